"""The public web chat's socket.io channel: the server owns each browser's conversation.

Rasa's SocketIOInput lets the browser name its conversation: `session_request` joins whatever room the
client asks for, and every `user_uttered` carries its own `session_id`. Anyone who learned an id (the
console shows them, so does the audit log) could join that conversation and receive its staff replies.
Here:
- at `session_request` the server issues a session token, `<random>.<signature>` (HMAC-SHA256 with a key
  derived from SECURE_LINK_SECRET), and sends it with `session_confirm`; rasa-webchat and our widget keep
  it and send it back on reconnection. A token the server did not sign (or none) gets a fresh one.
- the conversation id is derived from the token's random part with another HMAC: `web-<32 hex>`. Knowing a
  conversation id gives no way back to its token, so it cannot be used to join.
- `user_uttered` is bound to the socket's session (kept by python-socketio per connection); the
  `session_id` in its body is ignored.
- only origins in ALLOWED_ORIGINS may open a socket (python-engineio's CORS check), and a socket.io
  message may carry at most MAX_SOCKET_MESSAGE_BYTES.
Messages then go through the same ingress as every channel (bot.channels.guard).
With REDIS_URL set (several workers, `make run-cluster`), python-socketio's Redis manager carries every emit to the
worker that holds the socket, and `bot.cluster.presence` knows which conversations have a tab open anywhere.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncRedisManager, AsyncServer

from bot import conversation_ids
from bot.channels.guard import guarded
from bot.channels.limits import PUBLIC_MAX_BODY_BYTES, client_address
from bot.cluster.presence import presence_for
from bot.handoff.delivery import Delivery, DeliveryFailed, DeliveryResult, register
from bot.secure.keys import derived_key
from bot.settings import load_settings

logger = logging.getLogger(__name__)

MAX_SOCKET_MESSAGE_BYTES = PUBLIC_MAX_BODY_BYTES
NO_SESSION_REPLY = "Sorry, this chat session isn't ready. Please reload the page and try again."
_TOKEN_RANDOM_BYTES = 24


def _mac(purpose: str, random_part: str) -> bytes:
    return hmac.new(derived_key("webchat-session"), f"{purpose}:{random_part}".encode(), hashlib.sha256).digest()


def _signature(random_part: str) -> str:
    return base64.urlsafe_b64encode(_mac("token", random_part)[:18]).decode("ascii")


def new_session_token() -> str:
    random_part = secrets.token_urlsafe(_TOKEN_RANDOM_BYTES)
    return f"{random_part}.{_signature(random_part)}"


def conversation_of(token: Any) -> str | None:
    """The conversation a session token opens, or None if the server did not sign it."""
    if not isinstance(token, str) or len(token) > 128 or token.count(".") != 1:
        return None
    random_part, signature = token.split(".")
    if not random_part or not hmac.compare_digest(signature.encode(), _signature(random_part).encode()):
        return None
    prefix = conversation_ids.PREFIXES[conversation_ids.WEB_CHAT]
    return prefix + _mac("conversation", random_part)[:16].hex()


class WebChatInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return conversation_ids.WEB_CHAT

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        handle = guarded(on_new_message)
        settings = load_settings()
        redis_url = settings.databases.redis_url
        sio = AsyncServer(
            async_mode="sanic",
            cors_allowed_origins=list(settings.servers.allowed_origins),
            max_http_buffer_size=MAX_SOCKET_MESSAGE_BYTES,
            client_manager=AsyncRedisManager(redis_url, channel="riverbend-socketio") if redis_url else None,
        )
        webhook = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio  # the handoff delivery emits staff replies through it
        namespace = self.namespace
        self.presence = presence = presence_for(sio, namespace or "/", redis_url)

        @webhook.listener("after_server_start")
        async def start_heartbeat(app: Any, _: Any) -> None:
            app.add_task(presence.beat_forever())

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=namespace)
        async def connect(sid: str, handshake: dict, auth: Any = None) -> None:
            request = handshake.get("sanic.request")  # socket.io passes the handshake request as a WSGI-style dict
            async with sio.session(sid, namespace=namespace) as session:
                session["address"] = client_address(request) if request is not None else None

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: str, data: Any) -> None:
            asked = data.get("session_id") if isinstance(data, dict) else None
            conversation = conversation_of(asked)
            token = asked if conversation is not None else new_session_token()
            conversation = conversation or conversation_of(token)
            async with sio.session(sid, namespace=namespace) as session:
                previous = session.get("conversation")
                if previous and previous != conversation:
                    sio.leave_room(sid, previous, namespace=namespace)
                    await presence.left(previous, sid)
                session["conversation"] = conversation
            sio.enter_room(sid, conversation, namespace=namespace)
            await presence.joined(conversation, sid)
            await sio.emit("session_confirm", token, room=sid, namespace=namespace)

        @sio.on("disconnect", namespace=namespace)
        async def disconnect(sid: str) -> None:
            session = await sio.get_session(sid, namespace=namespace)
            if session.get("conversation"):
                await presence.left(session["conversation"], sid)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def user_uttered(sid: str, data: Any) -> None:
            session = await sio.get_session(sid, namespace=namespace)
            conversation = session.get("conversation")
            if conversation is None:  # no session_request yet: nothing to bind the message to
                await sio.emit(self.bot_message_evt, {"text": NO_SESSION_REPLY}, room=sid, namespace=namespace)
                return
            text = data.get("message") if isinstance(data, dict) else None
            output = SocketIOOutput(sio, self.bot_message_evt)
            await handle(UserMessage(text, output, conversation, input_channel=self.name()), session.get("address"))

        return webhook


@register
class WebChatDelivery(Delivery):
    """socket.io: emitted to the conversation's room (the browser tab that holds the session, on any worker)."""

    channel = "socketio"

    async def send(self, conversation_id: str, text: str) -> DeliveryResult:
        socketio = self.input_channel()
        sio = getattr(socketio, "sio", None)
        if sio is None:
            raise DeliveryFailed("the web chat channel is not running")
        namespace = socketio.namespace or "/"
        if not await socketio.presence.present(conversation_id):
            return DeliveryResult("stored",
                                  "the patient has left the web chat; the message is kept in the conversation")
        try:
            await sio.emit(socketio.bot_message_evt, {"text": text}, room=conversation_id, namespace=namespace)
        except Exception as error:  # noqa: BLE001 - any socket failure is reported to the agent
            raise DeliveryFailed(f"the web chat could not send it ({type(error).__name__})") from error
        return DeliveryResult("delivered")
