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

Event broker (endpoints.yml `event_broker`, bot.analytics.recorder): each save hands it the events it stored,
redacted as stored; Rasa's own streaming, which loads the whole conversation again on each save, is not used.

Outages: while the database is down, Rasa's FailSafeTrackerStore answers each message from a fresh conversation
in memory and keeps the result there, never to be stored. This store holds those turns' events (redacted, in
memory, up to MAX_HELD_CONVERSATIONS conversations) and appends them to the stored conversation the next time this
process loads it once the database is back (its next message, or its transcript read through this worker), so the
transcript keeps what the patient said and was told meanwhile. Events already stored (a turn whose save failed
after its conversation was loaded) are recognised by type and time and not written twice.

Reading: each message loads its conversation's latest session. Rows are only ever added (or deleted by
bot.retention), so this process keeps the decrypted rows it last read of up to MAX_CACHED_CONVERSATIONS
conversations and then reads only the rows added since, whichever worker wrote them: decrypting the whole
conversation again on every message made each message slower than the one before. Two small checks keep it exact: the
count and sum of the ids it has read must still be the database's (a deletion, or another writer's row committed
late, and it reads everything again), and a new session read from the start, as Rasa does. Secure-chat
conversations are never kept decrypted in memory between messages.

Not in bot.storage: the app database is the bottom layer, and this store needs bot.safety and bot.secure.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, _create_sequence, create_engine_kwargs
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.orm import declarative_base, sessionmaker

from bot.safety import redact_strings
from bot.secure import is_secure_conversation
from bot.secure.keys import store_cipher
from bot.storage.database import engine_options

logger = logging.getLogger(__name__)

# Conversations whose decrypted latest session this process keeps between messages (least recently read dropped).
MAX_CACHED_CONVERSATIONS = 200
# Conversations whose outage turns are held for writing back; beyond this the oldest are dropped (with a warning).
MAX_HELD_CONVERSATIONS = 1000

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


@dataclass
class LoadedSession:
    """A conversation's latest session as this process last read it."""

    rows: list[str]  # the session's events as JSON, in id order
    session_start: float | None  # timestamp of its latest session_started event, None if it has none
    last_id: int  # highest id of the conversation's rows when read
    id_count: int  # the conversation's rows (all sessions) with id <= last_id
    id_sum: int  # and the sum of their ids


class ProtectedSQLTrackerStore(SQLTrackerStore):
    Base = declarative_base()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Rasa's engine, connected as the app database is (bot.storage.database.engine_options): pooled SQLite
        # connections; elsewhere each pooled connection tested as it is taken (one round trip), so the first
        # message after a database restart is answered rather than failing.
        url = self.engine.url
        options = engine_options(url.render_as_string(hide_password=False))
        if options:
            self.engine.dispose()
            self.engine = sa.create_engine(url, **options, **create_engine_kwargs(url))
            self.sessionmaker = sessionmaker(bind=self.engine)
        self._held: OrderedDict[str, list[Event]] = OrderedDict()  # sender -> events not stored (an outage)
        # The events of the save in progress (its database work has no await, so saves never interleave here).
        self._stored: list[Event] = []
        self._loaded: OrderedDict[str, LoadedSession] = OrderedDict()  # sender -> latest session read

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
        secure = is_secure_conversation(tracker.sender_id)
        for event in events:
            stored = event if secure else redacted_event(event)
            self._stored.append(stored)
            yield stored

    async def stream_events(self, tracker: DialogueStateTracker) -> None:
        """Nothing here: `save` hands the event broker the events it has just stored. (Rasa's own way loads and
        decrypts the whole stored conversation again on every save to find the new events.)"""

    async def save(self, tracker: DialogueStateTracker) -> None:
        self._stored = []
        try:
            await super().save(tracker)
        except Exception:
            self._hold(tracker)
            raise  # Rasa's FailSafeTrackerStore logs it and keeps the tracker in memory
        self._publish(tracker.sender_id)

    def _publish(self, sender_id: str) -> None:
        """The events the last save stored, to the event broker (bot.analytics.recorder), in order. Never raises:
        the turn is stored; counting it must not fail the patient's message."""
        stored, self._stored = self._stored, []
        if self.event_broker is None:
            return
        for event in stored:
            try:
                self.event_broker.publish({"sender_id": sender_id, **event.as_dict()})
            except Exception as error:  # noqa: BLE001 - see the docstring
                logger.error("The event broker refused an event of conversation %s: %s", sender_id,
                             type(error).__name__)

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> DialogueStateTracker | None:
        tracker = self._read(sender_id, fetch_events_from_all_sessions)  # raises while down
        held = self._held.pop(sender_id, None)
        if held:
            try:
                await self._write_back(sender_id, held)
            except Exception:
                self._held[sender_id] = held  # down again: the next load tries again
                raise
            tracker = self._read(sender_id, fetch_events_from_all_sessions)
        return tracker

    def _read(self, sender_id: str, all_sessions: bool) -> DialogueStateTracker | None:
        if all_sessions or is_secure_conversation(sender_id):
            rows = self._read_rows(sender_id, all_sessions)
        else:
            rows = self._read_latest_session(sender_id)
        if not rows or not self.domain:
            return None
        return DialogueStateTracker.from_dict(sender_id, [json.loads(row) for row in rows], self.domain.slots)

    def _read_rows(self, sender_id: str, all_sessions: bool) -> list[str]:
        """Rasa's query: the conversation's events (of its latest session unless `all_sessions`), decrypted."""
        with self.session_scope() as session:
            return [event.data for event in self._event_query(session, sender_id, all_sessions)]

    def _read_latest_session(self, sender_id: str) -> list[str]:
        """The latest session's events, reading only the rows added since this process last read them."""
        loaded = self._loaded.pop(sender_id, None)
        with self.session_scope() as session:
            events = self.SQLEvent
            if loaded is not None:
                count, total = session.query(sa.func.count(events.id), sa.func.coalesce(sa.func.sum(events.id), 0)) \
                    .filter(events.sender_id == sender_id, events.id <= loaded.last_id).one()
                if (count, total) != (loaded.id_count, loaded.id_sum):
                    loaded = None  # rows deleted, or another writer's committed late: read it all again
            if loaded is not None:
                new = session.query(events.id, events.type_name, events.timestamp, events.data) \
                    .filter(events.sender_id == sender_id, events.id > loaded.last_id).order_by(events.id).all()
                if any(row.type_name == SessionStarted.type_name for row in new):
                    loaded = None  # a new session: Rasa's query finds where it starts
                else:
                    start = loaded.session_start
                    loaded.rows.extend(row.data for row in new if start is None or row.timestamp >= start)
                    loaded.id_count += len(new)
                    loaded.id_sum += sum(row.id for row in new)
                    loaded.last_id = new[-1].id if new else loaded.last_id  # ordered by id
            if loaded is None:
                loaded = self._read_session_from_start(session, sender_id)
        self._loaded[sender_id] = loaded
        while len(self._loaded) > MAX_CACHED_CONVERSATIONS:
            self._loaded.popitem(last=False)
        return loaded.rows

    def _read_session_from_start(self, session: Any, sender_id: str) -> LoadedSession:
        events = self.SQLEvent
        ids = session.query(events.id).filter(events.sender_id == sender_id).order_by(events.id).all()
        last_id = ids[-1].id if ids else 0
        start = session.query(sa.func.max(events.timestamp)).filter(
            events.sender_id == sender_id, events.type_name == SessionStarted.type_name, events.id <= last_id).scalar()
        query = session.query(events.data).filter(events.sender_id == sender_id, events.id <= last_id)
        if start is not None:
            query = query.filter(events.timestamp >= start)
        rows = [row.data for row in query.order_by(events.id)]
        return LoadedSession(rows, start, last_id, len(ids), sum(row.id for row in ids))

    def _hold(self, tracker: DialogueStateTracker) -> None:
        held = self._held.setdefault(tracker.sender_id, [])
        seen = {_identity(event) for event in held}
        held.extend(event for event in tracker.events if _identity(event) not in seen)
        self._held.move_to_end(tracker.sender_id)
        while len(self._held) > MAX_HELD_CONVERSATIONS:
            self._held.popitem(last=False)
            logger.warning("Over %d conversations answered while the database was down: the oldest one's turns "
                           "will not be written back.", MAX_HELD_CONVERSATIONS)

    async def _write_back(self, sender_id: str, held: list[Event]) -> None:
        """Append the held events the stored conversation lacks, after its latest session's events."""
        stored = self._read(sender_id, all_sessions=False)
        stored_events = list(stored.events) if stored is not None else []
        present = {_identity(event) for event in stored_events}
        missing = [event for event in held if _identity(event) not in present]
        if not missing:
            return
        slots = self.domain.slots if self.domain else []
        merged = DialogueStateTracker.from_events(sender_id, stored_events + missing, slots)
        await super().save(merged)  # stores what follows the latest session's stored events: `missing`
        # Not handed to the event broker: Rasa's in-memory fallback store already did when it answered them.
        self._stored = []
        logger.info("Conversation %s: %d events answered while the database was down written back.",
                    sender_id, len(missing))


def _identity(event: Event) -> tuple[str, float]:
    return event.type_name, round(event.timestamp, 6)
