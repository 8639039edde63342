"""Thin actions: each renders one topic from the facts file through bot.answers.

What is said around the answer when the ingress flagged the latest message (a crisis line, a secure
chat link, a request started in the secure chat...) is the plan of bot.replies; the actions render it.
"""

from __future__ import annotations

import logging
from dataclasses import fields
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.handoff import hand_off, misunderstood_twice, note_if_unsure
from bot.answers import FOLLOW_UP_TOPICS, Context, answer, not_understood
from bot.facts import facts_source
from bot.handoff import HANDOFF_INTENTS
from bot.mentions import find_mentions
from bot.nlu_quality import FALLBACK_INTENT
from bot.patient_requests import REQUESTS
from bot.replies import Plan, SafetyFlags, SecureLink, chat_place, plan, render
from bot.replies.plan import REQUEST_TOPICS
from bot.secure import CARRIED_SLOTS, links
from bot.settings import load_settings
from bot.storage.database import app_database

logger = logging.getLogger(__name__)
SETTINGS = load_settings()
FACTS = facts_source(SETTINGS.paths.facts_path)

CONTEXT_SLOTS = tuple(f.name for f in fields(Context))  # unit, department, ..., provider, vaccine, plan, time
# Offered as buttons (Messenger quick replies) with the greeting and the "can't help with that" answer.
COMMON_TOPICS = [
    {"title": "Visiting hours", "payload": "/ask_visiting_hours"},
    {"title": "Parking", "payload": "/ask_parking"},
    {"title": "Directions", "payload": "/ask_directions"},
    {"title": "Phone numbers", "payload": "/ask_phone"},
    {"title": "Appointments", "payload": "/appointment_book"},
]
# A message the model did not understand (NLU fallback) whose ranking still leans to routine topics gets those
# topics as its first buttons: "where do i find the visit notes from my appointment" fell back at 0.47 for
# appointment_check and 0.21 for ask_medical_records; one tap answers it. Not a guess given as an answer: the
# patient chooses. A message the out-of-scope gate declined is not an NLU fallback and gets the usual buttons.
TOPIC_TITLES = {
    "ask_visiting_hours": "Visiting hours", "ask_opening_hours": "Opening hours", "ask_directions": "Directions",
    "ask_parking": "Parking", "ask_phone": "Phone numbers", "ask_amenities": "Cafeteria and wifi",
    "appointment_book": "Book an appointment", "appointment_reschedule": "Move appointment",
    "appointment_cancel": "Cancel appointment", "appointment_check": "My appointments",
    "ask_billing": "Bills and payments", "ask_medical_records": "Medical records",
    "ask_prescription_refill": "Prescription refills", "find_doctor": "Find a doctor", "ask_services": "Services",
    "ask_vaccines": "Vaccines", "ask_insurance": "Insurance",
}  # fmt: skip  (titles within Messenger's 20 characters for a quick reply)
LIKELY_TOPIC_CONFIDENCE = 0.2  # below it, a topic in the ranking is noise: nearly every message has a few at 0.05
MAX_BUTTONS = 5


def _context_from_message(tracker: Tracker) -> Context:
    """The latest message's entities, plus the doctors, plans, vaccines... its text names (bot.mentions)."""
    values: dict[str, str] = {}
    for entity in tracker.latest_message.get("entities", []):
        name, value = entity.get("entity"), entity.get("value")
        if name in CONTEXT_SLOTS and isinstance(value, str) and name not in values:
            values[name] = value
    return Context(**values).with_mentions(find_mentions(FACTS.get(), tracker.latest_message.get("text")))


def _context_from_slots(tracker: Tracker) -> Context:
    return Context(**{name: tracker.get_slot(name) for name in CONTEXT_SLOTS})


def _remember(tracker: Tracker, topic: str | None, context: Context) -> list[EventType]:
    """Slots that let a follow-up ("and on weekends?") reuse the question's topic and place.
    Only changed slots are set: every event is stored and sent with each later action call."""
    wanted = {"topic": topic, **context.as_dict()}
    return [SlotSet(name, value) for name, value in wanted.items() if tracker.get_slot(name) != value]


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _flags(tracker: Tracker) -> SafetyFlags:
    return SafetyFlags.from_metadata(tracker.latest_message.get("metadata"))


def _link(tracker: Tracker, topic: str, context: Context) -> SecureLink | None:
    """Issue a one-time link into the secure chat for this conversation; None if that fails."""
    metadata = tracker.latest_message.get("metadata") or {}
    current = {"topic": topic if topic in FOLLOW_UP_TOPICS | REQUEST_TOPICS else None, **context.as_dict()}
    carry_over = {
        name: current.get(name) or tracker.get_slot(name)
        for name in CARRIED_SLOTS
        if current.get(name) or tracker.get_slot(name)
    }
    try:
        issued = links.issue(
            app_database(),
            tracker.sender_id,
            tracker.get_latest_input_channel() or "unknown",
            held_message_id=metadata.get("held_message"),
            carry_over=carry_over,
        )
    except Exception as error:  # noqa: BLE001 - fall back to the privacy notice, never to no answer
        logger.error("Could not issue a secure chat link for %s: %s", tracker.sender_id, type(error).__name__)
        return None
    return SecureLink(links.entry_url(SETTINGS.servers.public_base_url, issued.token), links.ttl_minutes())


def likely_topics(latest_message: dict[str, Any]) -> list[str]:
    """The routine topics (intents, most likely first, at most two) of a message the model did not understand."""
    if (latest_message.get("intent") or {}).get("name") != FALLBACK_INTENT:
        return []
    ranking = latest_message.get("intent_ranking") or []
    return [item["name"] for item in ranking
            if item.get("name") in TOPIC_TITLES and (item.get("confidence") or 0.0) >= LIKELY_TOPIC_CONFIDENCE][:2]


def _buttons(likely: list[str]) -> list[dict[str, str]]:
    first = [{"title": TOPIC_TITLES[intent], "payload": f"/{intent}"} for intent in likely]
    return (first + [button for button in COMMON_TOPICS if button not in first])[:MAX_BUTTONS]


def _reply(dispatcher: CollectingDispatcher, tracker: Tracker, topic: str, context: Context, chosen: Plan) -> None:
    """Say the plan around the topic's answer (a one-time link issued first if it offers one)."""
    facts, now = FACTS.get(), _now()
    link = _link(tracker, topic, context) if chosen.offers_link else None
    likely = likely_topics(tracker.latest_message) if topic == "out_of_scope" and chosen.topic_buttons else []
    said = not_understood(facts, [TOPIC_TITLES[intent] for intent in likely]) if likely else None
    texts = render(chosen, facts, now, answer=said or answer(topic, facts, context, now), link=link)
    for index, text in enumerate(texts):
        last = index == len(texts) - 1
        dispatcher.utter_message(text=text, buttons=_buttons(likely) if chosen.topic_buttons and last else None)


class AnswerAction(Action):
    """Answers the latest message's topic with the entities of that message."""

    topic: str = ""

    def name(self) -> str:
        return f"action_answer_{self.topic}"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        context = _context_from_message(tracker)
        handing_off = self.topic == "out_of_scope" and misunderstood_twice(tracker)
        if not handing_off:
            note_if_unsure(tracker)  # a hand-off records the message itself (as handed off)
        chosen = plan(_flags(tracker), self.topic, chat_place(tracker.sender_id))
        if chosen.request is not None:  # the secure chat takes it as a request (never on a crisis)
            return _start_request(dispatcher, tracker, chosen, context)
        if handing_off:
            return hand_off(dispatcher, tracker, FACTS.get(), "repeated_misunderstanding")
        _reply(dispatcher, tracker, self.topic, context, chosen)
        if self.topic in FOLLOW_UP_TOPICS:
            return _remember(tracker, self.topic, context)
        return []


def _start_request(dispatcher: CollectingDispatcher, tracker: Tracker, chosen: Plan,
                   context: Context) -> list[EventType]:
    """Start the form of the plan's request, with what is already known (the department, the question)."""
    for text in render(chosen, FACTS.get()):
        dispatcher.utter_message(text=text)
    kind = chosen.request or ""
    request = REQUESTS[kind]
    known = {"request_department": context.department, "care_question": tracker.latest_message.get("text")}
    prefilled = [SlotSet(field, value) for field, value in known.items() if value and field in request.fields]
    return [SlotSet("request_kind", kind), *prefilled, FollowupAction(request.form)]


class ActionFollowUp(Action):
    """A follow-up that only names a place or a day: re-answer the previous topic with it."""

    def name(self) -> str:
        return "action_follow_up"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        note_if_unsure(tracker)
        newer = _context_from_message(tracker)
        topic = tracker.get_slot("topic")
        context = _context_from_slots(tracker).follow_up(newer)
        if topic not in FOLLOW_UP_TOPICS:
            topic, context = None, newer
        topic = topic or "about_place"
        _reply(dispatcher, tracker, topic, context, plan(_flags(tracker), topic, chat_place(tracker.sender_id, True)))
        return _remember(tracker, topic, context)


class ActionGreet(AnswerAction):
    topic = "greet"


class ActionGoodbye(AnswerAction):
    topic = "goodbye"


class ActionThank(AnswerAction):
    topic = "thank"


class ActionBotChallenge(AnswerAction):
    topic = "bot_challenge"


class ActionOutOfScope(AnswerAction):
    topic = "out_of_scope"


class ActionHandOff(Action):
    """A request for a person, a complaint, a billing dispute or a clinical question: to staff."""

    def name(self) -> str:
        return "action_hand_off"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        note_if_unsure(tracker)
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        reason = HANDOFF_INTENTS.get(intent, "request_human")
        chosen = plan(_flags(tracker), reason, chat_place(tracker.sender_id))
        if chosen.request is not None:
            # In the secure chat a question about one's own care is taken as a request for the nurses
            # (asked, read back, stored encrypted for the nurse line), as any health question there is.
            return _start_request(dispatcher, tracker, chosen, Context())
        link = _link(tracker, "request_human", Context()) if chosen.offers_link else None
        return hand_off(dispatcher, tracker, FACTS.get(), reason, link=link)


class ActionVisitingHours(AnswerAction):
    topic = "visiting_hours"


class ActionOpeningHours(AnswerAction):
    topic = "opening_hours"


class ActionDirections(AnswerAction):
    topic = "directions"


class ActionParking(AnswerAction):
    topic = "parking"


class ActionPhone(AnswerAction):
    topic = "phone"


class ActionAmenities(AnswerAction):
    topic = "amenities"


class ActionAppointmentBook(AnswerAction):
    topic = "appointment_book"


class ActionAppointmentReschedule(AnswerAction):
    topic = "appointment_reschedule"


class ActionAppointmentCancel(AnswerAction):
    topic = "appointment_cancel"


class ActionAppointmentCheck(AnswerAction):
    topic = "appointment_check"


class ActionBilling(AnswerAction):
    topic = "billing"


class ActionMedicalRecords(AnswerAction):
    topic = "medical_records"


class ActionPrescriptionRefill(AnswerAction):
    topic = "prescription_refill"


class ActionFindDoctor(AnswerAction):
    topic = "find_doctor"


class ActionServices(AnswerAction):
    topic = "services"


class ActionVaccines(AnswerAction):
    topic = "vaccines"


class ActionInsurance(AnswerAction):
    topic = "insurance"
