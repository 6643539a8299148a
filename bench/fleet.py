"""The fleet query at scale: `python bench/fleet.py [--instances 1000]` prints its time and bytes per round.

A generated scrape target (this file with --serve, in its own process) exposes the series of a
simulated fleet: 1,000 instances in namespace arc-runners plus 50 in `other` (the selector must drop
them), 10 targets each, with distinct `instance` labels (scraped with honor_labels). docker.io is down
for ~90% of them, mirror.gcr.io for 3%, everything else for ~1%; 3% stopped their rounds, 2% are pinned,
~3% of targets are carried (not observed for 90 s). A real Prometheus scrapes it every 5 s. Then the
daemon's own reader (healthd.daemon.fleet.FleetReader, aiohttp, its deadline and cap) reads the view
as one round would, the answer is checked against the ground truth computed here in Python, and the
wall time per round, the response bytes and Prometheus's own evaluation time (stats=all) are printed.
Nothing here asserts or gates; the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import free_port  # noqa: E402

TARGETS = [
    ("registries", "ghcr.io"), ("registries", "docker.io"), ("registries", "quay.io"),
    ("mirrors", "mirror.gcr.io"), ("goproxy", "proxy.golang.org"), ("goproxy", "goproxy.internal"),
    ("cache", "gha-cache"), ("dns", "resolver"), ("statuspage", "githubstatus"), ("builder", "buildx"),
]  # fmt: skip
STRATEGIES = ["optimal", "conservative", "emergency"]
ROUND = 15.0
FRESH = 30.0  # the reader's freshness in this bench (a daemon uses its daemon.stale_after)
SELECTOR = '{job="healthd", namespace="arc-runners"}'


@dataclass
class Instance:
    name: str
    namespace: str
    member_id: str
    round_age: float
    pinned: bool
    strategy: str
    success: dict[tuple[str, str], int] = field(default_factory=dict)
    observed_age: dict[tuple[str, str], float] = field(default_factory=dict)


def make_fleet(n: int, seed: int = 7, other: int = 50) -> list[Instance]:
    rnd = random.Random(seed)
    fleet = []
    for i in range(n + other):
        stale = rnd.random() < 0.03
        pinned = not stale and rnd.random() < 0.02
        inst = Instance(
            f"10.{i // 62500}.{i // 250 % 250}.{i % 250}:9180",
            "arc-runners" if i < n else "other",
            f"{rnd.getrandbits(64):016x}",
            600.0 + rnd.random() * 60 if stale else rnd.random() * ROUND,
            pinned,
            "emergency" if pinned else rnd.choices(STRATEGIES, [0.7, 0.25, 0.05])[0],
        )
        for key in TARGETS:
            inst.success[key] = 0 if rnd.random() < {"docker.io": 0.9, "mirror.gcr.io": 0.03}.get(key[1], 0.01) else 1
            inst.observed_age[key] = inst.round_age + (6 * ROUND if rnd.random() < 0.03 else 0.0)
        fleet.append(inst)
    return fleet


def exposition(fleet: list[Instance], now: float) -> bytes:
    families: dict[str, list[str]] = {}

    def add(name: str, labels: str, value: float) -> None:
        families.setdefault(name, []).append(f"{name}{{{labels}}} {value}")

    for inst in fleet:
        base = f'instance="{inst.name}",namespace="{inst.namespace}"'
        add("healthd_fleet_member", f'{base},id="{inst.member_id}"', 1)
        add("healthd_last_round_timestamp_seconds", base, round(now - inst.round_age, 3))
        add("healthd_pin_active", base, int(inst.pinned))
        for s in STRATEGIES:
            add("healthd_strategy", f'{base},strategy="{s}"', int(s == inst.strategy))
        for (c, t), ok in inst.success.items():
            labels = f'{base},component="{c}",target="{t}"'
            add("healthd_probe_success", labels, ok)
            add("healthd_probe_observed_timestamp_seconds", labels, round(now - inst.observed_age[(c, t)], 3))
            for status in ("up", "degraded", "down"):
                add(
                    "healthd_probe_status",
                    f'{labels},status="{status}"',
                    int((status == "up") == bool(ok) != (status == "degraded")),
                )
    return "".join(f"# TYPE {name} gauge\n" + "\n".join(lines) + "\n" for name, lines in families.items()).encode()


def serve(port: int, n: int) -> None:
    fleet = make_fleet(n)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = exposition(fleet, time.time())
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


def expected(fleet: list[Instance], me: Instance) -> dict[tuple[str, str], tuple[int, int]]:
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for inst in fleet:
        if inst is me or inst.namespace != "arc-runners":
            continue
        for key, ok in inst.success.items():
            if inst.observed_age[key] < FRESH:
                up, peers = out.get(key, (0, 0))
                out[key] = (up + ok, peers + 1)
    return out


async def measure(prometheus: str, fleet: list[Instance], me: Instance, runs: int) -> None:

    from healthd.config.schema import build
    from healthd.config.selector import parse_selector
    from healthd.config.types import FleetSettings
    from healthd.core.fleet import targets_query, warm_start_query
    from healthd.daemon.fleet import FleetReader
    from healthd.probes.fetch import probe_session

    settings: FleetSettings = build(FleetSettings, {"prometheus": prometheus, "selector": SELECTOR, "timeout": 2.0})
    reader = FleetReader(settings, me.member_id, {}, keep_seconds=60, timeout=2.0)
    query = targets_query(parse_selector(SELECTOR), me.member_id, FRESH)
    async with probe_session(4) as session:  # the daemon's own session: a fresh connection per query
        for _ in range(100):  # until Prometheus holds this instance's member series (a scrape or two)
            view, why = await reader.view(session, FRESH)
            if view is not None and view.self_seen and why is None:
                break
            await asyncio.sleep(1)
        truth = {k: (c.up, c.peers) for k, c in view.targets.items()} if view else {}
        print(f"answer matches the ground truth: {truth == expected(fleet, me)} (self seen: {view and view.self_seen})")
        walls, cpus = [], []
        for _ in range(runs):
            began, cpu = time.perf_counter(), time.process_time()
            view, why = await reader.view(session, FRESH)
            walls.append(time.perf_counter() - began)
            cpus.append(time.process_time() - cpu)  # this process is the daemon's side only
            assert why is None, why
        sizes, evals = {}, {}
        for name, promql in (
            ("targets", query),
            ("warm start", warm_start_query(parse_selector(SELECTOR), me.member_id, FRESH)),
        ):
            best = float("inf")
            for _ in range(10):
                async with session.post(f"{prometheus}/api/v1/query", data={"query": promql, "stats": "all"}) as r:
                    raw = await r.read()
                doc = json.loads(raw)
                best = min(best, doc["data"]["stats"]["timings"]["evalTotalTime"])
                sizes[name] = (
                    len(raw) - len(__import__("json").dumps(doc["data"]["stats"])),
                    len(doc["data"]["result"]),
                )
            evals[name] = best
    walls.sort()
    print(f"targets query per round (FleetReader.view, the daemon's session), {runs} rounds: "
          f"median {statistics.median(walls) * 1000:.1f} ms, p90 {walls[int(len(walls) * 0.9)] * 1000:.1f} ms, "
          f"max {walls[-1] * 1000:.1f} ms")  # fmt: skip
    print(f"reader CPU per round: median {statistics.median(cpus) * 1000:.2f} ms, max {max(cpus) * 1000:.2f} ms")
    for name in sizes:
        size, series = sizes[name]
        print(
            f"{name}: {series} series, ~{size} response bytes, Prometheus eval (best of 10) {evals[name] * 1000:.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.instances)
        return
    binary = shutil.which("prometheus")
    if binary is None:
        sys.exit("prometheus is not installed (Debian package `prometheus`)")
    fleet = make_fleet(args.instances)
    me = fleet[7]
    series_port, prom_port = free_port(), free_port()
    print(f"{args.instances} instances (+50 outside the selector), {len(TARGETS)} targets each; "
          f"exposition {len(exposition(fleet, time.time())) / 1e6:.1f} MB per scrape")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp, "prometheus.yml")
        config.write_text(
            "global: {scrape_interval: 5s, evaluation_interval: 15s}\n"
            "scrape_configs:\n  - job_name: healthd\n    honor_labels: true\n"
            f"    static_configs: [{{targets: ['127.0.0.1:{series_port}']}}]\n"
        )
        exporter = subprocess.Popen(
            [sys.executable, __file__, "--serve", str(series_port), "--instances", str(args.instances)]
        )
        prom = subprocess.Popen(
            [binary, f"--config.file={config}", f"--storage.tsdb.path={tmp}/data",
             f"--web.listen-address=127.0.0.1:{prom_port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            asyncio.run(measure(f"http://127.0.0.1:{prom_port}", fleet, me, args.runs))
        finally:
            for process in (prom, exporter):
                process.terminate()
                process.wait(10)


if __name__ == "__main__":
    main()
