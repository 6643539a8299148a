"""What a target's result counts as when this round did not really observe the service (pure).

A probe that failed for a local reason (this host ran out of descriptors, buffers or memory:
`local_error`) or that healthd's own per-host cap held back (`throttled`) says nothing about the
service, so the target keeps the status and measurements of its last result: a fleet does not fall
to emergency because of its own sidecar, and a rate-limit headroom (HealthdRateLimitLow) does not
vanish for a round. With no earlier result (the daemon's first round) it counts as it
reports, down: healthd knows nothing yet and stays on the safe side. A target skipped by back-off
carries its last result forward, marked in its detail.
"""

from __future__ import annotations

from dataclasses import replace

from healthd.model import ProbeResult, Reason, Status

NOT_COUNTED = frozenset({Reason.LOCAL_ERROR, Reason.THROTTLED})


def counted(result: ProbeResult, previous: ProbeResult | None) -> ProbeResult:
    """`result` as scoring should see it: a not-counted reason keeps `previous`'s status and measurements."""
    if result.reason not in NOT_COUNTED or previous is None:
        return result
    detail = f"{result.detail}; keeps its last status, {previous.status}"
    return replace(result, status=previous.status, detail=detail, measurements=previous.measurements)


def skipped(previous: ProbeResult, failures: int) -> ProbeResult:
    """The result a target skipped by back-off carries: its last one, marked."""
    return replace(previous, detail=f"not probed this round (back-off after {failures} down rounds): {previous.detail}")


def is_failure(result: ProbeResult) -> bool:
    """A down result the service is to blame for: what grows a target's back-off."""
    return result.status is Status.DOWN and result.reason not in NOT_COUNTED
