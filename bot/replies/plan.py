"""What to say, and in which order, to a message the ingress flagged: the one place that decides it.

`plan(flags, topic, where)` is pure: the safety flags of the message (bot.channels.guard puts them in the
metadata), the topic being answered (an answer topic of bot.answers, a hand-off reason, or None where the
caller has none), and the place. Callers render the plan (bot.replies.render) and do nothing else on the flags.

Places (Place):
  PUBLIC_CHAT            an answer or a hand-off in the web chat, Messenger, REST (actions/answers.py,
                         actions/handoff.py); a page comment's answer is made here first, through Rasa
  SECURE_CHAT            the same in the secure chat, its first turn (the held message) included
  SECURE_CHAT_FOLLOW_UP  a follow-up there ("and on weekends?", action_follow_up)
  REQUEST_FORM           an answer to a request form's question (actions/requests.py)
  PAUSED                 a message while staff have the conversation (bot.channels.guard)
  RATE_LIMITED           a message over a rate limit (bot.channels.guard)
  UNAVAILABLE            a message the assistant could not handle (its stores down: bot.channels.guard)
  PAGE_COMMENT           a Facebook page comment (bot.channels.messenger.channel)
  PAGE_COMMENT_PRIVATE   a page comment whose answer goes privately anyway: configured so, or it holds a link

Topics: "small talk" = greet, goodbye, thank, bot_challenge, out_of_scope (nothing worth adding after a
crisis); "request" = appointment_book, prescription_refill, medical_records (bot.patient_requests.TOPIC_REQUESTS);
"hand-off" = request_human, complaint, billing_dispute, clinical_question (action_hand_off) and
repeated_misunderstanding (the second fallback in a row); "routine" = any other answer topic.
A crisis is MEDICAL_EMERGENCY or SELF_HARM (bot.safety.kinds.Crisis); the crisis line names the right number.

The policy. "answer" is ROUTINE_ANSWER, or HAND_OFF for a hand-off topic. "A / B" is: A when the secure chat
link was issued, B when it could not be (Plan.without_link). Buttons (the common topics, on the last text) go
with greet and out_of_scope in the public chat unless there is a crisis (Plan.topic_buttons).

place                  flags              topic                      parts, in order
---------------------  -----------------  -------------------------  ---------------
PUBLIC_CHAT            crisis             small talk                 CRISIS_LINE, URGENT_NOTICE
                                          any other (hand-off too)   CRISIS_LINE, URGENT_NOTICE, answer
                       sensitive          out_of_scope               SECURE_CHAT_OFFER / PRIVACY_NOTICE
                                          request, message held      answer, SECURE_CHAT_OFFER / answer, PRIVACY_NOTICE
                                          request, not held          answer, REQUEST_OFFER / answer, PRIVACY_NOTICE
                                          repeated_misunderstanding  HAND_OFF, PRIVACY_NOTICE (no link is issued)
                                          any other                  answer, SECURE_CHAT_OFFER / answer, PRIVACY_NOTICE
                       none               request                    ROUTINE_ANSWER, REQUEST_OFFER / ROUTINE_ANSWER
                                          any other                  answer
SECURE_CHAT            crisis             small talk                 CRISIS_LINE, URGENT_NOTICE
                                          any other (request too)    CRISIS_LINE, URGENT_NOTICE, answer
                       not a crisis       request                    REQUEST_START (that request)
                                          clinical_question          REQUEST_START (care_question)
                       sensitive          out_of_scope               REQUEST_START (care_question)
                       not a crisis       any other                  answer
SECURE_CHAT_FOLLOW_UP  crisis             any                        as SECURE_CHAT
                       not a crisis       any (a request too)        ROUTINE_ANSWER
REQUEST_FORM           crisis             -                          CRISIS_LINE, URGENT_NOTICE (answer not kept)
                       not a crisis       -                          ROUTINE_ANSWER (the form's check of it)
PAUSED                 crisis             -                          CRISIS_LINE, URGENT_NOTICE
                       not a crisis       -                          (nothing: staff have the conversation)
RATE_LIMITED           crisis             -                          CRISIS_LINE, URGENT_NOTICE
                       not a crisis       -                          SLOW_DOWN
UNAVAILABLE            crisis             -                          CRISIS_LINE, TRY_AGAIN
                       not a crisis       -                          TRY_AGAIN
PAGE_COMMENT           crisis             -                          HIDE_COMMENT, PRIVATE_REPLY, EMERGENCY_NOTICE
                       sensitive          -                          HIDE_COMMENT, PRIVATE_REPLY, PRIVATE_REPLY_NOTICE
                       none               -                          PUBLIC_REPLY
PAGE_COMMENT_PRIVATE   crisis, sensitive  -                          as PAGE_COMMENT
                       none               -                          PRIVATE_REPLY, PRIVATE_REPLY_NOTICE

A crisis is escalated as urgent wherever it arrives (bot.channels.guard records it even while paused or over a
rate limit), so every place says so (URGENT_NOTICE), except UNAVAILABLE: the database the urgent item goes to
may be the one that is down, so the patient is not told staff were alerted. The public notice under a crisis
comment names the number of that crisis (for self-harm, the crisis line as well as the emergency number),
worded so that it does not say publicly what the hidden comment was about: the private reply may never arrive.

Differences between places, kept on purpose (each is a row above): a crisis in a request form gets no answer
part (the form asks its question again); a follow-up in the secure chat answers a request topic instead of
starting the request (the patient is mid-conversation there and asked a question); a sensitive message handed
off after two misunderstandings gets the privacy notice, never a link (staff take it over); the
SECURE_CHAT_OFFER is worded for privacy and the REQUEST_OFFER for the request, and a sensitive request topic
whose message was held gets the former.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from bot.handoff import HANDOFF_INTENTS
from bot.patient_requests import TOPIC_REQUESTS
from bot.safety.kinds import Crisis
from bot.secure import is_secure_conversation


class Place(str, Enum):
    PUBLIC_CHAT = "public_chat"
    SECURE_CHAT = "secure_chat"
    SECURE_CHAT_FOLLOW_UP = "secure_chat_follow_up"
    REQUEST_FORM = "request_form"
    PAUSED = "paused"
    RATE_LIMITED = "rate_limited"
    UNAVAILABLE = "unavailable"
    PAGE_COMMENT = "page_comment"
    PAGE_COMMENT_PRIVATE = "page_comment_private"


class Part(str, Enum):
    """One thing said (or, for page comments, done), as bot.replies.render words it."""

    CRISIS_LINE = "crisis_line"  # the emergency number (medical emergency) or the crisis line (self-harm)
    URGENT_NOTICE = "urgent_notice"  # staff were alerted, and when they will see it
    ROUTINE_ANSWER = "routine_answer"  # the topic's answer; in a request form, the check of the answer
    HAND_OFF = "hand_off"  # what happens now that staff have (or will have) the conversation
    SECURE_CHAT_OFFER = "secure_chat_offer"  # a one-time link to the secure chat, worded for privacy
    REQUEST_OFFER = "request_offer"  # a one-time link to the secure chat, worded for the request
    PRIVACY_NOTICE = "privacy_notice"  # don't share details here: the phone number and the portal instead
    REQUEST_START = "request_start"  # the secure chat's request form starts, with its offer
    SLOW_DOWN = "slow_down"  # over a rate limit: wait a minute (the emergency number too)
    TRY_AGAIN = "try_again"  # not handled (the stores are down): sorry, ask again in a few minutes (the number too)
    HIDE_COMMENT = "hide_comment"  # hide the page comment (where so configured)
    PRIVATE_REPLY = "private_reply"  # the chat's answer, as a private reply to the comment
    PUBLIC_REPLY = "public_reply"  # the chat's answer, as a public reply to the comment
    EMERGENCY_NOTICE = "emergency_notice"  # public: the crisis's numbers (and that a private reply was sent)
    PRIVATE_REPLY_NOTICE = "private_reply_notice"  # public: we replied privately (only if the reply was sent)


LINK_OFFERS = frozenset({Part.SECURE_CHAT_OFFER, Part.REQUEST_OFFER})
# Small talk and "I can't help with that" add nothing after a crisis or a disclosure.
NOT_WORTH_ANSWERING_AFTER_CRISIS = frozenset({"greet", "goodbye", "thank", "bot_challenge", "out_of_scope"})
NOT_WORTH_ANSWERING_WHEN_SENSITIVE = frozenset({"out_of_scope"})
# Topics the secure chat can take as a request (the patient's identity is needed).
REQUEST_TOPICS = frozenset(TOPIC_REQUESTS)
REPEATED_MISUNDERSTANDING = "repeated_misunderstanding"
HAND_OFF_TOPICS = frozenset(HANDOFF_INTENTS.values()) | {REPEATED_MISUNDERSTANDING}
CARE_QUESTION = "care_question"
TOPICS_WITH_BUTTONS = frozenset({"greet", "out_of_scope"})


@dataclass(frozen=True)
class SafetyFlags:
    """The ingress's verdict on the latest message (message metadata "safety"), and whether it holds the
    message's raw text for the secure chat (metadata "held_message")."""

    sensitive: bool = False
    crisis: Crisis | None = None
    held: bool = False

    @classmethod
    def from_metadata(cls, metadata: Any) -> SafetyFlags:
        flags = metadata.get("safety") if isinstance(metadata, dict) else None
        if not isinstance(flags, dict):
            return cls()
        return cls(sensitive=bool(flags.get("sensitive")), crisis=Crisis.parse(flags.get("crisis")),
                   held=bool(metadata.get("held_message")))


@dataclass(frozen=True)
class Plan:
    """The parts to say, in order; `without_link` when a link offer's link could not be issued (the same
    parts when none is offered). `request`: the request REQUEST_START starts."""

    parts: tuple[Part, ...]
    without_link: tuple[Part, ...] | None = None
    crisis: Crisis | None = None
    request: str | None = None
    topic_buttons: bool = False

    def __post_init__(self) -> None:
        if self.without_link is None:
            object.__setattr__(self, "without_link", self.parts)

    @property
    def offers_link(self) -> bool:
        """Whether a one-time secure chat link is to be issued for this plan."""
        return not LINK_OFFERS.isdisjoint(self.parts)

    def said(self, link_issued: bool) -> tuple[Part, ...]:
        return self.parts if link_issued else self.without_link  # type: ignore[return-value]


def chat_place(conversation_id: str, follow_up: bool = False) -> Place:
    """The place of an answer in this conversation: the secure chat or a public one."""
    if is_secure_conversation(conversation_id):
        return Place.SECURE_CHAT_FOLLOW_UP if follow_up else Place.SECURE_CHAT
    return Place.PUBLIC_CHAT


def plan(flags: SafetyFlags, topic: str | None, where: Place) -> Plan:
    """What to say to the message, in which order (the table in this module's docstring)."""
    if where in (Place.PUBLIC_CHAT, Place.SECURE_CHAT, Place.SECURE_CHAT_FOLLOW_UP):
        answer = Part.HAND_OFF if topic in HAND_OFF_TOPICS else Part.ROUTINE_ANSWER
        if flags.crisis:
            worth = topic not in NOT_WORTH_ANSWERING_AFTER_CRISIS
            return Plan((Part.CRISIS_LINE, Part.URGENT_NOTICE, *((answer,) if worth else ())), crisis=flags.crisis)
        if where is Place.PUBLIC_CHAT:
            return _public_chat(flags, topic, answer)
        request = _secure_request(flags, topic) if where is Place.SECURE_CHAT else None
        return Plan((Part.REQUEST_START,), request=request) if request else Plan((answer,))
    if where is Place.REQUEST_FORM:
        return Plan((Part.CRISIS_LINE, Part.URGENT_NOTICE) if flags.crisis else (Part.ROUTINE_ANSWER,),
                    crisis=flags.crisis)
    if where is Place.UNAVAILABLE:
        return Plan((Part.CRISIS_LINE, Part.TRY_AGAIN) if flags.crisis else (Part.TRY_AGAIN,), crisis=flags.crisis)
    if where in (Place.PAUSED, Place.RATE_LIMITED):
        otherwise = () if where is Place.PAUSED else (Part.SLOW_DOWN,)
        return Plan((Part.CRISIS_LINE, Part.URGENT_NOTICE) if flags.crisis else otherwise, crisis=flags.crisis)
    return _page_comment(flags, private_anyway=where is Place.PAGE_COMMENT_PRIVATE)


def _public_chat(flags: SafetyFlags, topic: str | None, answer: Part) -> Plan:
    buttons = topic in TOPICS_WITH_BUTTONS
    if flags.sensitive:
        said = () if topic in NOT_WORTH_ANSWERING_WHEN_SENSITIVE else (answer,)
        if topic == REPEATED_MISUNDERSTANDING:
            return Plan((*said, Part.PRIVACY_NOTICE), topic_buttons=buttons)
        offer = Part.REQUEST_OFFER if topic in REQUEST_TOPICS and not flags.held else Part.SECURE_CHAT_OFFER
        return Plan((*said, offer), without_link=(*said, Part.PRIVACY_NOTICE), topic_buttons=buttons)
    if topic in REQUEST_TOPICS:
        return Plan((answer, Part.REQUEST_OFFER), without_link=(answer,), topic_buttons=buttons)
    return Plan((answer,), topic_buttons=buttons)


def _secure_request(flags: SafetyFlags, topic: str | None) -> str | None:
    """The request a message starts in the secure chat: asking to book, for a refill or records, or a
    question about one's own care (a clinical question, or a health detail the assistant has no answer for)."""
    if topic in TOPIC_REQUESTS:
        return TOPIC_REQUESTS[topic]
    if topic == "clinical_question" or (topic == "out_of_scope" and flags.sensitive):
        return CARE_QUESTION
    return None


def _page_comment(flags: SafetyFlags, private_anyway: bool) -> Plan:
    if flags.crisis:
        return Plan((Part.HIDE_COMMENT, Part.PRIVATE_REPLY, Part.EMERGENCY_NOTICE), crisis=flags.crisis)
    if flags.sensitive:
        return Plan((Part.HIDE_COMMENT, Part.PRIVATE_REPLY, Part.PRIVATE_REPLY_NOTICE))
    if private_anyway:
        return Plan((Part.PRIVATE_REPLY, Part.PRIVATE_REPLY_NOTICE))
    return Plan((Part.PUBLIC_REPLY,))
