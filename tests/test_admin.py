"""The incident pin and a round on demand: pure pin rules, the token, and the admin endpoints over a real app."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from healthd.config.load import parse_config
from healthd.core import pin as pins
from healthd.daemon.scheduler import Scheduler
from healthd.daemon.serve import assemble
from healthd.model import Decision, Pin
from healthd.token_file import TokenFileError, read_token
from tests.support import require_binary

TOKEN = "s3cret-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
STRATEGIES = ("optimal", "conservative", "emergency")


# --- pure -------------------------------------------------------------------------------------------


def test_parse_pin() -> None:
    body = json.dumps({"strategy": "conservative", "ttl": 7200, "reason": "Docker Hub is down"}).encode()
    assert pins.parse_pin(body, STRATEGIES, 1000.0) == Pin("conservative", 8200.0, "Docker Hub is down")


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        b'{"strategy": "nope", "ttl": 60, "reason": "x"}',
        b'{"strategy": "optimal", "ttl": 0, "reason": "x"}',
        b'{"strategy": "optimal", "ttl": -5, "reason": "x"}',
        b'{"strategy": "optimal", "ttl": 1e400, "reason": "x"}',
        b'{"strategy": "optimal", "ttl": NaN, "reason": "x"}',
        b'{"strategy": "optimal", "ttl": "2h", "reason": "x"}',
        b'{"strategy": "optimal", "ttl": true, "reason": "x"}',
        b'{"strategy": "optimal", "ttl": 99999999, "reason": "x"}',
        b'{"strategy": "optimal", "ttl": 60, "reason": ""}',
        b'{"strategy": "optimal", "ttl": 60, "reason": "two\\nlines"}',
        b'{"strategy": "optimal", "ttl": 60, "reason": "x", "extra": 1}',
        json.dumps({"strategy": "optimal", "ttl": 60, "reason": "x" * 201}).encode(),
    ],
)
def test_parse_pin_refuses(body: bytes) -> None:
    with pytest.raises(pins.PinError):
        pins.parse_pin(body, STRATEGIES, 0.0)


def test_apply_overrides_until_expiry() -> None:
    decision = Decision("optimal", {"t": 40}, ("score 90 selects optimal",))
    params = {"optimal": {"t": 40}, "conservative": {"t": 20}}
    pin = Pin("conservative", 100.0, "incident")
    pinned = pins.apply(decision, pin, params, now=50.0)
    assert (pinned.strategy, dict(pinned.params), pinned.pin) == ("conservative", {"t": 20}, pin)
    assert pinned.reasons[0].startswith("pinned to conservative until 1970-01-01T00:01:40Z: incident")
    assert "without the pin: optimal" in pinned.reasons
    assert pins.apply(decision, pin, params, now=100.0) is decision  # expired
    assert pins.apply(decision, Pin("gone", 100.0, "x"), params, now=50.0) is decision  # not in this config


def test_read_token(tmp_path: Path) -> None:
    assert read_token({}) is None
    file = tmp_path / "token"
    file.write_text(TOKEN + "\n")
    assert read_token({"HEALTHD_ADMIN_TOKEN_FILE": str(file)}) == TOKEN
    for bad in ("short", "two words here and more", ""):
        file.write_text(bad)
        with pytest.raises(TokenFileError):
            read_token({"HEALTHD_ADMIN_TOKEN_FILE": str(file)})
    with pytest.raises(TokenFileError, match="cannot read"):
        read_token({"HEALTHD_ADMIN_TOKEN_FILE": str(tmp_path / "missing")})
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(TokenFileError, match="not a regular file"):
        read_token({"HEALTHD_ADMIN_TOKEN_FILE": str(fifo)})


# --- the endpoints ----------------------------------------------------------------------------------


def _config(url: str) -> str:
    return f"""
daemon: {{interval: 5, timeout: 1, stale_after: 10}}
components:
  web: {{weight: 100, targets: [{{name: api, kind: http, url: "{url}"}}]}}
strategies:
  - {{name: optimal, min_score: 80, params: {{timeout_minutes: 40}}}}
  - {{name: conservative, min_score: 40, params: {{timeout_minutes: 20}}}}
  - {{name: emergency, min_score: 0, params: {{timeout_minutes: 15}}}}
"""


@pytest.fixture
async def admin(serve_app):
    hits = {"count": 0}

    async def ok(request: web.Request) -> web.Response:
        hits["count"] += 1
        await asyncio.sleep(0.05)
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/", ok)
    url = str((await serve_app(app)).make_url("/"))
    async with Scheduler(parse_config(_config(url)), env={}) as scheduler:
        client = TestClient(TestServer(assemble(scheduler, admin_token=TOKEN), host="127.0.0.1"))
        await client.start_server()
        await scheduler.run_round()
        yield client, scheduler, hits
        await client.close()


async def _strategy(client: TestClient, fmt: str = "json") -> str:
    return await (await client.get(f"/strategy?format={fmt}")).text()


async def test_admin_is_off_without_a_token(serve_app) -> None:
    async with Scheduler(parse_config(_config("http://127.0.0.1:1/")), env={}) as scheduler:
        server = await serve_app(assemble(scheduler))
        async with TestClient(server) as client:
            for method in ("POST", "DELETE", "GET"):
                assert (await client.request(method, "/admin/pin", headers=AUTH)).status == 404
            assert (await client.post("/admin/probe", headers=AUTH)).status == 404


async def test_wrong_or_missing_token_is_401(admin) -> None:
    client, scheduler, _ = admin
    body = {"strategy": "emergency", "ttl": 60, "reason": "x"}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": "Bearer "}):
        response = await client.post("/admin/pin", json=body, headers=headers)
        assert response.status == 401 and TOKEN not in await response.text()
    assert scheduler.pins.current() is None and json.loads(await _strategy(client))["strategy"] == "optimal"
    metrics = await (await client.get("/metrics")).text()
    assert 'healthd_admin_requests_total{action="pin_set",code="401"} 4.0' in metrics
    for action in ("pin_set", "pin_clear", "pin_show", "probe"):  # from 0, so a first success shows in increase()
        assert f'healthd_admin_requests_total{{action="{action}",code="200"}} 0.0' in metrics
    assert TOKEN not in metrics


async def test_body_is_bounded_and_checked(admin) -> None:
    client, _, _ = admin
    response = await client.post("/admin/pin", data=b"{" + b" " * 4096 + b"}", headers=AUTH)
    assert response.status == 413
    response = await client.post("/admin/pin", json={"strategy": "nope", "ttl": 60, "reason": "x"}, headers=AUTH)
    assert response.status == 400 and "strategy must be one of optimal" in (await response.json())["error"]


async def test_pin_changes_every_format_at_once_and_is_released(admin) -> None:
    client, scheduler, _ = admin
    round_before = json.loads(await _strategy(client))["round"]
    body = {"strategy": "conservative", "ttl": 7200, "reason": "Docker Hub is down"}
    response = await client.post("/admin/pin", json=body, headers=AUTH)
    assert response.status == 200 and (await response.json())["pin"]["strategy"] == "conservative"

    doc = json.loads(await _strategy(client))
    assert doc["round"] == round_before  # no new round: the same round, re-rendered with the pin
    assert doc["strategy"] == "conservative" and doc["params"] == {"timeout_minutes": 20}
    assert doc["pin"]["strategy"] == "conservative" and doc["pin"]["reason"] == "Docker Hub is down"
    assert doc["reasons"][0].startswith("pinned to conservative until ") and "Docker Hub is down" in doc["reasons"][0]
    env = await _strategy(client, "env")
    assert "HEALTHD_STRATEGY=conservative\n" in env and "HEALTHD_TIMEOUT_MINUTES=20\n" in env
    assert "HEALTHD_PINNED=pinned to conservative until " in env
    assert await _strategy(client, "text") == "conservative\n"
    metrics = await (await client.get("/metrics")).text()
    assert "healthd_pin_active 1.0" in metrics and 'healthd_strategy{strategy="conservative"} 1.0' in metrics

    await scheduler.run_round()  # the pin holds across rounds
    assert json.loads(await _strategy(client))["strategy"] == "conservative"
    # ... and across a reload that keeps its strategy, not one that drops it
    scheduler.replace_config(scheduler.config)
    assert scheduler.pins.current() is not None

    response = await client.delete("/admin/pin", headers=AUTH)
    assert response.status == 200 and (await response.json()) == {"pin": None}
    doc = json.loads(await _strategy(client))
    assert doc["strategy"] == "optimal" and doc["pin"] is None
    assert "HEALTHD_PINNED=\n" in await _strategy(client, "env")
    metrics = await (await client.get("/metrics")).text()
    assert "healthd_pin_active 0.0" in metrics and 'healthd_strategy{strategy="optimal"} 1.0' in metrics
    assert 'healthd_admin_requests_total{action="pin_clear",code="200"} 1.0' in metrics
    lint = await asyncio.to_thread(
        subprocess.run,
        [require_binary("promtool"), "check", "metrics"],
        input=metrics.encode(),
        capture_output=True,
        timeout=30,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr


async def test_pin_expires_without_a_round(admin) -> None:
    client, scheduler, _ = admin
    body = {"strategy": "emergency", "ttl": 1, "reason": "short"}  # the shortest ttl taken (MIN_TTL_SECONDS)
    assert (await client.post("/admin/pin", json=body, headers=AUTH)).status == 200
    assert json.loads(await _strategy(client))["strategy"] == "emergency"
    await asyncio.sleep(1.2)
    doc = json.loads(await _strategy(client))
    assert doc["strategy"] == "optimal" and doc["pin"] is None and scheduler.pins.current() is None


async def test_pin_dropped_when_its_strategy_leaves_the_config(admin) -> None:
    client, scheduler, _ = admin
    body = {"strategy": "conservative", "ttl": 60, "reason": "x"}
    assert (await client.post("/admin/pin", json=body, headers=AUTH)).status == 200
    scheduler.replace_config(parse_config(_config("http://127.0.0.1:1/").replace("conservative", "careful")))
    assert scheduler.pins.current() is None


async def test_probe_now_runs_one_round_for_concurrent_requests(admin) -> None:
    client, scheduler, hits = admin
    stop = asyncio.Event()
    runner = asyncio.create_task(scheduler.run(stop))  # interval 5 s: only probe_now can start a round soon
    try:
        await asyncio.sleep(0.6)  # past the first round (delayed at most 0.5 s) and its 50 ms probe
        before = hits["count"]
        answers = await asyncio.gather(*(client.post("/admin/probe", headers=AUTH) for _ in range(5)))
        assert [a.status for a in answers] == [200] * 5
        rounds = {(await a.json())["round"] for a in answers}
        assert len(rounds) == 1 and hits["count"] - before == 1, (rounds, hits["count"] - before)
    finally:
        stop.set()
        await runner


async def test_cli_pins_a_running_daemon(tmp_path: Path, serve_app) -> None:
    from tests.support import running_daemon

    async def ok(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/", ok)
    url = str((await serve_app(app)).make_url("/"))
    config = tmp_path / "strategies.yaml"
    config.write_text(_config(url).replace("interval: 5", "interval: 30").replace("stale_after: 10", "stale_after: 60"))
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN)
    token_file.chmod(0o600)
    cli = [sys.executable, "-m", "healthd"]
    async with running_daemon(config, env={"HEALTHD_ADMIN_TOKEN_FILE": str(token_file)}) as daemon:
        env = dict(os.environ, HEALTHD_ADMIN_TOKEN_FILE=str(token_file), HEALTHD_URL=daemon.url)

        async def run(*args: str) -> tuple[int, str, str]:
            proc = await asyncio.create_subprocess_exec(
                *cli, *args, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
            )
            out, err = await asyncio.wait_for(proc.communicate(), 30)
            return proc.returncode, out.decode(), err.decode()

        code, out, err = await run("pin", "set", "emergency", "--ttl", "2h", "--reason", "Docker Hub is down")
        assert code == 0, err
        assert json.loads(out)["pin"]["strategy"] == "emergency"
        async with aiohttp.ClientSession() as session, session.get(f"{daemon.url}/strategy") as response:
            doc = await response.json()
        assert doc["strategy"] == "emergency" and doc["pin"]["reason"] == "Docker Hub is down"
        code, out, err = await run("probe-now")
        assert code == 0 and json.loads(out)["strategy"] == "emergency", err
        code, out, err = await run("pin", "clear")
        assert code == 0 and json.loads(out) == {"pin": None}, err
        code, _, err = await run("pin", "set", "emergency", "--ttl", "soon", "--reason", "x")
        assert code == 2 and "--ttl" in err
        token_file.write_text("wrong-token-0123456789")
        code, _, err = await run("pin", "clear")
        assert code == 1 and "401" not in err and "Authorization" in err
        log = "\n".join(daemon.log_lines())
        assert '"pin_set"' in log and '"pin_released"' in log and TOKEN not in log
