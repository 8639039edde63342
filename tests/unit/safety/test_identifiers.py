"""Unit tests for identifier detection in bot.safety (bot.safety.identifiers): disguised identifiers, shapes of each
identifier family (not their validity), context rules, public numbers (bot.safety.public_contacts)."""

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


# --- dob ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["DOB 14-Mar-1976", "dob Mar-14-1976", "D.O.B - 04 / 12 / 1985", "bday 12/03/1999", "her birthday's 5/18/41"],
)
def test_dob_variants(text: str) -> None:
    assert identifier_kinds(text) == {"dob"}


@pytest.mark.parametrize(
    "text",
    [
        # an age or a birthday in another language beside the date, a filler before a bare date, a longer gap
        "1961/04/02 - turning 65 this year",
        "cumpleaños: 03/05/1958",
        "um 4/11/1972",
        "the birthday on my bracelet is wrong, should be 12/02/1949",
    ],
)
def test_dob_in_other_contexts(text: str) -> None:
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
        # the usual checks of a social with no social named, typos, other languages, an answer after a question
        "final 4 are 3381",
        "its the four at the end you need, right? 6623",
        "you wanted the end of the number: 7410",
        "my socail ends with 2291",
        "the last digits of my ss are 8830",
        "fin de mon numéro de sécu : 4410",
        "4 số cuối SSN của tôi là 9911",
        "sorry the chat froze when you asked about my social. 3320",
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
        "the final four 2024 tickets are sold out",  # a year
        "final 4 teams are playing tonight",
        "my social security check was 1285 dollars this month",  # an amount
        "is the social worker in room 1204 today?",
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
        "member id OXY84IW",  # few digits, but a code of capitals and digits after its label
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
    ("text", "value"),
    [
        ("oddajemy wózek na pl. Żeromskiego 46, 69-152 Toruń", "Żeromskiego 46"),  # a capital outside Latin-1
        ("envíenlo a Corredor Ríos 963 Interior 288, San Esteban, TAB 36057-3344", "Corredor Ríos 963"),
        ("please reply to 57, Gara Ganj, Nagaon, 127344", "Gara Ganj"),  # after "reply to", any shape
        ("send the notes to our office at rue Salmon, 86298 Chauveau", "rue Salmon"),
        # after a cue or a street type
        ("mon adresse a changé : 12 rue de la Paix, 75002 Paris", "12 rue de la Paix"),
        ("Neue Adresse für die Rechnung: Lindenweg 4, 10115 Berlin", "Lindenweg 4"),
        ("mijn adres is 830, Pai Chowk, Lucknow 510069", "Pai Chowk"),
        ("the full address is chemin Godard, Dupréboeuf", "chemin Godard"),  # no house number, a street type
        ("c/o my sister, 2 Williams Front, Robertview", "Williams Front"),
        ("patient transport pick-up from Storstigen 13, 31781 Uppsala", "Storstigen 13"),
        ("can my keys be dropped at 24 Motungaurupapapa Line? my son is there", "Motungaurupapapa"),
        ("I'm staying with my daughter at Vereda Lavínia Souza, 30, da Paz until the stitches are out", "Souza, 30"),
        ("meu endereço é Stretto Dionigi, 79 Piano 2, Biassono", "Dionigi, 79"),
        ("16/11, Kari Chowk, Durg, 897287\nthats where the taxi should pick me up", "Kari Chowk"),
        # "I live at" in other languages
        ("vivo en Calle Ofelia Nieto 27, 3º B, Getafe", "Ofelia Nieto 27"),
        ("ich wohne in der Amselstraße 14, 04109 Leipzig", "Amselstraße 14"),
        ("ik woon op 212, Lal Bagh, Mysuru", "Lal Bagh"),
        ("mieszkam przy ul. Zielna 8, Gdynia", "Zielna 8"),
        # a British postcode or a Canadian postal code, with the parts of the address before it
        ("Flat 3, Holloway Court\nIslington\nLondon N7 6PA\nthat's where the letter should go", "Holloway Court"),
        ("send it to Unit 9, 1180 Côte-Vertu, Montréal QC H4L 1Y8 please", "H4L 1Y8"),
        # a US state and ZIP after a town, a European postcode after a comma, a Mexican block and lot
        ("we're at 2210 Hwy 20 W #3, Sisters OR 97759 if that helps", "Hwy 20"),
        ("abitiamo in campagna, Loc. Pian delle Querce 4, 58038 Seggiano GR, non c'è una via", "Pian delle Querce"),
        ("Mz 22 Lt 9, Col. Lomas de San Isidro es la casa de mi mamá", "Mz 22 Lt 9"),
        ("it's the cottage past the school, Drumcliffe, Co Sligo F91 KX33", "F91 KX33"),  # an Eircode
        ("flat 4, Shanti Niwas, near the temple, Kothrud, Pune 411038 - for the sample pickup", "411038"),
    ],
)
def test_addresses_written_the_way_other_countries_write_them(text: str, value: str) -> None:
    assert "address" in identifier_kinds(text)
    assert_redacted(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "is 1200 River Rd the main entrance?",
        "how do I get to 455 Cedar Ave from downtown?",
        "it's a two lane road to the clinic",
        "how long is a 30 minute walk from Mill Street",
        "my zip is 97401",
        "my two sons drive me in",
        "Reply to Messenger conversation 2910013769494472 not sent: Graph API answered 503",  # a log line
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("our firm represents Odile Marchetti in a claim, please send the notes", "Odile Marchetti"),
        ('The visit is for "Ruth Abernathy" on Ward 3', "Ruth Abernathy"),
        ("the chaplain's visit is for “Tomasz Wielgosz” tomorrow", "Tomasz Wielgosz"),
        ("Harrowgate: the school form for the inhaler is missing", "Harrowgate"),
        ("da Silveira: the refund never came", "da Silveira"),
        ("c/o Ingrid Halvorsen, who will collect his things", "Ingrid Halvorsen"),
        ("next of kin: Teodor Wiśniewski (brother)", "Teodor Wiśniewski"),
        ("emergency contact is Mireille Dubois, my neighbour", "Mireille Dubois"),
        ("the Abernathy family would like to thank the ward staff", "Abernathy"),
    ],
)
def test_name_that_needs_no_other_identifier(text: str, name: str) -> None:
    """A person cue, quotation marks or a heading mark a name even when nothing else in the message identifies."""
    assert "person_name" in identifier_kinds(text)
    assert name.split()[-1] not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Update: the clinic moved my slot",
        "Parking: where is it?",
        'the sign says "Visitor Parking" but it was full',
        'the nurse said "Riverbend North" is closer',
        "the visit is for Thursday at 3",
        "representing Blue Cross here",
        "we are visiting Grand Rapids next week",
        "Reply to this message when you can",
    ],
)
def test_name_cue_negatives(text: str) -> None:
    assert identifier_kinds(text) == set()


def test_a_full_name_counts_with_or_without_a_health_detail() -> None:
    # a listed first name and a surname of no English word name a person wherever they stand (since 2026-12-06)
    text = "a question about Nadia Petrova and the asthma clinic"
    assert find_identifiers(text) == [("person_name", 17, 30)]
    assert find_identifiers(text, health_kinds={"condition"}) == [("person_name", 17, 30)]


# The writer naming themselves is an identifier on its own: a name with the fact that its owner writes to the
# hospital about their care is a patient's (issue 13: "names alone at the start of a message" were misses).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("This is Tom Baker, where do I park?", "Tom Baker"),
        ("Whitcombe here. could someone call me back about the echo", "Whitcombe"),
        ("Ferreira again, still waiting on that callback", "Ferreira"),
        ("hey 👋 its Lorna Shipley, can u tell me what time the lab opens", "Lorna Shipley"),
        ("Bonjour, c'est Agathe Roussel, je voudrais déplacer mon rendez-vous", "Agathe Roussel"),
        ("Soy Rodrigo Almeida y quiero cambiar la cita del jueves", "Rodrigo Almeida"),
        ("is the cafe open on sundays?\nthanks, Jane Miller", "Jane Miller"),
        ("Best regards,\nHenrike Vollmer\nSent from my iPhone", "Henrike Vollmer"),
        ("Thank you all on ward 4, love from Odette Marchand and family xx", "Odette Marchand"),
        ("Gideon Achterberg\nDo I need to fast before tomorrow's appointment?", "Gideon Achterberg"),
        # the answer to "who is this?", a name on the books, a signature as the last sentence
        ("you asked who I am, Oriane Vasseur, the lady in bed 6's daughter", "Oriane Vasseur"),
        ("who's this? oh sorry, Benedikt Kranzler! new phone", "Benedikt Kranzler"),
        ("the appointment should be under Haverkamp, my married name", "Haverkamp"),
        ("Long story short, the parking machine ate my ticket. Philippa Strand", "Philippa Strand"),
        # a named role around the patient
        ("the patient is Teodor Wiśniewski, I'm only giving him a lift", "Teodor Wiśniewski"),
        ("my interpreter will be Selam Tesfaye, she speaks Amharic", "Selam Tesfaye"),
        ("the person picking me up is Bronwen Okonjo, she'll bring ID", "Bronwen Okonjo"),
        ("can you find my gran, she's Ada Obiora, she came in by ambulance", "Ada Obiora"),
        ("em là Trần Thị Ngọc Ánh, em muốn đổi lịch hẹn", "Trần Thị Ngọc Ánh"),  # Vietnamese letters
        # other scripts
        ("Добрый вечер, меня зовут Ирина Соколова, где взять справку?", "Ирина Соколова"),
        ("Καλησπέρα, με λένε Ελένη Μαυρίδου και θέλω ένα ραντεβού", "Ελένη Μαυρίδου"),
        ("你好，我叫王丽华，请问周六可以探视吗", "王丽华"),
        ("안녕하세요, 저는 박서연입니다. 주차장이 어디예요?", "박서연"),
        # typed in lower case, and "my names are"
        ("hi, this is farida haddad, is the pharmacy open late", "farida haddad"),  # in the name lists
        ("my mum, gwendolyn ashworth, is on ward 6, can she have visitors", "gwendolyn ashworth"),
        ("Good morning, my names are Chiamaka Obi Eze, I want to book a scan", "Chiamaka Obi Eze"),
        # the whole message a name (the answer to "what's your name?"), a double-barrelled name with a hospital
        # word in it, a dash signature after thanks, a name spelled out, a relation in brackets, Tagalog "ako po si"
        ("Renata Oyelaran ty", "Renata Oyelaran"),
        ("Marcus Hughes-Ward here, about my scan", "Marcus Hughes-Ward"),
        ("thank you so much for everything — Imogen Tasker", "Imogen Tasker"),
        ("Okonkwo — spelled just like that, the form had it wrong", "Okonkwo"),
        ("hi, from Leticia Arroyo (the granddaughter)", "Leticia Arroyo"),
        ("Ako po si Maricel Dizon, anak ng pasyente", "Maricel Dizon"),
        ("the letter is in my maiden name, Whitlock", "Whitlock"),
    ],
)
def test_the_writer_naming_themselves_needs_no_other_identifier(text: str, name: str) -> None:
    assert identifier_spans(text) == [("person_name", name)]
    assert name not in redact(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a relative's full name, in English and other languages, or in brackets after the relation
        ("my husband Jorge Alvarez will pick me up after the scan", "Jorge Alvarez"),
        ("mein Vater Hans Gruber liegt seit Montag bei Ihnen", "Hans Gruber"),
        ("ma fille Chloé Martin a rendez-vous demain", "Chloé Martin"),
        ("mum (Abigail Carrillo) passed away in March, who handles the bills", "Abigail Carrillo"),
        # the person a message is about, the patient, a newborn, someone fetching a patient
        ("any update on Alison Bassett? she came in by ambulance", "Alison Bassett"),
        ("the prescription for Robert Klapp still isn't ready", "Robert Klapp"),
        ("patient René Texier asked me to cancel his physio", "René Texier"),
        ("we named her Remigia Soriano, how do we book the hearing test", "Remigia Soriano"),
        ("Holly Mitchell is collecting dad at 5, can the meds be ready", "Holly Mitchell"),
        ("Ralph Butler (patient) - is the clinic running late", "Ralph Butler"),
        # a room or bed before the name, a name and a dash before a question about care, quotes, an emoji signature
        ("room 214 - Danielle Allen - could the doctor call the family", "Danielle Allen"),
        ("bed 11 Garcia, could someone charge her phone", "Garcia"),
        ("Conor Doyle - when is visiting on ward 3", "Conor Doyle"),
        ('the wristband says "Torquato Bacosi" but she\'s married now', "Torquato Bacosi"),
        ("the letter was addressed to 'Rhonda Greer', my late mum", "Rhonda Greer"),
        ("thank you to the midwives 💕 Cory Kilkenny", "Cory Kilkenny"),
        ("hey its me again William Mendoza, still no letter", "William Mendoza"),
    ],
)
def test_a_patient_or_relative_named_needs_no_other_identifier(text: str, name: str) -> None:
    assert identifier_spans(text) == [("person_name", name)]
    assert name not in redact(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a listed first name and surname wherever they stand: after a verb, inside a question, beside a visitor
        ("is Lorenzo Bianchi still in the cardiac unit or did they move him", "Lorenzo Bianchi"),
        ("collecting Agnieszka Nowak after her op, which door", "Agnieszka Nowak"),
        ("where do I park? Maria Lopez is visiting her aunt on Saturday", "Maria Lopez"),
        ("Visiting Hannah Lindgren tonight, is 8 too late", "Hannah Lindgren"),
    ],
)
def test_a_full_name_of_the_lists_is_a_name_wherever_it_stands(text: str, name: str) -> None:
    assert identifier_spans(text) == [("person_name", name)]
    assert name not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks Maria Lopez for your help",  # thanking staff
        "can I book with Dr. Amara Okafor next week",  # a doctor, titled
        "is Amara Okafor taking new patients?",  # a doctor of the facts file, untitled
        "how do I get to the Martin Luther King Street entrance",  # a street named after someone
    ],
)
def test_staff_thanked_people_and_places_named_after_someone_are_not_names(text: str) -> None:
    assert "person_name" not in identifier_kinds(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("they have 04/11/1958 on file and that is not right", "04/11/1958"),
        ("Kowalczyk, 3 March 1971, room 12", "3 March 1971"),
        ("the form says 1989-07-30 so who changed it", "1989-07-30"),
    ],
)
def test_a_whole_date_decades_back_is_a_birth_date(text: str, date: str) -> None:
    assert ("dob", date) in identifier_spans(text)
    assert date not in redact(text)


@pytest.mark.parametrize(
    "text",
    ["can I move my appointment from 12/03/2026 to the week after?", "my bill from 2019 still shows a balance"],
)
def test_recent_dates_and_years_alone_are_not_birth_dates(text: str) -> None:
    assert "dob" not in identifier_kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My DOG is 14/02/1988, sorry, autocorrect", "14/02/1988"),  # "DOB" autocorrected
        ("tanggal lahir ibu saya 3.9.51, bisa jenguk hari ini?", "3.9.51"),  # Indonesian
        ("o pateras mou gennithike 12/12/1940, einai sto ICU", "12/12/1940"),  # Greek in Latin letters
    ],
)
def test_birth_words_of_other_languages_and_autocorrect(text: str, value: str) -> None:
    assert ("dob", value) in identifier_spans(text)


def test_a_dog_is_not_a_date_of_birth() -> None:
    assert "dob" not in identifier_kinds("my dog is 3 years old, can she wait in the car park?")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the link in the email does not open -- Okonkwo", "Okonkwo"),  # a closing dash, then a surname
        ("Kunt u mijn afspraak verzetten naar vrijdag? Groet, Baker", "Baker"),  # a sign-off of another language
        ("please send my scan results to my new GP.\n—Dr. Imogen Castellanos", "Imogen Castellanos"),  # titled writer
    ],
)
def test_signatures_name_the_writer(text: str, name: str) -> None:
    assert ("person_name", name) in identifier_spans(text)
    assert name not in redact(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a card for Whitfield in room 18, can the nurses pass it on", "Whitfield"),  # placed in a room
        ("In loving memory of Teodora Vrabie, who was cared for on your unit", "Teodora Vrabie"),  # a memorial
        ("condoglianze alla famiglia Esposito da tutto il condominio", "Esposito"),  # a family, in Italian
        ("my tenant, Mr Oyelaran, asked me to bring his post", "Oyelaran"),  # a tenant, titled
        ("bringing Priya Thakkar's glasses up to the ward later", "Priya Thakkar"),  # a surname of no list
    ],
)
def test_people_in_rooms_memorials_and_other_relations(text: str, name: str) -> None:
    assert ("person_name", name) in identifier_spans(text)
    assert name not in redact(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("K.L. Abernathy here, is my refund through?", "Abernathy"),  # initials, then the surname
        ("Szczepanski, T. - following up on the parking permit", "Szczepanski"),  # the surname, then an initial
        ("move it to friday pls. Oyelowo / 07/03/1990", "Oyelowo"),  # a surname right before a date of birth
    ],
)
def test_surnames_with_initials_or_beside_an_identifier(text: str, name: str) -> None:
    assert ("person_name", name) in identifier_spans(text)
    assert name not in redact(text)


@pytest.mark.parametrize("text", ["Is the U.S. Bank ATM still in the lobby?", "see you at 3 p.m. Thursday"])
def test_abbreviations_with_dots_are_not_initials(text: str) -> None:
    assert "person_name" not in identifier_kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Opa Brandt ist heute 90 geworden, danke an die Station!", "Brandt"),  # a relation word as a title
        ("Hi Nwosu family 👋 visiting hours are till 8", "Nwosu"),  # a family named without "the"
        ("@Delacroix it was the north clinic, not the main one", "Delacroix"),  # a person tagged in a comment
    ],
)
def test_names_in_page_comments(text: str, name: str) -> None:
    assert ("person_name", name) in identifier_spans(text)
    assert name not in redact(text)


@pytest.mark.parametrize("text", ["is there a Papa Johns near the hospital?", "Uncle Bob is coming to visit at 6"])
def test_pizza_chains_and_first_names_after_relation_words_are_not_names(text: str) -> None:
    assert "person_name" not in identifier_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dave here, where do I park?",  # a first name alone
        "Ms Rivera asked me to call back",  # may be staff
        "Thanks Maria Lopez for your help",  # thanking staff
        "add this song to my This Is Nicky Jam playlist",  # not opening a sentence
        "find the picture titled Battle Spirits - Shonen Toppa Bashin",  # a title after a dash
        "Blue Cross, do you take it?",
        "Billie Holiday - I love this one",  # a name opening a line, then a comma or dash: not the writer's
        "it should be booked under Grab",  # an English word
        "Who is this Taylor Swift everyone talks about?",
        "put some jazz on this is jennifer lopez",  # a playlist, not opening a sentence
        "this is pretty urgent, where do i park",  # English words in lower case
        "我是来旅游的，你们医院接受国外保险吗",  # "I am here travelling"
        "What's the latest news on Donald Trump?",  # a public figure
        "any update on Grand Rapids road closures?",  # a place
    ],
)
def test_not_the_writer_naming_themselves(text: str) -> None:
    assert "person_name" not in identifier_kinds(text)


@pytest.mark.parametrize("text", ["I paid the deposit, 1200 Euro.", "see you in the spring, 2027 March maybe",
                                  "my member ID 44810233 is on the card", "is the N7 bus stop near the main entrance?"])
def test_amounts_years_and_ids_are_not_postcodes(text: str) -> None:
    assert "address" not in identifier_kinds(text)


@pytest.mark.parametrize("text", ["the M25 was closed so we'll be late", "my reg is AB12 CDE, where do I park?",
                                  "is the N7 bus stop near the main entrance?"])
def test_road_bus_and_car_plate_codes_are_not_postcodes(text: str) -> None:
    assert "address" not in identifier_kinds(text)


def test_a_national_health_number_is_an_insurance_number() -> None:
    assert identifier_spans("Kia ora, my NHI is QRS4827, can my records go to my GP?") == [("insurance_id", "QRS4827")]


# --- shapes, not validity: phones -----------------------------------------------------------------------------------


def identifier_spans(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each identifier finding, in the original text."""
    return [(f.kind, text[f.start : f.end]) for f in assess(text).findings if f.kind in IDENTIFIER_KINDS]


def assert_redacted(text: str, value: str) -> None:
    assert value not in redact(text), redact(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("call me at 555-0123", "555-0123"),  # fiction range, no area code
        ("my cell is (555) 123-4567", "(555) 123-4567"),
        ("text 123-456-7890 please", "123-456-7890"),  # an area code never issued
        ("my number is 123.456.7890", "123.456.7890"),
        ("cell: 503/555-0123", "503/555-0123"),
        ("reach me on +1-503-555-0123", "+1-503-555-0123"),
        ("from abroad dial 001 503 555 0123", "001 503 555 0123"),
        ("(503)5550123 is my mobile", "(503)5550123"),
    ],
)
def test_phone_north_american_shapes(text: str, number: str) -> None:
    assert identifier_spans(text) == [("phone", number)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("my mobile is 07700 900123", "07700 900123"),  # UK
        ("home: 020 7946 0958", "020 7946 0958"),
        ("call +44 (0) 7700 900 123", "+44 (0) 7700 900 123"),
        ("my number 0044 7700 900123", "0044 7700 900123"),
        ("Handy 0171/1234567", "0171/1234567"),  # Germany
        ("tel. 030 1234 5678", "030 1234 5678"),
        ("+49 (0)171 1234567 is my cell", "+49 (0)171 1234567"),
        ("portable 06 12 34 56 78", "06 12 34 56 78"),  # France
        ("mon numéro: 06.12.34.56.78", "06.12.34.56.78"),
        ("mob 0412 345 678", "0412 345 678"),  # Australia
        ("ring (03) 9123 4567", "(03) 9123 4567"),
        ("my cell 087 123 4567", "087 123 4567"),  # Ireland
        ("WhatsApp +91 98765 43210", "+91 98765 43210"),  # India
        ("my number is 98765 43210", "98765 43210"),
        ("call me 55 1234 5678", "55 1234 5678"),  # Mexico City, no trunk prefix
        ("my daughter's number is (3562) 8986 01", "(3562) 8986 01"),
    ],
)
def test_phone_international_shapes(text: str, number: str) -> None:
    assert identifier_spans(text) == [("phone", number)]


@pytest.mark.parametrize(
    "text",
    [
        "my appointment is at 10:30, is parking free for 2 hours?",
        "I paid $1,482.50 on 03/01/2025",
        "it cost 1200 dollars",
        "room 5104, bed 12B",
        "from 2019-2024 I was a patient there",
        "my zip is 97401-1234",
        "I live in 97401, which site is closer?",
        "order number 5415550123 never arrived",
        "is 1 541 555 0100 your main number?",  # the hospital's, with the country code
        "is 001 541 555 0100 the main line?",
        "my blood pressure was 120/80 yesterday",
        "take 1 tablet twice a day for 10 days",
    ],
)
def test_phone_shape_negatives(text: str) -> None:
    assert identifier_kinds(text) == set()


# --- shapes, not validity: ssn --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my ssn is 987-65-4321", "987-65-4321"),  # never issued (9xx)
        ("social 078-05-1120", "078-05-1120"),
        ("SSN 000-12-3456", "000-12-3456"),
        ("SSN is 760/17/7550 for the form", "760/17/7550"),
        ("SSN-078/05/1120", "078/05/1120"),  # slashes right after a dash
        ("123-45-6789", "123-45-6789"),  # 3-2-4 with separators, no context
        ("here you go 123456789", "123456789"),  # nine bare digits, nothing else to explain them
        ("ssn ending 1234", "1234"),
        ("They asked for the last four of my social, it's 6897", "6897"),
        ("lawyer needs the last four of my social for the release form | 5521", "5521"),
        ("the final four of his SSN are 3318 if that helps", "3318"),
        ("last four digits on my husband's social security card should be 2740", "2740"),
        ("ss ending 5521 on the statement", "5521"),
        ("mi número de seguro social termina en 7702", "7702"),
        ("les quatre derniers chiffres de ma sécurité sociale : 6051", "6051"),
        ("huling apat ng social security ko: 8843", "8843"),
        ("the link has ssn-last-four=1290 in it", "1290"),
        ("my daughter's SIN is 046 454 286", "046 454 286"),  # Canada
        ("national insurance QQ 12 34 56 C", "QQ 12 34 56 C"),  # UK
    ],
)
def test_ssn_shapes(text: str, value: str) -> None:
    assert ("ssn", value) in identifier_spans(text)
    assert_redacted(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "my order number is 123456789",
        "member id 123-45-6789",  # named as an insurance number
        "tracking 123456789 for my records",
        "my zip code is 97401-1234",
    ],
)
def test_ssn_shape_negatives(text: str) -> None:
    assert "ssn" not in identifier_kinds(text)


# --- long numbers: cards, accounts, IBANs, licences, member and record numbers -------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # cards, bank accounts, IBANs, licences and passports are reported as mrn (the kinds are fixed)
        ("my card is 4111 1111 1111 1111", "mrn", "4111 1111 1111 1111"),  # Luhn valid
        ("card 4111111111111112 declined", "mrn", "4111111111111112"),  # Luhn invalid
        ("amex 3782 822463 10005", "mrn", "3782 822463 10005"),
        ("the card for the deposit is 5799 2839 9115", "mrn", "5799 2839 9115"),
        ("IBAN DE89 3704 0044 0532 0130 00", "mrn", "DE89 3704 0044 0532 0130 00"),
        ("pay from GB29NWBK60161331926819", "mrn", "GB29NWBK60161331926819"),
        ("sort code 12-34-56, account 12345678", "mrn", "12345678"),
        ("routing number 021000021", "mrn", "021000021"),
        ("bank account 000123456789", "mrn", "000123456789"),
        ("driver's license D1234567", "mrn", "D1234567"),
        ("who do I give my licence VMXV-WJ-601OP to?", "mrn", "VMXV-WJ-601OP"),
        ("passport 533380006", "mrn", "533380006"),
        ("licence 09207/69/4369 for the ID check", "mrn", "09207/69/4369"),
        ("NHS number 943 476 5919", "mrn", "943 476 5919"),
        ("health card number 1234-567-890-AB", "mrn", "1234-567-890-AB"),
        ("ID# XYZ123456789", "mrn", "XYZ123456789"),
        ("it's 88120045993, can you look me up?", "mrn", "88120045993"),  # an unexplained long number
        ("group NFZ/98291855", "insurance_id", "NFZ/98291855"),
        ("policy 656 7978 4718 3057", "insurance_id", "656 7978 4718 3057"),
        ("Medicaid ID 12345678A", "insurance_id", "12345678A"),
        ("the refund went to the wrong account, mine is 00313-2", "mrn", "00313-2"),  # short, but labelled
    ],
)
def test_long_numbers(text: str, kind: str, value: str) -> None:
    assert (kind, value) in identifier_spans(text)
    assert_redacted(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "invoice number INV-2024-00871, I think it's wrong",
        "tracking number 1Z999AA10123456784 for my records package",
        "confirmation code ABC123456 for my appointment",
        "my appointment is 14-Mar-2026",
        "I was charged $12,000,000 by mistake",
        "in 2019 2020 and 2021 I was seen there",
        "the portal says error code 500",
        "COVID-19 vaccine for 2 people",
    ],
)
def test_long_number_negatives(text: str) -> None:
    assert identifier_kinds(text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("case #00318822 is still open", "00318822"),
        ("reference 2024-000123 for the complaint", "2024-000123"),
        ("Re: your letter ref H551313, I never had that scan", "H551313"),
    ],
)
def test_hospital_reference_numbers_identify_the_patient(text: str, value: str) -> None:
    """A case, reference or letter number leads to the patient's file: "any other unique identifying number"
    (HIPAA Safe Harbor). Order, invoice, ticket and tracking numbers are still left alone."""
    assert identifier_kinds(text)  # the kind is the shape's (a 4-6 grouping reads as a phone number)
    assert_redacted(text, value)


# --- dates of birth ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("born on the 12th of April, 1961", "the 12th of April, 1961"),
        ("birthday 12th April '61", "12th April '61"),
        ("date of birth - April 12th, 1961", "April 12th, 1961"),
        ("dob 04121961", "04121961"),  # typed without separators
        ("DOB4/12/61", "4/12/61"),
        ("her birthday is May 3rd", "May 3rd"),  # no year
        ("date of birth: 4. Mai 1928", "4. Mai 1928"),  # German
        ("date of birth 13 de junho de 1926", "13 de junho de 1926"),  # Portuguese
        ("my date of birth is 20 marzo 1987", "20 marzo 1987"),  # Italian / Spanish
        ("DOB for my son Jayden is 3/4/2015", "3/4/2015"),  # words between the cue and the date
        ("Philippe Bonneau 28 Jul 56 need to cancel", "28 Jul 56"),  # a name, then a date
        ("Patient: Jane Doe (04/12/1961), needs refill", "04/12/1961"),
        ("hi it's 14-08-1979 🎂", "14-08-1979"),  # a birthday cake
    ],
)
def test_dob_in_context(text: str, date: str) -> None:
    assert ("dob", date) in identifier_spans(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("04/12/1961", "04/12/1961"),
        ("3rd May 1977", "3rd May 1977"),
        ("it's 04/12/1961", "04/12/1961"),
        ("6 Oct 53", "6 Oct 53"),
        ("It's September 27, 1989. thanks a million", "September 27, 1989"),
        ("Bom dia! It's 1932/05/26", "1932/05/26"),  # a greeting in another language
        ("Namaste, It's 31-05-1928", "31-05-1928"),
        ("dob 1961-04-12!", "1961-04-12"),
    ],
)
def test_dob_bare_answer(text: str, date: str) -> None:
    assert identifier_spans(text) == [("dob", date)]


@pytest.mark.parametrize(
    "text",
    [
        "04/12/2031",  # in the future
        "see you 04/12/2024",
        "Monday 04/12/2024?",
        "my appointment 04/12/2024",
        "it was 10/15/2024 when I came in",
        "what about 04/12/2024",
        "I saw Jane Doe 3/4/2024 at the clinic",
        "my appointment is 10/15/2024 at 9:30am, is that confirmed?",
    ],
)
def test_dob_bare_answer_negatives(text: str) -> None:
    assert "dob" not in identifier_kinds(text)


# --- addresses --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("I live at 123 N. Main St, Apt 4", "123 N. Main St, Apt 4"),
        ("4410 SE Hawthorne Blvd, Portland, OR 97215", "4410 SE Hawthorne Blvd, Portland, OR 97215"),
        ("1600 Pennsylvania Ave NW, Washington, DC 20500", "1600 Pennsylvania Ave NW, Washington, DC 20500"),
        ("send it to 9773 Stephanie Locks, Brookemouth", "9773 Stephanie Locks"),  # a USPS street type
        ("we're at 25 Kauri Approach now", "25 Kauri Approach"),  # an Australia Post street type
        ("123 Main Street #4 please", "123 Main Street #4"),
    ],
)
def test_address_us_streets(text: str, address: str) -> None:
    assert ("address", address) in identifier_spans(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Flat 3, 12 High Street, Leeds LS1 4AB", "Flat 3, 12 High Street, Leeds LS1 4AB"),  # UK
        ("123 Main St, Toronto, ON M5V 2T6", "123 Main St, Toronto, ON M5V 2T6"),  # Canada
        ("12 George St, Sydney NSW 2000", "12 George St, Sydney NSW 2000"),  # Australia
        ("5 Andres Drive, New Cody, NSW, 2314", "5 Andres Drive, New Cody, NSW, 2314"),
        ("12 Main Street, Dublin 4", "12 Main Street, Dublin 4"),  # Ireland
        ("Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),  # Germany: number after the street
        ("Kerkstraat 12, 1012 AB Amsterdam", "Kerkstraat 12, 1012 AB Amsterdam"),  # Netherlands
        ("45 rue de la Paix, 75002 Paris", "45 rue de la Paix, 75002 Paris"),  # France
        ("85, rue Pinto, 92844 Saint Raymond", "85, rue Pinto, 92844 Saint Raymond"),
        ("Calle Mayor 15, 28013 Madrid", "Calle Mayor 15, 28013 Madrid"),  # Spain
        ("mail it to Via Roma 10, 00184 Roma", "Via Roma 10, 00184 Roma"),  # Italy
        ("ul. Długa 5, 00-950 Warszawa", "ul. Długa 5, 00-950 Warszawa"),  # Poland
    ],
)
def test_address_other_countries(text: str, address: str) -> None:
    assert ("address", address) in identifier_spans(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("PSC 1234, Box 5678, APO AE 09012", "PSC 1234, Box 5678, APO AE 09012"),
        ("Unit 2050 Box 4190, APO AP 96278", "Unit 2050 Box 4190, APO AP 96278"),
        ("USS Ship FPO AA 34021", "USS Ship FPO AA 34021"),
        ("send it to USCGC Bradford, FPO AE 09451", "USCGC Bradford, FPO AE 09451"),
        ("POB 123", "POB 123"),
        ("RR 2 Box 45", "RR 2 Box 45"),
        ("Post Box No. 876, Rewa 038704", "Post Box No. 876, Rewa 038704"),
        ("Postfach 1234, 10115 Berlin", "Postfach 1234, 10115 Berlin"),
        ("is the statement sent to BP 178, 22297 Lyon?", "BP 178, 22297 Lyon"),
    ],
)
def test_address_military_and_po_boxes(text: str, address: str) -> None:
    assert ("address", address) in identifier_spans(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("billing address: Flat 0, Arnold Keys, Jemmamouth, E0 4UF", "Flat 0, Arnold Keys, Jemmamouth, E0 4UF"),
        ("please send his records to 43/598, Menon Ganj, Bettiah 020441", "43/598, Menon Ganj, Bettiah 020441"),
        ("do you have my correct address? 05, Dua Ganj, Solapur 155923", "05, Dua Ganj, Solapur 155923"),
        ("I live at 123 Main", "123 Main"),
    ],
)
def test_address_after_an_address_cue(text: str, address: str) -> None:
    assert identifier_kinds(text) == {"address"}
    assert redact(text).endswith("[ADDRESS]"), redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "take exit 12 onto River Road and drive east",
        "Level 2 of the garage is full",
        "send it to room 412 please",
        "my address is on file, is that ok",
        "the drop box 3 is full",
        "BP 120/80 this morning",
        "please mail it to 455 Cedar Ave, Riverbend",  # the hospital's north clinic
        "I live in 97401, which site is closer?",
        "Building A, 3rd floor, is that the ICU?",
    ],
)
def test_address_more_negatives(text: str) -> None:
    assert identifier_kinds(text) == set()


# --- person names -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("patient: Okafor", "Okafor"),  # a label: always
        ("Surname: Haddad", "Haddad"),
        ("pt name: Doe, Jane", "Doe, Jane"),
        ("this is Mrs Delacroix-Whitfield, my DOB is 3/4/1961", "Delacroix-Whitfield"),
        ("Okonkwo here, my DOB is 3/4/61", "Okonkwo"),
        ("Bonjour, Okafor here, my number is 503-555-0123", "Okafor"),
        ("Munoz - DOB 6-2-1991 - refill please", "Munoz"),
        ("it's Nakamura again, my MRN is 4471209", "Nakamura"),
    ],
)
def test_surname_alone_in_a_name_context(text: str, name: str) -> None:
    assert ("person_name", name) in identifier_spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Miller, DOB 04/12/1961", "Jane Miller"),
        ("My name's Jane Doe", "Jane Doe"),
        ("This is john smith, dob 4/12/61", "john smith"),  # lower case, both words in the name lists
        ("Hi, Sarah Thompson here. Can you call me back on 503-555-0123?", "Sarah Thompson"),
        ("Wojciech Pleśniak, diabetic, needs insulin pens refilled", "Wojciech Pleśniak"),
        ("Patient: Casper van Mook-van Salm, MRN M454873443", "Casper van Mook-van Salm"),
        ("Hi I'm Dr. Luiz Felipe Leão, I had my gallbladder out", "Luiz Felipe Leão"),  # a doctor as a patient
        ("my dob is 3/4/61, thanks, Jane Miller", "Jane Miller"),  # a sign-off
        ("my ssn is 123-45-6789\n- Ingrid Vasquez", "Ingrid Vasquez"),
    ],
)
def test_full_names_in_more_contexts(text: str, name: str) -> None:
    assert ("person_name", name) in identifier_spans(text)


def test_relative_full_name_with_health_detail() -> None:
    text = "my mother Ingrid Vasquez has diabetes"
    assert find_identifiers(text, health_kinds={"condition"}) == [("person_name", 10, 24)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Carranza in room 14 is my uncle, can I visit after visiting hours?", "Carranza"),
        ("can I visit Mrs Okafor on ward 3 tonight?", "Okafor"),
        ("my partner Calebe Fernandes is in the psych unit, can I bring clothes?", "Calebe Fernandes"),
    ],
)
def test_a_patient_named_by_someone_close_needs_no_other_identifier(text: str, name: str) -> None:
    assert identifier_spans(text) == [("person_name", name)]
    assert name not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Same here, my dob is 3/4/61",  # common words
        "This is Urgent, my ssn is 123-45-6789",
        "Dave here, call me on 503-555-0123",  # first names alone
        "Patient: Tom",
        "my son Jayden, dob 3/4/2015",
        "Nurse Okafor said to call 503-555-0123",  # staff
        "Dr Okonkwo here, my dob is 3/4/61",
        "Thanks, Maria",
        "Zoloft 100mg isn't helping my anxiety anymore",
        "Namaste, my dob is 3/4/61",
    ],
)
def test_person_name_more_negatives(text: str) -> None:
    assert "person_name" not in identifier_kinds(text)


# --- the hospital's public contacts ------------------------------------------------------------------------------


def test_public_contacts_come_from_the_facts_file() -> None:
    public = contacts.public_contacts()
    assert "5415550110" in public.phones
    assert "patientservices@riverbend-hospital.example" in public.emails
    assert "1200 river rd" in public.streets


@pytest.mark.parametrize(
    ("number", "digits"),
    [
        ("+1 (541) 555-0100", "5415550100"),
        ("001 541 555 0100", "5415550100"),
        ("011 1 541 555 0100", "5415550100"),
        ("+44 7700 900123", "447700900123"),
    ],
)
def test_phone_digits_drop_the_north_american_country_code(number: str, digits: str) -> None:
    assert contacts.phone_digits(number) == digits


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
        "box 1 " * 800,
        "PSC 1 Box 2 " * 400,
        "PO Box 12, " * 450,
        "+1 " * 2500,
        "00 " * 2500,
        "12 rue de la " * 380,
        "Calle de la " * 450,
        "12 Main St, " + "Springfield " * 400,
        "my address is " * 350,
        "dob " + "is the " * 700,
        "Name: " * 800,
        "A1B2C3 " * 700,
        "12/12/1912 " * 450,
        "Apt 4, " * 700,
        "QQ 12 34 56 " * 400,
    ],
)
def test_adversarial_input_does_not_hang(text: str) -> None:
    # Crafted repetitions that make careless patterns backtrack for seconds or minutes. The bound is a hang guard,
    # far above a normal message's cost; speed itself is measured by bench/safety.py.
    started = time.perf_counter()
    find_identifiers(normalise(text).text)
    assert time.perf_counter() - started < 2.0  # seconds: a loaded two-core machine once took 0.5 s here


@pytest.mark.parametrize("text", ["case number 123-45-6789", "my order 900 12 3456 never came", "ref: 000-12-3456"])
def test_an_ssn_shape_under_a_non_identifying_label_is_still_an_ssn(text: str) -> None:
    # shape, not validity or label: a patient who types a 3-2-4 number has disclosed it
    assert "ssn" in assess(text).kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("data di nascita: 29/07/1983, per il modulo", "dob"),
        ("geboortedatum 11-06-1982", "dob"),
        ("née le 3 mars 1961", "dob"),
        ("Nombre: Lucía Fernández García", "person_name"),
        ("naam: Pieter van Dijk", "person_name"),
        ("Could the district nurse ring the office on 0961 974 5262?", "phone"),
        ("the insurer's claim reference OXX895718085 is on the letter", "insurance_id"),
    ],
)
def test_labels_in_other_languages_and_a_number_to_be_called(text: str, kind: str) -> None:
    assert kind in assess(text).kinds


@pytest.mark.parametrize("text", ["is the records fax 541-555-0109?", "my order reference 55123456 is late"])
def test_the_hospitals_line_asked_about_and_a_labelled_order_stay_unflagged(text: str) -> None:
    assert not assess(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "Catherine Smith has HIV and is worried the new pharmacy will tell her employer",
        "I'm writing on behalf of Ioannis Heser, who had a stroke and can't type right now",
        "Marek Nowak was diagnosed with diabetes last month, which clinic should he see?",
    ],
)
def test_a_named_person_with_a_health_detail_is_a_disclosure(text: str) -> None:
    assessment = assess(text)
    assert "person_name" in assessment.kinds and assessment.sensitive
    assert "Smith" not in redact(text) and "Heser" not in redact(text) and "Nowak" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr Ana Lima has covid, is the clinic closed today?",  # staff
    ],
)
def test_named_subject_negatives(text: str) -> None:
    assert "person_name" not in assess(text).kinds


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0225 — last four, like the phone recording asked", "0225"),
        ("is the last 4 digits 8812 ok?", "8812"),
        ("RBH-606 5236 (medical record #) - I still haven't had the letter", "RBH-606 5236"),
        ("re your letter ref RBH-438 3036, I think you have the wrong patient", "RBH-438 3036"),
        ("my travel insurer wants the policy number printed on your invoice: 703914", "703914"),
        ("name,ssn,dob Michael Cooper,758-75 8513,1963-03-02", "758-75 8513"),  # mixed separators
        ("I'm his daughter. Heide Kroker, ward 7, his file number 3235369", "3235369"),
    ],
)
def test_last_four_record_numbers_and_labels_in_new_shapes(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "we came here the last four years, 2019 to 2023, always parked in P2",
        "room 1204, the last four visits were fine",
        "invoice number 88812345 for my visit, can I pay by card?",
        "RX-100 200 tabs in stock at the pharmacy?",
        "I need to file a complaint about room 1204",
    ],
)
def test_last_four_and_code_negatives(text: str) -> None:
    assert not assess(text).kinds


# --- 2026-12-04: rules from the dev6 bank (names, addresses and labels of other countries and languages) ---------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # birth words and month names of other languages
        ("geboren am 5-5-1998", "5-5-1998"),
        ("fecha de nac. 4th April 1994", "1994"),
        ("-> 20 novembre 1965", "1965"),
        # labels of insurance, record and licence numbers in other languages, and "n°"
        ("Versichertennummer NFZ/22970495, danke", "22970495"),
        ("numéro d'assuré FUX80FW", "FUX80FW"),
        ("tessera sanitaria 518032", "518032"),
        ("permis de conduire n° LH 827795", "827795"),
        ("número de historia clínica 00123456", "00123456"),
        # a letter-digit code named as a member or card number, with only four digits
        ("member ID off the back of the card POD1584", "POD1584"),
        # last four corrected later in the sentence; capitals typed one by one
        ("I typed the last four wrong before - it isn't 4321, correct is 7617", "7617"),
        ("L A S T  4  S S N  6480", "6480"),
    ],
)
def test_dates_and_numbers_labelled_in_other_languages(text: str, value: str) -> None:
    assert assess(text).sensitive
    assert_redacted(text, value)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Me llamo Isabela Razo Longoria, quería saber si ya salieron mis análisis", "Isabela Razo Longoria"),
        ("Mein Name ist Anmol Khare, ich habe morgen einen Termin", "Anmol Khare"),
        ("Jag heter Elsa Vallejo och undrar om min remiss har kommit fram", "Elsa Vallejo"),
        ("Meu nome é Dra. Letícia Nunes, gostaria de remarcar minha consulta", "Letícia Nunes"),
        ("the name on the booking should be Jack Sarin, not my husband's", "Jack Sarin"),
        ("pt name Jessika Seifert, please confirm her op is still on friday", "Jessika Seifert"),
        ("my maiden name was Henriksson so older records might be under that", "Henriksson"),
        ("please change my surname to Lemaire on your system", "Lemaire"),
        ("this is Hugues-Théodore Meyer's daughter, she left her hearing aid on the ward", "Hugues-Théodore Meyer"),
        ("I'm Wazir Prashad's carer, which form do we fill in?", "Wazir Prashad"),
        ("who do I ask about my late grandad Adrian Comyn's belongings?", "Adrian Comyn"),
        ("hiya, me mam is Brian Washington, can i bring in her nighties", "Brian Washington"),
        ("ich bin die Tochter von Freja Holmberg, darf ich heute noch kommen?", "Freja Holmberg"),
        ("> Who is the patient?\nGlen Warren, my grandmother, she's 91", "Glen Warren"),
        ("could someone tell Emilly Montenegro on ward 5 that her grandson is downstairs", "Emilly Montenegro"),
        ("Thank you all. -- Farhan Ramanathan, the man with the broken hip in bay 3", "Farhan Ramanathan"),
        ("Liwia Bzymek. Bed 14. When am I likely to be discharged?", "Liwia Bzymek"),
        ("your letters keep coming here addressed to Eduarda Rios, please stop", "Eduarda Rios"),
        ("To whom it may concern, I, Eva Jurado, give permission for my son to collect it.", "Eva Jurado"),
        ("Attn: Patient Accounts\nRe: Jessica Gray (deceased)\nPlease stop the reminders", "Jessica Gray"),
        ("the van de Velden family would like to thank the cardiac ward", "Velden"),
        ("the Russell family would like to thank the staff", "Russell"),
        ("this is pani Róża Kędziorek's daughter, she asked me to message", "Kędziorek"),
        ("Ísis da Cruz has HIV and is worried the pharmacy will tell her employer", "Ísis da Cruz"),
    ],
)
def test_names_in_more_name_contexts(text: str, name: str) -> None:
    assert "person_name" in identifier_kinds(text)
    assert_redacted(text, name.split()[-1])


@pytest.mark.parametrize(
    "text",
    [
        "what's the name of the cardiology clinic?",
        "is the name on the booking important?",
        "Dr Ana Lima on ward 5 was lovely",  # staff
        "the whole family is coming on Sunday",
        "Happy New Year to the Riverbend family",
        "can I pick up from the pharmacy at 5?",
        "where do I drop off at the main entrance, the one on River Road?",
        "I live with my daughter at the moment, can she book for me?",
        "what is the Adresse of the north clinic?",
        "my card AB12 was declined at the cafe",
        "the promo code SAVE2024 did not work in the gift shop",
        "the last four years we always parked in P2",
        "options A B C on the survey, which one is the outpatient clinic?",
        "la fille de la patiente aimerait savoir les heures de visite",
        "do you have a permission form for visitors under 12?",
    ],
)
def test_new_name_address_and_label_rules_leave_routine_questions(text: str) -> None:
    assert not identifier_kinds(text), assess(text).findings


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("name,ssn,dob\nSamuel Anderson,729453267,September 20th 1958", "729453267"),
        ("name,ssn,dob\nSamuel Anderson,729453267,September 20th 1958", "Anderson"),
        ("account,amount\n2044093139271552,250.00", "2044093139271552"),
        ("name\tphone\nJo Bloggs\t07700 900123", "900123"),
    ],
)
def test_a_pasted_table_column_named_as_an_identifier(text: str, value: str) -> None:
    assert_redacted(text, value)


@pytest.mark.parametrize(
    "text", ["date,amount\n12/03/2024,250.00\nwhy was I charged twice?", "item,qty\nparking,2\ncafe,3"]
)
def test_a_pasted_table_without_identifier_columns_stays_unflagged(text: str) -> None:
    assert not identifier_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "name,ssn,dob\n1,2,3\n" * 250,
        "Adresse für die " * 300,
        "pick up from 1 " * 300,
        "my late grandad Ab Cd's daughter of Ab Cd " * 100,
        "I, Ab Cd, " * 400,
        "Ab Cd, the man in a b c d e f in bay " * 100,
    ],
)
def test_new_patterns_do_not_hang(text: str) -> None:
    started = time.perf_counter()
    find_identifiers(normalise(text[:5000]).text)
    assert time.perf_counter() - started < 2.0


# --- 2026-12-05 (afternoon): rules from the dev10 bank (names as bare answers, in forms, after a bill or relation) --
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Laura Bennett thnaks", "Bennett"),
        ("Daniel Harris ty so much", "Harris"),
        ("yes Maria Lopez thats me", "Lopez"),
        ("hey there, can you check if the bill for Thomas Walker went to insurance", "Walker"),
        ("MyChart says there is no account under Sarah Mitchell, can you look?", "Mitchell"),
        ("could you pass a card to Helen Murphy on ward 6", "Murphy"),
        ("message from Peter Novak: running 10 min late for physio", "Novak"),
        ("thank you to the maternity nurses from Emma Clarke and family", "Clarke"),
        ("what name is the booking under? it should be James Cooper I think", "Cooper"),
        ("pls tell Linda Evans that her sister Susan Evans is in the lobby", "Linda"),
        ("pls tell Linda Evans that her sister Susan Evans is in the lobby", "Susan"),
        ("Robert Young and Karen Hughes both have appointments in cardiology tomorrow", "Robert Young"),
        ("Robert Young and Karen Hughes both have appointments in cardiology tomorrow", "Karen Hughes"),
        ("PATIENT NAME......Michael Turner   DEPT......Radiology", "Turner"),
        ("[Guarantor] Anne Dixon [Relationship] self", "Dixon"),
        ("paitent nmae: George Fisher", "Fisher"),
        ("Good morning sir ok its Priya Sharma", "Sharma"),
        ("hi there Jones here, about my parking pass", "Jones"),
        ("meri wife ka naam Pooja Mehta hai, maternity mein hai", "Mehta"),
        ("chào, bố tôi là Nguyễn Văn Minh, đang ở cardiac care unit", "Minh"),
        ("sorry, you asked who is writing, my phone died halfway through, Carlos Romero", "Romero"),
        ("Mr Graham and Mrs Patel are both in the CCU, can one visitor see both?", "Patel"),
        ("it was booked for Nadia Rossi on the 12th but not sure which clinic", "Rossi"),
        ("Frau Heike Brandt B.Eng.", "Brandt"),
    ],
)
def test_names_where_the_dev10_bank_put_them(text: str, value: str) -> None:
    assert_redacted(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "ok thanks so much",
        "yes that's me",
        "the bill for parking went up again",
        "can you pass a card to the nurses on ward 6",
        "tell Riverbend Hospital that the lift is broken",
        "Marks and Spencer in the lobby, is it open?",
        "what name should the appointment be under, mine or my husband's?",
    ],
)
def test_the_dev10_name_rules_leave_routine_messages(text: str) -> None:
    assert not identifier_kinds(text), assess(text).findings


@pytest.mark.parametrize(
    "text",
    ["8841 - you asked me earlier for the last four, sorry took a while", "8841 those are the last 4"],
)
def test_a_number_opening_the_message_that_a_last_four_phrase_explains(text: str) -> None:
    assert_redacted(text, "8841")


@pytest.mark.parametrize(
    "text", ["1200 river road is the address? the last four times I got lost", "0800 or 0900, the last four visits"]
)
def test_a_number_opening_the_message_beside_other_last_fours_is_not_a_social(text: str) -> None:
    assert "ssn" not in identifier_kinds(text)


# --- 2026-12-05 (evening): rules from the dev11 bank (names without a label word, dates of birth with typos) --------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("visitors for tonight will be me, Oliver Grant and Fiona Walsh, is that too many for ICU", "Grant"),
        ("visitors for tonight will be me, Oliver Grant and Fiona Walsh, is that too many for ICU", "Walsh"),
        ("Nadia Costa + Bruno Lima + the kids are coming for the birth, is there a waiting room", "Lima"),
        ("can you add to the approved visitor list: pani Agata Nowak, Marek Zielinski. thanks", "Zielinski"),
        ("checking in for Laura Keane, we're in the garage and running late", "Keane"),
        ("the text said 'Reminder for Paul Dunne: appointment tomorrow 10:30' but he passed away", "Dunne"),
        ("Welcome to the world Sofia Marquez 💙 born on your maternity unit last night", "Marquez"),
        ("can Henrik Olsen pick up my prescription or does it have to be me", "Olsen"),
        ("does anyone know if Maria Berg is allowed visitors yet", "Berg"),
        ("sorry, forgot to say: Daniel Ortiz. i'm the one who messaged about the bill", "Ortiz"),
        ("oh the patient? Jay Mullen lol sorry thought i put that", "Mullen"),
        ("Ana Duarte (goes by her middle name) is my mother, she's on the cardiac unit", "Duarte"),
        ("2:30pm Bianca Sales – patient transport didn't show, still waiting", "Sales"),
        ("surgical ward, Miguel Castro, discharge today? waiting since 8am", "Castro"),
        ("our baby girl arrived!! Lily Hartmann, 7lbs 2oz, can grandparents visit?", "Hartmann"),
        ("Is Lynda Moss's surgery still on for tomorrow morning?", "Moss"),
        ("we are dropping off Okafor's overnight bag at the front desk", "Okafor"),
        ("Ronald Green. Do you need anything else from me?", "Green"),
        ("thank you to the nurses, we will never forget it ❤️ - Blake Floyd", "Floyd"),
        ("is the cafe open on weekends? living here at the moment lol\n\n-Maria Nyberg 🙏. gracias", "Nyberg"),
        ("need to cancel tomorrow's 9am, will rebook. cheers Daniel Andersson on behalf of my wife", "Andersson"),
        ("namaste, mera naam Kavya Iyer hai, appointment reschedule karna hai", "Iyer"),
        ("salam, ana ismi Layla Haddad, I need an appointment at the women's clinic", "Haddad"),
        ("chào anh chị, tôi tên là Trần Thị Lan, mẹ tôi cần gặp bác sĩ", "Lan"),
        ("i think my coworker Isaiah Rama gave me covid, do you still do walk in boosters", "Rama"),
        ("I AM IN THE CAR WITH Christopher Little AND HE IS IN A LOT OF PAIN", "Christopher"),
        ("Kind regards, Lisanne van 't Wel, RN", "Wel"),
    ],
)
def test_names_where_the_dev11_bank_put_them(text: str, value: str) -> None:
    assert_redacted(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("brithday 9.30.1941 sorry typing fast on my phone", "1941"),
        ("ngày sinh của mẹ tôi là 4/8/1965 merci", "1965"),
        ("the birthday they have on file is wrong, it should be the 26/02/1951", "1951"),
        ("for Elias Maestas — b. 1961/01/20 — is he in the system", "1961"),
    ],
)
def test_dates_of_birth_where_the_dev11_bank_put_them(text: str, value: str) -> None:
    assert_redacted(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "can Family Medicine see me on saturday",
        "is Main Street closed for the parade?",
        "we had an amazing experience with Dr Watts and her team in cardiology",  # staff stay named
        "Great song! - Billie Holiday",
        "visitors: Pediatric Unit and Maternity Ward, what are the hours",
        "Is Riverbend Hospital's cafe open?",
        "WHERE IS THE ENTRANCE FOR THE ER",
        "i'll be there at 2:30pm Monday, West Entrance, ok?",
    ],
)
def test_the_dev11_name_rules_leave_routine_messages(text: str) -> None:
    assert "person_name" not in identifier_kinds(text), assess(text).findings


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("this is Okonkwo again, the one who messaged about my scan", "Okonkwo"),
        ("hiya it's Lindqvist here, any news", "Lindqvist"),
        ("the appointment is under Haverkamp, not my married name", "Haverkamp"),
        ("my referral was in the name of Brzezinski", "Brzezinski"),
        ("can someone send Tognazzi's discharge papers to the care home", "Tognazzi"),
        ("Financial aid form\napplicant Osman Delacroix\nhousehold of 3", "Delacroix"),
        ("emergency contact: Kennet Sjögren", "Sjögren"),
        ("mrn 90991157 / dob 13.02.1981 / Jonathan Oyelaran", "Oyelaran"),
    ],
)
def test_names_where_the_holdout2_bank_put_them(text: str, value: str) -> None:
    assert_redacted(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("its 2668", "2668"),
        ("it's 0413. merci beaucoup", "0413"),
        ("7193 gracias", "7193"),
        ("my birtday... 12 października 1940, the app says patient not found", "1940"),
        ("bithday is 6 Oct 78", "78"),
    ],
)
def test_bare_last_fours_and_birthdays_typed_wrong(text: str, value: str) -> None:
    assert_redacted(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "its 2024",  # a year alone is not the last four of anything
        "is the 2024 flu shot in yet",
        "this is Diabetes Education again",
        "appointment under Cardiology, which floor",
        "the bird day at the park was 3/4/2020",
    ],
)
def test_the_holdout2_rules_leave_routine_messages(text: str) -> None:
    assert not identifier_kinds(text), assess(text).findings


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Valenzuela", "Valenzuela"),  # the whole message: the answer to "your last name?"
        ("uhh its 5190", "5190"),
        ("is Oyelaran the name you have? it changed when I married", "Oyelaran"),
        ("Brzezinski is my maiden name, the new one is on the card", "Brzezinski"),
        ("sou eu, Okonkwo, a mãe do bebê da maternidade", "Okonkwo"),
        ("looking for my grandpa, last name van der Spaendonck, brought in at noon", "Spaendonck"),
        ("Kontoinhaberin: Quist\nRechnung vom Montag", "Quist"),
    ],
)
def test_names_where_the_holdout3_bank_put_them(text: str, value: str) -> None:
    assert_redacted(text, value)


@pytest.mark.parametrize("text", ["Parking", "Thanks", "Cardiology", "MyChart", "Riverbend", "is Cardiology the name"])
def test_one_word_routine_messages_are_not_names(text: str) -> None:
    assert "person_name" not in identifier_kinds(text), assess(text).findings


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 March 1961 thats my bday, you asked", "1961"),
        ("janam tithi 14-02-1958 hai, appointment confirm karna hai", "1958"),
        ("her surname is van der Horst now that the adoption is final", "Horst"),
        ("no not with a K, its Quilliam sorry autocorrect", "Quilliam"),
        ("there's a parcel at main reception for Okonkwo, third floor", "Okonkwo"),
        ("formal complaint regarding the treatment of Michelle Lawson during her stay", "Lawson"),
        ("I'm the foster carer for Maria Chambers and need to sign the consent", "Chambers"),
        ("can I bring flowers for Mrs de Leeuw? she's on the stroke unit", "Leeuw"),
    ],
)
def test_names_and_birthdays_where_the_holdout4_bank_put_them(text: str, value: str) -> None:
    assert_redacted(text, value)


@pytest.mark.parametrize(
    "text",
    ["is there parking for Cardiology, third floor?", "the last name field on the form is empty",
     "what is the treatment of Type 2 Diabetes at the clinic", "care of North Clinic reception"],
)  # fmt: skip
def test_the_holdout4_name_rules_leave_routine_messages(text: str) -> None:
    assert "person_name" not in identifier_kinds(text), assess(text).findings


# Lessons of the fifth held-out bank (read on 2026-12-06): a titled name placed in care or beside the writer in the
# other languages too, a "last name?" label echoed, "spelling is", introductions in Romanian and its neighbours, and
# a surname with its particle as the whole message.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Meneer Bakker ligt sinds gisteren op de afdeling cardiologie, wanneer mag ik langskomen?", "Bakker"),
        ("Frau Hoffmann, meine Nachbarin, wurde gestern eingeliefert. Darf ich ihr Blumen bringen?", "Hoffmann"),
        ("Monsieur Dubois est hospitalisé en cardiologie depuis lundi, peut-on lui téléphoner ?", "Dubois"),
        ("mi vecina, la señora Robles, está ingresada desde el martes, ¿cuándo se puede visitar?", "Robles"),
        ("Mrs Whitcombe keeps ringing the bell on your floor at night, is someone with her?", "Whitcombe"),
        ("Mr Abernathy, the gentleman with the walking frame, left his glasses in the cafe", "Abernathy"),
        ("Surname? Kowalczyk. Booking the knee follow up", "Kowalczyk"),
        ("the spelling is Featherstonehaugh, the letter has it wrong", "Featherstonehaugh"),
        ("Bună ziua, sunt Ioana Popescu, mama pacientului din salonul 4", "Popescu"),
        ("dobar dan, ja sam Ivana Horvat, I need to move my scan", "Horvat"),
        ("van Houten", "Houten"),
    ],
)
def test_names_where_the_holdout5_bank_put_them(text: str, value: str) -> None:
    assert_redacted(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Ms Rivera asked me to call back",  # may be staff
        "which floor is the cardiology ward on, and the visiting hours?",
        "is the spelling on the sign wrong? it says Cardiolgy",
        "the service at the front desk was very slow today",
        "last name? do I need to give it for a flu shot",
        "mi vecina quiere saber el horario de la farmacia",
        "Mr Ortiz in customer service was very helpful, thank him please",  # staff's places are not care
        "Mrs Keane at the nurses station gave me the wrong leaflet",
    ],
)
def test_the_holdout5_name_rules_leave_routine_messages(text: str) -> None:
    assert "person_name" not in identifier_kinds(text), assess(text).findings


# Lessons of the sixth held-out bank (read on 2026-12-06): a relation word as a title, corrections, children or
# visitors listed, a person's form label, a name as its own clause or between dashes, a name echoed to check its
# spelling, whose results, "X family here", "the patient" in other languages, a relative's name, a subject line's
# name at the end of its line, sign-offs after "thx again" and "xoxo", a Turkish birth date, "which is ... birthday".
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("we brought grandma Rosalind Thackeray her slippers but the ward was locked", "Thackeray"),
        ("pwede po ba dalawin si lolo Ernesto Villanueva bukas ng umaga", "Villanueva"),
        ("sorry autocorrect, I meant Niamh Gallagher, not whatever that was", "Gallagher"),
        ("the wristband should say Tobias Lindqvist, they wrote it wrong", "Lindqvist"),
        ("children are Oliver Brandt and Emma Brandt, both due for boosters", "Brandt"),
        ("Guardian: Hannah Okafor\nChild: Samuel Okafor\nneed the vaccine record", "Okafor"),
        ("Ich habe meinen Schirm im Wartezimmer vergessen. Greta Vogel. Gibt es ein Fundbüro?", "Vogel"),
        ("about my refund — Marcus Whitley — I paid twice at the pharmacy", "Whitley"),
        ("Maeve O'Donoghue?? is that how you have it spelled? it's wrong", "O'Donoghue"),
        ("any results for Szczepański? mychart shows nothing", "Szczepański"),
        ("Abernethy family here, thank you to everyone on the children's ward", "Abernethy"),
        ("sou filha da paciente Lúcia Ferreira, ela já teve alta?", "Ferreira"),
        ("my aunt's name is Philippa Crowther and she's coming to visit at 3", "Crowther"),
        ("Re: invoice for Dominic Farrelly\n\nI was billed for a scan I never had.", "Farrelly"),
        ("thx again - Imogen Castellano", "Castellano"),
        ("xoxo Beatriz Montoya & family", "Montoya"),
        ("doğum tarihim 14.03.1979, randevumu iptal etmek istiyorum", "1979"),
        ("the band says 02/11/1964 which is my husband's birthday, not mine", "1964"),
    ],
)
def test_names_and_birthdays_where_the_holdout6_bank_put_them(text: str, value: str) -> None:
    assert_redacted(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "the kids are coming with me, can they wait in the cafeteria?",
        "I meant the North Clinic, not the main hospital",
        "are you open on Christmas Day? I meant the pharmacy",
        "From: Billing Department. Is this email real?",
        "We drove in from Salem. New York plates, where can we park?",
        "any results for the MRI? it's been a week",
        "the Cardiology family room, is it open at night?",
        "visiting hours — North Clinic — are they the same as the hospital's?",
    ],
)
def test_the_holdout6_name_rules_leave_routine_messages(text: str) -> None:
    assert "person_name" not in identifier_kinds(text), assess(text).findings
