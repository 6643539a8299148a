"""Secrets read from a file an environment variable names (never the command line, where `ps` shows them).

Stdlib only: the daemon's admin endpoints and the `healthd pin` client both read the admin token here.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger("healthd.admin")

TOKEN_FILE_ENV = "HEALTHD_ADMIN_TOKEN_FILE"
MIN_TOKEN_CHARS = 16
MAX_TOKEN_BYTES = 4096


class TokenFileError(Exception):
    """The token file is set but unusable: the daemon refuses to start rather than run without it."""


class NotRegularFile(OSError):
    """A FIFO, device or directory where a small file was expected."""


def read_small_file(path: str | Path, cap: int) -> bytes:
    """At most cap + 1 bytes of a regular file (the caller tells too large by the length), never blocking:
    O_NONBLOCK, so a FIFO put there cannot hang the caller, then refused as NotRegularFile. OSError else."""
    with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise NotRegularFile("not a regular file")
        return file.read(cap + 1)


def read_token(env: Mapping[str, str], variable: str = TOKEN_FILE_ENV) -> str | None:
    """The token in the file the environment variable `variable` names; None when the variable is unset."""
    name = env.get(variable)
    if not name:
        return None
    path = Path(name)
    try:
        raw = read_small_file(path, MAX_TOKEN_BYTES)
    except NotRegularFile:
        raise TokenFileError(f"{variable}={name}: not a regular file") from None
    except OSError as exc:
        raise TokenFileError(f"{variable}={name}: cannot read: {exc.strerror}") from None
    token = raw.decode("utf-8", "replace").strip()
    if len(raw) > MAX_TOKEN_BYTES or len(token) < MIN_TOKEN_CHARS or not token.isprintable() or " " in token:
        raise TokenFileError(
            f"{variable}={name}: the token must be one word of {MIN_TOKEN_CHARS} to {MAX_TOKEN_BYTES} "
            "printable characters (e.g. `openssl rand -hex 32`)"
        )
    if path.stat().st_mode & stat.S_IROTH:
        log.warning("token_file_world_readable", extra={"variable": variable, "file": name})
    return token
