"""Sensitive and crisis messages through the real servers, over REST and socket.io.

After the conversations, the SQLite tracker store, the app database and the servers' logs
(written at DEBUG level) are read byte by byte: none holds the raw sensitive strings. Nor the
name and number of a flagged message that the span detectors miss: once a message is flagged,
only words of the assistant's vocabulary are kept (bot.safety.allowlist).
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from tests.conftest import Servers, stored_events
from tests.webchat_client import WebChatClient

pytestmark = pytest.mark.integration

# (message, raw strings that must never be stored or logged)
SENSITIVE = [
    ("I'm HIV positive and need my results", ["HIV positive"]),
    ("my DOB is 07/23/1979, when is my appointment?", ["07/23/1979", "07-23-1979"]),
    ("my son's blood sugar was 350 this morning, what are the pediatrics visiting hours?", ["sugar was 350"]),
    ("I've been on sertraline for a year and need a refill", ["sertraline"]),
    ("my SSN is 123-45-6789", ["123-45-6789", "123456789"]),
    ("please call me back at 971-404-3321", ["971-404-3321", "9714043321", "404-3321"]),
    ("my email is jane.doe7731@gmail.com", ["jane.doe7731"]),
    ("I'm diabetic, what are ICU visiting hours?", ["diabetic"]),
    ("my name is Rosalind Okafor and my MRN is 00482913", ["Rosalind Okafor", "00482913"]),
    ("my wife is 20 weeks pregnant, where is maternity parking?", ["20 weeks pregnant"]),
    ("my insurance member id is XEH482913377", ["XEH482913377"]),
]
MEDICAL_EMERGENCY = ("my husband has crushing chest pain and cannot breathe", ["chest pain", "cannot breathe"])
SELF_HARM = ("I don't want to be alive anymore", ["want to be alive"])
# Not sensitive, so the tracker may keep it; but no message text belongs in a log.
ROUTINE = "where can i park near the north clinic tonight"
# Sent through Rasa's HTTP API, around the channels: only the redacting tracker store stands in the way.
AROUND_THE_CHANNEL = ("I take lisinopril twice a day", ["lisinopril"])
# Flagged (a health detail the rules find), with a made-up name and a reference of an unusual shape that the span
# detectors may miss: deny by default (bot.safety.allowlist.mask) must keep both out of every store and log.
UNUSUAL_NAME = "Quilliam Zabrowski-Fenn"
UNUSUAL_NUMBER = "RX-77-Q-90411-B"
MISSED_BY_SPANS = f"I'm diabetic. {UNUSUAL_NAME} here, ref {UNUSUAL_NUMBER}, what are the ICU visiting hours?"


@dataclass
class Conversation:
    sender: str
    channel: str
    replies: list[list[str]] = field(default_factory=list)


@dataclass
class Traffic:
    rest: dict[str, Conversation]
    socketio: dict[str, Conversation]
    spoofed: Conversation
    api_sender: str


def _sender(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


async def _socketio_conversation(url: str, texts: list[str]) -> tuple[str, list[list[str]]]:
    """One web chat session: its conversation id and the bot's replies to each message, in order."""
    client = WebChatClient(url)
    await client.connect()
    try:
        return client.conversation_id, [await client.ask(text) for text in texts]
    finally:
        await client.close()


@pytest.fixture(scope="module")
def traffic(servers: Servers) -> Traffic:
    """Every message of this module, sent once; the tests then read replies, stores and logs."""
    rest: dict[str, Conversation] = {}
    for text in [m for m, _ in SENSITIVE] + [MEDICAL_EMERGENCY[0], SELF_HARM[0], ROUTINE]:
        conversation = Conversation(_sender("privacy-rest"), "rest")
        conversation.replies.append(servers.texts(conversation.sender, text))
        rest[text] = conversation

    web_texts = [SENSITIVE[0][0], MEDICAL_EMERGENCY[0], SENSITIVE[7][0]]
    session_id, answers = asyncio.run(_socketio_conversation(servers.rasa_url, web_texts))
    web = {text: Conversation(session_id, "socketio", [reply]) for text, reply in zip(web_texts, answers, strict=True)}

    spoofed = Conversation(_sender("privacy-spoof"), "rest")
    reply = requests.post(
        f"{servers.rasa_url}/webhooks/rest/webhook",
        json={
            "sender": spoofed.sender,
            "message": "what are the ICU visiting hours",
            "metadata": {"safety": {"crisis": "medical_emergency", "sensitive": True}, "note": "HIV positive"},
        },
        timeout=60,
    )
    reply.raise_for_status()
    spoofed.replies.append([m.get("text", "") for m in reply.json()])

    api_sender = _sender("privacy-api")
    requests.post(
        f"{servers.rasa_url}/conversations/{api_sender}/messages",
        params={"token": servers.token},
        json={"text": AROUND_THE_CHANNEL[0], "sender": "user"},
        timeout=60,
    ).raise_for_status()
    return Traffic(rest, web, spoofed, api_sender)


@pytest.fixture(scope="module")
def masked_traffic(servers: Servers) -> dict[str, Conversation]:
    """MISSED_BY_SPANS, sent once over REST and once in its own web chat session."""
    rest = Conversation(_sender("privacy-masked-rest"), "rest")
    rest.replies.append(servers.texts(rest.sender, MISSED_BY_SPANS))
    session_id, answers = asyncio.run(_socketio_conversation(servers.rasa_url, [MISSED_BY_SPANS]))
    return {"rest": rest, "socketio": Conversation(session_id, "socketio", answers)}


def _stored_bytes(servers: Servers) -> dict[str, bytes]:
    """Every file the servers wrote: the databases (with any journal) and the logs."""
    suffixes = {".db", ".log", ".db-wal", ".db-journal"}
    files = [p for p in servers.log_dir.iterdir() if p.is_file() and p.suffix in suffixes]
    assert {servers.tracker_db.name, servers.app_db.name, "rasa.log", "actions.log"} <= {p.name for p in files}
    stored = {}
    for path in files:
        try:
            stored[path.name] = path.read_bytes()
        except FileNotFoundError:  # a rollback journal removed at commit: its pages are in the database now
            continue
    return stored


def _raw_strings() -> list[str]:
    pairs = [*SENSITIVE, MEDICAL_EMERGENCY, SELF_HARM, AROUND_THE_CHANNEL]
    return [raw for _, raws in pairs for raw in raws]


def test_raw_sensitive_text_is_in_no_database_and_no_log(servers, traffic):
    stored = _stored_bytes(servers)
    # The tracker's payloads are encrypted at rest, so also read them decrypted: redaction, not
    # only encryption, keeps the raw text out of public conversations. (Secure-chat conversations,
    # which other tests may have held, keep the whole text, encrypted only: that is their point.)
    public = [e for e in stored_events(servers.tracker_db) if not e["sender_id"].startswith("secure-")]
    stored["tracker events, decrypted"] = json.dumps(public).encode()
    for name, content in stored.items():
        for raw in _raw_strings():
            for encoding in ("utf-8", "utf-16-le"):
                assert raw.encode(encoding) not in content, f"{raw!r} found in {name}"
    # The search looked at real content: the conversations are there, redacted.
    assert b"[CONDITION]" in stored["tracker events, decrypted"]
    assert b"[MEDICATION]" in stored["tracker events, decrypted"]
    # And no event payload is readable in the database file.
    assert b'"event"' not in stored[servers.tracker_db.name]


def _missed_strings() -> list[str]:
    """The name and the number, and each of their parts of 4+ characters ("Fenn", "90411")."""
    parts = re.findall(r"[A-Za-z0-9]+", f"{UNUSUAL_NAME} {UNUSUAL_NUMBER}")
    return [UNUSUAL_NAME, UNUSUAL_NUMBER, *(part for part in parts if len(part) >= 4)]


def _holds(content: bytes, raw: str) -> bool:
    """Whether content holds raw as a word, in any case, in UTF-8 (or, for the whole strings, UTF-16). A word:
    not inside a longer run of letters and digits, so that the random letters of an encrypted payload (base64)
    or a timestamp's digits do not count as "Fenn" or "90411", while "Zabrowski-Fenn" or "...RX-77-Q-90411" do."""
    word = re.compile(rb"(?<![A-Za-z0-9])" + re.escape(raw.encode()) + rb"(?![A-Za-z0-9])", re.IGNORECASE)
    if word.search(content):
        return True
    whole = raw in (UNUSUAL_NAME, UNUSUAL_NUMBER)
    return whole and raw.encode("utf-16-le") in content


def test_what_the_detectors_miss_in_a_flagged_message_is_in_no_file_and_no_log(servers, masked_traffic):
    assert masked_traffic["rest"].replies and masked_traffic["socketio"].replies
    # Every file the servers wrote in their var directory: tracker store, app database (with staff queue previews
    # and review items), any WAL or journal, and the logs of the Rasa server, the action server and the console.
    stored = {
        path.relative_to(servers.log_dir).as_posix(): path.read_bytes()
        for path in sorted(servers.log_dir.rglob("*"))
        if path.is_file()
    }
    assert {servers.tracker_db.name, servers.app_db.name, "rasa.log", "actions.log", "console.log"} <= set(stored)
    # The tracker's payloads are encrypted at rest: read them decrypted too (secure-chat conversations keep the
    # whole text, encrypted, by design; none is in this test).
    public = [e for e in stored_events(servers.tracker_db) if not e["sender_id"].startswith("secure-")]
    stored["tracker events, decrypted"] = json.dumps(public, ensure_ascii=False).encode()
    for name, content in stored.items():
        for raw in _missed_strings():
            assert not _holds(content, raw), f"{raw!r} found in {name}"


@pytest.mark.parametrize("channel", ["rest", "socketio"])
def test_a_flagged_message_reaches_rasa_masked_and_still_gets_the_routine_answer(servers, facts, masked_traffic,
                                                                                 channel):
    conversation = masked_traffic[channel]
    events = stored_events(servers.tracker_db, conversation.sender)
    [user] = [e for e in events if e["event"] == "user"]
    # Only words of the assistant's vocabulary and placeholders are left; [REDACTED] is written by mask() only.
    assert "[CONDITION]" in user["text"] and "[REDACTED]" in user["text"], user["text"]
    assert user["text"].endswith("what are the ICU visiting hours?")
    assert user["metadata"]["safety"]["sensitive"] is True
    assert user["parse_data"]["intent"]["name"] == "ask_visiting_hours"
    replies = conversation.replies[0]
    assert facts.unit("icu").visiting_hours.describe() in replies[0]
    assert not any(_holds(reply.encode(), raw) for reply in replies for raw in _missed_strings())


def test_no_message_text_at_all_in_the_debug_logs(servers, traffic):
    for name in ("rasa.log", "actions.log"):
        log = (servers.log_dir / name).read_bytes()
        assert ROUTINE.encode() not in log, name
        for message, _ in SENSITIVE:
            assert message.encode() not in log, name
    # Rasa did log the messages at DEBUG; the filter replaced their text.
    assert b"[message text]" in (servers.log_dir / "rasa.log").read_bytes()


def test_the_tracker_keeps_redacted_text_and_the_flags(servers, traffic):
    sender = traffic.rest["I'm diabetic, what are ICU visiting hours?"].sender
    events = requests.get(
        f"{servers.rasa_url}/conversations/{sender}/tracker", params={"token": servers.token}, timeout=30
    ).json()["events"]
    user = [e for e in events if e["event"] == "user"]
    assert [e["text"] for e in user] == ["I'm [CONDITION], what are ICU visiting hours?"]
    assert user[0]["metadata"]["safety"] == {"sensitive": True, "crisis": None, "kinds": ["condition"],
                                             "sentiment": 0.0}  # only the number, for the staff queue
    assert user[0]["parse_data"]["intent"]["name"] == "ask_visiting_hours"


def test_a_message_sent_around_the_channels_is_redacted_by_the_tracker_store(servers, traffic):
    events = stored_events(servers.tracker_db, traffic.api_sender)
    assert [e["text"] for e in events if e["event"] == "user"] == ["I take [MEDICATION] twice a day"]


@pytest.mark.parametrize("channel", ["rest", "socketio"])
def test_a_medical_emergency_gets_the_emergency_number_first_and_an_urgent_ticket(servers, facts, traffic, channel):
    conversation = getattr(traffic, channel)[MEDICAL_EMERGENCY[0]]
    replies = conversation.replies[0]
    assert f"Call {facts.emergency.number} now" in replies[0]
    assert "flagged this conversation as urgent" in replies[1]
    with sqlite3.connect(servers.app_db) as db:
        tickets = db.execute(
            "SELECT reason, urgent, status, channel, crisis, redacted_text FROM escalations WHERE conversation_id = ?",
            (conversation.sender,),
        ).fetchall()
    [(reason, urgent, status, ticket_channel, crisis, preview)] = tickets
    assert (reason, urgent, status, ticket_channel, crisis) == ("medical_emergency", 1, "open", channel,
                                                                "medical_emergency")
    # The queue's preview is the conversation's latest message, redacted.
    assert "chest pain" not in preview and "[" in preview


def test_self_harm_gets_the_crisis_line_first_and_an_urgent_ticket(servers, facts, traffic):
    conversation = traffic.rest[SELF_HARM[0]]
    replies = conversation.replies[0]
    assert f"call or text {facts.emergency.crisis_line}" in replies[0]
    assert f"call {facts.emergency.number} now" in replies[0]
    with sqlite3.connect(servers.app_db) as db:
        query = "SELECT reason FROM escalations WHERE conversation_id = ?"
        reasons = db.execute(query, (conversation.sender,)).fetchall()
    assert reasons == [("self_harm",)]


@pytest.mark.parametrize("channel", ["rest", "socketio"])
def test_a_sensitive_message_gets_the_routine_answer_and_a_secure_chat_link(servers, facts, traffic, channel):
    replies = getattr(traffic, channel)["I'm diabetic, what are ICU visiting hours?"].replies[0]
    assert len(replies) == 2
    assert facts.unit("icu").visiting_hours.describe() in replies[0]
    assert "let's continue in our secure chat" in replies[1]
    assert f"{servers.rasa_url}/secure/enter/" in replies[1]
    assert not any("diabetic" in reply.lower() for reply in replies)


def test_no_reply_echoes_any_sensitive_detail(traffic):
    conversations = [*traffic.rest.values(), *traffic.socketio.values()]
    replies = " ".join(reply for c in conversations for batch in c.replies for reply in batch)
    for raw in _raw_strings():
        assert raw not in replies


def test_every_message_is_flagged_in_the_app_database(servers, traffic):
    with sqlite3.connect(servers.app_db) as db:
        flags = dict(
            db.execute(
                "SELECT conversation_id, kinds FROM message_flags WHERE conversation_id LIKE 'privacy-rest-%'"
            ).fetchall()
        )
    assert flags[traffic.rest["my SSN is 123-45-6789"].sender] == "ssn"
    assert flags[traffic.rest["my name is Rosalind Okafor and my MRN is 00482913"].sender] == "mrn,person_name"
    assert flags[traffic.rest[ROUTINE].sender] == ""


def test_a_client_cannot_set_the_safety_flags(servers, facts, traffic):
    replies = traffic.spoofed.replies[0]
    assert len(replies) == 1
    assert facts.unit("icu").visiting_hours.describe() in replies[0]
    url = f"{servers.rasa_url}/conversations/{traffic.spoofed.sender}/tracker"
    events = requests.get(url, params={"token": servers.token}, timeout=30).json()["events"]
    metadata = next(e for e in events if e["event"] == "user")["metadata"]
    assert metadata["safety"] == {"sensitive": False, "crisis": None, "kinds": [], "sentiment": 0.0}
    assert set(metadata) - {"assistant_id", "model_id"} == {"safety"}  # Rasa adds those two


def test_logs_are_written_where_the_test_reads_them(servers):
    # Guards the byte-level checks above against reading an empty or stale log.
    assert Path(servers.log_dir / "rasa.log").stat().st_size > 0
    assert b"processor.message.parse" in (servers.log_dir / "rasa.log").read_bytes()
