"""Tables of the app database. Only redacted text and flags are stored here, never raw message text."""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class MessageFlag(Base):
    """What the safety check found in one incoming message (for analytics and the staff queue)."""

    __tablename__ = "message_flags"

    id = sa.Column(sa.Integer, primary_key=True)
    conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    channel = sa.Column(sa.String(64), nullable=False)
    received_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=utc_now)
    sensitive = sa.Column(sa.Boolean, nullable=False)
    crisis = sa.Column(sa.String(32))
    kinds = sa.Column(sa.String(255), nullable=False, default="")  # comma-separated finding kinds


class Escalation(Base):
    """A conversation that needs staff. Today: urgent tickets opened on a crisis message.

    One open ticket per conversation and reason: later crisis messages update it.
    """

    __tablename__ = "escalations"

    id = sa.Column(sa.Integer, primary_key=True)
    conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    channel = sa.Column(sa.String(64), nullable=False)
    reason = sa.Column(sa.String(32), nullable=False)  # medical_emergency | self_harm
    urgent = sa.Column(sa.Boolean, nullable=False, default=False)
    status = sa.Column(sa.String(16), nullable=False, default="open", index=True)  # open | resolved
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=utc_now)
    updated_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=utc_now)
    message_count = sa.Column(sa.Integer, nullable=False, default=1)
    redacted_text = sa.Column(sa.Text, nullable=False)  # the latest triggering message, redacted
    kinds = sa.Column(sa.String(255), nullable=False, default="")
