"""Rasa's SQL tracker store with a second line of defence: user text is redacted again on save.

The channel guard already hands Rasa redacted text, so normally nothing changes here. This
store catches what reaches Rasa by another way (its HTTP API, a future channel that forgets
the guard): every string in user messages, entities and slot values passes bot.safety.redact
before it is written. Bot messages are stored as they are (they come from the facts file).

endpoints.yml: tracker_store: {type: bot.storage.tracker_store.RedactingSQLTrackerStore, url: ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from bot.safety import redact_strings

# Events whose strings may hold what a patient typed.
REDACTED_EVENT_TYPES = frozenset({"user", "slot", "entities", "user_featurization"})
# Keys whose values are names chosen by the bot, not text typed by a patient.
NAME_KEYS = frozenset(
    {"event", "timestamp", "input_channel", "message_id", "intent", "intent_ranking", "response_selector",
     "name", "entity", "role", "group", "extractor", "processors", "safety"}
)


def redacted_event(event: Event) -> Event:
    if event.type_name not in REDACTED_EVENT_TYPES:
        return event
    data = event.as_dict()
    redacted = redact_strings(data, keep=NAME_KEYS)
    return event if redacted == data else Event.from_parameters(redacted)


class RedactingSQLTrackerStore(SQLTrackerStore):
    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        for event in super()._additional_events(session, tracker):
            yield redacted_event(event)
