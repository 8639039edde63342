"""bot.secure.held: messages held for the secure chat."""

from __future__ import annotations

from datetime import timedelta

from bot.secure import held
from tests.unit.secure.conftest import NOW


def test_a_held_message_is_encrypted_given_back_once_and_purged_when_expired(db, tmp_path):
    kept = held.hold(db, "web-1", "I'm HIV positive and need my results", timedelta(minutes=15), now=NOW)
    expired = held.hold(db, "web-2", "my DOB is 04/12/1985", timedelta(minutes=15), now=NOW - timedelta(hours=1))
    assert b"HIV positive" not in (tmp_path / "app.db").read_bytes()  # (three letters alone can occur in ciphertext)
    assert held.purge_expired(db, now=NOW) == 1
    assert held.take(db, expired, now=NOW) is None
    assert held.take(db, kept, now=NOW) == "I'm HIV positive and need my results"
    assert held.take(db, kept, now=NOW) is None
