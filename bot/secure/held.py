"""Sensitive messages held encrypted until the patient opens the secure chat (or they expire).

The raw text of a sensitive message from a non-secure channel exists only here, as a Fernet
token (SECURE_STORE_KEYS), for as long as the one-time link that shows it back is valid.
`take()` hands it over once and deletes it; `purge_expired()` removes the ones never taken.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from bot.secure.keys import store_cipher
from bot.storage.database import Database
from bot.storage.models import HeldMessage


def _now() -> datetime:
    return datetime.now(timezone.utc)


def hold(db: Database, conversation_id: str, text: str, ttl: timedelta, now: datetime | None = None) -> str:
    now = now or _now()
    held_id = secrets.token_urlsafe(16)
    with db.session() as session:
        session.add(
            HeldMessage(
                id=held_id,
                conversation_id=conversation_id,
                created_at=now,
                expires_at=now + ttl,
                ciphertext=store_cipher().encrypt(text.encode("utf-8")),
            )
        )
    return held_id


def take(db: Database, held_id: str, now: datetime | None = None) -> str | None:
    """The held text, once: it is deleted as it is read. None if unknown or expired."""
    now = now or _now()
    with db.session() as session:
        held = session.get(HeldMessage, held_id)
        if held is None:
            return None
        session.delete(held)
        if held.expires_at <= now:
            return None
        return store_cipher().decrypt(held.ciphertext).decode("utf-8")


def purge_expired(db: Database, now: datetime | None = None) -> int:
    """Delete held messages past their time to live; the number deleted."""
    with db.session() as session:
        return session.execute(sa.delete(HeldMessage).where(HeldMessage.expires_at <= (now or _now()))).rowcount
