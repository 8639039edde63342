"""The staff console: server-rendered pages (Sanic + Jinja2), its own process and port.

Pages: /login, /queue (live: its rows reload every 2 s), /conversations/<id> (transcript, notes,
claim / release / reply / transfer / resolve, "bot misunderstood"; every opening is audited), /supervisor
(counts per queue), /audit (who opened what), /review (trainers: label what the assistant was unsure of,
written as Rasa training data by bot.review), /staff (accounts, admin only).
Security: a session cookie (HttpOnly, Secure, SameSite=Strict; only its hash is stored), a CSRF
token per session in every form, roles checked on every route, a strict CSP. The console talks to
the Rasa server only through its token-protected handoff API (bot.handoff.client) and never logs
message text (bot.log_privacy is installed by __main__).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import review
from bot.channels.limits import client_address
from bot.console import auth, records
from bot.console.auth import LoginRefused, StaffUserInfo
from bot.facts import FactsSource
from bot.handoff import QUEUES, queue
from bot.handoff.client import HandoffClient, HandoffUnavailable
from bot.handoff.messages import back_to_bot
from bot.handoff.priority import sentiment_label
from bot.handoff.rasa_api import MAX_STAFF_MESSAGE_CHARS
from bot.patient_requests import LABELS, task_details
from bot.settings import PROJECT_ROOT, Settings
from bot.storage.database import Database
from bot.storage.models import StaffTask, utc_now

HERE = Path(__file__).parent
logger = logging.getLogger(__name__)
SESSION_COOKIE = "rb_console"
LOGIN_COOKIE = "rb_console_login"  # double-submit CSRF token of the login form (no session yet)
WORK_ROLES = frozenset({"agent", "supervisor", "admin"})
OVERSIGHT_ROLES = frozenset({"supervisor", "admin"})
ADMIN_ROLES = frozenset({"admin"})
TRAINER_ROLES = frozenset({"trainer", "admin"})
MAX_NOTE_CHARS = 4000
POLL_SECONDS = 2
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
ASSETS = {"console.js": "application/javascript", "console.css": "text/css"}


def waited_words(delta: timedelta | None) -> str:
    if delta is None:
        return "-"
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return "under a minute"
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min"


def _local_time(moment: datetime | float | None, facts: FactsSource) -> str:
    if moment is None:
        return ""
    if isinstance(moment, (int, float)):
        moment = datetime.fromtimestamp(moment, tz=facts.get().tz)
    return moment.astimezone(facts.get().tz).strftime("%d %b %H:%M")


def create_app(settings: Settings, db: Database, name: str = "riverbend_console",
               client: HandoffClient | None = None) -> Sanic:
    """The console app; `client` replaces the handoff API client (the unit tests give a fake one)."""
    app = Sanic(name)
    app.config.REQUEST_MAX_SIZE = 64 * 1024
    facts = FactsSource(settings.facts_path)
    client = client or HandoffClient(settings.rasa_url, settings.rasa_auth_token)
    templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    templates.globals.update(QUEUES=QUEUES, POLL_SECONDS=POLL_SECONDS, sentiment_label=sentiment_label,
                             waited=waited_words, MAX_STAFF_MESSAGE_CHARS=MAX_STAFF_MESSAGE_CHARS)
    templates.filters["local"] = lambda moment: _local_time(moment, facts)
    templates.filters["queue_name"] = lambda key: QUEUES.get(key, key)
    throttle = auth.LoginThrottle()

    @app.middleware("response")
    async def security_headers(_: Request, reply: HTTPResponse) -> None:
        """Every response gets the same headers, set here only: a dict shared between responses (Sanic's
        redirect() writes Location into the dict it is given) once leaked one user's redirect to the next."""
        for name, value in HEADERS.items():
            reply.headers.setdefault(name, value)

    def page(template: str, status: int = 200, **context: Any) -> HTTPResponse:
        body = templates.get_template(template).render(hospital=facts.get().hospital.name, **context)
        return response.html(body, status=status)

    def run(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Awaitable[Any]:
        return asyncio.to_thread(function, *args, **kwargs)

    def ip_of(request: Request) -> str:
        return (request.remote_addr or request.ip or "")[:64]

    async def staff(request: Request, roles: frozenset[str] | None = None,
                    fragment: bool = False) -> tuple[StaffUserInfo, str] | HTTPResponse:
        """The logged-in user and the session's CSRF token, or the response refusing the request."""
        # The pages' background polling (fragments) does not keep an idle session alive.
        found = await run(auth.session_user, db, request.cookies.get(SESSION_COOKIE), None, not fragment)
        if found is None:
            if fragment:
                return response.json({"error": "log in first"}, status=401)
            return response.redirect(f"/login?next={quote(request.path)}")
        user, _ = found
        if roles is not None and user.role not in roles:
            return page("refused.html", status=403, user=user, csrf=found[1],
                        why="Your role does not give access to this page.")
        if request.method == "POST":
            given = request.form.get("csrf") if request.form else None
            if not auth.csrf_ok(found[1], given):
                return page("refused.html", status=403, user=user, csrf=found[1],
                            why="This form has expired or did not come from the console. Reload and try again.")
        return found

    def back(escalation_id: int, notice: str = "") -> HTTPResponse:
        suffix = f"?notice={quote(notice)}" if notice else ""
        return response.redirect(f"/conversations/{escalation_id}{suffix}", status=303)

    # --- assets, login, logout ------------------------------------------------------------------

    @app.get("/static/<name>")
    async def asset(_: Request, name: str) -> HTTPResponse:
        if name not in ASSETS:
            return response.text("not found", status=404)
        return await response.file(HERE / "static" / name, mime_type=ASSETS[name])

    @app.get("/login")
    async def login_page(request: Request) -> HTTPResponse:
        token = secrets.token_urlsafe(24)
        shown = page("login.html", csrf=token, next=request.args.get("next", "/"), error=request.args.get("error"),
                     wait=request.args.get("wait") if (request.args.get("wait") or "").isdigit() else None)
        _cookie(shown, LOGIN_COOKIE, token, max_age=3600)
        return shown

    @app.post("/login")
    async def login(request: Request) -> HTTPResponse:
        form = request.form or {}
        target = form.get("next") or "/"
        target = target if target.startswith("/") and not target.startswith("//") else "/"
        expected = request.cookies.get(LOGIN_COOKIE) or ""
        if not expected or not auth.csrf_ok(expected, form.get("csrf")):
            return response.redirect("/login?error=expired", status=303)
        username = (form.get("username") or "").strip()
        try:
            user = await run(auth.authenticate, db, username, form.get("password") or "",
                             client_address(request) or "", throttle)
        except LoginRefused as refusal:
            await run(records.audit, db, None, username[:64] or "-", f"login_{refusal.reason}", ip_of(request))
            wait = f"&wait={-(-refusal.retry_after // 60)}" if refusal.retry_after else ""
            return response.redirect(f"/login?error={refusal.reason}{wait}&next={quote(target)}", status=303)
        token, _ = await run(auth.start_session, db, user.id, ip_of(request))
        await run(records.audit, db, user.id, user.username, "login", ip_of(request))
        done = response.redirect(target, status=303)
        _cookie(done, SESSION_COOKIE, token, max_age=int(auth.session_duration().total_seconds()))
        _cookie(done, LOGIN_COOKIE, "", max_age=0)
        return done

    @app.post("/logout")
    async def logout(request: Request) -> HTTPResponse:
        found = await staff(request)
        if isinstance(found, HTTPResponse):
            return found
        await run(auth.end_session, db, request.cookies.get(SESSION_COOKIE))
        done = response.redirect("/login", status=303)
        _cookie(done, SESSION_COOKIE, "", max_age=0)
        return done

    @app.get("/")
    async def home(request: Request) -> HTTPResponse:
        found = await staff(request)
        if isinstance(found, HTTPResponse):
            return found
        user, csrf = found
        if user.role in WORK_ROLES:
            return response.redirect("/queue")
        if user.role in TRAINER_ROLES:
            return response.redirect("/review")
        return page("home.html", user=user, csrf=csrf)

    # --- the queue --------------------------------------------------------------------------------

    def queue_filter(request: Request) -> str | None:
        name = request.args.get("queue")
        return name if name in QUEUES else None

    @app.get("/queue")
    async def queue_page(request: Request) -> HTTPResponse:
        found = await staff(request, WORK_ROLES)
        if isinstance(found, HTTPResponse):
            return found
        user, csrf = found
        chosen = queue_filter(request)
        items = in_scope(user, await run(queue.waiting, db, None, chosen))
        return page("queue.html", user=user, csrf=csrf, items=items, chosen=chosen, now=utc_now())

    @app.get("/queue/rows")
    async def queue_rows(request: Request) -> HTTPResponse:
        found = await staff(request, WORK_ROLES, fragment=True)
        if isinstance(found, HTTPResponse):
            return found
        items = in_scope(found[0], await run(queue.waiting, db, None, queue_filter(request)))
        return page("_queue_rows.html", user=found[0], items=items, now=utc_now())

    def may_see(user: StaffUserInfo, item: queue.QueueItem) -> bool:
        """Agents see the items of their queues and the items they have claimed; supervisors and admins see all."""
        return user.sees_queue(item.queue) or (item.claimed_by == user.id and item.status != "resolved")

    def in_scope(user: StaffUserInfo, items: list[queue.QueueItem]) -> list[queue.QueueItem]:
        return [item for item in items if may_see(user, item)]

    def out_of_scope(user: StaffUserInfo, csrf: str) -> HTTPResponse:
        return page("refused.html", status=403, user=user, csrf=csrf,
                    why="This conversation is in a queue you do not work. Ask a supervisor to transfer it.")

    # --- one conversation -------------------------------------------------------------------------

    async def conversation_view(item: queue.QueueItem) -> dict[str, Any]:
        problem = None
        try:
            transcript = await client.transcript(item.conversation_id)
        except HandoffUnavailable as error:
            transcript, problem = {"messages": [], "paused": None}, str(error)
        if item.resolved_at is not None:  # a resolved item shows the conversation as it was, not what came after
            until = item.resolved_at.timestamp()
            transcript["messages"] = [m for m in transcript.get("messages", []) if (m.get("at") or 0) <= until]
        replies = await run(records.replies_of, db, item.id)
        undelivered = [reply for reply in replies if reply.status in ("pending", "failed")]
        return {"item": item, "messages": transcript.get("messages", []), "paused": transcript.get("paused"),
                "undelivered": undelivered, "transcript_problem": problem}

    def task_of(task_id: int | None) -> list[tuple[str, str]] | None:
        if task_id is None:
            return None
        with db.session() as session:
            task = session.get(StaffTask, task_id)
            if task is None:
                return None
            details = task_details(task)
        return [(LABELS.get(key, key), value or "-") for key, value in details.items()]

    @app.get("/conversations/<escalation_id:int>")
    async def conversation(request: Request, escalation_id: int) -> HTTPResponse:
        found = await staff(request, WORK_ROLES)
        if isinstance(found, HTTPResponse):
            return found
        user, csrf = found
        item = await run(queue.get, db, escalation_id)
        if item is None:
            return page("refused.html", status=404, user=user, csrf=csrf, why="There is no such conversation.")
        if not may_see(user, item):
            return out_of_scope(user, csrf)
        view = await conversation_view(item)
        await run(records.audit, db, user.id, user.username, "open_transcript", ip_of(request),
                  item.conversation_id, item.id)
        return page("conversation.html", user=user, csrf=csrf, now=utc_now(), notice=request.args.get("notice"),
                    notes=await run(records.notes_of, db, escalation_id),
                    task=await run(task_of, item.staff_task_id), **view)

    @app.get("/conversations/<escalation_id:int>/messages")
    async def conversation_messages(request: Request, escalation_id: int) -> HTTPResponse:
        """The transcript part of the page, reloaded while it is open: each read is audited like the opening."""
        found = await staff(request, WORK_ROLES, fragment=True)
        if isinstance(found, HTTPResponse):
            return found
        user = found[0]
        item = await run(queue.get, db, escalation_id)
        if item is None:
            return response.json({"error": "no such conversation"}, status=404)
        if not may_see(user, item):
            return response.json({"error": "this conversation is in a queue you do not work"}, status=403)
        view = await conversation_view(item)
        await run(records.audit, db, user.id, user.username, "read_transcript", ip_of(request),
                  item.conversation_id, item.id)
        return page("_messages.html", user=user, csrf=found[1], **view)

    async def acting(request: Request, escalation_id: int) -> tuple[StaffUserInfo, queue.QueueItem] | HTTPResponse:
        found = await staff(request, WORK_ROLES)
        if isinstance(found, HTTPResponse):
            return found
        item = await run(queue.get, db, escalation_id)
        if item is None:
            return page("refused.html", status=404, user=found[0], csrf=found[1], why="There is no such conversation.")
        if not may_see(found[0], item):
            return out_of_scope(*found)
        return found[0], item

    def mine_or_oversight(user: StaffUserInfo, item: queue.QueueItem) -> bool:
        return item.claimed_by == user.id or user.role in OVERSIGHT_ROLES

    @app.post("/conversations/<escalation_id:int>/claim")
    async def claim(request: Request, escalation_id: int) -> HTTPResponse:
        acted = await acting(request, escalation_id)
        if isinstance(acted, HTTPResponse):
            return acted
        user, item = acted
        try:
            item = await run(queue.claim, db, escalation_id, user.id)
        except queue.ClaimRefused as refusal:
            why = {
                "claimed": f"{refusal.by or 'Another agent'} has already claimed this conversation.",
                "resolved": "This conversation is already resolved.",
            }.get(refusal.reason, "This conversation cannot be claimed.")
            return back(escalation_id, why)
        await run(records.audit, db, user.id, user.username, "claim", ip_of(request), item.conversation_id, item.id)
        try:
            await client.pause(item.conversation_id)
        except HandoffUnavailable as error:
            return back(escalation_id, f"Claimed, but the assistant could not be paused: {error}")
        return back(escalation_id)

    @app.post("/conversations/<escalation_id:int>/release")
    async def release(request: Request, escalation_id: int) -> HTTPResponse:
        acted = await acting(request, escalation_id)
        if isinstance(acted, HTTPResponse):
            return acted
        user, item = acted
        if item.status != "claimed" or not mine_or_oversight(user, item):
            return back(escalation_id, "Only the agent who claimed it (or a supervisor) can release it.")
        await run(queue.release, db, escalation_id)
        await run(records.audit, db, user.id, user.username, "release", ip_of(request), item.conversation_id, item.id)
        return response.redirect("/queue", status=303)

    @app.post("/conversations/<escalation_id:int>/transfer")
    async def transfer(request: Request, escalation_id: int) -> HTTPResponse:
        acted = await acting(request, escalation_id)
        if isinstance(acted, HTTPResponse):
            return acted
        user, item = acted
        target = request.form.get("queue")
        if target not in QUEUES:
            return back(escalation_id, "Choose a queue to transfer to.")
        if item.status == "claimed" and not mine_or_oversight(user, item):
            return back(escalation_id, "Another agent has this conversation; only they or a supervisor can move it.")
        if await run(queue.transfer, db, escalation_id, target) is None:
            return back(escalation_id, "This conversation is already resolved.")
        await run(records.audit, db, user.id, user.username, "transfer", ip_of(request), item.conversation_id,
                  item.id, detail=f"{item.queue} -> {target}")
        return response.redirect("/queue", status=303)

    async def deliver(user: StaffUserInfo, item: queue.QueueItem, reply_id: int, text: str) -> str:
        sent = await client.send(item.conversation_id, text, user.display_name)
        await run(records.mark_reply, db, reply_id, sent.status, sent.detail)
        if sent.status == "failed":
            return f"Your message was NOT delivered: {sent.detail}. It is kept below; send it again when you can."
        if sent.status == "stored":
            return f"Your message is in the conversation, but {sent.detail}."
        return ""

    @app.post("/conversations/<escalation_id:int>/reply")
    async def reply(request: Request, escalation_id: int) -> HTTPResponse:
        acted = await acting(request, escalation_id)
        if isinstance(acted, HTTPResponse):
            return acted
        user, item = acted
        text = (request.form.get("text") or "").strip()
        if item.status == "resolved":
            return back(escalation_id, "This conversation is resolved: the patient is back with the assistant. "
                                       "Nothing was sent.")
        if item.status != "claimed" or item.claimed_by != user.id:
            return back(escalation_id, "Claim the conversation before replying. Nothing was sent.")
        if not text or len(text) > MAX_STAFF_MESSAGE_CHARS:
            return back(escalation_id, f"Write a message of 1 to {MAX_STAFF_MESSAGE_CHARS} characters.")
        reply_id = await run(records.add_reply, db, item.id, item.conversation_id, user.id, text)
        await run(records.audit, db, user.id, user.username, "reply", ip_of(request), item.conversation_id, item.id)
        return back(escalation_id, await deliver(user, item, reply_id, text))

    @app.post("/conversations/<escalation_id:int>/replies/<reply_id:int>/retry")
    async def retry(request: Request, escalation_id: int, reply_id: int) -> HTTPResponse:
        acted = await acting(request, escalation_id)
        if isinstance(acted, HTTPResponse):
            return acted
        user, item = acted
        found = await run(records.reply_of, db, reply_id)
        if found is None or found[0].escalation_id != escalation_id or found[0].status not in ("pending", "failed"):
            return back(escalation_id, "That message has already been sent.")
        if item.status != "claimed" or item.claimed_by != user.id:
            return back(escalation_id, "Claim the conversation before sending. Nothing was sent.")
        return back(escalation_id, await deliver(user, item, reply_id, found[1]))

    @app.post("/conversations/<escalation_id:int>/notes")
    async def note(request: Request, escalation_id: int) -> HTTPResponse:
        acted = await acting(request, escalation_id)
        if isinstance(acted, HTTPResponse):
            return acted
        user, item = acted
        text = (request.form.get("text") or "").strip()
        if not text or len(text) > MAX_NOTE_CHARS:
            return back(escalation_id, f"Write a note of 1 to {MAX_NOTE_CHARS} characters.")
        await run(records.add_note, db, item.id, item.conversation_id, user.id, text)
        await run(records.audit, db, user.id, user.username, "note", ip_of(request), item.conversation_id, item.id)
        return back(escalation_id)

    @app.post("/conversations/<escalation_id:int>/resolve")
    async def resolve(request: Request, escalation_id: int) -> HTTPResponse:
        acted = await acting(request, escalation_id)
        if isinstance(acted, HTTPResponse):
            return acted
        user, item = acted
        if item.status == "resolved":
            return back(escalation_id, "This conversation is already resolved.")
        if item.status == "claimed" and not mine_or_oversight(user, item):
            return back(escalation_id, "Another agent has this conversation; only they or a supervisor can resolve it.")
        # The bot resumes first: a resolved conversation must never stay silent.
        try:
            sent = await client.resume(item.conversation_id, back_to_bot(user.display_name))
        except HandoffUnavailable as error:
            return back(escalation_id, f"Not resolved: the assistant could not be resumed ({error}). Try again.")
        await run(queue.resolve, db, escalation_id, user.id)
        await run(records.audit, db, user.id, user.username, "resolve", ip_of(request), item.conversation_id, item.id)
        if sent.status == "failed":
            return back(escalation_id, f"Resolved and the assistant is back, but the patient was not told: "
                                       f"{sent.detail}.")
        return response.redirect("/queue", status=303)

    @app.post("/conversations/<escalation_id:int>/misunderstood")
    async def misunderstood(request: Request, escalation_id: int) -> HTTPResponse:
        """An agent marks a patient message the assistant got wrong: it goes to the trainers' review.
        The message is found again in the transcript (by its time), so only what the patient wrote is kept."""
        acted = await acting(request, escalation_id)
        if isinstance(acted, HTTPResponse):
            return acted
        user, item = acted
        at = (request.form.get("at") or "").strip()
        try:
            transcript = await client.transcript(item.conversation_id)
        except HandoffUnavailable as error:
            return back(escalation_id, f"Not recorded: the transcript cannot be loaded ({error}).")
        found = next((message for message in transcript.get("messages", [])
                      if message.get("from") == "patient" and str(message.get("at")) == at), None)
        if found is None or not found.get("text"):
            return back(escalation_id, "That message is no longer in the conversation.")
        review_id = await run(review.flag_by_staff, db, item.conversation_id, item.channel, found["text"])
        if review_id is None:
            return back(escalation_id, "Not recorded: secure-chat messages stay in the encrypted conversation only.")
        await run(records.audit, db, user.id, user.username, "flag_misunderstood", ip_of(request),
                  item.conversation_id, item.id, detail=f"review item {review_id}")
        return back(escalation_id, "Thank you: the message is in the trainers' review.")

    # --- trainers ------------------------------------------------------------------------------------

    def review_back(notice: str = "") -> HTTPResponse:
        suffix = f"?notice={quote(notice)}" if notice else ""
        return response.redirect(f"/review{suffix}", status=303)

    @app.get("/review")
    async def review_page(request: Request) -> HTTPResponse:
        found = await staff(request, TRAINER_ROLES)
        if isinstance(found, HTTPResponse):
            return found
        plan = await run(review.current_plan, db)
        new_intents = {name: len(texts) for name, texts in sorted(plan.new_intents.items())}
        return page("review.html", user=found[0], csrf=found[1], notice=request.args.get("notice"),
                    groups=await run(review.open_groups, db), counts=await run(review.counts, db),
                    intents=await run(review.existing_intents), conflicts=plan.conflicts,
                    duplicates=plan.duplicates, new_intents=new_intents, reasons=review.REASONS,
                    data_path=_shown_path(review.data_path()), new_intents_path=_shown_path(review.new_intents_path()))

    @app.post("/review/<item_id:int>/label")
    async def review_label(request: Request, item_id: int) -> HTTPResponse:
        found = await staff(request, TRAINER_ROLES)
        if isinstance(found, HTTPResponse):
            return found
        user, form = found[0], request.form
        new_name = (form.get("new_intent") or "").strip()
        if form.get("kind") == "out_of_scope":
            name, kind = review.OUT_OF_SCOPE, "out_of_scope"
        elif new_name:
            name, kind = new_name, "new"
        else:
            name, kind = (form.get("intent") or "").strip(), "existing"
        try:
            item = await run(review.label, db, item_id, name, kind, user.username)
        except review.LabelRefused as refusal:
            return review_back(str(refusal))
        await run(records.audit, db, user.id, user.username, "review_label", ip_of(request), item.conversation_id,
                  detail=f"review item {item.id}: {item.label} ({item.label_kind})")
        try:
            plan = await run(review.export, db)
        except OSError as error:
            logger.error("Could not write the reviewed training data: %s", type(error).__name__)
            return review_back("Labelled, but the training file could not be written. Tell an administrator.")
        conflict = next((c for c in plan.conflicts if c.item_id == item.id), None)
        if conflict is not None:
            return review_back(f"Labelled, but NOT written to the training data: the same text is an example of "
                               f"{', '.join(conflict.other_intents)}. Resolve it by hand.")
        if item.label_kind == "new":
            return review_back(f"Labelled as the new intent {item.label}: kept apart until the intent is added "
                               "(docs/TRAINING.md).")
        return review_back(f"Labelled as {item.label}.")

    @app.post("/review/<item_id:int>/dismiss")
    async def review_dismiss(request: Request, item_id: int) -> HTTPResponse:
        found = await staff(request, TRAINER_ROLES)
        if isinstance(found, HTTPResponse):
            return found
        user = found[0]
        try:
            item = await run(review.dismiss, db, item_id, user.username)
        except review.LabelRefused as refusal:
            return review_back(str(refusal))
        await run(records.audit, db, user.id, user.username, "review_dismiss", ip_of(request), item.conversation_id,
                  detail=f"review item {item.id}")
        return review_back("Dismissed.")

    @app.get("/review/export.yml")
    async def review_export(request: Request) -> HTTPResponse:
        found = await staff(request, TRAINER_ROLES)
        if isinstance(found, HTTPResponse):
            return found
        content = await run(review.exported_text, db)
        return response.text(content, content_type="application/x-yaml; charset=utf-8", headers={
            "Content-Disposition": 'attachment; filename="review.yml"'})

    # --- supervisors and admins -------------------------------------------------------------------

    @app.get("/supervisor")
    async def supervisor(request: Request) -> HTTPResponse:
        found = await staff(request, OVERSIGHT_ROLES)
        if isinstance(found, HTTPResponse):
            return found
        now = utc_now()
        local_midnight = now.astimezone(facts.get().tz).replace(hour=0, minute=0, second=0, microsecond=0)
        stats = await run(queue.stats, db, now, local_midnight)
        return page("supervisor.html", user=found[0], csrf=found[1], stats=stats)

    @app.get("/audit")
    async def audit_log(request: Request) -> HTTPResponse:
        found = await staff(request, OVERSIGHT_ROLES)
        if isinstance(found, HTTPResponse):
            return found
        conversation_id = request.args.get("conversation") or None
        entries = await run(records.audit_entries, db, conversation_id)
        return page("audit.html", user=found[0], csrf=found[1], entries=entries, conversation_id=conversation_id)

    @app.get("/staff")
    async def staff_page(request: Request) -> HTTPResponse:
        found = await staff(request, ADMIN_ROLES)
        if isinstance(found, HTTPResponse):
            return found
        users = await run(auth.list_users, db)
        throttled = {user.username for user in users if throttle.throttled(user.username)}
        return page("staff.html", user=found[0], csrf=found[1], users=users, roles=auth.ROLES,
                    notice=request.args.get("notice"), throttled=throttled)

    @app.post("/staff")
    async def create_staff(request: Request) -> HTTPResponse:
        found = await staff(request, ADMIN_ROLES)
        if isinstance(found, HTTPResponse):
            return found
        user, form = found[0], request.form
        try:
            await run(auth.create_user, db, (form.get("username") or "").strip(), form.get("display_name") or "",
                      form.get("role") or "", form.get("password") or "", form.getlist("queues") or None)
        except ValueError as error:
            return response.redirect(f"/staff?notice={quote(str(error))}", status=303)
        await run(records.audit, db, user.id, user.username, "create_user", ip_of(request),
                  detail=f"{form.get('username')} ({form.get('role')})")
        return response.redirect("/staff?notice=" + quote("Account created."), status=303)

    @app.post("/staff/<username>/unlock")
    async def unlock_staff(request: Request, username: str) -> HTTPResponse:
        """An admin lifts the login throttle of a username (from every address)."""
        found = await staff(request, ADMIN_ROLES)
        if isinstance(found, HTTPResponse):
            return found
        throttle.lift(username)
        await run(records.audit, db, found[0].id, found[0].username, "unlock_login", ip_of(request),
                  detail=username[:64])
        return response.redirect("/staff?notice=" + quote(f"{username} may log in again."), status=303)

    return app


def _shown_path(path: Path) -> str:
    """A path as the page shows it: relative to the project when inside it."""
    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


def _cookie(reply: HTTPResponse, name: str, value: str, max_age: int) -> None:
    reply.cookies[name] = value
    cookie = reply.cookies[name]
    cookie["path"] = "/"
    cookie["httponly"] = True
    cookie["secure"] = True  # browsers treat http://localhost and 127.0.0.1 as secure contexts too
    cookie["samesite"] = "Strict"
    cookie["max-age"] = max_age
