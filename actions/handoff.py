"""Handing a conversation to staff (thin: queue and texts are in bot.handoff).

Used by `action_hand_off` (a request for a person, a complaint, a billing dispute or a clinical
question) and by the out-of-scope answer after two misunderstandings in a row (actions/answers.py).
While the desk is staffed the bot pauses (ConversationPaused) and the patient is told someone will
reply here; otherwise they hear when the desk opens and the item waits in the queue as a follow-up.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from rasa_sdk import Tracker
from rasa_sdk.events import ConversationPaused, EventType
from rasa_sdk.executor import CollectingDispatcher

from bot import conversation_ids
from bot.facts import HospitalFacts
from bot.handoff import REASONS
from bot.handoff.messages import desk, handed_off
from bot.handoff.queue import escalate
from bot.nlu_quality import FALLBACK_INTENT
from bot.replies import SafetyFlags, SecureLink, chat_place, plan, render
from bot.review import record_if_unsure
from bot.safety import screen
from bot.secure import SECURE_PREVIEW, is_secure_conversation
from bot.storage.database import app_database

logger = logging.getLogger(__name__)


def hand_off(dispatcher: CollectingDispatcher, tracker: Tracker, facts: HospitalFacts, reason: str,
             link: SecureLink | None = None) -> list[EventType]:
    """Open (or update) the conversation's queue item and tell the patient what happens next, with what
    the plan of bot.replies says around it (`link`: issued by the caller when that plan offers one)."""
    if reason == "repeated_misunderstanding":
        note_if_unsure(tracker, handed_off=True)
    now = datetime.now(timezone.utc)
    metadata = tracker.latest_message.get("metadata") or {}
    flags = SafetyFlags.from_metadata(metadata)
    queue = REASONS[reason][1]
    text, live = handed_off(facts, reason, queue, now)
    safety = metadata.get("safety") if isinstance(metadata.get("safety"), dict) else {}
    if is_secure_conversation(tracker.sender_id):
        preview = SECURE_PREVIEW  # its text stays in the encrypted store, even redacted
    else:
        preview = screen(tracker.latest_message.get("text") or "")[1]
    try:
        escalate(
            app_database(),
            tracker.sender_id,
            conversation_ids.channel_of(tracker.sender_id),
            reason,
            preview,
            mode="live" if live else "callback",
            crisis=flags.crisis,
            sensitive=flags.sensitive,
            compound=safety.get("sentiment") if isinstance(safety.get("sentiment"), (int, float)) else None,
        )
    except Exception as error:  # noqa: BLE001 - no queue item: give the phone number, and keep answering
        logger.error("Could not hand off conversation %s: %s", tracker.sender_id, type(error).__name__)
        team = desk(facts, queue)
        text, live = (
            f"Sorry, I couldn't reach our {team.name} from here just now. Please call them on {team.phone}.",
            False,
        )
    for reply in render(plan(flags, reason, chat_place(tracker.sender_id)), facts, now, answer=text, link=link):
        dispatcher.utter_message(text=reply)
    return [ConversationPaused()] if live else []


def note_if_unsure(tracker: Tracker, handed_off: bool = False) -> None:
    """Keep the latest message for the trainers' review if the assistant was unsure of it (bot.review).
    Never raises: a failure is logged (without text) and the answer goes on."""
    record_if_unsure(app_database(), tracker.sender_id, tracker.get_latest_input_channel() or "unknown",
                     tracker.latest_message, handed_off=handed_off)


def misunderstood_twice(tracker: Tracker) -> bool:
    """Whether the latest message is the second in a row not understood (NLU fallback).

    Only the second: a third is answered as usual rather than handed off again.
    """
    intents = [
        (event.get("parse_data") or {}).get("intent", {}).get("name")
        for event in tracker.events
        if event.get("event") == "user" and not (event.get("text") or "").startswith("EXTERNAL: ")
    ]
    streak = 0
    for intent in reversed(intents):
        if intent != FALLBACK_INTENT:
            break
        streak += 1
    return streak == 2

