"""A second, linear intent model averaged with DIET's (config/config.yml, right after DIETClassifier).

DIET alone is unsteady: two trainings whose data differ by a dozen examples in 9,000 differed by 3.5 points of
confident wrong answers on the eleventh patients' file (its examples are reordered, so its minibatches change).
A multinomial logistic regression on the same sparse sentence features (the count vectorizers' words, word pairs
and character n-grams; log-scaled, L2-normalised) is convex: its solution does not depend on the order of the
examples, and it is wrong on other messages than DIET. Each intent's confidence becomes the weighted mean of
the two models' probabilities; the FallbackClassifier then sees where they disagree as a low, close top.
Trained with the model by `rasa train`; weights saved as plain arrays (.npz, no pickle). Solver: scikit-learn's
"sag" (stochastic average gradient), which suits many rows of L2-normalised sparse features: on the training data
of 2026-12-06 (9,953 examples, 41k features) it reached the same solution as "lbfgs" (probabilities within 0.001 on
the fourteenth patients' file, every answer the same) in 6 s instead of 37 s. Its sampling order is seeded, so
training stays deterministic.

Chosen on the development sets (nlu_dev, nlu_dev2, patients3-7, 9, 10 pooled; declined / confident wrong
answers / routine answered on topic) with the model of 2026-12-05 (night):
    DIET alone, fallback threshold 0.5      0.961 / 2.6% / 0.939
    DIET alone, fallback threshold 0.7      0.971 / 1.7% / 0.915   (a higher threshold alone trades answers)
    DIET and this model, equal weights      0.973 / 1.7% / 0.934-0.943 (offline sketch: C 10-30, feature variants)
    the same, in the pipeline (C 10)        0.970 / 1.9% / 0.930
    DIET weighted 0.3 / 0.7 (offline)       routine 0.88-0.93 / wrong answers 2.0%
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import (
    FEATURE_TYPE_SENTENCE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

WEIGHTS_FILE = "linear_intents.npz"
RANKING_LENGTH = 10  # what DIET reports by default; DIET itself is asked for every intent (ranking_length: 0)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LinearIntentBlend(GraphComponent):
    """Averages DIET's intent confidences with a logistic regression's on the same features."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Featurizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # diet_weight 0.5: on the development sets 0.3 lost routine answers and 0.7 gave more wrong ones (see above).
        return {"diet_weight": 0.5, "C": 10.0, "max_iter": 300, "tol": 1e-3, "solver": "sag", "random_state": 0}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        intents: list[str] | None = None,
        coef: np.ndarray | None = None,
        intercept: np.ndarray | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.intents = intents or []
        self.coef = coef
        self.intercept = intercept
        # features x intents, contiguous: `sparse @ coef.T` would copy the whole matrix (megabytes) per message
        self._weights = None if coef is None else np.ascontiguousarray(coef.T)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LinearIntentBlend:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = training_data.intent_examples
        rows = [(example, row) for example in examples if (row := sentence_row(example)) is not None]
        if len({example.get(INTENT) for example, _ in rows}) < 2:
            return self._resource  # nothing to tell apart: DIET's confidences pass through unchanged
        model = LogisticRegression(
            C=self.config["C"], max_iter=self.config["max_iter"], tol=self.config["tol"], solver=self.config["solver"],
            random_state=self.config["random_state"], class_weight="balanced",
        )
        model.fit(scaled([row for _, row in rows]), [example.get(INTENT) for example, _ in rows])
        self.intents = [str(name) for name in model.classes_]
        self.coef, self.intercept = model.coef_.astype(np.float32), model.intercept_.astype(np.float32)
        if len(self.intents) == 2:  # scikit-learn keeps one row for two classes: the second's logit, the first's is 0
            self.coef = np.vstack([np.zeros_like(self.coef), self.coef])
            self.intercept = np.concatenate([np.zeros_like(self.intercept), self.intercept])
        self._weights = np.ascontiguousarray(self.coef.T)
        with self._model_storage.write_to(self._resource) as directory:
            np.savez_compressed(
                directory / WEIGHTS_FILE, intents=np.array(self.intents), coef=self.coef, intercept=self.intercept
            )
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LinearIntentBlend:
        try:
            with model_storage.read_from(resource) as directory:
                arrays = np.load(directory / WEIGHTS_FILE, allow_pickle=False)
                return cls(config, model_storage, resource, [str(name) for name in arrays["intents"]],
                           arrays["coef"], arrays["intercept"])  # fmt: skip
        except (ValueError, FileNotFoundError):  # trained on data with fewer than two intents
            return cls(config, model_storage, resource)

    def probabilities(self, rows: list[sp.csr_matrix]) -> np.ndarray:
        """Each message's probability of each intent (rows: messages' sentence_row, columns: self.intents)."""
        logits = scaled(rows) @ self._weights + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exps = np.exp(logits)
        return exps / exps.sum(axis=1, keepdims=True)

    def process(self, messages: list[Message]) -> list[Message]:
        if self.coef is None:
            return messages
        rows = [(message, row) for message in messages if (row := sentence_row(message)) is not None]
        if not rows:
            return messages
        weight = float(self.config["diet_weight"])
        for (message, _), probabilities in zip(rows, self.probabilities([row for _, row in rows]), strict=True):
            diet = {item[INTENT_NAME_KEY]: float(item[PREDICTED_CONFIDENCE_KEY])
                    for item in message.get(INTENT_RANKING_KEY) or []}  # fmt: skip
            names = set(diet) | set(self.intents)
            linear = dict(zip(self.intents, probabilities.tolist(), strict=True))
            blended = {name: weight * diet.get(name, 0.0) + (1 - weight) * linear.get(name, 0.0) for name in names}
            best = sorted(blended.items(), key=lambda item: -item[1])[:RANKING_LENGTH]
            ranking = [{INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence} for name, confidence in best]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


def sentence_row(message: Message) -> sp.csr_matrix | None:
    """A message's sparse sentence features, every featurizer's side by side (as Rasa combines them), or None.

    Read from message.features directly: Message.get_sparse_features also combines the sequence features (a
    deep copy and a sparse stack per featurizer), which cost more than the whole of this model per message."""
    if not message.get(TEXT):
        return None
    blocks = [
        feature.features
        for feature in message.features
        if feature.attribute == TEXT and feature.type == FEATURE_TYPE_SENTENCE and feature.is_sparse()
    ]
    return sp.hstack(blocks, format="csr", dtype=np.float32) if blocks else None


def scaled(rows: list[sp.csr_matrix]) -> sp.csr_matrix:
    """Rows stacked, log-scaled and L2-normalised (counts of long messages do not swamp short ones)."""
    matrix = sp.vstack(rows, format="csr")
    matrix.data = np.log1p(np.abs(matrix.data)) * np.sign(matrix.data)
    return normalize(matrix)
