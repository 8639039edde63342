"""Logging in and out, the static assets, and the home page (which sends each role to its work)."""

from __future__ import annotations

import secrets
from urllib.parse import quote

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.limits import client_address
from bot.console import auth
from bot.console.access import (
    LOGIN_COOKIE,
    SESSION_COOKIE,
    TRAINER_ROLES,
    WORK_ROLES,
    SignedIn,
    audit,
    ip_of,
    staff_only,
)
from bot.console.auth import LoginRefused
from bot.console.web import HERE, console_of, in_thread, page
from bot.settings import PROJECT_ROOT

# The console's own files, and Chart.js from npm (package.json; no build step) for the analytics page.
ASSETS = {
    "console.js": (HERE / "static" / "console.js", "application/javascript"),
    "console.css": (HERE / "static" / "console.css", "text/css"),
    "analytics.js": (HERE / "static" / "analytics.js", "application/javascript"),
    "chart.umd.min.js": (PROJECT_ROOT / "node_modules" / "chart.js" / "dist" / "chart.umd.min.js",
                         "application/javascript"),
}
LOGIN_FORM_SECONDS = 3600

bp = Blueprint("login")


@bp.get("/static/<name>")
async def asset(_: Request, name: str) -> HTTPResponse:
    if name not in ASSETS:
        return response.text("not found", status=404)
    path, mime_type = ASSETS[name]
    return await response.file(path, mime_type=mime_type)


@bp.get("/login")
async def login_page(request: Request) -> HTTPResponse:
    token = secrets.token_urlsafe(24)
    wait = request.args.get("wait")
    shown = page(request, "login.html", csrf=token, next=request.args.get("next", "/"),
                 error=request.args.get("error"), wait=wait if (wait or "").isdigit() else None)
    LOGIN_COOKIE.set(shown, token, max_age=LOGIN_FORM_SECONDS)
    return shown


def _inside_console(target: str) -> str:
    """Where to go after logging in: a path of this site only (never //elsewhere)."""
    return target if target.startswith("/") and not target.startswith("//") else "/"


@bp.post("/login")
async def login(request: Request) -> HTTPResponse:
    form = request.form or {}
    target = _inside_console(form.get("next") or "/")
    expected = LOGIN_COOKIE.read(request) or ""
    if not expected or not auth.csrf_ok(expected, form.get("csrf")):
        return response.redirect("/login?error=expired", status=303)
    console = console_of(request)
    username = (form.get("username") or "").strip()
    try:
        user = await in_thread(auth.authenticate, console.db, username, form.get("password") or "",
                               client_address(request) or "", console.throttle)
    except LoginRefused as refusal:
        await audit(request, None, f"login_{refusal.reason}", username=username[:64] or "-")
        wait = f"&wait={-(-refusal.retry_after // 60)}" if refusal.retry_after else ""
        return response.redirect(f"/login?error={refusal.reason}{wait}&next={quote(target)}", status=303)
    token, _ = await in_thread(auth.start_session, console.db, user.id, ip_of(request))
    await audit(request, user, "login")
    done = response.redirect(target, status=303)
    SESSION_COOKIE.set(done, token, max_age=int(auth.session_duration().total_seconds()))
    LOGIN_COOKIE.clear(done)
    return done


@bp.post("/logout")
@staff_only()
async def logout(request: Request, who: SignedIn) -> HTTPResponse:
    await in_thread(auth.end_session, console_of(request).db, SESSION_COOKIE.read(request))
    await audit(request, who.user, "logout")
    done = response.redirect("/login", status=303)
    SESSION_COOKIE.clear(done)
    return done


@bp.get("/")
@staff_only()
async def home(request: Request, who: SignedIn) -> HTTPResponse:
    if who.user.role in WORK_ROLES:
        return response.redirect("/queue")
    if who.user.role in TRAINER_ROLES:
        return response.redirect("/review")
    return page(request, "home.html", user=who.user, csrf=who.csrf)
