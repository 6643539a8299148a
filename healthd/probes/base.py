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
import socket
import ssl
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import aiohttp

from healthd.model import Measure, ProbeResult, Reason, Status
from healthd.targets import TargetBase

log = logging.getLogger("healthd.probes")

RETRY_BACKOFF_SECONDS = 0.2
DETAIL_CHARS = 300  # a reason's detail quotes upstream text: bounded, whatever the upstream sends


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
        self.reason, self.detail, self.status = reason, detail[:DETAIL_CHARS], status
        self.measurements = measurements or {}

    def result(self, latency_seconds: float) -> ProbeResult:
        return ProbeResult(self.status, self.reason, latency_seconds, self.detail, self.measurements)


@dataclass(frozen=True, slots=True)
class ProbeContext:
    """Shared handles for one probe: the HTTP session, the environment, its deadline.

    No shared DNS resolver: the dns kind opens a c-ares channel per probe (servers and timeout are
    per channel), and HTTP kinds resolve through the session's connector.

    `env` is the process environment (read for tokens such as ACTIONS_RUNTIME_TOKEN); `deadline` is
    in event-loop time and set by run_probe for each target.
    """

    session: aiohttp.ClientSession
    env: Mapping[str, str] = field(default_factory=dict)
    deadline: float = 0.0

    def remaining(self) -> float:
        return max(0.0, self.deadline - asyncio.get_running_loop().time())


ProbeFn = Callable[[Any, ProbeContext], Awaitable[ProbeResult]]


def classify(exc: BaseException) -> tuple[Reason, str]:
    """Maps a transport-level exception onto the closed reason vocabulary, with a short detail."""
    detail = str(exc) or type(exc).__name__
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


async def _attempt(fn: ProbeFn, target: TargetBase, ctx: ProbeContext) -> ProbeResult:
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
    return replace(result, latency_seconds=loop.time() - started)


async def run_probe(fn: ProbeFn, target: TargetBase, ctx: ProbeContext) -> ProbeResult:
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
    if result.status is Status.UP and result.latency_seconds > target.slow_after:
        result = replace(
            result,
            status=Status.DEGRADED,
            reason=Reason.SLOW,
            detail=f"answered in {result.latency_seconds:.2f}s, slow_threshold {target.slow_after:g}s",
        )
    return result
