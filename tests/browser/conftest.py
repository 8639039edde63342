"""Headless Chromium for the browser tests (Debian's chromium, driven by Playwright)."""

import shutil

import pytest
from playwright.sync_api import BrowserContext, Page, expect, sync_playwright

from tests.conftest import Servers
from tests.console_client import PASSWORD, make_staff

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Debian's chromium as root, on a machine without internet: no sandbox, no background calls.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


# Per module: Playwright's sync API keeps an event loop running while the browser is open,
# which would break tests elsewhere that run their own (asyncio.run).
@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def ask(page: Page, text: str) -> None:
    """Type a message in the public web chat once it is connected."""
    expect(page.locator("body")).to_have_attribute("data-chat-ready", "true", timeout=20_000)
    page.fill("#rb-chat-input", text)
    page.press("#rb-chat-input", "Enter")


def watch_errors(page: Page) -> Page:
    """The page, collecting its uncaught script errors in `page.errors` (a test asserts there are none)."""
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    return page


def log_in(context: BrowserContext, servers: Servers, role: str, next_page: str = "/", name: str | None = None) -> Page:
    """A new console account with this role (`name`: its display name), logged in through the login form in a new
    page of `context` (watching its script errors), which the console then sends on to `next_page`."""
    username = make_staff(servers.app_db, role, name=name)
    page = watch_errors(context.new_page())
    page.goto(f"{servers.console_url}/login?next={next_page}")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', PASSWORD)
    page.get_by_role("button", name="Log in").click()
    return page
