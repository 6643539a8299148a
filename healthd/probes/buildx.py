"""Kind `buildx`: which cache exporters the runner's active buildx builder can do, asked, never assumed.

`docker buildx inspect` names the builder and its driver; for the `docker` driver, `docker info`
says whether the daemon uses the containerd image store (`DriverStatus` holds `driver-type:
io.containerd.snapshotter.v1`), the default on fresh Docker 29+ installs. The docker driver without
it exports inline cache only ("Cache export is not supported for the docker driver", seeds 000/001);
every other driver exports every type. The answer is the measure `builder_cache_export` (1 / 0),
which healthd.core.adapt reads to drop cache_to entries the builder would refuse.

Every node's `Platforms` line is read too, with the node's native architecture, so adapt hands out
only platforms some node can build and names the emulated ones (healthd.model.BuilderNode). A node
whose endpoint is the local daemon (the `docker` driver, a `unix://` or `npipe://` socket) runs on
the daemon's host: its architecture is `docker version`'s server arch (else this host's,
platform.machine()). Any other node (ssh://, tcp://, kubernetes, a context name) is as native as the
first platform it lists, a user-declared one (`linux/arm64*`) first: BuildKit lists its own first.

Commands run without a shell, in their own process group (docker runs buildx as a plugin child),
within the probe's deadline and an output cap; the group is killed however the probe ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import platform
import signal
from dataclasses import replace

from healthd.config.targets import BuildxTarget
from healthd.model import BuilderNode, Measure, ProbeResult, Reason, Status
from healthd.probes.base import ProbeContext, ProbeFailure

STDERR_BYTES = 4096  # kept for a failure's detail; the rest is drained and dropped
CONTAINERD_STORE = ["driver-type", "io.containerd.snapshotter.v1"]


MACHINE_ARCH = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64", "armv7l": "arm"}
MACHINE_ARCH |= {"i386": "386", "i686": "386", "ppc64le": "ppc64le", "s390x": "s390x", "riscv64": "riscv64"}


async def probe(target: BuildxTarget, ctx: ProbeContext) -> ProbeResult:
    text = await run(target, ctx, "buildx", "inspect")
    name, driver = judge_inspect(text)
    containerd = None
    if driver == "docker":
        containerd = judge_driver_status(await run(target, ctx, "info", "--format", "{{json .DriverStatus}}"))
    result = judge_builder(name, driver, containerd)
    raw = judge_nodes(text)
    if not raw:
        return result
    host = ""
    if any(_local(driver, endpoint) for _, endpoint, _ in raw):
        try:  # the daemon's own architecture; a failure here is no failure of the builder
            host = (await run(target, ctx, "version", "--format", "{{.Server.Arch}}")).strip()
        except ProbeFailure:
            host = ""
    host = host if host.isascii() and host.isalnum() else MACHINE_ARCH.get(platform.machine().lower(), "")
    nodes = tuple(
        BuilderNode(n, host if _local(driver, e) else _first_arch(p), tuple(x.rstrip("*") for x in p))
        for n, e, p in raw
    )
    said = "; ".join(f"node {n.name} ({n.arch or '?'}): {len(n.platforms)} platforms" for n in nodes)
    return replace(result, detail=f"{result.detail}; {said}", nodes=nodes)


def _local(driver: str, endpoint: str) -> bool:
    return driver == "docker" or endpoint.startswith(("unix://", "npipe://"))


def _first_arch(platforms: tuple[str, ...]) -> str:
    declared = [p for p in platforms if p.endswith("*")]
    first = (declared or list(platforms) or [""])[0].rstrip("*").split("/")
    return first[1] if len(first) > 1 else ""


def judge_nodes(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Every node after `Nodes:` as (name, endpoint, platforms); `linux/arm64*` keeps its star (user-declared)."""
    nodes: list[tuple[str, str, tuple[str, ...]]] = []
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == "Nodes:"), None)
    if start is None:
        return nodes
    for line in lines[start + 1 :]:
        if line[:1].isspace():  # labels, GC policy: indented
            continue
        key, sep, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if not sep:
            continue
        if key == "Name":
            nodes.append((value, "", ()))
        elif nodes and key == "Endpoint":
            nodes[-1] = (nodes[-1][0], value, nodes[-1][2])
        elif nodes and key == "Platforms":
            found = tuple(p.strip() for p in value.split(",") if p.strip())
            nodes[-1] = (nodes[-1][0], nodes[-1][1], found[:64])
    return nodes[:16]


async def _read(stream: asyncio.StreamReader, cap: int, *, overflow_fails: bool) -> bytes:
    kept = bytearray()
    while chunk := await stream.read(64 * 1024):
        if len(kept) + len(chunk) > cap and overflow_fails:
            raise ProbeFailure(Reason.BODY_TOO_LARGE, f"output over cap {cap} bytes")
        kept += chunk[: max(0, cap - len(kept))]
    return bytes(kept)


async def run(target: BuildxTarget, ctx: ProbeContext, *args: str) -> str:
    """stdout of `docker ARGS` (exit 0, at most max_output_bytes), else ProbeFailure; the deadline is run_probe's."""
    command = f"{target.docker} {' '.join(args)}"
    try:
        process = await asyncio.create_subprocess_exec(
            target.docker, *args,
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            env=dict(ctx.env), start_new_session=True,
        )  # fmt: skip
    except OSError as exc:  # not found, not executable
        raise ProbeFailure(Reason.COMMAND_FAILED, f"cannot run {target.docker!r}: {exc.strerror or exc}") from None
    assert process.stdout is not None and process.stderr is not None
    readers = [
        asyncio.ensure_future(_read(process.stdout, target.max_output_bytes, overflow_fails=True)),
        asyncio.ensure_future(_read(process.stderr, STDERR_BYTES, overflow_fails=False)),
    ]
    try:
        out, err = await asyncio.gather(*readers)
        code = await process.wait()
    finally:
        for reader in readers:  # one failed (the cap) or the deadline came: the other stops reading too
            reader.cancel()
        await asyncio.gather(*readers, return_exceptions=True)
        if process.returncode is None:  # deadline, output cap: nothing of the group outlives the probe
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            # Drain, not just wait: a pipe whose reading paused on a full buffer never sees its EOF, and
            # wait() returns only once the pipes have closed. After the kill the pipes hold at most their buffers.
            await process.communicate()
    if code != 0:
        message = " ".join(err.decode("utf-8", "replace").split())
        raise ProbeFailure(Reason.COMMAND_FAILED, f"`{command}` exited {code}: {message!r}")
    return out.decode("utf-8", "replace")


def judge_inspect(text: str) -> tuple[str, str]:
    """`docker buildx inspect` -> (builder name, driver), read from the lines before `Nodes:`."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() == "Nodes:":
            break
        key, sep, value = line.partition(":")
        if sep and key.strip() in ("Name", "Driver"):
            fields.setdefault(key.strip(), value.strip())
    if not fields.get("Driver"):
        snippet = " ".join(text[:120].split())
        raise ProbeFailure(Reason.PROTOCOL_ERROR, f"`buildx inspect` printed no Driver: line: {snippet!r}")
    return fields.get("Name", "?"), fields["Driver"]


def judge_driver_status(text: str) -> bool:
    """`docker info --format '{{json .DriverStatus}}'` -> whether the containerd image store is in use."""
    try:
        pairs = json.loads(text)
    except ValueError:
        pairs = None
    if pairs is None or not isinstance(pairs, list) or not all(isinstance(p, list) for p in pairs):
        snippet = " ".join(text[:120].split())
        raise ProbeFailure(Reason.PROTOCOL_ERROR, f"`docker info` DriverStatus is not a list of pairs: {snippet!r}")
    return CONTAINERD_STORE in pairs


def judge_builder(name: str, driver: str, containerd: bool | None) -> ProbeResult:
    """Up whatever the builder is: the measure says what it can do, the detail says why."""
    if driver != "docker":
        can, detail = True, f"builder {name}: driver {driver}: exports every cache type"
    elif containerd:
        can, detail = True, f"builder {name}: driver docker with the containerd image store: exports every cache type"
    else:
        can, detail = False, f"builder {name}: driver docker without the containerd image store: inline cache only"
    return ProbeResult(Status.UP, Reason.OK, detail=detail, measurements={Measure.BUILDER_CACHE_EXPORT: float(can)})
