"""`healthd serve`: scheduler + HTTP server in one event loop, with SIGHUP reload and SIGTERM stop.

`python -m healthd.daemon` is the lean entry `healthd serve` execs into: no typer, no pydantic.
It takes its settings from the environment: HEALTHD_CONFIG, HEALTHD_LISTEN, HEALTHD_LOG_JSON (1/0),
HEALTHD_LOG_LEVEL.
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

from healthd.config import ConfigError, default_config_path, load_config, parse_listen
from healthd.logs import setup_logging
from healthd.scheduler import Scheduler
from healthd.server import create_app

log = logging.getLogger("healthd.daemon")


def reload(scheduler: Scheduler, path: Path) -> None:
    """Loads the config again; a bad file is refused and logged, and the running config stays."""
    try:
        config = load_config(path)
    except ConfigError as exc:
        scheduler.refuse_config(str(exc))
        log.error("config_reload_refused", extra={"file": str(path), "errors": str(exc)})
        return
    if config.daemon.listen != scheduler.config.daemon.listen:
        log.warning("listen_change_needs_restart", extra={"listen": scheduler.config.daemon.listen})
    scheduler.replace_config(config)
    log.info("config_reloaded", extra={"file": str(path)})


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
    config = load_config(path)
    host, port = parse_listen(listen or config.daemon.listen)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    async with Scheduler(config) as scheduler:
        runner = web.AppRunner(create_app(scheduler), access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.TCPSite(runner, host, port).start()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, stop.set)
            loop.add_signal_handler(signal.SIGHUP, reload, scheduler, path)
            log.info("listening", extra={"host": host, "port": port, "config": str(path)})
            await _until_stopped(scheduler.run(stop), stop)
            log.info("stopping")
        finally:
            await runner.cleanup()


def main() -> int:
    setup_logging(os.environ.get("HEALTHD_LOG_JSON") == "1", os.environ.get("HEALTHD_LOG_LEVEL", "INFO"))
    try:
        asyncio.run(serve(default_config_path(), os.environ.get("HEALTHD_LISTEN") or None))
    except ConfigError as exc:
        print(f"healthd: config refused:\n{exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:  # a port in use, a bad listen address
        print(f"healthd: cannot serve: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
