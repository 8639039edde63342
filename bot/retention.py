"""Retention of secure conversations and held messages, and rotation of the encryption key.

Usage:
  python -m bot.retention purge     delete what is past its retention period now
  python -m bot.retention rotate    re-encrypt everything with the first key of SECURE_STORE_KEYS

purge deletes:
  * held messages past their time to live (never shown back: the link expired unused);
  * secure sessions that expired more than a day ago, and expired console sessions; one-time links expired more
    than a day ago lose what they carried into the secure chat and which secure conversation they opened (kept:
    when and from which channel each was issued and whether it was opened, for the supervisors' analytics);
  * Messenger events handled more than 30 days ago (past Meta's redeliveries and the 7-day window);
  * secure-chat conversations whose last event is older than SECURE_RETENTION_DAYS (default 30),
    all their events, from the tracker store, and everything the app database holds about them: staff
    replies and notes, staff tasks (requests taken in them), queue items, review items and message flags.
    The audit log keeps its entries (who opened what, never any text).
Public-channel conversations are redacted, not encrypted, and are kept (Rasa's own store).
The Rasa server also purges by itself every SECURE_PURGE_INTERVAL_MINUTES (default 60; bot.server), so that
held messages do not outlive their time to live by more than that even without a cron job.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from bot.channels.messenger import inbox as messenger_inbox
from bot.secure import SECURE_CONVERSATION_PREFIX
from bot.secure.held import purge_expired
from bot.secure.keys import SecretsError, store_cipher
from bot.settings import load_secure_chat, load_settings
from bot.storage.database import Database
from bot.storage.models import (
    Escalation,
    HeldMessage,
    MessageFlag,
    ReviewItem,
    SecureLink,
    SecureSession,
    StaffNote,
    StaffReply,
    StaffSession,
    StaffTask,
)

EXPIRED_GRACE = timedelta(days=1)
SCRUBBED = ""  # the carry-over of an expired link once its secure side is removed
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PurgeReport:
    held_messages: int
    links: int
    sessions: int
    secure_conversations: int
    secure_events: int
    messenger_events: int = 0


def retention_period() -> timedelta:
    return load_secure_chat().retention


def _events_table(engine: sa.engine.Engine) -> sa.Table:
    return sa.Table("events", sa.MetaData(), autoload_with=engine)


def purge(app_db: Database, tracker_url: str, now: datetime | None = None) -> PurgeReport:
    now = now or datetime.now(timezone.utc)
    held = purge_expired(app_db, now)
    with app_db.session() as session:
        # A link is kept, without what led into the secure chat, for the analytics (when and from which channel a
        # link was issued, and whether it was opened: no text, no secure conversation).
        links = session.execute(
            sa.update(SecureLink)
            .where(SecureLink.expires_at <= now - EXPIRED_GRACE, SecureLink.carry_over != SCRUBBED)
            .values(carry_over=SCRUBBED, held_message_id=None, secure_conversation_id=None)
        ).rowcount
        sessions = session.execute(
            sa.delete(SecureSession).where(SecureSession.expires_at <= now - EXPIRED_GRACE)
        ).rowcount
        sessions += session.execute(sa.delete(StaffSession).where(StaffSession.expires_at <= now)).rowcount
    cutoff = (now - retention_period()).timestamp()
    engine = sa.create_engine(tracker_url)
    conversations = events = 0
    stale: list[str] = []
    if sa.inspect(engine).has_table("events"):
        table = _events_table(engine)
        secure = table.c.sender_id.like(f"{SECURE_CONVERSATION_PREFIX}%")
        with engine.begin() as connection:
            stale = connection.execute(
                sa.select(table.c.sender_id).where(secure).group_by(table.c.sender_id)
                .having(sa.func.max(table.c.timestamp) < cutoff)
            ).scalars().all()
            for sender_id in stale:
                events += connection.execute(sa.delete(table).where(table.c.sender_id == sender_id)).rowcount
            conversations = len(stale)
    engine.dispose()
    if stale:
        with app_db.session() as session:  # what the app database holds about them goes with them
            for model in (StaffReply, StaffNote, StaffTask, Escalation, ReviewItem, MessageFlag):
                session.execute(sa.delete(model).where(model.conversation_id.in_(stale)))
    messenger_events = messenger_inbox.purge(app_db, now=now)
    return PurgeReport(held, links, sessions, conversations, events, messenger_events)


def purge_interval() -> float:
    return load_secure_chat().purge_interval_seconds


async def _always() -> bool:
    return True


async def purge_every(seconds: float, run_purge: Callable[[], PurgeReport],
                      our_turn: Callable[[], Awaitable[bool]] = _always) -> None:
    """Purge now and then every `seconds`, in a worker thread; a failure is logged and retried next time.
    `our_turn`: whether this process runs this round (several workers: one of them, bot.cluster.turns)."""
    while True:
        try:
            if await our_turn():
                report = await asyncio.to_thread(run_purge)
                logger.info("Retention purge: %s", report)
        except Exception as error:  # noqa: BLE001 - keep purging on later rounds
            logger.error("Retention purge failed: %s", type(error).__name__)
        await asyncio.sleep(seconds)


def rotate(app_db: Database, tracker_url: str) -> int:
    """Re-encrypt every encrypted value with the primary key; the number of values rewritten."""
    cipher = store_cipher()
    count = 0
    with app_db.session() as session:
        for held in session.scalars(sa.select(HeldMessage)):
            held.ciphertext = cipher.rotate(held.ciphertext)
            count += 1
        for task in session.scalars(sa.select(StaffTask)):
            task.details = cipher.rotate(task.details)
            count += 1
    engine = sa.create_engine(tracker_url)
    if sa.inspect(engine).has_table("events"):
        table = _events_table(engine)
        with engine.begin() as connection:
            rows = connection.execute(sa.select(table.c.id, table.c.data)).all()
            for row_id, data in rows:
                if data and not data.startswith("{"):
                    rotated = cipher.rotate(data.encode("ascii")).decode("ascii")
                    connection.execute(sa.update(table).where(table.c.id == row_id).values(data=rotated))
                    count += 1
    engine.dispose()
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.retention", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["purge", "rotate"])
    args = parser.parse_args(argv)
    settings = load_settings()
    app_db = Database(settings.databases.app_database_url)
    try:
        if args.command == "purge":
            report = purge(app_db, settings.databases.tracker_store_url)
            print(
                f"Purged {report.held_messages} held messages, {report.links} links, {report.sessions} sessions, "
                f"{report.secure_conversations} secure conversations ({report.secure_events} events), "
                f"{report.messenger_events} handled Messenger events."
            )
        else:
            print(f"Re-encrypted {rotate(app_db, settings.databases.tracker_store_url)} values with the first key.")
    except SecretsError as error:
        print(f"Not done: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
