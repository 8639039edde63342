"""Shared by the custom actions' tests: a tracker as the action server builds it."""

from rasa_sdk import Tracker


def _tracker(intent: str, entities: list[dict] | None = None, slots: dict | None = None) -> Tracker:
    return Tracker(
        sender_id="test",
        slots=slots or {},
        latest_message={"text": "...", "intent": {"name": intent}, "entities": entities or []},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )
