"""The appointment request form of the secure chat (thin: checks and texts are in bot.patient_requests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import FACTS
from bot import patient_requests as requests
from bot.safety_replies import SafetyFlags, crisis_first, staff_alerted
from bot.storage.database import app_database


def _crisis_first(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A crisis typed while the form asks something is answered as a crisis, and not kept as the answer."""
    flags = SafetyFlags.from_metadata(tracker.latest_message.get("metadata"))
    if not flags.crisis:
        return False
    facts = FACTS.get()
    dispatcher.utter_message(text=crisis_first(facts, flags.crisis))
    dispatcher.utter_message(text=staff_alerted(facts, datetime.now(timezone.utc)))
    return True


class ValidateAppointmentRequestForm(FormValidationAction):
    def name(self) -> str:
        return "validate_appointment_request_form"

    def _check(
        self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
        check: Callable[[str], requests.Checked],
    ) -> dict[str, Any]:
        if _crisis_first(dispatcher, tracker):
            return {slot: None}
        checked = check(value if isinstance(value, str) else "")
        if checked.problem:
            dispatcher.utter_message(text=checked.problem)
        return {slot: checked.value}

    def validate_request_department(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: dict) -> dict[str, Any]:
        facts = FACTS.get()
        return self._check("request_department", value, dispatcher, tracker,
                           lambda text: requests.check_department(text, facts))

    def validate_request_when(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: dict) -> dict[str, Any]:
        return self._check("request_when", value, dispatcher, tracker, requests.check_when)

    def validate_patient_name(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: dict) -> dict[str, Any]:
        return self._check("patient_name", value, dispatcher, tracker, requests.check_name)

    def validate_patient_dob(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: dict) -> dict[str, Any]:
        today = datetime.now(FACTS.get().tz).date()
        return self._check("patient_dob", value, dispatcher, tracker, lambda text: requests.check_dob(text, today))

    def validate_patient_phone(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: dict) -> dict[str, Any]:
        return self._check("patient_phone", value, dispatcher, tracker, requests.check_phone)

    def validate_request_reason(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: dict) -> dict[str, Any]:
        return self._check("request_reason", value, dispatcher, tracker, requests.check_reason)


class AskForSlot(Action):
    """action_ask_<slot>: the form's question for one slot."""

    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(text=requests.questions(FACTS.get())[self.slot])
        return []


class AskRequestDepartment(AskForSlot):
    slot = "request_department"


class AskRequestWhen(AskForSlot):
    slot = "request_when"


class AskPatientName(AskForSlot):
    slot = "patient_name"


class AskPatientDob(AskForSlot):
    slot = "patient_dob"


class AskPatientPhone(AskForSlot):
    slot = "patient_phone"


class AskRequestReason(AskForSlot):
    slot = "request_reason"


def _values(tracker: Tracker) -> dict[str, str | None]:
    return {field: tracker.get_slot(field) for field in requests.APPOINTMENT_FIELDS}


def _cleared() -> list[EventType]:
    return [SlotSet(field, None) for field in requests.APPOINTMENT_FIELDS]


class ActionConfirmRequest(Action):
    def name(self) -> str:
        return "action_confirm_request"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(text=requests.read_back(_values(tracker), FACTS.get()))
        return []


class ActionSubmitRequest(Action):
    def name(self) -> str:
        return "action_submit_request"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        facts = FACTS.get()
        try:
            requests.submit(app_database(), tracker.sender_id, "appointment_request", "scheduling", _values(tracker))
        except Exception:  # noqa: BLE001 - tell the patient; nothing was sent
            dispatcher.utter_message(
                text="Sorry, I couldn't send your request just now. Please try again in a few minutes, or call "
                f"Central Scheduling on {facts.appointments.phone}."
            )
            return []
        dispatcher.utter_message(text=requests.what_next(facts))
        return _cleared()


class ActionCancelRequest(Action):
    def name(self) -> str:
        return "action_cancel_request"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(
            text="OK, I haven't sent it. To start again, just say you'd like to book an appointment."
        )
        return _cleared()
