"""POST /diagnose: the log as the request body, the same answer as `healthd diagnose` (so a workflow's
failure step needs nothing but curl). The body is streamed through the matcher with its own cap (the app's
client_max_size stays tiny for every other route), and the matching runs in a worker thread."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from healthd.core.render import strategy_document
from healthd.daemon.board import Board
from healthd.diagnose.report import CONTENT_TYPES, FORMATS, health_lines, render

MAX_BODY_BYTES = 10 * 1024 * 1024
BATCH_BYTES = 1 << 20  # handed to the worker thread at once


def _strategy_now(board: Board) -> dict[str, Any] | None:
    rendered = board.latest
    return None if rendered is None else strategy_document(rendered.snapshot, rendered.snapshot.is_stale(time.time()))


def _too_large() -> web.Response:
    return web.Response(status=413, text=f"the log exceeds {MAX_BODY_BYTES // (1024 * 1024)} MiB; send its tail\n")


def diagnose_handler(board: Board) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def diagnose(request: web.Request) -> web.Response:
        from healthd.diagnose.matcher import Scanner  # the catalog and its automaton load on first use, not at start

        fmt = request.query.get("format", "json")
        if fmt not in FORMATS:
            return web.Response(status=400, text=f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}\n")
        if (request.content_length or 0) > MAX_BODY_BYTES:
            return _too_large()
        scanner, received, pending = Scanner(), 0, bytearray()
        async for chunk in request.content.iter_chunked(64 * 1024):
            received += len(chunk)
            if received > MAX_BODY_BYTES:
                return _too_large()
            pending += chunk
            if len(pending) >= BATCH_BYTES:
                await asyncio.to_thread(scanner.feed, bytes(pending))
                pending.clear()
        await asyncio.to_thread(scanner.feed, bytes(pending))
        diagnosis = await asyncio.to_thread(scanner.finish)
        health = health_lines(_strategy_now(board), diagnosis.cause) if fmt != "json" else []
        return web.Response(text=render(diagnosis, fmt, health), content_type=CONTENT_TYPES[fmt], charset="utf-8")

    return diagnose
