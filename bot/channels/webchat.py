"""The public web chat's socket.io channel: Rasa's, with the same message checks as REST."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from bot.channels.guard import guarded


class WebChatInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        return super().blueprint(guarded(on_new_message))
