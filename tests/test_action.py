"""The composite action's shell (action/strategy.sh) against a live daemon, no daemon, a warming daemon and
ports that misbehave; $GITHUB_OUTPUT is read the way the runner reads it. The step must always exit 0."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from tests.support import ROOT, free_port, parse_github_env, poll

SCRIPT = ROOT / "action" / "strategy.sh"
# The action's own default fallback: the shipped emergency strategy's parameters.
DEFAULT_FALLBACK = {
    "strategy": "emergency",
    "score": "0",
    "stale": "true",
    "dockerfile": "Dockerfile.resilient",
    "cache_from": "",
    "cache_to": "",
    "no_cache": "true",
    "timeout_minutes": "15",
}
CONFIG = """
daemon: {{interval: 0.5, timeout: 0.4, stale_after: 5}}
components:
  web: {{weight: 100, targets: [{{name: api, kind: http, url: "{url}"}}]}}
  go: {{weight: 0, targets: [{{name: proxy, kind: goproxy, url: "{url}", module: example.com/m}}]}}  # down: 404s
strategies:
  - name: optimal
    min_score: 50
    params: {{dockerfile: Dockerfile, cache_from: ["type=gha", "type=registry,ref=r.example/app:cache,mode=max"],
              cache_to: ["type=gha,mode=max"], no_cache: false, timeout_minutes: 40}}
  - {{name: emergency, min_score: 0,
     params: {{dockerfile: Dockerfile.slow, cache_from: [], cache_to: [], no_cache: true, timeout_minutes: 15}}}}
"""
LIVE = {
    "strategy": "optimal",
    "score": "100",
    "stale": "false",
    "dockerfile": "Dockerfile",
    "cache_from": "type=gha\ntype=registry,ref=r.example/app:cache,mode=max",
    "cache_to": "type=gha,mode=max",
    "no_cache": "false",
    "timeout_minutes": "40",
}


@dataclass
class Step:
    code: int
    log: str  # stdout + stderr, where the runner reads workflow commands
    outputs: dict[str, str]
    env: dict[str, str]
    summary: str


async def run_step(
    tmp_path: Path, path: str = "/usr/bin:/bin", extra_env: dict[str, str] | None = None, **inputs: str
) -> Step:
    """Runs the action's script as the runner would, with fresh $GITHUB_OUTPUT/$GITHUB_ENV/$GITHUB_STEP_SUMMARY."""
    files = {name: tmp_path / f"{name}.txt" for name in ("output", "env", "summary")}
    for file in files.values():
        file.write_text("")
    env = {
        "PATH": path,
        "GITHUB_OUTPUT": str(files["output"]),
        "GITHUB_ENV": str(files["env"]),
        "GITHUB_STEP_SUMMARY": str(files["summary"]),
        "RUNNER_TEMP": str(tmp_path),
        **{f"INPUT_{k.upper()}": v for k, v in inputs.items()},
        **(extra_env or {}),
    }
    proc = await asyncio.create_subprocess_exec(
        "bash", str(SCRIPT), env=env, cwd=tmp_path, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    # A bound, not a speed check: the step must end by itself, well within the runner's patience.
    out, _ = await asyncio.wait_for(proc.communicate(), 30)
    output, exported = files["output"].read_text(), files["env"].read_text()
    return Step(
        proc.returncode,
        out.decode(),
        parse_github_env(output),
        parse_github_env(exported) if exported else {},
        files["summary"].read_text(),
    )


def warnings(step: Step) -> list[str]:
    return [line for line in step.log.splitlines() if line.startswith("::warning")]


@pytest.fixture
async def daemon(tmp_path: Path, upstream: str) -> AsyncIterator[tuple[str, Path]]:
    """A live `python -m healthd serve` whose one target is a local fake: (url, config path)."""
    config = tmp_path / "strategies.yaml"
    config.write_text(CONFIG.format(url=upstream))
    url = f"http://127.0.0.1:{free_port()}"
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "healthd", "serve", "--config", str(config), "--listen", url.removeprefix("http://"),
        cwd=ROOT, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip

    async def ready() -> bool:
        try:
            async with aiohttp.ClientSession() as session, session.get(f"{url}/readyz") as response:
                return response.status == 200
        except aiohttp.ClientError:
            return False

    try:
        await poll(ready, "healthd to be ready")
        yield url, config
    finally:
        proc.terminate()
        await proc.wait()


@pytest.fixture
def cli_on_path(tmp_path: Path) -> str:
    """PATH with a `healthd` shim that runs this worktree's healthd (not the installed console script)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "healthd"
    shim.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m healthd "$@"\n')
    shim.chmod(0o755)
    return f"{bin_dir}:/usr/bin:/bin"


def test_the_shell_has_what_it_needs() -> None:
    for tool in ("bash", "curl", "awk", "od", "timeout"):
        assert shutil.which(tool, path="/usr/bin:/bin"), tool


async def test_live_daemon_through_curl(tmp_path: Path, daemon: tuple[str, Path]) -> None:
    url, _ = daemon
    step = await run_step(tmp_path, url=url, client="curl", summary="true", export_env="true")
    assert step.code == 0 and not warnings(step), step.log
    assert {k: step.outputs[k] for k in LIVE} == LIVE
    assert step.outputs["updated_at"].endswith("Z")
    assert step.env["HEALTHD_CACHE_FROM"] == LIVE["cache_from"] and step.env["HEALTHD_STRATEGY"] == "optimal"
    # adapt's GOPROXY (the dead proxy dropped): an output like any param, and the tool's own variable in the env
    assert step.outputs["goproxy"] == "direct" and step.env["GOPROXY"] == "direct"
    assert "| strategy | `optimal` |" in step.summary
    assert "`type=gha`<br>`type=registry,ref=r.example/app:cache,mode=max`" in step.summary


async def test_live_daemon_through_the_cli_on_path(tmp_path: Path, daemon: tuple[str, Path], cli_on_path: str) -> None:
    url, _ = daemon
    step = await run_step(tmp_path, path=cli_on_path, url=url)  # client: auto picks the CLI
    assert step.code == 0 and not warnings(step), step.log
    assert {k: step.outputs[k] for k in LIVE} == LIVE


async def test_no_daemon_through_the_cli_falls_back_to_its_config(tmp_path: Path, cli_on_path: str) -> None:
    config = tmp_path / "strategies.yaml"
    config.write_text(CONFIG.format(url="http://127.0.0.1:1/"))
    url = f"http://127.0.0.1:{free_port()}"
    step = await run_step(tmp_path, path=cli_on_path, extra_env={"HEALTHD_CONFIG": str(config)}, url=url, timeout="0.5")
    assert step.code == 0
    fallback = {"strategy": "emergency", "score": "0", "stale": "true", "dockerfile": "Dockerfile.slow"}
    assert {k: step.outputs[k] for k in fallback} == fallback and step.outputs["no_cache"] == "true"
    assert any("using the fallback strategy" in w for w in warnings(step)), step.log


async def test_no_daemon_through_curl(tmp_path: Path) -> None:
    step = await run_step(tmp_path, url=f"http://127.0.0.1:{free_port()}", client="curl", timeout="1")
    assert step.code == 0
    assert step.outputs == DEFAULT_FALLBACK
    assert any("unreachable" in w for w in warnings(step)), step.log


async def test_custom_fallback_and_parameters(tmp_path: Path) -> None:
    params = "HEALTHD_NO_CACHE=true\nHEALTHD_CACHE_FROM<<EOF\ntype=local,src=/cache\nEOF"
    step = await run_step(
        tmp_path, url=f"http://127.0.0.1:{free_port()}", client="curl", timeout="0.2",
        fallback="conservative", fallback_params=params,
    )  # fmt: skip
    assert step.code == 0
    expected = {"strategy": "conservative", "score": "0", "stale": "true", "no_cache": "true"}
    assert step.outputs == {**expected, "cache_from": "type=local,src=/cache"}


async def test_a_bad_fallback_still_yields_outputs(tmp_path: Path) -> None:
    step = await run_step(
        tmp_path, url=f"http://127.0.0.1:{free_port()}", client="curl", timeout="0.2",
        fallback="Not A Name", fallback_params="PATH=/evil",
    )  # fmt: skip
    assert step.code == 0
    assert step.outputs == {"strategy": "emergency", "score": "0", "stale": "true"}
    assert len(warnings(step)) == 3, step.log  # unreachable, bad name, bad parameters


async def test_warming_daemon_is_waited_for_then_read(tmp_path: Path, serve_app) -> None:
    asked = 0

    async def strategy(request: web.Request) -> web.Response:
        nonlocal asked
        asked += 1
        if asked == 1:
            return web.Response(status=503, text="warming up\n", headers={"Retry-After": "1"})
        body = "HEALTHD_STRATEGY=optimal\nHEALTHD_SCORE=92.5\nHEALTHD_STALE=false\nHEALTHD_CACHE_FROM=\n"
        return web.Response(text=body, headers={"X-Healthd-Stale": "false"})

    app = web.Application()
    app.router.add_get("/strategy", strategy)
    server = await serve_app(app)
    step = await run_step(tmp_path, url=str(server.make_url("")), client="curl", timeout="5")
    assert step.code == 0 and not warnings(step), step.log
    assert step.outputs == {"strategy": "optimal", "score": "92.5", "stale": "false", "cache_from": ""}
    assert asked == 2


# Each answers /strategy wrongly; the step must fall back with a warning naming the trouble.
async def _warming(request: web.Request) -> web.Response:
    return web.Response(status=503, text="warming up\n", headers={"Retry-After": "3600"})


async def _stale(request: web.Request) -> web.Response:
    body = "HEALTHD_STRATEGY=optimal\nHEALTHD_SCORE=90\nHEALTHD_STALE=true\n"
    return web.Response(text=body, headers={"X-Healthd-Stale": "true"})


async def _html(request: web.Request) -> web.Response:
    return web.Response(text="<html><h2>Our services aren't available right now</h2></html>", content_type="text/html")


async def _injection(request: web.Request) -> web.Response:  # a line that would set another output or variable
    return web.Response(text="HEALTHD_STRATEGY=optimal\nHEALTHD_SCORE=90\nHEALTHD_STALE=false\nPATH=/tmp/evil\n")


async def _unclosed_list(request: web.Request) -> web.Response:
    return web.Response(text="HEALTHD_STRATEGY=optimal\nHEALTHD_SCORE=90\nHEALTHD_STALE=false\nHEALTHD_X<<E\na\n")


async def _control_chars(request: web.Request) -> web.Response:
    return web.Response(body=b"HEALTHD_STRATEGY=optimal\r\nHEALTHD_SCORE=90\nHEALTHD_STALE=false\n\x1b[2J")


async def _not_found(request: web.Request) -> web.Response:
    return web.Response(status=404, text="404: Not Found")


async def _huge(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse()
    await response.prepare(request)
    chunk = b"HEALTHD_STRATEGY=optimal\n" * 4096
    for _ in range(400):  # 40 MB, far past any cap
        await response.write(chunk)
    return response


MISBEHAVIOURS = {
    "warming past the timeout": (_warming, "warming up"),
    "stale": (_stale, "stale"),
    "html page": (_html, "not healthd's env format"),
    "injected line": (_injection, "not healthd's env format"),
    "unclosed list": (_unclosed_list, "not closed"),
    "control characters": (_control_chars, "control characters"),
    "404": (_not_found, "HTTP 404"),
    "huge body": (_huge, "over 65536 bytes"),
}


@pytest.mark.parametrize("client", ["curl", "cli"])
@pytest.mark.parametrize("case", MISBEHAVIOURS)
async def test_misbehaving_answers_fall_back(
    tmp_path: Path, serve_app, cli_on_path: str, case: str, client: str
) -> None:
    handler, why = MISBEHAVIOURS[case]
    app = web.Application()
    app.router.add_get("/strategy", handler)
    server = await serve_app(app)
    step = await run_step(tmp_path, path=cli_on_path, url=str(server.make_url("")), client=client, timeout="1")
    assert step.code == 0
    assert step.outputs["strategy"] == "emergency" and step.outputs["stale"] == "true", step.log
    assert "PATH" not in step.outputs and "x" not in step.outputs
    # the CLI's fallback takes the shipped config's emergency parameters: the same values
    assert {k: step.outputs[k] for k in DEFAULT_FALLBACK} == DEFAULT_FALLBACK
    assert warnings(step), step.log
    if client == "curl":  # the CLI words its own reasons
        assert any(why in w for w in warnings(step)), step.log


@pytest.fixture
async def raw_port() -> AsyncIterator[tuple[int, list[bytes]]]:
    """A TCP port whose answer the test sets: (port, [answer]); an empty list means accept and never answer."""
    answers: list[bytes] = []
    held: list[asyncio.StreamWriter] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)
        if answers:
            await reader.read(1024)
            writer.write(answers[0])
            await writer.drain()
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1], answers
    for writer in held:
        writer.close()
    server.close()


@pytest.mark.parametrize("client", ["curl", "cli"])
@pytest.mark.parametrize(
    "answer",
    [
        b"",
        b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n",
        os.urandom(4096),
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n\x00\x01",
    ],
    ids=["accepts and never answers", "ssh banner", "random bytes", "binary body"],
)
async def test_garbage_ports_fall_back(
    tmp_path: Path, raw_port: tuple[int, list[bytes]], cli_on_path: str, answer: bytes, client: str
) -> None:
    port, answers = raw_port
    if answer:
        answers.append(answer)
    step = await run_step(tmp_path, path=cli_on_path, url=f"http://127.0.0.1:{port}", client=client, timeout="1")
    assert step.code == 0
    assert step.outputs["strategy"] == "emergency" and step.outputs["stale"] == "true", step.log
    assert warnings(step), step.log
