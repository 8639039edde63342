"""The staff console: server-rendered pages (Sanic + Jinja2), its own process and port.

Pages: /login, /queue (live: its rows reload every 2 s), /conversations/<id> (transcript, notes,
claim / release / reply / transfer / resolve, "bot misunderstood"; every opening is audited), /supervisor
(counts per queue), /audit (who opened what), /review (trainers: label what the assistant was unsure of,
written as Rasa training data by bot.review), /staff (accounts, admin only).
Security: a session cookie (HttpOnly, Secure, SameSite=Strict; only its hash is stored), a CSRF
token per session in every form, roles checked on every route, a strict CSP. The console talks to
the Rasa server only through its token-protected handoff API (bot.handoff.client) and never logs
message text (bot.log_privacy is installed by __main__).

Layout: one blueprint per area in `pages/` (login, queue, conversation, review, staff, supervisor), composed
here; what they share (settings, database, facts, handoff client, templates, login throttle) is one
`web.ConsoleContext` on `app.ctx.console`; who may use a route is decided by `access.staff_only`. Sessions,
their cookies and the security headers' middleware are bot.web_security's, shared with the secure chat;
the header values (`HEADERS`) are the console's own.
"""

from __future__ import annotations

from sanic import Sanic

from bot.console.pages import BLUEPRINTS
from bot.console.web import ConsoleContext
from bot.handoff.client import HandoffClient
from bot.settings import Settings
from bot.storage.database import Database
from bot.web_security import security_headers

MAX_REQUEST_BYTES = 64 * 1024
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


def create_app(settings: Settings, db: Database, name: str = "riverbend_console",
               client: HandoffClient | None = None) -> Sanic:
    """The console app; `client` replaces the handoff API client (the unit tests give a fake one)."""
    app = Sanic(name)
    app.config.REQUEST_MAX_SIZE = MAX_REQUEST_BYTES
    app.ctx.console = ConsoleContext.create(settings, db, client)
    app.register_middleware(security_headers(HEADERS), "response")
    app.blueprint(BLUEPRINTS)
    return app

