"""Rasa's own checks: data validation, test conversations, and NLU quality on unseen examples."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, rasa_cli

pytestmark = pytest.mark.integration
# billing_dispute (beside ask_billing) and clinical_question (beside the redacted out-of-scope
# disclosures) are the closest neighbours. Issue 7 moves thresholds into a committed quality file.
MIN_MACRO_F1 = 0.90


def test_rasa_data_validate_passes():
    rasa_cli("data", "validate", "--domain", "config/domain.yml", "--data", "data", "--config", "config/config.yml",
             "--fail-on-warnings")


def test_test_stories_pass(trained_model, tmp_path):
    rasa_cli("test", "core", "--model", str(trained_model), "--stories", "tests/stories",
             "--endpoints", str(ROOT / "endpoints.yml"), "--out", str(tmp_path), "--fail-on-prediction-errors",
             env={"ACTION_SERVER_URL": "http://127.0.0.1:9/webhook", "TRACKER_STORE_URL": "sqlite://"})
    failed = tmp_path / "failed_test_stories.yml"
    assert "None of the test stories failed" in failed.read_text()


def test_nlu_understands_held_out_examples(tmp_path):
    """Train on 80% of the examples, test on the other 20% (never seen in training), scoring
    what the patient gets: a message below the fallback threshold gets the out-of-scope answer."""
    split = tmp_path / "split"
    rasa_cli("data", "split", "nlu", "--nlu", "data/nlu", "--training-fraction", "0.8", "--random-seed", "42",
             "--out", str(split))
    rasa_cli("train", "nlu", "--config", "config/config.yml", "--nlu", str(split / "training_data.yml"),
             "--out", str(tmp_path / "models"), "--fixed-model-name", "heldout")
    evaluation = subprocess.run(
        [sys.executable, "-m", "bot.nlu_quality", str(tmp_path / "models" / "heldout.tar.gz"),
         str(split / "test_data.yml")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
    )
    assert evaluation.returncode == 0, evaluation.stderr[-3000:]
    report = json.loads(evaluation.stdout)
    weak = {name: scores["f1-score"] for name, scores in report["per_intent"].items() if scores["f1-score"] < 0.8}
    print(f"held-out intent macro F1 = {report['macro_f1']:.3f} on {report['examples']} examples; weak: {weak}")
    assert report["examples"] >= 200
    assert report["macro_f1"] >= MIN_MACRO_F1, f"macro F1 {report['macro_f1']:.3f} < {MIN_MACRO_F1}; weak: {weak}"
