"""The fleet with real parts: a real Prometheus scrapes four healthd instances on loopback (in-process).

One instance's own path to a target breaks (scope local), then the target for all (scope fleet); a
fresh fifth instance warm-starts from its peers; the fleet's pin file pins them all (an admin pin wins
where it is set); a malformed pin file is refused while answers stay fresh; Prometheus is killed
(fleet view unavailable, answers still fresh, the round within its deadline).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import yaml
from aiohttp import web

from healthd.config.load import parse_config
from healthd.daemon.scheduler import Scheduler
from healthd.daemon.serve import assemble
from healthd.model import Pin, iso8601
from tests.fakes.switch import Switch
from tests.support import ROOT, free_port, poll, stop_process

ALERTS = ROOT / "grafana" / "prometheus" / "alerts.yml"
CONFIG = """
daemon: {interval: 1, timeout: 0.5, stale_after: 4}
hysteresis: {downgrade_after: 1, upgrade_after: 3}
components:
  registries:
    weight: 100
    targets:
      - {name: ghcr, kind: http, url: "PATH"}
      - {name: hub, kind: http, url: "HUB"}
strategies:
  - {name: optimal, min_score: 75}
  - {name: conservative, min_score: 40}
  - {name: emergency, min_score: 0}
fleet:
  prometheus: "PROMETHEUS"
  selector: '{job="healthd"}'
  timeout: 0.4
  min_peers: 3
  pin_file: "PIN_FILE"
"""


@dataclass
class Instance:
    scheduler: Scheduler
    path: Switch  # this instance's own path to ghcr
    url: str

    async def strategy(self, session: aiohttp.ClientSession) -> dict[str, Any]:
        async with session.get(f"{self.url}/strategy?format=json") as response:
            return await response.json()


def target(doc: dict[str, Any], name: str) -> dict[str, Any]:
    """The target's document; an empty one while the daemon is warming up (no round yet)."""
    if "components" not in doc:
        return {"fleet": None, "scope": None}
    return next(t for t in doc["components"]["registries"]["targets"] if t["name"] == name)


@contextlib.asynccontextmanager
async def instance(serve_app: Any, config: str, port: int, stop: asyncio.Event) -> AsyncIterator[Instance]:
    path = Switch()
    url = str((await serve_app(path.app())).make_url("/"))
    scheduler = Scheduler(parse_config(config.replace("PATH", url)), env={})
    async with scheduler:
        runner = web.AppRunner(assemble(scheduler), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        rounds = asyncio.create_task(scheduler.run(stop))
        try:
            yield Instance(scheduler, path, f"http://127.0.0.1:{port}")
        finally:
            rounds.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await rounds
            await runner.cleanup()


async def test_a_fleet_on_a_real_prometheus(serve_app, prometheus, tmp_path: Path) -> None:
    hub = Switch()  # the service every instance probes
    hub_url = str((await serve_app(hub.app())).make_url("/"))
    ports = [free_port() for _ in range(5)]  # the fifth starts later, fresh
    scrape = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(ALERTS)],
        "scrape_configs": [{"job_name": "healthd", "static_configs": [{"targets": [f"127.0.0.1:{p}" for p in ports]}]}],
    }
    prom = await prometheus(scrape)
    pin_file = tmp_path / "fleet-pin.json"
    config = CONFIG.replace("HUB", hub_url).replace("PROMETHEUS", prom.url).replace("PIN_FILE", str(pin_file))
    stop = asyncio.Event()
    async with contextlib.AsyncExitStack() as stack:
        fleet = [await stack.enter_async_context(instance(serve_app, config, p, stop)) for p in ports[:4]]
        a = fleet[0]
        session = await stack.enter_async_context(aiohttp.ClientSession())

        async def a_says(check: Any) -> bool:
            doc = await a.strategy(session)
            return "components" in doc and bool(check(doc))

        # everyone up: A sees 3 peers (itself excluded, whatever instance label Prometheus gave it)
        await poll(lambda: a_says(lambda d: target(d, "hub")["fleet"] == {"up": 3, "peers": 3}), "3 peers", 30)
        doc = await a.strategy(session)
        assert target(doc, "hub")["scope"] is None and doc["strategy"] == "optimal"

        # A's own path to ghcr breaks: down here only
        a.path.up = False
        await poll(lambda: a_says(lambda d: target(d, "ghcr")["scope"] == "local"), "scope local")
        doc = await a.strategy(session)
        assert target(doc, "ghcr")["fleet"] == {"up": 3, "peers": 3}
        assert "registries/ghcr down here only: up for 3 of 3 peers" in doc["reasons"]
        assert doc["strategy"] == "conservative"  # its own probes still decide its strategy
        async with session.get(f"{a.url}/probes") as response:
            probes = await response.json()
        assert next(t for t in probes["targets"] if t["name"] == "ghcr")["scope"] == "local"
        async with session.get(f"{a.url}/") as response:
            assert "here only" in await response.text()  # the status page's fleet column
        local = next(r["expr"] for g in yaml.safe_load(ALERTS.read_text())["groups"] for r in g["rules"]
                     if r.get("alert") == "HealthdTargetDownLocalOnly")  # fmt: skip

        async def alert_holds(expr: str) -> bool:
            return bool((await prom.query(expr))["data"]["result"])

        await poll(lambda: alert_holds(local), "HealthdTargetDownLocalOnly's expression")
        a.path.up = True

        # the service itself goes down for everyone: fleet-wide
        hub.up = False
        # scope is `fleet` as soon as half the peers see it down: wait until every peer's round has
        await poll(lambda: a_says(lambda d: target(d, "hub")["fleet"] == {"up": 0, "peers": 3}), "every peer down")
        await poll(lambda: a_says(lambda d: target(d, "hub")["scope"] == "fleet"), "scope fleet")
        doc = await a.strategy(session)
        assert target(doc, "hub")["fleet"] == {"up": 0, "peers": 3} and target(doc, "ghcr")["scope"] is None
        assert "registries/hub down fleet-wide: down for 3 of 3 peers" in doc["reasons"]
        fleet_down = next(r["expr"] for g in yaml.safe_load(ALERTS.read_text())["groups"] for r in g["rules"]
                          if r.get("alert") == "HealthdFleetTargetDown")  # fmt: skip
        await poll(lambda: alert_holds(fleet_down), "HealthdFleetTargetDown's expression")

        # a fresh instance whose own first rounds see everything up starts from what its peers serve
        up = Switch()
        fresh = CONFIG.replace("HUB", str((await serve_app(up.app())).make_url("/")))
        fresh = fresh.replace("PROMETHEUS", prom.url).replace("PIN_FILE", str(pin_file))
        await poll(
            lambda: alert_holds('count(healthd_strategy{strategy="conservative"} == 1) >= 4'), "peers conservative"
        )
        e = await stack.enter_async_context(instance(serve_app, fresh, ports[4], stop))
        await poll(lambda: e_round(e), "the fresh instance's first round")
        doc = await e.strategy(session)
        assert doc["strategy"] == "conservative", doc["reasons"]
        assert "warm start: 4 of 4 fleet peers serve conservative" in doc["reasons"]
        assert any(r.startswith("holding conservative: 1/3 rounds toward optimal") for r in doc["reasons"])
        hub.up = True

        # the fleet's pin file pins every instance; an admin pin wins where it is set
        until = iso8601(time.time() + 3600)
        pin_file.write_text(json.dumps({"strategy": "emergency", "until": until, "reason": "hub incident"}))
        for member in fleet:
            await poll(lambda m=member: pinned(m, session, "file"), "the file pin everywhere")
        fleet[1].scheduler.pins.set(Pin("conservative", time.time() + 600, "mine", "admin"))
        await poll(lambda: pinned(fleet[1], session, "admin"), "the admin pin wins on its instance")
        assert (await fleet[2].strategy(session))["pin"]["source"] == "file"
        pin_file.write_text('{"strategy": "emergency", "until": "next week"')  # malformed: refused, still serving
        await poll(lambda: a_says(lambda d: d["pin"] is None and not d["stale"] and any(
            r.startswith("fleet pin file refused:") for r in d["reasons"])), "a refused pin file")  # fmt: skip
        pin_file.unlink()
        await poll(lambda: a_says(lambda d: not any("pin file" in r for r in d["reasons"])), "pin file gone")

        # Prometheus dies: the view is unavailable, the answers stay fresh and the rounds on time
        assert prom.process is not None
        await stop_process(prom.process)
        await poll(lambda: a_says(lambda d: any(r.startswith("fleet view unavailable:") for r in d["reasons"])), "down")
        async with session.get(f"{a.url}/probes") as response:
            probes = await response.json()
        assert not probes["stale"] and probes["duration_seconds"] < 1.0
        # after stale_after (4 s) the last good view is dropped: no fleet data rather than an old one
        await poll(lambda: a_says(lambda d: target(d, "hub")["fleet"] is None and not d["stale"]), "view dropped", 10)
        stop.set()


async def e_round(e: Instance) -> bool:
    return e.scheduler.board.latest is not None


async def pinned(member: Instance, session: aiohttp.ClientSession, source: str) -> bool:
    pin = (await member.strategy(session))["pin"]
    return pin is not None and pin["source"] == source
