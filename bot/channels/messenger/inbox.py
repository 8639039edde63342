"""Messenger events persisted on receipt (table messenger_events), before the webhook is acknowledged.

- A redelivery (Meta retries unacknowledged webhooks, also hours later and across our restarts) has a
  key already stored and is dropped.
- An event is kept encrypted (the store's Fernet key) only until it has been handled, so one received
  just before a crash or restart is handled on the next start; then only its key and times remain.
- An event older than Meta's retry window (STALE_AFTER) is dropped unread: Meta stops redelivering after
  36 hours, so an older one is a replay (a signed webhook captured and sent again), not a retry. Events
  received in time but not handled yet are pending here and are handled from this table, not from Meta.
- The times give the Messenger 24-hour window: when did this patient last write?
- With several workers, one sender's webhooks can land on different workers: each event waits until the
  sender's earlier events (Meta's timestamps) are handled, wherever they were stored (`earlier_pending`); and
  an event a worker stored but never handled (it was killed) is taken up by another (`pending(received_before)`,
  run by one worker every MESSENGER_SWEEP_SECONDS).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from bot.channels.messenger.webhook import Event, Standby, from_record
from bot.secure.keys import store_cipher
from bot.storage.database import Database
from bot.storage.models import MessengerEvent, utc_now

logger = logging.getLogger(__name__)

PATIENT_ACTIONS = ("message", "postback", "standby")  # what opens the 24-hour window (not a comment)
STALE_AFTER = timedelta(hours=36)  # Meta retries an unacknowledged webhook for up to 36 hours
RETENTION = timedelta(days=30)  # handled events: past Meta's redeliveries and the 7-day HUMAN_AGENT window


def _row(event: Event, received_at: datetime) -> MessengerEvent:
    if isinstance(event, Standby):  # only its time matters: nothing to answer, nothing to keep
        return MessengerEvent(key=event.key, kind=event.kind, sender=event.sender, occurred_at=event.occurred_at,
                              received_at=received_at, status="done")
    return MessengerEvent(
        key=event.key, kind=event.kind, sender=event.sender, occurred_at=event.occurred_at,
        received_at=received_at, status="pending",
        ciphertext=store_cipher().encrypt(json.dumps(event.to_record()).encode("utf-8")),
    )


@dataclass(frozen=True)
class Admitted:
    to_answer: list[Event]  # new events, in their order
    duplicates: int  # events already stored (redeliveries), dropped
    stale: int = 0  # events older than Meta's retry window (replays), dropped


def admit(db: Database, events: list[Event], now: datetime | None = None) -> Admitted:
    """Store the events not seen before; return those to answer. Receipt times rise by a microsecond
    per event, so a batch is read back in its order."""
    now = now or utc_now()
    fresh: list[Event] = []
    seen: set[str] = set()
    keyed = [event for event in events if event.key is not None]
    storable = [event for event in keyed if event.occurred_at >= now - STALE_AFTER]
    stale = len(keyed) - len(storable)
    for event in storable:
        if event.key not in seen:
            seen.add(event.key)
            fresh.append(event)
    if not fresh:
        return Admitted([], 0, stale)
    with db.session() as session:
        known = set(session.scalars(sa.select(MessengerEvent.key).where(MessengerEvent.key.in_(list(seen)))))
    fresh = [event for event in fresh if event.key not in known]
    received = [now + timedelta(microseconds=index) for index in range(len(fresh))]
    try:
        with db.session() as session:
            session.add_all([_row(event, at) for event, at in zip(fresh, received, strict=True)])
        admitted = fresh
    except IntegrityError:  # the same delivery arrived twice at once: store one by one
        admitted = []
        for event, at in zip(fresh, received, strict=True):
            try:
                with db.session() as session:
                    session.add(_row(event, at))
                admitted.append(event)
            except IntegrityError:
                pass
    answer = [event for event in admitted if not isinstance(event, Standby)]
    return Admitted(answer, len(storable) - len(admitted), stale)


def finish(db: Database, key: str, failure: str | None = None) -> None:
    """Mark an event handled (or failed, with a reason that holds no text) and drop its content."""
    with db.session() as session:
        session.execute(
            sa.update(MessengerEvent).where(MessengerEvent.key == key)
            .values(status="failed" if failure else "done", detail=(failure or "")[:255], ciphertext=None)
        )


def pending(db: Database, received_before: datetime | None = None) -> list[Event]:
    """Events received but not handled (the server stopped meanwhile), oldest first; only those received before
    `received_before` if given (several workers: those a worker that died had stored)."""
    query = sa.select(MessengerEvent.key, MessengerEvent.ciphertext).where(MessengerEvent.status == "pending")
    if received_before is not None:
        query = query.where(MessengerEvent.received_at < received_before)
    with db.session() as session:
        rows = session.execute(query.order_by(MessengerEvent.received_at)).all()
    events = []
    for key, ciphertext in rows:
        try:
            events.append(from_record(json.loads(store_cipher().decrypt(ciphertext))))
        except Exception as error:  # noqa: BLE001 - one unreadable row must not block the others
            logger.error("Messenger event %s cannot be read back (%s)", key, type(error).__name__)
            finish(db, key, f"unreadable after restart ({type(error).__name__})")
    return events


def earlier_pending(db: Database, event: Event) -> set[str]:
    """The keys of this sender's events that the patient sent before this one and that are still pending: stored
    by another worker and not handled yet (several workers, bot.channels.messenger.channel)."""
    with db.session() as session:
        return set(session.scalars(
            sa.select(MessengerEvent.key).where(
                MessengerEvent.sender == event.sender, MessengerEvent.status == "pending",
                MessengerEvent.key != event.key, MessengerEvent.occurred_at < event.occurred_at)
        ))


def last_patient_message_at(db: Database, sender: str) -> datetime | None:
    with db.session() as session:
        return session.scalar(
            sa.select(sa.func.max(MessengerEvent.occurred_at))
            .where(MessengerEvent.sender == sender, MessengerEvent.kind.in_(PATIENT_ACTIONS))
        )


def purge(db: Database, older_than: timedelta = RETENTION, now: datetime | None = None) -> int:
    """Forget handled events past any redelivery and past the 7-day HUMAN_AGENT window."""
    with db.session() as session:
        result = session.execute(
            sa.delete(MessengerEvent).where(MessengerEvent.status != "pending",
                                            MessengerEvent.received_at < (now or utc_now()) - older_than)
        )
        return result.rowcount or 0
