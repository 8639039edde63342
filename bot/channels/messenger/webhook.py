"""Meta's webhook: the signature check and the payload parsed into events (every entry, every event).

Payload shapes: https://developers.facebook.com/docs/messenger-platform/webhooks (messaging, standby,
handover) and https://developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed (comments).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, ClassVar

from bot import conversation_ids

logger = logging.getLogger(__name__)

HANDOVER_KINDS = ("pass_thread_control", "take_thread_control", "request_thread_control", "app_roles")
IGNORED_KINDS = ("delivery", "read", "reaction", "message_edit", "optin", "referral", "account_linking")


# A page comment is its own conversation: fbcomment-<comment id> (bot.conversation_ids).
COMMENT_PREFIX = conversation_ids.PREFIXES[conversation_ids.COMMENTS]


def comment_conversation(comment_id: str) -> str:
    return f"{COMMENT_PREFIX}{comment_id}"


class MalformedWebhook(ValueError):
    """The body is not a webhook Meta would send (the reason names what is wrong, never any text)."""


def signature_valid(body: bytes, headers: Any, app_secret: str, allow_sha1: bool = False) -> bool:
    """X-Hub-Signature-256 ("sha256=<hex HMAC of the raw body with the app secret>"), compared in
    constant time; the sha1 X-Hub-Signature only where it is allowed (older apps)."""
    if not app_secret:
        return False
    candidates = [("X-Hub-Signature-256", "sha256", hashlib.sha256)]
    if allow_sha1:
        candidates.append(("X-Hub-Signature", "sha1", hashlib.sha1))
    for header, prefix, digest in candidates:
        given = headers.get(header)
        if given:
            expected = f"{prefix}=" + hmac.new(app_secret.encode(), body, digest).hexdigest()
            return hmac.compare_digest(given.strip().lower().encode(), expected.encode())
    return False


def _time(value: Any, milliseconds: bool) -> datetime:
    try:
        seconds = float(value) / (1000 if milliseconds else 1)
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Event:
    kind: ClassVar[str] = ""
    sender: str
    occurred_at: datetime

    @property
    def key(self) -> str | None:
        """The deduplication key; None for events that are not stored (nothing to answer)."""
        return None

    def to_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["occurred_at"] = self.occurred_at.isoformat()
        return {"kind": self.kind, **record}


@dataclass(frozen=True)
class Attachment:
    type: str  # image | video | audio | file | location | fallback | template
    sticker: bool = False


@dataclass(frozen=True)
class Message(Event):
    kind: ClassVar[str] = "message"
    mid: str = ""
    text: str = ""
    quick_reply: str | None = None
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)

    @property
    def key(self) -> str:
        return f"message:{self.mid}"


@dataclass(frozen=True)
class Postback(Event):
    kind: ClassVar[str] = "postback"
    mid: str = ""
    title: str = ""
    payload: str = ""

    @property
    def key(self) -> str:
        return f"postback:{self.mid or self.sender + ':' + str(int(self.occurred_at.timestamp() * 1000))}"


@dataclass(frozen=True)
class Comment(Event):
    """A new comment on one of the page's posts (sender = the commenter)."""

    kind: ClassVar[str] = "comment"
    comment_id: str = ""
    post_id: str = ""
    text: str = ""

    @property
    def key(self) -> str:
        return f"comment:{self.comment_id}"


@dataclass(frozen=True)
class Handover(Event):
    """Handover protocol: another app (e.g. the Page Inbox) takes, passes or requests the thread."""

    kind: ClassVar[str] = "handover"
    action: str = ""


@dataclass(frozen=True)
class Standby(Event):
    """A patient's message while another app has the thread: not answered, but it keeps the
    Messenger window open for staff replies, so it is stored (without its text)."""

    kind: ClassVar[str] = "standby"
    mid: str = ""

    @property
    def key(self) -> str:
        return f"standby:{self.mid}"


@dataclass(frozen=True)
class Ignored(Event):
    """Nothing to answer: echoes of the page's own messages, deliveries, reads, standby, unknown kinds."""

    kind: ClassVar[str] = "ignored"
    reason: str = ""


EVENT_TYPES: dict[str, type[Event]] = {t.kind: t for t in (Message, Postback, Comment)}


def from_record(record: dict[str, Any]) -> Event:
    """An event stored by `Event.to_record`."""
    values = dict(record)
    event_type = EVENT_TYPES[values.pop("kind")]
    values["occurred_at"] = datetime.fromisoformat(values["occurred_at"])
    if "attachments" in values:
        values["attachments"] = tuple(Attachment(**a) for a in values["attachments"])
    return event_type(**values)


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _messaging_event(raw: Any, standby: bool) -> Event:
    if not isinstance(raw, dict) or not isinstance(raw.get("sender"), dict):
        return Ignored("", datetime.now(timezone.utc), "malformed")
    sender = str(raw["sender"].get("id") or "")
    when = _time(raw.get("timestamp"), milliseconds=True)
    if not sender:
        return Ignored("", when, "malformed")
    message = raw.get("message")
    if standby:  # another app (the Page Inbox) has the thread: it answers, not us
        mid = _str(message.get("mid")) if isinstance(message, dict) and not message.get("is_echo") else ""
        return Standby(sender, when, mid=mid) if mid else Ignored(sender, when, "standby")
    if isinstance(message, dict):
        if message.get("is_echo"):
            return Ignored(sender, when, "echo")
        mid = _str(message.get("mid"))
        if not mid:
            return Ignored(sender, when, "malformed")
        quick = message.get("quick_reply")
        attachments = tuple(
            Attachment(_str(a.get("type")) or "unknown",
                       sticker=isinstance(a.get("payload"), dict) and "sticker_id" in a["payload"])
            for a in message.get("attachments") or [] if isinstance(a, dict)
        )
        return Message(sender, when, mid=mid, text=_str(message.get("text")),
                       quick_reply=_str(quick.get("payload")) or None if isinstance(quick, dict) else None,
                       attachments=attachments)
    postback = raw.get("postback")
    if isinstance(postback, dict):
        return Postback(sender, when, mid=_str(postback.get("mid")), title=_str(postback.get("title")),
                        payload=_str(postback.get("payload")))
    for kind in HANDOVER_KINDS:
        if kind in raw:
            return Handover(sender, when, action=kind)
    kind = next((k for k in raw if k not in ("sender", "recipient", "timestamp")), "unknown")
    return Ignored(sender, when, kind if kind in IGNORED_KINDS else f"unknown:{kind[:32]}")


def _feed_change(page_id: str, change: Any) -> Event:
    value = change.get("value") if isinstance(change, dict) else None
    if not isinstance(change, dict) or change.get("field") != "feed" or not isinstance(value, dict):
        return Ignored("", datetime.now(timezone.utc), "unknown change")
    when = _time(value.get("created_time"), milliseconds=False)
    commenter = value.get("from") if isinstance(value.get("from"), dict) else {}
    comment_id = _str(value.get("comment_id"))
    # Meta leaves "from" out when the app may not see who commented: the comment is still answered.
    sender = str(commenter.get("id") or "") or comment_conversation(comment_id)
    if value.get("item") != "comment" or value.get("verb") != "add":
        return Ignored(sender, when, f"feed {_str(value.get('item'))[:16]} {_str(value.get('verb'))[:16]}")
    if sender == page_id:  # the page's own replies come back as comments too
        return Ignored(sender, when, "own comment")
    if not comment_id:
        return Ignored(sender, when, "malformed")
    return Comment(sender, when, comment_id=comment_id, post_id=_str(value.get("post_id")),
                   text=_str(value.get("message")))


def events_in(body: Any) -> list[Event]:
    """Every event of a webhook body, in the order Meta listed them."""
    if not isinstance(body, dict) or not isinstance(body.get("entry"), list):
        raise MalformedWebhook("expected an object with an 'entry' list")
    if body.get("object") != "page":
        raise MalformedWebhook("only 'page' webhooks are handled")
    events: list[Event] = []
    for entry in body["entry"]:
        if not isinstance(entry, dict):
            raise MalformedWebhook("each entry must be an object")
        page_id = str(entry.get("id") or "")
        for name, standby in (("messaging", False), ("standby", True)):
            events.extend(_messaging_event(raw, standby) for raw in entry.get(name) or [])
        events.extend(_feed_change(page_id, change) for change in entry.get("changes") or [])
    return events
