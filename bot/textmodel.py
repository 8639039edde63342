"""Small linear text models: hashed n-gram features, one logistic regression per head, weights as numpy arrays.

Used by the safety classifier (bot/safety/classifier.py) and the out-of-scope gate (bot/scope/). Features are
hashed word 1-2-grams and character 2-5-grams of the lower-cased text (stateless hashing: no vocabulary to ship),
log-scaled, each block L2-normalised. Training builds them as a sparse matrix (`features`); scoring hashes one
message's n-grams directly (`logits`), with the same result (tests/unit/test_textmodel.py). A model is saved as a
compressed .npz of plain arrays (weights as float16, no pickle) and loaded once per process by its owner.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils import murmurhash3_32

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


_ANALYSERS = ((_WORDS.build_analyzer(), WORD_FEATURES), (_CHARS.build_analyzer(), CHAR_FEATURES))


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
    """The models' input rows: log-scaled counts, each block L2-normalised."""
    return sp.hstack([normalize(block.astype(np.float32)) for block in _blocks(texts)], format="csr")


@lru_cache(maxsize=2**16)  # messages share most of their n-grams; bounded at 65,536 (about 15 MB)
def _hashed_index(gram: str, width: int) -> int:
    """The column HashingVectorizer(alternate_sign=False) gives an n-gram (sklearn's FeatureHasher rule)."""
    signed = murmurhash3_32(gram, seed=0)
    return (2147483647 - (width - 1)) % width if signed == -(2**31) else abs(signed) % width


def _row_logits(text: str, weights: np.ndarray) -> np.ndarray:
    """features([text]) @ weights for one text, hashing its n-grams directly (no sparse matrix: scipy's and
    sklearn's per-call overhead was two thirds of a message's screening time)."""
    result = np.zeros(weights.shape[1], dtype=np.float64)
    offset = 0
    clipped = text[:MAX_MODEL_CHARS]
    for analyse, width in _ANALYSERS:
        counts = Counter(_hashed_index(gram, width) for gram in analyse(clipped))
        if counts:
            columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts)) + offset
            values = np.log1p(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
            result += values @ weights[columns] / np.sqrt(values @ values)
        offset += width
    return result


def logits(texts: list[str], weights: np.ndarray, intercepts: np.ndarray) -> np.ndarray:
    """features(texts) @ weights + intercepts, without building the normalised matrix (one text at a time: a
    message is screened alone)."""
    bias = intercepts.astype(np.float64)
    return np.array([bias + _row_logits(text, weights) for text in texts]).reshape(len(texts), weights.shape[1])


@dataclass(frozen=True)
class LinearModel:
    """Weights (features x heads), intercepts and decision thresholds, one per head, and what made them."""

    weights: np.ndarray
    intercepts: np.ndarray
    thresholds: np.ndarray
    info: dict

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """One row of head probabilities per text."""
        return 1.0 / (1.0 + np.exp(-logits(texts, self.weights, self.intercepts)))

    def save(self, path: Path) -> None:
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
    def load(cls, path: Path) -> LinearModel:
        """Read a model written by save()."""
        with np.load(path, allow_pickle=False) as data:
            return cls(
                weights=data["weights"].astype(np.float32),
                intercepts=data["intercepts"],
                thresholds=data["thresholds"],
                info=json.loads(str(data["info"])),
            )
