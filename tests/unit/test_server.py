"""bot.server's background jobs: the retention purge starts with the Rasa server, and the safety allow-list is built."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from bot import retention, server
from bot.settings import load_settings
from bot.storage import database


def test_the_retention_purge_starts_with_the_server(monkeypatch):
    monkeypatch.setenv("SECURE_PURGE_INTERVAL_MINUTES", "7")
    purges: list[tuple[float, Callable[[], Any]]] = []

    async def schedule(seconds: float, run: Callable[[], Any], our_turn: Callable[[], Any]) -> None:
        assert await our_turn()  # one process (no REDIS_URL): every round is its own
        purges.append((seconds, run))

    monkeypatch.setattr(retention, "purge_every", schedule)
    monkeypatch.setattr(retention, "purge", lambda db, tracker_url: (db, tracker_url))
    the_database = database.Database("sqlite://")
    monkeypatch.setattr(database, "app_database", lambda: the_database)
    settings = load_settings()
    tasks: list[Any] = []
    (start, event), *_ = server.background_jobs(settings)
    asyncio.run(start(SimpleNamespace(add_task=tasks.append), None))
    assert event == "after_server_start" and len(tasks) == 1
    asyncio.run(tasks[0])
    seconds, run = purges[0]
    assert seconds == 7 * 60 and run() == (the_database, settings.databases.tracker_store_url)


def test_the_safety_allow_list_is_built_when_the_server_starts(monkeypatch):
    from bot.safety import allowlist, screen

    monkeypatch.setattr(allowlist, "_cached", None)
    assert screen(server.SAFETY_WARM_UP_MESSAGE)[0].sensitive  # the warm-up message does reach the masking
    monkeypatch.setattr(allowlist, "_cached", None)
    _, (warm_up, event), _ = server.background_jobs(load_settings())
    asyncio.run(warm_up(SimpleNamespace(), None))
    assert event == "after_server_start" and allowlist._cached is not None


def test_the_model_parses_once_when_the_server_starts_so_no_patient_waits_for_its_graph():
    parsed: list[str] = []

    class Agent:
        def __init__(self, ready: bool) -> None:
            self.ready = ready

        def is_ready(self) -> bool:
            return self.ready

        async def parse_message(self, text: str) -> dict:
            parsed.append(text)
            return {}

    *_, (warm_up, event) = server.background_jobs(load_settings())
    asyncio.run(warm_up(SimpleNamespace(ctx=SimpleNamespace(agent=Agent(ready=False))), None))
    asyncio.run(warm_up(SimpleNamespace(ctx=SimpleNamespace()), None))
    assert parsed == []  # no model loaded: nothing to warm
    asyncio.run(warm_up(SimpleNamespace(ctx=SimpleNamespace(agent=Agent(ready=True))), None))
    assert event == "after_server_start" and parsed == [server.MODEL_WARM_UP_MESSAGE]
