"""Identifier message templates, development bank 11 (tuning set).

Written by an AI assistant session on 2026-12-05 (evening). While writing it, the session read
only the slot list in tests/data/identifier_messages.py (lines 100-110), the product brief
(PRODUCT.md) and the hospital facts file (config/hospital.yml); it did not look at the
detector, at the other template banks or at the training and evaluation data. This is a
development set: use it to tune the detector, not to report how well it does.

Emphasis: identifiers that carry no label word, or whose label is far away, misspelt or in
another language. Names: signatures at the end of long messages (with a dash, "regards", an
emoji or a role such as "(daughter)"), a name given as the whole answer to an earlier
question, names inside sentences about something else, after prepositions ("for", "with Dr"),
in lists, in possessives, in ALL CAPS, names of newborns, names followed by a nickname or a
role, self-introductions in Spanish, French, Tagalog, Hindi (Latin letters), German, Polish,
Portuguese, Arabic (Latin letters), Vietnamese, Italian, Dutch and Swedish, names in forwarded
or quoted text, after a time, a bed or a ward, and surnames alone ("under ...", "the ...
family", "Dr ..."). Dates of birth as bare answers, with misspelt labels, after "born", in
other languages and next to a name. SSNs and last fours far from their label, in
voice-to-text, with odd spacing. Other identifiers in pasted form fields, run-on
voice-to-text and messages carrying two values of a kind.

Mix (by section, each template counted once, by the identifier it is written around):
80 templates with {name}/{surname}, 25 with {dob} (5 of them also carry a {name}),
20 with {ssn}/{ssnlast} (one also has a {dob}, one a {phone}), 35 with the other slots
({mrn}, {ins}, {mbi}, {phone}, {email}, {addr}, {pobox}, {mil}, {card}, {acct}, {iban}, {lic}).
160 templates in all.
"""

DEV11_TEMPLATES: tuple[str, ...] = (
    # ---- names: signatures after a message, no label word ----
    (
        "hi there, my mum had her hip done on the surgical ward last week and the discharge papers say she "
        "needs a follow up with physio but nobody has called us yet. she is getting anxious about it and so "
        "am i to be honest. could someone let us know when that is meant to happen? thanks so much\n{name}"
    ),
    (
        "Just wanted to say a massive thank you to the nurses on the children's ward, you looked after our "
        "little boy like he was your own and we will never forget it ❤️ - {name}"
    ),
    (
        "I've been trying to get through to billing for three days now, every time I call I'm on hold for 40 "
        "minutes and then it cuts off. I received a bill for a visit my insurance already paid and I am not "
        "paying it twice. Please have someone call me back.\n\nRegards,\n{name}"
    ),
    (
        "question about parking for the cancer unit, my dad has treatment 3 times a week for the next 2 "
        "months, is there a weekly pass or something cheaper than paying every day. thank you {name} "
        "(daughter)"
    ),
    (
        "Is the cafeteria open on weekends? My husband is in the ICU and I'm basically living here at the "
        "moment and the vending machines are not cutting it lol\n\n-{name} 🙏"
    ),
    (
        "Hello, I would like a copy of my records from my stay in March to send to my new doctor out of "
        "state. What form do I need and can it be emailed? Kind regards, {name}, RN"
    ),
    (
        "sorry for the long message. my grandmother came in through the ER on sunday night and we were told "
        "she would be moved to a ward but nobody can tell us which one, the phone just rings out. she's 91 "
        "and very confused and she doesn't have her glasses or her hearing aids. can someone please just "
        "tell us where she is so i can bring her things. thank you\n{name} — granddaughter"
    ),
    "can i bring flowers to oncology?? want to surprise my sister tmrw xx\n\n{name}",
    (
        "Good afternoon. I am writing on behalf of my elderly father who has been waiting for a neurology "
        "referral since January. His GP says it was sent. Could you please confirm it was received and give "
        "us an idea of the waiting time.\nWith thanks,\n{name} (son and carer)"
    ),
    "Thanks for the quick reply earlier, that sorted it. Have a lovely evening everyone 😊 {name}",
    (
        "need to cancel tomorrows 9am blood test, car broke down, will rebook next week. cheers {name} on "
        "behalf of my wife"
    ),
    (
        "Hi, I'm a caregiver for an elderly client who needs a flu shot but can't stand in line for long. Is "
        "there a way to get a set time at the pharmacy instead of walk in? Best, {name}, home care aide"
    ),
    # ---- names: the whole answer to a question asked before ----
    "{name}",
    "sorry, forgot to say: {name}. i'm the one who messaged yesterday about the bill",
    "under my hubby's name I think, {name}, he made the booking not me",
    "{name}. Do you need anything else from me?",
    "👋 {name} here again, did you find anything",
    "oh the patient? {name} lol sorry thought i put that",
    # ---- names: inside a sentence about something else ----
    (
        "my neighbour {name} drove me to the ER last night and left her scarf in the waiting room, is there "
        "a lost and found?"
    ),
    (
        "I was at the North clinic this morning and the lady at reception, {name} I think from her badge, "
        "was so kind to my son. please pass it on"
    ),
    "can {name} pick up my prescription from the outpatient pharmacy or does it have to be me",
    (
        "we're carpooling to the maternity tour on saturday, me and my friend {name} who's also due in june, "
        "do we both need to sign up"
    ),
    "is wifi free? my son {name} has online school and he's stuck here with me all day",
    "i think my coworker {name} gave me covid lmao anyway do you guys still do walk in boosters",
    (
        "the man in the bed next to my dad, {name}, has no family and keeps asking for a newspaper, can a "
        "volunteer bring him one"
    ),
    (
        "Our pastor {name} would like to visit my mother on Behavioral Health tomorrow evening, does he need "
        "to be on the list too?"
    ),
    # ---- names: after prepositions, doctors' names ----
    "need to reschedule the appointment for {name} on thursday, she has a fever",
    "I was booked with Dr {surname} for the 22nd but got a letter saying it's cancelled? who do i talk to",
    "is Dr. {surname} still at the north clinic or did she leave? my kids have always seen her",
    "Please forward this message to {name} in Patient Services, she told me to write here",
    "checking in for {name}, we're in the parking garage now and running 5 min late",
    "We had an amazing experience with Dr {surname} and her team in cardiology. Thank you!!",
    "who do I call about a bill from {name} MD? it doesn't say which department",
    "my referral letter is addressed to doctor {surname2} but the front desk said there's nobody by that name here??",
    # ---- names: lists ----
    "visitors for tonight will be me, {name} and {name2}, is that too many for ICU",
    (
        "The following people may get information about my mom: myself, my brother {name}, and her sister "
        "{name2}. Nobody else please."
    ),
    "hi can you add to the approved visitor list for behavioral health: {name}, {name2}. thanks",
    "{name} + {name2} + the kids are coming for the birth, is there a waiting room 😅",
    # ---- names: possessives ----
    "someone took {name}'s walker from beside her bed in room 412 last night, can staff look for it",
    "Is {name}'s surgery still on for tomorrow morning? We haven't heard anything",
    "i'm {name}'s mom, she's 16, can i see her test results or does she have to ask herself",
    "we are dropping off {surname}'s overnight bag at the front desk, can someone bring it up to him",
    # ---- names: ALL CAPS ----
    "THIS IS {name} I HAVE CALLED FOUR TIMES ABOUT THE WRONG CHARGE ON MY BILL AND NOBODY CALLS BACK",
    "WHERE IS THE ENTRANCE FOR THE ER I AM IN THE CAR WITH {name} AND HE IS IN A LOT OF PAIN",
    "PLEASE TELL {name} IN ROOM 3 THAT HER DAUGHTER IS ON THE WAY",
    "THANK YOU NURSES!!! LOVE FROM THE {surname} FAMILY 💐💐",
    # ---- names: newborns ----
    "our baby girl arrived last night!! {name}, 7lbs 2oz, mom and baby doing great. can grandparents visit today?",
    "Welcome to the world {name} 💙 born on your maternity unit at 3:14am, thank you to the amazing L&D team",
    "how do we get a birth certificate for our son? we named him {name} but his bracelet still says Baby Boy {surname}",
    "NICU question: baby {surname} twins, can their grandmother come in if she's with me?",
    # ---- names: nickname or role after the name ----
    "{name} (goes by her middle name) is my mother, she's on the cardiac unit, can I phone the nurses station",
    "hi it's {name} aka the annoying son who keeps calling 😂 any update on dad's scan",
    "{name}, my husband and next of kin, should be on file already",
    "Pls let {name} (my carer) speak for me when she rings, I can't hear well on the phone",
    # ---- names: introductions in other languages mixed with English ----
    "hola buenas tardes, me llamo {name} y quiero saber si la doctora habla español, tengo cita el martes",
    "Bonjour, je m'appelle {name}, je voudrais savoir si je peux venir voir mon père en soins intensifs ce soir",
    "hello po, ako si {name}, ask ko lang po kung open ang pharmacy sa sunday",
    "namaste, mera naam {name} hai, mujhe appointment reschedule karna hai please",
    "Hallo, hier ist {name}. Meine Mutter liegt seit gestern bei Ihnen auf Station, darf ich heute noch vorbeikommen?",
    "dzień dobry, nazywam się {name}, chciałabym zapytać o wyniki badań mojego męża",
    "oi, meu nome é {name}, vocês aceitam o plano Moda? obrigada",
    "salam, ana ismi {name}, I need an appointment at the women's clinic, is there a doctor who speaks arabic",
    "chào anh chị, tôi tên là {name}, mẹ tôi cần gặp bác sĩ da liễu, có ai nói tiếng Việt không ạ",
    "buongiorno, sono {name}, mio figlio è ricoverato in pediatria, posso restare la notte?",
    "hoi, ik ben {name}, mijn vader ligt op de IC. mag ik vanavond nog langskomen? sorry my english not so good",
    "hej! jag heter {name} och undrar om ni tar emot nya patienter hos en hjärtläkare",
    # ---- names: forwarded or quoted text ----
    (
        "Forwarded message:\n> Hi, this is {name} from Riverbend scheduling, please call us back to confirm "
        "your MRI\nis this legit? didn't recognise the number"
    ),
    (
        "my sister wrote this in our family group chat, can you answer it: 'does anyone know if {name} is "
        "allowed visitors yet'"
    ),
    (
        "---------- Forwarded message ----------\nFrom: {name}\nSubject: bill question\n\nhi I got a bill I "
        "don't understand, who should I talk to?"
    ),
    (
        "The text I got said 'Reminder for {name}: appointment tomorrow 10:30 Family Medicine' but that's my "
        "late husband, please update your records 😢"
    ),
    # ---- names: after a time, a bed or a ward ----
    "bed 4 {name} asking for a chaplain visit when possible",
    "2:30pm {name} – patient transport didn't show, we're still waiting in the lobby",
    "ccu rm 6 {name} family here, what time is quiet hour over",
    "surgical ward, {name}, discharge today? waiting since 8am",
    # ---- names: surnames alone in context ----
    "should be under {surname}, we checked in at the ER desk about an hour ago",
    "the {surname} family would like to thank everyone on the 3rd floor for looking after grandpa",
    "Mrs {surname} in room 210 is my aunt, can I call her room directly",
    "Is there a Dr {surname} in orthopedics? my friend recommended him for knee replacements",
    "the nurse said to ask for {surname} at the desk when we get there, is that right",
    "{surname} here. the fridge in my mum's room is broken and her insulin needs to stay cold",
    # ---- dates of birth: bare answers, odd labels, after "born" ----
    "{dob}",
    "oh and dob {dob}",
    "date of brith {dob}",
    "d.o.b: {dob}",
    "Birthdate is {dob}, same as on my license",
    "she was born {dob} so she's turning 65 soon, when does medicare start covering her hospital bills?",
    "born on {dob} if you need that to find me",
    "brithday {dob} sorry typing fast on my phone",
    "DOB {dob} — I'm trying to log into MyChart and it keeps saying no match found",
    "my son was born {dob} at your hospital and daycare wants a copy of his newborn shot records",
    "the birthday they have on file is wrong, it should be the {dob}",
    "i was born {dob} at like 4 in the morning lol so maybe check the day before too",
    "bday: {dob} 🎂",
    "my date of birth is {dob} and I am calling about my results period thank you",
    # ---- dates of birth: other languages ----
    "fecha de nacimiento {dob}, gracias",
    "né le {dob}, c'est pour le rendez-vous de mon fils",
    "Geburtsdatum meiner Mutter: {dob}, sie ist seit Montag bei Ihnen",
    "moja data urodzenia to {dob}, czy mogę się zalogować przez telefon",
    "petsa ng kapanganakan po {dob}",
    "ngày sinh của mẹ tôi là {dob}",
    # ---- dates of birth: with a name ----
    "{name} {dob}",
    "{name}, born {dob}, room 5 on surgical — can you check if her meds came up",
    "patient {name} dob {dob} pls confirm the appointment is still on",
    "for {name} — b. {dob} — is she in the system or do we register again",
    "yes it's me {name} and my birthday is {dob}, what else do you need",
    # ---- SSNs and last fours ----
    "my social is {ssn}",
    "ssn {ssn} you asked for it earlier",
    "Last four of my SSN: {ssnlast}",
    (
        "they asked for my social security number at registration but I didn't have the card with me. found "
        "it now, do I just send it here? it's {ssn}"
    ),
    (
        "yes hi I'm calling about my bill my social security number is {ssn} and I would like to set up a "
        "payment plan please thank you"
    ),
    "social security number ending in {ssnlast} thats what the billing lady told me to give",
    "ss#  {ssn}",
    "last 4  -  {ssnlast}",
    "the form says SSN optional, is it ok if I only give the last 4? {ssnlast}",
    "{ssn} is my husband's social, he's the policy holder",
    "ok heres the sosial securty # they wanted {ssn} dont share it w anyone pls",
    "last four social {ssnlast} birthday {dob}",
    "soc sec {ssn} please update my file, you had the wrong one and my claim got denied",
    (
        "I need help with the financial assistance form. It asks for income, household size and my social. "
        "Household is 4, income is under the limit I think, and the number is {ssn}."
    ),
    "SSN: {ssn}\nPhone: {phone}",
    "last four of the social is {ssnlast} I repeat {ssnlast}",
    "mi número de seguro social {ssn}",
    "for the financial assistance application: my social {ssn}, my wife's {ssn2}",
    "the last digits are {ssnlast} if it helps, I don't want to put the whole thing on facebook",
    "ITS {ssn} MY SOCIAL. PLEASE FIX THE BILL",
    # ---- other identifiers: medical record, insurance, Medicare ----
    "MRN {mrn} (you asked for it earlier)",
    "my medical record number is {mrn} and I can't find my x-ray results in mychart",
    "Patient ID / MRN: {mrn}\nReason: refill request\nPharmacy: outpatient pharmacy, main lobby",
    "member id {ins}, its regence",
    "insurance ID is {ins} group number is on the back but i cant read it",
    "here's my new cigna info since i changed jobs: member {ins}",
    "Medicare number {mbi}, the new card came last week",
    "my mom's medicare card (the new one without her social on it) says {mbi}, do you need anything else",
    # ---- other identifiers: phone and email ----
    "call me back at {phone} after 5 please i'm at work",
    "pls text {phone} not the old number on file",
    "you can reach me at {phone} or my daughter at {phone2}",
    "hi yes this is about my appointment can you call me on {phone} thank you bye",
    "can you send the release form to {email}",
    "email me the itemized bill: {email} thanks",
    "my email changed, new one is {email}, the old one was {email2}",
    # ---- other identifiers: postal addresses ----
    "I moved, please send bills to {addr} from now on",
    "new address {addr} and new phone {phone}",
    "can you mail my records to {addr}? I don't use the portal",
    "please use my PO box for mail: {pobox}",
    "mailing address is {pobox} we don't get mail at the house",
    "My son is deployed and wants his bill sent straight to him: {mil}",
    "we're tricare, my husband's address is {mil} while he's overseas, can the statements go there",
    # ---- other identifiers: payment, bank, licence ----
    "I want to pay my bill over chat, card number {card} exp next year",
    "just charge it to this card {card} please idc anymore",
    "accidentally paid with my old card {card}, can you refund it and charge {card2} instead",
    "for the refund please deposit to account {acct}, routing is on the back of the check",
    "bank account for autopay: {acct}",
    "I'm visiting from Europe, can I pay by bank transfer? my IBAN is {iban}",
    "refund to IBAN {iban} please, I'm back home now",
    "I don't have my insurance card, only my driver's license, number {lic}, is that enough for check-in",
    "DL# {lic}",
    # ---- other identifiers: pasted forms, run-on voice-to-text, two values ----
    "Name:\nDOB:\nPhone: {phone}\nEmail: {email}\nReason: reschedule",
    "pasted from my portal: Member ID {ins} | MRN {mrn} | PCP Family Medicine",
    "yeah my insurance number is {ins} and my phone is {phone} and I'm at {addr} if they need to send anything",
    (
        "my license {lic} and my card {card} were both in the wallet I lost in your ER waiting room, has "
        "anyone handed it in"
    ),
)
