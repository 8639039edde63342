"""Sending a staff message into the patient's own channel: one class per channel, in one registry.

Runs in the Rasa server process, which holds the channels (socket.io sockets exist only there).
A delivery sends the text live where the channel can; the API (bot.handoff.rasa_api) then stores
it in the conversation. Each channel owns its delivery, a class decorated with `register` in the
channel's own module, registered when Rasa loads the channel from credentials.yml: the web chat's
in bot.channels.webchat, the secure chat's in bot.channels.secure_chat.delivery, REST's in
bot.channels.rest, Messenger's and page comments' in bot.channels.messenger.delivery. So handoff
imports no channel, and this module is the one place staff messages are dispatched from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar


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


def delivery_for(channel: str | None, input_channels: list[Any]) -> Delivery:
    """The registered delivery for the channel a conversation id names."""
    if channel not in DELIVERIES:
        raise DeliveryFailed(f"staff messages cannot be sent to the {channel or 'unknown'} channel")
    return DELIVERIES[channel](input_channels)
