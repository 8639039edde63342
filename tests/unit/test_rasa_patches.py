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
