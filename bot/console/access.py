"""Who may use a console route, decided in one place (`staff_only`), the cookies that carry a session (set, read
and cleared by bot.web_security, as the secure chat's), and the one way an audit row is written."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.console import auth, records
from bot.console.auth import StaffUserInfo
from bot.console.web import console_of, in_thread, page
from bot.handoff.queue import QueueItem
from bot.web_security import Cookie

SESSION_COOKIE = Cookie("rb_console")
LOGIN_COOKIE = Cookie("rb_console_login")  # double-submit CSRF token of the login form (no session yet)
WORK_ROLES = frozenset({"agent", "supervisor", "admin"})
OVERSIGHT_ROLES = frozenset({"supervisor", "admin"})
ADMIN_ROLES = frozenset({"admin"})
TRAINER_ROLES = frozenset({"trainer", "admin"})
WRONG_ROLE = "Your role does not give access to this page."
BAD_FORM = "This form has expired or did not come from the console. Reload and try again."

Handler = Callable[..., Awaitable[HTTPResponse]]


@dataclass(frozen=True)
class SignedIn:
    """The staff member a request comes from, and their session's CSRF token (every form of a page carries it)."""

    user: StaffUserInfo
    csrf: str


def refused(request: Request, who: SignedIn, why: str, status: int = 403) -> HTTPResponse:
    """The "Not allowed" page, with the reason."""
    return page(request, "refused.html", status=status, user=who.user, csrf=who.csrf, why=why)


async def signed_in(request: Request, roles: frozenset[str] | None, fragment: bool) -> SignedIn | HTTPResponse:
    """The request's staff member, or the response refusing the request: no session (to the login page, or 401
    for a fragment), a role not in `roles` (403; JSON for a fragment), or a form without the session's CSRF
    token (403)."""
    # The pages' background polling (fragments) does not keep an idle session alive.
    found = await in_thread(auth.session_user, console_of(request).db, SESSION_COOKIE.read(request), None,
                            not fragment)
    if found is None:
        if fragment:
            return response.json({"error": "log in first"}, status=401)
        here = f"{request.path}?{request.query_string}" if request.query_string else request.path
        return response.redirect(f"/login?next={quote(here, safe='/')}")  # back to the same view (its filters)
    who = SignedIn(*found)
    if roles is not None and who.user.role not in roles:
        return response.json({"error": WRONG_ROLE}, status=403) if fragment else refused(request, who, WRONG_ROLE)
    if request.method == "POST":
        given = request.form.get("csrf") if request.form else None
        if not auth.csrf_ok(who.csrf, given):
            return refused(request, who, BAD_FORM)
    return who


def staff_only(roles: frozenset[str] | None = None, fragment: bool = False) -> Callable[[Handler], Handler]:
    """A route for logged-in staff of `roles` (None: any role); POSTs must carry the session's CSRF token.

    The route is called as handler(request, who, **route parameters), `who` being the `SignedIn`. `fragment`:
    a part of a page that the page reloads by itself (answers 401 JSON, not a redirect, and the session's idle
    time is not renewed)."""

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def guarded(request: Request, **params: Any) -> HTTPResponse:
            who = await signed_in(request, roles, fragment)
            if isinstance(who, HTTPResponse):
                return who
            return await handler(request, who, **params)

        return guarded

    return decorate


def ip_of(request: Request) -> str:
    return (request.remote_addr or request.ip or "")[:64]


async def audit(request: Request, user: StaffUserInfo | None, action: str, *, username: str | None = None,
                item: QueueItem | None = None, conversation_id: str | None = None, detail: str = "") -> None:
    """One audit row: who (`user`, or only the `username` tried at a failed login), from the request's address,
    did what, to which conversation (`item`'s, with its escalation id, or `conversation_id`)."""
    if item is not None:
        conversation_id = item.conversation_id
    await in_thread(records.audit, console_of(request).db, user.id if user else None,
                    username if username is not None else user.username, action, ip_of(request),
                    conversation_id, item.id if item else None, detail=detail)

