"""Kind `goproxy` against a faithful GOPROXY fake and the shared misbehaviours."""

from __future__ import annotations

import pytest
from aiohttp import web

from healthd.model import Reason, Status
from healthd.probes.goproxy import escape_path
from tests.fakes.goproxy import GoproxyFake
from tests.fakes.misbehave import probe_once, target


@pytest.mark.parametrize(
    ("path", "escaped"),
    [
        ("golang.org/x/text", "golang.org/x/text"),
        ("github.com/BurntSushi/toml", "github.com/!burnt!sushi/toml"),
        ("github.com/Azure/azure-sdk-for-go", "github.com/!azure/azure-sdk-for-go"),
        ("example.com/M", "example.com/!m"),
        ("v1.0.0-RC1", "v1.0.0-!r!c1"),
        ("", ""),
    ],
)
def test_escape_path(path: str, escaped: str) -> None:
    assert escape_path(path) == escaped


async def _probe(serve_app, fake: GoproxyFake, module: str, **settings):
    server = await serve_app(fake.app())
    return await probe_once(target("goproxy", url=str(server.make_url("/")), module=module, **settings))


async def test_latest_answers_up(serve_app) -> None:
    result = await _probe(serve_app, GoproxyFake(), "golang.org/x/text")
    assert (result.status, result.reason) == (Status.UP, Reason.OK)
    assert "v0.21.0" in result.detail


async def test_upper_case_module_is_requested_case_encoded(serve_app) -> None:
    fake = GoproxyFake()
    result = await _probe(serve_app, fake, "github.com/BurntSushi/toml")
    assert (result.status, result.reason) == (Status.UP, Reason.OK)
    assert fake.requests == ["/github.com/!burnt!sushi/toml/@latest"]


@pytest.mark.parametrize("gone", [404, 410])
async def test_missing_latest_falls_back_to_version_list(serve_app, gone: int) -> None:
    fake = GoproxyFake(without_latest={"golang.org/x/text"}, latest_status=gone)
    result = await _probe(serve_app, fake, "golang.org/x/text")
    assert (result.status, result.reason) == (Status.UP, Reason.OK)
    assert fake.requests[-1] == "/golang.org/x/text/@v/list"
    assert "2 versions" in result.detail


async def test_empty_version_list_is_not_found(serve_app) -> None:
    fake = GoproxyFake(versions={"example.com/m": []}, without_latest={"example.com/m"})
    result = await _probe(serve_app, fake, "example.com/m")
    assert (result.status, result.reason) == (Status.DOWN, Reason.NOT_FOUND)


async def test_unknown_module_is_not_found(serve_app) -> None:
    result = await _probe(serve_app, GoproxyFake(), "example.com/nothing")
    assert (result.status, result.reason) == (Status.DOWN, Reason.NOT_FOUND)


async def test_json_without_version_is_bad_json(serve_app) -> None:
    async def info_without_version(request: web.Request) -> web.Response:
        return web.json_response({"Time": "2026-11-01T00:00:00Z"})

    app = web.Application()
    app.router.add_get("/{tail:.*}", info_without_version)
    server = await serve_app(app)
    result = await probe_once(target("goproxy", url=str(server.make_url("/")), module="golang.org/x/text"))
    assert (result.status, result.reason) == (Status.DOWN, Reason.BAD_JSON)
