"""The secure chat: a private conversation entered only through a one-time link the bot issues.

Routes (on the Rasa server, under /secure):
  GET  /secure/enter/<token>  redeem a one-time link (bot.secure.links), set the session cookie,
                              start the secure conversation with the earlier topic/place carried
                              over and the held message answered as the patient's first turn, then
                              move on to the chat;
                              a refused link gets a plain page saying why and what to do.
  GET  /secure/               the chat page (a page explaining how to get a link without a session)
  GET  /secure/transcript     the conversation so far (JSON), for the page and staff replies
  POST /secure/messages       {"message": "..."} -> the bot's replies (JSON)
  POST /secure/end            end the session (forget the cookie)

The session is a server-issued random token in a Secure, HttpOnly, SameSite=Strict cookie;
the conversation id is created by the server. POSTs also need the `X-Secure-Chat: 1` header,
which a cross-site form cannot send: with the SameSite cookie, that is the CSRF protection.
Every response has no-store caching and a strict CSP. Messages pass the same guard as the
public channels in secure mode: crises are handled the same way; the text is not redacted,
because this conversation is stored encrypted (bot.tracker_store).

Layout: `entry.py` (the link's two routes and the start of the conversation) and `chat.py` (the page, its
transcript and messages, the end, the assets) hold named route handlers, composed here into the channel's
blueprint; what they share (settings, database, facts, the page, the guarded message handler) is one
`context.SecureChat` on `app.ctx.secure_chat`; who may use a route is decided by `access.patient_only` (the
session) and `access.from_the_page` (the anti-CSRF header). Sessions, the cookie and the security headers'
middleware are bot.web_security's, as the staff console's are; the header values are the web chat's
(bot.channels.webchat_page.SECURITY_HEADERS).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint

from bot.channels.guard import guarded
from bot.channels.limits import limit_body
from bot.channels.secure_chat import chat, delivery, entry  # noqa: F401 - delivery registers itself
from bot.channels.secure_chat.context import SecureChat
from bot.channels.webchat_page import SECURITY_HEADERS
from bot.settings import load_settings
from bot.web_security import security_headers

MAX_BODY_BYTES = 16_384


class SecureChatInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "secure"

    def url_prefix(self) -> str:
        return "/secure"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        context = SecureChat.create(load_settings(), guarded(on_new_message, secure=True), self.name())
        secure = Blueprint("secure_chat", __name__)
        limit_body(secure, MAX_BODY_BYTES)
        secure.middleware(security_headers(SECURITY_HEADERS), "response")
        secure.listener("before_server_start")(context.install)
        for handler, uri, method in (*entry.ROUTES, *chat.ROUTES):
            secure.add_route(handler, uri, methods=[method])
        return secure
