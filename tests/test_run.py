"""`healthd run`: real commands (bash scripts) run, their output passed through, retried only when the
diagnosis says a retry can help."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from tests.support import ROOT, free_port, running_daemon

REGISTRY_TIMEOUT = (
    'ERROR: failed to solve: failed to do request: Head "https://registry-1.docker.io/v2/library/alpine/manifests/'
    '3.19": dial tcp 54.236.113.205:443: i/o timeout'
)
COMPILE_ERROR = "main.go:3:1: syntax error: non-declaration statement outside function body"


def script(tmp_path: Path, body: str) -> Path:
    """A bash script that counts its runs in ./count (the run number is $n, from 1) and then runs `body`."""
    path = tmp_path / "build.sh"
    path.write_text(
        "#!/bin/bash\n"
        f'count="{tmp_path}/count"\n'
        'n=$(( $(cat "$count" 2>/dev/null || echo 0) + 1 )); echo "$n" > "$count"\n' + body
    )
    path.chmod(0o755)
    return path


def runs(tmp_path: Path) -> int:
    return int((tmp_path / "count").read_text())


def healthd_run(*args: str, within: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "healthd", "run", *args], cwd=ROOT, capture_output=True, timeout=within
    )


def dead() -> str:
    return f"http://127.0.0.1:{free_port()}"


def test_a_transient_registry_failure_is_retried_once_and_passes(tmp_path: Path) -> None:
    build = script(tmp_path, f"if [ $n = 1 ]; then echo '{REGISTRY_TIMEOUT}' >&2; exit 1; fi\necho built\n")
    done = healthd_run("--url", dead(), "--wait", "0", "--", str(build))
    assert done.returncode == 0, done.stderr
    assert runs(tmp_path) == 2
    err = done.stderr.decode()
    warning = next(line for line in err.splitlines() if line.startswith("::warning::"))
    assert "connectivity.timeout" in warning and "docker.io" in warning and "attempt 1/2" in warning, warning
    assert REGISTRY_TIMEOUT in err and done.stdout == b"built\n"
    assert "fallback strategy" in err  # no daemon: the second attempt got healthd's fallback strategy


def test_a_compile_error_is_never_retried(tmp_path: Path) -> None:
    build = script(tmp_path, f"echo '{COMPILE_ERROR}' >&2; exit 2\n")
    done = healthd_run("--url", dead(), "--wait", "0", "--attempts", "3", "--", str(build))
    assert done.returncode == 2 and runs(tmp_path) == 1
    err = done.stderr.decode()
    assert "::warning::" not in err
    last = err.splitlines()[-1]
    assert "build.compile_error" in last and "not retrying" in last and "build's own failure" in last, last


def test_an_unknown_failure_is_not_retried(tmp_path: Path) -> None:
    build = script(tmp_path, "echo 'something odd happened' >&2; exit 5\n")
    done = healthd_run("--url", dead(), "--wait", "0", "--", str(build))
    assert done.returncode == 5 and runs(tmp_path) == 1
    assert "no known cause" in done.stderr.decode()


def test_a_persistent_failure_stops_at_attempts(tmp_path: Path) -> None:
    build = script(tmp_path, f"echo '{REGISTRY_TIMEOUT}' >&2; exit 7\n")
    done = healthd_run("--url", dead(), "--wait", "0", "--attempts", "3", "--", str(build))
    assert done.returncode == 7 and runs(tmp_path) == 3
    err = done.stderr.decode()
    assert err.count("::warning::") == 2 and "no attempts left (--attempts 3)" in err.splitlines()[-1]


def test_a_command_that_cannot_start_is_a_clear_error(tmp_path: Path) -> None:
    missing = healthd_run("--", str(tmp_path / "no-such-build"), "x")
    assert missing.returncode == 127 and b"command not found" in missing.stderr and b"no-such-build" in missing.stderr
    plain = tmp_path / "notes.txt"
    plain.write_text("not a program\n")
    refused = healthd_run("--", str(plain))
    assert refused.returncode == 126 and b"not executable" in refused.stderr
    assert healthd_run().returncode == 2  # no command at all: a usage error


def test_output_passes_through_byte_for_byte_and_the_exit_code_is_the_commands(tmp_path: Path) -> None:
    payload = tmp_path / "payload.bin"
    payload.write_bytes(bytes(range(256)) * 4096 + b"\r\nno newline at the end \x1b[31mred")
    build = script(tmp_path, f"cat '{payload}'; printf 'to stderr\\r\\n' >&2; exit 0\n")
    done = healthd_run("--", str(build))
    assert done.returncode == 0 and runs(tmp_path) == 1
    assert done.stdout == payload.read_bytes() and done.stderr == b"to stderr\r\n"
    killed = healthd_run("--", "bash", "-c", "kill -TERM $$")
    assert killed.returncode == 128 + 15


async def test_a_live_daemon_reports_the_component_healthy_and_hands_over_its_strategy(
    tmp_path: Path, upstream: str
) -> None:
    config = tmp_path / "strategies.yaml"
    config.write_text(f"""
daemon: {{interval: 0.5, timeout: 0.4, stale_after: 5}}
components:
  net: {{weight: 100, targets: [{{name: api, kind: http, url: "{upstream}"}}]}}
strategies:
  - {{name: optimal, min_score: 50, params: {{cache_from: ["type=gha", "type=registry,ref=r:c"], no_cache: false}}}}
  - {{name: emergency, min_score: 0, params: {{cache_from: [], no_cache: true}}}}
""")
    build = script(
        tmp_path,
        f"if [ $n = 1 ]; then echo '{REGISTRY_TIMEOUT}' >&2; exit 1; fi\n"
        'echo "strategy=$HEALTHD_STRATEGY"; printf "%s" "$HEALTHD_CACHE_FROM" > "$(dirname "$0")/cache_from"\n',
    )
    async with running_daemon(config) as daemon:
        done = await asyncio.to_thread(healthd_run, "--url", daemon.url, "--wait", "20", "--", str(build))
    err = done.stderr.decode()
    assert done.returncode == 0 and runs(tmp_path) == 2, err
    assert "healthd reports connectivity healthy" in err and "fallback" not in err, err
    assert done.stdout == b"strategy=optimal\n"
    assert (tmp_path / "cache_from").read_text() == "type=gha\ntype=registry,ref=r:c"  # a heredoc, parsed
