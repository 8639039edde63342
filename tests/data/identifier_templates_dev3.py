"""Templates of the ``dev3`` bank of identifier messages (see identifier_messages.py for the slots).

A third tuning bank, written without reading the holdout bank or the detector's code, in contexts and message
shapes that ``dev`` and ``dev2`` leave out: disability and workers' comp claims, FMLA and school forms, court,
guardianship and immigration papers, a deceased relative's estate, a child's registration, second opinions,
transfers from other hospitals, lab requisitions, pharmacy call-backs, wristbands, specimen stickers, ID
bracelets and visitor badges. Shapes: the label far from the value or after it, the value first with the label
in brackets, abbreviated or misspelt labels, foreign label words, no label but a question that makes it
clear, pasted forms and ``key: value`` lines split by pipes or newlines, forwarded emails, quoted (``>``)
replies, multi-line chats, values alone on a line, after an emoji or deep inside a long rambling message, and
names after "Attn:", "c/o", "next of kin" or under a "Sent from my iPhone" signature.
"""

DEV3_TEMPLATES: tuple[str, ...] = (
    "{ssn} is my social, sorry I forgot to put it on the disability form. Call {phone} if the examiner needs "
    "anything else",
    "{ssn} (social security) - for the workers' comp claim after the forklift accident at the warehouse",
    "mi número de seguro social es {ssn}, my English is not so good, it is for the Medicaid application",
    "soc sec # {ssn}",
    "S.S.N. {ssn} - my employer's short-term disability carrier says your office never sent the attending "
    "physician statement",
    "my socail securty number is {ssn} the lady at the front said to message it here and my insurence is {ins}",
    "do you need the 9 digits? {ssn}",
    "My dad passed away in your ICU and I'm the executor of his estate. The probate court wants his final bill "
    "and the death summary. His social was {ssn} and his hospital number {mrn}.",
    "The immigration medical form (I-693) has a box for the SSN. Mine is {ssn}. Do you fill that in or do I?",
    "Court papers for my custody hearing need my son's ER records from the fall. His SSN is {ssn}, mine ends "
    "in {ssnlast}.",
    "the portal wants the last 4 of my SS# to verify, is it {ssnlast} or do I use my husband's because he is "
    "the guarantor?",
    "you asked for my social 👉 {ssn}",
    "For the kindergarten enrollment physical:\n{ssn}\nthat's his social, the school office insists on it",
    "So I called on Monday and was on hold for forty minutes, then the man said billing can't find me because "
    "the insurance was under my maiden name, and he said to just send my social through here so they can match "
    "the accounts, so here it is {ssn}, and please tell me if there is anything else because I really can't "
    "take another morning on hold with the kids at home",
    "SSN (the patient's, not mine): {ssn}\nmy number if you need me: {phone}",
    "Re: disability claim\n\nmy SS no. {ssn}\nthe claim reference is on the letter they sent",
    "---------- Forwarded message ---------\nFrom: HR Benefits\nSubject: FMLA certification\n\nPlease ask the "
    "hospital to include the employee's SSN ({ssn}) on the certification form.",
    "> what is the patient's social security number and date of birth?\n{ssn}\n{dob}",
    "> Can you confirm the last four of the SSN?\nyes it's {ssnlast}",
    "Sozialversicherungsnummer / US social security: {ssn} - I'm German but I worked in Ohio for years",
    "SS# {ssn} DOB {dob} — pharmacy called and said the prior auth needs both",
    "the pharmacy tech phoned and asked for my social to run the discount card. is that safe to give? it's {ssn}",
    "Social: {ssn} | Employer: distribution centre | Date of injury: last Tuesday | Adjuster wants the ER notes",
    "hey its me again, forgot the social for the charity care application. {ssnlast} are the last four, full "
    "one is {ssn}",
    "My daughter is starting kindergarten and the registration packet wants her immunization record plus her "
    "social ({ssn}). Can the pediatric clinic print it?",
    "Taxpayer ID for my late mother's estate is her SSN, {ssn}. The lawyer says the hospital refund must be "
    "made out to the estate and posted to {addr}.",
    "Second opinion request. My scans were done at another hospital. Patient SSN {ssn}, their record number "
    "{mrn}, and your number for me is {mrn2}.",
    "Transfer from St. Luke's: they wrote my wife's social as {ssn} on the paperwork but that's wrong, it's {ssn2}",
    "The lab requisition from my doctor has a box 'SSN (optional)' and I wrote {ssnlast}, was that right or "
    "does it need all nine?",
    "ssn {ssn}\nname {name}\nthat's for the unemployment office, they need proof I was admitted",
    "the one ending {ssnlast} is mine, the other social on the account belongs to my ex-husband, please take him off",
    "Attn: Medical Records\nRe: Social Security disability (SSDI) claim\nClaimant SSN: {ssn}\nPlease send all "
    "records from the last twelve months.",
    "my social security # is {ssn}. im doing the workers comp paper and they need the hospital to sign page 2, "
    "email it back to {email}",
    "{ssnlast} — last four, like the phone recording asked",
    "For my green card medical they want a copy of my vaccine records. SSN {ssn}, born {dob}.",
    "U.S. SSN: {ssn}\nMRN: {mrn}\nUS phone: {phone}\nVisa type: H-1B, the employer sponsors my insurance",
    "The visitor badge kiosk at security asked for the last 4 of my SSN?? I put {ssnlast}. Why would a visitor "
    "badge need that",
    "Social Sec. No.: {ssn}   (guarantor, I'm paying for my son's stay)",
    "I'm the guardian of my brother, who has autism; for the court guardianship file I need his hospital "
    "records. His social is {ssn} and he was born {dob}.",
    "my ss is {ssn}, not {ssn2} like it says on the letter",
    "número de seguro social: {ssn} / fecha de nacimiento: {dob} - es para mi mamá, she only speaks Spanish",
    "the number on my wristband, the one starting with RB, is {mrn}",
    "{mrn} is my hospital number (it's on the sticker on my discharge papers)",
    "{mrn} (medical record #) - I still haven't had the letter about the colonoscopy",
    "numéro de dossier {mrn}, I was on the maternity ward last week and need the birth summary",
    "med rec no {mrn} - need a copy of the op note emailed to my surgeon back home, {email}",
    "hosp # {mrn}",
    "pt id {mrn}, pls call re: MRI prep",
    "my medicle recrod number is {mrn} i think, its on the bracelet",
    "Name - {name} / DOB - {dob} / MRN - {mrn}",
    "Patient: {name} | MRN: {mrn} | Ward: 4B | Question: can he have visitors after eight",
    "The pharmacy rang and said the prescription had a different record number ({mrn}) than the one on my card "
    "({mrn2}). Which is right?",
    "ID bracelet says {mrn} but my name is spelled wrong on it",
    "My son's school needs a letter saying he can go back to football after the concussion. His chart number is {mrn}.",
    "Lab req attached - pt id {mrn}, ins {ins}, fasting draw on Thursday morning",
    "Transfer from County General: their MRN for him was {mrn}, I don't know if you gave him a new one here",
    "Second opinion on my biopsy. My record # at your hospital: {mrn}. The slides are coming from the other lab.",
    "> Please include your medical record number in all correspondence.\n\nok, it's {mrn}",
    "me: hi is anyone there\nme: my husband is in bay 6\nme: his number is {mrn}\nme: he's asking for his glasses",
    "Visitor badge request for the patient in bed 12, record {mrn}, I'm his daughter and my licence is {lic}",
    "Medical Record Number {mrn}\nDeceased: yes\nRequesting: death summary for the life insurance claim",
    "For the estate: my late father's hospital account was {mrn}, please close it and send the final statement "
    "to me at {addr}",
    "i have two numbers on my letters, {mrn} and {mrn2}, can you merge them into one",
    "My workers' comp adjuster wants the ER records from the day of the injury. Hospital record no. {mrn}, claim "
    "number {ins}.",
    "Versichertennummer {ins}, Patientennummer {mrn} - ich bin Tourist, I had an accident on the ski trip",
    "número de expediente {mrn}",
    "Our daughter was born here. Her NICU record number is {mrn}, mine is {mrn2}. We're registering her with "
    "the pediatrician next week.",
    "I was told by the nurse on the phone yesterday, or maybe it was the day before, that I needed to send my "
    "record number through the portal so the surgeon's secretary could find my file and book the follow up, "
    "which I think is supposed to be in about two weeks though nobody has confirmed it, so here it is, {mrn}, "
    "and I would appreciate a call",
    "The sticker they put on my specimen cup says {mrn}, is that my record number or the lab's?",
    "MRN# {mrn} DOB {dob}",
    "Acct# {mrn} — I'm disputing the ambulance charge",
    "Hello, I'm writing on behalf of my client {name}, who is disabled and cannot use the portal. Her medical "
    "record number is {mrn}.",
    "Immigration attorney here. My client's USCIS medical was done at your clinic, record {mrn}. We need the "
    "sealed envelope reissued. Please call our office on {phone}.",
    "Your ref: {mrn}. We act for the family at the inquest and request the complete medical file.",
    "chart # {mrn} , mom is on 5 west",
    "Record No.: {mrn}  Nombre: {name}  Fecha nac.: {dob}",
    "If it helps, {mrn} is the number the paramedics wrote on his handover sheet",
    "Re: your letter ref {mrn} — I never had that scan, I think you have the wrong patient",
    "pt ID: {mrn}\npt name: {surname}\nreason: wound check",
    "the pre-op nurse asked me to send the MRN from my old hospital too. Old: {mrn}. New (yours): {mrn2}",
    "born {dob}",
    "b. {dob}, female, allergic to penicillin",
    "d.o.b {dob}",
    "DoB: {dob} (not the one on the letter)",
    "Her birthday is {dob} and she is 3 months pregnant, can she still have the flu jab?",
    "age and dob: {dob}",
    "Mrs {surname} (dob {dob}) is asking whether her hip replacement is still going ahead",
    "you asked on the phone for his birthday\n{dob}\nsorry it took me a while to find it",
    "when was I born? lol {dob}, same as on my insurance card ({ins})",
    "Baby's DOB {dob}, mum's DOB {dob2}, registering the baby with your pediatric clinic",
    "Date de naissance: {dob}",
    "The school form asks for the child's birthdate: {dob}. Can the clinic stamp it and send it to {email}?",
    "DOB\n{dob}\nthat's all the form asked for",
    "{dob} — that's my date of birth, the receptionist typed it wrong",
    "birthday is {dob}, I'll be at the employee health clinic for the TB test",
    "Fecha de nacimiento de mi hijo: {dob}. He needs the vaccine card for school. Mi teléfono: {phone}",
    "born on {dob} in Poland, so my papers might show the day and month the other way round",
    "dob {dob} / allergies: latex / blood type O neg",
    "For the disability claim: date of birth {dob}, symptoms started about two years ago",
    "The transfer form from the other hospital has my mum's dob as {dob} but it's actually {dob2}",
    "Deceased: {name}, born {dob}, died on your ward last week. I'm the next of kin.",
    "the immigration doctor needs my kid's DOB on the vaccine record — {dob}",
    "Geburtsdatum: {dob}\nName: {name}",
    "my birth date is {dob} - the pharmacy that called said they had a different one",
    "Visitor badge machine wants a date of birth?? {dob}",
    "Attn: Patient Accounts\nRe: {name} (deceased)\nPlease stop sending reminders to the house",
    "c/o {name}, the patient's daughter, who will collect the belongings",
    "parent/guardian: {name}\nchild: {name2}\nreason for visit: ear infection again",
    "emergency contact is {name}, my neighbour, she has a key",
    "next of kin: {name} (husband)",
    "I'm writing on behalf of {name}, who had a stroke and can't type right now. She wants to know when physio starts.",
    "Can you move my appointment to the afternoon?\n\nSent from my iPhone\n{name}",
    "hi its {name} i was the one with the kidney stones on saturday night, can i get the discharge letter",
    "the {surname} family would like to thank the staff on the cardiac ward for looking after dad",
    "Mrs {surname}'s son here, she's been moved to rehab and her hearing aids were left behind",
    "{name}\nchemo cycle 3\nfeeling very sick since yesterday, is that normal?",
    "{name} has HIV and is worried the new pharmacy will tell his employer",
    "My partner {name} is in the psych unit and I want to know if I can bring clothes",
    "please do not share anything with {name}, my ex, about my pregnancy",
    "Attn: Dr. {surname}\nFrom: {name}\nRe: my mammogram callback",
    "> Who is the patient?\n{name}, my grandmother, she's ninety-one",
    "Mr {surname} in room 14 is my uncle, can I visit after visiting hours?",
    "ok so {name} (my sister) got her results and its cancer, can the family meet the oncologist together",
    "The visitor badge was printed with the wrong name, it says {name} but I'm {name2}",
    "Hi - I'm {name}'s carer. He's diabetic and his sugars have been high since the new steroid",
    "Thank you all for my care. -- {name}, the man with the broken hip in bay 3",
    "The school counselor {name} will call you about my son's anxiety medication, he has my permission",
    "I'm {name}. Depression, on sertraline 100mg. Need a letter for my employer.",
    "employer here: {name} says she was in your ER on Friday, can you confirm? she gave us permission",
    "Versichertennummer {ins}",
    "Medicare # {mbi} (the new card, not the old one)",
    "the pharmacy called me from {phone} and asked me to read out my record number ({mrn}), is that really you?",
    "Phone: {phone} | Alt: {phone2} | Email: {email} | Preferred: text",
    "{email} <-- send the school sports form here",
    "c/o {name}, {addr}",
    "Workers' comp carrier: policy {ins}, adjuster's email {email}, adjuster's cell {phone}",
    "Estate account for the refund: {iban} (executor: {name})",
    "acct# {acct} for the estate refund, remittance advice to {email}",
    "pls charge {card} 💳 for the parking pass",
    "Driver's lic. {lic} — for the visitor badge scan",
    "APO address for my son's records (he's deployed): {mil}",
    "Kindly mail the immigration medical envelope to {pobox}",
    "numéro de sécu {ins}, I'm French, on holiday, admitted after a fall",
    "Tessera sanitaria: {ins} — Italian student, I need the bill for my insurer, email {email}",
    "Medicare: {mbi}\nSecondary: {ins}\nPharmacy: the one by the station",
    "Home: {phone}\nWork: {phone2}\nPlease use work during the day",
    "Employer's address for the return-to-work letter: {addr}, HR email {email}",
    "please update the card on file from {card} to {card2}",
    "my new licence is {lic}, the old was {lic2}, the DMV reissued it",
    "Please return the subpoena response to our office, {pobox}, attention {name}",
)
