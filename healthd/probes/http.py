"""Kind `http`: an expected status, optionally content type and body text.

Another 2xx where 204 is expected (a generate_204 check) means something on the path rewrote the
answer: a captive portal or an intercepting proxy.
"""

from __future__ import annotations

from healthd.config.targets import HttpTarget
from healthd.model import ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure
from healthd.probes.fetch import Answer, fetch, refuse_html


async def probe(target: HttpTarget, ctx: ProbeContext) -> ProbeResult:
    # HTML is judged in `judge`, not in fetch: a captive portal's page is HTML too, and has its own reason.
    return judge(await fetch(ctx, target, target.url, method=target.method, html_ok=True), target)


def judge(answer: Answer, target: HttpTarget) -> ProbeResult:
    expected = answer.status in target.expect_status
    if not expected and 204 in target.expect_status and 200 <= answer.status < 300:
        raise ProbeFailure(Reason.CAPTIVE_PORTAL, f"HTTP {answer.status} instead of 204: {answer.snippet()!r}")
    if target.expect_content_type is None or "html" not in target.expect_content_type.lower():
        refuse_html(answer)
    if not expected:
        raise ProbeFailure(
            Reason.BAD_STATUS, f"HTTP {answer.status}, expected {', '.join(map(str, target.expect_status))}"
        )
    if target.expect_content_type is not None and answer.content_type != target.expect_content_type.lower():
        raise ProbeFailure(
            Reason.BAD_CONTENT_TYPE,
            f"Content-Type {answer.content_type or 'none'!r}, expected {target.expect_content_type!r}",
        )
    if target.body_contains is not None and target.body_contains.encode() not in answer.body:
        raise ProbeFailure(Reason.BODY_MISMATCH, f"body lacks {target.body_contains!r}: {answer.snippet()!r}")
    return ProbeResult(Status.UP, Reason.OK, detail=f"HTTP {answer.status}")
