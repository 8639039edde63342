"""Capture: record, redacted, the messages the assistant was unsure of (called by the action server and the console).

The action server records a message when the NLU fell back, when its top intent was below REVIEW_CONFIDENCE
(default 0.7), or when the conversation was handed off after two misunderstandings; agents can flag a message in
the console ("Bot misunderstood"). Only redacted text is stored: public channels hand Rasa redacted text already,
and the text is screened again here (bot.safety.screen); secure-chat messages are not recorded at all.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from bot.nlu_quality import FALLBACK_INTENT
from bot.safety import screen
from bot.secure import is_secure_conversation
from bot.settings import load_review
from bot.storage.database import Database
from bot.storage.models import ReviewItem

logger = logging.getLogger(__name__)

REASONS = {
    "low_confidence": "low confidence",
    "fallback": "not understood",
    "handed_off": "handed off (misunderstood twice)",
    "staff_flagged": "flagged by staff",
}
MAX_TEXT_CHARS = 2000
_SPACES = re.compile(r"\s+")


def confidence_threshold() -> float:
    """REVIEW_CONFIDENCE: a top intent below it is recorded for review."""
    return load_review().confidence


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
