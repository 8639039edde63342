"""Who may use a secure chat route, decided in one place: the session (`patient_only`) and, for a POST, the header
only the chat page sends (`from_the_page`); the session's cookie."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from typing import Any

from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.secure_chat.context import secure_chat_of
from bot.secure import links
from bot.web_security import Cookie

SESSION_COOKIE = Cookie("rb_secure", path="/secure")
CSRF_HEADER = "X-Secure-Chat"

Handler = Callable[..., Awaitable[HTTPResponse]]


def no_session(_: Request) -> HTTPResponse:
    return response.json({"error": "no secure session"}, status=401)


async def conversation_of(request: Request, active: bool = True) -> str | None:
    """The secure conversation of the request's session cookie; None without a live session. `active`: the
    patient did something (not the page's polling), which keeps the session from going idle."""
    return await asyncio.to_thread(links.session_conversation, secure_chat_of(request).db,
                                   SESSION_COOKIE.read(request), None, active)


def patient_only(polling: bool = False, refuse: Callable[[Request], HTTPResponse] = no_session,
                 ) -> Callable[[Handler], Handler]:
    """A route for a patient with a live session, called as handler(request, conversation_id, **route
    parameters); without a session, `refuse(request)` answers (401 JSON unless told otherwise). `polling`: the
    page's own background requests, which do not keep the session from going idle."""

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def in_session(request: Request, **params: Any) -> HTTPResponse:
            conversation_id = await conversation_of(request, active=not polling)
            if conversation_id is None:
                return refuse(request)
            return await handler(request, conversation_id, **params)

        return in_session

    return decorate


def from_the_page(handler: Handler) -> Handler:
    """A POST only the chat page can send: refused (403) without the `X-Secure-Chat: 1` header, before anything
    else is looked at. A cross-site form cannot send the header; with the SameSite cookie, that is the CSRF
    protection."""

    @functools.wraps(handler)
    async def checked(request: Request, **params: Any) -> HTTPResponse:
        if request.headers.get(CSRF_HEADER) != "1":
            return response.json({"error": f"missing {CSRF_HEADER} header"}, status=403)
        return await handler(request, **params)

    return checked
