"""Rounds: every target probed at once (bounded), scored, decided, rendered, published.

The scheduler is the only writer of its `Board`; readers (server, metrics, `healthd check`) take
whatever was last published there and never trigger a probe. Two operator actions reach it from
outside, each through a small object of its own: the pin (`pins`, a PinHolder: re-rendered at once)
and rounds on demand (`on_demand`: a round now, coalesced).

Etiquette (healthd.core.etiquette): rounds start with jitter, a target that keeps failing is skipped
for a few rounds (bounded by the hysteresis), and requests per host are capped. A result that is
not the service's doing (local_error, throttled) or a skipped target keeps its last status
(healthd.core.carry).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import random
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import aiohttp

from healthd.config.types import Config
from healthd.core.adapt import Facts, adapt, facts_of
from healthd.core.carry import NOT_COUNTED, counted, is_failure, skipped
from healthd.core.decide import decide
from healthd.core.etiquette import Backoff, HostBudget, first_round_delay, round_delay
from healthd.core.fleet import FleetView, annotate
from healthd.core.pin import apply as apply_pin
from healthd.core.render import Rendered
from healthd.core.scoring import score_components, total_score
from healthd.daemon.board import Board
from healthd.daemon.fleet import FleetReader, new_member_id, read_pin_file
from healthd.daemon.on_demand import OnDemand
from healthd.daemon.pinning import PinHolder
from healthd.model import HysteresisState, ProbeResult, Reason, Snapshot, Status, TargetReport
from healthd.probes.base import ProbeContext, run_probe
from healthd.probes.fetch import probe_session
from healthd.probes.kinds import PROBES

if TYPE_CHECKING:  # `healthd check` runs rounds too, and never loads sqlite3
    from healthd.daemon.state import Restored

log = logging.getLogger("healthd.scheduler")


class Scheduler:
    def __init__(self, config: Config, env: dict[str, str] | None = None) -> None:
        self.config = config
        self.env = dict(os.environ) if env is None else env
        self.board = Board()
        self._state = HysteresisState()
        self._round = 0
        self._session: aiohttp.ClientSession | None = None
        self._budget = HostBudget(config.daemon.host_requests_per_minute)
        self._last: dict[tuple[str, str], ProbeResult] = {}  # each target's last probed result
        self._backoff: dict[tuple[str, str], Backoff] = {}
        self._rng = random.Random()
        self.pins = PinHolder(tuple(s.name for s in config.strategies), self._republish)
        self.on_demand = OnDemand()
        # the last round as decided, its config's strategy params, and what adapt reads of it
        self._unpinned: tuple[Snapshot, dict[str, Any], Facts] | None = None
        self._observed: dict[tuple[str, str], float] = {}  # when each target was last really observed
        self.member_id = new_member_id()  # exported only with a `fleet:` section; one per process
        self._fleet: FleetReader | None = None
        self._pin_file_error: str | None = None
        self.restored = False  # the hysteresis came back from daemon.state_dir (a warm start may seed it if not)

    @property
    def hysteresis(self) -> HysteresisState:
        """Where the strategy engine stands; the next round starts from here."""
        return self._state

    def restore(self, state: Restored) -> None:
        """State read back at start, before the first round: the round count, the admin pin (with its
        `until`, if it still runs and names a strategy of the config) and the hysteresis (if fresh enough
        and its strategies are still in the config). Sets `restored` when the hysteresis came back."""
        self._round = max(self._round, state.round)
        hysteresis = state.hysteresis
        names = {s.name for s in self.config.strategies}
        if hysteresis is not None and {hysteresis.current, hysteresis.toward} - {None} <= names:
            self._state, self.restored = hysteresis, True
        pin = state.pin
        if pin is not None and pin.strategy in names and pin.until > time.time():
            self.pins.set(pin)
        log.info(
            "state_restored",
            extra={
                "rounds": len(state.marks),
                "hysteresis": self._state.current if self.restored else None,
                "streak": self._state.streak if self.restored else 0,
                "hysteresis_age_seconds": round(time.time() - state.hysteresis_at, 1) if state.hysteresis_at else None,
                "pin": held.strategy if (held := self.pins.current()) else None,
            },
        )

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
        self._budget.per_minute = config.daemon.host_requests_per_minute
        if self._state.current is not None and config.strategy(self._state.current) is None:
            self._state = HysteresisState()
        self.pins.follow(tuple(s.name for s in config.strategies))

    def _fleet_reader(self, config: Config) -> FleetReader | None:
        """The reader of the config's `fleet:` section (rebuilt when the section changed); None without one."""
        settings = config.fleet
        if settings is None or settings.prometheus is None:
            self._fleet = None
        elif self._fleet is None or (self._fleet.settings, self._fleet.timeout, self._fleet.keep_seconds) != (
            settings,
            config.fleet_timeout,
            config.daemon.stale_after,
        ):  # a reload that changes stale_after changes how long the cached view is kept
            self._fleet = FleetReader(
                settings, self.member_id, self.env, config.daemon.stale_after, config.fleet_timeout
            )
        return self._fleet

    async def _warm_start(self, config: Config, reader: FleetReader | None) -> list[str]:
        """A fresh instance (no state restored, before its first round) starts from what its peers serve.

        The collapse rule still wins: decide() goes to the lowest strategy at once whatever the state.
        """
        if reader is None or self.restored or self._round != 0 or self._state != HysteresisState():
            return []
        assert self._session is not None
        state, why = await reader.warm_start(
            self._session, config.daemon.stale_after, tuple(s.name for s in config.strategies)
        )
        if state is not None and self._state == HysteresisState():
            self._state = state
            log.info("warm_start", extra={"strategy": state.current})
        return [why] if why else []

    async def _read_fleet(self, config: Config, reader: FleetReader | None) -> tuple[FleetView | None, list[str]]:
        if reader is None:
            return None, []
        assert self._session is not None
        view, why = await reader.view(self._session, config.daemon.stale_after)
        return view, [why] if why else []

    def _read_pin_file(self, config: Config, now: float) -> list[str]:
        """The fleet's pin file, every round: held in the PinHolder (the admin pin still wins)."""
        path = config.fleet.pin_file if config.fleet is not None else None
        pin, why = read_pin_file(path, tuple(s.name for s in config.strategies), now) if path else (None, None)
        if why != self._pin_file_error:
            if why:
                log.warning("fleet_pin_file_refused", extra={"file": path, "why": why})
            self._pin_file_error = why
        if self.pins.set_file(pin):
            log.warning(
                "fleet_pin_file", extra={"file": path, "strategy": pin.strategy if pin else None, "held": bool(pin)}
            )
        return [why] if why else []

    async def _probe_all(self, config: Config) -> dict[str, list[TargetReport]]:
        await self._fit_session(config.daemon.concurrency)
        assert self._session is not None, "use `async with Scheduler(...)`"
        ctx = ProbeContext(session=self._session, env=self.env, budget=self._budget)
        gate = asyncio.Semaphore(config.daemon.concurrency)

        async def one(cname: str, target: Any) -> ProbeResult:
            async with gate:
                previous = self._last.get((cname, target.name))
                return await run_probe(PROBES[target.kind], target, replace(ctx, previous=previous))

        keys = [(cname, t) for cname, component in config.components.items() for t in component.targets]
        configured = {(c, t.name) for c, t in keys}  # built once: a set per item was O(targets^2)
        self._last = {k: v for k, v in self._last.items() if k in configured}
        self._observed = {k: v for k, v in self._observed.items() if k in configured}
        self._backoff = {k: self._backoff.get(k, Backoff()) for k in configured}
        jobs = {
            (cname, target.name): asyncio.create_task(one(cname, target))
            for cname, target in keys
            if (cname, target.name) not in self._last or self._backoff[(cname, target.name)].due()
        }
        try:
            if jobs:  # a round never outlives its interval: whatever the semaphore queued too long is a timeout
                await asyncio.wait(jobs.values(), timeout=config.daemon.interval)
        except asyncio.CancelledError:  # a stop mid-round: end the probes with it, not at shutdown
            for pending in jobs.values():
                pending.cancel()
            raise
        reports: dict[str, list[TargetReport]] = {name: [] for name in config.components}
        now = time.time()  # the round's results are judged together: one clock reading for all of them
        for cname, target in keys:
            key = (cname, target.name)
            task = jobs.get(key)
            backoff = self._backoff[key]
            if task is None:
                result = skipped(self._last[key], backoff.failures)
            else:
                if task.done():
                    probed = task.result()
                else:
                    task.cancel()
                    probed = ProbeResult(Status.DOWN, Reason.TIMEOUT, config.daemon.interval, "round deadline passed")
                result = self._last[key] = counted(probed, self._last.get(key))
                backoff.record(is_failure(probed), config.hysteresis.upgrade_after)
                if probed.reason not in NOT_COUNTED:
                    self._observed[key] = now
            reports[cname].append(
                TargetReport(
                    target.name, target.kind, result, probed=task is not None, observed_at=self._observed.get(key)
                )
            )
        _log_local_errors(reports)
        return reports

    async def run_round(self) -> Rendered:
        """Probes every target once, decides, renders, publishes; returns what it published.

        Whoever asked `on_demand` for a round meanwhile gets this round's answer.
        """
        self.on_demand.running = True
        try:
            rendered = await self._one_round()
        except BaseException as exc:
            self.on_demand.answer(exc)
            raise
        finally:
            self.on_demand.running = False
        self.on_demand.answer(rendered)
        return rendered

    async def _one_round(self) -> Rendered:
        config = self.config
        started = time.time()
        reader = self._fleet_reader(config)
        extra = self._read_pin_file(config, started)
        # the fleet's queries run beside the probes, each within fleet.timeout (at most daemon.timeout)
        warm = asyncio.create_task(self._warm_start(config, reader))
        fleet = asyncio.create_task(self._read_fleet(config, reader))
        collecting = gc.isenabled()
        # The cyclic collector is off while the probes are in flight (at most daemon.interval): every probe
        # in flight holds a task, a connection, timers and aiohttp's request objects, and each collection
        # walked them all again. Reference counting still frees nearly everything; what only a collection
        # frees (tracebacks, aiohttp's cycles) waits until the probes are done.
        gc.disable()
        try:
            reports = await self._probe_all(config)
            extra += await warm
            view, fleet_reasons = await fleet
        finally:
            if collecting:
                gc.enable()  # the round's cyclic garbage goes at the next collection, as the loop allocates
            for task in (warm, fleet):
                task.cancel()
        components = score_components({n: c.weight for n, c in config.components.items()}, reports)
        score = total_score(components)
        decision, self._state = decide(config.strategies, config.hysteresis, score, components, self._state)
        if config.fleet is not None:
            components, scoped = annotate(components, view, config.fleet.min_peers)
            extra += fleet_reasons + scoped
        if extra:
            decision = replace(decision, reasons=(*decision.reasons, *extra))
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
            fleet_member=self.member_id if config.fleet is not None else None,
        )
        self._unpinned = (snapshot, {s.name: s.params for s in config.strategies}, facts_of(config, components))
        rendered = self._render()
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
                "strategy": rendered.snapshot.decision.strategy,
                "duration_seconds": round(snapshot.duration_seconds, 3),
            },
        )
        self.board.publish(rendered)
        return rendered

    def _render(self) -> Rendered:
        """The last round as served: its own decision, or the pin's while one holds, then adapted to the
        endpoints that answered (GOPROXY, mirrors, the builder's cache exporters)."""
        assert self._unpinned is not None
        snapshot, params, facts = self._unpinned
        now = time.time()
        adapted = adapt(facts, apply_pin(snapshot.decision, self.pins.current(now), params, now))
        return Rendered.of(replace(snapshot, decision=adapted.decision, mirrors=adapted.mirrors))

    def _republish(self) -> None:
        if self._unpinned is not None:
            self.board.publish(self._render())

    async def run(self, stop: asyncio.Event) -> None:
        """Rounds every daemon.interval plus jitter (start to start) until `stop` is set."""
        await self.on_demand.pause(first_round_delay(self.config.daemon.interval, self._rng), stop)
        while not stop.is_set():
            began = time.monotonic()
            try:
                await self.run_round()
            except Exception:  # a bug must not end the daemon; the round is lost, the next one runs
                log.exception("round_failed")
            if not stop.is_set():
                elapsed = time.monotonic() - began
                await self.on_demand.pause(round_delay(self.config.daemon.interval, elapsed, self._rng), stop)
        self.pins.close()


def _log_local_errors(reports: dict[str, list[TargetReport]]) -> None:
    """One line per round, however many probes this host failed: no traceback, no flood."""
    local = [t for targets in reports.values() for t in targets if t.result.reason is Reason.LOCAL_ERROR]
    if local:
        log.warning(
            "local_resource_exhaustion",
            extra={"targets": len(local), "cause": local[0].result.detail.split(";")[0], "counted": False},
        )
