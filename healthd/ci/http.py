"""The CI side's one HTTP client: a GET over a plain socket, all of it within one deadline. Stdlib only.

http.client and urllib would add 25-48 ms of imports (email, ssl) to every workflow step; healthd
serves plain HTTP on the runner's own network, so a socket, a deadline and a body cap are enough.
"""

from __future__ import annotations

import os
import re
import socket
import time
from typing import Any
from urllib.parse import urlsplit

DEFAULT_URL = "http://127.0.0.1:9180"


def default_url(explicit: str | None = None) -> str:
    """--url, else $HEALTHD_URL, else the local daemon: an empty one (a workflow's unset `vars.X`) counts as unset."""
    return explicit or os.environ.get("HEALTHD_URL") or DEFAULT_URL


MAX_ANSWER_BYTES = 1024 * 1024
_HOST = re.compile(r"[A-Za-z0-9.-]{1,253}|[0-9A-Fa-f:.]{2,45}")  # a name, IPv4 or IPv6 (brackets removed)
_PATH = re.compile(r"[A-Za-z0-9._~/%-]{0,512}")


def parse_url(url: str) -> tuple[str, int, str]:
    """(host, port, path) of an http://HOST[:PORT][/PATH] URL; ValueError says what is wrong."""
    shown = repr(url[:80])
    try:
        parts = urlsplit(url)
        port = parts.port or 80
    except ValueError as exc:  # a bad port, an unclosed [IPv6 bracket
        raise ValueError(f"--url / HEALTHD_URL {shown} is not a URL: {exc}") from None
    if parts.scheme != "http":
        raise ValueError(f"--url must be http://HOST:PORT (healthd serves plain HTTP), got {shown}")
    if not parts.hostname or not _HOST.fullmatch(parts.hostname) or parts.username or parts.query or parts.fragment:
        raise ValueError(f"--url must be http://HOST:PORT with no user, query or fragment, got {shown}")
    if not _PATH.fullmatch(parts.path):
        raise ValueError(f"--url path must be plain (letters, digits, ._~/%-), got {shown}")
    return parts.hostname, port, parts.path.rstrip("/")


AddressInfo = tuple[socket.AddressFamily, socket.SocketKind, int, str, tuple[Any, ...]]


def _resolve(host: str, port: int, timeout: float) -> AddressInfo:
    """getaddrinfo within `timeout`: a stuck resolver would otherwise outlast every deadline."""
    try:
        socket.inet_pton(socket.AF_INET6 if ":" in host else socket.AF_INET, host)
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]  # a literal: no lookup
    except OSError:
        pass
    import threading

    found: list[AddressInfo | Exception] = []

    def lookup() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0])
        except (OSError, UnicodeError) as exc:
            found.append(exc)

    thread = threading.Thread(target=lookup, daemon=True)
    thread.start()
    thread.join(timeout)
    if not found:
        raise TimeoutError(f"resolving {host} took over {timeout:.1f}s")
    if isinstance(found[0], Exception):
        raise found[0]
    return found[0]


def http_get(url: str, path: str, timeout: float) -> tuple[int, bytes, dict[str, str]]:
    """One GET of `path` (e.g. "/strategy?format=json") on the daemon at `url`, all of it within `timeout`.

    Raises ValueError for a URL healthd cannot serve or an answer that is not HTTP, OSError otherwise.
    """
    host, port, base = parse_url(url)
    return get(host, port, base + path, time.monotonic() + timeout)


def get(host: str, port: int, path: str, deadline: float) -> tuple[int, bytes, dict[str, str]]:
    """One HTTP/1.0 GET over a plain socket, all of it within `deadline` (monotonic).

    http.client would add 25 ms of imports (email, ...). The body is capped at MAX_ANSWER_BYTES.
    """
    family, kind, proto, _, address = _resolve(host, port, deadline - time.monotonic())
    with socket.socket(family, kind, proto) as sock:
        sock.settimeout(max(deadline - time.monotonic(), 0.001))
        sock.connect(address)
        name = f"[{host}]" if ":" in host else host
        sock.sendall(f"GET {path} HTTP/1.0\r\nHost: {name}\r\n\r\n".encode())
        data = b""
        while len(data) <= MAX_ANSWER_BYTES + 65536:  # a trickle cannot outlast the deadline
            sock.settimeout(max(deadline - time.monotonic(), 0.001))
            if not (chunk := sock.recv(65536)):
                break
            data += chunk
    head, sep, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    fields = lines[0].split(" ", 2)
    if not sep or len(fields) < 2 or not fields[0].startswith("HTTP/") or not fields[1].isdigit():
        raise ValueError("the answer is not HTTP")
    if len(body) > MAX_ANSWER_BYTES:
        raise ValueError(f"the answer is over {MAX_ANSWER_BYTES // 1024} KiB")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(fields[1]), body, headers
