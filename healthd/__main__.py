"""Entry point of `healthd` and `python -m healthd`.

The CI side's commands skip typer (60 ms to import) and go straight to the stdlib-only code in
healthd/ci/: `healthd strategy` runs in every workflow step, `healthd hook job-started` before every job,
and `healthd run` wraps build commands. Every other command goes through the typer app.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:2] == ["strategy"]:
        from healthd.ci.client import main as client_main

        raise SystemExit(client_main(sys.argv[2:]))
    if sys.argv[1:3] == ["hook", "job-started"]:
        from healthd.ci.hook import main as hook_main

        raise SystemExit(hook_main(sys.argv[3:]))
    if sys.argv[1:2] == ["run"]:  # stdlib only until a failure
        from healthd.ci.run import main as run_main

        raise SystemExit(run_main(sys.argv[2:]))
    from healthd.cli import app

    app(prog_name="healthd")


if __name__ == "__main__":
    main()
