"""Probe kinds: one module each, one signature `async def probe(target, ctx) -> ProbeResult`.

PROBES maps a target's `kind` to its function; `run_probe` (base.py) bounds and guards every call.
"""

from __future__ import annotations

from healthd.probes import dns, gha_cache, goproxy, http, registry, statuspage, tcp
from healthd.probes.base import ProbeContext, ProbeFailure, ProbeFn, run_probe

PROBES: dict[str, ProbeFn] = {
    "http": http.probe,
    "tcp": tcp.probe,
    "registry": registry.probe,
    "goproxy": goproxy.probe,
    "gha_cache": gha_cache.probe,
    "dns": dns.probe,
    "statuspage": statuspage.probe,
}

__all__ = ["PROBES", "ProbeContext", "ProbeFailure", "ProbeFn", "run_probe"]
