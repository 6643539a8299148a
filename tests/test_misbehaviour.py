"""Every HTTP-speaking kind, against every misbehaviour: down, with the right reason, within its deadline."""

from __future__ import annotations

import time

import pytest

from healthd.model import Reason, Status
from tests.fakes.misbehave import EXPECTED_DOWN, misbehaving_app, probe_once, target

# The settings each HTTP-speaking kind needs beyond a URL; test_kinds checks this covers every one in KINDS.
HTTP_KIND_SETTINGS = {
    "http": {},
    "registry": {"repository": "library/alpine"},
    "goproxy": {"module": "golang.org/x/text"},
    "gha_cache-v2": {"protocol": "v2"},
    "gha_cache-v1": {"protocol": "v1"},
    "statuspage": {"components": ["Actions"]},
    "statusio": {"page_id": "533c6539221ae15e3f000031", "components": ["Docker Hub Registry"]},
    "sumdb-direct": {},
    "sumdb-proxied": {"proxy": "URL"},  # the misbehaving server is the proxy too: its first answer decides
}


@pytest.mark.parametrize("mode", EXPECTED_DOWN)
@pytest.mark.parametrize("kind", HTTP_KIND_SETTINGS)
async def test_misbehaving_upstream_is_down(serve_app, kind: str, mode: str) -> None:
    server = await serve_app(misbehaving_app(mode))
    url = str(server.make_url("/"))
    settings = {k: url if v == "URL" else v for k, v in HTTP_KIND_SETTINGS[kind].items()}
    probe_target = target(kind.split("-")[0], url=url, **settings)
    started = time.monotonic()
    result = await probe_once(probe_target)
    expected = (Status.DOWN, EXPECTED_DOWN[mode])
    if (kind, mode) == ("http", "invalid_json"):
        expected = (Status.UP, Reason.OK)  # the generic kind reads no body format unless told to
    if kind.startswith("sumdb") and mode == "invalid_json":
        expected = (Status.DOWN, Reason.PROTOCOL_ERROR)  # a tree head is text: broken JSON is just not one
    assert (result.status, result.reason) == expected, result.detail
    assert time.monotonic() - started < probe_target.timeout + 0.5
