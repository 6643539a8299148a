"""The running config's source: the file, the config last accepted from it, and how its last load went."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from healthd.config.load import load_config
from healthd.config.types import Config


@dataclass(frozen=True, slots=True)
class ReloadStatus:
    """Outcome of the last load of the config file, for /readyz, metrics and logs."""

    ok: bool = True
    at: float = 0.0  # unix time of the attempt
    error: str = ""  # why it was refused; the previous config keeps running
    needs_restart: str = ""  # what of the accepted config only a restart applies


class ConfigSource:
    """A config file, the config last accepted from it, and how its last load went.

    The daemon's Reloader loads it again on SIGHUP; /readyz and the reload metrics read `status`.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.config = load_config(self.path)  # the first load raises: a daemon never starts on a bad file
        self.status = ReloadStatus(ok=True, at=time.time())

    def accept(self, config: Config, needs_restart: str = "") -> None:
        self.config, self.status = config, ReloadStatus(ok=True, at=time.time(), needs_restart=needs_restart)

    def refuse(self, error: str) -> None:
        """The file was refused: `config` stays, `status` says why."""
        self.status = ReloadStatus(ok=False, at=time.time(), error=error)
