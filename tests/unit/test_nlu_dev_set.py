"""The development sets of patients' messages (tests/data/nlu_dev.yml, nlu_dev2.yml) stay apart from training and
held-out data.

They are tuned on (the scope gate's threshold, the fallback threshold), so they must never be trained on, and the
held-out files must not share a message with them (a shared message would be tuned on, then scored as if unseen).
"""

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT / "tests" / "data" / "nlu_dev.yml"
DEV_SET2 = ROOT / "tests" / "data" / "nlu_dev2.yml"  # 2026-12-03: lookalikes of the topics, many languages
ANNOTATION = re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)")


def _messages(path: Path) -> dict[str, str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found = {}
    for block in data.get("nlu") or []:
        if "intent" not in block:
            continue
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                found[" ".join(ANNOTATION.sub(r"\1", line[2:]).lower().split())] = block["intent"]
    return found


def test_the_dev_set_is_big_and_covers_every_routine_topic_and_out_of_scope():
    dev = _messages(DEV_SET)
    assert len(dev) >= 400
    counts = {intent: list(dev.values()).count(intent) for intent in set(dev.values())}
    assert counts["out_of_scope"] >= 100
    assert all(count >= 12 for count in counts.values())


def test_the_second_dev_set_is_mostly_lookalikes_and_covers_every_routine_topic():
    dev = _messages(DEV_SET2)
    assert len(dev) >= 300
    counts = {intent: list(dev.values()).count(intent) for intent in set(dev.values())}
    assert counts["out_of_scope"] >= 140 and len(counts) == 18
    assert all(count >= 5 for count in counts.values())


@pytest.mark.parametrize("path", [DEV_SET, DEV_SET2], ids=["nlu_dev", "nlu_dev2"])
def test_the_dev_set_shares_no_message_with_held_out_data(path: Path):
    # (none with the training data either: `make validate` checks that, tests/unit/test_training_validate.py)
    dev = set(_messages(path))
    for held_out in sorted((ROOT / "evaluation").glob("*.yml")):
        shared = dev & set(_messages(held_out))
        assert not shared, f"{held_out.relative_to(ROOT)} shares {sorted(shared)[:5]}"
