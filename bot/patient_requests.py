"""Requests patients make in the secure chat: what is asked, how answers are checked, the
read-back, and the task staff receive (details encrypted at rest).

Four requests, each a Rasa form (config/domain.yml) over shared and own slots:
  appointment  department, preferred days and times, name, date of birth, phone, reason
  refill       medication, pharmacy, name, date of birth, phone
  records      which records, how to receive them, name, date of birth, phone
  care         the question (the message that started it), name, date of birth, phone
Every form ends with `request_confirmed`: the read-back ("Shall I send it?"), answered yes or
no (checked here, not by NLU, so that "ok", "nope" or "yes please" are read the same anywhere).
Each check returns the cleaned value, or None with a plain reason to ask again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import phonenumbers
from dateutil import parser as date_parser

from bot.answers import resolve
from bot.facts.schema import HospitalFacts
from bot.secure.keys import store_cipher
from bot.storage.database import Database
from bot.storage.models import StaffTask

MAX_ANSWER_CHARS = 300
_NAME = re.compile(r"^[^\W\d_]+(?:[ '\-.][^\W\d_]+)+\.?$")


@dataclass(frozen=True)
class Checked:
    value: str | None
    problem: str | None = None


@dataclass(frozen=True)
class RequestKind:
    kind: str
    form: str
    queue: str
    title: str  # "appointment request"
    team: str  # who receives it, as the patient is told
    fields: tuple[str, ...]


REQUESTS = {
    request.kind: request
    for request in (
        RequestKind("appointment_request", "appointment_request_form", "scheduling", "appointment request",
                    "Central Scheduling",
                    ("request_department", "request_when", "patient_name", "patient_dob", "patient_phone",
                     "request_reason")),
        RequestKind("refill_request", "refill_request_form", "pharmacy", "prescription refill request",
                    "the refill line", ("refill_medication", "refill_pharmacy", "patient_name", "patient_dob",
                                        "patient_phone")),
        RequestKind("records_request", "records_request_form", "records", "medical records request",
                    "Medical Records", ("records_what", "records_delivery", "patient_name", "patient_dob",
                                        "patient_phone")),
        RequestKind("care_question", "care_question_form", "nurse_line", "question for our nurses", "our nurses",
                    ("care_question", "patient_name", "patient_dob", "patient_phone")),
    )
}
BY_FORM = {request.form: request for request in REQUESTS.values()}
# Answer topics that, asked in the public chat, are offered as a request in the secure chat; and the
# intent that starts each there (topics are named after answers, intents after what patients say).
TOPIC_REQUESTS = {"appointment_book": "appointment_request", "prescription_refill": "refill_request",
                  "medical_records": "records_request"}
TOPIC_INTENTS = {"appointment_book": "appointment_book", "prescription_refill": "ask_prescription_refill",
                 "medical_records": "ask_medical_records"}
OFFERS = {
    "appointment_request": "I can take your appointment request here, and Central Scheduling will call you.",
    "refill_request": "I can send a refill request to our refill line from here.",
    "records_request": "I can send a records request to Medical Records from here.",
    "care_question": "I can't give medical advice in chat, but I can pass your question to our nurses.",
}
ALL_FIELDS = tuple(dict.fromkeys(field for request in REQUESTS.values() for field in request.fields))
CONFIRMATION = "request_confirmed"
_YES = re.compile(
    r"^(?:y|yes|yeah|yea|yep|yup|ya|sure|ok|okay|k|correct|right|confirm(?:ed)?|send(?: it)?|go ahead|please do|"
    r"that'?s (?:right|correct)|looks (?:good|right)|absolutely|of course|definitely|👍)(?!\w)", re.I)
_NO = re.compile(
    r"^(?:n|no|nope|nah|don'?t|do not|not|wrong|incorrect|cancel|stop|never ?mind|wait|hold on|that'?s (?:wrong|not)|"
    r"👎)(?!\w)", re.I)

QUESTIONS = {
    "request_department": "Which department would you like an appointment with?",
    "request_when": "Which days and times suit you best? (for example: weekday mornings, or Tuesday after 2 pm)",
    "request_reason": "Briefly, what is the appointment for?",
    "refill_medication": "Which medication (and strength, if you know it) do you need refilled?",
    "refill_pharmacy": "Which pharmacy should it go to? (name and town)",
    "records_what": "Which records do you need? (for example: lab results from March, or my full chart)",
    "records_delivery": "How would you like to receive them: in MyChart, by mail, or sent to another doctor?",
    "care_question": "What would you like to ask our nurses?",
    "patient_name": "What is the patient's full name?",
    "patient_dob": "What is the patient's date of birth? (for example: 04/12/1985)",
    "patient_phone": "Which phone number should we call if we need to?",
}
LABELS = {
    "request_department": "Department", "request_when": "When", "request_reason": "Reason",
    "refill_medication": "Medication", "refill_pharmacy": "Pharmacy", "records_what": "Records",
    "records_delivery": "Send by", "care_question": "Question", "patient_name": "Name",
    "patient_dob": "Date of birth", "patient_phone": "Phone",
}


def _too_long(text: str) -> Checked | None:
    if len(text) > MAX_ANSWER_CHARS:
        return Checked(None, f"That's a bit long for this form: please keep it under {MAX_ANSWER_CHARS} characters.")
    return None


def check_text(text: str) -> Checked:
    """Free text: present and not too long."""
    return _too_long(text) or (Checked(text.strip()) if text.strip() else Checked(None, "Could you tell me that?"))


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


def check_confirmation(text: str) -> Checked:
    """"yes" or "no" to the read-back; anything else is asked again."""
    answer = text.strip().lower()
    if _NO.match(answer):
        return Checked("no")
    if _YES.match(answer):
        return Checked("yes")
    return Checked(None, 'Please answer "yes" to send it, or "no" to leave it unsent.')


def checker(field: str, facts: HospitalFacts, today: date) -> Callable[[str], Checked]:
    """The check for one form field."""
    special: dict[str, Callable[[str], Checked]] = {
        "request_department": lambda text: check_department(text, facts),
        "patient_name": check_name,
        "patient_dob": lambda text: check_dob(text, today),
        "patient_phone": check_phone,
        CONFIRMATION: check_confirmation,
    }
    return special.get(field, check_text)


def _shown(field: str, value: str | None, facts: HospitalFacts) -> str:
    if not value:
        return ""
    if field == "request_department":
        department = facts.department(value)
        return department.name if department else value
    if field == "patient_dob":
        return date.fromisoformat(value).strftime("%B %-d, %Y")
    if field == "patient_phone":
        number = phonenumbers.parse(value, "US")
        region = phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 1 else \
            phonenumbers.PhoneNumberFormat.INTERNATIONAL
        return phonenumbers.format_number(number, region)
    return value


def read_back(request: RequestKind, values: dict[str, str | None], facts: HospitalFacts) -> str:
    lines = [f"Here is your {request.title}:"]
    lines += [f"{LABELS[field]}: {_shown(field, values.get(field), facts)}" for field in request.fields]
    lines.append(f"Shall I send it to {request.team}? (yes / no)")
    return "\n".join(lines)


def what_next(request: RequestKind, facts: HospitalFacts) -> str:
    if request.kind == "appointment_request":
        a = facts.appointments
        return (
            "Sent. Central Scheduling will call you at the number you gave to agree a time, usually within one "
            f"business day (they work {a.hours.describe()}). If you need them sooner, call {a.phone}."
        )
    if request.kind == "refill_request":
        desk = facts.prescription_refills
        return (
            "Sent to the refill line. They will send it to your pharmacy or call you if they need to check "
            f"something. Questions: {desk.phone} ({desk.hours.describe()})."
        )
    if request.kind == "records_request":
        desk = facts.medical_records
        return (
            f"Sent to Medical Records, who will contact you about it. Questions: {desk.phone} "
            f"({desk.hours.describe()})."
        )
    nurse = facts.nurse_line or facts.human_team
    return (
        f"Sent to our nurses, who will call you back at the number you gave. If it gets worse or you are worried, "
        f"call {nurse.phone}; in an emergency, call {facts.emergency.number}."
    )


def submit(db: Database, conversation_id: str, request: RequestKind, details: dict[str, str | None]) -> int:
    """Store a task for staff, its details encrypted; its id."""
    ciphertext = store_cipher().encrypt(json.dumps(details, ensure_ascii=False).encode("utf-8"))
    with db.session() as session:
        task = StaffTask(conversation_id=conversation_id, kind=request.kind, queue=request.queue, status="open",
                         details=ciphertext)
        session.add(task)
        session.flush()
        return task.id


def task_details(task: StaffTask) -> dict[str, str | None]:
    return json.loads(store_cipher().decrypt(task.details))
