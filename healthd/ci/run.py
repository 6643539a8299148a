"""`healthd run [--url URL] [--attempts N] [--wait SECONDS] -- CMD ARGS...`: a build command retried only when
healthd's diagnosis says the failure was the infrastructure's and a retry can help.

The command's stdout and stderr pass through unchanged (byte for byte, each to its own stream) while a bounded
tail of both is kept. On success it exits 0 having loaded only the stdlib (tests/test_house.py holds it): the
matcher and its compiled dependency load only after a failure. A retryable cause gets a `::warning::`, a wait
until healthd reports the implicated component's targets up (or --wait ends; a short back-off without a daemon),
and a new attempt with the current strategy's HEALTHD_* variables in its environment. A build-itself failure,
a non-retryable cause or an unknown one is never retried. The exit code is the last attempt's.
"""

from __future__ import annotations

import argparse
import collections
import os
import selectors
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING, Any

from healthd.ci.http import default_url

if TYPE_CHECKING:
    from healthd.diagnose.findings import Finding

DEFAULT_ATTEMPTS = 2
MAX_ATTEMPTS = 10
DEFAULT_WAIT = 60.0
MAX_WAIT = 3600.0
BACKOFF = 5.0  # between attempts when no daemon (or no target watching the cause) can say more
POLL = 2.0  # between two looks at the daemon while waiting
ASK_TIMEOUT = 2.0  # each look at the daemon
TAIL_BYTES = 2 * 1024 * 1024
TAIL_LINES = 20_000
LINE_BYTES = 64 * 1024  # a longer partial line is cut in the tail (never in the output)
READ = 65536


def _say(message: str) -> None:
    sys.stderr.write(f"healthd run: {message}\n")
    sys.stderr.flush()


class Tail:
    """The last TAIL_LINES lines / TAIL_BYTES bytes of the output, whole lines of each stream in arrival order."""

    def __init__(self, max_bytes: int = TAIL_BYTES, max_lines: int = TAIL_LINES) -> None:
        self.lines: collections.deque[bytes] = collections.deque()
        self.size = 0
        self.max_bytes, self.max_lines = max_bytes, max_lines
        self._partial: dict[int, bytes] = {}

    def add(self, stream: int, data: bytes) -> None:
        pieces = (self._partial.pop(stream, b"") + data).split(b"\n")
        for line in pieces[:-1]:
            self._keep(line[:LINE_BYTES] + b"\n")
        if pieces[-1]:
            self._partial[stream] = pieces[-1][:LINE_BYTES]

    def close(self, stream: int) -> None:
        if rest := self._partial.pop(stream, b""):
            self._keep(rest + b"\n")

    def _keep(self, line: bytes) -> None:
        self.lines.append(line)
        self.size += len(line)
        while len(self.lines) > self.max_lines or self.size > self.max_bytes:
            self.size -= len(self.lines.popleft())

    def text(self) -> bytes:
        return b"".join(self.lines)


def _exit_code(returncode: int) -> int:
    return 128 - returncode if returncode < 0 else returncode  # killed by signal N: 128+N, as a shell says


def attempt(command: list[str], env: dict[str, str]) -> tuple[int, Tail]:
    """Runs `command` once, passing its output through; (exit code, tail). OSError when it cannot start."""
    tail = Tail()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=None, env=env)
    forwarded = {}

    def forward(signum: int, _frame: Any) -> None:  # a cancelled job: the command hears it, we wait for it
        process.send_signal(signum)

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        forwarded[signum] = signal.signal(signum, forward)
    try:
        assert process.stdout is not None and process.stderr is not None
        outputs = {process.stdout.fileno(): sys.stdout.buffer, process.stderr.fileno(): sys.stderr.buffer}
        with selectors.DefaultSelector() as selector:
            for fd in outputs:
                selector.register(fd, selectors.EVENT_READ)
            while selector.get_map():
                for key, _ in selector.select():
                    data = os.read(key.fd, READ)
                    if not data:
                        selector.unregister(key.fd)
                        tail.close(key.fd)
                        continue
                    out = outputs[key.fd]
                    out.write(data)
                    out.flush()
                    tail.add(key.fd, data)
        returncode = process.wait()
    finally:
        for signum, handler in forwarded.items():
            signal.signal(signum, handler)
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()
    return _exit_code(returncode), tail


def _start_error(command: str, exc: OSError) -> int:
    if isinstance(exc, FileNotFoundError):
        _say(f"cannot run {command[:200]!r}: command not found")
        return 127
    if isinstance(exc, PermissionError):
        _say(f"cannot run {command[:200]!r}: not executable (permission denied)")
        return 126
    _say(f"cannot run {command[:200]!r}: {exc.strerror or exc}")
    return 126


def _describe(cause: Finding) -> str:
    host = f", host {cause.host}" if cause.host else ""
    return f"{cause.id} ({cause.component}{host}): {cause.summary}"


def _healthy(url: str, cause: Finding) -> bool | None:
    """True when every target watching the cause is up in a fresh answer, False when one is not, None when the
    daemon cannot say (unreachable, stale, not healthd, or no target watches this component)."""
    import json

    from healthd.ci.http import http_get
    from healthd.diagnose.report import implicated

    try:
        status, body, _ = http_get(url, "/strategy?format=json", ASK_TIMEOUT)
        document = json.loads(body) if status == 200 else None
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("stale") is not False:
        return None
    targets = implicated(document, cause)
    if not targets:
        return None
    return all(target.get("status") == "up" for _, target in targets)


def wait_for(url: str, cause: Finding, wait: float) -> tuple[str, bool]:
    """Waits until healthd reports the cause's component healthy, or `wait` ends: (what happened, whether the
    daemon answered at all)."""
    deadline = time.monotonic() + wait
    answered = False
    while True:
        healthy = _healthy(url, cause)
        if healthy:
            return f"healthd reports {cause.component} healthy", True
        answered = answered or healthy is False
        left = deadline - time.monotonic()
        if healthy is None and not answered:  # nothing to wait for: a short back-off
            pause = max(0.0, min(BACKOFF, left))
            time.sleep(pause)
            return f"healthd cannot say whether {cause.component} is healthy; backed off {pause:g}s", False
        if left <= 0:
            return f"{cause.component} not reported healthy within --wait {wait:g}s", True
        time.sleep(min(POLL, left))


def strategy_env(url: str, reachable: bool = True) -> dict[str, str]:
    """The current strategy's HEALTHD_* variables: the daemon's answer, else healthd's fallback (a daemon that
    did not answer while we waited gets one quick try, not ASK_TIMEOUT of polling)."""
    from healthd.ci.answer import parse_env
    from healthd.ci.client import ask, config_facts, fallback

    body, why = ask(url, "env", ASK_TIMEOUT if reachable else 0.2)
    if body is None:
        _say(f"{why}; the next attempt gets the fallback strategy")
        body = fallback(None, config_facts(None), "env", why)
    return {k: v for k, v in parse_env(body.decode("utf-8", "replace")).items() if k.startswith("HEALTHD_")}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="healthd run",
        usage="healthd run [--url URL] [--attempts N] [--wait SECONDS] -- CMD ARGS...",
        description="Run a build command; retry it only when healthd diagnoses a retryable infrastructure failure.",
    )
    p.add_argument("--url", default=None, help="daemon URL [$HEALTHD_URL]")
    p.add_argument("--attempts", type=int, default=DEFAULT_ATTEMPTS, help=f"at most this many runs (1..{MAX_ATTEMPTS})")
    wait = f"seconds to wait for the component to recover (0..{MAX_WAIT:g})"
    p.add_argument("--wait", type=float, default=DEFAULT_WAIT, help=wait)
    return p


def main(argv: list[str]) -> int:
    if "--" in argv:
        split = argv.index("--")
        options, command = argv[:split], argv[split + 1 :]
    else:
        options, command = argv, []
    parser = _parser()
    args, rest = parser.parse_known_args(options)
    if rest and not command:
        if rest[0].startswith("-"):
            parser.error(f"unknown option {rest[0]!r} (put the command after --)")
        command = rest + command
    elif rest:
        parser.error(f"unrecognized arguments before --: {' '.join(rest)[:80]}")
    if not command:
        parser.error("no command: healthd run [options] -- CMD ARGS...")
    if not 1 <= args.attempts <= MAX_ATTEMPTS:
        parser.error(f"--attempts must be 1..{MAX_ATTEMPTS}, got {args.attempts}")
    if not 0 <= args.wait <= MAX_WAIT:  # NaN fails too
        parser.error(f"--wait must be 0..{MAX_WAIT:g} seconds, got {args.wait:g}")
    url = default_url(args.url)
    env = dict(os.environ)
    code = 0
    for number in range(1, args.attempts + 1):
        try:
            code, tail = attempt(command, env)
        except OSError as exc:
            return _start_error(command[0], exc)
        if code == 0:
            return 0
        from healthd.diagnose.matcher import diagnose

        cause = diagnose([tail.text()]).cause
        where = f"attempt {number}/{args.attempts} exited {code}"
        if cause is None:
            _say(f"{where}: no known cause in its output; not retrying (healthd retries only infrastructure failures)")
            return code
        if not cause.retryable or cause.blame == "build":
            why = "the build's own failure" if cause.blame == "build" else "a retry will not help"
            _say(f"{where}: {_describe(cause)}; not retrying ({why})")
            return code
        if number == args.attempts:
            _say(f"{where}: {_describe(cause)}; no attempts left (--attempts {args.attempts})")
            return code
        from healthd.ci.answer import workflow_escape

        print(
            f"::warning::{workflow_escape(f'healthd run: {where}: {_describe(cause)}; retrying')}",
            file=sys.stderr,
            flush=True,
        )
        said, reachable = wait_for(url, cause, args.wait)
        _say(said)
        env = {**os.environ, **strategy_env(url, reachable)}
    return code
