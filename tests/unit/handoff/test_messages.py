"""bot.handoff.messages: what the patient is told when handed off."""

from __future__ import annotations

from datetime import datetime

from bot.handoff.messages import handed_off


def test_while_staffed_someone_replies_here_otherwise_the_patient_hears_when(facts):
    monday_afternoon = datetime(2026, 11, 23, 12, 0, tzinfo=facts.tz)
    sunday = datetime(2026, 11, 22, 12, 0, tzinfo=facts.tz)
    text, live = handed_off(facts, "request_human", "patient_services", monday_afternoon)
    assert live and "someone will reply here" in text and facts.human_team.phone in text
    text, live = handed_off(facts, "complaint", "patient_services", sunday)
    assert not live and "closed right now" in text and "tomorrow at" in text and "passed your message on" in text
