"""Kept for older imports: what to say to a crisis or a sensitive message is decided in bot.replies.plan
(one table for every place) and worded in bot.replies.render.
"""

from __future__ import annotations

from datetime import datetime

from bot.facts.schema import HospitalFacts
from bot.replies.plan import (
    NOT_WORTH_ANSWERING_AFTER_CRISIS,
    NOT_WORTH_ANSWERING_WHEN_SENSITIVE,
    REQUEST_TOPICS,
    Place,
    SafetyFlags,
    plan,
)
from bot.replies.render import crisis_first, privacy_notice, render, secure_link_offer, staff_alerted
from bot.safety.kinds import Crisis

MEDICAL_EMERGENCY = Crisis.MEDICAL_EMERGENCY
SELF_HARM = Crisis.SELF_HARM

__all__ = [
    "MEDICAL_EMERGENCY",
    "NOT_WORTH_ANSWERING_AFTER_CRISIS",
    "NOT_WORTH_ANSWERING_WHEN_SENSITIVE",
    "REQUEST_TOPICS",
    "SELF_HARM",
    "SafetyFlags",
    "crisis_first",
    "privacy_notice",
    "replies",
    "secure_link_offer",
    "staff_alerted",
]


def replies(facts: HospitalFacts, flags: SafetyFlags, topic: str, routine_answer: str, now: datetime) -> list[str]:
    """The public chat's replies to a message, in order, when no secure chat link was issued."""
    return render(plan(flags, topic, Place.PUBLIC_CHAT), facts, now, answer=routine_answer)
