"""The analytics page in headless Chromium against the real servers: a supervisor sees tiles and charts whose numbers
match the conversations just sent through the real channels (REST and Messenger's signed webhook), and exports a
CSV; an agent is refused."""

from __future__ import annotations

import csv
import sqlite3
import time
import uuid

import pytest
import requests
from playwright.sync_api import Page, expect

from tests.browser.conftest import log_in
from tests.conftest import MESSENGER_APP_SECRET, Servers
from tests.messenger_payloads import page_webhook, signed, text_message

pytestmark = [pytest.mark.integration, pytest.mark.browser]

REST_MESSAGES = {"visiting": ["what are the visiting hours?", "and where do I park?"], "hello": ["hello"]}
MESSENGER_MESSAGES = ["hi", "what is the main phone number?"]


def _tiles(page: Page) -> dict[str, int]:
    shown = page.eval_on_selector_all(
        "[data-tile]", "tiles => tiles.map(tile => [tile.dataset.tile, tile.querySelector('.value').textContent])")
    return {key: int(value.replace(",", "")) for key, value in shown if value.replace(",", "").isdigit()}


def _counted(servers: Servers) -> int:
    with sqlite3.connect(servers.app_db) as db:
        return db.execute("SELECT coalesce(sum(messages), 0) FROM message_counts").fetchone()[0]


def _send_through_the_channels(servers: Servers) -> None:
    """REST waits for the answers; Messenger's webhook is acknowledged at once and answered in the background."""
    tag = uuid.uuid4().hex[:8]
    for name, texts in REST_MESSAGES.items():
        for text in texts:
            servers.say(f"analytics-{name}-{tag}", text)
    sender = str(uuid.uuid4().int)[:16]
    for text in MESSENGER_MESSAGES:
        raw, headers = signed(page_webhook([text_message(sender, text)]), MESSENGER_APP_SECRET)
        requests.post(f"{servers.rasa_url}/webhooks/messenger/webhook", data=raw, headers=headers,
                      timeout=10).raise_for_status()


def test_a_supervisor_sees_the_conversations_just_sent_and_exports_them(browser, servers, tmp_path):
    page = log_in(browser.new_context(), servers, "supervisor", "/analytics")
    expect(page.locator("h1")).to_have_text("Analytics")
    before = _tiles(page)
    counted = _counted(servers)
    _send_through_the_channels(servers)
    sent = sum(len(texts) for texts in REST_MESSAGES.values()) + len(MESSENGER_MESSAGES)
    deadline = time.monotonic() + 90  # Messenger's are answered in the background; each batch is counted after
    while _counted(servers) < counted + sent and time.monotonic() < deadline:
        time.sleep(0.2)
    page.reload()
    after = _tiles(page)
    assert after["messages_rest"] - before["messages_rest"] == 3
    assert after["messages_messenger"] - before["messages_messenger"] == 2
    assert after["messages"] - before["messages"] == sent
    assert after["conversations"] - before["conversations"] == 3
    daily = page.locator('canvas[data-table="daily"]')
    expect(daily).to_have_attribute("data-drawn", "28")  # Chart.js drew the 28 days of the default period
    expect(page.locator('canvas[data-table="intents"]')).to_have_attribute("data-drawn", str(
        page.locator('section[data-figure="intents"] details tbody tr').count()))
    assert page.errors == []  # Chart.js runs under the console's strict CSP

    with page.expect_download() as download:
        page.locator('section[aria-labelledby="summary"] a.csv').click()
    saved = tmp_path / "tiles.csv"
    download.value.save_as(saved)
    rows = {row[0]: row[1:] for row in csv.reader(saved.open(encoding="utf-8"))}
    assert rows["Figure"] == ["This period", "Previous period"]
    assert int(rows["Messages: REST API"][0]) == after["messages_rest"]
    assert int(rows["Conversations"][0]) == after["conversations"]


def test_an_agent_is_refused_the_analytics(browser, servers):
    page = log_in(browser.new_context(), servers, "agent", "/queue")
    expect(page.locator("h1")).to_have_text("Queue")
    assert "Analytics" not in page.locator("header nav").inner_text()
    reply = page.goto(f"{servers.console_url}/analytics")
    assert reply.status == 403
    expect(page.locator("main")).to_contain_text("Your role does not give access to this page.")
    assert page.evaluate("() => fetch('/analytics.csv?table=tiles').then(reply => reply.status)") == 403
