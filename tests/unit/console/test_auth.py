"""Staff console authentication: argon2 passwords, login throttling, hashed sessions, CSRF, first admin, CLI."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher

from bot.console import auth
from bot.console.auth import LoginRefused, StaffUserInfo
from bot.storage.database import Database
from bot.storage.models import StaffSession, StaffUser, utc_now

ROOT = Path(__file__).resolve().parents[3]
PASSWORD = "correct horse battery"
OTHER_PASSWORD = "another long passphrase"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "CONSOLE_LOCKOUT_ATTEMPTS", "CONSOLE_LOCKOUT_MINUTES", "CONSOLE_SESSION_HOURS", "CONSOLE_IDLE_MINUTES",
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
        return {"hash": user.password_hash, "active": user.active}


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


# --- login and throttling --------------------------------------------------------------------


def test_unknown_users_and_wrong_passwords_are_refused_alike(db, alice):
    unknown = _refusal(db, "mallory", PASSWORD)
    wrong = _refusal(db, "alice", "wrong password!!")
    assert unknown.reason == wrong.reason == "invalid"
    assert unknown.retry_after == wrong.retry_after == 0
    assert str(unknown) == str(wrong) == "invalid"


def test_an_unknown_username_still_costs_an_argon2_verification(db, monkeypatch):
    calls = []
    real_verify = auth.verify_password
    monkeypatch.setattr(auth, "verify_password", lambda *args: calls.append(args) or real_verify(*args))
    assert _refusal(db, "mallory", PASSWORD).reason == "invalid"
    assert len(calls) == 1 and calls[0][0].startswith("$argon2id$")


def test_five_failures_throttle_a_username_from_that_address_even_against_the_right_password(db, alice):
    throttle = auth.LoginThrottle()
    for _ in range(5):
        assert _refusal(db, "alice", "wrong password!!", address="203.0.113.9", throttle=throttle).reason == "invalid"
    refused = _refusal(db, "alice", PASSWORD, address="203.0.113.9", throttle=throttle)
    assert refused.reason == "throttled" and 14 * 60 < refused.retry_after <= 15 * 60
    # Someone trying the admin's username elsewhere does not lock the admin out of their own desk.
    assert auth.authenticate(db, "alice", PASSWORD, "198.51.100.4", throttle).id == alice
    assert throttle.throttled("alice")  # the Staff page shows it (refused from one address), and can lift it
    throttle.lift("alice")
    assert auth.authenticate(db, "alice", PASSWORD, "203.0.113.9", throttle).id == alice


def test_simultaneous_guesses_do_not_slip_past_the_throttle(db, alice):
    from concurrent.futures import ThreadPoolExecutor

    throttle = auth.LoginThrottle()

    def guess(_: int) -> str:
        try:
            auth.authenticate(db, "alice", "wrong password!!", "203.0.113.9", throttle)
        except LoginRefused as refused:
            return refused.reason
        return "in"

    with ThreadPoolExecutor(8) as pool:
        reasons = list(pool.map(guess, range(12)))
    assert reasons.count("invalid") == 5 and reasons.count("throttled") == 7  # 5 guesses checked, no more


def test_unknown_usernames_are_throttled_alike_so_the_answer_tells_nothing(db, alice):
    throttle = auth.LoginThrottle()
    answers = {}
    for username in ("alice", "nobody-here"):
        answers[username] = [_refusal(db, username, "wrong password!!", address="203.0.113.9",
                                      throttle=throttle).reason for _ in range(6)]
    assert answers["alice"] == answers["nobody-here"] == ["invalid"] * 5 + ["throttled"]


def test_one_address_trying_many_usernames_is_throttled(db, alice):
    throttle = auth.LoginThrottle()
    for index in range(20):  # 4 x 5 failures, never 5 for one username
        _refusal(db, f"guess{index}", "wrong password!!", address="203.0.113.9", throttle=throttle)
    assert _refusal(db, "alice", PASSWORD, address="203.0.113.9", throttle=throttle).reason == "throttled"
    assert auth.authenticate(db, "alice", PASSWORD, "198.51.100.4", throttle).id == alice


def test_many_addresses_trying_one_username_throttle_it_everywhere_until_an_admin_lifts_it(db, alice):
    throttle = auth.LoginThrottle()
    for index in range(50):  # 10 x 5 failures, from 25 addresses
        _refusal(db, "alice", "wrong password!!", address=f"203.0.113.{index // 2}", throttle=throttle)
    assert throttle.throttled("alice")
    assert _refusal(db, "alice", PASSWORD, address="198.51.100.4", throttle=throttle).reason == "throttled"
    throttle.lift("alice")
    assert auth.authenticate(db, "alice", PASSWORD, "198.51.100.4", throttle).id == alice
    assert auth.authenticate(db, "alice", PASSWORD, "203.0.113.0", throttle).id == alice


def test_successful_logins_do_not_count_and_the_window_comes_from_the_environment(db, alice, monkeypatch):
    monkeypatch.setenv("CONSOLE_LOCKOUT_ATTEMPTS", "2")
    monkeypatch.setenv("CONSOLE_LOCKOUT_MINUTES", "60")
    throttle = auth.LoginThrottle()
    for _ in range(5):
        auth.authenticate(db, "alice", PASSWORD, "203.0.113.9", throttle)
    _refusal(db, "alice", "wrong password!!", address="203.0.113.9", throttle=throttle)
    _refusal(db, "alice", "wrong password!!", address="203.0.113.9", throttle=throttle)
    refused = _refusal(db, "alice", PASSWORD, address="203.0.113.9", throttle=throttle)
    assert refused.reason == "throttled" and refused.retry_after > 59 * 60


def test_a_throttle_runs_out_with_its_window(db, alice):
    throttle = auth.LoginThrottle(attempts=1, window=timedelta(seconds=1))
    _refusal(db, "alice", "wrong password!!", address="203.0.113.9", throttle=throttle)
    assert _refusal(db, "alice", PASSWORD, address="203.0.113.9", throttle=throttle).reason == "throttled"
    time.sleep(1.1)
    assert auth.authenticate(db, "alice", PASSWORD, "203.0.113.9", throttle).id == alice


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


def test_a_session_expires_after_its_full_length_however_active(db, alice, monkeypatch):
    token, _ = auth.start_session(db, alice, None)
    start = utc_now()
    for minutes in range(20, 600, 20):  # someone working all day
        assert auth.session_user(db, token, now=start + timedelta(minutes=minutes)) is not None
    assert auth.session_user(db, token, now=start + timedelta(hours=9, minutes=59)) is not None
    assert auth.session_user(db, token, now=start + timedelta(hours=10, seconds=1)) is None
    monkeypatch.setenv("CONSOLE_SESSION_HOURS", "1")
    short, _ = auth.start_session(db, alice, None)
    assert auth.session_user(db, short, now=utc_now() + timedelta(minutes=61)) is None


def test_an_idle_session_ends_and_background_polling_does_not_keep_it_alive(db, alice, monkeypatch):
    token, _ = auth.start_session(db, alice, None)
    start = utc_now()
    assert auth.session_user(db, token, now=start + timedelta(minutes=25)) is not None  # a page opened
    for minutes in range(26, 55):  # the open page polls; nobody touches it
        assert auth.session_user(db, token, now=start + timedelta(minutes=minutes), active=False) is not None
    assert auth.session_user(db, token, now=start + timedelta(minutes=56), active=False) is None
    assert auth.session_user(db, token, now=start + timedelta(minutes=56)) is None  # ended: activity cannot revive
    monkeypatch.setenv("CONSOLE_IDLE_MINUTES", "5")
    short, _ = auth.start_session(db, alice, None)
    assert auth.session_user(db, short, now=utc_now() + timedelta(minutes=6)) is None


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
    assert line.split()[:4] == ["carol", "supervisor", "yes", "all"]

    assert _cli(tmp_path, "disable", "carol").returncode == 0
    assert _cli(tmp_path, "list").stdout.splitlines()[1].split()[:3] == ["carol", "supervisor", "no"]
    assert _refusal(db, "carol", PASSWORD).reason == "invalid"
    assert _cli(tmp_path, "enable", "carol").returncode == 0
    assert auth.authenticate(db, "carol", PASSWORD).id == user.id

    assert _cli(tmp_path, "passwd", "carol", password=OTHER_PASSWORD).returncode == 0
    assert auth.authenticate(db, "carol", OTHER_PASSWORD).id == user.id


def test_the_cli_creates_an_agent_for_some_queues_and_lists_them(tmp_path):
    assert _cli(tmp_path, "create", "dave", "--role", "agent", "--queues", "billing,pharmacy").returncode == 0
    line = _cli(tmp_path, "list").stdout.splitlines()[1]
    assert line.split()[:4] == ["dave", "agent", "yes", "billing,pharmacy"]
    assert auth.authenticate(Database(f"sqlite:///{tmp_path}/cli.db"), "dave", PASSWORD).queues == (
        "billing", "pharmacy")
    refused = _cli(tmp_path, "create", "erin", "--role", "agent", "--queues", "billing,astrology")
    assert refused.returncode == 2 and "unknown queue(s): astrology" in refused.stderr


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
