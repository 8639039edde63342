"""The Rasa server's event broker (endpoints.yml `event_broker`): every patient message the tracker store saves
becomes one `message_events` row: its conversation and channel, what the assistant understood (intent, confidence,
whether it fell back and what it guessed then), and the hospital's local day, hour and weekday. Never its text.

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

from bot import conversation_ids
from bot.facts import FactsSource, facts_source
from bot.settings import load_settings
from bot.storage.database import Database, app_database
from bot.storage.models import MessageEvent

logger = logging.getLogger(__name__)

FALLBACK_INTENT = "nlu_fallback"


def event_row(event: dict[str, Any], tz: ZoneInfo) -> dict[str, Any] | None:
    """The message_events row of a published Rasa event, or None when it is not a patient message."""
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
    at = datetime.fromtimestamp(timestamp, tz=timezone.utc)
    local = at.astimezone(tz)
    confidence = intent.get("confidence")
    return {
        "at": at,
        "conversation_id": sender[:255],
        "channel": conversation_ids.channel_of(sender),  # the one rule: the id names its channel
        "intent": name[:64] if isinstance(name, str) else None,
        "confidence": float(confidence) if isinstance(confidence, (int, float)) else None,
        "fell_back": fell_back,
        "guessed_intent": guessed[:64] if isinstance(guessed, str) else None,
        "local_day": local.date(),
        "local_hour": local.hour,
        "local_weekday": local.weekday(),
    }


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
                session.execute(sa.insert(MessageEvent), rows)
        except Exception as error:  # noqa: BLE001 - the patient's answer never waits for, or fails with, analytics
            logger.error("Could not record %d message(s) for the analytics: %s", len(rows), type(error).__name__)

    async def close(self) -> None:
        if self._flushing is not None:
            await self._flushing
