"""healthd.config.schema: each type rule, every error at once with its path, and no input that escapes as a crash."""

from __future__ import annotations

import dataclasses
import math
from typing import Annotated, Literal

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from healthd.config.load import ConfigError, parse_config
from healthd.config.schema import Check, Invalid, SchemaError, Tagged, build, dotted, strict_dataclass


@strict_dataclass
class Cat:
    kind: Literal["cat"]
    lives: Annotated[int, Check(ge=1, le=9)] = 9


@strict_dataclass
class Dog:
    kind: Literal["dog"]
    name: Annotated[str, Check(min_len=1, pattern=r"^[a-z]+$")]


@strict_dataclass
class Home:
    pets: Annotated[tuple[Annotated[Cat | Dog, Tagged("kind", "animal")], ...], Check(min_len=1)]
    rooms: dict[str, Annotated[float, Check(gt=0)]] = ()  # type: ignore[assignment]
    tags: tuple[str | int | bool | tuple[str, ...], ...] = ()
    owner: str | None = None
    low: float = 0
    high: float = 1

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise Invalid("low must not exceed high", "low")


def errors(data: object) -> list[tuple[str, str]]:
    with pytest.raises(SchemaError) as caught:
        build(Home, data)
    return [(dotted(loc), message) for loc, message in caught.value.errors]


def test_builds_frozen_values_with_defaults() -> None:
    home = build(Home, {"pets": [{"kind": "dog", "name": "rex"}, {"kind": "cat"}], "rooms": {"hall": 3},
                        "tags": ["a", 1, True, ["x", "y"]]})  # fmt: skip
    assert home.pets == (Dog(kind="dog", name="rex"), Cat(kind="cat", lives=9))
    assert home.rooms == {"hall": 3.0} and isinstance(home.rooms["hall"], float)
    assert home.tags == ("a", 1, True, ("x", "y"))
    assert home.owner is None
    with pytest.raises(AttributeError):
        home.owner = "me"  # type: ignore[misc]


def test_every_error_is_reported_with_its_path() -> None:
    found = errors({"pets": [{"kind": "cat", "lives": 10}, {"kind": "dog", "name": "Rex", "fur": 1},
                             {"kind": "bird"}, {"name": "x"}, "cat"],
                    "rooms": {"hall": 0, "attic": "big"}, "extra": 1, "owner": 5})  # fmt: skip
    assert found == [
        ("extra", "unknown key 'extra'"),
        ("pets[0].lives", "must be less than or equal to 9"),
        ("pets[1].fur", "unknown key 'fur'"),
        ("pets[1].name", "'Rex' does not match ^[a-z]+$"),
        ("pets[2].kind", "unknown animal 'bird'; known: 'cat', 'dog'"),
        ("pets[3].kind", "missing required key 'kind'"),
        ("pets[4]", "expected a mapping, got a string 'cat'"),
        ("rooms.hall", "must be greater than 0"),
        ("rooms.attic", "expected a number, got a string 'big'"),
        ("owner", "expected a string, got an integer 5"),
    ]


def test_missing_keys_empty_lists_and_cross_field_checks() -> None:
    assert errors({}) == [("pets", "missing required key 'pets'")]
    assert errors({"pets": []}) == [("pets", "must have at least 1 item")]
    assert errors({"pets": [{"kind": "cat"}], "low": 2}) == [("low", "low must not exceed high")]


def test_types_are_strict() -> None:
    assert errors({"pets": [{"kind": "cat", "lives": True}]}) == [
        ("pets[0].lives", "expected an integer, got true/false True")
    ]
    assert errors({"pets": [{"kind": "cat", "lives": 2.0}]}) == [
        ("pets[0].lives", "expected an integer, got a number 2.0")
    ]
    assert errors({"pets": [{"kind": "cat"}], "tags": [{"a": 1}]})[0][1].startswith("expected a string or an integer")
    assert errors({"pets": [{"kind": "cat"}], "tags": [["x", 1]]}) == [
        ("tags[0][1]", "expected a string, got an integer 1")
    ]
    assert errors({"pets": {"kind": "cat"}}) == [("pets", "expected a list, got a mapping")]
    assert errors([]) == [("(top)", "expected a mapping, got a list")]


# Arbitrary YAML-shaped data, and mutations of a valid config: parse_config refuses, never crashes.
leaves = (
    st.none()
    | st.booleans()
    | st.integers(-5, 70000)
    | st.integers()  # past +-2**53 too
    | st.floats()  # NaN and infinities too
    | st.text(max_size=8)
)
shapes = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
keys = st.sampled_from(["daemon", "hysteresis", "components", "strategies", "interval", "weight", "targets", "kind",
                        "name", "url", "port", "min_score", "params", "requires", "timeout", "bogus"])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys, shapes, max_size=5))
def test_arbitrary_documents_are_refused_cleanly(document: dict) -> None:
    try:
        parse_config(yaml.safe_dump(document))
    except ConfigError as exc:
        assert exc.issues and all(i.line >= 1 and i.message for i in exc.issues)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), shapes), min_size=1, max_size=3))
def test_mutated_valid_config_never_crashes(mutations: list[tuple[int, object]]) -> None:
    data = yaml.safe_load(VALID)
    for index, value in mutations:  # each replaces one node of what the earlier ones left
        paths = list(_paths(data))
        *parents, last = paths[index % len(paths)]
        node = data
        for part in parents:
            node = node[part]
        node[last] = value
    try:
        config = parse_config(yaml.safe_dump(data))
    except ConfigError as exc:
        assert exc.issues
    else:
        assert all(math.isfinite(n) if isinstance(n, float) else abs(n) <= 2**53 for n in _numbers(config))


def _numbers(value: object):
    """Every int and float inside a built config (dataclasses, dicts, tuples)."""
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _numbers(getattr(value, f.name))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _numbers(k)
            yield from _numbers(v)
    elif isinstance(value, tuple):
        for v in value:
            yield from _numbers(v)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield value


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 200), st.sampled_from([math.nan, math.inf, -math.inf, 2**53 + 1, -(2**64)]))
def test_non_finite_or_huge_numbers_are_refused_wherever_they_stand(index: int, number: float) -> None:
    data = yaml.safe_load(VALID)
    paths = [p for p in _paths(data) if not isinstance(_at(data, p), dict | list)]  # leaves: every scalar
    *parents, last = path = paths[index % len(paths)]
    _at(data, tuple(parents))[last] = number
    with pytest.raises(ConfigError) as caught:
        parse_config(yaml.safe_dump(data))
    here = [i.message for i in caught.value.issues if i.path == dotted(path)]
    expected = "unknown probe kind" if last == "kind" else ("finite" if isinstance(number, float) else "2**53")
    assert here and expected in here[0], str(caught.value)


def _at(data: object, path: tuple) -> object:
    for part in path:
        data = data[part]
    return data


def test_non_finite_message_names_the_value() -> None:
    assert errors({"pets": [{"kind": "cat"}], "low": float("nan")}) == [
        ("low", "must be a finite number, got nan (NaN and infinities are not accepted)")
    ]
    assert "2**53" in errors({"pets": [{"kind": "cat"}], "tags": [2**60]})[0][1]


VALID = """
components:
  web:
    weight: 100
    targets: [{name: a, kind: http, url: "http://127.0.0.1:1/"}, {name: b, kind: tcp, host: h, port: 1}]
strategies:
  - {name: best, min_score: 50, requires: {web: 10}, params: {cache: ["x", "y"], n: 1}}
  - {name: worst, min_score: 0, params: {cache: [], n: 0}}
"""


def _paths(node: object, prefix: tuple = ()):
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in items:
        yield (*prefix, key)
        yield from _paths(child, (*prefix, key))
