"""`healthd strategy`: the CI-side client. Stdlib only and quick to start: it runs in every workflow step.

It never breaks a workflow: whatever its arguments, the environment or the daemon do (unreachable,
warming up, stale until the timeout, an answer that is not healthd's), it prints an answer in the
asked format, falling back to the fallback strategy's (parameters from the config file when one is
readable), warns on stderr, and exits 0. A bad option is warned about and replaced by its default;
arguments it cannot parse at all give the fallback in JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import sys
import time
from typing import TYPE_CHECKING, NoReturn

from healthd.ci.answer import problem
from healthd.ci.http import default_url, get, parse_url
from healthd.formats import FORMATS, STRATEGY_NAME

if TYPE_CHECKING:
    from healthd.ci.cache import ClientFacts

DEFAULT_TIMEOUT = 5.0
MAX_TIMEOUT = 60.0
POLL_SECONDS = 0.25  # between tries while the daemon warms up or is stale: it may be ready any moment


class _ArgumentError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse would exit 2, failing the step
        raise _ArgumentError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="healthd strategy", description="Print the build strategy healthd chose.")
    p.add_argument("--url", default=default_url(), help="daemon URL [$HEALTHD_URL]")
    p.add_argument("--format", default="json", help=f"one of {', '.join(FORMATS)} (default json)")
    p.add_argument("--timeout", default=str(DEFAULT_TIMEOUT), help="seconds to wait for a fresh answer (0..60)")
    p.add_argument(
        "--fallback",
        default=None,
        help="strategy to print when healthd cannot answer (default: the config's last strategy, else 'emergency')",
    )
    p.add_argument("--config", default=None, help="config file for the fallback's parameters [$HEALTHD_CONFIG]")
    return p


def warn(message: str) -> None:
    print(f"healthd: warning: {message}", file=sys.stderr)


def _options(argv: list[str] | None) -> argparse.Namespace:
    """Parsed options, each bad one warned about and replaced by its default."""
    try:
        args, unknown = _parser().parse_known_args(argv)
    except _ArgumentError as exc:  # e.g. an option without its value
        warn(f"{exc}; using the defaults and the JSON format")
        args, unknown = _parser().parse_args([]), []
    if unknown:
        warn(f"ignoring unknown arguments {' '.join(unknown)[:80]!r}")
    if args.format not in FORMATS:
        warn(f"--format {args.format[:40]!r} is not one of {', '.join(FORMATS)}; using json")
        args.format = "json"
    args.timeout = clamp_timeout(args.timeout)
    if args.fallback is not None and not STRATEGY_NAME.fullmatch(args.fallback):
        warn(f"--fallback {args.fallback[:40]!r} is not a strategy name; using the config's last strategy")
        args.fallback = None
    return args


def clamp_timeout(value: str) -> float:
    """--timeout as seconds within 0..MAX_TIMEOUT; a non-number or NaN is the default, with a warning."""
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if math.isnan(seconds):
        warn(f"--timeout {value[:40]!r} is not a number of seconds; using {DEFAULT_TIMEOUT:g}")
        return DEFAULT_TIMEOUT
    clamped = min(max(seconds, 0.0), MAX_TIMEOUT)
    if clamped != seconds:
        warn(f"--timeout {value[:40]} is outside 0..{MAX_TIMEOUT:g} s; using {clamped:g}")
    return clamped


def ask(
    url: str, fmt: str, timeout: float, params: frozenset[str] | None = None, refused_for: float = math.inf
) -> tuple[bytes | None, str]:
    """(fresh answer, '') or (None, why not), polling while the daemon warms up or is stale, until timeout.

    `refused_for`: seconds after which refused connections end the polling (a node with no healthd at all
    must not cost the whole timeout; a restarting one is back within a few polls).
    """
    try:
        host, port, path = parse_url(url)
    except ValueError as exc:
        return None, str(exc)
    start = time.monotonic()
    deadline = start + timeout
    why = "--timeout 0: healthd was not asked"
    while time.monotonic() < deadline:
        try:
            status, body, headers = get(host, port, f"{path}/strategy?format={fmt}", deadline)
        except (OSError, ValueError) as exc:  # UnicodeError (an IDNA name) is a ValueError
            why = f"healthd unreachable at {url[:80]}: {exc}"
            if isinstance(exc, ConnectionRefusedError) and time.monotonic() - start >= refused_for:
                return None, why
        else:
            stale = headers.get("x-healthd-stale")
            if status == 200 and stale in ("true", "false"):
                bad = problem(fmt, body, params)
                if bad:
                    return None, f"{url[:80]} is not healthd: {bad}"
                if stale == "false":
                    return body, ""
                why = "healthd's last round is stale"
            elif status == 200:
                return None, f"{url[:80]} is not healthd: no X-Healthd-Stale header"
            elif status == 503:
                why = "healthd is warming up"
            else:
                return None, f"healthd answered HTTP {status}"
        time.sleep(max(0.0, min(POLL_SECONDS, deadline - time.monotonic())))
    return None, why


def config_facts(path: str | None) -> ClientFacts | None:
    """What the fallback and the answer check read from the config, or None (warned) when none can be read."""
    from healthd.ci.cache import facts
    from healthd.config.paths import default_config_path

    try:
        return facts(default_config_path(path))
    except Exception as exc:  # the last resort must not fail on a broken config or install either
        detail = f"{type(exc).__name__}: {exc}"
        with contextlib.suppress(Exception):
            from healthd.config.load import ConfigError  # imported already: facts() loaded the config

            detail = exc.summary(3) if isinstance(exc, ConfigError) else detail
        warn(f"no parameters for the fallback: {detail}")
    return None


def fallback(name: str | None, config: ClientFacts | None, fmt: str, why: str) -> bytes:
    """The answer printed when healthd cannot give one: stale, score 0, the fallback's parameters.

    It passes the check the daemon's answer passes (`problem`), else it is the built-in emergency answer:
    every caller (`strategy`, the hook, `healthd run`) prints or writes only what has healthd's shape."""
    from healthd.core.render import render
    from healthd.model import Decision, ParamValue, Snapshot

    params: dict[str, ParamValue] = {}
    if config is not None:
        strategies = dict(config.strategies)
        name = name or config.strategies[-1][0]
        if name not in strategies:
            warn(f"fallback strategy {name!r} is not in the config")
        else:
            params = dict(strategies[name])
    now = time.time()
    decision = Decision(name or "emergency", params, (f"fallback: {why}",))
    body = render(Snapshot(0, now, now, 0.0, (), decision), fmt, stale=True)
    wrong = problem(fmt, body)
    if wrong is not None:
        warn(f"the fallback answer is refused ({wrong}); using the emergency strategy")
        return LAST_RESORT[fmt]
    return body


LAST_RESORT = {
    "json": b'{"strategy":"emergency","score":0,"params":{},"reasons":["fallback: healthd strategy failed"],'
    b'"stale":true}\n',
    "env": b"HEALTHD_STRATEGY=emergency\nHEALTHD_SCORE=0\nHEALTHD_STALE=true\n",
    "shell": b"export HEALTHD_STRATEGY=emergency\nexport HEALTHD_SCORE=0\nexport HEALTHD_STALE=true\n",
    "text": b"emergency\n",
}


def main(argv: list[str] | None = None) -> int:
    fmt = "json"
    try:
        args = _options(argv)
        fmt = args.format
        # Parameter names are checked against the config only when one is named: the packaged
        # default need not be the daemon's config.
        named = args.config or os.environ.get("HEALTHD_CONFIG")
        config = config_facts(args.config) if named else None
        names = config.param_names if config is not None else None
        body, why = ask(args.url, fmt, args.timeout, names)
        if body is None:
            warn(f"{why}; using the fallback strategy")
            body = fallback(args.fallback, config if named else config_facts(None), fmt, why)
    except Exception as exc:  # a bug here must not fail the step either
        warn(f"healthd strategy failed ({type(exc).__name__}: {exc}); printing the emergency strategy")
        body = LAST_RESORT[fmt]
    sys.stdout.buffer.write(body)
    sys.stdout.flush()
    return 0
