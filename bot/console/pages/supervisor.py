"""The supervisors' pages: today's counts per queue, and the audit log (who opened or did what)."""

from __future__ import annotations

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.console import records
from bot.console.access import OVERSIGHT_ROLES, SignedIn, staff_only
from bot.console.web import ConsoleContext, console_of, in_thread, page
from bot.handoff import queue
from bot.storage.models import utc_now

bp = Blueprint("supervisor")


async def todays_stats(console: ConsoleContext) -> list[queue.QueueStats]:
    """Each queue's counts, "today" starting at midnight in the hospital's time zone."""
    now = utc_now()
    local_midnight = now.astimezone(console.facts.get().tz).replace(hour=0, minute=0, second=0, microsecond=0)
    return await in_thread(queue.stats, console.db, now, local_midnight)


@bp.get("/supervisor")
@staff_only(OVERSIGHT_ROLES)
async def supervisor(request: Request, who: SignedIn) -> HTTPResponse:
    stats = await todays_stats(console_of(request))
    return page(request, "supervisor.html", user=who.user, csrf=who.csrf, stats=stats)


@bp.get("/audit")
@staff_only(OVERSIGHT_ROLES)
async def audit_log(request: Request, who: SignedIn) -> HTTPResponse:
    conversation_id = request.args.get("conversation") or None
    entries = await in_thread(records.audit_entries, console_of(request).db, conversation_id)
    return page(request, "audit.html", user=who.user, csrf=who.csrf, entries=entries, conversation_id=conversation_id)
