"""A corporate forward proxy on 127.0.0.1 that speaks HTTP CONNECT (RFC 9110 9.3.6), as squid does.

It resolves and dials for its clients (`routes` maps an authority only it can reach to a real
address), may require Basic credentials (407), may refuse every CONNECT (`refuse`: a status), or
may accept and never answer (`silent`). Once a tunnel is up it relays bytes both ways.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
from dataclasses import dataclass, field


@dataclass
class ConnectProxy:
    routes: dict[str, tuple[str, int]] = field(default_factory=dict)  # "host:port" -> where it really goes
    credentials: str | None = None  # "user:password" required in Proxy-Authorization
    refuse: int | None = None
    silent: bool = False
    requests: list[str] = field(default_factory=list)
    _server: asyncio.Server | None = None
    _tasks: set[asyncio.Task] = field(default_factory=set)

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        return self._server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._tasks.add(asyncio.current_task())
        try:
            await self._serve(reader, writer)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
        request_line, *header_lines = head.split("\r\n")
        method, authority, _ = request_line.split(" ", 2)
        headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in header_lines if h)}
        self.requests.append(f"{method} {authority}")
        if self.silent:
            await asyncio.sleep(3600)
        if method != "CONNECT":
            return await _answer(writer, "405 Method Not Allowed")
        if self.credentials is not None:
            expected = "Basic " + base64.b64encode(self.credentials.encode()).decode()
            if headers.get("proxy-authorization") != expected:
                return await _answer(
                    writer, '407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp"'
                )
        if self.refuse is not None:
            return await _answer(writer, f"{self.refuse} Forbidden")
        host, _, port = authority.rpartition(":")
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(
                *self.routes.get(authority, (host, int(port)))
            )
        except OSError:
            return await _answer(writer, "502 Bad Gateway")
        await _answer(writer, "200 Connection established")
        await asyncio.gather(_relay(reader, upstream_writer), _relay(upstream_reader, writer))


async def _answer(writer: asyncio.StreamWriter, status: str) -> None:
    writer.write(f"HTTP/1.1 {status}\r\n\r\n".encode())
    await writer.drain()


async def _relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    writer.close()
