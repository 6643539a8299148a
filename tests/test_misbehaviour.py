"""Every HTTP-speaking kind, against every misbehaviour: down, with the right reason, within its deadline."""

from __future__ import annotations

import time

import pytest

from healthd.model import Reason, Status
from tests.fakes.misbehave import EXPECTED_DOWN, misbehaving_app, probe_once, target
from tests.support import HTTP_KIND_SETTINGS


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
