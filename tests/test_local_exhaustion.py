"""Local exhaustion is not an outage: descriptors kept for probes, local failures not counted against a service."""

from __future__ import annotations

import asyncio
import errno
import json
import logging
import os
import resource
import socket
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from healthd.config.load import parse_config
from healthd.core.carry import counted, is_failure
from healthd.daemon.resources import connection_cap
from healthd.daemon.scheduler import Scheduler
from healthd.model import Measure, ProbeResult, Reason, Status
from healthd.probes.base import classify
from tests.support import running_daemon


@pytest.mark.parametrize(
    "exc",
    [
        OSError(errno.EMFILE, "Too many open files"),
        OSError(errno.ENFILE, "Too many open files in system"),
        OSError(errno.ENOBUFS, "No buffer space available"),
        MemoryError(),
        aiohttp.ClientOSError(errno.EMFILE, "Too many open files"),
    ],
)
def test_local_failures_are_classified_local(exc: BaseException) -> None:
    reason, detail = classify(exc)
    assert reason is Reason.LOCAL_ERROR and detail.startswith("on this host:")


def test_a_wrapped_local_cause_is_found() -> None:
    try:
        try:
            raise OSError(errno.EMFILE, "Too many open files")
        except OSError as inner:
            raise RuntimeError("connect failed") from inner
    except RuntimeError as outer:
        assert classify(outer)[0] is Reason.LOCAL_ERROR
    assert classify(ConnectionRefusedError(errno.ECONNREFUSED, "refused"))[0] is Reason.CONNECT_REFUSED


def test_local_results_keep_the_last_status() -> None:
    up = ProbeResult(Status.UP, Reason.OK, detail="fine", measurements={Measure.RATELIMIT_HEADROOM_RATIO: 0.03})
    local = ProbeResult(Status.DOWN, Reason.LOCAL_ERROR, detail="on this host: EMFILE")
    assert counted(local, up).status is Status.UP and "keeps its last status, up" in counted(local, up).detail
    # nothing was measured this round: the last headroom holds, so HealthdRateLimitLow's `for` does not restart
    assert counted(local, up).measurements == {Measure.RATELIMIT_HEADROOM_RATIO: 0.03}
    assert counted(local, None) is local  # nothing known yet: down, on the safe side
    down = ProbeResult(Status.DOWN, Reason.BAD_STATUS)
    assert counted(down, up) is down
    assert not is_failure(local) and is_failure(down)


def test_connection_cap_leaves_the_probes_their_descriptors() -> None:
    assert connection_cap(1024, 32) == 1024 - 64 - 64 - 128
    assert connection_cap(65536, 32) == 4096
    assert connection_cap(100, 32) == 8  # the API stays usable, however low the limit


def _config(url: str, **daemon: object) -> str:
    settings = {"interval": 5, "timeout": 1, "stale_after": 20, **daemon}
    return f"""
daemon: {json.dumps(settings)}
components:
  web:
    weight: 70
    targets:
      - {{name: a, kind: http, url: "{url}"}}
      - {{name: b, kind: http, url: "{url}"}}
  net:
    weight: 30
    targets: [{{name: port, kind: tcp, host: 127.0.0.1, port: {url.split(":")[2].strip("/")}}}]
strategies:
  - {{name: optimal, min_score: 80}}
  - {{name: emergency, min_score: 0}}
"""


@pytest.fixture
async def upstream(serve_app) -> str:
    async def ok(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/", ok)
    return str((await serve_app(app)).make_url("/"))


async def test_out_of_descriptors_round_keeps_the_strategy(upstream: str, caplog: pytest.LogCaptureFixture) -> None:
    async with Scheduler(parse_config(_config(upstream)), env={}) as scheduler:
        first = await scheduler.run_round()
        assert first.snapshot.score == 100
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        caplog.clear()
        filler: list[int] = []
        with caplog.at_level(logging.INFO):
            resource.setrlimit(resource.RLIMIT_NOFILE, (max(map(int, os.listdir("/proc/self/fd"))) + 1, hard))
            try:
                while True:  # every descriptor number below the limit taken: the next socket() is EMFILE
                    try:
                        filler.append(os.open(os.devnull, os.O_RDONLY))
                    except OSError:
                        break
                exhausted = await scheduler.run_round()
            finally:
                for fd in filler:
                    os.close(fd)
                resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
        results = [t.result for c in exhausted.snapshot.components for t in c.targets]
        assert {r.reason for r in results} == {Reason.LOCAL_ERROR}, [r.detail for r in results]
        assert {r.status for r in results} == {Status.UP}  # each kept its last status
        assert exhausted.snapshot.score == 100 and exhausted.snapshot.decision.strategy == "optimal"
        local_lines = [r for r in caplog.records if r.getMessage() == "local_resource_exhaustion"]
        assert len(local_lines) == 1 and local_lines[0].targets == 3
        assert not [r for r in caplog.records if r.exc_info], "no traceback for a local failure"
        assert (await scheduler.run_round()).snapshot.components[0].targets[0].result.reason is Reason.OK


async def test_client_burst_at_a_low_limit_leaves_probes_alone(tmp_path: Path, upstream: str) -> None:
    """A subprocess daemon held at 512 descriptors (soft = hard: it cannot raise them) and 1,000 local clients."""
    config = tmp_path / "strategies.yaml"
    config.write_text(_config(upstream, interval=0.3, timeout=0.25, stale_after=5))
    async with running_daemon(config, nofile=512) as daemon:
        held: list[socket.socket] = []
        loop = asyncio.get_running_loop()
        try:
            for _ in range(1000):  # connect and hold: each accepted one would cost the daemon a descriptor
                sock = socket.socket()
                sock.setblocking(False)
                try:
                    await asyncio.wait_for(loop.sock_connect(sock, ("127.0.0.1", int(daemon.url.rsplit(":", 1)[1]))), 2)
                except OSError:
                    sock.close()
                    continue
                held.append(sock)
            await asyncio.sleep(1.5)  # several rounds under the burst
        finally:
            for sock in held:
                sock.close()
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{daemon.url}/probes") as response:
                probes = await response.json()
            async with session.get(f"{daemon.url}/metrics") as response:
                metrics = await response.text()
        assert {t["reason"] for t in probes["targets"]} == {"ok"}, probes["targets"]
        assert 'healthd_probe_failures_total{component="web"' not in metrics
        assert 'healthd_strategy_changes_total{from="optimal"' not in metrics
        lines = daemon.log_lines()
        listening = next(json.loads(line) for line in lines if '"listening"' in line)
        assert listening["max_connections"] == 512 - 2 * 32 - 64 - 128
        assert not [line for line in lines if "Traceback" in line or '"level": "error"' in line], lines[-5:]
