"""healthd.core.adapt: GOPROXY, mirrors and the builder's cache rule, as pure functions; properties with hypothesis."""

from __future__ import annotations

import itertools
import re
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthd.core.adapt import Endpoint, Facts, adapt, cache_type, goproxy, index_name, mirrors, rank
from healthd.model import Decision, Measure, ProbeResult, Reason, Status

UP = ProbeResult(Status.UP, Reason.OK)
SLOW = ProbeResult(Status.DEGRADED, Reason.SLOW)
DOWN = ProbeResult(Status.DOWN, Reason.CONNECT_REFUSED)
LIMITED = ProbeResult(Status.DEGRADED, Reason.RATE_LIMITED)
LIMITED_DOWN = ProbeResult(Status.DOWN, Reason.RATE_LIMITED)
NOT_CACHED = ProbeResult(Status.DEGRADED, Reason.NOT_FOUND)  # a pull through it would fail
RESULTS = [UP, SLOW, DOWN, LIMITED, LIMITED_DOWN, NOT_CACHED]


def parse_goproxy(value: str) -> list[tuple[str, str]]:
    """GOPROXY as cmd/go reads it (modfetch proxyList): [(entry, separator after it)]; '' after the last."""
    parts = re.split(r"([,|])", value)
    entries = [(parts[i], parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
    assert all(entry for entry, _ in entries), f"empty entry in {value!r}"
    return entries


def proxy(i: int, result: ProbeResult, private: bool) -> Endpoint:
    return Endpoint(f"p{i}", f"https://proxy{i}.example/", result, private=private)


proxy_lists = st.lists(st.tuples(st.sampled_from(RESULTS), st.booleans()), max_size=8).map(
    lambda items: [proxy(i, result, private) for i, (result, private) in enumerate(items)]
)


@given(proxy_lists, st.sampled_from(["direct", "off"]))
def test_goproxy_properties(proxies: list[Endpoint], fallback: str) -> None:
    value, _ = goproxy(proxies, fallback)
    entries = parse_goproxy(value)
    assert entries[-1] == (fallback, "")  # the policy stays last, and only there
    listed = [e for e, _ in entries[:-1]]
    assert fallback not in listed and "direct" not in listed and "off" not in listed
    by_url = {p.url.rstrip("/"): p for p in proxies}
    chosen = [by_url[e] for e in listed]  # every entry is a configured proxy
    assert all(rank(p.result, keep_rate_limited=False) is not None for p in chosen)  # dead ones never appear
    flags = [p.private for p in chosen]
    assert flags == sorted(flags, reverse=True)  # no private proxy behind a public one
    for (entry, sep), (after, _) in itertools.pairwise(entries):
        if by_url[entry].private or (after in by_url and by_url[after].private):
            assert sep == ",", value  # a private proxy is never joined with |
    for group in (True, False):  # health order, then config order, within privates and publics
        members = [p for p in chosen if p.private is group]
        keys = [(rank(p.result, keep_rate_limited=False), proxies.index(p)) for p in members]
        assert keys == sorted(keys)
    if any(p.private for p in proxies) and not any(p.private for p in chosen):
        assert chosen == []  # no healthy private proxy: no public one may be asked for private paths
    else:  # every healthy proxy is listed
        assert set(map(id, chosen)) == {id(p) for p in proxies if rank(p.result, keep_rate_limited=False) is not None}


def test_goproxy_examples() -> None:
    public = [proxy(0, DOWN, False), proxy(1, SLOW, False), proxy(2, UP, False)]
    value, reasons = goproxy(public, "direct")
    assert value == "https://proxy2.example|https://proxy1.example,direct"
    assert reasons == ["GOPROXY leaves out p0 (down: connect_refused)"]
    mixed = [proxy(0, UP, False), proxy(1, UP, True)]
    assert goproxy(mixed, "off")[0] == "https://proxy1.example,https://proxy0.example,off"
    value, reasons = goproxy([proxy(0, DOWN, True), proxy(1, UP, False)], "direct")
    assert value == "direct" and "no private proxy is healthy" in reasons[0]
    assert goproxy([], "off") == ("off", [])


registry_results = st.lists(st.sampled_from(RESULTS), min_size=1, max_size=6)


@given(registry_results, st.sampled_from(RESULTS))
def test_mirrors_properties(results: list[ProbeResult], upstream_result: ProbeResult) -> None:
    upstream = Endpoint("hub", "https://registry-1.docker.io", upstream_result)
    configured = [
        Endpoint(f"m{i}", f"https://m{i}.example:5000/cache/", r, mirror_of="hub") for i, r in enumerate(results)
    ]
    sets, params, _ = mirrors([upstream, *configured])
    (mirror_set,) = sets
    assert (mirror_set.registry, mirror_set.server) == ("docker.io", "https://registry-1.docker.io")
    listed = [next(m for m in configured if m.url.rstrip("/") == url) for url in mirror_set.mirrors]
    keys = [(rank(m.result, keep_rate_limited=True), configured.index(m)) for m in listed]
    assert keys == sorted(keys)  # health order, config order within a rank; rate-limited ones last
    usable = (UP, SLOW, LIMITED, LIMITED_DOWN)
    assert [m for m in configured if m.result in usable] == [m for m in configured if m in listed]
    prefix = params["image_prefix_docker_io"]
    best = [m for m in listed if rank(m.result, keep_rate_limited=True) == 0]
    if best:
        assert prefix == f"m{configured.index(best[0])}.example:5000/cache"
    elif upstream_result is UP:
        assert prefix == "docker.io"


def test_mirror_of_another_upstream_and_plain_upstreams() -> None:
    registries = [
        Endpoint("ghcr", "https://ghcr.io", UP),
        Endpoint("local", "http://127.0.0.1:5000", UP, mirror_of="ghcr"),
        Endpoint("quay", "https://quay.io", UP),  # no mirrors: no set, no param
    ]
    sets, params, reasons = mirrors(registries)
    assert [(s.registry, s.mirrors) for s in sets] == [("ghcr.io", ("http://127.0.0.1:5000",))]
    assert params == {"image_prefix_ghcr_io": "127.0.0.1:5000"} and reasons == []
    assert index_name("https://index.docker.io/") == "docker.io"


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ("type=gha,mode=max", "gha"),
        ("type=inline", "inline"),
        ("mode=max,type=registry,ref=ghcr.io/a/b:c", "registry"),
        ("ghcr.io/a/b:cache", "registry"),  # buildx's shorthand for a registry ref
        ("type=local,dest=/tmp/c", "local"),
    ],
)
def test_cache_type(entry: str, kind: str) -> None:
    assert cache_type(entry) == kind


def builder(can: bool) -> ProbeResult:
    detail = "builder default: driver docker without the containerd image store: inline cache only"
    return ProbeResult(Status.UP, Reason.OK, detail=detail, measurements={Measure.BUILDER_CACHE_EXPORT: float(can)})


def decision(**params) -> Decision:
    return Decision("optimal", MappingProxyType(params), ("score 90 selects optimal",))


def test_docker_driver_without_containerd_store_keeps_inline_only() -> None:
    cache_to = ("type=gha,mode=max", "type=inline", "type=registry,ref=r:c,mode=max")
    adapted = adapt(Facts(builders=(builder(False),)), decision(cache_to=cache_to, cache_from=("type=gha",)))
    assert adapted.decision.params["cache_to"] == ("type=inline",)
    assert adapted.decision.params["cache_from"] == ("type=gha",)  # import works with every driver
    assert adapted.decision.reasons[-1].startswith("cache_to drops type=gha,mode=max, type=registry,ref=r:c,mode=max:")
    assert "without the containerd image store" in adapted.decision.reasons[-1]
    scalar = adapt(Facts(builders=(builder(False),)), decision(cache_to="type=gha,mode=max"))
    assert scalar.decision.params["cache_to"] == ""


@pytest.mark.parametrize("builders", [(), (builder(True),), (ProbeResult(Status.DOWN, Reason.COMMAND_FAILED),)])
def test_cache_to_unchanged_unless_the_builder_is_seen_to_refuse(builders) -> None:
    adapted = adapt(Facts(builders=builders), decision(cache_to=("type=gha,mode=max",)))
    assert adapted.decision.params["cache_to"] == ("type=gha,mode=max",)
    assert adapted.decision.reasons == ("score 90 selects optimal",)


def test_adapt_adds_params_and_exports_but_the_strategy_wins() -> None:
    facts = Facts(
        goproxies=(proxy(0, UP, False),),
        registries=(Endpoint("hub", "https://registry-1.docker.io", UP), Endpoint("m", "https://m.io", UP, None)),
        goproxy_fallback="off",
    )
    adapted = adapt(facts, decision(timeout_minutes=40))
    assert dict(adapted.decision.params) == {"timeout_minutes": 40, "goproxy": "https://proxy0.example,off"}
    assert dict(adapted.decision.exports) == {"GOPROXY": "https://proxy0.example,off"}
    assert adapted.mirrors == ()  # "m" mirrors nothing
    offline = adapt(facts, decision(goproxy="off"))
    assert offline.decision.params["goproxy"] == "off" and offline.decision.exports["GOPROXY"] == "off"
    assert adapt(Facts(), decision()).decision.exports == {}
