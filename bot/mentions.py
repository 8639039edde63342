"""What a patient named in free text, found by the names the facts file gives.

NLU extracts units, departments, sites, amenities and days as entities. Doctors, insurance plans,
vaccines, what a department is also called ("MRI", "GP") and conditions ("who treats migraines")
are read here from the facts instead, so that a new doctor or plan in config/hospital.yml is
understood without retraining. A time of day ("around 9.30 pm") is read here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import time

from bot.facts.schema import HospitalFacts

# "no insurance", "I'm not insured", "uninsured", "without insurance", "don't have any insurance"
_UNINSURED = re.compile(
    r"\b(?:uninsured|not\s+insured|no\s+(?:health\s+)?insurance|without\s+(?:any\s+)?insurance"
    r"|(?:do\s*n[o']?t|dont|don't)\s+have\s+(?:any\s+)?(?:health\s+)?insurance|lost\s+my\s+insurance)\b",
    re.I,
)
# "9pm", "9.30 pm", "21:30", "at 9", "around half 7" is not read (too ambiguous)
_TIME = re.compile(
    r"\b(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|\b(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)\b",
    re.I,
)
UNINSURED = "uninsured"


@dataclass(frozen=True)
class Mentions:
    """Canonical ids (or names) of what the text names; None when it names none."""

    department: str | None = None  # by what patients call it ("GP", "MRI")
    condition_department: str | None = None  # by what its doctors treat ("migraines")
    provider: str | None = None
    vaccine: str | None = None
    plan: str | None = None  # an insurance plan's name, or UNINSURED
    language: str | None = None
    time: str | None = None  # "HH:MM"


def _words(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9+]+", " ", text.lower()).strip() + " "


def _find(text_words: str, names: dict[str, str]) -> str | None:
    """The value of the longest name found as whole words in the text (longest: "blue cross" before "blue")."""
    for name in sorted(names, key=len, reverse=True):
        if f" {name} " in text_words:
            return names[name]
    return None


def _names(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for name, value in pairs:
        key = _words(name).strip()
        if key:
            table.setdefault(key, value)
    return table


@dataclass(frozen=True)
class _Tables:
    departments: dict[str, str]
    conditions: dict[str, str]
    providers: dict[str, str]
    vaccines: dict[str, str]
    plans: dict[str, str]
    languages: dict[str, str]


def _build_tables(facts: HospitalFacts) -> _Tables:
    provider_names = []
    for provider in facts.providers:
        parts = re.sub(r"^(?:dr\.?|doctor)\s+", "", provider.name, flags=re.I).split()
        provider_names += [(provider.name, provider.id), (" ".join(parts), provider.id)]
        provider_names += [(f"{title} {parts[-1]}", provider.id) for title in ("dr", "doctor")]
    plans = (facts.insurance.accepted + facts.insurance.not_accepted) if facts.insurance else []
    return _Tables(
        departments=_names((alias, dep.id) for dep in facts.departments for alias in dep.also_called),
        conditions=_names((term, c.department) for c in facts.conditions for term in c.terms),
        providers=_names(provider_names),
        vaccines=_names((alias, v.id) for v in facts.vaccines for alias in (v.id, *v.also_called)),
        plans=_names((alias, plan.name) for plan in plans for alias in (plan.name, *plan.also_called)),
        languages=_names((lang, lang) for p in facts.providers for lang in p.languages if lang != "English"),
    )


_cached: tuple[HospitalFacts, _Tables] | None = None


def _tables(facts: HospitalFacts) -> _Tables:
    """The look-up tables of these facts, built once per version of the facts file."""
    global _cached
    if _cached is None or _cached[0] is not facts:
        _cached = (facts, _build_tables(facts))
    return _cached[1]


def _time(text: str) -> str | None:
    match = _TIME.search(text)
    if match is None:
        return None
    if match.group("hour24") is not None:
        return f"{int(match.group('hour24')):02d}:{match.group('minute24')}"
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    if hour > 12 or hour == 0:
        return None
    if match.group("half").lower().startswith("p") and hour != 12:
        hour += 12
    elif match.group("half").lower().startswith("a") and hour == 12:
        hour = 0
    return time(hour, minute).strftime("%H:%M")


def find_mentions(facts: HospitalFacts, text: str | None) -> Mentions:
    """Everything the facts can name in ``text`` (the redacted message: placeholders match nothing)."""
    if not text:
        return Mentions()
    words = _words(text)
    tables = _tables(facts)
    plan = UNINSURED if _UNINSURED.search(text) else _find(words, tables.plans)
    return Mentions(
        department=_find(words, tables.departments),
        condition_department=_find(words, tables.conditions),
        provider=_find(words, tables.providers),
        vaccine=_find(words, tables.vaccines),
        plan=plan,
        language=_find(words, tables.languages),
        time=_time(text),
    )
