"""The fleet view (pure): the PromQL that reads it, its answer parsed, and what it says about each target.

The daemon knows three things about itself: the `id` it exports as `healthd_fleet_member{id} 1`, its
own label names, and the user's selector. It does not know the labels Prometheus adds at scrape time
(job, instance, namespace, pod...), so every self-exclusion uses `ignoring(<healthd's own labels>)`:
whatever scrape labels a deployment adds are what is left once healthd's are dropped, on both sides.

Only what a peer really observed counts: `healthd_probe_observed_timestamp_seconds` moves only when a
target was probed and its result counted (not carried by back-off, not local_error or throttled).
The answer is aggregated in the query: about two series per target, whatever the fleet's size.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from healthd.config.selector import Matcher, Selector
from healthd.model import ComponentReport, FleetCount, HysteresisState, Scope, Status

MEMBER_ID = re.compile(r"[0-9a-f]{16}")


class FleetAnswerError(ValueError):
    """The query API's answer is not the document the query asks for (the message says how)."""


@dataclass(frozen=True, slots=True)
class FleetView:
    """What the peers saw, per (component, target), and whether this instance's own series were found."""

    targets: Mapping[tuple[str, str], FleetCount] = field(default_factory=dict)
    self_seen: bool = False  # False until Prometheus scraped this process once: the exclusion has not hit yet
    at: float = 0.0  # unix time it was read


def _member(member_id: str) -> Matcher:
    if not MEMBER_ID.fullmatch(member_id):
        raise ValueError("member id must be 16 hex digits")
    return Matcher("id", "=", member_id)


def _seconds(value: float) -> str:
    if not (math.isfinite(value) and 0 < value <= 86400):
        raise ValueError("fresh seconds must be in (0, 86400]")
    return f"{float(value):g}"


def targets_query(selector: Selector, member_id: str, fresh_seconds: float) -> str:
    """Per (component, target): how many OTHER instances observed it within `fresh_seconds`, by what they saw.

    The answer: `{component, target, up="1"}` peers that saw it answer (up or degraded), `{..., up="0"}`
    peers that saw it down, and `{up="self"} 1` once this instance's own member series is in Prometheus.
    """
    s, me, f = selector.render(), selector.render(_member(member_id)), _seconds(fresh_seconds)
    return (
        f'count_values by (component, target) ("up", healthd_probe_success{s} '
        f"and (healthd_probe_observed_timestamp_seconds{s} > time() - {f}) "
        f"unless ignoring(component, target, id) healthd_fleet_member{me}"
        f') or label_replace(count(healthd_fleet_member{me}), "up", "self", "", "")'
    )


def warm_start_query(selector: Selector, member_id: str, fresh_seconds: float) -> str:
    """Per strategy: how many OTHER unpinned instances with a fresh round serve it now.

    `healthd_strategy` is the strategy served, pins included, so pinned peers are dropped.
    """
    s, me, f = selector.render(), selector.render(_member(member_id)), _seconds(fresh_seconds)
    return (
        f"count by (strategy) (healthd_strategy{s} == 1 "
        f"and ignoring(strategy) (healthd_last_round_timestamp_seconds{s} > time() - {f}) "
        f"unless ignoring(strategy, source) (healthd_pin_active{s} == 1) "
        f"unless ignoring(strategy, id) healthd_fleet_member{me})"
    )


def _vector(doc: Any) -> list[tuple[dict[str, str], float]]:
    """The (labels, value) pairs of an instant-vector answer; FleetAnswerError for anything else."""
    if not isinstance(doc, dict) or doc.get("status") != "success":
        error = doc.get("error") if isinstance(doc, dict) else None
        raise FleetAnswerError(f"query failed: {str(error)[:200]}" if error else "not a successful query answer")
    data = doc.get("data")
    if not isinstance(data, dict) or data.get("resultType") != "vector" or not isinstance(data.get("result"), list):
        raise FleetAnswerError("the answer is not an instant vector")
    out = []
    for item in data["result"]:
        try:
            metric, (_, raw) = item["metric"], item["value"]
            value = float(raw)
        except (KeyError, TypeError, ValueError):
            raise FleetAnswerError("a sample is malformed") from None
        if not isinstance(metric, dict) or not math.isfinite(value) or value < 0:
            raise FleetAnswerError("a sample is malformed")
        out.append(({str(k): str(v) for k, v in metric.items()}, value))
    return out


def parse_targets(doc: Any, at: float) -> FleetView:
    """targets_query's answer -> FleetView; FleetAnswerError if it is not that."""
    counts: dict[tuple[str, str], list[int]] = {}
    self_seen = False
    for labels, value in _vector(doc):
        up = labels.get("up")
        if up == "self":
            self_seen = True
            continue
        if up not in ("0", "1") or "component" not in labels or "target" not in labels:
            raise FleetAnswerError("a sample lacks component, target or up")
        pair = counts.setdefault((labels["component"], labels["target"]), [0, 0])
        pair[1] += int(value)
        if up == "1":
            pair[0] += int(value)
    return FleetView({k: FleetCount(up, peers) for k, (up, peers) in counts.items()}, self_seen, at)


def parse_warm_start(doc: Any) -> dict[str, int]:
    """warm_start_query's answer -> {strategy: peers serving it}."""
    return {labels.get("strategy", ""): int(value) for labels, value in _vector(doc)}


def scope_of(status: Status, count: FleetCount | None, min_peers: int) -> Scope | None:
    """`local` when down here and more than half of at least min_peers peers saw it up; `fleet` when at most
    half did; None when it is up or degraded here, or too few peers saw it."""
    if status is not Status.DOWN or count is None or count.peers < min_peers:
        return None
    return Scope.LOCAL if 2 * count.up > count.peers else Scope.FLEET


def annotate(
    components: Sequence[ComponentReport], view: FleetView | None, min_peers: int
) -> tuple[tuple[ComponentReport, ...], list[str]]:
    """Every target with its `fleet` count and `scope`, and one reason line per target with a scope.

    The verdict is untouched: this runner's strategy still follows its own probes.
    """
    reasons: list[str] = []
    out = []
    for component in components:
        targets = []
        for report in component.targets:
            count = view.targets.get((component.name, report.name)) if view is not None else None
            scope = scope_of(report.result.status, count, min_peers)
            if scope is not None and count is not None:
                name = f"{component.name}/{report.name}"
                if scope is Scope.LOCAL:
                    reasons.append(f"{name} down here only: up for {count.up} of {count.peers} peers")
                else:
                    reasons.append(f"{name} down fleet-wide: down for {count.peers - count.up} of {count.peers} peers")
            targets.append(replace(report, fleet=count, scope=scope))
        out.append(replace(component, targets=tuple(targets)))
    return tuple(out), reasons


def warm_start(
    counts: Mapping[str, int], strategies: Sequence[str], min_peers: int
) -> tuple[HysteresisState | None, str | None]:
    """The hysteresis a fresh instance starts from: the strategy most unpinned fresh peers serve.

    None (cold) when fewer than min_peers peers answered. A tie goes to the safer strategy (later in
    `strategies`); a strategy this config lacks is not followed.
    """
    known = {name: n for name, n in counts.items() if name in strategies and n > 0}
    total = sum(known.values())
    if total < min_peers:
        return None, None
    best = max(known, key=lambda name: (known[name], strategies.index(name)))
    return HysteresisState(current=best), f"warm start: {known[best]} of {total} fleet peers serve {best}"
