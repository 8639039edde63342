"""Webhook payloads shaped as Meta documents them, and signing exactly as Meta does."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from typing import Any

PAGE_ID = "1029384756"
_mids = itertools.count(1)


def new_mid() -> str:
    return f"m_{time.time_ns()}_{next(_mids)}"


def messaging(sender: str, timestamp: int | None = None, **event: Any) -> dict[str, Any]:
    """One entry.messaging[] item: message, postback, delivery, read, pass_thread_control..."""
    return {"sender": {"id": sender}, "recipient": {"id": PAGE_ID},
            "timestamp": timestamp if timestamp is not None else int(time.time() * 1000), **event}


def text_message(sender: str, text: str, mid: str | None = None, timestamp: int | None = None,
                 **extra: Any) -> dict[str, Any]:
    return messaging(sender, timestamp, message={"mid": mid or new_mid(), "text": text, **extra})


def page_webhook(*entries: list[dict[str, Any]], standby: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """{"object": "page", "entry": [...]}: one entry per list of messaging events."""
    body: dict[str, Any] = {"object": "page", "entry": [
        {"id": PAGE_ID, "time": int(time.time() * 1000), "messaging": events} for events in entries
    ]}
    if standby:
        body["entry"].append({"id": PAGE_ID, "time": int(time.time() * 1000), "standby": standby})
    return body


def comment_change(comment_id: str, author: str, text: str, verb: str = "add") -> dict[str, Any]:
    """An entry.changes[] item of the page's feed webhook for a comment."""
    post_id = f"{PAGE_ID}_5550001"
    return {"field": "feed", "value": {
        "from": {"id": author, "name": "Pat Doe"}, "post": {"status_type": "added_photos", "is_published": True,
                                                            "id": post_id},
        "message": text, "post_id": post_id, "comment_id": comment_id, "created_time": int(time.time()),
        "item": "comment", "parent_id": post_id, "verb": verb,
    }}


def comment_webhook(*changes: dict[str, Any]) -> dict[str, Any]:
    return {"object": "page", "entry": [{"id": PAGE_ID, "time": int(time.time() * 1000), "changes": list(changes)}]}


def signed(body: Any, secret: str) -> tuple[bytes, dict[str, str]]:
    """The raw body and headers as Meta sends them: X-Hub-Signature-256 = sha256 HMAC of the body."""
    raw = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    signature = "sha256=" + hmac.new(secret.encode("utf-8"), raw, hashlib.sha256).hexdigest()
    return raw, {"Content-Type": "application/json", "X-Hub-Signature-256": signature}
