"""The supervisors' figures on a known week of conversations, on SQLite and on PostgreSQL: what each tile, series
and table says, the previous period, and the channel and queue filters."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.analytics import figures
from bot.analytics.recorder import event_row, store
from bot.storage.database import Database
from bot.storage.models import Escalation, SecureLink, StaffReply, StaffUser
from tests.conftest import new_postgres_database

TZ = ZoneInfo("America/Chicago")
MONDAY = date(2026, 11, 23)  # the week shown: Monday 23 to Sunday 29 November 2026


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def message(db: Database, conversation: str, at: datetime, intent: str, guess: str | None = None,
            starts: bool = True) -> None:
    """A patient message as the Rasa server stores it: after a session_started event when it starts a conversation."""
    ranking = [{"name": "nlu_fallback"}, {"name": guess}] if guess else []
    events = [{"event": "session_started", "sender_id": conversation, "timestamp": at.timestamp()}] if starts else []
    events.append({"event": "user", "sender_id": conversation, "timestamp": at.timestamp(), "text": "-",
                   "parse_data": {"intent": {"name": intent, "confidence": 0.9}, "intent_ranking": ranking}})
    with db.session() as session:
        store(session, [event_row(event, TZ) for event in events])


def escalation(db: Database, conversation: str, opened: datetime, reason: str = "request_human",
               queue: str = "patient_services", reply_after: timedelta | None = None, resolved_after: timedelta | None
               = None, by: int | None = None, callback: bool = False) -> None:
    with db.session() as session:
        item = Escalation(conversation_id=conversation, channel=conversation_channel(conversation), reason=reason,
                          urgent=reason in figures.CRISIS_REASONS, redacted_text="-", queue=queue,
                          created_at=opened, updated_at=opened, callback_promised=callback,
                          status="resolved" if resolved_after else "open", claimed_by=by, resolved_by=by if
                          resolved_after else None, resolved_at=opened + resolved_after if resolved_after else None,
                          first_reply_at=opened + reply_after if reply_after else None,
                          first_reply_by=by if reply_after else None)
        session.add(item)
        session.flush()
        if reply_after is not None:
            for delay in (reply_after, reply_after * 3):
                session.add(StaffReply(escalation_id=item.id, conversation_id=conversation, author_id=by,
                                       ciphertext=b"-", created_at=opened + delay))


def conversation_channel(conversation: str) -> str:
    from bot.conversation_ids import channel_of

    return channel_of(conversation)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path) -> Database:
    if request.param == "sqlite":
        database = Database(f"sqlite:///{tmp_path / 'app.db'}")
    else:
        database = Database(new_postgres_database(request.getfixturevalue("postgres_server")))
    database.ensure_schema()
    return database


@pytest.fixture
def week(db: Database) -> Database:
    """Five conversations in the week, one in the week before; two handed off, one crisis, a secure link."""
    with db.session() as session:
        session.add(StaffUser(id=7, username="ann", display_name="Ann Agent", role="agent", password_hash="-"))
        session.add(StaffUser(id=8, username="bo", display_name="Bo Nurse", role="agent", password_hash="-"))
    web = "web-" + "a" * 32
    message(db, web, local(MONDAY, 9), "ask_visiting_hours")
    message(db, web, local(MONDAY, 9, 5), "ask_parking", starts=False)
    message(db, "1234567", local(MONDAY, 23, 30), "ask_visiting_hours")  # Messenger, late Monday
    message(db, "1234567", local(MONDAY + timedelta(days=1), 0, 10), "nlu_fallback", guess="ask_billing",
            starts=False)  # 40 minutes later: the same conversation, past midnight
    message(db, "rest-1", local(MONDAY + timedelta(days=2), 14), "request_human")
    message(db, "rest-2", local(MONDAY + timedelta(days=3), 14), "nlu_fallback", guess="ask_billing")
    message(db, "rest-3", local(MONDAY + timedelta(days=6), 20), "nlu_fallback", guess="ask_doctor")
    message(db, "rest-old", local(MONDAY - timedelta(days=3), 10), "ask_parking")  # the previous week
    escalation(db, "rest-1", local(MONDAY + timedelta(days=2), 14, 1), reply_after=timedelta(minutes=4),
               resolved_after=timedelta(minutes=30), by=7)
    escalation(db, "rest-3", local(MONDAY + timedelta(days=6), 20, 1), reason="self_harm",
               reply_after=timedelta(minutes=2), resolved_after=timedelta(minutes=10), by=8)
    escalation(db, "rest-2", local(MONDAY + timedelta(days=3), 14, 1), reason="billing_dispute", queue="billing",
               callback=True)
    with db.session() as session:
        session.add(SecureLink(id="link-1", origin_conversation_id="1234567", origin_channel="messenger",
                               created_at=local(MONDAY, 23, 31), expires_at=local(MONDAY + timedelta(days=1), 23),
                               used_at=local(MONDAY, 23, 40)))
        session.add(SecureLink(id="link-2", origin_conversation_id="rest-2", origin_channel="rest",
                               created_at=local(MONDAY + timedelta(days=3), 14, 2),
                               expires_at=local(MONDAY + timedelta(days=4), 14)))
    return db


def report(db: Database, **filters) -> figures.Report:
    with db.session() as session:
        return figures.report(session, figures.Filters(MONDAY, MONDAY + timedelta(days=6), TZ, **filters))


def tile(result: figures.Report, key: str) -> figures.Tile:
    return next(found for found in result.tiles if found.key == key)


def test_the_tiles_count_the_week_and_the_week_before(week):
    result = report(week)
    assert (tile(result, "conversations").value, tile(result, "conversations").previous) == (5, 1)
    assert (tile(result, "messages").value, tile(result, "messages").previous) == (7, 1)
    assert tile(result, "messages_socketio").value == 2 and tile(result, "messages_messenger").value == 2
    assert tile(result, "messages_rest").value == 3 and tile(result, "messages_secure").value == 0
    assert tile(result, "resolved_alone").value == pytest.approx(2 / 5)  # the web chat and Messenger ones
    assert tile(result, "handoff_rate").value == pytest.approx(2 / 5)  # the crisis is not a handoff
    assert tile(result, "crises").value == 1
    assert tile(result, "crisis_reply").value == pytest.approx(120, abs=1)
    assert tile(result, "first_response").value == pytest.approx(180, abs=1)  # median of 4 and 2 minutes
    assert tile(result, "to_resolve").value == pytest.approx(20 * 60, abs=1)  # median of 30 and 10 minutes
    assert tile(result, "fallback_rate").value == pytest.approx(3 / 7)
    assert (tile(result, "moved_to_secure").value, tile(result, "secure_opened").value) == (2, 0.5)
    assert (tile(result, "callbacks").value, tile(result, "callbacks_done").value) == (1, 0)
    assert tile(result, "conversations").change == pytest.approx(4.0)


def test_the_series_heatmap_and_intents(week):
    result = report(week)
    daily = result.table("daily")
    assert daily.columns == ("Day", "Web chat", "Messenger", "REST API")
    assert daily.rows[0] == ("2026-11-23", 2, 1, 0) and daily.rows[1] == ("2026-11-24", 0, 1, 0)
    assert len(daily.rows) == 7 and sum(sum(row[1:]) for row in daily.rows) == 7
    hourly = result.table("hourly")
    assert len(hourly.rows) == 7 * 24 and ("2026-11-23 23:00", 0, 1, 0) in hourly.rows
    heatmap = result.table("heatmap")
    assert heatmap.rows[0][0] == "Monday" and heatmap.rows[0][1 + 9] == 2 and heatmap.rows[0][1 + 23] == 1
    assert heatmap.rows[6][1 + 20] == 1  # Sunday 20:00
    assert result.table("intents").rows == [("ask_visiting_hours", 2), ("ask_parking", 1), ("request_human", 1)]
    assert result.table("misunderstood").rows == [("ask_billing", 2), ("ask_doctor", 1)]


def test_the_queue_and_staff_tables(week):
    result = report(week)
    queues = {row[0]: row[1:] for row in result.table("queues").rows}
    assert queues["Patient services"] == (2, 2, 1, pytest.approx(180, abs=1), pytest.approx(1200, abs=1))
    assert queues["Billing"] == (1, 0, 0, None, None)
    agents = {row[0]: row[1:] for row in result.table("agents").rows}
    assert agents["Ann Agent"] == (1, 2, 1, pytest.approx(240, abs=1))
    assert agents["Bo Nurse"] == (1, 2, 1, pytest.approx(120, abs=1))


def test_the_filters(week):
    messenger = report(week, channel="messenger")
    assert tile(messenger, "messages").value == 2 and tile(messenger, "conversations").value == 1
    assert tile(messenger, "crises").value == 0 and tile(messenger, "moved_to_secure").value == 1
    assert messenger.table("daily").columns == ("Day", "Messenger")
    billing = report(week, queue="billing")
    assert tile(billing, "messages").value == 7  # messages have no queue
    assert tile(billing, "handoff_rate").value == pytest.approx(1 / 5)
    assert tile(billing, "crises").value == 0 and tile(billing, "callbacks").value == 1
    assert [row[0] for row in billing.table("queues").rows] == ["Billing"]


def test_a_patient_who_comes_back_weeks_later_counts_in_each_period_they_wrote_in_not_between(db):
    message(db, "1234567", local(MONDAY - timedelta(days=14), 10), "greet")
    message(db, "1234567", local(MONDAY + timedelta(days=14), 10), "greet")  # the same Messenger id, a new session
    assert tile(report(db), "conversations").value == 0
    with db.session() as session:
        later = figures.report(session, figures.Filters(MONDAY + timedelta(days=14), MONDAY + timedelta(days=20), TZ))
    assert (tile(later, "conversations").value, tile(later, "conversations").previous) == (1, 0)


def test_a_period_without_anything_says_nothing_rather_than_zero_shares(db):
    result = report(db)
    assert tile(result, "conversations").value == 0
    assert tile(result, "resolved_alone").value is None and tile(result, "first_response").value is None
    assert tile(result, "conversations").change is None
    assert result.table("intents").rows == [] and result.table("agents").rows == []


def test_the_previous_period_has_the_same_length_and_ends_the_day_before():
    filters = figures.Filters(date(2026, 11, 23), date(2026, 11, 29), TZ)
    before = filters.previous()
    assert (before.start, before.end, before.days) == (date(2026, 11, 16), date(2026, 11, 22), 7)
    start, after = filters.instants()
    assert start == datetime(2026, 11, 23, 6, tzinfo=timezone.utc) and after - start == timedelta(days=7)
