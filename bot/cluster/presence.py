"""Whether a conversation has a web chat tab open, on this worker or any other.

A staff reply is reported "delivered" only when a browser holds the conversation, else "stored" (the console
shows which). One process knows its own sockets (python-socketio's rooms); several workers behind nginx share a
Redis hash per conversation, socket id -> worker, and each worker's heartbeat key: a worker killed without
closing its sockets stops counting once its heartbeat expires.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from typing import Any

from bot.cluster import redis_client

logger = logging.getLogger(__name__)

KEY_PREFIX = redis_client.KEY_PREFIX + "webchat:"
HEARTBEAT_SECONDS = 10
# A worker whose heartbeat is older than this is gone, with its sockets.
WORKER_TIMEOUT_SECONDS = 3 * HEARTBEAT_SECONDS
# A conversation's entry outlives its last activity by a day at most (a tab left open that long reconnects).
ENTRY_SECONDS = 24 * 3600


class LocalPresence:
    """One process: the sockets python-socketio holds here."""

    def __init__(self, sio: Any, namespace: str) -> None:
        self.sio, self.namespace = sio, namespace

    async def joined(self, conversation_id: str, sid: str) -> None:
        """Nothing to record: python-socketio's rooms are the record."""

    async def left(self, conversation_id: str, sid: str) -> None:
        """As for joined."""

    async def present(self, conversation_id: str) -> bool:
        try:
            return any(True for _ in self.sio.manager.get_participants(self.namespace, conversation_id))
        except KeyError:  # python-socketio drops a namespace when its last client leaves
            return False

    async def beat_forever(self) -> None:
        """No other worker to tell."""


class SharedPresence:
    """Several workers: who holds which conversation, in Redis."""

    def __init__(self, url: str) -> None:
        self.redis = redis_client.async_client(url)
        self.worker = secrets.token_hex(8)

    @staticmethod
    def _conversation_key(conversation_id: str) -> str:
        return f"{KEY_PREFIX}conversation:{conversation_id}"

    def _worker_key(self, worker: str) -> str:
        return f"{KEY_PREFIX}worker:{worker}"

    async def joined(self, conversation_id: str, sid: str) -> None:
        key = self._conversation_key(conversation_id)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(self._worker_key(self.worker), "1", ex=WORKER_TIMEOUT_SECONDS)
            pipe.hset(key, sid, self.worker)
            pipe.expire(key, ENTRY_SECONDS)
            await pipe.execute()

    async def left(self, conversation_id: str, sid: str) -> None:
        await self.redis.hdel(self._conversation_key(conversation_id), sid)

    async def present(self, conversation_id: str) -> bool:
        holders = {worker.decode() for worker in await self.redis.hvals(self._conversation_key(conversation_id))}
        if not holders:
            return False
        alive = await self.redis.exists(*(self._worker_key(worker) for worker in holders))
        return alive > 0

    async def beat_forever(self) -> None:
        """This worker's heartbeat, every HEARTBEAT_SECONDS while the server runs."""
        while True:
            try:
                await self.redis.set(self._worker_key(self.worker), "1", ex=WORKER_TIMEOUT_SECONDS)
            except Exception as error:  # noqa: BLE001 - Redis away for a moment: try again at the next beat
                logger.warning("Web chat presence heartbeat failed (%s).", type(error).__name__)
            await asyncio.sleep(HEARTBEAT_SECONDS)


def presence_for(sio: Any, namespace: str, redis_url: str) -> LocalPresence | SharedPresence:
    return SharedPresence(redis_url) if redis_url else LocalPresence(sio, namespace)
