"""`healthd hook job-started`: the GitHub runner's job-started hook. Stdlib only, like `healthd strategy`.

The runner runs the script named by ACTIONS_RUNNER_HOOK_JOB_STARTED (ARC: every script in
/etc/arc/hooks/job-started.d/) before every job, in its "Set up runner" step; a non-zero exit fails the
job. So this appends healthd's env answer (HEALTHD_*, GOPROXY) to $GITHUB_ENV, where every step of the
job then finds it (`${{ env.HEALTHD_CACHE_FROM }}`, and `go` reads GOPROXY itself), prints one line
(strategy, score, the first reasons) and a `::warning::` when the strategy is not the config's best or
the answer is stale; and whatever healthd does (down, slow, warming up, a squatter on its port) it
writes the fallback (HEALTHD_STALE=true) and exits 0 within --timeout. A refused connection is retried
only briefly: a node without healthd must not cost every job the whole timeout.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from healthd.ci.answer import parse_env, workflow_escape
from healthd.ci.client import LAST_RESORT, ask, clamp_timeout, config_facts, fallback, warn
from healthd.ci.http import default_url

DEFAULT_TIMEOUT = 3.0
REFUSED_FOR = 0.3  # seconds of refused connections before giving up (a restart is back within it)
SHOWN_REASONS = 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="healthd hook job-started", description="Write healthd's answer to $GITHUB_ENV.")
    p.add_argument("--url", default=default_url(), help="daemon URL [$HEALTHD_URL]")
    p.add_argument("--timeout", default=str(DEFAULT_TIMEOUT), help=f"seconds in all (default {DEFAULT_TIMEOUT:g})")
    return p


def _document(url: str, deadline: float) -> dict[str, object]:
    """The JSON answer's reasons and strategy order, or {} when it cannot be had by the deadline."""
    import json

    body, _ = ask(url, "json", max(deadline - time.monotonic(), 0.0), refused_for=0.0)
    try:
        doc = json.loads(body) if body is not None else {}
    except ValueError:
        return {}
    return doc if isinstance(doc, dict) else {}


def summary(env: dict[str, str], doc: dict[str, object], why: str) -> tuple[str, str | None]:
    """(the one line, the ::warning:: line or None)."""
    strategy, score = env.get("HEALTHD_STRATEGY", "?"), env.get("HEALTHD_SCORE", "?")
    reasons = doc.get("reasons") if doc.get("strategy") == strategy else None
    shown = [str(r) for r in reasons[:SHOWN_REASONS]] if isinstance(reasons, list) else ([why] if why else [])
    line = f"healthd: strategy {strategy}, score {score}" + (f": {'; '.join(shown)}" if shown else "")
    order = doc.get("strategies")
    if env.get("HEALTHD_STALE") != "false":
        return line, f"::warning title=healthd::stale answer, strategy {strategy} ({why or 'last round is stale'})"
    if isinstance(order, list) and order and order[0] != strategy:
        return line, f"::warning title=healthd::strategy {strategy}, not the best ({order[0]}): {'; '.join(shown)}"
    return line, None


def main(argv: list[str] | None = None) -> int:
    try:
        args, unknown = _parser().parse_known_args(argv)
    except SystemExit:  # a bad option must not fail the job either
        args, unknown = _parser().parse_args([]), []
    if unknown:
        warn(f"ignoring unknown arguments {' '.join(unknown)[:80]!r}")
    timeout = clamp_timeout(args.timeout)
    deadline = time.monotonic() + timeout
    try:
        body, why = ask(args.url, "env", timeout, refused_for=REFUSED_FOR)
        doc: dict[str, object] = {}
        if body is None:
            warn(f"{why}; using the fallback strategy")
            body = fallback(None, config_facts(None), "env", why)
        else:
            doc = _document(args.url, deadline)
    except Exception as exc:  # the job must start whatever happens here
        why = f"healthd hook failed ({type(exc).__name__}: {exc})"
        warn(why)
        body, doc = LAST_RESORT["env"], {}
    line, warning = summary(parse_env(body.decode("utf-8", "replace")), doc, why)
    target = os.environ.get("GITHUB_ENV")
    try:
        if target:
            with open(target, "ab") as out:  # the runner reads the file after the hook: append, as steps do
                out.write(body)
        else:
            warn("$GITHUB_ENV is not set (not run by a runner?); printing the answer instead")
            sys.stdout.buffer.write(body)
    except OSError as exc:
        warn(f"cannot write $GITHUB_ENV: {exc}")
    print(workflow_escape(line))
    if warning:
        print(workflow_escape(warning))
    sys.stdout.flush()
    return 0
