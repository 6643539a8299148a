"""HTTP CONNECT through the environment's proxy, for the kinds that dial a socket themselves (tcp).

Behind a corporate proxy a runner reaches the internet only through HTTPS_PROXY: a direct dial
reads a healthy proxied network as down. So when the environment names a proxy for a host
(HTTPS_PROXY / https_proxy, NO_PROXY respected, with urllib's semantics), the connection is opened
through it with CONNECT, within the probe's deadline, and the proxy's refusal is the probe's
verdict. `proxy_for` is also how the HTTP kinds find their proxy (healthd.probes.fetch.env_proxy).
Only http:// and https:// proxies are supported.
"""

from __future__ import annotations

import asyncio
import base64
import urllib.request
from collections.abc import Callable, Mapping
from urllib.parse import SplitResult, unquote, urlsplit

from healthd.model import Reason
from healthd.probes.base import ProbeFailure

# urllib's NO_PROXY matcher (host, {"no": NO_PROXY}) -> bool; public in urllib.request but absent from typeshed
_proxy_bypass_environment: Callable[[str, Mapping[str, str]], bool] = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]

HEAD_LIMIT = 16 * 1024  # the proxy's answer head; a longer one is not a CONNECT answer


def environment_proxies(env: Mapping[str, str]) -> dict[str, str]:
    """`urllib.request.getproxies_environment`, over a given environment: {'https': url, 'no': list, ...}."""
    proxies: dict[str, str] = {}
    for name, value in env.items():  # any case first ...
        if value and name[-6:].lower() == "_proxy":
            proxies[name[:-6].lower()] = value
    for name, value in env.items():  # ... then lower case wins, and an empty one unsets
        if name[-6:] == "_proxy":
            if value:
                proxies[name[:-6]] = value
            else:
                proxies.pop(name[:-6], None)
    return proxies


def proxy_for(host: str, env: Mapping[str, str], scheme: str = "https") -> SplitResult | None:
    """The proxy a `scheme` connection to `host` goes through (HTTPS_PROXY / HTTP_PROXY unless NO_PROXY covers
    the host), or None. A proxy written without a scheme is http://; one that is not http(s) is misconfigured."""
    proxies = environment_proxies(env)
    proxy = proxies.get(scheme)
    if not proxy or ("no" in proxies and _proxy_bypass_environment(host, {"no": proxies["no"]})):
        return None
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ProbeFailure(
            Reason.MISCONFIGURED, f"{scheme.upper()}_PROXY {where(parts)}: only http(s):// proxies are supported"
        )
    return parts


def proxy_authorization(proxy: SplitResult) -> dict[str, str]:
    """The Proxy-Authorization header for the credentials in the proxy's URL ({} when it has none)."""
    if proxy.username is None:
        return {}
    credentials = f"{unquote(proxy.username)}:{unquote(proxy.password or '')}"
    return {"Proxy-Authorization": "Basic " + base64.b64encode(credentials.encode()).decode()}


def where(proxy: SplitResult) -> str:
    """The proxy as host:port, never with its credentials."""
    return f"{proxy.scheme}://{proxy.hostname}:{proxy.port or _default_port(proxy)}"


def _default_port(proxy: SplitResult) -> int:
    return 443 if proxy.scheme == "https" else 80


def connect_request(proxy: SplitResult, host: str, port: int) -> bytes:
    authority = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    lines = [f"CONNECT {authority} HTTP/1.1", f"Host: {authority}"]
    lines += [f"{name}: {value}" for name, value in proxy_authorization(proxy).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def judge_connect(head: bytes, proxy: str, authority: str) -> None:
    """The proxy's answer to CONNECT: a 2xx opened the tunnel; anything else is why not (down)."""
    status_line = head.split(b"\r\n", 1)[0].decode("latin-1")
    parts = status_line.split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit():
        raise ProbeFailure(Reason.PROTOCOL_ERROR, f"proxy {proxy} answered CONNECT with {status_line[:80]!r}")
    status = int(parts[1])
    if status == 407:
        raise ProbeFailure(Reason.UNAUTHENTICATED, f"proxy {proxy} wants credentials (407) for {authority}")
    if not 200 <= status < 300:
        raise ProbeFailure(Reason.BAD_STATUS, f"proxy {proxy} refused CONNECT {authority}: {status_line[:80]!r}")


async def open_tunnel(proxy: SplitResult, host: str, port: int) -> asyncio.StreamWriter:
    """A connection to host:port through `proxy` (CONNECT); the caller's deadline bounds every step."""
    reader, writer = await asyncio.open_connection(
        proxy.hostname,
        proxy.port or _default_port(proxy),
        ssl=True if proxy.scheme == "https" else None,
        limit=HEAD_LIMIT,
    )
    try:
        writer.write(connect_request(proxy, host, port))
        await writer.drain()
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            raise ProbeFailure(
                Reason.CONNECTION_RESET, f"proxy {where(proxy)} closed before answering CONNECT"
            ) from None
        except asyncio.LimitOverrunError:
            raise ProbeFailure(
                Reason.PROTOCOL_ERROR, f"proxy {where(proxy)}: answer head over {HEAD_LIMIT} bytes"
            ) from None
        judge_connect(head, where(proxy), f"{host}:{port}")
    except BaseException:
        writer.close()
        raise
    return writer
