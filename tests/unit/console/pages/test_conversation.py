"""One conversation: the page and its transcript (both audited), claim, release, transfer, reply, send again,
notes, resolve and "bot misunderstood"."""

from __future__ import annotations

import pytest

from bot import review
from bot.console import records
from bot.handoff.client import DeliveryResult
from bot.handoff.messages import back_to_bot
from bot.handoff.rasa_api import MAX_STAFF_MESSAGE_CHARS
from bot.patient_requests import REQUESTS, submit
from tests.unit.console.conftest import (
    BAD_FORM,
    WRONG_ROLE,
    assert_back,
    assert_log_in_first,
    assert_refused,
    assert_sent_to_login,
)

CONVERSATION = "web-patient-1"
AT = 1767225600.25  # when the patient's message was received (a Unix time, as the handoff API gives it)
PATIENT_SAYS = "where do I leave the car for the blorf clinic"
ACTIONS = ("claim", "release", "transfer", "reply", "replies/1/retry", "notes", "resolve", "misunderstood")
OUT_OF_SCOPE = "This conversation is in a queue you do not work. Ask a supervisor to transfer it."


@pytest.fixture
def waiting(console) -> int:
    """A Patient services item, waiting, whose transcript has one patient message and the assistant's answer."""
    console.handoff.transcripts[CONVERSATION] = [
        {"from": "patient", "text": PATIENT_SAYS, "at": AT, "sensitive": False, "crisis": None, "sentiment": -0.4},
        {"from": "bot", "text": "Sorry, I did not get that.", "at": AT + 1},
    ]
    return console.escalate(CONVERSATION)


def _claimed_by(console, escalation_id: int, who) -> None:
    assert_back(console.post(f"/conversations/{escalation_id}/claim", who=who), f"/conversations/{escalation_id}")


def _page(escalation_id: int) -> str:
    return f"/conversations/{escalation_id}"


# --- who may ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("action", ACTIONS)
def test_every_form_needs_a_session(console, waiting, action):
    path = f"{_page(waiting)}/{action}"
    assert_sent_to_login(console.post(path, {"text": "hi"}), path)
    assert console.handoff.calls == [] and console.audit() == []


def test_the_page_needs_a_session_and_its_polling_answers_401(console, waiting):
    assert_sent_to_login(console.get(_page(waiting)), _page(waiting))
    assert_log_in_first(console.get(f"{_page(waiting)}/messages"))
    assert console.audit() == []


@pytest.mark.parametrize("action", [None, "messages", *ACTIONS])
def test_a_trainer_is_refused_everywhere(console, waiting, action):
    trainer = console.staff("trainer")
    path = _page(waiting) if action is None else f"{_page(waiting)}/{action}"
    reply = console.get(path, trainer) if action in (None, "messages") else console.post(path, {"text": "hi"}, trainer)
    if action == "messages":  # the page's polling: an answer a script reads
        assert (reply.status_code, reply.json) == (403, {"error": WRONG_ROLE})
    else:
        assert_refused(reply, WRONG_ROLE)
    assert console.handoff.calls == [] and console.audit() == []


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("token", [None, "forged-token"])
def test_a_form_without_the_session_csrf_token_changes_nothing(console, waiting, action, token):
    agent = console.staff("agent")
    reply = console.post(f"{_page(waiting)}/{action}", {"text": "hi", "queue": "billing"}, agent, csrf=token)
    assert_refused(reply, BAD_FORM)
    assert console.item(waiting).status == "open" and console.item(waiting).queue == "patient_services"
    assert console.handoff.calls == [] and console.audit() == []


def test_an_agent_of_other_queues_may_not_open_or_act_on_it(console, waiting):
    billing_agent = console.staff("agent", queues=("billing",))
    assert_refused(console.get(_page(waiting), billing_agent), OUT_OF_SCOPE)
    polled = console.get(f"{_page(waiting)}/messages", billing_agent)
    assert polled.status_code == 403
    assert polled.json == {"error": "this conversation is in a queue you do not work"}
    assert_refused(console.post(f"{_page(waiting)}/claim", who=billing_agent), OUT_OF_SCOPE)
    assert console.item(waiting).status == "open"
    assert console.handoff.calls == [] and console.audit() == []


def test_a_missing_conversation_is_404(console):
    agent = console.staff("agent")
    page = console.get("/conversations/999", agent)
    assert page.status_code == 404 and "There is no such conversation." in page.text
    polled = console.get("/conversations/999/messages", agent)
    assert polled.status_code == 404 and polled.json == {"error": "no such conversation"}
    claimed = console.post("/conversations/999/claim", who=agent)
    assert claimed.status_code == 404 and "There is no such conversation." in claimed.text
    assert console.audit() == []


# --- reading ---------------------------------------------------------------------------------------


def test_opening_the_page_shows_the_transcript_and_is_audited(console, waiting):
    agent = console.staff("agent")
    reply = console.get(f"{_page(waiting)}?notice=Hello%20there", agent)
    assert reply.status_code == 200
    assert PATIENT_SAYS in reply.text and "Sorry, I did not get that." in reply.text
    assert '<p class="notice" role="status">Hello there</p>' in reply.text
    assert f'name="csrf" value="{agent.csrf}"' in reply.text
    assert f'action="/conversations/{waiting}/claim"' in reply.text
    assert console.handoff.called("transcript") == [(CONVERSATION,)]
    assert console.audit() == [(agent.id, agent.username, "open_transcript", "127.0.0.1", CONVERSATION, waiting, "")]


def test_each_reload_of_the_transcript_is_audited(console, waiting):
    agent = console.staff("agent")
    for _ in range(2):
        reply = console.get(f"{_page(waiting)}/messages", agent)
        assert reply.status_code == 200 and PATIENT_SAYS in reply.text and "<html" not in reply.text
    read = (agent.id, agent.username, "read_transcript", "127.0.0.1", CONVERSATION, waiting, "")
    assert console.audit() == [read, read]


def test_the_page_still_opens_when_the_assistant_server_is_down(console, waiting):
    console.handoff.down.add("transcript")
    reply = console.get(_page(waiting), console.staff("agent"))
    assert reply.status_code == 200
    assert "The transcript cannot be loaded: the assistant server cannot be reached (transcript)" in reply.text
    assert [row[2] for row in console.audit()] == ["open_transcript"]


def test_a_resolved_conversation_shows_only_what_came_before_its_resolution(console, waiting):
    agent = console.staff("agent")
    console.post(f"{_page(waiting)}/resolve", who=agent)
    console.handoff.transcripts[CONVERSATION].append({"from": "patient", "text": "a later question", "at": 4e9})
    reply = console.get(_page(waiting), agent)
    assert PATIENT_SAYS in reply.text and "a later question" not in reply.text
    assert "the patient is back with the assistant" in reply.text


def test_a_request_from_the_secure_chat_shows_its_details(console):
    task = submit(console.db, "secure-abc", REQUESTS["refill_request"],
                  {"refill_medication": "metformin", "refill_pharmacy": "Main St", "patient_name": "Ann Lee",
                   "patient_dob": "01/02/1980", "patient_phone": None})
    item = console.escalate("secure-abc", reason="secure_request", channel="secure", staff_task_id=task)
    reply = console.get(_page(item), console.staff("agent"))
    assert "<dt>Medication</dt><dd>metformin</dd>" in reply.text and "<dt>Phone</dt><dd>-</dd>" in reply.text


# --- claim, release, transfer ----------------------------------------------------------------------


def test_claiming_pauses_the_assistant_and_is_audited(console, waiting):
    agent = console.staff("agent")
    assert_back(console.post(f"{_page(waiting)}/claim", who=agent), _page(waiting))
    item = console.item(waiting)
    assert (item.status, item.claimed_by) == ("claimed", agent.id)
    assert console.handoff.called("pause") == [(CONVERSATION,)]
    assert console.audit() == [(agent.id, agent.username, "claim", "127.0.0.1", CONVERSATION, waiting, "")]


def test_a_claim_stands_when_the_assistant_cannot_be_paused(console, waiting):
    console.handoff.down.add("pause")
    agent = console.staff("agent")
    assert_back(console.post(f"{_page(waiting)}/claim", who=agent), _page(waiting),
                "Claimed, but the assistant could not be paused: the assistant server cannot be reached (pause)")
    assert console.item(waiting).claimed_by == agent.id
    assert [row[2] for row in console.audit()] == ["claim"]


def test_a_conversation_another_agent_has_cannot_be_claimed(console, waiting):
    first, second = console.staff("agent", name="Ann First"), console.staff("agent")
    _claimed_by(console, waiting, first)
    assert_back(console.post(f"{_page(waiting)}/claim", who=second), _page(waiting),
                "Ann First has already claimed this conversation.")
    assert console.item(waiting).claimed_by == first.id
    assert [row[1] for row in console.audit()] == [first.username]


def test_releasing_puts_it_back_in_the_queue(console, waiting):
    agent = console.staff("agent")
    _claimed_by(console, waiting, agent)
    assert_back(console.post(f"{_page(waiting)}/release", who=agent), "/queue")
    assert console.item(waiting).status == "open" and console.item(waiting).claimed_by is None
    assert console.audit()[-1] == (agent.id, agent.username, "release", "127.0.0.1", CONVERSATION, waiting, "")


def test_only_the_claimer_or_a_supervisor_releases(console, waiting):
    owner, other, supervisor = console.staff("agent"), console.staff("agent"), console.staff("supervisor")
    _claimed_by(console, waiting, owner)
    assert_back(console.post(f"{_page(waiting)}/release", who=other), _page(waiting),
                "Only the agent who claimed it (or a supervisor) can release it.")
    assert console.item(waiting).claimed_by == owner.id
    assert_back(console.post(f"{_page(waiting)}/release", who=supervisor), "/queue")
    assert [row[2] for row in console.audit()] == ["claim", "release"]


def test_transferring_moves_it_to_another_queue_unclaimed(console, waiting):
    agent = console.staff("agent")
    _claimed_by(console, waiting, agent)
    assert_back(console.post(f"{_page(waiting)}/transfer", {"queue": "billing"}, agent), "/queue")
    item = console.item(waiting)
    assert (item.queue, item.status, item.claimed_by) == ("billing", "open", None)
    assert console.audit()[-1] == (agent.id, agent.username, "transfer", "127.0.0.1", CONVERSATION, waiting,
                                   "patient_services -> billing")


@pytest.mark.parametrize("target", ["", "nowhere"])
def test_a_transfer_needs_a_known_queue(console, waiting, target):
    agent = console.staff("agent")
    assert_back(console.post(f"{_page(waiting)}/transfer", {"queue": target}, agent), _page(waiting),
                "Choose a queue to transfer to.")
    assert console.item(waiting).queue == "patient_services" and console.audit() == []


def test_another_agents_conversation_is_not_transferred(console, waiting):
    owner, other = console.staff("agent"), console.staff("agent")
    _claimed_by(console, waiting, owner)
    assert_back(console.post(f"{_page(waiting)}/transfer", {"queue": "billing"}, other), _page(waiting),
                "Another agent has this conversation; only they or a supervisor can move it.")
    assert console.item(waiting).queue == "patient_services"


# --- replies and notes -----------------------------------------------------------------------------


def test_a_reply_is_kept_sent_through_the_handoff_api_and_audited(console, waiting):
    agent = console.staff("agent", name="Dana Reyes")
    _claimed_by(console, waiting, agent)
    assert_back(console.post(f"{_page(waiting)}/reply", {"text": "  Parking is in lot B.  "}, agent), _page(waiting))
    assert console.handoff.called("send") == [(CONVERSATION, "Parking is in lot B.", "Dana Reyes")]
    assert [(reply.text, reply.status) for reply in records.replies_of(console.db, waiting)] == [
        ("Parking is in lot B.", "delivered")]
    assert console.audit()[-1] == (agent.id, agent.username, "reply", "127.0.0.1", CONVERSATION, waiting, "")


def test_a_reply_that_was_only_stored_says_so(console, waiting):
    console.handoff.sent = DeliveryResult("stored", "the patient has left the chat")
    agent = console.staff("agent")
    _claimed_by(console, waiting, agent)
    assert_back(console.post(f"{_page(waiting)}/reply", {"text": "hello"}, agent), _page(waiting),
                "Your message is in the conversation, but the patient has left the chat.")


def test_an_undelivered_reply_is_shown_and_can_be_sent_again_audited(console, waiting):
    console.handoff.sent = DeliveryResult("failed", "the web chat is closed")
    agent = console.staff("agent")
    _claimed_by(console, waiting, agent)
    assert_back(console.post(f"{_page(waiting)}/reply", {"text": "hello"}, agent), _page(waiting),
                "Your message was NOT delivered: the web chat is closed. It is kept below; send it again when you can.")
    [kept] = records.replies_of(console.db, waiting)
    page = console.get(_page(waiting), agent).text
    assert "not delivered</strong>: the web chat is closed" in page
    assert f'action="/conversations/{waiting}/replies/{kept.id}/retry"' in page
    console.handoff.sent = DeliveryResult("delivered")
    assert_back(console.post(f"{_page(waiting)}/replies/{kept.id}/retry", who=agent), _page(waiting))
    assert [reply.status for reply in records.replies_of(console.db, waiting)] == ["delivered"]
    assert console.handoff.called("send") == [(CONVERSATION, "hello", agent.display_name)] * 2
    assert [row[2] for row in console.audit()] == ["claim", "reply", "open_transcript", "retry_reply"]
    assert console.audit()[-1][-1] == f"reply {kept.id}"
    assert_back(console.post(f"{_page(waiting)}/replies/{kept.id}/retry", who=agent), _page(waiting),
                "That message has already been sent.")


@pytest.mark.parametrize("text", ["", "   ", "x" * (MAX_STAFF_MESSAGE_CHARS + 1)])
def test_a_reply_must_have_a_sensible_length(console, waiting, text):
    agent = console.staff("agent")
    _claimed_by(console, waiting, agent)
    assert_back(console.post(f"{_page(waiting)}/reply", {"text": text}, agent), _page(waiting),
                f"Write a message of 1 to {MAX_STAFF_MESSAGE_CHARS} characters.")
    assert console.handoff.called("send") == [] and records.replies_of(console.db, waiting) == []


def test_only_the_agent_who_claimed_it_replies(console, waiting):
    owner, other = console.staff("agent"), console.staff("supervisor")
    message = "Claim the conversation before replying. Nothing was sent."
    assert_back(console.post(f"{_page(waiting)}/reply", {"text": "hi"}, owner), _page(waiting), message)
    _claimed_by(console, waiting, owner)
    assert_back(console.post(f"{_page(waiting)}/reply", {"text": "hi"}, other), _page(waiting), message)
    assert console.handoff.called("send") == []


def test_nothing_is_sent_to_a_resolved_conversation(console, waiting):
    agent = console.staff("agent")
    console.post(f"{_page(waiting)}/resolve", who=agent)
    assert_back(console.post(f"{_page(waiting)}/reply", {"text": "hi"}, agent), _page(waiting),
                "This conversation is resolved: the patient is back with the assistant. Nothing was sent.")


def test_a_note_is_kept_for_staff_and_audited(console, waiting):
    agent = console.staff("agent", name="Dana Reyes")
    assert_back(console.post(f"{_page(waiting)}/notes", {"text": " Called back at 3 pm "}, agent), _page(waiting))
    assert [(note.author, note.text) for note in records.notes_of(console.db, waiting)] == [
        ("Dana Reyes", "Called back at 3 pm")]
    assert console.audit() == [(agent.id, agent.username, "note", "127.0.0.1", CONVERSATION, waiting, "")]
    assert "Called back at 3 pm" in console.get(_page(waiting), agent).text


@pytest.mark.parametrize("text", ["", "x" * 4001])
def test_a_note_must_have_a_sensible_length(console, waiting, text):
    agent = console.staff("agent")
    assert_back(console.post(f"{_page(waiting)}/notes", {"text": text}, agent), _page(waiting),
                "Write a note of 1 to 4000 characters.")
    assert records.notes_of(console.db, waiting) == [] and console.audit() == []


# --- resolve ---------------------------------------------------------------------------------------


def test_resolving_resumes_the_assistant_first_and_is_audited(console, waiting):
    agent = console.staff("agent", name="Dana Reyes")
    _claimed_by(console, waiting, agent)
    assert_back(console.post(f"{_page(waiting)}/resolve", who=agent), "/queue")
    assert console.handoff.called("resume") == [(CONVERSATION, back_to_bot("Dana Reyes"))]
    assert console.item(waiting).status == "resolved"
    assert console.audit()[-1] == (agent.id, agent.username, "resolve", "127.0.0.1", CONVERSATION, waiting, "")


def test_a_conversation_is_not_resolved_while_the_assistant_cannot_resume(console, waiting):
    console.handoff.down.add("resume")
    agent = console.staff("agent")
    assert_back(console.post(f"{_page(waiting)}/resolve", who=agent), _page(waiting),
                "Not resolved: the assistant could not be resumed (the assistant server cannot be reached (resume)). "
                "Try again.")
    assert console.item(waiting).status == "open" and console.audit() == []


def test_resolved_but_the_patient_not_told_says_so(console, waiting):
    console.handoff.resumed = DeliveryResult("failed", "the chat is closed")
    agent = console.staff("agent")
    assert_back(console.post(f"{_page(waiting)}/resolve", who=agent), _page(waiting),
                "Resolved and the assistant is back, but the patient was not told: the chat is closed.")
    assert console.item(waiting).status == "resolved" and [row[2] for row in console.audit()] == ["resolve"]


def test_resolving_twice_or_someone_elses_conversation_is_refused(console, waiting):
    owner, other = console.staff("agent"), console.staff("agent")
    _claimed_by(console, waiting, owner)
    assert_back(console.post(f"{_page(waiting)}/resolve", who=other), _page(waiting),
                "Another agent has this conversation; only they or a supervisor can resolve it.")
    console.post(f"{_page(waiting)}/resolve", who=owner)
    assert_back(console.post(f"{_page(waiting)}/resolve", who=owner), _page(waiting),
                "This conversation is already resolved.")
    assert len(console.handoff.called("resume")) == 1


# --- bot misunderstood -----------------------------------------------------------------------------


def test_a_misunderstood_message_goes_to_the_trainers_review_and_is_audited(console, waiting):
    agent = console.staff("agent")
    reply = console.post(f"{_page(waiting)}/misunderstood", {"at": str(AT)}, agent)
    assert_back(reply, _page(waiting), "Thank you: the message is in the trainers' review.")
    [group] = review.open_groups(console.db)
    [item] = group.items
    assert (item.conversation_id, item.text) == (CONVERSATION, PATIENT_SAYS)
    assert console.audit() == [(agent.id, agent.username, "flag_misunderstood", "127.0.0.1", CONVERSATION, waiting,
                                f"review item {item.id}")]


def test_a_message_no_longer_in_the_transcript_is_not_flagged(console, waiting):
    agent = console.staff("agent")
    assert_back(console.post(f"{_page(waiting)}/misunderstood", {"at": "123.0"}, agent), _page(waiting),
                "That message is no longer in the conversation.")
    assert review.open_groups(console.db) == [] and console.audit() == []


def test_nothing_is_flagged_when_the_transcript_cannot_be_loaded(console, waiting):
    console.handoff.down.add("transcript")
    agent = console.staff("agent")
    assert_back(console.post(f"{_page(waiting)}/misunderstood", {"at": str(AT)}, agent), _page(waiting),
                "Not recorded: the transcript cannot be loaded (the assistant server cannot be reached (transcript)).")


def test_a_secure_chat_message_is_never_copied_to_the_review(console):
    console.handoff.transcripts["secure-abc"] = [{"from": "patient", "text": "my results", "at": AT}]
    item = console.escalate("secure-abc", channel="secure")
    agent = console.staff("agent")
    assert_back(console.post(f"{_page(item)}/misunderstood", {"at": str(AT)}, agent), _page(item),
                "Not recorded: secure-chat messages stay in the encrypted conversation only.")
    assert review.open_groups(console.db) == [] and console.audit() == []
