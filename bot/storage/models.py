"""Tables of the app database. Only redacted text and flags are stored here, never raw message text."""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(sa.types.TypeDecorator):
    """A timezone-aware datetime in UTC, also on SQLite (which hands back naive datetimes)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value


class MessageFlag(Base):
    """What the safety check found in one incoming message (for analytics and the staff queue)."""

    __tablename__ = "message_flags"

    id = sa.Column(sa.Integer, primary_key=True)
    conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    channel = sa.Column(sa.String(64), nullable=False)
    received_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
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
    created_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
    updated_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
    message_count = sa.Column(sa.Integer, nullable=False, default=1)
    redacted_text = sa.Column(sa.Text, nullable=False)  # the latest triggering message, redacted
    kinds = sa.Column(sa.String(255), nullable=False, default="")


class HeldMessage(Base):
    """A sensitive message from a non-secure channel, kept encrypted so that the patient need not
    retype it in the secure chat. Purged when it expires unused (bot.retention)."""

    __tablename__ = "held_messages"

    id = sa.Column(sa.String(64), primary_key=True)
    conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    created_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
    expires_at = sa.Column(UTCDateTime, nullable=False, index=True)
    ciphertext = sa.Column(sa.LargeBinary, nullable=False)  # Fernet token of the raw text


class SecureLink(Base):
    """A one-time link into the secure chat, bound to the conversation it was issued in."""

    __tablename__ = "secure_links"

    id = sa.Column(sa.String(64), primary_key=True)  # the token's jti
    origin_conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    origin_channel = sa.Column(sa.String(64), nullable=False)
    held_message_id = sa.Column(sa.String(64))
    carry_over = sa.Column(sa.Text, nullable=False, default="{}")  # JSON: topic, unit, department (never PHI)
    created_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
    expires_at = sa.Column(UTCDateTime, nullable=False, index=True)
    used_at = sa.Column(UTCDateTime)
    secure_conversation_id = sa.Column(sa.String(255))


class SecureSession(Base):
    """A browser's session in the secure chat. Only a hash of the cookie's token is stored."""

    __tablename__ = "secure_sessions"

    token_hash = sa.Column(sa.String(64), primary_key=True)
    conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    link_id = sa.Column(sa.String(64), nullable=False)
    created_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
    expires_at = sa.Column(UTCDateTime, nullable=False, index=True)


class StaffTask(Base):
    """A request taken in the secure chat for staff to act on (appointment, refill, records, care question).

    The details (name, date of birth, phone, reason...) are one Fernet-encrypted JSON document.
    """

    __tablename__ = "staff_tasks"

    id = sa.Column(sa.Integer, primary_key=True)
    conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    kind = sa.Column(sa.String(32), nullable=False)  # appointment_request | ...
    queue = sa.Column(sa.String(32), nullable=False)  # scheduling | pharmacy | records | nurse_line
    status = sa.Column(sa.String(16), nullable=False, default="open", index=True)
    created_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
    details = sa.Column(sa.LargeBinary, nullable=False)
