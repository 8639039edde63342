"""The trainer's review: messages the assistant was unsure of, labelled by trainers, written as Rasa NLU data.

The action server records a message when the NLU fell back, when its top intent was below
REVIEW_CONFIDENCE (default 0.7), or when the conversation was handed off after two misunderstandings;
agents can flag a message in the console ("Bot misunderstood"). Only redacted text is stored: public
channels hand Rasa redacted text already, secure-chat text is screened here (bot.safety.screen).

Trainers label an item in the console (/review) with an existing intent, out of scope, or a new intent,
or dismiss it. After each labelling the training file is regenerated from the database as a whole
(deterministic output): existing intents and out_of_scope go to REVIEW_DATA_PATH (data/nlu/review.yml),
new intents to REVIEW_NEW_INTENTS_PATH (review/new_intents.yml), outside data/, because a new intent needs
the domain, 20+ examples, a rule and a test conversation before it can be trained (docs/TRAINING.md).
A text already in the training data under the same intent is skipped; under another intent it is not
written and the trainer is warned (a human resolves that conflict).
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml

from bot.safety import screen
from bot.secure import is_secure_conversation
from bot.settings import PROJECT_ROOT, load_review
from bot.storage.database import Database
from bot.storage.models import ReviewItem, utc_now
from bot.training_data import normalise_example, read_examples

logger = logging.getLogger(__name__)

FALLBACK_INTENT = "nlu_fallback"
OUT_OF_SCOPE = "out_of_scope"
REASONS = {
    "low_confidence": "low confidence",
    "fallback": "not understood",
    "handed_off": "handed off (misunderstood twice)",
    "staff_flagged": "flagged by staff",
}
LABEL_KINDS = ("existing", "new", "out_of_scope")
NEW_INTENT = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
NEW_INTENT_LENGTH = (3, 40)
MAX_TEXT_CHARS = 2000
DOMAIN_PATH = PROJECT_ROOT / "config" / "domain.yml"
TRAINING_DATA_DIR = PROJECT_ROOT / "data"
HEADER = (
    "# Generated from the staff console's review page (/review): messages the assistant was unsure of,\n"
    "# labelled by trainers. Do not edit by hand: the file is rewritten from the database after each labelling.\n"
)
NEW_INTENTS_HEADER = (
    "# Generated from the staff console's review page (/review): examples trainers gave NEW intents.\n"
    "# Not training data yet: a new intent needs the domain, 20+ examples, a rule and a test conversation\n"
    "# first (docs/TRAINING.md). Move the examples into data/nlu/ when the intent is ready.\n"
)
_BRACKET_FOLLOWED = re.compile(r"\](?=[({\[])")
_SPACES = re.compile(r"\s+")
_write_lock = threading.Lock()


def confidence_threshold() -> float:
    """REVIEW_CONFIDENCE: a top intent below it is recorded for review."""
    return load_review().confidence


def data_path() -> Path:
    """Where reviewed examples of existing intents go (REVIEW_DATA_PATH, default data/nlu/review.yml)."""
    return load_review().data_path


def new_intents_path() -> Path:
    """Where examples of new intents go (REVIEW_NEW_INTENTS_PATH, default review/new_intents.yml)."""
    return load_review().new_intents_path


# --- recording ------------------------------------------------------------------------------------


def _guess(message: Mapping[str, Any]) -> tuple[str | None, float | None, bool]:
    """The intent the NLU guessed, its confidence, and whether the NLU fell back.

    On a fallback the top intent is nlu_fallback (with the fallback threshold as confidence): the guess
    is then the best entry of the ranking that is not the fallback.
    """
    intent = message.get("intent") or {}
    name, confidence = intent.get("name"), intent.get("confidence")
    if name != FALLBACK_INTENT:
        return name, confidence if isinstance(confidence, (int, float)) else None, False
    for entry in message.get("intent_ranking") or []:
        if entry.get("name") and entry.get("name") != FALLBACK_INTENT:
            found = entry.get("confidence")
            return entry["name"], found if isinstance(found, (int, float)) else None, True
    return None, None, True


def reason_for(message: Mapping[str, Any], handed_off: bool = False, threshold: float | None = None) -> str | None:
    """Why this message should be reviewed, or None when the assistant was sure of it."""
    if handed_off:
        return "handed_off"
    name, confidence, fell_back = _guess(message)
    if fell_back:
        return "fallback"
    if name and confidence is not None and confidence < (confidence_threshold() if threshold is None else threshold):
        return "low_confidence"
    return None


def redacted(text: str) -> str:
    """The text as it may be stored: screened again (idempotent on text the ingress redacted already)."""
    return _SPACES.sub(" ", screen(text)[1]).strip()[:MAX_TEXT_CHARS]


def record(db: Database, conversation_id: str, channel: str, text: str, guessed_intent: str | None,
           confidence: float | None, reason: str) -> int:
    """Store one item (its text redacted here, whatever the caller passed) and return its id."""
    with db.session() as session:
        item = ReviewItem(conversation_id=conversation_id[:255], channel=(channel or "unknown")[:64],
                          text=redacted(text), guessed_intent=(guessed_intent or None) and guessed_intent[:64],
                          confidence=confidence, reason=reason, status="open")
        session.add(item)
        session.flush()
        return item.id


def record_if_unsure(db: Database, conversation_id: str, channel: str, message: Mapping[str, Any],
                     handed_off: bool = False, threshold: float | None = None) -> int | None:
    """Record the latest message (a tracker's `latest_message`) if the assistant was unsure of it.

    Button payloads ("/intent") and messages the server triggered itself are skipped. Never raises: a
    failure is logged without the text, and the answer goes on.
    """
    try:
        text = message.get("text") or ""
        if not text.strip() or text.startswith("/") or text.startswith("EXTERNAL: "):
            return None
        reason = reason_for(message, handed_off, threshold)
        if reason is None:
            return None
        if is_secure_conversation(conversation_id):
            return None  # secure-chat text is kept only in the encrypted store, not even redacted here
        guessed, confidence, _ = _guess(message)
        return record(db, conversation_id, channel, text, guessed, confidence, reason)
    except Exception as error:  # noqa: BLE001 - the review is a by-product: never break the answer
        logger.error("Could not record a message of %s for review: %s", conversation_id, type(error).__name__)
        return None


# --- the page -------------------------------------------------------------------------------------


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


# --- writing training data ------------------------------------------------------------------------


def example_text(text: str) -> str:
    """The text as a valid NLU example line: one line, and no "[...]" read as an entity annotation
    (placeholders like [CONDITION] stay; a bracket followed by "(", "{" or "[" gets a space)."""
    return _BRACKET_FOLLOWED.sub("] ", _SPACES.sub(" ", text)).strip()


def training_examples(data_dir: Path, exclude: Iterable[Path] = ()) -> dict[str, set[str]]:
    """Every NLU example under `data_dir` (bot.training_data.normalise_example) and the intents it is an example of."""
    examples, unreadable = read_examples(data_dir.parent, data_dir.name, exclude)
    for problem in unreadable:
        logger.warning("Training file %s not readable for the review (line %s)", Path(problem.path).name, problem.line)
    found: dict[str, set[str]] = {}
    for example in examples:
        found.setdefault(normalise_example(example.text), set()).add(example.intent)
    return found


@dataclass(frozen=True)
class Conflict:
    """A labelled text that is not written: the same text is an example of another intent."""

    item_id: int
    text: str
    label: str
    other_intents: tuple[str, ...]
    where: str  # "training data" | "review"


@dataclass
class Plan:
    """What the two files will hold, and what was left out."""

    examples: dict[str, list[str]] = field(default_factory=dict)  # existing intents and out_of_scope
    new_intents: dict[str, list[str]] = field(default_factory=dict)
    duplicates: int = 0  # already in the training data under the same intent
    conflicts: list[Conflict] = field(default_factory=list)


def plan(items: Iterable[Item], trained: Mapping[str, set[str]]) -> Plan:
    """Sort labelled items into the two files. A text labelled differently by two trainers, or already an
    example of another intent, is written nowhere: both would teach the model opposite things."""
    result = Plan()
    chosen: dict[str, list[Item]] = {}
    for item in items:
        if item.status != "labelled" or not item.label:
            continue
        text = example_text(item.text)
        if text:
            chosen.setdefault(normalise_example(text), []).append(item)
    for key in sorted(chosen):
        same = chosen[key]
        labels = sorted({item.label for item in same})
        if len(labels) > 1:
            for item in same:
                others = tuple(name for name in labels if name != item.label)
                result.conflicts.append(Conflict(item.id, item.text, item.label, others, "review"))
            continue
        first = same[0]
        elsewhere = trained.get(key, set())
        if first.label in elsewhere:
            result.duplicates += 1
            continue
        if elsewhere:
            result.conflicts.append(Conflict(first.id, first.text, first.label, tuple(sorted(elsewhere)),
                                             "training data"))
            continue
        target = result.new_intents if first.label_kind == "new" else result.examples
        target.setdefault(first.label, []).append(example_text(first.text))
    result.conflicts.sort(key=lambda conflict: conflict.item_id)
    return result


def render(examples: Mapping[str, list[str]], header: str = HEADER) -> str:
    """Rasa 3 NLU YAML: intents sorted by name, examples sorted (deterministic output)."""
    lines = [header.rstrip("\n"), 'version: "3.1"']
    if not examples:
        return "\n".join([*lines, "nlu: []", ""])
    lines.append("nlu:")
    for intent in sorted(examples):
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {text}" for text in sorted(set(examples[intent]), key=lambda text: (text.casefold(), text))]
    return "\n".join(lines) + "\n"


def _write(path: Path, content: str) -> None:
    """Replace the file at once, so Rasa or a download never reads half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def current_plan(db: Database, target: Path | None = None, data_dir: Path = TRAINING_DATA_DIR) -> Plan:
    target = target or data_path()
    return plan(labelled(db), training_examples(data_dir, exclude=[target]))


def export(db: Database, target: Path | None = None, new_target: Path | None = None,
           data_dir: Path = TRAINING_DATA_DIR) -> Plan:
    """Regenerate both files from the database (the whole files, every time)."""
    target, new_target = target or data_path(), new_target or new_intents_path()
    with _write_lock:
        result = current_plan(db, target, data_dir)
        _write(target, render(result.examples))
        _write(new_target, render(result.new_intents, NEW_INTENTS_HEADER))
    return result


def exported_text(db: Database, target: Path | None = None, data_dir: Path = TRAINING_DATA_DIR) -> str:
    """The training file's content (what it would be, if it was not written yet)."""
    target = target or data_path()
    if target.exists():
        return target.read_text(encoding="utf-8")
    return render(current_plan(db, target, data_dir).examples)


def flag_by_staff(db: Database, conversation_id: str, channel: str, text: str) -> int:
    """An agent marked a patient message as misunderstood (the transcript's text; screened in `record`).

    A message of the conversation already waiting for review (recorded by the assistant, or flagged
    before) is not recorded twice: its open item's id is returned. A secure-chat message is not recorded
    (None): its text is kept only in the encrypted store.
    """
    if is_secure_conversation(conversation_id):
        return None
    with db.session() as session:
        already = session.scalar(
            sa.select(ReviewItem.id).where(ReviewItem.conversation_id == conversation_id[:255],
                                           ReviewItem.status == "open", ReviewItem.text == redacted(text))
        )
    if already is not None:
        return already
    return record(db, conversation_id, channel, text, None, None, "staff_flagged")
