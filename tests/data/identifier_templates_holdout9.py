# ruff: noqa: E501  (data: one message template per line)
"""Held-out bank ``holdout9``: identifier message templates about a patient, written by someone else.

Written on 2026-12-06 by an AI assistant session that did not read the detector's code, any other bank's
templates or any detector output; it read only the product description, the hospital's facts file and the
slot fillers of ``identifier_messages.py``. A ninth held-out bank: never tune the detector on it, and once
its errors have been read it is a development bank.
1 of its 187 templates worded like a template of another bank was removed unread (186 left).

What it covers: people who are not the patient writing about one, and everyday life around a hospital stay.
Neighbours, employers and HR, teachers and school nurses, coaches, landlords, lawyers, social workers,
interpreters, church members, taxi and delivery drivers, pet sitters, ex-partners, step-families, foster
carers and relatives writing from abroad; things to pass on to a named patient (flowers, cards, a charger, a
letter), lost property, visitor lists, carpools to visits, fundraising, prayer requests, thank-you notes,
complaints, newborn announcements and condolences. Names sit in every position (first word, last word, in
brackets, after "for", "from", "with", "to", "about", "c/o"), next to nicknames, among lowercase words, and
two or three to a message; dates of birth, record, insurance, phone and other numbers appear in passing.
About a quarter of the templates are in other languages or mixed (Spanish, French, German, Portuguese,
Italian, Polish, Dutch, Turkish, Tagalog, Vietnamese, Indonesian, Swahili, Romanian, Czech, Swedish, and
Arabic and Hindi written in Latin letters). Styles: lowercase, typos, emoji, very short, very long, formal,
voice-to-text.
"""

from __future__ import annotations

HOLDOUT9_TEMPLATES: tuple[str, ...] = (
    # --- neighbours ---
    "Hi, I live next door to {name}. The ambulance took her in last night and I've got her spare keys, could someone let her know they're safe with me? I'm on {phone}",
    "neighbour here. mr {surname} from across the road was brought in sunday, is he on a ward yet? i'm feeding his cat till he's home",
    "I'm across the street from {name} at {addr} and the post has been piling up for days. Is she still with you?",
    "could you pass a message to {name} that the plumber came and the leak is sorted. from {name2} in the flat upstairs",
    "Our elderly neighbour {name} (born {dob}) has no family nearby and put me down as her emergency contact, {phone}. Nobody has rung me.",
    "my nieghbour {name} was admited yesterday pls tell her i have the keyes and the bins went out",
    "the lady at {addr} went off in an ambulance this morning, I think her name is {name}, I just want to know she's ok",
    # --- employers and HR ---
    "Good afternoon, I'm writing from Human Resources about our employee {name}. We need a note confirming the dates of her admission; please reply to {email}.",
    "Payroll office here. Employee {name}, DOB {dob}, SSN {ssn}, has claimed short-term disability and we need the attending physician statement.",
    "my employee {surname} hasn't been in since tuesday and his wife says he's in your hospital. can u confirm so i can sort his sick pay",
    "Re: medical leave for {name}. Our benefits team has her insurance member number as {ins}; can you confirm the admission date?",
    "Hello, I manage the warehouse where {name} works. He asked me to drop his work phone charger at the surgical ward, who do I hand it to?",
    "FMLA certification for {name}: please send it to {email}. Her date of birth is {dob} in case you need to match the file.",
    # --- teachers and school nurses ---
    "Hi, this is the school nurse at Lincoln Elementary. One of our students, {name}, DOB {dob}, went to your emergency department by ambulance after lunch. Parents were called on {phone}.",
    "i'm {name2}'s year 4 teacher and the class made a giant get well card for {name}. can we drop it at paediatrics reception?",
    "Teacher here. Our pupil {name} will miss her exams while in hospital; could the ward provide a letter for the school? Her mum's email is {email}.",
    "School office: we hold an asthma care plan for {name}, born {dob}. The discharge letter mentions hospital number {mrn}, could the school nurse get a copy?",
    # --- coaches and clubs ---
    "Coach {surname} here from the under-12s. {name} took a knock at practice and went to your ER. Her dad's phone is dead, can someone tell him I'm waiting in the lobby? My cell {phone}",
    "the whole swim team wants to visit {name} on saturday, is 8 kids too many? 🏊‍♀️🏊‍♂️",
    "Club secretary writing. Our player {name} was admitted after Sunday's match; club injury cover is under policy {ins}. Where do we send the claim?",
    "tell {name} the lads won 3-1 and the match ball is for him ⚽",
    # --- landlords ---
    "I'm the landlord at {addr}. My tenant {name} is in your hospital and the rent is overdue, can someone ask her to ring me on {phone}",
    "landlord here, {name} in flat 3 asked me to let the gas engineer in, please check with her that's ok. tel {phone}",
    "My tenant, Mr {surname}, gave your hospital as his contact address. Please forward my letter to him.",
    # --- lawyers ---
    "Dear Sir or Madam, we act for {name} (date of birth {dob}) in connection with a road traffic collision on 3 October. Kindly provide copies of her records, hospital number {mrn}, to {email}.",
    "Law office of {name}. Our client {name2}, SSN {ssn}, has signed a HIPAA authorization; please advise where to send it.",
    "attorney for the estate of {name}, deceased. requesting the itemised bill for account {mrn}. contact {phone}",
    "I'm the solicitor acting for {name}'s family; please send correspondence to {pobox} rather than her home.",
    "Further to our letter of 14 November regarding your patient {name}, we have not yet received the records. Our reference is {surname}/PI/2026 and our fax is {phone}.",
    # --- social workers and support workers ---
    "Social worker from county adult services. Client {name}, DOB {dob}, was admitted yesterday; could the ward social worker call me at {phone} before any discharge plan?",
    "Case manager here re: {name} (MRN {mrn}). She has no fixed address, so mail can go c/o our office at {addr}.",
    "Child protective services follow-up for {name}, born {dob}. Please ask the duty social worker to contact {email}.",
    "hi im {name}'s support worker, she wants me at the discharge meeting with her. is that thursday? my number {phone}",
    # --- interpreters ---
    "Interpreter booking: Polish interpreter needed for {name} at the orthopaedic clinic on Thursday at 10:00, hospital number {mrn}.",
    "I'm the sign language interpreter assigned to {name}, please send the room details to {email}",
    "Interpreter for the {surname} family here, the father speaks only Dari. Patient is {name}, DOB {dob}.",
    # --- church, chaplaincy, prayer ---
    "Pastor {name} from St Mark's. Our parishioner {name2} has asked for communion on the ward, is Sunday morning possible?",
    "prayer request for sister {name} who had surgery today 🙏🙏 please let her know the church is praying",
    "The quilting circle has made a quilt for {name}. Could the chaplain take it up? Contact: {name2}, {phone}",
    "hi is the chaplain able to visit {name}? he's catholic and would like the anointing of the sick. his daughter is {name2} {phone}",
    "Please pray for our dear friend {name} who is fighting for her life 🙏 #prayers for {surname}",
    # --- taxi, couriers, deliveries ---
    "Taxi driver here. I dropped a passenger, {name}, at the main entrance and she left her handbag in my cab. Her card says {addr}. Where can I leave it?",
    "delivery for {name}, flowers, app says maternity but reception turned me away. customer phone {phone}",
    "Courier: parcel addressed to {name} c/o Riverbend Hospital. Who signs for inpatients?",
    "uber driver, my rider {name} forgot his phone in the back seat after drop off at ER. call me {phone}",
    "Pharmacy delivery for {name}, DOB {dob}. Nobody answered at {addr}, can the ward confirm she's still an inpatient?",
    # --- pet sitters ---
    "I'm minding {name}'s dog while she's in. Can someone tell her Biscuit is fine and eating well? 🐶",
    "pet sitter for the {surname} family, I need to reach {name} about the vet bill and her phone is off. my email {email}",
    "Tell Mr {surname} the parrot says hello 🦜 (from {name}, the cat lady at number 9)",
    # --- ex-partners ---
    "My ex, {name}, is in your ICU. We share custody of our son and I need to know who's collecting him. I'm {name2}, {phone}.",
    "Please do NOT give any information about me to {name}, he is my ex-husband. I'm a patient too: {name2}, DOB {dob}.",
    "ex-wife of {name} here, I'm still on his insurance {ins}, am I supposed to get the bills?",
    "I know we're divorced but I'm still the father. {name} is our daughter, born {dob}. Her mother won't tell me anything.",
    # --- step-families and foster carers ---
    "I'm {name}'s stepmother. Her mom {name2} and I would both like to visit, can we both be on the list?",
    "Stepdad here, {name} is 15 and on the children's ward. His birth certificate says {dob}; his mother has custody but is abroad.",
    "Foster carer for {name} (DOB {dob}). The local authority gave me the consent forms, reference {mrn}. Who needs them?",
    "foster mum of {name}, his social worker {name2} will ring from {phone} to confirm I can sign for him",
    "We are the foster family of little {name}, born {dob}. Her Medicaid number is {ins}. Please post appointment letters to {addr}.",
    "half brother of {name} here (same dad, different surnames, I'm {name2}). Am I allowed to visit?",
    # --- writing from abroad ---
    "Writing from Australia: my father {name} was admitted to your hospital and I can't fly until next week. Please call me on {phone} (I'm 17 hours ahead).",
    "I'm {name}'s sister in Manila. None of us can reach her phone. Her date of birth is {dob}. Please just tell me she's alive.",
    "My mother {name} was on holiday in your city and fell ill. Her travel insurance policy is {ins} and the insurer's email is {email}.",
    "Deployed and can't get there. My wife {name} is in labor at your hospital. Please send any paperwork to {mil}.",
    # --- passing things on ---
    "Please make sure the flowers get to {name} in maternity, ordered at the gift shop under my name, {name2}.",
    "Can you give a card to {name}? It's from everyone at the bakery.",
    "my brother {name} forgot his phone charger, I left it at the front desk with his name on it, can a porter take it up?",
    "There's a letter for {name} from the council that came to {addr}. Can I post it on to the ward?",
    "Could a nurse read {name} a message from her granddaughter: 'we love you nana'? She doesn't have her phone. I'm {name2}, {phone}.",
    "sending a balloon for {surname} in room 412, is latex ok",
    "I'd like to send a care package to {name}. Which address do I use, and do I write the ward? Sender: {name2}, {addr}.",
    "reading glasses for {name} are in a blue case at the front desk, labelled with her name and birthday {dob}",
    # --- lost property ---
    "Lost property: I found a wallet in Garage P1 with a driving licence {lic} belonging to {name}. I handed it to security.",
    "Lost hearing aids belonging to my mother {name}, DOB {dob}, she was on the rehab unit. Hospital number {mrn}.",
    "found a bank card in the cafeteria, name on it {name}, number {card}. who do i give it to",
    "my dad's dentures went missing after he was moved wards, patient {name}, MRN {mrn}. second time this has happened.",
    "Someone left a folder in the chapel with papers for {name}, including her social {ssn}. I've put it at reception but thought you should know.",
    # --- visitor lists ---
    "Please add {name} and {name2} to my husband's visitor list. He is {name3} in the Behavioral Health Unit.",
    "Remove {name} from the visitor list for {name2} immediately please.",
    "visitor list for {surname}: me, my sister, and {name}. nobody else",
    "Am I on the approved visitors for {name}? I'm {name2}, licence {lic} if you need to check ID.",
    "only family may visit {name}, that means NOT {name2}",
    # --- carpools to visits ---
    "Carpool to visit {name} on Sunday: {name2} drives from {addr}, pick-up at 1pm. Reply if you want a seat!",
    "Rota for hospital runs to see {surname}: Mon {name}, Wed {name2}, Fri {name3}. Any changes text {phone}.",
    # --- fundraising ---
    "We've started a fundraiser for {name}'s medical bills. Can we pay the hospital directly? Her billing account is {mrn}.",
    "The bake sale raised $640 for {name}! Can we pay towards his bill? Account holder {name2}, bank account {acct}.",
    "GoFundMe for {name} (my cousin): can we put the hospital's name on it? contact {email}",
    "Donations for the {surname} family can go to {iban}. Could the hospital share the appeal on its page?",
    # --- thank-you messages ---
    "Thank you to the nurses who looked after my mum, {name}, on the cardiology ward last week. You were angels.",
    "Huge thanks to Dr Okafor's team for saving {name}. From the whole {surname} family ❤️",
    "I would like to formally commend the night staff who cared for my late husband, {name}, during his final days.",
    "thank u ER for stitching up {name} 😂 he's fine, already back on his skateboard",
    "A big thank you from {name} and {name2} to the maternity team for bringing our little one safely into the world.",
    # --- complaints ---
    "I'm making a formal complaint about the treatment of my father, {name}, DOB {dob}, hospital number {mrn}. He was left on a trolley for 14 hours.",
    "complaint: my neighbour {name} was discharged at 2am with no way home. nobody called me ({phone}) even though I'm her emergency contact",
    "Your billing department sent {name}'s statement to MY house at {addr}. That is a privacy breach. I don't even know her.",
    "I got a parking fine while visiting {name} in oncology. The ticket is against my licence {lic}. Please cancel it.",
    "the food my aunt {name} is getting is cold every single day and nobody helps her eat. her son {name2} is furious",
    # --- newborn announcements ---
    "She's here! 🎉 {name}, born {dob}, 7lb 2oz. Mum {name2} is doing great. Can grandparents visit tonight?",
    "our baby {name} was born {dob} in your maternity unit and we need the birth record for her passport",
    "Welcome to the world {name} 💙 born {dob}. Proud dad {name2}",
    "Twins {name} and {name2} arrived on {dob}! Who do we ask about the birth notification?",
    # --- condolences and funerals ---
    "We were so sorry to hear of the passing of {name}. Please let the family know the staff at the school send their condolences. {name2}",
    "my condolences to the {surname} family. {name} was a wonderful man. is there a book of condolence in the chapel?",
    "Funeral director here: we are collecting {name}, date of birth {dob}, from the mortuary tomorrow. Please confirm release to {email}.",
    "In loving memory of {name}, who passed peacefully on the oncology unit. Thank you for the dignity you gave her.",
    # --- names in every position, nicknames, several names ---
    "{name} asked me to message: he needs his glasses",
    "message for {name}",
    "from {name}: tell my wife I'm ok",
    "with {name} in the ER now, where do i park",
    "Bobby ({name}) wants to know if his mates can visit",
    "it's about {name}, we call her Nonna, she's in room 3",
    "Liz, well Elizabeth, full name {name}, is my aunt and she's asking for her reading glasses",
    "looking for info on an admission for: {name}",
    "Can you check on grandma for me? she's {name}",
    "to {name}, get well soon from the choir",
    "the lady in bed 4 is {name}, the one in bed 5 is her sister {name2}, please don't mix them up like yesterday",
    "Me, {name} and {name2} are coming at 6 to see {name3}",
    "about {surname}",
    "for {name} 💐",
    "c/o {name}, ward 5",
    "is {name} still there",
    "Big Mike aka {name} says thanks for the jelly",
    "we're here for {name} but the front desk says there's no one by that name??",
    # --- dates of birth and ages in other contexts ---
    "She's 94, born {dob}, and very hard of hearing, so please speak up when you phone {name}",
    "For the birthday cake: {name} was born {dob}, can we bring candles to the ward?",
    "the wristband says {dob} but that's wrong, my nan {name} was born a year later, please fix it",
    "He was born on {dob}, so he's not a minor, {name} can sign his own forms",
    # --- numbers in passing ---
    "I paid {name}'s parking at the office and the receipt has her hospital number {mrn} on it, weird right?",
    "FYI {name}'s insurance changes to {ins} from next month, I'm her carer",
    "he's on Medicare ({mbi}), can his daughter {name} collect his prescriptions?",
    "if she can't be reached try her son on {phone} or her daughter-in-law on {phone2}",
    "The house phone at {addr} is {phone} if the ward needs {name}'s family",
    "I'm the power of attorney for {name}, SSN ending {ssnlast}, and the bank needs a letter from the hospital",
    "his old address was {addr}, the new one is {addr2}, please update it for {name} before the bill goes out",
    # --- styles: voice-to-text, very long, very short ---
    "hi this is a voice message for the front desk my neighbor {name} comma she's in the hospital period can you tell her I fed the cat period my number is {phone}",
    "yes hello I'm calling about uh my friend {name} he was taken there Tuesday and I'm trying to bring him his uh his wallet and his charger where do I go",
    "To whom it may concern. I am writing as the long-standing neighbour and, for the last six years, informal carer of {name}, who lives alone at {addr}. On the evening of Monday she fell in her kitchen and was taken to your Emergency Department, and since then I have been unable to get any information about her condition, her ward or when she may be discharged. I appreciate that you cannot share medical details with me without her consent, but she has asked me repeatedly to act for her and I hold a signed note to that effect. Her date of birth is {dob} and her doctor's surgery gave me her hospital number, {mrn}. Could someone from the ward please call me on {phone} or write to {email}? Thank you for everything you are doing for her.",
    "Re: {name}",
    "flowers 4 {name} pls",
    # --- other languages and mixed ---
    "Hola, soy vecina de {name}. Anoche se la llevó la ambulancia, ¿me pueden decir si está bien? Mi teléfono es {phone}.",
    "Buenas, le traje el cargador del celular a mi tía {name}, está en maternidad. ¿Se lo pueden subir?",
    "Estamos haciendo una colecta para {name}. ¿Podemos pagar su factura directamente? Número de cuenta {mrn}",
    "mi abuelita {name} nació el {dob} y cumple años en el hospital, ¿podemos llevar pastel? 🎂",
    "Soy la intérprete de la familia {surname}. El paciente {name} necesita intérprete para la cita de mañana, número de historia {mrn}.",
    "Bonjour, je suis l'employeur de {name}. Pourriez-vous nous envoyer un arrêt de travail à {email} ? Merci.",
    "Je vous écris de France : ma sœur {name}, née le {dob}, a été hospitalisée chez vous et je n'arrive pas à la joindre.",
    "Petit mot pour {name} de la part de ses collègues : bon rétablissement ! 💐",
    "Guten Tag, ich bin die Nachbarin von {name} und habe den Wohnungsschlüssel ({addr}). Bitte richten Sie ihr aus, dass alles in Ordnung ist.",
    "Ich schreibe aus Deutschland, mein Vater {name} (geb. {dob}) liegt bei Ihnen. Seine Versichertennummer ist {ins}.",
    "Beileidskarte für Familie {surname}, bitte an {name} weiterleiten",
    "Oi, sou a professora do {name}, a turma fez um cartão pra ele. Posso deixar na recepção da pediatria?",
    "Meu primo {name} foi internado aí, a família mora no Brasil. Celular da mãe dele: {phone}",
    "Obrigada à equipe que cuidou da minha mãe, {name}. Deus abençoe 🙏",
    "Buongiorno, sono il datore di lavoro di {name} e ci serve il certificato di ricovero. Email: {email}",
    "Mia nonna {name}, nata il {dob}, è ricoverata da voi. Posso portarle le pantofole?",
    "Condoglianze alla famiglia {surname}, {name} era una persona splendida.",
    "Dzień dobry, piszę w imieniu sąsiadki, pani {name}. Wczoraj zabrała ją karetka. Mój numer {phone}.",
    "Czy mogę przekazać list dla pana {name}? Leży na chirurgii.",
    "Modlimy się za {name} 🙏 parafia św. Jana",
    "Hallo, ik ben de buurman van {name} en ik pas op haar kat. Kan iemand haar laten weten dat alles goed gaat?",
    "Mijn schoonvader {name}, geboren {dob}, ligt bij jullie op de IC. Ik bel vanuit Nederland: {phone}",
    "Merhaba, komşumuz {name} dün hastaneye kaldırıldı. Hangi serviste acaba? Telefonum {phone}",
    "Annem {name} için çiçek göndermek istiyorum, doğum tarihi {dob}",
    "Hello po, pamangkin po ako ni {name}. Pwede po bang malaman kung anong ward siya? Ito po number ko {phone}",
    "Salamat po sa mga nurse na nag-alaga kay Lola {name} 🙏",
    "pakibigay po itong sulat kay {name}, galing sa anak niya sa Dubai",
    "Xin chào, tôi là hàng xóm của {name}. Cho tôi hỏi bà ấy đang nằm ở khoa nào? Số điện thoại của tôi là {phone}",
    "Gửi hoa cho chị {name} ở khoa sản, người gửi {name2}",
    "Selamat siang, saya majikan {name}. Dia dirawat di rumah sakit Anda sejak Senin. Mohon kirim surat keterangan ke {email}",
    "Tolong sampaikan salam untuk {name} dari teman-teman gereja",
    "Habari, mimi ni jirani wa {name}. Tafadhali mwambie kwamba nyumba iko salama. Simu yangu ni {phone}",
    "Pole sana kwa familia ya {name}. Mungu awape faraja.",
    "Bună ziua, sunt colega de serviciu a lui {name}. Putem veni în vizită mâine? Numărul meu {phone}",
    "Mama mea, {name}, născută pe {dob}, e internată la voi. Vă scriu din România.",
    "Dobrý den, jsem soused pana {name} a mám klíče od bytu. Můžete mu to vyřídit?",
    "Posílám pohlednici pro {name}, datum narození {dob}, oddělení ortopedie",
    "Hej, jag är granne till {name} och tar hand om hennes hund. Kan någon hälsa till henne?",
    "Min pappa {name} är inlagd hos er. Jag ringer från Sverige, nummer {phone}",
    "Salam, ana jar {name}, howa 3andkom fel mostashfa men embare7. momken te2olli howa fein? raqmi {phone}",
    "Allah yer7amo, ta3ziya le 3elet {surname}. {name} kan ragel tayeb",
    "Namaste, main {name} ka padosi hoon. Unko kal raat admit kiya tha, kaunse ward mein hain? Mera number {phone}",
    "Mere papa {name} ki date of birth {dob} hai, unka insurance number {ins} hai, bill kisko bhejna hai?",
    "Hi, mi hermana {name} is in labor ahorita, can I go up? soy {name2}",
    "Bonjour, I'm {name}'s boss, elle m'a demandé de récupérer ses clés au vestiaire",
    "pls pass the charger kay {name}, room 305 daw siya, salamat!",
    "ok also ich bin der Trainer von {name}, he got hurt at practice, wo ist die Notaufnahme?",
)
