"""The one bounded HTTP helper every HTTP-speaking probe uses.

It enforces, in one place: the deadline (the probe's remaining time), the redirect cap and where a
redirect may lead (`allowed_hop`), the per-host request budget, the body size cap (read
incrementally, so a 50 MB body costs at most cap + one chunk), and the HTML-page check: an API
that answers with an HTML page (Azure Front Door's "Our services aren't available right now", a
captive portal, a proxy's error page) is down whatever its status code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp
from multidict import CIMultiDictProxy
from yarl import URL

from healthd import __version__
from healthd.config.targets import HttpTargetBase
from healthd.model import Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure
from healthd.probes.tunnel import proxy_authorization, proxy_for

CHUNK_BYTES = 64 * 1024
# What an HTTP status says when a protocol does not allow it at that step; any other is bad_status.
STATUS_REASONS = {
    401: Reason.UNAUTHENTICATED,
    403: Reason.UNAUTHENTICATED,
    404: Reason.NOT_FOUND,
    410: Reason.NOT_FOUND,
    429: Reason.RATE_LIMITED,
}
REDIRECTS = (301, 302, 303, 307, 308)
_HTML_START = re.compile(rb"^\s*<(!doctype html|html|head|body|h[1-6]|p|div|title|center|meta|script)\b", re.I)


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    headers: CIMultiDictProxy[str]
    body: bytes

    @property
    def content_type(self) -> str:
        """Media type without parameters, lower case ('' when absent)."""
        return self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()

    def snippet(self, limit: int = 120) -> str:
        """The first bytes of the body as one printable line, for a reason's detail."""
        text = self.body[:limit].decode("utf-8", "replace")
        return " ".join(text.split())

    def failure(self, what: str, status: Status = Status.DOWN) -> ProbeFailure:
        """A ProbeFailure for a status the protocol does not allow at step `what`, its reason read from the status."""
        reason = STATUS_REASONS.get(self.status, Reason.BAD_STATUS)
        return ProbeFailure(reason, f"{what}: HTTP {self.status}: {self.snippet()!r}", status)

    def json(self) -> Any:
        """The body as JSON, or ProbeFailure(BAD_JSON)."""
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            raise ProbeFailure(Reason.BAD_JSON, f"HTTP {self.status}, not JSON: {self.snippet()!r}") from None


def looks_like_html(answer: Answer) -> bool:
    return answer.content_type in ("text/html", "application/xhtml+xml") or bool(_HTML_START.match(answer.body[:512]))


def refuse_html(answer: Answer) -> None:
    """ProbeFailure(HTML_ERROR_PAGE) when the answer is an HTML page: the one place that words it."""
    if looks_like_html(answer):
        raise ProbeFailure(Reason.HTML_ERROR_PAGE, f"HTTP {answer.status} HTML page: {answer.snippet()!r}")


def probe_session(concurrency: int) -> aiohttp.ClientSession:
    """The HTTP client session every probe of a scheduler shares."""
    # A fresh connection per probe (force_close, no DNS cache): a pooled keep-alive connection
    # would hide exactly the DNS, TCP and TLS failures the probes exist to see.
    connector = aiohttp.TCPConnector(force_close=True, use_dns_cache=False, limit=concurrency)
    return aiohttp.ClientSession(
        connector=connector,
        cookie_jar=aiohttp.DummyCookieJar(),  # no probe carries a cookie into the next one (and no jar to filter)
        trust_env=False,  # proxies: env_proxy, per request, without trust_env's threads
        headers={"User-Agent": f"healthd/{__version__}"},
        timeout=aiohttp.ClientTimeout(total=None),  # each call sets its own from the probe deadline
    )


def allowed_hop(target: HttpTargetBase, origin: URL, url: URL) -> bool:
    """May a probe of `target` that started at `origin` follow a server to `url` (a redirect, a token realm)?

    Yes on the origin's own scheme, host and port (http may upgrade to https on the same host), or
    on a host the target's `allow_hosts` names (`auth.docker.io`, `*.docker.io`, `*` for any); never
    from https down to http. Anything else would let an upstream send the probe, and what comes back
    into reasons CI logs print, wherever it likes.
    """
    if url.scheme not in ("http", "https") or not url.host or (origin.scheme == "https" and url.scheme != "https"):
        return False
    if url.host == origin.host and (url.port == origin.port or url.scheme != origin.scheme):
        return True
    return any(
        pattern == "*" or url.host == pattern or (pattern.startswith("*.") and url.host.endswith(pattern[1:]))
        for pattern in target.allow_hosts
    )


def check_hop(target: HttpTargetBase, origin: str | URL, url: URL, what: str) -> None:
    """ProbeFailure(FOREIGN_URL) unless `allowed_hop`; the detail names the host only (upstream text)."""
    if not allowed_hop(target, URL(origin), url):
        raise ProbeFailure(
            Reason.FOREIGN_URL,
            f"{what} to {url.scheme}://{url.host} refused: not {URL(origin).origin()} nor in allow_hosts",
        )


def env_proxy(url: URL, env: Mapping[str, str]) -> tuple[URL | None, dict[str, str] | None]:
    """The proxy `env`'s HTTP(S)_PROXY / NO_PROXY name for `url` (`tunnel.proxy_for`, as the tcp kind reads
    them), and its credentials as a header.

    Self-hosted runners sit behind proxies. aiohttp's trust_env looks the proxy up in a worker
    thread per request and reads ~/.netrc twice (proxy and target auth): two thread hand-offs
    per probe, about a sixth of an HTTP probe's CPU. This reads only the environment (~40 us).
    """
    proxy = proxy_for(url.host, env, url.scheme) if url.host else None
    if proxy is None:
        return None, None
    assert proxy.hostname is not None  # proxy_for refuses a proxy without a host
    return URL.build(scheme=proxy.scheme, host=proxy.hostname, port=proxy.port), proxy_authorization(proxy) or None


async def fetch(
    ctx: ProbeContext,
    target: HttpTargetBase,
    url: str,
    *,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    json_body: Any = None,
    form: Mapping[str, str] | None = None,
    html_ok: bool = False,
) -> Answer:
    """One HTTP exchange within the probe's deadline and the target's caps; HTML refused unless html_ok.

    Redirects are followed here, hop by hop, up to max_redirects (0: the 3xx itself is the answer),
    each Location checked by `allowed_hop` against the URL first asked for.
    """
    origin = current = URL(url)
    for _ in range(target.max_redirects + 1):
        ctx.take_request(current.host or "")
        timeout = aiohttp.ClientTimeout(total=max(ctx.remaining(), 0.001))
        proxy, proxy_headers = env_proxy(current, ctx.env)
        async with ctx.session.request(
            method,
            current,
            proxy=proxy,
            proxy_headers=proxy_headers,
            headers=headers,
            json=json_body,
            data=dict(form) if form is not None else None,
            allow_redirects=False,
            timeout=timeout,
        ) as response:
            location = response.headers.get("Location") if response.status in REDIRECTS else None
            if location is None or target.max_redirects == 0:
                answer = Answer(response.status, response.headers, await _body(response, method, target))
                break
        try:
            following = current.join(URL(location))
        except ValueError:
            raise ProbeFailure(Reason.PROTOCOL_ERROR, f"HTTP {response.status} with a bad Location") from None
        check_hop(target, origin, following, f"HTTP {response.status} redirect")
        if response.status == 303 or (response.status in (301, 302) and method == "POST"):
            method, json_body, form = ("HEAD" if method == "HEAD" else "GET"), None, None
        if following.origin() != current.origin() and headers:  # credentials stay with the host they were for
            headers = {k: v for k, v in headers.items() if k.lower() != "authorization"}
        current = following
    else:
        raise ProbeFailure(Reason.TOO_MANY_REDIRECTS, f"more than {target.max_redirects} redirects")
    if not html_ok:
        refuse_html(answer)
    return answer


async def _body(response: aiohttp.ClientResponse, method: str, target: HttpTargetBase) -> bytes:
    """The body, read incrementally and refused past max_body_bytes."""
    max_body_bytes = target.max_body_bytes
    # A HEAD answer's Content-Length is the size of a body it does not send.
    if method != "HEAD" and response.content_length is not None and response.content_length > max_body_bytes:
        raise ProbeFailure(
            Reason.BODY_TOO_LARGE,
            f"HTTP {response.status}, Content-Length {response.content_length} > cap {max_body_bytes}",
        )
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(CHUNK_BYTES):
        size += len(chunk)
        if size > max_body_bytes:
            raise ProbeFailure(Reason.BODY_TOO_LARGE, f"HTTP {response.status}, body over cap {max_body_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
