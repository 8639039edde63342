"""Any text, in any script, with any tricks, is assessed and redacted without a crash."""

from __future__ import annotations

import random

from bot.safety import MAX_CHARS, assess, redact, screen

ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?-/()[]#@'\"",
    "αβγδεζηθικλμνξοπρστυφχψω АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
    "你好医院预约时间 こんにちは病院 안녕하세요 병원 مرحبا مستشفى שלום",
    "😀🙏🏽❤️👨‍👩‍👧🏥💊🩺",
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e\u0301\u0000\n\t\r",
    "０１２３４５６７８９ ٠١٢٣٤٥٦٧٨٩ OolI|",
]
TRICKS = ["4O1-55-1234", "1 2 3 - 4 5 - 6 7 8 9", "0\u200b4/1\u200b2/1985", "jane@example.com", "I have asthma"]


def _random_text(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(0, 40)):
        if rng.random() < 0.1:
            pieces.append(rng.choice(TRICKS))
        else:
            alphabet = rng.choice(ALPHABETS)
            pieces.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))))
    return rng.choice(["", " ", "\n"]).join(pieces)


def test_random_texts_never_crash_and_findings_point_inside_the_text():
    rng = random.Random(20261122)
    for _ in range(600):
        text = _random_text(rng)
        assessment = assess(text)
        for finding in assessment.findings:
            assert 0 <= finding.start < finding.end <= len(text)
        redacted = redact(text)
        assert isinstance(redacted, str)
        assert screen(text) == (assessment, redacted)


def test_a_very_long_message_is_redacted_everywhere_not_only_at_the_start():
    text = ("where do i park? " * 400) + "my SSN is 123-45-6789"
    assert len(text) > MAX_CHARS
    assert redact(text).endswith("my SSN is [SSN]")
    assert "123-45-6789" not in screen(text)[1]


def test_non_text_input_is_not_sensitive():
    for value in ("", None, 42):
        assert assess(value).sensitive is False  # type: ignore[arg-type]
