"""Templates of the ``dev4`` bank of identifier messages (see identifier_messages.py for the slots).

A fourth tuning bank, written by hand on 2026-12-02 by an AI assistant session without reading the holdout
bank or the detector's code, in contexts and message shapes that ``dev``, ``dev2`` and ``dev3`` leave out.
It is weighted towards social security numbers: about half the templates carry ``{ssn}`` (some ``{ssnlast}``)
given alone as a reply, as the answer to a question quoted from an agent or a chat transcript, inside a
sentence with no label at all where the meaning is still clear ("the nine digits the IRS has for me", "my
number for the disability office"), with the label after the number, with misspelt or abbreviated labels
("sociel", "SS", "S.S.", "soc", "SSN#", "social sec"), in forms, markdown and tab or CSV tables, next to
other numbers (a phone, a date, an amount, a zip code, a room or reference number), with the label and the
value split across lines, as a tax ID / TIN / ITIN, as a child's or a spouse's number, as a correction of an
earlier value, in long rambling or voice-typed messages, after identity theft, collections, bankruptcy or VA
questions, and with a line in another language. The rest mix ``{dob}``, ``{mrn}``, ``{ins}``, ``{phone}`` and
``{name}`` with a health detail (pregnancy, HIV and PrEP, psychiatric care, dialysis, chemotherapy, epilepsy,
gender-affirming care, hospice) in new shapes: bullet and markdown lists, query strings, pre-op
questionnaires, voicemail transcripts, public complaints, before/after lines, emoji-laden chats, values
separated by double slashes and lines of another language.
"""

DEV4_TEMPLATES: tuple[str, ...] = (
    # --- SSN given alone, as a bare reply -------------------------------------------------------------
    "ok, here you go: {ssn}",
    "yes\n{ssn}",
    # --- after a question quoted from an agent or a transcript ----------------------------------------
    "Agent: Can I have your social security number to locate the account?\nMe: {ssn}",
    "\"What are the nine digits on your Social Security card?\" - {ssn}",
    "The billing rep asked \"and your SSN, please?\" and I said {ssn} but then the call dropped, so I'm "
    "putting it here",
    "> Please verify your identity with the last four digits of your Social Security number.\n{ssnlast}",
    "You wrote: 'we cannot process the charity care application without the applicant's SSN.' Fine. {ssn}",
    "[Chat] Representative: For security, what's the patient's social?\n[Chat] You: {ssn}, she's my mother, "
    "born {dob}",
    "Q: SSN of the insured?\nA: {ssn}",
    "The automated line said 'please say or enter your social security number' and it kept failing, so: {ssn}",
    "Financial counselor (10:42): which number did you use on the Medicaid application?\nMe (10:45): {ssn}",
    # --- no label, meaning clear from the sentence ----------------------------------------------------
    "The nine digits the IRS has for me are {ssn}, so the 1095 form from your billing office should match that",
    "my number for the disability office is {ssn}, they said your records department needs it to send my file",
    "The number on the little blue and white card from the Social Security Administration: {ssn}",
    "The Medicaid caseworker says to give you the same number I put on my tax return, which is {ssn}",
    "Use the number my retirement checks come under: {ssn}",
    "The SSA letter about my SSI shows {ssn} at the top. Is that the number your financial counselor wanted?",
    "I've never given anyone that number except my bank and the government, but fine: {ssn}",
    # --- the label after the number -------------------------------------------------------------------
    "{ssn} ← social",
    "{ssn} is the SS number, {phone} is my cell",
    "{ssn} (SSN) / {dob} (DOB) / {phone} (cell)",
    "{ssn}, that's my soc, for the sliding-scale fee form",
    # --- misspelt or abbreviated labels ---------------------------------------------------------------
    "sociel {ssn}",
    "my sosh is {ssn} lol sorry",
    "S.S. {ssn} — for the financial aid packet",
    "SSN#{ssn}",
    "social sec {ssn}, I'm applying for the hospital's payment plan",
    "Soc. Sec. Nbr {ssn}",
    "socal securty nummber {ssn} sorry my phone keeps autocorrecting",
    "SOCIAL SEC NO {ssn} PATIENT IS MY WIFE SHE IS IN SURGERY NOW",
    # --- forms and tables -----------------------------------------------------------------------------
    "| Field | Value |\n|---|---|\n| Name | {name} |\n| SSN | {ssn} |\n| DOB | {dob} |",
    "Applicant ............ {name}\nSoc. Security ........ {ssn}\nHousehold size ....... 4\nMonthly income "
    "....... $2,150",
    "Guarantor info\n  name: {name}\n  relationship: self\n  ss#: {ssn}\n  employer: school district",
    "SSN\tDOB\tPhone\n{ssn}\t{dob}\t{phone}",
    "1. Patient name: {name}\n2. Social Security Number: {ssn}\n3. Reason for request: continuing care\n"
    "4. Date range: 01/2023 to present",
    "[x] Self-pay  [ ] Insurance\nSSN (required for the self-pay discount): {ssn}",
    "name,ssn,dob\n{name},{ssn},{dob}",
    # --- other numbers around it ----------------------------------------------------------------------
    "I owe $1,284.50 on the ER bill from the spring, my social is {ssn} and the zip on the account is 30318",
    "Account balance question: SSN {ssn}, phone {phone}, amount in dispute $640.00, zip 11215",
    "born {dob}, social {ssn}, zip 97214, phone {phone}",
    "ref 2231 on the letter, my SSN is {ssn}, I was in room 412",
    "my info for the charity application: {dob} {ssn} {phone}",
    "Paid $250 on 11/03, check #1047. SSN on the account: {ssn}",
    # --- label and value split across lines -----------------------------------------------------------
    "my social security\nnumber is {ssn}",
    "SSN:\n\n{ssn}",
    "the last four of my social\n{ssnlast}",
    "For the application\nSocial\n{ssn}\nThanks",
    # --- tax ID, TIN, ITIN ----------------------------------------------------------------------------
    "I don't have a social, I have an ITIN: {ssn}. Is that OK for the financial assistance form?",
    "Tax ID (my SSN, I'm self-employed): {ssn}",
    "TIN: {ssn} — the receipt for my surgery has to show it, I file my medical costs with my business taxes",
    "My taxpayer identification number is {ssn}; the HSA administrator needs it on the itemized receipt",
    "ITIN holder, no SSN. Number: {ssn}.\nMi esposo también tiene ITIN, pero él no es paciente.",
    # --- a child's or a spouse's SSN ------------------------------------------------------------------
    "My son's social is {ssn} and mine is {ssn2}, the Medicaid renewal wants both",
    "Adding my newborn to the account - her SSN card just came in the mail: {ssn}",
    "wife's SS {ssn}, she's the policy holder, I'm the patient",
    "My kid's number from Social Security, {ssn}, for the CHIP application",
    "Spouse SSN: {ssn}\nSpouse DOB: {dob}\nShe had the surgery, I'm the guarantor",
    "For the twins: twin A {ssn}, twin B {ssn2}. The NICU billing office asked for both.",
    # --- corrected values -----------------------------------------------------------------------------
    "sorry, typo, it's {ssn}",
    "wait that's wrong. SSN is {ssn} not {ssn2}",
    "Correction to my earlier message: the social should read {ssn}. I swapped two digits.",
    "{ssn}** sorry autocorrect messed up the first one",
    "last four are {ssnlast}, not what I said on the phone",
    "Ignore the number I sent yesterday, I read it off my husband's card by mistake. Mine is {ssn}.",
    # --- long rambling messages -----------------------------------------------------------------------
    "I'm sorry to bother you again but I've now had three different letters about the same hospital stay, "
    "one says I owe nothing, one says I owe the full amount, and the third is from a collections company I've "
    "never heard of, and when I phoned the number on it the man wanted my social before he would even tell "
    "me what it was for, which I didn't give him, but I'll give it to you because you're the hospital: {ssn}. "
    "Please can someone just tell me which letter is right.",
    "ok so my disability hearing is on the 19th and my lawyer says the judge needs the records from both "
    "admissions, the one in January for the back surgery and the one after for the infection, and the form "
    "from her office has my social on it already ({ssn}) but she said to send it to you too so you can find "
    "me, and also my phone changed, it's {phone} now",
    "hi yes this is about my moms bill she cant use the computer so im doing it her social security is {ssn} "
    "her birthday is {dob} and she was in for pneumonia last month and the insurance paid some but not all "
    "and we dont understand the letter",
    "Long story short, my ex put our daughter on his insurance without telling me, the claims got denied, "
    "and now the bills come to me. The hospital needs to bill her under her own number, {ssn}, and the "
    "correct plan, which I'm still trying to find out from him.",
    # --- identity theft, collections, bankruptcy, VA, portal --------------------------------------------
    "Can you remove my SSN from the portal? It shows {ssn} in full on the statement page, that's scary",
    "I think someone used my identity to get treated at your ER. My real SSN is {ssn} and I have never been "
    "a patient at your hospital.",
    "The collections agency quoted my social as {ssn}; did they get that from your records?",
    "Forwarding the bankruptcy trustee's request: debtor SSN {ssn}, medical debts listed include your hospital",
    "just the last 4? {ssnlast}. the whole thing is {ssn}",
    "Veteran here — the VA goes by my SSN, {ssn}, can you bill them for the ER visit instead of me",
    # --- with a line in another language --------------------------------------------------------------
    "Mon numéro de sécurité sociale américain / my US social: {ssn}\nJe vis au Texas depuis longtemps.",
    "Numer SSN męża: {ssn}\nmy husband is in the ICU and I'm handling the bills",
    "Número do Seguro Social americano (não é o CPF): {ssn}",
    "社会安全号码 / social security: {ssn}\nmy father doesn't read English, please send the letters to me",
    "Số an sinh xã hội của mẹ tôi: {ssn}\nmy mom only reads Vietnamese, please send the bill to me",
    # --- DOB, MRN, insurance, phone, name with a health detail, in new shapes ---------------------------
    "{name} — 34 weeks pregnant, spotting since this morning, what should I do?",
    "• {name}\n• type 1 diabetic\n• pump site looks infected\n• call {phone}",
    "My birthday's {dob} and I've had a migraine for three days straight — can I come in without an appointment?",
    "Who's on call for oncology? Patient {name}, neutropenic, temp 38.9, MRN {mrn}",
    "re: colonoscopy prep — {name}, {dob}, on blood thinners, do I stop the apixaban?",
    "the record number they gave me after my miscarriage is {mrn}, please stop mailing me baby formula samples",
    "{mrn}: that's Dad's number. He's been confused since the new morphine dose.",
    "Insurance: {ins} (a Medicaid managed care plan). Reason: follow-up for my HIV meds",
    "my Blue Cross number {ins} — does it cover the sleep study for my apnea?",
    "is therapy for PTSD covered? member {ins}, dob {dob}",
    "Text me at {phone}, not my home line, I don't want my parents to know about the STI results",
    "call me on {phone} only, my husband reads my mail — this is about my injuries and the protective order",
    "Dialysis schedule change for {name} (MRN {mrn}): Tue/Thu/Sat now, the ride picks up at 6:15",
    "Seizure last night. {name}. {dob}. Neurology wants a call: {phone}",
    "Question about my lithium levels. I'm {name}, DOB {dob}.",
    "Hi, {name} here, the bariatric surgery patient from June — my insurance ID changed to {ins}",
    "**Patient:** {name}\n**DOB:** {dob}\n**Concern:** rash after starting amoxicillin",
    "name={name}&dob={dob}&reason=asthma+refill",
    "mrn={mrn}; issue=wound opening after c-section; callback={phone}",
    "@ the hospital: my dad {name} has been waiting 9 hours in your ER with chest pain. Nobody has seen him.",
    "Voicemail transcript: hi this is {name} calling about my biopsy results my number is {phone} or my work "
    "number {phone2} thanks bye",
    "Brought my mom in with sepsis last week. Her chart: {mrn}. Her insurance: {ins}. Her birthday: {dob}. "
    "Me: {phone}.",
    "Allergic to sulfa — please flag it on {name}'s chart, {mrn}",
    "I'm {name}'s hospice nurse; she passed at home early this morning. Hospital record {mrn}.",
    "Pre-op questionnaire\nQ: Date of birth? {dob}\nQ: Any heart problems? AFib, on warfarin\n"
    "Q: Best contact? {phone}",
    "{dob} is my daughter's birthday, she has a fever of 104 and a stiff neck, which urgent care is open?",
    "ER discharge said follow up in 2 days. {name}, broken wrist, hospital # {mrn}",
    "Ins. card # {ins} (front); the Rx BIN on the back is 610014. Is my inhaler covered?",
    "The number under 'Member' on my card is {ins}, the one under 'Group' is something else. "
    "Asking about insulin pump supplies.",
    "Mi hija {name} tiene asma, nació el {dob}.\nCan someone from the asthma clinic call me at {phone}?",
    "Dzwonię w sprawie mamy.\nCalling about my mum {name}, hip fracture, hospital number {mrn}",
    "Tatay ko po si {name}. He had a heart attack on Sunday, please call {phone}",
    "أنا ابنته\nI'm his daughter. {name}, stroke, ward 7, his file number {mrn}",
    "{name} ({dob}) — psoriasis flare, the biologic was denied under member number {ins}",
    "Pharmacy sent my Adderall to the wrong store. DOB {dob}, phone {phone}.",
    "hi!! 👋 {name} here 🙂 my GP says my thyroid is off again, can endocrine see me sooner? {phone}",
    "ok so basically: {dob} / 🤰 12 weeks / when is the first scan?",
    "chest still tight since the covid, {name}, {dob}, pls call {phone}",
    "MRN {mrn} (psych unit) — my sister's; she's asking for her phone back from the nurses' station",
    "{ins} — new member ID after my employer switched plans; my chemo is next Monday, will it be covered?",
    "Her med rec number, if that's what it's called: {mrn}. She's the one with Crohn's.",
    "My legal name is now {name}; please update the chart before my hormone refill (MRN {mrn})",
    "Re: Mr. {surname}, prostate biopsy — the family wants to talk to the urologist, phone {phone}",
    "Donor kidney workup for my brother {name}, born {dob}, his insurance {ins}",
    "MRN: {mrn} | Dx: gestational diabetes | Q: can I skip the glucose test",
    "Before: {phone}\nAfter: {phone2}\n(changed after the stalking incident, please keep it off the visitor list)",
    "{name} — deaf, needs an ASL interpreter, cataract surgery on the 14th",
    "I'm under 18, my DOB is {dob}, can I get birth control here without my parents being told?",
    "The nurse at my vasectomy consult said to message my DOB ({dob}) and policy # ({ins}) for the pre-auth",
    "patient {name}, chemo port flush overdue, member {ins}, prefers texts at {phone}",
    "Contact for the HIV test result: {phone} (mine, private, no voicemail please)",
    "Is {mrn} the number I give the pharmacy for the methadone program?",
    "Dad ({name}, b. {dob}) fell again; the home nurse thinks it's a UTI. Who do I call?",
    "{dob} // {mrn} // knee replacement, stitches oozing",
    "baby {name}, jaundiced, day 4, born {dob}, his number at the children's clinic {mrn}",
    "I was in after an overdose last month and I'm home now. Is there outpatient follow-up? {name}, {phone}",
    "The eye clinic letter has policy {ins} but my glaucoma drops are billed to {ins2}",
    "Please fax my CPAP compliance report to the supplier; insurance ID {ins}, DOB {dob}",
    "Sex: F\nDOB: {dob}\nLMP: 3 weeks ago\nSymptoms: nausea, dizziness",
    "{surname}, {dob}, epilepsy — need the letter for the DMV saying I'm seizure-free",
    "Where do I send my ADHD reassessment forms? I'm {name} and the number on my records is {mrn}",
    "Our son {name} was born at your hospital on {dob} with a heart defect; his cardiology follow-up got lost",
    "The asthma specialist's office called me from {phone} — is that really your clinic?",
    "I've been trying since Tuesday to reach the wound clinic about my mother's leg ulcer, which is getting "
    "worse and smells now, and the number on the discharge sheet, {phone}, just rings out, so I'm writing "
    "here instead; her name is {name}, she's eighty-three, and her hospital number is {mrn} if that helps",
    "dob {dob} ins {ins} dx copd flare need nebulizer refill",
    "Insurance member no. for the IVF pre-authorization: {ins}. Partner: {name}.",
    "{name} - Alzheimer's - has he wandered off the ward? Please call his daughter on {phone} right away",
    "Ma fille {name} a de l'eczéma.\nHer skin is cracking, can the dermatologist see her? tel {phone}",
    "rx: sertraline 50mg\npt: {name}\ndob: {dob}\npharmacy: the one on Main",
    "Hey, it's about my PrEP refill, DOB {dob}, member ID {ins}, pls don't call the house phone",
    "My partner {name} is having a panic attack in your parking lot, we're in the blue car, {phone}",
    "urology said to send this: {name} / {dob} / kidney stone 7mm / still can't pee properly",
)
