"""Opt-in (`python -m pytest -m internet`): the shipped strategies.yaml points at things that exist.

It fails on answers that mean the config is wrong (a missing image or module, a renamed status
component, a body that is not the protocol's), not on a service that is merely down or slow today.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from healthd.config import load_config
from healthd.model import Reason
from healthd.scheduler import Scheduler

pytestmark = pytest.mark.internet
SHIPPED = Path(__file__).resolve().parent.parent / "strategies.yaml"

CONFIG_WRONG = {Reason.NOT_FOUND, Reason.BAD_JSON, Reason.BAD_CONTENT_TYPE, Reason.BODY_MISMATCH,
                Reason.PROTOCOL_ERROR, Reason.MISCONFIGURED, Reason.INTERNAL_ERROR}  # fmt: skip


async def test_shipped_targets_exist() -> None:
    config = load_config(SHIPPED)
    async with Scheduler(config, env={}) as scheduler:
        snapshot = (await scheduler.run_round()).snapshot
    wrong = [
        f"{c.name}/{t.name}: {t.result.reason}: {t.result.detail}"
        for c in snapshot.components
        for t in c.targets
        if t.result.reason in CONFIG_WRONG
    ]
    assert not wrong, "\n".join(wrong)
