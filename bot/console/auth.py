"""Staff console authentication: users, passwords, login lockout and browser sessions.

Passwords are stored as argon2id hashes only (argon2-cffi); a hash with outdated parameters is
replaced at the next successful login. A login fails as "invalid" whether the username is unknown,
the password wrong or the account disabled (an unknown username still costs one argon2
verification, so timing does not tell which usernames exist). After CONSOLE_LOCKOUT_ATTEMPTS
(default 5) consecutive failures the account is locked for CONSOLE_LOCKOUT_MINUTES (default 15):
attempts meanwhile fail as "locked", even with the right password, and do not extend the lock.

A session is a random token in the browser's cookie; like the secure chat's sessions
(bot.secure.links), only its SHA-256 is stored. Each session has its own CSRF token. Sessions last
CONSOLE_SESSION_HOURS (default 10). Callers get `StaffUserInfo` values, never ORM objects.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import logging
import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.exc import IntegrityError

from bot.storage.database import Database
from bot.storage.models import StaffSession, StaffUser, utc_now

log = logging.getLogger(__name__)

ROLES = ("agent", "supervisor", "trainer", "admin")
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024
USERNAME_PATTERN = re.compile(r"[A-Za-z0-9_.@-]{3,64}")
MAX_DISPLAY_NAME_LENGTH = 128
MAX_TOKEN_LENGTH = 200

_hasher = PasswordHasher()  # argon2id with argon2-cffi's recommended parameters


class LoginRefused(Exception):
    """A login was refused; `reason` is "invalid" or "locked" (then `unlocks_at` says until when)."""

    def __init__(self, reason: str, unlocks_at: datetime | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unlocks_at = unlocks_at


class DuplicateUsername(ValueError):
    """A staff user with this username already exists."""


@dataclass(frozen=True)
class StaffUserInfo:
    """A staff user as callers see it (a plain value, safe to keep outside a database session)."""

    id: int
    username: str
    display_name: str
    role: str


@dataclass(frozen=True)
class StaffUserStatus:
    """A staff user with its account state, for listings."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool
    failed_logins: int
    locked_until: datetime | None

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utc_now())


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from None
    if value < 1:
        raise ValueError(f"{name} must be at least 1")
    return value


def lockout_attempts() -> int:
    return _env_int("CONSOLE_LOCKOUT_ATTEMPTS", 5)


def lockout_duration() -> timedelta:
    return timedelta(minutes=_env_int("CONSOLE_LOCKOUT_MINUTES", 15))


def session_duration() -> timedelta:
    return timedelta(hours=_env_int("CONSOLE_SESSION_HOURS", 10))


# --- passwords -------------------------------------------------------------------------------


def validate_password(password: str) -> None:
    """ValueError unless the password is acceptable for a staff account."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"the password must be at least {MIN_PASSWORD_LENGTH} characters long")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValueError(f"the password must be at most {MAX_PASSWORD_LENGTH} characters long")
    if not password.strip():
        raise ValueError("the password must not be only spaces")


def validate_username(username: str) -> None:
    if not isinstance(username, str) or not USERNAME_PATTERN.fullmatch(username):
        raise ValueError("the username must be 3 to 64 characters: letters, digits, and _ . @ -")


def validate_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"the role must be one of {', '.join(ROLES)} (not {role!r})")


def _clean_display_name(display_name: str) -> str:
    name = (display_name or "").strip()
    if not name:
        raise ValueError("the display name must not be empty")
    if len(name) > MAX_DISPLAY_NAME_LENGTH:
        raise ValueError(f"the display name must be at most {MAX_DISPLAY_NAME_LENGTH} characters long")
    return name


def hash_password(password: str) -> str:
    """An argon2id hash of a valid password (ValueError if the password is not acceptable)."""
    validate_password(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> tuple[bool, str | None]:
    """(whether the password matches, a fresh hash to store when the stored one's parameters are outdated)."""
    try:
        _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False, None
    return True, _hasher.hash(password) if _hasher.check_needs_rehash(stored_hash) else None


@functools.lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(32))


# --- users -----------------------------------------------------------------------------------


def _info(user: StaffUser) -> StaffUserInfo:
    return StaffUserInfo(id=user.id, username=user.username, display_name=user.display_name, role=user.role)


def _find(session: sa.orm.Session, username: str) -> StaffUser | None:
    return session.execute(sa.select(StaffUser).where(StaffUser.username == username)).scalar_one_or_none()


def _existing(session: sa.orm.Session, username: str) -> StaffUser:
    user = _find(session, username)
    if user is None:
        raise ValueError(f"there is no staff user named {username!r}")
    return user


def create_user(db: Database, username: str, display_name: str, role: str, password: str) -> int:
    """Add an active staff user; its id. ValueError on a bad username, role, name or password, or a duplicate."""
    validate_username(username)
    validate_role(role)
    name = _clean_display_name(display_name)
    password_hash = hash_password(password)
    duplicate = DuplicateUsername(f"a staff user named {username!r} already exists")
    try:
        with db.session() as session:
            if _find(session, username) is not None:
                raise duplicate
            user = StaffUser(
                username=username, display_name=name, role=role, password_hash=password_hash,
                active=True, failed_logins=0, created_at=utc_now(),
            )
            session.add(user)
            session.flush()
            return user.id
    except IntegrityError:  # created concurrently between the check and the insert
        raise duplicate from None


def set_password(db: Database, username: str, password: str) -> None:
    """Replace a user's password; this also clears a lockout and ends all the user's sessions."""
    password_hash = hash_password(password)
    with db.session() as session:
        user = _existing(session, username)
        user.password_hash = password_hash
        user.failed_logins = 0
        user.locked_until = None
        session.execute(sa.delete(StaffSession).where(StaffSession.user_id == user.id))


def set_active(db: Database, username: str, active: bool) -> None:
    """Enable or disable an account. Disabling ends its sessions; enabling clears a lockout."""
    with db.session() as session:
        user = _existing(session, username)
        user.active = active
        if active:
            user.failed_logins = 0
            user.locked_until = None
        else:
            session.execute(sa.delete(StaffSession).where(StaffSession.user_id == user.id))


def get_user(db: Database, user_id: int) -> StaffUserInfo | None:
    """An active user by id, or None."""
    with db.session() as session:
        user = session.get(StaffUser, user_id)
        return _info(user) if user is not None and user.active else None


def list_users(db: Database) -> list[StaffUserStatus]:
    """All staff users with their account state, by username."""
    with db.session() as session:
        users = session.execute(sa.select(StaffUser).order_by(StaffUser.username)).scalars()
        return [
            StaffUserStatus(
                id=user.id, username=user.username, display_name=user.display_name, role=user.role,
                active=bool(user.active), failed_logins=user.failed_logins or 0, locked_until=user.locked_until,
            )
            for user in users
        ]


# --- login -----------------------------------------------------------------------------------


def authenticate(db: Database, username: str, password: str, now: datetime | None = None) -> StaffUserInfo:
    """The user if the username and password are right and the account is active and not locked.

    LoginRefused("invalid") for an unknown user, a wrong password or a disabled account (alike);
    LoginRefused("locked", unlocks_at) while locked, and on the failure that locks the account.
    """
    now = now or utc_now()
    with db.session() as session:
        user = _find(session, username) if isinstance(username, str) else None
        found = None if user is None else (user.id, user.password_hash, bool(user.active), user.locked_until)
    if found is None:
        verify_password(_dummy_hash(), password if isinstance(password, str) else "")
        raise LoginRefused("invalid")
    user_id, stored_hash, active, locked_until = found
    if locked_until is not None and locked_until > now:
        raise LoginRefused("locked", locked_until)
    # Verified outside any transaction: argon2 takes a while and should not hold the database.
    matches, new_hash = verify_password(stored_hash, password if isinstance(password, str) else "")
    if matches and active:
        with db.session() as session:
            user = session.get(StaffUser, user_id)
            if user is None or not user.active:
                raise LoginRefused("invalid")
            if user.locked_until is not None and user.locked_until > now:  # locked meanwhile
                raise LoginRefused("locked", user.locked_until)
            user.failed_logins = 0
            user.locked_until = None
            if new_hash is not None and user.password_hash == stored_hash:
                user.password_hash = new_hash
            return _info(user)
    raise _record_failure(db, user_id, now)


def _record_failure(db: Database, user_id: int, now: datetime) -> LoginRefused:
    """Count a failed login, locking the account at the limit; the LoginRefused to raise."""
    with db.session() as session:
        # Writing first takes the database's write lock, so concurrent failures are counted one by one.
        session.execute(
            sa.update(StaffUser)
            .where(StaffUser.id == user_id, StaffUser.locked_until.is_not(None), StaffUser.locked_until <= now)
            .values(failed_logins=0, locked_until=None)  # a lock that has run out: count afresh
            .execution_options(synchronize_session=False)
        )
        session.execute(
            sa.update(StaffUser)
            .where(StaffUser.id == user_id)
            .values(failed_logins=StaffUser.failed_logins + 1)
            .execution_options(synchronize_session=False)
        )
        user = session.get(StaffUser, user_id, populate_existing=True)
        if user is None:
            return LoginRefused("invalid")
        if user.locked_until is not None and user.locked_until > now:  # locked by a concurrent attempt
            return LoginRefused("locked", user.locked_until)
        if user.failed_logins < lockout_attempts():
            return LoginRefused("invalid")
        user.locked_until = now + lockout_duration()
        log.warning("Console account %s locked after %d failed logins", user.id, user.failed_logins)
        return LoginRefused("locked", user.locked_until)


# --- sessions --------------------------------------------------------------------------------


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_session(db: Database, user_id: int, ip: str | None, now: datetime | None = None) -> tuple[str, str]:
    """Open a session for a user who has just authenticated: (cookie token, CSRF token). Only a hash is kept."""
    now = now or utc_now()
    token, csrf_token = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    with db.session() as session:
        session.add(
            StaffSession(
                token_hash=_hash(token), user_id=user_id, csrf_token=csrf_token,
                created_at=now, expires_at=now + session_duration(), ip=(ip or None) and ip[:64],
            )
        )
    return token, csrf_token


def session_user(db: Database, token: str | None, now: datetime | None = None) -> tuple[StaffUserInfo, str] | None:
    """(the user, the session's CSRF token) of a cookie token; None if missing, unknown, expired or disabled."""
    if not token or not isinstance(token, str) or len(token) > MAX_TOKEN_LENGTH:
        return None
    now = now or utc_now()
    with db.session() as session:
        row = session.get(StaffSession, _hash(token))
        if row is None or row.expires_at <= now:
            return None
        user = session.get(StaffUser, row.user_id)
        if user is None or not user.active:
            return None
        return _info(user), row.csrf_token


def end_session(db: Database, token: str | None) -> None:
    """Log out one browser (nothing happens for an unknown token)."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return
    with db.session() as session:
        session.execute(sa.delete(StaffSession).where(StaffSession.token_hash == _hash(token)))


def end_sessions_of(db: Database, user_id: int) -> int:
    """Log out every browser of a user; how many sessions ended."""
    with db.session() as session:
        return session.execute(sa.delete(StaffSession).where(StaffSession.user_id == user_id)).rowcount


def purge_expired_sessions(db: Database, now: datetime | None = None) -> int:
    """Delete expired sessions; how many."""
    now = now or utc_now()
    with db.session() as session:
        return session.execute(sa.delete(StaffSession).where(StaffSession.expires_at <= now)).rowcount


def csrf_ok(expected: str, given: str | None) -> bool:
    """Whether a submitted CSRF token matches the session's (constant-time comparison)."""
    if not expected or not given or not isinstance(given, str):
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


# --- first start -----------------------------------------------------------------------------


def ensure_first_admin(db: Database) -> str | None:
    """Create the first admin from CONSOLE_ADMIN_USERNAME (default "admin") and CONSOLE_ADMIN_PASSWORD
    when there are no staff users yet; its username, or None when nothing was created.
    ValueError if the configured username or password is not acceptable."""
    password = os.environ.get("CONSOLE_ADMIN_PASSWORD", "")
    if not password:
        return None
    username = os.environ.get("CONSOLE_ADMIN_USERNAME", "").strip() or "admin"
    with db.session() as session:
        if session.execute(sa.select(sa.func.count()).select_from(StaffUser)).scalar_one():
            return None
    try:
        create_user(db, username, "Administrator", "admin", password)
    except DuplicateUsername:  # another process created it at the same moment
        return None
    log.info("Created the first console admin %r from CONSOLE_ADMIN_USERNAME", username)
    return username
