"""Structured logs: one line per event, `event key=value ...` or one JSON object per line."""

from __future__ import annotations

import json
import logging
import math
import sys
import time
from collections.abc import Callable
from typing import Any

_STANDARD = set(vars(logging.makeLogRecord({})))


class _Formatter(logging.Formatter):
    def __init__(self, as_json: bool) -> None:
        super().__init__()
        self.as_json = as_json

    def format(self, record: logging.LogRecord) -> str:
        fields = {k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")}
        ts = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z"
        message = record.getMessage()
        if record.exc_info:
            fields["exception"] = self.formatException(record.exc_info)
        if self.as_json:
            return json.dumps(
                {"ts": ts, "level": record.levelname.lower(), "logger": record.name, "event": message, **fields},
                default=str,
            )
        pairs = " ".join(f"{k}={_quote(v)}" for k, v in fields.items())
        return f"{ts} {record.levelname:<7} {message}{' ' + pairs if pairs else ''}"


def _quote(value: Any) -> str:
    text = str(value)
    return json.dumps(text) if (not text or any(c in text for c in ' "=\n')) else text


LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def parse_level(name: str) -> int:
    """'info' -> logging.INFO; raises ValueError naming the allowed levels."""
    if name.upper() not in LEVELS:
        raise ValueError(f"log level must be one of {', '.join(LEVELS)}, got {name!r}")
    return logging.getLevelNamesMapping()[name.upper()]


class MalformedRequests(logging.Filter):
    """aiohttp logs each malformed request (a client's fault) at ERROR with a full traceback, or, when the
    first request of a connection has a bad method (TLS or other non-HTTP bytes), at DEBUG (3.10.6 and later).

    Here each becomes one INFO line `malformed_request peer=... error=...`, at most one per `every`
    seconds; the next one says how many were suppressed. A handler's own exception stays an ERROR.
    """

    def __init__(self, every: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.throttle = Throttle(every, clock)

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if type(exc).__module__ != "aiohttp.http_exceptions":
            # not a parse error of the request: as the root's level says (this logger is at DEBUG so that
            # aiohttp's debug records, a first request's bad method among them, reach this filter at all)
            return logging.getLogger().isEnabledFor(record.levelno)
        suppressed = self.throttle.allow()
        if suppressed is None:
            return False
        peer = record.getMessage().rpartition(" from ")[2] if " from " in record.getMessage() else ""
        detail = " ".join(str(getattr(exc, "message", "") or exc).split())[:200]
        record.levelno, record.levelname = logging.INFO, "INFO"
        record.msg, record.args, record.exc_info, record.exc_text = "malformed_request", (), None, None
        record.peer, record.error = peer, f"{type(exc).__name__}: {detail}"
        record.suppressed = suppressed
        return logging.getLogger().isEnabledFor(logging.INFO)


class Throttle:
    """At most one line per `every` seconds for an event that may come in floods; the next one says how many
    were suppressed (a handler's exception: 1,000 requests once wrote 1.2 MB of tracebacks in 1.4 s)."""

    def __init__(self, every: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.every = every
        self.clock = clock
        self.next_at = -math.inf
        self.suppressed = 0

    def allow(self) -> int | None:
        """None if this one is suppressed, else how many were since the last one allowed."""
        now = self.clock()
        if now < self.next_at:
            self.suppressed += 1
            return None
        suppressed, self.suppressed, self.next_at = self.suppressed, 0, now + self.every
        return suppressed


def log_failure(logger: logging.Logger, throttle: Throttle, event: str, exc: BaseException, **fields: Any) -> None:
    """One ERROR line for an unexpected exception (its type, message, and where it was raised), throttled;
    the full traceback only at DEBUG."""
    suppressed = throttle.allow()
    if suppressed is None:
        return
    frame = exc.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    where = f"{frame.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.tb_lineno}" if frame else ""
    detail = " ".join(str(exc).split())[:200]
    extra = {**fields, "error": f"{type(exc).__name__}: {detail}", "where": where, "suppressed": suppressed}
    logger.error(event, extra=extra, exc_info=exc if logger.isEnabledFor(logging.DEBUG) else None)


def setup_logging(as_json: bool = False, level: str = "INFO") -> None:
    """Raises ValueError for an unknown level, before touching any logger."""
    root_level = parse_level(level)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter(as_json))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(root_level)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    server = logging.getLogger("aiohttp.server")
    server.setLevel(logging.DEBUG)  # every record reaches the filter, which applies the root's level itself
    server.filters[:] = [MalformedRequests()]
