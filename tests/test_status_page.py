"""The status page served: its routes in-process, then a live daemon seen through a real browser (Chromium)."""

from __future__ import annotations

import asyncio
import json
import struct
import sys
import time
from dataclasses import replace
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from healthd.config.load import parse_config
from healthd.core.render import Rendered
from healthd.daemon.scheduler import Scheduler
from healthd.daemon.serve import assemble
from tests.support import ROOT, free_port, parse, poll, require_binary

HOSTILE_PAGE = '<html><script>document.title="owned"</script><img src=x onerror="alert(1)">down for maintenance</html>'


@pytest.fixture
async def upstream(serve_app) -> str:
    """/ok answers JSON; /broken answers an HTML 500 page with script in it (a hostile or broken server)."""

    async def ok(request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def broken(request: web.Request) -> web.Response:
        return web.Response(status=500, text=HOSTILE_PAGE, content_type="text/html")

    app = web.Application()
    app.router.add_get("/ok", ok)
    app.router.add_get("/broken", broken)
    server = await serve_app(app)
    return str(server.make_url("/")).rstrip("/")


def config_text(base: str, interval: float = 5, history: int = 2880) -> str:
    return f"""
daemon: {{interval: {interval}, timeout: {min(1, interval)}, stale_after: {interval * 10}, history: {history}}}
components:
  web:
    weight: 70
    targets: [{{name: api, kind: http, url: "{base}/ok"}}, {{name: cdn, kind: http, url: "{base}/broken"}}]
  net: {{weight: 30, targets: [{{name: closed, kind: tcp, host: 127.0.0.1, port: 1}}]}}
strategies:
  - {{name: optimal, min_score: 80}}
  - {{name: resilient, min_score: 30}}
  - {{name: emergency, min_score: 0}}
"""


@pytest.fixture
async def api(upstream):
    scheduler = Scheduler(parse_config(config_text(upstream, history=3)), env={})
    async with scheduler, TestClient(TestServer(assemble(scheduler), host="127.0.0.1")) as client:
        yield client, scheduler


async def test_routes_warm_up_then_hand_out_the_round(api) -> None:
    client, scheduler = api
    for path in ("/", "/badge.svg"):
        assert (await client.get(path)).status == 503, path
    assert json.loads(await (await client.get("/history")).read())["rounds"] == []
    for _ in range(4):
        await scheduler.run_round()
    page = await client.get("/")
    assert page.status == 200 and page.content_type == "text/html" and page.charset == "utf-8"
    assert page.headers["X-Healthd-Stale"] == "false"
    assert "Build strategy: <span" in await page.text()
    badge = await client.get("/badge.svg")
    assert badge.content_type == "image/svg+xml" and "build strategy: resilient" in await badge.text()
    history = json.loads(await (await client.get("/history?format=json")).read())
    assert [r["round"] for r in history["rounds"]] == [2, 3, 4]  # daemon.history: 3
    assert history["targets"] == ["web/api", "web/cdn", "net/closed"]
    assert {r["statuses"] for r in history["rounds"]} == {"uxx"}
    assert [r["round"] for r in json.loads(await (await client.get("/history?limit=1")).read())["rounds"]] == [4]
    for bad in ("limit=0", "limit=4", "limit=-1", "limit=x", "format=csv"):
        response = await client.get(f"/history?{bad}")
        assert response.status == 400, bad


async def test_stale_page_and_badge_say_so(api) -> None:
    client, scheduler = api
    fresh = (await scheduler.run_round()).snapshot
    scheduler.board.publish(Rendered.of(replace(fresh, finished_at=time.time() - fresh.stale_after - 1)))
    page = await client.get("/")
    assert page.headers["X-Healthd-Stale"] == "true" and "<strong>Stale.</strong>" in await page.text()
    assert "resilient (stale)" in await (await client.get("/badge.svg")).text()


# --- a live daemon in a real browser ---------------------------------------------------------------


async def chromium(*args: str, profile: Path) -> bytes:
    """Runs headless Chromium once (no network beyond 127.0.0.1, a throwaway profile); returns its stdout."""
    binary = require_binary("chromium")
    command = [
        binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", *args,
    ]  # fmt: skip
    process = await asyncio.create_subprocess_exec(
        *command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    try:
        out, err = await asyncio.wait_for(process.communicate(), 90)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise
    assert process.returncode == 0 and b"Page load failed" not in err, err.decode()[-2000:]
    return out


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.fixture
async def daemon(upstream, tmp_path: Path):
    """`python -m healthd serve` on a free port, rounds every 0.5 s; yields its base URL once 3 rounds are done."""
    config = tmp_path / "strategies.yaml"
    config.write_text(config_text(upstream, interval=0.5))
    base = f"http://127.0.0.1:{free_port()}"
    command = [sys.executable, "-m", "healthd", "serve", "--config", str(config), "--listen", base[7:]]
    process = await asyncio.create_subprocess_exec(*command, "--log-level", "WARNING", cwd=ROOT)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as session:

        async def three_rounds() -> bool:
            try:
                async with session.get(f"{base}/history") as response:
                    return response.status == 200 and len((await response.json())["rounds"]) >= 3
            except aiohttp.ClientError:
                assert process.returncode is None, f"healthd serve exited with {process.returncode}"
                return False

        try:
            await poll(three_rounds, "three rounds of the live daemon")
            yield base
        finally:
            process.terminate()
            await process.wait()


async def test_a_person_sees_the_page_in_a_real_browser(daemon: str, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    dom = (await chromium("--dump-dom", f"{daemon}/", profile=profile)).decode()
    elements = parse(dom.encode())
    text = " ".join(" ".join(elements.text).split())
    assert "Build strategy: resilient" in text and "Score 35 of 100" in text
    assert "cdn http ✕ down html_error_page" in text  # the failing target, its status in words, its reason
    assert "closed tcp ✕ down connect_refused" in text
    assert "down for maintenance" in text  # the upstream's page shows as text ...
    assert not [tag for tag, attrs in elements.tags if tag in ("script", "img") or "onerror" in attrs]  # ... never runs
    rounds = [attrs for tag, attrs in elements.tags if "data-round" in attrs]
    shown = int(text.split("Last ", 1)[1].split(" rounds", 1)[0])
    assert shown >= 3 and len(rounds) == shown  # one mark per round
    assert all(r["data-round"] == r["data-last-round"] for r in rounds)
    for width, height in ((1280, 2000), (390, 1600)):
        shot = tmp_path / f"page-{width}.png"
        await chromium(f"--screenshot={shot}", f"--window-size={width},{height}", f"{daemon}/", profile=profile)
        assert png_size(shot) == (width, height) and shot.stat().st_size > 20_000  # drawn, not blank
