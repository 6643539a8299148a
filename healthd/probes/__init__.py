"""Probe kinds: one module each, `healthd/probes/<kind>.py`, one signature `async def probe(target, ctx)`.

PROBES maps a target's `kind` to its function, derived from the one table of kinds
(`healthd.targets.KINDS`); `run_probe` (base.py) bounds and guards every call.
"""

from __future__ import annotations

import importlib

from healthd.probes.base import ProbeContext, ProbeFailure, ProbeFn, run_probe
from healthd.targets import KINDS

# Imported at start, not at first use: a kind without its module fails the daemon's start, not every round.
PROBES: dict[str, ProbeFn] = {kind: importlib.import_module(f"{__name__}.{kind}").probe for kind in KINDS}

__all__ = ["PROBES", "ProbeContext", "ProbeFailure", "ProbeFn", "run_probe"]
