"""Shared fixtures. Real servers (docker-registry, dnsmasq, prometheus) start here, on 127.0.0.1 only.

A missing binary skips its tests locally with the reason, and fails them under CI=true, so CI can
never pass by skipping.
"""

from __future__ import annotations

import asyncio
import os
import socket
import struct
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator

import aiohttp
import pytest
import yaml
from aiohttp import web
from aiohttp.test_utils import TestServer
from hypothesis import settings

from tests.support import (
    REGISTRY_LOGIN,
    ROOT_TRUST_ANCHOR,
    Dnsmasq,
    Prometheus,
    free_port,
    require_binary,
    stop_process,
)

# a property test checks what the code answers, never how fast (speed is bench/'s): Hypothesis' default 200 ms
# deadline failed a scoring property once on a loaded CI machine (360 ms for one example, 1 ms on its rerun)
settings.register_profile("healthd", deadline=None)
settings.load_profile("healthd")

# Every daemon the suite starts keeps its state in memory (daemon.state_dir: none), so no test writes
# to ~/.local/state; a test about state names its own directory (HEALTHD_STATE_DIR or the config).
os.environ.setdefault("HEALTHD_STATE_DIR", "none")

REAL_FIXTURES = {"dnsmasq", "prometheus", "docker_registry", "docker_registry_auth"}
DEPLOY_MODULES = {"test_action", "test_compose", "test_image", "test_k8s"}  # the deployment checkers' tests


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Marks the slow kinds, so `-m 'not real and not browser and not deploy'` runs the fast part alone."""
    import inspect

    for item in items:
        function = getattr(item, "function", None)
        source = inspect.getsource(function) if function is not None else ""
        if REAL_FIXTURES & set(getattr(item, "fixturenames", ())) or "require_binary(" in source:
            item.add_marker(pytest.mark.real)
        if '"chromium"' in source:
            item.add_marker(pytest.mark.browser)
        if item.module is not None and item.module.__name__.rpartition(".")[2] in DEPLOY_MODULES:
            item.add_marker(pytest.mark.deploy)


@pytest.fixture(autouse=True)
def _client_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CI client's cache (healthd.ci.cache) goes to a fresh directory, never the user's ~/.cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


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
                        return Prometheus(url, session, process)
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


@pytest.fixture(scope="session")
def docker_registry_auth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, object]]:
    """A real registry wanting htpasswd Basic auth, holding healthd/test:v1: (Registry, its storage root)."""
    from tests.fakes.distribution import serve_registry

    binary = require_binary("docker-registry")
    require_binary("htpasswd")
    root = tmp_path_factory.mktemp("registry-auth")
    with serve_registry(binary, root, free_port(), REGISTRY_LOGIN) as registry:
        yield registry, root / "data"
