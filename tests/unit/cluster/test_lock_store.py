"""The conversation lock store against a real Redis: several workers, one message of a conversation at a time."""

from __future__ import annotations

import asyncio
import time

import pytest
from rasa.core.lock_store import LockError

from bot.cluster import lock_store
from bot.cluster.lock_store import ClusterLockStore


def _run(coroutine):
    return asyncio.run(coroutine)


async def _worker_stores(url: str, count: int) -> list[ClusterLockStore]:
    # each "worker" has its own client and connections, as separate processes would
    return [ClusterLockStore(url=url) for _ in range(count)]


def test_messages_of_one_conversation_are_handled_one_at_a_time_in_arrival_order_across_workers(redis_server):
    async def scenario() -> tuple[list[tuple[str, int]], list[int]]:
        workers = await _worker_stores(redis_server.url, 3)
        timeline: list[tuple[str, int]] = []
        served: list[int] = []

        async def handle(number: int) -> None:
            async with workers[number % 3].lock("conversation-order"):
                timeline.append(("start", number))
                served.append(number)
                await asyncio.sleep(0.05)  # awaiting the action server, the tracker store...
                timeline.append(("end", number))

        tasks = []
        for number in range(24):
            tasks.append(asyncio.create_task(handle(number)))
            # arrivals 20 ms apart, while each takes 50 ms to handle: a queue builds up across the workers
            await asyncio.sleep(0.02)
        await asyncio.gather(*tasks)
        return timeline, served

    timeline, served = _run(scenario())
    assert served == list(range(24))
    # never two at once: every start is followed by its own end
    assert all(timeline[i][0] == "start" and timeline[i + 1] == ("end", timeline[i][1])
               for i in range(0, len(timeline), 2))


def test_tickets_issued_at_the_same_moment_by_many_workers_are_all_distinct(redis_server):
    async def scenario() -> int:
        workers = await _worker_stores(redis_server.url, 8)
        inside = peak = 0

        async def handle(store: ClusterLockStore) -> None:
            nonlocal inside, peak
            async with store.lock("conversation-burst"):
                inside += 1
                peak = max(peak, inside)
                await asyncio.sleep(0.002)
                inside -= 1

        await asyncio.gather(*(handle(store) for store in workers for _ in range(5)))
        return peak

    assert _run(scenario()) == 1


def test_other_conversations_do_not_wait(redis_server):
    async def scenario() -> float:
        store = ClusterLockStore(url=redis_server.url)
        started = time.monotonic()

        async def hold(conversation: str) -> None:
            async with store.lock(conversation):
                await asyncio.sleep(0.2)

        await asyncio.gather(*(hold(f"conversation-{n}") for n in range(10)))
        return time.monotonic() - started

    assert _run(scenario()) < 1.0  # ten conversations side by side, not 2 s one after another


def test_a_worker_killed_while_holding_a_conversation_holds_it_only_for_the_lease(redis_server, monkeypatch):
    monkeypatch.setattr(lock_store, "LEASE_SECONDS", 0.3)

    async def scenario() -> float:
        dead, alive = await _worker_stores(redis_server.url, 2)
        # the dead worker took a ticket and never renewed or released it (SIGKILL mid-message)
        await dead._issue(keys=dead._keys("conversation-dead"), args=[300, 60_000])
        started = time.monotonic()
        async with alive.lock("conversation-dead", lock_lifetime=60):
            return time.monotonic() - started

    waited = _run(scenario())
    assert 0.2 <= waited < 2  # the lease, not Rasa's 60 s lock lifetime


def test_a_live_worker_keeps_its_turn_past_the_lease_by_renewing_it(redis_server, monkeypatch):
    monkeypatch.setattr(lock_store, "LEASE_SECONDS", 0.3)

    async def scenario() -> list[str]:
        holder, waiter = await _worker_stores(redis_server.url, 2)
        order: list[str] = []

        async def hold() -> None:
            async with holder.lock("conversation-long", lock_lifetime=60):
                order.append("holder in")
                await asyncio.sleep(1.2)  # four leases: a slow action server
                order.append("holder out")

        async def wait() -> None:
            await asyncio.sleep(0.05)
            async with waiter.lock("conversation-long", lock_lifetime=60):
                order.append("waiter in")

        await asyncio.gather(hold(), wait())
        return order

    assert _run(scenario()) == ["holder in", "holder out", "waiter in"]


def test_a_ticket_that_expires_while_waiting_raises_the_lock_error_rasa_expects(redis_server):
    async def scenario() -> None:
        holder, waiter = await _worker_stores(redis_server.url, 2)
        async with holder.lock("conversation-slow", lock_lifetime=5), \
                waiter.lock("conversation-slow", lock_lifetime=0.2):
            pass

    with pytest.raises(LockError, match="expired"):
        _run(scenario())


def test_the_lock_is_gone_from_redis_once_released(redis_server):
    import redis

    async def scenario() -> None:
        async with ClusterLockStore(url=redis_server.url).lock("conversation-tidy"):
            pass

    _run(scenario())
    assert redis.Redis.from_url(redis_server.url).keys(lock_store.KEY_PREFIX + "conversation-tidy*") == []


def test_an_unreachable_redis_is_a_lock_error_not_a_hang():
    async def scenario() -> None:
        async with ClusterLockStore(url="redis://127.0.0.1:9/0").lock("conversation-x"):
            pass

    with pytest.raises(LockError, match="ticket"):
        _run(scenario())


def test_without_redis_the_in_process_lock_keeps_order():
    async def scenario() -> list[int]:
        store = ClusterLockStore(url="")
        served: list[int] = []

        async def handle(number: int) -> None:
            async with store.lock("conversation-local"):
                served.append(number)
                await asyncio.sleep(0.005)

        await asyncio.gather(*(handle(n) for n in range(5)))
        return served

    assert _run(scenario()) == [0, 1, 2, 3, 4]
