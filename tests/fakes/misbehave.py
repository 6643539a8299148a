"""Misbehaving HTTP answers every HTTP kind must classify, and a helper that runs one probe for real.

`misbehaving_app(mode)` answers every path and method with one misbehaviour; `EXPECTED_DOWN`
gives the reason each must end with (down) when it answers a kind's first request.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import struct
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

import aiohttp
import trustme
from aiohttp import web

from healthd.config.schema import build
from healthd.config.targets import Target
from healthd.model import ProbeResult, Reason
from healthd.probes.base import ProbeContext, run_probe
from healthd.probes.fetch import probe_session as client_session
from healthd.probes.kinds import PROBES

HTML_OUTAGE = (
    b"<h2>Our services aren't available right now</h2><p>We're working to restore all services as soon as "
    b"possible. Please check back soon.</p>"
)
HUGE_BYTES = 50 * 1024 * 1024
SILENCE_SECONDS = 5.0  # longer than any test timeout, short enough for the test server to shut down

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def target(kind: str, **settings: Any) -> Any:
    """A validated target of any kind, with test-friendly defaults (name 't', timeout 1 s)."""
    return build(Target, {"name": "t", "kind": kind, "timeout": 1.0, **settings})


async def probe_once(
    target: Any, env: Mapping[str, str] | None = None, session: aiohttp.ClientSession | None = None
) -> ProbeResult:
    """Runs the target's kind through run_probe with the scheduler's own session (or the one given; closed after)."""
    async with session or client_session(concurrency=4) as session:
        ctx = ProbeContext(session=session, env=dict(env or {}))
        return await run_probe(PROBES[target.kind], target, ctx)


def html_page(status: int) -> Handler:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=status, body=HTML_OUTAGE, content_type="text/html")

    return handler


async def server_error(request: web.Request) -> web.Response:
    return web.Response(status=503, text="upstream connect error")


async def reset(request: web.Request) -> web.Response:
    sock = request.transport.get_extra_info("socket")  # SO_LINGER 0: close() sends a RST
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    request.transport.abort()
    return web.Response()


async def silence(request: web.Request) -> web.Response:
    await asyncio.sleep(SILENCE_SECONDS)
    return web.Response()


async def trickle(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "application/json", "Content-Length": "100000"})
    await response.prepare(request)
    for _ in range(int(SILENCE_SECONDS * 10)):
        await response.write(b" ")
        await asyncio.sleep(0.1)
    return response


async def huge(request: web.Request) -> web.StreamResponse:
    """50 MB, chunked (no Content-Length): only reading it incrementally can stop it early."""
    response = web.StreamResponse(headers={"Content-Type": "application/json"})
    response.enable_chunked_encoding()
    await response.prepare(request)
    chunk = b"[" + b"0," * (512 * 1024)
    for _ in range(HUGE_BYTES // len(chunk)):
        await response.write(chunk)
    return response


async def invalid_json(request: web.Request) -> web.Response:
    return web.Response(status=200, body=b'{"Version": "v1.2', content_type="application/json")


async def redirect_loop(request: web.Request) -> web.Response:
    raise web.HTTPFound(request.path)


MODES: dict[str, Handler] = {
    "html_400": html_page(400),
    "html_200": html_page(200),
    "5xx": server_error,
    "reset": reset,
    "silence": silence,
    "trickle": trickle,
    "huge": huge,
    "invalid_json": invalid_json,
    "redirect_loop": redirect_loop,
}

EXPECTED_DOWN: dict[str, Reason] = {
    "html_400": Reason.HTML_ERROR_PAGE,
    "html_200": Reason.HTML_ERROR_PAGE,
    "5xx": Reason.BAD_STATUS,
    "reset": Reason.CONNECTION_RESET,
    "silence": Reason.TIMEOUT,
    "trickle": Reason.TIMEOUT,
    "huge": Reason.BODY_TOO_LARGE,
    "invalid_json": Reason.BAD_JSON,
    "redirect_loop": Reason.TOO_MANY_REDIRECTS,
}


def misbehaving_app(mode: str) -> web.Application:
    """Answers every path and method with one mode of MODES or HTTP_MODES; app[HITS] logs each request's URL."""
    app = web.Application()
    app[HITS] = []
    app.router.add_route("*", "/{tail:.*}", MODES.get(mode) or HTTP_MODES[mode])
    return app


# --- answers the generic http kind judges (not in EXPECTED_DOWN: protocol kinds see plain bad answers) ---

HITS = web.AppKey("hits", list[str])


async def hit(request: web.Request) -> int:
    """Logs the request's URL (absolute, so a proxied request shows its real target); returns the count."""
    request.app[HITS].append(str(request.url))
    return len(request.app[HITS])


async def flaky(request: web.Request) -> web.Response:
    """503 on the first request, 204 after: one retry (attempts: 2) must end up."""
    return web.Response(status=503 if await hit(request) == 1 else 204)


async def no_content(request: web.Request) -> web.Response:
    await hit(request)
    return web.Response(status=204)


async def slow(request: web.Request) -> web.Response:
    await asyncio.sleep(0.3)
    return web.Response(status=204)


async def portal(request: web.Request) -> web.Response:
    """What a captive portal or intercepting proxy puts where generate_204 should be."""
    return web.Response(status=200, text="<html><body>Sign in to Guest WiFi</body></html>", content_type="text/html")


async def plain_text(request: web.Request) -> web.Response:
    return web.Response(status=200, text="hello world")


async def reset_mid_body(request: web.Request) -> web.StreamResponse:
    """Promises 1000 bytes, sends 10, closes the connection."""
    response = web.StreamResponse(headers={"Content-Length": "1000", "Content-Type": "text/plain"})
    await response.prepare(request)
    await response.write(b"0123456789")
    request.transport.close()
    return response


HTTP_MODES: dict[str, Handler] = {
    "flaky": flaky,
    "no_content": no_content,
    "slow": slow,
    "portal": portal,
    "plain_text": plain_text,
    "reset_mid_body": reset_mid_body,
}


@contextlib.asynccontextmanager
async def silent_server() -> AsyncIterator[int]:
    """A raw TCP server that accepts and never says a byte (below HTTP); yields its port."""
    held: list[asyncio.StreamWriter] = []

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        for writer in held:
            writer.close()
        server.close()
        await server.wait_closed()


@contextlib.asynccontextmanager
async def tls_server(app: web.Application, ca: trustme.CA) -> AsyncIterator[str]:
    """Serves app over TLS with a certificate for 127.0.0.1 issued by ca; yields the https base URL."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context)
    await site.start()
    try:
        yield f"https://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()
