"""The staff queue (bot.handoff.queue): the most urgent first, one escalation per conversation, claims, transfers,
counts."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest

from bot.handoff import queue
from bot.storage.database import Database
from bot.storage.models import Escalation


def _backdate(db: Database, escalation_id: int, minutes: float) -> None:
    with db.session() as session:
        session.get(Escalation, escalation_id).created_at = datetime.now(timezone.utc) - timedelta(minutes=minutes)


def test_the_queue_lists_the_most_urgent_first_and_ties_by_longest_wait(db):
    older = queue.escalate(db, "c-old", "rest", "request_human", "hi")
    _backdate(db, older, 30)
    newer = queue.escalate(db, "c-new", "rest", "request_human", "hi")
    upset = queue.escalate(db, "c-upset", "rest", "complaint", "this is awful", compound=-0.8)
    sensitive = queue.escalate(db, "c-phi", "rest", "clinical_question", "I'm [CONDITION]", sensitive=True)
    crisis = queue.escalate(db, "c-crisis", "rest", "request_human", "help", crisis="self_harm")
    order = [item.id for item in queue.waiting(db)]
    assert order == [crisis, sensitive, upset, older, newer]
    assert [item.id for item in queue.waiting(db, queue="nurse_line")] == [sensitive]


def test_one_escalation_per_conversation_and_a_crisis_is_never_downgraded(db):
    first = queue.escalate(db, "c1", "rest", "request_human", "hi", mode="callback")
    with db.session() as session:
        ticket = queue.note_message(session, "c1", "rest", "[crisis text]", crisis="medical_emergency",
                                    sensitive=True, compound=-0.5, kinds="")
        assert ticket.id == first
    assert queue.escalate(db, "c1", "rest", "complaint", "later", mode="live") == first
    item = queue.get(db, first)
    assert (item.reason, item.crisis, item.mode, item.sensitive, item.negativity) == (
        "medical_emergency", "medical_emergency", "live", True, 0.5)
    assert item.preview == "[crisis text]"  # the ingress keeps the preview current, not the action


def test_messages_of_a_conversation_without_escalation_open_nothing_unless_a_crisis(db):
    with db.session() as session:
        assert queue.note_message(session, "c2", "rest", "where do I park", crisis=None, sensitive=False,
                                  compound=0.0, kinds="") is None
        crisis = queue.note_message(session, "c2", "rest", "[crisis]", crisis="self_harm", sensitive=True,
                                    compound=-0.7, kinds="mental_health")
        assert (crisis.mode, crisis.urgent, crisis.queue) == ("callback", True, "patient_services")


def test_claims_race_one_winner_then_release_transfer_resolve(db):
    escalation_id = queue.escalate(db, "c3", "rest", "request_human", "hi", mode="callback")
    db.ensure_schema()
    results: list[object] = []
    barrier = threading.Barrier(4)

    def claim(user_id: int) -> None:
        barrier.wait()
        try:
            results.append(queue.claim(db, escalation_id, user_id).claimed_by)
        except queue.ClaimRefused as refusal:
            results.append(refusal.reason)

    threads = [threading.Thread(target=claim, args=(user,)) for user in (1, 2, 3, 4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [result for result in results if isinstance(result, int)]
    assert len(winners) == 1 and results.count("claimed") == 3
    assert queue.get(db, escalation_id).paused

    released = queue.release(db, escalation_id)
    assert (released.status, released.paused) == ("open", True)  # the bot stays paused for the next agent
    moved = queue.transfer(db, escalation_id, "billing")
    assert (moved.queue, moved.status, moved.claimed_by) == ("billing", "open", None)
    with pytest.raises(ValueError):
        queue.transfer(db, escalation_id, "no-such-queue")
    assert queue.resolve(db, escalation_id, 2).status == "resolved"
    assert queue.resolve(db, escalation_id, 2) is None  # already resolved
    with pytest.raises(queue.ClaimRefused) as refused:
        queue.claim(db, escalation_id, 1)
    assert refused.value.reason == "resolved"
    assert queue.waiting(db) == []


def test_supervisor_counts_per_queue(db):
    waiting = queue.escalate(db, "c4", "rest", "billing_dispute", "bill")
    _backdate(db, waiting, 12)
    done = queue.escalate(db, "c5", "rest", "billing_dispute", "bill")
    queue.claim(db, done, 7)
    queue.resolve(db, done, 7)
    billing = {row.queue: row for row in queue.stats(db)}["billing"]
    assert (billing.open, billing.claimed, billing.handled_today) == (1, 0, 1)
    assert billing.longest_wait >= timedelta(minutes=12)
