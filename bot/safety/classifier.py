"""A learned second opinion on whole messages: sensitive, self-harm, medical emergency.

The span rules (identifiers.py, health.py, crisis.py) know words; real patients write things no
word list foresaw (a disclosure inside a long post, a crisis said indirectly). This linear model
reads the whole message and answers three yes/no questions. `bot.safety.assess` flags a message
when either the rules or the model do, so the model can only add flags, never remove one (and
where the rules judged a mention not to count, their reading wins: `bot.safety.decide`).

Features: hashed word 1-2-grams and character 2-5-grams of the normalised, lower-cased text
(stateless hashing: no vocabulary to ship). One logistic regression per question. The weights,
intercepts and thresholds live in `model/classifier.npz` (weights as float16, about 1 MB) and are
rebuilt by `make safety-model` (bot/safety/train_classifier.py); `model/MODEL_CARD.md` says from
what data, with which scores. Loaded once per process, on first use; no pickle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

MODEL_DIR = Path(__file__).resolve().parent / "model"
MODEL_FILE = MODEL_DIR / "classifier.npz"
HEADS: tuple[str, ...] = ("sensitive", "self_harm", "medical_emergency")
WORD_FEATURES = 2**17
CHAR_FEATURES = 2**17
MAX_MODEL_CHARS = 2000  # longer texts are scored on their first 2,000 characters (the ingress limit)

_WORDS = HashingVectorizer(
    n_features=WORD_FEATURES, ngram_range=(1, 2), alternate_sign=False, norm=None, lowercase=True,
    token_pattern=r"(?u)\b\w[\w']*\b|[!?]",
)  # fmt: skip
_CHARS = HashingVectorizer(
    n_features=CHAR_FEATURES, analyzer="char_wb", ngram_range=(2, 5), alternate_sign=False, norm=None, lowercase=True
)


def _blocks(texts: list[str]) -> list[sp.csr_matrix]:
    """Log-scaled hashed counts of the word block and of the character block (not yet normalised)."""
    clipped = [text[:MAX_MODEL_CHARS] for text in texts]
    blocks = []
    for vectorizer in (_WORDS, _CHARS):
        block = vectorizer.transform(clipped)
        block.data = np.log1p(block.data)
        blocks.append(block)
    return blocks


def features(texts: list[str]) -> sp.csr_matrix:
    """The model's input rows for already normalised texts: log-scaled counts, each block L2-normalised."""
    return sp.hstack([normalize(block.astype(np.float32)) for block in _blocks(texts)], format="csr")


def _logits(texts: list[str], weights: np.ndarray, intercepts: np.ndarray) -> np.ndarray:
    """features(texts) @ weights + intercepts, without building the normalised matrix (faster per message)."""
    logits = np.tile(intercepts.astype(np.float64), (len(texts), 1))
    offset = 0
    for block in _blocks(texts):
        width = block.shape[1]
        rows = np.repeat(np.arange(len(texts)), np.diff(block.indptr))
        norms = np.sqrt(np.bincount(rows, weights=block.data**2, minlength=len(texts)))
        norms[norms == 0] = 1.0
        # float32 like the weights: a float64 block would make scipy convert the whole weight matrix per call
        logits += np.asarray(block.astype(np.float32) @ weights[offset : offset + width]) / norms[:, None]
        offset += width
    return logits


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
    def crisis(self) -> str | None:
        """The crisis the model sees, if any; self-harm first when both pass (its reply covers both)."""
        if self.flagged("self_harm"):
            return "self_harm"
        if self.flagged("medical_emergency"):
            return "medical_emergency"
        return None


@dataclass(frozen=True)
class Classifier:
    """Weights (features x heads), intercepts and decision thresholds of the three heads."""

    weights: np.ndarray
    intercepts: np.ndarray
    thresholds: np.ndarray
    info: dict

    def probabilities(self, normalised_texts: list[str]) -> np.ndarray:
        """One row of head probabilities per text."""
        return 1.0 / (1.0 + np.exp(-_logits(normalised_texts, self.weights, self.intercepts)))

    def score(self, normalised_text: str) -> Scores:
        """The three probabilities of one normalised message."""
        row = self.probabilities([normalised_text])[0]
        return Scores(*(float(value) for value in row), thresholds=tuple(float(t) for t in self.thresholds))

    def save(self, path: Path = MODEL_FILE) -> None:
        """Write the model as a compressed .npz (float16 weights; no pickled objects)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            intercepts=self.intercepts.astype(np.float32),
            thresholds=self.thresholds.astype(np.float32),
            info=np.array(json.dumps(self.info, sort_keys=True)),
        )

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> Classifier:
        """Read a model written by save()."""
        with np.load(path, allow_pickle=False) as data:
            return cls(
                weights=data["weights"].astype(np.float32),
                intercepts=data["intercepts"],
                thresholds=data["thresholds"],
                info=json.loads(str(data["info"])),
            )


@lru_cache(maxsize=1)
def shipped() -> Classifier:
    """The committed model, loaded once per process."""
    return Classifier.load(MODEL_FILE)
