"""Kind `statuspage` against a Statuspage fake and the shared misbehaviours; weight 0 still explains."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web

from healthd.config.load import parse_config
from healthd.core.decide import decide
from healthd.core.scoring import score_components, total_score
from healthd.model import HysteresisState, ProbeResult, Reason, Status, TargetReport
from tests.fakes.misbehave import probe_once, target
from tests.fakes.statuspage import StatuspageFake

ServeApp = Callable[[web.Application], Any]


async def _probe(serve_app: ServeApp, app: web.Application, components: list[str]) -> ProbeResult:
    server = await serve_app(app)
    return await probe_once(target("statuspage", url=str(server.make_url("/")), components=components))


@pytest.mark.parametrize(
    ("packages", "status", "reason"),
    [
        ("operational", Status.UP, Reason.OK),
        ("degraded_performance", Status.DEGRADED, Reason.SERVICE_DEGRADED),
        ("partial_outage", Status.DEGRADED, Reason.SERVICE_DEGRADED),
        ("under_maintenance", Status.DEGRADED, Reason.SERVICE_DEGRADED),
        ("major_outage", Status.DOWN, Reason.SERVICE_OUTAGE),
        ("some_future_status", Status.DEGRADED, Reason.SERVICE_DEGRADED),
    ],
)
async def test_component_status_maps(serve_app: ServeApp, packages: str, status: Status, reason: Reason) -> None:
    fake = StatuspageFake({"Actions": "operational", "Packages": packages})
    result = await _probe(serve_app, fake.app(), ["Actions", "Packages"])
    assert (result.status, result.reason) == (status, reason), result.detail
    assert f"Packages: {packages}" in result.detail


async def test_worst_watched_component_wins_and_unwatched_ones_do_not_count(serve_app: ServeApp) -> None:
    fake = StatuspageFake({"Actions": "partial_outage", "Packages": "major_outage", "Pages": "major_outage"})
    result = await _probe(serve_app, fake.app(), ["Actions", "Packages"])
    assert (result.status, result.reason) == (Status.DOWN, Reason.SERVICE_OUTAGE)
    assert result.detail == "Actions: partial_outage; Packages: major_outage"
    result = await _probe(serve_app, fake.app(), ["Actions"])
    assert (result.status, result.reason) == (Status.DEGRADED, Reason.SERVICE_DEGRADED)


async def test_names_match_case_insensitively_or_by_id(serve_app: ServeApp) -> None:
    fake = StatuspageFake({"Git Operations": "degraded_performance"})
    for watched in ("git operations", "GIT OPERATIONS", "id-git-operations"):
        result = await _probe(serve_app, fake.app(), [watched])
        assert (result.status, result.reason) == (Status.DEGRADED, Reason.SERVICE_DEGRADED), watched


async def test_watched_component_missing_from_the_page_is_not_found(serve_app: ServeApp) -> None:
    result = await _probe(serve_app, StatuspageFake().app(), ["Actions", "GitHub Actions"])
    assert (result.status, result.reason) == (Status.DEGRADED, Reason.NOT_FOUND)
    assert "GitHub Actions: not on the page" in result.detail


async def test_json_of_another_shape_is_bad_json(serve_app: ServeApp) -> None:
    async def wrong_shape(request: web.Request) -> web.Response:
        return web.json_response({"components": [{"name": 1}]})

    app = web.Application()
    app.router.add_get("/api/v2/components.json", wrong_shape)
    result = await _probe(serve_app, app, ["Actions"])
    assert (result.status, result.reason) == (Status.DOWN, Reason.BAD_JSON)


CONFIG = """
components:
  builds: {weight: 100, targets: [{name: t, kind: tcp, host: 127.0.0.1, port: 9}]}
  upstream_status:
    weight: 0
    targets: [{name: githubstatus, kind: statuspage, url: "https://www.githubstatus.com", components: [Actions]}]
strategies:
  - {name: only, min_score: 0}
"""


def test_weight_zero_component_scores_nothing_but_explains_the_decision() -> None:
    config = parse_config(CONFIG)
    outage = ProbeResult(Status.DOWN, Reason.SERVICE_OUTAGE, 0.1, "Actions: major_outage")
    reports = {
        "builds": [TargetReport("t", "tcp", ProbeResult(Status.UP, Reason.OK))],
        "upstream_status": [TargetReport("githubstatus", "statuspage", outage)],
    }
    components = score_components({n: c.weight for n, c in config.components.items()}, reports)
    assert total_score(components) == 100
    decision, _ = decide(config.strategies, config.hysteresis, 100, components, HysteresisState())
    assert "upstream_status/githubstatus down: service_outage: Actions: major_outage" in decision.reasons
