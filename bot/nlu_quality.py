"""Intent quality as patients experience it, on examples the model was not trained on.

Rasa's `rasa test nlu` undoes the FallbackClassifier before scoring. Here the fallback is kept:
a message below the confidence threshold gets the out-of-scope answer, so `nlu_fallback`
counts as `out_of_scope` (right for an unrelated message, wrong for a routine question).
Usage: python -m bot.nlu_quality MODEL TEST_DATA.yml  (prints JSON)
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Any

FALLBACK_INTENT = "nlu_fallback"
FALLBACK_ANSWERED_AS = "out_of_scope"


def effective_intent(predicted: str | None) -> str:
    return FALLBACK_ANSWERED_AS if predicted in (None, FALLBACK_INTENT) else predicted


async def _predict(model: Path, texts: list[str]) -> list[str]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    predictions = []
    for text in texts:
        parsed = await agent.parse_message(text)
        predictions.append(effective_intent((parsed.get("intent") or {}).get("name")))
    return predictions


def evaluate(model: Path, test_data: Path) -> dict[str, Any]:
    from rasa.shared.nlu.training_data.loading import load_data
    from sklearn.metrics import classification_report, confusion_matrix

    examples = [(ex.get("text"), ex.get("intent")) for ex in load_data(str(test_data)).intent_examples]
    texts, truth = [t for t, _ in examples], [i for _, i in examples]
    predicted = asyncio.run(_predict(model, texts))
    report = classification_report(truth, predicted, output_dict=True, zero_division=0)
    per_intent = {
        name: {key: round(value, 3) for key, value in scores.items()}
        for name, scores in report.items()
        if isinstance(scores, dict) and name not in ("macro avg", "weighted avg", "micro avg")
    }
    errors = [
        {"text": text, "intent": true, "predicted": guess}
        for text, true, guess in zip(texts, truth, predicted, strict=True)
        if true != guess
    ]
    labels = sorted(set(truth) | set(predicted))
    return {
        "examples": len(examples),
        "confusion": {"labels": labels,
                      "matrix": confusion_matrix(truth, predicted, labels=labels).tolist()},
        "macro_f1": round(report["macro avg"]["f1-score"], 4),
        "accuracy": round(report["accuracy"], 4),
        "per_intent": per_intent,
        "errors": errors,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    from bot.logging_setup import configure_rasa_logging

    configure_rasa_logging(logging.WARNING)  # quiet: no parsed messages on stdout
    print(json.dumps(evaluate(Path(argv[0]), Path(argv[1])), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
