"""One conversation: its page and transcript (every reading audited), claim, release, transfer, reply, send
again, notes, resolve, and "bot misunderstood" (the message goes to the trainers' review)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import review
from bot.console import records
from bot.console.access import OVERSIGHT_ROLES, WORK_ROLES, Handler, SignedIn, audit, refused, staff_only
from bot.console.auth import StaffUserInfo
from bot.console.pages.queue import may_see
from bot.console.web import console_of, in_thread, page, with_notice
from bot.handoff import QUEUES, queue
from bot.handoff.client import HandoffUnavailable
from bot.handoff.messages import back_to_bot
from bot.handoff.rasa_api import MAX_STAFF_MESSAGE_CHARS
from bot.patient_requests import LABELS, task_details
from bot.storage.database import Database
from bot.storage.models import StaffTask, utc_now

MAX_NOTE_CHARS = 4000
NO_SUCH_CONVERSATION = "There is no such conversation."
NOT_YOUR_QUEUE = "This conversation is in a queue you do not work. Ask a supervisor to transfer it."
UNDELIVERED = ("pending", "failed")

bp = Blueprint("conversation")


def one_conversation(fragment: bool = False, audited_as: str | None = None) -> Callable[[Handler], Handler]:
    """Under `staff_only(WORK_ROLES)`: the escalation the route's `escalation_id` names, handed to the handler after
    `who`; refused with 404 when there is none and 403 when it is in a queue the user does not work (as JSON for a
    fragment).

    `audited_as`: every reading let through is audited under this action, before the transcript is fetched."""

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def with_item(request: Request, who: SignedIn, escalation_id: int, **params: Any) -> HTTPResponse:
            item = await in_thread(queue.get, console_of(request).db, escalation_id)
            if item is None:
                if fragment:
                    return response.json({"error": "no such conversation"}, status=404)
                return refused(request, who, NO_SUCH_CONVERSATION, status=404)
            if not may_see(who.user, item):
                if fragment:
                    return response.json({"error": "this conversation is in a queue you do not work"}, status=403)
                return refused(request, who, NOT_YOUR_QUEUE)
            if audited_as:
                await audit(request, who.user, audited_as, item=item)
            return await handler(request, who, item, **params)

        return with_item

    return decorate


def back(escalation_id: int, notice: str = "") -> HTTPResponse:
    return with_notice(f"/conversations/{escalation_id}", notice)


def mine_or_oversight(user: StaffUserInfo, item: queue.QueueItem) -> bool:
    return item.claimed_by == user.id or user.role in OVERSIGHT_ROLES


def claimed_by(user: StaffUserInfo, item: queue.QueueItem) -> bool:
    return item.status == "claimed" and item.claimed_by == user.id


# --- what the page shows ------------------------------------------------------------------------------


async def transcript_view(request: Request, item: queue.QueueItem) -> dict[str, Any]:
    """The transcript part of the page: the messages, whether the bot is paused, replies not delivered yet."""
    console = console_of(request)
    problem = None
    try:
        transcript = await console.client.transcript(item.conversation_id)
    except HandoffUnavailable as error:
        transcript, problem = {"messages": [], "paused": None}, str(error)
    if item.resolved_at is not None:  # a resolved item shows the conversation as it was, not what came after
        until = item.resolved_at.timestamp()
        transcript["messages"] = [m for m in transcript.get("messages", []) if (m.get("at") or 0) <= until]
    replies = await in_thread(records.replies_of, console.db, item.id)
    undelivered = [reply for reply in replies if reply.status in UNDELIVERED]
    return {"item": item, "messages": transcript.get("messages", []), "paused": transcript.get("paused"),
            "undelivered": undelivered, "transcript_problem": problem}


def request_details(db: Database, task_id: int | None) -> list[tuple[str, str]] | None:
    """The secure-chat request behind the item, as (label, value) rows."""
    if task_id is None:
        return None
    with db.session() as session:
        task = session.get(StaffTask, task_id)
        if task is None:
            return None
        details = task_details(task)
    return [(LABELS.get(key, key), value or "-") for key, value in details.items()]


@bp.get("/conversations/<escalation_id:int>")
@staff_only(WORK_ROLES)
@one_conversation(audited_as="open_transcript")
async def conversation(request: Request, who: SignedIn, item: queue.QueueItem) -> HTTPResponse:
    db = console_of(request).db
    view = await transcript_view(request, item)
    return page(request, "conversation.html", user=who.user, csrf=who.csrf, now=utc_now(),
                notice=request.args.get("notice"), notes=await in_thread(records.notes_of, db, item.id),
                task=await in_thread(request_details, db, item.staff_task_id), **view)


@bp.get("/conversations/<escalation_id:int>/messages")
@staff_only(WORK_ROLES, fragment=True)
@one_conversation(fragment=True, audited_as="read_transcript")
async def conversation_messages(request: Request, who: SignedIn, item: queue.QueueItem) -> HTTPResponse:
    """The transcript part of the page, reloaded while it is open."""
    return page(request, "_messages.html", user=who.user, csrf=who.csrf, **await transcript_view(request, item))


# --- who has it ---------------------------------------------------------------------------------------


def _claim_refused(refusal: queue.ClaimRefused) -> str:
    return {
        "claimed": f"{refusal.by or 'Another agent'} has already claimed this conversation.",
        "resolved": "This conversation is already resolved.",
    }.get(refusal.reason, "This conversation cannot be claimed.")


@bp.post("/conversations/<escalation_id:int>/claim")
@staff_only(WORK_ROLES)
@one_conversation()
async def claim(request: Request, who: SignedIn, item: queue.QueueItem) -> HTTPResponse:
    console = console_of(request)
    try:
        item = await in_thread(queue.claim, console.db, item.id, who.user.id)
    except queue.ClaimRefused as refusal:
        return back(item.id, _claim_refused(refusal))
    await audit(request, who.user, "claim", item=item)
    try:
        await console.client.pause(item.conversation_id)
    except HandoffUnavailable as error:
        return back(item.id, f"Claimed, but the assistant could not be paused: {error}")
    return back(item.id)


@bp.post("/conversations/<escalation_id:int>/release")
@staff_only(WORK_ROLES)
@one_conversation()
async def release(request: Request, who: SignedIn, item: queue.QueueItem) -> HTTPResponse:
    if item.status != "claimed" or not mine_or_oversight(who.user, item):
        return back(item.id, "Only the agent who claimed it (or a supervisor) can release it.")
    await in_thread(queue.release, console_of(request).db, item.id)
    await audit(request, who.user, "release", item=item)
    return response.redirect("/queue", status=303)


@bp.post("/conversations/<escalation_id:int>/transfer")
@staff_only(WORK_ROLES)
@one_conversation()
async def transfer(request: Request, who: SignedIn, item: queue.QueueItem) -> HTTPResponse:
    target = request.form.get("queue")
    if target not in QUEUES:
        return back(item.id, "Choose a queue to transfer to.")
    if item.status == "claimed" and not mine_or_oversight(who.user, item):
        return back(item.id, "Another agent has this conversation; only they or a supervisor can move it.")
    if await in_thread(queue.transfer, console_of(request).db, item.id, target) is None:
        return back(item.id, "This conversation is already resolved.")
    await audit(request, who.user, "transfer", item=item, detail=f"{item.queue} -> {target}")
    return response.redirect("/queue", status=303)


# --- what staff write ---------------------------------------------------------------------------------


async def deliver(request: Request, who: SignedIn, item: queue.QueueItem, reply_id: int, text: str) -> str:
    """Send a kept reply through the patient's channel; the notice telling the agent what became of it."""
    console = console_of(request)
    sent = await console.client.send(item.conversation_id, text, who.user.display_name)
    await in_thread(records.mark_reply, console.db, reply_id, sent.status, sent.detail)
    if sent.status == "failed":
        return f"Your message was NOT delivered: {sent.detail}. It is kept below; send it again when you can."
    if sent.status == "stored":
        return f"Your message is in the conversation, but {sent.detail}."
    return ""


@bp.post("/conversations/<escalation_id:int>/reply")
@staff_only(WORK_ROLES)
@one_conversation()
async def reply(request: Request, who: SignedIn, item: queue.QueueItem) -> HTTPResponse:
    text = (request.form.get("text") or "").strip()
    if item.status == "resolved":
        return back(item.id, "This conversation is resolved: the patient is back with the assistant. Nothing was sent.")
    if not claimed_by(who.user, item):
        return back(item.id, "Claim the conversation before replying. Nothing was sent.")
    if not text or len(text) > MAX_STAFF_MESSAGE_CHARS:
        return back(item.id, f"Write a message of 1 to {MAX_STAFF_MESSAGE_CHARS} characters.")
    # Kept before it is sent: a failed delivery loses nothing.
    reply_id = await in_thread(records.add_reply, console_of(request).db, item.id, item.conversation_id,
                               who.user.id, text)
    await audit(request, who.user, "reply", item=item)
    return back(item.id, await deliver(request, who, item, reply_id, text))


@bp.post("/conversations/<escalation_id:int>/replies/<reply_id:int>/retry")
@staff_only(WORK_ROLES)
@one_conversation()
async def retry(request: Request, who: SignedIn, item: queue.QueueItem, reply_id: int) -> HTTPResponse:
    found = await in_thread(records.reply_of, console_of(request).db, reply_id)
    if found is None or found[0].escalation_id != item.id or found[0].status not in UNDELIVERED:
        return back(item.id, "That message has already been sent.")
    if not claimed_by(who.user, item):
        return back(item.id, "Claim the conversation before sending. Nothing was sent.")
    await audit(request, who.user, "retry_reply", item=item, detail=f"reply {reply_id}")
    return back(item.id, await deliver(request, who, item, reply_id, found[1]))


@bp.post("/conversations/<escalation_id:int>/notes")
@staff_only(WORK_ROLES)
@one_conversation()
async def note(request: Request, who: SignedIn, item: queue.QueueItem) -> HTTPResponse:
    text = (request.form.get("text") or "").strip()
    if not text or len(text) > MAX_NOTE_CHARS:
        return back(item.id, f"Write a note of 1 to {MAX_NOTE_CHARS} characters.")
    await in_thread(records.add_note, console_of(request).db, item.id, item.conversation_id, who.user.id, text)
    await audit(request, who.user, "note", item=item)
    return back(item.id)


# --- handing back -------------------------------------------------------------------------------------


@bp.post("/conversations/<escalation_id:int>/resolve")
@staff_only(WORK_ROLES)
@one_conversation()
async def resolve(request: Request, who: SignedIn, item: queue.QueueItem) -> HTTPResponse:
    if item.status == "resolved":
        return back(item.id, "This conversation is already resolved.")
    if item.status == "claimed" and not mine_or_oversight(who.user, item):
        return back(item.id, "Another agent has this conversation; only they or a supervisor can resolve it.")
    console = console_of(request)
    # The bot resumes first: a resolved conversation must never stay silent.
    try:
        sent = await console.client.resume(item.conversation_id, back_to_bot(who.user.display_name))
    except HandoffUnavailable as error:
        return back(item.id, f"Not resolved: the assistant could not be resumed ({error}). Try again.")
    await in_thread(queue.resolve, console.db, item.id, who.user.id)
    await audit(request, who.user, "resolve", item=item)
    if sent.status == "failed":
        return back(item.id, f"Resolved and the assistant is back, but the patient was not told: {sent.detail}.")
    return response.redirect("/queue", status=303)


@bp.post("/conversations/<escalation_id:int>/misunderstood")
@staff_only(WORK_ROLES)
@one_conversation()
async def misunderstood(request: Request, who: SignedIn, item: queue.QueueItem) -> HTTPResponse:
    """An agent marks a patient message the assistant got wrong: it goes to the trainers' review.
    The message is found again in the transcript (by its time), so only what the patient wrote is kept."""
    console = console_of(request)
    at = (request.form.get("at") or "").strip()
    try:
        transcript = await console.client.transcript(item.conversation_id)
    except HandoffUnavailable as error:
        return back(item.id, f"Not recorded: the transcript cannot be loaded ({error}).")
    found = next((message for message in transcript.get("messages", [])
                  if message.get("from") == "patient" and str(message.get("at")) == at), None)
    if found is None or not found.get("text"):
        return back(item.id, "That message is no longer in the conversation.")
    review_id = await in_thread(review.flag_by_staff, console.db, item.conversation_id, item.channel, found["text"])
    if review_id is None:
        return back(item.id, "Not recorded: secure-chat messages stay in the encrypted conversation only.")
    await audit(request, who.user, "flag_misunderstood", item=item, detail=f"review item {review_id}")
    return back(item.id, "Thank you: the message is in the trainers' review.")
