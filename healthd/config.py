"""strategies.yaml: load, validate, and report every error with file, line and reason.

Validation happens here, once; everything downstream trusts the frozen `Config` it returns.
"""

from __future__ import annotations

import math
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import yaml

from healthd.schema import Check, Invalid, Loc, Partial, SchemaError, build, dotted, strict_dataclass
from healthd.targets import Name, Seconds, Target, port_number

DEFAULT_LISTEN = "127.0.0.1:9180"
DEFAULT_TIMEOUT = 5.0
MAX_HISTORY = 10080  # rounds; about 3 MiB with 20 targets (bench/page.py)
RESERVED_PARAMS = frozenset({"strategy", "score", "stale", "updated_at"})

_STRATEGY_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
_PARAM_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


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
    if not _STRATEGY_NAME.match(value):
        raise ValueError("strategy names are lower case letters, digits, _ and -, starting with a letter")
    return value


def _check_param_name(value: str) -> str:
    if not _PARAM_NAME.match(value):
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
    concurrency: Annotated[int, Check(ge=1, le=1024)] = 32
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
class Component:
    weight: Points
    targets: Annotated[tuple[Target, ...], Check(min_len=1)]


@strict_dataclass
class Strategy:
    name: Annotated[str, _check_strategy_name]
    min_score: Points
    requires: dict[Name, Points] = field(default_factory=dict)
    params: dict[ParamName, Scalar | tuple[Scalar, ...]] = field(default_factory=dict)


@strict_dataclass
class Config:
    components: Annotated[dict[Name, Component], Check(min_len=1)]
    strategies: Annotated[tuple[Strategy, ...], Check(min_len=1)]
    daemon: DaemonSettings = field(default_factory=DaemonSettings)
    hysteresis: HysteresisSettings = field(default_factory=HysteresisSettings)

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
            elif floor is not None and weights[cname] is not None and floor > weights[cname]:
                issues.append(
                    (
                        ("strategies", i, "requires", cname),
                        f"requires {floor:g} points but component {cname!r} weighs only {weights[cname]:g}",
                    )
                )
        previous = (name, min_score) if min_score is not None else None
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
    return issues


# --- YAML with positions -------------------------------------------------------------------------


class _BadKey(Exception):
    def __init__(self, node: yaml.Node, message: str) -> None:
        super().__init__(message)
        self.node = node


def _walk(loader: yaml.SafeLoader, node: yaml.Node, loc: Loc, positions: dict[Loc, yaml.Mark]) -> Any:
    """Builds plain data from a YAML node tree, recording where each value starts."""
    positions[loc] = node.start_mark
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # honour '<<' merge keys
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if isinstance(key, list | dict):
                raise _BadKey(key_node, "a key must be a plain value, not a list or mapping")
            if key in result:
                raise _BadKey(key_node, f"duplicate key {key!r}")
            result[key] = _walk(loader, value_node, (*loc, key), positions)
            positions[(*loc, key)] = key_node.start_mark  # a key's errors point at the key, not its value
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(loader, item, (*loc, i), positions) for i, item in enumerate(node.value)]
    return loader.construct_object(node)


def _yaml_with_positions(text: str, file: str) -> tuple[Any, dict[Loc, yaml.Mark]]:
    loader = yaml.SafeLoader(text)
    positions: dict[Loc, yaml.Mark] = {}
    try:
        node = loader.get_single_node()
        data = _walk(loader, node, (), positions) if node is not None else None
    except _BadKey as exc:
        mark = exc.node.start_mark
        raise ConfigError([ConfigIssue(file, mark.line + 1, mark.column + 1, "", str(exc))]) from None
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


def default_config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--config, else $HEALTHD_CONFIG, else ./strategies.yaml, else the default shipped in the package."""
    if explicit:
        return Path(explicit)
    if os.environ.get("HEALTHD_CONFIG"):
        return Path(os.environ["HEALTHD_CONFIG"])
    local = Path("strategies.yaml")
    return local if local.is_file() else Path(__file__).with_name("strategies.yaml")


def load_config(path: str | os.PathLike[str]) -> Config:
    """Reads and validates a config file; raises ConfigError (unreadable files too)."""
    file = os.fspath(path)
    try:
        text = Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([ConfigIssue(file, 1, 1, "", f"cannot read: {exc}")]) from None
    return parse_config(text, file)


@dataclass(frozen=True, slots=True)
class ReloadStatus:
    """Outcome of the last load of the config file, for /readyz, metrics and logs."""

    ok: bool = True
    at: float = 0.0  # unix time of the attempt
    error: str = ""  # why it was refused; the previous config keeps running


class ConfigSource:
    """A config file, the config last accepted from it, and how its last load went.

    The daemon reloads it on SIGHUP; /readyz and the reload metrics read `status`.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.config = load_config(self.path)  # the first load raises: a daemon never starts on a bad file
        self.status = ReloadStatus(ok=True, at=time.time())

    def reload(self) -> Config | None:
        """The new config, or None when the file is refused (`status` says why; `config` stays)."""
        try:
            config = load_config(self.path)
        except ConfigError as exc:
            self.status = ReloadStatus(ok=False, at=time.time(), error=str(exc))
            return None
        self.config, self.status = config, ReloadStatus(ok=True, at=time.time())
        return config
