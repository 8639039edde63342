"""The secure chat's delivery of staff messages (bot.handoff.delivery): the page polls its transcript, so storing
the message is the delivery; the patient sees it now if their session is open."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa

from bot.handoff.delivery import Delivery, DeliveryResult, register
from bot.storage.database import app_database
from bot.storage.models import SecureSession, utc_now


@register
class SecureChatDelivery(Delivery):
    """The secure chat page polls its transcript: storing the message is the delivery."""

    channel = "secure"

    async def send(self, conversation_id: str, text: str) -> DeliveryResult:
        def session_open() -> bool:
            with app_database().session() as session:
                return session.scalars(
                    sa.select(SecureSession.token_hash).where(
                        SecureSession.conversation_id == conversation_id, SecureSession.expires_at > utc_now()
                    )
                ).first() is not None

        if await asyncio.to_thread(session_open):
            return DeliveryResult("delivered")
        return DeliveryResult("stored", "the patient's secure chat session has ended; the message is kept")
