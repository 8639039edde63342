"""A stand-in for the Rasa server around one of our input channels, for unit tests without a model.

`Server` registers the channel's blueprint on a Sanic app the way Rasa does (rasa.core.channels.channel.register:
the same URL prefix, `app.ctx.input_channels`) and gives the app a `FakeAgent` as `app.ctx.agent`: Rasa's own
in-memory tracker and lock stores, a processor that keeps what it was asked, and a message handler that answers
"You said: <text>" and stores both turns as Rasa would. The `app_db` fixture points the process's app database
(bot.storage.database.app_database) at a temporary file for the test.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage, register
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Sanic
from sanic_testing.testing import SanicTestClient

from bot.storage.database import Database, app_database
from tests.conftest import ROOT


@functools.lru_cache(maxsize=1)
def domain() -> Domain:
    """The assistant's domain (its slots: what the secure chat carries over)."""
    return Domain.load(str(ROOT / "config" / "domain.yml"))


class FakeProcessor:
    """The parts of Rasa's MessageProcessor the channels call; `triggered` keeps the external intents asked for."""

    def __init__(self, tracker_store: InMemoryTrackerStore) -> None:
        self.tracker_store = tracker_store
        self.triggered: list[tuple[str, str, Any]] = []  # (conversation id, intent, entities)

    async def fetch_tracker_and_update_session(self, sender_id: str, output_channel: OutputChannel | None = None,
                                               metadata: dict | None = None) -> DialogueStateTracker:
        return await self.tracker_store.get_or_create_tracker(sender_id)

    async def save_tracker(self, tracker: DialogueStateTracker) -> None:
        await self.tracker_store.save(tracker)

    async def trigger_external_user_uttered(self, intent_name: str, entities: Any, tracker: DialogueStateTracker,
                                            output_channel: OutputChannel) -> None:
        self.triggered.append((tracker.sender_id, intent_name, entities))


class FakeAgent:
    """`app.ctx.agent`: tracker and lock stores, a processor, and Rasa's message handler (`handled` keeps what it
    was given)."""

    def __init__(self) -> None:
        self.tracker_store = InMemoryTrackerStore(domain())
        self.lock_store = InMemoryLockStore()
        self.processor = FakeProcessor(self.tracker_store)
        self.handled: list[UserMessage] = []

    async def handle_message(self, message: UserMessage) -> None:
        self.handled.append(message)
        reply = f"You said: {message.text}"
        async with self.lock_store.lock(message.sender_id):
            tracker = await self.tracker_store.get_or_create_tracker(message.sender_id)
            tracker.update(UserUttered(message.text, metadata=message.metadata, input_channel=message.input_channel))
            tracker.update(BotUttered(reply))
            await self.tracker_store.save(tracker)
        await message.output_channel.send_text_message(message.sender_id, reply)

    async def add(self, conversation_id: str, *events: Event) -> DialogueStateTracker:
        """Append events to a conversation (created if new), as if it had happened."""
        tracker = await self.tracker_store.get_or_create_tracker(conversation_id)
        for event in events:
            tracker.update(event)
        await self.tracker_store.save(tracker)
        return tracker

    async def tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        return await self.tracker_store.retrieve(conversation_id)


class Server:
    """A Sanic app serving one channel with a FakeAgent, and its test client."""

    def __init__(self, channel: InputChannel, *others: InputChannel) -> None:
        self.app = Sanic(f"rasa_test_{uuid.uuid4().hex[:8]}")
        register([channel, *others], self.app, "/webhooks/")
        self.agent = FakeAgent()
        self.app.ctx.agent = self.agent
        self.client = SanicTestClient(self.app, port=None)

    def get(self, path: str, headers: dict[str, str] | None = None) -> Any:
        _, reply = self.client.get(path, headers=headers or {}, allow_redirects=False)
        return reply

    def post(self, path: str, headers: dict[str, str] | None = None, **kwargs: Any) -> Any:
        _, reply = self.client.post(path, headers=headers or {}, allow_redirects=False, **kwargs)
        return reply

    def routes(self) -> list[tuple[str, str]]:
        return sorted((method, f"/{route.path}") for route in self.app.router.routes for method in route.methods)


@pytest.fixture
def app_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The process's app database (bot.storage.database.app_database) is a temporary one during the test."""
    monkeypatch.setenv("APP_DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    app_database.cache_clear()
    database = app_database()
    database.ensure_schema()
    yield database
    app_database.cache_clear()
