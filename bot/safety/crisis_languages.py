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
look-alikes, and measured on a fourth blind file (README, "Safety detector"). Adding a phrase: put it in the right list
and add a case to tests/unit/safety/test_crisis_languages.py, with a negative case where its words could also be
figurative, negated or past.
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
    Russian "ё" -> "е", Hebrew "ם" -> "מ", Arabic-script "ي" -> "ی", "ك" -> "ک", "أ" -> "ا"), one character for one, so
    offsets stay those of the input."""
    if lower.isascii():
        return lower
    return "".join(_fold_char(char) for char in lower)


_STROKED = {"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i"}  # letters that NFD does not split into base + mark
# letters typed for one another, or final forms: Greek "ς", Russian "ё", Hebrew final letters, the variants of Arabic,
# Persian and Urdu keyboards
_OTHER_FOLD = {
    "ς": "σ", "ё": "е", "ם": "מ", "ן": "נ", "ץ": "צ", "ף": "פ", "ך": "כ",
    "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ہ": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
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
    r"\b(?:movie|movies|film|serial|series|episode|drama|novel|anime|cartoon|video\s+game|song|meme|tv\s+show)\b"
)


# --- Other scripts ----------------------------------------------------------------------------------------------
# One _Language per language, in its own script, and one _Script per writing system: a message runs only the
# phrases of the scripts it is written in. Each list holds regex sources; every source may hold several
# alternatives. They are matched against the folded text (fold()): NFKC, zero-width characters dropped, Greek
# accents taken off, Arabic-script letter variants made one. Indic scripts have vowel signs that are not \w: their
# phrases use \S and \s, not \w and \b. A phrase counts unless
#   * `past` matches in its clause, or in a short clause just before it ("先月、"): "去年中风了";
#   * `fiction` matches in its sentence (a film, a game, the news, a vet, "from laughing"): "小說裡的主角最後服毒自殺";
#   * `general` matches in its sentence (what are the signs of, if someone): "中风的症状有哪些？";
#   * `asking` matches anywhere in the message (in advance, just asking, for a class);
#   * `resolved` matches in its sentence, for emergencies only ("he's fine now");
#   * `routine` matches in its clause, for emergencies only (a ward, visiting hours, rehab: "뇌졸중 병동 면회 시간");
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
        r"(?:раздал[аи]?|раздаю)\s+(?:все\s+)?(?:свои\s+)?вещи|без\s+меня\s+(?:всем|вам|им)\s+(?:будет\s+)?лучше"
        r"|меня\s+(?:уже\s+)?не\s+будет\s+(?:завтра|утром)",
        r"(?:сегодня\s+(?:вечером|ночью)|этой\s+ночью|до\s+утра)\s+(?:\w+\s+)?все\s+(?:закончу|закончится|кончится)"
        r"|завтра\s+все\s+(?:закончится|кончится)",
        r"(?:специально|нарочно)\s+(?:выпил[аи]?|наглотал\w*|принял[аи]?|съел[аи]?)"
        r"|(?:выпил[аи]?|наглотал\w*|принял[аи]?)\s+(?:\w+\s+){0,3}(?:специально|нарочно)",
        r"сколько\s+(?:\w+\s+){0,3}(?:надо|нужно)\s+(?:\w+\s+)?чтобы\s+(?:умереть|не\s+проснуться|уснуть\s+навсегда)",
        r"(?:попрощал(?:ся|ась)|прощается)\s+со\s+всеми|(?:сказал[аи]?|написал[аи]?)\s+всем\s+(?:прощай|прощайте)",
        r"(?:собрал[аи]?|накопил[аи]?)\s+(?:\w+\s+)?(?:таблетк|снотворн|лекарств)\w*|таблетки\s+(?:уже\s+)?(?:собрал[аи]?|накопил[аи]?)",
        r"(?:я|он|она)\s+(?:для\s+всех\s+|всем\s+)?(?:только\s+)?обуза|(?:скоро|завтра)\s+(?:вас|всех|нас)\s+освобо\w+|без\s+(?:него|нее)\s+(?:нам\s+|всем\s+)?будет\s+лучше",
        r"(?:стою|стоит|сижу|сидит)\s+на\s+(?:краю\s+)?(?:крыше|мосту|подоконнике)",
        r"чтобы\s+(?:\w+\s+){1,2}не\s+проснуться",
        r"(?:выпью|наглотаюсь|съем|приму)\s+(?:\w+\s+)?(?:все|всю|целую)(?:\s+(?:таблетки|снотворное|пачку|упаковку))?(?=\s+(?:сегодня|ночью|вечером|завтра))|(?:выпью|наглотаюсь|приму)\s+все\s+(?:таблетки|снотворное)",
        r"хочу\s+все\s+(?:закончить|прекратить)|покончить\s+со\s+всем",
        r"сколько[^.!?\n]{0,40}чтобы\s+(?:\w+\s+){0,2}(?:умереть|не\s+проснуться|уснуть\s+навсегда)",
        r"(?:сегодня|это)\s+(?:мой\s+|ее\s+|его\s+)?последний\s+день(?!\s+(?:акци|прием|прием|работ|распродаж|отпуск|подачи))|как\s+(?:лучше\s+)?(?:умереть|покончить\s+с\s+собой)|способ\w*\s+(?:умереть|самоубийства|покончить)",
        r"жить\s+незачем|(?:он|она|я)\s+уже\s+на\s+(?:мосту|крыше)|раздал[аи]?\s+(?:\w+\s+){0,2}(?:все\s+)?(?:свои\s+)?вещи|(?:обуза|обузой)\s+для\s+(?:нас|всех|вас)|для\s+(?:нас|всех|вас)\s+обуза",
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
        r"|потяг|поїзд)|(?:стоїть|стою)\s+на\s+(?:мосту|даху)",
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
        r"(?:стою|стоїть|сиджу|сидить)\s+на\s+(?:краю\s+)?(?:даху|мосту|підвіконні)|щоб\s+(?:\w+\s+){1,2}не\s+прокинутися",
        r"(?:навмисно|спеціально)\s+(?:випила?|випив|наковта\w+|прийня\w+)|(?:випила?|випив|наковта\w+)\s+(?:\w+\s+){0,3}(?:навмисно|спеціально)",
        r"покінч\w*\s+(?:життя\s+)?(?:з\s+собою|самогубством)",
        r"хочу\s+(?:все|усе)\s+(?:закінчити|припинити)|(?:вип'ю|наковтаюся)\s+(?:всі|усі)\s+(?:таблетки|ліки|снодійне)",
        r"як\s+(?:краще\s+)?(?:померти|покінчити\s+з\s+собою)|скільки[^.!?\n]{0,40}щоб\s+(?:\w+\s+){0,2}(?:померти|не\s+прокинутися)",
        r"не\s+хочу\s+(?:більше\s+)?прокидатися|маю\s+мотузку",
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
        r"|טיפול\s+נמרץ",
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
    ],
    asking=[
        r"מראש|סתם\s+שואל\w*|רק\s+שואל\w*|קורס",
        # a task for a class, a course or an exam
        r"עבודת\s+(?:סמינריונ|גמר)|שיעורי\s+בית|מטלה|בשביל\s+(?:ה)?(?:קורס|שיעור|מבחנ)|למבחנ",
    ],
    resolved=[r"עכשיו\s+(?:הוא\s+|היא\s+)?(?:בסדר|טוב)"],
    negation_before=[
        r"(?<!\w)(?:לא|אין|בלי|ללא)\s+(?:(?:לו|לה|לי)\s+)?",
        r"(?<!\w)(?:קצת|קל|קלה)\s+",
    ],
    routine=[
        r"שעות\s+(?:ה)?ביקור|מחלקת|מחלקה|שיקום|חניה",
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
        r"|وصفه|فاتوره|العنایه\s+المرکزه|تاهیل|العلاج\s+الطبیعی",
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
        r"مواعید\s+الزیاره|الزیاره|قسم\s+(?:ال)?(?:قلب|اعصاب|جلطات)|اعاده\s+تاهیل|موقف\s+السیارات",
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
        r"|می\s?خورم|بخورم)|قرص\s?(?:ا|ها)?(?:مو|شو)?\s+جمع\s+(?:کردم|کرده)",
        r"(?:که|تا)\s+(?:دیگه\s+)?بیدار\s+نشم|(?:وسایل|وسایلشو|وسایلمو)\s+(?:رو\s+)?(?:بخشید|بخشیدم|دادم)",
        r"(?:فردا|امشب)\s+(?:دیگه\s+)?نیستم|(?:به\s+)?زودی\s+از\s+دست(?:م|ش)\s+راحت\s+می\s?ش",
        r"(?:عمدا|از\s+قصد|عمدی)\s+(?:\S+\s+){0,3}(?:قرص|دارو)|(?:قرص|دارو)\S*\s+(?:\S+\s+){0,3}(?:عمدا|از\s+قصد)",
        r"همه\s+چی(?:و|رو)?\s+(?:رو\s+)?تموم\s+(?:کنم|می\s?کنم)",
        r"راه\s+(?:های\s+)?(?:خودکشی|مردن)|چطوری\s+(?:خودکشی|بمیرم)",
        r"امشب\s+تمومش\s+می\s?کنم",
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
        r"بستری|بعد\s+از\s+(?:سکته|عمل|جراحی)|عمل\s+شده|مرخص|نوبت|پیگیری|نسخه|صورتحساب|قبض|توانبخشی|مراقبت\S*\s+ویژه",
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
        r"ساعت\s+ملاقات|ملاقات|بخش\s+(?:قلب|سکته|مغز)|توانبخشی|پارکینگ",
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
        r"|نسخہ|(?<!\S)بل(?!\S)|ری\s+ہیب|ملاقات",
    ],
    past=[
        r"گزشتہ|پچھلے\s+(?:سال|مہینے|ہفتے)|پچھلی\s+بار|(?:سال|سالوں|مہینے|مہینوں|ہفتے|دن)\s+پہلے|بچپن\s+میں"
        r"|(?:ہوا|ہوئی|پڑا|پڑی|آیا|آئی)\s+تھ(?:ا|ی|ے)",
        r"(?:والا|والی)\s+تھ(?:ا|ی)",
    ],
    fiction=[
        r"فلم|ڈرامہ|ناول|کہانی|گیم\s+میں|خبروں|خواب|جانوروں",
        r"😂|🤣|ہاہا",
    ],
    general=[r"اگر\s+(?:کسی|کوئی)|علامات\s+کیا"],
    asking=[
        r"پہلے\s+سے\s+جان|صرف\s+پوچھ|کورس",
        # a task for a class, a course or an exam
        r"اسائنمنٹ|هوم\s?ورک|پراجیکٹ|امتحان\s+کے\s+لیے|(?:کالج|یونیورسٹی)\s+کے\s+(?:لیے|پراجیکٹ)",
    ],
    resolved=[r"اب\s+(?:بالکل\s+)?ٹھیک"],
    negation_before=[r"(?<!\S)(?:نہ|نہیں|بغیر|مت)\s+", r"(?<!\S)(?:تھوڑا|ہلکا|ہلکی)\s+"],
    negation_after=[r"\s*نہیں"],
    routine=[
        r"ملاقات\s+کا\s+وقت|وارڈ|پارکنگ",
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
        r"|पर्ची|(?<!\S)बिल(?!\S)|रिहैब|आईसीयू",
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
    ],
    resolved=[r"अब\s+(?:बिल्कुल\s+)?ठीक"],
    negation_before=[r"(?<!\S)(?:नहीं|न|ना|बिना|मत)\s+", r"(?<!\S)(?:थोड़ा|थोड़ी|हल्का|हल्की)\s+"],
    negation_after=[
        r"\s*(?:नहीं|नही)(?!\S)",
        r"\s*(?:के|का|की)\s+(?:कोई\s+)?(?:विचार|ख़याल|इरादा)\s+नहीं",
        r"\s*के\s+बारे\s+में\s+(?:कभी\s+)?(?:नहीं|न)\s+सोच",
    ],
    routine=[
        r"मिलने\s+का\s+समय|वार्ड|विभाग|पार्किंग",
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
        r"भर्ना|अस्पतालमा|(?:अपरेशन|स्ट्रोक|पक्षाघात|अट्याक)पछि|डिस्चार्ज|फलोअप|पुर्जा|(?<!\S)बिल(?!\S)|रिह्याब|आईसीयू",
    ],
    past=[
        r"हिजो|अस्ति|गत\s+(?:वर्ष|साल|महिना|हप्ता)|(?:वर्ष|बर्ष|महिना|हप्ता|दिन)\s+अघि|(?:आएको|भएको|परेको)\s+थियो",
    ],
    fiction=[
        r"फिल्म|चलचित्र|सिरियल|कथा|उपन्यास|समाचार|सपना|जनावर|पशु\s+चिकित्सक|हाँसेर",
    ],
    general=[r"(?:यदि|कसैलाई|कसैको)\s|\S+ेमा\s+(?:के|कसरी)|लक्षण\s+के"],
    asking=[
        r"पहिले\s+नै\s+जान|तालिम",
        # a task for a class, a course or an exam
        r"असाइनमेन्ट|गृहकार्य|कलेजको\s+(?:लागि|प्रोजेक्ट)|परीक्षाको\s+लागि",
    ],
    resolved=[r"अहिले\s+(?:\S+\s+)?ठीक\s+छ"],
    negation_before=[r"(?<!\S)(?:अलिकति|अलिकता|हल्का)\s+"],
    negation_after=[r"\s*(?:छैन|होइन|भएन|थिएन)(?!\S)"],
    routine=[
        r"भेट्ने\s+समय|वार्ड|विभाग|पार्किङ",
    ],
)
# Marathi (Devanagari)
_MARATHI = _Language(
    self_harm=[
        r"मरायचं(?:य)?|मरायचे\s+आहे|मराव(?:ंसं|ेसे)\s+वाट|जगायच(?:े|ं)\s+नाही|जगण्याची\s+इच्छा\s+नाही",
        r"स्वतःला\s+(?:मारून|संपवून|कापून|इजा)|आयुष्य\s+संपवा|सगळं\s+संपवणार|संपवून\s+टाकेन|उडी\s+(?:मारणार|घेणार|टाकणार)"
        r"|गळफास",
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
        r"|(?<!\S)বিল(?!\S)|রিহ্যাব|আইসিইউ",
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
        r"ভিজিটিং|ওয়ার্ড|বিভাগ|পার্কিং",
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
    resolved=[r"ਹੁਣ\s+(?:ਉਹ\s+)?ਠੀਕ"],
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
    general=[r"(?:யாருக்காவது|ஒருவருக்கு|யாராவது)\s|\S+ால்\s+(?:என்ன\s+)?(?:செய்ய|பண்ண)|அறிகுறி\S*\s+என்ன"],
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
    general=[r"ആർക്കെങ്കിലും|ലക്ഷണങ്ങൾ\s+എന്ത"],
    asking=[
        r"മുൻകൂട്ടി|പരിശീലനം",
        # a task for a class, a course or an exam
        r"അസൈൻമെന്റ്|ഹോംവർക്ക്|പ്രോജക്ടിന്|പരീക്ഷയ്ക്ക്",
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
    ],
    general=[r"කවුරු(?:හරි|හෝ)|ලක්ෂණ\s+මොනවද"],
    asking=[
        r"කලින්ම\s+දැනගන්න|පුහුණු",
        # a task for a class, a course or an exam
        r"පැවරුම|ගෙදර\s+වැඩ|විභාගයට|ව්යාපෘතියට",
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
        r"ยกของ(?:ทั้งหมด)?ให้|ไม่ต้องใช้อีกแล้ว",
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
        r"|ศูนย์ฟื้นฟู|ไอซียู|ตึก|หอผู้ป่วย",
    ],
    past=[
        r"เมื่อวาน|ปีที่แล้ว|ปีก่อน|เดือนที่แล้ว|(?:อาทิตย์|สัปดาห์)ที่แล้ว|เมื่อ\S{0,6}(?:ปี|เดือน)ก่อน|ตอนเด็ก|(?<!ไม่)เคย",
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
        r"เวลาเยี่ยม|วอร์ด|แผนก|ที่จอดรถ",
    ],
)
# Lao
_LAO = _Language(
    self_harm=[
        r"ຢາກຕາຍ|ຂ້າຕົວຕາຍ|ບໍ່ຢາກ(?:ມີຊີວິດ|ຢູ່(?:ແລ້ວ|ຕໍ່))|ຈົບຊີວິດ|(?:ຈະ)?ຈົບທຸກຢ່າງ",
        r"ກີດ(?:ແຂນ|ຂໍ້ມື|ຕົວເອງ)|ທຳຮ້າຍຕົວເອງ|ໂດດ(?:ຕຶກ|ຂົວ)|ແຂວນຄໍ",
        r"ກິນຢາໃຫ້ໝົດ(?:ແຜງ|ຕຸກ)|(?:ຈົດໝາຍ|ຂໍ້ຄວາມ)ລາ(?!ອອກ|ວຽກ|ພັກ)|ມອບເຄື່ອງ(?:ທັງໝົດ)?|ບໍ່ຕື່ນອີກ",
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
        r"ມື້ວານ(?:ນີ້)?|ປີກາຍ|(?:ປີ|ເດືອນ|ອາທິດ)ແລ້ວ|\S{0,4}ປີກ່ອນ|(?<!ບໍ່)ເຄີຍ|ຕອນນ້ອຍ",
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
    ],
    asking=[
        r"ដឹងជាមុន|វគ្គ",
        r"កិច្ចការសាលា|កិច្ចការផ្ទះ",
        # a task for a class, a course or an exam
        r"កិច្ចការផ្ទះ|គម្រោងសិក្សា|សម្រាប់ការប្រឡង",
        r"សម្រាប់ថ្នាក់(?:រៀន)?|ថ្នាក់រៀន",
    ],
    now=[r"ឥឡូវ"],
    negation_before=[r"(?:មិន|មិនមាន|គ្មាន|អត់|អត់មាន|មិនបាន)\s*"],
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
    ],
    emergency=[
        r"အသက်(?:မ)?ရှူ(?:လို့)?မရ|အသက်မရှူ|အသက်ရှူ(?:ကြပ်|ရခက်)",
        r"သတိလစ်|(?:လဲ|ကျ)\S{0,12}\s*သတိမရ|မေ့မြော|(?:နှိုး|ခေါ်)(?:လို့|လည်း)\s*မ(?:နိုး|ထူး)|မနိုးဘူး",
        r"ရင်ဘတ်\s*(?:အရမ်း)?(?:နာ|အောင့်)",
        r"သွေး(?:တွေ)?\s*(?:အများကြီး|မတိတ်)|သွေးထွက်လို့မရပ်",
        r"(?:မျက်နှာ|ပါးစပ်)\s*(?:တစ်ဖက်)?\s*ရွဲ့|စကား(?:မပီ|မပြောနိုင်)",
        r"(?:အဆိပ်|ပိုးသတ်ဆေး|ဓာတ်ခဲ|အကြွေစေ့|ဆေးပုလင်း)\S{0,12}\s*\S{0,12}(?:သောက်|မျို)",
        r"နင်နေ|ရေနစ်|ဓာတ်လိုက်|နှုတ်ခမ်းပြာ|လည်ချောင်းရောင်|မြွေကိုက်",
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
    now=[r"现在|現在"],
    background=[
        r"住院|住(?:紧|緊)院|入院|入咗院|(?:术|術)(?:后|後)|手(?:术|術)(?:后|後)|支架|通咗波仔|出院|复查|復查"
        r"|覆查|挂号|掛號|挂\S{0,4}号|预约|預約|约医生|約醫生|开药|開藥|续药|續藥|续开|續開|账单|賬單|帳單|嘅單"
        r"|重症|监护|監護|复康|復康|康复|康復",
    ],
    past=[
        r"病史|得过|得過|去年|前年|以前|上(?:个|個)?月|上(?:周|週|星期|礼拜|禮拜)|(?:几|幾|\d+|[一二两兩三四五六七八九十]+)(?:年|个月|個月|周|週"
        r"|天)前|曾经|曾經|昨天|昨晚|昨日|前天|小时候|小時候",
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
        r"作业|作業|功课|功課|论文|論文|考试|考試|课堂|課堂|课程作业|課程作業",
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
        r"病房|病區|病区|探视|探視|探病|会客|會客|复健科|復健科|康复科|康復科|复诊|覆診|復診|门诊|門診|停车|停車",
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
    ],
    condition=[
        r"心筋梗塞|心臓発作|心停止|脳卒中|脳梗塞|脳出血|くも膜下",
        r"てんかん(?:の)?発作|アナフィラキシー|オーバードーズ",
    ],
    acute=[
        r"突然|急に|さっき|救急車|助けて|たすけて|早く|至急|どうしよう|どうすれば|どうしたら|かもしれない|かも"
        r"|みたい|っぽい",
    ],
    now=[r"(?<![昨])今(?!日|年|月|週|度|後|回)|いま"],
    background=[
        r"入院|術後|手術|退院|予約|再診|処方|請求|集中治療|見舞|既往|通院",
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
    ],
    routine=[
        r"病棟|面会|リハビリ|駐車場|外来",
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
    ],
    condition=[
        r"심장마비|심정지|심근경색|뇌졸중|뇌출혈|중풍|아나필락시스|알레르기\s*쇼크",
    ],
    acute=[
        r"방금|갑자기|구급차|119|도와주세요(?=\s*(?:[!,،]|$))|살려주세요|빨리|급해요|어떡해"
        r"|어떻게\s*(?:해야|하죠|하나요)|같아요|것\s*같",
    ],
    now=[r"지금"],
    background=[
        r"입원|수술\s*후|시술|퇴원|예약|처방|청구서|진료비|중환자실",
    ],
    past=[
        r"작년|어제|그저께|지난\s*(?:해|달|주|번)|\d+\s*(?:년|달|개월|주)\s*전|(?:몇|한|두|세)\s*(?:년|달|주)\s*전|어렸을\s*때"
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
    ],
    routine=[
        r"병동|면회|재활|주차|외래",
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
    """Where a script's words for the past count: the clause with a short clause before it, or for Thai, Lao and Khmer
    the sentence from its last word for "now" before the phrase."""
    sentence_start, sentence_end = _sentence_bounds(text, position)
    if not script.spaced:
        start = sentence_start
        if script.now:
            for now in script.now.finditer(text, sentence_start, position):
                start = now.end()
        return text[start:sentence_end]
    breaks = [m.end() for m in _CLAUSE_END.finditer(text, sentence_start, position)]
    start = breaks[-1] if breaks else sentence_start
    if breaks and len(text[breaks[-2] if len(breaks) > 1 else sentence_start : start].strip()) <= _SHORT_LEAD:
        start = breaks[-2] if len(breaks) > 1 else sentence_start
    end = _CLAUSE_END.search(text, position, sentence_end)
    return text[start : end.start() if end else sentence_end]


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
        clause_before = _clause_before(folded, start)
        sentence = _sentence(folded, start)
        if (
            _NOT_NOW.search(_clause(folded, start))
            or (emergency and _LAUGHING.search(sentence))
            or (bool(scripts) and _FICTION_ENGLISH.search(sentence))
            or _GENERAL.search(sentence)
            or _NEGATED_BEFORE.search(clause_before)
        ):
            return False
        for script in scripts:
            if (
                (script.past and script.past.search(_past_region(folded, start, script)))
                or (script.fiction and script.fiction.search(sentence))
                or (script.general and script.general.search(sentence))
                or (script.asking and script.asking.search(folded))
                or (emergency and script.resolved and script.resolved.search(sentence))
                or (emergency and script.routine and script.routine.search(_clause(folded, start)))
            ):
                return False
        return not any(
            (script.negated_before and script.negated_before.search(clause_before))
            or (script.negated_after and script.negated_after.match(folded, end))
            for script in own
        )

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
        cues = [_ACUTE_ANY, _ENGLISH_EMERGENCY] + [p for s in scripts for p in (s.acute, s.emergency) if p is not None]
        clause = _clause(folded, start)
        return any(cue is not None and cue.search(text) for cue in cues) or any(
            s.now is not None and s.now.search(clause) for s in scripts
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
