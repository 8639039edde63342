# ruff: noqa: E501  (data: one message template per line)
"""Templates of the holdout7 bank, written on 2026-12-06 by an AI assistant session without reading the detector's code, any other bank's templates, or any detector output.

A seventh held-out bank: never tune the detector on it; use it only to measure the detector.
4 of its 180 templates worded like a template of another bank were removed unread (176 left).
It covers conversations already in progress: a patient or relative answering a question asked a
moment before (who am I speaking with, whose appointment is it, what is the date of birth, what is
the number on the card), so that a value often stands with little or no label; corrections and
second thoughts; messages forwarded, quoted from a letter or a receptionist, or dictated for
someone else; lists of relatives coming to a visit or a birth; names inside questions and after
verbs of visiting, collecting or looking after; nicknames with the full name in brackets; names
joined to a relation in either order; greetings to a patient posted on the hospital's page; and
about a fifth of the messages in, or mixed with, Spanish, French, German, Portuguese, Italian,
Polish, Dutch, Swedish, Tagalog, Vietnamese, Hindi and Arabic in Latin letters, and Irish, written
in many styles (lowercase, typos, no punctuation, voice-to-text, emoji, capitals, very short and
very long).
"""

HOLDOUT7_TEMPLATES: tuple[str, ...] = (
    # --- who am I speaking with / whose appointment is it ---
    "oh sorry, it's {name}, I was the one asking about mum's scan before the chat closed on me",
    "hi again, {surname} from this morning, did anyone find out about the parking refund",
    "its for my daughter {name} shes 7, the letter says childrens ward 4th floor",
    "whose appointment? mine lol. {name}",
    "under what name? {surname}, spelled exactly like that, no e at the end",
    "Yes that's right, {name}, I'm the one who messaged on Facebook yesterday about the bill",
    "ok the full name is {name}. do you need the middle name too? she hardly ever uses it",
    "good morning, this is {name} replying to the text about my MRI, yes I can make 9am",
    "sorry thats my husbands account, I'm {name}, he lets me use his messenger",
    "Accidentally sent my son's name before. The patient is me, {name}.",
    "it's booked under my maiden name, {surname}, I got married in June and haven't changed anything yet",
    "you're speaking with {name2}, {name}'s brother, she asked me to handle this because she's in no state to",

    # --- names in questions ---
    "is {name} still on the third floor or have they moved him to the CCU? nobody picks up",
    "did {surname} get discharged already? I'm in the car park with his clothes",
    "was {name} brought in by ambulance tonight?? im her husband and nobody will tell me anything",
    "is there a {surname} on the surgical ward? trying to find my uncle, he was transferred from another hospital",
    "can {name} and {name2} both stay overnight with our son in paediatrics, or is it only one parent?",
    "where have you put {surname}?? the bed is empty and his phone is on the table",

    # --- names after verbs ---
    "visiting {name} tonight with my two kids, is that ok on maternity? they're her siblings",
    "Picking up {name} from day surgery at 4, which entrance do I wait at",
    "sitting with {name} in the ED waiting room, it's been 5 hours, where are we in the queue",
    "I'm looking after {name} (my neighbour) while her son is abroad, can I ask about her discharge?",
    "calling for {name} who doesn't speak much English, she's my aunt and she got a letter she can't read",

    # --- nicknames, relations, particles, hyphens ---
    "Nana ({name}) is in ICU, can the grandchildren come in, they're 10 and 13?",
    "Bobby (full name {name}) has physio at the north clinic, can I change it to Thursday",
    "{name}, my mum's sister. She's the one in oncology. Are flowers ok?",
    "my mum's sister {name} was admitted last night what ward is she on",
    "nickname's Mags but the full one is {name}, whatever's on her chart",
    "oh and her surname is double-barrelled, {surname}-{surname2}, the last letter only had the first half",
    "the surname is {surname}, with the little word at the front, please don't drop it, last time I got filed under the wrong letter",
    "{name} - brother-in-law - he's the one bringing the car seat for the baby",

    # --- lists of visitors / births ---
    "list for the visit sunday: me, {name}, {name2} and my brother {name3}. too many for the ICU?",
    "the visitors for the birth will be {name} (partner) and {name2} (my mum), can you put them on the list",
    "WE ARE COMING TO SEE {name} AFTER THE BIRTH HOW MANY CAN GO IN AT ONCE",
    "flu shots for the {surname} kids, all three of them, can we just walk in together at the pharmacy",

    # --- forwarded, dictated, quoted ---
    "forwarding this from my mother: 'Hello I am {name} I had an appointment Tuesday and nobody called me back'",
    "dictating for my grandad: my name is {name} and I want to know when I can get my flu jab",
    "voice to text sorry. this is {name} comma I am outside the main entrance period where do I go for x ray question mark",
    "the letter says {name}, {dob}, but that's not me, I think you've mixed me up with someone",
    "quote from the letter: 'Dear {name}, your hospital number is {mrn}, please bring this letter with you.' which building is that",
    "copying what the lady at the desk wrote on the paper for me: {surname}, {dob}, room B3-14",
    "he's typing this through me because his hands shake: 'I am {name}, I want to go home, when is the doctor coming round'",

    # --- greetings and comments to a patient ---
    "hey {name}!! it's your cousin, this was the only way I could think of to reach you, are you still in room 12?",
    "Happy birthday {name}!!! 🎂 get well soon, we miss you at home",
    "Congrats {name} and {name2} on the baby!! 👶 can't wait to meet her",
    "{name} 😭😭 please tell me she's ok she came in by ambulance an hour ago",

    # --- more English, mixed styles ---
    "JUST CONFIRMING THE NAME IS {name} NOT {name2}, THE WRISTBAND WAS WRONG",
    "Mr {surname} in bed 4 asked me to message you, his hearing aid is broken, can his daughter drop off batteries?",
    "lol no the baby isn't called that, we're going with {name} probably, can you change the cot card",
    "Hi, {name} here, mum of {name2} who was in the NICU in March, we want to send the team a card. What address?",
    "the person picking me up after the procedure is {name}, my neighbour, phone {phone}",

    # --- other languages: names ---
    "Hola, soy {name}, la hija de la paciente. ¿A qué hora son las visitas en la UCI?",
    "¿{name} ya salió de cirugía? soy su esposo, llevo 4 horas esperando",
    "mi abuela {surname} sigue en el tercer piso o ya la dieron de alta",
    "Bonjour, je suis {name}, j'avais rendez-vous en dermatologie mais j'ai 20 minutes de retard",
    "Est-ce que {surname} a été transféré en rééducation ? c'est mon oncle",
    "Guten Tag, mein Name ist {name}, ich möchte meinen Termin in der Neurologie verschieben",
    "Olá, sou a {name}, mãe do paciente no quarto 12 da pediatria, posso dormir lá com ele?",
    "Ciao, sono {name}, volevo sapere se mio padre {name2} è ancora in terapia intensiva",
    "Dzień dobry, nazywam się {name}, piszę w sprawie wyników mojej mamy",
    "Hallo, ik ben {name}, de dochter van {name2}. Mag ik vanavond nog op bezoek?",
    "Hej! Jag heter {name} och min pappa ligger på er avdelning, får man ta med blommor?",
    "hello po, si {name} po yung pasyente, lola ko po siya, anong oras po ang visiting sa ICU?",
    "my tita {name} is there po, she had her operation kanina, pwede ba bumisita tonight?",
    "chào bạn, tôi là {name}, con gái của bệnh nhân, cho hỏi mấy giờ được vào thăm?",
    "namaste, mera naam {name} hai, meri mummy ka appointment kal hai, parking kahan milegi?",
    "salam, ana {name}, ukhti fil maternity, mumkin azoorha ba3d el sa3a 9?",
    "Dia dhuit, is mise {name}, tá m'athair san ospidéal, an féidir liom cuairt a thabhairt anocht?",

    # --- dates of birth ---
    "{dob}",
    "born {dob}, if that helps you find her",
    "DOB {dob} and the name's {name}",
    "on the appointment letter my birthday is printed as {dob}, it's a week off, who fixes that?",
    "my date of birth is {dob}, sorry, earlier I typed it the American way by mistake",
    "oh wait his birthday is {dob2}, not {dob}, I gave you mine",
    "She's a twin so careful, same DOB ({dob}) as her brother {name}",
    "baby was born {dob} in your NICU and we still need the birth paperwork",
    "born on {dob} according to her passport but she celebrates it a day later, long story",
    "for the flu shot form, kid's birthday is {dob}, is she old enough for the walk in",
    "can u check by dob {dob} and surname {surname} cos i dont have the record number",
    "asked the receptionist and she said they have {dob} on file which is WRONG",
    "my mother in law {name} b. {dob} has dementia and might wander off, is the ward locked?",
    "confirming identity: {name}, {dob}, {phone}",
    "ANSWER TO YOUR QUESTION ABOUT DOB: {dob}",
    "dob is {dob} hope thats enough i cant find my card anywhere",
    "Dad ({name}) — DOB {dob} — is refusing to eat, can someone talk to us?",
    "Is the kids' flu shot free? My son, born {dob}, has never had one.",
    "her name is {name}. she was born {dob}. she's my mother and she's in the ED right now",
    "fecha de nacimiento {dob}, a nombre de {name}",
    "date de naissance {dob}, c'est bien ça qu'il vous faut ?",
    "Geburtsdatum ist {dob}, die Versichertennummer hab ich grad nicht dabei",
    "la data di nascita di mia madre è {dob}",
    "data de nascimento dela é {dob}, o nome completo é {name}",
    "urodzona {dob}, nazwisko {surname}",
    "janam tithi {dob} hai, naam {name}, aur kuch chahiye?",
    "Födelsedatum {dob}, hon heter {name}",

    # --- social security numbers ---
    "You asked for the SSN on the phone earlier: {ssn}. is it even safe to send here?",
    "they want my social for the financial assistance form, it's {ssn}, and DOB {dob}",
    "last 4 are {ssnlast}, i'm not sending the whole thing on facebook",
    "my husband's social security number is {ssn}, he's the one with the insurance",
    "{ssnlast} is the last four. name on the account {name}",
    "Sorry I mixed up the digits, it's {ssn2} not {ssn}",
    "SOCIAL {ssn} DOB {dob} NAME {name}",
    "the billing letter quoted an ssn ending {ssnlast} but that isn't mine",
    "mi número de seguro social es {ssn}, es para la cita de mi mamá",
    "el social de mi papá: {ssn}, él no tiene correo electrónico",
    "can you verify with last four {ssnlast} and birthday {dob}",
    "the form said SSN optional but the receptionist insisted so here: {ssn}",
    "here you go {ssn}. now can someone please call me back",
    "kid's SS# {ssn}, for the medicaid application your billing lady mentioned",
    "i think the social on file is wrong, should end in {ssnlast}",
    "dictated by my mom: social security {ssn} period phone number {phone} period",
    "ssn is {ssn}\nmember id {ins}",
    "Is it safe to put my social in here? {ssn} ... ok never mind I already did 🤦",
    "últimos 4 del social: {ssnlast}",

    # --- insurance, Medicare, record numbers ---
    "the number on the card? hang on... {ins}",
    "member ID {ins}, the group number is on the back but it's rubbed off",
    "Medicare number {mbi}, it's the new one without the social on it",
    "his MBI is {mbi} and he's on Medicare Advantage, do you take that",
    "MRN {mrn}, it's on her discharge papers",
    "the record number from the top of the letter is {mrn}, hope it's the right one",
    "the pharmacy asked for the member number, {ins}, and said it was inactive??",
    "insurance changed jan 1st, new id {ins}, the old one was {ins2}",
    "MRN?? i only have the number from the wristband {mrn}",
    "{mrn} is my son's hospital number, he's in the NICU",
    "Medicare card says {mbi}, name {name}",
    "gracias, el número de afiliado es {ins}",
    "pas de numéro de sécu sur moi, mais ma mutuelle c'est {ins}",
    "yes I double checked, the card says {ins}, same as I typed before",

    # --- phone and email ---
    "sorry, wrong one, use {phone2}, {phone} is my work line",
    "best number to reach me is {phone}, after 5 please",
    "call my daughter instead on {phone}, my hearing isn't good on the phone",
    "email it to {email} pls not the old hotmail one",
    "wait, that's the old email, the right one is {email2}, sorry!",
    "can I get the flu shot letter emailed to {email}?",
    "text me at {phone} when she's out of surgery please please please",
    "here is the email my son set up for me {email} i dont know how to use it so write to him also",
    "forwarded from my wife: 'my phone died, use {phone} (my sister) if the ward needs me'",
    "email: {email} / cell: {phone}",
    "thx. and if u need me after 6 its {phone2}",
    "Mon numéro c'est le {phone}, rappelez-moi après 18h svp",
    "Meine Handynummer: {phone}, bitte lieber SMS als Anruf",
    "numero di telefono di mia figlia {phone}, chiamate lei per favore",
    "meu telefone é {phone}, pode mandar mensagem no zap",
    "mój numer {phone}, proszę oddzwonić po południu",

    # --- addresses ---
    "my new address is {addr}, the bill went to the old one",
    "send the records to {pobox}, we don't get post at the house",
    "he's deployed, mail goes to {mil}",
    "we moved. {addr}. phone still the same",
    "the bill came addressed to {name} at {addr}, they haven't lived here for years",
    "P.O. box is {pobox}, the street address doesn't get mail",
    "addr for the wheelchair delivery: {addr}, back gate, dog is friendly",
    "Mum's new care home address is {addr}, could you update it before the outpatient letter goes out",
    "Mi dirección: {addr}. Mándenme la factura ahí por favor",

    # --- cards, accounts, licences ---
    "you asked for the card for the deposit: {card}, expiry's on the back",
    "paid with {card} twice by mistake, can one be refunded",
    "refund to account {acct} please",
    "IBAN {iban}, Kontoinhaber ist {name}",
    "driver's licence {lic}, I left my insurance card at home, will that do at check in",
    "the parking office wanted my licence number for the weekly pass: {lic}",
    "mijn IBAN voor de terugbetaling is {iban}",
    "Kontonummer för återbetalningen: {acct}",
    "Card {card} was charged at garage P1 but I was only there 20 minutes",
    "account number {acct}, for the refund of the double payment",
    "the ED took a photo of my license, {lic}, and now it's not showing on my record?",

    # --- more answers with other identifiers ---
    "sorry that was the old card, the new one's {card}, same name on it",
    "the MRN on my portal is {mrn} but the letter has a different one, which do I give the lab?",
    "Medicare, yeah: {mbi}. he's 78 and it's his first time at your hospital",
    "our mail goes to {pobox} since the fire, please update it everywhere",
    "para el reembolso mi IBAN es {iban}, la titular soy yo",
    "licencia de conducir {lic}, no tengo pasaporte, ¿me sirve para registrarme?",
    "e-mail do meu filho: {email}, ele cuida dessas coisas pra mim",
    "the letter came back, the right address is {mil}, the unit changed in the summer",
    "cell died, this is my wife's phone, call back on {phone} not the number on file",
    "they sent the statement to {email} which isn't even mine?? mine is {email2}",
    "wrong account, the refund should go to {acct2} not {acct}, that one is closed",
    "MRN {mrn} (mine) and {mrn2} (my baby's), can both go on the same bill?",
)
