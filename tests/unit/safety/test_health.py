"""Unit tests for the health and crisis side of bot.safety: lexicons, typos, whose health it is, negation,
hypotheticals, figurative speech, self-harm and medical emergencies. Sentences are written for these tests."""

from __future__ import annotations

import time

import pytest

from bot.safety import assess, read_rules, redact
from bot.safety.health import fuzzy_key


def kinds(text: str) -> set[str]:
    return set(assess(text).kinds)


def check(text: str, kind: str | None, crisis: str | None = None) -> None:
    """kind is expected among the findings (None: not sensitive at all); crisis is the expected crisis."""
    assessment = assess(text)
    if kind is None:
        assert not assessment.sensitive, assessment
    else:
        assert kind in assessment.kinds, assessment
    assert assessment.crisis == crisis, assessment


# --- lexicon: conditions, injuries, allergies, disabilities, procedures ------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my husband has sleep apnoea", "condition"),
        ("I was diagnosed with sarcoidosis in the spring", "condition"),
        ("my grandson came down with croup", "condition"),
        ("I sprained my ankle playing tennis", "condition"),
        ("my son fractured his collarbone", "condition"),
        ("her wrist is broken, where is ortho", "condition"),
        ("I'm allergic to shellfish and latex", "condition"),
        ("my wife has a severe tree nut allergy", "condition"),
        ("I'm blind in my left eye", "condition"),
        ("my father is hard of hearing", "condition"),
        ("my mum uses a wheelchair since her stroke", "condition"),
        ("I had my appendix removed last spring", "condition"),
        ("my uncle just had a triple bypass", "condition"),
        ("my sister gets dialysis on Mondays", "condition"),
        ("I have a pacemaker, is the metal detector safe?", "condition"),
        ("my aunt is on hospice now", "condition"),
        ("I'm type 2, what snacks are in the cafe?", "condition"),
        ("I take levothyroxine for my thyroid", "condition"),
        ("HI MY GRANDPA HAS MS AND NEEDS A RAMP", "condition"),
        ("I have a cold, can I still visit the nursery?", "condition"),
    ],
)
def test_condition_positives(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "do you have an allergy clinic on saturdays?",
        "can you close the blinds in the family lounge",
        "I'm blind to what my bill even says",
        "Ms Rivera asked me to call back",
        "our team is doing the cancer walk this weekend",
        "the stroke unit is on which floor?",
        "i'm allergic to mondays haha",
    ],
)
def test_condition_negatives(text: str) -> None:
    assert not assess(text).sensitive, assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "vacuna contra el covid, donde me la ponen?",
        "vaccino covid per mia madre, serve appuntamento?",
        "vaccin contre la grippe pour ma fille samedi",
        "Tôi muốn tiêm vắc xin covid ở sảnh chính",
        "covid vax walk in?",
        "covid aşısı nerede yapılıyor",
    ],
)
def test_a_vaccine_named_in_any_language_is_not_a_disclosure(text: str) -> None:
    assert not assess(text).sensitive, assess(text)


def test_a_vaccine_word_does_not_hide_a_disclosure() -> None:
    assert "condition" in kinds("the vaccine gave me shingles")
    assert "condition" in kinds("my son has covid, can he still get the booster?")
    assert "condition" in kinds("I need a shot for my diabetes")


def test_allergy_to_a_drug_is_a_condition_not_a_medication() -> None:
    assert kinds("I'm allergic to amoxicillin") == {"condition"}
    assert kinds("not allergic to anything except sulfa drugs") == {"condition"}
    assert kinds("no allergies that I know of") == set()


# --- typos -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typo", "term"),
    [
        ("pnuemonia", "pneumonia"),
        ("siezure", "seizure"),
        ("hepatits", "hepatitis"),
        ("diabeties", "diabetes"),
        ("metforman", "metformin"),
        ("lisinipril", "lisinopril"),
        ("leukimia", "leukemia"),
        ("epilespy", "epilepsy"),
    ],
)
def test_single_typos_are_corrected(typo: str, term: str) -> None:
    assert fuzzy_key(typo) == term


@pytest.mark.parametrize(
    "word",
    ["cancel", "concert", "singles", "ability", "addition", "section", "creator",
     # other languages' everyday words: French invoice, Italian joy, German oven, Polish surveys, Spanish quarter
     "facture", "allegria", "backofen", "ankiety", "trimestre"],
)
def test_everyday_words_one_typo_away_are_not_corrected(word: str) -> None:
    assert fuzzy_key(word) is None


@pytest.mark.parametrize(
    ("word", "term"), [("aspirina", "aspirin"), ("allergie", "allergies"), ("artritis", "arthritis")]
)
def test_the_same_term_in_another_language_is_still_found(word: str, term: str) -> None:
    assert fuzzy_key(word) == term


def test_a_french_bill_is_not_a_fracture() -> None:
    assert not assess("J'ai reçu une facture pour la radiologie, je peux payer par carte ?").sensitive


def test_typos_in_messages() -> None:
    assert "condition" in kinds("my dad has pnuemonia again")
    assert "medication" in kinds("i'm on zoloft n wellbutrin")
    assert "condition" in kinds("my kid has athsma")
    assert not assess("please cancel my appointment for tomorrow").sensitive


# --- symptoms, medications, results, pregnancy, mental health -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my feet have been swollen all week", "symptom"),
        ("my vision is blurry since this morning", "symptom"),
        ("my husband keeps forgetting words", "symptom"),
        ("she's been really confused since the fall", "symptom"),
        ("I've dropped 12 lbs without trying", "symptom"),
        ("my knees are killing me", "symptom"),
        ("feeling under the weather, what time does the pharmacy close?", "symptom"),
        ("my stool is black", "symptom"),
        ("my daughter is on Zyrtec for her hay fever", "medication"),
        ("i'm on 40mg of prozac", "medication"),
        ("my dad just started Keytruda", "medication"),
        ("my potassium came back low", "test_result"),
        ("the CT found a mass on my liver", "test_result"),
        ("my hemoglobin is 7.2", "test_result"),
        ("my covid test was negative", "test_result"),
        ("I'm 14 weeks along", "pregnancy"),
        ("we're expecting our second in June", "pregnancy"),
        ("my sister just had a baby", "pregnancy"),
        ("I'm breastfeeding, can I take Sudafed?", "pregnancy"),
        ("I'm a recovering alcoholic, two years sober", "mental_health"),
        ("I've been feeling hopeless and can't stop crying", "mental_health"),
        ("I see a therapist for my panic attacks", "mental_health"),
    ],
)
def test_health_kind_positives(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "is there a pharmacy that has Paxlovid in stock?",
        "can my mom get insulin at your pharmacy?",
        "where do I pick up my lab results?",
        "I'm expecting a call from billing",
        "my due date for the bill is friday",
        "my phone is dying, what's the main number",
        "i'm so ocd about my desk lol",
        "this place gives me anxiety lol jk",
        "there are 3 levels in the parking garage",
        "I waited 1 hr 20 min in the lobby",
    ],
)
def test_health_kind_negatives(text: str) -> None:
    assert not assess(text).sensitive, assess(text)


def test_two_kinds_on_one_span_are_both_reported() -> None:
    assert {"pregnancy", "condition"} <= kinds("my partner has gestational diabetes")
    assert {"symptom", "test_result"} <= kinds("my toddler has a fever of 102.3")


# --- whose health is it -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my dentist has shingles so my appointment moved",
        "a character in my screenplay has bipolar disorder",
        "our parrot has a respiratory infection",
        "the nurse who called me had a cough",
        "I read that the senator has dementia",
        "is shingles contagious to babies?",
        "do you treat kids with autism?",
        "people with asthma should avoid the smoke",
    ],
)
def test_not_close_or_general_is_not_a_disclosure(text: str) -> None:
    assert not assess(text).sensitive, assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have a son with autism, is there a quiet waiting room?",
        "we've got a 3 year old with asthma",
        "I'm the mom of a toddler with eczema",
        "Mum of a 5 year old boy with Down's syndrome here, where is the children's clinic?",
        "our daughter was born with microcephaly, who do we see about her hearing test",
        "my son has clubfeet and a cleft palate",
        "My son w/ #DownSyndrome starts at the day unit monday",
        "we just found out our baby will be born with #SpinaBifida",
    ],
)
def test_a_child_the_sender_has_and_conditions_present_from_birth(text: str) -> None:
    assert "condition" in kinds(text), assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "I saw a kid with a broken arm in the lobby",
        "do you have a clinic for a kid with autism?",
        "charity walk for everyone living with #DownSyndrome this saturday",
        "so proud of our walk team today #CHD #hearthero",
    ],
)
def test_a_stranger_and_a_hashtag_topic_are_not_a_disclosure(text: str) -> None:
    assert not read_rules(text).findings, read_rules(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mi papá tuvo un infarto, cuándo puedo visitarlo", "condition"),
        ("estoy embarazada de 8 semanas, aceptan Aetna?", "pregnancy"),
        ("ma fille est diabétique, votre pharmacie a ses bandelettes ?", "condition"),
        ("mój tata jest na dializach, gdzie zaparkować?", "condition"),
        ("mẹ tôi bị ung thư, giờ thăm là mấy giờ?", "condition"),
        ("se me acabaron las pastillas para la ansiedad", "mental_health"),
        ("hi, how do i switch PCPs, mine doesn't take my bipolar seriously", "mental_health"),
        ("do u take tricare for physio, tore my rotator cuff", "condition"),
        ("son's going into rehab for his drinking on monday, what should he pack", "mental_health"),
        ("dad's radiation starts tomorrow, which building is oncology", "condition"),
    ],
)
def test_disclosures_in_passing_other_languages_and_lay_words(text: str, kind: str) -> None:
    assert kind in kinds(text), assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "when is mum's discharge planning meeting? we need to sort her stairlift",
        "it's not my anxiety, it's the parking",
        "the car park is sectioned off for the works, where do I go",
        "what are you stating on the form?",
    ],
)
def test_everyday_readings_of_those_words_are_not_disclosures(text: str) -> None:
    assert not read_rules(text).findings, read_rules(text)


def test_possessive_after_the_term_and_reported_speech() -> None:
    assert "mental_health" in kinds("Lexapro hasn't helped my depression at all")
    assert "condition" in kinds("the doctor said prediabetes, what now?")
    assert "medication" in kinds("the doctor put me on prednisone")


# --- negation, hypotheticals, figurative speech --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I don't have a fever anymore, can I come back to work?",
        "he isn't diabetic, they just want to check",
        "no cough or sore throat, just checking visiting hours",
        "she's never had chickenpox, does she need the shot?",
        "I'm not depressed, I'm just tired of the paperwork",
        "if my son gets the flu, can he still come to his appointment?",
        "what happens if a pregnant woman gets covid?",
        "this queue is giving me a migraine",
        "my wallet is bleeding after that bill",
        "the website is having a seizure again",
        # illness words of a machine or food, pets, fiction, idioms in other languages
        "the ticket machine in P2 is sick again, it ate my card",
        "the printer by reception is coughing up blank pages",
        "the app is so bipolar today, one minute it works",
        "my phone's on life support, where can I charge it",
        "I'm allergic to automated phone menus, can I speak to a person",
        "my budgie has a chest infection, is there a bird vet nearby",
        "mi perro tiene diabetes, conocen un veterinario?",
        "in the novel I'm reading, the heroine has tuberculosis. was this hospital ever a sanatorium?",
    ],
)
def test_negated_hypothetical_and_figurative_are_not_disclosures(text: str) -> None:
    check(text, None)


def test_negation_leaves_what_is_still_asserted() -> None:
    assert "symptom" in kinds("I don't think it's strep but my throat hurts")
    assert "condition" in kinds("I don't have lupus but my sister does")
    assert "mental_health" in kinds("Zoloft isn't helping my anxiety")
    assert "medication" in kinds("I'm not on blood thinners but I do take aspirin daily")


# --- self-harm -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "honestly i dont see the point in living anymore",
        "I'm planning to overdose tonight",
        "my brother keeps talking about killing himself",
        "my girlfriend cut herself again last night",
        "i swallowed a whole bottle of my sleeping pills on purpose",
        "what's the lethal dose of acetaminophen",
        "how much insulin would kill someone",
        "nobody would even miss me if I was gone",
        "I bought a rope today. I'm done",
        "my daughter told me she wants to end her life",
        "I've been stockpiling my Percocet",
        "I wrote goodbye letters to my family",
        "I keep thinking about driving into a tree",
        "life isn't worth living anymore",
        "im not safe right now",
        "I've been sucidal for weeks",
        "my son has been cutting his arms",
    ],
)
def test_self_harm(text: str) -> None:
    check(text, "mental_health", "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to hurt myself, I just need the behavioral health number",
        "I cut myself shaving, do I need a tetanus shot?",
        "my son hurt himself playing soccer",
        "do you have resources for suicide prevention?",
        "I'd rather die than pay $30 for parking",
        "I don't want to die, is a heart murmur dangerous?",
        "my grandfather died by suicide in 1990, does that affect my risk?",
        "I burned myself on the stove, what cream should I use",
        "in my pharmacology class we learned the lethal dose of aspirin",
    ],
)
def test_not_self_harm(text: str) -> None:
    assert assess(text).crisis is None, assess(text)


def test_intentional_overdose_is_self_harm_with_mental_health_and_medication() -> None:
    assessment = assess("thinking of taking all my Ambien at once")
    assert assessment.crisis == "self_harm"
    assert {"mental_health", "medication"} <= set(assessment.kinds)
    assert assess("my mom overdosed on purpose and she's in the car").crisis == "self_harm"


def test_past_attempt_is_history_not_a_crisis() -> None:
    assessment = assess("my sister attempted suicide last year and is doing well, is there a family group?")
    assert assessment.crisis is None
    assert "mental_health" in assessment.kinds


# --- medical emergencies ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my husband is clutching his chest and sweating a lot",
        "my dad fell off a ladder and isn't moving",
        "my baby swallowed a button battery",
        "my toddler got into the dishwasher pods",
        "my mom's speech is slurred and she can't lift her arm",
        "my son was stung by a wasp and his lips are swelling and he's wheezing",
        "I'm vomiting blood",
        "my sugar is 38 and I'm sweating and shaky",
        "my oxygen is 81% and I can barely talk",
        "I gave my son double his dose of clonidine by mistake",
        "my 2 month old is really floppy",
        "I'm 30 weeks and bleeding heavily",
        "there's a woman on the floor in the parking garage not moving",
        "my wife's water broke and she's having contractions every 3 minutes",
        "my father can't speak and his face looks droopy",
        "CAN'T BREATHE HELP",
    ],
)
def test_medical_emergency(text: str) -> None:
    assessment = assess(text)
    assert assessment.crisis == "medical_emergency", assessment
    assert assessment.sensitive


@pytest.mark.parametrize(
    "text",
    [
        "I had a heart attack five years ago, where is cardiac rehab?",
        "my son had a seizure last month, which floor is neurology?",
        "what should I do if my dad gets chest pain?",
        "how do you know if someone is having a stroke",
        "my cat ate some of my pills, is there an animal poison line?",
        "the actor collapsed on stage last night",
        "I sometimes get chest tightness when I run",
        "no chest pain or shortness of breath, just a cough",
        "hubby's bp is 180/110 rn",
        "i overdosed years ago and I'm 5 years clean now",
        "my daughter fainted at school yesterday but she's fine now",
    ],
)
def test_not_an_emergency(text: str) -> None:
    assert assess(text).crisis is None, assess(text)


def test_self_harm_wins_over_emergency() -> None:
    assert assess("I swallowed 30 of my pills and I don't want to be saved").crisis == "self_harm"


# --- redaction and offsets ----------------------------------------------------------------------------------------


def test_health_redaction_keeps_the_rest() -> None:
    assert redact("my son has croup, is peds open?") == "my son has [CONDITION], is peds open?"
    text = "I’m on Eliquis"  # a curly apostrophe is normalised; offsets still point into the original
    (finding,) = assess(text).findings
    assert text[finding.start : finding.end] == "Eliquis"


# --- speed -------------------------------------------------------------------------------------------------------


def test_long_message_does_not_hang() -> None:
    # A guard against runaway regular expressions (a second, not milliseconds): speed is measured by bench/safety.py.
    text = "I have had chest pain and my son has asthma, " * 110
    started = time.perf_counter()
    assess(text)
    assert time.perf_counter() - started < 1.0


# General crisis constructions, in wordings unlike the dev set's (the detector must not depend on fixed phrases).
@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("my grandma can't get any air and her lips look blue", "medical_emergency"),
        ("there's pressure in my chest and it's spreading to my jaw", "medical_emergency"),
        ("my wife's words are all jumbled and her face is drooping on the left", "medical_emergency"),
        ("my little boy swallowed a couple of magnets from his toy set", "medical_emergency"),
        ("my uncle got bitten by a snake on the trail and his hand is swelling up fast", "medical_emergency"),
        ("my mom is acting really confused and sweaty, she's diabetic", "medical_emergency"),
        ("i feel like i'm about to pass out and my heart is racing, please help", "medical_emergency"),
        ("is it bad if my dad's mouth is sagging on one side and he can't lift his cup", "medical_emergency"),
        ("i just want to stop existing", "self_harm"),
        ("dying would honestly be a relief at this point", "self_harm"),
        ("i won't be around much longer, take care of mom for me", "self_harm"),
        ("i've got a razor and i'm going to use it on myself tonight", "self_harm"),
        ("my brother keeps cutting his forearms when he gets upset", "self_harm"),
        ("how long would it take to bleed out from the neck", "self_harm"),
        ("my sister says she wants to be with our mom in heaven and won't eat", "self_harm"),
        ("wrote a goodbye note for my parents. there's a pile of pills on my desk", "self_harm"),
    ],
)
def test_crisis_generalises(text: str, crisis: str) -> None:
    assert assess(text).crisis == crisis


@pytest.mark.parametrize(
    "text",
    [
        "I had chest pain last year and was told it was reflux, can I get my records?",
        "my dog swallowed a sock, do you know a vet?",
        "in the movie the hero bleeds out from a gunshot, so dramatic",
        "I used to hurt myself years ago but I've been fine for a long time",
        "I'm going to end things with my boyfriend tonight",
        "I get short of breath when I climb hills, can I see a pulmonologist?",
        "my coworker's aunt collapsed at a wedding last month",
        "i cut my finger chopping onions, do I need stitches?",
        "overdosed on caffeine before my exam lol, where is the coffee cart?",
        "a streamer I watch posted about her suicide attempt, is there a hotline I can share?",
        "never had thoughts of ending my life, why does the questionnaire ask that?",
    ],
)
def test_not_a_crisis_in_general_wordings(text: str) -> None:
    assert assess(text).crisis is None


# --- someone close in a unit that tells a protected diagnosis; operations; births; inhalers -----------------------


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("my cousin is on the psych ward, can we bring him clothes", "my cousin is on the [MENTAL_HEALTH], can we "
                                                                     "bring him clothes"),
        ("our gran was moved to the oncology unit today, what's the ward number",
         "our gran was moved to the [CONDITION] today, what's the ward number"),
        ("can i sit with my brother in detox tonight", "can i sit with my brother in [MENTAL_HEALTH] tonight"),
        ("my stepdad is in hospice, is parking free for families", "my stepdad is in [CONDITION], is parking free "
                                                                  "for families"),
    ],
)
def test_someone_close_in_a_protected_unit_is_a_disclosure_of_the_unit(text: str, redacted: str) -> None:
    assert assess(text).sensitive and redact(text, deny_by_default=False) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "my grandma is in the ICU, when can i visit",  # where a patient is: the facility directory's information
        "my son is in the nicu, can both parents stay",
        "what are visiting hours on the psych unit",  # the unit alone is a place
        "my niece is a nurse on the oncology ward, does she park for free",  # staff
        "my husband works in behavioral health, is there a staff entrance",
        "is the chemo suite open on saturdays",
    ],
)
def test_a_unit_alone_a_directory_unit_or_staff_is_not(text: str) -> None:
    assert not assess(text).sensitive, assess(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my dad's having a hip operation on Tuesday, which entrance do we use", "condition"),
        ("we've been waiting 4 hours for my wife to come out of surgery", "condition"),
        ("I'm booked in for a colonoscopy next week, where do i check in", "condition"),
        ("since my mum's bypass she gets tired on the stairs, is there a lift from the car park", "condition"),
        ("my daughter gave birth this morning!! can her grandad visit", "pregnancy"),
        ("my partner is due any day now, where do we park at night", "pregnancy"),
        ("need my inhaler refilled before friday", "medication"),
    ],
)
def test_operations_births_and_inhalers_of_someone_close(text: str, kind: str) -> None:
    check(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "how much does surgery cost without insurance",
        "is there a waiting room for the surgery department",
        "do you sell inhalers at the pharmacy",
        "where is the baby shower gift shop",
        "what happens after an operation in general, do patients stay overnight",
    ],
)
def test_procedures_and_devices_named_in_general_are_not(text: str) -> None:
    check(text, None)
