# ruff: noqa: E501  (data: one message template per line)
"""Held-out bank ``holdout8``: identifier message templates (an eighth held-out bank: never tune on it).

Written on 2026-12-06 by an AI assistant session without reading the detector's code, any other bank's
templates or any detector output. Only the slot names and the way a bank module is shaped were taken from
tests/data/identifier_messages.py; the hospital's places come from config/hospital.yml.
4 of its 186 templates worded like a template of another bank were removed unread (182 left).

What it covers: identifiers in unusual places and shapes, e.g.
- values buried inside long, rambling stories, far from any label;
- unusual spacing and punctuation around a value (no space after a colon, ``#``, ``=``, ``->``,
  brackets, pipes, tabs, dotted leaders, a value alone on its own line);
- one person's details split over several clauses, with asides between label and value;
- forms pasted from other systems with labels in other languages and abbreviations
  ("F.Nac.", "Geb.", "né le", "D.O.B", "data ur.", "Doğum tarihi", "Vers.-Nr.");
- insurance (member and group numbers, Medicare, secondary cover, EOBs) and pharmacy pick-up and refills;
- letters for schools, daycare, universities and employers;
- phone autocorrect mishaps ("DOG" for DOB, "I'd" for ID), typos, "sent from my phone" signatures;
- a relative's details given by someone else (twins, in-laws, a parent with dementia, a late father);
- single-value replies after a question from staff, with emoji or a word around them;
- two or three identifiers in one message;
- the name last: after a signature dash, a sign-off, or at the very end of a sentence;
- all-lowercase templates (the filled values keep the filler's own capitals);
- about a quarter in other languages or mixed with English: Spanish, French, German, Portuguese, Italian,
  Polish, Dutch, Turkish, Tagalog, Vietnamese, Indonesian, Swahili, Romanian, Hungarian, Greek and Hindi
  written in Latin letters.
Numbers that are not identifiers (times, rooms, amounts, ward names) appear now and then beside the values.
"""

HOLDOUT8_TEMPLATES: tuple[str, ...] = (
    # --- long stories with the value buried in the middle ---
    "So last Tuesday I drove my mother to the North Clinic for her knee, we waited nearly two hours, the vending machine ate my coins, and then at the desk they said her file was under the wrong spelling, it should be {name}, and honestly I just want someone to fix it before her next visit because she gets very anxious about these things and I can't keep taking afternoons off work.",
    "Long story short (it isn't short, sorry): I moved twice this year, first in with my sister and then to {addr}, and I think the bills have been going to the old place because I haven't seen a single one since spring. My daughter says I can do all this in the portal but I have never once managed to log in. Could someone just post them to the new address?",
    "Ok so, background: I was in the ER after a bike fall, they stitched my chin, lovely people. Then a bill came for $1,200 which my insurance says it never got. The claims lady on the phone told me to ask you to resubmit under member number {ins} and to double check the subscriber is my husband, not me. I've been on hold with them three times this week so thank you for any help.",
    "hi there, my grandfather is 91 and very proud and won't ask for help himself, but he keeps getting letters from your billing office addressed to someone else at his house and it's upsetting him. His own details are date of birth {dob} and the hospital number from his heart visits, {mrn}. The letters are for a previous tenant I think. Can this be sorted without him coming in?",
    "I'll try to explain what happened. I booked online, got the confirmation, went to the lab at 7am fasting, and they said there was no order. The phlebotomist was kind but couldn't do anything. Later that day the clinic rang my old number, which is dead, instead of my mobile {phone}. I'd like the order fixed and the phone updated please. I'm hungry just remembering it.",
    "This might be an odd one. My ex used to be my emergency contact and I need them off my file for safety reasons, I don't want to go into it on here. The person to put instead is my brother {name}, who you can reach on {phone}. Please don't contact the old number for anything at all, not even reminders.",
    "We had our baby in your maternity unit in the spring (thank you to the night midwives, you were amazing!!) and ever since, her paperwork has been mixed up with mine. She keeps getting my letters and I keep getting hers. Hers should say born {dob}. Mine says the same date, which is obviously wrong since I'm 34.",
    "My dad passed away last month in your ICU and the staff were very kind to us. I'm the executor and I'm trying to close everything down, but a bill still arrives in his name, {name}, at his old house at {addr}. Who should I speak to? I have the death certificate and the letters of administration.",
    "First the good news: the surgery went fine and I'm home. The less good news: the discharge pharmacy gave me the wrong strength of painkillers, I only noticed once I got home, and the pharmacy line went to voicemail twice. To find me you'll want DOB {dob}, surname {surname}. Could someone call back today please?",
    "Not sure who handles this. I was registered years ago under my married name and since the divorce I've gone back to {surname}. My driving licence now says {lic} with the new name and the receptionist couldn't match me up with my old chart. Can the two be merged so my history isn't lost?",
    "Bit of a saga. My son had his tonsils out in October, we paid the copay on the day, then got a statement saying we owed it again, then a second one with late fees. I paid the first one with card {card} so you should see it. The account is under my name not his. Really hoping this can be fixed without another two hours on the phone.",

    # --- odd spacing and punctuation around the value ---
    "mrn#{mrn} pls call",
    "ph:{phone};em:{email}",
    "{surname},{dob},{mrn}",
    "Name ........ {name}\nD.O.B ....... {dob}\nTel ......... {phone}",
    "my email is <{email}> if the link needs resending",
    "ssn -> {ssn} <- please delete this after you've read it",
    "d.o.b.-{dob} / surname-{surname}",
    "social:{ssn}.thanks",
    "*** {card} *** was charged twice for the same visit",
    "pt={surname};dob={dob};rec={mrn}",
    "new address — {addr} — since the first of the month",
    "Email:\t{email}\nPhone:\t{phone}",
    "(mbi) {mbi}",
    "licence no.:{lic}..is that what registration needs?",
    "acct:{acct} // autopay please",
    "“{email}” — that's the address that should get the receipts",
    "my address is:\n\n{addr}\n\n(not the PO box anymore)",
    "{phone}<-- mobile, {phone2}<-- home",

    # --- details split over clauses, with asides ---
    "my first name you have right, it's the last name that's wrong, it should be {surname}, and while you're at it the birthday's off too: {dob}",
    "the appointment is for my son, not me, and his birthday, which I always forget to put on these things, is {dob}",
    "Member ID is on the back of the card, which I have here somewhere, hang on, ah found it: {ins}",
    "The address on file is the old one; the right one, in case you need it for the letter (and you do), is {addr}",
    "{name}, that's me, the one who rang yesterday about the refill, DOB if you need it {dob}",
    "the social you have ends wrong, the whole thing, since you'll ask, is {ssn}",
    "My mother, who's 88 and hard of hearing so please don't phone her, has the hospital number {mrn}; anything for her should come to me.",
    "For the insurance, and this is the part that confused the front desk, the policy holder is my wife, {name}, not me, and her member number is {ins}.",
    "Her date of birth, or at least the one on her passport, which is different from the one she celebrates, is {dob}",

    # --- forms pasted from other systems, labels in other languages or abbreviated ---
    "Apellido: {surname}\nF.Nac.: {dob}\nTeléfono: {phone}",
    "Nachname: {surname} / Geb.: {dob} / Vers.-Nr.: {ins}",
    "Mme {surname}, née le {dob}, n° de dossier {mrn}",
    "M. {name}, né le {dob}, tél. {phone}",
    "Nome: {name} - Data de nasc.: {dob} - Cel: {phone}",
    "Cognome e nome: {name}; nato il {dob}; tessera sanitaria {ins}",
    "Nazwisko i imię: {name}, data ur. {dob}, tel. kom. {phone}",
    "Naam: {name} | Geb.datum: {dob} | Polisnummer: {ins}",
    "Ad Soyad: {name} / Doğum tarihi: {dob} / Tel: {phone}",
    "PATIENT DEMOGRAPHICS\nLAST: {surname}\nDOB: {dob}\nMRN: {mrn}\nHOME PH: {phone}",
    "Pt Name: {name}   Acct#: {acct}   Guarantor SSN: {ssn}",
    "RE: claim resubmission / Subscriber ID {ins} / Pt DOB {dob} / Facility: Riverbend Main Campus",
    "Fax cover sheet — RE: {name} — DOB {dob} — Pages: 4 — please forward to records",
    "copied from my old clinic's printout: PAT ID {mrn}  SEX F  DOB {dob}  ATTENDING: unknown",
    "Nom de naissance : {surname} — Date de naiss. : {dob} — Courriel : {email}",
    "pasting from the insurer's portal: Member {name} | ID {ins} | Group {ins2} | Relationship: Self",
    "Kartei-Nr. {mrn}; geb. am {dob}; Krankenkasse-Nr. {ins}",

    # --- insurance ---
    "my medicare card says {mbi}, is that the same thing as the member number on your form?",
    "Subscriber is my wife {name}, I'm the dependent, our ID is {ins}",
    "Secondary insurance is Moda, member {ins}. Primary is Medicare, {mbi}.",
    "The EOB lists a claim for patient {name} but the member ID on it, {ins}, is mine. We've never met.",
    "tricare sponsor ssn {ssn}, I'm the dependent spouse, do you need my info too?",
    "for the pre-authorization on my MRI the insurer wants my record number {mrn} and my date of birth {dob} from your side",
    "Got a new card from PacificSource. ID: {ins}  Group: {ins2}  Effective the first of next month.",
    "my OHP number is {ins} and they say it's active but your system says it's not???",
    "Medicare Advantage through UHC, member no. {ins}, and my red-white-blue card number is {mbi}",

    # --- pharmacy ---
    "picking up for {name} at the lobby pharmacy, what do I need to bring? her dob is {dob}",
    "pharmacist said the script was under {surname} with a different birthday, mine is {dob}",
    "Refill request. Lisinopril 10mg. Pt dob {dob}. Ph {phone}. Will collect at the main lobby pharmacy.",
    "Can the insulin be delivered instead? Address: {addr}. Card for the copay: {card}",
    "prescription for my kid {name}, amoxicillin, dob {dob}, we'll pick up after school around 4",
    "the refill line at 541-555-0180 just rings out. My record number is {mrn}, I'm nearly out of my inhaler",
    "my husband collects my meds, his licence is {lic}, please note on my file that he's allowed",

    # --- school, daycare, university and employer letters ---
    "Need a school absence note for my daughter {name} (year 6), she was seen in pediatrics on the 3rd",
    "My employer wants a return-to-work letter addressed to HR, showing my name {name} and my date of birth {dob}",
    "The university health form asks for my immunization record. Student: {name}, student email {email}",
    "please send the fitness-for-duty letter to my manager at {email}, it should reference my surname, {surname}",
    "Could you write something for the school saying {name} should sit out PE until the cast comes off? Parent contact {phone}",
    "HR wants the last 4 of my SSN on the sick leave form: {ssnlast}",
    "daycare needs proof of vaccinations for {name}, born {dob}, can you email it straight to the centre at {email}",
    "To whom it may concern at Riverbend: my school requires a signed physical form for {name}, DOB {dob}, before the season starts on Monday.",

    # --- phone autocorrect, typos, sent-from signatures ---
    "My DOG is {dob}  *DOB sorry autocorrect",
    "my name is {name} not Dr Duck, my phone autocorrected my signature lol",
    "sorry my phone keeps changing it, the email is {email} all lowercase",
    "Can you call me at {phone}? Ducking autocorrect mangled my last message",
    "my medical wreckers number is {mrn} (RECORDS, stupid phone)",
    "Sent from my iPhone\n\n{name}\n{phone}",
    "Insurance member I'd {ins}",
    "last for of my social {ssnlast}",
    "Meditate number {mbi} (MEDICARE, honestly this keyboard)",

    # --- a relative's details ---
    "my brother-in-law {name} is on the surgical ward, which room? his birthday is {dob}",
    "calling for mum, her medicare number is {mbi} and she sees Dr. Ramirez",
    "my twins {name} and {name2}, both born {dob}, need their 12 month shots",
    "grandma's mail should go to {pobox} now, she lives with us and the box is ours",
    "My partner {surname} gave birth last night, can I get her room number? I'm her emergency contact, {phone}",
    "Stepdad {name} needs a ride home from rehab tomorrow, can someone call me on {phone} to arrange it",
    "I have power of attorney for my aunt {name}, her hospital number is {mrn}; the paperwork is on file since spring",
    "my father-in-law's social is {ssn}, the billing office asked for it for his charity care form",
    "It's about my wife. She's {name}, DOB {dob}, and she was moved from the ICU last night but nobody told us where.",

    # --- replies of a single value after a question ---
    "→ {mrn}",
    "{email}?",
    "uh {ssnlast}",
    "ok: {dob}",
    "{surname} (capital letter at the start)",
    "sure, {addr}",
    "mrn? {mrn}",
    "the full one? {ssn}",
    "^ {name}",

    # --- two or three identifiers in one message ---
    "{name} {mrn} {phone}",
    "Patient {surname}, SSN {ssn}, card on file {card} (expired, please replace)",
    "refund to {iban} please, the account holder is {name}",
    "Medicare {mbi}, secondary {ins}, DOB {dob}",
    "please update: old email {email}, new email {email2}",
    "licence {lic} and address {addr} for the parking permit",
    "send the statement to {pobox} and copy {email}",
    "My son is serving overseas ({mil}), his date of birth is {dob}, he needs his vaccine records",
    "i'm {name} and my kid is {name2}, same address {addr}",

    # --- name last: signatures, dashes, sign-offs ---
    "Please confirm my appointment for Friday at 10. Thanks! - {name}",
    "Need my records faxed to my new doctor by Monday.\n—{name}",
    "Thank you so much for the care my dad received on the 4th floor of Building A.\n\nWarmly,\n{name}",
    "can u resend the link, it expired -- {surname}",
    "refill plz thx\n-{name}\n{phone}",
    "who do I talk to about a payment plan? ~{name}",
    "question about parking validation, sent by {name}",
    "still waiting for a callback since Monday!!! {name}",
    "Kind regards,\n{name}\n{addr}",

    # --- all lowercase ---
    "this is {name} writing, got a question about my bill from the er",
    "hey its {surname} again, did anyone look at my records request yet",
    "my name is {name} and my date of birth is {dob} and i need my results",
    "can you tell {name} on the oncology unit that her sister is on the way",
    "lost my card in the cafe, the number was {card}, can you check if someone handed it in",

    # --- Spanish ---
    "Hola, escribo por mi mamá, se llama {name} y nació el {dob}. Necesita cambiar la cita del martes porque no tiene quien la lleve.",
    "buenas, me piden los últimos cuatro del seguro social, son {ssnlast}, y mi expediente es {mrn}. ¿Ya están los resultados? 🙏",
    "Disculpe, ¿me pueden llamar al {phone}? Es sobre la factura. Soy la señora {surname}.",
    "Datos del asegurado — Nombre: {name}; Nº de póliza: {ins}; Domicilio: {addr}",

    # --- French ---
    "Bonjour, je vous écris au sujet de ma fille {name}, née le {dob}, qui a rendez-vous en pédiatrie jeudi.",
    "mon numéro d'assuré c'est {ins}, merci de le mettre à jour avant ma prochaine visite",
    "Vous pouvez me joindre au {phone} ou par courriel : {email}. Cordialement, {surname}",

    # --- German ---
    "Guten Tag, mein Vater {name} (geb. {dob}) liegt bei Ihnen auf der Intensivstation. Wann darf ich ihn besuchen?",
    "Bitte schicken Sie die Rechnung an meine neue Adresse: {addr}. Mfg {surname}",
    "Versichertennummer {ins}, Geb.-Datum {dob} – ich brauche eine Kopie vom Arztbrief",

    # --- Portuguese ---
    "Olá, sou {name}, preciso remarcar a consulta de amanhã. Meu celular é {phone}.",
    "O número do prontuário do meu filho é {mrn}, ele nasceu em {dob}",
    "bom dia, segue meu endereço novo pra correspondência: {addr} obrigada",

    # --- Italian ---
    "Buongiorno, mia nonna {name} è ricoverata in cardiologia, posso lasciare il mio numero {phone} per essere richiamata?",
    "Il numero della cartella clinica è {mrn}, data di nascita {dob}. Avrei bisogno del referto.",
    "scusate, la mia email giusta è {email}, quella che avete è sbagliata",

    # --- Polish ---
    "Dzień dobry, piszę w imieniu taty, {name}, urodzony {dob}. Czy wizyta w czwartek jest aktualna?",
    "numer konta do zwrotu nadpłaty: {iban}, proszę o kontakt w sprawie rachunku",
    "Numer karty pacjenta: {mrn}. Proszę o wysłanie wyników na adres {email}.",

    # --- Dutch ---
    "Goedemiddag, mijn moeder {name} is gisteren opgenomen. Mijn nummer is {phone}, belt u mij als er iets is?",
    "Mijn nieuwe adres is {addr}, wilt u dat aanpassen? Groet, {surname}",
    "Geboortedatum: {dob}, patiëntnummer {mrn}. Ik wil graag een kopie van mijn dossier.",

    # --- Turkish ---
    "Merhaba, annem {name} için randevu almak istiyorum, doğum tarihi {dob}.",
    "Otopark izni için ehliyet numaram {lic}, telefonum {phone}. Teşekkürler",
    "Hasta dosya numarası {mrn}, sigorta numarası {ins}. Fatura hakkında bir sorum var.",

    # --- Tagalog ---
    "Magandang umaga po, ako po si {name}, gusto ko pong i-reschedule ang appointment ko.",
    "Ang birthday po ng lola ko ay {dob}, naka-confine po siya sa ICU. Pwede po ba kaming bumisita?",
    "pa-text na lang po sa {phone} kung ready na yung gamot, salamat po",

    # --- Vietnamese ---
    "Chào bác sĩ, tôi là {name}, ngày sinh {dob}. Tôi muốn hỏi kết quả xét nghiệm.",
    "Số điện thoại của con gái tôi là {phone}, xin gọi cho cháu nếu cần.",
    "Địa chỉ mới của tôi: {addr}. Cảm ơn.",

    # --- Indonesian ---
    "Selamat siang, saya mau tanya jadwal kontrol ayah saya, namanya {name}, tanggal lahir {dob}.",
    "Nomor rekam medis saya {mrn}, tolong kirim hasil lab ke email {email} ya",
    "Bisa hubungi saya di nomor {phone}? Terima kasih banyak 🙏",

    # --- Swahili ---
    "Habari, jina langu ni {name}. Nataka kubadilisha tarehe ya miadi yangu.",
    "Mama yangu alizaliwa {dob}, yuko wodi ya moyo. Naomba kujua saa za kutembelea.",
    "Tafadhali nipigie kwa namba {phone}, asante sana",

    # --- Romanian ---
    "Bună ziua, sunt {name}, data nașterii {dob}. Aș dori o copie după fișa medicală.",
    "Numărul meu de telefon este {phone}, vă rog să mă sunați în legătură cu factura.",
    "Adresa nouă: {addr}. Mulțumesc frumos, {surname}",

    # --- Hungarian ---
    "Jó napot, {name} vagyok, születési dátum: {dob}. Szeretném áthelyezni az időpontomat.",
    "A telefonszámom {phone}, kérem, hívjanak vissza.",
    "Anyám biztosítási száma {ins}, most a kardiológián fekszik.",

    # --- Greek in Latin letters ---
    "Geia sas, eimai o {name}, thelo na allaxo to rantevou mou. To tilefono mou einai {phone}.",
    "H mitera mou gennithike {dob}, einai stin entatiki. Mporo na tin episkefto simera?",

    # --- Hindi in Latin letters ---
    "Namaste, mera naam {name} hai, meri date of birth {dob} hai. Mujhe report chahiye.",
    "mere papa ka MRN {mrn} hai, unka appointment kal hai kya? please check kar do",
    "mere card {card} se do baar paisa kat gaya, refund kab milega? call karo {phone} pe",

    # --- mixed languages in one message ---
    "hola, my mom's name is {name}, ella no habla inglés, her birthday es el {dob}",
    "Salamat po! my email po is {email}, doon niyo na lang i-send",
    "bonjour, I need to update mon adresse: {addr}, merci",
    "Mein Sohn {name} braucht a school note, he was in the ER yesterday, Telefon {phone}",
    "selamat pagi, my husband {name} is in the ICU, bisa saya visit jam berapa?",
)
