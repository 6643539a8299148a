"""Prometheus metrics: round metrics fed from each Snapshot, HTTP metrics observed per request.

Two registries per app, never the global one. The round registry changes only when a round ends,
so its exposition text is rendered then, once, and a scrape hands out those bytes; a scrape
renders only the small live registry (request latencies, reload status). Label values are config
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

from healthd import __version__
from healthd.core.carry import NOT_COUNTED
from healthd.core.render import Rendered
from healthd.daemon.exposition import text_format
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
        target = ("component", "target")
        self.score = Gauge("healthd_score", "Health score of the last round, 0..100.", registry=rounds)
        self.component_score = Gauge(
            "healthd_component_score", "Points a component earned in the last round.", ["component"], registry=rounds
        )
        self.component_weight = Gauge(
            "healthd_component_weight", "Points a component can earn at most.", ["component"], registry=rounds
        )
        self.probe_success = Gauge(
            "healthd_probe_success", "1 if the target answered (up or degraded), 0 if down.", target, registry=rounds
        )
        self.probe_status = Gauge(
            "healthd_probe_status",
            "State set: 1 for the target's status in the last round.",
            [*target, "status"],
            registry=rounds,
        )
        self.probe_duration = Gauge(
            "healthd_probe_duration_seconds", "Latency of the target's last probe.", target, registry=rounds
        )
        self.probe_latency = Histogram(
            "healthd_probe_latency_seconds", "Latency of every probe.", target, buckets=PROBE_BUCKETS, registry=rounds
        )
        self.measurements = {
            measure: Gauge(f"healthd_probe_{measure}", measure.help, target, registry=rounds) for measure in Measure
        }
        self.probe_failures = Counter(
            "healthd_probe_failures_total",
            "Probes that ended degraded or down, or were not counted (local_error, throttled), by reason.",
            [*target, "reason"],
            registry=rounds,
        )
        self.strategy = Gauge(
            "healthd_strategy", "State set: 1 for the strategy in force.", ["strategy"], registry=rounds
        )
        self.strategy_changes = Counter(
            "healthd_strategy_changes_total", "Switches of strategy.", ["from", "to"], registry=rounds
        )
        self.round_duration = Histogram(
            "healthd_round_duration_seconds", "Wall time of a probe round.", buckets=ROUND_BUCKETS, registry=rounds
        )
        self.last_round = Gauge(
            "healthd_last_round_timestamp_seconds", "Unix time the last round finished.", registry=rounds
        )
        self.stale_after = Gauge(
            "healthd_stale_after_seconds",
            "Age at which an answer counts as stale (daemon.stale_after).",
            registry=rounds,
        )
        # healthd_fleet_member{id} and healthd_probe_observed_timestamp_seconds: once a round had a `fleet:` section
        self.fleet_member: Gauge | None = None
        self.probe_observed: Gauge | None = None
        self.pin_active = Gauge(
            "healthd_pin_active", "1 while a pin (admin or the fleet's pin file) holds the strategy.", registry=rounds
        )
        self.pin_expiry = Gauge(
            "healthd_pin_expiry_timestamp_seconds", "Unix time the pin expires (0: none).", registry=rounds
        )
        self._round_seen = -1
        self._targets: set[tuple[str, str]] = set()
        self._strategies: set[str] = set()
        self._round_text = text_format(rounds)

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
        self._failure_reasons: dict[tuple[str, str], set[str]] = {}  # the reasons counted per target, to remove

    def observe_round(self, rendered: Rendered) -> None:
        """Updates every round metric from the snapshot and renders the round text once.

        The same round published again (a pin set, released or expired) changes only the strategy.
        """
        snapshot = rendered.snapshot
        if snapshot.round == self._round_seen:
            self._observe_strategy(snapshot)
            self._round_text = text_format(self._rounds)
            return
        self._round_seen = snapshot.round
        for gauge in (self.component_score, self.component_weight, self.probe_success, self.probe_status,
                      self.probe_duration, *self.measurements.values()):  # fmt: skip
            gauge.clear()  # rebuilt below from this round alone: what left the config leaves the output
        self._observe_member(snapshot.fleet_member)
        self.score.set(snapshot.score)
        targets = set()
        for component in snapshot.components:
            self.component_score.labels(component.name).set(component.score)
            self.component_weight.labels(component.name).set(component.weight)
            for report in component.targets:
                labels = (component.name, report.name)
                targets.add(labels)
                result = report.result
                self.probe_success.labels(*labels).set(result.status is not Status.DOWN)
                for status in Status:
                    self.probe_status.labels(*labels, status.value).set(result.status is status)
                self.probe_duration.labels(*labels).set(result.latency_seconds)
                if self.probe_observed is not None and report.observed_at is not None:
                    self.probe_observed.labels(*labels).set(report.observed_at)
                for measure, number in result.measurements.items():
                    self.measurements[measure].labels(*labels).set(number)
                if not report.probed:  # skipped by back-off: its carried result is no new probe to count
                    continue
                self.probe_latency.labels(*labels).observe(result.latency_seconds)
                if result.status is not Status.UP or result.reason in NOT_COUNTED:  # a kept `up` still failed here
                    self.probe_failures.labels(*labels, result.reason.value).inc()
                    self._failure_reasons.setdefault(labels, set()).add(result.reason.value)
        # each gone target's children removed by their own labels: remove_by_labels scans every child, so a
        # reload from 10,000 targets to 11 cost 57 s of a blocked loop (O(n^2)); this is O(gone targets)
        for labels in self._targets - targets:
            self.probe_latency.remove(*labels)
            for reason in self._failure_reasons.pop(labels, ()):
                self.probe_failures.remove(*labels, reason)
        self._targets = targets

        self._observe_strategy(snapshot)
        decision = snapshot.decision
        if decision.changed_from is not None:
            self.strategy_changes.labels(decision.changed_from, decision.strategy).inc()

        self.round_duration.observe(snapshot.duration_seconds)
        self.last_round.set(snapshot.finished_at)
        self.stale_after.set(snapshot.stale_after)
        self._round_text = text_format(self._rounds)

    def _observe_member(self, member: str | None) -> None:
        """`healthd_fleet_member{id} 1` while the config has a `fleet:` section: how peers' queries exclude us."""
        if member is not None and self.fleet_member is None:
            self.fleet_member = Gauge(
                "healthd_fleet_member",
                "1, labelled with this process's random fleet id (only with a fleet: section).",
                ["id"],
                registry=self._rounds,
            )
            self.probe_observed = Gauge(
                "healthd_probe_observed_timestamp_seconds",
                "Unix time the target was last really observed (probed, and not local_error or throttled).",
                ["component", "target"],
                registry=self._rounds,
            )
        if self.fleet_member is not None and self.probe_observed is not None:
            self.fleet_member.clear()
            self.probe_observed.clear()
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
        """The /metrics body: the round text rendered at the end of the last round, plus the live metrics."""
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
