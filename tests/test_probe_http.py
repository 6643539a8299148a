"""Kinds `http` and `tcp`, and the shared fetch()/run_probe() rules, against misbehaving servers."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest
import trustme

from healthd.model import Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure
from healthd.probes.fetch import fetch
from healthd.probes.fetch import probe_session as client_session
from tests.fakes.misbehave import HITS, misbehaving_app, probe_once, silent_server, target, tls_server
from tests.support import free_port

ServeApp = Callable[[Any], Any]


async def _url(serve_app: ServeApp, mode: str, path: str = "/check") -> str:
    server = await serve_app(misbehaving_app(mode))
    return str(server.make_url(path))


@pytest.mark.parametrize(
    ("mode", "settings", "reason"),
    [
        ("html_400", {}, Reason.HTML_ERROR_PAGE),
        ("html_200", {}, Reason.HTML_ERROR_PAGE),
        ("html_200", {"expect_status": [204]}, Reason.CAPTIVE_PORTAL),
        ("5xx", {}, Reason.BAD_STATUS),
        ("reset", {}, Reason.CONNECTION_RESET),
        ("reset_mid_body", {}, Reason.CONNECTION_RESET),
        ("huge", {}, Reason.BODY_TOO_LARGE),
        ("redirect_loop", {}, Reason.TOO_MANY_REDIRECTS),
        ("redirect_loop", {"max_redirects": 0}, Reason.BAD_STATUS),  # the 302 itself, not followed
        ("plain_text", {"expect_content_type": "application/json"}, Reason.BAD_CONTENT_TYPE),
        ("plain_text", {"body_contains": "goodbye"}, Reason.BODY_MISMATCH),
        ("portal", {"expect_status": [204]}, Reason.CAPTIVE_PORTAL),
        ("portal", {"expect_status": [204, 304]}, Reason.CAPTIVE_PORTAL),
        ("portal", {}, Reason.HTML_ERROR_PAGE),
        ("no_content", {}, Reason.BAD_STATUS),  # expects 200 by default
    ],
)
async def test_http_misbehaviours_are_down(
    serve_app: ServeApp, mode: str, settings: dict[str, Any], reason: Reason
) -> None:
    result = await probe_once(target("http", url=await _url(serve_app, mode), timeout=2.0, **settings))
    assert (result.status, result.reason) == (Status.DOWN, reason), result.detail


@pytest.mark.parametrize(
    ("mode", "settings"),
    [
        ("no_content", {"expect_status": [204]}),
        ("plain_text", {"body_contains": "hello", "expect_content_type": "text/plain"}),
        ("portal", {"expect_content_type": "text/html", "body_contains": "Guest WiFi"}),  # HTML asked for
        ("flaky", {"expect_status": [204], "attempts": 2}),  # 503, then 204 on the retry
    ],
)
async def test_http_correct_answers_are_up(serve_app: ServeApp, mode: str, settings: dict[str, Any]) -> None:
    result = await probe_once(target("http", url=await _url(serve_app, mode), **settings))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail


async def test_flaky_without_retry_is_down(serve_app: ServeApp) -> None:
    result = await probe_once(target("http", url=await _url(serve_app, "flaky"), expect_status=[204]))
    assert (result.status, result.reason) == (Status.DOWN, Reason.BAD_STATUS)


async def test_slow_correct_answer_is_degraded(serve_app: ServeApp) -> None:
    url = await _url(serve_app, "slow")
    result = await probe_once(target("http", url=url, expect_status=[204], slow_threshold=0.1))
    assert (result.status, result.reason) == (Status.DEGRADED, Reason.SLOW)


@pytest.mark.parametrize("mode", ["silence", "trickle"])
async def test_silence_and_trickle_time_out_within_the_deadline(serve_app: ServeApp, mode: str) -> None:
    url = await _url(serve_app, mode)
    started = time.monotonic()
    result = await probe_once(target("http", url=url, timeout=0.5, attempts=2))
    assert (result.status, result.reason) == (Status.DOWN, Reason.TIMEOUT)
    assert time.monotonic() - started < 0.5 + 0.5


async def test_accept_then_silence_times_out_within_the_deadline() -> None:
    async with silent_server() as port:
        started = time.monotonic()
        result = await probe_once(target("http", url=f"http://127.0.0.1:{port}/", timeout=0.5))
        assert (result.status, result.reason) == (Status.DOWN, Reason.TIMEOUT)
        assert time.monotonic() - started < 0.5 + 0.5


async def test_huge_body_ends_within_the_deadline_without_reading_it_all(serve_app: ServeApp) -> None:
    url = await _url(serve_app, "huge")
    started = time.monotonic()
    result = await probe_once(target("http", url=url, timeout=5.0))
    assert (result.status, result.reason) == (Status.DOWN, Reason.BODY_TOO_LARGE)
    assert time.monotonic() - started < 5.0
    assert "cap 1048576" in result.detail


async def test_invalid_json_is_bad_json(serve_app: ServeApp) -> None:
    async with client_session(concurrency=1) as session:
        ctx = ProbeContext(session=session, deadline=asyncio.get_running_loop().time() + 2.0)
        url = await _url(serve_app, "invalid_json")
        answer = await fetch(ctx, target("http", url=url), url)
    with pytest.raises(ProbeFailure) as failure:
        answer.json()
    assert failure.value.reason is Reason.BAD_JSON


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


async def test_untrusted_certificate_is_tls_error(ca: trustme.CA) -> None:
    async with tls_server(misbehaving_app("no_content"), ca) as base:
        result = await probe_once(target("http", url=f"{base}/generate_204", expect_status=[204]))
    assert (result.status, result.reason) == (Status.DOWN, Reason.TLS_ERROR), result.detail


async def test_same_server_with_its_ca_trusted_is_up(ca: trustme.CA) -> None:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=context, force_close=True))
    async with tls_server(misbehaving_app("no_content"), ca) as base:
        result = await probe_once(target("http", url=f"{base}/generate_204", expect_status=[204]), session=session)
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail


async def test_http_proxy_from_the_environment_is_used(serve_app: ServeApp) -> None:
    proxy = await serve_app(misbehaving_app("no_content"))
    env = {"HTTP_PROXY": str(proxy.make_url("/")), "NO_PROXY": "localhost"}  # the daemon's environment
    # The name never resolves: only the proxy can have answered.
    checked = target("http", url="http://generate-204.invalid/generate_204", expect_status=[204])
    result = await probe_once(checked, env=env)
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert proxy.app[HITS] == ["http://generate-204.invalid/generate_204"]


async def test_tcp_open_port_is_up() -> None:
    async with silent_server() as port:
        result = await probe_once(target("tcp", host="127.0.0.1", port=port))
    assert (result.status, result.reason) == (Status.UP, Reason.OK)


async def test_tcp_closed_port_is_connect_refused() -> None:
    result = await probe_once(target("tcp", host="127.0.0.1", port=free_port()))
    assert (result.status, result.reason) == (Status.DOWN, Reason.CONNECT_REFUSED)
