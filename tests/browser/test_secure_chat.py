"""The move to the secure chat in headless Chromium: link, held message, continued conversation,
and every way a link or a session can be refused."""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta, timezone

import jwt
import pytest
import requests
from playwright.sync_api import Page, expect

from bot.secure import links
from bot.storage.database import Database
from tests.browser.conftest import ask
from tests.conftest import stored_events

pytestmark = [pytest.mark.integration, pytest.mark.browser]

DISCLOSURE = "I'm diabetic, what are the ICU visiting hours?"
SECURE_FOLLOW_UP = "and for maternity?"


@pytest.fixture
def context(browser, servers):
    context = browser.new_context()
    yield context
    context.close()


def _secure_link(page: Page) -> str:
    link = page.locator("a.rb-secure-link")
    expect(link).to_have_count(1, timeout=30_000)
    return link.get_attribute("href")


def test_a_disclosure_moves_to_the_secure_chat_and_continues_there(context, servers, facts):
    page = context.new_page()
    page.goto(f"{servers.rasa_url}/chat/")
    page.click("#rb-chat-toggle")
    ask(page, DISCLOSURE)
    href = _secure_link(page)
    assert re.fullmatch(rf"{re.escape(servers.rasa_url)}/secure/enter/[\w.-]+", href)
    bot = page.locator(".rb-msg-bot")
    expect(bot.filter(has_text=facts.unit("icu").visiting_hours.describe())).to_have_count(1)
    expect(bot.filter(has_text="diabetic")).to_have_count(0)  # no echo in the public chat

    with context.expect_page() as opened:
        page.click("a.rb-secure-link")
    secure = opened.value
    secure.click("#rb-open-secure")
    expect(secure.locator("body")).to_have_attribute("data-chat-ready", "true", timeout=20_000)
    assert secure.url == f"{servers.rasa_url}/secure/"
    expect(secure.locator(".rb-msg-bot").first).to_contain_text("Let's continue here")
    # The carried-over message is the patient's first turn here, and it is answered, not only shown back.
    expect(secure.locator(".rb-msg-user").first).to_have_text(DISCLOSURE)
    expect(secure.locator(".rb-msg-bot").nth(1)).to_contain_text(facts.unit("icu").visiting_hours.describe())

    # The topic carried over: "and for maternity?" is understood as maternity visiting hours.
    secure.fill("#rb-chat-input", SECURE_FOLLOW_UP)
    secure.press("#rb-chat-input", "Enter")
    expect(secure.locator(".rb-msg-bot").last).to_contain_text(
        facts.unit("maternity").visiting_hours.describe(), timeout=30_000
    )
    # the disclosure answered here got no new link: this is the secure chat
    expect(secure.locator(".rb-msg-bot").filter(has_text="secure chat")).to_have_count(0)

    cookie = next(c for c in context.cookies() if c["name"] == "rb_secure")
    flags = (cookie["httpOnly"], cookie["secure"], cookie["sameSite"], cookie["path"])
    assert flags == (True, True, "Strict", "/secure")
    assert secure.evaluate("() => document.cookie") == ""  # the page's script cannot read it

    # Reload: the conversation is still there (from the server, nothing in browser storage).
    secure.reload()
    expect(secure.locator(".rb-msg-user")).to_have_text([DISCLOSURE, SECURE_FOLLOW_UP], timeout=20_000)
    assert secure.evaluate("() => sessionStorage.length + localStorage.length") == 0

    # The same link a second time is refused with a clear page.
    again = context.new_page()
    again.goto(href)
    expect(again.locator("h1")).to_have_text("This link has already been used")

    # Stored encrypted: neither database file holds the secure text in plaintext; decrypted, it is there.
    for path in (servers.tracker_db, servers.app_db):
        content = path.read_bytes()
        assert b"metformin" not in content and b"diabetic" not in content, path.name
    decrypted = [e.get("text") for e in stored_events(servers.tracker_db) if e["sender_id"].startswith("secure-")]
    assert DISCLOSURE in decrypted and SECURE_FOLLOW_UP in decrypted  # the held message is its first turn

    # Ending the session: the cookie no longer opens anything.
    secure.click("#rb-secure-end")
    expect(secure.locator("#rb-chat-status")).to_have_text("Secure chat ended. You can close this page.")
    secure.goto(f"{servers.rasa_url}/secure/")
    expect(secure.locator("h1")).to_have_text("Secure chat")


def test_expired_tampered_and_unknown_links_are_refused_with_a_clear_page(context, servers):
    db = Database(f"sqlite:///{servers.app_db}")
    expired = links.issue(db, "web-expired", "socketio", now=datetime.now(timezone.utc) - timedelta(minutes=20))
    fresh = links.issue(db, "web-tampered", "socketio")
    page = context.new_page()
    page.goto(f"{servers.rasa_url}/secure/enter/{expired.token}")
    expect(page.locator("h1")).to_have_text("This link has expired")
    tampered = fresh.token[:-4] + ("AAAA" if not fresh.token.endswith("AAAA") else "BBBB")
    page.goto(f"{servers.rasa_url}/secure/enter/{tampered}")
    expect(page.locator("h1")).to_have_text("This link isn't valid")
    # A correctly signed token that names no issued link.
    other = jwt.encode(
        {"jti": "a-link-never-issued", "aud": links.AUDIENCE,
         "exp": datetime.now(timezone.utc) + timedelta(minutes=5)},
        os.environ["SECURE_LINK_SECRET"], algorithm="HS256",
    )
    page.goto(f"{servers.rasa_url}/secure/enter/{other}")
    expect(page.locator("h1")).to_have_text("This link isn't valid")
    assert [c for c in context.cookies() if c["name"] == "rb_secure"] == []
    # The untampered link still works: a refusal does not burn it, nor does opening it (a link preview).
    for _ in range(2):
        page.goto(f"{servers.rasa_url}/secure/enter/{fresh.token}")
        expect(page.locator("#rb-open-secure")).to_be_visible()
    assert [c for c in context.cookies() if c["name"] == "rb_secure"] == []
    page.click("#rb-open-secure")
    expect(page.locator("body")).to_have_attribute("data-chat-ready", "true", timeout=20_000)


def test_a_link_opened_from_another_site_still_opens_the_chat(context, servers):
    # localhost and 127.0.0.1 are different sites: like a link tapped in Messenger or an email,
    # the browser leaves SameSite=Strict cookies out of this navigation.
    issued = links.issue(Database(f"sqlite:///{servers.app_db}"), "web-cross-site", "socketio")
    page = context.new_page()
    page.goto(servers.rasa_url.replace("127.0.0.1", "localhost") + "/chat/")
    page.evaluate(
        """url => { const a = document.createElement("a"); a.id = "external"; a.href = url;
                     a.textContent = "secure chat"; document.body.appendChild(a); }""",
        f"{servers.rasa_url}/secure/enter/{issued.token}",
    )
    page.click("#external")
    page.click("#rb-open-secure")
    expect(page.locator("body")).to_have_attribute("data-chat-ready", "true", timeout=20_000)
    expect(page.locator(".rb-msg-bot").first).to_contain_text("This chat is private")


def test_secure_endpoints_and_the_rasa_api_refuse_requests_without_credentials(servers):
    base = f"{servers.rasa_url}/secure"
    assert requests.get(f"{base}/", timeout=10).status_code == 401
    assert requests.get(f"{base}/transcript", timeout=10).status_code == 401
    headers = {"X-Secure-Chat": "1"}
    assert requests.post(f"{base}/messages", json={"message": "hi"}, headers=headers, timeout=10).status_code == 401
    forged = {"rb_secure": "forged-session-token"}
    assert requests.get(f"{base}/transcript", cookies=forged, timeout=10).status_code == 401
    # Without the anti-CSRF header a POST is refused before anything else.
    assert requests.post(f"{base}/messages", json={"message": "hi"}, timeout=10).status_code == 403
    huge = {"message": "x" * 20_000}
    assert requests.post(f"{base}/messages", json=huge, headers=headers, timeout=10).status_code == 413
    assert requests.get(f"{servers.rasa_url}/conversations/web-1/tracker", timeout=10).status_code == 401
    # The public REST channel cannot write into a secure conversation.
    reply = requests.post(
        f"{servers.rasa_url}/webhooks/rest/webhook", json={"sender": "secure-abc", "message": "hi"}, timeout=10
    )
    assert reply.status_code == 400


def _say(page: Page, text: str, expected_reply: str) -> None:
    """Send a message; one new bot message must contain `expected_reply`."""
    replies = page.locator(".rb-msg-bot").filter(has_text=expected_reply)
    before = replies.count()
    page.fill("#rb-chat-input", text)
    page.press("#rb-chat-input", "Enter")
    expect(replies).to_have_count(before + 1, timeout=30_000)


def test_an_appointment_request_is_taken_in_the_secure_chat_and_stored_encrypted(context, servers, facts):
    page = context.new_page()
    page.goto(f"{servers.rasa_url}/chat/")
    page.click("#rb-chat-toggle")
    ask(page, "I have asthma and need to book an appointment with cardiology")
    _secure_link(page)
    with context.expect_page() as opened:
        page.click("a.rb-secure-link")
    secure = opened.value
    secure.click("#rb-open-secure")
    expect(secure.locator("body")).to_have_attribute("data-chat-ready", "true", timeout=20_000)
    bot = secure.locator(".rb-msg-bot")
    expect(secure.locator(".rb-msg-user").first).to_contain_text("I have asthma and need to book an appointment")
    # The department came over from the public chat, so the form starts with the next question.
    expect(bot.last).to_contain_text("Which days and times suit you best?")

    _say(secure, "weekday mornings", "full name")
    _say(secure, "Zelda", "Please give the first and last name")  # checked, asked again
    _say(secure, "Zelda Quackenbush", "date of birth")
    _say(secure, "sometime in the spring", "I couldn't read that date")  # not a date: asked again
    _say(secure, "03/07/1961", "phone number")
    _say(secure, "971-404-3321", "what is the appointment for")
    _say(secure, "check-up after my inhaler change", "Shall I send it to Central Scheduling?")
    read_back = bot.last.inner_text()
    for shown in ("Department: Cardiology", "Name: Zelda Quackenbush", "Date of birth: March 7, 1961",
                  "Phone: (971) 404-3321"):
        assert shown in read_back
    _say(secure, "yes", "Central Scheduling will call you")

    from bot import patient_requests
    from bot.storage.models import StaffTask

    db = Database(f"sqlite:///{servers.app_db}")
    with db.session() as session:
        tasks = [t for t in session.query(StaffTask).all() if t.kind == "appointment_request"]
        details = [patient_requests.task_details(t) for t in tasks]
    assert {"request_department": "cardiology", "request_when": "weekday mornings",
            "patient_name": "Zelda Quackenbush", "patient_dob": "1961-03-07", "patient_phone": "+19714043321",
            "request_reason": "check-up after my inhaler change"} in details
    for path in (servers.app_db, servers.tracker_db):
        assert b"Quackenbush" not in path.read_bytes(), path.name
