"""Issue 29, the attacks that did not hold, each reproduced against a real daemon on loopback (or the app)."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from healthd.config.load import parse_config
from healthd.core.render import Rendered
from healthd.daemon.metrics import Metrics
from healthd.daemon.scheduler import Scheduler
from healthd.daemon.serve import assemble
from healthd.model import Status
from tests.support import ROOT, Daemon, poll, round_of, running_daemon, write_config

LOGS = Path(__file__).parent / "logs"
# one 8 KB line of repeated `failed to compute cache key"` (and more quotes), with the signature's keyword in
# front so the matcher tries it: build.missing_file's pattern as landed backtracks ~1.2 s on each; twenty lines
_UNIT = b'failed to compute cache key"' + b'"' * 40
REDOS_LINE = b"not found " + _UNIT * (8180 // len(_UNIT)) + b"\n"
REDOS_LOG = REDOS_LINE * 20


@contextlib.asynccontextmanager
async def daemon_on(tmp_path: Path, **kwargs: object) -> AsyncIterator[Daemon]:
    # the probed URL is the daemon itself would need its port first; a closed port is enough for a round
    config = write_config(tmp_path / "strategies.yaml", "http://127.0.0.1:1/")
    async with running_daemon(config, **kwargs) as daemon:  # type: ignore[arg-type]
        yield daemon


_WATCHER = """
import json, sys, threading, time, urllib.request
url, done, slowest, samples, failures = sys.argv[1], threading.Event(), 0.0, 0, []
threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
while not done.is_set():
    started = time.monotonic()
    try:
        with opener.open(url + "/healthz", timeout=5) as r:
            r.read()
    except Exception as exc:
        failures.append(repr(exc))
    slowest, samples = max(slowest, time.monotonic() - started), samples + 1
    done.wait(0.1)
print(json.dumps({"slowest": slowest, "samples": samples, "failures": failures[:5]}))
"""


@dataclass
class HealthWatch:
    """/healthz polled every 0.1 s from a process of its own (this one's loop is busy uploading)."""

    slowest: float = 0.0
    samples: int = 0
    failures: list[str] = field(default_factory=list)


@contextlib.asynccontextmanager
async def watching(url: str) -> AsyncIterator[HealthWatch]:
    watch = HealthWatch()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _WATCHER, url, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE
    )
    try:
        await asyncio.sleep(0.3)
        yield watch
    finally:
        out, _ = await asyncio.wait_for(process.communicate(b""), 10)
        result = json.loads(out)
        watch.slowest, watch.samples, watch.failures = result["slowest"], result["samples"], result["failures"]


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def children_rss_kib(pid: int) -> int:
    total = 0
    with contextlib.suppress(OSError):
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            with contextlib.suppress(OSError, ValueError):
                total += rss_kib(int(child))
    return total


# --- 1: a log the patterns backtrack on does not freeze the daemon ----------------------------------------
async def test_a_pathological_log_neither_freezes_the_daemon_nor_hangs_its_post(tmp_path: Path) -> None:
    async with daemon_on(tmp_path) as daemon, watching(daemon.url) as watch:
        started = time.monotonic()
        async with aiohttp.ClientSession() as session, session.post(f"{daemon.url}/diagnose", data=REDOS_LOG) as r:
            status, answer = r.status, await r.json()
        took = time.monotonic() - started
        print(f"pathological log: {status} after {took:.2f} s")
        # a second one right after: the killed worker was replaced
        async with aiohttp.ClientSession() as session, session.post(f"{daemon.url}/diagnose", data=b"ok\n") as again:
            assert again.status == 200, await again.text()
    # 422 while the catalog backtracks (the CPU budget cut it), 200 once the patterns are linear
    assert status in (200, 422), answer
    if status == 422:
        assert "too costly" in answer["error"]
    assert took < 30, f"the post took {took:.1f} s"
    assert watch.samples >= 1 and not watch.failures, watch.failures
    assert watch.slowest < 1.0, f"/healthz took {watch.slowest:.2f} s while the log was matched"


# --- 2: concurrent posts are capped, in number and in memory ---------------------------------------------
RSS_BOUND_KIB = 100 * 1024  # the daemon's own VmRSS under 100 concurrent 10 MiB posts (measured ~60 MiB)


async def test_a_hundred_concurrent_ten_mib_posts_stay_bounded(tmp_path: Path) -> None:
    line = b"2026-01-01T00:00:00.0000000Z #12 0.532 go: downloading golang.org/x/text v0.14.0 (cached)\n"
    body = line * (10 * 1024 * 1024 // len(line))
    async with daemon_on(tmp_path) as daemon, watching(daemon.url) as watch:
        pid = daemon.process.pid
        peak, peak_children, stop = rss_kib(pid), 0, asyncio.Event()

        async def sample() -> None:
            nonlocal peak, peak_children
            while not stop.is_set():
                peak = max(peak, rss_kib(pid))
                peak_children = max(peak_children, children_rss_kib(pid))
                await asyncio.sleep(0.05)

        async def post(session: aiohttp.ClientSession) -> str:
            try:
                async with session.post(f"{daemon.url}/diagnose", data=body) as r:
                    await r.read()
                    if r.status == 503:
                        assert r.headers["Retry-After"].isdigit()
                    return str(r.status)
            except aiohttp.ClientError:  # refused mid-upload: the daemon answered 503 and closed
                return "closed"

        sampler = asyncio.create_task(sample())
        connector = aiohttp.TCPConnector(limit=0, force_close=True)
        timeout = aiohttp.ClientTimeout(total=120)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            outcomes = await asyncio.gather(*(post(session) for _ in range(100)))
        stop.set()
        await sampler
    counts = {o: outcomes.count(o) for o in set(outcomes)}
    print(f"outcomes {counts}; daemon VmRSS peak {peak // 1024} MiB, its workers' {peak_children // 1024} MiB")
    assert set(counts) <= {"200", "503", "closed"}, counts
    assert counts.get("200", 0) >= 1 and counts.get("200", 0) + counts.get("503", 0) >= 50, counts
    assert peak < RSS_BOUND_KIB, f"VmRSS peaked at {peak // 1024} MiB"
    assert not watch.failures and watch.slowest < 1.0, (watch.slowest, watch.failures[:3])


# --- 3: idle sockets cannot hold the connection cap; SIGTERM does not wait for a slow upload -----------------
async def test_idle_sockets_at_the_cap_are_closed_so_healthz_gets_in(tmp_path: Path) -> None:
    from healthd.daemon.resources import HEADER_TIMEOUT

    async with daemon_on(tmp_path, nofile=256) as daemon:
        port = int(daemon.url.rsplit(":", 1)[1])
        squatters = []
        for _ in range(40):  # well over the cap (8 under 256 descriptors)
            s = socket.create_connection(("127.0.0.1", port))
            squatters.append(s)
        try:
            await asyncio.sleep(0.5)
            started = time.monotonic()
            deadline = started + HEADER_TIMEOUT + 5
            while True:
                try:
                    timeout = aiohttp.ClientTimeout(total=1)
                    async with (
                        aiohttp.ClientSession() as session,
                        session.get(f"{daemon.url}/healthz", timeout=timeout) as r,
                    ):
                        if r.status == 200:
                            break
                except (aiohttp.ClientError, TimeoutError):
                    pass
                assert time.monotonic() < deadline, "the idle sockets still hold every connection"
                await asyncio.sleep(0.2)
        finally:
            for s in squatters:
                s.close()


async def test_sigterm_during_a_slow_upload_stops_within_two_seconds(tmp_path: Path) -> None:
    async with daemon_on(tmp_path) as daemon:
        port = int(daemon.url.rsplit(":", 1)[1])
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        head = f"POST /diagnose HTTP/1.1\r\nHost: x\r\nContent-Length: {10 * 1024 * 1024}\r\n\r\n"
        writer.write(head.encode())
        for _ in range(10):  # a few bytes a 0.1 s: the handler is in flight, reading
            writer.write(b"building...\n")
            await writer.drain()
            await asyncio.sleep(0.1)
        daemon.process.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        trickle = asyncio.create_task(_trickle(writer))
        await asyncio.wait_for(daemon.process.wait(), 10)
        took = time.monotonic() - sent
        trickle.cancel()
        writer.close()
    print(f"stopped {took:.2f} s after SIGTERM mid-upload")
    assert daemon.process.returncode == 0, daemon.log.read_text()[-2000:]
    assert took < 2.5, f"stopping took {took:.1f} s"


async def _trickle(writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError):
        while True:
            writer.write(b"still building...\n")
            await writer.drain()
            await asyncio.sleep(0.1)


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    assert os.environ.get("CI") in (None, "", "true", "false")


# --- 7: inputs that made 500s (each with a traceback) are 400s; a bug is one throttled line ---------------
TOKEN = "hardening-token-0123456789abcdef"


@pytest.fixture
async def app_client() -> AsyncIterator[TestClient]:
    config = parse_config("""
components:
  net: {weight: 100, targets: [{name: closed, kind: tcp, host: 127.0.0.1, port: 1, timeout: 0.5}]}
strategies:
  - {name: emergency, min_score: 0}
""")
    async with Scheduler(config, env={}) as scheduler:
        await scheduler.run_round()
        client = TestClient(TestServer(assemble(scheduler, admin_token=TOKEN), host="127.0.0.1"))
        await client.start_server()
        yield client
        await client.close()


async def test_history_limits_that_were_500s_are_400s(app_client: TestClient) -> None:
    for limit in ("%C2%B2", "1" * 4301, "%EF%BC%91", "-1", "0"):
        response = await app_client.get(f"/history?limit={limit}")
        assert response.status == 400, (limit[:10], await response.text())
    assert (await app_client.get("/history?limit=1")).status == 200


async def test_a_gzip_body_that_is_not_gzip_is_a_400(app_client: TestClient) -> None:
    response = await app_client.post("/diagnose", data=b"plain text\n" * 100, headers={"Content-Encoding": "gzip"})
    assert response.status == 400, await response.text()
    good = await app_client.post("/diagnose", data=gzip.compress(b"all fine\n"), headers={"Content-Encoding": "gzip"})
    assert good.status == 200, await good.text()


@pytest.mark.parametrize("ttl", ["1" + "0" * 400, "5e-324", "0.5", "1e999", "NaN", "-Infinity"])
async def test_pin_ttls_out_of_range_are_400s(app_client: TestClient, ttl: str) -> None:
    body = f'{{"strategy": "emergency", "ttl": {ttl}, "reason": "x"}}'
    response = await app_client.post("/admin/pin", data=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status == 400, await response.text()
    assert "ttl must be" in (await response.json())["error"]


def test_a_pin_ttl_at_the_floor_is_taken() -> None:
    from healthd.core.pin import MIN_TTL_SECONDS, parse_pin

    pin = parse_pin(f'{{"strategy": "a", "ttl": {MIN_TTL_SECONDS}, "reason": "x"}}'.encode(), ("a",), 100.0)
    assert pin.until == 100.0 + MIN_TTL_SECONDS


async def test_an_aborted_admin_request_is_not_counted_as_a_500(app_client: TestClient) -> None:
    port = app_client.server.port
    assert port is not None
    for _ in range(5):  # headers announce a body that never comes; the client leaves mid-body
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        head = f"POST /admin/pin HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\nContent-Length: 500\r\n\r\n"
        writer.write(head.encode() + b"{")
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.close()
    await asyncio.sleep(0.2)
    metrics = await (await app_client.get("/metrics")).text()
    assert 'code="500"' not in metrics, [line for line in metrics.splitlines() if 'code="500"' in line]


def test_a_failing_handler_logs_one_throttled_line(caplog: pytest.LogCaptureFixture) -> None:
    from healthd.daemon.logs import Throttle, log_failure

    clock = [0.0]
    throttle = Throttle(every=10, clock=lambda: clock[0])
    logger = logging.getLogger("healthd.test_throttle")
    with caplog.at_level(logging.INFO, logger="healthd.test_throttle"):
        for i in range(1000):
            try:
                raise RuntimeError(f"boom {i}")
            except RuntimeError as exc:
                log_failure(logger, throttle, "request_failed", exc)
        clock[0] = 11
        try:
            raise RuntimeError("again")
        except RuntimeError as exc:
            log_failure(logger, throttle, "request_failed", exc)
    records = [r for r in caplog.records if r.name == "healthd.test_throttle"]
    assert len(records) == 2 and all(r.exc_info is None for r in records)
    assert records[1].suppressed == 999 and "test_hardening.py:" in records[0].where  # type: ignore[attr-defined]


# --- 4: a reload that drops many targets is linear in what it drops ------------------------------------------
def test_dropping_ten_thousand_targets_removes_each_child_once() -> None:
    """The per-target series are dicts keyed by target: a drop pops each gone target's keys, never a scan."""
    metrics = Metrics()
    many = {f"c{i % 7}/t{i}": Status.DOWN for i in range(10_000)}
    metrics.observe_round(Rendered(round_of(1, many), {}))  # the metrics read only the snapshot
    per_target = metrics._per_target
    assert len(per_target._latency) == len(per_target._failures) == 10_000
    few = {f"c0/t{i}": Status.DOWN for i in range(0, 77, 7)}  # 11 targets kept
    began = time.perf_counter()
    metrics.observe_round(Rendered(round_of(2, few), {}))
    assert time.perf_counter() - began < 5  # was 57 s with remove_by_labels; milliseconds now
    assert len(per_target._latency) == len(per_target._failures) == len(per_target._labels) == 11
    text = metrics.exposition().decode()
    assert 'target="t1"' not in text and 'target="t7"' in text


# --- 5: a poisoned client cache is a miss, rebuilt; the fallback passes the answer check -----------------------
@pytest.mark.parametrize(
    "poison",
    [
        lambda e: e["strategies"][-1][1].update({"x\nBASH_ENV=/tmp/evil.sh\n": "1"}),
        lambda e: e["param_names"].append("x\nBASH_ENV=/tmp/evil.sh\n"),
        lambda e: e["strategies"][-1][1].update({"no_cache": "true\nBASH_ENV=/tmp/evil.sh"}),
        lambda e: e["strategies"][-1][1].update({"cache_from": ["type=gha\r", "x"]}),
        lambda e: e["strategies"][-1].__setitem__(0, "emergency\nBASH_ENV=x"),
    ],
)
def test_a_poisoned_client_cache_is_rebuilt_and_never_printed(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], poison: Callable[[dict], None]
) -> None:
    from healthd.ci.cache import cache_file, facts
    from healthd.ci.client import main

    path = tmp_path / "strategies.yaml"
    path.write_text((ROOT / "strategies.yaml").read_text())
    honest = facts(path)
    entries = json.loads(cache_file().read_text())
    entry = entries[str(path)]
    entry["param_names"].append("x\nBASH_ENV=/tmp/evil.sh\n")  # a name the poisoned param can hide behind
    poison(entry)
    cache_file().write_text(json.dumps(entries))
    for fmt in ("env", "shell", "json"):
        assert main(["--url", "http://127.0.0.1:1", "--timeout", "0", "--format", fmt, "--config", str(path)]) == 0
        out = capsysbinary.readouterr().out
        assert b"BASH_ENV" not in out and b"\r" not in out, out
        assert b"emergency" in out
    assert facts(path) == honest  # the entry was rebuilt from the config
    assert "BASH_ENV" not in cache_file().read_text()


def test_a_fallback_that_fails_the_answer_check_is_the_last_resort(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    """The check lives in `fallback` itself, so `healthd strategy` and the job-started hook both hold it."""
    import healthd.core.render
    from healthd.ci import client, hook

    monkeypatch.setattr(healthd.core.render, "render", lambda *_, **__: b"HEALTHD_STRATEGY=x\nBASH_ENV=/tmp/evil.sh\n")
    assert client.main(["--url", "http://127.0.0.1:1", "--timeout", "0", "--format", "env"]) == 0
    out = capsysbinary.readouterr()
    assert out.out == b"HEALTHD_STRATEGY=emergency\nHEALTHD_SCORE=0\nHEALTHD_STALE=true\n"
    assert b"fallback answer is refused" in out.err
    github_env = tmp_path / "github_env"
    monkeypatch.setenv("GITHUB_ENV", str(github_env))
    assert hook.main(["--url", "http://127.0.0.1:1", "--timeout", "0"]) == 0
    assert github_env.read_bytes() == b"HEALTHD_STRATEGY=emergency\nHEALTHD_SCORE=0\nHEALTHD_STALE=true\n"
    assert b"fallback answer is refused" in capsysbinary.readouterr().err


# --- 8: control characters in any URL or string setting are refused at load, with file:line ------------------
@pytest.mark.parametrize(
    ("line", "value"),
    [
        (4, r'"http://127.0.0.1/gop/\r\nHEALTHD_X=1"'),
        (4, r'"http://127.0.0.1/\tx"'),
        (4, r'"http://127.0.0.1/\x1b]0;x\x07"'),
        (4, r'"http://127.0.0.1/\u2028x"'),
    ],
)
def test_control_characters_in_a_url_are_refused_with_file_and_line(tmp_path: Path, line: int, value: str) -> None:
    from healthd.config.load import ConfigError, load_config

    path = tmp_path / "strategies.yaml"
    path.write_text(f"""components:
  web:
    weight: 100
    targets: [{{name: a, kind: http, url: {value}}}]
strategies:
  - {{name: emergency, min_score: 0}}
""")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert f"{path}:{line}" in str(caught.value) and "control characters" in str(caught.value), str(caught.value)


def test_control_characters_in_any_string_setting_are_refused(tmp_path: Path) -> None:
    from healthd.config.load import ConfigError, load_config

    path = tmp_path / "strategies.yaml"
    path.write_text(r"""components:
  net: {weight: 100, targets: [{name: closed, kind: tcp, host: "127.0.0.1\r\nX", port: 1}]}
  dns: {weight: 0, targets: [{name: d, kind: dns, query: "example.org\t"}]}
strategies:
  - {name: emergency, min_score: 0, params: {builder: "x\ry"}}
""")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    text = str(caught.value)
    assert f"{path}:2" in text and f"{path}:3" in text and f"{path}:5" in text, text
    assert text.count("control character") >= 3, text


# --- 9: malformed requests make one quiet INFO line, whatever aiohttp's path for them -----------------------
MALFORMED = (
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n",  # TLS on the HTTP port: aiohttp logs it at DEBUG
    b"BREW / HTTP/1.1\r\nHost: x\r\n\r\n",  # a bad method, also DEBUG for a connection's first request
    b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",  # at ERROR with a traceback
    b"GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n",
    b"GET /\x00 HTTP/1.1\r\n\r\n",
)


async def test_a_thousand_malformed_requests_make_quiet_info_lines(tmp_path: Path) -> None:
    async with daemon_on(tmp_path) as daemon:
        port = int(daemon.url.rsplit(":", 1)[1])
        before = daemon.log.stat().st_size

        async def one(payload: bytes) -> bytes:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(payload)
            await writer.drain()
            answer = await reader.read(64)
            writer.close()
            return answer

        answers = []
        for start in range(0, 1000, 50):
            answers += await asyncio.gather(*(one(MALFORMED[i % len(MALFORMED)]) for i in range(start, start + 50)))
        assert all(a.startswith(b"HTTP/1.") and b" 400 " in a for a in answers), {a[:30] for a in answers}
        assert (await _status(f"{daemon.url}/healthz")) == 200
        await asyncio.sleep(0.3)
        written = daemon.log.read_bytes()[before:].decode(errors="replace")
    lines = [json.loads(line) for line in written.splitlines()]
    quiet = [line for line in lines if line["event"] == "malformed_request"]
    assert quiet and all(line["level"] == "info" and "exception" not in line for line in quiet), quiet[:3]
    assert len(quiet) <= 3, len(quiet)  # one per 10 s
    assert "Traceback" not in written and len(written) < 4096, written[:2000]


async def _status(url: str) -> int:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status


# --- smaller: SIGHUP re-reads the admin token file ---------------------------------------------------------
async def test_sighup_rotates_the_admin_token(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("old-token-0123456789abcdef\n")
    token_file.chmod(0o600)
    async with daemon_on(tmp_path, env={"HEALTHD_ADMIN_TOKEN_FILE": str(token_file)}) as daemon:

        async def pin_status(token: str) -> int:
            headers = {"Authorization": f"Bearer {token}"}
            async with aiohttp.ClientSession() as session, session.get(f"{daemon.url}/admin/pin", headers=headers) as r:
                return r.status

        assert await pin_status("old-token-0123456789abcdef") == 200
        token_file.write_text("new-token-0123456789abcdef\n")
        daemon.process.send_signal(signal.SIGHUP)

        async def rotated() -> bool:
            return await pin_status("new-token-0123456789abcdef") == 200

        await poll(rotated, "the new token to be taken", within=10)
        assert await pin_status("old-token-0123456789abcdef") == 401
        token_file.write_text("short\n")  # unusable: the token in force stays
        daemon.process.send_signal(signal.SIGHUP)
        await poll(lambda: _logged(daemon, "admin_token_kept"), "the refusal to be logged", within=10)
        assert await pin_status("new-token-0123456789abcdef") == 200
        assert not any("new-token" in line or "old-token" in line for line in daemon.log_lines())


async def _logged(daemon: Daemon, event: str) -> bool:
    return any(event in line for line in daemon.log_lines())


async def test_an_idle_worker_retires_and_a_busy_one_is_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    from healthd.daemon import diagnose_worker

    monkeypatch.setattr(diagnose_worker, "IDLE_RETIRE", 0.5)
    workers = diagnose_worker.Workers(slots=1)
    try:
        pids = []
        for _ in range(2):
            assert workers.try_acquire() and not workers.try_acquire()  # one slot: the second is refused
            session = workers.session()
            await session.feed(b"ERROR: failed to solve: process did not complete successfully\n")
            diagnosis = await session.finish()
            assert diagnosis.lines == 1
            assert session._child is not None
            pids.append(session._child.process.pid)
            session.close()
        assert pids[0] == pids[1] and workers.children == 1  # the same child served both logs

        async def retired() -> bool:
            return workers.children == 0

        await poll(retired, "the idle child to retire", within=5)
    finally:
        await workers.close()


async def test_the_cpu_budget_ends_a_costly_log_in_its_child() -> None:
    """Linear matching still costs CPU per line: a big log of lines that each hold a keyword, past a 1 s budget."""
    from healthd.daemon.diagnose_worker import Overbudget, Workers

    dense = b"".join(
        b"#%d %d.%03d Using cached wheel%d.whl: not found in the local cache, 0 failures, timeout 10m\n" % (i, i, i, i)
        for i in range(20_000)
    )  # ~1.8 MB, each line decoded and matched
    workers = Workers(slots=1, cpu_budget=1, wall_budget=120)  # the wall clock out of reach: the CPU limit acts
    try:
        assert workers.try_acquire()
        session = workers.session()
        with pytest.raises(Overbudget):
            for _ in range(100):  # up to ~180 MB: far past 1 s of CPU on any machine
                await session.feed(dense)
            await session.finish()
        assert session._child is not None
        ended = await asyncio.wait_for(session._child.process.wait(), 10)
        assert ended == -signal.SIGXCPU  # the kernel's RLIMIT_CPU ended it, not the wall clock
        session.close()
    finally:
        await workers.close()


async def test_the_wall_budget_gives_up_on_a_child_and_replaces_it() -> None:
    from healthd.daemon.diagnose_worker import Overbudget, Workers

    workers = Workers(slots=1, cpu_budget=60, wall_budget=1.0)  # the CPU limit out of reach: the wall clock acts
    try:
        assert workers.try_acquire()
        session = workers.session()
        await session.feed(b"first line\n")
        assert session._child is not None
        os.kill(session._child.process.pid, signal.SIGSTOP)  # a child that makes no progress (a starved machine)
        started = time.monotonic()
        with pytest.raises(Overbudget):
            for _ in range(64):  # until the pipe is full and feeding waits on the stuck child
                await session.feed(REDOS_LOG)
            await session.finish()
        assert time.monotonic() - started < 5
        assert session._child is not None
        killed = session._child.process
        session.close()
        assert await asyncio.wait_for(killed.wait(), 5) != 0
        assert workers.try_acquire()
        again = workers.session()
        await again.feed(b"fine\n")
        assert (await again.finish()).lines == 1
        again.close()
    finally:
        await workers.close()
