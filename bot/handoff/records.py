"""What the ingress (bot.channels.guard) writes to the app database for each screened message, in one transaction:
its flags (message_flags), and its place in the staff queue (bot.handoff.queue.note_message)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.handoff.queue import note_message, pauses_bot
from bot.storage.database import Database
from bot.storage.models import MessageFlag


@dataclass(frozen=True)
class ScreenedMessage:
    """A message after the safety check: its redacted text and flags only, never the raw text."""

    conversation_id: str
    channel: str
    redacted_text: str
    sensitive: bool
    crisis: str | None
    kinds: tuple[str, ...]
    sentiment: float | None = None  # VADER compound of the raw text


@dataclass(frozen=True)
class Recorded:
    """The conversation's place in the staff queue after this message, if it has one."""

    escalation_id: int | None = None
    urgent: bool = False  # the message was a crisis: its escalation is urgent
    paused: bool = False  # staff have (or were promised) this conversation: the bot is silent
    opened: bool = False  # this message opened the escalation


def record(db: Database, message: ScreenedMessage, open_urgent: bool = True,
           group_into: int | None = None) -> Recorded:
    """Store the message's flags; update the conversation's escalation (on a crisis, open an urgent one, or when
    `open_urgent` is False count it on the item `group_into`: see bot.handoff.queue.note_message)."""
    kinds = ",".join(message.kinds)
    with db.session() as session:
        session.add(
            MessageFlag(
                conversation_id=message.conversation_id,
                channel=message.channel,
                sensitive=message.sensitive,
                crisis=message.crisis,
                kinds=kinds,
                sentiment=message.sentiment,
            )
        )
        escalation = note_message(
            session,
            message.conversation_id,
            message.channel,
            message.redacted_text,
            crisis=message.crisis,
            sensitive=message.sensitive,
            compound=message.sentiment,
            kinds=kinds,
            open_urgent=open_urgent,
            group_into=group_into,
        )
        if escalation is None:
            return Recorded()
        urgent = message.crisis is not None and escalation.urgent
        return Recorded(
            escalation.id, urgent=urgent, paused=pauses_bot(escalation.status, escalation.mode),
            opened=urgent and escalation.message_count == 1,
        )
