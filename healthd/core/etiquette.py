"""Fleet etiquette: hundreds of sidecars must not become the load that trips a public service's limits.

Pure logic, clocks and random numbers passed in: round jitter, back-off on a target that keeps
failing (bounded by what the hysteresis needs to notice recovery), and a per-host request budget.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

JITTER_SHARE = 0.1  # a round starts up to 10% of the interval late, so a fleet's rounds spread out
FIRST_ROUND_MAX_DELAY = 1.0  # seconds: warm-up stays short
BACKOFF_AFTER = 3  # consecutive down rounds before a target is skipped at all


def round_delay(interval: float, elapsed: float, rng: random.Random) -> float:
    """Seconds to wait after a round that took `elapsed`: the rest of the interval plus a random share of it."""
    return max(0.0, interval - elapsed) + rng.uniform(0.0, JITTER_SHARE * interval)


def first_round_delay(interval: float, rng: random.Random) -> float:
    """A small random delay before the first round: runners booted together do not probe in step."""
    return rng.uniform(0.0, min(FIRST_ROUND_MAX_DELAY, JITTER_SHARE * interval))


def skip_rounds(failures: int, upgrade_after: int) -> int:
    """Rounds to skip a target after `failures` consecutive down rounds.

    None before BACKOFF_AFTER failures, then 1, 2, 4... but never more than upgrade_after - 1: a
    failing target is still probed at least once every `upgrade_after` rounds, so its recovery shows
    at most upgrade_after - 1 rounds late and an upgrade takes at most 2 x upgrade_after - 1 rounds.
    """
    if failures < BACKOFF_AFTER:
        return 0
    rounds: int = 2 ** (failures - BACKOFF_AFTER)  # failures >= BACKOFF_AFTER: an int
    return min(rounds, upgrade_after - 1)


@dataclass(slots=True)
class Backoff:
    """One target's back-off: consecutive down rounds, and rounds left to skip."""

    failures: int = 0
    skip: int = 0

    def due(self) -> bool:
        """Whether this round probes the target; a skipped round counts one down."""
        if self.skip > 0:
            self.skip -= 1
            return False
        return True

    def record(self, down: bool, upgrade_after: int) -> None:
        """After a probe: a down result grows the back-off, anything else ends it."""
        self.failures = self.failures + 1 if down else 0
        self.skip = skip_rounds(self.failures, upgrade_after)


class HostBudget:
    """A token bucket per host: at most `per_minute` requests a minute, in bursts of up to `per_minute`.

    Bounded: hosts are the config's (and what it allows to redirect to); a host idle for a full
    refill is forgotten.
    """

    def __init__(self, per_minute: float) -> None:
        self.per_minute = per_minute
        self._buckets: dict[str, tuple[float, float]] = {}  # host -> (tokens, at)

    def take(self, host: str, now: float) -> bool:
        """Spends one request to `host` at `now` (monotonic seconds); False when the budget is spent."""
        tokens, at = self._buckets.get(host, (self.per_minute, now))
        tokens = min(self.per_minute, tokens + (now - at) * self.per_minute / 60.0)
        if tokens < 1.0:
            self._buckets[host] = (tokens, now)
            return False
        self._buckets[host] = (tokens - 1.0, now)
        if len(self._buckets) > 1024:  # forget buckets refilled by now: a fresh one is full too
            refill = self.per_minute / 60.0
            self._buckets = {
                host: (t, a) for host, (t, a) in self._buckets.items() if t + (now - a) * refill < self.per_minute
            }
        return True
