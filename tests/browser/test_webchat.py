"""The hospital site's chat bubble in headless Chromium, against the real servers."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ask as _ask
from tests.browser.conftest import watch_errors

pytestmark = [pytest.mark.integration, pytest.mark.browser]


@pytest.fixture
def page(browser, servers):
    context = browser.new_context()
    page = watch_errors(context.new_page())
    page.goto(f"{servers.rasa_url}/chat/")
    yield page
    context.close()


def test_the_page_answers_icu_visiting_hours_with_the_configured_hours(page, facts):
    expect(page.locator("h1")).to_have_text(facts.hospital.name)
    page.click("#rb-chat-toggle")
    _ask(page, "what are the visiting hours in the ICU")
    answer = page.locator(".rb-msg-bot").first
    expect(answer).to_contain_text(facts.unit("icu").visiting_hours.describe(), timeout=30_000)
    expect(page.locator(".rb-msg-user").first).to_have_text("what are the visiting hours in the ICU")
    expect(page.locator("#rb-chat-input")).to_have_attribute("maxlength", "2000")
    assert page.errors == []


def test_the_conversation_survives_a_reload_and_nothing_is_kept_in_local_storage(page, facts):
    page.click("#rb-chat-toggle")
    _ask(page, "what are the ICU visiting hours")
    expect(page.locator(".rb-msg-bot")).to_have_count(1, timeout=30_000)
    session = page.evaluate("() => sessionStorage.getItem('rb-chat-session')")

    page.reload()
    expect(page.locator(".rb-msg")).to_have_count(2)  # the transcript is still shown
    assert page.evaluate("() => sessionStorage.getItem('rb-chat-session')") == session
    # Same conversation on the server: the follow-up knows the previous topic.
    _ask(page, "and for maternity?")
    expect(page.locator(".rb-msg-bot").nth(1)).to_contain_text(facts.unit("maternity").visiting_hours.describe(),
                                                                timeout=30_000)
    assert page.evaluate("() => window.localStorage.length") == 0
    assert page.context.cookies() == []


def test_the_page_sends_security_headers(servers):
    import requests

    reply = requests.get(f"{servers.rasa_url}/chat/", timeout=10)
    assert "default-src 'self'" in reply.headers["Content-Security-Policy"]
    assert reply.headers["Cache-Control"] == "no-store"
    assert requests.get(f"{servers.rasa_url}/chat/static/..%2F..%2Fcredentials.yml", timeout=10).status_code == 404


def test_a_crisis_shows_the_emergency_number_first_and_a_disclosure_a_secure_link(page, facts):
    page.click("#rb-chat-toggle")
    _ask(page, "my dad is having crushing chest pain right now")
    first = page.locator(".rb-msg-bot").first
    expect(first).to_contain_text(f"Call {facts.emergency.number} now", timeout=30_000)
    expect(page.locator(".rb-msg-bot").nth(1)).to_contain_text("flagged this conversation as urgent")

    _ask(page, "I'm diabetic, what are the ICU visiting hours?")
    bot = page.locator(".rb-msg-bot")
    expect(bot.last).to_contain_text("let's continue in our secure chat", timeout=30_000)
    expect(bot.last.locator("a.rb-secure-link")).to_have_text("Open the secure chat")
    hours = bot.filter(has_text=facts.unit("icu").visiting_hours.describe())
    expect(hours).to_have_count(1)
    expect(bot.filter(has_text="diabetic")).to_have_count(0)
