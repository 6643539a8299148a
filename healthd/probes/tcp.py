"""Kind `tcp`: a TCP connection opens (then closes at once); through the environment's proxy when one applies.

With HTTPS_PROXY set (and NO_PROXY not covering the host) the connection is a CONNECT tunnel through
the proxy (healthd.probes.tunnel): that is the path a build on this runner takes, so it is the one
judged. The proxy's refusal (403, 407, a dead proxy) is down, like a refused direct connection.
"""

from __future__ import annotations

import asyncio
import contextlib

from healthd.config.targets import TcpTarget
from healthd.model import ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure, classify
from healthd.probes.tunnel import open_tunnel, proxy_for, where


async def probe(target: TcpTarget, ctx: ProbeContext) -> ProbeResult:
    proxy = proxy_for(target.host, ctx.env)
    if proxy is None:
        _, writer = await asyncio.open_connection(target.host, target.port)
        via = ""
    else:
        try:
            writer = await open_tunnel(proxy, target.host, target.port)
        except OSError as exc:  # reaching the proxy failed: say so (ProbeFailures name the proxy already)
            reason, detail = classify(exc)
            raise ProbeFailure(reason, f"proxy {where(proxy)}: {detail}") from None
        via = f" through proxy {where(proxy)}"
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return ProbeResult(Status.UP, Reason.OK, detail=f"connected to {target.host}:{target.port}{via}")
