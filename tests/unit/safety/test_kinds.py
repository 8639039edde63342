"""The crisis and finding kinds (bot.safety.kinds) stay the same strings wherever they are stored or sent."""

from __future__ import annotations

import json

from bot.handoff import REASONS
from bot.safety import assess
from bot.safety.kinds import CRISIS_FINDING_KIND, HEALTH_KINDS, IDENTIFIER_KINDS, Crisis, FindingKind


def test_a_kind_is_its_plain_string_in_text_json_comparisons_and_dict_keys() -> None:
    kind = Crisis.SELF_HARM
    assert kind == "self_harm" and str(kind) == "self_harm" and f"{kind}" == "self_harm"
    assert "%s" % kind == "self_harm"  # noqa: UP031 - how log lines format it
    assert json.dumps({kind: [FindingKind.DOB]}) == '{"self_harm": ["dob"]}'
    assert {kind: 1}["self_harm"] == 1 and {"self_harm": 1}[kind] == 1
    assert REASONS["medical_emergency"] == REASONS[Crisis.MEDICAL_EMERGENCY]
    assert f"[{FindingKind.MENTAL_HEALTH.upper()}]" == "[MENTAL_HEALTH]"


def test_parse_accepts_only_the_values() -> None:
    assert Crisis.parse("medical_emergency") is Crisis.MEDICAL_EMERGENCY
    assert Crisis.parse("emergency") is None and Crisis.parse(None) is None and Crisis.parse(1) is None


def test_the_kinds_are_grouped_once_each() -> None:
    assert set(IDENTIFIER_KINDS) | set(HEALTH_KINDS) == set(FindingKind)
    assert not set(IDENTIFIER_KINDS) & set(HEALTH_KINDS)
    assert set(CRISIS_FINDING_KIND) == set(Crisis) and set(CRISIS_FINDING_KIND.values()) <= set(HEALTH_KINDS)


def test_the_safety_check_names_its_findings_and_crises_with_the_enums() -> None:
    assessment = assess("I want to kill myself, my DOB is 04/12/1985")
    assert assessment.crisis is Crisis.SELF_HARM
    assert all(type(finding.kind) is FindingKind for finding in assessment.findings)
    assert {FindingKind.DOB, FindingKind.MENTAL_HEALTH} <= set(assessment.kinds)
