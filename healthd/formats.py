"""The answer formats of /strategy and their content types: one table, stdlib only.

The CI client imports it to check `--format` without importing the renderer (~20 ms of imports).
A new format is a row here and a branch in `healthd.render.render`.
"""

from __future__ import annotations

FORMATS: dict[str, str] = {
    "json": "application/json",
    "env": "text/plain",  # GitHub's $GITHUB_OUTPUT / $GITHUB_ENV syntax
    "shell": "text/plain",  # export KEY='value' lines
    "text": "text/plain",  # the strategy name alone
}
