"""Snapshot -> response bytes, at most once per round, for every format and both freshness states.

Stdlib only: the CI-side client uses it to render its fallback answer.
"""

from __future__ import annotations

import json
import secrets
import shlex
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from healthd.core.mirrors import render_mirrors
from healthd.core.pin import describe
from healthd.core.pin import document as pin_document
from healthd.formats import FORMATS
from healthd.model import BuilderNode, ParamValue, PushCheck, Snapshot, TargetReport, iso8601


def number(value: float) -> int | float:
    """85.0 -> 85, 72.5 -> 72.5: scores read as people write them."""
    return int(value) if float(value).is_integer() else round(value, 2)


def _scalar(value: str | int | float | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(number(value)) if isinstance(value, float) else str(value)


def _lines(value: ParamValue) -> list[str]:
    return [_scalar(v) for v in value] if isinstance(value, tuple) else [_scalar(value)]


def _target_document(report: TargetReport, fleet: bool) -> dict[str, Any]:
    """One target; with a `fleet:` section, also what the peers saw (`fleet`) and which side a failure is on."""
    result = report.result
    doc: dict[str, Any] = {
        "name": report.name,
        "kind": report.kind,
        "status": str(result.status),
        "latency_seconds": round(result.latency_seconds, 4),
        "reason": str(result.reason),
        "detail": result.detail,
        **({"push": push_document(result.push)} if result.push is not None else {}),
        **({"nodes": [nodes_document(n) for n in result.nodes]} if result.nodes else {}),
    }
    if fleet:
        count = report.fleet
        doc["fleet"] = None if count is None else {"up": count.up, "peers": count.peers}
        doc["scope"] = None if report.scope is None else str(report.scope)
    return doc


def push_document(push: PushCheck) -> dict[str, Any]:
    """A registry target's push check: its verdict and how many rounds ago it was made."""
    return {"status": str(push.status), "reason": str(push.reason), "detail": push.detail, "age_rounds": push.age}


def nodes_document(node: BuilderNode) -> dict[str, Any]:
    """A buildx node: its native architecture and the platforms it lists."""
    return {"name": node.name, "arch": node.arch, "platforms": list(node.platforms)}


def strategy_document(snapshot: Snapshot, stale: bool) -> dict[str, Any]:
    """The /strategy JSON document (also `healthd check --json`)."""
    decision = snapshot.decision
    fleet = snapshot.fleet_member is not None
    return {
        "strategy": decision.strategy,
        "score": number(snapshot.score),
        "params": {k: list(v) if isinstance(v, tuple) else v for k, v in decision.params.items()},
        "reasons": list(decision.reasons),
        "strategies": list(snapshot.strategies),  # the config's strategies, best first
        "mirrors": {m.registry: list(m.mirrors) for m in snapshot.mirrors},
        "updated_at": iso8601(snapshot.finished_at),
        "stale": stale,
        "round": snapshot.round,
        "pin": pin_document(decision.pin),
        "components": {
            c.name: {
                "score": number(c.score),
                "weight": number(c.weight),
                "targets": [_target_document(t, fleet) for t in c.targets],
            }
            for c in snapshot.components
        },
    }


def _env_pairs(snapshot: Snapshot, stale: bool) -> list[tuple[str, list[str], bool]]:
    """(KEY, lines, is_list) for the env-style formats; a list parameter keeps one entry per line."""
    pairs = [
        ("HEALTHD_STRATEGY", [snapshot.decision.strategy], False),
        ("HEALTHD_SCORE", [_scalar(float(snapshot.score))], False),
        ("HEALTHD_STALE", [_scalar(stale)], False),
        ("HEALTHD_UPDATED_AT", [iso8601(snapshot.finished_at)], False),
        # empty unless an operator pinned the strategy: "pinned to NAME until TIME: REASON"
        ("HEALTHD_PINNED", [describe(pin)] if (pin := snapshot.decision.pin) else [""], False),
    ]
    pairs += [(f"HEALTHD_{k.upper()}", _lines(v), isinstance(v, tuple)) for k, v in snapshot.decision.params.items()]
    pairs += [(key, [value], False) for key, value in snapshot.decision.exports.items()]  # GOPROXY, as go reads it
    return pairs


def render_env(snapshot: Snapshot, stale: bool) -> bytes:
    """GitHub's `$GITHUB_OUTPUT` / `$GITHUB_ENV` syntax: KEY=value, or a heredoc for lists.

    Values are never split on commas (cache entries contain them); a list, or any value holding a
    newline, is written one entry per line between delimiters that occur in no value.
    """
    pairs = _env_pairs(snapshot, stale)
    text = "\n".join(line for _, lines, _ in pairs for line in lines)
    delimiter = "HEALTHD_EOF_" + secrets.token_hex(6)
    while delimiter in text:
        delimiter = "HEALTHD_EOF_" + secrets.token_hex(6)
    out = []
    for key, lines, is_list in pairs:
        if not lines:
            out.append(f"{key}=")
        elif not is_list and "\n" not in lines[0] and "\r" not in lines[0]:
            out.append(f"{key}={lines[0]}")
        else:
            out.append(f"{key}<<{delimiter}")
            out.extend(lines)
            out.append(delimiter)
    return ("\n".join(out) + "\n").encode()


def render_shell(snapshot: Snapshot, stale: bool) -> bytes:
    """`export KEY='value'` lines for `eval "$(...)"` or `source`; lists joined by newlines."""
    return "".join(
        f"export {key}={shlex.quote(chr(10).join(lines))}\n" for key, lines, _ in _env_pairs(snapshot, stale)
    ).encode()


def render(snapshot: Snapshot, fmt: str, stale: bool) -> bytes:
    if fmt == "json":
        return json.dumps(strategy_document(snapshot, stale), separators=(",", ":")).encode() + b"\n"
    if fmt == "env":
        return render_env(snapshot, stale)
    if fmt == "shell":
        return render_shell(snapshot, stale)
    if fmt == "text":
        return snapshot.decision.strategy.encode() + b"\n"
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def probes_document(snapshot: Snapshot, stale: bool) -> dict[str, Any]:
    """/probes: the round's timing and every target's result, with hysteresis state."""
    state = snapshot.hysteresis
    return {
        "round": snapshot.round,
        "started_at": iso8601(snapshot.started_at),
        "finished_at": iso8601(snapshot.finished_at),
        "duration_seconds": round(snapshot.duration_seconds, 4),
        "stale": stale,
        "hysteresis": {
            "current": state.current,
            "direction": state.direction,
            "streak": state.streak,
            "toward": state.toward,
        },
        "targets": [
            {"component": c.name, **_target_document(t, snapshot.fleet_member is not None)}
            for c in snapshot.components
            for t in c.targets
        ],
    }


class LazyBodies(Mapping[tuple[str, bool], bytes]):
    """Bodies of one round, (name, stale) -> bytes, each rendered the first time it is asked for, then kept."""

    KEYS: tuple[tuple[str, bool], ...] = ()

    def __init__(self) -> None:
        self._done: dict[tuple[str, bool], bytes] = {}

    def _render(self, name: str, stale: bool) -> bytes:
        raise NotImplementedError

    def __getitem__(self, key: tuple[str, bool]) -> bytes:
        done = self._done.get(key)
        if done is None:
            if key not in self.KEYS:
                raise KeyError(key)
            done = self._done[key] = self._render(*key)
        return done

    def __iter__(self) -> Iterator[tuple[str, bool]]:
        return iter(self.KEYS)

    def __len__(self) -> int:
        return len(self.KEYS)


class Bodies(LazyBodies):
    """Every answer of one snapshot, (format, stale). The answers every CI step reads (/strategy fresh, JSON
    and env) are rendered with the round, so no request serializes them; the other eight variants are
    rendered the first time one is asked for, so a round does not pay for ten. The JSON documents are
    encoded once for both freshnesses (`both_freshnesses`)."""

    KEYS = tuple((fmt, stale) for fmt in (*FORMATS, "probes") for stale in (False, True))
    WITH_THE_ROUND = (("json", False), ("env", False))

    def __init__(self, snapshot: Snapshot) -> None:
        super().__init__()
        self._snapshot = snapshot
        for key in self.WITH_THE_ROUND:
            self[key]

    def _render(self, fmt: str, stale: bool) -> bytes:
        if fmt in ("json", "probes"):
            document = strategy_document if fmt == "json" else probes_document
            self._done[(fmt, False)], self._done[(fmt, True)] = both_freshnesses(document(self._snapshot, False))
            return self._done[(fmt, stale)]
        return render(self._snapshot, fmt, stale)


@dataclass(frozen=True, slots=True)
class Rendered:
    """Every answer the server can give for one snapshot, rendered at most once each (`Bodies`).

    `bodies` is keyed by (format, stale); the format "probes" is the /probes document. `mirrors`
    holds the /mirrors files, keyed (format, registry) (healthd.core.mirrors.render_mirrors).
    """

    snapshot: Snapshot
    bodies: Mapping[tuple[str, bool], bytes]
    mirrors: Mapping[tuple[str, str], bytes] = field(default_factory=dict)

    @classmethod
    def of(cls, snapshot: Snapshot) -> Rendered:
        return cls(snapshot, Bodies(snapshot), render_mirrors(snapshot.mirrors))


def both_freshnesses(document: dict[str, Any]) -> tuple[bytes, bytes]:
    """`document` as compact JSON with `"stale": false` and with `"stale": true`, encoded once.

    json.dumps of a dict is "{" + its items joined by "," + "}", so the items before and after the
    top-level `stale` are encoded apart and joined around either flag: the same bytes as encoding each
    variant whole (tests/test_render.py), at half the cost. A `stale` key in the params never matches.
    """
    keys = list(document)
    at = keys.index("stale")
    before = json.dumps({k: document[k] for k in keys[:at]}, separators=(",", ":"))
    after = json.dumps({k: document[k] for k in keys[at + 1 :]}, separators=(",", ":"))
    head = before[:-1] + ("," if at else "")
    tail = ("," + after[1:]) if at + 1 < len(keys) else "}"
    return (head + '"stale":false' + tail + "\n").encode(), (head + '"stale":true' + tail + "\n").encode()
