"""Templates of the ``dev7`` bank of identifier messages (see identifier_messages.py for the slots).

A seventh tuning bank, written on 2026-12-05 by an AI assistant session without reading the holdout bank, the
hand-written file (identifiers_handwritten.jsonl) or the detector's code; only the dev5 and dev6 templates were
read, to write different things. It is weighted towards what patients really write and what the earlier banks
cover less: social security numbers in everyday contexts (inside long run-on messages, in the middle of a list of
several identifiers, after a relative, with other languages' wording for a US number, misspelt or dotted labels,
as a bare answer with no label at all, with the label on the line before, in parentheses, with a trailing period
or emoji, in table and form pastes, in quoted replies and in email signature blocks); dates of birth as bare
answers, in other languages, with month names and inside sentences about a relative; member, insurance, record
and licence numbers in portal pastes, with abbreviated or foreign labels or no label; addresses written in a
sentence ("i live at ...", "send it to ...", a relative's, a delivery address) in the wordings of other
countries and languages; names after a role ("the patient is", "booked under", "my carer"), in a reply to "who is
this?", in other languages' introductions and at the end of a long post; and Messenger styles (lower case, no
punctuation, typos, emoji, run-on messages).
"""

DEV7_TEMPLATES: tuple[str, ...] = (
    # Social security numbers inside long run-on messages.
    "ok so i called billing twice already and the lady said to just message here instead so im doing that, they "
    "need my social to fix the charity application and its {ssn} and also my new phone is {phone} because the old "
    "one got cut off last month sorry for the long msg",
    "Hi so my insurance lapsed in august and then I ended up in the ER with kidney stones and now there's a bill "
    "for like four thousand dollars, the financial counselor said to send my social security number through here "
    "which is {ssn} and that it would start the self pay discount, is that right? I have two kids if that matters",
    "so basically i slipped at work and the ER said workers comp but then HR said no use your own insurance and "
    "now the hospital says i have no insurance on file at all which is wrong, anyway HR said put my social on it "
    "{ssn} and it would sort itself out can you do that",
    "Hello again, sorry to bother you, it's about the letter that came yesterday saying you need to verify my "
    "identity before releasing my records. I tried the phone line but it kept hanging up on me so here goes: social "
    "security number {ssn}, birthday {dob}. Let me know if that's enough or if you need something else.",
    "i dont know who else to ask my mom passed in october and now theres a bill in her name and they want her "
    "social which i found in her papers its {ssn} and i also need to know if i am responsible for paying this",
    "quick one (well not that quick lol) - my new job's insurance starts on the 1st but the surgery is booked for "
    "the week before so the scheduler said self pay for that week and she needs my ssn {ssn} to set up the payment "
    "plan, I can pay about 100 a month",
    "Hi there I'm applying for the hardship programme and the form online keeps timing out before I finish so I'm "
    "going to put it all here: {name}, social {ssn}, household of three, I work part time at a grocery store",
    "im messaging for my grandad because hes not good with phones, he got a letter saying his account is going to "
    "collections but he paid it, his social is {ssn} and hes 88, can someone please look into it before they call "
    "him again he gets very upset",
    # Social security numbers in the middle of a list of identifiers.
    "name {name} / ssn {ssn} / ins {ins}",
    "Here's everything the form asked for: {name}, {ssn}, {phone}",
    "phone {phone}, social {ssn}, email {email}",
    "{surname}, {ssn}, {dob} - that's me, the patient",
    "full name {name}\nsocial {ssn}\nhome {addr}",
    "ssn {ssn} dob {dob} thats all of it right?",
    "My details again since the bot lost them: {dob}; {ssn}; {email}",
    "policy {ins} ssn {ssn} chart {mrn}",
    "Patient = {name}, SS = {ssn}, Medicare = {mbi}",
    # Social security numbers of relatives.
    "my husband's social is {ssn}, he's the one on the bill not me",
    "my wifes ss number {ssn} she is at work and cant message right now",
    "Mom's social security: {ssn}. She's 84 and doesn't use a phone.",
    "It's for my grandson, I'm his legal guardian. His social is {ssn}.",
    "my fiancé's social {ssn} - we're adding him to my plan next month",
    "Dad is in the ICU and I have his power of attorney. His social is {ssn} and his birthday is {dob}.",
    "the kids' socials: {ssn} for the older one and {ssn2} for the baby",
    "my partner {name} asked me to send his social for the billing office, it's {ssn}",
    # Social security numbers in other languages' wording (a US number).
    "Le mando el número de seguro social de mi esposo: {ssn}. Él es el paciente.",
    "número de seguro social {ssn}",
    "oiga, el seguro social de mi hija es {ssn}, ¿ya con eso le pueden dar la cita?",
    "Voici le numéro de sécurité sociale de mon mari aux États-Unis : {ssn}",
    "numéro de sécurité sociale (USA) {ssn}",
    "Sozialversicherungsnummer (USA): {ssn}",
    "meine Sozialversicherungsnummer aus den Staaten ist {ssn}, ich war dort drei Jahre angestellt",
    "il numero di previdenza sociale americano di mia madre è {ssn}",
    "mijn Amerikaanse social security nummer is {ssn}, ik heb daar gewerkt",
    "mój amerykański numer social security to {ssn}",
    "número do seguro social americano {ssn}, preciso do recibo pro imposto",
    "mitt amerikanska personnummer, alltså social security, är {ssn}",
    # Misspelt, dotted and abbreviated labels.
    "my scoail is {ssn}",
    "ssn# {ssn} for the financial aid form",
    "S.S.N. {ssn}",
    "SS No.{ssn}",
    "socail sec # {ssn} thx",
    "social secuirty {ssn} sorry on my phone",
    "s.s. # {ssn}",
    # Social security numbers as a bare answer, or after their label on an earlier line.
    "here you go {ssn}",
    "that would be {ssn}",
    "you wanted the number off the card right? {ssn}",
    "the social\n{ssn}",
    "ssn below\n\n{ssn}",
    "Social Security\nNumber: {ssn}",
    "my social security number is\n{ssn}\nthanks",
    # Social security numbers in parentheses or with trailing punctuation and emoji.
    "my social (it's {ssn}) should already be on file",
    "I'm the guarantor ({ssn}) and my daughter is the patient",
    "please use my SSN ({ssn}) and not my husband's",
    "social is {ssn}. thanks.",
    "ssn {ssn} 🙏🏻",
    "{ssn} 👍 that's the social",
    "(ssn {ssn}) 😅 forgot it last time",
    "social: {ssn}...",
    # Social security numbers in tables, form pastes, quoted replies and signature blocks.
    "SSN | {ssn}",
    "Name | {name}\nSSN | {ssn}\nDOB | {dob}",
    "SSN\t{ssn}\nPhone\t{phone}",
    "Social Security #: {ssn}    Date: today    Signature: {name}",
    "[x] self-pay  [ ] insured\nSSN: {ssn}",
    "Applicant's SSN ................ {ssn}",
    "SSN (patient): {ssn}\nSSN (guarantor): {ssn2}",
    "> Please provide your social security number to continue.\n{ssn}",
    "> what's the SSN on the account?\nhis is {ssn}",
    "\"reply with your SSN\" ok here: {ssn}",
    "On Monday, Patient Financial Services wrote:\n> To process your application we need the applicant's SSN.\n\n"
    "{ssn} - sorry for the delay",
    "--\n{name}\nSSN {ssn}\n{phone}",
    "Best,\n{name}\nSocial: {ssn} | Cell: {phone}",
    # Social security numbers in other everyday phrasings.
    "the 9 digit number you wanted is {ssn}",
    "Can u update my social on file it should be {ssn} not what u have",
    "im applying for the payment plan my soc sec number {ssn} my income is like 1800 a month",
    "you have my social down as {ssn2} but it's {ssn}, one digit is off",
    "number from my social security card: {ssn} 💳",
    "the social they used for the credit check was {ssn}, is that the one you have?",
    "SSN ending {ssnlast} is my husband, I'm the one ending {ssnlast2}",
    # Dates of birth: bare answers, month names, other languages, relatives.
    "it's {dob} 🎂",
    "{dob}, that's my mum's, she's the patient",
    "my date of birth? {dob}",
    "D.O.B. - {dob}",
    "dob: {dob} (the letter has it wrong)",
    "I was born {dob} in case you need it",
    "Fecha de nacimiento de mi hijo: {dob}",
    "Mein Vater ist am {dob} geboren, er ist der Patient",
    "ma mère est née le {dob}, elle ne parle pas anglais",
    "mia madre è nata il {dob}",
    "mijn vader is geboren op {dob}",
    "moja mama urodziła się {dob}",
    "min pappa är född {dob}",
    "minha filha nasceu em {dob}",
    "my brother was born on {dob} and he's the one who needs the appointment",
    "my twins were both born {dob} lol, {name} and {name2}",
    "the patient's DOB is {dob}, she's my aunt and I'm her carer",
    "my late husband {name} was born {dob}, I need his records for the life insurance",
    "birthday is {dob} and I'm turning 65 soon so does my coverage change",
    "her dob {dob} his dob {dob2} we're both on the same account",
    # Member, insurance, record and licence numbers: portal pastes, abbreviated and foreign labels, no label.
    "Member ID: {ins}\nGroup #: 4471\nPlan: PPO Gold\nStatus: Active",
    "MyChart > Account Settings\nPatient ID: {mrn}\nInsurance: {ins}",
    "Subscriber ID {ins} | Relationship: Self | Status: Active",
    "Coverage details (copied from the portal)\nPolicy Number\n{ins}\nPrimary Holder\n{name}",
    "Versichertennr. {ins}",
    "Krankenkasse AOK, Vers.-Nr. {ins}",
    "n° sécu {ins}",
    "N° de mutuelle : {ins}",
    "nº afiliado {ins}",
    "verzekerdennummer {ins}",
    "nr ubezp. {ins}",
    "försäkringsnummer {ins}",
    "mem# {ins}",
    "rec# {mrn}",
    "Patienten-ID {mrn}",
    "n° patient {mrn}",
    "nr kartoteki {mrn}",
    "journalnummer {mrn}",
    "it's {ins} on the card I have",
    "the number under my name on the insurance card is {ins}",
    "can you look me up by {mrn}? that's off my discharge papers",
    "I've got two numbers, {mrn} from the clinic and {ins} from insurance, which one do you need",
    "my husband is on my plan under {ins}",
    "medicare # {mbi} (the new one without my social on it)",
    "rijbewijsnummer {lic}",
    "prawo jazdy nr {lic}",
    "körkortsnummer {lic}",
    # Addresses in sentences, relatives' and delivery addresses, other countries' wordings.
    "i live at {addr} if you need to send the letter",
    "send it to {addr} please, not the old place",
    "deliver the wheelchair to {addr}, someone is home all day",
    "Delivery address for the meds: {addr}",
    "my nan's address is {addr}, she can't get out so the nurse has to come to her",
    "we've moved! {addr} from the 1st",
    "my daughter's address in case I'm staying there after the op: {addr}",
    "I'm in the granny flat behind {addr}",
    "can the ambulance pick me up from my son's, {addr}",
    "the postcode on my file is wrong, it's {addr}",
    "residential address: {addr}\npostal address: {pobox}",
    "pls courier the results to {addr}, attn {name}",
    "address is {addr} , ring the bell twice 🔔",
    "my eircode changed when they renumbered the estate, the address is {addr}",
    "im at uni now so home address is {addr} but term address is {addr2}",
    "Ich wohne in {addr}, seit letztem Monat",
    "Lieferadresse: {addr}",
    "j'habite au {addr} depuis mars",
    "adresse de livraison : {addr}",
    "vivo en {addr}, segundo piso",
    "envíenlo a {addr} por favor",
    "abito in {addr}",
    "ik woon op {addr}",
    "mieszkam przy {addr}",
    "jag bor på {addr}",
    # Names after a role, in reply to "who is this?", in other languages, at the end of a long post.
    "the patient is {name}, I'm just the driver",
    "booked under {name} for the 3pm",
    "it should be booked under {surname}, my married name",
    "registered as {name} at the GP but I go by my middle name",
    "my carer {name} will be bringing me in on monday",
    "my carer is {name}, please speak to her if I don't pick up",
    "> who is this?\nit's {name}, from the ortho clinic on tuesday",
    "who's this? oh sorry, {name}! forgot my name isn't on this account",
    "you asked who I am, {name}, mum of the little boy in bay 3",
    "Ich bin {name} und hätte eine Frage zu meiner Rechnung",
    "Hallo, ich bin {name}, die Frau von Herrn {surname}",
    "Me llamo {name} y escribo por mi padre",
    "Je m'appelle {name}, je suis la maman du petit en pédiatrie",
    "Mi chiamo {name}, sono in attesa dei risultati",
    "Nazywam się {name} i jestem opiekunem pacjenta",
    "Mitt namn är {name}, jag är anhörig till patienten i sal 2",
    "Ik ben {name}, de zoon van de patiënt op kamer 4",
    "next of kin: {name}",
    "emergency contact is my neighbour {name}, number {phone}",
    "patient name on the wristband says {name} but that's not how you spell it",
    "the person collecting me is {name}, she'll have ID",
    "my interpreter will be {name}, she speaks Tigrinya",
    "Sorry for the essay. This has been going on since March, three referrals lost, two cancelled scans, and every "
    "time I ring I get a different answer. I'm exhausted and just want someone to own it.\n\n{name}",
    "anyway thats my rant, the nurses were amazing it's the system thats broken. {name}",
    "I know this is long but I wanted the team on the day unit to hear it: you made a frightening day bearable and "
    "my husband still talks about the nurse who held his hand. Thank you all so much, from {name}",
)
