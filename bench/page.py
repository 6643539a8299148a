"""Status page costs: `python bench/page.py` prints figures; nothing here asserts or gates.

- render cost per round with a full history ring (record one round + render page and badge, fresh and stale)
- the ring's own memory (tracemalloc) and the page's size
- a live `healthd serve` whose ring is filled (fast rounds, then a SIGHUP back to a 30 s interval):
  its idle RSS against the import floor (goal <= 1.2x), and /strategy and / request rates (wrk)
All traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import signal
import socket
import statistics
import sys
import tempfile
import time
import tracemalloc
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.run import free_port, import_floor_mib, load, rss_mib, start_daemon, wait_ready
from healthd.core.history import History
from healthd.core.render import Rendered
from healthd.daemon.page import StatusPage
from healthd.model import ComponentReport, Decision, ProbeResult, Reason, Snapshot, Status, TargetReport

STRATEGIES = ("optimal", "resilient", "conservative", "emergency")


def synthetic_round(n: int, targets: int, rng: random.Random, failing: float) -> Snapshot:
    """A round of `targets` targets in 5 components, each not up with probability `failing`, a switch every 100."""
    statuses = [
        Status.UP if rng.random() >= failing else rng.choice((Status.DEGRADED, Status.DOWN)) for _ in range(targets)
    ]
    reports = [
        TargetReport(f"target-{i}.example.com", "http", ProbeResult(s, Reason.OK if s == Status.UP else Reason.TIMEOUT))
        for i, s in enumerate(statuses)
    ]
    components = tuple(ComponentReport(f"component{c}", 20, 15, tuple(reports[c::5])) for c in range(5))
    strategy, previous = STRATEGIES[(n // 100) % 4], STRATEGIES[(n // 100 - 1) % 4]
    decision = Decision(
        strategy, {"no_cache": False}, ("score 80 selects optimal",), previous if n % 100 == 0 else None
    )
    return Snapshot(n, n * 30.0, n * 30.0 + 0.4, rng.uniform(40, 100), components, decision, strategies=STRATEGIES)


def render_cost(rounds: int, targets: int, failing: float) -> None:
    rng = random.Random(19)
    snaps = [Rendered.of(synthetic_round(n, targets, rng, failing)) for n in range(1, rounds + 21)]
    page = StatusPage(rounds, host="bench")
    for rendered in snaps[:rounds]:
        page.history.record(rendered.snapshot)
    times = []
    for rendered in snaps[rounds:]:
        began = time.perf_counter()
        page.observe(rendered)
        times.append((time.perf_counter() - began) * 1000)
    print(
        f"per round with a full ring ({rounds} rounds x {targets} targets, each not up in {failing:.1%} of rounds): "
        f"record + page and badge, fresh and stale: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms; "
        f"page {len(page.bodies[('page', False)]) / 1024:.0f} KiB"
    )
    tracemalloc.start()
    history = History(rounds)
    for rendered in snaps[:rounds]:
        history.record(rendered.snapshot)
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    if failing:
        return
    print(f"history ring: {size / 1024 / 1024:.2f} MiB for {rounds} rounds ({size / rounds:.0f} bytes a round)")


def tcp_config(port: int, targets: int, interval: float, history: int) -> str:
    rows = "\n".join(f"      - {{name: t{i}, kind: tcp, host: 127.0.0.1, port: {port}}}" for i in range(targets))
    daemon = f"interval: {interval}, timeout: {min(interval, 1)}, stale_after: {max(interval * 4, 1)}, concurrency: 64"
    return f"""
daemon: {{{daemon}, history: {history}}}
components:
  net:
    weight: 100
    targets:
{rows}
strategies:
  - {{name: optimal, min_score: 80}}
  - {{name: emergency, min_score: 0}}
"""


def rounds_held(base: str) -> int:
    with urllib.request.urlopen(base + "/history", timeout=5) as response:
        return len(json.load(response)["rounds"])


async def live(rounds: int, targets: int, load_seconds: int) -> None:
    listener = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    tcp_port = listener.sockets[0].getsockname()[1]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "page.yaml")
        daemon = await asyncio.to_thread(start_daemon, path, tcp_config(tcp_port, targets, 0.02, rounds), port)
        try:
            await asyncio.to_thread(wait_ready, base)
            first = rss_mib(daemon.pid)
            began = time.monotonic()
            while await asyncio.to_thread(rounds_held, base) < rounds:  # noqa: ASYNC110 (another process fills it)
                await asyncio.sleep(2)
            filled = time.monotonic() - began
            idle_config = tcp_config(tcp_port, targets, 30, rounds)  # idle from here: SIGHUP, a 30 s interval
            await asyncio.to_thread(path.write_text, idle_config)
            daemon.send_signal(signal.SIGHUP)
            await asyncio.sleep(3)
            floor, idle = import_floor_mib(), rss_mib(daemon.pid)
            print(f"import floor: {floor:.1f} MiB RSS")
            print(f"healthd serve ({targets} targets) after its first round: {first:.1f} MiB RSS")
            print(
                f"healthd serve idle with a full ring ({rounds} rounds, filled in {filled:.0f} s): {idle:.1f} MiB "
                f"RSS = {idle / floor:.2f}x floor (goal <= 1.2x)"
            )
            print(f"/strategy json: {await asyncio.to_thread(load, base + '/strategy', load_seconds)}")
            print(f"/ (status page): {await asyncio.to_thread(load, base + '/', load_seconds)}")
            print(f"RSS after the load: {rss_mib(daemon.pid):.1f} MiB")
        finally:
            daemon.terminate()
            daemon.wait(10)
            listener.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2880, help="history ring size (daemon.history)")
    parser.add_argument("--targets", type=int, default=20)
    parser.add_argument("--load-seconds", type=int, default=5)
    parser.add_argument("--no-live", action="store_true", help="skip the live daemon (it takes a few minutes)")
    args = parser.parse_args()
    for failing in (0.0, 0.005, 0.05):  # steady, a bad day now and then, every target flapping
        render_cost(args.rounds, args.targets, failing)
    if not args.no_live:
        asyncio.run(live(args.rounds, args.targets, args.load_seconds))
    print(f"python {sys.version.split()[0]}, {socket.gethostname()}")


if __name__ == "__main__":
    main()
