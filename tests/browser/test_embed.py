"""The chat bubble embedded on another site: our one-line snippet, and rasa-webchat as a third-party client.

The servers allow one other origin (ALLOWED_ORIGINS = servers.embed_origin, on localhost: another site than
127.0.0.1); a small static server serves the hospital's "own" pages there. Another origin, not allowed, is
refused by socket.io's CORS check.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import subprocess
import tarfile
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, expect

from bot.channels.webchat import conversation_of
from tests.conftest import ROOT, Servers, free_port

pytestmark = [pytest.mark.integration, pytest.mark.browser]

RASA_WEBCHAT = "rasa-webchat@1.0.1"  # the widget most Rasa deployments use (socket.io-client 3)
RASA_WEBCHAT_DIR = ROOT / "node_modules" / ".cache" / "rasa-webchat-1.0.1"


@contextlib.contextmanager
def _site(directory: Path, port: int) -> Iterator[str]:
    """Static pages on http://localhost:<port>, as the hospital's own web server would serve them."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{port}"
    finally:
        server.shutdown()
        server.server_close()


def _snippet_page(servers: Servers) -> str:
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Riverbend: visiting</title></head>"
            "<body><h1>Visiting our hospital</h1>"
            f'<script src="{servers.rasa_url}/chat/embed.js" async></script></body></html>')


def _rasa_webchat() -> Path:
    """rasa-webchat's standalone bundle, from npm (fetched once into node_modules/.cache)."""
    bundle = RASA_WEBCHAT_DIR / "package" / "lib" / "index.js"
    if not bundle.exists():
        RASA_WEBCHAT_DIR.mkdir(parents=True, exist_ok=True)
        packed = subprocess.run(["npm", "pack", RASA_WEBCHAT, "--silent"], cwd=RASA_WEBCHAT_DIR, check=True,
                                capture_output=True, text=True, timeout=300).stdout.strip().splitlines()[-1]
        with tarfile.open(RASA_WEBCHAT_DIR / packed) as archive:
            archive.extractall(RASA_WEBCHAT_DIR, filter="data")
    return bundle


def test_the_one_line_snippet_puts_the_chat_on_an_allowed_site_and_answers(browser: Browser, servers, facts,
                                                                           tmp_path):
    (tmp_path / "index.html").write_text(_snippet_page(servers), encoding="utf-8")
    with _site(tmp_path, urlsplit(servers.embed_origin).port) as site:
        page = browser.new_page()
        page.goto(f"{site}/index.html")
        page.click("#rb-chat-toggle")
        expect(page.locator("body")).to_have_attribute("data-chat-ready", "true", timeout=20_000)
        page.fill("#rb-chat-input", "what are the ICU visiting hours?")
        page.press("#rb-chat-input", "Enter")
        expect(page.locator(".rb-msg-bot").first).to_contain_text(facts.unit("icu").visiting_hours.describe(),
                                                                   timeout=30_000)
        page.close()


def test_a_site_that_is_not_allowed_cannot_open_the_chat(browser: Browser, servers, tmp_path):
    (tmp_path / "index.html").write_text(_snippet_page(servers), encoding="utf-8")
    with _site(tmp_path, free_port()) as site:
        page = browser.new_page()
        page.goto(f"{site}/index.html")
        page.click("#rb-chat-toggle")
        expect(page.locator("#rb-chat-status")).to_contain_text("Can't reach the chat", timeout=20_000)
        assert page.locator("body").get_attribute("data-chat-ready") is None
        page.close()


def test_rasa_webchat_on_an_allowed_site_gets_a_session_from_the_server_and_answers(browser: Browser, servers,
                                                                                     facts, tmp_path):
    bundle = _rasa_webchat()
    (tmp_path / "webchat.js").write_bytes(bundle.read_bytes())
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Riverbend</title></head><body>"
        "<div id='webchat'></div><script src='webchat.js'></script><script>"
        f"WebChat.default({{socketUrl: '{servers.rasa_url}', socketPath: '/socket.io/', title: 'Riverbend',"
        " initPayload: '/greet', params: {storage: 'session'}}, document.getElementById('webchat'));"
        "</script></body></html>", encoding="utf-8")
    with _site(tmp_path, urlsplit(servers.embed_origin).port) as site:
        page = browser.new_page()
        page.goto(f"{site}/index.html")
        page.click(".rw-launcher")
        page.fill(".rw-new-message", "what are the ICU visiting hours?")
        page.press(".rw-new-message", "Enter")
        hours = facts.unit("icu").visiting_hours.describe()
        expect(page.locator(".rw-response").filter(has_text=hours)).to_have_count(1, timeout=30_000)
        expect(page.locator(".rw-response").first).to_contain_text(facts.hospital.name)  # the greeting first
        # rasa-webchat kept the session token the server issued (not an id of its own choosing).
        stored = page.evaluate("() => Object.values(sessionStorage)")
        kept = [json.loads(value).get("session_id") for value in stored if value.startswith("{")]
        assert any(conversation_of(token) for token in kept if token), kept
        page.close()
