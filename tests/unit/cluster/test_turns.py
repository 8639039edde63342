"""A job every worker schedules (the retention purge) runs once per round across the cluster, on a real Redis."""

from __future__ import annotations

import asyncio

from bot.cluster.turns import turn_taker


def test_of_several_workers_one_takes_each_round_and_the_next_round_is_free_again(redis_server):
    async def scenario() -> tuple[list[bool], list[bool]]:
        workers = [turn_taker(redis_server.url, "test-round", every_seconds=1) for _ in range(4)]
        first = [await worker() for worker in workers]
        await asyncio.sleep(1)  # the claim lasts 90% of a round
        second = [await worker() for worker in reversed(workers)]
        return first, second

    first, second = asyncio.run(scenario())
    assert first == [True, False, False, False]
    assert second == [True, False, False, False]  # the first to ask, whichever worker


def test_one_process_without_redis_always_has_its_turn():
    async def scenario() -> list[bool]:
        ours = turn_taker("", "test-alone", every_seconds=60)
        return [await ours(), await ours()]

    assert asyncio.run(scenario()) == [True, True]


def test_an_unreachable_redis_skips_the_round_rather_than_purging_twice():
    assert asyncio.run(turn_taker("redis://127.0.0.1:9/0", "test-down", every_seconds=60)()) is False
