"""Checks across fields: what no single field's type can say (weights sum to 100, ordered strategies...).

Each issue comes with the location it is reported at; a check whose inputs did not convert is skipped.
"""

from __future__ import annotations

import math
from typing import Any

from healthd.config.schema import Loc, Partial
from healthd.config.types import DEFAULT_TIMEOUT, Config, CountGate, Strategy
from healthd.formats import CONTROL_CHARACTER


def fill_target_timeouts(data: dict[str, Any]) -> None:
    """A target without `timeout` takes daemon.timeout (only fills where the shapes are right)."""
    daemon = data.get("daemon")
    timeout = daemon.get("timeout", DEFAULT_TIMEOUT) if isinstance(daemon, dict) else DEFAULT_TIMEOUT
    if type(timeout) not in (int, float):  # a bad daemon.timeout is reported once, there, not per target
        timeout = DEFAULT_TIMEOUT
    components = data.get("components")
    for component in components.values() if isinstance(components, dict) else ():
        targets = component.get("targets") if isinstance(component, dict) else None
        for target in targets if isinstance(targets, list) else ():
            if isinstance(target, dict):
                target.setdefault("timeout", timeout)


def semantic_issues(config: Config | Partial) -> list[tuple[Loc, str]]:
    """Checks across fields, each with the location it should be reported at.

    `config` may be a Partial (the schema found errors): a check whose inputs did not convert
    is skipped, so every independent mistake is reported, and none twice.
    """
    issues: list[tuple[Loc, str]] = []
    components: dict[str, Any] = getattr(config, "components", None) or {}
    interval = getattr(getattr(config, "daemon", None), "interval", None)
    weights: dict[str, float | None] = {name: getattr(c, "weight", None) for name, c in components.items()}
    if components and None not in weights.values():
        total = sum(w for w in weights.values() if w is not None)
        if not math.isclose(total, 100.0, abs_tol=1e-6):
            issues.append((("components",), f"component weights must sum to 100, they sum to {total:g}"))
    for cname, component in components.items():
        seen: set[str | None] = set()
        for i, target in enumerate(getattr(component, "targets", None) or ()):
            name, timeout = getattr(target, "name", None), getattr(target, "timeout", None)
            if name is not None and name in seen:
                issues.append((("components", cname, "targets", i, "name"), f"duplicate target name {name!r}"))
            seen.add(name)
            if timeout is not None and interval is not None and timeout > interval:
                issues.append(
                    (
                        ("components", cname, "targets", i, "timeout"),
                        f"timeout ({timeout:g}s) must not exceed daemon.interval ({interval:g}s)",
                    )
                )
    strategies = getattr(config, "strategies", None) or ()
    names: set[str | None] = set()
    previous: tuple[str | None, float] | None = None
    for i, strategy in enumerate(strategies):
        name, min_score = getattr(strategy, "name", None), getattr(strategy, "min_score", None)
        if name is not None and name in names:
            issues.append((("strategies", i, "name"), f"duplicate strategy name {name!r}"))
        names.add(name)
        if previous is not None and min_score is not None and min_score >= previous[1]:
            issues.append(
                (
                    ("strategies", i, "min_score"),
                    f"min_score {min_score:g} must be below the previous strategy's "
                    f"({previous[0]}: {previous[1]:g}): strategies are listed from best to worst "
                    "and their score ranges must not overlap",
                )
            )
        for cname, floor in (getattr(strategy, "requires", None) or {}).items():
            if cname not in components:
                if components:  # else the components did not convert: nothing to compare with
                    issues.append((("strategies", i, "requires", cname), f"unknown component {cname!r}"))
            elif isinstance(floor, CountGate):
                targets = getattr(components[cname], "targets", None)
                if isinstance(targets, tuple) and floor.up > len(targets):
                    issues.append(
                        (
                            ("strategies", i, "requires", cname, "up"),
                            f"requires {floor.up} targets up but component {cname!r} has only {len(targets)}",
                        )
                    )
            elif isinstance(floor, float) and (weight := weights[cname]) is not None and floor > weight:
                issues.append(
                    (
                        ("strategies", i, "requires", cname),
                        f"requires {floor:g} points but component {cname!r} weighs only {weight:g}",
                    )
                )
        previous = (name, min_score) if min_score is not None else None
    if all(isinstance(s, Strategy) for s in strategies):  # params are compared only between whole strategies
        issues += _missing_params(strategies) + _unprintable_params(strategies)
    if strategies:
        last, where = strategies[-1], len(strategies) - 1
        min_score = getattr(last, "min_score", None)
        if min_score is not None and min_score != 0:
            issues.append(
                (
                    ("strategies", where, "min_score"),
                    f"the last strategy must have min_score 0, or scores below {min_score:g} have no strategy",
                )
            )
        if getattr(last, "requires", None):
            message = "the last strategy is the fallback and must not have requires gates"
            issues.append((("strategies", where, "requires"), message))
    known = {getattr(s, "name", None) for s in strategies}
    for i, name in enumerate(getattr(getattr(config, "adapt", None), "native_only_in", None) or ()):
        if strategies and name not in known:
            issues.append((("adapt", "native_only_in", i), f"unknown strategy {name!r}"))
    return issues + _mirror_issues(components) + _fleet_issues(config)


def _fleet_issues(config: Config | Partial) -> list[tuple[Loc, str]]:
    """fleet.timeout at most daemon.timeout: the query runs beside the probes, within the round."""
    timeout = getattr(getattr(config, "fleet", None), "timeout", None)
    daemon_timeout = getattr(getattr(config, "daemon", None), "timeout", None)
    if timeout is not None and daemon_timeout is not None and timeout > daemon_timeout:
        return [(("fleet", "timeout"), f"timeout ({timeout:g}s) must not exceed daemon.timeout ({daemon_timeout:g}s)")]
    return []


def _mirror_issues(components: dict[str, Any]) -> list[tuple[Loc, str]]:
    """`mirror_of` names exactly one registry target, and that target is not a mirror itself."""
    registries: dict[str | None, list[Any]] = {}
    located: list[tuple[Loc, Any]] = []
    for cname, component in components.items():
        for i, target in enumerate(getattr(component, "targets", None) or ()):
            if getattr(target, "kind", None) == "registry":
                registries.setdefault(getattr(target, "name", None), []).append(target)
                located.append((("components", cname, "targets", i, "mirror_of"), target))
    issues: list[tuple[Loc, str]] = []
    for loc, target in located:
        upstream = getattr(target, "mirror_of", None)
        if upstream is None:
            continue
        named = registries.get(upstream, [])
        if not named:
            issues.append((loc, f"mirror_of {upstream!r} names no registry target"))
        elif len(named) > 1:
            issues.append((loc, f"mirror_of {upstream!r} is ambiguous: {len(named)} registry targets have that name"))
        elif getattr(named[0], "mirror_of", None) is not None:
            issues.append((loc, f"mirror_of {upstream!r} names a mirror; name the registry it mirrors"))
    return issues


def _unprintable_params(strategies: tuple[Strategy, ...]) -> list[tuple[Loc, str]]:
    """A control character in a value (a carriage return ends a line early in $GITHUB_ENV): the client refuses it."""
    return [
        (("strategies", i, "params", name), f"param {name!r} holds a control character (other than tab or newline)")
        for i, strategy in enumerate(strategies)
        for name, value in strategy.params.items()
        if any(
            isinstance(v, str) and CONTROL_CHARACTER.search(v)
            for v in (value if isinstance(value, tuple) else (value,))
        )
    ]


def _missing_params(strategies: tuple[Strategy, ...]) -> list[tuple[Loc, str]]:
    """Every strategy must set the same params: a workflow reading HEALTHD_X would get nothing from one that lacks x."""
    issues: list[tuple[Loc, str]] = []
    for i, strategy in enumerate(strategies):
        for name in dict.fromkeys(k for s in strategies for k in s.params):
            if name not in strategy.params:
                owner = next(s.name for s in strategies if name in s.params)
                issues.append(
                    (
                        ("strategies", i, "params"),
                        f"strategy {strategy.name!r} lacks param {name!r} that {owner!r} sets: every strategy must "
                        f"set the same params, or HEALTHD_{name.upper()} is missing when {strategy.name!r} is chosen",
                    )
                )
    return issues
