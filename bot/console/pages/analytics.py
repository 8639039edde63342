"""The analytics page (supervisors and admins): tiles against the previous period, charts with their data tables,
the hour-by-weekday heatmap, the per-queue and per-agent tables, and the CSV of each figure. Counts only
(bot.analytics.figures); filters by date range, channel and queue in the query string, so a view can be shared."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.analytics import figures
from bot.console.access import OVERSIGHT_ROLES, SignedIn, audit, staff_only
from bot.console.web import ConsoleContext, console_of, in_thread, page, waited_words
from bot.handoff import QUEUES

bp = Blueprint("analytics")

DEFAULT_DAYS = 28
MAX_DAYS = 366
EARLIEST = date(2000, 1, 1)  # dates outside 2000 .. a year from today are moved inside (no calendar overflow)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def chosen_filters(request: Request, console: ConsoleContext) -> tuple[figures.Filters, str]:
    """The filters asked for in the query string, and a notice when part of it could not be used (then the
    default: the last 28 days up to today, every channel and queue)."""
    tz = console.facts.get().tz
    today = datetime.now(tz).date()
    args = request.args
    start, end = _day(args.get("from")), _day(args.get("to"))
    notice = ""
    if (args.get("from") and start is None) or (args.get("to") and end is None):
        notice = "Dates are written YYYY-MM-DD: showing the last 28 days."
        start = end = None
    latest = today + timedelta(days=MAX_DAYS)
    end = min(max(end or today, EARLIEST), latest)
    start = min(max(start or end - timedelta(days=DEFAULT_DAYS - 1), EARLIEST), latest)
    if start > end:
        notice, start, end = "The first day was after the last: they were swapped.", end, start
    if (end - start).days + 1 > MAX_DAYS:
        notice, start = f"At most {MAX_DAYS} days at once: showing the {MAX_DAYS} days up to the last.", \
            end - timedelta(days=MAX_DAYS - 1)
    channel = args.get("channel") if args.get("channel") in figures.CHANNELS else None
    queue = args.get("queue") if args.get("queue") in QUEUES else None
    return figures.Filters(start, end, tz, channel, queue), notice


def compute(console: ConsoleContext, filters: figures.Filters) -> figures.Report:
    with console.db.session() as session:
        return figures.report(session, filters)


def compute_table(console: ConsoleContext, filters: figures.Filters, name: str) -> figures.Table | None:
    with console.db.session() as session:
        return figures.one_table(session, filters, name)


def duration_words(seconds: float | None) -> str:
    return waited_words(timedelta(seconds=seconds) if seconds is not None else None)


def csv_cell(cell: object) -> object:
    """A cell as a spreadsheet should read it: text that a spreadsheet would run as a formula is quoted."""
    if cell is None:
        return ""
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell


@bp.get("/analytics")
@staff_only(OVERSIGHT_ROLES)
async def analytics(request: Request, who: SignedIn) -> HTTPResponse:
    console = console_of(request)
    filters, notice = chosen_filters(request, console)
    report = await in_thread(compute, console, filters)
    chart_data = {table.name: {"columns": table.columns, "rows": table.rows}
                  for table in report.tables if table.chart in ("line", "bar")}
    return page(request, "analytics.html", user=who.user, csrf=who.csrf, report=report, filters=filters,
                notice=notice, duration=duration_words,
                chart_data=chart_data)


@bp.get("/analytics.csv")
@staff_only(OVERSIGHT_ROLES)
async def analytics_csv(request: Request, who: SignedIn) -> HTTPResponse:
    """One figure's data as CSV (?table=daily, tiles, hourly, heatmap, intents, misunderstood, queues, agents)."""
    console = console_of(request)
    filters, _ = chosen_filters(request, console)
    table = await in_thread(compute_table, console, filters, request.args.get("table", ""))
    if table is None:
        return response.text("Unknown table: ask for one of " + ", ".join(figures.TABLE_NAMES) + ".", status=404)
    await audit(request, who.user, "export_analytics", detail=f"{table.name} {filters.start}..{filters.end}")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(table.columns)
    writer.writerows([csv_cell(cell) for cell in row] for row in table.rows)
    name = f"analytics-{table.name}-{filters.start}-{filters.end}.csv"
    return response.text(buffer.getvalue(), content_type="text/csv; charset=utf-8",
                         headers={"Content-Disposition": f'attachment; filename="{name}"'})
