"""POST /diagnose: the log as the request body, the same answer as `healthd diagnose` (so a workflow's
failure step needs nothing but curl).

The event loop only copies bytes: the body is streamed, 64 KiB at a time, into a child process that matches
it (healthd.daemon.diagnose_worker: a CPU-time budget per log, a wall-clock backstop, at most SLOTS logs in
flight; beyond them 503 with Retry-After, before the body is read). The body has its own cap (the app's
client_max_size stays tiny for every other route), counted after any Content-Encoding, and its own
timeouts: BODY_IDLE_TIMEOUT between chunks, BODY_TIMEOUT for the whole upload.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

from healthd.core.render import strategy_document
from healthd.daemon.board import Board
from healthd.daemon.diagnose_worker import Overbudget, Workers
from healthd.diagnose.report import CONTENT_TYPES, FORMATS, health_lines, render

MAX_BODY_BYTES = 10 * 1024 * 1024
CHUNK_BYTES = 64 * 1024
BODY_IDLE_TIMEOUT = 10.0  # seconds the client may send nothing mid-body
BODY_TIMEOUT = 60.0  # seconds for the whole body (10 MiB at 175 KiB/s)
RETRY_AFTER = "5"


def _strategy_now(board: Board) -> dict[str, Any] | None:
    rendered = board.latest
    return None if rendered is None else strategy_document(rendered.snapshot, rendered.snapshot.is_stale(time.time()))


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    body = json.dumps({"error": message}).encode() + b"\n"
    response = web.Response(status=status, body=body, content_type="application/json", headers=headers)
    response.force_close()  # the rest of an unread body is not worth reading
    return response


def _too_large() -> web.Response:
    return _error(413, f"the log exceeds {MAX_BODY_BYTES // (1024 * 1024)} MiB; send its tail")


def diagnose_handler(board: Board, workers: Workers) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def diagnose(request: web.Request) -> web.Response:
        fmt = request.query.get("format", "json")
        if fmt not in FORMATS:
            return _error(400, f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        if (request.content_length or 0) > MAX_BODY_BYTES:
            return _too_large()
        if not workers.try_acquire():
            busy = f"{workers.slots} diagnoses in flight already; try again shortly"
            return _error(503, busy, {"Retry-After": RETRY_AFTER})
        session = workers.session()
        try:
            received, deadline = 0, asyncio.get_running_loop().time() + BODY_TIMEOUT
            while True:
                left = min(BODY_IDLE_TIMEOUT, deadline - asyncio.get_running_loop().time())
                if left <= 0:
                    raise TimeoutError
                chunk = await asyncio.wait_for(request.content.read(CHUNK_BYTES), left)  # at most 64 KiB held
                if not chunk:
                    break
                received += len(chunk)
                if received > MAX_BODY_BYTES:
                    return _too_large()
                await session.feed(chunk)
            diagnosis = await session.finish()
        except TimeoutError:
            return _error(
                408, f"the log did not arrive in time (idle {BODY_IDLE_TIMEOUT:g} s, whole {BODY_TIMEOUT:g} s)"
            )
        except (HttpProcessingError, web.RequestPayloadError) as exc:  # a Content-Encoding the body does not hold
            return _error(400, f"the body cannot be read: {type(exc).__name__}")
        except Overbudget as exc:
            return _error(422, f"this log is too costly to diagnose here ({exc}); run `healthd diagnose` on it")
        finally:
            session.close()
        health = health_lines(_strategy_now(board), diagnosis.cause) if fmt != "json" else []
        return web.Response(text=render(diagnosis, fmt, health), content_type=CONTENT_TYPES[fmt], charset="utf-8")

    return diagnose


def install(app: web.Application, board: Board) -> None:
    """POST /diagnose on `app`, its workers killed at the app's cleanup."""
    workers = Workers()

    async def close(_: web.Application) -> None:
        await workers.close()

    app.on_cleanup.append(close)
    app.router.add_post("/diagnose", diagnose_handler(board, workers))
