"""Prometheus metrics: round metrics fed from each Snapshot, HTTP metrics observed per request.

Round registries per app (never the global one), plus the per-target series in `_PerTarget`: they
change only when a round ends, so their text is rendered once, at the first scrape after it, and
later scrapes hand out those bytes; a scrape renders only the small live registry (request
latencies, reload status). Label values are config
names, `Reason`/`Status` values and route paths: bounded, and never a URL or a secret.
"""

from __future__ import annotations

import asyncio
import json
import logging
import platform
import time
from collections.abc import Awaitable, Callable, Iterator

from aiohttp import web
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    disable_created_metrics,
)
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from prometheus_client.metrics_core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from prometheus_client.utils import floatToGoString

from healthd import __version__
from healthd.core.carry import NOT_COUNTED
from healthd.core.render import Rendered
from healthd.daemon.exposition import escape_label, text_format
from healthd.daemon.logs import Throttle, log_failure
from healthd.daemon.source import ConfigSource, ReloadStatus
from healthd.model import Measure, Snapshot, Status

_log = logging.getLogger("healthd.server")
CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4  # promtool lints this format; OpenMetrics draws false complaints
PROBE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
ROUND_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
HTTP_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 0.5)
UNMATCHED_ROUTE = "unmatched"  # 404s and the like: one label value, whatever path was asked for

# `*_created` series double every counter and histogram for a value no panel or alert reads.
disable_created_metrics()

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class _ReloadCollector:
    """Reads the config source's reload status at scrape time, so a SIGHUP shows before the next round."""

    def __init__(self, source: ConfigSource | None) -> None:
        self._source = source

    def collect(self) -> Iterator[Metric]:
        status = self._source.status if self._source is not None else ReloadStatus()
        yield GaugeMetricFamily(
            "healthd_config_reload_success", "1 if the last config load was accepted, 0 if refused.", float(status.ok)
        )
        yield GaugeMetricFamily(
            "healthd_config_reload_timestamp_seconds", "Unix time of the last config load attempt.", status.at
        )


class Metrics:
    """`observe_round` takes each published round, `exposition()` is the /metrics body, `middleware` times requests.

    Everything round-related is read from the snapshot (strategy names and stale_after included),
    never from a running config, so a reload mid-round cannot mix two configs in one exposition.
    """

    def __init__(self, source: ConfigSource | None = None) -> None:
        rounds = CollectorRegistry()
        self._rounds = rounds
        self._failures = Throttle()
        Info("healthd_build", "healthd version and runtime.", registry=rounds).info(
            {"version": __version__, "python": platform.python_version()}
        )
        self.score = Gauge("healthd_score", "Health score of the last round, 0..100.", registry=rounds)
        self.component_score = Gauge(
            "healthd_component_score", "Points a component earned in the last round.", ["component"], registry=rounds
        )
        self.component_weight = Gauge(
            "healthd_component_weight", "Points a component can earn at most.", ["component"], registry=rounds
        )
        # every per-target series lives in `_PerTarget`, rendered straight to text (see its docstring)
        self._per_target = _PerTarget()
        tail = CollectorRegistry()  # the families after the per-target ones, in the order they always had
        self._tail = tail
        self.strategy = Gauge(
            "healthd_strategy", "State set: 1 for the strategy in force.", ["strategy"], registry=tail
        )
        self.strategy_changes = Counter(
            "healthd_strategy_changes_total", "Switches of strategy.", ["from", "to"], registry=tail
        )
        self.round_duration = Histogram(
            "healthd_round_duration_seconds", "Wall time of a probe round.", buckets=ROUND_BUCKETS, registry=tail
        )
        self.last_round = Gauge(
            "healthd_last_round_timestamp_seconds", "Unix time the last round finished.", registry=tail
        )
        self.stale_after = Gauge(
            "healthd_stale_after_seconds",
            "Age at which an answer counts as stale (daemon.stale_after).",
            registry=tail,
        )
        # healthd_fleet_member{id} and healthd_probe_observed_timestamp_seconds: once a round had a `fleet:` section
        self.fleet_member: Gauge | None = None
        self.pin_active = Gauge(
            "healthd_pin_active", "1 while a pin (admin or the fleet's pin file) holds the strategy.", registry=tail
        )
        self.pin_expiry = Gauge(
            "healthd_pin_expiry_timestamp_seconds", "Unix time the pin expires (0: none).", registry=tail
        )
        self._round_seen = -1
        self._strategies: set[str] = set()
        self._round_text: bytes | None = None  # rendered at the first scrape after a change, then kept

        self._live = CollectorRegistry()
        self._live.register(_ReloadCollector(source))
        self.http_duration = Histogram(
            "healthd_http_request_duration_seconds",
            "HTTP requests served, by route and status code.",
            ["route", "code"],
            buckets=HTTP_BUCKETS,
            registry=self._live,
        )
        self._http_children: dict[tuple[str, int], Histogram] = {}

    def observe_round(self, rendered: Rendered) -> None:
        """Updates every round metric from the snapshot and renders the round text once.

        The same round published again (a pin set, released or expired) changes only the strategy,
        so only the tail (strategy, pin) is rendered again.
        """
        snapshot = rendered.snapshot
        self._round_text = None
        if snapshot.round == self._round_seen:
            self._observe_strategy(snapshot)
            return
        self._round_seen = snapshot.round
        self.component_score.clear()
        self.component_weight.clear()  # rebuilt below from this round alone: what left the config leaves the output
        self._observe_member(snapshot.fleet_member)
        self.score.set(snapshot.score)
        for component in snapshot.components:
            self.component_score.labels(component.name).set(component.score)
            self.component_weight.labels(component.name).set(component.weight)
        self._per_target.observe(snapshot)

        self._observe_strategy(snapshot)
        decision = snapshot.decision
        if decision.changed_from is not None:
            self.strategy_changes.labels(decision.changed_from, decision.strategy).inc()

        self.round_duration.observe(snapshot.duration_seconds)
        self.last_round.set(snapshot.finished_at)
        self.stale_after.set(snapshot.stale_after)

    def _render_round(self) -> bytes:
        head = text_format(self._rounds)  # build info, score, components
        targets, observed = self._per_target.text()
        return head + targets + text_format(self._tail) + observed

    def _observe_member(self, member: str | None) -> None:
        """`healthd_fleet_member{id} 1` while the config has a `fleet:` section: how peers' queries exclude us."""
        if member is not None and self.fleet_member is None:
            self.fleet_member = Gauge(
                "healthd_fleet_member",
                "1, labelled with this process's random fleet id (only with a fleet: section).",
                ["id"],
                registry=self._tail,
            )
            self._per_target.fleet = True  # healthd_probe_observed_timestamp_seconds from now on
        if self.fleet_member is not None:
            self.fleet_member.clear()
            if member is not None:
                self.fleet_member.labels(member).set(1)

    def _observe_strategy(self, snapshot: Snapshot) -> None:
        """The strategy served and the pin that chose it, if any: what a republished round changes."""
        decision = snapshot.decision
        self.pin_active.set(decision.pin is not None)
        self.pin_expiry.set(decision.pin.until if decision.pin is not None else 0)
        strategies = {*snapshot.strategies, decision.strategy}
        self.strategy.clear()
        for name in strategies:
            self.strategy.labels(name).set(name == decision.strategy)
        for name in self._strategies - strategies:
            self.strategy_changes.remove_by_labels({"from": name})
            self.strategy_changes.remove_by_labels({"to": name})
        self._strategies = strategies

    def register_live(self, collector: Collector) -> None:
        """Adds a collector read at every scrape (the admin endpoints' request counter)."""
        self._live.register(collector)

    def exposition(self) -> bytes:
        """The /metrics body: the round text (rendered at the first scrape after a round, then kept: a
        round costs its counting, not its text, when nobody scrapes as often as rounds run), plus the live metrics."""
        if self._round_text is None:
            self._round_text = self._render_round()
        return self._round_text + text_format(self._live)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Observes one histogram per request: its count is the request count by route and code."""
        started = time.perf_counter()
        code = 500
        try:
            response = await handler(request)
            code = response.status
            return response
        except web.HTTPException as exc:
            code = exc.status
            raise
        except (asyncio.CancelledError, ConnectionError):  # the client went away mid-request: no answer to count
            code = 0
            raise
        except Exception as exc:  # a bug: one throttled line, not a traceback per request
            log_failure(_log, self._failures, "request_failed", exc, path=request.path[:200])
            body = json.dumps({"error": "internal error; the daemon's log has the details"}).encode() + b"\n"
            return web.Response(status=500, body=body, content_type="application/json")
        finally:
            if code:
                self._observe(request, code, time.perf_counter() - started)

    def _observe(self, request: web.Request, code: int, seconds: float) -> None:
        resource = request.match_info.route.resource
        key = (resource.canonical if resource is not None else UNMATCHED_ROUTE, code)
        child = self._http_children.get(key)
        if child is None:
            child = self._http_children[key] = self.http_duration.labels(key[0], str(code))
        child.observe(seconds)


def _count(n: int) -> str:
    """An integer count as prometheus_client writes the float it keeps: 3 -> "3.0"."""
    return f"{n}.0" if n < 1_000_000 else floatToGoString(float(n))


def _header(name: str, help_text: str, kind: str) -> str:
    return f"# HELP {name} {help_text}\n# TYPE {name} {kind}\n"


_LE = (*(floatToGoString(bound) for bound in PROBE_BUCKETS), "+Inf")
_STATUS_VALUES = tuple(status.value for status in Status)


class _PerTarget:
    """The per-target round series in plain dicts, written straight to text at the end of a round.

    Families, their order, the order of their children and the order of labels are what
    prometheus_client's Gauge/Histogram/Counter wrote (tests/test_metrics.py compares the bytes);
    the cost is not: `labels()` (a lock and a validation per call) and `collect()` (a Sample tuple
    per line) were 4.2 s of a 5,000-target round's 7 s under the profiler. Gauges are this round's
    alone; the latency histogram and the failure counter keep counting across rounds, and a target
    gone from the config loses its children (O(gone targets)).
    """

    def __init__(self) -> None:
        self.fleet = False  # healthd_probe_observed_timestamp_seconds once a round had a `fleet:` section
        self._labels: dict[tuple[str, str], tuple[str, str]] = {}  # key -> ('component="c"', 'target="t"')
        self._latency: dict[tuple[str, str], tuple[list[int], list[float]]] = {}  # bucket counts, [sum]
        self._failures: dict[tuple[str, str, str], int] = {}  # (component, target, reason) -> count
        self._reasons: dict[tuple[str, str], list[str]] = {}  # the reasons counted per target, to remove
        self._snapshot: Snapshot | None = None

    def _label(self, key: tuple[str, str]) -> tuple[str, str]:
        labels = self._labels.get(key)
        if labels is None:
            labels = self._labels[key] = (f'component="{escape_label(key[0])}"', f'target="{escape_label(key[1])}"')
        return labels

    def observe(self, snapshot: Snapshot) -> None:
        """Counts the round's probes (latency histogram, failures) and drops the children of gone targets;
        the gauges are this round's and are written from the snapshot when the text is asked for."""
        self._snapshot = snapshot
        seen: set[tuple[str, str]] = set()
        bounds = PROBE_BUCKETS
        for component in snapshot.components:
            for report in component.targets:
                key = (component.name, report.name)
                seen.add(key)
                self._label(key)
                if not report.probed:  # skipped by back-off: its carried result is no new probe to count
                    continue
                result = report.result
                latency = result.latency_seconds
                histogram = self._latency.get(key)
                if histogram is None:
                    histogram = self._latency[key] = ([0] * (len(bounds) + 1), [0.0])
                histogram[1][0] += latency
                for i, bound in enumerate(bounds):
                    if latency <= bound:
                        histogram[0][i] += 1
                        break
                else:
                    histogram[0][-1] += 1
                if result.status is not Status.UP or result.reason in NOT_COUNTED:  # a kept `up` still failed here
                    reason = result.reason.value
                    fkey = (*key, reason)
                    if fkey not in self._failures:
                        self._failures[fkey] = 0
                        self._reasons.setdefault(key, []).append(reason)
                    self._failures[fkey] += 1
        # each gone target's children dropped by their own keys: O(gone targets), never a scan of all
        for key in [k for k in self._labels if k not in seen]:
            del self._labels[key]
            self._latency.pop(key, None)
            for reason in self._reasons.pop(key, ()):
                del self._failures[(*key, reason)]

    def _gauges(self) -> tuple[list[str], list[str], list[str], dict[Measure, list[str]], list[str]]:
        """The last round's gauge lines: success, status, duration, each measurement, observed."""
        success: list[str] = []
        status: list[str] = []
        duration: list[str] = []
        measures: dict[Measure, list[str]] = {m: [] for m in Measure}
        observed: list[str] = []
        snapshot = self._snapshot
        if snapshot is None:
            return success, status, duration, measures, observed
        for component in snapshot.components:
            for report in component.targets:
                c, t = self._labels[(component.name, report.name)]
                both = f"{{{c},{t}}}"
                result = report.result
                success.append(f"healthd_probe_success{both} {'0.0' if result.status is Status.DOWN else '1.0'}\n")
                current = result.status.value
                for value in _STATUS_VALUES:
                    status.append(
                        f'healthd_probe_status{{{c},status="{value}",{t}}} {"1.0" if value == current else "0.0"}\n'
                    )
                duration.append(f"healthd_probe_duration_seconds{both} {floatToGoString(result.latency_seconds)}\n")
                if self.fleet and report.observed_at is not None:
                    observed.append(
                        f"healthd_probe_observed_timestamp_seconds{both} {floatToGoString(report.observed_at)}\n"
                    )
                for measure, number in result.measurements.items():
                    measures[measure].append(f"healthd_probe_{measure.value}{both} {floatToGoString(number)}\n")
        return success, status, duration, measures, observed

    def _text(
        self, success: list[str], status: list[str], duration: list[str], measures: dict[Measure, list[str]]
    ) -> bytes:
        out = [_header("healthd_probe_success", "1 if the target answered (up or degraded), 0 if down.", "gauge")]
        out += success
        out.append(_header("healthd_probe_status", "State set: 1 for the target's status in the last round.", "gauge"))
        out += status
        out.append(_header("healthd_probe_duration_seconds", "Latency of the target's last probe.", "gauge"))
        out += duration
        out.append(_header("healthd_probe_latency_seconds", "Latency of every probe.", "histogram"))
        for key, (buckets, total) in self._latency.items():
            c, t = self._labels[key]
            acc = 0
            for le, n in zip(_LE, buckets, strict=True):
                acc += n
                out.append(f'healthd_probe_latency_seconds_bucket{{{c},le="{le}",{t}}} {_count(acc)}\n')
            out.append(f"healthd_probe_latency_seconds_count{{{c},{t}}} {_count(acc)}\n")
            out.append(f"healthd_probe_latency_seconds_sum{{{c},{t}}} {floatToGoString(total[0])}\n")
        for measure, lines in measures.items():
            out.append(_header(f"healthd_probe_{measure.value}", measure.help, "gauge"))
            out += lines
        out.append(
            _header(
                "healthd_probe_failures_total",
                "Probes that ended degraded or down, or were not counted (local_error, throttled), by reason.",
                "counter",
            )
        )
        for (component, target, reason), n in self._failures.items():
            c, t = self._labels[(component, target)]
            out.append(f'healthd_probe_failures_total{{{c},reason="{escape_label(reason)}",{t}}} {_count(n)}\n')
        return "".join(out).encode()

    def text(self) -> tuple[bytes, bytes]:
        """Every per-target family from the last round and the counts so far; the observed timestamps apart
        (they come last: declared with the fleet member's gauge, once a round had a `fleet:` section)."""
        success, status, duration, measures, observed = self._gauges()
        if not self.fleet:
            return self._text(success, status, duration, measures), b""
        head = "Unix time the target was last really observed (probed, and not local_error or throttled)."
        observed_text = _header("healthd_probe_observed_timestamp_seconds", head, "gauge") + "".join(observed)
        return self._text(success, status, duration, measures), observed_text.encode()
