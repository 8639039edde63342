"""One rule for conversation ids: an id says which channel it belongs to, and only that channel accepts it.

- `socketio`: `web-` + 32 hex, made by the server from the browser's signed session token
  (bot.channels.webchat);
- `secure`: `secure-` + 32 hex, made by the server when a one-time link is redeemed (bot.secure.links);
- `facebook_comments`: `fbcomment-` + the comment's id, from Meta's signed webhook;
- `messenger`: digits only (the page-scoped id Meta sends in the signed webhook);
- `rest`: anything else of 1-128 `[A-Za-z0-9_.:@-]` starting with a letter or digit, chosen by the REST
  client (tests and integrations).

So a client of one channel cannot write into, or receive, another channel's conversation: each channel's
ingress refuses ids whose channel is not its own (bot.channels.guard), and a staff reply goes to the channel
the id names (bot.handoff.rasa_api), never to whichever channel wrote last.
"""

from __future__ import annotations

import re
from urllib.parse import quote

WEB_CHAT = "socketio"
SECURE = "secure"
COMMENTS = "facebook_comments"
MESSENGER = "messenger"
REST = "rest"

PREFIXES = {WEB_CHAT: "web-", SECURE: "secure-", COMMENTS: "fbcomment-"}
# What staff call each channel (the console's filters, the analytics).
LABELS = {WEB_CHAT: "Web chat", MESSENGER: "Messenger", COMMENTS: "Page comments", SECURE: "Secure chat",
          REST: "REST API"}
_SHAPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$")  # never "." or "..": those are path steps
_PAGE_SCOPED_ID = re.compile(r"^[0-9]{1,32}$")


def well_formed(conversation_id: object) -> bool:
    """Whether a value can be a conversation id at all (any channel)."""
    return isinstance(conversation_id, str) and bool(_SHAPE.match(conversation_id))


def channel_of(conversation_id: str) -> str:
    """The channel a (well-formed) conversation id belongs to."""
    for channel, prefix in PREFIXES.items():
        if conversation_id.startswith(prefix):
            return channel
    if _PAGE_SCOPED_ID.match(conversation_id):
        return MESSENGER
    return REST


def belongs_to(conversation_id: str, channel: str | None) -> bool:
    """Whether `channel` may carry this conversation."""
    return well_formed(conversation_id) and channel_of(conversation_id) == channel


def in_url(conversation_id: str) -> str:
    """The id as one URL path segment: nothing, not even "/", left unquoted (so "../" cannot steer a call)."""
    return quote(conversation_id, safe="")
