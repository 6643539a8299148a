"""The `fleet:` section and its selector grammar: accepted, refused with file:line, rendered canonically."""

from __future__ import annotations

import pytest

from healthd.config.load import ConfigError, parse_config
from healthd.config.selector import SelectorError, parse_selector

BASE = """\
components:
  net:
    weight: 100
    targets:
      - {name: port, kind: tcp, host: 127.0.0.1, port: 1}
strategies:
  - {name: optimal, min_score: 50}
  - {name: emergency, min_score: 0}
"""

GOOD = {
    '{job="healthd",namespace="arc-runners"}': '{job="healthd",namespace="arc-runners"}',
    ' { job = "healthd" , namespace=~"arc-.*" , } ': '{job="healthd",namespace=~"arc-.*"}',
    "{}": "{}",
    '{pod!~"tmp-.+",cluster!="dev"}': '{pod!~"tmp-.+",cluster!="dev"}',
    r'{instance=~"runner-\\d+:9180"}': r'{instance=~"runner-\\d+:9180"}',
    r'{note="say \"hi\""}': r'{note="say \"hi\""}',
    '{job="héalthd"}': '{job="héalthd"}',
}
BAD = [
    "", 'job="healthd"', '{job="healthd"', '{job="healthd"}}', '{job="healthd"} or vector(1)',
    "{job=healthd}", "{job='healthd'}", "{job=`healthd`}", '{job="a",,x="b"}', "{,}", '{job="a" x="b"}',
    '{__name__="healthd_score"}', '{target="ghcr.io"}', '{id="abc"}', '{strategy="optimal"}',
    '{1job="a"}', '{job-name="a"}', '{job=="a"}', '{job~="a"}', '{job="a\\nb"}', '{job="a\tb"}', '{job="a\nb"}',
    '{job=~"("}', r'{job=~"(a)\\1"}', '{job=~"(?=a)"}', '{job="a"}\n', '{job="x"}#', '{job\t="a"}',
    "{" + ",".join(f'l{i}="v"' for i in range(17)) + "}", '{job="' + "x" * 1100 + '"}',
]  # fmt: skip


@pytest.mark.parametrize(("text", "canonical"), GOOD.items())
def test_selector_accepted_and_rendered_canonically(text: str, canonical: str) -> None:
    assert parse_selector(text).render() == canonical


@pytest.mark.parametrize("text", BAD)
def test_selector_refused(text: str) -> None:
    with pytest.raises(SelectorError):
        parse_selector(text)


def test_selector_values_round_trip() -> None:
    selector = parse_selector(r'{a="\\ \" x"}')
    assert selector.matchers[0].value == '\\ " x'
    assert parse_selector(selector.render()) == selector


def test_no_fleet_section_is_none() -> None:
    assert parse_config(BASE).fleet is None


def test_fleet_section_defaults() -> None:
    config = parse_config(BASE + "fleet: {prometheus: 'http://127.0.0.1:9090'}\n")
    assert config.fleet is not None and config.fleet_timeout == 2.0
    assert (config.fleet.selector, config.fleet.timeout, config.fleet.min_peers, config.fleet.pin_file) == (
        '{job="healthd"}', None, 3, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("section", "needle"),
    [
        ("fleet:\n  prometheus: http://p:9090\n  selector: '{job=\"a\"} or 1'\n", "11:3: fleet.selector: trailing"),
        ("fleet:\n  prometheus: http://p:9090\n  timeout: 9\n", "11:3: fleet.timeout: timeout (9s) must not exceed"),
        ("fleet:\n  prometheus: ftp://p\n", "conf.yaml:10:3: fleet.prometheus: URL must start"),
        ("fleet:\n  min_peers: 0\n", "conf.yaml:10:3: fleet.min_peers"),
        ("fleet:\n  token: abc\n", "conf.yaml:10:3: fleet.token"),
    ],
)  # fmt: skip
def test_fleet_mistakes_refused_at_their_line(section: str, needle: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(BASE + section, "conf.yaml")
    assert needle in str(caught.value)
