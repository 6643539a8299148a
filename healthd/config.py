"""strategies.yaml: load, validate, and report every error with file, line and reason.

Validation happens here, once; everything downstream trusts the frozen `Config` it returns.
"""

from __future__ import annotations

import math
import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml

from healthd.client_cache import default_config_path  # noqa: F401  (lives there: the CI client needs it without yaml)
from healthd.formats import CONTROL_CHARACTER, FIXED_KEYS, PARAM_NAME, STRATEGY_NAME
from healthd.schema import Check, Invalid, Loc, Partial, SchemaError, build, dotted, strict_dataclass
from healthd.targets import MAX_CONCURRENCY, Name, Seconds, Target, port_number

DEFAULT_LISTEN = "127.0.0.1:9180"
DEFAULT_TIMEOUT = 5.0
MAX_HISTORY = 10080  # rounds; about 3 MiB with 20 targets (bench/page.py)
RESERVED_PARAMS = frozenset(FIXED_KEYS)


@dataclass(frozen=True)
class ConfigIssue:
    file: str
    line: int  # 1-based
    column: int  # 1-based
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.file}:{self.line}:{self.column}: {where}{self.message}"


class ConfigError(Exception):
    """A config refused at load; `issues` holds every problem found, in file order."""

    def __init__(self, issues: list[ConfigIssue]) -> None:
        self.issues = sorted(issues, key=lambda i: (i.line, i.column))
        super().__init__("\n".join(str(i) for i in self.issues))

    def summary(self, limit: int = 20) -> str:
        """The first `limit` issues, one a line, and how many more: bounded for logs and /readyz."""
        lines = [str(i) for i in self.issues[:limit]]
        if len(self.issues) > limit:
            lines.append(f"... and {len(self.issues) - limit} more (healthd config validate FILE lists them all)")
        return "\n".join(lines)


def parse_listen(value: str) -> tuple[str, int]:
    """'host:port' or '[v6]:port' -> (host, port); raises ValueError with the reason."""
    host, sep, port = value.rpartition(":")
    if not sep or not host:
        raise ValueError(f"listen must be HOST:PORT, got {value!r}")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host, port_number(port)


def _check_listen(value: str) -> str:
    parse_listen(value)
    return value


def _check_strategy_name(value: str) -> str:
    if not STRATEGY_NAME.fullmatch(value):
        raise ValueError("strategy names are lower case letters, digits, _ and -, starting with a letter")
    return value


def _check_param_name(value: str) -> str:
    if not PARAM_NAME.fullmatch(value):
        raise ValueError(f"parameter {value!r} must be lower_snake_case (it becomes HEALTHD_{value.upper()})")
    if value in RESERVED_PARAMS:
        raise ValueError(f"parameter {value!r} is reserved: it would clash with HEALTHD_{value.upper()}")
    return value


Scalar = str | int | float | bool
ParamName = Annotated[str, _check_param_name]
Points = Annotated[float, Check(ge=0, le=100)]


@strict_dataclass
class DaemonSettings:
    listen: Annotated[str, _check_listen] = DEFAULT_LISTEN
    interval: Seconds = 30.0
    timeout: Seconds = DEFAULT_TIMEOUT
    stale_after: Seconds = 120.0
    concurrency: Annotated[int, Check(ge=1, le=MAX_CONCURRENCY)] = 32
    host_requests_per_minute: Annotated[float, Check(ge=1)] = 60.0  # per-host cap of every probe (etiquette)
    history: Annotated[int, Check(ge=1, le=MAX_HISTORY)] = 2880  # rounds the status page keeps (24 h at 30 s)

    def __post_init__(self) -> None:
        if self.timeout > self.interval:
            raise Invalid(f"timeout ({self.timeout:g}s) must not exceed interval ({self.interval:g}s)", "timeout")
        if self.stale_after <= self.interval:
            raise Invalid(
                f"stale_after ({self.stale_after:g}s) must exceed interval ({self.interval:g}s), "
                "or every answer between two rounds would be stale",
                "stale_after",
            )


@strict_dataclass
class HysteresisSettings:
    downgrade_after: Annotated[int, Check(ge=1, le=100)] = 2
    upgrade_after: Annotated[int, Check(ge=1, le=100)] = 3


@strict_dataclass
class AdaptSettings:
    """How healthd.adapt turns probe results into endpoints (docs/adaptive.md)."""

    goproxy_fallback: Literal["direct", "off"] = "direct"  # GOPROXY's last entry, after the healthy proxies


@strict_dataclass
class Component:
    weight: Points
    targets: Annotated[tuple[Target, ...], Check(min_len=1)]


@strict_dataclass
class CountGate:
    """`requires: {registries: {up: 2}}`: at least `up` of the component's targets up (degraded does not count).

    Unlike points, a count keeps its meaning when a target is added to the component.
    """

    up: Annotated[int, Check(ge=1)]


Gate = Points | CountGate  # points: the component's score must reach it; CountGate: targets up


@strict_dataclass
class Strategy:
    name: Annotated[str, _check_strategy_name]
    min_score: Points
    requires: dict[Name, Gate] = field(default_factory=dict)
    params: dict[ParamName, Scalar | tuple[Scalar, ...]] = field(default_factory=dict)


@strict_dataclass
class Config:
    components: Annotated[dict[Name, Component], Check(min_len=1)]
    strategies: Annotated[tuple[Strategy, ...], Check(min_len=1)]
    daemon: DaemonSettings = field(default_factory=DaemonSettings)
    hysteresis: HysteresisSettings = field(default_factory=HysteresisSettings)
    adapt: AdaptSettings = field(default_factory=AdaptSettings)

    def strategy(self, name: str) -> Strategy | None:
        return next((s for s in self.strategies if s.name == name), None)


def _fill_target_timeouts(data: dict[str, Any]) -> None:
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


def _semantic_issues(config: Config | Partial) -> list[tuple[Loc, str]]:
    """Checks across fields, each with the location it should be reported at.

    `config` may be a Partial (the schema found errors): a check whose inputs did not convert
    is skipped, so every independent mistake is reported, and none twice.
    """
    issues: list[tuple[Loc, str]] = []
    components: dict[str, Any] = getattr(config, "components", None) or {}
    interval = getattr(getattr(config, "daemon", None), "interval", None)
    weights = {name: getattr(c, "weight", None) for name, c in components.items()}
    if components and None not in weights.values():
        total = sum(weights.values())
        if not math.isclose(total, 100.0, abs_tol=1e-6):
            issues.append((("components",), f"component weights must sum to 100, they sum to {total:g}"))
    for cname, component in components.items():
        seen: set[str] = set()
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
    names: set[str] = set()
    previous: tuple[str, float] | None = None
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
            elif isinstance(floor, float) and weights[cname] is not None and floor > weights[cname]:
                issues.append(
                    (
                        ("strategies", i, "requires", cname),
                        f"requires {floor:g} points but component {cname!r} weighs only {weights[cname]:g}",
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
    return issues + _mirror_issues(components)


def _mirror_issues(components: dict[str, Any]) -> list[tuple[Loc, str]]:
    """`mirror_of` names exactly one registry target, and that target is not a mirror itself."""
    registries: dict[str, list[Any]] = {}
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


# --- YAML with positions, bounded ---------------------------------------------------------------

MAX_CONFIG_BYTES = 1024 * 1024  # the shipped file is 5 KB; a bigger one is a mistake or an attack
MAX_DEPTH = 32  # nesting levels; healthd's schema needs 6


class _Refused(Exception):
    def __init__(self, mark: yaml.Mark, message: str) -> None:
        super().__init__(message)
        self.mark = mark


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases and nesting past MAX_DEPTH, before building anything.

    Aliases are refused rather than capped: a few hundred bytes of nested aliases expand to gigabytes
    (billion laughs), a self-referencing one never ends, and healthd's config has no use for them.
    """

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            what = "aliases (*name)" if isinstance(event, yaml.AliasEvent) else "anchors (&name)"
            raise _Refused(event.start_mark, f"YAML {what} are not accepted: write each value out in full")
        if self._depth >= MAX_DEPTH:
            raise _Refused(event.start_mark, f"nested deeper than {MAX_DEPTH} levels")
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _construct(loader: yaml.SafeLoader, node: yaml.Node, deep: bool = False) -> Any:
    try:
        return loader.construct_object(node, deep=deep)
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise _Refused(node.start_mark, f"cannot read this value: {exc}") from None


def _walk(loader: yaml.SafeLoader, node: yaml.Node, loc: Loc, positions: dict[Loc, yaml.Mark]) -> Any:
    """Builds plain data from a YAML node tree, recording where each value starts."""
    positions[loc] = node.start_mark
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # honour '<<' merge keys
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _construct(loader, key_node, deep=True)
            if isinstance(key, list | dict):
                raise _Refused(key_node.start_mark, "a key must be a plain value, not a list or mapping")
            if key in result:
                raise _Refused(key_node.start_mark, f"duplicate key {key!r}")
            result[key] = _walk(loader, value_node, (*loc, key), positions)
            positions[(*loc, key)] = key_node.start_mark  # a key's errors point at the key, not its value
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(loader, item, (*loc, i), positions) for i, item in enumerate(node.value)]
    return _construct(loader, node)


def _yaml_with_positions(text: str, file: str) -> tuple[Any, dict[Loc, yaml.Mark]]:
    positions: dict[Loc, yaml.Mark] = {}
    try:
        loader = _BoundedLoader(text)  # its reader refuses characters YAML forbids here already
    except yaml.reader.ReaderError as exc:
        line, column = text.count("\n", 0, exc.position) + 1, exc.position - text.rfind("\n", 0, exc.position)
        message = f"invalid YAML: character #x{exc.character:04x} is not allowed"
        raise ConfigError([ConfigIssue(file, line, column, "", message)]) from None
    try:
        node = loader.get_single_node()
        data = _walk(loader, node, (), positions) if node is not None else None
    except _Refused as exc:
        raise ConfigError([ConfigIssue(file, exc.mark.line + 1, exc.mark.column + 1, "", str(exc))]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise ConfigError([ConfigIssue(file, line, col, "", f"invalid YAML: {exc.problem or exc}")]) from None
    finally:
        loader.dispose()
    return data, positions


def parse_config(text: str, file: str = "<config>") -> Config:
    """Validates YAML text; raises ConfigError listing every problem with file, line and reason."""
    data, positions = _yaml_with_positions(text, file)
    if not isinstance(data, dict):
        raise ConfigError([ConfigIssue(file, 1, 1, "", "the config must be a mapping with components and strategies")])

    def issue(loc: Loc, message: str) -> ConfigIssue:
        # a missing key is reported at the line of the mapping that lacks it
        mark = positions.get(loc) or positions.get(loc[:-1]) or positions[()]
        return ConfigIssue(file, mark.line + 1, mark.column + 1, dotted(loc) if loc else "", message)

    _fill_target_timeouts(data)
    try:
        config: Config | Partial = build(Config, data)
        problems: list[tuple[Loc, str]] = []
    except SchemaError as exc:
        config, problems = exc.partial, exc.errors
    problems += _semantic_issues(config)
    if problems:
        raise ConfigError([issue(loc, message) for loc, message in problems])
    assert isinstance(config, Config)  # no problems: the schema built it whole
    return config


def read_config_text(file: str) -> str:
    """The file's text, at most MAX_CONFIG_BYTES; raises ConfigError for anything else.

    A FIFO or a device is refused before any blocking read: stat first, then open with O_NONBLOCK
    (a FIFO without a writer would otherwise hang the open) and check the opened file again.
    """

    def refused(message: str, line: int = 1) -> ConfigError:
        return ConfigError([ConfigIssue(file, line, 1, "", message)])

    try:
        if not stat.S_ISREG(os.stat(file).st_mode):
            raise refused("not a regular file (a FIFO, device or directory cannot be a config)")
        fd = os.open(file, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise refused("not a regular file (it changed while being opened)")
            data = f.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise refused(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise refused(f"larger than {MAX_CONFIG_BYTES // 1024} KiB: not read")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise refused(
            f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}", data.count(b"\n", 0, exc.start) + 1
        ) from None


def load_config(path: str | os.PathLike[str]) -> Config:
    """Reads and validates a config file; raises ConfigError for every failure (unreadable files too)."""
    file = os.fspath(path)
    return parse_config(read_config_text(file), file)


@dataclass(frozen=True, slots=True)
class ReloadStatus:
    """Outcome of the last load of the config file, for /readyz, metrics and logs."""

    ok: bool = True
    at: float = 0.0  # unix time of the attempt
    error: str = ""  # why it was refused; the previous config keeps running
    needs_restart: str = ""  # what of the accepted config only a restart applies


class ConfigSource:
    """A config file, the config last accepted from it, and how its last load went.

    The daemon's Reloader loads it again on SIGHUP; /readyz and the reload metrics read `status`.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.config = load_config(self.path)  # the first load raises: a daemon never starts on a bad file
        self.status = ReloadStatus(ok=True, at=time.time())

    def accept(self, config: Config, needs_restart: str = "") -> None:
        self.config, self.status = config, ReloadStatus(ok=True, at=time.time(), needs_restart=needs_restart)

    def refuse(self, error: str) -> None:
        """The file was refused: `config` stays, `status` says why."""
        self.status = ReloadStatus(ok=False, at=time.time(), error=error)
