"""The out-of-scope gate (bot/scope): declines what the assistant does not serve, keeps what it does."""

import pytest
import yaml

from bot.scope import MODEL_FILE, is_out_of_scope, out_of_scope_probability, shipped
from bot.settings import PROJECT_ROOT

# Written for this test (not training examples): requests the gate must decline, questions it must keep.
DECLINED = [
    "set an alarm for 6 tomorrow morning",
    "transfer 200 dollars to my savings account",
    "play some jazz in the kitchen",
    "what's the weather going to be like in Portland this weekend",
]
KEPT = [
    "where do I park at the north clinic",
    "what are the visiting hours on the maternity ward",
    "is dr okafor taking new patients",
    "do you take medicare",
    "I'm [CONDITION], can someone call me back",
    "what are the symptoms of shingles",  # a health question: the nurses answer it
]


@pytest.mark.parametrize("text", DECLINED)
def test_requests_the_assistant_does_not_serve_are_declined(text):
    assert is_out_of_scope(text), out_of_scope_probability(text)


@pytest.mark.parametrize("text", KEPT)
def test_routine_and_health_questions_are_kept(text):
    assert not is_out_of_scope(text), out_of_scope_probability(text)


def test_the_model_is_small_plain_arrays_with_a_card():
    assert MODEL_FILE.stat().st_size < 2_000_000
    model = shipped()
    assert model.weights.shape[1] == 1 and 0.5 <= float(model.thresholds[0]) < 1.0
    assert (MODEL_FILE.parent / "MODEL_CARD.md").read_text().startswith("# Out-of-scope gate")


def test_the_gate_was_trained_with_every_intent_of_the_domain():
    """A new intent's examples must be in scope for the gate: rebuild it (make scope-model) after adding one."""
    domain = yaml.safe_load((PROJECT_ROOT / "config" / "domain.yml").read_text(encoding="utf-8"))
    assert set(domain["intents"]) <= set(shipped().info["intents"])
