"""Headless Chromium for the browser tests (Debian's chromium, driven by Playwright)."""

import shutil

import pytest
from playwright.sync_api import Page, expect, sync_playwright

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
