"""The patched Rasa internals behave as Rasa's own: action-response validation, hidden log texts, event classes."""

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from bot import rasa_patches

GOOD = {"events": [{"event": "slot", "name": "unit", "value": "icu"}], "responses": [{"text": "hi"}]}
BAD = [
    {"events": [{"event": "slot"}]},  # a slot event without a name
    {"events": "not a list"},
    {"responses": [1, 2]},
]


def test_same_verdicts_as_rasa():
    original = RemoteAction._validate_action_result
    action = RemoteAction.__new__(RemoteAction)
    assert original(action, GOOD)
    assert rasa_patches._validate_action_result(action, GOOD)
    for bad in BAD:
        with pytest.raises(ValidationError):
            original(action, bad)
        with pytest.raises(ValidationError, match="Failed to validate Action server response"):
            rasa_patches._validate_action_result(action, bad)


def test_what_a_tracker_holds_is_hidden_from_the_logs_of_the_task_that_loaded_it(caplog):
    import asyncio
    import logging

    from rasa.shared.core.events import BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot import log_privacy

    log_privacy.install()
    rasa_patches.apply()

    async def load_and_log() -> None:
        DialogueStateTracker.from_events("secure-x", [
            UserUttered("Quincy Oduya"),
            SlotSet("patient_dob", "1948-12-30"),
            SlotSet("refill_medication", "lisinopril 20 mg"),
            BotUttered("Medication: lisinopril 20 mg, born December 30, 1948"),
        ])
        logging.getLogger("rasa.core.processor").debug(
            "Current slot values: patient_name: Quincy Oduya, patient_dob: 1948-12-30, refill_medication: "
            "lisinopril 20 mg; reply 'Medication: lisinopril 20 mg, born December 30, 1948'")

    with caplog.at_level(logging.DEBUG):
        asyncio.run(load_and_log())
    logged = caplog.records[-1].getMessage()
    for secret in ("Oduya", "1948", "lisinopril"):
        assert secret not in logged, logged


def test_events_are_read_back_as_the_same_classes_as_rasa_reads_them():
    from rasa.shared.core.events import Event, SlotSet
    from rasa.shared.utils.common import all_subclasses

    rasa_patches.apply()
    resolve = Event.resolve_by_type
    assert getattr(resolve, "from_table", False)
    walk = resolve.__wrapped__
    for name in {cls.type_name for cls in all_subclasses(Event)}:
        assert resolve(name) is walk(name), name
    assert resolve("topic") is None  # Rasa's backwards compatibility, through its own walk
    with pytest.raises(ValueError, match="Unknown event name"):
        resolve("no such event")

    class LateEvent(SlotSet):  # defined after the table was built: still found
        type_name = "late_event_for_this_test"

    assert resolve("late_event_for_this_test") is LateEvent
