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

import contextlib
import contextvars
import json
import logging
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from bot.safety import redact

MESSAGE_PLACEHOLDER = "[message text]"

_in_flight: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("message_texts_in_flight", default=())
_installed = False


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


def _with(texts: Iterable[str | None]) -> tuple[str, ...]:
    """The in-flight forms plus those of `texts` (blank texts and one-letter values add nothing)."""
    known = _in_flight.get()
    new = {form for text in texts if text and len(text.strip()) > 1 for form in _written_forms(text)}
    return known + tuple(sorted(new.difference(known)))


@contextlib.contextmanager
def message_texts(*texts: str | None) -> Iterator[None]:
    """While the block runs (in this task and those it starts), logs show none of `texts`."""
    token = _in_flight.set(_with(texts))
    try:
        yield
    finally:
        _in_flight.reset(token)


def also_hide(texts: Iterable[str | None]) -> None:
    """From now until the enclosing `message_texts` block (or else the task) ends, logs show none of `texts`.

    Each request is its own task with its own copy of the context, so what one conversation adds
    never reaches another's logs and goes away with its message.
    """
    if wanted := _with(texts):
        _in_flight.set(wanted)


@lru_cache(maxsize=32)
def _pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """One pass over a log line for all forms, longest first; a form never matches inside a word."""
    alternatives = (
        ("(?<!\\w)" if form[0].isalnum() else "") + re.escape(form) + ("(?!\\w)" if form[-1].isalnum() else "")
        for form in sorted(forms, key=len, reverse=True)
    )
    return re.compile("|".join(alternatives))


def scrub(text: str) -> str:
    """`text` without the in-flight message texts and without anything bot.safety flags."""
    if forms := _in_flight.get():
        text = _pattern(forms).sub(MESSAGE_PLACEHOLDER, text)
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
