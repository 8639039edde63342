"""The detector meets its aims on the labelled dev set, and the scoring that says so is right.

Latency is measured by bench/safety.py, not here (timed tests are noisy on shared machines).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.safety import assess
from bot.safety.evaluation import Counts, Example, load_examples, prediction_from_assessment, score

DEV = Path(__file__).resolve().parents[2] / "data" / "safety_dev.jsonl"


def _example(kinds: tuple[str, ...], crisis: str | None = None) -> Example:
    return Example("x", "text", bool(kinds), crisis, kinds, "g")


def test_counts_give_recall_precision_and_f2():
    counts = Counts.of([(True, True)] * 8 + [(True, False)] * 2 + [(False, True)] * 2 + [(False, False)] * 5)
    assert (counts.recall, counts.precision) == (0.8, 0.8)
    assert counts.f2 == pytest.approx(0.8)
    assert Counts.of([(False, False)]).recall == 1.0
    assert Counts.of([(True, False)]).precision == 0.0


def test_score_counts_kinds_identifiers_and_crises_per_message():
    examples = [_example(("dob", "phone")), _example(("condition",), "medical_emergency"), _example(())]
    predictions = [
        {"sensitive": True, "crisis": None, "kinds": ["dob"]},
        {"sensitive": True, "crisis": "self_harm", "kinds": ["condition"]},
        {"sensitive": True, "crisis": "medical_emergency", "kinds": ["symptom"]},
    ]
    result = score(examples, predictions)
    assert result["sensitive"]["recall"] == 1.0 and result["sensitive"]["fp"] == 1
    assert result["identifier_recall"] == 0.5  # dob found, phone missed
    assert result["kinds"]["phone"]["fn"] == 1
    assert result["crisis"]["any"]["tp"] == 1
    assert result["crisis"]["medical_emergency"]["fn"] == 1  # wrong type
    assert result["false_crisis_rate"] == 0.5
    assert len(result["errors"]) == 3


@pytest.fixture(scope="module")
def dev_scores() -> dict:
    examples = load_examples(DEV)
    return score(examples, [prediction_from_assessment(assess(example.text)) for example in examples])


def test_sensitive_recall_at_least_097_at_precision_090(dev_scores):
    assert dev_scores["sensitive"]["recall"] >= 0.97
    assert dev_scores["sensitive"]["precision"] >= 0.90


def test_identifier_recall_at_least_099(dev_scores):
    assert dev_scores["identifier_recall"] >= 0.99


def test_crisis_recall_at_least_098_with_at_most_1_percent_false_crises(dev_scores):
    assert dev_scores["crisis"]["any"]["recall"] >= 0.98
    assert dev_scores["false_crisis_rate"] <= 0.01


def test_generated_identifiers_of_the_dev_bank_are_flagged_and_leave_nothing_readable():
    """Faker messages in 16 locales (the dev bank, which tuning may look at; the holdout bank is scored
    by bench/safety.py only): every kind of identifier, by its shape, in many countries' formats."""
    from tests.data.identifier_messages import generate

    recall, left = _recall_and_left(generate("dev", 400, seed=7))
    assert recall >= 0.99
    assert left <= 0.01


def _recall_and_left(messages) -> tuple[float, float]:
    from bot.safety import screen
    from tests.data.identifier_messages import leaked

    flagged = left = values = 0
    for message in messages:
        assessment, redacted = screen(message.text)
        flagged += assessment.sensitive
        values += len(message.values)
        left += sum(leaked(value, redacted) for value in message.values)
    return flagged / len(messages), left / values


def test_the_writers_own_name_and_other_development_identifiers_stay_found():
    """The seventh generated bank and the hand-written development files (development sets, tuned on on 2026-12-05:
    names given by the writer or for a patient, postcodes, other countries' labels and scripts) keep their scores."""
    from tests.data.identifier_messages import generate, load_handwritten

    recall, left = _recall_and_left(generate("dev7", 400, seed=7))
    assert recall >= 0.98 and left <= 0.015
    recall, left = _recall_and_left(load_handwritten(DEV.with_name("identifiers_handwritten_dev.jsonl")))
    assert recall >= 0.98 and left <= 0.02
    # the second hand-written file is far from the aims (0.909 / 11.2% on 2026-12-05): this keeps what was won
    recall, left = _recall_and_left(load_handwritten(DEV.with_name("identifiers_handwritten_dev2.jsonl")))
    assert recall >= 0.90 and left <= 0.12
