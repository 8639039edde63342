"""Conversations over REST with the real Rasa server, action server and trained model."""

import sqlite3
import uuid

import pytest
import requests

pytestmark = pytest.mark.integration


def _new_sender() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


# One routine question per intent, phrased as a patient would, and what the answer must hold.
ROUTINE = [
    ("hello there", lambda f: f"I'm the {f.hospital.name} assistant"),
    ("thanks a lot", lambda f: "You're welcome"),
    ("bye for now", lambda f: "Goodbye"),
    ("am i talking to a robot?", lambda f: "automated assistant, not a person"),
    ("what are the visiting hours in the ICU", lambda f: f.unit("icu").visiting_hours.describe()),
    ("can i visit my sister on the kids ward", lambda f: f.unit("pediatrics").visiting_hours.describe()),
    ("what time does the north clinic open", lambda f: f.site("north_clinic").hours.describe()),
    ("how do I make an appointment", lambda f: f.appointments.book),
    ("i need to reschedule my appointment", lambda f: f.appointments.reschedule),
    ("how can i cancel my appointment", lambda f: f.appointments.cancel),
    ("how do i check when my appointment is", lambda f: f.appointments.check),
    ("where can I park", lambda f: f.parking.garages[0].rates),
    ("what's the address of the main hospital", lambda f: f.site("main_campus").address),
    ("what's the phone number for cardiology", lambda f: f.department("cardiology").phone),
    ("i have a question about my bill", lambda f: f.billing.phone),
    ("how do i get a copy of my medical records", lambda f: f.medical_records.phone),
    ("how do I get a prescription refilled", lambda f: f.prescription_refills.phone),
    ("is there wifi for visitors", lambda f: f.amenity("wifi").details),
    ("can I talk to a real person please", lambda f: f.human_team.phone),
    ("what's the best pizza place in town", lambda f: "Sorry, I can't help with that here."),
]


@pytest.mark.parametrize("question, expected", ROUTINE, ids=[q for q, _ in ROUTINE])
def test_routine_question_gets_the_configured_answer(servers, facts, question, expected):
    texts = servers.texts(_new_sender(), question)
    assert expected(facts) in texts[0]
    # Requests that need the patient's identity are also offered in the secure chat; nothing else adds a reply.
    offers = [text for text in texts[1:] if "I can take this request in our secure chat" in text]
    assert texts[1:] == offers and len(offers) <= 1


def test_follow_ups_keep_the_context(servers, facts):
    sender = _new_sender()
    assert facts.unit("icu").visiting_hours.describe() in servers.texts(sender, "what are the ICU visiting hours?")[0]
    maternity = servers.texts(sender, "and for maternity?")[0]
    assert facts.unit("maternity").name in maternity
    assert facts.unit("maternity").visiting_hours.describe() in maternity
    weekends = servers.texts(sender, "what about weekends?")[0]
    assert facts.unit("maternity").visiting_hours.describe(["saturday", "sunday"]) in weekends


# The topics added for what patients ask most (issue 14), with their follow-ups.
NEW_TOPICS = [
    ("is dr okafor taking new patients?", lambda f: "Dr. Amara Okafor, Cardiologist"),
    ("who treats migraines here", lambda f: f.provider("novak").name),
    ("do you have a doctor who speaks spanish", lambda f: f.provider("ramirez").name),
    ("do you do MRI scans", lambda f: f"Yes: {f.department('radiology').name}"),
    ("where can i get a flu shot", lambda f: f.vaccine("flu").clinics[0].how),
    ("do you take blue cross", lambda f: "Yes, we accept Regence BlueCross BlueShield"),
    ("is kaiser accepted?", lambda f: "No, we are not in network with Kaiser Permanente"),
]


@pytest.mark.parametrize("question, expected", NEW_TOPICS, ids=[q for q, _ in NEW_TOPICS])
def test_doctors_services_vaccines_and_insurance_are_answered_from_the_facts(servers, facts, question, expected):
    assert expected(facts) in servers.texts(_new_sender(), question)[0]


def test_follow_ups_of_the_new_topics(servers, facts):
    sender = _new_sender()
    assert "Dr. Amara Okafor" in servers.texts(sender, "is dr okafor accepting new patients")[0]
    dermatology = servers.texts(sender, "what about dermatology?")[0]
    assert facts.provider("nguyen").name in dermatology and "Okafor" not in dermatology
    sender = _new_sender()
    assert facts.vaccine("flu").name in servers.texts(sender, "flu jab, where do i go?")[0]
    weekends = servers.texts(sender, "and on weekends?")[0]
    assert "Saturday and Sunday: 10 am to 4 pm" in weekends and "Monday to Friday" not in weekends
    sender = _new_sender()
    servers.texts(sender, "do you accept aetna")
    assert "Cigna" in servers.texts(sender, "and cigna?")[0]


def test_a_visit_at_a_given_time_is_checked_against_the_unit_s_hours(servers):
    text = servers.texts(_new_sender(), "my husband is in the ICU, can I visit on sunday at 9.30 pm?")[0]
    assert text.startswith("No: 9:30 pm on Sunday is outside visiting hours on the ICU")


def test_unrelated_questions_get_the_out_of_scope_answer(servers):
    unrelated = (
        "who won the football game last night",
        "write me a python script",
        "asdfgh qwerty",
        "what time does the post office close on saturday",  # shares words with the topics
        "my phone bill is way too high",
    )
    for question in unrelated:  # declined, or (not understood) asked which topic it meant: never a topic's answer
        reply = servers.texts(_new_sender(), question)[0]
        assert reply.startswith(("Sorry, I can't help with that here.", "Sorry, I'm not sure I understood.")), question


def test_conversations_are_stored_in_the_sql_tracker_store(servers):
    sender = _new_sender()
    servers.texts(sender, "where do i park")
    with sqlite3.connect(servers.tracker_db) as db:
        rows = db.execute("select type_name from events where sender_id = ?", (sender,)).fetchall()
    assert ("user",) in rows and ("bot",) in rows


# --- bad input: a clear 4xx or a polite answer, and the server keeps serving ---------------------


def _post(servers, **kwargs) -> requests.Response:
    return requests.post(f"{servers.rasa_url}/webhooks/rest/webhook", timeout=60, **kwargs)


def test_malformed_json_and_missing_sender_are_rejected_with_400(servers):
    for kwargs in (
        {"data": "{not json"},
        {"data": "[1, 2]"},
        {"json": {"message": "hi"}},
        {"json": {"sender": "", "message": "hi"}},
        {"json": {"sender": "x" * 500, "message": "hi"}},
        {"json": {"sender": "a", "message": {"nested": True}}},
    ):
        reply = _post(servers, **kwargs)
        assert reply.status_code == 400, kwargs
        assert reply.json()["error"]


def test_empty_and_huge_messages_get_a_polite_answer_and_are_not_stored(servers):
    sender = _new_sender()
    assert servers.texts(sender, "") == ["I didn't get a message. What can I help you with?"]
    assert servers.texts(sender, "   ") == ["I didn't get a message. What can I help you with?"]
    huge = servers.texts(sender, "visiting hours " * 700)  # ~10,000 characters
    assert huge[0].startswith("That message is too long")
    with sqlite3.connect(servers.tracker_db) as db:
        assert db.execute("select count(*) from events where sender_id = ? and type_name = 'user'",
                          (sender,)).fetchone() == (0,)


MANY_SCRIPTS = ["🏥🙏", "¿Cuál es el horario de visitas?", "病院の面会時間は？", "مرحبا", "ICU 🕐 visiting hours??"]


@pytest.mark.parametrize("text", MANY_SCRIPTS)
def test_emoji_and_any_script_get_an_answer(servers, text):
    texts = servers.texts(_new_sender(), text)
    assert len(texts) == 1 and texts[0]


def test_the_server_keeps_serving_after_bad_input(servers, facts):
    _post(servers, data="\x00\xff garbage")
    assert facts.unit("nicu").phone in servers.texts(_new_sender(), "what's the phone number for the NICU")[0]


# --- the HTTP API needs the token ---------------------------------------------------------------


def test_http_api_refuses_requests_without_the_token(servers):
    sender = _new_sender()
    servers.texts(sender, "hi")
    tracker_url = f"{servers.rasa_url}/conversations/{sender}/tracker"
    assert requests.get(tracker_url, timeout=10).status_code == 401
    assert requests.get(tracker_url, params={"token": "wrong"}, timeout=10).status_code == 401
    assert requests.post(f"{servers.rasa_url}/conversations/{sender}/messages", json={"text": "x", "sender": "user"},
                         timeout=10).status_code == 401
    assert requests.get(tracker_url, headers={"Authorization": f"Bearer {servers.token}x"},
                        timeout=10).status_code == 401
    allowed = requests.get(tracker_url, params={"token": servers.token}, timeout=10)
    assert allowed.status_code == 200 and allowed.json()["sender_id"] == sender
    # The token may travel in the Authorization header instead of the query string (which proxies log).
    in_header = requests.get(tracker_url, headers={"Authorization": f"Bearer {servers.token}"}, timeout=10)
    assert in_header.status_code == 200 and in_header.json()["sender_id"] == sender
