"""Intent quality as patients experience it, on examples the model was not trained on.

Rasa's `rasa test nlu` undoes the FallbackClassifier before scoring. Here the fallback is kept:
a message below the confidence threshold gets the out-of-scope answer, so `nlu_fallback`
counts as `out_of_scope` (right for an unrelated message, wrong for a routine question). Each
message is first screened as the channels screen it (bot.safety.screen: redacted, masked when
flagged), so the model reads what it reads in production.
Usage: python -m bot.nlu_quality MODEL TEST_DATA.yml  (prints JSON)
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Any

# The intent Rasa's FallbackClassifier (config/config.yml) gives a message below its threshold: its one definition.
FALLBACK_INTENT = "nlu_fallback"
FALLBACK_ANSWERED_AS = "out_of_scope"


def effective_intent(predicted: str | None) -> str:
    return FALLBACK_ANSWERED_AS if predicted in (None, FALLBACK_INTENT) else predicted


async def _predict(model: Path, texts: list[str]) -> list[str]:
    from rasa.core.agent import Agent

    from bot.safety import screen

    agent = Agent.load(str(model))
    predictions = []
    for text in texts:
        # what the channels hand Rasa: the text redacted, and masked when flagged (bot.channels.guard)
        parsed = await agent.parse_message(screen(text)[1])
        predictions.append(effective_intent((parsed.get("intent") or {}).get("name")))
    return predictions


def evaluate(model: Path, test_data: Path) -> dict[str, Any]:
    return evaluate_files(model, [test_data])[0]


def evaluate_files(model: Path, test_files: list[Path]) -> list[dict[str, Any]]:
    """evaluate() of each file, the model loaded once (loading it costs more than scoring a file)."""
    from rasa.shared.nlu.training_data.loading import load_data

    examples = [[(ex.get("text"), ex.get("intent")) for ex in load_data(str(path)).intent_examples]
                for path in test_files]
    predicted = asyncio.run(_predict(model, [text for file_examples in examples for text, _ in file_examples]))
    scores, start = [], 0
    for file_examples in examples:
        scores.append(_scores(file_examples, predicted[start:start + len(file_examples)]))
        start += len(file_examples)
    return scores


def _scores(examples: list[tuple[str, str]], predicted: list[str]) -> dict[str, Any]:
    from sklearn.metrics import classification_report, confusion_matrix

    texts, truth = [t for t, _ in examples], [i for _, i in examples]
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
        "predictions": [[true, guess] for true, guess in zip(truth, predicted, strict=True)],
    }


# Not a routine topic: declined, or handed to people (the nurses, a person, a complaint...).
NOT_TOPICS = frozenset({"out_of_scope", "clinical_question", "request_human", "complaint", "billing_dispute"})
CHAT = frozenset({"greet", "goodbye", "thank", "bot_challenge", "inform"})


def answer_quality(scores: dict[str, Any]) -> dict[str, Any]:
    """What patients get, from an evaluate() result that kept every prediction ("predictions").

    - out_of_scope.declined: share of out-of-scope messages that got "I can't help with that here";
    - out_of_scope.answered_wrongly: share of them that got a routine answer (a confident wrong answer);
    - confident_wrong: share of all messages that got a routine answer to another topic than theirs;
    - routine.accuracy and routine.per_topic: share of routine-topic messages answered on their topic.
    """
    pairs = scores["predictions"]

    def is_topic(intent: str) -> bool:
        return intent not in NOT_TOPICS and intent not in CHAT

    def share(items: list, counted) -> float | None:
        return round(sum(map(counted, items)) / len(items), 4) if items else None

    out = [guess for truth, guess in pairs if truth == "out_of_scope"]
    routine = [(truth, guess) for truth, guess in pairs if is_topic(truth)]
    per_topic = {}
    for topic in sorted({truth for truth, _ in routine}):
        guesses = [guess for truth, guess in routine if truth == topic]
        per_topic[topic] = {"messages": len(guesses), "accuracy": share(guesses, lambda guess, t=topic: guess == t)}
    return {
        "messages": len(pairs),
        "out_of_scope": {
            "messages": len(out),
            "declined": share(out, lambda guess: guess == "out_of_scope"),
            "answered_wrongly": share(out, is_topic),
        },
        "confident_wrong": share(pairs, lambda pair: is_topic(pair[1]) and pair[1] != pair[0]),
        "routine": {
            "messages": len(routine),
            "accuracy": share(routine, lambda pair: pair[0] == pair[1]),
            "per_topic": per_topic,
        },
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
