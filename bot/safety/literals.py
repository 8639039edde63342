"""Strings a regex match must contain, and one scan that tells which of many such strings a text holds.

GatedPattern (bot/safety/context.py) joins a hundred branches into a few regexes; Python's re then tries every
branch at every position of a message, most of them branches that cannot match anywhere in it. Nearly every branch
needs some literal text ("breath" in "can't breathe", "pulse" in "no pulse"): when a message holds none of a
branch's literals, the branch cannot match, and leaving it out of the alternation changes no match (the branches
that remain are tried in the same order at each position). So a message is scanned once for all the literals, and
each joined regex runs with only the branches that can match.

`required_literals` works on the parsed regex: a match of a sequence contains what each of its parts matches, a
part that can only match a short list of strings ("took|taken", "breath(?:e|ing)?") contributes those strings, and
an alternation needs one literal of each alternative. A branch usually needs several ("took|taken" and "pills"):
it can match only where the text holds a string of each set. Case: the literals are compared exactly, so a pattern or
group with re.IGNORECASE has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, cast

try:
    from re import _parser as sre_parse  # type: ignore[attr-defined]  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

__all__ = ["FoldedPrefilter", "LiteralScanner", "prefiltered", "required_literals"]

MIN_LENGTH = 3  # shorter literals are in nearly every message: no use as a filter
# Everyday words: a literal found inside one of them ("the", "ill" in "will", "want") is in many messages, so it
# filters little; such sets come last.
_EVERYDAY = """
i i'm im my me we you he she it is are was were be been being have has had the a an and or to of in on for at not
no can can't cant cannot do does did doing done don't dont get got gets took take takes taking just so this that these
those with what how his her hers they their them our your yours all one will would could should going want wants
there here where when which who why about from into out up down over after before some any more very really still
also back time day days now today tonight week weeks year years know think feel feeling like need help please thanks
thank hi hello ok okay yes yeah make made go goes went come came see said say says tell told ask asked call called
thing things something anything nothing much many other than then well good new old first last little same only even
because been him its it's i've i'll i'd let put keep kept since while every each both again never always
"""
_EVERYDAY_PARTS = frozenset(
    word[start:end]
    for word in _EVERYDAY.split()
    for start in range(len(word))
    for end in range(start + 1, len(word) + 1)
)
_MAX_STRINGS = 64  # a part matching more strings than this counts as "anything"
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT"})

_Item = tuple  # one (opcode, argument) pair of sre_parse's output


def _ignores_case(flags: int) -> bool:
    return bool(flags & re.IGNORECASE)


def _char(code: int, fold: bool) -> str | None:
    """A literal character as looked for: itself, or when folding its lower case (ASCII only: FoldedPrefilter)."""
    char = chr(code)
    if not fold:
        return char
    return char.lower() if char.isascii() else None


def _strings(item: _Item, fold: bool) -> set[str] | None:
    """The strings one parsed item can match, when they are few (a zero-width item matches "")."""
    op, av = item
    name = str(op)
    if name == "LITERAL":
        char = _char(av, fold)
        return None if char is None else {char}
    if name in _ZERO_WIDTH:
        return {""}
    if name == "IN":
        if not all(str(kind) == "LITERAL" for kind, _ in av):
            return None
        chars = {_char(value, fold) for _, value in av}
        return None if None in chars else chars  # type: ignore[return-value]
    if name == "SUBPATTERN":
        _, add_flags, _, sub = av
        return None if _ignores_case(add_flags) and not fold else _sequence_strings(list(sub), fold)
    if name == "BRANCH":
        found: set[str] = set()
        for alternative in av[1]:
            strings = _sequence_strings(list(alternative), fold)
            if strings is None:
                return None
            found |= strings
        return found if len(found) <= _MAX_STRINGS else None
    if name in _REPEATS:
        low, high, sub = av
        if (low, high) in ((0, 1), (1, 1)):
            strings = _sequence_strings(list(sub), fold)
            if strings is None:
                return None
            return strings | {""} if low == 0 else strings
    return None


def _sequence_strings(items: list[_Item], fold: bool) -> set[str] | None:
    """The strings a sequence of parsed items can match, when they are few."""
    found = {""}
    for item in items:
        options = _strings(item, fold)
        if options is None:
            return None
        found = {left + right for left in found for right in options}
        if len(found) > _MAX_STRINGS:
            return None
    return found


def _inner_requirement(item: _Item, fold: bool) -> frozenset[str] | None:
    """What a part matching too many strings to list still needs ("(?:a|b)\\s+pulse" needs "pulse")."""
    op, av = item
    name = str(op)
    if name == "SUBPATTERN":
        _, add_flags, _, sub = av
        return None if _ignores_case(add_flags) and not fold else _requirement(list(sub), fold)
    if name == "BRANCH":
        needed: set[str] = set()
        for alternative in av[1]:
            requirement = _requirement(list(alternative), fold)
            if requirement is None:
                return None
            needed |= requirement
        return frozenset(needed)
    if name in _REPEATS and av[0] >= 1:
        return _requirement(list(av[2]), fold)
    return None


def _usable(strings: Iterable[str]) -> frozenset[str] | None:
    """The strings as a literal set worth checking: none shorter than MIN_LENGTH, none a three-letter piece of an
    everyday word ("the", "ill" in "will": in most messages, and each costs a look-up of the branches needing it)."""
    strings = frozenset(strings)
    if not strings or any(len(s) < MIN_LENGTH or len(s) == 3 and s in _EVERYDAY_PARTS for s in strings):
        return None
    return strings


def _selectivity(strings: frozenset[str]) -> tuple[bool, int, int, list[str]]:
    """Sort key, most selective first: no everyday piece, the longest shortest string, the fewest strings."""
    return (not strings.isdisjoint(_EVERYDAY_PARTS), -min(map(len, strings)), len(strings), sorted(strings))


def _candidates(items: list[_Item], fold: bool) -> list[frozenset[str]]:
    """Sets of strings each of which every match of the sequence needs one of (one set per part that has one), the
    most selective first."""
    candidates: set[frozenset[str]] = set()
    run = {""}  # the strings the current run of listable parts can match, joined end to end

    def close(run: set[str]) -> None:
        if (usable := _usable(run)) is not None:
            candidates.add(usable)

    for item in items:
        options = _strings(item, fold)
        if options is None:
            close(run)
            run = {""}
            if (inner := _inner_requirement(item, fold)) is not None:
                candidates.add(inner)
            continue
        joined = {left + right for left in run for right in options}
        if len(joined) > _MAX_STRINGS:
            close(run)
            run = options
        else:
            run = joined
    close(run)
    return sorted(candidates, key=_selectivity)


def _requirement(items: list[_Item], fold: bool) -> frozenset[str] | None:
    """The most selective set of strings one of which every match of the sequence contains, if any."""
    candidates = _candidates(items, fold)
    return candidates[0] if candidates else None


def required_literals(pattern: str, most: int = 3, flags: int = 0, fold: bool = False) -> list[frozenset[str]]:
    """Up to `most` sets of strings such that every match of `pattern` contains a string of each set, the most
    selective first; none when that cannot be worked out.

    Compared case-sensitively (a pattern ignoring case then has none), or with `fold`, in lower case whatever the
    pattern's case flags, for an ASCII text in lower case (FoldedPrefilter).
    """
    parsed = sre_parse.parse(pattern, flags)
    if _ignores_case(parsed.state.flags) and not fold:
        return []
    return _candidates(list(parsed), fold)[:most]


def _trie_regex(literals: Iterable[str]) -> str:
    """One alternation of the literals, shared prefixes merged (Python's re tries alternatives one by one)."""
    trie: dict = {}
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def source(node: dict) -> str:
        alternatives = [re.escape(char) + source(child) for char, child in sorted(node.items()) if char]
        if not alternatives:
            return ""
        joined = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if "" in node:  # a literal ends here and a longer one goes on (LiteralScanner keeps no such pair)
            return f"(?:{joined})?"
        return joined

    return source(trie) if trie else r"(?!)"


def _shortest_inside(literal: str, kept: set[str]) -> str | None:
    """The shortest string of `kept` found inside `literal` and shorter than it, if any."""
    for length in range(1, len(literal)):
        for start in range(len(literal) - length + 1):
            if literal[start : start + length] in kept:
                return literal[start : start + length]
    return None


class LiteralScanner:
    """Which of a fixed set of literals a text contains, in one regex scan.

    Each literal is looked for through its shortest sub-literal in the set (a text with "breathing" has "breath"), so
    the answer can name a shorter literal than asked about: `holds` says whether a text may contain one.
    """

    def __init__(self, literals: Iterable[str]) -> None:
        kept: set[str] = set()
        self._representative: dict[str, str] = {}
        for literal in sorted(set(literals), key=lambda s: (len(s), s)):  # shorter first: they are kept first
            inside = _shortest_inside(literal, kept)
            if inside is None:
                kept.add(literal)
            self._representative[literal] = inside or literal
        # no kept literal is inside another, so at most one starts at any position
        self._search = re.compile(_trie_regex(kept)).search

    def representative(self, literal: str) -> str:
        """The literal whose presence stands for `literal`'s (itself, or the shortest literal inside it)."""
        return self._representative[literal]

    def found(self, text: str) -> set[str]:
        """The representatives present in text (every occurrence is looked at, overlapping ones too)."""
        found: set[str] = set()
        search = self._search
        match = search(text)
        while match is not None:
            found.add(match.group())
            match = search(text, match.start() + 1)
        return found



class FoldedPrefilter:
    """A compiled regex that is not run on an ASCII text lacking, in lower case, a string of each of its literal sets
    (it cannot match there); on any other text it is the regex itself. Same methods as re.Pattern.

    Why ASCII only: there a character matches a letter of the pattern, in either case, only if their lower cases are
    equal; elsewhere re's IGNORECASE also pairs "ſ" with "s", "ı" and "İ" with "i", "K" (Kelvin) with "k".
    """

    def __init__(self, pattern: re.Pattern[str], needs: list[frozenset[str]]) -> None:
        self.regex = pattern
        self._needs = needs
        # one scan per set ("aetna|ambetter|..." holds dozens of names)
        self._finders = [re.compile("|".join(map(re.escape, sorted(strings)))).search for strings in needs]
        self._last: tuple[str, bool] = ("", True)  # the last text looked at, and whether the regex can match in it

    def _can_match(self, text: str) -> bool:
        last, can = self._last
        if text is last:  # the callers look at one message several times in a row
            return can
        can = True
        if text.isascii():
            lowered = text.lower()
            can = all(find(lowered) for find in self._finders)
        self._last = (text, can)
        return can

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.regex.search(text, *span) if self._can_match(text) else None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.regex.match(text, *span) if self._can_match(text) else None

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        return self.regex.fullmatch(text, *span) if self._can_match(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, *span) if self._can_match(text) else iter(())

    def findall(self, text: str, *span: int) -> list[Any]:
        return self.regex.findall(text, *span) if self._can_match(text) else []

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groupindex, sub...: the regex's own
        return getattr(self.regex, name)


def prefiltered(pattern: re.Pattern[str], most: int = 2) -> re.Pattern[str]:
    """The regex behind a FoldedPrefilter when it needs some literal (typed as the regex: it answers the same)."""
    needs = required_literals(pattern.pattern, most, pattern.flags, fold=True)
    return cast("re.Pattern[str]", FoldedPrefilter(pattern, needs)) if needs else pattern
