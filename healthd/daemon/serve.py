"""`healthd serve`: scheduler + HTTP server in one event loop, with SIGHUP reload and SIGTERM stop.

`python -m healthd.daemon` is the lean entry `healthd serve` execs into: no typer, no pydantic.
It takes its settings from the environment: HEALTHD_CONFIG, HEALTHD_LISTEN, HEALTHD_LOG_JSON (1/0),
HEALTHD_LOG_LEVEL, HEALTHD_ADMIN_TOKEN_FILE (healthd.daemon.admin), HEALTHD_STATE_DIR (over daemon.state_dir;
`none`: memory only).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from aiohttp import web

from healthd.config.load import ConfigError
from healthd.config.paths import default_config_path
from healthd.config.types import parse_listen
from healthd.daemon import admin
from healthd.daemon.logs import parse_level, setup_logging
from healthd.daemon.metrics import Metrics
from healthd.daemon.page import StatusPage
from healthd.daemon.reload import Reloader
from healthd.daemon.resources import (
    IDLE_TIMEOUT,
    SHUTDOWN_TIMEOUT,
    CappedSite,
    connection_cap,
    quiet_accept_errors,
    raise_descriptor_limit,
    tune_gc,
)
from healthd.daemon.scheduler import Scheduler
from healthd.daemon.server import create_app
from healthd.daemon.source import ConfigSource
from healthd.daemon.state import Restored, StateStore, state_dir
from healthd.token_file import TokenFileError, read_token

log = logging.getLogger("healthd.daemon")


def assemble(
    scheduler: Scheduler,
    source: ConfigSource | None = None,
    admin_token: str | None = None,
    state: StateStore | None = None,
    restored: Restored | None = None,
) -> web.Application:
    """The HTTP app over the scheduler's board, with metrics and the status page fed by every round it publishes.

    With an admin token, the admin endpoints too (healthd.daemon.admin); without, they do not exist.
    With a state store, every round is written to it too, and `restored`'s history fills the status page.
    """
    metrics = Metrics(source)
    scheduler.board.subscribe(metrics.observe_round)
    page = StatusPage(scheduler.config.daemon.history)  # its size is read once: a change needs a restart
    if restored is not None:
        page.history.restore(restored.marks)
    scheduler.board.subscribe(page.observe)
    if state is not None:
        scheduler.board.subscribe(state.observe)
    app = create_app(scheduler.board, metrics, source, page, state)
    if admin_token is not None:
        admin.install(app, scheduler.board, scheduler.pins, scheduler.on_demand, metrics, admin_token)
    return app


async def _until_stopped(rounds: Coroutine[Any, Any, None], stop: asyncio.Event) -> None:
    """Runs the rounds until `stop` is set, then cancels the round in flight rather than waiting it out
    (a 15 s probe would outlive `docker stop`'s 10 s grace)."""
    task = asyncio.create_task(rounds)
    stopped = asyncio.create_task(stop.wait())
    await asyncio.wait((task, stopped), return_when=asyncio.FIRST_COMPLETED)
    for pending in (task, stopped):
        pending.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def serve(path: Path, listen: str | None = None) -> None:
    """Runs until SIGTERM or SIGINT. Raises ConfigError if the initial config is bad."""
    source = ConfigSource(path)
    serving_listen = listen or source.config.daemon.listen
    host, port = parse_listen(serving_listen)
    token = read_token(os.environ)
    _, descriptors = raise_descriptor_limit()
    quiet_accept_errors()
    cap = connection_cap(descriptors, source.config.daemon.concurrency)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    state = StateStore(source.config.daemon.history)
    directory = state_dir(source.config.daemon.state_dir, os.environ)
    await asyncio.to_thread(state.open, directory)
    try:  # the store's writer thread and file are closed whatever fails after it opened
        restored = await asyncio.to_thread(state.load, source.config.daemon.stale_after)
        tune_gc()  # after the config and the restored ring: they are frozen out of the collector
        async with Scheduler(source.config) as scheduler:
            scheduler.restore(restored)  # before the first round; a warm start may follow where it restored nothing
            app = assemble(scheduler, source, token, state, restored)
            runner = web.AppRunner(
                app,
                access_log=None,
                handle_signals=False,
                keepalive_timeout=IDLE_TIMEOUT,  # idle keep-alives; aiohttp >= 3.11 also times the first request
                shutdown_timeout=SHUTDOWN_TIMEOUT,  # SIGTERM cancels a slow upload after this, not after 60 s
                handler_cancellation=True,  # a client gone mid-request stops its handler (and frees its slot)
            )
            await runner.setup()
            try:
                site = CappedSite(runner, host, port, cap=cap)
                await site.start()
                for sig in (signal.SIGTERM, signal.SIGINT):
                    loop.add_signal_handler(sig, stop.set)
                from_file = None if os.environ.get("HEALTHD_STATE_DIR") else source.config.daemon.state_dir
                reloader = Reloader(
                    scheduler, source, serving_listen, bool(listen), site, descriptors, app.get(admin.TOKEN), from_file
                )
                loop.add_signal_handler(signal.SIGHUP, reloader.request)
                log.info(
                    "listening",
                    extra={
                        "host": host,
                        "port": port,
                        "config": str(path),
                        "max_connections": cap,
                        "admin": bool(token),
                    },
                )
                await _until_stopped(scheduler.run(stop), stop)
                log.info("stopping")
            finally:
                await runner.cleanup()
    finally:
        await state.close()


def _settings(env: dict[str, str]) -> tuple[bool, str, str | None]:
    """(log as JSON, log level, listen override) from the environment; ValueError names the bad setting."""
    as_json = env.get("HEALTHD_LOG_JSON", "0")
    if as_json not in ("0", "1"):
        raise ValueError(f"HEALTHD_LOG_JSON must be 0 or 1, got {as_json!r}")
    level = env.get("HEALTHD_LOG_LEVEL", "INFO")
    listen = env.get("HEALTHD_LISTEN") or None
    for what, check, value in (
        ("--log-level / HEALTHD_LOG_LEVEL", parse_level, level),
        ("--listen / HEALTHD_LISTEN", parse_listen, listen),
    ):
        try:
            if value is not None:
                check(value)
        except ValueError as exc:
            raise ValueError(f"{what}: {exc}") from None
    return as_json == "1", level, listen


def main() -> int:
    try:
        as_json, level, listen = _settings(dict(os.environ))
    except ValueError as exc:
        print(f"healthd: {exc}", file=sys.stderr)
        return 2
    setup_logging(as_json, level)
    try:
        asyncio.run(serve(default_config_path(), listen))
    except ConfigError as exc:
        print(f"healthd: config refused:\n{exc}", file=sys.stderr)
        return 2
    except TokenFileError as exc:
        print(f"healthd: admin token refused: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:  # a port in use, a bad daemon.listen in the config
        print(f"healthd: cannot serve: {exc}", file=sys.stderr)
        return 1
    return 0
