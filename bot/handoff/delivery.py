"""Sending a staff message into the patient's own channel: one class per channel.

Runs in the Rasa server process, which holds the channels (socket.io sockets exist only there).
A delivery sends the text live where the channel can; the API (bot.handoff.rasa_api) then stores
it in the conversation. Adding a channel is one class and one entry in `DELIVERIES`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any, ClassVar

import sqlalchemy as sa

from bot.channels.messenger.graph import GraphError, window_for
from bot.channels.messenger.inbox import last_patient_message_at
from bot.channels.messenger.webhook import COMMENT_PREFIX
from bot.storage.database import app_database
from bot.storage.models import SecureSession, utc_now


@dataclass(frozen=True)
class Delivered:
    """What happened to a staff message. status: delivered (the patient sees it now) | stored
    (kept in the conversation; the patient is not connected, or the channel has no push)."""

    status: str
    detail: str = ""


class DeliveryFailed(Exception):
    """The channel refused or could not be reached; the message was not sent (nor stored)."""


class Delivery:
    """Sends text to one conversation on one channel. Subclasses set `channel` and `send`."""

    channel: ClassVar[str] = ""

    def __init__(self, input_channels: list[Any]) -> None:
        self.input_channels = input_channels

    def input_channel(self) -> Any | None:
        return next((c for c in self.input_channels if c.name() == self.channel), None)

    async def send(self, conversation_id: str, text: str) -> Delivered:
        raise NotImplementedError


class WebChatDelivery(Delivery):
    """socket.io: emitted to the conversation's room (the browser tab that holds the session)."""

    channel = "socketio"

    async def send(self, conversation_id: str, text: str) -> Delivered:
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
            return Delivered("stored", "the patient has left the web chat; the message is kept in the conversation")
        try:
            await sio.emit(socketio.bot_message_evt, {"text": text}, room=conversation_id, namespace=namespace)
        except Exception as error:  # noqa: BLE001 - any socket failure is reported to the agent
            raise DeliveryFailed(f"the web chat could not send it ({type(error).__name__})") from error
        return Delivered("delivered")


class SecureChatDelivery(Delivery):
    """The secure chat page polls its transcript: storing the message is the delivery."""

    channel = "secure"

    async def send(self, conversation_id: str, text: str) -> Delivered:
        def session_open() -> bool:
            with app_database().session() as session:
                return session.scalars(
                    sa.select(SecureSession.token_hash).where(
                        SecureSession.conversation_id == conversation_id, SecureSession.expires_at > utc_now()
                    )
                ).first() is not None

        if await asyncio.to_thread(session_open):
            return Delivered("delivered")
        return Delivered("stored", "the patient's secure chat session has ended; the message is kept")


class RestDelivery(Delivery):
    """REST clients get replies in their request's response only: the message is stored for them."""

    channel = "rest"

    async def send(self, conversation_id: str, text: str) -> Delivered:
        return Delivered("stored", "REST clients read staff messages from the conversation")


class MessengerDelivery(Delivery):
    """Messenger's Send API, within the policy's windows: a normal reply up to 24 hours after the
    patient's last message, then with the HUMAN_AGENT tag up to 7 days, then not at all."""

    channel = "messenger"

    async def send(self, conversation_id: str, text: str) -> Delivered:
        messenger = self.input_channel()
        if messenger is None:
            raise DeliveryFailed("the Messenger channel is not running")
        last = await asyncio.to_thread(last_patient_message_at, app_database(), conversation_id)
        try:
            window = window_for(last, from_staff=True)
            await messenger.graph.send_text(conversation_id, text, window)
        except GraphError as error:
            raise DeliveryFailed(f"Messenger: {error.reason}") from error
        if window.tag:
            return Delivered("delivered", "sent with Messenger's HUMAN_AGENT tag (the patient wrote over 24 hours ago)")
        return Delivered("delivered")


class CommentDelivery(Delivery):
    """A page comment's author is reached by a private reply to the comment (Facebook allows one)."""

    channel = "facebook_comments"

    async def send(self, conversation_id: str, text: str) -> Delivered:
        messenger = next((c for c in self.input_channels if c.name() == "messenger"), None)
        if messenger is None:
            raise DeliveryFailed("the Messenger channel is not running")
        try:
            await messenger.graph.private_reply(conversation_id.removeprefix(COMMENT_PREFIX), text)
        except GraphError as error:
            raise DeliveryFailed(
                f"Facebook refused a private reply to the comment ({error.reason}); it allows one per comment, "
                "within 7 days: ask the patient to message the page"
            ) from error
        return Delivered("delivered", "sent privately in Messenger to the comment's author")


DELIVERIES: dict[str, type[Delivery]] = {
    d.channel: d for d in (WebChatDelivery, SecureChatDelivery, RestDelivery, MessengerDelivery, CommentDelivery)
}


def delivery_for(channel: str | None, input_channels: list[Any]) -> Delivery:
    if channel not in DELIVERIES:
        raise DeliveryFailed(f"staff messages cannot be sent to the {channel or 'unknown'} channel")
    return DELIVERIES[channel](input_channels)
