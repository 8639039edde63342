"""Messenger settings: the messenger section of bot.settings, which reads and checks them (from the environment and
.env; a placeholder secret counts as unset). Secrets are never in files."""

from __future__ import annotations

from dataclasses import fields

from bot.settings import MessengerSettings, load_messenger


class MessengerConfig(MessengerSettings):
    """What the channel and the Graph API client are configured with (tests make their own)."""

    @classmethod
    def from_environment(cls) -> MessengerConfig:
        section = load_messenger()
        return cls(**{field.name: getattr(section, field.name) for field in fields(section)})
