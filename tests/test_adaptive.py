"""Adaptive endpoints end to end: real probes of local fakes, one round, then /strategy and /mirrors.

A private Go proxy up, a public one down (nothing listens) and one up; a Docker Hub-like upstream
with five mirrors: one down, one rate limited, one without the image, one cutting blobs short, one
healthy; a docker-driver builder without the containerd image store (the fake docker CLI).
"""

from __future__ import annotations

import json
import shlex
import time
import tomllib
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from healthd.config.load import ConfigError, parse_config
from healthd.core.render import Rendered
from healthd.daemon.board import Board
from healthd.daemon.metrics import Metrics
from healthd.daemon.scheduler import Scheduler
from healthd.daemon.serve import assemble
from healthd.daemon.server import create_app
from healthd.model import Decision, MirrorSet, Snapshot
from tests.fakes.goproxy import GoproxyFake
from tests.fakes.mirror import MirrorFake
from tests.fakes.registry import RegistryFake
from tests.support import free_port

FAKE_DOCKER = Path(__file__).parent / "fakes" / "docker"


def env_values(text: str) -> dict[str, str | list[str]]:
    """GitHub's $GITHUB_ENV syntax: KEY=value, or KEY<<DELIM ... DELIM for a list."""
    values: dict[str, str | list[str]] = {}
    lines = iter(text.splitlines())
    for line in lines:
        if "<<" in line and "=" not in line.split("<<")[0]:
            key, delimiter = line.split("<<", 1)
            values[key] = list(iter(lines.__next__, delimiter))
        else:
            key, _, value = line.partition("=")
            values[key] = value
    return values


@pytest.fixture
async def adaptive(serve_app):
    private, public = [await serve_app(GoproxyFake().app()) for _ in range(2)]
    hub = await serve_app(RegistryFake().app())
    modes = {"limited": "rate_limited", "truncated": "truncated", "healthy": "up", "uncached": "not_cached"}
    fakes = {name: MirrorFake(mode=mode) for name, mode in modes.items()}
    urls = {name: str((await serve_app(fake.app())).make_url("")) for name, fake in fakes.items()}
    truncated, healthy = fakes["truncated"], fakes["healthy"]
    dead = f"http://127.0.0.1:{free_port()}"
    mirror = "kind: registry, repository: library/alpine, mirror_of: hub"
    text = f"""
daemon: {{interval: 10, timeout: 2, stale_after: 30}}
adapt: {{goproxy_fallback: direct}}
components:
  go:
    weight: 50
    targets:
      - {{name: corp, kind: goproxy, url: "{private.make_url("")}", module: golang.org/x/text, private: true}}
      - {{name: dead-public, kind: goproxy, url: "{dead}", module: golang.org/x/text}}
      - {{name: public, kind: goproxy, url: "{public.make_url("")}", module: golang.org/x/text}}
  registries:
    weight: 50
    targets:
      - {{name: hub, kind: registry, url: "{hub.make_url("")}", repository: library/alpine}}
      - {{name: m-dead, url: "{dead}", {mirror}}}
      - {{name: m-limited, url: "{urls["limited"]}", {mirror}}}
      - {{name: m-uncached, url: "{urls["uncached"]}", {mirror}}}
      - {{name: m-truncated, url: "{urls["truncated"]}", {mirror}, blob: "{truncated.digest}"}}
      - {{name: m-healthy, url: "{urls["healthy"]}", {mirror}, blob: "{healthy.digest}"}}
  builder:
    weight: 0
    targets:
      - {{name: buildx, kind: buildx}}
strategies:
  - name: optimal
    min_score: 0
    params:
      cache_from: ["type=gha"]
      cache_to: ["type=gha,mode=max", "type=registry,ref=ghcr.io/acme/app:cache,mode=max"]
"""
    env = {"PATH": f"{FAKE_DOCKER}:/usr/bin:/bin", "HEALTHD_FAKE_DOCKER": "docker28-classic"}
    async with Scheduler(parse_config(text), env=env) as scheduler:
        client = TestClient(TestServer(assemble(scheduler), host="127.0.0.1"))
        await client.start_server()
        await scheduler.run_round()
        yield client, {"private": str(private.make_url("")), "public": str(public.make_url("")), **urls}, hub
        await client.close()


def bare(url: str) -> str:
    return url.removeprefix("http://").rstrip("/")


async def test_strategy_env_skips_the_dead_and_drops_cache_export(adaptive) -> None:
    client, urls, hub = adaptive
    values = env_values(await (await client.get("/strategy?format=env")).text())
    goproxy = f"{urls['private'].rstrip('/')},{urls['public'].rstrip('/')},direct"
    assert values["GOPROXY"] == goproxy and values["HEALTHD_GOPROXY"] == goproxy
    assert values[f"HEALTHD_IMAGE_PREFIX_127_0_0_1_{hub.port}"] == bare(urls["healthy"])  # pull base images there
    assert values["HEALTHD_CACHE_TO"] == "" and values["HEALTHD_CACHE_FROM"] == ["type=gha"]
    doc = await (await client.get("/strategy")).json()
    assert doc["params"]["cache_to"] == []
    why = next(r for r in doc["reasons"] if r.startswith("cache_to drops"))
    assert "driver docker without the containerd image store: inline cache only" in why
    assert any(r.startswith("GOPROXY leaves out dead-public (down: connect_refused)") for r in doc["reasons"])
    assert any("m-truncated (down: body_mismatch)" in r for r in doc["reasons"])
    assert any("m-uncached (" in r and ": not_found)" in r for r in doc["reasons"])
    shell = await (await client.get("/strategy?format=shell")).text()
    assert f"export GOPROXY={shlex.quote(goproxy)}\n" in shell


async def test_mirrors_list_only_healthy_mirrors_in_health_order(adaptive) -> None:
    client, urls, hub = adaptive
    registry = bare(str(hub.make_url("")))
    expected = [urls["healthy"].rstrip("/"), urls["limited"].rstrip("/")]  # rate limited: kept, last
    response = await client.get("/mirrors?format=buildkitd")
    assert response.status == 200 and response.content_type == "application/toml"
    doc = tomllib.loads(await response.text())
    assert doc["registry"][registry]["mirrors"] == [bare(u) for u in expected]
    assert all(doc["registry"][bare(u).split("/")[0]] == {"http": True} for u in expected)
    hosts = tomllib.loads(await (await client.get(f"/mirrors?format=hosts-toml&registry={registry}")).text())
    assert hosts["server"] == str(hub.make_url("")).rstrip("/") and list(hosts["host"]) == expected
    assert json.loads(await (await client.get("/mirrors?format=daemon-json")).text()) == {"registry-mirrors": []}
    conf = tomllib.loads(await (await client.get("/mirrors?format=registries-conf")).text())
    assert conf["registry"] == [{"prefix": registry, "location": registry, "insecure": True,
        "mirror": [{"location": bare(u), "insecure": True} for u in expected]}]  # fmt: skip
    assert (await (await client.get("/strategy")).json())["mirrors"] == {registry: expected}


async def test_mirrors_bad_requests(adaptive) -> None:
    client, _, hub = adaptive
    assert (await client.get("/mirrors?format=yaml")).status == 400
    missing = await client.get("/mirrors?format=hosts-toml&registry=quay.io")
    assert missing.status == 404 and bare(str(hub.make_url(""))) in await missing.text()


async def test_mirrors_route_warms_up_then_serves_docker_hub_daemon_json() -> None:
    board = Board()
    client = TestClient(TestServer(create_app(board, Metrics()), host="127.0.0.1"))
    await client.start_server()
    try:
        warming = await client.get("/mirrors?format=daemon-json")
        assert warming.status == 503 and "Retry-After" in warming.headers
        hub = MirrorSet("docker.io", "https://registry-1.docker.io", ("https://mirror.gcr.io", "http://10.0.0.5:5000"))
        decision = Decision("optimal", {}, ())
        board.publish(Rendered.of(Snapshot(1, time.time(), time.time(), 100, (), decision, mirrors=(hub,))))
        response = await client.get("/mirrors?format=daemon-json")
        assert response.status == 200 and response.headers["X-Healthd-Stale"] == "false"
        assert await response.json() == {"registry-mirrors": ["https://mirror.gcr.io", "http://10.0.0.5:5000"]}
        hosts = tomllib.loads(await (await client.get("/mirrors?format=hosts-toml&registry=docker.io")).text())
        assert hosts["server"] == "https://registry-1.docker.io"
        assert (await client.get("/mirrors?format=hosts-toml")).status == 404  # a hosts.toml is per registry
    finally:
        await client.close()


CONFIG_ERRORS = """\
components:
  registries:
    weight: 100
    targets:
      - {name: hub, kind: registry, url: "https://registry-1.docker.io", repository: library/alpine}
      - {name: gcr, kind: registry, url: "https://mirror.gcr.io", repository: library/alpine, mirror_of: hub}
      - {name: twice, kind: registry, url: "https://m.example", repository: a, mirror_of: gcr}
      - {name: nowhere, kind: registry, url: "https://m.example", repository: a, mirror_of: quay}
      - {name: go, kind: goproxy, url: "https://a.example|https://b.example", module: m, private: yes}
adapt: {goproxy_fallback: none}
strategies: [{name: only, min_score: 0}]
"""


def test_config_errors_point_at_their_lines() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(CONFIG_ERRORS, "s.yaml")
    lines = [str(issue) for issue in caught.value.issues]
    assert lines[0].startswith("s.yaml:7:") and "mirror_of 'gcr' names a mirror" in lines[0]
    assert lines[1].startswith("s.yaml:8:") and "mirror_of 'quay' names no registry target" in lines[1]
    assert lines[2].startswith("s.yaml:9:") and "cannot contain ',' or '|'" in lines[2]
    assert lines[3].startswith("s.yaml:10:") and "goproxy_fallback: must be one of 'direct', 'off'" in lines[3]
    assert len(lines) == 4
