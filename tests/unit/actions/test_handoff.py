"""actions.handoff: when a conversation is handed off, and what the patient is told (also when the queue cannot be
written)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import ConversationPaused
from rasa_sdk.executor import CollectingDispatcher

from actions.handoff import hand_off, misunderstood_twice
from bot.handoff import queue
from bot.storage.database import Database


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
