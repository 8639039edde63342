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

Layout: one named handler per route, each behind `staff_api` (the token, then the conversation id, checked in
one place); what they share is one `HandoffContext` on `app.ctx.handoff_api` (the agent and the input channels
are Rasa's, on `app.ctx.agent` and `app.ctx.input_channels`).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.shared.core.constants import ACTION_LISTEN_NAME, EXTERNAL_MESSAGE_PREFIX
from rasa.shared.core.events import ActionExecuted, BotUttered, ConversationPaused, ConversationResumed, UserUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import conversation_ids
from bot.handoff.delivery import DeliveryFailed, DeliveryResult, delivery_for
from bot.settings import load_settings
from bot.web_security import bearer_token_ok

logger = logging.getLogger(__name__)

MAX_STAFF_MESSAGE_CHARS = 4000
STAFF_KEY = "staff"
# One-time secure chat links in the bot's own messages: staff never need the token.
SECURE_LINK = re.compile(r"(/secure/enter/)[A-Za-z0-9._~-]+")

Handler = Callable[..., Awaitable[HTTPResponse]]


@dataclass(frozen=True)
class HandoffContext:
    """What the API's routes share, made once per blueprint and kept on `app.ctx.handoff_api`."""

    token: str  # RASA_AUTH_TOKEN, which the console sends as a bearer token; empty: every request is refused

    async def install(self, app: Any, _: Any) -> None:
        app.ctx.handoff_api = self


def context_of(request: Request) -> HandoffContext:
    return request.app.ctx.handoff_api


def _error(message: str, status: int) -> HTTPResponse:
    return response.json({"error": message}, status=status)


# --- who may call it ----------------------------------------------------------------------------------------


def staff_api(handler: Handler) -> Handler:
    """A route for the console only: refused (401) without `Authorization: Bearer <RASA_AUTH_TOKEN>`, then (400)
    unless the route's conversation id is well formed. Called as handler(request, conversation_id)."""

    @functools.wraps(handler)
    async def checked(request: Request, conversation_id: str) -> HTTPResponse:
        if not bearer_token_ok(request.headers.get("Authorization"), context_of(request).token):
            return _error("a valid bearer token is required", 401)
        if not conversation_ids.well_formed(conversation_id):
            return _error("unknown conversation id", 400)
        return await handler(request, conversation_id)

    return checked


# --- reading ------------------------------------------------------------------------------------------------


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


async def tracker_of(request: Request, conversation_id: str) -> Any | None:
    """The conversation's tracker, or None when it has no events (an unknown conversation)."""
    tracker = await request.app.ctx.agent.tracker_store.retrieve(conversation_id)
    return tracker if tracker is not None and tracker.events else None


def text_of(request: Request, required: bool = True) -> str | HTTPResponse:
    """The body's "text", stripped; or the response refusing it (400 without text, 413 over the limit). Not
    `required`: no "text" at all gives ""."""
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


@staff_api
async def transcript(request: Request, conversation_id: str) -> HTTPResponse:
    tracker = await tracker_of(request, conversation_id)
    if tracker is None:
        return _error("no such conversation", 404)
    return response.json({
        "conversation_id": conversation_id,
        "channel": conversation_ids.channel_of(conversation_id),
        "paused": tracker.is_paused(),
        "messages": transcript_of(list(tracker.events)),
    })


# --- staff messages -----------------------------------------------------------------------------------------


async def deliver(request: Request, conversation_id: str, channel: str, text: str) -> DeliveryResult | HTTPResponse:
    """Send the text through the conversation's own channel: what happened, or the 502 saying why it was not sent."""
    try:
        delivery = delivery_for(channel, request.app.ctx.input_channels)
        return await delivery.send(conversation_id, text)
    except DeliveryFailed as failure:
        logger.warning("Staff message to conversation %s not delivered: %s", conversation_id, failure)
        return response.json(DeliveryResult("failed", str(failure)).as_json(), status=502)
    except Exception as error:  # a bug in a channel must not look like "server down" to the console
        logger.exception("Staff message to conversation %s: the %s delivery failed", conversation_id, channel)
        detail = f"the {channel} channel failed ({type(error).__name__})"
        return response.json(DeliveryResult("failed", detail).as_json(), status=502)


async def send_and_store(request: Request, conversation_id: str, text: str, staff_name: str | None) -> HTTPResponse:
    """Deliver the text, then store it in the conversation as a bot message (with the staff member's name)."""
    agent = request.app.ctx.agent
    async with agent.lock_store.lock(conversation_id):
        tracker = await tracker_of(request, conversation_id)
        if tracker is None:
            return _error("no such conversation", 404)
        # The id names its channel; the latest input channel could be one a client chose.
        channel = conversation_ids.channel_of(conversation_id)
        delivered = await deliver(request, conversation_id, channel, text)
        if isinstance(delivered, HTTPResponse):
            return delivered
        tracker.update(BotUttered(text, metadata={STAFF_KEY: staff_name} if staff_name else None))
        await agent.tracker_store.save(tracker)
    return response.json({**delivered.as_json(), "channel": channel})


@staff_api
async def message(request: Request, conversation_id: str) -> HTTPResponse:
    text = text_of(request)
    if isinstance(text, HTTPResponse):
        return text
    staff_name = (request.load_json() or {}).get("staff_name") or "Staff"
    return await send_and_store(request, conversation_id, text, str(staff_name)[:128])


# --- pause and resume ---------------------------------------------------------------------------------------


@staff_api
async def pause(request: Request, conversation_id: str) -> HTTPResponse:
    agent = request.app.ctx.agent
    async with agent.lock_store.lock(conversation_id):
        tracker = await tracker_of(request, conversation_id)
        if tracker is None:
            return _error("no such conversation", 404)
        if not tracker.is_paused():
            tracker.update(ConversationPaused())
            await agent.tracker_store.save(tracker)
    return response.json({"paused": True})


@staff_api
async def resume(request: Request, conversation_id: str) -> HTTPResponse:
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


ROUTES: tuple[tuple[Handler, str, str], ...] = (
    (transcript, "/conversations/<conversation_id>", "GET"),
    (message, "/conversations/<conversation_id>/messages", "POST"),
    (pause, "/conversations/<conversation_id>/pause", "POST"),
    (resume, "/conversations/<conversation_id>/resume", "POST"),
)


class HandoffAPI(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "handoff"

    def url_prefix(self) -> str:
        return "/handoff"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """The API's routes (patients' messages never come this way: `on_new_message` is not used)."""
        api = Blueprint("handoff_api", __name__)
        api.listener("before_server_start")(HandoffContext(load_settings().secrets.rasa_auth_token).install)
        for handler, uri, method in ROUTES:
            api.add_route(handler, uri, methods=[method])
        return api
