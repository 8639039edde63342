"""The handoff API the console calls on the Rasa server: the bearer token and the conversation id checked on every
route, then the transcript, staff messages (sent through the patient's channel, then stored), pause and resume."""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from types import SimpleNamespace
from typing import Any

import pytest
from rasa.core.channels.channel import InputChannel
from rasa.shared.core.constants import ACTION_LISTEN_NAME, EXTERNAL_MESSAGE_PREFIX
from rasa.shared.core.events import ActionExecuted, BotUttered, ConversationPaused, ConversationResumed, UserUttered

from bot.cluster.presence import LocalPresence
from bot.handoff.rasa_api import MAX_STAFF_MESSAGE_CHARS
from bot.secure import links
from tests.unit.handoff.conftest import TOKEN

REST_ID = "rest-patient-1"  # a conversation of the REST channel: its staff messages are stored for the client
WEB_ID = "web-" + "a" * 32
SECURE_ID = "secure-" + "b" * 32
ROUTES = [("GET", "/handoff/conversations/{}"), ("POST", "/handoff/conversations/{}/messages"),
          ("POST", "/handoff/conversations/{}/pause"), ("POST", "/handoff/conversations/{}/resume")]
NO_TOKEN = {"error": "a valid bearer token is required"}
BAD_TEXT = {"error": 'the body must be JSON: {"text": "..."}'}
STORED = {"status": "stored", "detail": "REST clients read staff messages from the conversation", "channel": "rest"}


def _said(*texts: str) -> list[Any]:
    return [UserUttered(text) for text in texts]


def _staff_said(events: list[Any]) -> list[tuple[str, Any]]:
    return [(event.text, event.metadata) for event in events if isinstance(event, BotUttered)]


class FakeWebChat(InputChannel):
    """The socket.io channel as a delivery sees it: who is in a conversation's room, and what was emitted.
    `broken`: asking who is there raises, as a bug in the channel would."""

    namespace = None
    bot_message_evt = "bot_uttered"

    def __init__(self, present: bool = True, broken: bool = False) -> None:
        self.emitted: list[tuple[str, dict, str]] = []
        self.present, self.broken = present, broken
        self.sio = SimpleNamespace(manager=SimpleNamespace(get_participants=self._participants), emit=self._emit)
        self.presence = LocalPresence(self.sio, "/")  # one process: the room's participants

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def _participants(self, namespace: str, room: str) -> list[str]:
        if self.broken:
            raise RuntimeError("the socket went away")
        return ["sid-1"] if self.present else []

    async def _emit(self, event: str, data: dict, room: str, namespace: str) -> None:
        self.emitted.append((event, data, room))


def _with_web_chat(api: Any, web_chat: FakeWebChat) -> Any:
    api.app.ctx.input_channels.append(web_chat)
    return api


# --- who may call it ---------------------------------------------------------------------------------------


def test_the_api_has_four_routes(api):
    assert [route for route in api.routes() if route[1].startswith("/handoff")] == sorted(
        (method, path.format("<conversation_id:str>")) for method, path in ROUTES)


@pytest.mark.parametrize("method, path", ROUTES)
def test_every_route_needs_the_bearer_token(api, method, path):
    api.add(REST_ID, *_said("hello"), ConversationPaused())
    url = path.format(REST_ID)
    for headers in ({}, {"Authorization": "Bearer wrong-token"}, {"Authorization": TOKEN},
                    {"Authorization": f"Basic {TOKEN}"}, {"Authorization": f"Bearer {TOKEN}x"}):
        reply = api.call(method, url, {"text": "hi"}, headers=headers)
        assert (reply.status_code, reply.json) == (401, NO_TOKEN), headers
    reply = api.call(method, f"{url}?token={TOKEN}", {"text": "hi"}, headers={})  # Rasa's own API takes this
    assert reply.status_code == 401
    assert api.events(REST_ID)[-1] == ConversationPaused()  # nothing happened


def test_without_a_configured_token_nothing_is_accepted(make_api):
    api = make_api(token="")
    api.add(REST_ID, *_said("hello"))
    for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": "Bearer anything"}):
        assert api.call("GET", f"/handoff/conversations/{REST_ID}", headers=headers).status_code == 401


@pytest.mark.parametrize("method, path", ROUTES)
def test_a_malformed_conversation_id_is_refused_after_the_token(api, method, path):
    for bad in ("-starts-with-a-dash", "x" * 129, "semi;colon"):
        reply = api.call(method, path.format(bad), {"text": "hi"})
        assert (reply.status_code, reply.json) == (400, {"error": "unknown conversation id"}), bad
        assert api.call(method, path.format(bad), {"text": "hi"}, headers={}).status_code == 401


@pytest.mark.parametrize("method, path", ROUTES)
def test_an_unknown_conversation_is_404(api, method, path):
    reply = api.call(method, path.format("rest-nobody"), {"text": "hi"})
    assert (reply.status_code, reply.json) == (404, {"error": "no such conversation"})
    assert api.events("rest-nobody") == []


# --- the transcript ----------------------------------------------------------------------------------------


def test_the_transcript_has_patient_bot_and_staff_messages_with_the_patients_flags(api):
    flags = {"safety": {"sensitive": True, "crisis": "self_harm", "kinds": ["mental_health"], "sentiment": -0.7}}
    api.add(
        REST_ID,
        UserUttered("I can't go on", metadata=flags),
        UserUttered(f"{EXTERNAL_MESSAGE_PREFIX}request_refill"),  # triggered by the server itself: not shown
        BotUttered("Open http://h/secure/enter/eyJhbGci.eyJqdGki.c2ln-_~ to continue"),
        BotUttered(""),
        BotUttered("I'm Ada, a nurse", metadata={"staff": "Nurse Ada"}),
        UserUttered("ok"),
        ConversationPaused(),
    )
    events = api.events(REST_ID)
    at = [event.timestamp for event in events if isinstance(event, (UserUttered, BotUttered))]
    reply = api.call("GET", f"/handoff/conversations/{REST_ID}")
    assert reply.status_code == 200
    assert reply.json == {
        "conversation_id": REST_ID,
        "channel": "rest",
        "paused": True,
        "messages": [
            {"from": "patient", "text": "I can't go on", "at": at[0], "sensitive": True, "crisis": "self_harm",
             "sentiment": -0.7},
            {"from": "bot", "staff_name": None, "text": "Open http://h/secure/enter/[one-time link] to continue",
             "at": at[2]},
            {"from": "staff", "staff_name": "Nurse Ada", "text": "I'm Ada, a nurse", "at": at[4]},
            {"from": "patient", "text": "ok", "at": at[5], "sensitive": False, "crisis": None, "sentiment": None},
        ],
    }


def test_the_transcript_names_the_channel_the_id_names(api):
    for conversation_id, channel in ((WEB_ID, "socketio"), (SECURE_ID, "secure"), ("12345", "messenger"),
                                     ("fbcomment-1_2", "facebook_comments")):
        api.add(conversation_id, *_said("hi"))
        reply = api.call("GET", f"/handoff/conversations/{conversation_id}")
        assert (reply.json["channel"], reply.json["paused"]) == (channel, False)


# --- staff messages ----------------------------------------------------------------------------------------


def test_a_staff_message_is_sent_through_the_patients_channel_then_stored(api):
    api.add(REST_ID, *_said("can I talk to someone"))
    reply = api.call("POST", f"/handoff/conversations/{REST_ID}/messages",
                     {"text": "  Hello, this is Ada.  ", "staff_name": "Nurse Ada"})
    assert (reply.status_code, reply.json) == (200, STORED)
    assert _staff_said(api.events(REST_ID)) == [("Hello, this is Ada.", {"staff": "Nurse Ada"})]


def test_a_staff_message_without_a_name_is_from_staff_and_a_long_name_is_cut(api):
    api.add(REST_ID, *_said("hello"))
    api.call("POST", f"/handoff/conversations/{REST_ID}/messages", {"text": "one"})
    api.call("POST", f"/handoff/conversations/{REST_ID}/messages", {"text": "two", "staff_name": "N" * 300})
    assert _staff_said(api.events(REST_ID)) == [("one", {"staff": "Staff"}), ("two", {"staff": "N" * 128})]


def test_a_patient_in_the_web_chat_gets_the_staff_message_live(api):
    web_chat = FakeWebChat()
    _with_web_chat(api, web_chat).add(WEB_ID, *_said("hello"))
    reply = api.call("POST", f"/handoff/conversations/{WEB_ID}/messages", {"text": "Hi, Ada here"})
    assert (reply.status_code, reply.json) == (200, {"status": "delivered", "detail": "", "channel": "socketio"})
    assert web_chat.emitted == [("bot_uttered", {"text": "Hi, Ada here"}, WEB_ID)]
    assert _staff_said(api.events(WEB_ID)) == [("Hi, Ada here", {"staff": "Staff"})]


def test_a_secure_chat_patient_gets_it_while_their_session_is_open(api, app_db):
    entry = links.redeem(app_db, links.issue(app_db, REST_ID, "rest").token)
    api.add(entry.conversation_id, *_said("hello"))
    url = f"/handoff/conversations/{entry.conversation_id}/messages"
    assert api.call("POST", url, {"text": "first"}).json == {"status": "delivered", "detail": "", "channel": "secure"}
    links.end_session(app_db, entry.session_token)
    assert api.call("POST", url, {"text": "second"}).json == {
        "status": "stored", "detail": "the patient's secure chat session has ended; the message is kept",
        "channel": "secure"}
    assert [text for text, _ in _staff_said(api.events(entry.conversation_id))] == ["first", "second"]


@pytest.mark.parametrize("body", ["{not json", "[1, 2]", '{"staff_name": "Ada"}', '{"text": 42}', '{"text": "  "}'])
def test_a_staff_message_without_text_is_refused(api, body):
    api.add(REST_ID, *_said("hello"))
    reply = api.call("POST", f"/handoff/conversations/{REST_ID}/messages", raw=body)
    assert (reply.status_code, reply.json) == (400, BAD_TEXT)
    assert _staff_said(api.events(REST_ID)) == []


def test_a_staff_message_over_the_limit_is_refused(api):
    api.add(REST_ID, *_said("hello"))
    longest = "x" * MAX_STAFF_MESSAGE_CHARS
    reply = api.call("POST", f"/handoff/conversations/{REST_ID}/messages", {"text": longest + "x"})
    assert (reply.status_code, reply.json) == (413, {"error": "a message may have up to 4000 characters"})
    assert api.call("POST", f"/handoff/conversations/{REST_ID}/messages", {"text": longest}).status_code == 200
    assert _staff_said(api.events(REST_ID)) == [(longest, {"staff": "Staff"})]


def test_a_message_the_channel_refuses_is_reported_and_not_stored(api, caplog):
    api.add(WEB_ID, *_said("hello"))  # no web chat channel runs in this server
    with caplog.at_level(logging.WARNING, logger="bot.handoff.rasa_api"):
        reply = api.call("POST", f"/handoff/conversations/{WEB_ID}/messages", {"text": "Are you there?"})
    assert (reply.status_code, reply.json) == (
        502, {"status": "failed", "detail": "the web chat channel is not running"})
    assert _staff_said(api.events(WEB_ID)) == []
    assert [record.getMessage() for record in caplog.records] == [
        f"Staff message to conversation {WEB_ID} not delivered: the web chat channel is not running"]


def test_a_bug_in_a_channel_is_a_failed_delivery_not_a_server_error(api, caplog):
    _with_web_chat(api, FakeWebChat(broken=True)).add(WEB_ID, *_said("hello"))
    with caplog.at_level(logging.WARNING, logger="bot.handoff.rasa_api"):
        reply = api.call("POST", f"/handoff/conversations/{WEB_ID}/messages", {"text": "Are you there?"})
    assert (reply.status_code, reply.json) == (
        502, {"status": "failed", "detail": "the socketio channel failed (RuntimeError)"})
    assert _staff_said(api.events(WEB_ID)) == []
    [record] = caplog.records
    assert record.getMessage() == f"Staff message to conversation {WEB_ID}: the socketio delivery failed"
    assert record.exc_info[0] is RuntimeError


# --- pause and resume --------------------------------------------------------------------------------------


def test_pause_stops_the_bot_once(api):
    api.add(REST_ID, *_said("hello"))
    for _ in range(2):
        reply = api.call("POST", f"/handoff/conversations/{REST_ID}/pause")
        assert (reply.status_code, reply.json) == (200, {"paused": True})
    events = api.events(REST_ID)
    assert [event for event in events if isinstance(event, ConversationPaused)] == [ConversationPaused()]
    assert api.call("GET", f"/handoff/conversations/{REST_ID}").json["paused"] is True


def test_resume_lets_the_bot_listen_again_and_says_so(api):
    api.add(REST_ID, *_said("hello"), ConversationPaused())
    reply = api.call("POST", f"/handoff/conversations/{REST_ID}/resume", {"text": "The assistant is back."})
    assert (reply.status_code, reply.json) == (200, STORED)
    assert api.events(REST_ID)[-3:] == [ConversationResumed(), ActionExecuted(ACTION_LISTEN_NAME),
                                        BotUttered("The assistant is back.")]
    assert api.events(REST_ID)[-1].metadata == {}  # the announcement is the bot's, not a staff member's


def test_resume_without_an_announcement_only_resumes(api):
    api.add(REST_ID, *_said("hello"), ConversationPaused())
    for body in (None, "{not json", '{"other": 1}'):
        reply = api.call("POST", f"/handoff/conversations/{REST_ID}/resume", raw=body) if body else api.call(
            "POST", f"/handoff/conversations/{REST_ID}/resume")
        assert (reply.status_code, reply.json) == (200, {"status": "resumed"})
    events = api.events(REST_ID)
    assert events[-2:] == [ConversationResumed(), ActionExecuted(ACTION_LISTEN_NAME)]  # once: then it was not paused
    assert not api.call("GET", f"/handoff/conversations/{REST_ID}").json["paused"]


@pytest.mark.parametrize("body, status", [('{"text": "  "}', 400), ('{"text": 7}', 400),
                                          ('{"text": "%s"}' % ("x" * 4001), 413)])
def test_resume_with_a_bad_announcement_changes_nothing(api, body, status):
    api.add(REST_ID, *_said("hello"), ConversationPaused())
    assert api.call("POST", f"/handoff/conversations/{REST_ID}/resume", raw=body).status_code == status
    assert api.events(REST_ID)[-1] == ConversationPaused()


def test_the_bot_is_resumed_even_when_its_announcement_cannot_be_sent(api):
    api.add(WEB_ID, *_said("hello"), ConversationPaused())
    reply = api.call("POST", f"/handoff/conversations/{WEB_ID}/resume", {"text": "The assistant is back."})
    assert (reply.status_code, reply.json["status"]) == (502, "failed")
    assert api.events(WEB_ID)[-2:] == [ConversationResumed(), ActionExecuted(ACTION_LISTEN_NAME)]


def test_timestamps_are_unix_times(api):
    api.add(REST_ID, *_said("hello"))
    [message] = api.call("GET", f"/handoff/conversations/{REST_ID}").json["messages"]
    assert abs(datetime.now(timezone.utc).timestamp() - message["at"]) < 60
