"""Identifier detection (dob, ssn, mrn, insurance_id, phone, email, address, person_name) on normalised text."""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.safety.public_contacts import is_public_email, is_public_phone, is_public_street, phone_digits

try:  # the phonenumbers library is preferred; a regex keeps the module usable without it
    import phonenumbers
except ImportError:  # pragma: no cover - exercised only where phonenumbers is missing
    phonenumbers = None

RawFinding = tuple[str, int, int]  # (kind, start, end) in normalised text


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- dates of birth --------------------------------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_DATE = (
    r"(?:(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:19|20)?\d{2}"  # 04/12/1985
    r"|(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?\d{2}"  # 12.04.1985
    r"|(?:19|20)\d{2}[/.-](?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])"  # 1985-04-12
    rf"|{_MONTH}[\s-]+{_DAY}(?:,?\s+|-)(?:19|20)?\d{{2}}"  # April 12 1985, Apr-12-85
    rf"|{_DAY}[\s-]+(?:of\s+)?{_MONTH}(?:,?\s+|-)(?:19|20)?\d{{2}})"  # 12 Apr 85, 12-Apr-1985
)
_DOB_CONTEXT = r"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?|birthday|b-?day)(?:'s)?"
_DOB_HINT = re.compile(r"d\.?o\.?b|birth|born|b-?day", re.I)  # cheap test before the date patterns
_DOB_AFTER_CONTEXT = re.compile(
    rf"{_DOB_CONTEXT}[\s:=,\-]*(?:(?:is|was|on|the|it's)\s+){{0,3}}(?P<date>{_DATE})(?!\d)", re.I
)
_DOB_BEFORE_CONTEXT = re.compile(
    rf"(?<!\d)(?P<date>{_DATE})(?!\d)[\s,]*(?:(?:is|it's|was)\s+)?(?:my|his|her)?\s*{_DOB_CONTEXT}", re.I
)

# --- social security numbers ---------------------------------------------------------------------------------------

_SSN_FORMATTED = re.compile(r"(?<![\d-])(\d{3})( ?[-.] ?| )(\d{2})\2(\d{4})(?![\d-])")
_SSN_WORD = r"(?:ssn|ss\s*#|social(?:\s*security)?(?:\s*(?:number|no\.?|num|#))?)"
# With the word, any grouping of nine digits: "social# 612 458 913", "ssn: 390558812".
_SSN_WITH_CONTEXT = re.compile(
    rf"\b{_SSN_WORD}(?![a-z])[^\d\n]{{0,15}}?(?<!\d)(?P<ssn>\d{{3}}[ .-]?\d{{2,3}}[ .-]?\d{{3,4}})(?![\d-])", re.I
)
# "last four of my social is 4471", "ssn last 4: 8834", "my social ends in 2210".
_SSN_LAST_FOUR = re.compile(
    rf"(?:\blast\s*(?:4|four)(?:\s+digits)?(?:\s+of)?(?:\s+(?:my|his|her|their|the|your))?\s+{_SSN_WORD}"
    rf"|\b{_SSN_WORD}(?![a-z])\s*(?:last\s*(?:4|four)(?:\s+digits)?|ends?\s+(?:in|with)|ending\s+(?:in|with)))"
    r"(?:\s*(?:is|are|was|[:=#-]))*\s*(?<!\d)(?P<ssn>\d{4})(?![\d-])",
    re.I,
)
_SSN_MASKED = re.compile(r"(?<![\w*#])[xX*#]{3}[ -]?[xX*#]{2}[ -]?\d{4}(?![\d-])")  # "XXX-XX-4471"

# --- record, account and insurance numbers -------------------------------------------------------------------------

_NUMBER_WORD = r"(?:number|no\.?|num|#|id|identifier)"
# An identifier token: "RB-4471923", "912384756-01", "8843 2201 9987", "X E H 441209837" (spaced letters).
_ID = (
    r"(?P<id>(?-i:(?:[A-Z]\s){1,3})?[A-Za-z0-9][A-Za-z0-9-]{2,18}[A-Za-z0-9]"
    r"(?:(?<=\d)\s\d[\dA-Za-z-]{1,12}){0,3})(?![\w])"
)
_ID_LEAD = r"(?:\s*(?:[:#=-]|\bis\b|\bwas\b))*\s*"
_MRN = re.compile(
    r"\b(?:mrn|m\.?\s?r\.?\s?n\.?|mr\s*#|medical\s+record\s+" + _NUMBER_WORD + r"|record\s+(?:number|no\.?|num|#)"
    r"|patient\s*" + _NUMBER_WORD + r"|hospital\s+(?:number|no\.?|num|#|id)|chart\s+(?:number|no\.?|num|#)"
    r"|(?:(?:patient|guarantor|hospital|billing)\s+)?(?:account|acct)(?:\s*(?:number|no\.?|num|#|id))?"
    r"|guarantor\s+" + _NUMBER_WORD + r")(?![a-z])" + _ID_LEAD + _ID,
    re.I,
)
_INSURANCE = re.compile(
    r"\b(?:member(?:ship)?(?:\s*" + _NUMBER_WORD + r")?|insurance\s+(?:card\s+)?" + _NUMBER_WORD
    + r"|policy(?:\s*" + _NUMBER_WORD + r")?|subscriber(?:\s*" + _NUMBER_WORD + r")?|group(?:\s*" + _NUMBER_WORD
    + r")?|(?:plan|beneficiary)\s+" + _NUMBER_WORD + r"|medicare(?:\s+card)?\s*" + _NUMBER_WORD
    + r"|medicaid(?:\s+card)?\s*" + _NUMBER_WORD + r"|mbi)(?![a-z])" + _ID_LEAD + _ID,
    re.I,
)  # fmt: skip
_INSURER = (
    r"(?:blue\s*cross(?:\s*(?:and\s+|&\s*|/\s*)?blue\s*shield)?|blue\s*shield|bcbs|aetna|cigna|humana"
    r"|united\s*health\s*care|uhc|kaiser(?:\s+permanente)?|anthem|elevance|medicaid|medicare|medi-?cal|tricare"
    r"|champva|molina|ambetter|wellcare|centene|amerigroup|oscar|highmark|caresource|health\s*net|regence"
    r"|pacificsource|moda|providence\s+health\s+plan|oregon\s+health\s+plan|ohp|trillium|emblem(?:health)?"
    r"|geisinger|harvard\s+pilgrim|tufts|premera|carefirst|florida\s+blue|horizon|oxford|magellan|optum)"
)
# An insurer's name, a few linking words, then the number: "Blue Cross policy W2938475", "The Humana ID on my
# card is H51234567", "Cigna, ID U4827719302".
_INSURER_ID = re.compile(
    rf"\b{_INSURER}(?:'s)?(?P<gap>(?:[\s:#,=-]|\b(?:member|policy|subscriber|plan|group|card|ids?|numbers?|no\.?"
    rf"|num|is|was|on|my|his|her|their|the|of)\b)*)" + _ID,
    re.I,
)
# CMS Medicare Beneficiary Identifier shape (letters exclude S L O I B Z): "1EG4-TE5-MK73".
_MBI_LETTER = "[AC-HJKMNP-RT-Y]"
_MBI = re.compile(
    rf"(?<![\w-])[1-9]{_MBI_LETTER}[{_MBI_LETTER[1:-1]}0-9]\d-?{_MBI_LETTER}[{_MBI_LETTER[1:-1]}0-9]\d-?"
    rf"{_MBI_LETTER}{{2}}\d{{2}}(?![\w-])"
)
_INSURER_NAME = re.compile(rf"{_INSURER}|pacific|source|harvard|pilgrim|florida|oregon|health|plan", re.I)
_YEARS = re.compile(r"(?:19|20)\d{2}(?:-(?:19|20)?\d{2})?")  # "policy 2024-25" is a year, not an ID
_PHONE_SHAPED = re.compile(r"\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}")

# --- emails ----------------------------------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# "jane dot doe at gmail dot com", "m.reyes [at] yahoo [dot] com", "sam_k(at)protonmail(dot)com".
_AT = r"(?:\s*@\s*|\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+)"
_DOT = r"(?:\.|\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+)"
_OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.+-])(?P<local>[A-Za-z0-9_%+-]+(?:{_DOT}[A-Za-z0-9_%+-]+)*){_AT}"
    rf"(?P<domain>[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*){_DOT}(?P<tld>[A-Za-z]{{2,6}})\b",
    re.I,
)
_EMAIL_HINT = re.compile(r"@|\bat\b", re.I)
_TLDS = _word_set("com net org edu gov mil io co uk us ca au de fr es it nl ie nz in info biz me mail email app dev")
_EMAIL_PROVIDERS = _word_set(
    "gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol protonmail proton pm gmx zoho yandex"
    " fastmail comcast att sbcglobal verizon charter spectrum cox earthlink mail hey tutanota"
)

# --- phones ----------------------------------------------------------------------------------------------------------

_NANP_SHAPE = re.compile(  # matched with whitespace removed
    r"(?:1[.-]?)?(?:\(\d{3}\)|\d{3})[.-]?\d{3}[.-]?\d{4}(?:[,;]?(?:ext|extension|x|\#)[.:]?\d{1,6})?", re.I
)
_PHONE_FALLBACK = re.compile(r"(?<![\d\w])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)")
# A question about one of the hospital's lines ("is the records fax 541-555-0109?"), not about the sender's.
_SENTENCE_END = re.compile(r"[?!\n]|(?<!\d)\.(?!\d)")
_LINE_QUESTION_START = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|hi|hey|sorry|also)\W+)*(?:is|isn't|isnt|was|it's|its)\b", re.I
)
_LINE_WORD = r"(?:line|number|fax|phone|hotline|helpline|desk|office|switchboard|extension|ext|department|dept)"
_ANY_LINE_WORD = re.compile(rf"\b{_LINE_WORD}\b", re.I)
_THE_LINE = re.compile(rf"\b(?:the|your)\s+(?:[\w&'-]+\s+){{0,3}}?{_LINE_WORD}\b", re.I)
# NANP toll-free area codes: organisations' lines, never a patient's own number
_TOLL_FREE = ("800", "833", "844", "855", "866", "877", "888")
_PERSONAL_WORD = re.compile(
    r"\b(?:my|me|mine|our|us|his|him|her|hers|their|them|i|i'm|im|cell|mobile|home|on\s+file|you\s+have)\b", re.I
)

# --- addresses -------------------------------------------------------------------------------------------------------

_STREET_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter"
    r"|circle|cir|parkway|pkwy|highway|hwy|square|sq|crescent|cres|plaza|alley|pike|expressway|expy)"
)
_NOT_STREET_WORD = (
    r"(?!(?:the|a|an|on|in|at|of|to|for|my|your|his|her|and|or|with|is|was|are|times|pills|tablets|mg|ml|days"
    r"|weeks|months|years|hours|minutes|mins|kids|children|doctors|different|other|more|of|lane|lanes|way|from"
    r"|minute|hour|day|week|month|year|mile|miles|block|blocks|walk|ride)\b)"
)
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# A house number in words: "forty-two", "seven", "three hundred twelve" (not "one": "one way street"); the street
# name after it must be capitalised ("my two sons drive" is not an address).
_BELOW_HUNDRED = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]{_UNITS})?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_SPELLED_NUMBER = (
    rf"(?:{_UNITS}\s+hundred(?:(?:\s+and)?\s+(?:{_BELOW_HUNDRED}|{_UNITS}))?|{_BELOW_HUNDRED}"
    r"|two|three|four|five|six|seven|eight|nine)"
)
_CITY_STATE_ZIP = r"(?:,?\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),?\s+(?-i:[A-Z]{2})\s+\d{5}(?:-\d{4})?)"
_ADDRESS = re.compile(
    rf"(?<![\w$:/.])(?P<street>(?:\d{{1,6}}[a-z]?|{_SPELLED_NUMBER}(?=\s+(?-i:[A-Z])))\s+"
    rf"(?:{_NOT_STREET_WORD}[A-Za-z0-9][\w'.-]*\s+){{1,4}}?{_STREET_SUFFIX}\b\.?)"
    r"(?P<unit>,?\s*(?:apt|apartment|unit|suite|ste|#)\.?\s*#?\s*[A-Za-z0-9-]+)?" + _CITY_STATE_ZIP + "?",
    re.I,
)
_PO_BOX = re.compile(
    r"\b(?:p\.?\s?o\.?\s?box|post\s+office\s+box)\s*#?\s*\d{1,6}\b" + _CITY_STATE_ZIP + "?",
    re.I,
)

# --- person names ----------------------------------------------------------------------------------------------------

_NAME_TOKEN = r"(?:Mc|Mac|O'|D')?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)?"
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?"  # a courtesy title is kept out of the name
_FULL_NAME = rf"{_TITLE}(?P<name>{_NAME_TOKEN}(?:\s+[A-Z]\.?)?\s+{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)\b"
# After "my name is" / "name:", a name typed in lower case also counts (when another identifier is given).
_LOWER_NAME_WORD = (
    r"(?!(?:and|but|or|my|his|her|dob|ssn|mrn|is|was|from|here|calling|at|i|im|phone|cell|email|born|on|in)\b)"
    r"[a-z][a-z'-]+"
)
_LOWER_CASE_NAME = re.compile(
    rf"\b(?:my\s+name\s+is|name\s*:)\s+(?P<name>{_LOWER_NAME_WORD}(?:\s+{_LOWER_NAME_WORD}){{1,2}})\b"
)
_RELATIVE = (
    r"(?:son|daughter|mother|father|mom|mum|dad|husband|wife|partner|spouse|child|baby|brother|sister|grandmother"
    r"|grandfather|grandma|grandpa|grandson|granddaughter|aunt|uncle|niece|nephew|cousin|boyfriend|girlfriend"
    r"|fianc[eé]e?|friend|neighbou?r|stepson|stepdaughter|stepmom|stepdad|mother-in-law|father-in-law)"
)
# Cue, then a capitalised first and last name: "this is Marcus Bell", "Patient: Aaron Feldman",
# "my father, Robert Kowalski", "call my husband Jorge Alvarez".
_NAME_AFTER_CUE = re.compile(
    r"(?i:\b(?:this\s+is|it's|its|it\s+is|i'm|im|i\s+am|name(?:'s|\s+is)?\s*:?|patient(?:'s)?(?:\s+name)?"
    r"(?:\s+is)?\s*:?|regarding|re:|for|(?:my|our)\s+"
    + _RELATIVE
    + r"(?:'s\s+name\s+is|\s+is|\s+named|\s*,)?))\s+"
    + _FULL_NAME
)
_MY_NAME_IS = re.compile(r"(?i:\bmy\s+name\s+is)\s+" + _FULL_NAME)
# A name opening a sentence or list item and followed at once by another identifier, or by its label:
# "Mike Brennan, 4410 Summit Ave", "Jamal Carter, DOB 7/7/1977".
_NAME_BEFORE_IDENTIFIER = re.compile(r"(?:^|[.?!:;,]\s*)" + _FULL_NAME + r"\s*[,:-]?\s*")
_IDENTIFIER_LABEL = re.compile(r"(?:[A-Za-z.'#]+[\s,]*){1,3}[:#=-]?\s*")
MAX_LABEL_CHARS = 25
_NOT_NAME_WORDS = _word_set(
    """hi hello hey thanks thank please dear yes no ok okay sorry good morning afternoon evening the a an my your our
    his her this that these it its im dr doctor nurse mr mrs ms miss mx patient name dob ssn mrn id member policy
    insurance medicare medicaid tricare aetna cigna humana kaiser anthem blue cross shield united healthcare
    unitedhealthcare riverbend hospital clinic north south east west main campus street avenue road lane drive
    court way billing services service records emergency urgent care center centre pharmacy department unit ward
    monday tuesday wednesday thursday friday saturday sunday january february march july september october november
    december apt apartment suite box po address phone cell email home work mobile not very so just still also
    really here calling writing trying looking having feeling going sure new back in at on and or but account
    number statement bill invoice appointment visit record request refund question important update contact info
    information mailing fax date birth social security card group plan health medical customer portal mychart re
    fwd subject central scheduling radiology cardiology imaging laboratory lab physical therapy family medicine
    spelled misspelled wrong incorrect listed changed missing different correct right same women's behavioral
    intensive surgical ward children's gift shop cafe café parking garage lot"""
)
_STAFF_TITLE = re.compile(r"(?:\b(?:dr|doctor|nurse|np|pa|rn|md|prof|professor)\.?\s*)$", re.I)
_NAME_CONTEXT_IDENTIFIERS = frozenset({"dob", "ssn", "mrn", "insurance_id", "phone", "email", "address"})


def _valid_ssn(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


def _find_dob(text: str) -> list[RawFinding]:
    if not _DOB_HINT.search(text):
        return []
    found = [("dob", m.start("date"), m.end("date")) for m in _DOB_AFTER_CONTEXT.finditer(text)]
    found += [("dob", m.start("date"), m.end("date")) for m in _DOB_BEFORE_CONTEXT.finditer(text)]
    return found


def _find_ssn(text: str) -> list[RawFinding]:
    found = [("ssn", m.start(), m.end()) for m in _SSN_FORMATTED.finditer(text) if _valid_ssn(m[1], m[3], m[4])]
    for match in _SSN_WITH_CONTEXT.finditer(text):
        digits = re.sub(r"\D", "", match.group("ssn"))
        if len(digits) == 9 and _valid_ssn(digits[:3], digits[3:5], digits[5:]):
            found.append(("ssn", match.start("ssn"), match.end("ssn")))
    found += [("ssn", m.start("ssn"), m.end("ssn")) for m in _SSN_LAST_FOUR.finditer(text)]
    found += [("ssn", m.start(), m.end()) for m in _SSN_MASKED.finditer(text)]
    return found


def _id_digits(token: str) -> int:
    return sum(char.isdigit() for char in token)


def _id_length(token: str) -> int:
    return len(re.sub(r"[\s-]", "", token))


def _find_contextual_id(text: str, pattern: re.Pattern[str], kind: str, min_digits: int) -> list[RawFinding]:
    found = []
    for match in pattern.finditer(text):
        token = match.group("id")
        if _id_digits(token) >= min_digits and _id_length(token) >= 5 and not _YEARS.fullmatch(token):
            found.append((kind, match.start("id"), match.end("id")))
    return found


def _find_insurance(text: str) -> list[RawFinding]:
    found = _find_contextual_id(text, _INSURANCE, "insurance_id", min_digits=2)
    for match in _INSURER_ID.finditer(text):
        token = match.group("id")
        # after an insurer's name alone, a phone number is a phone number ("Aetna, my number is 541-...")
        if _id_digits(token) >= 4 and _id_length(token) >= 6 and not _PHONE_SHAPED.fullmatch(token):
            found.append(("insurance_id", match.start("id"), match.end("id")))
    found += [("insurance_id", m.start(), m.end()) for m in _MBI.finditer(text)]
    return found


def _canonical_email(local: str, domain: str, tld: str) -> str:
    def undisguise(part: str) -> str:
        return re.sub(_DOT, ".", part, flags=re.I)

    return f"{undisguise(local)}@{undisguise(domain)}.{tld}".lower()


def _find_email(text: str) -> list[RawFinding]:
    found = [("email", m.start(), m.end()) for m in _EMAIL.finditer(text) if not is_public_email(m.group())]
    if not _EMAIL_HINT.search(text):
        return found
    for match in _OBFUSCATED_EMAIL.finditer(text):
        if _overlaps(("email", match.start(), match.end()), found):
            continue
        local, domain, tld = match.group("local"), match.group("domain"), match.group("tld").lower()
        bracketed = bool(re.search(r"[\[({<]\s*(?:at|dot)\b", match.group(), re.I))
        provider = re.split(_DOT, domain, flags=re.I)[0].lower()
        # spelled "at"/"dot" also appear in plain English; ask for a sign that this is an address
        looks_like_address = bracketed or provider in _EMAIL_PROVIDERS or bool(re.search(r"[\d_.%+]", local))
        address = _canonical_email(local, domain, tld)
        if tld in _TLDS and looks_like_address and not is_public_email(address):
            found.append(("email", match.start(), match.end()))
    return found


def _is_hospital_line_question(text: str, start: int, end: int) -> bool:
    """True when the number sits in a question asking whether it is one of the hospital's lines."""
    sentence_start = 0
    for boundary in _SENTENCE_END.finditer(text, 0, start):
        sentence_start = boundary.end()
    boundary = _SENTENCE_END.search(text, end)
    if boundary is None or boundary.group() != "?":
        return False
    sentence = text[sentence_start : boundary.end()]
    if _PERSONAL_WORD.search(sentence):
        return False
    return bool(
        _THE_LINE.search(sentence) or (_LINE_QUESTION_START.search(sentence) and _ANY_LINE_WORD.search(sentence))
    )


def _is_organisation_number(number: str) -> bool:
    digits = phone_digits(number)
    return is_public_phone(number) or (len(digits) == 10 and digits.startswith(_TOLL_FREE))


def _find_phone(text: str) -> list[RawFinding]:
    if phonenumbers is not None:
        # POSSIBLE leniency so that international numbers that are not in the metadata ranges still count;
        # numbers without a "+" must be valid US numbers grouped as such ("2024-000123" is a reference)
        spans = [
            (m.start, m.end)
            for m in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.POSSIBLE)
            if m.raw_string.startswith("+")
            or (_NANP_SHAPE.fullmatch(re.sub(r"\s", "", m.raw_string)) and phonenumbers.is_valid_number(m.number))
        ]
    else:  # pragma: no cover
        spans = [(m.start(), m.end()) for m in _PHONE_FALLBACK.finditer(text)]
    return [
        ("phone", start, end)
        for start, end in spans
        if not _is_organisation_number(text[start:end]) and not _is_hospital_line_question(text, start, end)
    ]


def _find_address(text: str) -> list[RawFinding]:
    # the hospital's own street address is public; an apartment there is not the hospital
    found = [
        ("address", m.start(), m.end())
        for m in _ADDRESS.finditer(text)
        if m.group("unit") or not is_public_street(m.group("street"))
    ]
    return found + [("address", m.start(), m.end()) for m in _PO_BOX.finditer(text)]


def _is_name(match: re.Match[str], text: str) -> bool:
    words = re.findall(r"[\w']+", match.group("name"))
    if any(word.lower() in _NOT_NAME_WORDS for word in words if len(word) > 1) or _INSURER_NAME.fullmatch(words[0]):
        return False
    return not _STAFF_TITLE.search(text, 0, match.start("name"))


def _leads_to(match: re.Match[str], text: str, starts: list[int]) -> bool:
    """True when an identifier starts right after the match, or after a short label such as "DOB" or "cell:"."""
    end = match.end()
    return any(
        start == end or (0 < start - end <= MAX_LABEL_CHARS and _IDENTIFIER_LABEL.fullmatch(text, end, start))
        for start in starts
    )


def _find_person_name(text: str, found: list[RawFinding], health_kinds: Collection[str]) -> list[RawFinding]:
    """Full names; with a cue, they count only beside another identifier or a health detail (the labelling rule)."""
    names = [m for m in _MY_NAME_IS.finditer(text) if _is_name(m, text)]  # "my name is" + full name: always
    has_context = bool({kind for kind, _, _ in found} & _NAME_CONTEXT_IDENTIFIERS) or bool(health_kinds)
    if has_context:
        names += [m for m in _NAME_AFTER_CUE.finditer(text) if _is_name(m, text)]
        names += [m for m in _LOWER_CASE_NAME.finditer(text) if _is_name(m, text)]
    if found:
        starts = sorted(start for _, start, _ in found)
        address_ends = [end for kind, _, end in found if kind == "address"]
        names += [
            m
            for m in _NAME_BEFORE_IDENTIFIER.finditer(text)
            if _is_name(m, text)
            and _leads_to(m, text, starts)
            # "12 Cypress Way, Junction City, 541-..." : a town after an address is not a name
            and not any(m.start() <= end <= m.start("name") for end in address_ends)
        ]
    return [("person_name", m.start("name"), m.end("name")) for m in names]


def _overlaps(span: RawFinding, others: list[RawFinding]) -> bool:
    return any(span[1] < other[2] and other[1] < span[2] for other in others)


def find_identifiers(text: str, health_kinds: Collection[str] = ()) -> list[RawFinding]:
    """All identifier findings in the (normalised) text.

    health_kinds: health finding kinds already found in the message; a full name given with a health detail is
    a person_name too.
    """
    digits = sum(char.isdigit() for char in text)
    structured: list[RawFinding] = []
    if digits >= 4:  # the fewest digits of a date of birth ("1/1/80"), an SSN's last four or an MRN
        structured = _find_dob(text) + _find_ssn(text) + _find_contextual_id(text, _MRN, "mrn", min_digits=4)
    if digits >= 2:
        structured += [f for f in _find_insurance(text) if not _overlaps(f, structured)]
    emails = _find_email(text)
    phones = [p for p in _find_phone(text) if not _overlaps(p, structured + emails)] if digits >= 7 else []
    addresses = [a for a in _find_address(text) if not _overlaps(a, structured + phones + emails)]
    found = structured + emails + phones + addresses
    return found + _find_person_name(text, found, health_kinds)
