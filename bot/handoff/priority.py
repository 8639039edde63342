"""The staff queue's order: one score per conversation, crisis > sensitive > negative sentiment > waiting.

score = 1000 x crisis + 100 x sensitive + 10 x negativity level (1-9 when any message was negative)
        + waiting (0-9.9: a tenth of a point per 36 s, full after an hour)
Each term's maximum is below the next term's step, so the order is strict by tier (any crisis above
any non-crisis, and so on), and within a tier the more negative, then the longer waiting, come
first. Ties (same score) are broken by who has waited longest.

Sentiment is VADER's compound score (-1..1), an offline lexicon with no model to download, computed
on the raw message in memory by the ingress; only the number is kept. VADER calls a message
negative at compound <= -0.05.
"""

from __future__ import annotations

import functools
import math
from datetime import datetime

NEGATIVE_AT = -0.05
POSITIVE_AT = 0.05


@functools.lru_cache(maxsize=1)
def _analyzer():  # noqa: ANN202 - vaderSentiment has no type hints
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def sentiment(text: str) -> float:
    """VADER's compound score of `text`: -1 (most negative) .. 1 (most positive)."""
    return round(float(_analyzer().polarity_scores(text)["compound"]), 3)


def negativity(compound: float) -> float:
    """0 for a neutral or positive message, up to 1 for the most negative."""
    return -compound if compound <= NEGATIVE_AT else 0.0


def sentiment_label(compound: float | None) -> str:
    if compound is None:
        return ""
    if compound <= NEGATIVE_AT:
        return "negative"
    return "positive" if compound >= POSITIVE_AT else "neutral"


TIERS = {"crisis": "Crisis", "sensitive": "Sensitive", "negative": "Upset", "other": "Other"}


def tier(crisis: bool, sensitive: bool, negativity_: float) -> str:
    """The score's tier (a key of TIERS): what the queue can be filtered by."""
    if crisis:
        return "crisis"
    if sensitive:
        return "sensitive"
    return "negative" if negativity_ > 0 else "other"


def score(crisis: bool, sensitive: bool, negativity_: float, waiting_since: datetime, now: datetime) -> float:
    return score_after(crisis, sensitive, negativity_, (now - waiting_since).total_seconds())


def score_after(crisis: bool, sensitive: bool, negativity_: float, waited_seconds: float) -> float:
    """The score of an item that has waited `waited_seconds`."""
    waited_minutes = max(0.0, waited_seconds / 60)
    negative_level = min(9, math.ceil(9 * negativity_)) if negativity_ > 0 else 0
    return round(
        1000 * bool(crisis) + 100 * bool(sensitive) + 10 * negative_level + min(9.9, waited_minutes / 6), 2
    )
