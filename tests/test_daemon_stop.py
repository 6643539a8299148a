"""SIGTERM stops the daemon promptly even mid-round: `docker stop` grants 10 s, a probe may take 15."""

from __future__ import annotations

import asyncio
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tests.fakes.misbehave import silent_server
from tests.support import ROOT, free_port, poll


@pytest.fixture
async def silent_port() -> AsyncIterator[int]:
    """A TCP server that accepts and never answers: an HTTP probe of it waits for its whole timeout."""
    async with silent_server() as port:
        yield port


async def test_sigterm_mid_round_exits_cleanly_within_two_seconds(tmp_path: Path, silent_port: int) -> None:
    config = tmp_path / "strategies.yaml"
    config.write_text(f"""
daemon: {{interval: 30, timeout: 15, stale_after: 60}}
components:
  web: {{weight: 100, targets: [{{name: hangs, kind: http, url: "http://127.0.0.1:{silent_port}/"}}]}}
strategies:
  - {{name: emergency, min_score: 0}}
""")
    port = free_port()
    env = {"HEALTHD_CONFIG": str(config), "HEALTHD_LISTEN": f"127.0.0.1:{port}", "PATH": "/usr/bin:/bin"}
    env["HEALTHD_STATE_DIR"] = "none"
    daemon = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "healthd.daemon", cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:

        async def warming_up() -> bool:  # listening, and the first round (the hanging probe) in flight
            try:
                async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}/readyz") as r:
                    return r.status == 503
            except aiohttp.ClientError:
                return False

        await poll(warming_up, "the daemon to listen")
        await asyncio.sleep(0.5)
        daemon.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        _, err = await asyncio.wait_for(daemon.communicate(), 10)
        took = time.monotonic() - sent
    finally:
        if daemon.returncode is None:
            daemon.kill()
            await daemon.wait()
    log = err.decode()
    assert daemon.returncode == 0, log
    assert took < 2, f"stopped {took:.1f} s after SIGTERM"
    assert "Traceback" not in log and "Unclosed" not in log and "never retrieved" not in log, log
    assert "stopping" in log
