"""The handoff API (bot.handoff.rasa_api) in-process: its blueprint mounted as the Rasa server mounts it, on a
Sanic app with a fake agent (tests.fake_rasa), called through Sanic's test client."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from rasa.shared.core.events import Event

# The channels register their deliveries when loaded, as the Rasa server loads them from credentials.yml.
from bot.channels import rest, webchat  # noqa: F401
from bot.channels.messenger import channel  # noqa: F401
from bot.channels.secure_chat import SecureChatInput  # noqa: F401
from bot.handoff.rasa_api import HandoffAPI
from tests.fake_rasa import Server, app_db  # noqa: F401 - a fixture of these tests

TOKEN = "handoff-unit-test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class HandoffServer(Server):
    """The API with the token `TOKEN`; requests carry it unless told otherwise."""

    def call(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = AUTH,
             raw: str | None = None) -> Any:
        if method == "GET":
            return self.get(path, headers)
        if raw is not None:
            return self.post(path, {**(headers or {}), "Content-Type": "application/json"}, data=raw)
        return self.post(path, headers, json=body) if body is not None else self.post(path, headers)

    def add(self, conversation_id: str, *events: Event) -> None:
        asyncio.run(self.agent.add(conversation_id, *events))

    def events(self, conversation_id: str) -> list[Event]:
        tracker = asyncio.run(self.agent.tracker(conversation_id))
        return list(tracker.events) if tracker else []


@pytest.fixture
def make_api(monkeypatch: pytest.MonkeyPatch) -> Callable[..., HandoffServer]:
    """Makes the server, with RASA_AUTH_TOKEN set to `token` while the channel is made."""

    def make(token: str = TOKEN, *others: Any) -> HandoffServer:
        monkeypatch.setenv("RASA_AUTH_TOKEN", token)
        return HandoffServer(HandoffAPI(), *others)

    return make


@pytest.fixture
def api(make_api: Callable[..., HandoffServer]) -> HandoffServer:
    return make_api()
