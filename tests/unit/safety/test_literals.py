"""bot.safety.literals: the strings a regex match must contain, and the one scan for many of them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.safety import identifiers
from bot.safety.literals import FoldedPrefilter, LiteralScanner, prefiltered, required_literals


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bno\s+pulse\b", [{"pulse"}]),
        # a part matching a few strings gives them all; the longest shortest string first
        (r"\b(?:can't|cant|cannot)\s+(?:\w+\s+)?breath(?:e|ing)?\b",
         [{"breath", "breathe", "breathing"}, {"can't", "cant", "cannot"}]),
        (r"\b(?:took|taken|taking)\s+\w+\s+pills", [{"pills"}, {"took", "taken", "taking"}]),
        # inside a group that matches too many strings to list: what each alternative needs
        (r"(?:swallowed|drank)\s+\w+|(?:bleach|lye)\w*", [{"swallowed", "drank", "bleach", "lye"}]),
        (r"\bturn(?:ed|ing)\s+(?:blue|grey)", [{"turned", "turning"}, {"blue", "grey"}]),  # \s+: two sets
    ],
)
def test_required_literals(pattern: str, expected: list[set[str]]) -> None:
    assert required_literals(pattern) == [frozenset(strings) for strings in expected]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)\bpulse\b",  # matched in any case: the exact strings are not needed
        r"\b(?i:pulse)\b",
        r"\b(?:a|an)\b",  # too short to filter anything
        r"\bthe\s+\w+",  # a three-letter piece of an everyday word
        r"\b\w+\s+\d+",
        r"\b(?:pulse)?\s+",  # optional
    ],
)
def test_no_literals_where_a_match_need_not_hold_one(pattern: str) -> None:
    assert required_literals(pattern) == []


def test_sets_with_everyday_words_come_last() -> None:
    assert required_literals(r"\bwant\s+to\s+die\b") == [frozenset({"die"}), frozenset({"want"})]
    assert required_literals(r"\bwant(?:s|ed)?\s+to\s+vanish\b")[0] == frozenset({"vanish"})


def test_scanner_finds_every_occurrence_and_shorter_literals_stand_for_longer_ones() -> None:
    scanner = LiteralScanner(["breath", "breathing", "pulse", "ulse", "heart", "tbr"])
    assert scanner.representative("breathing") == "breath"
    assert scanner.representative("pulse") == "ulse"
    assert scanner.representative("heart") == "heart"
    # overlapping occurrences ("heartbreath": "heart", "tbr", "breath") are all seen
    assert scanner.found("no pulse, heartbreath") == {"ulse", "heart", "tbr", "breath"}
    assert scanner.found("nothing here") == set()
    assert LiteralScanner([]).found("anything") == set()


def test_scanner_matches_literally() -> None:
    scanner = LiteralScanner(["a.b", "(x)", "c+d"])
    assert scanner.found("axb (x) ccd c+d a.b") == {"(x)", "c+d", "a.b"}
    assert re.escape("a.b") != "a.b"  # the scanner escapes what it looks for


def test_folded_literals_ignore_case() -> None:
    assert required_literals(r"(?i)\bpulse\b", fold=True) == [frozenset({"pulse"})]
    assert required_literals(r"\b(?i:Last)\s+(?-i:Four)", fold=True) == [frozenset({"four"}), frozenset({"last"})]
    assert required_literals(r"(?i)\bdirecci\u00f3n\b", fold=True) == [frozenset({"direcci"})]  # ASCII letters only


def test_a_prefiltered_regex_answers_as_the_regex() -> None:
    regex = re.compile(r"\b(?:last|final)\s+(?:four|4)\b", re.I)
    wrapped = prefiltered(regex)
    assert isinstance(wrapped, FoldedPrefilter)
    for text in ["LAST 4 of my card", "the Final four", "no such words", "", "la\u017ft four"]:  # "ſ" matches "s"
        assert [m.span() for m in wrapped.finditer(text)] == [m.span() for m in regex.finditer(text)], text
        assert bool(wrapped.search(text)) == bool(regex.search(text))
        assert bool(wrapped.match(text)) == bool(regex.match(text))
        assert wrapped.findall(text) == regex.findall(text)
    assert wrapped.search("la\u017ft four")  # not ASCII: the regex runs
    assert wrapped.pattern == regex.pattern and wrapped.flags == regex.flags
    plain = re.compile(r"\d+")
    assert prefiltered(plain) is plain  # nothing to look for first


def test_identifier_patterns_run_only_where_they_can_match() -> None:
    wrapped = {name: value for name, value in vars(identifiers).items() if isinstance(value, FoldedPrefilter)}
    assert len(wrapped) >= 10
    dev = Path(__file__).resolve().parents[2] / "data" / "safety_dev.jsonl"
    texts = [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines() if line]
    texts += ["My address is 12 Elm St", "Aetna member id W123456789", "last four 1234", "Hi, Jane Roe here"]
    for text in texts:
        for name, pattern in wrapped.items():
            expected = [(m.span(), m.groups()) for m in pattern.regex.finditer(text)]
            assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == expected, (name, text)
