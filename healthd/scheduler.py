"""Rounds: every target probed at once (bounded), scored, decided, rendered, published.

The scheduler is the only writer of the latest `Rendered` snapshot; readers (server, metrics,
`healthd check`) take whatever was last published and never trigger a probe.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

from healthd.config import Config
from healthd.decide import decide
from healthd.model import HysteresisState, ProbeResult, Reason, Snapshot, Status, TargetReport
from healthd.probes import PROBES, ProbeContext, run_probe
from healthd.probes.fetch import probe_session
from healthd.render import Rendered
from healthd.scoring import score_components, total_score

log = logging.getLogger("healthd.scheduler")

Listener = Callable[[Rendered], None]


@dataclass
class ReloadStatus:
    """Outcome of the last config reload, for logs and metrics."""

    ok: bool = True
    at: float = 0.0
    error: str = ""  # why it was refused: shown by /readyz while the old config keeps running
    needs_restart: str = ""  # what of the taken config only a restart applies (shown by /readyz)


class Scheduler:
    def __init__(self, config: Config, env: dict[str, str] | None = None) -> None:
        self.config = config
        self.env = dict(os.environ) if env is None else env
        self.latest: Rendered | None = None
        self.reload_status = ReloadStatus(at=time.time())
        self._state = HysteresisState()
        self._round = 0
        self._listeners: list[Listener] = []
        self._session: aiohttp.ClientSession | None = None

    def subscribe(self, listener: Listener) -> None:
        """Calls listener(rendered) after every round, in the scheduler's task."""
        self._listeners.append(listener)

    async def __aenter__(self) -> Scheduler:
        self._session = probe_session(self.config.daemon.concurrency)
        return self

    async def _fit_session(self, concurrency: int) -> None:
        """A reload that changed daemon.concurrency gets a session with the new limit, between rounds."""
        assert self._session is not None, "use `async with Scheduler(...)`"
        if self._session.connector is not None and self._session.connector.limit != concurrency:
            old, self._session = self._session, probe_session(concurrency)
            await old.close()

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def replace_config(self, config: Config, needs_restart: str = "") -> None:
        """Takes effect from the next round; the strategy state carries over if its strategy still exists."""
        self.config = config
        if self._state.current is not None and config.strategy(self._state.current) is None:
            self._state = HysteresisState()
        self.reload_status = ReloadStatus(ok=True, at=time.time(), needs_restart=needs_restart)

    def refuse_config(self, error: str) -> None:
        self.reload_status = ReloadStatus(ok=False, at=time.time(), error=error)

    async def _probe_all(self, config: Config) -> dict[str, list[TargetReport]]:
        await self._fit_session(config.daemon.concurrency)
        ctx = ProbeContext(session=self._session, env=self.env)
        gate = asyncio.Semaphore(config.daemon.concurrency)

        async def one(target: Any) -> ProbeResult:
            async with gate:
                return await run_probe(PROBES[target.kind], target, ctx)

        jobs = [
            (cname, target, asyncio.create_task(one(target)))
            for cname, component in config.components.items()
            for target in component.targets
        ]
        # A round never outlives its interval: whatever the semaphore queued too long is a timeout.
        await asyncio.wait([task for *_, task in jobs], timeout=config.daemon.interval)
        reports: dict[str, list[TargetReport]] = {name: [] for name in config.components}
        for cname, target, task in jobs:
            if task.done():
                result = task.result()
            else:
                task.cancel()
                result = ProbeResult(Status.DOWN, Reason.TIMEOUT, config.daemon.interval, "round deadline passed")
            reports[cname].append(TargetReport(target.name, target.kind, result))
        return reports

    async def run_round(self) -> Rendered:
        """Probes every target once, decides, renders, publishes; returns what it published."""
        config = self.config
        started = time.time()
        reports = await self._probe_all(config)
        components = score_components({n: c.weight for n, c in config.components.items()}, reports)
        score = total_score(components)
        decision, self._state = decide(config.strategies, config.hysteresis, score, components, self._state)
        self._round += 1
        snapshot = Snapshot(self._round, started, time.time(), score, components, decision, self._state)
        rendered = Rendered.of(snapshot)
        self.latest = rendered
        if decision.changed_from is not None:
            log.warning(
                "strategy_changed",
                extra={"from_strategy": decision.changed_from, "to_strategy": decision.strategy, "score": score},
            )
        log.info(
            "round_done",
            extra={
                "round": self._round,
                "score": score,
                "strategy": decision.strategy,
                "duration_seconds": round(snapshot.duration_seconds, 3),
            },
        )
        for listener in self._listeners:
            listener(rendered)
        return rendered

    def is_stale(self, rendered: Rendered) -> bool:
        return time.time() - rendered.snapshot.finished_at > self.config.daemon.stale_after

    async def run(self, stop: asyncio.Event) -> None:
        """Rounds every daemon.interval (start to start) until `stop` is set."""
        while not stop.is_set():
            began = time.monotonic()
            try:
                await self.run_round()
            except Exception:  # a bug must not end the daemon; the round is lost, the next one runs
                log.exception("round_failed")
            wait = max(0.0, self.config.daemon.interval - (time.monotonic() - began))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=wait)
