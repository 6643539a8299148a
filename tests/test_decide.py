"""Strategy choice: thresholds, gates, hysteresis (down after 2, up after 3, immediate collapse), reasons."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from healthd.config.types import CountGate, HysteresisSettings, Strategy
from healthd.core.decide import Streak, decide, eligible, raw_choice, step, up_counts
from healthd.model import ComponentReport, HysteresisState, ProbeResult, Reason, Status, TargetReport

STRATEGIES = (
    Strategy(name="optimal", min_score=80, params={"timeout_minutes": 40}),
    Strategy(name="resilient", min_score=60, requires={"registries": 20}, params={"timeout_minutes": 30}),
    Strategy(name="conservative", min_score=40, params={"timeout_minutes": 20}),
    Strategy(name="emergency", min_score=0, params={"no_cache": True}),
)
HYST = HysteresisSettings()  # down after 2, up after 3
SCORE_FOR = {"optimal": 90.0, "resilient": 70.0, "conservative": 50.0, "emergency": 10.0}


def components(registries: float = 30.0) -> tuple[ComponentReport, ...]:
    return (ComponentReport("registries", 30, registries, ()),)


def run(scores: list[float], state: HysteresisState | None = None, registries: float = 30.0) -> list[str]:
    state = state or HysteresisState()
    chosen = []
    for score in scores:
        decision, state = decide(STRATEGIES, HYST, score, components(registries), state)
        chosen.append(decision.strategy)
    return chosen


def test_thresholds_are_inclusive_lower_bounds() -> None:
    scores = {"registries": 30.0}
    assert [STRATEGIES[raw_choice(STRATEGIES, s, scores, {})].name for s in (100, 80, 79.99, 60, 59, 40, 39.5, 0)] == [
        "optimal",
        "optimal",
        "resilient",
        "resilient",
        "conservative",
        "conservative",
        "emergency",
        "emergency",
    ]


def test_gate_skips_resilient_when_two_registries_are_down() -> None:
    assert STRATEGIES[raw_choice(STRATEGIES, 70, {"registries": 10}, {})].name == "conservative"
    assert STRATEGIES[raw_choice(STRATEGIES, 70, {"registries": 20}, {})].name == "resilient"
    decision, _ = decide(STRATEGIES, HYST, 70, components(registries=10), HysteresisState())
    assert decision.strategy == "conservative"
    assert "resilient gated: registries 10 < 20" in decision.reasons


def test_first_round_takes_the_raw_choice() -> None:
    assert run([50]) == ["conservative"]


def test_downgrade_after_two_rounds_upgrade_after_three() -> None:
    assert run([90, 70, 70, 70]) == ["optimal", "optimal", "resilient", "resilient"]
    assert run([50, 90, 90, 90, 90]) == ["conservative", "conservative", "conservative", "optimal", "optimal"]


def test_collapse_to_emergency_is_immediate() -> None:
    assert run([90, 10]) == ["optimal", "emergency"]


def test_downgrade_lands_on_the_highest_strategy_the_streak_allowed() -> None:
    # optimal; then 70 (resilient) and 50 (conservative): both rounds allowed at most resilient
    assert run([90, 50, 70]) == ["optimal", "optimal", "resilient"]
    assert run([90, 70, 50]) == ["optimal", "optimal", "resilient"]


def test_upgrade_lands_on_the_lowest_strategy_the_streak_allowed() -> None:
    assert run([10, 90, 70, 90]) == ["emergency", "emergency", "emergency", "resilient"]


def test_a_round_agreeing_with_the_current_strategy_breaks_the_streak() -> None:
    assert run([90, 70, 90, 70, 90, 70]) == ["optimal"] * 6


def test_reasons_name_failing_targets_and_hysteresis() -> None:
    down = TargetReport("docker.io", "registry", ProbeResult(Status.DOWN, Reason.TIMEOUT, 5.0, "no answer in 5s"))
    slow = TargetReport("ghcr.io", "registry", ProbeResult(Status.DEGRADED, Reason.SLOW, 3.0))
    comps = (ComponentReport("registries", 30, 15, (down, slow)),)
    decision, state = decide(STRATEGIES, HYST, 70, comps, HysteresisState(current="optimal"))
    assert decision.strategy == "optimal"
    assert decision.reasons[0] == "registries/docker.io down: timeout: no answer in 5s"
    assert decision.reasons[1] == "registries/ghcr.io degraded: slow"
    assert "resilient gated: registries 15 < 20" in decision.reasons
    assert "holding optimal: 1/2 rounds toward conservative" in decision.reasons
    assert state == HysteresisState(current="optimal", direction=-1, streak=1, toward="conservative")
    decision, state = decide(STRATEGIES, HYST, 70, comps, state)
    assert decision.strategy == "conservative" and decision.changed_from == "optimal"
    assert "switched from optimal to conservative" in decision.reasons
    assert dict(decision.params) == {"timeout_minutes": 20}


def test_state_naming_a_removed_strategy_starts_afresh() -> None:
    decision, state = decide(STRATEGIES, HYST, 90, components(), HysteresisState(current="gone", streak=1))
    assert decision.strategy == "optimal" and decision.changed_from is None
    assert state.current == "optimal"


names = st.sampled_from(list(SCORE_FOR))


@given(names, names, names, st.integers(2, 30))
def test_alternating_rounds_never_flap(start: str, a: str, b: str, rounds: int) -> None:
    """Raw choices alternating between two strategies switch at most once, then hold for good."""
    seq = [SCORE_FOR[start]] + [SCORE_FOR[a] if i % 2 == 0 else SCORE_FOR[b] for i in range(rounds)]
    chosen = run(seq)
    changes = sum(1 for x, y in itertools.pairwise(chosen) if x != y)
    assert changes <= 1, chosen


@given(st.lists(names, min_size=1, max_size=40))
def test_hysteresis_invariants(sequence: list[str]) -> None:
    """Every switch is backed by a long enough streak (or a collapse), and lands within the streak's range."""
    idx = {n: i for i, n in enumerate(SCORE_FOR)}
    chosen = run([SCORE_FOR[n] for n in sequence])
    assert chosen[0] == sequence[0]
    for r in range(1, len(sequence)):
        before, after = idx[chosen[r - 1]], idx[chosen[r]]
        if after == before:
            continue
        raw = [idx[n] for n in sequence]
        if after > before:  # downgrade
            if after == 3 and raw[r] == 3:
                continue
            window = raw[r - HYST.downgrade_after + 1 : r + 1]
            assert len(window) == HYST.downgrade_after and all(x > before for x in window)
            assert after == min(window)
        else:
            window = raw[r - HYST.upgrade_after + 1 : r + 1]
            assert len(window) == HYST.upgrade_after and all(x < before for x in window)
            assert after == max(window)


@given(st.integers(0, 3), st.integers(-1, 1), st.integers(0, 5), st.integers(0, 3), st.integers(0, 3))
def test_step_stays_within_strategies(current: int, direction: int, streak: int, toward: int, raw: int) -> None:
    after = step(Streak(current, direction, streak, toward), raw, lowest=3, downgrade_after=2, upgrade_after=3)
    assert after.current is not None and 0 <= after.current <= 3
    assert after.direction in (-1, 0, 1) and after.length >= 0
    assert (after.toward is None) == (after.direction == 0)


COUNTED = (
    Strategy(name="resilient", min_score=60, requires={"registries": CountGate(up=2)}),
    Strategy(name="emergency", min_score=0),
)


def registries(*statuses: Status) -> tuple[ComponentReport, ...]:
    targets = tuple(TargetReport(f"r{i}", "registry", ProbeResult(s, Reason.OK)) for i, s in enumerate(statuses))
    return (ComponentReport("registries", 30, 0.0, targets),)


def test_count_gate_counts_targets_up_not_points() -> None:
    two_up = registries(Status.UP, Status.UP, Status.DOWN, Status.DOWN)  # 15 of 30 points, yet 2 up
    assert decide(COUNTED, HYST, 70, two_up, HysteresisState())[0].strategy == "resilient"
    one_up = registries(Status.UP, Status.DEGRADED, Status.DEGRADED, Status.DOWN)  # degraded does not count
    decision, _ = decide(COUNTED, HYST, 70, one_up, HysteresisState())
    assert decision.strategy == "emergency"
    assert "resilient gated: registries 1 up < 2 up" in decision.reasons


@given(st.lists(st.sampled_from(list(Status)), max_size=6), st.integers(1, 6), st.floats(0, 100))
def test_count_gate_holds_exactly_when_enough_targets_are_up(statuses: list[Status], needed: int, score: float) -> None:
    strategy = Strategy(name="gated", min_score=0, requires={"registries": CountGate(up=needed)})
    components = registries(*statuses)
    holds = eligible(strategy, score, {"registries": 0.0}, up_counts(components))
    assert holds == (statuses.count(Status.UP) >= needed)
    # and the engine never picks a strategy whose gate fails
    chosen = raw_choice((strategy, COUNTED[-1]), score, {"registries": 0.0}, up_counts(components))
    assert chosen == (0 if holds else 1)
