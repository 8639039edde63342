"""Every routine answer, rendered in plain words from the facts file.

Nothing here is copied into training data or domain responses: change config/hospital.yml
and the answers change. Each topic is one function ``(facts, context, now) -> str``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime, time, timedelta

from bot.facts.hours import DAY_GROUPS, DAYS, WeeklyHours, format_time
from bot.facts.schema import HospitalFacts, Provider, Vaccine
from bot.mentions import UNINSURED, Mentions

# A new one of these replaces all of them in a follow-up ("what about cardiology?" after a doctor's name).
LOCATION_KEYS = ("unit", "department", "site", "amenity", "provider", "treats", "language")


@dataclass(frozen=True)
class Context:
    """What a question is about: canonical ids from NLU entities and from bot.mentions (or None)."""

    unit: str | None = None
    department: str | None = None
    site: str | None = None
    amenity: str | None = None
    day: str | None = None
    provider: str | None = None  # a doctor's id
    treats: str | None = None  # the department whose doctors treat the condition asked about
    language: str | None = None  # a language a doctor should speak
    vaccine: str | None = None
    plan: str | None = None  # an insurance plan's name, or mentions.UNINSURED
    time: str | None = None  # "HH:MM", a time of day the patient named

    def follow_up(self, newer: Context) -> Context:
        """The context of a follow-up ("and for maternity?"): newer values win; a new place or
        doctor replaces the old one, the day is kept unless a new one is given."""
        merged = self
        if any(getattr(newer, key) for key in LOCATION_KEYS):
            merged = replace(merged, **{key: None for key in LOCATION_KEYS})
        updates = {f.name: getattr(newer, f.name) for f in fields(newer) if getattr(newer, f.name)}
        return replace(merged, **updates)

    def with_mentions(self, mentions: Mentions) -> Context:
        """Add what the text named (bot.mentions) where the entities said nothing."""
        named_place = any(getattr(self, key) for key in ("unit", "department", "site", "amenity"))
        found = {
            "department": None if named_place else mentions.department,
            "provider": mentions.provider,
            "treats": mentions.condition_department,
            "language": mentions.language,
            "vaccine": mentions.vaccine,
            "plan": mentions.plan,
            "time": mentions.time,
        }
        return replace(self, **{key: value for key, value in found.items() if value and not getattr(self, key)})

    def as_dict(self) -> dict[str, str | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def resolve(value: str | None, items: Sequence) -> object | None:
    """Find the item an entity value means: its id, its name, another name it is called by, or a close spelling."""
    if not value:
        return None
    wanted = _normalise(value)
    if not wanted:  # punctuation or emoji only: nothing to match
        return None
    wanted_id = wanted.replace(" ", "_")
    for item in items:
        if item.id == wanted_id:
            return item
    choices: dict[str, object] = {}
    for item in items:
        name = item.name
        also = getattr(item, "also_called", ())  # a department's other names: "GP", "MRI", "physio"
        in_brackets = re.findall(r"\((.*?)\)", name)
        for form in (item.id.replace("_", " "), name, re.sub(r"\(.*?\)", "", name), *in_brackets, *also):
            choices.setdefault(_normalise(form), item)
    for form, item in choices.items():
        if re.search(rf"\b{re.escape(wanted)}\b", form):
            return item
    close = difflib.get_close_matches(wanted, list(choices), n=1, cutoff=0.75)
    return choices[close[0]] if close else None


def days_for(day: str | None, now: datetime) -> list[str] | None:
    """The days a ``day`` entity means, relative to ``now`` in the hospital's time zone."""
    if not day:
        return None
    key = _normalise(day).replace(" ", "")
    if key in ("today", "tonight"):
        return [DAYS[now.weekday()]]
    if key == "tomorrow":
        return [DAYS[(now.weekday() + 1) % 7]]
    if key in ("weekend", "weekends"):
        return list(DAY_GROUPS["weekends"])
    if key in ("weekday", "weekdays"):
        return list(DAY_GROUPS["weekdays"])
    for name in DAYS:
        if name.startswith(key[:3]) and len(key) >= 3:
            return [name]
    return None


def _hours(hours: WeeklyHours, days: list[str] | None) -> str:
    return hours.describe(days)


def _list(lines: Sequence[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def _short(name: str) -> str:
    """'Intensive Care Unit (ICU)' -> 'ICU'; names without an abbreviation stay whole."""
    match = re.search(r"\(([^)]+)\)$", name)
    return match.group(1) if match and match.group(1).isupper() else name


# --- conversation ------------------------------------------------------------------------


def greet(facts: HospitalFacts, context: Context, now: datetime) -> str:
    return (
        f"Hi, I'm the {facts.hospital.name} assistant. I can help with visiting hours, "
        "opening hours, appointments, parking, directions and phone numbers. "
        f"In an emergency, call {facts.emergency.number}."
    )


def goodbye(facts: HospitalFacts, context: Context, now: datetime) -> str:
    return "Goodbye, and take care."


def thank(facts: HospitalFacts, context: Context, now: datetime) -> str:
    return "You're welcome. Is there anything else I can help with?"


def bot_challenge(facts: HospitalFacts, context: Context, now: datetime) -> str:
    team = facts.human_team
    return (
        f"I'm {facts.hospital.short_name}'s automated assistant, not a person. "
        f"To talk to someone, call {team.name} on {team.phone}."
    )


def out_of_scope(facts: HospitalFacts, context: Context, now: datetime) -> str:
    return (
        "Sorry, I can't help with that here. I can answer questions about visiting hours, "
        "opening hours, appointments, parking, directions, phone numbers, billing, medical "
        "records, prescription refills and things like the cafeteria or wifi. "
        f"For anything else, call {facts.hospital.main_phone}."
    )


def not_understood(facts: HospitalFacts, likely: list[str]) -> str:
    """A message the model was unsure of, with the topics it leaned to offered as buttons (actions.answers)."""
    choices = " or ".join(f'"{title}"' for title in likely)
    return (
        f"Sorry, I'm not sure I understood. Did you mean {choices}? Tap one below, or ask in other words. "
        f"For anything else, call {facts.hospital.main_phone}."
    )


def human(facts: HospitalFacts, context: Context, now: datetime) -> str:
    team = facts.human_team
    local = now
    reach = f"You can talk to our {team.name} team on {team.phone}"
    if team.email:
        reach += f" or at {team.email}"
    hours = f"They're available {team.hours.describe()}."
    if team.hours.is_open(local):
        return f"{reach}. They're open now. {hours}"
    reopens = next_opening_words(team.hours, local)
    when = f" They open again {reopens}." if reopens else ""
    return f"{reach}. They're closed right now.{when} {hours}"


def next_opening_words(hours: WeeklyHours, now: datetime) -> str | None:
    """When `hours` next open, in words ("today at 8 AM", "tomorrow at 9 AM", "Monday at 8 AM")."""
    reopens = hours.next_opening(now)
    if reopens is None:
        return None
    day = (
        "today"
        if reopens.date() == now.date()
        else ("tomorrow" if reopens.date() == (now + timedelta(days=1)).date() else reopens.strftime("%A"))
    )
    return f"{day} at {format_time(reopens.time())}"


# --- places and hours ----------------------------------------------------------------------


def _unknown(kind: str, options: Sequence[str]) -> str:
    return f"I don't know that {kind}. I have: {', '.join(options)}."


def _at_time(hours: WeeklyHours, days: list[str] | None, at: str | None, what: str) -> str:
    """ "Yes, 9:30 pm on Sunday is within ..." when the patient named a time (and a day, or today)."""
    if not at or not days or len(days) != 1:
        return ""
    moment = time.fromisoformat(at)
    day = days[0]
    within = hours.open_at(day, moment)
    when = f"{format_time(moment)} on {day.capitalize()}"
    return f"{'Yes' if within else 'No'}: {when} is {'within' if within else 'outside'} {what}. "


def visiting_hours(facts: HospitalFacts, context: Context, now: datetime) -> str:
    days = days_for(context.day or ("today" if context.time else None), now)
    if context.unit:
        unit = resolve(context.unit, facts.units)
        if unit is None:
            return _unknown("unit", [_short(u.name) for u in facts.units])
        text = _at_time(unit.visiting_hours, days, context.time, f"visiting hours on the {_short(unit.name)}")
        text += f"Visiting hours, {unit.name}: {_hours(unit.visiting_hours, days)}."
        if unit.rules:
            text += " " + " ".join(unit.rules)
        return text
    lines = [f"{_short(u.name)}: {_hours(u.visiting_hours, days)}" for u in facts.units]
    return "Visiting hours depend on the unit:\n" + _list(lines) + "\nAsk me about one unit for its rules."


def opening_hours(facts: HospitalFacts, context: Context, now: datetime) -> str:
    days = days_for(context.day, now)
    ed = facts.emergency_department
    if context.department:
        dep = resolve(context.department, facts.departments)
        if dep is None:
            return _unknown("department", [d.name for d in facts.departments])
        site = facts.site(dep.site)
        return f"{dep.name} ({dep.location}, {site.name}): {_hours(dep.hours, days)}. Phone {dep.phone}."
    if context.unit and resolve(context.unit, facts.units) is facts.unit("emergency"):
        return f"Emergency Department: {_hours(ed.hours, days)}. {ed.location}."
    if context.amenity:
        return amenities(facts, context, now)
    sites = facts.sites
    if context.site:
        site = resolve(context.site, facts.sites)
        if site is None:
            return _unknown("site", [s.name for s in facts.sites])
        sites = [site]
    lines = [f"{site.name}: {_hours(site.hours, days)}" for site in sites]
    return "Opening hours:\n" + _list(lines) + f"\nEmergency Department: {_hours(ed.hours, None)}."


def _place(facts: HospitalFacts, context: Context, kinds: Sequence[str] = ("unit", "department")) -> object | None:
    """The unit, department or site the context names (in that order of preference)."""
    choices = {"unit": facts.units, "department": facts.departments, "site": facts.sites}
    for kind in kinds:
        value = getattr(context, kind)
        if value:
            return resolve(value, choices[kind])
    return None


def directions(facts: HospitalFacts, context: Context, now: datetime) -> str:
    place = _place(facts, context)
    if place is not None:
        site = facts.site(place.site)
        return f"{place.name} is at {place.location}, {site.name}, {site.address}. {site.directions}"
    if context.amenity:
        return amenities(facts, context, now)
    site = resolve(context.site, facts.sites) if context.site else None
    if site is not None:
        return f"{site.name}: {site.address}. {site.directions} {site.main_entrance}."
    lines = [f"{s.name}: {s.address}" for s in facts.sites]
    main = facts.sites[0]
    return "Our addresses:\n" + _list(lines) + f"\nTo the {main.name}: {main.directions}"


def parking(facts: HospitalFacts, context: Context, now: datetime) -> str:
    site = resolve(context.site, facts.sites) if context.site else None
    garages = [g for g in facts.parking.garages if site is None or g.site == site.id]
    lines = [f"{g.name} ({facts.site(g.site).name}): {g.entrance}. {g.rates}." for g in garages]
    text = "Parking:\n" + _list(lines) + f"\n{facts.parking.accessible}"
    if facts.parking.notes:
        text += f" {facts.parking.notes}"
    return text


def phone(facts: HospitalFacts, context: Context, now: datetime) -> str:
    place = _place(facts, context)
    if place is not None:
        return f"{place.name}: {place.phone}."
    lines = [
        f"Main switchboard: {facts.hospital.main_phone}",
        f"Emergency Department: {facts.emergency_department.phone}",
        f"Appointments (Central Scheduling): {facts.appointments.phone}",
        f"Billing: {facts.billing.phone}",
        f"Medical records: {facts.medical_records.phone}",
        f"{facts.human_team.name}: {facts.human_team.phone}",
    ]
    return "Useful numbers:\n" + _list(lines) + f"\nIn an emergency, call {facts.emergency.number}."


def amenities(facts: HospitalFacts, context: Context, now: datetime) -> str:
    days = days_for(context.day, now)
    item = resolve(context.amenity, facts.amenities) if context.amenity else None

    def describe(a) -> str:
        parts = [a.name]
        if a.location:
            parts.append(a.location)
        if a.hours:
            parts.append(_hours(a.hours, days))
        text = ", ".join(parts) + "."
        return f"{text} {a.details}" if a.details else text

    if item is not None:
        return describe(item)
    return "For patients and visitors:\n" + _list([describe(a) for a in facts.amenities])


# --- appointments and contacts -----------------------------------------------------------


def _appointment(action: str, facts: HospitalFacts, context: Context) -> str:
    appts = facts.appointments
    how = {"book": appts.book, "reschedule": appts.reschedule, "cancel": appts.cancel, "check": appts.check}[action]
    text = f"{how} Central Scheduling: {appts.phone} ({appts.hours.describe()})."
    text += f" MyChart: {facts.hospital.patient_portal}"
    dep = resolve(context.department, facts.departments) if context.department else None
    if dep is not None:
        text += f". {dep.name} can also help directly on {dep.phone}"
    text += "."
    if action in ("cancel", "reschedule"):
        text += f" {appts.cancellation_policy}"
    return text


def appointment_book(facts: HospitalFacts, context: Context, now: datetime) -> str:
    return _appointment("book", facts, context)


def appointment_reschedule(facts: HospitalFacts, context: Context, now: datetime) -> str:
    return _appointment("reschedule", facts, context)


def appointment_cancel(facts: HospitalFacts, context: Context, now: datetime) -> str:
    return _appointment("cancel", facts, context)


def appointment_check(facts: HospitalFacts, context: Context, now: datetime) -> str:
    return _appointment("check", facts, context)


def billing(facts: HospitalFacts, context: Context, now: datetime) -> str:
    b = facts.billing
    email = f" or {b.email}" if b.email else ""
    return f"{b.how_to_pay} Billing Office: {b.phone}{email} ({b.hours.describe()}). {b.financial_assistance}"


def medical_records(facts: HospitalFacts, context: Context, now: datetime) -> str:
    r = facts.medical_records
    email = f" or {r.email}" if r.email else ""
    return f"{r.how_to_request} Medical Records: {r.phone}{email} ({r.hours.describe()})."


def prescription_refill(facts: HospitalFacts, context: Context, now: datetime) -> str:
    r = facts.prescription_refills
    return f"{r.how_to_request} Refill line: {r.phone} ({r.hours.describe()}). MyChart: {facts.hospital.patient_portal}"


# --- doctors, services, vaccines, insurance --------------------------------------------------


def _describe_provider(facts: HospitalFacts, provider: Provider) -> str:
    dep = facts.department(provider.department)
    site = facts.site(dep.site)
    new = "accepting new patients" if provider.accepting_new_patients else "not accepting new patients"
    return (
        f"{provider.name}, {provider.title} ({dep.name}, {dep.location}, {site.name}); "
        f"speaks {', '.join(provider.languages)}; {new}; phone {provider.phone or dep.phone}"
    )


def _how_to_book(facts: HospitalFacts) -> str:
    appts = facts.appointments
    return f"To book: {appts.book} Central Scheduling: {appts.phone}. MyChart: {facts.hospital.patient_portal}"


def find_doctor(facts: HospitalFacts, context: Context, now: datetime) -> str:
    """By name, by specialty, by what they treat, or by a language they speak."""
    provider = facts.provider(context.provider) if context.provider else None
    if provider is not None:
        return _describe_provider(facts, provider) + ". " + _how_to_book(facts)
    dep = resolve(context.department or context.treats, facts.departments)
    doctors = [p for p in facts.providers if dep is None or p.department == dep.id]
    if context.language:
        doctors = [p for p in doctors if context.language in p.languages]
    if dep is None and not context.language:
        specialties = sorted({facts.department(p.department).name for p in facts.providers})
        return (
            "Our doctors work in: " + ", ".join(specialties) + ". Tell me a specialty, a doctor's name "
            f'or what it is for (for example "who treats migraines"). {_how_to_book(facts)}'
        )
    parts = [f"in {dep.name}"] if dep else []
    parts += [f"who speak {context.language}"] if context.language else []
    wanted = " ".join(parts)
    if not doctors:
        where = f" {dep.name}: {dep.phone}." if dep else ""
        return f"I have no doctor listed {wanted}. Central Scheduling ({facts.appointments.phone}) can help.{where}"
    return f"Doctors {wanted}:\n" + _list([_describe_provider(facts, p) for p in doctors]) + "\n" + _how_to_book(facts)


def services(facts: HospitalFacts, context: Context, now: datetime) -> str:
    """ "Do you have an MRI / a pharmacy / physio?": yes, where, hours and phone; or the list."""
    days = days_for(context.day, now)
    dep = resolve(context.department, facts.departments) if context.department else None
    if dep is not None:
        site = facts.site(dep.site)
        offers = f" ({', '.join(dep.also_called[:6])})" if dep.also_called else ""
        return (
            f"Yes: {dep.name}{offers}, {dep.location}, {site.name}. "
            f"Hours: {_hours(dep.hours, days)}. Phone {dep.phone}."
        )
    unit = resolve(context.unit, facts.units) if context.unit else None
    if unit is not None:
        return f"Yes: {unit.name}, {unit.location}, {facts.site(unit.site).name}. Phone {unit.phone}."
    site = resolve(context.site, facts.sites) if context.site else None
    sites = [site] if site is not None else facts.sites
    lines = [f"{site.name}: " + ", ".join(d.name for d in facts.departments if d.site == site.id) for site in sites]
    return (
        "Our departments and services:\n" + _list(lines) + "\nEmergency Department: open 24 hours. "
        f"For anything not listed, call {facts.hospital.main_phone}."
    )


def vaccines(facts: HospitalFacts, context: Context, now: datetime) -> str:
    """One vaccine: who, where and when (walk in or by appointment), cost; none named: where each is given."""
    days = days_for(context.day, now)

    def clinics(vaccine: Vaccine) -> list[str]:
        lines = []
        for clinic in vaccine.clinics:
            dep = facts.department(clinic.department)
            hours = _hours(clinic.hours or dep.hours, days)
            lines.append(f"{dep.name} ({dep.location}, {facts.site(dep.site).name}): {clinic.how}; {hours}")
        return lines

    vaccine = facts.vaccine(context.vaccine) if context.vaccine else None
    if vaccine is not None:
        return f"{vaccine.name}. Who: {vaccine.who}\nWhere:\n{_list(clinics(vaccine))}\nCost: {vaccine.cost}"
    if not facts.vaccines:
        return facts.vaccines_other or out_of_scope(facts, context, now)
    parts = [f"{v.name}:\n{_list(clinics(v))}" for v in facts.vaccines]
    if facts.vaccines_other:
        parts.append(facts.vaccines_other)
    parts.append("Ask me about one vaccine for who can have it and what it costs.")
    return "\n".join(parts)


def insurance(facts: HospitalFacts, context: Context, now: datetime) -> str:
    """ "Do you take X?": yes, no, or call billing; the accepted plans otherwise."""
    plans = facts.insurance
    if plans is None:
        return billing(facts, context, now)
    call = f"Billing Office: {facts.billing.phone} ({facts.billing.hours.describe()})."
    if context.plan == UNINSURED:
        return f"{plans.uninsured} {call}"
    accepted = next((p for p in plans.accepted if p.name == context.plan), None)
    if accepted is not None:
        note = f" {accepted.note}" if accepted.note else ""
        return f"Yes, we accept {accepted.name}.{note} Questions about your coverage: {call}"
    refused = next((p for p in plans.not_accepted if p.name == context.plan), None)
    if refused is not None:
        note = f" {refused.note}" if refused.note else ""
        return f"No, we are not in network with {refused.name}.{note} {call}"
    return "We accept: " + ", ".join(p.name for p in plans.accepted) + f". {plans.not_listed} {call} {plans.uninsured}"


def about_place(facts: HospitalFacts, context: Context, now: datetime) -> str:
    """A bare place with no topic yet ("the ICU"): say what can be asked about it."""
    if context.amenity:
        return amenities(facts, context, now)
    place = _place(facts, context, ("unit", "department", "site"))
    if place is None:
        return out_of_scope(facts, context, now)
    return (
        f"What would you like to know about {place.name}? I can tell you its hours, where it is and its phone number."
    )


TOPICS: dict[str, Callable[[HospitalFacts, Context, datetime], str]] = {
    "greet": greet,
    "goodbye": goodbye,
    "thank": thank,
    "bot_challenge": bot_challenge,
    "out_of_scope": out_of_scope,
    "human": human,
    "visiting_hours": visiting_hours,
    "opening_hours": opening_hours,
    "directions": directions,
    "parking": parking,
    "phone": phone,
    "amenities": amenities,
    "appointment_book": appointment_book,
    "appointment_reschedule": appointment_reschedule,
    "appointment_cancel": appointment_cancel,
    "appointment_check": appointment_check,
    "billing": billing,
    "medical_records": medical_records,
    "prescription_refill": prescription_refill,
    "find_doctor": find_doctor,
    "services": services,
    "vaccines": vaccines,
    "insurance": insurance,
    "about_place": about_place,
}

# Topics whose answer depends on a place or a day, so that a follow-up can re-ask them.
FOLLOW_UP_TOPICS = frozenset(
    {"visiting_hours", "opening_hours", "directions", "parking", "phone", "amenities"}
    | {"find_doctor", "services", "vaccines", "insurance"}
    | {name for name in TOPICS if name.startswith("appointment_")}
)


def answer(topic: str, facts: HospitalFacts, context: Context, now: datetime) -> str:
    """Render ``topic``; ``now`` (timezone-aware) is read in the hospital's time zone."""
    return TOPICS[topic](facts, context, now.astimezone(facts.tz))
