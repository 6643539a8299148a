"""Scoring: credit per status, component = weight x mean credit, total within 0..100 and monotone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from healthd.core.scoring import component_score, score_components, total_score
from healthd.model import ProbeResult, Reason, Status, TargetReport

REASON = {Status.UP: Reason.OK, Status.DEGRADED: Reason.SLOW, Status.DOWN: Reason.TIMEOUT}
ORDER = [Status.DOWN, Status.DEGRADED, Status.UP]


def report(status: Status, name: str = "t") -> TargetReport:
    return TargetReport(name, "http", ProbeResult(status, REASON[status]))


def test_component_score_examples() -> None:
    assert component_score(30, [report(Status.UP)] * 3) == 30
    assert component_score(30, [report(Status.UP), report(Status.UP), report(Status.DOWN)]) == 20
    assert component_score(30, [report(Status.UP), report(Status.DEGRADED), report(Status.DOWN)]) == 15
    assert component_score(20, [report(Status.DEGRADED)]) == 10
    assert component_score(20, []) == 0


def test_seed_example_scores_85() -> None:
    """The seed's expected output: docker.io having issues, everything else up -> 85 is not reachable
    with thirds of 30; with docker.io down the total is 90 (optimal), with two registries down 80."""
    weights = {"gha": 20, "registries": 30, "go": 25, "dns": 15, "net": 10}
    up = {name: [report(Status.UP)] for name in weights}
    up["registries"] = [report(Status.UP), report(Status.DOWN), report(Status.UP)]
    assert total_score(score_components(weights, up)) == 90
    up["registries"] = [report(Status.UP), report(Status.DOWN), report(Status.DOWN)]
    assert total_score(score_components(weights, up)) == 80


statuses = st.lists(st.sampled_from(ORDER), min_size=1, max_size=6)
weight_splits = st.lists(st.integers(min_value=0, max_value=100), min_size=1, max_size=6)


@given(st.lists(statuses, min_size=1, max_size=6), st.data())
def test_total_within_bounds_and_monotone(groups: list[list[Status]], data: st.DataObject) -> None:
    # weights that sum to 100, one per component
    cuts = sorted(data.draw(st.lists(st.integers(0, 100), min_size=len(groups) - 1, max_size=len(groups) - 1)))
    weights = {f"c{i}": float(b - a) for i, (a, b) in enumerate(zip([0, *cuts], [*cuts, 100], strict=True))}
    reports = {f"c{i}": [report(s, f"t{j}") for j, s in enumerate(g)] for i, g in enumerate(groups)}
    base = total_score(score_components(weights, reports))
    assert 0 <= base <= 100
    # improving any one target never lowers the total
    i = data.draw(st.integers(0, len(groups) - 1))
    j = data.draw(st.integers(0, len(groups[i]) - 1))
    better = ORDER[min(2, ORDER.index(groups[i][j]) + 1)]
    improved = dict(reports)
    improved[f"c{i}"] = [*reports[f"c{i}"][:j], report(better, f"t{j}"), *reports[f"c{i}"][j + 1 :]]
    assert total_score(score_components(weights, improved)) >= base


@given(st.lists(statuses, min_size=1, max_size=6))
def test_all_up_is_100_and_all_down_is_0(groups: list[list[Status]]) -> None:
    weights = {f"c{i}": 100 / len(groups) for i in range(len(groups))}
    all_up = {f"c{i}": [report(Status.UP)] * len(g) for i, g in enumerate(groups)}
    all_down = {f"c{i}": [report(Status.DOWN)] * len(g) for i, g in enumerate(groups)}
    assert total_score(score_components(weights, all_up)) == 100
    assert total_score(score_components(weights, all_down)) == 0
