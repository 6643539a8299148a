"""Rounds asked for from outside (POST /admin/probe): coalesced, so never two at once.

The scheduler's loop sleeps in `pause`; `request` wakes it (or, while a round runs, waits for that
one) and `answer` hands every waiter the round that ran.
"""

from __future__ import annotations

import asyncio

from healthd.core.render import Rendered


class OnDemand:
    def __init__(self) -> None:
        self.running = False  # a round is in flight: a request waits for it instead of starting one
        self._wake = asyncio.Event()
        self._waiters: list[asyncio.Future[Rendered]] = []

    async def request(self) -> Rendered:
        """A round now; while one runs, that round's answer."""
        waiter: asyncio.Future[Rendered] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        if not self.running:
            self._wake.set()
        return await waiter

    def answer(self, outcome: Rendered | BaseException) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if waiter.done():
                continue
            if isinstance(outcome, BaseException):
                waiter.set_exception(RuntimeError(f"the round failed: {outcome!r}"))
            else:
                waiter.set_result(outcome)

    async def pause(self, seconds: float, stop: asyncio.Event) -> None:
        """Sleeps `seconds`, ended early by `stop` or by a request."""
        self._wake.clear()
        waits = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())]
        try:
            await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in waits:
                task.cancel()
