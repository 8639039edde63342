"""What the assistant says when the ingress flagged a message as a crisis or as sensitive.

The order of replies is the contract:
- crisis: the emergency number or crisis line first, then that staff were alerted (an urgent
  ticket was stored by the ingress), then the answer to any routine question in the message;
- sensitive: the answer to any routine part ("I'm diabetic, what are ICU visiting hours?" still
  gets the hours), then the one-time link to the secure chat with one sentence on why (or, if no
  link could be issued, a plain privacy notice with another safe way onward). The details are
  never repeated: the bot only ever sees them redacted. In the secure chat itself, neither.
All numbers and names come from the facts file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.answers import next_opening_words
from bot.facts.schema import HospitalFacts
from bot.patient_requests import TOPIC_REQUESTS

MEDICAL_EMERGENCY = "medical_emergency"
SELF_HARM = "self_harm"
# Small talk and "I can't help with that" add nothing after a crisis or a disclosure.
NOT_WORTH_ANSWERING_AFTER_CRISIS = frozenset({"greet", "goodbye", "thank", "bot_challenge", "out_of_scope"})
NOT_WORTH_ANSWERING_WHEN_SENSITIVE = frozenset({"out_of_scope"})


@dataclass(frozen=True)
class SafetyFlags:
    """The ingress's verdict on the latest message (message metadata "safety")."""

    sensitive: bool = False
    crisis: str | None = None

    @classmethod
    def from_metadata(cls, metadata: Any) -> SafetyFlags:
        flags = metadata.get("safety") if isinstance(metadata, dict) else None
        if not isinstance(flags, dict):
            return cls()
        crisis = flags.get("crisis")
        return cls(
            sensitive=bool(flags.get("sensitive")),
            crisis=crisis if crisis in (MEDICAL_EMERGENCY, SELF_HARM) else None,
        )


def crisis_first(facts: HospitalFacts, crisis: str) -> str:
    e = facts.emergency
    if crisis == SELF_HARM:
        return (
            "I'm so sorry you're going through this. You can talk to someone right now: call or text "
            f"{e.crisis_line} ({e.crisis_line_name}), any time, day or night. "
            f"If you are in danger or might act on these thoughts, call {e.number} now."
        )
    poison = f" For a poisoning or overdose, Poison Control is {e.poison_control}." if e.poison_control else ""
    return (
        f"This sounds like an emergency. Call {e.number} now, or go to the nearest emergency department. "
        f"Please don't wait for a reply here.{poison}"
    )


def staff_alerted(facts: HospitalFacts, now: datetime) -> str:
    team = facts.human_team
    local = now.astimezone(facts.tz)
    if team.hours.is_open(local):
        return f"I've also flagged this conversation as urgent for our {team.name} team."
    reopens = next_opening_words(team.hours, local)
    when = f" They will see it when they open {reopens}." if reopens else ""
    return (
        f"I've also flagged this conversation as urgent for our {team.name} team, but they are closed "
        f"right now.{when} Please use the numbers above rather than waiting for us."
    )


def privacy_notice(facts: HospitalFacts) -> str:
    team = facts.human_team
    return (
        "For your privacy, please don't share health details or personal information (like a date of "
        "birth, a diagnosis or a medication) in this chat: it isn't a secure channel, and I haven't kept "
        f"those details. To talk about your own care, call our {team.name} team on {team.phone} or send a "
        f"message in the patient portal: {facts.hospital.patient_portal}"
    )


# Topics the secure chat can take as a request (the patient's identity is needed).
REQUEST_TOPICS = frozenset(TOPIC_REQUESTS)


def secure_link_offer(url: str, minutes: int, for_request: bool = False) -> str:
    why = (
        "I can take this request in our secure chat, where your details stay private."
        if for_request
        else "To keep your health details private, let's continue in our secure chat, where you won't need to "
        "repeat yourself."
    )
    return f"{why} This link works once, for the next {minutes} minutes: {url}"


def replies(
    facts: HospitalFacts,
    flags: SafetyFlags,
    topic: str,
    routine_answer: str,
    now: datetime,
    secure_channel: bool = False,
    link_offer: str | None = None,
) -> list[str]:
    """Every reply to the latest message, in order, around the routine answer to its topic."""
    if flags.crisis:
        answers = [crisis_first(facts, flags.crisis), staff_alerted(facts, now)]
        if topic not in NOT_WORTH_ANSWERING_AFTER_CRISIS:
            answers.append(routine_answer)
        return answers
    if flags.sensitive and not secure_channel:
        answers = [] if topic in NOT_WORTH_ANSWERING_WHEN_SENSITIVE else [routine_answer]
        return [*answers, link_offer or privacy_notice(facts)]
    if link_offer and not secure_channel:
        return [routine_answer, link_offer]
    return [routine_answer]
