"""Entry point of `healthd` and `python -m healthd`.

`healthd strategy` runs in every CI step and `healthd hook job-started` before every job, so they skip
typer (60 ms to import) and go straight to the stdlib-only client; every other command goes through the
typer app.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:2] == ["strategy"]:
        from healthd.ci.client import main as client_main

        raise SystemExit(client_main(sys.argv[2:]))
    if sys.argv[1:3] == ["hook", "job-started"]:  # before every job, on the same fast path
        from healthd.ci.hook import main as hook_main

        raise SystemExit(hook_main(sys.argv[3:]))
    from healthd.cli import app

    app(prog_name="healthd")


if __name__ == "__main__":
    main()
