"""Rasa's WhitespaceTokenizer without dropping Chinese, Japanese and Korean words (config/config.yml).

Rasa 3.6's tokenizer removes every token its emoji pattern matches in full, and one range of that pattern
(U+24C2 to U+1F251) also covers CJK ideographs, kana and Hangul: "请问 ICU 探视时间?" reached NLU as "ICU",
and a Korean question as nothing at all (then as one token, the whole text). This tokenizer's emoji
pattern holds the emoji blocks only; everything else is Rasa's.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer

EMOJI = re.compile(
    "["
    "\U0001f000-\U0001faff"  # mahjong and cards to symbols and pictographs extended-A (faces, flags, objects)
    "\u2600-\u27bf"  # miscellaneous symbols and dingbats (☀ ✂ ❤)
    "\u2300-\u23ff"  # technical (⌚ ⏰)
    "\u2b00-\u2bff"  # arrows and stars (⬆ ⭐)
    "\u2190-\u21ff"  # arrows
    "\u24c2\u3030\u303d\u3297\u3299"  # the few emoji among enclosed letters and CJK symbols
    "\ufe0e\ufe0f\u200d\u200c\u20e3"  # variation selectors, joiners, keycap
    "\U000e0020-\U000e007f"  # tag characters (subdivision flags)
    "]+"
)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class CJKWhitespaceTokenizer(WhitespaceTokenizer):
    """WhitespaceTokenizer with an emoji pattern that leaves CJK text alone."""

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.emoji_pattern = EMOJI
