"""bot.channels.messenger.webhook: signatures, and the events read from Meta's payload shapes."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from bot.channels.messenger.webhook import (
    Comment,
    Ignored,
    MalformedWebhook,
    Message,
    Postback,
    events_in,
    signature_valid,
)
from tests.messenger_payloads import PAGE_ID, comment_change, messaging, page_webhook
from tests.unit.channels.messenger.conftest import SECRET


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
