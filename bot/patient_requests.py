"""Requests patients make in the secure chat: what is asked, how answers are checked, the
read-back, and the task staff receive (details encrypted at rest).

Today: the appointment request (department, preferred days and times, name, date of birth,
phone, reason). Each check returns the cleaned value, or None with a plain reason to ask again.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime

import phonenumbers
from dateutil import parser as date_parser

from bot.answers import resolve
from bot.facts.schema import HospitalFacts
from bot.secure.keys import store_cipher
from bot.storage.database import Database
from bot.storage.models import StaffTask

APPOINTMENT_FIELDS = ("request_department", "request_when", "patient_name", "patient_dob", "patient_phone",
                      "request_reason")
MAX_ANSWER_CHARS = 300
_NAME = re.compile(r"^[^\W\d_]+(?:[ '\-.][^\W\d_]+)+\.?$")


@dataclass(frozen=True)
class Checked:
    value: str | None
    problem: str | None = None


def questions(facts: HospitalFacts) -> dict[str, str]:
    return {
        "request_department": "Which department would you like an appointment with?",
        "request_when": "Which days and times suit you best? (for example: weekday mornings, or Tuesday after 2 pm)",
        "patient_name": "What is the patient's full name?",
        "patient_dob": "What is the patient's date of birth? (for example: 04/12/1985)",
        "patient_phone": "Which phone number should Central Scheduling call?",
        "request_reason": "Briefly, what is the appointment for?",
    }


def _too_long(text: str) -> Checked | None:
    if len(text) > MAX_ANSWER_CHARS:
        return Checked(None, f"That's a bit long for this form: please keep it under {MAX_ANSWER_CHARS} characters.")
    return None


def check_department(text: str, facts: HospitalFacts) -> Checked:
    """A department of the facts file, by id, name or a word of the answer ("cardiology please")."""
    found = resolve(text, facts.departments)
    if found is None:
        words = re.findall(r"[\w'-]+", text.lower())
        spans = [" ".join(words[i : i + n]) for n in (3, 2, 1) for i in range(len(words) - n + 1)]
        found = next((item for span in spans if len(span) > 2 and (item := resolve(span, facts.departments))), None)
    if found is None:
        names = ", ".join(d.name for d in facts.departments)
        return Checked(None, f"I couldn't match that to one of our departments: {names}.")
    return Checked(found.id)


def check_when(text: str) -> Checked:
    return _too_long(text) or (Checked(text.strip()) if text.strip() else Checked(None, "Which days and times?"))


def check_name(text: str) -> Checked:
    name = " ".join(text.split())
    if too_long := _too_long(name):
        return too_long
    name = re.sub(r"^(?:my name is|i'?m|i am|this is|it'?s|name:?)\s+", "", name, flags=re.I)
    if not _NAME.match(name):
        return Checked(None, "Please give the first and last name, in letters (for example: Maria Lopez).")
    return Checked(name)


def check_dob(text: str, today: date) -> Checked:
    """A real date of birth in the past, month first as in the US (04/12/1985 is April 12)."""
    if too_long := _too_long(text):
        return too_long
    try:
        born = date_parser.parse(text, dayfirst=False, fuzzy=True, default=datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        return Checked(None, "I couldn't read that date. Please write it like 04/12/1985.")
    if not re.search(r"\b(?:1[89]|20)\d{2}\b", text) or born > today or born.year < 1900:
        return Checked(None, "Please give the full date of birth, with the year (for example: 04/12/1985).")
    return Checked(born.isoformat())


def check_phone(text: str) -> Checked:
    if too_long := _too_long(text):
        return too_long
    try:
        number = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        return Checked(None, "That doesn't look like a phone number I can pass on. Please include the area code.")
    return Checked(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def check_reason(text: str) -> Checked:
    return _too_long(text) or (Checked(text.strip()) if text.strip() else Checked(None, "What is it for?"))


def read_back(values: dict[str, str | None], facts: HospitalFacts) -> str:
    department = facts.department(values.get("request_department") or "")
    born = values.get("patient_dob")
    phone = values.get("patient_phone") or ""
    shown_phone = phonenumbers.format_number(phonenumbers.parse(phone, "US"), phonenumbers.PhoneNumberFormat.NATIONAL) \
        if phone else ""
    lines = [
        "Here is your appointment request:",
        f"Department: {department.name if department else values.get('request_department')}",
        f"When: {values.get('request_when')}",
        f"Name: {values.get('patient_name')}",
        f"Date of birth: {date.fromisoformat(born).strftime('%B %-d, %Y') if born else ''}",
        f"Phone: {shown_phone}",
        f"Reason: {values.get('request_reason')}",
        "Shall I send it to Central Scheduling? (yes / no)",
    ]
    return "\n".join(lines)


def what_next(facts: HospitalFacts) -> str:
    a = facts.appointments
    return (
        "Sent. Central Scheduling will call you at the number you gave to agree a time, usually within one "
        f"business day (they work {a.hours.describe()}). If you need them sooner, call {a.phone}."
    )


def submit(db: Database, conversation_id: str, kind: str, queue: str, details: dict[str, str | None]) -> int:
    """Store a task for staff, its details encrypted; its id."""
    ciphertext = store_cipher().encrypt(json.dumps(details, ensure_ascii=False).encode("utf-8"))
    with db.session() as session:
        task = StaffTask(conversation_id=conversation_id, kind=kind, queue=queue, status="open", details=ciphertext)
        session.add(task)
        session.flush()
        return task.id


def task_details(task: StaffTask) -> dict[str, str | None]:
    return json.loads(store_cipher().decrypt(task.details))
