"""The test run's two trainings, started in the background as soon as the tests are collected.

Training is most of what `make test` waits for (the assistant's model, and `make evaluate`'s model of the 80%
split), and the unit tests, which run first and need no model, keep one core busy at most. So a background
thread runs the two trainings one after the other while the unit tests run; the fixtures that need a model
wait for it. Both are the same commands the fixtures ran before (`rasa train`, `python -m bot.training.evaluate
--heldout-only`); a failure fails the tests that need the model, with the command's output.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import Future
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_SECONDS = 1800


class TrainingFailed(Exception):
    pass


class BackgroundTrainings:
    """Jobs run one at a time in one thread, in the order they were asked for; each one's result is a Future."""

    def __init__(self) -> None:
        self.directory = Path(tempfile.mkdtemp(prefix="riverbend-test-models-"))
        self._jobs: dict[str, Future[Path]] = {}
        self._queue: list[tuple[Future[Path], list[str], Path]] = []
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._running: subprocess.Popen | None = None
        self._stopped = False

    def assistant_model(self) -> Future[Path]:
        """The assistant's model, from data/ and config/."""
        out = self.directory / "assistant"
        command = ["-m", "bot.rasa_cli", "train", "--config", "config/config.yml", "--domain", "config/domain.yml",
                   "--data", "data", "--out", str(out), "--fixed-model-name", "assistant"]
        return self._job("assistant", command, out / "assistant.tar.gz")

    def evaluation_directory(self) -> Future[Path]:
        """A `make evaluate` output directory holding the trained model of the 80% split."""
        out = self.directory / "evaluation"
        return self._job("evaluation", ["-m", "bot.training.evaluate", "--heldout-only", "--out", str(out)], out)

    def _job(self, name: str, command: list[str], result: Path) -> Future[Path]:
        with self._lock:
            if name not in self._jobs:
                self._jobs[name] = future = Future()
                self._queue.append((future, command, result))
                if self._thread is None:
                    self._thread = threading.Thread(target=self._work, name="background-training", daemon=True)
                    self._thread.start()
            return self._jobs[name]

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._queue or self._stopped:
                    self._thread = None
                    return
                future, command, result = self._queue.pop(0)
            future.set_running_or_notify_cancel()
            try:
                future.set_result(self._run(command, result))
            except BaseException as error:  # noqa: BLE001 - handed to whoever waits for this model
                future.set_exception(error)

    def _run(self, command: list[str], result: Path) -> Path:
        env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
        with tempfile.TemporaryFile("w+") as output:
            with self._lock:
                if self._stopped:
                    raise TrainingFailed("the test run ended first")
                self._running = subprocess.Popen([sys.executable, *command], cwd=ROOT, env=env, text=True,
                                                 stdout=output, stderr=subprocess.STDOUT)
            try:
                code = self._running.wait(timeout=TIMEOUT_SECONDS)
            finally:
                self._running.kill()
            if code != 0:
                output.seek(0)
                raise TrainingFailed(f"{' '.join(command)} failed ({code}):\n{output.read()[-6000:]}")
        return result

    def stop(self) -> None:
        """At the end of the run: stop a training still running (nothing waits for it) and remove the models."""
        with self._lock:
            self._stopped = True
            running = self._running
        if running is not None and running.poll() is None:
            running.kill()
            running.wait()
        shutil.rmtree(self.directory, ignore_errors=True)
