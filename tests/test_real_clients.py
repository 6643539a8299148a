"""The adaptive answers read by the real tools that read them (design contract note 5), on 127.0.0.1 only.

healthd runs as a process (`python -m healthd.daemon`) probing local servers: a real docker-registry
holding library/alpine, a mirror host that accepts and never answers, a registry behind a path, GOPROXY
servers holding real module zips, an outage page. Docker Hub's own API host is reached through a dead
HTTPS_PROXY (NO_PROXY=127.0.0.1), so it is down with no packet leaving the machine. Then:

- containerd (its own root, state and socket in tmp_path, CRI disabled) fetches with
  `ctr content fetch --hosts-dir` through healthd's /mirrors?format=hosts-toml;
- `go mod download` runs with healthd's GOPROXY from /strategy?format=env;
- `skopeo --registries-conf FILE copy` runs through /mirrors?format=registries-conf.

Each prints what it measured (run with -s to see): healthd's file against a hand-written static one.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import time
import tomllib
import urllib.request
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from healthd.core.mirrors import hosts_toml
from healthd.model import MirrorSet
from tests.fakes.clients import GoModuleProxy, HangServer, Module, outage_server, path_proxy
from tests.fakes.distribution import push_image
from tests.support import Daemon, free_port, parse_github_env, require_binary, running_daemon

DEAD_PROXY = f"http://127.0.0.1:{free_port()}"  # nothing listens: Docker Hub is down, offline
OFFLINE = {"HTTPS_PROXY": DEAD_PROXY, "https_proxy": DEAD_PROXY, "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}
STATIC_BOUND = 15.0  # seconds a static file that lists the hanging mirror first gets before it is killed
IMAGE = "library/alpine"


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


def timed(
    command: list[str], *, env: dict[str, str] | None = None, timeout: float = 60
) -> tuple[int | None, float, str]:
    """(exit code or None when killed at `timeout`, seconds, output)."""
    start = time.monotonic()
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired as expired:
        out = (expired.stdout or b"").decode(errors="replace") + (expired.stderr or b"").decode(errors="replace")
        return None, time.monotonic() - start, out
    return done.returncode, time.monotonic() - start, done.stdout + done.stderr


def report(what: str, seconds: float, outcome: str) -> None:
    print(f"\nMEASURED {what}: {seconds:.2f} s ({outcome})")


async def wait_round(daemon: Daemon, rounds: int = 1) -> dict:
    """The /strategy document once the daemon has finished `rounds` rounds."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            doc = json.loads(fetch(f"{daemon.url}/strategy"))
            if doc["round"] >= rounds:
                return doc
        except OSError:
            pass
        await asyncio.sleep(0.2)
    raise AssertionError(f"no round {rounds}: {daemon.log.read_text()[-2000:]}")


# --- registries: containerd and skopeo ------------------------------------------------------------


@dataclass
class Registries:
    daemon: Daemon
    registry: object  # tests.fakes.distribution.Registry with library/alpine:latest pushed
    digest: str
    hang: HangServer
    path_mirror: object
    path_upstream: str  # a second upstream (nothing listens), mirrored only by the registry behind a path


@pytest.fixture
async def registries(docker_registry, tmp_path: Path) -> AsyncIterator[Registries]:
    digest = push_image(docker_registry.url, IMAGE, "latest")
    hang = HangServer()
    behind_path = path_proxy("/some/path", int(docker_registry.url.rsplit(":", 1)[1]))
    path_upstream = f"http://127.0.0.1:{free_port()}"
    mirror = f"kind: registry, repository: {IMAGE}"
    config = tmp_path / "healthd.yaml"
    # the hanging mirror comes first in the config, as a static file would list it
    config.write_text(f"""
daemon: {{interval: 2, timeout: 1, stale_after: 60}}
components:
  registries:
    weight: 100
    targets:
      - {{name: hub, url: "https://registry-1.docker.io", {mirror}}}
      - {{name: m-hang, url: "{hang.url}", {mirror}, mirror_of: hub}}
      - {{name: m-local, url: "{docker_registry.url}", {mirror}, mirror_of: hub}}
      - {{name: other, url: "{path_upstream}", {mirror}}}
      - {{name: m-hang-2, url: "{hang.url}", {mirror}, mirror_of: other}}
      - {{name: m-path, url: "{behind_path.url}/some/path", {mirror}, mirror_of: other}}
strategies:
  - {{name: optimal, min_score: 0}}
""")
    try:
        async with running_daemon(config, env=OFFLINE) as daemon:
            await wait_round(daemon)
            yield Registries(daemon, docker_registry, digest, hang, behind_path, path_upstream)
    finally:
        hang.close()
        behind_path.close()


@dataclass
class Containerd:
    socket: str
    hosts: Path

    def fetch(self, namespace: str, ref: str, timeout: float = 60) -> tuple[int | None, float, str]:
        command = ["ctr", "--address", self.socket, "-n", namespace, "content", "fetch"]
        return timed([*command, "--hosts-dir", str(self.hosts), ref], env={**os.environ, **OFFLINE}, timeout=timeout)

    def write_hosts(self, registry: str, text: str) -> None:
        directory = self.hosts / registry
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "hosts.toml").write_text(text)


# CRI needs privileges and is not needed for content fetches; these snapshotters need kernel support,
# and the "opt" plugin creates /opt/containerd.
DISABLED_PLUGINS = ["cri", "snapshotter.v1.aufs", "snapshotter.v1.btrfs", "snapshotter.v1.zfs"]
DISABLED_PLUGINS += ["snapshotter.v1.devmapper", "internal.v1.opt"]


@pytest.fixture
def containerd(tmp_path: Path) -> Iterator[Containerd]:
    """A real containerd with its own root, state and socket under tmp_path (as nobody when run as root)."""
    binary = require_binary("containerd")
    require_binary("ctr")
    base = tmp_path / "containerd"
    (base / "root").mkdir(parents=True)
    (base / "state").mkdir()
    as_root = os.getuid() == 0
    uid, gid = (65534, 65534) if as_root else (os.getuid(), os.getgid())
    sock = base / "containerd.sock"
    plugins = ", ".join(f'"io.containerd.{"grpc.v1." if p == "cri" else ""}{p}"' for p in DISABLED_PLUGINS)
    config = base / "config.toml"
    config.write_text(f"""version = 2
root = "{base / "root"}"
state = "{base / "state"}"
disabled_plugins = [{plugins}]
[grpc]
  address = "{sock}"
  uid = {uid}
  gid = {gid}
[ttrpc]
  address = "{sock}.ttrpc"
  uid = {uid}
  gid = {gid}
[plugins."io.containerd.metadata.v1.bolt"]
  content_sharing_policy = "isolated"
""")
    command = [binary, "--config", str(config), "--log-level", "warn"]
    if as_root:  # containerd as root wants the host's mounts; as nobody it is a plain content store
        for path in [tmp_path, *tmp_path.rglob("*")]:
            os.chown(path, uid, gid)
        for parent in tmp_path.parents:  # pytest's tmp dirs are 0700
            if str(parent).startswith("/tmp/") or parent == Path("/tmp"):
                os.chmod(parent, os.stat(parent).st_mode | 0o711)
        command = ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups", *command]
    log = base / "containerd.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 15
        while not sock.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"containerd did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.05)
        yield Containerd(str(sock), tmp_path / "hosts")
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def test_containerd_fetches_through_healthds_hosts_toml(registries: Registries, containerd: Containerd) -> None:
    url, local = registries.daemon.url, registries.registry.url  # type: ignore[attr-defined]
    text = fetch(f"{url}/mirrors?format=hosts-toml&registry=docker.io")
    assert list(tomllib.loads(text)["host"]) == [local]  # the hanging mirror left out
    containerd.write_hosts("docker.io", text)
    others = registries.hang.others
    code, seconds, out = containerd.fetch("healthd", f"docker.io/{IMAGE}:latest")
    assert code == 0 and registries.digest in out, out
    await asyncio.sleep(0.5)  # a dial would have sent its first bytes by now
    # containerd never dialled the hanging mirror (healthd's own probes dial it every round: counted apart)
    assert registries.hang.others == others
    report("containerd fetch through healthd's hosts.toml (hanging mirror configured, upstream down)", seconds, "ok")

    # the hand-written file lists every configured mirror, the hanging one first
    static = f'server = "https://registry-1.docker.io"\n\n[host."{registries.hang.url}"]\n'
    static += '  capabilities = ["pull", "resolve"]\n\n'
    static += f'[host."{local}"]\n  capabilities = ["pull", "resolve"]\n'
    containerd.write_hosts("docker.io", static)
    code, seconds, out = containerd.fetch("static", f"docker.io/{IMAGE}:latest", timeout=STATIC_BOUND)
    assert code is None, f"the static file did not hang: {code} {out}"
    assert registries.hang.others > others
    report("containerd fetch through a static hosts.toml, hanging mirror first", seconds, "killed at the bound")


async def test_containerd_reads_the_file_healthd_writes_when_no_mirror_is_healthy(
    registries: Registries, containerd: Containerd
) -> None:
    """With no healthy mirror the file still names its server in a host table: containerd ignores a file with
    `server` alone and would go to https://registry-1.docker.io (unreachable here) instead of the local server."""
    local = registries.registry.url  # type: ignore[attr-defined]
    text = hosts_toml(MirrorSet("docker.io", local, ())).decode()
    containerd.write_hosts("docker.io", text)
    code, seconds, out = containerd.fetch("nomirror", f"docker.io/{IMAGE}:latest")
    assert code == 0 and registries.digest in out, out
    report("containerd fetch through healthd's hosts.toml with no healthy mirror (server only)", seconds, "ok")


async def test_containerd_through_a_mirror_with_a_path(registries: Registries, containerd: Containerd) -> None:
    registry = registries.path_upstream.removeprefix("http://")
    text = fetch(f"{registries.daemon.url}/mirrors?format=hosts-toml&registry={registry}")
    doc = tomllib.loads(text)
    assert doc["server"] == registries.path_upstream  # plain HTTP, and nothing listens there
    assert list(doc["host"]) == [f"{registries.path_mirror.url}/some/path"]  # type: ignore[attr-defined]
    containerd.write_hosts(registry, text)
    code, seconds, out = containerd.fetch("path", f"{registry}/{IMAGE}:latest")
    assert code == 0 and registries.digest in out, out
    # containerd appends /v2 to a host's path, as healthd's registry probe does
    asked = registries.path_mirror.requests  # type: ignore[attr-defined]
    assert any(r.startswith(f"GET /some/path/v2/{IMAGE}/blobs/") for r in asked), asked
    report("containerd fetch through a mirror with a path (plain HTTP upstream down)", seconds, "ok")


def skopeo_copy(conf: str, ref: str, tmp_path: Path, *, timeout: float = 60) -> tuple[int | None, float, str]:
    """`skopeo --registries-conf FILE copy` with a private HOME (no ~/.config/containers drop-ins) and policy."""
    binary = require_binary("skopeo")
    case = tmp_path / f"skopeo-{time.monotonic_ns()}"
    (case / "home").mkdir(parents=True)
    (case / "registries.d").mkdir()
    (case / "registries.conf").write_text(conf)
    (case / "policy.json").write_text('{"default": [{"type": "insecureAcceptAnything"}]}\n')
    env = {"PATH": os.environ["PATH"], "HOME": str(case / "home"), **OFFLINE}
    command = [binary, "--debug", "--registries-conf", str(case / "registries.conf"), "--policy"]
    command += [str(case / "policy.json"), "--registries.d", str(case / "registries.d"), "--tmpdir", str(case)]
    command += ["copy", f"docker://{ref}", f"dir:{case / 'out'}"]
    return timed(command, env=env, timeout=timeout)


async def test_skopeo_copies_through_healthds_registries_conf(registries: Registries, tmp_path: Path) -> None:
    local = registries.registry.url.removeprefix("http://")  # type: ignore[attr-defined]
    conf = fetch(f"{registries.daemon.url}/mirrors?format=registries-conf&registry=docker.io")
    assert tomllib.loads(conf)["registry"][0]["mirror"] == [{"location": local, "insecure": True}]
    others = registries.hang.others
    code, seconds, out = skopeo_copy(conf, f"docker.io/{IMAGE}:latest", tmp_path)
    assert code == 0, out
    assert f"GET http://{local}/v2/{IMAGE}/manifests/latest" in out
    loaded = [line for line in out.splitlines() if "Loading registries configuration" in line]
    # besides our file, only the system drop-ins: none may name our mirror or the hub differently
    assert all("registries.conf.d/" in line for line in loaded[1:]), loaded
    await asyncio.sleep(0.5)
    assert registries.hang.others == others
    report("skopeo copy through healthd's registries.conf (hanging mirror configured, upstream down)", seconds, "ok")

    static = 'unqualified-search-registries = ["docker.io"]\n\n[[registry]]\nprefix = "docker.io"\n'
    static += (
        f'location = "docker.io"\n\n[[registry.mirror]]\nlocation = "{registries.hang.url.removeprefix("http://")}"'
    )
    static += f'\ninsecure = true\n\n[[registry.mirror]]\nlocation = "{local}"\ninsecure = true\n'
    code, seconds, out = skopeo_copy(static, f"docker.io/{IMAGE}:latest", tmp_path, timeout=STATIC_BOUND)
    assert code is None, f"the static file did not hang: {code} {out[-2000:]}"
    assert registries.hang.others > others
    report("skopeo copy through a static registries.conf, hanging mirror first", seconds, "killed at the bound")


# --- cmd/go ------------------------------------------------------------------------------------


PUBLIC = Module("example.com/hello")
ONLY_SECOND = Module("example.com/second")  # held by the second public proxy alone
PRIVATE = Module("corp.example/lib")
SECRET = Module("corp.example/secret")  # the private proxy fails on it


def go_download(module: Module, goproxy: str, tmp_path: Path, **extra: str) -> tuple[int | None, float, dict, str]:
    """`go mod download -json` with a fresh module cache: (code, seconds, the JSON, the output)."""
    binary = require_binary("go")
    case = tmp_path / f"go-{time.monotonic_ns()}"
    for sub in ("home", "gopath", "cache", "work"):
        (case / sub).mkdir(parents=True)
    env = {"PATH": os.environ["PATH"], "HOME": str(case / "home"), "GOPATH": str(case / "gopath")}
    env |= {"GOCACHE": str(case / "cache"), "GOENV": "off", "GOTOOLCHAIN": "local", "GO111MODULE": "on"}
    env |= {"GOFLAGS": "-mod=mod", "GOPROXY": goproxy, "GONOPROXY": "", "GOPRIVATE": "", "GOSUMDB": "off", **extra}
    code, seconds, out = timed([binary, "mod", "download", "-json", f"{module.path}@{module.version}"], env=env)
    start = out.find("{")
    try:
        doc = json.loads(out[start : out.rfind("}") + 1]) if start >= 0 else {}
    except ValueError:
        doc = {}
    subprocess.run(["chmod", "-R", "u+w", str(case)], check=False)  # the module cache is read-only
    return code, seconds, doc, out


@pytest.fixture
async def goproxies(tmp_path: Path) -> AsyncIterator[tuple[dict[str, str], Daemon]]:
    outage = outage_server(503)
    private = GoModuleProxy([PRIVATE], broken=(SECRET.path,)).start()  # a corporate proxy failing on one path
    first = GoModuleProxy([PUBLIC], unknown_status=500).start()  # healthy for its module, 500 for others
    second = GoModuleProxy([PUBLIC, ONLY_SECOND]).start()
    servers = {"outage": outage, "private": private, "first": first, "second": second}
    config = tmp_path / "healthd.yaml"
    # the outage proxy comes first, as a static GOPROXY would list it
    config.write_text(f"""
daemon: {{interval: 2, timeout: 1, stale_after: 60}}
components:
  go:
    weight: 100
    targets:
      - {{name: corp, kind: goproxy, url: "{private.url}", module: {PRIVATE.path}, private: true}}
      - {{name: outage, kind: goproxy, url: "{outage.url}", module: {PUBLIC.path}}}
      - {{name: first, kind: goproxy, url: "{first.url}", module: {PUBLIC.path}}}
      - {{name: second, kind: goproxy, url: "{second.url}", module: {PUBLIC.path}}}
adapt: {{goproxy_fallback: "off"}}
strategies:
  - {{name: optimal, min_score: 0}}
""")
    try:
        async with running_daemon(config) as daemon:
            await wait_round(daemon)
            yield {name: server.url for name, server in servers.items()} | {"_servers": servers}, daemon  # type: ignore[dict-item]
    finally:
        for server in servers.values():
            server.close()


async def test_go_downloads_with_healthds_goproxy(goproxies, tmp_path: Path) -> None:
    urls, daemon = goproxies
    servers = urls.pop("_servers")
    env = parse_github_env(fetch(f"{daemon.url}/strategy?format=env"))
    goproxy = env["GOPROXY"]
    # private first and joined with ',', the public ones with '|', the outage left out
    assert goproxy == f"{urls['private']},{urls['first']}|{urls['second']},off"
    sums = PUBLIC.sums()
    code, seconds, doc, out = go_download(PUBLIC, goproxy, tmp_path)
    assert code == 0 and (doc.get("Sum"), doc.get("GoModSum")) == sums, out
    report("go mod download with healthd's GOPROXY (an outage proxy configured)", seconds, "ok")

    static = f"{urls['outage']},{urls['first']},direct"  # the usual hand-written list
    code, seconds, doc, out = go_download(PUBLIC, static, tmp_path)
    assert code == 1 and "503 Service Unavailable" in out, out
    report("go mod download with the static outage,first,direct", seconds, "stopped at the outage page's 503")

    # '|': the first public proxy's 500 for a module it lacks falls through to the second
    code, _, doc, out = go_download(ONLY_SECOND, goproxy, tmp_path)
    assert code == 0 and doc.get("Version") == ONLY_SECOND.version, out
    assert f"/{ONLY_SECOND.path}/@v/{ONLY_SECOND.version}.info" in servers["first"].requests
    # ',': the private proxy's module is fetched from it; its 500 for a private path stops go there, so the
    # path never reaches a public proxy
    code, _, doc, out = go_download(PRIVATE, goproxy, tmp_path)
    assert code == 0, out
    code, _, doc, out = go_download(SECRET, goproxy, tmp_path)
    assert code == 1 and "500 Internal Server Error" in out, out
    assert not any(SECRET.path in r for name in ("first", "second") for r in servers[name].requests)

    # the checksum database, as far as offline allows: the default sum.golang.org cannot be reached, so
    # private modules need GONOSUMDB (healthd orders proxies, it does not decide what is private)
    code, _, _, out = go_download(PRIVATE, goproxy, tmp_path, GOSUMDB="sum.golang.org", GONOSUMDB="corp.example")
    assert code == 0, out
    code, _, _, out = go_download(PUBLIC, goproxy, tmp_path, GOSUMDB="sum.golang.org", **OFFLINE)
    assert code == 1 and "verifying" in out and "sum.golang.org" in out, out
