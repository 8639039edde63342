"""Staff messages to Messenger conversations and page comments (bot.handoff.delivery's registry).

Registered when the Messenger channel is loaded (bot.channels.messenger.channel imports this module), so the
handoff API sends through them without importing the channel.
"""

from __future__ import annotations

import asyncio

from bot.channels.messenger.graph import GraphError, window_for
from bot.channels.messenger.inbox import last_patient_message_at
from bot.channels.messenger.webhook import COMMENT_PREFIX
from bot.handoff.delivery import Delivery, DeliveryFailed, DeliveryResult, register
from bot.storage.database import app_database


@register
class MessengerDelivery(Delivery):
    """Messenger's Send API, within the policy's windows: a normal reply up to 24 hours after the
    patient's last message, then with the HUMAN_AGENT tag up to 7 days, then not at all."""

    channel = "messenger"

    async def send(self, conversation_id: str, text: str) -> DeliveryResult:
        messenger = self.input_channel()
        if messenger is None:
            raise DeliveryFailed("the Messenger channel is not running")
        last = await asyncio.to_thread(last_patient_message_at, app_database(), conversation_id)
        try:
            window = window_for(last, from_staff=True)
            await messenger.graph.send_text(conversation_id, text, window)
        except GraphError as error:
            raise DeliveryFailed(f"Messenger: {error.reason}") from error
        if window.tag:
            return DeliveryResult("delivered",
                                  "sent with Messenger's HUMAN_AGENT tag (the patient wrote over 24 hours ago)")
        return DeliveryResult("delivered")


@register
class CommentDelivery(Delivery):
    """A page comment's author is reached by a private reply to the comment (Facebook allows one)."""

    channel = "facebook_comments"

    async def send(self, conversation_id: str, text: str) -> DeliveryResult:
        messenger = next((c for c in self.input_channels if c.name() == "messenger"), None)
        if messenger is None:
            raise DeliveryFailed("the Messenger channel is not running")
        try:
            await messenger.graph.private_reply(conversation_id.removeprefix(COMMENT_PREFIX), text)
        except GraphError as error:
            raise DeliveryFailed(
                f"Facebook refused a private reply to the comment ({error.reason}); it allows one per comment, "
                "within 7 days: ask the patient to message the page"
            ) from error
        return DeliveryResult("delivered", "sent privately in Messenger to the comment's author")
