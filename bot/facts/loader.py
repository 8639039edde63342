"""Load config/hospital.yml, validate it, and reload it when an admin edits it."""

from __future__ import annotations

import functools
import threading
from pathlib import Path

import yaml
from pydantic import ValidationError

from bot.facts.schema import HospitalFacts


class FactsError(ValueError):
    """The facts file is missing, unreadable or wrong; the message names the field."""


def _field_path(location: tuple) -> str:
    path = ""
    for part in location:
        if part == "__root__":
            continue
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def load_facts(path: Path | str) -> HospitalFacts:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise FactsError(f"{path}: cannot read the facts file ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise FactsError(f"{path}: not valid YAML: {error}") from error
    if not isinstance(raw, dict):
        raise FactsError(f"{path}: expected a mapping of sections (hospital, units, ...) at the top")
    try:
        return HospitalFacts.parse_obj(raw)
    except ValidationError as error:
        problems = []
        for item in error.errors():
            field = _field_path(item["loc"])
            message = item["msg"]
            if message == "field required":
                message = "this field is required"
            elif message == "extra fields not permitted":
                message = "unknown field (check the spelling)"
            problems.append(f"{field}: {message}" if field else message)
        raise FactsError(f"{path}: " + "; ".join(problems)) from error


class FactsSource:
    """The current facts, re-read when the file changes (no restart, no retraining)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._facts: HospitalFacts | None = None
        self._mtime: float | None = None

    def get(self) -> HospitalFacts:
        mtime = self.path.stat().st_mtime
        with self._lock:
            if self._facts is None or mtime != self._mtime:
                # A broken edit raises here; the caller keeps answering with what it had.
                try:
                    self._facts = load_facts(self.path)
                    self._mtime = mtime
                except FactsError:
                    if self._facts is None:
                        raise
            return self._facts


@functools.cache
def _source(path: Path) -> FactsSource:
    return FactsSource(path)


def facts_source(path: Path | str) -> FactsSource:
    """The process's one FactsSource for this file: every channel, page and action of a process reads the same
    facts, reloaded once when the file changes (and a broken edit reported once)."""
    return _source(Path(path).resolve())
