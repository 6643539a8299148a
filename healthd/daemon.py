"""`healthd serve`: scheduler + HTTP server in one event loop, with SIGHUP reload and SIGTERM stop.

`python -m healthd.daemon` is the lean entry `healthd serve` execs into: no typer, no pydantic.
It takes its settings from the environment: HEALTHD_CONFIG, HEALTHD_LISTEN, HEALTHD_LOG_JSON (1/0),
HEALTHD_LOG_LEVEL.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from pathlib import Path

from aiohttp import web

from healthd.config import ConfigError, ConfigSource, default_config_path, parse_listen
from healthd.logs import setup_logging
from healthd.metrics import Metrics
from healthd.page import StatusPage
from healthd.scheduler import Scheduler
from healthd.server import create_app

log = logging.getLogger("healthd.daemon")


def assemble(scheduler: Scheduler, source: ConfigSource | None = None) -> web.Application:
    """The HTTP app over the scheduler's board, with metrics and the status page fed by every round it publishes."""
    metrics = Metrics(source)
    scheduler.board.subscribe(metrics.observe_round)
    page = StatusPage(scheduler.config.daemon.history)  # its size is read once: a change needs a restart
    scheduler.board.subscribe(page.observe)
    return create_app(scheduler.board, metrics, source, page)


def reload(scheduler: Scheduler, source: ConfigSource) -> None:
    """Loads the config again; a bad file is refused and logged, and the running config stays."""
    running = source.config
    config = source.reload()
    if config is None:
        log.error("config_reload_refused", extra={"file": str(source.path), "errors": source.status.error})
        return
    if config.daemon.listen != running.daemon.listen:
        log.warning("listen_change_needs_restart", extra={"listen": running.daemon.listen})
    scheduler.replace_config(config)
    log.info("config_reloaded", extra={"file": str(source.path)})


async def serve(path: Path, listen: str | None = None) -> None:
    """Runs until SIGTERM or SIGINT. Raises ConfigError if the initial config is bad."""
    source = ConfigSource(path)
    host, port = parse_listen(listen or source.config.daemon.listen)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    async with Scheduler(source.config) as scheduler:
        runner = web.AppRunner(assemble(scheduler, source), access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.TCPSite(runner, host, port).start()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, stop.set)
            loop.add_signal_handler(signal.SIGHUP, reload, scheduler, source)
            log.info("listening", extra={"host": host, "port": port, "config": str(path)})
            await scheduler.run(stop)
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
