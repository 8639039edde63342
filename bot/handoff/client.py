"""The console's client for the handoff API on the Rasa server (bot.handoff.rasa_api)."""

from __future__ import annotations

from typing import Any

import aiohttp

from bot.conversation_ids import in_url
from bot.handoff.delivery import DeliveryResult


class HandoffUnavailable(Exception):
    """The Rasa server could not be reached or refused the request; the message says which."""


class HandoffClient:
    def __init__(self, base_url: str, token: str, timeout_seconds: float = 10) -> None:
        self.base_url = base_url.rstrip("/")
        self.headers = {"Authorization": f"Bearer {token}"}
        self.timeout = aiohttp.ClientTimeout(total=timeout_seconds)

    async def _call(self, method: str, conversation_id: str, action: str = "",
                    body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
        url = f"{self.base_url}/handoff/conversations/{in_url(conversation_id)}{'/' + action if action else ''}"
        try:
            async with (
                aiohttp.ClientSession(timeout=self.timeout, headers=self.headers) as session,
                session.request(method, url, json=body) as reply,
            ):
                try:
                    payload = await reply.json(content_type=None)
                except ValueError:
                    payload = {}
                return reply.status, payload if isinstance(payload, dict) else {}
        except (aiohttp.ClientError, TimeoutError) as error:
            raise HandoffUnavailable(f"the assistant server cannot be reached ({type(error).__name__})") from error

    async def transcript(self, conversation_id: str) -> dict[str, Any]:
        status, payload = await self._call("GET", conversation_id)
        if status == 404:
            return {"conversation_id": conversation_id, "messages": [], "paused": False, "channel": None}
        if status != 200:
            raise HandoffUnavailable(payload.get("error") or f"the assistant server answered {status}")
        return payload

    async def send(self, conversation_id: str, text: str, staff_name: str) -> DeliveryResult:
        """What became of a staff message; never raises (a failure is reported, the caller keeps the text)."""
        try:
            status, payload = await self._call(
                "POST", conversation_id, "messages", {"text": text, "staff_name": staff_name}
            )
        except HandoffUnavailable as error:
            return DeliveryResult("failed", str(error))
        if status == 200:
            return DeliveryResult.from_json(payload)
        why = payload.get("detail") or payload.get("error") or f"the assistant server answered {status}"
        return DeliveryResult("failed", why)

    async def pause(self, conversation_id: str) -> None:
        status, payload = await self._call("POST", conversation_id, "pause")
        if status != 200:
            raise HandoffUnavailable(payload.get("error") or f"the assistant server answered {status}")

    async def resume(self, conversation_id: str, text: str) -> DeliveryResult:
        """The bot answers again; the result says what became of the announcement. HandoffUnavailable if not
        resumed."""
        status, payload = await self._call("POST", conversation_id, "resume", {"text": text})
        if status == 200:
            return DeliveryResult.from_json(payload)
        if status == 404:
            return DeliveryResult("failed", "the conversation has no messages to resume")
        if status == 502:  # resumed; only the announcement could not be sent
            return DeliveryResult("failed", payload.get("detail") or "the announcement could not be sent")
        raise HandoffUnavailable(payload.get("error") or f"the assistant server answered {status}")
