"""The Messenger input channel (POST /webhooks/messenger/webhook) and its output channel.

A webhook is checked (size, signature, shape), its new events are stored (bot.channels.messenger.inbox)
and it is acknowledged at once; the events are handled in the background, each sender's in the order
Meta sent them, through the same safety ingress as the web chat (bot.channels.guard).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import conversation_ids
from bot.channels.guard import guarded
from bot.channels.limits import limit_body
from bot.channels.messenger import (
    delivery,  # noqa: F401 - registers its staff deliveries (bot.handoff.delivery) when Rasa loads this channel
    inbox,
)
from bot.channels.messenger.config import MessengerConfig
from bot.channels.messenger.graph import TEXT_LIMIT, GraphClient, GraphError, Window
from bot.channels.messenger.webhook import (
    Attachment,
    Comment,
    Event,
    Handover,
    Ignored,
    MalformedWebhook,
    Message,
    Postback,
    comment_conversation,
    events_in,
    signature_valid,
)
from bot.cluster.turns import turn_taker
from bot.facts import facts_source
from bot.handoff.queue import pauses_bot, unresolved_of
from bot.replies import Part, Place, SafetyFlags, plan, text_of
from bot.replies.render import secure_link_offer
from bot.safety import screen
from bot.secure import links
from bot.settings import load_settings
from bot.storage.database import app_database
from bot.storage.models import utc_now

logger = logging.getLogger(__name__)

# Several workers (_after_earlier_events): how long an event waits for a webhook still being stored elsewhere,
# how often it looks again, and how long it waits at most for the sender's earlier events.
ORDER_SETTLE_SECONDS = 0.25
ORDER_POLL_SECONDS = 0.05
ORDER_WAIT_SECONDS = 30.0
# Several workers (_sweep_forever): an event still pending this long after it was stored was left by a worker that
# died (handling takes seconds; a sender's earlier events are waited for ORDER_WAIT_SECONDS at most).
ORPHANED_AFTER = timedelta(minutes=2)

CHANNEL = conversation_ids.MESSENGER
COMMENTS_CHANNEL = conversation_ids.COMMENTS
GET_STARTED = "GET_STARTED"  # the payload of the page's "Get Started" button (docs/MESSENGER.md)

MEDIA_REPLY = "I can't listen to audio or watch videos here. Please type your question and I'll do my best."
FILE_REPLY = "I can't open photos or files here."
HEALTH_DOCUMENT_OFFER = (
    "If it's a health document (results, a letter, a prescription), please don't share it on Messenger, "
    "which isn't a secure channel."
)
OTHER_ATTACHMENT_REPLY = "I can only read text messages here. Please type your question."
SECURE_LINK_MARK = links.ENTRY_PATH  # a one-time link is for the patient only: never posted in public


def one_message(texts: list[str], limit: int = TEXT_LIMIT) -> str:
    """The bot's answer as the single message a private reply allows. If it is too long, the middle
    parts go: the first (a crisis line comes first) and the last (the secure chat link) are kept."""
    texts = [t.strip() for t in texts if t and t.strip()]
    joined = "\n\n".join(texts)
    if len(joined) <= limit or len(texts) < 2:
        return joined[:limit]
    ends = f"{texts[0]}\n\n{texts[-1]}"
    return ends if len(ends) <= limit else texts[0][:limit]


class MessengerOutput(OutputChannel):
    """The bot's answers to one patient: messaging_type RESPONSE (they answer the patient's message).
    A send that fails after the retries is logged and remembered (never raised: the patient's message
    must still be stored in the conversation)."""

    @classmethod
    def name(cls) -> str:
        return CHANNEL

    def __init__(self, graph: GraphClient) -> None:
        self.graph = graph
        self.failures: list[str] = []

    async def _send(self, recipient_id: str, text: str, buttons: list[dict[str, Any]] | None = None) -> None:
        try:
            await self.graph.send_text(recipient_id, text, Window("RESPONSE"), buttons)
        except GraphError as error:
            self.failures.append(error.reason)
            logger.error("Reply to Messenger conversation %s not sent: %s", recipient_id, error.reason)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send(recipient_id, text)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list[dict[str, Any]],
                                     **kwargs: Any) -> None:
        await self._send(recipient_id, text, buttons)

    async def send_quick_replies(self, recipient_id: str, text: str, quick_replies: list[dict[str, Any]],
                                 **kwargs: Any) -> None:
        await self._send(recipient_id, text, quick_replies)


class MessengerInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return CHANNEL

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> MessengerInput:
        return cls(MessengerConfig.from_environment())  # secrets come from the environment only

    def __init__(self, config: MessengerConfig) -> None:
        self.config = config
        self.graph = GraphClient(config)
        self.facts = facts_source(load_settings().paths.facts_path)
        self._lanes: dict[str, asyncio.Queue[Event]] = {}
        self._workers: set[asyncio.Task] = set()
        self._queued: set[str] = set()  # keys queued or being handled: never twice at once
        # Storing and queueing happen under one lock, so a sender's events are queued in the order
        # their webhooks arrived (the database write runs in a thread and could finish out of order).
        self._admitting = asyncio.Lock()
        # Other workers may receive this page's webhooks too (REDIS_URL: bot.cluster): keep each sender's order
        # across them, by Meta's timestamps, through the inbox table they share.
        self.shared_workers = bool(load_settings().databases.redis_url)

    # -- the webhook ------------------------------------------------------------------------------

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        handle = guarded(on_new_message)
        webhook = Blueprint("messenger_webhook", __name__)
        config = self.config
        limit_body(webhook, config.max_body_bytes)  # refused before it is read

        @webhook.listener("after_server_start")
        async def resume_pending(app: Any, loop: Any) -> None:
            async with self._admitting:
                try:
                    events = await asyncio.to_thread(inbox.pending, app_database())
                except Exception as error:  # noqa: BLE001 - the server still starts; they stay pending
                    logger.error("Pending Messenger events not read: %s", type(error).__name__)
                    return
                if events:
                    logger.warning("Handling %d Messenger event(s) received before the last stop", len(events))
                for event in events:
                    self._enqueue(event, handle)

        @webhook.listener("after_server_start")
        async def sweep_orphans(app: Any, loop: Any) -> None:
            if self.shared_workers:
                app.add_task(self._sweep_forever(handle))

        @webhook.listener("before_server_stop")
        async def close_client(app: Any, loop: Any) -> None:
            await self.graph.close()

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok", "connected": config.connected})

        @webhook.route("/webhook", methods=["GET"])
        async def verify(request: Request) -> HTTPResponse:
            """Meta's subscription check: echo hub.challenge when the verify token matches."""
            mode = request.args.get("hub.mode")
            given = request.args.get("hub.verify_token") or ""
            challenge = request.args.get("hub.challenge") or ""
            if (mode == "subscribe" and config.verify_token
                    and hmac.compare_digest(given.encode(), config.verify_token.encode())):
                return response.text(challenge)
            logger.warning("Messenger webhook verification refused (mode %r)", mode)
            return response.json({"error": "verification failed"}, status=403)

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = request.body or b""
            if not signature_valid(body, request.headers, config.app_secret, config.allow_sha1):
                logger.warning("Messenger webhook with a missing or wrong signature refused")
                return response.json({"error": "missing or invalid X-Hub-Signature-256"}, status=403)
            try:
                payload = request.load_json()
            except Exception:  # noqa: BLE001 - whatever the JSON parser raises
                return response.json({"error": "the body must be JSON"}, status=400)
            try:
                events = events_in(payload)
            except MalformedWebhook as error:
                return response.json({"error": str(error)}, status=400)
            for event in events:
                if isinstance(event, (Ignored, Handover)):
                    self._note(event)
            async with self._admitting:
                try:
                    admitted = await asyncio.to_thread(inbox.admit, app_database(), events)
                except Exception as error:  # noqa: BLE001 - not stored, so not acknowledged: Meta will retry
                    logger.error("Messenger events not stored, asking Meta to retry: %s", type(error).__name__)
                    return response.json({"error": "temporarily unavailable, please retry"}, status=503)
                for event in admitted.to_answer:
                    self._enqueue(event, handle)
            if admitted.stale:
                logger.warning("Dropped %d Messenger event(s) older than Meta's retry window (a replay?)",
                               admitted.stale)
            return response.json({"received": len(admitted.to_answer), "duplicates": admitted.duplicates,
                                  "stale": admitted.stale})

        return webhook

    async def _sweep_forever(self, handle: Callable[[UserMessage], Awaitable[Any]]) -> None:
        """Several workers: every MESSENGER_SWEEP_SECONDS one of them takes up the events stored but not handled for
        ORPHANED_AFTER (their worker died); handling is at least once, so one may rarely be answered twice."""
        interval = self.config.sweep_seconds
        our_turn = turn_taker(load_settings().databases.redis_url, "messenger-sweep", interval)
        while True:
            await asyncio.sleep(interval)
            try:
                if not await our_turn():
                    continue
                orphans = await asyncio.to_thread(inbox.pending, app_database(), utc_now() - ORPHANED_AFTER)
            except Exception as error:  # noqa: BLE001 - the database is away: the next round tries again
                logger.warning("Messenger sweep failed: %s", type(error).__name__)
                continue
            async with self._admitting:
                for event in orphans:
                    self._enqueue(event, handle)
            if orphans:
                logger.warning("Took up %d Messenger event(s) another worker stored but did not handle", len(orphans))

    @staticmethod
    def _note(event: Event) -> None:
        if isinstance(event, Handover):
            # The Page Inbox or another app took, passed or asked for the thread. While another app
            # has it, its messages reach us as standby events, which are not answered.
            logger.info("Messenger handover event %s for conversation %s", event.action, event.sender)
        else:
            logger.debug("Messenger event not answered: %s", event.reason)

    # -- background handling, in order per sender ----------------------------------------------------

    def _enqueue(self, event: Event, handle: Callable[[UserMessage], Awaitable[Any]]) -> None:
        if event.key in self._queued:
            return
        self._queued.add(event.key)
        lane = self._lanes.get(event.sender)
        if lane is None:
            lane = self._lanes[event.sender] = asyncio.Queue()
            worker = asyncio.create_task(self._drain(event.sender, lane, handle))
            self._workers.add(worker)
            worker.add_done_callback(self._workers.discard)
        lane.put_nowait(event)

    async def _drain(self, sender: str, lane: asyncio.Queue[Event],
                     handle: Callable[[UserMessage], Awaitable[Any]]) -> None:
        try:
            while not lane.empty():
                await self._handle_one(lane.get_nowait(), handle)
        finally:
            self._lanes.pop(sender, None)

    async def _after_earlier_events(self, event: Event) -> None:
        """Several workers: wait until the sender's earlier events (by Meta's timestamps), which another worker may
        hold, are handled. A moment first, for a webhook with an earlier event that is still being stored; at most
        ORDER_WAIT_SECONDS in all (a worker that died leaves its event pending: order then yields to an answer)."""
        await asyncio.sleep(ORDER_SETTLE_SECONDS)
        deadline = asyncio.get_running_loop().time() + ORDER_WAIT_SECONDS
        while asyncio.get_running_loop().time() < deadline:
            try:
                # this worker's own lane already holds them in arrival order: waiting for those would deadlock
                if not await asyncio.to_thread(inbox.earlier_pending, app_database(), event) - self._queued:
                    return
            except Exception as error:  # noqa: BLE001 - the database is away: handling will say so
                logger.warning("Messenger order check failed: %s", type(error).__name__)
                return
            await asyncio.sleep(ORDER_POLL_SECONDS)
        logger.warning("Messenger event %s handled before an earlier one that is still pending", event.key)

    async def _handle_one(self, event: Event, handle: Callable[[UserMessage], Awaitable[Any]]) -> None:
        if self.shared_workers:
            await self._after_earlier_events(event)
        try:
            failures = await self._handle(event, handle)
            failure = "; ".join(dict.fromkeys(failures)) or None
        except Exception as error:  # noqa: BLE001 - one bad event must not stop this sender's others
            logger.error("Messenger event %s not handled: %s", event.key, type(error).__name__)
            failure = f"not handled ({type(error).__name__})"
        try:
            await asyncio.to_thread(inbox.finish, app_database(), event.key, failure)
        except Exception as error:  # noqa: BLE001
            logger.error("Messenger event %s not marked handled: %s", event.key, type(error).__name__)
        finally:
            self._queued.discard(event.key)

    async def _handle(self, event: Event, handle: Callable[[UserMessage], Awaitable[Any]]) -> list[str]:
        if isinstance(event, Comment):
            return await self._answer_comment(event, handle)
        output = MessengerOutput(self.graph)
        text = ""
        if isinstance(event, Message):
            text = event.quick_reply if (event.quick_reply or "").startswith("/") else event.text
        elif isinstance(event, Postback):
            if event.payload == GET_STARTED:
                text = "/greet"
            else:
                text = event.payload if event.payload.startswith("/") else event.title or event.payload
        if text:
            if self.config.connected and not await asyncio.to_thread(self._staff_have, event.sender):
                await self.graph.typing_on(event.sender)
            await handle(UserMessage(text, output, event.sender, input_channel=CHANNEL,
                                     message_id=getattr(event, "mid", None) or None))
        if isinstance(event, Message) and event.attachments:
            await self._answer_attachments(event.sender, event.attachments, output)
        return output.failures

    async def _answer_attachments(self, psid: str, attachments: tuple[Attachment, ...],
                                  output: MessengerOutput) -> None:
        """Attachments are never read, forwarded or stored (their URLs included): the patient is told,
        and for a photo or file, which may be a health document, offered the secure chat instead."""
        kinds = {a.type for a in attachments if not a.sticker}
        if not kinds:
            return  # a sticker (a thumbs-up) needs no answer
        if kinds & {"image", "file"}:
            offer = await asyncio.to_thread(self._secure_link, psid)
            await output.send_text_message(psid, " ".join(filter(None, (FILE_REPLY, HEALTH_DOCUMENT_OFFER, offer))))
        elif kinds & {"audio", "video"}:
            await output.send_text_message(psid, MEDIA_REPLY)
        else:
            await output.send_text_message(psid, OTHER_ATTACHMENT_REPLY)

    @staticmethod
    def _staff_have(conversation_id: str) -> bool:
        """Whether the bot is silent here (staff have the conversation): then no typing indicator."""
        try:
            item = unresolved_of(app_database(), conversation_id)
        except Exception:  # noqa: BLE001 - only the typing indicator depends on it
            return False
        return item is not None and pauses_bot(item.status, item.mode)

    @staticmethod
    def _secure_link(conversation_id: str) -> str | None:
        try:
            issued = links.issue(app_database(), conversation_id, CHANNEL)
        except Exception as error:  # noqa: BLE001 - the answer goes out without the link
            logger.error("Could not issue a secure chat link for %s: %s", conversation_id, type(error).__name__)
            return None
        url = links.entry_url(load_settings().servers.public_base_url, issued.token)
        return secure_link_offer(url, links.ttl_minutes())

    # -- page comments --------------------------------------------------------------------------

    async def _answer_comment(self, comment: Comment, handle: Callable[[UserMessage], Awaitable[Any]]) -> list[str]:
        """Routine: a public answer (or a private one, as configured; always private when it holds a
        one-time secure chat link). Sensitive or a crisis: the comment is hidden (configurable), the
        answer goes privately (Private Replies API), and publicly only a neutral line, which for a crisis
        gives the emergency number (bot.replies: PAGE_COMMENT). The answer is made from the redacted text:
        it never echoes details."""
        if not comment.text.strip():
            return []  # a photo or sticker comment: nothing to answer
        assessment, _ = screen(comment.text)
        flags = SafetyFlags(sensitive=assessment.sensitive, crisis=assessment.crisis)
        collector = CollectingOutputChannel()
        await handle(UserMessage(comment.text, collector, comment_conversation(comment.comment_id),
                                 input_channel=COMMENTS_CHANNEL, message_id=comment.key))
        answer = one_message([m.get("text") or "" for m in collector.messages])
        failures: list[str] = []

        async def attempt(what: str, call: Awaitable[Any]) -> bool:
            try:
                await call
                return True
            except GraphError as error:
                failures.append(f"{what}: {error.reason}")
                logger.error("Comment %s: %s failed: %s", comment.comment_id, what, error.reason)
                return False

        private_anyway = SECURE_LINK_MARK in answer or self.config.routine_comment_reply == "private"
        chosen = plan(flags, None, Place.PAGE_COMMENT_PRIVATE if private_anyway else Place.PAGE_COMMENT)
        sent = False
        for part in chosen.parts:
            if part is Part.HIDE_COMMENT:
                if self.config.hide_sensitive_comments:
                    await attempt("hide", self.graph.hide_comment(comment.comment_id))
            elif part is Part.PRIVATE_REPLY:
                sent = bool(answer) and await attempt("private reply",
                                                      self.graph.private_reply(comment.comment_id, answer))
            elif part is Part.PUBLIC_REPLY:
                if answer:
                    await attempt("public reply", self.graph.public_reply(comment.comment_id, answer))
            else:
                notice = text_of(part, chosen, self.facts.get(), private_reply_sent=sent)
                if notice:
                    await attempt("public notice", self.graph.public_reply(comment.comment_id, notice))
        return failures
