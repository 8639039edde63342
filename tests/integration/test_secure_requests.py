"""Requests in the secure chat over plain HTTP: a refill asked for in the public chat is taken in
the secure chat and stored encrypted; a question about one's own care goes to the nurses."""

from __future__ import annotations

import re
import sqlite3
import uuid

import pytest
import requests

from bot import patient_requests
from bot.storage.database import Database
from bot.storage.models import StaffTask
from tests.console_client import ConsoleUser, make_staff

pytestmark = pytest.mark.integration
HEADERS = {"X-Secure-Chat": "1"}


class SecureChat:
    """A browser-like client of the secure chat (the session cookie is sent by hand: it is Secure)."""

    def __init__(self, servers, link: str) -> None:
        self.base = f"{servers.rasa_url}/secure"
        for _ in range(2):  # opening the link (a link preview would too) only shows the button: nothing is used
            shown = requests.get(link, allow_redirects=False, timeout=60)
            assert shown.status_code == 200 and 'id="rb-open-secure"' in shown.text and not shown.cookies
        entry = requests.post(link, allow_redirects=False, timeout=60)  # the button
        assert entry.status_code == 200 and 'url=/secure/"' in entry.text, entry.text
        self.cookies = {"rb_secure": entry.cookies.get("rb_secure")}

    def transcript(self) -> list[dict]:
        reply = requests.get(f"{self.base}/transcript", cookies=self.cookies, timeout=30)
        reply.raise_for_status()
        return reply.json()["messages"]

    def say(self, text: str) -> list[str]:
        reply = requests.post(f"{self.base}/messages", json={"message": text}, headers=HEADERS,
                              cookies=self.cookies, timeout=60)
        reply.raise_for_status()
        return [m.get("text", "") for m in reply.json()["messages"]]


def _link(texts: list[str]) -> str:
    found = [m.group(0) for text in texts if (m := re.search(r"http://\S+/secure/enter/[\w.-]+", text))]
    assert len(found) == 1, texts
    return found[0]


def _tasks(servers, kind: str) -> list[dict]:
    with Database(f"sqlite:///{servers.app_db}").session() as session:
        return [patient_requests.task_details(t) for t in session.query(StaffTask).filter_by(kind=kind)]


def test_a_refill_asked_for_publicly_is_taken_securely_and_stored_encrypted(servers, facts):
    public = servers.texts(f"rest-{uuid.uuid4().hex[:8]}", "how do I get a prescription refilled")
    assert facts.prescription_refills.phone in public[0]
    assert "I can take this request in our secure chat" in public[1]
    chat = SecureChat(servers, _link(public))
    first = [m["text"] for m in chat.transcript()]
    assert "This chat is private" in first[0]
    assert first[-1] == patient_requests.QUESTIONS["refill_medication"]

    assert chat.say("lisinopril 20 mg")[-1] == patient_requests.QUESTIONS["refill_pharmacy"]
    assert chat.say("Walgreens on Main St, Riverbend")[-1] == patient_requests.QUESTIONS["patient_name"]
    assert chat.say("Quincy Oduya")[-1] == patient_requests.QUESTIONS["patient_dob"]
    assert chat.say("12/30/1948")[-1] == patient_requests.QUESTIONS["patient_phone"]
    read_back = chat.say("(971) 404-3321")[-1]
    assert "Medication: lisinopril 20 mg" in read_back and "Date of birth: December 30, 1948" in read_back
    assert "refill line" in chat.say("yes")[-1]

    assert {"refill_medication": "lisinopril 20 mg", "refill_pharmacy": "Walgreens on Main St, Riverbend",
            "patient_name": "Quincy Oduya", "patient_dob": "1948-12-30",
            "patient_phone": "+19714043321"} in _tasks(servers, "refill_request")
    for path in (servers.app_db, servers.tracker_db):
        assert b"Oduya" not in path.read_bytes() and b"lisinopril 20" not in path.read_bytes()
    # Rasa prints events and slot values at DEBUG: the read-back and the slots are patient text too.
    for log in ("rasa.log", "actions.log"):
        logged = (servers.log_dir / log).read_bytes()
        # The date of birth as the patient wrote it, stored and read back (a bare "1948" also turns up inside the
        # random hex ids of other tests' conversations).
        for detail in (b"Oduya", b"lisinopril 20", b"Walgreens on Main", b"12/30/1948", b"1948-12-30",
                       b"December 30, 1948", b"404-3321", b"4043321"):
            assert detail not in logged, (log, detail)

    # The request waits in the pharmacy queue of the staff console, its details on the conversation page.
    agent = ConsoleUser(servers.console_url)
    agent.login(make_staff(servers.app_db, "agent"))
    with sqlite3.connect(servers.app_db) as db:
        conversation_id = db.execute(
            "SELECT conversation_id FROM staff_tasks WHERE kind = 'refill_request' ORDER BY id DESC").fetchone()[0]
    rows = agent.get(f"/queue/rows?queue=pharmacy&search={conversation_id}").text
    assert f'data-conversation="{conversation_id}"' in rows and "Prescription refill request" in rows
    assert "Oduya" not in rows  # the preview names the request, never its details
    escalation = re.search(rf'data-conversation="{conversation_id}".*?/conversations/(\d+)', rows, re.S)
    page = agent.get(f"/conversations/{escalation.group(1)}").text
    assert "Quincy Oduya" in page and "lisinopril 20 mg" in page and "(secure: full text)" in page


def test_a_question_about_ones_own_care_goes_to_the_nurses_and_no_is_not_sent(servers):
    public = servers.texts(f"rest-{uuid.uuid4().hex[:8]}", "I have asthma and my new inhaler makes my heart race")
    chat = SecureChat(servers, _link(public))
    turns = chat.transcript()
    assert "Let's continue here" in turns[0]["text"]
    assert turns[1] == {"from": "user", "text": "I have asthma and my new inhaler makes my heart race", "staff": None}
    # the carried-over message is answered: offered to the nurses, the question itself already known
    assert "pass your question to our nurses" in turns[2]["text"]
    assert turns[-1]["text"] == patient_requests.QUESTIONS["patient_name"]
    chat.say("Ines Varga")
    chat.say("02/14/1990")
    assert "Shall I send it to our nurses?" in chat.say("+1 971 404 3321")[-1]
    assert "haven't sent it" in chat.say("no")[-1]
    assert not any(task.get("patient_name") == "Ines Varga" for task in _tasks(servers, "care_question"))


def test_malformed_secure_chat_input_gets_a_clear_error(servers):
    public = servers.texts(f"rest-{uuid.uuid4().hex[:8]}", "I'm pregnant, where is maternity parking?")
    chat = SecureChat(servers, _link(public))
    url = f"{chat.base}/messages"
    for body in ("{not json", "[1, 2]", '{"message": 42}'):
        reply = requests.post(url, data=body, headers={**HEADERS, "Content-Type": "application/json"},
                              cookies=chat.cookies, timeout=30)
        assert reply.status_code == 400 and "message" in reply.json()["error"]
    assert chat.say("")[0] == "I didn't get a message. What can I help you with?"
