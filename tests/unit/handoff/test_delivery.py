"""bot.handoff.delivery: one registry of deliveries, which the channels with their own client fill."""

from __future__ import annotations

import pytest

from bot import conversation_ids
from bot.channels import rest, webchat  # noqa: F401 - what Rasa loads from credentials.yml
from bot.channels.messenger import channel  # noqa: F401
from bot.channels.secure_chat import SecureChatInput  # noqa: F401
from bot.handoff.delivery import DELIVERIES, Delivery, DeliveryFailed, delivery_for, register


def test_every_channel_a_conversation_id_names_has_one_delivery_once_the_channels_are_loaded():
    named = {conversation_ids.WEB_CHAT, conversation_ids.SECURE, conversation_ids.COMMENTS,
             conversation_ids.MESSENGER, conversation_ids.REST}
    assert set(DELIVERIES) == named
    assert {name: delivery.__module__ for name, delivery in DELIVERIES.items()} == {  # each channel owns its own
        conversation_ids.MESSENGER: "bot.channels.messenger.delivery",
        conversation_ids.COMMENTS: "bot.channels.messenger.delivery",
        conversation_ids.WEB_CHAT: "bot.channels.webchat",
        conversation_ids.SECURE: "bot.channels.secure_chat.delivery",
        conversation_ids.REST: "bot.channels.rest",
    }


def test_a_channel_without_a_delivery_is_refused_and_one_channel_has_one_delivery():
    with pytest.raises(DeliveryFailed, match="cannot be sent to the fax channel"):
        delivery_for("fax", [])

    class Another(Delivery):
        channel = conversation_ids.REST

    with pytest.raises(ValueError, match="two deliveries for the rest channel"):
        register(Another)
