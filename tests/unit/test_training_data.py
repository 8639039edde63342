"""bot.training_data: the one reader of the NLU examples, and the one definition of two examples being the same,
shared by `make validate` (bot.training.validate) and the staff console's review (bot.review)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import review
from bot.training.validate import check_duplicate_examples
from bot.training_data import Example, intent_examples, normalise_example, read_examples

NLU = """version: "3.1"
nlu:
- intent: ask_parking
  examples: |
    - Where can I  [park](place)?
    - parking
- intent: greet
  examples:
  - text: hello there
    metadata: {source: test}
"""


@pytest.mark.parametrize("one, other", [
    ("Where can I park?", "where can i park"),
    ("where can I  [park](place)", "Where can I park"),
    ('when is [the Hospital]{"entity": "site"} open', "when is the hospital open"),
    ("PARKING!!", "parking"),
    ("Straße", "STRASSE"),
])
def test_the_same_example(one: str, other: str) -> None:
    assert normalise_example(one) == normalise_example(other)


@pytest.mark.parametrize("one, other", [
    ("where can I park", "where can we park"),
    ("park, please", "park please"),  # only final punctuation is ignored
    ("is it open?", "is it open? no"),
])
def test_not_the_same_example(one: str, other: str) -> None:
    assert normalise_example(one) != normalise_example(other)


def test_examples_are_read_with_their_file_and_line_in_both_forms(tmp_path: Path) -> None:
    (tmp_path / "data" / "nlu").mkdir(parents=True)
    (tmp_path / "data" / "nlu" / "a.yml").write_text(NLU, encoding="utf-8")
    (tmp_path / "data" / "nlu" / "broken.yml").write_text("nlu: [\n", encoding="utf-8")
    examples, problems = read_examples(tmp_path)
    assert examples == [
        Example("data/nlu/a.yml", 5, "ask_parking", "Where can I  [park](place)?"),
        Example("data/nlu/a.yml", 6, "ask_parking", "parking"),
        Example("data/nlu/a.yml", 9, "greet", "hello there"),
    ]
    assert [problem.path for problem in problems] == ["data/nlu/broken.yml"]
    assert intent_examples(tmp_path) == examples
    assert read_examples(tmp_path, exclude=[tmp_path / "data" / "nlu" / "a.yml"])[0] == []


def test_validate_and_the_review_agree_on_what_a_duplicate_is(tmp_path: Path) -> None:
    """The same text under two intents, written differently: `make validate` reports it, and the review sees the
    training example under both intents (a message labelled with either is a conflict, not written)."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.yml").write_text(NLU, encoding="utf-8")
    (tmp_path / "data" / "b.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: ask_directions\n  examples: |\n    - where can i PARK\n', encoding="utf-8")
    problems = check_duplicate_examples(tmp_path)
    assert [(p.path, p.line) for p in problems] == [("data/b.yml", 5)]
    assert '"where can i park" appears in two intents: ask_directions and ask_parking' in problems[0].message
    trained = review.training_examples(tmp_path / "data")
    assert trained[normalise_example("Where can I park?")] == {"ask_parking", "ask_directions"}
    assert trained[normalise_example("hello there")] == {"greet"}
