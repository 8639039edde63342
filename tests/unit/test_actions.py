"""The custom actions, run as the action server runs them, against a tracker."""

import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher

import actions.answers as answers_module
from tests.conftest import ROOT


def _tracker(intent: str, entities: list[dict] | None = None, slots: dict | None = None) -> Tracker:
    return Tracker(
        sender_id="test",
        slots=slots or {},
        latest_message={"text": "...", "intent": {"name": intent}, "entities": entities or []},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def _run(action, tracker):
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, tracker, {})
    return [m["text"] for m in dispatcher.messages], events


def test_every_action_in_the_domain_is_implemented():
    domain = yaml.safe_load((ROOT / "config" / "domain.yml").read_text())
    executor = ActionExecutor()
    executor.register_package("actions")
    assert set(domain["actions"]) <= set(executor.actions)


def test_every_intent_has_a_rule_to_an_action():
    domain = yaml.safe_load((ROOT / "config" / "domain.yml").read_text())
    rules = yaml.safe_load((ROOT / "data" / "rules" / "answers.yml").read_text())["rules"]
    ruled = {rule["steps"][0]["intent"] for rule in rules}
    assert set(domain["intents"]) <= ruled


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
        assert len(texts) == 1 and texts[0], name
