"""Kind `tcp` behind a corporate proxy: a real CONNECT proxy on 127.0.0.1, driven by HTTPS_PROXY / NO_PROXY.

192.0.2.1 (TEST-NET-1) is unroutable, as the internet is for a runner that may only go through its
proxy: a direct dial times out, the proxy reaches it (its route leads to a local listener).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from healthd.model import Reason, Status
from tests.fakes.connect_proxy import ConnectProxy
from tests.fakes.misbehave import probe_once, target
from tests.support import free_port

FAR = "192.0.2.1:443"
TARGET = {"host": "192.0.2.1", "port": 443}


@pytest.fixture
async def listener() -> AsyncIterator[int]:
    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    server.close()


@pytest.fixture
async def proxy(listener: int) -> AsyncIterator[tuple[ConnectProxy, int]]:
    fake = ConnectProxy(routes={FAR: ("127.0.0.1", listener)})
    port = await fake.start()
    yield fake, port
    await fake.close()


async def test_direct_dial_of_a_proxied_network_is_down() -> None:
    result = await probe_once(target("tcp", **TARGET))
    assert result.status is Status.DOWN  # what the proxy fixes: without it, the far side is unreachable


async def test_connects_through_https_proxy(proxy) -> None:
    fake, port = proxy
    result = await probe_once(target("tcp", **TARGET), env={"HTTPS_PROXY": f"http://127.0.0.1:{port}"})
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert f"through proxy http://127.0.0.1:{port}" in result.detail
    assert fake.requests == [f"CONNECT {FAR}"]


async def test_lower_case_proxy_and_credentials(proxy) -> None:
    fake, port = proxy
    fake.credentials = "ci@corp:s3cret pass"
    env = {"https_proxy": f"http://ci%40corp:s3cret%20pass@127.0.0.1:{port}"}
    assert (await probe_once(target("tcp", **TARGET), env=env)).status is Status.UP
    env = {"https_proxy": f"http://ci%40corp:wrong-secret@127.0.0.1:{port}"}
    refused = await probe_once(target("tcp", **TARGET), env=env)
    assert (refused.status, refused.reason) == (Status.DOWN, Reason.UNAUTHENTICATED)
    assert "407" in refused.detail and "wrong-secret" not in repr(refused)


@pytest.mark.parametrize("no_proxy", ["192.0.2.1", "localhost,192.0.2.1", "*"])
async def test_no_proxy_dials_directly(proxy, no_proxy: str) -> None:
    fake, port = proxy
    env = {"HTTPS_PROXY": f"http://127.0.0.1:{port}", "NO_PROXY": no_proxy}
    result = await probe_once(target("tcp", **TARGET), env=env)
    assert result.status is Status.DOWN and fake.requests == []


async def test_proxy_refusing_the_connect_is_down(proxy) -> None:
    fake, port = proxy
    fake.refuse = 403
    result = await probe_once(target("tcp", **TARGET), env={"HTTPS_PROXY": f"127.0.0.1:{port}"})
    assert (result.status, result.reason) == (Status.DOWN, Reason.BAD_STATUS)
    assert "refused CONNECT 192.0.2.1:443" in result.detail


async def test_proxy_that_cannot_reach_the_target_is_down(proxy) -> None:
    fake, port = proxy
    fake.routes.clear()  # the proxy dials 192.0.2.1 itself and fails: 502, or the deadline first
    result = await probe_once(target("tcp", **TARGET, timeout=0.5), env={"HTTPS_PROXY": f"http://127.0.0.1:{port}"})
    assert result.status is Status.DOWN and result.reason in (Reason.BAD_STATUS, Reason.TIMEOUT)


async def test_dead_proxy_is_connect_refused() -> None:
    result = await probe_once(target("tcp", **TARGET), env={"HTTPS_PROXY": f"http://127.0.0.1:{free_port()}"})
    assert (result.status, result.reason) == (Status.DOWN, Reason.CONNECT_REFUSED)
    assert "proxy http://127.0.0.1:" in result.detail


async def test_silent_proxy_is_bounded_by_the_deadline(proxy) -> None:
    fake, port = proxy
    fake.silent = True
    started = asyncio.get_running_loop().time()
    result = await probe_once(target("tcp", **TARGET, timeout=0.5), env={"HTTPS_PROXY": f"http://127.0.0.1:{port}"})
    assert (result.status, result.reason) == (Status.DOWN, Reason.TIMEOUT)
    assert asyncio.get_running_loop().time() - started < 1.5


async def test_socks_proxy_is_misconfigured() -> None:
    result = await probe_once(target("tcp", **TARGET), env={"HTTPS_PROXY": "socks5://127.0.0.1:1080"})
    assert (result.status, result.reason) == (Status.DOWN, Reason.MISCONFIGURED)
