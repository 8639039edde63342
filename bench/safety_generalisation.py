"""How the safety detector does on messages it was not tuned on (imported by bench/safety.py).

  * leave_one_source_out(): for each public corpus source S, the model is trained without S (the
    shipped training recipe, bot/safety/train_classifier.py) and S is scored with rules + that model.
    Sources a shipped model may not train on (licence) are never in its training data, so they are
    scored with the shipped recipe as it is. Scores per source, and pooled;
  * crisis_holdout(): the project's held-out crisis file (written before any tuning);
  * identifier_messages(): Faker-generated holdout messages in many locales plus handwritten ones:
    message recall and the share of identifier values still readable after redaction;
  * routine_false_alarms(): the assistant's own routine questions (NLU examples, evaluation set).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.safety import RuleReading, decide, read_rules, screen  # noqa: E402
from bot.safety.classifier import HEADS, Classifier, Scores  # noqa: E402
from bot.safety.train_classifier import (  # noqa: E402
    OWN_SOURCE,
    Line,
    fit,
    load_corpus,
    load_own,
    normalised_features,
    trainable_sources,
    training_indices,
)

SUICIDAL_TWEET_SOURCES = ("twitter_suicidal_tendency", "suicidal_tweet_detection")
# Sources whose errors were read to write rules, only in the lines whose sha256 starts with 0-7: their other half,
# never read, is also scored on its own ("unread_half"). 2026-12-04: the bare word "suicidal"
# (twitter_suicidal_tendency) and everyday idioms with crisis words, "went down", "can't move on", "hang out"
# (dreaddit); bot/safety/crisis.py. 2026-12-05: whose bare "suicidal" it is (crisis.py `_suicidal_subject`), from
# errors in the read half of twitter_suicidal_tendency. 2026-12-05: conditions present from birth, hashtags used as
# words and "I have a son with ..." (health.py, context.py, lexicon/conditions.txt), from errors in the read half
# of smm4h2020_birth_defects (never from its lines in bench/label_audit.jsonl).
ERRORS_READ_IN_HALF = ("twitter_suicidal_tendency", "dreaddit", "smm4h2020_birth_defects")


def unread_half(text: str) -> bool:
    """Whether a line is in the half of a source whose errors nobody read (ERRORS_READ_IN_HALF)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[0] in "89abcdef"


def _rate(flags: np.ndarray, mask: np.ndarray) -> float | None:
    return round(float(flags[mask].mean()), 4) if mask.any() else None


def _precision(flags: np.ndarray, positives: np.ndarray, negatives: np.ndarray) -> float | None:
    true, false = int(flags[positives].sum()), int(flags[negatives].sum())
    return round(true / (true + false), 4) if true + false else None


def _decisions(readings: Sequence[RuleReading], probabilities: np.ndarray, thresholds: np.ndarray):
    """Combined (sensitive, crisis) per line, as assess() decides them."""
    limits = tuple(float(t) for t in thresholds)
    sensitive, crisis = [], []
    for reading, row in zip(readings, probabilities, strict=True):
        assessment = decide(reading, Scores(*(float(p) for p in row), thresholds=limits))
        sensitive.append(assessment.sensitive)
        crisis.append(assessment.crisis)
    return np.array(sensitive), np.array(crisis, dtype=object)


def _source_scores(lines: Sequence[Line], rules: tuple, combined: tuple, model: tuple) -> dict[str, Any]:
    sensitive = np.array([line.sensitive for line in lines], dtype=object)
    crisis = np.array([line.crisis for line in lines], dtype=object)
    positives, negatives = sensitive == True, sensitive == False  # noqa: E712 - None is "unknown"
    self_harm, no_crisis = crisis == "self_harm", crisis == "none"
    result: dict[str, Any] = {
        "lines": len(lines),
        "sensitive_positives": int(positives.sum()),
        "sensitive_negatives": int(negatives.sum()),
        "self_harm_positives": int(self_harm.sum()),
        "crisis_none": int(no_crisis.sum()),
    }
    for name, (flags, crises) in (("rules", rules), ("model", model), ("combined", combined)):
        result[name] = {
            "sensitive_recall": _rate(flags, positives),
            "false_sensitive_rate": _rate(flags, negatives),
            "self_harm_recall": _rate(crises == "self_harm", self_harm),
            "false_crisis_rate": _rate(crises != None, no_crisis),  # noqa: E711 - object array
        }
    return result


def leave_one_source_out(corpora: Path, log=print) -> dict[str, Any]:
    """Per-source and pooled scores, each source scored by a model that never saw it."""
    lines = load_corpus(corpora) + load_own()
    log(f"leave-one-source-out: reading {len(lines)} lines with the rules")
    readings = [read_rules(line.text) for line in lines]
    features = normalised_features([line.text for line in lines])
    sources = np.array([line.source for line in lines])
    log("leave-one-source-out: training the shipped recipe on every trainable source")
    shipped_recipe = fit(lines, features, training_indices(lines))
    per_source: dict[str, Any] = {}
    pooled = {name: {"sensitive": np.zeros(len(lines), bool), "crisis": np.full(len(lines), None, object)}
              for name in ("rules", "model", "combined")}
    for source in sorted(set(sources) - {OWN_SOURCE}):
        rows = np.flatnonzero(sources == source)
        model: Classifier = shipped_recipe
        if source in trainable_sources():
            log(f"leave-one-source-out: training without {source}")
            model = fit(lines, features, training_indices(lines, leave_out=source))
        probabilities = np.asarray(1.0 / (1.0 + np.exp(-(features[rows] @ model.weights + model.intercepts))))
        picked = [readings[row] for row in rows]
        combined = _decisions(picked, probabilities, model.thresholds)
        rules = (np.array([bool(r.findings) or r.crisis is not None for r in picked]),
                 np.array([r.crisis for r in picked], dtype=object))
        flagged = probabilities >= model.thresholds
        model_crisis = np.where(flagged[:, 1], "self_harm", np.where(flagged[:, 2], "medical_emergency", None))
        model_only = (flagged[:, 0] | flagged[:, 1] | flagged[:, 2], model_crisis.astype(object))
        for name, (flags, crises) in (("rules", rules), ("model", model_only), ("combined", combined)):
            pooled[name]["sensitive"][rows] = flags
            pooled[name]["crisis"][rows] = crises
        per_source[source] = {
            "trained_on_it_when_shipped": source in trainable_sources(),
            **_source_scores([lines[row] for row in rows], rules, combined, model_only),
        }
        if source in ERRORS_READ_IN_HALF:
            half = np.array([unread_half(lines[row].text) for row in rows])
            per_source[source]["unread_half"] = _source_scores(
                [lines[row] for row in rows[half]],
                *((flags[half], crises[half]) for flags, crises in (rules, combined, model_only)),
            )
    return {"per_source": per_source, "pooled": _pooled(lines, sources, pooled),
            "audited": audited_estimates(lines, sources, pooled["combined"]),
            "heads": list(HEADS), "shipped_recipe_thresholds": [round(float(t), 4) for t in shipped_recipe.thresholds]}


def _pooled(lines: Sequence[Line], sources: np.ndarray, pooled: dict[str, dict[str, np.ndarray]]) -> dict[str, Any]:
    corpus = sources != OWN_SOURCE
    sensitive = np.array([line.sensitive for line in lines], dtype=object)
    crisis = np.array([line.crisis for line in lines], dtype=object)
    positives = corpus & (sensitive == True)  # noqa: E712
    negatives = corpus & (sensitive == False)  # noqa: E712
    with_positives = np.isin(sources, sorted(set(sources[positives])))
    tweets = np.isin(sources, SUICIDAL_TWEET_SOURCES)
    result: dict[str, Any] = {
        "sources_with_positives": sorted(set(sources[positives])),
    }
    for name, predicted in pooled.items():
        flags, crises = predicted["sensitive"], predicted["crisis"]
        result[name] = {
            "sensitive_recall": _rate(flags, positives),
            "sensitive_precision_sources_with_positives": _precision(flags, positives, negatives & with_positives),
            "sensitive_precision_all_sources": _precision(flags, positives, negatives),
            "false_sensitive_rate_all_sources": _rate(flags, negatives),
            "self_harm_recall_suicidal_tweets": _rate(crises == "self_harm", tweets & (crisis == "self_harm")),
            "false_crisis_rate_crisis_none": _rate(crises != None, corpus & (crisis == "none")),  # noqa: E711
        }
    return result


LABEL_AUDIT = ROOT / "bench" / "label_audit.jsonl"
AUDIT_ANSWERS = {"yes": True, "no": False}  # "unclear" counts on neither side


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _dataset_answer(line: Line, question: str) -> bool | None:
    """A line's dataset label as the audit's question: does it disclose (sensitive), is it a crisis (crisis)."""
    if question == "sensitive":
        return line.sensitive
    return None if line.crisis is None else line.crisis != "none"


class _Weighted:
    """Labelled lines with weights: dataset labels where unaudited, a blind reader's on the audit's samples, each
    sample line standing for its stratum's lines (stratum size / sampled lines answered yes or no)."""

    def __init__(self, rows: list[tuple[int, bool, float]]) -> None:
        self.rows = rows  # (line index, label, weight)

    def rate(self, hit, labelled: bool) -> float | None:
        total = sum(w for _, label, w in self.rows if label is labelled)
        return round(sum(w for i, label, w in self.rows if label is labelled and hit(i)) / total, 4) if total else None

    def precision(self, hit) -> float | None:
        true = sum(w for i, label, w in self.rows if label and hit(i))
        false = sum(w for i, label, w in self.rows if not label and hit(i))
        return round(true / (true + false), 4) if true + false else None


def audited_estimates(lines: Sequence[Line], sources: np.ndarray, predicted: dict[str, np.ndarray],
                      audit_file: Path = LABEL_AUDIT) -> dict[str, Any]:
    """The pooled aims of leave-one-source-out once more, on labels checked by a blind reader.

    bench/label_audit.jsonl: seeded random samples of 150 lines from six (source, dataset label) strata, labelled
    by readers who saw neither the detector's output nor the dataset's label (bench/README.md "Label audit").
    Each sampled line replaces its stratum in proportion; every other line keeps its dataset label. Per stratum:
    how often the reader agrees with the dataset, and the detector's rates by the reader's label.
    """
    audit = [json.loads(row) for row in audit_file.read_text(encoding="utf-8").splitlines() if row]
    index_of = {}
    for index, line in enumerate(lines):
        index_of.setdefault((line.source, _sha256(line.text)), index)
    flagged = predicted["sensitive"]
    crisis = predicted["crisis"]
    hits = {"sensitive": lambda i: bool(flagged[i]), "crisis": lambda i: crisis[i] is not None}
    strata: dict[tuple[str, str, Any], list[tuple[int, dict]]] = {}
    for row in audit:
        (field, value), = row["stratum"].items()
        strata.setdefault((row["source"], field, value), []).append((index_of[(row["source"], row["sha256"])], row))
    per_stratum: dict[str, Any] = {}
    replaced: dict[str, set[int]] = {"sensitive": set(), "crisis": set()}
    samples: dict[str, list[tuple[int, bool, float]]] = {"sensitive": [], "crisis": []}
    for (source, field, value), rows in strata.items():
        members = [i for i, line in enumerate(lines) if line.source == source and getattr(line, field) == value]
        summary: dict[str, Any] = {"lines": len(members), "sampled": len(rows)}
        for question in ("sensitive", "crisis"):
            answers = [(i, AUDIT_ANSWERS.get(row[question])) for i, row in rows]
            clear = [(i, answer) for i, answer in answers if answer is not None]
            dataset = {_dataset_answer(lines[i], question) for i in members}
            summary[question] = {
                "reader_yes": sum(answer for _, answer in clear), "reader_no": sum(not a for _, a in clear),
                "unclear": len(answers) - len(clear),
                "flagged_when_reader_yes": _share([hits[question](i) for i, a in clear if a]),
                "flagged_when_reader_no": _share([hits[question](i) for i, a in clear if not a]),
            }
            if None in dataset or len(dataset) != 1 or not clear:
                continue  # the stratum has no single dataset label for this question: not replaced for it
            (dataset_answer,) = dataset
            summary[question]["reader_agrees_with_dataset"] = _share([a == dataset_answer for _, a in clear])
            replaced[question].update(members)
            samples[question].extend((i, answer, len(members) / len(clear)) for i, answer in clear)
        per_stratum[f"{source}:{field}={value}"] = summary
    corpus = sources != OWN_SOURCE
    with_positives = set(sources[corpus & np.array([line.sensitive is True for line in lines])])
    tweets = set(SUICIDAL_TWEET_SOURCES)
    pooled = {
        question: _Weighted(samples[question] + [
            (i, label, 1.0) for i, line in enumerate(lines)
            if corpus[i] and i not in replaced[question] and (scope is None or line.source in scope)
            and (label := _dataset_answer(line, question)) is not None
        ])
        for question, scope in (("sensitive", with_positives), ("crisis", None))
    }
    self_harm = _Weighted([(i, label, w) for i, label, w in pooled["crisis"].rows if lines[i].source in tweets])
    sensitive = pooled["sensitive"]
    return {
        "file": audit_file.name,
        "per_stratum": per_stratum,
        "pooled_combined": {
            "sensitive_recall": sensitive.rate(hits["sensitive"], True),
            "sensitive_precision_sources_with_positives": sensitive.precision(hits["sensitive"]),
            "self_harm_recall_suicidal_tweets": self_harm.rate(lambda i: crisis[i] == "self_harm", True),
            "false_crisis_rate_crisis_none": pooled["crisis"].rate(hits["crisis"], False),
        },
    }


def _share(flags: Sequence[bool]) -> float | None:
    return round(sum(flags) / len(flags), 4) if flags else None


def identifier_messages(log=print) -> dict[str, Any]:
    """Message recall and value leaks on the generated holdout banks and the handwritten messages."""
    try:
        from tests.data.identifier_messages import generate, leaked, load_handwritten
    except ImportError as error:  # Faker missing, or the generator not there
        return {"skipped": f"identifier generator unavailable: {error}"}
    banks = {
        "generated_holdout": generate("holdout", 1200),
        "generated_holdout2": generate("holdout2", 1200),
        "generated_holdout3": generate("holdout3", 1200),
        "generated_holdout4": generate("holdout4", 1200),
        "generated_holdout5": generate("holdout5", 1200),
        "generated_holdout6": generate("holdout6", 1200),
        "generated_holdout7": generate("holdout7", 1200),
        "generated_holdout8": generate("holdout8", 1200),
        "generated_holdout9": generate("holdout9", 1200),
        "generated_holdout10": generate("holdout10", 1200),
        "generated_holdout11": generate("holdout11", 1200),
        "generated_holdout12": generate("holdout12", 1200),
        "handwritten": load_handwritten(),
    }
    result: dict[str, Any] = {}
    for name, messages in banks.items():
        log(f"identifiers: {len(messages)} {name} messages")
        flagged = values = left = 0
        by_kind: dict[str, list[int]] = {}
        for message in messages:
            assessment, redacted = screen(message.text)
            flagged += assessment.sensitive
            for value in message.values:
                leaks = leaked(value, redacted)
                values += 1
                left += leaks
                counts = by_kind.setdefault(value.kind, [0, 0])
                counts[0] += 1
                counts[1] += leaks
        result[name] = {
            "messages": len(messages),
            "locales": len({message.locale for message in messages}),
            "message_recall": round(flagged / len(messages), 4) if messages else None,
            "values": values,
            "values_left_rate": round(left / values, 4) if values else None,
            "values_left_by_kind": {kind: round(n_left / n, 4) for kind, (n, n_left) in sorted(by_kind.items())},
        }
    return result


DISCLOSURE_LABELS = ROOT / "evaluation" / "disclosure_labels.jsonl"


def _disclosure_labels() -> dict[tuple[str, str], bool]:
    """(file, sha256 of the message as NLU sees it) -> whether it discloses health details or identifiers, labelled
    by hand without the detector (evaluation/disclosure_labels.jsonl; hashes, so no held-out text is copied)."""
    labels = (json.loads(line) for line in DISCLOSURE_LABELS.read_text(encoding="utf-8").splitlines() if line)
    return {(label["file"], label["sha256"]): bool(label["sensitive"]) for label in labels}


ROUTINE_DISCLOSURES_HOLDOUT = ROOT / "tests" / "data" / "routine_disclosures_holdout.jsonl"


def routine_disclosures_holdout(path: Path = ROUTINE_DISCLOSURES_HOLDOUT) -> dict[str, Any]:
    """Routine questions that do or do not disclose someone's health (tests/data/README.md): counts only, so that
    nobody tunes on the file's messages."""
    from bot.safety import assess

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    verdicts = [(row["discloses"], row["who"], assess(row["text"])) for row in rows]
    disclosing = [(who, verdict.sensitive) for discloses, who, verdict in verdicts if discloses]
    plain = [verdict.sensitive for discloses, _, verdict in verdicts if not discloses]
    by_who = {who: round(sum(flag for w, flag in disclosing if w == who) / sum(1 for w, _ in disclosing if w == who), 3)
              for who in sorted({w for w, _ in disclosing})}
    return {
        "file": path.relative_to(ROOT).as_posix(),
        "disclosures": len(disclosing),
        "disclosure_recall": round(sum(flag for _, flag in disclosing) / len(disclosing), 4),
        "recall_by_whose": by_who,
        "disclosing_nothing": len(plain),
        "false_sensitive_rate": round(sum(plain) / len(plain), 4),
        "crises_raised": sum(verdict.crisis is not None for _, _, verdict in verdicts),
    }


def routine_false_alarms() -> dict[str, Any]:
    """How often the assistant's own questions are flagged sensitive when they disclose nothing.

    The evaluation files (never trained on) carry a hand label per message: flags on messages labelled as
    disclosing nothing are false alarms, and the labelled disclosures give a recall. The NLU examples are the
    model's routine negatives (in-sample for it); there, examples holding a placeholder ("[CONDITION]") are
    redacted disclosures, flagged rightly, and are left out.
    """
    from rasa.shared.nlu.training_data.entities_parser import replace_entities

    from bot.safety import assess
    from bot.training.validate import EVALUATION, PLACEHOLDER
    from bot.training_data import DATA, intent_examples

    labels = _disclosure_labels()
    evaluation = [(e.path, replace_entities(e.text)) for e in intent_examples(ROOT, (EVALUATION,))]
    verdicts = [(labels[(path, hashlib.sha256(text.encode("utf-8")).hexdigest())], assess(text).sensitive)
                for path, text in evaluation]
    plain = [flagged for disclosing, flagged in verdicts if not disclosing]
    disclosures = [flagged for disclosing, flagged in verdicts if disclosing]
    texts = [replace_entities(e.text) for e in intent_examples(ROOT, (DATA,)) if "redacted" not in e.path]
    routine = [text for text in texts if not PLACEHOLDER.search(text)]
    flagged = sum(assess(text).sensitive for text in routine)
    return {
        "evaluation_set": {
            "messages": len(verdicts),
            "labelled_disclosing_nothing": len(plain),
            "false_sensitive": sum(plain),
            "false_sensitive_rate": round(sum(plain) / len(plain), 4) if plain else None,
            "labelled_disclosures": len(disclosures),
            "disclosure_recall": round(sum(disclosures) / len(disclosures), 4) if disclosures else None,
        },
        "nlu_examples_trained_on": {
            "messages": len(routine),
            "left_out_redacted_disclosures": len(texts) - len(routine),
            "false_sensitive": flagged,
            "false_sensitive_rate": round(flagged / len(routine), 4) if routine else None,
        },
    }
