"""What a target's result counts as when this round did not really observe the service (pure).

A probe that failed for a local reason (this host ran out of descriptors, buffers or memory:
`local_error`) or that healthd's own per-host cap held back (`throttled`) says nothing about the
service, so the target keeps the status and measurements of its last result: a fleet does not fall
to emergency because of its own sidecar, and a rate-limit headroom (HealthdRateLimitLow) does not
vanish for a round. With no earlier result (the daemon's first round) it counts as it
reports, down: healthd knows nothing yet and stays on the safe side. A target skipped by back-off
carries its last result forward, marked in its detail.

A registry's push check (`push: true`) may run only every `push_every` rounds: between its checks
the last verdict is carried (its `age` grows by one a round) and joined to this round's pull result
as if it had been made now. A pull that fails drops it, so the next round whose pull works checks
push anew. A push verdict down (push_denied, unauthenticated, misconfigured) makes a working pull
down with the push reason: a build that cannot push its image fails at the end, so it must not start.
"""

from __future__ import annotations

from dataclasses import replace

from healthd.model import ProbeResult, PushCheck, Reason, Status

NOT_COUNTED = frozenset({Reason.LOCAL_ERROR, Reason.THROTTLED})


def counted(result: ProbeResult, previous: ProbeResult | None) -> ProbeResult:
    """`result` as scoring should see it: a not-counted reason keeps `previous`'s status and measurements."""
    if result.reason not in NOT_COUNTED or previous is None:
        return result
    detail = f"{result.detail}; keeps its last status, {previous.status}"
    result = replace(result, status=previous.status, detail=detail, measurements=previous.measurements)
    return replace(result, push=previous.push)


def skipped(previous: ProbeResult, failures: int) -> ProbeResult:
    """The result a target skipped by back-off carries: its last one, marked."""
    return replace(previous, detail=f"not probed this round (back-off after {failures} down rounds): {previous.detail}")


def is_failure(result: ProbeResult) -> bool:
    """A down result the service is to blame for: what grows a target's back-off."""
    return result.status is Status.DOWN and result.reason not in NOT_COUNTED


def push_due(previous: ProbeResult | None, every: int) -> bool:
    """Whether this round checks push: no verdict to carry yet, or the carried one is `every` rounds old."""
    return previous is None or previous.push is None or previous.push.age + 1 >= every


def carried_push(push: PushCheck) -> PushCheck:
    """The verdict a round that does not check push carries: the last one, a round older."""
    return replace(push, age=push.age + 1)


def with_push(pull: ProbeResult, push: PushCheck) -> ProbeResult:
    """The target's result: its pull result joined by the push verdict in force (down beats a working pull)."""
    when = "" if push.age == 0 else f" (checked {push.age} round{'s' if push.age > 1 else ''} ago)"
    if push.status is Status.DOWN and pull.status is not Status.DOWN:
        detail = f"{push.detail}{when}; pull: {pull.detail}"
        return replace(pull, status=Status.DOWN, reason=push.reason, detail=detail, push=push)
    return replace(pull, detail=f"{pull.detail}; {push.detail}{when}", push=push)
