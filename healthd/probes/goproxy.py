"""Kind `goproxy`: the GOPROXY protocol (golang.org/ref/mod#goproxy-protocol) for one module.

`GET $base/$module/@latest` must answer 200 with JSON carrying a "Version" string. `@latest` is
optional in the protocol, so on 404/410 the probe falls back to `@v/list` (200, one version a
line). Any other answer is down: a build resolving modules through this proxy would fail.
"""

from __future__ import annotations

from healthd.model import ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure
from healthd.probes.fetch import Answer, fetch
from healthd.targets import GoproxyTarget

GONE = (404, 410)  # "not available here", the only errors a comma-separated GOPROXY list falls through on


def escape_path(path: str) -> str:
    """The protocol's case-encoding of a module path or version: 'A' -> '!a', so it survives case-folding."""
    return "".join(f"!{c.lower()}" if "A" <= c <= "Z" else c for c in path)


def _failure(answer: Answer, what: str) -> ProbeFailure:
    reason = {404: Reason.NOT_FOUND, 410: Reason.NOT_FOUND, 429: Reason.RATE_LIMITED}.get(answer.status)
    return ProbeFailure(reason or Reason.BAD_STATUS, f"{what}: HTTP {answer.status}: {answer.snippet()!r}")


async def probe(target: GoproxyTarget, ctx: ProbeContext) -> ProbeResult:
    base = f"{target.url.rstrip('/')}/{escape_path(target.module)}"
    caps = {"max_body_bytes": target.max_body_bytes, "max_redirects": target.max_redirects}
    latest = await fetch(ctx, f"{base}/@latest", **caps)
    if latest.status == 200:
        doc = latest.json()
        version = doc.get("Version") if isinstance(doc, dict) else None
        if not isinstance(version, str) or not version:
            raise ProbeFailure(Reason.BAD_JSON, f"@latest has no Version string: {latest.snippet()!r}")
        return ProbeResult(Status.UP, Reason.OK, detail=f"{target.module}@latest {version}")
    if latest.status not in GONE:
        raise _failure(latest, "@latest")
    listing = await fetch(ctx, f"{base}/@v/list", **caps)
    if listing.status != 200:
        raise _failure(listing, f"@latest {latest.status}, @v/list")
    versions = listing.body.decode("utf-8", "replace").split()
    if not versions:
        raise ProbeFailure(Reason.NOT_FOUND, f"@latest {latest.status} and @v/list is empty")
    return ProbeResult(Status.UP, Reason.OK, detail=f"{target.module}: {len(versions)} versions, last {versions[-1]}")
