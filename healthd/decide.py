"""Pure strategy choice: score + component gates + hysteresis state -> Decision and next state.

Strategies are indexed best first (0 = optimal); a higher index is a lower (safer) strategy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from healthd.config import HysteresisSettings, Strategy
from healthd.model import ComponentReport, Decision, HysteresisState, Status


def eligible(strategy: Strategy, score: float, component_scores: Mapping[str, float]) -> bool:
    """Score reaches min_score and every `requires` gate holds."""
    return score >= strategy.min_score and all(
        component_scores.get(name, 0.0) >= floor for name, floor in strategy.requires.items()
    )


def raw_choice(strategies: Sequence[Strategy], score: float, component_scores: Mapping[str, float]) -> int:
    """Index of the best eligible strategy, ignoring hysteresis (the last one is always eligible)."""
    for index, strategy in enumerate(strategies[:-1]):
        if eligible(strategy, score, component_scores):
            return index
    return len(strategies) - 1


def step(
    current: int | None,
    direction: int,
    streak: int,
    bound: int | None,
    raw: int,
    *,
    lowest: int,
    downgrade_after: int,
    upgrade_after: int,
) -> tuple[int, int, int, int | None]:
    """One round of hysteresis over strategy indices: returns (current, direction, streak, bound).

    A downgrade needs `downgrade_after` consecutive rounds below the current strategy and lands on
    the highest strategy all of them allowed; an upgrade likewise with `upgrade_after` and the lowest.
    A raw choice of the lowest strategy (the score collapsed) downgrades at once. A round that agrees
    with the current strategy breaks any streak, so alternating rounds never switch.
    """
    if current is None or raw == current:
        return raw, 0, 0, None
    if raw > current:  # downgrade wanted
        if raw == lowest:
            return raw, 0, 0, None
        streak, bound = (streak + 1, min(bound, raw)) if direction == -1 and bound is not None else (1, raw)
        if streak >= downgrade_after:
            return bound, 0, 0, None
        return current, -1, streak, bound
    streak, bound = (streak + 1, max(bound, raw)) if direction == 1 and bound is not None else (1, raw)
    if streak >= upgrade_after:
        return bound, 0, 0, None
    return current, 1, streak, bound


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
    scores = {c.name: c.score for c in components}
    raw = raw_choice(strategies, score, scores)
    current = index.get(state.current) if state.current is not None else None
    bound = index.get(state.bound) if state.bound is not None else None
    new, direction, streak, new_bound = step(
        current,
        state.direction if bound is not None else 0,
        state.streak,
        bound,
        raw,
        lowest=len(strategies) - 1,
        downgrade_after=hysteresis.downgrade_after,
        upgrade_after=hysteresis.upgrade_after,
    )
    chosen = strategies[new]
    reasons = _target_reasons(components)
    for better in strategies[:raw]:
        missing = [
            f"{name} {scores.get(name, 0.0):g} < {floor:g}"
            for name, floor in better.requires.items()
            if scores.get(name, 0.0) < floor
        ]
        if score >= better.min_score and missing:
            reasons.append(f"{better.name} gated: {', '.join(missing)}")
    reasons.append(f"score {score:g} selects {strategies[raw].name}")
    if new != raw:
        needed = hysteresis.downgrade_after if direction == -1 else hysteresis.upgrade_after
        toward = strategies[new_bound].name if new_bound is not None else strategies[raw].name
        reasons.append(f"holding {chosen.name}: {streak}/{needed} rounds toward {toward}")
    changed_from = None
    if current is not None and new != current:
        changed_from = strategies[current].name
        reasons.append(f"switched from {changed_from} to {chosen.name}")
    next_state = HysteresisState(
        current=chosen.name,
        direction=direction,
        streak=streak,
        bound=strategies[new_bound].name if new_bound is not None else None,
    )
    decision = Decision(chosen.name, MappingProxyType(dict(chosen.params)), tuple(reasons), changed_from)
    return decision, next_state
