"""`make run` writes .env with generated secrets, and completes an older .env without touching it."""

from __future__ import annotations

from cryptography.fernet import Fernet

from bot import launcher
from bot.secure.keys import MIN_LINK_SECRET_CHARS


def _env(path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line and line[0] != "#")


def test_a_fresh_env_gets_every_secret_generated(tmp_path, monkeypatch):
    monkeypatch.setattr(launcher, "ENV_FILE", tmp_path / ".env")
    assert launcher.ensure_env_file() is True
    env = _env(tmp_path / ".env")
    assert env["RASA_AUTH_TOKEN"] != "change-me"
    assert len(env["SECURE_LINK_SECRET"]) >= MIN_LINK_SECRET_CHARS
    Fernet(env["SECURE_STORE_KEYS"].encode())  # a valid key
    assert (tmp_path / ".env").stat().st_mode & 0o077 == 0
    assert launcher.ensure_env_file() is False


def test_an_older_env_gets_the_missing_secrets_and_keeps_its_values(tmp_path, monkeypatch):
    monkeypatch.setattr(launcher, "ENV_FILE", tmp_path / ".env")
    (tmp_path / ".env").write_text("RASA_AUTH_TOKEN=kept\nRASA_PORT=6000\n")
    assert launcher.ensure_env_file() is True
    env = _env(tmp_path / ".env")
    assert env["RASA_AUTH_TOKEN"] == "kept" and env["RASA_PORT"] == "6000"
    assert "SECURE_STORE_KEYS" in env and "SECURE_LINK_SECRET" in env
