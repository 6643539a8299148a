"""Kind `registry`: the OCI distribution (Docker Registry HTTP API v2) pull path, walked as a client does.

`GET /v2/` (200, or 401 with a challenge) -> an anonymous Bearer token for `repository:NAME:pull`
-> `HEAD` the manifest (200 with Docker-Content-Digest). A pull needs every step, and front ends
often keep answering `/v2/` while the token service or the storage behind them fails: so a later
step failing with a 5xx, an HTML page, a reset or a timeout is down, like `/v2/` itself. Degraded is
kept for what is partly working: slow, rate-limit headroom under its floor, a manifest not found
(404) or refused (401/403) for this repository while the registry itself answers.

With `push: true` the pull result is joined by the push check (healthd.probes.push), run every
`push_every` rounds and carried between (healthd.core.carry.with_push): a denied push is down.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import aiohttp
from yarl import URL

from healthd.config.targets import RegistryTarget
from healthd.core.carry import carried_push, push_due, with_push
from healthd.model import Measure, ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure, failure_of
from healthd.probes.fetch import Answer, check_hop, fetch
from healthd.probes.push import check_push, resolve_credential
from healthd.probes.token_service import token_of

MANIFEST_TYPES = ", ".join(
    (
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.docker.distribution.manifest.v2+json",
    )
)

_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_PARAM = re.compile(rf'[\s,]*({_TOKEN})\s*=\s*(?:"((?:[^"\\]|\\.)*)"|({_TOKEN}))')
_SCHEME = re.compile(rf"[\s,]*({_TOKEN})(?=\s|,|$)")
_UNESCAPE = re.compile(r"\\(.)")

Challenge = tuple[str, dict[str, str]]


def parse_challenges(header: str) -> list[Challenge]:
    """All challenges of a WWW-Authenticate value (RFC 9110 11.6.1): [(scheme lower case, {param: value})]."""
    challenges: list[Challenge] = []
    pos = 0
    while pos < len(header):
        param = _PARAM.match(header, pos) if challenges else None
        if param:
            name, quoted, bare = param.groups()
            challenges[-1][1][name.lower()] = _UNESCAPE.sub(r"\1", quoted) if quoted is not None else bare
            pos = param.end()
            continue
        scheme = _SCHEME.match(header, pos)
        if not scheme:
            break  # a token68 credential or junk: nothing further we could use
        challenges.append((scheme.group(1).lower(), {}))
        pos = scheme.end()
    return challenges


def ratelimit(answer: Answer, header: str) -> int | None:
    """Docker Hub's `ratelimit-remaining: 76;w=21600` (or `ratelimit-limit`) as 76; None when absent or unreadable."""
    value = answer.headers.get(header, "").split(";", 1)[0].strip()
    # isascii: isdigit also takes other scripts' digits; 15 digits: int() of a hostile 8 KB header would raise
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 15 else None


@contextmanager
def _step(what: str, reason: Reason | None = None) -> Iterator[None]:
    """Names the step in a failure's detail; `reason` replaces a down failure's own (which the detail keeps).

    The status stays what the failure said: down for a 5xx, an HTML page, a reset (a pull cannot
    work), degraded only where a judge said the registry works but this repository does not.
    """
    try:
        yield
    except TimeoutError:
        raise
    except (ProbeFailure, aiohttp.ClientError, OSError) as exc:
        failure = failure_of(exc)
    else:
        return
    new_reason = reason if reason and failure.status is Status.DOWN else failure.reason
    prefix = f"{what}: {failure.reason}" if new_reason is not failure.reason else what
    raise ProbeFailure(new_reason, f"{prefix}: {failure.detail}", failure.status, failure.measurements) from None


async def probe(target: RegistryTarget, ctx: ProbeContext) -> ProbeResult:
    started = asyncio.get_running_loop().time()
    base = target.url.rstrip("/")
    version = await fetch(ctx, target, f"{base}/v2/")
    challenge = judge_version(version)
    basic = version.status == 401 and challenge is None  # htpasswd-style: credentials go straight to the registry
    headers = {"Accept": MANIFEST_TYPES}
    resolved = None
    if target.push and basic:  # the runner's own login pulls too where the registry wants Basic auth
        resolved = resolve_credential(target, ctx.env)
        if not isinstance(resolved, ProbeFailure) and resolved.password:
            headers["Authorization"] = resolved.basic()
    try:
        result = await pull(target, ctx, challenge, headers)
    except ProbeFailure as failure:  # a pull that partly works (degraded) still gets its push verdict
        if not target.push or failure.status is Status.DOWN:
            raise
        result = failure.result(0.0)
    if not target.push:
        return result
    # the pull's latency: the push check's extra requests must not make every push round `slow`
    result = replace(result, latency_seconds=asyncio.get_running_loop().time() - started)
    previous = ctx.previous
    if not push_due(previous, target.push_every) and previous is not None and previous.push is not None:
        return with_push(result, carried_push(previous.push))
    return with_push(result, await check_push(ctx, target, challenge, basic, resolved))


async def pull(
    target: RegistryTarget, ctx: ProbeContext, challenge: dict[str, str] | None, headers: dict[str, str]
) -> ProbeResult:
    """The pull path after `/v2/`: a pull token when challenged, the manifest, the blob when configured."""
    base = target.url.rstrip("/")
    if challenge is not None:
        with _step("token", Reason.TOKEN_FAILED):
            realm = URL(challenge["realm"])
            check_hop(target, target.url, realm, "token realm")
            query = {"scope": f"repository:{target.repository}:pull"}
            if "service" in challenge:
                query["service"] = challenge["service"]
            token = judge_token(await fetch(ctx, target, str(realm.update_query(query))))
            headers["Authorization"] = f"Bearer {token}"
    with _step("manifest"):
        url = f"{base}/v2/{target.repository}/manifests/{target.reference}"
        result = judge_manifest(await fetch(ctx, target, url, method="HEAD", headers=headers), target)
    if target.blob is not None:
        await check_blob(ctx, target, headers.get("Authorization"))
        result = replace(result, detail=f"{result.detail}, blob {target.blob[:19]} verified")
    return result


async def check_blob(ctx: ProbeContext, target: RegistryTarget, authorization: str | None) -> None:
    """GET the configured blob (within max_body_bytes) and check its sha256: a pull needs the bytes, not a 200.

    A mirror answering 200 with a truncated or wrong layer gets no fallback in containerd
    (containerd#9552), so a failure here is down, whatever step-severity the earlier steps use.
    """
    assert target.blob is not None
    url = f"{target.url.rstrip('/')}/v2/{target.repository}/blobs/{target.blob}"
    headers = {"Authorization": authorization} if authorization else None
    judge_blob(await fetch(ctx, target, url, headers=headers), target.blob)


def judge_blob(answer: Answer, digest: str) -> None:
    """The blob's answer: 200 whose body hashes to `digest`, else down."""
    if answer.status != 200:
        raise answer.failure(f"blob {digest[:19]}")
    got = "sha256:" + hashlib.sha256(answer.body).hexdigest()
    if got != digest:
        detail = f"blob {digest[:19]}: {len(answer.body)} bytes hash to {got[:19]} (truncated or wrong)"
        raise ProbeFailure(Reason.BODY_MISMATCH, detail)


def judge_version(answer: Answer) -> dict[str, str] | None:
    """`GET /v2/`: None when no token is needed, else the Bearer challenge to get one from."""
    if answer.status == 401:
        challenges = parse_challenges(", ".join(answer.headers.getall("WWW-Authenticate", ())))
        if not challenges:
            raise ProbeFailure(Reason.BAD_STATUS, "/v2/ answered 401 without a WWW-Authenticate challenge")
        # other schemes (Basic) have no anonymous token: the manifest step decides
        return next((params for scheme, params in challenges if scheme == "bearer" and params.get("realm")), None)
    if answer.status != 200:
        raise answer.failure("/v2/")
    if answer.body.strip():
        answer.json()  # a registry's 200 carries JSON ({}); anything else is not the registry API
    return None


def judge_token(answer: Answer) -> str:
    """The token service's answer: the anonymous pull token it hands out.

    401/403 refuse this repository's scope (private, or denied): degraded, the registry works. Any
    other failure means no pull can start: down.
    """
    if answer.status in (401, 403):
        raise ProbeFailure(
            Reason.UNAUTHENTICATED, f"HTTP {answer.status} for the pull scope: {answer.snippet()!r}", Status.DEGRADED
        )
    return token_of(answer)


def measure_ratelimit(remaining: int | None, limit: int | None) -> dict[Measure, float]:
    """The rate-limit headers as measurements; headroom (remaining / limit) when both are there."""
    measured: dict[Measure, float | None] = {Measure.RATELIMIT_REMAINING: remaining, Measure.RATELIMIT_LIMIT: limit}
    if remaining is not None and limit:
        measured[Measure.RATELIMIT_HEADROOM_RATIO] = min(1.0, remaining / limit)
    return {k: float(v) for k, v in measured.items() if v is not None}


def judge_manifest(answer: Answer, target: RegistryTarget) -> ProbeResult:
    """`HEAD` of the manifest: 200 with Docker-Content-Digest is up, unless the rate limit is nearly spent.

    404 (not found) and 401/403 (refused) for this repository are degraded: the registry serves, this
    image does not. 429 is down (no pull from here until the window moves), as is any other failure.
    """
    remaining, limit = ratelimit(answer, "ratelimit-remaining"), ratelimit(answer, "ratelimit-limit")
    measurements = measure_ratelimit(remaining, limit)
    where = f"{target.repository}:{target.reference}"
    quota = f", ratelimit-remaining {remaining}" if remaining is not None else ""
    if answer.status == 429:
        raise ProbeFailure(Reason.RATE_LIMITED, f"HTTP 429 for {where}{quota}", measurements=measurements)
    if answer.status in (401, 403, 404, 410):
        raise answer.failure(where, Status.DEGRADED)
    if answer.status != 200:
        raise answer.failure(where)
    digest = answer.headers.get("Docker-Content-Digest")
    if not digest:
        raise ProbeFailure(Reason.PROTOCOL_ERROR, f"HTTP 200 for {where} without Docker-Content-Digest")
    floor = target.floor(limit)
    if remaining is not None and floor is not None and remaining < floor:
        raise ProbeFailure(
            Reason.RATE_LIMITED,
            f"ratelimit-remaining {remaining} < floor {floor:g} (of ratelimit-limit {limit})",
            Status.DEGRADED,
            measurements,
        )
    return ProbeResult(Status.UP, Reason.OK, detail=f"{where} {digest[:19]}{quota}", measurements=measurements)
