"""bot.console.records: the console's own records (staff replies and notes)."""

from __future__ import annotations

import sqlite3

from bot.console import records


def test_replies_and_notes_are_stored_encrypted(db, tmp_path):
    reply = records.add_reply(db, 1, "c6", 1, "Your appointment is on Tuesday")
    records.mark_reply(db, reply, "failed", "the web chat could not send it")
    records.add_note(db, 1, "c6", 1, "Patient mentioned her insulin dose")
    assert [(r.text, r.status) for r in records.replies_of(db, 1)] == [("Your appointment is on Tuesday", "failed")]
    assert [n.text for n in records.notes_of(db, 1)] == ["Patient mentioned her insulin dose"]
    raw = (tmp_path / "app.db").read_bytes()
    assert b"Tuesday" not in raw and b"insulin" not in raw
    with sqlite3.connect(tmp_path / "app.db") as connection:
        assert connection.execute("SELECT count(*) FROM staff_notes").fetchone() == (1,)


def test_the_first_reply_is_kept_on_its_queue_item_for_the_response_times(db):
    from bot.handoff import queue
    from bot.storage.models import Escalation

    item = queue.escalate(db, "web-first", "socketio", "request_human", "a person please")
    first = records.add_reply(db, item, "web-first", 7, "Hello, this is Ann")
    records.add_reply(db, item, "web-first", 8, "Bo here too")
    with db.session() as session:
        escalation = session.get(Escalation, item)
        replies = {reply.id: reply.created_at for reply in records.replies_of(db, item)}
        assert (escalation.first_reply_by, escalation.first_reply_at) == (7, replies[first])
