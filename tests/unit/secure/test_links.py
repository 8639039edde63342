"""One-time links (bot.secure.links): signed, expiring, single use, naming only their record."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import jwt
import pytest

from bot.secure import links
from bot.secure.links import LinkRefused
from tests.unit.secure.conftest import NOW


def test_a_link_opens_one_session_in_a_new_secure_conversation(db):
    issued = links.issue(db, "web-123", "socketio", carry_over={"topic": "visiting_hours"}, now=NOW)
    entry = links.redeem(db, issued.token, now=NOW + timedelta(minutes=5))
    assert entry.origin_conversation_id == "web-123"
    assert entry.carry_over == {"topic": "visiting_hours"}
    assert entry.conversation_id.startswith("secure-") and entry.conversation_id != "web-123"
    assert links.session_conversation(db, entry.session_token, now=NOW) == entry.conversation_id
    assert links.session_conversation(db, "forged", now=NOW) is None
    assert links.session_conversation(db, entry.session_token, now=NOW + timedelta(hours=13)) is None


def test_a_secure_session_ends_when_idle_and_polling_does_not_keep_it_alive(db):
    entry = links.redeem(db, links.issue(db, "web-123", "socketio", now=NOW).token, now=NOW)
    for minutes in range(20, 12 * 60, 20):  # a patient writing every 20 minutes all day
        assert links.session_conversation(db, entry.session_token, now=NOW + timedelta(minutes=minutes))
    assert links.session_conversation(db, entry.session_token, now=NOW + timedelta(hours=12, seconds=1)) is None
    idle = links.redeem(db, links.issue(db, "web-124", "socketio", now=NOW).token, now=NOW)
    for minutes in range(1, 30):  # the page polls for staff replies; the patient has gone
        assert links.session_conversation(db, idle.session_token, now=NOW + timedelta(minutes=minutes), active=False)
    assert links.session_conversation(db, idle.session_token, now=NOW + timedelta(minutes=30, seconds=1)) is None


def test_the_same_link_a_second_time_is_refused(db):
    issued = links.issue(db, "web-123", "socketio", now=NOW)
    links.redeem(db, issued.token, now=NOW)
    with pytest.raises(LinkRefused, match="used"):
        links.redeem(db, issued.token, now=NOW)


def test_an_expired_link_is_refused(db):
    issued = links.issue(db, "web-123", "socketio", now=datetime.now(timezone.utc) - timedelta(minutes=16))
    with pytest.raises(LinkRefused, match="expired"):
        links.redeem(db, issued.token)


def test_a_tampered_link_is_refused(db):
    token = links.issue(db, "web-123", "socketio", now=NOW).token
    header, payload, signature = token.split(".")
    flipped = signature[:-2] + ("AA" if signature[-2:] != "AA" else "BB")
    for bad in (f"{header}.{payload}.{flipped}", token[:-1], "not-a-token", ""):
        with pytest.raises(LinkRefused, match="invalid"):
            links.redeem(db, bad, now=NOW)


def test_a_link_carries_only_its_id_and_a_token_naming_no_issued_link_is_refused(db):
    issued = links.issue(db, "web-victim-0042", "socketio", now=NOW)
    readable = jwt.decode(issued.token, options={"verify_signature": False})
    assert set(readable) == {"jti", "aud", "iat", "exp"} and readable["jti"] == issued.id
    assert "web-victim-0042" not in json.dumps(readable)
    forged = jwt.encode(
        {"jti": "not-an-issued-link", "aud": links.AUDIENCE, "exp": NOW + timedelta(minutes=5)},
        "test-link-secret-not-secret-0123456789abcdef",
        algorithm="HS256",
    )
    with pytest.raises(LinkRefused, match="invalid"):
        links.redeem(db, forged, now=NOW)


def test_two_racing_redemptions_let_only_one_in(db):
    issued = links.issue(db, "web-123", "socketio", now=NOW)
    first, second = links.check_link(db, issued.token, now=NOW), links.check_link(db, issued.token, now=NOW)
    links.open_session(db, first, now=NOW)
    with pytest.raises(LinkRefused, match="used"):
        links.open_session(db, second, now=NOW)
