"""The matcher: a pure fold from a build log's bytes to a Diagnosis (the cause and the warnings before it).

Speed and memory: the log is fed in chunks and never held whole. Each chunk is searched for all the catalog's
keywords at once (one Aho-Corasick pass in Rust, ahocorasick-rs: about 0.2 s per 100 MB whatever the number
of keywords, where one bytes.find per keyword cost 1.5 s and one combined `re` alternation ran at 30 MB/s);
only the lines holding a keyword are decoded, normalized (timestamps, colour, annotations stripped) and tried
against the signatures that own the keywords found. A few lines before each hit are kept for context (the
containerd >= v2.1.3 message sits on the line after the status, whose URL names the host).

Here: loading the catalog (into findings.Signature), normalizing and redacting a line, the Scanner, diagnose().
Which host failed is read in hosts.py, and what the host and the line settle afterwards in settle.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Any

import re2  # type: ignore[import-untyped]
from ahocorasick_rs import BytesAhoCorasick

from healthd.diagnose.catalog import SIGNATURES
from healthd.diagnose.findings import Diagnosis, Finding, Signature
from healthd.diagnose.hosts import (
    COMMAND_HOSTED,
    URL_ABOVE,
    a_reference,
    find_host,
    host_in,
    image_host,
    url_alone,
    url_host,
)
from healthd.diagnose.settle import ended_job, settle
from healthd.diagnose.structure import STRUCTURE

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
# `[warning]`: the old runner's form; pnpm's `WARN  GET ... Will retry`; yarn 1's `info There appears to be trouble ...`
# announces a retry
_WARNING_LINE = re.compile(r"(?i:warning:|w: |npm warn |warn  |\[warning\]|info there appears to be trouble)")
_CACHE_STEP = re.compile(r"(?:(?i:warning: ))?Failed to (?:restore|save): ")  # actions/toolkit: skipped, not fatal
# Node prints an error's fields after its stack (`  code: 'EAI_AGAIN',`): they restate the error above
_NODE_ERROR_FIELD = re.compile(r"^(?:errno|code|syscall|hostname|address|port): '?[\w.:-]*'?,?\s*$")
# build-push-action repeats the last stderr line; the AWS SDK (Go v1) trails an error with its status and request id;
# actions/toolkit's `Begin Diagnostic HTTP information` block restates the status of the error above it
_REEMITTED = re.compile(
    r"buildx (?:bake )?failed with: |^status code: \d{3}, request id: |^Status (?:Code: \d{3}|Message: )"
)
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


# --- the scanner ------------------------------------------------------------------------------------------------
# the command or step whose failure a later line reports: its image names the registry (`http+docker://` is
# docker-py's socket, never an image)
_COMMAND = re2.compile(
    r"(?i)(?:docker(?: --config \S+)? (?:image )?(?:push|pull)|podman (?:push|pull)|"
    r"docker (?:manifest|buildx imagetools) inspect|"  # reading a manifest: the registry a manifest error is from
    r"push refers to (?:a )?repository \[|(?:^|[^+\w])docker://|"
    r"load metadata for|^FROM|^Step \d+/\d+ : FROM|IMAGE=|docker push,|^\s*(?:- )?image: |^Pulling repository |"
    r"^Unable to find image '|^Trying to pull (?:repository )?)"  # `docker run` pulling an image it lacks; podman
    r"\s*([A-Za-z0-9][\w.\-/:@*]*[\w])|"
    r"(?:\bpushing (?:image |manifest for )?|(?:^|\s)(?:-t|--tag)[ =]|^tags:\s*|"
    r"\b(?:docker|podman|buildah|skopeo|nerdctl) (?:image )?(?:push|pull)\b[^|;&]*?\s)"  # past its flags
    r"([A-Za-z0-9][\w-]*(?:\.[\w-]+)+(?::\d+)?/[\w.\-/:@*]*[\w])|"
    # a Docker Hub tag (`-t user/app:1`, `tags: user/app`) only on a line that builds or pushes an image
    r"(?:(?:docker|podman|buildah)\b[^|;&]*?\s(?:-t|--tag)[ =]|^tags:\s*)"
    r"([a-z0-9][\w.\-]*/[\w.\-/]*\w(?::[\w.\-]+)?)(?:\s|,|$)|"
    r"(?i:(?:\b(?:curl|wget|git (?:clone|fetch|pull|ls-remote|submodule update))\b|--registry\b)[^|;&]*?https?://(?:[^/\s\"'@]*@)?"
    r"([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]))|"
    # BuildKit's `[auth] org/app:pull,push token for HOST`: the registry it is about to pull from or push to
    r"\[auth\] \S+ token for ([A-Za-z0-9][\w.-]*\.[\w.-]*[A-Za-z0-9](?::\d+)?)"
)
# the phase a registry error belongs to: pushing the result (its tag's registry) or pulling a base image
_PUSH_PHASE = re2.compile(
    r"(?i)exporting to image|pushing layers|pushing manifest|push refers to|docker (?:image )?push|podman push"
)
_PULL_PHASE = re2.compile(
    r"(?i)load metadata for|^FROM |pulling from|docker (?:image )?pull|trying to pull|^Step \d+/\d+ : FROM"
    r"|^Unable to find image '"
)
_PUSH_TARGET = re2.compile(
    r"(?i)^(?:docker (?:image )?push|podman push|push refers|pushing|tags:)|(?:^|\s)(?:-t|--tag)[ =]"
)
COMMAND_KEYWORDS = ("docker push", "docker pull", "docker image push", "docker image pull", "podman push",
                    "podman pull", "push refers to repository", "push refers to a repository", "docker --config",
                    "docker://", "load metadata for", "from ",
                    "image=", "docker push,", "image: ", "pushing ", " -t ", "--tag", "curl ", "wget ", "git clone",
                    "git fetch", "git pull", "git ls-remote", "git submodule", "--registry", "exporting to image",
                    "pushing layers", "pushing manifest", "pulling from", "trying to pull", "tags:", "[auth] ",
                    "pulling repository ", "unable to find image", "manifest inspect",
                    "imagetools inspect")  # fmt: skip
# a package tool's multi-line error block (`npm ERR! code ETIMEDOUT` ... `npm ERR! network request to URL failed`)
_TOOL_BLOCK = re2.compile(r"^(npm|pnpm) (?:ERR!|error|WARN|warn)\s")
TOOL_BLOCK_KEYWORDS = ("npm err!", "npm error", "npm warn")


_NOT_A_FETCH = re2.compile(r"^\S+ (?:WARN|warn) (?:deprecated|config|EBADENGINE)|npm help|docs\.npmjs")


def _tool_block(text: str) -> str | None:
    m = _TOOL_BLOCK.match(text)
    return str(m[1]) if m else None


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


# a cache client's failure that can end the job when it is the log's last word (Gradle's remote cache, a caching
# action that throws): never an archive that would not unpack (the step, or the CI runner's own, goes on without it)
_CLIENT_FAILURES = frozenset(
    f"gha_cache.{x}"
    for x in ("service_error", "client_refused", "rate_limited", "toolkit_throttled", "remote_cache_refused",
              "remote_cache_failed", "no_token", "archive_tool_missing")
)  # fmt: skip
_SURVIVABLE = frozenset(s.id for s in CATALOG if not s.fatal)  # warnings by design: never a job's cause


_STALLED: dict[str, Any] = {
    "id": "gha_cache.download_stalled", "component": "gha_cache", "host": None, "retryable": True,
    "summary": "the cache archive's download stopped making progress (the job ended on it)",
    "remedy": "Retry; set SEGMENT_DOWNLOAD_TIMEOUT_MINS so a stalled download fails fast instead of the job.",
    "blame": "service", "matched": "structure",
}  # fmt: skip


@dataclass(frozen=True)
class _Index:
    """What a Scanner searches with, compiled once per signature set and shared (read-only) by every Scanner:
    compiling takes ~90 ms, more than scanning most logs, and the daemon's diagnose worker makes a Scanner per
    log."""

    keywords: BytesAhoCorasick
    # keyword -> the signatures (catalog indexes) worth trying on a line that holds it
    candidates: tuple[frozenset[int], ...]
    patterns: Any  # every pattern in one RE2 set: one pass per line says which patterns can match at all
    pattern_ids: tuple[tuple[int, ...], ...]


@lru_cache(maxsize=4)
def _index(signatures: tuple[Signature, ...]) -> _Index:
    markers = set(COMMAND_KEYWORDS) | set(TOOL_BLOCK_KEYWORDS) | {PROGRESS_KEYWORD}
    keywords = sorted({k.lower() for s in signatures for k in s.keywords} | markers)
    candidates = tuple(
        frozenset(
            {i for i, s in enumerate(signatures) if k in (w.lower() for w in s.keywords)}
            | ({_COMMAND_LINE} if k in COMMAND_KEYWORDS else set())
            | ({_BLOCK_LINE} if k in TOOL_BLOCK_KEYWORDS else set())
            | ({_PROGRESS_LINE} if k == PROGRESS_KEYWORD else set())
        )
        for k in keywords
    )
    patterns = re2.Set.SearchSet()
    pattern_ids = tuple(tuple(patterns.Add(p.pattern) for p in sig.patterns) for sig in signatures)
    patterns.Compile()
    return _Index(BytesAhoCorasick([k.encode() for k in keywords]), candidates, patterns, pattern_ids)


class Scanner:
    """Incremental matcher: feed() the log in chunks of any size, then finish(). Memory stays bounded by the
    largest chunk fed plus a few lines of context."""

    def __init__(self, signatures: tuple[Signature, ...] = CATALOG) -> None:
        self._signatures = signatures
        self._index = _index(signatures)
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
        self._awaiting: tuple[Finding, str] | None = None  # the last line's finding naming no host: the line below
        # may be its URL alone
        self._block: tuple[str, int, str | None] = ("", 0, None)  # the tool block going on: tool, last line, host
        self._stalled: Finding | None = None  # the last progress line of a cache download not yet complete
        self._cache_failure: Finding | None = None  # the last cache failure on a line no skipped step printed
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
        ended = self._cache_failure
        if cause and cause.matched == "structure" and cause.component == "connectivity" and ended:
            # a connection error on the line below a cache client's failure is its detail (Gradle's `> ...Exception`)
            cause = replace(ended, fatal=True) if cause.line == ended.line + 1 else cause
        strong = self._last_strong
        guess = self._last_structure
        stalled = self._stalled
        if cause and cause.weak and stalled and 0 < cause.line - stalled.line <= STALL_TAIL:
            cause = stalled  # the job was cancelled on a cache download that had stopped moving
        elif cause and cause.weak and strong and cause.line - strong.line <= WEAK_LOOKBACK:
            cause = strong
        elif cause and cause.weak and guess and guess.blame == "build" and cause.line - guess.line <= WEAK_LOOKBACK:
            cause = guess  # the build's own error the wrapper reports (a 404 wget got, a compile error)
        elif cause and cause.weak and (own := self._own_warning(cause)):
            cause = replace(own, fatal=True)  # the step failed on what it warned of (apk's UNTRUSTED signature)
        elif cause is None and strong and strong.blame != "build" and strong.retryable:
            # nothing ended the job but a network failure it warned about (pip's `WARNING: Retrying ...`)
            cause = strong
        elif cause is None and stalled and self._lines - stalled.line <= STALL_TAIL:
            cause = stalled  # the job ended on a download that stopped making progress
        elif cause is None and ended and self._lines - ended.line <= STALL_TAIL:
            cause = replace(ended, fatal=True)  # the job ended on it (Gradle's remote cache, a client's throw)
        elif cause is None:
            # nothing else ended the job: a failure it was only warned about (the runner's disk running out, the
            # old runner's `##[warning]Failed to download action`) is the best account; never one a job survives
            # by design (a skipped cache step, a harmless reservation conflict)
            warned = (w for w in reversed(self._warnings.values()) if w.id not in _SURVIVABLE)
            cause = next((w for w in warned if w.component != "gha_cache"), None)
        also = tuple(f for f in self._warnings.values() if cause is None or f.line < cause.line)
        return Diagnosis(cause, also, self._lines)

    def _own_warning(self, weak: Finding) -> Finding | None:
        """The latest warning of the build's own just before a wrapper's weak failure line, if any."""
        near = (w for w in self._warnings.values() if w.blame == "build" and 0 < weak.line - w.line <= WEAK_LOOKBACK)
        return max(near, key=lambda w: w.line, default=None)

    def _scan(self, region: bytes, offset: int) -> None:
        """Matches the complete lines of region[offset:] (region[:offset] is context already scanned)."""
        if self._awaiting and self._awaiting[0].line == self._lines:  # the last chunk ended on its line
            self._look_below(region, offset)
        hits: dict[int, set[int]] = {}  # line start -> the keywords found on it
        start = end = -1
        found: set[int] = set()
        candidates = self._index.candidates
        for keyword, i, _ in self._index.keywords.find_matches_as_indexes(region.lower(), overlapping=True):
            if i < offset:
                continue
            if not start <= i < end:  # a keyword on another line: find that line once, not once per keyword
                start = region.rfind(b"\n", 0, i) + 1
                end = region.find(b"\n", i)
                found = hits.setdefault(start, set())
            found.add(keyword)
        line, counted = self._lines, offset
        for start in sorted(hits):
            line += region.count(b"\n", counted, start)
            counted = start
            end = region.find(b"\n", start)
            raw = region[max(start, end - MAX_LINE_BYTES) : end].decode("utf-8", "replace")
            on_line = set().union(*map(candidates.__getitem__, hits[start]))
            self._line(raw, line + 1, sorted(on_line), partial(_before, region, start))
            if self._awaiting and self._awaiting[0].line == line + 1 and end + 1 < len(region):
                self._look_below(region, end + 1)
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
            if a_reference(ref) and _PUSH_TARGET.search(text):
                self._push_target = image_host(ref)
            if m and (ref or m[4] or m[5]):
                self._command_line = number
            if m and (m[4] or m[5]):
                self._command, self._explicit = (m[4] or m[5]).lower(), True
            elif a_reference(ref):
                self._command = image_host(ref)
                self._explicit = not re2.match(r"(?i)(?:load metadata|from|step|image)", m[0])
        if ((self._last_fatal or self._last_structure) and _REEMITTED.search(text)) or _NODE_ERROR_FIELD.match(text):
            return
        if not candidates:
            return
        # one scan of the set, not one search per candidate pattern (None when nothing matches)
        hit = set(self._index.patterns.Match(text) or ())
        if not hit:
            return
        before: list[str] | None = None
        best: tuple[tuple[int, int, int], Signature, Any] | None = None
        for sig, ids in ((self._signatures[i], self._index.pattern_ids[i]) for i in candidates):
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
            sig.component in COMMAND_HOSTED
            or sig.component in URL_ABOVE
            or sig.matched == "structure"
            or sig.component == "dns"  # an inner exception restating the lookup the line above names
            or text.lstrip().startswith("Caused by:")  # a Rust error chain: its head names the host
        ):
            before = before_lines()
        host_of = partial(
            find_host,
            text=text,
            before=before or [],
            command=self._push_target if self._pushing and self._push_target else self._command,
            # a network error long after the command that named a host is not that command's
            explicit=self._explicit and number - self._command_line <= COMMAND_RECENCY,
        )
        finding = settle(
            Finding(
                id=sig.id,
                component=sig.component,
                host=host_of(sig),
                retryable=sig.retryable,
                blame=sig.blame,
                matched=sig.matched,
                summary=sig.summary,
                remedy=sig.remedy,
                line=number,
                evidence=_evidence(text, m),
                fatal=(sig.fatal or ended_job(sig, text)) and not kind,
                weak=sig.weak,
            ),
            text,
        )
        if finding.host is None and finding.component in COMMAND_HOSTED and sig.component not in COMMAND_HOSTED:
            # settled into a registry's error (a 4xx on its /v2/ call): the registry's host, found as its own
            # signatures find it (from the line above, or the image of the command that pushed)
            finding = replace(finding, host=host_of(replace(sig, id=finding.id, component=finding.component)))
        tool, block_end, block_host = self._block
        if finding.host is None and block_host and block_end == number and _tool_block(text) == tool:
            finding = settle(replace(finding, host=block_host), text)
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
            if finding.id in _CLIENT_FAILURES and not kind:  # neither a skipped step's nor a warning's line
                self._cache_failure = finding
        if finding.host is None and _tool_block(text):
            self._hostless = (finding, text)
        if finding.host is None and sig.find_host:
            self._awaiting = (finding, text)

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
        named = None if _NOT_A_FETCH.search(text) else url_host(text)
        self._block = (tool, number, named or host)
        if self._hostless is None:
            return
        old, old_text = self._hostless
        if number - old.line > CONTEXT_LINES or _tool_block(text) != _tool_block(old_text):
            self._hostless = None
            return
        host = host_in(text, old.component == "dns")
        if host is None:
            return
        self._hostless = None
        self._rehost(old, old_text, host)

    def _look_below(self, region: bytes, start: int) -> None:
        """The awaiting finding's host from the line starting at region[start], if that line is a URL alone."""
        old, old_text = self._awaiting or (None, "")
        self._awaiting = None
        end = region.find(b"\n", start)
        below = normalize(region[start : min(end, start + MAX_LINE_BYTES)].decode("utf-8", "replace"))[0]
        if old and (host := url_alone(below)):
            self._rehost(old, old_text, host)

    def _rehost(self, old: Finding, old_text: str, host: str) -> None:
        """Puts `old`, now with `host` (and what the host settles), wherever the scan holds it."""
        new = settle(replace(old, host=host), old_text)
        if self._last_fatal is old:
            self._last_fatal = new
        if self._last_structure is old:
            self._last_structure = new
        if self._last_strong is old:
            self._last_strong = new
        if self._warnings.get(old.id) is old:
            self._warnings[old.id] = new
        if self._cache_failure is old:
            self._cache_failure = new


REFINES = {"goproxy.fetch_timeout": ("goproxy.not_found", "goproxy.bad_status", "goproxy.server_status")}


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
