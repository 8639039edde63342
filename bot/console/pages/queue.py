"""The queue: the unresolved items the user may work, most urgent first, a page at a time, filtered by queue, channel,
status and priority tier, or found by conversation id. The live page polls `/queue/updates`: only what changed since
the rows it shows. `/queue/rows` gives a page's rows alone (scripts and the integration tests read it)."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import conversation_ids
from bot.console.access import WORK_ROLES, SignedIn, staff_only
from bot.console.auth import StaffUserInfo
from bot.console.web import console_of, in_thread, page, rendered
from bot.handoff import QUEUES, queue
from bot.handoff.priority import TIERS
from bot.storage.models import utc_now

bp = Blueprint("queue")

PAGE_SIZE = 50
MAX_SEARCH_CHARS = 128
FILTER_NAMES = ("queue", "channel", "status", "tier", "search")


def may_see(user: StaffUserInfo, item: queue.QueueItem) -> bool:
    """Agents see the items of their queues and the items they have claimed; supervisors and admins see all."""
    return user.sees_queue(item.queue) or (item.claimed_by == user.id and item.status != "resolved")


def _one_of(request: Request, name: str, allowed: object) -> str | None:
    value = request.args.get(name)
    return value if value in allowed else None  # type: ignore[operator]


def chosen_filter(request: Request, user: StaffUserInfo) -> queue.QueueFilter:
    """The query string's filters (unknown values are ignored), limited to what `user` may see (`may_see`)."""
    agent_queues = user.queues if user.role == "agent" and user.queues is not None else None
    return queue.QueueFilter(
        queue=_one_of(request, "queue", QUEUES),
        channel=_one_of(request, "channel", conversation_ids.LABELS),
        status=_one_of(request, "status", queue.UNRESOLVED),
        tier=_one_of(request, "tier", TIERS),
        search=(request.args.get("search") or "").strip()[:MAX_SEARCH_CHARS],
        visible_queues=agent_queues,
        viewer=user.id,
    )


def chosen_page(request: Request) -> int:
    number = request.args.get("page", "1")
    return int(number) if re.fullmatch(r"[0-9]{1,6}", number) else 1


def filter_query(chosen: queue.QueueFilter) -> str:
    """The filters as a query string (without the page), for links and the page's polling."""
    return urlencode([(name, getattr(chosen, name)) for name in FILTER_NAMES if getattr(chosen, name)])


async def page_of(request: Request, who: SignedIn) -> tuple[queue.QueueFilter, queue.QueuePage]:
    chosen = chosen_filter(request, who.user)
    shown = await in_thread(queue.waiting_page, console_of(request).db, chosen, chosen_page(request), PAGE_SIZE)
    return chosen, shown


@bp.get("/queue")
@staff_only(WORK_ROLES)
async def queue_page(request: Request, who: SignedIn) -> HTTPResponse:
    chosen, shown = await page_of(request, who)
    query = filter_query(chosen)
    return page(request, "queue.html", user=who.user, csrf=who.csrf, shown=shown, items=shown.items,
                chosen=chosen, query=query, filtered=bool(query), now=utc_now())


@bp.get("/queue/rows")
@staff_only(WORK_ROLES, fragment=True)
async def queue_rows(request: Request, who: SignedIn) -> HTTPResponse:
    chosen, shown = await page_of(request, who)
    return page(request, "_queue_rows.html", user=who.user, items=shown.items, now=utc_now(),
                filtered=bool(filter_query(chosen)))


def known_versions(request: Request) -> dict[int, str]:
    """?known=ID:VERSION,...: the rows the page shows, as the page last received them."""
    known = {}
    for entry in (request.args.get("known") or "").split(",")[: PAGE_SIZE * 2]:
        escalation_id, _, version = entry.partition(":")
        if re.fullmatch(r"[0-9]{1,12}", escalation_id):
            known[int(escalation_id)] = version
    return known


@bp.get("/queue/updates")
@staff_only(WORK_ROLES, fragment=True)
async def queue_updates(request: Request, who: SignedIn) -> HTTPResponse:
    """What the live page needs to become the current page: the order of its rows, the HTML of the rows it does not
    have as they are now (new, changed, or re-scored), and the summary. Rows it has and that did not change are
    only named, so an unchanged queue costs a few bytes per poll."""
    chosen, shown = await page_of(request, who)
    known = known_versions(request)
    now = utc_now()
    changed = {
        str(item.id): rendered(request, "_queue_row.html", user=who.user, item=item, now=now)
        for item in shown.items
        if known.get(item.id) != item.version
    }
    return response.json({
        "order": [item.id for item in shown.items],
        "rows": changed,
        "summary": rendered(request, "_queue_summary.html", shown=shown, filtered=bool(filter_query(chosen))),
    })
