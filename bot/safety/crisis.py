"""Crisis detection: a medical emergency happening now, or suicidal / self-harm intent."""

from __future__ import annotations

import re

from bot.safety.context import RELATIVE, MessageContext

MEDICAL_EMERGENCY = "medical_emergency"
SELF_HARM = "self_harm"
CrisisSpan = tuple[str, int, int]  # (crisis type, start, end) in normalised text

_SELF_HARM = re.compile(
    r"\b(?:kill|killing|hang|hanging|shoot|shooting|poison|poisoning|drown)\s+myself\b"
    r"|\b(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life\b"
    r"|\bend(?:ing)?\s+it\s+all\b|\bend\s+(?:it|things)\s+(?:tonight|today|now|for\s+good)\b"
    r"|\b(?:don't|dont|do\s+not|no\s+longer)\s+want\s+to\s+(?:be\s+alive|live|exist|be\s+here|wake\s+up)\b"
    r"|\b(?:want|wanna|wanted|going|gonna|plan|planning|ready)\s+(?:to\s+)?die\b"
    r"|\bwish\s+i\s+(?:was|were)\s+dead\b|\bwish\s+i\s+(?:had\s+)?never\s+(?:been\s+born|woke\s+up)\b"
    r"|\b(?:no|any)\s+reason\s+to\s+(?:live|go\s+on|keep\s+going)\b|\bnothing\s+(?:left\s+)?to\s+live\s+for\b"
    r"|\b(?:better|be\s+better)\s+off\s+(?:dead|without\s+me)\b"
    r"|\b(?:cut|cutting|cuts|hurt|hurting|harm|harming|burn|burning|burned|starve|starving)\s+myself\b"
    r"|\bself[\s-]?harm(?:ing|ed)?\b"
    r"|\b(?:thinking|thought|think|thinks)\s+(?:about|of)\s+(?:suicide|killing\s+myself|ending\s+(?:it|my\s+life))"
    r"|\b(?:i'm|im|i\s+am|feel|feeling|felt|been)\s+(?:so\s+|really\s+|very\s+)?suicidal\b"
    r"|\bsuicidal\s+(?:thoughts|feelings|ideation)\b"
    r"|\b(?:attempt|attempted|attempting|commit|committing)\s+suicide\b"
    r"|\bjump\s+(?:off|from|in\s+front\s+of)\s+(?:a|the)\s+(?:bridge|building|roof|train|cliff)",
    re.I,
)
_NEGATABLE_SELF_HARM = re.compile(r"suicid|self[\s-]?harm", re.I)

_MEDICAL_EMERGENCY = re.compile(
    r"\b(?:crushing\s+|severe\s+|bad\s+|sharp\s+|really\s+bad\s+)?chest\s+(?:pain|pains|pressure|tightness)\b"
    r"|\b(?:can't|cant|cannot|can\s+not|unable\s+to|struggling\s+to|trouble\s+to)\s+breath(?:e|ing)?\b"
    r"|\b(?:not|isn't|isnt|stopped|stop|aren't|wasn't)\s+breathing\b|\bgasping\s+for\s+(?:air|breath)\b"
    r"|\bturning\s+blue\b|\blips\s+(?:are\s+|is\s+)?(?:blue|turning\s+blue)\b"
    r"|\bface\s+(?:is\s+)?droop(?:ing|s|y|ed)\b|\bdrooping\s+face\b|\bslurr(?:ed|ing)\s+(?:speech|words|his|her|my)\b"
    r"|\b(?:one|left|right)\s+side\s+(?:of\s+(?:my|his|her|the)\s+(?:body|face)\s+)?(?:is\s+|feels\s+|went\s+|gone\s+)?"
    r"(?:weak|numb|paralyzed|paralysed|dead|limp)\b"
    r"|\b(?:having|is\s+having|think\s+(?:i'm|he's|she's)\s+having)\s+a\s+(?:stroke|heart\s+attack)\b"
    r"|\b(?:won't|wont|will\s+not|can't|cant|doesn't|does\s+not|isn't)\s+stop\s+bleeding\b"
    r"|\bbleeding\s+(?:won't|wont|will\s+not|doesn't|isn't|is\s+not)\s+stop(?:ping)?\b"
    r"|\bbleeding\s+(?:heavily|badly|a\s+lot|profusely|everywhere|out)\b|\b(?:severe|heavy|uncontrolled)\s+bleeding\b"
    r"|\b(?:lots|lot|so\s+much)\s+of\s+blood\b|\bblood\s+everywhere\b"
    r"|\boverdos(?:e|ed|ing)\b|\bod'?d\b"
    r"|\b(?:took|taken|swallowed|ate)\s+(?:too\s+many|a\s+(?:whole\s+)?bottle\s+of|a\s+bunch\s+of|all\s+(?:my|his|her|the))"
    r"\s+(?:\w+\s+)?(?:pills|tablets|meds|medications?|medicine)\b"
    r"|\banaphyla(?:xis|ctic(?:\s+shock)?)\b|\bthroat\s+(?:is\s+)?(?:closing|swelling|closing\s+up|tight)\b"
    r"|\b(?:tongue|lips|face|throat)\s+(?:is\s+|are\s+)?(?:swelling|swelled|swollen)\s+(?:up)?"
    r"|\b(?:severe\s+|bad\s+)?allergic\s+reaction\b"
    r"|\b(?:is\s+|was\s+|went\s+)?(?:unconscious|unresponsive)\b"
    r"|\b(?:won't|wont|can't|cant|isn't|isnt|not)\s+(?:wake|waking|wake\s+up|respond|responding)\b"
    r"|\bcan't\s+wake\s+(?:him|her|them|my\s+\w+)\b|\bcollapsed\b"
    r"|\bseizure\s+(?:that\s+)?(?:won't|wont|isn't|doesn't|will\s+not|is\s+not)\s+stop(?:ping)?\b"
    r"|\b(?:having|is\s+having)\s+a\s+seizure\b|\b(?:is\s+|he's\s+|she's\s+)?(?:seizing|convulsing)\b",
    re.I,
)
# A crisis about "someone here" also counts; general knowledge questions and hypotheticals do not.
_BYSTANDER = re.compile(
    rf"\b(?:someone|somebody|this\s+(?:man|woman|guy|lady|person|kid|child|boy|girl)|the\s+{RELATIVE}"
    r"|a\s+(?:man|woman|guy|lady|person|kid|child|boy|girl)\s+(?:here|next\s+to\s+me|in\s+front\s+of\s+me))\b",
    re.I,
)
_GENERAL_QUESTION_OR_HYPOTHETICAL = re.compile(
    r"^\s*(?:what|how|which|why|who|where|when|is\s+it|are\s+there|is\s+there|do\s+you|does|can\s+you|could\s+you"
    r"|tell\s+me|explain)\b|\b(?:if|in\s+case|signs?\s+of|symptoms?\s+of|what\s+to\s+do)\b",
    re.I,
)


def _is_general(context: MessageContext, start: int) -> bool:
    sentence = context.text[context.sentence_start(start) : start]
    return bool(_GENERAL_QUESTION_OR_HYPOTHETICAL.search(sentence))


def _find(context: MessageContext, pattern: re.Pattern[str], crisis: str) -> list[CrisisSpan]:
    found = []
    for match in pattern.finditer(context.text):
        start, end = match.start(), match.end()
        if context.is_figurative(start, end):
            continue
        if crisis == SELF_HARM:
            if _NEGATABLE_SELF_HARM.search(match.group()) and context.is_negated(start):
                continue
            found.append((crisis, start, end))
            continue
        if context.is_negated(start) or _is_general(context, start):
            continue
        sentence = context.text[context.sentence_start(start) : context.sentence_end(start)]
        if context.is_about_sender(start, include_third_person=True) or _BYSTANDER.search(sentence):
            found.append((crisis, start, end))
        elif context.sentence_start(start) == 0 and not context.text[:start].strip() and "?" not in sentence:
            found.append((crisis, start, end))  # a bare "chest pain, can't breathe" at message start
    return found


def find_crisis(context: MessageContext) -> tuple[str | None, list[CrisisSpan]]:
    """The crisis type (self-harm wins over medical emergency) and the spans that triggered it."""
    self_harm = _find(context, _SELF_HARM, SELF_HARM)
    emergency = _find(context, _MEDICAL_EMERGENCY, MEDICAL_EMERGENCY)
    if self_harm:
        return SELF_HARM, self_harm + emergency
    if emergency:
        return MEDICAL_EMERGENCY, emergency
    return None, []
