"""/metrics: names, types and labels from a Snapshot, promtool-clean text, bounded labels,
series removal on reload, request metrics, and a change of strategy visible within one round."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families

from healthd.config.load import parse_config
from healthd.core.render import Rendered
from healthd.daemon.board import Board
from healthd.daemon.metrics import Metrics
from healthd.daemon.scheduler import Scheduler
from healthd.daemon.serve import assemble
from healthd.daemon.server import create_app
from healthd.daemon.source import ConfigSource
from healthd.model import (
    ComponentReport,
    Decision,
    Measure,
    ProbeResult,
    Reason,
    Snapshot,
    Status,
    TargetReport,
)
from tests.fakes.switch import Switch
from tests.support import require_binary

SECRET = "s3cr3t-token-value"
DOC = Path(__file__).resolve().parent.parent / "docs" / "metrics.md"
CONFIG = """
daemon: {interval: 5, timeout: 1, stale_after: 10}
hysteresis: {downgrade_after: 1, upgrade_after: 1}
components:
  registries:
    weight: 60
    targets:
      - {name: ghcr, kind: http, url: "URL"}
      - {name: mirror, kind: http, url: "http://127.0.0.1:1/v2/?token=s3cr3t-token-value"}
  net: {weight: 40, targets: [{name: closed, kind: tcp, host: 127.0.0.1, port: 1}]}
strategies:
  - {name: optimal, min_score: 80}
  - {name: resilient, min_score: 30}
  - {name: emergency, min_score: 0}
"""


def config(url: str = "http://127.0.0.1:1/", text: str = CONFIG):
    return parse_config(text.replace("URL", url))


STRATEGIES = ("optimal", "resilient", "emergency")


def snapshot(changed_from: str | None = "optimal", round_: int = 1) -> Rendered:
    """A hand-made round: one target of each status, and a switch optimal -> resilient."""
    up = TargetReport("ghcr", "http", ProbeResult(Status.UP, Reason.OK, 0.05, measurements={Measure.DNS_ANSWERS: 2}))
    slow = TargetReport("mirror", "http", ProbeResult(Status.DEGRADED, Reason.SLOW, 2.5, f"took long {SECRET}"))
    down = TargetReport("closed", "tcp", ProbeResult(Status.DOWN, Reason.CONNECT_REFUSED, 0.001, "refused"))
    components = (
        ComponentReport("registries", 60, 45, (up, slow)),
        ComponentReport("net", 40, 0, (down,)),
    )
    decision = Decision("resilient", {}, ("score 45",), changed_from)
    return Rendered.of(
        Snapshot(round_, 1000.0, 1001.5, 45, components, decision, strategies=STRATEGIES, stale_after=10)
    )


def families(text: bytes) -> dict:
    return {f.name: f for f in text_string_to_metric_families(text.decode())}


def value(fams: dict, name: str, **labels: str) -> float:
    """The one sample of `name` whose labels include `labels`."""
    family = name.removesuffix("_total").removesuffix("_count").removesuffix("_bucket")
    found = [s.value for s in fams[family].samples if s.name == name and labels.items() <= s.labels.items()]
    assert len(found) == 1, (name, labels, found)
    return found[0]


def observed(rendered: Rendered | None = None) -> Metrics:
    metrics = Metrics()
    metrics.observe_round(rendered or snapshot())
    return metrics


def test_round_metrics_have_their_names_types_labels_and_values():
    metrics = observed()
    fams = families(metrics.exposition())
    types = {name: f.type for name, f in fams.items() if name.startswith("healthd_")}
    assert types == {
        "healthd_build_info": "gauge",  # an Info, as the plain text format types it
        "healthd_score": "gauge",
        "healthd_component_score": "gauge",
        "healthd_component_weight": "gauge",
        "healthd_probe_success": "gauge",
        "healthd_probe_status": "gauge",
        "healthd_probe_duration_seconds": "gauge",
        "healthd_probe_latency_seconds": "histogram",
        "healthd_probe_failures": "counter",
        "healthd_probe_ratelimit_remaining": "gauge",
        "healthd_probe_ratelimit_limit": "gauge",
        "healthd_probe_ratelimit_headroom_ratio": "gauge",
        "healthd_probe_dns_answers": "gauge",
        "healthd_probe_builder_cache_export": "gauge",
        "healthd_strategy": "gauge",
        "healthd_strategy_changes": "counter",
        "healthd_round_duration_seconds": "histogram",
        "healthd_last_round_timestamp_seconds": "gauge",
        "healthd_stale_after_seconds": "gauge",
        "healthd_pin_active": "gauge",
        "healthd_pin_expiry_timestamp_seconds": "gauge",
        "healthd_config_reload_success": "gauge",
        "healthd_config_reload_timestamp_seconds": "gauge",
        "healthd_http_request_duration_seconds": "histogram",
    }
    assert value(fams, "healthd_score") == 45
    assert value(fams, "healthd_component_score", component="registries") == 45
    assert value(fams, "healthd_component_weight", component="net") == 40
    # degraded counts as answered, and the status state set tells it apart from up
    assert value(fams, "healthd_probe_success", component="registries", target="mirror") == 1
    assert value(fams, "healthd_probe_success", component="net", target="closed") == 0
    assert value(fams, "healthd_probe_status", target="mirror", status="degraded") == 1
    assert value(fams, "healthd_probe_status", target="mirror", status="up") == 0
    assert value(fams, "healthd_probe_duration_seconds", target="mirror") == 2.5
    assert value(fams, "healthd_probe_latency_seconds_count", target="ghcr") == 1
    assert value(fams, "healthd_probe_failures_total", target="closed", reason="connect_refused") == 1
    assert value(fams, "healthd_probe_failures_total", target="mirror", reason="slow") == 1
    assert not [s for s in fams["healthd_probe_failures"].samples if s.labels["target"] == "ghcr"]
    assert {s.labels["strategy"]: s.value for s in fams["healthd_strategy"].samples} == {
        "optimal": 0,
        "resilient": 1,
        "emergency": 0,
    }
    assert value(fams, "healthd_strategy_changes_total", **{"from": "optimal", "to": "resilient"}) == 1
    assert value(fams, "healthd_round_duration_seconds_count") == 1
    assert value(fams, "healthd_last_round_timestamp_seconds") == 1001.5
    assert value(fams, "healthd_stale_after_seconds") == 10
    assert value(fams, "healthd_pin_active") == 0 and value(fams, "healthd_pin_expiry_timestamp_seconds") == 0
    assert value(fams, "healthd_probe_dns_answers", component="registries", target="ghcr") == 2
    assert not fams["healthd_probe_ratelimit_remaining"].samples  # no probe measured it
    assert value(fams, "healthd_config_reload_success") == 1


def test_exposition_passes_promtool_check_metrics():
    metrics = observed()
    check = subprocess.run(
        [require_binary("promtool"), "check", "metrics"], input=metrics.exposition(), capture_output=True, timeout=30
    )
    assert (check.returncode, check.stdout + check.stderr) == (0, b"")


def test_label_values_are_config_names_and_enums_never_urls_or_secrets():
    metrics = observed()
    text = metrics.exposition().decode()
    assert SECRET not in text and "://" not in text
    allowed = (
        {"registries", "net", "ghcr", "mirror", "closed", "optimal", "resilient", "emergency"}
        | {s.value for s in Status}
        | {r.value for r in Reason}
    )
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            for label, v in sample.labels.items():
                if label not in ("le", "version", "python"):
                    assert v in allowed, (sample.name, label, v)


def test_reload_removes_series_of_vanished_targets_components_and_strategies():
    metrics = observed()
    # the first round under a reloaded config: one target, strategies fast and resilient
    up = TargetReport("ghcr", "http", ProbeResult(Status.UP, Reason.OK, 0.05))
    decision = Decision("resilient", {}, ())
    components = (ComponentReport("registries", 100, 100, (up,)),)
    metrics.observe_round(
        Rendered.of(Snapshot(2, 1002, 1003, 100, components, decision, strategies=("fast", "resilient")))
    )
    text = metrics.exposition().decode()
    for gone in ('"mirror"', '"closed"', '"net"', '"optimal"', '"emergency"'):
        assert gone not in text, gone
    fams = families(text.encode())
    assert value(fams, "healthd_probe_latency_seconds_count", target="ghcr") == 2  # kept across the reload
    assert {s.labels["strategy"] for s in fams["healthd_strategy"].samples} == {"fast", "resilient"}


async def test_reload_status_and_request_metrics_show_without_a_round(tmp_path):
    file = tmp_path / "strategies.yaml"
    file.write_text(CONFIG.replace("URL", "http://127.0.0.1:1/"))
    source = ConfigSource(file)
    scheduler = Scheduler(source.config, env={})
    async with TestClient(TestServer(assemble(scheduler, source), host="127.0.0.1")) as client:
        assert (await client.get("/strategy")).status == 503  # warming up
        assert (await client.get("/no/such/page")).status == 404
        source.refuse("strategies.yaml:1:13: invalid YAML")
        response = await client.get("/metrics")
        assert response.status == 200 and response.content_type == "text/plain"
        fams = families(await response.read())
    assert value(fams, "healthd_config_reload_success") == 0
    count = "healthd_http_request_duration_seconds_count"
    assert value(fams, count, route="/strategy", code="503") == 1
    assert value(fams, count, route="unmatched", code="404") == 1


async def test_two_apps_have_separate_registries_and_creating_one_subscribes_nothing():
    board = Board()
    first, second = Metrics(), Metrics()  # a global registry would refuse the second set of metric names
    create_app(board, first), create_app(board, second)
    board.publish(snapshot())
    for metrics in (first, second):
        assert value(families(metrics.exposition()), "healthd_round_duration_seconds_count") == 0


async def test_a_change_of_strategy_shows_in_metrics_within_one_round(serve_app):
    switch = Switch()
    upstream = await serve_app(switch.app())
    scheduler = Scheduler(config(str(upstream.make_url("/"))), env={})
    async with scheduler, TestClient(TestServer(assemble(scheduler), host="127.0.0.1")) as client:
        await scheduler.run_round()  # ghcr up (30) + mirror down + closed down: resilient
        before = families(await (await client.get("/metrics")).read())
        switch.up = False
        await scheduler.run_round()  # the one round after the flip
        after = families(await (await client.get("/metrics")).read())
    assert value(before, "healthd_strategy", strategy="resilient") == 1
    assert "healthd_strategy_changes_total" not in {s.name for s in before["healthd_strategy_changes"].samples}
    assert value(after, "healthd_strategy", strategy="emergency") == 1
    assert value(after, "healthd_strategy", strategy="resilient") == 0
    assert value(after, "healthd_strategy_changes_total", **{"from": "resilient", "to": "emergency"}) == 1


def test_a_local_failure_is_counted_by_its_reason_even_when_its_target_keeps_up():
    """healthd.core.carry keeps a local_error or throttled target's last status (here up): the failure still shows."""
    base = snapshot().snapshot
    kept = TargetReport("ghcr", "http", ProbeResult(Status.UP, Reason.LOCAL_ERROR, 0.001, "EMFILE; keeps up"))
    components = (replace(base.components[0], targets=(kept, *base.components[0].targets[1:])), *base.components[1:])
    fams = families(observed(Rendered.of(replace(base, components=components))).exposition())
    assert value(fams, "healthd_probe_status", target="ghcr", status="up") == 1
    assert value(fams, "healthd_probe_failures_total", target="ghcr", reason="local_error") == 1


def documented() -> dict[str, tuple[str, set[str]]]:
    """The metric table of docs/metrics.md: name -> (type, label names)."""
    rows = re.findall(r"^\| `(healthd_\w+)` \|([^|]+)\|([^|]*)\|", DOC.read_text(), re.MULTILINE)
    assert rows, f"no metric table in {DOC}"
    return {name: (kind.split()[0], set(re.findall(r"`(\w+)`", labels))) for name, kind, labels in rows}


def exported(text: str) -> dict[str, tuple[str, set[str]]]:
    """Every metric of an exposition as `# TYPE` names it: name -> (type, label names of its samples)."""
    types = dict(re.findall(r"^# TYPE (\S+) (\S+)$", text, re.MULTILINE))
    labels: dict[str, set[str]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            name = next(n for n in (sample.name, re.sub(r"_(bucket|count|sum)$", "", sample.name)) if n in types)
            labels.setdefault(name, set()).update(set(sample.labels) - {"le"})
    assert set(labels) == set(types), f"no samples of {set(types) - set(labels)}: its labels go unchecked"
    return {name: (kind, labels[name]) for name, kind in types.items()}


async def test_docs_list_every_exported_metric_with_its_type_and_labels():
    """A daemon's whole /metrics (a round with every measure, admin on, a pin set) against docs/metrics.md."""
    base = snapshot().snapshot
    measured = TargetReport(
        "ghcr",
        "registry",
        ProbeResult(Status.UP, Reason.OK, measurements=dict.fromkeys(Measure, 1.0)),
        observed_at=1.0,  # with a `fleet:` section (fleet_member below): the fleet's two series
    )
    components = (
        replace(base.components[0], targets=(measured, *base.components[0].targets[1:])),
        *base.components[1:],
    )
    scheduler = Scheduler(config(), env={})
    app = assemble(scheduler, admin_token=SECRET)
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        fleet = replace(base, components=components, fleet_member="0123456789abcdef")
        scheduler.board.publish(Rendered.of(fleet))
        pin = {"strategy": "emergency", "ttl": 60, "reason": "docs"}
        response = await client.post("/admin/pin", json=pin, headers={"Authorization": f"Bearer {SECRET}"})
        assert response.status == 200
        text = await (await client.get("/metrics")).text()
    metrics = exported(text)
    docs = documented()
    assert set(metrics) - set(docs) == set(), "exported but not in docs/metrics.md's table"
    assert set(docs) - set(metrics) == set(), "in docs/metrics.md's table but not exported"
    assert {n: m for n, m in metrics.items() if docs[n] != m} == {}, "type or labels differ from the docs"


class _Reference:
    """The per-target families as prometheus_client wrote them before they were written by hand:
    a Gauge/Histogram/Counter per family, `labels()` per sample, generate_latest."""

    def __init__(self) -> None:
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

        from healthd.daemon.metrics import PROBE_BUCKETS

        self.registry = registry = CollectorRegistry()
        target = ("component", "target")
        self.success = Gauge("healthd_probe_success", "x", target, registry=registry)
        self.status = Gauge("healthd_probe_status", "x", [*target, "status"], registry=registry)
        self.duration = Gauge("healthd_probe_duration_seconds", "x", target, registry=registry)
        self.latency = Histogram("healthd_probe_latency_seconds", "x", target, buckets=PROBE_BUCKETS, registry=registry)
        self.measures = {m: Gauge(f"healthd_probe_{m}", "x", target, registry=registry) for m in Measure}
        self.failures = Counter("healthd_probe_failures", "x", [*target, "reason"], registry=registry)
        self.observed = Gauge("healthd_probe_observed_timestamp_seconds", "x", target, registry=registry)
        self.targets: set[tuple[str, str]] = set()
        self.reasons: dict[tuple[str, str], set[str]] = {}

    def observe(self, snap: Snapshot) -> bytes:
        from healthd.core.carry import NOT_COUNTED

        for gauge in (self.success, self.status, self.duration, self.observed, *self.measures.values()):
            gauge.clear()
        targets = set()
        for component in snap.components:
            for report in component.targets:
                labels = (component.name, report.name)
                targets.add(labels)
                result = report.result
                self.success.labels(*labels).set(result.status is not Status.DOWN)
                for status in Status:
                    self.status.labels(*labels, status.value).set(result.status is status)
                self.duration.labels(*labels).set(result.latency_seconds)
                if report.observed_at is not None:
                    self.observed.labels(*labels).set(report.observed_at)
                for measure, number in result.measurements.items():
                    self.measures[measure].labels(*labels).set(number)
                if not report.probed:
                    continue
                self.latency.labels(*labels).observe(result.latency_seconds)
                if result.status is not Status.UP or result.reason in NOT_COUNTED:
                    self.failures.labels(*labels, result.reason.value).inc()
                    self.reasons.setdefault(labels, set()).add(result.reason.value)
        for labels in self.targets - targets:
            self.latency.remove(*labels)
            for reason in self.reasons.pop(labels, ()):
                self.failures.remove(*labels, reason)
        self.targets = targets
        from healthd.daemon.exposition import text_format

        return text_format(self.registry)


def _samples(text: bytes) -> list[str]:
    """The sample lines of the per-target families, in order (HELP texts aside)."""
    keep = ("healthd_probe_success", "healthd_probe_status", "healthd_probe_duration", "healthd_probe_latency",
            "healthd_probe_failures", "healthd_probe_observed", *(f"healthd_probe_{m}" for m in Measure))  # fmt: skip
    lines = [line for line in text.decode().splitlines() if line.startswith(keep)]
    return lines


def test_hand_written_per_target_series_are_prometheus_clients_bytes():
    """Rounds with every status, odd label values, carried (unprobed) targets, measurements, a target that
    leaves and comes back and fleet timestamps: the same samples, in the same order, as prometheus_client."""
    import random

    from prometheus_client import generate_latest

    rng = random.Random(28)
    names = ["a", 'q"uo\\te', "new\nline", "é", "b"]
    metrics, reference = Metrics(), _Reference()
    for n in range(1, 13):
        components = []
        for c in ("registries", 'o"dd'):
            reports = []
            for name in names:
                if rng.random() < 0.2:
                    continue  # gone this round (a reload): its histogram and counters go too
                status = rng.choice(list(Status))
                reason = rng.choice([Reason.OK, Reason.SLOW, Reason.TIMEOUT, Reason.LOCAL_ERROR])
                measures = {Measure.DNS_ANSWERS: rng.randint(0, 3)} if rng.random() < 0.5 else {}
                latency = rng.choice([0.0001, 0.004, 0.3, 1.0, 7.5, 31.0, rng.random()])
                result = ProbeResult(status, reason, latency, measurements=measures)
                observed_at = 1e9 + rng.random() if rng.random() < 0.7 else None
                reports.append(TargetReport(name, "http", result, probed=rng.random() < 0.8, observed_at=observed_at))
            components.append(ComponentReport(c, 50, 10, tuple(reports)))
        decision = Decision("optimal", {}, ())
        snap = Snapshot(n, 1.0, 2.0, 50, tuple(components), decision, strategies=STRATEGIES, fleet_member="m1")
        metrics.observe_round(Rendered(snap, {}))
        ours = _samples(metrics.exposition())
        theirs = _samples(reference.observe(snap))
        assert ours == theirs, n
    assert _samples(generate_latest(reference.registry)) == ours  # and the reference is prometheus_client's own
