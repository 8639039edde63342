"""Store: the review items trainers see in the console (/review), grouped, counted, labelled or dismissed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
import yaml

from bot.review.capture import FALLBACK_INTENT, REASONS
from bot.settings import PROJECT_ROOT
from bot.storage.database import Database
from bot.storage.models import ReviewItem, utc_now

OUT_OF_SCOPE = "out_of_scope"
LABEL_KINDS = ("existing", "new", "out_of_scope")
NEW_INTENT = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
NEW_INTENT_LENGTH = (3, 40)
DOMAIN_PATH = PROJECT_ROOT / "config" / "domain.yml"


@dataclass(frozen=True)
class Item:
    id: int
    conversation_id: str
    channel: str
    text: str
    guessed_intent: str | None
    confidence: float | None
    reason: str
    created_at: datetime
    status: str
    label: str | None
    label_kind: str | None
    labelled_by: str | None
    labelled_at: datetime | None

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)


@dataclass(frozen=True)
class Group:
    """Open items under one guessed intent (None: not known, e.g. flagged by staff)."""

    intent: str | None
    items: tuple[Item, ...]

    @property
    def count(self) -> int:
        return len(self.items)


def _item(row: ReviewItem) -> Item:
    return Item(row.id, row.conversation_id, row.channel, row.text, row.guessed_intent, row.confidence, row.reason,
                row.created_at, row.status, row.label, row.label_kind, row.labelled_by, row.labelled_at)


def get(db: Database, item_id: int) -> Item | None:
    with db.session() as session:
        row = session.get(ReviewItem, item_id)
        return None if row is None else _item(row)


def open_groups(db: Database) -> list[Group]:
    """Open items grouped by the guessed intent: largest group first (then by name), oldest item first."""
    with db.session() as session:
        rows = session.scalars(
            sa.select(ReviewItem).where(ReviewItem.status == "open").order_by(ReviewItem.created_at, ReviewItem.id)
        ).all()
        items = [_item(row) for row in rows]
    grouped: dict[str | None, list[Item]] = {}
    for item in items:
        grouped.setdefault(item.guessed_intent, []).append(item)
    groups = [Group(intent, tuple(members)) for intent, members in grouped.items()]
    return sorted(groups, key=lambda group: (-group.count, group.intent is None, group.intent or ""))


def counts(db: Database) -> dict[str, int]:
    """Items per status (open, labelled, dismissed)."""
    with db.session() as session:
        rows = session.execute(sa.select(ReviewItem.status, sa.func.count()).group_by(ReviewItem.status)).all()
    found = {"open": 0, "labelled": 0, "dismissed": 0}
    found.update({status: number for status, number in rows})
    return found


def labelled(db: Database) -> list[Item]:
    with db.session() as session:
        rows = session.scalars(
            sa.select(ReviewItem).where(ReviewItem.status == "labelled").order_by(ReviewItem.id)
        ).all()
        return [_item(row) for row in rows]


def existing_intents(domain_path: Path = DOMAIN_PATH) -> list[str]:
    """The domain's intents, in its order (entries may be names or one-key mappings with options)."""
    domain = yaml.safe_load(domain_path.read_text(encoding="utf-8")) or {}
    names = []
    for entry in domain.get("intents") or []:
        name = next(iter(entry), None) if isinstance(entry, dict) else entry
        if isinstance(name, str):
            names.append(name)
    return names


class LabelRefused(ValueError):
    """The label is not acceptable; the message says why (shown to the trainer)."""


def check_label(label: str, kind: str, intents: Iterable[str]) -> str:
    """The label to store for this kind, or LabelRefused."""
    known = set(intents)
    label = (label or "").strip()
    if kind == "out_of_scope":
        return OUT_OF_SCOPE
    if kind == "existing":
        if label not in known:
            raise LabelRefused("Choose one of the assistant's intents.")
        return label
    if kind == "new":
        low, high = NEW_INTENT_LENGTH
        if not (low <= len(label) <= high) or not NEW_INTENT.match(label):
            raise LabelRefused(f"A new intent's name is lower_snake_case, {low} to {high} characters "
                               "(letters, digits, underscores; starting with a letter).")
        if label in known or label == FALLBACK_INTENT:
            raise LabelRefused(f"'{label}' is already an intent: choose it from the list instead.")
        return label
    raise LabelRefused("Choose an intent, out of scope, or a new intent.")


def label(db: Database, item_id: int, name: str, kind: str, username: str,
          intents: Iterable[str] | None = None) -> Item:
    """Label an open item (LabelRefused if the label is not valid or the item is not open)."""
    name = check_label(name, kind, existing_intents() if intents is None else intents)
    if kind == "existing" and name == OUT_OF_SCOPE:
        kind = "out_of_scope"
    with db.session() as session:
        row = session.get(ReviewItem, item_id)
        if row is None or row.status != "open":
            raise LabelRefused("This message has already been reviewed.")
        row.status, row.label, row.label_kind = "labelled", name, kind
        row.labelled_by, row.labelled_at = username[:64], utc_now()
        session.flush()
        return _item(row)


def dismiss(db: Database, item_id: int, username: str) -> Item:
    with db.session() as session:
        row = session.get(ReviewItem, item_id)
        if row is None or row.status != "open":
            raise LabelRefused("This message has already been reviewed.")
        row.status, row.labelled_by, row.labelled_at = "dismissed", username[:64], utc_now()
        session.flush()
        return _item(row)
