"""SIGHUP: read and validate the config off the event loop, one load at a time, and apply or refuse it.

Loading a file takes up to seconds (1 MiB of YAML: ~2.5 s); on the event loop it would stop
/healthz from answering. Every failure, expected or not, is a refusal that the reload metric and
/readyz show, and the running config stays.
"""

from __future__ import annotations

import asyncio
import logging
import os

from healthd.config.load import ConfigError, load_config
from healthd.config.types import Config
from healthd.daemon.admin import AdminToken
from healthd.daemon.resources import CappedSite, connection_cap
from healthd.daemon.scheduler import Scheduler
from healthd.daemon.source import ConfigSource
from healthd.token_file import TokenFileError, read_token

log = logging.getLogger("healthd.reload")


def restart_needed(
    serving_listen: str, listen_overridden: bool, history: int, config: Config, state_dir: str | None = None
) -> str:
    """What of `config` a reload cannot apply: the listen address, the status page's history size and the
    state directory (None: set by $HEALTHD_STATE_DIR, not the file), all taken at start (everything else is
    read each round)."""
    needs = []
    if state_dir is not None and config.daemon.state_dir != state_dir:
        new, old = config.daemon.state_dir or "the default", state_dir or "the default"
        needs.append(f"daemon.state_dir is {new} but healthd keeps its state in {old}")
    if not listen_overridden and config.daemon.listen != serving_listen:
        needs.append(f"daemon.listen is {config.daemon.listen} but healthd still listens on {serving_listen}")
    if config.daemon.history != history:
        needs.append(f"daemon.history is {config.daemon.history} but the status page keeps {history} rounds")
    return "; ".join(needs)


class Reloader:
    """`request()` is the SIGHUP handler. A SIGHUP during a load coalesces into one more load after it,
    so the file's latest content is what ends up applied."""

    def __init__(
        self,
        scheduler: Scheduler,
        source: ConfigSource,
        serving_listen: str,
        listen_overridden: bool,
        site: CappedSite | None = None,
        descriptors: int = 0,
        token: AdminToken | None = None,
        state_dir: str | None = None,
    ) -> None:
        self._scheduler = scheduler
        self._source = source
        self._serving_listen = serving_listen
        self._listen_overridden = listen_overridden
        self._history = source.config.daemon.history  # the status page's ring is sized once, at start
        self._site, self._descriptors = site, descriptors  # the HTTP cap leaves room for daemon.concurrency
        self._token = token  # re-read from its file at each SIGHUP, beside the config
        self._task: asyncio.Task[None] | None = None
        self._again = False
        self.state_dir = state_dir  # daemon.state_dir taken at start; None: not from the file (or not used)

    def request(self) -> None:
        if self._task is not None and not self._task.done():
            self._again = True
            return
        self._task = asyncio.create_task(self._run())

    async def wait(self) -> None:
        """Until the loads requested so far are done (tests, shutdown)."""
        if self._task is not None:
            await self._task

    async def _run(self) -> None:
        self._again = True
        while self._again:
            self._again = False
            await self._load_once()
            await self._reread_token()

    async def _reread_token(self) -> None:
        """Rotates the admin token when its file changed; an unusable file keeps the token in force. Admin
        routes exist only if a token was given at start: one given later needs a restart."""
        try:
            token = await asyncio.to_thread(read_token, dict(os.environ))
        except TokenFileError as exc:
            if self._token is not None:
                log.error("admin_token_kept", extra={"reason": str(exc)})
            return
        if token is None:
            return
        if self._token is None:
            log.warning("admin_token_needs_restart", extra={"reason": "no admin token was given at start"})
        elif self._token.rotate(token):
            log.warning("admin_token_rotated")

    async def _load_once(self) -> None:
        file = str(self._source.path)
        try:
            config = await asyncio.to_thread(load_config, self._source.path)
        except ConfigError as exc:
            self._refuse(exc.summary())
            return
        except Exception as exc:  # a bug or MemoryError: still a refusal, never a dead reload task
            log.exception("config_reload_failed", extra={"file": file})
            self._refuse(f"{file}:1:1: unexpected error while loading: {type(exc).__name__}: {exc}"[:1000])
            return
        needs_restart = restart_needed(
            self._serving_listen, self._listen_overridden, self._history, config, self.state_dir
        )
        self._source.accept(config, needs_restart)
        self._scheduler.replace_config(config)
        if self._site is not None:
            self._site.cap = connection_cap(self._descriptors, config.daemon.concurrency)
        log.info("config_reloaded", extra={"file": file})
        if needs_restart:
            log.warning("config_needs_restart", extra={"file": file, "reason": needs_restart})

    def _refuse(self, errors: str) -> None:
        self._source.refuse(errors)
        log.error("config_reload_refused", extra={"file": str(self._source.path), "errors": errors})
