"""The queue page, its rows and its live updates (every 2 s, only what changed): who sees which items, paging,
filters by queue, channel, status and priority tier, and the search by conversation id."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta

from bot.console.pages import queue as queue_page
from bot.console.web import PREVIEW_CHARS
from bot.storage.models import Escalation, StaffSession, utc_now
from tests.unit.console.conftest import WRONG_ROLE, assert_log_in_first, assert_refused, assert_sent_to_login


def test_the_queue_needs_a_session(console):
    assert_sent_to_login(console.get("/queue"), "/queue")
    assert_sent_to_login(console.get("/queue?queue=billing"), "/queue?queue=billing")  # back to the same view
    assert_log_in_first(console.get("/queue/rows"))


def test_a_trainer_has_no_queue(console):
    trainer = console.staff("trainer")
    assert_refused(console.get("/queue", trainer), WRONG_ROLE)
    for path in ("/queue/rows", "/queue/updates"):  # the page's polling: an answer a script reads
        rows = console.get(path, trainer)
        assert (rows.status_code, rows.json) == (403, {"error": WRONG_ROLE})
    assert_log_in_first(console.get("/queue/updates"))


def test_the_queue_lists_every_waiting_item_most_urgent_first(console):
    console.escalate("web-calm", preview="when is the cafe open")
    console.escalate("web-crisis", crisis="self_harm", preview="[crisis message]")
    reply = console.get("/queue", console.staff("agent"))
    assert reply.status_code == 200
    assert reply.text.index('data-conversation="web-crisis"') < reply.text.index('data-conversation="web-calm"')
    assert 'data-updates="/queue/updates?page=1"' in reply.text and "when is the cafe open" in reply.text


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
    assert 'data-updates="/queue/updates?queue=billing&amp;page=1"' in filtered
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


def _shown(html: str) -> list[str]:
    return re.findall(r'data-conversation="([^"]+)"', html)


def test_the_queue_comes_a_page_at_a_time_with_previews_cut_short(console, monkeypatch):
    monkeypatch.setattr(queue_page, "PAGE_SIZE", 3)
    for number in range(7):
        console.escalate(f"web-{number}", preview="parking " * 60)
    agent = console.staff("agent")
    first = console.get("/queue", agent).text
    assert _shown(first) == ["web-0", "web-1", "web-2"]  # the longest waiting first, all else equal
    assert "Showing 1–3 of 7" in first and "Page 1 of 3" in first and 'href="/queue?page=2" rel="next"' in first
    third = console.get("/queue?page=3", agent).text
    assert _shown(third) == ["web-6"] and "Showing 7–7 of 7" in third and 'rel="prev"' in third
    assert _shown(console.get("/queue?page=99", agent).text) == ["web-6"]  # past the end: the last page
    preview = re.search(r'<span class="clamp">([^<]*)</span>', first).group(1)
    assert len(preview) <= PREVIEW_CHARS and preview.endswith("…")


def test_filters_by_channel_status_and_priority_and_search_by_conversation_id(console):
    console.escalate("web-calm")
    console.escalate("1234567", channel="messenger", sensitive=True)
    console.escalate("web-crisis", crisis="self_harm")
    claimed = console.escalate("web-taken")
    agent = console.staff("agent")
    console.post(f"/conversations/{claimed}/claim", who=agent)
    assert _shown(console.get("/queue?channel=messenger", agent).text) == ["1234567"]
    assert _shown(console.get("/queue?status=claimed", agent).text) == ["web-taken"]
    assert set(_shown(console.get("/queue?status=open", agent).text)) == {"web-calm", "1234567", "web-crisis"}
    assert _shown(console.get("/queue?tier=crisis", agent).text) == ["web-crisis"]
    assert _shown(console.get("/queue?tier=sensitive", agent).text) == ["1234567"]
    assert _shown(console.get("/queue?search=cris", agent).text) == ["web-crisis"]
    assert _shown(console.get("/queue?search=%25", agent).text) == []  # a LIKE wildcard is only a character
    assert _shown(console.get("/queue?search=WEB-CRI", agent).text) == ["web-crisis"]  # any case
    assert "No item matches these filters." in console.get("/queue?search=nobody", agent).text
    assert console.get("/queue?page=%C2%B2", agent).status_code == 200  # "²" is a digit to Python, not a page
    page = console.get("/queue?tier=crisis&search=web", agent).text
    assert 'data-updates="/queue/updates?tier=crisis&amp;search=web&amp;page=1"' in page
    assert '<option value="crisis" selected>' in page and 'name="search" value="web"' in page


def test_live_updates_send_only_the_rows_that_changed(console):
    calm = console.escalate("web-calm")
    console.escalate("web-other")
    agent = console.staff("agent")
    first = console.get("/queue/updates", agent).json
    assert [int(key) for key in first["rows"]] == first["order"] and len(first["order"]) == 2
    versions = dict(re.findall(r'data-id="(\d+)" data-version="([^"]+)"', "".join(first["rows"].values())))
    known = ",".join(f"{key}:{value}" for key, value in versions.items())
    assert console.get(f"/queue/updates?known={known}", agent).json["rows"] == {}  # nothing changed
    console.escalate("web-new", crisis="medical_emergency")
    console.escalate("web-calm", sensitive=True)  # a later message of the same conversation
    update = console.get(f"/queue/updates?known={known}", agent).json
    assert update["order"][0] != calm and len(update["order"]) == 3
    assert set(update["rows"]) == {str(update["order"][0]), str(calm)}  # the new one and the changed one
    assert "Showing 1–3 of 3" in update["summary"]
    for garbage in ("known=,,:", "known=abc:1,2", "known=" + "9:9," * 500):
        assert console.get(f"/queue/updates?{garbage}", agent).status_code == 200
