"""The trainer's review: messages the assistant was unsure of, labelled by trainers, written as Rasa NLU data.

The action server records a message when the NLU fell back, when its top intent was below
REVIEW_CONFIDENCE (default 0.7), or when the conversation was handed off after two misunderstandings;
agents can flag a message in the console ("Bot misunderstood"). Only redacted text is stored: public
channels hand Rasa redacted text already, secure-chat text is screened here (bot.safety.screen).

Trainers label an item in the console (/review) with an existing intent, out of scope, or a new intent,
or dismiss it. After each labelling the training file is regenerated from the database as a whole
(deterministic output): existing intents and out_of_scope go to REVIEW_DATA_PATH (data/nlu/review.yml),
new intents to REVIEW_NEW_INTENTS_PATH (review/new_intents.yml), outside data/, because a new intent needs
the domain, 20+ examples, a rule and a test conversation before it can be trained (docs/TRAINING.md).
A text already in the training data under the same intent is skipped; under another intent it is not
written and the trainer is warned (a human resolves that conflict).

Three modules: `capture` (record what the assistant was unsure of, redacted), `store` (the items trainers label or
dismiss in the console), `export` (the labelled items written as training data). The names below are the package's
interface; callers use `bot.review.<name>`.
"""

from bot.review.capture import (
    FALLBACK_INTENT,
    MAX_TEXT_CHARS,
    REASONS,
    confidence_threshold,
    flag_by_staff,
    reason_for,
    record,
    record_if_unsure,
    redacted,
)
from bot.review.export import (
    HEADER,
    NEW_INTENTS_HEADER,
    TRAINING_DATA_DIR,
    Conflict,
    Plan,
    current_plan,
    data_path,
    example_text,
    export,
    exported_text,
    new_intents_path,
    plan,
    render,
    training_examples,
)
from bot.review.store import (
    DOMAIN_PATH,
    LABEL_KINDS,
    NEW_INTENT,
    NEW_INTENT_LENGTH,
    OUT_OF_SCOPE,
    Group,
    Item,
    LabelRefused,
    check_label,
    counts,
    dismiss,
    existing_intents,
    get,
    label,
    labelled,
    open_groups,
)

__all__ = [
    "DOMAIN_PATH", "FALLBACK_INTENT", "HEADER", "LABEL_KINDS", "MAX_TEXT_CHARS", "NEW_INTENT", "NEW_INTENTS_HEADER",
    "NEW_INTENT_LENGTH", "OUT_OF_SCOPE", "REASONS", "TRAINING_DATA_DIR", "Conflict", "Group", "Item", "LabelRefused",
    "Plan", "check_label", "confidence_threshold", "counts", "current_plan", "data_path", "dismiss", "example_text",
    "existing_intents", "export", "exported_text", "flag_by_staff", "get", "label", "labelled", "new_intents_path",
    "open_groups", "plan", "reason_for", "record", "record_if_unsure", "redacted", "render", "training_examples",
]
