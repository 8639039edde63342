"""The staff queue: one escalation per conversation until it is resolved.

Opened by the ingress on a crisis (`note_message`) or by the assistant (`escalate`), updated by every
later patient message, claimed by one agent at a time (a single conditional UPDATE, so two agents
clicking at once cannot both win), transferred between queues, resolved. Only redacted previews
and flags are stored here; the transcript stays in the (encrypted) tracker store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.handoff import QUEUES, REASONS
from bot.handoff.priority import negativity, score, score_after, tier
from bot.safety.kinds import Crisis
from bot.storage.database import Database
from bot.storage.functions import seconds_between
from bot.storage.models import Escalation, StaffUser, utc_now

CRISIS_REASONS = tuple(str(kind) for kind in Crisis)  # plain strings: also bound in SQL (bot.analytics.figures)
UNRESOLVED = ("open", "claimed")


@dataclass(frozen=True)
class QueueItem:
    """An escalation as the console shows it."""

    id: int
    conversation_id: str
    channel: str
    reason: str
    queue: str
    mode: str
    status: str
    crisis: str | None
    sensitive: bool
    negativity: float
    preview: str
    message_count: int
    created_at: datetime
    updated_at: datetime
    claimed_by: int | None
    claimed_by_name: str | None
    resolved_at: datetime | None
    staff_task_id: int | None
    score: float
    grouped_crises: int = 0  # crises of other conversations from the same client address, grouped here
    grouped_into: int | None = None  # the urgent item this crisis was grouped under (a burst from one address)

    @property
    def version(self) -> str:
        """Changes whenever the row the console shows for this item would (its state, or the score it shows)."""
        return f"{self.updated_at.timestamp():.6f}:{int(self.score)}"

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, (self.reason, ""))[0]

    @property
    def queue_label(self) -> str:
        return QUEUES.get(self.queue, self.queue)

    @property
    def secure(self) -> bool:
        return self.channel == "secure"

    @property
    def paused(self) -> bool:
        return pauses_bot(self.status, self.mode)

    def waited(self, now: datetime) -> timedelta:
        return (self.resolved_at or now) - self.created_at


def pauses_bot(status: str, mode: str) -> bool:
    """Whether the bot is silent in this conversation: staff have it, or the patient was promised a person."""
    return status == "claimed" or (status == "open" and mode == "live")


class ClaimRefused(Exception):
    """Someone else has it, or it is resolved."""

    def __init__(self, reason: str, by: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason  # claimed | resolved | missing
        self.by = by


def _ranks_as_crisis(crisis: str | None, grouped_into: int | None) -> bool:
    """Whether the item is scored (and filtered) as a crisis: a crisis grouped under a burst's urgent item is not, so
    that a burst does not push every other item down."""
    return bool(crisis) and grouped_into is None


def _item(row: Escalation, names: dict[int, str], now: datetime) -> QueueItem:
    return QueueItem(
        id=row.id,
        conversation_id=row.conversation_id,
        channel=row.channel,
        reason=row.reason,
        queue=row.queue,
        mode=row.mode,
        status=row.status,
        crisis=row.crisis,
        sensitive=row.sensitive,
        negativity=row.negativity,
        preview=row.redacted_text,
        message_count=row.message_count,
        created_at=row.created_at,
        updated_at=row.updated_at,
        claimed_by=row.claimed_by,
        claimed_by_name=names.get(row.claimed_by) if row.claimed_by else None,
        resolved_at=row.resolved_at,
        staff_task_id=row.staff_task_id,
        score=score(_ranks_as_crisis(row.crisis, row.grouped_into), row.sensitive, row.negativity, row.created_at, now),
        grouped_crises=row.grouped_crises or 0,
        grouped_into=row.grouped_into,
    )


def _names(session: Session, user_ids: set[int]) -> dict[int, str]:
    if not user_ids:
        return {}
    rows = session.execute(sa.select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(user_ids)))
    return dict(rows.all())


def _unresolved(session: Session, conversation_id: str) -> Escalation | None:
    return session.scalars(
        sa.select(Escalation)
        .where(Escalation.conversation_id == conversation_id, Escalation.status.in_(UNRESOLVED))
        .order_by(Escalation.id.desc())
    ).first()


def escalate(
    db: Database,
    conversation_id: str,
    channel: str,
    reason: str,
    preview: str,
    *,
    mode: str = "live",
    crisis: str | None = None,
    sensitive: bool = False,
    compound: float | None = None,
    queue: str | None = None,
    staff_task_id: int | None = None,
) -> int:
    """Open the conversation's escalation, or update the one it already has; its id.

    A crisis reason is never replaced by a milder one; a live handoff (the bot paused, the patient
    told someone will reply) upgrades a follow-up one.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown escalation reason {reason!r}")
    target_queue = queue or REASONS[reason][1]
    if target_queue not in QUEUES:
        raise ValueError(f"unknown queue {target_queue!r}")
    now = utc_now()
    with db.session() as session:
        row = _unresolved(session, conversation_id)
        if row is None:
            row = Escalation(
                conversation_id=conversation_id,
                channel=channel,
                reason=reason,
                urgent=crisis is not None,
                status="open",
                created_at=now,
                updated_at=now,
                message_count=1,
                redacted_text=preview,
                kinds="",
                queue=target_queue,
                mode=mode,
                callback_promised=mode == "callback",
                crisis=crisis,
                sensitive=sensitive,
                negativity=negativity(compound) if compound is not None else 0.0,
                staff_task_id=staff_task_id,
            )
            session.add(row)
        else:
            if row.reason not in CRISIS_REASONS:
                row.reason = reason
                if row.status == "open":
                    row.queue = target_queue
            if mode == "live":
                row.mode = "live"
            else:
                row.callback_promised = True
            row.crisis = crisis or row.crisis
            row.urgent = row.urgent or crisis is not None
            row.sensitive = row.sensitive or sensitive
            if compound is not None:
                row.negativity = max(row.negativity, negativity(compound))
            row.staff_task_id = staff_task_id or row.staff_task_id
            row.updated_at = now
        session.flush()
        return row.id


def note_message(
    session: Session,
    conversation_id: str,
    channel: str,
    redacted_text: str,
    *,
    crisis: str | None,
    sensitive: bool,
    compound: float | None,
    kinds: str,
    open_urgent: bool = True,
    group_into: int | None = None,
) -> Escalation | None:
    """A patient message arrived (called by the ingress, inside its transaction).

    Updates the conversation's unresolved escalation; on a crisis, opens an urgent one if there is
    none. Returns the escalation, if the conversation has one. `open_urgent` False (a burst of crises
    from one client address): the item opened is not urgent but grouped under the unresolved item
    `group_into` (which counts it), so staff triage the burst together and can still reach each one.
    """
    row = _unresolved(session, conversation_id)
    if row is None and crisis is None:
        return None
    now = utc_now()
    head = session.get(Escalation, group_into) if group_into is not None and not open_urgent else None
    grouped = head is not None and head.status in UNRESOLVED
    if row is None:
        row = Escalation(
            conversation_id=conversation_id,
            channel=channel,
            reason=crisis,
            urgent=not grouped,
            grouped_into=head.id if grouped else None,
            status="open",
            created_at=now,
            updated_at=now,
            message_count=1,
            redacted_text=redacted_text,
            kinds=kinds,
            queue=REASONS[crisis][1],
            mode="callback",  # the bot keeps answering (emergency numbers first) until staff claim it
            crisis=crisis,
            sensitive=sensitive,
            negativity=negativity(compound) if compound is not None else 0.0,
        )
        session.add(row)
        if grouped:
            head.grouped_crises = (head.grouped_crises or 0) + 1
            head.updated_at = now
        session.flush()
        return row
    row.message_count += 1
    row.updated_at = now
    row.redacted_text = redacted_text
    row.kinds = kinds or row.kinds
    row.sensitive = row.sensitive or sensitive
    if compound is not None:
        row.negativity = max(row.negativity, negativity(compound))
    if crisis is not None:
        row.crisis = crisis
        row.urgent = True
        if row.reason not in CRISIS_REASONS:
            row.reason = crisis
    session.flush()
    return row


def get(db: Database, escalation_id: int, now: datetime | None = None) -> QueueItem | None:
    with db.session() as session:
        row = session.get(Escalation, escalation_id)
        if row is None:
            return None
        return _item(row, _names(session, {row.claimed_by} if row.claimed_by else set()), now or utc_now())


def unresolved_of(db: Database, conversation_id: str) -> QueueItem | None:
    with db.session() as session:
        row = _unresolved(session, conversation_id)
        if row is None:
            return None
        return _item(row, _names(session, {row.claimed_by} if row.claimed_by else set()), utc_now())


def waiting(db: Database, now: datetime | None = None, queue: str | None = None) -> list[QueueItem]:
    """Every unresolved escalation, highest priority first (then longest waiting)."""
    now = now or utc_now()
    with db.session() as session:
        query = sa.select(Escalation).where(Escalation.status.in_(UNRESOLVED))
        if queue:
            query = query.where(Escalation.queue == queue)
        rows = list(session.scalars(query))
        names = _names(session, {row.claimed_by for row in rows if row.claimed_by})
        items = [_item(row, names, now) for row in rows]
    return sorted(items, key=lambda item: (-item.score, item.created_at))


@dataclass(frozen=True)
class QueueFilter:
    """Which unresolved items a page of the queue lists. `visible_queues` None: every queue (else an agent's
    queues, plus the items `viewer` has claimed); `search`: part of a conversation id."""

    queue: str | None = None
    channel: str | None = None
    status: str | None = None  # open | claimed
    tier: str | None = None  # crisis | sensitive | negative | other (bot.handoff.priority.TIERS)
    search: str = ""
    visible_queues: tuple[str, ...] | None = None
    viewer: int | None = None


@dataclass(frozen=True)
class QueuePage:
    items: list[QueueItem]
    total: int  # items matching the filter, on every page
    page: int  # 1-based
    size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def first(self) -> int:
        """The rank of the first item shown (1-based), 0 when there is none."""
        return (self.page - 1) * self.size + 1 if self.items else 0


def _matching(chosen: QueueFilter) -> list[Any]:
    conditions: list[Any] = [Escalation.status.in_((chosen.status,) if chosen.status in UNRESOLVED else UNRESOLVED)]
    if chosen.queue:
        conditions.append(Escalation.queue == chosen.queue)
    if chosen.channel:
        conditions.append(Escalation.channel == chosen.channel)
    if chosen.search:
        # Case-insensitive on both databases (LIKE is on SQLite, not on PostgreSQL).
        conditions.append(sa.func.lower(Escalation.conversation_id).contains(chosen.search.lower(), autoescape=True))
    if chosen.visible_queues is not None:
        conditions.append(sa.or_(Escalation.queue.in_(chosen.visible_queues),
                                 sa.and_(Escalation.claimed_by == chosen.viewer, Escalation.claimed_by.is_not(None))))
    return conditions


def waiting_page(db: Database, chosen: QueueFilter, page: int = 1, size: int = 50,
                 now: datetime | None = None) -> QueuePage:
    """One page of the unresolved items matching `chosen`, highest priority first (then longest waiting).

    The order depends on how long each item has waited, so every matching item is ranked, from the few columns
    the score needs (the wait in seconds computed by the database); only the page's items are then loaded whole
    (thousands waiting stay fast)."""
    now = now or utc_now()
    waited = seconds_between(Escalation.created_at, sa.bindparam("now", now, type_=Escalation.created_at.type))
    with db.session() as session:
        ranked = []
        for escalation_id, crisis_kind, grouped_into, sensitive, negativity_, seconds in session.execute(
            sa.select(Escalation.id, Escalation.crisis, Escalation.grouped_into, Escalation.sensitive,
                      Escalation.negativity, waited).where(*_matching(chosen))
        ):
            crisis = _ranks_as_crisis(crisis_kind, grouped_into)
            if chosen.tier and tier(crisis, sensitive, negativity_) != chosen.tier:
                continue
            ranked.append((-score_after(crisis, sensitive, negativity_, seconds), -seconds, escalation_id))
        ranked.sort()  # highest score first, then the longest waiting
        page = min(max(1, page), QueuePage([], len(ranked), page, size).pages)
        ids = [entry[2] for entry in ranked[(page - 1) * size: page * size]]
        rows = {row.id: row for row in session.scalars(sa.select(Escalation).where(Escalation.id.in_(ids)))}
        names = _names(session, {row.claimed_by for row in rows.values() if row.claimed_by})
        items = [_item(rows[escalation_id], names, now) for escalation_id in ids]
    return QueuePage(items, len(ranked), page, size)


def claim(db: Database, escalation_id: int, user_id: int) -> QueueItem:
    """Give the escalation to this agent; ClaimRefused when another has it or it is resolved."""
    now = utc_now()
    with db.session() as session:
        won = session.execute(
            sa.update(Escalation)
            .where(Escalation.id == escalation_id, Escalation.status == "open")
            # Claiming pauses the bot (the console asks the Rasa server to), so the item is live from now on.
            .values(status="claimed", claimed_by=user_id, claimed_at=now, updated_at=now, mode="live")
            .execution_options(synchronize_session=False)
        ).rowcount
        row = session.get(Escalation, escalation_id)
        if row is None:
            raise ClaimRefused("missing")
        if not won:
            if row.status == "claimed" and row.claimed_by == user_id:
                pass  # claiming one's own conversation again is harmless
            elif row.status == "claimed":
                raise ClaimRefused("claimed", _names(session, {row.claimed_by}).get(row.claimed_by))
            else:
                raise ClaimRefused(row.status)
        return _item(row, _names(session, {user_id}), now)


def _change(db: Database, escalation_id: int, allowed: tuple[str, ...], **values: object) -> QueueItem | None:
    """Apply `values` if the escalation's status is one of `allowed`; the updated item, else None."""
    now = utc_now()
    with db.session() as session:
        changed = session.execute(
            sa.update(Escalation)
            .where(Escalation.id == escalation_id, Escalation.status.in_(allowed))
            .values(updated_at=now, **values)
            .execution_options(synchronize_session=False)
        ).rowcount
        if not changed:
            return None
        row = session.get(Escalation, escalation_id)
        return _item(row, _names(session, {row.claimed_by} if row.claimed_by else set()), now)


def release(db: Database, escalation_id: int) -> QueueItem | None:
    """Back to the queue for someone else (the bot stays paused if the patient was promised a person)."""
    return _change(db, escalation_id, ("claimed",), status="open", claimed_by=None, claimed_at=None)


def transfer(db: Database, escalation_id: int, queue: str) -> QueueItem | None:
    """Move to another queue, unclaimed, keeping its place by priority and waiting time."""
    if queue not in QUEUES:
        raise ValueError(f"unknown queue {queue!r}")
    return _change(db, escalation_id, UNRESOLVED, queue=queue, status="open", claimed_by=None, claimed_at=None)


def resolve(db: Database, escalation_id: int, user_id: int) -> QueueItem | None:
    """Close it; None if it was already resolved."""
    return _change(db, escalation_id, UNRESOLVED, status="resolved", resolved_by=user_id, resolved_at=utc_now())


@dataclass(frozen=True)
class QueueStats:
    queue: str
    label: str
    open: int
    claimed: int
    longest_wait: timedelta | None
    average_wait: timedelta | None
    handled_today: int
    average_handling: timedelta | None


def stats(db: Database, now: datetime | None = None, day_start: datetime | None = None) -> list[QueueStats]:
    """Counts per queue for the supervisor view: open, claimed, waits, resolved since `day_start`."""
    now = now or utc_now()
    day_start = day_start or now.replace(hour=0, minute=0, second=0, microsecond=0)
    with db.session() as session:
        rows = list(
            session.scalars(
                sa.select(Escalation).where(
                    sa.or_(Escalation.status.in_(UNRESOLVED), Escalation.resolved_at >= day_start)
                )
            )
        )
        result = []
        for queue, label in QUEUES.items():
            mine = [row for row in rows if row.queue == queue]
            waiting_rows = [row for row in mine if row.status == "open"]
            waits = [now - row.created_at for row in waiting_rows]
            handled = [row for row in mine if row.status == "resolved"]
            handling = [row.resolved_at - row.created_at for row in handled]
            result.append(
                QueueStats(
                    queue=queue,
                    label=label,
                    open=len(waiting_rows),
                    claimed=sum(row.status == "claimed" for row in mine),
                    longest_wait=max(waits) if waits else None,
                    average_wait=sum(waits, timedelta()) / len(waits) if waits else None,
                    handled_today=len(handled),
                    average_handling=sum(handling, timedelta()) / len(handling) if handling else None,
                )
            )
        return result
