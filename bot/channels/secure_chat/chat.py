"""The chat itself: its page, the transcript the page polls, the patient's messages, the end of the session, and
the page's two static files."""

from __future__ import annotations

import asyncio
import html

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.shared.core.constants import EXTERNAL_MESSAGE_PREFIX
from rasa.shared.core.events import BotUttered, UserUttered
from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guard import MAX_MESSAGE_CHARS
from bot.channels.limits import client_address
from bot.channels.secure_chat.access import SESSION_COOKIE, from_the_page, patient_only
from bot.channels.secure_chat.context import STATIC_DIR, notice_page, secure_chat_of
from bot.channels.webchat_page import serve_asset
from bot.handoff.rasa_api import STAFF_KEY
from bot.secure import links

ASSETS = {
    "secure.js": (STATIC_DIR / "secure.js", "application/javascript"),
    "webchat.css": (STATIC_DIR / "webchat.css", "text/css"),
}


def how_to_get_in(request: Request) -> HTTPResponse:
    """The page's answer without a session: a link opens this chat, or the phone."""
    current = secure_chat_of(request).facts.get()
    return notice_page(
        "Secure chat",
        "<p>This private chat opens from a one-time link that our assistant sends you when a "
        "conversation needs privacy. Your session has ended or this browser has none.</p>"
        f"<p>To talk to someone, call {html.escape(current.human_team.name)} on "
        f"{html.escape(current.human_team.phone)}.</p>",
        status=401,
    )


@patient_only(refuse=how_to_get_in)
async def page(request: Request, _: str) -> HTTPResponse:
    chat = secure_chat_of(request)
    current = chat.facts.get()
    body = chat.page_template.replace("{{hospital_name}}", html.escape(current.hospital.name))
    body = body.replace("{{emergency_number}}", html.escape(current.emergency.number))
    body = body.replace("{{max_chars}}", str(MAX_MESSAGE_CHARS))
    return response.html(body)


@patient_only(polling=True)
async def transcript(request: Request, conversation_id: str) -> HTTPResponse:
    tracker = await request.app.ctx.agent.tracker_store.retrieve(conversation_id)
    turns = [
        {"from": event.type_name, "text": event.text, "staff": (event.metadata or {}).get(STAFF_KEY)}
        for event in (tracker.events if tracker else [])
        if isinstance(event, (UserUttered, BotUttered))
        and event.text
        and not event.text.startswith(EXTERNAL_MESSAGE_PREFIX)  # intents the server triggered itself
    ]
    return response.json({"messages": turns})


@from_the_page
@patient_only()
async def message(request: Request, conversation_id: str) -> HTTPResponse:
    try:
        body = request.load_json()
    except Exception:  # noqa: BLE001 - any unparsable body is the client's error
        body = None
    if not isinstance(body, dict) or not isinstance(body.get("message"), str):
        return response.json({"error": 'the body must be JSON: {"message": "..."}'}, status=400)
    chat = secure_chat_of(request)
    collector = CollectingOutputChannel()
    await chat.handle(UserMessage(body["message"], collector, conversation_id, input_channel=chat.channel),
                      client_address(request))
    return response.json({"messages": collector.messages})


@from_the_page
async def end(request: Request) -> HTTPResponse:
    token = SESSION_COOKIE.read(request)
    if token:
        await asyncio.to_thread(links.end_session, secure_chat_of(request).db, token)
    ended = response.json({"ended": True})
    SESSION_COOKIE.clear(ended)
    return ended


async def asset(_: Request, name: str) -> HTTPResponse:
    return await serve_asset(ASSETS, name)


ROUTES = (
    (page, "/", "GET"),
    (transcript, "/transcript", "GET"),
    (message, "/messages", "POST"),
    (end, "/end", "POST"),
    (asset, "/static/<name>", "GET"),
)
