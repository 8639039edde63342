# ruff: noqa: E501  (data: one message template per line)
"""Held-out bank ``holdout12``: identifier message templates, the twelfth held-out bank.

Written on 2026-12-06 by an AI assistant session that did not read the detector's code, any other bank's
template file, or any detector output; it read only the product description, the hospital's facts file
and the filler (tests/data/identifier_messages.py) for its slot names and value formats. Never tune the
detector on this bank: it exists to measure it.

What it covers: identifiers surrounded by other numbers and proper nouns that are not identifiers, so that
the two are hard to tell apart: times, prices, room, bed and floor numbers, bus lines, years, ages, doses,
counts, the hospital's own phone lines and address, plan-level codes (Rx BIN, group numbers), one-time codes;
places and hospital landmarks, brand and drug names, insurers, sports teams, TV shows, pets' names, doctors'
names with titles. Identifiers sit at the start, middle and end. Also: corrections of a value given before
("not {phone}, it's {phone2}"), requests to delete a value, values quoted from a screenshot, a letter, a
wristband or an automated text, and a relative's and the writer's details in one message. About a quarter
is in other languages or mixed (Spanish, French, German, Portuguese, Italian, Polish, Dutch, Turkish,
Tagalog, Vietnamese, Indonesian, Swahili, Romanian, Czech, Swedish, Greek, Russian, Arabic and Hindi in
Latin letters, Haitian Creole). Styles: lowercase, typos, emoji, very short, very long, formal,
voice-to-text.
None of its 195 templates was worded like a template of another bank (checked unread).
"""

HOLDOUT12_TEMPLATES: tuple[str, ...] = (
    # phone among times, prices, rooms, bus lines and the hospital's own numbers
    "can someone call me back at {phone} after 5:30? I'm on the 7:15 bus (line 11) until then",
    "Visiting my dad in room 412, bed B, 4th floor. My cell is {phone} if the nurse needs me, I'll be in the River Café till 2pm",
    "paid $12 at Garage P1 and the machine ate my ticket, call {phone} pls, I'm parked on level 2 spot 38",
    "{phone} is me. Not (541) 555-0100, that's your main line lol",
    "I called (541) 555-0120 four times and waited 38 minutes each time. Please ring {phone} instead, any time before 9",
    "text me at {phone} if Dr. Lindqvist is running late, appt is 3:45 Thursday and I have a 20 min drive",
    "ok so 2 kids, 3 appointments, 1 phone: {phone}. Tuesday 10:20, 10:40 and 11:00 if possible",
    "for verification: last four of my social {ssnlast}, born in 1961, 65 years old, Medicare plus Moda supplement",
    "best # is {phone} between 6:00-7:30 am or after 9 pm Pacific (I work nights at Costco)",
    "hey its me again 😅 the number ending in 0100 is the hospital's, mine is {phone}",
    "For the flu clinic: 4 people in our house, ages 3, 9, 41 and 44. Call {phone} to book all four, the $40 each is fine",
    "WhatsApp only: {phone} ✅ no calls during the Blazers game tonight haha, 7pm tipoff",
    "Is it room 5114 or 511? the sign on Building A 5th floor was confusing. anyway my driver's licence for the visitor badge is {lic}",
    "i take 2 x 500mg Tylenol every 6 hours, is that ok 3 days after the colonoscopy? call me {phone}",
    "📞 {phone} (after 3)",
    "The 988 line told me to message you. I'm ok now. My number is {phone}, a callback between 9 and 11 would be great",
    "poison control (1-800-222-1222) said he's fine after 2 gummies but call me on {phone} if the pediatrician wants to see him",
    # date of birth among ages, years, doses and other dates
    "I'm 67, born {dob}, on Medicare since 2024, taking lisinopril 10 mg once a day",
    "Date of birth {dob}. Weight 82 kg, height 178 cm, BP was 142/91 this morning at 7:05",
    "He turned 80 last week (DOB {dob}), the party was at Olive Garden off Highway 99 and now he has heartburn",
    "my daughter was born {dob} at 3:12 am, 7 lb 4 oz, she's in the NICU on the 2nd floor of Building B, incubator 6",
    "appointment 11/14 at 2:30, DOB {dob}, Dr. Novak, Neurology on the 3rd floor",
    "dob {dob}, NOT 01/01/1900 like the kiosk printed on my wristband",
    "born {dob}, 34 years old, 2nd pregnancy, 28 weeks, Dr. Haddad's patient",
    "Moda Health says my plan renews 01/01/2027 and they need my birthday which is {dob}",
    "season 4 episode 12 of Grey's Anatomy freaked me out lol. anyway DOB {dob}, I'd like a mammogram",
    "I was born on {dob} and I've been coming here since 2009, room 318 last time",
    "{dob} - that's his birthday. The 2019 date on the form is when he had the bypass",
    "dob {dob} 😊",
    "My grandson is 9 months, born {dob}, 18 lbs, does he need 2 flu doses 4 weeks apart?",
    "Metformin 850 mg twice daily, Jardiance 10 mg in the morning, A1c 7.2 in October, birthday {dob}",
    # medical record numbers among rooms, beds, floors, buses, bills
    "MRN {mrn}, room 304, bed 2, Cardiac Care Unit 4th floor, discharge planned for 11 am",
    "Bus 7 from downtown was 25 min late so I missed the 9:40 PT slot. patient number {mrn}",
    "chart number is {mrn}, not the 8-digit number on the parking stub (that one's the garage's)",
    "for the bill of $1,482.16 dated 10/03, my hospital number is {mrn} and my insurer is PacificSource",
    "Room 2207, MRN {mrn}. Dr. Brennan said PT 3x a week for 6 weeks, starting on the 15th",
    "the lab order says 2 tubes, fasting 12 hrs, MRN {mrn}, Building A ground floor, 6:30am",
    "{mrn} rm 12",
    "My husband's medical record # is {mrn}, he is 6'2, 240 lbs and on 4 liters of oxygen in bed 17",
    "Ticket 3 of 5 at the registration desk, they gave me patient ID {mrn} and a pager that buzzes at 30 min",
    # insurance member IDs and Medicare numbers among insurer names, group and plan codes, copays
    "Aetna member ID {ins}, group plan through Intel, copay $35, specialist $60",
    "We switched from Kaiser to Regence BlueCross on Jan 1. New member ID: {ins}",
    "My Medicare number is {mbi} and my Part D plan is S5884-105 through Humana, is that ok?",
    "Medicare {mbi}. I'm 72 and my Part B premium went up to $185 this year",
    "UnitedHealthcare #{ins}, Rx BIN 610279, PCN 9999, copay $20",
    "TRICARE ID {ins}, my husband is stationed at JBLM with the 2nd Battalion, 75th Ranger Regiment",
    "My OHP card ({ins}) got soaked in the rain on bus 4, can you still bill it?",
    "Insurance: Cigna, ID {ins}, Rx: atorvastatin 40mg #90, 3 refills",
    "Providence Health Plan, member {ins}, PPO 500 plan, $500 deductible met in August",
    "medicare # {mbi} for my mom, she's 91, lives at Sunrise Senior Living apt 14, 2 blocks from the North Clinic",
    "Blue Shield, member no. {ins}, group 00481, effective 01/01/2026, PCP Dr. Chen",
    # names among doctors with titles, pets, teams, shows, brands and drugs
    "Dr. Okafor wants {name} back in 2 weeks for an echo, can we do 8:15?",
    "Our dog Biscuit bit me (he's 11 and fully vaccinated). I'm {name}, do I need a tetanus shot?",
    "This is {name}, I'm the one in room 218 who asked Nurse Kelly for the Ensure at 6",
    "Patient: {name}. Drug: Eliquis 5 mg BID. Pharmacy: Walgreens on 6th St. Question: can I split it?",
    "Lakers vs Blazers tonight and I'm stuck in bed 14 😩 {name}, ICU 3rd floor, can my brother come at 8?",
    "{surname} family, 4 visitors, room 3015 in Maternity, Building B. Can all 4 come at 7:30?",
    "Mrs. {surname} in bed 9 says your Jell-O is the best in Oregon 😂 she turns 93 tomorrow",
    "Silver Honda Civic in P1 level 2. I'm {name} and I lost my keys near the chapel around 4:15",
    "Appointment for {name} with Dr. Erik Lindqvist, Cardiology, Tuesday 14:20. Should I bring the Fitbit data?",
    "pls tell Dr Patel that {name} can't make the 7:30 am colonoscopy, bus 11 doesn't run that early on Sundays",
    "my cat is named Luna and I'm {name}, we both need refills lol (hers is from the vet)",
    "{name}, 58, Zoloft 50mg, Dr. Adeyemi's patient, need a refill before Friday the 12th",
    "Nurse Ramirez (not Dr. Ramirez) on the Surgical Ward was so kind to my mom {name}, bed 22, 5th floor",
    "i watched Dr. Phil all afternoon and now i'm paranoid lol. it's {name}, can I get my cholesterol checked",
    "Signed, {name} (no relation to Dr. Chen, people always ask)",
    "Max and Bella are my kids' hamsters, not patients 🙃 the patient is {name}, age 12, bed 4 on Pediatrics",
    "bed 4 / {surname}",
    "Ordered a Starbucks for Dr. Moreau as a thank you, from {name} in the Sleep Center, study night of the 3rd",
    "Hi, I'm {name}. I saw Dr. Hannah Fischer at 9:20 and Dr. Siobhan Brennan at 10:05, both at the North Clinic",
    # street addresses among hospital landmarks, routes and distances
    "I live at {addr}, about 3 miles from the North Clinic, bus 7 then a 10 min walk",
    "Send the bill to {addr}, NOT to 1200 River Road (that's you guys, the form autofilled it)",
    "new address since March: {addr}. The old one was off Highway 99, exit 12",
    "the ambulance took 14 min to get to {addr}, we're right behind the Safeway",
    "Mail the records to {addr} please, 2 copies: the 2023 MRI and the 2025 CT",
    "my PO box is {pobox}, the house at {addr} gets no mail delivery",
    "ship my CPAP filters to {mil}, I deploy on the 14th for 9 months",
    "{addr}. Apartment is on the 3rd floor, the buzzer still says Apt 3 Kowalczyk but that's the old tenant",
    "Pick-up for the wheelchair van: {addr} at 8:45, appointment at 455 Cedar Avenue at 9:30",
    "I'm at {addr}, is that closer to Riverbend Main Campus or the North Clinic? I don't have a car, only bus 4",
    # social security numbers, cards, accounts and licences among amounts, tax forms and counts
    "SSN {ssn}, Form 1095-C for 2025, line 14 code 1E, the billing office asked",
    "last 4 of my SSN: {ssnlast}. (the 4 digits on the parking ticket are 2231, ignore those)",
    "SS# {ssn}. Billing (541) 555-0160 said it's needed for financial assistance, household of 5, income $41,000",
    "Paying the $250 deductible and the $40 flu shot with card {card}, exp 09/28",
    "Visa {card}, please charge $75.00 for the 3 copies of my records",
    "Direct deposit the refund of $118.40 to account {acct} please (checking, not the savings one ending 77)",
    "IBAN {iban}, amount 320 EUR, for invoice 2026-0471 from the ER visit in July",
    "driver's license {lic}, Oregon, expires 2029, for the ID check at the Building D desk",
    "ssn last four {ssnlast}, dob {dob}, room 12, that's all I have on me",
    "Amex {card} for the $25 weekly parking pass, 2 passes please",
    # corrections of a value given earlier
    "not {phone}, it's {phone2}. I switched to T-Mobile in May",
    "Sorry typo!! DOB is {dob2}, not {dob}",
    "correction: my email is {email2}, the {email} one is my old Yahoo from 2009",
    "Earlier I wrote the wrong MRN ({mrn}); the right one is {mrn2}, it's on the wristband from bed 7",
    "wait no, {ins2}. {ins} was my Aetna ID before I switched to Moda in January",
    "The address on file ({addr}) is old. Since 1 Sept: {addr2}",
    "ignore the number I sent at 10:42, use {phone} from now on",
    "Update: mom moved from room 412 to 418, and her contact is now {phone} (it was {phone2})",
    "scratch that, my name is spelled {name}, 2 Ls, not like the actress",
    "the 0 in my license is a letter O? no sorry, it's {lic}, numbers only",
    "my bad, the card ending 4242 was the old one, the new one is {card}",
    "I gave you my husband's Medicare by mistake, mine is {mbi}",
    # requests to delete a value
    "please delete {email} from your mailing list, I get 3 emails a week about the 5K fun run",
    "Can you remove {phone} from my profile? That was my late husband's number",
    "Delete my SSN ({ssn}) from this chat, I typed it by mistake at 2am",
    "Unsubscribe {email} from MyChart emails but keep the 24h appointment reminders please",
    "I want {addr} erased from your records, I moved out in 2024 and my ex still lives there",
    "please forget the card I sent, {card}, it was stolen on Saturday",
    "Privacy request: erase everything you hold for {name}, DOB {dob}, MRN {mrn}",
    "remove {phone2} as my emergency contact, keep {phone} only",
    # values quoted from screenshots, letters, wristbands and automated texts
    "Screenshot from the portal says: 'Patient: {name} | MRN: {mrn} | Visit 3 of 10 | PT, North Clinic 2nd floor'",
    "I got this text: 'Riverbend: Reminder for {name}, appt 12/09 at 8:45 AM w/ Dr. Kowalski. Reply Y to confirm, N to cancel.' Is it real?",
    "the kiosk printed 'DOB: {dob}  AGE: 000  RM: ---' is that a glitch?",
    "copy paste from the letter: Member ID {ins} Group 00481 Plan PPO 500 Effective 01/01/2026",
    "Automated email said account {mrn} has a balance of $0.00 but the paper statement says $312.50?",
    "From my insurance card: CIGNA | ID {ins} | GRP 3338112 | RxBIN 017010 | Copay PCP $25 / SPEC $50 / ER $250",
    "pic of the wristband didn't upload so here: {name} / {dob} / {mrn} / Rm 322-B / Allergies: PCN",
    "The text said 'Your code is 482913, do not share it'. I didn't! My phone is {phone}",
    "Voicemail transcript: 'hi this is Dr. Fischer's office calling for {name}, please call us back at 541 555 0145, option 2'",
    "From the discharge paper: Pt {name}, Adm 11/28 14:05, Disch 12/02 10:30, Rm 5012, Attending Dr. S. Brennan",
    "the robot call said 'press 1 to confirm for {name}' and I pressed 2 by accident, 8:30 tomorrow still on?",
    "screenshot of MyChart: Refill request #3 for Lipitor 20 mg, sent to CVS #8841, contact {email}",
    # a relative's and the writer's details together
    "I'm {name} ({phone}), writing for my mother {name2}, DOB {dob}, she's in room 19 on the 4th floor",
    "me: {name}, {email}. my dad: {name2}, Medicare {mbi}. he's 81 and on warfarin 5 mg",
    "My wife {name} is in labor room 6, I'm her husband {name2}, call me on {phone} not her",
    "Emergency contact: my brother {name}, {phone}. Me: {name2}, {phone2}, {addr}",
    "I'm the daughter. Dad is Mr. {surname}, 88, bed 3 on the CCU, his insurance is Providence {ins}, I'm at {email}",
    "Parents: {name} and {name2}. Baby born {dob} at 6:02 am, 3.4 kg, NICU pod 2",
    "my son's MRN is {mrn} and mine is {mrn2}, we both see Dr. Ramirez on the 14th at 3 and 3:20",
    "Guarantor: {name}, SSN {ssn}. Patient: my stepson, 17, on my UnitedHealthcare plan",
    # voice-to-text
    "hey Siri message Riverbend my number is {phone} period I'll be at the 4 o'clock appointment comma bringing all 3 bottles of pills",
    "voice text sorry for typos date of birth {dob} the doctor is doctor Novak on floor 3 new line room 310",
    "ok Google send my email is {email} exclamation point the flu shot at 10 am for 2 people",
    "this is talk to text my member ID is {ins} and the Building C scans are at quarter to 2",
    # very long, formal
    "To whom it may concern: On 14 November I was seen in the Emergency Department (arrived 23:10, triaged at 23:52, seen at 04:30) and charged $2,340 although my Regence plan covers ER visits with a $250 copay. My name is {name}, member ID {ins}, and I can be reached at {phone} on weekdays between 08:00 and 17:00. I would appreciate a review.",
    "Long story short: my mother (83) fell at the Fred Meyer on 11th, the paramedics (engine 6) brought her to your ER around 9, she spent 2 nights in room 5020 on the Surgical Ward, Dr. Brennan fixed her hip with 3 screws, and now the bill went to the wrong address. Please send it to {addr} and call me, her son, at {phone}.",
    "Dear Patient Services, I am writing on behalf of my father, {name}, born {dob}, who was admitted to the ICU (Building A, 3rd floor, bed 8) on 2 December. I hold his power of attorney. Please update his emergency contact to my number, {phone}, and send correspondence to {email}. Kind regards.",
    # very short
    "{phone}??",
    "MRN: {mrn}. rm 3",
    "{email} 👍 pls send the 2 forms",
    # Spanish
    "Hola, soy {name}, mi cita es a las 10:30 en el edificio C, piso 3, con la Dra. Novak. Mi teléfono: {phone}",
    "no es {phone}, es {phone2}, me equivoqué en un número, perdón 🙏",
    "Mi mamá tiene 78 años, nació el {dob}, está en la cama 12 de la UCI. ¿Puedo llevarle flores?",
    # French
    "Bonjour, ma fille est née le {dob}, elle a 6 ans et pèse 21 kg; le Doliprane 250 mg, c'est 3 fois par jour ?",
    "Merci de supprimer {email} de vos listes, je reçois 4 mails par semaine",
    "Chambre 214, lit 2. Je suis {name}, numéro de dossier {mrn}",
    # German
    "Guten Tag, ich bin {name}, geb. {dob}, Zimmer 318 im 3. Stock. Meine Handynummer: {phone}",
    "Bitte löschen Sie meine alte Adresse {addr}, seit dem 1. März wohne ich woanders",
    "Versichertennummer {ins}, AOK Bayern, aber hier in Oregon habe ich Aetna über meinen Arbeitgeber",
    # Portuguese
    "Oi, meu nome é {name}, tenho 45 anos, a consulta é às 14h20 no 1º andar. Meu celular é {phone}",
    "O número do convênio é {ins}, paguei R$ 150 na farmácia do saguão, quarto 207",
    "corrigindo: o e-mail certo é {email}, o outro tinha um 2 a mais",
    # Italian
    "Buongiorno, sono {name}, stanza 405, letto B; il mio numero è {phone}, chiamatemi dopo le 16",
    "Mio padre, {name}, nato il {dob}, prende Coumadin 5 mg; il suo medico è la Dott.ssa Novak",
    "La tessera sanitaria dice {ins}, scade il 31/12/2027",
    # Polish
    "Dzień dobry, nazywam się {name}, sala 12, łóżko 3. Telefon do mnie: {phone}",
    "Proszę usunąć mój numer {phone}, to był numer służbowy do 2025",
    "PESEL nie podam, ale data urodzenia to {dob}, mam 52 lata i biorę 2 tabletki dziennie",
    # Dutch
    "Hoi, ik ben {name}, kamer 2.14 op de 2e verdieping, lijn 11 stopt voor de deur toch? Mijn nummer: {phone}",
    "Niet {email} maar {email2}, sorry!",
    "Mijn zoon (7 jaar, 24 kg) is geboren op {dob}, mag hij 2x per dag ibuprofen 200 mg?",
    # Turkish
    "Merhaba, adım {name}, 3. kattaki 312 numaralı odadayım. Telefonum {phone}",
    "Annemin doğum tarihi {dob}, 74 yaşında, Dr. Haddad ile saat 11:15'te randevusu var",
    # Tagalog
    "Hello po, ako si {name}, nasa room 506 po ang lola ko, bed 2. Ito po ang number ko {phone}",
    "Pasensya na po, mali yung nauna, ang tamang birthday ay {dob} hindi {dob2}",
    # Vietnamese
    "Chào bác sĩ Nguyễn, tôi là {name}, sinh ngày {dob}, hẹn lúc 9:30 sáng thứ Ba",
    "Số điện thoại của tôi là {phone}, phòng 220, tầng 2, giường số 1",
    # Indonesian
    "Halo, saya {name}, kamar 308 lantai 3. Nomor HP saya {phone}, bisa telepon jam 8 malam?",
    "Tolong hapus email saya {email} dari daftar, sudah 3 kali saya minta. Terima kasih",
    # Swahili
    "Habari, jina langu ni {name}, nambari yangu ya simu ni {phone}. Nipo chumba 17",
    "Mama yangu alizaliwa {dob}, ana miaka 70, yuko kitanda 4 ghorofa ya pili",
    # Romanian
    "Bună ziua, sunt {name}, salonul 9, patul 2, etajul 4. Telefon: {phone}",
    "Vă rog să ștergeți adresa {addr} din dosar, m-am mutat în 2025",
    # Czech
    "Dobrý den, jmenuji se {name}, narozen {dob}, jsem objednán k Dr. Novak na 10:45",
    "Číslo pojištěnce {ins}, pokoj 403, 4. patro. Vratku 600 Kč prosím na účet {acct}",
    # Swedish
    "Hej, jag heter {name}, rum 214, säng 1. Ring mig på {phone} efter kl 17",
    "Personnummer skickar jag inte här, men födelsedatum {dob}, och Dr. Lindqvist vet vem jag är",
    # Greek in Latin letters
    "Geia sas, eimai {name}, domatio 305, orofos 3. To kinito mou einai {phone}",
    "i mitera mou gennithike {dob}, einai 82 xronon, krevati 7 stin entatiki",
    # Russian in Latin letters
    "Zdravstvuyte, menya zovut {name}, palata 12, 4 etazh. Moy nomer {phone}, zvonite posle 18:00",
    "ne {phone}, a {phone2}, izvinite, opechatka",
    # Arabic in Latin letters
    "Marhaba, ana {name}, 3ndi maw3ed ma3 Dr. Haddad sa3a 2:30, raqmi {phone}",
    "ya3tikum el 3afye, tarikh milad ommi {dob}, heya bi ghurfa 410 bel taba2 el rabe3",
    # Hindi in Latin letters
    "Namaste, mera naam {name} hai, papa ka MRN {mrn} hai, ward 4B, bed 11 pe hain",
    "Mera number {phone} hai, Dr. Patel se 3 baje appointment tha, 45 min se wait kar raha hoon",
    # Haitian Creole
    "Bonjou, mwen rele {name}, nimewo telefòn mwen se {phone}. Manman m nan chanm 311",
    "Dat nesans mwen se {dob}, mwen gen 29 an, randevou a se a 9è",
    # mixed languages
    "mi hija {name} tiene appointment at 3:15 with Dr. Ramirez, her DOB is {dob}, gracias!",
    "my member ID c'est {ins}, et j'ai payé 12 dollars au parking P1 hier",
    "yung MRN ni lolo is {mrn} po, nasa 5th floor siya, Surgical Ward, bed 9",
    "Hallo, my Medicare ist {mbi}, ich bin 70 und brauche die Grippeimpfung, Termin 9:00?",
    "kal 4 baje ka appointment cancel karna hai, email {email} pe confirmation bhej dijiye",
    "Bom dia! Endereço novo: {addr}. The bus 7 stops right there, obrigada",
    "ciao, IBAN {iban}, rimborso di 45 euro per il parcheggio P1 del 3 dicembre, grazie 🙏",
    "cześć, sorry, wrong number earlier, it's {phone} not {phone2}",
)
