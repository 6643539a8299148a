"""Kind `tcp`: a TCP connection opens (then closes at once)."""

from __future__ import annotations

import asyncio
import contextlib

from healthd.model import ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext
from healthd.targets import TcpTarget


async def probe(target: TcpTarget, ctx: ProbeContext) -> ProbeResult:
    _, writer = await asyncio.open_connection(target.host, target.port)
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return ProbeResult(Status.UP, Reason.OK, detail=f"connected to {target.host}:{target.port}")
