"""`healthd pin ...` and `healthd probe-now`: the admin endpoints from a shell, stdlib only.

The token is read from the file $HEALTHD_ADMIN_TOKEN_FILE (or --token-file) names, never taken
on the command line, where `ps` and shell history would keep it.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request

from healthd.ci.http import default_url
from healthd.token_file import TOKEN_FILE_ENV, TokenFileError, read_token

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhd]?)$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """'2h', '30m', '90s', '7200' -> seconds; ValueError otherwise."""
    match = _DURATION.match(text.strip().lower())
    if not match:
        raise ValueError(f"a duration is a number with an optional unit s, m, h or d (2h, 30m), got {text!r}")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]


def call(method: str, path: str, *, url: str | None, token_file: str | None, body: object = None) -> tuple[int, str]:
    """One admin request; (HTTP status, body text). Raises TokenFileError, OSError (unreachable)."""
    env = dict(os.environ, **({TOKEN_FILE_ENV: token_file} if token_file else {}))
    token = read_token(env)
    if token is None:
        raise TokenFileError(f"set {TOKEN_FILE_ENV} (or --token-file) to the file holding the daemon's admin token")
    base = default_url(url).rstrip("/")
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{base}{path}", data=data, method=method)
    request.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read(64 * 1024).decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(64 * 1024).decode("utf-8", "replace")
