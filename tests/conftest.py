"""Shared fixtures. Real servers (docker-registry, dnsmasq, prometheus) start here, on 127.0.0.1 only.

A missing binary skips its tests locally with the reason, and fails them under CI=true, so CI can
never pass by skipping.
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import AsyncIterator, Callable, Iterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from healthd.targets import HttpTarget

IN_CI = os.environ.get("CI") == "true"


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


def http_target(url: str, **settings: object) -> HttpTarget:
    """An http target with test-friendly defaults (short timeout)."""
    return HttpTarget.model_validate({"name": "t", "kind": "http", "url": url, "timeout": 2.0, **settings})


# ---------------------------------------------------------------------------------------------------
# prometheus (issue 3, observability): a real Prometheus on 127.0.0.1, tmp storage, polled until ready
# ---------------------------------------------------------------------------------------------------


class Prometheus:
    """A started Prometheus; `query` returns the decoded /api/v1/query answer (success or error)."""

    def __init__(self, url: str, session: object) -> None:
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
    import asyncio

    import aiohttp
    import yaml

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
        if process.returncode is None:
            process.terminate()
        try:
            await asyncio.wait_for(process.wait(), 10)
        except TimeoutError:
            process.kill()
            await process.wait()
    await session.close()


# --- docker-registry (CNCF distribution) with one pushed image: registry probe tests --------------


@pytest.fixture(scope="session")
def docker_registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A real registry on 127.0.0.1 holding healthd/test:v1 (a tests.fakes.distribution.Registry)."""
    from tests.fakes.distribution import serve_registry

    binary = require_binary("docker-registry")
    with serve_registry(binary, tmp_path_factory.mktemp("registry"), free_port()) as registry:
        yield registry
