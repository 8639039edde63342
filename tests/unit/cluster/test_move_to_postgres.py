"""Moving a single-process deployment's SQLite data to a real PostgreSQL: every conversation and row, once."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.cluster.move_to_postgres import MoveError, main, move
from bot.handoff import queue
from bot.storage.database import Database
from bot.storage.models import AuditEntry, Escalation
from bot.tracker_store import ProtectedSQLTrackerStore
from tests.conftest import new_postgres_database


def _conversation(sender: str, question: str) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(sender, [
        ActionExecuted("action_listen"), UserUttered(question), BotUttered("Parking is in Garage P1."),
        ActionExecuted("action_listen"),
    ])


def _sqlite_deployment(folder: Path) -> tuple[str, str]:
    tracker_url, app_url = f"sqlite:///{folder / 'tracker.db'}", f"sqlite:///{folder / 'app.db'}"
    store = ProtectedSQLTrackerStore(host=tracker_url)
    for n in range(3):
        asyncio.run(store.save(_conversation(f"patient-{n}", f"where do I park, question {n}?")))
    db = Database(app_url)
    queue.escalate(db, "patient-1", "rest", "request_human", "where do I park")
    with db.session() as session:
        session.add(AuditEntry(username="admin", action="login"))
    return tracker_url, app_url


def test_conversations_and_app_data_arrive_whole_and_new_rows_follow_them(tmp_path, postgres_server):
    tracker_from, app_from = _sqlite_deployment(tmp_path)
    tracker_to, app_to = new_postgres_database(postgres_server), new_postgres_database(postgres_server)

    moved = {item.table: item.rows for item in move(tracker_from, tracker_to, app_from, app_to)}

    assert moved["events"] == 12 and moved["escalations"] == 1 and moved["audit_log"] == 1
    store = ProtectedSQLTrackerStore(host=tracker_to)
    for n in range(3):
        tracker = asyncio.run(store.retrieve(f"patient-{n}"))
        assert tracker.latest_message.text == asyncio.run(
            ProtectedSQLTrackerStore(host=tracker_from).retrieve(f"patient-{n}")).latest_message.text
    # the servers go on writing: a new conversation and a new queue item get ids after the copied ones
    asyncio.run(store.save(_conversation("patient-new", "and the visiting hours?")))
    db = Database(app_to)
    queue.escalate(db, "patient-new", "rest", "request_human", "visiting hours")
    with db.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Escalation)) == 2


def test_a_target_that_already_holds_data_is_refused_and_left_as_it_was(tmp_path, postgres_server):
    tracker_from, app_from = _sqlite_deployment(tmp_path)
    tracker_to, app_to = new_postgres_database(postgres_server), new_postgres_database(postgres_server)
    move(tracker_from, tracker_to, app_from, app_to)

    with pytest.raises(MoveError, match="already holds rows"):
        move(tracker_from, tracker_to, app_from, app_to)
    with sa.create_engine(tracker_to).connect() as connection:
        assert connection.execute(sa.text("SELECT COUNT(*) FROM events")).scalar() == 12


def test_the_command_names_what_it_moved_and_refuses_a_sqlite_target(tmp_path, postgres_server, capsys):
    tracker_from, app_from = _sqlite_deployment(tmp_path)
    tracker_to, app_to = new_postgres_database(postgres_server), new_postgres_database(postgres_server)
    assert main(["--tracker-from", tracker_from, "--app-from", app_from, "--tracker-to", tracker_to,
                 "--app-to", app_to]) == 0
    assert "events" in capsys.readouterr().out
    assert main(["--tracker-from", tracker_from, "--app-from", app_from, "--tracker-to", tracker_from,
                 "--app-to", app_to]) == 1
    assert "PostgreSQL" in capsys.readouterr().err
