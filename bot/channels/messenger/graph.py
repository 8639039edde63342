"""The Graph API client: Send API, private replies to comments, public comment replies, hiding.

Every call has a timeout; a 5xx, a rate limit (HTTP 429 or Meta's throttling codes) or a network
error is retried with exponential backoff; anything else fails at once with Meta's reason. The page
access token travels in the Authorization header, so it is never part of a URL that could be logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import aiohttp

from bot.channels.messenger.config import MessengerConfig

logger = logging.getLogger(__name__)

# Meta's throttling error codes (https://developers.facebook.com/docs/graph-api/overview/rate-limiting).
RATE_LIMIT_CODES = {4, 17, 32, 613, 80001, 80006}
ALREADY_REPLIED = 10900  # a private reply to a comment that already has one
STANDARD_WINDOW = timedelta(hours=24)  # after the patient's last message: any reply (messaging_type RESPONSE)
HUMAN_AGENT_WINDOW = timedelta(days=7)  # then, for a person's reply only: tag HUMAN_AGENT
TEXT_LIMIT = 2000  # characters in one Messenger text message
QUICK_REPLY_TITLE_LIMIT = 20
QUICK_REPLY_LIMIT = 13


class GraphError(Exception):
    """A Graph API call failed for good. `reason` is safe to log and to show staff (no message text)."""

    def __init__(self, reason: str, status: int | None = None, code: int | None = None) -> None:
        super().__init__(reason)
        self.reason, self.status, self.code = reason, status, code


class OutsideMessagingWindow(GraphError):
    """Messenger's policy forbids this message now (too long since the patient last wrote)."""


@dataclass(frozen=True)
class Window:
    """How a message may be sent, given the time since the patient's last message."""

    messaging_type: str
    tag: str | None = None


def window_for(last_user_message: datetime | None, from_staff: bool, now: datetime | None = None) -> Window:
    now = now or datetime.now(timezone.utc)
    if last_user_message is None:
        raise OutsideMessagingWindow("the patient has not written on Messenger recently, so Messenger "
                                     "does not allow a message to them")
    age = now - last_user_message
    if age <= STANDARD_WINDOW:
        return Window("RESPONSE")
    if from_staff and age <= HUMAN_AGENT_WINDOW:
        return Window("MESSAGE_TAG", "HUMAN_AGENT")
    limit = "7 days" if from_staff else "24 hours"
    raise OutsideMessagingWindow(f"the patient last wrote more than {limit} ago, so Messenger does not "
                                 "allow a message to them; please reach them another way")


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Messenger's 2,000-character limit: split at paragraph, then line, then word boundaries."""
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = max(rest.rfind(sep, 0, limit) for sep in ("\n\n", "\n", " "))
        cut = cut if cut > limit // 2 else limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return [*parts, rest] if rest else parts


def quick_replies(buttons: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Rasa buttons ({"title", "payload"}) as Messenger quick replies."""
    return [
        {"content_type": "text", "title": str(b.get("title", ""))[:QUICK_REPLY_TITLE_LIMIT],
         "payload": str(b.get("payload", ""))[:1000]}
        for b in buttons[:QUICK_REPLY_LIMIT] if b.get("title") and b.get("payload")
    ]


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


class GraphClient:
    def __init__(self, config: MessengerConfig) -> None:
        self.config = config
        self._session: aiohttp.ClientSession | None = None

    async def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self.config.timeout_seconds),
                headers={"Authorization": f"Bearer {self.config.page_access_token}"},
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def call(self, path: str, body: dict[str, Any], attempts: int | None = None,
                   retry_unsure: bool = True) -> dict[str, Any]:
        """POST to the Graph API, retrying what may succeed later. Raises GraphError.

        After a timeout or a dropped connection the request may have reached Meta: it is retried only
        with `retry_unsure` (a repeated Messenger message is better than a lost one; a repeated public
        comment is not). A private reply refused as "already replied" after such a retry had succeeded.
        """
        if not self.config.connected:
            raise GraphError("Messenger is not connected: MESSENGER_PAGE_ACCESS_TOKEN is not set")
        attempts = attempts or self.config.send_attempts
        url = f"{self.config.graph_base}/{path.lstrip('/')}"
        unsure = False  # an earlier attempt may have reached Meta
        for attempt in range(1, attempts + 1):
            retry_after: float | None = None
            try:
                session = await self._client()
                async with session.post(url, json=body) as reply:
                    data = _json_object(await reply.read())
                    if reply.status < 400:
                        return data
                    error = data.get("error") if isinstance(data.get("error"), dict) else {}
                    code = error.get("code") if isinstance(error.get("code"), int) else None
                    if unsure and code == ALREADY_REPLIED:
                        return {}
                    failure = GraphError(
                        f"Graph API answered {reply.status}"
                        + (f" (code {code}: {str(error.get('message', ''))[:160]})" if error else ""),
                        reply.status, code,
                    )
                    transient = reply.status >= 500 or reply.status == 429 or code in RATE_LIMIT_CODES
                    if reply.headers.get("Retry-After", "").isdigit():
                        retry_after = float(reply.headers["Retry-After"])
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                failure = GraphError(f"Graph API unreachable ({type(error).__name__})")
                not_sent = isinstance(error, aiohttp.ClientConnectorError)  # no connection: nothing reached Meta
                unsure = unsure or not not_sent
                transient = not_sent or retry_unsure
            if not transient or attempt == attempts:
                raise failure
            delay = retry_after if retry_after is not None else self.config.retry_base_seconds * 2 ** (attempt - 1)
            delay = min(delay, 30.0) * (0.8 + 0.4 * random.random())  # jitter: retries of many senders spread out
            logger.warning("%s; retry %d of %d in %.1f s", failure.reason, attempt, attempts - 1, delay)
            await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    async def send_message(self, recipient: dict[str, str], message: dict[str, Any], window: Window) -> dict:
        body: dict[str, Any] = {"recipient": recipient, "messaging_type": window.messaging_type, "message": message}
        if window.tag:
            body["tag"] = window.tag
        return await self.call("me/messages", body)

    async def send_text(self, psid: str, text: str, window: Window,
                        buttons: list[dict[str, Any]] | None = None) -> None:
        parts = split_text(text)
        for index, part in enumerate(parts):
            message: dict[str, Any] = {"text": part}
            offered = quick_replies(buttons or [])
            if offered and index == len(parts) - 1:
                message["quick_replies"] = offered
            await self.send_message({"id": psid}, message, window)

    async def typing_on(self, psid: str) -> None:
        """Best effort, one attempt: a missing typing indicator is not worth a delay."""
        try:
            await self.call("me/messages", {"recipient": {"id": psid}, "sender_action": "typing_on"}, attempts=1)
        except GraphError as error:
            logger.info("Typing indicator not shown: %s", error.reason)

    async def private_reply(self, comment_id: str, text: str) -> None:
        """The Private Replies API: one Messenger message to the author of a comment (once, within 7 days)."""
        parts = split_text(text)
        if not parts:
            raise GraphError("nothing to send")
        await self.send_message({"comment_id": comment_id}, {"text": parts[0]}, Window("RESPONSE"))

    async def public_reply(self, comment_id: str, text: str) -> None:
        await self.call(f"{comment_id}/comments", {"message": text}, retry_unsure=False)

    async def hide_comment(self, comment_id: str) -> None:
        await self.call(comment_id, {"is_hidden": True})
