"""Messenger settings, from the environment (.env via bot.settings). Secrets are never in files."""

from __future__ import annotations

import os
from dataclasses import dataclass

from bot.settings import load_settings

DEFAULT_GRAPH_URL = "https://graph.facebook.com"
DEFAULT_GRAPH_VERSION = "v21.0"


PLACEHOLDER = "change-me"  # .env.example's value: anyone could sign with it, so it counts as unset


def _secret(name: str) -> str:
    value = os.environ.get(name, "").strip()
    return "" if value == PLACEHOLDER else value


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value in (None, "") else value.strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class MessengerConfig:
    app_secret: str
    verify_token: str
    page_access_token: str
    graph_url: str
    graph_version: str
    allow_sha1: bool  # only for apps that still sign with X-Hub-Signature (sha1)
    timeout_seconds: float
    send_attempts: int
    retry_base_seconds: float
    max_body_bytes: int
    hide_sensitive_comments: bool
    routine_comment_reply: str  # public | private

    @property
    def connected(self) -> bool:
        """Whether replies can be sent (a page access token is set)."""
        return bool(self.page_access_token)

    @property
    def graph_base(self) -> str:
        return f"{self.graph_url.rstrip('/')}/{self.graph_version}"

    @classmethod
    def from_environment(cls) -> MessengerConfig:
        load_settings()  # reads .env into the environment
        env = os.environ.get
        mode = (env("MESSENGER_ROUTINE_COMMENT_REPLY") or "public").strip().lower()
        if mode not in ("public", "private"):
            raise ValueError("MESSENGER_ROUTINE_COMMENT_REPLY must be 'public' or 'private'")
        return cls(
            app_secret=_secret("MESSENGER_APP_SECRET"),  # unset: every webhook is refused
            verify_token=_secret("MESSENGER_VERIFY_TOKEN"),  # unset: verification always fails
            page_access_token=_secret("MESSENGER_PAGE_ACCESS_TOKEN"),
            graph_url=env("MESSENGER_GRAPH_URL") or DEFAULT_GRAPH_URL,
            graph_version=env("MESSENGER_GRAPH_VERSION") or DEFAULT_GRAPH_VERSION,
            allow_sha1=_flag("MESSENGER_ALLOW_SHA1", False),
            timeout_seconds=float(env("MESSENGER_TIMEOUT_SECONDS") or 10),
            send_attempts=max(1, int(env("MESSENGER_SEND_ATTEMPTS") or 4)),
            retry_base_seconds=float(env("MESSENGER_RETRY_BASE_SECONDS") or 0.5),
            max_body_bytes=int(env("MESSENGER_MAX_BODY_BYTES") or 1_000_000),
            hide_sensitive_comments=_flag("MESSENGER_HIDE_SENSITIVE_COMMENTS", True),
            routine_comment_reply=mode,
        )
