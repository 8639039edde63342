"""The ingress every non-secure channel applies to a message before Rasa sees (and stores) it.

1. Unreadable messages (empty, too long) get a polite reply and go no further. So do messages over a
   rate limit (per client address, per conversation: bot.channels.limits), except that a crisis among
   them is still answered with the emergency number or crisis line, and still flagged.
2. The safety check (bot.safety.screen) runs on the raw text. Rasa receives only the redacted
   text ("I'm [CONDITION], what are ICU visiting hours?") and, as the message metadata, only
   the flags: {"safety": {"sensitive", "crisis", "kinds"}}. Metadata sent by a client is
   dropped: it could forge the flags, and free text in it has no context to be judged by.
   So the tracker store, NLU entities and slots can only ever hold redacted text.
3. The flags (and, on a crisis, an urgent ticket; in a burst from one client address, only the first few
   open one, the rest are grouped into it) are written to the app database. A sensitive
   (not crisis) message is also held encrypted (bot.secure.held) so that the secure chat can
   show it back; its id travels in the metadata as "held_message".
4. If staff have the conversation (the bot is paused, bot.handoff), the message still reaches its
   transcript and the console, and the bot stays silent, except on a crisis: the emergency number
   or crisis line is sent at once by the ingress itself, and the escalation becomes urgent.
5. While Rasa handles the message, the log filter (bot.log_privacy) knows its text and keeps it
   out of every log line.
6. If Rasa cannot handle it (the conversation store or the lock store is down: a database restarting), the
   patient is asked to send it again in a few minutes, after the crisis line on a crisis, rather than getting
   an error or silence.

The secure chat uses the same guard with `secure=True`: its messages are screened (crises get
the same urgent handling) but reach Rasa whole, since its store is encrypted, not redacted.
Each channel accepts only its own conversation ids (bot.conversation_ids): a web chat client cannot
write into a Messenger or secure conversation, nor a REST client into a web chat one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage

from bot import conversation_ids
from bot.channels.limits import MessageLimits, shared_limits
from bot.facts import facts_source
from bot.handoff.priority import sentiment
from bot.handoff.records import Recorded, ScreenedMessage, record
from bot.log_privacy import message_texts
from bot.replies import Place, SafetyFlags, plan, render
from bot.safety import screen
from bot.secure import SECURE_PREVIEW
from bot.secure.held import hold
from bot.secure.links import link_ttl
from bot.settings import load_limits, load_settings
from bot.storage.database import app_database

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = load_limits().max_message_chars
SAFETY_KEY = "safety"
LONG_MESSAGE_CHARS = 300
HELD_KEY = "held_message"

EMPTY_REPLY = "I didn't get a message. What can I help you with?"
RESERVED_ID_REPLY = "Sorry, this chat session isn't valid here. Please reload the page and try again."
TOO_LONG_REPLY = (
    "That message is too long for me to read. Please send a shorter question "
    f"(up to {MAX_MESSAGE_CHARS:,} characters)."
)


def problem_with(text: Any) -> str | None:
    """A polite reply when the text cannot be handled, or None when it can."""
    if not isinstance(text, str) or not text.strip():
        return EMPTY_REPLY
    if len(text) > MAX_MESSAGE_CHARS:
        return TOO_LONG_REPLY
    return None


def screened(message: UserMessage, secure: bool = False) -> tuple[UserMessage, ScreenedMessage]:
    """The message as Rasa may see it (redacted text unless secure, safety flags in metadata), and its record."""
    assessment, redacted = screen(message.text)
    compound = sentiment(message.text)
    flags = {
        "sensitive": assessment.sensitive,
        "crisis": assessment.crisis,
        "kinds": assessment.kinds,
        "sentiment": compound,
    }
    safe = UserMessage(
        message.text if secure else redacted,
        message.output_channel,
        message.sender_id,
        input_channel=message.input_channel,
        message_id=message.message_id,
        metadata={SAFETY_KEY: flags},
    )
    return safe, ScreenedMessage(
        conversation_id=message.sender_id,
        channel=message.input_channel or "unknown",
        redacted_text=SECURE_PREVIEW if secure else redacted,
        sensitive=assessment.sensitive,
        crisis=assessment.crisis,
        kinds=tuple(assessment.kinds),
        sentiment=compound,
    )


def _hold(raw_text: str, screened_message: ScreenedMessage) -> str | None:
    """Keep the raw text encrypted for the secure chat; None if it cannot be (logged without text)."""
    try:
        return hold(app_database(), screened_message.conversation_id, raw_text, link_ttl())
    except Exception as error:  # noqa: BLE001 - the patient still gets the answer and the link
        logger.error("Could not hold a message of conversation %s: %s", screened_message.conversation_id,
                     type(error).__name__)
        return None


async def _record(screened_message: ScreenedMessage, limits: MessageLimits, client: str | None) -> Recorded:
    """Store the flags; a database failure is logged (without text) and does not stop the answer."""
    if screened_message.crisis is None:
        return await _store(screened_message, limits, client, grouped=False)
    async with limits.crisis_lock:  # whether a crisis opens an urgent item depends on those stored before it
        return await _store(screened_message, limits, client, limits.urgent_per_address_full(client))


async def _store(screened_message: ScreenedMessage, limits: MessageLimits, client: str | None,
                 grouped: bool) -> Recorded:
    try:
        recorded = await asyncio.to_thread(record, app_database(), screened_message, not grouped,
                                           limits.latest_urgent(client) if grouped else None)
    except Exception as error:  # noqa: BLE001 - the patient must still get the (crisis) answer
        logger.error(
            "Could not store safety flags%s for conversation %s: %s",
            " and the URGENT crisis ticket" if screened_message.crisis else "",
            screened_message.conversation_id,
            type(error).__name__,
        )
        return Recorded()
    if recorded.opened:
        limits.opened_urgent(client, recorded.escalation_id)
    if grouped and not recorded.urgent:
        logger.warning("A %s message of conversation %s, in a burst from one client address: escalation %s, grouped "
                       "under urgent escalation %s", screened_message.crisis, screened_message.conversation_id,
                       recorded.escalation_id, limits.latest_urgent(client))
    elif recorded.urgent:
        logger.warning(
            "Urgent %s escalation %s for conversation %s",
            screened_message.crisis,
            recorded.escalation_id,
            screened_message.conversation_id,
        )
    return recorded


Handler = Callable[..., Awaitable[Any]]  # (message, client address or None) -> whatever Rasa's handler returns


def guarded(on_new_message: Callable[[UserMessage], Awaitable[Any]], secure: bool = False) -> Handler:
    """Wrap Rasa's message handler with the ingress described in this module's docstring. The wrapped handler
    takes the message and the client's address (None where there is none, as for Meta's webhook)."""

    facts = facts_source(load_settings().paths.facts_path)
    limits = shared_limits()

    async def handle(message: UserMessage, client: str | None = None) -> Any:
        problem = problem_with(message.text)
        if problem is None and not conversation_ids.belongs_to(message.sender_id, message.input_channel):
            problem = RESERVED_ID_REPLY
        if problem is not None:
            await message.output_channel.send_text_message(message.sender_id, problem)
            return None
        within_limits = limits.allow(client, message.sender_id)
        if len(message.text) > LONG_MESSAGE_CHARS:  # tens of ms of CPU: keep the event loop free meanwhile
            safe, screened_message = await asyncio.to_thread(screened, message, secure)
        else:
            safe, screened_message = screened(message, secure)
        with message_texts(message.text, safe.text):
            flags = SafetyFlags(sensitive=screened_message.sensitive, crisis=screened_message.crisis)
            if not within_limits:
                if screened_message.crisis:  # never dropped: the crisis line, the flags, an urgent item
                    await _record(screened_message, limits, client)
                for reply in render(plan(flags, None, Place.RATE_LIMITED), facts.get()):
                    await message.output_channel.send_text_message(message.sender_id, reply)
                return None
            recorded = await _record(screened_message, limits, client)
            if recorded.paused:
                # The bot is paused while staff have the conversation, but a crisis is answered at once.
                for reply in render(plan(flags, None, Place.PAUSED), facts.get()):
                    await message.output_channel.send_text_message(message.sender_id, reply)
            if not secure and screened_message.sensitive and screened_message.crisis is None:
                held_id = await asyncio.to_thread(_hold, message.text, screened_message)
                if held_id:
                    safe.metadata[HELD_KEY] = held_id
            try:
                return await on_new_message(safe)
            except Exception as error:  # noqa: BLE001 - the stores are down (a database restarting...): say so
                logger.error("Message in conversation %s not handled: %s", message.sender_id, type(error).__name__)
                for reply in render(plan(flags, None, Place.UNAVAILABLE), facts.get()):
                    await message.output_channel.send_text_message(message.sender_id, reply)
                return None

    return handle
