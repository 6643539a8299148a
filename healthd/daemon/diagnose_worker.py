"""Where POST /diagnose matches a log: child processes, so a costly log cannot starve the event loop.

Matching holds the GIL (a thread would not protect the loop: with `re`, one 8 KB line the catalog backtracked on
once froze the daemon for 3 s; the patterns are RE2 now, but a 10 MiB log is still seconds of CPU), and the
catalog's compiled patterns would sit in the daemon's RSS for good. Here each diagnosis in
flight runs in its own long-lived child (`python -m healthd.daemon.diagnose_worker`, at most SLOTS of them,
spawned on first use), which it feeds the body as it arrives, in frames over a pipe; the loop only copies
bytes. The child holds a CPU-time limit per log (RLIMIT_CPU, reset before each log: the kernel kills it with
SIGXCPU past CPU_BUDGET seconds) and the daemon a wall-clock backstop (WALL_BUDGET); a child over either is
killed and a fresh one spawned for the next log.

Frames: 4-byte big-endian length, then the bytes; a zero length ends the log, and the child answers one
frame with the pickled Diagnosis (the child is this package's own code; it never unpickles anything).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import pickle
import resource
import signal
import struct
import sys
from collections.abc import Awaitable
from typing import TYPE_CHECKING, BinaryIO, TypeVar

if TYPE_CHECKING:  # the matcher (catalog, automaton) loads in the children, and in the daemon on first answer
    from healthd.diagnose.findings import Diagnosis

T = TypeVar("T")
log = logging.getLogger("healthd.diagnose")

SLOTS = 2  # diagnoses in flight at once; beyond them POST /diagnose answers 503 with Retry-After
CPU_BUDGET = 5  # CPU seconds one log may cost the child (a 10 MiB real log costs well under 1 s)
WALL_BUDGET = 20.0  # seconds from the end of the body to the answer, however busy the machine
IDLE_RETIRE = 60.0  # seconds an idle child is kept for the next log (each holds ~25 MB), then it exits
MAX_ANSWER_BYTES = 1 << 20
_LENGTH = struct.Struct(">I")


class Overbudget(Exception):
    """The log cost more than the budget (or the child died): it was killed, the next log gets a fresh one."""


class _Child:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.retire: asyncio.TimerHandle | None = None

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()


class Workers:
    """At most SLOTS children, each serving one log at a time; `run` feeds one log through one of them."""

    def __init__(self, slots: int = SLOTS, cpu_budget: int = CPU_BUDGET, wall_budget: float = WALL_BUDGET) -> None:
        self.slots = slots
        self.cpu_budget = cpu_budget
        self.wall_budget = wall_budget
        self._idle: list[_Child] = []
        self._busy: set[_Child] = set()
        self._reserved = 0
        self._reaping: set[asyncio.Task[None]] = set()

    def try_acquire(self) -> bool:
        """Takes a slot if one is free (the caller then calls `session` and must close it)."""
        if self._reserved >= self.slots:
            return False
        self._reserved += 1
        return True

    def session(self) -> Session:
        return Session(self)

    async def _child(self) -> _Child:
        while self._idle:
            child = self._idle.pop()
            if child.retire is not None:
                child.retire.cancel()
            if child.process.returncode is None:
                return child
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "healthd.daemon.diagnose_worker",
            str(self.cpu_budget),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=None,
        )
        return _Child(process)

    def _release(self, child: _Child | None, healthy: bool) -> None:
        self._reserved -= 1
        if child is None:
            return
        self._busy.discard(child)
        if healthy and child.process.returncode is None:
            self._idle.append(child)
            child.retire = asyncio.get_running_loop().call_later(IDLE_RETIRE, self._retire, child)
        else:
            child.kill()
            self._reap_later(child)

    def _retire(self, child: _Child) -> None:
        if child in self._idle:
            self._idle.remove(child)
            stdin = child.process.stdin
            if stdin is not None:
                stdin.close()  # the child's loop ends at EOF and it exits
            self._reap_later(child)

    def _reap_later(self, child: _Child) -> None:
        task = asyncio.get_running_loop().create_task(_reap(child))
        self._reaping.add(task)
        task.add_done_callback(self._reaping.discard)

    @property
    def children(self) -> int:
        """Children alive (idle or busy)."""
        return len(self._idle) + len(self._busy)

    async def close(self) -> None:
        """Kills every child (the daemon's cleanup)."""
        children = [*self._idle, *self._busy]
        self._idle.clear()
        self._busy.clear()
        for child in children:
            if child.retire is not None:
                child.retire.cancel()
            child.kill()
        for child in children:
            await _reap(child)
        await asyncio.gather(*self._reaping, return_exceptions=True)


async def _reap(child: _Child) -> None:
    try:
        await asyncio.wait_for(child.process.wait(), 5)
    except TimeoutError:
        child.kill()
        await child.process.wait()


class Session:
    """One log through one child: `feed` chunks as they arrive, then `finish`; `close` always (a slot back)."""

    def __init__(self, workers: Workers) -> None:
        self._workers = workers
        self._child: _Child | None = None
        self._healthy = False
        self._waited = 0.0  # seconds spent waiting on the matcher for this log: one wall budget for all of it

    async def _within_budget(self, waiting: Awaitable[T]) -> T:
        """`waiting` within what is left of the log's wall budget (TimeoutError past it)."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            return await asyncio.wait_for(waiting, max(0.0, self._workers.wall_budget - self._waited))
        finally:
            self._waited += loop.time() - started

    async def feed(self, data: bytes) -> None:
        if not data:
            return
        child = await self._ensure()
        stdin = child.process.stdin
        assert stdin is not None
        try:
            stdin.write(_LENGTH.pack(len(data)) + data)
            # the child reads as fast as it matches: backpressure, no pile-up here; a child stuck on one chunk
            # longer than the wall budget (its CPU limit not reached on a starved machine) is given up on
            await self._within_budget(stdin.drain())
        except TimeoutError:
            raise Overbudget(f"the matcher took more than {self._workers.wall_budget:g} s on this log") from None
        except (ConnectionError, BrokenPipeError) as exc:
            raise Overbudget("the matcher stopped while the log was being fed") from exc

    async def finish(self) -> Diagnosis:
        child = await self._ensure()
        try:
            diagnosis = await self._within_budget(self._answer(child))
        except TimeoutError:
            raise Overbudget(f"no diagnosis within {self._workers.wall_budget:g} s") from None
        self._healthy = True
        return diagnosis

    async def _answer(self, child: _Child) -> Diagnosis:
        from healthd.diagnose.findings import Diagnosis

        stdin, stdout = child.process.stdin, child.process.stdout
        assert stdin is not None and stdout is not None
        try:
            stdin.write(_LENGTH.pack(0))
            await stdin.drain()
            (length,) = _LENGTH.unpack(await stdout.readexactly(_LENGTH.size))
            if length > MAX_ANSWER_BYTES:
                raise Overbudget("the matcher's answer is too large")
            answer = pickle.loads(await stdout.readexactly(length))
        except (ConnectionError, asyncio.IncompleteReadError) as exc:
            with contextlib.suppress(TimeoutError):  # its exit says why it went
                await asyncio.wait_for(child.process.wait(), 1.0)
            if child.process.returncode == -signal.SIGXCPU:
                raise Overbudget(f"the log cost more than {self._workers.cpu_budget} s of CPU") from exc
            raise Overbudget(f"the matcher exited ({child.process.returncode}) before answering") from exc
        if not isinstance(answer, Diagnosis):
            raise Overbudget("the matcher's answer is not a diagnosis")
        return answer

    async def _ensure(self) -> _Child:
        if self._child is None:
            self._child = await self._workers._child()
            self._workers._busy.add(self._child)
        return self._child

    def close(self) -> None:
        """Gives the slot back: the child to the idle list after a whole answer, else killed."""
        self._workers._release(self._child, self._healthy)
        self._child = None


# --- the child ------------------------------------------------------------------------------------------------
def _cpu_used() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _read_exactly(stream: BinaryIO, n: int) -> bytes:
    data = stream.read(n)
    if len(data) != n:
        raise EOFError
    return data


def serve_child(cpu_budget: int, stdin: BinaryIO, stdout: BinaryIO) -> None:
    """The child's loop: one log after another until its stdin closes."""
    from healthd.diagnose.matcher import Scanner

    while True:
        # the budget starts anew with each log; soft past the hard limit is refused, so the hard stays as it was
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = math.ceil(_cpu_used()) + cpu_budget
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
        scanner = Scanner()
        try:
            while length := _LENGTH.unpack(_read_exactly(stdin, _LENGTH.size))[0]:
                scanner.feed(_read_exactly(stdin, length))
        except EOFError:
            return
        answer = pickle.dumps(scanner.finish())
        stdout.write(_LENGTH.pack(len(answer)) + answer)
        stdout.flush()


def main() -> int:
    budget = int(sys.argv[1]) if len(sys.argv) > 1 else CPU_BUDGET
    with contextlib.suppress(OSError):
        os.nice(5)  # the probes' process comes first
    with contextlib.suppress(KeyboardInterrupt, BrokenPipeError):
        serve_child(budget, sys.stdin.buffer, sys.stdout.buffer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
