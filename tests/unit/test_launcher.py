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


def test_only_changed_examples_allow_fine_tuning_and_a_restart_serves_the_live_model(tmp_path, monkeypatch):
    import os

    from bot.training import history

    monkeypatch.setattr(launcher, "PROJECT_ROOT", tmp_path)
    (tmp_path / "config").mkdir()
    for name in ("config.yml", "domain.yml"):
        (tmp_path / "config" / name).write_text("x")
        os.utime(tmp_path / "config" / name, (1000, 1000))
    models = tmp_path / "models"
    models.mkdir()
    assert launcher.can_finetune(models) is None  # nothing to fine-tune yet
    older, newer = models / "older.tar.gz", models / "newer.tar.gz"
    for model, when in ((older, 2000), (newer, 3000)):
        model.write_bytes(b"model")
        os.utime(model, (when, when))
    assert launcher.can_finetune(models) == newer
    os.utime(tmp_path / "config" / "domain.yml", (4000, 4000))  # a new intent or action: train from scratch
    assert launcher.can_finetune(models) is None

    assert history.live_model(models) is None  # before the first publish the server takes the newest
    published = history.History(live="older.tar.gz")
    published.record("publish", "older.tar.gz", previous=None)
    history.save(models, published)
    assert history.live_model(models) == older  # a newer model trained but not published stays out
    older.unlink()
    assert history.live_model(models) is None
