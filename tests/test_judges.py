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
from healthd.probes import dns, gha_cache, goproxy, http, registry, statuspage
from healthd.probes.base import ProbeFailure
from healthd.probes.fetch import Answer
from tests.fakes.misbehave import HTML_OUTAGE, target

UP, DEGRADED, DOWN = Status.UP, Status.DEGRADED, Status.DOWN


def answer(status: int, body: bytes | dict | list = b"", **headers: str) -> Answer:
    if not isinstance(body, bytes):
        body, headers = json.dumps(body).encode(), {"Content-Type": "application/json", **headers}
    fields = CIMultiDict((k.replace("_", "-"), v) for k, v in headers.items())
    return Answer(status, CIMultiDictProxy(fields), body, "http://upstream/")


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
    for bad in (answer(200, {}), answer(200, {"token": ""}), answer(500, b"no"), answer(200, [1])):
        assert verdict(registry.judge_token, bad) == (DOWN, Reason.TOKEN_FAILED)


MANIFEST = target("registry", url="http://x", repository="library/alpine", ratelimit_floor=10)
DIGEST = {"Docker_Content_Digest": "sha256:" + "a" * 64}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (answer(200, **DIGEST), (UP, Reason.OK)),
        (answer(200), (DOWN, Reason.PROTOCOL_ERROR)),
        (answer(404), (DOWN, Reason.NOT_FOUND)),
        (answer(401), (DOWN, Reason.UNAUTHENTICATED)),
        (answer(429, ratelimit_remaining="0;w=21600"), (DOWN, Reason.RATE_LIMITED)),
        (answer(200, ratelimit_remaining="3;w=21600", **DIGEST), (DEGRADED, Reason.RATE_LIMITED)),
        (answer(500), (DOWN, Reason.BAD_STATUS)),
    ],
)
def test_registry_manifest(given: Answer, expected: tuple[Status, Reason]) -> None:
    assert verdict(registry.judge_manifest, given, MANIFEST) == expected


def test_registry_manifest_measures_the_rate_limit() -> None:
    limited = answer(200, ratelimit_limit="100;w=21600", ratelimit_remaining="76;w=21600", **DIGEST)
    result = registry.judge_manifest(limited, MANIFEST)
    assert result.measurements == {Measure.RATELIMIT_LIMIT: 100, Measure.RATELIMIT_REMAINING: 76}
    with pytest.raises(ProbeFailure) as spent:
        registry.judge_manifest(answer(429, ratelimit_remaining="0"), MANIFEST)
    assert spent.value.measurements == {Measure.RATELIMIT_REMAINING: 0}
    assert "ratelimit-remaining 0" in spent.value.detail


TWIRP_UNAUTHENTICATED = {"code": "unauthenticated", "msg": "no token"}


@pytest.mark.parametrize(
    ("given", "protocol", "authenticated", "expected"),
    [
        (answer(200, {"ok": False}), "v2", True, (UP, Reason.OK)),
        (answer(204), "v1", True, (UP, Reason.OK)),
        (answer(401, TWIRP_UNAUTHENTICATED), "v2", False, (UP, Reason.OK)),
        (answer(401, TWIRP_UNAUTHENTICATED), "v2", True, (DEGRADED, Reason.UNAUTHENTICATED)),
        (answer(401, {"message": "x"}), "v2", False, (DOWN, Reason.BAD_JSON)),
        (answer(429, {"code": "resource_exhausted", "msg": "slow"}), "v2", False, (DEGRADED, Reason.RATE_LIMITED)),
        (answer(503, b"unavailable"), "v2", False, (DOWN, Reason.BAD_STATUS)),
        (answer(200, [1, 2]), "v2", True, (DOWN, Reason.BAD_JSON)),
    ],
)
def test_gha_cache(given: Answer, protocol: str, authenticated: bool, expected: tuple[Status, Reason]) -> None:
    assert verdict(gha_cache.judge, given, protocol, authenticated) == expected


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
