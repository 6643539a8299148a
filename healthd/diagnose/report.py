"""The answers: text for people, markdown for $GITHUB_STEP_SUMMARY, JSON for tools; plus what the daemon says
about the implicated service right now (the one thing a log cannot say: is the outage still going on?)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, BinaryIO

from healthd.diagnose.findings import Diagnosis, Finding
from healthd.formats import DOCKER_HUB

FORMATS = ("text", "markdown", "json")
CONTENT_TYPES = {"text": "text/plain", "markdown": "text/markdown", "json": "application/json"}
READ_BYTES = 1 << 20
HEALTH_LINES = 6
# probe kinds (healthd's targets) that watch each diagnosed component
TARGET_KINDS = {
    "gha_cache": {"gha_cache"},
    "registry": {"registry"},
    "credentials": {"registry"},
    "goproxy": {"goproxy"},
    "dns": {"dns"},
    "connectivity": {"tcp", "http"},
}


class LogUnreadable(Exception):
    """A log argument that cannot be read (missing, a directory, no permission, an I/O error)."""


# --- reading ----------------------------------------------------------------------------------------------------
def read_logs(paths: Iterable[str], stdin: BinaryIO) -> Iterator[bytes]:
    """The files (`-`: stdin) as one log, in bounded chunks. All are opened first, so a bad path fails before
    any output; a file not ending in a newline gets one so the next file starts a line of its own."""
    files: list[tuple[str, BinaryIO]] = []
    try:
        for path in paths:
            try:
                files.append((path, stdin if path == "-" else open(path, "rb")))  # noqa: SIM115 (closed below)
            except OSError as exc:
                raise LogUnreadable(f"cannot read {path}: {exc.strerror or exc}") from None
        for path, handle in files:
            last = b"\n"
            try:
                while chunk := handle.read(READ_BYTES):
                    last = chunk[-1:]
                    yield chunk
            except OSError as exc:
                raise LogUnreadable(f"cannot read {path}: {exc.strerror or exc}") from None
            if last != b"\n":
                yield b"\n"
    finally:
        for _, handle in files:
            if handle is not stdin:
                handle.close()


# --- the daemon's view -----------------------------------------------------------------------------------------
def fetch_strategy(url: str, timeout: float) -> dict[str, Any] | None:
    """The daemon's /strategy document, or None when it cannot answer within `timeout` (never raises)."""
    from healthd.ci.http import http_get

    try:
        status, body, _ = http_get(url, "/strategy?format=json", timeout)
        document = json.loads(body) if status == 200 else None
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) else None


def _names_host(name: str, host: str) -> bool:
    """A target named `docker.io` or `system-docker.io` watches docker.io."""
    name, host = name.lower(), ("docker.io" if host.lower() in DOCKER_HUB else host.lower())
    return name == host or (name.endswith(host) and name[-len(host) - 1] in "-./@")


def implicated(strategy: Mapping[str, Any] | None, cause: Finding | None) -> list[tuple[str, dict[str, Any]]]:
    """(component, target document) of the targets that watch the cause in a /strategy document: the targets
    named after the cause's host (of the cause's kind when there are such), else every target of its kind."""
    if not strategy or cause is None or cause.component not in TARGET_KINDS:
        return []
    targets = [
        (component, target)
        for component, doc in (strategy.get("components") or {}).items()
        if isinstance(doc, dict)
        for target in doc.get("targets") or []
        if isinstance(target, dict)
    ]
    kinds = TARGET_KINDS[cause.component]
    of_kind = [t for t in targets if t[1].get("kind") in kinds]
    named = [t for t in targets if cause.host and _names_host(str(t[1].get("name", "")), cause.host)]
    return [t for t in named if t in of_kind] or named or of_kind


def health_lines(strategy: Mapping[str, Any] | None, cause: Finding | None) -> list[str]:
    """The implicated targets' current state from a /strategy document (see `implicated`)."""
    chosen = implicated(strategy, cause)
    if not strategy or not chosen:
        return []
    stale = ", stale" if strategy.get("stale") else ""
    lines = [f"healthd now (round {strategy.get('round')}, as of {strategy.get('updated_at')}{stale}):"]
    for component, target in chosen[:HEALTH_LINES]:
        status, detail = target.get("status"), target.get("detail")
        line = f"{component}/{target.get('name')}: {status}, {target.get('reason')}"
        if status != "up" and detail:
            line += f": {detail}"
        fleet, scope = target.get("fleet"), target.get("scope")
        if scope in ("local", "fleet") and isinstance(fleet, dict):  # with a `fleet:` section: which side it is on
            up, peers = fleet.get("up"), fleet.get("peers")
            side = f"here only, up for {up} of {peers} peers" if scope == "local" else f"fleet-wide, {peers} peers"
            line = f"{line[:150]} [{side}]"
        lines.append(line[:200])
    return lines


# --- rendering ------------------------------------------------------------------------------------------------
def _retry(f: Finding) -> str:
    return "a retry can help" if f.retryable else "a retry will not help"


def _text(d: Diagnosis, health: list[str]) -> str:
    out = []
    if d.cause is None:
        out.append(f"no known infrastructure failure in this log ({d.lines} lines)")
    else:
        c = d.cause
        out += [
            f"cause: {c.component}: {c.summary} ({_retry(c)})",
            f"  id:       {c.id}",
            f"  host:     {c.host or '-'}",
            f"  line {c.line}: {c.evidence}",
            f"  remedy:   {c.remedy}",
        ]
    if d.also:
        out.append("also (warnings before it):" if d.cause else "warnings:")
        out += [f"  line {f.line}: {f.id}: {f.summary}" for f in d.also]
    out += health[:1] + [f"  {line}" for line in health[1:]]
    return "\n".join(out) + "\n"


def _code(text: str) -> str:
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`"


def _markdown(d: Diagnosis, health: list[str]) -> str:
    if d.cause is None:
        out = [f"### Build log diagnosis: no known infrastructure failure ({d.lines} lines)", ""]
    else:
        c = d.cause
        out = [
            f"### Build log diagnosis: `{c.component}`: {c.summary}",
            "",
            "| | |",
            "|---|---|",
            f"| signature | {_code(c.id)} |",
            f"| host | {_code(c.host) if c.host else '-'} |",
            f"| retry | {_retry(c)} |",
            f"| line | {c.line} |",
            "",
            f"**Remedy:** {c.remedy}",
            "",
            "~~~text",
            c.evidence.replace("~~~", "~ ~ ~"),
            "~~~",
            "",
        ]
    if d.also:
        out.append("**Also (warnings before it):**" if d.cause else "**Warnings:**")
        out += [f"- line {f.line}: {_code(f.id)}: {f.summary}" for f in d.also] + [""]
    if health:
        out.append(f"**{health[0]}**")
        out += [f"- {_code(line)}" for line in health[1:]] + [""]
    return "\n".join(out)


def render(diagnosis: Diagnosis, fmt: str, health: list[str] | None = None) -> str:
    """The answer in `fmt` (text, markdown, json). JSON is exactly the contract: {"cause", "also"}."""
    if fmt == "json":
        return json.dumps(diagnosis.as_dict(), ensure_ascii=False) + "\n"
    return (_markdown if fmt == "markdown" else _text)(diagnosis, health or [])
