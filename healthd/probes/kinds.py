"""The kind table, written out: a target's `kind` -> its probe function, one module per kind.

Every kind of `healthd.config.targets.KINDS` has a row here (tests/test_kinds.py holds the two
tables equal); `run_probe` (base.py) bounds and guards every call.
"""

from __future__ import annotations

from healthd.probes import buildx, dns, gha_cache, goproxy, http, registry, statusio, statuspage, sumdb, tcp
from healthd.probes.base import ProbeFn

PROBES: dict[str, ProbeFn] = {
    "http": http.probe,
    "tcp": tcp.probe,
    "registry": registry.probe,
    "goproxy": goproxy.probe,
    "gha_cache": gha_cache.probe,
    "dns": dns.probe,
    "statuspage": statuspage.probe,
    "statusio": statusio.probe,
    "sumdb": sumdb.probe,
    "buildx": buildx.probe,
}
