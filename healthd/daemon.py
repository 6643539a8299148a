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

from healthd.config import ConfigError, default_config_path, load_config, parse_listen
from healthd.logs import parse_level, setup_logging
from healthd.reload import Reloader
from healthd.scheduler import Scheduler
from healthd.server import create_app

log = logging.getLogger("healthd.daemon")


async def serve(path: Path, listen: str | None = None) -> None:
    """Runs until SIGTERM or SIGINT. Raises ConfigError if the initial config is bad."""
    config = load_config(path)
    serving_listen = listen or config.daemon.listen
    host, port = parse_listen(serving_listen)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    async with Scheduler(config) as scheduler:
        runner = web.AppRunner(create_app(scheduler), access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.TCPSite(runner, host, port).start()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, stop.set)
            reloader = Reloader(scheduler, path, serving_listen, listen_overridden=bool(listen))
            loop.add_signal_handler(signal.SIGHUP, reloader.request)
            log.info("listening", extra={"host": host, "port": port, "config": str(path)})
            await scheduler.run(stop)
            log.info("stopping")
        finally:
            await runner.cleanup()


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
    except (OSError, ValueError) as exc:  # a port in use, a bad daemon.listen in the config
        print(f"healthd: cannot serve: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
