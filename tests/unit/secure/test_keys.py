"""Secrets of the secure chat: clear errors, and a server that refuses to start without them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet

from bot.secure.keys import SecretsError, fernet_from
from tests.conftest import ROOT


def test_the_first_key_encrypts_and_every_key_decrypts():
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    token = fernet_from(old).encrypt(b"x")
    rotated = fernet_from(f"{new}, {old}")
    assert rotated.decrypt(token) == b"x"
    assert fernet_from(new).decrypt(rotated.encrypt(b"y")) == b"y"


@pytest.mark.parametrize("value, message", [(None, "not set"), ("", "not set"), ("change-me", "key #1")])
def test_missing_or_malformed_keys_are_named(value, message):
    with pytest.raises(SecretsError, match=message):
        fernet_from(value)


@pytest.mark.parametrize(
    "variable, value, message",
    [("SECURE_STORE_KEYS", "not-a-key", "SECURE_STORE_KEYS key #1 is not a valid Fernet key"),
     ("SECURE_LINK_SECRET", "short", "SECURE_LINK_SECRET must be set"),
     ("RASA_AUTH_TOKEN", "change-me", "RASA_AUTH_TOKEN must be set to at least 32 random characters"),
     ("RASA_AUTH_TOKEN", "change-me-change-me-change-me-change-me", "RASA_AUTH_TOKEN must be set"),
     ("RASA_AUTH_TOKEN", "a-short-but-random-Xk29", "RASA_AUTH_TOKEN must be set")],
)
def test_the_server_refuses_to_start_with_a_bad_secret(tmp_path, variable, value, message):
    token = "test-token-not-secret-0123456789abcdef"
    env = {**os.environ, "RASA_AUTH_TOKEN": token, "VAR_DIR": str(tmp_path), variable: value}
    result = subprocess.run(
        [sys.executable, "-m", "bot.server"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    assert f"Not starting: {message}" in result.stderr
    assert not (tmp_path / "app.db").exists()  # nothing was stored


def test_the_console_refuses_to_start_with_a_placeholder_api_token(tmp_path):
    env = {**os.environ, "RASA_AUTH_TOKEN": "change-me", "VAR_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "bot.console"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    assert "Not starting: RASA_AUTH_TOKEN must be set" in result.stderr
