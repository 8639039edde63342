"""bot.safety.context: whose health a term is about, and the pattern gates (a branch runs only when the message has
one of its first words)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from bot.safety import context as context_module
from bot.safety import crisis as crisis_module
from bot.safety import crisis_languages
from bot.safety import health as health_module
from bot.safety.context import (
    CLOSE,
    NONE,
    OTHER,
    SELF,
    GatedPattern,
    MessageContext,
    _finditer_in_turn,
    _split_branches,
    branch_gate,
    words_of,
)

DEV = Path(__file__).resolve().parents[2] / "data" / "safety_dev.jsonl"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("my knee hurts", SELF),
        ("my brother-in-law has gout", CLOSE),
        ("my wife's mother has gout", CLOSE),
        ("baby has a rash", CLOSE),
        ("my coworker's cousin has gout", OTHER),
        ("my neighbour's kid has gout", OTHER),
        ("a boy in my daughter's class has gout", OTHER),
        ("my cat has gout", OTHER),
        ("the mayor has gout", OTHER),
        ("Dr. Okoro said she has gout", OTHER),
        ("my sister says she has gout", CLOSE),
        ("does gout run in families?", NONE),
        ("grandad's had gout for years", CLOSE),  # "'s" is "has" here, not a possessive
        ("I have a son with gout", CLOSE),
        ("I saw a man with gout", OTHER),
        ("my son's appointment is with the psychiatrist, his gout is worse", CLOSE),  # "his" is the son's
        ("do u take tricare, my gout is back", SELF),
    ],
)
def test_holder_of_a_term(text: str, holder: str) -> None:
    context = MessageContext(text.lower() if text.islower() else text)
    term = re.search(r"gout|hurts|rash", text)
    assert term is not None
    assert context.holder(term.start(), term.end()) == holder


def _sentences() -> list[str]:
    texts = [json.loads(line)["text"].lower() for line in DEV.read_text(encoding="utf-8").splitlines()]
    return texts + ["i can't breathe", "my baby is turning blue", "x-ray showed a crack", "i'm self-harming again"]


def test_gates_never_skip_a_branch_that_matches() -> None:
    """A branch of a GatedPattern runs only when the message has one of its first words: check that whenever the
    branch matches, the message does have one (so gating changes speed, never results)."""
    gated = [pattern for _, pattern in health_module._GATED_PATTERNS]
    gated += [getattr(crisis_module, name) for name in ("_CRITICAL", "_SERIOUS", "_SELF_HARM", "_SELF_HARM_WEAK")]
    branches = [
        (branch, branch_gate(branch)) for pattern in gated for branch, _ in _branches_of(pattern) if branch_gate(branch)
    ]
    assert len(branches) > 200
    for text in _sentences():
        words = MessageContext(text).words
        for branch, gate in branches:
            if re.search(branch, text):
                assert gate is not None and not gate.isdisjoint(words), (branch, text)


def _branches_of(pattern: GatedPattern) -> list[tuple[str, None]]:
    return [(branch, None) for joined in pattern._runs for branch in _split_branches(joined.pattern.pattern)]


def _all_gated() -> list[GatedPattern]:
    gated = [pattern for _, pattern in health_module._GATED_PATTERNS]
    gated += [value for value in vars(crisis_module).values() if isinstance(value, GatedPattern)]
    gated += [value for value in vars(crisis_languages).values() if isinstance(value, GatedPattern)]
    return gated + [value for value in vars(context_module).values() if isinstance(value, GatedPattern)]


def _joined_matches(pattern: GatedPattern, text: str, words: frozenset[str]) -> list[tuple[tuple[int, int], dict]]:
    """What GatedPattern found before branches were left out by their literals: every joined regex whose gate
    passes, run whole."""
    matches = [
        match
        for joined in pattern._runs
        if joined.gate is None or not joined.gate.isdisjoint(words)
        for match in joined.pattern.finditer(text)
    ]
    return _found(sorted(matches, key=lambda match: match.start()))


def _found(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict]]:
    """Spans and the named groups that took part (those of branches left out are missing rather than None)."""
    return [(match.span(), {k: v for k, v in match.groupdict().items() if v is not None}) for match in matches]


def test_leaving_out_branches_without_their_literals_changes_no_match() -> None:
    """Branches whose literals a message lacks are left out of the joined regexes (bot.safety.literals): the matches,
    their spans and named groups, are those of the whole joined regexes."""
    texts = _sentences() + ["no pulse and not breathing", "i took all my pills, goodbye", "chest pain, can't breathe"]
    patterns = _all_gated()
    assert len(patterns) >= 14
    for text in texts:
        for folded in {text, crisis_languages.fold(text)}:
            words = words_of(folded)
            for pattern in patterns:
                expected = _joined_matches(pattern, folded, words)
                assert _found(pattern.finditer(folded, words)) == expected, (text, pattern)
                assert pattern.search(folded, words) == bool(expected)


def test_every_branch_match_holds_a_string_of_each_of_its_literal_sets() -> None:
    needs = [
        (re.compile(joined.branches[index]), sets)
        for pattern in _all_gated()
        for joined in pattern._runs
        for index, sets in enumerate(joined.needs)
        if sets
    ]
    assert len(needs) > 500  # nearly every branch has some
    for text in _sentences():
        for branch, sets in needs:
            for match in branch.finditer(text):
                assert all(any(string in match.group() for string in strings) for strings in sets), (branch, text)


@pytest.mark.parametrize("seed", range(20))
def test_branches_run_in_turn_find_what_the_joined_regex_finds(seed: int) -> None:
    """At each position the first branch (in order) that matches there wins, and the search goes on from its end:
    overlapping branches, branches matching at the same place, lookbehinds."""
    rng = random.Random(seed)
    pieces = ["ab", "abc", "b", "bc", "c+", "a(?=b)", "(?<=a)bc", r"\bab", "(?:ab|a)c?", "ca", "(?P<x>b)c"]
    for _ in range(50):
        branches = rng.sample(pieces, rng.randint(2, 5))
        branches = [re.sub(r"\(\?P<x>", f"(?P<x{index}>", branch) for index, branch in enumerate(branches)]
        text = "".join(rng.choice("abc ") for _ in range(rng.randint(0, 30)))
        joined = list(re.finditer("|".join(branches), text))
        in_turn = _finditer_in_turn([re.compile(branch) for branch in branches], text)
        if in_turn is not None:  # None only where a branch matched empty (the caller then runs the joined regex)
            assert _found(in_turn) == _found(joined), (branches, text)


def test_branch_gate_reads_first_words() -> None:
    assert branch_gate(r"\b(?:can't|cannot)\s+breathe") == {"can't", "cannot"}
    assert branch_gate(r"\bsons?\b") == {"son", "sons"}
    assert branch_gate(r"\bx[\s-]?rays?\b") == {"x", "xray", "xrays"}
    assert branch_gate(r"\bsuicid\w*") is None  # the first word could be longer than the literal
    assert branch_gate(r"overdose") is None  # no word boundary: a match could start inside a word
    assert branch_gate(r"\b\d+\s+weeks") == {"#digit"}
