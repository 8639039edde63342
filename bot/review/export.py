"""Export: the labelled items written as Rasa NLU data, the whole files regenerated from the database each time.

Existing intents and out_of_scope go to REVIEW_DATA_PATH (data/nlu/review.yml); new intents to
REVIEW_NEW_INTENTS_PATH (review/new_intents.yml), outside data/, because a new intent needs the domain, 20+
examples, a rule and a test conversation before it can be trained (docs/TRAINING.md). A text already in the
training data under the same intent is skipped; under another intent it is not written and the trainer is warned
(a human resolves that conflict). What makes two examples the same is bot.training_data's, as for `make validate`.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.review.store import Item, labelled
from bot.settings import PROJECT_ROOT, load_review
from bot.storage.database import Database
from bot.training_data import normalise_example, read_examples

logger = logging.getLogger(__name__)

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


def data_path() -> Path:
    """Where reviewed examples of existing intents go (REVIEW_DATA_PATH, default data/nlu/review.yml)."""
    return load_review().data_path


def new_intents_path() -> Path:
    """Where examples of new intents go (REVIEW_NEW_INTENTS_PATH, default review/new_intents.yml)."""
    return load_review().new_intents_path


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
