"""What a patient names in free text is found by the facts' own names (bot.mentions)."""

import pytest

from bot.facts import load_facts
from bot.mentions import UNINSURED, find_mentions
from tests.conftest import FACTS_PATH


@pytest.fixture(scope="module")
def facts():
    return load_facts(FACTS_PATH)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("is Dr Okafor taking new patients?", "provider", "okafor"),
        ("what does doctor patel do", "provider", "patel"),
        ("dr. siobhan brennan's clinic", "provider", "brennan"),
        ("who treats migraines", "condition_department", "neurology"),
        ("someone for my knees", "condition_department", "orthopedics"),
        ("do you do MRI?", "department", "radiology"),
        ("need a GP", "department", "family_medicine"),
        ("flu jab pls", "vaccine", "flu"),
        ("covid booster for my mum", "vaccine", "covid"),
        ("do you take blue cross", "plan", "Regence BlueCross BlueShield"),
        ("OHP ok?", "plan", "Oregon Health Plan (Medicaid)"),
        ("kaiser?", "plan", "Kaiser Permanente"),
        ("i dont have insurance, can i still come", "plan", UNINSURED),
        ("a doctor who speaks spanish", "language", "Spanish"),
        ("arriving about 9.30pm", "time", "21:30"),
        ("at 7 am", "time", "07:00"),
        ("visit at 21:15", "time", "21:15"),
        ("12 pm sharp", "time", "12:00"),
    ],
)
def test_names_from_the_facts_are_found(facts, text, field, value):
    assert getattr(find_mentions(facts, text), field) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "where do I park",
        "my blue car is in the cross street",  # not "blue cross"
        "room 12 please",  # a number is not a time
        "is the scan at 25:00",  # not a time of day
        "[PERSON_NAME] asked about [CONDITION]",  # placeholders name nothing
    ],
)
def test_nothing_is_found_where_nothing_is_named(facts, text):
    found = find_mentions(facts, text)
    assert (found.provider, found.plan, found.vaccine, found.time, found.language) == (None,) * 5


def test_a_doctor_added_to_the_facts_is_found_without_retraining(facts):
    edited = facts.copy(update={"providers": [*facts.providers, facts.providers[0].copy(
        update={"id": "quist", "name": "Dr. Ana Quist"})]})
    assert find_mentions(edited, "is dr quist in on monday").provider == "quist"
    assert find_mentions(facts, "is dr quist in on monday").provider is None
