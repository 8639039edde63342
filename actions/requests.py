"""The request forms of the secure chat (thin: questions, checks and texts are in bot.patient_requests)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import FACTS
from bot import patient_requests as requests
from bot.handoff.queue import escalate
from bot.replies import Part, Place, SafetyFlags, plan, render
from bot.storage.database import app_database

logger = logging.getLogger(__name__)


def _queue_for_staff(tracker: Tracker, request: requests.RequestKind, task_id: int) -> None:
    """Put the request in its team's console queue; the task itself is already stored either way."""
    try:
        escalate(
            app_database(),
            tracker.sender_id,
            "secure",
            "secure_request",
            f"{request.title.capitalize()} (task {task_id})",
            mode="callback",
            queue=request.queue,
            staff_task_id=task_id,
        )
    except Exception as error:  # noqa: BLE001 - the task is stored; staff also see it in their task list
        logger.error("Could not queue task %s for staff: %s", task_id, type(error).__name__)


class ValidateRequestForm(FormValidationAction):
    """Checks every answer of one request form; one subclass per form. The validate_<field> methods
    that rasa_sdk looks up are added below, one per form field."""

    form = ""

    def name(self) -> str:
        return f"validate_{self.form}"


def _validator(field: str) -> Callable[..., dict[str, Any]]:
    def validate(
        self: ValidateRequestForm, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        facts = FACTS.get()
        chosen = plan(SafetyFlags.from_metadata(tracker.latest_message.get("metadata")), None, Place.REQUEST_FORM)
        if Part.ROUTINE_ANSWER not in chosen.parts:  # a crisis: answered as one, and not kept as the answer
            for text in render(chosen, facts, datetime.now(timezone.utc)):
                dispatcher.utter_message(text=text)
            return {field: None}
        checked = requests.checker(field, facts, datetime.now(facts.tz).date())(value if isinstance(value, str) else "")
        for text in render(chosen, facts, answer=checked.problem or None):  # the problem with the answer, if any
            dispatcher.utter_message(text=text)
        return {field: checked.value}

    return validate


for _field in (*requests.ALL_FIELDS, requests.CONFIRMATION):
    setattr(ValidateRequestForm, f"validate_{_field}", _validator(_field))


class ValidateAppointmentRequestForm(ValidateRequestForm):
    form = "appointment_request_form"


class ValidateRefillRequestForm(ValidateRequestForm):
    form = "refill_request_form"


class ValidateRecordsRequestForm(ValidateRequestForm):
    form = "records_request_form"


class ValidateCareQuestionForm(ValidateRequestForm):
    form = "care_question_form"


class AskForSlot(Action):
    """action_ask_<slot>: the forms' question for one slot."""

    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(text=requests.QUESTIONS[self.slot])
        return []


# One ask action per form field, named action_ask_<field> as Rasa expects.
for _field in requests.ALL_FIELDS:
    globals()[f"Ask_{_field}"] = type(f"Ask_{_field}", (AskForSlot,), {"slot": _field})


def _request(tracker: Tracker) -> requests.RequestKind | None:
    return requests.REQUESTS.get(tracker.get_slot("request_kind") or "")


def _values(tracker: Tracker, request: requests.RequestKind) -> dict[str, str | None]:
    return {field: tracker.get_slot(field) for field in request.fields}


def _cleared() -> list[EventType]:
    fields = ("request_kind", requests.CONFIRMATION, *requests.ALL_FIELDS)
    return [SlotSet(field, None) for field in fields]


class AskRequestConfirmed(Action):
    """The last question of every request form: the read-back."""

    def name(self) -> str:
        return f"action_ask_{requests.CONFIRMATION}"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        request = _request(tracker)
        if request is not None:
            dispatcher.utter_message(text=requests.read_back(request, _values(tracker, request), FACTS.get()))
        return []


class ActionFinishRequest(Action):
    """Send the request on "yes" (a task for staff, details encrypted); leave it unsent on "no"."""

    def name(self) -> str:
        return "action_finish_request"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        facts, request = FACTS.get(), _request(tracker)
        if request is None:
            return _cleared()
        if tracker.get_slot(requests.CONFIRMATION) != "yes":
            dispatcher.utter_message(text="OK, I haven't sent it. You can start again any time: tell me what you need.")
            return _cleared()
        try:
            task_id = requests.submit(app_database(), tracker.sender_id, request, _values(tracker, request))
        except Exception:  # noqa: BLE001 - nothing was sent; keep the answers and ask again
            dispatcher.utter_message(
                text=f"Sorry, I couldn't send your request just now. Please try again in a few minutes, or call "
                f"{facts.human_team.name} on {facts.human_team.phone}."
            )
            return [SlotSet(requests.CONFIRMATION, None), FollowupAction(request.form)]
        _queue_for_staff(tracker, request, task_id)
        dispatcher.utter_message(text=requests.what_next(request, facts))
        return _cleared()
