"""Entering the secure chat with a one-time link: opening it shows a button, pressing the button uses the link up,
sets the session cookie and starts the conversation where the public one left off."""

from __future__ import annotations

import asyncio
import html
import logging

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.shared.core.events import BotUttered, SlotSet
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.secure_chat.access import SESSION_COOKIE
from bot.channels.secure_chat.context import notice_page, secure_chat_of
from bot.channels.webchat_page import SECURITY_HEADERS
from bot.patient_requests import TOPIC_INTENTS
from bot.secure import CARRIED_SLOTS, held, links
from bot.secure.links import LinkRefused

logger = logging.getLogger(__package__)  # the secure chat's logger, as the log lines name it

REFUSALS = {
    "invalid": ("This link isn't valid", "The link may have been copied incompletely or changed."),
    "expired": ("This link has expired", "Secure chat links work for a short time only, to protect your privacy."),
    "used": ("This link has already been used", "Each secure chat link opens one conversation, once."),
}
# The entry page's one form posts back to this site; every other page submits no form at all.
ENTRY_HEADERS = {"Content-Security-Policy": SECURITY_HEADERS["Content-Security-Policy"].replace(
    "form-action 'none'", "form-action 'self'")}


def refused(request: Request, refusal: LinkRefused) -> HTTPResponse:
    """The page saying why a link cannot be used, and whom to ask instead (logged without the link)."""
    logger.info("Secure chat link refused: %s", refusal.reason)
    title, why = REFUSALS[refusal.reason]
    current = secure_chat_of(request).facts.get()
    return notice_page(
        title,
        f"<p>{html.escape(why)}</p><p>Ask for a new link in the chat where you got this one, or call "
        f"{html.escape(current.human_team.name)} on {html.escape(current.human_team.phone)}. "
        f"In an emergency, call {html.escape(current.emergency.number)}.</p>",
        status=410 if refusal.reason in ("expired", "used") else 400,
    )


async def entry_page(request: Request, token: str) -> HTTPResponse:
    """Opening the link shows a button; only pressing it (a POST) uses the link up. Link-preview fetchers
    (Messenger's, an email client's) and security scanners GET links: they must not burn a one-time link."""
    try:
        await asyncio.to_thread(links.check_link, secure_chat_of(request).db, token)
    except LinkRefused as refusal:
        return refused(request, refusal)
    return notice_page(
        "Your secure chat",
        "<p>This private chat continues your conversation. The link works once, in this browser.</p>"
        f'<form method="post" action="/secure/enter/{html.escape(token)}">'
        '<button type="submit" id="rb-open-secure">Open the secure chat</button></form>',
        headers=ENTRY_HEADERS,
    )


async def enter(request: Request, token: str) -> HTTPResponse:
    try:
        entry = await asyncio.to_thread(links.redeem, secure_chat_of(request).db, token)
    except LinkRefused as refusal:
        return refused(request, refusal)
    await start_conversation(request, entry)
    # Not a redirect: should the form be posted from another site, browsers would leave SameSite=Strict
    # cookies out of the whole redirect chain. This page, on our own site, moves on to the chat by
    # itself (a same-site navigation).
    opened = notice_page(
        "Opening your secure chat",
        '<p><a href="/secure/">Continue to the secure chat</a></p>',
        head_html='<meta http-equiv="refresh" content="0; url=/secure/">',
    )
    SESSION_COOKIE.set(opened, entry.session_token, max_age=links.SESSION_HOURS * 3600)
    return opened


def welcome(held_text: str | None) -> str:
    if held_text:
        return "This chat is private. Let's continue here with what you wrote:"
    return "This chat is private. Let's continue here: what can I help you with?"


async def start_conversation(request: Request, entry: links.Entry) -> None:
    """Carry the earlier context over, then continue: the held message is the patient's first turn
    here and is answered as any message of this chat (its topic answered, its request started, or
    the question offered to the nurses); without one, a request asked for is started."""
    chat = secure_chat_of(request)
    held_text = await asyncio.to_thread(held.take, chat.db, entry.held_message_id) if entry.held_message_id else None
    await carry_over(request, entry, held_text)
    if held_text:  # after carry_over's lock: handling the message takes it again
        await chat.handle(UserMessage(held_text, CollectingOutputChannel(), entry.conversation_id,
                                      input_channel=chat.channel))


async def carry_over(request: Request, entry: links.Entry, held_text: str | None) -> None:
    """The new conversation's first events: the carried slots (names of topics and places, never PHI) and the
    welcome; without a held message, the request the patient asked for in the public chat is started."""
    agent = request.app.ctx.agent
    async with agent.lock_store.lock(entry.conversation_id):
        tracker = await agent.processor.fetch_tracker_and_update_session(
            entry.conversation_id, CollectingOutputChannel()
        )
        for slot in CARRIED_SLOTS:
            value = entry.carry_over.get(slot)
            if isinstance(value, str) and slot in tracker.slots:
                tracker.update(SlotSet(slot, value))
        tracker.update(BotUttered(welcome(held_text)))
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


ROUTES = (
    (entry_page, "/enter/<token>", "GET"),
    (enter, "/enter/<token>", "POST"),
)
