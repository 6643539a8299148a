"""Kind `sumdb`: the checksum database direct, and through a GOPROXY that proxies it (goproxy.cn style)
or does not (proxy.golang.org style: 404 on /sumdb/sum.golang.org/supported, so direct)."""

from __future__ import annotations

import pytest

from healthd.model import Reason, Status
from tests.fakes.goproxy import GoproxyFake
from tests.fakes.misbehave import EXPECTED_DOWN, MODES, misbehaving_app, probe_once, target
from tests.fakes.sumdb import SumdbFake


async def test_direct_tree_head_is_up(serve_app) -> None:
    db = SumdbFake()
    result = await probe_once(target("sumdb", url=str((await serve_app(db.app())).make_url("/"))))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert result.detail == "sum.golang.org tree size 66746981, direct" and db.requests == ["/latest"]


async def test_through_a_proxy_that_proxies_the_database(serve_app) -> None:
    direct, proxied = SumdbFake(), SumdbFake()
    proxy = GoproxyFake(sumdb=proxied)
    direct_url = str((await serve_app(direct.app())).make_url("/"))
    proxy_url = str((await serve_app(proxy.app())).make_url("/"))
    result = await probe_once(target("sumdb", url=direct_url, proxy=proxy_url))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert "through the proxy" in result.detail
    assert proxied.requests == ["/sumdb/sum.golang.org/latest"] and direct.requests == []


async def test_a_proxy_answering_404_sends_the_go_command_direct(serve_app) -> None:
    direct, proxy = SumdbFake(), GoproxyFake()  # no sumdb: /sumdb/... is 404, as on proxy.golang.org
    direct_url = str((await serve_app(direct.app())).make_url("/"))
    proxy_url = str((await serve_app(proxy.app())).make_url("/"))
    result = await probe_once(target("sumdb", url=direct_url, proxy=proxy_url))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert "direct (the proxy does not proxy it)" in result.detail and direct.requests == ["/latest"]


@pytest.mark.parametrize("mode", ["5xx", "html_200", "reset"])
async def test_a_proxy_failing_on_supported_is_down(serve_app, mode: str) -> None:
    # cmd/go moves on only on 404/410: any other failure stops the go command's checksum lookups
    direct = SumdbFake()
    direct_url = str((await serve_app(direct.app())).make_url("/"))
    proxy_url = str((await serve_app(misbehaving_app(mode))).make_url("/"))  # every path of the proxy misbehaves
    result = await probe_once(target("sumdb", url=direct_url, proxy=proxy_url))
    assert (result.status, result.reason) == (Status.DOWN, EXPECTED_DOWN[mode]), result.detail
    assert direct.requests == []


@pytest.mark.parametrize("mode", EXPECTED_DOWN)
async def test_a_proxied_database_misbehaving_is_down(serve_app, mode: str) -> None:
    proxy = GoproxyFake(sumdb=SumdbFake(latest_handler=MODES[mode]))
    result = await probe_once(
        target("sumdb", url="http://127.0.0.1:9/", proxy=str((await serve_app(proxy.app())).make_url("/")))
    )
    expected = Reason.PROTOCOL_ERROR if mode == "invalid_json" else EXPECTED_DOWN[mode]  # it reads text, not JSON
    assert (result.status, result.reason) == (Status.DOWN, expected), result.detail
