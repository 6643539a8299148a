"""Opt-in: what each shipped target answers today, and whether healthd's verdict on it is right.

    python -m pytest -m internet -s -rA tests/test_internet.py

Three layers, each test printing what it saw (run with -s), so one command pins the real answers:
- `test_shipped_targets_exist`: no answer means the config is wrong (a missing image or module, a
  renamed status component, a body that is not the protocol's).
- `test_verdict[component/target]`: each shipped target's verdict on a healthy internet is up (slow or
  a low pull budget may make it degraded); a failure prints the probe's reason and detail.
- `test_pinned_answer[...]`: the raw protocol facts the probes rely on (docs/probes.md,
  ../shared/reference/protocols.md): statuses, headers and body shapes, read without healthd's judges.
Deselected by default (pyproject addopts `-m 'not internet'`); CI has no internet.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from multidict import CIMultiDictProxy

from healthd.config.load import load_config
from healthd.daemon.scheduler import Scheduler
from healthd.model import Reason, Status
from healthd.probes.fetch import Answer, probe_session
from healthd.probes.sumdb import judge_latest
from tests.fakes.misbehave import probe_once

pytestmark = pytest.mark.internet
SHIPPED = Path(__file__).resolve().parent.parent / "strategies.yaml"
CONFIG = load_config(SHIPPED)
TARGETS = {f"{c}/{t.name}": t for c, component in CONFIG.components.items() for t in component.targets}

CONFIG_WRONG = {Reason.NOT_FOUND, Reason.BAD_JSON, Reason.BAD_CONTENT_TYPE, Reason.BODY_MISMATCH,
                Reason.PROTOCOL_ERROR, Reason.MISCONFIGURED, Reason.INTERNAL_ERROR}  # fmt: skip
FINE_DEGRADED = {Reason.SLOW, Reason.RATE_LIMITED}  # a healthy service may still be slow from here, or spent


async def test_shipped_targets_exist() -> None:
    async with Scheduler(CONFIG, env={}) as scheduler:
        snapshot = (await scheduler.run_round()).snapshot
    wrong = [
        f"{c.name}/{t.name}: {t.result.reason}: {t.result.detail}"
        for c in snapshot.components
        for t in c.targets
        if t.result.reason in CONFIG_WRONG
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", TARGETS)
async def test_verdict(name: str) -> None:
    result = await probe_once(TARGETS[name], env={})
    print(f"\n{name}: {result.status} {result.reason} in {result.latency_seconds:.2f}s: {result.detail}")
    print(f"  measurements: {dict(result.measurements)}" if result.measurements else "", end="")
    fine = result.status is Status.UP or (result.status is Status.DEGRADED and result.reason in FINE_DEGRADED)
    assert fine, f"{name}: {result.status} {result.reason}: {result.detail}"


# --- the raw answers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pin:
    method: str
    url: str
    check: Callable[[Answer], Any]  # asserts on the answer; returns what to print
    body: Any = None


def _header(answer: Answer, name: str) -> str:
    value = answer.headers.get(name)
    assert value, f"no {name} header; headers: {dict(answer.headers)}"
    return value


def _registry_challenge(answer: Answer) -> str:
    assert answer.status == 401, answer.status
    return _header(answer, "WWW-Authenticate")


def _docker_hub_ratelimit(answer: Answer) -> str:
    assert answer.status == 200, answer.status
    limit, remaining = _header(answer, "ratelimit-limit"), _header(answer, "ratelimit-remaining")
    assert limit.split(";")[0].isdigit() and remaining.split(";")[0].isdigit(), (limit, remaining)
    source = answer.headers.get("docker-ratelimit-source")
    return f"ratelimit-limit {limit}, ratelimit-remaining {remaining}, source {source}"


def _runner_health(answer: Answer) -> str:
    assert 200 <= answer.status < 300, answer.status
    return f"HTTP {answer.status}, X-GitHub-Request-Id {_header(answer, 'X-GitHub-Request-Id')}"


def _anonymous_twirp(answer: Answer) -> str:
    doc = json.loads(answer.body)
    assert doc.get("code") in ("unauthenticated", "permission_denied"), (answer.status, doc)
    return f"HTTP {answer.status} {doc['code']}: {doc.get('msg')!r}"


def _docker_status_io(answer: Answer) -> str:
    components = json.loads(answer.body)["result"]["status"]
    registry = next(c for c in components if c["name"] == "Docker Hub Registry")
    assert isinstance(registry["status_code"], int) and isinstance(registry.get("containers"), list), registry
    return "; ".join(f"{c['name']}: {c['status_code']}" for c in components)


def _statuspage(answer: Answer) -> str:
    names = {c["name"]: c["status"] for c in json.loads(answer.body)["components"]}
    assert {"Actions", "Packages"} <= set(names), sorted(names)
    return f"Actions: {names['Actions']}, Packages: {names['Packages']}"


def _not_a_statuspage(answer: Answer) -> str:
    # protocols.md: Docker's page is Status.io; the Statuspage API path is not served there
    assert answer.status != 200 or not answer.body.lstrip().startswith(b"{"), answer.snippet()
    return f"HTTP {answer.status}, {answer.content_type}"


def _status(expected: int) -> Callable[[Answer], str]:
    def check(answer: Answer) -> str:
        assert answer.status == expected, (answer.status, answer.snippet())
        return f"HTTP {answer.status} {answer.snippet(60)!r}"

    return check


def _tree_head(answer: Answer) -> str:
    return judge_latest(answer, "sum.golang.org", "direct").detail


TWIRP = "twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL"
PINS = {
    "ghcr.io /v2/ challenge": Pin("GET", "https://ghcr.io/v2/", _registry_challenge),
    "docker hub /v2/ challenge": Pin("GET", "https://registry-1.docker.io/v2/", _registry_challenge),
    "gcr.io /v2/ challenge": Pin("GET", "https://gcr.io/v2/", _registry_challenge),
    "mirror.gcr.io /v2/ challenge": Pin("GET", "https://mirror.gcr.io/v2/", _registry_challenge),
    "docker hub ratelimit headers": Pin("HEAD", "DOCKER_HUB_MANIFEST", _docker_hub_ratelimit),
    "results service /health": Pin(
        "GET", "https://results-receiver.actions.githubusercontent.com/health", _runner_health
    ),
    "results service anonymous twirp": Pin(
        "POST",
        f"https://results-receiver.actions.githubusercontent.com/{TWIRP}",
        _anonymous_twirp,
        {"key": "healthd-internet-test", "restore_keys": [], "version": "0" * 64},
    ),
    "docker status.io page": Pin("GET", "https://api.status.io/1.0/status/533c6539221ae15e3f000031", _docker_status_io),
    "dockerstatus.com is not a statuspage": Pin(
        "GET", "https://www.dockerstatus.com/api/v2/components.json", _not_a_statuspage
    ),
    "githubstatus components": Pin("GET", "https://www.githubstatus.com/api/v2/components.json", _statuspage),
    "sum.golang.org/latest tree head": Pin("GET", "https://sum.golang.org/latest", _tree_head),
    "proxy.golang.org does not proxy sumdb": Pin(
        "GET", "https://proxy.golang.org/sumdb/sum.golang.org/supported", _status(404)
    ),
    "goproxy.cn proxies sumdb": Pin("GET", "https://goproxy.cn/sumdb/sum.golang.org/supported", _status(200)),
    "generate_204": Pin("GET", "http://connectivitycheck.gstatic.com/generate_204", _status(204)),
}


async def _docker_hub_manifest(session: aiohttp.ClientSession) -> tuple[str, dict[str, str]]:
    params = {"service": "registry.docker.io", "scope": "repository:library/alpine:pull"}
    async with session.get("https://auth.docker.io/token", params=params) as response:
        token = (await response.json())["token"]
    accept = "application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json"
    url = "https://registry-1.docker.io/v2/library/alpine/manifests/latest"
    return url, {"Authorization": f"Bearer {token}", "Accept": accept}


@pytest.mark.parametrize("name", PINS)
async def test_pinned_answer(name: str) -> None:
    pin = PINS[name]
    timeout = aiohttp.ClientTimeout(total=15)
    async with probe_session(concurrency=2) as session:
        url, headers = pin.url, {}
        if url == "DOCKER_HUB_MANIFEST":
            url, headers = await _docker_hub_manifest(session)
        async with session.request(pin.method, url, json=pin.body, headers=headers, timeout=timeout) as response:
            body = await response.content.read(256 * 1024)
            answer = Answer(response.status, CIMultiDictProxy(response.headers.copy()), body)
    print(f"\n{name}: {pin.check(answer)}")
