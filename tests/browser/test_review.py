"""The trainers' review page in headless Chromium, against the real servers: a message the assistant did
not understand reaches the page under its guessed intent, a trainer labels it, and the training file the
console writes (REVIEW_DATA_PATH, in the servers' temporary directory) passes `rasa data validate`."""

from __future__ import annotations

import re
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
import requests
import yaml
from playwright.sync_api import Browser, BrowserContext, expect

from tests.browser.conftest import log_in
from tests.conftest import ROOT, Servers, rasa_cli
from tests.console_client import ConsoleUser, make_staff

pytestmark = [pytest.mark.integration, pytest.mark.browser]

# Messages the model does not understand (it falls back on them); the test takes the first that it still
# falls back on when the data changes. "qwzx blorf my toaster" is out of scope with 0.79, for example.
ASK_FOR_A_PERSON = "can I talk to a real person please"


@pytest.fixture
def contexts(browser: Browser, servers: Servers):
    opened: list[BrowserContext] = []

    def new() -> BrowserContext:
        context = browser.new_context(accept_downloads=True)
        opened.append(context)
        return context

    yield new
    for context in opened:
        context.close()


def _not_understood(servers: Servers) -> tuple[str, str, float]:
    """A message the model falls back on, its guess and the guess's confidence."""
    (text,) = servers.fallback_messages(1)
    guessed, confidence, fell_back = _guess(servers, text)
    assert fell_back
    return text, guessed, confidence


def _guess(servers: Servers, text: str) -> tuple[str, float, bool]:
    """What the model makes of the text: its guess (the best intent that is not the fallback), confidence,
    and whether it fell back."""
    parsed = requests.post(f"{servers.rasa_url}/model/parse", params={"token": servers.token}, json={"text": text},
                           timeout=30).json()
    guess = next(entry for entry in parsed["intent_ranking"] if entry["name"] != "nlu_fallback")
    return guess["name"], guess["confidence"], parsed["intent"]["name"] == "nlu_fallback"


def _items(servers: Servers, conversation_id: str) -> list[tuple]:
    with sqlite3.connect(servers.app_db) as db:
        return db.execute("SELECT id, text, guessed_intent, reason, status, label FROM review_items "
                          "WHERE conversation_id = ? ORDER BY id", (conversation_id,)).fetchall()


def _validate(servers: Servers, tmp_path: Path) -> None:
    """`rasa data validate` on a copy of data/ with the console's file in it."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    shutil.copy(servers.review_data_path, data / "nlu" / "review.yml")
    rasa_cli("data", "validate", "--domain", "config/domain.yml", "--data", str(data), "--config",
             "config/config.yml", "--fail-on-warnings", timeout=600)


def test_a_message_the_bot_did_not_understand_is_labelled_by_a_trainer_into_valid_training_data(
        contexts, servers, tmp_path):
    assert servers.review_data_path is not None and ROOT not in servers.review_data_path.parents
    gibberish, guessed, confidence = _not_understood(servers)
    sender = f"review-{uuid.uuid4().hex[:10]}"
    servers.say(sender, gibberish)
    ((item_id, text, guess, reason, status, _),) = _items(servers, sender)
    assert (text, guess, reason, status) == (gibberish, guessed, "fallback", "open")

    trainer = log_in(contexts(), servers, "trainer")
    expect(trainer).to_have_url(f"{servers.console_url}/review")  # the trainer's home is the review
    group = trainer.locator(f'section.review-group[data-intent="{guessed}"]')
    expect(group).to_have_count(1)
    with sqlite3.connect(servers.app_db) as db:
        (open_in_group,) = db.execute("SELECT count(*) FROM review_items WHERE status = 'open' AND guessed_intent = ?",
                                      (guessed,)).fetchone()
    expect(group.locator("h2 .count")).to_have_text(str(open_in_group))
    item = group.locator(f'li.review-item[data-item="{item_id}"]')
    expect(item.locator(".text")).to_have_text(gibberish)
    expect(item.locator(".meta")).to_contain_text("not understood")
    expect(item.locator(".meta")).to_contain_text(f"confidence {confidence:.2f}")

    # A new intent's name is checked: an existing one is refused and the item stays.
    item.locator('input[name="new_intent"]').fill("ask_parking")
    item.get_by_role("button", name="Label").click()
    expect(trainer.locator("p.notice")).to_contain_text("already an intent")
    expect(trainer.locator(f'li.review-item[data-item="{item_id}"]')).to_have_count(1)

    labelled_before = int(trainer.locator("#review-counts .labelled-count").inner_text())
    trainer.locator(f'li.review-item[data-item="{item_id}"]').get_by_role("button", name="Out of scope").click()
    expect(trainer.locator("p.notice")).to_contain_text("Labelled as out_of_scope")
    expect(trainer.locator(f'li.review-item[data-item="{item_id}"]')).to_have_count(0)
    expect(trainer.locator("#review-counts .labelled-count")).to_have_text(str(labelled_before + 1))
    assert _items(servers, sender)[0][4:] == ("labelled", "out_of_scope")

    document = yaml.safe_load(servers.review_data_path.read_text(encoding="utf-8"))
    blocks = {block["intent"]: block["examples"] for block in document["nlu"]}
    assert f"- {gibberish}\n" in blocks["out_of_scope"]
    with trainer.expect_download() as download:
        trainer.get_by_role("link", name=re.compile("Download the training file")).click()
    assert Path(download.value.path()).read_text(encoding="utf-8") == servers.review_data_path.read_text(
        encoding="utf-8")
    _validate(servers, tmp_path)
    assert trainer.errors == []


def test_agents_are_refused_the_review_page_and_its_forms(servers):
    agent = ConsoleUser(servers.console_url)
    agent.login(make_staff(servers.app_db, "agent"))
    assert agent.get("/review").status_code == 403
    assert agent.get("/review/export.yml").status_code == 403
    assert agent.post("/review/1/label", {"kind": "out_of_scope"}).status_code == 403
    assert agent.post("/review/1/dismiss").status_code == 403
    trainer = ConsoleUser(servers.console_url)
    trainer.login(make_staff(servers.app_db, "trainer"))
    assert trainer.get("/review").status_code == 200
    assert trainer.get("/queue").status_code == 403
    assert trainer.post("/review/1/dismiss", csrf="forged").status_code == 403


def test_an_agent_flags_a_misunderstood_message_and_the_trainer_sees_it(contexts, servers):
    sender = f"review-flag-{uuid.uuid4().hex[:10]}"
    servers.say(sender, ASK_FOR_A_PERSON)
    with sqlite3.connect(servers.app_db) as db:
        (escalation_id,) = db.execute("SELECT id FROM escalations WHERE conversation_id = ?", (sender,)).fetchone()
    agent = log_in(contexts(), servers, "agent", f"/conversations/{escalation_id}")
    expect(agent).to_have_url(f"{servers.console_url}/conversations/{escalation_id}")
    patient_line = agent.locator("#messages li.from-patient").filter(has_text=ASK_FOR_A_PERSON)
    patient_line.get_by_role("button", name="Bot misunderstood").click()
    expect(agent.locator("p.notice")).to_contain_text("in the trainers' review")
    ((item_id, text, guess, reason, status, _),) = _items(servers, sender)
    assert (text, guess, reason, status) == (ASK_FOR_A_PERSON, None, "staff_flagged", "open")
    with sqlite3.connect(servers.app_db) as db:
        assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'flag_misunderstood' AND conversation_id = ?",
                          (sender,)).fetchone() == (1,)

    trainer = log_in(contexts(), servers, "trainer")
    item = trainer.locator(f'section.review-group[data-intent=""] li.review-item[data-item="{item_id}"]')
    expect(item.locator(".meta")).to_contain_text("flagged by staff")
    item.get_by_role("button", name="Dismiss").click()
    expect(trainer.locator("p.notice")).to_contain_text("Dismissed")
    assert _items(servers, sender)[0][4] == "dismissed"
