"""Shared fixtures. Real servers (docker-registry, dnsmasq, prometheus) start here, on 127.0.0.1 only.

A missing binary skips its tests locally with the reason, and fails them under CI=true, so CI can
never pass by skipping.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import struct
import subprocess
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass

import aiohttp
import pytest
import yaml
from aiohttp import web
from aiohttp.test_utils import TestServer

IN_CI = os.environ.get("CI") == "true"


@pytest.fixture(autouse=True)
def _client_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CI client's cache (healthd.ci.cache) goes to a fresh directory, never the user's ~/.cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


def require_binary(name: str) -> str:
    """Path of a real server binary; skip (locally) or fail (CI) when it is not installed."""
    path = shutil.which(name) or next(
        (p for p in (f"/usr/sbin/{name}", f"/usr/bin/{name}") if os.access(p, os.X_OK)), None
    )
    if path is None:
        message = f"{name} is not installed (Debian package; .ci/run installs it)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def poll(check: Callable[[], Awaitable[bool]], what: str, within: float = 20) -> None:
    """Waits until `await check()` is true, polling every 0.1 s; fails naming `what` after `within` s."""
    deadline = asyncio.get_running_loop().time() + within
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


def parse_github_env(text: str) -> dict[str, str]:
    """What GitHub Actions does with a $GITHUB_OUTPUT / $GITHUB_ENV file."""
    out: dict[str, str] = {}
    assert text.endswith("\n")
    lines = iter(text[:-1].split("\n"))  # GitHub splits on newlines only, unlike str.splitlines
    for line in lines:
        if not line:  # the runner skips empty lines
            continue
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            key, delimiter = line.split("<<", 1)
            value = []
            for inner in lines:
                if inner == delimiter:
                    break
                value.append(inner)
            else:
                raise AssertionError(f"unterminated {key}")
            out[key] = "\n".join(value)
        else:
            key, value = line.split("=", 1)
            out[key] = value
    return out


async def stop_process(process: asyncio.subprocess.Process) -> None:
    """SIGTERM, then SIGKILL after 10 s; waits for the exit either way."""
    if process.returncode is None:
        process.terminate()
    try:
        await asyncio.wait_for(process.wait(), 10)
    except TimeoutError:
        process.kill()
        await process.wait()


@pytest.fixture
async def serve_app() -> AsyncIterator[Callable[[web.Application], object]]:
    """serve_app(app) -> started TestServer on 127.0.0.1; use server.make_url('/path')."""
    servers: list[TestServer] = []

    async def start(app: web.Application) -> TestServer:
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        servers.append(server)
        return server

    yield start
    for server in servers:
        await server.close()


@pytest.fixture
async def upstream(serve_app) -> str:
    """URL of a local HTTP target that answers 200 with a small JSON body: an http probe's `up`."""

    async def ok(request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_get("/", ok)
    return str((await serve_app(app)).make_url("/"))


# --- dnsmasq: a real resolver on 127.0.0.1 (dns probe tests) -------------------------------------
# Two processes, no internet (--no-resolv): `front` is the resolver under test; `upstream` serves it
# an unsigned answer that front's DNSSEC validation rejects (SERVFAIL) and refuses everything else.
# The root trust anchor (KSK-2017) is public data; nothing is ever asked of a real server.
ROOT_TRUST_ANCHOR = ".,20326,8,2,E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D"


@dataclass(frozen=True)
class Dnsmasq:
    server: str  # "127.0.0.1:PORT" of the front resolver


def _dns_answers(port: int) -> bool:
    """True once a UDP query for ok.test gets any answer on 127.0.0.1:port."""
    query = struct.pack(">6H", 0x4844, 0x0100, 1, 0, 0, 0) + b"\x02ok\x04test\x00" + struct.pack(">2H", 1, 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(0.2)
        s.sendto(query, ("127.0.0.1", port))
        try:
            return s.recv(512)[:2] == query[:2]
        except OSError:
            return False


@pytest.fixture(scope="session")
def dnsmasq() -> Iterator[Dnsmasq]:
    binary = require_binary("dnsmasq")
    front, upstream, dead = free_port(), free_port(), free_port()
    common = ["--no-daemon", "--conf-file=/dev/null", "--pid-file=", "--listen-address=127.0.0.1"]
    common += ["--bind-interfaces", "--no-resolv", "--no-hosts"]
    front_args = [
        f"--port={front}",
        "--address=/ok.test/127.0.0.1",  # A only: AAAA is NXDOMAIN under --local (dnsmasq 2.90)
        "--host-record=v4.test,127.0.0.2",  # AAAA is NODATA
        "--txt-record=txt.test,hello",
        "--cname=cname.test,ok.test",  # answers the CNAME alone, even to an A query
        "--local=/test/",  # any other name under test. is NXDOMAIN
        f"--server=/dead.test/127.0.0.1#{dead}",  # nothing listens there: dnsmasq never answers
        f"--server=/refused.test/127.0.0.1#{upstream}",  # upstream refuses; front passes REFUSED on
        f"--server=127.0.0.1#{upstream}",
        "--dnssec",  # upstream's unsigned answer for x.bogus fails validation: SERVFAIL
        f"--trust-anchor={ROOT_TRUST_ANCHOR}",
    ]
    commands = [[binary, *common, f"--port={upstream}", "--address=/bogus/127.0.0.3"], [binary, *common, *front_args]]
    processes = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for c in commands]
    try:
        deadline = time.monotonic() + 10
        while not _dns_answers(front):
            if any(p.poll() is not None for p in processes):
                pytest.fail(f"dnsmasq exited: {b''.join(p.stderr.read() for p in processes if p.stderr)!r}")
            if time.monotonic() > deadline:
                pytest.fail("dnsmasq did not answer within 10 s")
            time.sleep(0.05)
        yield Dnsmasq(f"127.0.0.1:{front}")
    finally:
        for process in processes:
            process.terminate()
            process.wait(5)


# ---------------------------------------------------------------------------------------------------
# prometheus (issue 3, observability): a real Prometheus on 127.0.0.1, tmp storage, polled until ready
# ---------------------------------------------------------------------------------------------------


class Prometheus:
    """A started Prometheus; `query` returns the decoded /api/v1/query answer (success or error)."""

    def __init__(self, url: str, session: aiohttp.ClientSession) -> None:
        self.url = url
        self._session = session

    async def query(self, expr: str) -> dict:
        async with self._session.get(f"{self.url}/api/v1/query", params={"query": expr}) as response:
            return await response.json()

    async def get(self, path: str) -> dict:
        async with self._session.get(f"{self.url}{path}") as response:
            return await response.json()


@pytest.fixture
async def prometheus(tmp_path):
    """prometheus(config) -> a ready Prometheus running that prometheus.yml (given as a dict)."""
    binary = require_binary("prometheus")
    processes: list[asyncio.subprocess.Process] = []
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5))

    async def start(config: dict) -> Prometheus:
        path = tmp_path / "prometheus.yml"
        path.write_text(yaml.safe_dump(config))
        log = tmp_path / "prometheus.log"
        url = f"http://127.0.0.1:{free_port()}"
        with log.open("wb") as out:
            process = await asyncio.create_subprocess_exec(
                binary, f"--config.file={path}", f"--storage.tsdb.path={tmp_path / 'data'}",
                f"--web.listen-address={url.removeprefix('http://')}",
                stdout=out, stderr=asyncio.subprocess.STDOUT,
            )  # fmt: skip
        processes.append(process)
        for _ in range(300):  # up to 30 s; it is ready in about one
            if process.returncode is not None:
                pytest.fail(f"prometheus exited with {process.returncode}:\n{log.read_text()[-3000:]}")
            try:
                async with session.get(f"{url}/-/ready") as response:
                    if response.status == 200:
                        return Prometheus(url, session)
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
        pytest.fail(f"prometheus not ready after 30 s:\n{log.read_text()[-3000:]}")

    yield start
    for process in processes:
        await stop_process(process)
    await session.close()


# --- docker-registry (CNCF distribution) with one pushed image: registry probe tests --------------


@pytest.fixture(scope="session")
def docker_registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A real registry on 127.0.0.1 holding healthd/test:v1 (a tests.fakes.distribution.Registry)."""
    from tests.fakes.distribution import serve_registry

    binary = require_binary("docker-registry")
    with serve_registry(binary, tmp_path_factory.mktemp("registry"), free_port()) as registry:
        yield registry
