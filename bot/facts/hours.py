"""Weekly opening hours: parsed from the facts file, rendered in plain words.

The facts file writes hours per day group (``daily``, ``weekdays``, ``weekends``) or per
day (``monday`` ... ``sunday``, overriding its group). A value is ``"HH:MM-HH:MM"``,
``"24 hours"`` or ``"closed"``. A closing time earlier than the opening time means the
span runs past midnight (a sleep lab open 19:00-07:00).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Union

DAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
DAY_GROUPS: dict[str, tuple[str, ...]] = {
    "daily": DAYS,
    "weekdays": DAYS[:5],
    "weekends": DAYS[5:],
}
_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class Span:
    opens: time
    closes: time

    @property
    def overnight(self) -> bool:
        return self.closes <= self.opens

    def contains(self, moment: time) -> bool:
        if self.overnight:
            return moment >= self.opens or moment < self.closes
        return self.opens <= moment < self.closes


CLOSED = "closed"
ALL_DAY = "24 hours"
DayHours = Union[Span, str]  # a Span, CLOSED or ALL_DAY


def _parse_time(hours: str, minutes: str, raw: str) -> time:
    h, m = int(hours), int(minutes)
    if h > 24 or m > 59 or (h == 24 and m != 0):
        raise ValueError(f"{raw!r} is not a valid time of day")
    return time(0, m) if h == 24 else time(h, m)


def parse_day_hours(raw: object) -> DayHours:
    """Parse one day's value; raises ValueError with a message a hospital admin can act on."""
    if not isinstance(raw, str):
        raise ValueError(f'expected "HH:MM-HH:MM", "24 hours" or "closed", got {raw!r}')
    text = raw.strip().lower()
    if text == CLOSED:
        return CLOSED
    if text in (ALL_DAY, "24h", "open 24 hours"):
        return ALL_DAY
    match = _SPAN.match(text)
    if not match:
        raise ValueError(f'expected "HH:MM-HH:MM", "24 hours" or "closed", got {raw!r}')
    h1, m1, h2, m2 = match.groups()
    span = Span(_parse_time(h1, m1, raw), _parse_time(h2, m2, raw))
    if span.opens == span.closes:
        raise ValueError(f'{raw!r} opens and closes at the same time; use "24 hours"')
    return span


def format_time(moment: time) -> str:
    """11:00 -> "11 am", 07:30 -> "7:30 am", 12:00 -> "12 noon", 00:00 -> "midnight"."""
    if moment == time(0, 0):
        return "midnight"
    if moment == time(12, 0):
        return "12 noon"
    suffix = "am" if moment.hour < 12 else "pm"
    hour = moment.hour % 12 or 12
    return f"{hour} {suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d} {suffix}"


def describe_day_hours(hours: DayHours) -> str:
    if hours == CLOSED:
        return "closed"
    if hours == ALL_DAY:
        return "open 24 hours"
    assert isinstance(hours, Span)
    return f"{format_time(hours.opens)} to {format_time(hours.closes)}"


def _day_range_name(days: list[str]) -> str:
    if tuple(days) == DAYS:
        return "every day"
    if tuple(days) == DAY_GROUPS["weekdays"]:
        return "Monday to Friday"
    if tuple(days) == DAY_GROUPS["weekends"]:
        return "Saturday and Sunday"
    if len(days) == 1:
        return days[0].capitalize()
    if len(days) == 2:
        return f"{days[0].capitalize()} and {days[1].capitalize()}"
    return f"{days[0].capitalize()} to {days[-1].capitalize()}"


@dataclass(frozen=True)
class WeeklyHours:
    """Hours for each of the seven days of the week."""

    days: Mapping[str, DayHours]

    @classmethod
    def parse(cls, raw: object) -> WeeklyHours:
        if not isinstance(raw, Mapping) or not raw:
            raise ValueError('expected a mapping such as {weekdays: "08:00-17:00", weekends: closed}')
        unknown = [key for key in raw if key not in DAYS and key not in DAY_GROUPS]
        if unknown:
            allowed = ", ".join(list(DAY_GROUPS) + list(DAYS))
            raise ValueError(f"unknown day {unknown[0]!r} (allowed: {allowed})")
        days: dict[str, DayHours] = {}
        # Groups first, in order of increasing precision, then single days override them.
        for group in ("daily", "weekdays", "weekends"):
            if group in raw:
                value = parse_day_hours(raw[group])
                for day in DAY_GROUPS[group]:
                    days[day] = value
        for day in DAYS:
            if day in raw:
                days[day] = parse_day_hours(raw[day])
        missing = [day for day in DAYS if day not in days]
        if missing:
            raise ValueError(f"no hours given for {', '.join(missing)}")
        return cls(days)

    def on(self, day: str) -> DayHours:
        return self.days[day]

    def describe(self, only: Iterable[str] | None = None) -> str:
        """Plain-words hours, grouping consecutive days that share the same hours."""
        wanted = [day for day in DAYS if only is None or day in set(only)]
        if tuple(wanted) == DAYS and len(set(self.days.values())) == 1:
            return f"{describe_day_hours(self.days['monday'])}, every day"
        parts: list[str] = []
        run: list[str] = []
        for day in wanted:
            if run and self.days[day] == self.days[run[-1]] and DAYS.index(day) == DAYS.index(run[-1]) + 1:
                run.append(day)
                continue
            if run:
                parts.append(f"{_day_range_name(run)}: {describe_day_hours(self.days[run[0]])}")
            run = [day]
        if run:
            parts.append(f"{_day_range_name(run)}: {describe_day_hours(self.days[run[0]])}")
        return "; ".join(parts)

    def is_open(self, moment: datetime) -> bool:
        today = DAYS[moment.weekday()]
        yesterday = DAYS[(moment.weekday() - 1) % 7]
        hours = self.days[today]
        if hours == ALL_DAY:
            return True
        # Today's span; an overnight span only counts here up to midnight...
        if (
            isinstance(hours, Span)
            and hours.contains(moment.time())
            and (not hours.overnight or moment.time() >= hours.opens)
        ):
            return True
        # ...and after midnight it belongs to yesterday's span.
        previous = self.days[yesterday]
        return isinstance(previous, Span) and previous.overnight and moment.time() < previous.closes

    def open_at(self, day: str, at: time) -> bool:
        """Whether it is open on ``day`` (a day name) at the time of day ``at``."""
        index = DAYS.index(day)
        monday = datetime(2024, 1, 1)  # a Monday: any week will do
        return self.is_open(datetime.combine(monday + timedelta(days=index), at))

    def next_opening(self, moment: datetime) -> datetime | None:
        """The next moment at or after ``moment`` when it opens; None if it never opens."""
        if self.is_open(moment):
            return moment
        for offset in range(0, 8):
            day = moment + timedelta(days=offset)
            hours = self.days[DAYS[day.weekday()]]
            if hours == ALL_DAY:
                start = day.replace(hour=0, minute=0, second=0, microsecond=0)
            elif isinstance(hours, Span):
                start = day.replace(hour=hours.opens.hour, minute=hours.opens.minute, second=0, microsecond=0)
            else:
                continue
            if start >= moment:
                return start
        return None
