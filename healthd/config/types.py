"""The config's types: frozen dataclasses built by the schema, each field's own check beside it.

No YAML here: the pure core (decide, adapt) and the CI side import these types without the loader.
"""

from __future__ import annotations

from dataclasses import field
from typing import Annotated, Literal

from healthd.config.schema import Check, Invalid, strict_dataclass
from healthd.config.selector import DEFAULT_SELECTOR, check_selector
from healthd.config.targets import MAX_CONCURRENCY, Name, Seconds, Target, Url, port_number
from healthd.formats import FIXED_KEYS, PARAM_NAME, STRATEGY_NAME

DEFAULT_LISTEN = "127.0.0.1:9180"
DEFAULT_TIMEOUT = 5.0
MAX_HISTORY = 10080  # rounds; about 3 MiB with 20 targets (bench/page.py)
RESERVED_PARAMS = frozenset(FIXED_KEYS)


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


def _check_state_dir(value: str) -> str:
    if "\x00" in value or (value != "none" and value and not value.startswith("/")):
        raise ValueError("state_dir must be an absolute path, or none to keep the state in memory only")
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
    # where `healthd serve` keeps the hysteresis, the admin pin and the history (healthd.daemon.state):
    # "" the default ($STATE_DIRECTORY, else $XDG_STATE_HOME/healthd or ~/.local/state/healthd), "none" memory only
    state_dir: Annotated[str, _check_state_dir] = ""

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
    """How healthd.core.adapt turns probe results into endpoints (docs/adaptive.md)."""

    goproxy_fallback: Literal["direct", "off"] = "direct"  # GOPROXY's last entry, after the healthy proxies
    # A strategy handing out a platform the builder only emulates (QEMU) gets timeout_minutes times this.
    emulated_timeout_factor: Annotated[float, Check(ge=1, le=100)] = 3.0
    # Strategies (names) that hand out natively built platforms only: emulated ones are dropped there.
    native_only_in: tuple[Annotated[str, _check_strategy_name], ...] = ()


@strict_dataclass
class FleetSettings:
    """`fleet:`: this runner's peers as a Prometheus-compatible query API sees them (docs/deploy/fleet.md).

    The bearer token for the API comes from the file HEALTHD_FLEET_TOKEN_FILE names, never from here.
    """

    prometheus: Url | None = None  # base URL of the query API; None: no fleet view (the pin file still works)
    selector: Annotated[str, check_selector] = DEFAULT_SELECTOR  # scrape labels that scope the fleet
    timeout: Seconds | None = None  # the query's deadline; at most daemon.timeout; default min(2, daemon.timeout)
    min_peers: Annotated[int, Check(ge=1, le=100000)] = 3  # fewer peers saw a target: no scope, no warm start
    pin_file: Annotated[str, Check(min_len=1, max_len=4096)] | None = None  # the fleet's pin, read every round


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
    fleet: FleetSettings | None = None  # no section: one runner's island, as before

    def strategy(self, name: str) -> Strategy | None:
        return next((s for s in self.strategies if s.name == name), None)

    @property
    def fleet_timeout(self) -> float:
        """The fleet query's deadline: fleet.timeout, else 2 s or daemon.timeout if shorter."""
        given = self.fleet.timeout if self.fleet is not None else None
        return given if given is not None else min(2.0, self.daemon.timeout)
