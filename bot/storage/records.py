"""What the ingress writes to the app database for each screened message: flags, and urgent tickets."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from bot.storage.database import Database
from bot.storage.models import Escalation, MessageFlag, utc_now


@dataclass(frozen=True)
class ScreenedMessage:
    """A message after the safety check: its redacted text and flags only, never the raw text."""

    conversation_id: str
    channel: str
    redacted_text: str
    sensitive: bool
    crisis: str | None
    kinds: tuple[str, ...]


def record(db: Database, message: ScreenedMessage) -> int | None:
    """Store the message's flags; on a crisis, open (or update) the conversation's urgent ticket.

    Returns the id of the urgent ticket, if any.
    """
    kinds = ",".join(message.kinds)
    with db.session() as session:
        session.add(
            MessageFlag(
                conversation_id=message.conversation_id,
                channel=message.channel,
                sensitive=message.sensitive,
                crisis=message.crisis,
                kinds=kinds,
            )
        )
        if message.crisis is None:
            return None
        ticket = session.scalars(
            sa.select(Escalation).where(
                Escalation.conversation_id == message.conversation_id,
                Escalation.reason == message.crisis,
                Escalation.status == "open",
            )
        ).first()
        if ticket is None:
            ticket = Escalation(
                conversation_id=message.conversation_id,
                channel=message.channel,
                reason=message.crisis,
                urgent=True,
                status="open",
                message_count=1,
                redacted_text=message.redacted_text,
                kinds=kinds,
            )
            session.add(ticket)
        else:
            ticket.message_count += 1
            ticket.updated_at = utc_now()
            ticket.redacted_text = message.redacted_text
            ticket.kinds = kinds
        session.flush()
        return ticket.id
