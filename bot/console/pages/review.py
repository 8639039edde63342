"""The trainers' Review page: what the assistant was unsure of, labelled (written as Rasa training data by
bot.review) or dismissed, and the training file to download."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sanic import Blueprint, response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse

from bot import review
from bot.console.access import TRAINER_ROLES, SignedIn, audit, staff_only
from bot.console.web import console_of, in_thread, page, with_notice
from bot.settings import PROJECT_ROOT
from bot.storage.database import Database

logger = logging.getLogger(__name__)

bp = Blueprint("review")


def shown_path(path: Path) -> str:
    """A path as the page shows it: relative to the project when inside it."""
    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


def back(notice: str = "") -> HTTPResponse:
    return with_notice("/review", notice)


async def review_view(db: Database) -> dict[str, Any]:
    """The page's data: open items by guessed intent, counts, the intents to choose from, and what the
    training file would hold (conflicts, texts already trained, new intents waiting)."""
    plan = await in_thread(review.current_plan, db)
    new_intents = {name: len(texts) for name, texts in sorted(plan.new_intents.items())}
    return {"groups": await in_thread(review.open_groups, db), "counts": await in_thread(review.counts, db),
            "intents": await in_thread(review.existing_intents), "conflicts": plan.conflicts,
            "duplicates": plan.duplicates, "new_intents": new_intents, "reasons": review.REASONS,
            "data_path": shown_path(review.data_path()), "new_intents_path": shown_path(review.new_intents_path())}


@bp.get("/review")
@staff_only(TRAINER_ROLES)
async def review_page(request: Request, who: SignedIn) -> HTTPResponse:
    return page(request, "review.html", user=who.user, csrf=who.csrf, notice=request.args.get("notice"),
                **await review_view(console_of(request).db))


def chosen_label(form: RequestParameters) -> tuple[str, str]:
    """(label, kind) from the form: the out-of-scope button, else a new intent's name if one was typed, else the
    intent chosen from the list."""
    new_name = (form.get("new_intent") or "").strip()
    if form.get("kind") == "out_of_scope":
        return review.OUT_OF_SCOPE, "out_of_scope"
    if new_name:
        return new_name, "new"
    return (form.get("intent") or "").strip(), "existing"


def labelled_notice(item: review.Item, plan: review.Plan) -> str:
    conflict = next((c for c in plan.conflicts if c.item_id == item.id), None)
    if conflict is not None:
        return (f"Labelled, but NOT written to the training data: the same text is an example of "
                f"{', '.join(conflict.other_intents)}. Resolve it by hand.")
    if item.label_kind == "new":
        return f"Labelled as the new intent {item.label}: kept apart until the intent is added (docs/TRAINING.md)."
    return f"Labelled as {item.label}."


@bp.post("/review/<item_id:int>/label")
@staff_only(TRAINER_ROLES)
async def review_label(request: Request, who: SignedIn, item_id: int) -> HTTPResponse:
    db = console_of(request).db
    name, kind = chosen_label(request.form)
    try:
        item = await in_thread(review.label, db, item_id, name, kind, who.user.username)
    except review.LabelRefused as refusal:
        return back(str(refusal))
    await audit(request, who.user, "review_label", conversation_id=item.conversation_id,
                detail=f"review item {item.id}: {item.label} ({item.label_kind})")
    try:
        plan = await in_thread(review.export, db)
    except OSError as error:
        logger.error("Could not write the reviewed training data: %s", type(error).__name__)
        return back("Labelled, but the training file could not be written. Tell an administrator.")
    return back(labelled_notice(item, plan))


@bp.post("/review/<item_id:int>/dismiss")
@staff_only(TRAINER_ROLES)
async def review_dismiss(request: Request, who: SignedIn, item_id: int) -> HTTPResponse:
    try:
        item = await in_thread(review.dismiss, console_of(request).db, item_id, who.user.username)
    except review.LabelRefused as refusal:
        return back(str(refusal))
    await audit(request, who.user, "review_dismiss", conversation_id=item.conversation_id,
                detail=f"review item {item.id}")
    return back("Dismissed.")


@bp.get("/review/export.yml")
@staff_only(TRAINER_ROLES)
async def review_export(request: Request, _: SignedIn) -> HTTPResponse:
    content = await in_thread(review.exported_text, console_of(request).db)
    return response.text(content, content_type="application/x-yaml; charset=utf-8", headers={
        "Content-Disposition": 'attachment; filename="review.yml"'})
