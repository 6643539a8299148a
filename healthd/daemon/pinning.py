"""The incident pin as the daemon holds it: set, released, expired, dropped with its strategy.

The rules (what a pin is, how it applies) are pure, in healthd.core.pin; this object only keeps the
one in force and asks for the answer to be published again when it changes or runs out. Two pins
may be held: the admin pin (POST /admin/pin on this instance) and the fleet's pin file (read every
round by the scheduler); the admin pin wins on its instance.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from healthd.core import pin as pins
from healthd.model import Pin

log = logging.getLogger("healthd.scheduler")


class PinHolder:
    def __init__(self, strategies: tuple[str, ...], republish: Callable[[], None]) -> None:
        self.strategies = strategies  # of the running config: a pin must name one of them
        self._pin: Pin | None = None
        self._file_pin: Pin | None = None
        self._republish = republish
        self._timer: asyncio.TimerHandle | None = None

    def current(self, now: float | None = None) -> Pin | None:
        """The pin in force at `now` (default: now): the admin pin, else the file's; an expired one is forgotten."""
        return self.admin(now) or pins.active(self._file_pin, time.time() if now is None else now)

    def admin(self, now: float | None = None) -> Pin | None:
        """The admin pin alone (what /admin/pin sets and releases)."""
        self._pin = pins.active(self._pin, time.time() if now is None else now)
        return self._pin

    def set_file(self, pin: Pin | None) -> bool:
        """The fleet pin file's pin as the last round read it; True when that changed what is held."""
        changed, self._file_pin = pin != self._file_pin, pin
        return changed

    def set(self, pin: Pin | None) -> None:
        """Pins (or, with None, releases) the served strategy; the answer changes at once, and at expiry."""
        self._pin = pin
        self.close()
        if pin is not None:
            loop = asyncio.get_running_loop()
            self._timer = loop.call_at(loop.time() + max(0.0, pin.until - time.time()), self._republish)
        self._republish()

    def follow(self, strategies: tuple[str, ...]) -> None:
        """A reloaded config: a pin on a strategy that left it is dropped."""
        self.strategies = strategies
        if self._pin is not None and self._pin.strategy not in strategies:
            log.warning("pin_dropped", extra={"strategy": self._pin.strategy, "why": "strategy left the config"})
            self._pin = None
        if self._file_pin is not None and self._file_pin.strategy not in strategies:
            self._file_pin = None  # the next round reads the file again, and says why it refuses it

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
