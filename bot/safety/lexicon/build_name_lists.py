"""Rebuild the name, word and street-type lists in this folder (a development tool, not used at run time).

    .venv/bin/python bot/safety/lexicon/build_name_lists.py [--words /usr/share/dict/american-english]

Writes first_names.txt, surnames.txt, common_words.txt, street_types.txt and (with --words) english_words.txt.

Names come from Faker's person providers (MIT licence), every locale written in Latin script; common words from
Faker's en_US lorem provider; street types from Faker's English-locale address providers; English words from SCOWL
as packaged by Debian (`apt-get install wamerican`). See PROVENANCE.md. Without --words the existing
english_words.txt is kept.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
_LATIN_WORD = re.compile(r"[a-z\u00c0-\u024f]+(?:['-][a-z\u00c0-\u024f]+)*", re.I)
# Name particles are written in lower case inside a full name ("de la Cruz"); they are not names on their own.
_PARTICLES = frozenset(
    ["de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "les"]
    + ["van", "von", "bin", "al", "el", "st", "y", "e"]
)
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""))


def _values(value: object) -> list[str]:
    if isinstance(value, dict):
        return [key for key in value if isinstance(key, str)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [item for item in value if isinstance(item, str)]
    return []


def _tokens(names: list[str]) -> set[str]:
    found = set()
    for name in names:
        for word in name.split():
            if _LATIN_WORD.fullmatch(word) and len(word) > 1 and word.lower() not in _PARTICLES:
                found.add(word.casefold())
    return found


def faker_names() -> tuple[set[str], set[str]]:
    """(first names, surnames): a word listed by more locales as a first name than as a last name is a first name
    ("john", "thomas"), otherwise a surname ("miller", "taylor")."""
    import faker.providers.person as person

    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    for module_info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module_info.name}").Provider
        first_here: set[str] = set()
        last_here: set[str] = set()
        for attribute in dir(provider):
            if attribute.startswith("first_name") and not callable(getattr(provider, attribute)):
                first_here |= _tokens(_values(getattr(provider, attribute)))
            elif attribute.startswith("last_name") and not callable(getattr(provider, attribute)):
                last_here |= _tokens(_values(getattr(provider, attribute)))
        first.update(first_here)
        last.update(last_here)
    first_names = {word for word in first if first[word] > last[word]}
    return first_names, set(last) - first_names


# Street types that are too often ordinary capitalised words after a number ("Building 7 Main Entrance").
_AMBIGUOUS_STREET_TYPES = frozenset(
    re.findall(
        r"\S+",
        "little lower upper top part line block break round turn entrance center centre station union club mission"
        " front edge elbow follow formation distributor intersection interchange dip gap ground deviation cutting"
        " strip reserve sound range link reach ride steps stairs towers triangle pocket quad quadrant nook lookout"
        " light lights land course camp cross",
    )
)


def street_types() -> set[str]:
    """Street type words of the English-speaking locales ("Creek", "Approach", "Close"), one word each."""
    found: set[str] = set()
    for locale in ("en_US", "en_GB", "en_AU", "en_NZ", "en_IE", "en_CA", "en_IN"):
        try:
            provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        except ImportError:
            continue
        for attribute in ("street_suffixes", "street_suffix"):
            found |= {
                w.casefold() for w in _values(getattr(provider, attribute, None)) if re.fullmatch(r"[A-Za-z]+", w)
            }
    return found - _AMBIGUOUS_STREET_TYPES


def english_base_words(path: Path) -> set[str]:
    """Lower-case dictionary words (proper nouns are capitalised there), without inflections whose base is kept."""
    words = {w for w in path.read_text(encoding="utf-8").split() if re.fullmatch(r"[a-z]{2,}", w)}

    def base(word: str) -> str:
        for suffix, replacement in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = word[: -len(suffix)] + replacement
                if stem in words:
                    return stem
        return word

    return {word for word in words if base(word) == word}


def write(path: Path, header: str, words: set[str]) -> None:
    path.write_text(header + "".join(f"{word}\n" for word in sorted(words)), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=Path, help="SCOWL word list, e.g. /usr/share/dict/american-english")
    args = parser.parse_args()
    first, last = faker_names()
    note = "# Generated by build_name_lists.py from Faker's person providers (MIT); see PROVENANCE.md.\n"
    write(HERE / "first_names.txt", note, first)
    write(HERE / "surnames.txt", note, last)
    from faker.providers.lorem.en_US import Provider as Lorem

    lorem = "# Generated by build_name_lists.py from Faker's en_US lorem word list (MIT); see PROVENANCE.md.\n"
    write(HERE / "common_words.txt", lorem, {word.lower() for word in Lorem.word_list})
    write(
        HERE / "street_types.txt",
        "# Generated by build_name_lists.py from Faker's English-locale street suffixes"
        " (USPS Publication 28 C1, Australia Post street types; MIT); see PROVENANCE.md.\n",
        street_types(),
    )
    if args.words:
        header = "# Generated by build_name_lists.py from SCOWL (Debian wamerican); see PROVENANCE.md.\n"
        write(HERE / "english_words.txt", header, english_base_words(args.words))


if __name__ == "__main__":
    main()
