"""bot.safety.allowlist: the vocabulary a flagged message may keep, and mask()."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bot.safety import allowlist, assess, read_rules, redact, screen
from bot.safety.allowlist import PLACEHOLDER, Vocabulary, build_vocabulary, is_allowed, mask, vocabulary
from bot.safety.evaluation import ALL_KINDS
from bot.safety.normalise import normalise

ROOT = Path(__file__).resolve().parents[3]
NAME = "Quilliam Zabrowski-Fenn"
NUMBER = "RX-77-Q-90411-B"


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return vocabulary()


def _words(text: str) -> Iterator[tuple[str, bool]]:
    """(token, is a placeholder) for each token of a text, as mask() reads it."""
    for match in allowlist._TOKEN.finditer(normalise(text).text):
        yield match.group(), bool(match.group("placeholder"))


def _only_allowed(text: str, vocab: Vocabulary) -> bool:
    """Every word of the text is in the vocabulary (or all its parts are) and every placeholder is known."""
    for token, placeholder in _words(text):
        if placeholder:
            if token not in vocab.placeholders:
                return False
        elif token.lower() not in vocab.words and not all(
            part in vocab.words for part in allowlist._PART.findall(token.lower())
        ):
            return False
    return True


# ---------- the vocabulary ----------


def test_the_vocabulary_has_the_training_data_the_facts_and_the_function_words(vocab):
    training = ["visiting", "hours", "icu", "parking", "refill", "reschedule", "pls"]
    facts = ["riverbend", "cedar", "mychart", "lobby", "cafeteria", "guest"]  # config/hospital.yml
    function_words = ["the", "what's", "whats", "don't", "dont", "thx", "nan", "wednesday", "s"]
    for word in training + facts + function_words:
        assert word in vocab.words, word
    assert "ICU" in vocab and "What's" in vocab  # case does not matter
    assert vocab.problems == ()


def test_entity_annotations_give_their_text_not_the_entity_name(vocab):
    assert "oncology" in vocab.words  # "[oncology](unit)"
    assert "amenity" not in vocab.words  # only ever an entity name in the data


def test_no_word_with_three_digits_is_allowed(vocab):
    for word in ("1200", "97401", "555-0100", "24/7", "911", "988"):  # all in the facts file
        assert word not in vocab.words
    assert all(len(re.findall(r"\d", word)) <= 2 for word in vocab.words)
    assert {"1", "2", "12", "24"} <= vocab.words  # short numbers are


def test_a_word_the_safety_rules_flag_alone_is_never_allowed(vocab):
    nlu_text = "".join(path.read_text(encoding="utf-8") for path in (ROOT / "data" / "nlu").glob("*.yml")).lower()
    assert "cancer" in nlu_text  # "the [cancer ward](unit)": in the data, and still not allowed
    assert "cancer" in vocab.excluded and "cancer" not in vocab.words
    flagged = [word for word in vocab.words if read_rules(word).findings or read_rules(word).crisis]
    assert flagged == []


def test_a_person_s_name_is_never_allowed_even_where_the_facts_name_a_doctor(vocab):
    facts_text = (ROOT / "config" / "hospital.yml").read_text(encoding="utf-8").lower()
    for name in ("chen", "patel", "claire", "okafor"):  # doctors' names in the facts file
        assert name in facts_text
        assert name not in vocab.words
    assert "[REDACTED]" in mask("I'm Claire Chen, [CONDITION], is Dr Chen in today?")
    assert "chen" not in mask("I'm Claire Chen, [CONDITION], is Dr Chen in today?").lower()
    assert {"will", "mill"} <= vocab.words  # names that are also English words stay: a known limit


def test_the_function_words_are_plain_lower_case_words_once_each():
    lines = (allowlist.FUNCTION_WORDS_PATH).read_text(encoding="utf-8").splitlines()
    words = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert 300 <= len(words) == len(set(words))
    assert all(word == word.lower() and " " not in word for word in words)
    months = {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november"}
    assert not months & set(words)  # a date of birth spelled out must not survive


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small project: NLU data, facts, a domain with responses, a function-word list."""
    nlu = tmp_path / "data" / "nlu"
    nlu.mkdir(parents=True)
    (nlu / "topic.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: ask_x\n  examples: |\n'
        "    - where is the [zumbletron](unit) ward\n"
        '    - is the [gloop]{"entity": "site"} open\n'
        "    - my son has asthma, call 5551234 or room 12\n"
        "    - I'm [CONDITION], see [DOB] and [FOOBAR]\n"
        "- synonym: zumbletron\n  examples: |\n    - zumbletrons\n"
        "- regex: account\n  examples: |\n    - \\d{10}\n",
        encoding="utf-8",
    )
    (tmp_path / "facts.yml").write_text(
        "hospital:\n  name: Flurbington Clinic\n  phone: '(541) 555-0100'\nunits:\n  - {name: Snark Ward, floor: 3}\n",
        encoding="utf-8",
    )
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "domain.yml").write_text(
        "responses:\n  utter_hi:\n    - text: Greetings from Wobblestone\n", encoding="utf-8"
    )
    (tmp_path / "words.txt").write_text("# a comment\nthe\nquux\n", encoding="utf-8")
    return tmp_path


def _build(project: Path) -> Vocabulary:
    return build_vocabulary(project, project / "facts.yml", project / "words.txt")


def test_built_from_the_project_files(project):
    vocab = _build(project)
    for word in ("zumbletron", "zumbletrons", "gloop", "ward", "flurbington", "snark", "wobblestone", "quux", "12"):
        assert word in vocab.words, word
    assert "unit" not in vocab.words and "entity" not in vocab.words  # annotations
    assert "5551234" not in vocab.words and "555-0100" not in vocab.words  # 3+ digits
    assert "10" not in vocab.words  # regexes are patterns, not words
    assert "asthma" in vocab.excluded and "asthma" not in vocab.words  # flagged by the rules on its own
    assert "condition" not in vocab.words  # placeholders are not words
    assert {"[CONDITION]", "[DOB]", "[FOOBAR]", PLACEHOLDER} <= vocab.placeholders  # the data's placeholders
    assert len(vocab.sources) == 4 and vocab.problems == ()


def test_a_trainer_s_new_example_is_allowed_at_the_next_build(project):
    assert "snorkelwax" not in _build(project).words
    with (project / "data" / "nlu" / "topic.yml").open("a", encoding="utf-8") as data:
        data.write("- intent: ask_y\n  examples: |\n    - where is the snorkelwax desk\n")
    assert "snorkelwax" in _build(project).words


def test_an_unreadable_source_is_skipped_and_allows_nothing(project):
    (project / "data" / "nlu" / "broken.yml").write_text("nlu: [unclosed\n", encoding="utf-8")
    vocab = build_vocabulary(project, project / "missing.yml", project / "words.txt")
    assert len(vocab.problems) == 2
    assert "zumbletron" in vocab.words and "flurbington" not in vocab.words


def test_built_once_per_process_and_rebuilt_on_reload(monkeypatch, project):
    first = vocabulary()
    assert vocabulary() is first
    monkeypatch.setattr(allowlist, "build_vocabulary", lambda: _build(project))
    try:
        assert "zumbletron" in allowlist.reload().words
        assert "zumbletron" in vocabulary().words
    finally:
        monkeypatch.undo()
        allowlist.reload()
    assert "zumbletron" not in vocabulary().words


def test_the_vocabulary_is_built_from_the_assistants_own_words():
    # (how long it takes is a benchmark's business, not a test's: these machines are noisy)
    vocab = build_vocabulary()
    assert len(vocab.words) > 1500


# ---------- mask() ----------


@pytest.mark.parametrize(
    "text",
    [
        "what are the ICU visiting hours?",
        "WHAT ARE THE ICU VISITING HOURS",
        "where can i park near the north clinic tonight",
        "I'm [CONDITION], what are ICU visiting hours?",
        "two visitors at a time, 2 or 3 kids, 24 hours, 3rd floor, twenty-four hours",
        "what’s the number, don't know, dont",
        "hi 👋🏽 thx!!! 🏥❤️",
        "",
    ],
)
def test_the_assistant_s_own_words_and_placeholders_stay(text):
    assert mask(text) == text


def test_every_placeholder_of_the_detector_and_ours_stays():
    text = " ".join(f"[{kind.upper()}]" for kind in ALL_KINDS) + f" {PLACEHOLDER}"
    assert mask(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (f"I'm [CONDITION]. {NAME} here, what are the ICU visiting hours?",
         "I'm [CONDITION]. [REDACTED] here, what are the ICU visiting hours?"),
        ("my nan Bertha Quimby-Lowe has [CONDITION]", "my nan [REDACTED] has [CONDITION]"),
        ("Quilliam's son", "[REDACTED] son"),  # a word is masked whole, never in part
        ("my flibbertigibbet", "my [REDACTED]"),
        ("email q.zab@fennmail.org", "email [REDACTED]"),
        ("срочно помощь, ICU", "[REDACTED], ICU"),  # words in no training example
        ("नमस्ते ICU", "[REDACTED] ICU"),
        ("你好医院预约时间", "[REDACTED]"),
        ("[QUILLIAM] [DOB]", "[REDACTED] [DOB]"),  # looks like a placeholder, is not one
    ],
)  # fmt: skip
def test_names_and_unusual_words_are_masked(text, masked):
    assert mask(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (f"ref {NUMBER}", "[REDACTED]"),
        ("my number is 9O411", "my number is [REDACTED]"),  # a look-alike letter in a number
        ("room 4 1 2", "room [REDACTED]"),  # three digits split by spaces
        ("call 5 5 5 0 1 2 3", "call [REDACTED]"),
        ("call five four one five five five", "call [REDACTED]"),
        ("nineteen eighty five", "[REDACTED]"),  # a year in words (whether "born" is kept depends on the data)
        ("nineteen-eighty-five", "[REDACTED]"),
        ("1️⃣2️⃣3️⃣ please", "[REDACTED] please"),
        ("can I visit at 10:30?", "can I visit at [REDACTED]?"),
        ("the 1,200 visitors", "the [REDACTED],[REDACTED] visitors"),
        ("١٢٣٤ and ５６７", "[REDACTED] and [REDACTED]"),
    ],
)  # fmt: skip
def test_numbers_of_three_digits_or_more_are_masked_whatever_their_shape(text, masked):
    assert mask(text) == masked


@pytest.mark.parametrize(
    "name",
    ["Quil\u200bliam", "𝐐𝐮𝐢𝐥𝐥𝐢𝐚𝐦", "Ⓠⓤⓘⓛⓛⓘⓐⓜ", "Ｑｕｉｌｌｉａｍ", "Quil\u00adliam", "Zabrowski\u2011Fenn"],
)
def test_evasions_do_not_keep_a_name(name):
    assert mask(f"my name is {name}, ICU hours?") == "my name is [REDACTED], ICU hours?"


def test_a_run_of_masked_words_becomes_one_placeholder():
    assert mask("Quilliam Zabrowski Fenn") == "[REDACTED]"
    assert mask("Quilliam\u200b  \n Fenn") == "[REDACTED]"
    assert mask(f"{PLACEHOLDER} Quilliam") == "[REDACTED]"
    # punctuation stays, and separates placeholders
    assert mask("Quilliam, Zabrowski! Fenn?") == "[REDACTED], [REDACTED]! [REDACTED]?"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("for Quilliam Martin", "for [REDACTED]"),  # "Martin" is allowed alone, not as a surname here
        ("caregiver: Quilliam Green Zabrowski", "caregiver: [REDACTED]"),
        ("[PERSON_NAME] Green, dob [DOB]", "[PERSON_NAME] [REDACTED], dob [DOB]"),
        ("Quilliam\nMartin", "[REDACTED]\nMartin"),  # another line: not the same name
        ("my Quilliam martin", "my [REDACTED] martin"),  # lower case: a word, not a surname
        ("the Main West entrance, Quilliam", "the Main West entrance, [REDACTED]"),
    ],
)  # fmt: skip
def test_a_name_word_beside_a_masked_name_goes_with_it(text, masked):
    assert mask(text) == masked


def test_punctuation_emoji_and_spacing_stay():
    assert mask("hi 👋🏽 Quilliam!!! ICU hours?? 🏥❤️\n\t(pls)") == "hi 👋🏽 [REDACTED]!!! ICU hours?? 🏥❤️\n\t(pls)"
    assert mask("  Quilliam  ") == "  [REDACTED]  "


def test_is_allowed():
    assert is_allowed("what's") and is_allowed("ICU") and is_allowed(PLACEHOLDER) and is_allowed("[CONDITION]")
    assert not is_allowed("Quilliam") and not is_allowed("90411") and not is_allowed("cancer")


def test_mask_takes_any_vocabulary(project):
    vocab = _build(project)
    assert mask("the zumbletron ward, the ICU", vocab) == "the zumbletron ward, the [REDACTED]"


ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?-/()[]#@'\"_&+",
    "αβγδεζηθικλμνξοπρστυφχψω АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
    "你好医院预约时间 こんにちは病院 안녕하세요 병원 مرحبا مستشفى שלום नमस्ते",
    "😀🙏🏽❤️👨‍👩‍👧🏥💊🩺1️⃣#️⃣½①",
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e\u0301\u0000\n\t\r",
    "０１２３４５６７８９ ٠١٢٣٤٥٦٧٨٩ OolI|",
]
PIECES = [NAME, NUMBER, "[CONDITION]", PLACEHOLDER, "[DOB]", "what are the ICU visiting hours", "don't", "24",
          "4 1 2", "nineteen eighty five", "my", "the", "Quil\u200bliam"]  # fmt: skip


def _random_texts(count: int, seed: int = 20261202) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        pieces = []
        for _ in range(rng.randint(0, 30)):
            if rng.random() < 0.3:
                pieces.append(rng.choice(PIECES))
            else:
                alphabet = rng.choice(ALPHABETS)
                pieces.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))))
        texts.append(rng.choice(["", " ", "\n", ", "]).join(pieces))
    return texts


def test_any_text_in_any_script_keeps_only_allowed_words_and_masking_twice_changes_nothing(vocab):
    samples = [
        f"I'm [CONDITION]. {NAME} here, ref {NUMBER}, what are the ICU visiting hours?",
        "Quilliam, Zabrowski! Fenn?",
        "hi 👋🏽 Quilliam!!! ICU hours?? 🏥❤️",
        "[Quilliam] [[QUILLIAM]]",
        "½ ⅔ 1⁄2",
    ]
    for text in samples + _random_texts(500):
        masked = mask(text)
        assert isinstance(masked, str)
        assert _only_allowed(masked, vocab), (text, masked)
        assert mask(masked) == masked, (text, masked)


def test_a_long_message_is_masked_to_its_end():
    # the time bound is a hang guard; mask()'s speed is measured by bench/safety.py (latency_ms.mask)
    text = ("where do i park? " * 600) + f"thanks, {NAME} {NUMBER}"
    started = time.perf_counter()
    masked = mask(text)
    assert time.perf_counter() - started < 1.0
    assert masked == ("where do i park? " * 600) + "thanks, [REDACTED]"


def test_non_text_is_returned_as_it_is():
    assert mask("") == ""
    assert mask(None) is None  # type: ignore[arg-type]


# ---------- with the rest of the privacy layer ----------


def test_the_placeholder_is_not_flagged_and_not_redacted():
    for text in (PLACEHOLDER, "my [REDACTED] has [CONDITION], what are the visiting hours for [REDACTED]?"):
        assessment = assess(text)
        assert (assessment.sensitive, assessment.crisis, assessment.findings) == (False, None, ())
        assert redact(text) == text == mask(text)


def test_a_flagged_message_screened_then_masked_loses_what_the_detectors_missed():
    text = f"I'm diabetic. {NAME} here, ref {NUMBER}, what are the ICU visiting hours?"
    assessment, redacted = screen(text)
    assert assessment.sensitive
    masked = mask(redacted)
    assert masked == "I'm [CONDITION]. [REDACTED] here, [REDACTED], what are the ICU visiting hours?"
    for part in ("Quilliam", "Zabrowski", "Fenn", "90411"):
        assert part not in masked


def _masked_examples() -> Iterator[tuple[str, str]]:
    document = yaml.safe_load((ROOT / "data" / "nlu" / "redacted.yml").read_text(encoding="utf-8"))
    for item in document["nlu"]:
        for line in item["examples"].splitlines():
            text = allowlist._ANNOTATION.sub(r"\1", line.strip()[2:])
            if PLACEHOLDER in text:
                yield item["intent"], text


def test_the_training_examples_are_in_the_form_mask_gives():
    examples = list(_masked_examples())
    intents = {intent for intent, _ in examples}
    assert len(examples) >= 80
    assert {"ask_visiting_hours", "ask_opening_hours", "ask_directions", "ask_parking", "ask_phone",
            "appointment_book", "appointment_check", "ask_medical_records", "ask_prescription_refill",
            "ask_billing", "request_human", "out_of_scope"} <= intents  # fmt: skip
    for _, text in examples:
        assert mask(text) == text, text  # e.g. no "[REDACTED] [REDACTED]": mask() never writes that


def test_rasa_reads_the_placeholder_as_one_token():
    from rasa.shared.nlu.training_data.message import Message

    from bot.tokenizer import CJKWhitespaceTokenizer

    tokenizer = CJKWhitespaceTokenizer(CJKWhitespaceTokenizer.get_default_config())
    message = Message(data={"text": "my [REDACTED] has [CONDITION], hours for [REDACTED]?"})
    tokens = [token.text for token in tokenizer.tokenize(message, "text")]
    assert tokens == ["my", "REDACTED", "has", "CONDITION", "hours", "for", "REDACTED"]
