"""The secure chat: a private conversation entered only through a one-time link the bot issues.

Routes (on the Rasa server, under /secure):
  GET  /secure/enter/<token>  redeem a one-time link (bot.secure.links), set the session cookie,
                              start the secure conversation with the earlier topic/place carried
                              over and the held message answered as the patient's first turn, then
                              move on to the chat;
                              a refused link gets a plain page saying why and what to do.
  GET  /secure/               the chat page (a page explaining how to get a link without a session)
  GET  /secure/transcript     the conversation so far (JSON), for the page and staff replies
  POST /secure/messages       {"message": "..."} -> the bot's replies (JSON)
  POST /secure/end            end the session (forget the cookie)

The session is a server-issued random token in a Secure, HttpOnly, SameSite=Strict cookie;
the conversation id is created by the server. POSTs also need the `X-Secure-Chat: 1` header,
which a cross-site form cannot send: with the SameSite cookie, that is the CSRF protection.
Every response has no-store caching and a strict CSP. Messages pass the same guard as the
public channels in secure mode: crises are handled the same way; the text is not redacted,
because this conversation is stored encrypted (bot.storage.tracker_store).
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.shared.core.constants import EXTERNAL_MESSAGE_PREFIX
from rasa.shared.core.events import BotUttered, SlotSet, UserUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import retention
from bot.channels.guard import MAX_MESSAGE_CHARS, guarded
from bot.channels.limits import client_address, limit_body
from bot.channels.webchat_page import SECURITY_HEADERS, serve_asset
from bot.facts import FactsSource
from bot.handoff.rasa_api import STAFF_KEY
from bot.patient_requests import TOPIC_INTENTS
from bot.secure import CARRIED_SLOTS, held, links
from bot.secure.links import LinkRefused
from bot.settings import load_settings
from bot.storage.database import app_database

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
ASSETS = {
    "secure.js": (STATIC_DIR / "secure.js", "application/javascript"),
    "webchat.css": (STATIC_DIR / "webchat.css", "text/css"),
}
COOKIE = "rb_secure"
CSRF_HEADER = "X-Secure-Chat"
MAX_BODY_BYTES = 16_384

REFUSALS = {
    "invalid": ("This link isn't valid", "The link may have been copied incompletely or changed."),
    "expired": ("This link has expired", "Secure chat links work for a short time only, to protect your privacy."),
    "used": ("This link has already been used", "Each secure chat link opens one conversation, once."),
}


# The entry page's one form posts back to this site; every other page submits no form at all.
ENTRY_HEADERS = {**SECURITY_HEADERS, "Content-Security-Policy": SECURITY_HEADERS["Content-Security-Policy"].replace(
    "form-action 'none'", "form-action 'self'")}


def _page(title: str, body_html: str, status: int = 200, head_html: str = "",
          headers: dict[str, str] = SECURITY_HEADERS) -> HTTPResponse:
    document = (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{head_html}"
        f"<title>{html.escape(title)}</title><link rel=\"stylesheet\" href=\"/secure/static/webchat.css\"></head>"
        f"<body class=\"rb-notice\"><main><h1>{html.escape(title)}</h1>{body_html}</main></body></html>"
    )
    return response.html(document, status=status, headers=headers)


def _welcome(held_text: str | None) -> str:
    if held_text:
        return "This chat is private. Let's continue here with what you wrote:"
    return "This chat is private. Let's continue here: what can I help you with?"


class SecureChatInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "secure"

    def url_prefix(self) -> str:
        return "/secure"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        handle = guarded(on_new_message, secure=True)
        secure = Blueprint("secure_chat", __name__)
        limit_body(secure, MAX_BODY_BYTES)
        facts = FactsSource(load_settings().facts_path)
        template = (STATIC_DIR / "secure.html").read_text(encoding="utf-8")

        def refused(reason: str) -> HTTPResponse:
            title, why = REFUSALS[reason]
            current = facts.get()
            return _page(
                title,
                f"<p>{html.escape(why)}</p><p>Ask for a new link in the chat where you got this one, or call "
                f"{html.escape(current.human_team.name)} on {html.escape(current.human_team.phone)}. "
                f"In an emergency, call {html.escape(current.emergency.number)}.</p>",
                status=410 if reason in ("expired", "used") else 400,
            )

        async def conversation_of(request: Request, active: bool = True) -> str | None:
            return await asyncio.to_thread(links.session_conversation, app_database(), request.cookies.get(COOKIE),
                                           None, active)

        async def start_conversation(request: Request, entry: links.Entry) -> None:
            """Carry the earlier context over, then continue: the held message is the patient's first turn
            here and is answered as any message of this chat (its topic answered, its request started, or
            the question offered to the nurses); without one, a request asked for is started."""
            held_text = (
                await asyncio.to_thread(held.take, app_database(), entry.held_message_id)
                if entry.held_message_id
                else None
            )
            agent = request.app.ctx.agent
            async with agent.lock_store.lock(entry.conversation_id):
                tracker = await agent.processor.fetch_tracker_and_update_session(
                    entry.conversation_id, CollectingOutputChannel()
                )
                for slot in CARRIED_SLOTS:
                    value = entry.carry_over.get(slot)
                    if isinstance(value, str) and slot in tracker.slots:
                        tracker.update(SlotSet(slot, value))
                tracker.update(BotUttered(_welcome(held_text)))
                await agent.processor.save_tracker(tracker)
                intent = TOPIC_INTENTS.get(entry.carry_over.get("topic") or "")
                if intent and not held_text:
                    # Asked for in the public chat: take the request now (the form's first question).
                    department = entry.carry_over.get("department")
                    await agent.processor.trigger_external_user_uttered(
                        intent,
                        {"department": department} if isinstance(department, str) else None,
                        tracker,
                        CollectingOutputChannel(),
                    )
            if held_text:  # after the lock: handling the message takes it again
                await handle(
                    UserMessage(held_text, CollectingOutputChannel(), entry.conversation_id, input_channel=self.name())
                )

        @secure.listener("after_server_start")
        async def start_purging(app: Any, _: Any) -> None:
            # Held messages and old secure conversations go even where no cron job runs `make purge`.
            settings = load_settings()
            app.add_task(
                retention.purge_every(
                    retention.purge_interval(),
                    lambda: retention.purge(app_database(), settings.tracker_store_url),
                )
            )

        @secure.route("/enter/<token>", methods=["GET"])
        async def entry_page(request: Request, token: str) -> HTTPResponse:
            """Opening the link shows a button; only pressing it (a POST) uses the link up. Link-preview fetchers
            (Messenger's, an email client's) and security scanners GET links: they must not burn a one-time link."""
            try:
                await asyncio.to_thread(links.check_link, app_database(), token)
            except LinkRefused as refusal:
                logger.info("Secure chat link refused: %s", refusal.reason)
                return refused(refusal.reason)
            return _page(
                "Your secure chat",
                "<p>This private chat continues your conversation. The link works once, in this browser.</p>"
                f'<form method="post" action="/secure/enter/{html.escape(token)}">'
                '<button type="submit" id="rb-open-secure">Open the secure chat</button></form>',
                headers=ENTRY_HEADERS,
            )

        @secure.route("/enter/<token>", methods=["POST"])
        async def enter(request: Request, token: str) -> HTTPResponse:
            try:
                entry = await asyncio.to_thread(links.redeem, app_database(), token)
            except LinkRefused as refusal:
                logger.info("Secure chat link refused: %s", refusal.reason)
                return refused(refusal.reason)
            await start_conversation(request, entry)
            # Not a redirect: should the form be posted from another site, browsers would leave SameSite=Strict
            # cookies out of the whole redirect chain. This page, on our own site, moves on to the chat by
            # itself (a same-site navigation).
            opened = _page(
                "Opening your secure chat",
                '<p><a href="/secure/">Continue to the secure chat</a></p>',
                head_html='<meta http-equiv="refresh" content="0; url=/secure/">',
            )
            opened.cookies[COOKIE] = entry.session_token
            cookie = opened.cookies[COOKIE]
            cookie["path"] = "/secure"
            cookie["httponly"] = True
            cookie["secure"] = True
            cookie["samesite"] = "Strict"
            cookie["max-age"] = links.SESSION_HOURS * 3600
            return opened

        @secure.route("/", methods=["GET"])
        async def page(request: Request) -> HTTPResponse:
            current = facts.get()
            if await conversation_of(request) is None:
                return _page(
                    "Secure chat",
                    "<p>This private chat opens from a one-time link that our assistant sends you when a "
                    "conversation needs privacy. Your session has ended or this browser has none.</p>"
                    f"<p>To talk to someone, call {html.escape(current.human_team.name)} on "
                    f"{html.escape(current.human_team.phone)}.</p>",
                    status=401,
                )
            body = template.replace("{{hospital_name}}", html.escape(current.hospital.name))
            body = body.replace("{{emergency_number}}", html.escape(current.emergency.number))
            body = body.replace("{{max_chars}}", str(MAX_MESSAGE_CHARS))
            return response.html(body, headers=SECURITY_HEADERS)

        @secure.route("/transcript", methods=["GET"])
        async def transcript(request: Request) -> HTTPResponse:
            conversation_id = await conversation_of(request, active=False)  # the page's polling
            if conversation_id is None:
                return response.json({"error": "no secure session"}, status=401, headers=SECURITY_HEADERS)
            tracker = await request.app.ctx.agent.tracker_store.retrieve(conversation_id)
            turns = [
                {"from": event.type_name, "text": event.text, "staff": (event.metadata or {}).get(STAFF_KEY)}
                for event in (tracker.events if tracker else [])
                if isinstance(event, (UserUttered, BotUttered))
                and event.text
                and not event.text.startswith(EXTERNAL_MESSAGE_PREFIX)  # intents the server triggered itself
            ]
            return response.json({"messages": turns}, headers=SECURITY_HEADERS)

        def bad_post(request: Request) -> HTTPResponse | None:
            if request.headers.get(CSRF_HEADER) != "1":
                return response.json({"error": f"missing {CSRF_HEADER} header"}, status=403, headers=SECURITY_HEADERS)
            return None

        @secure.route("/messages", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            problem = bad_post(request)
            if problem is not None:
                return problem
            conversation_id = await conversation_of(request)
            if conversation_id is None:
                return response.json({"error": "no secure session"}, status=401, headers=SECURITY_HEADERS)
            try:
                body = request.load_json()
            except Exception:  # noqa: BLE001 - any unparsable body is the client's error
                body = None
            if not isinstance(body, dict) or not isinstance(body.get("message"), str):
                return response.json(
                    {"error": 'the body must be JSON: {"message": "..."}'}, status=400, headers=SECURITY_HEADERS
                )
            collector = CollectingOutputChannel()
            await handle(UserMessage(body["message"], collector, conversation_id, input_channel=self.name()),
                         client_address(request))
            return response.json({"messages": collector.messages}, headers=SECURITY_HEADERS)

        @secure.route("/end", methods=["POST"])
        async def end(request: Request) -> HTTPResponse:
            problem = bad_post(request)
            if problem is not None:
                return problem
            token = request.cookies.get(COOKIE)
            if token:
                await asyncio.to_thread(links.end_session, app_database(), token)
            ended = response.json({"ended": True}, headers=SECURITY_HEADERS)
            ended.cookies[COOKIE] = ""
            ended.cookies[COOKIE]["path"] = "/secure"
            ended.cookies[COOKIE]["max-age"] = 0
            return ended

        @secure.route("/static/<name>", methods=["GET"])
        async def asset(_: Request, name: str) -> HTTPResponse:
            return await serve_asset(ASSETS, name)

        return secure
