"""What every secure chat route shares: the context made once per blueprint (kept on `app.ctx.secure_chat`), and
the plain pages that stand in for the chat (a link's button, a refusal, how to get a link)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guard import Handler
from bot.facts import FactsSource, facts_source
from bot.settings import Settings
from bot.storage.database import Database, app_database

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"


@dataclass(frozen=True)
class SecureChat:
    """Everything the routes share, made once per blueprint by `create`."""

    settings: Settings
    db: Database  # the app database: links, sessions, held messages
    facts: FactsSource
    page_template: str  # static/secure.html, its {{placeholders}} filled in per request
    handle: Handler  # Rasa's message handler behind the ingress (bot.channels.guard) in secure mode
    channel: str  # the input channel's name, given with every message

    @classmethod
    def create(cls, settings: Settings, handle: Handler, channel: str) -> SecureChat:
        return cls(settings=settings, db=app_database(), facts=facts_source(settings.paths.facts_path),
                   page_template=(STATIC_DIR / "secure.html").read_text(encoding="utf-8"), handle=handle,
                   channel=channel)

    async def install(self, app: Any, _: Any) -> None:
        """A listener of the server's start: the routes find the context on the app."""
        app.ctx.secure_chat = self


def secure_chat_of_app(app: Any) -> SecureChat:
    return app.ctx.secure_chat


def secure_chat_of(request: Request) -> SecureChat:
    return secure_chat_of_app(request.app)


def notice_page(title: str, body_html: str, status: int = 200, head_html: str = "",
                headers: dict[str, str] | None = None) -> HTTPResponse:
    """A plain page of the secure chat's style; `headers`: those it sets itself (the security headers' middleware
    adds the rest)."""
    document = (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{head_html}"
        f"<title>{html.escape(title)}</title><link rel=\"stylesheet\" href=\"/secure/static/webchat.css\"></head>"
        f"<body class=\"rb-notice\"><main><h1>{html.escape(title)}</h1>{body_html}</main></body></html>"
    )
    return response.html(document, status=status, headers=headers)
