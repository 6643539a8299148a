"""deploy/compose: the compose file against the compose-spec JSON schema (no `docker compose config` here),
its bind mounts against the repository, and its Prometheus config with promtool."""

from __future__ import annotations

import copy
import json
import subprocess
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.support import ROOT, require_binary

COMPOSE_DIR = ROOT / "deploy" / "compose"
COMPOSE = yaml.safe_load((COMPOSE_DIR / "compose.yaml").read_text())


def compose_schema() -> dict:
    """compose-spec's schema as check-jsonschema vendors it (its `--builtin-schema vendor.compose-spec`)."""
    vendored = resources.files("check_jsonschema") / "builtin_schemas" / "vendor" / "compose-spec.json"
    return json.loads(vendored.read_text())


def errors(document: dict) -> list[str]:
    validator = jsonschema.Draft202012Validator(compose_schema(), format_checker=jsonschema.FormatChecker())
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


def test_compose_file_matches_the_compose_spec() -> None:
    assert errors(COMPOSE) == []


def test_the_schema_refuses_a_broken_compose_file() -> None:
    broken = copy.deepcopy(COMPOSE)
    broken["services"]["healthd"]["restart_policy"] = "always"  # not a service key
    broken["services"]["grafana"]["ports"] = {"3000": 3000}  # ports is a list
    found = errors(broken)
    assert any(e.startswith("['services', 'healthd']") and "restart_policy" in e for e in found), found
    assert any(e.startswith("['services', 'grafana', 'ports']") for e in found), found


def test_bind_mounts_and_build_context_exist() -> None:
    for name, service in COMPOSE["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (COMPOSE_DIR / source).exists(), f"{name}: {source}"
    assert (COMPOSE_DIR / COMPOSE["services"]["healthd"]["build"]["context"] / "Dockerfile").is_file()


def test_grafana_finds_its_provisioning_and_dashboards() -> None:
    grafana = COMPOSE["services"]["grafana"]
    (mount,) = [v for v in grafana["volumes"] if v.startswith("../../grafana:")]
    source, target = (COMPOSE_DIR / mount.split(":")[0]).resolve(), mount.split(":")[1]

    def in_repo(container_path: str) -> Path:
        assert container_path.startswith(target + "/"), container_path
        return source / container_path.removeprefix(target + "/")

    provisioning = in_repo(grafana["environment"]["GF_PATHS_PROVISIONING"])
    datasources = yaml.safe_load((provisioning / "datasources" / "healthd.yaml").read_text())
    assert "$PROMETHEUS_URL" in json.dumps(datasources) and grafana["environment"]["PROMETHEUS_URL"]
    providers = yaml.safe_load((provisioning / "dashboards" / "healthd.yaml").read_text())["providers"]
    assert list(in_repo(providers[0]["options"]["path"]).glob("*.json"))


def test_prometheus_config_passes_promtool() -> None:
    promtool = require_binary("promtool")
    result = subprocess.run(
        [promtool, "check", "config", str(COMPOSE_DIR / "prometheus.yml")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    scrape = yaml.safe_load((COMPOSE_DIR / "prometheus.yml").read_text())["scrape_configs"][0]
    assert scrape["job_name"] == "healthd", "the alerts and the dashboard select job=healthd"
    assert scrape["static_configs"][0]["targets"] == ["healthd:9180"]


@pytest.mark.parametrize("service", ["prometheus", "grafana"])
def test_images_are_pinned_by_tag(service: str) -> None:
    image = COMPOSE["services"][service]["image"]
    assert ":" in image and not image.endswith(":latest"), image
