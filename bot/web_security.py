"""Browser sessions, their cookies and the security headers: one implementation for the project's two web
surfaces that keep a session, the staff console (bot.console) and the patient's secure chat
(bot.channels.secure_chat). Each surface keeps its own values (cookie names and paths, session lengths, header
values); how they are applied is decided here only.

- **Sessions**: a random token goes to the browser; only its SHA-256 is stored, in a table with `token_hash`,
  `created_at` and `expires_at` columns (`staff_sessions`, `secure_sessions`). `expires_at` is the idle deadline:
  activity moves it on (at most one write a minute), never past the session's full length.
- **Cookies**: Secure (browsers treat http://localhost and 127.0.0.1 as secure contexts too), HttpOnly,
  SameSite=Strict; cleared with the same attributes.
- **Security headers**: one response middleware per surface, each header set only where the route did not set
  its own (a page that may post a form widens its CSP itself).
- **Bearer tokens** of the servers' own APIs (Rasa's HTTP API, the hand-off API the console calls): one check.

This module imports no other package of the project, so that both surfaces can use it without importing each
other.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import sqlalchemy as sa
from sanic.request import Request
from sanic.response import HTTPResponse

MAX_TOKEN_LENGTH = 200  # longer cookie values are not looked up (ours are 43 characters)
RENEWAL_STEP = timedelta(minutes=1)  # an active session's deadline is written at most once a minute



def bearer_token_ok(authorization: str | None, token: str | None) -> bool:
    """Whether an Authorization header is exactly `Bearer <token>` (constant-time comparison; no token set: no)."""
    if not token or not authorization:
        return False
    return hmac.compare_digest(authorization.encode(), f"Bearer {token}".encode())


# --- sessions ------------------------------------------------------------------------------------


class SessionRow(Protocol):
    """A stored session: what this module reads and writes of the surfaces' session tables."""

    token_hash: str
    created_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class SessionLength:
    """How long a session lasts: `idle` without activity, `longest` in all."""

    idle: timedelta
    longest: timedelta

    def first_deadline(self, opened: datetime) -> datetime:
        """When a session opened at `opened` ends if nothing is done in it."""
        return opened + min(self.idle, self.longest)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def readable_token(token: object) -> bool:
    """Whether a cookie value can be a session token at all (else it is not even looked up)."""
    return isinstance(token, str) and 0 < len(token) <= MAX_TOKEN_LENGTH


def add_session(session: sa.orm.Session, model: type[Any], length: SessionLength, now: datetime,
                **columns: Any) -> str:
    """Add a new session row of `model` (its other `columns` given) to `session`; the token for the cookie."""
    token = secrets.token_urlsafe(32)
    session.add(model(token_hash=token_hash(token), created_at=now, expires_at=length.first_deadline(now), **columns))
    return token


def find_session(session: sa.orm.Session, model: type[Any], token: object, now: datetime) -> Any | None:
    """The live session row of a cookie token; None if the token is missing, unreadable, unknown or expired."""
    if not readable_token(token):
        return None
    row = session.get(model, token_hash(token))
    return None if row is None or row.expires_at <= now else row


def keep_alive(row: SessionRow, length: SessionLength, now: datetime, active: bool = True) -> None:
    """`active`: the person did something (a page opened, a form or message sent), which moves the idle deadline
    on; a page's own background polling passes False."""
    renewed = min(now + length.idle, row.created_at + length.longest)
    if active and renewed - row.expires_at > RENEWAL_STEP:
        row.expires_at = renewed


def end_session(session: sa.orm.Session, model: type[Any], token: object) -> None:
    """Delete the session of a cookie token (nothing happens for an unknown or unreadable one)."""
    if readable_token(token):
        session.execute(sa.delete(model).where(model.token_hash == token_hash(token)))


# --- cookies -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cookie:
    """One of our cookies: Secure, HttpOnly, SameSite=Strict, sent back only under `path`."""

    name: str
    path: str = "/"

    def read(self, request: Request) -> str | None:
        return request.cookies.get(self.name)

    def set(self, reply: HTTPResponse, value: str, max_age: int) -> None:
        reply.cookies[self.name] = value
        cookie = reply.cookies[self.name]
        cookie["path"] = self.path
        cookie["httponly"] = True
        cookie["secure"] = True
        cookie["samesite"] = "Strict"
        cookie["max-age"] = max_age

    def clear(self, reply: HTTPResponse) -> None:
        """Tell the browser to forget the cookie."""
        self.set(reply, "", max_age=0)


# --- security headers ----------------------------------------------------------------------------

ResponseMiddleware = Callable[[Request, HTTPResponse], Awaitable[None]]


def security_headers(headers: Mapping[str, str]) -> ResponseMiddleware:
    """A response middleware giving every response these headers, except those the route set itself.

    The headers are added here, never passed to response constructors: a dict shared between responses (Sanic's
    redirect() writes Location into the dict it is given) once leaked one user's redirect to the next."""
    values = dict(headers)

    async def add_security_headers(_: Request, reply: HTTPResponse) -> None:
        for header, value in values.items():
            reply.headers.setdefault(header, value)

    return add_security_headers
