"""`healthd serve`: scheduler + HTTP server in one event loop, with SIGHUP reload and SIGTERM stop.

`python -m healthd.daemon` is the lean entry `healthd serve` execs into: no typer, no pydantic.
It takes its settings from the environment: HEALTHD_CONFIG, HEALTHD_LISTEN, HEALTHD_LOG_JSON (1/0),
HEALTHD_LOG_LEVEL, HEALTHD_ADMIN_TOKEN_FILE (healthd.admin).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from pathlib import Path

from aiohttp import web

from healthd import admin
from healthd.config import ConfigError, ConfigSource, default_config_path, parse_listen
from healthd.logs import setup_logging
from healthd.metrics import Metrics
from healthd.resources import CappedSite, connection_cap, quiet_accept_errors, raise_descriptor_limit
from healthd.scheduler import Scheduler
from healthd.server import create_app

log = logging.getLogger("healthd.daemon")


def assemble(
    scheduler: Scheduler, source: ConfigSource | None = None, admin_token: str | None = None
) -> web.Application:
    """The HTTP app over the scheduler's board, with metrics fed by every round it publishes.

    With an admin token, the admin endpoints too (healthd.admin); without, they do not exist.
    """
    metrics = Metrics(source)
    scheduler.board.subscribe(metrics.observe_round)
    app = create_app(scheduler.board, metrics, source)
    if admin_token is not None:
        admin.install(app, scheduler, metrics, admin_token)
    return app


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
    token = admin.read_token(os.environ)
    _, descriptors = raise_descriptor_limit()
    quiet_accept_errors()
    cap = connection_cap(descriptors, source.config.daemon.concurrency)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    async with Scheduler(source.config) as scheduler:
        runner = web.AppRunner(assemble(scheduler, source, token), access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await CappedSite(runner, host, port, cap=cap).start()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, stop.set)
            loop.add_signal_handler(signal.SIGHUP, reload, scheduler, source)
            log.info(
                "listening",
                extra={"host": host, "port": port, "config": str(path), "max_connections": cap, "admin": bool(token)},
            )
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
    except admin.AdminTokenError as exc:
        print(f"healthd: admin token refused: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:  # a port in use, a bad listen address
        print(f"healthd: cannot serve: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
