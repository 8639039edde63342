"""The labelled evaluation data for the safety detector is well-formed (see tests/data/README.md).

These tests check the files only, never the detector: a malformed line, a label that breaks the
labelling rules' invariants, a duplicate or a thin group fails here before it can skew an evaluation.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FILES = {"dev": DATA_DIR / "safety_dev.jsonl", "hold": DATA_DIR / "safety_holdout.jsonl"}

FIELDS = {"id", "text", "sensitive", "crisis", "kinds", "group"}
KINDS = {
    "dob",
    "ssn",
    "mrn",
    "insurance_id",
    "phone",
    "email",
    "address",
    "person_name",
    "condition",
    "symptom",
    "medication",
    "test_result",
    "pregnancy",
    "mental_health",
}
CRISES = {None, "medical_emergency", "self_harm"}
GROUPS = {
    "identifier",
    "health",
    "crisis",
    "mixed_routine",
    "routine",
    "general_medical",
    "figurative",
    "numbers",
    "third_party",
    "negation",
    "obfuscated",
    "noisy",
}
MIN_DEV_LINES = 500
MIN_DEV_PER_GROUP = 15


def load(path: Path) -> list[dict[str, Any]]:
    """Parse a JSONL file; fail with the line number if a line is not a JSON object."""
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            pytest.fail(f"{path.name}:{number}: not valid JSON ({error})")
        if not isinstance(row, dict):
            pytest.fail(f"{path.name}:{number}: not a JSON object")
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def data() -> dict[str, list[dict[str, Any]]]:
    return {name: load(path) for name, path in FILES.items()}


def problems_of(row: dict[str, Any], prefix: str) -> list[str]:
    """Everything wrong with one line, as readable strings (empty if the line is fine)."""
    problems: list[str] = []
    if set(row) != FIELDS:
        return [f"fields {sorted(row)} != {sorted(FIELDS)}"]
    if not isinstance(row["id"], str) or not re.fullmatch(rf"{prefix}-\d{{4}}", row["id"]):
        problems.append(f"id {row['id']!r} is not {prefix}-NNNN")
    if not isinstance(row["text"], str) or not row["text"].strip():
        problems.append("text is not a non-empty string")
    if not isinstance(row["sensitive"], bool):
        problems.append("sensitive is not a boolean")
    if row["crisis"] not in CRISES:
        problems.append(f"crisis {row['crisis']!r} not in {CRISES}")
    kinds = row["kinds"]
    if not isinstance(kinds, list) or not all(isinstance(kind, str) for kind in kinds):
        problems.append("kinds is not a list of strings")
    else:
        if kinds != sorted(set(kinds)):
            problems.append(f"kinds {kinds} not sorted and unique")
        if set(kinds) - KINDS:
            problems.append(f"unknown kinds {sorted(set(kinds) - KINDS)}")
        if row["sensitive"] is not bool(kinds):
            problems.append(f"sensitive={row['sensitive']} but kinds={kinds}")
        if row["crisis"] is not None and not kinds:
            problems.append("a crisis carries no kinds")
    if row["group"] not in GROUPS:
        problems.append(f"group {row['group']!r} not in the group list")
    return problems


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_line_is_well_formed(data: dict[str, list[dict[str, Any]]], name: str) -> None:
    bad = {}
    for number, row in enumerate(data[name], start=1):
        problems = problems_of(row, name)
        if problems:
            bad[f"{FILES[name].name}:{number}"] = problems
    assert not bad, bad


def test_problems_of_catches_broken_lines() -> None:
    good = {
        "id": "dev-0001",
        "text": "I'm diabetic",
        "sensitive": True,
        "crisis": None,
        "kinds": ["condition"],
        "group": "health",
    }
    assert problems_of(good, "dev") == []
    assert problems_of({**good, "sensitive": False}, "dev")
    assert problems_of({**good, "kinds": ["symptom", "condition"]}, "dev")
    assert problems_of({**good, "kinds": ["diagnosis"]}, "dev")
    assert problems_of({**good, "crisis": "emergency"}, "dev")
    assert problems_of({**good, "group": "misc"}, "dev")
    assert problems_of({**good, "id": "hold-0001"}, "dev")
    assert problems_of({**good, "sensitive": "true"}, "dev")
    assert problems_of({**good, "crisis": "self_harm", "kinds": [], "sensitive": False}, "dev")
    assert problems_of({key: value for key, value in good.items() if key != "group"}, "dev")


def test_ids_unique_across_files(data: dict[str, list[dict[str, Any]]]) -> None:
    counts = Counter(row["id"] for rows in data.values() for row in rows)
    assert not [identifier for identifier, n in counts.items() if n > 1]


def test_no_duplicate_texts_within_or_across_files(data: dict[str, list[dict[str, Any]]]) -> None:
    counts = Counter(row["text"] for rows in data.values() for row in rows)
    assert not [text for text, n in counts.items() if n > 1]


def test_dev_is_big_enough(data: dict[str, list[dict[str, Any]]]) -> None:
    assert len(data["dev"]) >= MIN_DEV_LINES


def test_every_group_is_represented_in_dev(data: dict[str, list[dict[str, Any]]]) -> None:
    counts = Counter(row["group"] for row in data["dev"])
    thin = {group: counts[group] for group in sorted(GROUPS) if counts[group] < MIN_DEV_PER_GROUP}
    assert not thin, f"groups with fewer than {MIN_DEV_PER_GROUP} dev messages: {thin}"


def test_holdout_is_not_empty_and_covers_every_group(data: dict[str, list[dict[str, Any]]]) -> None:
    assert {row["group"] for row in data["hold"]} == GROUPS


def test_both_crisis_types_are_present_in_each_file(data: dict[str, list[dict[str, Any]]]) -> None:
    for rows in data.values():
        assert {row["crisis"] for row in rows} == CRISES


@pytest.mark.parametrize(
    "name",
    ["crisis_holdout.jsonl", "crisis_holdout2.jsonl", "crisis_holdout3.jsonl", "crisis_holdout4.jsonl",
     "crisis_holdout5.jsonl", "crisis_holdout6.jsonl", "crisis_holdout7.jsonl"],
)
def test_crisis_holdout_is_well_formed_and_big_enough(name: str) -> None:
    """The crisis files written blind (issue 13: >= 300 medical emergencies written before tuning)."""
    from bot.safety.evaluation import load_examples

    held_out = load_examples(DATA_DIR / name)  # raises on any malformed line
    counts = Counter(example.crisis for example in held_out)
    assert counts["medical_emergency"] >= 300 and counts["self_harm"] >= 100 and counts[None] >= 200


def test_the_eighth_crisis_file_holds_enough_emergencies_and_hard_negatives() -> None:
    """The eighth file measures emergencies only (>= 300 written blind, issue 13) beside everyday look-alikes."""
    from bot.safety.evaluation import load_examples

    counts = Counter(example.crisis for example in load_examples(DATA_DIR / "crisis_holdout8.jsonl"))
    assert counts["medical_emergency"] >= 300 and counts[None] >= 80 and counts["self_harm"] == 0


@pytest.mark.parametrize(
    "name",
    ["crisis_scripts_holdout", "crisis_scripts_holdout2", "crisis_scripts_holdout3", "crisis_scripts_holdout4",
     "crisis_scripts_holdout5", "crisis_scripts_holdout6", "crisis_scripts_holdout7", "crisis_scripts_holdout8",
     "crisis_scripts_holdout9", "crisis_scripts_holdout10"],
)
def test_the_non_latin_crisis_files_are_well_formed_and_in_non_latin_scripts(name: str) -> None:
    """The crisis files in other scripts (24 to 28 languages, written blind): big enough to measure, mostly not
    Latin."""
    import unicodedata

    from bot.safety.evaluation import load_examples

    held_out = load_examples(DATA_DIR / f"{name}.jsonl")
    counts = Counter(example.crisis for example in held_out)
    assert counts["medical_emergency"] >= 150 and counts["self_harm"] >= 60 and counts[None] >= 100

    def mostly_latin(text: str) -> bool:
        letters = [char for char in text if char.isalpha()]
        return sum("LATIN" in unicodedata.name(char, "") for char in letters) > 0.7 * len(letters)

    assert sum(mostly_latin(example.text) for example in held_out) <= 0.1 * len(held_out)


@pytest.mark.parametrize(
    "name",
    ["crisis_holdout5", "crisis_holdout7", "crisis_holdout8", "crisis_scripts_holdout7", "crisis_scripts_holdout8",
     "crisis_scripts_holdout9", "crisis_scripts_holdout10"],
)
def test_the_unread_crisis_files_share_no_text_with_training_data(name: str) -> None:
    """The crisis files whose errors were never read are never trained on: none of their texts may appear in the
    classifier's training files (the earlier ones were retired into them, train_classifier.RETIRED_CRISIS_FILES)."""
    from bot.safety.evaluation import load_examples
    from bot.safety.train_classifier import OWN_FILES, RETIRED_CRISIS_FILES

    assert name not in RETIRED_CRISIS_FILES
    held_out = load_examples(DATA_DIR / f"{name}.jsonl")
    normalised = {" ".join(example.text.lower().split()) for example in held_out}
    training = {" ".join(row["text"].lower().split()) for path in OWN_FILES for row in load(path)}
    assert not normalised & training
