"""The staff console's routes in-process, without a browser: Sanic's test client, a temporary app database
(the project's Database class) and a fake handoff client in place of the Rasa server's handoff API."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from sanic_testing.testing import SanicTestClient, TestingResponse

from bot.console import auth
from bot.console.app import create_app
from bot.handoff import queue
from bot.handoff.client import DeliveryResult, HandoffUnavailable
from bot.settings import DatabaseSettings, Settings, load_settings
from bot.storage.database import Database
from bot.storage.models import AuditEntry
from tests.conftest import FACTS_PATH

PASSWORD = "console-unit-test-password"
CSRF_FIELD = re.compile(r'name="csrf" value="([^"]+)"')
SESSION_CSRF = object()  # post(): send the session's own CSRF token (the default)
SECURITY_HEADERS = ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Cache-Control",
                    "X-Frame-Options")


class FakeHandoff:
    """Stands in for bot.handoff.client.HandoffClient: the same four methods, answers set by the test, calls kept.

    `transcripts` maps a conversation id to its messages; `down` names the methods that raise HandoffUnavailable;
    `sent` and `resumed` are what send() and resume() report."""

    def __init__(self) -> None:
        self.transcripts: dict[str, list[dict[str, Any]]] = {}
        self.paused: dict[str, bool] = {}
        self.down: set[str] = set()
        self.sent = DeliveryResult("delivered")
        self.resumed = DeliveryResult("delivered")
        self.calls: list[tuple[Any, ...]] = []

    def _call(self, method: str, *args: Any) -> None:
        self.calls.append((method, *args))
        if method in self.down:
            raise HandoffUnavailable(f"the assistant server cannot be reached ({method})")

    async def transcript(self, conversation_id: str) -> dict[str, Any]:
        self._call("transcript", conversation_id)
        messages = [dict(message) for message in self.transcripts.get(conversation_id, [])]
        return {"conversation_id": conversation_id, "messages": messages,
                "paused": self.paused.get(conversation_id, False), "channel": None}

    async def send(self, conversation_id: str, text: str, staff_name: str) -> DeliveryResult:
        try:
            self._call("send", conversation_id, text, staff_name)
        except HandoffUnavailable as error:
            return DeliveryResult("failed", str(error))
        return self.sent

    async def pause(self, conversation_id: str) -> None:
        self._call("pause", conversation_id)
        self.paused[conversation_id] = True

    async def resume(self, conversation_id: str, text: str) -> DeliveryResult:
        self._call("resume", conversation_id, text)
        self.paused[conversation_id] = False
        return self.resumed

    def called(self, method: str) -> list[tuple[Any, ...]]:
        return [call[1:] for call in self.calls if call[0] == method]


@dataclass(frozen=True)
class SignedIn:
    """A staff member with an open console session (cookie token and CSRF token)."""

    id: int
    username: str
    display_name: str
    role: str
    token: str
    csrf: str


class Console:
    """The console app with its test client, database and fake handoff client."""

    def __init__(self, app: Any, db: Database, handoff: FakeHandoff) -> None:
        self.app, self.db, self.handoff = app, db, handoff
        self.client = SanicTestClient(app, port=None)

    def staff(self, role: str, queues: tuple[str, ...] | None = None, name: str | None = None) -> SignedIn:
        """A new account with this role, logged in (its session started as a login would)."""
        username = f"{role}-{uuid.uuid4().hex[:6]}"
        display_name = name or username.title()
        user_id = auth.create_user(self.db, username, display_name, role, PASSWORD, queues)
        token, csrf = auth.start_session(self.db, user_id, "127.0.0.1")
        return SignedIn(user_id, username, display_name, role, token, csrf)

    @staticmethod
    def _headers(who: SignedIn | None, cookies: dict[str, str] | None) -> dict[str, str]:
        # The console's cookies are Secure: sent by hand here, as a browser sends them to 127.0.0.1.
        jar = {**({"rb_console": who.token} if who else {}), **(cookies or {})}
        return {"Cookie": "; ".join(f"{name}={value}" for name, value in jar.items())} if jar else {}

    def get(self, path: str, who: SignedIn | None = None, cookies: dict[str, str] | None = None) -> TestingResponse:
        _, reply = self.client.get(path, headers=self._headers(who, cookies), allow_redirects=False)
        return reply

    def post(self, path: str, data: dict[str, Any] | None = None, who: SignedIn | None = None,
             csrf: object = SESSION_CSRF, cookies: dict[str, str] | None = None) -> TestingResponse:
        """A form sent with the session's CSRF token, another token (`csrf`), or none (`csrf=None`)."""
        form = dict(data or {})
        token = (who.csrf if who else None) if csrf is SESSION_CSRF else csrf
        if token is not None:
            form["csrf"] = token
        _, reply = self.client.post(path, data=form, headers=self._headers(who, cookies), allow_redirects=False)
        return reply

    def login_form_token(self) -> str:
        """Opens the login form: its CSRF token (also the value of its cookie)."""
        reply = self.get("/login")
        token = CSRF_FIELD.search(reply.text).group(1)
        assert f"rb_console_login={token};" in reply.headers["set-cookie"]
        return token

    def log_in(self, username: str, password: str = PASSWORD, next_page: str = "/") -> TestingResponse:
        """The login form filled in and sent, as a browser does it (with the form's cookie)."""
        token = self.login_form_token()
        return self.post("/login", {"username": username, "password": password, "next": next_page}, csrf=token,
                         cookies={"rb_console_login": token})

    def audit(self) -> list[tuple[Any, ...]]:
        """The audit rows, oldest first: (user id, username, action, ip, conversation, escalation, detail)."""
        with self.db.session() as session:
            rows = session.scalars(sa.select(AuditEntry).order_by(AuditEntry.id))
            return [(row.user_id, row.username, row.action, row.ip, row.conversation_id, row.escalation_id,
                     row.detail) for row in rows]

    def escalate(self, conversation_id: str = "web-patient-1", reason: str = "request_human", **kwargs: Any) -> int:
        """A queue item (by default in Patient services, waiting)."""
        return queue.escalate(self.db, conversation_id, kwargs.pop("channel", "socketio"), reason,
                              kwargs.pop("preview", "I'd like to talk to someone"), **kwargs)

    def item(self, escalation_id: int) -> queue.QueueItem:
        found = queue.get(self.db, escalation_id)
        assert found is not None
        return found


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'app.db'}")
    database.ensure_schema()
    return database


@pytest.fixture
def handoff() -> FakeHandoff:
    return FakeHandoff()


@pytest.fixture
def settings(tmp_path: Path, db: Database) -> Settings:
    base = load_settings()
    return replace(
        base,
        servers=replace(base.servers, host="127.0.0.1", rasa_port=9, action_port=9, console_port=9,
                        public_base_url="http://127.0.0.1:9", allowed_origins=()),
        paths=replace(base.paths, facts_path=FACTS_PATH, var_dir=tmp_path),
        databases=DatabaseSettings(tracker_store_url="sqlite://", app_database_url=db.url, redis_url=""),
        secrets=replace(base.secrets, rasa_auth_token="not-used-by-the-fake"),
        training=replace(base.training, model_dir=tmp_path / "models"),
    )


@pytest.fixture
def make_console(settings: Settings, db: Database, handoff: FakeHandoff, tmp_path: Path,
                 monkeypatch: pytest.MonkeyPatch) -> Callable[[], Console]:
    """Makes the console app (a test that sets CONSOLE_* variables makes it after setting them)."""
    for name in ("CONSOLE_LOCKOUT_ATTEMPTS", "CONSOLE_LOCKOUT_MINUTES", "CONSOLE_SESSION_HOURS",
                 "CONSOLE_IDLE_MINUTES"):
        monkeypatch.delenv(name, raising=False)
    # The review page writes training data: never into the project's data/.
    monkeypatch.setenv("REVIEW_DATA_PATH", str(tmp_path / "review" / "review.yml"))
    monkeypatch.setenv("REVIEW_NEW_INTENTS_PATH", str(tmp_path / "review" / "new_intents.yml"))

    def make() -> Console:
        app = create_app(settings, db, name=f"console_test_{uuid.uuid4().hex[:8]}", client=handoff)
        return Console(app, db, handoff)

    return make


@pytest.fixture
def console(make_console: Callable[[], Console]) -> Console:
    return make_console()


# --- what every area's tests check -----------------------------------------------------------------


def assert_sent_to_login(reply: TestingResponse, path: str) -> None:
    """A page asked for without a session: to the login form, which comes back here afterwards."""
    assert reply.status_code == 302, reply.text
    assert reply.headers["location"] == f"/login?next={quote(path)}"


def assert_log_in_first(reply: TestingResponse) -> None:
    """A fragment (the pages' polling) asked for without a session."""
    assert reply.status_code == 401
    assert reply.json == {"error": "log in first"}


def assert_refused(reply: TestingResponse, why: str) -> None:
    assert reply.status_code == 403, reply.text
    assert "<h1>Not allowed</h1>" in reply.text and why in reply.text


WRONG_ROLE = "Your role does not give access to this page."
BAD_FORM = "This form has expired or did not come from the console. Reload and try again."


def assert_back(reply: TestingResponse, page: str, notice: str = "") -> None:
    """A form's answer: 303 back to `page`, with this notice (quoted into the URL) or none."""
    assert reply.status_code == 303, reply.text
    assert reply.headers["location"] == (f"{page}?notice={quote(notice)}" if notice else page)
