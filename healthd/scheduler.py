"""Rounds: every target probed at once (bounded), scored, decided, rendered, published.

The scheduler is the only writer of its `Board`; readers (server, metrics, `healthd check`) take
whatever was last published there and never trigger a probe.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from typing import Any

import aiohttp

from healthd.adapt import adapt, facts_of
from healthd.board import Board
from healthd.config import Config
from healthd.decide import decide
from healthd.model import HysteresisState, ProbeResult, Reason, Snapshot, Status, TargetReport
from healthd.probes import PROBES, ProbeContext, run_probe
from healthd.probes.fetch import probe_session
from healthd.render import Rendered
from healthd.scoring import score_components, total_score

log = logging.getLogger("healthd.scheduler")


class Scheduler:
    def __init__(self, config: Config, env: dict[str, str] | None = None) -> None:
        self.config = config
        self.env = dict(os.environ) if env is None else env
        self.board = Board()
        self._state = HysteresisState()
        self._round = 0
        self._session: aiohttp.ClientSession | None = None

    @property
    def hysteresis(self) -> HysteresisState:
        """Where the strategy engine stands; the next round starts from here."""
        return self._state

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

    def replace_config(self, config: Config) -> None:
        """Takes effect from the next round; the strategy state carries over if its strategy still exists."""
        self.config = config
        if self._state.current is not None and config.strategy(self._state.current) is None:
            self._state = HysteresisState()

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
        try:
            await asyncio.wait([task for *_, task in jobs], timeout=config.daemon.interval)
        except asyncio.CancelledError:  # a stop mid-round: end the probes with it, not at shutdown
            for *_, task in jobs:
                task.cancel()
            raise
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
        adapted = adapt(facts_of(config, components), decision)
        decision = adapted.decision
        self._round += 1
        snapshot = Snapshot(
            self._round,
            started,
            time.time(),
            score,
            components,
            decision,
            self._state,
            strategies=tuple(s.name for s in config.strategies),
            stale_after=config.daemon.stale_after,
            mirrors=adapted.mirrors,
        )
        rendered = Rendered.of(snapshot)
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
        self.board.publish(rendered)
        return rendered

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
