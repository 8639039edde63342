"""The supervisors' pages: counts per queue, and the audit log (who opened what)."""

from __future__ import annotations

import pytest

from bot.console import records
from tests.unit.console.conftest import WRONG_ROLE, assert_refused, assert_sent_to_login


@pytest.mark.parametrize("path", ["/supervisor", "/audit"])
def test_the_oversight_pages_need_a_session(console, path):
    assert_sent_to_login(console.get(path), path)


@pytest.mark.parametrize("path", ["/supervisor", "/audit", "/audit?conversation=web-1"])
@pytest.mark.parametrize("role", ["agent", "trainer"])
def test_the_oversight_pages_are_for_supervisors_and_admins(console, path, role):
    assert_refused(console.get(path, console.staff(role)), WRONG_ROLE)


@pytest.mark.parametrize("role", ["supervisor", "admin"])
def test_the_supervisor_page_counts_each_queue(console, role):
    console.escalate("web-1")
    console.escalate("web-2")
    console.escalate("web-3", reason="billing_dispute")
    reply = console.get("/supervisor", console.staff(role))
    assert reply.status_code == 200
    assert '<tr data-queue="patient_services"><td>Patient services</td><td class="open">2</td>' in reply.text
    assert '<tr data-queue="billing"><td>Billing</td><td class="open">1</td>' in reply.text
    assert '<tr data-queue="pharmacy"><td>Pharmacy</td><td class="open">0</td>' in reply.text


def test_the_audit_log_lists_the_newest_first_and_filters_by_conversation(console):
    records.audit(console.db, 7, "dana", "open_transcript", "10.0.0.9", "web-1", 1)
    records.audit(console.db, 7, "dana", "reply", "10.0.0.9", "web-2", 2, detail="first")
    supervisor = console.staff("supervisor")
    everything = console.get("/audit", supervisor)
    assert everything.status_code == 200
    assert everything.text.index("reply") < everything.text.index("open transcript")
    assert '<a href="/audit?conversation=web-1">web-1</a>' in everything.text and "10.0.0.9" in everything.text
    one = console.get("/audit?conversation=web-2", supervisor).text
    assert "web-2" in one and "open transcript" not in one and 'value="web-2"' in one


def test_an_empty_audit_log_says_so(console):
    assert "Nothing yet." in console.get("/audit", console.staff("admin")).text
