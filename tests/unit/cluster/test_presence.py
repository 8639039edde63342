"""Web chat presence shared by workers through a real Redis: a staff reply is 'delivered' only to an open tab."""

from __future__ import annotations

import asyncio

from bot.cluster import presence as presence_module
from bot.cluster.presence import SharedPresence


def test_a_tab_held_by_another_worker_counts_until_it_leaves(redis_server):
    async def scenario() -> list[bool]:
        worker_a, worker_b = SharedPresence(redis_server.url), SharedPresence(redis_server.url)
        seen = [await worker_a.present("web-presence-1")]
        await worker_b.joined("web-presence-1", "sid-b")
        seen.append(await worker_a.present("web-presence-1"))
        await worker_b.left("web-presence-1", "sid-b")
        seen.append(await worker_a.present("web-presence-1"))
        return seen

    assert asyncio.run(scenario()) == [False, True, False]


def test_a_tab_on_a_worker_that_died_stops_counting_when_its_heartbeat_expires(redis_server, monkeypatch):
    monkeypatch.setattr(presence_module, "WORKER_TIMEOUT_SECONDS", 1)

    async def scenario() -> list[bool]:
        alive, dead = SharedPresence(redis_server.url), SharedPresence(redis_server.url)
        await dead.joined("web-presence-2", "sid-dead")  # then SIGKILL: no `left`, no more heartbeats
        seen = [await alive.present("web-presence-2")]
        await asyncio.sleep(1.3)
        seen.append(await alive.present("web-presence-2"))
        return seen

    assert asyncio.run(scenario()) == [True, False]
