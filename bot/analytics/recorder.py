"""The Rasa server's event broker (endpoints.yml `event_broker`): every patient message the tracker store saves is
counted per hour of the hospital's local day, channel and whether the assistant understood it (message_counts), and
per day, channel and intent, with what it guessed when it fell back (intent_counts); every conversation started (a
Rasa session) per hour and channel (message_counts.conversations). Never its text.

Rows are written in batches off the event loop; a database that is down loses those rows (logged, without text),
never the answer to the patient. The tracker store hands over only the events it stores (already redacted), so a
message is counted once (bot.tracker_store).
"""

from __future__ import annotations

import asyncio
import logging
import math
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from rasa.core.brokers.broker import EventBroker
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot import conversation_ids
from bot.facts import FactsSource, facts_source
from bot.nlu_quality import FALLBACK_INTENT
from bot.settings import load_settings
from bot.storage.database import Database, app_database
from bot.storage.models import IntentCount, MessageCount

logger = logging.getLogger(__name__)

EXTERNAL_PREFIX = "EXTERNAL: "  # Rasa's text for an intent the server triggers itself (not a patient message)


def _local(timestamp: Any, tz: ZoneInfo) -> datetime | None:
    if not isinstance(timestamp, (int, float)) or not math.isfinite(timestamp):
        return None
    try:
        return datetime.fromtimestamp(timestamp, tz=timezone.utc).astimezone(tz)
    except (OverflowError, OSError, ValueError):  # a time no calendar holds, sent through the HTTP API
        return None


def event_row(event: dict[str, Any], tz: ZoneInfo) -> dict[str, Any] | None:
    """What is counted of a published Rasa event (`store`): a patient message, or the start of a conversation (a
    Rasa session: a new one after 60 minutes without a message, config/domain.yml); None for anything else."""
    sender = event.get("sender_id")
    local = _local(event.get("timestamp"), tz)
    kind = event.get("event")
    if kind not in ("user", "session_started") or not isinstance(sender, str) or local is None:
        return None
    text = event.get("text")
    if kind == "user" and isinstance(text, str) and text.startswith(EXTERNAL_PREFIX):
        return None
    parse = event.get("parse_data") if kind == "user" else None
    parse = parse if isinstance(parse, dict) else {}
    intent = parse.get("intent") if isinstance(parse.get("intent"), dict) else {}
    name = intent.get("name")
    fell_back = name == FALLBACK_INTENT
    guessed = None
    if fell_back:
        ranking = [entry for entry in parse.get("intent_ranking") or [] if isinstance(entry, dict)]
        guessed = next((entry.get("name") for entry in ranking if entry.get("name") != FALLBACK_INTENT), None)
    return {
        "channel": conversation_ids.channel_of(sender),  # the one rule: the id names its channel
        "messages": int(kind == "user"),
        "conversations": int(kind == "session_started"),
        "intent": name[:64] if isinstance(name, str) else "",
        "fell_back": fell_back,
        "guessed_intent": guessed[:64] if isinstance(guessed, str) else "",
        "local_day": local.date(),
        "local_hour": local.hour,
        "local_weekday": local.weekday(),
    }


def _grouped(rows: list[dict[str, Any]], key: tuple[str, ...], sums: tuple[str, ...],
             first: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The rows summed by `key` (the columns `sums`; `first` from the first row), in key order: every writer
    upserts rows in the same order, so two workers' batches cannot deadlock on PostgreSQL."""
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        group = found.setdefault(tuple(row[name] for name in key),
                                 {**{name: row[name] for name in key + first}, **{name: 0 for name in sums}})
        for name in sums:
            group[name] += row[name]
    return [found[group] for group in sorted(found)]


def store(session: Session, rows: list[dict[str, Any]]) -> None:
    """Count a batch (`event_row`s): upserts into message_counts and intent_counts, SQLite's or PostgreSQL's
    (ON CONFLICT ... DO UPDATE: atomic, so several workers may count at once)."""
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else postgresql_insert
    messages = [row for row in rows if row["messages"]]
    for model, key, sums, first, counted in (
        (MessageCount, ("local_day", "local_hour", "channel", "fell_back"), ("messages", "conversations"),
         ("local_weekday",), rows),
        (IntentCount, ("local_day", "channel", "intent", "guessed_intent"), ("messages",), (), messages),
    ):
        if not counted:
            continue
        statement = insert(model)
        session.execute(statement.on_conflict_do_update(
            index_elements=[getattr(model, name) for name in key],
            set_={name: getattr(model, name) + getattr(statement.excluded, name) for name in sums},
        ), _grouped(counted, key, sums, first))


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
        """Never raises: called by the tracker store after it saved the patient's turn, which must not fail."""
        try:
            row = event_row(event, self.facts.get().tz)
        except Exception as error:  # noqa: BLE001 - the facts file being replaced, an event of an unknown shape
            logger.error("Could not count an event for the analytics: %s", type(error).__name__)
            return
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
