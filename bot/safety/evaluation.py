"""Scoring of a sensitive-data / crisis detector against labelled messages (pure functions, no I/O but loading).

Labelled data is JSON Lines, one message a line::

    {"id": "dev-0001", "text": "...", "sensitive": true, "crisis": null, "kinds": ["condition", "dob"],
     "group": "health"}

Predictions are plain dicts ``{"sensitive": bool, "crisis": None | str, "kinds": [str, ...]}``, one per
message in the same order, so any detector can be scored (``prediction_from_assessment`` turns ours into
one; a detector that knows nothing of crises or health kinds simply never predicts them).

Everything is scored at message level: for a kind, a message is a true positive when it is labelled with
that kind and the detector predicted that kind somewhere in it; where in the message does not matter.

Conventions for empty denominators (so every number is defined):
  * recall = tp / (tp + fn), and 1.0 when nothing was expected (nothing to miss);
  * precision = tp / (tp + fp), and when nothing was predicted: 1.0 if nothing was expected either,
    0.0 if something was (a detector that stays silent while things are there earns no precision);
  * F2 = 5 * P * R / (4 * P + R) (recall weighs four times as much as precision), 0.0 when P = R = 0;
  * false_crisis_rate = 0.0 when there are no messages labelled with no crisis.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.safety.kinds import HEALTH_KINDS, IDENTIFIER_KINDS, Crisis

__all__ = [
    "ALL_KINDS",
    "CRISIS_TYPES",
    "HEALTH_KINDS",
    "IDENTIFIER_KINDS",
    "Counts",
    "DataError",
    "Example",
    "load_examples",
    "parse_example",
    "percentile",
    "latency_summary",
    "prediction_from_assessment",
    "score",
    "score_identifiers",
]

ALL_KINDS: tuple[str, ...] = tuple(sorted(IDENTIFIER_KINDS + HEALTH_KINDS))
CRISIS_TYPES: tuple[str, ...] = tuple(Crisis)
F_BETA = 2.0


class DataError(ValueError):
    """The labelled file is malformed; the message lists every problem found (file:line: what)."""


@dataclass(frozen=True)
class Example:
    """One labelled message."""

    id: str
    text: str
    sensitive: bool
    crisis: str | None
    kinds: tuple[str, ...]
    group: str


# --- Loading ----------------------------------------------------------------------------------------------------


def parse_example(record: Any, where: str = "record") -> Example:
    """Check one decoded JSON record against the labelling contract and return it as an Example.

    Raises DataError naming `where` (for instance "safety_dev.jsonl:12") and every problem with the record.
    """
    if not isinstance(record, dict):
        raise DataError(f"{where}: expected a JSON object")
    problems: list[str] = []
    identifier, text, group = record.get("id"), record.get("text"), record.get("group", "")
    sensitive, crisis, kinds = record.get("sensitive"), record.get("crisis"), record.get("kinds")
    if not isinstance(identifier, str) or not identifier:
        problems.append('"id" must be a non-empty string')
    if not isinstance(text, str):
        problems.append('"text" must be a string')
    if not isinstance(group, str):
        problems.append('"group" must be a string')
    if not isinstance(sensitive, bool):
        problems.append('"sensitive" must be true or false')
    if crisis is not None and crisis not in CRISIS_TYPES:
        allowed = [str(crisis_type) for crisis_type in CRISIS_TYPES]
        problems.append(f'"crisis" must be null or one of {allowed}, not {crisis!r}')
    if not isinstance(kinds, list) or not all(isinstance(kind, str) for kind in kinds):
        problems.append('"kinds" must be a list of strings')
    else:
        unknown = sorted(set(kinds) - set(ALL_KINDS))
        if unknown:
            problems.append(f"unknown kinds {unknown}")
        if kinds != sorted(set(kinds)):
            problems.append('"kinds" must be sorted and unique')
        if isinstance(sensitive, bool) and sensitive != bool(kinds):
            problems.append(f'"sensitive" is {json.dumps(sensitive)} but "kinds" is {kinds}')
    if problems:
        label = f" (id {identifier})" if isinstance(identifier, str) and identifier else ""
        raise DataError(f"{where}{label}: " + "; ".join(problems))
    return Example(
        id=identifier, text=text, sensitive=sensitive, crisis=crisis, kinds=tuple(kinds), group=group or "(none)"
    )


def load_examples(path: str | Path) -> list[Example]:
    """Read a labelled JSON Lines file (blank lines are skipped); raise DataError listing every bad line."""
    path = Path(path)
    examples: list[Example] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            example = parse_example(json.loads(line), where)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: invalid JSON: {error}")
            continue
        except DataError as error:
            problems.append(str(error))
            continue
        if example.id in seen:
            problems.append(f"{where}: duplicate id {example.id} (first on line {seen[example.id]})")
            continue
        seen[example.id] = number
        examples.append(example)
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise DataError(f"{len(problems)} bad line(s) in {path}:\n  {shown}{more}")
    return examples


# --- Predictions ------------------------------------------------------------------------------------------------


def prediction_from_assessment(assessment: Any) -> dict[str, Any]:
    """Our detector's Assessment (anything with .sensitive, .crisis, .kinds) as a prediction dict."""
    return {"sensitive": bool(assessment.sensitive), "crisis": assessment.crisis, "kinds": list(assessment.kinds)}


def _kinds_of(prediction: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(prediction.get("kinds") or ())


def _sensitive_of(prediction: Mapping[str, Any]) -> bool:
    value = prediction.get("sensitive")
    return bool(prediction.get("kinds")) if value is None else bool(value)


# --- Counting ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """Message-level confusion counts for one yes/no question, and the rates derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @classmethod
    def of(cls, pairs: Iterable[tuple[bool, bool]]) -> Counts:
        """Count (expected, predicted) pairs."""
        tp = fp = fn = tn = 0
        for expected, predicted in pairs:
            if expected and predicted:
                tp += 1
            elif predicted:
                fp += 1
            elif expected:
                fn += 1
            else:
                tn += 1
        return cls(tp, fp, fn, tn)

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn)

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was expected."""
        expected = self.tp + self.fn
        return self.tp / expected if expected else 1.0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); with nothing predicted, 1.0 if nothing was expected either, else 0.0."""
        predicted = self.tp + self.fp
        if predicted:
            return self.tp / predicted
        return 0.0 if self.fn else 1.0

    @property
    def f2(self) -> float:
        """F-beta with beta = 2; 0.0 when precision and recall are both 0."""
        precision, recall = self.precision, self.recall
        beta2 = F_BETA * F_BETA
        denominator = beta2 * precision + recall
        return (1 + beta2) * precision * recall / denominator if denominator else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Counts and rates (rounded to 4 decimals) for a JSON report."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "support": self.tp + self.fn,
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "f2": round(self.f2, 4),
        }


def _check_lengths(examples: Sequence[Example], predictions: Sequence[Mapping[str, Any]]) -> None:
    if len(examples) != len(predictions):
        raise ValueError(f"{len(examples)} examples but {len(predictions)} predictions")


def _kind_counts(
    examples: Sequence[Example], predicted_kinds: Sequence[frozenset[str]], kinds: Sequence[str]
) -> dict[str, Counts]:
    return {
        kind: Counts.of(
            (kind in example.kinds, kind in predicted)
            for example, predicted in zip(examples, predicted_kinds, strict=True)
        )
        for kind in kinds
    }


def _identifier_block(
    examples: Sequence[Example], predicted_kinds: Sequence[frozenset[str]], per_kind: Mapping[str, Counts]
) -> dict[str, Any]:
    """Message-level 'any identifier' counts plus micro recall/precision over (message, identifier kind) pairs."""
    identifiers = frozenset(IDENTIFIER_KINDS)
    any_identifier = Counts.of(
        (bool(identifiers & set(example.kinds)), bool(identifiers & predicted))
        for example, predicted in zip(examples, predicted_kinds, strict=True)
    )
    pairs = sum((per_kind[kind] for kind in IDENTIFIER_KINDS), Counts())
    return {
        "identifier": any_identifier.as_dict(),
        "identifier_recall": round(pairs.recall, 4),
        "identifier_precision": round(pairs.precision, 4),
        "identifier_pairs": {"expected": pairs.tp + pairs.fn, "found": pairs.tp, "extra": pairs.fp},
    }


def _error(example: Example, expected: Iterable[str], predicted: Iterable[str], **extra: Any) -> dict[str, Any]:
    expected_set, predicted_set = set(expected), set(predicted)
    return {
        "id": example.id,
        "group": example.group,
        "expected_kinds": sorted(expected_set),
        "predicted_kinds": sorted(predicted_set),
        "missed": sorted(expected_set - predicted_set),
        "extra": sorted(predicted_set - expected_set),
        **extra,
    }


def score(examples: Sequence[Example], predictions: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Score a full detector (sensitivity, every kind, identifiers, crises) against labelled examples.

    Returns a JSON-ready dict:
      messages, sensitive, identifier, identifier_recall, identifier_precision, identifier_pairs,
      kinds.<kind>, crisis.any / crisis.<type>, false_crisis_rate, false_crises, by_group, errors.
    Each counts block has tp, fp, fn, tn, support (= tp + fn), recall, precision and f2. `errors` lists every
    message whose predicted kinds, sensitivity or crisis differ from its labels (no texts).
    """
    _check_lengths(examples, predictions)
    predicted_kinds = [_kinds_of(prediction) for prediction in predictions]
    predicted_crisis = [prediction.get("crisis") for prediction in predictions]
    per_kind = _kind_counts(examples, predicted_kinds, ALL_KINDS)
    crisis_pairs = [(example.crisis, got) for example, got in zip(examples, predicted_crisis, strict=True)]
    crisis = {"any": Counts.of((expected is not None, got is not None) for expected, got in crisis_pairs)}
    for crisis_type in CRISIS_TYPES:
        crisis[crisis_type] = Counts.of((expected == crisis_type, got == crisis_type) for expected, got in crisis_pairs)
    non_crisis = sum(1 for expected, _ in crisis_pairs if expected is None)
    false_crises = sum(1 for expected, got in crisis_pairs if expected is None and got is not None)

    errors: list[dict[str, Any]] = []
    groups: dict[str, dict[str, Any]] = {}
    predicted_sensitive = [_sensitive_of(prediction) for prediction in predictions]
    rows = zip(examples, predicted_sensitive, predicted_kinds, predicted_crisis, strict=True)
    for example, sensitive, kinds, got_crisis in rows:
        wrong = set(example.kinds) != kinds or example.sensitive != sensitive or example.crisis != got_crisis
        group = groups.setdefault(example.group, {"messages": 0, "errors": 0, "pairs": []})
        group["messages"] += 1
        group["errors"] += int(wrong)
        group["pairs"].append((example.sensitive, sensitive))
        if wrong:
            errors.append(
                _error(
                    example,
                    example.kinds,
                    kinds,
                    expected_sensitive=example.sensitive,
                    predicted_sensitive=sensitive,
                    expected_crisis=example.crisis,
                    predicted_crisis=got_crisis,
                )
            )
    by_group = {
        name: {
            "messages": group["messages"],
            "errors": group["errors"],
            "exact": round(1 - group["errors"] / group["messages"], 4),
            "sensitive": Counts.of(group["pairs"]).as_dict(),
        }
        for name, group in sorted(groups.items())
    }
    return {
        "messages": len(examples),
        "sensitive": Counts.of(zip((ex.sensitive for ex in examples), predicted_sensitive, strict=True)).as_dict(),
        **_identifier_block(examples, predicted_kinds, per_kind),
        "kinds": {kind: counts.as_dict() for kind, counts in per_kind.items()},
        "crisis": {name: counts.as_dict() for name, counts in crisis.items()},
        "false_crisis_rate": round(false_crises / non_crisis, 4) if non_crisis else 0.0,
        "false_crises": {"count": false_crises, "non_crisis_messages": non_crisis},
        "by_group": by_group,
        "errors": errors,
    }


def score_identifiers(examples: Sequence[Example], predictions: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Score identifier kinds only (for detectors such as Presidio that find nothing else).

    Predicted kinds outside IDENTIFIER_KINDS are ignored. Returns messages, identifier, identifier_recall,
    identifier_precision, identifier_pairs, kinds.<identifier kind> and errors (messages whose identifier kinds
    differ from the labels).
    """
    _check_lengths(examples, predictions)
    identifiers = frozenset(IDENTIFIER_KINDS)
    predicted_kinds = [_kinds_of(prediction) & identifiers for prediction in predictions]
    per_kind = _kind_counts(examples, predicted_kinds, IDENTIFIER_KINDS)
    errors = [
        _error(example, expected, predicted)
        for example, predicted in zip(examples, predicted_kinds, strict=True)
        if (expected := identifiers & set(example.kinds)) != predicted
    ]
    return {
        "messages": len(examples),
        **_identifier_block(examples, predicted_kinds, per_kind),
        "kinds": {kind: counts.as_dict() for kind, counts in per_kind.items()},
        "errors": errors,
    }


# --- Latency ----------------------------------------------------------------------------------------------------


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (fraction in [0, 1]) of unsorted samples; 0.0 for no samples."""
    if not samples:
        return 0.0
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), math.ceil(round(fraction * len(ordered), 9))))
    return float(ordered[rank - 1])


def latency_summary(samples_ns: Sequence[int]) -> dict[str, Any]:
    """p50, p99, max and mean in milliseconds (3 decimals) of per-message timings in nanoseconds."""
    to_ms = 1e-6
    return {
        "samples": len(samples_ns),
        "p50_ms": round(percentile(samples_ns, 0.50) * to_ms, 3),
        "p99_ms": round(percentile(samples_ns, 0.99) * to_ms, 3),
        "max_ms": round(max(samples_ns, default=0) * to_ms, 3),
        "mean_ms": round(sum(samples_ns) / len(samples_ns) * to_ms, 3) if samples_ns else 0.0,
    }
