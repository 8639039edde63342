"""Checks every channel applies to a message before Rasa sees (and stores) it."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage

MAX_MESSAGE_CHARS = int(os.environ.get("MAX_MESSAGE_CHARS", "2000"))

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


def guarded(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    """Wrap Rasa's message handler: unreadable messages get a polite reply and are not
    passed on, so nothing of them is stored."""

    async def handle(message: UserMessage) -> Any:
        problem = problem_with(message.text)
        if problem is not None:
            await message.output_channel.send_text_message(message.sender_id, problem)
            return None
        return await on_new_message(message)

    return handle
