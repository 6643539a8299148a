"""The CI client never breaks a step: any argument, any environment, any answer on the port, exit 0 and a
usable answer; what it prints for $GITHUB_ENV can only set HEALTHD_ names. The README's curl form too."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from aiohttp import web
from hypothesis import given, settings
from hypothesis import strategies as st

import healthd.ci.client
import healthd.ci.http
from healthd.ci.answer import problem
from healthd.ci.client import clamp_timeout, main
from healthd.ci.http import parse_url
from healthd.config.load import load_config, parse_config
from healthd.core.adapt import param_names
from healthd.core.render import FORMATS, render
from healthd.formats import CONTROL_CHARACTER, TOOL_EXPORTS
from tests.support import HEALTHD, ROOT, free_port, parse_github_env, run, serving, snapshot

SHIPPED = str(ROOT / "strategies.yaml")


def client(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[bytes, str]:
    """main(argv) in process: (stdout bytes, stderr text); it must return 0."""
    assert main(list(argv)) == 0
    out, err = capsysbinary.readouterr()
    return out, err.decode()


# --- arguments and environment ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["", "nonsense", "http://", "http://[::1", "http://h:99999", "http://h:port/", "ftp://h/", "https://h:1",
     "http://u:p@127.0.0.1:1/", "http://127.0.0.1:1/?q=1", "http://x\r\nEvil: 1/", "http://h/ x", "http://é.test/",
     "http://" + "a" * 300 + "/", "\0", "http://127.0.0.1:1/%%%", "http://-/"],
)  # fmt: skip
def test_any_url_falls_back_with_one_warning(capsysbinary, url: str) -> None:
    out, err = client(capsysbinary, "--url", url, "--format", "text", "--timeout", "0.3", "--config", SHIPPED)
    assert out == b"emergency\n"
    assert err.startswith("healthd: warning: ") and "using the fallback strategy" in err and "Traceback" not in err


def test_healthd_url_from_the_environment_is_checked_too(capsysbinary, monkeypatch) -> None:
    monkeypatch.setenv("HEALTHD_URL", "http://[oops")
    out, err = client(capsysbinary, "--format", "text", "--config", SHIPPED)
    assert out == b"emergency\n" and "is not a URL" in err


@pytest.mark.parametrize(
    ("value", "seconds", "warned"),
    [("2.5", 2.5, False), ("0", 0, False), ("60", 60, False), ("-3", 0, True), ("1e999", 60, True),
     ("inf", 60, True), ("-inf", 0, True), ("nan", 5, True), ("soon", 5, True), ("", 5, True), ("3600", 60, True)],
)  # fmt: skip
def test_timeout_is_clamped_to_0_60_seconds(capsys, value: str, seconds: float, warned: bool) -> None:
    assert clamp_timeout(value) == seconds
    assert ("--timeout" in capsys.readouterr().err) is warned


def test_bad_arguments_warn_and_still_answer(capsysbinary) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    out, err = client(capsysbinary, "--url", url, "--format", "yaml", "--timeout", "0", "--config", SHIPPED)
    assert json.loads(out)["strategy"] == "emergency" and "--format 'yaml' is not one of" in err
    out, err = client(capsysbinary, "--url", url, "--bogus", "1", "--format", "text", "--timeout", "0")
    assert out.endswith(b"\n") and b"{" not in out and "ignoring unknown arguments '--bogus 1'" in err
    out, err = client(capsysbinary, "--url", url, "--timeout")  # no value: defaults, JSON
    assert json.loads(out)["stale"] is True and "expected one argument" in err
    out, err = client(capsysbinary, "--url", url, "--format", "env", "--timeout", "0", "--fallback", "x\nBASH_ENV=/e")
    assert b"BASH_ENV" not in out and "is not a strategy name" in err


def test_a_bug_still_prints_an_answer(capsysbinary, monkeypatch) -> None:
    def broken(*args: object) -> bytes:
        raise RuntimeError("a bug")

    monkeypatch.setattr(healthd.ci.client, "fallback", broken)
    for fmt in FORMATS:
        out, err = client(capsysbinary, "--url", "http://127.0.0.1:1", "--timeout", "0", "--format", fmt)
        assert problem(fmt, out) is None and "RuntimeError: a bug" in err
        assert out == healthd.ci.client.LAST_RESORT[fmt]  # what the action's own check takes too (score, stale)


def test_parse_url() -> None:
    assert parse_url("http://127.0.0.1:9180") == ("127.0.0.1", 9180, "")
    assert parse_url("http://[::1]:81/base/") == ("::1", 81, "/base")
    assert parse_url("http://healthd") == ("healthd", 80, "")


# --- what is an answer: render() output passes; nothing that can set another name does -------------

# what the config lets a param value hold (formats.CONTROL_CHARACTER is refused there)
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30).filter(
    lambda t: not CONTROL_CHARACTER.search(t)
)
scalars = st.one_of(text, st.integers(-(2**53), 2**53), st.floats(allow_nan=False, allow_infinity=False), st.booleans())
names = st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True).filter(
    lambda n: n not in ("strategy", "score", "stale", "updated_at")
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(names, scalars | st.lists(scalars, max_size=4).map(tuple), max_size=6), st.booleans())
def test_everything_healthd_renders_is_accepted(params: dict, stale: bool) -> None:
    exported = snapshot(params)  # with the tool exports adapt adds (GOPROXY, joined by | and ,)
    exported = replace(exported, decision=replace(exported.decision, exports={"GOPROXY": "https://a|https://b,direct"}))
    for fmt in FORMATS:
        for made in (snapshot(params), exported):
            body = render(made, fmt, stale)
            assert problem(fmt, body, frozenset(params)) is None, (fmt, body)
    if params:
        env = render(snapshot(params), "env", stale)
        assert problem("env", env, frozenset(list(params)[1:])) is not None  # a name the config lacks


hostile_lines = st.sampled_from(
    ["BASH_ENV=/tmp/evil", "LD_PRELOAD=/tmp/x.so", "PATH=/tmp", "HEALTHD_X=1", "HEALTHD_STRATEGY=optimal",
     "HEALTHD_L<<HEALTHD_EOF_0123456789ab", "HEALTHD_EOF_0123456789ab", "NODE_OPTIONS<<HEALTHD_EOF_0123456789ab",
     "HEALTHD_L<<EOF", "EOF", "", "type=gha", "HEALTHD_X<<Y=1", "healthd_x=1", " HEALTHD_X=1", "HEALTHD_X =1",
     "HEALTHD_X=a\rBASH_ENV=b", "=x", "HEALTHD_=1", "GOPROXY=https://p,direct", "GOPROXY<<HEALTHD_EOF_0123456789ab",
     "GOPROXYX=1", "GOFLAGS=-insecure"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(hostile_lines | text, max_size=8))
def test_an_accepted_env_answer_sets_only_healthd_names_as_github_reads_it(lines: list[str]) -> None:
    body = ("\n".join(lines) + "\n").encode()
    if problem("env", body) is None:
        keys = parse_github_env(body.decode())
        assert keys and all(re.fullmatch(r"HEALTHD_[A-Z0-9_]+", k) or k in TOOL_EXPORTS for k in keys), keys


@pytest.mark.parametrize(
    ("fmt", "body", "needle"),
    [
        ("json", b"{" * 100_000, "not JSON"),
        ("json", b'{"strategy": "optimal"}', "no params"),
        ("json", b'{"strategy": "Bad Name", "params": {}}', "no valid strategy name"),
        ("json", b'{"strategy": "ok", "params": {"LD_PRELOAD": "x"}}', "parameter named 'LD_PRELOAD'"),
        ("env", b"HEALTHD_STRATEGY=ok\nBASH_ENV=/tmp/evil\n", "sets 'BASH_ENV'"),
        ("env", b"HEALTHD_STRATEGY=ok\nHEALTHD_A<<EOF\nx\nEOF\n", "delimiter 'EOF' is not healthd's"),
        ("env", b"HEALTHD_STRATEGY=ok\nHEALTHD_A<<HEALTHD_EOF_0123456789ab\nBASH_ENV=x\n", "never ends"),
        ("env", b"HEALTHD_STRATEGY=ok\n\nHEALTHD_A=1\n", "empty line"),
        ("env", b"HEALTHD_STRATEGY=ok", "newline"),
        ("env", b"HEALTHD_A=1\n", "no HEALTHD_STRATEGY"),
        ("env", b"HEALTHD_STRATEGY=ok\r\nBASH_ENV=x\n", "carriage return"),
        ("env", b"HEALTHD_STRATEGY=ok\nHEALTHD_SCORE=1\nHEALTHD_STALE=false\nHEALTHD_A=\x1b]0;x\x07\n", "control"),
        ("env", b"HEALTHD_STRATEGY=ok\nHEALTHD_A=1\n", "no HEALTHD_SCORE, HEALTHD_STALE"),
        ("shell", b"export HEALTHD_STRATEGY=ok\n", "no HEALTHD_SCORE, HEALTHD_STALE"),
        ("shell", b"export HEALTHD_STRATEGY=ok\nexport HEALTHD_A=$(reboot)\n", "export HEALTHD_X='value'"),
        ("shell", b"export HEALTHD_STRATEGY=ok; rm -rf /\n", "export HEALTHD_X='value'"),
        ("text", b"optimal\nsecond line\n", "one strategy name"),
        ("text", b"\xff\n", "not UTF-8"),
    ],
)
def test_answers_that_are_not_healthd_are_refused(fmt: str, body: bytes, needle: str) -> None:
    assert needle in (problem(fmt, body) or ""), problem(fmt, body)


# --- against servers on the port: a port squatter, a huge body, a trickle, a warming daemon --------


@pytest.fixture
async def squatter(serve_app) -> str:
    """A server on healthd's port that is not healthd; /<case>/strategy picks how it misbehaves."""

    async def handler(request: web.Request) -> web.StreamResponse:
        case, fmt = request.match_info["case"], request.query["format"]
        fresh = {"X-Healthd-Stale": "false"}
        if case == "inject":
            return web.Response(text="HEALTHD_STRATEGY=optimal\nBASH_ENV=/tmp/evil\n", headers=fresh)
        if case == "huge":
            return web.Response(body=b"[" * (2 * 1024 * 1024), headers=fresh)
        if case == "plain":  # not healthd: no X-Healthd-Stale
            return web.Response(text="optimal\n")
        if case == "names":
            body = "HEALTHD_STRATEGY=optimal\nHEALTHD_SCORE=90\nHEALTHD_STALE=false\nHEALTHD_SURPRISE=1\n"
            return web.Response(text=body, headers=fresh)
        if case == "good" or (case == "warming" and time.monotonic() > started + 1):
            return web.Response(body=render(snapshot(), fmt, stale=False), headers=fresh)
        if case == "warming":  # an older healthd asked to come back after its whole timeout
            return web.Response(status=503, headers={"Retry-After": "30"})
        response = web.StreamResponse(headers=fresh)  # trickle: a byte every 0.2 s, for ever
        await response.prepare(request)
        while True:
            await response.write(b"{")
            await asyncio.sleep(0.2)

    started = time.monotonic()
    app = web.Application()
    app.router.add_get("/{case}/strategy", handler)
    return str((await serve_app(app)).make_url("/"))


@pytest.mark.parametrize(
    ("case", "fmt", "needle"),
    [("inject", "env", "sets 'BASH_ENV'"), ("huge", "json", "over 1024 KiB"), ("plain", "text", "X-Healthd-Stale"),
     ("trickle", "json", "timed out")],
)  # fmt: skip
async def test_what_is_not_healthd_gives_the_fallback(squatter: str, case: str, fmt: str, needle: str) -> None:
    code, out, err = await run(
        *HEALTHD, "strategy", "--url", squatter + case, "--format", fmt, "--timeout", "1", "--config", SHIPPED
    )
    assert code == 0 and needle in err and "using the fallback strategy" in err, err
    assert problem(fmt, out.encode()) is None and "BASH_ENV" not in out
    assert (out.split("\n")[0] if fmt != "json" else json.loads(out)["strategy"]) in (
        "emergency",
        "HEALTHD_STRATEGY=emergency",
    )


async def test_param_names_are_checked_against_a_named_config(squatter: str, tmp_path: Path) -> None:
    config = tmp_path / "strategies.yaml"
    config.write_text((ROOT / "strategies.yaml").read_text())
    code, out, err = await run(
        *HEALTHD, "strategy", "--url", squatter + "names", "--format", "env", "--config", str(config)
    )
    assert code == 0 and "HEALTHD_SURPRISE, which the config's strategies do not have" in err
    assert "HEALTHD_SURPRISE" not in out and "HEALTHD_STRATEGY=emergency\n" in out
    code, out, err = await run(
        *HEALTHD, "strategy", "--url", squatter + "good", "--format", "env", "--config", str(config)
    )
    assert (code, err) == (0, "") and "HEALTHD_STRATEGY=optimal\n" in out


async def test_a_long_retry_after_is_not_slept_through(squatter: str) -> None:
    code, out, err = await run(*HEALTHD, "strategy", "--url", squatter + "warming", "--format", "text")
    assert (code, out, err) == (0, "optimal\n", "")


WARMING = """
daemon: {{interval: 6, timeout: 5, stale_after: 30}}
components:
  web: {{weight: 100, targets: [{{name: slow, kind: http, url: "{url}"}}]}}
strategies:
  - {{name: optimal, min_score: 50, params: {{no_cache: false}}}}
  - {{name: emergency, min_score: 0, params: {{no_cache: true}}}}
"""


@pytest.fixture
async def warming_daemon(serve_app, tmp_path: Path):
    """A real daemon whose first round takes ~2 s (its one target answers slowly): 503 until then."""

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_get("/", slow)
    upstream = str((await serve_app(app)).make_url("/"))
    config = tmp_path / "warming.yaml"
    config.write_text(WARMING.format(url=upstream))
    async with serving(config, tmp_path / "daemon.log", ready=False) as (_, base):
        yield base, str(config)


async def test_a_warming_daemon_is_waited_for_not_slept_through(warming_daemon) -> None:
    """Retry-After used to be the client's whole default timeout: it fell back though healthd was ready in 2 s."""
    url, config = warming_daemon
    code, out, err = await run(*HEALTHD, "strategy", "--url", url, "--format", "env", "--config", config)
    assert (code, err) == (0, "") and "HEALTHD_STRATEGY=optimal\nHEALTHD_SCORE=100\n" in out


# --- the README's curl form -------------------------------------------------------------------------


def readme_curl_snippet() -> str:
    readme = (ROOT / "README.md").read_text()
    match = re.search(r"<!-- curl-fallback: tested by tests/test_client.py -->\n```sh\n(.*?)```", readme, re.S)
    assert match, "README lost its curl fallback snippet"
    return match[1]


def run_curl_snippet(url: str, tmp_path: Path) -> tuple[int, dict[str, str], str, float]:
    output = tmp_path / "github_output"
    output.write_text("")
    began = time.monotonic()
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", readme_curl_snippet()],  # as GitHub runs `run:`
        env={**os.environ, "HEALTHD_URL": url, "GITHUB_OUTPUT": str(output)},
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    return done.returncode, parse_github_env(output.read_text()), done.stdout + done.stderr, time.monotonic() - began


async def test_readme_curl_snippet_waits_for_a_warming_daemon(warming_daemon, tmp_path: Path) -> None:
    url, _ = warming_daemon
    code, outputs, log, _ = await asyncio.to_thread(run_curl_snippet, url, tmp_path)
    assert code == 0 and outputs["HEALTHD_STRATEGY"] == "optimal" and outputs["HEALTHD_NO_CACHE"] == "false", log


async def test_readme_curl_snippet_falls_back_when_healthd_is_dead(tmp_path: Path) -> None:
    code, outputs, log, elapsed = await asyncio.to_thread(run_curl_snippet, f"http://127.0.0.1:{free_port()}", tmp_path)
    assert code == 0 and outputs["HEALTHD_STRATEGY"] == "emergency" and "warning" in log, log
    print(f"curl snippet against a dead port: fell back after {elapsed:.1f} s")
    assert all(k.startswith("HEALTHD_") for k in outputs)


def test_params_adapt_adds_are_the_config_s_own_too() -> None:
    """HEALTHD_GOPROXY and HEALTHD_IMAGE_PREFIX_<registry> come from adapt, not from a strategy's params."""
    assert param_names(load_config(ROOT / "strategies.yaml")) == {"goproxy", "image_prefix_docker_io"}
    mirrored = parse_config("""
components:
  registries:
    weight: 100
    targets:
      - {name: hub, kind: registry, url: "https://registry-1.docker.io", repository: library/alpine}
      - {name: gcr-mirror, kind: registry, url: "https://mirror.gcr.io", repository: library/alpine, mirror_of: hub}
      - {name: ghcr, kind: registry, url: "https://ghcr.io", repository: a/b}
strategies: [{name: only, min_score: 0}]
""")
    assert param_names(mirrored) == {"image_prefix_docker_io"}


# --- the README's adaptive step: a squatter on the port sets nothing but outputs, a daemon sets GOPROXY ----------


def readme_adaptive_step() -> str:
    readme = (ROOT / "README.md").read_text()
    match = re.search(
        r"<!-- adaptive-step: tested by tests/test_client.py -->\n```yaml\n- id: healthd\n  run: \|\n(.*?)\n- ",
        readme,
        re.S,
    )
    assert match, "README lost its adaptive step"
    return "\n".join(line.removeprefix("    ") for line in match[1].splitlines()) + "\n"


def run_adaptive_step(url: str, tmp_path: Path) -> tuple[dict[str, str], str]:
    """The step's run: as GitHub runs it, `healthd` on PATH: ($GITHUB_OUTPUT as the runner reads it, $GITHUB_ENV)."""
    bin_dir, output, env_file = tmp_path / "bin", tmp_path / "github_output", tmp_path / "github_env"
    bin_dir.mkdir(exist_ok=True)
    shim = bin_dir / "healthd"
    shim.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m healthd "$@"\n')
    shim.chmod(0o755)
    output.write_text("")
    env_file.write_text("")
    env = {**os.environ, "HEALTHD_URL": url, "GITHUB_OUTPUT": str(output), "GITHUB_ENV": str(env_file)}
    env["PATH"] = f"{bin_dir}:{env['PATH']}"
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", readme_adaptive_step()],
        env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return parse_github_env(output.read_text()), env_file.read_text()


async def test_readme_adaptive_step_lets_a_squatter_set_nothing(serve_app, tmp_path: Path) -> None:
    async def strategy(request: web.Request) -> web.Response:
        body = "HEALTHD_STRATEGY=optimal\nGOPROXY=https://evil.example\nBASH_ENV=/tmp/evil\n"
        return web.Response(text=body, headers={"X-Healthd-Stale": "false"})

    async def mirrors(request: web.Request) -> web.Response:
        return web.Response(text='[registry."docker.io"]\nHEALTHD_MIRRORS_EOF\nevil=1\n')

    app = web.Application()
    app.router.add_get("/strategy", strategy)
    app.router.add_get("/mirrors", mirrors)
    url = str((await serve_app(app)).make_url("")).rstrip("/")
    outputs, env = await asyncio.to_thread(run_adaptive_step, url, tmp_path)
    assert env == ""  # the env answer was refused whole: the fallback sets no GOPROXY, and never BASH_ENV
    assert outputs["HEALTHD_STRATEGY"] == "emergency" and outputs["HEALTHD_STALE"] == "true"
    assert "evil" not in outputs and outputs["buildkitd"] == '[registry."docker.io"]\nevil=1'


async def test_readme_adaptive_step_hands_goproxy_to_later_steps(tmp_path: Path, upstream: str) -> None:
    config = tmp_path / "strategies.yaml"
    config.write_text(f"""
daemon: {{interval: 5, timeout: 1, stale_after: 20}}
components:
  web: {{weight: 100, targets: [{{name: api, kind: http, url: "{upstream}"}}]}}
  go: {{weight: 0, targets: [{{name: proxy, kind: goproxy, url: "{upstream}", module: example.com/m}}]}}
strategies: [{{name: only, min_score: 0, params: {{dockerfile: Dockerfile}}}}]
""")
    async with serving(config, tmp_path / "daemon.log") as (_, base):
        outputs, env = await asyncio.to_thread(run_adaptive_step, base, tmp_path)
    assert env == "GOPROXY=direct\n"  # the dead proxy dropped, adapt's fallback kept
    assert outputs["HEALTHD_STRATEGY"] == "only" and outputs["HEALTHD_GOPROXY"] == "direct"
    assert outputs["buildkitd"] == "# healthd: healthy registry mirrors, best first"  # none configured: no table


def test_an_empty_healthd_url_means_the_local_daemon(monkeypatch) -> None:
    """A workflow's `HEALTHD_URL: ${{ vars.X }}` is empty when X is unset: that is no URL, not a malformed one."""
    monkeypatch.setenv("HEALTHD_URL", "")
    assert healthd.ci.http.default_url() == healthd.ci.http.DEFAULT_URL
    assert healthd.ci.http.default_url("http://10.0.0.9:9180") == "http://10.0.0.9:9180"
    monkeypatch.setenv("HEALTHD_URL", "http://127.0.0.1:9999")
    assert healthd.ci.http.default_url() == "http://127.0.0.1:9999"
