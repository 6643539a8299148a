"""deploy/runner/job-started.sh run as the runner runs it (`bash -e`, a fresh $GITHUB_ENV), through
`healthd hook job-started` and through its curl branch, against a live daemon, none, a warming one
and a squatter; $GITHUB_ENV is read with the runner's own rules (tests.support.runner_env_file)."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

import pytest
from aiohttp import web

from tests.support import ROOT, free_port, runner_env_file, serving, write_config

SCRIPT = ROOT / "deploy" / "runner" / "job-started.sh"


def shim(tmp_path: Path) -> Path:
    """A `healthd` on PATH that runs this tree's code."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "healthd").write_text(f'#!/bin/sh\nPYTHONPATH={ROOT} exec {sys.executable} -m healthd "$@"\n')
    (bin_dir / "healthd").chmod(0o755)
    return bin_dir


async def run_hook(tmp_path: Path, url: str, client: str) -> tuple[int, float, str, dict[str, str]]:
    github_env = tmp_path / f"github_env-{time.monotonic_ns()}"
    github_env.write_text("EARLIER=kept\n")  # the runner's file may hold lines already: append
    env = dict(os.environ, GITHUB_ENV=str(github_env), HEALTHD_URL=url, HEALTHD_HOOK_CLIENT=client)
    env["PATH"] = f"{shim(tmp_path)}:{env['PATH']}"
    start = time.monotonic()
    process = await asyncio.create_subprocess_exec(
        "bash", "-e", str(SCRIPT), env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    out, _ = await asyncio.wait_for(process.communicate(), 20)
    seconds = time.monotonic() - start
    parsed = runner_env_file(github_env.read_text())
    assert parsed.pop("EARLIER") == "kept"
    return process.returncode or 0, seconds, out.decode(), parsed


CLIENTS = pytest.mark.parametrize("client", ["auto", "curl"])  # auto: `healthd hook job-started`


@CLIENTS
async def test_live_daemon(tmp_path: Path, upstream: str, client: str) -> None:
    async with serving(write_config(tmp_path / "h.yaml", upstream), tmp_path / "d.log") as (_, base):
        await asyncio.sleep(0.6)  # past the warm-up round
        code, seconds, out, env = await run_hook(tmp_path, base, client)
    assert code == 0, out
    assert env["HEALTHD_STRATEGY"] == "optimal" and env["HEALTHD_STALE"] == "false", (env, out)
    assert env["HEALTHD_CACHE_FROM"] == "type=gha\ntype=registry,ref=r:c"  # the heredoc, one entry per line
    assert "healthd: strategy optimal, score 60" in out and "::warning" not in out, out
    print(f"\nMEASURED hook ({client}) with healthd up: {seconds:.2f} s")


async def test_not_the_best_strategy_warns(tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{free_port()}/"
    async with serving(write_config(tmp_path / "h.yaml", dead), tmp_path / "d.log") as (_, base):
        await asyncio.sleep(0.6)
        code, _, out, env = await run_hook(tmp_path, base, "auto")
    assert code == 0 and env["HEALTHD_STRATEGY"] == "emergency" and env["HEALTHD_STALE"] == "false", out
    assert "::warning title=healthd::strategy emergency, not the best (optimal)" in out, out


@CLIENTS
async def test_no_daemon_writes_the_fallback_quickly(tmp_path: Path, client: str) -> None:
    code, seconds, out, env = await run_hook(tmp_path, f"http://127.0.0.1:{free_port()}", client)
    assert code == 0 and env["HEALTHD_STALE"] == "true" and env["HEALTHD_STRATEGY"], (env, out)
    assert "::warning title=healthd::stale answer" in out
    assert seconds < 2.0, seconds  # a refused connection is retried briefly, not for the whole timeout
    print(f"\nMEASURED hook ({client}) with healthd down: {seconds:.2f} s")


async def answering(serve_app, handler) -> str:
    app = web.Application()
    app.router.add_get("/strategy", handler)
    return str((await serve_app(app)).make_url("")).rstrip("/")


@CLIENTS
async def test_warming_daemon_ends_in_the_fallback_within_the_timeout(tmp_path: Path, serve_app, client: str) -> None:
    async def warming(request: web.Request) -> web.Response:
        return web.Response(status=503, headers={"Retry-After": "1"}, text="warming up\n")

    code, seconds, out, env = await run_hook(tmp_path, await answering(serve_app, warming), client)
    assert code == 0 and env["HEALTHD_STALE"] == "true" and "warming up" in out, out
    assert seconds < 3 + 1.5, seconds  # the default 3 s timeout, plus the interpreter's start
    print(f"\nMEASURED hook ({client}) with healthd warming up: {seconds:.2f} s")


@CLIENTS
async def test_a_squatter_sets_nothing_of_its_own(tmp_path: Path, serve_app, client: str) -> None:
    async def squatter(request: web.Request) -> web.Response:
        body = "HEALTHD_STRATEGY=optimal\nHEALTHD_SCORE=100\nHEALTHD_STALE=false\nBASH_ENV=/tmp/evil\n"
        return web.Response(text=body, headers={"X-Healthd-Stale": "false"})

    code, _, out, env = await run_hook(tmp_path, await answering(serve_app, squatter), client)
    assert code == 0 and "BASH_ENV" not in env and env["HEALTHD_STALE"] == "true", (env, out)
