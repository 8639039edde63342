"""bot.handoff.records: what the ingress records, and when it opens a ticket."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.handoff.records import ScreenedMessage, record
from bot.storage.database import Database


def test_a_record_without_crisis_opens_no_ticket(tmp_path: Path):
    db = Database(f"sqlite:///{tmp_path / 'nested' / 'app.db'}")
    message = ScreenedMessage("c1", "rest", "I'm [CONDITION]", True, None, ("condition",))
    assert record(db, message).escalation_id is None
    crisis = ScreenedMessage("c1", "rest", "I [MENTAL_HEALTH]", True, "self_harm", ("mental_health",))
    first, second = record(db, crisis), record(db, crisis)
    assert first.escalation_id == second.escalation_id is not None
    assert first.urgent and not first.paused  # the bot keeps answering (crisis line first) until staff claim it
    with sqlite3.connect(tmp_path / "nested" / "app.db") as connection:
        assert connection.execute("SELECT count(*), max(message_count) FROM escalations").fetchone() == (1, 2)
