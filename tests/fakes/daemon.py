"""A real `healthd serve` process for tests that need one: its own descriptor limit, admin token, log."""

from __future__ import annotations

import asyncio
import contextlib
import os
import resource
import sys
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from tests.conftest import free_port, poll, stop_process

ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass
class Daemon:
    url: str
    process: asyncio.subprocess.Process
    log: Path

    def log_lines(self) -> list[str]:
        return self.log.read_text(errors="replace").splitlines()


@contextlib.asynccontextmanager
async def running_daemon(
    config: Path, *, nofile: int | None = None, env: Mapping[str, str] | None = None, ready: bool = True
) -> AsyncIterator[Daemon]:
    """Starts `python -m healthd.daemon` on a free port (soft and hard RLIMIT_NOFILE `nofile` if given)."""
    port = free_port()
    log = config.with_suffix(".log")

    def limit() -> None:
        if nofile is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

    full_env = dict(os.environ, HEALTHD_CONFIG=str(config), HEALTHD_LISTEN=f"127.0.0.1:{port}", HEALTHD_LOG_JSON="1")
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
