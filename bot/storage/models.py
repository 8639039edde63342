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
    sentiment = sa.Column(sa.Float)  # VADER compound score of the raw text (-1..1); the text is not kept


class Escalation(Base):
    """A conversation handed to staff: one queue item per conversation while it is not resolved.

    Opened by the ingress on a crisis (urgent) or by the assistant (asked for a person, two
    misunderstandings, a complaint, a billing dispute, a clinical question, a secure-chat request).
    Later messages of the conversation update it (preview, flags, negativity). Status: open (waiting)
    -> claimed (an agent has it; the bot is paused) -> resolved (the bot is back). Mode "live": the
    patient was told someone will reply here; "callback": outside staffed hours, or a request for a
    call back. Priority: bot.handoff.priority.
    """

    __tablename__ = "escalations"

    id = sa.Column(sa.Integer, primary_key=True)
    conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    channel = sa.Column(sa.String(64), nullable=False)
    # medical_emergency | self_harm | request_human | repeated_misunderstanding | complaint |
    # billing_dispute | clinical_question | secure_request
    reason = sa.Column(sa.String(32), nullable=False)
    urgent = sa.Column(sa.Boolean, nullable=False, default=False)
    status = sa.Column(sa.String(16), nullable=False, default="open", index=True)  # open | claimed | resolved
    created_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
    updated_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
    message_count = sa.Column(sa.Integer, nullable=False, default=1)
    redacted_text = sa.Column(sa.Text, nullable=False)  # the latest patient message, redacted (the preview)
    kinds = sa.Column(sa.String(255), nullable=False, default="")
    queue = sa.Column(sa.String(32), nullable=False, default="patient_services", index=True)
    mode = sa.Column(sa.String(16), nullable=False, default="live")  # live | callback
    crisis = sa.Column(sa.String(32))  # the latest crisis kind seen in the conversation, if any
    sensitive = sa.Column(sa.Boolean, nullable=False, default=False)
    negativity = sa.Column(sa.Float, nullable=False, default=0.0)  # 0..1, the most negative message
    # Crisis messages of other conversations from the same client address in a burst, grouped into this item
    # rather than each opening one (bot.channels.limits); they were each answered with the crisis line.
    grouped_crises = sa.Column(sa.Integer, nullable=False, default=0)
    grouped_into = sa.Column(sa.Integer)  # on those grouped crises' own items (not urgent): the burst's urgent item
    staff_task_id = sa.Column(sa.Integer)
    # The patient was told staff would follow up later (outside staffed hours, or a call back was asked for);
    # kept when a live handoff follows, so the analytics count every callback promised and whether it was done.
    callback_promised = sa.Column(sa.Boolean, nullable=False, default=False)
    claimed_by = sa.Column(sa.Integer)
    claimed_at = sa.Column(UTCDateTime)
    first_reply_at = sa.Column(UTCDateTime)  # the first staff reply (bot.console.records.add_reply): response times
    first_reply_by = sa.Column(sa.Integer)
    resolved_by = sa.Column(sa.Integer)
    resolved_at = sa.Column(UTCDateTime)


# The analytics read a period's escalations from this index alone (bot.analytics.figures.Period).
sa.Index("ix_escalations_figures", Escalation.created_at, Escalation.channel, Escalation.queue, Escalation.reason,
         Escalation.status, Escalation.callback_promised, Escalation.claimed_by, Escalation.resolved_by,
         Escalation.first_reply_by, Escalation.first_reply_at, Escalation.resolved_at, Escalation.conversation_id)


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


sa.Index("ix_secure_links_created_at", SecureLink.created_at)


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


class StaffUser(Base):
    """A staff member who logs in to the console. Password: argon2id hash only."""

    __tablename__ = "staff_users"

    id = sa.Column(sa.Integer, primary_key=True)
    username = sa.Column(sa.String(64), nullable=False, unique=True)
    display_name = sa.Column(sa.String(128), nullable=False)
    role = sa.Column(sa.String(16), nullable=False)  # agent | supervisor | trainer | admin
    password_hash = sa.Column(sa.String(255), nullable=False)
    active = sa.Column(sa.Boolean, nullable=False, default=True)
    queues = sa.Column(sa.String(255))  # the queues an agent works, comma-separated; NULL = every queue
    created_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)


class StaffSession(Base):
    """A logged-in browser. Only a hash of the cookie's token is stored; the CSRF token is per session."""

    __tablename__ = "staff_sessions"

    token_hash = sa.Column(sa.String(64), primary_key=True)
    user_id = sa.Column(sa.Integer, nullable=False, index=True)
    csrf_token = sa.Column(sa.String(64), nullable=False)
    created_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
    expires_at = sa.Column(UTCDateTime, nullable=False, index=True)
    ip = sa.Column(sa.String(64))


class StaffReply(Base):
    """A message an agent sent to a patient, kept (encrypted) whatever happens to its delivery."""

    __tablename__ = "staff_replies"

    id = sa.Column(sa.Integer, primary_key=True)
    escalation_id = sa.Column(sa.Integer, nullable=False, index=True)
    conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    author_id = sa.Column(sa.Integer, nullable=False)
    ciphertext = sa.Column(sa.LargeBinary, nullable=False)
    created_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
    status = sa.Column(sa.String(16), nullable=False, default="pending")  # pending | delivered | stored | failed
    detail = sa.Column(sa.String(255), nullable=False, default="")  # why it failed, or "patient not connected"
    delivered_at = sa.Column(UTCDateTime)


class StaffNote(Base):
    """An internal note on a conversation, for staff only (never sent to the patient). Encrypted."""

    __tablename__ = "staff_notes"

    id = sa.Column(sa.Integer, primary_key=True)
    escalation_id = sa.Column(sa.Integer, nullable=False, index=True)
    conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    author_id = sa.Column(sa.Integer, nullable=False)
    ciphertext = sa.Column(sa.LargeBinary, nullable=False)
    created_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)


class AuditEntry(Base):
    """Who did what to which conversation, when and from where (every transcript opening)."""

    __tablename__ = "audit_log"

    id = sa.Column(sa.Integer, primary_key=True)
    at = sa.Column(UTCDateTime, nullable=False, default=utc_now, index=True)
    user_id = sa.Column(sa.Integer)
    username = sa.Column(sa.String(64), nullable=False)
    action = sa.Column(sa.String(32), nullable=False)  # open_transcript | claim | reply | resolve | login...
    conversation_id = sa.Column(sa.String(255), index=True)
    escalation_id = sa.Column(sa.Integer)
    ip = sa.Column(sa.String(64))
    detail = sa.Column(sa.String(255), nullable=False, default="")


class MessengerEvent(Base):
    """One Messenger message, postback or page comment as Meta delivered it: the key makes a redelivery
    (Meta retries for hours, also across our restarts) recognisable. Until it has been handled the event
    is kept encrypted, so one received just before a crash is handled on the next start; then only the
    key, sender and times remain (the times give the 24-hour window of the Messenger policy)."""

    __tablename__ = "messenger_events"

    key = sa.Column(sa.String(255), primary_key=True)  # "message:<mid>", "postback:<mid>", "comment:<id>"
    kind = sa.Column(sa.String(16), nullable=False)  # message | postback | comment
    sender = sa.Column(sa.String(128), nullable=False)
    occurred_at = sa.Column(UTCDateTime, nullable=False)  # Meta's timestamp of the patient's action
    received_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
    status = sa.Column(sa.String(16), nullable=False, default="pending")  # pending | done | failed
    detail = sa.Column(sa.String(255), nullable=False, default="")  # what went wrong (never message text)
    ciphertext = sa.Column(sa.LargeBinary)  # the event itself while pending; cleared once handled


sa.Index("ix_messenger_events_sender_occurred", MessengerEvent.sender, MessengerEvent.occurred_at)
sa.Index("ix_messenger_events_status", MessengerEvent.status)


class ReviewItem(Base):
    """A message the assistant was unsure of, kept for a trainer to label (bot.review, the console's /review).

    Only the redacted text is stored (secure-chat messages are redacted before they are written). Reason:
    low_confidence | fallback | handed_off | staff_flagged. Status: open -> labelled | dismissed. The label is
    an intent name or "out_of_scope"; label_kind says whether it is an existing intent, a new one, or out of scope.
    """

    __tablename__ = "review_items"

    id = sa.Column(sa.Integer, primary_key=True)
    conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    channel = sa.Column(sa.String(64), nullable=False)
    text = sa.Column(sa.Text, nullable=False)  # redacted
    guessed_intent = sa.Column(sa.String(64))  # None when staff flagged a message (the intent is not known)
    confidence = sa.Column(sa.Float)
    reason = sa.Column(sa.String(32), nullable=False)
    created_at = sa.Column(UTCDateTime, nullable=False, default=utc_now)
    status = sa.Column(sa.String(16), nullable=False, default="open", index=True)  # open | labelled | dismissed
    label = sa.Column(sa.String(64))
    label_kind = sa.Column(sa.String(16))  # existing | new | out_of_scope
    labelled_by = sa.Column(sa.String(64))
    labelled_at = sa.Column(UTCDateTime)


class MessageCount(Base):
    """Patient messages per hour of the hospital's local day, channel, and whether the assistant understood them
    (or fell back: nlu_fallback), and the conversations started (Rasa sessions: a new one after an hour without a
    message), for the supervisors' analytics (bot.analytics). Kept as messages arrive by the Rasa
    server's event broker (bot.analytics.recorder: one upsert per batch), so a chart reads a few thousand rows, not
    every message. Counts only, never text."""

    __tablename__ = "message_counts"
    __table_args__ = {"sqlite_with_rowid": False}  # on SQLite, rows stored in key order: a period is one range

    local_day = sa.Column(sa.Date, primary_key=True)
    local_hour = sa.Column(sa.SmallInteger, primary_key=True)
    channel = sa.Column(sa.String(64), primary_key=True)
    fell_back = sa.Column(sa.Boolean, primary_key=True)
    local_weekday = sa.Column(sa.SmallInteger, nullable=False)  # 0 = Monday
    messages = sa.Column(sa.Integer, nullable=False, default=0)
    conversations = sa.Column(sa.Integer, nullable=False, default=0)  # conversations started (Rasa sessions)


class IntentCount(Base):
    """Patient messages per local day, channel and intent; on a fallback (intent nlu_fallback), what the assistant
    would have answered (`guessed_intent`). "" where there is none. Kept like message_counts."""

    __tablename__ = "intent_counts"
    __table_args__ = {"sqlite_with_rowid": False}  # on SQLite, rows stored in key order: a period is one range

    local_day = sa.Column(sa.Date, primary_key=True)
    channel = sa.Column(sa.String(64), primary_key=True)
    intent = sa.Column(sa.String(64), primary_key=True)
    guessed_intent = sa.Column(sa.String(64), primary_key=True)
    messages = sa.Column(sa.Integer, nullable=False, default=0)
