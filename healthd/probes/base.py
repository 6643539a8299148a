"""What every probe shares: its context, its failure signal, and the runner that bounds it.

A kind's function may raise (ProbeFailure, or a transport error); `run_probe` is the one place
that turns every exception into a ProbeResult, enforces the deadline, retries within it, and
marks a correct but slow answer degraded. So a probe, as the scheduler sees it, never raises and
always returns within its target's timeout.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import re
import socket
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import aiohttp

from healthd.config.targets import Target
from healthd.core.etiquette import HostBudget
from healthd.formats import UNPRINTABLE
from healthd.model import Measure, ProbeResult, Reason, Status

log = logging.getLogger("healthd.probes")

RETRY_BACKOFF_SECONDS = 0.2
DETAIL_CHARS = 300  # a reason's detail quotes upstream text: bounded, whatever the upstream sends
_UNPRINTABLE = re.compile(UNPRINTABLE.pattern + "+")  # a run becomes one space


def one_line(text: str, limit: int = DETAIL_CHARS) -> str:
    """Upstream text as it may appear in a detail: one printable line of at most `limit` characters.

    Details reach CI logs through /strategy's reasons: no newline may start a workflow command
    (`::set-env`), no escape sequence may repaint a terminal, and no upstream can make an answer large.
    """
    text = _UNPRINTABLE.sub(" ", text[: limit * 4])
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


class ProbeFailure(Exception):
    """Raised by a kind to end its probe with a definite status and reason (and what it measured on the way)."""

    def __init__(
        self,
        reason: Reason,
        detail: str = "",
        status: Status = Status.DOWN,
        measurements: Mapping[Measure, float] | None = None,
    ) -> None:
        super().__init__(detail or str(reason))
        self.reason, self.detail, self.status = reason, one_line(detail), status
        self.measurements = measurements or {}

    def result(self, latency_seconds: float) -> ProbeResult:
        return ProbeResult(self.status, self.reason, latency_seconds, self.detail, self.measurements)


@dataclass(frozen=True, slots=True)
class ProbeContext:
    """Shared handles for one probe: the HTTP session, the environment, its deadline.

    No DNS resolver here: the dns kind borrows a c-ares channel of its own per probe from its
    loop's pool (healthd.probes.ares), and HTTP kinds resolve through the session's connector.

    `env` is the process environment (read for tokens such as ACTIONS_RUNTIME_TOKEN); `deadline` is
    in event-loop time and set by run_probe for each target; `budget` caps requests per host
    (the scheduler's, kept across rounds; None: no cap).
    """

    session: aiohttp.ClientSession
    env: Mapping[str, str] = field(default_factory=dict)
    deadline: float = 0.0
    budget: HostBudget | None = None
    previous: ProbeResult | None = None  # this target's last result (the scheduler's), for verdicts it carries

    def remaining(self) -> float:
        return max(0.0, self.deadline - asyncio.get_running_loop().time())

    def take_request(self, host: str) -> None:
        """Spends one request to `host` from the budget, or ProbeFailure(THROTTLED): never counted against it."""
        if self.budget is not None and not self.budget.take(host, time.monotonic()):
            raise ProbeFailure(
                Reason.THROTTLED, f"healthd's own cap of {self.budget.per_minute:g} requests a minute to {host} reached"
            )


ProbeFn = Callable[[Any, ProbeContext], Awaitable[ProbeResult]]


# This host ran out of something: not the service's doing (Reason.LOCAL_ERROR, never counted against it).
LOCAL_ERRNOS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})


def local_cause(exc: BaseException) -> str | None:
    """What this host ran out of, when `exc` (or what it wraps) says so; None for anything else."""
    seen: BaseException | None = exc
    for _ in range(6):  # aiohttp wraps the OSError (os_error, __cause__): a few links at most
        if seen is None:
            return None
        if isinstance(seen, MemoryError):
            return "out of memory"
        if isinstance(seen, OSError) and seen.errno in LOCAL_ERRNOS:
            return f"{errno.errorcode[seen.errno]}: {seen.strerror or os.strerror(seen.errno)}"
        if "Too many open files" in str(seen):
            return "EMFILE: Too many open files"
        seen = getattr(seen, "os_error", None) or seen.__cause__ or seen.__context__
    return None


def classify(exc: BaseException) -> tuple[Reason, str]:
    """Maps a transport-level exception onto the closed reason vocabulary, with a short detail."""
    detail = str(exc) or type(exc).__name__
    local = local_cause(exc)
    if local is not None:
        return Reason.LOCAL_ERROR, f"on this host: {local}"
    if isinstance(exc, TimeoutError):
        return Reason.TIMEOUT, "no complete answer within the deadline"
    if isinstance(exc, aiohttp.TooManyRedirects):
        return Reason.TOO_MANY_REDIRECTS, detail
    if isinstance(exc, (aiohttp.ClientConnectorCertificateError, aiohttp.ClientSSLError, ssl.SSLError)):
        return Reason.TLS_ERROR, detail
    if isinstance(exc, aiohttp.ClientConnectorDNSError | socket.gaierror):
        return Reason.RESOLVE_FAILED, detail
    if isinstance(exc, aiohttp.ClientConnectorError):
        if isinstance(exc.os_error, ConnectionRefusedError):
            return Reason.CONNECT_REFUSED, detail
        return Reason.CONNECT_FAILED, detail
    if isinstance(exc, (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError, ConnectionResetError)):
        return Reason.CONNECTION_RESET, detail
    if isinstance(exc, aiohttp.ClientOSError) and exc.errno in (errno.ECONNRESET, errno.EPIPE):
        return Reason.CONNECTION_RESET, detail
    if isinstance(exc, (aiohttp.ClientResponseError, aiohttp.InvalidURL)):
        return Reason.PROTOCOL_ERROR, detail
    if isinstance(exc, ConnectionRefusedError):
        return Reason.CONNECT_REFUSED, detail
    if isinstance(exc, (OSError, aiohttp.ClientError)):
        return Reason.CONNECT_FAILED, detail
    return Reason.INTERNAL_ERROR, f"{type(exc).__name__}: {detail}"


def failure_of(exc: Exception) -> ProbeFailure:
    """Any exception a probe step raised, as the ProbeFailure it stands for (callers let TimeoutError pass)."""
    if isinstance(exc, ProbeFailure):
        return exc
    return ProbeFailure(*classify(exc))


async def _attempt(fn: ProbeFn, target: Target, ctx: ProbeContext) -> ProbeResult:
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        result = await fn(target, ctx)
    except TimeoutError:
        raise  # the deadline: handled by run_probe
    except Exception as exc:
        failure = failure_of(exc)
        if failure.reason is Reason.INTERNAL_ERROR:
            log.exception("probe_crashed", extra={"target": target.name, "kind": target.kind})
        return failure.result(loop.time() - started)
    # A judge may build its result from upstream text (a status page's component names, a version):
    # every result passes here, so this is the one place its detail is bounded. The latency is the attempt's,
    # unless the kind measured its own (registry: the pull's, without the push check it runs beside it)
    latency = result.latency_seconds or loop.time() - started
    return replace(result, latency_seconds=latency, detail=one_line(result.detail))


async def run_probe(fn: ProbeFn, target: Target, ctx: ProbeContext) -> ProbeResult:
    """Runs one target's probe within target.timeout, retrying a failed attempt while time remains."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    ctx = replace(ctx, deadline=started + target.timeout)
    result: ProbeResult | None = None
    try:
        async with asyncio.timeout_at(ctx.deadline):
            for attempt in range(1, target.attempts + 1):
                result = await _attempt(fn, target, ctx)
                if result.status is not Status.DOWN or attempt == target.attempts:
                    break
                await asyncio.sleep(min(RETRY_BACKOFF_SECONDS * attempt, ctx.remaining()))
    except TimeoutError:
        if result is None:  # otherwise keep the earlier attempt's own failure: it says more
            result = ProbeResult(
                Status.DOWN, Reason.TIMEOUT, loop.time() - started, f"no complete answer within {target.timeout:g}s"
            )
    assert result is not None  # attempts >= 1: an attempt ran, or the deadline came first and set it
    if result.status is Status.UP and result.latency_seconds > target.slow_after:
        result = replace(
            result,
            status=Status.DEGRADED,
            reason=Reason.SLOW,
            detail=f"answered in {result.latency_seconds:.2f}s, slow_threshold {target.slow_after:g}s",
        )
    return result
