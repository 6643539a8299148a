"""Kind `statuspage` (advisory): what an Atlassian Statuspage says about the watched components.

Reads `{url}/api/v2/components.json`. The worst watched component decides: operational is up;
degraded_performance, partial_outage and under_maintenance are degraded (service_degraded);
major_outage is down (service_outage). A watched component the page does not list is degraded
with not_found: the page was renamed or the config is stale, and either way nobody is watching.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from healthd.config.targets import StatuspageTarget
from healthd.model import ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure
from healthd.probes.fetch import Answer, fetch

_STATES = {
    "operational": (Status.UP, Reason.OK),
    "degraded_performance": (Status.DEGRADED, Reason.SERVICE_DEGRADED),
    "partial_outage": (Status.DEGRADED, Reason.SERVICE_DEGRADED),
    "under_maintenance": (Status.DEGRADED, Reason.SERVICE_DEGRADED),
    "major_outage": (Status.DOWN, Reason.SERVICE_OUTAGE),
}


async def probe(target: StatuspageTarget, ctx: ProbeContext) -> ProbeResult:
    return judge(await fetch(ctx, target, target.components_url), target.components)


def _components(document: Any) -> list[dict[str, Any]]:
    components = document.get("components") if isinstance(document, dict) else None
    if not isinstance(components, list) or not all(
        isinstance(c, dict) and isinstance(c.get("name"), str) and isinstance(c.get("status"), str) for c in components
    ):
        raise ProbeFailure(Reason.BAD_JSON, "not a Statuspage components document")
    return components


def judge(answer: Answer, watched: tuple[str, ...]) -> ProbeResult:
    if answer.status != 200:
        raise ProbeFailure(Reason.BAD_STATUS, f"HTTP {answer.status}: {answer.snippet()!r}")

    def state(found: dict[str, Any]) -> tuple[Status, Reason, str]:
        # A status Statuspage adds later is not "operational": count it degraded until mapped.
        status, reason = _STATES.get(found["status"], (Status.DEGRADED, Reason.SERVICE_DEGRADED))
        return status, reason, f"{found['name']}: {found['status']}"

    return worst_watched(_components(answer.json()), watched, state)


Verdict = Callable[[dict[str, Any]], tuple[Status, Reason, str]]


def worst_watched(components: list[dict[str, Any]], watched: tuple[str, ...], verdict: Verdict) -> ProbeResult:
    """The worst verdict among the watched components (by id, or name case-insensitively); one note each.

    A watched component the page does not list is degraded (not_found): renamed, or a typo.
    """
    status, reason, notes = Status.UP, Reason.OK, []
    for name in watched:
        key = name.casefold()
        found = next((c for c in components if c.get("id") == name or c["name"].casefold() == key), None)
        state = (Status.DEGRADED, Reason.NOT_FOUND, f"{name}: not on the page") if found is None else verdict(found)
        notes.append(state[2])
        if state[0].credit < status.credit:  # the worst watched component wins
            status, reason = state[0], state[1]
    return ProbeResult(status, reason, detail="; ".join(notes))
