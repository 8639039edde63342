"""The identifier evaluation data is sound (tests/data/identifier_messages.py and the hand-written file).

These tests check the data only, never the detector: spans, kinds, locales, the separation of the dev,
dev2 and holdout banks, the hand-written file's format, and the leak rule on untouched and redacted values.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from tests.data.identifier_messages import (
    BANKS,
    DEV2_TEMPLATES,
    DEV_TEMPLATES,
    HANDWRITTEN_PATH,
    HOLDOUT_TEMPLATES,
    KINDS,
    LOCALES,
    TEMPLATES_BY_BANK,
    IdentifierMessage,
    IdentifierValue,
    generate,
    leaked,
    load_handwritten,
    redact,
)
from tests.data.identifier_templates_dev3 import DEV3_TEMPLATES
from tests.data.identifier_templates_dev4 import DEV4_TEMPLATES

ROOT = Path(__file__).resolve().parents[2]
SLOT = re.compile(r"\{[a-z]+\d?\}")


@pytest.fixture(scope="module")
def dev() -> list[IdentifierMessage]:
    return generate("dev", 600)


@pytest.fixture(scope="module")
def dev2() -> list[IdentifierMessage]:
    return generate("dev2", 2 * len(DEV2_TEMPLATES))


@pytest.fixture(scope="module")
def holdout() -> list[IdentifierMessage]:
    return generate("holdout", 1000)


@pytest.fixture(scope="module")
def handwritten() -> list[IdentifierMessage]:
    return load_handwritten()


@pytest.fixture(scope="module")
def everything(dev, dev2, holdout, handwritten) -> list[IdentifierMessage]:
    return dev + dev2 + holdout + handwritten


def test_generation_is_deterministic_for_a_seed():
    assert generate("holdout", 80, seed=7) == generate("holdout", 80, seed=7)
    assert generate("dev", 80) == generate("dev", 80)
    assert generate("dev2", 120) == generate("dev2", 120)
    assert generate("dev2", 80, seed=7) != generate("dev2", 80, seed=8)
    assert [m.text for m in generate("dev2", 80)] != [m.text for m in generate("dev", 80)]
    assert generate("holdout", 80, seed=7) != generate("holdout", 80, seed=8)


def test_generation_does_not_depend_on_the_hash_seed():
    script = (
        "import hashlib; from tests.data.identifier_messages import generate; "
        "print(hashlib.sha256(repr(generate('dev', 400) + generate('holdout', 400) + generate('dev2', 400))"
        ".encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for hash_seed in ("1", "2")
    }
    assert len(digests) == 1


def test_unknown_bank_is_refused():
    with pytest.raises(ValueError):
        generate("train", 10)


def test_holdout_and_handwritten_size_and_locales(holdout, handwritten):
    assert len(holdout) >= 1000
    assert len(handwritten) >= 200
    assert {m.locale for m in holdout} == set(LOCALES)
    assert len(LOCALES) >= 12
    assert len({m.locale for m in handwritten}) >= 10
    assert len({m.id for m in holdout + handwritten}) == len(holdout) + len(handwritten)


def test_every_span_holds_its_value(everything):
    for message in everything:
        assert message.values, message.id
        previous_end = -1
        for value in sorted(message.values, key=lambda v: v.start):
            assert value.kind in KINDS, (message.id, value.kind)
            assert value.value and value.value == value.value.strip(), (message.id, value.value)
            assert message.text[value.start : value.end] == value.value, (message.id, value)
            assert value.start >= previous_end, f"{message.id}: overlapping spans"
            previous_end = value.end


def test_generated_messages_carry_one_to_three_identifiers(dev, dev2, holdout):
    counts = Counter(len(m.values) for m in dev + holdout)
    assert set(counts) == {1, 2, 3}
    assert set(Counter(len(m.values) for m in dev2)) == {1, 2, 3}


@pytest.mark.parametrize("bank", ["dev", "dev2", "holdout", "handwritten"])
def test_every_kind_is_in_each_bank(bank, dev, dev2, holdout, handwritten):
    messages = {"dev": dev, "dev2": dev2, "holdout": holdout, "handwritten": handwritten}[bank]
    kinds = Counter(v.kind for m in messages for v in m.values)
    assert set(kinds) == set(KINDS), set(KINDS) - set(kinds)


def test_every_locale_has_every_common_kind(holdout):
    by_locale: dict[str, set[str]] = {}
    for message in holdout:
        by_locale.setdefault(message.locale, set()).update(v.kind for v in message.values)
    for locale, kinds in by_locale.items():
        assert {"phone", "address", "person_name", "dob", "email"} <= kinds, locale


def test_banks_share_no_template():
    assert len(DEV_TEMPLATES) >= 60 and len(HOLDOUT_TEMPLATES) >= 60 and len(DEV2_TEMPLATES) >= 70
    assert len(DEV3_TEMPLATES) >= 150 and len(DEV4_TEMPLATES) >= 150
    banks = TEMPLATES_BY_BANK
    assert set(banks) == set(BANKS)

    def wording(template: str) -> str:
        return " ".join(SLOT.sub(" ", template).lower().split())

    for name, templates in banks.items():
        assert len(set(templates)) == len(templates), name
    names = sorted(banks)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            # Only the shared wordings are shown on failure, never a whole bank (the holdout must stay unread).
            # A template of slots alone ("{dob}": a bare answer) has no wording to share.
            shared = ({wording(t) for t in banks[first]} & {wording(t) for t in banks[second]}) - {""}
            assert not shared, (first, second, sorted(shared))
    for template in DEV_TEMPLATES + DEV2_TEMPLATES + HOLDOUT_TEMPLATES:
        assert 1 <= len(SLOT.findall(template)) <= 3, template


def test_dev2_bank(dev2):
    assert len(dev2) == 2 * len(DEV2_TEMPLATES)
    assert {m.bank for m in dev2} == {"dev2"}
    assert {m.locale for m in dev2} == set(LOCALES)
    assert len({m.id for m in dev2}) == len(dev2)
    assert all(m.id.startswith("iddev2-") for m in dev2)
    kinds = Counter(v.kind for m in dev2 for v in m.values)
    assert set(kinds) == set(KINDS), set(KINDS) - set(kinds)
    for message in dev2:
        assert 1 <= len(message.values) <= 3, message.id
        previous_end = -1
        for value in sorted(message.values, key=lambda v: v.start):
            assert value.kind in KINDS, (message.id, value.kind)
            assert value.value and value.value == value.value.strip(), (message.id, value.value)
            assert message.text[value.start : value.end] == value.value, (message.id, value)
            assert value.start >= previous_end, f"{message.id}: overlapping spans"
            previous_end = value.end
        masked = redact(message.text, message.values)
        for value in message.values:
            assert leaked(value, message.text) and not leaked(value, masked), (message.id, value)


@pytest.mark.parametrize("bank", ["dev", "holdout", "handwritten"])
def test_bare_dates_of_birth_are_in_each_bank(bank, dev, holdout, handwritten):
    messages = {"dev": dev, "holdout": holdout, "handwritten": handwritten}[bank]

    def bare(message: IdentifierMessage) -> bool:
        value = message.values[0]
        rest = message.text[: value.start] + message.text[value.end :]
        return len(message.values) == 1 and value.kind == "dob" and not re.search(r"[^\W\d_]", rest)

    assert sum(bare(m) for m in messages) >= 5


def test_handwritten_file_is_well_formed():
    lines = HANDWRITTEN_PATH.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    texts = [row["text"] for row in rows]
    assert len(texts) == len(set(texts))
    for row in rows:
        assert set(row) == {"id", "text", "locale_style", "values"}, row["id"]
        assert re.fullmatch(r"idhand-\d{4}", row["id"]), row["id"]
        assert isinstance(row["text"], str) and row["text"].strip(), row["id"]
        assert re.fullmatch(r"[a-z]{2}_[A-Z]{2}", row["locale_style"]), row["id"]
        assert row["values"], row["id"]
        for item in row["values"]:
            assert set(item) == {"kind", "value"}, row["id"]
            assert item["kind"] in KINDS, row["id"]
            assert item["value"] in row["text"], (row["id"], item["value"])


def test_no_patient_value_is_one_of_the_hospitals(everything):
    facts = yaml.safe_load((ROOT / "config" / "hospital.yml").read_text(encoding="utf-8"))
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, item in node.items():
                if key in ("phone", "main_phone", "address") and isinstance(item, str):
                    found.append(item)
                walk(item)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(facts)
    hospital_digits = {re.sub(r"\D", "", v)[-10:] for v in found if re.search(r"\d{4}$", v)}
    hospital_streets = {v.split(",")[0].lower() for v in found if not re.search(r"\d{4}$", v)}
    for message in everything:
        for value in message.values:
            if value.kind == "phone":
                assert re.sub(r"\D", "", value.value)[-10:] not in hospital_digits, value
            if value.kind == "address":
                assert not any(street in value.value.lower() for street in hospital_streets), value


def test_values_leak_when_untouched_and_not_when_replaced(everything):
    for message in everything:
        masked = redact(message.text, message.values)
        for value in message.values:
            assert leaked(value, message.text), (message.id, value)
            assert not leaked(value, masked), (message.id, value, masked)


@pytest.mark.parametrize(
    ("kind", "value", "redacted", "expected"),
    [
        ("phone", "(503) 555-0142", "call me on (503) 555-0142 pls", True),
        ("phone", "(503) 555-0142", "call me on [PHONE] pls", False),
        ("phone", "(503) 555-0142", "call me on (503) 555-[PHONE]", True),
        ("phone", "(503) 555-0142", "call me on ***-***-0142", False),
        ("phone", "five oh three, five five five, oh one four two", "it's five oh three, [PHONE]", False),
        ("phone", "five oh three, five five five, oh one four two", "five oh three five five five oh one 4 2", True),
        ("ssn", "000-12-3456", "my ssn is 000 12 3456", True),
        ("ssn", "000-12-3456", "my ssn is [SSN], room 12, at 3456 Elm?", False),
        ("dob", "14 June 1957", "born 14 June 1957", True),
        ("dob", "14 June 1957", "born [DOB]", False),
        ("dob", "14 June 1957", "born in 1957", False),
        ("card", "4111 1111 1111 1112", "card ************1112", False),
        ("email", "dana.k.88@gmail.com", "email [EMAIL]", False),
        ("email", "dana.k.88@gmail.com", "email dana.k.88@[DOMAIN]", True),
        ("person_name", "Dr. Ada van Rooyen", "this is Dr. [NAME] van [NAME]", False),
        ("person_name", "Dr. Ada van Rooyen", "this is Dr. [NAME] van Rooyen", True),
        ("address", "Flat 3, 12 Larkspur Road, Leeds LS6 2QT", "post to [ADDRESS], Leeds LS6 2QT", False),
        ("address", "Flat 3, 12 Larkspur Road, Leeds LS6 2QT", "post to 12 Larkspur Road", True),
        ("address", "PO Box 4471, Bend, OR 97709", "[ADDRESS], Bend, OR 97709", False),
        ("address", "PSC 1234, Box 5678, APO AE 09012", "PSC 1234, Box [ADDRESS]", True),
    ],
)
def test_leak_rule_examples(kind, value, redacted, expected):
    assert leaked(IdentifierValue(kind, value, 0, len(value)), redacted) is expected
