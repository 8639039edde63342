"""Identifier detection (dob, ssn, mrn, insurance_id, phone, email, address, person_name) on normalised text."""

from __future__ import annotations

import re

try:  # the phonenumbers library is preferred; a regex keeps the module usable without it
    import phonenumbers
except ImportError:  # pragma: no cover - exercised only where phonenumbers is missing
    phonenumbers = None

RawFinding = tuple[str, int, int]  # (kind, start, end) in normalised text

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_DATE = (
    r"(?:(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:19|20)?\d{2}"  # 04/12/1985
    r"|(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?\d{2}"  # 12.04.1985
    r"|(?:19|20)\d{2}[/.-](?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])"  # 1985-04-12
    rf"|{_MONTH}\s+{_DAY},?\s+(?:19|20)?\d{{2}}"  # April 12 1985
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)?\d{{2}})"  # 12 Apr 85
)
_DOB_CONTEXT = r"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?|birthday)"
_DOB_AFTER_CONTEXT = re.compile(
    rf"{_DOB_CONTEXT}[\s:=,\-]*(?:(?:is|was|on|the|it's)\s+){{0,3}}(?P<date>{_DATE})(?!\d)", re.I
)
_DOB_BEFORE_CONTEXT = re.compile(
    rf"(?<!\d)(?P<date>{_DATE})(?!\d)[\s,]*(?:(?:is|it's|was)\s+)?(?:my|his|her)?\s*{_DOB_CONTEXT}", re.I
)

_SSN_FORMATTED = re.compile(r"(?<![\d-])(\d{3})(?: ?- ?| )(\d{2})(?: ?- ?| )(\d{4})(?![\d-])")
_SSN_BARE = re.compile(
    r"\b(?:ssn|social(?:\s+security)?(?:\s+(?:number|no\.?|#))?|ss#)\b[^\d\n]{0,15}?(?<!\d)(\d{9})(?!\d)", re.I
)

_ALNUM_ID = r"(?P<id>[A-Za-z0-9](?:[A-Za-z0-9-]{2,18})[A-Za-z0-9])"
_MRN = re.compile(
    r"\b(?:mrn|medical\s+record\s+(?:number|no\.?|#)|record\s+(?:number|no\.?|#)|patient\s+(?:id|number|no\.?|#)"
    r"|chart\s+number)\b[\s:#.=-]*(?:is\s+|was\s+)?#?\s*" + _ALNUM_ID + r"(?![\w])",
    re.I,
)
_INSURANCE = re.compile(
    r"\b(?:member\s+(?:id|number|no\.?|#)|insurance\s+(?:id|number|no\.?|#)|policy\s+(?:number|no\.?|#|id)"
    r"|subscriber\s+(?:id|number|no\.?|#)|group\s+(?:number|no\.?|#)|medicare\s+(?:number|id)|medicaid\s+(?:number|id))"
    r"\b[\s:#.=-]*(?:is\s+|was\s+)?#?\s*" + _ALNUM_ID + r"(?![\w])",
    re.I,
)

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")

_PHONE_FALLBACK = re.compile(r"(?<![\d\w])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)")

_STREET_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter"
    r"|circle|cir|parkway|pkwy|highway|hwy|square|sq)"
)
_NOT_STREET_WORD = (
    r"(?!(?:the|a|an|on|in|at|of|to|for|my|your|his|her|and|or|with|is|was|are|times|pills|tablets|mg|ml|days"
    r"|weeks|months|years|hours|minutes|mins|kids|children|doctors|different|other|more|of)\b)"
)
_ADDRESS = re.compile(
    rf"(?<![\w$:/.])\d{{1,6}}[a-z]?\s+(?:{_NOT_STREET_WORD}[A-Za-z0-9][\w'.-]*\s+){{1,4}}?{_STREET_SUFFIX}\b\.?"
    r"(?:,?\s*(?:apt|apartment|unit|suite|ste|#)\.?\s*#?\s*[A-Za-z0-9-]+)?",
    re.I,
)

_NAME_WORD_STOP = (
    r"(?!(?:and|but|or|i|im|is|was|my|the|a|an|here|calling|writing|not|so|very|having|feeling|still|also|just|in|at"
    r"|on|from|with|to|for|of|this|that|it|me)\b)"
)
_NAME_WORD = rf"{_NAME_WORD_STOP}[A-Za-z][a-z'-]+"
_MY_NAME_IS = re.compile(rf"\bmy\s+name\s+is\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})", re.I)
_PATIENT_NAME = re.compile(
    r"\b(?i:patient|patient's\s+name(?:\s+is)?|patient\s+name(?:\s+is)?|name\s*:)\s*(?P<name>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2})"
)
_NAME_CONTEXT_IDENTIFIERS = frozenset({"dob", "ssn", "mrn", "insurance_id", "phone", "email", "address"})


def _valid_ssn(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


def _find_dob(text: str) -> list[RawFinding]:
    found = [("dob", m.start("date"), m.end("date")) for m in _DOB_AFTER_CONTEXT.finditer(text)]
    found += [("dob", m.start("date"), m.end("date")) for m in _DOB_BEFORE_CONTEXT.finditer(text)]
    return found


def _find_ssn(text: str) -> list[RawFinding]:
    found = [("ssn", m.start(), m.end()) for m in _SSN_FORMATTED.finditer(text) if _valid_ssn(*m.groups())]
    for match in _SSN_BARE.finditer(text):
        digits = match.group(1)
        if _valid_ssn(digits[:3], digits[3:5], digits[5:]):
            found.append(("ssn", match.start(1), match.end(1)))
    return found


def _find_contextual_id(text: str, pattern: re.Pattern[str], kind: str, min_digits: int) -> list[RawFinding]:
    found = []
    for match in pattern.finditer(text):
        token = match.group("id")
        if sum(char.isdigit() for char in token) >= min_digits and len(token.replace("-", "")) >= 5:
            found.append((kind, match.start("id"), match.end("id")))
    return found


def _find_phone(text: str) -> list[RawFinding]:
    if sum(char.isdigit() for char in text) < 7:
        return []
    if phonenumbers is not None:
        return [("phone", m.start, m.end) for m in phonenumbers.PhoneNumberMatcher(text, "US")]
    return [("phone", m.start(), m.end()) for m in _PHONE_FALLBACK.finditer(text)]  # pragma: no cover


def _find_person_name(text: str, other_kinds: set[str]) -> list[RawFinding]:
    found = []
    has_other_identifier = bool(other_kinds & _NAME_CONTEXT_IDENTIFIERS)
    for match in _MY_NAME_IS.finditer(text):
        if has_other_identifier or len(match.group("name").split()) >= 2:
            found.append(("person_name", match.start("name"), match.end("name")))
    if has_other_identifier:
        found += [("person_name", m.start("name"), m.end("name")) for m in _PATIENT_NAME.finditer(text)]
    return found


def _overlaps(span: RawFinding, others: list[RawFinding]) -> bool:
    return any(span[1] < other[2] and other[1] < span[2] for other in others)


def find_identifiers(text: str) -> list[RawFinding]:
    """All identifier findings in the (normalised) text."""
    structured = _find_dob(text) + _find_ssn(text)
    structured += _find_contextual_id(text, _MRN, "mrn", min_digits=4)
    structured += _find_contextual_id(text, _INSURANCE, "insurance_id", min_digits=2)
    emails = [("email", m.start(), m.end()) for m in _EMAIL.finditer(text)]
    phones = [p for p in _find_phone(text) if not _overlaps(p, structured + emails)]
    addresses = [("address", m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    addresses = [a for a in addresses if not _overlaps(a, structured + phones + emails)]
    found = structured + emails + phones + addresses
    return found + _find_person_name(text, {kind for kind, _, _ in found})
