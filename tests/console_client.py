"""A staff member using the console over real HTTP, as a browser would (cookie and CSRF token)."""

from __future__ import annotations

import re
import uuid

import requests

from bot.console import auth
from bot.storage.database import Database

CSRF = re.compile(r'name="csrf" value="([^"]+)"')
PASSWORD = "staff-test-password-1"


def make_staff(app_db_path, role: str, name: str | None = None, queues: tuple[str, ...] | None = None) -> str:
    """A new console account with this role (an agent: of these queues, default every queue); its username."""
    username = f"{role}-{uuid.uuid4().hex[:8]}"
    auth.create_user(Database(f"sqlite:///{app_db_path}"), username, name or username.title(), role, PASSWORD,
                     queues)
    return username


class ConsoleUser:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.session_cookie: str | None = None
        self.csrf = ""
        self.display_name = ""

    def _headers(self) -> dict[str, str]:
        # The cookie is Secure; requests would not send it over http://127.0.0.1 (browsers do).
        return {"Cookie": f"rb_console={self.session_cookie}"} if self.session_cookie else {}

    def login(self, username: str, password: str = PASSWORD) -> requests.Response:
        form = requests.get(f"{self.base_url}/login", timeout=10)
        token = CSRF.search(form.text).group(1)
        reply = requests.post(
            f"{self.base_url}/login",
            data={"csrf": token, "username": username, "password": password, "next": "/"},
            headers={"Cookie": f"rb_console_login={token}"},
            allow_redirects=False,
            timeout=30,
        )
        cookie = reply.cookies.get("rb_console")
        if cookie:
            self.session_cookie = cookie
        return reply

    def get(self, path: str) -> requests.Response:
        reply = requests.get(f"{self.base_url}{path}", headers=self._headers(), allow_redirects=False, timeout=30)
        found = CSRF.search(reply.text)
        if found:
            self.csrf = found.group(1)
        return reply

    def post(self, path: str, data: dict | None = None, csrf: str | None = None) -> requests.Response:
        if not self.csrf:
            home = self.get("/")
            if home.is_redirect:
                self.get(home.headers["Location"])
        form = {"csrf": self.csrf if csrf is None else csrf, **(data or {})}
        return requests.post(
            f"{self.base_url}{path}", data=form, headers=self._headers(), allow_redirects=False, timeout=60
        )

    def notice_after(self, reply: requests.Response) -> str:
        """The page a form's redirect leads to (its notice included)."""
        assert reply.status_code in (302, 303), reply.status_code
        return self.get(reply.headers["Location"]).text
