"""The daemon's state on disk (daemon.state_dir): the hysteresis, the admin pin and the history ring.

SQLite through the standard library, in WAL mode: each published round is one small transaction
(one mark appended, the ring trimmed in SQL, the hysteresis and the pin upserted), written by one
thread of its own, so the event loop never waits on the disk. A kill -9 loses at most the round in
flight. What can go wrong costs a log line and a /readyz note, never the daemon:

- a file that is not healthd's state (random bytes, a truncated database, another program's, a newer
  schema) is moved aside (`state.db.bad-<time>`) and the daemon starts fresh;
- an unwritable or full directory, or one another daemon holds (`state.lock`, flock): memory only.

Only `healthd serve` opens it; `healthd check` keeps everything in memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from healthd.core.history import Mark, mark_of, target_names
from healthd.core.render import Rendered
from healthd.model import HysteresisState, Pin

log = logging.getLogger("healthd.state")

SCHEMA = 1
APPLICATION_ID = 0x68_6C_74_64  # "hltd": PRAGMA application_id, so a foreign SQLite file is told apart
FILE, LOCK = "state.db", "state.lock"
STALE_FACTOR = 3  # a state older than 3 x stale_after restores the history, not the hysteresis
MEMORY_ONLY = "none"

_DDL = """
CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE targets (id INTEGER PRIMARY KEY, names TEXT NOT NULL UNIQUE);
CREATE TABLE marks (
  round INTEGER PRIMARY KEY, at REAL NOT NULL, score REAL NOT NULL, strategy TEXT NOT NULL,
  switched_from TEXT, codes TEXT NOT NULL, targets INTEGER NOT NULL REFERENCES targets(id)
);
"""


def state_dir(setting: str, env: Mapping[str, str]) -> Path | None:
    """Where the state lives: $HEALTHD_STATE_DIR, else daemon.state_dir, else systemd's $STATE_DIRECTORY,
    else $XDG_STATE_HOME/healthd, else ~/.local/state/healthd; None for `none` (memory only)."""
    value = env.get("HEALTHD_STATE_DIR") or setting
    if value == MEMORY_ONLY:
        return None
    if value:
        return Path(value)
    if env.get("STATE_DIRECTORY"):
        return Path(env["STATE_DIRECTORY"].split(":")[0])  # systemd lists one path per StateDirectory= entry
    if env.get("XDG_STATE_HOME"):
        return Path(env["XDG_STATE_HOME"]) / "healthd"
    return Path(env.get("HOME") or Path.home()) / ".local" / "state" / "healthd"


@dataclass(frozen=True)
class Restored:
    """What a start found on disk. `hysteresis` is None when none was stored or it was too old."""

    hysteresis: HysteresisState | None = None
    hysteresis_at: float = 0.0
    pin: Pin | None = None
    round: int = 0  # the last round recorded; the next one continues from it
    marks: list[tuple[tuple[str, ...], Mark]] = field(default_factory=list)  # oldest first


class _Unusable(Exception):
    """The file is not healthd's state in a form this version reads: it is moved aside."""


@dataclass
class _Pending:
    hysteresis: tuple[HysteresisState, float] | None = None
    pin: tuple[Pin | None] | None = None  # a 1-tuple when the pin changed (None inside: released)
    marks: dict[int, tuple[tuple[str, ...], Mark]] = field(default_factory=dict)


class StateStore:
    """One daemon's state directory. `note` is what /readyz says about it (empty when all is well)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity  # the history ring's size, fixed at start like the status page's
        self.directory: Path | None = None
        self.note = ""
        self._db: sqlite3.Connection | None = None
        self._lock_fd: int | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._pending = _Pending()
        self._writer: asyncio.Task[None] | None = None
        self._last_pin: tuple[Pin | None] | None = None
        self._target_ids: dict[tuple[str, ...], int] = {}
        self.writes = 0  # transactions committed (bench/state.py, tests)

    @property
    def enabled(self) -> bool:
        return self._db is not None

    # --- start (synchronous: run it off the loop, before the first round) ------------------------------

    def open(self, directory: Path | None) -> None:
        """Takes the directory (or explains why not in `note` and the log, staying memory only)."""
        if directory is None:
            log.info("state_memory_only", extra={"why": "daemon.state_dir is none"})
            return
        self.directory = directory
        try:
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(directory / LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            return self._memory_only(f"cannot use {directory}: {exc.strerror or exc}")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return self._memory_only(f"another healthd holds {directory}", "state_locked")
        self._lock_fd = fd
        path = directory / FILE
        try:
            self._db = self._connect(path)
        except sqlite3.OperationalError as exc:  # cannot open or write at all (read-only, full, I/O error)
            return self._memory_only(f"cannot write {path}: {exc}")
        except (_Unusable, sqlite3.DatabaseError) as exc:  # not a database, damaged, foreign, newer
            aside = path.with_name(f"{FILE}.bad-{time.strftime('%Y%m%dT%H%M%S')}")
            try:
                for suffix in ("", "-wal", "-shm"):
                    with contextlib.suppress(FileNotFoundError):
                        os.replace(f"{path}{suffix}", f"{aside}{suffix}")
            except OSError as move:
                return self._memory_only(f"{path} is unusable ({exc}) and cannot be moved aside: {move.strerror}")
            log.warning("state_moved_aside", extra={"file": str(path), "to": str(aside), "why": str(exc)})
            try:
                self._db = self._connect(path)
            except (_Unusable, sqlite3.Error) as again:
                return self._memory_only(f"cannot create {path}: {again}")
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="healthd-state")
        log.info("state_opened", extra={"dir": str(directory), "file": str(path)})

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=1.0, isolation_level=None, check_same_thread=False)
        try:
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if app_id == 0 and not tables:
                db.execute("PRAGMA journal_mode = WAL")
                ids = f"PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA};"
                db.executescript(f"BEGIN; {_DDL} {ids} COMMIT;")
            elif app_id != APPLICATION_ID:
                raise _Unusable(f"not healthd's state (application_id {app_id:#x})")
            elif version > SCHEMA:
                raise _Unusable(f"schema {version} is newer than this healthd's ({SCHEMA})")
            elif (check := db.execute("PRAGMA quick_check").fetchone()[0]) != "ok":
                raise _Unusable(f"damaged: {check}")
            if db.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
                raise sqlite3.OperationalError("cannot switch to WAL")
            db.execute("PRAGMA cache_size = -512")  # KiB: a round touches a few pages; the default is 2 MiB
            db.execute("PRAGMA synchronous = NORMAL")  # WAL: a kill loses nothing committed, a power cut a round
        except BaseException:
            db.close()
            raise
        return db

    def _memory_only(self, why: str, event: str = "state_unwritable") -> None:
        self.note = f"state: memory only ({why}); nothing survives a restart"
        log.error(event, extra={"why": why})

    def load(self, stale_after: float, now: float | None = None) -> Restored:
        """What the directory holds. A hysteresis older than STALE_FACTOR x stale_after is not restored."""
        if self._db is None:
            return Restored()
        now = time.time() if now is None else now
        try:
            return self._read(stale_after, now)
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:  # readable header, broken rows
            log.warning("state_unreadable", extra={"why": str(exc)})
            return Restored()

    def _read(self, stale_after: float, now: float) -> Restored:
        assert self._db is not None
        kv = dict(self._db.execute("SELECT key, value FROM kv").fetchall())
        hysteresis, at = None, 0.0
        if "hysteresis" in kv:
            stored = json.loads(kv["hysteresis"])
            at = float(stored.pop("at"))
            if now - at <= STALE_FACTOR * stale_after:
                hysteresis = HysteresisState(**stored)
        pin = Pin(**json.loads(kv["pin"])) if "pin" in kv else None
        names = {i: tuple(json.loads(n)) for i, n in self._db.execute("SELECT id, names FROM targets")}
        self._target_ids = {v: k for k, v in names.items()}
        rows = self._db.execute(
            "SELECT round, at, score, strategy, switched_from, codes, targets FROM"
            " (SELECT * FROM marks ORDER BY round DESC LIMIT ?) ORDER BY round",
            (self.capacity,),
        )
        # strategy names repeat: one string each, not one a mark (as history.mark_of does)
        marks = [
            (names[r[6]], Mark(r[0], r[1], r[2], sys.intern(r[3]), sys.intern(r[4]) if r[4] else None, r[5]))
            for r in rows
        ]
        self._db.execute("PRAGMA shrink_memory")
        last = marks[-1][1].round if marks else 0
        return Restored(hysteresis, at, pin, last, marks)

    # --- each round (the Board listener) -----------------------------------------------------------

    def observe(self, rendered: Rendered) -> None:
        """Board listener: queues this round's state (a republished round replaces its own mark)."""
        if self._db is None:
            return
        snapshot = rendered.snapshot
        pending = self._pending
        pending.hysteresis = (snapshot.hysteresis, snapshot.finished_at)
        # only the admin pin is this instance's to keep: the fleet's pin file is its own record (never persisted)
        held = snapshot.decision.pin
        pin = (held if held is not None and held.source == "admin" else None,)
        if pin != self._last_pin:
            pending.pin = self._last_pin = pin
        pending.marks[snapshot.round] = (target_names(snapshot), mark_of(snapshot))
        while len(pending.marks) > self.capacity:  # a writer far behind: the ring keeps only the newest anyway
            del pending.marks[min(pending.marks)]
        if self._writer is None or self._writer.done():
            self._writer = asyncio.get_running_loop().create_task(self._drain())

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        while self._db is not None and (self._pending.hysteresis or self._pending.pin or self._pending.marks):
            batch, self._pending = self._pending, _Pending()
            try:
                await loop.run_in_executor(self._executor, self._write, batch)
            except (sqlite3.Error, OSError) as exc:  # full, removed, read-only now: keep serving from memory
                self._close_db()
                self._memory_only(f"writing {self.directory} failed: {exc}", "state_write_failed")

    def _write(self, batch: _Pending) -> None:
        db = self._db
        assert db is not None
        db.execute("BEGIN IMMEDIATE")
        try:
            if batch.hysteresis is not None:
                state, at = batch.hysteresis
                value: dict[str, Any] = {"current": state.current, "direction": state.direction, "at": at}
                value |= {"streak": state.streak, "toward": state.toward}
                db.execute("INSERT OR REPLACE INTO kv VALUES ('hysteresis', ?)", (json.dumps(value),))
            if batch.pin is not None:
                (pin,) = batch.pin
                if pin is None:
                    db.execute("DELETE FROM kv WHERE key = 'pin'")
                else:
                    held = {"strategy": pin.strategy, "until": pin.until, "reason": pin.reason}
                    db.execute("INSERT OR REPLACE INTO kv VALUES ('pin', ?)", (json.dumps(held),))
            for names, mark in batch.marks.values():
                db.execute(
                    "INSERT OR REPLACE INTO marks VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (mark.round, mark.at, mark.score, mark.strategy, mark.switched_from, mark.codes, self._tid(names)),
                )
            if batch.marks:
                db.execute(
                    "DELETE FROM marks WHERE round <= (SELECT round FROM marks ORDER BY round DESC LIMIT 1 OFFSET ?)",
                    (self.capacity,),
                )
            db.execute("COMMIT")
            self.writes += 1
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            self._target_ids.clear()  # ids inserted in the rolled-back transaction are gone
            raise

    def _tid(self, names: tuple[str, ...]) -> int:
        """The targets row the codes follow; one per distinct target list (a reload adds one)."""
        db = self._db
        assert db is not None
        tid = self._target_ids.get(names)
        if tid is None:
            text = json.dumps(list(names), separators=(",", ":"))
            row = db.execute("SELECT id FROM targets WHERE names = ?", (text,)).fetchone()
            if row is None:
                db.execute("DELETE FROM targets WHERE id NOT IN (SELECT DISTINCT targets FROM marks)")
                row = (db.execute("INSERT INTO targets (names) VALUES (?)", (text,)).lastrowid,)
                self._target_ids = {}  # some of the known ids may be gone
            tid = self._target_ids[names] = int(row[0])
        return tid

    # --- stop ----------------------------------------------------------------------------------------

    async def close(self) -> None:
        """Writes what is queued, then lets the directory go."""
        if self._writer is not None:
            with contextlib.suppress(Exception):
                await self._writer
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        self._close_db()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _close_db(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()

    def describe(self) -> dict[str, Any]:
        return {"dir": str(self.directory) if self.directory else None, "enabled": self.enabled}
