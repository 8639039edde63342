"""Rasa's data validation, and `make evaluate` (held-out NLU, evaluation set, test conversations)
against the committed quality file evaluation/quality.yml."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, rasa_cli

pytestmark = pytest.mark.integration


def test_rasa_data_validate_passes():
    rasa_cli("data", "validate", "--domain", "config/domain.yml", "--data", "data", "--config", "config/config.yml",
             "--fail-on-warnings")


@pytest.fixture(scope="module")
def evaluation(trained_model, heldout_evaluation_dir) -> tuple[subprocess.CompletedProcess, Path]:
    """`make evaluate` on this run's model: held-out NLU, the evaluation set, the test conversations. The model
    of the 80% split was trained in the background into its output directory (tests/background_training.py)."""
    out = heldout_evaluation_dir
    result = subprocess.run(
        [sys.executable, "-m", "bot.training.evaluate", "--model", str(trained_model), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
    )
    return result, out


def test_understanding_meets_the_committed_quality_file(evaluation):
    """Held-out examples (never trained on) scored as the patient experiences them, every intent
    against its minimum in evaluation/quality.yml; the evaluation set; every test conversation."""
    result, out = evaluation
    metrics = json.loads((out / "metrics.json").read_text())
    print(result.stdout[-2000:])
    assert result.returncode == 0, f"{metrics['below_thresholds']}\n{result.stderr[-3000:]}"
    assert metrics["heldout"]["examples"] >= 200 and metrics["evaluation_set"]["examples"] >= 100
    assert metrics["stories"]["failed"] == [] and metrics["stories"]["total"] >= 10
    # the split's model trained in the background was found and kept, not trained a second time
    assert "The model of this 80% split is already trained" in result.stdout


def test_the_report_a_trainer_reads(evaluation):
    _, out = evaluation
    report = (out / "report.md").read_text()
    metrics = json.loads((out / "metrics.json").read_text())
    assert "| intent | precision | recall | F1 | minimum | examples |" in report
    for intent in metrics["heldout"]["per_intent"]:
        assert f"| {intent}" in report
    assert (out / "confusion_matrix.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    labels = metrics["heldout"]["confusion"]["labels"]
    matrix = metrics["heldout"]["confusion"]["matrix"]
    assert len(matrix) == len(labels) and sum(map(sum, matrix)) == metrics["heldout"]["examples"]


def test_a_number_below_the_quality_file_fails_the_evaluation(evaluation, tmp_path):
    from bot.training.evaluate import below_thresholds, load_quality

    _, out = evaluation
    metrics = json.loads((out / "metrics.json").read_text())
    assert below_thresholds(metrics, load_quality()) == []
    weakest = min(metrics["heldout"]["per_intent"], key=lambda i: metrics["heldout"]["per_intent"][i]["f1-score"])
    stricter = load_quality()
    stricter["heldout"]["intents"] = {**stricter["heldout"]["intents"], weakest: 1.01}
    stricter["test_stories"]["max_failed"] = -1
    findings = [str(f) for f in below_thresholds(metrics, stricter)]
    assert [f for f in findings if f.startswith("held-out F1 of")] == [
        f"held-out F1 of {weakest}: {metrics['heldout']['per_intent'][weakest]['f1-score']:.3f} < 1.010"
    ]
    assert findings[-1].startswith("failed test conversations")
