"""HTTP API. Handlers hand out the bytes the last round rendered: no probing, no serializing.

Handlers read only what was published: the Board (the latest rendered round) and the ConfigSource's
reload status; never the scheduler or the running config.
"""

from __future__ import annotations

import json
import time

from aiohttp import web

from healthd.daemon import diagnose_route
from healthd.daemon.board import Board
from healthd.daemon.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from healthd.daemon.metrics import Metrics
from healthd.daemon.page import StatusPage
from healthd.daemon.source import ConfigSource, ReloadStatus
from healthd.daemon.state import StateStore
from healthd.formats import FORMATS, MIRROR_FORMATS

BOARD = web.AppKey("board", Board)
METRICS = web.AppKey("metrics", Metrics)
SOURCE = web.AppKey[ConfigSource | None]("source")  # a union is no class: given as the type argument
PAGE = web.AppKey("page", StatusPage)
STATE = web.AppKey[StateStore | None]("state")
HISTORY_FORMATS = ("json",)


def _warming_up() -> web.Response:
    # The first round may end any moment (at the latest daemon.timeout after the start): ask again soon,
    # or clients that honour Retry-After (curl --retry) would wait out their whole budget.
    body = json.dumps({"error": "warming up: no probe round has completed yet"}).encode() + b"\n"
    return web.Response(status=503, body=body, content_type="application/json", headers={"Retry-After": "1"})


def _answer(request: web.Request, fmt: str) -> web.Response:
    """The last round's body in `fmt` ("probes" included), fresh or stale, flagged in a header."""
    board = request.app[BOARD]
    rendered = board.latest
    if rendered is None:
        return _warming_up()
    stale = rendered.snapshot.is_stale(time.time())
    return web.Response(
        body=rendered.bodies[(fmt, stale)],
        content_type=FORMATS.get(fmt, "application/json"),
        charset="utf-8",
        headers={"X-Healthd-Stale": "true" if stale else "false"},
    )


async def strategy(request: web.Request) -> web.Response:
    fmt = request.query.get("format", "json")
    if fmt not in FORMATS:
        return web.Response(status=400, text=f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}\n")
    return _answer(request, fmt)


async def probes(request: web.Request) -> web.Response:
    return _answer(request, "probes")


async def mirrors(request: web.Request) -> web.Response:
    """The last round's healthy mirrors as the file a tool reads (?format=, &registry=)."""
    fmt, registry = request.query.get("format", "buildkitd"), request.query.get("registry", "")
    if fmt not in MIRROR_FORMATS:
        return web.Response(status=400, text=f"unknown format {fmt!r}; use one of {', '.join(MIRROR_FORMATS)}\n")
    rendered = request.app[BOARD].latest
    if rendered is None:
        return _warming_up()
    body = rendered.mirrors.get((fmt, registry))
    if body is None:
        known = ", ".join(r for f, r in rendered.mirrors if f == "hosts-toml") or "none configured"
        return web.Response(status=404, text=f"no {fmt} answer for registry {registry!r}; registries: {known}\n")
    stale = rendered.snapshot.is_stale(time.time())
    headers = {"X-Healthd-Stale": "true" if stale else "false"}
    return web.Response(body=body, content_type=MIRROR_FORMATS[fmt], charset="utf-8", headers=headers)


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok\n")


async def readyz(request: web.Request) -> web.Response:
    rendered = request.app[BOARD].latest
    if rendered is None:
        return web.Response(status=503, text="not ready: no probe round has completed yet\n")
    now = time.time()
    age = now - rendered.snapshot.finished_at
    if rendered.snapshot.is_stale(now):
        return web.Response(status=503, text=f"not ready: last round is stale ({age:.0f}s old)\n")
    text = f"ready: last round {age:.0f}s ago\n"
    source = request.app[SOURCE]
    status = source.status if source is not None else ReloadStatus()
    if not status.ok:  # still ready: the previous config keeps running
        text += f"last config reload refused, previous config kept:\n{status.error}\n"
    if status.needs_restart:
        text += f"config reloaded, but needs a restart: {status.needs_restart}\n"
    state = request.app[STATE]
    if state is not None and state.note:  # still ready: the answers are good, only a restart would lose them
        text += f"{state.note}\n"
    return web.Response(text=text)


def _people(request: web.Request, body: str, content_type: str) -> web.Response:
    """The status page's body of the last round (page or badge), fresh or stale."""
    page = request.app[PAGE]
    if page.snapshot is None:
        return _warming_up()
    stale = page.snapshot.is_stale(time.time())
    return web.Response(
        body=page.bodies[(body, stale)],
        content_type=content_type,
        charset="utf-8",
        headers={"X-Healthd-Stale": "true" if stale else "false", "Cache-Control": "no-cache"},
    )


async def status_page(request: web.Request) -> web.Response:
    return _people(request, "page", "text/html")


async def badge(request: web.Request) -> web.Response:
    return _people(request, "badge", "image/svg+xml")


async def history(request: web.Request) -> web.Response:
    """The last rounds, oldest first; `?limit=N` (1 up to the ring's capacity, the default) keeps the newest N."""
    ring = request.app[PAGE].history
    fmt, limit = request.query.get("format", "json"), request.query.get("limit", str(ring.capacity))
    if fmt not in HISTORY_FORMATS:
        return web.Response(status=400, text=f"unknown format {fmt!r}; use one of {', '.join(HISTORY_FORMATS)}\n")
    # isascii: str.isdigit takes "²" (int() does not); the length: int() refuses 4,301 digits and more
    if not (limit.isascii() and limit.isdigit() and len(limit) <= 9) or not 1 <= int(limit) <= ring.capacity:
        return web.Response(status=400, text=f"limit must be a whole number from 1 to {ring.capacity}\n")
    return web.Response(body=ring.document(int(limit)), content_type="application/json", charset="utf-8")


async def exposition(request: web.Request) -> web.Response:
    return web.Response(body=request.app[METRICS].exposition(), headers={"Content-Type": METRICS_CONTENT_TYPE})


def create_app(
    board: Board,
    metrics: Metrics,
    source: ConfigSource | None = None,
    page: StatusPage | None = None,
    state: StateStore | None = None,
) -> web.Application:
    """The HTTP app over a board; `metrics` and `page` are fed by the board's rounds where the daemon is assembled."""
    # no route reads a body through client_max_size (POST /diagnose streams its own, with its own cap);
    # the one middleware is the metrics' single histogram observe
    app = web.Application(client_max_size=1024, middlewares=[metrics.middleware])
    app[BOARD] = board
    app[METRICS] = metrics
    app[SOURCE] = source
    app[STATE] = state
    app.router.add_get("/strategy", strategy)
    app.router.add_get("/probes", probes)
    app.router.add_get("/mirrors", mirrors)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", exposition)
    diagnose_route.install(app, board)
    if page is not None:
        app[PAGE] = page
        app.router.add_get("/", status_page)
        app.router.add_get("/badge.svg", badge)
        app.router.add_get("/history", history)
    return app
