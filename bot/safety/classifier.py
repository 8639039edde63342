"""A learned second opinion on whole messages: sensitive, self-harm, medical emergency.

The span rules (identifiers.py, health.py, crisis.py) know words; real patients write things no
word list foresaw (a disclosure inside a long post, a crisis said indirectly). This linear model
reads the whole message and answers three yes/no questions. `bot.safety.assess` flags a message
when either the rules or the model do, so the model can only add flags, never remove one (and
where the rules judged a mention not to count, their reading wins: `bot.safety.decide`).

Features: hashed word 1-2-grams and character 2-5-grams of the normalised, lower-cased text
(bot.textmodel, shared with the out-of-scope gate). One logistic regression per question. The weights,
intercepts and thresholds live in `model/classifier.npz` (weights as float16, about 1 MB) and are
rebuilt by `make safety-model` (bot/safety/train_classifier.py); `model/MODEL_CARD.md` says from
what data, with which scores. Loaded once per process, on first use; no pickle.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.safety.kinds import Crisis
from bot.textmodel import LinearModel, features

__all__ = ["HEADS", "MODEL_DIR", "MODEL_FILE", "Classifier", "Scores", "features", "shipped"]

MODEL_DIR = Path(__file__).resolve().parent / "model"
MODEL_FILE = MODEL_DIR / "classifier.npz"
HEADS: tuple[str, ...] = ("sensitive", Crisis.SELF_HARM, Crisis.MEDICAL_EMERGENCY)


@dataclass(frozen=True)
class Scores:
    """The model's probabilities for one message and whether each passes its threshold."""

    sensitive: float
    self_harm: float
    medical_emergency: float
    thresholds: tuple[float, float, float]

    def flagged(self, head: str) -> bool:
        """Whether the probability of `head` reaches its threshold."""
        index = HEADS.index(head)
        return getattr(self, head) >= self.thresholds[index]

    @property
    def crisis(self) -> Crisis | None:
        """The crisis the model sees, if any; self-harm first when both pass (its reply covers both)."""
        if self.flagged(Crisis.SELF_HARM):
            return Crisis.SELF_HARM
        if self.flagged(Crisis.MEDICAL_EMERGENCY):
            return Crisis.MEDICAL_EMERGENCY
        return None


class Classifier(LinearModel):
    """The three heads' weights, intercepts and thresholds (bot.textmodel.LinearModel)."""

    def score(self, normalised_text: str) -> Scores:
        """The three probabilities of one normalised message."""
        row = self.probabilities([normalised_text])[0]
        return Scores(*(float(value) for value in row), thresholds=tuple(float(t) for t in self.thresholds))

    def save(self, path: Path = MODEL_FILE) -> None:
        super().save(path)

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> Classifier:
        return super().load(path)  # type: ignore[return-value]


@lru_cache(maxsize=1)
def shipped() -> Classifier:
    """The committed model, loaded once per process."""
    return Classifier.load(MODEL_FILE)
