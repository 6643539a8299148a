"""End to end: `healthd serve` as a process, SIGHUP reloads, SIGTERM, `check --json`, the CI client."""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path

from aiohttp import web

from tests.support import HEALTHD, ROOT, free_port, get, poll, run, serving, write_config


async def test_daemon_end_to_end(tmp_path: Path, upstream: str) -> None:
    config = write_config(tmp_path / "strategies.yaml", upstream)
    async with serving(config, tmp_path / "daemon.log") as (daemon, base):
        status, body = await get(f"{base}/strategy")
        served = json.loads(body)
        assert status == 200 and served["strategy"] == "optimal" and served["score"] == 60

        code, out, err = await run(*HEALTHD, "check", "--json", "--config", str(config))
        assert code == 0, err
        checked = json.loads(out)
        for key in ("strategy", "score", "params", "stale"):
            assert checked[key] == served[key], key
        assert {n: [t["status"] for t in c["targets"]] for n, c in checked["components"].items()} == {
            n: [t["status"] for t in c["targets"]] for n, c in served["components"].items()
        }

        code, out, err = await run(*HEALTHD, "strategy", "--url", base, "--format", "env")
        assert code == 0 and err == ""
        assert "HEALTHD_STRATEGY=optimal\n" in out and "type=registry,ref=r:c\n" in out

        code, out, _ = await run(*HEALTHD, "check", "--config", str(config))
        assert code == 0 and "closed" in out and "connect_refused" in out and "-> strategy optimal" in out

        # a bad file is refused on SIGHUP and the running config keeps serving
        config.write_text(config.read_text().replace("kind: tcp", "kind: nope"))
        daemon.send_signal(signal.SIGHUP)

        async def refused() -> bool:
            return b"config_reload_refused" in (tmp_path / "daemon.log").read_bytes()

        await poll(refused, "the refused reload in the log")
        line = next(json.loads(x) for x in (tmp_path / "daemon.log").read_text().splitlines() if "refused" in x)
        assert line["errors"].startswith(f"{config}:5:") and "unknown probe kind 'nope'" in line["errors"]
        assert len(line["errors"].splitlines()) == 1
        assert json.loads((await get(f"{base}/strategy"))[1])["strategy"] == "optimal"
        status, ready = await get(f"{base}/readyz")
        assert status == 200 and "reload refused" in ready and "unknown probe kind 'nope'" in ready

        # a good file is taken on SIGHUP
        write_config(config, upstream, best="renamed")
        daemon.send_signal(signal.SIGHUP)

        async def renamed() -> bool:
            return json.loads((await get(f"{base}/strategy"))[1])["strategy"] == "renamed"

        await poll(renamed, "the renamed strategy after SIGHUP")
        daemon.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(daemon.wait(), 10) == 0
        assert b'"event": "stopping"' in (tmp_path / "daemon.log").read_bytes()


async def test_serve_refuses_a_bad_config_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("components:\n  web:\n    weight: 100\n    targets: []\nstrategies: []\n")
    code, _, err = await run(*HEALTHD, "serve", "--config", str(bad), "--listen", f"127.0.0.1:{free_port()}")
    assert code == 2
    assert f"{bad}:4:" in err and "at least 1 item" in err
    good = write_config(tmp_path / "good.yaml", "http://127.0.0.1:1/")
    for option, value, needle in (
        ("--listen", "nowhere", "--listen / HEALTHD_LISTEN: listen must be HOST:PORT, got 'nowhere'"),
        ("--listen", "[::1]:0", "--listen / HEALTHD_LISTEN: port must be 1-65535, got '0'"),
        ("--log-level", "LOUD", "--log-level / HEALTHD_LOG_LEVEL: log level must be one of DEBUG, INFO, WARNING"),
    ):
        code, _, err = await run(*HEALTHD, "serve", "--config", str(good), option, value)
        assert (code, err.count("\n")) == (2, 1) and err.startswith(f"healthd: {needle}"), err


async def test_client_falls_back_when_unreachable() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    config = str(ROOT / "strategies.yaml")
    code, out, err = await run(
        *HEALTHD, "strategy", "--url", url, "--timeout", "0.5", "--format", "env", "--config", config
    )
    assert code == 0
    assert "warning" in err and "unreachable" in err
    assert "HEALTHD_STRATEGY=emergency\n" in out and "HEALTHD_STALE=true\n" in out and "HEALTHD_NO_CACHE=true\n" in out
    code, out, _ = await run(
        *HEALTHD, "strategy", "--url", url, "--timeout", "0.2", "--fallback", "conservative", "--config", config
    )
    doc = json.loads(out)
    assert code == 0 and doc["strategy"] == "conservative" and doc["stale"] is True
    assert doc["params"]["cache_from"] == ["type=local,src=/tmp/.buildx-cache"]
    assert doc["reasons"][0].startswith("fallback: healthd unreachable")
    code, out, err = await run(
        *HEALTHD, "strategy", "--url", "https://x:1", "--timeout", "30", "--format", "text", within=10
    )  # a URL healthd cannot serve fails over at once, not after 30 s
    assert code == 0 and out == "emergency\n" and "plain HTTP" in err


async def test_client_waits_through_warm_up_but_not_past_stale(serve_app) -> None:
    """A fake healthd: 503 with Retry-After first, then a fresh answer; another that stays stale."""
    calls = {"n": 0}

    async def warming(request: web.Request) -> web.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return web.Response(status=503, headers={"Retry-After": "1"})
        return web.Response(text="optimal\n", headers={"X-Healthd-Stale": "false"})

    async def stale(request: web.Request) -> web.Response:
        return web.Response(text="optimal\n", headers={"X-Healthd-Stale": "true"})

    app = web.Application()
    app.router.add_get("/strategy", warming)
    app.router.add_get("/stale/strategy", stale)
    server = await serve_app(app)
    code, out, err = await run(*HEALTHD, "strategy", "--url", str(server.make_url("")), "--format", "text")
    assert (code, out, err) == (0, "optimal\n", "")
    assert calls["n"] == 2
    code, out, err = await run(
        *HEALTHD,
        "strategy",
        "--url",
        str(server.make_url("/stale")),
        "--format",
        "text",
        "--timeout",
        "0.5",
        "--fallback",
        "emergency",
    )
    assert code == 0 and out == "emergency\n" and "stale" in err


async def test_help_lists_the_commands() -> None:
    code, out, _ = await run(*HEALTHD, "--help")
    assert code == 0
    for command in ("serve", "check", "strategy", "config"):
        assert command in out
    code, out, _ = await run(*HEALTHD, "strategy", "--help")
    assert code == 0 and "--fallback" in out


def test_typer_strategy_command_runs_the_same_client() -> None:
    """`healthd strategy` skips typer (__main__); the typer command lists it in --help and serves embedders."""
    from typer.testing import CliRunner

    from healthd.cli import app

    result = CliRunner().invoke(app, ["strategy", "--url", "ftp://nowhere", "--format", "text", "--fallback", "x"])
    assert (result.exit_code, result.stdout) == (0, "x\n")
