"""Kind `gha_cache`: the GitHub Actions cache service, v2 (Twirp, default) or v1 (legacy REST).

A sidecar never has a runtime token (the runner hands ACTIONS_RUNTIME_TOKEN only to JavaScript and
container actions), so the daemon takes the token-free path: on GitHub's hosts first the runner's own
check (`GET {url}health`: 2xx with X-GitHub-Request-Id), then the lookup unauthenticated, where only
what a healthy service says to an anonymous caller is up (Twirp `unauthenticated`/`permission_denied`,
v1 401/403). Another error (`bad_route`: the API moved; `malformed`: it changed) means every cache
call would fail: down. An HTML page, a 5xx or a timeout is down. With ACTIONS_RUNTIME_TOKEN
(`healthd check` run inside an action) it looks up a random key that cannot exist: a clean miss is
up. The token is sent only to the URL the runner set beside it, and is redacted from every detail
this probe returns, whatever a server echoes back.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import replace

from yarl import URL

from healthd.config.targets import V1_AT_GITHUB, GhaCacheTarget, github_hosted
from healthd.model import ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure, failure_of
from healthd.probes.fetch import Answer, fetch

TWIRP_LOOKUP = "twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL"
V1_ACCEPT = "application/json;api-version=6.0-preview.1"
URL_ENV = {"v2": "ACTIONS_RESULTS_URL", "v1": "ACTIONS_CACHE_URL"}
TOKEN_ENV = "ACTIONS_RUNTIME_TOKEN"
_REDACTED = "[redacted]"
REQUEST_ID = "X-GitHub-Request-Id"  # what the runner's own check (ActionsCheck.cs) requires of /health
# What a healthy service answers a caller without a token; any other error means the call itself is wrong.
ANONYMOUS_OK = {"v2": {"unauthenticated", "permission_denied"}}
_WHY_DOWN = {
    "bad_route": "the API moved or changed: every cache call would fail",
    "malformed": "the service no longer reads the request: every cache call would fail",
}


def redact(text: str, secret: str) -> str:
    """`text` without `secret`, nor any cut-off start of it (a body snippet may end mid-token)."""
    if not secret:
        return text
    head = secret[:8]
    out, pos = [], 0
    while (start := text.find(head, pos)) >= 0:
        end = start + len(head)
        while end < len(text) and end - start < len(secret) and text[end] == secret[end - start]:
            end += 1
        out.append(text[pos:start] + _REDACTED)
        pos = end
    return "".join(out) + text[pos:]


async def probe(target: GhaCacheTarget, ctx: ProbeContext) -> ProbeResult:
    token, env_url = ctx.env.get(TOKEN_ENV, ""), ctx.env.get(URL_ENV[target.protocol], "")
    # The token belongs to the service the runner named beside it: never send it to a configured URL.
    url, token = (env_url, token) if token and env_url else (target.url or env_url, "")
    if not url:
        raise ProbeFailure(Reason.MISCONFIGURED, f"no url configured and ${URL_ENV[target.protocol]} is not set")
    if target.protocol == "v1" and github_hosted(url):
        raise ProbeFailure(Reason.MISCONFIGURED, V1_AT_GITHUB)
    base = url.rstrip("/") + "/"
    try:
        health = judge_health(await fetch(ctx, target, base + "health")) if target.checks_health(base) else ""
        result = judge(await _lookup(ctx, target, base, token), target.protocol, authenticated=bool(token))
        return replace(result, detail=f"{health}; {result.detail}") if health else result
    except TimeoutError:
        raise
    except Exception as exc:  # any exception text may quote the request: redact before run_probe sees it
        failure = failure_of(exc)
        raise ProbeFailure(failure.reason, redact(failure.detail, token), failure.status) from None


async def _lookup(ctx: ProbeContext, target: GhaCacheTarget, base: str, token: str) -> Answer:
    key = f"healthd-probe-{secrets.token_hex(8)}"
    version = hashlib.sha256(key.encode()).hexdigest()
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if target.protocol == "v2":
        body = {"key": key, "restore_keys": [], "version": version}
        return await fetch(ctx, target, base + TWIRP_LOOKUP, method="POST", headers=headers, json_body=body)
    query = URL(base + "_apis/artifactcache/cache").with_query(keys=key, version=version)
    return await fetch(ctx, target, str(query), headers={"Accept": V1_ACCEPT, **headers})


def judge_health(answer: Answer) -> str:
    """The runner's own connectivity check: 2xx carrying X-GitHub-Request-Id (else a proxy or portal answered)."""
    if not 200 <= answer.status < 300:
        raise answer.failure("health")
    if not answer.headers.get(REQUEST_ID):
        raise ProbeFailure(Reason.PROTOCOL_ERROR, f"health: HTTP {answer.status} without {REQUEST_ID}: not GitHub")
    return f"health {answer.status}"


def judge(answer: Answer, protocol: str, authenticated: bool) -> ProbeResult:
    status = answer.status
    if not 200 <= status < 500:
        raise ProbeFailure(Reason.BAD_STATUS, f"HTTP {status}: {answer.snippet()!r}")
    if status == 204 and protocol == "v1":
        return ProbeResult(Status.UP, Reason.OK, detail="v1 lookup: miss (204)")
    doc = answer.json()
    if not isinstance(doc, dict):
        raise ProbeFailure(Reason.BAD_JSON, f"HTTP {status}, not a JSON object: {answer.snippet()!r}")
    if status < 300:
        found = "hit" if doc.get("ok") or protocol == "v1" else "miss"
        return ProbeResult(Status.UP, Reason.OK, detail=f"{protocol} lookup: {found} (HTTP {status})")
    if protocol == "v2" and not (isinstance(doc.get("code"), str) and isinstance(doc.get("msg"), str)):
        raise ProbeFailure(Reason.BAD_JSON, f"HTTP {status}, not a Twirp error: {answer.snippet()!r}")
    code = doc.get("code", doc.get("typeKey", ""))
    if status == 429:
        raise ProbeFailure(Reason.RATE_LIMITED, f"HTTP 429 {code}", Status.DEGRADED)
    if code in _WHY_DOWN:
        raise ProbeFailure(Reason.BAD_STATUS, f"HTTP {status} {code}: {_WHY_DOWN[code]}")
    if not authenticated:
        if code in ANONYMOUS_OK.get(protocol, ()) or (protocol == "v1" and status in (401, 403)):
            return ProbeResult(Status.UP, Reason.OK, detail=f"HTTP {status} {code} without a token: the API answers")
        why = "not what a healthy service answers a caller without a token"
        raise ProbeFailure(Reason.BAD_STATUS, f"HTTP {status} {code} without a token: {why}")
    if status in (401, 403):
        raise ProbeFailure(
            Reason.UNAUTHENTICATED, f"HTTP {status} {code}: the runtime token was refused", Status.DEGRADED
        )
    raise ProbeFailure(Reason.BAD_STATUS, f"lookup refused: HTTP {status} {code}", Status.DEGRADED)
