"""Crisis detection: a medical emergency happening now, or suicidal / self-harm intent (self or someone close).

Self-harm: intent, wishes, plans, means, method questions, farewells and acts ("on purpose"), about the sender or
someone close; negation ("I'm not suicidal") and figurative speech are not crises, and self-harm wins over a
medical emergency (an intentional overdose is self-harm).

Medical emergency: red flags in two grades. A critical one ("not breathing", "won't stop bleeding", "chest
pain") is an emergency on its own; a serious one ("my arm is numb", "hit his head", a heart rate of 190) needs a
second red flag, an acute marker ("right now", "started 20 min ago", "help") or a further symptom. Red flags that
are past or chronic ("last year", "on and off for weeks", "not right now"), hypothetical, general questions, or
about people who are not close (unless a stranger is collapsing here and now) do not count.

Phrases in the other languages patients mix with English are in bot.safety.crisis_languages.
"""

from __future__ import annotations

import re

from bot.safety import crisis_languages
from bot.safety.context import (
    CLOSE,
    NONE,
    OTHER,
    RELATIVE,
    SELF,
    WINDOW,
    GatedPattern,
    MessageContext,
    only_modifiers,
)
from bot.safety.health import LEXICON, term_key
from bot.safety.kinds import Crisis, FindingKind

MEDICAL_EMERGENCY = Crisis.MEDICAL_EMERGENCY
SELF_HARM = Crisis.SELF_HARM
# Kinds of dismissed crisis words (context.dismissed): DISMISSED where the rules judged the context (in the past,
# someone else, a hypothetical), NEGATED where the words themselves deny it ("she denies chest pain"), which no
# bag-of-words model can see and so always outweighs one (bot.safety.decide).
DISMISSED = "crisis"
NEGATED = "negated_crisis"
CrisisSpan = tuple[Crisis, int, int]  # (crisis type, start, end) in normalised text

_REFLEXIVE = r"(?:myself|my\s+self|himself|herself|themselves|themself|ourselves)"
_SUBJECT = r"(?:i|he|she|they|we)"
_PILLS = r"(?:pills|tablets|meds|medications?|medicines?|capsules|tabs|gummies|doses)"

# General self-harm constructions, beyond fixed phrases: wishing not to exist, death as relief, finality
# ("won't be here tomorrow"), means turned on oneself, method questions ("enough to kill", "how long to bleed
# out"), injuring a body part until it breaks or bleeds, and euphemisms ("be with dad in heaven").
_SELF_HARM_GENERAL = (
    r"\b(?:want|wanna|wants|wanted|wish|wishing|need)\s+(?:to\s+|i\s+could\s+|(?:he|she)\s+could\s+)?(?:just\s+)?"
    r"(?:vanish|disappear|stop\s+existing|cease\s+to\s+exist|not\s+exist|never\s+exist|not\s+be\s+here"
    r"|not\s+be\s+alive|fall\s+asleep\s+forever|be\s+gone\s+(?:forever|for\s+good))\b"
    r"|\bnever\s+(?:exist|wake\s+up)\s+again\b|\basleep\s+forever\b"
    r"|\b(?:being\s+dead|dying|death|not\s+existing|not\s+being\s+here)\s+(?:would|will|might)\s+(?:\w+\s+)?(?:be\s+)?"
    r"(?:be\s+)?(?:easier|better|a\s+relief|more\s+peaceful|nicer)\b"
    r"|\b(?:easier|better|simpler)\s+(?:to\s+be|being)\s+dead\b"
    r"|\bthe\s+only\s+(?:thing|reason|one|person)\s+(?:that\s+)?(?:keeping|keeps|kept|stopping|stops|stopped|holding)\s+me"
    r"\s+(?:back\s+)?from\s+(?:jumping|doing\s+it|ending\s+(?:it|things|my\s+life)|killing\s+myself|going\s+through\s+with"
    r"\s+it)\b|\b(?:knife|blade|razor)\s+(?:held\s+)?(?:to|against)\s+(?:his|her|my|their)\s+(?:own\s+)?wrists?\b"
    r"|\bwant(?:s|ed)?\s+(?:it|this|everything|it\s+all|the\s+pain|all\s+of\s+(?:it|this))\s+to\s+(?:be\s+over|end"
    r"|stop)\b(?!\s+(?:so|soon|quickly|already))"
    r"|\b(?:notice|care|miss\s+me|matter|mind)\s+if\s+(?:i|he|she)\s+(?:was|were|wasn't|weren't|died|disappeared"
    r"|was\s+gone|were\s+gone)\b"
    r"|\b(?:won't|wont|will\s+not|not\s+going\s+to|not\s+gonna|wouldn't)\s+be\s+(?:here|around|alive)\s+(?:tomorrow"
    r"|much\s+longer|for\s+(?:much\s+)?long|by\s+(?:morning|tomorrow|tonight)|anymore|any\s+more|next\s+week)\b"
    r"|\b(?:won't|wont|will\s+not|not\s+going\s+to|no\s+longer)\s+be\s+a\s+burden\b"
    r"|\bthis\s+is\s+my\s+(?:last|final)\s+(?:message|text|post|goodbye|night)\b"
    r"(?!\s+(?:about|regarding|re|concerning|on\s+(?:this|the|that))\b)"  # "my final message about the parking fine"
    # the last they will hear of the writer or of someone close ("the last time she'll hear from him"), not the last
    # word on a complaint ("...hear from me about this")
    r"|\blast\s+time\s+(?:you|anyone|anybody|she|he|they|we|u|y'all)(?:'ll"
    r"|\s+will)\s+(?:ever\s+)?(?:hear\s+from\s+(?:me"
    r"|him|her|them)|see\s+me)\b(?!\s+(?:about|on|regarding|re|until|till|before|for\s+a\s+while)\b)"
    r"|\btonight\s+is\s+the\s+night\b|\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)?\s+end\s+(?:things|it)\b"
    r"(?!\s+with)"
    r"|\b(?:use|turn|point)\s+(?:it|them|the\s+\w+|a\s+\w+|my\s+\w+|his\s+\w+|her\s+\w+)\s+on\s+(?:myself|himself"
    r"|herself)\b"
    r"|\b(?:enough|would\s+it\s+take|does\s+it\s+take|have\s+to\s+be|has\s+to\s+be|need\s+to\s+take)\s+to\s+(?:kill"
    r"|end)\s+(?:a\s+person|someone|you|me|myself|yourself|it|my\s+life|a\s+human)\b"
    r"|\bhow\s+(?:long|fast|quickly)\s+(?:does|would|will)\s+it\s+take\s+to\s+(?:bleed\s+out|die|suffocate|drown"
    r"|pass\s+out\s+and\s+die|(?:lose\s+consciousness|pass\s+out|black\s+out)\s+(?:if|when)\s+(?:you|i|someone"
    r"|a\s+person)\s+(?:hang|strangle|suffocate|drown))\b|\bbleed\s+out\s+from\s+(?:your|my|the)\s+(?:wrist|neck|arm)"
    r"|\bwhat\s+(?:dose|amount|quantity)\s+(?:of\s+)?(?:[\w'-]+\s+){0,3}?(?:would|will|is|could)\s+(?:actually\s+"
    r"|definitely\s+)?(?:be\s+)?(?:fatal|lethal|deadly|kill)\b"
    # passive wishes: hoping not to wake, relief at an accident
    r"|\bhop(?:e|es|ed|ing)\s+(?:that\s+)?(?:i|he|she)\s+(?:don't|dont|won't|wont|doesn't|never|wouldn't)\s+wake\s+up\b"
    r"|\bif\s+i\s+(?:got|get|was|were)\s+hit\s+by\s+a\s+(?:bus|car|train|truck|lorry)\b[^.!?\n]{0,30}?\b(?:relieved"
    r"|relief|wouldn't\s+mind|glad|happy|wouldn't\s+care)\b"
    r"|\btalk(?:s|ed|ing)?\s+about\s+not\s+(?:being\s+(?:here|around|alive)|waking\s+up|existing)\b"
    # on a ledge; a wound opened by hand
    r"|\b(?:i'm|im|i\s+am|he's|she's)\s+(?:sitting\s+|standing\s+|stood\s+|sat\s+)?on\s+the\s+ledge\b"
    r"|\b(?:scratched|scratching|cut|cutting|slashed|ripped)\s+(?:my|his|her)\s+(?:wrists?|arms?|legs?"
    r"|thighs?)\s+open\b"
    r"|\b(?:punch|punched|punching|hit|hitting|bang|banged|banging|cut|cutting|burn|burned|burning|scratch"
    r"|scratched|scratching|bite|biting)\s+(?:\w+\s+){0,5}?until\s+(?:my|his|her|it|they)\s+(?:\w+\s+)?"
    r"(?:break|breaks|bleed|bleeds|bled|broke|cracks?|blisters?)\b"
    r"|\b(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|slice|slicing|carve|carving)\s+(?:my|his|her)\s+"
    r"(?:wrists?|thighs?|forearms?|arms|legs|stomach|belly|hips?)\b(?=[^.!?\n]{0,40}\b(?:lighter|razor|blade|when"
    r"|again|every|until|because|to\s+feel|so\s+(?:i|he|she)|on\s+purpose))"
    r"|\b(?:go\s+)?be\s+with\s+(?:\w+\s+){0,2}?in\s+heaven\b|\b(?:god|jesus|the\s+lord)\s+(?:would\s+|will\s+|to\s+)?"
    r"(?:just\s+)?takes?\s+me\b"
    r"|\b(?:sitting|sat|sit)\s+in\s+(?:the|my)\s+garage\s+with\s+the\s+(?:car|engine)\s+running\b"
    r"|\b(?:hoard|hoarded|hoarding|stockpile|stockpiled|stockpiling|stash|stashed|stashing)\s+(?:my|his|her)\s+[\w'-]+"
    r"|\b(?:drift\s+off|go\s+to\s+sleep|fall\s+asleep|pass\s+out)\s+(?:and|&)\s+(?:not|never)\s+wake\s+up\b"
    # method questions by height, depth or ease: "how high does a bridge have to be for it to work"
    r"|\bhow\s+(?:high|tall|deep|far|long)\s+(?:[\w'-]+\s+){0,7}?(?:to|for\s+it\s+to|so\s+(?:i|you|that))\s+(?:not\s+survive"
    r"|die|be\s+(?:fatal|lethal|deadly)|kill|(?:definitely\s+|actually\s+)?work|not\s+wake)\b"
    # wanting to be dead, said of oneself or someone close ("he wants to be dead")
    r"|\b(?:want|wants|wanted|wanna|wish|wishes|wished)\s+to\s+be\s+dead\b|\bi\s+(?:die|died)\s+by\s+suicide\b"
    # method questions by sufficiency: "would half the bottle be enough to not wake up", "would a fall from the roof
    # be enough", "if you jump from 5 floors do you die", "how much X would someone have to drink"
    r"|\benough\s+to\s+(?:['\"]?(?:not|never)\s+wake\s+(?:up|again)|stop\s+(?:me|him|her|you"
    r"|someone)\s+(?:from\s+)?waking(?:\s+up)?)\b"
    r"|\b(?:jump|jumping|jumped|fall|falling|drop|leap|leaping)\s+(?:off|from)\s+(?:[\w'-]+\s+){0,6}?(?:be\s+enough"
    r"|(?:definitely\s+|surely\s+)?(?:kill|be\s+fatal)|(?:you|i|someone|a\s+person|one)\s+(?:would\s+|will\s+|do\s+|does\s+)?"
    r"(?:definitely\s+|actually\s+|surely\s+)?(?:die|survive))\b"
    r"|\bhow\s+(?:many|much)\b[^.!\n]{0,60}?\b(?:would\s+do\s+it|(?:would|will)\s+(?:it\s+)?be\s+enough"
    r"|(?:would|does|do)\s+(?:someone|somebody|a\s+person|you|i|one)\s+(?:have|need)\s+to\s+(?:drink|take|swallow|eat"
    r"|inject)\s*(?:[?.!]|$))"
    r"|\b(?:a|any|some)\s+(?:easy\s+|quick\s+|painless\s+|good\s+)?way\s+(?:to|2)\s+(?:overdose|od|kill\s+(?:myself|yourself)"
    r"|end\s+it)\b(?=\s*(?:that|which|without|where|\?|$))"
    r"|\b(?:swim|swimming|swam|walk|walking|wade|wading)\s+out\s+(?:\w+\s+)?(?:until|till|til|as\s+far\s+as)\s+(?:i|he|she)"
    r"\s+(?:can't|cant|cannot|can|drown|sink|go\s+under)\b"
    # where the sender is, in the first person: "I've been standing at the train tracks for 20 minutes"
    r"|\b(?:i'm|im|i\s+am|i've\s+been|ive\s+been)\s+(?:standing|sitting|stood|sat|waiting)\s+(?:on|at|by|near|on\s+top\s+of"
    r"|at\s+the\s+edge\s+of)\s+(?:the|a|this)\s+(?:[\w-]+\s+){0,2}?(?:bridge|roof|rooftop|ledge|edge|tracks|railway"
    r"|overpass|cliff)\b"
    r"|\b(?:easiest|quickest|fastest|surest|simplest|least\s+painful|painless|best)\s+way\s+(?:to|2)\s+(?:die|end\s+(?:it"
    r"|things|my\s+life|it\s+all)|kill\s+(?:myself|yourself)|not\s+wake\s+up|go(?!\s+(?:to|home|there|in|back|about"
    r"|for|from|through|with|up|down)\b))\b"
    # voices commanding an act, or the writer saying they should do one at a place: "the voices say I should drive
    # into the river"
    r"|\bvoices?\s+(?:\w+\s+){0,3}?(?:say|says|said|saying|tell|tells|told|telling|keeps?\s+telling|keeps?\s+saying)\s+"
    r"(?:me\s+)?(?:that\s+)?"
    r"(?:i\s+should|i\s+need\s+to|i\s+have\s+to|i\s+must|to)\s+(?:just\s+)?(?:kill|hurt|harm|cut|hang|drown|jump|die"
    r"|end|drive\s+into|drive\s+off|step\s+in\s+front|overdose|walk\s+into)\b"
    r"|\bi\s+should\s+(?:just\s+)?(?:drive|crash|steer)\s+(?:my\s+car\s+|the\s+car\s+|it\s+)?(?:into|off)\s+(?:the\s+"
    r"|a\s+)?(?:river|lake|sea|canal|quarry|cliff|wall|tree|bridge|oncoming|lorry|truck)"
    # whether a drug shows on a post mortem: asking how a death would be read (not after a death: _BEREAVED)
    r"|\b(?:show\s+up|be\s+(?:detected|found|picked\s+up|seen|traced|detectable|traceable)|detectable|traceable"
    r"|leave\s+(?:a\s+|any\s+)?traces?)\s+(?:on|in|at|after|during)\s+(?:a\s+|an\s+|the\s+)?(?:post[\s-]?mortem|autopsy"
    r"|autopsies)\b"
    r"|\b(?:overdose|od)\s+(?:\w+\s+){0,2}?(?:show\s+up|be\s+(?:detected|found|traced|detectable|traceable)|detectable"
    r"|traceable)\s+(?:afterwards|after\s+(?:i'm|im|i\s+am|he's|she's|someone\s+is)\s+(?:dead|gone)|after\s+death)\b"
)
# "no longer wants to live with me", "don't want to go on that diet": where to live, what to go on
_NOT_A_PLACE = (
    r"(?!\s+(?:with|in|at(?!\s+all)|here|there|together|near|nearby|by|alone|abroad|close|next\s+to|on\s+campus"
    r"|downtown)\b)"
)
_NOT_A_THING = (
    r"(?!\s+(?:it|the|a|an|that|this|holiday|vacation|trips?|dates?|meds|medications?|diets?|strike|tour|stage"
    r"|record)\b)"
)
_SELF_HARM = GatedPattern(
    [
    # acts on oneself: "kill myself", "he'd shoot himself", "off myself"
    rf"\b(?:kill|killing|kil|hang|hanging|shoot|shooting|poison|poisoning|drown|drowning|suffocate|suffocating|stab"
    rf"|stabbing|(?<!\d\s)(?<!\bit\s)(?<!them\s)(?<!that\s)(?<!this\s)off|offing|unalive|unaliving|end|ending|overdose"
    rf"|od)\s+{_REFLEXIVE}"
    r"|\bunalive\b|\bkms\b"
    # wanting to die or not to live
    r"|\b(?:want|wanna|wanted|wants|plan|plans|planning|ready|deserve|deserves|trying|tried|try|going\s+to\s+try)"
    r"\s+(?:to\s+)?die\b"
    r"|\bwish\s+(?:i|he|she)\s+(?:was|were|wasn't|weren't|could|would|had|didn't|did\s+not)\s+(?:just\s+)?(?:be\s+)?"
    r"(?:dead|gone|die|disappear|sleep\s+forever|not\s+(?:alive|here|born|wake\s+up)|never\s+been\s+born|wake\s+up"
    r"|exist|alive|born)"
    r"|\bwish\s+(?:i|he|she)\s+(?:had\s+)?never\s+(?:been\s+born|woke\s+up|existed)"
    r"|\b(?:don't|dont|do\s+not|doesn't|doesnt|no\s+longer|never)\s+(?:really\s+)?(?:want|wanna|wants)\s+(?:to\s+)?"
    rf"(?:be\s+alive|live{_NOT_A_PLACE}|living{_NOT_A_PLACE}|exist|be\s+here|wake\s+up|go\s+on{_NOT_A_THING}"
    r"|keep\s+going|keep\s+living|be\s+around|see\s+tomorrow"
    r"|be\s+(?:saved|rescued|found|helped|resuscitated|stopped))\b"
    r"|\b(?:tired|sick|exhausted|done)\s+(?:of|with)\s+(?:living|life|being\s+alive|existing|it\s+all|fighting"
    r"|being\s+here|this\s+life)\b"
    r"|\b(?:no|any|not\s+(?:a|any)|(?:don't|dont|do\s+not|can't|cant|cannot)\s+see\s+(?:the|any|a))\s+(?:point|reason)"
    r"\s+(?:in\s+|to\s+|of\s+)?(?:living|going\s+on|carrying\s+on"
    r"|keep\s+going|keep\s+living|live|go\s+on|being\s+alive|life|being\s+here|existing|anymore)\b"
    r"|\bwhat(?:'s|s|\s+is)\s+the\s+point\s+(?:of|in)\s+(?:living|going\s+on|life|anything|being\s+alive)"
    r"|\bnothing\s+(?:left\s+)?to\s+live\s+for\b|\blife\s+(?:isn't|isnt|is\s+not|ain't|aint|is\s+no\s+longer)\s+"
    r"worth\s+(?:living|it)|\bnot\s+worth\s+living\b"
    r"|\b(?:better|be\s+better)\s+off\s+(?:dead|without\s+(?:me|him|her)|if\s+(?:i|he|she)\s+(?:was|were|wasn't"
    r"|weren't|died|disappeared)\b)"
    r"|\b(?:better|happier|easier)\s+(?:off\s+)?(?:if|when)\s+(?:i|he|she)\s+(?:was|were|wasn't|weren't|am|is)\s+"
    r"(?:dead|gone|not\s+(?:here|around|alive))\b|\b(?:better|happier|easier)\s+(?:off\s+)?(?:if|when)\s+(?:i|he|she)"
    r"\s+(?:died|disappeared)\b"
    r"|\b(?:nobody|no\s+one|noone)\s+(?:would|will|is\s+going\s+to)\s+(?:even\s+)?(?:miss|care\s+if)\s+(?:me|i)\b"
    r"|\b(?:i'm|im|i\s+am|feel\s+like)\s+(?:just\s+)?(?:a|such\s+a)\s+burden\b"
    r"|\b(?:can't|cant|cannot)\s+(?:go\s+on|keep\s+living|keep\s+going)\s+(?:anymore|like\s+this|any\s+longer)\b"
    # ending it
    r"|\bend(?:ing)?\s+(?:it\s+all|(?:my|his|her|their)\s+(?:own\s+)?li(?:fe|ves)|things\s+(?:for\s+good|tonight"
    r"|today|now)|it\s+(?:tonight|today|now|for\s+good|soon|forever|once\s+and\s+for\s+all))\b"
    r"|\b(?:take|taking|took)\s+(?:my|his|her|their)\s+(?:own\s+)?li(?:fe|ves)\b"
    r"|\b(?:going|gonna|want|wanna|ready|plan|planning|about)\s+to\s+end\s+it\b"
    r"|\b(?:considering|contemplating|thinking\s+(?:about|of))\s+(?:just\s+)?ending\s+(?:it|things"
    r"|my\s+life)\b(?!\s+with)"
    r"|\bwant\s+(?:it|everything|it\s+all|all\s+of\s+(?:it|this)|the\s+pain)\s+to\s+(?:stop|end|be\s+over)\s+(?:for\s+good"
    r"|forever|permanently)|\bwant\s+(?:it\s+all|everything|my\s+life)\s+to\s+(?:end|be\s+over)\b"
    r"|\b(?:go\s+to\s+sleep|fall\s+asleep|sleep)\s+(?:and\s+)?(?:never|not)\s+wake\s+up|\bsleep\s+forever\b"
    rf"|\bso\s+(?:that\s+)?{_SUBJECT}\s+(?:just\s+)?(?:don't|dont|won't|wont|never|wouldn't|wouldnt|do\s+not)"
    r"\s+wake\s+up|\bdisappear\s+forever\b"
    # suicide words, typos included
    r"|\bsu[ie]?[cs]s?[ie]?[dt](?:al|le|el)\b|\bsuicidal(?:ly|ity)?\b"
    r"|\b(?:commit|committing|committed|attempt|attempted|attempting|consider|considering|contemplating|thinking"
    r"\s+(?:about|of)|thought\s+(?:about|of)|thoughts\s+of|plan|planning|threaten(?:s|ed|ing)?|talk(?:s|ed|ing)?"
    r"\s+about)\s+(?:\w+\s+)?su[ie]?[cs]?[ie]?d[ea]?\b"
    r"|\bsu[ie]?[cs]?[ie]?de?\s+(?:attempt|attempts|note|notes|letter|letters|plan|pact|watch)\b"
    r"|\b(?:thoughts|thinking|thought|think|thinks)\s+(?:of|about)\s+(?:dying|death|killing\s+(?:my|him|her)self"
    r"|ending\s+(?:it|things|it\s+all|(?:my|his|her)\s+life)|self[\s-]?harm|not\s+(?:being\s+here|waking\s+up"
    r"|existing)|taking\s+(?:my|his|her)\s+(?:own\s+)?life|hurting\s+(?:my|him|her)self|disappearing\s+forever)"
    r"|\bthreaten(?:s|ed|ing)?\s+to\s+(?:kill|hurt|harm|shoot|hang)\s+(?:him|her|them)sel(?:f|ves)\b"
    r"|\bself[\s-]?harm(?:s|ed|ing|er|ers)?\b|\bself[\s-]?injur(?:y|ies|ing|ed|e)\b"
    # acts of self-harm: checked for accident context below
    rf"|\b(?:cut|cutting|cuts|burn|burning|burned|burnt|burns|hurt|hurting|hurts|harm|harming|harmed|starve"
    rf"|starving|starved|hit|hitting|punch|punching|scratch|scratching|choke|choking|strangle|strangling)\s+"
    rf"{_REFLEXIVE}(?!\s+(?:off|out)\b)"  # "cuts himself off from us", "burning myself out at work"
    r"|\b(?:cut|cutting|slit|slitting|slash|slashing)\s+(?:my|his|her)\s+wrists?\b"
    r"|\b(?:cutting|burning|scratching|cuts|burns)\s+(?:my|his|her|their)\s+(?:arms?|legs?|thighs?|skin|stomach)\b"
    # method questions: "how many tylenol would it take", "lethal dose"
    r"|\bhow\s+(?:many|much)\s+(?:[\w'-]+\s+){0,3}?(?:would\s+it\s+take|does\s+it\s+take|would\s+kill|will\s+kill"
    r"|to\s+(?:die|kill|overdose|od|end|not\s+wake)|is\s+(?:a\s+)?(?:lethal|fatal|deadly)|before\s+(?:i|you|it|he|she)"
    r"\s+(?:die|dies|stop)|(?:would|will)\s+stop\s+(?:a|my|the|your|his|her)\s+heart)"
    r"|\b(?:lethal|fatal|deadly)\s+(?:dose|amount|overdose)|\bpainless(?:ly)?\s+ways?\s+to\s+(?:die|go)"
    r"|\bhow\s+to\s+(?:kill\s+myself|die|end\s+it|end\s+my\s+life|overdose|hang\s+myself)"
    rf"|\bwhat\s+{_PILLS}\s+(?:would|could|will|can)\s+(?:kill|end)"
    # plans and means
    r"|\b(?:going|gonna|want|wanna|plan|planning|about|ready|thinking\s+about|think\s+about|tempted|trying|tried"
    r"|try|decided|will|i'll|thinking\s+(?:about|of)|fantasi[sz]ing\s+about)\s+(?:to\s+)?(?:jump(?:ing)?\s+(?:off|from"
    r"|in\s+front)|overdos(?:e|ing)|od|hang(?:ing)?(?!\s+(?:out|around|up|on|in|with|about|together|tight|loose|back"
    r"|over|the|a|some|my|our|pictures?|curtains?|laundry|clothes|washing|decorations|lights)\b)|slit(?:ting)?"
    r"|driv(?:e|ing)\s+(?:my\s+car\s+)?(?:into|off)"
    r"|crash(?:ing)?\s+(?:my\s+car|into)|step(?:ping)?\s+in\s+front|walk(?:ing)?\s+into\s+traffic|drown(?:ing)?)\b"
    r"|\b(?:i'm|im|i\s+am|he's|she's)\s+(?:about\s+to\s+)?jumping\s+(?:off|from|in\s+front)\b"
    r"|\b(?:going|gonna|about|want|wanna|ready)\s+to\s+jump\b(?=\s*(?:[.!]|$|off|from|tonight|now))"
    r"|\b(?:i'm|im|i\s+am)\s+not\s+safe\s+(?:right\s+now|tonight|anymore|today|with\s+myself|around\s+myself|alone)"
    r"|\b(?:don't|dont|do\s+not)\s+feel\s+safe\s+(?:with|around)\s+myself"
    rf"|\b(?:going|gonna|want|wanna|plan|planning|about|ready|tempted|will|i'll|thinking\s+(?:of|about)|considering)"
    rf"\s+(?:to\s+|on\s+)?(?:take|swallow|inject|taking|swallowing|injecting)\s+"
    rf"(?:all|every\s+one|a\s+whole\s+bottle|the\s+whole\s+bottle|them\s+all|all\s+of\s+them)(?:\s+(?:of\s+)?"
    rf"(?:my|his|her|the|these|those|them))?(?:\s+[\w'-]+)?(?:\s+{_PILLS})?(?:\s+at\s+once)?"
    r"(?!\s+(?:to|back|with|in|into|for)\b)"
    rf"|\bso\s+(?:that\s+)?{_SUBJECT}\s+(?:can|could|will|would)\s+(?:overdose|od|die|end\s+it|kill\s+{_REFLEXIVE})"
    r"|\bstockpil(?:e|es|ed|ing)\s+(?:up\s+)?(?:on\s+)?(?:my|his|her|their|some)\s+[\w'-]+"
    rf"|\b(?:hoard|hoarded|hoarding|saving\s+up|saved\s+up|been\s+saving|collecting|saved\s+enough(?:\s+of)?"
    rf"|saving\s+enough(?:\s+of)?)\s+(?:all\s+)?(?:(?:my|his|her)\s+)?"
    rf"(?:[\w'-]+\s+)?{_PILLS}"
    # self-harm without a reflexive: "started cutting again", "the urge to cut"
    r"|\b(?:started|been|keep|keeps|kept|stopped|quit|relapsed\s+(?:on|into|and\s+started)|urges?\s+to)\s+"
    r"(?:cutting|burning|cut|burn|self[\s-]?harm\w*)\b(?!\s+(?:the|a|an|my|his|her|some|up|down|back|out|off|costs?"
    r"|hair|grass|it|them|him|class|school|carbs|sugar|calories|corners|ties|wood|paper|coupons))"
    r"|\bcutting\s+again\b|\b(?:i|he|she)\s+(?:cut|burned|burnt)\s+again\b"
    # intentional acts: "took all my pills on purpose", "burned herself on purpose"
    r"|\b(?:took|take|taken|taking|swallowed|overdosed|od(?:'d|'ed|ed)|cut|cuts|cutting|burned|burnt|burning|hurt"
    r"|hurting"
    r"|harmed|injected|drank|hit|jumped|pulled|ripped|picked|scratched|punched)\b[^.!?\n]{0,60}?\b(?:on\s+purpose"
    r"|deliberately|intentionally|to\s+(?:die"
    rf"|kill\s+{_REFLEXIVE}|end\s+(?:it|(?:my|his|her)\s+life)))"
    r"|\b(?:overdose|od)\s+on\s+purpose|\bintentional(?:ly)?\s+overdos\w*|\bpurposely\s+overdos\w*"
    # farewells
    r"|\bgoodbye\s+(?:note|notes|letter|letters|messages?)\b"
    r"|\b(?:wrote|writing|written|left|write)\s+(?:goodbye\s+)?letters\s+(?:to|for)\s+(?:my(?!\s+(?:mp|councillor"
    r"|representative|senator|congress\w*|landlord|boss|lawyer|solicitor|employer|insurer|bank)\b)|everyone|all)\b"
    r"|\bsaying\s+goodbye\s+to\s+(?:everyone|my\s+(?:family|kids|children|friends)|you\s+all)"
    r"|\bgiving\s+away\s+(?:all\s+)?(?:my|his|her)\s+(?:stuff|things|belongings|possessions|pets)",
    _SELF_HARM_GENERAL,
    # branches that start with everyday words but need a rarer one: run only when the message has it
    (
        r"(?=\w)\b(?:how\s+long|how\s+much|does|do|will|would)\s+(?:\w+\s+){0,3}?carbon\s+monoxide\s+(?:[\w'-]+\s+){0,5}?"
        r"(?:take|work|kill)\b",
        frozenset({"carbon"}),
    ),
    ]
)
# Weaker signals of suicidal intent: two of them (or one with a self-harm word) make a crisis ("I bought a rope
# today. I'm done").
_SELF_HARM_WEAK = GatedPattern(
    [
    r"\b(?:i'm|im|i\s+am)\s+(?:so\s+|just\s+)?done\b(?!\s+(?:with\s+(?:the|my|this|your)\s+(?:form|paperwork"
    r"|appointment|visit|test|scan|meds|treatment|antibiotics)|now|here|for\s+today))"
    r"|\b(?:can't|cant|cannot)\s+(?:do\s+this|take\s+(?:it|this))\s+(?:anymore|any\s+more|any\s+longer)"
    r"|\bgiv(?:e|ing)\s+up\s+on\s+(?:life|everything|myself)|\bno\s+way\s+out\b|\bhopeless\b|\bworthless\b"
    r"|\b(?:bought|got|have|has|found|getting|buy)\s+(?:a\s+|the\s+|some\s+)?(?:rope|noose|gun|pistol|rifle"
    r"|razor\s+blades?|blades)\b|\bnoose\b|\bhate\s+my\s+life\b|\bwant\s+to\s+disappear\b"
    r"|\bnobody\s+cares\b|\bsaid\s+(?:my\s+)?goodbyes?\b|\bfinal\s+goodbye|\bgoodbye\s+(?:everyone|world)"
    r"|\b(?:has|have|got)\s+(?:a|his|her)\s+(?:knife|gun)\b"
    r"|\b(?:on|at)\s+(?:the|a)\s+(?:top\s+of\s+(?:the|a)\s+)?(?:[\w-]+\s+){0,2}?(?:bridge|roof|rooftop|ledge|overpass)\b"
    r"|\b(?:texted|messaged|called|sent|texting|messaging|sending|texts|sends)\s+(?:me\s+|us\s+|everyone\s+)?(?:a\s+)?goodbye"
    r"|\bsorry\s+for\s+everything\b"
    r"|\bbecause\s+(?:i'm|im|i\s+am)\s+done\b"
    # hopelessness, farewells and means that are not enough alone
    r"|\bwhat(?:'s|s|\s+is)\s+the\s+point\b|\b(?:no\s+one|noone|nobody)\s+(?:even\s+)?cares\b|\bhate\s+myself\b"
    r"|\b(?:tired|sick|exhausted)\s+of\s+everything\b|\bmade\s+(?:my|his|her)\s+peace\b"
    r"|\b(?:given|giving|gave)\s+(?:my|his|her)\s+\w+\s+away\b|\bsaid\s+(?:bye|goodbye)\b"
    r"|\bsay\s+(?:bye|goodbye)\s+to\s+(?:all\s+of\s+us|everyone|us\s+all|all)\b"
    r"|\b(?:pile|handful|bunch|stash|bag|ziploc)\s+of\s+(?:\w+\s+)?(?:pills|tablets|meds)\b"
    r"|\b(?:wrote|written|writing|left|finished)\s+(?:my|a|the|his|her)\s+(?:goodbye\s+|suicide\s+)?note\b"
    r"|\btell\s+(?:my\s+\w+|them|everyone)\s+(?:that\s+)?i\s+lov(?:e|ed)\s+(?:them|him|her|you)\b"
    r"|\bi\s+know\s+what\s+(?:i'm|im|i\s+am)\s+(?:doing|going\s+to\s+do)\b"
    r"|\b(?:the|my)\s+(?:pills|rope|gun|blade|razor|knife)\s+(?:is|are)\s+(?:ready|in\s+my|right\s+here|next\s+to)"
    r"|\bplanning\s+how\s+(?:i'd|i\s+would|i\s+will|i'll|to)\s+do\s+it\b|\bfinish\s+it\s+(?:tonight|today|now)\b"
    r"|\b\d{2,}\s+of\s+(?:my|his|her)\s+[\w'-]+\s+(?:saved|stashed|hidden)\b"
    r"|\b(?:taking|take|swallow|swallowing)\s+them\s+(?:all\s+)?(?:tonight|today|now)\b"
    r"|\b(?:has|have|got)\s+(?:his|her|my|a)\s+(?:hunting\s+)?(?:rifle|shotgun|pistol|gun)\b"
    # where the person is and what they wait for, means in hand, a countdown, affairs put in order
    r"|\b(?:at|on|near|by|to)\s+the\s+(?:train\s+|railway\s+|rail\s+)?(?:tracks|railway\s+line|rail\s+line)\b"
    r"|\bwaiting\s+for\s+the\s+(?:next\s+)?(?:train|one)\b|\b(?:won't|wont|will\s+not|refuses\s+to)\s+come\s+down\b"
    r"|\b(?:blade|razor|knife|gun|rifle|shotgun|pistol|pills|rope)\s+(?:is\s+|are\s+)?in\s+my\s+hands?\b"
    r"|\b(?:holding|took\s+out|taking\s+out|take\s+out|got\s+out|getting\s+out|looking\s+at)\s+(?:the|my|his|her|\w+'s)"
    r"\s+(?:\w+\s+)?(?:gun|rifle|shotgun|pistol|blade|razor)\b|\b(?:affairs|things)\s+(?:are\s+)?in\s+order\b"
    r"|\b(?:updated|wrote|made|finished|changed|writing|making|updating|finishing)\s+my\s+will\b|\bbefore\s+i\s+go\b(?!\s+(?:to|in|into|home|back|out|for))"
    r"|\blast\s+time\s+(?:i'll|i\s+will|anyone\s+will|you'll)\s+(?:see|hear|talk)|\beverything\s+i\s+need\b"
    r"|\b(?:won't|wont|will\s+not|never)\s+(?:hurt|feel\s+(?:anything|this))\s+(?:anymore|any\s+more|again)\b"
    r"|\b(?:will|would)\s+hurt\s+(?:anymore|any\s+more)\b|\bcounting\s+down\b"
    r"|\b(?:\d+|two|three|four|five|a\s+few)\s+more\s+(?:days|nights|sleeps|weeks|hours)\s+(?:and|until|till)\b"
    # a date set, affairs wound up, last words, things given or sold away, being unreachable after a goodbye
    r"|\bset\s+(?:a|the)\s+date\b|\bwho\s+gets\s+what\b|\bnobody\s+suspects\b|\bno\s+one\s+suspects\b"
    r"|\b(?:don't|dont|do\s+not|can't|cant)\s+trust\s+myself\b|\bchecking\s+out\s+early\b"
    r"|\blast\s+(?:tweet|post|message|text|update|thing\s+i(?:'ll|\s+will)\s+(?:ever\s+)?need)\b"
    r"|\bwas\s+(?:fun|good|nice)\s+while\s+it\s+lasted\b|\bthanks?\s+(?:you\s+)?for\s+(?:trying|the\s+memories)\b"
    r"|\bsee\s+(?:you|y'all|u)\s+(?:all\s+)?on\s+the\s+other\s+side\b"
    r"|\b(?:sold|selling|sell|gave\s+away|giving\s+away|given\s+away|give\s+away)\s+(?:all\s+)?(?:of\s+)?(?:my|his|her|their)"
    r"\s+(?:\w+\s+)?(?:plants|dogs?|cats?|pets?|truck|car|guitar|stuff|things|belongings|possessions|bike|collection"
    r"|furniture|clothes)\b"
    r"|\blike\s+(?:she|he|i|they)\s+(?:wasn't|weren't|was\s+not|isn't|wouldn't\s+be|won't\s+be)\s+coming\s+back\b"
    r"|\bif\s+(?:something|anything)\s+(?:ever\s+)?(?:happens|were\s+to\s+happen)\s+to\s+(?:me|him|her)\b"
    r"|\b(?:gave|give|given|sent|left)\s+(?:me\s+)?(?:his|her|their|my)\s+(?:\w+\s+)?passwords?\b"
    r"|\b(?:won't|wont|will\s+not|not\s+going\s+to)\s+need\s+(?:them|it|these|those|my\s+\w+|the\s+\w+|any\s+\w+)\s+"
    r"(?:after|anymore|any\s+more|where)\b(?!\s+all\b)"
    r"|\bcancel(?:led|ed)?\s+(?:my|all\s+my)\s+(?:gym|subscriptions?|memberships?|phone\s+plan)|\bpaid\s+off\s+(?:the|my)\s+"
    r"(?:credit\s+card|debts?|loans?)\b|\bwant(?:ed)?\s+(?:someone|somebody)\s+to\s+know\b"
    r"|\b(?:turned|switched)\s+(?:off\s+)?(?:her|his|their|my)\s+phone\s+off\b"
    r"|\b(?:tape|towels?)\s+(?:for|around|on|under)\s+the\s+(?:door|doors|vents?|windows?|gaps?)\b"
    r"|\b(?:feel|feeling|felt)\s+(?:so\s+)?(?:calm|peaceful|at\s+peace|lighter)\s+(?:for\s+the\s+first\s+time"
    r"|now\s+that|finally|than\s+i\s+have\s+in\s+(?:years|ages|months))\b"
    r"|\b(?:hospitali[sz]ed|admitted|sectioned)\s+(?:\w+\s+)?for\s+(?:depression|a\s+suicide\s+attempt|an\s+overdose"
    r"|self[\s-]?harm)\b"
    # goodbyes said indirectly: apologies and love for everyone, the last of something, messages timed to arrive
    # later, affairs settled on someone, a countdown
    r"|\bapologi[sz](?:ing|ed|es|e)\s+(?:to\s+\w+\s+)?for\s+everything\b|\blov(?:e|es)\s+(?:you|u|ya|us)\s+(?:all|guys"
    r"|both|everyone)\b|\bif\s+(?:anyone|anybody|someone|you)\s+(?:reads|finds|is\s+reading)\s+this\b"
    r"|\byou'll\s+(?:all\s+)?know\s+why\b|\bleft\s+the\s+(?:group\s+)?(?:chat|group)\b"
    r"|\b(?:tomorrow|tonight|soon|by\s+\w+)\s+it(?:'s|\s+is|'ll\s+be|\s+will\s+be)\s+(?:all\s+)?over\b"
    r"|\b(?:it|nothing)\s+(?:won't|wont|will\s+not)\s+matter\s+(?:after|soon|anymore|any\s+more|by|when|where)\b"
    r"|\bsoon\s+it\s+(?:won't|wont|will\s+not)\s+matter\b"
    r"|\b(?:her|his|their|my)\s+phone(?:'s|\s+is)\s+(?:now\s+)?(?:off|switched\s+off|turned\s+off)\b"
    r"|\b(?:i've|ive|i\s+have|he's|she's)\s+taken\s+(?:what|everything|all)\s+(?:i|he|she)\s+(?:had|have|has)\b"
    r"|\b(?:sitting|sat|standing|stood)\s+on\s+the\s+edge\s+of\b(?!\s+(?:the|my|his|her)\s+(?:bed|seat|chair|sofa))"
    r"|\blegs\s+over\s+the\s+(?:side|edge|railing)\b"
    r"|\b(?:one|a)\s+(?:final|last)\s+(?:walk|look|drive|swim|prayer|cigarette|smoke|sunset|hug|goodbye)\b"
    r"|\btell\s+(?:him|her|them|my\s+\w+|mum|mom|dad|everyone)\s+(?:that\s+)?(?:i'm|im|i\s+am)\s+sorry\b"
    r"(?!\s+(?:for|about|i|that|to|but|if)\b)|\b(?:leaving|left|leave|leaves)\s+everything\s+to\b(?!\s+the\s+last)"
    r"|\b(?:scheduled|timed|timer|delayed)\s+(?:some\s+|an?\s+|the\s+)?(?:\w+\s+)?(?:emails?|messages?|texts?|posts?)\b"
    r"(?!\s+reminders?\b)|\bset\s+up\s+(?:an?\s+)?(?:timer|timed|scheduled|delayed)\b"
    r"|\bby\s+then\s+(?:it'll|it\s+will|it's|it\s+is)\s+(?:all\s+)?(?:be\s+)?(?:done|over|finished)\b"
    r"|\b(?:it|that|which)\s+says\s+(?:goodbye|bye|farewell)\b|\bgoodbye\s+(?:email|text|video|post|voicemail)\b"
    r"|\b(?:won't|wont|will\s+not)\s+be\s+(?:at|coming\s+to|attending"
    r"|around\s+for)\s+[^.!?\n]{0,40}?\b(?:or\s+any\s+other|ever\s+again|(?:and|or)\s+the\s+one\s+after)\b"
    r"|\b(?:gave|given|giving|give|handed)\s+(?:me|us|him|her|my\s+\w+)\s+(?:his|her|their|my)\s+(?:\w+\s+)?(?:ring"
    r"|rings"
    r"|watch|jewel(?:le)?ry|necklace|medals?|savings|bank\s+cards?|guitar|dog|cat)\b(?!\s+(?:for\s+(?:my|our|her|his"
    r"|the)\s+(?:birthday|\d+(?:st|nd|rd|th)|wedding|graduation|christmas|anniversary)|as\s+a\s+(?:gift|present)))"
    r"|\b(?:won't|wont|will\s+not)\s+(?:be\s+)?need(?:ing)?\s+(?:it|them|those|these)\s*(?=[.!?'\"]|$)"
    # freedom or absence promised after an act, a no-show explained in advance, a method asked at the water's edge
    r"|\bthen\s+(?:i'll|ill|i\s+will)\s+(?:finally\s+)?be\s+(?:free|at\s+peace|gone)\b"
    r"|\b(?:i'm|im|i\s+am)\s+not\s+here\s+any\s*more\b|\bif\s+i\s+(?:don't|dont|do\s+not|never)\s+(?:show\s+up|turn\s+up)\b"
    r"|\btonight(?:'s|s)\s+the\s+night\b"
    r"|\bis\s+(?:it|drowning|hanging|jumping|dying|an?\s+overdose)\s+(?:\w+\s+)?painless\b"
    r"|\b(?:i'm|im|i\s+am)\s+(?:at|by|on)\s+the\s+(?:lake|river|sea|cliffs?|reservoir|quarry|canal)\b"
    # asking after a means, or a means gone: "asked where the shotgun cartridges were kept", "so is the rope"
    r"|\b(?:asked|asking|asks|wanted\s+to\s+know|wants\s+to\s+know)\s+(?:\w+\s+){0,3}?where\s+(?:the|his|her|my|our)\s+"
    r"(?:\w+\s+){0,2}?(?:guns?|shotgun|rifle|pistol|revolver|cartridges|ammo|ammunition|bullets|rope|pills|tablets)\s+"
    r"(?:is|are|was|were)\b|\b(?:the|his|her|my)\s+(?:rope|gun|shotgun|rifle|pistol|pills|tablets|knife|blades?"
    r"|hosepipe)\s+(?:from\s+(?:the\s+)?[\w-]+\s+)?(?:is|are|has|have)\s+(?:also\s+)?(?:gone|missing)\b"
    r"|\bso\s+(?:is|are)\s+the\s+(?:rope|gun|shotgun|rifle|pistol|pills|tablets|knife|blades|hosepipe)\b"
    r"|\b(?:hidden|hid|hiding|stashed|has|got)\s+(?:something|a\s+thing|things|stuff)\s+sharp\b"
    r"|\bgoing\s+to\s+use\s+(?:it|them)\s+(?:tonight|today|now|later|soon)\b"
    r"|\b(?:a\s+lot\s+of|lots\s+of|loads\s+of|plenty\s+of|a\s+stash\s+of|a\s+pile\s+of)\s+(?:spare|extra|saved"
    r"|leftover)\s+(?:insulin\s+)?(?:pens|pills|tablets|meds|insulin|vials|syringes)\b"
    r"|\bhow\s+(?:many|much)\s+(?:[\w'-]+\s+){0,4}?(?:would|will|is|are)\s+(?:be\s+)?too\s+(?:many|much)\b"
    r"|\b(?:debts?|bills|money)\s+(?:is|are|has\s+become|have\s+become)\s+(?:all\s+|just\s+|getting\s+)?(?:too\s+much"
    r"|unbearable|crushing)\b"
    # a way up to a place to fall from, a test of being missed, someone gone: "up to the garage roof"
    r"|\b(?:up\s+to|onto|up\s+on)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:bridge|roof|rooftop|ledge|overpass)\b"
    r"|\b(?:see|find\s+out|know)\s+if\s+(?:anyone|anybody|someone|people)\s+(?:would\s+)?(?:actually\s+|even\s+"
    r"|really\s+)?(?:notices?|cares?|misses?\s+me|stops?\s+me)\b"
    r"|\b(?:nobody|no\s+one|noone)\s+(?:has|had)\s+(?:seen|heard\s+from)(?=\s+(?:him|her|them)\s+(?:since|for|in)\b)"
    r"|\bdriv(?:e|ing)\s+(?:my\s+car\s+|the\s+car\s+|it\s+)?(?:into|off)\s+(?:the\s+|a\s+)?(?:river|lake|sea|canal"
    r"|quarry|cliff|wall|tree)\b",
    (
        r"(?=\w)\b(?:isn't|is\s+not|not|won't|wont|hasn't|stopped)\s+(?:answering|picking\s+up|replying)\b"
        r"|\b(?:won't|wont|doesn't|didn't|will\s+not)\s+answer\s+(?:the\s+|his\s+|her\s+)?(?:door|phone)\b",
        frozenset({"answering", "picking", "replying", "answer"}),
    ),
    ]
)
# Signals as common in ordinary hospital messages as in farewells ("I've had a good innings, I'm writing a will",
# "everything's sorted"): each counts half a weak signal, so it takes two of them beside a weak one, or four.
_SELF_HARM_SOFT = GatedPattern(
    [
    r"\b(?:the\s+)?date\s+is\s+set\b|\b(?:everything's|everything\s+is|it's\s+all|it\s+is\s+all)\s+(?:sorted|arranged"
    r"|in\s+place|set\s+up)\b|\b(?:been\s+)?writ(?:ing|ten)\s+(?:goodbye\s+)?letters\b|\bdoor(?:'s|\s+is)\s+(?:open"
    r"|unlocked)\b"
    r"|\b(?:walk|drive|go|going|heading)\s+(?:out\s+)?(?:to|down\s+to)\s+the\s+(?:lake|river|sea|cliffs?|bridge"
    r"|reservoir|quarry|canal|tracks)\b"
    r"|\b(?:says|said|feels|saying)\s+(?:he's|she's|he\s+is|she\s+is|i'm)\s+['\"]?(?:finished|done)\b"
    r"(?=['\"]?\s*(?:[,.!?]|$|since|now))|\b(?:i'm|im|i\s+am)\s+(?:finally\s+|so\s+)?at\s+peace\b(?!\s+with)"
    r"|\b(?:had|have\s+had|has\s+had)\s+(?:a\s+)?good\s+(?:innings|run)\b"
    r"|\b(?:write|writing|wrote|make|making|made|update|updating|updated)\s+(?:a|his|her)\s+will\b"
    r"|\b(?:car\s+park|parking\s+garage|garage|multi[\s-]?stor(?:e)?y|building|block)\s+roof\b"
    r"|\b(?:i'm|im|i\s+am)\s+(?:up\s+here|up\s+on\s+(?:the\s+)?(?:top|roof))\b"
    r"|\b(?:hasn't|has\s+not|hadn't|haven't)\s+been\s+(?:seen|heard\s+from)\b(?!\s+(?:by|yet))"
    ]
)
# Taking a whole supply at once is an intentional overdose when the sender did it ("I took all of my citalopram",
# "swallowed every pill in the cabinet"); taken by mistake it is a medical emergency; finishing a course of medicine
# is neither ("took all my antibiotics like the doctor said").
_WHOLE_SUPPLY = re.compile(
    r"(?:\b(?:i|i've|ive)\s+(?:just\s+)?|(?:^|[.!?]\s*)(?:just\s+)?)(?:took|taken|swallowed|downed|ate)\s+"
    r"(?:all|every|the\s+(?:whole|entire)\s+(?:bottle|box|pack|packet|strip|blister))\b"
)
# ...of a medicine: a word for pills or a pack, or a drug's name, among the next few words ("I ate all my vegetables"
# and "took all the stairs" are not)
_SUPPLY_WORDS = re.compile(r"\s*(?:(?:of|my|his|her|the|these|those|them|last|one|single|remaining|\d+)\s+)*([\w'-]+)")
_PACK = re.compile(
    rf"^(?:{_PILLS}|pills?|tablets?|bottles?|packs?|packets?|boxes|box|blisters?|strips?|sleeping|insulin|units|mg"
    r"|ml|dose|shots?|injections?|drugs|edibles|patch(?:es)?|pens?|vitamins?|supplements?|gummies|chewables|drops)$"
)
# the start of a swallowed-too-much red flag, whose object must then be a medicine ("ate too many cookies" is not)
_INGESTED = re.compile(
    r"(?:took|taken|swallowed|ate|drank|had|taking)\s+(?:too\s+many|a\s+(?:whole\s+)?bottle|a\s+bunch|a\s+handful"
    r"|all\b|(?:about\s+|like\s+|over\s+)?\d{2,})"
)
_COURSE_FINISHED = re.compile(
    r"\b(?:as\s+prescribed|like\s+(?:the\s+|my\s+)?(?:doctor|dr|doc|gp|pharmacist|nurse)|as\s+(?:directed|instructed"
    r"|told)|course|refills?|finished|over\s+(?:the|a|two|three|\d+)\s+(?:week|weeks|days|months?)|do\s+i\s+need"
    r"|(?:get|have|order)\s+more|ran\s+out)\b"
)
_BY_MISTAKE = re.compile(
    r"\b(?:by\s+(?:accident|mistake)|accidentally|thought\s+(?:it|they)\s+(?:was|were)|mixed\s+up)\b"
)
_INGESTION = re.compile(
    r"\b(?:overdos\w*|took|taken|swallowed|downed)\b[^.!?\n]{0,40}\b(?:pills|tablets|meds|bottle)\b"
)
# Words whose negation cancels a self-harm reading ("I'm not suicidal", "I don't want to die", "never self-harmed").
_NEGATION_REACHES = frozenset(
    {"going", "gonna", "to", "want", "wanna", "planning", "trying", "ever", "thinking", "had", "have", "thoughts"}
    | {"about"}  # "this isn't about self harm"
    | {"talk", "talked", "talking", "mention", "mentioned", "mentions"}  # "no talk of hurting herself"
)
# "I cut myself shaving", "he hurt himself playing football": an accident, not self-harm.
_SELF_HARM_ACT = re.compile(
    rf"^(?:cut|cutting|cuts|burn|burning|burned|burnt|burns|hurt|hurting|hurts|harm|harming|harmed|hit|hitting|"
    rf"scratch|scratching|choke|choking)\s+{_REFLEXIVE}"
)
# A cut wrist is self-harm unless the cut was on something broken or by accident ("on the broken window"); a razor or
# a blade does not make it an accident, as it does for "cut myself with a razor" shaving.
_WRIST_CUT = re.compile(r"^(?:cut|cuts|slashed|slashing)\s+(?:my|his|her)\s+wrists?\b")
_WRIST_ACCIDENT = re.compile(
    r"\s*(?:(?:badly|open|deep|deeply)\s+)?(?:on\s+(?:a|the|some)\s+(?:broken\s+|smashed\s+|sharp\s+)?(?:window|glass"
    r"|mirror|bottle|fence|tin|can|nail|metal|edge|shelf|door)|while\b|by\s+accident|accidentally|when\s+(?:i|he"
    r"|she)\s+(?:fell|slipped|tripped)|(?:falling|slipping)\s+(?:on|off|through))"
)
# Cutting or burning a limb is self-harm only with a sign of intent ("has been cutting his arms").
_SELF_HARM_LIMB = re.compile(r"^(?:cutting|burning|scratching|cuts|burns)\s+(?:my|his|her|their)\s+\w+")
_ACCIDENT = re.compile(
    r"\b(?:by\s+accident|accident(?:al|ally)|while|when\s+(?:i|he|she)(?!(?:\s+(?:gets?|feels?|is|am)|'m|'s)\s+(?:so\s+)?"
    r"(?:upset|sad|angry|overwhelmed|low|down|stressed|anxious|triggered))|shaving|cooking|chopping|slicing|opening|on\s+"
    r"(?:a|the|some)\s+\w+|with\s+(?:a|the)\s+(?:knife|kettle|iron|pan|saw|razor|blade)|at\s+(?:work|the\s+gym)"
    r"|playing|lifting|falling|fell|slipped|tripped|in\s+the\s+kitchen|badly|pretty\s+bad|really\s+bad"
    r"|with\s+(?:a|the|his|her|my)\s+(?:\w+\s+)?(?:saw|machete|axe|chainsaw|glass|tool|scissors|mower|grinder|chisel)"
    r"|con\s+(?:el|la|un|una)|machete|chainsaw"
    r"|on\s+(?:my|his|her)\s+\w+)\b"
)
_INTENT = re.compile(
    r"\b(?:on\s+purpose|deliberately|intentionally|again|keep|keeps|kept|been|want|wanna|going\s+to|gonna|urge|urges"
    r"|thinking|think|thought|stop|stopped|can't\s+stop|still|started|starting)\b"
)
# "would insulin show up on a post mortem / afterwards": asked after a death it is a bereaved relative's question
_POST_MORTEM = re.compile(
    r"^(?:show\s+up|be\s+(?:detected|found|picked\s+up|seen|traced|detectable|traceable)|detectable|traceable|leave\s"
    r"|overdose\s|od\s)"
)
_BEREAVED = re.compile(
    r"\b(?:died|passed\s+away|has\s+passed|passed\s+on|death\s+of|funeral|inquest|coroner'?s\s+(?:report|office"
    r"|officer))\b"
)
# Talk about suicide as a topic or a service is not a crisis ("suicide prevention hotline").
_SELF_HARM_SERVICE = re.compile(
    r"\s*(?:prevention|hotlines?|helplines?|lines?|awareness|crisis\s+line|lifeline|training|statistics|rates?"
    r"|programs?|resources|support\s+groups?|services?|patients|people|teens|watch\s+policy|risk\s+assessment"
    r"|polic(?:y|ies)|assignments?|research|articles?|leaflets?|posters?|modules?|studies|guidelines?)\b"
)

# General acute-symptom constructions: vital functions that fail ("can't get air", "won't wake up"), body parts
# with a severe state, stroke signs in everyday words, burns, bites and children swallowing things.
_CRITICAL_GENERAL = (
    r"\b(?:can't|cant|cannot|can\s+not|unable\s+to|couldn't)\s+get\s+(?:enough\s+)?(?:air|a\s+breath|(?:his|her|my)"
    r"\s+breath)\b|\bchest\s+(?:(?:feels|is|went)\s+)?(?:so\s+)?(?:locked|crushed|squeezed|caved)\b"
    r"|\b(?:pain|pressure|tightness|squeezing|ache)\s+in\s+(?:the|my|his|her|their)\s+chest\b"
    r"|\bchest\s+(?:has\s+been|keeps|started|is)\s+(?:\w+\s+)?(?:hurting|aching|burning|squeezing)\b"
    r"|\b(?:down|into)\s+(?:my|his|her|the)\s+left\s+arm\b"
    r"|\b(?:nosebleed|nose\s+bleed|bleed|blood|vomiting|seizure|fit|shaking|jerking)\s+(?:won't|wont|will\s+not"
    r"|doesn't|isn't|hasn't|can't)\s+stop\w*\b|\bmuch\s+blood\b"
    r"|\bsoak(?:ed|ing)\s+through\s+(?:every|all|the|a|another)\s+\w+"
    r"|\b(?:nobody|noone)\s+can\s+wake\s+(?:him|her|them|it)\b"
    r"|\b(?:jerking|twitching|convulsing)\s+(?:all\s+over|uncontrollably|everywhere|and\s+(?:foaming|won't|not|can't))"
    r"|\bhead\s+is\s+(?:already\s+)?(?:out|showing|visible)\b|\bbaby\s+is\s+(?:coming|crowning)\b"
    r"|\b(?:swallowed|ate|drank|chewed|bit\s+into|got\s+into|licked|sucked\s+on)\s+(?:[\w'-]+\s+){0,5}?(?:button\s+"
    r"batter(?:y|ies)|batter(?:y|ies)|magnets?|pods?|bleach|detergent|antifreeze|lamp\s+oil|kerosene|gasoline|petrol"
    r"|lighter\s+fluid|drain\s+cleaner|oven\s+cleaner|rat\s+poison|weed\s+killer|pesticide|mushrooms?|berries"
    r"|(?:dishwasher|laundry|washing)\s+(?:tablet|tab|pod|capsule|liquid)s?"
    r"|edibles?|vape\s+(?:juice|liquid)|nicotine|cigarettes?|coins?|(?:\w+\s+)?pills|tablets)\b"
    r"|\b(?:skin\s+is\s+(?:peeling|coming|falling)\s+off|(?:white|black|charred)\s+and\s+(?:leathery|waxy|charred))\b"
    r"|\b(?:bit|bitten|struck)\s+by\s+(?:a\s+)?(?:rattlesnake|snake|copperhead|cottonmouth|black\s+widow|brown\s+recluse)"
    r"|\b(?:grey|gray|blue|pale|white)\s+and\s+(?:clammy|sweaty|cold|not\s+breathing|limp|gurgling|snoring"
    r"|unresponsive|floppy)\b|\bgurgling\s+and\s+(?:grey|gray|blue|not\s+breathing|unresponsive)\b"
    # bleeding in the gut (vomit like coffee grounds), a rescue in progress, a body found in water, fumes from an
    # engine and someone collapsed, a tight chest with breathlessness
    r"|\b(?:throw(?:ing|n)?\s+up|vomit\w*|puk\w*|sick)\s+(?:up\s+)?(?:[\w'-]+\s+){0,3}?(?:coffee[\s-]*(?:grounds?|looking"
    r"|like|colou?red)|black\s+(?:stuff|sick|vomit|gunk|liquid))"
    r"|\b(?:doing|giving|started|starting|performing|do|give)\s+(?:him\s+|her\s+|them\s+)?(?:cpr|chest\s+compressions"
    r"|rescue\s+breaths|mouth[\s-]+to[\s-]+mouth)\b(?!\s+(?:class|classes|course|training|certification|cert|refresher"
    r"|on\s+a\s+(?:dummy|manikin|mannequin)))"
    r"|\bfound\s+(?:\w+\s+){0,2}?(?:face\s*down|floating|at\s+the\s+bottom)\s+(?:in|of)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:pool|bath|tub|pond|water|lake|river)\b"
    r"|\b(?:generator|engine|heater|barbecue|bbq|grill)\s+(?:was\s+|is\s+)?running\b[^.!?\n]{0,120}?\b(?:slumped"
    r"|collapsed|passed\s+out|unconscious|unresponsive|won't\s+wake|not\s+waking)\b"
    r"|\bchest\s+(?:has\s+been\s+|is\s+|feels\s+|felt\s+|went\s+|getting\s+)?(?:so\s+|really\s+|very\s+)?tight\b"
    r"[^.!?\n]{0,80}?\b(?:(?:getting|catching|get|catch)\s+(?:my|his|her|a)\s+breath|short\s+of\s+breath|breathless)"
    # an overdose found: someone slumped with a needle
    r"|\bslumped\b[^.!?\n]{0,60}?\b(?:needle|syringe)\b|\b(?:needle|syringe)\b[^.!?\n]{0,40}?\bslumped\b"
    # a caustic chemical in the eye: "drain unblocker splashed up in my face, my eye is on fire"
    r"|\b(?:bleach|drain\s+(?:cleaner|unblocker|opener)|unblocker|oven\s+cleaner|caustic(?:\s+soda)?|lye|ammonia"
    r"|(?:battery|sulph?uric|hydrochloric|muriatic)\s+acid|cement|dishwasher\s+(?:tablet|detergent|powder))\b"
    r"(?:[^.!?\n]{0,40}?\b(?:in|into)\s+(?:my|his|her|their|the|both|one|an?)\s+(?:\w+\s+)?eyes?\b|[^.!?\n]{0,30}?"
    r"\b(?:splashed|sprayed|squirted|spat|went|got)\s+(?:up\s+|back\s+)?(?:in|into|on)\s+(?:my|his|her|their)\s+face\b)"
    # a band or weight round the chest: "tight band round my chest", "like an elephant on his chest"
    r"|\b(?:band|belt|vice|vise|strap|weight|elephant|pressure|tightness|heaviness|squeezing|crushing)\s+(?:\w+\s+)?"
    r"(?:round|around|across|on)\s+(?:my|his|her|the|their)\s+chest\b"
    # a sudden, explosive headache described rather than named: "10/10", "came on in one second", "like being hit"
    r"|\bhead(?:ache)?\s+(?:is\s+|feels\s+like\s+(?:it's|its|it\s+is)\s+(?:going\s+to\s+|gonna\s+)?)?explod\w*"
    r"|\b(?:headache|head\s+(?:\w+\s+)?(?:pounding|hammering|splitting|throbbing)|head\s+pain|pain\s+in\s+(?:my|his|her)"
    r"\s+head)\b[^.!?\n]{0,60}?(?:\b10\s*/\s*10\b|\bten\s+out\s+of\s+ten\b|\bin\s+(?:like\s+)?(?:one|a|1)\s+second\b"
    r"|\binstantly\b|\blike\s+(?:being\s+|someone\s+|i\s+was\s+|i\s+got\s+|he\s+was\s+|she\s+was\s+)?(?:hit|kicked|struck"
    r"|smacked)\s+(?:me\s+|him\s+|her\s+)?(?:with|by|in)\b)"
    r"|\bheadache\s+so\s+bad\s+(?:that\s+)?(?:i|you|he|she)\s+(?:can't|cant|cannot|couldn't)\s+(?:see|think|talk|speak|stand"
    r"|walk)\b"
    # breathing that keeps stopping (babies): "keeps pausing in her breathing", "stops breathing for 20 seconds"
    r"|\b(?:keeps|kept|keep)\s+(?:stopping|pausing|forgetting\s+to)\s+(?:breathing|breathe|to\s+breathe|his\s+breathing"
    r"|her\s+breathing)\b|\bstops?\s+breathing\s+for\s+(?:like\s+|about\s+|around\s+)?\d+\s*(?:sec|secs|seconds|s)\b"
    r"|\b(?:turning|turned|went|going|gone|looks?|is)\s+(?:\w+\s+)?dusky\b"
    # labour going wrong: a cord or a breech baby's feet out
    r"|\bcord\s+(?:is\s+)?(?:hanging|coming|sticking|poking)\s+out\b|\bbreech\b[^.!?\n]{0,40}?\b(?:out|coming|showing)\b"
    r"|\b(?:baby's|the\s+baby's)\s+(?:feet|foot|legs?|bum|arm|hand)\s+(?:is|are)\s+(?:out|coming|showing)"
    # a rash that does not fade under pressure
    r"|\b(?:rash|spots|marks|dots|blotches)\s+(?:[\w'-]+\s+){0,5}?(?:that\s+)?(?:doesn't|does\s+not|won't|didn't|isn't"
    r"|don't|dont|do\s+not|aren't)\s+(?:fade|go\s+away|disappear|blanch|going\s+away|go\s+white)"
    r"\s+(?:when|under|with)\b"
    # bleeding measured in mouthfuls or cups, or squirting
    r"|\b(?:mouthfuls?|cupfuls?|cups?|handfuls?)\s+of\s+blood\b|\bfilled\s+(?:a|the|half\s+a)\s+(?:cup|bowl|bucket|towel"
    r"|sink)\s+with\s+(?:it|blood)\b|\b(?:squirting|spurting|pumping|spraying)\s+(?:out|blood)\b"
    r"|\bbleeding\s+(?:really\s+|so\s+|very\s+)?heavy\b|\b(?:keeps|kept|is|it's|its|started)\s+(?:squirting|spurting"
    r"|pumping|spraying)\b"
    # fluid in the lungs: pink froth
    r"|\bpink\s+(?:and\s+)?froth(?:y|ing)\b[^.!?\n]{0,40}?\bcough|\b(?:cough|coughs|coughing"
    r"|coughed)\s+(?:up\s+)?(?:\w+\s+){0,3}?pink\s+(?:and\s+)?froth"
    # an open fracture
    r"|\b(?:compound|open)\s+fracture\b|\b(?:broken|fractured|snapped)\b[^.!?\n]{0,60}?\b(?:skin"
    r"|wound)\s+(?:is\s+)?(?:split|torn|broken|ripped)\s+open\b"
    # a child found with pills, no one knows how many
    r"|\b(?:pills?|tablets?|meds|medicines?|medication|capsules|bottle)\b[^.!?\n]{0,80}?\b(?:don't|dont|do\s+not"
    r"|not\s+sure|no\s+idea)\s+(?:know\s+)?how\s+many\s+(?:he|she|they|the\s+\w+)\s+(?:ate|took|swallowed|had)\b"
    # angina that nitroglycerin does not relieve
    r"|\b\d\s+(?:nitro\w*|gtn)\b[^.!?\n]{0,40}?\b(?:still|not\s+(?:going|helping|working)|isn't\s+(?:going|helping"
    r"|working)|won't\s+go)\b|\b(?:two|three)\s+(?:nitro\w*|gtn)\b[^.!?\n]{0,40}?\b(?:still|not\s+(?:going|helping"
    r"|working)|isn't\s+(?:going|helping|working)|won't\s+go)\b"
    # cold to the core and not making sense (hypothermia)
    r"|\b(?:ice|freezing|stone|very)\s+cold\s+and\s+(?:mumbling|confused|drowsy|slurring|not\s+making\s+sense)\b"
    # not coming round after fainting
    r"|\b(?:isn't|isnt|is\s+not|not|won't|wont|hasn't|hasnt)\s+(?:coming|come)\s+(?:round|around|to)\b(?!\s+(?:the|my|our"
    r"|your|his|her|here|for|with|today|tomorrow|see|visit|work|school|dinner|it))"
    # a clinician's shorthand, or help already called (a nurse, a paramedic or a pharmacist writing ahead): "GCS 8",
    # "agonal resps", "stridor developing", "epi given", "911 en route"
    r"|\bgcs\s*(?:of\s+|is\s+|=\s*)?[3-8]\b(?!\s*/\s*1[0-4])|\bagonal\b|\bstridor\b"
    r"|\b(?:epi|epinephrine|adrenaline|epi-?pen)\s+(?:\d[\d.]*\s*(?:mg\s+)?(?:im\s+)?)?(?:given|administered|used|in)\b"
    r"|\b(?:gave|used|giving|using)\s+(?:him|her|them\s+)?(?:his|her|their|my|the|an|a)\s+epi-?pens?\b"
    r"|\b(?:911|ems|ambulance|paramedics)\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+|was\s+|were\s+)?(?:called"
    r"|en\s*route|on\s+(?:the|its|their)\s+way)\b"
    # something driven into an eye: "a fish hook in my eye, my actual eyeball"
    r"|\b(?:hook|nail|glass|metal|wire|stick|splinter|shard|dart|pellet|bb|screw|knife|pencil)\b[^.!?\n]{0,30}?\b(?:in|into"
    r"|through|stuck\s+in)\s+(?:my|his|her|their|the|our)\s+(?:\w+'s\s+)?(?:actual\s+)?eye(?:ball)?s?\b"
    # blood pouring
    r"|\bblood\s+(?:is\s+|was\s+|'s\s+|keeps\s+)?(?:\w+\s+and\s+)?(?:pouring|gushing|pumping|spurting|squirting)\b"
)
_SERIOUS_GENERAL = (
    r"\bbreathing\s+(?:is\s+)?(?:really\s+|so\s+|very\s+)?(?:funny|weird|strange|fast|hard|heavy|shallow|noisy|wrong)\b"
    r"|\b(?:going\s+to|gonna|about\s+to)\s+(?:pass\s+out|faint|black\s+out|collapse)\b"
    r"|\b(?:acting|seems|talking)\s+(?:really\s+|very\s+|all\s+)?(?:drunk|strange|weird|confused|funny|out\s+of\s+it"
    r"|nonsense|gibberish)\b"
    r"|\b(?:doesn't|doesnt|does\s+not|don't|didn't)\s+know\s+(?:where|who|what\s+day)\s+(?:he|she|i|they|we|it)\b"
    r"|\b(?:won't|wont|can't|cant|doesn't)\s+answer\s+(?:questions|me|us)\b"
    r"|\b(?:words|speech)\s+(?:are\s+|is\s+)?(?:coming\s+out\s+|went\s+|sounds?\s+|suddenly\s+went\s+)?(?:all\s+)?"
    r"(?:mumbled|slurred|slurry|garbled|jumbled|wrong|weird|funny|strange|nonsense)\b|\bslurring\b"
    r"|\b(?:face|mouth|smile|eye|eyelid)\s+(?:is\s+|went\s+|looks\s+|has\s+gone\s+|has\s+|had\s+)?(?:all\s+)?(?:slack|sagging"
    r"|droopy|drooping|drooped|crooked|lopsided)\b|\bside\s+of\s+(?:his|her|my|the)\s+(?:mouth|face)\s+(?:is\s+)?(?:sagging"
    r"|drooping|droopy|numb|slack)\b|\bhalf\s+(?:of\s+)?(?:my|his|her|the)\s+face\b"
    r"|\b(?:can't|cant|cannot)\s+(?:smile|hold|grip|raise|lift)\b|\bon\s+one\s+side\b"
    r"|\b(?:lost|losing)\s+(?:the\s+|all\s+)?(?:vision|sight)\b|\bdrooling\b"
    r"|\b(?:blistering|blistered|blisters)\b|\b(?:can't|cant|cannot)\s+feel\s+(?:them|it|my|his|her)\b"
    r"|\bswelling\s+(?:up\s+)?(?:fast|quickly|really\s+fast)|\b(?:is|are|'s)\s+swelling\s+up\b"
    r"|\b(?:confused|disoriented)\s+(?:all\s+of\s+a\s+sudden|suddenly|out\s+of\s+nowhere)\b"
    r"|\bheart\s+(?:is\s+)?(?:pounding|racing|beating)\s+(?:at\s+)?(?:like\s+)?\d{3}\b"
    # "went down" as a collapse, not "something went down" or "went down to the lake"
    r"|(?<!thing\s)(?<!\bit\s)(?<!stuff\s)(?<!what\s)(?<!that\s)(?<!this\s)\bwent\s+down\b"
    r"(?!\s+(?:to|the|there|here|stairs|downstairs|for|with|well|badly|a\s+treat|hill|town|south|on|in|into)\b)"
    r"|\b(?:coughing|gagging)\s+and\s+(?:gagging|choking|coughing|drooling|wheezing)\b"
    r"|\bvomiting\s+and\s+(?:confused|drowsy|sleepy|shaking)\b|\bboiling\s+water\b|\bsweaty\b"
    # stroke signs in everyday words
    r"|\b(?:can't|cant|cannot|couldn't|unable\s+to|not\s+(?:be\s+)?able\s+to)\s+find\s+(?:any\s+|the\s+|(?:his|her|my)\s+)?"
    r"words\b|\b(?:arm|arm's|leg|leg's|hand|side)\s+(?:is\s+|went\s+|has\s+gone\s+|gone\s+|feels\s+|'s\s+gone\s+)?"
    r"(?:all\s+)?(?:flaccid|useless|floppy)\b"
    r"|\b(?:confused|disoriented)\s+(?:and|&)\s+(?:\w+\s+)?(?:stagger\w*|stumbl\w*|slurr\w*|drowsy|vomit\w*|hot)\b"
    # breathless at rest or on the least effort, like "short of breath"
    r"|\bout\s+of\s+breath\b"
    # sudden or severe pain in a testicle, or on one side of it (torsion)
    r"|\b(?:his|my|one|the|a)\s+(?:left\s+|right\s+)?(?:testicles?|testis|balls?|privates|scrotum"
    r"|nuts)\b[^.!?\n]{0,30}?\b(?:one\s+side|swollen|swelling|sudden(?:ly)?|severe|really\s+bad|agony|excruciating)\b"
    r"|\b(?:sudden|severe|really\s+bad|excruciating|agonising|agonizing|terrible|worst)\s+(?:\w+\s+){0,4}?(?:testicles?"
    r"|testis|scrotum)\b"
    # pregnant with pain on one side (ectopic): a second flag (bleeding, dizziness) makes it an emergency
    r"|\bpregnant\b[^.!?\n]{0,60}?\b(?:pain|cramps?|cramping|ache)\b[^.!?\n]{0,30}?\b(?:one\s+side|(?:my|her|the)\s+"
    r"(?:left|right)(?:\s+side)?|left\s+side|right\s+side)\b"
    r"|\b(?:pain|cramps?|cramping)\s+(?:on|in)\s+(?:my|her|the|one)\s+(?:left|right|lower\s+left|lower\s+right|one)?\s*"
    r"side\b[^.!?\n]{0,60}?\bpregnant\b"
    # an electric shock from the mains, and button batteries gone missing near a child
    r"|\b(?:electric(?:al)?\s+)?shock\s+from\s+(?:the|a)\s+(?:mains|socket|outlet|cable|wire|power\s+line)\b"
    r"|\b(?:touched|grabbed|hit)\s+(?:a|the)\s+live\s+(?:wire|cable)\b"
    r"|\b(?:button|coin|hearing[\s-]aid|watch|lithium|disc)\s+batter(?:y|ies)\b[^.!?\n]{0,60}?\b(?:missing"
    r"|short\s+(?:one|two|\d)|can't\s+find|cannot\s+find|unaccounted)\b"
    r"|\b(?:needle|syringe)\s+(?:next\s+to|beside|by|still\s+in)\s+(?:him|her|them|his\s+arm|her\s+arm)\b"
    # a fever on chemotherapy (neutropenic sepsis); cold that stops the shivering (hypothermia)
    r"|\b(?:on|having|had|getting)\s+chemo(?:therapy)?\b[^.!?\n]{0,80}?\b(?:fever|temp(?:erature)?|burning\s+up)\b"
    r"|\bstopped\s+shivering\b"
    # diving into shallow water (the neck); blood running down the legs
    r"|\bdiv(?:ed|e|ing)\s+into\s+(?:the\s+)?shallow\b"
    r"|\b(?:running|pouring|dripping|gushing|streaming)\s+down\s+(?:my|her|his)\s+legs?\b"
    # no feeling below an injury (the spine), a scald with oil, skin come off, a tourniquet, blood swallowed
    r"|\b(?:can't|cant|cannot|can\s+not|couldn't)\s+feel\s+(?:anything|a\s+thing)\s+(?:below|from|under|past|in)\b"
    r"|\b(?:hot|boiling|burning)\s+(?:cooking\s+)?(?:oil|grease|fat)\b"
    r"|\bskin\s+(?:\w+\s+){0,3}?(?:came|come|fell|falling|coming)\s+(?:off|away)\b"
    r"|\btourniquet\b|\btied\s+(?:a|his|her|my|the)\s+(?:belt|tie|rope|cloth|shirt|scarf|towel)\s+(?:above|around|round)\b"
    r"|\bswallowing\s+(?:a\s+lot\s+of\s+|lots\s+of\s+|so\s+much\s+)?blood\b"
)
_CRITICAL = GatedPattern(
    [
    # breathing
    r"\b(?:can't|cant|cannot|can\s+not|unable\s+to|struggling\s+to|couldn't|could\s+not)\s+(?:\w+\s+(?:or|and)\s+)?"
    r"(?:breath(?:e|ing)?)\b(?!\s+(?:through|out\s+of)\s+(?:my|his|her|the)\s+nose|\s+without)"
    r"|\b(?:not|isn't|isnt|stopped|stop|stops|aren't|wasn't|barely|hardly|struggling|quit)\s+breathing\b"
    # "my wife says I stop breathing when I snore": sleep apnoea, for the sleep clinic
    r"(?!\s+(?:when|while)\s+(?:(?:i|he|she|they)\s+)?(?:snore|snores|snoring|sleep|sleeps|sleeping|asleep))"
    r"|\bgasping(?:\s+for\s+(?:air|breath))?\b|\bno\s+pulse\b|\bno\s+heartbeat\b"
    r"|\b(?:can't|cant|cannot)\s+(?:talk|speak|get\s+(?:a|his|her|my)\s+words\s+out)\s+in\s+(?:full\s+)?sentences"
    r"|\b(?:turning|turns|turned|went|gone|going)\s+(?:blue|grey|gray|purple)\b|\bclutching\s+(?:his|her|my|their)\s+chest\b"
    r"|\b(?:vomiting|throwing\s+up|puking|spewing)\s+(?:up\s+)?(?:a\s+lot\s+of\s+|lots\s+of\s+)?blood\b"
    rf"|\b(?:lips|face|skin|fingers|toes|mouth|he|she|he's|she's|baby|infant|newborn|{RELATIVE})\s+(?:is|are|'s|looks?"
    r"|went|turned|turning|going|gone|getting)\s+(?:\w+\s+)?(?:blue|grey|gray|purple|limp|floppy|lifeless)\b"
    r"|\b(?:is|'s|went|gone|looks|seems|going|getting)\s+(?:all\s+|really\s+|so\s+|very\s+|kind\s+of\s+|kinda\s+)?"
    r"(?:limp|floppy|lifeless)\b"
    # stroke and heart attack
    r"|\bface\s+(?:is\s+)?droop(?:ing|s|y|ed)\b|\bdrooping\s+face\b|\bslurr(?:ed|ing)\s+(?:speech|words|his|her|my)\b"
    r"|\bspeech\s+(?:is\s+|was\s+|sounds\s+)?slurred\b"
    r"|\b(?:one|left|right)\s+side\s+(?:of\s+(?:my|his|her|the)\s+(?:body|face)\s+)?(?:is\s+|feels\s+|went\s+|gone\s+)?"
    r"(?:weak|numb|paralyzed|paralysed|dead|limp|drooping)\b"
    r"|\b(?:can't|cant|cannot)\s+(?:move|feel|lift)\s+(?:my|his|her)\s+(?:arm|leg|face|left|right|one\s+side)"
    r"|\b(?:having|is\s+having|having\s+a\s+massive)\s+a?\s*(?:stroke|heart\s+attack|cardiac\s+arrest)\b"
    r"|\b(?:crushing|severe|bad|sharp|really\s+bad|terrible|worst)\s+chest\s+(?:pain|pains|pressure|tightness)\b"
    r"|\bchest\s+(?:pain|pains|pressure|tightness)\b|\bchest\s+(?:hurts|is\s+hurting|is\s+killing)"
    r"|\bchest\s+(?:is|feels|felt)\s+(?:so\s+|really\s+|very\s+)?(?:tight|heavy|crushed|like)\b"
    r"|\bpain\s+(?:goes|going|spreading|spreads|radiating|radiates|moves|moving|shooting)\s+(?:in)?to\s+"
    r"(?:my|his|her|the)\s+(?:jaw|arm|left\s+arm|back|neck|shoulder)"
    r"|\bgoes\s+(?:in)?to\s+(?:my|his|her)\s+(?:jaw|left\s+arm)"
    # bleeding
    r"|\b(?:won't|wont|will\s+not|can't|cant|doesn't|does\s+not|isn't|not)\s+stop(?:ped)?\s+bleeding\b"
    r"|\bbleeding\s+(?:won't|wont|will\s+not|doesn't|isn't|is\s+not|hasn't|has\s+not)\s+stop(?:ping|ped)?\b"
    r"|\bbleeding\s+(?:from\s+(?:his|her|my|the|their)\s+\w+\s+)?(?:really\s+|so\s+)?(?:heavily|badly|a\s+lot"
    r"|profusely|everywhere|out|like\s+crazy|so\s+much"
    r"|non[\s-]?stop)\b|\b(?:severe|heavy|uncontrolled|uncontrollable|massive)\s+bleeding\b"
    r"|\b(?:lots|lot|so\s+much|a\s+ton|tons|pool)\s+of\s+blood\b|\bblood\s+everywhere\b"
    r"|\bbleeding\s+through\s+(?:a\s+|my\s+|her\s+|the\s+)?(?:pad|pads|towel|towels|bandage|clothes)"
    r"|\bsoak(?:ed|ing)\s+(?:through\s+)?(?:a\s+|my\s+|her\s+|(?:\d+|two|three|four|five|several)\s+)?(?:pad|pads|towel"
    r"|towels)"
    r"|\b(?:spurting|gushing|pouring)\s+(?:out\s+)?blood|\bblood\s+(?:is\s+)?(?:spurting|gushing|pouring)"
    r"|\bweeks\s+(?:pregnant\s+)?(?:and|&)\s+bleeding\s+(?:heavily|a\s+lot)"
    # poisoning and overdose
    r"|\boverdos(?:e|ed|ing)\b(?!\s+on\s+(?:coffee|caffeine|sugar|chocolate|candy|netflix|tv|work|news))|\bod(?:'d|'ed|ed)\b|\bod(?:ing)?\s+(?:on|rn|right\s+now)\b"
    rf"|(?<!stopped\s)(?<!stop\s)(?<!quit\s)\b(?:took|taken|swallowed|ate|drank|had|taking)\s+(?:too\s+many"
    rf"|a\s+(?:whole\s+)?bottle\s+of|a\s+bunch\s+of"
    rf"|a\s+handful\s+of|all\s+(?:of\s+)?(?:my|his|her|the|their)|(?:about\s+|like\s+|over\s+)?\d{{2,}})\s+"
    rf"(?:of\s+)?(?:(?:my|his|her|the|their)\s+)?(?:[\w'-]+\s+)?(?:{_PILLS}|[\w-]+)\b"
    r"|\b(?:swallowed|ate|drank|got\s+into|chewed|licked|bit\s+into)\s+(?:a\s+|an\s+|some\s+|the\s+|my\s+|his\s+|her\s+"
    r"|some\s+of\s+(?:my|his|her|the)\s+|a\s+bunch\s+of\s+|a\s+handful\s+of\s+)?(?:[\w'-]+\s+){0,2}?(?:pills|tablets"
    r"|meds|medicine|medication|bleach|antifreeze|drain\s+cleaner|detergent|pods?|rat\s+poison|poison|batter(?:y|ies)"
    r"|magnets?|cleaner|gummies|vape\s+juice|e-?liquid|nicotine|cabinet|fluid|gasoline|kerosene|lamp\s+oil"
    r"|sanitizer|mouthwash|thinner|essential\s+oil)\b"
    r"|\bpoison(?:ed|ing)\b"
    r"|\b(?:injected|took|gave|give|given|taken|had|taking|giving|used|using|applied)\s+[^.!?\n]{0,40}?\b(?:instead\s+of|by\s+mistake"
    r"|by\s+accident|(?<!\bis\s)(?<!\bbe\s)(?<!\bare\s)too\s+much|double\s+(?:(?:his|her|my|the|their|a)\s+)?dose)\b"
    r"|\baccidentally\s+(?:took|swallowed|injected|gave|ate|drank|overdosed|taken)\b"
    # anaphylaxis
    r"|\banaphyla(?:xis|ctic(?:\s+shock)?)\b"
    r"|\bthroat\s+(?:is\s+|feels\s+)?(?:closing|swelling|closing\s+up|swollen\s+shut|tight|tightening)\b"
    r"|\b(?:tongue|throat)\s+(?:is\s+|feels\s+|getting\s+|looks\s+)?(?:so\s+)?(?:swelling|swelled|swollen|huge|big"
    r"|thick)\b|\b(?:severe|bad|serious)\s+allergic\s+reaction\b"
    # unresponsive and collapse
    r"|\b(?:is\s+|was\s+|went\s+)?(?:unconscious|unresponsive)\b|\b(?:barely|hardly|not\s+really)\s+"
    r"(?:responsive|responding|conscious|awake)\b"
    r"|\b(?:won't|wont|can't|cant|isn't|isnt|not|doesn't|doesnt|stopped|don't|dont|hasn't|haven't)\s+(?:wake|waking"
    r"|wake\s+up|woken|woken\s+up|respond|responding|answering|(?:moving|move)(?!\s+(?:on|in|out|forward|forwards|away"
    r"|house|home|back|there|here|to|into|over|past|ahead|along|fast|quickly|much|stuff|it|them|up|down)\b))\b"
    r"(?!\s+(?:up\s+)?(?:early|until|till|before|on\s+time|for\s+school|covered|feeling|rested|refreshed|at\s+night"
    r"|in\s+the\s+(?:morning|night)))"
    r"|\bcan't\s+wake\s+(?:him|her|them|my\s+\w+)\b|\bcollaps(?:ed|ing)\b|\bkeeled\s+over\b"
    r"|\bfell\s+and\s+(?:can't|cannot|won't)\s+get\s+up"
    # seizures and choking
    r"|\bseizure\s+(?:that\s+)?(?:won't|wont|isn't|doesn't|will\s+not|is\s+not|hasn't)\s+stop(?:ping|ped)?\b"
    r"|\bseizure\s+(?:for|lasting)\s+(?:over\s+)?\d+\s+min"
    r"|\b(?:having|is\s+having|'s\s+having)\s+(?:a\s+)?(?:seizure|seizures|fit|convulsions)\b"
    r"|\b(?:is\s+|he's\s+|she's\s+|been\s+|keeps\s+)?(?:seizing|convulsing)\b"
    r"|\b(?:is|he's|she's|i'm|im|baby's|son's|daughter's)\s+choking\b(?!\s+on\s+(?:all\s+)?(?:these|this|those|the\s+"
    r"(?:paperwork|bills|smell)))|\bchoking\s+on\b(?!\s+(?:all\s+)?(?:these|this|those|my\s+words))"
    rf"|\bstuck\s+in\s+(?:my|his|her|their)\s+throat\b"
    # asthma attacks and labour
    r"|\b(?:asthma\s+)?attack\s+(?:isn't|is\s+not|won't|wont|not|doesn't)\s+stop(?:ping)?"
    r"|\binhaler\s+(?:isn't|is\s+not|not|doesn't|does\s+not)\s+(?:helping|working)\b"
    r"|\b(?:severe|bad|really\s+bad|major|terrible)\s+asthma\s+attack\b"
    r"|\bbaby\s+(?:is|'s)\s+coming\s+(?:now|right\s+now|fast|out|already)|\bcrowning\b|\bhead\s+is\s+(?:out|coming)"
    # "I need to push" in labour, not "need to push back my MRI" / "push my appointment to Friday"
    r"|\b(?:need|urge|have|gonna|going)\s+to\s+push\b(?!\s*(?:back|forward|through|on|it|this|that|the|my|our|your|his"
    r"|her|their"
    r"|an?|him|them|me|us|\w+\s+back)\b)|\bcontractions\s+(?:are\s+)?(?:(?:\d|one|two|three)\s*(?:-\s*\d\s*)?"
    r"(?:min|mins|minutes)\s+apart|every\s+(?:\d|one|two|three|four|five)\s*(?:-\s*\d\s*)?(?:min|mins|minutes))"
    # trauma and environment
    r"|\b(?:been|got|was|is)\s+(?:stabbed|shot)\b|\bgunshot\b|\bhit\s+by\s+a\s+(?:car|truck|bus|train)\b"
    r"|\b(?:bone|bones)\s+(?:is\s+|are\s+)?(?:sticking|poking)\s+out|\bbent\s+(?:the\s+wrong\s+way|backwards)"
    r"|\belectrocuted\b|\b(?:is|was)\s+drowning\b|\bpulled\s+(?:him|her|them)\s+(?:out\s+)?(?:of|from)\s+the\s+"
    r"(?:pool|water|lake|river)"
    r"|\bworst\s+headache\s+(?:of\s+(?:my|his|her)\s+life|ever|i've\s+ever|(?:i|he|she)\s+(?:has|have)\s+ever)"
    r"|\bthunderclap\b",
    _CRITICAL_GENERAL,
    ]
)
_SERIOUS = GatedPattern(
    [
    r"\bpregnant\b[^.!?\n]{0,40}?\bbleeding\b(?!\s+(?:a\s+little|a\s+bit|slightly|lightly))"
    r"|\bbleeding\b[^.!?\n]{0,25}?\bpregnant\b|"
    r"\b(?:trouble|difficulty|hard\s+time)\s+breathing\b|\bshort\s+of\s+breath\b|\bshortness\s+of\s+breath\b"
    r"|\b(?:can't|cant|cannot)\s+catch\s+(?:my|his|her)\s+breath\b|\bwheez(?:ing|y)\b"
    r"|\b(?:arm|arms|leg|legs|face|hand|hands|side)\s*(?:is|are|feels|feel|went|has\s+gone|gone|'s\s+gone)\s+(?:all\s+)?"
    r"(?:numb|weak|dead|limp|tingly|tingling)\b|\bnumb(?:ness)?\s+(?:in|on)\s+(?:my|his|her)\s+(?:arm|face|left|right)"
    r"|\b(?:hit|banged|bumped|smacked|cracked)\s+(?:his|her|my|their)\s+head\b|\bfell\s+(?:down\s+the\s+stairs"
    r"|off|from|out\s+of)\b|\bcar\s+(?:accident|crash)\b|\bhead\s+injury\b"
    r"|\b(?:fainted|passed\s+out|blacked\s+out)\b"
    r"|\b(?:water|waters)\s+(?:just\s+)?(?:broke|has\s+broken|have\s+broken)\b|\bin\s+(?:active\s+)?labou?r\b"
    r"|\b(?:sudden|suddenly|out\s+of\s+nowhere)\s+(?:\w+\s+)?(?:headache|weakness|numbness|confusion|blind)"
    r"|\b(?:can't|cant|cannot)\s+see\s+(?:properly|anything|straight|clearly|out\s+of)|\blost\s+(?:my|his|her)\s+"
    r"(?:vision|sight)|\bwent\s+blind\b"
    r"|\b(?:not|isn't|isnt)\s+making\s+(?:any\s+)?sense\b|\b(?:suddenly|really|very)\s+confused\b"
    r"|\b(?:confused|disoriented)\s+(?:and|&)\s+(?:\w+\s+)?(?:sweat|dizzy|shaky|pale|throwing)"
    r"|\ballergic\s+reaction\b|\bhives\s+all\s+over\b|\b(?:stung|bitten)\b"
    r"|\b(?:face|lips|eyes|mouth)\s+(?:is|are|'s|'re)\s+(?:\w+\s+)?(?:swelling|swollen|puffing)(?:\s+up)?"
    r"|\b(?:coughing|throwing|vomiting|puking|spitting)\s+up\s+(?:a\s+lot\s+of\s+|lots\s+of\s+)?blood"
    r"|\bcan\s+(?:barely|hardly)\s+(?:talk|speak|walk|stand|move)\b|\bheart\s+(?:is\s+)?(?:racing|pounding)\b|\bchest\s+(?:is\s+)?(?:fluttering)"
    r"|\bworst\s+(?:\w+\s+)?pain\s+(?:of\s+(?:my|his|her)\s+life|ever|i've\s+ever)"
    r"|\b(?:having|is\s+having|'s\s+having)\s+(?:an?\s+)?(?:\w+\s+)?(?:asthma|panic)\s+attack\b"
    r"|\b(?:can't|cant|cannot|couldn't)\s+(?:speak|talk|get\s+(?:his|her|my)\s+words\s+out)\b(?!\s+(?:to|with|on|right"
    r"|now|english|spanish|much|long|about|properly\s+on))"
    r"|\b(?:face|smile|mouth)\s+(?:looks|is|seems|went|looking)\s+(?:\w+\s+)?(?:weird|droopy|crooked|uneven"
    r"|lopsided|funny|off|strange)\b|\b(?:fell|collapsed)\s+and\s+(?:hit|hurt|is|she's|he's|can't|cannot|won't)\b"
    r"|\bbleeding\s+from\s+(?:(?:his|her|my|the|their)\s+)?(?:head|ears?|mouth|nose\s+and\s+\w+)"
    r"|\b(?:high|really\s+high)\s+fever\s+and\s+(?:a\s+)?(?:stiff\s+neck|rash)",
    _SERIOUS_GENERAL,
    ]
)
# Signs that are red flags only together (two of them, or one with a fever or another red flag): a stiff neck, light
# that hurts, purple spots, a dehydrated baby's sunken eyes and dry nappies, a swelling belly, a heavy arm.
_SIGNS = GatedPattern(
    [
    # meningitis and bleeding on the brain: stiff neck, light that hurts, purple spots
    r"\bstiff\s+neck\b|\bneck\s+(?:is\s+|feels\s+)?(?:going\s+|getting\s+|really\s+|so\s+|very\s+)?stiff\b"
    r"|\b(?:screams?|cries|crying|screaming|winces?)\s+when\s+(?:i|we|you)\s+(?:bend|move|touch|lift)\s+(?:his|her|their)\s+"
    r"(?:neck|head)\b|\blight\s+hurts\s+(?:his|her|my|their)\s+eyes\b|\b(?:can't|cant|cannot)\s+(?:look\s+at|stand|bear"
    r"|tolerate)\s+(?:the\s+)?light\b|\b(?:purple|dark\s+red)\s+(?:spots|rash|blotches|patches|marks|dots)\b"
    # a dehydrated baby: sunken soft spot or eyes, no tears, no wet nappies, tented skin, listless, not feeding
    r"|\bsunken\s+(?:soft\s+spot|(?:fontanelle|fontanel)|eyes)\b|\b(?:soft\s+spot|(?:fontanelle|fontanel)|eyes)\s+(?:is\s+|are\s+|looks?\s+|look\s+|to\s+be\s+|seems?\s+)?"
    r"(?:\w+\s+)?sunken\b|\bno\s+(?:wet\s+)?(?:nappies|nappy|diapers?|pee|wee|urine)\s+(?:since|in|for|all)\b"
    r"|\bonly\s+(?:1|one|2|two)\s+wet\s+(?:nappy|nappies|diapers?)\b|\blast\s+(?:wee|pee|wet\s+(?:nappy|diaper))\s+was\b"
    r"|\bskin\s+(?:stays|staying|is\s+staying)\s+(?:tented|up|pinched)\b|\b(?:crying|cries)\s+(?:with\s+)?(?:no|without)\s+tears\b"
    r"|\blistless\b|\b(?:hardly|barely|won't|refusing\s+to|refuses\s+to)\s+(?:feeding|feed|drink|taking\s+(?:any\s+)?(?:milk|feeds?|bottles?))\b"
    r"|\bwon't\s+take\s+any\s+(?:milk|feeds?|bottles?|fluids)\b"
    # a belly that swells after an injury
    r"|\b(?:belly|stomach|tummy|abdomen)\s+(?:is\s+)?(?:\w+\s+)?(?:swelling|swollen|distended|rigid|rock\s+hard)\b"
    r"|\b(?:belly|stomach|tummy|abdomen)\s+(?:is|feels|went|has\s+gone)\s+(?:really\s+|very\s+|so\s+)?hard\b"
    r"|\b(?:arm|arm's|leg|leg's|hand|side)\s+(?:is\s+|went\s+|has\s+gone\s+|gone\s+|feels\s+|'s\s+gone\s+)?(?:all\s+)?heavy\b"
    # sepsis: mottled skin, hard shivering, new muddle about time, redness spreading up a limb, hardly passing urine
    r"|\bmottled\b|\b(?:blotchy|patchy)\s+(?:purple|blue|grey|gray)\b|\b(?:ice|stone)\s+cold\b"
    r"|\bshaking\s+chills\b|\b(?:shivering|shaking)\s+(?:uncontrollably|violently|so\s+(?:hard|much|badly|bad)"
    r"|under\s+(?:\d+|two|three|several|all\s+the)\s+(?:blankets|duvets|covers))\b|\brigors\b"
    r"|\b(?:keeps|kept)\s+asking\s+(?:me\s+|us\s+)?(?:what\s+(?:year|day|month)|where\s+(?:she|he)\s+is)\b"
    r"|\b(?:doesn't|doesnt|does\s+not|didn't)\s+know\s+what\s+(?:year|month)\b"
    r"|\bred(?:ness)?\s+(?:is\s+)?(?:spreading|tracking|creeping|going|all\s+the\s+way)?\s*up\s+(?:to\s+)?"
    r"(?:the|his|her|my)\s+(?:knee|elbow|shoulder|thigh|groin|armpit|calf|wrist)\b|\bred\s+streaks?\b"
    r"|\bredness\s+(?:is\s+)?spreading\b"
    r"|\b(?:hardly|barely|not)\s+(?:peed|peeing|weed|weeing|passed\s+(?:any\s+)?urine|passing\s+(?:any\s+)?urine)\b"
    # an infant dribbling after a possible swallow; an atypical heart attack's back or jaw ache
    r"|\bdribbling\b"
    r"|\b(?:jaw|upper\s+back|between\s+(?:the|my|his|her)\s+shoulder(?:\s+blade)?s)\s+(?:\w+\s+){0,2}?(?:aches?|aching"
    r"|hurts?|pain)\b"
    ]
)
# a fever named, or a temperature given bare: "she's 102.9", "he's 39.4" (not "38.5 weeks")
_FEVER = re.compile(
    r"\b(?:fever|feverish|temp|temperature|burning\s+up)\b|\b(?:he's|she's|i'm|im|he\s+is|she\s+is)\s+(?:at\s+)?"
    r"(?:10[0-6]|3[89]|4[01])\.\d\b(?!\s*(?:weeks?|wks?|kg|lbs?|years?|cm))"
)
# Measured vitals that are dangerous when current ("heart rate is 190", "sugar is 32", "oxygen is 82%").
_VITAL = re.compile(
    r"\b(?P<name>heart\s+rate|pulse|hypotensive|(?:blood\s+)?sugar|glucose|bg|oxygen|o2|sats|spo2|saturation|bp|blood\s+pressure"
    r"|temp|temperature|fever)\s*(?:level\s+|reading\s+)?(?P<verb>is|'s|are|at|of|reads|reading|=|:|just\s+\w+"
    r"|now|keeps\s+\w+|went\s+(?:up|down)\s+to|dropped\s+to)?\s*(?:only\s+|like\s+|about\s+|over\s+|under\s+)?"
    r"(?P<value>\d{2,3})(?:\.\d)?(?:\s*/\s*(?P<diastolic>\d{2,3}))?"
)
# ...and a temperature given number first: "104 core temp", "a 103.8 fever"
_VITAL_AFTER = re.compile(
    r"\b(?P<value>\d{2,3})(?:\.\d)?\s*(?:°|degrees?)?\s*[fc]?\s+(?:core\s+|body\s+)?(?P<name>temp|temperature|fever)\b"
    r"(?P<verb>)(?P<diastolic>)"
)
# A further symptom that makes one serious red flag an emergency.
_SECONDARY = re.compile(
    r"\b(?:dizzy|dizziness|pale|sweat\w*|clammy|confused|shaky|shaking|throwing\s+up|vomit\w*|faint\w*|passed\s+out"
    r"|weak|numb|nause\w*|can't\s+see|blurry|short\s+of\s+breath|not\s+making\s+sense|chest|headache|wheez\w*"
    r"|drowsy|lethargic|slurr\w*|seizure|unresponsive|blue|grey|gray|cramps?|cramping|pain|stagger\w*|stumbl\w*"
    r"|seeing\s+spots|listless|floppy|sleepy|hard\s+to\s+wake|diaphoretic)\b"
)
_ACUTE = re.compile(
    r"\b(?:now|right\s+now|rn|currently|at\s+the\s+moment|just|suddenly|sudden|all\s+of\s+a\s+sudden|out\s+of\s+nowhere"
    r"|started\s+(?:(?:about|like|around|maybe)\s+)?(?:\d+|a\s+few|an?)\s*(?:min|mins|minutes|hours?|hrs?)\s+ago"
    r"|(?:\d+|a\s+few)\s*(?:min|mins|minutes)\s+ago|for\s+the\s+(?:last|past)\s+\d+\s*(?:min|mins|minutes)"
    r"|help|911|ambulance|emergency|urgent|what\s+do\s+i\s+do|what\s+should\s+i\s+do|getting\s+worse|so\s+bad"
    r"|really\s+bad|severe|worst|can't\s+stop|not\s+helping|isn't\s+helping|won't\s+go\s+away|pls|please|instantly"
    r"|came\s+on|out\s+of\s+the\s+blue|all\s+at\s+once|(?:feel|feels|felt)\s+like\s+(?:i'm|im|i\s+am|he's|she's)\s+"
    r"(?:dying|going\s+to\s+die))\b|!!"
)
_NOT_NOW = re.compile(
    r"\b(?:a|one|two|three|\d+)\s+(?:years?|months?)\s+since\b"
    r"|\b(?:not|isn't|isnt)\s+(?:happening\s+)?(?:right\s+)?now\b|\bnot\s+(?:at\s+the\s+moment|currently|today)\b"
    r"|\b(?:gone|fine|ok|okay|better|resolved|stopped)\s+now\b(?!,?\s+but\s+(?:(?:he|she|it|i)\s+)?(?:keeps|kept|still"
    r"|is\s+still|won't|can't|started|now)\b)"
)
_CHRONIC_OR_PAST = re.compile(
    r"\b(?:on\s+and\s+off|off\s+and\s+on|comes\s+and\s+goes|for\s+(?:weeks|months|years|ages|a\s+(?:few|couple)\s+"
    r"(?:of\s+)?(?:weeks|months|years)|several\s+(?:weeks|months|years)|\d+\s+(?:weeks|months|years))"
    r"|last\s+(?:week|month|year|night|time|summer|spring|fall|autumn|winter|weekend|\w+day)|yesterday"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|over\s+the\s+weekend|in\s+the\s+(?:19|20)?\d0'?s"
    r"|from\s+the\s+(?:19|20)\d0'?s|when\s+(?:i|he|she)\s+was\s+\d+|(?:a|one|two|\d+)\s+(?:years?|months?)\s+since"
    r"|(?:days|weeks|months|years|ages)\s+ago|long\s+ago|was\s+born|in\s+(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
    rf"|(?:i|he|she|{RELATIVE})\s+gets?\s+(?!up\b)"  # "my dad gets chest tightness climbing hills"
    # a death remembered: "anniversary of losing my son in a car accident"
    r"|anniversary\s+of|(?:losing|lost)\s+(?:my|our|his|her)\s+\w+\s+(?:in|to)\s+(?:a|an|the)"
    r"|(?:\d+|a|two|three|few|several|many)\s+(?:days|weeks|months|years)\s+ago|a\s+(?:week|month|year|while)\s+ago"
    r"|in\s+(?:19|20)\d\d|used\s+to|history\s+of|in\s+the\s+past|when\s+(?:i|he|she)\s+was\s+(?:a\s+kid|little"
    r"|young|a\s+baby|pregnant)|sometimes|occasionally|once\s+in\s+a\s+while|usually|every\s+(?:day|night|morning"
    r"|time(?!\s+(?:i|we|you)\s+(?:take|lift|remove|let\s+go|release|press|ease))|week|month|now\s+and\s+then)"
    r"|at\s+night|when\s+(?:i|he|she)"
    r"\s+(?:exercise|walk|run|climb|jog|work\s+out|lift|bend|lie\s+down|eat|stand\s+up))\b"
)
_PRESENT = re.compile(
    r"\b(?:now|right\s+now|rn|still|currently|at\s+the\s+moment|today|tonight|this\s+(?:morning|evening|afternoon)"
    r"|again|started|just|post[\s-]?op|post[\s-]?partum)\b"
)
# A date that belongs to the cause, not the sign: "bleeding from where they took my tonsils out last week".
_CAUSE_DATE = re.compile(
    r"\b(?:after|since|from|following)\s+(?:where\s+)?[^,.!?]{0,40}?(?:last\s+\w+|\w+\s+(?:days?|weeks?)\s+ago|yesterday"
    r"|on\s+\w+day)\b"
)
# The sign has passed: "it went away and I feel normal now", "he's totally fine", "playing and eating normally".
_RESOLVED = re.compile(
    r"\b(?:went|gone|goes)\s+away\b|\b(?:feel|feels|feeling)\s+(?:totally\s+|completely\s+|perfectly\s+|back\s+to\s+)?"
    r"(?:normal|fine)\b|\b(?:he's|she's|he\s+is|she\s+is|they're|i'm|im)\s+(?:totally|completely|perfectly|absolutely)\s+"
    r"(?:fine|ok|okay|normal)\b|\b(?:playing|eating|acting|behaving)\s+(?:and\s+\w+\s+)?normally\b"
    r"|\bstopped\s+bleeding\s+after\b|\b(?:is|he's|she's|i'm|im)\s+doing\s+(?:great|fine|well|okay|ok)\b|\bgot\s+it\s+out\b"
    # treated and back to everyday life: "now 6.8 and he's eating breakfast and chatting"
    r"|\bnow\s+(?:[\w.]+\s+){0,3}?(?:and\s+)?(?:he's|she's|i'm|im|he\s+is|she\s+is|they're)\s+(?:eating|drinking"
    r"|chatting|talking|laughing|sitting\s+up)\b(?!\s+(?:nonsense|gibberish|rubbish|to\s+(?:no\s+one|himself|herself)))"
)
_STILL_NOW = re.compile(r"\b(?:but\s+now|now\s+(?:i|he|she|it|my|his|her)|again|still|started|getting\s+worse)\b")
_BACK_AGAIN = re.compile(
    r"\b(?:(?:it's|its|it\s+is|they're|theyre|it\s+came)\s+back|(?:started|starting|happening)\s+again|again\s+now"
    r"|still\s+(?:happening|going\s+on))\b"
)
# Self-harm long ago is history, not a crisis ("my sister attempted suicide last year, she's doing better").
_DISTANT_PAST = re.compile(
    r"\b(?:last\s+(?:year|summer|spring|fall|autumn|winter)|(?:\d+|a\s+few|few|several|many|two|three)\s+(?:years|months)"
    r"\s+ago|a\s+(?:year|while|long\s+time)\s+ago|years\s+ago|in\s+(?:19|20)\d\d|when\s+(?:i|he|she)\s+was\s+"
    r"(?:a\s+kid|little|young|younger|a\s+teen(?:ager)?|in\s+(?:high\s+)?school|\d+)|as\s+a\s+(?:kid|teen|teenager)"
    r"|used\s+to|in\s+the\s+past|(?:years|months)\s+(?:clean|sober)"
    r"|(?:has|have|had|'s|'ve)\s+been\s+(?:\w+\s+){1,2}?before)\b"  # "she's been suicidal before"
)
_PAST_ACT = re.compile(
    r"\b(?:attempted|tried|overdosed|od(?:'d|'ed|ed)|took|swallowed|cut|burned|burnt|hurt|harmed|jumped|slit|wanted)\b"
)
_RELAPSE = re.compile(r"\b(?:again|still|started|starting|lately|recently|these\s+days|right\s+now|tonight)\b")
_PHRASE_BREAK = re.compile(r"\b(?:and|then|but|so)\b")
_DIED = re.compile(r"\b(?:died|passed\s+away|death)\s+(?:of|from|after|due\s+to)\s+(?:an?\s+|his\s+|her\s+)?$")
# A stranger counts in an emergency happening here and now ("a man just collapsed in your lobby").
_HERE_AND_NOW = re.compile(
    r"\b(?:just|right\s+now|rn|here|outside|help|call\s+911|someone\s+help|next\s+to\s+me|in\s+front\s+of\s+me"
    r"|on\s+the\s+(?:floor|ground|sidewalk)|in\s+(?:your|the)\s+(?:lobby|waiting\s+room|parking\s+(?:lot|garage)"
    r"|garage|hallway|cafeteria|er|emergency\s+room|elevator|entrance|bathroom|restroom|hall|gift\s+shop|chapel)"
    # the sender is on the scene or asking what to do now
    r"|your|i'm\s+with|on\s+the\s+(?:bus|train|street|road|field|platform|pavement|trail|beach)|cpr|which\s+(?:entrance|door|er)"
    r"|at\s+the\s+(?:bus\s+stop|bus\s+station|station|park|beach|pool|gym|store|shop)|bus\s+stop|platform|(?:p\d|parking)\s+lot"
    # help called already, the person on the way to the hospital: a clinician or a first-aider writing ahead
    r"|911|ems|ambulance|paramedics|heads\s+up|coming\s+your\s+way|on\s+(?:our|their|his|her|its)\s+way"
    r"|waiting\s+(?:area|room)|in\s+our\s+(?:group|office|car)|we(?:'ve|\s+have)\s+(?:put|called|got\s+(?:him|her))|we're\s+(?:with|here|at|on\s+the|in\s+the)|we\s+put"
    r"|bring\s+(?:him|her|them)|(?:nobody|no\s+one)\s+can|not\s+responding|isn't\s+breathing"
    r"|car\s+park|stairwell|stairs|sideline|pitch|loading\s+bay|found\s+(?:a|an|this|some)\s+(?:guy|man|woman|lady"
    r"|person|kid|boy|girl|teen))\b"
)


def _vital_grade(match: re.Match[str]) -> int:
    """0 for a safe or past value, 1 for a dangerous one (a serious red flag), 2 for a critical one."""
    name = match.group("name").lower()
    value = int(match.group("value"))
    if (match.group("verb") or "").lower() in ("was", "were"):
        return 0
    if "rate" in name or name == "pulse":
        return 2 if value >= 180 or value <= 35 else int(value >= 150 or value <= 40)
    if "sugar" in name or name in ("glucose", "bg"):
        return 2 if value <= 40 or value >= 600 else int(value <= 54 or value >= 500)
    if name in ("oxygen", "o2", "sats", "spo2", "saturation"):
        return 2 if value <= 85 else int(value <= 88)
    if name in ("bp", "blood pressure", "hypotensive"):
        diastolic = int(match.group("diastolic") or 0)
        if diastolic and 40 <= value <= 90:  # low: "BP 84/50"
            return 2 if value <= 70 else 1
        return int(value >= 180 or diastolic >= 120)
    if 103.5 <= _decimal(match) <= 104.9 or value == 40:
        return _FEVER_GRADE  # a high fever: a red flag only beside another one
    return int(105 <= value <= 110 or 41 <= value <= 44)  # temperature in °F or °C


_FEVER_GRADE = 3


def _decimal(match: re.Match[str]) -> float:
    digits = re.match(r"\d+(?:\.\d)?", match.group()[match.start("value") - match.start() :])
    return float(digits.group()) if digits else 0.0


def _phrase(context: MessageContext, start: int, end: int) -> str:
    """The span with the rest of its clause, cut at "and"/"then"/"but" ("I overdosed years ago | and I'm clean")."""
    before, after = context.clause_before(start), context.clause_after(end)
    cuts = list(_PHRASE_BREAK.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    cut = _PHRASE_BREAK.search(after)
    return before + context.lower[start:end] + (after[: cut.start()] if cut else after)


def _is_past_or_chronic(context: MessageContext, start: int, end: int) -> bool:
    """Not happening now: "not right now", "died of", or a past/chronic marker in the phrase without a present one."""
    sentence = context.sentence(start)
    if _NOT_NOW.search(sentence):
        return True
    if _DIED.search(context.lower, max(0, start - 30), start):
        return True
    resolved = _RESOLVED.search(sentence)
    if resolved and not _STILL_NOW.search(sentence, resolved.end()):
        return True
    phrase = _phrase(context, start, end)
    offset = phrase.find(context.lower[start:end])
    if offset >= 0:  # a dated cause after the sign: "bleeding from where they took my tonsils out last week"
        phrase = phrase[: offset + end - start] + _CAUSE_DATE.sub(" ", phrase[offset + end - start :])
    if not _CHRONIC_OR_PAST.search(phrase) or _PRESENT.search(phrase):
        return False
    return not _BACK_AGAIN.search(sentence)


# someone close told someone else something about himself: "my 12 year old told his teacher he ..."
_TOLD_PRONOUN = re.compile(
    rf"\b(?:my|our)\s+(?:[\w-]+\s+){{0,3}}?(?:{RELATIVE}|\d+\s*(?:year|yr)s?[\s-]*old)\s+(?:told|said\s+to|texted|messaged"
    r"|wrote\s+to)\s+(?:his|her|their|a|the|my)\s+[\w-]+\s+(?:that\s+)?(?:he|she|they)\b"
)
# People in general, right before a self-harm span: "people who have attempted suicide", "those who are suicidal"
_GENERIC_PEOPLE_BEFORE = re.compile(
    r"\b(?:people|persons|those|anyone|anybody|patients|families|men|women|kids|children|teens|teenagers|students"
    r"|survivors|individuals|veterans)\s+(?:who|that)(?:'ve|\s+have|\s+has|\s+had|\s+are|\s+were|\s+feel|\s+felt)?\s+$"
)
# someone close wrote to everyone: "my brother texted everyone saying this is the last time..." is the brother's
_TOLD_EVERYONE = re.compile(
    rf"\b(?:my|our)\s+(?:[\w-]+\s+){{0,3}}?(?:{RELATIVE})\s+(?:(?:has\s+been|have\s+been|is|was|keeps)\s+)?(?:told"
    rf"|texted|messaged|emailed|wrote\s+to|rang|called|sent|telling|texting|messaging|emailing|writing\s+to|ringing"
    rf"|calling|sending)\s+"
    r"(?:everyone|everybody|us\s+all|all\s+of\s+us|the\s+(?:family|group))\b"
)
# words only the writer of a farewell says of themselves, though they name someone else
_WRITERS_OWN = re.compile(
    r"if\s+(?:anyone|anybody|someone|you)\s+(?:reads|finds|is\s+reading)\s+this|you'll\s+(?:all\s+)?know"
)
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself|i'm|im|i've|ive|i'd|i'll|mine)\b")
_ACUTE_HERE = re.compile(r"\b(?:right\s+now|help|911|ambulance|rn)\b|!!")
_METHOD_QUESTION = re.compile(
    r"^(?:how\s|what\s)|\b(?:lethal|fatal|deadly|painless|enough\s+to|take\s+to|has\s+to\s+be|bleed\s+out|be\s+enough"
    r"|definitely\s+die|survive|would\s+do\s+it|have\s+to\s+(?:drink|take|swallow)|way\s+to|carbon\s+monoxide"
    r"|post[\s-]?mortem|autops(?:y|ies)|afterwards|after\s+death)\b"
)
_STUDY = re.compile(
    r"\b(?:class|exam|nursing|school|homework|pharmacology|studying|course|assignment|research|novel|book|story"
    r"|movie|show(?!\s+up)|essay|paper|lecture|forensics?|true\s+crime)\b"
)


# A clause that starts with a pronoun subject in the present reports a person the sender is with ("she's choking",
# "her lips are going blue"), even after a how-to question about "a baby" or "someone".
_PRONOUN_SUBJECT = re.compile(
    r"[\s\d.]*(?:(?:now|and|then|suddenly|also|so)\s+)?(?:(?:he|she|he's|she's|hes|shes|his|her|they're|theyre)\b"
    r"|(?:(?:a|an|the|this|some|one|my|our)\s+)?(?:old\s+|young\s+|elderly\s+)?(?:stranger|man|woman|guy|lady|person|someone"
    r"|somebody|hiker|cyclist|runner|driver|passenger|coworker|co-worker|colleague|kid|boy|girl|teen|student)"
    r"(?:\s+(?:on|at|in|near|by|outside)\s+(?:the|our|your|a)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|'s|isn't|keeps|can't|won't"
    r"|has|just|suddenly)\b)"
)
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|wasn't|weren't|used\s+to)\b")

# The bare word "suicidal" names a crisis when someone says it of themselves ("feeling suicidal tonight", "this thread
# made me suicidal", "suicidal again.", "so hard to fight these suicidal thoughts"), not when it judges a thing or
# speaks of people in general ("that move was suicidal", "if you're suicidal, call...", "a suicidal person needs...").
# Learned from the tweets of twitter_suicidal_tendency (measure-only), reading errors only in the half whose sha256
# starts with 0-7; bench/safety.py reports the other half apart.
_SUICIDAL_WORD = re.compile(r"su[ie]?[cs]s?[ie]?[dt](?:al|le|el)$")
_FIRST_PERSON_REACH = 100  # characters either side: "Fuck these suicidal thoughts. Why do I have them"
# a feeling, a mood or a degree word among the few words before it ("feeling extra spicy suicidal", "lonely,
# depressed and suicidal"), unless a copula makes it a judgement of something ("being fair is suicidal")
_FEELING_BEFORE = re.compile(
    r"\b(?:feel|feels|feeling|feelin|felt|being|been|having|get|gets|getting|got|go|going|goin|went|so|super|really"
    r"|very|somewhat|kinda|sorta|passively|actively|extremely|more|bit|lowkey|highkey|deeply|increasingly|still|again"
    r"|depressed|depressive|lonely|worthless|hopeless|anxious|tired|empty|numb|broken|heartbroken|miserable)\b"
    r"(?:\W+[\w']+){0,4}?\W+$"
)
_COPULA_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|'s|seems?|sounds?)\s+(?:(?:so|just|really|very|kinda|literally|actually|almost|pretty"
    r"|quite|totally|completely|basically)\s+)?$"
)
_INNER_STATE_AFTER = re.compile(
    r"\W*(?:thoughts?|ideations?|feelings?|urges?|impulses?|tendenc(?:y|ies)|episodes?|thinking|depression|state|mood"
    r"|phase|mode|spiral|spells?)\b"
)
_PERSON_AFTER = re.compile(
    r"\s+(?:person|persons|people|ppl|individuals?|man|men|woman|women|guy|girl|boy|kids?|teens?|teenagers?|youth"
    r"|students?|users?|clients?|patients?|veterans?|friend|someone|folks)\b"
)
_SOMEONE_ELSE_SUBJECT = re.compile(
    r"\b(?:you|you're|youre|u|ur|they|they're|theyre|them|he|she|he's|she's|we|we're|people|ppl|others|everyone"
    r"|anyone|someone|somebody|many|some|who|this|that|it|it's|its)\b"
)
# someone else called suicidal, happening where the sender is ("the man next to me on the platform...")
_SOMEONE_SUICIDAL_NOW = re.compile(
    r"\b(?:right\s+now|rn|tonight|at\s+the\s+moment|outside|next\s+to\s+me|in\s+front\s+of\s+me|with\s+me|i'm\s+with"
    r"|on\s+the\s+(?:bridge|roof|ledge|tracks|phone)|911|999|112|ambulance|asap|help\s+(?:me|us|him|her))\b"
)


# a question about anyone: "if a friend says...", "what are the warning signs that someone might be..."
_ANYONE_IF = re.compile(
    r"\bif\s+(?:a|an|any|your|someone's)\s+(?:[\w-]+\s+)?(?:friend|relative|family\s+member|loved\s+one|child|kid"
    r"|teen(?:ager)?|student|patient|person|colleague|partner)\b"
)
_SIGNS_QUESTION = re.compile(
    r"\b(?:warning\s+signs?|signs?|red\s+flags?)\s+(?:that|of|someone|a\s+person)|\bhow\s+(?:can|do|would)\s+(?:i|you"
    r"|we)\s+(?:tell|know|spot)\s+(?:if|when|that)\b"
)


def _about_anyone(context: MessageContext, start: int) -> bool:
    """A self-harm span in a general question about anyone, not someone in it now."""
    sentence = context.sentence(start)
    if _SOMEONE_SUICIDAL_NOW.search(sentence):
        return False
    if _ANYONE_IF.search(sentence) and context.is_hypothetical(start):
        return True
    return bool(_SIGNS_QUESTION.search(sentence)) and context.is_question(start)


def _sender_near(context: MessageContext, start: int) -> bool:
    return bool(_FIRST_PERSON.search(context.lower, max(0, start - _FIRST_PERSON_REACH), start + _FIRST_PERSON_REACH))


def _judges_a_thing(context: MessageContext, start: int) -> bool:
    """ "selling in a panic would be suicidal": a copula before the bare word, with no person before it and no
    sender near."""
    sentence_start = context.sentence_start(start)
    if not _COPULA_BEFORE.search(context.lower, sentence_start, start) or _sender_near(context, start):
        return False
    return not any(m.person for m in context.mentions if sentence_start <= m.start and m.end <= start)


def _said_of_oneself(context: MessageContext, start: int, end: int) -> bool:
    """Whether a bare "suicidal" with no one named is a self-report (see _SUICIDAL_WORD)."""
    if _sender_near(context, start):
        return True
    if _PERSON_AFTER.match(context.lower, end):
        return False  # "a suicidal person needs...": people in general
    before = context.lower[context.sentence_start(start) : start]
    words_before = len(re.findall(r"[\w']+", before))
    if words_before <= 1:
        return True  # "suicidal again.", "still suicidal"
    if _SOMEONE_ELSE_SUBJECT.search(before) or _COPULA_BEFORE.search(before):
        return False
    if _INNER_STATE_AFTER.match(context.lower, end) and not _MEDIA.search(context.sentence(start)):
        return True  # "it's so hard to fight with suicidal thoughts": written to a hospital, likely the writer's own
    return bool(_FEELING_BEFORE.search(before)) or words_before <= 2


# Whose "suicidal" it is, read from the sentence: the last person named before the word in its sentence (not inside
# a prepositional phrase: "a kid in my class is suicidal" is the kid's), a possessive right before it ("about my
# suicidal thoughts"), "me" as an object ("this job is making me suicidal"), or the writer as the subject after it
# ("I have to tell my therapist how suicidal I am"). Someone else's still counts with a first person within 100
# characters (_sender_near), as before: requiring the writer in the same sentence, or after the other person, cut
# false crises but lost self-reports. Written 2026-12-05 from errors in the read half of twitter_suicidal_tendency
# (see _SUICIDAL_WORD).
_ME = re.compile(r"\bme\b")
_WRITER_AFTER = re.compile(r"\s+(?:(?:as\s+(?:fuck|hell|shit)|af|asf)\s+)?(?:i|i'm|im|am\s+i)\b|\s*\(me\)")
_YOU = frozenset({"you", "u", "your", "ur", "yourself", "y'all"})
# a person noun said of the writer: "I'm the only person...", "as someone who..."
_WRITER_AS = re.compile(r"\b(?:i'm|im|i\s+am|i\s+was|as)\s+(?:(?:a|an|the|one|just|only|also|another)\s+){0,3}$")
# a thing or a course of action as the subject of a copula right before the word: "it would be suicidal", "thats
# suicidal", "which is plain suicidal"
_THING_JUDGED = re.compile(
    r"\b(?:it|that|this|which|thats|its)(?:'s|\s+(?:(?:would|will|could|might|must|is|was|be|'s|just|really|seems?"
    r"|sounds?|looks?)\s+){1,3})(?:(?:so|just|really|very|kinda|literally|actually|almost|pretty|quite|totally"
    r"|completely|basically|plain|downright|borderline|absolutely|simply)\s+)?$"
)
_UNNAMED_PRONOUNS = frozenset(
    {"he", "she", "he's", "she's", "hes", "shes", "he'd", "she'd", "he'll", "she'll", "his", "her"}
)


def _suicidal_subject(context: MessageContext, start: int, end: int) -> bool | None:
    """Whether a bare "suicidal" counts, by whom it is said of; None when the sentence does not say (no one named
    before it, as in "suicidal again", or a "you" that may be the writer's generic one: "so hard when ur suicidal"),
    which leaves it to _said_of_oneself and the holder rules.

    The writer ("I'm so suicidal", "telling my therapist about my suicidal thoughts", "you make me suicidal", "as
    someone with suicidal ideation") and someone close ("my friends are all suicidal", and "he"/"she" with no one
    named before, as everywhere in these rules) count. Someone else (people in general, a public figure, a stranger)
    counts when it is happening where the sender is, or when the writer speaks within reach of it, before or after,
    in the sentence or the next (_sender_near: "my coworker is suicidal and I don't know what to do", "I think the new
    guy is suicidal"), unless the sentence is about fiction, the news or something read ("a character who was
    suicidal", "I read that people who are suicidal..."): tuned for recall, as a stricter reading of whose word it is
    lost self-reports that name someone else on the way. A thing judged suicidal ("it would be suicidal") never counts.
    """
    if _WRITER_AFTER.match(context.lower, end):
        return True
    window_start = context.window_start(start)
    before = [m for m in context.mentions if window_start <= m.start and m.end <= start]
    if before and before[-1].possessive and only_modifiers(context.lower[before[-1].end : start]):
        last = before[-1]  # "about my suicidal thoughts", "her suicidal daughter": the possessor, wherever it stands
    else:
        direct = [m for m in before if m.direct]
        last = direct[-1] if direct else None
    me = [m.start() for m in _ME.finditer(context.lower, window_start, start)]
    if me and (last is None or me[-1] >= last.end):
        return True
    clause = context.clause_before(start)
    thing = _THING_JUDGED.search(clause)
    if thing and (last is None or last.end <= start - len(clause) + thing.start()):
        return False  # "we can't afford that, it would be suicidal": a course of action judged, after anyone named
    if last is None:
        return None
    words = context.lower[last.start : last.end]
    if words in _YOU:
        return None
    if _WRITER_AS.search(context.lower, max(0, last.start - 30), last.start):
        return True  # "I'm a person who tends to have suicidal thoughts", "as someone with suicidal ideation"
    who = context.resolve(last)
    if who in (SELF, CLOSE) or (who is None and words in _UNNAMED_PRONOUNS):
        return True  # "he"/"she" with no one named before: as everywhere, someone the sender speaks for
    sentence = context.sentence(start)
    if _SOMEONE_SUICIDAL_NOW.search(sentence):
        return True
    if _MEDIA.search(sentence):
        return False  # "I watched a documentary where a teacher was suicidal"
    return _sender_near(context, start)


def _reported_now(context: MessageContext, start: int, end: int) -> bool:
    clause = context.clause_before(start) + context.lower[start:end]
    return bool(_PRONOUN_SUBJECT.match(clause)) and not _PAST_VERB.search(clause) and not context.is_question(start)


# "is it normal to...?", "should I wait it out?": a worried question about someone now, when the message says who
_WORRIED_QUESTION = re.compile(
    r"\b(?:is\s+(?:it|this|that)\s+(?:normal|ok|okay|bad|serious|dangerous|safe|fine)|should\s+(?:i|we)\s+(?:wait|worry"
    r"|be\s+worried)|do\s+(?:i|we)\s+need\s+to|is\s+that\s+ok)\b"
)
_URGENT_MARKS = re.compile(r"\?\?|\?!|!\?")
_PERSONAL = re.compile(r"\b(?:my|i'm|im|i've|i|he's|she's|he|she|we're|we|our|his|her)\b")


def _worried_question(context: MessageContext) -> bool:
    if _URGENT_MARKS.search(context.lower):
        return True  # "not breathing??": a fragment in a panic, not a general question
    return bool(_WORRIED_QUESTION.search(context.lower)) and bool(_PERSONAL.search(context.lower))


# Animals: the hospital's crises are people's ("my parrot isn't breathing" goes to a vet).
_ANIMALS = (
    r"(?:dogs?|pupp(?:y|ies)|pups?|cats?|kittens?|parrots?|birds?|budgies?|rabbits?|bunn(?:y|ies)|hamsters?|guinea\s+pigs?"
    r"|goldfish|fish(?!\s*(?:hooks?|bones?|sticks?|fingers?|oil|tacos?|and\s+chips))|labs?|labrador|retriever|terrier|spaniel|poodle|horses?|pon(?:y|ies)|ferrets?|lizards?|snakes?|turtles?"
    r"|tortoises?|goats?)"
)
_ANIMAL = re.compile(rf"\b{_ANIMALS}\b")
_ANIMAL_AFTER = re.compile(rf"\s+(?:my|our|the|his|her|a)\s+(?:\w+\s+)?{_ANIMALS}\b")
# An animal that did the harm ("bitten by the neighbour's dog", "a dog bit him"): the person's injury, not the animal's.
_BY_ANIMAL = re.compile(
    r"\b(?:bitten|bit|attacked|mauled|savaged|scratched|kicked|gored|trampled|knocked\s+down)\s+(?:\w+\s+){0,2}?by\s+"
    rf"(?:\S+\s+){{0,2}}?{_ANIMALS}\b|\b{_ANIMALS}\s+(?:bit|attacked|mauled|savaged|scratched|kicked|went\s+for)\b"
)
_VET = re.compile(r"\b(?:vets?|veterinar\w*|animal\s+(?:hospital|er|clinic|emergency))\b")
# Fiction, media and study: "in the book the girl has anaphylaxis", "the actor overdosed", "for a physics project".
_MEDIA = re.compile(
    r"\b(?:book|novel|movie|film|tv\s+show|series|episode|sitcom|podcast|documentary|article|news|headline|project"
    r"|essay|homework|assignment|lecture|actor|actress|character|celebrity|singer|rapper|read\s+that|clase|cours"
    r"|proyecto|projet|thriller|plot|storyline|video\s+game|anime|manga|soap\s+opera)\b"
)
# A policy or a training asked about, before the crisis word: "the policy on staff who disclose suicidal thoughts".
_TOPIC_BEFORE = re.compile(
    r"\b(?:polic(?:y|ies)|protocols?|procedures?|guidance|guidelines?|training|rules)\s+(?:on|for|about|regarding"
    r"|around|when|if)\b"
)
# A question asked in general, with no one ill now: "just curious", "I don't have any right now"; and a sleeper's
# noise compared to choking ("his snoring sounds like he's choking"): a question for the sleep clinic.
_NOTHING_NOW = re.compile(
    r"\bjust\s+curious\b|\bout\s+of\s+curiosity\b|\b(?:i|he|she|we)\s+(?:don't|dont|doesn't|doesnt|do\s+not"
    r"|does\s+not)\s+have\s+(?:any|it|them|one)\s+(?:right\s+)?now\b"
)
TOPIC_REACH = 60  # characters between the policy asked about and the crisis word


def _is_topic_asked(context: MessageContext, start: int) -> bool:
    """A policy or a training is asked about just before the word, with no "I" between ("training for a marathon but
    I want to kill myself" is the writer's)."""
    topic = _TOPIC_BEFORE.search(context.lower, max(context.sentence_start(start), start - TOPIC_REACH), start)
    return topic is not None and not _FIRST_PERSON.search(context.lower, topic.end(), start)


_SNORING_SIMILE = re.compile(r"\bsnor(?:e|es|ed|ing)\b[^.!?\n]{0,60}?\b(?:sounds?|sounded|like|as\s+if)\b")
# A crisis word naming a service or an event: "the anaphylaxis clinic letter", "overdose awareness day".
_SERVICE_AFTER = re.compile(
    r"\s*(?:clinic|awareness|prevention|unit|ward|team|kit|kits|training|class|classes|course|day|week|month|walk|vigil"
    r"|programs?|programmes?|letter|referral|specialist|services?|support|education|cent(?:er|re)|department|research|study"
    r"|survivors?|case|cases|reversal|antidote|naloxone)\b"
)


def _about_animal(context: MessageContext, start: int, end: int) -> bool:
    """The red flag is an animal's: the last mention before it is one ("our old lab collapsed"), or it is done to one
    ("electrocuted my goldfish"), or the message asks for a vet and names no one close."""
    before = context.lower[context.window_start(start) : start]
    if _BY_ANIMAL.search(before):
        return False
    mentions = [m for m in context.mentions if context.window_start(start) <= m.start and m.end <= start]
    tail_start = mentions[-1].start if mentions else context.window_start(start)
    animal = _ANIMAL.search(context.lower, tail_start)  # read on past `start`: "a fish hook in my eye" is no fish's
    if animal is not None and animal.start() < start:
        return True
    if _ANIMAL_AFTER.match(context.lower, end):
        return True
    return bool(_VET.search(context.lower)) and context.holder(start, end) in (OTHER, NONE)


def _counts_for(context: MessageContext, start: int, end: int, crisis: str) -> bool:
    """The crisis span is about the sender, someone close, or (for an emergency here and now) a stranger."""
    if crisis == SELF_HARM and (
        _FIRST_PERSON.search(context.lower, start, end) or _WRITERS_OWN.match(context.lower, start)
    ):
        return True  # "everyone would be better off without me", "if anyone reads this"
    if crisis == SELF_HARM and _GENERIC_PEOPLE_BEFORE.search(context.lower, max(0, start - 60), start):
        return False  # "a support group for families of people who have attempted suicide"
    if crisis == SELF_HARM and _about_anyone(context, start):
        return False  # "what do I do if a friend tells me they're suicidal?", "signs that someone is suicidal?"
    if crisis == SELF_HARM and _is_topic_asked(context, start):
        return False
    bare_suicidal = crisis == SELF_HARM and bool(_SUICIDAL_WORD.match(context.lower, start, end))
    if bare_suicidal and _judges_a_thing(context, start):
        return False
    if bare_suicidal:
        said_of = _suicidal_subject(context, start, end)
        if said_of is not None:
            return said_of
    if crisis == SELF_HARM and _METHOD_QUESTION.search(context.lower[start:end]):
        return not _STUDY.search(context.sentence(start))  # asking for a method is a warning sign, about anyone
    if crisis == MEDICAL_EMERGENCY:
        if _about_animal(context, start, end) or _SERVICE_AFTER.match(context.lower, end):
            return False
        if _MEDIA.search(context.sentence(start)) and not _ACUTE_HERE.search(context.sentence(start)):
            return False
        if _NOTHING_NOW.search(context.lower) or _SNORING_SIMILE.search(context.sentence(start)):
            return False
    holder = context.holder(start, end)
    if crisis == SELF_HARM and context.possessor(start, end) == OTHER:
        holder = OTHER  # "a singer I follow talked about her suicide attempt": the singer's, not the sender's
    elif crisis == SELF_HARM and holder == OTHER and (
        _TOLD_PRONOUN.search(context.sentence(start)[:WINDOW], 0) or _TOLD_EVERYONE.search(context.sentence(start))
    ):
        holder = CLOSE  # "my son told his teacher he wants to die": the pronoun is the son, who spoke
    if (
        crisis == MEDICAL_EMERGENCY
        and holder not in (SELF, CLOSE)
        and _STORY_OR_STUDY.search(context.sentence(start))
        and not _ACUTE_HERE.search(context.sentence(start))
    ):
        return False
    if holder == OTHER and crisis == MEDICAL_EMERGENCY and _reported_now(context, start, end):
        return True  # "how do you do CPR on a toddler? he's not breathing": the pronoun is someone here, now
    if holder == OTHER:
        if crisis == SELF_HARM and context.is_hypothetical(start):
            return False  # "what is your policy if a patient says they're suicidal?"
        if crisis == MEDICAL_EMERGENCY and _worried_question(context) and context.is_question(start):
            return True  # "is it bad if a 4 year old ate 20 gummies? he's throwing up"
        if bare_suicidal:
            # someone else called suicidal counts when the sender speaks near it or it is happening where the sender
            # is; not "if your suicidal thoughts get too much..." or "a suicidal man in the film"
            return _sender_near(context, start) or bool(_SOMEONE_SUICIDAL_NOW.search(context.sentence(start)))
        return bool(_HERE_AND_NOW.search(context.sentence(start))) and not _is_past_or_chronic(context, start, end)
    if holder in (SELF, CLOSE):
        return True
    if crisis == SELF_HARM:
        return not bare_suicidal or _said_of_oneself(context, start, end)
    # no one named: a bare "chest pain, can't breathe" counts; a general question ("signs of a stroke?") does not,
    # unless it is a worried question about someone the message speaks of ("is it normal to have this much blood...")
    return not context.is_question(start) or _worried_question(context)


def _self_harm(context: MessageContext) -> list[CrisisSpan]:
    """Self-harm spans: any strong signal; else two weak ones (a soft one counting half), or one weak one with a
    swallowed overdose."""
    found = _strong_self_harm(context)
    weak, soft = _weak_spans(context, _SELF_HARM_WEAK), _weak_spans(context, _SELF_HARM_SOFT)
    if found:
        return found + weak + soft
    # two signals are two places in the message: "up to the garage roof" is one, though two branches match it
    spans = sorted([(start, end, 2) for _, start, end in weak] + [(start, end, 1) for _, start, end in soft])
    halves = sum(weight for i, (start, _, weight) in enumerate(spans) if all(start >= other[1] for other in spans[:i]))
    if halves >= 4 or (weak and _INGESTION.search(context.lower)):
        return weak + soft  # "I bought a rope today. I'm done"; "took a bunch of pills because I'm done"
    return []


def _weak_spans(context: MessageContext, pattern: GatedPattern) -> list[CrisisSpan]:
    return [
        (SELF_HARM, m.start(), m.end())
        for m in pattern.finditer(context.lower, context.words)
        if not context.is_negated(m.start(), m.end())
        and not context.is_figurative(m.start(), m.end())
        and _counts_for(context, m.start(), m.end(), SELF_HARM)
    ]


def _is_medicine_word(word: str) -> bool:
    terms = LEXICON.get(term_key(word), ())
    return bool(_PACK.match(word)) or any(term.kind == FindingKind.MEDICATION for term in terms)


def _is_medicine(context: MessageContext, supply: re.Match[str]) -> bool:
    """The whole supply taken is a medicine's: "the whole bottle", "all of my citalopram", "every pill"."""
    if supply.group().endswith(("bottle", "box", "pack", "packet", "strip", "blister")):
        return True
    following = _SUPPLY_WORDS.match(context.lower, supply.end())
    return bool(following) and _is_medicine_word(following.group(1))


def _swallowed_something_else(context: MessageContext, start: int, end: int) -> bool:
    """An "ate too many / took all my ..." red flag whose object is not a medicine ("ate all my vegetables")."""
    if not _INGESTED.match(context.lower, start, end):
        return False
    words = re.findall(r"[\w'-]+", context.lower[start : context.window_end(end)])[:8]
    return not any(_is_medicine_word(word) for word in words)


def _strong_self_harm(context: MessageContext) -> list[CrisisSpan]:
    found: list[CrisisSpan] = [
        (SELF_HARM, m.start(), m.end())
        for m in _WHOLE_SUPPLY.finditer(context.lower)
        if _is_medicine(context, m)
        and not _COURSE_FINISHED.search(context.sentence(m.start()))
        and not _BY_MISTAKE.search(context.sentence(m.start()))
        and not _DISTANT_PAST.search(_phrase(context, m.start(), m.end()))
    ]
    for match in _SELF_HARM.finditer(context.lower, context.words):
        start, end = match.start(), match.end()
        if context.is_negated(start, end, reach=_NEGATION_REACHES):
            context.dismissed.append((NEGATED, start, end))
            continue
        if context.is_figurative(start, end):
            context.dismissed.append((DISMISSED, start, end))
            continue
        if _SELF_HARM_SERVICE.match(context.lower, end):
            continue
        if _POST_MORTEM.search(match.group()) and (_BEREAVED.search(context.lower) or _STUDY.search(context.lower)):
            continue  # "mum died on tuesday, would her morphine show up in the autopsy?", "for my forensics class"
        if _SELF_HARM_LIMB.match(match.group()):
            before = context.lower[context.window_start(start) : start]
            after = context.lower[end : context.window_end(end)]
            if not (_INTENT.search(before) or _INTENT.search(after)) or _ACCIDENT.match(after.strip()):
                continue
        elif _WRIST_CUT.match(match.group()):
            after = context.lower[end : context.window_end(end)]
            if _WRIST_ACCIDENT.match(after) and not _INTENT.search(after):
                continue  # "cut my wrist on the broken window trying to get in"
        elif _SELF_HARM_ACT.match(match.group()):
            before = context.lower[context.window_start(start) : start]
            after = context.lower[end : context.window_end(end)]
            intent = _INTENT.search(before) or _INTENT.search(after)
            if not intent and (_ACCIDENT.search(after) or "accident" in before):
                continue
        phrase = _phrase(context, start, end)
        if _PAST_ACT.search(match.group()) or context.lower[max(0, start - 12) : start].endswith("tried to "):
            if _DISTANT_PAST.search(phrase) and not _PRESENT.search(phrase):
                context.dismissed.append((DISMISSED, start, end))
                continue
        elif _DISTANT_PAST.search(phrase) and not _RELAPSE.search(phrase):
            context.dismissed.append((DISMISSED, start, end))
            continue  # "I used to self-harm as a teenager, I'm fine now"
        if _counts_for(context, start, end, SELF_HARM):
            found.append((SELF_HARM, start, end))
        else:
            context.dismissed.append((DISMISSED, start, end))
    return found


_CRITICAL_LEVEL, _SERIOUS_LEVEL, _VITAL_LEVEL, _SIGN_LEVEL = 2, 1, 0, -1
# a machine right before the verb is its subject ("the vending machine by the ER ate my coins")
_MACHINE = re.compile(
    r"\b(?:machine|meter|atm|kiosk|dispenser|printer|terminal)\b(?:\s+(?!and\b|he\b|she\b|they\b)[\w']+){0,3}\s*$"
)
_SWALLOWING = re.compile(r"(?:swallowed|ate|chewed)\b")
# Skin coming off is a deep burn's sign, not a sunburn's days later: "my sunburn skin is peeling off".
_SKIN_OFF = re.compile(r"skin\s+is\s+(?:peeling|coming|falling)\s+off")
_SUNBURN = re.compile(r"\bsun(?:\s*burn\w*|tan\w*)?\b|\bbeach\b")


# A red flag taken back in its own sentence: a joke owned up to ("I overdosed on Halloween candy (kidding)"), the
# person fine right after ("the drummer collapsed (he's fine, it's a bit)"), or a part played ("I 'played' the
# unconscious casualty"). Only for emergencies: "jk" after a wish to die is no reason to look away.
_JOKE_AFTER = re.compile(r"[^.!?\n]{0,60}?(?:\(\s*(?:kidding|joking|jk|j/k)\s*\)|\bjust\s+(?:kidding|joking)\b)")
# ...and a person said to be fine right after: not after a critical flag ("swallowed a button battery, he's fine").
_FINE_AFTER = re.compile(
    r"[^.!?\n]{0,60}?\b(?:he's|she's|they're|he\s+is|she\s+is|they\s+are)\s+(?:totally\s+|completely\s+|absolutely\s+)?"
    r"(?:fine|ok|okay|alright|all\s+right)\b(?!,?\s+(?:now\s+)?but\b)"
)
# ...a part played right before it: "I 'played' the unconscious casualty", "pretending to be a choking victim"
# (not "acting weird", "playing basketball, collapsed": an article must come right before the flag)
_PART_PLAYED_BEFORE = re.compile(
    r"\b(?:played|playing|pretended\s+to\s+be|pretending\s+to\s+be|pretend\s+to\s+be|role[\s-]?play(?:ed|ing)?(?:\s+as)?)"
    r"\W{0,3}\s+(?:the\s+part\s+of\s+)?(?:the|an?)\s+$"
)


# ...unless someone only says so: "her face is drooping but she says she's fine" is a stroke denied, not gone.
_ONLY_SAYS = re.compile(
    r"\b(?:says?|said|insists?|insisted|claims?|claimed|thinks?|swears?|keeps\s+saying|tells?\s+(?:me|us))\b"
)


# Lessons of the sixth and seventh crisis files' false crises (read on 2026-12-06): a joke marked as one anywhere in
# the sentence ("got hit by a truck, figuratively", "chest pains, kidding", "😂"), unless taken back ("not kidding");
# a thing, not a person, gasping or drowning ("my tomato plants are gasping", "this rain is drowning my garden",
# "my phone battery is bleeding out"); an overdose of food or a heart attack of delight; a story, a song or a study
# about someone nobody close to the writer ("a video of a guy collapsing", "writing a paper on overdose trends").
_JOKE_MARK = re.compile(
    r"(?<!\bnot\s)(?<!\bno\s)\b(?:kidding|joking|jk|j/k|figuratively|metaphorically)\b|😂|🤣|😆|😅|😹"
)
_NOT_A_JOKE = re.compile(r"\b(?:not\s+(?:kidding|joking)|no\s+joke|for\s+real|seriously|i'm\s+serious)\b")
_THING_BEFORE = re.compile(
    r"\b(?:plants?|garden|lawn|flowers?|tomato(?:es)?|crops|battery|phone|laptop|computer|car|engine|wallet|budget"
    r"|account|savings|inbox|wifi|signal)\s+(?:is|are|'s|was|were)\s+(?:\w+\s+)?$"
)
# ...but a thing named as a place is where the person is: "my baby in the car is not breathing"
_PLACE_BEFORE = re.compile(
    r"\b(?:in|on|at|by|near|inside|under|behind|from|into|outside)\s+(?:the|my|our|his|her|their|a|an)?\s*$"
)
_THING_AFTER = re.compile(
    r"\s+(?:my|the|our|his|her|their)\s+(?:garden|lawn|plants|yard|basement|inbox|crops|flowers)\b"
)
# ...only after an overdose or a heart attack ("choking on candy" is a child in danger)
_TREAT_AFTER = re.compile(
    r"\s+on\s+(?:\w+\s+)?(?:cookies|sugar|chocolate|candy|sweets|cake|coffee|caffeine|netflix|tv|carbs|pizza|junk"
    r"|love)\b|\s+over\s+how\b"
)
_OVERDOSE_OR_HEART = re.compile(r"overdos|heart\s+attack|chest\s+pain")
_STORY_OR_STUDY = re.compile(
    r"\b(?:video\s+of|true\s+crime|song\s+(?:says|goes)|lyrics|novelist|writing\s+a\s+(?:paper|book|story|novel|script"
    r"|thesis)|paper\s+on|researching|research\s+(?:on|into)|trends)\b"
)


def _taken_back(context: MessageContext, start: int, end: int, level: int) -> bool:
    if _JOKE_AFTER.match(context.lower, end):
        return True
    sentence = context.sentence(start, end)
    if _JOKE_MARK.search(sentence) and not _NOT_A_JOKE.search(sentence):
        return True
    thing = _THING_BEFORE.search(context.lower, max(context.sentence_start(start), start - 40), start)
    if thing and not _PLACE_BEFORE.search(context.lower, max(0, thing.start() - 30), thing.start()):
        return True
    if _THING_AFTER.match(context.lower, end):
        return True
    if _TREAT_AFTER.match(context.lower, end) and _OVERDOSE_OR_HEART.search(context.lower, start, end):
        return True
    fine = _FINE_AFTER.match(context.lower, end) if level != _CRITICAL_LEVEL else None
    if fine is not None and not _ONLY_SAYS.search(fine.group()):
        return True
    return bool(_PART_PLAYED_BEFORE.search(context.lower, max(context.sentence_start(start), start - 40), start))


def _emergency(context: MessageContext) -> list[CrisisSpan]:
    """Red flags that count, graded: critical alone; serious with a second flag, an acute marker or a symptom;
    a dangerous (not critical) vital sign with a second flag or a symptom."""
    candidates = [(m.start(), m.end(), _CRITICAL_LEVEL) for m in _CRITICAL.finditer(context.lower, context.words)]
    candidates += [(m.start(), m.end(), _SERIOUS_LEVEL) for m in _SERIOUS.finditer(context.lower, context.words)]
    candidates += [(m.start(), m.end(), _SIGN_LEVEL) for m in _SIGNS.finditer(context.lower, context.words)]
    vitals = list(_VITAL.finditer(context.lower))
    if "#digit" in context.words:
        known = list(vitals)
        vitals += [
            m for m in _VITAL_AFTER.finditer(context.lower) if not any(v.start() <= m.start() < v.end() for v in known)
        ]
    for match in vitals:
        grade = _vital_grade(match)
        if grade:
            level = {2: _CRITICAL_LEVEL, 1: _VITAL_LEVEL}.get(grade, _SIGN_LEVEL)
            candidates.append((match.start(), match.end(), level))
    flags: dict[int, list[CrisisSpan]] = {_CRITICAL_LEVEL: [], _SERIOUS_LEVEL: [], _VITAL_LEVEL: [], _SIGN_LEVEL: []}
    for start, end, level in candidates:
        if context.is_negated(start, end):
            context.dismissed.append((NEGATED, start, end))
            continue
        if context.is_figurative(start, end) or context.is_hypothetical(start):
            context.dismissed.append((DISMISSED, start, end))
            continue
        if _is_past_or_chronic(context, start, end) or not _counts_for(context, start, end, MEDICAL_EMERGENCY):
            context.dismissed.append((DISMISSED, start, end))
            continue
        if _WHOLE_SUPPLY.search(context.lower, max(0, start - 8), end) and _COURSE_FINISHED.search(
            context.sentence(start)
        ):
            continue  # "took all my antibiotics like the doctor said"
        if _taken_back(context, start, end, level):
            context.dismissed.append((DISMISSED, start, end))
            continue
        if _swallowed_something_else(context, start, end):
            continue  # "I ate all the cookies in the break room"
        if _MACHINE.search(context.clause_before(start)) and _SWALLOWING.match(context.lower, start):
            continue  # "the vending machine by the ER ate my coins"
        if _SKIN_OFF.match(context.lower, start) and _SUNBURN.search(context.sentence(start)):
            context.dismissed.append((DISMISSED, start, end))
            continue
        flags[level].append((MEDICAL_EMERGENCY, start, end))
    critical, serious, vitals = flags[_CRITICAL_LEVEL], flags[_SERIOUS_LEVEL], flags[_VITAL_LEVEL]
    signs = flags[_SIGN_LEVEL]
    if critical:
        return critical + serious + vitals + signs
    # a sign counts beside another red flag, or beside a fever named in words ("fever and a stiff neck")
    fever = bool(signs) and any(
        not any(start <= m.start() < end for _, start, end in signs) and not context.is_negated(m.start(), m.end())
        for m in _FEVER.finditer(context.lower)
    )  # not "teething? no fever"
    if len(serious) + len(vitals) + len(signs) + int(fever) >= 2:
        return serious + vitals + signs
    for _, start, end in serious + vitals:
        rest = context.sentence(start).replace(context.lower[start:end], " ")
        if _SECONDARY.search(rest) or (serious and _ACUTE.search(context.lower)):
            return serious + vitals
    return []


def find_crisis(context: MessageContext) -> tuple[str | None, list[CrisisSpan]]:
    """The crisis type (self-harm wins over medical emergency) and the spans that triggered it."""
    self_harm_phrases, emergency_phrases = crisis_languages.find(context.lower, context.words)
    # English words in a message in another script are negated or dated by that script's words: "मैं suicidal नहीं हूं"
    dismissed = crisis_languages.dismissed_in_other_scripts
    self_harm = [span for span in _self_harm(context) if not dismissed(context.lower, span[1], span[2], False)]
    emergency = [span for span in _emergency(context) if not dismissed(context.lower, span[1], span[2], True)]
    # an idiom there too: "con esos precios me va a dar un infarto jaja"
    self_harm += [(SELF_HARM, *span) for span in self_harm_phrases if not context.is_figurative(*span)]
    emergency += [(MEDICAL_EMERGENCY, *span) for span in emergency_phrases if not context.is_figurative(*span)]
    if self_harm:
        return SELF_HARM, self_harm + emergency
    if emergency:
        return MEDICAL_EMERGENCY, emergency
    if _passed_or_animal(context):
        context.dismissed.append((DISMISSED, 0, 0))  # the learned model's crisis does not count either
    return None, []


_RESOLVED_WORDS = frozenset(
    ["away", "normal", "fine", "ok", "okay", "normally", "bleeding", "great", "well", "out", "now"]
)
_ANIMAL_WORDS = frozenset(
    {
        "dog", "dogs", "puppy", "puppies", "pup", "pups", "cat", "cats", "kitten", "kittens", "parrot", "parrots",
        "bird", "birds", "budgie", "budgies", "rabbit", "rabbits", "bunny", "bunnies", "hamster", "hamsters", "guinea",
        "goldfish", "fish", "lab", "labs", "labrador", "retriever", "terrier", "spaniel", "poodle", "horse", "horses",
        "pony", "ponies", "ferret", "ferrets", "lizard", "lizards", "snake", "snakes", "turtle", "turtles", "tortoise",
        "tortoises", "goat", "goats", "vet", "vets", "veterinary", "veterinarian", "animal",
    }
)
_PET_SUBJECT = re.compile(rf"(?:^|[.!?]\s*)(?:my|our|the)\s+(?:\w+\s+)?{_ANIMALS}\b")


def _passed_or_animal(context: MessageContext) -> bool:
    """The message tells of something over ("got it out, he's totally fine") or of an animal ("my puppy swallowed a
    sock"), with no one close named for the animal case."""
    resolved = None if _RESOLVED_WORDS.isdisjoint(context.words) else _RESOLVED.search(context.lower)
    if resolved and not _STILL_NOW.search(context.lower, resolved.end()):
        return True
    if _ANIMAL_WORDS.isdisjoint(context.words) or not (
        _VET.search(context.lower) or _PET_SUBJECT.search(context.lower)
    ):
        return False
    return not any(mention.who == CLOSE for mention in context.mentions)
