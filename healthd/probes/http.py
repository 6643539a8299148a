"""Kind `http`: an expected status, optionally content type and body text.

Another 2xx where 204 is expected (a generate_204 check) means something on the path rewrote the
answer: a captive portal or an intercepting proxy.
"""

from __future__ import annotations

from healthd.model import ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure
from healthd.probes.fetch import fetch, looks_like_html
from healthd.targets import HttpTarget


async def probe(target: HttpTarget, ctx: ProbeContext) -> ProbeResult:
    expects_html = target.expect_content_type is not None and "html" in target.expect_content_type.lower()
    answer = await fetch(
        ctx,
        target.url,
        method=target.method,
        max_body_bytes=target.max_body_bytes,
        max_redirects=target.max_redirects,
        html_ok=True,
    )
    if answer.status not in target.expect_status:
        if 204 in target.expect_status and 200 <= answer.status < 300:
            raise ProbeFailure(Reason.CAPTIVE_PORTAL, f"HTTP {answer.status} instead of 204: {answer.snippet()!r}")
        if looks_like_html(answer) and not expects_html:
            raise ProbeFailure(Reason.HTML_ERROR_PAGE, f"HTTP {answer.status} HTML page: {answer.snippet()!r}")
        raise ProbeFailure(
            Reason.BAD_STATUS, f"HTTP {answer.status}, expected {', '.join(map(str, target.expect_status))}"
        )
    if target.expect_content_type is not None:
        if answer.content_type != target.expect_content_type.lower():
            raise ProbeFailure(
                Reason.BAD_CONTENT_TYPE,
                f"Content-Type {answer.content_type or 'none'!r}, expected {target.expect_content_type!r}",
            )
    elif looks_like_html(answer) and answer.body:
        raise ProbeFailure(Reason.HTML_ERROR_PAGE, f"HTTP {answer.status} HTML page: {answer.snippet()!r}")
    if target.body_contains is not None and target.body_contains.encode() not in answer.body:
        raise ProbeFailure(Reason.BODY_MISMATCH, f"body lacks {target.body_contains!r}: {answer.snippet()!r}")
    return ProbeResult(Status.UP, Reason.OK, detail=f"HTTP {answer.status}")
