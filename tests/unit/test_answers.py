"""Answers say exactly what the facts file says, and change when it changes."""

from datetime import datetime, timezone

import pytest
import yaml

from bot.answers import FOLLOW_UP_TOPICS, TOPICS, Context, answer, days_for
from bot.facts import load_facts
from tests.conftest import FACTS_PATH

# A Wednesday, 10:00 in Riverbend (UTC-8 in November).
WEDNESDAY_MORNING = datetime(2026, 11, 25, 18, 0, tzinfo=timezone.utc)
SUNDAY_MORNING = datetime(2026, 11, 22, 18, 0, tzinfo=timezone.utc)


def test_every_topic_renders_a_short_plain_answer(facts):
    for topic in TOPICS:
        text = answer(topic, facts, Context(), WEDNESDAY_MORNING)
        assert text and len(text) < 1500, topic
        assert "{" not in text and "None" not in text, topic


def test_unit_visiting_hours_and_rules_come_from_the_facts(facts):
    text = answer("visiting_hours", facts, Context(unit="icu"), WEDNESDAY_MORNING)
    icu = facts.unit("icu")
    assert icu.visiting_hours.describe() in text
    assert all(rule in text for rule in icu.rules)


@pytest.mark.parametrize("said", ["icu", "ICU", "intensive care", "Intensive Care Unit", "intensiv care"])
def test_unit_names_are_understood_in_several_forms(facts, said):
    assert facts.unit("icu").name in answer("visiting_hours", facts, Context(unit=said), WEDNESDAY_MORNING)


def test_a_day_narrows_the_hours(facts):
    text = answer("visiting_hours", facts, Context(unit="surgical", day="weekends"), WEDNESDAY_MORNING)
    assert facts.unit("surgical").visiting_hours.describe(["saturday", "sunday"]) in text
    assert "Monday" not in text


def test_today_and_tomorrow_are_read_in_the_hospital_time_zone():
    # 02:00 UTC on Thursday is still Wednesday evening in Riverbend.
    late_wednesday = datetime(2026, 11, 26, 2, 0, tzinfo=timezone.utc).astimezone(load_facts(FACTS_PATH).tz)
    assert days_for("today", late_wednesday) == ["wednesday"]
    assert days_for("tomorrow", late_wednesday) == ["thursday"]
    assert days_for("sat", late_wednesday) == ["saturday"]


def test_general_visiting_hours_list_every_unit(facts):
    text = answer("visiting_hours", facts, Context(), WEDNESDAY_MORNING)
    assert all(unit.visiting_hours.describe() in text for unit in facts.units)


def test_an_unknown_unit_is_said_plainly(facts):
    text = answer("visiting_hours", facts, Context(unit="space station"), WEDNESDAY_MORNING)
    assert text.startswith("I don't know that unit")


def test_department_phone_hours_and_directions(facts):
    cardiology = facts.department("cardiology")
    assert cardiology.phone in answer("phone", facts, Context(department="cardiology"), WEDNESDAY_MORNING)
    assert cardiology.hours.describe() in answer("opening_hours", facts, Context(department="cardiology"),
                                                 WEDNESDAY_MORNING)
    where = answer("directions", facts, Context(department="cardiology"), WEDNESDAY_MORNING)
    assert cardiology.location in where and facts.site(cardiology.site).address in where


def test_emergency_department_hours(facts):
    text = answer("opening_hours", facts, Context(unit="emergency"), WEDNESDAY_MORNING)
    assert text.startswith(f"Emergency Department: {facts.emergency_department.hours.describe()}")


def test_an_entity_of_only_punctuation_or_emoji_matches_nothing(facts):
    assert answer("phone", facts, Context(unit="🏥!!"), WEDNESDAY_MORNING).startswith("Useful numbers")


def test_short_forms_match_whole_words_only(facts):
    # "er" is inside "maternity": a substring match would send an ER question to maternity.
    assert answer("phone", facts, Context(unit="er"), WEDNESDAY_MORNING).startswith("Useful numbers")


def test_parking_lists_garages_rates_and_accessible_parking(facts):
    text = answer("parking", facts, Context(), WEDNESDAY_MORNING)
    assert all(g.name in text and g.rates in text for g in facts.parking.garages)
    assert facts.parking.accessible in text
    north = answer("parking", facts, Context(site="north clinic"), WEDNESDAY_MORNING)
    assert "Visitor Garage P1 (" not in north and "North Clinic lot (" in north


def test_appointments_and_cancellation_policy(facts):
    appts = facts.appointments
    assert appts.book in answer("appointment_book", facts, Context(), WEDNESDAY_MORNING)
    cancel = answer("appointment_cancel", facts, Context(), WEDNESDAY_MORNING)
    assert appts.cancel in cancel and appts.cancellation_policy in cancel and appts.phone in cancel
    assert appts.cancellation_policy not in answer("appointment_check", facts, Context(), WEDNESDAY_MORNING)


def test_billing_records_refills_and_amenities(facts):
    assert facts.billing.phone in answer("billing", facts, Context(), WEDNESDAY_MORNING)
    assert facts.medical_records.how_to_request in answer("medical_records", facts, Context(), WEDNESDAY_MORNING)
    assert facts.prescription_refills.phone in answer("prescription_refill", facts, Context(), WEDNESDAY_MORNING)
    wifi = answer("amenities", facts, Context(amenity="wifi"), WEDNESDAY_MORNING)
    assert facts.amenity("wifi").details in wifi and "Gift shop" not in wifi


def test_human_team_open_now_or_when_they_reopen(facts):
    team = facts.human_team
    open_now = answer("human", facts, Context(), WEDNESDAY_MORNING)
    assert team.phone in open_now and "open now" in open_now
    closed = answer("human", facts, Context(), SUNDAY_MORNING)
    assert "closed right now" in closed and "They open again tomorrow at 8 am" in closed


def test_out_of_scope_is_polite_and_says_what_it_can_do(facts):
    text = answer("out_of_scope", facts, Context(), WEDNESDAY_MORNING)
    assert text.startswith("Sorry, I can't help with that here.") and "visiting hours" in text


def test_a_changed_fact_changes_the_answer_without_retraining(tmp_path):
    data = yaml.safe_load(FACTS_PATH.read_text())
    data["units"][0]["visiting_hours"] = {"daily": "12:00-18:30"}
    edited = tmp_path / "hospital.yml"
    edited.write_text(yaml.safe_dump(data))
    text = answer("visiting_hours", load_facts(edited), Context(unit="icu"), WEDNESDAY_MORNING)
    assert "12 noon to 6:30 pm, every day" in text


def test_follow_up_context_replaces_the_place_and_keeps_the_day():
    asked = Context(unit="icu", day="weekends")
    assert asked.follow_up(Context(unit="maternity")) == Context(unit="maternity", day="weekends")
    assert asked.follow_up(Context(department="cardiology")) == Context(department="cardiology", day="weekends")
    assert asked.follow_up(Context(day="monday")) == Context(unit="icu", day="monday")
    assert {"visiting_hours", "parking", "appointment_book"} <= FOLLOW_UP_TOPICS


# --- doctors, services, vaccines, insurance (answered from the facts) -------------------------------------------------


def test_a_doctor_by_name_says_specialty_clinic_languages_and_new_patients(facts):
    text = answer("find_doctor", facts, Context(provider="lindqvist"), WEDNESDAY_MORNING)
    doctor = facts.provider("lindqvist")
    assert doctor.name in text and doctor.title in text and "Swedish" in text
    assert "not accepting new patients" in text
    assert facts.department("cardiology").phone in text and facts.appointments.phone in text


def test_doctors_by_specialty_by_condition_and_by_language(facts):
    by_specialty = answer("find_doctor", facts, Context(department="orthopaedic surgeon"), WEDNESDAY_MORNING)
    assert facts.provider("brennan").name in by_specialty and facts.provider("fischer").name in by_specialty
    by_condition = answer("find_doctor", facts, Context(treats="neurology"), WEDNESDAY_MORNING)
    assert facts.provider("novak").name in by_condition and "Okafor" not in by_condition
    by_language = answer("find_doctor", facts, Context(language="Arabic"), WEDNESDAY_MORNING)
    assert facts.provider("haddad").name in by_language and "who speak Arabic" in by_language
    nobody = answer("find_doctor", facts, Context(department="neurology", language="Arabic"), WEDNESDAY_MORNING)
    assert nobody.startswith("I have no doctor listed in Neurology who speak Arabic")


def test_a_service_is_yes_with_where_hours_and_phone_or_the_list(facts):
    text = answer("services", facts, Context(department="MRI"), WEDNESDAY_MORNING)
    radiology = facts.department("radiology")
    assert text.startswith(f"Yes: {radiology.name}") and radiology.phone in text and radiology.location in text
    listing = answer("services", facts, Context(department="dialysis"), WEDNESDAY_MORNING)
    assert all(d.name in listing for d in facts.departments) and facts.hospital.main_phone in listing


def test_vaccines_say_who_where_how_and_cost_for_the_day_asked(facts):
    flu = facts.vaccine("flu")
    text = answer("vaccines", facts, Context(vaccine="flu", day="sunday"), WEDNESDAY_MORNING)
    assert flu.who in text and flu.cost in text and all(clinic.how in text for clinic in flu.clinics)
    assert "Sunday: 10 am to 4 pm" in text and "Monday" not in text and "COVID" not in text
    both = answer("vaccines", facts, Context(), WEDNESDAY_MORNING)
    assert all(v.name in both and v.clinics[0].how in both for v in facts.vaccines) and facts.vaccines_other in both


@pytest.mark.parametrize(
    ("plan", "start"),
    [
        ("Aetna", "Yes, we accept Aetna."),
        ("Kaiser Permanente", "No, we are not in network with Kaiser Permanente."),
        ("uninsured", "You can be seen without insurance."),
        (None, "We accept: Medicare,"),
    ],
)
def test_insurance_is_yes_no_or_call_billing(facts, plan, start):
    text = answer("insurance", facts, Context(plan=plan), WEDNESDAY_MORNING)
    assert text.startswith(start) and facts.billing.phone in text


@pytest.mark.parametrize(
    ("day", "time", "start"),
    [
        ("sunday", "21:30", "No: 9:30 pm on Sunday is outside visiting hours on the ICU."),
        ("sunday", "14:00", "Yes: 2 pm on Sunday is within visiting hours on the ICU."),
    ],
)
def test_a_visit_at_a_given_time_says_whether_it_is_within_the_hours(facts, day, time, start):
    assert answer("visiting_hours", facts, Context(unit="icu", day=day, time=time), WEDNESDAY_MORNING).startswith(start)


def test_a_time_without_a_day_means_today(facts):
    text = answer("visiting_hours", facts, Context(unit="icu", time="14:00"), WEDNESDAY_MORNING)
    assert text.startswith("Yes: 2 pm on Wednesday")


def test_follow_up_to_another_specialty_replaces_the_doctor(facts):
    first = Context(provider="okafor")
    assert first.follow_up(Context(department="dermatology")) == Context(department="dermatology")
    assert Context(vaccine="flu").follow_up(Context(day="weekends")) == Context(vaccine="flu", day="weekends")
