"""The custom actions package (actions/) as the action server loads it: every action of the domain is implemented,
and every intent has a rule to an action."""

import yaml
from rasa_sdk.executor import ActionExecutor

from tests.conftest import ROOT


def test_every_action_in_the_domain_is_implemented():
    domain = yaml.safe_load((ROOT / "config" / "domain.yml").read_text())
    executor = ActionExecutor()
    executor.register_package("actions")
    assert set(domain["actions"]) <= set(executor.actions)


def test_every_intent_has_a_rule_to_an_action():
    domain = yaml.safe_load((ROOT / "config" / "domain.yml").read_text())
    files = (ROOT / "data" / "rules").glob("*.yml")
    rules = [rule for path in files for rule in yaml.safe_load(path.read_text())["rules"]]
    ruled = {step["intent"] for rule in rules for step in rule["steps"] if "intent" in step}
    assert set(domain["intents"]) <= ruled
