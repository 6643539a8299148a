"""The fleet query's bounds against a real local HTTP server: garbage, huge, slow, refused, error answers
each become a reason within the deadline, never an exception; the token is sent; the pin file never blocks."""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from healthd.config.load import parse_config
from healthd.config.schema import build
from healthd.config.types import FleetSettings
from healthd.core.render import Rendered
from healthd.daemon.fleet import FleetReader, read_pin_file
from tests.support import free_port, snapshot

GOOD = {
    "status": "success",
    "data": {
        "resultType": "vector",
        "result": [
            {"metric": {"component": "registries", "target": "ghcr.io", "up": "1"}, "value": [1, "4"]},
            {"metric": {"up": "self"}, "value": [1, "1"]},
        ],
    },
}


class Upstream:
    """A query API whose next answer the test chooses."""

    def __init__(self) -> None:
        self.mode = "good"
        self.seen: list[tuple[str | None, str]] = []

    def app(self) -> web.Application:
        async def query(request: web.Request) -> web.StreamResponse:
            form = await request.post()
            self.seen.append((request.headers.get("Authorization"), str(form.get("query"))))
            if self.mode == "slow":
                await asyncio.sleep(5)
            if self.mode == "garbage":
                return web.Response(text="<html>gateway</html>")
            if self.mode == "huge":
                return web.Response(body=b"[" + b"1," * (1 << 20) + b"1]")
            if self.mode == "error":
                return web.json_response({"status": "error", "error": "parse error"}, status=400)
            if self.mode == "500":
                return web.Response(status=500)
            return web.json_response(GOOD)

        app = web.Application()
        app.router.add_post("/api/v1/query", query)
        return app


def reader(url: str, env: dict[str, str] | None = None) -> FleetReader:
    settings = build(FleetSettings, {"prometheus": url, "selector": '{job="healthd"}', "timeout": 0.5})
    return FleetReader(settings, "0123456789abcdef", env or {}, keep_seconds=60, timeout=0.5)


async def test_every_bad_answer_is_a_reason_within_the_deadline(serve_app, tmp_path: Path) -> None:
    upstream = Upstream()
    url = str((await serve_app(upstream.app())).make_url("/")).rstrip("/")
    token = tmp_path / "token"
    token.write_text("a" * 32)
    token.chmod(0o600)
    fleet = reader(url, {"HEALTHD_FLEET_TOKEN_FILE": str(token)})
    async with aiohttp.ClientSession() as session:
        view, why = await fleet.view(session, 30)
        assert why is None and view is not None and view.self_seen
        assert (view.targets[("registries", "ghcr.io")].up, view.targets[("registries", "ghcr.io")].peers) == (4, 4)
        assert upstream.seen[0][0] == "Bearer " + "a" * 32
        assert 'id="0123456789abcdef"' in upstream.seen[0][1]
        expected = {
            "slow": "no answer within 0.5s",
            "garbage": "the answer is not JSON",
            "huge": "answer larger than 1048576 bytes",
            "error": "query failed: parse error",
            "500": "HTTP 500",
        }
        for mode, needle in expected.items():
            upstream.mode = mode
            began = time.monotonic()
            view, why = await fleet.view(session, 30)
            assert time.monotonic() - began < 0.8, mode
            assert why is not None and why.startswith(f"fleet view unavailable: {needle}"), (mode, why)
            assert view is not None and "the view from" in why  # the last good one, still young
    async with aiohttp.ClientSession() as session:  # nothing listening at all
        view, why = await reader(f"http://127.0.0.1:{free_port()}").view(session, 30)
        assert view is None and why is not None and why.startswith("fleet view unavailable: ClientConnectorError")


async def test_a_refused_token_file_is_a_reason_not_a_crash(tmp_path: Path) -> None:
    fleet = reader("http://127.0.0.1:1", {"HEALTHD_FLEET_TOKEN_FILE": str(tmp_path / "missing")})
    async with aiohttp.ClientSession() as session:
        assert await fleet.view(session, 30) == (None, "fleet view unavailable: token file refused")


def test_the_pin_file_is_read_without_blocking(tmp_path: Path) -> None:
    strategies = ("optimal", "emergency")
    fifo = tmp_path / "pin.json"
    os.mkfifo(fifo)
    began = time.monotonic()
    assert read_pin_file(str(fifo), strategies, time.time()) == (None, "fleet pin file refused: not a regular file")
    assert time.monotonic() - began < 0.5
    fifo.unlink()
    assert read_pin_file(str(fifo), strategies, time.time()) == (None, None)  # removed: released
    fifo.write_text(json.dumps({"strategy": "emergency", "until": "2999-01-01T00:00:00Z", "reason": "x"}))
    pin, why = read_pin_file(str(fifo), strategies, time.time())
    assert pin is None and why == "fleet pin file refused: until must be at most 7 days ahead"


def test_without_a_fleet_section_the_answers_have_no_fleet_fields() -> None:
    rendered = Rendered.of(snapshot())
    doc = json.loads(rendered.bodies[("json", False)])
    target = next(iter(doc["components"].values()))["targets"][0]
    assert "fleet" not in target and "scope" not in target
    assert "fleet" not in json.loads(rendered.bodies[("probes", False)])["targets"][0]


@pytest.mark.parametrize("section", ["", "fleet: {}\n"])
def test_a_fleet_section_without_prometheus_reads_no_view(section: str) -> None:
    from healthd.daemon.scheduler import Scheduler

    config = parse_config(
        "components: {net: {weight: 100, targets: [{name: p, kind: tcp, host: 127.0.0.1, port: 1}]}}\n"
        "strategies: [{name: optimal, min_score: 50}, {name: emergency, min_score: 0}]\n" + section
    )
    assert Scheduler(config, env={})._fleet_reader(config) is None
