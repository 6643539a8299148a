"""HTTP API. Handlers hand out the bytes the last round rendered: no probing, no serializing."""

from __future__ import annotations

import json
import time

from aiohttp import web

from healthd.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from healthd.metrics import Metrics
from healthd.render import CONTENT_TYPES, FORMATS
from healthd.scheduler import Scheduler

SCHEDULER = web.AppKey("scheduler", Scheduler)
METRICS = web.AppKey("metrics", Metrics)


def _warming_up(scheduler: Scheduler) -> web.Response:
    # The first round may end any moment (at the latest daemon.timeout after the start): ask again soon,
    # or clients that honour Retry-After (curl --retry) would wait out their whole budget.
    retry = "1"
    body = json.dumps({"error": "warming up: no probe round has completed yet"}).encode() + b"\n"
    return web.Response(status=503, body=body, content_type="application/json", headers={"Retry-After": retry})


async def strategy(request: web.Request) -> web.Response:
    scheduler = request.app[SCHEDULER]
    fmt = request.query.get("format", "json")
    if fmt not in FORMATS:
        return web.Response(status=400, text=f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}\n")
    rendered = scheduler.latest
    if rendered is None:
        return _warming_up(scheduler)
    stale = scheduler.is_stale(rendered)
    return web.Response(
        body=rendered.bodies[(fmt, stale)],
        content_type=CONTENT_TYPES[fmt],
        charset="utf-8",
        headers={"X-Healthd-Stale": "true" if stale else "false"},
    )


async def probes(request: web.Request) -> web.Response:
    scheduler = request.app[SCHEDULER]
    rendered = scheduler.latest
    if rendered is None:
        return _warming_up(scheduler)
    return web.Response(body=rendered.bodies[("probes", scheduler.is_stale(rendered))], content_type="application/json")


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok\n")


async def readyz(request: web.Request) -> web.Response:
    scheduler = request.app[SCHEDULER]
    rendered = scheduler.latest
    if rendered is None:
        return web.Response(status=503, text="not ready: no probe round has completed yet\n")
    age = time.time() - rendered.snapshot.finished_at
    if scheduler.is_stale(rendered):
        return web.Response(status=503, text=f"not ready: last round is stale ({age:.0f}s old)\n")
    text = f"ready: last round {age:.0f}s ago\n"
    if not scheduler.reload_status.ok:  # still ready: the previous config keeps running
        text += f"last config reload refused, previous config kept:\n{scheduler.reload_status.error}\n"
    if scheduler.reload_status.needs_restart:
        text += f"config reloaded, but needs a restart: {scheduler.reload_status.needs_restart}\n"
    return web.Response(text=text)


async def metrics(request: web.Request) -> web.Response:
    return web.Response(body=request.app[METRICS].exposition(), headers={"Content-Type": METRICS_CONTENT_TYPE})


def create_app(scheduler: Scheduler) -> web.Application:
    observed = Metrics(scheduler)
    # healthd takes no request bodies; the one middleware is the metrics' single histogram observe
    app = web.Application(client_max_size=1024, middlewares=[observed.middleware])
    app[SCHEDULER] = scheduler
    app[METRICS] = observed
    app.router.add_get("/strategy", strategy)
    app.router.add_get("/probes", probes)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)
    return app
