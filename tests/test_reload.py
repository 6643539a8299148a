"""SIGHUP reloads: off the event loop, one at a time, every failure a counted refusal, all of a config applied
(or what needs a restart said)."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import time
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

import healthd.daemon.reload
from healthd.config.load import MAX_CONFIG_BYTES, parse_config
from healthd.daemon.reload import Reloader
from healthd.daemon.resources import CappedSite, connection_cap
from healthd.daemon.scheduler import Scheduler
from healthd.daemon.serve import assemble
from healthd.daemon.source import ConfigSource
from tests.support import config_for, get, serving, slow_app, write_config


def reloaded(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "healthd.reload"]


async def test_sighups_during_a_load_coalesce_into_one_more_load(tmp_path: Path, caplog) -> None:
    path = tmp_path / "strategies.yaml"
    path.write_text(config_for(["http://127.0.0.1:1/"]))
    source = ConfigSource(path)
    scheduler = Scheduler(source.config, env={})
    reloader = Reloader(scheduler, source, "127.0.0.1:9180", listen_overridden=False)
    caplog.set_level(logging.INFO, "healthd.reload")
    reloader.request()
    await asyncio.sleep(0)  # the first load is now under way, in its thread
    (tmp_path / "new.yaml").write_text(config_for(["http://127.0.0.1:1/"], names=("latest", "worst")))
    (tmp_path / "new.yaml").replace(path)  # atomically: the first load reads the old file or the new one
    for _ in range(5):
        reloader.request()
    await reloader.wait()
    assert reloaded(caplog) == ["config_reloaded", "config_reloaded"]
    assert scheduler.config.strategies[0].name == "latest"  # the last SIGHUP's file is the one applied


async def test_any_failure_is_a_refusal_that_readyz_and_the_metric_report(
    tmp_path: Path, serve_app, monkeypatch, caplog
) -> None:
    up = str((await serve_app(slow_app(0))).make_url("/"))
    path = tmp_path / "strategies.yaml"
    path.write_text(config_for([up]))
    source = ConfigSource(path)
    async with Scheduler(source.config, env={}) as scheduler:
        await scheduler.run_round()
        server = await serve_app(assemble(scheduler, source))
        reloader = Reloader(scheduler, source, "127.0.0.1:9180", listen_overridden=False)

        async def refused_by_both(needle: str) -> None:
            status, ready = await get(str(server.make_url("/readyz")))
            assert status == 200 and "reload refused" in ready and needle in ready, ready
            _, metrics = await get(str(server.make_url("/metrics")))
            assert "\nhealthd_config_reload_success 0.0\n" in metrics

        path.write_text("strategies: &a [*a]\n")
        reloader.request()
        await reloader.wait()
        await refused_by_both(f"{path}:1:17: alias *a refers to a value that contains it")

        path.write_text(config_for([up]))
        reloader.request()
        await reloader.wait()
        assert "\nhealthd_config_reload_success 1.0\n" in (await get(str(server.make_url("/metrics"))))[1]

        def broken(path: Path) -> None:
            raise MemoryError("as if the file were a billion laughs")

        monkeypatch.setattr(healthd.daemon.reload, "load_config", broken)
        caplog.set_level(logging.ERROR, "healthd.reload")
        reloader.request()
        await reloader.wait()
        await refused_by_both("unexpected error while loading: MemoryError: as if the file were a billion laughs")
        assert "config_reload_failed" in reloaded(caplog)  # with its traceback, for the bug report


async def test_a_changed_listen_is_reported_as_needing_a_restart(tmp_path: Path, serve_app, caplog) -> None:
    url = str((await serve_app(slow_app(0))).make_url("/"))
    path = tmp_path / "strategies.yaml"
    path.write_text(config_for([url]))
    caplog.set_level(logging.WARNING, "healthd.reload")
    source = ConfigSource(path)
    async with Scheduler(source.config, env={}) as scheduler:
        await scheduler.run_round()
        server = await serve_app(assemble(scheduler, source))
        path.write_text(config_for([url]).replace("daemon: {", 'daemon: {listen: "127.0.0.1:9999", '))
        for overridden, expected in ((True, ""), (False, "daemon.listen is 127.0.0.1:9999")):
            reloader = Reloader(scheduler, source, "127.0.0.1:9180", listen_overridden=overridden)
            reloader.request()
            await reloader.wait()
            ready = (await get(str(server.make_url("/readyz"))))[1]
            assert source.status.ok
            assert ("needs a restart: " + expected in ready) if expected else "restart" not in ready, ready
        assert reloaded(caplog) == ["config_needs_restart"]
        assert "still listens on 127.0.0.1:9180" in caplog.records[-1].reason


async def test_raising_concurrency_by_reload_widens_the_probe_pool(serve_app) -> None:
    in_flight = {"now": 0, "max": 0}

    async def handler(request: web.Request) -> web.Response:
        in_flight["now"] += 1
        in_flight["max"] = max(in_flight["max"], in_flight["now"])
        await asyncio.sleep(0.3)
        in_flight["now"] -= 1
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_get("/", handler)
    urls = [str((await serve_app(app)).make_url("/"))] * 8
    async with Scheduler(parse_config(config_for(urls, concurrency=2)), env={}) as scheduler:
        await scheduler.run_round()
        assert in_flight["max"] == 2
        scheduler.replace_config(parse_config(config_for(urls, concurrency=8)))
        in_flight["max"] = 0
        await scheduler.run_round()
        assert in_flight["max"] == 8


async def test_a_huge_bad_file_reloads_off_the_event_loop_and_is_counted(tmp_path: Path, upstream: str) -> None:
    """The daemon as a process: /healthz answers all through a 1 MiB reload, and the refusal is counted."""
    config = write_config(tmp_path / "strategies.yaml", upstream)
    good = config.read_text()
    async with serving(config, tmp_path / "daemon.log") as (daemon, base):
        # valid YAML just under the cap, so the whole of it is parsed (seconds), with one unknown key per line
        filler = "".join(f"bogus_{i}: {i}\n" for i in range(MAX_CONFIG_BYTES // 20))
        config.write_text(good + filler[: MAX_CONFIG_BYTES - len(good) - 100])
        daemon.send_signal(signal.SIGHUP)
        sent, answered, slowest = time.monotonic(), 0, 0.0
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as session:
            while b"config_reload_refused" not in (tmp_path / "daemon.log").read_bytes():
                began = time.monotonic()
                async with session.get(f"{base}/healthz") as response:  # 2 s at most, or this fails
                    assert response.status == 200
                slowest = max(slowest, time.monotonic() - began)
                answered += 1
                await asyncio.sleep(0.05)
        assert answered >= 3, "the reload ended before /healthz was asked during it: the test proved nothing"
        took = time.monotonic() - sent
        print(f"\n/healthz answered {answered} times during a {took:.1f} s reload; slowest {slowest * 1000:.0f} ms")
        refused = next(json.loads(x) for x in (tmp_path / "daemon.log").read_text().splitlines() if "refused" in x)
        assert "unknown key 'bogus_0'" in refused["errors"] and "more (healthd config validate" in refused["errors"]
        assert len(refused["errors"].splitlines()) == 21  # bounded: 20 issues and how many more
        status, ready_text = await get(f"{base}/readyz")
        assert status == 200 and "reload refused" in ready_text
        assert "\nhealthd_config_reload_success 0.0\n" in (await get(f"{base}/metrics"))[1]
        daemon.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(daemon.wait(), 10) == 0


async def test_a_reload_resizes_the_connection_cap_and_names_the_history_size_as_needing_a_restart(
    tmp_path: Path, serve_app
) -> None:
    url = str((await serve_app(slow_app(0))).make_url("/"))
    path = tmp_path / "strategies.yaml"
    path.write_text(config_for([url], concurrency=2))
    source = ConfigSource(path)
    async with Scheduler(source.config, env={}) as scheduler:
        runner = web.AppRunner(assemble(scheduler, source))
        await runner.setup()
        try:
            site = CappedSite(runner, "127.0.0.1", 0, cap=connection_cap(4096, 2))
            await site.start()
            reloader = Reloader(scheduler, source, "127.0.0.1:9180", True, site, descriptors=4096)
            path.write_text(config_for([url], concurrency=500).replace("daemon: {", "daemon: {history: 100, "))
            reloader.request()
            await reloader.wait()
        finally:
            await runner.cleanup()
    assert site.cap == connection_cap(4096, 500) < connection_cap(4096, 2)  # room left for 500 probes in flight
    assert source.status.needs_restart == "daemon.history is 100 but the status page keeps 2880 rounds"
