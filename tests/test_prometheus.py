"""A real Prometheus scrapes a running healthd; every PromQL expression of the dashboard and of the
alert rules must parse and return data. Also: promtool accepts the example config and rules."""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import subprocess
from pathlib import Path

import aiohttp
import yaml
from aiohttp import web

from healthd.daemon.reload import Reloader
from healthd.daemon.scheduler import Scheduler
from healthd.daemon.serve import assemble
from healthd.daemon.source import ConfigSource
from healthd.token_file import TOKEN_FILE_ENV, read_token
from tests.fakes.registry import RegistryFake
from tests.fakes.switch import Switch
from tests.support import free_port, poll, require_binary

GRAFANA = Path(__file__).resolve().parent.parent / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "healthd.json"
SCRAPE_CONFIG = GRAFANA / "prometheus" / "prometheus.yml"
ALERTS = GRAFANA / "prometheus" / "alerts.yml"
ALERT_TESTS = GRAFANA / "prometheus" / "alerts_test.yml"
METRICS_DOC = GRAFANA.parent / "docs" / "metrics.md"

# registries weighs 60 and hangs on the switch; net keeps 20 of its 40 (one target up, one never).
# Before the flip: 80 -> optimal; after it: 20 -> emergency, under HealthdScoreLow's threshold.
# `measured` weighs nothing: targets only for their gauges (a registry with 3 of 100 pulls left for
# HealthdRateLimitLow, a DNS answer, a builder that exports every cache type).
CONFIG = """
daemon: {interval: 1, timeout: 0.5, stale_after: 1.5, host_requests_per_minute: HOST_CAP}
hysteresis: {downgrade_after: 1, upgrade_after: 1}
components:
  registries: {weight: 60, targets: [{name: switch, kind: http, url: "URL"}]}
  net:
    weight: 40
    targets:
      - {name: healthz, kind: http, url: "URL"}
      - {name: closed, kind: tcp, host: 127.0.0.1, port: 1}
  measured:
    weight: 0
    targets:
      - {name: hub, kind: registry, url: "REGISTRY", repository: library/alpine}
      - {name: resolver, kind: dns, query: ok.test, nameservers: ["DNS"]}
      - {name: builder, kind: buildx, docker: "DOCKER"}
strategies:
  - {name: optimal, min_score: 75}
  - {name: emergency, min_score: 0}
fleet: {min_peers: 1}
"""
# a `fleet:` section without a query API: the runner exports its fleet series (member, observed) for the
# fleet row and the recording rules. The two fleet alerts need several runners: tests/test_fleet.py.
FLEET_ALERTS = ("HealthdFleetTargetDown", "HealthdTargetDownLocalOnly")
FAKE_DOCKER = Path(__file__).resolve().parent / "fakes" / "docker"


def panels(board: dict) -> list[dict]:
    """Every panel that queries: rows left out, the panels of a collapsed row included."""
    found = []
    for panel in board["panels"]:
        found.extend(panel["panels"] if panel["type"] == "row" else [panel])
    return found


def dashboard_expressions() -> list[str]:
    """Every target's expr, and the metric selector behind each label_values() variable query."""
    board = json.loads(DASHBOARD.read_text())
    exprs = [t["expr"] for p in panels(board) for t in p["targets"]]
    for variable in board["templating"]["list"]:
        if variable["type"] == "query":  # label_values(<selector>, label) is Grafana's, not PromQL
            exprs.append(re.fullmatch(r"label_values\((.+),\s*\w+\)", variable["query"]["query"]).group(1))
    return exprs


def all_rules() -> list[dict]:
    """Every rule of alerts.yml: the alerts and the fleet's recording rules."""
    return [rule for group in yaml.safe_load(ALERTS.read_text())["groups"] for rule in group["rules"]]


def alert_rules() -> list[dict]:
    return [rule for rule in all_rules() if "alert" in rule]


def alert_expressions() -> list[str]:
    """Every rule's expression but the fleet alerts' (they need several runners: tests/test_fleet.py)."""
    return [rule["expr"] for rule in all_rules() if rule.get("alert") not in FLEET_ALERTS]


def substitute(expr: str, instance: str) -> str:
    """Grafana's variables as Grafana would fill them for one runner and a 1 s scrape interval."""
    for name, value in {"$__rate_interval": "1m", "$instance": instance}.items():
        expr = expr.replace(name, value)
    assert "$" not in expr, f"unsubstituted variable in {expr!r}"
    return expr


def test_example_scrape_config_and_alert_rules_pass_promtool():
    promtool = require_binary("promtool")
    checks = (["check", "config", SCRAPE_CONFIG], ["check", "rules", ALERTS], ["test", "rules", ALERT_TESTS])
    for *args, file in checks:  # `test rules`: when the alerts fire and what their annotations say
        check = subprocess.run([promtool, *args, str(file)], capture_output=True, text=True, timeout=30)
        assert check.returncode == 0, check.stdout + check.stderr


def test_dashboard_takes_datasource_and_instance_as_variables():
    board = json.loads(DASHBOARD.read_text())
    assert {v["name"] for v in board["templating"]["list"]} == {"datasource", "instance"}
    for panel in panels(board):
        for item in (panel, *panel["targets"]):
            assert item["datasource"]["uid"] == "${datasource}", panel["title"]
        for target in panel["targets"]:
            assert 'instance=~"$instance"' in target["expr"], panel["title"]


def test_every_alert_rule_is_in_the_docs_with_its_for_and_annotations():
    documented = dict(re.findall(r"^\| `(Healthd\w+)` \|.*\| (\w+) \|$", METRICS_DOC.read_text(), re.MULTILINE))
    assert documented == {rule["alert"]: rule["for"] for rule in alert_rules()}
    for rule in alert_rules():
        assert rule["annotations"]["summary"] and rule["annotations"]["description"], rule["alert"]


def test_dashboard_panels_sit_in_rows_without_overlapping():
    board = json.loads(DASHBOARD.read_text())
    assert board["panels"][0]["type"] == "row", "every panel belongs to a row (a theme)"
    cells: dict[tuple[int, int], str] = {}
    for panel in board["panels"]:
        box = panel["gridPos"]
        assert box["x"] + box["w"] <= 24, panel["title"]
        for x in range(box["x"], box["x"] + box["w"]):
            for y in range(box["y"], box["y"] + box["h"]):
                assert (x, y) not in cells, f"{panel['title']} overlaps {cells[(x, y)]}"
                cells[(x, y)] = panel["title"]
    assert len({p["id"] for p in board["panels"]}) == len(board["panels"]), "panel ids are unique"


def alert_expression(name: str) -> str:
    return next(rule["expr"] for rule in alert_rules() if rule["alert"] == name)


async def test_every_dashboard_and_alert_expression_returns_data(serve_app, prometheus, dnsmasq, tmp_path):
    switch = Switch()
    url = str((await serve_app(switch.app())).make_url("/"))
    port = free_port()
    instance = f"127.0.0.1:{port}"
    stop = asyncio.Event()
    file = tmp_path / "strategies.yaml"
    registry = str((await serve_app(RegistryFake(ratelimit_remaining=3).app())).make_url("/"))
    config = CONFIG.replace("REGISTRY", registry).replace("URL", url).replace("DNS", dnsmasq.server)
    config = config.replace("DOCKER", str(FAKE_DOCKER / "docker"))
    file.write_text(config.replace("HOST_CAP", "6000"))
    token_file = tmp_path / "admin-token"
    token_file.write_text(secrets.token_hex(16))
    token_file.chmod(0o600)
    token = read_token({TOKEN_FILE_ENV: str(token_file)})
    source = ConfigSource(file)
    env = {"PATH": "/usr/bin:/bin", "HEALTHD_FAKE_DOCKER": "docker29-containerd"}
    async with Scheduler(source.config, env=env) as scheduler, aiohttp.ClientSession() as client:
        runner = web.AppRunner(assemble(scheduler, source, token), access_log=None)
        await runner.setup()
        rounds = asyncio.create_task(scheduler.run(stop))
        try:
            await web.TCPSite(runner, "127.0.0.1", port).start()
            scrape = yaml.safe_load(SCRAPE_CONFIG.read_text())
            scrape["global"] = {"scrape_interval": "1s", "evaluation_interval": "1s"}
            scrape["rule_files"] = [str(ALERTS)]
            # A second, dead instance: HealthdDown (up == 0) needs a runner Prometheus cannot scrape.
            scrape["scrape_configs"][0]["static_configs"] = [{"targets": [instance, f"127.0.0.1:{free_port()}"]}]
            prom = await prometheus(scrape)

            async def has(expr: str) -> bool:
                return bool((await prom.query(expr))["data"]["result"])

            await poll(lambda: has(f'healthd_strategy{{instance="{instance}",strategy="optimal"}} == 1'), "optimal")
            # Alerts fire only on failure, so rather than test a weaker underlying selector, the setup
            # makes every condition true: the switch goes down (score 20 -> HealthdScoreLow, and the
            # change of strategy), `closed` is always down (HealthdTargetDown), an operator pins the
            # strategy through the admin API (HealthdPinHeldLong), a reload caps requests per host at
            # 1 a minute so every HTTP probe is throttled (HealthdLocalProbeFailures), the config is
            # refused as a bad SIGHUP would be (HealthdConfigReloadFailed), and the rounds stop while
            # /metrics keeps answering (HealthdRoundsStale once stale_after passes).
            switch.up = False
            await poll(lambda: has(f'healthd_strategy{{instance="{instance}",strategy="emergency"}} == 1'), "switch")
            await poll(lambda: has('healthd_strategy_changes_total{from="optimal",to="emergency"} == 1'), "change")
            pin = {"strategy": "emergency", "ttl": 3600, "reason": "registry incident"}
            headers = {"Authorization": f"Bearer {token}"}
            async with client.post(f"http://{instance}/admin/pin", json=pin, headers=headers) as response:
                assert response.status == 200, await response.text()
            file.write_text(config.replace("HOST_CAP", "1"))
            reloader = Reloader(scheduler, source, instance, listen_overridden=True)
            reloader.request()
            await reloader.wait()
            await poll(lambda: has(alert_expression("HealthdLocalProbeFailures")), "throttled")
            source.refuse("strategies.yaml:1:1: refused, as a bad SIGHUP reload would be")
            stop.set()
            await rounds

            expressions = [substitute(e, instance) for e in dashboard_expressions()] + alert_expressions()
            for expr in expressions:  # each parses: a syntax error is an error answer, at once
                answer = await prom.query(expr)
                assert answer["status"] == "success", (expr, answer)
            empty = list(expressions)

            async def all_return_data() -> bool:
                empty[:] = [expr for expr in empty if not await has(expr)]
                return not empty

            try:
                await poll(all_return_data, "data")
            except AssertionError:
                raise AssertionError(f"no data for: {empty}") from None
            groups = (await prom.get("/api/v1/rules"))["data"]["groups"]
            rules = [rule for group in groups for rule in group["rules"]]
            assert len(rules) == len(all_rules()) and all(r["health"] == "ok" for r in rules)
        finally:
            stop.set()
            await rounds
            await runner.cleanup()
