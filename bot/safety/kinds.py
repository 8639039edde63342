"""The kinds the safety check names: a crisis (Crisis) and a sensitive finding (FindingKind).

Both subclass `str`: a member is stored, logged, compared, hashed and sent as JSON exactly as its plain
value ("self_harm", "dob"), so the message flags, escalations, metadata and data files keep the same
strings, and a plain string read back from any of them equals (and finds, as a dict key) its member.

>>> Crisis.SELF_HARM == "self_harm", str(Crisis.SELF_HARM), f"{FindingKind.DOB}".upper()
(True, 'self_harm', 'DOB')
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class _Kind(str, Enum):
    """A str whose value is its only text: str(), format(), JSON and hash are those of the value."""

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, spec: str) -> str:
        return str.__format__(str.__str__(self), spec)

    __hash__ = str.__hash__

    @classmethod
    def parse(cls, value: Any) -> Any:
        """The member whose value `value` is, or None for anything else (None, a typo, a non-string)."""
        try:
            return cls(value) if isinstance(value, str) else None
        except ValueError:
            return None


class Crisis(_Kind):
    """What a crisis message is; the reply differs (the emergency number or the crisis line)."""

    MEDICAL_EMERGENCY = "medical_emergency"
    SELF_HARM = "self_harm"


class FindingKind(_Kind):
    """What a sensitive span of a message is; redacted as [KIND] ("[DOB]")."""

    # identifiers
    ADDRESS = "address"
    DOB = "dob"
    EMAIL = "email"
    INSURANCE_ID = "insurance_id"
    MRN = "mrn"
    PERSON_NAME = "person_name"
    PHONE = "phone"
    SSN = "ssn"
    # health details
    CONDITION = "condition"
    MEDICATION = "medication"
    MENTAL_HEALTH = "mental_health"
    PREGNANCY = "pregnancy"
    SYMPTOM = "symptom"
    TEST_RESULT = "test_result"


IDENTIFIER_KINDS: tuple[FindingKind, ...] = (
    FindingKind.ADDRESS, FindingKind.DOB, FindingKind.EMAIL, FindingKind.INSURANCE_ID, FindingKind.MRN,
    FindingKind.PERSON_NAME, FindingKind.PHONE, FindingKind.SSN,
)
HEALTH_KINDS: tuple[FindingKind, ...] = (
    FindingKind.CONDITION, FindingKind.MEDICATION, FindingKind.MENTAL_HEALTH, FindingKind.PREGNANCY,
    FindingKind.SYMPTOM, FindingKind.TEST_RESULT,
)
# The finding a crisis span is redacted as when no other finding covers it.
CRISIS_FINDING_KIND: dict[Crisis, FindingKind] = {
    Crisis.MEDICAL_EMERGENCY: FindingKind.SYMPTOM,
    Crisis.SELF_HARM: FindingKind.MENTAL_HEALTH,
}
