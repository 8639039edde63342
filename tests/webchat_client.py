"""A web chat client for tests: a real socket.io connection speaking the widget's protocol."""

from __future__ import annotations

import asyncio
from typing import Any

import socketio

from bot.channels.webchat import conversation_of


class WebChatClient:
    """Connects, asks for a session (optionally offering a session id) and keeps every bot message it gets."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.token: str | None = None
        self.received: asyncio.Queue[str] = asyncio.Queue()
        self._confirmed = asyncio.Event()
        self._client = socketio.AsyncClient()
        self._client.on("bot_uttered", lambda data: self.received.put_nowait((data or {}).get("text", "")))
        self._client.on("session_confirm", self._on_confirm)

    def _on_confirm(self, token: Any) -> None:
        self.token = token
        self._confirmed.set()

    @property
    def conversation_id(self) -> str | None:
        return conversation_of(self.token)

    async def connect(self, session_id: Any = None) -> str:
        """Connect and request a session; the token the server confirmed."""
        await self._client.connect(self.url, socketio_path="/socket.io", transports=["websocket"])
        return await self.request_session(session_id)

    async def request_session(self, session_id: Any = None) -> str:
        self._confirmed.clear()
        await self._client.emit("session_request", {"session_id": session_id})
        await asyncio.wait_for(self._confirmed.wait(), 30)
        assert isinstance(self.token, str)
        return self.token

    async def send(self, text: str, session_id: Any = None) -> None:
        """Send a message; `session_id` in the body is what a client may claim (the server ignores it)."""
        await self._client.emit("user_uttered", {"message": text, "session_id": session_id or self.token})

    async def replies(self, first_timeout: float = 60, quiet: float = 3) -> list[str]:
        """The replies to one message: the first within first_timeout, the rest until `quiet` seconds pass."""
        batch = [await asyncio.wait_for(self.received.get(), first_timeout)]
        while True:
            try:
                batch.append(await asyncio.wait_for(self.received.get(), quiet))
            except asyncio.TimeoutError:
                return batch

    async def ask(self, text: str) -> list[str]:
        await self.send(text)
        return await self.replies()

    async def close(self) -> None:
        await self._client.disconnect()
