"""evaluation/disclosure_labels.jsonl labels every message of the evaluation files (bench/safety.py counts false
alarms and missed disclosures with it), so a new evaluation file cannot be scored without its labels."""

from __future__ import annotations

import hashlib
import json

from rasa.shared.nlu.training_data.entities_parser import replace_entities

from bot.settings import PROJECT_ROOT
from bot.training.validate import EVALUATION
from bot.training_data import intent_examples

LABELS = PROJECT_ROOT / "evaluation" / "disclosure_labels.jsonl"


def test_every_evaluation_message_has_exactly_one_label() -> None:
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]
    keys = [(label["file"], label["sha256"]) for label in labels]
    messages = {(e.path, hashlib.sha256(replace_entities(e.text).encode("utf-8")).hexdigest())
                for e in intent_examples(PROJECT_ROOT, (EVALUATION,))}
    assert len(keys) == len(set(keys))
    assert messages - set(keys) == set(), "label the new evaluation messages (see bench/README.md)"
    assert all(isinstance(label["sensitive"], bool) for label in labels)
