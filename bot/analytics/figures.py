"""The supervisors' figures for a period, computed in SQL (SQLite and PostgreSQL alike): tiles compared with the
previous period of the same length, time series, the hour-by-weekday heatmap, top intents, and the per-queue and
per-agent tables. Every figure is a `Table` (the page draws it, lists it for screen readers, and exports it as CSV).

Sources: `message_counts` and `intent_counts` (patient messages counted as they arrive, by the hospital's local
hour or day, channel, fallback and intent, and the conversations started: Rasa sessions), `escalations`
(handoffs, crises, callbacks, the first staff reply, time to resolve), `secure_links` (sensitive conversations moved
to the secure chat, and whether the link was opened). The channel filter applies to all of them;
the queue filter to the staff figures (escalations and what follows from them), since a message has no queue.

Speed (bench/console.py: 100,000 conversations): messages are counted as they arrive, so a period's messages are a
few thousand rows of counts, summed in SQL for each figure (`Period.message_counts`). Staff figures are aggregates
over one covering index of the escalations: counts by group, and medians of durations (to the first staff reply,
to resolution; each dialect's own date difference, `seconds_between`) ranked by window functions (`medians`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot import conversation_ids
from bot.handoff import QUEUES
from bot.handoff.queue import CRISIS_REASONS
from bot.nlu_quality import FALLBACK_INTENT
from bot.storage.functions import seconds_between
from bot.storage.models import (
    Escalation,
    IntentCount,
    MessageCount,
    SecureLink,
    StaffReply,
    StaffUser,
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TOP = 10
CHANNELS = conversation_ids.LABELS


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


def medians(session: Session, seconds: Any, conditions: list[Any], group: Any = None) -> dict[Any, float]:
    """The median of `seconds` over the escalations meeting `conditions`, per `group` (or under the key None):
    ranked by a window function, the middle one (or the mean of the middle two) of each group."""
    key = group if group is not None else sa.literal(None)
    values = sa.select(key.label("key"), seconds.label("seconds")).where(*conditions, seconds.is_not(None)).subquery()
    ranked = sa.select(
        values.c.key,
        values.c.seconds,
        sa.func.row_number().over(partition_by=values.c.key, order_by=values.c.seconds).label("rank"),
        sa.func.count().over(partition_by=values.c.key).label("n"),
    ).subquery()
    # The middle rank, or the two middle ones: 2 x rank within n .. n + 2 (no integer division, whatever the dialect).
    middle = sa.select(ranked.c.key, sa.func.avg(ranked.c.seconds)).where(
        (2 * ranked.c.rank).between(ranked.c.n, ranked.c.n + 2)
    ).group_by(ranked.c.key)
    return {key: round(float(value), 1) for key, value in session.execute(middle)}


FIRST_REPLY = seconds_between(Escalation.created_at, Escalation.first_reply_at)
TO_RESOLVE = seconds_between(Escalation.created_at, Escalation.resolved_at)
IS_CRISIS = Escalation.reason.in_(CRISIS_REASONS)


class Period:
    """The figures of one period: its filters as SQL conditions, and the queries several figures share (run once)."""

    def __init__(self, session: Session, filters: Filters) -> None:
        self.session = session
        self.filters = filters
        self.start, self.after = filters.instants()

    # --- what the queries select ---------------------------------------------------------------------------------

    def counted(self, model: type[MessageCount] | type[IntentCount]) -> list[Any]:
        """The conditions that select the period's (and channel's) rows of a count table."""
        conditions = [model.local_day >= self.filters.start, model.local_day <= self.filters.end]
        if self.filters.channel:
            conditions.append(model.channel == self.filters.channel)
        return conditions

    def escalations(self, any_queue: bool = False) -> list[Any]:
        conditions = [Escalation.created_at >= self.start, Escalation.created_at < self.after]
        if self.filters.channel:
            conditions.append(Escalation.channel == self.filters.channel)
        if self.filters.queue and not any_queue:
            conditions.append(Escalation.queue == self.filters.queue)
        return conditions

    # --- the queries ---------------------------------------------------------------------------------------------

    def message_counts(self, *columns: Any, since: date | None = None) -> Counter:
        """The period's messages summed in SQL by `columns` of message_counts (from `since`, a later first day)."""
        conditions = self.counted(MessageCount)
        if since is not None:
            conditions.append(MessageCount.local_day >= since)
        totals: Counter = Counter()
        for *key, count in self.session.execute(
            sa.select(*columns, sa.func.sum(MessageCount.messages)).where(*conditions).group_by(*columns)
        ):
            totals[tuple(key)] = int(count)
        return totals

    @cached_property
    def understood(self) -> list[tuple[str, str, int]]:
        """(intent, guessed intent, messages) over the period; the intent is nlu_fallback when it fell back."""
        columns = (IntentCount.intent, IntentCount.guessed_intent)
        return [tuple(row) for row in self.session.execute(
            sa.select(*columns, sa.func.sum(IntentCount.messages)).where(*self.counted(IntentCount))
            .group_by(*columns))]

    def median(self, seconds: Any, *conditions: Any, group: Any = None) -> Any:
        """The median of `seconds` over the period's escalations (in the chosen queue) meeting `conditions`: one
        number, or a dict per value of `group`."""
        found = medians(self.session, seconds, [*self.escalations(), *conditions], group)
        return found if group is not None else found.get(None)

    def escalated_conversations(self, *conditions: Any) -> int:
        return self.session.scalar(sa.select(sa.func.count(sa.distinct(Escalation.conversation_id))).where(
            *conditions))

    @cached_property
    def totals(self) -> dict[tuple[str, bool], tuple[int, int]]:
        """(messages, conversations started) per (channel, fell back)."""
        return {(channel, fell_back): (int(messages), int(conversations))
                for channel, fell_back, messages, conversations in self.session.execute(
                    sa.select(MessageCount.channel, MessageCount.fell_back, sa.func.sum(MessageCount.messages),
                              sa.func.sum(MessageCount.conversations))
                    .where(*self.counted(MessageCount)).group_by(MessageCount.channel, MessageCount.fell_back))}

    def counts(self) -> dict[str, float | None]:
        """The tiles' numbers."""
        messages = sum(count for count, _ in self.totals.values())
        fallbacks = sum(count for (_, fell_back), (count, _) in self.totals.items() if fell_back)
        conversations = sum(started for _, started in self.totals.values())
        # Conversations are Rasa sessions; those with a queue item of the period count as escalated (a conversation
        # that comes back to the same item in a new session counts once).
        escalated = self.escalated_conversations(*self.escalations(any_queue=True))
        handed_off = self.escalated_conversations(*self.escalations(), ~IS_CRISIS)
        crises, callbacks, callbacks_done = self.session.execute(sa.select(
            sa.func.count().filter(IS_CRISIS), sa.func.count().filter(Escalation.callback_promised.is_(True)),
            sa.func.count().filter(Escalation.callback_promised.is_(True), Escalation.status == "resolved"),
        ).where(*self.escalations())).one()
        link_conditions = [SecureLink.created_at >= self.start, SecureLink.created_at < self.after]
        if self.filters.channel:
            link_conditions.append(SecureLink.origin_channel == self.filters.channel)
        moved, opened = self.session.execute(
            sa.select(sa.func.count(sa.distinct(SecureLink.origin_conversation_id)),
                      sa.func.count(sa.distinct(SecureLink.origin_conversation_id))
                      .filter(SecureLink.used_at.is_not(None)))
            .where(*link_conditions)
        ).one()
        by_channel: Counter = Counter()
        for (channel, _), (count, _) in self.totals.items():
            by_channel[channel] += count
        counts: dict[str, float | None] = {
            "conversations": conversations,
            "messages": messages,
            "resolved_alone": max(0, conversations - escalated) / conversations if conversations else None,
            "handoff_rate": handed_off / conversations if conversations else None,
            "crises": crises,
            "crisis_reply": self.median(FIRST_REPLY, IS_CRISIS),
            "moved_to_secure": moved,
            "secure_opened": opened / moved if moved else None,
            "fallback_rate": fallbacks / messages if messages else None,
            "first_response": self.median(FIRST_REPLY),
            "to_resolve": self.median(TO_RESOLVE),
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


def tiles(session: Session, filters: Filters, period: Period | None = None) -> list[Tile]:
    now = (period or Period(session, filters)).counts()
    before = Period(session, filters.previous()).counts()
    return [Tile(key, label, now[key], before[key], unit) for key, label, unit in TILES]


def _pivot(counts: Counter, keys: list[Any]) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """{(key, channel): count} as one row per key and one column per channel seen."""
    seen = {channel for _, channel in counts}
    channels = [channel for channel in CHANNELS if channel in seen] + sorted(seen - set(CHANNELS))
    columns = tuple(CHANNELS.get(channel, channel) for channel in channels)
    return columns, [(key, *(counts.get((key, channel), 0) for channel in channels)) for key in keys]


def daily(period: Period) -> Table:
    counts = Counter({(day.isoformat(), channel): count for (day, channel), count
                      in period.message_counts(MessageCount.local_day, MessageCount.channel).items()})
    days = [(period.filters.start + timedelta(days=offset)).isoformat() for offset in range(period.filters.days)]
    columns, rows = _pivot(counts, days)
    return Table("daily", "Messages by day and channel", ("Day", *columns), rows, "line")


HOURLY_DAYS = 7


def hourly(period: Period) -> Table:
    """Hour by hour over the period's last 7 days at most (a point per hour of a longer period is unreadable)."""
    end = period.filters.end
    start = max(period.filters.start, end - timedelta(days=HOURLY_DAYS - 1))
    counts = Counter({(f"{day.isoformat()} {hour:02d}:00", channel): count for (day, hour, channel), count
                      in period.message_counts(MessageCount.local_day, MessageCount.local_hour, MessageCount.channel,
                                               since=start).items()})
    hours = [f"{(start + timedelta(days=offset)).isoformat()} {hour:02d}:00"
             for offset in range((end - start).days + 1) for hour in range(24)]
    columns, rows = _pivot(counts, hours)
    return Table("hourly", f"Messages by hour and channel ({start} to {end})", ("Hour", *columns), rows, "line")


def heatmap(period: Period) -> Table:
    counts = period.message_counts(MessageCount.local_weekday, MessageCount.local_hour)
    rows = [(WEEKDAYS[weekday], *(counts.get((weekday, hour), 0) for hour in range(24))) for weekday in range(7)]
    return Table("heatmap", "Messages by weekday and hour", ("Weekday", *(f"{hour:02d}" for hour in range(24))),
                 rows, "heatmap")


def _top(counts: Counter) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP]


def top_intents(period: Period) -> Table:
    counts: Counter = Counter()
    for intent, _, count in period.understood:
        if intent not in ("", FALLBACK_INTENT):
            counts[intent] += count
    return Table("intents", "Top intents", ("Intent", "Messages"), _top(counts), "bar")


def misunderstood(period: Period) -> Table:
    """What the assistant guessed when it was not sure enough to answer: the topics to train next."""
    counts: Counter = Counter()
    for intent, guessed, count in period.understood:
        if intent == FALLBACK_INTENT:
            counts[guessed or "(no guess)"] += count
    return Table("misunderstood", "Top misunderstood intents (the assistant's guess when it fell back)",
                 ("Guessed intent", "Messages"), _top(counts), "bar")


def per_queue(period: Period) -> Table:
    counts = {queue: (total, resolved, crises) for queue, total, resolved, crises in period.session.execute(
        sa.select(Escalation.queue, sa.func.count(), sa.func.count().filter(Escalation.status == "resolved"),
                  sa.func.count().filter(IS_CRISIS)).where(*period.escalations()).group_by(Escalation.queue))}
    first_reply = period.median(FIRST_REPLY, group=Escalation.queue)
    to_resolve = period.median(TO_RESOLVE, group=Escalation.queue)
    rows = [(label, *counts.get(queue, (0, 0, 0)), first_reply.get(queue), to_resolve.get(queue))
            for queue, label in QUEUES.items() if not period.filters.queue or queue == period.filters.queue]
    return Table("queues", "Per queue", ("Queue", "Handed off", "Resolved", "Crises", "Median first response (s)",
                                         "Median time to resolve (s)"), rows)


def per_agent(period: Period) -> Table:
    """Per staff member: items claimed, replies sent, items resolved, the median time to the first replies they
    sent."""
    session, escalations = period.session, period.escalations()

    def per_person(column: Any, *joins: Any) -> dict[int, int]:
        query = sa.select(column, sa.func.count())
        for target, on in joins:
            query = query.join(target, on)
        return dict(session.execute(query.where(*escalations, column.is_not(None)).group_by(column)).all())

    claimed = per_person(Escalation.claimed_by)
    resolved = per_person(Escalation.resolved_by)
    replies = per_person(StaffReply.author_id, (Escalation, Escalation.id == StaffReply.escalation_id))
    first_reply = period.median(FIRST_REPLY, group=Escalation.first_reply_by)
    people = set(claimed) | set(resolved) | set(replies)
    names = dict(session.execute(
        sa.select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(people))).all()) if people else {}
    rows = sorted(
        ((names.get(person, f"#{person}"), claimed.get(person, 0), replies.get(person, 0), resolved.get(person, 0),
          first_reply.get(person)) for person in people),
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
    period = Period(session, filters)
    summary = tiles(session, filters, period)
    return Report(filters, summary, [tiles_table(summary)] + [figure(period) for figure in FIGURES.values()])


def one_table(session: Session, filters: Filters, name: str) -> Table | None:
    """Only the figure `name` (one of TABLE_NAMES), or None."""
    if name == "tiles":
        return tiles_table(tiles(session, filters))
    figure = FIGURES.get(name)
    return figure(Period(session, filters)) if figure else None
