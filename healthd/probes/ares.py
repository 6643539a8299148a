"""c-ares channels driven by the running event loop and kept between dns probes.

Opening a c-ares channel reads the resolver configuration and, in pycares' default mode, starts a
thread; closing one hands it to pycares' shutdown thread. Per probe that was about half of a dns
probe's CPU (py-spy, docs/performance.md). So each event loop keeps idle channels per
(nameservers, timeout), and a probe borrows one for its one query: a channel never carries two
probes' queries, so cancelling it (ares_cancel) ends exactly the query of a probe that is
cancelled or reaches its deadline, and the channel goes back clean. No threads: c-ares says which
sockets to watch (sock_state_cb) and the loop calls it back; a timer lets c-ares expire a try and
move on to the next server.

Channels for the system's resolvers are keyed by /etc/resolv.conf's identity too, so an edited
file gets a fresh channel. c-ares remembers which servers failed on a kept channel and asks the
others first, as a long-running resolver would.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import weakref
from collections.abc import Iterator, Sequence
from typing import Any

import pycares

from healthd.config.targets import MAX_CONCURRENCY

RESOLV_CONF = "/etc/resolv.conf"
IDLE_PER_LOOP = MAX_CONCURRENCY  # idle channels kept per loop (at most one per probe in flight); more are closed

Key = tuple[tuple[str, ...], float, tuple[int, ...]]


class DnsError(Exception):
    """c-ares ended the query: args are (ares status code, message)."""


class Channel:
    """One c-ares channel whose sockets the running loop watches; one query at a time."""

    def __init__(self, nameservers: Sequence[str], timeout: float) -> None:
        self._reading: set[int] = set()
        self._writing: set[int] = set()
        self._timer: asyncio.TimerHandle | None = None
        # tries=1: one try per server; run_probe's `attempts` are the retries, its deadline the bound.
        self._channel = pycares.Channel(
            sock_state_cb=self._watch, timeout=timeout, tries=1, resolvconf_path=RESOLV_CONF
        )
        if nameservers:
            self._channel.servers = list(nameservers)

    async def query(self, name: str, record_type: int) -> Any:
        """The answer (a pycares.DNSResult); DnsError when c-ares fails it. Cancelling cancels the query."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

        def done(result: Any, status: int | None) -> None:
            if future.done():  # cancelled by its probe: this is c-ares' ARES_ECANCELLED
                return
            if status is None:
                future.set_result(result)
            else:
                future.set_exception(DnsError(status, pycares.errno.strerror(status)))

        try:
            self._channel.query(name, record_type, callback=done)
        except pycares.AresError as exc:  # e.g. a malformed name, refused before anything is sent
            raise DnsError(*exc.args) from None
        self._arm(future)
        try:
            return await future
        except asyncio.CancelledError:
            self._channel.cancel()  # the query ends with its probe, whatever c-ares' own timeout says
            raise
        finally:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

    def idle(self) -> bool:
        """No query in flight: no socket watched, no try pending in c-ares."""
        return not (self._reading or self._writing) and self._channel.timeout() == 0.0

    def close(self) -> None:
        loop = asyncio.get_running_loop()
        for fd in self._reading:
            loop.remove_reader(fd)
        for fd in self._writing:
            loop.remove_writer(fd)
        self._reading.clear()
        self._writing.clear()
        self._channel.close()

    def _watch(self, fd: int, readable: bool, writable: bool) -> None:
        try:
            loop = asyncio.get_running_loop()  # c-ares calls back from query(), cancel() or a loop callback
        except RuntimeError:  # pycares' shutdown thread destroying a channel: nothing is watched by then
            return
        if readable and fd not in self._reading:
            loop.add_reader(fd, self._channel.process_fd, fd, pycares.ARES_SOCKET_BAD)
            self._reading.add(fd)
        elif not readable and fd in self._reading:
            loop.remove_reader(fd)
            self._reading.discard(fd)
        if writable and fd not in self._writing:
            loop.add_writer(fd, self._channel.process_fd, pycares.ARES_SOCKET_BAD, fd)
            self._writing.add(fd)
        elif not writable and fd in self._writing:
            loop.remove_writer(fd)
            self._writing.discard(fd)

    def _arm(self, future: asyncio.Future[Any]) -> None:
        """Wakes c-ares when its try expires, so it can fail the query or ask the next server."""
        if not future.done():
            delay = self._channel.timeout()  # 0.0: a try expired already
            self._timer = asyncio.get_running_loop().call_later(max(delay, 0.01), self._expire, future)

    def _expire(self, future: asyncio.Future[Any]) -> None:
        self._timer = None
        self._channel.process_fd(pycares.ARES_SOCKET_BAD, pycares.ARES_SOCKET_BAD)
        self._arm(future)


class Pool:
    """Idle channels by key, at most IDLE_PER_LOOP in all."""

    def __init__(self) -> None:
        self._idle: dict[Key, list[Channel]] = {}
        self._count = 0

    @contextlib.contextmanager
    def borrow(self, nameservers: Sequence[str], timeout: float) -> Iterator[Channel]:
        key = (tuple(nameservers), timeout, () if nameservers else _resolv_conf_identity())
        idle = self._idle.get(key)
        if idle:
            channel = idle.pop()
            self._count -= 1
        else:
            channel = Channel(nameservers, timeout)
        try:
            yield channel
        finally:  # query() leaves no query in flight, whatever ended it; a channel that has one is not kept
            if self._count < IDLE_PER_LOOP and channel.idle():
                self._idle.setdefault(key, []).append(channel)
                self._count += 1
            else:
                channel.close()

    def idle(self) -> int:
        return self._count


_pools: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Pool] = weakref.WeakKeyDictionary()


def pool() -> Pool:
    """The running loop's pool: a channel's sockets belong to the loop that watches them."""
    loop = asyncio.get_running_loop()
    found = _pools.get(loop)
    if found is None:
        found = _pools[loop] = Pool()
    return found


def _resolv_conf_identity() -> tuple[int, ...]:
    try:
        st = os.stat(RESOLV_CONF)
    except OSError:
        return ()
    return (st.st_ino, st.st_size, st.st_mtime_ns)
