"""bot.safety.normalise: disguised digits rewritten, ordinary words left alone, and findings that point back into the
original text."""

from __future__ import annotations

import pytest

from bot.safety import assess, redact
from bot.safety.normalise import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call six one seven, two two two, four four zero eight", "call 617-222-4408"),
        ("code seven-seven-three-one", "code 7731"),
        ("dob 0l/2O/1974", "dob 01/20/1974"),
        ("503-7l2-O4O4", "503-712-0404"),
        ("born 1 1 / 2 2 / 1 9 6 8", "born 11/22/1968"),
        ("\u0665\u0660\u0663-\u0664\u0664\u0661", "503-441"),  # Arabic-Indic digits
    ],
)
def test_normalise_rewrites_disguised_digits(text: str, expected: str) -> None:
    assert normalise(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "one or two visitors",
        "three, four or five days",
        "oh one oh",
        "S.O.S. please",
        "I/O error",
        "Oct-2024 statement",
        "take 1 / 2 tablet",
    ],
)
def test_normalise_leaves_ordinary_words(text: str) -> None:
    assert normalise(text).text == text


def test_spelled_digits_map_back_to_whole_words() -> None:
    text = "reach me on six one seven, two two two, four four zero eight thanks"
    (finding,) = assess(text).findings
    assert finding.kind == "phone"
    assert text[finding.start : finding.end] == "six one seven, two two two, four four zero eight"
    assert redact(text) == "reach me on [PHONE] thanks"


def test_capitals_typed_one_by_one_are_joined() -> None:
    assert normalise("L A S T  4  S S N  6480").text == "LAST  4  SSN  6480"
    assert normalise("a b c and I O").text == "a b c and I O"  # lower case, or fewer than three, stay


def test_digits_spelled_out_are_then_collapsed_like_typed_ones() -> None:
    """The digit rewrites are skipped in a message with fewer than two digits, but spelled digits count once
    rewritten: here the text held one digit before."""
    assert normalise("one two three four / five six seven eight / 9").text == "1234/5678/9"
    assert normalise("room 5, no digits else").text == "room 5, no digits else"
