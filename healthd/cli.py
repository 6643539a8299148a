"""typer commands. Heavy imports live inside the commands that need them."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from healthd.config.types import Config

app = typer.Typer(
    help="healthd: score CI's upstream services and choose a build strategy.",
    no_args_is_help=True,
    add_completion=False,
)
config_app = typer.Typer(help="Config file commands.", no_args_is_help=True)
app.add_typer(config_app, name="config")
pin_app = typer.Typer(
    help="The incident pin: hold a strategy for a while (needs the admin token).", no_args_is_help=True
)
app.add_typer(pin_app, name="pin")

UrlOption = Annotated[str | None, typer.Option(help="healthd's base URL [$HEALTHD_URL; default http://127.0.0.1:9180]")]
TokenFileOption = Annotated[
    str | None, typer.Option(help="file holding the admin token [$HEALTHD_ADMIN_TOKEN_FILE]; never the token itself")
]

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", "-c", help="strategies.yaml [$HEALTHD_CONFIG; default ./strategies.yaml, else the packaged default]"
    ),
]


def _load(path: Path | None) -> Config:
    from healthd.config.load import ConfigError, load_config
    from healthd.config.paths import default_config_path

    try:
        return load_config(default_config_path(path))
    except ConfigError as exc:
        typer.echo(f"healthd: config refused:\n{exc}", err=True)
        raise typer.Exit(2) from None


@app.command()
def serve(
    config: ConfigOption = None,
    listen: Annotated[str | None, typer.Option(help="HOST:PORT [$HEALTHD_LISTEN; default from config]")] = None,
    log_json: Annotated[bool, typer.Option("--log-json", help="one JSON object per log line")] = False,
    log_level: Annotated[str, typer.Option(help="DEBUG, INFO, WARNING, ERROR")] = "INFO",
) -> None:
    """Run the daemon: probe every interval, serve /strategy, /probes, /healthz, /readyz, /metrics."""
    from healthd.config.paths import default_config_path

    # typer (and the pydantic it parses options with) would stay resident for the daemon's life:
    # ~9 MiB. Hand the options over through the environment and exec the lean entry, same PID.
    env = dict(os.environ, HEALTHD_CONFIG=str(default_config_path(config)), HEALTHD_LOG_LEVEL=log_level)
    env["HEALTHD_LOG_JSON"] = "1" if log_json else "0"
    if listen:
        env["HEALTHD_LISTEN"] = listen
    os.execve(sys.executable, [sys.executable, "-m", "healthd.daemon"], env)


@app.command()
def check(
    config: ConfigOption = None,
    json_out: Annotated[bool, typer.Option("--json", help="print the /strategy JSON document")] = False,
) -> None:
    """Probe every target once, now, and print the results, score and strategy."""
    import asyncio

    from healthd.core.render import Rendered, render
    from healthd.daemon.scheduler import Scheduler
    from healthd.model import Status

    cfg = _load(config)

    async def once() -> Rendered:
        async with Scheduler(cfg) as scheduler:
            return await scheduler.run_round()

    snapshot = asyncio.run(once()).snapshot
    if json_out:
        sys.stdout.buffer.write(render(snapshot, "json", stale=False))
        return
    rows = [("COMPONENT", "TARGET", "STATUS", "LATENCY", "REASON")]
    for c in snapshot.components:
        for t in c.targets:
            r = t.result
            rows.append(
                (
                    c.name,
                    t.name,
                    str(r.status),
                    f"{r.latency_seconds * 1000:.0f} ms",
                    f"{r.reason}{': ' + r.detail if r.detail and r.status is not Status.UP else ''}",
                )
            )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        typer.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[4])
    typer.echo("")
    for c in snapshot.components:
        typer.echo(f"{c.name}: {c.score:g}/{c.weight:g}")
    typer.echo(f"score {snapshot.score:g}/100 -> strategy {snapshot.decision.strategy}")


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True}, add_help_option=False)
def strategy(ctx: typer.Context) -> None:
    """CI client: print the strategy (--url, --format json|env|shell|text, --timeout, --fallback, --config)."""
    from healthd.ci.client import main

    raise typer.Exit(main(ctx.args))


@app.command()
def diagnose(
    logs: Annotated[
        list[str] | None, typer.Argument(help="log files, - for stdin (the default); several are read as one log")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="text, markdown (for $GITHUB_STEP_SUMMARY) or json")] = "text",
    json_out: Annotated[bool, typer.Option("--json", help="same as --format json")] = False,
    url: Annotated[
        str | None, typer.Option(help="healthd to ask for the service's health now [$HEALTHD_URL; default local]")
    ] = None,
    timeout: Annotated[float, typer.Option(help="seconds to wait for healthd's answer")] = 1.0,
) -> None:
    """Name the infrastructure failure behind a failed build's log, its component and the remedy.

    Exits 0 whenever the log could be read (a diagnosis is advice); 2 when it cannot be read.
    """
    from healthd.ci.http import default_url
    from healthd.diagnose.matcher import diagnose as run
    from healthd.diagnose.report import FORMATS, LogUnreadable, fetch_strategy, health_lines, read_logs, render

    fmt = "json" if json_out else fmt
    if fmt not in FORMATS:
        typer.echo(f"healthd: unknown format {fmt!r}; use one of {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    try:
        diagnosis = run(read_logs(logs or ["-"], sys.stdin.buffer))
    except LogUnreadable as exc:
        typer.echo(f"healthd: {exc}", err=True)
        raise typer.Exit(2) from None
    health = []
    if fmt != "json" and diagnosis.cause is not None and diagnosis.cause.component != "build":
        strategy = fetch_strategy(default_url(url), timeout)
        health = health_lines(strategy, diagnosis.cause)
    sys.stdout.write(render(diagnosis, fmt, health))


@config_app.command("validate")
def validate(file: Annotated[Path, typer.Argument(help="the strategies.yaml to check")]) -> None:
    """Exit 0 if FILE is a valid config; otherwise print each error with file, line and reason, exit 1."""
    from healthd.config.load import ConfigError, load_config

    try:
        cfg = load_config(file)
    except ConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from None
    targets = sum(len(c.targets) for c in cfg.components.values())
    typer.echo(f"{file}: ok ({len(cfg.components)} components, {targets} targets, {len(cfg.strategies)} strategies)")


def _admin(method: str, path: str, url: str | None, token_file: str | None, body: object = None) -> None:
    from healthd.ci.admin_client import call
    from healthd.token_file import TokenFileError

    try:
        status, text = call(method, path, url=url, token_file=token_file, body=body)
    except TokenFileError as exc:
        typer.echo(f"healthd: {exc}", err=True)
        raise typer.Exit(2) from None
    except OSError as exc:
        typer.echo(f"healthd: cannot reach the daemon: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(text.rstrip("\n"), err=status != 200)
    if status != 200:
        raise typer.Exit(1)


@pin_app.command("set")
def pin_set(
    strategy_name: Annotated[str, typer.Argument(metavar="STRATEGY", help="the strategy to serve")],
    ttl: Annotated[str, typer.Option(help="how long: 2h, 30m, 90s (at most 7d)")],
    reason: Annotated[str, typer.Option(help="why, shown in /strategy's reasons and HEALTHD_PINNED")],
    url: UrlOption = None,
    token_file: TokenFileOption = None,
) -> None:
    """Serve STRATEGY until the pin expires or is cleared, whatever the score says."""
    from healthd.ci.admin_client import parse_duration

    try:
        seconds = parse_duration(ttl)
    except ValueError as exc:
        typer.echo(f"healthd: --ttl: {exc}", err=True)
        raise typer.Exit(2) from None
    _admin("POST", "/admin/pin", url, token_file, {"strategy": strategy_name, "ttl": seconds, "reason": reason})


@pin_app.command("clear")
def pin_clear(url: UrlOption = None, token_file: TokenFileOption = None) -> None:
    """Release the pin: the score decides again, at once."""
    _admin("DELETE", "/admin/pin", url, token_file)


@pin_app.command("show")
def pin_show(url: UrlOption = None, token_file: TokenFileOption = None) -> None:
    """Print the pin in force (null when none)."""
    _admin("GET", "/admin/pin", url, token_file)


@app.command("probe-now")
def probe_now(url: UrlOption = None, token_file: TokenFileOption = None) -> None:
    """Run a probe round now (joins one already running) and print its round, score and strategy."""
    _admin("POST", "/admin/probe", url, token_file)
