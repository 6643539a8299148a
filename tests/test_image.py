"""The container image without an engine: the final stage's ENV, ENTRYPOINT + CMD and HEALTHCHECK are
read out of the Dockerfile and run here, so a broken command line or healthcheck fails a test."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shlex
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, free_port


def stages(dockerfile: str) -> list[dict[str, list[str]]]:
    """Per stage: instruction -> its arguments, one string per occurrence."""
    text = re.sub(r"\\\n", " ", dockerfile)  # line continuations
    stages: list[dict[str, list[str]]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        instruction, _, args = line.strip().partition(" ")
        if instruction.upper() == "FROM":
            stages.append({})
        stages[-1].setdefault(instruction.upper(), []).append(args.strip())
    return stages


def image_env(stage: dict[str, list[str]], base: dict[str, str]) -> dict[str, str]:
    env = dict(base)
    for args in stage.get("ENV", []):
        for pair in shlex.split(args):
            key, _, value = pair.partition("=")
            env[key] = re.sub(r"\$(\w+)|\$\{(\w+)\}", lambda m: env.get(m[1] or m[2], ""), value)
    return env


def exec_form(args: str) -> list[str]:
    """An exec-form (JSON array) argument; shell form would need a shell in the image and eats signals."""
    argv = json.loads(args)
    assert isinstance(argv, list) and all(isinstance(a, str) for a in argv), args
    return argv


def here(argv: list[str]) -> list[str]:
    """The image's command as it runs in this worktree: `healthd` and `python` are this interpreter."""
    head = {"healthd": [sys.executable, "-m", "healthd"], "python": [sys.executable]}[argv[0]]
    return head + argv[1:]


STAGES = stages((ROOT / "Dockerfile").read_text())
STAGE = STAGES[-1]


def test_final_stage_is_a_small_pinned_non_root_image() -> None:
    base = STAGE["FROM"][0].split()[0]
    assert re.fullmatch(r"python:3\.11\.?[0-9]*-slim-bookworm(@sha256:[0-9a-f]{64})?", base), base
    user = STAGE["USER"][-1].split(":")[0]
    assert user.isdigit() and int(user) > 0, "numeric non-root USER (Kubernetes' runAsNonRoot checks the UID)"
    assert STAGE["STOPSIGNAL"] == ["SIGTERM"]
    labels = " ".join(STAGE["LABEL"])
    for key in ("title", "description", "version", "revision", "licenses", "base.name"):
        assert f"org.opencontainers.image.{key}=" in labels, key
    env = image_env(STAGE, {})
    assert env["HEALTHD_LISTEN"] == "0.0.0.0:9180" and env["HEALTHD_CONFIG"] == "/etc/healthd/strategies.yaml"
    assert any(args.endswith("/etc/healthd/strategies.yaml") for args in STAGE["COPY"])


def test_dockerignore_keeps_the_context_to_what_the_build_copies() -> None:
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    assert "*" in lines
    kept = {line[1:].rstrip("/") for line in lines if line.startswith("!")}
    copies = [args.split()[:-1] for stage in STAGES for args in stage.get("COPY", []) if "--from" not in args]
    copied = {source.rstrip("/") for sources in copies for source in sources}
    assert copied <= kept, copied - kept


async def run(argv: list[str], env: dict[str, str], within: float = 20) -> int:
    proc = await asyncio.create_subprocess_exec(*argv, env=env, cwd=ROOT, stderr=asyncio.subprocess.DEVNULL)
    return await asyncio.wait_for(proc.wait(), within)


async def test_entrypoint_serves_and_its_healthcheck_passes(tmp_path: Path, upstream: str) -> None:
    config = tmp_path / "strategies.yaml"
    config.write_text(f"""
daemon: {{interval: 1, timeout: 0.5}}
components:
  web: {{weight: 100, targets: [{{name: api, kind: http, url: "{upstream}"}}]}}
strategies:
  - {{name: emergency, min_score: 0}}
""")
    port = free_port()
    env = image_env(STAGE, {"PATH": os.environ["PATH"], "PYTHONPATH": str(ROOT)})
    # Only what cannot be the same outside a container: the config's path and the port (9180 may be taken).
    assert env["HEALTHD_LISTEN"].startswith("0.0.0.0:")
    assert env["STATE_DIRECTORY"] == "/var/lib/healthd" and "/var/lib/healthd" in STAGE["VOLUME"][-1]
    env |= {"HEALTHD_CONFIG": str(config), "HEALTHD_LISTEN": f"0.0.0.0:{port}", "STATE_DIRECTORY": str(tmp_path / "s")}
    env.pop("HEALTHD_STATE_DIR", None)  # the image's own default decides
    command = here(exec_form(STAGE["ENTRYPOINT"][-1]) + exec_form(STAGE["CMD"][-1]))
    options, _, check = STAGE["HEALTHCHECK"][-1].partition(" CMD ")
    healthcheck = here(exec_form(check))
    timeout = float(re.search(r"--timeout=(\d+)s", options)[1])

    assert await run(healthcheck, env, timeout + 5) != 0, "the healthcheck passes with no daemon"
    daemon = await asyncio.create_subprocess_exec(*command, env=env, cwd=tmp_path, stderr=asyncio.subprocess.PIPE)
    try:
        for _ in range(100):
            if await run(healthcheck, env, timeout + 5) == 0:
                break
            assert daemon.returncode is None, "the daemon exited"
            await asyncio.sleep(0.2)
        else:
            pytest.fail("the HEALTHCHECK command never passed")
    finally:
        daemon.terminate()
        _, err = await asyncio.wait_for(daemon.communicate(), 10)
    assert daemon.returncode == 0, err.decode()
    assert f"host=0.0.0.0 port={port}" in err.decode(), "listening on all of the container's interfaces"
