"""The NLU tokenizer keeps Chinese, Japanese and Korean words (Rasa's own drops them as emoji)."""

from __future__ import annotations

import pytest
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message

from bot.tokenizer import CJKWhitespaceTokenizer


def _words(tokenizer: WhitespaceTokenizer, text: str) -> list[str]:
    return [token.text for token in tokenizer.tokenize(Message({"text": text}), "text")]


@pytest.fixture(scope="module")
def tokenizer() -> CJKWhitespaceTokenizer:
    return CJKWhitespaceTokenizer(CJKWhitespaceTokenizer.get_default_config())


def test_rasa_s_tokenizer_drops_cjk_words_which_is_why_this_one_exists() -> None:
    rasa_own = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    assert _words(rasa_own, "请问 ICU 探视时间?") == ["ICU"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("请问 ICU 探视时间?", ["请问", "ICU", "探视时间"]),
        ("약국 몇 시에 열어요?", ["약국", "몇", "시에", "열어요"]),
        ("病院の駐車場はどこですか", ["病院の駐車場はどこですか"]),
        ("hola, horario de visitas en pediatría?", ["hola", "horario", "de", "visitas", "en", "pediatría"]),
    ],
)
def test_words_of_every_script_are_kept(tokenizer: CJKWhitespaceTokenizer, text: str, words: list[str]) -> None:
    assert _words(tokenizer, text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ok 👍 thanks ❤️", ["ok", "thanks"]),
        ("🇺🇸 parking", ["parking"]),
        ("parking ⭐⭐", ["parking"]),
        ("👍", ["👍"]),  # nothing but emoji: the whole text stays one token, as in Rasa
    ],
)
def test_emoji_are_still_dropped(tokenizer: CJKWhitespaceTokenizer, text: str, words: list[str]) -> None:
    assert _words(tokenizer, text) == words
