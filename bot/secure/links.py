"""One-time links into the secure chat, and the browser sessions they open.

A link is a signed JWT (PyJWT, HS256, SECURE_LINK_SECRET) naming only its link record (`jti`, 128
random bits) and expiring after SECURE_LINK_TTL_MINUTES (default 15): its readable payload says
nothing about the conversation it was issued in (the record does). Redeeming it checks, in order:
the signature and audience (else "invalid"), the expiry ("expired"), that the record exists (else
"invalid") and that it is unused ("used"); then marks it used in the same UPDATE that checks it, so
two tabs racing for one link cannot both enter. Opening the link (GET) only checks it; the page's
button (POST) redeems it (bot.channels.secure_chat).

Entry opens a session: a random token in a Secure, HttpOnly, SameSite=Strict cookie; only its
SHA-256 is stored (bot.web_security, which keeps the console's sessions too). It ends SESSION_HOURS after
entry, or after SECURE_IDLE_MINUTES (default 30) in which the patient neither opened the page nor sent a
message (the page's polling for staff replies does not count). The browser never chooses its conversation
id: the server creates `secure-<random>`.

Verification hook: `redeem()` is the only way into a session. A second factor (a one-time code
sent to a phone or email the hospital already has) fits between `check_link()` and `open_session()`:
check the link, send the code, and open the session only after the code matches.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import jwt
import sqlalchemy as sa

from bot import web_security
from bot.secure import SECURE_CONVERSATION_PREFIX
from bot.secure.keys import link_secret
from bot.settings import load_secure_chat
from bot.storage.database import Database
from bot.storage.models import SecureLink, SecureSession
from bot.web_security import SessionLength

AUDIENCE = "riverbend-secure-chat"
ALGORITHM = "HS256"
SESSION_HOURS = 12
ENTRY_PATH = "/secure/enter/"  # the secure chat's route that redeems a link (bot.channels.secure_chat)


def idle_timeout() -> timedelta:
    return load_secure_chat().idle_timeout


def session_length() -> SessionLength:
    return SessionLength(idle=idle_timeout(), longest=timedelta(hours=SESSION_HOURS))


def link_ttl() -> timedelta:
    return load_secure_chat().link_ttl


def ttl_minutes() -> int:
    return int(link_ttl().total_seconds() // 60)


def entry_url(public_base_url: str, token: str) -> str:
    """The address a patient opens to enter the secure chat with a one-time link."""
    return f"{public_base_url}{ENTRY_PATH}{token}"


def _now() -> datetime:
    return datetime.now(timezone.utc)


class LinkRefused(Exception):
    """The link cannot be used; `reason` is one of invalid, expired, used."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class IssuedLink:
    id: str
    token: str
    expires_at: datetime


@dataclass(frozen=True)
class Entry:
    """What a redeemed link gives the secure chat."""

    link_id: str
    origin_conversation_id: str
    held_message_id: str | None
    carry_over: dict[str, Any]
    conversation_id: str
    session_token: str
    session_expires_at: datetime


def issue(
    db: Database,
    origin_conversation_id: str,
    origin_channel: str,
    held_message_id: str | None = None,
    carry_over: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> IssuedLink:
    now = now or _now()
    link_id = secrets.token_urlsafe(16)
    expires_at = now + link_ttl()
    token = jwt.encode(
        {"jti": link_id, "aud": AUDIENCE, "iat": now, "exp": expires_at},
        link_secret(),
        algorithm=ALGORITHM,
    )
    with db.session() as session:
        session.add(
            SecureLink(
                id=link_id,
                origin_conversation_id=origin_conversation_id,
                origin_channel=origin_channel,
                held_message_id=held_message_id,
                carry_over=json.dumps(carry_over or {}),
                created_at=now,
                expires_at=expires_at,
            )
        )
    return IssuedLink(link_id, token, expires_at)


def check_link(db: Database, token: str, now: datetime | None = None) -> SecureLink:
    """The link's record if the token may be redeemed now; LinkRefused otherwise. Changes nothing."""
    now = now or _now()
    try:
        # Expiry is checked below against `now` (one clock for the token and the record).
        claims = jwt.decode(
            token, link_secret(), algorithms=[ALGORITHM], audience=AUDIENCE,
            options={"require": ["exp", "jti"], "verify_exp": False, "verify_iat": False},
        )
    except jwt.InvalidTokenError as error:
        raise LinkRefused("invalid") from error
    if not isinstance(claims["exp"], (int, float)) or claims["exp"] <= now.timestamp():
        raise LinkRefused("expired")
    with db.session() as session:
        link = session.get(SecureLink, claims["jti"])
        if link is None:
            raise LinkRefused("invalid")
        if link.used_at is not None:
            raise LinkRefused("used")
        if link.expires_at <= now:
            raise LinkRefused("expired")
        session.expunge(link)
        return link


def open_session(db: Database, link: SecureLink, now: datetime | None = None) -> Entry:
    """Mark the link used (once only) and open a session in a new secure conversation."""
    now = now or _now()
    conversation_id = f"{SECURE_CONVERSATION_PREFIX}{secrets.token_hex(16)}"
    length = session_length()
    with db.session() as session:
        claimed = session.execute(
            sa.update(SecureLink)
            .where(SecureLink.id == link.id, SecureLink.used_at.is_(None))
            .values(used_at=now, secure_conversation_id=conversation_id)
        ).rowcount
        if claimed != 1:
            raise LinkRefused("used")
        session_token = web_security.add_session(session, SecureSession, length, now,
                                                 conversation_id=conversation_id, link_id=link.id)
    return Entry(
        link_id=link.id,
        origin_conversation_id=link.origin_conversation_id,
        held_message_id=link.held_message_id,
        carry_over=json.loads(link.carry_over or "{}"),
        conversation_id=conversation_id,
        session_token=session_token,
        session_expires_at=length.first_deadline(now),
    )


def redeem(db: Database, token: str, now: datetime | None = None) -> Entry:
    return open_session(db, check_link(db, token, now), now)


def session_conversation(db: Database, session_token: str | None, now: datetime | None = None,
                         active: bool = True) -> str | None:
    """The secure conversation of a session cookie, or None if it is unknown, expired or idle too long.
    `active`: the patient did something, which keeps the session from going idle (polling passes False)."""
    if not web_security.readable_token(session_token):
        return None
    now = now or _now()
    with db.session() as session:
        row = web_security.find_session(session, SecureSession, session_token, now)
        if row is None:
            return None
        web_security.keep_alive(row, session_length(), now, active)
        return row.conversation_id


def end_session(db: Database, session_token: str | None) -> None:
    """End a browser's session (nothing happens for an unknown token)."""
    if not web_security.readable_token(session_token):
        return
    with db.session() as session:
        web_security.end_session(session, SecureSession, session_token)
