"""The words of each part of a plan (bot.replies.plan). All numbers and names come from the facts file.

The details a patient disclosed are never repeated: the bot only ever sees them redacted, and in the
secure chat it does not echo them either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from bot.answers import next_opening_words
from bot.facts.schema import HospitalFacts
from bot.patient_requests import OFFERS
from bot.replies.plan import Part, Plan
from bot.safety.kinds import Crisis

SENSITIVE_COMMENT_NOTICE = "Thank you for your message. We've replied to you privately in Messenger."
CRISIS_COMMENT_NOTICE = "If this is an emergency, please call {number} now."
# Public, under a hidden comment: for anyone in crisis, never about the person who wrote it.
SELF_HARM_COMMENT_NOTICE = (
    "If you or someone you know is struggling or thinking about suicide, you can call or text {crisis_line} "
    "({crisis_line_name}) any time, day or night. If someone is in danger now, please call {number}."
)
CRISIS_COMMENT_SENT = " We've also sent you a private message."


@dataclass(frozen=True)
class SecureLink:
    """A one-time link into the secure chat, issued for a plan that offers one."""

    url: str
    minutes: int


def crisis_first(facts: HospitalFacts, crisis: str) -> str:
    e = facts.emergency
    if crisis == Crisis.SELF_HARM:
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


def crisis_comment_notice(facts: HospitalFacts, crisis: str, private_reply_sent: bool) -> str:
    e = facts.emergency
    notice = (SELF_HARM_COMMENT_NOTICE if crisis == Crisis.SELF_HARM else CRISIS_COMMENT_NOTICE).format(
        number=e.number, crisis_line=e.crisis_line, crisis_line_name=e.crisis_line_name)
    return notice + (CRISIS_COMMENT_SENT if private_reply_sent else "")


def slow_down_reply(emergency_number: str) -> str:
    """To a message over a rate limit (bot.channels.limits): wait, unless it is an emergency."""
    return (
        "You're sending messages faster than I can read them. Please wait a minute, then send your question "
        f"again. If this is an emergency, call {emergency_number} now."
    )


def try_again_reply(emergency_number: str) -> str:
    """To a message the assistant could not handle (bot.channels.guard): its stores are down for a moment."""
    return (
        "Sorry, I can't answer right now because of a technical problem on our side. Please send your message "
        f"again in a few minutes. If this is an emergency, call {emergency_number} now."
    )


def privacy_notice(facts: HospitalFacts) -> str:
    team = facts.human_team
    return (
        "For your privacy, please don't share health details or personal information (like a date of "
        "birth, a diagnosis or a medication) in this chat: it isn't a secure channel, and I haven't kept "
        f"those details. To talk about your own care, call our {team.name} team on {team.phone} or send a "
        f"message in the patient portal: {facts.hospital.patient_portal}"
    )


def secure_link_offer(url: str, minutes: int, for_request: bool = False) -> str:
    why = (
        "I can take this request in our secure chat, where your details stay private."
        if for_request
        else "To keep your health details private, let's continue in our secure chat, where you won't need to "
        "repeat yourself."
    )
    return f"{why} This link works once, for the next {minutes} minutes: {url}"


def text_of(part: Part, plan: Plan, facts: HospitalFacts, now: datetime | None = None, *, answer: str | None = None,
            link: SecureLink | None = None, private_reply_sent: bool = False) -> str | None:
    """The text of one part; None when it says nothing (no answer given, no link, a notice of a reply not
    sent, hiding a comment). `answer`: the text of ROUTINE_ANSWER, HAND_OFF, PRIVATE_REPLY or PUBLIC_REPLY."""
    if part is Part.CRISIS_LINE:
        return crisis_first(facts, plan.crisis or Crisis.MEDICAL_EMERGENCY)
    if part is Part.URGENT_NOTICE:
        return staff_alerted(facts, now or datetime.now(timezone.utc))
    if part in (Part.ROUTINE_ANSWER, Part.HAND_OFF, Part.PRIVATE_REPLY, Part.PUBLIC_REPLY):
        return answer
    if part in (Part.SECURE_CHAT_OFFER, Part.REQUEST_OFFER):
        return secure_link_offer(link.url, link.minutes, part is Part.REQUEST_OFFER) if link else None
    if part is Part.PRIVACY_NOTICE:
        return privacy_notice(facts)
    if part is Part.REQUEST_START:
        return OFFERS[plan.request] if plan.request else None
    if part is Part.SLOW_DOWN:
        return slow_down_reply(facts.emergency.number)
    if part is Part.TRY_AGAIN:
        return try_again_reply(facts.emergency.number)
    if part is Part.EMERGENCY_NOTICE:
        return crisis_comment_notice(facts, plan.crisis or Crisis.MEDICAL_EMERGENCY, private_reply_sent)
    if part is Part.PRIVATE_REPLY_NOTICE:
        return SENSITIVE_COMMENT_NOTICE if private_reply_sent else None
    return None  # HIDE_COMMENT: done, not said


def render(plan: Plan, facts: HospitalFacts, now: datetime | None = None, *, answer: str | None = None,
           link: SecureLink | None = None) -> list[str]:
    """Every text of the plan, in order: its parts, or its parts without a link when none was issued."""
    texts = (text_of(part, plan, facts, now, answer=answer, link=link) for part in plan.said(link is not None))
    return [text for text in texts if text is not None]
