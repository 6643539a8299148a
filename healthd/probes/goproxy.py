"""Kind `goproxy`: the GOPROXY protocol (golang.org/ref/mod#goproxy-protocol) for one module.

`GET $base/$module/@latest` must answer 200 with JSON carrying a "Version" string. `@latest` is
optional in the protocol, so on 404/410 the probe falls back to `@v/list` (200, one version a
line). Any other answer is down: a build resolving modules through this proxy would fail.
"""

from __future__ import annotations

from healthd.config.targets import GoproxyTarget
from healthd.model import ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure
from healthd.probes.fetch import Answer, fetch

GONE = (404, 410)  # "not available here", the only errors a comma-separated GOPROXY list falls through on


def escape_path(path: str) -> str:
    """The protocol's case-encoding of a module path or version: 'A' -> '!a', so it survives case-folding."""
    return "".join(f"!{c.lower()}" if "A" <= c <= "Z" else c for c in path)


async def probe(target: GoproxyTarget, ctx: ProbeContext) -> ProbeResult:
    base = f"{target.url.rstrip('/')}/{escape_path(target.module)}"
    latest = await fetch(ctx, target, f"{base}/@latest")
    if latest.status not in GONE:
        return judge_latest(latest, target.module)
    return judge_list(await fetch(ctx, target, f"{base}/@v/list"), latest.status, target.module)


def judge_latest(answer: Answer, module: str) -> ProbeResult:
    """`@latest` answered other than 404/410: 200 with a Version string is up."""
    if answer.status != 200:
        raise answer.failure("@latest")
    doc = answer.json()
    version = doc.get("Version") if isinstance(doc, dict) else None
    if not isinstance(version, str) or not version:
        raise ProbeFailure(Reason.BAD_JSON, f"@latest has no Version string: {answer.snippet()!r}")
    return ProbeResult(Status.UP, Reason.OK, detail=f"{module}@latest {version}")


def judge_list(answer: Answer, latest_status: int, module: str) -> ProbeResult:
    """`@v/list` after `@latest` answered 404/410: 200 with at least one version is up."""
    if answer.status != 200:
        raise answer.failure(f"@latest {latest_status}, @v/list")
    versions = answer.body.decode("utf-8", "replace").split()
    if not versions:
        raise ProbeFailure(Reason.NOT_FOUND, f"@latest {latest_status} and @v/list is empty")
    return ProbeResult(Status.UP, Reason.OK, detail=f"{module}: {len(versions)} versions, last {versions[-1]}")
