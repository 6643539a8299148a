"""The fleet view's pure part: answers parsed, scopes and reason lines, the warm start, the pin file."""

from __future__ import annotations

import json

import pytest

from healthd.config.selector import parse_selector
from healthd.core import fleet
from healthd.core.pin import PinError, parse_pin_file
from healthd.model import ComponentReport, FleetCount, HysteresisState, ProbeResult, Reason, Scope, Status, TargetReport

ME = "0123456789abcdef"
STRATEGIES = ("optimal", "conservative", "emergency")


def vector(*samples: tuple[dict[str, str], float]) -> dict[str, object]:
    result = [{"metric": m, "value": [1.0, str(v)]} for m, v in samples]
    return {"status": "success", "data": {"resultType": "vector", "result": result}}


def test_queries_render_the_selector_canonically_and_refuse_a_bad_id() -> None:
    selector = parse_selector(' { job = "healthd" } ')
    query = fleet.targets_query(selector, ME, 30)
    assert 'healthd_fleet_member{job="healthd",id="0123456789abcdef"}' in query and "time() - 30" in query
    assert "unless ignoring(strategy, id)" in fleet.warm_start_query(selector, ME, 30)
    with pytest.raises(ValueError):
        fleet.targets_query(selector, 'x"} or vector(1) or {a="', 30)


def test_targets_answer_parsed() -> None:
    doc = vector(
        ({"component": "registries", "target": "ghcr.io", "up": "1"}, 41),
        ({"component": "registries", "target": "ghcr.io", "up": "0"}, 1),
        ({"component": "registries", "target": "docker.io", "up": "0"}, 5),
        ({"up": "self"}, 1),
    )
    view = fleet.parse_targets(doc, 100.0)
    assert view.self_seen and view.at == 100.0
    assert view.targets == {
        ("registries", "ghcr.io"): FleetCount(41, 42),
        ("registries", "docker.io"): FleetCount(0, 5),
    }


@pytest.mark.parametrize(
    "doc",
    [None, [], {"status": "error", "error": "bad"},
     {"status": "success", "data": {"resultType": "matrix", "result": []}},
     vector(({"component": "a", "target": "b", "up": "2"}, 1)), vector(({"up": "1"}, 1)),
     {"status": "success", "data": {"resultType": "vector", "result": [{"metric": {}, "value": "x"}]}},
     vector(({"component": "a", "target": "b", "up": "1"}, float("nan")))],
)  # fmt: skip
def test_garbage_answers_are_refused(doc: object) -> None:
    with pytest.raises(fleet.FleetAnswerError):
        fleet.parse_targets(doc, 0.0)


def report(name: str, status: Status) -> TargetReport:
    return TargetReport(name, "registry", ProbeResult(status, Reason.OK if status is Status.UP else Reason.TIMEOUT))


def test_scope_and_reason_lines() -> None:
    components = (
        ComponentReport(
            "registries", 100, 50,
            (report("ghcr.io", Status.DOWN), report("docker.io", Status.DOWN), report("quay.io", Status.UP),
             report("gcr.io", Status.DOWN), report("new", Status.DOWN)),
        ),
    )  # fmt: skip
    view = fleet.FleetView(
        {
            ("registries", "ghcr.io"): FleetCount(41, 42),
            ("registries", "docker.io"): FleetCount(3, 6),  # half: not "more than half up"
            ("registries", "quay.io"): FleetCount(0, 9),
            ("registries", "gcr.io"): FleetCount(2, 2),  # too few peers
        }
    )
    out, reasons = fleet.annotate(components, view, 3)
    got = {t.name: (t.fleet, t.scope) for t in out[0].targets}
    assert got == {
        "ghcr.io": (FleetCount(41, 42), Scope.LOCAL),
        "docker.io": (FleetCount(3, 6), Scope.FLEET),
        "quay.io": (FleetCount(0, 9), None),  # up here: no scope
        "gcr.io": (FleetCount(2, 2), None),
        "new": (None, None),
    }
    assert reasons == [
        "registries/ghcr.io down here only: up for 41 of 42 peers",
        "registries/docker.io down fleet-wide: down for 3 of 6 peers",
    ]
    assert fleet.annotate(components, None, 3)[1] == []


def test_warm_start_follows_most_peers_ties_to_the_safer_and_needs_a_quorum() -> None:
    assert fleet.warm_start({"optimal": 5, "conservative": 7}, STRATEGIES, 3) == (
        HysteresisState(current="conservative"), "warm start: 7 of 12 fleet peers serve conservative",
    )  # fmt: skip
    assert fleet.warm_start({"optimal": 2, "conservative": 2}, STRATEGIES, 3)[0] == HysteresisState("conservative")
    assert fleet.warm_start({"optimal": 2}, STRATEGIES, 3) == (None, None)
    assert fleet.warm_start({"gone": 9, "optimal": 1}, STRATEGIES, 3) == (None, None)


NOW = 1_800_000_000.0  # 2027-01-15T08:00:00Z


def pin_file(**doc: object) -> bytes:
    base = {"strategy": "conservative", "until": "2027-01-16T00:00:00Z", "reason": "hub down"}
    return json.dumps(base | doc).encode()


def test_pin_file_parsed() -> None:
    pin = parse_pin_file(pin_file(), STRATEGIES, NOW)
    assert pin is not None and (pin.strategy, pin.source, pin.reason) == ("conservative", "file", "hub down")
    assert parse_pin_file(pin_file(until="2027-01-01T00:00:00Z"), STRATEGIES, NOW) is None  # past: released


@pytest.mark.parametrize(
    "body",
    [b"{", b"[]", pin_file(strategy="fast"), pin_file(until="2027-02-01T00:00:00Z"), pin_file(until="tomorrow"),
     pin_file(until="2027-01-16T00:00:00"), pin_file(reason=""), pin_file(reason="a\nb"), pin_file(extra=1),
     b" " * 5000],
)  # fmt: skip
def test_pin_file_refused(body: bytes) -> None:
    with pytest.raises(PinError):
        parse_pin_file(body, STRATEGIES, NOW)


def test_the_collapse_rule_beats_a_warm_start() -> None:
    """A warm-started instance whose first round finds everything down goes to the lowest strategy at once."""
    from healthd.config.load import parse_config
    from healthd.core.decide import decide

    config = parse_config(
        "components: {net: {weight: 100, targets: [{name: p, kind: tcp, host: 127.0.0.1, port: 1}]}}\n"
        "hysteresis: {downgrade_after: 3, upgrade_after: 3}\n"
        "strategies: [{name: optimal, min_score: 75}, {name: conservative, min_score: 40},"
        " {name: emergency, min_score: 0}]\n"
    )
    state, _ = fleet.warm_start({"optimal": 5}, STRATEGIES, 3)
    assert state == HysteresisState("optimal")
    down = (ComponentReport("net", 100, 0, (report("p", Status.DOWN),)),)
    decision, _ = decide(config.strategies, config.hysteresis, 0, down, state)
    assert decision.strategy == "emergency" and decision.changed_from == "optimal"
    half = (ComponentReport("net", 100, 50, (report("p", Status.DEGRADED),)),)
    decision, after = decide(config.strategies, config.hysteresis, 50, half, state)
    assert decision.strategy == "optimal" and after.streak == 1  # one bad round does not move it
