"""Pure strategy choice: score + component gates + hysteresis state -> Decision and next state.

Strategies are indexed best first (0 = optimal); a higher index is a lower (safer) strategy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from healthd.config.types import CountGate, Gate, HysteresisSettings, Strategy
from healthd.model import ComponentReport, Decision, HysteresisState, Status


def unmet(name: str, gate: Gate, points: float, up: int) -> str | None:
    """Why a `requires` gate on component `name` fails (None when it holds): points, or targets up."""
    if isinstance(gate, CountGate):
        return None if up >= gate.up else f"{name} {up} up < {gate.up} up"
    return None if points >= gate else f"{name} {points:g} < {gate:g}"


def _unmet_gates(strategy: Strategy, scores: Mapping[str, float], ups: Mapping[str, int]) -> list[str]:
    gates = (
        (name, unmet(name, gate, scores.get(name, 0.0), ups.get(name, 0))) for name, gate in strategy.requires.items()
    )
    return [why for _, why in gates if why is not None]


def eligible(strategy: Strategy, score: float, component_scores: Mapping[str, float], ups: Mapping[str, int]) -> bool:
    """Score reaches min_score and every `requires` gate holds (`ups`: targets up per component)."""
    return score >= strategy.min_score and not _unmet_gates(strategy, component_scores, ups)


def raw_choice(
    strategies: Sequence[Strategy],
    score: float,
    component_scores: Mapping[str, float],
    ups: Mapping[str, int],
) -> int:
    """Index of the best eligible strategy, ignoring hysteresis (the last one is always eligible)."""
    for index, strategy in enumerate(strategies[:-1]):
        if eligible(strategy, score, component_scores, ups):
            return index
    return len(strategies) - 1


def up_counts(components: Sequence[ComponentReport]) -> dict[str, int]:
    """Targets up per component, what a count gate (`requires: {name: {up: N}}`) reads."""
    return {c.name: sum(t.result.status is Status.UP for t in c.targets) for c in components}


@dataclass(frozen=True, slots=True)
class Streak:
    """HysteresisState over strategy indices (0 = best): what `step` takes and returns."""

    current: int | None = None
    direction: int = 0  # -1 a downgrade streak, +1 an upgrade streak, 0 none
    length: int = 0
    toward: int | None = None  # where the streak would land; None when there is no streak


def step(state: Streak, raw: int, *, lowest: int, downgrade_after: int, upgrade_after: int) -> Streak:
    """One round of hysteresis: the state after a round whose raw choice is `raw`.

    A downgrade needs `downgrade_after` consecutive rounds below the current strategy and lands on
    the highest strategy all of them allowed; an upgrade likewise with `upgrade_after` and the lowest.
    A raw choice of the lowest strategy (the score collapsed) downgrades at once. A round that agrees
    with the current strategy breaks any streak, so alternating rounds never switch.
    """
    current = state.current
    if current is None or raw in (current, lowest):
        return Streak(raw)
    direction, needed, tighter = (-1, downgrade_after, min) if raw > current else (1, upgrade_after, max)
    if state.direction == direction and state.toward is not None:
        length, toward = state.length + 1, tighter(state.toward, raw)
    else:
        length, toward = 1, raw
    if length >= needed:
        return Streak(toward)
    return Streak(current, direction, length, toward)


def _target_reasons(components: Sequence[ComponentReport]) -> list[str]:
    lines = []
    for component in components:
        for target in component.targets:
            result = target.result
            if result.status is not Status.UP:
                detail = f": {result.detail}" if result.detail else ""
                lines.append(f"{component.name}/{target.name} {result.status}: {result.reason}{detail}")
    return lines


def decide(
    strategies: Sequence[Strategy],
    hysteresis: HysteresisSettings,
    score: float,
    components: Sequence[ComponentReport],
    state: HysteresisState,
) -> tuple[Decision, HysteresisState]:
    """Chooses the strategy for this round and explains why, one short line per reason."""
    index = {s.name: i for i, s in enumerate(strategies)}
    scores, ups = {c.name: c.score for c in components}, up_counts(components)
    raw = raw_choice(strategies, score, scores, ups)
    current = index.get(state.current) if state.current is not None else None
    toward = index.get(state.toward) if state.toward is not None else None
    before = Streak(current, state.direction, state.streak, toward) if toward is not None else Streak(current)
    after = step(
        before,
        raw,
        lowest=len(strategies) - 1,
        downgrade_after=hysteresis.downgrade_after,
        upgrade_after=hysteresis.upgrade_after,
    )
    assert after.current is not None  # step always lands somewhere once it has a raw choice
    chosen = strategies[after.current]
    reasons = _target_reasons(components)
    for better in strategies[:raw]:
        missing = _unmet_gates(better, scores, ups)
        if score >= better.min_score and missing:
            reasons.append(f"{better.name} gated: {', '.join(missing)}")
    reasons.append(f"score {score:g} selects {strategies[raw].name}")
    if after.current != raw:
        needed = hysteresis.downgrade_after if after.direction == -1 else hysteresis.upgrade_after
        lands = strategies[after.toward if after.toward is not None else raw].name
        reasons.append(f"holding {chosen.name}: {after.length}/{needed} rounds toward {lands}")
    changed_from = None
    if current is not None and after.current != current:
        changed_from = strategies[current].name
        reasons.append(f"switched from {changed_from} to {chosen.name}")
    next_state = HysteresisState(
        current=chosen.name,
        direction=after.direction,
        streak=after.length,
        toward=strategies[after.toward].name if after.toward is not None else None,
    )
    decision = Decision(chosen.name, MappingProxyType(dict(chosen.params)), tuple(reasons), changed_from)
    return decision, next_state
