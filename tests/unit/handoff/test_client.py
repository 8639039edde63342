"""bot.handoff.client: the console's client of the handoff API."""

from __future__ import annotations

import asyncio

import pytest

from bot.handoff.client import HandoffClient, HandoffUnavailable
from tests.conftest import free_port


def test_the_console_client_reports_an_unreachable_assistant():
    client = HandoffClient(f"http://127.0.0.1:{free_port()}", "token", timeout_seconds=2)
    with pytest.raises(HandoffUnavailable, match="cannot be reached"):
        asyncio.run(client.transcript("c7"))
    with pytest.raises(HandoffUnavailable):
        asyncio.run(client.pause("c7"))
    sent = asyncio.run(client.send("c7", "hello", "Dana"))  # the console keeps the reply and shows this
    assert sent.status == "failed" and "cannot be reached" in sent.detail
