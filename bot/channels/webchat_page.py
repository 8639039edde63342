"""Serves the chat bubble: `/chat/embed.js` for any page of an allowed origin, and a demo page at /chat.

`<script src="https://ASSISTANT-ADDRESS/chat/embed.js" async></script>` on a page of the hospital's site
(an origin listed in ALLOWED_ORIGINS) adds the bubble; the widget then talks to the socket.io channel
(bot/channels/webchat.py) at the assistant's address, which accepts only allowed origins. The demo page
uses the same line. This channel receives no messages itself.
"""

from __future__ import annotations

import html
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.exceptions import NotFound
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guard import MAX_MESSAGE_CHARS
from bot.facts import facts_source
from bot.settings import PROJECT_ROOT, load_settings
from bot.web_security import security_headers

STATIC_DIR = Path(__file__).parent / "static"
SOCKET_IO_CLIENT = PROJECT_ROOT / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"
ASSETS = {
    "webchat.js": (STATIC_DIR / "webchat.js", "application/javascript"),
    "webchat.css": (STATIC_DIR / "webchat.css", "text/css"),
    "socket.io.min.js": (SOCKET_IO_CLIENT, "application/javascript"),
}
EMBED_SCRIPT = STATIC_DIR / "embed.js"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws: wss:; "
        "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


async def serve_asset(assets: dict[str, tuple[Path, str]], name: str) -> HTTPResponse:
    """One of a page's static files, by name only (no paths from the request); the surface's middleware adds the
    security headers."""
    if name not in assets:
        raise NotFound("no such file")
    path, content_type = assets[name]
    return await response.file(path, mime_type=content_type)


class WebChatPage(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "chat"

    def url_prefix(self) -> str:
        # Rasa joins this onto "/webhooks/"; an absolute path puts the page at /chat.
        return "/chat"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        page = Blueprint("webchat_page", __name__)
        page.middleware(security_headers(SECURITY_HEADERS), "response")
        settings = load_settings()
        facts = facts_source(settings.paths.facts_path)
        template = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
        embed_template = EMBED_SCRIPT.read_text(encoding="utf-8")
        # The demo page may be framed by the sites allowed to embed the chat, and by no other.
        framed_csp = SECURITY_HEADERS["Content-Security-Policy"].replace(
            "frame-ancestors 'none'", "frame-ancestors " + " ".join(settings.servers.allowed_origins))

        @page.route("/", methods=["GET"])
        async def index(_: Request) -> HTTPResponse:
            current = facts.get()
            body = template.replace("{{hospital_name}}", html.escape(current.hospital.name))
            body = body.replace("{{emergency_number}}", html.escape(current.emergency.number))
            return response.html(body, headers={"Content-Security-Policy": framed_csp})

        @page.route("/embed.js", methods=["GET"])
        async def embed(_: Request) -> HTTPResponse:
            config = {"hospital": facts.get().hospital.name, "maxChars": MAX_MESSAGE_CHARS}
            # JSON is valid JavaScript; "<" escaped so that no "</script>" can appear in the file either.
            script = embed_template.replace("{{config}}", json.dumps(config).replace("<", "\\u003c"))
            return response.text(script, content_type="application/javascript; charset=utf-8",
                                 headers={"Cache-Control": "no-cache"})

        @page.route("/static/<name>", methods=["GET"])
        async def asset(_: Request, name: str) -> HTTPResponse:
            return await serve_asset(ASSETS, name)

        return page
