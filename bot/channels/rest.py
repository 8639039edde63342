"""REST channel (POST /webhooks/rest/webhook) that rejects malformed requests with a 400.

Rasa's own RestInput files a message without a sender under the shared id "default" and
answers a body that is not JSON with a 500; here both get a clear 400.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guard import guarded
from bot.secure import is_secure_conversation

SENDER_ID = re.compile(r"^[A-Za-z0-9_.:@-]{1,128}$")


def _bad_request(reason: str) -> HTTPResponse:
    return response.json({"error": reason}, status=400)


class ValidatedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        handle = guarded(on_new_message)
        webhook = Blueprint("validated_rest_webhook", __name__)

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
            if not isinstance(sender, str) or not SENDER_ID.match(sender):
                return _bad_request("'sender' is required: 1-128 letters, digits or _.:@-")
            if is_secure_conversation(sender):
                return _bad_request("'sender' may not start with 'secure-': those are secure chat conversations")
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
                )
            )
            return response.json(collector.messages)

        return webhook
