"""Login, logout, the assets, the home redirect, and the headers every console response carries."""

from __future__ import annotations

import pytest

from bot.console import auth
from tests.unit.console.conftest import (
    BAD_FORM,
    CSRF_FIELD,
    PASSWORD,
    assert_refused,
    assert_sent_to_login,
)


def _cookies(reply) -> dict[str, dict[str, str]]:
    """Set-Cookie headers as {name: {"value": ..., attribute: value}} (attribute names lower-cased)."""
    found = {}
    for header in reply.headers.get_list("set-cookie"):
        name_value, *attributes = [part.strip() for part in header.split(";")]
        name, _, value = name_value.partition("=")
        found[name] = {"value": value.strip('"')}
        for attribute in attributes:
            key, _, setting = attribute.partition("=")
            found[name][key.lower()] = setting
    return found


# --- assets ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "mime"), [("console.js", "application/javascript"), ("console.css", "text/css")])
def test_the_two_assets_are_served_without_a_session(console, name, mime):
    reply = console.get(f"/static/{name}")
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith(mime)
    assert len(reply.content) > 100


def test_nothing_else_is_served_from_static(console):
    for name in ("base.html", "..%2Fapp.py", "secret.txt"):
        reply = console.get(f"/static/{name}")
        assert reply.status_code == 404 and reply.text == "not found"


# --- the login form --------------------------------------------------------------------------------


def test_the_login_form_sets_its_own_csrf_cookie(console):
    reply = console.get("/login?next=/queue")
    assert reply.status_code == 200
    cookie = _cookies(reply)["rb_console_login"]
    assert CSRF_FIELD.search(reply.text).group(1) == cookie["value"]
    assert {key: cookie.get(key) for key in ("path", "max-age", "samesite")} == {
        "path": "/", "max-age": "3600", "samesite": "Strict"}
    assert "httponly" in cookie and "secure" in cookie
    assert 'name="next" value="/queue"' in reply.text


@pytest.mark.parametrize(("query", "shown"), [
    ("error=invalid", "Wrong username or password."),
    ("error=throttled&wait=3", "Try again in 3 minutes"),
    ("error=throttled&wait=soon", "Try again in a few minutes"),
    ("error=expired", "The login form expired."),
])
def test_the_login_form_explains_why_the_last_attempt_failed(console, query, shown):
    assert shown in console.get(f"/login?{query}").text


def test_a_login_opens_a_session_and_goes_to_the_page_asked_for(console):
    auth.create_user(console.db, "dana", "Dana Agent", "agent", PASSWORD)
    reply = console.log_in("dana", next_page="/conversations/4")
    assert reply.status_code == 303 and reply.headers["location"] == "/conversations/4"
    cookies = _cookies(reply)
    session = cookies["rb_console"]
    assert session["max-age"] == str(10 * 3600) and "httponly" in session and "secure" in session
    assert session["samesite"] == "Strict" and session["path"] == "/"
    assert cookies["rb_console_login"]["value"] == "" and cookies["rb_console_login"]["max-age"] == "0"
    user, _ = auth.session_user(console.db, session["value"])
    assert user.username == "dana"
    assert console.audit() == [(user.id, "dana", "login", "127.0.0.1", None, None, "")]


@pytest.mark.parametrize("next_page", ["//evil.example/", "https://evil.example/", ""])
def test_a_login_never_leaves_the_console(console, next_page):
    auth.create_user(console.db, "dana", "Dana Agent", "agent", PASSWORD)
    assert console.log_in("dana", next_page=next_page).headers["location"] == "/"


def test_a_wrong_password_is_refused_and_audited(console):
    auth.create_user(console.db, "dana", "Dana Agent", "agent", PASSWORD)
    reply = console.log_in("dana", "not the password", next_page="/queue")
    assert reply.status_code == 303 and reply.headers["location"] == "/login?error=invalid&next=/queue"
    assert "rb_console" not in _cookies(reply)
    assert console.audit() == [(None, "dana", "login_invalid", "127.0.0.1", None, None, "")]


def test_repeated_failures_are_throttled_with_the_wait_in_minutes(make_console, monkeypatch):
    monkeypatch.setenv("CONSOLE_LOCKOUT_ATTEMPTS", "1")
    console = make_console()
    auth.create_user(console.db, "dana", "Dana Agent", "agent", PASSWORD)
    console.log_in("dana", "wrong password 1")
    reply = console.log_in("dana", PASSWORD)  # the right password, but too late
    assert reply.status_code == 303 and reply.headers["location"] == "/login?error=throttled&wait=15&next=/"
    assert "rb_console" not in _cookies(reply)
    assert [row[1:4] for row in console.audit()] == [("dana", "login_invalid", "127.0.0.1"),
                                                     ("dana", "login_throttled", "127.0.0.1")]


def test_a_login_form_without_its_cookie_or_token_is_refused(console):
    auth.create_user(console.db, "dana", "Dana Agent", "agent", PASSWORD)
    token = console.login_form_token()
    form = {"username": "dana", "password": PASSWORD}
    for reply in (console.post("/login", form, csrf=token),  # no cookie
                  console.post("/login", form, csrf="other", cookies={"rb_console_login": token}),
                  console.post("/login", form, csrf=None, cookies={"rb_console_login": token})):
        assert reply.status_code == 303 and reply.headers["location"] == "/login?error=expired"
        assert "rb_console" not in _cookies(reply)
    assert console.audit() == []


# --- logout ----------------------------------------------------------------------------------------


def test_logout_ends_the_session_and_clears_the_cookie(console):
    dana = console.staff("agent")
    reply = console.post("/logout", who=dana)
    assert reply.status_code == 303 and reply.headers["location"] == "/login"
    cookie = _cookies(reply)["rb_console"]
    assert cookie["value"] == "" and cookie["max-age"] == "0"
    assert auth.session_user(console.db, dana.token) is None
    assert_sent_to_login(console.get("/queue", dana), "/queue")
    assert [row[1:4] for row in console.audit()] == [(dana.username, "logout", "127.0.0.1")]


def test_logout_needs_a_session_and_the_session_csrf_token(console):
    assert_sent_to_login(console.post("/logout"), "/logout")
    dana = console.staff("agent")
    assert_refused(console.post("/logout", who=dana, csrf=None), BAD_FORM)
    assert_refused(console.post("/logout", who=dana, csrf="forged"), BAD_FORM)
    assert auth.session_user(console.db, dana.token) is not None


# --- home ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("role", "target"), [("agent", "/queue"), ("supervisor", "/queue"), ("admin", "/queue"),
                                              ("trainer", "/review")])
def test_home_sends_each_role_to_its_work(console, role, target):
    reply = console.get("/", console.staff(role))
    assert reply.status_code == 302 and reply.headers["location"] == target


def test_home_needs_a_session(console):
    assert_sent_to_login(console.get("/"), "/")


def test_an_unknown_or_ended_session_is_no_session(console):
    assert_sent_to_login(console.get("/", cookies={"rb_console": "made-up"}), "/")
