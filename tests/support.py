"""What the tests share: helpers, builders, the daemon launchers. No test module imports another."""

from __future__ import annotations

import asyncio
import contextlib
import os
import resource
import shutil
import socket
import sys
from asyncio.subprocess import Process
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from healthd.model import ComponentReport, Decision, ProbeResult, Reason, Snapshot, Status, TargetReport

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


# --- dnsmasq: a real resolver on 127.0.0.1 (dns probe tests) -------------------------------------
# Two processes, no internet (--no-resolv): `front` is the resolver under test; `upstream` serves it
# an unsigned answer that front's DNSSEC validation rejects (SERVFAIL) and refuses everything else.
# The root trust anchor (KSK-2017) is public data; nothing is ever asked of a real server.
ROOT_TRUST_ANCHOR = ".,20326,8,2,E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D"


@dataclass(frozen=True)
class Dnsmasq:
    server: str  # "127.0.0.1:PORT" of the front resolver


class Prometheus:
    """A started Prometheus; `query` returns the decoded /api/v1/query answer (success or error)."""

    def __init__(self, url: str, session: aiohttp.ClientSession, process: Process | None = None) -> None:
        self.url = url
        self._session = session
        self.process = process  # to stop it mid-test (stop_process); the fixture stops it at the end anyway

    async def query(self, expr: str) -> dict:
        async with self._session.get(f"{self.url}/api/v1/query", params={"query": expr}) as response:
            return await response.json()

    async def get(self, path: str) -> dict:
        async with self._session.get(f"{self.url}{path}") as response:
            return await response.json()


ROOT = Path(__file__).resolve().parent.parent


HEALTHD = [sys.executable, "-m", "healthd"]


def write_config(path: Path, url: str, best: str = "optimal") -> Path:
    path.write_text(f"""
daemon: {{interval: 0.5, timeout: 0.4, stale_after: 5}}
components:
  web: {{weight: 60, targets: [{{name: api, kind: http, url: "{url}"}}]}}
  net: {{weight: 40, targets: [{{name: closed, kind: tcp, host: 127.0.0.1, port: 1}}]}}
strategies:
  - {{name: {best}, min_score: 50, params: {{cache_from: ["type=gha", "type=registry,ref=r:c"], no_cache: false}}}}
  - {{name: emergency, min_score: 0, params: {{cache_from: [], no_cache: true}}}}
""")
    return path


async def run(*args: str, within: float = 30) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(*args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), within)
    return proc.returncode, out.decode(), err.decode()


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


@contextlib.asynccontextmanager
async def serving(config: Path, log: Path, ready: bool = True) -> AsyncIterator[tuple[Process, str]]:
    """`healthd serve --log-json` as a process on a free port: (process, base URL), killed at the end if alive."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        env = dict(os.environ, HEALTHD_STATE_DIR=os.environ.get("HEALTHD_STATE_DIR", "none"))  # memory only
        daemon = await asyncio.create_subprocess_exec(
            *HEALTHD, "serve", "--config", str(config), "--listen", f"127.0.0.1:{port}", "--log-json",
            stderr=out, env=env,
        )  # fmt: skip
        try:

            async def answers() -> bool:
                try:
                    return (await get(f"{base}/readyz"))[0] == 200
                except aiohttp.ClientError:
                    return False

            if ready:
                await poll(answers, "the daemon to be ready")
            yield daemon, base
        finally:
            if daemon.returncode is None:
                daemon.kill()
                await daemon.wait()


PARAMS = {
    "dockerfile": "Dockerfile",
    "cache_from": ("type=gha", "type=registry,ref=ghcr.io/acme/app:cache"),
    "cache_to": (),
    "no_cache": False,
    "timeout_minutes": 40,
}


def snapshot(params: dict | None = None, score: float = 85.0) -> Snapshot:
    target = TargetReport("ghcr.io", "registry", ProbeResult(Status.DEGRADED, Reason.SLOW, 2.5, "answered in 2.50s"))
    component = ComponentReport("registries", 30, 15, (target,))
    decision = Decision("optimal", PARAMS if params is None else params, ("registries/ghcr.io degraded: slow",))
    return Snapshot(7, 1_700_000_000.0, 1_700_000_001.5, score, (component,), decision)


RESULTS = {
    Status.UP: ProbeResult(Status.UP, Reason.OK),
    Status.DEGRADED: ProbeResult(Status.DEGRADED, Reason.SLOW),
    Status.DOWN: ProbeResult(Status.DOWN, Reason.TIMEOUT),
}


def round_of(
    number: int,
    statuses: dict[str, Status],
    strategy: str = "optimal",
    switched_from: str | None = None,
    score: float = 90.0,
) -> Snapshot:
    """A snapshot whose targets are "component/target" keys of `statuses`, in order."""
    components: dict[str, list[TargetReport]] = {}
    for key, status in statuses.items():
        component, target = key.split("/")
        components.setdefault(component, []).append(TargetReport(target, "http", RESULTS[status]))
    reports = tuple(ComponentReport(name, 50, 25, tuple(targets)) for name, targets in components.items())
    decision = Decision(strategy, {}, (), changed_from=switched_from)
    at = 1_700_000_000.0 + 30 * number
    return Snapshot(number, at - 1, at, score, reports, decision, strategies=("optimal", "resilient", "emergency"))


VOID = {"meta", "br", "img", "input", "link", "hr"}


class Elements(HTMLParser):
    """Every element as the browser's tokenizer sees it, and whether open and close tags pair up."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open.pop() == tag, f"unbalanced </{tag}>"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: bytes) -> Elements:
    parser = Elements()
    parser.feed(page.decode())
    parser.close()
    assert parser.open == [], parser.open
    return parser


def config_for(
    urls: list[str],
    *,
    interval: float = 5,
    timeout: float = 2,
    concurrency: int = 32,
    names: tuple[str, ...] = ("good", "bad"),
) -> str:
    targets = "\n".join(
        f'      - {{name: t{i}, kind: http, url: "{u}", timeout: {timeout}}}' for i, u in enumerate(urls)
    )
    return f"""
daemon: {{interval: {interval}, timeout: {timeout}, stale_after: {interval * 4}, concurrency: {concurrency}}}
hysteresis: {{downgrade_after: 2, upgrade_after: 3}}
components:
  web:
    weight: 100
    targets:
{targets}
strategies:
  - {{name: {names[0]}, min_score: 50, params: {{timeout_minutes: 40}}}}
  - {{name: {names[1]}, min_score: 0, params: {{timeout_minutes: 15}}}}
"""


def slow_app(delay: float) -> web.Application:
    async def handler(request: web.Request) -> web.Response:
        await asyncio.sleep(delay)
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_get("/", handler)
    return app


# The settings each HTTP-speaking kind needs beyond a URL; test_kinds checks this covers every one in KINDS.
HTTP_KIND_SETTINGS = {
    "http": {},
    "registry": {"repository": "library/alpine"},
    "goproxy": {"module": "golang.org/x/text"},
    "gha_cache-v2": {"protocol": "v2"},
    "gha_cache-v1": {"protocol": "v1"},
    "statuspage": {"components": ["Actions"]},
    "statusio": {"page_id": "533c6539221ae15e3f000031", "components": ["Docker Hub Registry"]},
    "sumdb-direct": {},
    "sumdb-proxied": {"proxy": "URL"},  # the misbehaving server is the proxy too: its first answer decides
}


@dataclass
class Daemon:
    url: str
    process: asyncio.subprocess.Process
    log: Path

    def log_lines(self) -> list[str]:
        return self.log.read_text(errors="replace").splitlines()


@contextlib.asynccontextmanager
async def running_daemon(
    config: Path,
    *,
    nofile: int | None = None,
    env: Mapping[str, str] | None = None,
    ready: bool = True,
    fsize: int | None = None,
) -> AsyncIterator[Daemon]:
    """Starts `python -m healthd.daemon` on a free port (soft and hard RLIMIT_NOFILE `nofile` if given;
    RLIMIT_FSIZE `fsize` bytes if given: a full disk, as the daemon's writes see it)."""
    port = free_port()
    log = config.with_suffix(".log")

    def limit() -> None:
        if nofile is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    full_env = dict(os.environ, HEALTHD_CONFIG=str(config), HEALTHD_LISTEN=f"127.0.0.1:{port}", HEALTHD_LOG_JSON="1")
    full_env.setdefault("HEALTHD_STATE_DIR", "none")  # memory only, unless a test about state says where
    full_env.update(env or {})
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "healthd.daemon", cwd=ROOT, env=full_env, stdout=out, stderr=out, preexec_fn=limit
        )
    daemon = Daemon(f"http://127.0.0.1:{port}", process, log)
    try:
        if ready:
            async with aiohttp.ClientSession() as session:

                async def answers() -> bool:
                    if process.returncode is not None:
                        raise AssertionError(f"daemon exited {process.returncode}: {log.read_text()[-2000:]}")
                    try:
                        async with session.get(f"{daemon.url}/readyz") as response:
                            return response.status == 200
                    except aiohttp.ClientError:
                        return False

                await poll(answers, "the daemon to be ready")
        yield daemon
    finally:
        await stop_process(process)


def runner_env_file(text: str) -> dict[str, str]:
    """$GITHUB_ENV read as actions/runner reads it (src/Runner.Worker/FileCommandManager.cs, on Linux):
    LF-only lines, split at the first '=' unless '<<' comes first, a heredoc ends at the line equal to its
    delimiter, no trimming, later keys win, NODE_OPTIONS refused. A line that is neither form, or an
    unterminated heredoc, fails the step: AssertionError here."""
    env: dict[str, str] = {}
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line == "":
            continue
        eq, heredoc = line.find("="), line.find("<<")
        if eq >= 0 and (heredoc < 0 or eq < heredoc):
            name, value = line.split("=", 1)
        elif heredoc >= 0:
            name, delimiter = line.split("<<", 1)
            assert name and delimiter, f"Invalid format {line!r}"
            assert delimiter in lines[i:], f"Matching delimiter not found {delimiter!r}"
            end = lines.index(delimiter, i)
            value, i = "\n".join(lines[i:end]), end + 1
        else:
            raise AssertionError(f"Invalid format {line!r}")
        assert name.lower() != "node_options", "the runner refuses NODE_OPTIONS"
        env[name] = value
    return env


def snapshot_of(results: list[ProbeResult], params: dict | None = None) -> Snapshot:
    """A snapshot whose one component holds `results` as targets t0, t1, ..."""
    targets = tuple(TargetReport(f"t{i}", "registry", r) for i, r in enumerate(results))
    decision = Decision("optimal", params or {}, ())
    return Snapshot(1, 1_700_000_000.0, 1_700_000_001.0, 50.0, (ComponentReport("c", 100, 50, targets),), decision)


REGISTRY_LOGIN = ("healthd-robot", "s3cret-Pa55w0rd-7f3a")  # the htpasswd registry's account (docker_registry_auth)


def docker_config(path: Path, host: str, user: str, password: str) -> Path:
    """Writes a Docker config file as `docker login` does (`auths.<host>.auth`, base64 user:pass)."""
    import base64
    import json

    auth = base64.b64encode(f"{user}:{password}".encode()).decode()
    path.write_text(json.dumps({"auths": {host: {"auth": auth}}}))
    return path
