"""`make publish`: put a newly trained model live, without stopping the server, if it is not worse.

1. The candidate (default: the newest model in models/) and the live model (the server's /status)
   are scored on the fixed evaluation set (evaluation/nlu.yml, never trained on); the candidate also
   on the test conversations (tests/stories).
2. It is refused when it is below the minimums in evaluation/quality.yml, or more than
   `publish.tolerance` below the live model on the evaluation set.
3. Otherwise Rasa's model endpoint (PUT /model) loads it. Rasa builds the new agent while the old one
   keeps its place and swaps them when the new one is ready: no request fails (requests that arrive
   during the load wait for it).
4. models/history.json keeps every model checked, its scores and its SHA-256 (a copy of a scored file is
   not scored again), and which one is live; `--rollback` puts the previous live model back the same way.

Usage: python -m bot.training.publish [MODEL] [--force]   (--force: skip the comparison)
       python -m bot.training.publish --rollback
       python -m bot.training.publish --history
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

import requests

from bot.settings import load_settings
from bot.training import history as model_history
from bot.training.evaluate import EVALUATION_SET, QUALITY_FILE, evaluation_set, load_quality, test_stories

LOAD_TIMEOUT_SECONDS = 600


class PublishRefused(Exception):
    pass


def score(model: Path) -> dict[str, Any]:
    scores = evaluation_set(model, EVALUATION_SET)
    return {"evaluation_macro_f1": scores["macro_f1"], "evaluation_accuracy": scores["accuracy"]}


def scores_of_file(model: Path, history: model_history.History) -> dict[str, Any]:
    """The model's evaluation-set scores; a file whose bytes were scored before (a copy, a renamed model) is not
    scored again."""
    digest = file_digest(model)
    for scores in history.models.values():
        if scores.get("sha256") == digest and "evaluation_macro_f1" in scores:
            return {key: scores[key] for key in ("evaluation_macro_f1", "evaluation_accuracy", "sha256")}
    print(f"Scoring {model.name} on the evaluation set...", flush=True)
    return {**score(model), "sha256": digest}


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def stories_of(model: Path) -> dict[str, int]:
    with tempfile.TemporaryDirectory() as out:
        stories = test_stories(model, Path(out))
    return {"stories_failed": len(stories["failed"]), "stories_total": stories["total"]}


def verdict(candidate: dict[str, Any], live: dict[str, Any] | None, quality: dict[str, Any]) -> str | None:
    """Why the candidate may not go live, or None if it may."""
    minimum = quality.get("evaluation_set", {}).get("macro_f1", 0)
    if candidate["evaluation_macro_f1"] < minimum:
        return f"evaluation set macro F1 {candidate['evaluation_macro_f1']:.3f} is below the minimum {minimum}"
    allowed = quality.get("test_stories", {}).get("max_failed", 0)
    if candidate.get("stories_failed", 0) > allowed:
        return f"{candidate['stories_failed']} test conversations fail (allowed: {allowed})"
    tolerance = quality.get("publish", {}).get("tolerance", 0)
    if live is not None and candidate["evaluation_macro_f1"] < live["evaluation_macro_f1"] - tolerance:
        return (f"worse than the live model: evaluation set macro F1 {candidate['evaluation_macro_f1']:.3f} "
                f"against {live['evaluation_macro_f1']:.3f} (tolerance {tolerance})")
    return None


class Server:
    """The running Rasa server's model endpoints (token from RASA_AUTH_TOKEN)."""

    def __init__(self, url: str, token: str) -> None:
        self.url = url.rstrip("/")
        self.headers = {"Authorization": f"Bearer {token}"}  # not in the query string, where logs keep it

    def live_model(self) -> str | None:
        reply = requests.get(f"{self.url}/status", headers=self.headers, timeout=30)
        reply.raise_for_status()
        model_file = reply.json().get("model_file")
        return Path(model_file).name if model_file else None

    def load(self, model: Path) -> None:
        reply = requests.put(f"{self.url}/model", headers=self.headers,
                             json={"model_file": str(model.resolve())}, timeout=LOAD_TIMEOUT_SECONDS)
        if reply.status_code != 204:
            raise PublishRefused(f"the server did not load the model: HTTP {reply.status_code} {reply.text[:300]}")
        if self.live_model() != model.name:
            raise PublishRefused("the server reports another model after loading")


def _scores_of(name: str, model_dir: Path, history: model_history.History) -> dict | None:
    if name in history.models:
        return history.models[name]
    path = model_dir / name
    if not path.exists():
        return None
    history.models[name] = scores_of_file(path, history)
    return history.models[name]


def publish(candidate: Path, server: Server, model_dir: Path, quality: dict[str, Any], force: bool = False) -> str:
    history = model_history.load(model_dir)
    live_name = server.live_model()
    if live_name == candidate.name:
        return f"{candidate.name} is already live."
    try:
        candidate_scores = scores_of_file(candidate, history)
        history.models[candidate.name] = candidate_scores
        live_scores = _scores_of(live_name, model_dir, history) if live_name else None
        if live_name and live_scores is None and not force:
            raise PublishRefused(f"the live model {live_name} is not in {model_dir}, so it cannot be compared "
                                 "(publish with --force to skip the comparison)")
        reason = None if force else verdict(candidate_scores, live_scores, quality)
        if reason is None:  # worth the test conversations (a model that fails those cannot go live)
            print("Running the test conversations...", flush=True)
            candidate_scores.update(stories_of(candidate))
            reason = None if force else verdict(candidate_scores, live_scores, quality)
        if reason:
            history.record("refuse", candidate.name, reason=reason, live=live_name)
            raise PublishRefused(reason)
        server.load(candidate)
        history.live = candidate.name
        history.record("publish", candidate.name, previous=live_name, forced=force)
    finally:
        model_history.save(model_dir, history)
    compared = f" (live was {live_scores['evaluation_macro_f1']:.3f})" if live_scores else ""
    return (f"Published {candidate.name}: evaluation set macro F1 {candidate_scores['evaluation_macro_f1']:.3f}"
            f"{compared}, {candidate_scores['stories_total'] - candidate_scores['stories_failed']}/"
            f"{candidate_scores['stories_total']} test conversations.")


def rollback(server: Server, model_dir: Path) -> str:
    history = model_history.load(model_dir)
    previous = history.previous_live()
    if not previous or not (model_dir / previous).exists():
        raise PublishRefused("there is no earlier live model to go back to")
    current = server.live_model()
    server.load(model_dir / previous)
    history.live = previous
    history.record("rollback", previous, previous=current)
    model_history.save(model_dir, history)
    return f"Rolled back to {previous} (was {current})."


def describe(model_dir: Path) -> str:
    history = model_history.load(model_dir)
    lines = [f"Live: {history.live or '(none published yet)'}", ""]
    for event in history.events[-20:]:
        scores = history.models.get(event["model"], {})
        f1 = f" evaluation F1 {scores['evaluation_macro_f1']:.3f}" if "evaluation_macro_f1" in scores else ""
        why = f" ({event['reason']})" if event.get("reason") else ""
        lines.append(f"{event['at']}  {event['action']:<8} {event['model']}{f1}{why}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", nargs="?", type=Path, help="default: the newest model in models/")
    parser.add_argument("--rollback", action="store_true")
    parser.add_argument("--history", action="store_true")
    parser.add_argument("--force", action="store_true", help="publish without the comparison")
    args = parser.parse_args(argv)
    from bot.logging_setup import configure_rasa_logging

    configure_rasa_logging(logging.WARNING)
    settings = load_settings()
    server = Server(settings.servers.rasa_url, settings.secrets.rasa_auth_token)
    try:
        if args.history:
            print(describe(settings.training.model_dir))
        elif args.rollback:
            print(rollback(server, settings.training.model_dir))
        else:
            candidate = args.model or model_history.latest_model(settings.training.model_dir)
            if candidate is None or not candidate.exists():
                print("No model to publish: run `make train` first.", file=sys.stderr)
                return 2
            print(publish(candidate, server, settings.training.model_dir, load_quality(QUALITY_FILE), args.force))
    except PublishRefused as refusal:
        print(f"Not published: {refusal}", file=sys.stderr)
        return 1
    except requests.RequestException as error:
        print(f"The Rasa server at {settings.servers.rasa_url} cannot be reached ({type(error).__name__}): "
              "is `make run` running?", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
