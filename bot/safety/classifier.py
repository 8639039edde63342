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

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np

from bot import textmodel
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


# The same features as bot.textmodel's per-message path, computed faster: a character n-gram of the "char_wb"
# analyser never crosses a word, so a message's character columns are its words' columns in turn, and each word's
# are hashed once per process (they recur across messages). The word block is bot.textmodel's own analyser.
# tests/unit/safety/test_classifier.py checks the result is bit for bit bot.textmodel.logits'.
_WORD_ANALYSER = textmodel._WORDS.build_analyzer()
_CHAR_MIN_N, _CHAR_MAX_N = textmodel._CHARS.ngram_range


@lru_cache(maxsize=2**15)  # bounded: a few MB at most
def _word_column(gram: str) -> int:
    """The hashed column of a word n-gram (one argument: a cheaper cache key than bot.textmodel's)."""
    return textmodel._hashed_index(gram, textmodel.WORD_FEATURES)


@lru_cache(maxsize=2**14)  # the words of everyday messages; bounded: about 10 MB at most
def _word_char_columns(word: str) -> tuple[int, ...]:
    """The hashed columns of a lower-cased word's padded character n-grams, in sklearn's _char_wb_ngrams order."""
    padded = f" {word} "
    length = len(padded)
    columns = []
    for n in range(_CHAR_MIN_N, _CHAR_MAX_N + 1):
        columns.extend(textmodel._hashed_index(padded[i : i + n], textmodel.CHAR_FEATURES)
                       for i in range(max(1, length - n + 1)))
        if length <= n:  # a short word is counted once, at its shortest n-gram that covers it
            break
    return tuple(columns)


def _block_logits(counts: Counter[int], offset: int, weights: np.ndarray) -> np.ndarray | float:
    """One block's log-scaled, L2-normalised counts times the weights (bot.textmodel._row_logits' arithmetic)."""
    if not counts:
        return 0.0
    columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    if offset:
        columns += offset
    values = np.log1p(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
    return values @ weights[columns] / math.sqrt(values @ values)  # sqrt: the same correctly rounded value as numpy's


def _probabilities(text: str, weights: np.ndarray, intercepts: np.ndarray) -> np.ndarray:
    """LinearModel.probabilities([text])[0]."""
    clipped = text[: textmodel.MAX_MODEL_CHARS]
    word_counts = Counter(map(_word_column, _WORD_ANALYSER(clipped)))
    # the analyser lower-cases the whole text before splitting it (a Greek final sigma depends on what follows)
    char_counts = Counter(chain.from_iterable(map(_word_char_columns, clipped.lower().split())))
    row = np.zeros(weights.shape[1], dtype=np.float64)
    row += _block_logits(word_counts, 0, weights)
    row += _block_logits(char_counts, textmodel.WORD_FEATURES, weights)
    return 1.0 / (1.0 + np.exp(-(intercepts.astype(np.float64) + row)))


class Classifier(LinearModel):
    """The three heads' weights, intercepts and thresholds (bot.textmodel.LinearModel)."""

    def score(self, normalised_text: str) -> Scores:
        """The three probabilities of one normalised message."""
        row = _probabilities(normalised_text, self.weights, self.intercepts)
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
