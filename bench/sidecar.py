"""Sizing figures for the sidecar's resources (deploy/k8s): `python bench/sidecar.py` prints, asserts nothing.

- idle RSS and peak RSS (VmHWM) of `healthd serve` after some rounds
- CPU time per round (utime + stime over the rounds it ran), for a config shaped like the shipped one
  (20 targets) against local upstreams, and for the shipped strategies.yaml itself (its public targets:
  without internet they fail fast, so that figure is a floor, not a real-world round)
All traffic stays on 127.0.0.1 (the shipped config's public names fail at DNS without a network).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import tempfile
import time
from pathlib import Path

from run import config, free_port, get_json, rss_mib, start_daemon, upstream_app, wait_ready

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def peak_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+)", status)[1]) / 1024


def wait_round(url: str, number: int) -> int:
    while (last := get_json(url + "/probes")["round"]) < number:
        time.sleep(0.2)
    return last


async def measure(label: str, text: str, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        daemon = start_daemon(Path(tmp) / "strategies.yaml", text, port)
        try:
            await asyncio.to_thread(wait_ready, url, 60)
            first = (await asyncio.to_thread(get_json, url + "/probes"))["round"]
            cpu0 = cpu_seconds(daemon.pid)
            last = await asyncio.to_thread(wait_round, url, first + rounds)
            per_round_ms = (cpu_seconds(daemon.pid) - cpu0) / (last - first) * 1000
            print(
                f"{label}: idle RSS {rss_mib(daemon.pid):.1f} MiB, peak {peak_mib(daemon.pid):.1f} MiB, "
                f"CPU {per_round_ms:.1f} ms per round (over {last - first} rounds)"
            )
        finally:
            daemon.terminate()
            daemon.wait(10)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    upstream_port = free_port()
    runner = await upstream_app(upstream_port, 0.2)
    try:
        await measure("20 local http targets, interval 2 s", config(upstream_port, 20, 2), args.rounds)
        shipped = (ROOT / "strategies.yaml").read_text().replace("interval: 30 ", "interval: 6  ")
        await measure("shipped strategies.yaml (no internet), interval 6 s", shipped, max(3, args.rounds // 5))
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
