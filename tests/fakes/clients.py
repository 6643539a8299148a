"""Servers the real-client tests (tests/test_real_clients.py) put around containerd, cmd/go and skopeo.

Threaded stdlib servers on 127.0.0.1 (the clients run as subprocesses, so no event loop is needed):
a TCP server that accepts and never answers, an outage page, a path-prefix reverse proxy in front of a
registry, and a GOPROXY-protocol server holding real module zips.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import http.server
import io
import json
import socket
import threading
import zipfile
from dataclasses import dataclass, field


class HangServer:
    """Accepts TCP connections, never answers: a mirror whose host hangs. healthd's own probes dial it every round,
    so it counts apart the connections whose first bytes are not a request with healthd's User-Agent: another
    client's (containerd's HTTP request, skopeo's TLS hello, or nothing at all)."""

    def __init__(self, own_agent: bytes = b"user-agent: healthd/") -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port: int = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.accepted = 0
        self.others = 0  # connections that were not healthd's
        self._own = own_agent
        self._conns: list[socket.socket] = []
        threading.Thread(target=self._loop, daemon=True).start()

    def _loop(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            self._conns.append(conn)
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        try:
            first = conn.recv(4096)
        except OSError:
            first = b""  # it sent nothing in time: not healthd's probe, which asks at once
        if self._own not in first.lower():
            self.others += 1

    def close(self) -> None:
        self.sock.close()
        for conn in self._conns:
            conn.close()


class _Server:
    """A ThreadingHTTPServer on 127.0.0.1 serving `handler`; `requests` lists every path asked."""

    def __init__(self, handler: type[http.server.BaseHTTPRequestHandler]) -> None:
        self.requests: list[str] = []
        handler.server_state = self  # type: ignore[attr-defined]
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port: int = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_state: _Server

    def answer(self, status: int, body: bytes, content_type: str = "text/plain", head: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def outage_server(status: int = 503) -> _Server:
    """Every request answers `status` with an HTML maintenance page, as a CDN or proxy error page does."""
    page = f"<html><title>{status}</title><body><h1>We are down for maintenance</h1></body></html>".encode()

    class Outage(_Handler):
        def do_GET(self) -> None:
            self.server_state.requests.append(self.path)
            self.answer(status, page, "text/html", head=self.command == "HEAD")

        do_HEAD = do_GET

    return _Server(Outage)


def path_proxy(prefix: str, upstream_port: int) -> _Server:
    """A registry served under `prefix` (a mirror with a path): PREFIX/v2/... -> the registry's /v2/...."""

    class Proxy(_Handler):
        def do_GET(self) -> None:
            self.server_state.requests.append(f"{self.command} {self.path}")
            if not self.path.startswith(prefix + "/v2"):
                return self.answer(404, b"not under " + prefix.encode(), head=self.command == "HEAD")
            connection = http.client.HTTPConnection("127.0.0.1", upstream_port, timeout=10)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
            connection.request(self.command, self.path[len(prefix) :], headers=headers)
            response = connection.getresponse()
            body = response.read()
            connection.close()
            self.send_response(response.status)
            for key, value in response.getheaders():
                if key.lower() not in ("connection", "transfer-encoding", "content-length"):
                    self.send_header(key, value)
            # a HEAD keeps the upstream's size: containerd's resolve reads it
            self.send_header("Content-Length", response.getheader("Content-Length") or "0")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return None

        do_HEAD = do_GET

    return _Server(Proxy)


@dataclass(frozen=True)
class Module:
    """One module version as a GOPROXY serves it, with the go.sum hashes cmd/go computes (dirhash h1)."""

    path: str
    version: str = "v1.0.0"
    source: bytes = b'package lib\n\n// Hello greets.\nfunc Hello() string { return "hello, offline" }\n'

    @property
    def go_mod(self) -> bytes:
        return f"module {self.path}\n\ngo 1.19\n".encode()

    def zip(self) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in (("go.mod", self.go_mod), ("lib.go", self.source)):
                info = zipfile.ZipInfo(f"{self.path}@{self.version}/{name}", date_time=(2024, 1, 1, 0, 0, 0))
                archive.writestr(info, data, zipfile.ZIP_DEFLATED)
        return buffer.getvalue()

    def sums(self) -> tuple[str, str]:
        """(h1 of the zip, h1 of the go.mod): what `go mod download -json` reports as Sum and GoModSum."""
        with zipfile.ZipFile(io.BytesIO(self.zip())) as archive:
            summary = "".join(
                f"{hashlib.sha256(archive.read(n)).hexdigest()}  {n}\n" for n in sorted(archive.namelist())
            )
        mod_summary = f"{hashlib.sha256(self.go_mod).hexdigest()}  go.mod\n"
        return tuple(  # type: ignore[return-value]
            "h1:" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in (summary, mod_summary)
        )


@dataclass
class GoModuleProxy:
    """The GOPROXY protocol for `modules` (lower-case paths: no case encoding needed); any other module
    answers `unknown_status` (404 as proxy.golang.org does; 500 as a broken proxy does), and paths under
    one of `broken` answer 500 (a proxy failing on what it should serve)."""

    modules: list[Module]
    unknown_status: int = 404
    broken: tuple[str, ...] = ()
    server: _Server | None = field(default=None, init=False)

    def start(self) -> _Server:
        files: dict[str, tuple[bytes, str]] = {}
        for module in self.modules:
            info = json.dumps({"Version": module.version, "Time": "2024-01-01T00:00:00Z"}).encode()
            base = f"/{module.path}/@v/{module.version}"
            files[f"/{module.path}/@v/list"] = (f"{module.version}\n".encode(), "text/plain")
            files[f"/{module.path}/@latest"] = (info, "application/json")
            files[f"{base}.info"] = (info, "application/json")
            files[f"{base}.mod"] = (module.go_mod, "text/plain")
            files[f"{base}.zip"] = (module.zip(), "application/zip")
        unknown, broken = self.unknown_status, tuple(f"/{prefix}/" for prefix in self.broken)

        class Proxy(_Handler):
            def do_GET(self) -> None:
                self.server_state.requests.append(self.path)
                if self.path.startswith(broken):
                    self.answer(500, b"internal error\n")
                elif self.path in files:
                    self.answer(200, *files[self.path])
                else:
                    self.answer(unknown, f"not here: {self.path}\n".encode())

        self.server = _Server(Proxy)
        return self.server
