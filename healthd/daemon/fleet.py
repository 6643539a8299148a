"""The fleet view read like a probe: one bounded query per round, never raising; and the fleet's pin file.

Bounds: the query's deadline is fleet.timeout (at most daemon.timeout, so it fits the round), the
answer is read up to MAX_ANSWER_BYTES, and anything wrong (refused, slow, garbage, huge, an error
answer) becomes a `fleet view unavailable: ...` reason. The last good view is kept for
daemon.stale_after seconds; after that the round has no fleet data rather than an old one.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import time
from collections.abc import Mapping
from typing import Any

import aiohttp

from healthd.config.selector import parse_selector
from healthd.config.types import FleetSettings
from healthd.core import fleet as core
from healthd.core.pin import MAX_PIN_FILE_BYTES, PinError, parse_pin_file
from healthd.model import HysteresisState, Pin
from healthd.token_file import NotRegularFile, TokenFileError, read_small_file, read_token

log = logging.getLogger("healthd.fleet")

TOKEN_FILE_ENV = "HEALTHD_FLEET_TOKEN_FILE"
MAX_ANSWER_BYTES = 1 << 20  # about 2 series per target: 1 MiB is thousands of targets


def new_member_id() -> str:
    """Random per start: 16 hex digits, so it needs no quoting and never collides in a fleet."""
    return secrets.token_hex(8)


class FleetReader:
    """Reads the fleet view of one `fleet:` section for one member id."""

    def __init__(
        self, settings: FleetSettings, member_id: str, env: Mapping[str, str], keep_seconds: float, timeout: float
    ) -> None:
        self.settings = settings
        self.timeout = timeout
        self.member_id = member_id
        self.keep_seconds = keep_seconds
        self._selector = parse_selector(settings.selector)
        self._queries: dict[float, tuple[str, str]] = {}  # freshness -> (targets, warm start): built once
        self._last: core.FleetView | None = None
        self._headers: dict[str, str] = {}
        self._token_error: str | None = None
        try:
            token = read_token(env, TOKEN_FILE_ENV)
        except TokenFileError as exc:
            self._token_error = str(exc)
            log.error("fleet_token_refused", extra={"why": str(exc)})
        else:
            if token is not None:
                self._headers["Authorization"] = f"Bearer {token}"

    def _promql(self, fresh_seconds: float) -> tuple[str, str]:
        """(the targets query, the warm-start query) for this freshness: the selector and id never change."""
        queries = self._queries.get(fresh_seconds)
        if queries is None:
            queries = self._queries[fresh_seconds] = (
                core.targets_query(self._selector, self.member_id, fresh_seconds),
                core.warm_start_query(self._selector, self.member_id, fresh_seconds),
            )
        return queries

    async def _query(self, session: aiohttp.ClientSession, promql: str) -> Any:
        """POST /api/v1/query, the body capped (the deadline is _bounded's); the parsed JSON, or an exception."""
        assert self.settings.prometheus is not None
        url = self.settings.prometheus.rstrip("/") + "/api/v1/query"
        async with session.post(url, data={"query": promql}, headers=self._headers, allow_redirects=False) as response:
            if response.status not in (200, 400, 422):  # 400/422 carry Prometheus's own error document
                raise core.FleetAnswerError(f"HTTP {response.status}")
            chunks, size = [], 0
            async for chunk in response.content.iter_chunked(64 * 1024):
                size += len(chunk)
                if size > MAX_ANSWER_BYTES:
                    raise core.FleetAnswerError(f"answer larger than {MAX_ANSWER_BYTES} bytes")
                chunks.append(chunk)
        try:
            return json.loads(b"".join(chunks))
        except (ValueError, UnicodeDecodeError):
            raise core.FleetAnswerError("the answer is not JSON") from None

    async def _bounded(self, session: aiohttp.ClientSession, promql: str) -> tuple[Any, str | None]:
        """(answer, None) or (None, why): never raises, never outlives fleet.timeout."""
        if self._token_error is not None:
            return None, "token file refused"
        try:
            return await asyncio.wait_for(self._query(session, promql), self.timeout), None
        except asyncio.CancelledError:
            raise
        except TimeoutError:
            return None, f"no answer within {self.timeout:g}s"
        except core.FleetAnswerError as exc:
            return None, str(exc)
        except aiohttp.ClientError as exc:
            return None, type(exc).__name__ + (f": {exc}"[:160] if str(exc) else "")
        except Exception as exc:  # a bug must not end the round: it is a reason, and a log line
            log.exception("fleet_query_failed")
            return None, f"internal error: {type(exc).__name__}"

    async def view(
        self, session: aiohttp.ClientSession, fresh_seconds: float
    ) -> tuple[core.FleetView | None, str | None]:
        """This round's fleet view and, when it could not be read, why (the cached view, if young enough)."""
        now = time.time()
        doc, why = await self._bounded(session, self._promql(fresh_seconds)[0])
        if doc is not None:
            try:
                self._last = core.parse_targets(doc, now)
                return self._last, None
            except core.FleetAnswerError as exc:
                why = str(exc)
        if self._last is not None and now - self._last.at > self.keep_seconds:
            self._last = None
        age = f"; the view from {now - self._last.at:.0f}s ago is used" if self._last is not None else ""
        log.warning("fleet_view_unavailable", extra={"why": why})
        return self._last, f"fleet view unavailable: {why}{age}"

    async def warm_start(
        self, session: aiohttp.ClientSession, fresh_seconds: float, strategies: tuple[str, ...]
    ) -> tuple[HysteresisState | None, str | None]:
        """The state a fresh instance starts from, by its unpinned fresh peers; (None, why) when cold."""
        doc, why = await self._bounded(session, self._promql(fresh_seconds)[1])
        if doc is not None:
            try:
                return core.warm_start(core.parse_warm_start(doc), strategies, self.settings.min_peers)
            except core.FleetAnswerError as exc:
                why = str(exc)
        return None, f"warm start skipped: fleet view unavailable: {why}"


def read_pin_file(path: str, strategies: tuple[str, ...], now: float) -> tuple[Pin | None, str | None]:
    """(the file's pin or None, why it was refused or None). Missing = released. Never blocks, never raises.

    A FIFO put there cannot hang the round (token_file.read_small_file); at most MAX_PIN_FILE_BYTES + 1 bytes
    are read.
    """
    try:
        body = read_small_file(path, MAX_PIN_FILE_BYTES)
    except FileNotFoundError:
        return None, None
    except NotRegularFile:
        return None, "fleet pin file refused: not a regular file"
    except OSError as exc:
        return None, f"fleet pin file refused: cannot read: {exc.strerror}"
    try:
        return parse_pin_file(body, strategies, now), None
    except PinError as exc:
        return None, f"fleet pin file refused: {exc}"
