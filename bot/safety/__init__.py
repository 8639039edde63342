"""Safety checks for patient messages: sensitive-data findings, crisis detection and redaction.

Finding kinds (bot.safety.kinds.FindingKind, a str): dob, ssn, mrn, insurance_id, phone, email, address,
person_name, condition, symptom, medication, test_result, pregnancy, mental_health. Crisis kinds
(bot.safety.kinds.Crisis, a str): medical_emergency, self_harm.

>>> assess("my DOB is 04/12/1985").findings
(Finding(kind=<FindingKind.DOB: 'dob'>, start=10, end=20),)
>>> redact("my DOB is 04/12/1985")
'my DOB is [DOB]'
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from bot.safety.classifier import Classifier, Scores
from bot.safety.classifier import shipped as shipped_classifier
from bot.safety.context import MessageContext
from bot.safety.crisis import DISMISSED, NEGATED, find_crisis
from bot.safety.health import find_health
from bot.safety.identifiers import find_identifiers
from bot.safety.kinds import CRISIS_FINDING_KIND, Crisis, FindingKind
from bot.safety.normalise import Normalised, normalise

__all__ = [
    "Assessment",
    "Finding",
    "MAX_CHARS",
    "RuleReading",
    "assess",
    "decide",
    "read_rules",
    "redact",
    "redact_strings",
    "screen",
]

MAX_CHARS = 5000  # longer messages are assessed (and redacted) on their first MAX_CHARS characters only
FIGURATIVE = "figurative"  # "this traffic is killing me"
VETO_MAX_WORDS = 25  # up to about two sentences, the rules' dismissal of a health word overrules the model
# A model this sure of a crisis outweighs the rules' judgement that a crisis word does not count (in the past,
# negated, someone else's): on the third held-out crisis file 12 of 34 missed emergencies were reports the model
# was sure of ("is it a seizure if... started 10 minutes ago", "Teacher here. ... his arm went limp") and that one
# dismissed clause silenced. A negation ("she denies chest pain") or a figurative reading ("this traffic is
# killing me") still wins: a bag-of-words model cannot see either.
SURE_OF_CRISIS = 0.95


@dataclass(frozen=True)
class Finding:
    """One sensitive span: kind and [start, end) character offsets into the original text."""

    kind: FindingKind
    start: int
    end: int


@dataclass(frozen=True)
class Assessment:
    """Result of assess(): whether the message is sensitive, any crisis, and the findings.

    `sensitive` can be true with no findings: the learned classifier flagged the whole message.
    """

    sensitive: bool
    crisis: Crisis | None
    findings: tuple[Finding, ...]

    @property
    def kinds(self) -> list[str]:
        """Sorted unique finding kinds."""
        return sorted({finding.kind for finding in self.findings})


def _overlaps(start: int, end: int, spans: list[tuple[str, int, int]]) -> bool:
    return any(start < other_end and other_start < end for _, other_start, other_end in spans)


@dataclass(frozen=True)
class RuleReading:
    """What the word rules make of a message, before the learned model has its say."""

    normalised: Normalised
    findings: tuple[Finding, ...]
    crisis: Crisis | None
    # kinds of mentions seen and judged not to count: "crisis" for crisis cues, FIGURATIVE for an idiom
    dismissed: frozenset[str]


def read_rules(text: str) -> RuleReading:
    """The rules' findings and crisis for a message (first MAX_CHARS characters), without the model."""
    normalised = normalise(text[:MAX_CHARS])
    context = MessageContext(normalised.text)
    health = find_health(context)
    # A full name is an identifier when given with another identifier or a health detail.
    raw = find_identifiers(normalised.text, {kind for kind, _, _ in health}) + health
    crisis, crisis_spans = find_crisis(context)
    for crisis_type, start, end in crisis_spans:
        kind = CRISIS_FINDING_KIND[crisis_type]
        # self-harm always carries mental_health, even where a drug is named ("stockpiling my Percocet")
        covering = raw if crisis_type == Crisis.MEDICAL_EMERGENCY else [span for span in raw if span[0] == kind]
        if not _overlaps(start, end, covering):
            raw.append((kind, start, end))
    findings: dict[tuple[str, int, int], Finding] = {}  # one span can carry two kinds ("gestational diabetes")
    for kind, start, end in raw:
        original_start, original_end = normalised.span(start, end)
        finding = Finding(FindingKind(kind), original_start, original_end)
        findings.setdefault((kind, original_start, original_end), finding)
    ordered = tuple(sorted(findings.values(), key=lambda f: (f.start, -f.end)))
    dismissed = {kind for kind, _, _ in context.dismissed} | ({FIGURATIVE} if context.figurative_spans else set())
    return RuleReading(normalised, ordered, crisis, frozenset(dismissed))


def decide(reading: RuleReading, scores: Scores) -> Assessment:
    """Rules and model together: either one flags a message.

    The model can add a flag the word rules missed (a disclosure in a long post, a crisis said
    indirectly); it never removes one. But where the rules saw a health or crisis word and judged
    that it does not count (negated, figurative, someone else's, in the past), their reading of the
    sentence wins over the bag-of-words model's: for a crisis unless the model is SURE_OF_CRISIS (a
    negation or a figurative reading always), for sensitivity in messages of up to VETO_MAX_WORDS words.
    """
    crisis = reading.crisis
    if crisis is None and reading.dismissed.isdisjoint({FIGURATIVE, NEGATED}):
        model_crisis = scores.crisis
        if DISMISSED not in reading.dismissed or (model_crisis and getattr(scores, model_crisis) >= SURE_OF_CRISIS):
            crisis = model_crisis
    # in a short message the dismissed word is the message ("my dog has diabetes"); a long post can say more
    # than the one thing the rules judged ("my friend's depression... and since my own diagnosis I can't sleep")
    veto = bool(reading.dismissed - {DISMISSED, NEGATED}) and len(reading.normalised.text.split()) <= VETO_MAX_WORDS
    model_sensitive = scores.flagged("sensitive") and not veto
    sensitive = bool(reading.findings) or crisis is not None or model_sensitive
    return Assessment(sensitive=sensitive, crisis=crisis, findings=reading.findings)


def assess(text: str, classifier: Classifier | None = None) -> Assessment:
    """Find identifiers, health disclosures and crises in a message (first MAX_CHARS characters).

    `classifier` defaults to the shipped model (bot/safety/model/); benchmarks pass others.
    """
    if not isinstance(text, str) or not text:
        return Assessment(sensitive=False, crisis=None, findings=())
    reading = read_rules(text)
    scores = (classifier or shipped_classifier()).score(reading.normalised.text)
    return decide(reading, scores)


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


def _deny_by_default(redacted: str, flagged: bool) -> str:
    """Once a message is flagged, only the assistant's own vocabulary stays readable (bot.safety.allowlist)."""
    if not flagged:
        return redacted
    from bot.safety.allowlist import mask  # imported here: the allow-list itself uses the detector

    return mask(redacted)


def redact(text: str, deny_by_default: bool = True) -> str:
    """The text with each finding replaced by [KIND] (overlapping findings become one placeholder), and
    when anything in it is flagged, every word outside the allow-list masked too (unless
    `deny_by_default` is false: log lines, whose message texts bot.log_privacy replaces whole anyway).

    Text longer than MAX_CHARS is redacted chunk by chunk so that no part of it is left unchecked.
    """
    if not isinstance(text, str) or not text:
        return text
    chunks = [text[i : i + MAX_CHARS] for i in range(0, len(text), MAX_CHARS)]
    assessments = [assess(chunk) for chunk in chunks]
    flagged = deny_by_default and any(a.sensitive for a in assessments)  # a crisis is always sensitive
    return "".join(
        _deny_by_default(_replace_findings(chunk, a.findings), flagged)
        for chunk, a in zip(chunks, assessments, strict=True)
    )


def screen(text: str) -> tuple[Assessment, str]:
    """assess(text) and redact(text) at once, assessing the text only once when it fits in MAX_CHARS."""
    assessment = assess(text)
    if not isinstance(text, str) or len(text) > MAX_CHARS:
        return assessment, redact(text)
    return assessment, _deny_by_default(_replace_findings(text, assessment.findings), assessment.sensitive)


def redact_strings(value: Any, keep: Collection[str] = ()) -> Any:
    """A copy of a JSON-like value with every string redacted, except the values of keys in `keep`. A string met
    twice is read once (a user event holds its text twice: "text" and "parse_data.text")."""
    done: dict[str, str] = {}

    def copy(item: Any) -> Any:
        if isinstance(item, str):
            if item not in done:
                done[item] = redact(item)
            return done[item]
        if isinstance(item, list):
            return [copy(member) for member in item]
        if isinstance(item, dict):
            return {key: member if key in keep else copy(member) for key, member in item.items()}
        return item

    return copy(value)
