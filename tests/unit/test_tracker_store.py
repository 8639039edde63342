"""The tracker store (bot.tracker_store): events redacted (secure conversations kept whole), all encrypted, and rows
written before encryption still read."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import tracker_store
from bot.tracker_store import ProtectedSQLTrackerStore, redacted_event
from tests.conftest import stored_events


def test_user_text_entities_and_slots_are_redacted_bot_text_is_kept():
    user = UserUttered(
        "I take sertraline daily",
        intent={"name": "ask_prescription_refill", "confidence": 0.9},
        entities=[{"entity": "note", "value": "my DOB is 04/12/1985", "start": 0, "end": 5}],
        metadata={"safety": {"kinds": ["medication"]}},
    )
    redacted = redacted_event(user)
    assert redacted.text == "I take [MEDICATION] daily"
    assert redacted.entities[0]["value"] == "my DOB is [DOB]"
    assert redacted.intent_name == "ask_prescription_refill"
    assert redacted.metadata == {"safety": {"kinds": ["medication"]}}
    assert redacted_event(SlotSet("note", "my SSN is 123-45-6789")).value == "my SSN is [SSN]"
    bot = BotUttered("Call (541) 555-0110")
    assert redacted_event(bot) is bot


def test_the_tracker_store_writes_redacted_events_encrypted(tmp_path: Path):
    path = tmp_path / "tracker.db"
    store = ProtectedSQLTrackerStore(host=f"sqlite:///{path}")
    text = "my husband is on warfarin, where do we park?"
    asyncio.run(store.save(DialogueStateTracker.from_events("p1", [UserUttered(text)])))
    user = [e for e in stored_events(path) if e["event"] == "user"]
    assert user[0]["text"] == "my husband is on [MEDICATION], where do we park?"
    content = path.read_bytes()
    assert b"warfarin" not in content and b"where do we park" not in content
    assert asyncio.run(store.retrieve("p1")).latest_message.text == user[0]["text"]


def test_secure_conversations_are_kept_whole_but_only_encrypted(tmp_path: Path):
    path = tmp_path / "tracker.db"
    store = ProtectedSQLTrackerStore(host=f"sqlite:///{path}")
    text = "I need a refill of my warfarin, DOB 04/12/1985"
    asyncio.run(store.save(DialogueStateTracker.from_events("secure-abc", [UserUttered(text)])))
    assert [e["text"] for e in stored_events(path) if e["event"] == "user"] == [text]
    assert b"warfarin" not in path.read_bytes()
    assert asyncio.run(store.retrieve("secure-abc")).latest_message.text == text


def test_rows_written_before_encryption_are_still_read(tmp_path: Path):
    path = tmp_path / "tracker.db"
    store = ProtectedSQLTrackerStore(host=f"sqlite:///{path}")
    legacy = json.dumps(UserUttered("where do I park").as_dict())
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES ('old', 'user', 1.0, ?)", (legacy,)
        )
    assert asyncio.run(store.retrieve("old")).latest_message.text == "where do I park"


def _database_down(store: ProtectedSQLTrackerStore, monkeypatch) -> None:
    def refuse():
        raise sqlalchemy.exc.OperationalError("connect", {}, Exception("connection refused"))

    monkeypatch.setattr(store, "session_scope", refuse)


def test_turns_answered_while_the_database_was_down_are_written_back_once_it_returns(tmp_path: Path, monkeypatch):
    store = ProtectedSQLTrackerStore(host=f"sqlite:///{tmp_path / 'tracker.db'}")
    asyncio.run(store.save(DialogueStateTracker.from_events("p2", [UserUttered("where do I park?"),
                                                                   BotUttered("Parking is in garage B.")])))
    with monkeypatch.context() as down:
        _database_down(store, down)
        for text, answer in [("visiting hours?", "ICU: 11 am to 8 pm."), ("and the cafeteria?", "Level 1.")]:
            # what Rasa's fail-safe store does: each message gets a fresh tracker, and its save fails
            fresh = DialogueStateTracker.from_events("p2", [UserUttered(text), BotUttered(answer)])
            with pytest.raises(sqlalchemy.exc.OperationalError):
                asyncio.run(store.save(fresh))
        with pytest.raises(sqlalchemy.exc.OperationalError):
            asyncio.run(store.retrieve("p2"))
    tracker = asyncio.run(store.retrieve_full_tracker("p2"))
    said = [(event.type_name, event.text) for event in tracker.events if event.type_name in ("user", "bot")]
    assert said == [("user", "where do I park?"), ("bot", "Parking is in garage B."),
                    ("user", "visiting hours?"), ("bot", "ICU: 11 am to 8 pm."),
                    ("user", "and the cafeteria?"), ("bot", "Level 1.")]
    again = asyncio.run(store.retrieve_full_tracker("p2"))
    assert len(again.events) == len(tracker.events)  # written back once


def test_a_turn_whose_save_failed_after_loading_is_not_written_twice(tmp_path: Path, monkeypatch):
    store = ProtectedSQLTrackerStore(host=f"sqlite:///{tmp_path / 'tracker.db'}")
    asyncio.run(store.save(DialogueStateTracker.from_events("p3", [UserUttered("where do I park?")])))
    tracker = asyncio.run(store.retrieve("p3"))
    tracker.update(BotUttered("Parking is in garage B."))
    with monkeypatch.context() as down:
        _database_down(store, down)
        with pytest.raises(sqlalchemy.exc.OperationalError):
            asyncio.run(store.save(tracker))
    events = asyncio.run(store.retrieve("p3")).events
    assert [event.type_name for event in events] == ["user", "bot"]


class RecordingBroker:
    """An event broker that keeps what it is given."""

    def __init__(self) -> None:
        self.published: list[dict] = []

    def publish(self, event: dict) -> None:
        self.published.append(event)


def test_the_event_broker_gets_each_stored_event_once_redacted_without_loading_the_conversation(tmp_path: Path,
                                                                                                 monkeypatch):
    broker = RecordingBroker()
    store = ProtectedSQLTrackerStore(host=f"sqlite:///{tmp_path / 'tracker.db'}", event_broker=broker)
    monkeypatch.setattr(store, "retrieve", None)  # Rasa's own streaming would load the stored conversation first
    tracker = DialogueStateTracker.from_events("p1", [UserUttered("I take warfarin", intent={"name": "inform"})])
    asyncio.run(store.save(tracker))
    tracker.update(BotUttered("Noted."))
    tracker.update(UserUttered("where do I park?", intent={"name": "ask_parking"}))
    asyncio.run(store.save(tracker))
    assert [(event["sender_id"], event["event"]) for event in broker.published] == [
        ("p1", "user"), ("p1", "bot"), ("p1", "user")]
    assert broker.published[0]["text"] == "I take [MEDICATION]"
    assert broker.published[2]["parse_data"]["intent"]["name"] == "ask_parking"


def test_an_event_broker_that_fails_does_not_fail_the_patients_turn(tmp_path: Path, caplog):
    class BrokenBroker:
        def publish(self, event: dict) -> None:
            raise FileNotFoundError("config/hospital.yml is being replaced")

    path = tmp_path / "tracker.db"
    store = ProtectedSQLTrackerStore(host=f"sqlite:///{path}", event_broker=BrokenBroker())
    asyncio.run(store.save(DialogueStateTracker.from_events("p1", [UserUttered("where do I park?")])))
    assert [e["event"] for e in stored_events(path)] == ["user"]  # stored all the same
    assert "The event broker refused an event of conversation p1: FileNotFoundError" in caplog.text
    assert "park" not in caplog.text


def _said(tracker: DialogueStateTracker | None) -> list[tuple[str, str | None]]:
    return [] if tracker is None else [(event.type_name, getattr(event, "text", None)) for event in tracker.events]


def _turn(tracker: DialogueStateTracker, question: str, answer: str) -> None:
    tracker.update(UserUttered(question))
    tracker.update(BotUttered(answer))


def test_each_message_reads_only_the_rows_added_since_and_sees_every_workers_writes(tmp_path: Path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    worker_a, worker_b = ProtectedSQLTrackerStore(host=url), ProtectedSQLTrackerStore(host=url)
    tracker = DialogueStateTracker.from_events("p4", [])
    for number in range(20):
        _turn(tracker, f"question {number}", f"answer {number}")
    asyncio.run(worker_a.save(tracker))
    assert len(asyncio.run(worker_a.retrieve("p4")).events) == 40

    decrypted = []

    class CountingCipher:
        def __init__(self, cipher) -> None:
            self.cipher = cipher

        def encrypt(self, data: bytes) -> bytes:
            return self.cipher.encrypt(data)

        def decrypt(self, token: bytes) -> bytes:
            decrypted.append(token)
            return self.cipher.decrypt(token)

    cipher = CountingCipher(tracker_store.store_cipher())
    monkeypatch.setattr(tracker_store, "store_cipher", lambda: cipher)
    tracker = asyncio.run(worker_b.retrieve("p4"))  # another worker answers the next message
    _turn(tracker, "where do I park?", "Garage B.")
    asyncio.run(worker_b.save(tracker))
    decrypted.clear()
    seen_by_a = asyncio.run(worker_a.retrieve("p4"))
    assert len(decrypted) == 2  # the two new rows, not the conversation's 42
    assert _said(seen_by_a) == _said(asyncio.run(ProtectedSQLTrackerStore(host=url).retrieve("p4")))
    assert _said(seen_by_a)[-2:] == [("user", "where do I park?"), ("bot", "Garage B.")]


def test_reading_since_the_last_read_gives_what_reading_it_all_gives(tmp_path: Path):
    """New sessions, another worker's rows, a conversation erased and begun again: after each, what a worker that
    read before sees is what one reading everything sees."""
    path = tmp_path / "tracker.db"
    url = f"sqlite:///{path}"
    kept, other = ProtectedSQLTrackerStore(host=url), ProtectedSQLTrackerStore(host=url)

    def check() -> None:
        assert _said(asyncio.run(kept.retrieve("p5"))) == _said(asyncio.run(ProtectedSQLTrackerStore(host=url)
                                                                            .retrieve("p5")))

    tracker = DialogueStateTracker.from_events("p5", [])
    _turn(tracker, "hi", "Hello!")
    asyncio.run(kept.save(tracker))
    check()
    tracker = asyncio.run(other.retrieve("p5"))
    for event in [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]:
        tracker.update(event)
    _turn(tracker, "visiting hours?", "11 am to 8 pm.")
    asyncio.run(other.save(tracker))
    check()
    assert ("user", "hi") not in _said(asyncio.run(kept.retrieve("p5")))  # only the latest session
    tracker = asyncio.run(other.retrieve("p5"))
    _turn(tracker, "and parking?", "Garage B.")
    asyncio.run(other.save(tracker))
    check()
    with sqlite3.connect(path) as connection:  # erased (bot.retention), then the patient writes again
        connection.execute("DELETE FROM events WHERE sender_id = 'p5'")
    assert asyncio.run(kept.retrieve("p5")) is None
    fresh = DialogueStateTracker.from_events("p5", [])
    _turn(fresh, "hello again", "Hi!")
    asyncio.run(other.save(fresh))
    check()
    assert _said(asyncio.run(kept.retrieve("p5"))) == [("user", "hello again"), ("bot", "Hi!")]


def test_secure_conversations_are_not_kept_decrypted_between_messages(tmp_path: Path):
    store = ProtectedSQLTrackerStore(host=f"sqlite:///{tmp_path / 'tracker.db'}")
    for sender in ("secure-abc", "p6"):
        asyncio.run(store.save(DialogueStateTracker.from_events(sender, [UserUttered("I take warfarin")])))
        assert asyncio.run(store.retrieve(sender)).latest_message.text
    assert list(store._loaded) == ["p6"]
