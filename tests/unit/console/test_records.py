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
