"""The reply plan (bot.replies.plan) for every place and every combination of flags, and the words of each
part (bot.replies.render) with the real facts file.

The table below is the policy written out by hand: one row per place, topic and kind of flags, with the
parts said when a link was issued and when it could not be ("with / without"), the request started and
whether the common topics' buttons go with the last text.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.patient_requests import OFFERS
from bot.replies import Part, Place, Plan, SafetyFlags, SecureLink, plan, render, text_of
from bot.replies.render import privacy_notice, slow_down_reply
from bot.safety.kinds import Crisis

# A Wednesday, 10:00 and 23:00 in Riverbend (America/Los_Angeles, UTC-8 in November).
OPEN = datetime(2026, 11, 18, 18, 0, tzinfo=timezone.utc)
CLOSED = datetime(2026, 11, 19, 7, 0, tzinfo=timezone.utc)
LINK = SecureLink("https://riverbend.example/secure/enter/abc", 15)

# Kinds of flags. A crisis row is checked for both crisis kinds, with and without the sensitive flag
# (the ingress always sets it with a crisis; the plan must not depend on it).
FLAGS = {
    "none": [SafetyFlags()],
    "sensitive": [SafetyFlags(sensitive=True)],
    "held": [SafetyFlags(sensitive=True, held=True)],  # sensitive, and its raw text held for the secure chat
    "crisis": [SafetyFlags(sensitive=sensitive, crisis=crisis) for crisis in Crisis for sensitive in (True, False)],
}
NOT_A_CRISIS = ("none", "sensitive", "held")

# Short names of the parts, for the table.
C, U, R, H = "CRISIS_LINE", "URGENT_NOTICE", "ROUTINE_ANSWER", "HAND_OFF"
SCO, RO, PN, RS = "SECURE_CHAT_OFFER", "REQUEST_OFFER", "PRIVACY_NOTICE", "REQUEST_START"

# (topic, kinds of flags, parts with a link / without one, request started, buttons)
PUBLIC_CHAT = [
    ("parking", ("none",), f"{R}", None, False),
    ("parking", ("sensitive", "held"), f"{R} {SCO} / {R} {PN}", None, False),
    ("parking", ("crisis",), f"{C} {U} {R}", None, False),
    ("greet", ("none",), f"{R}", None, True),
    ("greet", ("sensitive", "held"), f"{R} {SCO} / {R} {PN}", None, True),
    ("greet", ("crisis",), f"{C} {U}", None, False),
    ("thank", ("none",), f"{R}", None, False),
    ("thank", ("sensitive", "held"), f"{R} {SCO} / {R} {PN}", None, False),
    ("thank", ("crisis",), f"{C} {U}", None, False),
    ("out_of_scope", ("none",), f"{R}", None, True),
    ("out_of_scope", ("sensitive", "held"), f"{SCO} / {PN}", None, True),
    ("out_of_scope", ("crisis",), f"{C} {U}", None, False),
    ("appointment_book", ("none",), f"{R} {RO} / {R}", None, False),
    ("appointment_book", ("sensitive",), f"{R} {RO} / {R} {PN}", None, False),
    ("appointment_book", ("held",), f"{R} {SCO} / {R} {PN}", None, False),
    ("appointment_book", ("crisis",), f"{C} {U} {R}", None, False),
    ("prescription_refill", ("none",), f"{R} {RO} / {R}", None, False),
    ("medical_records", ("sensitive",), f"{R} {RO} / {R} {PN}", None, False),
    ("request_human", ("none",), f"{H}", None, False),
    ("request_human", ("sensitive", "held"), f"{H} {SCO} / {H} {PN}", None, False),
    ("request_human", ("crisis",), f"{C} {U} {H}", None, False),
    ("complaint", ("sensitive",), f"{H} {SCO} / {H} {PN}", None, False),
    ("clinical_question", ("none",), f"{H}", None, False),
    ("clinical_question", ("sensitive", "held"), f"{H} {SCO} / {H} {PN}", None, False),
    ("clinical_question", ("crisis",), f"{C} {U} {H}", None, False),
    ("repeated_misunderstanding", ("none",), f"{H}", None, False),
    ("repeated_misunderstanding", ("sensitive", "held"), f"{H} {PN}", None, False),
    ("repeated_misunderstanding", ("crisis",), f"{C} {U} {H}", None, False),
]
SECURE_CHAT = [
    ("parking", NOT_A_CRISIS, f"{R}", None, False),
    ("parking", ("crisis",), f"{C} {U} {R}", None, False),
    ("greet", NOT_A_CRISIS, f"{R}", None, False),
    ("greet", ("crisis",), f"{C} {U}", None, False),
    ("out_of_scope", ("none",), f"{R}", None, False),
    ("out_of_scope", ("sensitive", "held"), f"{RS}", "care_question", False),
    ("out_of_scope", ("crisis",), f"{C} {U}", None, False),
    ("appointment_book", NOT_A_CRISIS, f"{RS}", "appointment_request", False),
    ("prescription_refill", NOT_A_CRISIS, f"{RS}", "refill_request", False),
    ("medical_records", NOT_A_CRISIS, f"{RS}", "records_request", False),
    ("appointment_book", ("crisis",), f"{C} {U} {R}", None, False),
    ("request_human", NOT_A_CRISIS, f"{H}", None, False),
    ("request_human", ("crisis",), f"{C} {U} {H}", None, False),
    ("clinical_question", NOT_A_CRISIS, f"{RS}", "care_question", False),
    ("clinical_question", ("crisis",), f"{C} {U} {H}", None, False),
    ("repeated_misunderstanding", NOT_A_CRISIS, f"{H}", None, False),
    ("repeated_misunderstanding", ("crisis",), f"{C} {U} {H}", None, False),
]
SECURE_CHAT_FOLLOW_UP = [
    ("parking", NOT_A_CRISIS, f"{R}", None, False),
    ("parking", ("crisis",), f"{C} {U} {R}", None, False),
    ("appointment_book", NOT_A_CRISIS, f"{R}", None, False),  # answered, not started (as before)
    ("appointment_book", ("crisis",), f"{C} {U} {R}", None, False),
    ("about_place", NOT_A_CRISIS, f"{R}", None, False),
]
# Places where the topic plays no part: checked with no topic and with a few.
REQUEST_FORM = [(NOT_A_CRISIS, f"{R}"), (("crisis",), f"{C} {U}")]
PAUSED = [(NOT_A_CRISIS, ""), (("crisis",), f"{C} {U}")]
RATE_LIMITED = [(NOT_A_CRISIS, "SLOW_DOWN"), (("crisis",), f"{C} {U}")]
UNAVAILABLE = [(NOT_A_CRISIS, "TRY_AGAIN"), (("crisis",), f"{C} TRY_AGAIN")]  # no "staff were alerted"
PAGE_COMMENT = [
    (("none",), "PUBLIC_REPLY"),
    (("sensitive", "held"), "HIDE_COMMENT PRIVATE_REPLY PRIVATE_REPLY_NOTICE"),
    (("crisis",), "HIDE_COMMENT PRIVATE_REPLY EMERGENCY_NOTICE"),
]
PAGE_COMMENT_PRIVATE = [
    (("none",), "PRIVATE_REPLY PRIVATE_REPLY_NOTICE"),
    (("sensitive", "held"), "HIDE_COMMENT PRIVATE_REPLY PRIVATE_REPLY_NOTICE"),
    (("crisis",), "HIDE_COMMENT PRIVATE_REPLY EMERGENCY_NOTICE"),
]
ANY_TOPIC = (None, "parking", "appointment_book", "out_of_scope", "clinical_question")


def _parts(words: str) -> tuple[Part, ...]:
    return tuple(Part[word] for word in words.split())


def _cases() -> list:
    cases = []
    chats = {Place.PUBLIC_CHAT: PUBLIC_CHAT, Place.SECURE_CHAT: SECURE_CHAT,
             Place.SECURE_CHAT_FOLLOW_UP: SECURE_CHAT_FOLLOW_UP}
    for where, table in chats.items():
        for topic, kinds, said, request, buttons in table:
            with_link, _, without = said.partition(" / ")
            for kind in kinds:
                for flags in FLAGS[kind]:
                    expected = (_parts(with_link), _parts(without or with_link), request, buttons)
                    cases.append(pytest.param(where, flags, topic, expected, id=f"{where.name}-{topic}-{flags}"))
    others = {Place.REQUEST_FORM: REQUEST_FORM, Place.PAUSED: PAUSED, Place.RATE_LIMITED: RATE_LIMITED,
              Place.UNAVAILABLE: UNAVAILABLE, Place.PAGE_COMMENT: PAGE_COMMENT,
              Place.PAGE_COMMENT_PRIVATE: PAGE_COMMENT_PRIVATE}
    for where, rows in others.items():
        for kinds, said in rows:
            for kind in kinds:
                for flags in FLAGS[kind]:
                    for topic in ANY_TOPIC:
                        expected = (_parts(said), _parts(said), None, False)
                        cases.append(pytest.param(where, flags, topic, expected, id=f"{where.name}-{topic}-{flags}"))
    return cases


CASES = _cases()


@pytest.mark.parametrize(("where", "flags", "topic", "expected"), CASES)
def test_the_plan_of_every_place_and_flags(where: Place, flags: SafetyFlags, topic: str | None, expected) -> None:
    with_link, without_link, request, buttons = expected
    chosen = plan(flags, topic, where)
    assert chosen.parts == with_link
    assert chosen.without_link == without_link
    assert chosen.said(True) == with_link and chosen.said(False) == without_link
    assert chosen.request == request
    assert chosen.topic_buttons is buttons
    assert chosen.crisis == flags.crisis
    assert chosen.offers_link is (Part.SECURE_CHAT_OFFER in with_link or Part.REQUEST_OFFER in with_link)


def test_the_table_covers_every_place_and_kind_of_flags() -> None:
    covered = {(case.values[0], kind) for case in CASES for kind, options in FLAGS.items() if case.values[1] in options}
    assert covered == {(where, kind) for where in Place for kind in FLAGS}


def test_a_crisis_line_always_comes_first_and_a_link_offer_last() -> None:
    for case in CASES:
        where, flags, topic, _ = case.values
        for parts in (plan(flags, topic, where).parts, plan(flags, topic, where).without_link):
            if flags.crisis and where not in (Place.PAGE_COMMENT, Place.PAGE_COMMENT_PRIVATE):
                assert parts[0] is Part.CRISIS_LINE and Part.SECURE_CHAT_OFFER not in parts
            for offer in (Part.SECURE_CHAT_OFFER, Part.REQUEST_OFFER, Part.PRIVACY_NOTICE):
                assert offer not in parts or parts[-1] is offer


def test_flags_come_only_from_the_safety_metadata() -> None:
    assert SafetyFlags.from_metadata(None) == SafetyFlags()
    assert SafetyFlags.from_metadata({"held_message": "7"}) == SafetyFlags()
    flags = SafetyFlags.from_metadata({"safety": {"crisis": "self_harm", "sensitive": True}, "held_message": "7"})
    assert flags == SafetyFlags(True, Crisis.SELF_HARM, held=True) and flags.crisis is Crisis.SELF_HARM
    assert SafetyFlags.from_metadata({"safety": {"crisis": "bogus"}}).crisis is None


# --- the words of each part, with the real facts file --------------------------------------------------------


def _emergency(facts) -> Plan:
    return plan(SafetyFlags(True, Crisis.MEDICAL_EMERGENCY), "parking", Place.PUBLIC_CHAT)


RENDERED = {
    Part.CRISIS_LINE: lambda facts: [
        (text_of(Part.CRISIS_LINE, _emergency(facts), facts),
         "This sounds like an emergency. Call 911 now, or go to the nearest emergency department. Please don't "
         "wait for a reply here. For a poisoning or overdose, Poison Control is 1-800-222-1222."),
        (text_of(Part.CRISIS_LINE, Plan((Part.CRISIS_LINE,), crisis=Crisis.SELF_HARM), facts),
         "I'm so sorry you're going through this. You can talk to someone right now: call or text 988 (988 "
         "Suicide & Crisis Lifeline), any time, day or night. If you are in danger or might act on "
         "these thoughts, call 911 now."),
    ],
    Part.URGENT_NOTICE: lambda facts: [
        (text_of(Part.URGENT_NOTICE, _emergency(facts), facts, OPEN),
         "I've also flagged this conversation as urgent for our Patient Services team."),
        (text_of(Part.URGENT_NOTICE, _emergency(facts), facts, CLOSED),
         "I've also flagged this conversation as urgent for our Patient Services team, but they are closed right "
         "now. They will see it when they open tomorrow at 8 am. Please use the numbers above rather than waiting "
         "for us."),
    ],
    Part.ROUTINE_ANSWER: lambda facts: [(text_of(Part.ROUTINE_ANSWER, Plan(()), facts, answer="Hours."), "Hours."),
                                        (text_of(Part.ROUTINE_ANSWER, Plan(()), facts), None)],
    Part.HAND_OFF: lambda facts: [(text_of(Part.HAND_OFF, Plan(()), facts, answer="Someone will reply."),
                                   "Someone will reply.")],
    Part.SECURE_CHAT_OFFER: lambda facts: [
        (text_of(Part.SECURE_CHAT_OFFER, Plan(()), facts, link=LINK),
         "To keep your health details private, let's continue in our secure chat, where you won't need to repeat "
         f"yourself. This link works once, for the next 15 minutes: {LINK.url}"),
        (text_of(Part.SECURE_CHAT_OFFER, Plan(()), facts), None),
    ],
    Part.REQUEST_OFFER: lambda facts: [
        (text_of(Part.REQUEST_OFFER, Plan(()), facts, link=LINK),
         "I can take this request in our secure chat, where your details stay private. This link works once, for "
         f"the next 15 minutes: {LINK.url}"),
    ],
    Part.PRIVACY_NOTICE: lambda facts: [
        (text_of(Part.PRIVACY_NOTICE, Plan(()), facts),
         "For your privacy, please don't share health details or personal information (like a date of birth, a "
         "diagnosis or a medication) in this chat: it isn't a secure channel, and I haven't kept those details. To "
         "talk about your own care, call our Patient Services team on (541) 555-0110 or send a message in the "
         f"patient portal: {facts.hospital.patient_portal}"),
    ],
    Part.REQUEST_START: lambda facts: [
        (text_of(Part.REQUEST_START, Plan((), request=kind), facts), OFFERS[kind]) for kind in OFFERS
    ] + [(text_of(Part.REQUEST_START, plan(SafetyFlags(), "appointment_book", Place.SECURE_CHAT), facts),
          "I can take your appointment request here, and Central Scheduling will call you.")],
    Part.SLOW_DOWN: lambda facts: [(text_of(Part.SLOW_DOWN, Plan(()), facts), slow_down_reply("911"))],
    Part.TRY_AGAIN: lambda facts: [
        (text_of(Part.TRY_AGAIN, Plan(()), facts),
         "Sorry, I can't answer right now because of a technical problem on our side. Please send your message "
         "again in a few minutes. If this is an emergency, call 911 now.")],
    Part.HIDE_COMMENT: lambda facts: [(text_of(Part.HIDE_COMMENT, Plan(()), facts), None)],
    Part.PRIVATE_REPLY: lambda facts: [(text_of(Part.PRIVATE_REPLY, Plan(()), facts, answer="A."), "A.")],
    Part.PUBLIC_REPLY: lambda facts: [(text_of(Part.PUBLIC_REPLY, Plan(()), facts, answer="A."), "A.")],
    Part.EMERGENCY_NOTICE: lambda facts: [
        (text_of(Part.EMERGENCY_NOTICE, _emergency(facts), facts, private_reply_sent=True),
         "If this is an emergency, please call 911 now. We've also sent you a private message."),
        (text_of(Part.EMERGENCY_NOTICE, _emergency(facts), facts), "If this is an emergency, please call 911 now."),
        (text_of(Part.EMERGENCY_NOTICE, Plan((), crisis=Crisis.SELF_HARM), facts, private_reply_sent=True),
         "If you or someone you know is struggling or thinking about suicide, you can call or text 988 (988 Suicide "
         "& Crisis Lifeline) any time, day or night. If someone is in danger now, please call 911. We've also sent "
         "you a private message."),
    ],
    Part.PRIVATE_REPLY_NOTICE: lambda facts: [
        (text_of(Part.PRIVATE_REPLY_NOTICE, Plan(()), facts, private_reply_sent=True),
         "Thank you for your message. We've replied to you privately in Messenger."),
        (text_of(Part.PRIVATE_REPLY_NOTICE, Plan(()), facts), None),
    ],
}


def test_every_part_has_its_wording_checked() -> None:
    assert set(RENDERED) == set(Part)


@pytest.mark.parametrize("part", list(Part), ids=lambda part: part.name)
def test_the_words_of_each_part(facts, part: Part) -> None:
    for got, expected in RENDERED[part](facts):
        assert got == expected


def test_render_says_the_parts_in_order_with_or_without_the_link(facts) -> None:
    sensitive = plan(SafetyFlags(sensitive=True), "parking", Place.PUBLIC_CHAT)
    with_link = render(sensitive, facts, OPEN, answer="Parking.", link=LINK)
    assert with_link == ["Parking.", text_of(Part.SECURE_CHAT_OFFER, sensitive, facts, link=LINK)]
    assert render(sensitive, facts, OPEN, answer="Parking.") == ["Parking.", privacy_notice(facts)]
    request = plan(SafetyFlags(), "appointment_book", Place.PUBLIC_CHAT)
    assert render(request, facts, OPEN, answer="Book.") == ["Book."]  # no link, nothing in its place
    crisis = plan(SafetyFlags(True, Crisis.SELF_HARM), "greet", Place.PUBLIC_CHAT)
    texts = render(crisis, facts, OPEN, answer="Hello!")
    assert len(texts) == 2 and "call or text 988" in texts[0] and texts[1].startswith("I've also flagged")
    assert render(plan(SafetyFlags(), None, Place.PAUSED), facts) == []
