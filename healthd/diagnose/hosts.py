"""Which host failed: the failing service's host read from a matched line, the lines above it and the command or
step that named an image (find_host), never a help or documentation link nor a placeholder.

Apart from the matcher so the rules that name a host read on their own; the scanner (matcher.py) calls
find_host for each finding and reads image references with a_reference and image_host.
"""

from __future__ import annotations

from typing import Any

import re2  # type: ignore[import-untyped]

from healthd.diagnose.findings import Signature
from healthd.formats import DOCKER_HUB

_NAME = r"([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])"
_LOOKUP = re2.compile(
    r"lookup "
    + _NAME
    + r"(?: on |: )|resolving '([^']+)'|(?i:could not resolve host:? '?|couldn't resolve host(?: '|: '?))"
    + _NAME
    + r"|getaddrinfo (?:EAI_AGAIN|ENOTFOUND) "
    + _NAME
    + r"|host='([A-Za-z0-9][\w.-]*[A-Za-z0-9])'"  # urllib3's (a test's stand-in name may hold `_`)
    + r"|^Resolving ([A-Za-z0-9][\w.-]*[A-Za-z0-9]) \([^)]*\)\.\.\. failed"  # wget
    + r"|^([A-Za-z0-9][\w.-]*\.[A-Za-z]{2,}): (?:Temporary failure in name resolution|Name or service not known)"  # git
    + r"|[Cc]ould not resolve '([^']+)'|Unable to resolve host \"?"
    + _NAME
    + r"|remote name could not be resolved: '([^']+)'|No such host is known\. \("
    + _NAME
    + r"(?::\d+)?\)"  # .NET
    + r"|Unable to look up "
    + _NAME
    + r" \(port"  # git's own protocol
    + r"|Failed to open TCP connection to "
    + _NAME
    + r":\d+ \(getaddrinfo"  # Ruby's Net::HTTP
    + r"|resolve hostname "
    + _NAME
    + r"|Failed to resolve '([^']+)'|Failed host lookup: '([^']+)'|(?:\bUnknown host |UnknownHostException: )"
    + _NAME
    + r'|could not translate host name \\?"([^"\\]+)\\?"'  # libpq (psycopg2, Postgres clients)
    # redis-py: `Error -2 connecting to redis:6379. Name or service not known.`
    + r"|Error -?\d+ connecting to ([A-Za-z0-9][\w.-]*):\d+\. (?:Name or service not known|Temporary failure)"
)
# a host part the log's author or GitHub masked stays whole (`2893***197.dkr.ecr...`): its suffix names the service
URL = re2.compile(r"(?i)\bhttps?:/{1,2}(?:[^/\s\"'@]*@)?([A-Za-z0-9][\w.*-]*(?::\d+)?)(/[^\s\"')]*)?")
# a name (never a bare IP) the connection went to: curl's `Failed to connect to X port N`, ssh's `connect to host X
# port N`, OpenSSL's `in connection to X:443`, apt's `Could not connect to X:80`, kubectl's `The connection to the
# server X:6443 was refused`, Node's `does not match certificate's altnames: Host: X.`
_PEER = re2.compile(
    r"(?i)(?:(?:connect to host|failed to connect to|could not connect to|in connection to|connection to the server"
    r"|Authentication is required for|does not match certificate's altnames: Host:) |\bgit@|\bremote_addr="
    r"|(?i:server on) '|failed retrieving file '[^']+' from )"
    r"([A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]+)\b"
)
# git's own dial error names the host before the address it tried: `github.com[0: 140.82.121.4]: errno=...`
_GIT_DIAL = re2.compile(r"^([A-Za-z0-9][\w.-]*\.[A-Za-z]{2,})\[\d+: ")
_IMAGE = re2.compile(
    r"(?:(?:metadata for|pull access denied for|manifest for|No such image:|pulling image|token for|"
    r"failed to push(?: image to)?|(?i:uploading manifest \S+ to)|invalid from flag value|blob \S+ exists in) |"
    r"^Pulling [\w.-]+ \(|(?i:step \d+/\d+ : from) |on source: |^Pulling repository |^Error: image |"
    r"(?i:unable to find image|failed to pull image|error (?:pulling|pushing) image|pull image|push to destination"
    r"|failed to resolve reference|failed to pull and unpack image|authenticate with registry) "
    r"\\?[\"'\x{201C}]?|^Retrying \"|\binvalid tag \"|\bimageName=)"
    r"([A-Za-z0-9][\w.\-/:@*]*[\w])"
)
# docker compose v2's per-image status line (` ✘ Image public.ecr.aws/org/img:1.0  Error ...`), Ansible's and
# docker-py's `Image: HOST/...` above its error: a registry host only
_COMPOSE_IMAGE = re2.compile(r"\bImage:? ([A-Za-z0-9][\w-]*(?:\.[\w-]+)+(?::\d+)?/[\w.\-/:@]*\w)")
# the registry a blob upload went to (containers/image: `Error initiating layer upload to /v2/... in HOST: ...`)
# (or helm's `pulling from host HOST failed with status code ...`, Terraform's `provider registry HOST does not`;
# a registry on the runner's localhost keeps its port)
_UPLOAD_IN = re2.compile(
    r"(?i)\b(?:upload to /\S+ in|pulling from host|provider registry) "
    r"([A-Za-z0-9][\w-]*(?:\.[\w-]+)+(?::\d+)?|localhost:\d+):? "
)
# `no matching manifest for linux/arm64/v8 in ...`: a platform, not an image
_PLATFORM = re2.compile(r"^(?:linux|windows|darwin|freebsd)/(?:amd64|arm64|arm|386|ppc64le|s390x|riscv64)\b")
_NOT_A_REFERENCE = frozenset({"failed", "error", "command", "the", "to", "image", "layers", "configuration", "repo"})
# BuildKit names the image a step failed on: `failed to solve: ghcr.io/org/img:1.0: failed to authorize: ...`
_SOLVE_REF = re2.compile(r"failed to solve: ([A-Za-z0-9][\w-]*(?:\.[\w-]+)+(?::\d+)?/[\w.\-/:@]*\w): ")
# help and documentation links on an error line are never the failing host
_DOC_HOSTS = frozenset(
    {"aka.ms", "gh.io", "docs.docker.com", "www.docker.com", "docs.github.com", "githubstatus.com", "go.dev"}
    | {"www.githubstatus.com", "docs.npmjs.com", "pip.pypa.io", "v8.dev", "golang.org"}
    | {"console.cloud.google.com", "console.aws.amazon.com", "portal.azure.com"}  # a cloud console's troubleshooter
    | {"www.w3.org"}  # an HTML error page's doctype or namespace
)
CACHE_LINE = re2.compile(
    r"(?i)cache service|CacheEntry|artifactcache|reserveCache|uploadChunk|downloadCache|Failed to (?:save|restore): "
    r"|actions/cache|results-receiver|CacheUpload|cache upload|GitHub API error: |StructuredApiError"
)


def _is_doc(host: str, path: str | None) -> bool:
    host = host.lower()
    path = (path or "").lower()
    # "please file an issue at https://github.com/o/r/issues/new" is help too (an API's /repos/o/r/issues is not)
    issues = "/issues/new" in path or (host == "github.com" and "/issues" in path)
    if "go-get=1" in path:
        return False  # Go's fetch of a module path's import page (golang.org/x/...): the failing call itself
    return host in _DOC_HOSTS or host.startswith(("docs.", "doc.")) or "%2f" in host or "/docs" in path or issues


def a_reference(ref: str | None) -> bool:
    """A real image reference, not a shell variable, a word or a placeholder (`XXXXX`, `[DOCKER_IMAGE]`): a
    Docker Hub repository is lowercase, so one with capitals is someone's stand-in."""
    if not ref or "$" in ref or ref.lower() in _NOT_A_REFERENCE or _PLATFORM.match(ref):
        return False
    if "@" in ref and "@sha256:" not in ref:
        return False  # an account (`sa@project.iam.gserviceaccount.com`), never an image: `@` comes before a digest
    first, slash, _ = ref.partition("/")
    hub = not (slash and ("." in first or ":" in first or first == "localhost"))
    return not (hub and (ref != ref.lower() or _MASKED.match(first)))


def image_host(reference: str) -> str:
    """Registry host of an image reference: `alpine:3` and `library/alpine` are Docker Hub's."""
    first, slash, _ = reference.partition("/")
    if slash and ("." in first or ":" in first or first == "localhost"):
        return first.lower()
    return "docker.io"


# a host the log's author masked (`xxx`, `x.x.x.x:5000` is kept: its port still says which registry)
_MASKED = re2.compile(r"^(?i:x+|\*+)(?::\d+)?$")


# the address a Go socket error names when no name does (`read tcp 10.0.0.2:5862->65.9.112.124:443: ...`)
_SOCKET_PEER = re2.compile(r"\b(?:read|write|dial) (?:tcp|udp)[46]? (?:\S+->)?(\d{1,3}(?:\.\d{1,3}){3}):\d+\b")


def _lookup_name(m: Any) -> str | None:
    return next((g for g in m.groups() if g), None)


# wget's progress lines between its `--DATE--  URL` and its `ERROR 404:` (`Connecting to HOST (HOST)|IP|:443...`;
# before wget 1.16 `Connecting to HOST|IP|:443...`, `Resolving HOST... IP`)
_WGET_PEER = re2.compile(r"^(?:Connecting to|Resolving) ([A-Za-z0-9][\w.-]*[A-Za-z0-9])(?: \(|\||\.\.\. )")


def _wget_peer(text: str) -> str | None:
    return str(m[1]).lower() if (m := _WGET_PEER.match(text)) else None


def url_host(text: str) -> str | None:
    """The host of the first URL on the line that is not a documentation or help link."""
    # a URL that ends a sentence (`... at https://pub.dartlang.org.`) keeps no trailing dot
    return next(
        (str(u[1]).lower().rstrip(".") for u in URL.finditer(text) if not _is_doc(u[1].split(":")[0], u[2])), None
    )


# an error whose detail goes on below it as a URL alone on its line (gem's `(https://rubygems.org/gems/x.gem)`,
# requests' `for url: https://...`, a client's `url: https://...`, hackage's bare URL)
_URL_ALONE = re2.compile(r"(?i)^\s*(?:[(<\[]|(?:for )?ur[il]:?\s+)?(?:https?|ftp)://\S+\s*$")


def url_alone(text: str) -> str | None:
    """The host of a line that is only a URL (bracketed, or after `url:`), else None."""
    return url_host(text) if _URL_ALONE.match(text) else None


def host_in(text: str, dns_first: bool) -> str | None:
    lookup = _LOOKUP.search(text)
    if dns_first and lookup:
        return _lookup_name(lookup)
    if url := url_host(text):
        return url
    if (image := _IMAGE.search(text)) and a_reference(image[1]):
        return image_host(image[1])
    if solve := _SOLVE_REF.search(text):
        return image_host(solve[1])
    if upload := _UPLOAD_IN.search(text):
        return str(upload[1]).lower()
    if compose := _COMPOSE_IMAGE.search(text):
        return image_host(compose[1])
    if lookup:
        return _lookup_name(lookup)
    if peer := _PEER.search(text):
        return str(peer[1]).lower()
    return str(dial[1]).lower() if (dial := _GIT_DIAL.match(text)) else None


def _chain_head_host(before: list[str], dns: bool) -> str | None:
    """A Rust error chain (cargo, uv, reqwest: `error: ... for url (URL)` then `Caused by:` lines, each cause
    indented or prefixed): the host of the nearest line up the chain that names one, up to the chain's head."""
    for line in reversed(before[-8:]):
        if host := host_in(line, dns):
            return host
        bare = line.strip()
        if bare and not (bare.startswith("Caused by:") or line[:1].isspace()):
            return None  # the chain's head named none
    return None


# the components whose hostless error names the registry of the line above or of the command's image
COMMAND_HOSTED = frozenset({"registry", "credentials"})
# the components whose hostless error takes the URL announced above it (never a cache warning's: the lines above a
# cache step's warning are the step before it, installing or fetching something else)
URL_ABOVE = frozenset({"connectivity", "github", "goproxy"})


def find_host(
    sig: Signature, text: str, before: list[str], command: str | None = None, explicit: bool = True
) -> str | None:
    """The failing service's host: the signature's own, else the line's (DNS: the looked-up name), else for a
    registry the nearest line before it that names one (the containerd >= v2.1.3 status line above the
    registry's message, `pulling image ...`, `load metadata for ...`), else the image of the command or step
    that failed (`docker push 1234.dkr.ecr...`, `docker pull quay.io/...`). A network error inside a build step
    (`explicit` False: the image is only the step's base, from `load metadata for`/`FROM`) is not the base
    image's registry's: an npm or pip timeout names no host of the image."""
    if sig.host or not sig.find_host:
        return sig.host
    dns = sig.component == "dns"
    host = host_in(text, dns)
    if host is None and sig.component in COMMAND_HOSTED:
        host = next((h for b in reversed(before) if (h := host_in(b, dns))), None)
    if host is None and (
        sig.component in URL_ABOVE or sig.id in ("build.request_rejected", "build.download_not_found")
    ):
        # a network error naming no host follows the line that announced its request (`Downloading URL`,
        # `Upload URL is URL`, `[Request] GetCacheEntryDownloadURL URL`): the nearest URL above is its call's
        host = next((h for b in reversed(before) if (h := url_host(b) or _wget_peer(b))), None)
    if host is None and (text.lstrip().startswith("Caused by:") or (before and before[-1].strip() == "Caused by:")):
        host = _chain_head_host(before, dns)
    if host is None and dns and before and (lookup := _LOOKUP.search(before[-1])):
        # an inner exception restating the lookup failure the line above named (.NET's `No such host is known.`)
        host = _lookup_name(lookup)
    if host is None and before and before[-1].rstrip().endswith(":"):
        # an error wrapped over lines (`Patch \n"https://host/...": \nread tcp ...: reset`): the line above
        host = host_in(before[-1], dns) or (host_in(before[-2], dns) if len(before) > 1 else None)
    if (
        host is None
        and (
            sig.component in COMMAND_HOSTED
            or sig.id in ("build.tag_not_found", "build.invalid_reference", "build.https_required")
            or (sig.component == "connectivity" and explicit)
        )
        and not CACHE_LINE.search(text)  # a cache step's error is never the command's host's
    ):
        host = command
    if host is None and (socket := _SOCKET_PEER.search(text)):
        host = str(socket[1])  # no name anywhere: the address the connection went to
    if host and not dns and host.lower() in DOCKER_HUB:
        return "docker.io"
    return None if host and _MASKED.match(host) else host
