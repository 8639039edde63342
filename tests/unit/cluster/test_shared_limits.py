"""Message rates and login throttling counted by every worker together, in a real Redis."""

from __future__ import annotations

import logging
import random
import uuid

from bot.channels.limits import MessageLimits
from bot.cluster.shared_limits import SharedKeyedLimit, keyed_limit
from bot.console.auth import LoginThrottle
from bot.rate_limits import Duration, KeyedLimit, Rate
from bot.settings import LimitSettings
from tests.conftest import free_port


def _workers(url: str, count: int, limit: int = 3) -> list[SharedKeyedLimit]:
    name = f"test {uuid.uuid4().hex[:8]}"  # a rule of its own: tests share the Redis
    return [SharedKeyedLimit(name, [Rate(limit, Duration.MINUTE)], url) for _ in range(count)]


def test_a_client_spread_over_three_workers_gets_the_allowance_of_one(redis_server):
    workers = _workers(redis_server.url, 3)
    allowed = [workers[index % 3].hit("198.51.100.7") for index in range(6)]
    assert allowed == [True, True, True, False, False, False]
    assert all(worker.full("198.51.100.7") for worker in workers)
    assert 55 <= workers[1].retry_after_seconds("198.51.100.7") <= 60
    assert workers[2].hit("198.51.100.8")  # other clients are not affected


def test_workers_whose_random_generators_are_seeded_alike_still_count_every_event(redis_server):
    # Rasa seeds `random` with the same value in every worker; pyrate-limiter names events with it
    workers = _workers(redis_server.url, 2, limit=2)
    allowed = []
    for worker in workers + workers:
        random.seed(42)
        allowed.append(worker.hit("203.0.113.9"))
    assert allowed == [True, True, False, False]


def test_a_limit_cleared_on_one_worker_is_cleared_on_all(redis_server):
    first, second = _workers(redis_server.url, 2, limit=1)
    first.hit("alice\n203.0.113.5")
    first.hit("alice\n203.0.113.6")
    assert second.any_full("alice\n") and not second.any_full("bob\n")
    second.clear_prefix("alice\n")
    assert not first.any_full("alice\n") and first.hit("alice\n203.0.113.5")
    second.clear("alice\n203.0.113.5")
    assert first.hit("alice\n203.0.113.5")


def test_keys_expire_once_idle(redis_server):
    (worker,) = _workers(redis_server.url, 1)
    worker.hit("198.51.100.9")
    assert 0 < worker.redis.pttl(worker._key("198.51.100.9")) <= int(Duration.MINUTE)


def test_message_limits_and_login_throttling_are_shared_when_redis_is_configured(redis_server, monkeypatch):
    monkeypatch.setenv("REDIS_URL", redis_server.url)
    settings = LimitSettings(max_message_chars=2000, per_address_per_minute=2, per_conversation_per_minute=100,
                             urgent_items_per_address_per_10_minutes=3, exempt_addresses=frozenset())
    worker_a, worker_b = MessageLimits(settings), MessageLimits(settings)
    address = f"192.0.2.{uuid.uuid4().int % 250}"
    assert [worker_a.allow(address, "c1"), worker_b.allow(address, "c2"), worker_a.allow(address, "c3")] == [
        True, True, False]
    throttle_a, throttle_b = LoginThrottle(attempts=2), LoginThrottle(attempts=2)
    username = f"nurse-{uuid.uuid4().hex[:6]}"
    throttle_a.failed(username, address)
    throttle_b.failed(username, address)
    assert throttle_a.retry_after(username, address) > 0 and throttle_b.throttled(username)
    throttle_a.lift(username)
    assert not throttle_b.throttled(username)


def test_without_redis_each_process_counts_alone(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "")
    limit = keyed_limit("test", [Rate(1, Duration.MINUTE)])
    assert type(limit) is KeyedLimit


def test_redis_down_counts_in_this_process_instead_and_says_so(caplog):
    port = free_port()  # nothing listens there
    (worker,) = _workers(f"redis://127.0.0.1:{port}/0", 1, limit=2)
    with caplog.at_level(logging.WARNING, logger="bot.cluster.shared_limits"):
        assert [worker.hit("198.51.100.10") for _ in range(3)] == [True, True, False]
    assert worker.full("198.51.100.10")
    warnings = [record for record in caplog.records if "counted in this process" in record.getMessage()]
    assert len(warnings) == 1  # not once per message: Redis is left alone for a while
    assert "198.51.100.10" not in caplog.text
