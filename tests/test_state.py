"""daemon.state_dir: kill -9 and a restart keep the pin, the hysteresis and the history; bad state costs a log line."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import sqlite3
import time
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import aiohttp
import pytest
from aiohttp import web

from healthd.core.history import Mark
from healthd.daemon.state import APPLICATION_ID, FILE, SCHEMA, StateStore, state_dir
from healthd.model import HysteresisState, Pin, Status
from tests.support import poll, round_of, running_daemon

TOKEN = "s3cret-state-token"
STREAK = HysteresisState("optimal", -1, 4, "emergency")


def test_where_the_state_lives() -> None:
    assert state_dir("none", {}) is None
    assert state_dir("", {"HEALTHD_STATE_DIR": "none", "STATE_DIRECTORY": "/x"}) is None
    assert state_dir("/etc/x", {"HEALTHD_STATE_DIR": "/override"}) == Path("/override")
    assert state_dir("/from/config", {"STATE_DIRECTORY": "/var/lib/healthd"}) == Path("/from/config")
    assert state_dir("", {"STATE_DIRECTORY": "/var/lib/healthd:/var/lib/other"}) == Path("/var/lib/healthd")
    assert state_dir("", {"XDG_STATE_HOME": "/xdg", "HOME": "/home/u"}) == Path("/xdg/healthd")
    assert state_dir("", {"HOME": "/home/u"}) == Path("/home/u/.local/state/healthd")


def test_a_relative_state_dir_is_refused_at_its_line() -> None:
    from healthd.config.load import ConfigError, parse_config

    text = "daemon: {state_dir: relative/dir}\ncomponents: {}\nstrategies: []\n"
    with pytest.raises(ConfigError, match=r"<config>:1:\d+: daemon.state_dir: state_dir must be an absolute path"):
        parse_config(text)


# --- the store, in process -----------------------------------------------------------------------


async def _store(directory: Path | None, capacity: int = 5) -> StateStore:
    store = StateStore(capacity)
    await asyncio.to_thread(store.open, directory)
    return store


async def _write_rounds(store: StateStore, rounds: range, pin: Pin | None = None) -> None:
    for n in rounds:
        snapshot = round_of(n, {"web/api": Status.UP, "web/two": Status.DOWN})
        decision = replace(snapshot.decision, pin=pin)
        snapshot = replace(snapshot, finished_at=time.time(), decision=decision, hysteresis=STREAK)
        store.observe(SimpleNamespace(snapshot=snapshot))  # type: ignore[arg-type]  # observe reads .snapshot only
        await asyncio.sleep(0)
    if store._writer is not None:
        await store._writer


async def test_rounds_are_written_one_transaction_each_and_the_ring_trimmed_in_sql(tmp_path: Path) -> None:
    store = await _store(tmp_path, capacity=5)
    pin = Pin("emergency", time.time() + 600, "incident 7")
    await _write_rounds(store, range(1, 13), pin)
    await store.close()
    with sqlite3.connect(tmp_path / FILE) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert [r[0] for r in db.execute("SELECT round FROM marks ORDER BY round")] == [8, 9, 10, 11, 12]
    again = await _store(tmp_path, capacity=5)
    restored = again.load(stale_after=60)
    assert restored.round == 12 and [m.round for _, m in restored.marks] == [8, 9, 10, 11, 12]
    assert restored.pin == pin and restored.hysteresis == STREAK
    await again.close()


async def test_the_fleet_pin_file_is_never_persisted_as_this_instances_pin(tmp_path: Path) -> None:
    store = await _store(tmp_path)
    await _write_rounds(store, range(1, 4), Pin("emergency", time.time() + 600, "fleet incident", source="file"))
    await store.close()
    again = await _store(tmp_path)
    assert again.load(stale_after=60).pin is None  # the file is its own record: removing it releases the runner
    await again.close()


async def test_a_stale_state_restores_the_history_but_not_the_hysteresis(tmp_path: Path) -> None:
    store = await _store(tmp_path)
    await _write_rounds(store, range(1, 4))
    await store.close()
    again = await _store(tmp_path)
    assert again.load(stale_after=60).hysteresis is not None
    old = again.load(stale_after=60, now=time.time() + 3 * 60 + 5)
    assert old.hysteresis is None and len(old.marks) == 3
    await again.close()


def _beside(directory: Path, pattern: str) -> list[Path]:
    return list(directory.glob(pattern))


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(64 * 1024))


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _newer_schema(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA + 1}")


def _foreign(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
        db.execute("INSERT INTO notes VALUES ('someone else''s database')")


@pytest.mark.parametrize("spoil", [_random_bytes, _truncated, _newer_schema, _foreign])
async def test_a_bad_file_is_moved_aside_and_the_daemon_starts_fresh(tmp_path: Path, spoil, caplog) -> None:
    store = await _store(tmp_path, capacity=2000)
    await _write_rounds(store, range(1, 400))  # several pages, so a truncation cuts into them
    await store.close()
    for extra in _beside(tmp_path, f"{FILE}-*"):
        extra.unlink()
    spoil(tmp_path / FILE)
    caplog.set_level(logging.WARNING, "healthd.state")
    again = await _store(tmp_path)
    assert again.enabled and again.note == ""
    assert "state_moved_aside" in caplog.text
    assert _beside(tmp_path, f"{FILE}.bad-*"), "the bad file is kept beside, not deleted"
    assert again.load(stale_after=60).marks == []
    await _write_rounds(again, range(1, 3))
    assert again.load(stale_after=60).round == 2
    await again.close()
    with sqlite3.connect(tmp_path / FILE) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


async def test_an_unusable_directory_means_memory_only_with_a_note(tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.ERROR, "healthd.state")
    (tmp_path / "file").write_text("not a directory")
    store = await _store(tmp_path / "file" / "state")
    assert not store.enabled and "memory only" in store.note and "state_unwritable" in caplog.text
    await _write_rounds(store, range(1, 3))  # observing costs nothing
    await store.close()

    first = await _store(tmp_path / "held")
    second = await _store(tmp_path / "held")
    assert first.enabled and not second.enabled and "another healthd holds" in second.note
    assert "state_locked" in caplog.text
    await second.close()
    await first.close()


async def test_a_failed_write_switches_to_memory_only(tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.ERROR, "healthd.state")
    store = await _store(tmp_path)
    await _write_rounds(store, range(1, 3))
    assert store._db is not None
    store._db.execute("PRAGMA query_only = 1")  # as if the disk had turned read-only
    await _write_rounds(store, range(3, 5))
    assert not store.enabled and "writing" in store.note and "state_write_failed" in caplog.text
    await store.close()


def test_restored_marks_follow_their_targets() -> None:
    from healthd.core.history import History

    ring = History(3)
    ring.restore([(("a/x", "a/y"), Mark(1, 1.0, 50, "s", None, "ux")), (("a/y",), Mark(2, 2.0, 60, "s", None, "d"))])
    assert ring.targets == ("a/y",) and [m.codes for m in ring.marks] == ["x", "d"]


# --- real daemons, killed at random moments --------------------------------------------------------


async def _ok(request: web.Request) -> web.Response:
    return web.Response(text="ok")


def _config(path: Path, url: str) -> Path:
    path.write_text(f"""
daemon: {{interval: 0.3, timeout: 0.2, stale_after: 5, history: 20}}
hysteresis: {{downgrade_after: 100, upgrade_after: 1}}
components:
  web: {{weight: 100, targets: [{{name: api, kind: http, url: "{url}"}}, {{name: api2, kind: http, url: "{url}ok"}}]}}
strategies:
  - {{name: optimal, min_score: 80, params: {{no_cache: false}}}}
  - {{name: resilient, min_score: 50, params: {{no_cache: false}}}}
  - {{name: emergency, min_score: 0, params: {{no_cache: true}}}}
""")
    return path


async def _json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        assert response.status == 200, url
        return await response.json()


async def test_kill_9_at_random_moments_keeps_the_pin_the_streak_and_the_ring(tmp_path: Path, serve_app) -> None:
    healthy = {"yes": True}

    async def answer(request: web.Request) -> web.Response:
        return web.Response(status=200 if healthy["yes"] else 500, text="ok")

    app = web.Application()
    app.router.add_get("/", answer)
    app.router.add_get("/ok", _ok)
    url = str((await serve_app(app)).make_url("/"))
    config = _config(tmp_path / "strategies.yaml", url)
    token = tmp_path / "token"
    token.write_text(TOKEN)
    token.chmod(0o600)
    env = {"HEALTHD_STATE_DIR": str(tmp_path / "state"), "HEALTHD_ADMIN_TOKEN_FILE": str(token)}
    rng = random.Random(int(os.environ.get("HEALTHD_STATE_SEED", "26")))
    async with aiohttp.ClientSession() as session:
        async with running_daemon(config, env=env) as daemon:
            await poll(
                lambda: _probes_current(session, daemon.url, "optimal"), "the daemon to settle on optimal", within=10
            )
            headers = {"Authorization": f"Bearer {TOKEN}"}
            body = {"strategy": "resilient", "ttl": 3600, "reason": "incident 26"}
            async with session.post(f"{daemon.url}/admin/pin", json=body, headers=headers) as response:
                assert response.status == 200, await response.text()
            pin = (await _json(session, f"{daemon.url}/strategy?format=json"))["pin"]
            healthy["yes"] = False  # score 50: every round asks for resilient; 100 are needed: a streak grows

            async def ring_full() -> bool:
                return len((await _json(session, f"{daemon.url}/history"))["rounds"]) == 20

            await poll(ring_full, "the ring to fill", within=20)
            daemon.process.kill()
            await daemon.process.wait()

        before = await _seen_at_kill(session, None)
        first: dict | None = None
        for _ in range(6):
            async with running_daemon(config, env=env) as daemon:
                assert '"state_restored"' in daemon.log.read_text()
                await asyncio.sleep(rng.uniform(0, 1.2))  # somewhere in a round, or between two
                now = await _seen_at_kill(session, daemon.url)
                daemon.process.kill()
                await daemon.process.wait()
            assert now["pin"] == pin, "the pin keeps its strategy, reason and until"
            assert now["current"] == "optimal" and now["direction"] == -1
            # A kill soon after the start may come before the first new round ends: nothing is lost, nothing
            # gained. Only the round in flight may go, so nothing ever goes back.
            if before is not None:
                assert now["streak"] >= before["streak"], (before, now)
                assert now["rounds"][0] >= before["rounds"][0] and len(now["rounds"]) == 20, (before, now)
                assert now["rounds"] == sorted(set(now["rounds"]))
            first = first or now
            before = now
        assert first is not None and before is not None
        assert before["rounds"][0] > first["rounds"][0], "six lives made rounds that outlived their daemon"
        db = sqlite3.connect(tmp_path / "state" / FILE)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()


async def _probes_current(session: aiohttp.ClientSession, url: str, strategy: str) -> bool:
    try:
        return (await _json(session, f"{url}/probes"))["hysteresis"]["current"] == strategy
    except (aiohttp.ClientError, AssertionError):
        return False


async def _seen_at_kill(session: aiohttp.ClientSession, url: str | None) -> dict | None:
    if url is None:
        return None
    hysteresis = (await _json(session, f"{url}/probes"))["hysteresis"]
    pin = (await _json(session, f"{url}/strategy?format=json"))["pin"]
    rounds = [r["round"] for r in (await _json(session, f"{url}/history"))["rounds"]]
    return {**hysteresis, "pin": pin, "rounds": rounds}


async def test_a_corrupt_file_and_a_full_disk_cost_a_log_line_and_a_readyz_note(tmp_path: Path, serve_app) -> None:
    app = web.Application()
    app.router.add_get("/", _ok)
    app.router.add_get("/ok", _ok)
    url = str((await serve_app(app)).make_url("/"))
    config = _config(tmp_path / "strategies.yaml", url)
    state = tmp_path / "state"
    state.mkdir()
    (state / FILE).write_bytes(b"SQLite format 3\x00" + random.Random(1).randbytes(8192))
    env = {"HEALTHD_STATE_DIR": str(state)}
    async with aiohttp.ClientSession() as session:
        async with running_daemon(config, env=env) as daemon:
            async with session.get(f"{daemon.url}/readyz") as response:
                assert response.status == 200 and "memory only" not in await response.text()
            assert '"state_moved_aside"' in daemon.log.read_text()
        assert _beside(state, f"{FILE}.bad-*")

        # a full disk, as the daemon's writes see it: RLIMIT_FSIZE (Python ignores SIGXFSZ, so a write fails)
        async with running_daemon(config, env={"HEALTHD_STATE_DIR": str(tmp_path / "full")}, fsize=48 * 1024) as d:

            async def noted() -> bool:
                async with session.get(f"{d.url}/readyz") as response:
                    return response.status == 200 and "state: memory only" in await response.text()

            await poll(noted, "the /readyz note of a full disk", within=20)
            assert '"state_write_failed"' in d.log.read_text()  # it opened, wrote rounds, then the disk was full
            async with session.get(f"{d.url}/strategy?format=json") as response:
                assert response.status == 200  # still answering, from memory


def test_the_hysteresis_restored_needs_its_strategies_in_the_config() -> None:
    from healthd.config.load import parse_config
    from healthd.daemon.scheduler import Scheduler
    from healthd.daemon.state import Restored

    config = parse_config(
        "components: {web: {weight: 100, targets: [{name: a, kind: tcp, host: 127.0.0.1, port: 1}]}}\n"
        "strategies: [{name: optimal, min_score: 50}, {name: emergency, min_score: 0}]\n"
    )
    gone = Scheduler(config, env={})
    gone.restore(Restored(HysteresisState("vanished", -1, 3, "emergency"), time.time(), None, 9))
    assert not gone.restored and gone.hysteresis == HysteresisState()
    kept = Scheduler(config, env={})
    kept.restore(Restored(HysteresisState("optimal", -1, 3, "emergency"), time.time(), None, 9))
    assert kept.restored and kept.hysteresis.streak == 3
    assert json.dumps(kept.hysteresis.__class__.__name__)  # the warm start reads `restored` and `hysteresis`


def test_a_changed_state_dir_needs_a_restart() -> None:
    from healthd.config.load import parse_config
    from healthd.daemon.reload import restart_needed

    config = parse_config(
        "daemon: {state_dir: /srv/healthd}\n"
        "components: {web: {weight: 100, targets: [{name: a, kind: tcp, host: 127.0.0.1, port: 1}]}}\n"
        "strategies: [{name: emergency, min_score: 0}]\n"
    )
    needs = restart_needed("127.0.0.1:9180", False, 2880, config, "")
    assert needs == "daemon.state_dir is /srv/healthd but healthd keeps its state in the default"
    assert restart_needed("127.0.0.1:9180", False, 2880, config, "/srv/healthd") == ""
    assert restart_needed("127.0.0.1:9180", False, 2880, config, None) == ""  # $HEALTHD_STATE_DIR decides
