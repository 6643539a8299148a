"""Kind `registry`: the OCI distribution (Docker Registry HTTP API v2) pull path, walked as a client does.

`GET /v2/` (200, or 401 with a challenge) -> an anonymous Bearer token for `repository:NAME:pull`
-> `HEAD` the manifest (200 with Docker-Content-Digest). `/v2/` failing is down; a later step
failing is degraded: the registry is there, but a pull would not work as configured. A timeout in
any step stays down (the probe's deadline is spent), as `run_probe` reports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import aiohttp
from yarl import URL

from healthd.model import ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure, classify
from healthd.probes.fetch import Answer, fetch
from healthd.targets import RegistryTarget

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


def ratelimit_remaining(answer: Answer) -> int | None:
    """Docker Hub's `ratelimit-remaining: 76;w=21600` as 76; None when absent or unreadable."""
    value = answer.headers.get("ratelimit-remaining", "").split(";", 1)[0].strip()
    return int(value) if value.isdigit() else None


@contextmanager
def _later_step(what: str, reason: Reason | None = None) -> Iterator[None]:
    """Turns a failure after /v2/ answered into DEGRADED, with `reason` overriding the step's own."""
    try:
        yield
    except TimeoutError:
        raise
    except ProbeFailure as failure:
        cause, detail = failure.reason, failure.detail
    except (aiohttp.ClientError, OSError) as exc:
        cause, detail = classify(exc)
    else:
        return
    prefix = f"{what}: {cause}" if reason and reason is not cause else what
    raise ProbeFailure(reason or cause, f"{prefix}: {detail}", Status.DEGRADED) from None


async def probe(target: RegistryTarget, ctx: ProbeContext) -> ProbeResult:
    base = target.url.rstrip("/")
    caps = {"max_body_bytes": target.max_body_bytes, "max_redirects": target.max_redirects}
    version = await fetch(ctx, f"{base}/v2/", **caps)
    headers = {"Accept": MANIFEST_TYPES}
    if version.status == 401:
        challenges = parse_challenges(", ".join(version.headers.getall("WWW-Authenticate", ())))
        if not challenges:
            raise ProbeFailure(Reason.BAD_STATUS, "/v2/ answered 401 without a WWW-Authenticate challenge")
        bearer = next((params for scheme, params in challenges if scheme == "bearer" and params.get("realm")), None)
        if bearer is not None:  # other schemes (Basic) have no anonymous token: the manifest step decides
            with _later_step("token", Reason.TOKEN_FAILED):
                headers["Authorization"] = f"Bearer {await _token(ctx, bearer, target.repository, caps)}"
    elif version.status == 429:
        raise ProbeFailure(Reason.RATE_LIMITED, "/v2/ answered 429")
    elif version.status != 200:
        raise ProbeFailure(Reason.BAD_STATUS, f"/v2/ answered HTTP {version.status}: {version.snippet()!r}")
    elif version.body.strip():
        version.json()  # a registry's 200 carries JSON ({}); anything else is not the registry API
    with _later_step("manifest"):
        manifest = await fetch(
            ctx, f"{base}/v2/{target.repository}/manifests/{target.reference}", method="HEAD", headers=headers, **caps
        )
        return _judge_manifest(manifest, target)


async def _token(ctx: ProbeContext, challenge: dict[str, str], repository: str, caps: dict[str, int]) -> str:
    realm = URL(challenge["realm"])
    if not realm.is_absolute() or realm.scheme not in ("http", "https"):
        raise ProbeFailure(Reason.TOKEN_FAILED, f"realm is not an http(s) URL: {challenge['realm']!r}")
    query = {"scope": f"repository:{repository}:pull"}
    if "service" in challenge:
        query["service"] = challenge["service"]
    answer = await fetch(ctx, str(realm.update_query(query)), **caps)
    if answer.status != 200:
        raise ProbeFailure(Reason.TOKEN_FAILED, f"HTTP {answer.status}: {answer.snippet()!r}")
    doc = answer.json()
    token = (doc.get("token") or doc.get("access_token")) if isinstance(doc, dict) else None
    if not isinstance(token, str) or not token:
        raise ProbeFailure(Reason.TOKEN_FAILED, "answer has neither `token` nor `access_token`")
    return token


def _judge_manifest(answer: Answer, target: RegistryTarget) -> ProbeResult:
    remaining = ratelimit_remaining(answer)
    where = f"{target.repository}:{target.reference}"
    if answer.status == 429:
        raise ProbeFailure(Reason.RATE_LIMITED, f"HTTP 429 for {where}, ratelimit-remaining {remaining}")
    if answer.status in (401, 403):
        raise ProbeFailure(Reason.UNAUTHENTICATED, f"HTTP {answer.status} for {where}")
    if answer.status == 404:
        raise ProbeFailure(Reason.NOT_FOUND, f"HTTP 404: no manifest {where}")
    if answer.status != 200:
        raise ProbeFailure(Reason.BAD_STATUS, f"HTTP {answer.status} for {where}")
    digest = answer.headers.get("Docker-Content-Digest")
    if not digest:
        raise ProbeFailure(Reason.PROTOCOL_ERROR, f"HTTP 200 for {where} without Docker-Content-Digest")
    if remaining is not None and remaining < target.ratelimit_floor:
        raise ProbeFailure(
            Reason.RATE_LIMITED, f"ratelimit-remaining {remaining} < floor {target.ratelimit_floor}", Status.DEGRADED
        )
    limit = f", ratelimit-remaining {remaining}" if remaining is not None else ""
    return ProbeResult(Status.UP, Reason.OK, detail=f"{where} {digest[:19]}{limit}")
