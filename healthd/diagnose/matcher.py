"""The matcher: a pure fold from a build log's bytes to a Diagnosis (the cause and the warnings before it).

Speed and memory: the log is fed in chunks and never held whole. Each chunk is searched for all the catalog's
keywords at once (one Aho-Corasick pass in Rust, ahocorasick-rs: about 0.2 s per 100 MB whatever the number
of keywords, where one bytes.find per keyword cost 1.5 s and one combined `re` alternation ran at 30 MB/s);
only the lines holding a keyword are decoded, normalized (timestamps, colour, annotations stripped) and tried
against the signatures that own the keywords found. A few lines before each hit are kept for context (the
containerd >= v2.1.3 message sits on the line after the status, whose URL names the host).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

import re2  # type: ignore[import-untyped]
from ahocorasick_rs import BytesAhoCorasick

from healthd.diagnose.catalog import SIGNATURES
from healthd.diagnose.findings import Diagnosis, Finding
from healthd.diagnose.structure import STRUCTURE
from healthd.formats import DOCKER_HUB

COMPONENTS = (
    "gha_cache",
    "registry",
    "goproxy",
    "dns",
    "connectivity",
    "builder",
    "credentials",
    "build",
    "local",
    "github",
)
TIERS = ("build", "specific", "status", "network", "structure")  # on one line, the earlier tier wins
BLAMES = ("build", "service", "local")
CONTEXT_LINES = 3  # lines before a hit searched for context and host
CONTEXT_WALK = 2 * CONTEXT_LINES  # ... found within this many lines (blank lines carry no context)
WEAK_LOOKBACK = 300  # a weak wrapper ("process ... did not complete") defers to a failure this close before it
MAX_LINE_BYTES = 8192  # of a longer line only the end is matched: the innermost cause comes last
MAX_EVIDENCE = 400
_REQUIRED = {"id", "component", "retryable", "tier", "keywords", "patterns", "summary", "remedy", "source"}
_OPTIONAL = {"fatal", "weak", "host", "find_host", "context", "blame"}


@dataclass(frozen=True)
class Signature:
    id: str
    component: str
    retryable: bool
    tier: int
    keywords: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    summary: str
    remedy: str
    source: str
    fatal: bool = True
    weak: bool = False
    host: str | None = None
    find_host: bool = True
    context: Any = None  # an RE2 pattern
    blame: str = "service"
    matched: str = "signature"


def _compile(pattern: str) -> Any:
    """RE2 (linear time whatever the line: no catastrophic backtracking), case-insensitive."""
    return re2.compile("(?i)" + pattern)


def _default_blame(component: str) -> str:
    return component if component in ("build", "local") else "service"


def load_catalog(entries: Iterable[Mapping[str, Any]]) -> tuple[Signature, ...]:
    """Checks and compiles catalog entries; a malformed entry raises ValueError naming it."""
    signatures, seen = [], set()
    for entry in entries:
        name = entry.get("id", "?")
        if missing := _REQUIRED - entry.keys():
            raise ValueError(f"signature {name}: missing {sorted(missing)}")
        if unknown := entry.keys() - _REQUIRED - _OPTIONAL:
            raise ValueError(f"signature {name}: unknown keys {sorted(unknown)}")
        if entry.get("blame", "build") not in BLAMES:
            raise ValueError(f"signature {name}: bad blame")
        layer = (name, entry["tier"] == "structure")  # the fallback may reuse a signature's id
        if entry["component"] not in COMPONENTS or entry["tier"] not in TIERS or layer in seen:
            raise ValueError(f"signature {name}: bad component or tier, or a duplicate id")
        seen.add(layer)
        context = entry.get("context")
        signatures.append(
            Signature(
                **{k: entry[k] for k in ("id", "component", "retryable", "summary", "remedy", "source")},
                tier=TIERS.index(entry["tier"]),
                keywords=tuple(entry["keywords"]),
                patterns=tuple(_compile(p) for p in entry["patterns"]),
                fatal=entry.get("fatal", True),
                weak=entry.get("weak", False),
                host=entry.get("host"),
                find_host=entry.get("find_host", True),
                context=_compile(context) if context else None,
                blame=entry.get("blame") or _default_blame(entry["component"]),
                matched="structure" if entry["tier"] == "structure" else "signature",
            )
        )
    return tuple(signatures)


CATALOG = load_catalog(SIGNATURES + STRUCTURE)


# --- normalizing a line -------------------------------------------------------------------------------------
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?|\x1b[@-_]?")
# every other control character (CR, backspace, NUL, C1, bidi overrides) never reaches an answer or a CI log
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")
_PREFIX = re.compile(
    r"^\ufeff?(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z? ?)?"  # GitHub's timestamp
    r"(?:\[\d{4}-\d\d-\d\dT[\d:.]+Z\] ?|\d\d:\d\d:\d\d(?:\.\d+)? +)?"  # Jenkins' timestamper (both forms)
    r"(?:##\[(?P<annotation>[a-z]+)\]|::(?P<command>error|warning|notice)[^:]*::)*"  # annotations
    r"(?:#\d+ (?:\d+\.\d+ )?)?"  # BuildKit's step number and elapsed seconds
)
# `[warning]`: the old runner's form; yarn 1's `info There appears to be trouble ...` announces a retry
_WARNING_LINE = re.compile(r"(?i:warning:|w: |npm warn |\[warning\]|info there appears to be trouble)")
_CACHE_STEP = re.compile(r"(?:(?i:warning: ))?Failed to (?:restore|save): ")  # actions/toolkit: skipped, not fatal
# Node prints an error's fields after its stack (`  code: 'EAI_AGAIN',`): they restate the error above
_NODE_ERROR_FIELD = re.compile(r"^(?:errno|code|syscall|hostname|address|port): '?[\w.:-]*'?,?\s*$")
_REEMITTED = re.compile(r"buildx (?:bake )?failed with: ")  # build-push-action repeats the last stderr line
# any scheme, any case: the userinfo up to the authority's last "@" (a password may hold one), and every query
# string and fragment (SAS signatures, `#sig=`)
_SECRETS = re2.compile(
    r"(?i)([a-z][a-z0-9+.\-]{0,30}://)[^/\s\"'<>]*@|([a-z][a-z0-9+.\-]{0,30}://[^\s\"'?#<>]+)[?#][^\s\"'<>]*"
)


def normalize(raw: str) -> tuple[str, str]:
    """(the line without timestamp, colour, annotation and step prefixes; what kind of line it is:
    "cache_step" for an actions/toolkit cache save/restore the job skipped, "warning", or "")."""
    text = _CONTROL.sub(" ", _ANSI.sub("", raw.rstrip("\r\n"))).strip(" ")
    m = _PREFIX.match(text)
    assert m is not None  # every part of _PREFIX is optional: it matches any text
    rest = text[m.end() :]
    if _CACHE_STEP.match(rest):
        return rest, "cache_step"
    warning = "warning" in (m["annotation"], m["command"]) or bool(_WARNING_LINE.match(rest))
    return rest, "warning" if warning else ""


def redact(text: str) -> str:
    """URL credentials, query strings and fragments (SAS signatures on cache blob URLs) never reach an answer."""
    return str(_SECRETS.sub(lambda m: m[1] if m[1] else m[2] + "?…", text))


# --- hosts ----------------------------------------------------------------------------------------------------
_NAME = r"([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])"
_LOOKUP = re2.compile(
    r"lookup "
    + _NAME
    + r"(?: on |: )|resolving '([^']+)'|(?i:could not resolve host:? '?)"
    + _NAME
    + r"|getaddrinfo (?:EAI_AGAIN|ENOTFOUND) "
    + _NAME
    + r"|host='"
    + _NAME
    + r"|could not resolve '([^']+)'|remote name could not be resolved: '([^']+)'|resolve hostname "
    + _NAME
)
_URL = re2.compile(r"(?i)\bhttps?:/{1,2}(?:[^/\s\"'@]*@)?([A-Za-z0-9][\w.-]*(?::\d+)?)(/[^\s\"')]*)?")
# a name (never a bare IP) the connection went to: curl's `Failed to connect to X port N`, ssh's `connect to host X
# port N`, OpenSSL's `in connection to X:443`, apt's `Could not connect to X:80`
_PEER = re2.compile(
    r"(?i)(?:(?:connect to host|failed to connect to|could not connect to|in connection to) |\bgit@)"
    r"([A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]+)\b"
)
_IMAGE = re2.compile(
    r"(?:(?:metadata for|pull access denied for|manifest for|No such image:|pulling image|token for|"
    r"failed to push(?: image to)?|(?i:uploading manifest \S+ to)|invalid from flag value) |^Pulling [\w.-]+ \(|"
    r"(?i:unable to find image|failed to pull image|error (?:pulling|pushing) image|pull image|push to destination"
    r"|failed to resolve reference|failed to pull and unpack image|authenticate with registry) "
    r"[\"']?|^Retrying \")"
    r"([A-Za-z0-9][\w.\-/:@*]*[\w])"
)
# docker compose v2's per-image status line (` ✘ Image public.ecr.aws/org/img:1.0  Error ...`): a registry host only
_COMPOSE_IMAGE = re2.compile(r"\bImage ([A-Za-z0-9][\w-]*(?:\.[\w-]+)+(?::\d+)?/[\w.\-/:@]*\w)")
# the registry a blob upload went to (containers/image: `Error initiating layer upload to /v2/... in HOST: ...`)
_UPLOAD_IN = re2.compile(r"(?i)\bupload to /\S+ in ([A-Za-z0-9][\w-]*(?:\.[\w-]+)+(?::\d+)?): ")
# the command or step whose failure a later line reports: its image names the registry
_COMMAND = re2.compile(
    r"(?i)(?:docker(?: --config \S+)? (?:image )?(?:push|pull)|podman (?:push|pull)|"
    r"push refers to (?:a )?repository \[|docker://|"
    r"load metadata for|^FROM|^Step \d+/\d+ : FROM|IMAGE=|docker push,|^\s*(?:- )?image: )"
    r"\s*([A-Za-z0-9][\w.\-/:@*]*[\w])|"
    r"(?:\bpushing (?:image )?|(?:^|\s)(?:-t|--tag)[ =]|^tags:\s*|"
    r"\b(?:docker|podman|buildah|skopeo|nerdctl) (?:image )?(?:push|pull)\b[^|;&]*?\s)"  # past its flags
    r"([A-Za-z0-9][\w-]*(?:\.[\w-]+)+(?::\d+)?/[\w.\-/:@*]*[\w])|"
    # a Docker Hub tag (`-t user/app:1`, `tags: user/app`) only on a line that builds or pushes an image
    r"(?:(?:docker|podman|buildah)\b[^|;&]*?\s(?:-t|--tag)[ =]|^tags:\s*)"
    r"([a-z0-9][\w.\-]*/[\w.\-/]*\w(?::[\w.\-]+)?)(?:\s|,|$)|"
    r"(?i:(?:\b(?:curl|wget|git (?:clone|fetch|pull|ls-remote|submodule update))\b|--registry\b)[^|;&]*?https?://(?:[^/\s\"'@]*@)?"
    r"([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]))"
)
# the phase a registry error belongs to: pushing the result (its tag's registry) or pulling a base image
_PUSH_PHASE = re2.compile(
    r"(?i)exporting to image|pushing layers|pushing manifest|push refers to|docker (?:image )?push|podman push"
)
_PULL_PHASE = re2.compile(
    r"(?i)load metadata for|^FROM |pulling from|docker (?:image )?pull|trying to pull|^Step \d+/\d+ : FROM"
)
_PUSH_TARGET = re2.compile(
    r"(?i)^(?:docker (?:image )?push|podman push|push refers|pushing|tags:)|(?:^|\s)(?:-t|--tag)[ =]"
)
_NOT_A_REFERENCE = frozenset({"failed", "error", "command", "the", "to", "image", "layers", "configuration"})
# BuildKit names the image a step failed on: `failed to solve: ghcr.io/org/img:1.0: failed to authorize: ...`
_SOLVE_REF = re2.compile(r"failed to solve: ([A-Za-z0-9][\w-]*(?:\.[\w-]+)+(?::\d+)?/[\w.\-/:@]*\w): ")
COMMAND_KEYWORDS = ("docker push", "docker pull", "docker image push", "docker image pull", "podman push",
                    "podman pull", "push refers to repository", "push refers to a repository", "docker --config",
                    "docker://", "load metadata for", "from ",
                    "image=", "docker push,", "image: ", "pushing ", " -t ", "--tag", "curl ", "wget ", "git clone",
                    "git fetch", "git pull", "git ls-remote", "git submodule", "--registry", "exporting to image",
                    "pushing layers", "pushing manifest", "pulling from", "trying to pull", "tags:")  # fmt: skip
# help and documentation links on an error line are never the failing host
_DOC_HOSTS = frozenset(
    {"aka.ms", "gh.io", "docs.docker.com", "www.docker.com", "docs.github.com", "githubstatus.com", "go.dev"}
    | {"www.githubstatus.com", "docs.npmjs.com", "pip.pypa.io", "v8.dev", "golang.org"}
    | {"console.cloud.google.com", "console.aws.amazon.com", "portal.azure.com"}  # a cloud console's troubleshooter
)
_LOOPBACK = re2.compile(r"(?:^|[^\w.])(?:127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)(?::\d+)?\b")
PUBLIC_SUFFIXES = ("docker.io", "docker.com", "github.com", "githubusercontent.com", "ghcr.io", "quay.io", "gcr.io",
                   "pkg.dev", "amazonaws.com", "azurecr.io", "mcr.microsoft.com", "npmjs.org", "yarnpkg.com",
                   "pypi.org", "pythonhosted.org", "golang.org", "debian.org", "ubuntu.com", "alpinelinux.org",
                   "maven.org", "apache.org", "googleapis.com", "gradle.org", "rubygems.org", "crates.io",
                   "nodejs.org", "microsoft.com", "k8s.io", "ecr.aws", "fedoraproject.org", "centos.org")  # fmt: skip
_OWN_INDEX = re2.compile(r"(?i)^(?:pypi|npm|nexus|artifactory|verdaccio)\.[\w-]+\.[\w.-]+$")
# hosts an end-of-life release still names (CentOS's mirrors went with CentOS 7 and 8): never coming back
RETIRED_HOSTS = ("mirrorlist.centos.org", "mirror.centos.org")
# package repositories that were shut down (Bintray and JCenter in 2021, .NET's MyGet feeds): the build still names them
RETIRED_REPOSITORIES = ("dl.bintray.com", "jcenter.bintray.com", "dotnet.myget.org")
GO_PROXIES = ("proxy.golang.org", "sum.golang.org", "goproxy.io", "goproxy.cn")


def under(host: str, suffixes: Iterable[str]) -> bool:
    """`host` (any case, a port or a root dot allowed) is one of `suffixes` or a name below one."""
    host = host.lower().split(":")[0].rstrip(".")
    return any(host == s or host.endswith("." + s) for s in suffixes)


def _is_doc(host: str, path: str | None) -> bool:
    host = host.lower()
    path = (path or "").lower()
    # "please file an issue at https://github.com/o/r/issues/new" is help too (an API's /repos/o/r/issues is not)
    issues = "/issues/new" in path or (host == "github.com" and "/issues" in path)
    return host in _DOC_HOSTS or host.startswith("docs.") or "%2f" in host or "/docs" in path or issues


def _a_reference(ref: str | None) -> bool:
    """A real image reference, not a shell variable, a word or a placeholder (`XXXXX`, `[DOCKER_IMAGE]`): a
    Docker Hub repository is lowercase, so one with capitals is someone's stand-in."""
    if not ref or "$" in ref or ref.lower() in _NOT_A_REFERENCE:
        return False
    first, slash, _ = ref.partition("/")
    hub = not (slash and ("." in first or ":" in first or first == "localhost"))
    return not (hub and (ref != ref.lower() or _MASKED.match(first)))


def image_host(reference: str) -> str:
    """Registry host of an image reference: `alpine:3` and `library/alpine` are Docker Hub's."""
    first, slash, _ = reference.partition("/")
    if slash and ("." in first or ":" in first or first == "localhost"):
        return first.lower()
    return "docker.io"


# a package tool's multi-line error block (`npm ERR! code ETIMEDOUT` ... `npm ERR! network request to URL failed`)
_TOOL_BLOCK = re2.compile(r"^(npm|pnpm) (?:ERR!|error|WARN|warn)\s")
TOOL_BLOCK_KEYWORDS = ("npm err!", "npm error", "npm warn")


_NOT_A_FETCH = re2.compile(r"^\S+ (?:WARN|warn) (?:deprecated|config|EBADENGINE)|npm help|docs\.npmjs")


def _tool_block(text: str) -> str | None:
    m = _TOOL_BLOCK.match(text)
    return str(m[1]) if m else None


# a host the log's author masked (`xxx`, `x.x.x.x:5000` is kept: its port still says which registry)
_MASKED = re2.compile(r"^(?i:x+|\*+)(?::\d+)?$")


def _lookup_name(m: Any) -> str | None:
    return next((g for g in m.groups() if g), None)


def _url_host(text: str) -> str | None:
    """The host of the first URL on the line that is not a documentation or help link."""
    return next((str(u[1]).lower() for u in _URL.finditer(text) if not _is_doc(u[1].split(":")[0], u[2])), None)


def _host_in(text: str, dns_first: bool) -> str | None:
    lookup = _LOOKUP.search(text)
    if dns_first and lookup:
        return _lookup_name(lookup)
    if url := _url_host(text):
        return url
    if (image := _IMAGE.search(text)) and _a_reference(image[1]):
        return image_host(image[1])
    if solve := _SOLVE_REF.search(text):
        return image_host(solve[1])
    if upload := _UPLOAD_IN.search(text):
        return str(upload[1]).lower()
    if compose := _COMPOSE_IMAGE.search(text):
        return image_host(compose[1])
    if lookup:
        return _lookup_name(lookup)
    return peer[1].lower() if (peer := _PEER.search(text)) else None


# the components whose hostless error takes the URL announced above it (never a cache warning's: the lines above a
# cache step's warning are the step before it, installing or fetching something else)
_URL_ABOVE = frozenset({"connectivity", "github", "goproxy"})


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
    host = _host_in(text, dns)
    if host is None and sig.component in ("registry", "credentials"):
        host = next((h for b in reversed(before) if (h := _host_in(b, dns))), None)
    if host is None and (sig.component in _URL_ABOVE or sig.id == "build.request_rejected"):
        # a network error naming no host follows the line that announced its request (`Downloading URL`,
        # `Upload URL is URL`, `[Request] GetCacheEntryDownloadURL URL`): the nearest URL above is its call's
        host = next((h for b in reversed(before) if (h := _url_host(b))), None)
    if host is None and before and before[-1].rstrip().endswith(":"):
        # an error wrapped over lines (`Patch \n"https://host/...": \nread tcp ...: reset`): the line above
        host = _host_in(before[-1], dns) or (_host_in(before[-2], dns) if len(before) > 1 else None)
    if (
        host is None
        and (
            sig.component in ("registry", "credentials")
            or sig.id == "build.tag_not_found"
            or (sig.component == "connectivity" and explicit)
        )
        and not _CACHE_LINE.search(text)  # a cache step's error is never the command's host's
    ):
        host = command
    if host and not dns and host.lower() in DOCKER_HUB:
        return "docker.io"
    return None if host and _MASKED.match(host) else host


# --- the scanner ------------------------------------------------------------------------------------------------
def _before(region: bytes, start: int) -> list[str]:
    """The (up to) CONTEXT_LINES normalized lines ending just before `start`, oldest first."""
    lines: list[str] = []
    end = start - 1  # the newline that ends the previous line
    walked = 0  # blank lines carry no context and are skipped, but the walk stays bounded
    while len(lines) < CONTEXT_LINES and end >= 0 and walked < CONTEXT_WALK:
        begin = region.rfind(b"\n", 0, end) + 1
        line = normalize(region[max(begin, end - MAX_LINE_BYTES) : end].decode("utf-8", "replace"))[0]
        if line.strip():
            lines.append(line)
        walked += 1
        end = begin - 1
    return lines[::-1]


_COMMAND_LINE = -1  # the candidate that marks a command line (its image is remembered)
_BLOCK_LINE = -2  # ... a line of a package tool's error block (it may name the host a line above it lacked)
_PROGRESS_LINE = -3  # ... the cache client's `Received N of M (p%)` (a log that stops on one: the download stalled)
PROGRESS_KEYWORD = "received "
_PROGRESS = re2.compile(r"^Received (\d+) of (\d+) \(\d+(?:\.\d+)?%\)")
RESTATED_MIN = 24  # a restated error is at least this long (a bare `exit code 1` restates nothing)
STALL_TAIL = 5  # the job ended within this many lines of an unfinished download's last progress line
BURST_LINES = 5  # the same warned failure again within this many lines is one burst: its first line names it
_ELAPSED = re.compile(r"^\d+\.\d+ ")  # the summary's `12.345 ` where the step's output had `#7 12.345 `
MAX_SEEN = 256  # (id, evidence) pairs remembered: bounded whatever the log
COMMAND_RECENCY = 100  # a connectivity error at most this many lines after a command may still be that command's


_SURVIVABLE = frozenset(s.id for s in CATALOG if not s.fatal)  # warnings by design: never a job's cause


_STALLED: dict[str, Any] = {
    "id": "gha_cache.download_stalled", "component": "gha_cache", "host": None, "retryable": True,
    "summary": "the cache archive's download stopped making progress (the job ended on it)",
    "remedy": "Retry; set SEGMENT_DOWNLOAD_TIMEOUT_MINS so a stalled download fails fast instead of the job.",
    "blame": "service", "matched": "structure",
}  # fmt: skip


class Scanner:
    """Incremental matcher: feed() the log in chunks of any size, then finish(). Memory stays bounded by the
    largest chunk fed plus a few lines of context."""

    def __init__(self, signatures: tuple[Signature, ...] = CATALOG) -> None:
        self._signatures = signatures
        markers = set(COMMAND_KEYWORDS) | set(TOOL_BLOCK_KEYWORDS) | {PROGRESS_KEYWORD}
        keywords = sorted({k.lower() for s in signatures for k in s.keywords} | markers)
        self._keywords = BytesAhoCorasick([k.encode() for k in keywords])
        # keyword -> the signatures (catalog indexes) worth trying on a line that holds it
        self._candidates = [
            {i for i, s in enumerate(signatures) if k in (w.lower() for w in s.keywords)}
            | ({_COMMAND_LINE} if k in COMMAND_KEYWORDS else set())
            | ({_BLOCK_LINE} if k in TOOL_BLOCK_KEYWORDS else set())
            | ({_PROGRESS_LINE} if k == PROGRESS_KEYWORD else set())
            for k in keywords
        ]
        # every pattern in one RE2 set: one pass per line says which patterns can match at all, so a line full
        # of keywords costs one scan, not one search per candidate pattern
        self._set = re2.Set.SearchSet()
        self._pattern_ids: list[list[int]] = []
        for sig in signatures:
            self._pattern_ids.append([self._set.Add(p.pattern) for p in sig.patterns])
        self._set.Compile()
        self._carry = b""  # the unfinished last line
        self._context = b""  # the last CONTEXT_LINES complete lines, already scanned
        self._lines = 0
        self._command: str | None = None  # the registry host of the last command/step naming an image
        self._explicit = True  # ... named by a push/pull command (not only a build step's base image)
        self._push_target: str | None = None  # the registry the build pushes to (`docker push X`, `--tag X`)
        self._pushing = False  # the log is in a push phase (a registry error there is the push target's)
        self._command_line = 0  # where the last command naming a host was
        self._last_fatal: Finding | None = None
        self._last_structure: Finding | None = None  # the fallback layer's last failure
        self._last_strong: Finding | None = None  # the last failure (even a warned one) a weak wrapper defers to
        self._warnings: dict[str, Finding] = {}  # first occurrence of each non-fatal signature
        self._hostless: tuple[Finding, str] | None = None  # the last tool-block finding naming no host, its line
        self._block: tuple[str, int, str | None] = ("", 0, None)  # the tool block going on: tool, last line, host
        self._stalled: Finding | None = None  # the last progress line of a cache download not yet complete
        self._seen: set[tuple[str, str]] = set()  # (id, evidence) of strong findings: BuildKit re-prints a step's
        # last output lines in its error summary, which must not count as a later failure

    def feed(self, data: bytes) -> None:
        buf = self._carry + data
        cut = buf.rfind(b"\n") + 1
        if cut:
            self._scan(self._context + buf[:cut], len(self._context))
        self._carry = buf[cut:][-MAX_LINE_BYTES:]

    def finish(self) -> Diagnosis:
        if self._carry:
            self._scan(self._context + self._carry + b"\n", len(self._context))
            self._carry = b""
        cause = self._last_fatal or self._last_structure
        strong = self._last_strong
        if cause and cause.weak and strong and cause.line - strong.line <= WEAK_LOOKBACK:
            cause = strong
        elif cause is None and strong and strong.blame != "build" and strong.retryable:
            # nothing ended the job but a network failure it warned about (pip's `WARNING: Retrying ...`)
            cause = strong
        elif cause is None and self._stalled and self._lines - self._stalled.line <= STALL_TAIL:
            cause = self._stalled  # the job ended on a download that stopped making progress
        elif cause is None:
            # nothing else ended the job: a failure it was only warned about (the runner's disk running out, the
            # old runner's `##[warning]Failed to download action`) is the best account; never one a job survives
            # by design (a skipped cache step, a harmless reservation conflict)
            warned = (w for w in reversed(self._warnings.values()) if w.id not in _SURVIVABLE)
            cause = next((w for w in warned if w.component != "gha_cache"), None)
        also = tuple(f for f in self._warnings.values() if cause is None or f.line < cause.line)
        return Diagnosis(cause, also, self._lines)

    def _scan(self, region: bytes, offset: int) -> None:
        """Matches the complete lines of region[offset:] (region[:offset] is context already scanned)."""
        hits: dict[int, set[int]] = {}  # line start -> candidate signatures
        for keyword, i, _ in self._keywords.find_matches_as_indexes(region.lower(), overlapping=True):
            if i >= offset:
                hits.setdefault(region.rfind(b"\n", 0, i) + 1, set()).update(self._candidates[keyword])
        line, counted = self._lines, offset
        for start in sorted(hits):
            line += region.count(b"\n", counted, start)
            counted = start
            end = region.find(b"\n", start)
            raw = region[max(start, end - MAX_LINE_BYTES) : end].decode("utf-8", "replace")
            self._line(raw, line + 1, sorted(hits[start]), partial(_before, region, start))
        self._lines += region.count(b"\n", offset)
        # the lines _before() may walk into, each cut as it reads it: the next chunk sees what one region would
        keep = len(region)
        for _ in range(CONTEXT_WALK + 1):
            keep = region.rfind(b"\n", 0, keep)
            if keep == -1:
                break
        self._context = b"\n".join(x[-MAX_LINE_BYTES:] for x in region[keep + 1 :].split(b"\n"))

    def _line(self, raw: str, number: int, candidates: list[int], before_lines: Callable[[], list[str]]) -> None:
        text, kind = normalize(raw)
        if candidates and candidates[0] == _PROGRESS_LINE:
            candidates = candidates[1:]
            if (progress := _PROGRESS.match(text)) and int(progress[1]) < int(progress[2]):
                self._stalled = Finding(**_STALLED, line=number, evidence=redact(text[:MAX_EVIDENCE]))
            elif progress:
                self._stalled = None
        if candidates and candidates[0] == _BLOCK_LINE:
            candidates = candidates[1:]
            self._block_line(text, number)
        if candidates and candidates[0] == _COMMAND_LINE:
            candidates = candidates[1:]
            if _PUSH_PHASE.search(text):
                self._pushing = True
            elif _PULL_PHASE.search(text):
                self._pushing = False
            m = _COMMAND.search(text)
            ref = m and (m[1] or m[2] or m[3])
            if _a_reference(ref) and _PUSH_TARGET.search(text):
                self._push_target = image_host(ref)
            if m and (ref or m[4]):
                self._command_line = number
            if m and m[4]:
                self._command, self._explicit = m[4].lower(), True
            elif _a_reference(ref):
                self._command = image_host(ref)
                self._explicit = not re2.match(r"(?i)(?:load metadata|from|step|image)", m[0])
        if (self._last_fatal and _REEMITTED.search(text)) or _NODE_ERROR_FIELD.match(text):
            return
        if not candidates:
            return
        hit = set(self._set.Match(text) or ())  # None when nothing matches
        if not hit:
            return
        before: list[str] | None = None
        best: tuple[tuple[int, int, int], Signature, Any] | None = None
        for sig, ids in ((self._signatures[i], self._pattern_ids[i]) for i in candidates):
            for pattern, pattern_id in zip(sig.patterns, ids, strict=True):
                if pattern_id not in hit:
                    continue
                m = pattern.search(text)
                if not m:
                    continue
                if sig.context and not sig.context.search(text):
                    before = before_lines() if before is None else before
                    if not any(sig.context.search(b) for b in before):
                        continue
                key = (sig.tier, -m.end(), m.start())  # innermost: the text that ends last, the longest
                if best is None or key < best[0]:
                    best = (key, sig, m)
        if best is None:
            return
        _, sig, m = best
        if before is None and (
            sig.component in ("registry", "credentials") or sig.component in _URL_ABOVE or sig.matched == "structure"
        ):
            before = before_lines()
        finding = _adjust(
            Finding(
                id=sig.id,
                component=sig.component,
                host=find_host(
                    sig,
                    text,
                    before or [],
                    self._push_target if self._pushing and self._push_target else self._command,
                    # a network error long after the command that named a host is not that command's
                    self._explicit and number - self._command_line <= COMMAND_RECENCY,
                ),
                retryable=sig.retryable,
                blame=sig.blame,
                matched=sig.matched,
                summary=sig.summary,
                remedy=sig.remedy,
                line=number,
                evidence=_evidence(text, m),
                fatal=(sig.fatal or _ended_job(sig, text)) and not kind,
                weak=sig.weak,
            ),
            text,
        )
        tool, block_end, block_host = self._block
        if finding.host is None and block_host and block_end == number and _tool_block(text) == tool:
            finding = _adjust(replace(finding, host=block_host), text)
        if finding.fatal and (warned := self._restated(text)):
            # the runner's `##[error]` restating a failure it warned about: that failure ended the job
            finding = replace(warned, fatal=True)
        # a warning (apt's `W: ... Temporary failure resolving`) can still explain a step failing after it;
        # a skipped cache step cannot
        if (
            sig.fatal
            and not sig.weak
            and kind != "cache_step"
            and not (sig.matched == "structure" and sig.blame == "build")
        ):
            last = self._last_strong
            # a burst of the same failure (apt's `W:` line per source): the first names the host that failed first
            burst = last and last.id == finding.id and not last.fatal and finding.line - last.line <= BURST_LINES
            seen = (finding.id, _ELAPSED.sub("", finding.evidence, count=1))
            if not burst and seen not in self._seen:
                self._last_strong = finding
            if len(self._seen) < MAX_SEEN:
                self._seen.add(seen)
        last = self._last_fatal
        if (
            finding.fatal
            and last
            and last.id in REFINES.get(finding.id, ())
            and finding.line - last.line <= CONTEXT_LINES
        ):
            self._last_fatal = replace(finding, host=finding.host or last.host)
            return
        if finding.fatal and sig.matched == "structure":
            self._last_structure = finding
        elif finding.fatal:
            self._last_fatal = finding
        else:
            self._warnings.setdefault(finding.id, finding)
        if finding.host is None and _tool_block(text):
            self._hostless = (finding, text)

    def _restated(self, text: str) -> Finding | None:
        """The warning whose line held this whole line's text (the old runner repeats a warned error as its last
        `##[error]`), else None."""
        said = text.strip()
        if len(said) < RESTATED_MIN:
            return None
        return next((w for w in self._warnings.values() if said in w.evidence), None)

    def _block_line(self, text: str, number: int) -> None:
        """npm prints one failure over several lines (`npm ERR! code ETIMEDOUT` ... `npm ERR! network request to
        URL failed`): a URL above a finding in the same block names its host, and one just below it too."""
        tool, last, host = self._block
        if _tool_block(text) != tool or number != last + 1:
            tool, host = _tool_block(text) or "", None
        # a fetch's URL (`npm ERR! network request to URL`, `npm WARN retry`), never a deprecation notice's link
        named = None if _NOT_A_FETCH.search(text) else _url_host(text)
        self._block = (tool, number, named or host)
        if self._hostless is None:
            return
        old, old_text = self._hostless
        if number - old.line > CONTEXT_LINES or _tool_block(text) != _tool_block(old_text):
            self._hostless = None
            return
        host = _host_in(text, old.component == "dns")
        if host is None:
            return
        new = _adjust(replace(old, host=host), old_text)
        self._hostless = None
        if self._last_fatal is old:
            self._last_fatal = new
        if self._last_structure is old:
            self._last_structure = new
        if self._last_strong is old:
            self._last_strong = new
        if self._warnings.get(old.id) is old:
            self._warnings[old.id] = new


REFINES = {"goproxy.fetch_timeout": ("goproxy.not_found", "goproxy.bad_status", "goproxy.server_status")}


def _ended_job(sig: Signature, text: str) -> bool:
    """An actions/toolkit cache error on an `Error:` line (not a skipped step's warning) ended the job."""
    if sig.id.startswith("gha_cache.unreachable") and _ARTIFACT_CALL.search(text):
        return True  # the artifact service shares the toolkit's error: the upload or download ended the job
    return sig.component == "gha_cache" and (text[:6].lower() == "error:" or bool(_THROWN.match(text)))


_MIRROR_MISS = re2.compile(r'manifest unknown: Failed to fetch \\?"')
_PULL_SCOPE = re2.compile(r"(?i)[?&]scope=[^&\s\"]*(?::|%3A)pull(?:[&\s\"]|$)")
_ARTIFACT_CALL = re2.compile(r"Failed to (?:CreateArtifact|ListArtifacts|FinalizeArtifact|GetSignedArtifactURL)\b")
_THROWN = re2.compile(r"[A-Z]\w*Error: ")  # a JavaScript error the action threw (`ReserveCacheError: ...`)
_CACHE_LINE = re2.compile(
    r"(?i)cache service|CacheEntry|artifactcache|reserveCache|uploadChunk|downloadCache|Failed to (?:save|restore): "
    r"|actions/cache|results-receiver|CacheUpload|cache upload|GitHub API error: |StructuredApiError"
)
_CACHE_HOSTS = ("actions.githubusercontent.com", "blob.core.windows.net")
_LOOKUP_TIMEOUT = re2.compile(
    r"\blookup ([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])(?: on \S+)?: (?:read udp \S+: )?i/o timeout"
)
_DIALED_LOOPBACK = re2.compile(r"(?i)(?:ECONNREFUSED|dial tcp) (?:127\.\d+\.\d+\.\d+|\[::1\]):\d+")
_LOOPBACK_URL = re2.compile(r"(?i)https?://(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])(?::\d+)?/")
_REGISTRY_CALL = re2.compile(
    r"(?i)/v2/|failed to (?:push|do request|fetch anonymous token)|load metadata for|push refers|tried to push blob"
    r"|writing blob|uploading layer"
)
_BUILDKIT_CALL = re2.compile(r"(?i)failed to (?:push|do request|fetch anonymous token|solve|copy)|load metadata for")
# a package manager's own line: its 5xx is a package registry's (a mirror, Verdaccio, Nexus), not a container one's
_PACKAGE_TOOL = re2.compile(
    r"(?i)^(?:npm|pnpm|yarn)\b|^(?:error|warning) An unexpected error|/-/[\w.@-]+\.tgz|/repository/npm|ERR_PNPM"
)
_GO_FETCH = re2.compile(r"^go: |/@v/|/sumdb/|[?&]go-get=1|unrecognized import path|verifying \S+/go\.mod")
_DIALED_NAME = re2.compile(r"\bdial tcp ([A-Za-z][\w.-]*:\d+)")
_BUILDER_LINE = re2.compile(
    r"(?i)failed to dial gRPC|buildkitd|buildx_buildkit|failed to (?:initialize|bootstrap) builder|"
    r"transport: Error while dialing|failed to list workers"
)
# package mirrors a RUN step fetches from: their 5xx/429 is the mirror's, not a container registry's
MIRRORS = ("npmjs.org", "npmjs.com", "yarnpkg.com", "pypi.org", "pythonhosted.org", "debian.org", "ubuntu.com",
           "alpinelinux.org", "nodesource.com", "rubygems.org", "crates.io", "maven.org", "apache.org", "gradle.org",
           "fedoraproject.org", "centos.org", "nodejs.org", "repo1.maven.org")  # fmt: skip
GITHUB_HOSTS = ("github.com", "api.github.com", "codeload.github.com", "objects.githubusercontent.com")
_CACHE_IDS = {"registry.server_error": ("gha_cache.service_error", True),
              "registry.rate_limited": ("gha_cache.rate_limited", True),
              "credentials.registry_refused": ("gha_cache.client_refused", False),
              "credentials.denied": ("gha_cache.client_refused", False),
              "build.request_rejected": ("gha_cache.client_refused", False)}  # fmt: skip


_RESERVE_THROTTLED = re2.compile(r"(?i)exceeding usage|too many requests|rate limit")
_RESERVE_OUTAGE = re2.compile(r"(?i)<!DOCTYPE|<html|<h\d>|services aren't available|unicorn")
_OOM_EXIT = re2.compile(r"exit code:? 137\b")
# a single-label name (a compose service) or Docker's host alias: never a public service's name
_OWN_NAME = re2.compile(r"^(?:[A-Za-z0-9][A-Za-z0-9_-]*|host\.docker\.internal)$")
_SIDECAR_DAEMON = re2.compile(r"(?i)tcp://(?:localhost|127\.0\.0\.1):237[56]\b|unix:///run/docker/docker\.sock")
# the docker-in-docker service (`docker:dind` as `docker`, port 2375/2376) not up: the daemon is down
_DIND = re2.compile(r"(?i)error during connect|tcp://docker:|\bdocker:237[56]\b|lookup docker\b")


def _adjust(f: Finding, text: str) -> Finding:
    """The families a pattern alone cannot tell apart, settled from the host and the line."""
    if f.id == "gha_cache.reserve_conflict" and _RESERVE_THROTTLED.search(text):
        return replace(f, id="gha_cache.rate_limited", retryable=True, summary="the cache service throttled the job")
    if f.id == "gha_cache.reserve_conflict" and _RESERVE_OUTAGE.search(text):
        return replace(f, id="gha_cache.outage", retryable=True, summary="the cache service answered an error page")
    if (
        f.id == "connectivity.refused"
        and f.host
        and not _LOOPBACK.search(" " + f.host)
        and _DIALED_LOOPBACK.search(text)
    ):
        # a public URL whose connection went to the runner's loopback: a local proxy setting that is not listening
        return replace(f, id="connectivity.proxy_refused", retryable=False, blame="local",
                       summary="the request went to a proxy on the runner's loopback, which refused it",
                       remedy="Fix or unset HTTP(S)_PROXY for the job (or start the proxy).")  # fmt: skip
    if (
        f.component in ("connectivity", "dns")
        and _BUILDER_LINE.search(text)
        and (f.matched == "structure" or not _URL.search(text))  # a URL's call is the registry's, not the builder's
    ):
        dialed = _DIALED_NAME.search(text)  # the builder's own address (`dial tcp remote-bk:8372`)
        host = f.host or (dialed[1].lower() if dialed else None)
        return replace(f, id="builder.unreachable", component="builder", retryable=False, blame="local", host=host)
    if f.component in ("dns", "connectivity") and ((f.host or "").lower() == "docker" or _DIND.search(text)):
        return replace(f, id="local.docker_daemon_down", component="local", host=None, retryable=False, blame="local",
                       summary="the Docker daemon (a docker:dind service) is not reachable",
                       remedy="Start the dind service (services: docker:dind) and wait until it listens.")  # fmt: skip
    if f.id == "build.step_failed" and _OOM_EXIT.search(text):
        # 137 = 128 + SIGKILL: the kernel's OOM killer (or the runner's memory limit) ended the step
        return replace(f, id="local.out_of_memory", component="local", blame="local",
                       summary="the step was killed for memory (exit code 137: SIGKILL, the OOM killer)",
                       remedy="Give the build more memory (a larger runner, the builder's memory limit) or use less "
                       "(fewer parallel jobs).")  # fmt: skip
    if (
        f.id in ("dns.no_such_host", "dns.resolve_failed")
        and f.host
        and _OWN_NAME.match(f.host)
        and not _CACHE_LINE.search(text)  # a cache server the runner is set up with (act's) is no test service
    ):
        # a compose service or host.docker.internal that does not resolve: the build's own network setup
        return replace(f, id="build.test_service_unreachable", component="build", blame="build", host=None,
                       retryable=False, summary="the build's own service name did not resolve (a compose service "
                       "or host.docker.internal that is not there)",
                       remedy="Start the service (and put the job on its network), or use the name it really "
                       "has.")  # fmt: skip
    if f.id == "local.docker_daemon_down" and _SIDECAR_DAEMON.search(text):
        # a dind sidecar (ARC's, Tekton's) the job raced: it starts a moment later, so a retry passes
        return replace(f, retryable=True, summary="the Docker daemon's sidecar (dind) was not up yet",
                       remedy="Retry; wait for the sidecar's socket before the first docker command.")  # fmt: skip
    if f.id == "build.request_rejected":
        # a 4xx is the build's request unless the line says whose protocol it was: a Go module fetch, a
        # registry's /v2/ call, the cache service (_CACHE_IDS, below)
        if _GO_FETCH.search(text) or (f.host and under(f.host, GO_PROXIES)):
            return replace(f, id="goproxy.bad_status", component="goproxy", blame="service")
        if _REGISTRY_CALL.search(text):
            return replace(f, id="registry.request_rejected", component="registry", blame="service")
    if f.id.startswith("gha_cache.unreachable") and _ARTIFACT_CALL.search(text):
        return replace(f, id="github.artifact_service_error", component="github", retryable=True,
                       summary="GitHub's artifact service could not be reached",
                       remedy="Retry; a self-hosted runner needs to reach "
                       "results-receiver.actions.githubusercontent.com and its blob storage.")  # fmt: skip
    if f.id == "build.tag_not_found" and _MIRROR_MISS.search(text):
        # a pull-through cache (mirror.gcr.io, Harbor's proxy project) that could not fetch from its upstream
        return replace(f, id="registry.mirror_miss", component="registry", blame="service",
                       summary="the registry mirror could not fetch the image from its upstream",
                       remedy="Pull from the upstream registry directly, or check the mirror's upstream and "
                       "credentials.")  # fmt: skip
    if f.id == "credentials.push_denied" and _PULL_SCOPE.search(text):
        return replace(f, id="credentials.pull_access_denied", summary="the registry refused to let the job pull "
                       "the image (it does not exist, or is private to this token)")  # fmt: skip
    if f.id == "registry.rate_limited" and f.host == "docker.io":
        return replace(f, id="registry.dockerhub_pull_limit", retryable=False)
    if (
        f.matched == "structure"
        and f.id in _CACHE_IDS
        and (_CACHE_LINE.search(text) or (f.host and under(f.host, _CACHE_HOSTS)))
    ):
        rid, retryable = _CACHE_IDS[f.id]
        # the cache's own host when the line names it (not a base image's registry the step pulled before)
        host = f.host if f.host and under(f.host, _CACHE_HOSTS) else None
        return replace(f, id=rid, component="gha_cache", retryable=retryable, host=host, blame="service")
    if f.matched == "structure" and f.host and f.id in ("registry.server_error", "registry.rate_limited"):
        if under(f.host, MIRRORS) or _PACKAGE_TOOL.search(text):
            return replace(f, id="connectivity.package_mirror", component="connectivity")
        if under(f.host, GITHUB_HOSTS):
            return replace(f, id="github.outage", component="github")
    if f.component == "connectivity" and (m := _LOOKUP_TIMEOUT.search(text)):
        # the innermost failure is the resolver's (`dial tcp: lookup proxy.golang.org: i/o timeout`)
        return replace(f, id="dns.timeout", component="dns", host=m[1].lower(), retryable=True)
    if (
        f.component in ("connectivity", "dns")
        and ((f.host and _LOOPBACK.search(" " + f.host)) or _LOOPBACK_URL.search(text))
        and _BUILDKIT_CALL.search(text)
    ):
        # a registry on the runner's localhost, unreachable from BuildKit's container (docker-container driver)
        return replace(f, id="builder.network_isolation", component="builder", host=None, retryable=False,
                       blame="build", summary="BuildKit runs in its own container: the runner's localhost is not "
                       "its localhost", remedy="Use the docker driver, driver-opts network=host, or the registry's "
                       "address on the runner's network.")  # fmt: skip
    if (
        f.component in ("connectivity", "dns")
        and f.id != "connectivity.proxy_refused"
        and ((f.host and _LOOPBACK.search(" " + f.host)) or (f.host is None and _LOOPBACK.search(text)))
        and not _CACHE_LINE.search(text)
        and not _REGISTRY_CALL.search(text)  # a registry on the runner (the docker CLI's push reaches it)
    ):
        # the build's own services (a test's database on 127.0.0.1:5432): the build, never the network
        return replace(f, id="build.test_service_unreachable", component="build", host=None, retryable=False,
                       blame="build", summary="the build's own test service (on loopback) was not reachable",
                       remedy="Start the service the tests need (a job `services:` entry, docker compose up) "
                       "and wait until it is ready.")  # fmt: skip
    if (
        f.id == "connectivity.timeout"
        and f.host
        and _OWN_INDEX.match(f.host)
        and not under(f.host, PUBLIC_SUFFIXES + MIRRORS)
    ):
        # a company's own package index (pypi.corp.example): from a hosted runner outside its network every
        # attempt times out the same, a re-run included
        return replace(f, id="connectivity.private_index_unreachable", retryable=False, blame="local",
                       summary=f"the job's private package index {f.host} is not reachable from this runner",
                       remedy="Run on a runner inside that network (self-hosted, a VPN step), or use the public "
                       "index.")  # fmt: skip
    if f.host and f.component not in ("build", "local") and under(f.host, RETIRED_REPOSITORIES):
        return replace(f, id="build.retired_repository", component="build", blame="build", retryable=False,
                       summary=f"{f.host} was shut down: the build still fetches from a retired package repository",
                       remedy="Move the dependency to a live repository (Maven Central, nuget.org, the project's new "
                       "feed).")  # fmt: skip
    if f.component in ("dns", "connectivity") and f.host and under(f.host, RETIRED_HOSTS):
        return replace(f, id="build.distro_eol", component="build", blame="build", retryable=False,
                       summary=f"{f.host} is retired: the base image's release is past its end of life",
                       remedy="Move to a supported release, or point the package manager at the release's archive "
                       "(vault.centos.org).")  # fmt: skip
    if f.component == "dns" and f.host and f.id in ("dns.no_such_host", "dns.resolve_failed"):
        # a well-known public name failing to resolve mid-outage is transient; a private name's is not
        return replace(f, retryable=under(f.host, PUBLIC_SUFFIXES))
    if f.matched == "structure" and f.host and f.component in ("registry", "credentials") and under(f.host, GO_PROXIES):
        return replace(f, component="goproxy", id="goproxy." + f.id.split(".", 1)[1])
    return f


def _evidence(text: str, m: Any) -> str:
    if len(text) > MAX_EVIDENCE:
        start = max(0, min(m.start() - 40, len(text) - MAX_EVIDENCE))
        text = ("…" if start else "") + text[start : start + MAX_EVIDENCE] + "…"
    return redact(text)


def diagnose(chunks: Iterable[bytes | str]) -> Diagnosis:
    """The whole log, in chunks of any size (bytes, or str for tests and small inputs) -> Diagnosis."""
    scanner = Scanner()
    for chunk in chunks:
        scanner.feed(chunk.encode() if isinstance(chunk, str) else chunk)
    return scanner.finish()
