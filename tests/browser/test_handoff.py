"""Human handoff in headless Chromium: a patient in the web chat or the secure chat, an agent in the
staff console, each in their own browser context (own cookies), against the real servers."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from bot.channels.webchat import conversation_of
from bot.handoff import queue
from bot.secure import links
from bot.storage.database import Database
from tests.browser.conftest import ask, log_in, watch_errors
from tests.conftest import Servers, stored_events

pytestmark = [pytest.mark.integration, pytest.mark.browser]

ASK_FOR_A_PERSON = "can I talk to a real person please"
LIVE_HANDOFF = "someone will reply here"
BACK_TO_BOT = "you're back with the automated assistant"
DISCLOSURE = "I'm diabetic, what are the ICU visiting hours?"
HEALTH_DETAIL_HANDOFF = "I have diabetes and want to talk to a nurse"
SESSION_KEY = "rb-chat-session"  # where bot/channels/static/webchat.js keeps the session token
BOT_TIMEOUT = 30_000  # the assistant's answer (NLU, actions)
POLL_TIMEOUT = 15_000  # the console polls every 2 s, the secure page every 3 s


@pytest.fixture
def contexts(browser: Browser, servers: Servers):
    """New browser contexts (separate cookies and storage), closed after the test."""
    opened: list[BrowserContext] = []

    def new() -> BrowserContext:
        context = browser.new_context()
        opened.append(context)
        return context

    yield new
    for context in opened:
        context.close()


def _mark_not_reloaded(page: Page) -> None:
    """A flag that only survives while the page is not reloaded or left."""
    page.evaluate("() => { window.__notReloaded = true; }")


def _still_not_reloaded(page: Page) -> bool:
    return page.evaluate("() => window.__notReloaded === true")


# --- the patient ------------------------------------------------------------------------------------


def _web_chat(context: BrowserContext, servers: Servers) -> Page:
    page = watch_errors(context.new_page())
    page.goto(f"{servers.rasa_url}/chat/")
    page.click("#rb-chat-toggle")
    expect(page.locator("body")).to_have_attribute("data-chat-ready", "true", timeout=20_000)
    return page


def _conversation_id(page: Page) -> str:
    token = page.evaluate(f"() => sessionStorage.getItem('{SESSION_KEY}')")
    conversation_id = conversation_of(token)
    assert conversation_id, "the web chat has no session the server signed"
    return conversation_id


def _say(page: Page, text: str, expected_reply: str) -> None:
    """Send a web chat message; one new bot message must contain `expected_reply`."""
    replies = page.locator(".rb-msg-bot").filter(has_text=expected_reply)
    before = replies.count()
    ask(page, text)
    expect(replies).to_have_count(before + 1, timeout=BOT_TIMEOUT)


def _secure_say(page: Page, text: str, expected_reply: str) -> None:
    replies = page.locator(".rb-msg-bot").filter(has_text=expected_reply)
    before = replies.count()
    page.fill("#rb-chat-input", text)
    page.press("#rb-chat-input", "Enter")
    expect(replies).to_have_count(before + 1, timeout=BOT_TIMEOUT)


# --- the agent --------------------------------------------------------------------------------------


def _agent_on_the_queue(context: BrowserContext, servers: Servers, name: str = "Dana") -> Page:
    """A new agent account, logged in through the form, looking at the queue."""
    page = log_in(context, servers, "agent", "/queue", name=name)
    expect(page).to_have_url(f"{servers.console_url}/queue")
    expect(page.locator("h1")).to_have_text("Queue")
    return page


def _row(agent: Page, conversation_id: str):
    return agent.locator(f'#queue-rows tr[data-conversation="{conversation_id}"]')


def _open_from_the_queue(agent: Page, conversation_id: str) -> None:
    row = _row(agent, conversation_id)
    expect(row).to_have_count(1, timeout=POLL_TIMEOUT)
    row.locator("td").nth(1).locator("a").click()
    expect(agent).to_have_url(re.compile(r"/conversations/\d+$"))
    expect(agent.locator("#messages")).to_be_visible()


def _claim(agent: Page) -> None:
    agent.get_by_role("button", name="Claim").click()
    expect(agent.locator("#status")).to_contain_text("(you)")


def _reply(agent: Page, text: str) -> None:
    form = agent.locator('form[action$="/reply"]')
    form.locator('textarea[name="text"]').fill(text)
    form.get_by_role("button", name="Send").click()


def _clear_the_queue(servers: Servers) -> None:
    """Close what earlier tests left unresolved (those tests are over), so that the queue's order is known."""
    db = Database(f"sqlite:///{servers.app_db}")
    for item in queue.waiting(db):
        queue.resolve(db, item.id, None)
    assert queue.waiting(db) == []


# --- the tests --------------------------------------------------------------------------------------


def test_a_patient_asks_for_a_person_an_agent_answers_live_and_hands_back_to_the_bot(contexts, servers, facts):
    _clear_the_queue(servers)
    # The agent is on the queue before the patient asks: the row must appear without a reload.
    agent = _agent_on_the_queue(contexts(), servers, name="Dana")
    expect(agent.locator("#queue-rows")).to_contain_text("Nobody is waiting.")
    _mark_not_reloaded(agent)

    patient = _web_chat(contexts(), servers)
    _say(patient, ASK_FOR_A_PERSON, LIVE_HANDOFF)
    conversation_id = _conversation_id(patient)

    first_row = agent.locator("#queue-rows tr").first
    expect(first_row).to_have_attribute("data-conversation", conversation_id, timeout=POLL_TIMEOUT)
    expect(first_row).to_contain_text("Asked for a person")
    expect(first_row).to_contain_text("waiting in chat")
    assert _still_not_reloaded(agent), "the queue page was reloaded: the row did not appear by itself"

    _open_from_the_queue(agent, conversation_id)
    expect(agent.locator("h1")).to_contain_text("Asked for a person")
    expect(agent.locator("#messages")).to_contain_text(ASK_FOR_A_PERSON)
    _claim(agent)

    _reply(agent, "Hello, this is Dana from Patient Services.")
    expect(patient.locator(".rb-msg-bot").last).to_have_text("Hello, this is Dana from Patient Services.",
                                                            timeout=POLL_TIMEOUT)
    expect(agent.locator("p.notice")).to_have_count(0)  # delivered: nothing to warn about

    # Paused: the patient's message goes to the agent (live) and the bot stays silent.
    _mark_not_reloaded(agent)
    bot_messages = patient.locator(".rb-msg-bot")
    shown = bot_messages.count()
    ask(patient, "thanks, where can I park?")
    patient_lines = agent.locator("#messages li.from-patient")
    expect(patient_lines.filter(has_text="thanks, where can I park?")).to_have_count(1, timeout=POLL_TIMEOUT)
    assert _still_not_reloaded(agent), "the transcript was reloaded with the page, not by itself"
    # The console reads the transcript from the tracker, saved after Rasa handled the message: an
    # answer would be stored (and emitted) by now.
    events = stored_events(servers.tracker_db, conversation_id)
    last_user = max(i for i, event in enumerate(events) if event["event"] == "user")
    assert events[last_user]["text"] == "thanks, where can I park?"
    assert [event.get("text") for event in events[last_user + 1:] if event["event"] == "bot"] == []
    expect(bot_messages).to_have_count(shown)

    agent.get_by_role("button", name="Resolve (hand back to the assistant)").click()
    expect(agent).to_have_url(f"{servers.console_url}/queue")
    expect(_row(agent, conversation_id)).to_have_count(0)
    expect(patient.locator(".rb-msg-bot").last).to_contain_text(BACK_TO_BOT, timeout=POLL_TIMEOUT)
    expect(patient.locator(".rb-msg-bot").last).to_contain_text("Dana has finished here")

    # The bot answers again.
    _say(patient, "where can I park", facts.parking.garages[0].rates)
    assert patient.errors == [] and agent.errors == []


def test_a_reply_to_a_patient_who_left_is_kept_and_the_agent_is_told(contexts, servers):
    agent = _agent_on_the_queue(contexts(), servers, name="Dana")
    patient_context = contexts()
    patient = _web_chat(patient_context, servers)
    _say(patient, ASK_FOR_A_PERSON, LIVE_HANDOFF)
    conversation_id = _conversation_id(patient)

    _open_from_the_queue(agent, conversation_id)
    _claim(agent)
    patient.close()  # the tab is gone: its socket.io connection with it

    _reply(agent, "Are you still there? This is Dana from Patient Services.")
    notice = agent.locator("p.notice")
    expect(notice).to_contain_text("the patient has left the web chat")
    expect(notice).to_contain_text("the message is kept in the conversation")
    staff_lines = agent.locator("#messages li.from-staff")
    expect(staff_lines.filter(has_text="Are you still there? This is Dana from Patient Services.")).to_have_count(1)
    expect(agent.locator("#messages")).not_to_contain_text("not delivered")
    events = stored_events(servers.tracker_db, conversation_id)
    staff_events = [e for e in events if (e.get("metadata") or {}).get("staff")]
    assert [(e["text"], e["metadata"]["staff"]) for e in staff_events] == [
        ("Are you still there? This is Dana from Patient Services.", "Dana")
    ]
    assert agent.errors == []


def test_a_secure_chat_patient_gets_the_staff_reply_live_and_staff_read_the_full_text(contexts, servers):
    agent = _agent_on_the_queue(contexts(), servers, name="Dana")
    patient_context = contexts()
    public = _web_chat(patient_context, servers)
    ask(public, DISCLOSURE)
    link = public.locator("a.rb-secure-link")
    expect(link).to_have_count(1, timeout=BOT_TIMEOUT)
    with patient_context.expect_page() as opened:
        link.click()
    secure = watch_errors(opened.value)
    secure.click("#rb-open-secure")
    expect(secure.locator("body")).to_have_attribute("data-chat-ready", "true", timeout=20_000)
    cookie = next(c for c in patient_context.cookies() if c["name"] == "rb_secure")
    conversation_id = links.session_conversation(Database(f"sqlite:///{servers.app_db}"), cookie["value"])
    assert conversation_id and conversation_id.startswith("secure-")

    _secure_say(secure, HEALTH_DETAIL_HANDOFF, LIVE_HANDOFF)
    _open_from_the_queue(agent, conversation_id)
    expect(agent.locator("h1")).to_contain_text("(secure: full text)")
    # The secure conversation is stored whole (encrypted): staff read exactly what the patient wrote.
    patient_lines = agent.locator("#messages li.from-patient")
    expect(patient_lines.filter(has_text=HEALTH_DETAIL_HANDOFF)).to_have_count(1)
    expect(agent.locator("#messages")).not_to_contain_text("[CONDITION]")
    _claim(agent)

    _mark_not_reloaded(secure)
    _reply(agent, "Hello, this is Dana from the nurse line.")
    expect(agent.locator("p.notice")).to_have_count(0)
    expect(secure.locator(".rb-msg-bot").last).to_have_text("Dana (staff): Hello, this is Dana from the nurse line.",
                                                           timeout=POLL_TIMEOUT)
    assert _still_not_reloaded(secure), "the secure page was reloaded: the reply did not appear by itself"
    assert secure.errors == [] and agent.errors == []


def test_the_console_shows_a_public_chat_redacted(contexts, servers):
    agent = _agent_on_the_queue(contexts(), servers, name="Dana")
    patient = _web_chat(contexts(), servers)
    _say(patient, HEALTH_DETAIL_HANDOFF, LIVE_HANDOFF)
    conversation_id = _conversation_id(patient)

    redacted = "I have [CONDITION] and want to talk to a nurse"
    expect(_row(agent, conversation_id).locator("td.preview")).to_have_text(redacted, timeout=POLL_TIMEOUT)
    _open_from_the_queue(agent, conversation_id)
    expect(agent.locator("h1")).to_contain_text("(not secure: redacted)")
    expect(agent.locator("#messages li.from-patient").filter(has_text=redacted)).to_have_count(1)
    expect(agent.locator("main")).not_to_contain_text("diabetes")
    assert agent.errors == []
