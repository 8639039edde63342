"""The ingress: what Rasa receives, what the app database gets, and what happens when it is down."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from sqlalchemy.exc import OperationalError

from bot import log_privacy
from bot.channels import guard
from bot.secure import SECURE_PREVIEW, held
from bot.storage.database import Database

CRISIS = "my husband has crushing chest pain and cannot breathe"


def _message(text: str, sender: str = "patient-1", metadata: dict | None = None) -> UserMessage:
    return UserMessage(text, CollectingOutputChannel(), sender, input_channel="rest", metadata=metadata)


def _run(message: UserMessage) -> list[UserMessage]:
    received: list[UserMessage] = []

    async def on_new_message(safe: UserMessage) -> None:
        received.append(safe)
        logging.getLogger("rasa.core.processor").info("Received user message '%s'", safe.text)

    asyncio.run(guard.guarded(on_new_message)(message))
    return received


@pytest.fixture
def app_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "app.db"
    monkeypatch.setattr(guard, "app_database", lambda: Database(f"sqlite:///{path}"))
    return path


def test_rasa_receives_only_redacted_text_the_flags_and_the_held_message_id(app_db):
    text = "I'm diabetic, what are ICU visiting hours?"
    received = _run(_message(text, metadata={"note": "HIV positive"}))
    assert [m.text for m in received] == ["I'm [CONDITION], what are ICU visiting hours?"]
    metadata = received[0].metadata
    assert metadata["safety"] == {"sensitive": True, "crisis": None, "kinds": ["condition"], "sentiment": 0.0}
    assert set(metadata) == {"safety", "held_message"}
    assert b"diabetic" not in app_db.read_bytes()  # held, but encrypted
    assert held.take(guard.app_database(), metadata["held_message"]) == text


def test_routine_and_crisis_messages_are_not_held(app_db):
    received = _run(_message("where do I park?")) + _run(_message(CRISIS))
    assert ["held_message" in m.metadata for m in received] == [False, False]


def test_the_secure_chat_gets_the_whole_text_and_still_the_crisis_handling(app_db):
    received: list[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        received.append(message)

    message = _message(CRISIS, sender="secure-0123abcd")
    message.input_channel = "secure"
    asyncio.run(guard.guarded(on_new_message, secure=True)(message))
    assert received[0].text == CRISIS
    assert set(received[0].metadata) == {"safety"}
    assert received[0].metadata["safety"]["crisis"] == "medical_emergency"
    with sqlite3.connect(app_db) as db:
        [(channel, redacted_text)] = db.execute("SELECT channel, redacted_text FROM escalations").fetchall()
    assert channel == "secure" and redacted_text == SECURE_PREVIEW  # not even redacted text leaves the store


def test_public_channels_refuse_secure_conversation_ids(app_db):
    message = _message("where do I park?", sender="secure-0123abcd")
    assert _run(message) == []
    assert message.output_channel.messages[0]["text"] == guard.RESERVED_ID_REPLY


def test_forged_flags_from_a_client_are_overwritten(app_db):
    forged = {"safety": {"sensitive": False, "crisis": "self_harm", "kinds": []}}
    received = _run(_message("my SSN is 123-45-6789", metadata=forged))
    assert received[0].metadata["safety"] == {"sensitive": True, "crisis": None, "kinds": ["ssn"], "sentiment": 0.0}


def test_flags_are_stored_and_a_crisis_opens_one_urgent_ticket_per_conversation(app_db):
    _run(_message("where do I park?"))
    _run(_message(CRISIS))
    _run(_message("he is still having chest pain and can't breathe"))
    with sqlite3.connect(app_db) as db:
        flags = db.execute("SELECT sensitive, crisis, kinds FROM message_flags ORDER BY id").fetchall()
        tickets = db.execute("SELECT reason, urgent, status, message_count FROM escalations").fetchall()
    assert flags[0] == (0, None, "")
    assert flags[1][:2] == (1, "medical_emergency")
    assert tickets == [("medical_emergency", 1, "open", 2)]
    assert b"chest pain" not in app_db.read_bytes()


def test_unreadable_messages_are_answered_and_not_passed_on(app_db):
    empty = _message("   ")
    assert _run(empty) == []
    assert empty.output_channel.messages[0]["text"] == guard.EMPTY_REPLY
    assert not app_db.exists()


def test_a_database_that_is_down_loses_no_reply_and_logs_no_text(monkeypatch, caplog):
    # Nothing listens on port 1: the app database is down.
    monkeypatch.setattr(guard, "app_database", lambda: Database("postgresql://nobody@127.0.0.1:1/app"))
    log_privacy.install()
    with caplog.at_level(logging.INFO):
        received = _run(_message(CRISIS))
    assert [m.metadata["safety"]["crisis"] for m in received] == ["medical_emergency"]
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and "URGENT crisis ticket" in errors[0] and "patient-1" in errors[0]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "chest pain" not in logged
    assert "Received user message '[message text]'" in logged


def _run_with_stores_down(message: UserMessage) -> list[str]:
    async def on_new_message(safe: UserMessage) -> None:
        raise OperationalError("SELECT ...", {}, Exception("connection refused"))  # the tracker store

    asyncio.run(guard.guarded(on_new_message)(message))
    return [sent["text"] for sent in message.output_channel.messages]


def test_a_patient_whose_message_cannot_be_handled_is_asked_to_send_it_again(app_db, caplog):
    with caplog.at_level(logging.ERROR):
        replies = _run_with_stores_down(_message("where can I park?"))
    assert len(replies) == 1 and "send your message again in a few minutes" in replies[0]
    assert "911" in replies[0]
    assert [r.getMessage() for r in caplog.records] == [
        "Message in conversation patient-1 not handled: OperationalError"]


def test_a_crisis_that_cannot_be_handled_still_gets_the_emergency_number_first(app_db):
    replies = _run_with_stores_down(_message(CRISIS))
    assert len(replies) == 2 and "911" in replies[0] and "send your message again" in replies[1]


def test_a_long_message_is_screened_to_its_end(app_db):
    text = "where do I park for the cardiology clinic please? " * 35 + "my SSN is 123-45-6789"
    assert guard.LONG_MESSAGE_CHARS < len(text) <= guard.MAX_MESSAGE_CHARS
    [received] = _run(_message(text))
    assert received.text.endswith("my SSN is [SSN]")
    assert received.metadata["safety"]["kinds"] == ["ssn"]
