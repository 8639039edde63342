"""Unit tests for identifier detection in bot.safety: disguised identifiers, context rules, public numbers."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.safety import assess, redact
from bot.safety import public_contacts as contacts
from bot.safety.identifiers import find_identifiers
from bot.safety.normalise import normalise

IDENTIFIER_KINDS = {"dob", "ssn", "mrn", "insurance_id", "phone", "email", "address", "person_name"}


def identifier_kinds(text: str) -> set[str]:
    return {finding.kind for finding in assess(text).findings} & IDENTIFIER_KINDS


@pytest.fixture(autouse=True)
def _fresh_contacts_cache() -> Iterator[None]:
    contacts.reset_cache()
    yield
    contacts.reset_cache()


# --- normalisation -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call six one seven, two two two, four four zero eight", "call 617-222-4408"),
        ("code seven-seven-three-one", "code 7731"),
        ("dob 0l/2O/1974", "dob 01/20/1974"),
        ("503-7l2-O4O4", "503-712-0404"),
        ("born 1 1 / 2 2 / 1 9 6 8", "born 11/22/1968"),
        ("\u0665\u0660\u0663-\u0664\u0664\u0661", "503-441"),  # Arabic-Indic digits
    ],
)
def test_normalise_rewrites_disguised_digits(text: str, expected: str) -> None:
    assert normalise(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "one or two visitors",
        "three, four or five days",
        "oh one oh",
        "S.O.S. please",
        "I/O error",
        "Oct-2024 statement",
        "take 1 / 2 tablet",
    ],
)
def test_normalise_leaves_ordinary_words(text: str) -> None:
    assert normalise(text).text == text


def test_spelled_digits_map_back_to_whole_words() -> None:
    text = "reach me on six one seven, two two two, four four zero eight thanks"
    (finding,) = assess(text).findings
    assert finding.kind == "phone"
    assert text[finding.start : finding.end] == "six one seven, two two two, four four zero eight"
    assert redact(text) == "reach me on [PHONE] thanks"


# --- dob ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["DOB 14-Mar-1976", "dob Mar-14-1976", "D.O.B - 04 / 12 / 1985", "bday 12/03/1999", "her birthday's 5/18/41"],
)
def test_dob_variants(text: str) -> None:
    assert identifier_kinds(text) == {"dob"}


@pytest.mark.parametrize(
    "text", ["my appointment is 14-Mar-2026", "born in March 1976", "take 1 / 2 / 3 tablets", "I'm 47 years old"]
)
def test_dob_negatives(text: str) -> None:
    assert identifier_kinds(text) == set()


# --- ssn ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the last four of his social are 3390",
        "last 4 digits of my SSN: 0042",
        "SSN last four 7781",
        "my social ends in 5526",
        "ssn xxx-xx-6610",
        "my social security number is 414.72.3301",
        "social # 414 723 301",
        "her ssn is four one four, seven two, three three zero one",
    ],
)
def test_ssn_variants(text: str) -> None:
    assert identifier_kinds(text) == {"ssn"}


@pytest.mark.parametrize(
    "text",
    [
        "the last four digits of my card are 4471",
        "last 4 of my phone is 0199",
        "is the social worker in today?",
        "social hour is at 3pm in room 1204",
        "ssn? do I have to give it?",
        "it costs 123.45.67 apparently",
    ],
)
def test_ssn_negatives(text: str) -> None:
    assert "ssn" not in identifier_kinds(text)


# --- mrn ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "guarantor account # 71120934",
        "acct number 6620015 was billed twice",
        "my account no. is 4400912",
        "hospital number 7712093 for my wife",
        "M.R.N. 4471209",
        "m r n 3 3 0 1 9 2 7",
        "Patient#00451190",
    ],
)
def test_mrn_variants(text: str) -> None:
    assert identifier_kinds(text) == {"mrn"}


@pytest.mark.parametrize(
    "text",
    [
        "invoice 55120093 is wrong",
        "order # 88120045 for the gift shop",
        "case number 00318822",
        "confirmation number 4471209",
        "parking ticket 7731",
        "my account is locked",
        "my account was charged $1,200.50 twice",
    ],
)
def test_mrn_negatives(text: str) -> None:
    assert identifier_kinds(text) == set()


# --- insurance ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aetna ID YRK449201833",
        "Anthem policy: ZGP5501287",
        "my Molina number is 77120391",
        "Tricare, 1234567890",
        "medicaid card # KL4471002",
        "member 553301209-02",
        "subscriber id 4412 7780 1193",
        "member id R T 7 7 0 1 2 9 3 4",
        "MBI 2AB3-CD4-EF56",
        "card says 9XY7-KM2-PQ45",
        "group 1100452",
    ],
)
def test_insurance_variants(text: str) -> None:
    assert identifier_kinds(text) == {"insurance_id"}


@pytest.mark.parametrize(
    "text",
    [
        "I have Blue Cross, do you take it?",
        "is the copay $25 for Medicaid 2024 plans?",
        "Aetna since 2019, is that ok?",
        "our visitor policy 2024-25 says what?",
        "we're a group of 12",
        "does Medicare cover 100 percent?",
        "I'm a member since 2015",
    ],
)
def test_insurance_negatives(text: str) -> None:
    assert identifier_kinds(text) == set()


def test_phone_after_insurer_stays_a_phone() -> None:
    assert identifier_kinds("I'm with Humana, my number is 458-201-7733") == {"phone"}


# --- phone -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my mobile: +33 6 12 34 56 78",
        "text me on +44 7700 900456 while I'm abroad",
        "cell 5O3-66l-2O48",
        "number is five zero three, six six one, two zero four eight",
        "call me back at 9 7 1 5 5 5 0 1 4 4",
        "+1 (503) 555-0177 is my cell",
        "my work phone (971)555-0123 ext 4",
        "is 541-555-0121 the number you have on file for me?",
    ],
)
def test_phone_variants(text: str) -> None:
    assert identifier_kinds(text) == {"phone"}


@pytest.mark.parametrize(
    "text",
    [
        "should I call 988 or 911?",
        "poison control is 1 (800) 222-1222 right?",
        "is (541) 555-0120 central scheduling?",
        "the ICU line is 541 555 0130, yes?",
        "is the pharmacy number 5415550143?",
        "is 555-0143 the pharmacy?",
        "\uff15\uff14\uff11\uff15\uff15\uff15\uff10\uff11\uff16\uff10 is billing, right?",  # full-width digits
        "is the imaging fax 541-555-0129?",
        "the member services line is 1-888-555-0143?",
        "reference 2024-000123 for the complaint",
        "is extension 2231 the lab?",
    ],
)
def test_phone_negatives(text: str) -> None:
    assert identifier_kinds(text) == set()


# --- email -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "email: bob dot tran at outlook dot com",
        "r.kim(at)gmail(dot)com",
        "jsmith84 at yahoo dot com",
        "write to lee [at] comcast [dot] net",
        "it's pat @ icloud.com",
    ],
)
def test_obfuscated_email(text: str) -> None:
    assert identifier_kinds(text) == {"email"}


@pytest.mark.parametrize(
    "text",
    [
        "look at this dot com bubble",
        "meet me at the gift shop",
        "is billing at riverbend-hospital dot example the right address?",
        "can I write to records@riverbend-hospital.example?",
    ],
)
def test_email_negatives(text: str) -> None:
    assert identifier_kinds(text) == set()


# --- address -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("P.O. Box 77, Salem OR 97301 please", "[ADDRESS] please"),
        ("post office box 415", "[ADDRESS]"),
        ("my address is two hundred twelve Pine Road", "my address is [ADDRESS]"),
        ("we're at seventy-five Birch Lane now", "we're at [ADDRESS] now"),
        ("send it to 9 Orchard Ct, Apt 2, Salem OR 97301", "send it to [ADDRESS]"),
        ("I rent at 1200 River Road Apt 4 now", "I rent at [ADDRESS] now"),  # an apartment is not the hospital
    ],
)
def test_address_variants(text: str, redacted: str) -> None:
    assert identifier_kinds(text) == {"address"}
    assert redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "is 1200 River Rd the main entrance?",
        "how do I get to 455 Cedar Ave from downtown?",
        "it's a two lane road to the clinic",
        "how long is a 30 minute walk from Mill Street",
        "my zip is 97401",
        "my two sons drive me in",
    ],
)
def test_address_negatives(text: str) -> None:
    assert identifier_kinds(text) == set()


# --- person_name -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It's Nadia Petrova, MRN 5507712", "Nadia Petrova"),
        ("my son, Tyler Brooks, dob 6/2/2010", "Tyler Brooks"),
        ("please phone my wife Ana Souza on 503-555-0144", "Ana Souza"),
        ("Name: Li Wei. DOB 3/3/1955", "Li Wei"),
        ("Omar Haddad, DOB 7/7/1977, needs a refill", "Omar Haddad"),
        ("New address for Kate O'Neill: 14 Lark Street", "Kate O'Neill"),
        ("José Martínez, 971-555-0161", "José Martínez"),
        ("this is Mrs. Helen Ruiz, MRN 3321870", "Helen Ruiz"),
        ("my name is dana kowal and my dob is 2/9/1981", "dana kowal"),
    ],
)
def test_full_name_with_another_identifier(text: str, name: str) -> None:
    findings = [f for f in assess(text).findings if f.kind == "person_name"]
    assert [text[f.start : f.end] for f in findings] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "This is Tom Baker, where do I park?",  # a name with only a routine question
        "this is Nadia, MRN 5507712",  # first name alone
        "Dr. Sarah Kim, is 541-555-0140 her line?",  # staff
        "Thanks Maria Lopez for your help",
        "Pacific Source, member id 12345678",  # an insurer, not a person
        "12 Cypress Way, Junction City, 541-555-0199",  # a town after an address
        "re: Account Number, acct 4400912",
        "my name is spelled wrong on the bill, dob 2/9/1981",
    ],
)
def test_person_name_negatives(text: str) -> None:
    assert "person_name" not in identifier_kinds(text)


def test_full_name_with_health_detail_when_told() -> None:
    text = "This is Nadia Petrova and I have asthma"
    assert find_identifiers(text) == []
    assert find_identifiers(text, health_kinds={"condition"}) == [("person_name", 8, 21)]


# --- the hospital's public contacts ------------------------------------------------------------------------------


def test_public_contacts_come_from_the_facts_file() -> None:
    public = contacts.public_contacts()
    assert "5415550110" in public.phones
    assert "patientservices@riverbend-hospital.example" in public.emails
    assert "1200 river rd" in public.streets


def test_contacts_from_facts_walks_any_section() -> None:
    raw = {
        "hospital": {"main_phone": "+1 (212) 555-0100", "website": "https://www.example-hospital.org"},
        "units": [{"name": "ICU", "phone": "212.555.0130", "fax": "212-555-0131"}],
        "sites": [{"address": "9 Harbor Boulevard, Smalltown, ME 04000"}],
        "billing": {"email": "Billing@Example-Hospital.org", "hours": {"daily": "24 hours"}},
    }
    public = contacts.contacts_from_facts(raw)
    assert public.phones == {"2125550100", "2125550130", "2125550131"}
    assert public.emails == {"billing@example-hospital.org"}
    assert public.email_domains == {"example-hospital.org"}
    assert public.streets == {"9 harbor blvd"}


def test_facts_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    facts = tmp_path / "facts.yml"
    facts.write_text('hospital:\n  main_phone: "(458) 201-7733"\n', encoding="utf-8")
    monkeypatch.setenv(contacts.FACTS_PATH_ENV, str(facts))
    assert identifier_kinds("is 458-201-7733 your main line?") == set()
    assert identifier_kinds("is (541) 555-0110 still patient services?") == {"phone"}  # no longer the hospital's
    facts.write_text('hospital:\n  main_phone: "(541) 555-0110"\n', encoding="utf-8")
    contacts.reset_cache()  # the file is otherwise looked at again after RECHECK_SECONDS
    assert identifier_kinds("is (541) 555-0110 still patient services?") == set()


def test_unreadable_facts_file_makes_nothing_public(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(contacts.FACTS_PATH_ENV, str(tmp_path / "missing.yml"))
    assert identifier_kinds("is (541) 555-0110 still patient services?") == {"phone"}
    assert identifier_kinds("it's 1200 River Road right?") == {"address"}
    assert identifier_kinds("is poison control still 1-800-222-1222?") == set()  # national numbers stay public
    broken = tmp_path / "broken.yml"
    broken.write_text("hospital: [unclosed\n", encoding="utf-8")
    monkeypatch.setenv(contacts.FACTS_PATH_ENV, str(broken))
    assert identifier_kinds("is (541) 555-0110 still patient services?") == {"phone"}


def test_relative_facts_path_is_taken_from_the_project_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(contacts.FACTS_PATH_ENV, "config/hospital.yml")
    monkeypatch.chdir("/")
    assert "5415550100" in contacts.public_contacts().phones


# --- speed -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a." * 2500,
        "jane dot " * 600,
        "1 " * 2500,
        "1/" * 2500,
        "O1l-" * 1250,
        "X " * 2500,
        "member id X E H 1 " * 250,
        "Aaron Bell, " * 400,
        "one two three four " * 250,
        "Aetna member policy card id " * 180,
        "last four of my social " * 200,
        "12 Elm Elm Elm " * 330,
    ],
)
def test_adversarial_input_stays_fast(text: str) -> None:
    started = time.perf_counter()
    find_identifiers(normalise(text).text)
    assert time.perf_counter() - started < 0.5
