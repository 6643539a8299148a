"""Pure endpoint selection: a round's probe results + config facts -> which endpoints a build should use.

Every tool already walks a list of endpoints, but none remembers a failure: containerd and BuildKit
try a dead mirror again for every blob (up to its dial timeout each time), the go command walks
GOPROXY again per module. So `adapt` hands them lists with the dead endpoints left out and the
rest in health order (docs/adaptive.md):

- GOPROXY from the goproxy targets (up, then slow): private proxies first, never joined with `|` (golang/go#32253),
  public ones after them joined with `|`, then the configured fallback (`direct` / `off`);
- per upstream registry, its healthy mirrors (rate-limited ones last) and an image prefix param;
- cache_to without the exporters the active buildx builder refuses (docker driver, no containerd store);
- platforms only those some node of the builder can build, emulated ones named, and `timeout_minutes`
  multiplied by `adapt.emulated_timeout_factor` while one is emulated (dropped in `adapt.native_only_in`).

A strategy's own parameter of the same name wins over the one adapt would add.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from urllib.parse import urlsplit

from healthd.config.types import Config
from healthd.core.mirrors import bare
from healthd.formats import registry_name
from healthd.model import (
    BuilderNode,
    ComponentReport,
    Decision,
    Measure,
    MirrorSet,
    ParamValue,
    ProbeResult,
    Reason,
    Status,
)


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One probed endpoint as adapt sees it: where it is, what the config says of it, how it answered."""

    name: str
    url: str
    result: ProbeResult
    private: bool = False  # goproxy: serves private modules
    mirror_of: str | None = None  # registry: name of the registry target it mirrors


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything adapt reads, as plain data, in config order."""

    goproxies: tuple[Endpoint, ...] = ()
    registries: tuple[Endpoint, ...] = ()
    builders: tuple[ProbeResult, ...] = ()  # buildx targets' results
    goproxy_fallback: str = "direct"
    emulated_timeout_factor: float = 3.0
    native_only_in: tuple[str, ...] = ()  # strategies that drop emulated platforms


@dataclass(frozen=True, slots=True)
class Adapted:
    decision: Decision  # params, reasons and exports completed
    mirrors: tuple[MirrorSet, ...]


def facts_of(config: Config, components: Sequence[ComponentReport]) -> Facts:
    """Pairs each configured target with its result of this round (target names are unique per component)."""
    results = {(c.name, t.name): t.result for c in components for t in c.targets}
    goproxies: list[Endpoint] = []
    registries: list[Endpoint] = []
    builders: list[ProbeResult] = []
    for cname, component in config.components.items():
        for target in component.targets:
            result = results.get((cname, target.name))
            if result is None:
                continue
            if target.kind == "goproxy":
                goproxies.append(Endpoint(target.name, target.url, result, private=target.private))
            elif target.kind == "registry":
                registries.append(Endpoint(target.name, target.url, result, mirror_of=target.mirror_of))
            elif target.kind == "buildx":
                builders.append(result)
    settings = config.adapt
    return Facts(
        tuple(goproxies),
        tuple(registries),
        tuple(builders),
        settings.goproxy_fallback,
        settings.emulated_timeout_factor,
        settings.native_only_in,
    )


def rank(result: ProbeResult, *, keep_rate_limited: bool) -> int | None:
    """0 up, 1 slow, 2 rate-limited (kept only where a tool falls through on it), None: left out.

    Any other degraded result (a registry's manifest 404, a failed token step) means a pull through
    it would fail, so it is left out like a down one.
    """
    if result.reason is Reason.RATE_LIMITED:
        return 2 if keep_rate_limited or result.status is not Status.DOWN else None
    if result.status is Status.UP:
        return 0
    return 1 if result.status is Status.DEGRADED and result.reason is Reason.SLOW else None


def by_health(endpoints: Sequence[Endpoint], *, keep_rate_limited: bool) -> list[Endpoint]:
    """The endpoints kept, best rank first, config order within a rank."""
    ranks = [rank(e.result, keep_rate_limited=keep_rate_limited) for e in endpoints]
    kept = sorted((r, i) for i, r in enumerate(ranks) if r is not None)
    return [endpoints[i] for _, i in kept]


def _why(endpoint: Endpoint) -> str:
    return f"{endpoint.name} ({endpoint.result.status}: {endpoint.result.reason})"


def goproxy(proxies: Sequence[Endpoint], fallback: str) -> tuple[str, list[str]]:
    """The GOPROXY value and the reasons for what it leaves out.

    `,` falls through only on 404/410, `|` on any error: only two public proxies are joined with
    `|`. A private proxy is never behind a public one; when every private proxy is down the public
    ones are left out too, or the go command would ask them for private module paths.
    """
    healthy = by_health(proxies, keep_rate_limited=False)
    private = [p for p in healthy if p.private]
    public = [p for p in healthy if not p.private]
    reasons = []
    if any(p.private for p in proxies) and not private and public:
        reasons.append("GOPROXY: no private proxy is healthy, so public proxies are left out (private module paths)")
        public = []
    entries = private + public
    value = ""
    for i, entry in enumerate(entries):
        after = entries[i + 1] if i + 1 < len(entries) else None
        joint = "|" if after is not None and not entry.private and not after.private else ","
        value += entry.url.rstrip("/") + joint
    value += fallback
    left_out = [_why(p) for p in proxies if p not in entries]
    if left_out:
        reasons.append(f"GOPROXY leaves out {', '.join(left_out)}")
    return value, reasons


def index_name(url: str) -> str:
    """The name image references use for a registry API URL: https://registry-1.docker.io -> docker.io."""
    return registry_name(urlsplit(url).netloc)


def param_names(config: Config) -> frozenset[str]:
    """The params `adapt` may add under `config` (beside the strategies' own): for the CI client's check."""
    targets = [t for c in config.components.values() for t in c.targets]
    names = {"goproxy"} if any(t.kind == "goproxy" for t in targets) else set()
    upstreams = {t.mirror_of for t in targets if t.kind == "registry" and t.mirror_of is not None}
    names |= {prefix_param(index_name(t.url)) for t in targets if t.kind == "registry" and t.name in upstreams}
    return frozenset(names)


def prefix_param(registry: str) -> str:
    """docker.io -> image_prefix_docker_io (HEALTHD_IMAGE_PREFIX_DOCKER_IO)."""
    return "image_prefix_" + re.sub(r"[^a-z0-9]+", "_", registry.lower()).strip("_")


def mirrors(registries: Sequence[Endpoint]) -> tuple[tuple[MirrorSet, ...], dict[str, str], list[str]]:
    """Per upstream with mirrors: its healthy mirrors in health order, the image prefix to pull from, reasons.

    Rate-limited mirrors stay, last: BuildKit and containerd fall through to the next host on a 429.
    The prefix is the best of the healthy mirrors and the upstream (a tie goes to the mirror).
    """
    sets: list[MirrorSet] = []
    params: dict[str, str] = {}
    reasons: list[str] = []
    for upstream in (r for r in registries if r.mirror_of is None):
        configured = [r for r in registries if r.mirror_of == upstream.name]
        if not configured:
            continue
        healthy = by_health(configured, keep_rate_limited=True)
        registry = index_name(upstream.url)
        urls = tuple(dict.fromkeys(m.url.rstrip("/") for m in healthy))  # one TOML table per host
        sets.append(MirrorSet(registry, upstream.url.rstrip("/"), urls))
        candidates = by_health([*healthy, upstream], keep_rate_limited=True)
        chosen = candidates[0] if candidates else upstream
        params[prefix_param(registry)] = registry if chosen is upstream else bare(chosen.url)
        left_out = [_why(m) for m in configured if m not in healthy]
        demoted = [m.name for m in healthy if m.result.reason is Reason.RATE_LIMITED]
        if left_out:
            reasons.append(f"mirrors of {registry} leave out {', '.join(left_out)}")
        if demoted:
            reasons.append(f"mirrors of {registry}: {', '.join(demoted)} rate-limited, tried last")
    return tuple(sets), params, reasons


def cache_type(entry: str) -> str:
    """The exporter type of a cache-to entry: `type=gha,mode=max` -> gha; a bare ref is buildx's registry shorthand."""
    fields = dict(f.split("=", 1) for f in entry.split(",") if "=" in f)
    if "=" not in entry:
        return "registry"
    return fields.get("type", "").strip().lower()


def exportable(value: ParamValue, builders: Sequence[ProbeResult]) -> tuple[ParamValue, list[str]]:
    """cache_to without the exporters the builder refuses; unchanged when no builder was seen (never assume)."""
    builder = next((b for b in builders if Measure.BUILDER_CACHE_EXPORT in b.measurements), None)
    if builder is None or builder.measurements[Measure.BUILDER_CACHE_EXPORT] >= 1:
        return value, []
    entries = value if isinstance(value, tuple) else (value,) if isinstance(value, str) and value else ()
    kept = tuple(e for e in entries if isinstance(e, str) and cache_type(e) == "inline")
    removed = [str(e) for e in entries if e not in kept]
    if not removed:
        return value, []
    reason = f"cache_to drops {', '.join(removed)}: {builder.detail}"
    if isinstance(value, tuple):
        return kept, [reason]
    return (kept[0] if kept else ""), [reason]


# The architectures a CPU of each runs without emulation. arm64 runs 32-bit arm on most hosts (not on
# arm64 CPUs without AArch32, such as recent Graviton and Apple silicon: there buildx lists it only with QEMU).
NATIVE_FAMILY = {"amd64": frozenset({"amd64", "386"}), "arm64": frozenset({"arm64", "arm"})}


def normal_platform(text: str) -> str:
    """`linux/arm64/v8` -> `linux/arm64`, `linux/arm` -> `linux/arm/v7`, `linux/amd64*` -> `linux/amd64`."""
    parts = text.strip().rstrip("*").lower().split("/")
    if len(parts) == 3 and (parts[1], parts[2]) in (("arm64", "v8"), ("amd64", "v1")):
        parts = parts[:2]
    if parts[1:] == ["arm"]:
        parts.append("v7")
    return "/".join(parts)


def platform_arch(platform: str) -> str:
    """`linux/arm/v7` -> arm."""
    parts = platform.split("/")
    return parts[1] if len(parts) > 1 else parts[0]


def is_native(node: BuilderNode, platform: str) -> bool:
    return platform_arch(platform) in NATIVE_FAMILY.get(node.arch, frozenset({node.arch}))


def builder_nodes(builders: Sequence[ProbeResult]) -> tuple[BuilderNode, ...]:
    """The nodes of the first builder that listed any (a buildx probe that failed lists none)."""
    return next((b.nodes for b in builders if b.nodes), ())


def platforms(
    value: ParamValue, nodes: Sequence[BuilderNode], *, native_only: bool, strategy: str
) -> tuple[ParamValue, list[str], list[str]]:
    """(platforms some node can build, the emulated ones kept, reasons); unchanged without nodes (never assume).

    A platform is native when some node that lists it has it in its own architecture's family
    (a multi-node builder with a native arm64 node beside an amd64 one is native for both);
    else it is emulated. `native_only` drops the emulated ones too.
    """
    if not nodes:
        return value, [], []
    entries = value if isinstance(value, tuple) else tuple(e for e in str(value).split(",") if e.strip())
    kept: list[str] = []
    emulated: list[str] = []
    unbuildable: list[str] = []
    emulated_only: list[str] = []
    for entry in (str(e).strip() for e in entries):
        wanted = normal_platform(entry)
        listing = [n for n in nodes if wanted in {normal_platform(p) for p in n.platforms}]
        if not listing:
            unbuildable.append(entry)
        elif any(not n.arch or is_native(n, wanted) for n in listing):  # an unknown architecture: never assume
            kept.append(entry)
        elif native_only:
            emulated_only.append(entry)
        else:
            kept.append(entry)
            emulated.append(f"{entry} on {', '.join(f'{n.name} ({n.arch})' for n in listing)}")
    reasons = []
    if unbuildable:
        arches = ", ".join(f"{n.name} ({n.arch})" for n in nodes)
        reasons.append(f"platforms drop {', '.join(unbuildable)}: no node of the builder lists it ({arches})")
    if emulated_only:
        reasons.append(f"platforms drop {', '.join(emulated_only)} in {strategy}: emulated only (adapt.native_only_in)")
    if emulated:
        reasons.append(f"platforms emulated (QEMU): {'; '.join(emulated)}")
    if not kept and entries:
        reasons.append("platforms: none of the requested platforms can be built here")
    shaped: ParamValue = tuple(kept) if isinstance(value, tuple) else ",".join(kept)
    return shaped, emulated, reasons


def stretched(timeout: ParamValue, factor: float) -> ParamValue:
    """timeout_minutes times the emulation factor (an int stays an int, rounded up)."""
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        return timeout
    product = timeout * factor
    return -int(-product // 1) if isinstance(timeout, int) else product


def adapt(facts: Facts, decision: Decision) -> Adapted:
    """The decision with endpoint params, their reasons and tool exports added, and the round's mirror sets."""
    added: dict[str, ParamValue] = {}
    reasons: list[str] = []
    if facts.goproxies:
        added["goproxy"], why = goproxy(facts.goproxies, facts.goproxy_fallback)
        reasons += why
    sets, prefixes, why = mirrors(facts.registries)
    added |= prefixes
    reasons += why
    params: dict[str, ParamValue] = dict(decision.params)
    for key, value in added.items():
        params.setdefault(key, value)
    if "cache_to" in params:
        params["cache_to"], why = exportable(params["cache_to"], facts.builders)
        reasons += why
    if "platforms" in params:
        native_only = decision.strategy in facts.native_only_in
        nodes = builder_nodes(facts.builders)
        params["platforms"], emulated, why = platforms(
            params["platforms"], nodes, native_only=native_only, strategy=decision.strategy
        )
        reasons += why
        if emulated and "timeout_minutes" in params:
            before = params["timeout_minutes"]
            params["timeout_minutes"] = stretched(before, facts.emulated_timeout_factor)
            factor = f"{facts.emulated_timeout_factor:g}"
            reasons.append(f"timeout_minutes {before} -> {params['timeout_minutes']} (emulated platforms, x{factor})")
    exports: Mapping[str, str] = {"GOPROXY": str(params["goproxy"])} if "goproxy" in params else {}
    adapted = replace(
        decision,
        params=MappingProxyType(params),
        reasons=(*decision.reasons, *reasons),
        exports=MappingProxyType(dict(exports)),
    )
    return Adapted(adapted, sets)
