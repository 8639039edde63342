"""The Rasa server's event broker (endpoints.yml `event_broker`): every patient message the tracker store saves is
counted: per hour of the hospital's local day, channel and whether the assistant understood it (message_counts);
per day, channel and intent, with what it guessed when it fell back (intent_counts); and its conversation's first
and last days (conversation_spans). Never its text.

Rows are written in batches off the event loop; a database that is down loses those rows (logged, without text),
never the answer to the patient. The tracker store hands over only the events it stores (already redacted), so a
message is counted once (bot.tracker_store).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot import conversation_ids
from bot.facts import FactsSource, facts_source
from bot.settings import load_settings
from bot.storage.database import Database, app_database
from bot.storage.models import ConversationSpan, IntentCount, MessageCount

logger = logging.getLogger(__name__)

FALLBACK_INTENT = "nlu_fallback"


def event_row(event: dict[str, Any], tz: ZoneInfo) -> dict[str, Any] | None:
    """What is counted of a published Rasa event (`store`), or None when it is not a patient message."""
    sender = event.get("sender_id")
    timestamp = event.get("timestamp")
    if event.get("event") != "user" or not isinstance(sender, str) or not isinstance(timestamp, (int, float)):
        return None
    parse = event.get("parse_data") or {}
    intent = parse.get("intent") or {}
    name = intent.get("name")
    fell_back = name == FALLBACK_INTENT
    guessed = None
    if fell_back:
        ranking = parse.get("intent_ranking") or []
        guessed = next((entry.get("name") for entry in ranking if entry.get("name") != FALLBACK_INTENT), None)
    local = datetime.fromtimestamp(timestamp, tz=timezone.utc).astimezone(tz)
    return {
        "conversation_id": sender[:255],
        "channel": conversation_ids.channel_of(sender),  # the one rule: the id names its channel
        "intent": name[:64] if isinstance(name, str) else "",
        "fell_back": fell_back,
        "guessed_intent": guessed[:64] if isinstance(guessed, str) else "",
        "local_day": local.date(),
        "local_hour": local.hour,
        "local_weekday": local.weekday(),
    }


def _grouped(rows: list[dict[str, Any]], key: tuple[str, ...], first: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The rows summed by `key`: one dict per key with `messages` (and the columns `first`, from the first row)."""
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        group = found.setdefault(tuple(row[name] for name in key),
                                 {**{name: row[name] for name in key + first}, "messages": 0})
        group["messages"] += 1
    return list(found.values())


def store(session: Session, rows: list[dict[str, Any]]) -> None:
    """Count a batch of messages (`event_row`s): upserts into message_counts, intent_counts and conversation_spans,
    SQLite's or PostgreSQL's (ON CONFLICT ... DO UPDATE: atomic, so several workers may count at once)."""
    if not rows:
        return
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else postgresql_insert
    for model, key, first in (
        (MessageCount, ("local_day", "local_hour", "channel", "fell_back"), ("local_weekday",)),
        (IntentCount, ("local_day", "channel", "intent", "guessed_intent"), ()),
    ):
        statement = insert(model)
        session.execute(statement.on_conflict_do_update(
            index_elements=[getattr(model, name) for name in key],
            set_={"messages": model.messages + statement.excluded.messages},
        ), _grouped(rows, key, first))
    spans = _grouped(rows, ("conversation_id",), ("channel",))
    for span in spans:
        days = [row["local_day"] for row in rows if row["conversation_id"] == span["conversation_id"]]
        span["first_day"], span["last_day"] = min(days), max(days)
    statement = insert(ConversationSpan)
    new = statement.excluded
    session.execute(statement.on_conflict_do_update(
        index_elements=[ConversationSpan.conversation_id],
        set_={
            "first_day": sa.case((new.first_day < ConversationSpan.first_day, new.first_day),
                                 else_=ConversationSpan.first_day),
            "last_day": sa.case((new.last_day > ConversationSpan.last_day, new.last_day),
                                else_=ConversationSpan.last_day),
            "messages": ConversationSpan.messages + new.messages,
        },
    ), spans)


class AnalyticsBroker(EventBroker):
    """Records patient messages for the analytics (see the module's docstring)."""

    def __init__(self, db: Database, facts: FactsSource) -> None:
        self.db = db
        self.facts = facts
        self._pending: list[dict[str, Any]] = []
        self._flushing: asyncio.Task | None = None

    @classmethod
    async def from_endpoint_config(cls, broker_config: Any, event_loop: Any = None) -> AnalyticsBroker:
        return cls(app_database(), facts_source(load_settings().paths.facts_path))

    def publish(self, event: dict[str, Any]) -> None:
        row = event_row(event, self.facts.get().tz)
        if row is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # called outside the server's loop (a script): write at once
            self.write([row])
            return
        self._pending.append(row)
        if self._flushing is None or self._flushing.done():
            self._flushing = loop.create_task(self._flush())

    async def _flush(self) -> None:
        while self._pending:
            rows, self._pending = self._pending, []
            await asyncio.to_thread(self.write, rows)

    def write(self, rows: list[dict[str, Any]]) -> None:
        try:
            with self.db.session() as session:
                store(session, rows)
        except Exception as error:  # noqa: BLE001 - the patient's answer never waits for, or fails with, analytics
            logger.error("Could not record %d message(s) for the analytics: %s", len(rows), type(error).__name__)

    async def close(self) -> None:
        if self._flushing is not None:
            await self._flushing
