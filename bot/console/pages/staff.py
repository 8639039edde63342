"""The admins' Staff page: the accounts (and which usernames are throttled), a new account, unlocking a login."""

from __future__ import annotations

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.console import auth
from bot.console.access import ADMIN_ROLES, SignedIn, audit, staff_only
from bot.console.web import console_of, in_thread, page, with_notice

bp = Blueprint("staff")


@bp.get("/staff")
@staff_only(ADMIN_ROLES)
async def staff_page(request: Request, who: SignedIn) -> HTTPResponse:
    console = console_of(request)
    users = await in_thread(auth.list_users, console.db)
    throttled = {user.username for user in users if console.throttle.throttled(user.username)}
    return page(request, "staff.html", user=who.user, csrf=who.csrf, users=users, roles=auth.ROLES,
                notice=request.args.get("notice"), throttled=throttled)


@bp.post("/staff")
@staff_only(ADMIN_ROLES)
async def create_staff(request: Request, who: SignedIn) -> HTTPResponse:
    form = request.form
    try:
        await in_thread(auth.create_user, console_of(request).db, (form.get("username") or "").strip(),
                        form.get("display_name") or "", form.get("role") or "", form.get("password") or "",
                        form.getlist("queues") or None)
    except ValueError as error:
        return with_notice("/staff", str(error))
    await audit(request, who.user, "create_user", detail=f"{form.get('username')} ({form.get('role')})")
    return with_notice("/staff", "Account created.")


@bp.post("/staff/<username>/unlock")
@staff_only(ADMIN_ROLES)
async def unlock_staff(request: Request, who: SignedIn, username: str) -> HTTPResponse:
    """An admin lifts the login throttle of a username (from every address). Failed logins are counted for
    names with no account too (so a guesser learns nothing); those are cleared, and the admin is told."""
    console = console_of(request)
    console.throttle.lift(username)
    await audit(request, who.user, "unlock_login", detail=username[:64])
    if not await in_thread(auth.user_exists, console.db, username):
        return with_notice("/staff", f"There is no account named {username[:64]}; its failed logins were cleared.")
    return with_notice("/staff", f"{username} may log in again.")
