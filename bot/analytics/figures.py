"""The supervisors' figures for a period, computed in SQL (SQLite and PostgreSQL alike): tiles compared with the
previous period of the same length, time series, the hour-by-weekday heatmap, top intents, and the per-queue and
per-agent tables. Every figure is a `Table` (the page draws it, lists it for screen readers, and exports it as CSV).

Sources: `message_events` (patient messages as understood: conversations, messages by channel, fallbacks,
intents, the series by the hospital's local day and hour), `escalations` (handoffs, crises, callbacks, time to
resolve), `staff_replies` (the first time a person replied), `secure_links` (sensitive conversations moved to the
secure chat, and whether the link was opened). The channel filter applies to all of them; the queue filter to the
staff figures (escalations and what follows from them), since a message has no queue.

Durations are medians, in seconds: computed with window functions over a dialect's own date difference.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from bot.handoff import QUEUES
from bot.safety.kinds import Crisis
from bot.storage.models import Escalation, MessageEvent, SecureLink, StaffReply, StaffUser

CRISIS_REASONS = tuple(str(kind) for kind in Crisis)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TOP = 10
# What a channel is called on the page (conversation_ids' names).
CHANNELS: dict[str, str] = {
    "socketio": "Web chat",
    "messenger": "Messenger",
    "facebook_comments": "Page comments",
    "secure": "Secure chat",
    "rest": "REST API",
}


class seconds_between(FunctionElement):  # noqa: N801 - SQLAlchemy's naming of SQL functions
    """SQL: the seconds from the first datetime to the second."""

    type = sa.Float()
    inherit_cache = True


@compiles(seconds_between)
def _seconds_between_postgres(element: seconds_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    return f"EXTRACT(EPOCH FROM ({compiler.process(end, **kw)} - {compiler.process(start, **kw)}))"


@compiles(seconds_between, "sqlite")
def _seconds_between_sqlite(element: seconds_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    return f"((julianday({compiler.process(end, **kw)}) - julianday({compiler.process(start, **kw)})) * 86400.0)"


@dataclass(frozen=True)
class Filters:
    """What the page shows: local days `start`..`end` (both included), one channel or all, one queue or all."""

    start: date
    end: date
    tz: ZoneInfo
    channel: str | None = None
    queue: str | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Filters:
        """The period of the same length just before this one."""
        return replace(self, start=self.start - timedelta(days=self.days), end=self.start - timedelta(days=1))

    def instants(self) -> tuple[datetime, datetime]:
        """The period in UTC: from the first day's local midnight to the midnight after the last day."""
        first = datetime.combine(self.start, time(0), self.tz)
        after = datetime.combine(self.end + timedelta(days=1), time(0), self.tz)
        return first.astimezone(timezone.utc), after.astimezone(timezone.utc)


@dataclass(frozen=True)
class Tile:
    key: str
    label: str
    value: float | None
    previous: float | None
    unit: str = "count"  # count | share | seconds

    @property
    def change(self) -> float | None:
        """This period against the previous one (a ratio - 1), when both are known and the previous is not 0."""
        if self.value is None or not self.previous:
            return None
        return self.value / self.previous - 1


@dataclass(frozen=True)
class Table:
    """One figure's data: the page's chart and screen-reader table, and its CSV export."""

    name: str
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    chart: str = "none"  # line | bar | heatmap | none


@dataclass(frozen=True)
class Report:
    filters: Filters
    tiles: list[Tile]
    tables: list[Table] = field(default_factory=list)

    def table(self, name: str) -> Table | None:
        return next((table for table in self.tables if table.name == name), None)


def _messages(filters: Filters) -> list[Any]:
    conditions = [MessageEvent.local_day >= filters.start, MessageEvent.local_day <= filters.end]
    if filters.channel:
        conditions.append(MessageEvent.channel == filters.channel)
    return conditions


def _escalations(filters: Filters) -> list[Any]:
    start, after = filters.instants()
    conditions = [Escalation.created_at >= start, Escalation.created_at < after]
    if filters.channel:
        conditions.append(Escalation.channel == filters.channel)
    if filters.queue:
        conditions.append(Escalation.queue == filters.queue)
    return conditions


def _median(session: Session, seconds: Any, conditions: list[Any], group: Any = None,
            joins: tuple[Any, ...] = ()) -> dict[Any, float]:
    """The median of `seconds` over escalations meeting `conditions`, per `group` (or under the key None)."""
    key = group if group is not None else sa.literal(None)
    query = sa.select(key.label("key"), seconds.label("seconds")).select_from(Escalation)
    for target, on in joins:
        query = query.join(target, on)
    values = query.where(*conditions, seconds.is_not(None)).subquery()
    ranked = sa.select(
        values.c.key,
        values.c.seconds,
        sa.func.row_number().over(partition_by=values.c.key, order_by=values.c.seconds).label("rank"),
        sa.func.count().over(partition_by=values.c.key).label("n"),
    ).subquery()
    middle = sa.select(ranked.c.key, sa.func.avg(ranked.c.seconds)).where(
        ranked.c.rank.in_([(ranked.c.n + 1) / 2, (ranked.c.n + 2) / 2])
    ).group_by(ranked.c.key)
    return {key: round(float(value), 1) for key, value in session.execute(middle)}


def _first_replies() -> Any:
    """Each escalation's first staff reply: when, and by whom."""
    first = sa.select(
        StaffReply.escalation_id,
        sa.func.min(StaffReply.created_at).label("at"),
    ).group_by(StaffReply.escalation_id).subquery()
    return first


def _counts(session: Session, filters: Filters) -> dict[str, float | None]:
    """The tiles' numbers for one period."""
    start, after = filters.instants()
    messages = _messages(filters)
    escalations = _escalations(filters)
    message_count, fallbacks = session.execute(
        sa.select(sa.func.count(), sa.func.count().filter(MessageEvent.fell_back.is_(True))).where(*messages)
    ).one()

    def escalated(*conditions: Any) -> Any:
        """The message's conversation has an escalation of this period meeting `conditions`."""
        return sa.select(Escalation.id).where(
            Escalation.conversation_id == MessageEvent.conversation_id,
            Escalation.created_at >= start, Escalation.created_at < after, *conditions,
        ).exists()

    def conversations_where(*conditions: Any) -> int:
        return session.scalar(sa.select(sa.func.count(sa.distinct(MessageEvent.conversation_id))).where(
            *messages, *conditions))

    conversations = conversations_where()
    alone = conversations_where(~escalated())
    in_queue = [Escalation.queue == filters.queue] if filters.queue else []
    handed_off = conversations_where(escalated(Escalation.reason.not_in(CRISIS_REASONS), *in_queue))
    crises = session.scalar(sa.select(sa.func.count()).where(*escalations, Escalation.reason.in_(CRISIS_REASONS)))
    first = _first_replies()
    reply_join = ((first, first.c.escalation_id == Escalation.id),)
    crisis_reply = _median(session, seconds_between(Escalation.created_at, first.c.at),
                           [*escalations, Escalation.reason.in_(CRISIS_REASONS)], joins=reply_join).get(None)
    first_response = _median(session, seconds_between(Escalation.created_at, first.c.at), escalations,
                             joins=reply_join).get(None)
    to_resolve = _median(session, seconds_between(Escalation.created_at, Escalation.resolved_at), escalations).get(None)
    callbacks, callbacks_done = session.execute(
        sa.select(sa.func.count(), sa.func.count().filter(Escalation.status == "resolved")).where(
            *escalations, Escalation.callback_promised.is_(True))
    ).one()
    link_conditions = [SecureLink.created_at >= start, SecureLink.created_at < after]
    if filters.channel:
        link_conditions.append(SecureLink.origin_channel == filters.channel)
    moved, opened = session.execute(
        sa.select(sa.func.count(sa.distinct(SecureLink.origin_conversation_id)),
                  sa.func.count(sa.distinct(SecureLink.origin_conversation_id)).filter(SecureLink.used_at.is_not(None)))
        .where(*link_conditions)
    ).one()
    by_channel = dict(session.execute(
        sa.select(MessageEvent.channel, sa.func.count()).where(*messages).group_by(MessageEvent.channel)
    ).all())
    counts: dict[str, float | None] = {
        "conversations": conversations,
        "messages": message_count,
        "resolved_alone": alone / conversations if conversations else None,
        "handoff_rate": handed_off / conversations if conversations else None,
        "crises": crises,
        "crisis_reply": crisis_reply,
        "moved_to_secure": moved,
        "secure_opened": opened / moved if moved else None,
        "fallback_rate": fallbacks / message_count if message_count else None,
        "first_response": first_response,
        "to_resolve": to_resolve,
        "callbacks": callbacks,
        "callbacks_done": callbacks_done,
    }
    for channel in CHANNELS:
        counts[f"messages_{channel}"] = by_channel.get(channel, 0)
    return counts


TILES: tuple[tuple[str, str, str], ...] = (
    ("conversations", "Conversations", "count"),
    ("messages", "Messages from patients", "count"),
    *((f"messages_{channel}", f"Messages: {label}", "count") for channel, label in CHANNELS.items()),
    ("resolved_alone", "Resolved by the assistant alone", "share"),
    ("handoff_rate", "Handed off to staff", "share"),
    ("crises", "Crisis escalations", "count"),
    ("crisis_reply", "Crisis: median time until a person replied", "seconds"),
    ("moved_to_secure", "Sensitive conversations moved to the secure chat", "count"),
    ("secure_opened", "Secure chat links opened", "share"),
    ("fallback_rate", "Messages not understood (fallback)", "share"),
    ("first_response", "Median first response by staff", "seconds"),
    ("to_resolve", "Median time to resolve", "seconds"),
    ("callbacks", "Callbacks promised", "count"),
    ("callbacks_done", "Callbacks done", "count"),
)


def tiles(session: Session, filters: Filters) -> list[Tile]:
    now, before = _counts(session, filters), _counts(session, filters.previous())
    return [Tile(key, label, now[key], before[key], unit) for key, label, unit in TILES]


def _pivot(rows: list[tuple[Any, str, int]], keys: list[Any]) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """(key, channel, count) rows as one row per key and one column per channel seen."""
    channels = sorted({channel for _, channel, _ in rows}, key=lambda name: list(CHANNELS).index(name)
                      if name in CHANNELS else len(CHANNELS))
    cells = {(key, channel): count for key, channel, count in rows}
    columns = tuple(CHANNELS.get(channel, channel) for channel in channels)
    return columns, [(key, *(cells.get((key, channel), 0) for channel in channels)) for key in keys]


def daily(session: Session, filters: Filters) -> Table:
    rows = session.execute(
        sa.select(MessageEvent.local_day, MessageEvent.channel, sa.func.count()).where(*_messages(filters))
        .group_by(MessageEvent.local_day, MessageEvent.channel)
    ).all()
    days = [filters.start + timedelta(days=offset) for offset in range(filters.days)]
    columns, table = _pivot([(day.isoformat(), channel, count) for day, channel, count in rows],
                            [day.isoformat() for day in days])
    return Table("daily", "Messages by day and channel", ("Day", *columns), table, "line")


HOURLY_DAYS = 7


def hourly(session: Session, filters: Filters) -> Table:
    """Hour by hour over the period's last 7 days at most (a point per hour of a longer period is unreadable)."""
    filters = replace(filters, start=max(filters.start, filters.end - timedelta(days=HOURLY_DAYS - 1)))
    rows = session.execute(
        sa.select(MessageEvent.local_day, MessageEvent.local_hour, MessageEvent.channel, sa.func.count())
        .where(*_messages(filters))
        .group_by(MessageEvent.local_day, MessageEvent.local_hour, MessageEvent.channel)
    ).all()
    keyed = [(f"{day.isoformat()} {hour:02d}:00", channel, count) for day, hour, channel, count in rows]
    hours = [f"{(filters.start + timedelta(days=offset)).isoformat()} {hour:02d}:00"
             for offset in range(filters.days) for hour in range(24)]
    columns, table = _pivot(keyed, hours)
    title = f"Messages by hour and channel ({filters.start} to {filters.end})"
    return Table("hourly", title, ("Hour", *columns), table, "line")


def heatmap(session: Session, filters: Filters) -> Table:
    cells = {
        (weekday, hour): count
        for weekday, hour, count in session.execute(
            sa.select(MessageEvent.local_weekday, MessageEvent.local_hour, sa.func.count())
            .where(*_messages(filters))
            .group_by(MessageEvent.local_weekday, MessageEvent.local_hour)
        )
    }
    rows = [(WEEKDAYS[weekday], *(cells.get((weekday, hour), 0) for hour in range(24))) for weekday in range(7)]
    return Table("heatmap", "Messages by weekday and hour", ("Weekday", *(f"{hour:02d}" for hour in range(24))),
                 rows, "heatmap")


def top_intents(session: Session, filters: Filters) -> Table:
    count = sa.func.count().label("n")
    rows = session.execute(
        sa.select(MessageEvent.intent, count)
        .where(*_messages(filters), MessageEvent.fell_back.is_(False), MessageEvent.intent.is_not(None))
        .group_by(MessageEvent.intent).order_by(count.desc(), MessageEvent.intent).limit(TOP)
    ).all()
    return Table("intents", "Top intents", ("Intent", "Messages"), [tuple(row) for row in rows], "bar")


def misunderstood(session: Session, filters: Filters) -> Table:
    """What the assistant guessed when it was not sure enough to answer: the topics to train next."""
    count = sa.func.count().label("n")
    guess = sa.func.coalesce(MessageEvent.guessed_intent, "(no guess)")
    rows = session.execute(
        sa.select(guess, count).where(*_messages(filters), MessageEvent.fell_back.is_(True))
        .group_by(guess).order_by(count.desc(), guess).limit(TOP)
    ).all()
    return Table("misunderstood", "Top misunderstood intents (the assistant's guess when it fell back)",
                 ("Guessed intent", "Messages"), [tuple(row) for row in rows], "bar")


def per_queue(session: Session, filters: Filters) -> Table:
    escalations = _escalations(filters)
    counts = {
        queue: (total, resolved, crises)
        for queue, total, resolved, crises in session.execute(
            sa.select(Escalation.queue, sa.func.count(), sa.func.count().filter(Escalation.status == "resolved"),
                      sa.func.count().filter(Escalation.reason.in_(CRISIS_REASONS)))
            .where(*escalations).group_by(Escalation.queue)
        )
    }
    first = _first_replies()
    first_response = _median(session, seconds_between(Escalation.created_at, first.c.at), escalations,
                             Escalation.queue, ((first, first.c.escalation_id == Escalation.id),))
    to_resolve = _median(session, seconds_between(Escalation.created_at, Escalation.resolved_at), escalations,
                         Escalation.queue)
    rows = [
        (label, *counts.get(queue, (0, 0, 0)), first_response.get(queue), to_resolve.get(queue))
        for queue, label in QUEUES.items()
        if not filters.queue or queue == filters.queue
    ]
    return Table("queues", "Per queue", ("Queue", "Handed off", "Resolved", "Crises", "Median first response (s)",
                                         "Median time to resolve (s)"), rows)


def per_agent(session: Session, filters: Filters) -> Table:
    """Per staff member: items claimed, replies sent, items resolved, the median time to their first replies."""
    escalations = _escalations(filters)
    claimed = dict(session.execute(
        sa.select(Escalation.claimed_by, sa.func.count()).where(*escalations, Escalation.claimed_by.is_not(None))
        .group_by(Escalation.claimed_by)).all())
    resolved = dict(session.execute(
        sa.select(Escalation.resolved_by, sa.func.count()).where(*escalations, Escalation.resolved_by.is_not(None))
        .group_by(Escalation.resolved_by)).all())
    replies = dict(session.execute(
        sa.select(StaffReply.author_id, sa.func.count()).join(Escalation, Escalation.id == StaffReply.escalation_id)
        .where(*escalations).group_by(StaffReply.author_id)).all())
    first = _first_replies()
    first_author = sa.select(StaffReply.escalation_id, StaffReply.author_id).join(
        first, sa.and_(first.c.escalation_id == StaffReply.escalation_id, first.c.at == StaffReply.created_at)
    ).subquery()
    joins = ((first, first.c.escalation_id == Escalation.id),
             (first_author, first_author.c.escalation_id == Escalation.id))
    first_response = _median(session, seconds_between(Escalation.created_at, first.c.at), escalations,
                             first_author.c.author_id, joins)
    people = set(claimed) | set(resolved) | set(replies)
    names = dict(session.execute(
        sa.select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(people))).all()) if people else {}
    rows = sorted(
        ((names.get(person, f"#{person}"), claimed.get(person, 0), replies.get(person, 0), resolved.get(person, 0),
          first_response.get(person)) for person in people),
        key=lambda row: (-row[2], row[0]),
    )
    return Table("agents", "Per staff member", ("Staff member", "Claimed", "Replies sent", "Resolved",
                                                "Median first response (s)"), rows)


def tiles_table(tiles_: list[Tile]) -> Table:
    return Table("tiles", "Summary", ("Figure", "This period", "Previous period"),
                 [(tile.label, tile.value, tile.previous) for tile in tiles_])


FIGURES = {"daily": daily, "hourly": hourly, "heatmap": heatmap, "intents": top_intents,
           "misunderstood": misunderstood, "queues": per_queue, "agents": per_agent}
TABLE_NAMES = ("tiles", *FIGURES)


def report(session: Session, filters: Filters) -> Report:
    summary = tiles(session, filters)
    return Report(filters, summary, [tiles_table(summary)] + [figure(session, filters) for figure in FIGURES.values()])


def one_table(session: Session, filters: Filters, name: str) -> Table | None:
    """Only the figure `name` (one of TABLE_NAMES), or None."""
    if name == "tiles":
        return tiles_table(tiles(session, filters))
    figure = FIGURES.get(name)
    return figure(session, filters) if figure else None
