"""The hospital's own public contact details and national public numbers, which are not sensitive.

Phone numbers, email addresses and street addresses are read from the facts file (config/hospital.yml, or the
path in HOSPITAL_FACTS_PATH: bot.settings) with plain YAML, to keep bot.safety free of the facts schema. The file is
re-read when it changes. If it cannot be read, no hospital detail is public (fail safe: everything stays sensitive);
the national numbers (911, 988, poison control) are public regardless.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from typing import Any

import yaml

from bot.settings import load_paths

FACTS_PATH_ENV = "HOSPITAL_FACTS_PATH"  # the variable bot.settings takes the path from

# Emergency, 988 Suicide & Crisis Lifeline, Poison Control, the former National Suicide Prevention Lifeline.
NATIONAL_NUMBERS = frozenset({"911", "988", "8002221222", "8002738255"})

_STREET_ABBREVIATIONS = {
    "street": "st", "avenue": "ave", "av": "ave", "road": "rd", "boulevard": "blvd", "lane": "ln", "drive": "dr",
    "court": "ct", "place": "pl", "terrace": "ter", "circle": "cir", "parkway": "pkwy", "highway": "hwy",
    "square": "sq", "north": "n", "south": "s", "east": "e", "west": "w",
}  # fmt: skip
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_PHONE_KEY = re.compile(r"(?:^|_)(?:phone|fax|number|line|poison_control)$")
_URL_HOST = re.compile(r"^https?://(?:www\.)?([^/:]+)")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster on a cold cache
RECHECK_SECONDS = 2.0  # how often the facts file's modification time is looked at


@dataclass(frozen=True)
class PublicContacts:
    """Canonical forms: phone digits without the NANP country code, lower-case emails, canonical streets."""

    phones: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()
    email_domains: frozenset[str] = frozenset()
    streets: frozenset[str] = frozenset()
    staff_surnames: frozenset[str] = frozenset()  # the facts' doctors, casefolded: "okafor" of "Dr. Amara Okafor"


def phone_digits(text: str) -> str:
    """The digits of a phone number, without a leading NANP country code 1 (also dialled as 001 or 011 1)."""
    digits = re.sub(r"\D", "", text)
    for prefix in ("0111", "001", "1"):
        if len(digits) == 10 + len(prefix) and digits.startswith(prefix):
            return digits[len(prefix) :]
    return digits


def canonical_street(text: str) -> str:
    """'1200 River Road' and '1200 river rd.' both become '1200 river rd'."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " ".join(_STREET_ABBREVIATIONS.get(word, word) for word in words)


def _walk(node: Any, key: str, found: dict[str, set[str]]) -> None:
    if isinstance(node, dict):
        for child_key, child in node.items():
            _walk(child, str(child_key), found)
    elif isinstance(node, list):
        for child in node:
            _walk(child, key, found)
    elif isinstance(node, (str, int)):
        value = str(node)
        for match in _EMAIL.finditer(value):
            found["emails"].add(match.group().lower())
            found["email_domains"].add(match.group(1).lower())
        if _PHONE_KEY.search(key) and re.fullmatch(r"[\d\s()+.-]{3,}", value):
            found["phones"].add(phone_digits(value))
        elif key == "address":
            found["streets"].add(canonical_street(value.split(",")[0]))
        elif key == "website" and (host := _URL_HOST.match(value)):
            found["email_domains"].add(host.group(1).lower())


def contacts_from_facts(raw: Any) -> PublicContacts:
    """Public contact details found anywhere in the parsed facts (keys named *phone, *number, address...)."""
    found: dict[str, set[str]] = {"phones": set(), "emails": set(), "email_domains": set(), "streets": set()}
    _walk(raw, "", found)
    providers = raw.get("providers") if isinstance(raw, dict) else None
    found["staff_surnames"] = {
        str(provider["name"]).split()[-1].casefold()
        for provider in providers or []
        if isinstance(provider, dict) and str(provider.get("name") or "").strip()
    }
    return PublicContacts(**{name: frozenset(values) for name, values in found.items()})


def facts_path() -> str:
    """The facts file named by HOSPITAL_FACTS_PATH (relative to the project root), or config/hospital.yml."""
    return str(load_paths().facts_path)


_cache: tuple[tuple[str, int], PublicContacts] | None = None
_checked: tuple[str, float] | None = None  # (path, monotonic time) of the last look at the file


def public_contacts() -> PublicContacts:
    """The hospital's public contacts, re-read when the facts file changes; empty if it cannot be read."""
    global _cache, _checked
    path = facts_path()
    now = time.monotonic()
    if _cache is not None and _checked is not None and _checked[0] == path and now - _checked[1] < RECHECK_SECONDS:
        return _cache[1]
    try:
        key = (path, os.stat(path).st_mtime_ns)
        if _cache is None or _cache[0] != key:
            with open(path, encoding="utf-8") as handle:
                _cache = (key, contacts_from_facts(yaml.load(handle, Loader=_YAML_LOADER)))
    except (OSError, yaml.YAMLError, ValueError):
        _cache, _checked = None, None
        return PublicContacts()
    _checked = (path, now)
    return _cache[1]


def reset_cache() -> None:
    """Forget the cached contacts, so that the next look-up reads the file again (for tests)."""
    global _cache, _checked
    _cache, _checked = None, None


def is_public_phone(text: str) -> bool:
    """A national public number, or one of the hospital's (also written without its area code)."""
    digits = phone_digits(text)
    if digits in NATIONAL_NUMBERS:
        return True
    phones = public_contacts().phones
    return digits in phones or (len(digits) == 7 and any(len(p) == 10 and p.endswith(digits) for p in phones))


def is_public_email(address: str) -> bool:
    """One of the hospital's addresses, or any address at one of its domains."""
    address = address.lower()
    contacts = public_contacts()
    domain = address.rpartition("@")[2]
    return address in contacts.emails or any(
        domain == known or domain.endswith("." + known) for known in contacts.email_domains
    )


def is_staff_surname(word: str) -> bool:
    """The surname of one of the hospital's doctors in the facts file ("Okafor"): staff, whose names are public."""
    return word.casefold() in public_contacts().staff_surnames


def is_public_street(text: str) -> bool:
    """A street address that starts with one of the hospital's (number, street name and type)."""
    street = canonical_street(text)
    return any(street == known or street.startswith(known + " ") for known in public_contacts().streets)
