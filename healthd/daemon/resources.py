"""Local resources: the API must never starve the probes of descriptors.

With 1024 descriptors, a burst of local clients once made every probe fail with EMFILE and the
score collapse. So at start the daemon raises its soft descriptor limit toward the hard one, and
its HTTP server holds at most `connection_cap` connections: one over the cap is closed as soon as
it is accepted (its descriptor lives microseconds), leaving the rest for probes.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import math
import resource
import time

from aiohttp import web

log = logging.getLogger("healthd.resources")

WANTED_DESCRIPTORS = 65536  # plenty for probes plus thousands of clients; no need to take more
MAX_CONNECTIONS = 4096  # HTTP connections served at once, whatever the limit allows
BASE_RESERVE = 64  # the process's own: logs, event loop, config reads, DNS channels


def raise_descriptor_limit() -> tuple[int, int]:
    """Raises the soft RLIMIT_NOFILE toward the hard limit (up to WANTED_DESCRIPTORS); returns (before, after)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = WANTED_DESCRIPTORS if hard == resource.RLIM_INFINITY else min(hard, WANTED_DESCRIPTORS)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        except (ValueError, OSError) as exc:
            log.warning("descriptor_limit_kept", extra={"soft": soft, "hard": hard, "error": str(exc)})
            return soft, soft
        log.info("descriptor_limit_raised", extra={"from": soft, "to": wanted, "hard": hard})
        return soft, wanted
    return soft, soft


IDLE_TIMEOUT = 15.0  # seconds a connection may sit without a request (aiohttp's keepalive_timeout)
HEADER_TIMEOUT = 10.0  # seconds from accept to a connection's first complete request head
SHUTDOWN_TIMEOUT = 1.0  # seconds a handler in flight (a slow upload) may run on after SIGTERM

BACKLOG = 128  # the listen backlog; asyncio also accepts up to this many in one go, before any can be closed


GC_THRESHOLDS = (10_000, 50, 100)


def tune_gc() -> None:
    """Fewer, later collections: a round allocates a few hundred thousand short-lived objects (probes,
    results, text), and every default generation-1/2 collection walked every long-lived object too (the
    config's targets, the history ring). What is alive once the daemon is set up is frozen out of the
    collector. Measured at 5,000 targets: best round wall 2.29-2.66 s -> 1.69-1.96 s."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def connection_cap(descriptors: int, concurrency: int) -> int:
    """HTTP connections to serve at once: what the limit leaves after the probes' reserve.

    Each probe in flight holds a socket (and a DNS lookup may hold another): 2 per unit of
    concurrency, plus BASE_RESERVE for the process itself, plus one accept batch (BACKLOG) of
    connections over the cap not closed yet. At least 8, so the API stays usable.
    """
    return max(8, min(MAX_CONNECTIONS, descriptors - 2 * concurrency - BASE_RESERVE - BACKLOG))


class _AcceptErrors(logging.Filter):
    """asyncio logs a traceback each time accept() fails for want of descriptors (and pauses accepting
    for a second): one line without traceback at most once a minute instead."""

    def __init__(self) -> None:
        super().__init__()
        self._last = -math.inf

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.getMessage().startswith("socket.accept() out of system resource"):
            return True
        now = time.monotonic()
        if now - self._last < 60:
            return False
        self._last = now
        record.msg, record.args, record.exc_info, record.levelno, record.levelname = (
            "accept_out_of_descriptors",
            (),
            None,
            logging.WARNING,
            "WARNING",
        )
        return True


def quiet_accept_errors() -> None:
    """Installs _AcceptErrors on asyncio's logger (the daemon does, at start)."""
    logging.getLogger("asyncio").addFilter(_AcceptErrors())


class _Refused(asyncio.Protocol):
    """A connection over the cap: closed at once, its descriptor freed before any read."""

    # asyncio hands a stream Protocol a Transport; typeshed types the base's parameter as BaseTransport
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        transport.abort()


def _first_request_due(handler: asyncio.BaseProtocol) -> None:
    """Closes a connection that has not completed its first request head in HEADER_TIMEOUT (a socket that
    sends nothing, or its headers a byte at a time), so idle sockets cannot hold the connection cap."""
    transport = getattr(handler, "transport", None)
    if getattr(handler, "_request_count", 1) == 0 and transport is not None and not transport.is_closing():
        transport.close()


class CappedSite(web.TCPSite):
    """A TCPSite that serves at most `cap` connections at once and closes any beyond at accept, and any
    that has not sent its first request head within `header_timeout`."""

    def __init__(
        self, runner: web.AppRunner, host: str, port: int, *, cap: int, header_timeout: float = HEADER_TIMEOUT
    ) -> None:
        super().__init__(runner, host, port)
        self.cap = cap
        self.header_timeout = header_timeout

    async def start(self) -> None:
        await web.BaseSite.start(self)  # registers the site; TCPSite.start would create the server uncapped
        server = self._runner.server
        assert server is not None

        loop = asyncio.get_running_loop()

        # aiohttp's `connections` copies every handler into a list: O(open connections) per accept, so a
        # burst of 1,000 clients paid O(1000^2); the dict behind it counts in O(1)
        handlers = getattr(server, "_connections", None)

        def open_connections() -> int:
            return len(handlers) if handlers is not None else len(server.connections)

        def protocol() -> asyncio.BaseProtocol:
            if open_connections() >= self.cap:
                return _Refused()
            handler = server()
            loop.call_later(self.header_timeout, _first_request_due, handler)
            return handler

        self._server = await loop.create_server(protocol, self._host, self._port, backlog=BACKLOG)
        self._bound_port = self._server.sockets[0].getsockname()[1] if self._server.sockets else self._port
