"""Is this body what healthd's /strategy serves? The CI client's check before printing an answer.

Stdlib only and cheap to import (`re`; `json` only for the JSON format): it runs in every CI step.
The env format is appended to `$GITHUB_ENV`, so whatever took the daemon's port must not be able to
set `BASH_ENV`, `LD_PRELOAD` or `PATH` for later steps: only `HEALTHD_[A-Z0-9_]+` names pass, values
stay on their line or inside a heredoc block with healthd's own delimiter form, and, when the caller
knows the config, parameter names must be the config's own.
"""

from __future__ import annotations

import re

from healthd.formats import CONTROL_CHARACTER, FIXED_KEYS, PARAM_NAME, STRATEGY_NAME, TOOL_EXPORTS

FIXED = {key.upper() for key in FIXED_KEYS}  # render.py's own keys besides the params
REQUIRED = ("STRATEGY", "SCORE", "STALE")
_ENV_NAME = re.compile(r"HEALTHD_([A-Z0-9_]{1,64})")
_DELIMITER = re.compile(r"HEALTHD_EOF_[0-9a-f]{12}")
_SHELL_LINE = re.compile(
    rf"export (?:HEALTHD_([A-Z0-9_]{{1,64}})|{'|'.join(TOOL_EXPORTS)})=(?:[\w@%+=:,./-]+|'[^']*'(?:\"'\"'[^']*')*)\n"
)


def problem(fmt: str, body: bytes, params: frozenset[str] | None = None) -> str | None:
    """Why `body` is not a /strategy answer in `fmt`, or None. `params`: the allowed parameter names."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return "the answer is not UTF-8"
    if CONTROL_CHARACTER.search(text):
        return "the answer holds a control character (carriage return, NUL, escape...)"
    check = {"json": _json, "env": _env, "shell": _shell, "text": _text}[fmt]
    return check(text, params)


def _text(text: str, params: frozenset[str] | None) -> str | None:
    return None if STRATEGY_NAME.fullmatch(text.removesuffix("\n")) else "the answer is not one strategy name"


def _json(text: str, params: frozenset[str] | None) -> str | None:
    import json

    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return "the answer is not JSON"
    if not isinstance(doc, dict) or not isinstance(doc.get("params"), dict):
        return "the answer has no params mapping"
    if not isinstance(doc.get("strategy"), str) or not STRATEGY_NAME.fullmatch(doc["strategy"]):
        return "the answer has no valid strategy name"
    order = doc.get("strategies", [])  # absent from older daemons' answers
    if not isinstance(order, list) or not all(isinstance(n, str) and STRATEGY_NAME.fullmatch(n) for n in order):
        return "the answer's strategies are not a list of strategy names"
    return _names([k.upper() for k in doc["params"]], params, lower=list(doc["params"]))


def _env(text: str, params: frozenset[str] | None) -> str | None:
    names: list[str] = []
    lines = iter(text.split("\n"))
    if not text.endswith("\n"):
        return "the answer does not end with a newline"
    for line in lines:
        if not line:
            break  # the final newline: anything after it would be a second empty line
        name, sep, _ = line.partition("=")
        if not sep and "<<" in line:
            name, _, delimiter = line.partition("<<")
            if not _DELIMITER.fullmatch(delimiter):
                return f"the answer's heredoc delimiter {delimiter[:40]!r} is not healthd's"
            if not any(entry == delimiter for entry in lines):  # consumes the block's lines
                return "the answer has a heredoc block that never ends"
        elif not sep:
            return f"the answer has a line that is neither KEY=value nor KEY<<DELIMITER: {line[:40]!r}"
        if name in TOOL_EXPORTS and sep:
            continue
        match = _ENV_NAME.fullmatch(name)
        if match is None:
            return f"the answer sets {name[:40]!r}, not a HEALTHD_ name"
        names.append(match[1])
    if next(lines, None) is not None:
        return "the answer has an empty line before its end"
    return _required(names) or _names([n for n in names if n not in FIXED], params)


def _shell(text: str, params: frozenset[str] | None) -> str | None:
    names, end = [], 0
    while end < len(text):
        match = _SHELL_LINE.match(text, end)
        if match is None:
            return "the answer is not export HEALTHD_X='value' lines"
        if match[1] is not None:  # None: a tool export (GOPROXY)
            names.append(match[1])
        end = match.end()
    return _required(names) or _names([n for n in names if n not in FIXED], params)


def _required(names: list[str]) -> str | None:
    """Every answer healthd renders (and the client's own last resort) sets these; the action requires them too."""
    missing = [f"HEALTHD_{key}" for key in REQUIRED if key not in names]
    return f"the answer has no {', '.join(missing)}" if missing else None


def _names(upper: list[str], params: frozenset[str] | None, lower: list[str] | None = None) -> str | None:
    """Parameter names are lower_snake_case (HEALTHD_ + upper case in env) and, when known, the config's."""
    for name in lower or ():
        if not PARAM_NAME.fullmatch(name):
            return f"the answer has a parameter named {name[:40]!r}"
    if len(set(upper)) != len(upper):
        return "the answer sets a name twice"
    if params is not None:
        unknown = sorted(set(upper) - {p.upper() for p in params})
        if unknown:
            return f"the answer sets HEALTHD_{unknown[0]}, which the config's strategies do not have"
    return None


def workflow_escape(text: str) -> str:
    """Text safe inside one workflow command line: commands end at a newline; % and CR would read as escapes."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def parse_env(text: str) -> dict[str, str]:
    """An env answer as the runner reads it (KEY=value lines and KEY<<DELIM heredocs) -> {name: value}.

    Read only after `problem` passed it: the hook's summary and `healthd run`'s next attempt use this one reader."""
    out: dict[str, str] = {}
    lines = iter(text.split("\n"))
    for line in lines:
        if not line:
            continue
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            key, delimiter = line.split("<<", 1)
            value: list[str] = []
            for inner in lines:
                if inner == delimiter:
                    break
                value.append(inner)
            out[key] = "\n".join(value)
        elif "=" in line:
            key, single = line.split("=", 1)
            out[key] = single
    return out
