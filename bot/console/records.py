"""What the console keeps: staff replies (with their delivery status), internal notes, the audit log.

Replies and notes can hold anything an agent types, health details included, so both are stored
encrypted (the same Fernet keys as the tracker store). A reply is written before it is sent, so a
failed delivery loses nothing: the agent sees it marked and can send it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from bot.secure.keys import store_cipher
from bot.storage.database import Database
from bot.storage.models import AuditEntry, Escalation, StaffNote, StaffReply, StaffUser, utc_now


@dataclass(frozen=True)
class Written:
    """A reply or note as the console shows it."""

    id: int
    author: str
    text: str
    created_at: datetime
    status: str = ""
    detail: str = ""


def _encrypt(text: str) -> bytes:
    return store_cipher().encrypt(text.encode("utf-8"))


def _decrypt(ciphertext: bytes) -> str:
    return store_cipher().decrypt(ciphertext).decode("utf-8")


def add_reply(db: Database, escalation_id: int, conversation_id: str, author_id: int, text: str) -> int:
    with db.session() as session:
        reply = StaffReply(escalation_id=escalation_id, conversation_id=conversation_id, author_id=author_id,
                           ciphertext=_encrypt(text), status="pending", detail="")
        session.add(reply)
        session.flush()
        session.execute(  # the first reply, for the response times of the analytics
            sa.update(Escalation).where(Escalation.id == escalation_id, Escalation.first_reply_at.is_(None))
            .values(first_reply_at=reply.created_at, first_reply_by=author_id)
        )
        return reply.id


def mark_reply(db: Database, reply_id: int, status: str, detail: str = "") -> None:
    with db.session() as session:
        reply = session.get(StaffReply, reply_id)
        reply.status, reply.detail = status, detail[:255]
        if status in ("delivered", "stored"):
            reply.delivered_at = utc_now()


def reply_of(db: Database, reply_id: int) -> tuple[StaffReply, str] | None:
    """A reply and its text (to send it again)."""
    with db.session() as session:
        reply = session.get(StaffReply, reply_id)
        if reply is None:
            return None
        session.expunge(reply)
        return reply, _decrypt(reply.ciphertext)


def _written(session: sa.orm.Session, model: type, escalation_id: int) -> list[tuple[object, str]]:
    rows = session.execute(
        sa.select(model, StaffUser.display_name)
        .join(StaffUser, StaffUser.id == model.author_id, isouter=True)
        .where(model.escalation_id == escalation_id)
        .order_by(model.id)
    ).all()
    return [(row, name or "former staff member") for row, name in rows]


def replies_of(db: Database, escalation_id: int) -> list[Written]:
    with db.session() as session:
        return [
            Written(row.id, name, _decrypt(row.ciphertext), row.created_at, row.status, row.detail)
            for row, name in _written(session, StaffReply, escalation_id)
        ]


def add_note(db: Database, escalation_id: int, conversation_id: str, author_id: int, text: str) -> int:
    with db.session() as session:
        note = StaffNote(escalation_id=escalation_id, conversation_id=conversation_id, author_id=author_id,
                         ciphertext=_encrypt(text))
        session.add(note)
        session.flush()
        return note.id


def notes_of(db: Database, escalation_id: int) -> list[Written]:
    with db.session() as session:
        return [
            Written(row.id, name, _decrypt(row.ciphertext), row.created_at)
            for row, name in _written(session, StaffNote, escalation_id)
        ]


def audit(db: Database, user_id: int | None, username: str, action: str, ip: str | None,
          conversation_id: str | None = None, escalation_id: int | None = None, detail: str = "") -> None:
    with db.session() as session:
        session.add(AuditEntry(user_id=user_id, username=username, action=action, ip=ip,
                               conversation_id=conversation_id, escalation_id=escalation_id, detail=detail[:255]))


@dataclass(frozen=True)
class AuditView:
    at: datetime
    username: str
    action: str
    conversation_id: str | None
    escalation_id: int | None
    ip: str | None
    detail: str


def audit_entries(db: Database, conversation_id: str | None = None, limit: int = 200) -> list[AuditView]:
    with db.session() as session:
        query = sa.select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if conversation_id:
            query = query.where(AuditEntry.conversation_id == conversation_id)
        return [
            AuditView(e.at, e.username, e.action, e.conversation_id, e.escalation_id, e.ip, e.detail)
            for e in session.scalars(query)
        ]
