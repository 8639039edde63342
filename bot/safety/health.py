"""Health disclosures: lexicon and pattern matches that are about the sender, not negated, not figurative."""

from __future__ import annotations

import re
from pathlib import Path

from bot.safety.context import MessageContext

RawFinding = tuple[str, int, int]
LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
LEXICON_FILES = {
    "condition": "conditions.txt",
    "symptom": "symptoms.txt",
    "medication": "medications.txt",
    "mental_health": "mental_health.txt",
    "test_result": "test_results.txt",
}


def load_terms(filename: str) -> list[str]:
    """Terms of one lexicon file: one per line, lower case, '#' comments and blank lines skipped."""
    lines = (LEXICON_DIR / filename).read_text(encoding="utf-8").splitlines()
    return sorted({line.strip().lower() for line in lines if line.strip() and not line.startswith("#")})


def _term_pattern(term: str) -> str:
    """Regex for a term: spaces and hyphens interchangeable, apostrophes optional."""
    parts = []
    for char in term:
        if char in " -":
            parts.append(r"[\s-]*")
        elif char == "'":
            parts.append("'?")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def compile_lexicon(terms: list[str]) -> re.Pattern[str]:
    """One case-insensitive whole-word alternation, longest terms first, with optional plural s/es."""
    alternatives = "|".join(_term_pattern(term) for term in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?:e?s)?(?![\w])", re.I)


LEXICONS: dict[str, re.Pattern[str]] = {kind: compile_lexicon(load_terms(f)) for kind, f in LEXICON_FILES.items()}

_LAB_NAME = (
    r"(?:blood\s+)?(?:sugar|sugars|glucose|a1c|hba1c|blood\s+pressure|bp|cholesterol|ldl|hdl|triglycerides|potassium"
    r"|sodium|h(?:a)?emoglobin|psa|tsh|inr|creatinine|egfr|oxygen|o2|sats?|saturation|temperature|temp|heart\s+rate"
    r"|pulse|viral\s+load|cd4(?:\s+count)?|platelets?|white\s+(?:blood\s+)?(?:cell\s+)?count|wbc|iron|ferritin"
    r"|vitamin\s+d|bmi|blood\s+count|ketones|hcg|levels?)"
)
PATTERNS: dict[str, re.Pattern[str]] = {
    "test_result": re.compile(
        rf"\b{_LAB_NAME}(?:\s+(?:level|levels|reading|count|numbers?))?\s*"
        r"(?:(?:is|was|were|are|'s|came\s+back|at|of|reads?|read|=|:|went\s+up\s+to|dropped\s+to|hit|still|only"
        r"|about|around|over|under|like|reading)\s*){0,3}\d+(?:[./]\d+)?(?:\s*(?:%|mg/dl|mmol(?:/l)?|degrees))?"
        r"|\btested\s+(?:positive|negative)(?:\s+for\s+[\w-]+)?"
        r"|\b(?:test|tests|swab|scan|biopsy|results?|labs?|bloodwork|blood\s+work)\s+(?:came\s+back|was|is|were|are)"
        r"\s+(?:positive|negative|abnormal|high|low|bad|not\s+good|malignant|benign|cancerous)",
        re.I,
    ),
    "pregnancy": re.compile(
        r"\b(?:pregnant|pregnancy|pregnancies|expecting\s+(?:a\s+baby|a\s+child|twins|triplets|our\s+first|my\s+first)"
        r"|\d+\s+weeks\s+(?:along|pregnant)|weeks\s+along|miscarri(?:age|ed)|morning\s+sickness|prenatal|antenatal"
        r"|my\s+ob[\s-]?gyn|my\s+midwife|trimester)\b",
        re.I,
    ),
}
# A health term followed by one of these nouns names a service ("flu shot", "diabetes clinic"), not a disclosure.
_SERVICE_NOUN = re.compile(
    r"\s*(?:shots?|vaccines?|vaccinations?|jabs?|boosters?|clinics?|wards?|units?|departments?|dept|cent(?:er|re)s?"
    r"|specialists?|screenings?|testing|tests?|awareness|education|class(?:es)?|support\s+groups?|programs?"
    r"|programmes?|teams?|nurses?|doctors?|services?|research|patients|papers?|paperwork|summar(?:y|ies)|forms?"
    r"|appointments?|visits?|letters?)\b",
    re.I,
)


def _keep(context: MessageContext, kind: str, start: int, end: int) -> bool:
    if context.is_figurative(start, end):
        return False
    if _SERVICE_NOUN.match(context.text, end):
        return False
    if kind != "test_result" and context.is_negated(start):
        return False
    return context.is_about_sender(start)


def find_health(context: MessageContext) -> list[RawFinding]:
    """Health disclosure findings about the sender (or someone they speak for) in the normalised text."""
    found: list[RawFinding] = []
    for kind, pattern in (*LEXICONS.items(), *PATTERNS.items()):
        for match in pattern.finditer(context.text):
            if _keep(context, kind, match.start(), match.end()):
                found.append((kind, match.start(), match.end()))
    return found
