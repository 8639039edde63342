"""Normalise text against simple evasion while keeping a map back to the original offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
APOSTROPHES = {"\u2018": "'", "\u2019": "'", "\u02bc": "'"}
LOOKALIKE_DIGITS = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5"}

# A run of digits and look-alike letters that is not part of a longer word.
_DIGITISH_RUN = re.compile(r"(?<![A-Za-z])[0-9OolIS]+(?![A-Za-z])")
# Digits separated by single spaces, dashes or dots, e.g. "1 2 3 - 4 5 - 6 7 8 9".
_SPACED_DIGITS = re.compile(r"(?<![\w])\d(?:(?: ?[-.] ?| )\d+)+(?!\w)")


@dataclass(frozen=True)
class Normalised:
    """Normalised text plus, for each of its characters, the index of the original character."""

    text: str
    origin: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original text."""
        if start >= end or not self.origin:
            position = self.origin[start] if start < len(self.origin) else self.original_length
            return position, position
        return self.origin[start], self.origin[end - 1] + 1


def _apply(chars: list[str], origin: list[int], pattern: re.Pattern[str], fix) -> tuple[list[str], list[int]]:
    """Rewrite each match of pattern character by character: fix(match) returns kept (char, index) pairs."""
    text = "".join(chars)
    new_chars: list[str] = []
    new_origin: list[int] = []
    cursor = 0
    for match in pattern.finditer(text):
        new_chars.extend(chars[cursor : match.start()])
        new_origin.extend(origin[cursor : match.start()])
        for offset, char in fix(match):
            new_chars.append(char)
            new_origin.append(origin[match.start() + offset])
        cursor = match.end()
    new_chars.extend(chars[cursor:])
    new_origin.extend(origin[cursor:])
    return new_chars, new_origin


def _map_lookalikes(match: re.Match[str]) -> list[tuple[int, str]]:
    run = match.group()
    digits = sum(char.isdigit() for char in run)
    if digits < 2 or digits <= len(run) - digits:
        return list(enumerate(run))
    return [(i, LOOKALIKE_DIGITS.get(char, char)) for i, char in enumerate(run)]


def _collapse_spaced_digits(match: re.Match[str]) -> list[tuple[int, str]]:
    region = match.group()
    groups = re.findall(r"\d+", region)
    single_digit_groups = sum(len(group) == 1 for group in groups)
    if single_digit_groups < 3 or sum(len(group) for group in groups) < 6:
        return list(enumerate(region))
    return [(i, char) for i, char in enumerate(region) if char != " "]


def normalise(text: str) -> Normalised:
    """NFKC, drop zero-width characters, map look-alike letters in digit runs, collapse spaced digits."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in ZERO_WIDTH:
            continue
        for folded in unicodedata.normalize("NFKC", char) if not char.isascii() else char:
            if folded in ZERO_WIDTH:
                continue
            chars.append(APOSTROPHES.get(folded, folded))
            origin.append(index)
    chars, origin = _apply(chars, origin, _DIGITISH_RUN, _map_lookalikes)
    chars, origin = _apply(chars, origin, _SPACED_DIGITS, _collapse_spaced_digits)
    return Normalised("".join(chars), tuple(origin), len(text))
