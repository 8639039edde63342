"""Shared fixtures: one trained model per test run, and real servers on free ports."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
import yaml

from bot.third_party_noise import quiet_third_party_noise

quiet_third_party_noise()  # before Rasa and its neighbours are imported: their deprecation notices are not ours

from bot.cluster.services import Service, free_port, start_postgres, start_redis  # noqa: E402
from bot.facts import HospitalFacts, load_facts  # noqa: E402
from bot.secure.keys import fernet_from  # noqa: E402
from tests.background_training import BackgroundTrainings  # noqa: E402
from tests.fake_graph import PAGE_TOKEN, FakeGraph  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FACTS_PATH = ROOT / "config" / "hospital.yml"
TEST_TOKEN = "test-token-not-secret-0123456789abcdef"
# Secrets of this test run, for the test process and the servers it starts (never a developer's .env).
os.environ["SECURE_STORE_KEYS"] = TEST_STORE_KEY = "8fK3vYb6i2X0m4Qe7rT1uW9zA5cD3gH6jL8nP0sV2yE="
os.environ["SECURE_LINK_SECRET"] = "test-link-secret-not-secret-0123456789abcdef"
# Databases the test process itself opens (e.g. actions run in-process) go to a scratch dir, not var/.
os.environ["VAR_DIR"] = tempfile.mkdtemp(prefix="riverbend-test-var-")
os.environ.pop("APP_DATABASE_URL", None)
os.environ.pop("TRACKER_STORE_URL", None)


def stored_events(tracker_db: Path, sender: str | None = None) -> list[dict]:
    """The tracker store's events (decrypted), optionally of one conversation, in order."""
    cipher = fernet_from(TEST_STORE_KEY)
    query, args = "SELECT sender_id, data FROM events ORDER BY id", ()
    if sender is not None:
        query, args = "SELECT sender_id, data FROM events WHERE sender_id = ? ORDER BY id", (sender,)
    with sqlite3.connect(tracker_db) as db:
        rows = db.execute(query, args).fetchall()
    return [{"sender_id": sid, **json.loads(cipher.decrypt(data.encode()))} for sid, data in rows]


def rasa_cli(*args: str, cwd: Path = ROOT, env: dict | None = None, timeout: int = 900) -> subprocess.CompletedProcess:
    """Run the Rasa CLI of this virtualenv; fail the test with its output if it fails."""
    result = subprocess.run(
        [sys.executable, "-m", "bot.rasa_cli", *args],
        cwd=cwd,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false", **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        output = f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        pytest.fail(f"rasa {' '.join(args)} failed ({result.returncode}):\n{output}")
    return result


@pytest.fixture(scope="session")
def facts() -> HospitalFacts:
    return load_facts(FACTS_PATH)


TRAININGS = BackgroundTrainings()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Unit tests first (they need no model), while the models the other tests need train in the background."""
    items.sort(key=lambda item: 0 if "unit" in item.path.relative_to(ROOT).parts[:2] else 1)
    needed = {name for item in items for name in getattr(item, "fixturenames", ())}
    if "trained_model" in needed:
        TRAININGS.assistant_model()
    if "heldout_evaluation_dir" in needed:
        TRAININGS.evaluation_directory()


def pytest_sessionfinish() -> None:
    TRAININGS.stop()


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The assistant's model, trained once per test run from data/ and config/ (in the background)."""
    return TRAININGS.assistant_model().result()


@pytest.fixture(scope="session")
def heldout_evaluation_dir() -> Path:
    """A `make evaluate` output directory where the model of the 80% split is already trained."""
    return TRAININGS.evaluation_directory().result()


CONSOLE_ADMIN_PASSWORD = "console-admin-test-password"
MESSENGER_APP_SECRET = "test-messenger-app-secret"
MESSENGER_VERIFY_TOKEN = "test-messenger-verify-token"
# Messages too vague for any intent: what a patient's "misunderstood" message looks like to the model.
VAGUE_MESSAGES = (
    "whatever the other one was", "can you do the thing", "hmm the thing with the stuff", "like i said before",
    "that thing again", "do the other one", "sort it out", "any of them", "um so yeah", "that one",
    "the usual please", "same as last time", "xkcd vbnm plok", "blorf the toaster qwzx",
)


@dataclass
class Servers:
    rasa_url: str
    action_url: str
    token: str
    tracker_db: Path
    app_db: Path
    log_dir: Path
    console_url: str = ""
    review_data_path: Path | None = None  # REVIEW_DATA_PATH of the servers (never the real data/)
    review_new_intents_path: Path | None = None
    embed_origin: str = ""  # another site, allowed to embed the chat (ALLOWED_ORIGINS); nothing serves it yet

    def say(self, sender: str, text: str) -> list[dict]:
        reply = requests.post(
            f"{self.rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=60
        )
        reply.raise_for_status()
        return reply.json()

    def texts(self, sender: str, text: str) -> list[str]:
        return [message.get("text", "") for message in self.say(sender, text)]

    def fallback_messages(self, count: int) -> list[str]:
        """`count` vague messages this model falls back on (below its confidence threshold). Which ones do
        depends on the training run (DIET on CPU is not bit-for-bit repeatable), so they are picked here."""
        found = []
        for text in VAGUE_MESSAGES:
            parsed = requests.post(
                f"{self.rasa_url}/model/parse", params={"token": self.token}, json={"text": text}, timeout=30
            ).json()
            if parsed["intent"]["name"] == "nlu_fallback":
                found.append(text)
            if len(found) == count:
                return found
        pytest.fail(f"the model falls back on only {found} of {VAGUE_MESSAGES}: add vaguer messages")


def _wait_until(check, what: str, processes: list[subprocess.Popen], timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                raise RuntimeError(f"a server exited with {process.returncode} while waiting for {what}")
        try:
            if check():
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{what} not ready after {timeout} s")


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """A private Redis (Debian's redis-server, installed by scripts/ensure-services.sh) on a free port."""
    redis = start_redis(tmp_path_factory.mktemp("redis"), free_port())
    yield redis
    redis.stop()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Service]:
    """A private PostgreSQL (Debian's, installed by scripts/ensure-services.sh) on a free port. Its folder is under
    the project's var/ because the server runs as the postgres user, who cannot enter pytest's private tmp dirs."""
    folder = ROOT / "var" / "test" / f"postgres-{os.getpid()}"
    postgres = start_postgres(folder, free_port(), "test-password-not-secret")
    yield postgres
    postgres.stop()
    shutil.rmtree(folder, ignore_errors=True)


def new_postgres_database(server: Service) -> str:
    """A fresh, empty database on `server`: its SQLAlchemy URL."""
    import psycopg2

    name = f"test_{uuid.uuid4().hex[:10]}"
    connection = psycopg2.connect(server.url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    return server.url.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(scope="session")
def fake_graph() -> Iterator[FakeGraph]:
    """The local stand-in for Meta's Graph API that the Rasa server's Messenger channel talks to."""
    graph = FakeGraph().start()
    yield graph
    graph.stop()


@pytest.fixture(scope="session")
def servers(trained_model: Path, tmp_path_factory: pytest.TempPathFactory, fake_graph: FakeGraph) -> Iterator[Servers]:
    """The real Rasa server and action server, as `make run` starts them, on free ports."""
    work = tmp_path_factory.mktemp("servers")
    rasa_port, action_port, console_port = free_port(), free_port(), free_port()
    embed_origin = f"http://localhost:{free_port()}"
    tracker_db = work / "tracker.db"
    # The hospital's facts with staffed hours that do not depend on when the tests run: Patient
    # Services always staffed (live handoffs), the Billing Office never (the after-hours answer).
    served_facts = yaml.safe_load(FACTS_PATH.read_text(encoding="utf-8"))
    served_facts["human_team"]["hours"] = {"daily": "24 hours"}
    served_facts["billing"]["hours"] = {"weekdays": "closed", "weekends": "closed"}
    (work / "hospital.yml").write_text(yaml.safe_dump(served_facts, sort_keys=False), encoding="utf-8")
    env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "RASA_AUTH_TOKEN": TEST_TOKEN,
        "RASA_PORT": str(rasa_port),
        "ACTION_PORT": str(action_port),
        "ACTION_SERVER_URL": f"http://127.0.0.1:{action_port}/webhook",
        "TRACKER_STORE_URL": f"sqlite:///{tracker_db}",
        "RASA_MODEL": str(trained_model),
        "VAR_DIR": str(work),
        "HOSPITAL_FACTS_PATH": str(work / "hospital.yml"),
        "SANIC_HOST": "127.0.0.1",
        # Debug logs are the most talkative: the privacy tests prove even they hold no message text.
        "LOG_LEVEL": "DEBUG",
        "PYTHONUNBUFFERED": "1",  # logs reach their files at once, for the tests that read them
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{rasa_port}",
        "CONSOLE_PORT": str(console_port),
        "CONSOLE_ADMIN_USERNAME": "admin",
        "CONSOLE_ADMIN_PASSWORD": CONSOLE_ADMIN_PASSWORD,
        "MESSENGER_APP_SECRET": MESSENGER_APP_SECRET,
        "MESSENGER_VERIFY_TOKEN": MESSENGER_VERIFY_TOKEN,
        "MESSENGER_PAGE_ACCESS_TOKEN": PAGE_TOKEN,
        "MESSENGER_GRAPH_URL": fake_graph.url,
        "MESSENGER_RETRY_BASE_SECONDS": "0.05",
        "MESSENGER_TIMEOUT_SECONDS": "3",
        "REVIEW_DATA_PATH": str(work / "review" / "review.yml"),
        "REVIEW_NEW_INTENTS_PATH": str(work / "review" / "new_intents.yml"),
        # Every test talks from 127.0.0.1: not rate limited. The limits' own tests talk from 127.0.0.2 and up.
        "RATE_LIMIT_EXEMPT_ADDRESSES": "127.0.0.1",
        "ALLOWED_ORIGINS": embed_origin,
    }
    logs = {name: open(work / f"{name}.log", "w") for name in ("actions", "rasa", "console")}  # noqa: SIM115
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "bot.action_server", "--actions", "actions", "--port", str(action_port), "--debug"],
            cwd=ROOT, env=env, stdout=logs["actions"], stderr=subprocess.STDOUT,
        ),
        subprocess.Popen(
            [sys.executable, "-m", "bot.server"], cwd=ROOT, env=env, stdout=logs["rasa"], stderr=subprocess.STDOUT
        ),
        subprocess.Popen(
            [sys.executable, "-m", "bot.console"], cwd=ROOT, env=env, stdout=logs["console"], stderr=subprocess.STDOUT
        ),
    ]
    console_url = f"http://127.0.0.1:{console_port}"
    rasa_url = f"http://127.0.0.1:{rasa_port}"
    try:
        _wait_until(
            lambda: requests.get(f"http://127.0.0.1:{action_port}/health", timeout=2).ok, "action server", processes
        )
        _wait_until(
            lambda: requests.get(f"{rasa_url}/status", params={"token": TEST_TOKEN}, timeout=2)
            .json()
            .get("model_file"),
            "Rasa server",
            processes,
        )
        _wait_until(lambda: requests.get(f"{console_url}/login", timeout=2).ok, "staff console", processes)
        yield Servers(
            rasa_url, f"http://127.0.0.1:{action_port}", TEST_TOKEN, tracker_db, work / "app.db", work, console_url,
            work / "review" / "review.yml", work / "review" / "new_intents.yml", embed_origin,
        )
    except Exception:
        for name in logs:
            logs[name].flush()
            print(f"--- {name} log ---\n" + (work / f"{name}.log").read_text()[-6000:])
        raise
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in logs.values():
            log.close()
