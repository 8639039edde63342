"""bench/label_audit.jsonl (a data check) and the estimate bench/safety_generalisation.py makes with it: the pooled
leave-one-source-out aims once more, where a blind reader's labels replace the dataset's on sampled strata."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import numpy as np

from bench.safety_generalisation import LABEL_AUDIT, audited_estimates
from bot.safety.train_classifier import Line

ANSWERS = {"yes", "no", "unclear"}


def test_the_audit_file_holds_hashes_and_answers_never_corpus_text() -> None:
    rows = [json.loads(line) for line in LABEL_AUDIT.read_text(encoding="utf-8").splitlines() if line]
    assert all(set(row) == {"source", "stratum", "sha256", "sensitive", "crisis"} for row in rows)
    assert all(len(row["sha256"]) == 64 and int(row["sha256"], 16) >= 0 for row in rows)
    assert all(row["sensitive"] in ANSWERS and row["crisis"] in ANSWERS for row in rows)
    strata = Counter((row["source"], json.dumps(row["stratum"], sort_keys=True)) for row in rows)
    assert len(strata) == 6 and set(strata.values()) == {150}
    assert len({(row["source"], row["sha256"]) for row in rows}) == len(rows)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_flagged_line_the_reader_calls_a_disclosure_is_not_a_false_alarm(tmp_path: Path) -> None:
    lines = [Line(f"pos {i}", "forum", True, "none") for i in range(100)]
    lines += [Line(f"neg {i}", "forum", False, "none") for i in range(100)]
    # the detector flags every positive and the even negatives: precision 100 / 150 on the dataset's labels
    flagged = np.array([line.sensitive or i % 2 == 0 for i, line in enumerate(lines)])
    predicted = {"sensitive": flagged, "crisis": np.full(len(lines), None, dtype=object)}
    # a reader samples ten negatives: the five flagged ones disclose after all, the five others do not
    sampled = [f"neg {i}" for i in range(10)]
    audit = tmp_path / "audit.jsonl"
    audit.write_text("".join(
        json.dumps({"source": "forum", "stratum": {"sensitive": False}, "sha256": _sha(text),
                    "sensitive": "yes" if int(text.split()[1]) % 2 == 0 else "no", "crisis": "no"}) + "\n"
        for text in sampled))
    estimate = audited_estimates(lines, np.array([line.source for line in lines]), predicted, audit)
    assert estimate["pooled_combined"]["sensitive_precision_sources_with_positives"] == 1.0
    assert estimate["pooled_combined"]["sensitive_recall"] == 1.0
    stratum = estimate["per_stratum"]["forum:sensitive=False"]
    assert stratum["sensitive"]["reader_agrees_with_dataset"] == 0.5
    assert stratum["sensitive"]["flagged_when_reader_no"] == 0.0
    assert estimate["pooled_combined"]["false_crisis_rate_crisis_none"] == 0.0


def test_unclear_answers_count_on_neither_side(tmp_path: Path) -> None:
    lines = [Line(f"line {i}", "tweets", None, "self_harm") for i in range(40)]
    crisis = np.array(["self_harm" if i < 10 else None for i in range(40)], dtype=object)
    predicted = {"sensitive": np.zeros(40, dtype=bool), "crisis": crisis}
    answers = ["yes"] * 10 + ["unclear"] * 10 + ["no"] * 20  # the reader: ten crises, twenty not, ten unclear
    audit = tmp_path / "audit.jsonl"
    audit.write_text("".join(
        json.dumps({"source": "tweets", "stratum": {"crisis": "self_harm"}, "sha256": _sha(f"line {i}"),
                    "sensitive": "unclear", "crisis": answer}) + "\n" for i, answer in enumerate(answers)))
    stratum = audited_estimates(lines, np.array(["tweets"] * 40), predicted, audit)["per_stratum"]
    summary = stratum["tweets:crisis=self_harm"]["crisis"]
    assert (summary["reader_yes"], summary["reader_no"], summary["unclear"]) == (10, 20, 10)
    assert summary["reader_agrees_with_dataset"] == round(10 / 30, 4)
    assert summary["flagged_when_reader_yes"] == 1.0 and summary["flagged_when_reader_no"] == 0.0
