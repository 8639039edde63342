"""bot.channels.messenger.config: the channel's settings from the environment."""

from __future__ import annotations

import pytest

from bot.channels.messenger.config import MessengerConfig


def test_the_example_files_placeholder_secrets_count_as_unset(monkeypatch):
    monkeypatch.setenv("MESSENGER_APP_SECRET", "change-me")
    monkeypatch.setenv("MESSENGER_VERIFY_TOKEN", "change-me")
    monkeypatch.setenv("MESSENGER_PAGE_ACCESS_TOKEN", "change-me")
    config = MessengerConfig.from_environment()
    assert config.app_secret == "" and config.verify_token == "" and not config.connected
    monkeypatch.setenv("MESSENGER_ROUTINE_COMMENT_REPLY", "shout")
    with pytest.raises(ValueError, match="public' or 'private"):
        MessengerConfig.from_environment()
