"""The app as create_app composes it: every route but the login form and the assets is for logged-in staff, and
every response carries the security headers (one middleware)."""

from __future__ import annotations

import re

from tests.unit.console.conftest import SECURITY_HEADERS, assert_log_in_first, assert_sent_to_login

PUBLIC = {("GET", "/login"), ("POST", "/login"), ("GET", "/static/<name:str>")}
POLLED = {"/queue/rows", "/queue/updates", "/conversations/1/messages"}  # fragments the pages reload by themselves


def _routes(app) -> list[tuple[str, str]]:
    return sorted((method, f"/{route.path}") for route in app.router.routes for method in route.methods)


def _example(pattern: str) -> str:
    """A path matching the route's pattern."""
    return re.sub(r"<[^>]+>", "someone", re.sub(r"<[^>:]+:int>", "1", pattern))


def test_every_route_but_the_login_form_and_the_assets_needs_a_session(console):
    routes = _routes(console.app)
    assert len(routes) == 29 and set(routes) >= PUBLIC
    for method, pattern in routes:
        if (method, pattern) in PUBLIC:
            continue
        path = _example(pattern)
        reply = console.get(path) if method == "GET" else console.post(path, {"text": "hi"})
        if path in POLLED:
            assert_log_in_first(reply)
        else:
            assert_sent_to_login(reply, path)
    assert console.audit() == [] and console.handoff.calls == []


def test_every_response_carries_the_security_headers(console):
    dana = console.staff("agent")
    replies = [console.get("/login"), console.get("/static/console.css"), console.get("/static/nope"),
               console.get("/queue"), console.get("/queue/rows"), console.get("/review", dana),
               console.get("/queue", dana), console.post("/logout", who=dana, csrf=None), console.get("/no/such/page")]
    for reply in replies:
        for name in SECURITY_HEADERS:
            assert name in reply.headers, (reply.url, name)
        assert "frame-ancestors 'none'" in reply.headers["content-security-policy"]
        assert reply.headers["cache-control"] == "no-store"


def test_one_redirect_never_carries_another_ones_location(console):
    assert console.get("/queue").headers["location"] == "/login?next=/queue"
    assert console.get("/supervisor").headers["location"] == "/login?next=/supervisor"
    assert console.get("/").headers["location"] == "/login?next=/"
