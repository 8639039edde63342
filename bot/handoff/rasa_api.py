"""The handoff API on the Rasa server, for the staff console (bot.handoff.client).

Routes (under /handoff, each needs `Authorization: Bearer <RASA_AUTH_TOKEN>`):
  GET  /handoff/conversations/<id>            the transcript: patient, bot and staff messages, each
                                              patient message with its safety flags and sentiment
  POST /handoff/conversations/<id>/messages   {"text", "staff_name"}: send through the patient's
                                              channel (bot.handoff.delivery), then store it
  POST /handoff/conversations/<id>/pause      the bot stops answering (ConversationPaused)
  POST /handoff/conversations/<id>/resume     {"text"}: the bot answers again, and says so

It is a Rasa input channel only to be mounted on the Rasa server (listed in credentials.yml), where
the agent, its tracker store and the live channels are. Staff messages are stored as bot messages
with metadata {"staff": name}, so they are in the same encrypted transcript as everything else.
"""

from __future__ import annotations

import hmac
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.shared.core.constants import ACTION_LISTEN_NAME, EXTERNAL_MESSAGE_PREFIX
from rasa.shared.core.events import ActionExecuted, BotUttered, ConversationPaused, ConversationResumed, UserUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import conversation_ids
from bot.handoff.delivery import Delivered, DeliveryFailed, delivery_for
from bot.settings import load_settings

logger = logging.getLogger(__name__)

MAX_STAFF_MESSAGE_CHARS = 4000
STAFF_KEY = "staff"
# One-time secure chat links in the bot's own messages: staff never need the token.
SECURE_LINK = re.compile(r"(/secure/enter/)[A-Za-z0-9._~-]+")


def _error(message: str, status: int) -> HTTPResponse:
    return response.json({"error": message}, status=status)


def transcript_of(events: list[Any]) -> list[dict[str, Any]]:
    """Patient, bot and staff messages in order. Public conversations were redacted when stored."""
    turns = []
    for event in events:
        if isinstance(event, UserUttered):
            if not event.text or event.text.startswith(EXTERNAL_MESSAGE_PREFIX):
                continue  # intents the server triggered itself
            safety = (event.metadata or {}).get("safety") or {}
            turns.append({
                "from": "patient",
                "text": event.text,
                "at": event.timestamp,
                "sensitive": bool(safety.get("sensitive")),
                "crisis": safety.get("crisis"),
                "sentiment": safety.get("sentiment"),
            })
        elif isinstance(event, BotUttered) and event.text:
            staff = (event.metadata or {}).get(STAFF_KEY)
            turns.append({
                "from": "staff" if staff else "bot",
                "staff_name": staff,
                "text": SECURE_LINK.sub(r"\1[one-time link]", event.text),
                "at": event.timestamp,
            })
    return turns


class HandoffAPI(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "handoff"

    def url_prefix(self) -> str:
        return "/handoff"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        api = Blueprint("handoff_api", __name__)
        token = load_settings().rasa_auth_token

        def refused(request: Request, conversation_id: str) -> HTTPResponse | None:
            given = request.headers.get("Authorization", "")
            if not token or not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
                return _error("a valid bearer token is required", 401)
            if not conversation_ids.well_formed(conversation_id):
                return _error("unknown conversation id", 400)
            return None

        async def tracker_of(request: Request, conversation_id: str) -> Any | None:
            tracker = await request.app.ctx.agent.tracker_store.retrieve(conversation_id)
            return tracker if tracker is not None and tracker.events else None

        def text_of(request: Request, required: bool = True) -> str | HTTPResponse:
            try:
                body = request.load_json()
            except Exception:  # noqa: BLE001 - any unparsable body is the client's error
                body = None
            text = body.get("text") if isinstance(body, dict) else None
            if text is None and not required:
                return ""
            if not isinstance(text, str) or not text.strip():
                return _error('the body must be JSON: {"text": "..."}', 400)
            if len(text) > MAX_STAFF_MESSAGE_CHARS:
                return _error(f"a message may have up to {MAX_STAFF_MESSAGE_CHARS} characters", 413)
            return text.strip()

        async def send_and_store(request: Request, conversation_id: str, text: str,
                                 staff_name: str | None) -> HTTPResponse:
            agent = request.app.ctx.agent
            async with agent.lock_store.lock(conversation_id):
                tracker = await tracker_of(request, conversation_id)
                if tracker is None:
                    return _error("no such conversation", 404)
                # The id names its channel; the latest input channel could be one a client chose.
                channel = conversation_ids.channel_of(conversation_id)
                try:
                    delivery = delivery_for(channel, request.app.ctx.input_channels)
                    delivered: Delivered = await delivery.send(conversation_id, text)
                except DeliveryFailed as failure:
                    logger.warning("Staff message to conversation %s not delivered: %s", conversation_id, failure)
                    return response.json({"status": "failed", "detail": str(failure)}, status=502)
                except Exception as error:  # a bug in a channel must not look like "server down" to the console
                    logger.exception("Staff message to conversation %s: the %s delivery failed", conversation_id,
                                     channel)
                    detail = f"the {channel} channel failed ({type(error).__name__})"
                    return response.json({"status": "failed", "detail": detail}, status=502)
                tracker.update(BotUttered(text, metadata={STAFF_KEY: staff_name} if staff_name else None))
                await agent.tracker_store.save(tracker)
            return response.json({"status": delivered.status, "detail": delivered.detail, "channel": channel})

        @api.route("/conversations/<conversation_id>", methods=["GET"])
        async def transcript(request: Request, conversation_id: str) -> HTTPResponse:
            problem = refused(request, conversation_id)
            if problem is not None:
                return problem
            tracker = await tracker_of(request, conversation_id)
            if tracker is None:
                return _error("no such conversation", 404)
            return response.json({
                "conversation_id": conversation_id,
                "channel": conversation_ids.channel_of(conversation_id),
                "paused": tracker.is_paused(),
                "messages": transcript_of(list(tracker.events)),
            })

        @api.route("/conversations/<conversation_id>/messages", methods=["POST"])
        async def message(request: Request, conversation_id: str) -> HTTPResponse:
            problem = refused(request, conversation_id)
            if problem is not None:
                return problem
            text = text_of(request)
            if isinstance(text, HTTPResponse):
                return text
            staff_name = (request.load_json() or {}).get("staff_name") or "Staff"
            return await send_and_store(request, conversation_id, text, str(staff_name)[:128])

        @api.route("/conversations/<conversation_id>/pause", methods=["POST"])
        async def pause(request: Request, conversation_id: str) -> HTTPResponse:
            problem = refused(request, conversation_id)
            if problem is not None:
                return problem
            agent = request.app.ctx.agent
            async with agent.lock_store.lock(conversation_id):
                tracker = await tracker_of(request, conversation_id)
                if tracker is None:
                    return _error("no such conversation", 404)
                if not tracker.is_paused():
                    tracker.update(ConversationPaused())
                    await agent.tracker_store.save(tracker)
            return response.json({"paused": True})

        @api.route("/conversations/<conversation_id>/resume", methods=["POST"])
        async def resume(request: Request, conversation_id: str) -> HTTPResponse:
            problem = refused(request, conversation_id)
            if problem is not None:
                return problem
            text = text_of(request, required=False)
            if isinstance(text, HTTPResponse):
                return text
            agent = request.app.ctx.agent
            async with agent.lock_store.lock(conversation_id):
                tracker = await tracker_of(request, conversation_id)
                if tracker is None:
                    return _error("no such conversation", 404)
                if tracker.is_paused():
                    tracker.update(ConversationResumed())
                    # The bot did not listen while paused (no action ran): without this the next
                    # message would follow no action_listen, match no rule, and get the fallback.
                    tracker.update(ActionExecuted(ACTION_LISTEN_NAME))
                    await agent.tracker_store.save(tracker)
            # The bot answers again whatever happens to the announcement (a failed send is reported).
            if text:
                return await send_and_store(request, conversation_id, text, None)
            return response.json({"status": "resumed"})

        return api
