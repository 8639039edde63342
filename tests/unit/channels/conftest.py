"""The secure chat (bot.channels.secure_chat) in-process: its blueprint mounted as the Rasa server mounts it, on a
Sanic app with a fake agent (tests.fake_rasa) and a temporary app database, called through Sanic's test client."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta
from typing import Any

import pytest
from rasa.shared.core.events import Event

from bot.channels import guard
from bot.channels.limits import MessageLimits
from bot.channels.secure_chat import SecureChatInput
from bot.secure import held, links
from bot.storage.database import Database
from tests.fake_rasa import Server, app_db  # noqa: F401 - a fixture of these tests

PAGE_POST = {"X-Secure-Chat": "1"}  # what the chat page sends with every POST
SESSION_COOKIE = re.compile(r"rb_secure=([A-Za-z0-9_-]+);")


class SecureServer(Server):
    """The secure chat and its app database."""

    def __init__(self, db: Database) -> None:
        super().__init__(SecureChatInput())
        self.db = db

    def link(self, carry_over: dict[str, Any] | None = None, held_text: str | None = None,
             origin: str = "web-" + "0" * 32) -> str:
        """A one-time link issued in the public conversation `origin` (holding `held_text` if given)."""
        held_id = held.hold(self.db, origin, held_text, timedelta(minutes=15)) if held_text else None
        return links.issue(self.db, origin, "socketio", held_id, carry_over).token

    def enter(self, token: str | None = None) -> tuple[str, str]:
        """Presses the button of a (new) link: (the session cookie's token, the secure conversation id)."""
        reply = self.post(f"/secure/enter/{token or self.link()}")
        assert reply.status_code == 200, reply.text
        session = SESSION_COOKIE.search(reply.headers["set-cookie"]).group(1)
        return session, links.session_conversation(self.db, session)

    def page_post(self, path: str, session: str | None = None, headers: dict[str, str] | None = PAGE_POST,
                  **kwargs: Any) -> Any:
        """A POST as the chat page sends it (the anti-CSRF header, the session cookie sent by hand: it is
        Secure)."""
        return self.post(path, {**(headers or {}), **cookie(session)}, **kwargs)

    def events(self, conversation_id: str) -> list[Event]:
        tracker = asyncio.run(self.agent.tracker(conversation_id))
        return list(tracker.events) if tracker else []

    def add(self, conversation_id: str, *events: Event) -> None:
        asyncio.run(self.agent.add(conversation_id, *events))


def cookie(session: str | None) -> dict[str, str]:
    return {"Cookie": f"rb_secure={session}"} if session else {}


@pytest.fixture
def secure(app_db: Database, monkeypatch: pytest.MonkeyPatch) -> SecureServer:  # noqa: F811 - the fixture imported
    monkeypatch.setattr(guard, "shared_limits", MessageLimits)  # the test's own message counters
    return SecureServer(app_db)

