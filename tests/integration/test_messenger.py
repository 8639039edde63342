"""Messenger and page comments through the real Rasa server, against the local fake Graph API.

Webhooks are shaped as Meta documents them and signed with the app secret exactly as Meta signs them;
everything the server sends to Facebook is read from what the fake Graph API recorded.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from datetime import datetime, timedelta, timezone

import pytest
import requests
import sqlalchemy as sa

from bot.channels.messenger import inbox
from bot.storage.database import Database
from bot.storage.models import MessengerEvent
from tests.conftest import MESSENGER_APP_SECRET, MESSENGER_VERIFY_TOKEN, TEST_TOKEN, Servers, stored_events
from tests.fake_graph import Call, FakeGraph
from tests.messenger_payloads import (
    comment_change,
    comment_webhook,
    messaging,
    new_mid,
    page_webhook,
    signed,
    text_message,
)

pytestmark = pytest.mark.integration


@pytest.fixture()
def graph(fake_graph: FakeGraph):
    fake_graph.reset()
    yield fake_graph
    fake_graph.reset()


def webhook(servers: Servers) -> str:
    return f"{servers.rasa_url}/webhooks/messenger/webhook"


def post(servers: Servers, body, secret: str = MESSENGER_APP_SECRET, timeout: float = 10, **headers):
    raw, signed_headers = signed(body, secret)
    return requests.post(webhook(servers), data=raw, headers={**signed_headers, **headers}, timeout=timeout)


def psid() -> str:
    return str(uuid.uuid4().int)[:16]


def replies_to(graph: FakeGraph, sender: str, count: int = 1, timeout: float = 60) -> list[Call]:
    return graph.wait_for(lambda: (m := graph.messages_to(sender)) and len(m) >= count and m, timeout)


def texts(calls: list[Call]) -> str:
    return "\n".join(c.text for c in calls)


def event_rows(servers: Servers, key: str) -> list[tuple]:
    with sqlite3.connect(servers.app_db) as db:
        return db.execute("SELECT status, detail, ciphertext FROM messenger_events WHERE key = ?", (key,)).fetchall()


# -- the webhook ------------------------------------------------------------------------------------------


def test_meta_verifies_the_webhook_with_the_verify_token(servers):
    challenge = {"hub.mode": "subscribe", "hub.challenge": "1158201444"}
    ok = requests.get(webhook(servers), params={**challenge, "hub.verify_token": MESSENGER_VERIFY_TOKEN}, timeout=10)
    assert ok.status_code == 200 and ok.text == "1158201444"
    for wrong in ({**challenge, "hub.verify_token": "guess"}, challenge,
                  {"hub.mode": "unsubscribe", "hub.challenge": "1", "hub.verify_token": MESSENGER_VERIFY_TOKEN}):
        assert requests.get(webhook(servers), params=wrong, timeout=10).status_code == 403


def test_missing_or_wrong_signatures_get_a_403_and_the_message_goes_nowhere(servers, graph):
    sender = psid()
    body = page_webhook([text_message(sender, "where can I park?")])
    raw, good = signed(body, MESSENGER_APP_SECRET)
    sha1_only = {"X-Hub-Signature": "sha1=" + __import__("hmac").new(
        MESSENGER_APP_SECRET.encode(), raw, "sha1").hexdigest()}
    for headers in ({}, {"X-Hub-Signature-256": signed(body, "not-the-app-secret")[1]["X-Hub-Signature-256"]},
                    {"X-Hub-Signature-256": signed({"other": 1}, MESSENGER_APP_SECRET)[1]["X-Hub-Signature-256"]},
                    {"X-Hub-Signature-256": good["X-Hub-Signature-256"].replace("sha256=", "")}, sha1_only):
        reply = requests.post(webhook(servers), data=raw, headers={"Content-Type": "application/json", **headers},
                              timeout=10)
        assert reply.status_code == 403, headers
    time.sleep(2)
    assert graph.messages_to(sender) == []
    assert stored_events(servers.tracker_db, sender) == []


@pytest.mark.parametrize("raw, status", [
    (b"{not json", 400), (b"", 400), (b"[]", 400), (b'{"object": "page"}', 400),
    (b'{"object": "user", "entry": []}', 400), (b'{"object": "page", "entry": [1]}', 400),
    (b'{"object": "page", "entry": [], "pad": "' + b"x" * 1_000_100 + b'"}', 413),
])
def test_malformed_or_huge_bodies_get_a_clear_error(servers, raw, status):
    reply = post(servers, raw)
    assert reply.status_code == status
    assert reply.json()["error"]


def test_a_message_is_acknowledged_at_once_and_answered_in_the_background(servers, graph):
    sender = psid()
    graph.delay_seconds = 2  # a slow Graph API: the acknowledgement must not wait for it
    reply = post(servers, page_webhook([text_message(sender, "where can I park?")]), timeout=1.5)
    assert reply.status_code == 200 and reply.json() == {"received": 1, "duplicates": 0, "stale": 0}
    (answer,) = replies_to(graph, sender)
    assert "park" in answer.text.lower()
    assert answer.body["messaging_type"] == "RESPONSE" and "tag" not in answer.body
    calls = graph.sent(psid=sender)
    assert calls[0].body == {"recipient": {"id": sender}, "sender_action": "typing_on"}  # typing first


def test_every_event_of_a_batch_is_answered_in_order_per_sender(servers, graph):
    first, second, third = psid(), psid(), psid()
    questions = ["where can I park?", "what are the ICU visiting hours?", "what is the main phone number?"]
    body = page_webhook(
        [text_message(first, questions[0]), text_message(second, "hello"), text_message(first, questions[1])],
        [text_message(third, "is there a cafeteria?"), text_message(first, questions[2])],
    )
    assert post(servers, body).json() == {"received": 5, "duplicates": 0, "stale": 0}
    answers = replies_to(graph, first, 3)
    rest = f"rest-{uuid.uuid4().hex}"
    expected = [servers.texts(rest, question) for question in questions]
    assert [a.text for a in answers] == [text for turn in expected for text in turn]  # same answers, same order
    assert replies_to(graph, second) and "cafeteria" in texts(replies_to(graph, third)).lower()


def test_a_redelivered_message_is_answered_once(servers, graph):
    sender, mid = psid(), new_mid()
    body = page_webhook([text_message(sender, "where can I park?", mid=mid)])
    assert post(servers, body).json() == {"received": 1, "duplicates": 0, "stale": 0}
    replies_to(graph, sender)
    assert post(servers, body).json() == {"received": 0, "duplicates": 1, "stale": 0}  # Meta's retry
    time.sleep(2)
    assert len(graph.messages_to(sender)) == 1
    assert [e["text"] for e in stored_events(servers.tracker_db, sender) if e["event"] == "user"] == [
        "where can I park?"]
    assert event_rows(servers, f"message:{mid}") == [("done", "", None)]


def test_a_5xx_from_the_graph_api_is_retried(servers, graph):
    sender = psid()
    graph.fail(3, status=500)  # the typing indicator (not retried) and the answer's first two attempts
    post(servers, page_webhook([text_message(sender, "where can I park?")]))
    replies_to(graph, sender)
    statuses = [c.status for c in graph.calls if c.recipient.get("id") == sender and "message" in c.body]
    assert statuses == [500, 500, 200]


def test_when_the_graph_api_stays_down_the_message_is_kept_and_the_failure_visible(servers, graph):
    sender, mid = psid(), new_mid()
    graph.fail(100, status=503)
    post(servers, page_webhook([text_message(sender, "where can I park?", mid=mid)]))
    graph.wait_for(lambda: event_rows(servers, f"message:{mid}")[0][0] != "pending")
    ((status, detail, ciphertext),) = event_rows(servers, f"message:{mid}")
    assert status == "failed" and "503" in detail and ciphertext is None
    assert [e["text"] for e in stored_events(servers.tracker_db, sender) if e["event"] == "user"] == [
        "where can I park?"]  # the patient's message is not lost
    assert f"Reply to Messenger conversation {sender} not sent" in (servers.log_dir / "rasa.log").read_text()
    graph.reset()  # Facebook is back: the conversation goes on
    post(servers, page_webhook([text_message(sender, "and the visiting hours?")]))
    assert "visiting" in replies_to(graph, sender)[0].text.lower()


def test_the_greeting_offers_quick_replies_and_a_quick_reply_is_understood(servers, graph):
    sender = psid()
    post(servers, page_webhook([messaging(sender, postback={"mid": new_mid(), "title": "Get Started",
                                                            "payload": "GET_STARTED"})]))
    greeting = replies_to(graph, sender)[-1]
    offered = {q["payload"]: q["title"] for q in greeting.body["message"]["quick_replies"]}
    assert offered["/ask_parking"] == "Parking" and offered["/ask_visiting_hours"] == "Visiting hours"
    post(servers, page_webhook([text_message(sender, "Parking", quick_reply={"payload": "/ask_parking"})]))
    answer = replies_to(graph, sender, 2)[-1]
    assert "park" in answer.text.lower() and "quick_replies" not in answer.body["message"]


def test_a_photo_is_not_read_or_kept_and_the_secure_chat_is_offered(servers, graph):
    sender, address = psid(), "https://scontent.xx.fbcdn.net/v/t1.15752-9/lab_results_4471.jpg"
    post(servers, page_webhook([messaging(sender, message={"mid": new_mid(), "attachments": [
        {"type": "image", "payload": {"url": address}}]})]))
    (answer,) = replies_to(graph, sender)
    assert "can't open photos or files" in answer.text and "/secure/enter/" in answer.text
    time.sleep(1)
    for path in (servers.tracker_db, servers.app_db, servers.log_dir / "rasa.log"):
        assert b"lab_results_4471" not in path.read_bytes()


def test_echoes_receipts_standby_and_handover_events_are_acknowledged_and_not_answered(servers, graph):
    sender = psid()
    body = page_webhook(
        [messaging(sender, message={"mid": new_mid(), "text": "our own reply", "is_echo": True, "app_id": 1}),
         messaging(sender, delivery={"mids": ["m_1"], "watermark": 1}), messaging(sender, read={"watermark": 1}),
         messaging(sender, pass_thread_control={"new_owner_app_id": "263902037430900", "metadata": "inbox"}),
         messaging(sender, take_thread_control={"previous_owner_app_id": "263902037430900", "metadata": ""}),
         messaging(sender, request_thread_control={"requested_owner_app_id": "263902037430900"}),
         messaging(sender, reaction={"reaction": "love", "action": "react", "mid": "m_1"})],
        standby=[text_message(sender, "written while the Page Inbox has the thread")],
    )
    before = (servers.log_dir / "rasa.log").read_text()
    assert post(servers, body).json() == {"received": 0, "duplicates": 0, "stale": 0}
    time.sleep(2)
    assert graph.sent(psid=sender) == []
    new_log = (servers.log_dir / "rasa.log").read_text()[len(before):]
    assert "Traceback" not in new_log and "pass_thread_control" in new_log


# -- page comments -------------------------------------------------------------------------------------


def comment_calls(graph: FakeGraph, comment_id: str) -> dict[str, list[Call]]:
    calls = graph.sent(comment_id=comment_id)
    return {
        "hide": [c for c in calls if c.body.get("is_hidden") is True],
        "private": [c for c in calls if c.recipient.get("comment_id") == comment_id],
        "public": [c for c in calls if c.path.endswith(f"/{comment_id}/comments")],
    }


def test_a_comment_with_health_details_is_hidden_and_answered_privately(servers, graph):
    comment_id = f"5550001_{uuid.uuid4().int % 10**12}"
    text = "My mother has diabetes and her DOB is 03/04/1950, what are the ICU visiting hours?"
    post(servers, comment_webhook(comment_change(comment_id, psid(), text)))
    graph.wait_for(lambda: comment_calls(graph, comment_id)["public"])
    calls = comment_calls(graph, comment_id)
    assert len(calls["hide"]) == 1 and graph.calls.index(calls["hide"][0]) < graph.calls.index(calls["private"][0])
    (private,) = calls["private"]
    assert "visiting" in private.text.lower() and "secure chat" in private.text.lower()
    (public,) = calls["public"]
    assert public.text == "Thank you for your message. We've replied to you privately in Messenger."
    for call in graph.calls:
        assert "diabetes" not in str(call.body) and "1950" not in str(call.body)


def test_a_routine_comment_gets_a_public_answer(servers, graph):
    comment_id = f"5550001_{uuid.uuid4().int % 10**12}"
    post(servers, comment_webhook(comment_change(comment_id, psid(), "Where can visitors park?")))
    (public,) = graph.wait_for(lambda: comment_calls(graph, comment_id)["public"])
    assert "park" in public.text.lower()
    calls = comment_calls(graph, comment_id)
    assert calls["hide"] == [] and calls["private"] == []


def test_a_crisis_comment_gets_the_emergency_number_in_public_and_the_full_answer_in_private(servers, graph, facts):
    comment_id = f"5550001_{uuid.uuid4().int % 10**12}"
    post(servers, comment_webhook(comment_change(comment_id, psid(), "my dad has crushing chest pain right now")))
    graph.wait_for(lambda: comment_calls(graph, comment_id)["public"])
    calls = comment_calls(graph, comment_id)
    assert calls["hide"] and "chest" not in calls["public"][0].text
    assert f"call {facts.emergency.number} now" in calls["public"][0].text
    assert calls["private"][0].text.startswith("This sounds like an emergency.")


# -- staff replies --------------------------------------------------------------------------------------


def staff_reply(servers: Servers, conversation_id: str, text: str) -> requests.Response:
    return requests.post(f"{servers.rasa_url}/handoff/conversations/{conversation_id}/messages",
                         json={"text": text, "staff_name": "Sam"}, timeout=30,
                         headers={"Authorization": f"Bearer {TEST_TOKEN}"})


def patient_wrote(servers: Servers, graph: FakeGraph, ago: timedelta) -> str:
    """A patient whose last message was `ago`. Meta delivers a webhook within 36 hours (older ones are dropped
    as replays), so an older message is delivered now and its stored time moved back, as time passing would."""
    sender = psid()
    when = datetime.now(timezone.utc) - ago
    delivered_at = when if ago < inbox.STALE_AFTER else datetime.now(timezone.utc)
    post(servers, page_webhook([text_message(sender, "hello", timestamp=int(delivered_at.timestamp() * 1000))]))
    replies_to(graph, sender)
    if delivered_at != when:
        with Database(f"sqlite:///{servers.app_db}").session() as session:
            session.execute(sa.update(MessengerEvent).where(MessengerEvent.sender == sender).values(occurred_at=when))
    return sender


def test_staff_replies_use_the_human_agent_tag_after_24_hours_and_are_refused_after_7_days(servers, graph):
    recent = patient_wrote(servers, graph, timedelta(hours=2))
    assert staff_reply(servers, recent, "Hi, this is Sam from Patient Services.").json()["status"] == "delivered"
    assert replies_to(graph, recent, 2)[-1].body["messaging_type"] == "RESPONSE"

    yesterday = patient_wrote(servers, graph, timedelta(hours=30))
    reply = staff_reply(servers, yesterday, "Sorry for the wait: your bill has been corrected.")
    assert reply.status_code == 200 and "HUMAN_AGENT" in reply.json()["detail"]
    sent = replies_to(graph, yesterday, 2)[-1]
    assert (sent.body["messaging_type"], sent.body["tag"]) == ("MESSAGE_TAG", "HUMAN_AGENT")
    assert sent.text == "Sorry for the wait: your bill has been corrected."

    last_week = patient_wrote(servers, graph, timedelta(days=8))
    refused = staff_reply(servers, last_week, "Are you still there?")
    assert refused.status_code == 502 and "more than 7 days" in refused.json()["detail"]
    assert len(graph.messages_to(last_week)) == 1  # only the bot's answer a week ago


def test_a_staff_reply_to_a_comment_goes_privately_once(servers, graph):
    comment_id = f"5550001_{uuid.uuid4().int % 10**12}"
    post(servers, comment_webhook(comment_change(comment_id, psid(), "Where can visitors park?")))
    graph.wait_for(lambda: comment_calls(graph, comment_id)["public"])
    first = staff_reply(servers, f"fbcomment-{comment_id}", "Hi, this is Sam: the north garage is free on Sundays.")
    assert first.json()["status"] == "delivered"
    assert comment_calls(graph, comment_id)["private"][0].text.startswith("Hi, this is Sam")
    second = staff_reply(servers, f"fbcomment-{comment_id}", "One more thing")
    assert second.status_code == 502 and "one per comment" in second.json()["detail"]


# -- privacy --------------------------------------------------------------------------------------------


def test_no_raw_sensitive_text_from_messenger_reaches_the_stores_or_logs(servers, graph):
    sender, mid = psid(), new_mid()
    post(servers, page_webhook([text_message(
        sender, "I was diagnosed with lupus, my DOB is 11/29/1962; where do I park?", mid=mid)]))
    answers = replies_to(graph, sender)
    assert "park" in texts(answers).lower() and "lupus" not in texts(answers)
    graph.wait_for(lambda: event_rows(servers, f"message:{mid}")[0][0] == "done")
    assert event_rows(servers, f"message:{mid}")[0][2] is None  # the encrypted copy is gone once handled
    user_texts = [e["text"] for e in stored_events(servers.tracker_db, sender) if e["event"] == "user"]
    assert user_texts and "lupus" not in user_texts[0] and "[CONDITION]" in user_texts[0]
    for path in servers.log_dir.iterdir():
        if path.is_file():
            data = path.read_bytes()
            assert b"lupus" not in data and b"11/29/1962" not in data, path.name


def test_a_signed_webhook_replayed_after_metas_retry_window_is_not_handled_again(servers, graph):
    sender = psid()
    month_ago = int((time.time() - 30 * 24 * 3600) * 1000)
    body = page_webhook([text_message(sender, "where can I park?", timestamp=month_ago)])
    assert post(servers, body).json() == {"received": 0, "duplicates": 0, "stale": 1}  # signed, but a replay
    time.sleep(2)
    assert graph.messages_to(sender) == []
    assert stored_events(servers.tracker_db, sender) == []


def test_when_the_database_is_unavailable_meta_is_asked_to_retry_and_the_retry_is_answered(servers, graph):
    sender = psid()
    body = page_webhook([text_message(sender, "where can I park?")])
    blocker = sqlite3.connect(servers.app_db, timeout=1, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another process holds the database: every write waits, then fails
    try:
        refused = post(servers, body, timeout=60)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert refused.status_code == 503 and "retry" in refused.json()["error"]
    assert graph.messages_to(sender) == []
    assert post(servers, body).json() == {"received": 1, "duplicates": 0, "stale": 0}  # Meta's redelivery
    assert "park" in replies_to(graph, sender)[0].text.lower()
