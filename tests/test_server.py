"""HTTP API: warm-up 503, every format, staleness, readiness, and no probe per request."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import replace

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from healthd.config.load import parse_config
from healthd.core.render import Rendered
from healthd.daemon.scheduler import Scheduler
from healthd.daemon.serve import assemble


@pytest.fixture
async def upstream(serve_app):
    hits = {"count": 0}

    async def handler(request: web.Request) -> web.Response:
        hits["count"] += 1
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_get("/", handler)
    server = await serve_app(app)
    return str(server.make_url("/")), hits


def config_text(url: str, interval: float = 5, timeout: float = 1) -> str:
    return f"""
daemon: {{interval: {interval}, timeout: {timeout}, stale_after: {interval * 2}}}
components:
  web: {{weight: 70, targets: [{{name: api, kind: http, url: "{url}"}}]}}
  net: {{weight: 30, targets: [{{name: closed, kind: tcp, host: 127.0.0.1, port: 1}}]}}
strategies:
  - {{name: optimal, min_score: 80, params: {{cache_from: ["type=gha", "type=registry,ref=r:c"], timeout_minutes: 40}}}}
  - {{name: resilient, min_score: 0, params: {{cache_from: ["type=local,src=/c"], timeout_minutes: 30}}}}
"""


@pytest.fixture
async def api(upstream):
    url, hits = upstream
    async with Scheduler(parse_config(config_text(url)), env={}) as scheduler:
        client = TestClient(TestServer(assemble(scheduler), host="127.0.0.1"))
        await client.start_server()
        yield client, scheduler, hits
        await client.close()


async def test_warming_up_answers_503_with_retry_after(api) -> None:
    client, _, _ = api
    for path in ("/strategy", "/strategy?format=env", "/strategy?format=text", "/probes"):
        response = await client.get(path)
        assert response.status == 503, path
        assert int(response.headers["Retry-After"]) >= 1
        assert "warming up" in (await response.json())["error"]
    assert (await client.get("/readyz")).status == 503
    assert (await client.get("/healthz")).status == 200


async def test_every_format_after_a_round(api) -> None:
    client, scheduler, _ = api
    await scheduler.run_round()
    response = await client.get("/strategy")
    assert response.status == 200 and response.content_type == "application/json"
    assert response.headers["X-Healthd-Stale"] == "false"
    doc = await response.json()
    assert doc["strategy"] == "resilient" and doc["score"] == 70 and doc["stale"] is False
    assert doc["params"] == {"cache_from": ["type=local,src=/c"], "timeout_minutes": 30}
    assert doc["components"]["web"]["targets"][0]["status"] == "up"
    closed = doc["components"]["net"]["targets"][0]
    assert closed["status"] == "down" and closed["reason"] == "connect_refused"
    assert any(r.startswith("net/closed down: connect_refused") for r in doc["reasons"])
    env = await (await client.get("/strategy?format=env")).text()
    assert "HEALTHD_STRATEGY=resilient\n" in env and "HEALTHD_CACHE_FROM<<HEALTHD_EOF_" in env
    assert await (await client.get("/strategy?format=text")).text() == "resilient\n"
    assert "export HEALTHD_TIMEOUT_MINUTES=30" in await (await client.get("/strategy?format=shell")).text()
    probes = await (await client.get("/probes")).json()
    assert {t["name"] for t in probes["targets"]} == {"api", "closed"}
    bad = await client.get("/strategy?format=yaml")
    assert bad.status == 400 and "unknown format" in await bad.text()
    assert (await client.get("/readyz")).status == 200


async def test_requests_never_probe(api) -> None:
    client, scheduler, hits = api
    await scheduler.run_round()
    before = hits["count"]
    await asyncio.gather(*(client.get("/strategy") for _ in range(50)))
    assert hits["count"] == before == 1


async def test_stale_round_is_flagged_and_not_ready(api) -> None:
    client, scheduler, _ = api
    fresh = (await scheduler.run_round()).snapshot
    assert (await client.get("/readyz")).status == 200
    assert (await client.get("/probes")).headers["X-Healthd-Stale"] == "false"
    # the same round, published as if it had ended longer ago than its own stale_after
    aged = replace(fresh, finished_at=time.time() - fresh.stale_after - 1)
    scheduler.board.publish(Rendered.of(aged))
    response = await client.get("/strategy")
    assert response.headers["X-Healthd-Stale"] == "true"
    assert (await response.json())["stale"] is True
    assert "HEALTHD_STALE=true" in await (await client.get("/strategy?format=env")).text()
    ready = await client.get("/readyz")
    assert ready.status == 503 and "stale" in await ready.text()
    probes = await client.get("/probes")
    assert probes.headers["X-Healthd-Stale"] == "true" and probes.charset == "utf-8"
    assert json.loads(await probes.text())["stale"] is True


async def test_staleness_is_judged_by_the_config_the_round_ran_under(api) -> None:
    client, scheduler, _ = api
    fresh = (await scheduler.run_round()).snapshot
    scheduler.board.publish(Rendered.of(replace(fresh, finished_at=time.time() - 9, stale_after=10)))
    stricter = parse_config(config_text("http://127.0.0.1:1/", interval=2, timeout=1))  # stale_after 4
    scheduler.replace_config(stricter)  # a reload before the next round: the published answer keeps its own rule
    assert (await client.get("/strategy")).headers["X-Healthd-Stale"] == "false"
