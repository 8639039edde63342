"""The cluster's Redis connections, opened one way: the key prefix every part uses and the time it waits.

The lock store, web chat presence and the cluster's turns are async (they run on the event loop); the rate limits
are counted from the event loop and from worker threads alike, with the synchronous client and a short timeout
(a local Redis answers in well under a millisecond; a Redis that does not answer must not hold a message up).
"""

from __future__ import annotations

from typing import Any

KEY_PREFIX = "riverbend:"
TIMEOUT_SECONDS = 5.0


def async_client(url: str, timeout_seconds: float = TIMEOUT_SECONDS) -> Any:
    import redis.asyncio

    return redis.asyncio.Redis.from_url(url, socket_timeout=timeout_seconds, socket_connect_timeout=timeout_seconds)


def sync_client(url: str, timeout_seconds: float = TIMEOUT_SECONDS) -> Any:
    import redis

    return redis.Redis.from_url(url, socket_timeout=timeout_seconds, socket_connect_timeout=timeout_seconds)
