"""REST channel (POST /webhooks/rest/webhook) that rejects malformed requests with a 400.

Rasa's own RestInput files a message without a sender under the shared id "default" and
answers a body that is not JSON with a 500; here both get a clear 400. REST is for tests and
integrations: it accepts only REST conversation ids, never another channel's (bot.conversation_ids).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import conversation_ids
from bot.channels.guard import guarded
from bot.channels.limits import PUBLIC_MAX_BODY_BYTES, client_address, limit_body
from bot.handoff.delivery import Delivery, DeliveryResult, register


def _bad_request(reason: str) -> HTTPResponse:
    return response.json({"error": reason}, status=400)


class ValidatedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        handle = guarded(on_new_message)
        webhook = Blueprint("validated_rest_webhook", __name__)
        limit_body(webhook, PUBLIC_MAX_BODY_BYTES)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = request.load_json()
            except Exception:
                return _bad_request("the body must be JSON: {\"sender\": \"...\", \"message\": \"...\"}")
            if not isinstance(body, dict):
                return _bad_request("the body must be a JSON object")
            sender, text = body.get("sender"), body.get("message")
            if not conversation_ids.well_formed(sender):
                return _bad_request("'sender' is required: 1-128 letters, digits or _.:@-, starting with a letter "
                                    "or digit")
            if not conversation_ids.belongs_to(sender, self.name()):
                owner = conversation_ids.channel_of(sender)
                return _bad_request(f"'sender' has the shape of a {owner} conversation id; REST may not use "
                                    "'web-', 'secure-', 'fbcomment-' or digits-only ids")
            if text is not None and not isinstance(text, str):
                return _bad_request("'message' must be a string")
            metadata = body.get("metadata")
            collector = CollectingOutputChannel()
            await handle(
                UserMessage(
                    text or "",
                    collector,
                    sender,
                    input_channel=self.name(),
                    metadata=metadata if isinstance(metadata, dict) else None,
                ),
                client_address(request),
            )
            return response.json(collector.messages)

        return webhook


@register
class RestDelivery(Delivery):
    """REST clients get replies in their request's response only: the message is stored for them."""

    channel = "rest"

    async def send(self, conversation_id: str, text: str) -> DeliveryResult:
        return DeliveryResult("stored", "REST clients read staff messages from the conversation")
