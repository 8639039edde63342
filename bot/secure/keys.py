"""The servers' secrets, from the settings (bot.settings reads them from the environment), checked at start-up.

SECURE_STORE_KEYS: comma-separated Fernet keys; the first encrypts, all decrypt (MultiFernet), so
a key is rotated by putting a new one first and dropping the old one once `python -m
bot.retention rotate` has re-encrypted everything. SECURE_LINK_SECRET: the HMAC key that signs
one-time links (at least 32 characters). RASA_AUTH_TOKEN: the token of Rasa's HTTP API and of the
handoff API (at least 32 characters).
A missing, malformed, short or placeholder value (.env.example's "change-me", "secret", "password"...)
stops the server with a message naming the variable: nothing is ever stored in plaintext instead, and no
API answers to a token anyone could guess.
"""

from __future__ import annotations

import functools
import hashlib
import hmac

from cryptography.fernet import Fernet, MultiFernet

from bot.settings import load_secrets

MIN_LINK_SECRET_CHARS = 32
MIN_TOKEN_CHARS = 32
# Values people leave in place from examples; compared without case, dashes and underscores.
PLACEHOLDERS = frozenset({"changeme", "secret", "password", "token", "example", "default", "test", "admin",
                          "replaceme", "todo", "xxx", "none", "null"})


class SecretsError(RuntimeError):
    """A secret is missing or malformed; the message says which and how to fix it."""


def fernet_from(value: str | None) -> MultiFernet:
    keys = [key.strip() for key in (value or "").split(",") if key.strip()]
    if not keys:
        raise SecretsError(
            "SECURE_STORE_KEYS is not set. It holds the key(s) that encrypt secure conversations; "
            "`make run` writes one to .env, or generate one with: python -c "
            "'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'"
        )
    fernets = []
    for position, key in enumerate(keys, start=1):
        try:
            fernets.append(Fernet(key.encode()))
        except (ValueError, TypeError) as error:
            raise SecretsError(
                f"SECURE_STORE_KEYS key #{position} is not a valid Fernet key (32 url-safe base64-encoded bytes)"
            ) from error
    return MultiFernet(fernets)


@functools.lru_cache(maxsize=1)
def store_cipher() -> MultiFernet:
    return fernet_from(load_secrets().secure_store_keys)


def _looks_like_a_placeholder(value: str) -> bool:
    folded = value.lower().replace("-", "").replace("_", "").strip()
    return folded in PLACEHOLDERS or any(folded.startswith(word) for word in ("changeme", "replaceme")) or (
        len(set(folded)) < 8)  # "aaaa...", "12341234...": not random


def required_secret(variable: str, value: str, min_chars: int) -> str:
    """The variable's value; SecretsError naming it when unset, shorter than min_chars or a placeholder."""
    if len(value) < min_chars or _looks_like_a_placeholder(value):
        raise SecretsError(
            f"{variable} must be set to at least {min_chars} random characters, not a placeholder "
            "(`make run` writes one to .env; or: python -c 'import secrets; print(secrets.token_urlsafe(32))')."
        )
    return value


def link_secret() -> str:
    return required_secret("SECURE_LINK_SECRET", load_secrets().secure_link_secret, MIN_LINK_SECRET_CHARS)


def derived_key(purpose: str) -> bytes:
    """A key for one purpose (signing web chat session tokens...), derived from SECURE_LINK_SECRET, so that one
    secret in .env serves several signatures without any of them being usable for another."""
    return hmac.new(link_secret().encode(), f"riverbend:{purpose}".encode(), hashlib.sha256).digest()


def api_token() -> str:
    return required_secret("RASA_AUTH_TOKEN", load_secrets().rasa_auth_token, MIN_TOKEN_CHARS)


def check() -> None:
    """Raise SecretsError now rather than on the first secure message or API call."""
    store_cipher()
    link_secret()
    api_token()
