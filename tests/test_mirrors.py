"""/mirrors files, parsed the way their tools parse them: TOML (tomllib) with BuildKit's and containerd's
field names, daemon.json as JSON with dockerd's ValidateMirror rules (no dockerd --validate here: Debian
bookworm's docker.io is 20.10, and --validate came with 23.0)."""

from __future__ import annotations

import json
import tomllib
from urllib.parse import urlsplit

from hypothesis import given
from hypothesis import strategies as st

from healthd.core.mirrors import buildkitd, daemon_json, hosts_toml, registries_conf, render_mirrors
from healthd.model import MirrorSet

HUB = MirrorSet(
    "docker.io",
    "https://registry-1.docker.io",
    ("https://mirror.gcr.io", "http://127.0.0.1:5000", "https://cache.example/hub"),
)
GHCR = MirrorSet("ghcr.io", "https://ghcr.io", ("http://127.0.0.1:5000/ghcr",))
# BuildKit's util/resolver/config.RegistryConfig and containerd's docs/hosts.md
BUILDKIT_REGISTRY_FIELDS = {"mirrors", "http", "insecure", "ca", "keypair", "tlsconfigdir"}
CONTAINERD_HOST_FIELDS = {"capabilities", "skip_verify", "ca", "client", "header", "override_path"}
# containers/image pkg/sysregistriesv2 (v2 format): Registry and Endpoint fields
REGISTRIES_CONF_REGISTRY_FIELDS = {"prefix", "location", "insecure", "blocked", "mirror", "mirror-by-digest-only"}
REGISTRIES_CONF_MIRROR_FIELDS = {"location", "insecure", "pull-from-mirror"}


def test_buildkitd_toml() -> None:
    doc = tomllib.loads(buildkitd([HUB, GHCR]).decode())
    assert doc == {
        "registry": {
            "docker.io": {"mirrors": ["mirror.gcr.io", "127.0.0.1:5000", "cache.example/hub"]},
            "127.0.0.1:5000": {"http": True},
            "ghcr.io": {"mirrors": ["127.0.0.1:5000/ghcr"]},
        }
    }
    assert all(set(table) <= BUILDKIT_REGISTRY_FIELDS for table in doc["registry"].values())
    assert tomllib.loads(buildkitd([MirrorSet("docker.io", "https://registry-1.docker.io", ())]).decode()) == {
        "registry": {"docker.io": {"mirrors": []}}  # no healthy mirror: BuildKit pulls from the upstream
    }


def test_daemon_json_is_docker_hub_only_with_scheme_and_no_path() -> None:
    doc = json.loads(daemon_json([GHCR, HUB]))
    assert doc == {"registry-mirrors": ["https://mirror.gcr.io", "http://127.0.0.1:5000"]}
    for mirror in doc["registry-mirrors"]:  # dockerd's registry.ValidateMirror
        parts = urlsplit(mirror)
        assert parts.scheme in ("http", "https") and parts.path in ("", "/") and not parts.query
    assert json.loads(daemon_json([GHCR])) == {"registry-mirrors": []}


def test_hosts_toml() -> None:
    text = hosts_toml(HUB).decode()
    doc = tomllib.loads(text)
    assert doc["server"] == "https://registry-1.docker.io"
    assert list(doc["host"]) == list(HUB.mirrors)  # containerd tries hosts in file order
    assert all(table == {"capabilities": ["pull", "resolve"]} for table in doc["host"].values())
    assert all(set(table) <= CONTAINERD_HOST_FIELDS for table in doc["host"].values())


def test_hosts_toml_with_no_healthy_mirror_still_has_a_host_table() -> None:
    """containerd ignores a hosts.toml with `server` alone ("invalid host tree") and goes to its default host."""
    doc = tomllib.loads(hosts_toml(MirrorSet("docker.io", "http://127.0.0.1:5001", ())).decode())
    assert doc["server"] == "http://127.0.0.1:5001"
    assert doc["host"] == {"http://127.0.0.1:5001": {"capabilities": ["pull", "resolve", "push"]}}


def test_registries_conf() -> None:
    doc = tomllib.loads(registries_conf([HUB, GHCR, MirrorSet("127.0.0.1:5001", "http://127.0.0.1:5001", ())]).decode())
    assert doc == {
        "registry": [
            {
                "prefix": "docker.io",
                "location": "docker.io",  # not registry-1.docker.io: credentials are keyed docker.io
                "insecure": False,
                "mirror": [
                    {"location": "mirror.gcr.io", "insecure": False},
                    {"location": "127.0.0.1:5000", "insecure": True},
                ],  # not cache.example/hub: containers/image would read /hub as a namespace, not the probed prefix
            },
            {"prefix": "ghcr.io", "location": "ghcr.io", "insecure": False},  # its one mirror has a path
            {"prefix": "127.0.0.1:5001", "location": "127.0.0.1:5001", "insecure": True},  # no mirror: the upstream
        ]
    }  # fmt: skip
    for table in doc["registry"]:
        assert set(table) <= REGISTRIES_CONF_REGISTRY_FIELDS
        assert all(set(m) <= REGISTRIES_CONF_MIRROR_FIELDS for m in table.get("mirror", []))
    assert "unqualified-search-registries" not in doc  # a drop-in must not override the host's


def test_every_answer_is_rendered_once_per_round() -> None:
    bodies = render_mirrors([HUB, GHCR])
    assert set(bodies) == {
        ("buildkitd", ""), ("buildkitd", "docker.io"), ("buildkitd", "ghcr.io"),
        ("daemon-json", ""), ("hosts-toml", "docker.io"), ("hosts-toml", "ghcr.io"),
        ("registries-conf", ""), ("registries-conf", "docker.io"), ("registries-conf", "ghcr.io"),
    }  # fmt: skip
    assert set(tomllib.loads(bodies[("buildkitd", "ghcr.io")].decode())["registry"]) == {"ghcr.io", "127.0.0.1:5000"}


hosts = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?(\.[a-z0-9]{1,10}){0,3}(:[1-9][0-9]{0,4})?", fullmatch=True)
paths = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12).map(lambda p: "/" + p if p else "")
schemes = st.sampled_from(["http", "https"])
urls = st.builds(lambda scheme, host, path: f"{scheme}://{host}{path}", schemes, hosts, paths)


@given(st.lists(st.tuples(hosts, st.lists(urls, max_size=4, unique=True)), max_size=4, unique_by=lambda t: t[0]))
def test_any_mirror_sets_parse(spec: list[tuple[str, list[str]]]) -> None:
    sets = [MirrorSet(registry, f"https://{registry}", tuple(m)) for registry, m in spec]
    for (fmt, _), body in render_mirrors(sets).items():
        doc = json.loads(body) if fmt == "daemon-json" else tomllib.loads(body.decode())
        if fmt == "hosts-toml":
            assert list(doc.get("host", {})) in [list(s.mirrors) or [s.server] for s in sets]  # never server alone
        if fmt == "registries-conf":
            for table in doc.get("registry", []):
                assert [m["location"] for m in table.get("mirror", [])] == [
                    urlsplit(m).netloc for m in dict(spec)[table["prefix"]] if urlsplit(m).path in ("", "/")
                ]
