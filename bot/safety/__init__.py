"""Safety checks for patient messages: sensitive-data findings, crisis detection and redaction.

Finding kinds: dob, ssn, mrn, insurance_id, phone, email, address, person_name, condition,
symptom, medication, test_result, pregnancy, mental_health.

>>> assess("my DOB is 04/12/1985").findings
(Finding(kind='dob', start=10, end=20),)
>>> redact("my DOB is 04/12/1985")
'my DOB is [DOB]'
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from bot.safety.context import MessageContext
from bot.safety.crisis import MEDICAL_EMERGENCY, SELF_HARM, find_crisis
from bot.safety.health import find_health
from bot.safety.identifiers import find_identifiers
from bot.safety.normalise import normalise

__all__ = ["Assessment", "Finding", "MAX_CHARS", "assess", "redact", "redact_strings", "screen"]

MAX_CHARS = 5000  # longer messages are assessed (and redacted) on their first MAX_CHARS characters only
_CRISIS_FINDING_KIND = {MEDICAL_EMERGENCY: "symptom", SELF_HARM: "mental_health"}


@dataclass(frozen=True)
class Finding:
    """One sensitive span: kind and [start, end) character offsets into the original text."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Assessment:
    """Result of assess(): whether the message is sensitive, any crisis, and the findings."""

    sensitive: bool
    crisis: str | None
    findings: tuple[Finding, ...]

    @property
    def kinds(self) -> list[str]:
        """Sorted unique finding kinds."""
        return sorted({finding.kind for finding in self.findings})


def _overlaps(start: int, end: int, spans: list[tuple[str, int, int]]) -> bool:
    return any(start < other_end and other_start < end for _, other_start, other_end in spans)


def assess(text: str) -> Assessment:
    """Find identifiers, health disclosures and crises in a message (first MAX_CHARS characters)."""
    if not isinstance(text, str) or not text:
        return Assessment(sensitive=False, crisis=None, findings=())
    normalised = normalise(text[:MAX_CHARS])
    context = MessageContext(normalised.text)
    health = find_health(context)
    # A full name is an identifier when given with another identifier or a health detail.
    raw = find_identifiers(normalised.text, {kind for kind, _, _ in health}) + health
    crisis, crisis_spans = find_crisis(context)
    for crisis_type, start, end in crisis_spans:
        kind = _CRISIS_FINDING_KIND[crisis_type]
        # self-harm always carries mental_health, even where a drug is named ("stockpiling my Percocet")
        covering = raw if crisis_type == MEDICAL_EMERGENCY else [span for span in raw if span[0] == kind]
        if not _overlaps(start, end, covering):
            raw.append((kind, start, end))
    findings: dict[tuple[str, int, int], Finding] = {}  # one span can carry two kinds ("gestational diabetes")
    for kind, start, end in raw:
        original_start, original_end = normalised.span(start, end)
        findings.setdefault((kind, original_start, original_end), Finding(kind, original_start, original_end))
    ordered = tuple(sorted(findings.values(), key=lambda f: (f.start, -f.end)))
    return Assessment(sensitive=bool(ordered), crisis=crisis, findings=ordered)


def _merge(findings: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    """Merge overlapping findings into one span whose kind is that of the longest (then first) member."""
    merged: list[tuple[int, int, Finding]] = []  # (start, end, representative finding)
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if merged and finding.start < merged[-1][1]:
            start, end, representative = merged[-1]
            if finding.end - finding.start > representative.end - representative.start:
                representative = finding
            merged[-1] = (start, max(end, finding.end), representative)
        else:
            merged.append((finding.start, finding.end, finding))
    return [Finding(rep.kind, start, end) for start, end, rep in merged]


def _replace_findings(chunk: str, findings: tuple[Finding, ...]) -> str:
    pieces: list[str] = []
    cursor = 0
    for finding in _merge(findings):
        pieces.append(chunk[cursor : finding.start])
        pieces.append(f"[{finding.kind.upper()}]")
        cursor = finding.end
    pieces.append(chunk[cursor:])
    return "".join(pieces)


def redact(text: str) -> str:
    """The text with each finding replaced by [KIND]; overlapping findings become one placeholder.

    Text longer than MAX_CHARS is redacted chunk by chunk so that no part of it is left unchecked.
    """
    if not isinstance(text, str) or not text:
        return text
    return "".join(
        _replace_findings(chunk, assess(chunk).findings)
        for chunk in (text[i : i + MAX_CHARS] for i in range(0, len(text), MAX_CHARS))
    )


def screen(text: str) -> tuple[Assessment, str]:
    """assess(text) and redact(text) at once, assessing the text only once when it fits in MAX_CHARS."""
    assessment = assess(text)
    if not isinstance(text, str) or len(text) > MAX_CHARS:
        return assessment, redact(text)
    return assessment, _replace_findings(text, assessment.findings)


def redact_strings(value: Any, keep: Collection[str] = ()) -> Any:
    """A copy of a JSON-like value with every string redacted, except the values of keys in `keep`."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_strings(item, keep) for item in value]
    if isinstance(value, dict):
        return {key: item if key in keep else redact_strings(item, keep) for key, item in value.items()}
    return value
