"""Context rules shared by health and crisis detection: sentences, whose health it is, negation, hypotheticals,
questions and figurative speech.

Whose health a term is about (its holder) is decided from person mentions in the same sentence:

* a possessive right before the term ("my knee", "my son's asthma", "the president's cancer");
* else the nearest mention before it that is not inside a prepositional phrase ("a character in my novel has
  schizophrenia" is about the character, not the sender);
* pronouns take the type of the nearest earlier third-person mention in the message;
* else a subject inside the span ("I'm type 2"), or the first mention after it ("Zoloft isn't helping my
  anxiety");
* else no holder: an elliptical disclosure ("Crohn's flare again") unless the sentence is a question or a
  hypothetical, which callers decide.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from bot.safety.identifiers import named_subjects
from bot.safety.literals import LiteralScanner, required_literals

# --- fast matching of large alternations ------------------------------------------------------------------------
# Python's re tries every branch of an alternation at every word start, so a regex with a hundred branches costs
# tens of microseconds per message even when nothing can match. GatedPattern splits a pattern into its top-level
# branches and works out, from the parsed regex, the words each branch must start with; a branch runs only when
# the message contains one of them. Branches whose first word cannot be worked out always run. Then, within each
# joined regex, only the branches whose literals the message holds (bot/safety/literals.py) are tried.

_MAX_GATE_WORDS = 1000
_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")
_GROUP_SIZE = 8
_COMMON_WORDS = frozenset(
    re.findall(
        r"\S+",
        "i i'm im my me we you he she it is are was were be been have has had the a an and or to of in on for at not "
        "no can can't cant do don't dont get got took take just so this that with what how his her they their our "
        "your all one will would going want",
    )
)
_TOKEN_CHAR = re.compile(r"[\w']")


def _split_branches(pattern: str) -> list[str]:
    """Top-level branches of a regex source (outside groups and character classes)."""
    branches: list[str] = []
    depth, in_class, index, start = 0, False, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches


_State = tuple[str, bool]  # (first word so far, word complete)


def _first_words(items: list, states: set[_State]) -> set[_State] | None:  # noqa: C901 - one case per regex op
    """Possible first words after matching items from states; None when they cannot be listed."""
    for op, av in items:
        if all(done for _, done in states):
            return states
        name = str(op)
        if name == "AT":
            if str(av) != "AT_NON_BOUNDARY":  # \b or an anchor ends the word
                states = {(word, done or bool(word)) for word, done in states}
        elif name == "LITERAL":
            char = chr(av)
            if _TOKEN_CHAR.match(char):
                states = {(word if done else word + char, done) for word, done in states}
            elif any(not word and not done for word, done in states):
                return None
            else:
                states = {(word, True) for word, _ in states}
        elif name == "IN":
            chars = [chr(value) for kind, value in av if str(kind) == "LITERAL"]
            separators = all(
                (str(kind) == "CATEGORY" and str(value) == "CATEGORY_SPACE")
                or (str(kind) == "LITERAL" and not _TOKEN_CHAR.match(chr(value)))
                for kind, value in av
            )
            if separators:  # a space or hyphen ends the word
                if any(not word and not done for word, done in states):
                    return None
                states = {(word, True) for word, _ in states}
            elif len(chars) == len(av):  # a choice of letters: "[ie]"
                states = {(word if done else word + char, done) for word, done in states for char in chars}
            else:
                return None
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, sub = av
            if low == 0 and high == 1:
                taken = _first_words(list(sub), states)
                if taken is None:
                    return None
                states = states | taken
            elif low >= 1 and (taken := _first_words(list(sub), states)) is not None and all(d for _, d in taken):
                states = taken  # a run of spaces ends the word
            elif low == 0 and (taken := _first_words(list(sub), states)) is not None and all(d for _, d in taken):
                states = states | taken  # optional spaces: the word may end here or go on
            else:
                return None
        elif name == "SUBPATTERN":
            states_or_none = _first_words(list(av[3]), states)
            if states_or_none is None:
                return None
            states = states_or_none
        elif name == "BRANCH":
            merged: set[_State] = set()
            for branch in av[1]:
                taken = _first_words(list(branch), states)
                if taken is None:
                    return None
                merged |= taken
            states = merged
        elif name in ("ASSERT", "ASSERT_NOT"):
            continue  # look-arounds consume nothing
        else:
            return None
        if len(states) > _MAX_GATE_WORDS:
            return None
    return states


def branch_gate(pattern: str) -> frozenset[str] | None:
    """The words a match of pattern must start with, or None when they cannot be worked out."""
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]  # Python 3.11+
    except ImportError:
        import sre_parse  # type: ignore[no-redef]
    items = list(sre_parse.parse(pattern))
    if not items or str(items[0][1]) != "AT_BOUNDARY" and str(items[0][0]) != "ASSERT_NOT":
        return None  # a match could start inside a word, whose first word is then unknown
    parsed = [item for item in items if str(item[0]) not in ("AT", "ASSERT", "ASSERT_NOT")]
    first = parsed[0] if parsed else None
    if first and str(first[0]) in ("MAX_REPEAT", "MIN_REPEAT") and first[1][0] >= 1 and len(first[1][2]) == 1:
        first = first[1][2][0]  # "\d+": look inside the repeat
    if first and str(first[0]) == "IN" and any(str(value) == "CATEGORY_DIGIT" for _, value in first[1]):
        return frozenset({"#digit"})  # a number first: the message must have a digit
    states = _first_words(list(sre_parse.parse(pattern)), {("", False)})
    if states is None or not all(word and done for word, done in states):
        return None
    return frozenset(word for word, _ in states)


_SLOTS = 3  # literal sets checked per branch (each branch needs a string of each)
_MANY_ACTIVE = 4  # from this many branches that can match (or half of them), one scan of the joined regex is cheaper


def _finditer_in_turn(branches: list[re.Pattern[str]], text: str) -> list[re.Match[str]] | None:
    """What finditer of the branches joined by "|" finds, from the branches' own regexes: at each position the first
    branch (in order) that matches there wins, and the search goes on from its end. None on an empty match (the
    caller then runs the joined regex, whose rules for those are finditer's own)."""
    following = [branch.search(text) for branch in branches]  # each branch's next match from the current position
    matches = []
    while True:
        starts = [match.start() for match in following if match is not None]
        if not starts:
            return matches
        first = min(starts)
        winner = next(match for match in following if match is not None and match.start() == first)
        if winner.end() == first:
            return None
        matches.append(winner)
        position = winner.end()
        following = [
            match if match is None or match.start() >= position else branch.search(text, position)
            for branch, match in zip(branches, following, strict=True)
        ]


class _Joined:
    """Branches joined into one regex, run with only the branches a message can match.

    A branch that needs a string the message does not hold cannot match in it, and leaving it out changes no match:
    at each position the remaining branches are tried in the same order (_finditer_in_turn).
    """

    def __init__(self, gate: frozenset[str] | None, branches: list[str]) -> None:
        self.gate = gate
        self.branches = branches
        self.pattern = re.compile("|".join(branches))
        self.full = (1 << len(branches)) - 1
        # branches are run on their own only when no branch sets a global flag (which would apply to them all)
        separable = self.pattern.flags == re.UNICODE
        self.needs = [required_literals(branch, _SLOTS) if separable else [] for branch in branches]
        self._singles: list[re.Pattern[str] | None] = [None] * len(branches)
        self.offset = _LITERALS.add(self)

    def _single(self, index: int) -> re.Pattern[str]:
        single = self._singles[index]
        if single is None:
            single = self._singles[index] = re.compile(self.branches[index])
        return single

    def finditer(self, text: str, active: int) -> list[re.Match[str]]:
        """finditer of the joined regex, given the (non-zero) bits of the branches that can match."""
        count = active.bit_count()
        if active == self.full or count >= _MANY_ACTIVE or 2 * count >= len(self.branches):
            return list(self.pattern.finditer(text))  # cheaper than a scan per branch
        singles = [self._single(index) for index in range(len(self.branches)) if active >> index & 1]
        if len(singles) == 1:
            return list(singles[0].finditer(text))
        matches = _finditer_in_turn(singles, text)
        return list(self.pattern.finditer(text)) if matches is None else matches

    def search(self, text: str, active: int) -> bool:
        """search of the joined regex, given the (non-zero) bits of the branches that can match."""
        if active == self.full:
            return self.pattern.search(text) is not None
        return any(self._single(index).search(text) for index in range(len(self.branches)) if active >> index & 1)


class _LiteralIndex:
    """Every joined regex's literals, and which branches can match in a text (one scan per text).

    The branches of all joined regexes are numbered in one sequence (each regex from its `offset`), so the branches
    that can match in a text are one integer of bits, and a literal found adds its branches with one `|`.
    """

    def __init__(self) -> None:
        self._joined: list[_Joined] = []
        self._branches = 0
        self._built: tuple[LiteralScanner, dict[str, tuple[int, ...]], tuple[int, ...]] | None = None
        self._cache: dict[str, int] = {}

    def add(self, joined: _Joined) -> int:
        """Register a joined regex; the number of its first branch."""
        self._joined.append(joined)
        self._built = None
        self._cache = {}
        offset = self._branches
        self._branches += len(joined.branches)
        return offset

    def _build(self) -> tuple[LiteralScanner, dict[str, tuple[int, ...]], tuple[int, ...]]:
        literals = {literal for joined in self._joined for needs in joined.needs for need in needs for literal in need}
        scanner = LiteralScanner(literals)
        bits: dict[str, list[int]] = {}
        free = [0] * _SLOTS  # per slot, the branches with no literal set in it: they pass it whatever the text holds
        for joined in self._joined:
            for index, needs in enumerate(joined.needs):
                bit = 1 << joined.offset + index
                for slot in range(len(needs), _SLOTS):
                    free[slot] |= bit
                for slot, need in enumerate(needs):
                    for literal in need:
                        bits.setdefault(scanner.representative(literal), [0] * _SLOTS)[slot] |= bit
        built = scanner, {literal: tuple(slots) for literal, slots in bits.items()}, tuple(free)
        self._built = built
        return built

    def active(self, text: str) -> int:
        """The bits of the branches (numbered across all joined regexes) that can match in text: those that have, in
        each slot, no literal set or one the text satisfies."""
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        scanner, bits, free = self._built or self._build()
        found = list(free)
        for literal in scanner.found(text):
            for slot, mask in enumerate(bits[literal]):
                found[slot] |= mask
        active = found[0]
        for slot_bits in found[1:]:
            active &= slot_bits
        if len(self._cache) >= 8:  # the texts of the message being screened (lower-cased, folded)
            self._cache = {}
        self._cache[text] = active
        return active


_LITERALS = _LiteralIndex()


class GatedPattern:
    """A regex whose top-level branches run only when the message has one of the words they start with.

    It can join several patterns (each a source string, or a (source, words) pair giving the words one of which
    must be in the message for a branch whose first word cannot be worked out). Named groups are renamed
    NAME_N, so joined patterns may reuse a name.
    """

    def __init__(self, patterns: str | list[str | tuple[str, frozenset[str]]]) -> None:
        items = [patterns] if isinstance(patterns, str) else patterns
        always: list[str] = []
        common: list[tuple[frozenset[str], str]] = []
        rare: list[tuple[frozenset[str], str]] = []
        for item in items:
            source, requires = (item, None) if isinstance(item, str) else item
            for branch in _split_branches(source):
                branch = _NAMED_GROUP.sub(
                    lambda m: f"(?P<{m.group(1)}_{len(always) + len(common) + len(rare)}>", branch
                )
                gate = branch_gate(branch) or requires
                if gate is None:
                    always.append(branch)
                else:
                    (rare if gate.isdisjoint(_COMMON_WORDS) else common).append((gate, branch))
        # one regex per group of branches: branches starting with everyday words ("I", "is", "my") share one,
        # the others go in small groups, so a message usually runs two or three scans instead of one per branch
        rare.sort(key=lambda item: min(item[0]))
        groups = [common] + [rare[i : i + _GROUP_SIZE] for i in range(0, len(rare), _GROUP_SIZE)]
        self._always = _Joined(None, always) if always else None
        self._gated = [
            _Joined(frozenset().union(*(gate for gate, _ in group)), [branch for _, branch in group])
            for group in groups
            if group
        ]
        self._runs = ([self._always] if self._always else []) + self._gated
        self._offset = self._runs[0].offset if self._runs else 0
        self._mask = (1 << sum(len(joined.branches) for joined in self._runs)) - 1
        self._starts = [joined.offset - self._offset for joined in self._runs]

    def _running(self, text: str, words: frozenset[str]) -> list[tuple[_Joined, int]]:
        """The joined regexes to run, in order, with the bits of their branches that can match: those with one and
        whose gate words the message has."""
        active = _LITERALS.active(text) >> self._offset & self._mask
        if not active:
            return []
        running = []
        for joined, start in zip(self._runs, self._starts, strict=True):
            bits = active >> start & joined.full
            if bits and (joined.gate is None or not joined.gate.isdisjoint(words)):
                running.append((joined, bits))
        return running

    def finditer(self, text: str, words: frozenset[str]) -> list[re.Match[str]]:
        """Matches in text (lower case) of the branches that can match, ordered by start; may overlap. A match has the
        named groups of its own joined regex, or only of the branches that could match (read them by groupdict())."""
        matches = []
        for joined, bits in self._running(text, words):
            matches += joined.finditer(text, bits)
        matches.sort(key=lambda match: match.start())
        return matches

    def search(self, text: str, words: frozenset[str]) -> bool:
        """Whether any branch matches."""
        return any(joined.search(text, bits) for joined, bits in self._running(text, words))


SELF, CLOSE, OTHER, NONE = "self", "close", "other", "none"


def _words(text: str) -> frozenset[str]:
    """A word list written as text."""
    return frozenset(text.split())


# People the sender speaks for or is close to (the labelling rules: family, partner, friend, neighbour).
_CLOSE_NOUNS = (
    r"sons?|daughters?|mothers?|fathers?|husbands?|wi(?:fe|ves)|partners?|child|children|kids?|bab(?:y|ies)|newborns?"
    r"|infants?|toddlers?|teens?|teenagers?|twins|moms?|mums?|mommy|mummy|mama|momma|mamma|dads?|daddy|papa"
    r"|grandmas?|grandmothers?|grandpas?|grandfathers?|grann(?:y|ies)|nanas?|nans?|grans?|grandsons?"
    r"|granddaughters?|grandchild(?:ren)?|grandkids?|grandparents?|brothers?|sisters?|siblings?|boyfriends?"
    r"|girlfriends?|bf|gf|fianc[eé]e?s?|aunts?|aunties?|uncles?|nieces?|nephews?|cousins?|spouses?|parents?"
    r"|step[\s-]?(?:sons?|daughters?|moms?|mothers?|dads?|fathers?|kids?|children)"
    r"|(?:mother|father|son|daughter|sister|brother)s?[\s-]in[\s-]law|in[\s-]laws|hubby|wifey|family|bestie|bff"
    r"|friends?|roommates?|flatmates?|housemates?|neighbou?rs?|loved\s+ones?|family\s+members?|boys?|girls?"
    r"|grand?dads?|grampa|gramps|nann(?:y|ies)|pals?|mates?|buddy|buddies"
)
_AGE_NOUN = r"\d+\s*[\s-]?(?:yrs?|years?|months?|mos?|weeks?|wks?)[\s-]*olds?"  # "my 2 yr old"
# "a friend"/"a neighbour" are still close; "a kid", "a mom" are strangers.
_CLOSE_WITH_INDEFINITE = re.compile(r"(?:friend|neighbou?r|cousin|relative|roommate|flatmate|housemate|bestie|bff)s?$")
# The hospital's and other carers' staff: never the patient a pronoun refers back to when someone else is named.
_STAFF_NOUNS = (
    r"doctors?|docs?|dr|physicians?|surgeons?|nurses?|staff|receptionists?|paramedics?|pharmacists?|dentists?"
    r"|therapists?|psychiatrists?|cardiologists?|oncologists?|specialists?"
)
# People who are not close (staff, public figures, acquaintances, strangers, generic people), pets, groups,
# and media/fiction.
_OTHER_NOUNS = (
    r"co[\s-]?workers?|colleagues?|boss(?:es)?|managers?|supervisors?|employees?|employers?|teachers?|professors?"
    r"|coach(?:es)?|classmates?|students?|pupils?|teammates?|acquaintances?|clients?|customers?|tenants?|landlords?"
    rf"|{_STAFF_NOUNS}|characters?|actors?|actress(?:es)?"
    r"|singers?|rappers?|musicians?|streamers?|youtubers?|influencers?|podcasters?|bloggers?|authors?|celebrit(?:y|ies)|president|governor|mayor|senators?|politicians?|athletes?"
    r"|players?|stars?|guys?|m[ae]n|wom[ae]n|lad(?:y|ies)|gentlem[ae]n|persons?|people|folks|strangers?|patients?"
    r"|someone|somebody|anyone|anybody|everyone|everybody|nobody|adults?|individuals?|news|class(?:es)?|schools?"
    r"|classrooms?|daycare|team|office|company|church|ex|exes"
    r"|dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|horses?|ponies|pony|parrots?|birds?|rabbits?|bunn(?:y|ies)"
    r"|hamsters?|guinea\s+pigs?|ferrets?|lizards?|snakes?|turtles?|tortoises?|goats?|cows?|pigs?|budgies?|parakeets?"
    r"|goldfish|fish|perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|chiens?|hunde?|katzen?|gatto|cachorr[oa]s?"
    r"|heroine|protagonist|villain|quarterback|striker|goalie|pitcher|footballer"
)
# Modifier words allowed between a determiner and the noun ("my 4 year old son", "my best friend").
_MODIFIER = (
    r"(?!(?:and|or|but|is|was|are|were|has|have|had|with|the|a|an|to|in|on|at|for|of|from|my|his|her|their|our"
    r"|your|who|that|which|i|he|she|it|they|we|you|just|says?|said|told|texted|called)\b)[\w'-]+\s+"
)
# Noun phrases naming people: run only when the message has one of the nouns (_NOUN_WORDS).
_NOUN_PHRASE = re.compile(
    r"\b(?:(?P<det>my|our|his|her|their|your|ur|a|an|the|this|that|these|those|some|another|both|all"
    rf"|one\s+of\s+(?:my|our|the))\s+(?:{_MODIFIER}){{0,3}}?)?(?P<noun>{_CLOSE_NOUNS}|{_AGE_NOUN}|{_OTHER_NOUNS})"
    r"(?P<poss>'s|s')?(?![\w-])(?!(?:'s|s')?\s+(?:medicine|practice|practitioners?|doctors?|docs?|physicians?|planning|room"
    r"|clinic|health|services|center|centre|unit|ward|dept|department)\b)"
)
_NOUN_WORDS = branch_gate(rf"\b(?:{_CLOSE_NOUNS}|{_OTHER_NOUNS})\b") | {"#digit"}
_MENTION = re.compile(
    r"(?P<pron>\b(?:he|she|he's|she's|hes|shes|he'd|she'd|he'll|she'll|his|her|they|they're|theyre|their"
    r"|they've|they'd)(?![\w']))"
    r"|(?P<self>\b(?:i|i'm|im|i've|ive|i'd|i'll|myself|we|we're|we've|we'd|we'll|my|our|mine|me\s+and)(?![\w']))"
    r"|(?P<you>\b(?:you|u|your|ur|yourself|y'all)(?![\w']))"
    r"|(?P<topic>\b(?:learning|learned|learnt|reading|studying|writing|wrote|research(?:ing)?|heard|article|lecture"
    r"|episode|memoir|biography"
    r"|class|course|essay|paper|project|presentation|documentary|podcast|video|story)\s+(?:about|on)\b"
    r"|\b(?:on|in)\s+the\s+news\b|\bon\s+tv\b|\bin\s+(?:a|the|my|this)\s+(?:movie|film|show|book|novel|story|game"
    r"|video|series)\b|\bhypothetically\b|\bwhat\s+if\b|\bsuppose\b|\bimagine\b)"
)
# Staff and other people named with a title: matched on the original text, as the name must be capitalised.
_TITLE = re.compile(
    r"\b(?:[Dd]r|[Dd]octor|[Nn]urse|[Mm]r|[Mm]rs|[Mm]s|[Mm]x|[Pp]rof|[Pp]rofessor|[Mm]iss|DR|NURSE)\.?\s+[A-Z][a-z'-]+\b"
)
_CLOSE_NOUN = re.compile(rf"(?:{_CLOSE_NOUNS}|{_AGE_NOUN})$")
_PREPOSITION = re.compile(
    r"\b(?:in|at|from|of|on|to|into|with|for|near|by|about|behind|beside|besides|like|than|around|after|over"
    r"|under|through|towards?|without|against|among|between|including|except|via|onto|upon|within)\s+$"
)
_INDEFINITE = frozenset({"a", "an", "some", "this", "that", "these", "those", "another", "your", "ur"})
_PRONOUN_DETS = frozenset({"his", "her", "their"})
_STAFF_NOUN = re.compile(_STAFF_NOUNS)
_IS_OR_HAS_AFTER = re.compile(
    r"\s+(?:going|gone|got|had|been|being|having|getting|in|on|at|still|just|not|now|back|due|booked|scheduled"
    r"|waiting|coming|home|out|a|an|very|so|really|doing|feeling|started|starting|finally|recovering)\b"
)
_HASHTAG_AS_WORD = re.compile(r"(?:\b(?:with|has|have|had|having|got)|\bw/)\s+$")  # not "of", "my": "fear of #covid"
# "a son" is a stranger's, unless the sender has one: "I have a son with autism", "we've got a 3 year old",
# "mum of a boy with ...", "I'm the dad of a toddler".
_PARENT_WORDS = r"mom|mum|mother|mama|mommy|mummy|dad|father|daddy|parent|grandma|grandmother|grandpa|grandfather"
_SENDERS_OWN_BEFORE = re.compile(
    rf"(?:\b(?:i|we)\s*(?:'ve|ve|have|has|had|'d)?\s*(?:got|have)|\b(?:i|we)\s+had"
    rf"|(?:\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:the\s+|a\s+|proud\s+)?)?\b(?:{_PARENT_WORDS})s?\s+(?:of|to))\s+$"
)
# Bare plurals are people in general: "is shingles contagious to babies?", "do you treat kids with autism?"
_GENERIC_PLURALS = _words(
    "babies kids children infants toddlers teens teenagers newborns moms mums mothers fathers dads parents "
    "grandparents siblings spouses partners husbands wives boyfriends girlfriends"
)
_UNRESOLVED = "unresolved"  # a pronoun with no earlier person: callers see NONE for they, CLOSE for he/she

# Relative mention kept for callers that only need "my son" style mentions.
RELATIVE = rf"(?:{_CLOSE_NOUNS})"  # without "2 yr old", so patterns using it keep a known first word

_SENTENCE_BREAK = re.compile(
    # the literal first, then the look-behinds: checking them at every position is slow
    r"\.(?<!\d\.)(?<!\bdr\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)(?<!\bst\.)(?<!\bvs\.)(?<!\bno\.)(?<!\bapt\.)"
    r"(?<!\bave\.)(?<!\bjr\.)(?<!\bsr\.)(?!\d)|[!?;\n]+"
)
_CLAUSE_BREAK = re.compile(
    r",|\(|\)|\s-\s|\b(?:but|however|though|although|except|apart\s+from|other\s+than|besides|just|only|because"
    r"|since|so|and\s+now)\b"
)
_NEGATION = re.compile(
    r"\b(?:no|not|don't|dont|doesn't|doesnt|didn't|didnt|never|without|isn't|isnt|aren't|arent|wasn't|wasnt"
    r"|weren't|werent|haven't|havent|hasn't|hasnt|hadn't|hadnt|won't|wont|denies|denied|deny|free\s+of|ruled\s+out"
    r"|nor|neither|none|nothing|negative\s+for|no\s+longer|n't"
    # other languages' negations before an English word: "hindi ako suicidal" (Tagalog), "não", "nie"
    r"|hindi\s+(?:ako|siya|sya|po|kami|sila)|nao|não|nie)\b"
)
# Words a negation reaches across: "I don't have any", "never been diagnosed with", "not on any".
_NEGATION_TRANSPARENT = _words(
    """
    have has had having got get gotten getting been be being am is are was were currently ever really
    actually even any a an the my his her their our of with from for on taking take takes took use using
    used feel feeling felt diagnosed suffer suffering suffered experiencing experienced show showing shown
    signs sign symptoms history more longer allergic to or and nor also yet all at i he she they we think
    believe it's its that this seem seems seemed like much too so very truly technically necessarily exactly
    particularly entirely
    """
)
NEGATION_WINDOW_TOKENS = 6
_TOKEN = re.compile(r"[\w']+")
_DIGIT = re.compile(r"\d")
# "I don't have diabetes but my husband does": what is negated for one person is asserted for another.
_ELLIPTIC_ASSERTION = re.compile(
    r"[\s,]*(?:but|though|however)\s+(?:(?:my|our)\s+(?:[\w'-]+\s+){0,2}?|he|she|they|we|i)[\w'-]*\s+(?:does|do|did"
    r"|has|have|had|is|was|are|were)\b"
)
_HYPOTHETICAL_CUE = r"\b(?:if|whether|in\s+case|hypothetically|what\s+if|suppose|supposing|imagine)\b"
_HYPOTHETICAL = re.compile(
    # the cue looked for first: the look-behinds then run only where one starts, not at every position
    rf"(?={_HYPOTHETICAL_CUE})"
    r"(?<!\bsure\s)(?<!\bknow\s)(?<!\bwonder\s)(?<!\bwondering\s)(?<!\bask\s)(?<!\basking\s)(?<!\bcheck\s)"
    r"(?<!\bsee\s)(?<!\bidk\s)(?<!\bunsure\s)(?<!\bme\s)(?<!\beven\s)(?<!\bas\s)(?<!\bidea\s)(?<!\bcurious\s)"
    # "is it bad if my grandpa can't smile", "should I worry if she's wheezing": a worry about now, not a what-if
    r"(?<!\bbad\s)(?<!\bnormal\s)(?<!\bworry\s)(?<!\bworried\s)(?<!\bserious\s)(?<!\bdangerous\s)"
    + _HYPOTHETICAL_CUE
)
_QUESTION_START = re.compile(
    r"^\W*(?:(?:hi|hello|hey|ok|okay|so|um|also|and|quick\s+question|question)\W+)*(?:what|what's|whats|how|which"
    r"|why|who|where|when|is|are|can|could|do|does|did|should|would|will|may|any|anyone)(?=\s)"
)
_BODY_PART = (
    r"(?:head|face|eyes?|ears?|nose|mouth|lips?|tongue|throat|neck|chest|heart|lungs?|back|spine|shoulders?|arms?"
    r"|elbows?|wrists?|hands?|fingers?|thumbs?|stomach|tummy|belly|abdomen|sides?|hips?|groin|legs?|thighs?|knees?"
    r"|ankles?|feet|foot|toes?|heels?|joints?|muscles?|skin|teeth|tooth|gums?|jaw|breasts?|nipples?|ribs?|bladder"
    r"|kidneys?|liver|bowels?|bum|butt|vision|eyesight|hearing|speech|incision|wound|stitches|scar|cut|memory"
    r"|balance|voice|pee|urine|poop|stool)"
)
BODY_PART = _BODY_PART

# "suicidal" after a determiner before any noun but a state of mind or a person is said of a thing or a course
# of action ("the striker's suicidal back pass"); kept apart so that it runs only on messages with "suicidal".
_SUICIDAL_ATTRIBUTE = (
    r"(?<!\bi'm\s)(?<!\bim\s)(?<!\bi\sam\s)(?<!\bme\s)(?<!\bme,\s)(?<!\bbeing\s)\b(?:a|an|the|that|this|such|their|its|our"
    # "the striker's suicidal back pass", not "she's been suicidal before"
    r"|(?!(?:she|he|who|there)'s)[a-z]+'s)\s+(?:[a-z]+\s+)?suicidal\s+"
    r"(?!(?:thoughts?|thinking|ideations?|event|point|part|energy|shit|stuff|things?"
    r"|pain|dreams?|zone|place|side|fuck|freak|bitch|mess|wreck|vets?|female|male|one"
    r"|feelings?|urges?|impulses?|tendenc(?:y|ies)|moods?|state|phase|episodes?|breakdown|crisis|spiral|mindset"
    r"|depression|behaviou?r|gestures?|attempts?|intent|intentions?|plans?|notes?|letters?|person|people|ppl|patients?"
    r"|teens?|teenagers?|kids?|child|children|boy|girl|man|men|woman|women|friends?|son|daughter|brother|sister|mom"
    r"|mum|dad|husband|wife|partner|guy|lady|student|veteran|individuals?|self|ass|and|or|again|rn|now|lately|today"
    r"|tonight|af|as|so|because|cause|since|when|after|for|about|with|to|at|in|on|but|i|me|right)\b)[a-z]+"
)
_FIGURATIVE = GatedPattern(
    [
    r"\b(?:nearly|almost|practically|about|gonna|going\s+to|could\s+have|could've|would\s+have|would've)\s+(?:to\s+)?"
    r"(?:had|have|has|having|give|gave|given|got)\s+(?:me\s+|him\s+|her\s+|us\s+)?(?:a\s+)?"
    r"(?:heart\s+attack|stroke|aneurysm|seizure|nervous\s+breakdown|panic\s+attack|coronary|cow)"
    r"|\b(?:gave|give|gives|giving|given)\s+(?:me|him|her|us|them)\s+(?:a\s+)?"
    r"(?:heart\s+attack|stroke|aneurysm|coronary|nervous\s+breakdown)"
    r"|\b(?:this|that|it|the|your|these|those)\s+(?:(?!(?:pills?|meds?|medicines?|medications?|drugs?|tablets?"
    r"|shots?|vaccines?|injections?|doses?|treatments?|chemo|food|smell|fumes)\b)[\w'-]+\s+){0,2}?"
    r"(?:(?:is|are|was|were|'s|keeps?)\s+(?:\w+\s+)?)?(?:(?:giving|gave|give|gives)\s+me\s+(?:a\s+|such\s+a\s+)?"
    r"(?:headache|migraine|ulcer|anxiety|ptsd|nightmares?|panic\s+attack)|making\s+me\s+(?:sick|ill|nauseous))"
    r"|\bheart\s+attack\s+(?:when|after|because|at\s+the)"
    r"|\bkilling\s+(?:me|us|him|her)\b(?!\s+(?:inside|slowly))"
    r"|\bkill(?:ing)?\s+(?:myself|me|him|her)\s+(?:laughing|with\s+laughter)"
    r"|\bcould\s+(?:kill|murder|strangle)\s+(?:him|her|them|you|someone|somebody|for)\b|\bkilling\s+it\b"
    r"|\bdying\s+(?:to|for|of\s+(?:laughter|boredom|embarrassment|curiosity|shame|hunger|thirst|cuteness)|laughing)\b"
    r"|\b(?:die|died|dying|pass\s+out|passed\s+out|passing\s+out|faint|fainted)\s+(?:of|from)\s+(?:laughter"
    r"|laughing|boredom|embarrassment|shame|hunger|thirst|cuteness|excitement)"
    r"|\b(?:nearly|almost|about)\s+died\s+(?:laughing|of\s+(?:laughter|embarrassment|shame|boredom))"
    r"|\bdied\s+laughing|\bdead\s+(?:tired|serious|on\s+my\s+feet)|\bto\s+die\s+for\b|\brather\s+die\s+than\b"
    r"|\b(?:phone|battery|laptop|car|plant|plants|computer|tablet|charger)(?:'s|\s+is|\s+was|\s+keeps)?\s+"
    r"(?:at\s+\d+%\s+and\s+)?dying"
    # illness words said of a machine, a website or food: "the vending machine is sick", "the printer is coughing
    # up blank pages", "my phone's on life support", "the app is bipolar today", "the fries were anemic"
    r"|\b(?:website|site|app|system|computer|laptop|phone|printer|portal|server|machine|wifi|internet|car|elevator|lift"
    r"|kiosk|screen|meter|reader|router|tv|fridge|oven|microwave|engine|battery|page|link|network|inbox|email"
    r"|spreadsheet|excel|fries|chips|food"
    r"|coffee|soup|sandwich|pizza|toast|salad|burger|lettuce)(?:\s+(?:on|in|at|by|near)\s+(?:the\s+)?\w+(?:\s+\d+)?)?"
    r"(?:'s|\s+(?:is|was|are|were|keeps|seems|looks))?\s+"
    r"(?:(?:so|really|totally|kinda|a\s+bit|always|just|still|being|acting|going|been)\s+)*(?:sick|ill|coughing|wheezing"
    r"|blind|deaf|bipolar|schizophrenic|schizo|anemic|anaemic|paraly[sz]ed|on\s+life\s+support|on\s+its\s+last\s+legs"
    r"|(?:having|had|has)\s+a\s+(?:seizure|stroke|heart\s+attack|meltdown|breakdown|fit))"
    r"|\ballergic\s+to\s+(?:automated|phone\s+menus?|hold\s+music|mondays?|mornings?|paperwork|forms|queues?|waiting"
    r"|bureaucracy|red\s+tape|exercise|math|maths|people|small\s+talk|voicemail|cold\s+calls?|mess|drama)"
    r"|\bparaly[sz]ed\s+by\s+(?:choice|choices|indecision|options|the\s+menu)"
    # Spanish and Portuguese "it's going to give me a heart attack": "con esos precios me va a dar un infarto jaja"
    r"|\b(?:me\s+va\s+a\s+dar|me\s+van\s+a\s+dar|casi\s+me\s+da|me\s+dan|vou\s+ter|quase\s+tive|me\s+d[áa])\s+(?:un|uma|um)\s+"
    r"(?:infarto|ataque\s+(?:al\s+coraz[óo]n|card[íi]aco|de\s+nervios))"
    r"|\b(?:sick|tired)\s+(?:and\s+tired\s+)?of\b(?!\s+(?:living|life|being\s+alive|existing|it\s+all|everything"
    r"|fighting|being\s+here|this\s+life))"
    r"|\bsick\s+(?:beat|track|song|moves|trick)"
    r"|\bpain\s+in\s+the\s+(?:neck|butt|ass|backside)"
    r"|\b(?:so|a\s+bit|a\s+little|kinda|kind\s+of|bit|super|totally)\s+(?:ocd|adhd|bipolar|schizo|autistic"
    r"|depressed\s+about|paranoid)"
    r"|\b(?:so|soo|sooo|soooo|really|kinda|kind\s+of|a\s+bit|little)\s+depressed\s+(?:that\s+)?(?:the|your|this|they|you)\b"
    r"|\b(?:is|was|what|such|are|were)\s+(?:a\s+)?(?:total\s+|absolute\s+|complete\s+|real\s+|huge\s+)?"
    r"(?:nightmare|headache)"
    r"|\b(?:wallet|bank\s+account|account|pockets?|budget|finances|savings|business|company)\s+(?:is|are)\s+"
    r"(?:\w+\s+)?bleeding"
    r"|\bheadache\s+(?:to|of)\b(?!\s+(?:my|his|her|their|your)\s+life|\s+(?:come|start|hit|develop|get|go|last|appear|be)\b)|\bdriving\s+me\s+(?:crazy|insane|nuts|mad)"
    r"|\bmy\s+heart\s+(?:broke|is\s+broken|sank|stopped\s+when)|\bbroken\s+heart|\bheart\s*broken\b"
    r"|\b(?:exam|test|traffic|work|job|boss|bill|commute|homework|weather|game|movie)\s+(?:is|was)\s+"
    r"(?:killing|murdering|torture)"
    r"|\bbleed(?:ing|s)?\s+(?:(?:me|us|you|him|her|them)\s+)?dry\b|\bbleeding\s+(?:money|cash)"
    r"|\bstroke\s+of\s+(?:luck|genius|midnight)|\b(?:coffee|caffeine|chocolate|sugar|shopping|netflix|tv|gym)"
    r"\s+addict|\baddicted\s+to\s+(?:coffee|caffeine|chocolate|sugar|shopping|netflix|tv|this|that|your|the|my\s+phone"
    r"|social\s+media|tiktok)"
    r"|\bblind\s+(?:to|spot|eye|date|faith|trust)\b|\bblindsided\b|\bturn(?:ed|ing)?\s+a\s+deaf\s+ear\b"
    r"|\bsick\s+to\s+(?:death|my\s+stomach)\s+of\b|\bfeeling\s+blue\b"
    r"|\b(?:account|wallet|budget|business|finances)\s+(?:is|are)\s+on\s+life\s+support"
    # choking with laughter, not on food: "choking on my coffee laughing"
    r"|\bchok(?:e|es|ed|ing)\s+(?:on\s+(?:my|his|her|the|a|their)\s+(?:\w+\s+){0,2}?)?(?:laughing|with\s+laughter"
    r"|from\s+laughing)\b"
    # a car park's roof level is where one parks: "he parked on the roof level"
    r"|\bparked\s+(?:\w+\s+){0,2}?(?:on|at|up\s+on)\s+(?:the\s+)?(?:roof|rooftop|top)\s+(?:level|floor|deck)\b"
    # "suicidal" of a thing or a course of action, not a person: "a suicidal pass", "politically suicidal"
    r"|\bsuicidal\s+tendencies\s+(?:band|album|song|concert|show|gig|tour)\b"
    r"|\b(?:politically|commercially|financially|professionally|electorally|tactically)\s+suicidal\b"
    r"|\b(?:career|political|social|commercial|electoral)\s+suicide\b"
    # ending a relationship, not a life: "going to end things with my boyfriend tonight"
    r"|\bend(?:ing|ed|s)?\s+(?:things|it)\s+with\s+(?:my|him|her|them|[a-z]+'s)\b",
    (_SUICIDAL_ATTRIBUTE, frozenset({"suicidal"})),
    ]
)
_LITERAL_KILLING = re.compile(rf"\b{_BODY_PART}\s+(?:is|are|'s|has\s+been|have\s+been)?\s*killing\s+(?:me|him|her)")
# Joking tone turns everyday emotion words into figures of speech ("so depressed the shop closed haha").
_LAUGHTER = re.compile(r"\b(?:haha\w*|hehe\w*|lol\w*|lmao\w*|rofl|jk|j/k|just\s+kidding)\b|😂|🤣|😅|😆")


@dataclass(frozen=True)
class Mention:
    """A person (or stand-in) mentioned in the text: who it is, and whether it can be a sentence's subject."""

    start: int
    end: int
    who: str  # SELF, CLOSE, OTHER, or "pronoun"
    direct: bool  # False inside a prepositional phrase ("a kid in my son's class")
    possessive: bool  # "my", "his", "mom's": can own the term right after it
    person: bool = True  # False for "you" and topic cues ("learning about"), which no pronoun refers back to
    staff: bool = False  # a doctor, nurse, "Dr Patel": "his anxiety" after "the psychiatrist" is still the patient's


WINDOW = 300  # characters looked at around a term: bounds the work per term in very long sentences


def lower_same_length(text: str) -> str:
    """text.lower(), keeping each character's offset (a few characters lower-case to two)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def words_of(lower: str) -> frozenset[str]:
    """The words of a lower-cased text, for cheap checks of whether a pattern can match at all; "#digit" if it has
    digits."""
    tokens = set(_TOKEN.findall(lower))
    tokens |= {token.strip("'") for token in tokens if token.startswith("'") or token.endswith("'")}
    tokens |= {token.split("'", 1)[0] for token in tokens if "'" in token.strip("'")}  # "son's": "son" too
    return frozenset(tokens | ({"#digit"} if _DIGIT.search(lower) else set()))


class MessageContext:
    """Pre-computed sentences, person mentions and figurative spans for one normalised message.

    Patterns are matched against `lower`, a lower-cased copy of the text with the same offsets, and are compiled
    without re.IGNORECASE, which makes Python's re about three times slower.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = lower_same_length(text)
        lower = self.lower
        self.words = words_of(lower)
        self.sentence_starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(lower)]
        self.figurative_spans = [
            (m.start(), m.end())
            for m in _FIGURATIVE.finditer(lower, self.words)
            if not _LITERAL_KILLING.search(lower, max(0, m.start() - 30), m.end())  # "my back is killing me"
        ]
        self.mentions = _find_mentions(text, lower, self.words)
        self._mention_starts = [m.start for m in self.mentions]
        self.has_laughter = bool(_LAUGHTER.search(lower))
        # Mentions the rules saw and judged not to count (negated, figurative, someone else's, past...):
        # (kind, start, end), kind "crisis" for crisis cues. assess() lets these veto the learned model.
        self.dismissed: list[tuple[str, int, int]] = []

    # --- sentences and clauses

    def sentence_start(self, position: int) -> int:
        """Start offset of the sentence containing position."""
        return self.sentence_starts[bisect_right(self.sentence_starts, position) - 1]

    def sentence_end(self, position: int) -> int:
        """End offset of the sentence containing position."""
        index = bisect_right(self.sentence_starts, position)
        return self.sentence_starts[index] if index < len(self.sentence_starts) else len(self.text)

    def window_start(self, position: int) -> int:
        """Start of the look-back window: the sentence start, at most WINDOW characters back."""
        return max(self.sentence_start(position), position - WINDOW)

    def window_end(self, position: int) -> int:
        """End of the look-ahead window: the sentence end, at most WINDOW characters on."""
        return min(self.sentence_end(position), position + WINDOW)

    def sentence(self, start: int, end: int | None = None) -> str:
        """The lower-cased sentence around [start, end), clipped to WINDOW characters on each side."""
        return self.lower[self.window_start(start) : self.window_end(start if end is None else end)]

    def clause_before(self, position: int) -> str:
        """Lower-cased text from the start of position's clause (comma, "but", "except"...) up to position."""
        before = self.lower[self.window_start(position) : position]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        return before[breaks[-1].end() :] if breaks else before

    def clause_after(self, position: int) -> str:
        """Lower-cased text from position to the end of its clause."""
        after = self.lower[position : self.window_end(position)]
        found = _CLAUSE_BREAK.search(after)
        return after[: found.start()] if found else after

    # --- figurative speech, questions, hypotheticals

    def is_figurative(self, start: int, end: int) -> bool:
        """True when the span overlaps a figurative expression ("this traffic is killing me"), or is a
        hashtag ("#coronavirus", "#depression"): a topic label, not something said of anyone."""
        if self.is_hashtag(start):
            return True
        return any(start < fig_end and fig_start < end for fig_start, fig_end in self.figurative_spans)

    def is_hashtag(self, start: int) -> bool:
        """True when the term at start is written as a hashtag ("#DownSyndrome")."""
        return start > 0 and self.lower[start - 1] == "#"

    def is_hashtag_in_sentence(self, start: int) -> bool:
        """True when the term at start is a hashtag used as a word of its sentence, right after "with", "has", "got"...
        ("my son w/ #DownSyndrome", "will be born with #SpinaBifida"), not a topic label added to a post."""
        return self.is_hashtag(start) and bool(_HASHTAG_AS_WORD.search(self.lower, max(0, start - 30), start - 1))

    def is_question(self, position: int) -> bool:
        """True when position's clause is a question: it starts like one, or it runs to the sentence's '?'
        ("feeling sick, what time does the pharmacy close?" asks nothing about being sick)."""
        clause = self.clause_before(position)
        if _QUESTION_START.match(clause):
            return True
        after = self.lower[position : self.window_end(position)]
        end = after.find("?")
        return end >= 0 and not _CLAUSE_BREAK.search(after, 0, end)

    def is_hypothetical(self, position: int) -> bool:
        """True after "if", "what if", "hypothetically"... in the same sentence, up to the next comma."""
        before = self.lower[self.window_start(position) : position]
        cues = list(_HYPOTHETICAL.finditer(before))
        if not cues:
            return False
        found = cues[-1]
        # "if" governs up to the next comma ("if he gets covid, what should we do" ends there)
        return "," not in before[found.end() :] or found.group().startswith(("hypothetically", "what"))

    # --- negation

    def is_negated(self, start: int, end: int | None = None, reach: frozenset[str] = frozenset()) -> bool:
        """NegEx-style: a negation cue shortly before start whose scope reaches the term.

        The words between cue and term must be ones a negation reaches across ("don't have any", "never been
        diagnosed with"), plus any words in reach; "Zoloft isn't helping my anxiety" does not negate anxiety.
        "I don't have diabetes but my husband does" asserts the term for the husband, so it is not negated.
        """
        before = self.clause_before(start)
        cues = list(_NEGATION.finditer(before))
        if not cues:
            return False
        between = _TOKEN.findall(before[cues[-1].end() :])
        for index in range(len(between) - 1, -1, -1):  # "no fever or cough": the cue reaches each listed term
            if between[index] in ("or", "nor"):
                between = between[index + 1 :]
                break
        if len(between) > NEGATION_WINDOW_TOKENS or any(
            token not in _NEGATION_TRANSPARENT and token not in reach for token in between
        ):
            return False
        return not (end is not None and _ELLIPTIC_ASSERTION.match(self.lower, end))

    # --- whose health is it

    def holder(self, start: int, end: int) -> str:
        """SELF, CLOSE, OTHER or NONE: whom the term at [start, end) is about (see the module docstring)."""
        owner = self.possessor(start, end)  # "... tore my rotator cuff": the owner inside the span, before all else
        if owner != NONE:
            return owner
        window_start, window_end = self.window_start(start), self.window_end(end)
        first = bisect_left(self._mention_starts, window_start)
        last_before = bisect_left(self._mention_starts, start)
        before = [m for m in self.mentions[first:last_before] if m.end <= start]
        if before:
            last = before[-1]
            if last.possessive and only_modifiers(self.lower[last.end : start]):
                who = self._resolve(last)
                if who != _UNRESOLVED:
                    return who
            for mention in reversed(before):
                if mention.direct:
                    who = self._resolve(mention)
                    if who != _UNRESOLVED:
                        return who
                    if self.lower[mention.start : mention.end] not in ("they", "their", "they're", "theyre"):
                        return CLOSE  # "she has a fever" with no one named before: someone the sender speaks for
        # then a subject inside the span ("I'm type 2", "she's 20 weeks"), then the first mention after it
        for mention in self.mentions[last_before:]:
            if mention.start >= window_end:
                break
            who = self._resolve(mention)
            if who != _UNRESOLVED:
                return who
        return NONE

    def possessor(self, start: int, end: int) -> str:
        """Who a possessive inside [start, end) refers to ("talked about her suicide attempt"), or NONE."""
        index = bisect_left(self._mention_starts, start)
        for mention in self.mentions[index : index + 3]:
            if mention.start >= end:
                break
            if mention.possessive:
                who = self._resolve(mention)
                return NONE if who == _UNRESOLVED else who
        return NONE

    def resolve(self, mention: Mention) -> str | None:
        """SELF, CLOSE or OTHER for a mention; a pronoun that refers back to no one named yet gives None."""
        who = self._resolve(mention)
        return None if who == _UNRESOLVED else who

    def _resolve(self, mention: Mention) -> str:
        if mention.who != "pronoun":
            return mention.who
        index = bisect_left(self._mention_starts, mention.start)
        staff = None  # "his" after "my son ... the psychiatrist" is the son's; after "Dr. Okoro" alone, the doctor's
        for earlier in reversed(self.mentions[max(0, index - 20) : index]):
            if earlier.who in (CLOSE, OTHER) and earlier.person:
                if not earlier.staff:
                    return earlier.who
                staff = staff or earlier
        return staff.who if staff else _UNRESOLVED


def only_modifiers(gap: str) -> bool:
    """True when the text between a possessive and a term is at most two plain words ("my left knee")."""
    words = gap.split()
    return len(words) <= 2 and not any(word in _NOT_MODIFIER for word in words)


_NOT_MODIFIER = _words(
    """
    is was are were has have had and or but with the a an to in on at for of from who that which just says
    said told texted called got gets keeps been being
    """
)


# A mention followed by a verb of saying or prescribing is the speaker, not the holder: "the doctor said
# prediabetes", "the doctor put me on prednisone", "my son says he wants to die" (he is then resolved to the son).
_SPEAKER_VERB = re.compile(
    r"\s+(?:just\s+|also\s+|then\s+)?(?:said|says|say|told|tells|thinks|think|thought|suspects?|suspected|confirmed"
    r"|diagnosed|found|wants?|recommended|ordered|advised|asked|put|puts|prescribed|gave|started|switched|texted"
    r"|called|wrote|mentioned|explained|believes?|reckons?|heard)\b"
)


def _mention_matches(lower: str, words: frozenset[str]) -> list[re.Match[str]]:
    """Noun-phrase matches, then pronoun/self/you/topic matches that do not overlap one, in text order."""
    phrases = list(_NOUN_PHRASE.finditer(lower)) if not _NOUN_WORDS.isdisjoint(words) else []
    others = [m for m in _MENTION.finditer(lower) if not any(p.start() <= m.start() < p.end() for p in phrases)]
    return sorted(phrases + others, key=lambda match: match.start()) if phrases else others


def _find_mentions(text: str, lower: str, words: frozenset[str]) -> list[Mention]:
    """Person mentions in order; text is the original (for capitalised names), lower its lower-cased copy."""
    titles = [
        Mention(m.start(), m.end(), OTHER, _is_direct(lower, m.start(), m.end(), True), False, staff=True)
        for m in _TITLE.finditer(text)
    ]
    mentions: list[Mention] = []
    for match in _mention_matches(lower, words):
        start, end = match.start(), match.end()
        if any(title.start <= start < title.end for title in titles):
            continue  # "Nurse Kelly" is one mention
        noun_phrase = match.re is _NOUN_PHRASE
        direct = _is_direct(lower, start, end, noun_phrase)
        if noun_phrase:
            noun = match.group("noun")
            det = match.group("det") or ""
            if _CLOSE_NOUN.match(noun):
                if (det in _INDEFINITE and not _CLOSE_WITH_INDEFINITE.match(noun)
                        and not _SENDERS_OWN_BEFORE.search(lower, max(0, start - 40), start)) or (
                    not det and noun in _GENERIC_PLURALS
                ):
                    who = OTHER
                elif det in _PRONOUN_DETS:
                    who = "pronoun"
                else:
                    who = CLOSE
            else:
                who = OTHER
            # "son's going into rehab", "grandad's had a stroke": "'s" is "is" or "has" here, not a possessive
            possessive = bool(match.group("poss")) and not (
                match.group("poss") == "'s" and _IS_OR_HAS_AFTER.match(lower, end))
            previous = mentions[-1] if mentions else None
            if previous and previous.possessive and not lower[previous.end : start].strip():
                # a possessive chain ("my coworker's cousin", "my son's class", "my neighbour's kid"): close only
                # for family of family ("my wife's mother")
                family_of_family = (
                    previous.who == CLOSE
                    and who == CLOSE
                    and not _CLOSE_WITH_INDEFINITE.search(lower[previous.start : previous.end].rstrip("'s"))
                    and not _CLOSE_WITH_INDEFINITE.search(noun)
                )
                who = CLOSE if family_of_family else OTHER
                mentions.pop()
                start, direct = previous.start, previous.direct
            mentions.append(Mention(start, end, who, direct, possessive, staff=bool(_STAFF_NOUN.fullmatch(noun))))
        elif match.group("pron"):
            word = match.group("pron")
            mentions.append(Mention(start, end, "pronoun", direct, word in ("his", "her", "their")))
        elif match.group("self"):
            word = match.group("self")
            mentions.append(Mention(start, end, SELF, direct, word in ("my", "our")))
        elif match.group("you"):
            word = match.group("you")
            mentions.append(Mention(start, end, OTHER, direct, word in ("your", "ur"), person=False))
        else:
            mentions.append(Mention(start, end, OTHER, True, False, person=False))
    # a full name as a clause's subject is someone the sender writes for ("Catherine Smith has HIV")
    named = [Mention(start, end, CLOSE, True, False) for start, end in named_subjects(text)]
    if titles or named:
        mentions = sorted(mentions + titles + named, key=lambda mention: mention.start)
    return mentions


def _is_direct(lower: str, start: int, end: int, noun_phrase: bool) -> bool:
    """Not inside a prepositional phrase, and (for a noun phrase) not the speaker of a verb of saying."""
    if _PREPOSITION.search(lower, max(0, start - 12), start):
        return False
    return not (noun_phrase and _SPEAKER_VERB.match(lower, end))
