"""The hospital site's chat bubble in headless Chromium, against the real servers."""

import shutil

import pytest
from playwright.sync_api import Page, expect, sync_playwright

pytestmark = [pytest.mark.integration, pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Debian's chromium as root, on a machine without internet: no sandbox, no background calls.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, servers):
    context = browser.new_context()
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(f"{servers.rasa_url}/chat/")
    yield page
    context.close()


def _ask(page: Page, text: str) -> None:
    expect(page.locator("body")).to_have_attribute("data-chat-ready", "true", timeout=20_000)
    page.fill("#rb-chat-input", text)
    page.press("#rb-chat-input", "Enter")


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
