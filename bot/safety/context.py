"""Context rules shared by health and crisis detection: sentences, subject, negation, figurative speech."""

from __future__ import annotations

import re
from bisect import bisect_right

RELATIVE = (
    r"(?:son|daughter|mother|father|husband|wife|partner|child|children|kid|kids|baby|mom|mum|mommy|mummy|mama|dad"
    r"|daddy|papa|grandma|grandmother|grandpa|grandfather|granny|nana|grandson|granddaughter|grandchild|brother"
    r"|sister|sibling|boyfriend|girlfriend|fiance|fiancee|aunt|uncle|niece|nephew|cousin|spouse|parent|parents"
    r"|toddler|infant|newborn|stepson|stepdaughter|stepmom|stepdad|mother-in-law|father-in-law|family member"
    r"|friend|roommate|neighbour|neighbor|patient)"
)
_RELATIVE_MENTION = re.compile(rf"\b(?:my|our)\s+(?:[\w-]+\s+){{0,2}}?{RELATIVE}(?:'s|s)?\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|my|mine|myself|me\s+(?:on|off))\b", re.I)
_THIRD_PERSON = re.compile(r"\b(?:he|she|he's|she's|his|her|him|they|they're|their|them)\b", re.I)
_SENTENCE_BREAK = re.compile(r"(?<!\d)\.(?!\d)|[!?;\n]+")
_CLAUSE_BREAK = re.compile(r",|\bbut\b|\bhowever\b|\bthough\b|\balthough\b", re.I)
_NEGATION = re.compile(
    r"\b(?:no|not|don't|dont|doesn't|doesnt|didn't|didnt|never|without|isn't|isnt|aren't|arent|wasn't|wasnt"
    r"|haven't|havent|hasn't|hasnt|hadn't|denies|denied|deny|negative\s+for|free\s+of|ruled\s+out|nor)\b",
    re.I,
)
_TOKEN = re.compile(r"[\w']+")
NEGATION_WINDOW_TOKENS = 4

_FIGURATIVE = re.compile(
    r"\b(?:nearly|almost|practically|about\s+to|gonna|going\s+to|could\s+have|could've|would\s+have|would've)\s+"
    r"(?:had|have|has|having|give|gave|given|got)\s+(?:me\s+|him\s+|her\s+|us\s+)?(?:a\s+)?"
    r"(?:heart\s+attack|stroke|aneurysm|seizure|nervous\s+breakdown|panic\s+attack|coronary)"
    r"|\b(?:gave|give|gives|giving|given)\s+(?:me|him|her|us|them)\s+(?:a\s+)?"
    r"(?:heart\s+attack|stroke|aneurysm|coronary|nervous\s+breakdown)"
    r"|\bheart\s+attack\s+(?:when|after|because|at\s+the)"
    r"|\b(?:is|are|was|were|'s|'re|it's|that's|this\s+is)?\s*killing\s+(?:me|us|him|her)\b(?!\s+(?:inside|slowly))"
    r"|\bkill(?:ing)?\s+(?:myself|me|him|her)\s+(?:laughing|with\s+laughter)"
    r"|\bcould\s+(?:kill|murder|strangle)\s+(?:him|her|them|you|someone|somebody)\b"
    r"|\bdying\s+(?:to|for|of\s+(?:laughter|boredom|embarrassment|curiosity|shame)|laughing)\b"
    r"|\b(?:nearly|almost)\s+died\s+(?:laughing|of\s+(?:laughter|embarrassment|shame|boredom))"
    r"|\bdied\s+laughing|\bdead\s+(?:tired|serious|on\s+my\s+feet)"
    r"|\b(?:phone|battery|laptop|car|plant|plants|computer)\s+(?:is|was|keeps)\s+dying"
    r"|\b(?:sick|tired)\s+(?:and\s+tired\s+)?of\b|\bsick\s+(?:beat|track|song|moves|trick)"
    r"|\bpain\s+in\s+the\s+(?:neck|butt|ass|backside)"
    r"|\b(?:so|a\s+bit|a\s+little|kinda|kind\s+of|bit)\s+(?:ocd|adhd|bipolar|schizo|autistic|depressed\s+about)"
    r"|\b(?:a|such\s+a|total|absolute|complete)\s+(?:nightmare|headache)"
    r"|\bheadache\s+(?:to|of)\b|\bdriving\s+me\s+(?:crazy|insane|nuts|mad)"
    r"|\bmy\s+heart\s+(?:broke|is\s+broken|sank|stopped\s+when)"
    r"|\b(?:exam|test|traffic|work|job|boss|bill|commute|homework|weather|game|movie)\s+(?:is|was)\s+"
    r"(?:killing|murdering|torture)",
    re.I,
)


class MessageContext:
    """Pre-computed sentence boundaries, relative mentions and figurative spans for one normalised message."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentence_starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text)]
        self.relative_mentions = [m.start() for m in _RELATIVE_MENTION.finditer(text)]
        self.figurative_spans = [(m.start(), m.end()) for m in _FIGURATIVE.finditer(text)]

    def sentence_start(self, position: int) -> int:
        """Start offset of the sentence containing position."""
        return self.sentence_starts[bisect_right(self.sentence_starts, position) - 1]

    def sentence_end(self, position: int) -> int:
        """End offset of the sentence containing position."""
        index = bisect_right(self.sentence_starts, position)
        return self.sentence_starts[index] if index < len(self.sentence_starts) else len(self.text)

    def is_figurative(self, start: int, end: int) -> bool:
        """True when the span overlaps a figurative expression ("this traffic is killing me")."""
        return any(start < fig_end and fig_start < end for fig_start, fig_end in self.figurative_spans)

    def is_about_sender(self, start: int, include_third_person: bool = False) -> bool:
        """True when the sentence before start names the sender, their relative, or a pronoun for that relative."""
        before = self.text[self.sentence_start(start) : start]
        if _FIRST_PERSON.search(before) or _RELATIVE_MENTION.search(before):
            return True
        if not _THIRD_PERSON.search(before):
            return False
        return include_third_person or any(mention < start for mention in self.relative_mentions)

    def is_negated(self, start: int) -> bool:
        """NegEx-style: a negation cue at most a few tokens before start, within the same clause."""
        before = self.text[self.sentence_start(start) : start]
        clause_breaks = list(_CLAUSE_BREAK.finditer(before))
        if clause_breaks:
            before = before[clause_breaks[-1].end() :]
        cues = list(_NEGATION.finditer(before))
        if not cues:
            return False
        tokens_between = _TOKEN.findall(before[cues[-1].end() :])
        return len(tokens_between) <= NEGATION_WINDOW_TOKENS
