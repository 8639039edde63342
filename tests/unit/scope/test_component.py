"""The out-of-scope gate in the Rasa pipeline (bot.scope.component.ScopeGate): it overrides a confident wrong
intent."""

from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.scope import OUT_OF_SCOPE
from bot.scope.component import ScopeGate


def _message(text: str, intent: str, confidence: float) -> Message:
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": intent, "confidence": confidence}, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [{"name": intent, "confidence": confidence}], add_to_output=True)
    return message


def test_the_pipeline_component_overrides_a_confident_wrong_intent():
    gate = ScopeGate()
    declined = _message("set an alarm for 6 tomorrow morning", "appointment_book", 0.97)
    kept = _message("where do I park", "ask_parking", 0.95)
    gate.process([declined, kept])
    assert declined.get(INTENT)["name"] == OUT_OF_SCOPE
    assert declined.get(INTENT_RANKING_KEY)[0]["name"] == OUT_OF_SCOPE
    assert [item["name"] for item in declined.get(INTENT_RANKING_KEY)] == [OUT_OF_SCOPE, "appointment_book"]
    assert kept.get(INTENT) == {"name": "ask_parking", "confidence": 0.95}


def test_an_empty_message_is_left_alone():
    message = _message("", "greet", 0.4)
    ScopeGate().process([message])
    assert message.get(INTENT)["name"] == "greet"
