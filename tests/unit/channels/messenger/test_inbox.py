"""bot.channels.messenger.inbox: the persisted inbox (deliveries recognised after a restart, the time that opens the
window, replays, the purge)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from bot.channels.messenger import inbox
from bot.channels.messenger.webhook import events_in
from bot.storage.database import Database
from tests.messenger_payloads import PAGE_ID, comment_change, messaging, page_webhook
from tests.unit.channels.messenger.conftest import NOW


def test_deliveries_are_recognised_after_a_restart_and_pending_ones_are_handled_then(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    first = events_in(page_webhook([messaging("1", message={"mid": "m_1", "text": "I have diabetes"}),
                                    messaging("1", message={"mid": "m_1", "text": "I have diabetes"}),
                                    messaging("2", postback={"mid": "m_2", "title": "Go", "payload": "GET_STARTED"})]))
    db = Database(url)
    admitted = inbox.admit(db, first).to_answer
    assert [e.key for e in admitted] == ["message:m_1", "postback:m_2"]  # the batch's own duplicate dropped
    assert b"diabetes" not in (tmp_path / "app.db").read_bytes()  # encrypted while pending
    inbox.finish(db, "postback:m_2")

    restarted = Database(url)  # a new process: nothing in memory
    assert inbox.admit(restarted, first) == inbox.Admitted([], 3)
    assert [e.key for e in inbox.pending(restarted)] == ["message:m_1"]
    assert inbox.pending(restarted)[0] == admitted[0]  # read back whole, to be handled now
    inbox.finish(restarted, "message:m_1", "reply not sent: Graph API answered 500")
    assert inbox.pending(restarted) == []
    raw = (tmp_path / "app.db").read_bytes()
    assert b"diabetes" not in raw  # encrypted while pending, dropped once handled


def test_the_last_patient_message_time_is_what_opens_the_window(tmp_path: Path):
    db = Database(f"sqlite:///{tmp_path / 'app.db'}")
    ms = int((NOW - timedelta(hours=30)).timestamp() * 1000)
    events = events_in(page_webhook([messaging("1", timestamp=ms, message={"mid": "m_old", "text": "hi"})]))
    inbox.admit(db, events, now=NOW)
    assert inbox.last_patient_message_at(db, "1") == NOW - timedelta(hours=30)
    assert inbox.last_patient_message_at(db, "nobody") is None
    comment = events_in({"object": "page", "entry": [{"id": PAGE_ID, "changes": [comment_change("c", "1", "hi")]}]})
    inbox.admit(db, comment, now=NOW)
    assert inbox.last_patient_message_at(db, "1") == NOW - timedelta(hours=30)  # a comment opens no window


def test_a_message_while_the_page_inbox_has_the_thread_is_not_answered_but_keeps_the_window_open(tmp_path: Path):
    db = Database(f"sqlite:///{tmp_path / 'app.db'}")
    old = int((NOW - timedelta(hours=30)).timestamp() * 1000)
    inbox.admit(db, events_in(page_webhook([messaging("1", timestamp=old, message={"mid": "m_1", "text": "hi"})])),
                now=NOW)
    recent = int((NOW - timedelta(hours=1)).timestamp() * 1000)
    standby = events_in(page_webhook(standby=[messaging("1", timestamp=recent,
                                                        message={"mid": "m_2", "text": "my DOB is 01/02/1990"})]))
    assert inbox.admit(db, standby, now=NOW) == inbox.Admitted([], 0)  # nothing to answer
    assert inbox.last_patient_message_at(db, "1") == NOW - timedelta(hours=1)
    assert inbox.pending(db)[0].key == "message:m_1" and len(inbox.pending(db)) == 1
    assert b"01/02/1990" not in (tmp_path / "app.db").read_bytes()


def test_events_older_than_metas_retry_window_are_dropped_as_replays_but_pending_ones_stay(tmp_path: Path):
    db = Database(f"sqlite:///{tmp_path / 'app.db'}")

    def at(hours_ago: float, mid: str) -> list:
        ms = int((NOW - timedelta(hours=hours_ago)).timestamp() * 1000)
        return events_in(page_webhook([messaging("1", timestamp=ms, message={"mid": mid, "text": "hi"})]))

    assert inbox.admit(db, at(35, "m_retry"), now=NOW).to_answer  # Meta's last retries are still answered
    replay = inbox.admit(db, at(24 * 30, "m_replay"), now=NOW)
    assert replay == inbox.Admitted([], 0, stale=1)
    assert [event.key for event in inbox.pending(db)] == ["message:m_retry"]  # pending here: still handled
    # The same old event, once its key has been purged, is still refused.
    assert inbox.admit(db, at(24 * 30, "m_replay"), now=NOW + timedelta(days=31)).to_answer == []


def test_handled_events_are_purged_after_30_days_and_pending_ones_never(tmp_path: Path):
    from bot import retention

    db = Database(f"sqlite:///{tmp_path / 'app.db'}")
    inbox.admit(db, events_in(page_webhook([messaging("1", message={"mid": "m_a", "text": "a"}),
                                            messaging("1", message={"mid": "m_b", "text": "b"})])))
    inbox.finish(db, "message:m_a")
    later = datetime.now(timezone.utc) + timedelta(days=31)
    report = retention.purge(db, f"sqlite:///{tmp_path / 'tracker.db'}", now=later)
    assert report.messenger_events == 1
    assert [e.key for e in inbox.pending(db)] == ["message:m_b"]
    assert inbox.admit(db, events_in(page_webhook([messaging("1", message={"mid": "m_a", "text": "a"})]))).to_answer
