"""Client addresses and message limits of the channels (bot.channels.limits)."""

from __future__ import annotations

from types import SimpleNamespace

from bot.channels.limits import MessageLimits, client_address


def _request(address: str) -> SimpleNamespace:
    return SimpleNamespace(remote_addr=address, ip=address)


def test_an_ipv6_client_is_counted_by_its_64_network_and_a_mapped_ipv4_as_itself():
    assert client_address(_request("2001:db8:1:2:aaaa::1")) == client_address(_request("2001:db8:1:2:bbbb::9"))
    assert client_address(_request("2001:db8:1:2::1")) == "2001:db8:1:2::/64"
    assert client_address(_request("::ffff:198.51.100.7")) == "198.51.100.7"
    assert client_address(_request("198.51.100.7")) == "198.51.100.7"
    assert client_address(_request("")) is None


def test_limits_count_per_address_and_per_conversation_and_spare_exempt_addresses(monkeypatch):
    monkeypatch.setenv("RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "3")
    monkeypatch.setenv("RATE_LIMIT_PER_CONVERSATION_PER_MINUTE", "2")
    monkeypatch.setenv("RATE_LIMIT_EXEMPT_ADDRESSES", "10.0.0.9")
    limits = MessageLimits()
    assert [limits.allow("10.0.0.1", "rest-a") for _ in range(3)] == [True, True, False]  # the conversation's 2
    assert limits.allow("10.0.0.1", "rest-b") is False  # the address has sent its 3
    assert limits.allow("10.0.0.2", "rest-b") is True  # another address, another conversation
    assert limits.allow(None, "1234567") and limits.allow(None, "1234567") and not limits.allow(None, "1234567")
    assert all(limits.allow("10.0.0.9", "rest-z") for _ in range(10))  # exempt


def test_crises_from_one_address_open_a_few_urgent_items_then_are_grouped(monkeypatch):
    monkeypatch.setenv("URGENT_ITEMS_PER_ADDRESS_PER_10_MINUTES", "2")
    limits = MessageLimits()
    assert not limits.urgent_per_address_full("10.0.0.1")
    limits.opened_urgent("10.0.0.1", 41)
    limits.opened_urgent("10.0.0.1", 42)
    assert limits.urgent_per_address_full("10.0.0.1") and limits.latest_urgent("10.0.0.1") == 42
    assert not limits.urgent_per_address_full("10.0.0.2") and not limits.urgent_per_address_full(None)
