"""Keep patients' message text out of every log record, whichever library writes it.

Installed as the logging module's record factory, so it sees every record of every logger
(Rasa's stdlib logging and its structlog output, Sanic, rasa_sdk, ours) before any handler
formats it. Each record's message, and its traceback text, is rewritten:

1. the texts of the messages being handled in the current asyncio task (registered by the
   channel guard with `message_texts()`) are replaced by MESSAGE_PLACEHOLDER, so Rasa's debug
   lines such as "Received user message '...'" keep their shape but lose the words;
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
from collections.abc import Iterator

from bot.safety import redact

MESSAGE_PLACEHOLDER = "[message text]"

_in_flight: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("message_texts_in_flight", default=())
_installed = False


def _written_forms(text: str) -> set[str]:
    """The text as a log line may hold it: as is, inside JSON (structlog's renderer) or a repr."""
    return {text, json.dumps(text)[1:-1], json.dumps(text, ensure_ascii=False)[1:-1], repr(text)[1:-1]}


@contextlib.contextmanager
def message_texts(*texts: str | None) -> Iterator[None]:
    """While the block runs (in this task and those it starts), logs show none of `texts`."""
    forms = {form for text in texts if text and text.strip() for form in _written_forms(text)}
    wanted = tuple(sorted(forms, key=len, reverse=True))
    token = _in_flight.set(_in_flight.get() + wanted)
    try:
        yield
    finally:
        _in_flight.reset(token)


def scrub(text: str) -> str:
    """`text` without the in-flight message texts and without anything bot.safety flags."""
    for message in _in_flight.get():
        text = text.replace(message, MESSAGE_PLACEHOLDER)
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
