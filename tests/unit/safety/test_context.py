"""bot.safety.context: whose health a term is about, and the pattern gates (a branch runs only when the message has
one of its first words)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.safety import crisis as crisis_module
from bot.safety import health as health_module
from bot.safety.context import CLOSE, NONE, OTHER, SELF, GatedPattern, MessageContext, _split_branches, branch_gate

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
    groups = [pattern._always] if pattern._always else []
    groups += [regex for _, regex in pattern._gated]
    return [(branch, None) for regex in groups for branch in _split_branches(regex.pattern)]


def test_branch_gate_reads_first_words() -> None:
    assert branch_gate(r"\b(?:can't|cannot)\s+breathe") == {"can't", "cannot"}
    assert branch_gate(r"\bsons?\b") == {"son", "sons"}
    assert branch_gate(r"\bx[\s-]?rays?\b") == {"x", "xray", "xrays"}
    assert branch_gate(r"\bsuicid\w*") is None  # the first word could be longer than the literal
    assert branch_gate(r"overdose") is None  # no word boundary: a match could start inside a word
    assert branch_gate(r"\b\d+\s+weeks") == {"#digit"}
