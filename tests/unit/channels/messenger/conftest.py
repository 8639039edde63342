"""Shared by the Messenger channel's tests: the app secret, a fixed "now", the local fake Graph API (over real HTTP)
and a configuration that points at it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from bot.channels.messenger.config import MessengerConfig
from tests.fake_graph import PAGE_TOKEN, FakeGraph

SECRET = "unit-app-secret"
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)


@pytest.fixture()
def graph_server():
    graph = FakeGraph().start()
    yield graph
    graph.stop()


def config_for(graph: FakeGraph, **changes) -> MessengerConfig:
    config = MessengerConfig(
        app_secret=SECRET, verify_token="v", page_access_token=PAGE_TOKEN, graph_url=graph.url,
        graph_version="v21.0", allow_sha1=False, timeout_seconds=2, send_attempts=4, retry_base_seconds=0.01,
        max_body_bytes=1000, hide_sensitive_comments=True, routine_comment_reply="public", sweep_seconds=60,
    )
    return replace(config, **changes)
