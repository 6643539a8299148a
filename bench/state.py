"""State on disk (daemon.state_dir) costs: `python bench/state.py` prints figures; nothing here asserts or gates.

- the per-round write with a full ring (10,080 rounds, 20 targets): time of the one transaction on the
  writer thread (median, p99) and the bytes it adds to the WAL, and the database's size
- the restore at start: time to read a full ring back
- a live `healthd serve` restoring a full ring from disk: its RSS against the same daemon from memory
  only and the import floor
All traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.page import synthetic_round
from bench.run import free_port, import_floor_mib, rss_mib, wait_ready
from healthd.config.types import MAX_HISTORY
from healthd.daemon.state import FILE, StateStore

PY = sys.executable


def _round(n: int, targets: int, rng: random.Random) -> SimpleNamespace:
    snapshot = synthetic_round(n, targets, rng, failing=0.1)
    return SimpleNamespace(snapshot=snapshot)  # StateStore.observe reads .snapshot only


async def fill(directory: Path, rounds: int, targets: int) -> StateStore:
    store = StateStore(rounds)
    store.open(directory)
    rng = random.Random(26)
    for n in range(1, rounds + 1):
        store.observe(_round(n, targets, rng))  # type: ignore[arg-type]
        if n % 500 == 0 and store._writer is not None:
            await store._writer
    if store._writer is not None:
        await store._writer
    return store


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


async def per_round(directory: Path, rounds: int, targets: int, samples: int) -> None:
    store = await fill(directory, rounds, targets)
    assert store._executor is not None
    rng = random.Random(27)
    loop = asyncio.get_running_loop()
    wal = directory / f"{FILE}-wal"
    assert store._db is not None
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store._db.execute("PRAGMA wal_autocheckpoint = 0")  # while measuring: the WAL only grows, by what a round adds
    times, grown = [], []
    for n in range(rounds + 1, rounds + samples + 1):
        store.observe(_round(n, targets, rng))  # type: ignore[arg-type]
        batch, store._pending = store._pending, type(store._pending)()
        before = _size(wal)
        start = time.perf_counter()
        await loop.run_in_executor(store._executor, store._write, batch)
        times.append(time.perf_counter() - start)
        grown.append(_size(wal) - before)
    times.sort()
    print(f"per-round write, full ring of {rounds} rounds x {targets} targets, {samples} rounds:")
    print(
        f"  transaction on the writer thread: median {statistics.median(times) * 1e3:.2f} ms,"
        f" p99 {times[int(len(times) * 0.99)] * 1e3:.2f} ms, max {times[-1] * 1e3:.2f} ms"
    )
    print(f"  WAL bytes appended per round: median {statistics.median(grown):,.0f} B, max {max(grown):,} B")
    store._db.execute("PRAGMA wal_autocheckpoint = 1000")
    await store.close()
    print(f"  database after checkpoint: {_size(directory / FILE) / 1024:,.0f} KiB for {rounds} marks")
    again = StateStore(rounds)
    again.open(directory)
    start = time.perf_counter()
    restored = again.load(stale_after=1e9)
    print(f"  restore of the full ring: {(time.perf_counter() - start) * 1e3:.0f} ms ({len(restored.marks)} marks)")
    await again.close()


def daemon_rss(directory: Path, rounds: int, targets: int, state: str) -> float:
    rows = "\n".join(f"      - {{name: t{i}, kind: tcp, host: 127.0.0.1, port: 1}}" for i in range(targets))
    config = directory / "strategies.yaml"
    config.write_text(f"""
daemon: {{interval: 30, timeout: 1, stale_after: 300, history: {rounds}}}
components:
  c:
    weight: 100
    targets:
{rows}
strategies:
  - {{name: optimal, min_score: 50}}
  - {{name: emergency, min_score: 0}}
""")
    port = free_port()
    env = dict(os.environ, HEALTHD_STATE_DIR=state)
    command = [PY, "-m", "healthd", "serve", "--config", str(config), "--listen", f"127.0.0.1:{port}"]
    process = subprocess.Popen([*command, "--log-level", "WARNING"], env=env)
    try:
        wait_ready(f"http://127.0.0.1:{port}", within=60)
        time.sleep(3)
        return rss_mib(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=MAX_HISTORY)
    parser.add_argument("--targets", type=int, default=20)
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--write-only", action="store_true", help="the per-round write and the restore, no daemons")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp) / "state"
        asyncio.run(per_round(state, args.rounds, args.targets, args.samples))
        if args.write_only:
            return
        floor = import_floor_mib()
        memory = daemon_rss(Path(tmp), args.rounds, args.targets, "none")
        empty = daemon_rss(Path(tmp), args.rounds, args.targets, str(Path(tmp) / "empty"))
        disk = daemon_rss(Path(tmp), args.rounds, args.targets, str(state))
        print(f"RSS after start, ring of {args.rounds} rounds x {args.targets} targets (import floor {floor:.1f} MiB):")
        print(f"  memory only (empty ring): {memory:.1f} MiB")
        print(f"  state on disk, empty (sqlite3 and the writer thread): {empty:.1f} MiB")
        print(f"  full ring restored from disk: {disk:.1f} MiB ({disk / floor:.2f}x the floor; the ring and the page")
        print("  that draws it cost the same from memory once the ring has filled: bench/page.py)")


if __name__ == "__main__":
    main()
