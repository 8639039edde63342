"""bot.handoff.priority: the order of the staff queue, and the patient's sentiment."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot.handoff.priority import score, sentiment, sentiment_label

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=timezone.utc)  # a Monday afternoon


def test_the_score_orders_crisis_then_sensitive_then_negative_then_waiting():
    since = NOW - timedelta(minutes=600)  # ten hours: the longest possible wait
    crisis_just_now = score(True, False, 0.0, NOW, NOW)
    sensitive_waiting_long = score(False, True, 0.0, since, NOW)
    slightly_negative_just_now = score(False, False, 0.06, NOW, NOW)
    neutral_waiting_long = score(False, False, 0.0, since, NOW)
    assert crisis_just_now > sensitive_waiting_long > slightly_negative_just_now > neutral_waiting_long > 0
    assert score(False, False, 0.0, NOW - timedelta(minutes=20), NOW) > score(False, False, 0.0, NOW, NOW)
    assert score(False, False, 0.9, NOW, NOW) > score(False, False, 0.3, NOW, NOW)


def test_sentiment_tells_an_upset_patient_from_a_neutral_one():
    assert sentiment_label(sentiment("This is unacceptable, I'm furious, nobody has helped me for hours")) == "negative"
    assert sentiment_label(sentiment("what are ICU visiting hours?")) == "neutral"
    assert sentiment_label(sentiment("thank you so much, that's great")) == "positive"
    assert sentiment_label(None) == ""
