"""Kind `statusio` against a fake of api.status.io serving Docker's page (page id 533c6539221ae15e3f000031)."""

from __future__ import annotations

import pytest

from healthd.model import Reason, Status
from tests.fakes.misbehave import probe_once, target
from tests.fakes.statusio import DOCKER_PAGE, StatusioFake


async def _probe(serve_app, fake: StatusioFake, page_id: str = DOCKER_PAGE, components=("Docker Hub Registry",)):
    server = await serve_app(fake.app())
    return await probe_once(
        target("statusio", url=str(server.make_url("/")), page_id=page_id, components=list(components))
    )


@pytest.mark.parametrize(
    ("code", "status", "reason"),
    [
        (100, Status.UP, Reason.OK),
        (200, Status.DEGRADED, Reason.SERVICE_DEGRADED),
        (300, Status.DEGRADED, Reason.SERVICE_DEGRADED),
        (400, Status.DEGRADED, Reason.SERVICE_DEGRADED),
        (500, Status.DOWN, Reason.SERVICE_OUTAGE),
        (600, Status.DEGRADED, Reason.SERVICE_DEGRADED),
    ],
)
async def test_watched_component_code(serve_app, code: int, status: Status, reason: Reason) -> None:
    result = await _probe(serve_app, StatusioFake(components={"Docker Hub Registry": code, "Docker Hub Web": 500}))
    assert (result.status, result.reason) == (status, reason), result.detail
    assert result.detail.startswith(f"Docker Hub Registry: {code} ")


async def test_an_outage_reported_on_a_container_counts(serve_app) -> None:
    fake = StatusioFake(containers={"Docker Hub Registry": 500})
    result = await _probe(serve_app, fake)
    assert (result.status, result.reason) == (Status.DOWN, Reason.SERVICE_OUTAGE), result.detail


async def test_renamed_component_is_degraded_not_found(serve_app) -> None:
    result = await _probe(serve_app, StatusioFake(), components=("Docker Hub Registry", "Docker Registry"))
    assert (result.status, result.reason) == (Status.DEGRADED, Reason.NOT_FOUND)


async def test_unknown_page_is_down(serve_app) -> None:
    result = await _probe(serve_app, StatusioFake(), page_id="0" * 24)
    assert (result.status, result.reason) == (Status.DOWN, Reason.BAD_STATUS)


def test_page_id_is_validated() -> None:
    from healthd.config.schema import SchemaError

    with pytest.raises(SchemaError, match="page_id"):
        target("statusio", page_id="dockerstatus.com", components=["Docker Hub Registry"])
