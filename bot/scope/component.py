"""The out-of-scope gate as a Rasa pipeline component (config/config.yml, after DIETClassifier).

A message the gate declines (bot.scope.is_out_of_scope) gets the intent `out_of_scope` at the gate's
probability, on top of the ranking, whatever DIET predicted; the FallbackClassifier after it then sees
a confident `out_of_scope`. Nothing to train: the gate's weights are committed (make scope-model).
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.scope import OUT_OF_SCOPE, shipped


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ScopeGate(GraphComponent):
    """Turns a message the gate declines into a confident `out_of_scope`."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ScopeGate:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        texts = [message.get(TEXT) or "" for message in messages]
        if not any(texts):
            return messages
        model = shipped()
        threshold = float(model.thresholds[0])
        probabilities = model.probabilities(texts)[:, 0]
        for message, text, probability in zip(messages, texts, probabilities, strict=True):
            if text and probability >= threshold:
                _decline(message, float(probability))
        return messages


def _decline(message: Message, confidence: float) -> None:
    current = message.get(INTENT) or {}
    if current.get(INTENT_NAME_KEY) == OUT_OF_SCOPE:  # DIET agrees: keep the higher confidence
        confidence = max(confidence, float(current.get(PREDICTED_CONFIDENCE_KEY) or 0.0))
    prediction = {INTENT_NAME_KEY: OUT_OF_SCOPE, PREDICTED_CONFIDENCE_KEY: confidence}
    ranking = [item for item in message.get(INTENT_RANKING_KEY) or [] if item.get(INTENT_NAME_KEY) != OUT_OF_SCOPE]
    message.set(INTENT, prediction, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [prediction, *ranking], add_to_output=True)
