"""bot.web_security, the one implementation of sessions, cookies and security headers behind the console and the
secure chat (whose own tests cover them through their routes)."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

from sanic import response

from bot.web_security import MAX_TOKEN_LENGTH, Cookie, SessionLength, keep_alive, readable_token, security_headers

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
LENGTH = SessionLength(idle=timedelta(minutes=30), longest=timedelta(hours=12))


def test_a_cookie_is_secure_http_only_same_site_strict_and_cleared_alike():
    reply = response.json({})
    Cookie("rb_test", path="/area").set(reply, "token-1", max_age=600)
    assert reply.cookies["rb_test"].encode("utf-8") == (
        b"rb_test=token-1; Path=/area; HttpOnly; Secure; SameSite=Strict; Max-Age=600")
    cleared = response.json({})
    Cookie("rb_test", path="/area").clear(cleared)
    assert cleared.cookies["rb_test"].encode("utf-8") == (
        b'rb_test=""; Path=/area; HttpOnly; Secure; SameSite=Strict; Max-Age=0')


def test_the_headers_are_added_unless_the_route_set_its_own_and_never_shared_between_responses():
    add = security_headers({"Content-Security-Policy": "default-src 'self'", "Cache-Control": "no-store"})
    own = response.html("", headers={"Content-Security-Policy": "form-action 'self'"})
    first, second = response.redirect("/one"), response.redirect("/two")
    for reply in (own, first, second):
        asyncio.run(add(None, reply))
    assert own.headers["content-security-policy"] == "form-action 'self'" and own.headers["cache-control"] == "no-store"
    assert (first.headers["location"], second.headers["location"]) == ("/one", "/two")
    assert first.headers["content-security-policy"] == "default-src 'self'"


def test_only_plausible_tokens_are_looked_up():
    assert readable_token("x" * MAX_TOKEN_LENGTH)
    for token in (None, "", "x" * (MAX_TOKEN_LENGTH + 1), 42, b"bytes"):
        assert not readable_token(token)


def test_activity_moves_the_idle_deadline_on_at_most_once_a_minute_never_past_the_full_length():
    row = SimpleNamespace(created_at=NOW, expires_at=NOW + LENGTH.idle)
    assert LENGTH.first_deadline(NOW) == row.expires_at
    keep_alive(row, LENGTH, NOW + timedelta(seconds=50))
    assert row.expires_at == NOW + LENGTH.idle  # not a write for under a minute
    keep_alive(row, LENGTH, NOW + timedelta(minutes=10), active=False)
    assert row.expires_at == NOW + LENGTH.idle  # polling
    keep_alive(row, LENGTH, NOW + timedelta(minutes=10))
    assert row.expires_at == NOW + timedelta(minutes=40)
    keep_alive(row, LENGTH, NOW + timedelta(hours=11, minutes=50))
    assert row.expires_at == NOW + LENGTH.longest
