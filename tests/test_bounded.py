"""Bounded output, honest causes: upstream text is capped on every path, servers cannot send a probe elsewhere."""

from __future__ import annotations

import json

import pytest
from aiohttp import web
from hypothesis import given
from hypothesis import strategies as st
from yarl import URL

from healthd.config.load import parse_config
from healthd.core.render import Rendered
from healthd.daemon.scheduler import Scheduler
from healthd.model import Reason, Status
from healthd.probes.base import DETAIL_CHARS, one_line
from healthd.probes.fetch import allowed_hop
from tests.fakes.misbehave import probe_once, target
from tests.fakes.registry import RegistryFake

HOSTILE = "x" * 800_000  # the 800 KB status field that once made /strategy 2.5 MB


@given(st.text())
def test_one_line_is_one_bounded_printable_line(text: str) -> None:
    line = one_line(text)
    assert len(line) <= DETAIL_CHARS
    assert not any(c in line for c in "\n\r\x1b\x00\x85\u2028")


def test_one_line_keeps_short_text() -> None:
    assert one_line("HTTP 503: 'upstream connect error'") == "HTTP 503: 'upstream connect error'"
    assert one_line("a\n::set-env name=X::1") == "a ::set-env name=X::1"


def _hostile_app() -> web.Application:
    """Upstream text a judge copies into a successful result: a status page's names, a proxy's version."""

    async def components(request: web.Request) -> web.Response:
        page = {"components": [{"id": "Actions", "name": HOSTILE, "status": "partial_outage\n" + HOSTILE}]}
        return web.json_response(page)

    async def latest(request: web.Request) -> web.Response:
        return web.json_response({"Version": "v1.0.0-" + HOSTILE})

    app = web.Application()
    app.router.add_get("/status/api/v2/components.json", components)
    app.router.add_get("/proxy/{module:.+}/@latest", latest)
    return app


async def test_hostile_upstream_text_leaves_strategy_small(serve_app) -> None:
    base = str((await serve_app(_hostile_app())).make_url("/"))
    config = parse_config(f"""
daemon: {{host_requests_per_minute: 1000}}
components:
  status:
    weight: 50
    targets: [{{name: page, kind: statuspage, url: "{base}status", components: [Actions], max_body_bytes: 4000000}}]
  go:
    weight: 50
    targets: [{{name: proxy, kind: goproxy, url: "{base}proxy", module: golang.org/x/text, max_body_bytes: 4000000}}]
strategies:
  - {{name: good, min_score: 50}}
  - {{name: bad, min_score: 0}}
""")
    async with Scheduler(config, env={}) as scheduler:
        rendered: Rendered = await scheduler.run_round()
    results = {t.name: t.result for c in rendered.snapshot.components for t in c.targets}
    assert results["page"].reason is Reason.SERVICE_DEGRADED and results["proxy"].status is Status.UP
    assert all(len(r.detail) <= DETAIL_CHARS for r in results.values())
    for body in rendered.bodies.values():
        assert len(body) < 8000, body[:200]
    document = json.loads(rendered.bodies[("json", False)])
    assert all("\n" not in reason for reason in document["reasons"])


# --- where a server may send a probe ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("origin", "url", "allow", "allowed"),
    [
        ("https://ghcr.io", "https://ghcr.io/token", (), True),
        ("https://registry-1.docker.io", "https://auth.docker.io/token", (), False),
        ("https://registry-1.docker.io", "https://auth.docker.io/token", ("auth.docker.io",), True),
        ("https://registry-1.docker.io", "https://auth.docker.io/token", ("*.docker.io",), True),
        ("https://registry-1.docker.io", "https://docker.io.evil.example/", ("*.docker.io",), False),
        ("https://a.example", "https://b.example/", ("*",), True),
        ("https://a.example", "http://a.example/", (), False),  # never down from https
        ("https://a.example", "http://b.example/", ("*",), False),
        ("http://a.example", "https://a.example/", (), True),  # an upgrade on the same host
        ("http://a.example", "http://a.example:8080/", (), False),  # another port is another service
        ("https://a.example", "file:///etc/passwd", ("*",), False),
    ],
)
def test_allowed_hop(origin: str, url: str, allow: tuple[str, ...], allowed: bool) -> None:
    settings = target("http", url=origin, allow_hosts=list(allow))
    assert allowed_hop(settings, URL(origin), URL(url)) is allowed


def _redirecting_app(to: str) -> web.Application:
    async def moved(request: web.Request) -> web.Response:
        raise web.HTTPFound(to.replace("PORT", str(request.url.port)))

    async def there(request: web.Request) -> web.Response:
        return web.Response(status=204)

    app = web.Application()
    app.router.add_get("/", moved)
    app.router.add_get("/there", there)
    return app


async def test_redirect_stays_on_the_targets_host(serve_app) -> None:
    server = await serve_app(_redirecting_app("http://localhost:PORT/there"))  # same server, another host name
    url = str(server.make_url("/"))
    result = await probe_once(target("http", url=url, expect_status=[204]))
    assert (result.status, result.reason) == (Status.DOWN, Reason.FOREIGN_URL), result.detail
    assert "localhost" in result.detail
    result = await probe_once(target("http", url=url, expect_status=[204], allow_hosts=["localhost"]))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail


async def test_same_host_redirect_is_followed(serve_app) -> None:
    server = await serve_app(_redirecting_app("/there"))
    result = await probe_once(target("http", url=str(server.make_url("/")), expect_status=[204]))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail


async def test_token_realm_on_another_host_is_refused_unless_allowed(serve_app) -> None:
    fake = RegistryFake()
    server = await serve_app(fake.app())
    port = server.make_url("/").port
    fake.challenge = f'Bearer realm="http://localhost:{port}/token",service="registry.docker.io"'
    url = str(server.make_url("/"))
    result = await probe_once(target("registry", url=url, repository="library/alpine"))
    # down, like every token step that fails short of a 401/403 for this repository (issue 13)
    assert (result.status, result.reason) == (Status.DOWN, Reason.TOKEN_FAILED), result.detail
    assert "foreign_url" in result.detail and not any("/token" in r for r in fake.requests)
    result = await probe_once(target("registry", url=url, repository="library/alpine", allow_hosts=["localhost"]))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail


def test_shipped_config_allows_docker_hubs_realm() -> None:
    from healthd.config.load import load_config
    from healthd.config.paths import default_config_path

    config = load_config(default_config_path(None).parent / "strategies.yaml")
    docker = next(t for t in config.components["registries"].targets if t.name == "docker.io")
    assert allowed_hop(docker, URL(docker.url), URL("https://auth.docker.io/token?service=registry.docker.io"))
    for other in config.components["registries"].targets:
        assert allowed_hop(other, URL(other.url), URL(other.url.rstrip("/") + "/token"))
