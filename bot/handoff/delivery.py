"""Sending a staff message into the patient's own channel: one class per channel, in one registry.

Runs in the Rasa server process, which holds the channels (socket.io sockets exist only there).
A delivery sends the text live where the channel can; the API (bot.handoff.rasa_api) then stores
it in the conversation. Adding a channel is one class decorated with `register`: the web chat's,
the secure chat's and REST's are here (they need nothing of their channel's code); a channel with
its own client registers its own from its package (Messenger and page comments:
bot.channels.messenger.delivery, loaded with the Messenger channel), so handoff imports no channel.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any, ClassVar

import sqlalchemy as sa

from bot.storage.database import app_database
from bot.storage.models import SecureSession, utc_now


@dataclass(frozen=True)
class DeliveryResult:
    """What happened to a staff message, one type from the channel's delivery to the console's page (and the
    staff_replies row's status). status: delivered (the patient sees it now) | stored (kept in the conversation;
    the patient is not connected, or the channel has no push) | failed (not sent; `detail` says why)."""

    status: str
    detail: str = ""

    def as_json(self) -> dict[str, str]:
        return {"status": self.status, "detail": self.detail}

    @classmethod
    def from_json(cls, payload: dict[str, Any]) -> DeliveryResult:
        """The handoff API's answer read back (a resume with nothing to announce has no delivery status: nothing is
        left to deliver, so it counts as delivered)."""
        status = payload.get("status")
        return cls(status if status in ("delivered", "stored", "failed") else "delivered", payload.get("detail") or "")


class DeliveryFailed(Exception):
    """The channel refused or could not be reached; the message was not sent (nor stored)."""


class Delivery:
    """Sends text to one conversation on one channel. Subclasses set `channel` and `send`, and are registered."""

    channel: ClassVar[str] = ""

    def __init__(self, input_channels: list[Any]) -> None:
        self.input_channels = input_channels

    def input_channel(self) -> Any | None:
        return next((c for c in self.input_channels if c.name() == self.channel), None)

    async def send(self, conversation_id: str, text: str) -> DeliveryResult:
        raise NotImplementedError


# The registry: channel name -> its delivery. The one place staff messages are dispatched from (delivery_for).
DELIVERIES: dict[str, type[Delivery]] = {}


def register(delivery: type[Delivery]) -> type[Delivery]:
    """Class decorator: staff messages to conversations of `delivery.channel` are sent with this class."""
    existing = DELIVERIES.get(delivery.channel)
    if existing is not None and existing.__qualname__ != delivery.__qualname__:
        raise ValueError(f"two deliveries for the {delivery.channel} channel")
    DELIVERIES[delivery.channel] = delivery
    return delivery


@register
class WebChatDelivery(Delivery):
    """socket.io: emitted to the conversation's room (the browser tab that holds the session)."""

    channel = "socketio"

    async def send(self, conversation_id: str, text: str) -> DeliveryResult:
        socketio = self.input_channel()
        sio = getattr(socketio, "sio", None)
        if sio is None:
            raise DeliveryFailed("the web chat channel is not running")
        namespace = socketio.namespace or "/"
        try:
            present = any(True for _ in sio.manager.get_participants(namespace, conversation_id))
        except KeyError:  # python-socketio drops a namespace when its last client leaves
            present = False
        if not present:
            return DeliveryResult("stored",
                                  "the patient has left the web chat; the message is kept in the conversation")
        try:
            await sio.emit(socketio.bot_message_evt, {"text": text}, room=conversation_id, namespace=namespace)
        except Exception as error:  # noqa: BLE001 - any socket failure is reported to the agent
            raise DeliveryFailed(f"the web chat could not send it ({type(error).__name__})") from error
        return DeliveryResult("delivered")


@register
class SecureChatDelivery(Delivery):
    """The secure chat page polls its transcript: storing the message is the delivery."""

    channel = "secure"

    async def send(self, conversation_id: str, text: str) -> DeliveryResult:
        def session_open() -> bool:
            with app_database().session() as session:
                return session.scalars(
                    sa.select(SecureSession.token_hash).where(
                        SecureSession.conversation_id == conversation_id, SecureSession.expires_at > utc_now()
                    )
                ).first() is not None

        if await asyncio.to_thread(session_open):
            return DeliveryResult("delivered")
        return DeliveryResult("stored", "the patient's secure chat session has ended; the message is kept")


@register
class RestDelivery(Delivery):
    """REST clients get replies in their request's response only: the message is stored for them."""

    channel = "rest"

    async def send(self, conversation_id: str, text: str) -> DeliveryResult:
        return DeliveryResult("stored", "REST clients read staff messages from the conversation")


def delivery_for(channel: str | None, input_channels: list[Any]) -> Delivery:
    """The registered delivery for the channel a conversation id names."""
    if channel not in DELIVERIES:
        raise DeliveryFailed(f"staff messages cannot be sent to the {channel or 'unknown'} channel")
    return DELIVERIES[channel](input_channels)
