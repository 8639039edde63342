"""Human handoff over real HTTP: REST patient, the real Rasa and action servers, and the staff console."""

from __future__ import annotations

import re
import sqlite3
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from bot.handoff import queue
from bot.handoff.messages import back_to_bot
from bot.storage.database import Database
from tests.conftest import Servers, stored_events
from tests.console_client import ConsoleUser, make_staff

pytestmark = pytest.mark.integration

ASK_FOR_A_PERSON = "i want to talk to a person please"


def _sender() -> str:
    return f"handoff-{uuid.uuid4().hex[:10]}"


def _escalation(servers: Servers, sender: str) -> tuple:
    with sqlite3.connect(servers.app_db) as db:
        return db.execute(
            "SELECT id, reason, status, mode, queue, claimed_by, crisis FROM escalations WHERE conversation_id = ? "
            "ORDER BY id DESC", (sender,),
        ).fetchone()


def _agent(servers: Servers, role: str = "agent") -> ConsoleUser:
    user = ConsoleUser(servers.console_url)
    username = make_staff(servers.app_db, role)
    assert user.login(username).status_code == 303
    user.display_name = username.title()
    return user


def _handed_off(servers: Servers, sender: str | None = None) -> tuple[str, int]:
    sender = sender or _sender()
    texts = servers.texts(sender, ASK_FOR_A_PERSON)
    assert any("someone will reply here" in text for text in texts), texts
    return sender, _escalation(servers, sender)[0]


def test_a_patient_who_asks_for_a_person_is_answered_by_staff_then_by_the_bot_again(servers, facts):
    sender, escalation_id = _handed_off(servers)
    assert _escalation(servers, sender)[1:4] == ("request_human", "open", "live")
    # Paused: the bot stays silent, the message reaches the console (redacted there as everywhere).
    assert servers.texts(sender, "hello? where do i park") == []

    agent = _agent(servers)
    # Found by its id: other tests of the session leave more than a page of items waiting.
    rows = agent.get(f"/queue/rows?search={sender}").text
    assert f'data-conversation="{sender}"' in rows
    page = agent.get(f"/conversations/{escalation_id}").text
    assert "hello? where do i park" in page and "Asked for a person" in page

    claimed = agent.notice_after(agent.post(f"/conversations/{escalation_id}/claim"))
    assert "(you)" in claimed
    sent = agent.notice_after(agent.post(f"/conversations/{escalation_id}/reply",
                                         {"text": "Hello, this is Patient Services. How can I help?"}))
    assert "REST clients read staff messages from the conversation" in sent  # stored: REST has no push
    staff_events = [e for e in stored_events(servers.tracker_db, sender) if (e.get("metadata") or {}).get("staff")]
    assert [e["text"] for e in staff_events] == ["Hello, this is Patient Services. How can I help?"]

    assert agent.post(f"/conversations/{escalation_id}/resolve").status_code == 303
    assert _escalation(servers, sender)[2] == "resolved"
    bot_texts = [e.get("text") for e in stored_events(servers.tracker_db, sender) if e["event"] == "bot"]
    assert bot_texts[-1] == back_to_bot(agent.display_name)  # the patient is told the bot is back
    # The bot answers routine questions again.
    assert facts.parking.garages[0].rates in " ".join(servers.texts(sender, "where can I park"))

    # The opening of the transcript is in the audit log, with who and from where; supervisors read it.
    supervisor = _agent(servers, "supervisor")
    audit = supervisor.get(f"/audit?conversation={sender}").text
    assert "open transcript" in audit and "127.0.0.1" in audit and "claim" in audit and "resolve" in audit


def test_two_agents_claiming_at_once_one_wins_and_the_other_is_told(servers):
    sender, escalation_id = _handed_off(servers)
    first, second = _agent(servers), _agent(servers)
    first.get("/queue"), second.get("/queue")
    with ThreadPoolExecutor(2) as pool:
        replies = list(pool.map(lambda agent: agent.post(f"/conversations/{escalation_id}/claim"), (first, second)))
    pages = [agent.notice_after(reply) for agent, reply in zip((first, second), replies, strict=True)]
    told = [page for page in pages if "has already claimed this conversation" in page]
    assert len(told) == 1
    assert _escalation(servers, sender)[2] == "claimed"


def test_a_reply_to_a_resolved_conversation_is_refused_and_not_sent(servers):
    sender, escalation_id = _handed_off(servers)
    agent = _agent(servers)
    agent.get("/queue")
    agent.post(f"/conversations/{escalation_id}/claim")
    agent.post(f"/conversations/{escalation_id}/resolve")
    page = agent.notice_after(agent.post(f"/conversations/{escalation_id}/reply", {"text": "one more thing"}))
    assert "This conversation is resolved" in page and "Nothing was sent" in page
    assert "one more thing" not in [e.get("text") for e in stored_events(servers.tracker_db, sender)]


def test_a_forged_csrf_token_is_refused(servers):
    sender, escalation_id = _handed_off(servers)
    agent = _agent(servers)
    agent.get("/queue")
    refused = agent.post(f"/conversations/{escalation_id}/claim", csrf="forged-token")
    assert refused.status_code == 403 and "did not come from the console" in refused.text
    missing = requests.post(f"{servers.console_url}/conversations/{escalation_id}/claim", data={},
                            headers=agent._headers(), allow_redirects=False, timeout=10)
    assert missing.status_code == 403
    assert _escalation(servers, sender)[2] == "open"


def test_every_console_page_needs_a_session_and_the_right_role(servers):
    anonymous = ConsoleUser(servers.console_url)
    for path in ("/queue", "/supervisor", "/audit", "/staff", "/conversations/1"):
        reply = anonymous.get(path)
        assert reply.status_code == 302 and reply.headers["Location"].startswith("/login"), path
    assert anonymous.get("/queue/rows").status_code == 401
    assert requests.post(f"{servers.console_url}/conversations/1/claim", allow_redirects=False,
                         timeout=10).status_code == 302
    agent = _agent(servers)
    for path in ("/audit", "/supervisor", "/staff"):
        assert agent.get(path).status_code == 403, path  # agents cannot read the audit log
    assert agent.get("/queue").status_code == 200
    trainer = _agent(servers, "trainer")
    assert trainer.get("/queue").status_code == 403
    supervisor = _agent(servers, "supervisor")
    assert supervisor.get("/audit").status_code == 200 and supervisor.get("/supervisor").status_code == 200
    assert supervisor.get("/staff").status_code == 403
    admin = ConsoleUser(servers.console_url)
    from tests.conftest import CONSOLE_ADMIN_PASSWORD

    assert admin.login("admin", CONSOLE_ADMIN_PASSWORD).status_code == 303  # the first admin, from the environment
    assert admin.get("/staff").status_code == 200


def test_repeated_wrong_passwords_throttle_the_login_alike_for_unknown_users_until_an_admin_unlocks(servers):
    username = make_staff(servers.app_db, "agent")
    user = ConsoleUser(servers.console_url)
    answers = {}
    for name in (username, f"nobody-{uuid.uuid4().hex[:6]}"):
        answers[name] = [re.sub(r"&next=.*", "", user.login(name, "not-the-password").headers["Location"])
                         for _ in range(6)]
    assert answers[username] == list(answers.values())[1]  # an unknown username is answered the same way
    assert answers[username][:5] == ["/login?error=invalid"] * 5
    assert answers[username][5].startswith("/login?error=throttled&wait=")
    throttled = user.login(username)  # the right password, but throttled from this address now
    assert "error=throttled" in throttled.headers["Location"] and user.session_cookie is None
    assert "Too many failed attempts" in requests.get(f"{servers.console_url}{throttled.headers['Location']}",
                                                      timeout=10).text

    admin = ConsoleUser(servers.console_url)
    from tests.conftest import CONSOLE_ADMIN_PASSWORD

    assert admin.login("admin", CONSOLE_ADMIN_PASSWORD).status_code == 303
    assert admin.post(f"/staff/{username}/unlock").status_code == 303
    assert user.login(username).status_code == 303 and user.session_cookie
    assert _audit_actions(servers, "unlock_login")


def _audit_actions(servers: Servers, action: str, conversation_id: str | None = None) -> list[tuple]:
    query = "SELECT username, action, conversation_id FROM audit_log WHERE action = ?"
    args: tuple = (action,)
    if conversation_id is not None:
        query, args = query + " AND conversation_id = ?", (action, conversation_id)
    with sqlite3.connect(servers.app_db) as db:
        return db.execute(query, args).fetchall()


def test_a_redirect_header_does_not_leak_into_later_responses(servers):
    anonymous = ConsoleUser(servers.console_url)
    assert anonymous.get("/queue").headers["Location"] == "/login?next=/queue"
    login = requests.get(f"{servers.console_url}/login", allow_redirects=False, timeout=10)
    assert login.status_code == 200 and "Location" not in login.headers
    assert login.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert login.headers["X-Frame-Options"] == "DENY" and login.headers["Cache-Control"] == "no-store"


def test_every_transcript_read_is_audited_the_live_updates_included(servers):
    sender, escalation_id = _handed_off(servers)
    agent = _agent(servers)
    assert agent.get(f"/conversations/{escalation_id}").status_code == 200
    for _ in range(2):
        assert agent.get(f"/conversations/{escalation_id}/messages").status_code == 200
    opened = [row[0] for row in _audit_actions(servers, "open_transcript", sender)]
    updates = [row[0] for row in _audit_actions(servers, "read_transcript", sender)]
    assert opened == [agent.display_name.lower()] and updates == [agent.display_name.lower()] * 2


def test_an_agent_sees_only_the_conversations_of_their_queues(servers):
    sender, escalation_id = _handed_off(servers)
    item_queue = _escalation(servers, sender)[4]
    other = next(name for name in queue.QUEUES if name != item_queue)
    outsider = ConsoleUser(servers.console_url)
    assert outsider.login(make_staff(servers.app_db, "agent", queues=(other,))).status_code == 303
    assert outsider.get(f"/conversations/{escalation_id}").status_code == 403
    assert outsider.get(f"/conversations/{escalation_id}/messages").status_code == 403
    assert outsider.post(f"/conversations/{escalation_id}/claim").status_code == 403
    for path in (f"/queue?search={sender}", f"/queue/rows?search={sender}"):  # (the search box shows the id)
        assert f'data-conversation="{sender}"' not in outsider.get(path).text
    assert _escalation(servers, sender)[2] == "open"  # the refused claim changed nothing
    assert _audit_actions(servers, "open_transcript", sender) == []

    insider = ConsoleUser(servers.console_url)
    assert insider.login(make_staff(servers.app_db, "agent", queues=(item_queue,))).status_code == 303
    assert sender in insider.get(f"/queue/rows?search={sender}").text
    assert insider.get(f"/conversations/{escalation_id}").status_code == 200
    supervisor = _agent(servers, "supervisor")
    assert supervisor.get(f"/conversations/{escalation_id}").status_code == 200


def test_handoff_api_on_the_rasa_server_needs_the_token(servers):
    sender, _ = _handed_off(servers)
    url = f"{servers.rasa_url}/handoff/conversations/{sender}"
    assert requests.get(url, timeout=10).status_code == 401
    assert requests.get(url, headers={"Authorization": "Bearer wrong"}, timeout=10).status_code == 401
    assert requests.post(f"{url}/messages", json={"text": "hi"}, timeout=10).status_code == 401
    transcript = requests.get(url, headers={"Authorization": f"Bearer {servers.token}"}, timeout=10).json()
    assert transcript["paused"] is True and transcript["messages"][0]["text"] == ASK_FOR_A_PERSON


def test_a_crisis_while_paused_still_gets_the_emergency_number_and_tops_the_queue(servers, facts):
    tag = _sender()
    calm, _ = _handed_off(servers, f"{tag}-calm")
    sender, escalation_id = _handed_off(servers, f"{tag}-crisis")
    texts = servers.texts(sender, "my dad has crushing chest pain and can't breathe")
    assert texts and facts.emergency.number in texts[0]
    assert _escalation(servers, sender)[6] == "medical_emergency"
    agent = _agent(servers)
    rows = agent.get(f"/queue/rows?search={tag}").text
    assert rows.index(f'data-conversation="{sender}"') < rows.index(f'data-conversation="{calm}"')


def test_after_hours_the_patient_is_told_when_and_the_bot_keeps_answering(servers, facts):
    # The test servers' Billing Office is never staffed (tests/conftest.py).
    sender = _sender()
    texts = servers.texts(sender, "i was charged twice for the same visit, this bill is wrong")
    assert any("closed right now" in text and facts.billing.phone in text for text in texts), texts
    assert _escalation(servers, sender)[1:5] == ("billing_dispute", "open", "callback", "billing")
    assert facts.parking.garages[0].rates in " ".join(servers.texts(sender, "where can I park"))


def test_a_failed_delivery_is_shown_to_the_agent_and_the_message_is_kept(servers):
    # A Messenger conversation (a page-scoped id) whose patient never wrote through Messenger: created through
    # Rasa's HTTP API, it has no messaging window, so Messenger refuses the staff message.
    sender = str(uuid.uuid4().int)[:16]
    requests.post(f"{servers.rasa_url}/conversations/{sender}/messages", params={"token": servers.token},
                  json={"text": "hello", "sender": "user"}, timeout=30).raise_for_status()
    escalation_id = queue.escalate(Database(f"sqlite:///{servers.app_db}"), sender, "api", "request_human", "hello")
    agent = _agent(servers)
    agent.get("/queue")
    agent.post(f"/conversations/{escalation_id}/claim")
    page = agent.notice_after(agent.post(f"/conversations/{escalation_id}/reply", {"text": "Are you still there?"}))
    assert "was NOT delivered" in page and "Are you still there?" in page and "Send again" in page
    with sqlite3.connect(servers.app_db) as db:
        assert db.execute("SELECT status FROM staff_replies WHERE conversation_id = ?", (sender,)).fetchall() == [
            ("failed",)
        ]


def test_patient_and_staff_text_stay_out_of_the_queue_preview_the_app_database_and_every_log(servers):
    sender = _sender()
    texts = servers.texts(sender, "I have diabetes and my date of birth is 03/07/1961, can I talk to a person")
    assert any("someone will reply here" in text for text in texts)
    agent = _agent(servers)
    rows = agent.get(f"/queue/rows?search={sender}").text
    assert "[CONDITION]" in rows and "diabetes" not in rows and "1961" not in rows
    escalation_id = _escalation(servers, sender)[0]
    agent.get(f"/conversations/{escalation_id}")
    agent.post(f"/conversations/{escalation_id}/claim")
    agent.post(f"/conversations/{escalation_id}/notes", {"text": "Asked about her glucagon pen"})
    agent.post(f"/conversations/{escalation_id}/reply", {"text": "A nurse will call you about the glucagon pen"})
    assert "Asked about her glucagon pen" in agent.get(f"/conversations/{escalation_id}").text
    raw = servers.app_db.read_bytes()
    # The date as written, not "1961" alone: four digits turn up by chance in timestamps and binary pages.
    for secret in (b"diabetes", b"03/07/1961", b"glucagon"):
        assert secret not in raw
    for log in ("rasa", "actions", "console"):
        content = (servers.log_dir / f"{log}.log").read_text(errors="replace")
        assert "diabetes" not in content and "glucagon" not in content and "03/07/1961" not in content, log


def test_a_transfer_moves_the_conversation_to_another_queue_and_supervisors_see_the_counts(servers):
    sender, escalation_id = _handed_off(servers)
    agent = _agent(servers)
    agent.get("/queue")
    agent.post(f"/conversations/{escalation_id}/claim")
    moved = agent.post(f"/conversations/{escalation_id}/transfer", {"queue": "nurse_line"})
    assert moved.status_code == 303 and moved.headers["Location"] == "/queue"
    assert _escalation(servers, sender)[2:6] == ("open", "live", "nurse_line", None)
    assert f'data-conversation="{sender}"' in agent.get(f"/queue/rows?queue=nurse_line&search={sender}").text
    assert f'data-conversation="{sender}"' not in agent.get(f"/queue/rows?queue=patient_services&search={sender}").text
    page = _agent(servers, "supervisor").get("/supervisor").text
    nurse_row = re.search(r'data-queue="nurse_line">.*?class="open">(\d+)<', page, re.S)
    assert nurse_row and int(nurse_row.group(1)) >= 1


def test_two_misunderstandings_in_a_row_hand_the_patient_to_a_person(servers):
    sender = _sender()
    # vague messages the model is unsure of (below the fallback threshold), not requests it declines
    vague, vaguer = servers.fallback_messages(2)
    first = servers.texts(sender, vague)
    assert first[0].startswith(("Sorry, I can't help with that here.", "Sorry, I'm not sure I understood."))
    second = servers.texts(sender, vaguer)
    assert any("Sorry, I'm not understanding you" in text and "someone will reply here" in text for text in second)
    assert _escalation(servers, sender)[1:4] == ("repeated_misunderstanding", "open", "live")
