"""Kind `registry`: challenge parsing, a Docker Hub-like fake, the shared misbehaviours, and a real
CNCF distribution registry (docker-registry) with an image pushed by the conftest fixture."""

from __future__ import annotations

import time

import pytest
from aiohttp import web

from healthd.model import Reason, Status
from healthd.probes.registry import parse_challenges
from tests.fakes.misbehave import EXPECTED_DOWN, MODES, probe_once, target
from tests.fakes.registry import RegistryFake
from tests.support import free_port


def test_parse_challenges_docker_hub() -> None:
    header = 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"'
    assert parse_challenges(header) == [
        ("bearer", {"realm": "https://auth.docker.io/token", "service": "registry.docker.io"})
    ]


def test_parse_challenges_several_in_one_header() -> None:
    header = (
        'Basic realm="quay", Bearer realm="https://quay.io/v2/auth",service="quay.io" ,'
        ' Bearer realm="x",scope="repository:a/b:pull,push", Negotiate'
    )
    assert parse_challenges(header) == [
        ("basic", {"realm": "quay"}),
        ("bearer", {"realm": "https://quay.io/v2/auth", "service": "quay.io"}),
        ("bearer", {"realm": "x", "scope": "repository:a/b:pull,push"}),
        ("negotiate", {}),
    ]


def test_parse_challenges_escapes_and_bare_tokens() -> None:
    assert parse_challenges('Bearer realm="a\\"b", error=invalid_token') == [
        ("bearer", {"realm": 'a"b', "error": "invalid_token"})
    ]
    assert parse_challenges("") == []


async def _probe(serve_app, fake: RegistryFake, repository: str = "library/alpine", **settings):
    server = await serve_app(fake.app())
    return await probe_once(target("registry", url=str(server.make_url("/")), repository=repository, **settings))


async def test_whole_chain_is_up(serve_app) -> None:
    fake = RegistryFake()
    result = await _probe(serve_app, fake)
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert fake.requests[1].startswith("GET /token?")
    assert "scope=repository:library/alpine:pull" in fake.requests[1].replace("%3A", ":").replace("%2F", "/")
    assert fake.requests[2] == "HEAD /v2/library/alpine/manifests/latest"


async def test_access_token_field_and_digest_reference(serve_app) -> None:
    fake = RegistryFake(token_field="access_token", tags={"library/alpine": {"sha256:" + "a" * 64}})
    result = await _probe(serve_app, fake, reference="sha256:" + "a" * 64)
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail


async def test_no_auth_registry_is_up(serve_app) -> None:
    result = await _probe(serve_app, RegistryFake(auth="none"))
    assert (result.status, result.reason) == (Status.UP, Reason.OK)


async def test_redirects_are_followed(serve_app) -> None:
    fake = RegistryFake(redirect=True)
    result = await _probe(serve_app, fake)
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert "HEAD /backend/v2/library/alpine/manifests/latest" in fake.requests


async def test_head_content_length_is_not_held_against_the_body_cap(serve_app) -> None:
    result = await _probe(serve_app, RegistryFake(), max_body_bytes=200)
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail


async def test_missing_tag_is_degraded_not_found(serve_app) -> None:
    result = await _probe(serve_app, RegistryFake(), reference="no-such-tag")
    assert (result.status, result.reason) == (Status.DEGRADED, Reason.NOT_FOUND)


@pytest.mark.parametrize(
    ("remaining", "status", "reason"),
    [(76, Status.UP, Reason.OK), (9, Status.DEGRADED, Reason.RATE_LIMITED), (0, Status.DOWN, Reason.RATE_LIMITED)],
)
async def test_ratelimit_remaining_against_floor(serve_app, remaining: int, status: Status, reason: Reason) -> None:
    # the fake's limit is 100: the default floor is 10% of it; 0 left answers 429, and no pull works
    result = await _probe(serve_app, RegistryFake(ratelimit_remaining=remaining))
    assert (result.status, result.reason) == (status, reason), result.detail
    assert str(remaining) in result.detail


async def test_basic_challenge_lets_the_manifest_step_decide(serve_app) -> None:
    result = await _probe(serve_app, RegistryFake(auth="basic"))
    assert (result.status, result.reason) == (Status.DEGRADED, Reason.UNAUTHENTICATED)


async def test_401_without_challenge_is_down(serve_app) -> None:
    result = await _probe(serve_app, RegistryFake(challenge=""))
    assert (result.status, result.reason) == (Status.DOWN, Reason.BAD_STATUS)


async def test_relative_realm_is_down_token_failed(serve_app) -> None:
    result = await _probe(serve_app, RegistryFake(challenge='Bearer realm="/token",service="registry.docker.io"'))
    assert (result.status, result.reason) == (Status.DOWN, Reason.TOKEN_FAILED)


async def test_token_service_refusing_the_challenge_is_down(serve_app) -> None:
    # The realm insists on the service it named: a wrong one is refused with 400, and no pull could start.
    fake = RegistryFake(challenge="")
    server = await serve_app(fake.app())
    fake.challenge = f'Bearer realm="{server.make_url("/token")}",service="other"'
    result = await probe_once(target("registry", url=str(server.make_url("/")), repository="library/alpine"))
    assert (result.status, result.reason) == (Status.DOWN, Reason.TOKEN_FAILED)
    assert "HTTP 400" in result.detail


# Front ends keep answering /v2/ while the token service or the storage behind them fails: a pull
# cannot work, so every misbehaviour of a later step is down, like /v2/'s own (issue 13).
@pytest.mark.parametrize("mode", EXPECTED_DOWN)
async def test_token_service_outage_behind_a_live_v2_is_down(serve_app, mode: str) -> None:
    fake = RegistryFake(token_handler=MODES[mode])
    result = await _probe(serve_app, fake)
    timed_out = EXPECTED_DOWN[mode] is Reason.TIMEOUT
    assert (result.status, result.reason) == (Status.DOWN, Reason.TIMEOUT if timed_out else Reason.TOKEN_FAILED)
    assert timed_out or EXPECTED_DOWN[mode] in result.detail or "HTTP 503" in result.detail  # the cause stays readable
    assert fake.requests[0] == "GET /v2/"  # /v2/ answered: the outage is behind it


@pytest.mark.parametrize("mode", EXPECTED_DOWN)
async def test_manifest_outage_behind_a_live_v2_is_down(serve_app, mode: str) -> None:
    result = await _probe(serve_app, RegistryFake(manifest_handler=MODES[mode]))
    assert result.status is Status.DOWN, result.detail
    if mode not in ("trickle", "huge", "invalid_json"):  # a body where HEAD allows none reads as protocol_error
        assert result.reason is EXPECTED_DOWN[mode], result.detail


async def _denied(request: web.Request) -> web.Response:
    # ghcr.io's answer for a scope it refuses (it has also answered this for public images in its incidents)
    return web.json_response({"errors": [{"code": "DENIED", "message": "denied"}]}, status=403)


async def test_pull_scope_refused_is_degraded_unauthenticated(serve_app) -> None:
    for fake in (RegistryFake(token_handler=_denied), RegistryFake(manifest_handler=_denied)):
        result = await _probe(serve_app, fake)
        assert (result.status, result.reason) == (Status.DEGRADED, Reason.UNAUTHENTICATED), result.detail


async def test_silent_manifest_step_times_out_within_the_deadline(serve_app) -> None:
    started = time.monotonic()
    result = await _probe(serve_app, RegistryFake(manifest_handler=MODES["silence"]))
    assert (result.status, result.reason) == (Status.DOWN, Reason.TIMEOUT)
    assert time.monotonic() - started < 1.0 + 0.5


# --- a real registry: CNCF distribution (Debian docker-registry) ----------------------------------


async def test_real_registry_existing_tag_is_up(docker_registry) -> None:
    result = await probe_once(
        target(
            "registry", url=docker_registry.url, repository=docker_registry.repository, reference=docker_registry.tag
        )
    )
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert docker_registry.digest[:19] in result.detail


async def test_real_registry_missing_tag_is_degraded_not_found(docker_registry) -> None:
    result = await probe_once(
        target("registry", url=docker_registry.url, repository=docker_registry.repository, reference="missing")
    )
    assert (result.status, result.reason) == (Status.DEGRADED, Reason.NOT_FOUND), result.detail


async def test_real_registry_wrong_port_is_down(docker_registry) -> None:
    result = await probe_once(
        target("registry", url=f"http://127.0.0.1:{free_port()}", repository=docker_registry.repository)
    )
    assert (result.status, result.reason) == (Status.DOWN, Reason.CONNECT_REFUSED)
