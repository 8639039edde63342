from bot.rate_limits import Duration, KeyedLimit, Rate


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000

    def __call__(self) -> int:
        return self.now


def test_a_key_over_its_limit_is_refused_until_its_window_has_room_and_other_keys_are_not_affected():
    clock = Clock()
    limit = KeyedLimit("test", [Rate(3, Duration.MINUTE)], clock=clock)
    assert [limit.hit("a") for _ in range(5)] == [True, True, True, False, False]
    assert limit.full("a") and not limit.full("b") and limit.hit("b")
    assert limit.retry_after_seconds("a") == 60
    clock.now += 30_000
    assert not limit.hit("a") and limit.retry_after_seconds("a") == 30  # refused hits were not counted
    clock.now += 30_001
    assert not limit.full("a") and limit.hit("a")


def test_several_rates_apply_together_and_clear_forgets_a_key():
    clock = Clock()
    limit = KeyedLimit("test", [Rate(2, Duration.SECOND), Rate(3, Duration.MINUTE)], clock=clock)
    assert [limit.hit("a") for _ in range(3)] == [True, True, False]  # 2 per second
    clock.now += 1001
    assert limit.hit("a") and not limit.hit("a")  # 3 per minute
    limit.clear("a")
    assert not limit.full("a") and limit.hit("a")


def test_emptied_buckets_are_dropped(monkeypatch):
    import bot.rate_limits as module

    monkeypatch.setattr(module, "_SWEEP_EVERY", 10)
    clock = Clock()
    limit = KeyedLimit("test", [Rate(1, Duration.SECOND)], clock=clock)
    for index in range(9):
        limit.hit(f"client-{index}")
    clock.now += 5000
    limit.hit("last")  # the tenth hit sweeps
    assert list(limit._buckets) == ["last"]
