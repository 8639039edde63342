"""Requests of the secure chat: answer checks, read-back, what next, encrypted task."""

from __future__ import annotations

import re
import sqlite3
from datetime import date

from bot import patient_requests as requests
from bot.storage.database import Database
from bot.storage.models import StaffTask

TODAY = date(2026, 11, 22)


def test_departments_are_matched_by_name_or_a_word_of_the_answer(facts):
    assert requests.check_department("Cardiology", facts).value == "cardiology"
    assert requests.check_department("cardiology please", facts).value == "cardiology"
    refused = requests.check_department("the moon", facts)
    assert refused.value is None and facts.department("cardiology").name in refused.problem


def test_dates_of_birth_must_be_real_full_and_past():
    assert requests.check_dob("04/12/1985", TODAY).value == "1985-04-12"
    assert requests.check_dob("April 12, 1985", TODAY).value == "1985-04-12"
    for bad in ("yesterday", "04/12", "31/31/1985", "04/12/2030", "banana"):
        assert requests.check_dob(bad, TODAY).value is None, bad


def test_phones_are_validated_and_normalised():
    assert requests.check_phone("(971) 404-3321").value == "+19714043321"
    assert requests.check_phone("+44 20 7946 0958").value == "+442079460958"
    assert requests.check_phone("12345").value is None


def test_names_need_a_first_and_last_name_in_letters():
    assert requests.check_name("my name is María  López").value == "María López"
    assert requests.check_name("Jean-Luc O'Neil").value == "Jean-Luc O'Neil"
    for bad in ("Maria", "R2 D2", "x" * 400):
        assert requests.check_name(bad).value is None, bad


def test_the_read_back_shows_every_answer_in_plain_words(facts):
    values = {
        "request_department": "cardiology", "request_when": "weekday mornings", "patient_name": "Maria Lopez",
        "patient_dob": "1985-04-12", "patient_phone": "+19714043321", "request_reason": "follow-up",
    }
    text = requests.read_back(requests.REQUESTS["appointment_request"], values, facts)
    for shown in ("Department: Cardiology", "When: weekday mornings", "Name: Maria Lopez",
                  "Date of birth: April 12, 1985", "Phone: (971) 404-3321", "Reason: follow-up", "(yes / no)"):
        assert shown in text


def test_a_submitted_task_is_stored_encrypted(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'app.db'}")
    details = {"patient_name": "Maria Lopez", "patient_dob": "1985-04-12"}
    task_id = requests.submit(db, "secure-1", requests.REQUESTS["appointment_request"], details)
    assert b"Maria Lopez" not in (tmp_path / "app.db").read_bytes()
    with db.session() as session:
        task = session.get(StaffTask, task_id)
        assert (task.kind, task.queue, task.status) == ("appointment_request", "scheduling", "open")
        assert requests.task_details(task) == details
    with sqlite3.connect(tmp_path / "app.db") as connection:
        assert connection.execute("SELECT count(*) FROM staff_tasks").fetchone() == (1,)


def test_every_request_has_questions_labels_a_form_and_a_plain_next_step(facts):
    for request in requests.REQUESTS.values():
        assert request.form.endswith("_form") and request.fields
        for field in request.fields:
            assert "?" in requests.QUESTIONS[field] and requests.LABELS[field]
        next_step = requests.what_next(request, facts)
        assert next_step.startswith("Sent") and re.search(r"\(541\) 555-01\d\d", next_step)


def test_a_refill_read_back_names_the_refill_line(facts):
    values = {"refill_medication": "lisinopril 10 mg", "refill_pharmacy": "Walgreens, Riverbend",
              "patient_name": "Ann Lee", "patient_dob": "1950-01-02", "patient_phone": "+442079460958"}
    text = requests.read_back(requests.REQUESTS["refill_request"], values, facts)
    assert "Medication: lisinopril 10 mg" in text and "Phone: +44 20 7946 0958" in text
    assert text.endswith("Shall I send it to the refill line? (yes / no)")
