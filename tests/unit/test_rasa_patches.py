"""The faster action-response validation accepts and rejects exactly what Rasa's does."""

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
