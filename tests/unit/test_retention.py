"""Retention: the purge removes what is past its time and keeps the rest; key rotation."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import patient_requests, retention, review
from bot.console import records
from bot.handoff import queue
from bot.secure import held, keys, links
from bot.storage.database import Database
from bot.storage.models import Escalation, ReviewItem, SecureLink, StaffNote, StaffReply, StaffTask
from bot.tracker_store import ProtectedSQLTrackerStore

NOW = datetime.now(timezone.utc)


@pytest.fixture
def stores(tmp_path: Path) -> tuple[Database, str]:
    return Database(f"sqlite:///{tmp_path / 'app.db'}"), f"sqlite:///{tmp_path / 'tracker.db'}"


def _conversation(tracker_url: str, sender: str, when: datetime) -> None:
    store = ProtectedSQLTrackerStore(host=tracker_url)
    event = UserUttered("I need my warfarin refilled", timestamp=when.timestamp())
    asyncio.run(store.save(DialogueStateTracker.from_events(sender, [event])))


def _senders(tracker_url: str) -> set[str]:
    with sqlite3.connect(tracker_url.removeprefix("sqlite:///")) as db:
        return {sender for (sender,) in db.execute("SELECT DISTINCT sender_id FROM events")}


def test_purge_deletes_expired_held_messages_links_sessions_and_old_secure_conversations(stores, monkeypatch):
    app_db, tracker_url = stores
    monkeypatch.setenv("SECURE_RETENTION_DAYS", "30")
    fresh_held = held.hold(app_db, "web-1", "my DOB is 04/12/1985", timedelta(minutes=15), now=NOW)
    stale_held = held.hold(app_db, "web-2", "I have asthma", timedelta(minutes=15), now=NOW - timedelta(hours=2))
    old_link = links.issue(app_db, "web-3", "rest", now=NOW - timedelta(days=3))
    links.issue(app_db, "web-4", "rest", now=NOW)
    _conversation(tracker_url, "secure-old", NOW - timedelta(days=31))
    _conversation(tracker_url, "secure-recent", NOW - timedelta(days=29))
    _conversation(tracker_url, "web-old", NOW - timedelta(days=365))
    for conversation in ("secure-old", "secure-recent"):
        records.add_reply(app_db, 1, conversation, 1, "We will call you tomorrow")
        records.add_note(app_db, 1, conversation, 1, "Asked about her results")
        patient_requests.submit(app_db, conversation, patient_requests.REQUESTS["appointment_request"],
                                {"patient_name": "A B"})
        queue.escalate(app_db, conversation, "secure", "secure_request", "(message in the secure chat)")
        review.record(app_db, conversation, "secure", "an older review item", None, None, "fallback")

    report = retention.purge(app_db, tracker_url, now=NOW)

    assert (report.held_messages, report.links, report.secure_conversations) == (1, 1, 1)
    assert _senders(tracker_url) == {"secure-recent", "web-old"}
    assert held.take(app_db, stale_held, now=NOW) is None
    assert held.take(app_db, fresh_held, now=NOW) == "my DOB is 04/12/1985"
    with pytest.raises(links.LinkRefused):
        links.check_link(app_db, old_link.token, now=NOW)
    with app_db.session() as session:  # the expired link stays for the analytics, without its secure side
        kept_link = session.get(SecureLink, old_link.id)
        assert (kept_link.origin_channel, kept_link.carry_over, kept_link.secure_conversation_id) == ("rest", "", None)
    assert retention.purge(app_db, tracker_url, now=NOW).links == 0  # scrubbed once
    with app_db.session() as session:  # what the app database holds about them goes with their conversation
        kept = {(type(row).__name__, row.conversation_id)
                for model in (StaffReply, StaffNote, StaffTask, Escalation, ReviewItem) for row in session.query(model)}
    assert kept == {(model, "secure-recent")
                    for model in ("StaffReply", "StaffNote", "StaffTask", "Escalation", "ReviewItem")}


def test_rotation_re_encrypts_with_the_new_key_so_the_old_one_can_go(stores, monkeypatch):
    app_db, tracker_url = stores
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    monkeypatch.setenv("SECURE_STORE_KEYS", old_key)
    keys.store_cipher.cache_clear()
    held_id = held.hold(app_db, "web-1", "I have asthma", timedelta(minutes=15))
    task_id = patient_requests.submit(
        app_db, "secure-1", patient_requests.REQUESTS["appointment_request"], {"patient_name": "A B"}
    )
    _conversation(tracker_url, "secure-1", NOW)

    monkeypatch.setenv("SECURE_STORE_KEYS", f"{new_key},{old_key}")
    keys.store_cipher.cache_clear()
    assert retention.rotate(app_db, tracker_url) == 3  # the held message, the task and the user event

    monkeypatch.setenv("SECURE_STORE_KEYS", new_key)
    keys.store_cipher.cache_clear()
    store = ProtectedSQLTrackerStore(host=tracker_url)
    assert asyncio.run(store.retrieve("secure-1")).latest_message.text == "I need my warfarin refilled"
    assert held.take(app_db, held_id) == "I have asthma"
    with app_db.session() as session:
        assert patient_requests.task_details(session.get(StaffTask, task_id)) == {"patient_name": "A B"}
    monkeypatch.undo()
    keys.store_cipher.cache_clear()


def test_the_command_reports_what_it_purged(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("VAR_DIR", str(tmp_path))
    monkeypatch.delenv("APP_DATABASE_URL", raising=False)
    monkeypatch.delenv("TRACKER_STORE_URL", raising=False)
    assert retention.main(["purge"]) == 0
    assert capsys.readouterr().out.startswith("Purged 0 held messages")


def test_the_server_purges_by_itself_at_an_interval_and_survives_a_failure(caplog):
    calls: list[int] = []

    def run_purge() -> retention.PurgeReport:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("database is down")
        return retention.PurgeReport(1, 0, 0, 0, 0)

    async def run_for_a_moment() -> None:
        task = asyncio.create_task(retention.purge_every(0.01, run_purge))
        await asyncio.sleep(0.2)
        task.cancel()

    asyncio.run(run_for_a_moment())
    assert len(calls) >= 3  # it went on after the failed round
    assert any("Retention purge failed: RuntimeError" in r.getMessage() for r in caplog.records)
