"""Each kind's verdict as a pure function of the answer: table-driven, no server.

The loopback tests (test_probe_*.py, test_misbehaviour.py) keep what only a real exchange shows:
deadlines, resets, body caps, TLS, proxies.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import aiodns
import pytest
from multidict import CIMultiDict, CIMultiDictProxy

from healthd.model import Measure, ProbeResult, Reason, Status
from healthd.probes import dns, gha_cache, goproxy, http, registry, statusio, statuspage, sumdb, tunnel
from healthd.probes.base import ProbeFailure
from healthd.probes.fetch import Answer
from tests.fakes.misbehave import HTML_OUTAGE, target

UP, DEGRADED, DOWN = Status.UP, Status.DEGRADED, Status.DOWN


def answer(status: int, body: bytes | dict | list = b"", **headers: str) -> Answer:
    if not isinstance(body, bytes):
        body, headers = json.dumps(body).encode(), {"Content-Type": "application/json", **headers}
    fields = CIMultiDict((k.replace("_", "-"), v) for k, v in headers.items())
    return Answer(status, CIMultiDictProxy(fields), body)


def verdict(judge: Callable[..., ProbeResult], *args: Any) -> tuple[Status, Reason]:
    try:
        result = judge(*args)
    except ProbeFailure as failure:
        return failure.status, failure.reason
    return result.status, result.reason


HTML = {"Content-Type": "text/html"}
HTTP_204 = target("http", url="http://x/generate_204", expect_status=[204])
HTTP_JSON = target("http", url="http://x/", expect_content_type="application/json", body_contains="ok")


@pytest.mark.parametrize(
    ("checked", "given", "expected"),
    [
        (HTTP_204, answer(204), (UP, Reason.OK)),
        (HTTP_204, answer(200, HTML_OUTAGE, **HTML), (DOWN, Reason.CAPTIVE_PORTAL)),
        (HTTP_204, answer(400, HTML_OUTAGE, **HTML), (DOWN, Reason.HTML_ERROR_PAGE)),
        (HTTP_204, answer(503, b"upstream connect error"), (DOWN, Reason.BAD_STATUS)),
        (HTTP_JSON, answer(200, {"ok": True}), (UP, Reason.OK)),
        (HTTP_JSON, answer(200, b"ok", Content_Type="text/plain"), (DOWN, Reason.BAD_CONTENT_TYPE)),
        (HTTP_JSON, answer(200, {"fine": True}), (DOWN, Reason.BODY_MISMATCH)),
    ],
)
def test_http(checked: Any, given: Answer, expected: tuple[Status, Reason]) -> None:
    assert verdict(http.judge, given, checked) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (answer(200, {"Version": "v0.21.0", "Time": "2024-01-01T00:00:00Z"}), (UP, Reason.OK)),
        (answer(200, {"Time": "2024-01-01T00:00:00Z"}), (DOWN, Reason.BAD_JSON)),
        (answer(200, b'{"Version": "v0.2'), (DOWN, Reason.BAD_JSON)),
        (answer(429, b"slow down"), (DOWN, Reason.RATE_LIMITED)),
        (answer(502, b"bad gateway"), (DOWN, Reason.BAD_STATUS)),
    ],
)
def test_goproxy_latest(given: Answer, expected: tuple[Status, Reason]) -> None:
    assert verdict(goproxy.judge_latest, given, "golang.org/x/text") == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (answer(200, b"v0.1.0\nv0.2.0\n"), (UP, Reason.OK)),
        (answer(200, b""), (DOWN, Reason.NOT_FOUND)),
        (answer(410, b"gone"), (DOWN, Reason.NOT_FOUND)),
        (answer(500, b"oops"), (DOWN, Reason.BAD_STATUS)),
    ],
)
def test_goproxy_list(given: Answer, expected: tuple[Status, Reason]) -> None:
    assert verdict(goproxy.judge_list, given, 404, "golang.org/x/text") == expected


BEARER = 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"'


def test_registry_version() -> None:
    assert registry.judge_version(answer(200, {})) is None
    assert registry.judge_version(answer(200, b"")) is None
    assert registry.judge_version(answer(401, b"", WWW_Authenticate=BEARER)) == {
        "realm": "https://auth.docker.io/token",
        "service": "registry.docker.io",
    }
    assert registry.judge_version(answer(401, b"", WWW_Authenticate='Basic realm="r"')) is None
    assert verdict(registry.judge_version, answer(401, b"")) == (DOWN, Reason.BAD_STATUS)
    assert verdict(registry.judge_version, answer(429, b"")) == (DOWN, Reason.RATE_LIMITED)
    assert verdict(registry.judge_version, answer(503, b"")) == (DOWN, Reason.BAD_STATUS)
    assert verdict(registry.judge_version, answer(200, b"hello")) == (DOWN, Reason.BAD_JSON)


def test_registry_token() -> None:
    assert registry.judge_token(answer(200, {"token": "t1"})) == "t1"
    assert registry.judge_token(answer(200, {"access_token": "t2"})) == "t2"
    # the token service failing behind a live /v2/: no pull can start, down
    for bad in (answer(200, {}), answer(200, {"token": ""}), answer(500, b"no"), answer(200, [1]), answer(404)):
        assert verdict(registry.judge_token, bad) == (DOWN, Reason.TOKEN_FAILED)
    # this repository's scope refused while the registry works: degraded
    for refused in (answer(401, {"details": "access denied"}), answer(403, b"denied: denied")):
        assert verdict(registry.judge_token, refused) == (DEGRADED, Reason.UNAUTHENTICATED)


MANIFEST = target("registry", url="http://x", repository="library/alpine")  # default floor: 10% of the limit
DIGEST = {"Docker_Content_Digest": "sha256:" + "a" * 64}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (answer(200, **DIGEST), (UP, Reason.OK)),
        (answer(200), (DOWN, Reason.PROTOCOL_ERROR)),
        # partly working: the registry answers, this image is missing or refused
        (answer(404, {"errors": [{"code": "MANIFEST_UNKNOWN"}]}), (DEGRADED, Reason.NOT_FOUND)),
        (answer(401), (DEGRADED, Reason.UNAUTHENTICATED)),
        (answer(403, b"denied: denied"), (DEGRADED, Reason.UNAUTHENTICATED)),
        # no pull can work: down
        (answer(429, ratelimit_remaining="0;w=21600"), (DOWN, Reason.RATE_LIMITED)),
        (answer(500), (DOWN, Reason.BAD_STATUS)),
        (answer(503, b"upstream connect error"), (DOWN, Reason.BAD_STATUS)),
        # headroom: 3 of 100 is under the 10% floor; 11 of 100 is not; no limit header, no ratio floor
        (
            answer(200, ratelimit_limit="100;w=21600", ratelimit_remaining="3;w=21600", **DIGEST),
            (DEGRADED, Reason.RATE_LIMITED),
        ),
        (answer(200, ratelimit_limit="100;w=21600", ratelimit_remaining="11;w=21600", **DIGEST), (UP, Reason.OK)),
        (answer(200, ratelimit_limit="10;w=3600", ratelimit_remaining="1;w=3600", **DIGEST), (UP, Reason.OK)),
        (
            answer(200, ratelimit_limit="10;w=3600", ratelimit_remaining="0;w=3600", **DIGEST),
            (DEGRADED, Reason.RATE_LIMITED),
        ),
        (answer(200, ratelimit_remaining="3;w=21600", **DIGEST), (UP, Reason.OK)),
    ],
)
def test_registry_manifest(given: Answer, expected: tuple[Status, Reason]) -> None:
    assert verdict(registry.judge_manifest, given, MANIFEST) == expected


def test_registry_absolute_floor_wins_over_the_ratio() -> None:
    absolute = target("registry", url="http://x", repository="library/alpine", ratelimit_floor=50)
    half_spent = answer(200, ratelimit_limit="100;w=21600", ratelimit_remaining="40;w=21600", **DIGEST)
    assert verdict(registry.judge_manifest, half_spent, absolute) == (DEGRADED, Reason.RATE_LIMITED)
    assert verdict(registry.judge_manifest, half_spent, MANIFEST) == (UP, Reason.OK)
    never = target("registry", url="http://x", repository="library/alpine", ratelimit_floor_ratio=0)
    spent = answer(200, ratelimit_limit="100", ratelimit_remaining="0", **DIGEST)
    assert verdict(registry.judge_manifest, spent, never) == (UP, Reason.OK)


def test_registry_manifest_measures_the_rate_limit() -> None:
    limited = answer(200, ratelimit_limit="100;w=21600", ratelimit_remaining="76;w=21600", **DIGEST)
    result = registry.judge_manifest(limited, MANIFEST)
    assert result.measurements == {
        Measure.RATELIMIT_LIMIT: 100,
        Measure.RATELIMIT_REMAINING: 76,
        Measure.RATELIMIT_HEADROOM_RATIO: 0.76,
    }
    with pytest.raises(ProbeFailure) as spent:
        registry.judge_manifest(answer(429, ratelimit_remaining="0"), MANIFEST)
    assert spent.value.measurements == {Measure.RATELIMIT_REMAINING: 0}
    assert "ratelimit-remaining 0" in spent.value.detail


TWIRP_UNAUTHENTICATED = {"code": "unauthenticated", "msg": "no token"}
TWIRP_BAD_ROUTE = {"code": "bad_route", "msg": "no handler for path /twirp/x"}
V1_SHUTDOWN = {"$id": "1", "message": "This legacy service is shutting down, effective April 15, 2025.",
               "typeKey": "HttpException", "errorCode": 0}  # fmt: skip


@pytest.mark.parametrize(
    ("given", "protocol", "authenticated", "expected"),
    [
        (answer(200, {"ok": False}), "v2", True, (UP, Reason.OK)),
        (answer(204), "v1", True, (UP, Reason.OK)),
        # without a token, only what a healthy service says to an anonymous caller is up
        (answer(401, TWIRP_UNAUTHENTICATED), "v2", False, (UP, Reason.OK)),
        (answer(403, {"code": "permission_denied", "msg": "x"}), "v2", False, (UP, Reason.OK)),
        (answer(404, TWIRP_BAD_ROUTE), "v2", False, (DOWN, Reason.BAD_STATUS)),
        (answer(400, {"code": "malformed", "msg": "bad json"}), "v2", False, (DOWN, Reason.BAD_STATUS)),
        (answer(400, {"code": "invalid_argument", "msg": "key"}), "v2", False, (DOWN, Reason.BAD_STATUS)),
        (answer(401, {"message": "no", "typeKey": "UnauthorizedRequestException"}), "v1", False, (UP, Reason.OK)),
        (answer(422, V1_SHUTDOWN), "v1", False, (DOWN, Reason.BAD_STATUS)),
        (answer(400, V1_SHUTDOWN), "v1", False, (DOWN, Reason.BAD_STATUS)),
        (answer(404, TWIRP_BAD_ROUTE), "v2", True, (DOWN, Reason.BAD_STATUS)),
        (answer(400, {"code": "invalid_argument", "msg": "key"}), "v2", True, (DEGRADED, Reason.BAD_STATUS)),
        (answer(401, TWIRP_UNAUTHENTICATED), "v2", True, (DEGRADED, Reason.UNAUTHENTICATED)),
        (answer(401, {"message": "x"}), "v2", False, (DOWN, Reason.BAD_JSON)),
        (answer(429, {"code": "resource_exhausted", "msg": "slow"}), "v2", False, (DEGRADED, Reason.RATE_LIMITED)),
        (answer(503, b"unavailable"), "v2", False, (DOWN, Reason.BAD_STATUS)),
        (answer(200, [1, 2]), "v2", True, (DOWN, Reason.BAD_JSON)),
    ],
)
def test_gha_cache(given: Answer, protocol: str, authenticated: bool, expected: tuple[Status, Reason]) -> None:
    assert verdict(gha_cache.judge, given, protocol, authenticated) == expected


def test_gha_cache_bad_route_says_why() -> None:
    with pytest.raises(ProbeFailure) as moved:
        gha_cache.judge(answer(404, TWIRP_BAD_ROUTE), "v2", False)
    assert "bad_route" in moved.value.detail and "API moved" in moved.value.detail


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (answer(200, b"", X_GitHub_Request_Id="C0DE:1234"), (UP, Reason.OK)),
        (answer(204, b"", X_GitHub_Request_Id="C0DE:1234"), (UP, Reason.OK)),
        (answer(200, b"ok"), (DOWN, Reason.PROTOCOL_ERROR)),  # a proxy or portal answered, not GitHub
        (answer(503, b"", X_GitHub_Request_Id="C0DE:1234"), (DOWN, Reason.BAD_STATUS)),
        (answer(404, b"", X_GitHub_Request_Id="C0DE:1234"), (DOWN, Reason.NOT_FOUND)),
    ],
)
def test_gha_cache_health(given: Answer, expected: tuple[Status, Reason]) -> None:
    def judged(a: Answer) -> ProbeResult:
        return ProbeResult(UP, Reason.OK, detail=gha_cache.judge_health(a))

    assert verdict(judged, given) == expected


def status_io(**codes: int | tuple[int, int]) -> Answer:
    """A Status.io document; a tuple gives (component code, its container's code)."""
    status = []
    for name, code in codes.items():
        own, container = code if isinstance(code, tuple) else (code, code)
        status.append({"id": "x", "name": name.replace("_", " "), "status_code": own,
                       "containers": [{"id": "y", "name": "AWS", "status_code": container}]})  # fmt: skip
    return answer(200, {"result": {"status_overall": {"status_code": 100}, "status": status}})


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (status_io(Docker_Hub_Registry=100, Docker_Hub_Web=500), (UP, Reason.OK)),  # only watched ones count
        (status_io(Docker_Hub_Registry=200), (DEGRADED, Reason.SERVICE_DEGRADED)),
        (status_io(Docker_Hub_Registry=300), (DEGRADED, Reason.SERVICE_DEGRADED)),
        (status_io(Docker_Hub_Registry=400), (DEGRADED, Reason.SERVICE_DEGRADED)),
        (status_io(Docker_Hub_Registry=500), (DOWN, Reason.SERVICE_OUTAGE)),
        (status_io(Docker_Hub_Registry=600), (DEGRADED, Reason.SERVICE_DEGRADED)),
        (status_io(Docker_Hub_Registry=700), (DEGRADED, Reason.SERVICE_DEGRADED)),  # a code added later
        (status_io(Docker_Hub_Registry=(100, 500)), (DOWN, Reason.SERVICE_OUTAGE)),  # a container's outage counts
        (status_io(Docker_Hub_Web=100), (DEGRADED, Reason.NOT_FOUND)),
        (
            answer(200, {"result": {"status": [{"name": "Docker Hub Registry", "status_code": "100"}]}}),
            (DOWN, Reason.BAD_JSON),
        ),
        (answer(200, {"components": []}), (DOWN, Reason.BAD_JSON)),  # a Statuspage document is not Status.io's
        (answer(404, {"status": {"error": "yes", "code": 404}}), (DOWN, Reason.BAD_STATUS)),
    ],
)
def test_statusio(given: Answer, expected: tuple[Status, Reason]) -> None:
    assert verdict(statusio.judge, given, ("docker hub registry",)) == expected


def test_statusio_detail_names_the_code() -> None:
    result = statusio.judge(status_io(Docker_Hub_Registry=(100, 400)), ("Docker Hub Registry",))
    assert result.detail == "Docker Hub Registry: 400 partial service disruption"


SIG = "— sum.golang.org Az3grnmrIUEDFqHzAElIQCPNoRFRAAdFo47fooyWKMHb89k11GJh5zHIfNCOBmwn/C3YI8oW9/C8DJ87F61QqspBYwM="
ROOT_HASH = "qINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs="


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"go.sum database tree\n31700353\n{ROOT_HASH}\n\n{SIG}\n", (UP, Reason.OK)),
        (f"go.sum database tree\n31700353\n{ROOT_HASH}\nextra line\n\n{SIG}\n", (UP, Reason.OK)),  # forward-compatible
        (f"go.sum database tree\n31700353\n{ROOT_HASH}\n\n", (DOWN, Reason.PROTOCOL_ERROR)),  # unsigned
        (
            f"go.sum database tree\n31700353\n{ROOT_HASH}\n\n— other.example {SIG.split()[-1]}\n",
            (DOWN, Reason.PROTOCOL_ERROR),
        ),
        (f"go.sum database tree\nmany\n{ROOT_HASH}\n\n{SIG}\n", (DOWN, Reason.PROTOCOL_ERROR)),
        (f"go.sum database tree\n31700353\nnot-base64!\n\n{SIG}\n", (DOWN, Reason.PROTOCOL_ERROR)),
        ("not found\n", (DOWN, Reason.PROTOCOL_ERROR)),
    ],
)
def test_sumdb_latest(body: str, expected: tuple[Status, Reason]) -> None:
    assert verdict(sumdb.judge_latest, answer(200, body.encode()), "sum.golang.org", "direct") == expected


def test_sumdb_supported() -> None:
    assert sumdb.judge_supported(answer(200, b"")) is True
    assert sumdb.judge_supported(answer(404, b"404 page not found")) is False  # proxy.golang.org
    assert sumdb.judge_supported(answer(410, b"gone")) is False
    assert verdict(sumdb.judge_supported, answer(502, b"bad gateway")) == (DOWN, Reason.BAD_STATUS)
    assert verdict(sumdb.judge_latest, answer(500, b"x"), "sum.golang.org", "direct") == (DOWN, Reason.BAD_STATUS)


@pytest.mark.parametrize(
    ("env", "host", "proxy"),
    [
        ({}, "1.1.1.1", None),
        ({"HTTPS_PROXY": "http://proxy:3128"}, "1.1.1.1", "http://proxy:3128"),
        ({"HTTPS_PROXY": "proxy:3128"}, "1.1.1.1", "http://proxy:3128"),
        ({"HTTPS_PROXY": "http://a:1", "https_proxy": "http://b:2"}, "1.1.1.1", "http://b:2"),  # lower case wins
        ({"HTTPS_PROXY": "http://a:1", "https_proxy": ""}, "1.1.1.1", None),  # an empty lower case one unsets
        ({"HTTP_PROXY": "http://a:1"}, "1.1.1.1", None),  # not for a TLS port: https only
        ({"HTTPS_PROXY": "http://a:1", "NO_PROXY": "1.1.1.1"}, "1.1.1.1", None),
        ({"HTTPS_PROXY": "http://a:1", "no_proxy": ".example.com"}, "api.example.com", None),
        ({"HTTPS_PROXY": "http://a:1", "NO_PROXY": "example.com"}, "8.8.8.8", "http://a:1"),
        ({"HTTPS_PROXY": "http://u:p@a:1"}, "1.1.1.1", "http://a:1"),
    ],
)
def test_proxy_for(env: dict[str, str], host: str, proxy: str | None) -> None:
    found = tunnel.proxy_for(host, env)
    assert (tunnel.where(found) if found else None) == proxy


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"HTTP/1.1 200 Connection established\r\n\r\n", (UP, Reason.OK)),
        (b"HTTP/1.0 200 OK\r\nProxy-Agent: squid\r\n\r\n", (UP, Reason.OK)),
        (b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n", (DOWN, Reason.UNAUTHENTICATED)),
        (b"HTTP/1.1 403 Forbidden\r\n\r\n", (DOWN, Reason.BAD_STATUS)),
        (b"HTTP/1.1 502 Bad Gateway\r\n\r\n", (DOWN, Reason.BAD_STATUS)),
        (b"SSH-2.0-OpenSSH\r\n\r\n", (DOWN, Reason.PROTOCOL_ERROR)),
    ],
)
def test_connect_answer(head: bytes, expected: tuple[Status, Reason]) -> None:
    def judged(h: bytes) -> ProbeResult:
        tunnel.judge_connect(h, "http://proxy:3128", "1.1.1.1:443")
        return ProbeResult(UP, Reason.OK)

    assert verdict(judged, head) == expected


def page(**statuses: str) -> Answer:
    return answer(200, {"components": [{"name": n, "status": s} for n, s in statuses.items()]})


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (page(Actions="operational", Packages="operational"), (UP, Reason.OK)),
        (page(Actions="partial_outage", Packages="operational"), (DEGRADED, Reason.SERVICE_DEGRADED)),
        (page(Actions="partial_outage", Packages="major_outage"), (DOWN, Reason.SERVICE_OUTAGE)),
        (page(Actions="operational"), (DEGRADED, Reason.NOT_FOUND)),
        (page(Actions="operational", Packages="brand_new_state"), (DEGRADED, Reason.SERVICE_DEGRADED)),
        (answer(200, {"page": {}}), (DOWN, Reason.BAD_JSON)),
        (answer(404, b"nope"), (DOWN, Reason.BAD_STATUS)),
    ],
)
def test_statuspage(given: Answer, expected: tuple[Status, Reason]) -> None:
    assert verdict(statuspage.judge, given, ("Actions", "packages")) == expected


def test_dns() -> None:
    checked = target("dns", query="ok.test")
    a, cname = aiodns.query_type_map["A"], aiodns.query_type_map["CNAME"]
    records = [SimpleNamespace(type=cname), SimpleNamespace(type=a), SimpleNamespace(type=a)]
    result = dns.judge(records, checked, "system resolvers")
    assert (result.status, result.measurements) == (UP, {Measure.DNS_ANSWERS: 2})
    assert verdict(dns.judge, records[:1], checked, "system resolvers") == (DOWN, Reason.DNS_EMPTY)


def test_registry_rate_limit_headers_that_are_no_number_are_ignored() -> None:
    for hostile in ("9" * 8000, "\u0663", "-1", "12abc"):
        result = registry.judge_manifest(answer(200, ratelimit_remaining=hostile, **DIGEST), MANIFEST)
        assert result.status is UP and Measure.RATELIMIT_REMAINING not in result.measurements
