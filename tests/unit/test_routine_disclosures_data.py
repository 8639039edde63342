"""The held-out routine-disclosure file (tests/data/README.md) is well formed and balanced. It does not test the
detector: bench/safety.py scores it, counts only."""

from __future__ import annotations

import json
from pathlib import Path

FILE = Path(__file__).resolve().parents[1] / "data" / "routine_disclosures_holdout.jsonl"


def test_every_line_is_labelled_and_the_file_is_balanced() -> None:
    rows = [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 400
    for row in rows:
        assert set(row) == {"text", "discloses", "why", "who"} and row["text"].strip(), row
        assert isinstance(row["discloses"], bool) and row["who"] in {"self", "relative", "friend", "none"}, row
        assert (row["who"] == "none") != row["discloses"], row  # a disclosure is about someone
    assert len({row["text"] for row in rows}) == len(rows)
    disclosing = sum(row["discloses"] for row in rows)
    assert 0.4 <= disclosing / len(rows) <= 0.6
