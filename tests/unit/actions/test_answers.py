"""actions.answers: the answer actions, run as the action server runs them, against a tracker."""

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher

import actions.answers as answers_module
from tests.unit.actions.conftest import _tracker


def _run(action, tracker):
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, tracker, {})
    return [m["text"] for m in dispatcher.messages], events


def test_visiting_hours_action_answers_and_remembers_the_context(facts):
    texts, events = _run(answers_module.ActionVisitingHours(), _tracker("ask_visiting_hours", [
        {"entity": "unit", "value": "icu"}]))
    assert facts.unit("icu").visiting_hours.describe() in texts[0]
    assert SlotSet("topic", "visiting_hours") in events and SlotSet("unit", "icu") in events


def test_follow_up_reuses_the_topic_with_the_new_place(facts):
    slots = {"topic": "visiting_hours", "unit": "icu"}
    texts, events = _run(answers_module.ActionFollowUp(), _tracker("inform", [
        {"entity": "unit", "value": "maternity"}], slots))
    assert facts.unit("maternity").visiting_hours.describe() in texts[0]
    assert SlotSet("unit", "maternity") in events


def test_follow_up_with_a_day_keeps_the_place(facts):
    slots = {"topic": "visiting_hours", "unit": "surgical"}
    latest = _tracker("inform", [{"entity": "day", "value": "weekends"}], slots)
    texts, _ = _run(answers_module.ActionFollowUp(), latest)
    assert facts.unit("surgical").visiting_hours.describe(["saturday", "sunday"]) in texts[0]


def test_follow_up_without_a_previous_topic_asks_what_to_know(facts):
    texts, _ = _run(answers_module.ActionFollowUp(), _tracker("inform", [{"entity": "unit", "value": "nicu"}]))
    assert texts[0].startswith(f"What would you like to know about {facts.unit('nicu').name}")


def test_chit_chat_actions_do_not_forget_the_topic():
    texts, events = _run(answers_module.ActionThank(), _tracker("thank"))
    assert texts and events == []


def test_every_answer_action_speaks(facts):
    executor = ActionExecutor()
    executor.register_package("actions")
    for name, action_class in [(cls().name(), cls) for cls in answers_module.AnswerAction.__subclasses__()]:
        texts, _ = _run(action_class(), _tracker("any"))
        if name in ("action_answer_appointment_book", "action_answer_prescription_refill",
                    "action_answer_medical_records"):  # the answer, then the offer to take the request securely
            assert len(texts) == 2 and "/secure/enter/" in texts[1]
        else:
            assert len(texts) == 1 and texts[0], name


# --- sensitive messages: the secure chat link --------------------------------------------------


def _flagged(intent: str, sender: str = "web-1", entities: list[dict] | None = None, **safety) -> Tracker:
    tracker = _tracker(intent, entities)
    tracker.sender_id = sender
    flags = {"sensitive": True, "crisis": None, "kinds": ["condition"], **safety}
    tracker.latest_message["metadata"] = {"safety": flags}
    return tracker


def test_a_sensitive_message_gets_its_answer_then_a_one_time_link_to_the_secure_chat(facts, tmp_path, monkeypatch):
    from bot.secure import links
    from bot.storage.database import Database

    db = Database(f"sqlite:///{tmp_path / 'app.db'}")
    monkeypatch.setattr(answers_module, "app_database", lambda: db)
    entities = [{"entity": "unit", "value": "icu"}]
    texts, _ = _run(answers_module.ActionVisitingHours(), _flagged("ask_visiting_hours", entities=entities))
    assert facts.unit("icu").visiting_hours.describe() in texts[0]
    assert "secure chat" in texts[1] and "works once, for the next 15 minutes" in texts[1]
    token = texts[1].rsplit("/secure/enter/", 1)[1]
    entry = links.redeem(db, token)
    assert entry.origin_conversation_id == "web-1"
    assert entry.carry_over == {"topic": "visiting_hours", "unit": "icu"}


def test_without_a_database_the_link_falls_back_to_the_privacy_notice(facts, monkeypatch):
    from bot.safety_replies import privacy_notice
    from bot.storage.database import Database

    monkeypatch.setattr(answers_module, "app_database", lambda: Database("postgresql://nobody@127.0.0.1:1/app"))
    texts, _ = _run(answers_module.ActionParking(), _flagged("ask_parking"))
    assert texts[-1] == privacy_notice(facts)


def test_in_the_secure_chat_a_sensitive_message_gets_only_its_answer(facts, monkeypatch):
    monkeypatch.setattr(answers_module, "app_database", lambda: pytest.fail("no link in the secure chat"))
    texts, _ = _run(answers_module.ActionParking(), _flagged("ask_parking", sender="secure-abc"))
    assert len(texts) == 1 and facts.parking.garages[0].rates in texts[0]


# --- the appointment request in the secure chat ------------------------------------------------


def test_in_the_secure_chat_booking_starts_the_request_form_with_the_department(monkeypatch):
    from rasa_sdk.events import FollowupAction

    tracker = _tracker("appointment_book", [{"entity": "department", "value": "cardiology"}])
    tracker.sender_id = "secure-abc"
    texts, events = _run(answers_module.ActionAppointmentBook(), tracker)
    assert texts == ["I can take your appointment request here, and Central Scheduling will call you."]
    assert events == [SlotSet("request_kind", "appointment_request"), SlotSet("request_department", "cardiology"),
                      FollowupAction("appointment_request_form")]


def test_in_the_secure_chat_a_health_question_goes_to_the_nurses():
    from rasa_sdk.events import FollowupAction

    tracker = _flagged("out_of_scope", sender="secure-abc")
    tracker.latest_message["text"] = "is it normal to feel dizzy on my new blood pressure pills?"
    texts, events = _run(answers_module.ActionOutOfScope(), tracker)
    assert "pass your question to our nurses" in texts[0]
    assert events == [SlotSet("request_kind", "care_question"),
                      SlotSet("care_question", "is it normal to feel dizzy on my new blood pressure pills?"),
                      FollowupAction("care_question_form")]


def test_in_the_secure_chat_a_crisis_is_answered_before_any_request(facts):
    tracker = _flagged("appointment_book", sender="secure-abc", crisis="medical_emergency")
    texts, events = _run(answers_module.ActionAppointmentBook(), tracker)
    assert texts[0].startswith(f"This sounds like an emergency. Call {facts.emergency.number} now")
    assert all(event["event"] != "followup" for event in events)


# --- a message not understood: the topics it leaned to come first ------------------------------


def _not_understood(ranking: list[tuple[str, float]]) -> Tracker:
    tracker = _tracker("nlu_fallback")
    tracker.latest_message["intent_ranking"] = [{"name": name, "confidence": value} for name, value in ranking]
    return tracker


def _buttons_of(tracker: Tracker) -> tuple[list[str], list[str]]:
    dispatcher = CollectingDispatcher()
    answers_module.ActionOutOfScope().run(dispatcher, tracker, {})
    message = dispatcher.messages[-1]
    return [m["text"] for m in dispatcher.messages], [button["payload"] for button in message["buttons"]]


def test_a_message_not_understood_offers_the_topics_it_leaned_to_first(facts):
    texts, payloads = _buttons_of(_not_understood([
        ("nlu_fallback", 0.5), ("appointment_check", 0.47), ("ask_medical_records", 0.21), ("complaint", 0.2)]))
    assert payloads[:2] == ["/appointment_check", "/ask_medical_records"] and len(payloads) == 5
    assert '"My appointments" or "Medical records"' in texts[-1] and facts.hospital.main_phone in texts[-1]
    assert "can't help with that" not in texts[-1]


def test_noise_in_the_ranking_and_a_declined_request_get_the_usual_answer(facts):
    for tracker in (_not_understood([("nlu_fallback", 0.5), ("greet", 0.3), ("ask_parking", 0.1)]),
                    _tracker("out_of_scope")):
        texts, payloads = _buttons_of(tracker)
        assert "can't help with that here" in texts[-1]
        assert payloads == [button["payload"] for button in answers_module.COMMON_TOPICS]


def test_every_routine_topic_has_a_button_that_fits_a_messenger_quick_reply():
    import yaml

    from bot.channels.messenger.graph import QUICK_REPLY_TITLE_LIMIT
    from bot.nlu_quality import CHAT, NOT_TOPICS

    with open("config/domain.yml", encoding="utf-8") as domain:
        intents = set(yaml.safe_load(domain)["intents"])
    assert set(answers_module.TOPIC_TITLES) == intents - NOT_TOPICS - CHAT
    assert all(len(title) <= QUICK_REPLY_TITLE_LIMIT for title in answers_module.TOPIC_TITLES.values())
