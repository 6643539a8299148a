"""The house's rules, checked: each entry point's import budget (fresh interpreters), no import cycle,
the packaged default's precomputed facts current, and a wheel that installs and runs on its own."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from healthd.ci.cache import load, packaged_document
from healthd.config.paths import PACKAGED_CONFIG, PACKAGED_FACTS
from tests.support import ROOT, free_port, serving, write_config

HEAVY = ("aiohttp", "yaml", "prometheus_client", "pycares", "aiodns")
IO_LIBRARIES = (*HEAVY, "socket", "asyncio", "sqlite3", "urllib.request", "http.client", "ssl")

# Runs one CLI invocation as `healthd` does, then writes which modules it loaded to $MODULES_OUT.
PROBE = """
import atexit, json, os, sys
atexit.register(lambda: open(os.environ["MODULES_OUT"], "w").write(json.dumps(sorted(sys.modules))))
sys.argv = ["healthd", *json.loads(os.environ["ARGS"])]
from healthd.__main__ import main
main()
"""


def loaded_by(args: list[str], tmp_path: Path, **env: str) -> set[str]:
    out = tmp_path / f"modules-{len(list(tmp_path.glob('modules-*')))}.json"
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))  # this checkout's healthd
    environment = dict(os.environ, MODULES_OUT=str(out), ARGS=json.dumps(args), PYTHONPATH=path, **env)
    subprocess.run([sys.executable, "-c", PROBE], env=environment, cwd=tmp_path, capture_output=True, timeout=60)
    return set(json.loads(out.read_text()))


def top_level(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules} | modules


async def test_healthd_strategy_loads_no_daemon_library_answering_or_falling_back(
    tmp_path: Path, upstream: str
) -> None:
    config = write_config(tmp_path / "mine.yaml", upstream)
    async with serving(config, tmp_path / "daemon.log") as (_, base):
        answering = loaded_by(["strategy", "--url", base, "--format", "env"], tmp_path)
    dead = f"http://127.0.0.1:{free_port()}"
    packaged_cold = loaded_by(["strategy", "--url", dead, "--timeout", "0.2"], tmp_path)
    loaded_by(["strategy", "--url", dead, "--timeout", "0.2"], tmp_path, HEALTHD_CONFIG=str(config))  # warms it
    warm = loaded_by(["strategy", "--url", dead, "--timeout", "0.2"], tmp_path, HEALTHD_CONFIG=str(config))
    hook = ["hook", "job-started", "--url", dead, "--timeout", "0.2"]
    hooked = loaded_by(hook, tmp_path, GITHUB_ENV=str(tmp_path / "github_env"))
    assert "healthd.ci.hook" in hooked
    for name, modules in (
        ("answering", answering), ("packaged default", packaged_cold), ("warm cache", warm), ("hook", hooked)
    ):  # fmt: skip
        assert "healthd.ci.client" in modules, name
        assert not top_level(modules) & {*HEAVY, "typer"}, (name, sorted(top_level(modules) & {*HEAVY, "typer"}))


def test_healthd_pin_show_loads_no_daemon_library(tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("0123456789abcdef0123")
    modules = loaded_by(
        ["pin", "show", "--url", f"http://127.0.0.1:{free_port()}"], tmp_path, HEALTHD_ADMIN_TOKEN_FILE=str(token)
    )
    assert "healthd.ci.admin_client" in modules
    assert not top_level(modules) & set(HEAVY), sorted(top_level(modules) & set(HEAVY))


def test_healthd_run_loads_no_daemon_library_nor_the_matcher_on_success(tmp_path: Path) -> None:
    modules = loaded_by(["run", "--url", f"http://127.0.0.1:{free_port()}", "--", "true"], tmp_path)
    assert "healthd.ci.run" in modules
    assert not top_level(modules) & {*HEAVY, "typer"}, sorted(top_level(modules) & {*HEAVY, "typer"})
    assert not {m for m in modules if m.startswith(("healthd.diagnose", "re2", "ahocorasick"))}


def test_healthd_diagnose_loads_only_what_it_needs(tmp_path: Path) -> None:
    log = tmp_path / "build.log"
    log.write_text("ERROR: failed to solve: failed to fetch oauth token: 401 Unauthorized\n")
    modules = loaded_by(["diagnose", str(log), "--url", f"http://127.0.0.1:{free_port()}"], tmp_path)
    assert "healthd.diagnose.matcher" in modules
    assert not top_level(modules) & {"aiohttp", "prometheus_client", "pycares", "aiodns", "yaml"}


def test_healthd_check_opens_no_state(tmp_path: Path) -> None:
    """Only `healthd serve` keeps state on disk: a one-off check loads no sqlite3 and writes no state file."""
    config = write_config(tmp_path / "mine.yaml", f"http://127.0.0.1:{free_port()}/")
    state = tmp_path / "state"
    modules = loaded_by(["check", "--json", "--config", str(config)], tmp_path, HEALTHD_STATE_DIR=str(state))
    assert "healthd.daemon.scheduler" in modules and "sqlite3" not in modules
    assert not state.exists()


def test_the_daemon_leaves_the_matcher_to_its_workers() -> None:
    """POST /diagnose matches in child processes: the daemon renders reports from plain findings and never
    holds the catalog, RE2 or Aho-Corasick (3 MiB of idle RSS)."""
    code = "import sys, healthd.daemon.serve\nprint(' '.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "healthd.diagnose.report" in loaded
    assert not loaded & {"re2", "ahocorasick_rs", "healthd.diagnose.matcher", "healthd.diagnose.catalog"}


def test_the_core_imports_no_io_library() -> None:
    cores = sorted(f"healthd.core.{p.stem}" for p in (ROOT / "healthd" / "core").glob("*.py") if p.stem != "__init__")
    code = f"import sys\nfor m in {cores!r}: __import__(m)\nprint(' '.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    )
    assert not loaded & set(IO_LIBRARIES), sorted(loaded & set(IO_LIBRARIES))
    assert not {m for m in loaded if m.startswith(("healthd.daemon", "healthd.probes", "healthd.config.load"))}


def imports_of(path: Path, package_modules: set[str]) -> set[str]:
    """Every healthd module `path` imports, lazy imports inside functions included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [
                f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in package_modules else node.module
                for a in node.names
            ]
        found |= {n for n in names if n in package_modules}
    return found


def test_no_import_cycle_lazy_imports_included() -> None:
    files = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
        for p in (ROOT / "healthd").rglob("*.py")
    }
    graph = {module: imports_of(path, set(files)) - {module} for module, path in files.items()}
    done: set[str] = set()

    def visit(module: str, trail: list[str]) -> None:
        if module in trail:
            raise AssertionError("import cycle: " + " -> ".join([*trail[trail.index(module) :], module]))
        if module in done:
            return
        for imported in sorted(graph[module]):
            visit(imported, [*trail, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    assert len(done) == len(files) > 40


def test_no_test_module_imports_another() -> None:
    for path in (ROOT / "tests").glob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("tests.test_", "tests.conftest")), (path.name, node.module)


def test_the_layer_packages_define_nothing_in_their_init() -> None:
    """A docstring at most: importing healthd.ci.client must not pay for anything else in healthd.ci."""
    for init in (ROOT / "healthd").glob("*/__init__.py"):
        body = ast.parse(init.read_text()).body
        assert all(isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant) for n in body) and len(body) <= 1, init


def test_the_packaged_facts_are_those_of_the_packaged_config() -> None:
    """Regenerate after editing healthd/strategies.yaml with `python -m healthd.ci.cache`."""
    assert json.loads(PACKAGED_FACTS.read_text()) == json.loads(json.dumps(packaged_document()))
    shipped = load(PACKAGED_CONFIG)
    assert set(json.loads(PACKAGED_FACTS.read_text())["param_names"]) == shipped.param_names


@pytest.mark.real
def test_the_wheel_installs_in_a_fresh_venv_and_runs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = [
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        str(wheels),
        str(ROOT),
    ]
    subprocess.run(build, check=True, capture_output=True, timeout=300)
    (wheel,) = wheels.glob("healthd-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=True, with_pip=True)  # the dependencies from this interpreter
    python = env_dir / "bin" / "python"
    install = [python, "-m", "pip", "install", "-q", "--no-deps", "--ignore-installed", str(wheel)]  # not the outer one
    subprocess.run(install, check=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"  # no ./strategies.yaml, no checkout on sys.path
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "HEALTHD_CONFIG")}
    where = subprocess.run(
        [python, "-c", "import healthd; print(healthd.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert str(env_dir) in where.stdout, where
    healthd = str(env_dir / "bin" / "healthd")
    check = subprocess.run(
        [healthd, "config", "validate", str(PACKAGED_CONFIG)],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stderr
    dead = f"http://127.0.0.1:{free_port()}"
    answer = subprocess.run(
        [healthd, "strategy", "--url", dead, "--timeout", "0.2"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    document = json.loads(answer.stdout)
    assert document["stale"] is True and document["strategy"] == "emergency" and document["params"], document
    checked = subprocess.run(
        [healthd, "check", "--json"], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120
    )
    assert checked.returncode in (0, 1, 2) and "strategy" in json.loads(checked.stdout), checked.stderr
