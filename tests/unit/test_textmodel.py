"""bot.textmodel: the per-message scoring path gives what the trained model's feature matrix gives."""

from __future__ import annotations

import numpy as np
import pytest

from bot.safety.classifier import shipped
from bot.textmodel import MAX_MODEL_CHARS, features, logits

TEXTS = [
    "I want to end my life tonight",
    "Where is parking? where IS parking!!",
    "my dad's o'neill-smith appointment... can't find it",
    "😀😀 ok",
    "Ελπίζω να είσαι καλά, η μητέρα μου είναι στο νοσοκομείο",
    "我的电话是 555-0101",
    "a",
    "",
    "   ",
    "word " * (MAX_MODEL_CHARS // 2),  # longer than the model reads
]


@pytest.mark.parametrize("text", TEXTS)
def test_one_message_scores_as_the_training_features_do(text: str) -> None:
    model = shipped()
    expected = np.asarray(features([text]) @ model.weights) + model.intercepts
    assert logits([text], model.weights, model.intercepts) == pytest.approx(expected, abs=1e-4)


def test_several_messages_keep_their_order() -> None:
    model = shipped()
    each = np.vstack([logits([text], model.weights, model.intercepts) for text in TEXTS])
    assert logits(TEXTS, model.weights, model.intercepts) == pytest.approx(each)
    assert logits([], model.weights, model.intercepts).shape == (0, len(model.intercepts))
