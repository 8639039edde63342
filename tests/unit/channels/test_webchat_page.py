"""The web chat's demo page, its embed script and its static files: every response carries the security headers,
added in one place (a response middleware); the page may be framed only by the sites allowed to embed the chat."""

from __future__ import annotations

import pytest

from bot.channels.webchat_page import SECURITY_HEADERS, WebChatPage
from tests.fake_rasa import Server

PATHS = ["/chat/", "/chat/embed.js", "/chat/static/webchat.js", "/chat/static/webchat.css",
         "/chat/static/socket.io.min.js"]


@pytest.fixture
def page(monkeypatch: pytest.MonkeyPatch) -> Server:
    monkeypatch.setenv("ALLOWED_ORIGINS", "https://www.riverbend-hospital.example")
    return Server(WebChatPage())


@pytest.mark.parametrize("path", PATHS)
def test_every_response_carries_the_security_headers(page, path):
    reply = page.get(path)
    assert reply.status_code == 200
    for header in ("X-Content-Type-Options", "Referrer-Policy"):
        assert reply.headers[header] == SECURITY_HEADERS[header]
    assert "default-src 'self'" in reply.headers["Content-Security-Policy"]


def test_only_the_hospitals_sites_may_frame_the_page_and_nothing_frames_the_rest(page):
    csp = page.get("/chat/").headers["Content-Security-Policy"]
    [framers] = [part.split()[1:] for part in csp.split("; ") if part.startswith("frame-ancestors")]
    assert "https://www.riverbend-hospital.example" in framers and "'none'" not in framers
    assert "frame-ancestors 'none'" in page.get("/chat/static/webchat.js").headers["Content-Security-Policy"]


def test_the_embed_script_is_revalidated_and_the_rest_is_never_cached(page):
    assert page.get("/chat/embed.js").headers["Cache-Control"] == "no-cache"
    assert page.get("/chat/").headers["Cache-Control"] == "no-store"


def test_one_responses_headers_never_reach_the_next(page):
    page.get("/chat/")  # the framed page's policy is its own
    assert "frame-ancestors 'none'" in page.get("/chat/embed.js").headers["Content-Security-Policy"]


def test_no_other_file_is_served(page):
    assert page.get("/chat/static/..%2f..%2fsettings.py").status_code == 404
    assert page.get("/chat/static/index.html").status_code == 404
