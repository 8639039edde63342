"""Staff console authentication: users, passwords, login throttling and browser sessions.

Passwords are stored as argon2id hashes only (argon2-cffi); a hash with outdated parameters is
replaced at the next successful login. A login fails as "invalid" whether the username is unknown,
the password wrong or the account disabled (an unknown username still costs one argon2
verification, so timing does not tell which usernames exist).

Failed logins are throttled (`LoginThrottle`), never by locking the account (which would let anyone keep
the admin locked out): within CONSOLE_LOCKOUT_MINUTES (default 15), CONSOLE_LOCKOUT_ATTEMPTS (default 5)
failures for one username from one address, 4 times as many from one address, or 10 times as many for one
username from anywhere, and further attempts are refused as "throttled" without checking the password.
Unknown usernames are throttled alike, so the answer tells nothing. An admin can lift a username's throttle.

A session is a random token in the browser's cookie; as for the secure chat's sessions (bot.secure.links),
only its SHA-256 is stored, by the one implementation both use (bot.web_security). Each session has its own
CSRF token. A session ends after CONSOLE_SESSION_HOURS (default 10), or after CONSOLE_IDLE_MINUTES (default 30)
without a page opened or a form sent (the pages' own polling does not count). Callers get `StaffUserInfo`
values, never ORM objects.
"""

from __future__ import annotations

import functools
import hmac
import logging
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.exc import IntegrityError

from bot import web_security
from bot.cluster.shared_limits import keyed_limit
from bot.rate_limits import KeyedLimit, Rate
from bot.settings import load_console
from bot.storage.database import Database
from bot.storage.models import StaffSession, StaffUser, utc_now
from bot.web_security import SessionLength

log = logging.getLogger(__name__)

ROLES = ("agent", "supervisor", "trainer", "admin")
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024
USERNAME_PATTERN = re.compile(r"[A-Za-z0-9_.@-]{3,64}")
MAX_DISPLAY_NAME_LENGTH = 128

_hasher = PasswordHasher()  # argon2id with argon2-cffi's recommended parameters


class LoginRefused(Exception):
    """A login was refused; `reason` is "invalid" or "throttled" (then `retry_after` says in how many seconds)."""

    def __init__(self, reason: str, retry_after: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class DuplicateUsername(ValueError):
    """A staff user with this username already exists."""


@dataclass(frozen=True)
class StaffUserInfo:
    """A staff user as callers see it (a plain value, safe to keep outside a database session)."""

    id: int
    username: str
    display_name: str
    role: str
    queues: tuple[str, ...] | None = None  # an agent's queues; None = every queue

    def sees_queue(self, queue: str) -> bool:
        """Whether this user works items of `queue` (supervisors and admins see every queue)."""
        return self.role != "agent" or self.queues is None or queue in self.queues


@dataclass(frozen=True)
class StaffUserStatus:
    """A staff user with its account state, for listings."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool
    queues: tuple[str, ...] | None = None


def lockout_attempts() -> int:
    """Failed logins for one username from one address before it is throttled."""
    return load_console().lockout_attempts


def lockout_duration() -> timedelta:
    return load_console().lockout_window


def session_duration() -> timedelta:
    return load_console().session_length


def idle_timeout() -> timedelta:
    return load_console().idle_timeout


class LoginThrottle:
    """Failed logins counted per (username, address), per address and per username (see the module's docstring)."""

    def __init__(self, attempts: int | None = None, window: timedelta | None = None) -> None:
        attempts = attempts or lockout_attempts()
        interval = int((window or lockout_duration()).total_seconds() * 1000)
        self.per_pair = keyed_limit("login per username and address", [Rate(attempts, interval)])
        self.per_address = keyed_limit("login per address", [Rate(attempts * 4, interval)])
        self.per_username = keyed_limit("login per username", [Rate(attempts * 10, interval)])
        # Check, verify and count as one step: otherwise a burst of simultaneous guesses would all pass the
        # check before the first failure is counted. Logins are rare; argon2 takes ~50 ms.
        self.lock = threading.Lock()

    def _keys(self, username: str, address: str) -> list[tuple[KeyedLimit, str]]:
        name = username.lower()[:64]
        return [(self.per_pair, f"{name}\n{address}"), (self.per_address, address), (self.per_username, name)]

    def retry_after(self, username: str, address: str) -> int:
        """Seconds before this username may try again from this address; 0 if it may now."""
        return max(limit.retry_after_seconds(key) for limit, key in self._keys(username, address))

    def failed(self, username: str, address: str) -> None:
        for limit, key in self._keys(username, address):
            limit.hit(key)

    def throttled(self, username: str) -> bool:
        """Whether the username is refused, from everywhere or from some address (for the Staff page)."""
        name = username.lower()
        return self.per_username.full(name) or self.per_pair.any_full(f"{name}\n")

    def lift(self, username: str) -> None:
        """An admin unlocks a username: its counts, from every address, are forgotten."""
        name = username.lower()
        self.per_username.clear(name)
        self.per_pair.clear_prefix(f"{name}\n")


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


def _queues_of(user: StaffUser) -> tuple[str, ...] | None:
    return tuple(name for name in user.queues.split(",") if name) if user.queues else None


def _info(user: StaffUser) -> StaffUserInfo:
    return StaffUserInfo(id=user.id, username=user.username, display_name=user.display_name, role=user.role,
                         queues=_queues_of(user))


def validate_queues(queues: list[str] | tuple[str, ...] | None) -> None:
    from bot.handoff import QUEUES  # the queues are the handoff's

    unknown = [name for name in queues or () if name not in QUEUES]
    if unknown:
        raise ValueError(f"unknown queue(s): {', '.join(unknown)} (queues: {', '.join(QUEUES)})")


def _find(session: sa.orm.Session, username: str) -> StaffUser | None:
    return session.execute(sa.select(StaffUser).where(StaffUser.username == username)).scalar_one_or_none()


def _existing(session: sa.orm.Session, username: str) -> StaffUser:
    user = _find(session, username)
    if user is None:
        raise ValueError(f"there is no staff user named {username!r}")
    return user


def create_user(db: Database, username: str, display_name: str, role: str, password: str,
                queues: list[str] | tuple[str, ...] | None = None) -> int:
    """Add an active staff user; its id. ValueError on a bad username, role, name, queue or password, or a
    duplicate. `queues`: the queues an agent works (None or empty: every queue)."""
    validate_username(username)
    validate_role(role)
    validate_queues(queues)
    name = _clean_display_name(display_name)
    password_hash = hash_password(password)
    duplicate = DuplicateUsername(f"a staff user named {username!r} already exists")
    try:
        with db.session() as session:
            if _find(session, username) is not None:
                raise duplicate
            user = StaffUser(
                username=username, display_name=name, role=role, password_hash=password_hash,
                active=True, queues=",".join(queues) if queues else None, created_at=utc_now(),
            )
            session.add(user)
            session.flush()
            return user.id
    except IntegrityError:  # created concurrently between the check and the insert
        raise duplicate from None


def set_password(db: Database, username: str, password: str) -> None:
    """Replace a user's password; this also ends all the user's sessions."""
    password_hash = hash_password(password)
    with db.session() as session:
        user = _existing(session, username)
        user.password_hash = password_hash
        session.execute(sa.delete(StaffSession).where(StaffSession.user_id == user.id))


def set_active(db: Database, username: str, active: bool) -> None:
    """Enable or disable an account. Disabling ends its sessions."""
    with db.session() as session:
        user = _existing(session, username)
        user.active = active
        if not active:
            session.execute(sa.delete(StaffSession).where(StaffSession.user_id == user.id))


def user_exists(db: Database, username: str) -> bool:
    with db.session() as session:
        return _find(session, username) is not None


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
                active=bool(user.active), queues=_queues_of(user),
            )
            for user in users
        ]


# --- login -----------------------------------------------------------------------------------


def authenticate(db: Database, username: str, password: str, address: str = "",
                 throttle: LoginThrottle | None = None) -> StaffUserInfo:
    """The user if the username and password are right and the account is active.

    LoginRefused("invalid") for an unknown user, a wrong password or a disabled account (alike);
    LoginRefused("throttled", retry_after) when `throttle` refuses the username from this address (the
    password is then not even checked). Failures count in `throttle`, whether the username exists or not.
    """
    username = username if isinstance(username, str) else ""
    password = password if isinstance(password, str) else ""
    if throttle is None:
        return _verify(db, username, password)
    with throttle.lock:
        wait = throttle.retry_after(username, address)
        if wait:
            raise LoginRefused("throttled", wait)
        try:
            return _verify(db, username, password)
        except LoginRefused:
            throttle.failed(username, address)
            raise


def _verify(db: Database, username: str, password: str) -> StaffUserInfo:
    with db.session() as session:
        user = _find(session, username)
        found = None if user is None else (user.id, user.password_hash, bool(user.active))
    # Verified outside any transaction: argon2 takes a while and should not hold the database.
    if found is None:
        verify_password(_dummy_hash(), password)
    else:
        user_id, stored_hash, active = found
        matches, new_hash = verify_password(stored_hash, password)
        if matches and active:
            with db.session() as session:
                user = session.get(StaffUser, user_id)
                if user is not None and user.active:
                    if new_hash is not None and user.password_hash == stored_hash:
                        user.password_hash = new_hash
                    return _info(user)
    raise LoginRefused("invalid")


# --- sessions --------------------------------------------------------------------------------


def _session_length() -> SessionLength:
    console = load_console()
    return SessionLength(idle=console.idle_timeout, longest=console.session_length)


def start_session(db: Database, user_id: int, ip: str | None, now: datetime | None = None) -> tuple[str, str]:
    """Open a session for a user who has just authenticated: (cookie token, CSRF token). Only a hash is kept."""
    now = now or utc_now()
    csrf_token = secrets.token_urlsafe(32)
    with db.session() as session:
        token = web_security.add_session(session, StaffSession, _session_length(), now, user_id=user_id,
                                         csrf_token=csrf_token, ip=(ip or None) and ip[:64])
    return token, csrf_token


def session_user(db: Database, token: str | None, now: datetime | None = None,
                 active: bool = True) -> tuple[StaffUserInfo, str] | None:
    """(the user, the session's CSRF token) of a cookie token; None if missing, unknown, expired, idle too long or
    disabled. `active`: the person did something (opened a page, sent a form), which keeps the session from
    going idle; the pages' background polling passes False."""
    if not web_security.readable_token(token):
        return None
    now = now or utc_now()
    with db.session() as session:
        row = web_security.find_session(session, StaffSession, token, now)
        if row is None:
            return None
        user = session.get(StaffUser, row.user_id)
        if user is None or not user.active:
            return None
        web_security.keep_alive(row, _session_length(), now, active)
        return _info(user), row.csrf_token


def end_session(db: Database, token: str | None) -> None:
    """Log out one browser (nothing happens for an unknown token)."""
    if not web_security.readable_token(token):
        return
    with db.session() as session:
        web_security.end_session(session, StaffSession, token)


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
    console = load_console()
    password, username = console.admin_password, console.admin_username
    if not password:
        return None
    with db.session() as session:
        if session.execute(sa.select(sa.func.count()).select_from(StaffUser)).scalar_one():
            return None
    try:
        create_user(db, username, "Administrator", "admin", password)
    except DuplicateUsername:  # another process created it at the same moment
        return None
    log.info("Created the first console admin %r from CONSOLE_ADMIN_USERNAME", username)
    return username
