"""Every log record loses the text of the messages being handled and anything sensitive."""

from __future__ import annotations

import asyncio
import copy
import json
import logging

import pytest

from bot import log_privacy
from bot.log_privacy import MESSAGE_PLACEHOLDER, message_texts


@pytest.fixture(autouse=True)
def installed() -> None:
    log_privacy.install()


def test_the_text_being_handled_is_replaced_in_any_logger(caplog):
    with caplog.at_level(logging.DEBUG), message_texts("where can i park tonight"):
        logging.getLogger("rasa.core.processor").debug("Received user message '%s'", "where can i park tonight")
        logging.getLogger("sanic.root").info('{"parse_data_text": "where can i park tonight"}')
    assert [r.getMessage() for r in caplog.records] == [
        f"Received user message '{MESSAGE_PLACEHOLDER}'",
        f'{{"parse_data_text": "{MESSAGE_PLACEHOLDER}"}}',
    ]


def test_json_escaped_forms_are_replaced_too(caplog):
    text = 'café "chez nous" 🙂 opening hours?'
    with caplog.at_level(logging.INFO), message_texts(text):
        logging.getLogger("structlog").info('{"text": %s}', json.dumps(text))
    assert caplog.records[0].getMessage() == f'{{"text": "{MESSAGE_PLACEHOLDER}"}}'


def test_after_the_block_the_text_is_no_longer_special(caplog):
    with message_texts("hello there"):
        pass
    with caplog.at_level(logging.INFO):
        logging.getLogger("x").info("hello there")
    assert caplog.records[0].getMessage() == "hello there"


def test_sensitive_details_are_redacted_in_any_record(caplog):
    with caplog.at_level(logging.INFO):
        logging.getLogger("rasa.core.tracker_store").info("event text: my SSN is %s", "123-45-6789")
    assert caplog.records[0].getMessage() == "event text: my SSN is [SSN]"


def test_tracebacks_are_scrubbed(caplog):
    with caplog.at_level(logging.ERROR), message_texts("my DOB is 04/12/1985"):
        try:
            raise ValueError("could not parse 'my DOB is 04/12/1985'")
        except ValueError:
            logging.getLogger("sanic.error").exception("handler failed")
    record = caplog.records[0]
    assert "04/12/1985" not in record.exc_text
    assert MESSAGE_PLACEHOLDER in record.exc_text
    assert "04/12/1985" not in logging.Formatter().format(record)


def test_a_hidden_text_is_replaced_whole_words_only(caplog):
    with caplog.at_level(logging.INFO), message_texts("Ann"):
        logging.getLogger("x").info("slot patient_name: Ann; Annual report; planning")
    assert caplog.records[0].getMessage() == f"slot patient_name: {MESSAGE_PLACEHOLDER}; Annual report; planning"


def test_texts_hidden_while_a_message_is_handled_stay_hidden_for_the_rest_of_it_and_not_beyond(caplog):
    processor = logging.getLogger("rasa.core.processor")

    async def handle_one_message() -> None:
        with message_texts("lisinopril 20 mg"):
            # e.g. the tracker, once loaded ("Kestrel Lodge": a care home, which no detector would redact alone)
            log_privacy.also_hide(["Quincy Oduya", "December 30, 1948", "Kestrel Lodge"])
            processor.debug("Action ended with events [BotUttered('Name: Quincy Oduya, born December 30, 1948')]")
            processor.debug("Current slot values: refill_medication: lisinopril 20 mg, discharge_to: Kestrel Lodge")

    with caplog.at_level(logging.DEBUG, logger="rasa.core.processor"):
        asyncio.run(handle_one_message())  # a request: its own task, its own copy of the context
        processor.info("another request: Kestrel Lodge")
    assert [r.getMessage() for r in caplog.records if r.name == processor.name] == [
        f"Action ended with events [BotUttered('Name: {MESSAGE_PLACEHOLDER}, born {MESSAGE_PLACEHOLDER}')]",
        f"Current slot values: refill_medication: {MESSAGE_PLACEHOLDER}, discharge_to: {MESSAGE_PLACEHOLDER}",
        "another request: Kestrel Lodge",  # the hidden texts of one conversation stay in its own logs
    ]


def test_each_line_of_a_hidden_reply_is_hidden_wherever_it_is_quoted(caplog):
    read_back = "Here is your request:\nName: Quincy Oduya\nDate of birth: December 30, 1948"
    rendered = json.dumps({"rasa_events": [f"BotUttered({read_back!r})", "BotUttered('Date of birth: "
                                                                        "December 30, 1948')"]})
    with caplog.at_level(logging.INFO), message_texts(read_back):
        logging.getLogger("structlog").info(rendered)
    logged = caplog.records[0].getMessage()
    assert "Oduya" not in logged and "1948" not in logged, logged


def test_an_event_replayed_in_another_message_has_its_texts_hidden_there_too(caplog):
    """also_hide_from skips an object whose texts this task's set already holds (Rasa applies a loaded tracker's
    events again for each copy of it) but never one another message's set took them into."""
    processor = logging.getLogger("rasa.core.processor")
    taken = []

    class Event:  # what DialogueStateTracker.update hands bot.rasa_patches
        text = "Quincy Oduya"

    def texts_of(event: Event) -> list[str]:
        taken.append(event)
        return [event.text]

    event = Event()

    async def handle_one_message() -> None:
        with message_texts("what are the visiting hours"):
            for _copy in range(3):
                log_privacy.also_hide_from(event, texts_of)
            copy.deepcopy(event)  # as Rasa does with an action's events: what marks the event copies too
            processor.debug("slot patient_name: Quincy Oduya")

    with caplog.at_level(logging.DEBUG, logger="rasa.core.processor"):
        asyncio.run(handle_one_message())
        asyncio.run(handle_one_message())  # the next message, the same event object (a tracker kept in memory)
    assert [r.getMessage() for r in caplog.records if r.name == processor.name] == [
        f"slot patient_name: {MESSAGE_PLACEHOLDER}"] * 2
    assert len(taken) == 2  # once a message


def test_a_full_name_in_any_log_line_is_redacted_even_outside_a_message(caplog):
    with caplog.at_level(logging.INFO):
        logging.getLogger("rasa.core.processor").info("another request: Quincy Oduya")
    assert caplog.records[0].getMessage() == "another request: [PERSON_NAME]"
