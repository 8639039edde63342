"""Jobs that one worker of the cluster runs for all (the hourly retention purge): whoever claims the round first.

A claim is a Redis key set only if absent, expiring just before the next round, so each round is run once
whichever workers are alive. Without REDIS_URL there is one process, whose turn it always is.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.cluster import redis_client

logger = logging.getLogger(__name__)

KEY_PREFIX = redis_client.KEY_PREFIX + "turn:"


def turn_taker(redis_url: str, job: str, every_seconds: float) -> Callable[[], Awaitable[bool]]:
    """An async check, called at each round of `job`: True when this worker should run the round."""
    if not redis_url:
        async def always() -> bool:
            return True

        return always
    client = redis_client.async_client(redis_url)
    # held for most of a round: the next round is free to claim again, even if its first claimant died
    hold_ms = max(1000, int(every_seconds * 900))

    async def our_turn() -> bool:
        try:
            return bool(await client.set(KEY_PREFIX + job, "1", nx=True, px=hold_ms))
        except Exception as error:  # noqa: BLE001 - Redis away: skip this round, the next worker may take it
            logger.warning("Could not claim the %s round (%s); skipped.", job, type(error).__name__)
            return False

    return our_turn
