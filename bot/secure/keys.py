"""The secure chat's secrets, from the environment, checked at start-up.

SECURE_STORE_KEYS: comma-separated Fernet keys; the first encrypts, all decrypt (MultiFernet), so
a key is rotated by putting a new one first and dropping the old one once `python -m
bot.retention rotate` has re-encrypted everything. SECURE_LINK_SECRET: the HMAC key that signs
one-time links (at least 32 characters).
A missing or malformed value stops the server with a clear message: nothing is ever stored in
plaintext instead.
"""

from __future__ import annotations

import functools
import os

from cryptography.fernet import Fernet, MultiFernet

MIN_LINK_SECRET_CHARS = 32


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
    return fernet_from(os.environ.get("SECURE_STORE_KEYS"))


def link_secret() -> str:
    secret = os.environ.get("SECURE_LINK_SECRET", "")
    if len(secret) < MIN_LINK_SECRET_CHARS:
        raise SecretsError(
            f"SECURE_LINK_SECRET must be set to at least {MIN_LINK_SECRET_CHARS} random characters "
            "(`make run` writes one to .env)."
        )
    return secret


def check() -> None:
    """Raise SecretsError now rather than on the first secure message."""
    store_cipher()
    link_secret()
