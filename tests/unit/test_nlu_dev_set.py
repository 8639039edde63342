"""The development set of patients' messages (tests/data/nlu_dev.yml) stays apart from training and held-out data.

It is tuned on (the scope gate's threshold), so it must never be trained on, and the held-out files must not
share a message with it (a shared message would be tuned on, then scored as if unseen).
"""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT / "tests" / "data" / "nlu_dev.yml"
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


def test_the_dev_set_shares_no_message_with_training_or_held_out_data():
    dev = set(_messages(DEV_SET))
    for folder in ("data/nlu", "evaluation"):
        for path in sorted((ROOT / folder).glob("*.yml")):
            shared = dev & set(_messages(path))
            assert not shared, f"{path.relative_to(ROOT)} shares {sorted(shared)[:5]}"
