"""Kind `buildx`: a fake `docker` on PATH prints recorded outputs of each version's shape (tests/fakes/docker)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from healthd.model import Measure, Reason, Status
from tests.fakes.misbehave import probe_once, target

FAKE_DIR = Path(__file__).parent / "fakes" / "docker"


async def probe(scenario: str, tmp_path: Path | None = None, **settings):
    env = {"PATH": f"{FAKE_DIR}:/usr/bin:/bin", "HEALTHD_FAKE_DOCKER": scenario}
    if tmp_path is not None:
        env["HEALTHD_FAKE_DOCKER_PIDFILE"] = str(tmp_path / "pid")
    return await probe_once(target("buildx", **settings), env=env)


@pytest.mark.parametrize(
    ("scenario", "can_export", "says"),
    [
        ("docker28-classic", 0.0, "builder default: driver docker without the containerd image store: inline"),
        ("buildx-0.8-docker20", 0.0, "driver docker without the containerd image store"),
        ("docker29-containerd", 1.0, "driver docker with the containerd image store: exports every cache type"),
        ("setup-buildx", 1.0, "builder builder-6f3c8e0c-1b2a-4a3e-9d65-0d5e4f1c2b7a: driver docker-container"),
    ],
)
async def test_builder_shapes(scenario: str, can_export: float, says: str) -> None:
    result = await probe(scenario)
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert result.measurements == {Measure.BUILDER_CACHE_EXPORT: can_export}
    assert says in result.detail


@pytest.mark.parametrize(
    ("scenario", "reason", "says"),
    [
        ("buildx-missing", Reason.COMMAND_FAILED, '`docker buildx inspect` exited 1: "docker: unknown command'),
        ("daemon-down", Reason.COMMAND_FAILED, "Cannot connect to the Docker daemon"),
        ("garbage", Reason.PROTOCOL_ERROR, "DriverStatus is not a list of pairs"),
        ("not-buildx", Reason.PROTOCOL_ERROR, "printed no Driver: line"),
    ],
)
async def test_broken_builders_are_down_with_the_reason(scenario: str, reason: Reason, says: str) -> None:
    result = await probe(scenario)
    assert (result.status, result.reason) == (Status.DOWN, reason), result.detail
    assert says in result.detail and not result.measurements


async def test_docker_missing(tmp_path: Path) -> None:
    result = await probe_once(target("buildx"), env={"PATH": str(tmp_path)})
    assert (result.status, result.reason) == (Status.DOWN, Reason.COMMAND_FAILED)
    assert "cannot run 'docker'" in result.detail


@pytest.mark.parametrize(("scenario", "reason"), [("hang", Reason.TIMEOUT), ("flood", Reason.BODY_TOO_LARGE)])
async def test_hang_and_flood_end_in_time_and_leave_no_process(tmp_path: Path, scenario: str, reason: Reason) -> None:
    # The flood gets a long deadline: the output cap must end it, not the deadline (a pipe left unread
    # once hid its EOF from wait() until the deadline).
    timeout = 0.5 if scenario == "hang" else 5.0
    result = await probe(scenario, tmp_path, timeout=timeout, max_output_bytes=1024)
    assert (result.status, result.reason) == (Status.DOWN, reason), result.detail
    assert result.latency_seconds < 2
    pid = int((tmp_path / "pid").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped
