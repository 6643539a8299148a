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
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from ahocorasick_rs import BytesAhoCorasick

from healthd.diagnose.catalog import SIGNATURES

COMPONENTS = ("gha_cache", "registry", "goproxy", "dns", "connectivity", "builder", "credentials", "build")
TIERS = ("build", "specific", "status", "network")  # on one line, the earlier tier wins
CONTEXT_LINES = 3  # lines before a hit searched for context and host
WEAK_LOOKBACK = 300  # a weak wrapper ("process ... did not complete") defers to a failure this close before it
MAX_LINE_BYTES = 8192  # of a longer line only the end is matched: the innermost cause comes last
MAX_EVIDENCE = 400
_REQUIRED = {"id", "component", "retryable", "tier", "keywords", "patterns", "summary", "remedy", "source"}
_OPTIONAL = {"fatal", "weak", "host", "find_host", "context"}


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
    context: re.Pattern[str] | None = None


def load_catalog(entries: Iterable[Mapping[str, Any]]) -> tuple[Signature, ...]:
    """Checks and compiles catalog entries; a malformed entry raises ValueError naming it."""
    signatures, seen = [], set()
    for entry in entries:
        name = entry.get("id", "?")
        if missing := _REQUIRED - entry.keys():
            raise ValueError(f"signature {name}: missing {sorted(missing)}")
        if unknown := entry.keys() - _REQUIRED - _OPTIONAL:
            raise ValueError(f"signature {name}: unknown keys {sorted(unknown)}")
        if entry["component"] not in COMPONENTS or entry["tier"] not in TIERS or name in seen:
            raise ValueError(f"signature {name}: bad component or tier, or a duplicate id")
        seen.add(name)
        context = entry.get("context")
        signatures.append(
            Signature(
                **{k: entry[k] for k in ("id", "component", "retryable", "summary", "remedy", "source")},
                tier=TIERS.index(entry["tier"]),
                keywords=tuple(entry["keywords"]),
                patterns=tuple(re.compile(p) for p in entry["patterns"]),
                fatal=entry.get("fatal", True),
                weak=entry.get("weak", False),
                host=entry.get("host"),
                find_host=entry.get("find_host", True),
                context=re.compile(context) if context else None,
            )
        )
    return tuple(signatures)


CATALOG = load_catalog(SIGNATURES)


@dataclass(frozen=True)
class Finding:
    id: str
    component: str
    host: str | None
    retryable: bool
    summary: str
    remedy: str
    line: int
    evidence: str
    fatal: bool = field(default=True, compare=False)
    weak: bool = field(default=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        keys = ("id", "component", "host", "retryable", "summary", "remedy", "line", "evidence")
        return {k: getattr(self, k) for k in keys}


@dataclass(frozen=True)
class Diagnosis:
    cause: Finding | None
    also: tuple[Finding, ...]
    lines: int

    def as_dict(self) -> dict[str, Any]:
        """The JSON contract: {"cause": null | {...}, "also": [...]}."""
        return {"cause": self.cause.as_dict() if self.cause else None, "also": [f.as_dict() for f in self.also]}


# --- normalizing a line -------------------------------------------------------------------------------------
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
_PREFIX = re.compile(
    r"^\ufeff?(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z? ?)?"  # GitHub's timestamp
    r"(?:##\[(?P<annotation>[a-z]+)\]|::(?P<command>error|warning|notice)[^:]*::)*"  # annotations
    r"(?:#\d+ (?:\d+\.\d+ )?)?"  # BuildKit's step number and elapsed seconds
)
_WARNING_LINE = re.compile(r"(?i:warning:|w: )")
_CACHE_STEP = re.compile(r"(?:(?i:warning: ))?Failed to (?:restore|save): ")  # actions/toolkit: skipped, not fatal
_REEMITTED = re.compile(r"buildx (?:bake )?failed with: ")  # build-push-action repeats the last stderr line
_SECRETS = re.compile(r"(https?://)[^/\s\"'@]*@|(https?://[^\s\"'?]+)\?[^\s\"']*")


def normalize(raw: str) -> tuple[str, str]:
    """(the line without timestamp, colour, annotation and step prefixes; what kind of line it is:
    "cache_step" for an actions/toolkit cache save/restore the job skipped, "warning", or "")."""
    text = _ANSI.sub("", raw).rstrip("\r\n ")
    m = _PREFIX.match(text)
    assert m is not None  # every part of _PREFIX is optional: it matches any text
    rest = text[m.end() :]
    if _CACHE_STEP.match(rest):
        return rest, "cache_step"
    warning = "warning" in (m["annotation"], m["command"]) or bool(_WARNING_LINE.match(rest))
    return rest, "warning" if warning else ""


def redact(text: str) -> str:
    """URL credentials and query strings (SAS signatures on cache blob URLs) never reach an answer."""
    return _SECRETS.sub(lambda m: m[1] if m[1] else m[2] + "?…", text)


# --- hosts ----------------------------------------------------------------------------------------------------
_LOOKUP = re.compile(r"lookup ([A-Za-z0-9][A-Za-z0-9.-]*)(?: on |: )|resolving '([^']+)'")
_URL = re.compile(r"https?://(?:[^/\s\"'@]*@)?([A-Za-z0-9][A-Za-z0-9.-]*(?::\d+)?)")
_IMAGE = re.compile(
    r"(?:metadata for|pull access denied for|manifest for|No such image:|pulling image|token for) "
    r"([A-Za-z0-9][\w.\-/:@]*[\w])"
)
DOCKER_HUB = frozenset({"docker.io", "registry-1.docker.io", "index.docker.io", "auth.docker.io"})


def image_host(reference: str) -> str:
    """Registry host of an image reference: `alpine:3` and `library/alpine` are Docker Hub's."""
    first, slash, _ = reference.partition("/")
    if slash and ("." in first or ":" in first or first == "localhost"):
        return first.lower()
    return "docker.io"


def _host_in(text: str, dns_first: bool) -> str | None:
    lookup = _LOOKUP.search(text)
    if dns_first and lookup:
        return lookup[1] or lookup[2]
    if url := _URL.search(text):
        return url[1].lower()
    if image := _IMAGE.search(text):
        return image_host(image[1])
    return (lookup[1] or lookup[2]) if lookup else None


def find_host(sig: Signature, text: str, before: list[str]) -> str | None:
    """The failing service's host: the signature's own, else the line's (DNS: the looked-up name), else for a
    registry the nearest line before it that names one (the containerd >= v2.1.3 status line above the
    registry's message, `pulling image ...`, `load metadata for ...`)."""
    if sig.host or not sig.find_host:
        return sig.host
    dns = sig.component == "dns"
    host = _host_in(text, dns)
    if host is None and sig.component in ("registry", "credentials"):
        host = next((h for b in reversed(before) if (h := _host_in(b, dns))), None)
    if host and not dns and host.lower() in DOCKER_HUB:
        return "docker.io"
    return host


# --- the scanner ------------------------------------------------------------------------------------------------
def _before(region: bytes, start: int) -> list[str]:
    """The (up to) CONTEXT_LINES normalized lines ending just before `start`, oldest first."""
    lines: list[str] = []
    end = start - 1  # the newline that ends the previous line
    while len(lines) < CONTEXT_LINES and end >= 0:
        begin = region.rfind(b"\n", 0, end) + 1
        lines.append(normalize(region[max(begin, end - MAX_LINE_BYTES) : end].decode("utf-8", "replace"))[0])
        end = begin - 1
    return lines[::-1]


class Scanner:
    """Incremental matcher: feed() the log in chunks of any size, then finish(). Memory stays bounded by the
    largest chunk fed plus a few lines of context."""

    def __init__(self, signatures: tuple[Signature, ...] = CATALOG) -> None:
        self._signatures = signatures
        keywords = sorted({k for s in signatures for k in s.keywords})
        self._keywords = BytesAhoCorasick([k.encode() for k in keywords])
        # keyword -> the signatures (catalog indexes) worth trying on a line that holds it
        self._candidates = [{i for i, s in enumerate(signatures) if k in s.keywords} for k in keywords]
        self._carry = b""  # the unfinished last line
        self._context = b""  # the last CONTEXT_LINES complete lines, already scanned
        self._lines = 0
        self._last_fatal: Finding | None = None
        self._last_strong: Finding | None = None  # the last failure (even a warned one) a weak wrapper defers to
        self._warnings: dict[str, Finding] = {}  # first occurrence of each non-fatal signature

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
        cause = self._last_fatal
        strong = self._last_strong
        if cause and cause.weak and strong and cause.line - strong.line <= WEAK_LOOKBACK:
            cause = strong
        also = tuple(f for f in self._warnings.values() if cause is None or f.line < cause.line)
        return Diagnosis(cause, also, self._lines)

    def _scan(self, region: bytes, offset: int) -> None:
        """Matches the complete lines of region[offset:] (region[:offset] is context already scanned)."""
        hits: dict[int, set[int]] = {}  # line start -> candidate signatures
        for keyword, i, _ in self._keywords.find_matches_as_indexes(region, overlapping=True):
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
        keep = len(region)
        for _ in range(CONTEXT_LINES + 1):
            keep = region.rfind(b"\n", 0, keep)
            if keep == -1:
                break
        self._context = region[keep + 1 :][-CONTEXT_LINES * MAX_LINE_BYTES :]

    def _line(self, raw: str, number: int, candidates: list[int], before_lines: Callable[[], list[str]]) -> None:
        text, kind = normalize(raw)
        if self._last_fatal and _REEMITTED.search(text):
            return
        before: list[str] | None = None
        best: tuple[tuple[int, int, int], Signature, re.Match[str]] | None = None
        for sig in (self._signatures[i] for i in candidates):
            for pattern in sig.patterns:
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
        if sig.component in ("registry", "credentials") and before is None:
            before = before_lines()
        finding = Finding(
            id=sig.id,
            component=sig.component,
            host=find_host(sig, text, before or []),
            retryable=sig.retryable,
            summary=sig.summary,
            remedy=sig.remedy,
            line=number,
            evidence=_evidence(text, m),
            fatal=sig.fatal and not kind,
            weak=sig.weak,
        )
        # a warning (apt's `W: ... Temporary failure resolving`) can still explain a step failing after it;
        # a skipped cache step cannot
        if sig.fatal and not sig.weak and kind != "cache_step":
            self._last_strong = finding
        if finding.fatal:
            self._last_fatal = finding
        else:
            self._warnings.setdefault(finding.id, finding)


def _evidence(text: str, m: re.Match[str]) -> str:
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
