"""The one reader of the NLU training examples (the `nlu:` sections of data/*.yml and of any folder of NLU YAML),
and the one definition of when two examples are the same.

Read as Rasa reads them, with the file and line of each example: `python -m bot.training.validate` reports
problems at that line; the safety classifier (bot.safety.train_classifier) and the out-of-scope gate
(bot.scope.train) train on the examples; the staff console's review (bot.review) keeps a labelled message out of
the training data when it is already an example (`normalise_example`).

Low in the layers: it imports nothing from bot but bot.settings, so that the safety classifier's training can
read the examples without depending on bot.training (whose checks use bot.safety).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasa.shared.nlu.training_data.entities_parser import replace_entities
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

from bot.settings import PROJECT_ROOT

DATA = "data"


@dataclass(frozen=True)
class Problem:
    """One mistake: the file (relative to the project root), its 1-based line and what is wrong."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Example:
    """One training example of an intent, as written (with its entity annotations)."""

    path: str
    line: int
    intent: str
    text: str


def normalise_example(text: str) -> str:
    """An example as compared for duplicates: entity annotations replaced by their text (as Rasa reads them),
    case, runs of white space and final punctuation ignored (the tokenizer drops it: "where do I park?" teaches
    the model what "where do i park" does). Two examples are the same when these are equal."""
    return " ".join(replace_entities(text).split()).rstrip("?!.").strip().casefold()


# ---------- reading YAML with line numbers ----------


def load_yaml(root: Path, relative: str) -> tuple[Any, list[Problem]]:
    """The parsed file (ruamel round-trip nodes, which know their lines), or None and the problem."""
    try:
        text = (root / relative).read_text(encoding="utf-8")
    except OSError as error:
        return None, [Problem(relative, 1, f"cannot read the file ({error.strerror})")]
    try:
        return _parse(text), []
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        detail = getattr(error, "problem", None) or str(error)
        return None, [Problem(relative, mark.line + 1 if mark else 1, f"not valid YAML: {' '.join(detail.split())}")]


@functools.lru_cache(maxsize=128)
def _parse(text: str) -> Any:
    """Parsed once per content: every check reads the same files (the result is never modified)."""
    return YAML(typ="rt").load(text)


def key_line(node: Any, key: Any) -> int:
    try:
        return node.lc.key(key)[0] + 1
    except (AttributeError, KeyError, TypeError):
        return 1


def item_line(node: Any, index: int) -> int:
    try:
        return node.lc.item(index)[0] + 1
    except (AttributeError, KeyError, TypeError):
        return 1


def text_line(node: Any, key: Any) -> int:
    """The line of the first line of a value's text: the line after `|` or `>` for a block scalar."""
    try:
        line = node.lc.value(key)[0] + 1
    except (AttributeError, KeyError, TypeError):
        return key_line(node, key)
    return line + 1 if isinstance(node[key], (LiteralScalarString, FoldedScalarString)) else line


def yaml_files(root: Path, folder: str) -> list[str]:
    """The YAML files under root/folder, relative to root, sorted."""
    base = root / folder
    if not base.is_dir():
        return []
    files = (path for path in base.rglob("*") if path.suffix in (".yml", ".yaml") and path.is_file())
    return sorted(path.relative_to(root).as_posix() for path in files)


# ---------- the examples ----------


def block_examples(relative: str, item: dict) -> Iterator[Example]:
    """The examples of one `- intent: ...` block of an `nlu:` section."""
    intent, value = str(item["intent"]), item.get("examples")
    if isinstance(value, str):
        first = text_line(item, "examples")
        for offset, line in enumerate(value.splitlines()):
            if line.startswith("-"):  # as Rasa reads them (rasa_yaml._parse_multiline_example)
                yield Example(relative, first + offset, intent, line[1:].strip("\n\r "))
    elif isinstance(value, list):  # `- text: ...` entries, with metadata
        for index, entry in enumerate(value):
            text = entry.get("text") if isinstance(entry, dict) else entry
            if isinstance(text, str):
                yield Example(relative, item_line(value, index), intent, text.strip("\n\r "))


def read_examples(root: Path, folder: str = DATA, exclude: Iterable[Path] = ()) -> tuple[list[Example], list[Problem]]:
    """Every intent example of the NLU data (the `nlu:` sections of the YAML files under root/folder, except the
    files `exclude`), in file and line order, and the files that could not be read."""
    skipped = {path.resolve() for path in exclude}
    examples: list[Example] = []
    problems: list[Problem] = []
    for relative in yaml_files(root, folder):
        if (root / relative).resolve() in skipped:
            continue
        data, errors = load_yaml(root, relative)
        problems += errors
        nlu = data.get("nlu") if isinstance(data, dict) else None
        for item in nlu if isinstance(nlu, list) else []:
            if isinstance(item, dict) and isinstance(item.get("intent"), str):
                examples.extend(block_examples(relative, item))
    return examples, problems


def intent_examples(root: Path = PROJECT_ROOT, folders: tuple[str, ...] = (DATA,)) -> list[Example]:
    """The intent examples of these folders (entity annotations as written); unreadable files are skipped."""
    return [example for folder in folders for example in read_examples(root, folder)[0]]
