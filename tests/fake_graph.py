"""A local stand-in for Meta's Graph API: a real HTTP server that records every request and answers
as the Send API, the Private Replies API and the comment endpoints do, or with the errors it is told to.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PAGE_TOKEN = "test-page-access-token"


@dataclass
class Call:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    status: int = 200

    @property
    def recipient(self) -> dict[str, str]:
        return self.body.get("recipient") or {}

    @property
    def text(self) -> str:
        return (self.body.get("message") or {}).get("text", "") if isinstance(self.body.get("message"), dict) \
            else self.body.get("message", "")


@dataclass
class Failure:
    status: int
    error: dict[str, Any]
    path: str  # a regular expression the request path must match
    remaining: int


@dataclass
class FakeGraph:
    calls: list[Call] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    delay_seconds: float = 0.0
    delayed_requests: int | None = None  # how many of the next requests are slow (None: all)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> FakeGraph:
        graph = self
        ids = itertools.count(1)
        replied_comments: set[str] = set()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet test output
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw) if raw else {}
                except ValueError:
                    body = {"_unparsable": raw.decode("utf-8", "replace")}
                status, answer = graph._answer(self.path, self.headers, body, ids, replied_comments)
                if graph._slow_now():  # handled at once, answered late (as when Meta is slow to respond)
                    time.sleep(graph.delay_seconds)
                with graph.lock:
                    graph.calls.append(Call("POST", self.path, dict(self.headers), body, status))
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError):  # the client timed out and left
                    self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def fail(self, times: int, status: int = 500, path: str = ".*", code: int = 2,
             message: str = "An unexpected error has occurred. Please retry your request later.") -> None:
        """Answer the next `times` requests whose path matches with this error (Meta's error shape)."""
        error = {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "AbCdEf"}
        with self.lock:
            self.failures.append(Failure(status, {"error": error}, path, times))

    def _slow_now(self) -> bool:
        with self.lock:
            if not self.delay_seconds or self.delayed_requests == 0:
                return False
            if self.delayed_requests is not None:
                self.delayed_requests -= 1
            return True

    def reset(self) -> None:
        with self.lock:
            self.calls.clear()
            self.failures.clear()
            self.delay_seconds, self.delayed_requests = 0.0, None

    def _answer(self, path: str, headers: Any, body: dict[str, Any], ids: Any,
                replied_comments: set[str]) -> tuple[int, dict[str, Any]]:
        with self.lock:
            for failure in self.failures:
                if failure.remaining > 0 and re.search(failure.path, path):
                    failure.remaining -= 1
                    return failure.status, failure.error
        if headers.get("Authorization") != f"Bearer {PAGE_TOKEN}":
            return 400, {"error": {"message": "Invalid OAuth access token.", "type": "OAuthException", "code": 190}}
        if re.fullmatch(r"/v[\d.]+/me/messages", path):
            recipient = body.get("recipient") or {}
            if "sender_action" in body:
                return 200, {"recipient_id": recipient.get("id")}
            if "comment_id" in recipient:
                if recipient["comment_id"] in replied_comments:
                    return 400, {"error": {"message": "(#10900) Activity already replied to",
                                           "type": "OAuthException", "code": 10900}}
                replied_comments.add(recipient["comment_id"])
            return 200, {"recipient_id": recipient.get("id", "commenter"), "message_id": f"m_{next(ids)}"}
        if re.fullmatch(r"/v[\d.]+/[\w]+/comments", path):
            return 200, {"id": f"reply_{next(ids)}"}
        if re.fullmatch(r"/v[\d.]+/[\w]+", path) and "is_hidden" in body:
            return 200, {"success": True}
        return 400, {"error": {"message": f"Unknown path components: {path}", "type": "OAuthException",
                               "code": 2500}}

    def sent(self, **match: Any) -> list[Call]:
        """Successful calls whose recipient matches (psid=..., comment_id=...) or whose path contains path=..."""
        with self.lock:
            calls = [c for c in self.calls if c.status == 200]
        if "psid" in match:
            calls = [c for c in calls if c.recipient.get("id") == match["psid"]]
        if "comment_id" in match:
            calls = [c for c in calls if c.recipient.get("comment_id") == match["comment_id"]
                     or match["comment_id"] in c.path]
        return calls

    def messages_to(self, psid: str) -> list[Call]:
        return [c for c in self.sent(psid=psid) if "message" in c.body]

    def wait_for(self, check: Any, timeout: float = 60) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = check()
            if result:
                return result
            time.sleep(0.1)
        raise AssertionError(f"the fake Graph API did not see what was expected within {timeout} s; "
                             f"calls: {[(c.path, c.status, c.body) for c in self.calls][-10:]}")
