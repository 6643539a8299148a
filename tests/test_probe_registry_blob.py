"""Kind `registry`, setting `blob`: the blob a pull needs is fetched (within max_body_bytes) and its sha256
checked, against a real CNCF distribution registry and a mirror that cuts blobs short."""

from __future__ import annotations

import json
import urllib.request

from healthd.model import Reason, Status
from tests.fakes.distribution import OCI_MANIFEST
from tests.fakes.mirror import MirrorFake
from tests.fakes.misbehave import probe_once, target


def config_digest(registry) -> str:
    """The image config blob's digest, read from the pushed manifest (a small blob, as docs/adaptive.md advises)."""
    url = f"{registry.url}/v2/{registry.repository}/manifests/{registry.tag}"
    request = urllib.request.Request(url, headers={"Accept": OCI_MANIFEST})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=5) as response:
        return json.load(response)["config"]["digest"]


async def test_real_registry_blob_verified(docker_registry) -> None:
    digest = config_digest(docker_registry)
    settings = {"url": docker_registry.url, "repository": docker_registry.repository, "reference": "v1"}
    result = await probe_once(target("registry", **settings, blob=digest))
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert result.detail.endswith(f"blob {digest[:19]} verified")
    missing = await probe_once(target("registry", **settings, blob="sha256:" + "0" * 64))
    assert (missing.status, missing.reason) == (Status.DOWN, Reason.NOT_FOUND), missing.detail
    assert "BLOB_UNKNOWN" in missing.detail


async def _probe_mirror(serve_app, fake: MirrorFake, **settings):
    server = await serve_app(fake.app())
    url = str(server.make_url("/"))
    return await probe_once(target("registry", url=url, repository="library/alpine", blob=fake.digest, **settings))


async def test_truncated_blob_is_down(serve_app) -> None:
    result = await _probe_mirror(serve_app, MirrorFake(mode="truncated"))
    assert (result.status, result.reason) == (Status.DOWN, Reason.BODY_MISMATCH), result.detail
    assert "truncated or wrong" in result.detail


async def test_blob_over_the_cap_is_down_without_being_read_whole(serve_app) -> None:
    fake = MirrorFake(blob=b"x" * 4096)
    result = await _probe_mirror(serve_app, fake, max_body_bytes=1024)
    assert (result.status, result.reason) == (Status.DOWN, Reason.BODY_TOO_LARGE), result.detail


async def test_blob_not_fetched_when_the_manifest_fails(serve_app) -> None:
    fake = MirrorFake(mode="not_cached")
    result = await _probe_mirror(serve_app, fake)
    assert result.status is not Status.UP and result.reason is Reason.NOT_FOUND
    assert not any("/blobs/" in r for r in fake.requests)
