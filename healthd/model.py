"""Plain data shared by every layer: probe results, scores, decisions, snapshots.

Stdlib only, immutable, no behaviour beyond trivial derived values: the functional core
(scoring, decide, render) works on these, the imperative shell (probes, scheduler, server) makes them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

ParamValue = str | int | float | bool | tuple[str | int | float | bool, ...]


class Status(StrEnum):
    UP = "up"
    DEGRADED = "degraded"
    DOWN = "down"

    @property
    def credit(self) -> float:
        """Share of a target's weight this status earns."""
        return _CREDIT[self]


_CREDIT = {Status.UP: 1.0, Status.DEGRADED: 0.5, Status.DOWN: 0.0}


class Reason(StrEnum):
    """Closed vocabulary of why a probe ended as it did; used as a metric label, so it stays bounded.

    The human detail (status code, first bytes of a body) goes in ProbeResult.detail instead.
    """

    OK = "ok"  # answered correctly within its slow threshold
    SLOW = "slow"  # answered correctly, but slower than slow_threshold
    TIMEOUT = "timeout"  # no complete answer within the deadline
    CONNECT_REFUSED = "connect_refused"  # the port actively refused the connection
    CONNECT_FAILED = "connect_failed"  # no route, unreachable, or another socket-level failure
    CONNECTION_RESET = "connection_reset"  # the peer closed or reset the connection mid-answer
    RESOLVE_FAILED = "resolve_failed"  # the host name of the target could not be resolved
    TLS_ERROR = "tls_error"  # TLS handshake failed (bad certificate, wrong host, protocol)
    HTML_ERROR_PAGE = "html_error_page"  # an HTML page where the protocol wants an API answer
    BAD_STATUS = "bad_status"  # an HTTP status the protocol does not allow here
    BAD_CONTENT_TYPE = "bad_content_type"  # the answer's Content-Type is not the expected one
    BODY_MISMATCH = "body_mismatch"  # the body lacks what the target expects it to contain
    BODY_TOO_LARGE = "body_too_large"  # the body exceeds the size cap
    BAD_JSON = "bad_json"  # the body is not the JSON document the protocol defines
    TOO_MANY_REDIRECTS = "too_many_redirects"  # redirect cap exceeded (or a redirect loop)
    FOREIGN_URL = "foreign_url"  # a redirect or token realm named another scheme or host than allow_hosts permits
    PROTOCOL_ERROR = "protocol_error"  # a malformed HTTP answer or another protocol violation
    TOKEN_FAILED = "token_failed"  # the registry token endpoint did not hand out a token
    RATE_LIMITED = "rate_limited"  # 429, or a rate-limit header under its configured floor
    NOT_FOUND = "not_found"  # the configured repository, manifest or module does not exist
    UNAUTHENTICATED = "unauthenticated"  # the service refused our credentials
    PUSH_DENIED = "push_denied"  # the registry refused this runner the push scope (denied, insufficient_scope)
    CAPTIVE_PORTAL = "captive_portal"  # something on the path rewrote a known answer
    DNS_NXDOMAIN = "dns_nxdomain"  # the name does not exist
    DNS_SERVFAIL = "dns_servfail"  # the resolver failed to answer (SERVFAIL)
    DNS_REFUSED = "dns_refused"  # the resolver refused the query
    DNS_EMPTY = "dns_empty"  # the name exists but has no record of the asked type
    DNS_ERROR = "dns_error"  # any other resolver failure
    SERVICE_DEGRADED = "service_degraded"  # a status page reports degraded performance or a partial outage
    SERVICE_OUTAGE = "service_outage"  # a status page reports a major outage
    MISCONFIGURED = "misconfigured"  # a setting the probe needs is missing at run time (URL neither in config nor env)
    COMMAND_FAILED = "command_failed"  # a local command could not start or exited non-zero
    INTERNAL_ERROR = "internal_error"  # a bug in healthd's probe: logged, never raised
    # Not the service's doing, so never counted against it: the target keeps its last status (healthd.core.carry).
    LOCAL_ERROR = "local_error"  # this host ran out of something (descriptors, buffers, memory): EMFILE, ENOBUFS...
    THROTTLED = "throttled"  # held back by healthd's own per-host request cap (daemon.host_requests_per_minute)


class Measure(StrEnum):
    """Named numbers a probe learns beside its verdict; each is exported as the gauge `healthd_probe_<value>`."""

    RATELIMIT_REMAINING = "ratelimit_remaining"  # pulls left in the registry's window (ratelimit-remaining)
    RATELIMIT_LIMIT = "ratelimit_limit"  # pulls allowed per window (ratelimit-limit)
    RATELIMIT_HEADROOM_RATIO = "ratelimit_headroom_ratio"  # ratelimit-remaining / ratelimit-limit, 0..1
    DNS_ANSWERS = "dns_answers"  # records of the asked type in the answer
    BUILDER_CACHE_EXPORT = "builder_cache_export"  # 1: the builder exports every cache type; 0: inline only

    @property
    def help(self) -> str:
        return _MEASURE_HELP[self]


_MEASURE_HELP = {
    Measure.RATELIMIT_REMAINING: "Pulls left in the registry's rate-limit window (ratelimit-remaining).",
    Measure.RATELIMIT_LIMIT: "Pulls the registry allows per rate-limit window (ratelimit-limit).",
    Measure.RATELIMIT_HEADROOM_RATIO: "Share of the registry's rate-limit window left (remaining / limit, 0..1).",
    Measure.DNS_ANSWERS: "Records of the asked type in the last DNS answer.",
    Measure.BUILDER_CACHE_EXPORT: "1 when the active buildx builder exports every cache type, 0 when inline only.",
}


@dataclass(frozen=True, slots=True)
class PushCheck:
    """A registry target's push-permission check (`push: true`): an upload opened and cancelled, or why not.

    Push checks may run every few rounds (`push_every`); between them the verdict is carried
    (healthd.core.carry), `age` counting the rounds since it was made (0: this round).
    """

    status: Status
    reason: Reason
    detail: str = ""
    age: int = 0


@dataclass(frozen=True, slots=True)
class BuilderNode:
    """One node of the active buildx builder: its native architecture and the platforms it lists."""

    name: str
    arch: str  # native architecture as platforms spell it: amd64, arm64, ...
    platforms: tuple[str, ...]  # os/arch[/variant], as `docker buildx inspect` lists them


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """What one probe of one target found. `detail` is free text for humans, never a label."""

    status: Status
    reason: Reason
    latency_seconds: float = 0.0
    detail: str = ""
    measurements: Mapping[Measure, float] = field(default_factory=dict)
    push: PushCheck | None = None  # registry with push: true: the push check in force (this round's or carried)
    nodes: tuple[BuilderNode, ...] = ()  # buildx: the builder's nodes, for the platforms adapt hands out


@dataclass(frozen=True, slots=True)
class FleetCount:
    """Of the other instances with a fresh observation of a target (healthd.core.fleet): how many saw it up."""

    up: int
    peers: int


class Scope(StrEnum):
    """Which side a target's failure here is on, by what the fleet saw (set only when it is down here)."""

    LOCAL = "local"  # more than half of at least fleet.min_peers peers saw it up: this runner's path
    FLEET = "fleet"  # at most half did: the service, for everyone


@dataclass(frozen=True, slots=True)
class TargetReport:
    name: str
    kind: str
    result: ProbeResult
    probed: bool = True  # False: skipped by back-off this round, `result` is its last one carried forward
    observed_at: float | None = None  # unix time this target was last really observed (probed and counted)
    fleet: FleetCount | None = None  # what the peers saw; None without fleet data for it
    scope: Scope | None = None


@dataclass(frozen=True, slots=True)
class ComponentReport:
    name: str
    weight: float
    score: float
    targets: tuple[TargetReport, ...]


@dataclass(frozen=True, slots=True)
class Pin:
    """An operator's override: serve `strategy` until `until` (unix time), for `reason` (healthd.core.pin)."""

    strategy: str
    until: float
    reason: str
    source: str = "admin"  # "admin": POST /admin/pin on this instance; "file": the fleet's pin file


@dataclass(frozen=True, slots=True)
class Decision:
    strategy: str
    params: Mapping[str, ParamValue]
    reasons: tuple[str, ...]
    changed_from: str | None = None  # the previous strategy when this round switched
    exports: Mapping[str, str] = field(default_factory=dict)  # variables named as tools read them (GOPROXY)
    pin: Pin | None = None  # set when an operator's pin, not the score, chose `strategy`


@dataclass(frozen=True, slots=True)
class MirrorSet:
    """An upstream registry and its healthy mirrors, best first (healthd.core.adapt chooses and orders them)."""

    registry: str  # the name image references use: docker.io, ghcr.io, localhost:5000
    server: str  # the upstream's API URL: https://registry-1.docker.io
    mirrors: tuple[str, ...]  # mirror URLs with scheme, health order


@dataclass(frozen=True, slots=True)
class HysteresisState:
    """Where the strategy engine stands between rounds.

    `current` is the strategy in force; `streak` counts consecutive rounds whose raw choice lay on
    the same side of it (`direction` -1 lower, +1 higher), and `toward` is the strategy all of those
    rounds supported (the highest of the lower choices, or the lowest of the higher ones): where a
    switch would land.
    """

    current: str | None = None
    direction: int = 0
    streak: int = 0
    toward: str | None = None


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything one probe round produced; the only thing the server, metrics and CLI read.

    It carries the config facts its readers need (the strategy names, `stale_after`), so an answer
    is judged by the config it was made under, even after a reload.
    """

    round: int
    started_at: float  # unix time
    finished_at: float  # unix time
    score: float
    components: tuple[ComponentReport, ...]
    decision: Decision
    hysteresis: HysteresisState = field(default_factory=HysteresisState)
    strategies: tuple[str, ...] = ()  # every strategy of the config, best first
    stale_after: float = math.inf  # seconds after finished_at from which this answer is stale
    mirrors: tuple[MirrorSet, ...] = ()  # registry mirrors for /mirrors, from healthd.core.adapt
    fleet_member: str | None = None  # this process's healthd_fleet_member id; None without a `fleet:` section

    @property
    def duration_seconds(self) -> float:
        return self.finished_at - self.started_at

    def is_stale(self, now: float) -> bool:
        return now - self.finished_at > self.stale_after


def iso8601(unix: float) -> str:
    """Unix time as every answer writes it: 2026-11-24T02:21:00Z."""
    return datetime.fromtimestamp(unix, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
