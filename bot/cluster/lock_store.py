"""The conversation lock store: one message of a conversation handled at a time, in arrival order, by any worker.

Rasa 3.6's RedisLockStore reads a lock, changes it in Python and writes it back (a synchronous client, no
transaction), so two workers issuing tickets at the same moment can both get the same number. Here every step
is one Lua script, run atomically by Redis:
- `issue`: the next number from a counter, queued in a sorted set, and a key for that ticket that expires after
  LEASE_SECONDS unless its worker renews it (every third of that, while it waits or holds, up to Rasa's lock
  lifetime): a worker killed mid-message holds the conversation for LEASE_SECONDS at most, and a live worker
  stuck for longer than the lock lifetime loses it, as with Rasa's own stores;
- `serving`: drops expired tickets from the head of the queue and says whether the head is ours (or that ours
  expired while waiting: a LockError, as Rasa's own stores raise);
- `release`: removes our ticket; the counter goes with the last one.
With no REDIS_URL (`make run`, one process) Rasa's in-memory lock store does the same job.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, LockStore
from rasa.utils.endpoints import EndpointConfig

from bot.cluster import redis_client

logger = logging.getLogger(__name__)

KEY_PREFIX = redis_client.KEY_PREFIX + "lock:"
# 10 s: a worker whose event loop is busy for longer cannot renew (a first parse traced the model's graph for more than
# 5 s on a loaded machine once, and two workers then handled one conversation at once; the model is warmed at start
# now, bot/server.py). A killed worker holds its conversations this long at most.
LEASE_SECONDS = 10.0
# First wait between checks of the queue; doubled up to MAX_POLL_SECONDS while the conversation stays busy.
FIRST_POLL_SECONDS = 0.005
MAX_POLL_SECONDS = 0.1

_ISSUE = """
local number = redis.call('INCR', KEYS[1])
redis.call('ZADD', KEYS[2], number, number)
redis.call('SET', KEYS[3] .. number, '1', 'PX', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2] * 2)
redis.call('PEXPIRE', KEYS[2], ARGV[2] * 2)
return number
"""
_SERVING = """
if redis.call('EXISTS', KEYS[3] .. ARGV[1]) == 0 then return -1 end
while true do
  local head = redis.call('ZRANGE', KEYS[2], 0, 0)[1]
  if head == nil then return 0 end
  if redis.call('EXISTS', KEYS[3] .. head) == 1 then return tonumber(head) == tonumber(ARGV[1]) and 1 or 0 end
  redis.call('ZREM', KEYS[2], head)
end
"""
_RELEASE = """
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('DEL', KEYS[3] .. ARGV[1])
if redis.call('ZCARD', KEYS[2]) == 0 then redis.call('DEL', KEYS[1], KEYS[2]) end
return 1
"""


class ClusterLockStore(LockStore):
    """Named in endpoints.yml (`lock_store`); Redis tickets when REDIS_URL is set, else in-memory locks."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, url: str | None = None) -> None:
        url = url if url is not None else (endpoint_config.url if endpoint_config is not None else None)
        self.in_memory: InMemoryLockStore | None = None
        self.redis: Any = None
        if not url:
            self.in_memory = InMemoryLockStore()
            return
        self.redis = redis_client.async_client(url)
        self._issue = self.redis.register_script(_ISSUE)
        self._serving = self.redis.register_script(_SERVING)
        self._release = self.redis.register_script(_RELEASE)

    @staticmethod
    def _keys(conversation_id: str) -> list[str]:
        base = KEY_PREFIX + conversation_id
        return [base + ":last", base + ":queue", base + ":ticket:"]

    @asynccontextmanager
    async def lock(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = 1) -> AsyncGenerator[TicketLock, None]:
        if self.in_memory is not None:
            async with self.in_memory.lock(conversation_id, lock_lifetime, wait_time_in_seconds) as lock:
                yield lock
            return
        keys = self._keys(conversation_id)
        lifetime_ms = max(1, int(lock_lifetime * 1000))
        try:
            ticket = int(await self._issue(keys=keys, args=[min(lifetime_ms, int(LEASE_SECONDS * 1000)),
                                                            lifetime_ms]))
        except Exception as error:  # noqa: BLE001 - Redis unreachable: Rasa answers this message with an error
            raise LockError(f"Could not issue a ticket ({type(error).__name__})") from error
        renewing = asyncio.create_task(self._renew(keys[2] + str(ticket), lock_lifetime))
        try:
            await self._wait_for_turn(keys, ticket)
            yield TicketLock(conversation_id)
        finally:
            renewing.cancel()
            try:
                await self._release(keys=keys, args=[ticket])
            except Exception as error:  # noqa: BLE001 - the ticket expires by itself
                logger.warning("Could not release a conversation lock (%s); it expires by itself.",
                               type(error).__name__)

    async def _renew(self, ticket_key: str, lock_lifetime: float) -> None:
        """Keep our ticket alive while this worker is, until Rasa's lock lifetime since it was issued."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + lock_lifetime
        while (remaining := deadline - loop.time()) > 0:
            await asyncio.sleep(min(LEASE_SECONDS / 3, remaining))
            remaining = deadline - loop.time()
            if remaining <= 0:
                return
            try:
                await self.redis.pexpire(ticket_key, max(1, int(min(LEASE_SECONDS, remaining) * 1000)))
            except Exception as error:  # noqa: BLE001 - Redis away for a moment: the next renewal may succeed
                logger.warning("Could not renew a conversation lock (%s).", type(error).__name__)

    async def _wait_for_turn(self, keys: list[str], ticket: int) -> None:
        pause = FIRST_POLL_SECONDS
        while (turn := int(await self._serving(keys=keys, args=[ticket]))) != 1:
            if turn == -1:
                raise LockError(f"The ticket expired before its turn (conversation lock lifetime {LOCK_LIFETIME} s)")
            await asyncio.sleep(pause)
            pause = min(pause * 2, MAX_POLL_SECONDS)

    # Rasa's other lock-store methods are only used through `lock()`, which is replaced above.
    def get_lock(self, conversation_id: str) -> TicketLock | None:
        if self.in_memory is not None:
            return self.in_memory.get_lock(conversation_id)
        raise NotImplementedError("ClusterLockStore locks only through lock()")

    def save_lock(self, lock: TicketLock) -> None:
        if self.in_memory is not None:
            self.in_memory.save_lock(lock)
            return
        raise NotImplementedError("ClusterLockStore locks only through lock()")

    def delete_lock(self, conversation_id: str) -> None:
        if self.in_memory is not None:
            self.in_memory.delete_lock(conversation_id)
            return
        raise NotImplementedError("ClusterLockStore locks only through lock()")
