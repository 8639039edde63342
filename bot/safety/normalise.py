"""Normalise text against simple evasion while keeping a map back to the original offsets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
APOSTROPHES = {"\u2018": "'", "\u2019": "'", "\u02bc": "'"}
LOOKALIKE_DIGITS = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5"}
DIGIT_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip

# A run of digits and look-alike letters that is not part of a longer word.
_DIGITISH_RUN = re.compile(r"(?<![A-Za-z])[0-9OolIS]+(?![A-Za-z])")
# Chunks of digits and look-alikes joined by / . - (dates, phones): "o4/1l/1983", "541-555-O19O".
_DIGITISH_CHUNKS = re.compile(r"(?<![A-Za-z0-9])[0-9OolIS]+(?:[/.-][0-9OolIS]+)+(?![A-Za-z0-9])")
# Digits separated by single spaces, dashes, dots or slashes, e.g. "1 2 3 - 4 5 - 6 7 8 9", "0 3 / 1 7 / 1 9 9 1".
_SPACED_DIGITS = re.compile(r"(?<![\w])\d+(?:(?: ?[-./] ?| )\d+)+(?!\w)")
# Spelled-out digits: "five four one, five five five, zero one nine three", "nine-nine-one-zero".
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SPELLED_DIGITS = re.compile(rf"\b{_DIGIT_WORD}(?:(?:\s*,\s*|\s*-\s*|\s+){_DIGIT_WORD})+\b", re.I | re.A)
_SPELLED_PART = re.compile(rf"{_DIGIT_WORD}|,", re.I | re.A)  # ASCII: "fıve" must not match
MIN_SPELLED_DIGITS = 4  # "one or two" and "three, four" stay words
# Capital letters typed one by one: "S S N", "L A S T  4", "S O C I A L" (three or more, single spaces between).
_SPACED_CAPITALS = re.compile(r"(?<![\w])[A-Z](?: [A-Z]){2,}(?![\w])")

# Two digits anywhere: what every rewrite of digits above needs (\d covers [0-9] and the other scripts' digits).
_TWO_DIGITS = re.compile(r"\d\D*\d")
# One rewritten character: (first, last) offsets of its source inside the match, and the new character.
Piece = tuple[int, int, str]
Fix = Callable[[re.Match[str]], "list[Piece] | None"]  # None: leave the match as it is


@dataclass(frozen=True)
class Normalised:
    """Normalised text plus, for each of its characters, the first and last original characters it came from."""

    text: str
    origin: tuple[int, ...]
    original_length: int
    origin_end: tuple[int, ...] | None = None  # last original index per character; origin when None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original text."""
        if start >= end or not self.origin:
            position = self.origin[start] if start < len(self.origin) else self.original_length
            return position, position
        ends = self.origin_end if self.origin_end is not None else self.origin
        return self.origin[start], ends[end - 1] + 1


def _apply(
    text: str, starts: list[int], ends: list[int], pattern: re.Pattern[str], fix: Fix
) -> tuple[str, list[int], list[int]]:
    """Rewrite each match of pattern that fix(match) changes; fix returns Pieces relative to the match, or None."""
    rewrites = [(match, pieces) for match in pattern.finditer(text) if (pieces := fix(match)) is not None]
    if not rewrites:
        return text, starts, ends
    new_chars: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    cursor = 0
    for match, pieces in rewrites:
        new_chars.append(text[cursor : match.start()])
        new_starts.extend(starts[cursor : match.start()])
        new_ends.extend(ends[cursor : match.start()])
        for first, last, char in pieces:
            new_chars.append(char)
            new_starts.append(starts[match.start() + first])
            new_ends.append(ends[match.start() + last])
        cursor = match.end()
    new_chars.append(text[cursor:])
    new_starts.extend(starts[cursor:])
    new_ends.extend(ends[cursor:])
    return "".join(new_chars), new_starts, new_ends


def _map_lookalikes(match: re.Match[str]) -> list[Piece] | None:
    run = match.group()
    digits = sum(char.isdigit() for char in run)
    if digits < 2 or digits <= len(run) - digits or run.isdigit():
        return None
    return [(i, i, LOOKALIKE_DIGITS.get(char, char)) for i, char in enumerate(run)]


def _map_lookalike_chunks(match: re.Match[str]) -> list[Piece] | None:
    region = match.group()
    chunks = re.split(r"[/.-]", region)
    digits = sum(char.isdigit() for char in region)
    letters = sum(char.isalpha() for char in region)
    # every chunk must hold a real digit, so "S.O.S" or "I/O" are left alone
    if not letters or digits < 4 or letters >= digits or not all(any(c.isdigit() for c in chunk) for chunk in chunks):
        return None
    return [(i, i, LOOKALIKE_DIGITS.get(char, char)) for i, char in enumerate(region)]


def _collapse_spaced_digits(match: re.Match[str]) -> list[Piece] | None:
    region = match.group()
    groups = re.findall(r"\d+", region)
    single_digit_groups = sum(len(group) == 1 for group in groups)
    if " " not in region:
        return None
    # "0 4 / 1 2 / 1 9 8 5" or "04 / 12 / 1985": a date typed with spaces
    is_spaced_date = region.count("/") == 2 and len(groups) == 3
    if not is_spaced_date and (single_digit_groups < 3 or sum(len(group) for group in groups) < 6):
        return None
    return [(i, i, char) for i, char in enumerate(region) if char != " "]


def _join_spaced_capitals(match: re.Match[str]) -> list[Piece] | None:
    """"S S N" reads "SSN": the spaces between the letters are dropped."""
    return [(i, i, char) for i, char in enumerate(match.group()) if char != " "]


def _spelled_to_digits(match: re.Match[str]) -> list[Piece] | None:
    """Each digit word becomes one digit spanning the word; a comma between groups becomes a dash."""
    region = match.group()
    parts = list(_SPELLED_PART.finditer(region))
    words = [part for part in parts if part.group() != ","]
    if len(words) < MIN_SPELLED_DIGITS or words[0].group().lower() == "oh":
        return None
    pieces: list[Piece] = []
    for part in parts:
        if part.group() == ",":
            pieces.append((part.start(), part.start(), "-"))
        else:
            pieces.append((part.start(), part.end() - 1, DIGIT_WORDS[part.group().lower()]))
    return pieces


def _fold(char: str) -> str:
    """NFKC for non-ASCII characters, with any Unicode decimal digit (Arabic-Indic...) made ASCII."""
    if char.isascii():
        return char
    if char.isdecimal():
        return str(unicodedata.decimal(char))
    return unicodedata.normalize("NFKC", char)


def _fold_text(text: str) -> tuple[str, list[int]]:
    """Fold every character and drop zero-width ones; also return each new character's original index."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in ZERO_WIDTH:
            continue
        for folded in _fold(char):
            if folded not in ZERO_WIDTH:
                chars.append(APOSTROPHES.get(folded, folded))
                origin.append(index)
    return "".join(chars), origin


def normalise(text: str) -> Normalised:
    """NFKC, drop zero-width characters, map look-alike letters in digit runs, digit words, spaced digits and
    capitals typed one by one."""
    original_length = len(text)
    if text.isascii():  # nothing to fold or drop
        origin = list(range(original_length))
    else:
        text, origin = _fold_text(text)
    ends = origin
    # the look-alike and spaced-digit rewrites need two digits at least (most messages have none): skip their scans
    if _TWO_DIGITS.search(text):
        text, origin, ends = _apply(text, origin, ends, _DIGITISH_CHUNKS, _map_lookalike_chunks)
        text, origin, ends = _apply(text, origin, ends, _DIGITISH_RUN, _map_lookalikes)
    text, origin, ends = _apply(text, origin, ends, _SPELLED_DIGITS, _spelled_to_digits)
    if _TWO_DIGITS.search(text):  # spelled digits may have made some
        text, origin, ends = _apply(text, origin, ends, _SPACED_DIGITS, _collapse_spaced_digits)
    if " " in text:
        text, origin, ends = _apply(text, origin, ends, _SPACED_CAPITALS, _join_spaced_capitals)
    starts_tuple = tuple(origin)
    return Normalised(text, starts_tuple, original_length, starts_tuple if ends is origin else tuple(ends))
