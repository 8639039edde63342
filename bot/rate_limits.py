"""Rate limits by key (a client address, a conversation, a username), on pyrate-limiter's buckets.

One `KeyedLimit` per rule, one in-memory bucket per key (pyrate-limiter's `InMemoryBucket`), created on first
use and dropped once empty. Several workers (REDIS_URL set) count together in Redis instead:
bot.cluster.shared_limits.keyed_limit then makes a SharedKeyedLimit (pyrate-limiter's `RedisBucket`, same rates,
same keys), so a client cannot multiply its allowance by the number of workers nginx spreads its messages over.

- `hit(key)` counts one event and says whether it was within the limit (an event over the limit is not
  counted, so a client that keeps sending is let through again as soon as its window has room);
- `full(key)` says whether the next event would be refused, without counting (login throttling checks
  before spending an argon2 verification, and counts failures only);
- `clear(key)` forgets a key (an admin lifting a login throttle).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from pyrate_limiter import Duration, InMemoryBucket, Rate, RateItem

__all__ = ["Duration", "KeyedLimit", "Rate"]
_SWEEP_EVERY = 1000  # hits between sweeps of the buckets that have emptied


def _milliseconds() -> int:
    return int(time.time() * 1000)


class KeyedLimit:
    def __init__(self, name: str, rates: list[Rate], clock: Callable[[], int] = _milliseconds) -> None:
        self.name = name
        self.rates = sorted(rates, key=lambda rate: rate.interval)
        self._clock = clock
        self._buckets: dict[str, InMemoryBucket] = {}
        self._lock = threading.Lock()  # hits come from the event loop and from worker threads
        self._hits = 0

    def hit(self, key: str) -> bool:
        """Count one event for `key`; False (and not counted) when it is over the limit."""
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = InMemoryBucket(self.rates)
            bucket.leak(now)
            allowed = bucket.put(RateItem(key, now))
            self._hits += 1
            if self._hits % _SWEEP_EVERY == 0:
                self._sweep(now)
            return allowed

    def full(self, key: str) -> bool:
        """Whether the next event for `key` would be refused (nothing is counted)."""
        return self.retry_after_seconds(key) > 0

    def retry_after_seconds(self, key: str) -> int:
        """Seconds until `key` may act again (0 when it may now)."""
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get(key)
            timestamps = [item.timestamp for item in bucket.items] if bucket is not None else []
        return self._wait_seconds(timestamps, now)

    def _wait_seconds(self, timestamps: list[int], now: int) -> int:
        """Seconds until one more event fits every rate, given the counted events' times (oldest first)."""
        waits = []
        for rate in self.rates:
            recent = [stamp for stamp in timestamps if stamp > now - rate.interval]
            if len(recent) >= rate.limit:
                waits.append(recent[len(recent) - rate.limit] + rate.interval - now)
        return max(0, -(-max(waits, default=0) // 1000))

    def clear(self, key: str) -> None:
        with self._lock:
            self._buckets.pop(key, None)

    def any_full(self, prefix: str) -> bool:
        """Whether any key starting with `prefix` is over its limit."""
        with self._lock:
            keys = [key for key in self._buckets if key.startswith(prefix)]
        return any(self.full(key) for key in keys)

    def clear_prefix(self, prefix: str) -> None:
        with self._lock:
            for key in [key for key in self._buckets if key.startswith(prefix)]:
                del self._buckets[key]

    def _sweep(self, now: int) -> None:
        for bucket in self._buckets.values():
            bucket.leak(now)
        for key in [key for key, bucket in self._buckets.items() if not bucket.items]:
            del self._buckets[key]

