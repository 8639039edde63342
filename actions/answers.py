"""Thin actions: each renders one topic from the facts file through bot.answers."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.answers import FOLLOW_UP_TOPICS, Context, answer
from bot.facts import FactsSource
from bot.settings import load_settings

FACTS = FactsSource(load_settings().facts_path)
CONTEXT_SLOTS = ("unit", "department", "site", "amenity", "day")


def _context_from_entities(entities: list[dict[str, Any]]) -> Context:
    values: dict[str, str] = {}
    for entity in entities:
        name, value = entity.get("entity"), entity.get("value")
        if name in CONTEXT_SLOTS and isinstance(value, str) and name not in values:
            values[name] = value
    return Context(**values)


def _context_from_slots(tracker: Tracker) -> Context:
    return Context(**{name: tracker.get_slot(name) for name in CONTEXT_SLOTS})


def _remember(tracker: Tracker, topic: str | None, context: Context) -> list[EventType]:
    """Slots that let a follow-up ("and on weekends?") reuse the question's topic and place.
    Only changed slots are set: every event is stored and sent with each later action call."""
    wanted = {"topic": topic, **context.as_dict()}
    return [SlotSet(name, value) for name, value in wanted.items() if tracker.get_slot(name) != value]


def _now() -> datetime:
    return datetime.now(timezone.utc)


class AnswerAction(Action):
    """Answers the latest message's topic with the entities of that message."""

    topic: str = ""

    def name(self) -> str:
        return f"action_answer_{self.topic}"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        context = _context_from_entities(tracker.latest_message.get("entities", []))
        dispatcher.utter_message(text=answer(self.topic, FACTS.get(), context, _now()))
        if self.topic in FOLLOW_UP_TOPICS:
            return _remember(tracker, self.topic, context)
        return []


class ActionFollowUp(Action):
    """A follow-up that only names a place or a day: re-answer the previous topic with it."""

    def name(self) -> str:
        return "action_follow_up"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        newer = _context_from_entities(tracker.latest_message.get("entities", []))
        topic = tracker.get_slot("topic")
        context = _context_from_slots(tracker).follow_up(newer)
        if topic not in FOLLOW_UP_TOPICS:
            topic, context = None, newer
        dispatcher.utter_message(text=answer(topic or "about_place", FACTS.get(), context, _now()))
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


class ActionHuman(AnswerAction):
    topic = "human"


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
