"""strategies.yaml: the shipped file is valid; every kind of mistake is refused with its line and reason."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from healthd.config.load import MAX_CONFIG_BYTES, ConfigError, load_config, parse_config
from healthd.config.paths import default_config_path
from healthd.config.targets import KINDS
from healthd.config.types import CountGate, parse_listen
from tests.support import ROOT

GOOD = """\
daemon: {listen: "127.0.0.1:9180", interval: 30, timeout: 5, stale_after: 120}
hysteresis: {downgrade_after: 2, upgrade_after: 3}
components:
  web:
    weight: 60
    targets:
      - {name: api, kind: http, url: "http://127.0.0.1:1/x", expect_status: [200, 204]}
  net:
    weight: 40
    targets:
      - {name: port, kind: tcp, host: 127.0.0.1, port: 1, timeout: 2}
strategies:
  - {name: optimal, min_score: 80, params: {cache_from: ["type=gha", "r:c"], timeout_minutes: 40, no_cache: false}}
  - {name: resilient, min_score: 50, requires: {web: 30}, params: {timeout_minutes: 30, cache_from: [], no_cache: no}}
  - {name: emergency, min_score: 0, params: {no_cache: true, timeout_minutes: 15, cache_from: []}}
"""


BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
)


def refuse(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        parse_config(textwrap.dedent(text), "conf.yaml")
    return caught.value


def test_shipped_config_is_valid() -> None:
    config = load_config(ROOT / "strategies.yaml")
    assert sum(c.weight for c in config.components.values()) == 100
    assert [s.name for s in config.strategies] == ["optimal", "resilient", "conservative", "emergency"]
    assert [s.min_score for s in config.strategies] == [80, 60, 40, 0]
    assert config.strategy("resilient").requires == {"registries": CountGate(up=2)}
    weights = {name: c.weight for name, c in config.components.items() if c.weight}
    assert weights == {"gha_cache": 20, "registries": 30, "go_proxies": 25, "dns": 15, "connectivity": 10}


def test_packaged_default_is_the_shipped_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HEALTHD_CONFIG", raising=False)
    packaged = default_config_path()
    assert packaged.read_bytes() == (ROOT / "strategies.yaml").read_bytes()
    monkeypatch.setenv("HEALTHD_CONFIG", "/elsewhere.yaml")
    assert default_config_path() == Path("/elsewhere.yaml")
    assert default_config_path("given.yaml") == Path("given.yaml")


def test_good_config_defaults_and_types() -> None:
    config = parse_config(GOOD)
    api = config.components["web"].targets[0]
    assert api.timeout == 5  # from daemon.timeout
    assert api.slow_after == 2.5  # half the timeout when slow_threshold is absent
    assert config.components["net"].targets[0].timeout == 2
    assert config.strategies[0].params["cache_from"] == ("type=gha", "r:c")
    assert config.strategies[2].params["no_cache"] is True


@pytest.mark.parametrize(
    ("old", "new", "line", "needle"),
    [
        ("hysteresis: {", "hysteresis: {bogus: 1, ", 2, "unknown key 'bogus'"),
        ("kind: tcp", "kind: carrier-pigeon", 11, "unknown probe kind 'carrier-pigeon'"),
        ("weight: 40", "weight: 45", 3, "weights must sum to 100, they sum to 105"),
        ("min_score: 50", "min_score: 80", 14, "must be below the previous strategy's"),
        ("min_score: 0", "min_score: 10", 15, "min_score 0"),
        ('url: "http://127.0.0.1:1/x"', 'url: "ftp://127.0.0.1/x"', 7, "http:// or https://"),
        ('url: "http://127.0.0.1:1/x"', 'url: "https://user:pw@host/x"', 7, "must not carry credentials"),
        ("timeout: 2}", "timeout: 0}", 11, "greater than 0"),
        ("timeout: 2}", "timeout: -1}", 11, "greater than 0"),
        ("interval: 30", "interval: 3", 1, "timeout (5s) must not exceed interval"),
        ("requires: {web: 30}", "requires: {webb: 30}", 14, "unknown component 'webb'"),
        ("requires: {web: 30}", "requires: {web: 70}", 14, "weighs only 60"),
        ("requires: {web: 30}", "requires: {web: {up: 2}}", 14, "requires 2 targets up but component 'web' has only 1"),
        ("requires: {web: 30}", "requires: {web: {up: 0}}", 14, "greater than or equal to 1"),
        ("requires: {web: 30}", "requires: {web: {min_up: 1}}", 14, "unknown key 'min_up'"),
        ("requires: {web: 30}", "requires: {web: {up: two}}", 14, "expected an integer"),
        ("requires: {web: 30}", "requires: {web: [1]}", 14, "expected a number or"),
        ("params: {no_cache: true,", "requires: {web: 1}, params: {no_cache: true,", 15, "must not have requires"),
        ("timeout_minutes: 40", "strategy: x", 13, "reserved"),
        ("timeout_minutes: 40", "Timeout-Minutes: 40", 13, "lower_snake_case"),
        ("name: api,", "name: 'has space',", 7, "1-64 characters"),
        ("port: 1,", "port: 70000,", 11, "less than or equal to 65535"),
        ('listen: "127.0.0.1:9180"', 'listen: "nowhere"', 1, "HOST:PORT"),
        (
            "{name: port, kind: tcp, host: 127.0.0.1, port: 1, timeout: 2}",
            "{name: port, kind: tcp, host: 127.0.0.1, timeout: 2}",
            11,
            "missing required key 'port'",
        ),
        ("expect_status: [200, 204]", "expect_status: [200, 2004]", 7, "less than or equal to 599"),
        (
            "timeout: 2}",
            "timeout: 2}\n      - {name: port, kind: tcp, host: 127.0.0.1, port: 2}",
            12,
            "duplicate target name 'port'",
        ),
    ],
)
def test_mistakes_are_refused_with_line_and_reason(old: str, new: str, line: int, needle: str) -> None:
    assert old in GOOD
    error = refuse(GOOD.replace(old, new, 1))
    assert any(i.line == line and needle in i.message for i in error.issues), str(error)
    assert all(str(i).startswith("conf.yaml:") for i in error.issues)


def test_all_errors_are_reported_at_once() -> None:
    text = GOOD.replace("weight: 40", "weight: 45").replace("kind: tcp", "kind: nope")
    error = refuse(text)
    assert [(i.line, i.message) for i in error.issues] == [
        (3, "component weights must sum to 100, they sum to 105"),
        (11, f"unknown probe kind 'nope'; known: {', '.join(map(repr, KINDS))}"),
    ]


def test_cross_field_checks_run_beside_schema_errors_and_skip_what_did_not_convert() -> None:
    text = (
        GOOD.replace('url: "http://127.0.0.1:1/x"', 'url: "ftp://x", timeout: 31')  # bad url; timeout > interval
        .replace("min_score: 50", "min_score: 90")  # overlaps optimal's range
        .replace("weight: 40", "weight: lots")  # no weight: the sum cannot be checked, so it is not
        .replace("no_cache: true", "no_cache: [1, {}]")
    )
    messages = [(i.path, i.message.split(" (")[0].split(",")[0]) for i in refuse(text).issues]
    assert messages == [
        ("components.web.targets[0].url", "URL must start with http:// or https://"),
        ("components.web.targets[0].timeout", "timeout"),
        ("components.net.weight", "expected a number"),
        ("strategies[1].min_score", "min_score 90 must be below the previous strategy's"),
        ("strategies[2].params.no_cache[1]", "expected a string or an integer or a number or true or false"),
    ]


def test_invalid_yaml_and_duplicates_and_shapes() -> None:
    assert refuse("components: [unclosed\n").issues[0].message.startswith("invalid YAML")
    dup = refuse(GOOD.replace("hysteresis:", "daemon: {}\nhysteresis:"))
    assert dup.issues[0].line == 2 and "duplicate key 'daemon'" in dup.issues[0].message
    assert "must be a mapping" in str(refuse("- just a list\n"))
    assert "a key must be a plain value" in str(refuse("? [a, b]\n: 1\n"))
    assert "missing required key 'strategies'" in str(refuse(GOOD.split("strategies:")[0]))


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "absent.yaml")


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        # billion laughs: a few hundred bytes that expand to gigabytes; refused by its expansion
        (BILLION_LAUGHS, 5, "excessive aliasing is refused"),
        ("a: &a [*a]\n", 1, "alias *a refers to a value that contains it"),  # never ends when expanded
        ("a: &a {<<: *a}\n", 1, "alias *a refers to a value that contains it"),
        ("a: *nowhere\n", 1, "alias *nowhere names no anchor defined before it"),
        ("components:\n  x: " + "[" * 100_000 + "]" * 100_000 + "\n", 2, "nested deeper than 32 levels"),
        ("components:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 60)), 32, "nested deeper than 32"),
        ("a: 1\nb: x\x01\n", 2, "character #x0001 is not allowed"),
        ("n: " + "9" * 5000 + "\n", 1, "cannot read this value"),
        ("daemon: {interval: .nan}\n", 1, "finite"),
        ("daemon: {interval: .inf}\n", 1, "finite"),
    ],
)  # fmt: skip
def test_hostile_yaml_is_refused_at_its_line(text: str, line: int, needle: str) -> None:
    error = refuse(text)
    assert any(i.line == line and needle in i.message for i in error.issues), str(error)


def test_a_param_missing_from_one_strategy_is_refused_at_that_strategy() -> None:
    text = GOOD.replace("timeout_minutes: 30, ", "").replace(", cache_from: []}}", "}}")
    error = refuse(text)
    found = {(i.line, i.message.split(" that ")[0]) for i in error.issues}
    assert found == {
        (14, "strategy 'resilient' lacks param 'timeout_minutes'"),
        (15, "strategy 'emergency' lacks param 'cache_from'"),
    }, str(error)
    assert "HEALTHD_CACHE_FROM is missing when 'emergency' is chosen" in str(error)
    absent = refuse(GOOD.replace(", params: {no_cache: true, timeout_minutes: 15, cache_from: []}", ""))
    assert [i.line for i in absent.issues] == [15, 15, 15]  # no params at all: each name at the strategy's line


def _refused_quickly(path: Path) -> ConfigError:
    """load_config(path) must refuse within 5 s (a FIFO used to hang the open)."""
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(load_config, path)
        try:
            future.result(timeout=5)
        except ConfigError as exc:
            return exc
        except TimeoutError:
            with path.open("wb"):  # a writer releases the hung open, so the pool can shut down
                pass
            raise AssertionError(f"load_config({path}) hung") from None
    raise AssertionError(f"load_config({path}) accepted it")


def test_fifos_devices_and_directories_are_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero"), tmp_path):
        error = _refused_quickly(path)
        assert str(error) == f"{path}:1:1: not a regular file (a FIFO, device or directory cannot be a config)"


def test_a_huge_file_is_refused_after_reading_at_most_the_cap(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as f:
        f.truncate(100 * MAX_CONFIG_BYTES)  # sparse: 100 MiB of nothing on disk
    tracemalloc.start()
    try:
        error = _refused_quickly(huge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "larger than 1024 KiB" in str(error)
    assert peak < 3 * MAX_CONFIG_BYTES  # it read the cap and a byte, not the file


def test_bytes_that_are_not_utf8_are_refused_at_their_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"daemon: {}\ncomponents: {caf\xe9: 1}\n")
    assert str(_refused_quickly(path)) == f"{path}:2:1: not UTF-8: byte 0xe9 at offset 27"


def test_parse_listen() -> None:
    assert parse_listen("127.0.0.1:9180") == ("127.0.0.1", 9180)
    assert parse_listen("[::1]:80") == ("::1", 80)
    for bad in ("9180", ":80", "host:0", "host:x"):
        with pytest.raises(ValueError):
            parse_listen(bad)


def test_validate_command(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("kind: tcp", "kind: nope"))
    run = [sys.executable, "-m", "healthd", "config", "validate"]
    ok = subprocess.run([*run, str(ROOT / "strategies.yaml")], capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "ok (5" in ok.stdout or "ok (6" in ok.stdout
    refused = subprocess.run([*run, str(bad)], capture_output=True, text=True, check=False)
    assert refused.returncode == 1
    assert f"{bad}:11:" in refused.stderr and "unknown probe kind 'nope'" in refused.stderr


def test_a_trailing_newline_does_not_slip_through_a_name_or_pattern() -> None:
    """`$` also matches before a final newline: names become env keys and metric labels, so each is matched whole."""
    cases = [
        ('"no_cache": true', '"no_cache\\n": true', "strategies[2].params.no_cache\n"),
        ("{name: api,", '{name: "api\\n",', "components.web.targets[0].name"),
        ("{name: emergency,", '{name: "emergency\\n",', "strategies[2].name"),
    ]
    for good, bad, path in cases:
        text = GOOD.replace("no_cache: true", '"no_cache": true').replace(good, bad)
        assert path in [i.path for i in refuse(text).issues], (bad, refuse(text).issues)


def test_a_control_character_in_a_param_value_is_refused() -> None:
    error = refuse(GOOD.replace("timeout_minutes: 15", 'timeout_minutes: 15, dockerfile: "D\\e[2J"'))
    assert any("control character" in i.message for i in error.issues), error.issues


# --- anchors, aliases and merge keys --------------------------------------------------------------

DRY = """\
daemon: {listen: "127.0.0.1:9180", interval: 30, timeout: 5, stale_after: 120}
hysteresis: {downgrade_after: 2, upgrade_after: 3}
components:
  web:
    weight: 60
    targets:
      - &api {name: api, kind: http, url: "http://127.0.0.1:1/x", expect_status: &ok [200, 204]}
      - {<<: *api, name: api2, url: "http://127.0.0.1:2/x"}
  net:
    weight: 40
    targets:
      - &port {name: port, kind: tcp, host: 127.0.0.1, port: 1, timeout: 2}
      - <<: [{name: other}, *port]
        port: 2
strategies:
  - {name: optimal, min_score: 80, params: {cache_from: ["type=gha", "r:c"], timeout_minutes: 40, no_cache: false}}
  - name: resilient
    min_score: 50
    requires: {web: 30}
    params: &p {cache_from: [], no_cache: no, timeout_minutes: 30}
  - {name: emergency, min_score: 0, params: {<<: *p, no_cache: true, timeout_minutes: 15}}
"""
EXPANDED = """\
daemon: {listen: "127.0.0.1:9180", interval: 30, timeout: 5, stale_after: 120}
hysteresis: {downgrade_after: 2, upgrade_after: 3}
components:
  web:
    weight: 60
    targets:
      - {name: api, kind: http, url: "http://127.0.0.1:1/x", expect_status: [200, 204]}
      - {name: api2, kind: http, url: "http://127.0.0.1:2/x", expect_status: [200, 204]}
  net:
    weight: 40
    targets:
      - {name: port, kind: tcp, host: 127.0.0.1, port: 1, timeout: 2}
      - {name: other, kind: tcp, host: 127.0.0.1, port: 2, timeout: 2}
strategies:
  - {name: optimal, min_score: 80, params: {cache_from: ["type=gha", "r:c"], timeout_minutes: 40, no_cache: false}}
  - {name: resilient, min_score: 50, requires: {web: 30}, params: {timeout_minutes: 30, cache_from: [], no_cache: no}}
  - {name: emergency, min_score: 0, params: {no_cache: true, timeout_minutes: 15, cache_from: []}}
"""


def test_anchors_aliases_and_merge_keys_load_equal_to_the_expanded_file() -> None:
    assert parse_config(DRY, "dry.yaml") == parse_config(EXPANDED, "expanded.yaml")


def test_pyyaml_safe_dump_with_anchors_loads() -> None:
    import yaml

    data = yaml.safe_load(EXPANDED)
    shared = {"cache_from": [], "no_cache": False}
    data["strategies"][1]["params"] = {**shared, "timeout_minutes": 30}
    codes = [200, 204]
    for target in data["components"]["web"]["targets"]:
        target["expect_status"] = codes  # one object twice: safe_dump writes &id001 / *id001
    dumped = yaml.safe_dump(data)
    assert "&id001" in dumped and "*id001" in dumped
    assert parse_config(dumped, "dumped.yaml") == parse_config(yaml.safe_dump(yaml.safe_load(EXPANDED)), "plain.yaml")


def test_an_error_inside_an_aliased_value_names_the_use_and_the_anchor() -> None:
    text = EXPANDED.replace(
        '      - {name: api2, kind: http, url: "http://127.0.0.1:2/x", expect_status: [200, 204]}\n',
        "      - *bad\n",
    ).replace("      - {name: api, kind: http", "      - &bad {name: api, timeout: -1, kind: http")
    error = refuse(text)
    used = [i for i in error.issues if i.line == 8]
    assert used and "under &bad at line 7, used here" in used[0].message, str(error)
    assert any(i.line == 7 and "under &bad" not in i.message for i in error.issues), str(error)


def test_excessive_aliasing_is_refused_quickly_even_when_wide() -> None:
    import time

    wide = "a: &a [" + ", ".join(["x"] * 1000) + "]\nb: [" + ", ".join(["*a"] * 1000) + "]\n"
    merged = "a: &a {k: v}\n" + "".join(
        f"{n}: &{n} {{" + ", ".join(f"k{i}: *{p}" for i in range(9)) + "}\n"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    for text in (BILLION_LAUGHS, wide, merged):
        start = time.perf_counter()
        with pytest.raises(ConfigError):
            parse_config(text, "bomb.yaml")
        assert time.perf_counter() - start < 1.0
    assert "excessive aliasing" in str(refuse(wide))
