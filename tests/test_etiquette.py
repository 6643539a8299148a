"""Fleet etiquette: jitter, back-off bounded by the hysteresis, a per-host request budget."""

from __future__ import annotations

import random

from aiohttp import web
from hypothesis import given
from hypothesis import strategies as st

from healthd.config.load import parse_config
from healthd.core.etiquette import (
    BACKOFF_AFTER,
    FIRST_ROUND_MAX_DELAY,
    JITTER_SHARE,
    Backoff,
    HostBudget,
    first_round_delay,
    round_delay,
    skip_rounds,
)
from healthd.daemon.scheduler import Scheduler
from healthd.model import Reason, Status


@given(st.floats(0.01, 3600), st.floats(0, 7200), st.integers(0, 2**32))
def test_round_delay_keeps_the_interval_plus_at_most_its_jitter(interval: float, elapsed: float, seed: int) -> None:
    delay = round_delay(interval, elapsed, random.Random(seed))
    assert max(0.0, interval - elapsed) <= delay <= max(0.0, interval - elapsed) + JITTER_SHARE * interval
    assert 0 <= first_round_delay(interval, random.Random(seed)) <= min(FIRST_ROUND_MAX_DELAY, interval * JITTER_SHARE)


def test_jitter_spreads_a_fleet() -> None:
    rng = random.Random(1)
    delays = {round(round_delay(30, 1, rng), 3) for _ in range(100)}
    assert len(delays) > 90 and min(delays) < 29.5 and max(delays) > 31.5


@given(st.integers(0, 200), st.integers(1, 100))
def test_backoff_never_hides_recovery_longer_than_the_hysteresis_allows(failures: int, upgrade_after: int) -> None:
    skip = skip_rounds(failures, upgrade_after)
    assert 0 <= skip <= upgrade_after - 1
    assert skip == 0 or failures >= BACKOFF_AFTER


def test_backoff_grows_exponentially_then_caps() -> None:
    assert [skip_rounds(f, 10) for f in range(1, 9)] == [0, 0, 1, 2, 4, 8, 9, 9]
    backoff, probed = Backoff(), []
    for _ in range(20):  # a target down every round it is probed, upgrade_after 3
        due = backoff.due()
        probed.append(due)
        if due:
            backoff.record(down=True, upgrade_after=3)
    gaps = [len(run) for run in "".join("x" if p else "." for p in probed).split("x")[1:-1]]
    assert max(gaps) == 2 and gaps[:3] == [0, 0, 1]  # never more than upgrade_after - 1 rounds unprobed
    backoff.record(down=False, upgrade_after=3)
    assert backoff.due() and backoff.failures == 0


@given(st.floats(1, 600), st.lists(st.floats(0, 1000), max_size=200))
def test_budget_never_exceeds_its_rate(per_minute: float, offsets: list[float]) -> None:
    budget = HostBudget(per_minute)
    times = sorted(offsets)
    taken = [t for t in times if budget.take("h", t)]
    for start in taken:  # any 60 s window holds at most a full bucket plus what refills in it
        assert sum(1 for t in taken if start <= t < start + 60) <= 2 * per_minute + 1


def test_budget_is_per_host_and_refills() -> None:
    budget = HostBudget(2)
    assert budget.take("a", 0) and budget.take("a", 0) and not budget.take("a", 0)
    assert budget.take("b", 0)
    assert not budget.take("a", 29) and budget.take("a", 30.1)


def _config(url: str, per_minute: float = 1000) -> str:
    return f"""
daemon: {{interval: 5, timeout: 1, stale_after: 20, host_requests_per_minute: {per_minute}}}
hysteresis: {{downgrade_after: 2, upgrade_after: 3}}
components:
  web: {{weight: 100, targets: [{{name: api, kind: http, url: "{url}"}}]}}
strategies:
  - {{name: optimal, min_score: 80}}
  - {{name: emergency, min_score: 0}}
"""


async def test_a_failing_target_is_backed_off_and_its_recovery_seen_in_time(serve_app) -> None:
    state = {"up": False, "hits": 0}

    async def answer(request: web.Request) -> web.Response:
        state["hits"] += 1
        return web.Response(status=200 if state["up"] else 503)

    app = web.Application()
    app.router.add_get("/", answer)
    url = str((await serve_app(app)).make_url("/"))
    async with Scheduler(parse_config(_config(url)), env={}) as scheduler:
        details = []
        for _ in range(10):
            rendered = await scheduler.run_round()
            details.append(rendered.snapshot.components[0].targets[0].result.detail)
        assert state["hits"] < 10  # some rounds skipped
        skipped = [d for d in details if d.startswith("not probed this round")]
        assert skipped and all("HTTP 503" in d for d in skipped)
        state["up"] = True
        rounds = 0
        while (await scheduler.run_round()).snapshot.decision.strategy != "optimal":
            rounds += 1
            assert rounds < 2 * 3, "recovery must show within upgrade_after - 1 rounds of back-off"


async def test_throttled_requests_keep_the_last_status(serve_app) -> None:
    async def ok(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/", ok)
    url = str((await serve_app(app)).make_url("/"))
    async with Scheduler(parse_config(_config(url, per_minute=2)), env={}) as scheduler:
        results = [(await scheduler.run_round()).snapshot.components[0].targets[0].result for _ in range(3)]
    assert [r.reason for r in results] == [Reason.OK, Reason.OK, Reason.THROTTLED]
    assert results[2].status is Status.UP and "requests a minute to 127.0.0.1" in results[2].detail
