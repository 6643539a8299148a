"""Pure scoring: target statuses -> component scores -> a 0..100 total."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from healthd.model import ComponentReport, TargetReport


def component_score(weight: float, targets: Sequence[TargetReport]) -> float:
    """weight x mean credit of the targets (up 1, degraded 0.5, down 0); no targets scores 0."""
    if not targets:
        return 0.0
    return round(weight * sum(t.result.status.credit for t in targets) / len(targets), 4)


def score_components(
    weights: Mapping[str, float], reports: Mapping[str, Sequence[TargetReport]]
) -> tuple[ComponentReport, ...]:
    """One ComponentReport per weighted component, in the config's order."""
    return tuple(
        ComponentReport(name, weight, component_score(weight, reports.get(name, ())), tuple(reports.get(name, ())))
        for name, weight in weights.items()
    )


def total_score(components: Iterable[ComponentReport]) -> float:
    """Sum of component scores, clamped to 0..100 and rounded to 2 decimals."""
    return round(min(100.0, max(0.0, sum(c.score for c in components))), 2)
