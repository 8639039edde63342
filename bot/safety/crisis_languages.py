"""Crisis cues in the other languages patients mix with English on the hospital's channels.

The English rules (bot.safety.crisis) read negation, whose-ness and tense; these phrases carry their own meaning
("no respira" is a report, "quiero morir" a wish), so a match counts unless the sentence places it in the past
("ayer", "el año pasado", "il y a deux ans") or asks a general question ("¿cuáles son los síntomas de...?").
Patterns are written without accents and matched against an accent-folded copy of the text of the same length.
A negation right before a phrase ("no tengo dolor de pecho", "hindi niya gustong mamatay") cancels it too.
Languages: Spanish, French, Portuguese, Italian, German, Romanian, Tagalog, Polish, Vietnamese (folded), Haitian
Creole, Swahili, Hindi and Urdu in Latin script, Arabic in Latin letters, Russian, Chinese and Korean. Adding a
phrase: put it in the right list and add a case to tests/unit/safety/test_crisis_languages.py, with a negative case
where its words could also be figurative, negated or past.
"""

from __future__ import annotations

import re
import unicodedata

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
# Russian, Chinese and Korean: run only on text that is not ASCII.
_SELF_HARM_OTHER_SCRIPTS = re.compile(
    "|".join(
        [
            r"хочу\s+умереть",
            r"покончить\s+с\s+собой",
            r"убить\s+себя",
            r"суицид",
            r"не\s+хочу\s+жить",
            r"想死",
            r"自杀",
            r"不想活",
            r"죽고\s*싶",
            r"자살",
            # Chinese: taking one's life, jumping from a building, cutting wrists; Japanese; Ukrainian; Arabic
            r"轻生",
            r"跳楼",
            r"割腕",
            r"结束\S{0,4}生命",
            r"死にたい",
            r"自殺",
            r"хочу\s+померти",
            r"покінчити\s+з\s+собою",
            r"не\s+хочу\s+жити",
            r"انتحار",
            r"انتحر",
            r"[أا]نهي\s+حياتي",
            r"[أا]قتل\s+نفسي",
            r"لا\s+[أا]ريد\s+[أا]ن\s+[أا]عيش",
            r"(?:سيقفز|سأقفز|ستقفز|سيرمي\s+نفسه|سترمي\s+نفسها)\s+من",
        ]
    )
)
_EMERGENCY_OTHER_SCRIPTS = re.compile(
    "|".join(
        [
            r"не\s+дышит",
            r"без\s+сознания",
            r"потерял[аи]?\s+сознание",
            r"судорог",
            r"инфаркт",
            r"инсульт",
            r"боль\s+в\s+груди",
            r"кровь\s+не\s+останавливается",
            r"сильное\s+кровотечение",
            r"сработал\w*\s+датчик\s+угарн",
            r"吐血",
            r"不呼吸",
            r"没有呼吸",
            r"昏迷",
            r"晕倒",
            r"抽搐",
            r"胸痛",
            r"心脏病发",
            r"中风",
            r"大出血",
            r"숨을\s*안\s*쉬",
            r"의식이\s*없",
            r"쓰러졌",
            r"발작",
            r"가슴\s*통증",
            # Chinese: stroke signs, drowning, breathlessness, a battery or magnet swallowed, wild mushrooms, a sudden
            # headache; Japanese; Ukrainian and Russian; Arabic
            r"说话不清",
            r"口齿不清",
            r"嘴(?:巴)?歪",
            r"(?:左|右|半)边(?:的)?(?:手脚|身体|脸)\S{0,3}(?:没|无|不能|麻)",
            r"溺水",
            r"喘不(?:过|上)气",
            r"呼吸困难",
            r"吞了\S{0,4}(?:电池|磁铁)",
            r"(?:吃了|误食)\S{0,3}蘑菇",
            r"突然\S{0,4}头痛",
            r"溺れ",
            r"息が(?:でき|苦し|止ま)",
            r"意識が(?:ない|なく)",
            r"けいれん",
            r"痙攣",
            r"胸が(?:痛|苦し)",
            r"血を吐",
            r"не\s+дихає",
            r"без\s+свідомості",
            r"знепритомні",
            r"(?:проковтну|проглоти)\w*\s+(?:\w+\s+)?(?:батарейк|магніт|магнит)",
            r"لا\s+(?:يستجيب|تستجيب|يتنفس|تتنفس)",
            r"(?:يتنفس|تتنفس)\s+بصعوبة",
            r"فا?قد(?:ة|ت)?\s+الوعي",
            r"[أا]غمي\s+علي",
            r"نزيف\s+(?:قوي|شديد|حاد)",
            r"[أا]لم\s+(?:شديد\s+)?في\s+الصدر",
            r"نوبة\s+قلبية",
            # Korean: can't breathe, something stuck in the throat, choking; Chinese: won't wake, choking, a scald
            # that blisters or takes the skin; Ukrainian and Russian: gasping for breath, can't move an arm or a
            # leg, speech that can't be understood, a face swelling
            r"숨을\s*못\s*쉬",
            r"목에\s*(?:걸려|걸렸)",
            r"질식",
            r"叫不醒",
            r"噎住",
            r"卡在喉咙",
            r"(?:烫伤|烧伤)\S{0,12}(?:起泡|皮\S{0,2}掉|大面积|面积\S{0,2}大)",
            r"задиха\w*",
            r"задыха\w*",
            r"не\s+може\s+(?:поворушити|рухати|підняти)",
            r"не\s+может\s+(?:пошевелить|двигать|поднять)",
            r"говорить\s+(?:незрозуміло|невиразно|невнятно|неразборчиво)",
            r"(?:обличчя|лице|лицо)\s+(?:\w+\s+)?(?:набрякл|набряк|опух)",
        ]
    )
)
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
# The same in the other scripts (no word boundaries in Chinese and Japanese): "去年中风了" (a stroke last year),
# "症状是什么" (what are the symptoms).
_NOT_NOW_OTHER_SCRIPTS = re.compile(
    r"去年|前年|以前|之前|上个?月|上周|上星期|几年前|\d+年前|曾经|昨天|昨日|先月|작년|어제|지난\s*(?:해|달|주)"
    r"|вчера|вчора|в\s+прошлом\s+году|минулого\s+року|(?:лет|год|года|років|рік)\s+(?:назад|тому)"
    r"|الشهر\s+الماضي|العام\s+الماضي|السنة\s+الماضية|(?<!منذ\s)[أا]مس|(?:منذ|قبل)\s+(?:\S+\s+)?(?:سنوات|سنة|سنتين|[أا]شهر)"
    r"|症状|怎么(?:知道|判断)|如何判断|如果|증상|симптом|[أا]عراض"
)
_SENTENCE_END = re.compile(r"[.!?\n。！？]")
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
    """Accents removed ("é" -> "e", "ł" -> "l"), one character for one, so offsets stay those of the input."""
    if lower.isascii():
        return lower
    return "".join(_fold_latin(char) for char in lower)


_STROKED = {"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i"}  # letters that NFD does not split into base + mark


def _fold_latin(char: str) -> str:
    """ "é" -> "e", "ł" -> "l"; characters of other scripts (Hangul syllables decompose too) stay as they are."""
    if char.isascii() or not unicodedata.name(char, "").startswith("LATIN"):
        return char
    return _STROKED.get(char) or unicodedata.normalize("NFD", char)[0]


def _sentence(text: str, position: int) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    end = _SENTENCE_END.search(text, position)
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


# A clause ends at a comma or an "and": "j'ai accouché il y a 3 jours et je saigne énormément" bleeds now.
_CLAUSE_END = re.compile(r"[,;]|(?<!\bil)\s(?:et|y|e|and|tapos|at|va|und|i)\s")  # not the "y" of "il y a"


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
    r"|o\s+que\s+fazer\s+se|para\s+una\s+clase|pour\s+un\s+cours|si\s+(?:alguien|una\s+persona|quelqu'un|alguem|uno))\b"
)


Span = tuple[int, int]


def find(lower: str, words: frozenset[str]) -> tuple[list[Span], list[Span]]:
    """Spans of self-harm phrases and of medical-emergency phrases that are not negated or set in the past.

    `words` are those of `lower` (MessageContext.words); they are recomputed when folding changes the text.
    """
    folded = fold(lower)
    if folded is not lower:
        words = words_of(folded)
    other_script = not folded.isascii()

    def spans(pattern: GatedPattern, other_scripts: re.Pattern[str]) -> list[Span]:
        matches = pattern.finditer(folded, words) + (list(other_scripts.finditer(folded)) if other_script else [])
        return [
            (m.start(), m.end())
            for m in matches
            if not _NOT_NOW.search(_clause(folded, m.start()))
            and not (other_script and _NOT_NOW_OTHER_SCRIPTS.search(_sentence(folded, m.start())))
            and not _GENERAL.search(_sentence(folded, m.start()))
            and not _NEGATED_BEFORE.search(_clause_before(folded, m.start()))
        ]

    return spans(_SELF_HARM, _SELF_HARM_OTHER_SCRIPTS), spans(_EMERGENCY, _EMERGENCY_OTHER_SCRIPTS)
