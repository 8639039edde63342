"""The shape of config/hospital.yml, checked field by field on load."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Extra, constr, root_validator, validator

from bot.facts.hours import WeeklyHours

Text = constr(strip_whitespace=True, min_length=1)
Identifier = constr(regex=r"^[a-z][a-z0-9_]*$")


class Hours(WeeklyHours):
    """WeeklyHours as a pydantic field type."""

    @classmethod
    def __get_validators__(cls) -> Iterator[Callable[[Any], WeeklyHours]]:
        yield WeeklyHours.parse


class Strict(BaseModel):
    class Config:
        extra = Extra.forbid
        allow_mutation = False


class Hospital(Strict):
    name: Text
    short_name: Text
    timezone: Text
    main_phone: Text
    website: Text
    patient_portal: Text

    @validator("timezone")
    def known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(f"unknown time zone {value!r} (use a name like America/Los_Angeles)") from error
        return value


class Emergency(Strict):
    number: Text
    crisis_line: Text
    crisis_line_name: Text
    poison_control: Text | None = None


class HumanTeam(Strict):
    name: Text
    phone: Text
    email: Text | None = None
    hours: Hours
    after_hours_reply: Text


class Site(Strict):
    id: Identifier
    name: Text
    address: Text
    directions: Text
    main_entrance: Text
    hours: Hours


class EmergencyDepartment(Strict):
    site: Identifier
    location: Text
    hours: Hours
    phone: Text


class Unit(Strict):
    id: Identifier
    name: Text
    site: Identifier
    location: Text
    phone: Text
    visiting_hours: Hours
    rules: list[Text] = []


class Department(Strict):
    id: Identifier
    name: Text
    site: Identifier
    location: Text
    phone: Text
    hours: Hours
    also_called: list[Text] = []  # what patients call it or what it does: "GP", "MRI", "physio"


class Garage(Strict):
    name: Text
    site: Identifier
    entrance: Text
    rates: Text
    hours: Hours


class Parking(Strict):
    garages: list[Garage]
    accessible: Text
    notes: Text | None = None


class Appointments(Strict):
    phone: Text
    hours: Hours
    book: Text
    reschedule: Text
    cancel: Text
    check: Text
    cancellation_policy: Text


class Billing(Strict):
    phone: Text
    email: Text | None = None
    hours: Hours
    how_to_pay: Text
    financial_assistance: Text


class ContactDesk(Strict):
    phone: Text
    email: Text | None = None
    hours: Hours
    how_to_request: Text


class Amenity(Strict):
    id: Identifier
    name: Text
    location: Text | None = None
    hours: Hours | None = None
    details: Text | None = None


class Provider(Strict):
    id: Identifier
    name: Text
    title: Text
    department: Identifier
    languages: list[Text]
    accepting_new_patients: bool
    phone: Text | None = None  # the department's phone when not given


class Condition(Strict):
    """What patients ask about ("migraines") and the department whose doctors treat it."""

    department: Identifier
    terms: list[Text]


class VaccineClinic(Strict):
    department: Identifier
    how: Text  # walk in or by appointment, and for whom
    hours: Hours | None = None  # the department's hours when not given


class Vaccine(Strict):
    id: Identifier
    name: Text
    also_called: list[Text] = []
    who: Text
    cost: Text
    clinics: list[VaccineClinic]


class InsurancePlan(Strict):
    name: Text
    also_called: list[Text] = []
    note: Text | None = None


class Insurance(Strict):
    accepted: list[InsurancePlan]
    not_accepted: list[InsurancePlan] = []
    not_listed: Text
    uninsured: Text


def _unique_ids(items: list[Any], field: str) -> None:
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item.id in seen:
            raise ValueError(f"{field}[{index}].id: {item.id!r} is used twice")
        seen.add(item.id)


class HospitalFacts(Strict):
    hospital: Hospital
    emergency: Emergency
    human_team: HumanTeam
    sites: list[Site]
    emergency_department: EmergencyDepartment
    units: list[Unit]
    departments: list[Department]
    parking: Parking
    appointments: Appointments
    billing: Billing
    medical_records: ContactDesk
    prescription_refills: ContactDesk
    nurse_line: ContactDesk | None = None  # answers patients' questions about their own care (secure chat)
    amenities: list[Amenity]
    providers: list[Provider] = []
    conditions: list[Condition] = []
    vaccines: list[Vaccine] = []
    vaccines_other: Text | None = None
    insurance: Insurance | None = None

    @root_validator(skip_on_failure=True)
    def cross_references(cls, values: dict[str, Any]) -> dict[str, Any]:
        for field in ("sites", "units", "departments", "amenities"):
            if not values[field]:
                raise ValueError(f"{field}: at least one entry is needed")
            _unique_ids(values[field], field)
        site_ids = {site.id for site in values["sites"]}
        references = [("emergency_department", values["emergency_department"])]
        for field in ("units", "departments"):
            references += [(f"{field}[{i}]", item) for i, item in enumerate(values[field])]
        references += [(f"parking.garages[{i}]", g) for i, g in enumerate(values["parking"].garages)]
        for where, item in references:
            if item.site not in site_ids:
                raise ValueError(f"{where}.site: {item.site!r} is not one of the sites ({', '.join(sorted(site_ids))})")
        _unique_ids(values["providers"], "providers")
        _unique_ids(values["vaccines"], "vaccines")
        department_ids = {dep.id for dep in values["departments"]}
        departments = [(f"providers[{i}]", p) for i, p in enumerate(values["providers"])]
        departments += [(f"conditions[{i}]", c) for i, c in enumerate(values["conditions"])]
        for i, vaccine in enumerate(values["vaccines"]):
            departments += [(f"vaccines[{i}].clinics[{j}]", c) for j, c in enumerate(vaccine.clinics)]
        for where, item in departments:
            if item.department not in department_ids:
                known = ", ".join(sorted(department_ids))
                raise ValueError(f"{where}.department: {item.department!r} is not one of the departments ({known})")
        return values

    # Look-ups used by the answers; ids are the canonical entity values of the NLU data.
    def site(self, site_id: str) -> Site:
        return next(site for site in self.sites if site.id == site_id)

    def unit(self, unit_id: str) -> Unit | None:
        return next((unit for unit in self.units if unit.id == unit_id), None)

    def department(self, department_id: str) -> Department | None:
        return next((dep for dep in self.departments if dep.id == department_id), None)

    def provider(self, provider_id: str) -> Provider | None:
        return next((p for p in self.providers if p.id == provider_id), None)

    def vaccine(self, vaccine_id: str) -> Vaccine | None:
        return next((v for v in self.vaccines if v.id == vaccine_id), None)

    def amenity(self, amenity_id: str) -> Amenity | None:
        return next((item for item in self.amenities if item.id == amenity_id), None)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.hospital.timezone)
