"""Keep patients' message text out of every log record, whichever library writes it.

Installed as the logging module's record factory, so it sees every record of every logger
(Rasa's stdlib logging and its structlog output, Sanic, rasa_sdk, ours) before any handler
formats it. Each record's message, and its traceback text, is rewritten:

1. the texts of the messages being handled in the current asyncio task (registered by the
   channel guard with `message_texts()`) are replaced by MESSAGE_PLACEHOLDER, so Rasa's debug
   lines such as "Received user message '...'" keep their shape but lose the words. So are the
   texts the conversation's tracker holds (`also_hide()`, called by bot.rasa_patches for every
   event applied to a tracker: earlier messages, slot values, the bot's own replies), which Rasa
   prints in its event and slot dumps: a secure-chat form's read-back of a name, a date of birth
   and a medication is patient text even though no single message of this turn holds it;
2. whatever bot.safety finds in what is left (an identifier or health detail quoted some
   other way, e.g. in an entity value or a tracker dump) is redacted to [KIND]. Spans only: the
   deny-by-default mask (bot.safety.allowlist) would turn a whole log line into placeholders, and
   the message texts themselves are already gone whole by step 1.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import itertools
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from bot.safety import redact

MESSAGE_PLACEHOLDER = "[message text]"

_installed = False
_HIDDEN_BY = "_log_privacy_hidden_by"  # set on an object whose texts a task's set holds (also_hide_from): its serial
_serials = itertools.count(1)


def _written_forms(text: str) -> set[str]:
    """The text as a log line may hold it: as is, inside JSON (structlog's renderer), a repr, a repr inside JSON
    (an event list rendered by structlog); a text of several lines, each line too (a reply's read-back)."""
    lines = [line for line in text.splitlines() if len(line.strip()) > 1] if "\n" in text else []
    forms = set()
    for whole in (text, *lines):
        quoted = repr(whole)[1:-1]
        forms |= {whole, json.dumps(whole)[1:-1], json.dumps(whole, ensure_ascii=False)[1:-1], quoted,
                  json.dumps(quoted)[1:-1]}
    return forms


def _current_task() -> asyncio.Task | None:
    try:
        return asyncio.current_task()
    except RuntimeError:  # no event loop in this thread
        return None


class _Hidden:
    """The texts one task must keep out of its logs. Adding one is cheap (every event of a loaded tracker adds its
    texts, on every message, at any log level); their written forms and the pattern are worked out only when a log
    record is actually scrubbed, and again only after a text was added."""

    def __init__(self, texts: Iterable[str | None] = ()) -> None:
        self.owner = _current_task()
        self.serial = next(_serials)
        self.texts: dict[str, None] = {}  # an ordered set
        self._pattern: re.Pattern[str] | None = None
        self.add(texts)

    def add(self, texts: Iterable[str | None]) -> None:
        for text in texts:
            if text and len(text.strip()) > 1 and text not in self.texts:  # one-letter values add nothing
                self.texts[text] = None
                self._pattern = None

    def pattern(self) -> re.Pattern[str]:
        """One pass over a log line for all forms, longest first; a form never matches inside a word."""
        if self._pattern is None:
            forms = sorted({form for text in self.texts for form in _written_forms(text)}, key=len, reverse=True)
            self._pattern = re.compile("|".join(
                ("(?<!\\w)" if form[0].isalnum() else "") + re.escape(form) + ("(?!\\w)" if form[-1].isalnum() else "")
                for form in forms
            ))
        return self._pattern


_in_flight: contextvars.ContextVar[_Hidden | None] = contextvars.ContextVar("message_texts_in_flight", default=None)


@contextlib.contextmanager
def message_texts(*texts: str | None) -> Iterator[None]:
    """While the block runs (in this task and those it starts), logs show none of `texts`."""
    outer = _in_flight.get()
    token = _in_flight.set(_Hidden((*(outer.texts if outer else ()), *texts)))
    try:
        yield
    finally:
        _in_flight.reset(token)


def also_hide(texts: Iterable[str | None]) -> None:
    """From now until the enclosing `message_texts` block (or else the task) ends, logs show none of `texts`.

    Each request is its own task with its own copy of the context, so what one conversation adds
    never reaches another's logs and goes away with its message. The set is added to in place only by the task that
    made it; another task (one started from it, or a thread) adds to a copy of its own.
    """
    hidden = _in_flight.get()
    if hidden is None or hidden.owner is not _current_task():
        hidden = _Hidden(hidden.texts if hidden else ())
        _in_flight.set(hidden)
    hidden.add(texts)


def also_hide_from(source: object, texts: Callable[[Any], Iterable[str | None]]) -> None:
    """`also_hide(texts(source))`, skipped when this task's set already holds them from this same object: Rasa
    replays every event of a loaded tracker several times a message (each copy of the tracker applies them again),
    and working out the texts each time grew with the conversation."""
    hidden = _in_flight.get()
    if hidden is not None and getattr(source, _HIDDEN_BY, None) == hidden.serial:
        return
    also_hide(texts(source))
    setattr(source, _HIDDEN_BY, _in_flight.get().serial)  # a number: Rasa deep-copies events


def scrub(text: str) -> str:
    """`text` without the in-flight message texts and without anything bot.safety flags."""
    hidden = _in_flight.get()
    if hidden is not None and hidden.texts:
        text = hidden.pattern().sub(MESSAGE_PLACEHOLDER, text)
    return redact(text, deny_by_default=False)


def _scrub_record(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a malformed record must not stop logging; keep only its template
        message = str(record.msg)
    record.msg, record.args = scrub(message), ()
    if record.exc_info and not record.exc_text:
        record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))


def install() -> None:
    """Wrap the current log record factory (idempotent)."""
    global _installed
    if _installed:
        return
    make_record = logging.getLogRecordFactory()

    def scrubbed_record(*args: object, **kwargs: object) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        _scrub_record(record)
        return record

    logging.setLogRecordFactory(scrubbed_record)
    _installed = True
