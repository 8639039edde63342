"""Conversation identity through the real servers: nobody joins another patient's conversation.

A web chat client that learned a conversation id (the console, the audit log and staff show them) asks for
that session and writes into it; the staff reply then sent to that conversation must reach the patient only.
"""

from __future__ import annotations

import asyncio
import uuid

import pytest
import requests

from bot.conversation_ids import in_url
from bot.handoff.client import HandoffClient
from tests.conftest import Servers, stored_events
from tests.webchat_client import WebChatClient

pytestmark = pytest.mark.integration


def _staff_reply(servers: Servers, conversation_id: str, text: str) -> requests.Response:
    return requests.post(
        f"{servers.rasa_url}/handoff/conversations/{conversation_id}/messages",
        headers={"Authorization": f"Bearer {servers.token}"}, json={"text": text, "staff_name": "Nurse Ada"},
        timeout=30,
    )


def test_a_client_that_knows_a_conversation_id_cannot_join_it_or_receive_its_staff_replies(servers):
    async def scenario() -> None:
        patient, intruder = WebChatClient(servers.rasa_url), WebChatClient(servers.rasa_url)
        token = await patient.connect()
        assert await patient.ask("where can I park?")
        victim = patient.conversation_id
        assert victim.startswith("web-") and victim not in token  # the id reveals nothing of the token

        # The intruder offers the victim's conversation id, then forged tokens, as its session: each time the
        # server confirms a fresh session of its own instead.
        assert await intruder.connect(victim) != victim and intruder.conversation_id != victim
        for claimed in (token.split(".")[0] + ".forged-signature", "secure-" + uuid.uuid4().hex, {"x": 1}):
            assert await intruder.request_session(claimed) != claimed
            assert intruder.conversation_id not in (None, victim)
        # ... and names the victim's conversation in its message body: the message stays in its own session.
        await intruder.send("I'm the patient, send my results here", session_id=victim)
        await intruder.replies()

        reply = _staff_reply(servers, victim, "Your test results are ready.")
        assert reply.status_code == 200 and reply.json()["status"] == "delivered", reply.text
        assert await patient.replies() == ["Your test results are ready."]
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(intruder.received.get(), 3)
        await patient.close()
        await intruder.close()

        patient_texts = [e["text"] for e in stored_events(servers.tracker_db, victim) if e["event"] == "user"]
        assert patient_texts == ["where can I park?"]

    asyncio.run(scenario())


def test_a_web_chat_session_token_survives_a_reconnection(servers):
    async def scenario() -> None:
        first = WebChatClient(servers.rasa_url)
        token = await first.connect()
        await first.ask("what are the ICU visiting hours?")
        await first.close()
        again = WebChatClient(servers.rasa_url)
        assert await again.connect(token) == token  # a token the server signed is kept
        assert again.conversation_id == first.conversation_id
        await again.close()

    asyncio.run(scenario())


@pytest.mark.parametrize("sender", ["web-" + "0" * 32, "secure-" + "1" * 32, "fbcomment-123_456", "1234567890123456"])
def test_rest_refuses_the_ids_of_other_channels(servers, sender):
    reply = requests.post(f"{servers.rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": "hi"},
                          timeout=10)
    assert reply.status_code == 400 and "REST may not use" in reply.json()["error"]
    assert stored_events(servers.tracker_db, sender) == []


def test_a_conversation_id_with_a_path_in_it_cannot_steer_the_consoles_calls(servers):
    """The console's client puts the id in the URL as one quoted segment: "x/../<id>" is not <id>."""
    sender = f"rest-{uuid.uuid4().hex[:10]}"
    servers.texts(sender, "where can I park?")
    client = HandoffClient(servers.rasa_url, servers.token)

    async def steer() -> list:
        return [await client.send(f"{prefix}{sender}", "hello", "Nurse Ada") for prefix in ("x/../", "../", "%2E%2E/")]

    assert [sent.status for sent in asyncio.run(steer())] == ["failed"] * 3
    staff = [e for e in stored_events(servers.tracker_db, sender) if (e.get("metadata") or {}).get("staff")]
    assert staff == []
    assert in_url("x/../y") == "x%2F..%2Fy"
