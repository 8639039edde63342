"""Scoring rule of the NLU quality check."""

from bot.nlu_quality import effective_intent


def test_a_fallback_counts_as_the_out_of_scope_answer_the_patient_gets():
    assert effective_intent("nlu_fallback") == "out_of_scope"
    assert effective_intent(None) == "out_of_scope"
    assert effective_intent("ask_parking") == "ask_parking"
