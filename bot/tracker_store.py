"""Rasa's SQL tracker store, protected: every event payload is encrypted at rest, and user text
from the non-secure channels is redacted again on save.

Redaction is the second line of defence: the channel guard already hands Rasa redacted text, so
normally nothing changes. It catches what reaches Rasa by another way (its HTTP API, a future
channel that forgets the guard): every string in user messages, entities and slot values passes
bot.safety.redact before it is written. Bot messages are stored as they are (they come from the
facts file). Secure-chat conversations (bot.secure) are not redacted: staff need what the
patient wrote there, and it is only ever stored encrypted.

Encryption: the `data` column (the event as JSON) holds a Fernet token (keys: SECURE_STORE_KEYS,
bot.secure.keys). Rows written in plaintext before encryption was introduced are still read.

endpoints.yml: tracker_store: {type: bot.tracker_store.ProtectedSQLTrackerStore, url: ...}

Not in bot.storage: the app database is the bottom layer, and this store needs bot.safety and bot.secure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, _create_sequence, create_engine_kwargs
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.orm import declarative_base, sessionmaker

from bot.safety import redact_strings
from bot.secure import is_secure_conversation
from bot.secure.keys import store_cipher

# Events whose strings may hold what a patient typed.
REDACTED_EVENT_TYPES = frozenset({"user", "slot", "entities", "user_featurization"})
# Keys whose values are names chosen by the bot, not text typed by a patient.
NAME_KEYS = frozenset(
    {"event", "timestamp", "input_channel", "message_id", "intent", "intent_ranking", "response_selector",
     "name", "entity", "role", "group", "extractor", "processors", "safety"}
)


def redacted_event(event: Event) -> Event:
    if event.type_name not in REDACTED_EVENT_TYPES:
        return event
    data = event.as_dict()
    redacted = redact_strings(data, keep=NAME_KEYS)
    return event if redacted == data else Event.from_parameters(redacted)


class EncryptedText(sa.types.TypeDecorator):
    """Text encrypted with the store's Fernet keys on write, decrypted on read."""

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else store_cipher().encrypt(value.encode("utf-8")).decode("ascii")

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        if value is None or value.startswith("{"):  # plaintext JSON written before encryption
            return value
        return store_cipher().decrypt(value.encode("ascii")).decode("utf-8")


class ProtectedSQLTrackerStore(SQLTrackerStore):
    Base = declarative_base()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name != "sqlite":
            # After the database restarts, the pool's connections are dead: each is tested as it is taken
            # (one round trip), so the first message after a restart is answered rather than failing.
            url = self.engine.url
            self.engine.dispose()
            self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
            self.sessionmaker = sessionmaker(bind=self.engine)

    class SQLEvent(Base):
        """Rasa's `events` table, with the payload encrypted."""

        __tablename__ = "events"

        id = sa.Column(sa.Integer, _create_sequence(__tablename__), primary_key=True)
        sender_id = sa.Column(sa.String(255), nullable=False, index=True)
        type_name = sa.Column(sa.String(255), nullable=False)
        timestamp = sa.Column(sa.Float)
        intent_name = sa.Column(sa.String(255))
        action_name = sa.Column(sa.String(255))
        data = sa.Column(EncryptedText)

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        events = super()._additional_events(session, tracker)
        if is_secure_conversation(tracker.sender_id):
            yield from events
        else:
            for event in events:
                yield redacted_event(event)
