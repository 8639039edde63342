"""The out-of-scope gate in the Rasa pipeline (bot.scope.component.ScopeGate): it overrides a confident wrong
intent; the fallback after it (ScopeAwareFallback) answers an unsure intent only where the gate is sure."""

from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.scope import OUT_OF_SCOPE
from bot.scope.component import OUT_OF_SCOPE_PROBABILITY, ScopeAwareFallback, ScopeGate


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


def _ranked(text: str, ranking: list[tuple[str, float]]) -> Message:
    message = Message(data={TEXT: text})
    items = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    message.set(INTENT, items[0], add_to_output=True)
    message.set(INTENT_RANKING_KEY, items, add_to_output=True)
    return message


def _pipeline_tail(messages: list[Message]) -> list[str]:
    """The gate, then the fallback, as config/config.yml runs them; the intent each message ends with."""
    ScopeGate().process(messages)
    fallback = ScopeAwareFallback({**ScopeAwareFallback.get_default_config(), "threshold": 0.5})
    fallback.process(messages)
    return [message.get(INTENT)["name"] for message in messages]


def test_an_unsure_intent_is_answered_only_where_the_gate_is_sure_the_message_belongs_here():
    in_scope = _ranked("what time can I visit my dad on the cardiac unit tonight",
                       [("ask_visiting_hours", 0.44), ("ask_opening_hours", 0.2)])
    elsewhere = _ranked("what time does the post office open",
                        [("ask_opening_hours", 0.44), ("ask_visiting_hours", 0.2)])
    assert in_scope.get(OUT_OF_SCOPE_PROBABILITY) is None
    assert _pipeline_tail([in_scope, elsewhere]) == ["ask_visiting_hours", OUT_OF_SCOPE]
    assert in_scope.get(OUT_OF_SCOPE_PROBABILITY) < 0.02  # the gate's own reading, kept for the fallback


def test_below_the_lower_bar_even_a_message_that_belongs_here_is_not_understood():
    unsure = _ranked("what time can I visit my dad on the cardiac unit tonight",
                     [("ask_visiting_hours", 0.3), ("ask_opening_hours", 0.2)])
    assert _pipeline_tail([unsure]) == ["nlu_fallback"]
