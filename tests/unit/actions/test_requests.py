"""actions.requests: the request forms check each answer, and answer a crisis first."""

from rasa_sdk.executor import CollectingDispatcher

from tests.unit.actions.conftest import _tracker


def test_the_form_checks_answers_and_answers_a_crisis_first(facts):
    import asyncio

    from actions.requests import ValidateRefillRequestForm

    form = ValidateRefillRequestForm()

    def validate(method: str, value: str, metadata: dict | None = None) -> tuple[list[str], dict]:
        tracker = _tracker("inform")
        tracker.sender_id = "secure-abc"
        tracker.latest_message["metadata"] = metadata or {}
        dispatcher = CollectingDispatcher()
        result = getattr(form, method)(value, dispatcher, tracker, {})
        result = asyncio.run(result) if asyncio.iscoroutine(result) else result
        return [m["text"] for m in dispatcher.messages], result

    assert validate("validate_patient_dob", "04/12/1985") == ([], {"patient_dob": "1985-04-12"})
    texts, result = validate("validate_patient_phone", "12")
    assert result == {"patient_phone": None} and "area code" in texts[0]
    crisis = {"safety": {"sensitive": True, "crisis": "self_harm", "kinds": ["mental_health"]}}
    texts, result = validate("validate_refill_pharmacy", "I want to end my life", crisis)
    assert result == {"refill_pharmacy": None}
    assert f"call or text {facts.emergency.crisis_line}" in texts[0]
