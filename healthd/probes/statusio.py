"""Kind `statusio` (advisory): what a Status.io page says about the watched components (Docker's page is one).

Reads the public API, `GET {url}/1.0/status/{page_id}`: `result.status[]`, each component with
`id`, `name`, `status_code` and its `containers[]` (regions, hosts) with their own codes. A
component counts as the worst of its own code and its containers', so a disruption reported on one
container is not missed. Codes (Status.io): 100 operational is up; 200 planned maintenance, 300
degraded performance, 400 partial service disruption are degraded (service_degraded; maintenance
may stop pulls, so it is not "up"); 500 service disruption is down (service_outage); 600 security
event is degraded: it says something happened, not that the service stopped. A code Status.io adds
later is degraded until mapped. A watched component the page does not list is degraded (not_found).
"""

from __future__ import annotations

from typing import Any

from healthd.config.targets import StatusioTarget
from healthd.model import ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure
from healthd.probes.fetch import Answer, fetch
from healthd.probes.statuspage import worst_watched

CODES = {
    100: ("operational", Status.UP, Reason.OK),
    200: ("planned maintenance", Status.DEGRADED, Reason.SERVICE_DEGRADED),
    300: ("degraded performance", Status.DEGRADED, Reason.SERVICE_DEGRADED),
    400: ("partial service disruption", Status.DEGRADED, Reason.SERVICE_DEGRADED),
    500: ("service disruption", Status.DOWN, Reason.SERVICE_OUTAGE),
    600: ("security event", Status.DEGRADED, Reason.SERVICE_DEGRADED),
}
_UNKNOWN = (Status.DEGRADED, Reason.SERVICE_DEGRADED)


async def probe(target: StatusioTarget, ctx: ProbeContext) -> ProbeResult:
    return judge(await fetch(ctx, target, target.status_url), target.components)


def _code(entry: Any) -> int | None:
    code = entry.get("status_code") if isinstance(entry, dict) else None
    return code if type(code) is int else None


def _components(document: Any) -> list[dict[str, Any]]:
    result = document.get("result") if isinstance(document, dict) else None
    components = result.get("status") if isinstance(result, dict) else None
    if not isinstance(components, list) or not all(
        isinstance(c, dict) and isinstance(c.get("name"), str) and _code(c) is not None for c in components
    ):
        raise ProbeFailure(Reason.BAD_JSON, "not a Status.io status document (result.status[] with name, status_code)")
    return components


def _worst(codes: list[int]) -> tuple[int, Status, Reason]:
    """The code whose verdict earns the least credit (an unknown code counts as degraded)."""
    verdicts = [(code, *CODES.get(code, (str(code), *_UNKNOWN))[1:]) for code in codes]
    return min(verdicts, key=lambda v: (v[1].credit, -v[0]))


def judge(answer: Answer, watched: tuple[str, ...]) -> ProbeResult:
    if answer.status != 200:
        raise ProbeFailure(Reason.BAD_STATUS, f"HTTP {answer.status}: {answer.snippet()!r}")

    def state(found: dict[str, Any]) -> tuple[Status, Reason, str]:
        listed = found.get("containers")
        containers: list[Any] = listed if isinstance(listed, list) else []
        code, status, reason = _worst([found["status_code"], *(c for c in map(_code, containers) if c is not None)])
        return status, reason, f"{found['name']}: {code} {CODES.get(code, ('unknown status code',))[0]}"

    return worst_watched(_components(answer.json()), watched, state)
