"""Staff console authentication: argon2 passwords, lockout, sessions stored as hashes, CSRF, first admin, CLI."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher

from bot.console import auth
from bot.console.auth import LoginRefused, StaffUserInfo
from bot.storage.database import Database
from bot.storage.models import StaffSession, StaffUser, utc_now

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"
OTHER_PASSWORD = "another long passphrase"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "CONSOLE_LOCKOUT_ATTEMPTS", "CONSOLE_LOCKOUT_MINUTES", "CONSOLE_SESSION_HOURS",
        "CONSOLE_ADMIN_USERNAME", "CONSOLE_ADMIN_PASSWORD", "CONSOLE_NEW_PASSWORD",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return Database(f"sqlite:///{tmp_path}/app.db")


@pytest.fixture
def alice(db: Database) -> int:
    return auth.create_user(db, "alice", "Alice Agent", "agent", PASSWORD)


def _user_row(db: Database, username: str) -> dict:
    with db.session() as session:
        user = session.execute(sa.select(StaffUser).where(StaffUser.username == username)).scalar_one()
        return {"hash": user.password_hash, "failed": user.failed_logins, "locked_until": user.locked_until,
                "active": user.active}


def _refusal(db: Database, username: str, password: str, **kwargs) -> LoginRefused:
    with pytest.raises(LoginRefused) as refused:
        auth.authenticate(db, username, password, **kwargs)
    return refused.value


# --- passwords -------------------------------------------------------------------------------


def test_a_password_is_stored_as_an_argon2id_hash_that_only_the_right_password_matches():
    hashed = auth.hash_password(PASSWORD)
    assert hashed.startswith("$argon2id$") and PASSWORD not in hashed
    assert auth.hash_password(PASSWORD) != hashed  # salted
    assert auth.verify_password(hashed, PASSWORD) == (True, None)
    assert auth.verify_password(hashed, PASSWORD + "x") == (False, None)
    assert auth.verify_password("not a hash", PASSWORD) == (False, None)


def test_short_passwords_are_refused():
    with pytest.raises(ValueError, match="at least 12 characters"):
        auth.hash_password("short pass1")  # 11 characters
    assert auth.hash_password("twelve chars").startswith("$argon2id$")


def test_a_hash_with_weak_parameters_is_replaced_at_login(db, alice):
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with db.session() as session:
        session.execute(sa.update(StaffUser).where(StaffUser.id == alice).values(password_hash=weak))
    auth.authenticate(db, "alice", PASSWORD)
    stored = _user_row(db, "alice")["hash"]
    assert stored != weak and not PasswordHasher().check_needs_rehash(stored)
    assert auth.authenticate(db, "alice", PASSWORD).id == alice


# --- users -----------------------------------------------------------------------------------


def test_create_user_returns_its_id_and_the_user_can_log_in(db, alice):
    user = auth.authenticate(db, "alice", PASSWORD)
    assert user == StaffUserInfo(id=alice, username="alice", display_name="Alice Agent", role="agent")
    assert PASSWORD not in _user_row(db, "alice")["hash"]


@pytest.mark.parametrize(
    ("username", "role", "password", "message"),
    [
        ("al", "agent", PASSWORD, "username"),
        ("a" * 65, "agent", PASSWORD, "username"),
        ("bob smith", "agent", PASSWORD, "username"),
        ("bob<script>", "agent", PASSWORD, "username"),
        ("bob", "superuser", PASSWORD, "role"),
        ("bob", "agent", "too short", "at least 12"),
    ],
)
def test_bad_users_are_refused_with_a_clear_message(db, username, role, password, message):
    with pytest.raises(ValueError, match=message):
        auth.create_user(db, username, "Bob", role, password)
    assert auth.list_users(db) == []


def test_usernames_may_use_letters_digits_and_some_punctuation(db):
    for role, username in zip(auth.ROLES, ("bob", "b.o_b-1", "bob@riverbend.org", "B" * 64), strict=True):
        assert auth.create_user(db, username, "Bob", role, PASSWORD) > 0
    assert {user.role for user in auth.list_users(db)} == set(auth.ROLES)


def test_a_duplicate_username_is_refused(db, alice):
    with pytest.raises(ValueError, match="already exists"):
        auth.create_user(db, "alice", "Another Alice", "admin", OTHER_PASSWORD)
    assert [user.role for user in auth.list_users(db)] == ["agent"]


def test_set_password_changes_the_password_and_ends_sessions(db, alice):
    token, _ = auth.start_session(db, alice, "10.0.0.1")
    auth.set_password(db, "alice", OTHER_PASSWORD)
    assert auth.authenticate(db, "alice", OTHER_PASSWORD).id == alice
    assert _refusal(db, "alice", PASSWORD).reason == "invalid"
    assert auth.session_user(db, token) is None
    with pytest.raises(ValueError, match="at least 12"):
        auth.set_password(db, "alice", "short")
    with pytest.raises(ValueError, match="no staff user"):
        auth.set_password(db, "nobody", OTHER_PASSWORD)


# --- login and lockout -----------------------------------------------------------------------


def test_unknown_users_and_wrong_passwords_are_refused_alike(db, alice):
    unknown = _refusal(db, "mallory", PASSWORD)
    wrong = _refusal(db, "alice", "wrong password!!")
    assert unknown.reason == wrong.reason == "invalid"
    assert unknown.unlocks_at is None and wrong.unlocks_at is None
    assert str(unknown) == str(wrong) == "invalid"


def test_an_unknown_username_still_costs_an_argon2_verification(db, monkeypatch):
    calls = []
    real_verify = auth.verify_password
    monkeypatch.setattr(auth, "verify_password", lambda *args: calls.append(args) or real_verify(*args))
    assert _refusal(db, "mallory", PASSWORD).reason == "invalid"
    assert len(calls) == 1 and calls[0][0].startswith("$argon2id$")


def test_five_failures_lock_the_account_even_against_the_right_password(db, alice):
    for _ in range(4):
        assert _refusal(db, "alice", "wrong password!!").reason == "invalid"
    assert _user_row(db, "alice")["failed"] == 4
    before = utc_now()
    fifth = _refusal(db, "alice", "wrong password!!")
    assert fifth.reason == "locked"
    assert before + timedelta(minutes=15) <= fifth.unlocks_at <= utc_now() + timedelta(minutes=15)

    locked = _refusal(db, "alice", PASSWORD)
    assert locked.reason == "locked" and locked.unlocks_at == fifth.unlocks_at
    # Attempts while locked do not extend the lock.
    later = _refusal(db, "alice", "wrong password!!", now=utc_now() + timedelta(minutes=10))
    assert later.unlocks_at == fifth.unlocks_at
    assert _user_row(db, "alice")["locked_until"] == fifth.unlocks_at


def test_after_the_lock_runs_out_the_right_password_works_and_resets_the_counter(db, alice):
    for _ in range(5):
        _refusal(db, "alice", "wrong password!!")
    assert _refusal(db, "alice", PASSWORD).reason == "locked"
    with db.session() as session:
        session.execute(
            sa.update(StaffUser).where(StaffUser.id == alice).values(locked_until=utc_now() - timedelta(seconds=1))
        )
    assert auth.authenticate(db, "alice", PASSWORD).id == alice
    row = _user_row(db, "alice")
    assert row["failed"] == 0 and row["locked_until"] is None
    # A fresh count: four more failures do not lock it again.
    for _ in range(4):
        assert _refusal(db, "alice", "wrong password!!").reason == "invalid"
    assert auth.authenticate(db, "alice", PASSWORD).id == alice


def test_a_lock_that_ran_out_counts_failures_afresh(db, alice):
    for _ in range(5):
        _refusal(db, "alice", "wrong password!!")
    after = utc_now() + timedelta(minutes=16)
    assert _refusal(db, "alice", "wrong password!!", now=after).reason == "invalid"
    assert _user_row(db, "alice")["failed"] == 1
    assert auth.authenticate(db, "alice", PASSWORD, now=after).id == alice


def test_a_success_resets_the_failure_counter(db, alice):
    for _ in range(4):
        _refusal(db, "alice", "wrong password!!")
    auth.authenticate(db, "alice", PASSWORD)
    assert _user_row(db, "alice")["failed"] == 0
    for _ in range(4):
        assert _refusal(db, "alice", "wrong password!!").reason == "invalid"


def test_enabling_or_a_new_password_clears_a_lockout(db, alice):
    for _ in range(5):
        _refusal(db, "alice", "wrong password!!")
    auth.set_active(db, "alice", True)
    assert auth.authenticate(db, "alice", PASSWORD).id == alice
    for _ in range(5):
        _refusal(db, "alice", "wrong password!!")
    assert _refusal(db, "alice", PASSWORD).reason == "locked"
    auth.set_password(db, "alice", OTHER_PASSWORD)
    assert auth.authenticate(db, "alice", OTHER_PASSWORD).id == alice


def test_lockout_limits_come_from_the_environment(db, alice, monkeypatch):
    monkeypatch.setenv("CONSOLE_LOCKOUT_ATTEMPTS", "2")
    monkeypatch.setenv("CONSOLE_LOCKOUT_MINUTES", "60")
    assert _refusal(db, "alice", "wrong password!!").reason == "invalid"
    second = _refusal(db, "alice", "wrong password!!")
    assert second.reason == "locked"
    assert second.unlocks_at - utc_now() > timedelta(minutes=59)


def test_an_inactive_user_is_refused_and_its_sessions_end(db, alice):
    token, _ = auth.start_session(db, alice, "10.0.0.1")
    auth.set_active(db, "alice", False)
    assert _refusal(db, "alice", PASSWORD).reason == "invalid"
    assert auth.session_user(db, token) is None
    assert _user_row(db, "alice")["active"] is False
    auth.set_active(db, "alice", True)
    assert auth.session_user(db, token) is None  # enabling does not revive old sessions
    assert auth.authenticate(db, "alice", PASSWORD).id == alice


def test_a_session_of_an_inactive_user_is_not_valid(db, alice):
    token, _ = auth.start_session(db, alice, None)
    with db.session() as session:  # disabled behind the module's back: the check is in session_user itself
        session.execute(sa.update(StaffUser).where(StaffUser.id == alice).values(active=False))
    assert auth.session_user(db, token) is None


# --- sessions --------------------------------------------------------------------------------


def test_a_session_gives_its_user_and_csrf_token(db, alice):
    token, csrf = auth.start_session(db, alice, "192.0.2.7")
    assert token != csrf and len(token) >= 40 and len(csrf) >= 40
    user, session_csrf = auth.session_user(db, token)
    assert user == StaffUserInfo(alice, "alice", "Alice Agent", "agent")
    assert session_csrf == csrf
    other_token, other_csrf = auth.start_session(db, alice, "192.0.2.7")
    assert other_token != token and other_csrf != csrf
    for bad in (None, "", "forged", token + "x", "é" * 10, "a" * 500):
        assert auth.session_user(db, bad) is None


def test_only_the_hash_of_the_session_token_is_stored(db, alice):
    token, csrf = auth.start_session(db, alice, "192.0.2.7")
    with db.session() as session:
        rows = session.execute(sa.select(StaffSession)).scalars().all()
        stored = [(row.token_hash, row.csrf_token, row.ip, row.user_id) for row in rows]
    assert stored == [(hashlib.sha256(token.encode()).hexdigest(), csrf, "192.0.2.7", alice)]
    assert token not in stored[0][0]


def test_a_session_expires(db, alice, monkeypatch):
    token, _ = auth.start_session(db, alice, None)
    assert auth.session_user(db, token, now=utc_now() + timedelta(hours=9, minutes=59)) is not None
    assert auth.session_user(db, token, now=utc_now() + timedelta(hours=10, seconds=1)) is None
    monkeypatch.setenv("CONSOLE_SESSION_HOURS", "1")
    short, _ = auth.start_session(db, alice, None)
    assert auth.session_user(db, short, now=utc_now() + timedelta(minutes=61)) is None


def test_an_expired_session_in_the_database_is_not_valid_and_is_purged(db, alice):
    old, _ = auth.start_session(db, alice, None, now=utc_now() - timedelta(hours=11))
    current, _ = auth.start_session(db, alice, None)
    assert auth.session_user(db, old) is None
    assert auth.purge_expired_sessions(db) == 1
    assert auth.session_user(db, current) is not None
    with db.session() as session:
        assert session.execute(sa.select(sa.func.count()).select_from(StaffSession)).scalar_one() == 1


def test_ending_sessions(db, alice):
    bob = auth.create_user(db, "bob", "Bob", "supervisor", OTHER_PASSWORD)
    first, _ = auth.start_session(db, alice, None)
    second, _ = auth.start_session(db, alice, None)
    bobs, _ = auth.start_session(db, bob, None)
    auth.end_session(db, first)
    assert auth.session_user(db, first) is None
    assert auth.session_user(db, second) is not None
    auth.end_session(db, "unknown")  # harmless
    assert auth.end_sessions_of(db, alice) == 1
    assert auth.session_user(db, second) is None
    assert auth.session_user(db, bobs)[0].username == "bob"


def test_csrf_ok():
    assert auth.csrf_ok("abc123-token", "abc123-token")
    assert not auth.csrf_ok("abc123-token", "abc123-tokex")
    assert not auth.csrf_ok("abc123-token", None)
    assert not auth.csrf_ok("abc123-token", "")
    assert not auth.csrf_ok("", "")
    assert not auth.csrf_ok("abc123-token", "é")


# --- first admin -----------------------------------------------------------------------------


def test_the_first_admin_is_created_once_from_the_environment(db, monkeypatch, caplog):
    assert auth.ensure_first_admin(db) is None  # no password configured
    assert auth.list_users(db) == []
    monkeypatch.setenv("CONSOLE_ADMIN_PASSWORD", "first admin password")
    with caplog.at_level("DEBUG"):
        assert auth.ensure_first_admin(db) == "admin"
    assert "first admin password" not in caplog.text
    user = auth.authenticate(db, "admin", "first admin password")
    assert (user.role, user.display_name) == ("admin", "Administrator")
    assert auth.ensure_first_admin(db) is None
    assert len(auth.list_users(db)) == 1


def test_the_first_admin_username_comes_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("CONSOLE_ADMIN_USERNAME", "root.admin")
    monkeypatch.setenv("CONSOLE_ADMIN_PASSWORD", "first admin password")
    assert auth.ensure_first_admin(db) == "root.admin"
    assert auth.authenticate(db, "root.admin", "first admin password").role == "admin"


def test_no_first_admin_when_there_are_already_users(db, alice, monkeypatch):
    monkeypatch.setenv("CONSOLE_ADMIN_PASSWORD", "first admin password")
    assert auth.ensure_first_admin(db) is None
    assert [user.username for user in auth.list_users(db)] == ["alice"]


# --- command line ----------------------------------------------------------------------------


def _cli(tmp_path: Path, *args: str, password: str | None = PASSWORD) -> subprocess.CompletedProcess:
    env = {**os.environ, "APP_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db", "VAR_DIR": str(tmp_path)}
    env.pop("CONSOLE_NEW_PASSWORD", None)
    if password is not None:
        env["CONSOLE_NEW_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "bot.console.users", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )


def test_the_cli_creates_lists_disables_and_enables_users(tmp_path):
    created = _cli(tmp_path, "create", "carol", "--role", "supervisor", "--name", "Carol Supervisor")
    assert created.returncode == 0, created.stderr
    assert PASSWORD not in created.stdout + created.stderr
    db = Database(f"sqlite:///{tmp_path}/cli.db")
    user = auth.authenticate(db, "carol", PASSWORD)
    assert (user.role, user.display_name) == ("supervisor", "Carol Supervisor")

    listed = _cli(tmp_path, "list")
    assert listed.returncode == 0, listed.stderr
    line = next(line for line in listed.stdout.splitlines() if line.startswith("carol"))
    assert line.split()[:4] == ["carol", "supervisor", "yes", "no"]

    assert _cli(tmp_path, "disable", "carol").returncode == 0
    assert _cli(tmp_path, "list").stdout.splitlines()[1].split()[:3] == ["carol", "supervisor", "no"]
    assert _refusal(db, "carol", PASSWORD).reason == "invalid"
    assert _cli(tmp_path, "enable", "carol").returncode == 0
    assert auth.authenticate(db, "carol", PASSWORD).id == user.id

    assert _cli(tmp_path, "passwd", "carol", password=OTHER_PASSWORD).returncode == 0
    assert auth.authenticate(db, "carol", OTHER_PASSWORD).id == user.id


def test_the_cli_shows_locked_accounts(tmp_path):
    assert _cli(tmp_path, "create", "dave", "--role", "agent").returncode == 0
    db = Database(f"sqlite:///{tmp_path}/cli.db")
    for _ in range(5):
        _refusal(db, "dave", "wrong password!!")
    line = _cli(tmp_path, "list").stdout.splitlines()[1]
    assert line.split()[:5] == ["dave", "agent", "yes", "until", utc_now().strftime("%Y-%m-%d")]


@pytest.mark.parametrize(
    ("args", "password", "message"),
    [
        (("create", "x", "--role", "agent"), PASSWORD, "username"),
        (("create", "erin", "--role", "agent"), "too short", "at least 12"),
        (("create", "erin", "--role", "wizard"), PASSWORD, "invalid choice"),
        (("disable", "nobody"), None, "no staff user"),
        (("passwd", "nobody"), PASSWORD, "no staff user"),
    ],
)
def test_the_cli_exits_with_2_on_bad_input(tmp_path, args, password, message):
    result = _cli(tmp_path, *args, password=password)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_the_cli_refuses_a_duplicate(tmp_path):
    assert _cli(tmp_path, "create", "frank", "--role", "trainer").returncode == 0
    again = _cli(tmp_path, "create", "frank", "--role", "admin")
    assert again.returncode == 2 and "already exists" in again.stderr
