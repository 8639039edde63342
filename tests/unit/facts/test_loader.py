"""The facts file (bot.facts.loader): the real one loads, every kind of mistake names its field, and an edit is
picked up without a restart."""

import os
import time

import pytest

from bot.facts import FactsError, FactsSource, load_facts
from tests.unit.facts.conftest import _write


def test_the_committed_facts_file_is_complete(facts):
    assert facts.hospital.name == "Riverbend Community Hospital"
    assert len(facts.sites) >= 2
    assert len(facts.units) >= 8
    assert len(facts.departments) >= 12
    assert {"cafeteria", "wifi", "gift_shop"} <= {a.id for a in facts.amenities}
    assert facts.emergency.number and facts.emergency.crisis_line
    assert facts.parking.garages and facts.parking.accessible
    assert facts.appointments.cancellation_policy
    assert all(dep.phone for dep in facts.departments)
    assert len(facts.providers) >= 10 and facts.conditions and {"flu", "covid"} <= {v.id for v in facts.vaccines}
    assert facts.insurance and facts.insurance.accepted and facts.insurance.not_accepted


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d["hospital"].pop("main_phone"), "hospital.main_phone: this field is required"),
        (lambda d: d["units"][0].update(colour="red"), "units[0].colour: unknown field"),
        (lambda d: d["units"][2].update(visiting_hours={"daily": "9am-5pm"}), "units[2].visiting_hours: expected"),
        (lambda d: d["departments"][1].update(site="south_campus"), "departments[1].site: 'south_campus' is not"),
        (lambda d: d["units"][1].update(id="icu"), "units[1].id: 'icu' is used twice"),
        (lambda d: d["hospital"].update(timezone="Mars/Olympus"), "hospital.timezone: unknown time zone"),
        (lambda d: d["sites"][0].update(hours={"weekdays": "08:00-17:00"}), "sites[0].hours: no hours given"),
        (lambda d: d.update(units=[]), "units: at least one entry is needed"),
        (lambda d: d["providers"][0].update(department="cardiac"), "providers[0].department: 'cardiac' is not"),
        (lambda d: d["providers"][1].update(id="okafor"), "providers[1].id: 'okafor' is used twice"),
        (lambda d: d["providers"][0].pop("languages"), "providers[0].languages: this field is required"),
        (lambda d: d["conditions"][0].update(department="hearts"), "conditions[0].department: 'hearts' is not"),
        (lambda d: d["vaccines"][0]["clinics"][0].update(department="kiosk"),
         "vaccines[0].clinics[0].department: 'kiosk' is not"),
        (lambda d: d["insurance"].pop("not_listed"), "insurance.not_listed: this field is required"),
    ],
)
def test_a_wrong_file_fails_with_the_field_named(tmp_path, mutate, message):
    with pytest.raises(FactsError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_facts(_write(tmp_path, mutate))


def test_unreadable_files_are_explained(tmp_path):
    with pytest.raises(FactsError, match="cannot read"):
        load_facts(tmp_path / "missing.yml")
    broken = tmp_path / "broken.yml"
    broken.write_text("hospital: [unclosed")
    with pytest.raises(FactsError, match="not valid YAML"):
        load_facts(broken)


def test_an_edit_is_picked_up_without_restart_and_a_broken_edit_keeps_the_last_good_facts(tmp_path):
    path = _write(tmp_path, lambda d: None)
    source = FactsSource(path)
    assert source.get().hospital.main_phone == "(541) 555-0100"

    _write(tmp_path, lambda d: d["hospital"].update(main_phone="(541) 555-9999"))
    os.utime(path, (time.time() + 5, time.time() + 5))
    assert source.get().hospital.main_phone == "(541) 555-9999"

    path.write_text("hospital: [broken")
    os.utime(path, (time.time() + 10, time.time() + 10))
    assert source.get().hospital.main_phone == "(541) 555-9999"
