"""The queue page and its rows (reloaded every 2 s): who sees which items, and the filter by queue."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from bot.storage.models import Escalation, StaffSession, utc_now
from tests.unit.console.conftest import WRONG_ROLE, assert_log_in_first, assert_refused, assert_sent_to_login


def test_the_queue_needs_a_session(console):
    assert_sent_to_login(console.get("/queue"), "/queue")
    assert_sent_to_login(console.get("/queue?queue=billing"), "/queue")
    assert_log_in_first(console.get("/queue/rows"))


def test_a_trainer_has_no_queue(console):
    trainer = console.staff("trainer")
    assert_refused(console.get("/queue", trainer), WRONG_ROLE)
    rows = console.get("/queue/rows", trainer)  # the page's polling: an answer a script reads
    assert (rows.status_code, rows.json) == (403, {"error": WRONG_ROLE})


def test_the_queue_lists_every_waiting_item_most_urgent_first(console):
    console.escalate("web-calm", preview="when is the cafe open")
    console.escalate("web-crisis", crisis="self_harm", preview="[crisis message]")
    reply = console.get("/queue", console.staff("agent"))
    assert reply.status_code == 200
    assert reply.text.index('data-conversation="web-crisis"') < reply.text.index('data-conversation="web-calm"')
    assert 'data-poll="/queue/rows"' in reply.text and "when is the cafe open" in reply.text


def test_the_rows_alone_are_what_the_page_polls(console):
    console.escalate("web-one", preview="a question about parking")
    reply = console.get("/queue/rows", console.staff("agent"))
    assert reply.status_code == 200
    assert reply.text.lstrip().startswith("<tr") and "<html" not in reply.text
    assert "a question about parking" in reply.text


def test_nobody_waiting_is_said(console):
    assert "Nobody is waiting." in console.get("/queue/rows", console.staff("supervisor")).text


def test_an_agent_sees_only_the_items_of_their_queues_and_a_supervisor_all(console):
    console.escalate("web-billing", reason="billing_dispute")
    console.escalate("web-nurse", reason="clinical_question")
    billing_agent = console.staff("agent", queues=("billing",))
    supervisor = console.staff("supervisor")
    for path in ("/queue", "/queue/rows"):
        seen = console.get(path, billing_agent).text
        assert "web-billing" in seen and "web-nurse" not in seen
        everything = console.get(path, supervisor).text
        assert "web-billing" in everything and "web-nurse" in everything


def test_an_agent_still_sees_an_item_they_claimed_after_it_left_their_queues(console):
    moved = console.escalate("web-moved", reason="billing_dispute")
    agent = console.staff("agent", queues=("billing",))
    console.post(f"/conversations/{moved}/claim", who=agent)
    with console.db.session() as session:  # moved by someone else while it is claimed
        session.get(Escalation, moved).queue = "nurse_line"
    assert "web-moved" in console.get("/queue", agent).text


def test_the_filter_shows_one_queue_and_ignores_unknown_names(console):
    console.escalate("web-billing", reason="billing_dispute")
    console.escalate("web-nurse", reason="clinical_question")
    agent = console.staff("agent")
    filtered = console.get("/queue?queue=billing", agent).text
    assert "web-billing" in filtered and "web-nurse" not in filtered
    assert 'data-poll="/queue/rows?queue=billing"' in filtered
    rows = console.get("/queue/rows?queue=nurse_line", agent).text
    assert "web-nurse" in rows and "web-billing" not in rows
    unknown = console.get("/queue?queue=nowhere", agent).text
    assert "web-billing" in unknown and "web-nurse" in unknown


def _idle_deadline(console, token: str) -> datetime:
    with console.db.session() as session:
        return session.get(StaffSession, hashlib.sha256(token.encode()).hexdigest()).expires_at


def test_polling_does_not_keep_an_idle_session_alive_but_opening_a_page_does(console):
    agent = console.staff("agent")
    soon = utc_now() + timedelta(minutes=5)
    with console.db.session() as session:
        session.get(StaffSession, hashlib.sha256(agent.token.encode()).hexdigest()).expires_at = soon
    assert console.get("/queue/rows", agent).status_code == 200
    assert _idle_deadline(console, agent.token) == soon
    assert console.get("/queue", agent).status_code == 200
    assert _idle_deadline(console, agent.token) > soon + timedelta(minutes=20)
