"""The analytics' event broker (bot.analytics.recorder): each patient message one row of counts, in the
hospital's local time, never its text; a database that is down costs the rows, not the answer."""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from bot.analytics.recorder import AnalyticsBroker, event_row
from bot.facts import facts_source
from bot.storage.database import Database
from bot.storage.models import IntentCount, MessageCount
from tests.conftest import FACTS_PATH

TZ = ZoneInfo("America/Chicago")
SECRET = "Zebulon Quixworth 4471-XQ"


def user_event(sender: str, intent: str, at: datetime, ranking: list[str] | None = None) -> dict:
    return {"event": "user", "sender_id": sender, "timestamp": at.timestamp(), "text": f"I am {SECRET}",
            "input_channel": "rest",
            "parse_data": {"text": f"I am {SECRET}", "intent": {"name": intent, "confidence": 0.42},
                           "intent_ranking": [{"name": name} for name in (ranking or [])]}}


def test_a_message_becomes_its_channel_intent_and_local_day_and_hour():
    row = event_row(user_event("1234567", "ask_parking", datetime(2026, 12, 1, 5, 30, tzinfo=ZoneInfo("UTC"))), TZ)
    assert row["channel"] == "messenger"  # the id names the channel, whatever the event says
    assert (row["intent"], row["fell_back"], row["guessed_intent"]) == ("ask_parking", False, "")
    # 05:30 UTC is 23:30 the evening before in Chicago, a Monday
    assert (row["local_day"], row["local_hour"], row["local_weekday"]) == (date(2026, 11, 30), 23, 0)
    assert SECRET not in repr(row)


def test_a_fallback_keeps_what_the_assistant_guessed():
    event = user_event("web-" + "b" * 32, "nlu_fallback", datetime(2026, 12, 1, 12, tzinfo=TZ),
                       ["nlu_fallback", "ask_billing", "ask_parking"])
    row = event_row(event, TZ)
    assert (row["channel"], row["fell_back"], row["guessed_intent"]) == ("socketio", True, "ask_billing")


def test_only_patient_messages_are_recorded():
    assert event_row({"event": "bot", "sender_id": "p1", "timestamp": 1.0, "text": "hi"}, TZ) is None
    assert event_row({"event": "user", "timestamp": 1.0}, TZ) is None  # no conversation
    assert event_row({"event": "user", "sender_id": "p1"}, TZ) is None  # no time


def test_the_broker_writes_batches_off_the_event_loop(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'app.db'}")
    broker = AnalyticsBroker(db, facts_source(FACTS_PATH))

    async def conversation() -> None:
        for intent in ("greet", "ask_parking", "nlu_fallback"):
            broker.publish(user_event("rest-1", intent, datetime(2026, 12, 1, 12, tzinfo=TZ), ["ask_doctor"]))
        broker.publish({"event": "action", "sender_id": "rest-1", "timestamp": 1.0, "name": "action_listen"})
        await broker.close()

    asyncio.run(conversation())
    with db.session() as session:
        intents = session.execute(sa.select(IntentCount.intent, IntentCount.guessed_intent, IntentCount.messages)
                                  .order_by(IntentCount.intent)).all()
        hours = session.execute(sa.select(MessageCount.local_hour, MessageCount.fell_back, MessageCount.messages)
                                .order_by(MessageCount.fell_back)).all()
    assert intents == [("ask_parking", "", 1), ("greet", "", 1), ("nlu_fallback", "ask_doctor", 1)]
    local_hour = datetime(2026, 12, 1, 12, tzinfo=TZ).astimezone(broker.facts.get().tz).hour
    assert hours == [(local_hour, False, 2), (local_hour, True, 1)]
    assert SECRET.encode() not in (tmp_path / "app.db").read_bytes()


def test_a_database_that_is_down_loses_the_rows_with_a_log_line_without_text(tmp_path, caplog):
    broker = AnalyticsBroker(Database("postgresql://nobody@127.0.0.1:9/none"), facts_source(FACTS_PATH))  # no server
    with caplog.at_level(logging.ERROR):
        broker.publish(user_event("rest-1", "greet", datetime(2026, 12, 1, 12, tzinfo=TZ)))  # no loop: at once
    assert "Could not record 1 message(s) for the analytics" in caplog.text
    assert SECRET not in caplog.text


def test_batches_add_up_and_conversations_are_counted_when_they_start(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'app.db'}")
    broker = AnalyticsBroker(db, facts_source(FACTS_PATH))
    noon = datetime(2026, 12, 4, 12, tzinfo=TZ)
    start = {"event": "session_started", "sender_id": "rest-1", "timestamp": noon.timestamp()}
    broker.write([event_row(start, TZ), event_row(user_event("rest-1", "greet", noon), TZ),
                  event_row(user_event("rest-1", "greet", noon), TZ)])
    broker.write([event_row(user_event("rest-1", "greet", noon), TZ)])
    with db.session() as session:
        counted = session.execute(sa.select(sa.func.sum(MessageCount.messages), sa.func.sum(MessageCount.conversations))
                                  ).one()
        greetings = session.scalar(sa.select(IntentCount.messages).where(IntentCount.intent == "greet"))
    assert tuple(counted) == (3, 1) and greetings == 3


def test_what_the_server_triggers_itself_and_events_of_an_unknown_shape_are_not_counted():
    noon = datetime(2026, 12, 4, 12, tzinfo=TZ)
    triggered = user_event("secure-" + "c" * 32, "request_appointment", noon)
    triggered["text"] = "EXTERNAL: request_appointment"  # the secure chat starting the carried-over request
    assert event_row(triggered, TZ) is None
    for timestamp in (float("nan"), 1e300, "noon"):
        assert event_row({**user_event("rest-1", "greet", noon), "timestamp": timestamp}, TZ) is None
    odd = user_event("rest-1", "nlu_fallback", noon)
    odd["parse_data"]["intent_ranking"] = ["not a dict", {"name": "ask_parking"}]
    assert event_row(odd, TZ)["guessed_intent"] == "ask_parking"


def test_a_broker_that_cannot_read_the_facts_drops_the_event_with_a_log_line(tmp_path, caplog):
    broker = AnalyticsBroker(Database(f"sqlite:///{tmp_path / 'app.db'}"), facts_source(tmp_path / "missing.yml"))
    with caplog.at_level(logging.ERROR):
        broker.publish(user_event("rest-1", "greet", datetime(2026, 12, 1, 12, tzinfo=TZ)))
    assert "Could not count an event for the analytics" in caplog.text and SECRET not in caplog.text
