"""What the patient is told when a conversation goes to staff, and when it comes back to the bot.

Each queue is staffed by a desk of the facts file (its name, phone and hours), so "someone will
reply here" is only said while that desk is open; otherwise the patient hears when it opens and
that their request is kept (a follow-up item stays in the queue).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.answers import next_opening_words
from bot.facts.hours import WeeklyHours
from bot.facts.schema import HospitalFacts


@dataclass(frozen=True)
class Desk:
    name: str
    phone: str
    hours: WeeklyHours


def desk(facts: HospitalFacts, queue: str) -> Desk:
    """The team of the facts file that works `queue` (patient services for anything else)."""
    if queue == "nurse_line" and facts.nurse_line is not None:
        return Desk("nurses", facts.nurse_line.phone, facts.nurse_line.hours)
    if queue == "billing":
        return Desk("Billing Office", facts.billing.phone, facts.billing.hours)
    if queue == "scheduling":
        return Desk("scheduling team", facts.appointments.phone, facts.appointments.hours)
    if queue == "pharmacy":
        return Desk("prescription refill team", facts.prescription_refills.phone, facts.prescription_refills.hours)
    if queue == "records":
        return Desk("Medical Records team", facts.medical_records.phone, facts.medical_records.hours)
    team = facts.human_team
    return Desk(f"{team.name} team", team.phone, team.hours)


def is_staffed(facts: HospitalFacts, queue: str, now: datetime) -> bool:
    return desk(facts, queue).hours.is_open(now.astimezone(facts.tz))


OPENERS = {
    "complaint": "I'm sorry to hear that. Concerns like this are handled by people, not by me.",
    "billing_dispute": "I can't change or check a bill myself, but our billing staff can look into it.",
    "clinical_question": "I can't give medical advice, but our nurses can help with that.",
    "repeated_misunderstanding": "Sorry, I'm not understanding you.",
    "request_human": "Of course.",
}


def handed_off(facts: HospitalFacts, reason: str, queue: str, now: datetime) -> tuple[str, bool]:
    """What the patient is told, and whether someone will reply live (the bot then stays quiet)."""
    team = desk(facts, queue)
    opener = OPENERS.get(reason, "")
    if is_staffed(facts, queue, now):
        return (
            f"{opener} I've asked our {team.name} to join this chat: someone will reply here shortly, so "
            "please keep this window open. I'll stay quiet until they have finished. "
            f"If you'd rather call, it's {team.phone}.".strip(),
            True,
        )
    reopens = next_opening_words(team.hours, now.astimezone(facts.tz))
    when = f"; they open again {reopens}" if reopens else ""
    return (
        f"{opener} Our {team.name} is closed right now{when}. I've passed your message on so they can get back "
        f"to you{' then' if reopens else ''}. If you'd rather call, it's {team.phone}. "
        "Meanwhile, I can still help with visiting hours, directions, parking and other questions.".strip(),
        False,
    )


def back_to_bot(staff_name: str) -> str:
    return (
        f"{staff_name} has finished here, and you're back with the automated assistant. Ask me about "
        "visiting hours, appointments, directions, parking or phone numbers any time."
    )

