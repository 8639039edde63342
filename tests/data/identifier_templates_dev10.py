"""Identifier message templates, development bank 10 (tuning set).

A tenth tuning bank of identifier templates for the privacy detector of the Riverbend Community
Hospital patient-messaging assistant (Facebook Messenger, page comments, web chat). It was written
on 2026-12-05 by an AI assistant session that read only the slot list in identifier_messages.py,
the product description (PRODUCT.md) and the hospital facts file (config/hospital.yml); it did not
look at the detector or at any other template bank. Each template was written by hand, one at a time.

This is a development set: developers may tune the detector on it. It is weighted to the hard
styles patients really use: bare answers to a question the bot asked earlier (just a name, a
number, a date), values far from their label or placed before it, ALL CAPS and all-lowercase
messages, voice-to-text without punctuation, values after emoji, pasted form fields, portal and
billing checks, relatives named by relation in other languages mixed with English, two values in
one message, typos around the values, and names at the very end of a long message.

Mix: 70 templates with {name}/{surname}, 30 with {ssn}/{ssnlast}, 25 with {dob}, 35 with the other
slots ({phone}, {email}, {addr}, {mrn}, {ins}, {mbi}, {card}, {acct}, {iban}, {lic}, {pobox}, {mil}).
The generator fills the slots with Faker values from 16 locales.
"""

DEV10_TEMPLATES: tuple[str, ...] = (
    # ---- Names: bare answers to "who am I speaking with?" / "patient name?" ----
    "{name}",
    "ok its {name}",
    "yes {name} thats me",
    "its {name} here",
    "{name} thnaks",
    "{name}, thx u",
    "{surname}",
    "yes it's {surname}",
    "{name} ty so much",
    "Im {name} btw",
    # ---- Names far from the label, or after the question they answer ----
    "you asked for the patient name earlier, sorry I was driving. it's {name}",
    (
        "re your question about who is writing, sorry my phone died halfway through and I had "
        "to go find the charger in the car, {name}"
    ),
    "What name is the appointment under? I think it should be {name} but they may have used my maiden name",
    "who am I talking to?? I'm {name} and I've been on hold with billing for 40 minutes",
    "the person you want is in the surgical ward since Monday, room by the window. {name}",
    # ---- Names in ALL CAPS ----
    "THIS IS {name} I NEED TO KNOW WHAT ROOM MY HUSBAND IS IN ON THE ICU",
    "MY NAME IS {name} AND NO ONE HAS CALLED ME BACK ABOUT MY REFILL",
    "PATIENT {surname} SURGICAL WARD 5TH FLOOR CAN I BRING FLOWERS",
    "HELLO ITS {name} AGAIN",
    # ---- Names in all-lowercase ----
    "hi im {name} can i visit my dad in ccu after 8",
    "its {name} again sorry about the earlier msg",
    "hey {surname} here, wanted to ask about the weekly parking pass",
    # ---- Voice-to-text, no punctuation ----
    "hi this is {name} calling about my moms appointment at the north clinic on thursday",
    "yes hello my name is {name} I am trying to reach somebody in medical records period",
    "okay so the patient is {name} she is in the maternity ward room I do not know the number",
    "send message to riverbend hospital this is {name} I will be late for my blood draw",
    # ---- Names after emoji ----
    "🙏🙏 {name}",
    "👋 hi it's {name}! is the gift shop open sunday",
    "😭😭 {name} here, they cancelled my MRI again",
    "💙 thank you so much to the NICU nurses from {name} and family",
    # ---- Pasted form fields ----
    "Patient: {name} | Ward: 4B | Visitor request",
    "Name: {name}\nUnit: Oncology\nReason: question about visiting",
    "PATIENT NAME.......{name}   DEPT......Cardiology",
    "Last Name - {surname} / Appt - Dermatology / Time - 10:30",
    "[Guarantor] {name} [Relationship] self [Reason] billing question",
    # ---- Portal and billing checks ----
    "can you check if the bill for {name} went to insurance",
    "MyChart says there is no account under {name}, can you look?",
    "I paid the balance for {name} last month but I just got another statement",
    "is the statement for the {surname} household from the ER visit or from the lab?",
    "proxy access to my father's portal please, his name is {name}",
    # ---- Relatives named by relation, other languages mixed with English ----
    "hola, mi mamá {name} está en la UCI, can I visit her tonight?",
    "buenas, pregunto por mi esposo {surname}, lo operaron ayer en el surgical ward",
    "bonjour, ma fille {name} a un rendez-vous en dermatologie demain, is there parking?",
    "hello po, yung lola ko si {name}, nasa ICU po siya, what time ang visiting?",
    "chào, bố tôi là {name}, đang ở cardiac care unit, can I bring food?",
    "dzień dobry, moja mama {name} jest na onkologii, are flowers allowed?",
    "oi, meu filho {name} tem consulta na pediatria, where do we check in?",
    "Hallo, mein Vater {name} liegt auf der Intensivstation, can I call the unit directly?",
    "ciao, mia nonna {name} è in rehab alla north clinic, quando posso visitarla?",
    "salam alaikum, ana ukht {name}, he was admitted last night, any news habibi?",
    "namaste, mere papa {name} ka appointment cardiology mein hai kal, parking kahan hai?",
    "meri wife ka naam {name} hai, maternity ward mein hai, visiting time kya hai?",
    "la cuenta está a nombre de mi suegro {surname}, can billing call me?",
    # ---- Two names in one message ----
    "{name} and {name2} both have appointments at family medicine tomorrow, can we come together?",
    "I'm {name}, writing for my aunt {name2} who is on the surgical ward",
    "pls tell {name} that her sister {name2} is waiting in the main lobby",
    "Mr {surname} and Mrs {surname2} are both in the CCU, can one visitor see both?",
    # ---- Typos around names ----
    "thsi is {name} plz cal me bakc",
    "nmae {name} sory",
    "hii its {name} frm earlier, did u fnd my apointment",
    "paitent nmae: {name}",
    # ---- Names at the very end of a long message, no sign-off word ----
    (
        "I just want to say the night nurses on the pediatrics floor were wonderful with my son, "
        "he was scared of the IV and they stayed with him until he fell asleep, please pass it on {name}"
    ),
    (
        "my appointment got moved twice already and now the portal shows a different doctor than "
        "the one I booked with, I took the day off work for this and nobody told me anything {name}"
    ),
    (
        "We parked in P1 for three days while my husband was in the ICU and the weekly pass was never "
        "mentioned to us, I would like a refund for the difference {surname}"
    ),
    # ---- Names after name's / under / for / from / to ----
    "name's {name}, got a question about the sleep study",
    "the appointment is under {surname}, not my first name",
    "it was booked for {name} on the 14th but I'm not sure which clinic",
    "message from {name}: I'll be 15 min late to physical therapy",
    "please send the records release form to {name} at home, she can't use the portal",
    "can you pass a card to {name} on the oncology unit, she's my sister and her phone is off",
    # ---- SSN: bare answers ----
    "{ssnlast}",
    "{ssn}",
    "okay so {ssnlast}",
    # ---- SSN before its label, or far from it ----
    "{ssn} is my social",
    "{ssnlast} those are the last 4",
    (
        "billing asked me for my social when I called yesterday and I didn't have my card on me, "
        "found it now: {ssn}"
    ),
    "{ssnlast} - you asked me earlier for the last four, sorry took a while",
    "is {ssnlast} enough or do you need the whole number",
    "they told me on the phone to just message it here: {ssn}. hope that's ok",
    # ---- SSN with typos of "social" / "SSN" ----
    "my socail is {ssn}",
    "scoial security {ssn}",
    "ssn# is {ssn}",
    "SNN {ssn} for the financial assistance thing",
    # ---- SSN voice-to-text ----
    "last four are {ssnlast}",
    "my social security number is {ssn} I need to update my insurance",
    "okay the last four digits of my social are {ssnlast} can you find my bill now",
    # ---- SSN in ALL CAPS ----
    "MY SOCIAL IS {ssn} WHY DO I HAVE TO KEEP GIVING IT",
    "LAST 4 {ssnlast}",
    # ---- SSN in forms ----
    "SSN: {ssn} | Plan: Aetna | Reason: payment plan",
    "Social Security No. ........ {ssn}",
    "Guarantor SSN (last 4): {ssnlast}",
    # ---- Relatives' SSNs ----
    "my husbands social is {ssn}, he's the one on the account",
    "for my daughter it's {ssnlast}, last four",
    "moms ss# {ssn}",
    # ---- SSN in other languages mixed with English ----
    "mi número de seguro social es {ssn}, para la cuenta del hospital",
    "los últimos cuatro del social de mi papá son {ssnlast}",
    "eto po yung SSN ko {ssn}, para sa billing",
    "số an sinh xã hội của mẹ tôi là {ssn}, for the financial assistance form",
    "meu social é {ssn}, preciso do payment plan",
    # ---- SSN after emoji ----
    "🙄 fine, {ssn}",
    # ---- DOB: bare answers ----
    "{dob}",
    "ok here {dob}",
    # ---- DOB after born / bday / b-day / DOB ----
    "born {dob} fyi",
    "bday {dob}",
    "b-day is {dob} 🎂",
    "DOB {dob}",
    "dob:{dob}",
    "my brithday is {dob}",
    # ---- DOB before its label ----
    "{dob} is my bday btw",
    "{dob} (that's my dad's, not mine)",
    # ---- DOB in other languages ----
    "fecha de nacimiento {dob}",
    "date de naissance : {dob}",
    "ngày sinh của tôi {dob}",
    "mój syn, urodzony {dob}, ma wizytę w pediatrii",
    "Geburtsdatum {dob}, mein Termin ist in der Orthopädie",
    "data de nascimento da minha mãe {dob}",
    # ---- DOB in forms ----
    "Patient DOB | {dob} | Unit | Pediatrics",
    "Date of Birth: {dob}\nVisit: Lab, Building A",
    # ---- Relatives' dates ----
    "my son was born {dob}, does he need 2 flu doses?",
    "moms birthday is {dob} if you need it to find her",
    "she was born on {dob} in case thats how you look her up",
    "you asked for DOB earlier, had to check with my wife, it's {dob}",
    # ---- DOB with emoji, caps, voice ----
    "🎂 {dob}",
    "DATE OF BIRTH {dob} PLEASE CALL ME",
    "my date of birth is {dob} and i need my lab results",
    # ---- Phone and email ----
    "{phone}",
    "{phone} is my cell, text is better",
    "📞 {phone} anytime after 5",
    "CALL ME {phone} ABOUT MY DAD IN THE ICU",
    "{email}",
    "email me at {email} instead",
    "mi teléfono es {phone}, llámenme por favor, no hablo bien inglés",
    "paki-send po sa email ko {email} yung bill",
    # ---- Postal addresses ----
    "my new address is {addr}, please update it before the next statement",
    "send the records release form to {addr}",
    "PO box is better, {pobox}",
    "we're stationed overseas, mail to {mil}",
    "mon adresse : {addr}, pour la facture s'il vous plaît",
    # ---- Record, insurance and Medicare numbers ----
    "MRN {mrn} pls",
    "medical record number {mrn} I think",
    "{mrn} that's on my wristband",
    "member id {ins}",
    "Insurance ID: {ins} | Plan: Regence BCBS",
    "my medicare number is {mbi}",
    "{mbi} medicare card, is it accepted at the north clinic",
    # ---- Payment and bank details ----
    "pay with card {card} please",
    "card ending... actually here is the whole thing {card}",
    "refund to my account {acct}",
    "IBAN {iban}, I'm abroad, can you refund the overpayment there?",
    "Bitte überweisen Sie die Erstattung auf {iban}, danke",
    # ---- Driver's licence ----
    "drivers license {lic}",
    "DL# {lic} for the visitor badge",
    "{lic} - that's my license number, the parking office asked for it",
    # ---- Two or three slots ----
    "you can reach me at {phone} or email {email} thank you",
    "Phone: {phone} | Email: {email} | Address: {addr}",
    "MRN: {mrn}\nIns ID: {ins}\nMBI: {mbi}",
    "my mom's medicare is {mbi} and her secondary is {ins}",
    "autopay from {acct} stopped working, can billing set it up again? my phone is {phone}",
    "ship the meds to {pobox} not {addr}",
    "i have two numbers, {phone} home and {phone2} work, MRN {mrn}",
)
