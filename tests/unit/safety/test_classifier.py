"""The learned safety classifier (bot.safety.classifier): the shipped model, and how it joins the rules."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from bot.safety import FIGURATIVE, SURE_OF_CRISIS, assess, decide, read_rules
from bot.safety.classifier import HEADS, MODEL_DIR, MODEL_FILE, Classifier, Scores, features, shipped
from bot.textmodel import LinearModel


def _scores(sensitive: float = 0.0, self_harm: float = 0.0, emergency: float = 0.0) -> Scores:
    return Scores(sensitive, self_harm, emergency, thresholds=(0.5, 0.5, 0.5))


def test_shipped_model_is_small_plain_arrays_and_loads_once() -> None:
    assert MODEL_FILE.stat().st_size < 5_000_000
    with zipfile.ZipFile(MODEL_FILE) as archive:  # .npz: numpy arrays only, nothing pickled
        assert sorted(archive.namelist()) == ["info.npy", "intercepts.npy", "thresholds.npy", "weights.npy"]
    model = shipped()
    assert model is shipped()
    assert model.weights.shape[1] == len(HEADS)
    assert all(0.0 < threshold < 1.0 for threshold in model.thresholds)


def test_model_card_names_every_training_source_and_the_thresholds() -> None:
    card = (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    info = shipped().info
    for source in info["trained_on"]:
        assert source in card
    for head, threshold in info["thresholds"].items():
        assert f"{head}" in card and f"{threshold}" in card


def test_model_adds_a_flag_where_the_rules_found_nothing() -> None:
    reading = read_rules("it has been a rough few weeks honestly")
    assert not reading.findings and reading.crisis is None
    assessment = decide(reading, _scores(sensitive=0.9))
    assert assessment.sensitive and assessment.crisis is None and assessment.findings == ()
    assert decide(reading, _scores(self_harm=0.9)).crisis == "self_harm"
    assert decide(reading, _scores(emergency=0.9)).crisis == "medical_emergency"


def test_model_never_removes_a_rules_flag() -> None:
    reading = read_rules("my DOB is 04/12/1985 and I have asthma")
    assert decide(reading, _scores()).sensitive
    crisis = read_rules("my husband collapsed and is not breathing")
    assert decide(crisis, _scores()).crisis == "medical_emergency"


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("I'm not suicidal, just asking about parking", _scores(self_harm=0.999)),
        ("she denies chest pain", _scores(sensitive=0.99)),
        ("my dentist has shingles so my appointment moved", _scores(sensitive=0.99)),
        ("this traffic is killing me", _scores(sensitive=0.99, self_harm=0.99, emergency=0.99)),
    ],
)
def test_rules_that_dismissed_a_mention_overrule_the_model(text: str, scores: Scores) -> None:
    reading = read_rules(text)
    assert reading.dismissed, "the rules should have seen and dismissed a mention here"
    assessment = decide(reading, scores)
    assert not assessment.sensitive and assessment.crisis is None


def test_a_model_sure_of_a_crisis_outweighs_a_dismissed_crisis_word_but_not_an_idiom() -> None:
    """One clause the rules judged not to count (a question, a past event) must not silence a report the model is
    sure of ("what do you do if..." followed by what just happened); below SURE_OF_CRISIS, and for a negation or a
    figurative reading, the rules' judgement stands."""
    report = read_rules("what do you do if a kid swallowed a battery? my 2 yo just did")
    idiom = read_rules("this traffic is killing me")
    assert report.crisis is None and "crisis" in report.dismissed and FIGURATIVE not in report.dismissed
    assert decide(report, _scores(emergency=SURE_OF_CRISIS)).crisis == "medical_emergency"
    assert decide(report, _scores(emergency=SURE_OF_CRISIS - 0.01)).crisis is None
    assert decide(idiom, _scores(self_harm=0.999, emergency=0.999)).crisis is None
    negated = read_rules("she denies chest pain")
    assert decide(negated, _scores(emergency=0.999)).crisis is None


def test_a_model_written_and_read_back_scores_the_same(tmp_path) -> None:
    model = Classifier(
        weights=np.random.default_rng(1).normal(size=(shipped().weights.shape[0], 3)).astype(np.float32),
        intercepts=np.zeros(3, np.float32), thresholds=np.full(3, 0.5, np.float32), info={"date": "test"},
    )
    model.save(tmp_path / "m.npz")
    again = Classifier.load(tmp_path / "m.npz")
    assert again.info == {"date": "test"}
    text = "my son has a fever"
    assert again.score(text).sensitive == pytest.approx(model.score(text).sensitive, abs=1e-2)


def test_shipped_model_flags_what_it_should_in_plain_cases() -> None:
    assert assess("my son has asthma").sensitive
    assert not assess("what are the visiting hours for the ICU?").sensitive
    assert not assess("where do I park?").sensitive


def test_fast_scoring_matches_the_training_features() -> None:
    model = shipped()
    texts = ["my son has asthma", "", "hi", "x" * 3000, "I can't do this anymore, I have the pills ready 😢"]
    slow = 1.0 / (1.0 + np.exp(-(np.asarray(features(texts) @ model.weights) + model.intercepts)))
    assert np.allclose(model.probabilities(texts), slow, atol=1e-5)


def test_in_a_long_post_one_dismissed_mention_no_longer_silences_the_model() -> None:
    """Up to VETO_MAX_WORDS words the rules' dismissal overrules the model; a longer post can disclose more."""
    short = read_rules("my dentist has shingles so my appointment moved")
    long = read_rules(
        "my dentist has shingles so my appointment moved, which honestly is fine because since the spring I have "
        "been dealing with a lot myself and I could not face the chair this week anyway, thanks for understanding"
    )
    assert short.dismissed and long.dismissed
    assert not decide(short, _scores(sensitive=0.99)).sensitive
    assert decide(long, _scores(sensitive=0.99)).sensitive
    assert not decide(long, _scores(sensitive=0.1)).sensitive


def test_scoring_one_message_is_bit_for_bit_the_text_models() -> None:
    """Classifier.score hashes each word's character n-grams once per process (bot.safety.classifier); the
    probabilities must be exactly bot.textmodel's, whose threshold choices the model card records."""
    model = shipped()
    dev = Path(__file__).resolve().parents[2] / "data" / "safety_dev.jsonl"
    texts = [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines() if line]
    texts += ["", "   ", "a", "ΣΟΦΊΑ ΟΔΟΣ", "tabs\tand\u2003spaces\x1cand  more", "x" * 3000, "I'm OK!! ?", "😀😀 ok"]
    for text in texts:
        expected = LinearModel.probabilities(model, [text])[0]
        scores = model.score(text)
        assert (scores.sensitive, scores.self_harm, scores.medical_emergency) == tuple(expected), text
