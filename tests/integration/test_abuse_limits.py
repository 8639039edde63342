"""Floods and oversized requests through the real servers (bot.channels.limits).

Every other test talks from 127.0.0.1, which the test servers exempt from rate limits; these tests talk
from other loopback addresses (127.0.0.2...), each its own client.
"""

from __future__ import annotations

import socket
import sqlite3
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
import requests
from requests.adapters import HTTPAdapter

from tests.conftest import Servers, stored_events
from tests.console_client import ConsoleUser, make_staff

pytestmark = pytest.mark.integration

CRISIS = "my husband has crushing chest pain and cannot breathe"


class FromAddress(HTTPAdapter):
    """Requests sent from a given local address (another client, as far as the server can tell)."""

    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):  # noqa: ANN002, ANN003 - requests' own signature
        kwargs["source_address"] = (self.address, 0)
        return super().init_poolmanager(*args, **kwargs)


def _client(address: str) -> requests.Session:
    session = requests.Session()
    session.mount("http://", FromAddress(address))
    return session


def _say(client: requests.Session, servers: Servers, sender: str, text: str) -> list[str]:
    reply = client.post(f"{servers.rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": text},
                        timeout=120)
    reply.raise_for_status()
    return [message.get("text", "") for message in reply.json()]


def test_a_burst_of_crises_from_one_address_is_each_answered_but_opens_only_a_handful_of_urgent_items(
        servers, facts):
    client = _client("127.0.0.2")
    senders = [f"flood-{uuid.uuid4().hex[:10]}" for _ in range(50)]
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda sender: _say(client, servers, sender, CRISIS), senders))
    emergency = facts.emergency.number
    assert all(texts and emergency in texts[0] for texts in answers), answers  # the crisis line, first, to all
    with sqlite3.connect(servers.app_db) as db:
        marks = ",".join("?" * len(senders))
        items = db.execute(f"SELECT conversation_id, urgent, grouped_crises, grouped_into FROM escalations "
                           f"WHERE conversation_id IN ({marks})", senders).fetchall()
        flagged = db.execute(f"SELECT COUNT(*) FROM message_flags WHERE crisis = 'medical_emergency' "
                             f"AND conversation_id IN ({marks})", senders).fetchone()[0]
    urgent = [item for item in items if item[1]]
    assert 1 <= len(urgent) <= 3  # a handful on top of the queue
    assert sorted(item[0] for item in items) == sorted(senders)  # yet every conversation has its item...
    grouped = [item for item in items if not item[1]]
    assert all(item[3] in {u_id for u_id in _ids(servers, urgent)} for item in grouped)  # ...folded under one
    assert sum(item[2] for item in urgent) == len(grouped)
    assert flagged == 50  # and every one is flagged
    supervisor = ConsoleUser(servers.console_url)
    assert supervisor.login(make_staff(servers.app_db, "supervisor")).status_code == 303
    assert "from the same address" in supervisor.get("/queue/rows").text  # shown for triage


def _ids(servers: Servers, urgent: list[tuple]) -> set[int]:
    with sqlite3.connect(servers.app_db) as db:
        return {row[0] for conversation in urgent
                for row in db.execute("SELECT id FROM escalations WHERE conversation_id = ?", (conversation[0],))}


def test_a_patient_sending_too_fast_is_asked_to_slow_down_and_nothing_is_stored(servers, facts):
    client, sender = _client("127.0.0.3"), f"fast-{uuid.uuid4().hex[:10]}"
    for _ in range(12):
        assert "faster than I can read" not in " ".join(_say(client, servers, sender, "where can I park?"))
    slowed = _say(client, servers, sender, "what are the ICU visiting hours?")
    assert len(slowed) == 1 and "faster than I can read" in slowed[0]
    user_texts = [e["text"] for e in stored_events(servers.tracker_db, sender) if e["event"] == "user"]
    assert user_texts == ["where can I park?"] * 12
    # A crisis over the limit is still answered with the emergency number (never dropped), and escalated.
    crisis = _say(client, servers, sender, CRISIS)
    assert len(crisis) == 2 and not any("faster than I can read" in text for text in crisis)
    assert f"Call {facts.emergency.number} now" in crisis[0]
    assert crisis[1].startswith("I've also flagged this conversation as urgent")


def test_a_one_megabyte_rest_body_gets_a_413_before_it_is_sent_whole(servers):
    url = urlsplit(servers.rasa_url)
    with socket.create_connection((url.hostname, url.port), timeout=10) as connection:
        connection.sendall(
            b"POST /webhooks/rest/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1048576\r\n\r\n" + b"{" + b" " * 1000
        )
        answer = connection.recv(4096)  # answered after 1 KB of the announced 1 MB
    assert answer.startswith(b"HTTP/1.1 413")
    assert b"at most 65,536 bytes" in answer


@pytest.mark.parametrize("path, size, limit", [("/webhooks/rest/webhook", 70_000, "65,536"),
                                               ("/secure/messages", 20_000, "16,384")])
def test_bodies_over_their_channels_limit_are_refused(servers, path, size, limit):
    reply = requests.post(f"{servers.rasa_url}{path}", data=b"x" * size, timeout=30,
                          headers={"Content-Type": "application/json"})
    assert reply.status_code == 413 and reply.json()["error"] == f"the body may have at most {limit} bytes"
