"""Kind `sumdb`: the Go checksum database (GOSUMDB, default sum.golang.org), reached as the go command does.

Every `go` command that downloads a module not yet in go.sum asks the checksum database; with
`GOPROXY=https://proxy.golang.org,direct` that is sum.golang.org itself, since proxy.golang.org
answers 404 on `/sumdb/sum.golang.org/supported`. With `proxy` set, the probe first asks
`{proxy}/sumdb/{database}/supported`, as cmd/go's `modfetch/sumdb.go` does: 200 means the database is
read through that proxy, 404/410 means direct, anything else stops the go command (down). Then
`GET .../latest` must answer 200 with a signed tree head (golang.org/x/mod/sumdb/note):
`go.sum database tree`, a decimal size, a base64 SHA-256 root hash, a blank line, and a signature
line `— {database} <base64>`. The signature is not verified: the shape proves a live database, not
an honest one (the go command verifies it).
"""

from __future__ import annotations

import base64
import binascii

from healthd.config.targets import SumdbTarget
from healthd.model import ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure
from healthd.probes.fetch import Answer, fetch

TREE_HEADER = "go.sum database tree"
SIGNATURE_DASH = "\N{EM DASH} "  # a note's signature lines start with an em dash and a space
GONE = (404, 410)  # cmd/go moves on to the next GOPROXY entry (then direct) only on these


async def probe(target: SumdbTarget, ctx: ProbeContext) -> ProbeResult:
    base, via = target.direct_url, "direct"
    if target.proxy is not None:
        proxied = f"{target.proxy.rstrip('/')}/sumdb/{target.database}"
        if judge_supported(await fetch(ctx, target, f"{proxied}/supported")):
            base, via = proxied, "through the proxy"
        else:
            via = "direct (the proxy does not proxy it)"
    return judge_latest(await fetch(ctx, target, f"{base}/latest"), target.database, via)


def judge_supported(answer: Answer) -> bool:
    """`{proxy}/sumdb/{db}/supported`: True when the proxy serves the database, False when cmd/go goes direct."""
    if answer.status == 200:
        return True
    if answer.status in GONE:
        return False
    raise answer.failure("sumdb supported")


def _base64(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def judge_latest(answer: Answer, database: str, via: str) -> ProbeResult:
    """`/latest`: a signed tree head of `database` (shape only; the go command checks the signature)."""
    if answer.status != 200:
        raise answer.failure(f"{database}/latest")
    text, _, signatures = answer.body.decode("utf-8", "replace").partition("\n\n")
    lines = text.split("\n")
    if len(lines) < 3 or lines[0] != TREE_HEADER:
        raise ProbeFailure(Reason.PROTOCOL_ERROR, f"{database}/latest is not a tree head: {answer.snippet()!r}")
    size, root = lines[1], _base64(lines[2])
    if not size.isdigit() or root is None or len(root) != 32:
        raise ProbeFailure(Reason.PROTOCOL_ERROR, f"{database}/latest: bad size or root hash: {answer.snippet()!r}")
    signed = any(
        line.startswith(SIGNATURE_DASH)
        and line.split(" ")[1:2] == [database]
        and len(_base64(line.split(" ")[-1]) or b"") > 4  # a 4-byte key hash, then the signature
        for line in signatures.split("\n")
    )
    if not signed:
        raise ProbeFailure(Reason.PROTOCOL_ERROR, f"{database}/latest carries no signature by {database}")
    return ProbeResult(Status.UP, Reason.OK, detail=f"{database} tree size {int(size)}, {via}")
