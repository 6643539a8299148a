"""A registry's push permission, checked without pushing (a `registry` target with `push: true`).

With this runner's own credentials, read from a Docker config file (the one `docker login` writes, or a
mounted `kubernetes.io/dockerconfigjson` secret), the check asks the realm of the registry's challenge
for a token with `repository:NAME:push,pull` scope (Basic auth straight to the registry where it uses
Basic), opens a blob upload (`POST /v2/NAME/blobs/uploads/`: 202 with a Location) and cancels it at
once (`DELETE` on that Location): nothing is written. The verdict is a `PushCheck`:

- up: the upload opened (and was cancelled);
- down `push_denied`: 401/403 with `denied`, `permission_denied: write_package` (ghcr.io) or
  `insufficient_scope` (Docker Hub, distribution's token auth), the registry's error code in the detail;
- down `unauthenticated`: the token service or the registry refused the credentials themselves;
- down `misconfigured`: no credentials for this host (no file, no entry, or only a credential helper).

The credentials are never in a detail: every detail is scrubbed of them before it leaves this module.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import aiohttp
from yarl import URL

from healthd.config.targets import RegistryTarget
from healthd.formats import registry_name
from healthd.model import PushCheck, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure, failure_of, one_line
from healthd.probes.fetch import Answer, check_hop, fetch
from healthd.probes.token_service import token_of

CONFIG_BYTES = 1024 * 1024  # a Docker config file holds a few logins: anything bigger is not one
_ERROR_PARAM = re.compile(r'error="?([A-Za-z_]+)"?')
DENIED_WORDS = ("denied", "insufficient_scope", "permission_denied", "write_package")


@dataclass(frozen=True, slots=True)
class Credential:
    """One host's login from a Docker config file. repr() shows no secret."""

    username: str = field(default="", repr=False)
    password: str = field(default="", repr=False)
    identitytoken: str = field(default="", repr=False)
    source: str = ""  # the file it came from, for details

    def secrets(self) -> tuple[str, ...]:
        basic = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        return tuple(s for s in (self.password, self.identitytoken, basic) if len(s) >= 3)

    def basic(self) -> str:
        return "Basic " + base64.b64encode(f"{self.username}:{self.password}".encode()).decode()


def scrub(text: str, secrets: tuple[str, ...]) -> str:
    """`text` with every secret (and its base64) replaced by ***: what a detail may say."""
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def config_path(target: RegistryTarget, env: Mapping[str, str]) -> str:
    """The target's docker_config (a file, or a directory holding config.json), else $DOCKER_CONFIG/config.json,
    else ~/.docker/config.json."""
    if target.docker_config is not None:
        path = os.path.expanduser(target.docker_config)
        return os.path.join(path, "config.json") if os.path.isdir(path) else path
    if env.get("DOCKER_CONFIG"):
        return os.path.join(env["DOCKER_CONFIG"], "config.json")
    return os.path.join(env.get("HOME") or os.path.expanduser("~"), ".docker", "config.json")


def read_config(path: str) -> object:
    """The Docker config file's JSON, read bounded (a regular file, at most CONFIG_BYTES); ProbeFailure else."""
    try:
        with open(path, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise ProbeFailure(Reason.MISCONFIGURED, f"push: {path} is not a regular file")
            data = handle.read(CONFIG_BYTES + 1)
    except OSError as exc:
        raise ProbeFailure(Reason.MISCONFIGURED, f"push: no Docker config at {path}: {exc.strerror}") from None
    if len(data) > CONFIG_BYTES:
        raise ProbeFailure(Reason.MISCONFIGURED, f"push: {path} is over {CONFIG_BYTES} bytes")
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise ProbeFailure(Reason.MISCONFIGURED, f"push: {path} is not JSON") from None  # never quote it


def _host(key: str) -> str:
    """An `auths` key (`ghcr.io`, `https://index.docker.io/v1/`, `localhost:5000`) as host[:port], lower case."""
    key = key.strip()
    return registry_name(urlsplit(key).netloc if "://" in key else key.split("/", 1)[0])


def credential_for(doc: object, url: str, source: str) -> Credential:
    """The login for the registry at `url` in a parsed Docker config; ProbeFailure(MISCONFIGURED) when none."""
    host = _host(urlsplit(url).netloc)
    auths = doc.get("auths") if isinstance(doc, dict) else None
    entries = auths.items() if isinstance(auths, dict) else ()
    entry = next((v for k, v in entries if isinstance(k, str) and _host(k) == host), None)
    if isinstance(entry, dict):
        username, password = entry.get("username"), entry.get("password")
        token = entry.get("identitytoken")
        if isinstance(entry.get("auth"), str) and entry["auth"] and not (username and password):
            try:
                username, sep, password = base64.b64decode(entry["auth"], validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                sep = ""
            if not sep:
                raise ProbeFailure(Reason.MISCONFIGURED, f"push: auth of {host} in {source} is not base64 user:pass")
        if isinstance(token, str) and token:
            return Credential(str(username or ""), "", token, source)
        if isinstance(username, str) and isinstance(password, str) and username and password:
            return Credential(username, password, "", source)
    helpers = doc.get("credHelpers") if isinstance(doc, dict) else None
    if (isinstance(helpers, dict) and any(_host(str(k)) == host for k in helpers)) or (
        isinstance(doc, dict) and doc.get("credsStore")
    ):
        why = "only a credential helper (credHelpers/credsStore), which healthd does not run"
    else:
        why = "no entry under auths"
    raise ProbeFailure(Reason.MISCONFIGURED, f"push: no credentials for {host} in {source}: {why}")


def error_codes(answer: Answer) -> str:
    """The registry's error codes and messages (`DENIED: permission_denied: write_package`), bounded."""
    try:
        doc = json.loads(answer.body)
    except (ValueError, UnicodeDecodeError):
        return answer.snippet(80)
    errors = doc.get("errors") if isinstance(doc, dict) else None
    if not isinstance(errors, list):
        return answer.snippet(80)
    parts = [f"{e.get('code')}: {e.get('message')}" for e in errors[:3] if isinstance(e, dict)]
    return one_line("; ".join(parts), 160)


def refusal(answer: Answer, what: str) -> ProbeFailure:
    """A 401/403 of the push path: push_denied when the registry says denied / insufficient_scope, else the
    credentials were refused (unauthenticated); any other status as the helper words it."""
    if answer.status not in (401, 403):
        return answer.failure(what)
    codes = error_codes(answer)
    challenge = ", ".join(answer.headers.getall("WWW-Authenticate", ()))
    scope_error = _ERROR_PARAM.search(challenge)
    said = f"{codes} {scope_error.group(1) if scope_error else ''}".lower()
    if answer.status == 403 or any(word in said for word in DENIED_WORDS):
        extra = f" ({scope_error.group(1)})" if scope_error else ""
        return ProbeFailure(Reason.PUSH_DENIED, f"{what}: HTTP {answer.status} {codes}{extra}")
    return ProbeFailure(Reason.UNAUTHENTICATED, f"{what}: HTTP {answer.status}, credentials refused: {codes}")


async def push_token(ctx: ProbeContext, target: RegistryTarget, challenge: dict[str, str], cred: Credential) -> str:
    """A token for `repository:NAME:push,pull` from the challenge's realm, asked with the credential."""
    realm = URL(challenge["realm"])
    check_hop(target, target.url, realm, "token realm")
    scope = f"repository:{target.repository}:push,pull"
    query = {"scope": scope, **({"service": challenge["service"]} if "service" in challenge else {})}
    if cred.identitytoken:  # an OAuth2 refresh token, as docker sends it
        form = {"grant_type": "refresh_token", "refresh_token": cred.identitytoken, "client_id": "healthd", **query}
        answer = await fetch(ctx, target, str(realm), method="POST", form=form)
    else:
        answer = await fetch(ctx, target, str(realm.update_query(query)), headers={"Authorization": cred.basic()})
    if answer.status in (401, 403):
        raise refusal(answer, "push token")
    return token_of(answer, "push token")


async def open_and_cancel(ctx: ProbeContext, target: RegistryTarget, authorization: str | None) -> str:
    """POST an upload (202 + Location), DELETE it at once; the detail of an up verdict."""
    base = target.url.rstrip("/")
    headers = {"Authorization": authorization} if authorization else {}
    url = f"{base}/v2/{target.repository}/blobs/uploads/"
    answer = await fetch(ctx, target, url, method="POST", headers={**headers, "Content-Length": "0"})
    if answer.status != 202:
        raise refusal(answer, f"push to {target.repository}")
    location = answer.headers.get("Location")
    if not location:
        raise ProbeFailure(Reason.PROTOCOL_ERROR, f"push to {target.repository}: HTTP 202 without a Location")
    upload = URL(url).join(URL(location))
    check_hop(target, target.url, upload, "upload Location")
    cancel = await fetch(ctx, target, str(upload), method="DELETE", headers=headers)
    said = "cancelled" if 200 <= cancel.status < 300 else f"cancel answered HTTP {cancel.status} (left to expire)"
    return f"push to {target.repository}: upload opened and {said}"


def resolve_credential(target: RegistryTarget, env: Mapping[str, str]) -> Credential | ProbeFailure:
    """The runner's login for the target's registry, from its Docker config file, or why there is none."""
    try:
        path = config_path(target, env)
        return credential_for(read_config(path), target.url, path)
    except ProbeFailure as failure:
        return failure


async def check_push(
    ctx: ProbeContext,
    target: RegistryTarget,
    challenge: dict[str, str] | None,
    basic: bool,
    resolved: Credential | ProbeFailure | None = None,
) -> PushCheck:
    """The push verdict; never raises but for the deadline (TimeoutError: run_probe's). `resolved`: the
    credential the pull already read this round (the config file is read once per round)."""
    secrets: tuple[str, ...] = ()
    try:
        found = resolved if resolved is not None else resolve_credential(target, ctx.env)
        if isinstance(found, ProbeFailure):
            raise found
        cred = found
        secrets = cred.secrets()
        if challenge is not None:
            token = await push_token(ctx, target, challenge, cred)
            secrets += (token,)
            authorization: str | None = f"Bearer {token}"
        else:
            authorization = cred.basic() if basic and cred.password else None
        detail = await open_and_cancel(ctx, target, authorization)
        return PushCheck(Status.UP, Reason.OK, scrub(detail, secrets))
    except TimeoutError:
        raise
    except (ProbeFailure, aiohttp.ClientError, OSError, ValueError) as exc:
        failure = failure_of(exc) if not isinstance(exc, ValueError) else ProbeFailure(Reason.PROTOCOL_ERROR, str(exc))
        detail = failure.detail if failure.detail.startswith("push") else f"push: {failure.reason}: {failure.detail}"
        return PushCheck(Status.DOWN, failure.reason, one_line(scrub(detail, secrets)))
