"""Abuse limits of the public channels and the secure chat: request sizes and message rates.

- **Body size**, checked before the body is read: a request whose Content-Length is over its route's limit
  gets a 413 at once, and no more than the limit is read of any body (Sanic's `http.routing.after` signal
  runs after routing and before the body is read). 64 KB on REST, 16 KB on the secure chat, 1 MB on the
  Messenger webhook; the whole server refuses anything over 2 MB (bot.settings.SERVER_MAX_REQUEST_BYTES).
- **Message rates** (bot.rate_limits): per client address and per conversation. A message over a limit is
  not handed to Rasa; the patient is asked to slow down (in bot.replies' words), except that a crisis is always
  answered with the emergency number or crisis line (bot.channels.guard).
- **Urgent items** per client address: a burst of crisis messages from one address (new conversation ids
  each time, say) opens only a handful of urgent items; the rest are grouped into the address's latest one
  for triage (bot.handoff.queue.group_into).

The limits are the limits section of bot.settings. Addresses listed in RATE_LIMIT_EXEMPT_ADDRESSES (comma-separated;
e.g. a monitoring host) are not rate limited. Behind a proxy, the client address is the one Sanic reports from the
proxy's headers (set SANIC_PROXIES_COUNT, or SANIC_REAL_IP_HEADER, in the environment), not the proxy's own. IPv6
clients are counted by their /64 network, which one subscriber usually holds whole.
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress
from collections import OrderedDict
from typing import Any

from sanic import Blueprint, response
from sanic.exceptions import PayloadTooLarge

from bot.cluster.shared_limits import keyed_limit
from bot.rate_limits import Duration, Rate
from bot.settings import LimitSettings, load_limits

PUBLIC_MAX_BODY_BYTES = 64 * 1024




def client_address(request: Any) -> str | None:
    """The client's address as Sanic sees it (behind a configured proxy: from the proxy's headers); an IPv6
    address as its /64 network, which one subscriber usually holds whole."""
    address = (request.remote_addr or request.ip or "")[:64]
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address or None
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def limit_body(blueprint: Blueprint, max_bytes: int) -> None:
    """Refuse (413) any request to this blueprint's routes with a body over max_bytes, before reading it."""

    @blueprint.exception(PayloadTooLarge)
    async def too_large(request: Any, error: PayloadTooLarge) -> Any:
        return response.json({"error": f"the body may have at most {max_bytes:,} bytes"}, status=413)

    @blueprint.signal("http.routing.after")
    async def refuse_large_bodies(request: Any, route: Any, kwargs: Any, handler: Any) -> None:
        if f".{blueprint.name}." not in f".{route.name}":  # the signal fires for every route of the app
            return
        if request.stream is not None:  # a body is read no further than the limit (also after a refusal)
            request.stream.request_max_size = min(request.stream.request_max_size, max_bytes)
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise PayloadTooLarge(f"the body may have at most {max_bytes:,} bytes")


class MessageLimits:
    """Message rates per client address and per conversation, and urgent items per client address (`settings`:
    the limits section of bot.settings, read when the counters are made if not given)."""

    def __init__(self, settings: LimitSettings | None = None) -> None:
        settings = settings or load_limits()
        self.per_address = keyed_limit("messages per client address", [
            Rate(settings.per_address_per_minute, Duration.MINUTE)])
        self.per_conversation = keyed_limit("messages per conversation", [
            Rate(settings.per_conversation_per_minute, Duration.MINUTE)])
        self.urgent_per_address = keyed_limit("urgent items per client address", [
            Rate(settings.urgent_items_per_address_per_10_minutes, Duration.MINUTE * 10)])
        self.exempt = settings.exempt_addresses
        self._latest_urgent: OrderedDict[str, int] = OrderedDict()  # address -> its latest urgent item
        self.crisis_lock = asyncio.Lock()  # crises are recorded one at a time (they are rare)

    def allow(self, address: str | None, conversation_id: str) -> bool:
        """Count a message; False when the address or the conversation is over its rate. Every message counts
        toward its address; a message the address's limit refuses does not count toward its conversation."""
        if address in self.exempt:
            return True
        if address is not None and not self.per_address.hit(address):
            return False
        return self.per_conversation.hit(conversation_id)

    def urgent_per_address_full(self, address: str | None) -> bool:
        """Whether this address has opened as many urgent items as it may for now (its crises are then grouped)."""
        if address is None or address in self.exempt or self.latest_urgent(address) is None:
            return False
        return self.urgent_per_address.full(address)

    def opened_urgent(self, address: str | None, escalation_id: int | None) -> None:
        if address is None or escalation_id is None or address in self.exempt:
            return
        self.urgent_per_address.hit(address)
        self._latest_urgent[address] = escalation_id
        self._latest_urgent.move_to_end(address)
        while len(self._latest_urgent) > 10_000:
            self._latest_urgent.popitem(last=False)

    def latest_urgent(self, address: str | None) -> int | None:
        return self._latest_urgent.get(address) if address is not None else None


@functools.lru_cache(maxsize=1)
def shared_limits() -> MessageLimits:
    """One set of counters for every channel of this process (REST and web chat share the client's address)."""
    return MessageLimits()
