"""Platforms follow the builder: the buildx probe's nodes (fake docker CLI recordings) and adapt's pure rules."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthd.config.load import parse_config
from healthd.core.adapt import Facts, adapt, facts_of, normal_platform, platforms
from healthd.core.render import probes_document
from healthd.model import BuilderNode, ComponentReport, Decision, ProbeResult, Reason, Status, TargetReport
from tests.fakes.misbehave import probe_once, target
from tests.support import snapshot_of

FAKE_DIR = Path(__file__).parent / "fakes" / "docker"
WANTED = ("linux/amd64", "linux/arm64")


async def builder(scenario: str) -> ProbeResult:
    env = {"PATH": f"{FAKE_DIR}:/usr/bin:/bin", "HEALTHD_FAKE_DOCKER": scenario}
    return await probe_once(target("buildx"), env=env)


def decide(result: ProbeResult, strategy: str = "optimal", **facts) -> Decision:
    params = {"platforms": WANTED, "timeout_minutes": 40}
    decision = Decision(strategy, MappingProxyType(params), ())
    return adapt(Facts(builders=(result,), **facts), decision).decision


async def test_one_amd64_node_with_qemu_arm64_emulates_and_stretches_the_timeout() -> None:
    result = await builder("qemu-amd64")
    assert (result.status, result.reason) == (Status.UP, Reason.OK), result.detail
    assert [(n.name, n.arch) for n in result.nodes] == [("builder-qemu0", "amd64")]
    assert "linux/arm64" in result.nodes[0].platforms and "node builder-qemu0 (amd64): 13 platforms" in result.detail
    decision = decide(result)
    assert decision.params["platforms"] == WANTED
    assert decision.params["timeout_minutes"] == 120
    assert "platforms emulated (QEMU): linux/arm64 on builder-qemu0 (amd64)" in decision.reasons
    assert "timeout_minutes 40 -> 120 (emulated platforms, x3)" in decision.reasons
    lower = decide(result, "conservative", native_only_in=("conservative", "emergency"))
    assert lower.params["platforms"] == ("linux/amd64",) and lower.params["timeout_minutes"] == 40
    assert any("drop linux/arm64 in conservative: emulated only" in r for r in lower.reasons)


async def test_two_native_nodes_count_native_for_both() -> None:
    result = await builder("two-native")
    assert [(n.name, n.arch) for n in result.nodes] == [("multiarch0", "amd64"), ("multiarch1", "arm64")]
    assert result.nodes[1].platforms[0] == "linux/arm64"  # the user-declared star is read, then dropped
    for strategy in ("optimal", "emergency"):
        decision = decide(result, strategy, native_only_in=("emergency",))
        assert decision.params["platforms"] == WANTED and decision.params["timeout_minutes"] == 40
        assert not any("platforms" in r for r in decision.reasons)


async def test_no_arm64_at_all_drops_it_by_name() -> None:
    result = await builder("no-arm64")
    decision = decide(result)
    assert decision.params["platforms"] == ("linux/amd64",) and decision.params["timeout_minutes"] == 40
    assert decision.reasons == ("platforms drop linux/arm64: no node of the builder lists it (builder-plain0 (amd64))",)


async def test_nodes_show_in_probes() -> None:
    result = await builder("two-native")
    doc = probes_document(snapshot_of([result]), False)
    assert doc["targets"][0]["nodes"][1] == {
        "name": "multiarch1",
        "arch": "arm64",
        "platforms": ["linux/arm64", "linux/arm/v7", "linux/arm/v6"],
    }


async def test_without_a_builder_seen_platforms_pass_unchanged() -> None:
    down = await builder("daemon-down")  # inspect answers, info fails: down, no nodes
    assert down.status is Status.DOWN and not down.nodes
    decision = decide(down)
    assert decision.params["platforms"] == WANTED and decision.params["timeout_minutes"] == 40


def test_comma_string_keeps_its_shape_and_386_and_arm_v7_are_native() -> None:
    amd = BuilderNode("a", "amd64", ("linux/amd64", "linux/386", "linux/arm64/v8"))
    arm = BuilderNode("b", "arm64", ("linux/arm64", "linux/arm/v7"))
    value, emulated, _ = platforms("linux/amd64,linux/386", [amd], native_only=False, strategy="s")
    assert (value, emulated) == ("linux/amd64,linux/386", [])
    value, emulated, _ = platforms("linux/arm64", [amd], native_only=False, strategy="s")  # arm64/v8 = arm64
    assert value == "linux/arm64" and emulated
    value, emulated, _ = platforms(("linux/arm",), [arm], native_only=True, strategy="s")  # arm = arm/v7
    assert (value, emulated) == (("linux/arm",), [])
    assert normal_platform("linux/arm64/v8") == normal_platform("linux/arm64*") == "linux/arm64"


def test_a_node_of_unknown_architecture_is_never_taken_for_emulation() -> None:
    unknown = BuilderNode("local", "", ("linux/amd64", "linux/arm64"))  # `docker version` failed, machine unmapped
    value, emulated, reasons = platforms(("linux/amd64",), [unknown], native_only=True, strategy="s")
    assert (value, emulated, reasons) == (("linux/amd64",), [], [])


ARCHES = ["amd64", "arm64", "386", "arm/v7", "riscv64", "s390x"]
node_lists = st.lists(
    st.tuples(st.sampled_from(["amd64", "arm64"]), st.sets(st.sampled_from(ARCHES), min_size=1)),
    min_size=1,
    max_size=3,
).map(lambda items: [BuilderNode(f"n{i}", a, tuple(f"linux/{p}" for p in ps)) for i, (a, ps) in enumerate(items)])


@given(node_lists, st.lists(st.sampled_from(ARCHES), unique=True, max_size=6), st.booleans())
def test_handed_out_platforms_are_buildable_and_every_drop_is_named(nodes, wanted, native_only) -> None:
    asked = tuple(f"linux/{p}" for p in wanted)
    value, emulated, reasons = platforms(asked, nodes, native_only=native_only, strategy="s")
    assert isinstance(value, tuple) and set(value) <= set(asked)
    listed = {p for n in nodes for p in n.platforms}
    assert all(p in listed for p in value)
    for dropped in set(asked) - set(value):
        assert any(dropped in r for r in reasons)
    if native_only:
        assert not emulated
    for entry in emulated:
        assert any(entry in r for r in reasons)


def test_config_keys_and_unknown_strategy() -> None:
    text = """
adapt: {emulated_timeout_factor: 2.5, native_only_in: [emergency]}
components:
  build: {weight: 100, targets: [{name: bx, kind: buildx}]}
strategies:
  - {name: optimal, min_score: 50, params: {platforms: [linux/amd64, linux/arm64], timeout_minutes: 40}}
  - {name: emergency, min_score: 0, params: {platforms: [linux/amd64, linux/arm64], timeout_minutes: 15}}
"""
    config = parse_config(text, "s.yaml")
    assert config.adapt.emulated_timeout_factor == 2.5 and config.adapt.native_only_in == ("emergency",)
    qemu = ProbeResult(Status.UP, Reason.OK, nodes=(BuilderNode("n", "amd64", ("linux/amd64", "linux/arm64")),))
    facts = facts_of(config, [ComponentReport("build", 100, 100, (TargetReport("bx", "buildx", qemu),))])
    decision = Decision("optimal", MappingProxyType(dict(config.strategies[0].params)), ())
    assert adapt(facts, decision).decision.params["timeout_minutes"] == 100
    with pytest.raises(Exception, match="unknown strategy 'conservative'"):
        parse_config(text.replace("[emergency]", "[conservative]"), "s.yaml")


def test_page_shows_nodes_and_push() -> None:
    from healthd.daemon.page import render_pages
    from healthd.model import PushCheck

    node = BuilderNode("n0", "amd64", ("linux/amd64", "linux/arm64"))
    push = PushCheck(Status.DOWN, Reason.PUSH_DENIED, "push to a: HTTP 403 DENIED", age=2)
    results = [
        ProbeResult(Status.UP, Reason.OK, nodes=(node,)),
        ProbeResult(Status.DOWN, Reason.PUSH_DENIED, push=push),
    ]
    page = render_pages(snapshot_of(results), ["c/t0", "c/t1"], [])[False].decode()
    assert "node n0 (amd64): linux/amd64, linux/arm64" in page
    assert "push: down (push_denied, checked 2 rounds ago)" in page
