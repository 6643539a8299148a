"""`healthd strategy`: the CI-side client. Stdlib only and quick to start: it runs in every workflow step.

It never breaks a workflow: when the daemon is unreachable, warming up, or stale until the timeout,
it prints the fallback strategy's answer (parameters from the config file when one is readable),
warns on stderr, and still exits 0.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import time
from urllib.parse import urlsplit

from healthd.formats import FORMATS

DEFAULT_URL = "http://127.0.0.1:9180"
MAX_ANSWER_BYTES = 1024 * 1024


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="healthd strategy", description="Print the build strategy healthd chose.")
    p.add_argument("--url", default=os.environ.get("HEALTHD_URL", DEFAULT_URL), help="daemon URL [$HEALTHD_URL]")
    p.add_argument("--format", default="json", choices=FORMATS)
    p.add_argument("--timeout", type=float, default=5.0, help="seconds to wait for a fresh answer (default 5)")
    p.add_argument(
        "--fallback",
        default=None,
        help="strategy to print when healthd cannot answer (default: the config's last strategy, else 'emergency')",
    )
    p.add_argument("--config", default=None, help="config file for the fallback's parameters")
    return p


def http_get(url: str, path: str, timeout: float) -> tuple[int, bytes, dict[str, str]]:
    """One HTTP/1.0 GET of `path` on the daemon at `url`, over a plain socket (http.client would add 25 ms of
    imports: email, ...), all of it within `timeout` seconds. Raises OSError or ValueError."""
    parts = urlsplit(url)
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    request = f"GET {parts.path.rstrip('/')}{path} HTTP/1.0\r\nHost: {host}\r\n\r\n"
    deadline = time.monotonic() + timeout
    with socket.create_connection((parts.hostname, parts.port or 80), timeout=timeout) as sock:
        sock.sendall(request.encode())
        data = b""
        while len(data) <= MAX_ANSWER_BYTES:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no complete answer from {url} within {timeout:g}s")
            sock.settimeout(remaining)
            if not (chunk := sock.recv(65536)):
                break
            data += chunk
    head, sep, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    fields = lines[0].split(" ", 2)
    if not sep or len(fields) < 2 or not fields[0].startswith("HTTP/") or not fields[1].isdigit():
        raise ValueError(f"not an HTTP answer from {url}")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(fields[1]), body, headers


def ask(url: str, fmt: str, timeout: float) -> tuple[bytes | None, str]:
    """(fresh answer, '') or (None, why not), retrying while the daemon warms up, until timeout."""
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        return None, f"--url must be http://HOST:PORT (healthd serves plain HTTP), got {url!r}"
    deadline = time.monotonic() + timeout
    why = "no attempt"
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None, why
        try:
            status, body, headers = http_get(url, f"/strategy?format={fmt}", remaining)
        except (OSError, ValueError) as exc:
            why, retry_after = f"healthd unreachable at {url}: {exc}", 0.25
        else:
            if status == 200 and headers.get("x-healthd-stale") != "true":
                return body, ""
            if status == 200:
                why, retry_after = "healthd's last round is stale", 1.0
            elif status == 503:
                why, retry_after = "healthd is warming up", float(headers.get("retry-after", "1") or 1)
            else:
                return None, f"healthd answered HTTP {status}"
        time.sleep(max(0.0, min(retry_after, deadline - time.monotonic())))


def fallback(name: str | None, config_path: str | None, fmt: str, why: str) -> bytes:
    """The answer printed when healthd cannot give one: stale, score 0, the fallback's parameters."""
    from healthd.model import Decision, Snapshot
    from healthd.render import render

    params: dict = {}
    try:
        from healthd.config import ConfigError, default_config_path, load_config

        config = load_config(default_config_path(config_path))
        name = name or config.strategies[-1].name
        strategy = config.strategy(name)
        if strategy is None:
            print(f"healthd: warning: fallback strategy {name!r} is not in the config", file=sys.stderr)
        else:
            params = dict(strategy.params)
    except ConfigError as exc:
        print(f"healthd: warning: no parameters for the fallback: {exc}", file=sys.stderr)
    now = time.time()
    decision = Decision(name or "emergency", params, (f"fallback: {why}",))
    return render(Snapshot(0, now, now, 0.0, (), decision), fmt, stale=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    body, why = ask(args.url, args.format, args.timeout)
    if body is None:
        print(f"healthd: warning: {why}; using the fallback strategy", file=sys.stderr)
        body = fallback(args.fallback, args.config, args.format, why)
    sys.stdout.buffer.write(body)
    sys.stdout.flush()
    return 0
