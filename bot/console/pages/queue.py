"""The queue: every unresolved item the user may work, most urgent first; the page and the rows it reloads."""

from __future__ import annotations

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.console.access import WORK_ROLES, SignedIn, staff_only
from bot.console.auth import StaffUserInfo
from bot.console.web import console_of, in_thread, page
from bot.handoff import QUEUES, queue
from bot.storage.models import utc_now

bp = Blueprint("queue")


def may_see(user: StaffUserInfo, item: queue.QueueItem) -> bool:
    """Agents see the items of their queues and the items they have claimed; supervisors and admins see all."""
    return user.sees_queue(item.queue) or (item.claimed_by == user.id and item.status != "resolved")


def chosen_queue(request: Request) -> str | None:
    """The queue the list is filtered to (?queue=), if it names one."""
    name = request.args.get("queue")
    return name if name in QUEUES else None


async def visible_items(request: Request, user: StaffUserInfo, chosen: str | None) -> list[queue.QueueItem]:
    items = await in_thread(queue.waiting, console_of(request).db, None, chosen)
    return [item for item in items if may_see(user, item)]


@bp.get("/queue")
@staff_only(WORK_ROLES)
async def queue_page(request: Request, who: SignedIn) -> HTTPResponse:
    chosen = chosen_queue(request)
    items = await visible_items(request, who.user, chosen)
    return page(request, "queue.html", user=who.user, csrf=who.csrf, items=items, chosen=chosen, now=utc_now())


@bp.get("/queue/rows")
@staff_only(WORK_ROLES, fragment=True)
async def queue_rows(request: Request, who: SignedIn) -> HTTPResponse:
    items = await visible_items(request, who.user, chosen_queue(request))
    return page(request, "_queue_rows.html", user=who.user, items=items, now=utc_now())
