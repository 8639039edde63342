"""`make evaluate`: how well the assistant understands, checked against the committed quality file.

1. Held-out NLU: the examples are split 80/20 (fixed seed), a model is trained on the 80% and
   scored on the 20% it never saw, as patients experience it (bot.nlu_quality: a fallback is the
   out-of-scope answer). Per-intent precision/recall/F1 and a confusion matrix (PNG). The split's model is kept
   in --out and trained again only when what it depends on changed (training_fingerprint).
2. The fixed evaluation set (evaluation/nlu.yml, never trained on), scored on the full model.
3. Patients' messages (evaluation/patients.yml, patients2.yml ... patients13.yml: routine topics and out-of-scope
   requests in patients' styles, each written before any tuning, never trained on) on the full model, as
   patients get them: out-of-scope requests declined, confident wrong answers, accuracy per routine topic.
4. The test conversations (tests/stories) on the full model.
A report a trainer can read (report.md) and the numbers (metrics.json) are written to --out; the
exit code is 1 when any number is below evaluation/quality.yml.

Usage: python -m bot.training.evaluate [--model MODEL] [--out results/evaluation] [--quality FILE]
       python -m bot.training.evaluate --heldout-only [--out DIR]   (train the split's model only)
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.settings import PROJECT_ROOT, child_environment
from bot.training import history
from bot.training.held_out import EVALUATION_SET as EVALUATION_FILE
from bot.training.held_out import PATIENTS_SETS as PATIENTS_FILES

QUALITY_FILE = PROJECT_ROOT / "evaluation" / "quality.yml"
EVALUATION_SET = PROJECT_ROOT / EVALUATION_FILE
# metrics key -> file
PATIENTS_SETS = {key: PROJECT_ROOT / relative for key, relative in PATIENTS_FILES.items()}
SPLIT_SEED = "42"


def rasa(*args: str, quiet: bool = True) -> subprocess.CompletedProcess:
    """The Rasa CLI of this virtualenv, from the project root; raises with its output on failure."""
    env = child_environment(RASA_TELEMETRY_ENABLED="false",
                            # test stories run without the action server and a real store: they check predictions only
                            ACTION_SERVER_URL="http://127.0.0.1:9/webhook", TRACKER_STORE_URL="sqlite://",
                            REDIS_URL="")
    result = subprocess.run([sys.executable, "-m", "bot.rasa_cli", *args], cwd=PROJECT_ROOT, env=env, text=True,
                            capture_output=quiet)
    if result.returncode != 0:
        raise RuntimeError(f"rasa {args[0]} {args[1] if len(args) > 1 else ''} failed:\n"
                           f"{(result.stdout or '')[-3000:]}{(result.stderr or '')[-3000:]}")
    return result


def load_quality(path: Path = QUALITY_FILE) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def heldout_model(out: Path) -> Path:
    """The model trained on 80% of the examples (its test: out/split/test_data.yml). Trained again only when the
    split, the configuration, Rasa or the project's own components changed since it was last trained in `out`."""
    split, models = out / "split", out / "models"
    rasa("data", "split", "nlu", "--nlu", "data/nlu", "--training-fraction", "0.8", "--random-seed", SPLIT_SEED,
         "--out", str(split))
    model, fingerprint_file = models / "heldout.tar.gz", models / "heldout.fingerprint"
    fingerprint = training_fingerprint(split / "training_data.yml")
    if model.exists() and fingerprint_file.exists() and fingerprint_file.read_text() == fingerprint:
        print(f"The model of this 80% split is already trained ({model}).", flush=True)
        return model
    print("Training a model on 80% of the examples (the other 20% are the test)...", flush=True)
    fingerprint_file.unlink(missing_ok=True)
    rasa("train", "nlu", "--config", "config/config.yml", "--nlu", str(split / "training_data.yml"),
         "--out", str(models), "--fixed-model-name", "heldout", quiet=False)
    fingerprint_file.write_text(fingerprint)
    return model


def training_fingerprint(training_data: Path) -> str:
    """What a trained NLU model depends on: its data, config/config.yml, Rasa's version, and the project's
    components the configuration names (their module; their whole package when it is one of bot's
    subpackages, e.g. bot/scope with its model)."""
    import hashlib

    import rasa

    digest = hashlib.sha256(rasa.__version__.encode())
    config = PROJECT_ROOT / "config" / "config.yml"
    files = [training_data, config]
    for step in yaml.safe_load(config.read_text(encoding="utf-8")).get("pipeline") or []:
        module = str(step.get("name", ""))
        if module.startswith("bot."):
            path = PROJECT_ROOT.joinpath(*module.split(".")[:-1])
            package = path.parent if path.parent != PROJECT_ROOT / "bot" else None
            files += sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if package \
                else [path.with_suffix(".py")]
    for path in files:
        digest.update(str(path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def heldout(out: Path) -> dict[str, Any]:
    """Train on 80% of the examples, score on the other 20%."""
    from bot.nlu_quality import evaluate

    return evaluate(heldout_model(out), out / "split" / "test_data.yml")


def full_model_sets(model: Path) -> dict[str, dict[str, Any]]:
    """The evaluation set and the patients' files on the full model (loaded once)."""
    from bot.nlu_quality import answer_quality, evaluate_files

    keys = ["evaluation_set", *PATIENTS_SETS]
    scores = dict(zip(keys, evaluate_files(model, [EVALUATION_SET, *PATIENTS_SETS.values()]), strict=True))
    for key in PATIENTS_SETS:
        scores[key] = {**answer_quality(scores[key]), "macro_f1": scores[key]["macro_f1"],
                       "errors": scores[key]["errors"]}
    return scores


def evaluation_set(model: Path, data: Path = EVALUATION_SET) -> dict[str, Any]:
    from bot.nlu_quality import evaluate

    return evaluate(model, data)


def test_stories(model: Path, out: Path) -> dict[str, Any]:
    stories_out = out / "stories"
    rasa("test", "core", "--model", str(model), "--stories", "tests/stories", "--endpoints", "endpoints.yml",
         "--out", str(stories_out))
    failed_file = stories_out / "failed_test_stories.yml"
    failed_text = failed_file.read_text(encoding="utf-8") if failed_file.exists() else ""
    failed = [] if "None of the test stories failed" in failed_text else [
        line.split(":", 1)[1].strip() for line in failed_text.splitlines() if line.strip().startswith("- story:")
    ]
    total = sum(
        1 for story_file in (PROJECT_ROOT / "tests" / "stories").glob("*.yml")
        for line in story_file.read_text(encoding="utf-8").splitlines() if line.strip().startswith("- story:")
    )
    return {"total": total, "failed": failed}


@dataclass(frozen=True)
class Finding:
    what: str
    value: float
    minimum: float  # the limit; a maximum when `above`
    above: bool = False

    def __str__(self) -> str:
        return f"{self.what}: {self.value:.3f} {'>' if self.above else '<'} {self.minimum:.3f}"


def below_thresholds(metrics: dict[str, Any], quality: dict[str, Any]) -> list[Finding]:
    """Every number under its minimum (or over its maximum) in the quality file."""
    findings: list[Finding] = []
    gates = quality.get("heldout", {})
    if "heldout" in metrics:
        scores = metrics["heldout"]
        if scores["macro_f1"] < gates.get("macro_f1", 0):
            findings.append(Finding("held-out macro F1", scores["macro_f1"], gates["macro_f1"]))
        default, overrides = gates.get("intent_f1", 0), gates.get("intents") or {}
        for intent, intent_scores in sorted(scores["per_intent"].items()):
            minimum = overrides.get(intent, default)
            if intent_scores["f1-score"] < minimum:
                findings.append(Finding(f"held-out F1 of {intent}", intent_scores["f1-score"], minimum))
    set_gates = quality.get("evaluation_set", {})
    if "evaluation_set" in metrics and metrics["evaluation_set"]["macro_f1"] < set_gates.get("macro_f1", 0):
        findings.append(Finding("evaluation set macro F1", metrics["evaluation_set"]["macro_f1"],
                                set_gates["macro_f1"]))
    for key, path in PATIENTS_SETS.items():
        if key in metrics:
            findings += _patients_findings(path.name, metrics[key], quality.get(key, {}))
    if "stories" in metrics:
        failed = len(metrics["stories"]["failed"])
        allowed = quality.get("test_stories", {}).get("max_failed", 0)
        if failed > allowed:
            findings.append(Finding("failed test conversations", failed, allowed))
    return findings


def _patients_findings(name: str, scores: dict[str, Any], gates: dict[str, Any]) -> list[Finding]:
    checks = [
        (f"{name}: out of scope declined", scores["out_of_scope"]["declined"], "out_of_scope_declined"),
        (f"{name}: routine topic accuracy", scores["routine"]["accuracy"], "routine_accuracy"),
    ]
    checks += [
        (f"{name}: accuracy of {topic}", topic_scores["accuracy"], "topic_accuracy")
        for topic, topic_scores in sorted(scores["routine"]["per_topic"].items())
    ]
    findings = [Finding(what, value, gates[gate]) for what, value, gate in checks
                if gate in gates and value < gates[gate]]
    worst = gates.get("max_answered_wrongly")
    if worst is not None and scores["out_of_scope"]["answered_wrongly"] > worst:
        findings.append(Finding(f"{name}: out-of-scope requests answered wrongly",
                                scores["out_of_scope"]["answered_wrongly"], worst, above=True))
    return findings


def confusion_png(scores: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels, matrix = scores["confusion"]["labels"], scores["confusion"]["matrix"]
    size = max(6, 0.45 * len(labels))
    figure, axes = plt.subplots(figsize=(size, size))
    axes.imshow(matrix, cmap="Blues")
    axes.set_xticks(range(len(labels)), labels, rotation=90, fontsize=8)
    axes.set_yticks(range(len(labels)), labels, fontsize=8)
    axes.set_xlabel("what the assistant understood")
    axes.set_ylabel("what the example means")
    for row, values in enumerate(matrix):
        for column, count in enumerate(values):
            if count:
                axes.text(column, row, str(count), ha="center", va="center", fontsize=7,
                          color="white" if row == column else "black")
    axes.set_title("Held-out examples: intent confusion")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def report_markdown(metrics: dict[str, Any], quality: dict[str, Any], findings: list[Finding]) -> str:
    lines = ["# Assistant understanding report", ""]
    lines.append("**Result: " + ("below the quality file's thresholds**" if findings else "meets every threshold**"))
    lines += [f"- {finding}" for finding in findings]
    lines.append("")
    if "heldout" in metrics:
        scores = metrics["heldout"]
        gates = quality.get("heldout", {})
        overrides = gates.get("intents") or {}
        lines += [
            "## Examples the model never saw (20% held out)", "",
            f"{scores['examples']} examples; macro F1 **{scores['macro_f1']:.3f}** "
            f"(minimum {gates.get('macro_f1', 0)}), "
            f"accuracy {scores['accuracy']:.3f}. A message below the confidence threshold counts as the "
            "out-of-scope answer, as the patient gets it.", "",
            "| intent | precision | recall | F1 | minimum | examples |", "|---|---|---|---|---|---|",
        ]
        for intent, s in sorted(scores["per_intent"].items(), key=lambda item: item[1]["f1-score"]):
            minimum = overrides.get(intent, gates.get("intent_f1", 0))
            mark = " ⚠" if s["f1-score"] < minimum else ""
            lines.append(f"| {intent}{mark} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1-score']:.2f} | "
                         f"{minimum} | {int(s['support'])} |")
        lines += ["", "![confusion matrix](confusion_matrix.png)", "", "### Misunderstood examples", "",
                  "| example | means | understood as |", "|---|---|---|"]
        lines += [f"| {e['text']} | {e['intent']} | {e['predicted']} |" for e in scores["errors"][:60]]
        lines.append("")
    if "evaluation_set" in metrics:
        scores = metrics["evaluation_set"]
        lines += ["## The fixed evaluation set (evaluation/nlu.yml) on the full model", "",
                  f"{scores['examples']} messages; macro F1 **{scores['macro_f1']:.3f}**; accuracy "
                  f"{scores['accuracy']:.3f}. Misunderstood:", ""]
        lines += [f"- \"{e['text']}\": means {e['intent']}, understood as {e['predicted']}" for e in scores["errors"]]
        lines.append("")
    for key, path in PATIENTS_SETS.items():
        if key not in metrics:
            continue
        scores = metrics[key]
        out, routine = scores["out_of_scope"], scores["routine"]
        lines += [f"## Patients' messages (evaluation/{path.name}) on the full model", "",
                  f"{scores['messages']} messages, never trained on. Out-of-scope requests declined: "
                  f"**{out['declined']:.3f}** of {out['messages']}; given a routine answer (confident and wrong): "
                  f"**{out['answered_wrongly']:.3f}**. Any message given another topic's answer: "
                  f"{scores['confident_wrong']:.3f}. Routine topics answered on their topic: "
                  f"**{routine['accuracy']:.3f}** of {routine['messages']}.", "",
                  "| topic | messages | answered on topic |", "|---|---|---|"]
        lines += [f"| {topic} | {s['messages']} | {s['accuracy']:.2f} |"
                  for topic, s in sorted(routine["per_topic"].items(), key=lambda item: item[1]["accuracy"])]
        lines.append("")
    if "stories" in metrics:
        stories = metrics["stories"]
        lines += ["## Test conversations (tests/stories)", "",
                  f"{stories['total'] - len(stories['failed'])} of {stories['total']} pass."]
        lines += [f"- failed: {name}" for name in stories["failed"]]
        lines.append("")
    return "\n".join(lines)


def latest_model() -> Path | None:
    from bot.settings import load_settings

    return history.latest_model(load_settings().training.model_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, help="the full model (default: the newest in models/)")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "results" / "evaluation")
    parser.add_argument("--quality", type=Path, default=QUALITY_FILE)
    parser.add_argument("--heldout-only", action="store_true",
                        help="only train the model of the 80%% split in --out (a later run there reuses it)")
    args = parser.parse_args(argv)
    from bot.logging_setup import configure_rasa_logging

    configure_rasa_logging(logging.WARNING)
    if args.heldout_only:
        args.out.mkdir(parents=True, exist_ok=True)
        heldout_model(args.out)
        return 0
    model = args.model or latest_model()
    if model is None:
        print("No trained model: run `make train` first.", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    metrics: dict[str, Any] = {"model": model.name}
    metrics["heldout"] = heldout(args.out)
    confusion_png(metrics["heldout"], args.out / "confusion_matrix.png")
    print("Scoring the evaluation set and the test conversations on the full model...", flush=True)
    metrics.update(full_model_sets(model))
    metrics["stories"] = test_stories(model, args.out)
    quality = load_quality(args.quality)
    findings = below_thresholds(metrics, quality)
    metrics["below_thresholds"] = [str(f) for f in findings]
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    (args.out / "report.md").write_text(report_markdown(metrics, quality, findings), encoding="utf-8")
    patients = "".join(
        f"{path.name}: out of scope declined {metrics[key]['out_of_scope']['declined']:.3f}, routine topics "
        f"{metrics[key]['routine']['accuracy']:.3f}; " for key, path in PATIENTS_SETS.items()
    )
    stories = metrics["stories"]
    print(f"Held-out macro F1 {metrics['heldout']['macro_f1']:.3f}; evaluation set macro F1 "
          f"{metrics['evaluation_set']['macro_f1']:.3f}; {patients}test conversations "
          f"{stories['total'] - len(stories['failed'])}/{stories['total']}; {time.monotonic() - started:.0f} s")
    print(f"Report: {args.out / 'report.md'} (confusion matrix: {args.out / 'confusion_matrix.png'})")
    if findings:
        print("Below the thresholds in " + str(args.quality) + ":\n" + "\n".join(f"  {f}" for f in findings),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
