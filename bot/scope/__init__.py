"""Is a message something this hospital's assistant answers at all? A learned out-of-scope gate.

DIET learns the assistant's intents from a few thousand examples; a request that merely shares a word
with one of them ("what time does Target close", "pay my phone bill") can still get that intent with
high confidence: a confident wrong answer. This gate is a linear model (bot.textmodel) trained on
breadth: about 18,000 everyday assistant and banking requests from public corpora (hwu64, banking77,
snips; CC BY / CC0) and the project's own out-of-scope examples, against every routine example of the
NLU data and general health questions (medquad, medical_qa_forums, counsel_chat: in scope, they go
to the nurses). Rebuilt by `make scope-model` (bot/scope/train.py), committed in `model/scope.npz`
with a model card; loaded once per process.

The Rasa pipeline runs it after DIET (bot.scope.component.ScopeGate): at or above the threshold the
message's intent becomes `out_of_scope`, whatever DIET said. The threshold was chosen on a development
set of patients' messages (tests/data/nlu_dev.yml), a wrong answer counting worse than a decline.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bot.textmodel import LinearModel

MODEL_DIR = Path(__file__).resolve().parent / "model"
MODEL_FILE = MODEL_DIR / "scope.npz"
OUT_OF_SCOPE = "out_of_scope"


@lru_cache(maxsize=1)
def shipped() -> LinearModel:
    """The committed gate, loaded once per process."""
    return LinearModel.load(MODEL_FILE)


def out_of_scope_probability(text: str, model: LinearModel | None = None) -> float:
    """How likely ``text`` (as Rasa sees it: redacted) is a request this assistant does not serve."""
    model = model or shipped()
    return float(model.probabilities([text])[0, 0])


def is_out_of_scope(text: str, model: LinearModel | None = None) -> bool:
    """Whether the gate declines ``text``."""
    model = model or shipped()
    return out_of_scope_probability(text, model) >= float(model.thresholds[0])
