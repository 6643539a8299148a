"""healthd benchmarks: `python bench/run.py` prints figures; nothing here asserts or gates.

- import floor vs idle RSS of `healthd serve` (design goal: idle RSS <= 1.2x the floor, flat over a soak)
- /strategy requests per second (wrk when installed, else an aiohttp client loop: says which)
- `healthd strategy` process start-to-exit time against a running daemon (budget: 100 ms)
- one round's duration with many targets (concurrent: about the slowest probe, not the sum)
All traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from aiohttp import web

PY = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def import_floor_mib() -> float:
    code = "import aiohttp.web, prometheus_client, aiodns, yaml, os; print(open(f'/proc/{os.getpid()}/status').read())"
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True).stdout
    return next(int(x.split()[1]) for x in out.splitlines() if x.startswith("VmRSS:")) / 1024


def config(upstream: int, targets: int, interval: float) -> str:
    rows = "\n".join(
        f'      - {{name: t{i}, kind: http, url: "http://127.0.0.1:{upstream}/delay"}}' for i in range(targets)
    )
    return f"""
daemon: {{interval: {interval}, timeout: 1, stale_after: {interval * 10}, concurrency: 64}}
components:
  web:
    weight: 100
    targets:
{rows}
strategies:
  - {{name: optimal, min_score: 80, params: {{cache_from: ["type=gha", "r:c"], no_cache: false, timeout_minutes: 40}}}}
  - {{name: emergency, min_score: 0, params: {{cache_from: [], no_cache: true, timeout_minutes: 15}}}}
"""


async def upstream_app(port: int, delay: float) -> web.AppRunner:
    async def handler(request: web.Request) -> web.Response:
        await asyncio.sleep(delay)
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_get("/delay", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


def start_daemon(path: Path, text: str, port: int) -> subprocess.Popen:
    path.write_text(text)
    command = [PY, "-m", "healthd", "serve", "--config", str(path), "--listen", f"127.0.0.1:{port}"]
    return subprocess.Popen([*command, "--log-level", "WARNING"])


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


def wait_ready(url: str, within: float = 15) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/readyz", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("healthd did not become ready")


def load(url: str, seconds: int) -> str:
    wrk = shutil.which("wrk")
    if wrk:
        out = subprocess.run([wrk, "-t1", "-c32", f"-d{seconds}s", url], capture_output=True, text=True).stdout
        rps = next(line.split()[1] for line in out.splitlines() if line.startswith("Requests/sec"))
        lat = next(line.split()[1] for line in out.splitlines() if line.strip().startswith("Latency"))
        return f"{float(rps):,.0f} req/s (wrk -t1 -c32 {seconds}s, mean latency {lat})"
    code = f"""
import asyncio, aiohttp, time
async def main():
    n = 0; end = time.monotonic() + {seconds}
    async with aiohttp.ClientSession() as s:
        async def worker():
            nonlocal n
            while time.monotonic() < end:
                async with s.get({url!r}) as r: await r.read(); n += 1
        await asyncio.gather(*(worker() for _ in range(32)))
    print(n / {seconds})
asyncio.run(main())
"""
    rps = float(subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True).stdout)
    return f"{rps:,.0f} req/s (aiohttp client, 32 concurrent; install wrk for a fairer load)"


def client_ms(base: str, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(
            [PY, "-m", "healthd", "strategy", "--url", base, "--format", "env"], capture_output=True, check=True
        )
        times.append((time.perf_counter() - began) * 1000)
    bare = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([PY, "-c", "pass"], check=True)
        bare.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), statistics.median(bare)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=50, help="targets in the benchmark config")
    parser.add_argument("--delay", type=float, default=0.2, help="upstream answer delay, seconds")
    parser.add_argument("--soak", type=int, default=20, help="seconds of rounds + load before the final RSS")
    parser.add_argument("--load-seconds", type=int, default=5)
    args = parser.parse_args()

    up_port, port = free_port(), free_port()
    runner = await upstream_app(up_port, args.delay)
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        daemon = await asyncio.to_thread(start_daemon, Path(tmp, "bench.yaml"), config(up_port, args.targets, 2), port)
        try:
            await asyncio.to_thread(wait_ready, base)
            floor = import_floor_mib()
            idle = rss_mib(daemon.pid)
            print(f"import floor (aiohttp.web, prometheus_client, aiodns, yaml): {floor:.1f} MiB RSS")
            print(
                f"healthd serve idle after first round ({args.targets} targets): {idle:.1f} MiB RSS "
                f"= {idle / floor:.2f}x floor (goal <= 1.2x)"
            )
            print(f"/strategy json: {await asyncio.to_thread(load, base + '/strategy', args.load_seconds)}")
            print(f"/strategy env:  {await asyncio.to_thread(load, base + '/strategy?format=env', args.load_seconds)}")
            client, bare = await asyncio.to_thread(client_ms, base, 15)
            print(
                f"healthd strategy (python -m, env format): median {client:.0f} ms per process; "
                f"bare `python -c pass` {bare:.0f} ms (budget 100 ms)"
            )
            began = time.monotonic()
            samples = []
            while time.monotonic() - began < args.soak:
                await asyncio.sleep(max(1, args.soak // 5))
                samples.append(rss_mib(daemon.pid))
            print(
                f"RSS over a {args.soak}s soak (rounds every 2s): "
                + ", ".join(f"{s:.1f}" for s in samples)
                + f" MiB (drift {samples[-1] - samples[0]:+.1f} MiB)"
            )
            probes = await asyncio.to_thread(get_json, base + "/probes")
            print(
                f"round with {args.targets} targets each answering in {args.delay}s: "
                f"{probes['duration_seconds']:.3f}s (serial would be {args.targets * args.delay:.1f}s)"
            )
        finally:
            daemon.terminate()
            daemon.wait(10)
            await runner.cleanup()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus")


if __name__ == "__main__":
    asyncio.run(main())
