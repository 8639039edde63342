"""Rate limits counted in Redis, so that every worker counts a client's messages together (`keyed_limit`: in Redis
when REDIS_URL is set, else in this process).

Each key is a sorted set of event times under `riverbend:limit:<rule>:<key>`, filled by pyrate-limiter's
`RedisBucket` (its Lua script checks every rate and adds the event in one step, so two workers cannot both let
the last allowed message through), trimmed and given an expiry after each event so idle clients cost nothing.

Redis unreachable: the limit is counted in this process for a while (RETRY_REDIS_AFTER_SECONDS), as with one
worker, rather than refusing every patient or waiting on a dead connection at each message. The calls are
synchronous (the callers are), with a short timeout: a local Redis answers in a fraction of a millisecond.
"""

from __future__ import annotations

import itertools
import logging
import secrets
import time
from collections.abc import Callable

from pyrate_limiter import Rate, RateItem
from pyrate_limiter.buckets.redis_bucket import LuaScript, RedisBucket
from redis.exceptions import NoScriptError, RedisError

from bot.cluster import redis_client
from bot.rate_limits import KeyedLimit, _milliseconds
from bot.settings import load_databases

logger = logging.getLogger(__name__)

KEY_PREFIX = redis_client.KEY_PREFIX + "limit:"
TIMEOUT_SECONDS = 0.5
RETRY_REDIS_AFTER_SECONDS = 10.0
_GLOB_SPECIAL = str.maketrans({character: "\\" + character for character in "*?[]\\"})


class SharedKeyedLimit(KeyedLimit):
    def __init__(self, name: str, rates: list[Rate], url: str, clock: Callable[[], int] = _milliseconds) -> None:
        super().__init__(name, rates, clock)  # the in-process counts stand in while Redis is away
        self.redis = redis_client.sync_client(url, TIMEOUT_SECONDS)
        self._prefix = KEY_PREFIX + "-".join(name.split()) + ":"
        self._script_hash: str | None = None
        self._redis_down_until = 0.0
        # Each event must be its own member of the sorted set. RedisBucket names members with `random`, which Rasa
        # seeds identically in every worker: two workers would name their events alike and count them as one.
        self._worker = secrets.token_hex(6)
        self._events = itertools.count()

    def hit(self, key: str) -> bool:
        if self._offline():
            return super().hit(key)
        now = self._clock()
        try:
            allowed = self._put(key, now)
            longest = self.rates[-1].interval
            with self.redis.pipeline(transaction=False) as pipe:
                pipe.zremrangebyscore(self._key(key), 0, now - longest)
                pipe.pexpire(self._key(key), longest)
                pipe.execute()
            return allowed
        except RedisError as error:
            self._went_offline(error)
            return super().hit(key)

    def retry_after_seconds(self, key: str) -> int:
        if self._offline():
            return super().retry_after_seconds(key)
        now = self._clock()
        try:
            stamps = self.redis.zrangebyscore(self._key(key), now - self.rates[-1].interval, "+inf", withscores=True)
        except RedisError as error:
            self._went_offline(error)
            return super().retry_after_seconds(key)
        return self._wait_seconds([int(score) for _, score in stamps], now)

    def clear(self, key: str) -> None:
        super().clear(key)
        try:
            self.redis.delete(self._key(key))
        except RedisError as error:
            self._went_offline(error)

    def any_full(self, prefix: str) -> bool:
        if self._offline():
            return super().any_full(prefix)
        try:
            keys = [key.decode()[len(self._prefix):] for key in self._matching(prefix)]
        except RedisError as error:
            self._went_offline(error)
            return super().any_full(prefix)
        return any(self.full(key) for key in keys)

    def clear_prefix(self, prefix: str) -> None:
        super().clear_prefix(prefix)
        try:
            keys = list(self._matching(prefix))
            if keys:
                self.redis.delete(*keys)
        except RedisError as error:
            self._went_offline(error)

    def _key(self, key: str) -> str:
        return self._prefix + key

    def _matching(self, prefix: str):  # noqa: ANN202 - redis-py's scan iterator
        return self.redis.scan_iter(match=self._key(prefix).translate(_GLOB_SPECIAL) + "*", count=500)

    def _put(self, key: str, now: int) -> bool:
        """Check every rate and count the event, atomically (RedisBucket's script); False when over a rate."""
        for _attempt in range(2):
            if self._script_hash is None:
                self._script_hash = self.redis.script_load(LuaScript.PUT_ITEM)
            bucket = RedisBucket(self.rates, self.redis, self._key(key), self._script_hash)
            try:
                return bool(bucket.put(RateItem(f"{self._worker}:{next(self._events)}", now)))
            except NoScriptError:  # Redis restarted and forgot the script: load it again
                self._script_hash = None
        raise RedisError("the rate limit script could not be loaded")

    def _offline(self) -> bool:
        return time.monotonic() < self._redis_down_until

    def _went_offline(self, error: Exception) -> None:
        logger.warning("Rate limit %r counted in this process for %.0f s: Redis did not answer (%s).",
                       self.name, RETRY_REDIS_AFTER_SECONDS, type(error).__name__)
        self._redis_down_until = time.monotonic() + RETRY_REDIS_AFTER_SECONDS
        self._script_hash = None


def keyed_limit(name: str, rates: list[Rate]) -> KeyedLimit:
    """The limit for this deployment: counted in this process, or in Redis when REDIS_URL is set."""
    url = load_databases().redis_url
    return SharedKeyedLimit(name, rates, url) if url else KeyedLimit(name, rates)
