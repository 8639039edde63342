"""The order and content of replies to crisis and sensitive messages."""

from __future__ import annotations

from datetime import datetime, timezone

from bot.safety_replies import SafetyFlags, privacy_notice, replies

ROUTINE = "ICU visiting hours are 9 AM to 9 PM."
# A Wednesday, 10:00 and 23:00 in Riverbend (America/Los_Angeles, UTC-8 in November).
OPEN = datetime(2026, 11, 18, 18, 0, tzinfo=timezone.utc)
CLOSED = datetime(2026, 11, 19, 7, 0, tzinfo=timezone.utc)


def test_flags_come_only_from_the_safety_metadata():
    assert SafetyFlags.from_metadata(None) == SafetyFlags()
    assert SafetyFlags.from_metadata({"safety": "yes"}) == SafetyFlags()
    assert SafetyFlags.from_metadata({"safety": {"crisis": "bogus", "sensitive": 1}}) == SafetyFlags(True, None)


def test_a_medical_emergency_gets_911_first_then_the_alert_then_the_routine_answer(facts):
    texts = replies(facts, SafetyFlags(True, "medical_emergency"), "directions", ROUTINE, OPEN)
    assert texts[0].startswith(f"This sounds like an emergency. Call {facts.emergency.number} now")
    assert facts.emergency.poison_control in texts[0]
    assert texts[1] == f"I've also flagged this conversation as urgent for our {facts.human_team.name} team."
    assert texts[2] == ROUTINE


def test_self_harm_gets_the_crisis_line_first(facts):
    texts = replies(facts, SafetyFlags(True, "self_harm"), "out_of_scope", "Sorry, I can't help", OPEN)
    assert f"call or text {facts.emergency.crisis_line}" in texts[0]
    assert len(texts) == 2  # no "I can't help with that" after a crisis


def test_outside_staffed_hours_the_alert_says_when_staff_will_see_it(facts):
    alert = replies(facts, SafetyFlags(True, "self_harm"), "greet", "Hi", CLOSED)[1]
    assert "closed right now" in alert
    assert "open tomorrow at 8" in alert
    assert "use the numbers above" in alert


def test_a_sensitive_message_gets_its_routine_answer_then_the_privacy_notice(facts):
    assert replies(facts, SafetyFlags(True, None), "visiting_hours", ROUTINE, OPEN) == [
        ROUTINE,
        privacy_notice(facts),
    ]
    assert facts.human_team.phone in privacy_notice(facts)
    assert facts.hospital.patient_portal in privacy_notice(facts)


def test_a_disclosure_without_a_question_gets_only_the_privacy_notice(facts):
    assert replies(facts, SafetyFlags(True, None), "out_of_scope", "Sorry", OPEN) == [privacy_notice(facts)]


def test_a_routine_message_gets_only_its_answer(facts):
    assert replies(facts, SafetyFlags(), "visiting_hours", ROUTINE, OPEN) == [ROUTINE]
