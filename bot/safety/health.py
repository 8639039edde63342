"""Health disclosures: lexicon and pattern matches that are about the sender (or someone close), asserted, literal.

Lexicon terms are found by a dictionary lookup over word n-grams (spaces, hyphens and apostrophes ignored, optional
plural s/es), with single-typo tolerance for longer words ("athsma", "hepatits", "diabeties"). Phrases that need
numbers, verbs or body parts are regular expressions below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.safety.context import BODY_PART, CLOSE, NONE, OTHER, SELF, GatedPattern, MessageContext
from bot.safety.kinds import FindingKind

RawFinding = tuple[str, int, int]
LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
LEXICON_FILES = {
    FindingKind.CONDITION: "conditions.txt",
    FindingKind.SYMPTOM: "symptoms.txt",
    FindingKind.MEDICATION: "medications.txt",
    FindingKind.MENTAL_HEALTH: "mental_health.txt",
    FindingKind.PREGNANCY: "pregnancy.txt",
    FindingKind.TEST_RESULT: "test_results.txt",
}
WEAK_MARKER = " *"
MAX_TERM_WORDS = 6


@dataclass(frozen=True)
class Term:
    """A lexicon entry: its kind, and whether it needs an explicit holder (weak)."""

    kind: str
    weak: bool


def load_terms(filename: str) -> list[str]:
    """Raw lines of one lexicon file: one term per line, '#' comments (whole lines, or after two spaces) and blank
    lines skipped."""
    lines = (LEXICON_DIR / filename).read_text(encoding="utf-8").splitlines()
    terms = (line.split("  #", 1)[0].strip().lower() for line in lines if not line.lstrip().startswith("#"))
    return [term for term in terms if term]


def term_key(text: str) -> str:
    """Lookup key: lower case with spaces, hyphens, apostrophes and light punctuation removed."""
    return _KEY_STRIP.sub("", text.lower())


_KEY_STRIP = re.compile(r"[\s'’\-/.,+&]+")


# --- typo tolerance ---------------------------------------------------------------------------------------------
# One edit (Damerau) from a single-word term: transpositions for terms of 5+ letters; a missing, extra or wrong
# letter for terms of 7+ letters, where real-word collisions are rare. Words that are one edit from a term but
# are ordinary English are listed so they are never "corrected".
FUZZY_MIN_TRANSPOSE = 5
FUZZY_MIN_EDIT = 7
FUZZY_STOPWORDS = frozenset(load_terms("fuzzy_stopwords.txt"))


def _build_lexicon() -> dict[str, tuple[Term, ...]]:
    lexicon: dict[str, list[Term]] = {}
    for kind, filename in LEXICON_FILES.items():
        for line in load_terms(filename):
            weak = line.endswith(WEAK_MARKER)
            term = line[: -len(WEAK_MARKER)] if weak else line
            # typo targets: single plain words, not weak, not -ing/-ed forms (which collide with everyday verbs)
            if term.isalpha() and len(term) >= FUZZY_MIN_TRANSPOSE and not weak and not term.endswith(("ing", "ed")):
                _FUZZY_TARGETS.add(term)
            entries = lexicon.setdefault(term_key(term), [])
            if all(entry.kind != kind for entry in entries):
                entries.append(Term(kind, weak))
    found = {key: tuple(entries) for key, entries in lexicon.items()}
    for key, entries in list(found.items()):  # optional plural s/es, looked up in one step
        for plural in (key + "s", key + "es"):
            found.setdefault(plural, entries)
    return found


_FUZZY_TARGETS: set[str] = set()
LEXICON: dict[str, tuple[Term, ...]] = _build_lexicon()


def _deletes(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


def _build_fuzzy() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(transposition -> term, deletion -> term, wildcard substitution -> term) for single-word terms."""
    transposed: dict[str, str] = {}
    deleted: dict[str, str] = {}
    substituted: dict[str, str] = {}
    for key in _FUZZY_TARGETS:
        for i in range(len(key) - 1):
            variant = key[:i] + key[i + 1] + key[i] + key[i + 2 :]
            if variant != key:
                transposed.setdefault(variant, key)
        if len(key) >= FUZZY_MIN_EDIT:
            for variant in _deletes(key):
                deleted.setdefault(variant, key)
            for i in range(len(key)):
                substituted.setdefault(key[:i] + "*" + key[i + 1 :], key)
    return transposed, deleted, substituted


_TRANSPOSED, _DELETED, _SUBSTITUTED = _build_fuzzy()


@lru_cache(maxsize=2**14)  # a pure function of one word; the words of messages recur
def fuzzy_key(word: str) -> str | None:
    """The lexicon key one typo away from word, if any (word is a lower-case token not in the lexicon)."""
    if len(word) < FUZZY_MIN_TRANSPOSE or not word.isalpha() or word in FUZZY_STOPWORDS:
        return None
    if word in _TRANSPOSED:
        return _TRANSPOSED[word]
    if len(word) + 1 >= FUZZY_MIN_EDIT and word in _DELETED:  # a letter left out: "hepatits"
        return _DELETED[word]
    if len(word) - 1 >= FUZZY_MIN_EDIT:  # a letter too many: "diabeties"
        for variant in _deletes(word):
            if variant in _FUZZY_TARGETS:
                return variant
    if len(word) >= FUZZY_MIN_EDIT:  # a wrong letter: "dialisis"
        for i in range(len(word)):
            found = _SUBSTITUTED.get(word[:i] + "*" + word[i + 1 :])
            if found:
                return found
    return None


# --- lexicon lookup ---------------------------------------------------------------------------------------------
_WORD = re.compile(r"[\w'’]+")
_GAP = re.compile(r"[\s\-/.,+&]{1,3}")


def _build_prefixes() -> frozenset[str]:
    """Keys of the first words of every multi-word term ("hand", "handfoot", "handfootand" for "hand foot and
    mouth"), so a run of words is only extended while it can still become a term."""
    prefixes: set[str] = set()
    for filename in LEXICON_FILES.values():
        for line in load_terms(filename):
            parts = [term_key(part) for part in _TERM_WORD_SPLIT.split(line.removesuffix(WEAK_MARKER)) if part]
            for size in range(1, len(parts)):
                prefixes.add("".join(parts[:size]))
    return frozenset(prefixes)


_TERM_WORD_SPLIT = re.compile(r"[\s\-/.,+&]+")
_PREFIXES = _build_prefixes()


@dataclass(frozen=True)
class LexiconHit:
    """A lexicon match: the term's entries and its span in the normalised text."""

    terms: tuple[Term, ...]
    start: int
    end: int
    key: str


def _lookup(key: str) -> tuple[Term, ...] | None:
    return LEXICON.get(key)


def find_lexicon_terms(text: str) -> list[LexiconHit]:
    """Longest lexicon terms at each word, left to right, without overlaps; typo-tolerant for single words.

    text is lower case. Words are joined only across short gaps ("hand foot and mouth", "covid-19"), and a run is
    extended only while it is the start of some multi-word term, so most words cost one or two lookups.
    """
    words = [(m.start(), m.end(), m.group().replace("'", "").replace("’", "")) for m in _WORD.finditer(text)]
    count = len(words)
    hits: list[LexiconHit] = []
    index = 0
    while index < count:
        key, stop, best = words[index][2], index, None
        while True:
            terms = _lookup(key)
            if terms:
                best = (stop, terms, key)
            if stop + 1 >= count or stop - index + 1 >= MAX_TERM_WORDS or key not in _PREFIXES:
                break
            if not _GAP.fullmatch(text, words[stop][1], words[stop + 1][0]):
                break
            stop += 1
            key += words[stop][2]
        if best:
            stop, terms, key = best
            hits.append(LexiconHit(terms, words[index][0], words[stop][1], key))
            index = stop + 1
            continue
        corrected = fuzzy_key(words[index][2])
        if corrected:
            hits.append(LexiconHit(LEXICON[corrected], words[index][0], words[index][1], corrected))
        index += 1
    return hits


# --- patterns -----------------------------------------------------------------------------------------------------
_LAB_NAME = (
    r"(?:blood\s+)?(?:sugars?|glucose|a1c|hba1c|blood\s+pressure|bp|cholesterol|ldl|hdl|triglycerides|potassium"
    r"|sodium|calcium|magnesium|h(?:a)?emoglobin|hgb|hematocrit|psa|tsh|t3|t4|free\s+t4|inr|creatinine|e?gfr"
    r"|oxygen(?:\s+level)?|o2(?:\s+sats?)?|sp\s?o2|sats|saturation|temperature|temp|fever|heart\s+rate|pulse"
    r"|viral\s+load|cd4(?:\s+count)?|platelets?|(?:white|red)\s+(?:blood\s+)?(?:cell\s+)?counts?|wbc|rbc"
    r"|iron|ferritin|vitamin\s+d|b12|vitamin\s+b12|bmi|blood\s+count|ketones|(?:beta\s+)?hcg|beta|progesterone"
    r"|estrogen|testosterone|cortisol|alt|ast|liver\s+enzymes|liver\s+function|kidney\s+function|bilirubin|albumin"
    r"|crp|esr|sed\s+rate|d[\s-]?dimer|troponin|bnp|lipase|uric\s+acid|lactate|cea|ca[\s-]?125|peak\s+flow"
    r")"
)
_LAB_NAME_ANY = rf"(?:{_LAB_NAME}|levels?|numbers|readings?|counts|thyroid|liver|kidneys?|kidney\s+function)"
_QUALITY = (
    r"(?:high|low|elevated|raised|abnormal|off|borderline|normal|bad|up|down|dropping|rising|through\s+the\s+roof"
    r"|out\s+of\s+range|too\s+high|too\s+low|dangerously\s+(?:high|low))"
)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_REMOVABLE_ORGAN = (
    r"(?:gallbladder|gall\s+bladder|appendix|tonsils|adenoids|uterus|womb|ovar(?:y|ies)|thyroid|spleen|kidney"
    r"|prostate|colon|breasts?|lung|wisdom\s+teeth)"
)
_INJURY_PART = (
    r"(?:arm|leg|wrist|ankle|foot|hand|hip|rib|ribs|nose|finger|toe|collarbone|elbow|knee|shoulder|back|neck|jaw"
    r"|pelvis|skull|femur|tibia|spine|vertebra|thumb|heel|acl|mcl|meniscus|achilles|rotator\s+cuff|hamstring"
    r"|ligament|tendon|disc|fingers|toes|arms|legs|wrists|ankles|feet|hands|knees|shoulders)"
)
_SYMPTOM_STATE = (
    r"(?:swollen|swelling(?:\s+up)?|puffy|red|hot|numb|tingly|tingling|weak|blue|purple|bleeding|sore|throbbing"
    r"|stiff|tender|bruised|infected|itchy|itching|burning|yellow|pale|blurry|blurred|fuzzy|foggy|slurred|peeling"
    r"|oozing|leaking|cracked|huge|enlarged|aching|achy|hurting|killing\s+me|inflamed|irritated|raw|lumpy|racing"
    r"|pounding|tight|heavy|twitching|shaking|spasming|locked|cramping|dead|asleep|on\s+fire"
    r"|not\s+(?:right|working|moving|normal)|painful|agony|unbearable|awful|terrible|horrible|excruciating"
    r"|irregular|late|bad|worse|too\s+tight|black|bloody|tarry|cloudy|foamy|dark\s+red|bright\s+red)"
)
_BE = (
    r"(?:is|are|was|were|'s|'re|has\s+been|have\s+been|had\s+been|been|feels?|felt|feeling|looks?|looked|keeps?"
    r"|(?:is|are|'s|'re)\s+going|going"
    r"\s+getting|gets?|got|getting|went|goes|gone|turned|turning|started|starts|seems?|became|becoming)"
)
_ADVERB = (
    r"(?:(?:really|so|very|super|still|all|a\s+bit|a\s+little|kinda|kind\s+of|completely|totally|getting|more|too)\s+)*"
)

_REQUIRES: dict[str, frozenset[str]] = {}


def _requires(words: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Mark a pattern whose branches can only match when the message has one of words ("#digit": a digit), for
    branches whose first word GatedPattern cannot work out."""
    _REQUIRES[pattern.pattern] = frozenset(words.split())
    return pattern


PATTERNS: dict[str, list[re.Pattern[str]]] = {
    FindingKind.TEST_RESULT: [
        _requires(
            "#digit",
            re.compile(
                rf"\b{_LAB_NAME}(?:\s+(?:level|levels|reading|count|numbers?|test|result))?\s*(?:(?:is|was|were|are|'s"
                r"|came\s+back|come\s+back|back|at|of|reads?|read|=|:|went\s+up\s+to|dropped\s+to|down\s+to|up\s+to|hit"
                r"|still|only|about|around|over|under|like|reading|just|now|been|in\s+the)\s*){0,3}"
                r"\d+(?:[./]\d+)?(?:\s*(?:%|mg/dl|mmol(?:/l)?|degrees|bpm|f\b|c\b|s\b))?"
            ),
        ),
        re.compile(
            rf"\b{_LAB_NAME_ANY}(?:\s+(?:level|levels|reading|count|test|tests|results?))?\s+(?:(?:is|was|were|are|'s"
            rf"|'re|has|have|had|been|keeps?|kept|came|come|back|out|running|staying|getting|trending|always|still"
            rf"|often|coming|being)\s+){{1,4}}{_ADVERB}"
            rf"(?:a\s+(?:little|bit)\s+|slightly\s+|way\s+|kinda\s+)?{_QUALITY}\b"
        ),
        # a blood pressure reading after the words "blood pressure": "I have high blood pressure and it was 165/100"
        re.compile(r"\b(?:blood\s+pressure|bp)\b[^.!?\n]{0,40}?\b(?P<span>\d{2,3}\s*/\s*\d{2,3})\b"),
        # "high blood pressure", "high cholesterol" are conditions (lexicon), not results
        re.compile(
            rf"\b(?:high|low|elevated|raised|abnormal)\s+(?!(?:blood\s+)?(?:pressure|sugar|cholesterol)\b){_LAB_NAME_ANY}\b"
        ),
        re.compile(
            r"\b(?:ultrasound|sonogram|scan|mri|ct|cat\s+scan|x[\s-]?rays?|mammogram|biopsy|colonoscopy|endoscopy"
            r"|ecg|ekg|echo(?:cardiogram)?|pet\s+scan|bloodwork|blood\s+work|blood\s+tests?|labs|tests?|results?"
            r"|pap(?:\s+smear)?|screening|swab|urine\s+test|culture)\s+(?:showed|shows|show|found|revealed|reveals"
            r"|detected|picked\s+up|indicated|confirmed|said|says)\b"
        ),
        re.compile(
            r"\b(?:they|doctors?|docs?|the\s+doctor|dr|he|she|it|scan|test)\s+found\s+(?:a|an|some|two|three|\d+|my)?"
            r"\s*(?:\w+\s+)?(?:lump|mass|tumou?r|polyp|nodule|spot|shadow|cyst|blockage|clot|stone|growth|lesion"
            r"|fracture|infection|bleed)s?\b"
        ),
        re.compile(
            r"\b(?:test|tests|swab|scan|biopsy|results?|labs?|bloodwork|blood\s+work|culture|pap|mammogram|mri|ct"
            r"|x[\s-]?ray|ultrasound)\s+(?:came\s+back|was|is|were|are|came\s+out)\s+(?:\w+\s+)?(?:positive|negative"
            r"|abnormal|high|low|bad|not\s+good|malignant|benign|cancerous|clear|normal|fine|inconclusive)"
        ),
        re.compile(r"\btested\s+(?:positive|negative|\+|pos\b)(?:\s+for\s+[\w-]+(?:[\s-]19)?)?"),
        # "HIV positive": the status is a result (the span is "positive", so the condition keeps its own span)
        re.compile(r"\b(?:hiv|covid|strep|hep\s[bc]|hepatitis\s[bc])(?:\s(?P<span>positive)|(?P<spanplus>\+))"),
    ],
    FindingKind.PREGNANCY: [
        re.compile(
            r"\b(?:i'm|im|i\s+am|she's|shes|she\s+is|we're|were|we\s+are|(?:wife|partner|girlfriend|daughter|sister)"
            r"(?:'s|\s+is))\s+(?:about\s+|almost\s+|nearly\s+|only\s+|just\s+|now\s+)?\d{1,2}(?:\.\d|\s*\+\s*\d)?\s*"
            r"(?:weeks?|wks?|w)\b(?!\s+(?:late|old|ago|behind|out|away|into|post|from|since|after|overdue))"
        ),
        _requires("#digit", re.compile(r"\b\d{1,2}\s*(?:weeks?|wks?)\s+(?:along|pregnant|gestation)\b")),
        re.compile(r"\bweeks\s+along\b"),
        re.compile(
            r"\b(?:is|are|am|i'm|im|we're|she's|shes)\s+expecting\b(?=\s*(?:[.!,]|$|\s+(?:a\s+(?:baby|boy|girl|child"
            rf"|little)|twins|triplets|our|my|her|another|again|in\s+|(?:a|our|my)\s+(?:first|second|third)|baby|{_MONTHS}"
            r"|next|this|soon|any\s+day)))"
        ),
        re.compile(
            rf"\b(?:i'm|im|i\s+am|she's|shes|she\s+is|we're|we\s+are)\s+due\s+(?:in|on|next|any\s+day)\b"
            r"(?![^.!?\n]*\b(?:bill|payment|invoice|balance|statement|account|rent|form|paperwork)\b)"
            r"|\bmy\s+due\s+date\b(?![^.!?\n]*\b(?:bill|payment|invoice|balance|statement|account|rent|form)\b)"
            rf"|\bdue\s+(?:in|on)\s+{_MONTHS}\b(?=.*\b(?:baby|pregnan|weeks))"
        ),
        # a birth: "my sister just had her baby", "she gave birth on Monday", "my daughter is due any day"
        re.compile(
            r"\b(?:gave|giving|give|given|gives)\s+birth\b|\b(?:just\s+)?(?:had|delivered)\s+(?:her|our|their|my|the"
            r"|a)\s+(?:baby|twins|little\s+one|son|daughter|boy|girl)\b(?!\s+(?:shower|clothes|seat|photos?))"
            r"|\bdue\s+any\s+(?:day|minute|time|moment)\b|\b(?:went|gone|going|go)\s+into\s+labou?r\b"
        ),
        re.compile(
            r"\bpregnancy\s+tests?\s+(?:was|is|came\s+back|came\s+out|were|showed)\s+(?:\w+\s+)?positive"
            r"|\bpositive\s+pregnancy\s+tests?|\b(?:two|2)\s+(?:pink\s+)?lines\b|\bbaby\s+(?:is|'s)\s+coming\b"
        ),
    ],
    FindingKind.CONDITION: [
        # allergies: "allergic to penicillin", "a peanut allergy", "not allergic to anything except latex"
        _requires(
            "allergy allergies intolerance intolerant allergic",
            re.compile(
                r"\ballergic\s+(?:reaction\s+)?to\s+(?:(?:anything|nothing|everything)\s+(?:except|but|other\s+than|apart"
                r"\s+from|besides)\s+)?(?:(?:all|any|most|some)\s+)?[\w'-]+(?:\s+(?:and|or)\s+[\w'-]+)?"
                r"|\b(?!(?:no|any|not|never|without|some|the|a|an|my|his|her|their|our|your|of|for|with|about|severe|bad"
                r"|mild|seasonal|known|food|these|those|such|many|multiple|serious|bad)\b)[\w'-]+\s+(?:allerg(?:y|ies)"
                r"|intolerance|intolerant)\b|\ballerg(?:y|ies)\s+to\s+[\w'-]+"
            ),
        ),
        # injuries: "broke my wrist", "a fractured hip", "my ankle is broken", "tore my ACL"
        re.compile(
            r"\b(?:broke|broken|break|breaking|fractured?|cracked|sprained|dislocated|tore|torn|ruptured|pulled|twisted"
            r"|injured|shattered|snapped|hurt|bruised)\s+(?:(?:my|his|her|their|a|the|both|one|two|some)\s+)?"
            rf"(?:(?:left|right|lower|upper)\s+)?{_INJURY_PART}\b"
            rf"|\b{_INJURY_PART}\s+(?:is|was|are|were|got|'s)\s+(?:\w+\s+)?(?:broken|fractured|sprained|dislocated"
            r"|torn|cracked|shattered)\b"
        ),
        # removed organs and replaced joints: "had my gallbladder out", "his knee replaced"
        re.compile(
            rf"\b{_REMOVABLE_ORGAN}\s+(?:out|removed|taken\s+out)\b|\b(?:removed|took\s+out|take\s+out|taking\s+out)"
            rf"\s+(?:my|his|her|their|the)\s+{_REMOVABLE_ORGAN}"
            r"|\b(?:knee|hip|shoulder|valve|heart\s+valve|joint|lens|cornea)s?\s+(?:replaced|replacement)\b"
        ),
        # disabilities, equipment and treatments: "uses a wheelchair", "on oxygen", "on dialysis"
        re.compile(
            r"\b(?:use|uses|using|used|in|need|needs|needed|rely\s+on|relies\s+on)\s+(?:a\s+)?(?:wheelchair|walker"
            r"|cane|crutches|mobility\s+scooter|hearing\s+aids?|feeding\s+tube|colostomy\s+bag|ostomy\s+bag"
            r"|catheter|oxygen|nebuli[sz]er|cpap|glucose\s+monitor|cgm)\b"
            r"|\bon\s+(?:home\s+)?(?:oxygen|a\s+ventilator|the\s+ventilator|dialysis|chemo|life\s+support|crutches)\b"
        ),
        # "my heart pills", "his blood pressure meds", "a heart condition", "kidney problems"
        re.compile(
            r"\b(?:heart|blood\s+pressure|bp|cholesterol|diabetes|sugar|thyroid|seizure|kidney|cancer|pain|water"
            r"|stomach)\s+(?:pills?|meds|medications?|medicines?|tablets)\b"
            r"|\b(?:heart|thyroid|kidney|liver|lung|breathing|bowel|bladder|prostate|blood|sugar|back|knee|hip"
            r"|memory|balance|vision|hearing|heart\s+rhythm)\s+(?:condition|problems?|issues?|trouble|disease"
            r"|disorder)\b"
        ),
        # an operation or procedure had, ahead or being recovered from: "my wife is having surgery on Friday", "after
        # his operation", "I'm booked in for a colonoscopy" (the holder check in _keep decides whose it is)
        re.compile(
            r"\b(?:having|have|had|has|get|getting|got|going\s+in\s+for|go\s+in\s+for|went\s+in\s+for|booked\s+(?:in\s+)?for"
            r"|scheduled\s+for|due\s+for|waiting\s+for|recovering\s+from|after|since|before|from)\s+(?:(?:\w+'s|my|his|her"
            r"|their|our|an?|the|this|that|major|minor|emergency|keyhole|another|second|big|small)\s+){0,2}"
            r"(?:(?:heart|hip|knee|back|spine|spinal|brain|eye|cataract|bowel|stomach|gastric|bariatric|weight\s+loss"
            r"|shoulder|foot|hand|wrist|ankle|neck|open[\s-]heart|bypass|gallbladder|hernia|kidney|lung|breast)\s+)?"
            r"(?P<span>surgery|surgeries|operation|op|procedure|c[\s-]?section|caesarean|cesarean|amputation|bypass"
            r"|colonoscopy|endoscopy|biopsy|angiogram|angioplasty|stent|transplant|chemo(?:therapy)?|radiotherapy"
            r"|radiation\s+(?:therapy|treatment)|dialysis)\b(?!\s+(?:department|dept|unit|ward|team|waiting|bill"
            r"|costs?|prices?|price|times?|hours))"
        ),
        # "I'm type 1", "she's a type 2 diabetic"
        re.compile(
            r"\b(?:i'm|im|i\s+am|he's|hes|he\s+is|she's|shes|she\s+is|is|are|were|was)\s+(?:a\s+)?type\s+(?:1|2|one"
            r"|two|i|ii)\b(?:\s+diabetic)?"
        ),
        # a treatment for an organ: "levothyroxine for my thyroid", "pills for his heart"
        re.compile(
            r"\bfor\s+(?:my|his|her|their|our)\s+(?:thyroid|heart|blood\s+pressure|bp|cholesterol|sugars?|diabetes"
            r"|kidneys?|liver|lungs?|prostate|bladder|nerves|joints|bones|breathing|memory|seizures|arthritis|migraines"
            r"|acid|reflux|eczema|psoriasis|asthma|allergies|blood\s+clots?)\b"
        ),
        # a diagnosis not in the lexicon: "diagnosed with something called sarcoidosis"
        re.compile(
            r"\b(?:diagnosed|dx'?d|diagnosis\s+(?:is|was))\s+(?:with\s+|as\s+)?(?!(?:anything|nothing|any\b))"
            r"(?:(?:a|an|stage\s+\w+|early|late|mild|severe|something\s+called)\s+)*[\w'-]+(?:\s+[\w'-]+)?"
        ),
    ],
    FindingKind.SYMPTOM: [
        # "my knee is swollen and hot", "his legs have been numb", "my vision is blurry", "the incision is red"
        re.compile(rf"\b{BODY_PART}\s+{_BE}\s+{_ADVERB}{_SYMPTOM_STATE}\b"),
        re.compile(
            rf"\b(?:swollen|sore|numb|stiff|tender|aching|painful|bleeding|bruised|itchy|burning|throbbing|infected)"
            rf"\s+{BODY_PART}\b"
        ),
        re.compile(rf"\b{BODY_PART}\s+(?:hurts?|hurting|aches?|aching|itches|itching|burns|throbs|bleeds?)\b"),
        re.compile(
            r"\b(?:period|periods|cast|splint|brace|stoma|catheter)\s+(?:is|are|was|were|'s|feels?|has\s+been"
            rf"|have\s+been)\s+{_ADVERB}{_SYMPTOM_STATE}\b"
        ),
        re.compile(
            r"\b(?:lost|losing|gained|gaining|dropped|put\s+on)\s+(?:about\s+|almost\s+|over\s+|like\s+)?\d+\s*"
            r"(?:pounds|lbs?|kilos?|kgs?|stone)\b"
        ),
        re.compile(
            r"\b(?:can't|cant|cannot|can\s+not|unable\s+to|trouble|struggling\s+to|hard\s+to)\s+(?:see|hear|walk|stand"
            r"|move\s+(?:my|his|her)|feel\s+(?:my|his|her)|swallow|keep\s+(?:food|water|anything|it)\s+down|pee|poop"
            r"|focus|concentrate|remember|stop\s+(?:coughing|vomiting|throwing\s+up|shaking|sneezing|scratching"
            r"|itching|bleeding)|breathe?|catch\s+(?:my|his|her)\s+breath)\b(?!\s+(?:the|your|where|which|how|what|it"
            r"|you|a\s+doctor|anyone|if|why|any|there))"
        ),
        re.compile(
            r"\b(?:he|she|he's|she's|hes|shes|they're|is|are|been|seems?|getting|gets|got|became|becoming|very|so|really"
            r"|more|acting)\s+(?:\w+\s+){0,2}?(?:confused|disoriented|delirious|lethargic|drowsy|groggy|incoherent)\b"
            r"(?!\s+(?:about|by|with|as|which|where|how|what|why|whether|on|regarding|re)\b)"
            r"|\b(?:not|isn't|isnt)\s+making\s+(?:any\s+)?sense\b|\bforgetting\s+(?:things|names|words|people|where)"
        ),
        re.compile(
            r"\b(?:keeps?|kept|been|started|can't\s+stop)\s+(?:on\s+)?(?:vomiting|throwing\s+up|coughing|fainting|passing"
            r"\s+out|falling|shaking|sweating|wheezing|bleeding|itching|scratching|choking|peeing)\b"
            r"|\b(?:fever|temp|temperature)\s+(?:of\s+|is\s+|was\s+|at\s+)?(?:9[89]|10[0-7]|3[7-9]|4[0-2])(?:\.\d)?\b"
            r"|\b(?:shaking|shivering|sweating|trembling)\s+(?:a\s+lot|badly|uncontrollably|all\s+over)\b"
            r"|\b(?:bleed|bleeds|bled)\b(?=\s+(?:sometimes|a\s+lot|when|every|often|easily|again|through))"
        ),
    ],
    FindingKind.MENTAL_HEALTH: [
        _requires(
            "clean sober",
            re.compile(
                r"\b(?:feel|feeling|felt|been|get|gets|getting|i'm|im|i\s+am)\s+(?:so\s+|really\s+|very\s+|super\s+"
                r"|extremely\s+|constantly\s+|always\s+|more\s+)*(?:anxious|panicky|hopeless|worthless|empty\s+inside"
                r"|numb\s+inside|on\s+edge\s+all\s+the\s+time)\b"
                r"|\banxious\s+(?:all\s+the\s+time|constantly|every\s+day|everyday|lately|24/7|a\s+lot)\b"
                r"|\b(?:can't|cant|cannot)\s+stop\s+(?:crying|worrying|panicking)\b"
                r"|\b(?:hearing|hear|hears|heard)\s+(?:voices|things\s+that\s+aren't\s+there)\b"
                r"|\b(?:drinking|using|shooting\s+up)\s+again\b"
                r"|\b(?:in|go\s+to|going\s+to|goes\s+to|started|attend|attending)\s+(?:therapy|counselling|counseling|aa"
                r"|na|a\.a\.|n\.a\.)(?:\s+meetings)?\b"
                r"|\b(?:seeing|see|sees|saw)\s+a\s+(?:therapist|psychiatrist|counsell?or|psychologist)\b"
                r"|\b(?:\d+|a|one|two|three|five|ten)\s+(?:years?|months?|weeks?|days?)\s+(?:clean|sober)\b"
            ),
        ),
    ],
}


# Acronyms that are ordinary words in lower case ("ms", "als", "aids"): matched case-sensitively on the original text.
_CASED_CONDITION = re.compile(r"(?<![\w.])(?:MS|ALS|AIDS|CF|RA|CKD|CHF|IBD|TIA|AFib|AFIB)(?!\w)(?!\s+[A-Z][a-z])")
# Mental-health words that are everyday emotion in a joking tone ("so depressed the shop closed lol").
_MILD_EMOTION_KEYS = frozenset(
    {"depressed", "depression", "ocd", "paranoid", "manic", "psychotic", "bipolar", "anxiety", "ptsd", "adhd"}
)

# A health term followed by one of these names a service ("diabetes clinic"): not a disclosure, unless owned
# ("my cancer doctor"). Topic and document nouns ("flu season", "discharge papers") never are.
_SERVICE_NOUN = re.compile(
    r"[\s-]*(?:clinics?|wards?|units?|departments?|dept|cent(?:er|re)s?|specialists?|teams?|nurses?|doctors?"
    r"|docs?|appointments?|visits?|floor|wing|and\s+delivery|services?|programs?|programmes?)\b"
)
_TOPIC_NOUN = re.compile(
    r"[\s-]*(?:screenings?|testing|tests?|awareness|education|class(?:es)?|support\s+groups?|groups?|research"
    r"|patients|sufferers|papers?|paperwork|summar(?:y|ies)|instructions|forms?|letters?|hotlines?|helplines?"
    r"|lines?|prevention|cases|season|outbreaks?|epidemic|pandemic|rates?|statistics|stats|month|walk"
    r"|fundraisers?|charity|foundation|society|specialty|kits?|pickup|pick-up|policy|rules|restrictions"
    r"|precautions|protocol|guidelines|is\s+going\s+around|going\s+around|spreading|date|time|process|lounge"
    r"|shower|registry|tour|grill|restaurant|song|movie|band)\b"
)
# "flu shot", "flu and covid vaccines", "my second shingles dose": a vaccine, not a disclosure. Patients write the
# vaccine word in their own language too, before the disease in most of them ("vacuna contra el covid", "vaccino
# covid", "vắc xin covid", "szczepionka na grypę"), after it in some ("covid vax", "covid aşısı").
_VACCINE_ONLY = (  # words that name nothing but a vaccine ("a shot for the pain" is not one)
    r"vaccin[a-zàèéìòù]*|vaxx?|immuni[sz]ations?|immuni[sz]ed"
    r"|vacun[a-záéó]*|vacin[a-zãç]*|impf\w*|szczepi\w*|bakuna|v[aắ]c[\s-]?xin|ti[eê]m\s+ph[oò]ng"
    r"|вакцин\w*|прививк\w*|щеплен\w*|aşı\w*|tallaal\w*|vaksen|chanjo|لقاح|واکسن|टीक\w*|疫苗|백신|ワクチン"
)
_VACCINE_WORDS = rf"shots?|jabs?|boosters?|doses?|{_VACCINE_ONLY}"
_VACCINE_NOUN = re.compile(
    r"(?:\s*(?:,|/|&|\band\b|\bor\b)\s*(?!(?:my|his|her|their|our|your|the|a|an|i|he|she)\b)[a-z0-9-]+){0,3}"
    rf"[\s-]*(?:{_VACCINE_WORDS})(?!\w)"
)
# The vaccine word first, then up to three short linking words ("against the", "contra el", "na", "de la")
_VACCINE_BEFORE = re.compile(
    rf"(?<!\w)(?:{_VACCINE_ONLY})(?:[\s-]+(?:against|for|the|a|anti|contra|contre|pour|para|por|de|del|la|le|el|les"
    r"|los|las|da|do|di|per|il|gegen|die|der|na|przeciw|przeciwko|sa|ng|ang|laban|chống|против|від|dhidi|ya|pou|kont))"
    r"{0,3}[\s-]+$"
)
_POSITIVE_BEFORE = re.compile(r"(?:positive|\+|abnormal)\s+$")


def _is_service(context: MessageContext, kind: str, start: int, end: int, owned: bool) -> bool:
    """A service or topic noun follows ("flu shot", "diabetes clinic"), unless the sender owns it ("my cancer
    doctor") or it is a result ("a positive strep test")."""
    text = context.lower
    if kind in (FindingKind.CONDITION, FindingKind.SYMPTOM, FindingKind.MENTAL_HEALTH, FindingKind.PREGNANCY) and (
        _VACCINE_NOUN.match(text, end) or (not owned and _VACCINE_BEFORE.search(text, max(0, start - 40), start))
    ):
        return True
    if _POSITIVE_BEFORE.search(text, max(0, start - 10), start):
        return False
    return bool(_TOPIC_NOUN.match(text, end)) or (not owned and bool(_SERVICE_NOUN.match(text, end)))


def _owned(context: MessageContext, start: int) -> bool:
    """The sender or someone close owns the term directly: "my diabetes doctor", "his cancer treatment"."""
    return bool(_OWNER_BEFORE.search(context.lower, max(0, start - 20), start))


def _owned_past_a_negated_verb(context: MessageContext, start: int) -> bool:
    """"doesn't take my bipolar seriously", "can't get my sugar down": the negation is the verb's; one says "I don't
    have diabetes", never "I don't have my diabetes". Not "it's not my anxiety"."""
    return _owned(context, start) and not _NOT_BEFORE_OWNER.search(context.lower, max(0, start - 30), start)


_NOT_BEFORE_OWNER = re.compile(r"\b(?:not|no|never|nor|isn't|isnt|wasn't|wasnt)\s+(?:my|our|his|her|\w+'s)\s+$")
_ACQUIRE_BEFORE = re.compile(
    r"\b(?:get|buy|pick\s+up|find|order|purchase|fill|stock|carry|have|sell|prescribe|dispense)\s+(?:(?:some|any"
    r"|the|a|more)\s+)?$"
)
_OWNER_BEFORE = re.compile(r"\b(?:my|our|his|her|\w+'s)\s+$")


def _keep(context: MessageContext, kind: str, start: int, end: int, weak: bool, assertive: bool = False) -> bool:
    """A disclosure: literal, not a service name, asserted, not hypothetical, about the sender or someone close."""
    if context.is_figurative(start, end) and not context.is_hashtag_in_sentence(start):
        return False
    if _is_service(context, kind, start, end, _owned(context, start)):
        return False
    if (kind != FindingKind.TEST_RESULT and not assertive and context.is_negated(start, end)
            and not _owned_past_a_negated_verb(context, start)):
        return False
    if (kind == FindingKind.MEDICATION and context.is_question(start)
            and _ACQUIRE_BEFORE.search(context.clause_before(start))):
        return False  # "can she get insulin at your pharmacy?" asks for a drug, it does not say who takes it
    if context.is_hypothetical(start):
        return False
    holder = context.holder(start, end)
    if holder == OTHER:
        return False
    if holder in (SELF, CLOSE):
        return True
    if context.is_hashtag_in_sentence(start):
        return False  # a hashtag counts only with someone it is said of ("living with #T18" is a topic)
    return holder == NONE and not weak and not context.is_question(start)  # an elliptical "Crohn's flare again"


# Someone close placed in a unit whose name tells a diagnosis that is protected beyond a patient's whereabouts:
# "my brother is in the behavioral health unit", "visit my husband on the psych unit", "my mum is on the oncology
# ward". Where a patient is in the hospital (ICU, NICU, maternity, cardiac care, the ER) is the facility directory's
# information, given to anyone who asks for them by name (HIPAA, 45 CFR 164.510(a)), and the visiting-hours answer
# needs the unit: those stay places. Mental health and addiction treatment (42 CFR part 2), cancer and end-of-life
# care are disclosures. The unit is the span, so the redacted text keeps the question and the relation but not the
# diagnosis. Staff ("my wife works on the psych unit", "my sister is a nurse in oncology") are not patients.
_CLOSE_PERSON = (
    r"\b(?:my|our|his|her|their)\s+(?:(?:little|baby|newborn|new|older|younger|elder|big|twin|eldest|youngest|oldest"
    r"|step|dear|elderly|\d{1,2}\s*(?:yo|y/o|year[\s-]old|month[\s-]old))\s+){0,2}"
    r"(?:sons?|daughters?|kids?|child(?:ren)?|bab(?:y|ies)|twins|boy|girl|wife|husband|hubby|partner|fianc[eé]e?"
    r"|boyfriend|girlfriend|mum|mom|mother|mam|mammy|mama|dad|father|papa|pa|parents?|brothers?|sisters?|sis|bro"
    r"|grand(?:ma|mother|pa|father|son|daughter|child|children|kids?)|granny|gran|nan|nana|nanna|grandad|granddad|lola"
    r"|lolo|uncle|aunt|auntie|aunty|cousin|nephew|niece|friend|mate|pal|buddy|bestie|best\s+friend|neighbou?r|in-laws?"
    r"|(?:mother|father|sister|brother|son|daughter)[\s-]in[\s-]law|stepmom|stepmum|stepdad|other\s+half)\b"
)
_STAFF_WORDS = (
    r"works?|working|worked|job|nurse|nurses|nursing|doctor|doc|consultant|midwife|volunteers?|volunteering|shift"
    r"|staff|employed|porter|cleaner|student|placement|training|interview"
)
_CONDITION_UNITS = {
    FindingKind.MENTAL_HEALTH: (
        r"behaviou?ral\s+health(?:\s+(?:unit|ward|floor|wing|department|cent(?:er|re)))?|psych(?:iatric|iatry)?"
        r"(?:\s+(?:unit|ward|floor|wing|department|hospital|er))?|mental\s+health\s+(?:unit|ward|floor|wing)"
        r"|detox(?:\s+(?:unit|ward|cent(?:er|re)))?|(?:addiction|substance\s+use)\s+(?:unit|ward|services)"
    ),
    FindingKind.CONDITION: (
        r"oncology(?:\s+(?:unit|ward|floor|wing|department|cent(?:er|re)|day\s+unit))?|cancer\s+(?:unit|ward|cent(?:er|re)"
        r"|floor|wing)|chemo(?:therapy)?(?:\s+(?:unit|suite|ward|day\s+unit))?|radiotherapy|radiation\s+oncology"
        r"|palliative(?:\s+care)?(?:\s+(?:unit|ward))?|hospice"
    ),
}
_PLACED = r"(?:in|on|at|into|to|onto|up\s+(?:in|on)|down\s+(?:in|on)|over\s+(?:in|on)|from)"
_IN_UNIT = [
    (kind, re.compile(
        rf"{_CLOSE_PERSON}(?P<gap>(?:[^.!?\n]{{0,50}}?\s)?){_PLACED}\s+(?:the\s+|your\s+)?(?P<span>{units})(?!\w)"
    ))
    for kind, units in _CONDITION_UNITS.items()
]
# "my dad is in surgery", "our son is in theatre": only with "in" ("at the surgery" is a GP's practice in the UK).
_IN_SURGERY = re.compile(rf"{_CLOSE_PERSON}(?P<gap>(?:[^.!?\n]{{0,30}}?\s)?)(?:in|out\s+of)\s+(?P<span>surgery"
                         r"|theatre|theater|the\s+or|recovery)(?!\w)")
_STAFF = re.compile(rf"\b(?:{_STAFF_WORDS})\b")
# A cheap first look: most messages name no such unit, and the patterns above then need not run.
_UNIT_WORD = re.compile(r"psych|behavio|mental|detox|addiction|substance|oncolog|cancer|chemo|radi|palliat|hospice"
                        r"|surgery|theat|\bor\b|recovery")


def _placed_in_units(context: MessageContext) -> list[RawFinding]:
    if not _UNIT_WORD.search(context.lower):
        return []
    found = []
    matches = [(kind, match) for kind, pattern in _IN_UNIT for match in pattern.finditer(context.lower)]
    matches += [(FindingKind.CONDITION, match) for match in _IN_SURGERY.finditer(context.lower)]
    for kind, match in matches:
        start, end = match.span("span")
        if _STAFF.search(match.group("gap")) or context.is_figurative(start, end) or context.is_negated(start, end):
            context.dismissed.append((kind, start, end))
        else:
            found.append((kind, start, end))
    return found


# One gated matcher per kind: a branch runs only when the message has a word it can start with (see GatedPattern).
_GATED_PATTERNS: list[tuple[str, GatedPattern]] = [
    (kind, GatedPattern([(p.pattern, _REQUIRES[p.pattern]) if p.pattern in _REQUIRES else p.pattern for p in patterns]))
    for kind, patterns in PATTERNS.items()
]
_REFLEXIVE_AFTER = re.compile(r"\s+(?:myself|himself|herself|themselves|themself)\b")
_EXCEPTION_WORDS = re.compile(r"\b(?:except|but|other\s+than|apart\s+from|besides)\b")


def _span(match: re.Match[str]) -> tuple[int, int]:
    """A pattern's finding span: its "span..." group when that took part in the match, else the whole match."""
    for name, value in match.groupdict().items():
        if value is not None and name.startswith("span"):
            return match.span(name)
    return match.span()


def find_health(context: MessageContext) -> list[RawFinding]:
    """Health disclosure findings about the sender (or someone they speak for) in the normalised text."""
    found: list[RawFinding] = []
    allergy_spans: list[tuple[int, int]] = []
    lower = context.lower
    matches = [(kind, match) for kind, pattern in _GATED_PATTERNS for match in pattern.finditer(lower, context.words)]
    if context.text != lower:
        matches += [(FindingKind.CONDITION, match) for match in _CASED_CONDITION.finditer(context.text)]
    for kind, match in matches:
        start, end = _span(match)
        is_allergy = kind == FindingKind.CONDITION and "allerg" in match.group().lower()
        assertive = is_allergy and bool(_EXCEPTION_WORDS.search(match.group()))
        if is_allergy:
            allergy_spans.append((start, end))
        if is_allergy and context.has_laughter:
            context.dismissed.append((kind, start, end))
            continue  # "allergic to mondays haha"
        if _keep(context, kind, start, end, weak=False, assertive=assertive):
            found.append((kind, start, end))
        else:
            context.dismissed.append((kind, start, end))
    found += _placed_in_units(context)
    for hit in find_lexicon_terms(context.lower):
        for term in hit.terms:
            if term.kind == FindingKind.MEDICATION and any(s <= hit.start and hit.end <= e for s, e in allergy_spans):
                continue  # "allergic to penicillin": the drug is not taken
            if term.kind == FindingKind.SYMPTOM and _REFLEXIVE_AFTER.match(context.lower, hit.end):
                continue  # "hurting myself" is an act (crisis.py), not a symptom
            mild = term.kind == FindingKind.MENTAL_HEALTH and hit.key in _MILD_EMOTION_KEYS and context.has_laughter
            if not mild and _keep(context, term.kind, hit.start, hit.end, term.weak):
                found.append((term.kind, hit.start, hit.end))
            elif not context.is_hashtag(hit.start):  # a topic label says nothing of whose it is: the model decides
                context.dismissed.append((term.kind, hit.start, hit.end))
    return found
