"""Rounds: concurrent and bounded, hysteresis across rounds, config swaps, listeners."""

from __future__ import annotations

import asyncio
import time

from aiohttp import web

from healthd.config.load import parse_config
from healthd.daemon.scheduler import Scheduler
from healthd.model import Reason, Status
from tests.support import config_for, slow_app


async def test_targets_are_probed_concurrently(serve_app) -> None:
    server = await serve_app(slow_app(0.5))
    config = parse_config(config_for([str(server.make_url("/"))] * 6))
    async with Scheduler(config, env={}) as scheduler:
        began = time.monotonic()
        rendered = await scheduler.run_round()
        elapsed = time.monotonic() - began
    assert [t.result.status for t in rendered.snapshot.components[0].targets] == [Status.UP] * 6
    assert elapsed < 6 * 0.5  # serial would take the sum


async def test_round_never_outlives_its_interval(serve_app) -> None:
    server = await serve_app(slow_app(0.9))
    config = parse_config(config_for([str(server.make_url("/"))] * 3, interval=1.5, timeout=1, concurrency=1))
    async with Scheduler(config, env={}) as scheduler:
        began = time.monotonic()
        rendered = await scheduler.run_round()
        elapsed = time.monotonic() - began
    results = [t.result for t in rendered.snapshot.components[0].targets]
    assert elapsed < 1.5 + 0.5
    assert results[0].status is Status.DEGRADED  # correct but slower than half its timeout
    assert results[-1].reason is Reason.TIMEOUT and "round deadline" in results[-1].detail


async def test_hysteresis_across_rounds_and_listeners(serve_app) -> None:
    healthy = {"value": True}

    async def handler(request: web.Request) -> web.Response:
        return web.json_response({}, status=200 if healthy["value"] else 503)

    app = web.Application()
    app.router.add_get("/", handler)
    server = await serve_app(app)
    seen: list[str] = []
    config = parse_config(
        config_for([str(server.make_url("/"))] * 2, names=("good", "middle")).replace(
            "- {name: middle, min_score: 0",
            "- {name: middle, min_score: 25, params: {timeout_minutes: 25}}\n  - {name: bad, min_score: 0",
        )
    )
    async with Scheduler(config, env={}) as scheduler:
        scheduler.board.subscribe(lambda rendered: seen.append(rendered.snapshot.decision.strategy))
        await scheduler.run_round()
        healthy["value"] = False
        await scheduler.run_round()  # raw choice is the lowest: collapse at once
        healthy["value"] = True
        for _ in range(3):
            await scheduler.run_round()
    assert seen == ["good", "bad", "bad", "bad", "good"]
    assert scheduler.board.latest is not None and scheduler.board.latest.snapshot.round == 5


async def test_replace_config_keeps_or_resets_state(serve_app) -> None:
    server = await serve_app(slow_app(0))
    url = str(server.make_url("/"))
    async with Scheduler(parse_config(config_for([url])), env={}) as scheduler:
        await scheduler.run_round()
        assert scheduler.hysteresis.current == "good"
        scheduler.replace_config(parse_config(config_for([url, url])))
        assert scheduler.hysteresis.current == "good"
        scheduler.replace_config(parse_config(config_for([url], names=("fine", "worse"))))
        assert scheduler.hysteresis.current is None
        rendered = await scheduler.run_round()
        assert rendered.snapshot.decision.strategy == "fine"
        assert rendered.snapshot.strategies == ("fine", "worse")


async def test_run_loops_until_stopped(serve_app) -> None:
    server = await serve_app(slow_app(0))
    config = parse_config(config_for([str(server.make_url("/"))], interval=0.2, timeout=0.1))
    stop = asyncio.Event()
    async with Scheduler(config, env={}) as scheduler:
        scheduler.board.subscribe(lambda rendered: rendered.snapshot.round >= 3 and stop.set())
        await asyncio.wait_for(scheduler.run(stop), timeout=5)
    assert scheduler.board.latest.snapshot.round == 3
