"""Kind `gha_cache`: v2 Twirp and v1 REST fakes, with and without a runtime token, the shared
misbehaviours, and the rule that the token never shows in a result or a log line."""

from __future__ import annotations

import logging

import pytest
from aiohttp import web

from healthd.config.schema import SchemaError
from healthd.model import Reason, Status
from healthd.probes.gha_cache import redact
from tests.fakes.gha_cache import GhaCacheFake
from tests.fakes.misbehave import MODES, probe_once, target
from tests.support import free_port

TOKEN = "eyJhbGciOiJSUzI1NiJ9.SECRET-healthd-test-token-4f1c9d7e2b.sig"
URL_ENV = {"v2": "ACTIONS_RESULTS_URL", "v1": "ACTIONS_CACHE_URL"}


def _env(protocol: str, url: str) -> dict[str, str]:
    return {"ACTIONS_RUNTIME_TOKEN": TOKEN, URL_ENV[protocol]: url}


@pytest.mark.parametrize("protocol", ["v2", "v1"])
async def test_unauthenticated_protocol_error_is_up(serve_app, protocol: str) -> None:
    fake = GhaCacheFake(token=TOKEN)
    server = await serve_app(fake.app())
    result = await probe_once(target("gha_cache", url=str(server.make_url("/")), protocol=protocol))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert "401" in result.detail
    assert fake.lookups == []  # refused before any lookup: the call really went unauthenticated


@pytest.mark.parametrize("miss_as_empty", [False, True])
async def test_v2_lookup_miss_is_up(serve_app, miss_as_empty: bool) -> None:
    fake = GhaCacheFake(token=TOKEN, miss_as_empty=miss_as_empty)
    server = await serve_app(fake.app())
    result = await probe_once(target("gha_cache"), env=_env("v2", str(server.make_url("/"))))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert "miss" in result.detail
    [lookup] = fake.lookups
    assert lookup["key"].startswith("healthd-probe-") and len(lookup["version"]) == 64
    assert lookup["restore_keys"] == []


async def test_v1_lookup_miss_is_up(serve_app) -> None:
    fake = GhaCacheFake(token=TOKEN)
    server = await serve_app(fake.app())
    result = await probe_once(target("gha_cache", protocol="v1"), env=_env("v1", str(server.make_url("/"))))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert "204" in result.detail and fake.lookups[0]["keys"].startswith("healthd-probe-")


async def test_token_goes_only_to_the_url_the_runner_named(serve_app) -> None:
    fake = GhaCacheFake(token=TOKEN)
    configured = await serve_app(fake.app())
    result = await probe_once(
        target("gha_cache", url=str(configured.make_url("/"))), env={"ACTIONS_RUNTIME_TOKEN": TOKEN}
    )
    assert "without a token" in result.detail and fake.lookups == []


async def test_refused_token_is_degraded_unauthenticated(serve_app) -> None:
    server = await serve_app(GhaCacheFake(token="another-token").app())
    result = await probe_once(target("gha_cache"), env=_env("v2", str(server.make_url("/"))))
    assert (result.status, result.reason) == (Status.DEGRADED, Reason.UNAUTHENTICATED)


async def test_no_url_anywhere_is_misconfigured() -> None:
    result = await probe_once(target("gha_cache"), env={"ACTIONS_RUNTIME_TOKEN": TOKEN})
    assert (result.status, result.reason) == (Status.DOWN, Reason.MISCONFIGURED)


async def test_json_that_is_not_a_twirp_error_is_bad_json(serve_app) -> None:
    async def not_twirp(request: web.Request) -> web.Response:
        return web.json_response({"error": "nope"}, status=401)

    app = web.Application()
    app.router.add_post("/{tail:.*}", not_twirp)
    server = await serve_app(app)
    result = await probe_once(target("gha_cache", url=str(server.make_url("/"))))
    assert (result.status, result.reason) == (Status.DOWN, Reason.BAD_JSON)


async def test_bad_route_without_a_token_is_down(serve_app) -> None:
    # Before issue 13 any 4xx Twirp error read as up: an API that moved would have looked healthy.
    server = await serve_app(GhaCacheFake(token=TOKEN, moved=True).app())
    result = await probe_once(target("gha_cache", url=str(server.make_url("/"))))
    assert (result.status, result.reason) == (Status.DOWN, Reason.BAD_STATUS), result.detail
    assert "bad_route" in result.detail and "API moved" in result.detail


async def test_runner_health_check_then_anonymous_lookup(serve_app) -> None:
    fake = GhaCacheFake(token=TOKEN)
    server = await serve_app(fake.app())
    result = await probe_once(target("gha_cache", url=str(server.make_url("/")), health_check=True))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert result.detail.startswith("health 200; HTTP 401 unauthenticated") and fake.health_checks == 1


async def _health_without_request_id(request: web.Request) -> web.Response:
    return web.Response(text="OK")  # a proxy or a portal, not GitHub


@pytest.mark.parametrize(
    ("handler", "reason"),
    [
        (_health_without_request_id, Reason.PROTOCOL_ERROR),
        (MODES["5xx"], Reason.BAD_STATUS),
        (MODES["html_200"], Reason.HTML_ERROR_PAGE),
        (MODES["reset"], Reason.CONNECTION_RESET),
    ],
)
async def test_failing_health_check_is_down(serve_app, handler, reason: Reason) -> None:
    fake = GhaCacheFake(token=TOKEN, health_handler=handler)
    server = await serve_app(fake.app())
    result = await probe_once(target("gha_cache", url=str(server.make_url("/")), health_check=True))
    assert (result.status, result.reason) == (Status.DOWN, reason), result.detail


def test_health_check_defaults_on_for_githubs_hosts_only() -> None:
    github = target("gha_cache", url="https://results-receiver.actions.githubusercontent.com/")
    assert github.checks_health(github.url)
    assert not target("gha_cache", url="http://cache.internal:3000/").checks_health("http://cache.internal:3000/")
    assert not target("gha_cache", url=github.url, health_check=False).checks_health(github.url)


def test_v1_at_githubs_hosts_is_refused_at_load() -> None:
    with pytest.raises(SchemaError, match="legacy cache service, shut down"):
        target("gha_cache", url="https://artifactcache.actions.githubusercontent.com/abc/", protocol="v1")
    assert target("gha_cache", url="http://act-cache:8080/", protocol="v1").protocol == "v1"  # self-hosted: fine


async def test_v1_url_from_the_runner_pointing_at_github_is_misconfigured() -> None:
    env = {"ACTIONS_CACHE_URL": "https://artifactcache.actions.githubusercontent.com/abc/"}
    result = await probe_once(target("gha_cache", protocol="v1"), env=env)
    assert (result.status, result.reason) == (Status.DOWN, Reason.MISCONFIGURED)


def test_redact_removes_whole_and_cut_off_secrets() -> None:
    assert redact(f"a {TOKEN} b {TOKEN}", TOKEN) == "a [redacted] b [redacted]"
    assert redact(f"page: '{TOKEN[:20]}'", TOKEN) == "page: '[redacted]'"
    assert redact("nothing here", TOKEN) == "nothing here"
    assert redact("anything", "") == "anything"


async def _echo_token_page(request: web.Request) -> web.Response:
    # An error page that quotes the request's Authorization header, cut by the snippet mid-token.
    body = "<html><body><h2>Our services aren't available right now</h2>" + request.headers["Authorization"]
    return web.Response(status=400, text=body, content_type="text/html")


async def _echo_token_json(request: web.Request) -> web.Response:
    return web.json_response({"code": "invalid_argument", "msg": request.headers["Authorization"]}, status=400)


async def _echo_token_5xx(request: web.Request) -> web.Response:
    return web.Response(status=502, text=f"upstream refused {request.headers['Authorization']}")


ECHOES = {"echo_html": _echo_token_page, "echo_json": _echo_token_json, "echo_5xx": _echo_token_5xx}


@pytest.mark.parametrize("protocol", ["v2", "v1"])
@pytest.mark.parametrize("mode", [*MODES, *ECHOES, "refused_token", "dead_port"])
async def test_token_appears_nowhere(serve_app, caplog, mode: str, protocol: str) -> None:
    caplog.set_level(logging.DEBUG)
    if mode == "dead_port":
        url = f"http://127.0.0.1:{free_port()}/"
    else:
        handler = {**MODES, **ECHOES}.get(mode)
        fake = GhaCacheFake(token="another-token" if mode == "refused_token" else TOKEN, lookup_handler=handler)
        url = str((await serve_app(fake.app())).make_url("/"))
    result = await probe_once(target("gha_cache", protocol=protocol), env=_env(protocol, url))
    assert result.status is not Status.UP, result  # every mode here is a failure
    for text in (repr(result), str(result.reason), caplog.text):
        assert TOKEN not in text and TOKEN[:20] not in text and "SECRET" not in text
