"""The Messenger channel's parts: signatures, Meta's payload shapes, the 24-hour window, the Graph API
client (against the local fake Graph API, over real HTTP) and the persisted inbox."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.channels.messenger import inbox
from bot.channels.messenger.config import MessengerConfig
from bot.channels.messenger.graph import GraphClient, GraphError, OutsideMessagingWindow, Window, split_text, window_for
from bot.channels.messenger.webhook import (
    Comment,
    Ignored,
    MalformedWebhook,
    Message,
    Postback,
    events_in,
    signature_valid,
)
from bot.storage.database import Database
from tests.fake_graph import PAGE_TOKEN, FakeGraph
from tests.messenger_payloads import PAGE_ID, comment_change, messaging, page_webhook

SECRET = "unit-app-secret"
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)


def sign(body: bytes, secret: str = SECRET, algorithm: str = "sha256") -> str:
    return f"{algorithm}=" + hmac.new(secret.encode(), body, getattr(hashlib, algorithm)).hexdigest()


# -- signatures ---------------------------------------------------------------------------------------


def test_a_sha256_signature_of_the_exact_body_is_accepted_and_anything_else_refused():
    body = b'{"object":"page","entry":[]}'
    assert signature_valid(body, {"X-Hub-Signature-256": sign(body)}, SECRET)
    assert not signature_valid(body + b" ", {"X-Hub-Signature-256": sign(body)}, SECRET)
    assert not signature_valid(body, {"X-Hub-Signature-256": sign(body, "another-secret")}, SECRET)
    assert not signature_valid(body, {}, SECRET)
    assert not signature_valid(body, {"X-Hub-Signature-256": "sha256="}, SECRET)
    assert not signature_valid(body, {"X-Hub-Signature-256": sign(body)}, "")  # no secret configured: refuse all


def test_sha1_signatures_count_only_where_allowed():
    body = b'{"object":"page","entry":[]}'
    headers = {"X-Hub-Signature": sign(body, algorithm="sha1")}
    assert not signature_valid(body, headers, SECRET)
    assert signature_valid(body, headers, SECRET, allow_sha1=True)
    wrong_sha256 = {**headers, "X-Hub-Signature-256": sign(b"other")}
    assert not signature_valid(body, wrong_sha256, SECRET, allow_sha1=True)  # a present sha256 decides


# -- payloads -------------------------------------------------------------------------------------------


def test_every_entry_and_every_event_of_a_batch_is_read_in_order():
    body = page_webhook(
        [messaging("111", message={"mid": "m_1", "text": "parking?"}),
         messaging("222", message={"mid": "m_2", "text": "hi"})],
        [messaging("111", message={"mid": "m_3", "text": "and visiting hours?"})],
    )
    events = events_in(body)
    assert [(e.sender, e.text) for e in events] == [("111", "parking?"), ("222", "hi"), ("111", "and visiting hours?")]
    assert [e.key for e in events] == ["message:m_1", "message:m_2", "message:m_3"]


def test_quick_replies_postbacks_and_attachments_are_read():
    events = events_in(page_webhook([
        messaging("1", message={"mid": "m_q", "text": "Parking", "quick_reply": {"payload": "/ask_parking"}}),
        messaging("1", postback={"mid": "m_p", "title": "Get Started", "payload": "GET_STARTED"}),
        messaging("1", message={"mid": "m_a", "attachments": [
            {"type": "image", "payload": {"url": "https://scontent.xx.fbcdn.net/v/scan.jpg"}},
            {"type": "image", "payload": {"url": "https://x/sticker.png", "sticker_id": 369239263222822}},
        ]}),
    ]))
    assert events[0].quick_reply == "/ask_parking"
    assert isinstance(events[1], Postback) and events[1].payload == "GET_STARTED" and events[1].key == "postback:m_p"
    assert [(a.type, a.sticker) for a in events[2].attachments] == [("image", False), ("image", True)]
    assert "scan.jpg" not in json.dumps(events[2].to_record())  # the attachment's address is never kept


def test_echoes_deliveries_reads_standby_and_handover_are_not_answered():
    events = events_in(page_webhook(
        [messaging("1", message={"mid": "m_e", "text": "our own reply", "is_echo": True, "app_id": 42}),
         messaging("1", delivery={"mids": ["m_e"], "watermark": 1}),
         messaging("1", read={"watermark": 1}),
         messaging("1", pass_thread_control={"new_owner_app_id": "123", "metadata": "to inbox"}),
         messaging("1", take_thread_control={"previous_owner_app_id": "123", "metadata": ""}),
         messaging("1", request_thread_control={"requested_owner_app_id": "123"}),
         messaging("1", something_new={"x": 1})],
        standby=[messaging("1", message={"mid": "m_s", "text": "while the inbox has the thread"})],
    ))
    kinds = [(type(e).__name__, getattr(e, "reason", getattr(e, "action", ""))) for e in events]
    assert kinds == [
        ("Ignored", "echo"), ("Ignored", "delivery"), ("Ignored", "read"),
        ("Handover", "pass_thread_control"), ("Handover", "take_thread_control"),
        ("Handover", "request_thread_control"), ("Ignored", "unknown:something_new"), ("Standby", ""),
    ]
    assert all(e.key is None for e in events[:-1])  # none of them is stored or answered
    assert events[-1].key == "standby:m_s"  # kept (without its text) for the Messenger window only


def test_new_comments_are_read_and_the_pages_own_comments_and_edits_are_not():
    events = events_in({"object": "page", "entry": [{"id": PAGE_ID, "time": 1, "changes": [
        comment_change("c_1", "555", "What are ICU visiting hours?"),
        comment_change("c_2", PAGE_ID, "Our reply"),
        comment_change("c_3", "555", "edited", verb="edited"),
        {"field": "feed", "value": {"item": "reaction", "verb": "add", "from": {"id": "555"}}},
    ]}]})
    assert isinstance(events[0], Comment) and events[0].comment_id == "c_1" and events[0].sender == "555"
    assert [type(e) for e in events[1:]] == [Ignored, Ignored, Ignored]


@pytest.mark.parametrize("body", [[], "x", {"object": "page"}, {"object": "page", "entry": "x"},
                                  {"object": "instagram", "entry": []}, {"object": "page", "entry": ["x"]}])
def test_bodies_meta_would_not_send_are_malformed(body):
    with pytest.raises(MalformedWebhook):
        events_in(body)


def test_events_without_a_sender_or_message_id_are_skipped_not_fatal():
    events = events_in(page_webhook([{"timestamp": 1}, messaging("1", message={"text": "no mid"}),
                                     messaging("1", message={"mid": "m_ok", "text": "hello"})]))
    assert [type(e) for e in events] == [Ignored, Ignored, Message]


# -- the 24-hour window and sending ---------------------------------------------------------------------


def test_the_messaging_window():
    assert window_for(NOW - timedelta(hours=23), from_staff=False, now=NOW) == Window("RESPONSE")
    assert window_for(NOW - timedelta(hours=25), from_staff=True, now=NOW) == Window("MESSAGE_TAG", "HUMAN_AGENT")
    assert window_for(NOW - timedelta(days=6, hours=23), from_staff=True, now=NOW).tag == "HUMAN_AGENT"
    with pytest.raises(OutsideMessagingWindow, match="7 days"):
        window_for(NOW - timedelta(days=7, minutes=1), from_staff=True, now=NOW)
    with pytest.raises(OutsideMessagingWindow, match="24 hours"):
        window_for(NOW - timedelta(hours=25), from_staff=False, now=NOW)  # the bot has no tag to use
    with pytest.raises(OutsideMessagingWindow):
        window_for(None, from_staff=True, now=NOW)


def test_long_texts_are_split_under_messengers_limit_at_boundaries():
    text = ("word " * 900).strip()
    parts = split_text(text)
    assert all(len(p) <= 2000 for p in parts) and " ".join(parts) == text
    assert split_text("short") == ["short"]
    assert split_text("a" * 4500) == ["a" * 2000, "a" * 2000, "a" * 500]


@pytest.fixture()
def graph_server():
    graph = FakeGraph().start()
    yield graph
    graph.stop()


def config_for(graph: FakeGraph, **changes) -> MessengerConfig:
    config = MessengerConfig(
        app_secret=SECRET, verify_token="v", page_access_token=PAGE_TOKEN, graph_url=graph.url,
        graph_version="v21.0", allow_sha1=False, timeout_seconds=2, send_attempts=4, retry_base_seconds=0.01,
        max_body_bytes=1000, hide_sensitive_comments=True, routine_comment_reply="public",
    )
    return replace(config, **changes)


def run_with(config: MessengerConfig, action):
    async def go():
        client = GraphClient(config)
        try:
            return await action(client)
        finally:
            await client.close()
    return asyncio.run(go())


def test_a_5xx_is_retried_until_it_succeeds(graph_server):
    graph_server.fail(2, status=500)
    run_with(config_for(graph_server), lambda c: c.send_text("111", "hello", Window("RESPONSE")))
    assert [c.status for c in graph_server.calls] == [500, 500, 200]
    sent = graph_server.calls[-1]
    assert sent.path == "/v21.0/me/messages" and sent.headers["Authorization"] == f"Bearer {PAGE_TOKEN}"
    assert sent.body == {"recipient": {"id": "111"}, "messaging_type": "RESPONSE", "message": {"text": "hello"}}
    assert "access_token" not in sent.path  # the token is never in a URL


def test_rate_limits_are_retried_and_client_errors_are_not(graph_server):
    graph_server.fail(1, status=429, code=613, message="Calls to this api have exceeded the rate limit.")
    graph_server.fail(1, status=400, code=4, message="Application request limit reached")
    run_with(config_for(graph_server), lambda c: c.send_text("1", "x", Window("RESPONSE")))
    assert [c.status for c in graph_server.calls] == [429, 400, 200]
    graph_server.reset()
    graph_server.fail(5, status=400, code=100, message="Invalid parameter")
    with pytest.raises(GraphError, match="400.*code 100"):
        run_with(config_for(graph_server), lambda c: c.send_text("1", "x", Window("RESPONSE")))
    assert len(graph_server.calls) == 1


def test_a_graph_api_that_stays_down_fails_after_the_configured_attempts(graph_server):
    graph_server.fail(10, status=503)
    with pytest.raises(GraphError, match="503"):
        run_with(config_for(graph_server, send_attempts=3), lambda c: c.send_text("1", "x", Window("RESPONSE")))
    assert len(graph_server.calls) == 3


def test_a_slow_graph_api_times_out_and_an_unreachable_one_fails(graph_server):
    graph_server.delay_seconds = 1.5
    with pytest.raises(GraphError, match="unreachable"):
        run_with(config_for(graph_server, timeout_seconds=0.3, send_attempts=2),
                 lambda c: c.send_text("1", "x", Window("RESPONSE")))
    with pytest.raises(GraphError, match="unreachable"):
        run_with(replace(config_for(graph_server), graph_url="http://127.0.0.1:9", send_attempts=2),
                 lambda c: c.send_text("1", "x", Window("RESPONSE")))


def test_staff_replies_after_a_day_carry_the_human_agent_tag_and_without_a_token_nothing_is_sent(graph_server):
    run_with(config_for(graph_server), lambda c: c.send_text("1", "x", Window("MESSAGE_TAG", "HUMAN_AGENT")))
    assert graph_server.calls[0].body["messaging_type"] == "MESSAGE_TAG"
    assert graph_server.calls[0].body["tag"] == "HUMAN_AGENT"
    with pytest.raises(GraphError, match="not connected"):
        run_with(config_for(graph_server, page_access_token=""), lambda c: c.send_text("1", "x", Window("RESPONSE")))
    assert len(graph_server.calls) == 1


def test_buttons_become_quick_replies_on_the_last_part(graph_server):
    buttons = [{"title": "Visiting hours and more words", "payload": "/ask_visiting_hours"}]
    run_with(config_for(graph_server), lambda c: c.send_text("1", "a" * 2500, Window("RESPONSE"), buttons))
    first, last = graph_server.calls[0].body["message"], graph_server.calls[1].body["message"]
    assert "quick_replies" not in first
    assert last["quick_replies"] == [{"content_type": "text", "title": "Visiting hours and m",
                                      "payload": "/ask_visiting_hours"}]


# -- the inbox ------------------------------------------------------------------------------------------


def test_deliveries_are_recognised_after_a_restart_and_pending_ones_are_handled_then(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    first = events_in(page_webhook([messaging("1", message={"mid": "m_1", "text": "I have diabetes"}),
                                    messaging("1", message={"mid": "m_1", "text": "I have diabetes"}),
                                    messaging("2", postback={"mid": "m_2", "title": "Go", "payload": "GET_STARTED"})]))
    db = Database(url)
    admitted = inbox.admit(db, first).to_answer
    assert [e.key for e in admitted] == ["message:m_1", "postback:m_2"]  # the batch's own duplicate dropped
    assert b"diabetes" not in (tmp_path / "app.db").read_bytes()  # encrypted while pending
    inbox.finish(db, "postback:m_2")

    restarted = Database(url)  # a new process: nothing in memory
    assert inbox.admit(restarted, first) == inbox.Admitted([], 3)
    assert [e.key for e in inbox.pending(restarted)] == ["message:m_1"]
    assert inbox.pending(restarted)[0] == admitted[0]  # read back whole, to be handled now
    inbox.finish(restarted, "message:m_1", "reply not sent: Graph API answered 500")
    assert inbox.pending(restarted) == []
    raw = (tmp_path / "app.db").read_bytes()
    assert b"diabetes" not in raw  # encrypted while pending, dropped once handled


def test_the_last_patient_message_time_is_what_opens_the_window(tmp_path: Path):
    db = Database(f"sqlite:///{tmp_path / 'app.db'}")
    ms = int((NOW - timedelta(hours=30)).timestamp() * 1000)
    events = events_in(page_webhook([messaging("1", timestamp=ms, message={"mid": "m_old", "text": "hi"})]))
    inbox.admit(db, events, now=NOW)
    assert inbox.last_patient_message_at(db, "1") == NOW - timedelta(hours=30)
    assert inbox.last_patient_message_at(db, "nobody") is None
    comment = events_in({"object": "page", "entry": [{"id": PAGE_ID, "changes": [comment_change("c", "1", "hi")]}]})
    inbox.admit(db, comment, now=NOW)
    assert inbox.last_patient_message_at(db, "1") == NOW - timedelta(hours=30)  # a comment opens no window


def test_a_message_while_the_page_inbox_has_the_thread_is_not_answered_but_keeps_the_window_open(tmp_path: Path):
    db = Database(f"sqlite:///{tmp_path / 'app.db'}")
    old = int((NOW - timedelta(hours=30)).timestamp() * 1000)
    inbox.admit(db, events_in(page_webhook([messaging("1", timestamp=old, message={"mid": "m_1", "text": "hi"})])),
                now=NOW)
    recent = int((NOW - timedelta(hours=1)).timestamp() * 1000)
    standby = events_in(page_webhook(standby=[messaging("1", timestamp=recent,
                                                        message={"mid": "m_2", "text": "my DOB is 01/02/1990"})]))
    assert inbox.admit(db, standby, now=NOW) == inbox.Admitted([], 0)  # nothing to answer
    assert inbox.last_patient_message_at(db, "1") == NOW - timedelta(hours=1)
    assert inbox.pending(db)[0].key == "message:m_1" and len(inbox.pending(db)) == 1
    assert b"01/02/1990" not in (tmp_path / "app.db").read_bytes()


def test_events_older_than_metas_retry_window_are_dropped_as_replays_but_pending_ones_stay(tmp_path: Path):
    db = Database(f"sqlite:///{tmp_path / 'app.db'}")

    def at(hours_ago: float, mid: str) -> list:
        ms = int((NOW - timedelta(hours=hours_ago)).timestamp() * 1000)
        return events_in(page_webhook([messaging("1", timestamp=ms, message={"mid": mid, "text": "hi"})]))

    assert inbox.admit(db, at(35, "m_retry"), now=NOW).to_answer  # Meta's last retries are still answered
    replay = inbox.admit(db, at(24 * 30, "m_replay"), now=NOW)
    assert replay == inbox.Admitted([], 0, stale=1)
    assert [event.key for event in inbox.pending(db)] == ["message:m_retry"]  # pending here: still handled
    # The same old event, once its key has been purged, is still refused.
    assert inbox.admit(db, at(24 * 30, "m_replay"), now=NOW + timedelta(days=31)).to_answer == []


def test_handled_events_are_purged_after_30_days_and_pending_ones_never(tmp_path: Path):
    from bot import retention

    db = Database(f"sqlite:///{tmp_path / 'app.db'}")
    inbox.admit(db, events_in(page_webhook([messaging("1", message={"mid": "m_a", "text": "a"}),
                                            messaging("1", message={"mid": "m_b", "text": "b"})])))
    inbox.finish(db, "message:m_a")
    later = datetime.now(timezone.utc) + timedelta(days=31)
    report = retention.purge(db, f"sqlite:///{tmp_path / 'tracker.db'}", now=later)
    assert report.messenger_events == 1
    assert [e.key for e in inbox.pending(db)] == ["message:m_b"]
    assert inbox.admit(db, events_in(page_webhook([messaging("1", message={"mid": "m_a", "text": "a"})]))).to_answer


def test_the_example_files_placeholder_secrets_count_as_unset(monkeypatch):
    monkeypatch.setenv("MESSENGER_APP_SECRET", "change-me")
    monkeypatch.setenv("MESSENGER_VERIFY_TOKEN", "change-me")
    monkeypatch.setenv("MESSENGER_PAGE_ACCESS_TOKEN", "change-me")
    config = MessengerConfig.from_environment()
    assert config.app_secret == "" and config.verify_token == "" and not config.connected
    monkeypatch.setenv("MESSENGER_ROUTINE_COMMENT_REPLY", "shout")
    with pytest.raises(ValueError, match="public' or 'private"):
        MessengerConfig.from_environment()


# -- the comment policy (the channel itself, with Rasa's part played by a stand-in) -------------------


def answer_comment(graph: FakeGraph, text: str, answers: list[str], **config_changes) -> dict[str, list]:
    from bot.channels.messenger.channel import MessengerInput

    async def rasa(message):  # stands in for the guard and Rasa: answers with the given texts
        for answer in answers:
            await message.output_channel.send_text_message(message.sender_id, answer)

    async def go():
        channel = MessengerInput(config_for(graph, **config_changes))
        try:
            return await channel._answer_comment(Comment("555", NOW, comment_id="c_1", text=text), rasa)
        finally:
            await channel.graph.close()

    failures = asyncio.run(go())
    return {
        "failures": failures,
        "hide": [c for c in graph.calls if c.body.get("is_hidden")],
        "private": [c.text for c in graph.calls if c.recipient.get("comment_id") == "c_1" and c.status == 200],
        "public": [c.text for c in graph.calls if c.path.endswith("/c_1/comments")],
    }


def test_a_routine_comment_is_answered_privately_when_so_configured(graph_server):
    calls = answer_comment(graph_server, "Where can visitors park?", ["The North Garage is open 24 hours."],
                           routine_comment_reply="private")
    assert calls["private"] == ["The North Garage is open 24 hours."] and calls["hide"] == []
    assert calls["public"] == ["Thank you for your message. We've replied to you privately in Messenger."]


def test_an_answer_with_a_one_time_link_is_never_posted_in_public(graph_server):
    link = "I can take this request in our secure chat. This link works once: http://x/secure/enter/eyJ0"
    calls = answer_comment(graph_server, "How do I book an appointment?", ["To book, call 555-0100.", link])
    assert calls["private"] == [f"To book, call 555-0100.\n\n{link}"]
    assert all("/secure/enter/" not in text for text in calls["public"])


def test_sensitive_comments_stay_visible_when_hiding_is_off(graph_server):
    calls = answer_comment(graph_server, "I have diabetes, what are ICU visiting hours?", ["Visiting is 9 to 8."],
                           hide_sensitive_comments=False)
    assert calls["hide"] == [] and calls["private"] == ["Visiting is 9 to 8."]


def test_a_crisis_comment_still_gets_the_emergency_number_when_the_private_reply_fails(graph_server):
    graph_server.fail(10, status=400, path="/me/messages", code=10903, message="This activity can't be replied to")
    calls = answer_comment(graph_server, "my dad has crushing chest pain right now", ["This sounds like an emergency."])
    assert calls["public"] == ["If this is an emergency, please call 911 now."]  # no promise of a private message
    assert calls["hide"] and calls["private"] == []
    assert calls["failures"] and "private reply" in calls["failures"][0]


def test_a_self_harm_comment_gets_the_crisis_line_in_public_when_the_private_reply_fails(graph_server):
    graph_server.fail(10, status=400, path="/me/messages", code=10903, message="This activity can't be replied to")
    calls = answer_comment(graph_server, "i can't do this anymore, i want to end my life", ["I'm so sorry."])
    [notice] = calls["public"]
    assert "call or text 988" in notice and "911" in notice
    assert "you wrote" not in notice.lower() and "your comment" not in notice.lower()  # says nothing of the writer


def test_a_private_reply_that_timed_out_but_arrived_is_not_reported_as_refused(graph_server):
    graph_server.delay_seconds, graph_server.delayed_requests = 0.6, 1  # the first attempt times out, but arrives

    async def go():
        client = GraphClient(config_for(graph_server, timeout_seconds=0.3, send_attempts=2))
        try:
            await client.private_reply("c_9", "hello")
        finally:
            await client.close()

    asyncio.run(go())
    time.sleep(0.7)
    retry, first = graph_server.calls  # the retry is answered first, refused as "already replied"
    assert (retry.status, first.status) == (400, 200) and retry.body == first.body
