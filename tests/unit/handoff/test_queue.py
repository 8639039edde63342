"""The staff queue (priority, claims, transfers, counts), what the patient is told, and the console's records."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import ConversationPaused
from rasa_sdk.executor import CollectingDispatcher

from actions.handoff import hand_off, misunderstood_twice
from bot.console import records
from bot.handoff import queue
from bot.handoff.client import HandoffClient, HandoffUnavailable
from bot.handoff.messages import handed_off
from bot.handoff.priority import score, sentiment, sentiment_label
from bot.storage.database import Database
from bot.storage.models import Escalation
from tests.conftest import free_port

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=timezone.utc)  # a Monday afternoon


@pytest.fixture()
def db(tmp_path: Path) -> Database:
    return Database(f"sqlite:///{tmp_path / 'app.db'}")


def _backdate(db: Database, escalation_id: int, minutes: float) -> None:
    with db.session() as session:
        session.get(Escalation, escalation_id).created_at = datetime.now(timezone.utc) - timedelta(minutes=minutes)


# --- priority -------------------------------------------------------------------------------------


def test_the_score_orders_crisis_then_sensitive_then_negative_then_waiting():
    since = NOW - timedelta(minutes=600)  # ten hours: the longest possible wait
    crisis_just_now = score(True, False, 0.0, NOW, NOW)
    sensitive_waiting_long = score(False, True, 0.0, since, NOW)
    slightly_negative_just_now = score(False, False, 0.06, NOW, NOW)
    neutral_waiting_long = score(False, False, 0.0, since, NOW)
    assert crisis_just_now > sensitive_waiting_long > slightly_negative_just_now > neutral_waiting_long > 0
    assert score(False, False, 0.0, NOW - timedelta(minutes=20), NOW) > score(False, False, 0.0, NOW, NOW)
    assert score(False, False, 0.9, NOW, NOW) > score(False, False, 0.3, NOW, NOW)


def test_sentiment_tells_an_upset_patient_from_a_neutral_one():
    assert sentiment_label(sentiment("This is unacceptable, I'm furious, nobody has helped me for hours")) == "negative"
    assert sentiment_label(sentiment("what are ICU visiting hours?")) == "neutral"
    assert sentiment_label(sentiment("thank you so much, that's great")) == "positive"
    assert sentiment_label(None) == ""


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


# --- what the patient is told ---------------------------------------------------------------------


def test_while_staffed_someone_replies_here_otherwise_the_patient_hears_when(facts):
    monday_afternoon = datetime(2026, 11, 23, 12, 0, tzinfo=facts.tz)
    sunday = datetime(2026, 11, 22, 12, 0, tzinfo=facts.tz)
    text, live = handed_off(facts, "request_human", "patient_services", monday_afternoon)
    assert live and "someone will reply here" in text and facts.human_team.phone in text
    text, live = handed_off(facts, "complaint", "patient_services", sunday)
    assert not live and "closed right now" in text and "tomorrow at" in text and "passed your message on" in text


def _tracker(intents: list[str], metadata: dict | None = None, sender: str = "c-unit") -> Tracker:
    events = [{"event": "user", "text": f"message {i}", "parse_data": {"intent": {"name": name}}}
              for i, name in enumerate(intents)]
    return Tracker(sender, {}, {"text": "message", "intent": {"name": intents[-1]}, "metadata": metadata or {}},
                   events, False, None, {}, "action_listen")


def test_two_misunderstandings_in_a_row_are_handed_off():
    assert misunderstood_twice(_tracker(["ask_parking", "nlu_fallback", "nlu_fallback"]))
    assert not misunderstood_twice(_tracker(["nlu_fallback", "ask_parking", "nlu_fallback"]))
    assert not misunderstood_twice(_tracker(["out_of_scope", "nlu_fallback"]))  # a question we can't answer
    assert not misunderstood_twice(_tracker(["nlu_fallback"] * 3))  # handed off once, not at every message


def test_hand_off_queues_the_conversation_and_pauses_the_bot_only_when_staffed(facts, monkeypatch, tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'app.db'}")
    monkeypatch.setattr("actions.handoff.app_database", lambda: db)
    monkeypatch.setattr("actions.handoff.handed_off", lambda *_: ("someone will reply here", True))
    dispatcher = CollectingDispatcher()
    events = hand_off(dispatcher, _tracker(["request_human"], {"safety": {"sentiment": -0.6}}), facts, "request_human")
    assert events == [ConversationPaused()] and dispatcher.messages[0]["text"] == "someone will reply here"
    assert queue.unresolved_of(db, "c-unit").negativity == 0.6

    monkeypatch.setattr("actions.handoff.handed_off", lambda *_: ("closed right now", False))
    assert hand_off(CollectingDispatcher(), _tracker(["complaint"], sender="c-closed"), facts, "complaint") == []
    assert queue.unresolved_of(db, "c-closed").mode == "callback"


def test_when_the_queue_cannot_be_written_the_patient_gets_the_phone_number_and_the_bot_keeps_going(facts,
                                                                                                      monkeypatch):
    def broken():
        raise OSError("database is down")

    monkeypatch.setattr("actions.handoff.app_database", broken)
    dispatcher = CollectingDispatcher()
    assert hand_off(dispatcher, _tracker(["request_human"]), facts, "request_human") == []
    assert facts.human_team.phone in dispatcher.messages[0]["text"]


# --- the console's own records --------------------------------------------------------------------


def test_replies_and_notes_are_stored_encrypted(db, tmp_path):
    reply = records.add_reply(db, 1, "c6", 1, "Your appointment is on Tuesday")
    records.mark_reply(db, reply, "failed", "the web chat could not send it")
    records.add_note(db, 1, "c6", 1, "Patient mentioned her insulin dose")
    assert [(r.text, r.status) for r in records.replies_of(db, 1)] == [("Your appointment is on Tuesday", "failed")]
    assert [n.text for n in records.notes_of(db, 1)] == ["Patient mentioned her insulin dose"]
    raw = (tmp_path / "app.db").read_bytes()
    assert b"Tuesday" not in raw and b"insulin" not in raw
    with sqlite3.connect(tmp_path / "app.db") as connection:
        assert connection.execute("SELECT count(*) FROM staff_notes").fetchone() == (1,)


def test_the_console_client_reports_an_unreachable_assistant():
    client = HandoffClient(f"http://127.0.0.1:{free_port()}", "token", timeout_seconds=2)
    with pytest.raises(HandoffUnavailable, match="cannot be reached"):
        asyncio.run(client.transcript("c7"))
    with pytest.raises(HandoffUnavailable):
        asyncio.run(client.pause("c7"))
    sent = asyncio.run(client.send("c7", "hello", "Dana"))  # the console keeps the reply and shows this
    assert sent.status == "failed" and "cannot be reached" in sent.detail
