"""The ingress every non-secure channel applies to a message before Rasa sees (and stores) it.

1. Unreadable messages (empty, too long) get a polite reply and go no further.
2. The safety check (bot.safety.screen) runs on the raw text. Rasa receives only the redacted
   text ("I'm [CONDITION], what are ICU visiting hours?") and, as the message metadata, only
   the flags: {"safety": {"sensitive", "crisis", "kinds"}}. Metadata sent by a client is
   dropped: it could forge the flags, and free text in it has no context to be judged by.
   So the tracker store, NLU entities and slots can only ever hold redacted text.
3. The flags (and, on a crisis, an urgent ticket) are written to the app database.
4. While Rasa handles the message, the log filter (bot.log_privacy) knows its text and keeps it
   out of every log line.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage

from bot.log_privacy import message_texts
from bot.safety import screen
from bot.settings import load_settings
from bot.storage.database import Database
from bot.storage.records import ScreenedMessage, record

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = int(os.environ.get("MAX_MESSAGE_CHARS", "2000"))
SAFETY_KEY = "safety"

EMPTY_REPLY = "I didn't get a message. What can I help you with?"
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


@functools.lru_cache(maxsize=1)
def app_database() -> Database:
    return Database(load_settings().app_database_url)


def screened(message: UserMessage) -> tuple[UserMessage, ScreenedMessage]:
    """The message as Rasa may see it (redacted text, safety flags in metadata), and its record."""
    assessment, redacted = screen(message.text)
    flags = {"sensitive": assessment.sensitive, "crisis": assessment.crisis, "kinds": assessment.kinds}
    metadata = {SAFETY_KEY: flags}
    safe = UserMessage(
        redacted,
        message.output_channel,
        message.sender_id,
        input_channel=message.input_channel,
        message_id=message.message_id,
        metadata=metadata,
    )
    return safe, ScreenedMessage(
        conversation_id=message.sender_id,
        channel=message.input_channel or "unknown",
        redacted_text=redacted,
        sensitive=assessment.sensitive,
        crisis=assessment.crisis,
        kinds=tuple(assessment.kinds),
    )


async def _record(screened_message: ScreenedMessage) -> None:
    """Store the flags; a database failure is logged (without text) and does not stop the answer."""
    try:
        ticket = await asyncio.to_thread(record, app_database(), screened_message)
    except Exception as error:  # noqa: BLE001 - the patient must still get the (crisis) answer
        logger.error(
            "Could not store safety flags%s for conversation %s: %s",
            " and the URGENT crisis ticket" if screened_message.crisis else "",
            screened_message.conversation_id,
            type(error).__name__,
        )
        return
    if ticket is not None:
        logger.warning(
            "Urgent %s ticket %s for conversation %s", screened_message.crisis, ticket, screened_message.conversation_id
        )


def guarded(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    """Wrap Rasa's message handler with the ingress described in this module's docstring."""

    async def handle(message: UserMessage) -> Any:
        problem = problem_with(message.text)
        if problem is not None:
            await message.output_channel.send_text_message(message.sender_id, problem)
            return None
        safe, screened_message = screened(message)
        with message_texts(message.text, safe.text):
            await _record(screened_message)
            return await on_new_message(safe)

    return handle
