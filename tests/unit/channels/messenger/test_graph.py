"""bot.channels.messenger.graph: the 24-hour window, long texts, and the Graph API client (against the local fake
Graph API, over real HTTP)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.channels.messenger.config import MessengerConfig
from bot.channels.messenger.graph import GraphClient, GraphError, OutsideMessagingWindow, Window, split_text, window_for
from tests.fake_graph import PAGE_TOKEN
from tests.unit.channels.messenger.conftest import NOW, config_for


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
