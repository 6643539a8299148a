"""Push permission checked without pushing: a real htpasswd registry (docker-registry) and a ghcr.io-shaped
token-realm fake (a token that may pull but not push). Nothing is written; no credential leaks."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import aiohttp
import pytest

from healthd.core.carry import carried_push, push_due, with_push
from healthd.core.render import probes_document
from healthd.model import ProbeResult, PushCheck, Reason, Status
from healthd.probes.push import credential_for, scrub
from tests.fakes.misbehave import probe_once, target
from tests.fakes.registry import RegistryFake
from tests.support import REGISTRY_LOGIN, docker_config, snapshot_of

PASSWORD = "ghp_n0tAr3alT0ken_but_s3cret"


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def _no_secret(result: ProbeResult, *secrets: str) -> None:
    text = json.dumps(probes_document(snapshot_of([result]), False)) + repr(result)
    for secret in secrets:
        assert secret not in text


async def test_real_registry_good_credentials_open_and_cancel(docker_registry_auth, tmp_path: Path) -> None:
    registry, data = docker_registry_auth
    host = registry.url.removeprefix("http://")
    config = docker_config(tmp_path / "config.json", host, *REGISTRY_LOGIN)
    before = _files(data)
    settings = {"url": registry.url, "repository": "healthd/test", "reference": "v1", "push": True}
    result = await probe_once(target("registry", docker_config=str(config), timeout=5.0, **settings))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert result.push is not None and result.push.status is Status.UP
    assert "upload opened and cancelled" in result.detail
    # Nothing written: no blob, no link, no upload data. distribution 2.8 stores the hash state of the
    # empty upload after the DELETE removed its directory (108 bytes; its upload purger removes it later).
    new = _files(data) - before
    assert all("/_uploads/" in p and "/hashstates/" in p for p in new), new
    assert not [p for p in _files(data) if p.endswith(("/data", "/startedat")) and "/_uploads/" in p]
    assert len(new) <= 1 and all((data / p).stat().st_size < 200 for p in new)
    _no_secret(result, REGISTRY_LOGIN[1])


async def test_real_registry_bad_credentials_unauthenticated(docker_registry_auth, tmp_path: Path) -> None:
    registry, data = docker_registry_auth
    config = docker_config(tmp_path / "c.json", registry.url.removeprefix("http://"), REGISTRY_LOGIN[0], PASSWORD)
    before = _files(data)
    settings = {"url": registry.url, "repository": "healthd/test", "reference": "v1", "push": True}
    result = await probe_once(target("registry", docker_config=str(config), timeout=5.0, **settings))
    assert (result.status, result.reason) == (Status.DOWN, Reason.UNAUTHENTICATED), result.detail
    assert "UNAUTHORIZED" in result.detail
    assert _files(data) == before  # refused: not even a hash state
    _no_secret(result, PASSWORD)


async def test_real_registry_no_credentials_for_the_host_is_misconfigured(docker_registry_auth, tmp_path) -> None:
    registry, _ = docker_registry_auth
    config = docker_config(tmp_path / "c.json", "ghcr.io", "someone", PASSWORD)
    settings = {"url": registry.url, "repository": "healthd/test", "reference": "v1", "push": True}
    result = await probe_once(target("registry", docker_config=str(config), timeout=5.0, **settings))
    assert (result.status, result.reason) == (Status.DOWN, Reason.MISCONFIGURED), result.detail
    assert "no credentials for 127.0.0.1" in result.detail
    _no_secret(result, PASSWORD)


@pytest.mark.parametrize(
    ("shape", "code"), [("ghcr", "DENIED: permission_denied: write_package"), ("hub", "insufficient_scope")]
)
async def test_token_that_may_pull_but_not_push_is_push_denied(serve_app, tmp_path, shape: str, code: str) -> None:
    fake = RegistryFake(accounts={"ci": (PASSWORD, frozenset({"pull"}))}, push_denial=shape)  # type: ignore[arg-type]
    server = await serve_app(fake.app())
    url = str(server.make_url("/")).rstrip("/")
    config = docker_config(tmp_path / "c.json", url.removeprefix("http://"), "ci", PASSWORD)
    result = await probe_once(
        target("registry", url=url, repository="library/alpine", push=True, docker_config=str(config))
    )
    assert (result.status, result.reason) == (Status.DOWN, Reason.PUSH_DENIED), result.detail
    assert code in result.detail and "pull: library/alpine:latest" in result.detail
    assert any("push%2Cpull" in r or "push,pull" in r for r in fake.requests)
    assert not fake.uploads
    _no_secret(result, PASSWORD)
    assert all(PASSWORD not in r for r in fake.requests)


async def test_token_that_may_push_is_up_and_cancels(serve_app, tmp_path) -> None:
    fake = RegistryFake(accounts={"ci": (PASSWORD, frozenset({"pull", "push"}))})
    server = await serve_app(fake.app())
    url = str(server.make_url("/")).rstrip("/")
    config = docker_config(tmp_path / "c.json", url.removeprefix("http://"), "ci", PASSWORD)
    result = await probe_once(
        target("registry", url=url, repository="library/alpine", push=True, docker_config=str(config))
    )
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert [r.split()[0] for r in fake.requests if "uploads" in r] == ["POST", "DELETE"]
    assert not fake.uploads


async def test_a_slow_push_check_never_makes_the_pull_slow(serve_app, tmp_path) -> None:
    import asyncio

    fake = RegistryFake(accounts={"ci": (PASSWORD, frozenset({"pull", "push"}))})
    upload = fake._upload

    async def slow_upload(request):  # type: ignore[no-untyped-def]
        await asyncio.sleep(0.6)  # past slow_threshold (timeout / 2 = 0.5 s) on its own
        return await upload(request)

    fake._upload = slow_upload  # type: ignore[method-assign]
    server = await serve_app(fake.app())
    url = str(server.make_url("/")).rstrip("/")
    config = docker_config(tmp_path / "c.json", url.removeprefix("http://"), "ci", PASSWORD)
    result = await probe_once(
        target("registry", url=url, repository="library/alpine", push=True, docker_config=str(config))
    )
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert result.latency_seconds < 0.5 and result.push is not None and result.push.status is Status.UP


async def test_bad_password_at_the_token_realm_is_unauthenticated(serve_app, tmp_path) -> None:
    fake = RegistryFake(accounts={"ci": ("right", frozenset({"pull", "push"}))})
    server = await serve_app(fake.app())
    url = str(server.make_url("/")).rstrip("/")
    config = docker_config(tmp_path / "c.json", url.removeprefix("http://"), "ci", PASSWORD)
    result = await probe_once(
        target("registry", url=url, repository="library/alpine", push=True, docker_config=str(config))
    )
    assert (result.status, result.reason) == (Status.DOWN, Reason.UNAUTHENTICATED), result.detail
    _no_secret(result, PASSWORD)


async def test_docker_config_env_and_missing_file(serve_app, tmp_path) -> None:
    fake = RegistryFake(accounts={"ci": (PASSWORD, frozenset({"pull", "push"}))})
    server = await serve_app(fake.app())
    url = str(server.make_url("/")).rstrip("/")
    docker_config(tmp_path / "config.json", url.removeprefix("http://"), "ci", PASSWORD)
    probe_target = target("registry", url=url, repository="library/alpine", push=True)
    result = await probe_once(probe_target, env={"DOCKER_CONFIG": str(tmp_path)})
    assert result.status is Status.UP, result.detail
    result = await probe_once(probe_target, env={"HOME": str(tmp_path / "nobody")})
    assert (result.status, result.reason) == (Status.DOWN, Reason.MISCONFIGURED)
    assert "no Docker config at" in result.detail


def test_credentials_forms_and_docker_hub_aliases() -> None:
    doc = {"auths": {"https://index.docker.io/v1/": {"username": "u", "password": PASSWORD}}}
    cred = credential_for(doc, "https://registry-1.docker.io", "f")
    assert (cred.username, cred.password) == ("u", PASSWORD) and PASSWORD not in repr(cred)
    cred = credential_for({"auths": {"ghcr.io": {"identitytoken": PASSWORD}}}, "https://ghcr.io", "f")
    assert cred.identitytoken == PASSWORD
    with pytest.raises(Exception, match="credential helper"):
        credential_for({"auths": {}, "credHelpers": {"ghcr.io": "gcloud"}}, "https://ghcr.io", "f")
    assert scrub(f"x {PASSWORD} y", (PASSWORD,)) == "x *** y"


def test_push_checks_every_n_rounds_carry_the_verdict() -> None:
    denied = PushCheck(Status.DOWN, Reason.PUSH_DENIED, "push to a: HTTP 403 DENIED")
    pull = ProbeResult(Status.UP, Reason.OK, detail="a:latest sha256:1")
    first = with_push(pull, denied)
    assert (first.status, first.reason) == (Status.DOWN, Reason.PUSH_DENIED)
    assert not push_due(first, 3)
    second = with_push(pull, carried_push(first.push))  # type: ignore[arg-type]
    assert second.reason is Reason.PUSH_DENIED and "checked 1 round ago" in second.detail
    assert not push_due(second, 3) and push_due(with_push(pull, carried_push(second.push)), 3)  # type: ignore[arg-type]
    assert push_due(None, 3) and push_due(pull, 3) and push_due(first, 1)
    down = ProbeResult(Status.DOWN, Reason.TIMEOUT, detail="t")
    assert with_push(down, denied).reason is Reason.TIMEOUT  # the pull's own failure says more


async def test_carried_between_rounds_without_asking(serve_app, tmp_path) -> None:
    from healthd.probes.base import ProbeContext, run_probe
    from healthd.probes.fetch import probe_session
    from healthd.probes.kinds import PROBES

    fake = RegistryFake(accounts={"ci": (PASSWORD, frozenset({"pull"}))})
    server = await serve_app(fake.app())
    url = str(server.make_url("/")).rstrip("/")
    config = docker_config(tmp_path / "c.json", url.removeprefix("http://"), "ci", PASSWORD)
    t = target("registry", url=url, repository="library/alpine", push=True, push_every=3, docker_config=str(config))
    previous = None
    async with probe_session(4) as session:
        for _ in range(4):
            previous = await run_probe(PROBES["registry"], t, ProbeContext(session=session, previous=previous))
            assert previous.reason is Reason.PUSH_DENIED, previous.detail
    assert sum(r.startswith("POST") for r in fake.requests) == 2  # rounds 1 and 4


async def test_daemon_answers_log_and_metrics_never_carry_the_password(docker_registry_auth, tmp_path) -> None:
    from tests.support import poll, running_daemon

    registry, _ = docker_registry_auth
    host = registry.url.removeprefix("http://")
    good = docker_config(tmp_path / "good.json", host, *REGISTRY_LOGIN)
    bad = docker_config(tmp_path / "bad.json", host, REGISTRY_LOGIN[0], PASSWORD)
    target_line = (
        '{{name: {n}, kind: registry, url: "{u}", repository: healthd/test, reference: v1,'
        ' push: true, docker_config: "{c}"}}'
    )
    targets = ", ".join(target_line.format(n=n, u=registry.url, c=c) for n, c in (("good", good), ("bad", bad)))
    config = tmp_path / "strategies.yaml"
    config.write_text(f"""
daemon: {{interval: 1, timeout: 0.9, stale_after: 5}}
components:
  registries: {{weight: 100, targets: [{targets}]}}
strategies:
  - {{name: optimal, min_score: 90, params: {{push: true}}}}
  - {{name: emergency, min_score: 0, params: {{push: false}}}}
""")
    async with running_daemon(config) as daemon, aiohttp.ClientSession() as session:

        async def body(path: str) -> str:
            async with session.get(daemon.url + path) as response:
                return await response.text()

        async def probed() -> bool:
            return '"push"' in await body("/probes")

        await poll(probed, "a round with push checks")
        answers = {p: await body(p) for p in ("/strategy", "/probes", "/metrics", "/", "/strategy?format=env")}
        doc = json.loads(answers["/probes"])
        verdicts = {t["name"]: (t["status"], t["reason"], t["push"]["status"]) for t in doc["targets"]}
        assert verdicts == {"good": ("up", "ok", "up"), "bad": ("down", "unauthenticated", "down")}, doc
    basic = base64.b64encode(f"{REGISTRY_LOGIN[0]}:{PASSWORD}".encode()).decode()
    good_basic = base64.b64encode(":".join(REGISTRY_LOGIN).encode()).decode()
    for where, text in [*answers.items(), ("log", daemon.log.read_text())]:
        for secret in (PASSWORD, REGISTRY_LOGIN[1], basic, good_basic):
            assert secret not in text, where


@pytest.mark.parametrize(("actions", "reason"), [({"pull", "push"}, Reason.OK), ({"pull"}, Reason.PUSH_DENIED)])
async def test_identitytoken_goes_as_an_oauth2_refresh_token(serve_app, tmp_path, actions, reason) -> None:
    fake = RegistryFake(accounts={"ci": (PASSWORD, frozenset(actions))})
    server = await serve_app(fake.app())
    url = str(server.make_url("/")).rstrip("/")
    config = tmp_path / "c.json"
    config.write_text(json.dumps({"auths": {url.removeprefix("http://"): {"identitytoken": PASSWORD}}}))
    probe_target = target("registry", url=url, repository="library/alpine", push=True, docker_config=str(config))
    result = await probe_once(probe_target)
    assert result.reason is reason, result.detail
    assert "POST /token grant_type=refresh_token" in fake.requests and not fake.uploads
    _no_secret(result, PASSWORD)
