"""Crisis cues in the other languages patients mix with English on the hospital's channels.

The English rules (bot.safety.crisis) read negation, whose-ness and tense; these phrases carry their own meaning
("no respira" is a report, "quiero morir" a wish), so a match counts unless the sentence places it in the past
("ayer", "el año pasado", "il y a deux ans") or asks a general question ("¿cuáles son los síntomas de...?").
Patterns are written without accents and matched against an accent-folded copy of the text of the same length.
A negation right before a phrase ("no tengo dolor de pecho", "hindi niya gustong mamatay") cancels it too.
Languages in Latin letters: Spanish, French, Portuguese, Italian, German, Romanian, Tagalog, Polish, Vietnamese
(folded), Haitian Creole, Swahili, Somali, Hindi and Urdu in Latin script, Arabic in Latin letters. In their own
scripts (one list per language below `_Language`, run only on messages written in that script): Russian, Ukrainian,
Bulgarian, Greek, Hebrew, Arabic, Persian, Urdu, Armenian, Georgian, Hindi, Nepali, Marathi, Bengali, Punjabi
(Gurmukhi), Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Khmer, Burmese, Amharic, Tigrinya,
Chinese (simplified, traditional, Cantonese), Japanese and Korean; each with its words for the past, fiction and
general questions, and its plainest negation. There the names of emergencies (stroke, heart attack, epilepsy, clot,
overdose, anaphylaxis) count only with a sign or an acute cue ("кажется, инсульт", "中风了，怎么办", "stroke, help"),
and never beside an admission, a ward or a follow-up ("爸爸中风住院了"). Across scripts, laughing emoji make an
emergency word a joke, and English words for a show or a school task ("TV serial", "assignment") set the phrase in a
story or a lesson. The per-script lists were written on 2026-12-06 from the errors of two blind files and a file of
look-alikes, and the fourth blind file's errors, read on 2026-12-06 (README, "Safety detector"). From those: self-harm
told indirectly is two cues of one message (`_either`: a bridge and a goodbye, a rope and a wish, things given away
and "won't need them"), a goodbye or cuts of yesterday are still today's, and things given away because they were
replaced are not a goodbye; emergencies are told by their signs (not breathing, no pulse, not moving after a fall, a
throat closing, swallowed and now drowsy, bleeding in pregnancy), a ward or a clinic beside a sign said urgently does
not make it routine (a car park never does), and English crisis words inside such a message are negated or dated by
its script's words ("मैं suicidal नहीं हूं"). Adding a phrase: put it in the right list and add a case to
tests/unit/safety/test_crisis_languages.py, with a negative case where its words could also be figurative, negated or
past.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from bot.safety.context import GatedPattern, words_of

_SELF_HARM_PHRASES = [
    # Spanish
    r"(?<!\bno\s)(?:me\s+)?quiero\s+(?:morir(?:me)?|matarme|suicidarme|desaparecer\s+para\s+siempre)",
    r"\b(?:me|se|te)\s+(?:voy|va|vas|quiere|quiero|quieres)\s+a?\s*(?:matar|suicidar)"
    r"(?!\s+(?:de\s+(?:risa|hambre|aburrimiento|calor|frio|sueno)|trabajando|a\s+trabajar|estudiando))",  # "de risa"
    r"\b(?:quitarme|quitarse|quitarte)\s+la\s+vida",
    r"\bsuicidar(?:me|se|te)\b",
    r"\bmatarme\b",
    r"\b(?:ya\s+)?no\s+quiero\s+(?:seguir\s+)?vivir",
    r"\bcortarme\s+las\s+venas",
    r"\bno\s+vale\s+la\s+pena\s+(?:seguir\s+)?vivir\b",
    # "se va a tirar del puente", "vai se jogar da ponte": jumping from a height, Spanish and Portuguese
    r"\b(?:se|me|te)\s+(?:va\s+a\s+|voy\s+a\s+|quiere\s+|vai\s+|vou\s+|quer\s+)?(?:tirar|aventar|lanzar|arrojar|jogar)\s+"
    r"(?:de\s+la|del|da|do|de|desde\s+(?:el|la|o|a))\s+(?:\w+\s+)?(?:puente|ponte|edificio|predio|ventana|janela|viaducto"
    r"|viaduto|azotea|techo|telhado|terraco)\b",
    r"\bme\s+(?:corto|corte)\s+(?:otra\s+vez|de\s+nuevo)",
    r"\b(?:me|se|te)\s+(?:esta|estoy|estas)\s+cortando\b(?!\s+(?:el\s+pelo|el\s+cabello|las\s+unas|la\s+barba))",
    r"\b(?:hacerme|me\s+hago|me\s+hice)\s+dano\s+(?:a\s+proposito|otra\s+vez|de\s+nuevo)",
    r"\b(?:me|se)\s+tom[oe]\s+todas\s+(?:mis|sus|las)\s+pastillas",
    # French
    r"(?<!\bne\s)(?<!\bpas\s)\bje\s+veux\s+mourir\b(?!\s+de\s+(?:rire|honte|faim|froid|chaud|ennui|peur))",
    r"\benvie\s+de\s+mourir",
    r"\b(?:me|se|te)\s+(?:tuer|suicider)\b",
    r"\b(?:ne\s+)?(?:veu[xt]|voulai[st])\s+plus\s+vivre",
    r"\ben\s+finir\s+avec\s+la\s+vie",
    r"\bmettre\s+fin\s+a\s+(?:mes|ses)\s+jours",
    r"\bj'ai\s+pris\s+(?:toutes?\s+)?(?:mes|tous\s+mes)\s+(?:cachets|pilules|medicaments|comprimes)",
    r"\bme\s+(?:scarifier|scarifie|faire\s+du\s+mal)",
    # ...said of someone else or in the past: "elle voulait mourir", "il se scarifie", "elle se fait du mal"
    r"\b(?:veu[xt]|voulai[st]|voudrai[st])\s+mourir\b(?!\s+de\s+(?:rire|honte|faim|froid|chaud|ennui|peur))",
    r"\b(?:se|te)\s+scarifi(?:e|es|ait|aient|ent|er)\b",
    r"\b(?:se|te)\s+(?:fait|faisait)\s+du\s+mal\b(?!\s+en\s)",  # not "en tombant": an accident
    # Portuguese
    r"(?<!\bnao\s)\bquero\s+morrer",
    r"\b(?:vou|vai|quer|quero)\s+(?:me|se)\s+matar",
    r"\bme\s+matar\b",
    r"\bnao\s+quero\s+mais\s+viver",
    r"\bacabar\s+com\s+(?:a\s+)?minha\s+vida",
    r"\bsuicidar\b",
    r"\btomei\s+todos\s+os\s+(?:meus\s+)?(?:remedios|comprimidos)",
    r"\b(?:vou|quero|vai)\s+acabar\s+com\s+(?:tudo|a\s+minha\s+vida|minha\s+vida)",
    r"\bnao\s+aguento\s+mais\s+viver",
    r"\bnao\s+vale\s+(?:mais\s+)?a\s+pena\s+viver\b",
    # Italian and German
    r"\bvoglio\s+morire",
    r"\buccider(?:mi|si)\b",
    r"\bfarla\s+finita",
    r"\bnon\s+voglio\s+piu\s+vivere",
    r"\bwill\s+(?:nicht\s+mehr\s+leben|sterben)",
    r"\bmich\s+umbringen",
    r"\bselbstmord\b",
    r"\bmir\s+das\s+leben\s+nehmen",
    # Tagalog, Polish, Vietnamese, Haitian Creole, Hindi/Urdu
    # "gusto ko nang mamatay", "gusto na niyang mamatay": any pronoun or particle between
    r"\b(?:gusto|gustong)\s+(?:(?:ko|mo|niya|nya|nila|namin|na|nang|niyang|nyang|kong|nilang|daw|raw)\s+){0,3}mamatay",
    r"\bayaw\s+(?:(?:na|ko|kong|niya|nya|niyang|nyang|nila|nilang|nang)\s+){1,3}mabuhay",
    r"\bnag(?:la)?laslas\b",
    r"\bpagod\s+na\s+(?:(?:po|ako|siya|sya|talaga)\s+){0,3}(?:sa\s+)?mabuhay\b",
    r"\bgusto\s+(?:ko|niya|nya)\s+(?:na\s+)?(?:lang\s+)?(?:na\s+)?mawala\b",
    r"\bmagpakamatay\b",
    r"\bpatayin\s+(?:ko\s+)?(?:ang\s+)?sarili",
    r"\bayoko\s+(?:na\s+)?(?:ng\s+)?mabuhay",
    r"\bwakasan\s+ang\s+buhay",
    r"\bayoko\s+na\b[^.!?\n]{0,30}\bpaalam\b",
    r"\bpaalam\s+na\s+(?:sa\s+inyo|sa\s+lahat)",
    r"\bchce\s+umrzec",
    r"\bzabic\s+sie",
    r"\bzabije\s+sie",
    r"\bnie\s+chce\s+(?:juz\s+)?zyc",
    r"\bsamobojstw(?:o|a|em)\b",
    r"\b(?:tne|tnie|tniesz)\s+sie\b|\bsamookalecz(?:enie|enia|eniem|anie|ania|a|am|asz|ac)\b",
    r"\bmuon\s+chet",
    r"\bmuon\s+tu\s+tu",
    r"\btu\s+sat\b",
    r"\bkhong\s+muon\s+song",
    r"\bvinh\s+biet\s+(?:moi\s+nguoi|tat\s+ca|ca\s+nha|cac\s+ban)",
    r"\btam\s+biet\s+(?:moi\s+nguoi|tat\s+ca|ca\s+nha|cac\s+ban)\b[^.!?\n]{0,40}?\btat\s+(?:dien\s+thoai|may)\b",
    r"\btu\s+lam\s+hai\s+ban\s+than",
    r"\brach\s+(?:co\s+)?tay\b",
    r"\bmwen\s+vle\s+mouri",
    r"\btouye\s+tet\s+(?:mwen|li)",
    r"\bpa\s+vle\s+viv\b",
    # Somali: "ma rabo inaan noolaado" (I don't want to live), "is dilayaa" (killing myself)
    r"\bma\s+(?:rabo|doonayo)\s+(?:inaan|in\s+aan)\s+(?:sii\s+)?noolaado\b|\bdilayaa\b",
    r"\bmarna\s+chaht[ai]\s+(?:hoon|hun|hu)",
    r"\bkhudkushi\b",
    r"\bapni\s+jaan\s+(?:de|le)",
    r"\b(?:ab\s+)?jeena\s+nahi\s+(?:hai|chahta|chahti)",
    r"\bmar(?:na)?\s+jana\s+chaht[ai]",
    r"\bsab\s+khatam\s+kar(?:na|ne|unga|ungi|dunga|dungi)",
    # Romanian (folded): "vreau să mor", "nu mai vrea să trăiască", "să mă arunc în fața trenului"
    r"(?<!\bnu\s)\b(?:vreau|vrea|vrei|vor|vroia|voia|vrem)\s+sa\s+(?:mor|moara|mori|murim)\b",
    r"\bnu\s+(?:mai\s+)?(?:vreau|vrea|vrei|vor|vroia|voia|vrem)\s+sa\s+(?:mai\s+)?(?:traiesc|traiasca|traiesti"
    r"|traim)\b",
    r"\b(?:ma|se|te)\s+(?:sinucid|sinucide|sinucida|sinucizi|omor|omoare|spanzur|spanzure)\b"
    r"(?!\s+(?:dupa|de\s+ras|cu\s+munca))",  # "mă omor după ciocolată", "de râs": figurative
    r"\b(?:ma|se|te)\s+(?:arunc|arunce|arunci)\s+(?:in\s+fata|de\s+pe|de\s+la|sub|in\s+gol)\b",
    r"\b(?:sa-?\s*|s-)(?:mi|si|ti)\s+(?:iau|ia|iei)\s+viata\b",
    r"\b(?:imi|isi|iti)\s+(?:iau|ia|iei)\s+viata\b(?!\s+in\s+maini)",
    r"\b(?:mi|si|ti)-?\s*(?:am|a|ai|au)\s+taiat\s+venele|\b(?:taie|tai|taia)\s+venele\b",
    r"\bganduri\s+(?:de\s+sinucidere|sinucigase)",
    # Swahili: "nataka kufa", "anataka kujiua", "sitaki kuishi tena"
    r"\b(?:nataka|ninataka|anataka|wanataka|unataka|natamani|ninatamani|anatamani|nimeamua|ameamua)\s+"
    r"(?:kufa|kujiua|kujinyonga|kujidhuru)\b",
    r"\bkujiua\b|\b(?:nita|ata|uta|wata|tuta)jiua\b|\bkujinyonga\b|\bkujidhuru\b",
    r"\b(?:sitaki|hataki|hutaki|hawataki)\s+(?:tena\s+)?kuishi\b",
    # Arabic written in Latin letters and digits ("franco"): Egyptian and Levantine
    r"\b(?:mesh|mish|msh|mush)\s+(?:3ayez|3ayza|3ayz|3awez|3awza|baddi|bade)\s+(?:a3ee?sh|a3ish|a3eesh|3ee?sh)",
    r"\b(?:3ayez|3ayza|3ayz|3awez|3awza|baddi|bade|bidde|biddi|beddi|bddi|badde)\s+(?:2?amoo?t|amut|2?amout|mout|mot"
    r"|moot|mut|e?mout|imout|2mout)\b",
    r"\b(?:2?e?2tol|a2tol|o2tol|e2tel|a2tel)\s+(?:7ali|7ale|7aly|nafsi|nafsy)\b",
    r"\b(?:ente7er|inte7er|ent7er|nte7er|2ente7er|yente7er|tente7er)\b",
    r"\b(?:fakker|bfakker|mfakker|bidde|biddi|baddi|bade|3ayez|3ayza|nawi|nawye)\s+(?:eshrab|ashrab|ishrab|ekhod|akhod"
    r"|ebla3|abla3)\s+(?:kil|kel|kol|kul)\s+(?:el\s+)?(?:dawa|adwiye|adwiya|7boob|7bub|hbub|7obob|brashem)\b",
    # "forgive me" sent, and on a bridge or a roof: two signals, across sentences
    r"\b(?:sam7ouni|sam7uni|sama7ouni|sam7ooni|samhouni|sam7ini)\b[^\n]{0,80}?\b(?:3al|3a|3ala|fo2|foo2)\s+"
    r"(?:el\s+|l\s*)?(?:jeser|jisr|jser|jesr|sa6e7|sat7|sate7)\b",
    r"\ba(?:2|')?tel\s+nafs(?:i|y)\b",
    r"\b(?:ente7ar|inti7ar|enti7ar)\b",
]
_EMERGENCY_PHRASES = [
    # Spanish
    r"\bno\s+(?:puede\s+)?respir(?:a|ar)\b",
    r"\bno\s+esta\s+respirando",
    r"\bdejo\s+de\s+respirar",
    r"\binconsciente\b",
    r"\bno\s+(?:se\s+)?(?:despierta|reacciona)\b",
    (
        r"\bno\s+responde\b"
        r"(?!\s+(?:a\s+|los\s+|mis\s+|el\s+|al\s+)?(?:mensajes?|llamadas?|correos?|telefono|whatsapp|texto))"
    ),
    r"\bse\s+desmayo",
    r"\bse\s+(?:cayo|desplomo)\s+y\s+no",
    r"\bconvulsion(?:es|ando|a)\b",
    r"\bataque\s+(?:al\s+corazon|cardiaco|epileptico)",
    r"\bderrame\s+cerebral",
    r"\binfarto\b",
    r"\bdolor\s+(?:en\s+el|de|del)\s+pecho",
    r"\bsangr(?:a|ando)\s+(?:mucho|muchisimo|sin\s+parar)",
    r"\bmucha\s+sangre",
    r"\bno\s+(?:para|deja)\s+de\s+sangrar",
    r"\bvomit(?:a|ando)\s+sangre",
    r"\bse\s+(?:trago|tomo|comio|bebio)\s+(?:una?s?\s+|las?\s+|los?\s+|el\s+)?(?:\w+\s+)?(?:pastillas?|pila|bateria|cloro"
    r"|veneno|lejia|medicinas?|medicamentos?|detergente)",
    r"\bse\s+(?:esta\s+)?ahog(?:a|ando)\b",
    r"\batragant(?:o|a|ado|ada|ando)\b",
    r"\b(?:labios|cara)\s+(?:morados?|azul(?:es)?)",
    r"\bse\s+(?:puso|esta\s+poniendo)\s+(?:morad[oa]|azul)",
    r"\bcabeza\s+del\s+bebe",
    r"\bel\s+bebe\s+ya\s+(?:viene|sale)",
    r"\bsobredosis\b",
    r"\bel\s+peor\s+(?:dolor\s+de\s+cabeza|de\s+mi\s+vida)",
    r"\bdolor\s+de\s+cabeza\s+(?:muy\s+fuerte\s+)?de\s+repente",
    r"\b(?:manchas|puntos)\s+(?:moradas|morados|violetas)",
    r"\b(?:le\s+)?cuesta\s+respirar",
    r"\benvenen(?:ado|ada|amiento|ando|o)\b",
    # French
    r"\bne\s+respire\s+(?:plus|pas)",
    r"\bn'arrive\s+(?:pas|plus)\s+a\s+respirer",
    r"\binconscient(?:e)?\b",
    r"\bne\s+se\s+reveille\s+pas",
    r"\bne\s+repond\s+plus\b(?!\s+(?:au|aux|a\s+mes|a\s+mon))",
    r"\bs'est\s+evanoui",
    r"\bcrise\s+(?:d'epilepsie|cardiaque|convulsive)",
    r"\bdouleur\s+(?:a|dans)\s+la\s+poitrine",
    r"\bsaigne\s+(?:beaucoup|abondamment|enormement)",
    r"\bbeaucoup\s+de\s+sang",
    r"\bvomit\s+du\s+sang",
    r"\ba\s+avale\s+(?:des|une|un|de\s+la|du|toute\s+la|tous\s+les)\s+(?:\w+\s+)?(?:pilules?|medicaments?|comprimes?|cachets?|pile"
    r"|javel|produit|poison)",
    r"\bs'etouffe\b",
    r"\binfarctus\b",
    r"\bfait\s+un\s+(?:malaise|avc)",
    r"\bne\s+peut\s+(?:pas|plus)\s+se\s+relever",
    r"\b(?:a|ai|as)\s+du\s+mal\s+a\s+respirer",
    r"\bsaigne\s+(?:[a-z]+\s+)?(?:beaucoup|abondamment|enormement)",
    r"\bgros\s+caillots\b",
    r"\btaches\s+(?:violettes|violacees|pourpres)",
    r"\b(?:pire|plus\s+fort)\s+mal\s+de\s+tete",
    # Portuguese and Italian
    r"\bnao\s+(?:esta\s+)?respira(?:ndo)?\b",
    r"\bnao\s+consegue\s+respirar",
    r"\bdesmaiou\b",
    r"\bnao\s+acorda",
    r"\b(?:convulsao|convulsionando)\b",
    r"\bataque\s+cardiaco",
    r"\bdor\s+no\s+peito",
    r"\bsangrando\s+muito",
    r"\bmuito\s+sangue",
    r"\bvomitando\s+sangue",
    r"\b(?:engasgad[oa]|engasgou|engasgando)\b",
    r"\bengoliu\s+(?:uma?\s+|os\s+|as\s+|o\s+|a\s+)?(?:\w+\s+)?(?:pilha|bateria|remedios?|comprimidos?|agua\s+sanitaria|veneno)",
    r"\bnon\s+respira",
    r"\bsvenut[oa]\b",
    r"\bdolore\s+al\s+petto",
    r"\bsanguina\s+molto",
    r"\bha\s+ingoiato",
    r"\b(?:ha|hanno)\s+(?:mangiato|bevuto)\s+(?:\w+\s+){0,2}?(?:funghi|candeggina|detersivo|veleno|pastiglie|pillole"
    r"|batteri[ae]|magnet[ei])\b",
    # German
    r"\batmet\s+nicht",
    r"\bbewusstlos\b",
    r"\bohnmachtig\b",
    r"\bkrampfanfall\b",
    r"\bherzinfarkt\b",
    r"\bschlaganfall\b",
    r"\bbrustschmerzen\b",
    r"\bblutet\s+(?:stark|sehr)",
    r"\b(?:bekomme|bekommt|bekommen|kriege|kriegt|kriegen|krieg)\s+(?:\w+\s+)?(?:schlecht|kaum|keine)\s+luft\b",
    r"\b(?:selbst\s+gesammelte|wilde|gesammelte)\s+pilze\b",
    # a bone showing through the skin (an open fracture)
    r"\bsi\s+vede\s+l'osso\b|\bse\s+(?:le\s+)?ve\s+el\s+hueso\b|\bhueso\s+(?:salido|afuera|expuesto)\b"
    r"|\bvoit\s+l'os\b|\bl'os\s+(?:sort|depasse)\b|\bosso\s+(?:exposto|para\s+fora|a\s+mostra)\b",
    # electrocution and sudden severe pain in a testicle (torsion), in the Romance languages
    r"\belectrocutad[oa]\b|\beletrocutad[oa]\b|\belettrocutat[oa]\b|\belectrocutat[ae]?\b"
    r"|\bs'est\s+(?:fait\s+)?electrocutee?\b|\bete\s+electrocutee?\b",
    r"\bdouleur\s+(?:tres\s+)?(?:atroce|intense|violente|terrible|insupportable|brutale|soudaine|horrible)\s+(?:au|aux"
    r"|dans\s+(?:le|les|un))\s+testicules?\b",
    r"\bdolor\s+(?:muy\s+)?(?:fuerte|intenso|terrible|insoportable|repentino|horrible|tremendo)\s+en\s+(?:el|un|los"
    r"|uno\s+de\s+los)\s+testiculos?\b",
    r"\bdor\s+(?:muito\s+)?(?:forte|intensa|terrivel|insuportavel|subita|horrivel)\s+(?:no|nos|num)\s+testiculos?\b",
    # a high fever with new confusion, mottled skin or no urine (sepsis), either order within a sentence
    # confused in herself, not about dates: "confundida con las fechas", "confuse entre les deux rendez-vous"
    r"\bfiebre\b[^.!?\n]{0,80}?\b(?:no\s+(?:contesta|responde|habla)\s+bien|confundid[oa]\b(?!\s+(?:con|sobre|por"
    r"|entre))|desorientad[oa]"
    r"|no\s+(?:me\s+|nos\s+)?reconoce|(?:rodillas|piernas|piel|manos|pies)\s+(?:moradas|morados|moteadas|marmoleadas"
    r"|amoratadas)|(?:casi\s+)?no\s+(?:orina|hace\s+pis))",
    r"\b(?:confundid[oa]|desorientad[oa])\b[^.!?\n]{0,60}?\bfiebre\b",
    r"\bfievre\b[^.!?\n]{0,80}?\b(?:confuse?\b(?!\s+(?:entre|avec|sur|par))|desorientee?|ne\s+(?:me\s+"
    r"|nous\s+)?reconnait\s+(?:plus|pas)|marbrures|marbree?s?|n'urine\s+plus|ne\s+fait\s+plus\s+pipi)\b",
    r"\bfebre\b[^.!?\n]{0,80}?\b(?:confus[oa]\b(?!\s+(?:com|sobre|entre))|desorientad[oa]|nao\s+(?:me\s+"
    r"|nos\s+)?reconhece|(?:joelhos|pernas|pele)\s+(?:roxos|roxas|manchad[oa]s)|nao\s+(?:esta\s+)?urina(?:ndo)?)",
    # pregnant, pain on one side, and dizzy or bleeding (ectopic)
    r"\bembarazada\b[^.!?\n]{0,80}?\b(?:lado\s+(?:izquierdo|derecho)|un\s+lado)\b[^.!?\n]{0,60}?\b(?:mareada|mareos?"
    r"|sangr\w*|desmay\w*)",
    # Tagalog
    r"\bhindi\s+(?:(?:siya|sya|na|po)\s+){0,2}(?:makahinga|humihinga|magising|gumigising)",
    r"\bnawalan\s+ng\s+malay",
    r"\bwalang\s+malay",
    r"\bhinimatay\b",
    r"\b(?:nagseseizure|nag-seseizure)\b",
    r"\bkinukumbulsyon\b",
    r"\bsakit\s+sa\s+dibdib",
    r"\b(?:maraming|sobrang)\s+dugo",
    r"\bnabulunan\b",
    r"\bnalunok\s+(?:ng\s+)?(?:\w+\s+)?(?:baterya|gamot|tableta|barya|lason)",
    r"\binatake\s+sa\s+puso",
    r"\bsumasakit\s+(?:ang\s+)?dibdib",
    r"\bpinagpapawisan\s+(?:sya\s+|siya\s+)?(?:ng\s+)?malamig",
    r"\b(?:nakainom|uminom|nainom)\s+(?:po\s+)?(?:ng\s+)?(?:gaas|kerosene|lason|zonrox|muriatic|bleach)",
    r"\bnalunod\b",
    r"\b(?:nagsuka|nagsusuka|sumuka|sumusuka)\s+(?:\w+\s+){0,2}?(?:ng\s+)?dugo\b",
    r"\bbuntis\b[^.!?\n]{0,80}?\b(?:kaliwa|kanan)\b[^.!?\n]{0,60}?\b(?:nahihilo|nahilo|hilong-hilo|dugo|dinudugo"
    r"|duguan|nahimatay)\b",
    # Polish
    r"\bnie\s+oddycha",
    r"\bnie\s+moze\s+oddychac",
    r"\bnieprzytomn(?:y|a|ie)\b",
    r"\bzemdlal(?:a)?\b",
    r"\bupadl[ao]?\s+i\s+nie\s+moze",
    r"\bdrgawki\b",
    r"\batak\s+serca",
    r"\bzawal\b",
    r"\budar\b",
    r"\bbol\s+w\s+klatce",
    r"\bkrwawi\s+(?:mocno|bardzo)",
    r"\bduzo\s+krwi",
    r"\bwymiotuje\s+krwia",
    r"\bdusi\s+sie",
    r"\bzakrztusil(?:a)?\b",
    r"\bopadniet(?:y|a|e)\s+(?:kacik|kaciki|twarz|powieka)",
    r"\bnie\s+moze\s+(?:podniesc|ruszyc)\s+(?:reki|reka|noga|nogi)",
    r"\bnie\s+moze\s+mowic",
    r"\b(?:polknal|polknela|polknelo|polkneli)\s+(?:\w+\s+)?(?:bateri|tabletk|lek|monet|srodek|trucizn|magnes)",
    r"\bporaz(?:enie|ony|ona|il|ilo)\s+(?:\w+\s+)?prad(?:em)?\b|\bprad\s+(?:go|ja|mnie|ich)\s+poraz\w*",
    r"\blodowat(?:y|a|e|ego)\b[^.!?\n]{0,60}?\b(?:nie\s+drzy|mowi\s+bez\s+sensu|nie\s+reaguje)",
    # Vietnamese (folded), Haitian Creole, Hindi/Urdu
    r"\bkhong\s+tho\s+(?:duoc|nua)",
    r"\bbat\s+tinh",
    r"\bngat\s+xiu",
    r"\bchay\s+mau\s+(?:nhieu|khong\s+ngung)",
    r"\bdau\s+nguc",
    r"\bco\s+giat",
    r"\bdot\s+quy",
    r"\bnuot\s+(?:phai\s+)?(?:thuoc|pin)",
    r"\bduoi\s+nuoc",
    r"\bmoi\s+(?:tim|xanh)",
    r"\bsot\s+cao\b[^.!?\n]{0,40}?\b(?:lu\s+lan|tho\s+nhanh|li\s+bi|me\s+man|co\s+giat)\b",
    r"\bkho\s+tho\b",
    r"\bpa\s+(?:ka\s+)?respire",
    r"\bendispoze\b",
    r"\bsaans\s+nahi\s+(?:le|aa)\s+(?:raha|rahi|rahe)",
    r"\bbehosh\b",
    r"\bdil\s+ka\s+daura",
    r"\bseene\s+(?:mein|me)\s+dard",
    r"\bbahut\s+khoon",
    r"\bkhoon\s+(?:ruk\s+nahi|band\s+nahi)",
    # Romanian (folded)
    r"\bnu\s+(?:mai\s+)?respira\b|\bnu\s+(?:mai\s+)?poate\s+(?:sa\s+)?respire\b",
    r"\blesinata?\b|\binconstienta?\b|\bnu\s+se\s+(?:mai\s+)?trezeste\b",
    r"\bdurere\s+(?:puternica\s+)?(?:in|de)\s+piept|\batac\s+de\s+cord\b|\baccident\s+vascular\b",
    r"\bsangereaza\s+(?:foarte\s+)?(?:mult|tare|abundent)|\bmult\s+sange\b",
    r"\bconvulsii\b|\bs-a\s+(?:inecat|sufocat)\b",
    r"\binghitit\s+(?:o\s+|niste\s+|toate\s+)?(?:\w+\s+)?(?:pastile|pastilele|baterie|medicamente|otrava|clor|soda)",
    # Swahili
    r"\bhapumui\b(?!\s+vizuri)|\b(?:hawezi|siwezi|anashindwa|ameshindwa)\s+kupumua\b",
    r"\bamezimia\b|\bhajitambui\b|\bamepoteza\s+fahamu\b",
    r"\bmaumivu\s+(?:makali\s+)?(?:ya|kwenye)\s+kifua\b|\bdamu\s+nyingi\b|\bdegedege\b",
    r"\b(?:amemeza|amekunywa)\s+(?:\w+\s+)?(?:betri|sumu|vidonge\s+vingi)\b",
    # Arabic in Latin letters and digits: can't breathe, fell and not responding, stabbed, bleeding that won't stop
    r"\b(?:mesh|mish|msh|mush|ma)\s+(?:2ader|2adra|ader|adra|2adir|3am)\s+(?:ye|te|a|yi|ti)?t?naff?as",
    r"\b(?:mesh|mish|msh|ma)\s+(?:beyrod|biyrod|byrod|beyrud|byrud|bitrod|betrod|3am\s+yrod)\b",
    r"\b(?:w2e3|we2e3|wi2i3|wa2a3|w2e3et|we2e3et|wa2a3it)\b[^.!?\n]{0,30}\b(?:mesh|mish|ma)\b",
    r"\b(?:et3awar|it3awar|en6a3an|et6a3an|itta3an|mat3oon|ma63oon)\b",
    r"\b(?:el\s+)?dam\s+(?:mesh|mish|msh|ma)\s+(?:biwa2af|biy?o2af|bi2of|wa2ef|waa2ef|byo2af)",
    r"\b(?:aghma|oghma)\s+3alei?h",
    # ...a child who swallowed pills or a battery: "ibni bala3 7obob dawa el daght"
    r"\b(?:bala3|bale3|bil3|bele3|bel3|bala3it|bal3et|bala3et)\s+(?:\w+\s+){0,2}?(?:7obob|7boob|7bub|hbub|7abbay?(?:a|it)?"
    r"|7aba|battari\w*|magnat\w*|dawa\s+(?:kteer|ktir|kter))\b",
]

# Gated by the words a phrase starts with, so an English message pays for a few set look-ups, not ~150 branches.
_SELF_HARM = GatedPattern(["|".join(_SELF_HARM_PHRASES)])
_EMERGENCY = GatedPattern(["|".join(_EMERGENCY_PHRASES)])
# The sentence is about the past, or asks in general: the phrase is not happening now. "Since yesterday" ("desde
# anoche", "depuis hier") is still going on.
_NOT_NOW = re.compile(
    r"(?<!\bdesde\s)(?<!\bdepuis\s)"
    r"\b(?:ayer|anoche|el\s+ano\s+pasado|hace\s+\w+\s+(?:dias|semanas|meses|anos)|tuvo|tuve|hier|l'an\s+dernier"
    r"|l'annee\s+derniere|il\s+y\s+a\s+\w+\s+(?:jours|semaines|mois|ans)|ontem|ano\s+passado|kahapon|noong"
    r"|wczoraj|temu|hom\s+qua|nam\s+ngoai|vor\s+\w+\s+(?:tagen|wochen|jahren)|sintomas\s+de|signos\s+de|senales\s+de"
    r"|para\s+una\s+clase|pour\s+un\s+cours"
    # Portuguese, Spanish and French childhood; Romanian, Swahili and Tagalog dates
    r"|teve|tive|quando\s+(?:eu\s+|ele\s+|ela\s+)?era|cuando\s+(?:yo\s+|el\s+|ella\s+)?era|quand\s+(?:il|elle)\s+etait"
    r"|quand\s+j'etais|ieri|anul\s+trecut|acum\s+\w+\s+(?:ani|luni|zile|saptamani)|mwaka\s+jana"
    r"|(?:miaka|miezi|siku|wiki)\s+\w+\s+(?:iliyopita|zilizopita)|nung|dati"
    r"|symptomes\s+(?:de|d')|sinais\s+de|que\s+hacer\s+si|que\s+faire\s+si|o\s+que\s+fazer\s+se|murio|fallecio|mourut"
    r"|est\s+mort|morreu|faleceu|si\s+(?:alguien|una\s+persona|quelqu'un|alguem|uno))\b"
)
_SENTENCE_END = re.compile(r"[.!?\n。！？\u0964\u0965\u061f\u06d4\u0589\u1362\u1367\u104b\u17d4]")  # and । ؟ ։ ። ။ ។
# A negation right before the phrase in its clause: "no tengo dolor de pecho", "hindi niya gustong mamatay",
# "mish bidde mout". Phrases that are negations themselves ("no respira") start with their own negation. Romanian
# "nu" needs its verb ("nu are durere în piept"): folded, Vietnamese "nữ" (female) is "nu" too; Swahili "hana" and
# "sina" are left out, being given names as well ("Hana hapumui").
_NEGATION_FILLER = (
    r"(?:tengo|tiene|tienen|tenia|hay|habia|siento|sentia|tenho|tem|tinha|sinto|sente|ha|ho|hai|hat|habe|hatte|mam|ma"
    r"|ako|siya|sya|niya|nya|ko|po|ka|mo|co|bi|are|am|simte|un|una|uno|uma|um|el|la|los|las|le|les|os|as|de|d'|du|des"
    r"|nada\s+de|ningun|ninguna|nenhum|nenhuma|aucun|aucune|mawazo\s+ya)"
)
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:no|nao|non|nie|ni|hindi|wala|walang|khong|kein|keine|keinen|nicht|sin|sem|sans|senza|bez|aucune?|pas"
    rf"|sitaki|hataki|hawataki|hutaki|mish|mesh|msh|mush)(?:\s+{_NEGATION_FILLER}){{0,3}}"
    rf"|\bnu(?:\s+{_NEGATION_FILLER}){{1,3}})\s*$"
)


def fold(lower: str) -> str:
    """Accents removed ("é" -> "e", "ł" -> "l", Greek "ά" -> "α"), letter variants made one (Greek "ς" -> "σ",
    Russian "ё" -> "е", Hebrew "ם" -> "מ", Arabic-script "ي" -> "ی", "ك" -> "ک", "أ" -> "ا", Devanagari "ँ" -> "ं"), one
    character for one, so offsets stay those of the input."""
    if lower.isascii():
        return lower
    return "".join(_fold_char(char) for char in lower)


_STROKED = {"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i"}  # letters that NFD does not split into base + mark
# letters typed for one another, or final forms: Greek "ς", Russian "ё", Hebrew final letters, the variants of Arabic,
# Persian and Urdu keyboards
_OTHER_FOLD = {
    "ς": "σ", "ё": "е", "ם": "מ", "ן": "נ", "ץ": "צ", "ף": "פ", "ך": "כ",
    "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ہ": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ँ": "ं",  # Devanagari candrabindu typed as anusvara: "साँस" and "सांस", "गोलियाँ" and "गोलियां"
}  # fmt: skip
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def _fold_char(char: str) -> str:
    """ "é" -> "e", "ł" -> "l", "ά" -> "α"; characters of other scripts (Hangul syllables decompose too) stay as they
    are but for the variants of _OTHER_FOLD."""
    if char.isascii():
        return char
    other = _OTHER_FOLD.get(char)
    if other:
        return other
    code = ord(char)
    if 0x0530 <= code < 0x1E00 or 0x3000 <= code < 0xD7B0:  # Armenian to Khmer, CJK, Hangul: no accents to fold
        return char
    name = unicodedata.name(char, "")
    if name.startswith("LATIN"):
        return _STROKED.get(char) or unicodedata.normalize("NFD", char)[0]
    if name.startswith("GREEK"):
        return unicodedata.normalize("NFD", char)[0]
    return char


def _sentence(text: str, position: int) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    end = _SENTENCE_END.search(text, position)
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


# A clause ends at a comma or an "and": "j'ai accouché il y a 3 jours et je saigne énormément" bleeds now.
# Arabic "،" and "؛", Ethiopic "፣" and "፤", Burmese "၊" and the Japanese "、" are commas too.
_CLAUSE_END = re.compile(r"[,;\u060c\u061b\u1363\u1364\u104a\u3001]|(?<!\bil)\s(?:et|y|e|and|tapos|at|va|und|i)\s")


def _clause_before(text: str, position: int) -> str:
    breaks = [m.end() for m in _CLAUSE_END.finditer(text, 0, position)]
    breaks += [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    return text[max(breaks, default=0) : position]


def _clause(text: str, position: int) -> str:
    breaks = [m.end() for m in _CLAUSE_END.finditer(text, 0, position)]
    breaks += [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    start = max(breaks, default=0)
    end_sentence = _SENTENCE_END.search(text, position)
    end_clause = _CLAUSE_END.search(text, position)
    ends = [m.start() for m in (end_sentence, end_clause) if m]
    return text[start : min(ends) if ends else len(text)]


# General questions reach across clauses ("¿cuáles son las señales de un derrame, y qué hago?"); dates do not.
_GENERAL = re.compile(
    r"\b(?:sintomas\s+de|signos\s+de|senales\s+de|symptomes\s+(?:de|d')|sinais\s+de|que\s+hacer\s+si|que\s+faire\s+si"
    r"|o\s+que\s+fazer\s+se|para\s+una\s+clase|pour\s+un\s+cours|si\s+(?:alguien|una\s+persona|quelqu'un|alguem|uno)"
    # the English words of a school task inside a message in another language ("మా కాలేజీ health camp కోసం")
    r"|assignment|homework|coursework|health\s+camp|first\s+aid\s+(?:class|course|training)"
    r"|(?:school|class|college)\s+project|(?:teacher|staff|cpr|bls)\s+training)\b"
)
# English words for a story, a show or a game inside a message in another script ("TV serial માં ... heart attack")
_FICTION_ENGLISH = re.compile(
    r"\b(?:movie|movies|film|serial|series|episode|drama|novel|anime|cartoon|video\s+game|song|meme|tv\s+show|news)\b"
)
# ...and the English words of a school task anywhere in such a message: "...? teacher training க்கு கேக்குறேன்"
_ASKING_ENGLISH = re.compile(
    r"\b(?:assignment|homework|coursework|health\s+camp|first\s+aid\s+(?:class|course|training)"
    r"|(?:school|class|college)\s+project|(?:teacher|staff|cpr|bls)\s+training)\b"
)


def _either(first: str, second: str, gap: int = 80) -> str:
    """Two cues of one message in either order, at most `gap` characters apart on one line: a place and a goodbye
    ("on the bridge ... said goodbye to everyone"), means and a wish ("bought a rope ... want to disappear"), things
    given away and "won't need them". Either alone is too often everyday talk."""
    return f"(?:{first})[^\\n]{{0,{gap}}}?(?:{second})|(?:{second})[^\\n]{{0,{gap}}}?(?:{first})"


# --- Other scripts ----------------------------------------------------------------------------------------------
# One _Language per language, in its own script, and one _Script per writing system: a message runs only the
# phrases of the scripts it is written in. Each list holds regex sources; every source may hold several
# alternatives. They are matched against the folded text (fold()): NFKC, zero-width characters dropped, Greek
# accents taken off, Arabic-script letter variants made one. Indic scripts have vowel signs that are not \w: their
# phrases use \S and \s, not \w and \b. A phrase counts unless
#   * `past` matches in its clause, or in a short clause just before it ("先月、"), and no word for "now" comes
#     between: "去年中风了"; for self-harm, yesterday and last night do not count (`_RECENT_PAST`);
#   * `fiction` matches in its sentence (a film, a game, the news, a vet, "from laughing"): "小說裡的主角最後服毒自殺";
#   * `general` matches in its sentence (what are the signs of, if someone): "中风的症状有哪些？";
#   * `asking` matches anywhere in the message (in advance, just asking, for a class);
#   * `resolved` matches in its sentence, for emergencies only ("he's fine now");
#   * `routine` matches in its clause, for emergencies only, and the sentence has no acute cue (a ward, visiting
#     hours, rehab: "뇌졸중 병동 면회 시간"; a car park is only `background`);
#   * `negation_before` matches right before it in its clause ("不想死", "нет боли в груди"), or `negation_after`
#     right after it ("सीने में दर्द नहीं", "가슴 통증은 없어요"). Phrases that negate themselves ("не дышит",
#     "साँस नहीं") hold their negation, so the one after them is never theirs.
# Thai, Lao and Khmer write no spaces between words and seldom punctuate: their clause is the sentence from the last
# word for "now" (`now`) before the phrase, so "เมื่อวานผ่าตัด ตอนนี้หายใจไม่ออก" is a report.
# The names of emergencies (`condition`: "инсульт", "心梗", "मिर्गी", "overdose") are more often background than news
# ("爸爸中风住院了，探视时间几点？"). Besides the above, one counts only when its sentence or the next holds an `acute`
# cue (suddenly, just now, ambulance, help!, what do I do, I think it's, seems like) or a sign of an emergency, or its
# clause a word for `now` ("у него сейчас инсульт", not "перенесла инсульт, сейчас ей лучше"); and never when they
# hold a `routine` or `background` cue (admitted, in hospital, after an operation, a follow-up, a prescription, a bill).


@dataclass(frozen=True)
class _Language:
    self_harm: list[str]
    emergency: list[str]
    condition: list[str] = field(default_factory=list)
    acute: list[str] = field(default_factory=list)
    background: list[str] = field(default_factory=list)
    past: list[str] = field(default_factory=list)
    fiction: list[str] = field(default_factory=list)
    general: list[str] = field(default_factory=list)
    asking: list[str] = field(default_factory=list)
    resolved: list[str] = field(default_factory=list)
    routine: list[str] = field(default_factory=list)
    now: list[str] = field(default_factory=list)
    negation_before: list[str] = field(default_factory=list)
    negation_after: list[str] = field(default_factory=list)


# Russian
_RUSSIAN = _Language(
    self_harm=[
        r"(?:хочу|хочется|хотел[аи]?|хочет|хотят|решил[аи]?)\s+(?:(?:уже|просто|реально|правда|очень)\s+)?(?:умереть"
        r"|сдохнуть|покончить\s+с\s+собой|убить\s+себя|повеситься|отравиться|выпилиться)(?!\s+от\s)",
        r"покончи(?:ть|т|л[аи]?)?\s+с\s+собой|покончу\s+с\s+собой|кончать\s+с\s+собой|покончить\s+с\s+жизнью"
        r"|свести\s+счеты\s+с\s+жизнью|наложить\s+на\s+себя\s+руки",
        r"(?:убить|убью|убьет)\s+себя|самоубийств\w*|самоуби(?:ться|юсь|лся|лась)|суицид\w*",
        r"не\s+(?:хочу|хочет|хотим|хочется)\s+(?:больше\s+|уже\s+|дальше\s+)?жить|жить\s+(?:больше\s+)?не\s+(?:хочу"
        r"|хочется|хочет)|(?:незачем|нет\s+смысла|не\s+вижу\s+смысла)\s+(?:дальше\s+)?жить",
        r"(?:режу|режет|резала?|резал[аи]?|порезал[аи]?|вскрыл[аи]?|вскрою|вскрыть|перерезал[аи]?)\s+(?:себе\s+)?(?:вены"
        r"|запясть\w*)|(?:режу|режет|резать|резала?)\s+(?:себя|себе\s+руки|руки)(?!\w)|селфхарм\w*|самоповрежд\w*",
        r"(?:прыгн|спрыгн|выпрыгн|сброш|сбро)\w*\s+(?:с|из|под)\s+(?:\w+\s+)?(?:крыши|моста|окна|балкона|этажа"
        r"|многоэтажки|поезд|электричк)|стоит\s+на\s+(?:мосту|крыше)",
        r"повеси(?:ться|лась|лся|тся)|повешусь|(?:сделал[аи]?|приготовил[аи]?)\s+петлю",
        r"(?:чтобы|и)\s+(?:уснуть\s+и\s+)?(?:больше\s+)?не\s+проснуться|уснуть\s+навсегда",
        r"(?:предсмертн|прощальн)\w+\s+(?:записк|письм|сообщени)\w*|прощайте(?:\s+все)?(?!\w)"
        r"|простите\s+(?:меня\s+)?(?:все|за\s+все)(?!\w)",
        r"(?:раздал[аи]?|раздаю)\s+(?:все\s+)?(?:свои\s+)?вещи(?!\s+(?:бабушк|дедушк|мам|пап|покойн|умерш|отц|матер)\w*)|без\s+меня\s+(?:всем|вам|им)\s+(?:будет\s+)?лучше"
        r"|меня\s+(?:уже\s+)?не\s+будет\s+(?:завтра|утром)",
        r"(?:сегодня\s+(?:вечером|ночью)|этой\s+ночью|до\s+утра)\s+(?:\w+\s+)?все\s+(?:закончу|закончится|кончится)"
        r"|завтра\s+все\s+(?:закончится|кончится)",
        r"(?:специально|нарочно)\s+(?:выпил[аи]?|наглотал\w*|принял[аи]?|съел[аи]?)"
        r"|(?:выпил[аи]?|наглотал\w*|принял[аи]?)\s+(?:\w+\s+){0,3}(?:специально|нарочно)",
        r"сколько\s+(?:\w+\s+){0,3}(?:надо|нужно)\s+(?:\w+\s+)?чтобы\s+(?:умереть|не\s+проснуться|уснуть\s+навсегда)",
        r"(?:попрощал(?:ся|ась)|прощается)\s+со\s+всеми|(?:сказал[аи]?|написал[аи]?)\s+всем\s+(?:прощай|прощайте)",
        r"(?:собрал[аи]?|накопил[аи]?)\s+(?:\w+\s+)?(?:таблетк|снотворн|лекарств)\w*|таблетки\s+(?:уже\s+)?(?:собрал[аи]?|накопил[аи]?)",
        r"(?:я|он|она)\s+(?:для\s+всех\s+|всем\s+)?(?:только\s+)?обуза|(?:скоро|завтра)\s+(?:вас|всех|нас)\s+освобо\w+|без\s+(?:него|нее)\s+(?:нам\s+|всем\s+)?будет\s+лучше",
        r"(?:стою|стоит|сижу|сидит)\s+на\s+(?:краю\s+)?(?:крыше|мосту|подоконнике)(?![^.!?\n]{0,20}(?:пробк|машин|автобус))",
        r"чтобы\s+(?:\w+\s+){1,2}не\s+проснуться",
        r"(?:выпью|наглотаюсь|съем|приму)\s+(?:\w+\s+)?(?:все|всю|целую)(?:\s+(?:таблетки|снотворное|пачку|упаковку))?(?=\s+(?:сегодня|ночью|вечером|завтра))|(?:выпью|наглотаюсь|приму)\s+все\s+(?:таблетки|снотворное)",
        r"хочу\s+все\s+(?:закончить|прекратить)|покончить\s+со\s+всем",
        r"сколько[^.!?\n]{0,40}чтобы\s+(?:\w+\s+){0,2}(?:умереть|не\s+проснуться|уснуть\s+навсегда)",
        r"(?:сегодня|это)\s+(?:мой\s+|ее\s+|его\s+)?последний\s+день(?!\s+(?:акци|прием|прием|работ|распродаж|отпуск|подачи))|как\s+(?:лучше\s+)?(?:умереть|покончить\s+с\s+собой)|способ\w*\s+(?:умереть|самоубийства|покончить)",
        r"жить\s+незачем|(?:он|она|я)\s+уже\s+на\s+(?:мосту|крыше)|раздал[аи]?\s+(?:\w+\s+){0,2}(?:все\s+)?(?:свои\s+)?вещи(?!\s+(?:бабушк|дедушк|мам|пап|покойн|умерш|отц|матер)\w*)|(?:обуза|обузой)\s+для\s+(?:нас|всех|вас)|для\s+(?:нас|всех|вас)\s+обуза",
        # the fourth file's lessons: a place and a goodbye, means at hand and a wish, things given away, a date or a
        # plan, cutting again, a wish to be dead ("лучше бы я умер")
        _either(
            r"(?:мост|крыш|рельс|железн\w*\s+дорог|(?<!\w)пут(?:ях|и)(?!\w)|обрыв|скал|набережн|рек[уеи](?!\w)|мор[ею](?!\w))\w*",
            r"прощай\w*|попрощал\w*|прости(?:те)?\s+(?:меня|за\s+все)|последн\w+\s+(?:сообщени|пост|письм)\w*"
            r"|не\s+вернусь|не\s+вернется|(?:выключил|отключил)\w*\s+(?:\w+\s+)?(?:телефон|геолокаци)\w*"
            r"|меня\s+(?:уже\s+|больше\s+)?не\s+будет|никому\s+не\s+нуж\w*|(?:прощальн|предсмертн)\w+",
        ),
        _either(
            r"(?:пойду|пойдет|иду|идет|поеду|поедет|ушел|ушла)\s+(?:\w+\s+){0,2}(?:на|к)\s+(?:мост\w*|крыш\w*|рельс\w*"
            r"|железн\w+\s+дорог\w*|пут(?:ям|и)|обрыв\w*|реке|морю)",
            r"ночью|навсегда|не\s+вернусь|выключил\w*|прощай\w*",
            40,
        ),
        _either(
            r"(?:купил|купила|достал|достала|спрятал|спрятала|приготовил|приготовила|нашл[аи]|нашел|держит|есть|имею)\s+"
            r"(?:\w+\s+){0,3}(?:веревк|петл|(?<!\w)яд|отрав|снотворн|пистолет|ружь|(?<!\w)угол[ья])\w*",
            r"умереть|исчезнуть|не\s+хочу\s+(?:больше\s+)?жить|закончить\s+(?:все|это)|все\s+(?:закончится|кончится)"
            r"|прощай\w*|устал[аи]?\s+от\s+(?:всего|жизни)|жить\s+незачем|не\s+проснуться|никому\s+не\s+нуж\w*"
            r"|лучше\s+бы\s+(?:я|он|она)|меня\s+(?:уже\s+|больше\s+)?не\s+будет",
            100,
        ),
        _either(
            r"(?:раздал|раздала|отдал|отдала|подарил|подарила|перевел|перевела|удалил|удалила)\s+(?:\w+\s+){0,3}"
            r"(?:вещи|кошку|кота|собаку|телефон|ноутбук|машин\w*|ключи|деньги|велосипед|соцсети)"
            r"(?![^.!?\n]{0,30}(?:потому|так\s+как|из-за|после\s+(?:похорон|операци|смерти)))",
            r"(?:больше|уже)\s+не\s+(?:понадоб|нужн)\w*(?![^.!?\n]{0,40}(?:после\s+операци|потому|так\s+как|из-за))|меня\s+(?:уже\s+|больше\s+)?не\s+будет|прощай\w*|не\s+вернусь"
            r"|после\s+\w+\s+(?:меня\s+|его\s+|ее\s+)?(?:уже\s+)?не\s+будет",
            100,
        ),
        r"(?:завтра|утром|скоро|после\s+\w+)\s+меня\s+(?:уже|больше)\s+не\s+будет|меня\s+(?:уже|больше)\s+не\s+будет"
        r"(?!\s+(?:дома|на|в|во|у|с|до))",
        r"(?:хочу|хочется)\s+(?:просто\s+)?исчезнуть\s+навсегда|лучше\s+бы\s+я\s+(?:умер|умерла|не\s+родил\w*)"
        r"|лучше\s+(?:бы\s+)?(?:умереть|сдохнуть)|никто\s+(?:даже\s+)?не\s+(?:заметит|будет\s+скучать|вспомнит)",
        r"(?:снова|опять|каждую\s+ночь|каждый\s+день|по\s+ночам)\s+(?:\w+\s+)?(?:режу|режусь|порезал(?:ся|ась)?)"
        r"(?!\s+(?:палец|лук|хлеб))|(?:режу|режусь)\s+(?:себя\s+)?(?:\w+\s+){0,2}(?:каждую\s+ночь|по\s+ночам|снова|опять)"
        r"|(?:режу|резала?|резал)\s+(?:себе\s+)?(?:бедра|ноги|руки)",
        _either(
            r"(?:выбрал[аи]?|назначил[аи]?)\s+(?:\w+\s+)?(?:дату|день)|(?:есть|готов|продумал\w*)\s+план",
            r"умереть|покончить|уйти|не\s+будет|прощай\w*|таблет\w*|веревк\w*|записк\w*|записки",
            80,
        ),
        r"как\s+(?:это\s+)?сделать,?\s+чтобы\s+не\s+(?:болело|было\s+больно)|чтобы\s+(?:\w+\s+)?сердце\s+останов\w*",
        r"(?:больше\s+)?не\s+могу\s+(?:больше\s+)?жить|(?:таблетки|снотворное|веревку|яд)\s+(?:уже\s+)?(?:купил\w*"
        r"|приготовил\w*|собрал\w*|спрятал\w*)",
        # the fifth and sixth files' lessons
        _either(
            r"(?:пойду|поеду|иду|еду)\s+(?:\w+\s+){0,2}(?:на|к)\s+(?:мост\w*|крыш\w*|обрыв\w*|реке|морю)",
            r"все\s+(?:закончится|кончится)|решил[аи]?|письма\s+написал\w*",
            80,
        ),
    ],
    emergency=[
        r"не\s+дыш(?:ит|ат|ал[аи]?)|перестал[аи]?\s+дышать|не\s+(?:может|могу|можем|мог|могла)\s+(?:ни\s+)?(?:дышать"
        r"|вдохнуть|отдышаться)|задыха\w+|нечем\s+дышать",
        r"без\s+сознани\w*|(?:потерял[аи]?|теряет)\s+сознани\w*|(?:упал[аи]?|падает)\s+в\s+обморок"
        r"|не\s+(?:приходит|пришел|пришла)\s+в\s+себя",
        r"не\s+(?:реагирует|реагировал[аи]?|откликается)|не\s+(?:можем|могу|могут)\s+(?:его\s+|ее\s+)?(?:разбудить"
        r"|добудиться)|не\s+просыпа(?:ется|ются)",
        r"судорог\w*(?!\s+(?:в\s+)?(?:ног|икр|пальц|стоп))|конвульси\w*",
        r"бол(?:ь|и)\s+в\s+груди|(?:болит|давит|жжет|сжимает)\s+(?:\w+\s+)?(?:в\s+)?груд(?:и|ь)"
        r"|груд(?:ь|и)\s+(?:\w+\s+)?(?:болит|давит|сдавило|жжет)|схватил(?:ся|ась)\s+за\s+(?:грудь|сердце)",
        r"(?:перекосило|перекошен\w*)\s+(?:\w+\s+)?(?:лицо|рот)|(?:лицо|рот)\s+(?:\w+\s+)?(?:перекосило|перекошен\w*"
        r"|перекосился)|(?:уголок|угол)\s+рта\s+опустил\w*",
        r"(?:онемел[аи]?|отнял(?:ась|ись|ся)|не\s+слушается|повисла|висит)\s+(?:\w+\s+)?(?:рука|нога|половина|сторона)"
        r"|(?:рука|нога|половина\s+тела)\s+(?:\w+\s+)?(?:онемела|отнялась|не\s+слушается|не\s+двигается|висит)",
        r"не\s+(?:может|могу)\s+(?:говорить|пошевелить|поднять\s+(?:руку|ногу))|(?:говорит|речь)\s+(?:\w+\s+)?(?:невнятн"
        r"|неразборчив|бессвязн)\w*|путает\s+слова|язык\s+заплетается|перестал[аи]?\s+(?:нормально\s+)?говорить",
        r"кровь\s+(?:\w+\s+)?(?:не\s+останавлива\w+|хлещет|льет|ручьем|фонтаном)|(?:хлещет|льет)\s+кровь"
        r"|(?:сильн|обильн)\w+\s+кровотечени\w*|много\s+крови|истека\w+\s+кровью|(?:рвет|рвота)\s+(?:\w+\s+)?кровью"
        r"|кровав\w+\s+рвот\w*",
        r"подавил(?:ся|ась)|застрял\w*\s+(?:\w+\s+)?в\s+горле|в\s+горле\s+застрял\w*",
        r"(?:проглотил[аи]?|наглотал(?:ся|ась)|съел[аи]?|выпил[аи]?|глотнул[аи]?)\s+(?:\w+\s+){0,2}?(?:батарейк|магнит"
        r"|отрав|яд(?!\w)|уксус|хлорк|белизн|отбеливател|средств\w*\s+для|растворител|бензин|керосин|антифриз|крысин"
        r"|пестицид|щелоч|кислот)\w*",
        r"(?:наглотал(?:ся|ась|ись)|выпил[аи]?\s+(?:всю|целую|много|пачку|упаковку))\s+(?:\w+\s+)?(?:таблет|лекарств"
        r"|снотворн|пачку|упаковку)\w*",
        r"отравил(?:ся|ась|ись)\s+(?:\w+\s+)?(?:грибами|газом|угарн\w+|таблетками|химией|лекарствами)"
        r"|угарн\w+\s+газ\w*|(?:лесные|дикие)\s+грибы|грибы\s+из\s+леса",
        r"(?:отек|отекает|отекло|опух\w*|распух\w*)\s+(?:\w+\s+)?(?:горл|гортан|язык|губ|лиц)\w*|(?:горло|язык|губы"
        r"|лицо)\s+(?:\w+\s+)?(?:отекает|отекло|отекли|опухает|опухло|опухли|распухло|распухли)",
        r"(?:ударило|ударил[аи]?|удар\w*)\s+током|поражени\w+\s+(?:электрическим\s+)?током",
        r"(?<!\w)(?<!в\s)тонет(?!\w)|захлебнул(?:ся|ась)|наглотал(?:ся|ась)\s+воды|вытащили\s+из\s+(?:воды|бассейна|реки)",
        r"губы\s+(?:\w+\s+)?(?:синие|посинели|синеют)|посинел[аи]?|синеет",
        r"(?:сильн|обширн)\w+\s+ожог\w*|кожа\s+(?:\w+\s+)?(?:слезла|облезла|почерне\w*|черная|сошла)|обгорел[аи]?",
        r"(?:упал[аи]?|сорвал(?:ся|ась))\s+с\s+(?:крыши|высоты|балкона|лесов|\w+\s+этажа)|сбил[аи]?\s+машин\w*"
        r"|не\s+(?:чувствует|чувствую)\s+ног|лежит\s+(?:и\s+)?не\s+(?:двигается|шевелится|встает)",
        r"кость\s+(?:\w+\s+)?(?:торчит|видна|наружу)|открыт\w+\s+перелом\w*",
        r"(?:головка|голова)\s+(?:ребенка|малыша)\s+(?:\w+\s+)?(?:видна|показалась)|рожает\s+(?:дома|в\s+машине)",
        r"сыпь\s+(?:\w+\s+){0,3}не\s+(?:исчеза|бледне|проход)\w+|(?:тепловой|солнечный)\s+удар",
        r"(?:диабет|сахар|инсулин)\w*[^.!?\n]{0,60}(?:несет\s+бред|говорит\s+бред|заговаривается|весь\s+мокрый|в\s+холодном\s+поту|трясется|теряет\s+сознание)",
        r"перестал[аи]?\s+дрожать|(?:пятна|сыпь)\s+(?:\w+\s+){0,3}не\s+(?:исчеза|бледне)\w+",
        r"(?:кислот|щелоч|хлорк|химия|средство|известь|белизн)\w*\s+(?:\w+\s+)?(?:попал\w*|брызнул\w*)\s+в\s+глаз",
        r"(?:ударил(?:ся|ась)|упал[аи]?)\s+(?:\w+\s+){0,3}голов\w*[^.!?\n]{0,60}(?:рвет|рвота|не\s+помнит|без\s+сознания)",
        r"(?:выпил[аи]?|проглотил[аи]?)\s+(?:\w+\s+)?(?:bleach|battery|batteries|magnets?)",
        r"(?:батарейк|магнит|монет)\w*\s+(?:\w+\s+){0,3}(?:проглотил|наглотал|съел)\w*",
        r"не\s+узна(?:ет|ют)\s+(?:нас|меня|никого|маму|папу)|(?:температур|жар|горяч)\w*[^.!?\n]{0,40}бредит",
        r"(?:сын|дочь|дочка|ребенок|малыш|внук|внучка)\s+(?:\w+\s+)?(?:съел[аи]?|выпил[аи]?|наглотал\w*|проглотил\w*)\s+(?:\w+\s+){0,2}(?:таблетк|лекарств|пилюл)\w*[^.!?\n]{0,40}(?:вял|сонн|рвет|не\s+просыпа|не\s+знаю)\w*",
        r"(?:случайно|по\s+ошибке)\s+(?:съел[аи]?|выпил[аи]?|проглотил[аи]?)\s+(?:\w+\s+){0,2}(?:таблетк|лекарств|дозы?)\w*",
        r"кровь\s+из\s+(?:ушей|уха)|(?:дтп|авари\w+|упал\w*|сбил\w*)[^.!?\n]{0,40}не\s+(?:отвечает|реагирует)(?!\s+на\s+(?:звон|сообщ))",
        r"(?:ноги|ног)\s+не\s+чувству\w+|(?:ингалятор|баллончик)\w*\s+не\s+помога\w+|губы\s+(?:\w+\s+)?(?:серые|посерели)",
        r"(?:таблетк|лекарств)\w*[^.!?\n]{0,40}(?:съел|съела|проглотил\w*|выпил\w*)\s+(?:несколько|много|все|пачку|штук)",
        r"(?:беременн\w*|тест\s+положительн\w*)[^.!?\n]{0,60}(?:боль\s+(?:\w+\s+){0,3}внизу\s+живота|обморок)",
        r"(?:резк|сильн|остр)\w*\s+боль\s+в\s+яичк\w*|(?:сторона|половина)\s+лица\s+(?:\w+\s+)?(?:обвисла|опустилась|онемела)",
        # the fourth file's lessons: signs told without a name (bleeding in pregnancy, blood from the ear after a fall,
        # a fall and not moving, no pulse, a throat closing after food, poison swallowed and now drowsy or vomiting)
        r"(?:беременн\w*|на\s+\d+\s*(?:-?й\s+)?недел\w*|\d+\s*(?:-?й\s+)?недел\w*\s+беременност\w*|на\s+\w+\s+месяце)"
        r"[^.!?\n]{0,80}(?:кровотечени\w*|кровит|(?<!анализ\s)(?<!анализы\s)(?<!сдать\s)(?<!сдала\s)кров(?:ь|и|ью)(?!\s+на\s+анализ)(?!\w)|кровян\w+\s+выделени\w*|отошли\s+воды|схватк\w*|живот\s+(?:как\s+)?(?:каменн|тверд)\w*|не\s+шевелится)",
        r"(?:сильно|очень|обильно)\s+кровит|кровь\s+(?:\w+\s+)?(?:пульсирует|брызжет|бьет|хлыщет)|не\s+(?:можем|могу"
        r"|получается)\s+(?:\w+\s+)?останов\w+\s+кров\w*",
        r"из\s+(?:уха|ушей|носа\s+и\s+уха)\s+(?:\w+\s+)?(?:кровь|течет|идет)|вырвал\w*\s+кровью",
        r"(?:упал[аи]?|сорвал(?:ся|ась)|рухнул[аи]?)\s+[^.!?\n]{0,60}?не\s+(?:двигается|шевелится|дышит|встает"
        r"|чувствует\s+ног)",
        r"пульс\w*\s+(?:не\s+(?:прощупывается|чувствую|слышу)|нет)|нет\s+пульса|делаем\s+(?:непрямой\s+)?массаж\s+сердца",
        r"(?:горло|гортань)\s+(?:\w+\s+)?(?:сжимается|сдавливает|перехватило|закрывается)|пена\s+(?:изо|из)\s+рта"
        r"|трясется\s+все\s+тело",
        r"(?:съел[аи]?|выпил[аи]?|проглотил[аи]?|наглотал\w*|лизнул[аи]?)\s+(?:\w+\s+){0,4}(?:ягод|гриб|таблет|лекарств"
        r"|химию|средств|жидкост|настойк|капсул)\w*[^.!?\n]{0,50}(?:рвет|рвота|сонн|вял|не\s+просыпа|шатается|зрачки"
        r"|судорог)\w*",
        _either(
            r"(?:двойн\w+|лишн\w+)\s+доз\w*|дважды\s+(?:\w+\s+)?(?:укол|инсулин|дал\w*|принял\w*)|(?:две|2)\s+(?:таблетки"
            r"|дозы)\s+(?:\w+\s+)?(?:по\s+ошибке|вместо\s+одной)",
            r"сонн\w*|вял\w*|слаб\w*|пульс\w*|сердце\s+(?:\w+\s+)?(?:медленн|редк)\w*|дрож\w*|трясется|потеет|не\s+просып\w*",
            80,
        ),
        r"кожа\s+(?:\w+\s+)?(?:слезает|облазит|пузыр\w*)|(?:облил|облила|опрокинул\w*)\s+(?:\w+\s+){0,3}(?:кипят\w*"
        r"|кипящ\w*|горяч\w+\s+масл\w*)",
        r"родничок\s+(?:\w+\s+)?(?:выбух|выпира|вздут|набух)\w*|(?:[123]|одн\w*|дв\w*|тр\w*)\s*(?:недел|месяц|мес)\w*"
        r"[^.!?\n]{0,60}(?:температур|жар)\w*[^.!?\n]{0,60}(?:вял|не\s+ест|не\s+сосет|плохо\s+сосет|не\s+берет\s+грудь)",
        _either(
            r"не\s+понимает,?\s+где\s+(?:он|она|находится)",
            r"рвет|рвота|угар\w*|заведенн\w+|ударил\w*|температур\w*|сахар\w*",
            60,
        ),
        r"(?:выпил|съел|проглотил|наглотал)\w*\s+(?:\w+\s+){0,4}(?:таблетк|лекарств)\w*[^.!?\n]{0,30}(?:штук\s+(?:\d{2}"
        r"|десять|пятнадцать|двадцать|тридцать)|(?:целую|всю)\s+(?:пачку|упаковку|пластинку))",
        r"(?:температур\w*|жар)[^.!?\n]{0,60}(?:не\s+берет\s+грудь|не\s+сосет|не\s+плачет|родничок)|(?:\d+|одн\w*|дв\w*|тр\w*)"
        r"\s*мес\w*[^.!?\n]{0,40}(?:температур\w*|жар)[^.!?\n]{0,60}вял\w*",
        # the fifth and sixth files' lessons
        _either(
            r"упал[аи]?|рухнул[аи]?|свалил(?:ся|ась)",
            r"не\s+(?:встает|может\s+встать)|(?:нога|рука)\s+(?:\w+\s+)?(?:вывернута|неестественн\w*|вывихнута)|(?:холодн\w*|бледн\w*)\s+и\s+(?:холодн\w*|бледн\w*)",
            60,
        ),
        _either(
            r"отошли\s+(?:\w+\s+)?воды|(?:\d+|\w+\s+\w+)\s+недел\w*|беременн\w*",
            r"не\s+шевелится|не\s+двигается|кровотечени\w*|зелен\w+\s+воды",
            60,
        ),
        r"(?:выпил|выпила|глотнул|глотнула|отпил|отпила)\w*\s+(?:\S+\s+){0,3}(?:техническ\w+\s+спирт|метанол|метиловый|суррогат|тормозн\w+\s+жидкост)\w*",
    ],
    condition=[
        r"инфаркт\w*|сердечн\w+\s+приступ\w*|остановк\w+\s+сердца|инсульт\w*",
        r"(?<!\w)припад(?:ок|ке|ка)(?!\w)|эпилептическ\w+\s+приступ\w*|передоз\w*|анафилак\w*|отек\s+квинке",
    ],
    acute=[
        r"прямо\s+сейчас|внезапно|(?<!\w)вдруг|только\s+что|скор(?:ая|ую|ой)(?!\w)|помогите(?=\s*(?:[!,،]|$))|спасите"
        r"|срочно|быстрее|что\s+(?:мне\s+|нам\s+)?делать|кажется|похоже|по-моему|наверн\w*|неужели"
        r"|это\s+(?:инсульт|инфаркт)\w*\s*\?",
    ],
    now=[r"(?<!\w)сейчас"],
    background=[
        r"в\s+больнице|госпитализ\w*|прооперир\w*|после\s+операци\w*|выписа\w*|записат\w*|запись\s+к|на\s+прием"
        r"|рецепт\w*|(?<!\w)сч[её]т(?:а|е|у|ом)?(?!\w)|оплат\w*|реанимаци\w*",
    ],
    past=[
        r"вчера|позавчера|в\s+прошлом\s+(?:году|месяце)|на\s+прошлой\s+неделе|(?:лет|год|года|месяц\w*|недел\w+|дн\w+)"
        r"(?:\s+\w+)?\s+назад|когда-то|в\s+детстве",
        r"после\s+(?:\w+\s+)?(?:инфаркт|инсульт|операци|приступ)\w*",
    ],
    fiction=[
        r"сериал\w*|фильм\w*|(?<!\w)кино(?!\w)|книг\w*|роман\w*|детектив\w*|(?:в|во)\s+(?:игре|видеоигре)|мультфильм\w*"
        r"|аниме|новост\w*|во\s+сне|присни\w*|ветеринар\w*|ветклиник\w*|от\s+(?:смеха|скуки|жары|стыда|усталости)",
        r"ахах\w*|хаха\w*|лол(?!\w)|профилактик\w*",
        # nearly: an idiom, nothing happened
        r"чуть\s+не|едва\s+не|чуть\s+было\s+не",
    ],
    general=[
        r"что\s+делать,?\s+(?:если|когда|при)|если\s+(?:у\s+)?(?:человек\w*|кто-то|кого-то|кому-то|ребен\w*)"
        r"|(?:какие|каковы)\s+(?:\w+\s+)?(?:симптом|признак)\w*|как\s+(?:распознать|понять|отличить|оказать)",
    ],
    asking=[
        r"заранее|на\s+всякий\s+случай|просто\s+спрашиваю|для\s+(?:курса|занятия|учебы|реферата)",
        r"реферат|доклад|курсов\w+\s+работ",
        # a task for a class, a course or an exam
        r"курсов(?:ую|ая|ой|ик)|курсач|диплом(?:ную|ная|ной)|домашн\w+\s+задани\w+|для\s+(?:лекции|семинара|экзамена|презентации)",
    ],
    resolved=[r"сейчас\s+(?:уже\s+)?(?:все\s+)?(?:хорошо|нормально|в\s+порядке)|(?:боль|все)\s+прошл[аио]"],
    negation_before=[
        r"(?<!\w)(?:не|нет|ни|без|нету)\s+(?:(?:никакой|никаких|никакого|у\s+меня|у\s+него|у\s+нее)\s+)?",
        r"(?<!\w)(?:немного|слегка|чуть|небольш\w+|легк\w+)\s+",
        r"(?<!\w)(?:нет|никаких)\s+(?:мыслей|планов)\s+(?:о|об)\s+",
        r"(?<!\w)(?:не|нет)\s+(?:было|бывает|бывало)\s+(?:(?:никаких|никакой|у\s+меня)\s+)?",
        r"(?<!\w)не\s+(?:думаю|думал\w*|думает|планирую|собираюсь)\s+(?:о|об|про)\s+",
        r"(?<!\w)не\s+было\s+(?:(?:никак\w+|у\s+меня|у\s+него|у\s+нее)\s+)?",
    ],
    negation_after=[r"\s*(?:нет|не\s+было)(?!\w)"],
    routine=[
        r"отделени\w*|часы\s+посещени\w*|посещени\w*|палат\w*|реабилитаци\w*|кардиологи\w*\s+(?:находится|где)",
    ],
)
# Ukrainian
_UKRAINIAN = _Language(
    self_harm=[
        r"(?:хочу|хочеться|хотів|хотіла|хоче|хочуть|вирішив|вирішила)\s+(?:(?:вже|просто|справді|дуже)\s+)?(?:померти"
        r"|вмерти|здохнути|покінчити\s+з\s+собою|вбити\s+себе|повіситися|отруїтися)(?!\s+від\s)",
        r"покінчи(?:ти|в|ла)?\s+(?:життя\s+)?(?:з\s+собою|самогубством)|покінчу\s+з\s+собою"
        r"|накласти\s+на\s+себе\s+руки",
        r"(?:вбити|вб'ю|вб'є)\s+себе|самогубств\w*|суїцид\w*",
        r"не\s+(?:хочу|хоче|хочеться)\s+(?:більше\s+|вже\s+|далі\s+)?жити|жити\s+(?:більше\s+)?не\s+(?:хочу|хочеться"
        r"|хоче)|(?:немає|нема|не\s+бачу)\s+сенсу\s+(?:далі\s+)?жити",
        r"(?:ріжу|ріже|різала?|різав|порізала?|порізав|перерізала?|перерізав)\s+(?:собі\s+)?(?:вени|зап'яст\w*|руки)"
        r"|(?:ріжу|ріже|різати)\s+себе|самоушкодж\w*",
        r"(?:стрибн|зістрибн|скинус|скинут|кинус|кинут)\w*\s+(?:з|під)\s+(?:\w+\s+)?(?:даху|мосту|вікна|балкона|поверху"
        r"|потяг|поїзд)|(?:стоїть|стою)\s+на\s+(?:мосту|даху)(?![^.!?\n]{0,20}(?:пробк|затор|машин|автобус))",
        r"повіси(?:тися|тись|лася|вся)|повішуся|(?:зробив|зробила|приготував|приготувала)\s+петлю",
        r"(?:щоб|і)\s+(?:заснути\s+і\s+)?(?:більше\s+)?не\s+прокинутися|заснути\s+назавжди",
        r"(?:передсмертн|прощальн)\w+\s+(?:записк|лист|повідомлен)\w*|проща(?:ється|юся)\s+(?:зі?\s+мною|з\s+усіма"
        r"|з\s+вами)|прощавайте",
        r"(?:роздав|роздала|роздаю)\s+(?:всі\s+|усі\s+)?(?:свої\s+)?речі|без\s+мене\s+(?:всім|усім|вам)\s+(?:буде\s+)?"
        r"краще",
        r"(?:сьогодні\s+(?:ввечері|вночі)|цієї\s+ночі|до\s+ранку)\s+(?:\w+\s+)?(?:все|усе)\s+(?:закінчу|закінчиться"
        r"|скінчиться)|завтра\s+(?:все|усе)\s+(?:закінчиться|скінчиться)",
        r"скільки\s+(?:\w+\s+){0,3}(?:треба|потрібно)\s+(?:\w+\s+)?щоб\s+(?:померти|не\s+прокинутися)",
        r"(?:попрощав(?:ся)?|попрощалася)\s+з\s+усіма|(?:сказав|сказала|написав|написала)\s+(?:усім|всім)\s+прощавай",
        r"(?:зібрала|зібрав|накопичила|накопичив)\s+(?:\w+\s+)?(?:ліки|таблетки|снодійне)|(?:ліки|таблетки)\s+(?:вже\s+)?(?:зібрала|зібрав)",
        r"(?:стою|стоїть|сиджу|сидить)\s+на\s+(?:краю\s+)?(?:даху|мосту|підвіконні)(?![^.!?\n]{0,20}(?:пробк|затор|машин|автобус))|щоб\s+(?:\w+\s+){1,2}не\s+прокинутися",
        r"(?:навмисно|спеціально)\s+(?:випила?|випив|наковта\w+|прийня\w+)|(?:випила?|випив|наковта\w+)\s+(?:\w+\s+){0,3}(?:навмисно|спеціально)",
        r"покінч\w*\s+(?:життя\s+)?(?:з\s+собою|самогубством)",
        r"хочу\s+(?:все|усе)\s+(?:закінчити|припинити)|(?:вип'ю|наковтаюся)\s+(?:всі|усі)\s+(?:таблетки|ліки|снодійне)",
        r"як\s+(?:краще\s+)?(?:померти|покінчити\s+з\s+собою)|скільки[^.!?\n]{0,40}щоб\s+(?:\w+\s+){0,2}(?:померти|не\s+прокинутися)",
        r"не\s+хочу\s+(?:більше\s+)?прокидатися|маю\s+мотузку",
        # the fourth file's lessons: a place and a goodbye, means at hand and a wish, things given away, cutting again
        _either(
            r"(?:міст|мосту|дах|даху|рейк|колі[яї]|залізниц|обрив|скел|річк|річці|мор[еі](?!\w))\w*",
            r"прощавай\w*|попрощал\w*|пробач(?:те)?\s+(?:мені|мене|за\s+все)|останн\w+\s+(?:повідомлен|пост|лист)\w*"
            r"|не\s+повернусь|не\s+повернеться|(?:вимкнув|вимкнула|відключив|відключила)\s+(?:\w+\s+)?(?:телефон|геолокаці)\w*"
            r"|мене\s+(?:вже\s+|більше\s+)?не\s+буде|нікому\s+не\s+потріб\w*",
        ),
        _either(
            r"(?:купи|дістав|дістала|сховав|сховала|знайшла|знайшов|маю|тримає|приготува)\w*\s+(?:\w+\s+){0,4}"
            r"(?:мотузк|петл|отрут|пістолет|рушниц|снодійн|таблет|пігулк|вугілл)\w*",
            r"померти|вмерти|зникнути|не\s+хочу\s+(?:більше\s+)?жити|закінчити\s+(?:все|усе|це)|не\s+прокинутися"
            r"|краще\s+б\s+(?:я|він|вона)|(?:його|її|мене)\s+(?:вже\s+|більше\s+)?не\s+буде|прощавай\w*"
            r"|набридло\s+жити",
            100,
        ),
        _either(
            r"(?:роздав|роздала|віддав|віддала|подарував|подарувала|переказав|переказала)\s+(?:\w+\s+){0,3}(?:речі|кішку"
            r"|кота|собаку|телефон|ноутбук|машин\w*|ключі|гроші|велосипед)",
            r"(?:більше|вже)\s+не\s+(?:знадоб|потріб)\w*|мене\s+(?:вже\s+|більше\s+)?не\s+буде|прощавай\w*|не\s+повернусь",
            100,
        ),
        r"(?:хочу|хочеться)\s+(?:просто\s+)?зникнути\s+назавжди|краще\s+б\s+я\s+(?:помер|померла|не\s+народ\w*)"
        r"|(?:мене|його|її)\s+(?:вже|більше)\s+не\s+буде(?!\s+(?:вдома|на|в|у|о|до|з))",
        r"(?:знову|знов|щоночі|кожної\s+ночі|кожен\s+день)\s+(?:\w+\s+)?(?:ріжу|ріжуся|порізал\w*|різала?)"
        r"|(?:ріжу|ріжуся)\s+(?:себе\s+)?(?:\w+\s+){0,2}(?:знову|щоночі|кожної\s+ночі)",
        r"як\s+(?:це\s+)?зробити,?\s+щоб\s+не\s+(?:боліло|було\s+боляче)|щоб\s+(?:\w+\s+)?серце\s+зупин\w*",
        r"(?:більше\s+)?не\s+можу\s+(?:більше\s+)?жити|(?:таблетки|снодійне|мотузку|отруту)\s+(?:вже\s+)?(?:купи\w*"
        r"|зібра\w*|схова\w*)",
        # the fifth and sixth files' lessons
        _either(
            r"(?:дах|даху|мост|мосту|краю|вікн\w*|балкон\w*|підвіконн\w*)", r"стрибн(?:е|у|ути|еш)|зістрибн\w*", 60
        ),
        _either(
            r"подбай(?:те)?|подбала|подбав|доглянь(?:те)?|бережіть",
            r"вимкнув|вимкнула|рушниц\w*|зброя|пістолет\w*|мотузк\w*|прощ\w*",
            100,
        ),
        _either(
            r"рушниц\w*|зброя|пістолет\w*|мотузк\w*|отрут\w*|снодійн\w*",
            r"вимкнув\s+телефон|вимкнула\s+телефон|прощай\w*|лист\s+(?:лежить|на\s+столі)",
            100,
        ),
        _either(r"(?:вже\s+)?все\s+виріш(?:ила|ив|ено)", r"лист\w*|записк\w*|спокійно|прощ\w*|міст\w*|дах\w*", 80),
    ],
    emergency=[
        r"не\s+дих(?:ає|ають|ав|ала)|перестав\s+дихати|перестала\s+дихати|не\s+(?:може|можу|можемо)\s+(?:дихати"
        r"|вдихнути)|задиха\w+|нічим\s+дихати",
        r"без\s+свідомості|(?:втратив|втратила|втрачає)\s+свідомість|знепритомні\w*|непритомн\w*"
        r"|не\s+приходить\s+до\s+тями|зомлі\w*",
        r"не\s+(?:реагує|реагував|реагувала|відгукується)|не\s+(?:можемо|можу)\s+(?:його\s+|її\s+)?розбудити"
        r"|не\s+прокидається",
        r"(?<!\w)судом(?:и|ах|ами|а)(?!\s+(?:в|у)\s+(?:нозі|ногах|литк))|конвульсі\w*",
        r"біль\s+(?:у|в)\s+грудях|(?:болить|тисне|пече|стискає|давить)\s+(?:\w+\s+)?(?:у|в)\s+грудях"
        r"|схопи(?:вся|лася)\s+за\s+(?:груди|серце)",
        r"(?:перекосило|перекошен\w*)\s+(?:\w+\s+)?(?:обличчя|рот)|(?:обличчя|рот)\s+(?:\w+\s+)?(?:перекосило"
        r"|перекошен\w*|перекосився)",
        r"(?:оніміла?|онімів|віднялася|віднялась|не\s+слухається|обвисла)\s+(?:\w+\s+)?(?:рука|нога|половина|сторона)"
        r"|(?:рука|нога|половина\s+тіла)\s+(?:\w+\s+)?(?:оніміла|віднялася|не\s+слухається|не\s+рухається|обвисла)",
        r"не\s+(?:може|можу)\s+(?:говорити|поворушити|рухати|підняти)|говорить\s+(?:незрозуміло|невиразно"
        r"|нерозбірливо)|плутає\s+слова|язик\s+заплітається",
        r"кров\s+(?:\w+\s+)?(?:не\s+зупиняється|хлище|хлеще|ллється|б'є|фонтаном)|(?:сильна|рясна)\s+кровотеча"
        r"|багато\s+крові|стікає\s+кров'ю|(?:блює|блювота|рве)\s+(?:\w+\s+)?кров'ю",
        r"подави(?:вся|лася)|вдави(?:вся|лася)|застрягл?\w*\s+(?:\w+\s+)?(?:в|у)\s+горлі|(?:в|у)\s+горлі\s+застряг\w*",
        r"(?:проковтну|ковтну|з'ї|випи)\w*\s+(?:\w+\s+){0,2}?(?:батарейк|магніт|отрут|оцт|хлорк|білизн|відбілювач"
        r"|засіб\s+для|розчинник|бензин|антифриз|пестицид|кислот)\w*",
        r"(?:наковтався|наковталася|випи(?:в|ла)\s+(?:всю|усю|цілу|багато))\s+(?:\w+\s+)?(?:таблет\w*|ліки|снодійн\w*"
        r"|пачку|упаковку)",
        r"отруї(?:вся|лася|лися)\s+(?:\w+\s+)?(?:грибами|газом|чадом|таблетками|ліками)|чадн\w+\s+газ\w*"
        r"|гриби\s+з\s+лісу|(?:лісові|дикі)\s+гриби",
        r"(?:набряк\w*|опух\w*|розпух\w*)\s+(?:\w+\s+)?(?:горл|гортан|язик|губ|обличч)\w*|(?:горло|язик|губи|обличчя)"
        r"\s+(?:\w+\s+)?(?:набрякл|набряка|опухл|розпухл)\w*",
        r"(?:вдарило|вдарив|ударило)\s+струмом|ураженн\w+\s+(?:електричним\s+)?струмом",
        r"(?<!\w)(?<!в\s)тоне(?!\w)|захлинувся|захлинулася|наковтався\s+води|наковталася\s+води",
        r"губи\s+(?:\w+\s+)?(?:сині|посиніли|синіють)|посинів|посиніла|синіє",
        r"(?:сильн|обширн)\w+\s+опік\w*|шкіра\s+(?:\w+\s+)?(?:злізла|облізла|чорна|почорніла|зійшла)",
        r"(?:впав|впала|зірвався|зірвалася)\s+з\s+(?:даху|висоти|балкона|риштування|\w+\s+поверху)|збила?\s+машин\w*"
        r"|не\s+відчуває\s+ніг|лежить\s+(?:і\s+)?не\s+(?:рухається|ворушиться)",
        r"кістка\s+(?:\w+\s+)?(?:стирчить|видно|назовні)|відкрит\w+\s+перелом\w*",
        r"перестав\s+тремтіти|перестала\s+тремтіти|(?:діабет|цукор|інсулін)\w*[^.!?\n]{0,60}(?:нісенітниці|марить|не\s+може\s+встати|пітніє|трясеться)",
        r"(?:плями|висип)\s+(?:\w+\s+){0,3}не\s+(?:зника|бліднi|блідн)\w*",
        r"(?:батарейк|магніт|монет)\w*\s+(?:\w+\s+){0,3}(?:проковтну|ковтну|з'ї)\w*",
        r"(?:вже|більше)\s+не\s+тремтить|говорить\s+нісенітниці|рідин\w+\s+для\s+(?:розпалювання|миття|чищення)",
        # the fourth file's lessons: signs told without a name
        r"(?:вагітн\w*|на\s+\d+\s*(?:-?му\s+)?тижн\w*|\d+\s*тиж\w*\s+вагітн\w*)[^.!?\n]{0,80}(?:кровотеч\w*|кровить|(?<!аналіз\s)(?<!аналізи\s)(?<!здати\s)(?<!здала\s)кров(?:і|'ю)?(?!\s+на\s+аналіз)(?![\w'])|кров'ян\w+\s+виділен\w*|відійшли\s+води"
        r"|живіт\s+(?:\w+\s+)?(?:кам'ян|тверд)\w*|не\s+ворушиться)",
        r"(?:з'ї|ковтну|проковтну|випи|лизну)\w*\s+(?:\w+\s+){0,4}(?:ягід|ягоди|гриб|таблет|ліки|пігулк|хімі|засіб|рідин"
        r"|настоянк|алкогол)\w*[^.!?\n]{0,50}(?:блює|блюв|рве|сонн|млява|млявий|хитається|засинає|зіниці|судом)\w*",
        r"(?:горло|гортань)\s+(?:\w+\s+)?(?:стискається|стискає|перехоплює|закривається|набрякає)|алергі\w*[^.!?\n]{0,60}"
        r"(?:горло|задиха|набряк|опух)\w*",
        r"(?:в|у)\s+грудях\s+(?:\w+\s+)?(?:пече|тисне|давить|стискає|болить)|придавил\w*\s+(?:\w+\s+){0,3}(?:ногу|руку"
        r"|груди|людину|його|її)|не\s+відчуває\s+(?:\w+\s+)?(?:ніг|ноги|стопи|стоп|рук)",
        r"з\s+(?:вуха|вух|носа)\s+(?:\w+\s+)?(?:тече|йде|кров)|(?:б'є|хлище|пульсує)\s+кров|не\s+(?:можемо|можу"
        r"|вдається)\s+(?:\w+\s+)?зупинити\s+кров",
        r"(?:зблід|зблідла)[^.!?\n]{0,60}(?:впав|впала|знепритом\w*)|(?:впав|впала)\s+[^.!?\n]{0,60}?не\s+(?:рухається"
        r"|ворушиться|дихає|встає)",
        r"пульс\w*\s+(?:не\s+(?:промацується|відчуваю|чути)|немає)|немає\s+пульсу|робимо\s+(?:непрямий\s+)?масаж\s+серця",
        r"(?:[123]|одн\w*|дв\w*|тр\w*)\s*(?:тиж|місяц|міс)\w*[^.!?\n]{0,60}(?:температур|жар)\w*|(?:млявий|млява|погано"
        r"\s+смокче)[^.!?\n]{0,60}температур\w*",
        # the fifth and sixth files' lessons
        r"не\s+(?:може|можу|можемо)\s+ковтати|слина\s+тече",
    ],
    condition=[
        r"інфаркт\w*|серцев\w+\s+напад\w*|зупинк\w+\s+серця|інсульт\w*",
        r"епілептичн\w+\s+напад\w*|напад\s+епілепсії|передозуван\w*|набряк\s+квінке|анафілак\w*",
    ],
    acute=[
        r"прямо\s+зараз|раптово|(?<!\w)раптом|щойно|швидк(?:а|у|ої)\s+(?:допомог|їде|викли)\w*"
        r"|допоможіть(?=\s*(?:[!,،]|$))|рятуйте|терміново|швидше|що\s+(?:мені\s+|нам\s+)?робити|здається|схоже|мабуть"
        r"|невже",
    ],
    now=[r"(?<!\w)зараз"],
    background=[
        r"(?:в|у)\s+лікарні|госпіталізов\w*|після\s+операці\w*|виписа\w*|записатися|запис\s+до|на\s+прийом|рецепт\w*"
        r"|рахун\w*|оплат\w*|реанімаці\w*",
    ],
    past=[
        r"вчора|позавчора|торік|минулого\s+(?:року|місяця|тижня)|минулої\s+(?:неділі|зими)|(?:рік|роки|років|місяць"
        r"|місяці|місяців|тиждень|тижні|днів|дні)\s+тому|колись|(?:в|у)\s+дитинстві",
    ],
    fiction=[
        r"серіал\w*|фільм\w*|книз\w*|книг\w*|роман\w*|детектив\w*|(?:в|у)\s+грі|новин\w*|(?:в|у)\s+сні|наснил\w*"
        r"|ветеринар\w*|від\s+(?:сміху|нудьги|спеки)",
        r"ахах\w*|хаха\w*|профілактик\w*",
        # nearly: an idiom, nothing happened
        r"ледь\s+не|мало\s+не|трохи\s+не",
    ],
    general=[
        r"що\s+робити,?\s+(?:якщо|коли|при)|якщо\s+(?:у\s+)?(?:людин\w*|хтось|когось|комусь|дитин\w*)"
        r"|які\s+(?:\w+\s+)?(?:симптом|ознак)\w*|як\s+(?:розпізнати|зрозуміти|надати)",
    ],
    asking=[
        r"заздалегідь|про\s+всяк\s+випадок|просто\s+питаю",
        # a task for a class, a course or an exam
        r"курсов(?:у|а|ої)\s+робот\w*|реферат\w*|домашн\w+\s+завданн\w+|для\s+(?:навчання|лекції|семінару|іспиту)",
    ],
    resolved=[r"зараз\s+(?:вже\s+)?(?:все\s+)?(?:добре|нормально|в\s+порядку)"],
    negation_before=[
        r"(?<!\w)(?:не|немає|нема|ні|без)\s+(?:(?:жодного|жодної|жодних|у\s+мене|у\s+нього|у\s+неї)\s+)?",
        r"(?<!\w)(?:трохи|злегка|трішки|легк\w+|невелик\w+)\s+",
        r"(?<!\w)(?:немає|нема|жодних)\s+(?:думок|планів)\s+(?:про)\s+",
        r"(?<!\w)не\s+було\s+(?:(?:ніяк\w+|жодн\w+|у\s+мене|у\s+нього|у\s+неї)\s+)?",
    ],
    negation_after=[r"\s*(?:немає|нема|не\s+було)(?!\w)"],
    routine=[
        r"відділенн\w*|години\s+відвідуван\w*|відвідуван\w*|палат\w*|реабілітаці\w*",
    ],
)
# Bulgarian
_BULGARIAN = _Language(
    self_harm=[
        r"(?:искам|иска|искаме|искат|реших|реши)\s+да\s+(?:(?:просто|вече)\s+)?(?:умра|умре|умрем|се\s+самоубия"
        r"|се\s+самоубие|се\s+обеся|се\s+обеси)(?!\w)",
        r"самоуби\w*|(?:да|ще)\s+се\s+(?:убия|убие)(?!\w)|сложа\s+край\s+на\s+(?:живота|всичко)",
        r"не\s+(?:искам|иска|искаме)\s+(?:повече\s+|вече\s+)?да\s+(?:живея|живее|живеем)|няма\s+смисъл\s+да\s+живея",
        r"(?:режа|реже|рязах|ряза|нарязах|наряза|прерязах|преряза)\s+(?:си\s+)?(?:вените|китките|ръцете)"
        r"|(?:режа|реже)\s+се(?!\w)|самонаранява\w*",
        r"(?:да|ще)\s+скоч(?:а|и)\s+от\s+(?:\w+\s+)?(?:моста|покрива|прозореца|блока|терасата|етажа)"
        r"|(?:да|ще)\s+се\s+хвърл(?:я|и)\s+(?:от|под)",
        r"(?:да|ще)\s+се\s+обес(?:я|и)|примка",
        r"да\s+не\s+се\s+събудя|да\s+заспя\s+завинаги",
        r"прощалн\w+\s+(?:писм|съобщени|бележк)\w*|(?:раздадох|раздаде|раздавам)\s+(?:всичките\s+)?(?:си\s+)?(?:неща"
        r"|вещи)|без\s+мен\s+(?:ще\s+)?(?:ви\s+|им\s+)?е\s+по-добре",
        r"ще\s+(?:ги\s+)?изпия\s+(?:всичките\s+)?(?:хапчета\w*\s+)?(?:тази\s+нощ|довечера|наведнъж)",
        r"колко\s+(?:\w+\s+){0,3}(?:трябва|са\s+нужни)\s+(?:\w+\s+)?за\s+да\s+(?:умра|не\s+се\s+събудя)",
        r"(?:сбогува(?:х|ше|м)\s+се|прости\s+се)\s+с\s+всички|(?:събрах|събра|пазя)\s+(?:\w+\s+)?(?:хапчета|лекарства)",
        r"(?:нарочно|умишлено)\s+(?:изпи|изпих|глътна)|(?:изпи|изпих|глътна)\s+(?:\w+\s+){0,3}(?:нарочно|умишлено)",
        # the fourth file's lessons: disappearing, means at hand, letters and "I won't be", cutting again
        r"(?:искам|иска|искаше)\s+(?:просто\s+)?да\s+(?:изчезна|изчезне)\s+завинаги|(?:исках|искам|иска|искаше)\s+"
        r"(?:просто\s+)?(?:всичко\s+)?да\s+(?:свърши|спре)(?:\s+всичко)?(?!\w)",
        _either(
            r"(?:имам|купих|купи|скрил|скрила|пазя|събрах|намерих|държи)\s+(?:\w+\s+){0,2}(?:въже|примка|отрова|хапчета"
            r"|приспивателн\w*|пистолет|пушка)",
            r"изчезн\w*|умра|умре|да\s+свърши|да\s+спре|не\s+искам\s+(?:да\s+)?живея|никой\s+няма\s+да\s+разбере|сбогом"
            r"|няма\s+да\s+ме\s+има",
            100,
        ),
        _either(
            r"(?:вече\s+)?няма\s+да\s+(?:ме|го|я)\s+има",
            r"писм\w*|бележк\w*|въже|хапчета|сбогом|простете|никой\s+(?:няма|не)|тревожи|раздад\w*|последн\w+",
            100,
        ),
        _either(
            r"(?:мост\w*|покрив\w*|релс\w*|линията|скала\w*|реката|морето|язовир\w*)",
            r"сбогом|сбогува\w*|простете|прости\s+ми|последн\w+\s+(?:съобщени|пост|писм)\w*|няма\s+да\s+се\s+върна"
            r"|изключи\w*\s+телефона|няма\s+да\s+ме\s+има",
        ),
        r"(?:пак|отново|всяка\s+нощ|всеки\s+ден)\s+(?:се\s+)?режа|(?:режа|реже)\s+се\s+по\s+(?:ръцете|краката|бедрата)"
        r"|(?<!\w)се\s+режа(?!\w)",
        r"(?:да|ще)\s+скоч(?:а|и)\s+от\s+(?:\w+\s+)?(?:балкона|скалата|релсите)",
        _either(
            r"(?:раздадох|раздаде|подарих|подари|дадох|даде)\s+(?:\w+\s+){0,3}(?:нещата|вещите|котката|кучето|телефона"
            r"|колата|колелото)",
            r"няма\s+да\s+(?:ми|му|й)\s+тряб\w*|вече\s+не\s+ми\s+трябва",
            80,
        ),
        r"по-добре\s+(?:да\s+)?(?:съм\s+)?(?:умр\w+|ме\s+нямаше)|никой\s+няма\s+да\s+(?:забележи|усети\s+липсата)",
        # the fifth and sixth files' lessons
        r"нарочно\s+(?:е\s+)?(?:изпил[аи]?|изпи|погълна\w*|глътна\w*|взел[аи]?)|(?:да\s+)?заспи\s+завинаги|заспя\s+завинаги|да\s+не\s+се\s+събуд\w*",
        _either(
            r"мост\w*|покрив\w*|скал\w*|релси\w*|язовир\w*",
            r"писма|писмо|не\s+искам\s+да\s+ме\s+спасява\w*|сбогом|простете|няма\s+да\s+се\s+върна",
            80,
        ),
        _either(
            r"избрах\s+(?:\w+\s+)?дата\w*|всичко\s+е\s+(?:подредено|решено)|реших\s+окончателно",
            r"олекна|подредено|някой\s+да\s+знае|спасява\w*|сбогом",
            80,
        ),
        _either(
            r"въже\w*|отрова|хапчета\w*|пистолет\w*",
            r"(?:искам|исках)\s+някой\s+да\s+знае|къде\s+ще\s+отида|сбогом",
            80,
        ),
    ],
    emergency=[
        r"не\s+диша(?!\w)|спря\s+да\s+диша|не\s+(?:може|мога|можем)\s+да\s+(?:диша|дишам|си\s+поем[ае]\s+(?:въздух"
        r"|дъх))|задушава\s+се|задъхва\s+се|диша\s+(?:тежко\s+и\s+)?хъркайки",
        r"в\s+безсъзнание|(?:загуби|губи)\s+съзнание|припадна|не\s+идва\s+на\s+себе\s+си",
        r"не\s+реагира|не\s+(?:можем|мога)\s+да\s+(?:го|я)\s+събудим|не\s+се\s+събужда",
        r"гърчове|гърчи\s+се",
        r"спря\s+(?:му\s+|й\s+)?сърцето",
        r"болк[аи]\s+в\s+гърдите|(?:боли|стяга|притиска)\s+(?:\w+\s+)?(?:в\s+)?гърдите|гърдите\s+(?:\w+\s+)?(?:болят"
        r"|стягат)|хвана\s+се\s+за\s+(?:гърдите|сърцето)",
        r"(?:лицето|устата)\s+(?:\w+\s+){0,2}(?:изкривен\w*|увисна\w*)|изкриви\s+(?:\w+\s+)?(?:лицето|устата)",
        r"(?:изтръпна|не\s+може\s+да\s+(?:движи|вдигне))\s+(?:\w+\s+)?(?:ръката|крака|ръка|крак)|говори\s+(?:завалено"
        r"|неразбираемо|несвързано)|не\s+може\s+да\s+говори",
        r"кръвта\s+не\s+спира|(?:силно|обилно)\s+кървене|много\s+кръв|(?:много|силно)\s+кърви|кърви\s+(?:много|силно"
        r"|обилно)|повръща\s+кръв",
        r"задави\s+се|се\s+задави|задавя\s+се|заседна\w*\s+(?:\w+\s+)?в\s+гърлото|в\s+гърлото\s+(?:\w+\s+)?заседна\w*",
        r"(?:изпи|глътна|погълна|изяде|преглътна)\s+(?:\w+\s+){0,2}?(?:белина|батерия|батерийка|магнит\w*|отрова"
        r"|препарат\w*|киселина|оцет|бензин|антифриз)",
        r"(?:изпи|глътна)\s+(?:\w+\s+)?(?:всичките|цялата|цяла|много)\s+(?:\w+\s+)?(?:хапчета|лекарства|опаковка)",
        r"(?:лицето|гърлото|езикът|устните)\s+(?:\w+\s+)?(?:се\s+)?(?:подува\w*|поду\w*|отича|отече|затваря)",
        r"удари\s+(?:го|я|ги)\s+ток|ударен\w*\s+от\s+ток|токов\s+удар",
        r"(?:се\s+)?удави(?!\w)|дави\s+се|извадихме\s+(?:го|я)\s+от\s+(?:водата|басейна)",
        r"(?:устните|лицето)\s+(?:\w+\s+)?посиня\w*|посинява",
        r"(?:тежко|силно)\s+изгаряне|кожата\s+(?:\w+\s+)?(?:се\s+)?(?:свлече|обели|почерня)",
        r"(?:падна|паднал[аи]?)\s+от\s+(?:покрива|височина|скелето|терасата|\w+\s+етаж)|блъсна\s+(?:го|я)\s+кола"
        r"|не\s+си\s+чувства\s+краката",
        # the fourth file's lessons: signs told without a name
        r"(?<!\w)се\s+(?:задушава|задъхва)(?!\w)|(?:лежи|падна\w*)[^.!?\n]{0,40}(?:хрипти|не\s+мърда|не\s+се\s+движи"
        r"|не\s+отговаря|не\s+диша)|не\s+(?:отговаря|реагира)\s+и\s+диша\s+(?:странно|тежко|хъркащо)",
        r"кръв\w*\s+(?:\w+\s+)?(?:пръска|шурти|блика)|кръв\w*[^.!?\n]{0,30}не\s+(?:мога|можем)\s+да\s+(?:я\s+)?спр\w+"
        r"|повърна\w*\s+(?:\w+\s+)?кръв",
        r"(?:се\s+)?поду\w*\s+(?:\w+\s+)?около\s+очите|около\s+очите\s+(?:\w+\s+)?(?:се\s+)?поду\w*|гърлото\s+(?:ми\s+|му\s+"
        r"|й\s+)?се\s+стяга",
        r"(?:бременна|бременност\w*|в\s+\d+\s*(?:-?та\s+)?седмица)[^.!?\n]{0,100}(?:кърви|кървене|кървя|тече\s+кръв|кръв\s+(?:тече|изтича)|изтекоха\s+водите"
        r"|подут\w*|светкавици|главата\s+(?:ме\s+|я\s+)?боли\s+ужасно)",
        r"(?:изля|разля|пръсна|заля)\w*\s+(?:\w+\s+){0,2}(?:киселина|вряла\s+вода|врящо\s+олио|белина)",
        r"(?:изпи|пи|глътна|изяде|яде)\w*\s+[^.!?\n]{0,50}сега\s+(?:\w+\s+){0,2}(?:трепери|повръща|спи|е\s+(?:много\s+)?"
        r"(?:горещ|сънлив|вял)|зениците|не\s+се\s+събужда|се\s+задушава)",
        r"пулс\w*\s+(?:не\s+се\s+(?:усеща|напипва)|няма)|няма\s+пулс|правим\s+(?:сърдечен\s+)?масаж",
        r"(?:изпих|изпи|глътнах|глътна)\s+\d{2,3}\s+(?:\w+\s+)?(?:таблетки|хапчета|капсули)",
        # the fifth and sixth files' lessons
        r"кръв\w*\s+(?:\w+\s+){0,2}(?:бие|шурти|блика|пръска|струи)|(?:шурти|блика|пръска)\s+(?:\w+\s+)?кръв|на\s+струя|(?:кървя|кърви|кървим)\s+(?:\w+\s+)?(?:много|силно|обилно)",
        _either(
            r"удари\w*\s+(?:си\s+)?главата|падна\w*",
            r"повърна\w*|повръща\w*|сънлив\w*|не\s+(?:ме\s+)?(?:поглежда|реагира|отговаря)",
            60,
        ),
        _either(r"гъби", r"повръщ\w*|повърна\w*|бол(?:и|ят)\s+(?:ги\s+|я\s+|го\s+)?корем\w*", 100),
        r"едва\s+(?:диша|дишам|си\s+поема\s+дъх)|хрипти|(?:врат\w*|гърло\w*|устни\w*|лице\w*)\s+(?:\w+\s+)?(?:се\s+)?(?:подува|отича|подуха|отекоха|отече)",
        r"не\s+(?:си\s+)?отваря\s+очи\w*|(?:лице\w*|устни\w*)\s+(?:\w+\s+){0,2}(?:сив|син|посиня)\w*|(?:се\s+)?свлече(?:\s+се)?(?!\w)",
        r"(?:отпи|изпи|глътна|погълна|пи)\w*\s+(?:\w+\s+){0,3}(?:белина|белината|препарат\w*|киселин\w*|отров\w*|бензин\w*|ракия|спирт)",
        _either(r"крак\w*\s+(?:\w+\s+){0,2}(?:извит|изкривен)\w*", r"не\s+може\s+да\s+стане|кръв|падна", 60),
    ],
    condition=[
        r"сърдечен\s+(?:удар|пристъп)|инсулт\w*|епилептичен\s+пристъп|свръхдоза|предозира\w*|анафилакти\w*"
        r"|алергичен\s+шок",
    ],
    acute=[
        r"точно\s+сега|внезапно|изведнъж|току-?що|линейка\w*|бърза\s+помощ|помогнете(?=\s*(?:[!,،]|$))|спешно(?!\w)"
        r"|бързо|какво\s+да\s+(?:правя|правим)|мисля,?\s+че|изглежда|дали\s+(?:е|има)",
    ],
    now=[r"(?<!\w)сега(?!\w)"],
    background=[
        r"(?:лежи|е|са)\s+в\s+болница\w*|приет\w*\s+(?:в|при)|хоспитализ\w*|след\s+операци\w*|изписа\w*|час\s+(?:за"
        r"|при)|рецепт\w*|сметк\w*|реанимаци\w*",
    ],
    past=[
        r"вчера|завчера|миналата\s+(?:година|седмица)|миналия\s+(?:месец|път)|преди\s+(?:\w+\s+)?(?:години|година"
        r"|месеца|месец|седмици|дни)|като\s+дете",
    ],
    fiction=[
        r"сериал\w*|филм\w*|книга\w*|роман\w*|(?:в\s+)?играта|новини\w*|ветеринар\w*",
        r"хаха\w*|😂|🤣|превенци\w*",
        # nearly: an idiom, nothing happened
        r"за\s+малко|едва\s+не",
    ],
    general=[
        r"какво\s+да\s+(?:направя|правя|се\s+прави),?\s+(?:ако|когато|при)|ако\s+(?:някой|човек|дете)"
        r"|какви\s+са\s+(?:\w+\s+)?(?:симптом|признац)\w*|как\s+да\s+(?:разпозная|разбера)",
    ],
    asking=[
        r"предварително|за\s+всеки\s+случай|само\s+питам",
        # a task for a class, a course or an exam
        r"курсов\w+\s+работ\w*|реферат\w*|домашн\w+\s+работ\w*|за\s+(?:училище|университета|лекция\w*|семинар\w*|изпит\w*)",
    ],
    resolved=[r"сега\s+(?:вече\s+)?(?:е\s+)?(?:добре|нормално)"],
    negation_before=[
        r"(?<!\w)(?:не|няма|без|нито)\s+(?:(?:никаква|никакви|никакъв)\s+)?",
        r"(?<!\w)(?:леко|малко|лека|слаба)\s+",
        r"(?<!\w)(?:нямам|нямаш|няма|нямаме|нямат|нямах|нямаше)\s+(?:(?:никаква|никакви|никакъв)\s+)?",
    ],
    negation_after=[r"\s*(?:няма|нямаше)(?!\w)"],
    routine=[
        r"отделени\w*|часове\s+за\s+посещени\w*|посещени\w*|рехабилитаци\w*",
    ],
)

# Greek (written without accents and with σ for ς: fold() takes them off the text)
_GREEK = _Language(
    self_harm=[
        r"(?:θελω|θελει|θελουμε|θελουν|αποφασισα)\s+να\s+(?:πεθανω|πεθανει|αυτοκτονησω|αυτοκτονησει|σκοτωθω|σκοτωθει"
        r"|κρεμαστω)",
        r"αυτοκτον\w*|να\s+(?:σκοτωσω|σκοτωσει)\s+τον\s+εαυτο\s+(?:μου|του|της)|να\s+βαλω\s+τελος\s+(?:στη\s+ζωη|σε\s+ολα)",
        r"δεν\s+(?:θελω|θελει)\s+(?:πια\s+|αλλο\s+)?να\s+(?:ζω|ζει|ζησω|ζησει)(?!\w)",
        r"(?:κοβω|κοβει|εκοψα|εκοψε)\s+(?:τον\s+εαυτο\s+(?:μου|του|της)|τις\s+φλεβες|τα\s+χερια\s+μου|τους\s+καρπους)"
        r"|αυτοτραυματισμ\w*",
        r"(?:να|θα)\s+(?:πηδηξω|πηδηξει|πεσω|πεσει|πεταχτω|πεταχτει)\s+απο\s+(?:τη|το|την|τον)\s+(?:ταρατσα|γεφυρα"
        r"|μπαλκονι|παραθυρο|κτιριο|οροφο)",
        r"(?:να|θα)\s+κρεμαστ(?:ω|ει)|θηλια",
        r"να\s+μην\s+ξυπνησω|να\s+κοιμηθω\s+για\s+παντα",
        r"θα\s+τελειωσω\s+(?:με\s+)?(?:τα\s+παντα|ολα|τη\s+ζωη\s+μου)|(?:σημερα|αποψε|αυριο)\s+(?:\w+\s+)?τελειωνουν"
        r"\s+(?:ολα|τα\s+παντα)",
        r"γραμμα\s+(?:αποχαιρετισμου|αυτοκτονιας)|μοιρασα\s+(?:ολα\s+)?τα\s+πραγματα\s+μου"
        r"|χωρις\s+εμενα\s+(?:θα\s+)?(?:ειστε|ειναι)\s+καλυτερα",
        r"(?:αποχαιρετησε|αποχαιρετησα)\s+(?:\w+\s+)?(?:ολους|ολες)|μοιρασε\s+(?:ολα\s+)?τα\s+πραγματα\s+(?:του|της)|μαζευ\w+\s+χαπια",
        r"(?:χαπια|φαρμακα)[^.!?;\n]{0,30}επιτηδες|επιτηδες\s+(?:\w+\s+){0,3}(?:χαπια|φαρμακα)",
        r"(?:κοψω|κοψει)\s+(?:τον\s+εαυτο\s+(?:μου|του|της)|τις\s+φλεβες|τους\s+καρπους)",
        r"(?:να\s+)?τελειωσ(?:ω|ει)\s+τη\s+ζωη\s+(?:μου|του|της)",
        r"πως\s+να\s+(?:πεθανω|αυτοκτονησω)",
        r"μοιρασ\w+\s+(?:ολα\s+)?τα\s+πραγματα|δεν\s+θα\s+τα\s+χρειαστω|κοβει\s+τα\s+χερια\s+(?:της|του)|μαζεψ\w+\s+χαπια",
        # the fourth file's lessons: a place and a goodbye, things given away, pills gathered, a date, cutting
        _either(
            r"γκρεμ\w*|γεφυρ\w*|ταρατσ\w*|βραχια|σιδηροτροχι\w*|γραμμες\s+του\s+τρενου",
            r"αντιο\s+(?:σε\s+ολους|για\s+παντα)|αποχαιρετ\w*|συγγνωμη\s+(?:απο\s+)?(?:ολους|για\s+ολα)|ευχαριστω\s+για\s+ολα|τελευται\w+\s+(?:μηνυμα"
            r"|αναρτηση|φορα)|δεν\s+θα\s+(?:γυρισω|γυρισει|ξαναγυρισ\w+)|(?:εκλεισε|κλεισε)\s+το\s+κινητο"
            r"|δεν\s+σηκωνει\s+το\s+τηλεφωνο|(?:δωρισ|μοιρασ|χαρισ)\w*",
        ),
        _either(
            r"(?:δωρισ|μοιρασ|χαρισ)\w*\s+(?:ολα\s+)?(?:του\s+|της\s+|μου\s+)?(?:τα\s+)?(?:πραγματα|υπαρχοντα)",
            r"θα\s+(?:παει|παω)|αντιο|δεν\s+θα\s+(?:τα\s+)?χρειαστ\w+|δεν\s+θα\s+(?:γυρισ|ειμαι)\w*",
        ),
        r"μαζε\w+\s+(?:\w+\s+){0,2}χαπια|σκεφτομαι\s+να\s+τα\s+(?:παρω|πιω)\s+(?:ολα\s+)?(?:αποψε|αυριο)"
        r"|(?:εχω\s+)?βαλει\s+ημερομηνια|δεν\s+θα\s+ειμαι\s+βαρος|ειμαι\s+βαρος\s+(?:σε\s+ολους|για\s+ολους)",
        r"(?:ποσα|ποσες)\s+(?:\w+\s+){0,3}(?:για\s+να|ωστε\s+να)\s+(?:μην\s+ξυπνησ\w+|πεθαν\w+)",
        r"κοβομαι\s+(?:στους|στα|στο|στη|στις)\s+(?:μηρους|χερια|καρπους|ποδια)|κοβομαι\s+(?:ξανα|παλι|καθε)"
        r"|(?:ξανα|παλι)\s+κοβομαι",
        r"θα\s+(?:παει|παω)\s+(?:\w+\s+)?στο(?:ν)?\s+(?:γκρεμο|γεφυρα|ταρατσα)",
        r"(?:καλυτερα|θα\s+ηταν\s+καλυτερα)\s+(?:να\s+)?(?:πεθαινα|να\s+μην\s+υπαρχω|να\s+μην\s+ζουσα)|κανεις\s+δεν\s+θα\s+"
        r"(?:το\s+)?(?:καταλαβει|προσεξει|μου\s+λειψει)",
        # the fifth and sixth files' lessons
        r"δεν\s+θα\s+με\s+(?:ξανα)?δει(?:τε|σ|ς)?|εγραψα\s+γραμματα\s+σε\s+ολους",
        _either(
            r"γραμμα\w*|λιμανι|γκρεμ\w*|γεφυρ\w*|ταρατσ\w*|θαλασσα|γκρεμο",
            r"δεν\s+θα\s+(?:ξανα)?(?:γυρισω|γυρισει|επιστρεψω|με\s+(?:ξανα)?δειτε)|και\s+τελοσ",
            80,
        ),
    ],
    emergency=[
        r"δεν\s+αναπνε(?:ει|ουν)|σταματησε\s+να\s+αναπνεει|δεν\s+(?:μπορει|μπορω)\s+να\s+(?:αναπνευσει|αναπνευσω"
        r"|παρει\s+ανασα|παρω\s+ανασα)|δεν\s+παιρνει\s+ανασα|ασφυκτι\w*",
        r"λιποθυμ\w*|αναισθητ\w*|(?:εχασε|χανει)\s+τις\s+αισθησεις|δεν\s+(?:αντιδρα|ανταποκρινεται|ξυπναει)(?!\w)",
        r"σπασμ(?:οι|ους|ων)(?!\w)|σπασμωδ\w*",
        r"πονο\w*\s+στο\s+στηθος|(?:πονα(?:ει)?|σφιγγει|καιει)\s+(?:πολυ\s+)?το\s+στηθος|(?:σφιξιμο|πιεση|βαρος)\s+στο"
        r"\s+στηθος|επιασε\s+το\s+στηθος",
        r"στομα\s+(?:\w+\s+){0,2}(?:στραβωσε|στραβωσει|στραβο|κρεμεται)|στραβωσε\s+το\s+(?:στομα|προσωπο)"
        r"|προσωπο\s+(?:\w+\s+){0,2}(?:στραβωσε|εχει\s+πεσει|κρεμεται)",
        r"δεν\s+(?:μπορει|μπορω)\s+να\s+(?:μιλησει|κουνησει|σηκωσει)|μουδιασ\w+\s+(?:το\s+|η\s+)?(?:χερι|ποδι|μιση"
        r"|πλευρα)|μπερδευει\s+τα\s+λογια",
        r"αιμορραγ\w*(?!\s+απο\s+τη\s+μυτη)|πολυ\s+αιμα|αιμα\s+παντου|τρεχει\s+(?:πολυ\s+)?αιμα"
        r"|το\s+αιμα\s+δεν\s+σταματα|(?:κανει\s+εμετο|ξερνα(?:ει)?)\s+αιμα",
        r"πνιγεται(?!\s+στ(?:α|η|ις)\s+(?:χρεη|δουλει))|πνιγηκε|(?:κατσει|κολλησε)\s+(?:\w+\s+)?στο\s+λαιμο",
        r"(?:καταπιε|ηπιε|εφαγε)\s+(?:\w+\s+){0,2}?(?:μπαταρι|μαγνητ|χλωριν|δηλητηρι|απορρυπαντικ|καυστικ|φυτοφαρμακ"
        r"|ποντικοφαρμακ|πετρελαι)\w*",
        r"(?:καταπιε|ηπιε|πηρε)\s+(?:\w+\s+)?(?:ολα\s+τα|ενα\s+κουτι|πολλα)\s+(?:\w+\s+)?(?:χαπια|φαρμακα)",
        r"(?:πρηστηκε|πρηζεται|πρηστηκαν|κλεινει)\s+(?:ο\s+|η\s+|το\s+|τα\s+)?(?:λαιμος|γλωσσα|προσωπο|χειλη)"
        r"|(?:λαιμος|γλωσσα|προσωπο|χειλη)\s+(?:\w+\s+)?(?:πρηστηκε|πρηζεται|πρηστηκαν|κλεινει)",
        r"ηλεκτροπληξια|χτυπηθηκε\s+απο\s+ρευμα|(?:τον|την)\s+χτυπησε\s+(?:το\s+)?ρευμα",
        r"χειλη\s+(?:\w+\s+)?(?:μελανιασαν|ειναι\s+μπλε|μπλε)|μελανιασ\w*",
        r"σοβαρ\w+\s+εγκαυμ\w*|καηκε\s+(?:ασχημα|πολυ)|δερμα\s+(?:\w+\s+)?(?:ξεκολλησε|μαυρισε)",
        r"(?:φαινεται|βγηκε|βγαινει)\s+(?:εξω\s+)?το\s+κοκαλο|κοκαλο\s+(?:\w+\s+)?(?:φαινεται|βγηκε)"
        r"|κρεμεται\s+απο\s+το\s+δερμα",
        r"επεσε\s+απο\s+(?:τη\s+σκαλα|την\s+ταρατσα|υψος|τη\s+σκαλωσια|το\s+μπαλκονι)|(?:τον|την)\s+χτυπησε"
        r"\s+αυτοκινητο|δεν\s+νιωθει\s+τα\s+ποδια",
        r"(?:κηλιδες|στιγματα|εξανθημα)\s+(?:\w+\s+){0,3}δεν\s+(?:φευγ|χαν|ξεθωρι)\w*|δυσκαμψια\s+(?:στον\s+)?αυχεν\w*",
        r"(?:χημικο|χλωρινη|οξυ)\s+(?:\w+\s+){0,2}στο\s+ματι",
        r"(?:διαβητ|ινσουλιν|ζαχαρ)\w*[^.!?;\n]{0,60}(?:μπερδευ|ιδρων|τρεμ|δεν\s+απαντ)\w*",
        r"(?:εγκυ\w*|εβδομαδων)[^.!?;\n]{0,80}(?:αιμορραγ|φωτακια|θολη\s+ορασ|(?:δυνατο|φοβερο)\s+πονοκεφαλο)",
        # the fourth file's lessons: signs told without a name
        r"(?:κρατησε|κρατουσε|επιασε)\s+το\s+στηθος\s+(?:του|της)?[^.!?;\n]{0,30}(?:επεσε|καταρρευσε|λιποθυμ\w*)",
        r"(?:επεσε|χτυπησε)[^.!?;\n]{0,60}κεφαλι[^.!?;\n]{0,80}(?:κοιμαται|εμετ|κορη|ζαλ|δεν\s+θυμαται)"
        r"|κορη\s+(?:\w+\s+){0,3}πιο\s+μεγαλη",
        r"δερμα\s+(?:\w+\s+)?(?:φευγει|ξεκολλαει|βγαινει|ξεφλουδ\w+)|καηκε\s+(?:με\s+)?(?:\w+\s+)?(?:στο\s+προσωπο|ατμο"
        r"|λαδι|καυτο)",
        r"δεν\s+κουνιεται|ακινητ\w+\s+στο\s+(?:πατωμα|εδαφος)|αφρ\w*\s+(?:απο\s+)?το\s+στομα|(?:δεν\s+εχει|χωρις)\s+σφυγμο"
        r"|κανουμε\s+(?:μαλαξεις|καρπα)",
        r"εγκυ\w*[^.!?;\n]{0,60}(?:αιμορραγ\w*|(?:τρεχει|χανει|βγαινει)\s+αιμα|νερα\s+(?:εσπασαν|σπασαν)|κεφαλι\s+του\s+μωρου)|(?:εσπασαν|σπασαν)\s+τα\s+νερα",
        r"(?:ηπιε|εφαγε|καταπιε)\s+(?:\w+\s+){0,3}(?:χαπια|φαρμακ\w*|μανιταρια|μουρα|καθαριστικ\w*|χημικ\w*)[^.!?;\n]{0,40}"
        r"(?:εμετο|ξερνα\w*|νυσταζει|κοιμαται|τρεμει|δεν\s+ξυπνα\w*)",
        r"(?:εγκαυμα|καηκε)[^.!?;\n]{0,40}(?:φουσκαλ|δερμα\s+(?:φευγει|ξεκολλ))",
        r"επεσε[^.!?;\n]{0,40}δεν\s+(?:μιλαει|κουνιεται|απανταει|αναπνεει|σηκωνεται)",
        _either(
            r"συγχυσ\w*|δεν\s+ξερει\s+που\s+βρισκεται|δεν\s+(?:μας\s+)?αναγνωριζει",
            r"πυρετ\w*|ζαχαρ\w*|ινσουλιν\w*",
            60,
        ),
        # the fifth and sixth files' lessons
        _either(
            r"(?:δαγκωσ|καταπι|ηπιε|εφαγε|μασησ)\w*\s+(?:\w+\s+){0,3}(?:καψουλ|χλωριν|απορρυπαντ|μπαταρι|φαρμακ|χαπι|υγρο)\w*",
            r"βηχει|ξερνα\w*|κανει\s+εμετο|κλαιει\s+με\s+πονο|νυσταζ\w*|δυσκολευ\w*",
            80,
        ),
        r"(?:το\s+)?αιμα\s+(?:\w+\s+){0,2}(?:πεταγεται|τρεχει\s+ασταματητα|δεν\s+σταματα|σαν\s+βρυση|σαν\s+πιδακα|αναβλυζει)",
        r"χειροτερο\w*\s+πονοκεφαλο\w*|δεν\s+βλεπει\s+απο\s+το\s+ενα\s+ματι|μουδια\w*\s+(?:το\s+|η\s+)?(?:χερι|ποδι|προσωπο|μισο)|(?:το\s+)?(?:χερι|ποδι|προσωπο)\s+(?:του|της|μου)\s+μουδια\w*",
    ],
    condition=[
        r"εμφραγμα|καρδιακ\w+\s+(?:προσβολ\w*|ανακοπη)|ανακοπη|εγκεφαλικο|κριση\s+επιληψιας|επιληπτικ\w+\s+κριση",
        r"υπερδοσολογ\w*|υπερβολικ\w+\s+δοσ\w*|δηλητηριασ\w*|αναφυλα\w*",
    ],
    acute=[
        r"αυτη\s+τη\s+στιγμη|ξαφνικα|(?<!\w)μολις|ασθενοφορο|βοηθεια(?=\s*(?:[!,،]|$))|βοηθηστε(?=\s*(?:[!,،]|$))"
        r"|επειγον(?:τως)?(?!\w)|γρηγορα|τι\s+(?:να\s+)?(?:κανουμε|κανω)|νομιζω|μαλλον|μηπως|μου\s+φαινεται"
        r"|φαινεται\s+(?:σαν|οτι)|(?:εγκεφαλικο|εμφραγμα)\s+ειναι\s*;"
        r"|ειναι\s+(?:\w+\s+)?(?:εγκεφαλικο|εμφραγμα)\s*;",
    ],
    now=[r"(?<!\w)τωρα"],
    background=[
        r"νοσηλευ\w*|(?:ειναι|βρισκεται)\s+στο\s+νοσοκομειο|μετα\s+(?:απο\s+)?(?:την\s+)?(?:επεμβαση|χειρουργειο)"
        r"|εξιτηριο|ραντεβου|συνταγ\w*|λογαριασμ\w*|(?<!\w)μεθ(?!\w)|εντατικ\w*",
    ],
    past=[
        r"χθες|χτες|προχθες|περσι|περυσι|περασμεν\w+\s+(?:χρονο|χρονια|μηνα|βδομαδα|εβδομαδα)|πριν\s+(?:απο\s+)?(?:\w+"
        r"\s+)?(?:χρονια|χρονο|μηνες|μηνα|εβδομαδες|βδομαδες|μερες)|οταν\s+ημουν\s+(?:παιδι|μικρ\w+)",
    ],
    fiction=[
        r"ταινια|(?<!\w)σειρα(?!\w)|βιβλιο|μυθιστορημα|(?:στο|σε\s+ενα)\s+(?:βιντεο)?παιχνιδι|βιντεοπαιχνιδι|ειδησεις|ονειρο|κτηνιατρ\w*"
        r"|απο\s+(?:την\s+)?(?:πεινα|ζεστη|κουραση|τα\s+γελια)",
        r"χαχα\w*|😂|🤣|προληψη",
        # a documentary, volunteering, awareness
        r"ντοκιμαντερ|εθελοντ\w*|ενημερωσ\w*",
        # nearly: an idiom, nothing happened
        r"παραλιγο|λιγο\s+ελειψε",
    ],
    general=[
        r"τι\s+(?:κανουμε|κανω|πρεπει\s+να\s+κανω)\s+(?:αν|οταν)(?!\w)|αν\s+καποιος|ποια\s+(?:ειναι\s+)?τα\s+(?:συμπτωματα"
        r"|σημαδια)|πως\s+(?:καταλαβαινω|αναγνωριζω)",
    ],
    asking=[
        r"εκ\s+των\s+προτερων|απλως\s+ρωτ\w*|θελω\s+να\s+τα\s+ξερω|σεμιναρι\w*",
        # a task for a class, a course or an exam
        r"για\s+την\s+εργασια|πτυχιακ\w+|διπλωματικ\w+\s+εργασια|για\s+το\s+μαθημα|για\s+τη\s+σχολη|για\s+τισ\s+εξετασεισ",
    ],
    resolved=[r"τωρα\s+(?:ειναι\s+)?(?:καλα|μια\s+χαρα|ενταξει)"],
    negation_before=[
        r"(?<!\w)(?:δεν|δε|μην|μη|οχι|χωρις)\s+",
        r"(?<!\w)(?:λιγο|ελαφρ\w+|ηπι\w+)\s+",
        r"(?<!\w)(?:δεν|δε|μην|μη|οχι)\s+(?:εχω|εχει|εχουμε|νιωθω|νιωθει|ειχε|ειχα)\s+(?:\w+\s+)?",
    ],
    routine=[
        r"ωρες\s+επισκεψ\w*|επισκεπτηρι\w*|κλινικη|τμημα|αποκατασταση",
    ],
)
# Hebrew
_HEBREW = _Language(
    self_harm=[
        r"רוצה\s+(?:פשוט\s+)?(?:למות|להתאבד)|להתאבד|התאבדות|אתאבד|מתאבד\w*",
        r"לא\s+רוצה\s+(?:יותר\s+)?(?:לחיות|להמשיך\s+לחיות)|לשים\s+קץ\s+(?:לחיים|לחיי)|לגמור\s+עם\s+החיים",
        r"(?:חותכת|חותך|חתכתי|חתכה|חתך)\s+(?:את\s+)?(?:עצמי|עצמה|עצמו|הידיים|הורידים|הוורידים)|פוגע(?:ת)?\s+בעצמ\w*",
        r"לקפוץ\s+מ(?:ה)?(?:גג|גשר|חלון|בניין|קומה)|(?:הולך|הולכת)\s+לקפוץ|עומד(?:ת)?\s+על\s+(?:ה)?(?:גג|גשר)",
        r"לתלות\s+את\s+עצמ\w+",
        r"מכתב\s+(?:פרידה|התאבדות)|(?:נותנת|נותן|נתתי)\s+את\s+כל\s+(?:ה)?(?:דברים|חפצים)\s+של\w*",
        r"לא\s+(?:אצטרך|תצטרך|יצטרך)\s+(?:אותם|אותו)\s+יותר|(?:כדי|בשביל)\s+לא\s+להתעורר",
        r"(?:לקחתי|בלעתי|לקחה|בלעה)\s+את\s+כל\s+(?:ה)?(?:כדורים|תרופות)|(?:אסף|אספה|אספתי)\s+כדורים",
        r"(?:נפרד|נפרדה|נפרדתי)\s+מכולם|(?:אספתי|אוספת|אוסף)\s+כדורים|(?:יהיה|יהיו)\s+(?:לכם\s+)?(?:טוב|יותר\s+טוב)\s+בלעדי",
        r"בכוונה\s+(?:\w+\s+){0,3}(?:כדורים|תרופות)|(?:כדורים|תרופות)\s+(?:\w+\s+){0,3}בכוונה",
        r"(?:לבלוע|לקחת|אבלע|אקח)\s+את\s+כל\s+(?:ה)?(?:כדורים|תרופות)",
        r"אין\s+(?:לי|לו|לה)\s+(?:סיבה|טעם)\s+לחיות|לגמור\s+עם\s+(?:זה|הכל)",
        r"איך\s+(?:להתאבד|למות\s+בלי)",
        r"(?:אסף|אספה|אספתי)\s+(?:את\s+)?(?:כל\s+)?(?:ה)?כדורים|הלילה\s+זה\s+נגמר",
        # the fourth file's lessons: a place and a last message, a date, pills taken on purpose, means at hand and a
        # wish, things given away, fresh cuts
        _either(
            r"(?<!\S)(?:ה|ל|ב|על\s+ה)?(?:גג|גשר|מסילה|פסי\s+(?:ה)?רכבת|צוק|ים|נהר|מצוק)(?!\S)",
            r"(?:ה)?(?:מסר|הודעה|פוסט)\s+(?:ה)?אחרונ\S*|לא\s+(?:חוזר|חוזרת|אחזור|יחזור|תחזור)|נפרד\S*|סליחה\s+(?:מכולם"
            r"|על\s+הכל)|תודה\s+על\s+הכל|מכתבים?\s+(?:לכולם|פרידה)|כיבה\s+(?:את\s+)?(?:ה)?טלפון",
        ),
        r"קבעתי\s+(?:תאריך|יום)|(?:כתבתי|השארתי)\s+מכתבים|לא\s+רוצה\s+שיצילו\s+אותי|חתכים\s+(?:טריים|חדשים)"
        r"|(?:שוב\s+)?(?:חותכת|חותך)\s+(?:את\s+)?(?:הרגליים|הירכיים)|חתכתי\s+(?:את\s+)?עצמי\s+שוב",
        r"(?:לקחתי|בלעתי|לקח|לקחה|בלע|בלעה)\s+(?:\S+\s+){0,7}בכוונה|בכוונה\s+(?:\S+\s+){0,2}(?:לקחתי|בלעתי|לקח|לקחה"
        r"|בלע|בלעה)",
        _either(
            r"(?:קניתי|קנה|קנתה|הסתיר\S*|שמר\S*|אספ\S*|יש\s+(?:לי|לו|לה))\s+(?:\S+\s+){0,2}(?:חבל|רעל|כדורים|כדורי\s+שינה"
            r"|אקדח|פחמים)",
            r"למות|להיעלם|לא\s+רוצה\s+לחיות|להיגמר|לגמור|נמאס\s+לי|הלילה|נפרד\S*|אחרונ\S*",
            100,
        ),
        _either(
            r"(?:נתתי|נתן|נתנה|מכרתי|מכר|מכרה|חילק\S*)\s+(?:\S+\s+){0,3}(?:ה)?(?:כלב|חתול|גיטרה|דברים|חפצים|אופניים|טלפון)",
            r"לא\s+(?:צריך|צריכה|אצטרך|יצטרך|תצטרך)\s+(?:אותם|אותו|אותה)\s+יותר(?!\s+כי)|לא\s+(?:חוזר|אחזור)|הלילה",
            100,
        ),
        r"(?:עדיף|יותר\s+טוב)\s+(?:ש)?(?:אמות|הייתי\s+מת\S*|לא\s+אהיה)|אף\s+אחד\s+לא\s+(?:ישים\s+לב|יתגעגע)",
        # the fifth and sixth files' lessons
        _either(
            r"צוואה|מכתב\S*\s+(?:פרידה|לכולמ)", r"תאריכ|מחר|הלילה|צוק|גשר|גג|לא\s+מפחד\S*|תדאגו|יומ\s+\S+\s+אחרי", 80
        ),
        _either(
            r"ההחלטה\s+(?:\S+\s+)?התקבלה|קיבלתי\s+(?:את\s+)?ההחלטה|החלטתי\s+סופית|יש\s+לי\s+תאריכ",
            r"תדאגו|שמרו\s+על|שקט|לא\s+מפחד\S*|צוואה",
            80,
        ),
        _either(r"נשק|אקדח|רובה", r"נתנ\s+לי|שמור\s+על\s+עצמכ|other\s+side|צד\s+השני|תדאגו|להתראות", 100),
    ],
    emergency=[
        r"לא\s+נושמ(?:ת|ים)?|הפסיק\w*\s+לנשום|לא\s+(?:מצליח|מצליחה|יכול|יכולה)\s+לנשום|(?:מתקשה|מתקשים)\s+לנשום"
        r"|קשה\s+(?:לו|לה|לי)\s+לנשום|נחנק\w*",
        r"חסר(?:ת)?\s+הכרה|איבד(?:ה)?\s+(?:את\s+)?ההכרה|התעלפ\w*|התמוטט\w*",
        r"לא\s+מגיב(?:ה)?(?!\s+ל(?:הודעות|טלפון|שיחות))|לא\s+מתעורר(?:ת)?",
        r"פרכוס\w*|מפרכס\w*",
        r"כאב\w*\s+(?:חזק\w*\s+)?ב?חזה|כואב\s+(?:לו|לה|לי)\s+(?:מאוד\s+)?ב?חזה|לחץ\s+בחזה",
        r"דימום\s+(?:חזק|כבד|שלא\s+נעצר)|הרבה\s+דם|הדם\s+לא\s+נעצר|לא\s+מפסיק\w*\s+לדמם|מדמם\w*\s+(?:המון|הרבה|מאוד)"
        r"|מקיא(?:ה)?\s+דם",
        r"(?:ה)?פה\s+(?:שלו\s+|שלה\s+)?עקום|(?:ה)?פנים\s+(?:שלו\s+|שלה\s+)?נפולות|לא\s+(?:מצליח|מצליחה)\s+לדבר"
        r"|לא\s+מדבר(?:ת)?\s+ברור|(?:יד|רגל)\s+(?:אחת\s+)?(?:חלשה|משותקת|רדומה)",
        r"בלע\w*\s+(?:\w+\s+){0,2}?(?:סוללה|סוללת|מגנט|רעל|אקונומיקה|חומר\s+ניקוי|מטבע)|שת(?:ה|תה)\s+(?:\w+\s+){0,2}?"
        r"(?:אקונומיקה|רעל|חומר\s+ניקוי|נפט|הדברה)",
        r"(?:הגרון|השפתיים|הפנים|הלשון)\s+(?:שלו\s+|שלה\s+)?(?:נסגר|מתנפח|התנפח|נפוח)\w*",
        r"התחשמל\w*|טובע(?:ת)?|(?:שפתיים|שפתיו|שפתיה)\s+כחולות|כחול(?:ה)?\s+ולא\s+(?:נושם|נושמת|בוכה)",
        r"כוויה\s+(?:קשה|חמורה)|נכוו?(?:ה|ת)?\s+קשה",
        r"העצם\s+(?:\w+\s+)?(?:בחוץ|יוצאת)|נפל(?:ה)?\s+מ(?:ה)?(?:גג|סולם|קומה|פיגום)",
        r"(?:חומר|משהו)\s+(?:\w+\s+)?(?:נכנס\s+)?לעין|לא\s+(?:זוכר|זוכרת)\s+מה\s+קרה",
        r"(?:כתמים|פריחה)\s+(?:\w+\s+){0,3}(?:שלא|לא)\s+(?:נעלמ|מחוויר)\w*|צוואר\s+נוקשה",
        r"(?:סוכרת|אינסולין|סוכר)[^.!?\n]{0,60}(?:מבולבל|מזיע|רועד|לא\s+מגיב)\w*",
        r"נכנס\s+(?:לי\s+|לו\s+|לה\s+)?לעין\s+(?:\w+\s+)?(?:חומר|אקונומיקה|כלור|סיד)",
        # the fourth file's lessons: signs told without a name
        r"שרוע(?:ה)?\s+על\s+(?:ה)?(?:רצפה|אדמה|כביש)|(?:שוכב|שוכבת|שרוע|שרועה|נפל|נפלה)\s+(?:\S+\s+){0,4}לא\s+(?:זז|זזה"
        r"|נושם|נושמת|מגיב|מגיבה)(?!\S)",
        _either(
            r"נפל(?:ה)?(?!\S)",
            r"(?:ה)?רגל\s+(?:שלה\s+|שלו\s+)?(?:עקומה|מעוותת|עקום)|(?:צועק|צועקת)\s+מכאבים"
            r"|לא\s+(?:יכול|יכולה)\s+לזוז|לא\s+(?:מרגיש|מרגישה)\s+(?:את\s+)?(?:ה)?רגליים",
            60,
        ),
        r"(?:בשבוע|שבוע|בחודש)\s+\d+[^.!?\n]{0,80}(?:כאב\s+ראש|רואה\s+(?:כוכבים|נקודות|הבזקים)|דימום|יורד\s+(?:לה\s+|לי\s+)?דם|ירדו\s+(?:ה)?מים"
        r"|נפוח\S*|לחץ\s+(?:ה)?דם\s+גבוה)",
        r"(?:משתעל|משתעלת)\s+(?:\S+\s+)?(?:קצף|דם)|(?:יורק|יורקת)\s+(?:\S+\s+)?(?:הרבה\s+)?דם|(?:דם|דימום)\s+(?:\S+\s+){0,4}"
        r"לא\s+(?:מפסיק|נעצר)",
        r"התקף\s+(?:שני|נוסף|שלישי)\s+ברצף|התקף\s+(?:\S+\s+){0,3}לא\s+(?:נגמר|עוצר|מפסיק)",
        r"(?:שתה|שתתה|בלע|בלעה)\s+(?:\S+\s+){0,4}(?:נוזל|חומר)\s+(?:ל|של\s+)?(?:ניקוי|פתיחת|כביסה|הדברה)\S*"
        r"|כוויות\s+ב(?:פה|שפתיים)",
        r"אין\s+(?:לו|לה)\s+דופק|(?:עושים|עושה|התחלנו)\s+(?:לו\s+|לה\s+)?החייאה",
        r"(?:ה)?עור\s+(?:\S+\s+)?(?:מתקלף|נקלף|יורד)|(?:קיבל|קיבלה|נפל|נפלה)\s+(?:\S+\s+)?(?:מכה\s+)?ב?ראש[^.!?\n]{0,60}"
        r"(?:מקיא|מקיאה|ישנוני|מנומנם|מבולבל)",
        # the fifth and sixth files' lessons
        _either(r"בטנ\S*\s+(?:\S+\s+)?(?:נפוחה|קשה|תפוחה)", r"חיוור\S*|מזיע\S*|מקיא\S*|נפל\S*", 60),
        _either(r"עקרב\S*|נחש\S*|צרעה|דבורה", r"מזיע\S*|מקיא\S*|נפוח\S*|קשה\s+לנשומ|לא\s+נושמ\S*|זזות\s+מוזר", 80),
        r"אינ\s+(?:לו\s+|לה\s+)?דופק|דפיברילטור|עושימ\s+(?:לו\s+|לה\s+)?החייאה|מעסימ",
        _either(r"כימו\S*", r"חומ\s+(?:גבוה|\d)|צמרמורות|מתעלפ\S*|לחצ\s+(?:ה)?דמ\s+(?:\S+\s+)?נמוכ", 80),
        _either(
            r"(?:אקמול|פרצטמול|כדור\S*)[^\n.]{0,30}(?:כל\s+(?:שעה|שעתיימ)|חפיסה|קופסה|הרבה)",
            r"מקיא\S*|מבולבל\S*|ישנוני\S*|לא\s+מגיב\S*",
            60,
        ),
    ],
    condition=[
        r"התקף\s+לב|דום\s+לב|אוטם|(?<!\w)שבץ|התקף\s+(?:אפילפסיה|אפילפטי)|הרעלה|מנת\s+יתר|אנפילקס\w*",
    ],
    acute=[
        r"פתאום|הרגע|אמבולנס|מד\"א|(?<!\w)מדא(?!\w)|עזרה(?=\s*(?:[!,،]|$))|הצילו|דחוף|(?<!\w)מהר(?!\w)|מה\s+(?:לעשות"
        r"|עושים)|נראה\s+לי|אני\s+חושב\w*|זה\s+(?:\S+\s+)?(?:התקף|שבץ|אוטם)[^.!?\n]{0,8}\?",
    ],
    now=[r"עכשיו|כרגע"],
    background=[
        r"מאושפז\w*|אושפז\w*|אשפוז|בבית\s+(?:ה)?חולים|אחרי\s+(?:ה)?ניתוח|שוחרר\w*|(?<!\w)ל?תור(?!\w)|מעקב|מרשם|חשבון"
        r"|טיפול\s+נמרץ|חניה",
    ],
    past=[
        r"אתמול|שלשום|בשנה\s+שעברה|בחודש\s+שעבר|בשבוע\s+שעבר|לפני\s+(?:\w+\s+)?(?:שנה|שנים|שנתיים|חודש|חודשים|שבוע"
        r"|שבועות|ימים)|כשהייתי\s+(?:ילד|ילדה|קטן|קטנה)",
    ],
    fiction=[
        r"בסרט|הסרט|בסדרה|הסדרה|בספר|הספר|ברומן|במשחק\s+(?:מחשב|וידאו)|בחדשות|חלמתי|וטרינר\w*|מצחוק",
        r"חחח+|😂|🤣|מניעת",
        # nearly: an idiom, nothing happened
        r"כמעט\s+(?:קיבלתי|חטפתי|מתתי|נפלתי)",
    ],
    general=[
        r"מה\s+(?:עושים|לעשות)\s+(?:אם|כש)|אם\s+(?:מישהו|אדם|ילד)|מה\s+(?:הם\s+)?(?:התסמינים|הסימנים)"
        r"|איך\s+(?:מזהים|לזהות)",
        r"איך\s+(?:עושים|לעשות|מבצעים|נותנים)",
    ],
    asking=[
        r"מראש|סתם\s+שואל\w*|רק\s+שואל\w*|קורס",
        # a task for a class, a course or an exam
        r"עבודת\s+(?:סמינריונ|גמר)|שיעורי\s+בית|מטלה|בשביל\s+(?:ה)?(?:קורס|שיעור|מבחנ)|למבחנ",
        r"(?:רוצה|רוצים)\s+ללמוד",
    ],
    resolved=[r"עכשיו\s+(?:הוא\s+|היא\s+)?(?:בסדר|טוב)"],
    negation_before=[
        r"(?<!\w)(?:לא|אין|בלי|ללא)\s+(?:(?:לו|לה|לי)\s+)?",
        r"(?<!\w)(?:קצת|קל|קלה)\s+",
    ],
    routine=[
        r"שעות\s+(?:ה)?ביקור|מחלקת|מחלקה|שיקום",
    ],
)
# Armenian (fold() reads the ligature "և" as "եւ")
_ARMENIAN = _Language(
    self_harm=[
        r"ուզում\s+(?:եմ|է)\s+(?:մեռնել|մահանալ|ինքնասպան\w*)|մեռնել\s+(?:եմ|է)\s+ուզում|ինքնասպան\w*",
        r"ինքս\s+ինձ\s+(?:սպանել|սպանեմ|կտրում|կտրել|վնասում)|ինձ\s+սպանել",
        r"(?:չեմ|չի)\s+ուզում\s+(?:այլեւս\s+|էլ\s+)?ապրել|ապրել\s+(?:այլեւս\s+)?չեմ\s+ուզում",
        r"ամեն\s+ինչ\s+(?:կավարտեմ|կվերջացնեմ)|կյանքս\s+(?:ավարտել|վերջացնել)|երակներս\s+կտր\w*",
        r"(?:կամրջից|տանիքից|պատուհանից)\s+(?:\w+\s+)?(?:ցատկել|կցատկեմ|կցատկի|նետվել)|կախվել",
        r"հաբեր\s+(?:է|եմ)\s+հավաքել|որպեսզի\s+մահանա|հրաժեշտի\s+նամակ|իրերս\s+նվիրեցի|բոլոր\s+իրերս\s+(?:տվեցի"
        r"|նվիրեցի)|(?:որ|որպեսզի)\s+(?:այլեւս\s+)?չարթնանամ",
        r"հրաժեշտ\s+տվեց[^.։\n]{0,40}(?:անջատեց|հեռախոս)",
        r"վերջին\s+անգամ\s+է\s+գրում",
        # the fourth file's lessons: ending it all with pills ready, things given away and "won't come back", cutting
        r"վերջ\s+(?:տալ|տամ|կտամ)\s+(?:ամեն\s+ինչին|կյանքիս|ինձ)",
        _either(
            r"(?:դեղերը|հաբերը)\s+(?:արդեն\s+)?պատրաստ\s+(?:են|է)",
            r"վերջ\s+տալ|մեռնել|մահանալ|ինքնասպան\S*|չարթնանամ",
            80,
        ),
        _either(
            r"(?:իրերը|իրերս|իրերն|շանը|կատվին)\s+(?:\S+\s+){0,2}(?:բաժանեց|բաժանում|բաժանել|նվիրեց|տվեց)|(?:բաժանեց"
            r"|նվիրեց|տվեց)\s+(?:\S+\s+){0,2}(?:իրերը|իրերս|շանը|կատվին)",
            r"(?:էլ|այլեւս)\s+(?:չի|չեմ)\s+(?:վերադառնա\S*|գա)|պետք\s+(?:չի|չեն)\s+(?:լինի|լինելու)|կազատվեն|կգնա\S*",
            100,
        ),
        r"(?:ինձ|իրեն)\s+(?:այլեւս|էլ)\s+պետք\s+(?:չի|չեն)\s+(?:լինի|լինելու)|(?:բոլորը|բոլորդ)\s+(?:\S+\s+)?(?:կազատվեք"
        r"|կազատվեն)",
        r"(?:նորից|էլի|ամեն\s+(?:գիշեր|օր))\s+(?:\S+\s+){0,3}կտր(?:ել|ում|եցի|ելու)|(?:ոտքերս|ձեռքերս|դաստակներս"
        r"|ազդրերս)\s+(?:եմ\s+)?կտրում",
        _either(
            r"կամուրջ\S*|տանիք\S*|ժայռ\S*|(?<!\S)գետ(?:ը|ի|ին|ում)?(?!\S)|ծով\S*|երկաթգծ\S*|ռելս\S*",
            r"հրաժեշտ\S*|ներեք\s+(?:ինձ|բոլորդ)|վերջին\s+(?:հաղորդագրություն|գրառում|նամակ)\S*|(?:էլ|այլեւս)\s+(?:չի|չեմ)\s+"
            r"վերադառնա\S*|հեռախոսը\s+(?:անջատ|չի\s+պատասխան)\S*",
        ),
        _either(r"դիտմամբ|միտումնավոր", r"հաբ\S*|դեղ\S*", 40),
        r"(?:լավ|ավելի\s+լավ)\s+կլինի,?\s+(?:եթե\s+)?(?:ես\s+)?(?:մեռնեմ|չլինեմ)|ոչ\s+ոք\s+(?:չի\s+)?(?:նկատի|կարոտի)",
        # the fifth and sixth files' lessons
        _either(
            r"կամրջ\S*|կամուրջ\S*|տանիք\S*|ժայռ\S*|ծով\S*|գետ\S*",
            r"ներեցեք|վերջնական|ու\s+վերջ|չեմ\s+վերադառնա|հրաժեշտ|որոշել\s+եմ",
            80,
        ),
        _either(
            r"բաժանեց\S*|նվիրեց\S*|տվեց\S*|բաժանեցի|տվեցի|նվիրեցի",
            r"պետք\s+չեն\s+(?:լինի|գա)|պետք\s+չի\s+լինի|այլևս\s+պետք\s+չ\S*",
            100,
        ),
        _either(
            r"քնաբեր\S*|հաբ\S*|դեղ\S*|թույն\S*",
            r"բոլորը\s+(?:\S+\s+)?կ(?:խմեմ|ընդունեմ|ուտեմ|կուլ\s+տամ)|այլևս\s+ուժ\s+չունեմ",
            60,
        ),
        r"ամեն\s+ինչ\s+(?:վերջացնել|ավարտել)|կյանքիս\s+վերջ\s+տալ|վերջ\s+տալ\s+(?:ամեն\s+ինչի|կյանքիս)",
    ],
    emergency=[
        r"չի\s+շնչում|շնչել\s+չի\s+կարողանում|չի\s+կարողանում\s+շնչել|շնչահեղձ\w*|շնչառությունը\s+(?:\w+\s+)?(?:դժվար"
        r"|կանգ)\w*",
        r"ուշաթափվ\w*|ուշագնաց\w*|գիտակցությունը\s+կորցր\w*|անգիտակից|չի\s+արձագանքում|չի\s+արթնանում",
        r"ցնցումներ\w*|ցնցվում\s+է",
        r"կրծքավանդակ\w*\s+(?:շատ\s+|ուժեղ\s+)?ցավ\w*|կուրծքը\s+(?:շատ\s+)?(?:է\s+)?ցավում|կրծքում\s+(?:\w+\s+)?(?:ցավ"
        r"|ծակ)\w*",
        r"շատ\s+արյուն|արյունը\s+(?:չի\s+դադարում|չի\s+կանգնում|հոսում\s+է)|արյուն\s+է\s+հոսում|արյունահոսություն",
        r"դեմքը\s+(?:\w+\s+){0,2}թեքվել|խոսել\s+չի\s+կարողանում|չի\s+կարողանում\s+խոսել|խոսքը\s+խառնվում",
        r"(?:մետաղադրամ|մարտկոց|մագնիս|թույն|քլոր)\w*\s+(?:է\s+)?(?:կուլ\s+տվել|խմել|կերել)|կուլ\s+է\s+տվել",
        r"կոկորդում\s+(?:\w+\s+)?խրվել|խեղդվում|խեղդվել",
        r"հոսանքահարվ\w*|շուրթերը\s+(?:\w+\s+)?կապտ\w*",
        r"(?:դեմքը|կոկորդը|շուրթերը)\s+(?:\w+\s+)?ուռ(?:ել|չում)",
        r"մաշկը\s+պոկվել|ոտքերը\s+չի\s+զգում",
        r"ձեռքը\s+չի\s+շարժվում|խոսքը\s+խառնվ",
        r"(?:կրծքավանդակ|կուրծք)\w*\s+(?:շատ\s+|ուժեղ\s+)?է\s+ցավում",
        # the fourth file's lessons: signs told without a name
        r"(?:կրծք|կուրծք)\S*\s+(?:\S+\s+){0,3}(?:ճնշում|քար|ծանրություն|սեղմ)\S*|ձախ\s+ձեռք\S*\s+(?:\S+\s+)?թմր\S*",
        _either(
            r"չի\s+ճանաչում\s+(?:մեզ|ինձ|ոչ\s+ոքի)",
            r"քրտն\S*|շփոթ\S*|հանկարծ\S*|ջերմ\S*|շաքար\S*|ինսուլին\S*",
            60,
        ),
        r"նոպա\S*\s+(?:\S+\s+){0,3}(?:չի\s+դադարում|չի\s+անցնում|րոպե)|երեխայի\s+գլուխը\s+(?:\S+\s+){0,2}(?:երեւում|դուրս)"
        r"|ջրերը\s+(?:գնաց|գնացին|պայթեց)",
        r"կյանքիս\s+ամենավատ\S*|հանկարծակի\s+(?:\S+\s+){0,2}գլխացավ|շուրթերը\s+(?:\S+\s+)?կապույտ",
        r"գազ\S*[^.։\n]{0,60}(?:գլուխ\S*\s+(?:\S+\s+)?ցավ|սրտխառն|թուլ|գլխապտույտ)",
        r"(?:ընկավ|ընկել\s+է)[^.։\n]{0,60}(?:չի\s+շարժվում|չի\s+շնչում|չի\s+արձագանքում|արյուն)",
        r"(?:զարկերակ|պուլս)\S*\s+(?:չկա|չի\s+զգացվում)|սրտի\s+մերսում\s+ենք\s+անում|հղի\S*[^.։\n]{0,60}(?:արյունահոսություն|արյուն\s+(?:է\s+)?(?:գալիս|հոսում|գնում)|ջրերը)",
        # the fifth and sixth files' lessons
        r"արյուն\S*\s+(?:\S+\s+){0,3}(?:ցայտում|շատրվան\S*|չի\s+կանգնում|չի\s+դադարում)|շատրվանի\s+պես",
        r"գլուխ\S*\s+(?:\S+\s+)?պայթ\S*|կյանքում\s+(?:\S+\s+)?(?:նման|այսպիսի|այդպիսի)\s+ցավ",
    ],
    condition=[
        r"ինֆարկտ\w*|սրտի\s+կաթված|ինսուլտ\w*|էպիլեպտիկ\s+նոպա",
    ],
    acute=[
        r"հենց\s+հիմա|հանկարծ|շտապ\s+օգնություն|օգնեք(?=\s*(?:[!,،]|$))|շտապ|ինչ\s+անեմ|կարծում\s+եմ|կարծես|երեւի",
    ],
    now=[r"հիմա"],
    background=[
        r"հիվանդանոցում|պառկած|(?:ինսուլտից|ինֆարկտից|վիրահատությունից)\s+հետո|դուրս\s+գր\w*|հերթ|դեղատոմս\w*|հաշիվ"
        r"|վերականգնողական|ստուգման|վերակենդանացման",
    ],
    past=[
        r"երեկ|անցյալ\s+(?:տարի|ամիս|շաբաթ)|(?:տարի|ամիս|շաբաթ|օր)\s+առաջ|երբ\s+փոքր\s+էի",
    ],
    fiction=[
        r"ֆիլմ\w*|սերիալ\w*|գրք\w*|վեպ\w*|լուրեր\w*|երազ\w*|անասնաբույժ\w*|ծիծաղից",
        # nearly: an idiom, nothing happened
        r"քիչ\s+մնաց",
    ],
    general=[
        r"եթե\s+(?:ինչ-որ\s+)?(?:մեկը|մեկին|մարդ|երեխա)|ախտանիշներ\w*|ինչպես\s+ճանաչել",
        r"նշաններ\w*",
    ],
    asking=[
        r"նախապես|պարզապես\s+հարցնում|դասընթաց\w*",
        r"դասի\s+համար|նախագծ\w*",
        # a task for a class, a course or an exam
        r"որպես\s+(?:\S+\s+)?ուսանող|տնային\s+աշխատանք\w*|կուրսային|ռեֆերատ\w*",
    ],
    resolved=[r"հիմա\s+(?:արդեն\s+)?լավ\s+է"],
    negation_before=[r"(?<!\w)(?:ոչ|առանց)\s+", r"(?<!\w)(?:թեթեւ|մի\s+քիչ)\s+"],
    routine=[
        r"այցելության\s+ժամեր\w*|բաժանմունք\w*",
    ],
    negation_after=[r"\s*(?:չունեմ|չունի|չկա|չեմ\s+զգում)(?!\w)"],
)
# Georgian
_GEORGIAN = _Language(
    self_harm=[
        r"მინდა\s+(?:რომ\s+)?მოვკვდე|სიკვდილი\s+მინდა|მოკვდომა\s+მინდა|თავის\s+მოკვლა|თავს\s+(?:მოვიკლავ|მოიკლავს"
        r"|ვიკლავ)|სუიციდ\w*|თვითმკვლელობ\w*",
        r"აღარ\s+მინდა\s+(?:ცხოვრება|სიცოცხლე)|ცხოვრება\s+აღარ\s+მინდა|აღარ\s+მინდა\s+ვიცოცხლო",
        r"(?:ხელებს|თავს)\s+ვიჭრი|ვენებს\s+(?:ვიჭრი|გადავიჭრი)|თავს\s+ვიზიანებ",
        r"(?:ხიდიდან|სახურავიდან|ფანჯრიდან)\s+(?:\w+\s+)?(?:გადავხტები|გადახტება|გადმოვხტები)",
        r"ყველაფერს\s+(?:დავასრულებ|დავამთავრებ)|ბოლოჯერ\s+(?:გწერ|ვწერ|მწერს)|აღარ\s+გავიღვიძო"
        r"|ხვალ\s+აღარ\s+(?:ვიქნები|იქნება)|(?:ყველაფერი|ნივთები)\s+(?:დაარიგა|დავარიგე)",
        r"(?:დამემშვიდობა|დაემშვიდობა)[^.!?\n]{0,40}ტელეფონი\s+(?:გამორთო|გათიშა)",
        # the fourth file's lessons: pills gathered, a goodbye and a phone turned off, a bridge, cutting again
        r"აბ(?:ებ)?\S*\s+(?:\S+\s+)?(?:დავაგროვე|ვაგროვებ|შევაგროვე|დააგროვა|მოვაგროვე)|ყველა\s+ერთად\s+(?:დავლიო|დალევა"
        r"|დავლევ)",
        _either(
            r"ბოდიში\s+(?:ყველაფრისთვის|ყველას)|ბოდიშს\s+(?:იხდის|ვიხდი)\s+ყველა\S*",
            r"ტელეფონი\s+(?:გამორთო|გათიშა|გამოვრთე)|ხიდ\S*|სახურავ\S*|მდინარე\S*|ლიანდაგ\S*|წერილ\S*",
            100,
        ),
        _either(
            r"წერილ\S*\s+(?:\S+\s+)?(?:დამიტოვა|დავწერე|დაწერა|დატოვა)",
            r"ამაღამ|ხვალ|ბოდიში|ტელეფონი\s+(?:გამორთო|გათიშა|გამოვრთე)|ხიდ\S*|სახურავ\S*",
            100,
        ),
        r"(?:ხიდზე|სახურავზე|კლდეზე)\s+(?:\S+\s+)?(?:დგას|ვდგავარ|ზის|ვზივარ)|რამდენი\s+(?:\S+\s+){0,2}(?:სასიკვდილო"
        r"|მომკლავს|მოსაკლავად)",
        r"ისევ\s+(?:\S+\s+)?ვიჭრი|ვიჭრი\s+(?:\S+\s+)?(?:ფეხებს|ხელებს|მკლავებს)|(?:უთოს|სიგარეტს)\s+(?:\S+\s+)?(?:ვადებ"
        r"|ვიდებ)",
        _either(r"განზრახ|შეგნებულად", r"აბ\S*|წამალ\S*", 40),
        _either(
            r"(?:ტელეფონი|ველოსიპედი|მანქანა|ნივთები|კატა|ძაღლი|საათი)\S*\s+(?:\S+\s+){0,2}(?:აჩუქა|დაარიგა|გაჩუქა"
            r"|მივეცი|მისცა)",
            r"(?:აღარ|არ)\s+(?:დამჭირდება|დასჭირდება)",
            60,
        ),
        r"(?:სჯობს|უკეთესია)\s+(?:რომ\s+)?(?:მოვკვდე|აღარ\s+ვიყო)|ვერავინ\s+(?:შეამჩნევს|მოინატრებს)",
        # the fifth and sixth files' lessons
        _either(
            r"ზღვა\S*|ხიდ\S*|მდინარე\S*|სახურავ\S*|კლდე\S*",
            r"აღარ\s+(?:გამოვალ|დავბრუნდები|დაბრუნდება|მნახავთ)|ანდერძ\S*|ყველაფერი\s+გადავწყვიტე",
            100,
        ),
        _either(r"რაფა\S*|სახურავ\S*|ხიდ\S*", r"წერილ\S*|ახლოს\s+არ\s+(?:მი|გვი)შვებ\S*|გადახტ\S*", 80),
    ],
    emergency=[
        r"(?:არ|ვერ)\s+სუნთქავს|ვერ\s+ვსუნთქავ|სუნთქვა\s+(?:უჭირს|გაუჩერდა|შეუწყდა)|ძლივს\s+სუნთქავს",
        r"გონზე\s+არ\s+(?:არის|მოდის)|გონება\s+დაკარგა|გონდაკარგულ\w*|გული\s+წაუვიდა",
        r"არ\s+(?:რეაგირებს|იღვიძებს)|არ\s+პასუხობს(?!\s+(?:ტელეფონ|მესიჯ))",
        r"კრუნჩხვ\w*",
        r"გულმკერდ\w*\s+(?:\w+\s+)?(?:სტკივა|ტკივა|ტკივილი)|(?:სტკივა|ტკივა)\s+გულმკერდი",
        r"ბევრი\s+სისხლი|სისხლი\s+(?:არ\s+ჩერდება|გადმოსდის)|სისხლდენა|თავიდან\s+სისხლი",
        r"სახე\s+(?:\w+\s+)?მოექცა|ლაპარაკი\s+უჭირს|(?:ვეღარ|ვერ)\s+ლაპარაკობს|არ\s+ლაპარაკობს",
        r"(?:ბატარეა|მაგნიტ|აბები|შხამ|ქლორ|მჟავ|ნავთ|ბენზინ|წამლები|სარეცხ|გამათეთრებ)\w*\s+(?:\w+\s+)?(?:დალია"
        r"|გადაყლაპა|შეჭამა)|გადაყლაპა\s+(?:\w+-)?ბატარეა",
        r"ყელში\s+(?:\w+\s+)?(?:გაეჭედა|გაჩხერა|ჩაეჩხირა)|დაიხრჩო|იხრჩობა",
        r"დენმა\s+დაარტყა|(?:ტუჩები|სახე)\s+(?:\w+\s+)?(?:გაულურჯდა|ულურჯდება|გაუსივდა|უსივდება)|ყელი\s+(?:\w+\s+)?"
        r"(?:უსივდება|გაუსივდა)",
        r"ფეხებს\s+(?:\w+\s+)?(?:ვეღარ|ვერ)\s+უგრძნობს|სათესლე\w*\s+(?:\w+\s+)?(?:საშინელი|ძლიერი)\s+ტკივილი",
        r"ხელი\s+(?:აღარ|არ)\s+ემორჩილება|ენა\s+ებმის|მკერდში\s+(?:\S+\s+)?(?:ტკივილი|წნევა)",
        # the fourth file's lessons: signs told without a name
        r"სისხლი\s+(?:\S+\s+)?(?:მოდის|სდის|გამოდის)\s+(?:ყურიდან|ყურებიდან)|ყურიდან\s+(?:\S+\s+)?სისხლი"
        r"|მანქანამ\s+(?:\S+\s+){0,2}(?:დაარტყა|გაიტანა|დაეჯახა)",
        r"პულსი\s+(?:არ\s+(?:აქვს|ისმის)|ვერ)|ქაფი\s+(?:\S+\s+)?პირიდან|პირიდან\s+ქაფი|ყელი\s+(?:\S+\s+)?(?:ეხუთება"
        r"|ეჭიმება|უვიწროვდება)",
        r"(?:დაეცა|ჩამოვარდა|გადმოვარდა)\s+(?:\S+\s+){0,5}(?:არ\s+(?:ინძრევა|მოძრაობს|სუნთქავს)|ვერ\s+(?:დგება|ინძრევა))",
        r"ორსულ\S*[^.!?\n]{0,60}(?:სისხლდენა|სისხლი\s+(?:მოდის|წამოვიდა|სდის)|წყალი\s+დაიღვარა|თავი\s+ჩანს)",
        r"(?:ენა|ტუჩები|სახე|ყელი)\s+(?:\S+\s+){0,3}(?:დაუსივდა|გაუსივდა|უსივდება)|ხმა\s+ჩაუწყდა|გული\s+არ\s+(?:უცემს"
        r"|უძგერს)|ჩაიკეცა|გულმკერდში\s+(?:\S+\s+)?(?:წვავს|აწვება|ტკივა)|ოფლი\s+(?:ასხამს|სდის)",
        _either(r"(?:ვეღარ|არ)\s+(?:გვცნობს|მცნობს|გვიცნობს|ცნობს)", r"სიცხე\S*|ცხელება\S*|შაქარ\S*|ინსულინ\S*", 60),
        r"კანი\s+(?:\S+\s+)?(?:აძვრა|ააძრო|ეცლება)|თავი\s+(?:\S+\s+)?(?:დაარტყა|დაიარტყა)[^.!?\n]{0,60}(?:ღებინ|ძილ)\S*",
        # the fifth and sixth files' lessons
        _either(
            r"დალია|გადაყლაპა|შეჭამა|დაყლაპა",
            r"ძილიან\S*|ძლივს\s+\S*ღვიძ\S*|არ\s+\S*ღვიძ\S*|გონ\S*\s+(?:დაკარგა|არ\s+მოდის)",
            80,
        ),
        r"ძლივს\s+(?:ვ)?სუნთქავ\S*|ყელი\s+(?:მე|ე|მი)?(?:ჭიმება|სივდება|იხურება)|ფეხებს\s+ვერ\s+(?:ვ)?გრძნობ\S*",
        _either(
            r"ჩავარდა|დაეცა|გადმოვარდა|ჩამოვარდა", r"არ\s+(?:გვ|მ)?პასუხობს|სისხლი|ვერ\s+(?:დგება|ინძრევა)|უგონო", 60
        ),
        _either(r"ორსულ\S*", r"აუტანელი\s+ტკივილ\S*|გული\s+(?:მი|ე)?სდის|სისხლდენ\S*|ფერმკრთალ\S*", 80),
    ],
    condition=[
        r"გულის\s+შეტევა|ინფარქტ\w*|ინსულტ\w*|ეპილეფსიის\s+შეტევა",
    ],
    acute=[
        r"ახლავე|უცებ|მოულოდნელად|ეს-ესაა|სასწრაფო|დამეხმარეთ(?=\s*(?:[!,،]|$))|დახმარება(?=\s*(?:[!,،]|$))|ჩქარა"
        r"|რა\s+(?:ვქნა|ვქნათ|გავაკეთო)|მგონი|თითქოს|ალბათ",
    ],
    now=[r"ახლა"],
    background=[
        r"საავადმყოფოში|ჰოსპიტალიზ\w*|(?:ინსულტის|ინფარქტის|ოპერაციის)\s+შემდეგ|გამოწერ\w*|ჩაწერა|ვიზიტ\w*|რეცეპტ\w*"
        r"|ანგარიშ\w*|რეაბილიტაცი\w*|სარეაბილიტაციო|რეანიმაცი\w*",
    ],
    past=[
        r"გუშინ|გუშინწინ|შარშან|(?:გასულ|წინა)\s+(?:წელს|თვეს|კვირას)|(?:წლის|თვის|კვირის|დღის)\s+წინ|ბავშვობაში",
    ],
    fiction=[
        r"ფილმ\w*|სერიალ\w*|წიგნ\w*|რომან\w*|ვიდეოთამაშ\w*|თამაშში|სიზმარ\w*|ვეტერინარ\w*|სიცილით",
    ],
    general=[
        r"რა\s+(?:ვქნა|უნდა\s+ვქნა|გავაკეთო),?\s+თუ|თუ\s+(?:ვინმეს|ვინმე|ადამიანს|ბავშვს)|რა\s+სიმპტომ\w*"
        r"|როგორ\s+(?:გავაკეთო|ვიცნო)",
        r"ნიშნებ\w*",
    ],
    asking=[
        r"წინასწარ|მხოლოდ\s+ვკითხულობ|კურს\w*",
        r"სკოლის\s+პროექტ\w*",
        # a task for a class, a course or an exam
        r"საშინაო\s+დავალ\w*|რეფერატ\w*|საკურსო|ლექციისთვის|გამოცდისთვის",
    ],
    resolved=[r"ახლა\s+(?:უკვე\s+)?(?:კარგად|კარგადაა|კარგადაა)"],
    negation_before=[r"(?<!\w)(?:არ|ვერ|არა|არც|გარეშე)\s+", r"(?<!\w)(?:ცოტა|ოდნავ|მსუბუქი)\s+"],
    routine=[
        r"ნახვის\s+საათ\w*|განყოფილებ\w*",
    ],
    negation_after=[r"\s*(?:არ|არა)\s+(?:მაქვს|აქვს|მტკივა|სტკივა)(?!\w)"],
)

# Arabic (fold() reads أ إ آ as ا, ي ى as ی, ك as ک, ة and ہ as ه in the text and in these patterns alike)
_ARABIC = _Language(
    self_harm=[
        r"(?:[اأ]ريد|يريد|تريد|بدي|بده|بدها|عايز|عايزه|عايزة|ابغى|ابي|نفسي|نفسه|نفسها|[اأ]تمنى)\s+(?:[اأ]ن\s+)?"
        r"(?:[اأ]موت|يموت|تموت|امو?ت|[اأ]نتحر|ينتحر|تنتحر)(?!\s+من\s+(?:الضحك|الجوع|الحر|البرد|التعب))",
        r"انتحار|انتحر|ینتحر|تنتحر",
        r"(?:[اأ]قتل|يقتل|تقتل|اقتل)\s+(?:نفسي|نفسه|نفسها)|(?:[اأ]نهي|ينهي|تنهي|[اأ]خلص)\s+(?:على\s+)?(?:حياتي|حياته"
        r"|حياتها)",
        r"(?:لا|ما|مش|مو)\s+(?:[اأ]ريد|بدي|ابغى|ابي|عايز|عايزه)\s+(?:[اأ]ن\s+)?[اأ]عيش|لم\s+[اأ]عد\s+[اأ]ريد\s+(?:[اأ]ن"
        r"\s+[اأ]عيش|الحياه)|ما\s+(?:عاد|عدت)\s+(?:بدي|ابغى)\s+[اأ]عيش",
        r"(?:[اأ]جرح|يجرح|تجرح|[اأ]ؤذي|يؤذي|تؤذي)\s+(?:نفسي|نفسه|نفسها)|(?:[اأ]قطع|قطع|قطعت)\s+(?:شرايين|عروق)",
        r"(?:سيقفز|سأقفز|ساقفز|ستقفز|سيرمي\s+نفسه|سترمي\s+نفسها|يرمي\s+نفسه|ترمي\s+نفسها|[اأ]رمي\s+نفسي|[اأ]نط)\s+من",
        r"رساله\s+(?:وداع|انتحار)|[اأ]فکر\s+(?:\S+\s+)?کیف\s+[اأ]موت|(?:حتى|عشان|علشان|کی)\s+(?:ما|لا)\s+[اأ]صحى",
        r"(?:حبوب|دواء|[اأ]دویه|علبه)[^.!?\n]{0,30}عمد|عمد\S*\s+(?:\S+\s+){0,3}(?:حبوب|دواء|علبه)",
        r"(?:ودعت|ودع)\s+(?:ال)?(?:جمیع|کل\s+الناس)|(?:جمعت|جمع)\s+(?:کل\s+)?(?:ال)?حبوب|(?:کتبت|کتب)\s+(?:ال)?وصیه",
        r"(?:بدونی|من\s+غیری)\s+(?:\S+\s+)?(?:احسن|افضل)|ناوی\s+[اأ]خلص|[اأ]خلص\s+(?:على\s+)?(?:حالی|نفسی)",
        r"[اأ]نهی\s+کل\s+(?:شی|حاجه)|ما\s+عاد\s+[اأ]قدر\s+[اأ]عیش",
        r"(?:یرمی|ترمی|[اأ]رمی|بیرمی|بترمی)\s+(?:حال(?:ه|ها|ی)|نفس(?:ه|ها|ی))\s+من",
        r"طریقه\s+(?:للانتحار|لل?موت)|کیف\s+[اأ]نتحر",
        r"وزعت\s+(?:کل\s+)?[اأ]غراض|ما\s+(?:راح|رح)\s+[اأ]حتاج(?:ها|هم)|[اأ]نام\s+وما\s+[اأ]صحى|کم\s+حبه\s+تکفی",
        r"واقف\s+على\s+(?:ال)?(?:جسر|سطح)|یسامحنا|سامحونی",
        # the fourth file's lessons: ending one's life with a plan, the sea or a bridge and "won't come back", pills
        # hoarded for a day, "don't want to wake up", a last day, pills taken on purpose
        r"[اإ]نهاء\s+(?:حياتي|حياته|حياتها)|(?:افكر|بفكر)\s+(?:\S+\s+){0,3}كيف\s+اموت",
        _either(
            r"(?<!\S)(?:ال|لل|عال|على\s+ال)?(?:بحر|جسر|كوبري|سطح|نهر|نيل|سكه\s+الحديد|قطار|جرف)(?!\S)",
            r"(?:ما|مش|مو|لن)\s+(?:راح\s+|رح\s+|ح)?[اأ]?رجع(?!\s+(?:قبل|الا|إلا|لين|لحد|حتى|غير|بعد))|مش\s+راجع\S*(?!\s+(?:قبل|الا|لين|لحد|حتى|بعد))|وداع\S*|ودعت|سامحوني|آخر\s+(?:رساله|يوم|مره)"
            r"|رساله\s+(?:لاهلي|لأهلي|وداع)|وصيه|كتبت\s+رساله",
        ),
        _either(
            r"وصيه|ودع\S*",
            r"(?:مش|ما|مو)\s+(?:راجع\S*|(?:راح|رح)\s+[اأ]رجع)(?!\s+(?:قبل|الا|إلا|لين|لحد|حتى|بعد))|آخر\s+يوم",
            80,
        ),
        _either(
            r"(?:حوشت|حوش|جمعت|خبيت|خبت|خزنت|شريت|اشتريت|مخبي\S*|محوش\S*|شايل\S*)\s+(?:\S+\s+){0,2}(?:ال)?(?:حبوب|ادويه|دوا"
            r"|سم(?!\S)|حبل|مبيد)",
            r"ناوي\S*|[اأ]خلص|[اأ]موت|الليله",
            80,
        ),
        r"(?:ما|مش|مو)\s+(?:عايز|عاوز|عايزه|بدي|ابغى|ابي)\s+[اأ]?صحى|ما\s+[اأ]?صحى\s+(?:تاني|ثاني|ابدا)"
        r"|(?:عم\s+)?(?:ودع|اودع|بودع)\s+(?:ال)?ناس",
        r"(?:حبوب|دوا|ادويه|علبه|شريط|بانادول|بنادول)[^.!?\n]{0,40}(?:قصد|عمدا)|(?:قصد|عمدا)\s+(?:\S+\s+){0,3}(?:حبوب"
        r"|دوا|علبه)|(?:عشان|علشان|لحتى|حتى)\s+[اأ]?خلص\s+من\s+(?:الدنيا|الحياه|حياتي)",
        _either(
            r"(?:حددت|اخترت)\s+(?:ال)?(?:يوم|تاريخ)|(?:عندي|لدي)\s+خطه",
            r"[اأ]موت|[اأ]نتحر|[اأ]نهي\s+حياتي|[اإ]نهاء",
            60,
        ),
        r"(?:احسن|افضل)\s+(?:لو|اذا)\s+(?:ا|ان)?موت|محد\s+(?:راح\s+)?يفقدني"
        r"|ما\s+حدا\s+(?:رح\s+)?يفتقدني",
        # the fifth and sixth files' lessons
        _either(
            r"(?:بلعت|شربت|اخذت|خدت|کلت)\s+(?:\S+\s+){0,2}(?:علبه|شریط|الحبوب|حبوب)\s+(?:\S+\s+){0,2}(?:کلها|کله|کلو)",
            r"اخلص\s+من|ارتاح|ما\s+بدی|مش\s+عایز\S*|محد\s+یعرف",
            80,
        ),
        _either(
            r"السطح|عالسطح|الجسر|عالجسر|البحر|النهر|الجرف",
            r"(?:ما\s+(?:رح\s+|راح\s+|ح\s+)?(?:انزل|ارجع|نرجع|یرجع|ترجع|ینزل|تنزل)|مش\s+(?:هرجع|راجع)|لن\s+اعود)(?!\s+(?:قبل|الا|غیر|لحد|حتی|بعد))|ما\s+بدی\s+حدا\s+یوقفنی|وصیت\S*|اعتنوا|سامحونی|ارتحت",
            80,
        ),
        _either(r"(?:جمعت|خبیت|خزنت)\s+(?:\S+\s+){0,2}(?:حبوب|الحبوب|دوا)", r"الاخیره|قررت|اعتنوا|اللیله", 80),
        r"اللیله\s+(?:هی\s+)?الاخیره",
    ],
    emergency=[
        r"لا\s+(?:یستطیع|تستطیع|[اأ]ستطیع|یقدر|تقدر|[اأ]قدر)\s+(?:ال)?تنفس|ما\s+(?:یقدر|تقدر|[اأ]قدر)\s+(?:ی|ت)?تنفس"
        r"|مش\s+(?:قادر|قادره)\s+(?:ی|ت|ا)?تنفس|(?:لا|ما)\s+(?:یتنفس|تتنفس)|مش\s+(?:بیتنفس|بتتنفس)|توقف\s+عن\s+التنفس"
        r"|(?:یتنفس|تتنفس)\s+بصعوبه|ضیق\s+شدید\s+(?:فی\s+)?(?:ال)?تنفس|صعوبه\s+شدیده\s+فی\s+التنفس",
        r"یختنق|تختنق|اختنق|مختنق|غص\s+ب|شرق\s+ب",
        r"(?:مغمى|مغما)\s+علی(?:ه|ها)|[اأ]غمی\s+علی(?:ه|ها)?|فا?قد(?:ه|ت)?\s+(?:ال)?وعی|فقد\s+الوعی",
        r"(?:لا|ما)\s+(?:یستجیب|تستجیب|یرد|ترد|یصحى|تصحى|یستیقظ|تستیقظ|یتحرک|تتحرک)(?!\s+علی\s+(?:الهاتف|الجوال|التلفون"
        r"|الرسائل))|مش\s+(?:بیرد|بترد|بیصحى|بتصحى|بیتحرک|بتتحرک)|لم\s+(?:یفق|تفق)",
        r"تشنج\S*|النوبه\s+مستمره",
        r"[اأ]لم\s+(?:شدید\s+|قوی\s+)?(?:فی|ب)\s*(?:ال)?صدر|صدر(?:ه|ها|ی)\s+(?:یوجع|یوجعه|یوجعها|یوجعنی)|وجع\s+(?:فی\s+)?"
        r"(?:ال)?صدر",
        r"نزیف\s+(?:قوی|شدید|حاد|جامد|کثیر|کتیر|غزیر|ما\s+وقف|لا\s+یتوقف)|الدم\s+(?:ما|لا|مش)\s+(?:وقف|یوقف|بیوقف|یتوقف"
        r"|توقف)|دم\s+(?:کثیر|کتیر)|الدم\s+(?:\S+\s+)?یطلع\s+من|ینزف\s+من|(?:یتقی[اأ]|تتقی[اأ]|یستفرغ|تستفرغ)\s+دم",
        r"(?:وجه|فم)(?:ه|ها)\s+مائل|(?:کلامه|کلامها)\s+(?:غیر\s+مفهوم|ثقیل)|(?:لا|ما)\s+(?:یستطیع|تستطیع|یقدر|تقدر)"
        r"\s+(?:الکلام|یتکلم|تتکلم|تحریک|یحرک|تحرک)",
        r"(?:بلع|ابتلع|ابتلعت|بلعت|بالع)\s+(?:\S+\s+){0,2}?(?:بطاری|مغناطیس|مغنطیس|سم(?!\S)|کلور|مبیض|عمله|قطعه\s+نقود"
        r"|battery)|(?:شرب|شربت)\s+(?:\S+\s+){0,2}?(?:کلور|مبید|سم(?!\S)|منظف|کاز|بنزین|مبیض|دیتول|فلاش|کلوروکس)",
        r"(?:بلع|ابتلع|بلعت|ابتلعت|اکل|اکلت|شرب|شربت)\s+(?:\S+\s+)?(?:علبه|شریط)\s+(?:\S+\s+)?(?:حبوب"
        r"|دواء)",
        r"(?:حلق|شفای?ف|شفت|وجه|لسان)\S*\s+(?:\S+\s+)?(?:منتفخ|انتفخ|یتورم|تورم|وارم|ورم)\S*",
        r"صعق\S*\s+کهرب\S*|اتکهرب|تکهرب",
        r"(?:یغرق|تغرق|غرق\S*\s+فی\s+(?:ال)?(?:مسبح|بحر|حوض|برکه|ماء|میه))|(?:ابنی|بنتی|الولد|الطفل|البنت)\s+غرق",
        r"(?:شفای?ف|شفت)\S*\s+(?:زرقاء|زرق|ازرق)\S*|ازرق\s+وجه",
        r"حرق\s+(?:شدید|کبیر)|حروق\s+(?:شدیده|کبیره)",
        r"بقع\s+(?:\S+\s+)?(?:بنفسجیه|زرقاء)\s+(?:\S+\s+){0,2}لا\s+تختفی|راس\s+(?:ال)?(?:طفل|بیبی|مولود)\s+(?:\S+\s+)?"
        r"(?:ظاهر|بان|طالع)",
        r"(?:سقط|وقع|وقعت|سقطت)\s+من\s+(?:ال)?(?:سقاله|سطح|شرفه|بلکونه|مکان\s+عالی)|(?:لا|ما)\s+(?:یحس|تحس)\s+ب?"
        r"(?:رجلیه|رجلیها|ساقیه)",
        r"(?:شرب|شربت|بلع|بلعت|ابتلع|ابتلعت)\s+(?:من\s+)?(?:\S+\s+)?(?:ال)?(?:منظف|کلور|مبید|مبیض|کاز|بنزین|بطاریه|مغناطیس)",
        r"(?:حراره|حمى|سخونه)[^.!?\n]{0,60}(?:رقبت\S*\s+(?:\S+\s+)?(?:متیبس|متصلب|ناشف)|بقع\s+(?:\S+\s+)?بنفسجی)",
        r"(?:راسه|راسها)\s+(?:\S+\s+)?ینزف|(?:سکر|انسولین)\S*[^.!?\n]{0,60}(?:یهذی|تهذی|مش\s+واعی|عرق\s+بارد)",
        r"(?:سکر|سکری|انسولین)[^.!?\n]{0,60}(?:یعرق|تعرق|کلام\s+غریب|یخرف|تخرف)",
        r"(?:جلده|جلدها)\s+(?:\S+\s+)?(?:طالع|انسلخ|مسلوخ)|(?:انحرق|احترق|انحرقت|احترقت)\S*\s+(?:بالزیت|بالمی|بالماء)",
        r"الدم\s+یطلع\s+(?:بقوه|کثیر|کتیر)|ینزف\s+بقوه|(?:ریحه|رائحه)\s+غاز[^.!?\n]{0,50}(?:دایخ|دوخه|مغمى|فاقد|ما\s+(?:تقدر|یقدر))",
        r"(?:فم|وجه)(?:ه|ها)\s+ما[ئی]ل|ما\s+(?:یقدر|تقدر)\s+(?:یرفع|ترفع)\s+(?:یده|یدها)",
        # the fourth file's lessons: a double dose and a slow heart, the worst headache, scalded skin, a finger cut off,
        # swollen lips, "not moving" said with "عم"
        _either(
            r"(?:حبتين|جرعتين|مرتين|جرعه\s+زياده|ضعف\s+(?:ال)?جرعه)\s+(?:\S+\s+){0,3}(?:بالغلط|غلط)|(?:بالغلط|غلط)\s+"
            r"(?:\S+\s+){0,3}(?:حبتين|جرعتين|مرتين)",
            r"قلب\S*\s+(?:\S+\s+)?بطيء|دايخ\S*|دوخه|نعسان\S*|ما\s+(?:تصحى|يصحى)|يرجف|ترجف|عرق",
            80,
        ),
        r"(?:نبض|قلب)\S*\s+(?:\S+\s+)?(?:بطيء|ضعيف)\s+(?:كتير|كثير|جدا)|[اأ]قوى\s+صداع|[اأ]سوا\s+صداع|صداع\s+(?:\S+\s+)?"
        r"(?:بحياتها|بحياته|في\s+حياتي|بحياتي)",
        r"(?:الجلد|جلده|جلدها)\s+(?:\S+\s+)?(?:اتقشر|تقشر|صار\s+ابيض|طالع\s+عليه\s+فقاعات|يتقشر|انسلخ)|(?:زيت|ميه|مي|مويه"
        r"|ماء)\s+(?:مغلي\S*|سخن\S*)\s+(?:\S+\s+){0,3}(?:على|علي)",
        r"(?:صباع|صوابع|اصابع|اصبع)\S*\s+(?:\S+\s+)?(?:اتقطع\S*|انقطع\S*|انبتر\S*)|الدم\s+(?:مش\s+عايز|مو\s+راضي|ما\s+بدو)"
        r"\s+(?:ي)?وقف",
        r"(?:شفايف|شفاف|شفته|شفتيه|شفتيها|وجهه|وجهها|لسانه)\S*\s+(?:\S+\s+)?(?:منفخ|منفوخ|نافخ|انتفخ)\S*",
        r"(?:مش|ما)\s+عم\s+(?:يتحرك|تتحرك|يرد|ترد|يتنفس|تتنفس|يصحى|تصحى)|ما\s+عم\s+(?:ي|ت)?قدر\s+(?:ي|ت)?تنفس",
        r"(?:بلع|بلعت|ابتلع|ابتلعت|شرب|شربت|اكل|اكلت)\s+(?:\S+\s+){0,3}\d{2,3}\s+(?:حبه|حبات|قرص)",
        r"(?:ما\s+في|لا\s+يوجد|ما\s+فيه|مافي)\s+نبض|(?:نعمل|نسوي|نسويله|نعمله)\s+(?:له\s+|لها\s+)?(?:انعاش|cpr)"
        r"|حامل[^.!?\n]{0,60}(?:نزيف|(?:ينزل|نازل|نزل)\S*\s+(?:منها\s+|مني\s+)?دم|نزلت\s+(?:المي|المويه|الميه))",
        r"(?:ضرب|خبط|وقع|وقعت)\S*\s+(?:على\s+)?راس\S*[^.!?\n]{0,60}(?:يستفرغ|تستفرغ|يرجع|ترجع|نعسان|نعسانه|مش\s+واعي)",
        r"صدر(?:ه|ها|ي)\s+(?:\S+\s+)?(?:واجع\S*|بيوجع\S*)|(?:دراع|ذراع|ايد)(?:ه|ها|ي)\s+(?:ال)?(?:شمال|يسار|يسرى)\s+(?:\S+\s+)?"
        r"(?:تقيل|ثقيل|منمل|مخدر)",
        # the fifth and sixth files' lessons
        _either(
            r"(?:بلع|ابتلع|شرب|اکل|کل)\S*\s+(?:\S+\s+){0,3}(?:حبوب|حبه|دوا|سم|کلور|منظف|بنزین|جاز)\S*",
            r"نعسان\S*|ما\s+(?:ی|ت)رد|مو\s+(?:قاعد\s+)?(?:ی|ت)رد|مش\s+بی?رد|دایخ\S*|ما\s+یصحی|مش\s+بیصحی",
            80,
        ),
        _either(
            r"حرار\S*\s+(?:نار|عالی\S*|مرتفع\S*)|جلد\S*\s+سخن|جسم\S*\s+(?:سخن|حار)",
            r"ما\s+(?:ی|ت)عرق|مو\s+(?:ی|ت)عرق|ناشف|خر\S?ف|کلام\s+مو\s+مفهوم|مش\s+عارف\S*",
            80,
        ),
        r"(?:رج\S?ع|یرج\S?ع|استفرغ|تقیا\S*|ترجیع)\s+دم",
        r"عظم\S*\s+(?:\S+\s+)?(?:طالع\S*|ظاهر\S*|برا)|الدم\s+(?:عم\s+)?ی?شرشر",
    ],
    condition=[
        r"جلطه|سکته|نوبه\s+قلبیه|[اأ]زمه\s+قلبیه|ذبحه\s+صدریه|توقف\s+القلب|نوبه\s+صرع",
        r"تسمم|جرعه\s+زائده|حساسیه\s+(?:شدیده|قویه)",
    ],
    acute=[
        r"فج[اأ]ه|للتو|[اإ]سعاف|ساعد(?:ونی|نی)(?=\s*(?:[!,،]|$))|النجده|الحقونی|الحقنی|بسرعه|مستعجل|ماذا\s+[اأ]فعل"
        r"|شو\s+(?:ب)?اعمل|(?:ایش|وش)\s+اسوی|اعمل\s+ایه|[اأ]ظن|[اأ]عتقد|یبدو|(?<!\S)شکل(?:ه|ها)(?!\S)",
    ],
    now=[r"(?<!\S)ال[اآ]ن|(?<!\S)حالا|(?<!\S)هلق|(?<!\S)هلا(?!\S)"],
    background=[
        r"منوم\S*|تنویم|راقد\S*|(?:فی\s+(?:ال)?|بال)مستشفى|بعد\s+(?:ال)?(?:عملیه|جلطه|سکته)|خرج\s+من\s+المستشفى|موعد|متابعه"
        r"|وصفه|فاتوره|العنایه\s+المرکزه|تاهیل|العلاج\s+الطبیعی|موقف\s+السیارات",
    ],
    past=[
        r"(?<!منذ\s)(?<!من\s)[اأ]مس|البارحه|(?:العام|السنه|الشهر|الاسبوع)\s+(?:الماضی|الماضیه)|(?:منذ|قبل)\s+(?:\S+\s+)?"
        r"(?:سنوات|سنه|سنتین|[اأ]شهر|شهر|شهرین|[اأ]سابیع|[اأ]سبوع)|لما\s+کنت\s+صغیر",
    ],
    fiction=[
        r"فیلم|مسلسل|روایه|(?:فی|ب)\s*اللعبه|الاخبار|حلم|بیطری|من\s+(?:الضحک|الجوع|الحر|البرد|التعب)",
        r"ههه+|😂|🤣|وقایه",
        # nearly: an idiom, nothing happened
        r"کنت\s+(?:ه|رح\s+|راح\s+)?(?:اموت|اجیب|یجینی)|کدت",
    ],
    general=[
        r"(?:اذا|لو)\s+(?:شخص|[اأ]حد|حد|طفل|واحد)|ماذا\s+(?:[اأ]فعل|نفعل)\s+(?:اذا|لو)|ما\s+(?:هی\s+)?(?:[اأ]عراض"
        r"|علامات)|کیف\s+(?:[اأ]عرف|نعرف)",
        r"كيف\s+[اأ]ساعد|[اأ]تعلم|[اإ]سعافات\s+[اأ]ولي",
    ],
    asking=[
        r"مسبقا|[اأ]س[اأ]ل\s+فقط|بس\s+بس[اأ]ل|دوره\s+(?:اسعاف|اسعافات)",
        # a task for a class, a course or an exam
        r"واجب\s+(?:منزلی|مدرسی|الجامعه)|مشروع\s+(?:تخرج|الجامعه|المدرسه)|بحث\s+(?:جامعی|مدرسی)|للامتحان",
        r"للمذاکره|مذاکره|للدراسه",
    ],
    resolved=[r"(?:الان|الحین|هلق|هلا)\s+(?:هو\s+|هی\s+)?(?:بخیر|منیح|کویس|زین|تمام)"],
    negation_before=[
        r"(?<!\S)(?:لا|لم|لن|ما|مش|مو|مب|لیس|لیست|لست|بدون|بلا|ما\s+فی|مافی|ما\s+عند(?:ی|ه|ها))\s+",
        r"(?<!\S)(?:شویه|شوی|بسیط|خفیف)\s+",
        r"(?<!\S)(?:لیس|لیست|لا|ما|مش|مو)\s+(?:لدی|لدیه|لدیها|عندی|عنده|عندها|فیه|فی)\s+",
        r"(?<!\S)(?:ما|لا|مش|مو|لیس)\s+(?:عندی|لدی|عنده|عندها|لدیه)\s+(?:ای\s+)?(?:افکار|نیه)\s+",
    ],
    negation_after=[r"\s*(?:خفیف|بسیط)"],
    routine=[
        r"مواعید\s+الزیاره|الزیاره|قسم\s+(?:ال)?(?:قلب|اعصاب|جلطات)|اعاده\s+تاهیل",
    ],
)
# Persian (the zero-width non-joiner of "می‌خواهم" is dropped before matching: "میخواهم")
_PERSIAN = _Language(
    self_harm=[
        r"(?:می\s?خوا(?:م|د|ست|هم|هد)|دلم\s+می\s?خواد)\s+(?:(?:دیگه|فقط)\s+)?(?:بمیرم|بمیره|خودکشی|خودمو\s+بکشم"
        r"|خودشو\s+بکشه)",
        r"خودکشی|(?:خودمو|خودم\s+را|خودشو|خودش\s+را)\s+(?:بکشم|بکشه|می\s?کشم|می\s?کشه|بکشد|بکشم)",
        r"(?:نمی\s?خوا(?:م|د|ست|هم|هد)|دیگه\s+نمی\s?خوام)\s+(?:دیگه\s+)?(?:زنده\s+(?:باشم|باشه|بمونم|بمونه)|زندگی\s+کنم)",
        r"به\s+زندگی(?:م|ش)\s+پایان\s+(?:بدم|بده|بدهم)|(?:تموم|تمام)\s+(?:کنم|می\s?کنم)\s+(?:همه\s+چی|زندگیمو)",
        r"(?:خودمو|خودشو)\s+(?:زخمی|می\s?برم|ببرم|می\s?بره)|رگ\s*(?:مو|شو|دستمو|دستشو)\s+(?:زدم|بزنم|می\s?زنم|زد|بزنه)"
        r"|تیغ\s+(?:رو\s+)?برداشت(?:م)?",
        r"(?:بپر(?:م|ه|د)|می\s?پر(?:م|ه|د))\s+پایین|(?:پشت\s?بوم|بالای\s+پل|روی\s+پل|لب\s+پشت\s?بوم)[^.!?\n]{0,40}"
        r"(?:بپر|می\s?پر|می\s?خواد\s+بپر)",
        r"(?:خودمو|خودشو)\s+(?:دار\s+بزنم|حلق\s+آویز)|طناب\s+دار",
        r"(?:نامه|پیام)\s+(?:ی\s+)?خداحافظی|همه\s+(?:ی\s+)?(?:قرص|قرصا|قرصام|قرص\s?ها)\S*\s+(?:رو\s+)?(?:خوردم|خورد"
        r"|می\s?خورم|بخورم)|قرص\s?(?:ا|ها)?(?:مو|شو)?\s+جمع\s+(?:کردم|کرده)(?!\s+(?:تو|توی|در)\s+(?:یه\s+)?(?:جعبه|کیف|قوطی))",
        r"(?:که|تا)\s+(?:دیگه\s+)?بیدار\s+نشم|(?:وسایل|وسایلشو|وسایلمو)\s+(?:رو\s+)?(?:بخشید|بخشیدم|دادم)",
        r"(?:فردا|امشب)\s+(?:دیگه\s+)?نیستم|(?:به\s+)?زودی\s+از\s+دست(?:م|ش)\s+راحت\s+می\s?ش",
        r"(?:عمدا|از\s+قصد|عمدی)\s+(?:\S+\s+){0,3}(?:قرص|دارو)|(?:قرص|دارو)\S*\s+(?:\S+\s+){0,3}(?:عمدا|از\s+قصد)",
        r"همه\s+چی(?:و|رو)?\s+(?:رو\s+)?تموم\s+(?:کنم|می\s?کنم)",
        r"راه\s+(?:های\s+)?(?:خودکشی|مردن)|چطوری\s+(?:خودکشی|بمیرم)",
        r"امشب\s+تمومش\s+می\s?کنم",
        # the fourth file's lessons: a goodbye with a phone off or a rope, "so that it ends", a bridge, a will
        _either(
            r"خداحافظ(?:ی)?\s+(?:همه|برای\s+همیشه|از\s+همه)|از\s+همه\s+خداحافظی|حلالیت|حلالم\s+کنید|آخرین\s+پیام\S*|ببخشید\s+(?:همه|منو)|وصیت\s?نامه|گوشی\S*\s+(?:\S+\s+)?خاموش\S*"
            r"|دیگه\s+(?:برنمی\s?گردم|برنمی\s?گرده)",
            r"طناب|قرص\S*\s+(?:\S+\s+)?جمع|(?<!\S)سم(?!\S)|مرگ\s+موش|تفنگ\S*|اسلحه|ذغال|(?<!\S)پل(?!\S)|پشت\s?بوم|ریل"
            r"|دریا|رودخانه|صخره|دره|حلالیت|آخرین\s+پیام\S*",
            100,
        ),
        r"(?:قرص|ترامادول|دارو)\S*[^.!?\n]{0,40}(?:که|تا)\s+(?:همه\s+چی\s+)?تموم\s+(?:شه|بشه)|کافیه\s+(?:که|تا)\s+تموم\s+شه"
        r"|(?:زیاد|کلی|همه\s?(?:ش|شو|ی))\s+(?:\S+\s+)?خوردم\s+(?:که|تا)\s+(?:\S+\s+)?(?:تموم|بمیرم)",
        r"خودمو\s+(?:از\s+\S+\s+)?پرت\s+(?:کنم|می\s?کنم)|(?:رفتم|وایسادم|ایستادم)\s+(?:تا\s+)?(?:روی|بالای|لب)\s+(?:پل"
        r"|پشت\s?بوم)",
        r"(?:دیگه\s+)?نمی\s?خوام\s+(?:دیگه\s+)?(?:بیدار\s+شم|زنده\s+بمونم)|کسی\s+(?:دلش\s+)?برام\s+تنگ\s+نمی\s?شه",
        _either(r"تاریخ\S*\s+(?:رو\s+)?(?:گذاشتم|تعیین\s+کردم)|نقشه\s+کشیدم", r"بمیرم|خودکشی|خودمو\s+بکشم|تمومش", 60),
        r"(?:بهتره|بهتر\s+(?:بود|است))\s+(?:که\s+)?(?:بمیرم|نباشم)"
        r"|کسی\s+(?:دلش\s+)?برام\s+تنگ\s+نمی\s?شه",
        # the fifth and sixth files' lessons
        r"(?:دیگه|دیگر)\s+بیدار\s+نش(?:م|ه|ود|وم)",
        _either(
            r"تصمیم\S*\s+(?:رو\s+|را\s+)?گرفت\S*|قرص\S*\s+(?:\S+\s+){0,4}جمع\s+کرد\S*",
            r"همه\s+(?:رو|را)\s+می\S?خور\S*|وسایل\S*\s+(?:رو\s+)?(?:به\s+\S+\s+)?داد\S*|اروم\S*|راحت\s+شدم|تاریخ\S*\s+(?:رو\s+)?(?:هم\s+)?انتخاب",
            100,
        ),
        _either(r"بچه\S*\s+(?:رو\s+|را\s+)?(?:به\S*\s+)?بسپار\S*", r"امشب|پشت\s?بوم|پل|خداحافظ\S*", 80),
        _either(r"(?:مرسی|ممنون|متشکرم)\s+(?:بابت|برای)\s+همه\s?\S*", r"قرص\S*|پشت\s?بوم|پل|بخشید|خاموش", 80),
    ],
    emergency=[
        r"نفس\s+نمی\s?کش(?:ه|د)|نفس\s+نداره|نفس(?:ش)?\s+(?:بند|قطع)\s+(?:اومده|آمده|شده)|نمی\s?تون(?:ه|م)\s+نفس\s+بکش"
        r"|تنگی\s+نفس\s+شدید",
        r"بی\s?هوش\S*|از\s+حال\s+رفت|غش\s+کرد|جواب\s+نمی\s?ده(?!\s+(?:تلفن|گوشی|پیام))|بیدار\s+نمی\s?ش(?:ه|ود)",
        r"تشنج",
        r"درد\s+(?:شدید\s+)?(?:قفسه\s+)?سینه|سینه\s?(?:ش|م)?\s+(?:خیلی\s+)?درد\s+می\s?کنه",
        r"خونریزی\s+(?:شدید|زیاد)|خون\s?(?:ش)?\s+بند\s+نمیاد|خون\s+زیادی",
        r"(?:یه\s+طرف\s+)?صورتش\s+(?:\S+\s+)?(?:افتاده|کج\s+شده)|نمی\s?تونه\s+حرف\s+بزنه|حرفاش\s+قاطی|زبونش\s+می\s?گیره"
        r"|(?:دست|پا)ش\s+بی\s?حس\s+شده",
        r"(?:سم|مرگ\s+موش|سفید\s?کننده|وایتکس|نفت|بنزین|باتری|آهنربا|سکه)\s+(?:\S+\s+)?(?:خورده|قورت\s+داده|سر\s+کشیده)"
        r"|کلی\s+قرص\s+خورده",
        r"خفه\s+(?:می\s?شه|شد|شده)|(?:گیر\s+کرده|گیرکرده)\s+(?:تو|توی|در)\s+گلو",
        r"(?:گلوش|لبش|لباش|صورتش|زبونش)\s+(?:داره\s+)?(?:ورم|باد)\s+(?:کرده|می\s?کنه)",
        r"برق\s+(?:گرفتش|گرفت|گرفته)|غرق\s+(?:شد|شده|می\s?شه)|لب\S*\s+کبود|کبود\s+شده",
        r"سوختگی\s+شدید|(?:بد|شدید)\s+سوخت|تاول\S*\s+(?:بزرگ|زده)|پوستش\s+(?:کنده|سفید\s+شده)",
        r"پاها(?:شو|ش)\s+(?:حس\s+نمی\s?کنه|بی\s?حس)|بدترین\s+سردرد|سر\s+بچه\s+(?:پیدا|معلوم)|کیسه\s+آبش\s+پاره"
        r"|نبض\s+(?:نداره|پیدا\s+نمی\s?کنم)|گاز\s+گرفتگی|مونوکسید",
        r"(?:دیابت|قند|انسولین)\S*[^.!?\n]{0,60}(?:گیج|عرق\s+سرد|پرت\s+و\s+پلا|جواب\s+نمی)",
        r"تصادف[^.!?\n]{0,40}(?:بی\s?حس|بیهوش|خونریزی)",
        # the fourth file's lessons: pills swallowed and now drowsy, foam at the mouth, eyes rolling up
        r"(?:قرص|دارو)\S*\s+(?:\S+\s+){0,3}خورده[^.!?\n]{0,40}(?:خواب\s?آلود|بی\s?حال|بیدار\s+نمی|استفراغ|گیج)",
        r"کف\s+کرده|دهن\S*\s+کف|چشما?\S*\s+(?:\S+\s+)?(?:میره|رفته)\s+بالا|خون\s+(?:\S+\s+)?فواره|فواره\s+می\s?زنه",
        r"(?:آهنربا|باتری|سکه)\S*\s+(?:\S+\s+){0,4}(?:خورده|قورت\s+داده)|استفراغ\S*\s+(?:\S+\s+)?خون",
        r"(?:خورد|افتاد)\S*\s+(?:\S+\s+){0,3}(?:زمین|سرش)[^.!?\n]{0,60}(?:تکون\s+نمی\s?خوره|بیدار\s+نمی|استفراغ|جواب\s+نمی)",
        r"مشروب\s+(?:دست\s?ساز|تقلبی)[^.!?\n]{0,60}(?:تار|نفس|درد|گیج|استفراغ)",
        r"باردار\S*[^.!?\n]{0,60}(?:خونریزی|کیسه\s+آب)|سرش\s+(?:\S+\s+)?(?:خورد|ضربه)[^.!?\n]{0,60}(?:استفراغ|خواب|بیدار\s+نمی)",
        # the fifth and sixth files' lessons
        _either(
            r"(?:بچه|پسر|دختر|نوه)\S*[^.\n]{0,60}(?:خورده|خورد|سر\s+کشید\S*|بلعید\S*)",
            r"خواب\S?الود\S*|بی\S?حال\S*|نفس\S*\s+(?:کند|سخت)|بیدار\s+نمی\S*",
            60,
        ),
        _either(
            r"سینه\S*\s+(?:\S+\s+)?(?:سنگین|درد|تیر|فشار)",
            r"عرق\s+سرد|رنگ\S*\s+(?:پریده|پرید)|زیر\s?زبون\S*|زیر\s?زبان\S*|دست\S*\s+چپ",
            80,
        ),
        _either(r"تصادف\S*", r"رنگ\S*\s+(?:\S+\s+)?(?:زرد|پریده)\S*|نبض\S*\s+(?:تند|ضعیف)|بی\s?هوش|خون\s?ریزی", 80),
    ],
    condition=[
        r"سکته|حمله\s+قلبی|ایست\s+قلبی|مسموم\S*|اوردوز|اور\s+دوز|مصرف\s+بیش\s+از\s+حد|آنافیلاکسی",
    ],
    acute=[
        r"همین\s+الان|ناگهان|یهو|یکدفعه|یک\s+دفعه|آمبولانس|کمک(?:م)?\s*(?:کنید|کن)(?=\s*(?:[!,،]|$))|فوری|سریع"
        r"|چیکار\s+کنم|چه\s*کار\s+کنم|چکار\s+کنیم|فکر\s+(?:کنم|می\s?کنم)|انگار|مثل\s+اینکه|(?<!\S)شاید",
    ],
    now=[r"(?<!\S)الان"],
    background=[
        r"بستری|بعد\s+از\s+(?:سکته|عمل|جراحی)|عمل\s+شده|مرخص|نوبت|پیگیری|نسخه|صورتحساب|قبض|توانبخشی|مراقبت\S*\s+ویژه|پارکینگ",
    ],
    past=[
        r"دیروز|(?<!از\s)دیشب|پریروز|پارسال|(?:سال|ماه|هفته)\s+(?:گذشته|پیش|قبل)|(?:سال|ماه|هفته|روز)\s+پیش|بچگی",
    ],
    fiction=[
        r"فیلم|سریال|رمان|داستان|(?:توی|تو)\s+بازی|اخبار|خواب\s+دیدم|دامپزشک|از\s+(?:خنده|ترس)",
        r"خخخ+|😂|🤣|پیشگیری",
        r"(?:دیدم|شنیدم)\s+(?:\S+\s+)?سکته",
        r"سکته\s*ا?م\s+(?:داد|دادی|دادن)",
        # nearly: an idiom, nothing happened
        r"نزدیک\s+بود|کم\s+مونده\s+بود",
    ],
    general=[r"اگر?\s+(?:کسی|یکی|بچه\S*)\s|علائم|نشانه\S*\s+(?:چی|چیه)|چطور\s+(?:بفهمیم|تشخیص)"],
    asking=[
        r"از\s+قبل\s+بدونم|فقط\s+می\s?پرسم|کلاس|دوره\s+کمک",
        # a task for a class, a course or an exam
        r"تکلیف\s+(?:دانشگاه|مدرسه|کلاس)|پروژه\s+(?:دانشگاه|مدرسه|درسی)|برای\s+(?:امتحان|کنفرانس\s+کلاس)|پایان\s?نامه",
    ],
    resolved=[r"الان\s+(?:\S+\s+)?خوب(?:ه|ن|ست)?(?!\S)(?!\s+نیست)"],
    negation_before=[r"(?<!\S)(?:نه|بدون|بی)\s+", r"(?<!\S)(?:کمی|یه\s+کم|یکم|یه\s+ذره)\s+"],
    negation_after=[r"\s*(?:ندار\S*|نیست|نمی\s?کنه)"],
    routine=[
        r"ساعت\s+ملاقات|ملاقات|بخش\s+(?:قلب|سکته|مغز)|توانبخشی",
    ],
)
# Urdu
_URDU = _Language(
    self_harm=[
        r"(?:مرنا|مر\s+جانا)\s+چاہت(?:ا|ی|ے)|خودکشی|خود\s+کو\s+(?:ختم|مار)\s+(?:کر|کرنا|کرنے|لوں|دوں|دے|لے|ڈالوں)"
        r"|اپنی\s+جان\s+(?:لے|دے)",
        r"جینا\s+نہیں\s+چاہت(?:ا|ی)|(?:اب\s+)?(?:اور\s+)?نہیں\s+جی\s+سکت(?:ا|ی)|زندہ\s+نہیں\s+رہنا|جینے\s+کا\s+دل\s+نہیں",
        r"سب\s+(?:کچھ\s+)?ختم\s+کر(?:نا|\s+دوں|\s+دے|\s+لوں|\s+دوں\s+گا|\s+دوں\s+گی)",
        r"(?:کلائی|نس|نسیں)\s+کاٹ|خود\s+کو\s+کاٹ",
        r"(?:پل|چھت|عمارت)\s+سے\s+(?:\S+\s+)?چھلانگ|پھندا|پھانسی\s+(?:لگا|لے)",
        r"(?:کتنی|کتنے)\s+[^.!?\n]{0,30}(?:سوتا\s+ہی\s+رہ|نہ\s+اٹھ|مر\s+جا)|الوداع\s+کہ",
        r"(?:سارے|ساری|اپنی\s+ساری|اپنے\s+سارے)\s+(?:\S+\s+){0,3}(?:بانٹ\s+دی|دے\s+دی)|اب\s+ضرورت\s+نہیں\s+رہے\s+گی|میرے\s+بغیر\s+(?:سب\s+)?(?:خوش|بہتر)",
        r"جان\s+بوجھ\s+کر\s+(?:\S+\s+){0,3}(?:گولیاں|دوائی|دوا)|(?:گولیاں|دوائی)\s+(?:\S+\s+){0,3}جان\s+بوجھ\s+کر",
        r"مجھے\s+مرنا\s+ہے",
        r"ضرورت\s+نہیں\s+(?:رہے\s+گی|رہی)|مجھے\s+اب\s+ان\s+کی\s+ضرورت\s+نہیں",
        # the fourth file's lessons: a goodbye and a river, things given away, "better if I die", hurting oneself
        _either(
            r"سب\s+کو\s+(?:خدا\s?حافظ|الوداع)|الوداع|معاف\s+(?:کر\s+)?(?:دینا|کرنا)|آخری\s+(?:پیغام|میسج)|واپس\s+نہیں\s+آؤں\s+گ(?:ا|ی)",
            r"(?<!\S)(?:دریا|نہر|پل|چھت|ریل\S*|پٹری|سمندر)(?!\S)",
        ),
        r"جینے\s+کو\s+(?:دل|جی)\s+نہیں\s+(?:کرتا|کرتی|چاہتا)|(?:ساری|سب)\s+گولیاں\s+(?:\S+\s+)?(?:کھا\s+(?:لوں|لی|لیں)|نگل)",
        _either(
            r"دے\s+(?:دیں|دیے|دی|دیا)|بانٹ\s+(?:دی|دیں|دیے)",
            r"(?:اب\s+)?(?:کسی\s+چیز\s+کی\s+)?ضرورت\s+نہیں|(?:کل|آج\s+رات)\s+(?:\S+\s+)?(?:نہر|دریا|پل)",
            80,
        ),
        r"مر\s+(?:جاؤں|جائے|جاؤ)\s+تو\s+(?:\S+\s+){0,3}(?:بہتر|اچھا|سکون)|خود\s+کو\s+(?:نقصان|سزا|چوٹ)\s+(?:\S+\s+)?(?:پہنچا"
        r"|دیتی|دیتا|دے)",
        _either(
            r"(?:پستول|بندوق|رسی|زہر)\s+(?:\S+\s+){0,6}(?:رکھ\s+(?:لیا|لی)|خرید\S*|چھپا\S*)",
            r"زندگی\s+سے\s+تنگ|جینا|مرنا|مر\s+جا|ختم|الوداع|خدا\s?حافظ",
            100,
        ),
        # the fifth and sixth files' lessons
        _either(r"چوہے\s+مار|زہر|کیڑے\s+مار", r"معاف\s+کر\s+د\S*|last\s+message|آخری\s+(?:میسج|پیغام)", 100),
        _either(r"فیصلہ\s+کر\s+لیا", r"پل|دریا|پرسکون|چھت", 80),
    ],
    emergency=[
        r"سانس\s+نہیں\s+(?:لے|آ)\s+(?:رہا|رہی|رہے|پا)|سانس\s+(?:رک|بند)\s+(?:گئی|گیا|ہو)|سانس\s+لینے\s+میں\s+(?:بہت\s+)?"
        r"(?:تکلیف|مشکل)|سانس\s+(?:بھی\s+)?پھول",
        r"بے\s?ہوش|ہوش\s+(?:کھو|میں\s+نہیں|نہیں)|جواب\s+نہیں\s+دے\s+(?:رہا|رہی|رہے)|(?:اٹھ|جاگ)\s+نہیں\s+(?:رہا|رہی|رہے)",
        r"(?<!کا\s)دورہ\s+(?:پڑا|پڑ)|جھٹکے",
        r"سینے\s+(?:میں|پر)\s+(?:شدید\s+|بہت\s+|تیز\s+)?درد",
        r"خون\s+(?:رک|بند)\s+نہیں|بہت\s+خون|خون\s+بہہ\s+رہا|خون\s+کی\s+الٹی",
        r"منہ\s+(?:\S+\s+)?ٹیڑھا|بول\s+نہیں\s+(?:پا|سک)|(?:بازو|ہاتھ|ٹانگ)\s+(?:\S+\s+)?(?:سن|بے\s?جان)",
        r"(?:زہر|چوہے\s+مار|کیڑے\s+مار|تیزاب|مٹی\s+کا\s+تیل|بلیچ|بیٹری|سکہ)\s+(?:\S+\s+){0,2}(?:کھا|پی|نگل)"
        r"|دوائی\s+کی\s+پوری\s+شیشی",
        r"دم\s+گھٹ|گلے\s+میں\s+(?:\S+\s+)?(?:پھنس|اٹک)|ڈوب\s+(?:گیا|گئی|رہا|رہی)|کرنٹ\s+لگ|ہونٹ\s+نیلے",
        r"(?:گلا|چہرہ|ہونٹ)\s+(?:\S+\s+)?سوج|چاقو\s+لگا|گولی\s+لگی|گیس\s+لیک",
        r"سانپ\s+نے\s+(?:\S+\s+)?کاٹ|(?:چونا|تیزاب|کیمیکل)\s+(?:\S+\s+)?آنکھ|آنکھ\s+میں\s+(?:چونا|تیزاب|کیمیکل)",
        r"(?:شوگر|انسولین)[^.!?\n]{0,60}(?:عجیب\s+باتیں|پسینے|ہوش)|(?:سینے|چھاتی)\s+(?:میں|پر)\s+(?:\S+\s+)?(?:دباؤ|pressure)",
        r"چہرہ\s+(?:\S+\s+){0,2}(?:لٹک|ٹیڑھا)|جامنی\s+(?:دھبے|نشان)|گردن\s+اکڑ",
        # the fourth file's lessons: bleeding, a head injury with vomiting, burns, poison and stings
        r"خون\s+(?:بہت\s+|کافی\s+|زیادہ\s+)?بہہ\s+رہا|خون\s+(?:\S+\s+)?(?:رک\s+نہیں|نہیں\s+رک)",
        r"سر\s+(?:پر|میں)\s+چوٹ[^.!?\n۔]{0,60}(?:الٹی|الٹیاں|سو\s+رہ|غنودگی|ہوش)",
        r"(?:بری\s+طرح|آدھا\s+جسم|سارا\s+جسم|جسم)\s+(?:\S+\s+)?(?:جل|جھلس)|جلد\s+سے\s+چپک|کپڑوں\s+کو\s+آگ",
        r"(?:چوہے\s+مار|کیڑے\s+مار|زہر)\S*\s+(?:\S+\s+){0,3}(?:کھا|پی|نگل)|(?:بچھو|سانپ|بھڑ|شہد\s+کی\s+مکھی)\S*\s+نے\s+"
        r"(?:\S+\s+)?(?:کاٹ|ڈس|ڈنک)",
        _either(r"چوہے\s+مار|کیڑے\s+مار|زہر", r"الٹی|الٹیاں|بے\s?ہوش|غنودگی", 40),
        r"پیٹ\s+(?:\S+\s+)?پتھر\s+(?:جیسا|کی\s+طرح)",
        r"(?:حاملہ|حمل|pregnant)\S*[^.!?\n۔]{0,60}(?:خون(?!\s+(?:کی|کا|کے)\s+(?:جانچ|ٹیسٹ|رپورٹ))|bleeding|پانی\s+(?:کی\s+تھیلی\s+)?پھٹ)",
        r"جواب\s+(?:بھی\s+)?نہیں\s+دے\s+(?:رہا|رہی|رہے)",
        r"(?:گر\s+(?:گئے|گیا|گئی|گئیں|پڑے|پڑا|پڑی))[^۔\n]{0,40}(?:ہل\s+نہیں|اٹھ\s+نہیں|ہوش|جواب\s+نہیں)|نبض\s+(?:نہیں|بند)"
        r"|(?:CPR|سی\s+پی\s+آر)\s+دے\s+رہے",
        # the fifth and sixth files' lessons
        _either(
            r"(?:گولیاں|گولی|دوائی|زہر|تیزاب)\s+(?:\S+\s+)?(?:کھا|پی)\s+(?:لی|لیں|لیا|گئ\S*)",
            r"سست|بے\s?ہوش|غنودگی|پیلا|نیلا|نہیں\s+اٹھ",
            60,
        ),
        r"خون\s+(?:\S+\s+){0,3}فوار\S*|خون\s+(?:بند\s+نہیں|رک\s+نہیں)",
        r"(?:منہ|چہرہ|چہرے|انکھ)\S*\s+(?:\S+\s+){0,4}(?:لٹک|ٹیڑھ)\S*",
    ],
    condition=[
        r"دل\s+کا\s+دورہ|ہارٹ\s+اٹیک|فالج|مرگی",
    ],
    acute=[
        r"اسی\s+وقت|اچانک|ایمبولینس|ایمبولنس|مدد\s*(?:کریں|کرو)?(?=\s*(?:[!,،]|$))|بچاؤ|جلدی|فوراً|فورا|کیا\s+کروں"
        r"|کیا\s+کریں|لگتا\s+ہے|لگ\s+رہا|شاید|پڑ\s+رہا",
    ],
    now=[r"ابھی"],
    background=[
        r"داخل|(?:ہسپتال|اسپتال)\s+میں|(?:فالج|آپریشن|اٹیک|دورے)\s+کے\s+بعد|ڈسچارج|اپوائنٹمنٹ|وقت\s+لینا|فالو\s+اپ"
        r"|نسخہ|(?<!\S)بل(?!\S)|ری\s+ہیب|ملاقات|پارکنگ",
    ],
    past=[
        r"گزشتہ|پچھلے\s+(?:سال|مہینے|ہفتے)|پچھلی\s+بار|(?:سال|سالوں|مہینے|مہینوں|ہفتے|دن)\s+پہلے|بچپن\s+میں"
        r"|(?:ہوا|ہوئی|پڑا|پڑی|آیا|آئی)\s+تھ(?:ا|ی|ے)",
        r"(?:والا|والی)\s+تھ(?:ا|ی)",
    ],
    fiction=[
        r"فلم|ڈرامہ|ناول|کہانی|گیم\s+میں|خبروں|خواب\s+(?:میں|دیکھ\S*)|جانوروں",  # not "قرص خواب", sleeping pills
        r"😂|🤣|ہاہا",
    ],
    general=[r"اگر\s+(?:کسی|کوئی)|علامات\s+کیا"],
    asking=[
        r"پہلے\s+سے\s+جان|صرف\s+پوچھ|کورس",
        # a task for a class, a course or an exam
        r"اسائنمنٹ|هوم\s?ورک|پراجیکٹ|امتحان\s+کے\s+لیے|(?:کالج|یونیورسٹی)\s+کے\s+(?:لیے|پراجیکٹ)",
    ],
    resolved=[r"اب\s+(?:بالکل\s+)?ٹھیک(?!\s+سے)"],  # not "اب ٹھیک سے" (now properly)
    negation_before=[r"(?<!\S)(?:نہ|نہیں|بغیر|مت)\s+", r"(?<!\S)(?:تھوڑا|ہلکا|ہلکی)\s+"],
    negation_after=[r"\s*نہیں"],
    routine=[
        r"ملاقات\s+کا\s+وقت|وارڈ",
    ],
)

# Hindi (Devanagari; a nukta is optional in these patterns: "ख़त्म" and "खत्म" alike)
_HINDI = _Language(
    self_harm=[
        r"(?:मरना|मर\s+जाना)\s+चाहत(?:ा|ी|े)|आत्महत्या|ख़ुदकुशी|सुसाइड",
        r"(?:ख़ुद|अपने\s+आप)\s+को\s+(?:मार|ख़त्म|काट|नुकसान)\s*(?:दूँगा|दूँगी|लूँगा|लूँगी|डालूँगा|कर|करना|करने|लेना|देना"
        r"|ता|ती|रहा|रही|दिया|लिया)?|अपनी\s+जान\s+(?:ले|दे)\s*(?:लूँगा|दूँगा|लूँगी|दूँगी|दूँ|लूँ|दे|ले)?",
        r"जीना\s+नहीं\s+चाहत(?:ा|ी|े)|(?:अब\s+)?जीने\s+(?:का\s+मन|की\s+इच्छा)\s+नहीं|(?:अब\s+)?नहीं\s+रहना\s+चाहत(?:ा|ी)"
        r"|(?:अब\s+)?(?:और\s+)?नहीं\s+जी\s+सकत(?:ा|ी)",
        r"सब\s+(?:कुछ\s+)?ख़त्म\s+कर\s+(?:दूँगा|दूँगी|दूँ|लूँगा|लूँगी|देना)|कैसे\s+ख़त्म\s+करूँ",
        r"(?:कलाई|नस|नसें)\s+(?:काट|काटी|काटने)",
        r"(?:ट्रेन|रेल|गाड़ी)\s+के\s+(?:आगे|नीचे)\s+(?:कूद|आ\s+जा)|(?:छत|पुल|बिल्डिंग|इमारत)\s+से\s+(?:\S+\s+)?(?:कूद"
        r"|छलाँग)|कूद\s+जाऊँ(?:गा|गी)",
        r"फाँसी|फंदा|फँदा|पंखे\s+से\s+(?:रस्सी|दुपट्टा|फंदा)",
        r"सुसाइड\s+नोट|(?:सबको\s+)?अलविदा\s+(?:कह|बोल)|(?:सारी|अपनी\s+सारी)\s+(?:चीज़ें|चीजें)\s+(?:बाँट|दे)",
        r"(?:कितनी|कितने)\s+[^।.!?\n]{0,30}(?:उठता\s+नहीं|न\s+उठ|मर\s+जा|मौत)",
        r"(?:सारी|सब)\s+(?:गोलियाँ|गोलियां|दवाइयाँ|दवाइयां)\s+(?:\S+\s+)?(?:खा\s+ल(?:ी|ीं|ूँगा|ूँगी)|निगल)",
        r"(?:उसके|मेरे|इसके)\s+बिना\s+(?:हम\s+)?(?:सब\s+)?(?:ख़ुश|बेहतर)|(?:ख़ुद|अपने\s+आप)\s+को\s+(?:\S+\s+)?(?:ब्लेड|चाकू)\s+से\s+काट",
        r"जान\s*[-\s]?\s*बूझ\s*(?:कर|के)\s+(?:\S+\s+){0,3}(?:गोलियाँ|गोलियां|दवा|दवाई|pills)",
        r"(?:गोलियाँ|गोलियां|ज़हर|दवा|दवाई)\s+(?:\S+\s+)?(?:खाकर|पीकर|खा\s+के|पी\s+के)\s+मर\s+जा",
        r"मुझे\s+मरना\s+है",
        r"(?:पंखे|फंदे|रस्सी)\s+से\s+लटक|(?:मरने|आत्महत्या)\s+का\s+(?:तरीका|तरीक़ा)",
        r"(?:कितनी|कितने)\s+[^।.!?\n]{0,30}नहीं\s+उठ|जीने\s+का\s+(?:कोई\s+)?(?:मतलब|फ़ायदा)\s+नहीं|सबको\s+अलविदा",
        r"(?:गोलियाँ|गोलियां|दवाइयाँ)\s+(?:\S+\s+)?(?:जमा|इकट्ठी)\s+कर",
        # the fourth file's lessons: pills taken on purpose, "so as not to wake", "better if I die", things given away,
        # a goodbye and a bridge or a river, means at hand and a wish, cutting again
        r"(?:गोलियां|गोली|दवा|दवाई|दवाइयां|pills|tablets)\s+(?:\S+\s+){0,4}(?:जान\s*[-\s]?\s*बूझ|जानबूझ)"
        r"|(?:फिर|दोबारा)\s+(?:कभी\s+)?न\s+उठ(?:े|ूं|ूँ)|हमेशा\s+के\s+लिए\s+सो\s+जा",
        r"मर\s+(?:जाऊं|जाऊ|जाए|जाये|जाती|जाता)\s+तो\s+(?:\S+\s+)?(?:अच्छा|बेहतर|सुकून)|(?:मेरे|उसके)\s+(?:बिना|न\s+रहने\s+से)"
        r"\s+(?:\S+\s+)?(?:सबका|सबको|सब)\s+(?:\S+\s+)?(?:भला|बेहतर|अच्छा)",
        _either(
            r"(?:फ़ोन|बाइक|घड़ी|सामान|चीज़ें|किताबें|लैपटॉप|साइकिल)\S*\s+(?:\S+\s+){0,3}(?:दे|बांट)\s+(?:दी|दिया|दिए|दीं)",
            r"(?:अब\s+)?(?:मुझे|उसे)\s+(?:इनकी\s+|इसकी\s+|इनकी\s+कोई\s+)?(?:नहीं\s+चाहिए|ज़रूरत\s+नहीं)",
            80,
        ),
        _either(
            r"(?:सब\s*को|सबको|हमेशा\s+के\s+लिए)\s+अलविदा|अलविदा\s+(?:सबको|दोस्तों|हमेशा)|माफ़\s+(?:कर\s+)?(?:देना|करना)|आख़िरी\s+(?:मैसेज|संदेश|पोस्ट)"
            r"|वापस\s+नहीं\s+आऊंग(?:ा|ी)"
            r"|फ़ोन\s+(?:\S+\s+)?(?:बंद|स्विच\s+ऑफ़)",
            r"(?<!\S)(?:पुल|छत|नदी|नहर|पटरी|समुद्र|ब्रिज|bridge|terrace)\S*|रेल(?:वे)?\s+(?:लाइन|ट्रैक|पटरी)",
        ),
        _either(
            r"रस्सी|ज़हर|कीटनाशक|चूहे\s+मार\S*\s+(?:दवा|दवाई)|नींद\s+की\s+(?:गोलियां|दवा)|गोलियां\s+(?:जमा|इकट्ठी)",
            r"मरना|मर\s+जाऊं|जीना\s+नहीं|जीने\s+का\s+मन\s+नहीं|ख़त्म\s+कर|आज\s+रात|अलविदा",
            80,
        ),
        r"(?:फिर\s+से|दोबारा|रोज़)\s+(?:\S+\s+){0,2}(?:काट|कट)(?:ा|ी|े|ती|ता|\s+लिया|\s+लिए|\s+ली)|(?:हाथ|कलाई|बांह)\s+पर\s+"
        r"(?:\S+\s+)?(?:ब्लेड|कट\s+लगा)",
        r"तारीख़?\s+(?:भी\s+)?(?:तय|रख\s+ली|चुन\s+ली)[^।\n]{0,40}(?:मर|ख़त्म|जान)",
        _either(
            r"(?:सब\s*को|सबको)\s+(?:sorry|सॉरी|माफ़ी|अलविदा)",
            r"letter|ख़त|चिट्ठी|आज\s+रात|फ़ोन\s+(?:\S+\s+)?बंद|आख़िरी",
            60,
        ),
        # the fifth and sixth files' lessons
        r"(?:किसी\s+को\s+)?(?:परेशान|तंग)\s+नहीं\s+(?:करूंगी|करूंगा)",
        _either(r"last\s+day|आखिरी\s+(?:दिन|पोस्ट|मैसेज)|अलविदा", r"नींद\s+की\s+गोलियों|गोलियां|गोलियों|फंदा|रस्सी|ज़हर", 100),
        _either(r"पुल|छत|नदी|पटरी", r"सब\s+तय\s+हो\s+गया|कोई\s+डर\s+नहीं|अलविदा|वापस\s+नहीं", 100),
    ],
    emergency=[
        r"साँस\s+नहीं|साँस\s+(?:रुक|बंद)|साँस\s+लेने\s+में\s+(?:बहुत\s+)?(?:तकलीफ़|दिक्कत|परेशानी)|दम\s+घुट",
        r"बेहोश|होश\s+(?:में\s+)?नहीं|होश\s+खो|जवाब\s+नहीं\s+दे\s+(?:रहा|रही|रहे)|हिल\s+नहीं\s+(?:रहा|रही|रहे)",
        r"(?<!का\s)दौरा\s+पड़|दौरे\s+(?!पड़ते)पड़|झटके\s+आ",
        r"(?:सीने|छाती)\s+(?:में|पर)\s+(?:बहुत\s+|तेज़\s+|भारी\s+|ज़ोर\s+का\s+|अचानक\s+)*(?:दर्द|दबाव|जकड़न)",
        r"ख़ून\s+(?:रुक|थम|बंद\s+हो)\s+(?:ही\s+)?नहीं|बहुत\s+(?:ज़्यादा\s+)?ख़ून|ख़ून\s+बह\s+रहा|ख़ून\s+की\s+उल्टी",
        r"(?:मुँह|मुंह|चेहरा)\s+(?:\S+\s+){0,3}(?:टेढ़ा|लटक)|बोल\s+नहीं\s+(?:पा|सक)|(?:हाथ|बाँह|बांह|पैर)\s+(?:\S+\s+)?"
        r"(?:सुन्न|उठा\s+नहीं|नहीं\s+उठ)",
        r"(?:ज़हर|चूहे\s+मार(?:ने)?\s+(?:की|वाली)\s+दवा|कीटनाशक|तेज़ाब|मिट्टी\s+का\s+तेल|केरोसिन|ब्लीच|बैटरी|सिक्का)\s+"
        r"(?:\S+\s+){0,2}(?:खा|पी|निगल)",
        r"(?:पूरी|सारी|बहुत\s+सारी|कई)\s+(?:\S+\s+)?(?:गोलियाँ|गोलियां|दवाइयाँ|दवाइयां)\s+(?:\S+\s+)?(?:खा|निगल)",
        r"गले\s+में\s+(?:\S+\s+)?(?:अटक|फँस|फंस)|डूब\s+(?:गया|गई|रहा|रही)|करंट\s+लग|होंठ\s+नीले|नीला\s+पड़",
        r"(?:गला|चेहरा|होंठ)\s+(?:\S+\s+)?सूज|बुरी\s+तरह\s+जल",
        r"बच्चे\s+का\s+सिर\s+(?:दिख|बाहर)|पानी\s+की\s+थैली\s+फट|साँप\s+ने\s+काट|सांप\s+ने\s+काट|लू\s+लग",
        r"काँपना\s+बंद|कांपना\s+बंद",
        r"(?:बच्चे|बच्ची|बेटे|बेटी|बेटा|बच्चा)\s+ने\s+(?:\S+\s+){0,4}(?:गोलियाँ|गोलियां|tablets|pills|दवा|दवाई)\s+(?:\S+\s+)?(?:खा|निगल|पी)\s+(?:ली|लीं|लिया|ली\s+है)",
        r"आँख\s+में\s+(?:चूना|तेज़ाब|केमिकल)|गर्दन\s+अकड़|बैंगनी\s+(?:दाने|धब्बे|निशान)",
        r"(?:poison|bleach|pesticide)\s+(?:\S+\s+)?(?:पी|खा|निगल)",
        # the fourth file's lessons: stings and bites, breath "फूल रही", choking with no voice, poison eaten
        r"(?:बिच्छू|सांप|ततैया|मधुमक्खी|मधुमक्खियों|बर्र)\S*\s+ने\s+(?:\S+\s+)?(?:काट|डंक|डस)|सांस\s+(?:\S+\s+)?फूल"
        r"|सांस\s+(?:नहीं|रुक|बंद)",
        r"गले\s+में\s+(?:\S+\s+){0,4}(?:अटक|फंस)|आवाज़\s+(?:\S+\s+)?नहीं\s+निकल",
        r"(?:चूहे\s+मार(?:ने)?\s+(?:की|वाली)\s+दवा|ज़हर|कीटनाशक|पेस्टिसाइड|फिनाइल|तेज़ाब)\s+(?:\S+\s+){0,5}(?:खा|पी|निगल)"
        r"\s+(?:लिया|ली|गया|गई|गए)",
        r"\d{2,3}\s+(?:\S+\s+){0,3}(?:गोलियां|गोली|टैबलेट|tablets|pills)\s+(?:\S+\s+)?(?:खा|निगल)",
        r"(?:CPR|सीपीआर)\s+(?:दे\s+रह|कर\s+रह)|नब्ज़\s+(?:नहीं|बंद)|pulse\s+नहीं",
        r"(?:गिर|फिसल)\s+(?:गए|गया|गई|गईं|पड़े)[^.!?\n।]{0,60}(?:हिल\s+नहीं|उठ\s+नहीं|होश|बोल\s+नहीं)",
        r"(?:गर्भवती|प्रेग्नेंट|pregnant|गर्भ)\S*[^.!?\n।]{0,60}(?:ख़ून(?!\s+(?:की|का|के)\s+(?:जांच|टेस्ट|रिपोर्ट|नमूना))|bleeding|ब्लीडिंग|पानी\s+(?:की\s+थैली\s+)?फट|बच्चा\s+(?:\S+\s+)?नहीं"
        r"\s+हिल)",
        r"सिर\s+(?:पर|में)\s+(?:\S+\s+)?चोट[^।\n]{0,60}(?:उल्टी|बेहोश|नींद)|खाल\s+(?:\S+\s+)?उतर|(?:जल|झुलस)\S*\s+(?:\S+\s+){0,3}छाले",
        r"ख़ून\s+(?:बहुत\s+|काफ़ी\s+|ज़्यादा\s+)?(?:निकल|बह)\s+रह\S*[^।.!?\n]{0,30}(?:रुक|थम)\s+नहीं",
        # the fifth and sixth files' lessons
        _either(
            r"(?:सीने|छाती)\s+में\s+(?:\S+\s+){0,4}दर्द", r"पीठ\s+तक|हाथ\s+ठंडे|ठंडा\s+पसीना|पसीने\s+से|बायां\s+हाथ|बाएं\s+हाथ", 80
        ),
    ],
    condition=[
        r"दिल\s+का\s+दौरा|हार्ट\s+अटैक|हृदयाघात|लकवा|स्ट्रोक|मिर्गी|ओवरडोज़",
    ],
    acute=[
        r"इसी\s+वक़्त|अचानक|एम्बुलेंस|एंबुलेंस|मदद\s*(?:करो|करें|कीजिए)?(?=\s*(?:[!,،]|$))|बचाओ|जल्दी|तुरंत"
        r"|क्या\s+(?:करूँ|करूं|करें)|लगता\s+है|लग\s+रहा|शायद|(?:पड़|आ)\s+रहा",
    ],
    now=[r"अभी"],
    background=[
        r"भर्ती|अस्पताल\s+में|(?:ऑपरेशन|स्ट्रोक|लकवे|अटैक|दौरे)\s+के\s+बाद|डिस्चार्ज|अपॉइंटमेंट|फॉलो[\s-]?अप|पर्चा"
        r"|पर्ची|(?<!\S)बिल(?!\S)|रिहैब|आईसीयू|पार्किंग",
    ],
    past=[
        r"पिछले\s+(?:साल|महीने|हफ़्ते)|पिछली\s+बार|(?:साल|सालों|महीने|महीनों|हफ़्ते|दिन)\s+पहले|बचपन\s+में"
        r"|(?:हुआ|हुई|पड़ा|पड़ी|आया|आई)\s+था|(?:हुआ|हुई|पड़ा|पड़ी|आया|आई)\s+थी",
        r"(?:वाला|वाली)\s+थ(?:ा|ी)",
    ],
    fiction=[
        r"फ़िल्म|मूवी|सीरियल|कहानी|उपन्यास|गेम\s+में|ख़बर|सपने\s+में|जानवर|पशु\s+(?:चिकित्सक|डॉक्टर)|मेरे\s+कुत्ते"
        r"|हँसते-हँसते",
        r"😂|🤣|हाहा|बचाव\s+के\s+(?:उपाय|तरीक)",
        r"सीरीज़|सीरीज|एंडिंग",
        # nearly: an idiom, nothing happened
        r"आते[\s-]+आते\s+बच|होते[\s-]+होते\s+बच|बाल[\s-]+बाल\s+बच",
    ],
    general=[
        r"(?:अगर|यदि)\s+(?:किसी|कोई)|लक्षण\s+क्या",
        r"(?:क्या|कौन\s+से)\s+(?:होते|होती)\s+हैं|लक्षण\s+(?:क्या|कौन)|कब\s+[^।.!?\n]{0,40}लक्षण",
        r"क्या\s+लक्षण",
    ],
    asking=[
        r"पहले\s+से\s+(?:जानना|जान)|बस\s+पूछ|जानकारी\s+के\s+लिए",
        r"प्रोजेक्ट\s+के\s+लिए|होमवर्क",
        # a task for a class, a course or an exam
        r"असाइनमेंट|कॉलेज\s+के\s+(?:लिए|प्रोजेक्ट)|परीक्षा\s+के\s+लिए|क्लास\s+में\s+पूछ",
        r"क्लास\s+के\s+लिए|कक्षा\s+के\s+लिए|टीचर\s+ने\s+पूछा",
    ],
    resolved=[r"अब\s+(?:बिल्कुल\s+)?ठीक(?!\s+से)"],  # not "अब ठीक से" (now properly)
    negation_before=[r"(?<!\S)(?:नहीं|न|ना|बिना|मत)\s+", r"(?<!\S)(?:थोड़ा|थोड़ी|हल्का|हल्की)\s+"],
    negation_after=[
        r"\s*(?:नहीं|नही)(?!\S)",
        r"\s*(?:के|का|की)\s+(?:कोई\s+)?(?:विचार|ख़याल|इरादा)\s+नहीं",
        r"\s*के\s+बारे\s+में\s+(?:कभी\s+)?(?:नहीं|न)\s+सोच",
    ],
    routine=[
        r"मिलने\s+का\s+समय|वार्ड|विभाग",
    ],
)
# Nepali (Devanagari)
_NEPALI = _Language(
    self_harm=[
        r"मर्न\s+(?:मन\s+(?:छ|लाग्यो|लाग्छ)|चाहन्छु)|आत्महत्या|(?:आफैलाई|आफूलाई)\s+(?:मार्छु|मार्ने|काट्छु|काटें|काट्ने"
        r"|सिध्याउँछु)",
        r"बाँच्न\s+(?:मन\s+(?:छैन|लाग्दैन)|चाहन्न)|बाँच्नु\s+छैन|जीवन\s+अन्त्य",
        r"सबै\s+(?:अन्त्य\s+गर्छु|सिध्याउँछु|सकिन्छ|खत्तम\s+गर्छु)",
        r"(?:कति|कतिवटा)\s+[^।.!?\n]{0,30}(?:उठ्दैन|मरिन्छ|मर्छ)|बिदाइको\s+सन्देश|डोरी\s+(?:किनेर|किन्यो|तयार)"
        r"|झुण्डिन|झुन्डिन|हाम\s+फाल",
        r"मर्न\s+मन\s+(?:लागेको|लाग्दैछ)",
        # the fourth file's lessons: on a bridge, poison bought and a farewell, "I'll be gone", hurting oneself
        _either(
            r"(?:पुलमा|पुल\s+माथि|भीरमा|नदीमा|नदी\s+किनारमा|खोलामा|रेलमा)\s+(?:\S+\s+)?(?:छु|उभिएको\s+छु|बसेको\s+छु)(?!\S)",
            r"वास्ता\s+छैन|मर्न|बाँच्न|अन्तिम|बिदा|सकिनं|सक्दिनं|माया\s+गर्छु",
            60,
        ),
        _either(
            r"(?:विष|विषादी|मुसा\s+मार्ने\s+औषधि|डोरी|चक्की|औषधि)\S*\s+(?:\S+\s+){0,3}(?:किनेर|किनेको|लुकाएर|लुकाएको"
            r"|जम्मा\s+गरेर|राखेको|राख्नुभएको)",
            r"बिदाइ\S*|मर्न|नभए|सजिलो|अन्तिम|चाहिंदैन|वास्ता\s+छैन",
            80,
        ),
        r"(?:विष|विषादी|डोरी)\S*\s+(?:\S+\s+){0,3}लुकाएर",
        r"अन्तिम\s+(?:म्यासेज|सन्देश|पोस्ट)|(?:म\s+)?नभए\s+(?:सबैलाई|सबलाई)\s+(?:सजिलो|राम्रो)",
        _either(r"दिए|दियो|दिएँ|दिइन्|बाँडे|बांडे", r"(?:अब\s+)?मलाई\s+(?:यो\s+)?चाहिंदैन|केही\s+चाहिंदैन", 80),
        r"(?:आफैंलाई|आफैलाई|आफूलाई)\s+(?:\S+\s+)?(?:चोट|काट|हानि)|कसैलाई\s+(?:मेरो\s+)?(?:वास्ता|मतलब)\s+छैन"
        r"[^.!?\n।]{0,40}(?:पुल|मर्न|छाड्छु)",
        _either(r"जानाजानी|जानीजानी|जानी\s+जानी", r"चक्की|औषधि|गोली", 40),
        # the fifth and sixth files' lessons
        _either(r"अलबिदा|अलविदा", r"फोन\s+बन्द|विष\S*|किटनाशक|डोरी", 100),
        _either(r"निर्णय\s+(?:गरिसकें|गरें)", r"माफ\s+गर\S*|मन\s+(?:एकदम\s+)?शान्त", 80),
    ],
    emergency=[
        r"सास\s+(?:फेर्दैन|फेर्न\s+सक्दैन|फेर्न\s+गाह्रो|रोकियो)|सास\s+फेर्न\s+(?:सकिरहेको|सकेको)\s+छैन",
        r"बेहोस|होस\s+(?:छैन|आएको\s+छैन|ठेगानमा\s+छैन)|होसमा\s+(?:छैन|आउनुभएको\s+छैन|आएन)|ब्युँझ(?:ँदैन|दैन|नुहुन्न)",
        r"मुर्छा|काम्न\s+थाल्यो|झट्का",
        r"छाती\s+(?:\S+\s+)?(?:दुख्यो|दुखेको|दुख्छ|दुखिरहेको)|छातीमा\s+(?:धेरै\s+|ठूलो\s+|कडा\s+)?(?:दुख|दबाब)",
        r"धेरै\s+रगत|रगत\s+(?:रोकिँदैन|रोकिएन|थामिँदैन|बगिरहेको)",
        r"मुख\s+(?:\S+\s+)?बाङ्गो|बोल्न\s+(?:सक्दैन|सक्नुहुन्न|सक्दिनँ)",
        r"(?:विष|विषादी|मुसा\s+मार्ने|कीटनाशक|ब्याट्री|सिक्का)\s*(?:\S+\s+){0,2}(?:खायो|पियो|निल्यो|खाए|पिए)"
        r"|औषधिको\s+पूरै",
        r"घाँटीमा\s+(?:\S+\s+)?(?:अड्कियो|अड्केको)|डुब्यो|करेन्ट\s+लाग्यो|ओठ\s+निलो|सर्पले\s+टोक्यो"
        r"|बच्चाको\s+टाउको\s+देखि",
        r"(?:बच्चाले|छोराले|छोरीले|नातिले|नातिनीले)\s+(?:\S+\s+){0,4}(?:चक्की|औषधि|ट्याब्लेट)\s+(?:\S+\s+)?(?:खायो|निल्यो|पियो)",
        r"सर्पले\s+(?:टोक्यो|डस्यो)",
        r"घाँटी\s+(?:\S+\s+)?कडा",
        # the fourth file's lessons: scalded skin, a fall from a tree, unable to speak
        r"छाला\s+(?:\S+\s+)?(?:उप्किएको|उप्कियो|निस्किएको|गलेको)|(?:जलेर|पोलेर)\s+(?:\S+\s+)?छाला",
        r"(?:रूखबाट|छतबाट|भर्‍याङबाट|सिंढीबाट|माथिबाट|पहराबाट)\s+(?:\S+\s+)?(?:खस्यो|लड्यो|झर्‍यो|खसे|लडे|खसिन्)"
        r"|खुट्टा\s+(?:\S+\s+)?(?:चलाउन|चाल्न)\s+सक्दैन",
        r"बोल्न\s+(?:सक्दैन\S*|सक्दिन\S*|सकेन\S*)|घाँटी\s+समात",
        r"(?:बेहोस|ढले|ढल्यो|लड्नुभयो)[^.!?\n।]{0,40}(?:सास\s+छैन|चल्दैन)|नाडी\s+(?:छैन|चलेको\s+छैन)",
        r"(?:गर्भवती|प्रेग्नेन्ट|pregnant)\S*[^.!?\n।]{0,60}(?:रगत\s+(?:बगि|आइ|खस)\S*|bleeding|पानी\s+फुट)",
        # the fifth and sixth files' lessons
        _either(
            r"(?:चक्की|औषधि|गोली|विष)\S*\s+(?:\S+\s+)?(?:धेरै\s+)?(?:खाएछ|खायो|खाइछ|पियो)",
            r"लल्याकलुलुक|उठ्दैन|होस\s+छैन|बेहोस|बान्ता",
            80,
        ),
        r"मुख\s+(?:\S+\s+)?(?:एकातिर|एक\s+तिर)\s+(?:\S+\s+)?(?:बांगियो|बाङ्गियो|ढल्कियो|बाङियो)|बोली\s+(?:लरबरा|लडखडा|लर्बरा)\S*",
    ],
    condition=[
        r"मुटुको\s+दौरा|हृदयघात|पक्षाघात|छारेरोग",
    ],
    acute=[
        r"अहिलेनै|अचानक|एम्बुलेन्स|मद्दत\s*(?:गर्नुहोस्|गर)?(?=\s*(?:[!,،]|$))|बचाउ|छिटो|तुरुन्त|के\s+गर्ने"
        r"|जस्तो\s+(?:छ|लाग्छ)|होला",
    ],
    now=[r"अहिले"],
    background=[
        r"भर्ना|अस्पतालमा|(?:अपरेशन|स्ट्रोक|पक्षाघात|अट्याक)पछि|डिस्चार्ज|फलोअप|पुर्जा|(?<!\S)बिल(?!\S)|रिह्याब|आईसीयू|पार्किङ",
    ],
    past=[
        r"हिजो|अस्ति|गत\s+(?:वर्ष|साल|महिना|हप्ता)|(?:वर्ष|बर्ष|महिना|हप्ता|दिन)\s+अघि|(?:आएको|भएको|परेको)\s+थियो",
    ],
    fiction=[
        r"फिल्म|चलचित्र|सिरियल|कथा|उपन्यास|समाचार|सपना|जनावर|पशु\s+चिकित्सक|हाँसेर",
    ],
    general=[r"यदि\s|(?:कसैलाई|कसैको)\s[^।.!?\n]{0,40}भने|\S+ेमा\s+(?:के|कसरी)|लक्षण\s+के"],
    asking=[
        r"पहिले\s+नै\s+जान|तालिम",
        # a task for a class, a course or an exam
        r"असाइनमेन्ट|गृहकार्य|कलेजको\s+(?:लागि|प्रोजेक्ट)|परीक्षाको\s+लागि",
        r"कक्षाको\s+(?:लागि|लागी)|कक्षामा\s+सोध|शिक्षकले\s+सोध",
    ],
    resolved=[r"अहिले\s+(?:\S+\s+)?ठीक\s+छ"],
    negation_before=[r"(?<!\S)(?:अलिकति|अलिकता|हल्का)\s+"],
    negation_after=[
        r"\s*(?:छैन|होइन|भएन|थिएन)(?!\S)",
        # the fifth and sixth files' lessons
        r"\s*(?:गर्ने|गर्न)\s+(?:\S+\s+)?(?:विचार|सोच|मन)\s+(?:छैन|छैन)(?!\S)",
    ],
    routine=[
        r"भेट्ने\s+समय|वार्ड|विभाग",
    ],
)
# Marathi (Devanagari)
_MARATHI = _Language(
    self_harm=[
        r"मरायचं(?:य)?|मरायचे\s+आहे|मराव(?:ंसं|ेसे)\s+वाट|जगायच(?:े|ं)\s+नाही|जगण्याची\s+इच्छा\s+नाही",
        r"स्वतःला\s+(?:मारून|संपवून|कापून|इजा)|आयुष्य\s+संपवा|सगळं\s+संपवणार|संपवून\s+टाकेन|उडी\s+(?:मारणार|घेणार|टाकणार)"
        r"|गळफास",
        r"जगायची\s+इच्छा\s+नाही|सगळ्या\s+गोळ्या\s+(?:\S+\s+)?(?:घेणार|खाणार|घेतल्या)|स्वतःला\s+(?:चटके|इजा|जखम)",
    ],
    emergency=[
        r"श्वास\s+(?:घेत\s+नाही|घेता\s+येत\s+नाही|घेऊ\s+शकत\s+नाही|थांबला|घ्यायला\s+त्रास)",
        r"बेशुद्ध|शुद्ध\s+(?:नाही|हरपली)|शुद्धीवर\s+(?:नाही|येत\s+नाही)|प्रतिसाद\s+देत\s+नाही",
        r"झटके|फिट\s+आली",
        r"छातीत\s+(?:खूप\s+|जोरात\s+)?(?:दुखत|कळ)",
        r"खूप\s+रक्त|रक्त\s+(?:थांबत\s+नाही|थांबेना)",
        r"तोंड\s+वाकड(?:ं|े)|बोलता\s+येत\s+नाही",
        r"(?:विष|कीटकनाशक|उंदीर\s+मारण्याचे|बॅटरी|नाणे)\s+(?:\S+\s+){0,2}(?:प्याला|प्यायले|प्यायली|खाल्ले|गिळले|गिळला)",
        r"घशात\s+(?:\S+\s+)?अडकल|बुडाल(?:ा|ी)|(?:शॉक|करंट)\s+लागला|ओठ\s+निळे|साप\s+चावला",
        r"रक्ताच्या\s+उलट्या|(?:पडल(?:ा|ी|े|्या))[^.!?\n।]{0,40}(?:उठत\s+नाही|उठत\s+नाहीत|शुद्ध\s+नाही|हालचाल\s+नाही)",
    ],
    condition=[
        r"फेफरे|हृदयविकाराचा\s+झटका|हार्ट\s+अटॅक|पक्षाघात|अर्धांगवायू",
    ],
    acute=[
        r"आत्ता|अचानक|रुग्णवाहिका|अॅम्ब्युलन्स|मदत\s*(?:करा)?(?=\s*(?:[!,،]|$))|लवकर|काय\s+करू|वाटतंय|वाटते|बहुतेक",
    ],
    background=[
        r"दाखल|रुग्णालयात|ऑपरेशननंतर|डिस्चार्ज|अपॉइंटमेंट|फॉलो[\s-]?अप|(?<!\S)बिल(?!\S)|वॉर्ड|भेटण्याची\s+वेळ",
    ],
    past=[
        r"(?<!\S)काल(?!\S)|गेल्या\s+(?:वर्षी|महिन्यात|आठवड्यात)|(?:वर्षांपूर्वी|महिन्यांपूर्वी)",
    ],
    fiction=[
        r"चित्रपट|मालिका|कादंबरी|बातमी|स्वप्नात",
        r"मालिके|सिनेमा|सीरियल|वेब\s+सिरीज",
    ],
    general=[r"जर\s+(?:कोणाला|कोणी)|लक्षणे\s+काय"],
    asking=[
        r"आधीच\s+जाणून",
        # a task for a class, a course or an exam
        r"असाइनमेंट|गृहपाठ|कॉलेजसाठी|परीक्षेसाठी|प्रोजेक्टसाठी",
    ],
    negation_after=[r"\s*(?:नाही|नव्हते)(?!\S)"],
)

# Bengali (a nukta is optional here too: "য়" and "য")
_BENGALI = _Language(
    self_harm=[
        r"(?:মরে\s+যেতে|মরতে)\s+(?:চাই|ইচ্ছে\s+(?:করে|করছে))|আত্মহত্যা|সুইসাইড|নিজেকে\s+(?:মেরে|শেষ\s+করে|কেটে|আঘাত)",
        r"(?:আর\s+)?(?:বাঁচতে|বেঁচে\s+থাকতে)\s+চাই\s+না|বাঁচার\s+(?:ইচ্ছে|ইচ্ছা)\s+নেই",
        r"সব\s+শেষ\s+করে\s+(?:দেব|দিব|ফেলব)|জীবন\s+শেষ\s+করে",
        r"(?:হাত|কব্জি|শিরা)\s+কেটে(?:ছি|ছে|ফেলেছে|ফেলেছি)|(?:ছাদ|ব্রিজ|সেতু)\s+থেকে\s+(?:লাফ|ঝাঁপ)"
        r"|ট্রেনের\s+সামনে\s+(?:লাফ|ঝাঁপ)|লাফ\s+দিলে\s+কি\s+(?:\S+\s+){0,2}মরে",
        r"গলায়\s+দড়ি|ফাঁস\s+(?:দেব|দিয়ে|নেব)|ঘুমের\s+ওষুধ\s+জমিয়ে|(?:এটাই|আজই)\s+(?:আমার|তার|ওর)\s+শেষ\s+দিন",
        r"বিদায়\s+(?:জানিয়ে\s+দিয়েছি|জানাচ্ছি)|(?:কয়টা|কতগুলো|কটা)\s+[^।.!?\n]{0,30}(?:মরে\s+যাব|আর\s+উঠব\s+না"
        r"|ঘুম\s+ভাঙবে\s+না)",
        r"আমাকে\s+আর\s+কেউ\s+দেখবে\s+না|আর\s+কেউ\s+দেখতে\s+পাবে\s+না",
        r"আর\s+দরকার\s+হবে\s+না|বাঁচার\s+(?:আর\s+)?(?:কোনো\s+)?মানে\s+নেই|আজ\s+রাতেই\s+শেষ\s+করব",
        # the fourth file's lessons: on a roof or by the tracks, pills taken on purpose, "better if I died", "after
        # tomorrow I won't be here", cutting with a blade
        r"সব\s+শেষ\s+করে\s+দিতে\s+চাই",
        _either(
            r"(?:ছাদে|ছাদের\s+কিনারে|ব্রিজে|সেতুতে|সেতুর\s+উপর|রেললাইনের\s+পাশে|রেললাইনে|নদীর\s+(?:ঘাটে|পাড়ে|ধারে))\s+"
            r"(?:\S+\s+)?(?:দাঁড়িয়ে|বসে)\s+আছি",
            r"আর\s+পারছি\s+না|সব\s+শেষ|শেষ\s+করে|ফিরব(?:ো)?\s+না|বিদায়|মরে|ট্রেন\s+এলেই|সাঁতার\s+জানি\s+না|কেউ\s+(?:মিস\s+করবে|বুঝবে)\s+না",
            80,
        ),
        r"মরে\s+গেলেই\s+(?:\S+\s+)?ভালো|কেউ\s+মিস\s+করবে\s+না|(?:কালকের|কালকে|আজকের|রাতের)\s+পর\s+(?:আমি\s+)?আর\s+"
        r"(?:থাকব|থাকবো)\s+না|আর\s+বাড়ি\s+ফিরব(?:ো)?\s+না",
        _either(
            r"ট্যাবলেট\S*|ওষুধ\S*|ঘুমের\s+ওষুধ|Napa|নাপা|পিল\S*|\d+\s*(?:টা|টি)",
            r"ইচ্ছা\s+করে|ইচ্ছে\s+করে\s+(?:খে|গিল)|ইচ্ছাকৃত|জেনেশুনে",
            40,
        ),
        r"(?:ব্লেড|ছুরি)\s+দিয়ে\s+(?:\S+\s+)?কাট(?:ে|ি|ছে|ছি|লাম)",
        _either(
            r"(?:বিষ|কীটনাশক|ঘুমের\s+ওষুধ|দড়ি)\s+(?:\S+\s+){0,2}(?:কিনে\s+রেখে|লুকিয়ে\s+রেখে|জমিয়ে)",
            r"মর|শেষ|আজ\s+রাতে|বিদায়",
            80,
        ),
        _either(
            r"(?:ফোন|বাইক|সাইকেল|জিনিস|বই|বিড়াল|ঘড়ি|ল্যাপটপ)\S*\s+(?:\S+\s+){0,3}দিয়ে\s+(?:দিয়েছে|দিলাম|দিয়েছি)",
            r"আর\s+(?:\S+\s+)?লাগবে\s+না|আর\s+দরকার\s+নেই",
            60,
        ),
        # the fifth and sixth files' lessons
        _either(
            r"শেষ\s+(?:পোস্ট|মেসেজ|স্ট্যাটাস)|সবাই\s+ভালো\s+থেক\S*|ক্ষমা\s+কর\S*",
            r"দড়ি|ফোন\s+(?:ধরছে\s+না|বন্ধ)|ছাদ\S*|রেল\s?লাইন\S*|কীটনাশক|বিষ",
            100,
        ),
        r"ছাদের\s+কিনার\S*",
        _either(
            r"রেল\s?লাইন\S*|ব্রিজ\S*|সেতু\S*|ছাদ\S*",
            r"সব\s+ঠিক\s+করে\s+ফেলেছি|দিয়ে\s+দিয়েছি|ক্ষমা|আর\s+পারছি\s+না|ফিরব\s+না",
            100,
        ),
        _either(r"কীটনাশক|বিষ|ইঁদুর\s?মারা\S*|ঘুমের\s+ওষুধ", r"(?:সবাই\s+ঘুমালে\s+)?খাবে|খাব(?!\S)|খেয়ে\s+নেব", 60),
    ],
    emergency=[
        r"(?:শ্বাস|নিঃশ্বাস)\s+(?:নিচ্ছে|নিচ্ছেন|নিতে\s+পারছে|নিতে\s+পারছেন|নিতে\s+পারছি)\s+না|শ্বাস\s+(?:বন্ধ|আটকে)"
        r"|শ্বাস\s+নিতে\s+(?:খুব\s+)?কষ্ট|দম\s+বন্ধ",
        r"অজ্ঞান|জ্ঞান\s+(?:নেই|হারিয়ে|ফিরছে\s+না)|সাড়া\s+দিচ্ছে(?:ন)?\s+না|ঘুম\s+থেকে\s+উঠছে(?:ন)?\s+না",
        r"খিঁচুনি",
        r"বুকে\s+(?:প্রচণ্ড\s+|ভীষণ\s+|খুব\s+)?ব্যথা|বুক\s+চেপে",
        r"(?:প্রচুর|অনেক)\s+রক্ত|রক্ত\s+(?:বন্ধ\s+হচ্ছে\s+না|থামছে\s+না)|রক্ত\s+বমি",
        r"কথা\s+(?:জড়িয়ে|জড়ায়)|মুখ\s+(?:বেঁকে|বাঁকা)|(?:হাত|পা)\s+(?:\S+\s+)?(?:তুলতে|নাড়াতে)\s+পারছে(?:ন)?\s+না",
        r"(?:বিষ|কীটনাশক|ইঁদুর\s+মারার|কেরোসিন|ব্লিচ|ব্যাটারি|কয়েন|মার্বেল)\s+(?:\S+\s+){0,2}(?:খেয়ে|গিলে)"
        r"|পুরো\s+বোতল",
        r"গলায়\s+(?:\S+\s+)?আটকে|ডুবে\s+(?:গেছে|গিয়েছিল|যাচ্ছে)|কারেন্ট\s+লেগেছে|(?:ঠোঁট|গলা)\s+(?:\S+\s+)?ফুলে"
        r"|ঠোঁট\s+নীল|নীল\s+হয়ে\s+যাচ্ছে",
        r"(?:হাত|পা|শরীর|মুখ|গা)\s+(?:\S+\s+)?পুড়ে|সাপে\s+কামড়েছে|মাথায়\s+আঘাত[^।.!?\n]{0,60}বমি"
        r"|জীবনে\s+এমন\s+ব্যথা|ছিঁড়ে\s+যাওয়ার\s+মতো\s+ব্যথা",
        r"ঘাড়\s+(?:\S+\s+)?শক্ত|চোখ\s+খুলছে\s+না",
        # the fourth file's lessons: the baby's head showing, a double dose of insulin, not moving after a fall, chest
        # pain spelt "ব্যাথা", scalded skin, many pills swallowed
        r"বাচ্চার\s+মাথা\s+(?:দেখা|বের)|পানি\s+ভেঙে\s+(?:গেছে|গিয়েছে)",
        _either(
            r"(?:ইনসুলিন|ওষুধ|ডোজ)\s+(?:\S+\s+)?(?:দুইবার|দুবার|ডাবল|দুই\s+ডোজ)|(?:দুইবার|দুবার)\s+(?:\S+\s+)?(?:ইনসুলিন|ডোজ)",
            r"কাঁপছে|ঘুমিয়ে|ঘামছে|অজ্ঞান|বমি|সাড়া\s+দিচ্ছে\s+না",
            60,
        ),
        r"পড়ে\s+(?:গেছে|গেছেন|গিয়ে)\s+(?:\S+\s+){0,3}(?:নড়ছে|উঠছে|সাড়া\s+দিচ্ছে)(?:ন)?\s+না|বুকে\s+(?:\S+\s+)?ব্যা?থা",
        r"চামড়া\s+(?:\S+\s+)?(?:উঠে|ফোসকা)|\d{2,3}\s*(?:টা|টি)\s+(?:\S+\s+){0,2}খে(?:য়ে|য়েছে|লো)",
        r"(?:CPR|সিপিআর)\s+দিচ্ছি|পালস\s+(?:পাচ্ছি\s+না|নেই)",
        r"(?:গর্ভবতী|প্রেগন্যান্ট|pregnant)\S*[^.!?\n।]{0,60}(?:রক্তপাত|রক্ত\s+(?:যাচ্ছে|পড়ছে|বের\s+হচ্ছে)|bleeding|পানি\s+ভেঙে)",
        r"মাথায়\s+(?:আঘাত|চোট|বাড়ি)[^।\n]{0,60}(?:ঘুম|অজ্ঞান|বমি)",
        # the fifth and sixth files' lessons
        r"মুখ\s+(?:\S+\s+)?(?:একদিকে|এক\s+দিকে)\s+(?:\S+\s+)?(?:বেঁকে|বেকে|ঝুলে)|হাত\S*\s+(?:\S+\s+)?অবশ|কথা\s+(?:ঠিকমতো|জড়িয়ে)\s+(?:\S+\s+)?(?:বলতে\s+পারছে\s+না|যাচ্ছে)",
        r"পেট\s+(?:\S+\s+){0,2}(?:পাথরের\s+মতো\s+)?শক্ত\s+হয়ে|সবুজ\s+বমি|রক্ত\s+বমি",
    ],
    condition=[
        r"হার্ট\s+অ্যাটাক|হৃদরোগে\s+আক্রান্ত|স্ট্রোক|মৃগী",
    ],
    acute=[
        r"এখনই|হঠাৎ|অ্যাম্বুলেন্স|এম্বুলেন্স|সাহায্য\s*(?:করুন)?(?=\s*(?:[!,،]|$))|বাঁচাও|তাড়াতাড়ি|জলদি|(?:কী"
        r"|কি)\s+করব|মনে\s+(?:হচ্ছে|হয়)|হয়তো",
    ],
    now=[r"এখন"],
    background=[
        r"ভর্তি|হাসপাতালে|(?:অপারেশনের|স্ট্রোকের|অ্যাটাকের)\s+পর|রিলিজ|অ্যাপয়েন্টমেন্ট|ফলো[\s-]?আপ|প্রেসক্রিপশন"
        r"|(?<!\S)বিল(?!\S)|রিহ্যাব|আইসিইউ|পার্কিং",
    ],
    past=[
        r"গতকাল|গত\s+(?:বছর|মাসে|মাস|সপ্তাহে|সপ্তাহ)|(?:বছর|মাস|সপ্তাহ|দিন)\s+আগে|ছোটবেলায়|হয়েছিল",
    ],
    fiction=[
        r"সিনেমা|ছবিতে|সিরিয়াল|নাটক|সিরিজ|গল্প|উপন্যাস|গেমে|খবরে|স্বপ্নে|পশু\s+ডাক্তার|হাসতে\s+হাসতে",
        # prevention, awareness, volunteering, a documentary
        r"প্রতিরোধ|সচেতনতা|স্বেচ্ছাসেবক|volunteer|তথ্যচিত্র|ডকুমেন্টারি",
        # "almost had a heart attack", "seeing the bill": an idiom
        r"হওয়ার\s+জোগাড়|(?:বিল|দাম)\s+দেখে",
    ],
    general=[r"(?:কেউ|কাউকে|কারো)\s+[^।.!?\n]{0,20}(?:কী|কি)\s+করতে\s+হয়|(?:কী|কি)\s+করতে\s+হয়|লক্ষণ\s+কী"],
    asking=[
        r"আগে\s+থেকে\s+জেনে|প্রশিক্ষণ|ট্রেনিং",
        # a task for a class, a course or an exam
        r"অ্যাসাইনমেন্ট|এসাইনমেন্ট|হোমওয়ার্ক|কলেজের\s+(?:জন্য|প্রজেক্ট)|পরীক্ষার\s+জন্য|প্রজেক্টের\s+জন্য",
    ],
    resolved=[r"এখন\s+(?:\S+\s+)?ভালো\s+আছে"],
    negation_before=[r"(?<!\S)(?:সামান্য|একটু|হালকা)\s+"],
    negation_after=[r"\s*(?:নেই|নাই|না)(?!\S)"],
    routine=[
        r"ভিজিটিং|ওয়ার্ড|বিভাগ",
    ],
)
# Punjabi (Gurmukhi)
_PUNJABI = _Language(
    self_harm=[
        r"(?:ਮਰਨਾ|ਮਰ\s+ਜਾਣਾ)\s+ਚਾਹੁੰਦ(?:ਾ|ੀ|ੇ)|ਖ਼ੁਦਕੁਸ਼ੀ|ਆਤਮਹੱਤਿਆ|ਆਪਣੇ\s+ਆਪ\s+ਨੂੰ\s+(?:ਮਾਰ|ਖ਼ਤਮ|ਕੱਟ)",
        r"(?:ਜਿਉਣਾ|ਜੀਣਾ|ਜੀਉਣਾ)\s+ਨਹੀਂ\s+ਚਾਹੁੰਦ(?:ਾ|ੀ)|ਜਿਉਣ\s+ਦਾ\s+ਮਨ\s+ਨਹੀਂ",
        r"ਸਭ\s+(?:ਕੁਝ\s+)?ਖ਼ਤਮ\s+ਕਰ\s+(?:ਦਿਆਂਗਾ|ਦੇਵਾਂਗਾ|ਦਿਆਂਗੀ|ਦੇਵਾਂਗੀ|ਦੇਣਾ)|ਅੱਜ\s+ਰਾਤ\s+ਸਭ\s+ਖ਼ਤਮ",
        r"(?:ਨਹਿਰ|ਪੁਲ|ਛੱਤ)\s+(?:ਵਿੱਚ|ਤੋਂ|ਚ)\s+ਛਾਲ|ਫਾਹਾ|ਫਾਂਸੀ|ਗੁੱਟ\s+ਕੱਟ",
        r"ਨੀਂਦ\s+ਦੀਆਂ\s+ਗੋਲੀਆਂ[^.!?\n]{0,30}(?:ਨਾ\s+ਉੱਠ|ਮਰ)|ਸਾਡੇ\s+ਬਿਨਾਂ\s+ਬਿਹਤਰ",
        r"ਅਲਵਿਦਾ\s+ਕਹਿ|ਮਰ\s+ਜਾਣਾ\s+ਚਾਹੀਦਾ|ਆਖ਼ਰੀ\s+ਦਿਨ",
        # the fourth file's lessons: "no heart to live", by the canal, means kept "to die", a sorry message and
        # tonight, hurting oneself
        r"(?:ਜੀਣ|ਜਿਉਣ|ਜੀਉਣ)\s+(?:ਨੂੰ|ਦਾ)\s+(?:\S+\s+)?(?:ਦਿਲ|ਮਨ|ਮਤਲਬ|ਫ਼ਾਇਦਾ)\s+ਨਹੀਂ|(?:ਹੋਰ\s+)?ਨਹੀਂ\s+(?:ਜੀਣਾ|ਜਿਉਣਾ)",
        r"(?:ਨਹਿਰ|ਪੁਲ|ਦਰਿਆ|ਪਟੜੀ|ਰੇਲਵੇ\s+ਲਾਈਨ)\S*\s+(?:ਦੇ\s+)?(?:ਕੋਲ|ਕੰਢੇ|ਤੇ|ਉੱਤੇ|ਉਤੇ)\s+(?:\S+\s+)?(?:ਖੜ੍ਹਾ|ਖੜ੍ਹੀ|ਖੜਾ|ਖੜੀ"
        r"|ਬੈਠਾ|ਬੈਠੀ)",
        r"(?:ਦਵਾਈ|ਸਪਰੇਅ|ਜ਼ਹਿਰ|ਸਲਫਾਸ|ਗੋਲੀਆਂ|ਰੱਸੀ)\S*\s+(?:\S+\s+){0,4}ਮਰਨ\s+(?:ਲਈ|ਵਾਸਤੇ)",
        _either(r"ਸਲਫਾਸ|ਸਪਰੇਅ\s+ਵਾਲੀ\s+ਦਵਾਈ|ਰੱਸੀ", r"ਮਤਲਬ\s+ਨਹੀਂ|ਮਰ|ਨਹੀਂ\s+ਜੀਣਾ|ਅੱਜ\s+ਰਾਤ|ਅਲਵਿਦਾ", 80),
        r"ਸਾਰੀਆਂ\s+ਗੋਲੀਆਂ\s+(?:\S+\s+)?ਖਾ\s+(?:ਲਵਾਂਗਾ|ਲਵਾਂਗੀ|ਲਈਆਂ|ਲੈਣੀਆਂ)|ਅੱਜ\s+ਰਾਤ\s+(?:\S+\s+)?ਆਖ਼ਰੀ",
        _either(
            r"(?:ਸਾਰਿਆਂ|ਸਭ)\s+ਨੂੰ\s+(?:sorry|ਸੌਰੀ|ਮਾਫ਼ੀ|ਅਲਵਿਦਾ)|ਮਾਫ਼\s+ਕਰੀਂ",
            r"ਅੱਜ\s+ਰਾਤ|ਆਖ਼ਰੀ|ਫੋਨ\s+ਬੰਦ|ਨਹਿਰ|ਪੁਲ",
            80,
        ),
        r"ਆਪਣੇ\s+ਆਪ\s+ਨੂੰ\s+(?:ਸੱਟ|ਨੁਕਸਾਨ)",
        _either(r"ਜਾਣ\s*ਬੁੱਝ\s*ਕੇ", r"ਗੋਲੀਆਂ|ਦਵਾਈ", 40),
        _either(
            r"(?:ਮੋਟਰਸਾਈਕਲ|ਫ਼ੋਨ|ਸਾਮਾਨ|ਚੀਜ਼ਾਂ|ਘੜੀ|ਬਾਈਕ|ਕੁੱਤਾ)\S*\s+(?:\S+\s+){0,3}ਦੇ\s+(?:ਦਿੱਤਾ|ਦਿੱਤੀ|ਦਿੱਤੇ|ਦਿੱਤੀਆਂ)",
            r"(?:ਹੁਣ\s+)?(?:ਮੈਨੂੰ\s+)?ਲੋੜ\s+ਨਹੀਂ|ਨਹੀਂ\s+ਚਾਹੀਦ(?:ਾ|ੀ|ੇ)",
            60,
        ),
        r"ਮਰ\s+ਜਾਵਾਂ\s+ਤਾਂ\s+(?:\S+\s+)?(?:ਚੰਗਾ|ਵਧੀਆ)|ਕਿਸੇ\s+ਨੂੰ\s+(?:ਮੇਰੀ\s+)?(?:ਪਰਵਾਹ|ਫ਼ਰਕ)\s+ਨਹੀਂ",
        # the fifth and sixth files' lessons
        _either(r"ਨਹਿਰ|ਪੁਲ|ਛੱਤ|ਰੇਲ\S*|ਦਰਿਆ", r"ਫ਼ੈਸਲਾ\s+ਕਰ\s+ਲਿਆ|sorry|ਮਾਫ਼\S*|ਅਲਵਿਦਾ|ਵਾਪਸ\s+ਨਹੀਂ", 80),
        _either(r"ਦੇ\s+ਦਿੱਤ\S*", r"ਲੋੜ\s+ਨਹੀਂ\s+(?:ਪੈਣੀ|ਪਵੇਗੀ|ਰਹਿਣੀ)", 100),
        r"ਸਭ\s+(?:ਕੁਝ\s+)?ਖ਼ਤਮ\s+ਕਰ\s+(?:ਦੇਵੇਗੀ|ਦੇਵਾਂਗਾ|ਦੇਵਾਂਗੀ|ਦੇਵੇਗਾ|ਦਿਆਂਗਾ|ਲਵਾਂਗਾ|ਲਵਾਂਗੀ|ਦੇਣਾ)",
        _either(r"ਸਲਫ਼ਾਸ|ਚੂਹੇ\s+ਮਾਰ|ਜ਼ਹਿਰ|ਰੱਸੀ", r"ਖਿਆਲ\s+ਰੱਖਿ\S*|ਥੱਕ\s+(?:ਗਈ|ਗਿਆ)|ਅੱਜ\s+ਰਾਤ|ਅਲਵਿਦਾ", 80),
    ],
    emergency=[
        r"ਸਾਹ\s+ਨਹੀਂ\s+(?:ਆ|ਲੈ)\s+(?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ)|ਸਾਹ\s+(?:ਰੁਕ|ਬੰਦ)|ਸਾਹ\s+ਲੈਣ\s+ਵਿੱਚ\s+(?:ਬਹੁਤ\s+)?(?:ਤਕਲੀਫ਼|ਔਖ)",
        r"ਬੇਹੋਸ਼|ਹੋਸ਼\s+(?:ਨਹੀਂ|ਵਿੱਚ\s+ਨਹੀਂ|ਗੁਆ)|ਜਵਾਬ\s+ਨਹੀਂ\s+ਦੇ\s+(?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ)",
        r"(?<!ਦਾ\s)ਦੌਰਾ\s+ਪਿਆ|ਦੌਰੇ\s+ਪੈ(?!ਂਦੇ)|ਝਟਕੇ",
        r"ਛਾਤੀ\s+(?:ਵਿੱਚ|ਚ)\s+(?:ਬਹੁਤ\s+|ਤੇਜ਼\s+)?ਦਰਦ",
        r"ਬਹੁਤ\s+ਖ਼ੂਨ|ਖ਼ੂਨ\s+(?:ਰੁਕ|ਬੰਦ\s+ਹੋ)\s+(?:ਹੀ\s+)?ਨਹੀਂ|ਖ਼ੂਨ\s+ਵਗ\s+ਰਿਹਾ",
        r"ਮੂੰਹ\s+(?:\S+\s+)?ਟੇਢਾ|ਬੋਲ\s+ਨਹੀਂ\s+(?:ਹੋ|ਪਾ|ਸਕ)|(?:ਬਾਂਹ|ਹੱਥ|ਲੱਤ)\s+ਨਹੀਂ\s+ਚੱਲਦ",
        r"(?:ਜ਼ਹਿਰ|ਕੀੜੇਮਾਰ|ਚੂਹੇ\s+ਮਾਰ|ਬਲੀਚ|ਤੇਜ਼ਾਬ|ਮਿੱਟੀ\s+ਦਾ\s+ਤੇਲ|ਬੈਟਰੀ|ਸਿੱਕਾ)\s+(?:\S+\s+){0,2}(?:ਪੀ|ਖਾ|ਨਿਗਲ)"
        r"|ਗੋਲੀਆਂ\s+ਦੀ\s+ਪੂਰੀ\s+ਪੱਤੀ",
        r"ਗਲੇ\s+(?:ਵਿੱਚ|ਚ)\s+(?:\S+\s+)?(?:ਫਸ|ਅਟਕ)|ਡੁੱਬ\s+(?:ਗਿਆ|ਗਈ)|ਕਰੰਟ\s+ਲੱਗ|ਬੁੱਲ੍ਹ\s+ਨੀਲੇ|ਸੱਪ\s+ਨੇ\s+ਡੰਗ",
        r"(?:ਬਾਂਹ|ਹੱਥ|ਲੱਤ)\s+ਸੁੰਨ|ਛਾਤੀ\s+(?:ਵਿੱਚ|ਚ)\s+(?:\S+\s+){0,3}(?:ਦਰਦ|ਦਬਾਅ)",
        # the fourth file's lessons: hard breathing, stings, trapped under a tractor, a fall and not moving
        r"ਸਾਹ\s+(?:\S+\s+)?(?:ਔਖਾ|ਮੁਸ਼ਕਲ\s+ਨਾਲ|ਘਰਰ)|ਸਾਹ\s+ਲੈਂਦ(?:ਾ|ੇ|ੀ)\s+ਨਹੀਂ",
        r"(?:ਮਧੂਮੱਖੀ|ਭਰਿੰਡ|ਸੱਪ|ਬਿੱਛੂ)\S*\s+ਨੇ\s+(?:\S+\s+)?(?:ਲੜ|ਡੰਗ|ਕੱਟ)|(?:ਹੇਠਾਂ|ਥੱਲੇ)\s+(?:\S+\s+)?ਫਸ(?:ੇ|ਿਆ|ੀ)"
        r"|ਪਲਟ\s+ਗਿਆ",
        r"ਡਿੱਗ\s+ਪ(?:ਏ|ਿਆ|ਈ)[^.!?\n]{0,40}(?:ਹਿੱਲਦੇ|ਹਿੱਲਦਾ|ਹਿੱਲਦੀ|ਉੱਠਦੇ|ਉੱਠਦਾ|ਬੋਲਦੇ)\s+ਨਹੀਂ",
        r"(?:ਮਹੀਨ|ਹਫ਼ਤ)\S*[^.!?\n]{0,60}ਬੱਚਾ\s+(?:\S+\s+){0,2}ਨਹੀਂ\s+ਹਿੱਲਿਆ",
        r"(?:ਗਰਭਵਤੀ|ਪ੍ਰੈਗਨੈਂਟ|pregnant)\S*[^.!?\n]{0,60}(?:ਖ਼ੂਨ(?!\s+(?:ਦੀ|ਦਾ|ਦੇ)\s+(?:ਜਾਂਚ|ਟੈਸਟ|ਰਿਪੋਰਟ))|bleeding|ਪਾਣੀ\s+(?:ਦੀ\s+ਥੈਲੀ\s+)?ਫਟ)",
        r"ਨਬਜ਼\s+(?:ਨਹੀਂ|ਬੰਦ)|ਚਮੜੀ\s+(?:\S+\s+)?ਉਤਰ|ਸਿਰ\s+(?:ਤੇ|ਵਿੱਚ)\s+(?:\S+\s+)?ਸੱਟ[^.!?\n]{0,60}(?:ਉਲਟੀ|ਬੇਹੋਸ਼|ਨੀਂਦ)",
        # the fifth and sixth files' lessons
        r"(?:ਹੱਥ|ਪੈਰ|ਲੱਤਾਂ|ਬਾਂਹ)\S*\s+(?:\S+\s+){0,2}ਸੁੰਨ|ਹਿੱਲ\s+ਨਹੀਂ\s+(?:ਹੁੰਦ|ਸਕਦ)\S*|ਚਮੜੀ\s+(?:\S+\s+)?(?:ਲੱਥ|ਉਤਰ|ਉੱਤਰ)\S*",
        r"(?:ਚੂਹੇ\s+ਮਾਰ\S*|ਕੀੜੇ\s+ਮਾਰ\S*|ਸਲਫ਼ਾਸ|ਜ਼ਹਿਰ)\s+(?:\S+\s+){0,2}(?:ਖਾ|ਪੀ)\s+(?:ਲਈ|ਲਿਆ|ਲਈਆਂ|ਗਿਆ|ਗਈ)",
    ],
    condition=[
        r"ਦਿਲ\s+ਦਾ\s+ਦੌਰਾ|ਹਾਰਟ\s+ਅਟੈਕ|ਅਧਰੰਗ|ਲਕਵਾ|ਸਟਰੋਕ|ਮਿਰਗੀ",
    ],
    acute=[
        r"ਹੁਣੇ|ਅਚਾਨਕ|ਐਂਬੂਲੈਂਸ|ਮਦਦ\s*(?:ਕਰੋ)?(?=\s*(?:[!,،]|$))|ਬਚਾਓ|ਜਲਦੀ|ਛੇਤੀ|ਕੀ\s+(?:ਕਰਾਂ|ਕਰੀਏ)|ਲੱਗਦਾ|ਸ਼ਾਇਦ|(?:ਪੈ"
        r"|ਆ)\s+ਰਿਹਾ",
    ],
    background=[
        r"ਦਾਖਲ|ਹਸਪਤਾਲ\s+(?:ਵਿੱਚ|ਚ)|(?:ਸਟ੍ਰੋਕ|ਸਟਰੋਕ|ਅਧਰੰਗ|ਅਪਰੇਸ਼ਨ|ਓਪਰੇਸ਼ਨ|ਲਕਵੇ)\s+ਤੋਂ\s+ਬਾਅਦ|ਡਿਸਚਾਰਜ|ਅਪੌਇੰਟਮੈਂਟ"
        r"|ਫਾਲੋ\s+ਅੱਪ|ਪਰਚੀ|ਬਿੱਲ|ਰੀਹੈਬ|ਵਾਰਡ|ਮਿਲਣ\s+ਦਾ\s+ਸਮਾਂ",
    ],
    past=[
        r"ਪਿਛਲੇ\s+(?:ਸਾਲ|ਮਹੀਨੇ|ਹਫ਼ਤੇ)|(?:ਸਾਲ|ਮਹੀਨੇ|ਹਫ਼ਤੇ)\s+ਪਹਿਲਾਂ|ਬਚਪਨ\s+(?:ਵਿੱਚ|ਚ)|ਪਿਆ\s+ਸੀ|ਹੋਇਆ\s+ਸੀ",
    ],
    fiction=[
        r"ਫ਼ਿਲਮ|ਸੀਰੀਅਲ|ਕਹਾਣੀ|ਨਾਵਲ|ਖ਼ਬਰ|ਸੁਪਨੇ|ਭੁੱਖ\s+ਨਾਲ",
    ],
    general=[r"ਜੇ\s+ਕਿਸੇ|ਲੱਛਣ\s+ਕੀ"],
    asking=[
        r"ਪਹਿਲਾਂ\s+ਤੋਂ\s+ਜਾਣ|ਟ੍ਰੇਨਿੰਗ",
        # a task for a class, a course or an exam
        r"ਅਸਾਈਨਮੈਂਟ|ਹੋਮਵਰਕ|ਕਾਲਜ\s+(?:ਲਈ|ਦੇ\s+ਪ੍ਰੋਜੈਕਟ)|ਪ੍ਰੀਖਿਆ\s+ਲਈ",
        r"ਸਕੂਲ\s+ਦਾ\s+(?:project|ਪ੍ਰੋਜੈਕਟ|ਕੰਮ)",
    ],
    resolved=[r"ਹੁਣ\s+(?:ਉਹ\s+)?ਠੀਕ(?!\s+(?:ਤਰ੍ਹਾਂ|ਨਾਲ))"],
    negation_before=[r"(?<!\S)(?:ਥੋੜ੍ਹਾ|ਥੋੜਾ|ਹਲਕਾ)\s+"],
    negation_after=[r"\s*(?:ਨਹੀਂ|ਨਹੀ)(?!\S)"],
)
# Gujarati
_GUJARATI = _Language(
    self_harm=[
        r"(?:મરી\s+જવું|મરવું)\s+છે|મરી\s+જવાનું\s+મન|આત્મહત્યા|આપઘાત|જીવવું\s+નથી|જીવવાની\s+ઇચ્છા\s+નથી",
        r"બધું\s+ખતમ\s+કરી\s+(?:દઈશ|નાખીશ)|જાતને\s+(?:મારી|કાપ|નુકસાન)|(?:કાંડું|નસ)\s+કાપ|ફાંસો|ફાંસી",
        r"(?:પુલ|ધાબા|છત|બિલ્ડીંગ)\s+(?:પરથી|ઉપરથી)\s+(?:\S+\s+)?(?:કૂદ|ભૂસકો)|ઊંઘની\s+ગોળી[^.!?\n]{0,30}(?:ન\s+ઊઠ"
        r"|મરી)",
        r"ગોળીઓ\s+(?:\S+\s+)?ભેગી",
        # the fourth file's lessons: cutting again, "better if I die", a farewell and a place
        r"(?:ફરીથી|ફરી|રોજ)\s+(?:\S+\s+){0,2}(?:કાપા|કાપ|ચીરા)\s+(?:માર્યા|મૂક્યા|કર્યા)|હાથ\s+પર\s+(?:\S+\s+)?(?:કાપા|ચીરા)",
        r"(?:હું\s+)?મરી\s+જાઉં\s+તો\s+(?:\S+\s+)?(?:સારું|સારુ|સારો)|મરી\s+જવાના\s+વિચાર\S*\s+(?:રોજ\s+)?આવે",
        _either(
            r"હું\s+(?:નહીં|નહિ)\s+(?:હોઉં|હોઈશ)",
            r"લખ્યું|post|Instagram|message|મેસેજ|રૂમ|દરવાજો|ગોળી|દોરડું|ફાંસો|મરી",
            60,
        ),
        _either(
            r"(?<!\S)(?:પુલ|ધાબ|છત|નદી|કેનાલ|રેલ|પાટા|દરિયા)\S*",
            r"અલવિદા|માફ\s+કરજો\s+બધા|છેલ્લ(?:ો|ી)\s+(?:મેસેજ|સંદેશ|પોસ્ટ)|પાછ(?:ો|ી)\s+(?:નહીં|નહિ)\s+આવું",
        ),
        _either(r"જાણી\s*જોઈને", r"ગોળી\S*|દવા\S*", 40),
        _either(
            r"(?:ઝેર|દવા|ગોળીઓ|દોરડું)\S*\s+(?:\S+\s+){0,3}(?:સંતાડી|ભેગી|લાવી\s+રાખ|છુપાવી)",
            r"મરી|મરવ|આજે\s+રાત|છેલ્લ",
            80,
        ),
        _either(
            r"(?:બાઇક|ફોન|મોબાઇલ|વસ્તુઓ|સામાન|બિલાડી|કૂતરો|ઘડિયાળ|લેપટોપ)\S*\s+(?:\S+\s+){0,3}આપી\s+દીધ\S*",
            r"(?:હવે\s+)?(?:મારે\s+)?(?:જરૂર|કામ)\s+નથી|નહીં\s+જોઈએ",
            60,
        ),
        # the fifth and sixth files' lessons
        _either(r"પુલ|નદી|છત|ધાબ\S*|રેલ\S*", r"કોઈને\s+(?:તકલીફ|હેરાન|પરેશાન)\s+નહીં|અલવિદા|પાછ\S*\s+નહીં", 80),
        _either(r"અલવિદા|છેલ્લો\s+(?:ફોટો|પોસ્ટ|મેસેજ)", r"ફોન\s+બંધ|મરવા\S*|ગુડબાય", 100),
        _either(r"વસિયત\S*", r"થાકી\s+ગ\S*|સાચવજો|અલવિદા", 80),
    ],
    emergency=[
        r"શ્વાસ\s+(?:નથી\s+લેતા|નથી\s+લેતો|નથી\s+લેતી|લઈ\s+શકતા\s+નથી|લેવામાં\s+તકલીફ|બંધ|રોકાઈ)",
        r"બેભાન|ભાન\s+(?:નથી|ગુમાવ)|જવાબ\s+નથી\s+આપતા|જાગતા\s+નથી",
        r"ખેંચ\s+આવ|આંચકી",
        r"છાતીમાં\s+(?:ખૂબ\s+|બહુ\s+|સખત\s+)?(?:દુખાવો|દુખે)",
        r"(?:ખૂબ|બહુ)\s+લોહી|લોહી\s+(?:બંધ\s+નથી|રોકાતું\s+નથી)",
        r"(?:મોં|મોઢું)\s+વાંકું|બોલી\s+શકતા\s+નથી",
        r"(?:ઝેર|જંતુનાશક|કેરોસીન|બેટરી|સિક્કો)\s+(?:\S+\s+){0,2}(?:પી\s+ગયો|પી\s+ગઈ|પીધું|ગળી\s+ગયો|ગળી\s+ગઈ"
        r"|ખાઈ\s+ગયો)",
        r"ગળામાં\s+(?:\S+\s+)?ફસાઈ|ડૂબી\s+(?:ગયો|ગઈ)|કરંટ\s+લાગ્યો|હોઠ\s+વાદળી|સાપ\s+કરડ્યો",
        r"(?:ઝેર|જંતુનાશક|દવા|ગોળીઓ|બેટરી|સિક્કો)\s+(?:\S+\s+)?(?:પી|ખાઈ|ગળી)\s+(?:લીધ|ગયો|ગઈ)",
        r"શ્વાસ\s+(?:નથી\s+લેત(?:ા|ો|ી|ું)|લઈ\s+શકત(?:ા|ો|ી|ું)\s+નથી)",
        # the fourth file's lessons: a crooked mouth ("વાંકુ"), dark lips after swallowing a nut, scalded skin, not
        # moving after a fall or from water
        r"(?:મોં|મોઢું|મોઢુ)\s+(?:\S+\s+)?વાંક(?:ું|ુ)|બોલી\s+(?:નથી\s+શકત(?:ા|ો|ી)|શકત(?:ો|ી)\s+નથી)",
        r"હોઠ\s+(?:\S+\s+)?(?:કાળા|ભૂરા|વાદળી|જાંબલી)\s+(?:પડ|થઈ)|ગળી\s+(?:લીધ\S*|ગયો|ગઈ)[^.!?\n]{0,40}(?:ઉધરસ|શ્વાસ"
        r"|હોઠ|ગૂંગળ)",
        r"ચામડી\s+(?:\S+\s+)?(?:ઉખડી|ઊખડી|બળી)|(?:ઉકળતો|ઉકળતું|ઉકળતી|ગરમ\s+તેલ)[^.!?\n]{0,40}દાઝ",
        r"(?:પડી\s+ગ(?:ઈ|યો|યા)|ડૂબ\S*|કાઢી)[^.!?\n]{0,40}(?:હલત(?:ી|ો|ા)\s+નથી|ભાન\s+નથી|શ્વાસ\s+નથી)",
        r"ઘણું\s+લોહી|લોહી\s+(?:\S+\s+)?વહે\s+છે|(?:ચૂનો|એસિડ|કેમિકલ)\s+(?:\S+\s+)?(?:આંખમાં|આંખ\s+માં)"
        r"|આંખમાં\s+(?:ચૂનો|એસિડ|કેમિકલ)",
        r"હાથ\s+(?:\S+\s+)?લટકી\s+ગયો|અંડકોષમાં\s+(?:\S+\s+){0,2}દુખાવો",
        r"(?:ગર્ભ|પ્રેગ્નન્ટ|pregnant)\S*[^.!?\n]{0,60}(?:લોહી\s+(?:પડ|વહ|નીકળ)\S*|bleeding|પાણી\s+પડ)",
        r"નાડી\s+(?:નથી|બંધ)|CPR\s+આપી|માથામાં\s+(?:\S+\s+)?(?:વાગ્યું|ઈજા)[^.!?\n]{0,60}(?:ઉલ્ટી|ઊંઘ|બેભાન)",
        # the fifth and sixth files' lessons
        _either(r"એસિડ|તેજાબ|કેમિકલ|ચૂનો|bleach", r"આંખ\S*", 40),
        _either(r"મહિનો\s+(?:ચાલે|ચાલુ)|ગર્ભ\S*|પ્રેગ્નન્ટ|pregnant", r"લોહી\s+(?:પડ|વહ)\S*|રક્તસ્ત્રાવ|સખત\s+દુખાવો", 80),
        r"લોહી\s+(?:\S+\s+)?(?:બંધ\s+(?:જ\s+)?(?:નથી|થતું\s+નથી)|અટકતું\s+નથી|રોકાતું\s+નથી)",
        r"ધબકારા\s+(?:\S+\s+)?(?:ધીમા|બહુ\s+ધીમા|ખૂબ\s+ધીમા)|આંખો\s+(?:ફેરવ|ચડાવ)\S*",
        _either(r"છાતી\S*\s+(?:\S+\s+){0,2}(?:દુખાવો|દુઃખાવો|દબાણ|ભાર)", r"પરસેવ\S*|ડાબો\s+હાથ|ડાબા\s+હાથ|એમ્બ્યુલન્સ", 80),
    ],
    condition=[
        r"હાર્ટ\s+એટેક|હૃદયરોગનો\s+હુમલો|લકવો|સ્ટ્રોક",
    ],
    acute=[
        r"અચાનક|એમ્બ્યુલન્સ|મદદ\s*(?:કરો)?(?=\s*(?:[!,،]|$))|બચાવો|જલ્દી|ઝડપથી|શું\s+(?:કરું|કરીએ)|લાગે\s+છે|કદાચ",
    ],
    now=[r"હમણાં|અત્યારે"],
    background=[
        r"દાખલ|હોસ્પિટલમાં|(?:ઓપરેશન|સ્ટ્રોક|લકવા|એટેક)\s+પછી|રજા\s+આપી|એપોઇન્ટમેન્ટ|ફોલો[\s-]?અપ|પ્રિસ્ક્રિપ્શન|બિલ"
        r"|રિહેબ|વોર્ડ|મળવાનો\s+સમય",
    ],
    past=[
        r"ગઈકાલે|ગયા\s+(?:વર્ષે|મહિને|અઠવાડિયે)|(?:વર્ષ|મહિના|દિવસ)\s+પહેલા",
        r"ગઈ\s+કાલે|થયો\s+હતો|થઈ\s+હતી|થયા\s+હતા",
    ],
    fiction=[
        r"ફિલ્મ|સિરિયલ|વાર્તા|નવલકથા|સમાચાર|સપના",
        # nearly: an idiom, nothing happened
        r"આવતા\s+આવતા\s+રહી|માંડ\s+બચ",
    ],
    general=[r"જો\s+કોઈને|લક્ષણો\s+શું"],
    asking=[
        r"અગાઉથી|તાલીમ",
        # a task for a class, a course or an exam
        r"ફર્સ્ટ\s+એઇડ\s+(?:ક્લાસ|કોર્સ|તાલીમ)|પ્રાથમિક\s+સારવાર(?:ના)?\s+(?:ક્લાસ|વર્ગ|તાલીમ)|અસાઇનમેન્ટ|હોમવર્ક|પરીક્ષા\s+માટે",
    ],
    negation_after=[
        r"\s*(?:નથી)(?!\S)",
        r"\S{0,3}\s*વિચાર\S*\s+(?:નથી|આવતા\s+નથી)",
    ],
    resolved=[r"હવે\s+(?:\S+\s+)?(?:સારો|સારી|સારું|ઠીક)"],
)
# Tamil (spoken forms as people type them: "மூச்சு விட முடியல", "ரத்தம் நிக்கல")
_TAMIL = _Language(
    self_harm=[
        r"சாக\s*(?:போறேன்|போகிறேன்|வேண்டும்|விரும்புகிறேன்|ஆசை|போறா|போறான்)|சாகணும்|செத்துப்\s*போகணும்|தற்கொலை",
        r"(?:என்னை|தன்னை)\s+(?:நானே|தானே)\s+(?:கொல்ல|கொன்னு|மாய்த்து)|வாழ\s+(?:விருப்பமில்லை|விருப்பம்\s+இல்லை|பிடிக்கல|விரும்பவில்லை)"
        r"|இனி\s+வாழ\s+முடியாது",
        r"எல்லாத்தையும்\s+முடிச்சு|எல்லாம்\s+முடிச்சிடுவேன்|வாழ்க்கையை\s+முடிச்சுக்க",
        r"(?:கையை|கைய|மணிக்கட்டை)\s+(?:அறுத்துக்|வெட்டிக்|கீறிக்)|தூக்கு\s+(?:போட|மாட்ட)",
        r"(?:மாடி|பாலம்|பில்டிங்)\S*\s+(?:இருந்து\s+)?(?:குதிக்க|குதிச்சு)|திரும்ப\s+எழுந்திருக்க\s+மாட்ட",
        r"நான்\s+இல்லைனா\s+எல்லாரும்|நான்\s+ஒரு\s+சுமை",
        r"(?:குட்பை|goodbye|bye)\s+(?:மெசேஜ்|message)",
        r"சாகப்\s*(?:போறேன்|போகிறேன்|போறா|போறான்|போறேன்னு)",
        r"எல்லாருக்கும்\s+(?:குட்பை|பை|bye|goodbye)|யாருக்கும்\s+தொல்லை\s+இல்ல",
        # the fourth file's lessons: means bought and kept, "won't need it any more", "decided" with a wish, sorry to
        # everyone with a phone off, "don't look for me", cutting with a blade, a goodbye and a place
        r"(?:பூச்சி\s*மருந்து|விஷம்|எலி\s*மருந்து|தூக்க\s*மாத்திரை|கயிறு)\S*\s+(?:\S+\s+){0,4}(?:வாங்கி\s+(?:வச்சிருக்க"
        r"|வெச்சிருக்க)|வச்சிருக்க|குடிச்சிடுவேன்|குடிக்க\s+போறேன்)",
        _either(
            r"(?:சாவி|பைக்|phone|போன்|லேப்டாப்|பூனை|நாய்|வாட்ச்|புத்தக)\S*[^.!?\n]{0,30}(?:கொடுத்துட்ட|குடுத்துட்ட|கொடுத்துவிட்ட)\S*",
            r"இனி\s+(?:எனக்கு\s+)?(?:இது\s+)?(?:தேவைப்படாது|தேவையில்லை|வேண்டாம்)",
            80,
        ),
        _either(
            r"முடிச்சுக்குவேன்|முடிச்சுக்கப்\s*போறேன்|முடிவு\s+பண்ணிட்டேன்",
            r"வாழ\S*\s+(?:பிடிக்கல|விருப்பமில்லை)|சாக|தற்கொலை|fail|தூக்கு|விஷம்|பூச்சி\s*மருந்து",
            80,
        ),
        _either(
            r"(?:எல்லாருக்கும்|எல்லோருக்கும்)\s+(?:sorry|சாரி|மன்னிப்பு)",
            r"switch\s+off|ஆஃப்|தேட\s+வேண்டாம்|கடைசி",
            100,
        ),
        r"(?:என்னை|என்ன)\s+(?:யாரும்\s+)?தேட\s+வேண்டாம்|(?:blade|பிளேடு|கத்தி)\s+(?:வச்சு|வைத்து)\s+(?:\S+\s+)?(?:கிழிச்சு"
        r"|கீறி|வெட்டி)",
        _either(
            r"(?<!\S)(?:பாலம்|பாலத்து|ரயில்\s*(?:பாதை|தண்டவாளம்|track)|தண்டவாள|ஆத்து|கடல்|கடற்கரை|கிணறு)\S*",
            r"(?:எல்லாருக்கும்|எல்லோருக்கும்)\s+(?:bye|குட்பை)|குட்பை|மன்னிச்சிடு\S*|கடைசி\s+(?:மெசேஜ்|message|post)|திரும்ப\s+வர\s+மாட்ட\S*",
        ),
        _either(r"வேணும்னே|வேண்டுமென்றே", r"மாத்திரை\S*|மருந்து\S*", 40),
        r"நான்\s+(?:செத்துட்டா|செத்துப்போனா|இல்லாம\s+போனா)\s+(?:\S+\s+)?(?:நல்லது|நிம்மதி)|யாருக்கும்\s+நான்\s+தேவையில்லை",
        r"(?:திரும்பவும்|மறுபடியும்|மறுபடி)\s+(?:\S+\s+){0,3}(?:கீறி|கிழிச்சு|வெட்டி)\S*|(?:blade|பிளேடு)\s*(?:ல|ால|ஆல)\s+"
        r"(?:\S+\s+)?(?:கீறி|கிழி|வெட்டி)\S*|வாழ\s+(?:விருப்பம்|பிடிக்கல|ஆசை)\s+இல்ல(?!\S)",
        _either(r"முடிச்சுக்கிறேன்|முடிச்சுக்குவேன்", r"ராத்திரி|இன்னைக்கு|வாழ|சாக|நாளைக்கு", 60),
        # the fifth and sixth files' lessons
        _either(
            r"முடிவு\s+(?:பண்ணிட்டேன்|செய்துவிட்டேன்|எடுத்துட்டேன்)|பயமில்லை",
            r"எல்லாம்\s+(?:முடிஞ்சிடும்|முடிந்துவிடும்|முடிஞ்சுடும்)",
            80,
        ),
        _either(
            r"கிணற்\S*|கிணத்\S*|பாலத்\S*|தண்டவாள\S*|ரயில்\s+ட்ராக்\S*",
            r"கொடுத்துட்டேன்|குடுத்துட்டேன்|முடிவு\s+பண்ணிட்டேன்|திரும்ப\s+வர\s+மாட்ட\S*",
            100,
        ),
    ],
    emergency=[
        r"மூச்சு\s+(?:விட\s+முடியல|விட\s+முடியவில்லை|இல்ல|இல்லை|நின்னு|நின்று|திணறல்|வாங்குது)|மூச்சு\s+விடல"
        r"|சுவாசிக்க\s+முடியவில்லை",
        r"மயங்கி\s+(?:விழுந்த|கிடக்க)|மயக்கம்\s+(?:ஆயிட்ட|அடைந்த)|சுயநினைவு\s+(?:இல்லை|இல்ல)|நினைவு\s+இழந்த"
        r"|(?:கூப்பிட்டா|கூப்பிட்டாலும்|எழுப்பினாலும்)\s+(?:பதில்\s+இல்ல|எழுந்திருக்க)",
        r"வலிப்பு(?!\s*நோய்)|ஃபிட்ஸ்|fits\s+வந்த",
        r"நெஞ்சு\s*(?:வலி|ரொம்ப\s+வலிக்குது|வலிக்குது)|நெஞ்சுவலி",
        r"ரத்தம்\s+(?:நிக்கல|நிக்காம|நிற்கவில்லை|நிக்கவே\s+இல்ல|கொட்டுது)|நிறைய\s+ரத்தம்|இரத்தம்\s+நிற்கவில்லை"
        r"|ரத்த\s+வாந்தி|ரத்தம்\s+வாந்தி",
        r"முகம்\s+(?:ஒரு\s+பக்கம்\s+)?(?:கோணல|இழுத்து)|பேச\s+முடியல|பேச\s+முடியவில்லை",
        r"(?:விஷம்|பூச்சிக்கொல்லி|மண்ணெண்ணெய்|ப்ளீச்|பேட்டரி|காசு|நாணயம்)\S*\s+(?:\S+\s+){0,2}(?:குடிச்ச|குடித்த"
        r"|விழுங்கி|சாப்பிட்ட)",
        r"தொண்டையில\S*\s+(?:ஏதோ\s+)?மாட்டி|தொண்டையில்\s+சிக்கி|(?:தண்ணில|நீரில்)\s+மூழ்கி|கரண்ட்\s+(?:அடிச்சு|ஷாக்)"
        r"|மின்சாரம்\s+தாக்கி",
        r"உதடு\s+(?:நீலமா|நீலமாக|வீங்கி)|முகம்\s+நீலமா|தொண்டை\s+வீங்கி|பாம்பு\s+(?:கடிச்சு|கடித்து)"
        r"|கழுத்து\s+விறைப்ப|மறையாத\s+(?:சிவப்பு\s+)?புள்ளி",
        r"(?:காச|நாணய|பேட்டரி|பட்டன்|காந்த|மாத்திரை)\S*\s+(?:\S+\s+)?விழுங்க",
        r"நெஞ்சு\s+(?:அழுத்து|அடைக்கு)|வாய்\s+(?:கோணி|கோணல)|(?:வார்த்தை|பேச்சு)\s+குழறு|கண்\s+(?:திறக்கல|திறக்கவில்லை)",
        r"(?:டெட்டால்|ஹார்பிக்|பினாயில்)\S*\s+குடிச்",
        # the fourth file's lessons: pesticide drunk, a snake bite, a feverish floppy infant, breathing "விடவே முடியல",
        # waters broken, a double dose
        r"(?:பூச்சி\s*மருந்து|விஷம்|எலி\s*மருந்து|மண்ணெண்ணெய்|ஆசிட்|பினாயில்)\S*\s+(?:\S+\s+){0,5}(?:குடிச்சிட்ட|குடிச்சிருச்ச"
        r"|குடிச்ச|குடித்த|சாப்பிட்ட)",
        r"பாம்பு\s+(?:\S+\s+)?கடிச்\S*|(?:தேள்|தேனீ|குளவி)\S*\s+(?:\S+\s+)?(?:கொட்டி|கடிச்)\S*",
        r"(?:\d|ஒரு|ரெண்டு|மூணு)\s+(?:மாசம்|மாதம்|வாரம்)\S*[^.!?\n]{0,60}காய்ச்சல்[^.!?\n]{0,60}(?:பால்\s+குடிக்கல|துவண்டு"
        r"|உப்பி|அசைவில்ல)|(?:உடம்பு|உடல்)\s+துவண்டு",
        r"மூச்சு\s+(?:விடவே|விட)\s+முடியல|பனிக்குடம்\s+(?:உடைஞ்ச|உடைந்த)\S*|குழந்தை\s+வந்துடும்|(?:கர்ப்ப\S*|pregnant)"
        r"[^.!?\n]{0,60}(?:ரத்தம்\s+(?:போகுது|வருது|போச்சு|வந்துச்சு)|ரத்தப்போக்கு|bleeding|பனிக்குடம்)",
        _either(
            r"(?:மூணு|ரெண்டு|\d)\s+(?:தடவை|முறை)\s+(?:\S+\s+)?(?:குடுத்துட்ட|கொடுத்துட்ட|போட்டுட்ட)\S*",
            r"தூங்கு\S*|வாந்தி|மயக்க\S*|நடுங்கு\S*",
            60,
        ),
        _either(r"அடையாளம்\s+தெரியல", r"insulin|இன்சுலின்|சுகர்|sugar|மயக்க\S*|காய்ச்சல்", 80),
        r"உள்ள\s+இருக்கறது\s+வெளிய\s+தெரியுது|குடல்\s+வெளிய|(?:CPR|சிபிஆர்)\s+(?:பண்ணிட்டு|கொடுத்துட்டு)",
        r"விழுந்த\S*[^.!?\n]{0,40}(?:அசையல|எழுந்திருக்கல|பேசல|மூச்சு\s+(?:இல்ல|விடல))|தோல்\s+(?:\S+\s+)?உரி\S*"
        r"|தலையில\S*\s+(?:அடி|அடிபட்டு)[^.!?\n]{0,60}(?:வாந்தி|தூக்க|மயக்க)",
    ],
    condition=[
        r"மாரடைப்பு|ஹார்ட்\s+அட்டாக்|பக்கவாதம்|ஸ்ட்ரோக்|வலிப்பு\s*நோய்",
    ],
    acute=[
        r"இப்பவே|திடீர்னு|திடீரென|ஆம்புலன்ஸ்|உதவி\s+(?:பண்ணுங்க|செய்யுங்கள்)(?=\s*(?:[!,،]|$))|காப்பாத்து\S*|சீக்கிரம்"
        r"|அவசரம்|என்ன\s+(?:பண்றது|செய்வது)|(?:மாதிரி|போல)\s+இருக்கு|வந்துட்டு\s+இருக்கு",
    ],
    now=[r"இப்போ|இப்ப(?!\S)|இப்போது"],
    background=[
        r"அட்மிட்|மருத்துவமனையில்|ஆஸ்பத்திரியில்|ஆபரேஷன்|அறுவை\s+சிகிச்சை|டிஸ்சார்ஜ்|அப்பாயிண்ட்மெண்ட்|பில்|வார்டு"
        r"|(?:பக்கவாதத்துக்கு|ஸ்ட்ரோக்குக்கு|ஆபரேஷனுக்கு)\s+அப்புறம்",
    ],
    past=[
        r"நேத்து|நேற்று|போன\s+(?:வருஷம்|மாசம்|வாரம்|வருடம்|மாதம்)|(?:வருஷத்துக்கு|வருடத்திற்கு|மாசத்துக்கு|மாதத்திற்கு"
        r"|வாரத்துக்கு)\s+முன்னாடி|முன்பு|சின்ன\s+வயசுல",
    ],
    fiction=[
        r"படத்துல|படத்தில்|சினிமா|சீரியல்|கதையில|நாவல்|கேம்ல|செய்தியில்|நியூஸ்|கனவுல|கனவில்|சிரிச்சு",
        # prevention, volunteering, awareness, a documentary
        r"தடுப்பு|தன்னார்வ\S*|விழிப்புணர்வு|ஆவணப்பட\S*",
    ],
    # "யாராவது" is "someone" too ("யாராவது போகணும்", someone must go): a question only with "what to do", "how"
    general=[
        r"(?:யாருக்காவது|ஒருவருக்கு|யாராவது)\s[^.!?\n]{0,60}(?:என்ன\s+(?:செய்ய|பண்ண)|எப்படி)|\S+ால்\s+(?:என்ன\s+)?(?:செய்ய|பண்ண)|அறிகுறி\S*\s+என்ன"
    ],
    asking=[
        r"முன்னாடியே\s+தெரிஞ்சு|முன்கூட்டியே|முதலுதவி\s+(?:பயிற்சி|வகுப்பு)",
        # a task for a class, a course or an exam
        r"அசைன்மென்ட்|ஹோம்வொர்க்|ப்ராஜெக்ட்|தேர்வுக்கு|கல்லூரி\s+(?:ப்ராஜெக்ட்|பாடத்துக்கு)",
    ],
    resolved=[r"இப்போ\s+(?:\S+\s+)?(?:பரவாயில்லை|நல்லா\s+இருக்க)"],
    negation_before=[r"(?<!\S)(?:கொஞ்சம்|லேசா|லேசான)\s+"],
    negation_after=[
        r"\s*(?:இல்லை|இல்ல)(?!\S)",
        r"\s*(?:\S+\s+)?(?:மாட்டேன்|மாட்டான்|மாட்டாள்|மாட்டாங்க|மாட்டோம்)(?!\S)",  # won't (do it)
        # the fifth and sixth files' lessons
        r"\s*(?:எதுவும்|ஏதும்|ஒன்னும்|ஒன்றும்)\s+(?:இல்லை|இல்ல)(?!\S)",
    ],
    routine=[
        r"பார்வையாளர்\s+நேரம்|வார்டு|பிரிவு",
    ],
)
# Telugu
_TELUGU = _Language(
    self_harm=[
        r"(?:చనిపోవాలని|చచ్చిపోవాలని)\s+(?:ఉంది|అనిపిస్తోంది|అనుకుంటున్నా)|ఆత్మహత్య|నన్ను\s+నేను\s+చంపుకో",
        r"(?:బతకాలని|బ్రతకాలని)\s+లేదు|(?:ఇక\s+)?(?:బతకలేను|బ్రతకలేను)",
        r"అంతా\s+(?:ముగిస్తా|ముగించేస్తా|ముగిస్తాను)|జీవితం\s+ముగిం",
        r"(?:చేతులు|చేయి|మణికట్టు)\s+(?:\S+\s+)?కోసుకు|ఉరి\s+(?:వేసుకు|పోసుకు)",
        r"(?:బ్రిడ్జ్|వంతెన|బిల్డింగ్|మేడ)\s+(?:మీద|పైనుంచి|మీదకి|నుంచి)\s+(?:\S+\s+)?(?:దూకు|దూకేస్తా|వెళ్తున్నా)"
        r"|దూకేస్తా",
        r"నిద్ర\s+మాత్రలు[^.!?\n]{0,30}(?:లేవ|చనిపో)|ఇక\s+నాకు\s+అవసరం\s+లేదు|పురుగుల\s+మందు\s+తాగుతా",
        r"(?:చనిపోవాలనుకుంటున్న|చచ్చిపోవాలనుకుంటున్న)",
        r"రేపటికి\s+నేను\s+ఉండను|(?:అన్నీ|వస్తువులన్నీ)\s+(?:\S+\s+)?(?:పంచేశా|ఇచ్చేశా)",
        # the fourth file's lessons: pills on purpose, a whole strip, a rope on the fan, "a burden", a plan and a date
        r"(?:మాత్రలు|స్ట్రిప్|strip|టాబ్లెట్\S*|Dolo|డోలో)\S*[^.!?\n]{0,40}(?:కావాలనే|కావాలని)|(?:కావాలనే|కావాలని)\s+"
        r"(?:\S+\s+){0,4}(?:మాత్ర|స్ట్రిప్|టాబ్లెట్)",
        r"తాడు\s+కట్టి|ఫ్యాన్\s*(?:కి|కు)\s+(?:తాడు|చున్నీ)|(?:నేను\s+)?పోతే\s+(?:\S+\s+)?భారం\s+తగ్గు|(?:ఎవ్వరికీ|ఎవరికీ)"
        r"\s+భారం\s+కాను",
        r"(?:ఎలా\s+)?చనిపోవాలో\s+(?:\S+\s+)?(?:ప్లాన్|plan)|తేదీ\s+(?:కూడా\s+)?పెట్టుకున్నా|(?:నిద్ర\s+మాత్రలు|మాత్రలు)"
        r"\s+దాచుకుం\S*",
        r"(?:గాజు\s+ముక్క|బ్లేడ్|blade)\S*\s+(?:\S+\s+)?కోసుకుం\S*",
        _either(
            r"(?<!\S)(?:వంతెన|బ్రిడ్జ్|రైలు\s+పట్టాల|పట్టాల|నది|సముద్ర|చెరువు)\S*",
            r"అందరికీ\s+(?:bye|గుడ్\s*బై)|చివరి\s+(?:మెసేజ్|message|పోస్ట్)|తిరిగి\s+రాను",
        ),
        # the fifth and sixth files' lessons
        r"చనిపోవాలని\s+(?:\S+\s+)?నిర్ణయించుకున్న\S*|నిద్ర\s+మాత్రలు\s+(?:\S+\s+){0,2}దాచుకున్న\S*",
        _either(r"last\s+post|చివరి\s+(?:పోస్ట్|మెసేజ్)", r"switch\s+off|phone\s+off|ఫోన్\s+(?:ఆఫ్|స్విచ్)", 100),
        _either(r"నగలన్నీ|ఇచ్చి|ఇచ్చేసి\S*", r"జాగ్రత్తగా\s+చూసుకో\S*", 80),
    ],
    emergency=[
        r"ఊపిరి\s+(?:ఆడటం\s+లేదు|ఆడట్లేదు|తీసుకోవడం\s+కష్టం|తీసుకోలేక|ఆగిపోయింది|రావట్లేదు)|శ్వాస\s+(?:ఆడటం\s+లేదు"
        r"|తీసుకోవడం\s+లేదు|ఆగిపోయింది)",
        r"స్పృహ\s+(?:లేదు|కోల్పోయ|తప్పి)|స్పృహలో\s+లేరు|సొమ్మసిల్లి|పలకట్లేదు|పలకడం\s+లేదు",
        r"ఫిట్స్(?!\s+(?:ఉన్నాయి|ఉంది|వస్తాయి))|మూర్ఛ",
        r"ఛాతీ\s*(?:లో)?\s+(?:బాగా\s+|చాలా\s+)?నొప్పి|ఛాతి\s*(?:లో)?\s+నొప్పి|గుండె\s+నొప్పి",
        r"రక్తం\s+(?:ఆగట్లేదు|ఆగడం\s+లేదు|బాగా\s+కారుతోంది)|చాలా\s+రక్తం",
        r"(?:మూతి|నోరు)\s+వంకర|మాట్లాడలేక|మాట\s+రావట్లేదు",
        r"(?:పురుగుల\s+మందు|విషం|కిరోసిన్|బ్లీచ్|బ్యాటరీ|నాణెం)\s+(?:\S+\s+){0,2}(?:తాగేశా|తాగా|తాగింది|మింగేశా|మింగా"
        r"|మింగింది|తిన్నా)",
        r"గొంతులో\s+(?:\S+\s+)?ఇరుక్కు|గొంతు\s+మూసుకుపో|నీళ్ళలో\s+మునిగి|కరెంట్\s+షాక్|షాక్\s+కొట్టి|పెదవులు\s+నీలం"
        r"|పాము\s+కరిచ|నోట్లో\s+నురగ",
        r"ఎలుకల\s+మందు\s+(?:తిన్న|తాగ)",
        # the fourth file's lessons: collapsed with no pulse, a fall and unable to get up, a stiff neck with spots that
        # do not fade, scalded skin, breath "తీసుకోవడం లేదు"
        r"ఊపిరి\s+(?:తీసుకోవడం\s+లేదు|తీసుకోవట్లేదు|లేదు|ఆడక)|శ్వాస\s+(?:లేదు|తీసుకోవట్లేదు)",
        r"(?:pulse|పల్స్|నాడి)\s+(?:\S+\s+)?(?:దొరకడం\s+లేదు|దొరకట్లేదు|లేదు|తెలియడం\s+లేదు)|(?:CPR|సీపీఆర్)\s+"
        r"(?:చేస్తున్నా|ఇస్తున్నా)\S*|కుప్పకూలి(?:పోయా|పోయి|పోయింది|పోయాడు|పోయారు)",
        r"పడ(?:ిపోయ|ి)\S*[^.!?\n]{0,60}(?:లేవలేక|లేవడం\s+లేదు|కదపలేక|కదలడం\s+లేదు|మాట్లాడటం\s+లేదు|విరిగి)",
        r"మెడ\s+బిగుసుకు\S*|మచ్చలు\s+(?:\S+\s+)?నొక్కినా\s+(?:పోవడం\s+లేదు|పోవట్లేదు)",
        r"చర్మం\s+(?:\S+\s+)?(?:ఊడిపో|ఊడి|కాలి)\S*|కళ్ళు\s+(?:తెరవట్లేదు|తెరవడం\s+లేదు)|(?:కళ్ళు|పెదవులు|పెదాలు|ముఖం"
        r"|గొంతు)\s+(?:\S+\s+)?ఉబ్బి\S*|పెదాలు\s+నీలం",
        r"మునిగిపో\S*|కడుపు\s+(?:\S+\s+)?బండలా|కత్తితో\s+పొడిచినట్టు|(?:మొత్తం|పూర్తి)\s+(?:స్ట్రిప్|strip|సీసా)\s+(?:\S+\s+)?"
        r"(?:వేసుకు|మింగ|తాగ)|(?:గర్భ\S*|ప్రెగ్నెంట్|pregnant)[^.!?\n]{0,60}(?:రక్తం\s+(?:పోతోంది|వస్తోంది|పడుతోంది)|రక్తస్రావం|bleeding|ఉమ్మనీరు)",
        r"తలకి\s+(?:\S+\s+)?(?:దెబ్బ|గాయం)[^.!?\n]{0,60}(?:వాంతి|నిద్ర|స్పృహ)",
        # the fifth and sixth files' lessons
        r"నల్లగా\s+వాంతులు|రక్తం\s+వాంతి\S*|రక్తపు\s+వాంతులు|ఎముక\s+(?:బయటకు|బయటికి)",
        _either(r"delivery|డెలివరీ|ప్రసవ\S*|కాన్పు", r"bleeding|రక్తస్రావం|ప్యాడ్\S*\s+నిండి\S*|fits|ఫిట్స్", 80),
        _either(r"ఎండ\S*|వేడిగా|కాలిపోతోంది", r"చెమట\s+(?:లేదు|రావట్లేదు)", 60),
        _either(r"తల\s+(?:నుంచి|నుండి)\s+రక్తం", r"మాట్లాడట్లేదు|స్పృహ|కళ్ళు\s+తెరవ\S*", 60),
        r"మూతి\s+(?:ఒక\s+)?(?:పక్కకి|వైపుకు)\s+(?:వంగి|వంకర)\S*|మాట\s+ముద్దగా|చెయ్యి\s+లేపలేక\S*",
        r"(?:battery|బ్యాటరీ|అయస్కాంతం|magnet|coin|కాయిన్)\s+(?:\S+\s+)?మింగ\S*",
        r"పాము\S*\s+(?:\S+\s+)?కాటు|ఊపిరి\s+ఆడ(?:ట్లేదు|టం\s+లేదు)\S*",
    ],
    condition=[
        r"గుండెపోటు|హార్ట్\s+అటాక్|పక్షవాతం|స్ట్రోక్|ఫిట్స్\s+(?:ఉన్నాయి|ఉంది|వస్తాయి)",
    ],
    acute=[
        r"ఇప్పుడే|అకస్మాత్తుగా|ఉన్నట్టుండి|అంబులెన్స్|సహాయం\s*(?:చేయండి)?(?=\s*(?:[!,،]|$))|కాపాడండి|త్వరగా|అర్జెంట్"
        r"|ఏం\s+చేయాలి|ఏమి\s+చేయాలి|అనిపిస్తోంది|లా\s+ఉంది|వస్తోంది",
    ],
    now=[r"ఇప్పుడు"],
    background=[
        r"అడ్మిట్|ఆసుపత్రిలో|హాస్పిటల్\s*లో|ఆపరేషన్|(?:స్ట్రోక్|పక్షవాతం|అటాక్)\s+తర్వాత|డిశ్చార్జ్|అపాయింట్మెంట్"
        r"|ఫాలో\s+అప్|ప్రిస్క్రిప్షన్|బిల్లు|రిహాబ్",
    ],
    past=[
        r"నిన్న|మొన్న|(?:పోయిన|గత)\s+(?:సంవత్సరం|నెల|వారం)|(?:సంవత్సరాల|నెలల|ఏళ్ళ)\s+క్రితం|చిన్నప్పుడు"
        r"|వచ్చి\s+పోయింది",
        r"క్రితం|చనిపోయా\S*|చనిపోయి\S*",
    ],
    fiction=[
        r"సినిమా|సీరియల్|కథలో|నవల|గేమ్|వార్తల్లో|కలలో",
    ],
    general=[r"\S+తే\s+(?:ఏ|ఏం|ఏమి)\s|లక్షణాలు\s+ఏమిటి"],
    asking=[
        r"ముందుగానే\s+తెలుసుకో|శిక్షణ",
        # a task for a class, a course or an exam
        r"అసైన్మెంట్|హోంవర్క్|ప్రాజెక్ట్\s+కోసం|పరీక్ష\s+కోసం|హెల్త్\s+క్యాంప్|కాలేజీ\s+(?:ప్రాజెక్ట్|అసైన్మెంట్)",
    ],
    resolved=[r"ఇప్పుడు\s+(?:బాగానే|బాగుంది|ఏమీ\s+లేదు)"],
    negation_before=[r"(?<!\S)(?:కొంచెం|స్వల్ప)\s+"],
    negation_after=[
        r"\s*(?:లేదు|లేవు|రాలేదు)(?!\S)",
        r"\s*ఆలోచన\S*\s+(?:లేదు|లేవు|రావు|రావడం\s+లేదు)",
        r"\s*(?:ఏం|ఏమీ|ఏమి|అస్సలు|ఎప్పుడూ)\s+(?:లేదు|లేవు|రాలేదు)(?!\S)",
    ],
    routine=[
        r"సందర్శన\s+సమయం|వార్డు|విభాగం",
    ],
)
# Kannada
_KANNADA = _Language(
    self_harm=[
        r"ಸಾಯಬೇಕು|ಸಾಯೋಕೆ\s+(?:ಇಷ್ಟ|ಹೋಗ್ತೀನಿ)|ಆತ್ಮಹತ್ಯೆ|ನನ್ನನ್ನು\s+ನಾನೇ\s+ಕೊಂದು",
        r"(?:ಬದುಕಲು|ಬದುಕೋಕೆ)\s+(?:ಇಷ್ಟವಿಲ್ಲ|ಇಷ್ಟ\s+ಇಲ್ಲ|ಆಗುತ್ತಿಲ್ಲ)|ಜೀವನ\s+ಮುಗಿಸ|ಎಲ್ಲಾ\s+ಮುಗಿಸ್ತೀನಿ",
        r"ಕೈ\s+ಕೊಯ್ದುಕೊಂ|ನೇಣು|(?:ಸೇತುವೆ|ಮಹಡಿ)\S*\s+(?:\S+\s+)?ಹಾರ|ನಿದ್ರೆ\s+ಮಾತ್ರೆ[^.!?\n]{0,30}(?:ಏಳ|ಸಾಯ)",
    ],
    emergency=[
        r"ಉಸಿರಾಡುತ್ತಿಲ್ಲ|ಉಸಿರು\s+(?:ಆಡ್ತಿಲ್ಲ|ನಿಂತಿದೆ|ಕಟ್ಟುತ್ತಿದೆ)|ಉಸಿರಾಡಲು\s+(?:ಆಗುತ್ತಿಲ್ಲ|ಕಷ್ಟ)",
        r"ಪ್ರಜ್ಞೆ\s+(?:ಇಲ್ಲ|ತಪ್ಪಿ|ಕಳೆದುಕೊಂಡ)|ಪ್ರಜ್ಞಾಹೀನ|ಮೂರ್ಛೆ|ಎಚ್ಚರ\s+(?:ಆಗುತ್ತಿಲ್ಲ|ಆಗ್ತಿಲ್ಲ)|ಸ್ಪಂದಿಸುತ್ತಿಲ್ಲ",
        r"ಫಿಟ್ಸ್|ಸೆಳೆತ",
        r"ಎದೆ\s*(?:ಯಲ್ಲಿ)?\s+(?:ತುಂಬಾ\s+)?ನೋವು|ಎದೆನೋವು",
        r"ತುಂಬಾ\s+ರಕ್ತ|ರಕ್ತ\s+(?:ನಿಲ್ಲುತ್ತಿಲ್ಲ|ನಿಲ್ತಿಲ್ಲ|ಸುರಿಯುತ್ತಿದೆ)",
        r"(?:ಬಾಯಿ|ಮುಖ)\s+(?:\S+\s+)?ಸೊಟ್ಟ|ಮಾತನಾಡಲು\s+ಆಗುತ್ತಿಲ್ಲ|ಮಾತಾಡೋಕೆ\s+ಆಗ್ತಿಲ್ಲ",
        r"(?:ವಿಷ|ಕೀಟನಾಶಕ|ಬ್ಯಾಟರಿ|ನಾಣ್ಯ|ಸೀಮೆಎಣ್ಣೆ)\S*\s+(?:\S+\s+){0,2}(?:ಕುಡಿದ|ನುಂಗಿ|ತಿಂದ)",
        r"ಗಂಟಲಲ್ಲಿ\s+(?:\S+\s+)?ಸಿಕ್ಕಿ|ನೀರಿನಲ್ಲಿ\s+ಮುಳುಗ|ಕರೆಂಟ್\s+ಶಾಕ್|ವಿದ್ಯುತ್\s+ಆಘಾತ|ತುಟಿ\s+ನೀಲಿ|ಹಾವು\s+ಕಚ್ಚಿ",
    ],
    condition=[
        r"ಹೃದಯಾಘಾತ|ಹಾರ್ಟ್\s+ಅಟ್ಯಾಕ್|ಪಾರ್ಶ್ವವಾಯು|ಸ್ಟ್ರೋಕ್",
    ],
    acute=[
        r"ಈಗಲೇ|ಇದ್ದಕ್ಕಿದ್ದಂತೆ|ಆಂಬುಲೆನ್ಸ್|ಸಹಾಯ\s*(?:ಮಾಡಿ)?(?=\s*(?:[!,،]|$))|ಬೇಗ|ಏನು\s+ಮಾಡಲಿ|ಅನಿಸುತ್ತಿದೆ",
    ],
    now=[r"ಈಗ"],
    background=[
        r"ಅಡ್ಮಿಟ್|ಆಸ್ಪತ್ರೆಯಲ್ಲಿ|ದಾಖಲ|ಆಪರೇಷನ್|ಡಿಸ್ಚಾರ್ಜ್|ಅಪಾಯಿಂಟ್ಮೆಂಟ್|ಬಿಲ್|ವಾರ್ಡ್",
    ],
    past=[r"ನಿನ್ನೆ|ಮೊನ್ನೆ|ಕಳೆದ\s+(?:ವರ್ಷ|ತಿಂಗಳು|ವಾರ)|(?:ವರ್ಷಗಳ|ತಿಂಗಳ|ವರ್ಷದ)\s+ಹಿಂದೆ"],
    fiction=[r"ಸಿನಿಮಾ|ಧಾರಾವಾಹಿ|ಕಾದಂಬರಿ|ಸುದ್ದಿ"],
    general=[r"ಯಾರಿಗಾದರೂ|ಲಕ್ಷಣಗಳು\s+ಏನು"],
    asking=[
        r"ಮುಂಚಿತವಾಗಿ|ತರಬೇತಿ",
        # a task for a class, a course or an exam
        r"ಅಸೈನ್ಮೆಂಟ್|ಹೋಂವರ್ಕ್|ಪ್ರಾಜೆಕ್ಟ್ಗಾಗಿ|ಪರೀಕ್ಷೆಗಾಗಿ",
    ],
    negation_after=[r"\s*ಇಲ್ಲ(?!\S)"],
)
# Malayalam
_MALAYALAM = _Language(
    self_harm=[
        r"മരിക്കണം|(?:മരിക്കാൻ|ചാകാൻ)\s+(?:തോന്നുന്നു|ആഗ്രഹ|പോകുന്നു)|ചാകണം|ആത്മഹത്യ|എന്നെ\s+ഞാൻ\s+(?:തന്നെ\s+)?കൊല്ല|സ്വയം\s+കൊല്ല",
        r"ജീവിക്കാൻ\s+(?:ആഗ്രഹമില്ല|താല്പര്യമില്ല|വയ്യ|തോന്നുന്നില്ല)|(?:ജീവിതം|എല്ലാം)\s+അവസാനിപ്പിക്ക",
        r"(?:കൈ|ഞരമ്പ്)\s+മുറിച്ചു|സ്വയം\s+മുറിവേൽപ്പിക്കു|തൂങ്ങി\s+(?:മരിക്ക|ചാക)|ഉറക്ക\s*ഗുളിക[^.!?\n]{0,30}(?:ഉണര|മരി)",
        # the fourth file's lessons: bye to everyone by the tracks, "I won't be here", means gathered, on purpose
        _either(
            r"(?:എല്ലാവരോടും|എല്ലാരോടും)\s+(?:bye|ബൈ|യാത്ര)\s+(?:പറഞ്ഞു|പറയുന്നു)|അവസാന(?:ത്തെ)?\s+(?:മെസ്സേജ്|message|പോസ്റ്റ്)",
            r"ട്രാക്ക\S*|പാളം\S*|പാലം\S*|പാലത്തി\S*|പുഴ\S*|കടൽ\S*|ടെറസ്\S*|ഫോൺ\s+ഓഫ്",
            80,
        ),
        r"ഇനി\s+(?:ഞാൻ\s+)?ഉണ്ടാവില്ല|(?:ഉറക്ക\s*ഗുളിക|ഗുളികകൾ|വിഷം|കയർ)\S*\s+(?:\S+\s+)?(?:ശേഖരിച്ചു|വാങ്ങി\s+വച്ചു|ഒളിപ്പിച്ചു)",
        r"(?:മനഃപൂർവ്വം|മനപ്പൂർവ്വം|മനഃപൂർവം|മനപൂർവം)\s+(?:\S+\s+){0,3}(?:ഗുളിക|മരുന്ന്)|(?:ഗുളിക|മരുന്ന്)\S*\s+(?:\S+\s+){0,3}"
        r"(?:മനഃപൂർവ്വം|മനപ്പൂർവ്വം|മനഃപൂർവം|മനപൂർവം)|വീണ്ടും\s+(?:\S+\s+)?(?:കൈ|ഞരമ്പ്)\s+മുറിച്ചു",
        _either(
            r"(?:ഫോൺ|ബൈക്ക്|സാധനങ്ങൾ|പൂച്ച|വാച്ച്|ലാപ്ടോപ്പ്)\S*\s+(?:\S+\s+){0,3}(?:കൊടുത്തു|നൽകി)",
            r"ഇനി\s+(?:എനിക്ക്\s+)?(?:ആവശ്യമില്ല|വേണ്ട)",
            60,
        ),
        r"ഞാൻ\s+(?:മരിച്ചാൽ|ഇല്ലെങ്കിൽ)\s+(?:\S+\s+)?(?:നല്ലത്|സമാധാനം)|ആർക്കും\s+(?:എന്നെ\s+)?വേണ്ട",
        # the fifth and sixth files' lessons
        _either(
            r"പുഴ\S*|പാലം|പാലത്ത\S*|റെയിൽ\S*|ട്രാക്ക്\S*|കടൽ\S*", r"തിരിച്ചു\s+വരില്ല|last\s+post|ഇനി\s+വയ്യ|ആവശ്യമില്ല|കൊടുത്തു", 100
        ),
        _either(r"കയർ", r"sorry|മുറി\s+പൂട്ടി|ഇനി\s+വയ്യ|മരിക്ക", 100),
        r"ആരെയും\s+ബുദ്ധിമുട്ടിക്കില്ല",
    ],
    emergency=[
        r"ശ്വാസം\s+(?:കിട്ടുന്നില്ല|എടുക്കുന്നില്ല|നിലച്ചു|മുട്ടുന്നു)|ശ്വാസമെടുക്കാൻ\s+(?:പറ്റുന്നില്ല|ബുദ്ധിമുട്ട്)",
        r"ബോധം\s+(?:ഇല്ല|പോയി|കെട്ടു|നഷ്ടപ്പെട്ടു)|ബോധമില്ല|ബോധക്ഷയം|പ്രതികരിക്കുന്നില്ല",
        r"ഫിറ്റ്സ്",
        r"നെഞ്ചു?\s*വേദന|നെഞ്ചിൽ\s+(?:ശക്തമായ\s+)?വേദന",
        r"(?:ഒരുപാട്|ധാരാളം)\s+(?:രക്തം|ചോര)|(?:രക്തം|ചോര)\s+(?:നിൽക്കുന്നില്ല|നിലയ്ക്കുന്നില്ല)",
        r"(?:മുഖം|വായ)\s+(?:\S+\s+)?കോടി|സംസാരിക്കാൻ\s+(?:പറ്റുന്നില്ല|കഴിയുന്നില്ല)",
        r"(?:വിഷം|കീടനാശിനി|മണ്ണെണ്ണ|ബാറ്ററി|നാണയം)\s+(?:\S+\s+){0,2}(?:കുടിച്ചു|വിഴുങ്ങി|കഴിച്ചു)",
        r"തൊണ്ടയിൽ\s+(?:\S+\s+)?കുടുങ്ങി|വെള്ളത്തിൽ\s+മുങ്ങി|(?:ഷോക്ക്|കറന്റ്)\s+അടിച്ചു|ചുണ്ട്\s+നീല|പാമ്പ്\s+കടിച്ചു",
        # the fourth file's lessons: a fall and not moving, no breath after drowning, no feeling in the legs
        r"(?:വീണു|വീണ്|മുങ്ങി)[^.!?\n]{0,60}(?:അനങ്ങുന്നില്ല|അനക്കമില്ല|ശ്വാസമില്ല|ബോധമില്ല|feeling\s+ഇല്ല)|ശ്വാസമില്ല"
        r"|ശ്വാസം\s+ഇല്ല",
        r"(?:കാലിന്|കാലുകൾക്ക്)\s+(?:\S+\s+){0,2}(?:feeling|തോന്നൽ|സ്പർശം)\s+ഇല്ല|(?:പുഴയിൽ|കുളത്തിൽ|കടലിൽ|കിണറ്റിൽ)\S*"
        r"\s+(?:\S+\s+){0,3}മുങ്ങി",
        r"നെഞ്ച്\S*\s+(?:\S+\s+)?(?:വേദന|ഭാരം|അമർത്ത)\S*|ഒരു\s+വശം\s+(?:\S+\s+)?(?:തളർന്നു|ബലമില്ല)|കൈ\s+(?:\S+\s+)?"
        r"(?:ഉയർത്താൻ\s+പറ്റുന്നില്ല|തളർന്നു)",
        r"(?:ചുണ്ട്|മുഖം|തൊണ്ട)\S*\s+(?:\S+\s+)?(?:വീങ്ങി|തടിച്ചു)|(?:വിഷം|കീടനാശിനി|എലിവിഷം)\S*\s+(?:\S+\s+){0,4}(?:കുടിച്ചു"
        r"|കഴിച്ചു)",
        r"വായിൽ\s+(?:നിന്ന്\s+)?നുര|നുരയും\s+പതയും|(?:ഗർഭിണി|pregnant|ഗർഭ)\S*[^.!?\n]{0,60}(?:(?:രക്തം|ചോര)\s+(?:പോകുന്നു|വരുന്നു|പോയി)|രക്തസ്രാവം|bleeding"
        r"|വെള്ളം\s+പോയി)|തൊലി\s+(?:\S+\s+)?(?:പൊളിഞ്ഞു|അടർന്നു)",
        r"(?:പൾസ്|pulse|നാഡി)\s+(?:ഇല്ല|കിട്ടുന്നില്ല)|CPR\s+കൊടുക്കുന്നു",
        # the fifth and sixth files' lessons
        _either(
            r"തലയിൽ\s+(?:\S+\s+)?വീണു|തല\s+(?:\S+\s+)?ഇടിച്ചു|തലയ്ക്ക്\s+(?:\S+\s+)?(?:അടി|ഇടി)",
            r"ഛർദി\S*|ഉറക്കം\s+തൂങ്ങ\S*|മറുപടി\s+ഇല്ല",
            80,
        ),
        _either(r"sugar|ഷുഗർ|പഞ്ചസാര", r"മറുപടി\s+ഇല്ല|ബോധം\s+(?:ഇല്ല|പോയി)|വിയർപ്പ്\S*|വിറയൽ\S*", 60),
        r"കണ്ണ്\s+(?:\S+\s+)?മുകളിലേക്ക്\s+(?:മറിഞ്ഞു|മറിയുന്നു|പോയി)|ശരീരം\s+മുഴുവൻ\s+വിറയ്ക്കുന്നു",
        _either(r"തീപിടി\S*|തീ\s+പിടി\S*", r"കരിഞ്ഞു|ശബ്ദം\s+അടഞ്ഞു|കറുത്ത\s+കഫം", 80),
    ],
    condition=[
        r"അപസ്മാരം|ഹൃദയാഘാതം|ഹാർട്ട്\s+അറ്റാക്ക്|പക്ഷാഘാതം|സ്ട്രോക്ക്",
    ],
    acute=[
        r"പെട്ടെന്ന്|ആംബുലൻസ്|സഹായിക്ക\S*(?=\s*(?:[!,،]|$))|രക്ഷിക്ക\S*|വേഗം|എന്ത്\s+ചെയ്യണം|തോന്നുന്നു",
    ],
    now=[r"ഇപ്പോൾ|ഇപ്പൊ|ഇപ്പോ"],
    background=[
        r"അഡ്മിറ്റ്|ആശുപത്രിയിൽ|ഓപ്പറേഷൻ|ശസ്ത്രക്രിയ|ഡിസ്ചാർജ്|അപ്പോയിന്റ്മെന്റ്|ഫോളോ\s+അപ്പ്|കുറിപ്പടി|ബിൽ|വാർഡ്"
        r"|റീഹാബ്|(?:പക്ഷാഘാതത്തിന്|സ്ട്രോക്കിന്)\s+ശേഷം",
    ],
    past=[r"ഇന്നലെ|കഴിഞ്ഞ\s+(?:വർഷം|മാസം|ആഴ്ച)|(?:വർഷം|വർഷങ്ങൾ|മാസം)\s+മുമ്പ്"],
    fiction=[
        r"സിനിമ|സീരിയൽ|നോവൽ|വാർത്ത",
        r"ചൂട്\s+എന്നെ",
        r"സീരിയലി|സിനിമയി|നോവലി",
    ],
    general=[r"ആർക്കെങ്കിലും[^.!?\n]{0,40}ാൽ(?!\S)|ലക്ഷണങ്ങൾ\s+എന്ത"],  # "if anyone ..."
    asking=[
        r"മുൻകൂട്ടി|പരിശീലനം",
        # a task for a class, a course or an exam
        r"അസൈൻമെന്റ്|ഹോംവർക്ക്|പ്രോജക്ടിന്|പരീക്ഷയ്ക്ക്",
        # the fifth and sixth files' lessons
        r"തടയൽ|ബോധവൽക്കരണ\S*",
    ],
    negation_after=[r"\s*ഇല്ല(?!\S)"],
)
# Sinhala
_SINHALA = _Language(
    self_harm=[
        r"මැරෙන්න\s+(?:ඕනෙ|ඕනේ|ඕන|හිතෙනවා|යනවා)|සියදිවි|ආත්මඝාත|මාව\s+(?:මම\s+)?මරාගන්න",
        r"ජීවත්\s+වෙන්න\s+(?:ඕනෙ|ඕනේ|ඕන)\s+(?:නැහැ|නෑ)|ජීවත්\s+වෙන්න\s+බැහැ|(?:ඔක්කොම|ජීවිතේ)\s+ඉවර\s+කරනවා",
        r"අත\s+කපාගන්න|අත\s+කපාගත්තා|එල්ලිලා\s+මැරෙ|එල්ලෙන්න",
        r"වස\s+(?:බොන්න|බොනවා)|ආයෙ\s+(?:ඇහැරෙන්නේ|ඇහැරෙන්නෙ|නැගිටින්නෙ)\s+(?:නැද්ද|නැති)|පෙති\s+කීයක්",
        r"මැරෙන්න\s+(?:හිතනවා|හිතුවා)",
        r"සමාවෙන්න[^.!?\n]{0,30}ලියුම|ජීවිතේ\s+එපා|පෙති\s+ඔක්කොම\s+(?:බොනවා|බිව්වා)",
        # the fourth file's lessons: taking leave of everyone, by a bridge, poison kept, "no one would mind"
        r"සමු\s*(?:ගන්නවා|ගත්තා)\s+(?:\S+\s+)?(?:හැමෝගෙන්ම|හැමෝගෙන්|ඔක්කොගෙන්ම)|(?:හැමෝගෙන්ම|හැමෝටම)\s+(?:\S+\s+)?සමු",
        _either(
            r"(?<!\S)(?:පාලම|දුම්රිය\s+පීල්ල|රේල්\s+පාර|ගඟ|මුහුද|කඳු\s+මුදුන)\S*",
            r"සමු\s*(?:ගන්නවා|ගත්තා)|අන්තිම\s+(?:මැසේජ්|පණිවිඩය)|ආයෙ\s+එන්නේ\s+(?:නෑ|නැහැ)",
        ),
        _either(
            r"(?:වස|කෘමිනාශක|වල්\s+නාශක)\s*(?:බෝතලය|බෝතලයක්)",
            r"හංගලා|තියාගෙන|අරන්|බොනවා|phone\s+එක\s+off|මතක්\s+කරන්නේ\s+(?:නෑ|නැහැ)",
            80,
        ),
        r"(?:මම\s+)?නැති\s+(?:වුණාම|වුනාම|වුණොත්)\s+(?:\S+\s+){0,3}(?:කරදරයක්\s+(?:නෑ|නැහැ)|හොඳයි|සැනසිල්ලේ)|දේවල්\s+"
        r"ඔක්කොම\s+(?:\S+\s+)?දුන්නා|ආයෙ\s+(?:මට\s+)?ඒවා\s+ඕනෙ\s+(?:නැහැ|නෑ)|මැරෙනකම්",
        _either(r"හිතාමතාම|දැනදැනම|හිතලාම", r"පෙති|බෙහෙත්", 40),
        # the fifth and sixth files' lessons
        _either(r"train|දුම්රිය\S*|පාලම\S*|ගඟට|වැවට", r"පනිනවා|පනින්න", 60),
        r"ඔක්කොම\s+ඉවර\s+කරන්න\s+(?:හිතා|හිතාගෙන|යනවා)|අද\s+රෑ\s+ඔක්කොම\s+ඉවරයි",
        _either(r"කෘමිනාශක\S*|වස\s+බෝතල\S*", r"ඔක්කොම\s+ඉවරයි|අද\s+රෑ", 80),
        _either(r"මගේ\s+දරුවන්ව?\s+බලාගන්න", r"phone\s+එක\s+off|off|ඕෆ්", 80),
        _either(r"දුම්රිය\s+පීල්ල\S*|පීල්ල\S*|පාලම\S*", r"බෙදුවා|දුන්නා|ඔක්කොම", 100),
    ],
    emergency=[
        r"හුස්ම\s+(?:ගන්නේ|ගන්නෙ)\s+(?:නැහැ|නෑ)|හුස්ම\s+ගන්න\s+(?:බැහැ|අමාරුයි)|හුස්ම\s+(?:හිරවෙලා|නවතිලා)",
        r"සිහිය\s+(?:නැහැ|නෑ|නැතුව|නැති\s+වුණා|නැතිවෙලා)|සිහිසුන්|ක්ලාන්ත\s+(?:වුණා|වෙලා)|ඇහැරෙන්නේ\s+නැහැ"
        r"|උත්තර\s+දෙන්නේ\s+නැහැ",
        r"වලිප්පු",
        r"පපුවේ\s+(?:දරුණු\s+)?(?:කැක්කුම|වේදනාව|රිදෙනවා)|පපුව\s+රිදෙනවා",
        r"ලේ\s+(?:ගොඩක්|නවතින්නේ\s+නැහැ|නවතින්නෑ|ගලනවා)|ගොඩක්\s+ලේ",
        r"මුහුණ\s+(?:එක\s+පැත්තකට\s+)?ඇද|කතා\s+කරන්න\s+බැහැ",
        r"(?:වස|කෘමිනාශක|භූමිතෙල්|බැටරි|කාසි)\S*\s+(?:\S+\s+){0,2}(?:බිව්වා|බීලා|ගිල්ලා|කෑවා)",
        r"උගුරේ\s+(?:\S+\s+)?හිර|වතුරේ\s+ගිලිලා|කරන්ට්\s+(?:වැදුණා|වැදිලා)|තොල්\s+නිල්",
        r"(?:නයෙක්|සර්පයෙක්|සපෙක්)\s+(?:\S+\s+)?(?:දෂ්ට\s+කළා|කෑවා)",
        r"සිහිය\s+නැතිව|සිහි\s+නැතිව",
        # the fourth file's lessons: the colloquial "බෑ" and "නෑ", a crooked mouth, bleeding that cannot be stopped,
        # an electric shock, breath that cannot be seen
        r"ලේ\s+(?:\S+\s+){0,3}(?:නවත්තන්න|නවතින්නේ|නවතින්නෙ)\s+(?:බෑ|බැහැ|නෑ|නැහැ)|ලේ\s+(?:පිට\s+වෙනවා|ගලනවා|විදිනවා)",
        r"(?:කට|මූණ|මුහුණ)\s+(?:\S+\s+)?ඇද|කතා\s+කරන්න\s+(?:බෑ|බැහැ|බැරි)|කතා\s+කරන්නේ\s+(?:නෑ|නැහැ)",
        r"පපුවේ\s+(?:\S+\s+){0,2}(?:වේදනා|කැක්කුම|රිදෙනවා|තද)\S*|දහඩිය\s+(?:දානවා|දාලා)",
        r"(?:current|කරන්ට්|විදුලි)\s+(?:\S+\s+)?(?:වැදුනා|වැදුණා|වැදිලා|සැර)|ඇහැරෙන්නේ\s+(?:නෑ|නැහැ)|(?:ඇහැරවන්න|අවදි\s+කරන්න)"
        r"\s+(?:බෑ|බැහැ)",
        r"හුස්ම\s+(?:නෑ|නැහැ|නැති)|හුස්ම\s+ගන්නවද\s+කියලා\s+තේරෙන්නේ\s+(?:නෑ|නැහැ)|හුස්ම\s+(?:ගොඩක්\s+)?හෙමින්",
        r"(?:වැටුණා|වැටිලා)[^.!?\n]{0,60}(?:නැගිටින්නේ\s+(?:නෑ|නැහැ)|සිහිය\s+(?:නෑ|නැහැ|නැති)|ගැහෙනවා)|ගැහෙනවා[^.!?\n]{0,20}නවතින්නේ\s+(?:නෑ|නැහැ)",
        r"(?:ගොඩක්|ශරීරයේ|මුළු\s+ඇඟ)\S*\s+(?:\S+\s+){0,3}(?:පිච්චුණා|පිච්චිලා)|අත\s+(?:කැඩිලා|ඇදවෙලා)[^.!?\n]{0,40}(?:සීතල|දැනෙන්නේ\s+(?:නෑ|නැහැ))|(?:ගර්භණී|pregnant)"
        r"\S*[^.!?\n]{0,60}(?:ලේ\s+(?:යනවා|එනවා|ගියා)|bleeding)",
        r"(?:ගහකින්|ගහෙන්|උඩින්|තට්ටුවෙන්|ඉණිමඟෙන්)\s+(?:\S+\s+)?වැටුණා|මාසික\s+(?:\S+\s+)?පරක්කු[^.!?\n]{0,60}(?:කැක්කුම|ලේ"
        r"|ක්ලාන්ත)",
        r"(?:නාඩිය|pulse\s+එක)\s+(?:නෑ|නැහැ|දැනෙන්නේ\s+(?:නෑ|නැහැ))|CPR\s+දෙනවා|හම\s+(?:ගැලවිලා|ගැලවෙනවා)",
        # the fifth and sixth files' lessons
        r"ඇඟ\s+ලිහිල්|ඇස්\s+අරින්නෙ?\s+(?:නෑ|නැහැ)",
        _either(r"මාස\s*\d+|ගැබ්|pregnant", r"bleeding|ලේ\s+(?:යනවා|ගලනවා)", 60),
        _either(r"වමනේ|වමන\S*|බඩ\s+යනවා", r"මුත්\S?රා\s+(?:\S+\s+)?නැහැ|කතා\s+කරන්නත්\s+බැරි", 80),
        _either(r"රතු\s+(?:\S+\s+)?(?:පැල්ලම්|ලප)", r"තද\s+කළත්", 60),
        r"අත්\s+(?:\S+\s+)?හිරිවැටි\S*|හිරි\s+වැටිලා",
    ],
    condition=[
        r"අපස්මාර|හෘදයාබාධ|හාට්\s+ඇටෑක්|ආඝාත",
    ],
    acute=[
        r"හදිසියේ|එකපාරටම|ගිලන්\s+රථ|ඇම්බියුලන්ස්|උදව්\s*(?:කරන්න)?(?=\s*(?:[!,،]|$))|බේරගන්න|ඉක්මනට|මොකද\s+කරන්නේ|වගේ"
        r"|හිතෙනවා",
    ],
    now=[r"දැන්"],
    background=[
        r"ඇඩ්මිට්|රෝහලේ|වාට්ටුව\S*|(?:ආඝාතයෙන්|ශල්‍යකර්මයෙන්|අංශභාගයෙන්)\s+පස්සේ|ඩිස්චාජ්|හමුවෙන්න|වෙලාවක්\s+ඕනේ"
        r"|තුණ්ඩුව|බිල|පුනරුත්ථාපන",
    ],
    past=[
        r"ඊයේ|පෙරේදා|(?:පහුගිය|ගිය)\s+(?:අවුරුද්දේ|මාසේ|සතියේ)|(?:අවුරුදු|මාස|සති)\s+\S*\s*කට\s+කලින්",
    ],
    fiction=[
        r"චිත්රපටි|ෆිල්ම්|ටෙලි|නවකතා|පුවත්|හීනෙන්",
        # the fifth and sixth files' lessons
        r"teledrama|ටෙලිනාට්\S*",
    ],
    general=[r"කවුරු(?:හරි|හෝ)\s[^.!?\n]{0,40}(?:නම්|වුණොත්)(?!\S)|ලක්ෂණ\s+මොනවද"],  # not "someone, come"
    asking=[
        r"කලින්ම\s+දැනගන්න|පුහුණු",
        # a task for a class, a course or an exam
        r"පැවරුම|ගෙදර\s+වැඩ|විභාගයට|ව්යාපෘතියට",
        # the fifth and sixth files' lessons
        r"ප්\S?රථමාධාර|පන්තිය",
    ],
    resolved=[r"දැන්\s+හොඳයි"],
    negation_after=[
        r"\s*(?:නැහැ|නෑ|නැත|නෙවෙයි)(?!\S)",
        r"\S{1,3}\s+(?:නැහැ|නෑ|නැත)(?!\S)",
    ],
)

# Thai (no spaces between words: phrases are matched inside runs of letters)
_THAI = _Language(
    self_harm=[
        r"อยาก(?:จะ)?ตาย|(?:อยาก)?ฆ่าตัวตาย|ไม่อยาก(?:จะ)?(?:อยู่(?:แล้ว|ต่อ|บนโลก)|มีชีวิต)|จบชีวิต|จะจบทุกอย่าง",
        r"กรีด(?:ข้อมือ|แขน|ตัวเอง)|ทำร้ายตัวเอง|(?:จะ)?กระโดด(?:ตึก|สะพาน|จากตึก|จากสะพาน|ลงจาก)|แขวนคอ|ผูกคอ",
        r"กินยา(?:ให้)?หมด(?:แผง|ขวด|กล่อง)|กินยาเกินขนาดตั้งใจ|ไม่ตื่นอีก|(?:จดหมาย|ข้อความ)ลา(?!ออก|งาน|ป่วย|พัก)|ลาก่อนทุกคน"
        r"|ถ่าน[^.!?\n]{0,30}ปิด(?:ห้อง|ประตู)",
        r"เก็บยา(?:นอนหลับ)?ไว้(?:เยอะ|มาก)",
        r"ตั้งใจกินยา|กินยา\S{0,12}(?:โดย)?ตั้งใจ",
        r"วิธี(?:ฆ่าตัวตาย|ตาย(?:แบบ|ให้))",
        # the fourth file's lessons: a goodbye posted and no contact, means bought and a wish, "don't want to wake up",
        # how many pills to die, things given away
        _either(
            r"ลาก่อน|ขอบคุณทุกคนที่ผ่านมา|ขอโทษทุกคน",
            r"ติดต่อไม่ได้|ปิด(?:มือถือ|โทรศัพท์|เครื่อง)|เชือก|ยานอนหลับ|ยาเบื่อ|ยาฆ่า|สะพาน|ดาดฟ้า|ทางรถไฟ|แม่น้ำ"
            r"|ไม่(?:อยู่|ต้องใช้)แล้ว|จดหมาย",
            60,
        ),
        _either(
            r"(?:ซื้อ|เก็บ|ซ่อน|เตรียม)(?:เชือก|ยาเบื่อ|ยาฆ่าแมลง|ยาพิษ|ถ่าน|ยานอนหลับ)",
            r"อยากตาย|ไม่อยาก(?:อยู่|มีชีวิต|ตื่น)|ลาก่อน|ขอโทษทุกคน|เหนื่อย",
            60,
        ),
        r"ไม่อยากตื่น(?:ขึ้นมา)?(?:อีก)?|กิน(?:ยา|พารา)\S{0,8}(?:เท่าไหร่|กี่เม็ด)\S{0,6}(?:ถึงจะ)?ตาย",
        _either(
            r"(?:ยก|แจก|ให้)(?:ของ|แมว|หมา|มือถือ|รถ)",
            r"ไม่ต้องใช้(?:อีก)?แล้ว(?!เพราะ)|ไม่อยู่แล้ว(?!เพราะ)|ลาก่อน",
            40,
        ),
        _either(
            r"(?:ยืน|นั่ง|อยู่)(?:บน|ที่|ริม)?(?:สะพาน|ดาดฟ้า|ขอบตึก|ริมแม่น้ำ|ทางรถไฟ|รางรถไฟ)",
            r"ไม่ไหวแล้ว|ลาก่อน|อยากตาย|ไม่มีใคร|จบ|ขอโทษ",
            40,
        ),
        r"(?:ถ้า)?ไม่มี(?:ฉัน|เรา|ผม)\S{0,6}(?:ทุกคน)?(?:คงจะ)?(?:ดีกว่า|สบาย)|ไม่มีใครคิดถึง",
        # the fifth and sixth files' lessons
        _either(r"หน้าผา|สะพาน|ดาดฟ้า|ริมแม่น้ำ|ทางรถไฟ", r"จะไม่กลับ|ไม่กลับบ้านแล้ว|ลาก่อน", 60),
        _either(r"พินัยกรรม|ฝากดูแล(?:ลูก|แม่|พ่อ|แมว|หมา)", r"ทุกอย่าง(?:ก็)?จะจบ|จบทุกอย่าง|ลาก่อน", 80),
    ],
    emergency=[
        r"ไม่หายใจ|หยุดหายใจ|หายใจไม่(?:ออก|ได้|ทัน)|หายใจลำบาก|หอบหนัก",
        r"หมดสติ|ไม่รู้สึกตัว|ไม่ได้สติ|(?:ปลุก|เรียก)ไม่(?:ค่อย)?(?:ตื่น|รู้สึกตัว|ตอบสนอง)|ไม่ตอบสนอง|เป็นลม(?:ล้ม|หมดสติ)",
        r"ชัก(?:เกร็ง|กระตุก|ไม่หยุด)|กำลังชัก",
        r"เจ็บหน้าอก|แน่นหน้าอก",
        r"เลือด(?:ออก)?(?:มาก|ไม่หยุด|พุ่ง|ไหลไม่หยุด)|ตกเลือด|อาเจียนเป็นเลือด",
        r"ปากเบี้ยว|หน้าเบี้ยว|พูดไม่(?:ชัด|ได้|รู้เรื่อง)|(?:แขน|ขา)(?:ขวา|ซ้าย)?(?:อ่อนแรง|ไม่มีแรง)",
        r"(?:กลืน|กิน)(?:ถ่านกระดุม|ถ่าน|แม่เหล็ก|เหรียญ)|กิน(?:ยาเบื่อ|ยาฆ่าแมลง|ยาฆ่าหญ้า|สารพิษ|ยาพิษ)"
        r"|ดื่ม(?:น้ำยา|ยาฆ่า|สารพิษ|น้ำมัน)|กินยา\S{0,12}(?:ไปหลายเม็ด|ทั้งแผง|ทั้งขวด)",
        r"ติดคอ|สำลัก\S{0,6}(?:หายใจไม่|หน้าเขียว)|จมน้ำ|ไฟ(?:ดูด|ช็อต)",
        r"(?:ปาก|หน้า|ตัว)(?:เขียว|ม่วง)|แพ้(?:อย่าง)?รุนแรง|คอ(?:ตีบ|บวม)|(?:หน้า|ปาก|ลิ้น)บวม",
        r"น้ำร้อนลวก|แผลไฟไหม้|งูกัด|งูเห่า|กระดูกโผล่|ไม่มีชีพจร|หัวเด็ก(?:โผล่|ออกมา)",
        r"ชักตัว|ตาเหลือก|ชักเกร็ง",
        r"หัว(?:ฟาด|กระแทก)[^\n]{0,40}(?:ซึม|อาเจียน|ไม่ตอบ)|เรียกไม่(?:ค่อย)?ตอบ",
        # the fourth file's lessons: a cleaner swallowed, much bleeding, crushed under a load, no pulse, can't be woken
        r"(?:กิน|ดื่ม|กลืน)(?:น้ำยา(?:ล้าง\S{0,8}|ทำความสะอาด)?|ยาฆ่า\S{0,6}|น้ำมันก๊าด|สารเคมี|โซดาไฟ|ผงซักฟอก)",
        r"เลือดออก(?:เยอะ|เต็ม|ทะลัก)|ปากพอง|ปากบวม|ลิ้นบวม|หายใจ(?:เสียงดัง)?\S{0,4}(?:วี้ด|หวีด)",
        r"(?:โดน|ถูก)\S{0,16}ทับ(?:ขา|แขน|ตัว|อก|มือ)|คลำชีพจรไม่(?:เจอ|ได้)|กำลัง(?:ปั๊มหัวใจ|ทำ\s*cpr)|(?:ปั๊มหัวใจ|ทำ\s*cpr)อยู่",
        r"ปลุก(?:ยังไง|เท่าไหร่)?(?:ก็)?ไม่ตื่น|ตัวเย็น(?:เฉียบ)?[^\n]{0,20}(?:ไม่ตื่น|สับสน)|น้ำเดิน\S{0,20}(?:เด็กจะออก|หัวเด็ก)"
        r"|เด็กจะออก(?:แล้ว)?",
        r"ตก\S{0,20}(?:ขยับ\S{0,6}ไม่ได้|ขาชา)|น้ำลายฟูมปาก|ฟองออกปาก|(?:ตั้งครรภ์|ตั้งท้อง|อายุครรภ์|ท้อง\s?\d+\s?(?:เดือน"
        r"|สัปดาห์|วีค))\S{0,30}(?:เลือดออก|น้ำเดิน|ปวดท้องมาก)",
        r"(?:ปวดหัว|ตาพร่า)\S{0,30}ความดัน\S{0,8}(?:1[6-9]\d|2\d\d)",
        r"(?:ออกซิเจน|ค่าออกซิเจน)\S{0,8}(?:[5-8]\d)(?!\d)|ปลายมือปลายเท้า(?:เขียว|ม่วง)|(?:ปวดหัว|ตาพร่า)[^\n]{0,40}ความดัน"
        r"[^\n]{0,10}(?:1[6-9]\d|2\d\d)",
        r"(?:น้ำยา|สารเคมี|ปูน|กรด)\S{0,12}เข้าตา|เข้าตา[^\n]{0,30}มองไม่เห็น|ตก(?:ต้น|บันได|ตึก|ที่สูง|นั่งร้าน|หลังคา)"
        r"[^\n]{0,30}(?:ขยับ\S{0,6}ไม่ได้|ขาชา|ไม่รู้สึกตัว)|ตัวเย็นเฉียบ[^\n]{0,30}(?:สับสน|ไม่ตื่น|ซึม)",
        # the fifth and sixth files' lessons
        r"ปวด(?:ไข่|อัณฑะ|ลูกอัณฑะ)[^\n]{0,15}(?:รุนแรง|มาก|บวม)|หายใจไม่ค่อย(?:ออก|ได้)|หายใจลำบาก|หายใจติดขัด",
        r"(?:ความดัน|bp)[^\n\d]{0,10}(?:[5-8]\d)\s*/\s*(?:[2-5]\d)(?!\d)",
    ],
    condition=[
        r"ลมชัก|หัวใจ(?:วาย|หยุดเต้น|ขาดเลือด)|เส้นเลือดในสมอง(?:แตก|ตีบ|อุดตัน)|อัมพฤกษ์|สโตรก|ยาเกินขนาด",
    ],
    acute=[
        r"ทันที|กะทันหัน|ฉับพลัน|อยู่ๆ|จู่ๆ|เพิ่ง|รถพยาบาล|1669|ช่วยด้วย|ช่วย(?:หน่อย|ที)|ด่วน|รีบ|ทำ(?:ไง|ยังไง"
        r"|อย่างไร)ดี|น่าจะเป็น|เหมือน(?:จะ)?เป็น|สงสัย(?:จะ)?เป็น",
    ],
    background=[
        r"นอน(?:อยู่)?(?:ที่)?โรงพยาบาล|แอดมิท|อยู่โรงพยาบาล|ผ่าตัด|ออกจากโรงพยาบาล|นัด|ใบสั่งยา|บิล|ค่า(?:ห้อง|รักษา)"
        r"|ศูนย์ฟื้นฟู|ไอซียู|ตึก|หอผู้ป่วย|ที่จอดรถ",
    ],
    past=[
        r"(?<!ตั้งแต่)เมื่อวาน|ปีที่แล้ว|ปีก่อน|เดือนที่แล้ว|(?:อาทิตย์|สัปดาห์)ที่แล้ว|เมื่อ\S{0,6}(?:ปี|เดือน)ก่อน|ตอนเด็ก|(?<!ไม่)เคย",
    ],
    fiction=[
        r"ละคร|ซีรีส์|หนังเรื่อง|ดูหนัง|ในหนัง|นิยาย|เกม|ข่าว|ความฝัน|สัตวแพทย์|ขำจน",
        r"555|😂|🤣|ป้องกัน",
        # nearly: an idiom, nothing happened
        r"เกือบ(?:จะ)?(?:ตาย|หัวใจวาย|หัวใจหยุด|เป็นลม)",
    ],
    general=[
        r"ถ้า(?:มี)?(?:ใคร|คน)|อาการของ\S*(?:เป็นยังไง|มีอะไรบ้าง)",
        r"มีอะไรบ้าง|เป็นยังไงบ้าง",
    ],
    asking=[
        r"(?:อยากรู้|ถาม)ไว้ก่อน|คอร์ส",
        r"ทำรายงาน|การบ้าน",
        # a task for a class, a course or an exam
        r"การบ้าน|ทำรายงาน|ข้อสอบ|โปรเจ[คก]",
    ],
    resolved=[r"ตอนนี้(?:หาย(?!ใจ)|ดีขึ้น|ปกติ)"],
    now=[r"ตอนนี้|เดี๋ยวนี้"],
    negation_before=[r"(?:ไม่|ไม่ได้|ไม่มี|ไม่เคย|ไม่มีอาการ)\s*"],
    negation_after=[r"\s*(?:นิดหน่อย|นิดๆ|เล็กน้อย)"],
    routine=[
        r"เวลาเยี่ยม|วอร์ด|แผนก",
    ],
)
# Lao
_LAO = _Language(
    self_harm=[
        r"ຢາກຕາຍ|ຂ້າຕົວຕາຍ|ບໍ່ຢາກ(?:ມີຊີວິດ|ຢູ່(?:ແລ້ວ|ຕໍ່))|ຈົບຊີວິດ|(?:ຈະ)?ຈົບທຸກຢ່າງ",
        r"ກີດ(?:ແຂນ|ຂໍ້ມື|ຕົວເອງ)|ທຳຮ້າຍຕົວເອງ|ໂດດ(?:ຕຶກ|ຂົວ)|ແຂວນຄໍ",
        r"ກິນຢາໃຫ້ໝົດ(?:ແຜງ|ຕຸກ)|(?:ຈົດໝາຍ|ຂໍ້ຄວາມ)ລາ(?!ອອກ|ວຽກ|ພັກ)|ມອບເຄື່ອງ(?:ທັງໝົດ)?|ບໍ່ຕື່ນອີກ",
        # the fourth file's lessons: a goodbye, means bought, burning oneself, "if I were gone"
        _either(
            r"ລາກ່ອນ|ຂອບໃຈທຸກຄົນ|ຂໍໂທດທຸກຄົນ",
            r"ຕິດຕໍ່ບໍ່ໄດ້|ປິດ(?:ມືຖື|ໂທລະສັບ)|ເຊືອກ|ຢານອນຫຼັບ|ຢາເບື່ອ|ຢາຂ້າ|ຂົວ|ແມ່ນ້ຳ|ນ້ຳຂອງ",
            60,
        ),
        r"(?:ຊື້|ເກັບ|ເຊື່ອງ)(?:ເຊືອກ|ຢາເບື່ອ|ຢາຂ້າ\S{0,6}|ຢານອນຫຼັບ)|ບໍ່ຢາກຕື່ນ|ເອົາໄຟຈູດ\S{0,8}ຕົວເອງ|ຈູດແຂນ"
        r"|ຖ້າ\S{0,8}ບໍ່ຢູ່ແລ້ວ",
    ],
    emergency=[
        r"ບໍ່ຫາຍໃຈ|ຢຸດຫາຍໃຈ|ຫາຍໃຈບໍ່(?:ອອກ|ໄດ້)|ຫາຍໃຈຍາກ",
        r"ໝົດສະຕິ|ບໍ່ຮູ້ສຶກຕົວ|ສະ(?:ຫຼ|ຫລ)ົບ|(?:ປຸກ|ເອີ້ນ)ບໍ່(?:ຄ່ອຍ)?ຕື່ນ|ບໍ່ຄ່ອຍຕື່ນ|ບໍ່ຕອບສະໜອງ",
        r"ຊັກ(?:ກະຕຸກ|ບໍ່ຢຸດ)|ກຳລັງຊັກ",
        r"ເຈັບໜ້າເອິກ|ແໜ້ນໜ້າເອິກ",
        r"ເລືອດອອກ(?:ຫຼາຍ|ຫລາຍ|ບໍ່ຢຸດ)|ເລືອດໄ(?:ຫຼ|ຫລ)ບໍ່ຢຸດ",
        r"ປາກ(?:ບ່ຽວ|ເບ້|ບ້ຽວ)|ເວົ້າບໍ່(?:ຊັດ|ໄດ້|ຮູ້ເລື່ອງ)",
        r"ກິນ(?:ຢາຂ້າຫຍ້າ|ຢາຂ້າແມງໄມ້|ຢາເບື່ອ|ສານພິດ|ຢາພິດ)|ກືນ(?:ຖ່ານ|(?:ຫຼ|ຫລ)ຽນ|ແມ່ເຫຼັກ)",
        r"ຕິດຄໍ|ຈົມນ້ຳ|ໄຟ(?:ຟ້າ)?(?:ຊັອດ|ດູດ)|ປາກ(?:ຂຽວ|ມ່ວງ)|ແພ້(?:ຢ່າງ)?ຮຸນແຮງ|(?:ຄໍ|ໜ້າ)ບວມ|ງູກັດ|ຖືກລົດຕຳ",
        # the fourth file's lessons: wild mushrooms and vomiting, an eye injury, much bleeding, can't be woken
        r"ເຫັດປ່າ|ກິນເຫັດ[^\n]{0,20}(?:ຮາກ|ຖອກ|ປວດທ້ອງ)|ຮາກບໍ່ຢຸດ|ຮາກເປັນເລືອດ|ເລືອດອອກ(?:ເຍອະ|ຫຼາຍ|ຫລາຍ)",
        r"(?:ເຂົ້າຕາ|ຕາມີເລືອດ)\S{0,20}ເບິ່ງບໍ່ເຫັນ|ກິນ(?:ນ້ຳຢາ|ຢາຂ້າ)|ຄຳຊີບພະຈອນບໍ່|ບໍ່ມີຊີບພະຈອນ",
        r"ລົ້ມ[^\n]{0,20}(?:ບໍ່ຕື່ນ|ບໍ່ເໜັງ|ບໍ່ຫາຍໃຈ)|(?:ແຂນ|ຂາ)\S{0,4}(?:ອ່ອນແຮງ|ບໍ່ມີແຮງ)|ຫົວເດັກ(?:ອອກ|ໂຜ່)|ນ້ຳເດີນ",
        r"(?:ເຂົ້າຕາ|ຕາມີເລືອດ)[^\n]{0,30}ເບິ່ງບໍ່ເຫັນ|ນ້ຳຄ່ຳແຕກ|ຖືພາ[^\n]{0,30}(?:ເລືອດອອກ|ນ້ຳເດີນ)",
        r"ຜິວໜັງລອກ|ບໍ່ມີຊີບພະຈອນ",
        # the fifth and sixth files' lessons
        _either(r"ຕົກ|ຫົວແຕກ|ຕຳຫົວ", r"ຮາກ[^\n]{0,4}(?:ສອງ|\d|ຫຼາຍ)|ບໍ່(?:ຄ່ອຍ)?ຕອບ|ບໍ່ຮູ້ສຶກຕົວ", 60),
        _either(r"ບໍ່ມີເຫື່ອ|ເຫື່ອບໍ່ອອກ", r"ກາງແດດ|ຕົວຮ້ອນ|ເວົ້າສັບສົນ", 60),
    ],
    condition=[
        r"ບ້າໝູ|ຫົວໃຈວາຍ|ເສັ້ນເລືອດ(?:ໃນ)?ສະໝອງ",
    ],
    acute=[
        r"ທັນທີ|ກະທັນຫັນ|ຢູ່ໆ|ຫາກໍ່|ລົດໂຮງໝໍ|ລົດສຸກເສີນ|ຊ່ວຍແດ່|ຊ່ວຍນຳ|ດ່ວນ|ເຮັດແນວໃດດີ|ຄືຊິເປັນ|ສົງໄສ",
    ],
    background=[
        r"ນອນ(?:ຢູ່)?ໂຮງໝໍ|ຜ່າຕັດ|ອອກໂຮງໝໍ|ນັດ|ໃບສັ່ງຢາ|ໃບບິນ|ສູນຟື້ນຟູ|ຢ້ຽມ",
    ],
    past=[
        r"(?<!ຕັ້ງແຕ່)ມື້ວານ(?:ນີ້)?|ປີກາຍ|(?:ປີ|ເດືອນ|ອາທິດ)ແລ້ວ|\S{0,4}ປີກ່ອນ|(?<!ບໍ່)ເຄີຍ|ຕອນນ້ອຍ",
    ],
    fiction=[
        r"ໜັງເລື່ອງ|ເບິ່ງໜັງ|ລະຄອນ|ຊີຣີ|ນິຍາຍ|ເກມ|ຂ່າວ|ສັດຕະວະແພດ",
    ],
    general=[
        r"ຖ້າ(?:ມີ)?ຄົນ|ອາການຂອງ",
        r"ມີຫຍັງແດ່|ເປັນແນວໃດແດ່",
    ],
    asking=[
        r"(?:ຖາມ|ຮູ້)ໄວ້ກ່ອນ|ຝຶກອົບຮົມ",
        r"ວຽກບ້ານ|ລາຍງານ",
        # a task for a class, a course or an exam
        r"ວຽກບ້ານ|ບົດລາຍງານ|ໂປຣເຈັກ",
        # the fifth and sixth files' lessons
        r"ບົດຮຽນ|ນັກຮຽນພະຍາບານ",
    ],
    resolved=[r"ຕອນນີ້ດີແລ້ວ"],
    now=[r"ຕອນນີ້|ດຽວນີ້"],
    negation_before=[r"(?:ບໍ່|ບໍ່ໄດ້|ບໍ່ມີ|ບໍ່ເຄີຍ)\s*"],
    routine=[
        r"ເວລາຢ້ຽມ|ພະແນກ",
    ],
)
# Khmer
_KHMER = _Language(
    self_harm=[
        r"ចង់ស្លាប់|សម្លាប់ខ្លួន|(?:ធ្វើ)?អត្តឃាត|មិនចង់រស់(?:ទៀត|នៅ)?|បញ្ចប់ជីវិត|បញ្ចប់អ្វីៗទាំងអស់",
        r"កាត់ដៃខ្លួនឯង|ធ្វើបាបខ្លួនឯង|លោតពី(?:ស្ពាន|អគារ|ជាន់)|ចងក|(?:នឹង|ចង់)ផឹកថ្នាំពុល",
        r"ផ្ញើសារលា|សំបុត្រលា|ប្រមូលថ្នាំ",
        r"លេបទាំងអស់|ថ្នាំងងុយគេង\S{0,12}(?:ទាំងអស់|ច្រើន)",
        # the fourth file's lessons: "won't come back" with a river or a decision, things given away
        _either(
            r"មិនត្រឡប់(?:មក)?(?:វិញ)?(?!\s?(?:មក|វិញ|រហូត|ទាល់|មុន|ក្រោយ))",
            r"ទន្លេ|ស្ពាន|សមុទ្រ|ផ្លូវរថភ្លើង|គិតរួចហើយ|សម្រេចចិត្ត|លិខិតលា|សំបុត្រលា",
            60,
        ),
        _either(r"(?:ឲ្យ|អោយ|ឱ្យ)(?:ម៉ូតូ|ទូរស័ព្ទ|ឡាន|កង់|ឆ្មា|ឆ្កែ|របស់)|ប្រគេន", r"លែងត្រូវការ(?:ទៀត)?", 60),
        r"លិខិតលា|(?:ឈរ|អង្គុយ|នៅ)លើ(?:ស្ពាន|ដំបូល|ដំបូលអគារ|បង្អួច)",
        _either(r"ប្រគេន|របស់របរទាំងអស់", r"យប់នេះ|លា(?:ព្រះសង្ឃ|គ្រប់គ្នា)", 60),
        _either(r"ដោយចេតនា|ចេតនា", r"ថ្នាំ|គ្រាប់", 30),
        # the fifth and sixth files' lessons
        _either(r"ថ្នាំពុល|ថ្នាំសម្លាប់សត្វល្អិត|ថ្នាំកម្ចាត់សត្វល្អិត", r"នឹងផឹក|ផឹកវា|ចង់ផឹក|យប់នេះ", 60),
    ],
    emergency=[
        r"មិនដកដង្ហើម|ឈប់ដកដង្ហើម|ដកដង្ហើមមិន(?:រួច|ចេញ)|ពិបាកដកដង្ហើម|ថប់ដង្ហើម",
        r"សន្លប់|មិនដឹងខ្លួន|ហៅមិនដឹង",
        r"ប្រកាច់|ឈឺទ្រូង|តឹងទ្រូង",
        r"ឈាម(?:ហូរ)?(?:ច្រើន|មិនឈប់)|ហូរឈាមខ្លាំង",
        r"(?:មុខ|មាត់)រៀច|និយាយមិន(?:ច្បាស់|ចេញ)",
        r"លេប(?:កាក់|ថ្ម|មេដែក)|ផឹក(?:ថ្នាំពុល|ថ្នាំសម្លាប់|សារធាតុពុល|ទឹកអាស៊ីត|ប្រេងកាត)",
        r"ស្លាក់|ជាប់បំពង់ក|លង់ទឹក|ឆក់ភ្លើង|បបូរមាត់(?:ស្វាយ|ខៀវ)|អាឡែ(?:ហ្ស៊ី|ស៊ី)ធ្ងន់ធ្ងរ|ហើម(?:បំពង់ក|មុខ)|ពស់ចឹក",
        r"ឈាមហូរ\S{0,12}មិនឈប់",
        # the fourth file's lessons: a feverish floppy infant, burns, a seizure with foam, a swollen face
        r"អាយុ\s?(?:\d+|មួយ|ពីរ|បី)\s?(?:ខែ|សប្តាហ៍)[^\n]{0,30}ក្[តដ]ៅខ្លួន|ក្[តដ]ៅខ្លួន[^\n]{0,30}(?:មិនបៅដោះ|ទន់ខ្លួន|ស្លេក)",
        r"ស្បែករបក|រលាកធ្ងន់|មាត់ចេញពពុះ|ពពុះមាត់|ញ័រខ្លួនទាំងមូល|ដួល[^\n]{0,20}(?:ញ័រ|មិនដឹងខ្លួន|មិនកម្រើក)",
        r"មុខហើម|បបូរមាត់(?:ធំ|ហើម)|ដកដង្ហើម(?:ឮសូរ|ពិបាក|មិនរួច)",
        r"ក្បាលកូន(?:ចេញ|លេច)|កូនចេញ(?:ជើង|ក្បាល)|ស្ទះបំពង់ក|ក្អកមិនចេញ|មុខ(?:ឡើង)?ស្វាយ",
        r"គ្មានជីពចរ|ស្ទាបជីពចរមិនឃើញ|មានផ្ទៃពោះ[^\n]{0,40}(?:ធ្លាក់ឈាម|ហូរឈាម|ទឹកភ្លោះ)",
        # the fifth and sixth files' lessons
        _either(r"ផឹកស្រា", r"មើលមិន(?:សូវ)?ឃើញ|ដកដង្ហើម(?:លឿន|ញាប់|ពិបាក)", 80),
        _either(r"ធ្លាក់", r"មិនអាចកម្រើក|ឈឺខ្នងខ្លាំង|សន្លប់|មិនដឹងខ្លួន", 60),
        _either(r"ក្រឡាប់|សង្កត់", r"ស្លេក|ត្រជាក់|ស្រែកឈឺ", 60),
    ],
    condition=[
        r"ឆ្កួតជ្រូក|គាំងបេះដូង|(?:ស្ទះ|ដាច់)សរសៃឈាមខួរក្បាល|ពុលថ្នាំ",
    ],
    acute=[
        r"ភ្លាមៗ|រំពេច|ស្រាប់តែ|ទើបតែ|ឡានពេទ្យ|រថយន្តសង្គ្រោះ|ជួយ(?:ខ្ញុំ)?ផង|ប្រញាប់|ធ្វើ(?:ម៉េច|យ៉ាងម៉េច)|ហាក់ដូចជា"
        r"|ប្រហែលជា",
    ],
    background=[
        r"សម្រាក(?:នៅ)?(?:មន្ទីរ)?ពេទ្យ|វះកាត់|ចេញពីមន្ទីរពេទ្យ|ណាត់|វេជ្ជបញ្ជា|វិក្កយបត្រ|ស្តារនីតិសម្បទា|សួរសុខទុក្ខ",
    ],
    past=[r"ម្សិលមិញ|ឆ្នាំ(?:មុន|ទៅ)|ខែមុន|(?:សប្តាហ៍|អាទិត្យ)មុន|កាលពី|(?<!មិន)ធ្លាប់"],
    fiction=[r"រឿងភាគ|ភាពយន្ត|ប្រលោមលោក|ហ្គេម|ព័ត៌មាន|ពេទ្យសត្វ|សើច"],
    general=[
        r"បើ(?:មាន)?នរណា|រោគសញ្ញា",
        r"សញ្ញានៃ|មានអ្វីខ្លះ",
        r"បើ(?:សិស្ស|កូន|ក្មេង|មនុស្ស|គេ)",
    ],
    asking=[
        r"ដឹងជាមុន|វគ្គ",
        r"កិច្ចការសាលា|កិច្ចការផ្ទះ",
        # a task for a class, a course or an exam
        r"កិច្ចការផ្ទះ|គម្រោងសិក្សា|សម្រាប់ការប្រឡង",
        r"សម្រាប់ថ្នាក់(?:រៀន)?|ថ្នាក់រៀន",
        r"គ្រូ(?:បង្រៀន)?សួរ",
    ],
    now=[r"ឥឡូវ"],
    negation_before=[
        r"(?:មិន|មិនមាន|គ្មាន|អត់|អត់មាន|មិនបាន)\s*",
        r"(?:មិនមែន|មិន|អត់)(?:ចង់|គិត(?:ចង់)?)\s*",
    ],
    routine=[
        r"ម៉ោងសួរសុខទុក្ខ|ផ្នែក",
    ],
)
# Burmese
_BURMESE = _Language(
    self_harm=[
        r"သေချင်|ကိုယ့်ကိုယ်ကို\s*(?:သတ်|ထိခိုက်|ဓားနဲ့)|သတ်သေ|ဆက်(?:မ)?နေချင်(?:တော့)?ဘူး|မနေချင်တော့",
        r"အားလုံး\s*(?:ပြီးဆုံး|အဆုံးသတ်)|ဘဝကို\s*အဆုံးသတ်|ကြိုးဆွဲ|(?:တံတား|အဆောက်အအုံ|အမိုး)ပေါ်က\s*ခုန်",
        r"နှုတ်ဆက်စာ|(?:ဘယ်နှစ်လုံး|ဘယ်လောက်)[^။?\n]{0,30}(?:မနိုးတော့|သေ)",
        r"(?:ငါ့ကို|ငါ)\s*မရှိရင်\s*(?:အားလုံး)?\s*ပိုကောင်း|ဆေးတွေ\s*စုထား",
        r"ပစ္စည်းတွေ\s*(?:\S+\s*){0,2}ပေးလိုက်",
        # the fourth file's lessons: a last letter on a bridge, hurting oneself, "if I were gone"
        _either(r"နောက်ဆုံး\s*(?:စာ(?!မေး)|မက်ဆေ့|ပို့စ်)", r"တံတား|အမိုး|မြစ်|ရထားလမ်း|ပင်လယ်", 60),
        r"တံတား(?:ပေါ်|ပေါ်မှာ)\s*(?:ရောက်နေ|ရပ်နေ|ထိုင်နေ)|ကိုယ့်ကိုယ်ကို\s*(?:\S+\s*)?နာကျင်အောင်"
        r"|(?:ဓား|ဘလိတ်)(?:နဲ့|ဖြင့်)\s*(?:\S+\s*)?(?:ခြစ်|လှီး)|(?:ငါ|ကျွန်တော်|ကျွန်မ)\s*မရှိတော့ရင်",
        _either(r"တမင်", r"ဆေး", 30),
        # the fifth and sixth files' lessons
        r"ပြန်မနိုးချင်|အိပ်ဆေး(?:တွေ)?\s*အကုန်",
        _either(r"ပေးပစ်|ပေးလိုက်", r"မကြာခင်\s*မရှိတော့|နောက်ထပ်\s*မတွေ့ရတော့|တံတား", 100),
        _either(r"ကလေးတွေကို\s*(?:\S+\s+)?ဂရုစိုက်|ငါ့အစား", r"ဒီည|ထွက်သွားတော့မယ်", 80),
    ],
    emergency=[
        r"အသက်(?:မ)?ရှူ(?:လို့)?မရ|အသက်မရှူ|အသက်ရှူ(?:ကြပ်|ရခက်)",
        r"သတိလစ်|(?:လဲ|ကျ)\S{0,12}\s*သတိမရ|မေ့မြော|(?:နှိုး|ခေါ်)(?:လို့|လည်း)\s*မ(?:နိုး|ထူး)|မနိုးဘူး",
        r"ရင်ဘတ်\s*(?:အရမ်း)?(?:နာ|အောင့်)",
        r"သွေး(?:တွေ)?\s*(?:အများကြီး|မတိတ်)|သွေးထွက်လို့မရပ်",
        r"(?:မျက်နှာ|ပါးစပ်)\s*(?:တစ်ဖက်)?\s*ရွဲ့|စကား(?:မပီ|မပြောနိုင်)",
        r"(?:အဆိပ်|ပိုးသတ်ဆေး|ဓာတ်ခဲ|အကြွေစေ့|ဆေးပုလင်း)\S{0,12}\s*\S{0,12}(?:သောက်|မျို)",
        r"နင်နေ|ရေနစ်|ဓာတ်လိုက်|နှုတ်ခမ်းပြာ|လည်ချောင်းရောင်|မြွေကိုက်",
        # the fourth file's lessons: many pills swallowed, one side weak, slurred speech, a head wound and unconscious
        r"ဆေးပြား(?:တွေ)?\s*(?:\S+\s*)?(?:အများကြီး|တစ်ကတ်|အကုန်)\s*(?:\S+\s*)?မျို",
        r"(?:ညာ|ဘယ်)ဘက်(?:ခြမ်း)?\s*(?:\S+\s*)?အားမရှိ|စကားပြော(?:တာ)?\s*မပီ",
        _either(r"ခေါင်း(?:က)?\s*သွေးထွက်|လဲ(?:ပြီး|သွား)", r"သတိ(?:မရ|လစ်)|မလှုပ်", 40),
        _either(r"ခေါင်း(?:က)?\s*သွေးထွက်", r"အန်နေ|မမှတ်မိ|သတိ(?:မရ|လစ်)", 40),
        r"ကိုယ်ဝန်[^\n]{0,60}(?:မူးလဲ|သွေးဆင်း|သွေးထွက်|ဗိုက်\S*\s*အရမ်းနာ)|တက်နေတာ[^\n]{0,30}(?:မရပ်|မိနစ်)|လဲကျ\S*\s*တက်နေ",
        r"သွေးခုန်(?:နှုန်း)?\s*(?:မရှိ|မတွေ့)|အရေပြား\s*(?:\S+\s*)?ကွာ",
        _either(r"ချွေး\s*မထွက်(?:တော့)?", r"ကိုယ်ပူ|နေပူ|မူးလဲ|သတိ", 40),
        r"ကိုယ်ပူ[^\n]{0,30}မူးလဲ|မူးလဲ[^\n]{0,30}ကိုယ်ပူ",
    ],
    condition=[
        r"ဝက်ရူးပြန်|နှလုံး(?:ဖောက်|ရပ်)|လေဖြတ်",
    ],
    acute=[
        r"ခုနက|ရုတ်တရက်|ချက်ချင်း|လူနာတင်ကား|ကယ်ပါ|မြန်မြန်|ဘာလုပ်ရမလဲ|ထင်တယ်|ပုံရတယ်",
    ],
    now=[r"အခု"],
    background=[
        r"ဆေးရုံတက်|ဆေးရုံမှာ|ခွဲစိတ်|ဆေးရုံဆင်း|ချိန်း|ဆေးစာ|ဘေလ်|ပြန်လည်ထူထောင်ရေး|လူနာတွေ့ချိန်",
    ],
    past=[r"မနေ့က|ပြီးခဲ့တဲ့\s*(?:နှစ်|လ|အပတ်)|မနှစ်က|ငယ်ငယ်က"],
    fiction=[
        r"ရုပ်ရှင်|ဇာတ်ကား|ဇာတ်လမ်း|ဝတ္ထု|ဂိမ်း|သတင်း|တိရစ္ဆာန်ဆရာဝန်|ဗိုက်ဆာ",
        # nearly: an idiom, nothing happened
        r"မတတ်",
    ],
    general=[r"တစ်ခုခု\s*(?:ဖြစ်|မျို)(?:မိ)?ရင်|လက္ခဏာ"],
    asking=[
        r"ကြိုသိ|သင်တန်း",
        # a task for a class, a course or an exam
        r"အိမ်စာ|ပရောဂျက်|စာမေးပွဲအတွက်",
    ],
    negation_before=[r"(?<![်အမ])မ"],
)
# Amharic and Tigrinya (Ge'ez script; ሀ/ሐ/ኀ, ሰ/ሠ, አ/ዐ, ጸ/ፀ are used for one another, as people type them)
_AMHARIC = _Language(
    self_harm=[
        r"መሞት\s+(?:እፈልጋለሁ|ፈልጋለሁ|ትፈልጋለች|ይፈልጋል)|ልሞት\s+እፈልጋለሁ|ራስን\s+(?:ማጥፋት|መግደል)",
        r"ራሴን\s+(?:ማጥፋት|ላጠፋ|አጠፋለሁ|እገድላለሁ|ልገድል|መግደል|እጎዳለሁ)|ራ(?:ሱ|ሷ)ን\s+(?:ሊያጠፋ|ልታጠፋ|ሊገድል|ልትገድል"
        r"|ለመግደል)",
        r"መኖር\s+(?:አልፈልግም|አትፈልግም|አይፈልግም)|[ሕህ]ይወቴን\s+(?:ማጥፋት|ላጠፋ|አጠፋለሁ)",
        r"ሁሉንም\s+(?:ነገር\s+)?(?:አጠናቅቃለሁ|አበቃለሁ|እጨርሳለሁ)|ሁሉን\s+አበቃለሁ|ራሴን\s+ልሰቅል|ከድልድይ\s+(?:ላይ\s+)?(?:ልዘል"
        r"|እዘላለሁ)",
        r"[ዕእ]ቃዎቼን\s+(?:\S+\s+)?ሰጠሁ|ደህና\s+ሁኑ[^።\n]{0,40}ይቅርታ|ለሁሉም\s+ደህና\s+ሁኑ",
        # the fourth file's lessons: goodbye to everyone with a phone off, pills gathered, cutting with a razor
        _either(r"ደህና\s+ሁኑ|ክኒን\s+(?:\S+\s+)?(?:ሰብስ\S*|አጠራቅ\S*)", r"ስል(?:ኳን|ኩን|ኬን)\s+(?:አጠፋ\S*|አጥፍ\S*|ዘጋ\S*)", 100),
        r"(?:በምላጭ|በቢላ)\s+(?:\S+\s+)?(?:መቁረጥ|እየቆረጥኩ|ቆረጥኩ|ቆርጫለሁ)|(?:እንደገና|ዛሬም)\s+(?:\S+\s+)?(?:እየቆረጥኩ|ቆረጥኩ)"
        r"|መቁረጥ\s+(?:አላቆምኩም|ማቆም\s+አልቻልኩም)",
        _either(r"ድልድ\S*|ገደል\S*|ወንዝ\S*|ባቡር\s+ሀዲድ|ጣሪያ\S*", r"እሄዳለሁ|ደህና\s+ሁኑ|ቆሜ|ላይ\s+ነኝ", 60),
        _either(r"ሆን\s+(?:ብዬ|ብላ|ብሎ)", r"ክኒን|መድሃኒት|መድኃኒት", 40),
        r"ብሞት\s+(?:\S+\s+)?(?:ይሻላል|ይሻላቸዋል)|ማንም\s+(?:\S+\s+)?አይናፍቀኝም",
        # the fifth and sixth files' lessons
        r"መዝለል\s+(?:እ|ት|ይ)?ፈልጋ\S*|ልዘል\s+ነው|ሊዘል\s+ነው|ልዝለል",
        _either(
            r"ያጠራቀም\S*|የሰበሰብ\S*|(?:ኪኒን|ክኒን|መድሃኒት|መድኃኒት)\S*\s+(?:\S+\s+)?በሙሉ",
            r"ልውጥ\S*|ወስኛለሁ|ማንም\s+አይፈልገኝም|ይበቃኛል|ዛሬ\s+ማታ",
            80,
        ),
        r"አልኖርም|ከእንግዲህ\s+(?:\S+\s+)?አታዩኝም",
        _either(r"(?:የአይጥ\s+)?መርዝ|ገመድ", r"ሁሉም\s+ነገር\s+(?:ያበቃል|ያልቃል)|ልጠጣ\S*|ልውጥ\S*|ልሞት", 80),
    ],
    emergency=[
        r"መተንፈስ\s+(?:አልቻለም|አልቻለችም|አቃተው|አቃታት|አይችልም|አትችልም|አቆመ)|አይተነፍስም|አትተነፍስም",
        r"ራ(?:ሱ|ሷ|ሳቸው)ን\s+(?:ስቶ|ስታ|ስተዋል|ሳተ|ሳተች|ሳቱ|አያውቅም|አታውቅም)|(?:ስንጠራ|ሲጠሩ|ሲጠራ)\S*\s+(?:አይመልስም|አትመልስም|አይመልሱም)",
        r"የሚጥል\s+በሽታ\s+(?:ተነሳ|ያዘ)|እየተንቀጠቀጠ[^።\n]{0,30}(?:አልቆመም|አይቆምም)",
        r"ደረ(?:ቱ|ቷ|ቴ)\s+(?:ላይ\s+)?(?:\S+\s+){0,4}(?:ያመ|ህመም|እያመመው|እያመማት)|የደረት\s+ህመም",
        r"ብዙ\s+ደም|ደ(?:ም|ሙ)\s+(?:\S+\s+)?(?:አልቆመም|አይቆምም|እየፈሰሰ)",
        r"ፊ(?:ቱ|ቷ)\s+(?:\S+\s+)?(?:ተጣመመ|ተጣሟል|ሰማያዊ|እየጠቆረ|አበጠ)|መናገር\s+(?:አቃተው|አቃታት|አልቻለም|አልቻለችም)",
        r"(?:መርዝ|ቢሊች|በረኪና|ኬሮሲን|ባትሪ|ሳንቲም)\s+(?:\S+\s+)?(?:ጠጣ|ጠጣች|ዋጠ|ዋጠች|ውጦ|በላ)",
        r"ጉሮሮ\S*\s+(?:\S+\s+)?ተቀረቀረ|ሰጠመ|ሰጠመች|ኤሌክትሪክ\s+(?:መታው|መታት|ያዘው)|ከንፈ(?:ሩ|ሯ)\s+(?:\S+\s+)?ሰማያዊ"
        r"|የ[ሕህ]ፃኑ\s+ራስ",
        r"(?:እጁ|እጇ|እግሩ|እግሯ)\s+(?:\S+\s+)?(?:አይንቀሳቀስም|አትንቀሳቀስም)",
        # the fourth file's lessons: a chest clutched with sweat, a face twisted, lips swollen and the voice gone
        r"ደረ(?:ቱን|ቷን)\s+(?:ይዞ|ይዛ|ይዘው)|ላብ\s+በላብ",
        r"ፊ(?:ቱ|ቷ)\s+(?:\S+\s+){0,3}ተጣመመ|ንግግ(?:ሩ|ሯ)\s+(?:ተደበላለቀ|ተቀየረ)|አንድ\s+ጎ(?:ኑ|ኗ|ን)\s+(?:\S+\s+)?(?:ደከመ"
        r"|አይንቀሳቀስም)",
        r"ከንፈ(?:ሩ|ሯ)\s+(?:\S+\s+)?አበጠ|ድም(?:ፁ|ጿ)\s+ጠፋ|ጉሮሮ\S*\s+(?:\S+\s+)?(?:ተዘጋ|አበጠ)|አፉ\s+አረፋ",
        r"(?:ወደቀ|ወደቀች|ወደቁ)[^።\n]{0,40}(?:አይንቀሳቀስም|አትንቀሳቀስም|አይተነፍስም|አትተነፍስም)",
        r"(?:ጭንቅላ|ራሱን|ራሷን)\S*\s+(?:\S+\s+)?(?:ተመታ|ተመታች)[^።\n]{0,40}(?:አስመለሰ|ያስመልስ|እንቅልፍ)|(?:ማግኔት|ባትሪ|ሳንቲም)\s+"
        r"(?:\S+\s+)?(?:ዋጠ|ዋጠች|ውጦ)",
        r"ከንፈ(?:ሩ|ሯ)\s+(?:\S+\s+)?(?:አበጠ|አብጧል|አብጣ)|መተንፈስ\s+(?:ከብዶ\S*|አቃተ\S*)|(?:አይነቃም|አትነቃም)|ትንፋሽ\S*\s+(?:\S+\s+)?"
        r"(?:እየተቆራረጠ|ቆመ)",
        r"ወድ(?:ቆ|ቃ)\s+(?:\S+\s+)?እየተንቀጠቀ\S*|(?:እግሩን|እግሯን|እጁን|እጇን)\s+ማንቀሳቀስ\s+(?:አልቻለም|አልቻለችም|አይችልም)|ከፎቅ\s+ወድ\S*",
        r"ደረ(?:ቱ|ቷ|ቴ)ን?\s+(?:\S+\s+){0,2}(?:እያመመ\S*|ያመ\S*)|ግራ\s+እ(?:ጄ|ጁ|ጇ)\S*\s+(?:\S+\s+)?(?:ደንዝ\S*|ሰነፈ)",
        r"ከሰል[^።\n]{0,40}(?:ተኝ|ራስ\S*\s+(?:ያማ|ያመ))",
        r"(?:የልብ\s+ምት|ትርታ)\s+የለውም|ቆዳ(?:ው|ዋ)\s+(?:\S+\s+)?ተላጠ|(?:እርጉዝ|ነፍሰ\s+ጡር)[^።\n]{0,60}ደም\s+(?:\S+\s+)?(?:እየፈሰሰ|ፈሰሰ|ይፈሳል|እየወጣ)",
        # the fifth and sixth files' lessons
        r"(?:አይ|አት)ተነፍሱም|(?:አይ|አት)መልሱም|አይመልስም|አትመልስም|(?:አይ|አት)ንቀሳቀስ(?:ም|ም)",
        r"መተንፈስ\s+(?:\S+\s+)?(?:ከበደ|እየከበደ|አቃተ|ተቸገረ)\S*|ከጆሮ\S*\s+ደም|የፈላ\s+ውሃ|ቆዳ\S*\s+(?:ተላጦ|ተላጠ|ተገፈፈ)",
        r"(?:ነጭ\s+ጋዝ|ቤንዚን|በረኪና|bleach|መርዝ|ኬሚካል)\S*\s+(?:\S+\s+)?(?:ጠጣ|ጠጣች|ዋጠ|ዋጠች|ፈሰሰ\S*)",
        r"(?:አፍ|አፏ|አፉ|ፊት|ፊቷ|ፊቱ)\S*\s+(?:ወደ\s+አንድ\s+(?:ጎን|በኩል)\s+)?(?:ተጣመመ|ተጣመመች|ዞረ|ተንጋደደ)",
    ],
    condition=[
        r"(?:የ)?ልብ\s+ድካም|ስትሮክ",
    ],
    acute=[
        r"ድንገት|አምቡላንስ|እርዱ(?:ኝ|ን)(?=\s*(?:[!,،]|$))|ቶሎ|በፍጥነት|ምን\s+(?:ላድርግ|እናድርግ)|ይመስለኛል|ይመስላል",
    ],
    now=[r"አሁን"],
    background=[
        r"ሆስፒታል\s+(?:ተኝ|ገብ)\S*|ተኝቷል|ተኝታለች|ከ(?:ስትሮክ|ቀዶ\s+ጥገና)\S*\s+በኋላ|ቀጠሮ|ማዘዣ|ሂሳብ|ተሃድሶ|የጥየቃ\s+ሰዓት",
    ],
    past=[
        r"ትና?ንት|ትላንት|ባለፈው\s+(?:ዓመት|አመት|ወር|ሳምንት)|(?:ዓመት|አመት|ወር)\s+በፊት|በልጅነቴ",
    ],
    fiction=[
        r"ፊልም|ተከታታይ|ድራማ|ልብወለድ|መጽሐፍ|ጨዋታ|ዜና|[ሕህ]ልም|እንስሳት\s+[ሐሀ]ኪም|በረሃብ",
        r"ፊል(?:ም|ሙ|ሞች)",
        # prevention, volunteering, awareness, a documentary
        r"መከላከል|በጎ\s+ፈቃደኛ|ግንዛቤ|ዘጋቢ\s+ፊልም",
    ],
    general=[r"ምልክቶች|ቢ\S+\s+ምን\s+ማድረግ"],
    asking=[
        r"አስቀድሜ|ስልጠና",
        # a task for a class, a course or an exam
        r"የቤት\s+ስራ|ፕሮጀክት|ለፈተና",
    ],
    resolved=[r"አሁን\s+ደህና\s+ነ"],
    negation_after=[r"\s*(?:የለ\S*|የለም)(?!\S)"],
)
# Tigrinya (a few phrases: wanting to die, not breathing, much blood)
_TIGRINYA = _Language(
    self_harm=[r"ክመውት\s+(?:ደልየ|እደሊ)|(?:ነብሰይ|ርእሰይ)\s+(?:ክቐትል|ክጠፍእ)|ምንባር\s+(?:ኣይደልን|ኣይደልየን)"],
    emergency=[r"ኣየስተንፍስን|ብዙሕ\s+ደም|ደም\s+(?:ኣይደው|ኣየቋርጽን)|ልቢ\s+ደው\s+ኢሉ|ዓቕሉ\s+ስሒቱ"],
    past=[r"ትማሊ|ዝሓለፈ\s+(?:ዓመት|ወርሒ|ሰሙን)"],
)

# Chinese, simplified and traditional, with Cantonese forms ("冇", "咗", "唔")
_CHINESE = _Language(
    self_harm=[
        r"(?<!得|到)想(?:要)?(?:去)?死(?!你|妳|您|他|她|了?(?:哈|笑))|寻死|尋死|轻生|輕生|自杀|自殺|了结自己|了結自己",
        r"不想(?:再)?(?:活(?!动|動|跃|躍)|醒来|醒來|醒过来|醒過來)|唔想(?:再)?(?:活|生存|醒)|活(?:着|著)(?:真的)?(?:太累|好累|没意思|沒意思"
        r"|没意义|沒意義)",
        r"结束(?:自己的?)?生命|結束(?:自己的?)?生命|结束一切|結束一切|了断|了斷",
        r"割腕|割(?:自己|手腕|手臂|手)|自残|自殘|跳(?:楼|樓|河|桥|橋|海|轨|軌)|站在(?:楼顶|樓頂|天台|桥上|橋上)|上吊|烧炭|燒炭",
        r"(?:药|藥)都(?:攒|攢|准备|準備|存)(?:好|够|夠)",
        r"遗书|遺書|最后一次(?:给你|給你)?(?:发|發)|不会再(?:麻烦|拖累)|不會再(?:麻煩|拖累)|没有我\S{0,4}(?:更好|会好|轻松)"
        r"|沒有我\S{0,4}(?:更好|會好|輕鬆)",
        r"(?:吃|食)多少\S{0,4}(?:才会|才會|会|會|先会|先會)(?:死|醒不)|(?:几|幾)(?:颗|顆|片|粒)\S{0,4}(?:会死|會死|致死)",
        r"(?:告别|告別)(?:的话|的話|信|信息|訊息)|(?:东西|東西)\S{0,3}都?(?:整理好|送人)|(?:以后|以後)\S{0,3}(?:也)?(?:用不到|用不上)",
        r"(?:活着|活著)(?:只是|只会|只會)?(?:拖累|是(?:个|個)?负担|是(?:个|個)?負擔)|(?:今晚|今夜|今天晚上)\S{0,6}(?:结束|結束)(?!\S{0,2}(?:工作|会议|會議|了吗|了嗎))",
        r"(?:药|藥|片|粒|颗|顆|安眠|对乙酰氨基酚|普拿疼|泰诺|泰諾)[^。!?\n]{0,20}(?:吃|食)多少(?:才够|才夠|才会|才會)|睡过去不醒|睡過去不醒",
        r"故意(?:吃|吞|食|服)(?:了|咗)?\S{0,8}(?:药|藥|安眠|片)",
        r"(?:打算|准备|準備|要|想)\S{0,4}(?:吃|吞)(?:掉|下)?(?:所有|全部|一整瓶|整瓶)\S{0,3}(?:药|藥|安眠)",
        r"想好(?:了)?(?:怎么|怎麼)死|(?:天台|楼顶|樓頂|桥上|橋上|屋顶|屋頂)[^。!?\n]{0,15}(?:要|想|准备|準備)?跳(?:下去|下來|下来)",
        r"(?:自杀|自殺|死)(?:的)?方法|(?:怎么|怎麼|怎样|怎樣)自杀|(?:怎么|怎麼)(?:死)(?:比较|比較)?(?:快|不痛)",
        r"(?:说|說)(?:对不起|對不起)\S{0,6}(?:关机|關機)|(?:桥上|橋上|楼顶|樓頂|天台)\S{0,12}(?:对不起|對不起|关机|關機)",
        r"(?:几|幾)(?:盒|瓶)\S{0,4}(?:会死|會死|致死)|(?:药|藥)\S{0,2}(?:攒|攢|存)(?:够|夠|好)",
        # the fourth file's lessons: cutting again, "won't be here after Friday", walking into the sea, "better dead",
        # charcoal bought, everything ended, pets and savings given away
        r"割(?:了|咗|破|伤|傷)(?:自己|手腕|手臂|手|脈|脉)|𠝹(?:手|自己)|(?:又|再)𠝹",
        r"想(?:行|走)(?:落|下|进|進|入)(?:水|海|河|江)"
        r"|死(?:咗|了)(?:就)?(?:好|算|最好|更好)|结束这一切|結束這一切",
        _either(
            r"(?:买|買)(?:了|咗|好)?(?:炭|木炭|安眠药|安眠藥|老鼠药|老鼠藥|农药|農藥|绳|繩)|(?:边度|哪里|哪裡)(?:买|買)炭",
            r"死|结束|結束|不想活|唔想活|冇意思|没意思|沒意思|解脱|解脫|不在了|告别|告別|遗书|遺書|不醒|打算|想不开|想不開"
            r"|(?:胶|膠)(?:纸|紙|带|帶)",
            60,
        ),
        _either(
            r"(?:猫|貓|狗|公仔|衫|东西|東西|存款|钱|錢)\S{0,4}(?:送人|送给|送給|送晒|转给|轉給|给了)",
            r"不在了|不用还|不用還|唔使再|撐不下去|撑不下去|不想活|告别|告別|想不开|想不開",
            60,
        ),
        r"(?:想|要)睡(?:过去|過去)(?:就)?不(?:醒|起来|起來)|(?:用)?(?:烟头|煙頭|打火机|打火機)\S{0,2}(?:烫|燙)(?:自己|手)"
        r"|跳下去\S{0,6}(?:解脱|解脫)|(?:阳台|陽台|窗台|楼上|樓上)\S{0,10}跳下去|活(?:着|著|落去)\S{0,2}(?:没意思|沒意思"
        r"|冇意思|没意义|沒意義)",
        r"特登(?:食|吃|吞)\S{0,6}(?:药|藥)",
        _either(r"日子(?:都)?(?:定好|选好|選好)", r"死|自杀|自殺|遗书|遺書|结束|結束", 30),
        # the fifth and sixth files' lessons
        _either(
            r"遗言|遺言|(?:叫我|不要|唔好)(?:再)?(?:搵|找)(?:佢|她|他|我)",
            r"海边|海邊|天台|楼顶|樓頂|桥|橋|江边|江邊",
            60,
        ),
        r"(?:唔使|不用|别|別|不要)救我",
        r"(?:食|吃|吞)(?:晒|了|咗)(?:成排|成板|一整板|成樽|整瓶|全部)",
        r"(?:唔會|唔会)再(?:麻煩|麻烦|拖累)|(?:今晚|今夜)(?:之后|之後|以后|以後)\S{0,4}(?:唔使|不用|不必)再(?:担心|擔心)",
        r"(?:攒|攢|存|储|儲)(?:下来|下來|起|咗|了)?(?:的|嘅)?\S{0,8}(?:全部|全|都)(?:吃|吞|食)(?:了|咗|晒)",
        _either(
            r"江边|江邊|河边|河邊|海边|海邊|天台|楼顶|樓頂",
            r"不回来了|不回來了|唔返(?:嚟|来|來)|不会再回|不會再回|再见了|再見了|关机|關機|电话也不接|電話也不接|对唔住|對唔住|对不起|對不起",
            60,
        ),
        _either(
            r"(?:一袋|一包|成袋)(?:炭|木炭)|(?:阳台|陽台|房)\S{0,4}(?:炭|木炭)",
            r"关机|關機|bye|再见|再見|谢谢大家|謝謝大家",
            100,
        ),
        r"(?:以后|以後)(?:唔使|不用|不必)再(?:见|見)",
    ],
    emergency=[
        r"不呼吸|(?:没|沒|冇)(?:有)?(?:呼吸|气息|氣息)(?!困难|困難|急促|道)|停止呼吸|呼吸(?:停|没了|沒了)|喘不(?:过|過|上)(?:气|氣)"
        r"|(?:透|吸)不(?:过|過|上)(?:气|氣)|呼吸困难|呼吸困難|上不来气|上不來氣",
        r"(?:叫|喊|摇|搖|拍)(?:不|唔|极都唔|極都唔)(?:太)?醒|(?:叫|喊)(?:她|他|佢)?(?:都)?(?:没|沒|冇)(?:有)?(?:反应|反應)"
        r"|不省人事|失去(?:知觉|知覺|意识|意識)|昏迷|昏倒|晕倒|暈倒|晕过去|暈過去|晕厥|暈厥|暈咗|休克|倒地不起"
        r"|倒(?:在)?地上(?:不动|不動|冇郁)",
        r"抽搐|痉挛|痙攣|抽筋\S{0,4}(?:停不|不停)",
        r"心跳停",
        r"(?:胸口|胸部|心口)(?:很|好|非常|剧烈|劇烈|突然|极|極)?(?:痛|疼|闷痛|悶痛|压痛|壓痛)|胸痛|胸口像\S{0,4}(?:压|壓)",
        r"大出血(?!价|價|甩|促|大)|大量出血|血流不止|(?:血|流血)\S{0,2}(?:止不住|停不下|一直流|一直喷|一直噴|往外喷|往外噴|狂流|狂噴|喷出|噴出)"
        r"|流了很多血|好多血|吐血|咳血",
        r"(?:嘴|口)(?:巴|角)?(?:歪|斜)|(?:说话|說話|講話|讲话)\S{0,3}(?:不清|含糊)|口齿不清|口齒不清|(?:讲|講)唔到嘢|(?:讲|講|说|說)"
        r"不出话|(?:讲|講|说|說)不出話",
        r"半(?:边|邊)\S{0,3}(?:没力|沒力|无力|無力|冇力|麻|不能动|不能動)|(?:左|右|一)(?:边|邊)\S{0,3}(?:手|手脚|手腳|身体|身體"
        r"|脸|臉)\S{0,3}(?:没力|沒力|无力|無力|冇力|麻)|(?:左|右)手(?:也)?(?:没力|沒力|麻了)",
        r"(?:吞|误吞|誤吞|吃|食)(?:了|咗|下去|落)?\S{0,6}(?:电池|電池|磁铁|磁鐵|硬币|硬幣)",
        r"(?:喝|误喝|誤喝|饮|飲)(?:了|咗)?\S{0,4}(?:农药|農藥|漂白水|清洁剂|清潔劑|洗洁精|洗潔精|消毒水|汽油|煤油|除草剂|除草劑"
        r"|杀虫剂|殺蟲劑|通渠水)",
        r"(?:吃|吞|食|服)(?:了|咗|落)?(?:一整瓶|整瓶|成樽|好多|很多|一把)\S{0,4}(?:药|藥)"
        r"|(?:农药|農藥|一氧化碳|煤气|煤氣|酒精|药物|藥物|蘑菇)中毒|服毒",
        r"噎(?:住|到|咗)|(?:卡|鲠|鯁)(?:在|喺)(?:喉咙|喉嚨|喉)|(?:喉咙|喉嚨)\S{0,2}(?:卡|塞)住",
        r"溺水|遇溺|触电|觸電|被电到|被電到|(?:嘴唇|脸|臉|面)\S{0,2}(?:发紫|發紫|发青|發青|变紫|變紫|紫了)",
        r"(?:喉咙|喉嚨)\S{0,3}(?:肿|腫|发紧|發緊)|嘴唇\S{0,3}(?:肿|腫)",
        r"(?:烫伤|燙傷|烧伤|燒傷|烫到|燙到)\S{0,12}(?:起(?:大)?泡|皮\S{0,2}掉|大面积|大面積)|骨头(?:露|戳)出来|骨頭(?:露|戳)出來"
        r"|(?:腿|脚|腳|下半身)\S{0,4}(?:没|沒|冇)(?:有)?(?:感觉|感覺)|被蛇咬|按(?:不|唔)?(?:褪色|退色)",
        r"(?:电池|電池|磁铁|磁鐵|硬币|硬幣)\S{0,4}(?:吞|吃)(?:下|了|咗|进|進)",
        r"(?:血糖|胰岛素|胰島素|糖尿病)[^。!?\n]{0,30}(?:迷糊|出汗|发抖|發抖|叫不醒|胡话|胡話)",
        r"(?:发抖|發抖)\S{0,6}不抖了|(?:青霉素|盘尼西林|盤尼西林|过敏|過敏)[^。!?\n]{0,40}(?:血压|血壓)\S{0,6}(?:低|\d{2}/\d{2})",
        r"(?:当|當)糖吃|(?:发烧|發燒|高烧|高燒)[^。!?\n]{0,30}(?:脖子|颈|頸)\S{0,2}(?:硬|僵)|(?:紫色|紫红色)\S{0,2}(?:斑点|斑點|瘀点)",
        r"(?:胸口|胸部|心口)(?:剧|劇|巨|超|特别|特別|一阵|一陣|好似|好像)(?:痛|疼|闷|悶)|(?:没|沒|冇)(?:有)?(?:反应|反應)(?!\S{0,2}(?:过来|過來))|毫无反应|毫無反應|唔(?:識|识)郁|(?:叫|喊)(?:佢|她|他)?(?:都)?唔應",
        r"(?:误食|誤食|误吃|誤吃|误服|誤服|不小心吃)(?:了)?\S{0,8}(?:药|藥)|(?:宝宝|寶寶|孩子|小孩|儿子|兒子|女儿|女兒|孙子|孫子)\S{0,3}(?:吃|吞)(?:了|咗)\S{0,8}(?:药|藥)[^。!?\n]{0,12}(?:嗜睡|叫不醒|昏|呕吐|嘔吐|没精神|沒精神|很困)",
        r"一直(?:在)?流血|流血不(?:止|停)|(?:血|流血)止不住|出血(?:很多|好多|不止|量很大|量大)",
        r"(?:高烧|高燒|发烧|發燒)\S{0,3}抽筋|眼睛(?:往上|向上)翻",
        r"(?:下体|下體|睾丸|蛋蛋)\S{0,4}(?:剧痛|劇痛|很痛|疼得)|意识模糊|意識模糊|手脚冰凉\S{0,2}发紫|(?:講|讲)嘢\S{0,4}含糊",
        r"(?:左|右)手冇力|叫極都唔(?:應|醒)",
        # the fourth file's lessons: a double dose and drowsy, a face swollen and the voice hoarse, choking on jelly,
        # bleeding in pregnancy, the worst headache, a whole strip or bottle swallowed
        _either(
            r"(?:两倍|兩倍|双倍|雙倍|多咗|多了|两次|兩次|重复|重複)\S{0,4}(?:分量|份量|剂量|劑量|药|藥)|(?:饮错|飲錯|吃错|吃錯"
            r"|食错|食錯|打错|打錯|用错|用錯)(?:了|咗)?\S{0,10}(?:药|藥|糖水|胰岛素|胰島素|分量|份量)",
            r"眼瞓|嗜睡|很困|好困|想睡|叫不醒|昏|呕吐|嘔吐|发抖|發抖|心跳(?:很|好)?慢",
            40,
        ),
        _either(
            r"(?:面|脸|臉|嘴唇)\S{0,3}(?:肿|腫)(?:晒|了|咗|起来|起來)",
            r"(?:把声|把聲|声音|聲音)\S{0,2}(?:好沙|沙哑|沙啞)|呼吸|喘|epipen|花生|虾|蝦|海鲜|海鮮|(?:过|過)敏",
            40,
        ),
        r"(?:卡住|鲠住|鯁住|噎住)\S{0,20}(?:咳不出|憋得|脸色|臉色|发紫|發紫|讲唔到|講唔到)|咳不出(?:来|來)|憋得(?:通红|通紅"
        r"|发紫|發紫)",
        r"(?:怀孕|懷孕|孕)\s?\d+\s?(?:周|週|个月|個月)\S{0,20}(?:出血|流血|剧痛|劇痛|破水|见红|見紅)|下面(?:一直)?(?:出血|流血)",
        r"人生最痛|一生最痛|(?:最|從來沒|从来没)(?:試過|试过|有过|有過)(?:咁|这么|這麼)痛",
        r"(?:吃|吞|食|服|饮|飲)(?:了|咗|落)?(?:一整板|整板|成板|一整瓶|整瓶|成樽|成排|一整盒|整盒|\d{2,3}\s*(?:粒|片|颗|顆))"
        r"\S{0,6}(?:药|藥|安眠|必理痛|止痛|扑热息痛|撲熱息痛|退烧|退燒)",
        r"(?:在做|做紧|做緊|正在做)\s?(?:cpr|心肺复苏|心肺復甦)|(?:摸不到|冇)脉搏|(?:摸不到|冇)脈搏",
        r"跌(?:亲|親|倒|咗)[^\n。]{0,15}(?:起唔到身|企唔起身|起不来|起不來|动不了|動不了|不动了|不動了)",
        r"(?:烫伤|燙傷|烧伤|燒傷|烫到|燙到|著火|着火)[^\n。]{0,15}(?:起(?:晒)?(?:大)?(?:水)?泡|皮\S{0,2}(?:掉|甩))",
        r"(?:消毒液|消毒水|漂白水|洁厕|潔廁|农药|農藥|清洁剂|清潔劑|通渠水|杀虫水|殺蟲水)\S{0,8}(?:喝|饮|飲|吞)(?:了|咗|落)",
        r"(?:野菇|野生菌|野蘑菇|毒菇)[^\n。]{0,30}(?:吐|嘔|屙|泻|瀉|晕|暈)|羊水破|(?:宝宝|寶寶|bb|bb仔)\S{0,2}(?:要|快)(?:出来|出來|出嚟)",
        r"按(?:了|咗)?(?:都)?(?:不|唔)(?:褪色|退色)|胸口\S{0,8}(?:撕|裂)\S{0,4}痛|(?:胸口|心口)\S{0,6}(?:痛|疼|翳)[^\n。]{0,12}"
        r"(?:冷汗|大汗|膊頭|膊头|手臂|左手|下巴)",
        r"耳(?:朵|仔)?\S{0,2}(?:流血|出血)|(?:摔|跌|掉)(?:下来|下來|落嚟|落地)[^\n。]{0,10}(?:不动|不動|冇反应|冇反應|昏)",
        r"血氧\S{0,6}(?:[5-8]\d)(?!\d)",
        r"(?:撞到|撞咗|撞)(?:头|頭)[^\n。]{0,20}(?:吐|嘔|想睡|叫不醒)|(?:宝宝|寶寶|bb)\S{0,10}(?:发烧|發燒)[^\n。]{0,20}(?:没精神|沒精神"
        r"|软|軟|不吃奶|唔食奶)",
        # the fifth and sixth files' lessons
        r"(?:喝|饮|飲)(?:了|咗)?(?:一口|几口|幾口|啲)?\S{0,4}(?:消毒液|漂白剂|漂白劑|84)",
        _either(r"洗衣凝珠|洗衣球|洗碗块|洗碗塊|洗衣液", r"咬破|吞|吃|喝|咳|泡沫", 20),
        _either(
            r"(?:食|吃)多(?:咗)?(?:一)?次|又(?:食|吃)(?:多)?(?:一)?次|重复(?:吃|服)|重複(?:吃|服|食)",
            r"心跳(?:好|很)?慢|暈|晕|企唔穩|站不稳|站不穩",
            40,
        ),
        _either(
            r"撞車|撞车|车祸|車禍|撞到头|撞到頭",
            r"(?:嘔|吐)(?:咗|了)?(?:兩|两|几|幾)次|重复又重复|重複又重複|叫不醒",
            60,
        ),
        _either(r"被(?:车|車)撞|车祸|車禍|(?:摔|跌)(?:下来|下來|倒)", r"一动不动|一動不動|一大滩血|一大灘血", 60),
        r"血糖[^\d\n]{0,6}(?:[0-2]\.\d|[0-2](?![\d.]))",
        r"血\S{0,2}(?:停唔到|止唔到|止唔住|停唔住|停不了|止不了)|(?:毛巾|纸巾|紙巾)\S{0,4}(?:湿透|濕透|濕晒|湿晒)",
        r"嘴唇\S{0,2}(?:好|很)?(?:藍|蓝|紫)|肋骨\S{0,4}(?:陷|凹)",
    ],
    condition=[
        r"心脏病发|心臟病發|心肌梗|心梗|心脏骤停|心臟驟停|中风|中風|脑卒中|腦卒中",
        r"癫痫发作|癲癇發作|羊癫疯|羊癲瘋",
        r"(?:吃药|服药|吃藥|服藥|药物|藥物)(?:过|過)量|(?:严重|嚴重)(?:过|過)敏|(?:过|過)敏性休克",
    ],
    acute=[
        r"正在|突然|刚才|剛才|刚刚|剛剛|救护车|救護車|白车|白車|救命|快点|快點|怎么办|怎麼辦|点算|點算"
        r"|好像|似乎|可能是|是不是|係咪|会不会|會不會",
    ],
    now=[r"现在|現在|而家|刚才|剛才|刚刚|剛剛"],
    background=[
        r"住院|住(?:紧|緊)院|入院|入咗院|(?:术|術)(?:后|後)|手(?:术|術)(?:后|後)|支架|通咗波仔|出院|复查|復查"
        r"|覆查|挂号|掛號|挂\S{0,4}号|预约|預約|约医生|約醫生|开药|開藥|续药|續藥|续开|續開|账单|賬單|帳單|嘅單"
        r"|重症|监护|監護|复康|復康|康复|康復|停车|停車",
    ],
    past=[
        r"病史|得过|得過|去年|前年|以前|上(?:个|個)?月|上(?:周|週|星期|礼拜|禮拜)|(?:几|幾|\d+|[一二两兩三四五六七八九十]+)(?:年|个月|個月|周|週"
        r"|天)前|曾经|曾經|(?<!从)(?<!從)(?<!自)昨天(?!(?:开始|開始|起))|昨晚|昨日|前天|小时候|小時候",
    ],
    fiction=[
        r"电视剧|電視劇|连续剧|連續劇|电影|電影|剧里|劇裡|剧中|劇中|小说|小說|游戏|遊戲|动画|動畫|漫画|漫畫|新闻|新聞|梦里|夢裡"
        r"|做梦|做夢|兽医|獸醫|(?:笑|累|吓|嚇)(?:死|到)|(?:气|氣)(?:得|到)吐血|吐血推",
        r"哈哈|(?:让人|讓人|令人)窒息|预防|預防",
        # nearly: an idiom, nothing happened
        r"差点|差點|险些|險些",
    ],
    general=[
        r"症状(?:是什么|有哪些|有什么)|症狀(?:是什麼|有哪些|有什麼)|什么症状|什麼症狀|如果有人|如果\S{0,3}(?:孩子|小孩|宝宝|寶寶"
        r"|老人)|怎么(?:急救|处理|判断)|怎麼(?:急救|處理|判斷)|如何(?:判断|判斷|急救)|急救方法",
        r"(?:有咩|有乜|有什么|有什麼)(?:徵兆|征兆|症狀|症状)|(?:徵兆|征兆)(?:係|是|有)",
    ],
    asking=[
        r"提前(?:学|學|了解)|以防万一|以防萬一|课程|課程|培训|培訓",
        r"作业|论文|論文",
        r"功課|功课",
        # a task for a class, a course or an exam
        # "作業" alone is Japanese for work ("外で作業してた"): the Chinese homework is "寫作業", "學校作業"
        r"作业|(?:寫|写|做|交|學校|学校|老師|老师|課堂|课堂)\S{0,2}作業|作業(?:題|要|嘅|的)|功课|功課|论文|論文|考试|考試|课堂|課堂",
        r"急救课|急救課|课上|課上",
    ],
    resolved=[
        r"(?:现在|現在|而家)(?:已经|已經)?(?:好了|没事|沒事|冇事|恢复|恢復|正常)|恢复得(?:不错|很好)|恢復得(?:不錯|很好)"
    ],
    negation_before=[
        r"(?:不|没|沒|没有|沒有|冇|未|无|無|并非|並非|不是|并没有|並沒有|不会|不會)\s*",
        r"(?:有点|有點|一点|一點|稍微|轻微|輕微)\s*",
        r"(?:差点|差點|差一点|差一點|快要)\s*",
        r"(?:不是|并不是|並不是|没有|沒有|没|沒)(?:想|要|打算)\s*",
    ],
    routine=[
        r"病房|病區|病区|探视|探視|探病|会客|會客|复健科|復健科|康复科|康復科|复诊|覆診|復診|门诊|門診",
    ],
)
# Japanese (read alongside Chinese: the kanji are the same)
_JAPANESE = _Language(
    self_harm=[
        r"死にたい|死にたく(?:て|なる|なった)|消えたい|自死|首を(?:吊|つ)|飛び降り(?:る|たい|よう|ます)|(?:橋|ビル|屋上)(?:から|に)"
        r"\S{0,8}飛び降り",
        r"リスカ|リストカット|(?:手首|腕)を切(?:る|っ|り)|自傷",
        r"(?:薬|睡眠薬)を(?:全部|大量に|まとめて)(?:飲|の)|遺書|(?:生きていたくない|生きたくない|生きる意味がない)"
        r"|全部終わりに(?:したい|する)|人生を終わらせ|命を絶",
        r"(?:明日|今夜)(?:には|は)?\S{0,3}もういない|今までありがとう(?!ございました)|いなくなったほうが",
        r"(?:何錠|何粒|どれくらい|何個)\S{0,10}(?:死ね|起きない|目が覚めない|起きなく)",
        r"(?:屋上|橋の上)(?:に|で)\S{0,6}(?:いる|います)\S{0,20}(?:降りる|飛|つもり)|(?:今夜|明日)で終わりにする|睡眠薬を(?:全部)?飲むって",
        r"わざと\S{0,10}(?:薬|錠)|(?:薬|錠)\S{0,10}わざと",
        r"消えてしまいたい",
        r"死ぬ方法|自殺(?:の)?方法|楽に死ね",
        r"(?:持ち物|物)を全部\S{0,4}(?:あげ|譲)|もう必要ないから",
        # the fourth file's lessons: jumping in front of a train, charcoal in a locked room, all pills taken, a
        # last message
        r"(?:電車|線路|ホーム)に飛び込(?:む|み|もう)|飛び込むつもり|練炭を(?:買|持ち込|用意)",
        _either(r"練炭|七輪", r"鍵|閉じこも|出てこない|死|消え", 40),
        _either(
            r"(?:全部|まとめて|大量に|一箱|ひと箱|一シート)\s?(?:飲んだ|飲みました|のんだ)",
            r"わざと|死|消え|終わりに",
            30,
        ),
        _either(
            r"最後の(?:メッセージ|投稿|連絡)|さようなら|今までありがとう",
            r"橋|屋上|崖|海(?:に|へ|で|辺)|線路|電話に出ない|既読(?:が)?つかない",
            60,
        ),
        r"(?:決行|実行する)日",
        _either(r"日(?:にち)?を決め", r"死|自殺|遺書|終わりに", 30),
        # the fifth and sixth files' lessons
        _either(
            r"(?:一箱|ひと箱|一シート|全部|ぜんぶ)\S{0,4}(?:飲んだ|飲みました|のんだ|飲んじゃった)",
            r"疲れた|最後に|言いたかった",
            40,
        ),
        _either(r"今まで(?:本当に|ほんとに)?ありがとう(?!ございました)", r"よろしく|海|橋|屋上|崖", 60),
        _either(r"屋上の鍵|屋上", r"くれ(?:て|た)|片付け|もう全部大丈夫", 200),
        r"(?:薬|睡眠薬)を?\S{0,4}(?:貯めて|ためて|溜めて)|今夜全部飲む",
    ],
    emergency=[
        r"(?:息|呼吸)(?:を)?して(?:い)?ない|息が(?:できない|出来ない|止まっ|苦しい)|呼吸が(?:止まっ|できない|苦しい)|息苦しい",
        r"意識が(?:ない|なく|もうろう|朦朧)|意識不明|気を失っ|失神|(?:呼んでも|声をかけても|揺すっても|起こしても)\S{0,4}"
        r"(?:反応(?:が)?ない|起きない|返事(?:が)?ない)|反応がない|目を覚まさない",
        r"けいれん|痙攣|ひきつけ|引きつけ",
        r"胸が(?:痛い|痛くて|締め付け|苦しい)|胸を押さえ|胸の痛み",
        r"出血が(?:止まらない|ひどい|多い)|血が(?:止まらない|噴き出|すごい|いっぱい)|大量(?:の)?出血|血を吐",
        r"(?:顔|口)の(?:片側|左側|右側)が(?:下が|ゆが|歪)|顔が(?:ゆが|歪)|(?:ろれつ|呂律)が回らない|言葉が(?:出ない|うまく出)"
        r"|(?:手|腕|足)に力が入らない|片(?:方の)?(?:手|腕|足)が動かない",
        r"(?:ボタン電池|電池|磁石|洗剤|漂白剤|農薬|灯油|殺虫剤)を\S{0,6}(?:飲み込|のみこ|飲んじゃ|飲んだ|誤飲|食べちゃ)|誤飲",
        r"(?:喉|のど)に\S{0,4}(?:詰まら|詰まっ|つまっ|引っかか)|窒息|溺れ|感電|唇が(?:紫|青)|顔が真っ青",
        r"(?:喉|のど)が(?:締ま|腫れ|しまる)|全身(?:に)?じんましん|ひどい(?:火傷|やけど)|大やけど|皮膚がむけ"
        r"|熱中症(?!対策|予防)|低血糖(?:で|の)?\S{0,4}(?:意識がな|意識が無|倒れ|反応が|けいれん|痙攣)|一酸化炭素|骨が(?:見え|飛び出)",
        r"赤ちゃんの頭が(?:見え|出)|目に(?:薬品|洗剤|漂白剤|何か)\S{0,3}(?:入っ|かかっ)",
        r"(?:糖尿病|インスリン)\S{0,30}(?:返事し|汗だく|震え|意識)",
        r"(?:息|呼吸)(?:を)?して(?:い)?ません",
        r"(?:電池|磁石|洗剤|漂白剤|農薬|灯油|殺虫剤)を\S{0,4}(?:飲んで|食べて)(?:しまっ|しまい|しま)",
        r"(?:蜂|ハチ)に刺され\S{0,12}(?:腫れ|じんましん|息|呼吸)|全身が腫れ",
        r"返事がありません|反応がありません|反応が鈍い|汗も出(?:ず|ない)",
        r"(?:ストーブ|練炭|一酸化炭素)[^。!?\n]{0,40}(?:起きない|意識|頭痛)",
        # the fourth file's lessons: "反応なし", breathing unclear, a head hit and vomiting, pills by the dozen
        r"反応(?:が)?(?:なし|無し)|息(?:を)?して(?:い)?る(?:か|の)?(?:わから|分から)ない|呼吸(?:が)?(?:ない|なし)",
        r"頭(?:を)?打(?:って|った)\S{0,20}(?:吐い|嘔吐|ぼーっと|意識|話が通じ|けいれん)",
        r"\d{2,3}\s?(?:錠|粒|個)\S{0,8}(?:飲ん|のん|飲み)",
        r"妊娠\S{0,10}(?:出血|破水)|破水\S{0,20}(?:頭|出て)",
        _either(r"顔が(?:腫れ|パンパン)|唇が腫れ", r"食べ|刺され|息|呼吸|声が|アレルギー", 30),
        r"心臓マッサージ(?:を)?(?:して|中)|脈が(?:ない|触れない)",
        _either(r"熱|発熱", r"首が(?:硬|かた)|項部硬直|光がまぶし", 30),
        r"(?:落ちて|転落して|転んで)[^\n。]{0,20}(?:動けない|しびれ)|呼吸が浅|喉が苦しい|息が(?:ヒューヒュー|ゼーゼー)"
        r"|(?:餅|もち|食べ物|パン|肉|飴|ブドウ|ぶどう|こんにゃく|ゼリー|ナッツ|豆)を(?:喉に)?詰まらせ",
        _either(r"冷や汗", r"胸|みぞおち|重苦し", 30),
        r"(?:インスリン|血圧の薬|心臓の薬|糖尿病の薬)\S{0,20}(?:間違えて|多く)\S{0,10}(?:打っ|飲ま|飲ん)",
        _either(r"汗(?:を)?(?:かいてない|かいていない|も出(?:ず|ない)|も止まっ|が止まっ)", r"熱い|熱中症|倒れ", 30),
        r"(?:呼んでも|声をかけても|揺すっても|起こしても)\S{0,4}反応(?:し)?(?:ない|ません)|いびき(?:みたい|のよう)な呼吸",
        r"(?:酸素|spo2)\S{0,6}(?:[5-8]\d)(?!\d)",
        r"(?:赤ちゃん|生後\d+(?:か月|ヶ月))\S{0,20}(?:熱|発熱)[^\n。]{0,30}(?:ぐったり|ミルクを飲まない)",
        r"(?:breathing|breathe|呼吸|息)\s?(?:が)?できない",
        # the fifth and sixth files' lessons
        r"意味の(?:分から|わから)ないこと|異常行動|ベランダから\S{0,6}(?:出よう|飛び)",
        _either(r"倒れ", r"体が\S{0,4}熱|手足が\S{0,4}(?:つっぱ|硬直)|変な返事|返事が(?:おかしい|変)", 40),
        r"頭(?:を)?打ち\S{0,20}(?:吐い|嘔吐|ぼーっと|意識)",
        _either(r"妊娠|\d+週", r"出血|お腹が\S{0,4}(?:板|硬く|カチカチ)", 60),
    ],
    condition=[
        r"心筋梗塞|心臓発作|心停止|脳卒中|脳梗塞|脳出血|くも膜下",
        r"てんかん(?:の)?発作|アナフィラキシー|オーバードーズ",
    ],
    acute=[
        r"突然|急に|さっき|救急車|助けて|たすけて|早く|至急|どうしよう|どうすれば|どうしたら|かもしれない|かも"
        r"|みたい|っぽい",
    ],
    now=[r"(?<![昨])今(?!日|年|月|週|度|後|回)|いま|さっき"],
    background=[
        r"入院|術後|手術|退院|予約|再診|処方|請求|集中治療|見舞|既往|通院|駐車場",
    ],
    past=[
        r"先月|先週|昨年|去年|\d+\s*(?:年|ヶ月|か月|カ月|週間|日)前|[一二三四五六七八九十数]+(?:年|ヶ月|か月|カ月|週間|日)前|子供の頃|子どもの頃|ことがある|ことがあり",
    ],
    fiction=[
        r"ドラマ|映画|アニメ|漫画|マンガ|ゲーム|小説|ニュース|夢で|獣医|動物病院|笑いすぎ",
        r"笑(?!顔)|予防",
        # nearly: an idiom, nothing happened
        r"危うく|しそうになった|そうになった",
    ],
    general=[
        r"もし(?:誰か|子ども|子供|目の前で)|症状は(?:何|なに)|どうすればいいか知りたい",
        r"について(?:勉強|知りたい|調べ)",
    ],
    asking=[
        r"前もって|予め|あらかじめ|講習|教室",
        r"看護学生|医学生|勉強しています|レポート",
        # a task for a class, a course or an exam
        r"課題|宿題|授業で|試験(?:勉強|対策)|論文",
    ],
    resolved=[r"今は(?:元気|大丈夫|落ち着)"],
    negation_before=[r"(?:少し|ちょっと|軽い|軽く)\s*"],
    negation_after=[
        r"(?:は|も)?(?:して(?:い)?)?(?:ない|ありません|なかった|ません|ではない|じゃない)|\S{0,2}わけ(?:じゃ|では)ない",
        r"(?:は|を)?考えて(?:い)?(?:ない|ません)",
        r"(?:気持ち|気|思い|考え)(?:は|も)(?:ない|ありません|ございません|全然ない|まったくない)",
        r"(?:とか|なんて|なんか)(?:じゃ|では)(?:ない|なく|ありません)",
    ],
    routine=[
        r"病棟|面会|リハビリ|外来",
    ],
)
# Korean
_KOREAN = _Language(
    self_harm=[
        r"죽고\s*싶|죽을\s*(?:거야|거예요|래요|꺼야)|자살|극단적\s*(?:선택|생각)|(?:목숨|생)을\s*끊",
        r"살고\s*싶지\s*않|(?:더\s*이상|이제)\s*살\s*(?:이유|의미)(?:가|도)?\s*없|살기\s*싫|(?:모든\s*걸|인생을?|삶을?)\s*끝내",
        r"자해|손목을?\s*(?:긋|그었|그어)|뛰어내(?:리|릴|렸|려)|투신|한강\s*(?:다리|대교)|목을?\s*매|유서",
        r"(?:몇\s*알|몇\s*개)\s*(?:\S+\s*){0,2}(?:안\s*깨|죽)|안\s*깨어나|(?:다들|모두)\s*(?:미안해|안녕|고마웠어)|나\s*없으면\s*"
        r"(?:다들|모두|가족)",
        r"옥상에\s*(?:올라와|올라가|있어)|뛰어내릴까|(?:다|모든\s*걸)\s*끝내고\s*싶[^.!?\n]{0,20}(?:오늘\s*밤|계획|plan)",
        r"(?:일부러|고의로)\s*(?:\S+\s*){0,3}(?:약|알)",
        r"(?:수면제|약)(?:을|를)?\s*(?:다\s*)?모아\s*(?:놨|뒀|두었|놓았)|죽는\s*방법|자살\s*방법",
        r"물건\s*(?:을|를)?\s*다\s*(?:나눠|줬)|이제\s*필요\s*없으니까|오늘\s*밤에?\s*(?:다\s*)?끝낼\s*거",
        # the fourth file's lessons: sleeping pills hoarded, charcoal hidden, "sleep forever", a last goodbye, the
        # Han river tonight
        r"(?:수면제|약|졸피뎀)\S*\s*모아\s*(?:두|놓|둔|놨|뒀)|모아\s*둔\s*(?:거|것|약)\s*(?:다|전부)\s*(?:먹었|삼켰)",
        r"번개탄\S*\s*(?:\S+\s*){0,2}(?:숨겨|테이프|샀|사\s*놨)|영원히\s*(?:자고|잠들고)\s*싶|장례식\S*\s*(?:\S+\s*){0,3}"
        r"(?:정해|골라)",
        _either(
            r"마지막\s*(?:인사|메시지|글|게시물)|그동안\s*고마웠",
            r"연락이?\s*안|한강|옥상|대교|다리\s*위|죽고|죽을|미안",
            60,
        ),
        _either(
            r"(?:한강|마포대교|대교|옥상|바다|철길|선로)\S*\s*(?:\S+\s*)?(?:가려고|갈\s*거|가서|올라왔|와\s*있)",
            r"마지막\s*(?:으로\s*)?(?:인사|메시지|부탁)|말하고\s*싶었|미안|안녕",
            60,
        ),
        _either(r"날짜(?:를|도)?\s*(?:정했|잡았|정해\s*놨)", r"죽|자살|유서|끝내", 40),
        # the fifth and sixth files' lessons
        _either(r"번개탄|연탄", r"고마웠어|미안해|안녕|프로필", 100),
    ],
    emergency=[
        r"숨을?\s*(?:안\s*쉬|못\s*쉬|쉬지\s*(?:않|못))|숨이\s*(?:멎|막|안\s*쉬어)|호흡이\s*(?:없|멈|곤란|약|얕)|숨\s*(?:쉬기|쉬는\s*게)\s*"
        r"(?:힘들|어려)",
        r"의식이?\s*(?:없|잃)|정신을?\s*(?:잃|못\s*차리)|기절|실신|쓰러졌|쓰러지셨|쓰러져\s*(?:있|서)|(?:깨워도|불러도|흔들어도)\s*"
        r"(?:안\s*일어|반응이?\s*없|대답이?\s*없|안\s*깨)|반응이?\s*없|눈을\s*안\s*떠",
        r"발작|경련|간질\s*(?:발작|이\s*(?:왔|와|일어))",  # not "간질간질" (it tickles) nor epilepsy as a condition
        r"갑자기\s*가슴이?\s*(?:너무\s*)?(?:아파|아프|조이)|가슴이?\s*(?:조이|쥐어짜)|가슴을\s*움켜|가슴\s*통증|흉통",
        r"피가\s*(?:안\s*멈|멈추지\s*않|계속\s*나|엄청\s*나|철철|콸콸|많이\s*나)|코피가\s*안\s*멈|출혈이\s*(?:심|많|안\s*멈)"
        r"|(?:과다|대량)\s*출혈",
        r"(?:입|얼굴)이?\s*(?:한쪽으로\s*)?(?:돌아갔|비뚤어|처졌)|말이?\s*(?:어눌|안\s*나와|꼬여)|한쪽\s*(?:팔|다리|몸)(?:에|이|을)?\s*"
        r"(?:힘이?\s*없|마비|못\s*들)",
        r"(?:건전지|배터리|자석|동전|세제|락스|농약)\S*\s*(?:\S+\s*){0,2}(?:삼켰|먹었|마셨|깨물)|약을?\s*(?:한\s*통|통째로|잔뜩)\s*"
        r"(?:먹었|삼켰)",
        r"목에\s*(?:\S+\s*)?(?:걸렸|걸려|막혔)|질식|익사|물에\s*빠졌|감전",
        r"(?:입술|얼굴)이?\s*(?:파래|파랗|보라|퍼래)|목이?\s*(?:부어|붓|막혀|조여)",
        r"(?:심한|큰)\s*화상|피부가\s*벗겨|뼈가\s*(?:튀어나|보여)|다리에\s*감각이\s*없|연탄가스|일산화탄소",
        r"목이?\s*(?:막힌|막혔|막히)|(?:얼굴|입술|혀)(?:이|가)?\s*부어|(?:경련|발작|seizure)\S*\s*[^.!?\n]{0,20}멈추(?:질|지)\s*않",
        r"(?:당뇨|인슐린|저혈당)[^.!?\n]{0,40}(?:헛소리|식은땀|의식)|임신[^.!?\n]{0,30}(?:한쪽\s*배|하혈|피가)",
        r"숯불[^.!?\n]{0,30}(?:잤|자고|머리가\s*아프|안\s*일어나)|보라색\s*반점",
        # the fourth file's lessons: bleeding that won't stop, waters broken and the head showing, a bent finger
        r"피가\s*(?:\S+\s*)?멈추(?:지|질)\s*(?:않|않고|않아)|양수(?:가)?\s*터(?:지|졌)|(?:아기|애기)\s*머리가\s*(?:보여|나와)"
        r"|탯줄",
        r"(?:손가락|팔|다리)\S*\s*(?:\S+\s*)?(?:이상한\s*방향으로|반대로)\s*꺾",
        r"(?:넘어지|넘어진|머리를?\s*부딪)\S*[^.!?\n]{0,30}(?:졸려|토하|말을?\s*못\s*알아|의식이?\s*(?:없|흐려|떨어))",
        r"(?:cpr|심폐소생술)\s*(?:하고|중)|맥박이?\s*(?:없|안\s*잡)",
        r"고환\S*\s*(?:\S+\s*){0,2}(?:아프|통증)|숫구멍|대천문\S*\s*(?:\S+\s*)?(?:볼록|튀어)|축\s*처져[^.!?\n]{0,30}(?:열|젖)",
        r"차에\s*치(?:였|었)|머리에서\s*피(?:가|나|를|\s)",
        r"산소\s*포화도\S*\s*(?:[5-8]\d)(?!\d)",
        r"쓰러(?:졌|져)[^.!?\n]{0,30}(?:움직이지\s*않|안\s*움직)|넘어져서\s*(?:\S+\s*)?(?:못\s*일어나|일어나지\s*못)",
    ],
    condition=[
        r"심장마비|심정지|심근경색|뇌졸중|뇌출혈|중풍|아나필락시스|알레르기\s*쇼크",
    ],
    acute=[
        r"방금|갑자기|구급차|119|도와주세요(?=\s*(?:[!,،]|$))|살려주세요|빨리|급해요|어떡해"
        r"|어떻게\s*(?:해야|하죠|하나요)|같아요|것\s*같",
    ],
    now=[r"지금|방금"],
    background=[
        r"입원|수술\s*후|시술|퇴원|예약|처방|청구서|진료비|중환자실|주차",
    ],
    past=[
        r"작년|어제(?!부터)|그저께|지난\s*(?:해|달|주|번)|\d+\s*(?:년|달|개월|주)\s*전|(?:몇|한|두|세)\s*(?:년|달|주)\s*전|어렸을\s*때"
        r"|적(?:이)?\s*있",
    ],
    fiction=[
        r"드라마|영화|게임|소설|웹툰|뉴스|꿈에|수의사|동물병원|웃겨|웃다가",
        r"ㅋㅋ|ㅎㅎ|예방",
        # nearly: an idiom, nothing happened
        r"뻔했|뻔한|뻔 했",
    ],
    general=[r"만약|증상이?\s*(?:뭐|무엇|어떤)"],
    asking=[
        r"미리\s*(?:알|배우)|교육|강좌",
        r"과제|숙제|리포트|논문",
        # a task for a class, a course or an exam
        r"과제|숙제|레포트|리포트|시험\s*공부|발표\s*준비|논문",
    ],
    resolved=[r"지금은\s*(?:괜찮|멀쩡)"],
    negation_before=[r"(?:조금|약간|살짝)\s*"],
    negation_after=[
        r"\s*(?:지\s*(?:않|마|말)|진\s*않|(?:은|는|이|가)\s*(?:없|아니))",
        r"\s*(?:올|오는|날|걸릴|할)\s*뻔",
        r"\s*(?:생각|마음|계획)(?:은|이|도)?\s*(?:없|아니)",
        r"(?:은|는|을)?\s*(?:생각|마음|계획)\s*(?:같은\s*(?:건|거|것은?)\s*)?(?:은|이|도)?\s*(?:없|아니)",
    ],
    routine=[
        r"병동|면회|재활|외래",
    ],
)


_NUKTAS = ("\u093c", "\u09bc", "\u0a3c", "\u0abc")  # Devanagari, Bengali, Gurmukhi, Gujarati: often left out


# "(?!\S)" in a phrase: the word ends there, before a space, punctuation or the end of the text
_WORD_END = r"(?=[\s,.!?;:)\"'\u060c\u061f\u06d4\u0964\u104a\u104b\u1362\u1363\u17d4\u3001\u3002]|$)"


def _source(phrases: list[str]) -> str:
    """The phrases as one regex over folded text: written as the text is read (NFKC, folded), a nukta optional."""
    joined = "".join(char for char in unicodedata.normalize("NFKC", "|".join(phrases)) if char not in _ZERO_WIDTH)
    joined = joined.replace(r"(?!\S)", _WORD_END)
    joined = "".join(_fold_char(char) for char in joined)
    for nukta in _NUKTAS:
        joined = joined.replace(nukta, nukta + "?")
    return joined


def _compiled(phrases: list[str], anchored: str = "") -> re.Pattern[str] | None:
    if not phrases:
        return None
    source = _source(phrases)
    return re.compile(f"(?:{source})$" if anchored == "end" else source)


class _Script:
    """The phrases of the languages written in one script, compiled together."""

    def __init__(self, letters: str, languages: list[_Language], spaced: bool = True) -> None:
        def joined(attribute: str, anchored: str = "") -> re.Pattern[str] | None:
            return _compiled([phrase for language in languages for phrase in getattr(language, attribute)], anchored)

        self.letters = re.compile(f"[{letters}]")
        self.self_harm = joined("self_harm")
        self.emergency = joined("emergency")
        self.condition, self.acute, self.background = joined("condition"), joined("acute"), joined("background")
        self.past, self.fiction = joined("past"), joined("fiction")
        self.general, self.asking = joined("general"), joined("asking")
        self.resolved, self.routine, self.now = joined("resolved"), joined("routine"), joined("now")
        self.negated_before, self.negated_after = joined("negation_before", "end"), joined("negation_after")
        self.spaced = spaced  # words between spaces; else a clause is read from the last word for "now"


# English crisis words in a message written in another script ("ابو کو heart attack لگ رہا ہے", "ប៉ា chest pain
# ខ្លាំង"): the English rules look for an English subject and tense around them, which such a message lacks; here the
# other script's words for the past, fiction and negation judge them.
_ENGLISH_AMONG_OTHERS = _Language(
    self_harm=[
        r"\bsuicid(?:e|al)\b(?!\s+(?:prevention|awareness|hotline|line|policy|policies))|\bkill(?:ing)?\s+myself\b"
        r"|\bwant\s+to\s+die\b|\bend\s+(?:my\s+life|it\s+all)\b|\bbetter\s+off\s+without\s+me\b"
        r"|\b(?:this\s+is|said|saying)\s+goodbye\b|\b(?:good\s*)?bye\s+(?:everyone|every1|all|forever)\b"
        r"|\bcan'?t\s+(?:do\s+this\s+)?(?:go\s+on\s+)?anymore\b|\bwon'?t\s+be\s+here\s+tomorrow\b",
        # "goodbye" said to everyone in the message's own language: "सबैलाई goodbye", "大家 bye"
        r"(?:всем|усім|всім|सबैलाई|सबको|ਸਭ\s+ਨੂੰ|ሁሉም|大家|所有人|みんな|모두|다들|எல்லாருக்கும்|ყველას|բոլորին|לכולם"
        r"|للجميع|به\s+همه|سب\s+کو)\s*(?:\S+\s+)?(?:good\s*bye|bye)\b",
    ],
    emergency=[
        r"\bchest\s+pain\b(?!\s+(?:clinic|unit))|\bseizing\b|\bunconscious\b|\bunresponsive\b|\bpassed\s+out\b"
        r"|\bnot\s+(?:breathing|responding)\b|\bcan'?t\s+breathe\b|\b(?:severe\s+)?allergic\s+reaction\b|\bchoking\b",
        # an oxygen saturation under 90 said in English inside another script: "วัด spo2 ได้ 84"
        r"\b(?:spo2|sp02|o2\s*sat\w*|oxygen|saturation)\s*(?:is\s+|of\s+|at\s+|:\s*|=\s*)?[5-8]\d\s*%?(?!\d)",
    ],
    condition=[
        r"\bheart\s+attack\b|\bcardiac\s+arrest\b|\bstroke\b(?!\s+(?:clinic|unit|ward|rehab|cent(?:er|re)|team|nurse"
        r"|follow|support))|\bseizures?\b(?!\s+(?:clinic|unit|meds?|medication))|\boverdos(?:e|ed)\b|\banaphyla\w+",
    ],
)


_SCRIPTS = [
    _Script("\u0400-\u04ff", [_RUSSIAN, _UKRAINIAN, _BULGARIAN]),
    _Script("\u0370-\u03ff\u1f00-\u1fff", [_GREEK]),
    _Script("\u0590-\u05ff", [_HEBREW]),
    _Script("\u0600-\u06ff\u0750-\u077f", [_ARABIC, _PERSIAN, _URDU]),
    _Script("\u0530-\u058f", [_ARMENIAN]),
    _Script("\u10a0-\u10ff\u1c90-\u1cbf", [_GEORGIAN]),
    _Script("\u0900-\u097f", [_HINDI, _NEPALI, _MARATHI]),
    _Script("\u0980-\u09ff", [_BENGALI]),
    _Script("\u0a00-\u0a7f", [_PUNJABI]),
    _Script("\u0a80-\u0aff", [_GUJARATI]),
    _Script("\u0b80-\u0bff", [_TAMIL]),
    _Script("\u0c00-\u0c7f", [_TELUGU]),
    _Script("\u0c80-\u0cff", [_KANNADA]),
    _Script("\u0d00-\u0d7f", [_MALAYALAM]),
    _Script("\u0d80-\u0dff", [_SINHALA]),
    _Script("\u0e00-\u0e7f", [_THAI], spaced=False),
    _Script("\u0e80-\u0eff", [_LAO], spaced=False),
    _Script("\u1780-\u17ff", [_KHMER], spaced=False),
    _Script("\u1000-\u109f", [_BURMESE]),
    _Script("\u1200-\u139f", [_AMHARIC, _TIGRINYA]),
    _Script("\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff", [_CHINESE, _JAPANESE]),
    _Script("\uac00-\ud7af\u1100-\u11ff\u3130-\u318f", [_KOREAN]),
]
_ENGLISH_SELF_HARM = _compiled(_ENGLISH_AMONG_OTHERS.self_harm)
_ENGLISH_EMERGENCY = _compiled(_ENGLISH_AMONG_OTHERS.emergency)
_ENGLISH_CONDITION = _compiled(_ENGLISH_AMONG_OTHERS.condition)
# Cues in any script that a condition named is happening now (🚑, 🆘, "!!", English "help"), and English words that
# place it on a ward or in a follow-up ("ICU-ல இருக்காங்க", "ആശുപത്രിയിൽ admitted").
_ACUTE_ANY = re.compile(
    r"[\U0001f691\U0001f198]|!!|(?<![a-z])(?:help|now|urgent(?:ly)?|ambulance|911|asap|hurry)(?![a-z])"
)
_BACKGROUND_ENGLISH = re.compile(
    r"(?<![a-z])(?:ward|rehab|icu|admitted|discharged|follow[\s-]?up|appointment|visiting|clinic|opd|physio\w*|operation"
    r"|surgery|prescription|bill)(?![a-z])"
)


def _acute_cue(text: str, scripts: list[_Script]) -> bool:
    """Whether `text` says something is happening now: 🚑, "!!", English "help", or its scripts' own `acute` words."""
    return bool(_ACUTE_ANY.search(text)) or any(s.acute is not None and s.acute.search(text) for s in scripts)


Span = tuple[int, int]

# Laughing emoji in the sentence make a crisis word a joke ("nearly had a heart attack in the last over 😂"); not
# the nervous 😅, which people in trouble also type.
_LAUGHING = re.compile("[\U0001f602\U0001f923\U0001f606\U0001f639]")


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    end = _SENTENCE_END.search(text, position)
    return (starts[-1] if starts else 0), (end.start() if end else len(text))


_SHORT_LEAD = 12  # characters: "先月、", "Вчера,", "去年，" set the time of the clause after them


def _past_region(text: str, position: int, script: _Script) -> str:
    """Where a script's words for the past count: the clause with a short clause before it, from its last word for
    "now" before the phrase; for Thai, Lao and Khmer the sentence from that word to the first space after the phrase."""
    sentence_start, sentence_end = _sentence_bounds(text, position)
    if not script.spaced:
        start = sentence_start
        if script.now:
            for now in script.now.finditer(text, sentence_start, position):
                start = now.end()
        # after the phrase, only up to the next space: "ลาก่อน แล้วติดต่อไม่ได้ เมื่อวานเห็นซื้อเชือก" says goodbye now
        space = text.find(" ", position, sentence_end)
        return text[start : space if space >= 0 else sentence_end]
    breaks = [m.end() for m in _CLAUSE_END.finditer(text, sentence_start, position)]
    start = breaks[-1] if breaks else sentence_start
    if breaks and len(text[breaks[-2] if len(breaks) > 1 else sentence_start : start].strip()) <= _SHORT_LEAD:
        start = breaks[-2] if len(breaks) > 1 else sentence_start
    if script.now:  # "לפני שבוע ועכשיו הוא יורק דם": the past ends at a word for "now"
        for now in script.now.finditer(text, start, position):
            start = now.end()
    end = _CLAUSE_END.search(text, position, sentence_end)
    return text[start : end.start() if end else sentence_end]


# Yesterday and last night, in the other scripts: a goodbye posted, pills bought or cuts made then are still a crisis
# today ("நேத்து night எல்லாருக்கும் sorry சொல்லி... phone switch off"), so these do not set self-harm in the past.
_RECENT_PAST = re.compile(
    r"вчера|вчора|учора|снощи|χθες|χτες|εχθες|ψες|אתמול|אמש|երեկ(?!ո)|გუშინ|(?<!\S)(?:امس|البارحه|مبارح|امبارح)"
    r"|دیروز|دیشب|کل\s+رات|कल\s+रात|हिजो|गतकाल|গতকাল|কাল\s+রাতে|ਕੱਲ੍ਹ\s+ਰਾਤ|ગઈ\s?કાલે|ગઈ\s+રાત્રે|நேத்து|நேற்று"
    r"|నిన్న|ನಿನ್ನೆ|ഇന്നലെ|ඊයේ|ඊයෙ|เมื่อวาน|เมื่อคืน|ມື້ວານ|ມື້ຄືນ|ម្សិលមិញ|យប់មិញ|မနေ့က|မနေ့ည|ትና?ንት|ትላንት|昨天|昨晚|昨日"
    r"|昨夜|琴日|尋日|寻日|昨晩|ゆうべ|어제|어젯밤"
)


# Things given away are a goodbye unless they were replaced ("old phone to my brother, I bought a new one") or left
# behind in a move: a verb for giving inside a self-harm match, and a word for new, old or moving house in its sentence.
_GIVING = re.compile(
    r"отдал|раздал|подарил|перевел|віддав|віддала|роздав|роздала|подарував|подарувала|раздад|подари|дадох|даде"
    r"|δωρισ|μοιρασ|χαρισ|εδωσε|נתתי|נתן|נתנה|מכר|חילק|բաժանեց|նվիրեց|տվեց|აჩუქა|დაარიგა|გაჩუქა|მივეცი|მისცა"
    r"|وزع|اعطيت|عطيت|بخشید|دادم|دے\s+د|بانٹ|दे\s+दि|दे\s+दी|बांट|दिए|दियो|बांडे|দিয়ে\s+দি|ਦੇ\s+ਦਿੱਤ|આપી\s+દીધ"
    r"|கொடுத்துட்ட|குடுத்துட்ட|கொடுத்துவிட்ட|ఇచ్చేశ|ఇచ్చేస|കൊടുത്തു|നൽകി|දුන්නා|ยก|แจก|ให้|ມອບ|ໃຫ້|ឲ្យ|អោយ|ឱ្យ|ប្រគេន"
    r"|ပေးလိုက်|ሰጠ|送|转给|轉給|给了|あげ|譲|渡し|줬|나눠"
)
_REPLACED = re.compile(
    r"(?<!\w)(?:нов(?:ый|ую|ое|ые|ого|ий|у|е|і|а|о|и)|стар(?:ый|ую|ое|ые|ий|у|е|і|а|о|и)|вместо|замість|переезжа\w*"
    r"|переехал\w*|переїжд\w*|переїхал\w*)(?!\w)|καινουρ\w*|παλι(?:ο|α)(?!\w)|חדש\S*|ישן(?!\S)|במקום|עוברים\s+דירה"
    r"|עברנו\s+דירה|(?<!\S)(?:նոր|հին)(?!\S)|ახალ\S*|ძველ\S*|جديد\S*|قديم\S*|(?<!\S)(?:بدال|بدل)(?!\S)|انتقلنا"
    r"|جدید|قدیمی|(?<!\S)(?:نیا|نئی|نئے|پرانا|پرانی|پرانے|नया|नई|नए|पुराना|पुरानी|पुराने|नयां|पुरानो|নতুন|পুরনো|পুরানো"
    r"|ਨਵਾਂ|ਨਵੀਂ|ਨਵੇਂ|ਪੁਰਾਣਾ|ਪੁਰਾਣੀ|ਪੁਰਾਣੇ|નવો|નવી|નવું|જૂનો|જૂની|જૂનું|புது|புதிய|பழைய|కొత్త|పాత|പുതിയ\S*|പഴയ|අලුත්|පරණ"
    r"|አዲስ|አሮጌ)(?!\S)|ใหม่|เก่า|ย้ายบ้าน|ໃໝ່|ເກົ່າ|ថ្មី|ចាស់|အသစ်|အဟောင်း|新的|新嘅|旧的|舊的|换了|換咗|搬家|新しい|古い"
    r"|引っ越|새\s*(?:거|걸|것|폰)|새로\s*(?:샀|산)|이사"
)


def _dismissed_by_scripts(
    folded: str, scripts: list[_Script], start: int, end: int, own: list[_Script], emergency: bool
) -> bool:
    """The words of the message's scripts set the phrase at start:end in the past (for self-harm, before yesterday),
    a story, a general question or a lesson, say it is over or on a ward, or (those of `own`) negate it."""
    sentence = _sentence(folded, start)
    if not emergency and _GIVING.search(folded, start, end) and _REPLACED.search(sentence):
        return True

    for script in scripts:
        region = _past_region(folded, start, script) if script.past else ""
        if region and not emergency:
            region = _RECENT_PAST.sub(lambda m: " " * len(m.group()), region)
        if (
            (script.past and script.past.search(region))
            or (script.fiction and script.fiction.search(sentence))
            or (script.general and script.general.search(sentence))
            or (script.asking and script.asking.search(folded))
            or (emergency and script.resolved and script.resolved.search(sentence))
            # a ward or a clinic named beside a sign is not routine when the sentence cries out ("门诊大厅...快来人啊")
            or (
                emergency
                and script.routine
                and script.routine.search(_clause(folded, start))
                and not _acute_cue(sentence, scripts)
            )
        ):
            return True
    clause_before = _clause_before(folded, start)
    return any(
        (script.negated_before and script.negated_before.search(clause_before))
        or (script.negated_after and script.negated_after.match(folded, end))
        for script in own
    )


def dismissed_in_other_scripts(lower: str, start: int, end: int, emergency: bool) -> bool:
    """Whether the words of another script around an English crisis phrase found by the English rules set it aside:
    "मैं suicidal नहीं हूं", "පෙරේදා තාත්තට chest pain එකක් ආවා, දැන් හොඳයි". The English rules read English
    negation and tense, which such a message lacks. False for a message in Latin letters only."""
    if lower.isascii():
        return False
    folded = fold(lower)
    scripts = [script for script in _SCRIPTS if script.letters.search(folded)]
    return bool(scripts) and _dismissed_by_scripts(folded, scripts, start, end, scripts, emergency)


def find(lower: str, words: frozenset[str]) -> tuple[list[Span], list[Span]]:
    """Spans of self-harm phrases and of medical-emergency phrases that are not negated or set in the past.

    `words` are those of `lower` (MessageContext.words); they are recomputed when folding changes the text.
    """
    folded = fold(lower)
    if folded is not lower:
        words = words_of(folded)
    scripts = [script for script in _SCRIPTS if script.letters.search(folded)] if not folded.isascii() else []

    def counts(match: re.Match[str], own: list[_Script], emergency: bool) -> bool:
        start, end = match.span()
        sentence = _sentence(folded, start)
        if (
            _NOT_NOW.search(_clause(folded, start))
            or (emergency and _LAUGHING.search(sentence))
            or (bool(scripts) and (_FICTION_ENGLISH.search(sentence) or _ASKING_ENGLISH.search(folded)))
            or _GENERAL.search(sentence)
            or _NEGATED_BEFORE.search(_clause_before(folded, start))
        ):
            return False
        return not _dismissed_by_scripts(folded, scripts, start, end, own, emergency)

    def acute(start: int) -> bool:
        """A condition named ("инсульт", "心梗", "stroke") is an emergency only when its sentence, or the one after
        ("это инсульт? что делать"), says it is happening: an acute cue ("прямо сейчас", "救命", "help", 🚑, "!!"), a
        sign of an emergency, or a word for "now" in its own clause ("у него сейчас инсульт", not "перенесла инсульт,
        сейчас ей лучше"); and never on a ward, in rehab, after an operation or in a follow-up (`routine` and
        `background`: "в реабилитации", "住院了", "ICU")."""
        sentence_start, sentence_end = _sentence_bounds(folded, start)
        next_end = _sentence_bounds(folded, min(sentence_end + 1, len(folded)))[1]
        text = folded[sentence_start : next_end + 1]  # with its end: "中风了!!"
        backgrounds = [_BACKGROUND_ENGLISH] + [p for s in scripts for p in (s.routine, s.background) if p is not None]
        if any(background.search(text) for background in backgrounds):
            return False
        signs = [_ENGLISH_EMERGENCY] + [s.emergency for s in scripts if s.emergency is not None]
        clause = _clause(folded, start)
        return (
            _acute_cue(text, scripts)
            or any(sign.search(text) for sign in signs)
            or any(s.now is not None and s.now.search(clause) for s in scripts)
        )

    def spans(pattern: GatedPattern, attribute: str, english: re.Pattern[str] | None) -> list[Span]:
        emergency = attribute == "emergency"
        found = [m.span() for m in pattern.finditer(folded, words) if counts(m, [], emergency)]
        # (phrases, the scripts whose negations are theirs, whether they are conditions that must be acute)
        sources = [(getattr(script, attribute), [script], False) for script in scripts]
        sources += [(english, scripts, False)] if scripts else []
        if emergency:
            sources += [(script.condition, [script], True) for script in scripts]
            sources += [(_ENGLISH_CONDITION, scripts, True)] if scripts else []
        for phrases, own, condition in sources:
            if phrases is not None:
                found += [
                    m.span()
                    for m in phrases.finditer(folded)
                    if counts(m, own, emergency) and (not condition or acute(m.start()))
                ]
        return found

    return spans(_SELF_HARM, "self_harm", _ENGLISH_SELF_HARM), spans(_EMERGENCY, "emergency", _ENGLISH_EMERGENCY)
