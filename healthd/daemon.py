"""`healthd serve`: scheduler + HTTP server in one event loop, with SIGHUP reload and SIGTERM stop."""

from __future__ import annotations

import asyncio
import logging
import signal
from pathlib import Path

from aiohttp import web

from healthd.config import ConfigError, load_config, parse_listen
from healthd.scheduler import Scheduler
from healthd.server import create_app

log = logging.getLogger("healthd.daemon")


def reload(scheduler: Scheduler, path: Path) -> bool:
    """Loads the config again; a bad file is refused and logged, and the running config stays."""
    try:
        config = load_config(path)
    except ConfigError as exc:
        scheduler.refuse_config(str(exc))
        log.error("config_reload_refused", extra={"file": str(path), "errors": str(exc)})
        return False
    if config.daemon.listen != scheduler.config.daemon.listen:
        log.warning("listen_change_needs_restart", extra={"listen": scheduler.config.daemon.listen})
    scheduler.replace_config(config)
    log.info("config_reloaded", extra={"file": str(path)})
    return True


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
            await scheduler.run(stop)
            log.info("stopping")
        finally:
            await runner.cleanup()
