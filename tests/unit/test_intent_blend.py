"""The linear intent model averaged with DIET (bot.intent_blend.LinearIntentBlend): trained on the pipeline's own
features, saved and loaded, and where the two models disagree the answer is no longer a confident one."""

from pathlib import Path

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.intent_blend import LinearIntentBlend, sentence_row

EXAMPLES = {
    "ask_parking": ["where do I park", "is parking free", "parking garage price", "where can visitors park my car"],
    "ask_visiting_hours": ["when can I visit", "visiting hours today", "can I visit my mum tonight", "visit times icu"],
    "ask_phone": ["what is your phone number", "number to call the ward", "phone for billing", "how do I call you"],
}


@pytest.fixture()
def featurized(tmp_path: Path):
    """A tokenizer and a word-count featurizer trained on EXAMPLES, and a function featurizing messages with them."""
    (tmp_path / "storage").mkdir()
    storage = LocalModelStorage(tmp_path / "storage")
    context = ExecutionContext(GraphSchema({}), "test")
    tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    counts = CountVectorsFeaturizer.create(
        CountVectorsFeaturizer.get_default_config(), storage, Resource("counts"), context
    )
    training = TrainingData([Message(data={TEXT: text, INTENT: intent})
                             for intent, texts in EXAMPLES.items() for text in texts])  # fmt: skip
    tokenizer.process_training_data(training)
    counts.train(training)
    counts.process_training_data(training)

    def featurize(*texts: str) -> list[Message]:
        messages = [Message(data={TEXT: text}) for text in texts]
        tokenizer.process(messages)
        counts.process(messages)
        return messages

    return storage, context, training, featurize


def _with_diet(message: Message, ranking: dict[str, float]) -> Message:
    items = [{"name": name, "confidence": confidence} for name, confidence in ranking.items()]
    message.set(INTENT, items[0], add_to_output=True)
    message.set(INTENT_RANKING_KEY, items, add_to_output=True)
    return message


def _trained(featurized) -> LinearIntentBlend:
    storage, context, training, _ = featurized
    blend = LinearIntentBlend.create({}, storage, Resource("blend"), context)
    blend.train(training)
    return blend


def test_the_linear_model_learns_the_intents_from_the_pipeline_features(featurized):
    blend, featurize = _trained(featurized), featurized[3]
    messages = featurize("where should I park", "visiting hours for icu", "ward phone number")
    probabilities = blend.probabilities([sentence_row(message) for message in messages])
    best = [blend.intents[index] for index in probabilities.argmax(axis=1)]
    assert best == ["ask_parking", "ask_visiting_hours", "ask_phone"]


def test_confidences_are_the_mean_of_diet_and_the_linear_model(featurized):
    blend, featurize = _trained(featurized), featurized[3]
    message = _with_diet(featurize("where should I park")[0], {"ask_phone": 0.9, "ask_parking": 0.1})
    linear = dict(zip(blend.intents, blend.probabilities([sentence_row(message)])[0], strict=True))
    blend.process([message])
    ranking = {item["name"]: item["confidence"] for item in message.get(INTENT_RANKING_KEY)}
    for name in EXAMPLES:
        diet = {"ask_phone": 0.9, "ask_parking": 0.1}.get(name, 0.0)
        assert ranking[name] == pytest.approx(0.5 * diet + 0.5 * linear[name])
    assert message.get(INTENT) == message.get(INTENT_RANKING_KEY)[0]
    # DIET's confident wrong answer is no longer confident: the fallback threshold (0.5) now applies to it
    assert message.get(INTENT)["confidence"] < 0.9


def test_where_both_models_agree_the_answer_stays_confident(featurized):
    blend, featurize = _trained(featurized), featurized[3]
    message = _with_diet(featurize("is parking free")[0], {"ask_parking": 0.97, "ask_phone": 0.02})
    blend.process([message])
    assert message.get(INTENT)["name"] == "ask_parking"
    assert message.get(INTENT)["confidence"] > 0.6


def test_the_trained_weights_are_saved_and_loaded(featurized):
    storage, context, _, featurize = featurized
    blend = _trained(featurized)
    loaded = LinearIntentBlend.load({}, storage, Resource("blend"), context)
    messages = featurize("can I visit tonight", "call the ward")
    assert loaded.intents == blend.intents
    rows = [sentence_row(message) for message in messages]
    np.testing.assert_allclose(loaded.probabilities(rows), blend.probabilities(rows), rtol=1e-6)


def test_the_sentence_row_is_every_featurizers_sentence_features_as_rasa_combines_them(featurized):
    message = featurized[3]("where do I park")[0]
    assert (sentence_row(message) != message.get_sparse_features(TEXT)[1].features).nnz == 0


def test_a_message_without_features_keeps_diets_answer(featurized):
    blend = _trained(featurized)
    message = _with_diet(Message(data={TEXT: ""}), {"greet": 0.8})
    blend.process([message])
    assert message.get(INTENT) == {"name": "greet", "confidence": 0.8}


def test_untrained_on_a_single_intent_it_passes_diets_answer_through(featurized):
    storage, context, _, featurize = featurized
    single = TrainingData([Message(data={TEXT: "hello", INTENT: "greet"})])
    blend = LinearIntentBlend.create({}, storage, Resource("single"), context)
    blend.train(single)
    message = _with_diet(featurize("where do I park")[0], {"ask_parking": 0.7})
    blend.process([message])
    assert message.get(INTENT) == {"name": "ask_parking", "confidence": 0.7}
    loaded = LinearIntentBlend.load({}, storage, Resource("single"), context)
    assert loaded.coef is None


def test_trained_on_two_intents_it_tells_them_apart(featurized):
    storage, context, training, featurize = featurized
    two = TrainingData([example for example in training.intent_examples if example.get(INTENT) != "ask_phone"])
    blend = LinearIntentBlend.create({}, storage, Resource("two"), context)
    blend.train(two)
    parking, visiting = featurize("where can I park", "when can I visit")
    _with_diet(parking, {"ask_parking": 0.5, "ask_visiting_hours": 0.5})
    _with_diet(visiting, {"ask_parking": 0.5, "ask_visiting_hours": 0.5})
    LinearIntentBlend.load({}, storage, Resource("two"), context).process([parking, visiting])
    assert parking.get(INTENT)["name"] == "ask_parking"
    assert visiting.get(INTENT)["name"] == "ask_visiting_hours"
    assert sum(item["confidence"] for item in parking.get(INTENT_RANKING_KEY)) == pytest.approx(1.0)
