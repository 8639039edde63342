"""Deny by default once flagged: a flagged message keeps only words of the assistant's own vocabulary.

The span detectors (bot.safety.assess / redact) miss some details: an unusual name, a number of an unexpected
shape, a detail in a long post. Once a message is flagged (sensitive or crisis), its span-redacted text goes
through `mask()`: every word that is not in the vocabulary becomes a placeholder, so what the detectors missed
cannot reach Rasa, the tracker store, the staff queue, review items or logs. The secure chat keeps the whole
text (encrypted); NLU is trained on the masked form (data/nlu/redacted.yml).

>>> mask("I'm [CONDITION]. Quilliam Zabrowski-Fenn here, ref RX-77-Q-90411-B, what are ICU visiting hours?")
"I'm [CONDITION]. [REDACTED] here, [REDACTED], what are ICU visiting hours?"

**The vocabulary** is built once per process, on first use (about 0.15 s), from the project's files, so a
trainer's new examples count from the next start (`reload()` rebuilds it at once):

* every word of the NLU training examples and synonyms (data/nlu/**/*.yml), entity annotations reduced to their
  text ("[ICU](unit)" gives "icu", not "unit");
* the words of the facts file's string values (HOSPITAL_FACTS_PATH, via bot.settings) and of the domain's
  response texts, if any;
* lexicon/function_words.txt: English function words and everyday chat words (provenance in PROVENANCE.md);

minus every word with 3 or more digits ("1200", "24/7") and every word bot.safety's word rules flag on its own
("cancer", "fever": a health word that slipped into the data never becomes allowed; the learned classifier is not
asked, a lone word means nothing to it). A source that cannot be read is logged and skipped: fewer words are
allowed, never more.

**Words** are compared lower-cased after bot.safety.normalise (NFKC, zero-width characters dropped, look-alike
digits such as "9O411", spelled-out and spaced digits). A word is a run of letters, digits and combining marks;
inner connectors (' . / @ : & + # and any dash) join runs into one word ("what's", "follow-up", "RX-77-Q-90411-B",
"jane.doe@mail.org"), which is kept whole when it is in the vocabulary, or when each of its parts is and it has
fewer than 3 digits; otherwise the whole word is masked, never a part of it. Numbers: a word with 3+ digits is
always masked ("90411", "1️⃣2️⃣3️⃣"), and so are numbers split by spaces or punctuation ("4 1 2", "nineteen eighty
five") when they hold 3+ digits between them. Known placeholders stay ([CONDITION], [DOB]... of bot.safety, and those
of the training data); any other bracketed upper-case word ("[QUILLIAM]") is masked. Punctuation, whitespace,
emoji and symbols stay. A run of masked words separated only by whitespace becomes one placeholder, so the
number of words of a name does not show.

**Placeholder: `[REDACTED]`.** It has the shape of bot.safety's placeholders ([KIND]): the NLU
tokenizer (bot/tokenizer.py, Rasa's WhitespaceTokenizer) strips the brackets and gives one token, "REDACTED", as it
does for "[CONDITION]"; bot.training.validate accepts it in examples like the other placeholders; bot.safety does
not flag it; and staff reading a queue preview or a review item understand it. It is not a finding kind, so the text
still tells "a detail the detectors found" ([CONDITION]) from "a word outside the vocabulary" ([REDACTED]).
Shorter forms were rejected: "[X]" reads like a letter ("x-ray", "Building X"), and a bracket or symbol alone
("[?]", "…") is dropped by the tokenizer, so NLU would not see that something was there.

A capitalised first name or surname of the name lists that is also an allowed word ("Martin", "Green") is masked
when it stands beside a capitalised masked word or a found name on the same line ("Osman Martin", "[PERSON_NAME]
Green"): there it is the rest of a name.

Limitations: a name that is also an allowed word ("Will", "Rose", "Mark") is kept when alone, and so is a detail
made only of allowed words; mask() narrows what can leak, the span detectors still do the finding.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml

from bot.safety.evaluation import ALL_KINDS
from bot.safety.identifiers import is_listed_name, is_name_word
from bot.safety.normalise import ZERO_WIDTH, normalise
from bot.settings import PROJECT_ROOT, load_settings

__all__ = ["PLACEHOLDER", "Vocabulary", "build_vocabulary", "is_allowed", "mask", "reload", "vocabulary"]

logger = logging.getLogger(__name__)

PLACEHOLDER = "[REDACTED]"
MAX_DIGITS = 2  # a word (or run of numbers) with more digits than this is never allowed
LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
FUNCTION_WORDS_PATH = LEXICON_DIR / "function_words.txt"
NLU_DIR = "data/nlu"
DOMAIN_PATH = "config/domain.yml"

_WORD = r"[\p{L}\p{N}][\w\p{M}]*"  # starts with a letter or digit: a lone mark (the U+FE0F of "❤️") is not a word
_CONNECTORS = r"['./@:&+#\p{Pd}]"  # \p{Pd}: any dash
# A placeholder such as [CONDITION] (checked against the known ones), or a word with its inner connectors.
_TOKEN = regex.compile(rf"(?P<placeholder>\[[A-Z][A-Z0-9_]*\])|{_WORD}(?:{_CONNECTORS}+{_WORD})*")
_PART = regex.compile(_WORD)
_NUMERIC = regex.compile(r"\p{N}")
_HAS_CONNECTOR = regex.compile(_CONNECTORS)
# Rasa's entity annotation: "[text]" directly followed by "(entity)", "{...}" or "[...]".
_ANNOTATION = regex.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\])")
# Number words count as one digit each in a run of numbers ("nineteen eighty five").
NUMBER_WORDS = frozenset((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
))  # fmt: skip
KIND_PLACEHOLDERS = frozenset(f"[{kind.upper()}]" for kind in ALL_KINDS)


@dataclass(frozen=True)
class Vocabulary:
    """The allowed words (lower case, normalised), the placeholders that stay, and what was left out and why."""

    words: frozenset[str]
    placeholders: frozenset[str]
    numbers: dict[str, int] = field(default_factory=dict, compare=False)  # digits a word stands for, when any
    excluded: frozenset[str] = frozenset()  # words of the sources that bot.safety's rules flag on their own
    sources: tuple[str, ...] = ()  # the files read
    build_seconds: float = 0.0
    problems: tuple[str, ...] = field(default=(), compare=False)  # sources that could not be read

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.lower() in self.words


# ---------- building the vocabulary ----------


def _digits(word: str) -> int:
    return len(_NUMERIC.findall(word))


def _words_of(text: str) -> Iterator[str]:
    """The words of a text as mask() sees them (lower case, normalised): each word and each of its parts."""
    for match in _TOKEN.finditer(normalise(_ANNOTATION.sub(r"\1", text)).text):
        if match.group("placeholder"):
            continue
        word = match.group().lower()
        yield word
        parts = _PART.findall(word)
        if len(parts) > 1:
            yield from parts


def _placeholders_of(text: str) -> Iterator[str]:
    """The placeholders written in a training example ("[CONDITION]"), entity annotations aside."""
    if "[" in text:
        plain = _ANNOTATION.sub(r"\1", text)
        yield from (match.group() for match in _TOKEN.finditer(plain) if match.group("placeholder"))


def _strings(value: Any) -> Iterator[str]:
    """Every string value (not key) of a parsed YAML document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _load_yaml(path: Path) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader


def _nlu_texts(document: Any) -> Iterator[str]:
    """Examples of intents, synonyms and lookup tables (not regexes) of a Rasa NLU file."""
    items = document.get("nlu") if isinstance(document, dict) else None
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or "regex" in item:
            continue
        examples = item.get("examples")
        if isinstance(examples, str):
            for line in examples.splitlines():
                if line.lstrip().startswith("-"):
                    yield line.lstrip()[1:]
        elif isinstance(examples, list):
            for entry in examples:
                text = entry.get("text") if isinstance(entry, dict) else entry
                if isinstance(text, str):
                    yield text
        if isinstance(item.get("synonym"), str):
            yield item["synonym"]


def _domain_texts(document: Any) -> Iterator[str]:
    responses = document.get("responses") if isinstance(document, dict) else None
    yield from _strings(responses or {})


def _function_words(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def _flagged(word: str) -> bool:
    """True when bot.safety's word rules flag the word on its own: a finding (health detail, identifier) or a
    crisis. The learned classifier is not asked: its message-level score means nothing for a lone word."""
    from bot.safety import read_rules  # here, not at the top: bot.safety imports this module

    reading = read_rules(word)
    return bool(reading.findings) or reading.crisis is not None


def build_vocabulary(
    root: Path = PROJECT_ROOT, facts_path: Path | None = None, function_words: Path = FUNCTION_WORDS_PATH
) -> Vocabulary:
    """Read the sources (see the module docstring) under a project root; facts_path defaults to the setting."""
    started = time.perf_counter()
    facts = facts_path if facts_path is not None else load_settings().paths.facts_path
    nlu = root / NLU_DIR
    nlu_files = sorted(p for p in nlu.rglob("*") if p.suffix in (".yml", ".yaml") and p.is_file())
    # (file, its texts, whether it is training data, whose placeholders are then known)
    sources: list[tuple[Path, Callable[[Path], Iterable[str]], bool]] = [
        *((path, lambda p: _nlu_texts(_load_yaml(p)), True) for path in nlu_files),
        (facts, lambda p: _strings(_load_yaml(p)), False),
        (root / DOMAIN_PATH, lambda p: _domain_texts(_load_yaml(p)), False),
        (function_words, _function_words, False),
    ]
    candidates: set[str] = set()
    everyday: set[str] = set()  # the function words: names among them ("will") stay allowed
    placeholders = set(KIND_PLACEHOLDERS | {PLACEHOLDER})
    read: list[str] = []
    problems: list[str] = []
    for path, texts_of, training in sources:
        try:
            texts = list(texts_of(path))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            logger.warning("Allow-list: could not read %s (%s); its words are not allowed", path, type(error).__name__)
            problems.append(f"{path}: {type(error).__name__}")
            continue
        read.append(str(path))
        for text in texts:
            candidates.update(_words_of(text))
            if training:
                placeholders.update(_placeholders_of(text))
            if path == function_words:
                everyday.update(_words_of(text))
    candidates = {word for word in candidates if _digits(word) <= MAX_DIGITS}
    # a person's name is never allowed, even where the facts name a doctor: "Chen" or "Claire" in a flagged
    # message may be the patient's own name
    excluded = frozenset(word for word in candidates if _flagged(word) or (is_name_word(word) and word not in everyday))
    words = frozenset(candidates - excluded)
    return Vocabulary(
        words=words,
        numbers={word: weight for word in words if (weight := _weight(word))},
        placeholders=frozenset(placeholders),
        excluded=excluded,
        sources=tuple(read),
        build_seconds=time.perf_counter() - started,
        problems=tuple(problems),
    )


_lock = threading.Lock()
_cached: Vocabulary | None = None


def vocabulary() -> Vocabulary:
    """This process's vocabulary, built from the project's files on first use."""
    global _cached
    if _cached is None:
        with _lock:
            if _cached is None:
                _cached = build_vocabulary()
                logger.info(
                    "Allow-list: %d words from %d files in %.0f ms",
                    len(_cached.words),
                    len(_cached.sources),
                    _cached.build_seconds * 1000,
                )
    return _cached


def reload() -> Vocabulary:
    """Rebuild the vocabulary from the files now (e.g. after new training examples)."""
    global _cached
    with _lock:
        _cached = build_vocabulary()
    return _cached


def is_allowed(word: str, vocab: Vocabulary | None = None) -> bool:
    """True when mask() leaves this word (or text) as it is."""
    return mask(word, vocab) == word


# ---------- masking ----------


def _weight(word: str) -> int:
    """How many digits a word (lower case) stands for: its digits, and one per number word ("twenty-four": 2)."""
    if word in NUMBER_WORDS:
        return 1
    digits = _digits(word)
    if _HAS_CONNECTOR.search(word):
        digits += sum(part in NUMBER_WORDS for part in _PART.findall(word))
    return digits


def _unlisted(word: str, words: frozenset[str]) -> tuple[bool, int]:
    """For a word (lower case) that is not itself in the vocabulary: whether it is kept (each of its parts is in
    it, and it has at most MAX_DIGITS digits) and how many digits it stands for."""
    weight = _weight(word)
    if not _HAS_CONNECTOR.search(word) or _digits(word) > MAX_DIGITS:
        return False, weight
    return all(part in words for part in _PART.findall(word)), weight


def _blank(gap: str) -> bool:
    return all(char.isspace() or char in ZERO_WIDTH for char in gap)


_NAME_PLACEHOLDER = "[PERSON_NAME]"


def _capitalised_word(token: str) -> bool:
    return token[:1].isupper() and token[:1].isalpha()


def _mask_name_neighbours(text: str, spans: list[tuple[int, int]], kept: list[bool]) -> None:
    """A capitalised name of the name lists that is also an allowed word ("Martin", "Green") goes with the
    capitalised masked word or the found name beside it on the same line: in "Osman Martin" or "[PERSON_NAME] Green"
    it is the rest of a name, not the assistant's vocabulary."""

    def joins(left: int, right: int) -> bool:
        gap = text[spans[left][1] : spans[right][0]]
        return _blank(gap) and "\n" not in gap

    def masked_name(index: int) -> bool:
        token = text[spans[index][0] : spans[index][1]]
        return token == _NAME_PLACEHOLDER or (not kept[index] and _capitalised_word(token))

    changed = True
    while changed:
        changed = False
        for index, (start, end) in enumerate(spans):
            token = text[start:end]
            if not kept[index] or not _capitalised_word(token) or not is_listed_name(token):
                continue
            if (index > 0 and joins(index - 1, index) and masked_name(index - 1)) or (
                index + 1 < len(spans) and joins(index, index + 1) and masked_name(index + 1)
            ):
                kept[index] = False
                changed = True


def mask(text: str, vocab: Vocabulary | None = None) -> str:
    """The text with every word outside the vocabulary masked (see the module docstring). Idempotent."""
    if not isinstance(text, str) or not text:
        return text
    if vocab is None:
        vocab = vocabulary()
    words, numbers, placeholders = vocab.words, vocab.numbers, vocab.placeholders
    normalised = normalise(text)
    spans: list[tuple[int, int]] = []  # each token's span in the normalised text
    kept: list[bool] = []
    weights: list[int] = []
    for token in _TOKEN.finditer(normalised.text):
        raw = token.group()
        if raw[0] == "[":  # a placeholder: known ones stay; ours counts as a masked word, so that runs join
            keep, weight = raw in placeholders and raw != PLACEHOLDER, 0
        else:
            word = raw.lower()
            keep, weight = (True, numbers.get(word, 0)) if word in words else _unlisted(word, words)
        spans.append(token.span())
        kept.append(keep)
        weights.append(weight)
    if not spans:
        return text
    # Runs of numbers ("4 1 2", "nineteen eighty five") with more than MAX_DIGITS digits between them: all masked.
    run_start = 0
    for index in range(len(spans) + 1):
        if index < len(spans) and weights[index]:
            continue
        if index - run_start > 1 and sum(weights[run_start:index]) > MAX_DIGITS:
            kept[run_start:index] = [False] * (index - run_start)
        run_start = index + 1
    _mask_name_neighbours(normalised.text, spans, kept)
    # Back to the original text. Tokens that meet there (one character folded into two, like "½") become one
    # segment, masked if either is.
    segments: list[list[Any]] = []  # [start, end, keep] in the original text
    for (start, end), keep in zip(spans, kept, strict=True):
        start, end = normalised.span(start, end)
        if segments and start < segments[-1][1]:
            segments[-1][1] = max(segments[-1][1], end)
            segments[-1][2] = segments[-1][2] and keep
        else:
            segments.append([start, end, keep])
    pieces: list[str] = []
    cursor = 0
    previous_masked = False
    for start, end, keep in segments:
        gap = text[cursor:start]
        if keep:
            pieces += [gap, text[start:end]]
        elif not (previous_masked and _blank(gap)):  # else the run of masked words goes on: one placeholder
            pieces += [gap, PLACEHOLDER]
        previous_masked = not keep
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
