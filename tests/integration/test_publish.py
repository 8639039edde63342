"""`make publish` against the running Rasa server: a model that is not worse goes live while a patient
keeps talking (no request fails), a worse one is refused, and a rollback puts the previous one back."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
import yaml

from tests.conftest import ROOT, TEST_TOKEN, Servers, rasa_cli

pytestmark = pytest.mark.integration


def publish(servers: Servers, model_dir: Path, *args: str) -> subprocess.CompletedProcess:
    port = servers.rasa_url.rsplit(":", 1)[1]
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "RASA_PORT": port, "BIND_HOST": "127.0.0.1",
           "RASA_AUTH_TOKEN": TEST_TOKEN, "MODEL_DIR": str(model_dir)}
    return subprocess.run([sys.executable, "-m", "bot.training.publish", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=1200)


def live_model(servers: Servers) -> str:
    status = requests.get(f"{servers.rasa_url}/status", params={"token": TEST_TOKEN}, timeout=30).json()
    return Path(status["model_file"]).name


class Patient(threading.Thread):
    """Keeps asking about parking over REST until stopped; remembers every failure."""

    def __init__(self, servers: Servers) -> None:
        super().__init__(daemon=True)
        self.servers, self.stop, self.answered, self.failures = servers, threading.Event(), 0, []

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                reply = requests.post(f"{self.servers.rasa_url}/webhooks/rest/webhook",
                                      json={"sender": "publish-patient", "message": "where can I park?"}, timeout=120)
                if reply.status_code != 200 or "park" not in json.dumps(reply.json()).lower():
                    self.failures.append(f"{time.strftime('%H:%M:%S')} {reply.status_code} {reply.text[:200]}")
                else:
                    self.answered += 1
            except requests.RequestException as error:
                self.failures.append(type(error).__name__)
            time.sleep(0.2)


@pytest.fixture(scope="module")
def model_dir(trained_model: Path, tmp_path_factory) -> Path:
    """A models directory holding the live model (the one the test servers started with)."""
    directory = tmp_path_factory.mktemp("published")
    shutil.copy(trained_model, directory / trained_model.name)
    return directory


def test_a_model_that_is_not_worse_goes_live_without_a_failed_request_and_can_be_rolled_back(servers, model_dir,
                                                                                           trained_model):
    assert live_model(servers) == trained_model.name
    candidate = model_dir / "20991231-000000-candidate.tar.gz"
    shutil.copy(trained_model, candidate)  # as good as the live model, by construction
    patient = Patient(servers)
    patient.start()
    try:
        result = publish(servers, model_dir, str(candidate))
        time.sleep(1)
    finally:
        patient.stop.set()
        patient.join(timeout=130)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Published 20991231-000000-candidate.tar.gz" in result.stdout
    assert live_model(servers) == candidate.name
    problems = [line for line in (servers.log_dir / "rasa.log").read_text().splitlines()
                if " ERROR " in line or " WARNING " in line or "Traceback" in line]
    assert patient.failures == [] and patient.answered >= 5, (patient.failures, problems[-30:])
    history = json.loads((model_dir / "history.json").read_text())
    assert history["live"] == candidate.name
    assert history["events"][-1]["action"] == "publish" and history["events"][-1]["previous"] == trained_model.name
    assert history["models"][candidate.name]["stories_failed"] == 0
    # the live model is the same file under another name: its scores were reused, not computed twice
    assert history["models"][trained_model.name]["sha256"] == history["models"][candidate.name]["sha256"]
    assert f"Scoring {trained_model.name}" not in result.stdout and f"Scoring {candidate.name}" in result.stdout

    rolled_back = publish(servers, model_dir, "--rollback")
    assert rolled_back.returncode == 0, rolled_back.stderr[-3000:]
    assert live_model(servers) == trained_model.name
    assert "rollback" in publish(servers, model_dir, "--history").stdout


def test_a_worse_model_is_refused_and_the_live_one_stays(servers, model_dir, tmp_path, trained_model):
    # A model that knows only three intents: far worse on the evaluation set.
    nlu = yaml.safe_load((ROOT / "data" / "nlu" / "getting_here.yml").read_text())
    small = {"version": "3.1", "nlu": [block for block in nlu["nlu"] if "intent" in block][:3]}
    (tmp_path / "small.yml").write_text(yaml.safe_dump(small, sort_keys=False))
    rasa_cli("train", "nlu", "--config", "config/config.yml", "--nlu", str(tmp_path / "small.yml"),
             "--out", str(model_dir), "--fixed-model-name", "20991231-000001-worse")
    before = live_model(servers)
    result = publish(servers, model_dir, str(model_dir / "20991231-000001-worse.tar.gz"))
    assert result.returncode == 1
    assert "Not published:" in result.stderr and "evaluation set macro F1" in result.stderr
    assert live_model(servers) == before
    history = json.loads((model_dir / "history.json").read_text())
    assert history["events"][-1]["action"] == "refuse" and history["live"] != "20991231-000001-worse.tar.gz"
