"""healthd beside the tools a user would pick instead: `python bench/peers.py` prints one table.

Every figure is a ratio measured in the same run on the same machine (the machine is shared and
noisy: compare ratios, not absolutes). Peers, all local (127.0.0.1, no internet):
- serving: nginx (one worker) hands out the same bytes as static files, same wrk settings;
- probing: Prometheus blackbox_exporter probes the same local targets at the same rate, driven by
  GETs to its /probe endpoint; both sides open a fresh connection per probe;
- a workflow step: the seed's serial `curl -s` probing (bench/serial_probe.sh) against local fakes,
  healthy and under outage (fakes that never answer, so each curl waits its --max-time);
- a burst: `ab -n 1000 -c 1000` against a daemon probing 20 targets a second, nginx and bare aiohttp
  on the same bytes.
Also: a warm round's cost per part at 50/500/5,000 targets (no peer: the probe timeout is the yardstick),
and bench/fleet.py's and bench/state.py's figures (`--only ... fleet`).
Installs its Debian tools with apt-get when missing. Nothing here asserts or gates.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
from run import PY, free_port, get_json, import_floor_mib, rss_mib, wait_ready

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))  # this worktree's healthd, in this process and (cwd=ROOT) in the ones it starts
TOOLS = {"nginx": "nginx-light", "prometheus-blackbox-exporter": "prometheus-blackbox-exporter", "wrk": "wrk"}
TOOLS |= {"dnsmasq": "dnsmasq-base", "curl": "curl", "ab": "apache2-utils", "prometheus": "prometheus"}
TICK = os.sysconf("SC_CLK_TCK")
STRATEGIES = """
strategies:
  - name: optimal
    min_score: 80
    params: {cache_from: ["type=gha", "type=registry,ref=r:c"], no_cache: false, timeout_minutes: 40}
  - {name: emergency, min_score: 0, params: {cache_from: [], no_cache: true, timeout_minutes: 15}}
"""


@dataclass
class Row:
    what: str
    healthd: str
    peer: str
    ratio: float
    goal: str = ""
    met: bool | None = None


def ensure_tools() -> None:
    missing = sorted({package for binary, package in TOOLS.items() if shutil.which(binary) is None})
    if missing:
        print(f"installing {' '.join(missing)} with apt-get", file=sys.stderr)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True, env=env)


def raise_nofile() -> None:
    """5,000 targets and 1,000 wrk connections need more descriptors than the usual soft limit."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 65536), hard))


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc/<pid>/stat (fields 14 and 15, after the command name)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def median_ms(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


# --- the peers and the fakes -----------------------------------------------------------------------


def nginx_conf(tmp: Path, port: int) -> Path:
    """One worker; the strategy bytes as static files; /ok and the seed's paths as the healthy fake."""
    conf = tmp / "nginx.conf"
    conf.write_text(f"""
daemon off; worker_processes 1; worker_rlimit_nofile 65536; pid {tmp}/nginx.pid; error_log {tmp}/nginx.err;
events {{ worker_connections 16384; }}
http {{
  access_log off; client_body_temp_path {tmp}; proxy_temp_path {tmp}; fastcgi_temp_path {tmp};
  uwsgi_temp_path {tmp}; scgi_temp_path {tmp};
  server {{
    listen 127.0.0.1:{port} backlog=4096; root {tmp}/www;
    location = /strategy.json {{ default_type "application/json; charset=utf-8"; }}
    location = /strategy.env {{ default_type "text/plain; charset=utf-8"; }}
    location / {{ default_type text/plain; return 200 "ok\\n"; }}
  }}
}}
""")
    (tmp / "www").mkdir()
    return conf


BLACKBOX_CONF = """
modules:
  http: {prober: http, timeout: 2s, http: {preferred_ip_protocol: ip4, ip_protocol_fallback: false}}
  tcp: {prober: tcp, timeout: 2s, tcp: {preferred_ip_protocol: ip4, ip_protocol_fallback: false}}
  dns:
    prober: dns
    timeout: 2s
    dns: {query_name: bench.test, query_type: A, transport_protocol: udp, preferred_ip_protocol: ip4,
          ip_protocol_fallback: false, valid_rcodes: [NOERROR]}
"""


@contextlib.contextmanager
def process(command: list[str], quiet: bool = True, **kw) -> Iterator[subprocess.Popen]:
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL if quiet else None, **kw)
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_port(port: int, within: float = 10) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


def hanging_listener() -> socket.socket:
    """Accepts connections in the kernel (backlog) and never answers: a fake that hangs until the timeout."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4096)
    return sock


@dataclass
class Peers:
    tmp: Path
    nginx: int  # port: strategy files, /ok, the seed's healthy fake
    dns: str  # dnsmasq "127.0.0.1:PORT" answering bench.test A
    blackbox: int  # port
    blackbox_pid: int
    hang: int  # port of the listener that never answers


@contextlib.contextmanager
def peers(tmp: Path) -> Iterator[Peers]:
    nginx_port, dns_port, bb_port = free_port(), free_port(), free_port()
    conf = nginx_conf(tmp, nginx_port)
    (tmp / "blackbox.yml").write_text(BLACKBOX_CONF)
    dnsmasq = ["dnsmasq", "--no-daemon", "--conf-file=/dev/null", "--pid-file=", "--listen-address=127.0.0.1"]
    dnsmasq += [
        "--bind-interfaces",
        "--no-resolv",
        "--no-hosts",
        f"--port={dns_port}",
        "--address=/bench.test/127.0.0.1",
    ]
    blackbox = ["prometheus-blackbox-exporter", f"--config.file={tmp}/blackbox.yml"]
    blackbox += [f"--web.listen-address=127.0.0.1:{bb_port}", "--log.level=error"]
    hang = hanging_listener()
    with (
        hang,
        process(["nginx", "-e", f"{tmp}/nginx.err", "-p", str(tmp), "-c", str(conf)]),
        process(dnsmasq),
        process(blackbox) as bb,
    ):
        wait_port(nginx_port)
        wait_port(bb_port)
        yield Peers(tmp, nginx_port, f"127.0.0.1:{dns_port}", bb_port, bb.pid, hang.getsockname()[1])


# --- healthd ---------------------------------------------------------------------------------------


def config_text(rows: list[str], *, interval: float, timeout: float, concurrency: int) -> str:
    targets = "\n".join(f"      - {row}" for row in rows)
    # No per-host cap: every bench target is 127.0.0.1, and blackbox_exporter has none either.
    daemon = f"{{interval: {interval}, timeout: {timeout}, stale_after: {interval * 20}, concurrency: {concurrency}"
    daemon += ", host_requests_per_minute: 1000000000}"
    return f"daemon: {daemon}\ncomponents:\n  web:\n    weight: 100\n    targets:\n{targets}\n{STRATEGIES}"


def target_rows(kind: str, count: int, p: Peers, hanging: int = 0) -> list[str]:
    """`count` targets of `kind` on the fakes; the first `hanging` of them (http) never get an answer."""
    rows = []
    for i in range(count):
        port = p.hang if i < hanging else p.nginx
        if kind == "http":
            rows.append(f'{{name: t{i}, kind: http, url: "http://127.0.0.1:{port}/ok"}}')
        elif kind == "tcp":
            rows.append(f"{{name: t{i}, kind: tcp, host: 127.0.0.1, port: {port}}}")
        else:
            rows.append(f'{{name: t{i}, kind: dns, query: bench.test, nameservers: ["{p.dns}"]}}')
    return rows


@contextlib.contextmanager
def daemon(tmp: Path, text: str, name: str) -> Iterator[tuple[subprocess.Popen, str]]:
    path = tmp / f"{name}.yaml"
    path.write_text(text)
    port = free_port()
    env = {**os.environ, "HEALTHD_CONFIG": str(path), "HEALTHD_LISTEN": f"127.0.0.1:{port}"}
    env |= {"HEALTHD_LOG_LEVEL": "WARNING", "PYTHONPATH": str(ROOT)}
    with process([PY, "-m", "healthd.daemon"], quiet=False, env=env, cwd=ROOT) as proc:
        base = f"http://127.0.0.1:{port}"
        wait_ready(base, within=30)
        yield proc, base


# --- the measurements ------------------------------------------------------------------------------

_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url: str, connections: int, seconds: int, pid: int) -> tuple[float, float, float, float]:
    """(requests/s, p50 ms, p99 ms, server CPU us per request) from one wrk run with one thread."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    cpu = cpu_seconds(pid)
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    cpu = cpu_seconds(pid) - cpu
    count = int(re.search(r"(\d+) requests in", out).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    if re.search(r"Non-2xx|Socket errors", out):
        print(f"wrk warning for {url}: {' '.join(out.split())[-160:]}", file=sys.stderr)
    lat = {q: float(v) * _UNIT[u] for q, v, u in _LATENCY.findall(out)}
    return rps, lat["50"], lat["99"], cpu / count * 1e6


def nginx_worker(p: Peers) -> int:
    master = (p.tmp / "nginx.pid").read_text().strip()
    return int(Path(f"/proc/{master}/task/{master}/children").read_text().split()[0])


FLOOR_APP = """
import sys
from aiohttp import web
body = open(sys.argv[2], "rb").read()
async def answer(request):
    return web.Response(body=body, content_type="application/json")
app = web.Application()
app.router.add_get("/strategy", answer)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), access_log=None, print=None)
"""


def bench_serving(p: Peers, base: str, seconds: int, pid: int) -> list[Row]:
    """wrk against healthd and nginx in turn; CPU per request is the figure least moved by a busy machine.

    Each server gets a one-second wrk run first, not counted: the first run after a start paid
    page faults and warm-up (healthd's first /strategy run was 20-35% slower than its second).
    The floor is aiohttp alone handing out the same bytes: where healthd's request path cannot go below.
    """
    rows = []
    for fmt, query, file in (("json", "", "strategy.json"), ("env", "?format=env", "strategy.env")):
        with urllib.request.urlopen(f"{base}/strategy{query}", timeout=5) as response:
            (p.tmp / "www" / file).write_bytes(response.read())
        for connections in (32, 1000):
            wrk(f"{base}/strategy{query}", connections, 1, pid)  # warm-ups, not counted
            wrk(f"http://127.0.0.1:{p.nginx}/{file}", connections, 1, nginx_worker(p))
            ours = wrk(f"{base}/strategy{query}", connections, seconds, pid)
            theirs = wrk(f"http://127.0.0.1:{p.nginx}/{file}", connections, seconds, nginx_worker(p))
            what = f"/strategy {fmt}, {connections} conns"
            ratio = ours[0] / theirs[0]
            rows.append(Row(f"{what}: req/s", f"{ours[0]:,.0f}", f"{theirs[0]:,.0f}", ratio))  # a figure; goal retired
            for i, q in ((1, "p50 ms"), (2, "p99 ms"), (3, "server CPU us/request")):
                rows.append(Row(f"{what}: {q}", f"{ours[i]:.2f}", f"{theirs[i]:.2f}", ours[i] / theirs[i]))
    port = free_port()
    floor = [PY, "-c", FLOOR_APP, str(port), str(p.tmp / "www" / "strategy.json")]
    with process(floor) as app:
        wait_port(port)
        wrk(f"http://127.0.0.1:{port}/strategy", 32, 1, app.pid)
        bare = wrk(f"http://127.0.0.1:{port}/strategy", 32, seconds, app.pid)
        ours = wrk(f"{base}/strategy", 32, seconds, pid)
    what = "/strategy json, 32 conns, vs bare aiohttp"
    rows.append(Row(f"{what}: req/s", f"{ours[0]:,.0f}", f"{bare[0]:,.0f}", ours[0] / bare[0]))
    rows.append(Row(f"{what}: server CPU us/request", f"{ours[3]:.2f}", f"{bare[3]:.2f}", ours[3] / bare[3]))
    return rows


async def drive_blackbox(p: Peers, module: str, target: str, per_round: int, rounds: int, interval: float) -> int:
    """`rounds` bursts of `per_round` concurrent /probe GETs, one burst per interval; returns probes that failed."""
    url = f"http://127.0.0.1:{p.blackbox}/probe"
    failed = 0
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=per_round)) as session:

        async def one() -> None:
            nonlocal failed
            async with session.get(url, params={"module": module, "target": target}) as response:
                failed += "\nprobe_success 1\n" not in await response.text()

        loop = asyncio.get_running_loop()
        began = loop.time()
        for i in range(rounds):
            await asyncio.gather(*(one() for _ in range(per_round)))
            await asyncio.sleep(max(0.0, began + (i + 1) * interval - loop.time()))
    return failed


def bench_probe_cpu(p: Peers, per_round: int, rounds: int, interval: float) -> list[Row]:
    rows = []
    targets = {"http": f"http://127.0.0.1:{p.nginx}/ok", "tcp": f"127.0.0.1:{p.nginx}", "dns": p.dns}
    for kind, target in targets.items():
        text = config_text(target_rows(kind, per_round, p), interval=interval, timeout=1, concurrency=per_round)
        with daemon(p.tmp, text, f"cpu-{kind}") as (proc, base):
            time.sleep(interval)
            first, cpu0 = get_json(base + "/probes")["round"], cpu_seconds(proc.pid)
            time.sleep(rounds * interval)
            cpu1, snap = cpu_seconds(proc.pid), get_json(base + "/probes")
        down = sum(t["status"] == "down" for t in snap["targets"])
        ours = (cpu1 - cpu0) / ((snap["round"] - first) * per_round) * 1000
        cpu0 = cpu_seconds(p.blackbox_pid)
        failed = asyncio.run(drive_blackbox(p, kind, target, per_round, rounds, interval))
        theirs = (cpu_seconds(p.blackbox_pid) - cpu0) / (rounds * per_round) * 1000
        if down or failed:
            print(f"warning: {kind}: healthd {down} down in its last round, blackbox {failed} failed", file=sys.stderr)
        ratio = ours / theirs
        rows.append(Row(f"CPU per {kind} probe, ms", f"{ours:.3f}", f"{theirs:.3f}", ratio, "<= 0.5x", ratio <= 0.5))
    return rows


PARTS = ("probing (CPU)", "scoring/decide/adapt", "render json+probes", "render env/shell/text", "page+history",
         "metrics exposition", "state write (loop side)", "fleet",
         "deferred: /strategy json at its first request", "deferred: page at its first request",
         "deferred: metrics text at the first scrape")  # fmt: skip


@contextlib.contextmanager
def timed_parts(parts: dict[str, float]) -> Iterator[None]:
    """Wraps the round's steps (module attributes, as the scheduler and the listeners look them up) with timers."""
    from healthd.core import render as render_mod
    from healthd.daemon import scheduler as sched_mod
    from healthd.daemon.metrics import Metrics
    from healthd.daemon.page import StatusPage
    from healthd.daemon.state import StateStore

    patched: list[tuple[object, str, object]] = []

    def wrap(owner: object, name: str, part: str, clock=time.perf_counter) -> None:
        real = getattr(owner, name)
        patched.append((owner, name, real))

        def timed(*a, **kw):
            began = clock()
            try:
                return real(*a, **kw)
            finally:
                parts[part] = parts.get(part, 0.0) + clock() - began

        setattr(owner, name, timed)

    for name in ("score_components", "total_score", "decide", "adapt", "annotate", "facts_of", "apply_pin"):
        wrap(sched_mod, name, "scoring/decide/adapt")
    wrap(render_mod, "render", "render env/shell/text")
    wrap(render_mod, "both_freshnesses", "render json+probes")
    wrap(render_mod, "strategy_document", "render json+probes")
    wrap(render_mod, "probes_document", "render json+probes")
    wrap(StatusPage, "observe", "page+history")
    wrap(Metrics, "observe_round", "metrics exposition")
    wrap(StateStore, "observe", "state write (loop side)")
    real_probe_all = sched_mod.Scheduler._probe_all

    async def probe_all(self, config):
        began = time.process_time()
        try:
            return await real_probe_all(self, config)
        finally:
            parts["probing (CPU)"] = parts.get("probing (CPU)", 0.0) + time.process_time() - began

    patched.append((sched_mod.Scheduler, "_probe_all", real_probe_all))
    sched_mod.Scheduler._probe_all = probe_all
    try:
        yield
    finally:
        for owner, name, real in reversed(patched):
            setattr(owner, name, real)


async def round_seconds(p: Peers, count: int, probe_timeout: float) -> tuple[float, dict[str, float]]:
    """Wall time of a warm round over `count` http targets, half of them hanging, with the daemon's metrics,
    status page and state store fed; and the seconds each part of that round took (`PARTS`)."""
    from healthd.config.load import parse_config
    from healthd.daemon.resources import tune_gc
    from healthd.daemon.scheduler import Scheduler
    from healthd.daemon.serve import assemble
    from healthd.daemon.server import METRICS, PAGE
    from healthd.daemon.state import StateStore

    rows = target_rows("http", count, p, hanging=count // 2)
    text = config_text(rows, interval=probe_timeout * 10, timeout=probe_timeout, concurrency=count)
    config = parse_config(text)
    state = StateStore(config.daemon.history)
    state.open(p.tmp / f"state-{count}")
    parts: dict[str, float] = {}
    try:
        with timed_parts(parts):  # before assemble: the board keeps the listeners' bound methods
            async with Scheduler(config) as scheduler:
                app = assemble(scheduler, state=state)
                tune_gc()  # as `healthd serve` does once it is set up
                await scheduler.run_round()
                parts.clear()
                began = time.perf_counter()
                await scheduler.run_round()
                wall = time.perf_counter() - began
                done = dict(parts)
            latest = scheduler.board.latest
            assert latest is not None
            for part, step in (
                ("deferred: /strategy json at its first request", lambda: latest.bodies[("json", False)]),
                ("deferred: page at its first request", lambda: app[PAGE].bodies[("page", False)]),
                ("deferred: metrics text at the first scrape", lambda: app[METRICS].exposition()),
            ):
                began = time.perf_counter()
                step()
                done[part] = time.perf_counter() - began
            return wall, done
    finally:
        await state.close()


def bench_rounds(p: Peers, timeout: float) -> tuple[list[Row], str]:
    rows = []
    runs = {count: asyncio.run(round_seconds(p, count, timeout)) for count in (5, 50, 500, 5000)}
    walls = {count: wall for count, (wall, _) in runs.items()}
    for count, wall in walls.items():
        if count == 5:
            rows.append(
                Row("round wall, 5 targets (half hang)", f"{wall:.3f} s", f"timeout {timeout:g} s", wall / timeout)
            )
            continue
        per = (wall - walls[5]) / (count - 5) * 1000
        goal = f"{per:.3f} ms/target <= 0.3" if count >= 500 else f"{per:.3f} ms/target"
        rows.append(
            Row(
                f"round wall, {count} targets (all in flight at once)",
                f"{wall:.3f} s",
                f"timeout {timeout:g} s",
                wall / timeout,
                goal,
                per <= 0.3 if count >= 500 else None,
            )
        )
    lines = ["| part of a warm round, ms | " + " | ".join(f"{c} targets" for c in (50, 500, 5000)) + " |"]
    lines.append("|---|" + "---:|" * 3)
    for part in PARTS:
        cells = []
        for count in (50, 500, 5000):
            seconds = runs[count][1].get(part)
            cells.append("n/a (no fleet: section; see the fleet row)" if seconds is None and part == "fleet"
                         else f"{(seconds or 0) * 1000:.1f}")  # fmt: skip
        lines.append(f"| {part} | " + " | ".join(cells) + " |")
    lines.append("| round wall | " + " | ".join(f"{walls[c] * 1000:.0f}" for c in (50, 500, 5000)) + " |")
    return rows, "\n".join(lines)


_AB_P99 = re.compile(r"^\s*99%\s+(\d+)", re.M)


def ab(url: str, n: int, c: int) -> tuple[float, int]:
    """(p99 ms, errors) of one `ab -n n -c c` run: connect, receive and exception failures and non-2xx answers.

    ab also counts a body whose length differs from the first one's as "failed" (Length): /strategy's
    body changes with every round (its round number, its latencies), so those are not errors here.
    """
    out = subprocess.run(["ab", "-q", "-n", str(n), "-c", str(c), "-s", "10", url], capture_output=True, text=True)
    found = _AB_P99.search(out.stdout)
    p99 = float(found.group(1)) if found else float("inf")
    kinds = re.search(r"\(Connect: (\d+), Receive: (\d+), Length: \d+, Exceptions: (\d+)\)", out.stdout)
    failed = sum(int(g) for g in kinds.groups()) if kinds else 0
    if not re.search(r"Complete requests:\s+(\d+)", out.stdout):
        failed = n
    non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx responses:\s+(\d+)", out.stdout)) else 0
    if out.returncode:
        print(f"ab failed for {url}: {out.stderr.strip()[-200:]}", file=sys.stderr)
    return p99, failed + non2xx


def bench_burst(p: Peers, runs: int) -> list[Row]:
    """1,000 clients at once against a shared instance probing 20 targets a second, nginx on the same bytes."""
    text = config_text(target_rows("http", 20, p), interval=1, timeout=1, concurrency=20)
    with daemon(p.tmp, text, "burst") as (_, base):
        time.sleep(1.5)
        with urllib.request.urlopen(f"{base}/strategy", timeout=5) as response:
            (p.tmp / "www" / "burst.json").write_bytes(response.read())
        ours, theirs, errors = [], [], 0
        for _ in range(runs):  # alternated, each side its median
            p99, bad = ab(f"{base}/strategy", 1000, 1000)
            ours.append(p99)
            errors += bad
            theirs.append(ab(f"http://127.0.0.1:{p.nginx}/burst.json", 1000, 1000)[0])
    port = free_port()
    floor = [PY, "-c", FLOOR_APP, str(port), str(p.tmp / "www" / "burst.json")]
    with process(floor):  # aiohttp alone on the same bytes: the floor of healthd's request path
        wait_port(port)
        bare = statistics.median(ab(f"http://127.0.0.1:{port}/strategy", 1000, 1000)[0] for _ in range(runs))
    ratio = statistics.median(ours) / statistics.median(theirs)
    return [
        Row(
            f"burst, ab -n 1000 -c 1000 while 20 targets/s (median of {runs}): p99 ms, errors {errors}",
            f"{statistics.median(ours):.0f}",
            f"{statistics.median(theirs):.0f}",
            ratio,
            "<= 2x, no error",
            ratio <= 2 and errors == 0,
        ),
        Row(
            "burst, same, bare aiohttp on the same bytes: p99 ms",
            f"{statistics.median(ours):.0f}",
            f"{bare:.0f}",
            statistics.median(ours) / bare,
        ),
    ]


def bench_fleet_state(quick: bool) -> list[Row]:
    """bench/fleet.py (1,000 peers through a real Prometheus) and bench/state.py (full ring) as they print."""
    rows = []
    out = subprocess.run(
        [PY, str(BENCH / "fleet.py"), "--instances", "1000", "--runs", "10" if quick else "30"],
        capture_output=True, text=True, cwd=ROOT,
    ).stdout  # fmt: skip
    cpu = re.search(r"reader CPU per round: median ([\d.]+) ms", out)
    wall = re.search(r"median ([\d.]+) ms, p90", out)
    if cpu and wall:
        ms = float(cpu.group(1))
        rows.append(Row("fleet view, 1,000 peers: reader CPU ms per round (wall median)",
                        f"{ms:.1f} ({float(wall.group(1)):.0f} wall)", "", 0.0, "a few ms", ms <= 5))  # fmt: skip
    else:
        print(f"bench/fleet.py printed no figure:\n{out[-400:]}", file=sys.stderr)
    command = [PY, str(BENCH / "state.py"), "--write-only", "--samples", "100" if quick else "300"]
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT).stdout
    found = re.search(r"writer thread: median ([\d.]+) ms, p99 ([\d.]+) ms", out)
    if found:
        ms = float(found.group(1))
        rows.append(Row("state write per round, full ring (10,080 x 20): median ms (p99)",
                        f"{ms:.2f} ({float(found.group(2)):.2f})", "", 0.0, "a few ms", ms <= 5))  # fmt: skip
    else:
        print(f"bench/state.py printed no figure:\n{out[-400:]}", file=sys.stderr)
    return rows


def bench_rss(p: Peers, idle: float) -> list[Row]:
    floor = import_floor_mib()
    text = config_text(target_rows("http", 500, p, hanging=250), interval=2, timeout=1, concurrency=500)
    with daemon(p.tmp, text, "rss500") as (proc, _):
        time.sleep(6)
        busy = rss_mib(proc.pid)
    return [
        Row(
            "RSS idle (5 targets), MiB",
            f"{idle:.1f}",
            f"floor {floor:.1f}",
            idle / floor,
            "<= 1.2x",
            idle / floor <= 1.2,
        ),
        Row("RSS at 500 targets (half hang), MiB", f"{busy:.1f}", f"floor {floor:.1f}", busy / floor),
    ]


def bench_workflow(p: Peers, base: str, curl_max_time: float, runs: int) -> list[Row]:
    script = ["bash", str(BENCH / "serial_probe.sh")]
    client = median_ms([PY, "-m", "healthd", "strategy", "--url", base, "--format", "env"], runs)
    curl = median_ms(["curl", "-s", f"{base}/strategy?format=env"], runs)
    bare = median_ms([PY, "-c", "pass"], runs)
    healthy = median_ms([*script, f"http://127.0.0.1:{p.nginx}", str(curl_max_time)], 3)
    outage = median_ms([*script, f"http://127.0.0.1:{p.hang}", str(curl_max_time)], 1)
    return [
        Row(
            "`healthd strategy` process, ms",
            f"{client:.0f}",
            f"python -c pass {bare:.0f}",
            client / bare,
            "<= 2.5x",
            client / bare <= 2.5,
        ),
        Row("`curl /strategy?format=env`, ms", f"{curl:.1f}", "", 0.0),
        Row("serial curl probing, healthy: vs healthd strategy", f"{client:.0f}", f"{healthy:.0f}", healthy / client),
        Row(
            "serial curl probing, outage: vs healthd strategy",
            f"{client:.0f}",
            f"{outage:.0f}",
            outage / client,
            ">= 1000x",
            outage / client >= 1000,
        ),
        Row("serial curl probing, outage: vs curl", f"{curl:.1f}", f"{outage:.0f}", outage / curl),
    ]


def table(rows: list[Row]) -> str:
    lines = ["| measure | healthd | peer | ratio | goal | met |", "|---|---:|---:|---:|---|---|"]
    for r in rows:
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        ratio = f"{r.ratio:,.2f}x" if r.ratio else ""
        lines.append(f"| {r.what} | {r.healthd} | {r.peer} | {ratio} | {r.goal} | {met} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5, help="seconds per wrk run")
    parser.add_argument("--probes", type=int, default=200, help="probes per round in the CPU comparison")
    parser.add_argument("--rounds", type=int, default=5, help="rounds in the CPU comparison")
    parser.add_argument("--timeout", type=float, default=1.0, help="probe timeout in the round-wall figures")
    parser.add_argument("--curl-max-time", type=float, default=10, help="serial_probe.sh's curl --max-time")
    parser.add_argument("--quick", action="store_true", help="shorter runs: 2 s wrk, 3 probe rounds, 3 bursts")
    parser.add_argument("--only", nargs="*", default=["serve", "cpu", "rounds", "burst", "fleet", "rss", "workflow"])
    args = parser.parse_args()
    if args.quick:
        args.seconds, args.rounds = min(args.seconds, 2), min(args.rounds, 3)
    ensure_tools()
    raise_nofile()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp, peers(Path(tmp)) as p:
        text = config_text(target_rows("http", 5, p), interval=60, timeout=1, concurrency=5)
        with daemon(p.tmp, text, "serve") as (proc, base):
            idle = rss_mib(proc.pid)
            if "serve" in args.only:
                rows += bench_serving(p, base, args.seconds, proc.pid)
            if "workflow" in args.only:
                rows += bench_workflow(p, base, args.curl_max_time, 15)
        if "cpu" in args.only:
            rows += bench_probe_cpu(p, args.probes, args.rounds, 1.0)
        breakdown = ""
        if "rounds" in args.only:
            more, breakdown = bench_rounds(p, args.timeout)
            rows += more
        if "burst" in args.only:
            rows += bench_burst(p, 3 if args.quick else 5)
        if "fleet" in args.only:
            rows += bench_fleet_state(args.quick)
        if "rss" in args.only:
            rows += bench_rss(p, idle)
    stamp = datetime.date.today().isoformat()
    print(
        f"{stamp}, {os.cpu_count()} cores, python {sys.version.split()[0]}, peers: nginx (1 worker), "
        f"blackbox_exporter, serial curl\n"
    )
    print(table(rows))
    if breakdown:
        print("\nA warm round, per part (sync steps timed on the loop; probing is the process CPU while probes run):\n")
        print(breakdown)


if __name__ == "__main__":
    main()
