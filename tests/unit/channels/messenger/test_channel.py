"""bot.channels.messenger.channel: the comment policy (the channel itself, with Rasa's part played by a stand-in)."""

from __future__ import annotations

import asyncio

from bot.channels.messenger.webhook import Comment
from tests.fake_graph import FakeGraph
from tests.unit.channels.messenger.conftest import NOW, config_for


def answer_comment(graph: FakeGraph, text: str, answers: list[str], **config_changes) -> dict[str, list]:
    from bot.channels.messenger.channel import MessengerInput

    async def rasa(message):  # stands in for the guard and Rasa: answers with the given texts
        for answer in answers:
            await message.output_channel.send_text_message(message.sender_id, answer)

    async def go():
        channel = MessengerInput(config_for(graph, **config_changes))
        try:
            return await channel._answer_comment(Comment("555", NOW, comment_id="c_1", text=text), rasa)
        finally:
            await channel.graph.close()

    failures = asyncio.run(go())
    return {
        "failures": failures,
        "hide": [c for c in graph.calls if c.body.get("is_hidden")],
        "private": [c.text for c in graph.calls if c.recipient.get("comment_id") == "c_1" and c.status == 200],
        "public": [c.text for c in graph.calls if c.path.endswith("/c_1/comments")],
    }


def test_a_routine_comment_is_answered_privately_when_so_configured(graph_server):
    calls = answer_comment(graph_server, "Where can visitors park?", ["The North Garage is open 24 hours."],
                           routine_comment_reply="private")
    assert calls["private"] == ["The North Garage is open 24 hours."] and calls["hide"] == []
    assert calls["public"] == ["Thank you for your message. We've replied to you privately in Messenger."]


def test_an_answer_with_a_one_time_link_is_never_posted_in_public(graph_server):
    link = "I can take this request in our secure chat. This link works once: http://x/secure/enter/eyJ0"
    calls = answer_comment(graph_server, "How do I book an appointment?", ["To book, call 555-0100.", link])
    assert calls["private"] == [f"To book, call 555-0100.\n\n{link}"]
    assert all("/secure/enter/" not in text for text in calls["public"])


def test_sensitive_comments_stay_visible_when_hiding_is_off(graph_server):
    calls = answer_comment(graph_server, "I have diabetes, what are ICU visiting hours?", ["Visiting is 9 to 8."],
                           hide_sensitive_comments=False)
    assert calls["hide"] == [] and calls["private"] == ["Visiting is 9 to 8."]


def test_a_crisis_comment_still_gets_the_emergency_number_when_the_private_reply_fails(graph_server):
    graph_server.fail(10, status=400, path="/me/messages", code=10903, message="This activity can't be replied to")
    calls = answer_comment(graph_server, "my dad has crushing chest pain right now", ["This sounds like an emergency."])
    assert calls["public"] == ["If this is an emergency, please call 911 now."]  # no promise of a private message
    assert calls["hide"] and calls["private"] == []
    assert calls["failures"] and "private reply" in calls["failures"][0]


def test_a_self_harm_comment_gets_the_crisis_line_in_public_when_the_private_reply_fails(graph_server):
    graph_server.fail(10, status=400, path="/me/messages", code=10903, message="This activity can't be replied to")
    calls = answer_comment(graph_server, "i can't do this anymore, i want to end my life", ["I'm so sorry."])
    [notice] = calls["public"]
    assert "call or text 988" in notice and "911" in notice
    assert "you wrote" not in notice.lower() and "your comment" not in notice.lower()  # says nothing of the writer
