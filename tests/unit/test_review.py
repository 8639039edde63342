"""The trainers' review (bot.review): what is recorded, how it is grouped and labelled, and the Rasa data it writes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.training_data.loading import load_data
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.answers as answers_module
import actions.handoff as handoff_module
from bot import review
from bot.storage.database import Database
from tests.conftest import ROOT, rasa_cli

INTENTS = review.existing_intents()


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'app.db'}")
    database.ensure_schema()
    return database


def _message(text: str, intent: str, confidence: float, ranking: list[tuple[str, float]] | None = None) -> dict:
    ranking = ranking or [(intent, confidence)]
    return {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "intent_ranking": [{"name": name, "confidence": value} for name, value in ranking],
        "entities": [],
    }


def _fallback(text: str, guessed: str = "ask_parking", confidence: float = 0.31) -> dict:
    return _message(text, "nlu_fallback", 0.5, [("nlu_fallback", 0.5), (guessed, confidence), ("greet", 0.2)])


def _tracker(sender: str, message: dict, events: list[dict] | None = None) -> Tracker:
    return Tracker(sender_id=sender, slots={}, latest_message=message,
                   events=events or [{"event": "user", "text": message["text"], "parse_data": message,
                                      "input_channel": "rest"}],
                   paused=False, followup_action=None, active_loop={}, latest_action_name="action_listen")


def _rows(db: Database) -> list[tuple]:
    with sqlite3.connect(db.url.removeprefix("sqlite:///")) as connection:
        return connection.execute(
            "SELECT conversation_id, channel, text, guessed_intent, confidence, reason, status FROM review_items "
            "ORDER BY id").fetchall()


# --- recording ------------------------------------------------------------------------------------


def test_a_fallback_is_recorded_with_the_intent_the_model_guessed_from_the_ranking(db):
    assert review.record_if_unsure(db, "c1", "rest", _fallback("qwzx blorf my toaster")) is not None
    assert _rows(db) == [("c1", "rest", "qwzx blorf my toaster", "ask_parking", 0.31, "fallback", "open")]


def test_low_confidence_is_recorded_and_a_confident_message_is_not(db, monkeypatch):
    assert review.record_if_unsure(db, "c1", "rest", _message("parking maybe", "ask_parking", 0.69)) is not None
    assert review.record_if_unsure(db, "c1", "rest", _message("where do i park", "ask_parking", 0.7)) is None
    monkeypatch.setenv("REVIEW_CONFIDENCE", "0.95")
    assert review.record_if_unsure(db, "c2", "rest", _message("where do i park", "ask_parking", 0.9)) is not None
    assert [(row[0], row[5]) for row in _rows(db)] == [("c1", "low_confidence"), ("c2", "low_confidence")]


def test_button_payloads_and_empty_messages_are_skipped(db):
    assert review.record_if_unsure(db, "c1", "rest", _fallback("/ask_parking")) is None
    assert review.record_if_unsure(db, "c1", "rest", _fallback("   ")) is None
    assert _rows(db) == []


def test_secure_chat_text_is_not_kept_for_review(db):
    assert review.record_if_unsure(db, "secure-abc", "secure", _fallback("I'm diabetic, DOB 07/23/1979")) is None
    assert review.flag_by_staff(db, "secure-abc", "secure", "I'm diabetic, DOB 07/23/1979") is None
    assert _rows(db) == []


def test_public_text_is_stored_redacted(db):
    review.record_if_unsure(db, "web-abc", "socketio", _fallback("I'm diabetic and my DOB is 07/23/1979 qwzx"))
    (row,) = _rows(db)
    # deny by default once flagged: "qwzx" is outside the assistant's vocabulary, so it is masked as well
    assert row[1] == "socketio" and row[2] == "I'm [CONDITION] and my DOB is [DOB] [REDACTED]"
    assert b"diabetic" not in Path(db.url.removeprefix("sqlite:///")).read_bytes()


def test_recording_never_raises(monkeypatch):
    broken = Database("postgresql://nobody@127.0.0.1:1/app")
    assert review.record_if_unsure(broken, "c1", "rest", _fallback("qwzx")) is None


def test_the_out_of_scope_action_records_a_fallback_and_the_second_one_as_handed_off(db, monkeypatch):
    monkeypatch.setattr(handoff_module, "app_database", lambda: db)
    monkeypatch.setattr(handoff_module, "escalate", lambda *args, **kwargs: None)
    first = _fallback("qwzx blorf my toaster")
    answers_module.ActionOutOfScope().run(CollectingDispatcher(), _tracker("web-1", first), {})
    second = _fallback("blorf again", guessed="greet", confidence=0.4)
    events = [{"event": "user", "text": m["text"], "parse_data": m, "input_channel": "rest"} for m in (first, second)]
    answers_module.ActionOutOfScope().run(CollectingDispatcher(), _tracker("web-1", second, events), {})
    assert [(row[2], row[3], row[5]) for row in _rows(db)] == [
        ("qwzx blorf my toaster", "ask_parking", "fallback"),
        ("blorf again", "greet", "handed_off"),
    ]


def test_answer_and_hand_off_actions_record_low_confidence_only(db, monkeypatch):
    monkeypatch.setattr(handoff_module, "app_database", lambda: db)
    monkeypatch.setattr(handoff_module, "escalate", lambda *args, **kwargs: None)
    runs = [
        (answers_module.ActionParking(), _message("park?", "ask_parking", 0.99)),
        (answers_module.ActionParking(), _message("car?", "ask_parking", 0.55)),
        (answers_module.ActionHandOff(), _message("a human now", "request_human", 0.98)),
        (answers_module.ActionHandOff(), _message("human?", "request_human", 0.6)),
    ]
    for action, message in runs:
        action.run(CollectingDispatcher(), _tracker("web-2", message), {})
    assert [(row[2], row[3], row[5]) for row in _rows(db)] == [
        ("car?", "ask_parking", "low_confidence"),
        ("human?", "request_human", "low_confidence"),
    ]


# --- grouping and labelling -----------------------------------------------------------------------


def test_open_items_are_grouped_by_guess_largest_group_first(db):
    for text in ("a1", "a2"):
        review.record_if_unsure(db, "c1", "rest", _fallback(text, guessed="greet"))
    for text in ("b1", "b2", "b3"):
        review.record_if_unsure(db, "c1", "rest", _fallback(text, guessed="ask_parking"))
    review.flag_by_staff(db, "c2", "rest", "staff saw this")
    groups = review.open_groups(db)
    assert [(group.intent, group.count) for group in groups] == [("ask_parking", 3), ("greet", 2), (None, 1)]
    assert [item.text for item in groups[0].items] == ["b1", "b2", "b3"]


def test_labelled_and_dismissed_items_leave_the_open_list(db):
    first = review.record_if_unsure(db, "c1", "rest", _fallback("x1"))
    second = review.record_if_unsure(db, "c1", "rest", _fallback("x2"))
    item = review.label(db, first, "ask_parking", "existing", "tina", INTENTS)
    assert (item.status, item.label, item.label_kind) == ("labelled", "ask_parking", "existing")
    assert item.labelled_by == "tina"
    review.dismiss(db, second, "tina")
    assert review.open_groups(db) == []
    assert review.counts(db) == {"open": 0, "labelled": 1, "dismissed": 1}
    with pytest.raises(review.LabelRefused):
        review.label(db, first, "greet", "existing", "tina", INTENTS)


@pytest.mark.parametrize(("name", "kind", "stored"), [
    ("", "out_of_scope", "out_of_scope"),
    ("out_of_scope", "existing", "out_of_scope"),
    ("ask_parking", "existing", "ask_parking"),
    ("ask_wifi_password", "new", "ask_wifi_password"),
])
def test_valid_labels(db, name, kind, stored):
    item_id = review.record_if_unsure(db, "c1", "rest", _fallback("x"))
    assert review.label(db, item_id, name, kind, "tina", INTENTS).label == stored


@pytest.mark.parametrize(("name", "kind"), [
    ("no_such_intent", "existing"),
    ("ask_parking", "new"),  # exists already
    ("AskWifi", "new"),
    ("ab", "new"),
    ("a" * 41, "new"),
    ("ask wifi", "new"),
    ("_ask_wifi", "new"),
    ("ask__wifi", "new"),
    ("ask_wifi", "something"),
])
def test_invalid_labels_are_refused_and_the_item_stays_open(db, name, kind):
    item_id = review.record_if_unsure(db, "c1", "rest", _fallback("x"))
    with pytest.raises(review.LabelRefused):
        review.label(db, item_id, name, kind, "tina", INTENTS)
    assert review.get(db, item_id).status == "open"


def test_a_staff_flag_is_redacted_and_not_recorded_twice(db):
    text = "my SSN is 123-45-6789 and it qwzxblorfed"  # a word the assistant's vocabulary will never hold
    first = review.flag_by_staff(db, "web-xyz", "socketio", text)
    assert review.flag_by_staff(db, "web-xyz", "socketio", text) == first
    expected = "my SSN is [SSN] and it [REDACTED]"  # a flagged text keeps only the assistant's vocabulary
    assert _rows(db) == [("web-xyz", "socketio", expected, None, None, "staff_flagged", "open")]


# --- writing training data ------------------------------------------------------------------------


def _labelled(db: Database, text: str, name: str, kind: str = "existing") -> int:
    item_id = review.record(db, "c1", "rest", text, "ask_parking", 0.3, "fallback")
    review.label(db, item_id, name, kind, "tina", INTENTS)
    return item_id


def test_the_export_is_valid_rasa_nlu_data_sorted_and_without_entity_annotations(db, tmp_path):
    _labelled(db, "qwzx blorf my toaster", "out_of_scope")
    _labelled(db, "where do I leave the   car\nat night", "ask_parking")
    _labelled(db, "my [toaster](unit) broke at [CONDITION][SYMPTOM]{x}", "out_of_scope")
    _labelled(db, "I'm [CONDITION], can I park near [ICU]", "ask_parking")
    target, new_target = tmp_path / "data" / "review.yml", tmp_path / "review" / "new_intents.yml"
    review.export(db, target, new_target, data_dir=ROOT / "data")
    content = target.read_text(encoding="utf-8")
    assert content.startswith("# Generated from the staff console's review page")
    document = yaml.safe_load(content)
    assert document["version"] == "3.1"
    assert [block["intent"] for block in document["nlu"]] == ["ask_parking", "out_of_scope"]
    data = load_data(str(target))
    examples = {(m.get("intent"), m.get("text")) for m in data.intent_examples}
    assert examples == {
        ("ask_parking", "where do I leave the car at night"),
        ("ask_parking", "I'm [CONDITION], can I park near [ICU]"),
        ("out_of_scope", "qwzx blorf my toaster"),
        ("out_of_scope", "my [toaster] (unit) broke at [CONDITION] [SYMPTOM] {x}"),
    }
    assert not data.entity_examples  # nothing was read as an entity annotation
    again = tmp_path / "again.yml"
    review.export(db, again, new_target, data_dir=ROOT / "data")
    assert again.read_text(encoding="utf-8") == content  # deterministic


def test_duplicates_are_skipped_and_conflicts_are_not_written(db, tmp_path):
    same = _labelled(db, "Recommend  a good MOVIE", "out_of_scope")  # in data/nlu/out_of_scope.yml already
    conflict = _labelled(db, "What's the weather like?", "ask_parking")  # an out_of_scope example
    twice_a = _labelled(db, "blorf zz", "greet")
    twice_b = _labelled(db, "BLORF zz", "ask_phone")  # two trainers disagree
    _labelled(db, "something new", "ask_phone")
    target = tmp_path / "review.yml"
    plan = review.export(db, target, tmp_path / "new.yml", data_dir=ROOT / "data")
    assert plan.duplicates == 1
    assert {(c.item_id, c.other_intents, c.where) for c in plan.conflicts} == {
        (conflict, ("out_of_scope",), "training data"),
        (twice_a, ("ask_phone",), "review"),
        (twice_b, ("greet",), "review"),
    }
    assert same not in {c.item_id for c in plan.conflicts}
    written = {(m.get("intent"), m.get("text")) for m in load_data(str(target)).intent_examples}
    assert written == {("ask_phone", "something new")}


def test_new_intents_go_to_their_own_file_not_the_training_data(db, tmp_path):
    _labelled(db, "what is the wifi password", "ask_wifi_password", "new")
    _labelled(db, "qwzx", "out_of_scope")
    target, new_target = tmp_path / "data" / "review.yml", tmp_path / "review" / "new_intents.yml"
    review.export(db, target, new_target, data_dir=ROOT / "data")
    assert {m.get("intent") for m in load_data(str(target)).intent_examples} == {"out_of_scope"}
    assert "not training data yet" in new_target.read_text(encoding="utf-8").lower()
    assert {(m.get("intent"), m.get("text")) for m in load_data(str(new_target)).intent_examples} == {
        ("ask_wifi_password", "what is the wifi password")}


def test_paths_come_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("REVIEW_DATA_PATH", str(tmp_path / "a.yml"))
    monkeypatch.setenv("REVIEW_NEW_INTENTS_PATH", "somewhere/new.yml")
    assert review.data_path() == tmp_path / "a.yml"
    assert review.new_intents_path() == ROOT / "somewhere" / "new.yml"
    monkeypatch.delenv("REVIEW_DATA_PATH")
    assert review.data_path() == ROOT / "data" / "nlu" / "review.yml"


def test_the_exported_data_passes_rasa_data_validate(db, tmp_path):
    _labelled(db, "qwzx blorf my toaster", "out_of_scope")
    _labelled(db, "my [toaster](unit) is [CONDITION][SYMPTOM]", "out_of_scope")
    _labelled(db, "where might a car sleep tonight", "ask_parking")
    _labelled(db, "tell me a joke", "ask_parking")  # a conflict: must not reach the data
    _labelled(db, "what is the wifi password", "ask_wifi_password", "new")
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "nlu" / "review.yml").unlink(missing_ok=True)
    review.export(db, data / "nlu" / "review.yml", tmp_path / "new_intents.yml", data_dir=data)
    rasa_cli("data", "validate", "--domain", "config/domain.yml", "--data", str(data), "--config", "config/config.yml",
             "--fail-on-warnings", timeout=600)
