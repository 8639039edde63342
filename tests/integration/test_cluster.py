"""Several Rasa workers sharing PostgreSQL and Redis behind nginx, as `make run-cluster` starts them.

Real services (Debian's PostgreSQL, Redis and nginx, private instances on free ports), the real Rasa workers
and action servers with this run's model: what one worker does, every other one sees.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from bot.channels.messenger import inbox
from bot.channels.messenger.webhook import events_in
from bot.cluster import launcher
from bot.cluster.services import Service, start_nginx, start_postgres, start_redis
from bot.storage.database import Database
from tests.conftest import FACTS_PATH, MESSENGER_APP_SECRET, ROOT, TEST_TOKEN, _wait_until, free_port
from tests.fake_graph import PAGE_TOKEN, FakeGraph
from tests.messenger_payloads import page_webhook, signed, text_message
from tests.webchat_client import WebChatClient

pytestmark = pytest.mark.integration


POSTGRES_PASSWORD = "cluster-test-password"


@dataclass
class Cluster:
    front_url: str  # nginx
    worker_urls: list[str]
    postgres: Service
    redis: Service
    processes: dict[str, subprocess.Popen]
    work: Path

    def restart_postgres(self, down_for: Callable[[], None]) -> None:
        """Stop PostgreSQL, run `down_for` while it is down, start it again on the same data and port."""
        self.postgres.stop()
        try:
            down_for()
        finally:
            self.postgres = start_postgres(self.work / "postgres", self.postgres.port, POSTGRES_PASSWORD,
                                           databases=(launcher.APP_DATABASE, launcher.TRACKER_DATABASE))

    def say(self, url: str, sender: str, text: str) -> list[str]:
        reply = requests.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=90)
        reply.raise_for_status()
        return [message.get("text", "") for message in reply.json()]

    def tracker_events(self, sender: str) -> list[dict]:
        reply = requests.get(f"{self.front_url}/conversations/{sender}/tracker",
                             headers={"Authorization": f"Bearer {TEST_TOKEN}"}, timeout=30)
        reply.raise_for_status()
        return reply.json()["events"]


@pytest.fixture(scope="module")
def cluster(trained_model: Path, fake_graph: FakeGraph) -> Iterator[Cluster]:
    # PostgreSQL runs as the postgres user, who must reach its folder: under the project's var/, not a private /tmp
    work = ROOT / "var" / "test" / f"cluster-{uuid.uuid4().hex[:8]}"
    work.mkdir(parents=True)
    postgres = start_postgres(work / "postgres", free_port(), POSTGRES_PASSWORD,
                              databases=(launcher.APP_DATABASE, launcher.TRACKER_DATABASE))
    redis = start_redis(work / "redis", free_port())
    worker_ports, action_ports = [free_port(), free_port()], [free_port()]
    front, action_front = free_port(), free_port()
    nginx = start_nginx(work / "nginx", front, worker_ports, action_front, action_ports)
    base = postgres.url.rsplit("/", 1)[0]
    env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "RASA_AUTH_TOKEN": TEST_TOKEN,
        "RASA_MODEL": str(trained_model),
        "VAR_DIR": str(work),
        "HOSPITAL_FACTS_PATH": str(FACTS_PATH),
        "SANIC_HOST": "127.0.0.1",
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{front}",
        "RASA_PORT": str(front),
        "CONSOLE_PORT": str(free_port()),
        "CONSOLE_ADMIN_PASSWORD": "cluster-console-test-password",
        "MESSENGER_APP_SECRET": MESSENGER_APP_SECRET,
        "MESSENGER_VERIFY_TOKEN": "cluster-test-verify-token",
        "MESSENGER_PAGE_ACCESS_TOKEN": PAGE_TOKEN,
        "MESSENGER_GRAPH_URL": fake_graph.url,
        "MESSENGER_SWEEP_SECONDS": "1",
        "APP_DATABASE_URL": f"{base}/{launcher.APP_DATABASE}",
        "TRACKER_STORE_URL": f"{base}/{launcher.TRACKER_DATABASE}",
        "REDIS_URL": redis.url,
        "ACTION_SERVER_URL": f"http://127.0.0.1:{action_front}/webhook",
        "RATE_LIMIT_EXEMPT_ADDRESSES": "127.0.0.1",
        "PYTHONUNBUFFERED": "1",
        **launcher.BEHIND_NGINX,
    }
    logs = work / "logs"
    logs.mkdir()
    processes = {}
    running: Cluster | None = None
    try:
        processes = launcher.start_processes(env, launcher.Layout(worker_ports, action_ports),
                                             output=lambda name: (logs / f"{name.replace(' ', '-')}.log").open("w"))
        worker_urls = [f"http://127.0.0.1:{port}" for port in worker_ports]
        for url in worker_urls:
            _wait_until(lambda url=url: requests.get(f"{url}/status", params={"token": TEST_TOKEN}, timeout=2)
                        .json().get("model_file"), f"Rasa worker {url}", list(processes.values()), timeout=300)
        running = Cluster(f"http://127.0.0.1:{front}", worker_urls, postgres, redis, processes, work)
        yield running
    except Exception:
        for log in sorted(logs.glob("*.log")):
            print(f"--- {log.name} ---\n{log.read_text(errors='replace')[-4000:]}")
        raise
    finally:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        for service in (nginx, redis, running.postgres if running else postgres):
            service.stop()
        shutil.rmtree(work, ignore_errors=True)


def test_messages_of_one_conversation_sent_at_once_to_two_workers_are_handled_in_order(cluster):
    sender = f"cluster-order-{uuid.uuid4().hex[:8]}"
    # 12 at once: without a shared lock both workers load the same tracker and each saves over the other's
    # turn (seen: 8 to 11 of 12 messages kept); with it, all 12, one after another
    questions = ["where can I park?", "what are the visiting hours?", "what is the main phone number?",
                 "where is the cafeteria?", "how do I get to the hospital?", "can I bring flowers?"] * 2
    with ThreadPoolExecutor(len(questions)) as pool:
        answers = list(pool.map(lambda n: cluster.say(cluster.worker_urls[n % 2], sender, questions[n]),
                                range(len(questions))))
    assert all(answer and all(answer) for answer in answers), answers
    events = cluster.tracker_events(sender)
    said = [event["text"] for event in events if event["event"] == "user"]
    assert sorted(said) == sorted(questions)  # none lost
    # one at a time: after each patient message, the assistant answered and listened again before the next
    kinds = [event["event"] if event["event"] != "action" else event["name"] for event in events]
    turns = "".join("U" if kind == "user" else "L" if kind == "action_listen" else "" for kind in kinds)
    assert turns.replace("UL", "") == "L" * turns.replace("UL", "").count("L"), turns


def test_a_staff_reply_handled_by_one_worker_reaches_the_web_chat_held_by_another(cluster):
    async def scenario() -> tuple[dict, list[str]]:
        patient = WebChatClient(cluster.worker_urls[1])  # the tab's socket lives on worker 2
        await patient.connect()
        assert await patient.ask("where can I park?")
        conversation = patient.conversation_id
        reply = await asyncio.to_thread(
            requests.post, f"{cluster.worker_urls[0]}/handoff/conversations/{conversation}/messages",
            headers={"Authorization": f"Bearer {TEST_TOKEN}"},
            json={"text": "Hello, this is Nurse Ada from the ward.", "staff_name": "Ada"}, timeout=30)
        received = await patient.replies(first_timeout=20, quiet=1)
        await patient.close()
        return reply.json(), received

    result, received = asyncio.run(scenario())
    assert result["status"] == "delivered"
    assert received == ["Hello, this is Nurse Ada from the ward."]


def test_a_worker_reports_a_tab_closed_on_another_worker_as_stored_not_delivered(cluster):
    async def scenario() -> dict:
        patient = WebChatClient(cluster.worker_urls[1])
        await patient.connect()
        assert await patient.ask("what are the visiting hours?")
        conversation = patient.conversation_id
        await patient.close()
        await asyncio.sleep(0.5)
        reply = await asyncio.to_thread(
            requests.post, f"{cluster.worker_urls[0]}/handoff/conversations/{conversation}/messages",
            headers={"Authorization": f"Bearer {TEST_TOKEN}"}, json={"text": "Are you still there?"}, timeout=30)
        return reply.json()

    assert asyncio.run(scenario())["status"] == "stored"


def test_the_front_spreads_patients_over_the_workers_and_the_workers_share_one_conversation_store(cluster):
    sender = f"cluster-front-{uuid.uuid4().hex[:8]}"
    assert cluster.say(cluster.front_url, sender, "where can I park?")
    # worker 2 answers a follow-up of a conversation worker 1 (or nginx's pick) started: the topic was stored
    assert cluster.say(cluster.worker_urls[1], sender, "and at the weekend?")
    assert [e["text"] for e in cluster.tracker_events(sender) if e["event"] == "user"] == [
        "where can I park?", "and at the weekend?"]



def test_a_patient_flooding_two_workers_gets_one_conversations_allowance_not_two(cluster):
    # 127.0.0.2 (loopback, but not the exempt 127.0.0.1) alternating between the workers: counted per worker,
    # each would see 7 of the 14 messages, under the 12 a minute a conversation may send
    sender = f"cluster-flood-{uuid.uuid4().hex[:8]}"
    answers = [_say_from("127.0.0.2", cluster.worker_urls[n % 2], sender, "what are the visiting hours?")
               for n in range(14)]
    slowed = ["faster than I can read" in " ".join(answer) for answer in answers]
    assert slowed == [False] * 12 + [True] * 2, answers


def _say_from(address: str, url: str, sender: str, text: str) -> list[str]:
    """POST a REST message from a given local source address (requests cannot choose one)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=90, source_address=(address, 0))
    try:
        connection.request("POST", "/webhooks/rest/webhook", body=json.dumps({"sender": sender, "message": text}),
                           headers={"Content-Type": "application/json"})
        reply = connection.getresponse()
        assert reply.status == 200, reply.status
        return [message.get("text", "") for message in json.loads(reply.read())]
    finally:
        connection.close()


def test_one_senders_messenger_webhooks_landing_on_two_workers_are_answered_in_the_order_sent(cluster, fake_graph):
    fake_graph.reset()
    psid = str(uuid.uuid4().int)[:16]
    sent_at = int(time.time() * 1000)
    first = signed(page_webhook([text_message(psid, "where can I park?", timestamp=sent_at)]), MESSENGER_APP_SECRET)
    second = signed(page_webhook([text_message(psid, "what are the visiting hours?", timestamp=sent_at + 1000)]),
                    MESSENGER_APP_SECRET)

    def deliver(url: str, webhook: tuple[bytes, dict[str, str]]) -> int:
        return requests.post(f"{url}/webhooks/messenger/webhook", data=webhook[0], headers=webhook[1],
                             timeout=30).status_code

    # Meta delivers the later message first, to worker 2; the earlier one reaches worker 1 a moment after
    assert deliver(cluster.worker_urls[1], second) == 200
    time.sleep(0.05)
    assert deliver(cluster.worker_urls[0], first) == 200
    answers = fake_graph.wait_for(lambda: len(fake_graph.messages_to(psid)) >= 2 and fake_graph.messages_to(psid),
                                  timeout=60)
    assert answers[0].text.startswith("Parking") and answers[1].text.startswith("Visiting hours")
    said: list[str] = []
    for _ in range(50):  # the tracker is saved just after the answer is sent
        said = [event["text"] for event in cluster.tracker_events(psid) if event["event"] == "user"]
        if len(said) >= 2:
            break
        time.sleep(0.2)
    assert said == ["where can I park?", "what are the visiting hours?"]


def test_a_messenger_event_stored_by_a_worker_that_died_before_handling_it_is_answered_by_another(cluster,
                                                                                                  fake_graph):
    fake_graph.reset()
    psid = str(uuid.uuid4().int)[:16]
    [event] = events_in(page_webhook([text_message(psid, "where can I park?")]))
    # stored (and acknowledged to Meta) three minutes ago by a worker that was then killed: pending, never handled
    stored = inbox.admit(Database(cluster.postgres.url), [event], now=datetime.now(timezone.utc) - timedelta(minutes=3))
    assert stored.to_answer == [event]
    answer = fake_graph.wait_for(lambda: fake_graph.messages_to(psid), timeout=30)  # the sweep runs every second here
    assert answer[0].text.startswith("Parking") and len(answer) == 1


def test_while_postgresql_restarts_patients_are_answered_and_messenger_events_wait_for_it(cluster, fake_graph):
    fake_graph.reset()
    sender = f"cluster-db-{uuid.uuid4().hex[:8]}"
    psid = str(uuid.uuid4().int)[:16]
    assert cluster.say(cluster.front_url, sender, "where can I park?")
    raw, headers = signed(page_webhook([text_message(psid, "what are the visiting hours?")]), MESSENGER_APP_SECRET)
    down: dict[str, Any] = {}

    def while_down() -> None:
        down["rest"] = cluster.say(cluster.worker_urls[0], sender, "what are the visiting hours?")
        down["webhook"] = requests.post(f"{cluster.front_url}/webhooks/messenger/webhook", data=raw, headers=headers,
                                        timeout=30).status_code

    cluster.restart_postgres(while_down)
    # answered all the same: Rasa's fail-safe tracker store keeps the conversation in the worker's memory meanwhile
    assert len(down["rest"]) == 1 and down["rest"][0].startswith("Visiting hours")
    assert down["webhook"] == 503  # not stored, so not acknowledged: Meta delivers it again
    # Meta's redelivery after the restart is stored, handled and answered; the patient's next message too
    redelivered = requests.post(f"{cluster.front_url}/webhooks/messenger/webhook", data=raw, headers=headers,
                                timeout=30)
    assert redelivered.status_code == 200 and redelivered.json()["received"] == 1
    answer = fake_graph.wait_for(lambda: fake_graph.messages_to(psid), timeout=60)
    assert "visiting" in answer[0].text.lower()
    assert "send your message again" not in " ".join(cluster.say(cluster.worker_urls[0], sender, "where can I park?"))
    # the turn answered from memory during the restart was written back when its worker next loaded the conversation
    assert [e["text"] for e in cluster.tracker_events(sender) if e["event"] == "user"] == [
        "where can I park?", "what are the visiting hours?", "where can I park?"]


# Last in this module: it kills worker 1, which the tests above need.
def test_killing_a_worker_with_sigkill_mid_conversation_loses_no_message(cluster):
    conversations = [f"cluster-kill-{n}-{uuid.uuid4().hex[:6]}" for n in range(8)]
    questions = ["where can I park?", "what are the visiting hours?", "what is the main phone number?",
                 "where is the cafeteria?", "can I bring flowers?", "how do I get to the hospital?"]
    answered: dict[str, list[list[str]]] = {sender: [] for sender in conversations}

    def talk(sender: str) -> None:
        for question in questions:
            answered[sender].append(cluster.say(cluster.front_url, sender, question))

    started = time.monotonic()
    with ThreadPoolExecutor(len(conversations)) as pool:
        talks = [pool.submit(talk, sender) for sender in conversations]
        time.sleep(1.5)  # conversations under way, messages in flight on both workers
        cluster.processes["Rasa worker 1"].send_signal(signal.SIGKILL)
        for done in talks:
            done.result()  # no patient saw an error
    assert all(len(replies) == len(questions) and all(replies) for replies in answered.values())
    for sender in conversations:  # every message is in its conversation (at least once)
        said = [event["text"] for event in cluster.tracker_events(sender) if event["event"] == "user"]
        assert set(said) == set(questions), (sender, said)
    # the killed worker's conversations were free again within its lease, not Rasa's 60 s lock lifetime
    assert time.monotonic() - started < 45
