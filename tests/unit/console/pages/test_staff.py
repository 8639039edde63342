"""The admins' Staff page: accounts listed and created, a throttled username unlocked."""

from __future__ import annotations

import pytest

from bot.console import auth
from tests.unit.console.conftest import (
    BAD_FORM,
    PASSWORD,
    WRONG_ROLE,
    assert_back,
    assert_refused,
    assert_sent_to_login,
)

NEW_ACCOUNT = {"username": "newbie", "display_name": "New Agent", "role": "agent", "password": PASSWORD,
               "queues": ["billing", "pharmacy"]}


def _usernames(console) -> list[str]:
    return [user.username for user in auth.list_users(console.db)]


def test_the_staff_page_needs_a_session(console):
    assert_sent_to_login(console.get("/staff"), "/staff")
    assert_sent_to_login(console.post("/staff", NEW_ACCOUNT), "/staff")
    assert_sent_to_login(console.post("/staff/dana/unlock"), "/staff/dana/unlock")
    assert _usernames(console) == []


@pytest.mark.parametrize("role", ["agent", "supervisor", "trainer"])
def test_only_admins_manage_accounts(console, role):
    someone = console.staff(role)
    assert_refused(console.get("/staff", someone), WRONG_ROLE)
    assert_refused(console.post("/staff", NEW_ACCOUNT, someone), WRONG_ROLE)
    assert_refused(console.post("/staff/dana/unlock", who=someone), WRONG_ROLE)
    assert _usernames(console) == [someone.username] and console.audit() == []


@pytest.mark.parametrize("token", [None, "forged-token"])
def test_a_staff_form_without_the_session_csrf_token_changes_nothing(console, token):
    admin = console.staff("admin")
    assert_refused(console.post("/staff", NEW_ACCOUNT, admin, csrf=token), BAD_FORM)
    assert_refused(console.post("/staff/dana/unlock", who=admin, csrf=token), BAD_FORM)
    assert _usernames(console) == [admin.username] and console.audit() == []


def test_the_page_lists_the_accounts_and_their_queues(console):
    admin = console.staff("admin")
    auth.create_user(console.db, "billy", "Billy Agent", "agent", PASSWORD, ["billing"])
    reply = console.get("/staff?notice=Hi.", admin)
    assert reply.status_code == 200
    assert '<tr data-username="billy"><td>billy</td><td>Billy Agent</td><td>agent</td>' in reply.text
    assert "<td>Billing</td>" in reply.text and '<p class="notice" role="status">Hi.</p>' in reply.text


def test_an_admin_creates_an_account_and_it_is_audited(console):
    admin = console.staff("admin")
    assert_back(console.post("/staff", NEW_ACCOUNT, admin), "/staff", "Account created.")
    created = auth.authenticate(console.db, "newbie", PASSWORD)
    assert (created.display_name, created.role, created.queues) == ("New Agent", "agent", ("billing", "pharmacy"))
    assert console.audit() == [(admin.id, admin.username, "create_user", "127.0.0.1", None, None, "newbie (agent)")]


def test_an_account_with_no_queue_ticked_works_every_queue(console):
    admin = console.staff("admin")
    console.post("/staff", {**NEW_ACCOUNT, "queues": []}, admin)
    assert auth.authenticate(console.db, "newbie", PASSWORD).queues is None


@pytest.mark.parametrize(("change", "why"), [
    ({"password": "short"}, "the password must be at least 12 characters long"),
    ({"role": "owner"}, "the role must be one of agent, supervisor, trainer, admin (not 'owner')"),
    ({"username": "a b"}, "the username must be 3 to 64 characters: letters, digits, and _ . @ -"),
])
def test_a_bad_account_is_refused_with_the_reason(console, change, why):
    admin = console.staff("admin")
    assert_back(console.post("/staff", {**NEW_ACCOUNT, **change}, admin), "/staff", why)
    assert _usernames(console) == [admin.username] and console.audit() == []


def test_unlocking_lifts_a_usernames_throttle_and_is_audited(make_console, monkeypatch):
    monkeypatch.setenv("CONSOLE_LOCKOUT_ATTEMPTS", "1")
    console = make_console()
    auth.create_user(console.db, "dana", "Dana Agent", "agent", PASSWORD)
    admin = console.staff("admin")
    assert "throttled after failed attempts" not in console.get("/staff", admin).text
    console.log_in("dana", "wrong password!")
    assert "throttled after failed attempts" in console.get("/staff", admin).text
    assert_back(console.post("/staff/dana/unlock", who=admin), "/staff", "dana may log in again.")
    assert "throttled after failed attempts" not in console.get("/staff", admin).text
    assert console.audit()[-1] == (admin.id, admin.username, "unlock_login", "127.0.0.1", None, None, "dana")


def test_unlocking_a_name_with_no_account_says_so(console):
    admin = console.staff("admin")
    assert_back(console.post("/staff/nobody/unlock", who=admin), "/staff",
                "There is no account named nobody; its failed logins were cleared.")
