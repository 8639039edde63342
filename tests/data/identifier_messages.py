"""Labelled identifier messages for evaluating the privacy detector (see tests/data/README.md).

Separate banks of English message templates, ``dev`` to ``dev7`` (the detector's developers may tune on them;
``dev2`` to ``dev7`` (identifier_templates_dev3.py, identifier_templates_dev4.py: social security numbers in many
shapes; identifier_templates_dev5.py: their last four in many wordings and languages; identifier_templates_dev6.py:
names, addresses and labels of other countries and languages; identifier_templates_dev7.py: social security numbers
in everyday contexts, foreign labels, addresses in sentences, names after a role; identifier_templates_dev8.py: the
last four of a social in everyday wordings, names and dates of birth as bare answers; identifier_templates_dev9.py:
names, the writer's own and relatives', where patients put them; identifier_templates_dev10.py: bare answers,
values far from or after their label, capitals, voice-to-text, forms and other languages;
identifier_templates_dev11.py: names without a label word (signatures, names in passing, lists, possessives,
newborns, introductions in twelve languages)) cover other contexts and
message shapes) and ``holdout``, ``holdout2`` (identifier_templates_holdout2.py, written on 2026-12-05 by a writer
who saw no other bank and not the detector; its errors were read on 2026-12-06, so it is a development bank now) and
``holdout3`` (identifier_templates_holdout3.py, written blind on 2026-12-06; its errors were read that day) and
``holdout4`` (identifier_templates_holdout4.py, written blind while they were read; its errors read that day too) and
``holdout5`` (identifier_templates_holdout5.py, written blind while the fourth's were read; its errors read on
2026-12-06 (afternoon)) and ``holdout6`` (identifier_templates_holdout6.py, written blind while they were read; its
errors read that afternoon too) and ``holdout7`` (identifier_templates_holdout7.py, written blind while the sixth's
were read; its errors read on 2026-12-06 (evening)) and ``holdout8`` (identifier_templates_holdout8.py, written
blind while the seventh's were read; its errors read that evening) and ``holdout9``
(identifier_templates_holdout9.py, written blind while the eighth's were read; its errors read that evening) and
``holdout10`` (identifier_templates_holdout10.py, written blind while the ninth's were read; its errors read that
evening) and ``holdout11`` (identifier_templates_holdout11.py, written blind while the tenth's were read; its errors
read that evening) and ``holdout12`` (identifier_templates_holdout12.py, written blind while the eleventh's were read;
never read), are
filled with Faker values in 16 locales and many formats, deterministically for a seed.
``identifiers_handwritten.jsonl`` adds hand-written messages in patients' real styles. Every value carries
its span, and :func:`leaked` tells whether it is still readable after redaction. The data was written
without reading the detector's code. Run this file to print samples and counts.
"""

from __future__ import annotations

import json
import random
import re
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from faker import Faker

from tests.data.identifier_templates_dev3 import DEV3_TEMPLATES
from tests.data.identifier_templates_dev4 import DEV4_TEMPLATES
from tests.data.identifier_templates_dev5 import DEV5_TEMPLATES
from tests.data.identifier_templates_dev6 import DEV6_TEMPLATES
from tests.data.identifier_templates_dev7 import DEV7_TEMPLATES
from tests.data.identifier_templates_dev8 import DEV8_TEMPLATES
from tests.data.identifier_templates_dev9 import DEV9_TEMPLATES
from tests.data.identifier_templates_dev10 import DEV10_TEMPLATES
from tests.data.identifier_templates_dev11 import DEV11_TEMPLATES
from tests.data.identifier_templates_holdout2 import HOLDOUT2_TEMPLATES
from tests.data.identifier_templates_holdout3 import HOLDOUT3_TEMPLATES
from tests.data.identifier_templates_holdout4 import HOLDOUT4_TEMPLATES
from tests.data.identifier_templates_holdout5 import HOLDOUT5_TEMPLATES
from tests.data.identifier_templates_holdout6 import HOLDOUT6_TEMPLATES
from tests.data.identifier_templates_holdout7 import HOLDOUT7_TEMPLATES
from tests.data.identifier_templates_holdout8 import HOLDOUT8_TEMPLATES
from tests.data.identifier_templates_holdout9 import HOLDOUT9_TEMPLATES
from tests.data.identifier_templates_holdout10 import HOLDOUT10_TEMPLATES
from tests.data.identifier_templates_holdout11 import HOLDOUT11_TEMPLATES
from tests.data.identifier_templates_holdout12 import HOLDOUT12_TEMPLATES

KINDS: tuple[str, ...] = (
    "dob",
    "ssn",
    "mrn",
    "insurance_id",
    "phone",
    "email",
    "address",
    "person_name",
    "card",
    "account",
    "licence",
)
LOCALES: tuple[str, ...] = (
    "en_US",
    "en_GB",
    "en_CA",
    "en_AU",
    "en_IE",
    "en_IN",
    "en_NZ",
    "de_DE",
    "fr_FR",
    "es_ES",
    "es_MX",
    "it_IT",
    "nl_NL",
    "pt_BR",
    "pl_PL",
    "sv_SE",
)
BANKS: tuple[str, ...] = (
    "dev", "holdout", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "holdout2",
    "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
    "holdout9", "holdout10", "holdout11", "holdout12",
)
DEFAULT_SEED = 20240611
HANDWRITTEN_PATH = Path(__file__).with_name("identifiers_handwritten.jsonl")


@dataclass(frozen=True)
class IdentifierValue:
    """One labelled identifier: its kind, its text, and its span ``text[start:end]`` in the message."""

    kind: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class IdentifierMessage:
    """A patient message with every identifier in it labelled."""

    id: str
    text: str
    locale: str
    bank: str
    values: tuple[IdentifierValue, ...]


# --------------------------------------------------------------------------------------------------
# Templates. Slots: {name} full name, {surname}, {dob}, {ssn}, {ssnlast} (last four of an SSN), {mrn},
# {ins}, {mbi} Medicare (MBI), {phone}, {email}, {addr} street address, {pobox}, {mil} US military address,
# {card}, {acct} bank account or IBAN, {iban}, {lic} driver's licence. A digit after a slot name
# ({phone2}) draws a second value. The banks were written separately, in different wordings and contexts.
# --------------------------------------------------------------------------------------------------

# dev: appointments, refills, billing, records, registration, the patient portal.
DEV_TEMPLATES: tuple[str, ...] = (
    "Hi, this is {name}. I need to move my Thursday appointment, my date of birth is {dob}.",
    "Can I get a refill of my metformin sent over? DOB {dob}, best number is {phone}",
    "{dob}",
    "It's {dob}",
    "my social is {ssn} if you need it for the billing form",
    "SSN {ssn} - the statement has the wrong one on file",
    "They asked for the last four of my social, it's {ssnlast}",
    "Patient: {name}, MRN {mrn}. Asking about the copy of my records",
    "My medical record number is {mrn}, can you tell me if the release form arrived?",
    "patient account number {mrn} - I was billed twice for the same visit",
    "my insurance member id is {ins}, do you need the group number too?",
    "Member ID: {ins} / Group: {ins2}",
    "I changed insurance, new policy number is {ins}, please update it before my appointment",
    "Please call me back on {phone} about rescheduling",
    "You can text me at {phone} or email {email}",
    "send the invoice to {email} please",
    "My new address is {addr}, please update my file before the bill goes out",
    "Can you mail my records to {addr}?",
    "billing address: {addr}",
    "Please use my PO box for letters: {pobox}",
    "I'm deployed, please send the statement to {mil}",
    "My son is stationed overseas, his mailing address is {mil}, DOB {dob}",
    "I want to pay my bill with card {card}, expiry next year",
    "can you charge the copay to {card}",
    "Please set up autopay from my account {acct}",
    "The refund should go to IBAN {iban}",
    "My driver's licence number is {lic}, the front desk asked for it for registration",
    "Registering my daughter: {name}, born {dob}, our phone {phone}",
    "{name} here, I need a refill on my inhaler, number is {phone}",
    "{surname} here, calling about my husband's bill, account {mrn}",
    "{surname} - DOB {dob} - refill of sertraline please",
    "{name} {dob} need to cancel tomorrow's appointment",
    "{name}, diabetic, needs insulin pens refilled before Friday",
    "My mother {name} has dementia and I handle her appointments, her DOB is {dob}",
    "booking for my father {name}, he had a stroke in the spring, his number is {phone}",
    "Hello, my wife {name} needs her blood pressure meds renewed. Her insurance ID is {ins}",
    "I'm locked out of the portal. Email on file is {email}, DOB {dob}",
    "Portal sign-up: {email} / {phone} / born {dob}",
    "Please update my phone from {phone} to {phone2}",
    "My daughter's number is {phone}, please text her the appointment reminder",
    "I got a letter about a balance. Guarantor account {mrn}, SSN {ssn}",
    "For the financial assistance form: SSN {ssn}, address {addr}",
    "Records request for {name}, date of birth {dob}, MRN {mrn}",
    "I need to update my insurance. Subscriber: {name}, member number {ins}, group {ins2}",
    "Driver license {lic} and insurance card {ins}, is that all I need to bring for registration?",
    "they want ID for the billing dispute, my DL is {lic}",
    "Can you confirm you have my correct address? {addr}",
    "I moved! New address: {addr}. Phone stays the same {phone}",
    "please don't send paper bills to {addr} anymore, email them to {email}",
    "Hi I'm {name}, I had my gallbladder out last month and need a copy of the discharge summary",
    "patient: {name} | dob: {dob} | pharmacy wants a new script for warfarin",
    "can someone from scheduling call {phone}? it's about my MRI follow up, DOB {dob}",
    "the card ending is wrong, the full number is {card}",
    "debit card {card} was charged twice for the same copay",
    "Direct deposit of the refund to account {acct} please",
    "bank account for the payment plan: {acct}",
    "My husband {name} is on dialysis, please send his records to {addr}",
    "Grandson here, my grandma {name} can't use email, her landline is {phone}",
    "hello my MRN is {mrn} and my date of birth {dob}, I want to know if my refill was approved",
    "Insurance changed to a new plan, policy {ins}, the old one was {ins2}",
    "Confirming the appointment for {name}, hospital number {mrn}",
    "is the statement sent to {pobox}? I don't get mail at home",
    "date of birth: {dob}\nphone: {phone}\nreason: refill",
    "SSN is {ssn} and my card for the deposit is {card}",
    "My licence number is {lic}, DOB {dob} - for the ID check at check-in",
    "New patient registration: {name}, {addr}, {phone}",
    "reschedule pls {phone}",
    "{email} is my email for the portal invite",
    "my mom {name} has her chemo schedule through you, her account number is {mrn}",
    "please remove {phone} from my file, it's my old number",
    "I'd like to pay the rest by bank transfer, my account is {acct} and the card on file {card} expired",
    "who do I give my licence {lic} to? registration desk says scan it but nobody is there",
)

# dev2: a second tuning bank in contexts and shapes the dev bank leaves out: pharmacy pick-up for a relative,
# ambulance transfers, school nurse and care home forms, lawyers and employers, travel and dental care
# abroad, chaplaincy, lab call-backs, lost property, parking appeals, volunteering, blood donation, newborn
# registration, wheelchair loans, interpreters, complaint escalation, GP referrals; forwarded texts,
# voice-to-text, field lists, pasted forms, ALL CAPS, names first, signatures, values in brackets or quotes,
# slashes and pipes, and labels in other languages.
DEV2_TEMPLATES: tuple[str, ...] = (
    "I'm collecting my dad's prescription from the pharmacy counter today, he is {name}, born {dob}",
    "Picking up for my aunt {name} - the chemist wants her home address too, it's {addr}",
    "Can the pharmacist hand my grandmother's tablets to me? Her birthday is {dob}, my licence is {lic}",
    "The ambulance crew left a transfer sheet with my wife's hospital number {mrn} on it, do you want it back?",
    "Transfer paperwork for {name}: patient transport booking, NHS no {ins}, collection from {addr}",
    "the paramedics asked for his medicare number, it is {mbi}, can it go on the transfer form",
    "School nurse form for my son {name}, birth date {dob}, emergency contact {phone}",
    "The school wants the nurse's consent slip back. Child: {name} / Parent mobile: {phone} / Parent email: {email}",
    "my daughter's asthma plan for school asks for her health card, it's {ins}",
    "I'm the manager at the care home where {name} lives. Could the district nurse ring the office on {phone}?",
    "Writing on behalf of our resident {name} (hospital no. {mrn}), who has had two falls this week",
    "Care home manager here: {name}'s medicare number is {mbi} and her GP has changed",
    "Our firm represents {name} in a personal injury claim. Kindly send the notes to our office at {addr}",
    "I'm the solicitor acting for your patient; her record number is {mrn}, signed authority attached",
    "My employer's sick pay form wants my social security number, which is {ssn}",
    "HR at work needs a fit note. Employee: {name}, payroll account {acct}",
    "I'm in Spain and my travel insurer wants the policy number printed on your invoice: {ins}",
    "Travel insurance claim - policy {ins}, claimant {name}, emergency line while abroad {phone}",
    "Fell ill on holiday, the clinic over here charged my card {card}, can you write a letter for the insurer?",
    "Could the chaplain visit my mother {name} on the ward? You can reach me at {phone}",
    "Request for a priest to see {name} before her surgery, family contact {email}",
    "The lab said to ring back about my blood test. I'm {name}, born {dob}, reachable on {phone}",
    "missed a call from pathology and they left no name. my mobile is {phone} and record number {mrn}",
    "Results call-back please - my husband's swab, his hospital ID is {mrn}",
    "I left my wallet in the waiting room, it has my driving licence {lic} and a bank card {card} in it",
    "Lost property: a brown handbag, the name inside is {name}, please call {phone}",
    "Did anyone hand in a phone in outpatients? If it turns up please email {email}",
    "Appealing a car park fine, I was in A&E with my son. Registered keeper: {name}, address {addr}",
    "parking charge appeal - I was visiting intensive care, my licence number is {lic}",
    "The parking penalty was taken from account {acct} but I hold a blue badge",
    "I'd like to volunteer on the wards. Name: {name}, DOB: {dob}, email: {email}",
    "Volunteer application - for the background check my social security number is {ssn}",
    "Signing up to drive patients as a volunteer driver, my driving licence is {lic}",
    "I gave blood last week and the donor card has the wrong date of birth; it should be {dob}",
    "Blood donor {name} writing, can I donate again before my trip? Donor contact {phone}",
    "Registering our newborn: baby {name}, born {dob}, living at {addr}",
    "For the birth certificate the registrar needs the mother's NHS number {ins} and the baby's hospital number {mrn2}",
    "our baby arrived yesterday, can you add her to my insurance policy {ins}? Mum is {name}",
    "I'm borrowing a wheelchair for my father, the deposit can come off card {card}",
    "Wheelchair loan form: borrower {name}, bringing it back to the depot from {addr}",
    "need to extend the wheelchair loan, it was booked under my email {email}",
    "Please book a Polish interpreter for my mother {name}, her letter says hospital number {mrn}",
    "We need a sign language interpreter for my brother's clinic visit. His birthday is {dob}, text me on {phone}",
    "I am escalating my complaint to the patient advocate. Complainant: {name}, reference {mrn}, contact {email}",
    "Nobody answered my first complaint and I want it escalated to the chief executive. Reply to {addr}",
    "Second complaint about the same thing - the refund went to the wrong account, mine is {acct}",
    "My GP wrote a referral letter for me, {name}, born on {dob}. Has it reached the clinic?",
    "Referral from Dr. {surname}'s surgery for my knee, my health insurance number is {ins}",
    "The GP practice sent the referral with the wrong phone. The right one is {phone}",
    "Broke a tooth in Portugal, the dentist here wants my insurance card number, it's {ins}, I'm {name}",
    "emergency dentist abroad charged {card}, I need a statement for my plan",
    "The dentist in Greece was paid from my IBAN {iban}, my insurer needs your confirmation",
    "Forwarding this from my sister: \"hi it's {name}, my new number is {phone}, can you tell the hospital\"",
    "FW from Mum >> date of birth {dob} >> Medicare {mbi}",
    "My brother texted me this to pass on: account {acct} for the refund, his email {email}",
    "hi this is {name} calling about my lab results my date of birth is {dob} call me back on {phone}",
    "sorry using voice typing my son fell at school his birthday is {dob} and his health number {ins}",
    "ok so the interpreter didnt come again my number is {phone} please call",
    "yes hello its about the blood donation card my email is {email} thank you",
    "Name: {name}\nDOB: {dob}\nNHS no: {ins}",
    "Patient name - {name}\nHospital number - {mrn}\nNext of kin phone - {phone}",
    "Full name: {name}\nSocial Security No.: {ssn}\nEmployer: see attached",
    "Surname: {surname}\nCard number: {card}\nReason: wheelchair deposit",
    "First name*\t{name}\nDate of birth (dd/mm/yyyy)*\t{dob}\nEmail address*\t{email}",
    "[Bank account / IBAN]: {iban}   [Account holder]: {name}",
    "Driver's licence no. (as shown on card): {lic}   Address line: {addr}",
    "PLEASE CALL ME BACK ABOUT MY DADS LAB RESULTS {phone}",
    "MY NAME IS {name} AND I HAVE BEEN WAITING FOR WEEKS FOR THE REFERRAL",
    "LOST PROPERTY - BLACK PURSE WITH MY CARD {card} IN IT",
    "AMBULANCE TRANSFER FOR {name} BORN {dob}",
    "{name} - travel insurance letter needed urgently, policy {ins}",
    "{name}: mother of the baby born on the ward last night, contact {email}",
    "{surname}: school nurse says the inhaler form is missing",
    "Could the lab ring me with my cholesterol result? Thanks, {name} {phone}",
    "Please cancel the interpreter for Friday.\nRegards,\n{name}\n{email}",
    "Wheelchair handed back at reception today, thanks for the loan.\n-- {name}, {phone}",
    "My grandson (born {dob}) has a note from the school nurse",
    "The chaplain's visit is for \"{name}\" on the oncology ward",
    "Insurer's claim reference ('{ins}') is on the letter from the dentist abroad",
    "Please use my work email ({email}) and not my personal one for the employer form",
    "blood donor | {name} | {dob} | {phone}",
    "lab callback / {phone} / {surname}",
    "lawyer asked me to confirm the last four of my social on the release | {ssnlast}",
    "Nom / Name: {name}\nAdresse: {addr}",
    "Nombre: {name}, fecha de nacimiento: {dob}, teléfono: {phone}",
    "Geburtsdatum {dob}, Versicherungsnummer {ins} - für die Reiseversicherung",
    "data di nascita: {dob} (for the interpreter booking form)",
    "telefone para contato: {phone}, e-mail {email}",
    "naam: {name} | geboortedatum: {dob}",
    "Imię i nazwisko: {name}, telefon {phone}",
    "Please post the travel insurance forms to my PO box instead: {pobox}",
    "Return address for the lost glasses: {pobox}",
    "Soldier's wife here - please send the newborn's registration papers to {mil}",
    "Employer verification: employee {name}, payroll bank account {acct}",
    "My lawyer needs my full social ({ssn}) on the records release, is that normal?",
    "EMPLOYER INJURY FORM: SSN {ssn} / EMPLOYEE {name}",
    "ok my social security is {ssn} the nurse at work said you need it for the injury claim",
)

# holdout: visiting, results, discharge and transport, pre-authorisation, complaints, pharmacy delivery,
# overseas patients, forms, interpreters.
HOLDOUT_TEMPLATES: tuple[str, ...] = (
    "{dob}.",
    "{dob} 🙏",
    "ok {dob}",
    "Visiting my brother {name} on the cardiac unit tonight, he's recovering from bypass surgery, "
    "can I bring his tablet?",
    "Are my blood test results back? Born {dob}, hospital no. {mrn}",
    "lab called me but I missed it, ring me on {phone}",
    "My aunt {name} was discharged yesterday after her pneumonia, who do I talk to about her walker? "
    "My mobile is {phone}",
    "Transport for my dad's dialysis: pick up from {addr}",
    "The pre-authorisation letter needs his subscriber number, which is {ins}",
    "I want to file a complaint about how my mum {name} was treated in A&E. Her date of birth: {dob}",
    "Could the pharmacy courier deliver my anticoagulants to {addr}?",
    "I'm travelling from abroad for the knee surgery; reach me on WhatsApp at {phone}",
    "FMLA paperwork question, my personal email is {email}",
    "Need an interpreter for my grandmother {name}, she only speaks Polish and has a hip fracture",
    "{surname} here, any news on my biopsy? reference {mrn}",
    "{surname}. Question about my scan results, birthdate {dob}",
    "{name} - type 1 diabetic - my pump supplies haven't arrived, policy {ins}",
    "Social security no. {ssn}, the pre-auth form asks for it",
    "the form for disability wants my SS# ({ssn}) is that safe to send here?",
    "last 4 SSN: {ssnlast}",
    "to verify, {ssnlast} are the final digits of my social security number",
    "Results for patient ID {mrn}, please. I've been waiting since Monday",
    "chart number {mrn}, my nephew {name} was seen in the ER for a seizure",
    "My daughter's Medicaid number is {ins}, she needs a referral to the allergist",
    "the MBI on my red white and blue card: {mbi}",
    "you can reach my son on {phone}, he's my emergency contact while I'm on the ward",
    "For the discharge letter please write to {email}",
    "{email} <- send the results link here pls",
    "Courier can leave the parcel at {pobox}",
    "my husband's unit is deployed, his post goes to {mil}",
    "Sending the consent form for my stepdaughter, APO address: {mil}, her phone {phone}",
    "Pay the outstanding balance with this one: {card}",
    "The card {card} expires next month, please use it for the deposit, not the old one",
    "Refund me to this bank account please {acct}",
    "The reimbursement for my travel should go to {acct}, account holder {name}",
    "Photo ID for the visitor badge: licence no. {lic}",
    "I'm picking up my mum's prescription, my driving licence is {lic}",
    "Guardian info: {name}, {phone}, {email}",
    "Emergency contact: my sister {name}, {phone}",
    "Where do I send the overseas patient form? I live at {addr} and my number is {phone}",
    "My father {name} ({dob}) is in the ICU after a heart attack, can I call the nurses' station?",
    "I was sent home with a catheter and no instructions. {name}, {dob}",
    "did my covid test come back? {name}, health card number {ins}",
    "My partner {name} is 32 weeks pregnant, her antenatal notes went to {addr} by mistake",
    "For the pre-op call please use {phone} after work",
    "insurance says the claim was denied - claim for member {ins}, patient {name}",
    "I need the X-ray report for court. My date of birth is {dob}, the record number is {mrn}, "
    "address for the post {addr}",
    "Interpreter needed for the appointment, patient {name}, contact daughter at {email}",
    "{name} {phone} chest xray results pls",
    "{surname} family here. Grandad is on the stroke ward and we need to change his address to {addr}",
    "Policy holder: {name} | policy no: {ins} | relationship: mother",
    "Missed the call from the lab. {phone} is the best number, or {phone2} after hours",
    "whats the status of the prior auth for my MRI? group no {ins} member no {ins2}",
    "I have a new email since my surgery: {email}",
    "We moved house while my son was in the NICU, new address {addr}",
    "my card {card} got declined at the pharmacy window, can you try again",
    "Please debit the monthly instalment from {acct}",
    "Visitor registration, name {name}, ID (driver's licence) {lic}",
    "is it ok to give my social here? {ssn}",
    "born on {dob}, patient number {mrn}, my colonoscopy prep instructions never arrived",
    "My brother-in-law {name} had a kidney transplant here, please send his medication list to {email}",
    "Birthdate {dob}. Reason for message: itchy rash since starting amoxicillin",
    "Please post the sick note to {addr}, I can't drive after the cataract op",
    "the overseas insurer needs my policy {ins} and home phone {phone}",
    "{name} here, recovering from covid, I'd like my isolation letter sent to {email}",
    "account for the hardship grant: {acct}; sort of urgent",
    "Hospital number {mrn}, my wife {name} asked me to check on her MRI report",
    "DL# {lic}, insurance {ins}, SSN {ssn}: everything the admissions clerk asked for",
    "Mailing address while I'm on base: {mil}",
    "My mobile changed to {phone}, please put it on my chart so the lab can reach me",
    "paid the ER bill twice?? card used was {card}, refund to that please",
    "sister-in-law {name} is asthmatic and lost her inhaler on the ward, her room phone is {phone}",
)


# --------------------------------------------------------------------------------------------------
# Value makers.
# --------------------------------------------------------------------------------------------------


@dataclass
class _Ctx:
    locale: str
    fake: Faker
    us: Faker
    rng: random.Random


def _fill(pattern: str, rng: random.Random) -> str:
    """Fill a shape: ``#`` a digit, ``@`` a capital letter, ``*`` a capital letter or digit."""
    pools = {"#": string.digits, "@": string.ascii_uppercase, "*": string.ascii_uppercase + string.digits}
    return "".join(rng.choice(pools[ch]) if ch in pools else ch for ch in pattern)


def _group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(part for part in out if part)


def _person_name(c: _Ctx) -> str:
    return c.fake.name()


def _surname(c: _Ctx) -> str:
    return c.fake.last_name()


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_LOCAL_DATES: dict[str, tuple[str, tuple[str, ...]]] = {
    "de_DE": ("{d}. {m} {y}", ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                               "September", "Oktober", "November", "Dezember")),
    "fr_FR": ("{d} {m} {y}", ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                              "septembre", "octobre", "novembre", "décembre")),
    "es_ES": ("{d} de {m} de {y}", ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                    "septiembre", "octubre", "noviembre", "diciembre")),
    "es_MX": ("{d} de {m} de {y}", ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                    "septiembre", "octubre", "noviembre", "diciembre")),
    "it_IT": ("{d} {m} {y}", ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                              "settembre", "ottobre", "novembre", "dicembre")),
    "nl_NL": ("{d} {m} {y}", ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                              "september", "oktober", "november", "december")),
    "pt_BR": ("{d} de {m} de {y}", ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
                                    "setembro", "outubro", "novembro", "dezembro")),
    "pl_PL": ("{d} {m} {y}", ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                              "września", "października", "listopada", "grudnia")),
    "sv_SE": ("{d} {m} {y}", ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                              "september", "oktober", "november", "december")),
}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _dob(c: _Ctx) -> str:
    r = c.rng
    born = date.fromordinal(r.randint(date(1925, 1, 1).toordinal(), date(2024, 12, 31).toordinal()))
    y, m, d, yy = born.year, born.month, born.day, f"{born.year % 100:02d}"
    mon = _MONTHS[m - 1]
    mon3 = mon[:3]
    month_first = c.locale == "en_US" or (c.locale == "en_CA" and r.random() < 0.5)
    if month_first:
        numeric = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{yy}", f"{m:02d}-{d:02d}-{y}",
                   f"{m}.{d}.{y}", f"{m:02d}{d:02d}{y}", f"{m}-{d}-{yy}"]
    else:
        numeric = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{yy}",
                   f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{yy}", f"{d}-{m}-{y}", f"{d:02d}{m:02d}{y}"]
    iso = [f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}{m:02d}{d:02d}"]
    text = [f"{d} {mon} {y}", f"{mon} {d}, {y}", f"{mon} {_ordinal(d)}, {yy}", f"{_ordinal(d)} {mon} {y}",
            f"{_ordinal(d)} of {mon}, {y}", f"{mon3} {d} {y}", f"{d}-{mon3}-{y}", f"{d} {mon3} {yy}",
            f"{mon} {_ordinal(d)} {y}", f"{mon3}. {d}, {y}", f"{mon} {_ordinal(d)}, '{yy}", f"{d} {mon.upper()} {y}"]
    roll = r.random()
    if roll < 0.08 and c.locale in _LOCAL_DATES:
        shape, names = _LOCAL_DATES[c.locale]
        return shape.format(d=d, m=names[m - 1], y=y)
    if roll < 0.45:
        return r.choice(numeric)
    if roll < 0.6:
        return r.choice(iso)
    return r.choice(text)


def _ssn(c: _Ctx) -> str:
    r = c.rng
    roll = r.random()
    if roll < 0.07:
        area = "000"
    elif roll < 0.14:
        area = "666"
    elif roll < 0.24:
        area = f"9{r.randrange(100):02d}"
    else:
        area = f"{r.choice([n for n in range(1, 900) if n != 666]):03d}"
    group = "00" if r.random() < 0.05 else f"{r.randint(1, 99):02d}"
    serial = "0000" if r.random() < 0.05 else f"{r.randint(1, 9999):04d}"
    shape = r.choice(("{a}-{g}-{s}", "{a}-{g}-{s}", "{a} {g} {s}", "{a}.{g}.{s}", "{a}{g}{s}", "{a}-{g} {s}",
                      "{a} - {g} - {s}", "{a}/{g}/{s}"))
    return shape.format(a=area, g=group, s=serial)


def _ssn_last(c: _Ctx) -> str:
    return f"{c.rng.randint(1, 9999):04d}"


_MRN_SHAPES = ("########", "#######", "##########", "RB#######", "RB-###-####", "RBH-### ####", "E########",
               "@#######", "@@######", "####-#####", "P-####-####", "###-###-###", "M#########", "H######",
               "00#######", "#### ####", "MR-######", "##-######-#", "@##-###-###")


def _mrn(c: _Ctx) -> str:
    return _fill(c.rng.choice(_MRN_SHAPES), c.rng)


_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def _mbi(rng: random.Random) -> str:
    def letter() -> str:
        return rng.choice(_MBI_LETTERS)

    def alnum() -> str:
        return rng.choice(_MBI_LETTERS + string.digits)

    parts = [str(rng.randint(1, 9)), letter(), alnum(), str(rng.randint(0, 9)), letter(), alnum(),
             str(rng.randint(0, 9)), letter(), letter(), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    mbi = "".join(parts)
    return f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}" if rng.random() < 0.5 else mbi


_INSURANCE_SHAPES: dict[str, tuple[str, ...]] = {
    "en_US": ("@@@#########", "W#########", "#########-##", "@@@W########", "ZG#########", "#########A"),
    "en_GB": ("### ### ####", "##########", "###-###-####"),
    "en_CA": ("####-###-###-@@", "#### ### ### @@", "9### ### ###", "##########"),
    "en_AU": ("#### ##### #", "##########", "#### ##### #/#"),
    "en_IE": ("VH########", "LA########", "#######@", "IH-######-##"),
    "en_IN": ("##-####-####-####", "##############", "PMJAY-########"),
    "en_NZ": ("@@@####", "@@@##@@", "SX-########"),
    "de_DE": ("@#########", "@######### ##", "###########"),
    "fr_FR": ("# ## ## ## ### ### ##", "###############", "# ## ## ## ### ###"),
    "es_ES": ("@@@@##########", "@@@@ ######## ##", "##########"),
    "es_MX": ("## ## ## #### #", "###########", "##-##-##-####-#"),
    "it_IT": ("@@@@@@##@##@###@", "80380-#########-####", "########"),
    "nl_NL": ("#########", "P########", "####-####-#"),
    "pt_BR": ("### #### #### ####", "###############", "#########-##"),
    "pl_PL": ("###########", "NFZ/########", "##########"),
    "sv_SE": ("#########", "FK-#######", "######-####"),
}
_GENERIC_INSURANCE = ("@@@#########", "POL-#######-##", "GRP######", "######", "@########", "##########-##",
                      "@@-####-####")


def _medicare_mbi(c: _Ctx) -> str:
    return _mbi(c.rng)


def _insurance(c: _Ctx) -> str:
    r = c.rng
    if c.locale == "en_US" and r.random() < 0.2:
        return _mbi(r)
    shapes = _INSURANCE_SHAPES[c.locale] if r.random() < 0.6 else _GENERIC_INSURANCE
    return _fill(r.choice(shapes), r)


_COUNTRY_CODES = {"en_US": "1", "en_CA": "1", "en_GB": "44", "en_AU": "61", "en_IE": "353", "en_IN": "91",
                  "en_NZ": "64", "de_DE": "49", "fr_FR": "33", "es_ES": "34", "es_MX": "52", "it_IT": "39",
                  "nl_NL": "31", "pt_BR": "55", "pl_PL": "48", "sv_SE": "46"}
_TRUNK_ZERO = frozenset({"en_GB", "en_AU", "en_IE", "en_IN", "en_NZ", "de_DE", "fr_FR", "nl_NL", "sv_SE"})
_HOSPITAL_LINE = re.compile(r"54155501\d\d$")


def _national_digits(raw: str, locale: str) -> str:
    """The national number inside a Faker phone number (country code and extension dropped)."""
    text = raw.split("x")[0].replace("(0)", "").strip()
    digits = re.sub(r"\D", "", text)
    cc = _COUNTRY_CODES[locale]
    if text.startswith("+") and digits.startswith(cc):
        digits = digits[len(cc) :]
    elif text.startswith("00" + cc):
        digits = digits[2 + len(cc) :]
    elif cc == "1" and len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if locale in _TRUNK_ZERO and not digits.startswith("0") and len(digits) >= 9:
        digits = "0" + digits
    return digits


def _reformat_phone(national: str, c: _Ctx) -> str:
    r = c.rng
    cc = _COUNTRY_CODES[c.locale]
    intl = r.random() < 0.4
    digits = national[1:] if intl and c.locale in _TRUNK_ZERO and national.startswith("0") else national
    if cc == "1" and len(digits) == 10:
        sizes: tuple[int, ...] = (3, 3, 4)
    else:
        first, size = r.choice((2, 3, 3, 4, 5)), r.choice((2, 3, 4, 4))
        sizes = (first,) + (size,) * 8
    style = r.choice((" ", " ", "-", ".", "", "paren"))
    if style == "paren":
        head = digits[: sizes[0]]
        body = f"({head}) " + _group(digits[len(head) :], sizes[1:], r.choice((" ", "-")))
    else:
        body = _group(digits, sizes, style)
    body = re.sub(r"(\d+)[ .-](\d)$", r"\1\2", body)  # never leave a lone last digit
    if not intl:
        return body
    prefixes = ["+{cc} ", "+{cc}", "00{cc} ", "+{cc}-", "+{cc} "]
    if cc == "1":
        prefixes += ["1-", "1 ", "1."]
    return r.choice(prefixes).format(cc=cc) + body


def _irish_phone(c: _Ctx) -> str:
    return _fill(c.rng.choice(("08# ### ####", "01 ### ####", "0## ### ####", "+353 8# ### ####", "08#-#######")),
                 c.rng)


def _phone(c: _Ctx) -> str:
    for _ in range(50):
        raw = _irish_phone(c) if c.locale == "en_IE" else c.fake.phone_number()
        value = raw if c.rng.random() < 0.35 else _reformat_phone(_national_digits(raw, c.locale), c)
        if not _HOSPITAL_LINE.search(re.sub(r"\D", "", value.split("x")[0])):
            return value
    raise RuntimeError("no phone number outside the hospital's lines")


def _email(c: _Ctx) -> str:
    return c.fake.free_email() if c.rng.random() < 0.5 else c.fake.email()


def _tidy(pieces: list[str], sep: str) -> str:
    lines = [line.strip() for piece in pieces for line in piece.split("\n")]
    text = sep.join(line for line in lines if line)
    return re.sub(r"\s+,", ",", re.sub(r"[ \t]{2,}", " ", text))


def _address(c: _Ctx) -> str:
    r, f = c.rng, c.fake
    for _ in range(50):
        roll = r.random()
        if roll < 0.55:
            value = _tidy([f.address()], ", ")
        elif roll < 0.75:
            value = _tidy([f.street_address(), f.city(), f.postcode()], ", ")
        elif roll < 0.9:
            value = _tidy([f.street_address(), f.city()], ", ")
        else:
            value = _tidy([f.street_address()], r.choice((", ", " ")))
        if "River Road" not in value and "Cedar Avenue" not in value:
            return value
    raise RuntimeError("no address outside the hospital's")


_PO_BOXES: dict[str, tuple[str, ...]] = {
    "en_US": ("PO Box ####, {city}, {state} {zip}", "P.O. Box ###, {city}, {state} {zip}", "POB ####"),
    "en_GB": ("PO Box ###, {city}, {postcode}", "P.O. Box ####, {city}"),
    "en_CA": ("PO Box ###, Stn Main, {city}, {postcode}", "C.P. ####, {city}, {postcode}"),
    "en_AU": ("GPO Box ####, {city} {postcode}", "PO Box ###, {city}, {postcode}", "Locked Bag ###, {city}"),
    "en_IE": ("PO Box ###, {city}", "P.O. Box ####, {city}, {postcode}"),
    "en_IN": ("Post Box No. ###, {city} {postcode}", "PO Box ####, {city}"),
    "en_NZ": ("PO Box #####, {city} {postcode}", "Private Bag ####, {city}"),
    "de_DE": ("Postfach ## ## ##, {postcode} {city}", "Postfach ####, {postcode} {city}"),
    "fr_FR": ("BP ###, {postcode} {city}", "Boîte postale ####, {postcode} {city}"),
    "es_ES": ("Apartado de Correos ###, {postcode} {city}", "Apartado ####, {city}"),
    "es_MX": ("Apartado Postal ###, {city}, {postcode}", "Apartado Postal ####, {postcode}"),
    "it_IT": ("Casella Postale ###, {postcode} {city}", "Casella Postale ####, {city}"),
    "nl_NL": ("Postbus ####, {postcode} {city}", "Postbus ###, {city}"),
    "pt_BR": ("Caixa Postal ####, {city}, {postcode}", "Caixa Postal ###, {postcode} {city}"),
    "pl_PL": ("Skrytka pocztowa ###, {postcode} {city}", "Skrytka pocztowa ##, {city}"),
    "sv_SE": ("Box ###, {postcode} {city}", "Box ####, {city}"),
}


def _po_box(c: _Ctx) -> str:
    f = c.fake
    state = f.state_abbr() if c.locale == "en_US" else ""
    shape = _fill(c.rng.choice(_PO_BOXES[c.locale]), c.rng)
    return shape.format(city=f.city(), postcode=f.postcode(), state=state, zip=f.postcode())


_MILITARY_ZIPS = {"AA": "340##", "AE": "09###", "AP": "96###"}


def _military(c: _Ctx) -> str:
    r, us = c.rng, c.us
    state = r.choice(tuple(_MILITARY_ZIPS))
    zip_code = _fill(_MILITARY_ZIPS[state], r)
    sep = r.choice((", ", " ", ", "))
    roll = r.random()
    if roll < 0.4:
        return f"{us.military_apo()}{sep}APO {state} {zip_code}"
    if roll < 0.7:
        return f"{us.military_dpo()}{sep}DPO {state} {zip_code}"
    return f"{us.military_ship()} {us.last_name()}{sep}FPO {state} {zip_code}"


_CARD_TYPES = ("visa16", "visa16", "mastercard", "mastercard", "amex", "discover", "jcb16", "diners", "visa13",
               "maestro")


def _card(c: _Ctx) -> str:
    r = c.rng
    number = c.fake.credit_card_number(card_type=r.choice(_CARD_TYPES))
    if r.random() < 0.25:  # break the Luhn check
        number = number[:-1] + str((int(number[-1]) + r.randint(1, 9)) % 10)
    sep = r.choice((" ", " ", "-", "", ""))
    sizes = {15: (4, 6, 5), 14: (4, 6, 4)}.get(len(number), (4, 4, 4, 4, 4))
    return _group(number, sizes, sep)


_IBAN_LOCALES = frozenset({"en_GB", "en_IE", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "sv_SE"})
_DOMESTIC_ACCOUNTS: dict[str, tuple[str, ...]] = {
    "en_US": ("#########", "##########", "############", "####-#####-##"),
    "en_CA": ("#######", "#####-###-#######", "#### ###"),
    "en_GB": ("########", "## ## ## ########"),
    "en_AU": ("### ### ###", "########", "######-###"),
    "en_IE": ("########",),
    "en_IN": ("###########", "################", "#### #### ####"),
    "en_NZ": ("##-####-#######-##", "## #### ####### ###"),
    "es_MX": ("### ### ########### #", "##################", "##########"),
    "pt_BR": ("#####-#", "########-#", "####### #"),
}


def _iban(c: _Ctx) -> str:
    r = c.rng
    iban = _fill("SE##" + "#" * 20, r) if c.locale == "sv_SE" else c.fake.iban()
    return _group(iban, (4,) * 9, " ") if r.random() < 0.5 else iban


def _account(c: _Ctx) -> str:
    r = c.rng
    if c.locale in _IBAN_LOCALES and (c.locale not in _DOMESTIC_ACCOUNTS or r.random() < 0.7):
        return _iban(c) if c.locale == "sv_SE" or r.random() < 0.8 else c.fake.bban()
    return _fill(r.choice(_DOMESTIC_ACCOUNTS.get(c.locale, ("##########",))), r)


_LICENCES: dict[str, tuple[str, ...]] = {
    "en_US": ("@#######", "### ### ###", "@###-###-##-###-#", "########", "WDL*********", "@###-####-####",
              "@######", "#########"),
    "en_GB": ("@@@@@######@@#@@", "@@@@@###### @@#@@", "@@@@9######@@#@@"),
    "en_CA": ("@####-#####-#####", "@####-######-##", "#######", "@@@@-@@-###@@"),
    "en_AU": ("########", "#########", "###-###-###"),
    "en_IE": ("### ### ###", "#########", "##-###-####"),
    "en_IN": ("@@## ###########", "@@-##########-###", "@@##-####-#######"),
    "en_NZ": ("@@######", "@@ ######"),
    "de_DE": ("@###@@@#@##", "@##@@@@#@##", "@###@@@#@## #"),
    "fr_FR": ("############", "## ## ## ### ###", "##@@#####"),
    "es_ES": ("########@", "########-@", "@#######@"),
    "es_MX": ("@########", "##########", "@@#########"),
    "it_IT": ("@@#######@", "@@ ####### @", "@#@###@@#@"),
    "nl_NL": ("##########", "#### ### ###"),
    "pt_BR": ("###########", "### ### ### ##", "####-####-###"),
    "pl_PL": ("#####/##/####", "######/##/####"),
    "sv_SE": ("########", "######-####"),
}


def _licence(c: _Ctx) -> str:
    return _fill(c.rng.choice(_LICENCES[c.locale]), c.rng)


_SLOTS: dict[str, tuple[str, Callable[[_Ctx], str]]] = {
    "name": ("person_name", _person_name),
    "surname": ("person_name", _surname),
    "dob": ("dob", _dob),
    "ssn": ("ssn", _ssn),
    "ssnlast": ("ssn", _ssn_last),
    "mrn": ("mrn", _mrn),
    "ins": ("insurance_id", _insurance),
    "mbi": ("insurance_id", _medicare_mbi),
    "phone": ("phone", _phone),
    "email": ("email", _email),
    "addr": ("address", _address),
    "pobox": ("address", _po_box),
    "mil": ("address", _military),
    "card": ("card", _card),
    "acct": ("account", _account),
    "iban": ("account", _iban),
    "lic": ("licence", _licence),
}
_SLOT = re.compile(r"\{([a-z]+)\d?\}")

# Occasional words of the locale's language around the English message: (greetings, sign-offs).
_LOCAL_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en_US": (("Hi", "Hello", "Hey there"), ("thanks!", "thank you", "thx")),
    "en_GB": (("Hiya", "Morning", "Hello"), ("cheers", "ta", "many thanks")),
    "en_CA": (("Hi there", "Bonjour-hi"), ("thanks", "merci")),
    "en_AU": (("G'day", "Hi"), ("cheers", "ta")),
    "en_IE": (("Dia dhuit", "Hi"), ("go raibh maith agat", "thanks a million")),
    "en_IN": (("Namaste", "Good morning sir"), ("dhanyavaad", "thank you ji")),
    "en_NZ": (("Kia ora", "Hi"), ("ngā mihi", "cheers")),
    "de_DE": (("Hallo", "Guten Tag"), ("Danke", "Viele Grüße")),
    "fr_FR": (("Bonjour", "Salut"), ("merci", "merci beaucoup")),
    "es_ES": (("Hola", "Buenos días"), ("gracias", "muchas gracias")),
    "es_MX": (("Hola", "Buenas tardes"), ("gracias", "mil gracias")),
    "it_IT": (("Buongiorno", "Ciao"), ("grazie", "grazie mille")),
    "nl_NL": (("Hallo", "Goedemorgen"), ("bedankt", "dank je wel")),
    "pt_BR": (("Olá", "Bom dia"), ("obrigado", "obrigada")),
    "pl_PL": (("Dzień dobry", "Cześć"), ("dziękuję", "dzięki")),
    "sv_SE": (("Hej", "God morgon"), ("tack", "tack så mycket")),
}


@cache
def _faker(locale: str) -> Faker:
    fake = Faker(locale)
    for provider in fake.get_providers():
        # Faker's it_IT city list is built from a set, so its order (and the city drawn) would follow
        # PYTHONHASHSEED; sorting it keeps generation deterministic across processes.
        if isinstance(getattr(provider, "cities", None), list):
            provider.cities = sorted(provider.cities)
    return fake


def _compose(template: str, c: _Ctx) -> tuple[str, tuple[IdentifierValue, ...]]:
    r = c.rng
    literal = _SLOT.sub("", template)
    decorate = any(ch.isalpha() for ch in literal)
    lower = decorate and r.random() < 0.12
    greetings, closings = _LOCAL_WORDS[c.locale]
    text = ""
    if decorate and not template.startswith("{") and r.random() < 0.2:
        text = r.choice(greetings) + r.choice((", ", " ", "! "))
    values: list[IdentifierValue] = []
    pos = 0
    for match in _SLOT.finditer(template):
        piece = template[pos : match.start()]
        text += piece.lower() if lower else piece
        kind, make = _SLOTS[match.group(1)]
        value = make(c)
        values.append(IdentifierValue(kind, value, len(text), len(text) + len(value)))
        text += value
        pos = match.end()
    tail = template[pos:]
    text += tail.lower() if lower else tail
    if decorate and r.random() < 0.15:
        text += (" " if text[-1] in ".!?" else r.choice((" ", ". ", ", "))) + r.choice(closings)
    return text, tuple(values)


def redact(text: str, values: tuple[IdentifierValue, ...]) -> str:
    """The text with every labelled span replaced by a placeholder such as ``[PHONE]``."""
    for value in sorted(values, key=lambda v: v.start, reverse=True):
        text = text[: value.start] + f"[{value.kind.upper()}]" + text[value.end :]
    return text


TEMPLATES_BY_BANK: dict[str, tuple[str, ...]] = {
    "dev": DEV_TEMPLATES,
    "dev2": DEV2_TEMPLATES,
    "dev3": DEV3_TEMPLATES,
    "dev4": DEV4_TEMPLATES,
    "dev5": DEV5_TEMPLATES,
    "dev6": DEV6_TEMPLATES,
    "dev7": DEV7_TEMPLATES,
    "dev8": DEV8_TEMPLATES,
    "dev9": DEV9_TEMPLATES,
    "dev10": DEV10_TEMPLATES,
    "dev11": DEV11_TEMPLATES,
    "holdout": HOLDOUT_TEMPLATES,
    "holdout2": HOLDOUT2_TEMPLATES,
    "holdout3": HOLDOUT3_TEMPLATES,
    "holdout4": HOLDOUT4_TEMPLATES,
    "holdout5": HOLDOUT5_TEMPLATES,
    "holdout6": HOLDOUT6_TEMPLATES,
    "holdout7": HOLDOUT7_TEMPLATES,
    "holdout8": HOLDOUT8_TEMPLATES,
    "holdout9": HOLDOUT9_TEMPLATES,
    "holdout10": HOLDOUT10_TEMPLATES,
    "holdout11": HOLDOUT11_TEMPLATES,
    "holdout12": HOLDOUT12_TEMPLATES,
}


def generate(bank: str, count: int, seed: int = DEFAULT_SEED) -> list[IdentifierMessage]:
    """``count`` labelled messages from the ``dev``, ``dev2`` ... ``dev5`` or ``holdout`` bank, the same for a
    seed.

    Templates and locales are used in turn (each shuffled), so every template appears once per
    ``len(templates)`` messages. A draw whose values cannot be told apart from the template's own words
    by :func:`leaked` (e.g. a surname that is also a word of the template) is drawn again.
    """
    templates = TEMPLATES_BY_BANK.get(bank)
    if templates is None:
        raise ValueError(f"unknown bank {bank!r}; expected one of {BANKS}")
    rng = random.Random(f"{bank}:{seed}")
    fakers = {locale: _faker(locale) for locale in LOCALES}
    for locale in LOCALES:
        fakers[locale].seed_instance(rng.randrange(2**32))
    template_order: list[str] = []
    locale_order: list[str] = []
    messages = []
    for i in range(count):
        if not template_order:
            template_order = list(templates)
            rng.shuffle(template_order)
        if not locale_order:
            locale_order = list(LOCALES)
            rng.shuffle(locale_order)
        template, locale = template_order.pop(), locale_order.pop()
        fake = fakers[locale]
        ctx = _Ctx(locale, fake, fakers["en_US"], rng)  # military addresses come from the en_US provider
        for _ in range(100):
            text, values = _compose(template, ctx)
            masked = redact(text, values)
            if all(leaked(v, text) and not leaked(v, masked) for v in values):
                break
        else:  # pragma: no cover - would mean a template that cannot be filled
            raise RuntimeError(f"cannot fill template {template!r}")
        messages.append(IdentifierMessage(f"id{bank}-{i + 1:05d}", text, locale, bank, values))
    return messages


def load_handwritten(path: Path | str = HANDWRITTEN_PATH) -> list[IdentifierMessage]:
    """The hand-written messages (bank ``handwritten``), spans found with ``str.find`` in order."""
    messages = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text: str = row["text"]
        taken: list[tuple[int, int]] = []
        values = []
        for item in row["values"]:
            start = text.find(item["value"])
            while start >= 0 and any(s < start + len(item["value"]) and start < e for s, e in taken):
                start = text.find(item["value"], start + 1)
            if start < 0:
                raise ValueError(f"{row['id']}: {item['value']!r} is not in the text")
            end = start + len(item["value"])
            taken.append((start, end))
            values.append(IdentifierValue(item["kind"], item["value"], start, end))
        messages.append(IdentifierMessage(row["id"], text, row["locale_style"], "handwritten", tuple(values)))
    return messages


# --------------------------------------------------------------------------------------------------
# Leak rule.
# --------------------------------------------------------------------------------------------------

_WINDOW = 5
_SEPARATORS = r"[\s.,:/()+\-–—]{1,3}"
_CHUNK = r"[^\W_]*[0-9][^\W_]*"
_NUMBER_RUN = re.compile(rf"{_CHUNK}(?:{_SEPARATORS}{_CHUNK})*")
_DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_DIGIT_WORD = re.compile(r"\b(?:(double|triple)\s+)?(" + "|".join(_DIGIT_WORDS) + r")\b", re.IGNORECASE)
_MONTH_NUMBERS: dict[str, int] = {}
for _number, _name in enumerate(_MONTHS, start=1):
    _MONTH_NUMBERS[_name.lower()] = _MONTH_NUMBERS[_name.lower()[:3]] = _number
_MONTH_NUMBERS["sept"] = 9
for _shape, _names in _LOCAL_DATES.values():
    for _number, _name in enumerate(_names, start=1):
        _MONTH_NUMBERS[_name.lower()] = _number
_MONTH_WORD = re.compile(r"\b(" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\b\.?", re.I)
_DATE_FILLER = re.compile(r"\s(?:of|de)\s", re.IGNORECASE)
_NAME_STOPWORDS = frozenset(
    (
        "mr", "mrs", "ms", "miss", "mx", "dr", "dra", "prof", "sir", "dame", "md", "dds", "dvm", "phd", "jr", "sr",
        "sra", "srta", "srita", "ii", "iii", "iv", "herr", "frau", "mme", "mlle", "pan", "pani", "sig", "dott",
        "ing", "dipl", "lic", "univ", "mba", "eng", "sc", "van", "von", "der", "den", "de", "del", "della", "di",
        "da", "das", "dos", "do", "du", "la", "le", "ter", "het", "auch", "zu",
    )
)
_ADDRESS_STOPWORDS = frozenset(
    (
        "apt", "apartment", "suite", "ste", "flat", "studio", "unit", "floor", "piso", "planta", "appartamento",
        "interior", "depto", "edif", "house", "no", "street", "st", "road", "rd", "avenue", "ave", "lane", "drive",
        "way", "the", "rue", "calle", "via", "str", "ul", "ulica", "aleja", "rua", "avenida", "plaza", "box",
        "bis", "ter", "plot",
    )
)
_BOX = re.compile(
    r"\b(p\.?\s?o\.?\s?box|pob|gpo box|post box no\.?|box|locked bag|private bag|psc|cmr|postfach|bp|"
    r"boîte postale|apartado(?: de correos| postal)?|casella postale|postbus|caixa postal|skrytka pocztowa|c\.p\.)"
    r"\W{0,3}(\d+(?: \d+)*)",
    re.IGNORECASE,
)
_SHIP = re.compile(r"\b(USS|USNS|USNV|USCGC)\s+([^\W\d_]+)")
_HOUSE_NUMBER = re.compile(r"(?<![^\W_])\d+[A-Za-z]?(?:[/-]\d+[A-Za-z]?)?(?![^\W_])")
_WORD = re.compile(r"[^\W\d_]+")


def _normalise(text: str, months: bool, digit_words: bool) -> str:
    if digit_words:
        text = _DIGIT_WORD.sub(
            lambda m: _DIGIT_WORDS[m.group(2).lower()] * {"double": 2, "triple": 3}.get((m.group(1) or "").lower(), 1),
            text,
        )
    if months:
        text = _DATE_FILLER.sub(" ", text)
        text = _MONTH_WORD.sub(lambda m: f"{_MONTH_NUMBERS[m.group(1).lower()]:02d}", text)
    return text


def _digits_leaked(value: str, redacted: str) -> bool:
    months = bool(_MONTH_WORD.search(value))
    digit_words = bool(_DIGIT_WORD.search(value))
    digits = re.sub(r"[^0-9]", "", _normalise(value, months, digit_words))
    width = min(_WINDOW, len(digits))
    runs = [re.sub(r"[^0-9]", "", run) for run in _NUMBER_RUN.findall(_normalise(redacted, months, digit_words))]
    return any(digits[i : i + width] in run for i in range(len(digits) - width + 1) for run in runs)


def _word_at(word: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text, re.IGNORECASE)]


def _street_leaked(value: str, redacted: str) -> bool:
    segments = [s.strip() for s in re.split(r"[,\n]", value) if s.strip()]
    if not segments:
        return False
    street = segments[0]
    for nxt in segments[1:2]:
        words = [w for w in _WORD.findall(street) if len(w) >= 3 and w.lower() not in _ADDRESS_STOPWORDS]
        if not _HOUSE_NUMBER.search(street) or not words:
            street += ", " + nxt
    numbers = _HOUSE_NUMBER.findall(street)
    words = [w for w in _WORD.findall(street) if len(w) >= 3 and w.lower() not in _ADDRESS_STOPWORDS]
    if not numbers or not words:
        return bool(_word_at(segments[0], redacted))
    number_at = [p for n in numbers for p in _word_at(n, redacted)]
    word_at = [p for w in words for p in _word_at(w, redacted)]
    return any(abs(n - w) <= 40 for n in number_at for w in word_at)


def _address_leaked(value: str, redacted: str) -> bool:
    marked = [m.start() for m in _BOX.finditer(value)] + [m.start() for m in _SHIP.finditer(value)]
    street = value[: min(marked)] if marked else value  # a PO box's town and postcode are not its street
    if re.search(r"[^\W_]", street) and _street_leaked(street, redacted):
        return True
    for match in _BOX.finditer(value):
        marker, number = match.group(1), match.group(2)
        first = number.split()[0]
        pattern = rf"(?<![^\W_]){re.escape(marker)}\W{{0,3}}{re.escape(first)}(?![0-9])"
        if re.search(pattern, redacted, re.IGNORECASE):
            return True
        if len(re.sub(r"\D", "", number)) >= 4 and _digits_leaked(number, redacted):
            return True
    for match in _SHIP.finditer(value):
        if re.search(rf"\b{match.group(1)}\s+{re.escape(match.group(2))}\b", redacted, re.IGNORECASE):
            return True
    return False


def _name_leaked(value: str, redacted: str) -> bool:
    tokens = [t for t in _WORD.findall(value) if len(t) >= 3 and t.lower() not in _NAME_STOPWORDS]
    if not tokens:
        tokens = [t for t in _WORD.findall(value) if len(t) >= 2] or [value]
    return any(_word_at(token, redacted) for token in tokens)


def _email_leaked(value: str, redacted: str) -> bool:
    local = re.split(r"\s*(?:@|\(at\)|\[at\]|\sat\s)\s*", value, maxsplit=1, flags=re.IGNORECASE)[0]
    needle = local if len(local) >= 3 else value
    return needle.lower() in redacted.lower()


def leaked(value: IdentifierValue, redacted_text: str) -> bool:
    """Whether ``value`` can still be read in ``redacted_text`` (the message after redaction).

    - person_name: a name token of 3+ letters (titles and particles such as "Dr", "van", "de" aside) is
      still there as a whole word, case-insensitively.
    - email: the local part (before "@" or " at ") is still there, case-insensitively.
    - address: a house number is still within 40 characters of a word of its street name (3+ letters, street
      types and flat/suite words aside); or a PO box / PSC / Postfach... marker still with its number, or
      the box number's digits by the digit rule when it has 4+; or a ship's name ("USNV Smith").
    - everything else (dob, ssn, mrn, insurance_id, phone, card, account, licence): the digit rule. Take the
      value's digits (month names read as their number and spelled digits such as "five", "oh", "double
      seven" as digits, when the value is written so); it leaked if any 5 consecutive of them (all of them
      when it has fewer than 5) appear inside the digits of one number as written in the redacted text: a
      run of tokens that each contain a digit, joined by at most 3 separator characters (space . , : / ( )
      + - dashes). Digits of unrelated numbers elsewhere in the text ("room 12 ... at 3") never join up.
      A value with no digits at all leaked if it is still there verbatim.
    """
    text = value.value
    if value.kind == "person_name":
        return _name_leaked(text, redacted_text)
    if value.kind == "email":
        return _email_leaked(text, redacted_text)
    if value.kind == "address":
        return _address_leaked(text, redacted_text)
    months = bool(_MONTH_WORD.search(text))
    if re.search(r"[0-9]", _normalise(text, months, bool(_DIGIT_WORD.search(text)))):
        return _digits_leaked(text, redacted_text)
    return text.lower() in redacted_text.lower()


def _print_summary() -> None:
    banks = {bank: generate(bank, 1000) for bank in BANKS}
    banks["handwritten"] = load_handwritten()
    for bank, messages in banks.items():
        print(f"== {bank}: {len(messages)} messages")
        for message in messages[:6]:
            labels = ", ".join(f"{v.kind}={v.value!r}" for v in message.values)
            print(f"  [{message.locale}] {message.text!r}\n      {labels}")
        print("  locales:", dict(sorted(Counter(m.locale for m in messages).items())))
        print("  kinds (values):", dict(Counter(v.kind for m in messages for v in m.values).most_common()))
        print("  values per message:", dict(sorted(Counter(len(m.values) for m in messages).items())))


if __name__ == "__main__":
    _print_summary()
