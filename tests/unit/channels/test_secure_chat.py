"""The secure chat's routes: entering with a one-time link (GET only shows the button, POST uses the link up and
sets the session cookie), the page, its transcript, messages and the end of the session; each refused without a
session, without the page's anti-CSRF header, or with a bad body; and the headers of every response."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

import pytest
from rasa.shared.core.constants import EXTERNAL_MESSAGE_PREFIX
from rasa.shared.core.events import BotUttered, SlotSet, UserUttered

from bot.channels.guard import MAX_MESSAGE_CHARS
from bot.channels.webchat_page import SECURITY_HEADERS
from bot.secure import links
from bot.storage.models import SecureSession
from bot.web_security import token_hash
from tests.unit.channels.conftest import PAGE_POST, cookie

NO_SESSION = {"error": "no secure session"}
NO_HEADER = {"error": "missing X-Secure-Chat header"}
BAD_BODY = {"error": 'the body must be JSON: {"message": "..."}'}
ROUTES = [("GET", "/secure"), ("GET", "/secure/enter/<token:str>"), ("GET", "/secure/static/<name:str>"),
          ("GET", "/secure/transcript"), ("POST", "/secure/end"), ("POST", "/secure/enter/<token:str>"),
          ("POST", "/secure/messages")]
WELCOME = "This chat is private. Let's continue here: what can I help you with?"
WELCOME_BACK = "This chat is private. Let's continue here with what you wrote:"


def _expire(db, token: str) -> None:
    """Backdate the link's record so that it has expired (its token alone still looks valid)."""
    from bot.storage.models import SecureLink

    link_id = links.check_link(db, token).id
    with db.session() as session:
        session.get(SecureLink, link_id).expires_at = datetime.now(timezone.utc) - timedelta(seconds=1)


def _assert_headers(reply, form_action: str = "'none'") -> None:
    for name, value in SECURITY_HEADERS.items():
        expected = value.replace("form-action 'none'", f"form-action {form_action}")
        assert reply.headers.get(name) == expected, (reply.url, name)


def test_the_secure_chat_has_these_routes(secure):
    assert [route for route in secure.routes() if route[1].startswith("/secure")] == ROUTES


# --- entering ----------------------------------------------------------------------------------------------


def test_opening_a_link_shows_a_button_and_uses_nothing(secure):
    token = secure.link()
    for _ in range(2):  # a link preview, then the patient
        shown = secure.get(f"/secure/enter/{token}")
        assert shown.status_code == 200 and "<h1>Your secure chat</h1>" in shown.text
        assert f'<form method="post" action="/secure/enter/{token}">' in shown.text
        assert 'id="rb-open-secure"' in shown.text
        assert "set-cookie" not in shown.headers
        _assert_headers(shown, form_action="'self'")  # its one form posts back here
    assert links.check_link(secure.db, token)  # still unused


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_refused_link_gets_a_page_saying_why_and_whom_to_call(secure, facts, method, caplog):
    used, expired = secure.link(), secure.link()
    secure.enter(used)
    _expire(secure.db, expired)
    call = secure.get if method == "GET" else secure.post
    with caplog.at_level(logging.INFO, logger="bot.channels.secure_chat"):
        for token, status, title in (("not-a-link", 400, "This link isn't valid"),
                                     (used, 410, "This link has already been used"),
                                     (expired, 410, "This link has expired")):
            reply = call(f"/secure/enter/{token}")
            assert reply.status_code == status and f"<h1>{title.replace(chr(39), '&#x27;')}</h1>" in reply.text
            assert facts.human_team.phone in reply.text and facts.emergency.number in reply.text
            assert "set-cookie" not in reply.headers and 'id="rb-open-secure"' not in reply.text
            _assert_headers(reply)
    logged = [(record.name, record.getMessage()) for record in caplog.records if "refused" in record.getMessage()]
    assert logged == [("bot.channels.secure_chat", f"Secure chat link refused: {reason}")
                      for reason in ("invalid", "used", "expired")]


def test_pressing_the_button_opens_the_chat_with_a_session_cookie(secure):
    token = secure.link()
    reply = secure.post(f"/secure/enter/{token}")
    assert reply.status_code == 200 and "<h1>Opening your secure chat</h1>" in reply.text
    assert '<meta http-equiv="refresh" content="0; url=/secure/">' in reply.text  # not a redirect (SameSite)
    assert '<a href="/secure/">Continue to the secure chat</a>' in reply.text
    session = reply.headers["set-cookie"].split(";")[0].removeprefix("rb_secure=")
    assert reply.headers["set-cookie"] == (
        f"rb_secure={session}; Path=/secure; HttpOnly; Secure; SameSite=Strict; Max-Age={12 * 3600}")
    _assert_headers(reply)
    conversation_id = links.session_conversation(secure.db, session)
    assert conversation_id.startswith("secure-")
    assert [event.text for event in secure.events(conversation_id) if isinstance(event, BotUttered)] == [WELCOME]
    assert secure.post(f"/secure/enter/{token}").status_code == 410  # once only


def test_the_earlier_topic_and_place_come_along_and_the_request_asked_for_starts(secure):
    carried = {"topic": "prescription_refill", "department": "Cardiology", "site": 3, "phone": "555"}
    _, conversation_id = secure.enter(secure.link(carry_over=carried))
    slots = [(event.key, event.value) for event in secure.events(conversation_id) if isinstance(event, SlotSet)]
    assert slots == [("topic", "prescription_refill"), ("department", "Cardiology")]  # names only, of known slots
    assert secure.agent.processor.triggered == [
        (conversation_id, "ask_prescription_refill", {"department": "Cardiology"})]
    assert secure.agent.handled == []


def test_a_held_message_is_answered_as_the_first_turn_here(secure):
    text = "I'm HIV positive, can I get my results"
    _, conversation_id = secure.enter(secure.link(carry_over={"topic": "medical_records"}, held_text=text))
    [first] = secure.agent.handled
    assert (first.text, first.sender_id, first.input_channel) == (text, conversation_id, "secure")  # whole text
    assert first.metadata["safety"]["sensitive"] is True
    assert secure.agent.processor.triggered == []  # the message itself is the request
    said = [(type(event).__name__, event.text) for event in secure.events(conversation_id)
            if isinstance(event, (UserUttered, BotUttered))]
    assert said == [("BotUttered", WELCOME_BACK), ("UserUttered", text), ("BotUttered", f"You said: {text}")]


# --- the page and its transcript ---------------------------------------------------------------------------


def test_the_chat_page_needs_a_session(secure, facts):
    session, _ = secure.enter()
    for headers in ({}, cookie("forged-session-token"), cookie("x" * 201)):
        refused = secure.get("/secure/", headers)
        assert refused.status_code == 401 and "<h1>Secure chat</h1>" in refused.text
        assert "Your session has ended or this browser has none." in refused.text
        assert facts.human_team.phone in refused.text
        _assert_headers(refused)
    page = secure.get("/secure/", cookie(session))
    assert page.status_code == 200 and "{{" not in page.text
    assert f"{facts.hospital.name} – secure chat" in page.text and facts.emergency.number in page.text
    assert f'maxlength="{MAX_MESSAGE_CHARS}"' in page.text
    _assert_headers(page)


def test_the_transcript_needs_a_session_and_shows_what_was_said(secure):
    session, conversation_id = secure.enter()
    for headers in ({}, cookie("forged-session-token")):
        refused = secure.get("/secure/transcript", headers)
        assert (refused.status_code, refused.json) == (401, NO_SESSION)
        _assert_headers(refused)
    secure.add(conversation_id, UserUttered("hello"), UserUttered(f"{EXTERNAL_MESSAGE_PREFIX}appointment_book"),
               BotUttered(""), BotUttered("Hi, Ada here", metadata={"staff": "Nurse Ada"}))
    reply = secure.get("/secure/transcript", cookie(session))
    assert reply.status_code == 200
    assert reply.json == {"messages": [{"from": "bot", "text": WELCOME, "staff": None},
                                       {"from": "user", "text": "hello", "staff": None},
                                       {"from": "bot", "text": "Hi, Ada here", "staff": "Nurse Ada"}]}
    _assert_headers(reply)


def test_the_pages_polling_does_not_keep_an_idle_session_alive_but_the_page_does(secure):
    session, _ = secure.enter()
    soon = datetime.now(timezone.utc) + timedelta(minutes=5)  # as if idle for 25 minutes

    def deadline() -> datetime:
        with secure.db.session() as db_session:
            return db_session.get(SecureSession, token_hash(session)).expires_at

    with secure.db.session() as db_session:
        db_session.get(SecureSession, token_hash(session)).expires_at = soon
    assert secure.get("/secure/transcript", cookie(session)).status_code == 200
    assert deadline() == soon
    assert secure.get("/secure/", cookie(session)).status_code == 200
    assert deadline() > soon + timedelta(minutes=20)


# --- messages ----------------------------------------------------------------------------------------------


def test_a_message_is_answered_and_reaches_rasa_whole(secure):
    session, conversation_id = secure.enter()
    reply = secure.page_post("/secure/messages", session, json={"message": "my DOB is 04/12/1985, where is ICU?"})
    assert reply.status_code == 200
    assert reply.json == {"messages": [{"recipient_id": conversation_id,
                                        "text": "You said: my DOB is 04/12/1985, where is ICU?"}]}
    [handled] = secure.agent.handled
    assert (handled.text, handled.sender_id, handled.input_channel) == (
        "my DOB is 04/12/1985, where is ICU?", conversation_id, "secure")
    assert set(handled.metadata) == {"safety"}
    _assert_headers(reply)


def test_an_empty_message_gets_the_guards_reply(secure):
    session, _ = secure.enter()
    reply = secure.page_post("/secure/messages", session, json={"message": "  "})
    assert reply.json["messages"][0]["text"] == "I didn't get a message. What can I help you with?"
    assert secure.agent.handled == []


def test_a_post_without_the_pages_header_is_refused_first(secure):
    session, _ = secure.enter()
    for path in ("/secure/messages", "/secure/end"):
        for headers in ({}, {"X-Secure-Chat": "0"}):
            for who in (session, None):
                reply = secure.page_post(path, who, headers=headers, json={"message": "hi"})
                assert (reply.status_code, reply.json) == (403, NO_HEADER), (path, headers, who)
                _assert_headers(reply)
    assert secure.agent.handled == [] and links.session_conversation(secure.db, session)


def test_a_message_needs_a_session(secure):
    for who in (None, "forged-session-token"):
        reply = secure.page_post("/secure/messages", who, json={"message": "hi"})
        assert (reply.status_code, reply.json) == (401, NO_SESSION)
        _assert_headers(reply)
    assert secure.agent.handled == []


@pytest.mark.parametrize("body", ["{not json", "[1, 2]", '{"message": 42}', '{"text": "hi"}', ""])
def test_a_message_with_a_bad_body_is_refused(secure, body):
    session, _ = secure.enter()
    reply = secure.page_post("/secure/messages", session, headers={**PAGE_POST, "Content-Type": "application/json"},
                             data=body)
    assert (reply.status_code, reply.json) == (400, BAD_BODY)
    _assert_headers(reply)
    assert secure.agent.handled == []


def test_a_body_over_16_kb_is_refused_before_it_is_read(secure):
    session, _ = secure.enter()
    reply = secure.page_post("/secure/messages", session, json={"message": "x" * 20_000})
    assert (reply.status_code, reply.json) == (413, {"error": "the body may have at most 16,384 bytes"})
    _assert_headers(reply)
    assert secure.agent.handled == []


# --- the end -----------------------------------------------------------------------------------------------


def test_ending_the_chat_forgets_the_session_and_the_cookie(secure):
    session, _ = secure.enter()
    reply = secure.page_post("/secure/end", session)
    assert (reply.status_code, reply.json) == (200, {"ended": True})
    # Cleared with the attributes it was set with (bot.web_security; the console's cookies alike).
    assert reply.headers["set-cookie"] == 'rb_secure=""; Path=/secure; HttpOnly; Secure; SameSite=Strict; Max-Age=0'
    _assert_headers(reply)
    assert links.session_conversation(secure.db, session) is None
    assert secure.get("/secure/transcript", cookie(session)).status_code == 401
    assert secure.page_post("/secure/end").json == {"ended": True}  # no session: nothing to end


# --- the rest ----------------------------------------------------------------------------------------------


def test_the_page_assets_and_nothing_else(secure):
    script = secure.get("/secure/static/secure.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("application/javascript")
    _assert_headers(script)
    assert secure.get("/secure/static/webchat.css").headers["content-type"].startswith("text/css")
    for name in ("secure.html", "webchat.js", "..%2Fsecure_chat.py"):
        missing = secure.get(f"/secure/static/{name}")
        assert missing.status_code == 404
        _assert_headers(missing)
