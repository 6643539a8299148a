"""A round's mirror sets -> the files the tools read: buildkitd.toml, daemon.json, containerd hosts.toml,
containers-registries.conf (podman, buildah, CRI-O, skopeo).

Stdlib only, rendered once per round (render.Rendered.of); /mirrors hands the bytes out. Field names
follow each tool's own config types: BuildKit's `RegistryConfig` (`mirrors`, `http`), dockerd's
`registry-mirrors`, containerd's docs/hosts.md (`server`, `[host."URL"]`, `capabilities`),
containers-registries.conf(5) v2 (`[[registry]]` `prefix`/`location`, `[[registry.mirror]]` `location`/`insecure`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import urlsplit

from healthd.model import MirrorSet

HOST_CAPABILITIES = ("pull", "resolve")  # a mirror serves pulls, never pushes


def _toml(value: str | bool | list[str]) -> str:
    """A TOML string, boolean or array of strings (control characters and DEL escaped, as TOML requires)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    escaped = (f"\\{c}" if c in '"\\' else f"\\u{ord(c):04x}" if ord(c) < 0x20 or ord(c) == 0x7F else c for c in value)
    return '"' + "".join(escaped) + '"'


def bare(url: str) -> str:
    """host[:port][/path] of a URL, as BuildKit's mirrors and image prefixes take it."""
    parts = urlsplit(url)
    return parts.netloc + parts.path.rstrip("/")


def buildkitd(sets: Sequence[MirrorSet]) -> bytes:
    """`[registry."docker.io"] mirrors = [...]` (bare host[:port][/path]), `http = true` for plain-HTTP mirrors.

    For docker/setup-buildx-action's `buildkitd-config-inline`. A registry without a healthy mirror
    gets an empty list: BuildKit then pulls from the upstream itself.
    """
    tables: dict[str, dict[str, bool | list[str]]] = {}
    for mirror_set in sets:
        tables.setdefault(mirror_set.registry, {})["mirrors"] = [bare(m) for m in mirror_set.mirrors]
        for mirror in mirror_set.mirrors:
            parts = urlsplit(mirror)
            if parts.scheme == "http":  # BuildKit keys a mirror's settings by its host[:port]
                tables.setdefault(parts.netloc, {})["http"] = True
    lines = ["# healthd: healthy registry mirrors, best first"]
    for key, fields in tables.items():
        lines += ["", f"[registry.{_toml(key)}]"]
        lines += [f"  {name} = {_toml(value)}" for name, value in fields.items()]
    return ("\n".join(lines) + "\n").encode()


def has_path(url: str) -> bool:
    """A mirror served under a path: a URL prefix to containerd and healthd's probe (`/p/v2/...`), a
    repository namespace to dockerd and containers/image (`/v2/p/...`), so those two are not handed it."""
    return urlsplit(url).path not in ("", "/")


def daemon_json(sets: Sequence[MirrorSet]) -> bytes:
    """`{"registry-mirrors": [...]}`: dockerd mirrors Docker Hub only, each URL with its scheme and no path."""
    hub = next((s for s in sets if s.registry == "docker.io"), None)
    mirrors = [m for m in hub.mirrors if not has_path(m)] if hub else []
    return json.dumps({"registry-mirrors": mirrors}, indent=2).encode() + b"\n"


def hosts_toml(mirror_set: MirrorSet) -> bytes:
    """containerd's `certs.d/<registry>/hosts.toml`: the mirrors as ordered hosts, the upstream as `server`."""
    lines = [f"# healthd: healthy mirrors of {mirror_set.registry}, best first", f"server = {_toml(mirror_set.server)}"]
    for mirror in mirror_set.mirrors:
        lines += ["", f"[host.{_toml(mirror)}]", f"  capabilities = {_toml(list(HOST_CAPABILITIES))}"]
    if not mirror_set.mirrors:  # containerd 1.6/1.7 ignore a file with no host table ("invalid host tree")
        lines += ["", f"[host.{_toml(mirror_set.server)}]", f"  capabilities = {_toml([*HOST_CAPABILITIES, 'push'])}"]
    return ("\n".join(lines) + "\n").encode()


def registries_conf(sets: Sequence[MirrorSet]) -> bytes:
    """containers-registries.conf v2, for /etc/containers/registries.conf.d/*.conf (podman, buildah, CRI-O, skopeo).

    One `[[registry]]` per upstream (`prefix` its image name, `location` where it is served: `docker.io`
    itself for Docker Hub, else the server's host[:port][/path]), then its healthy mirrors in order as
    `[[registry.mirror]]`; `insecure = true` for plain HTTP (containers/image otherwise insists on TLS).
    A mirror with a path is left out: containers/image reads `host/p` as a namespace (`host/v2/p/library/...`),
    not the URL prefix healthd probed (`host/p/v2/...`). No
    `unqualified-search-registries`: a drop-in must not override the host's short-name policy.
    """
    lines = ["# healthd: healthy registry mirrors, best first (containers-registries.conf v2)"]
    for mirror_set in sets:
        server = urlsplit(mirror_set.server)
        location = "docker.io" if mirror_set.registry == "docker.io" else bare(mirror_set.server)
        lines += ["", "[[registry]]", f"prefix = {_toml(mirror_set.registry)}", f"location = {_toml(location)}"]
        lines += [f"insecure = {_toml(server.scheme == 'http')}"]
        for mirror in (m for m in mirror_set.mirrors if not has_path(m)):
            lines += ["", "[[registry.mirror]]", f"location = {_toml(bare(mirror))}"]
            lines += [f"insecure = {_toml(urlsplit(mirror).scheme == 'http')}"]
    return ("\n".join(lines) + "\n").encode()


def render_mirrors(sets: Sequence[MirrorSet]) -> dict[tuple[str, str], bytes]:
    """Every /mirrors answer, keyed (format, registry); "" is every registry (buildkitd, registries-conf) or
    Docker Hub (daemon-json)."""
    bodies = {
        ("buildkitd", ""): buildkitd(sets),
        ("daemon-json", ""): daemon_json(sets),
        ("registries-conf", ""): registries_conf(sets),
    }
    for mirror_set in sets:
        bodies[("buildkitd", mirror_set.registry)] = buildkitd([mirror_set])
        bodies[("registries-conf", mirror_set.registry)] = registries_conf([mirror_set])
        bodies[("hosts-toml", mirror_set.registry)] = hosts_toml(mirror_set)
    return bodies
