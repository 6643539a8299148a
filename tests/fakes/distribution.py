"""A real CNCF distribution registry (Debian `docker-registry`) on 127.0.0.1, with one image pushed
over the plain registry API (blob uploads, then a manifest), since no docker daemon exists here.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
import tarfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via $HTTP_PROXY


@dataclass(frozen=True)
class Registry:
    url: str
    repository: str
    tag: str
    digest: str  # of the pushed manifest


_AUTH: dict[str, str] = {}  # a registry URL's Authorization header (the htpasswd variant's pushes)


def _request(method: str, url: str, body: bytes = b"", content_type: str = "application/octet-stream") -> dict:
    request = urllib.request.Request(url, data=body if method in ("POST", "PUT") else None, method=method)
    request.add_header("Content-Type", content_type)
    for base, header in _AUTH.items():
        if url.startswith(base):
            request.add_header("Authorization", header)
    with _DIRECT.open(request, timeout=5) as response:
        return dict(response.headers)


def _sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _push_blob(url: str, repository: str, data: bytes) -> dict[str, object]:
    location = _request("POST", f"{url}/v2/{repository}/blobs/uploads/")["Location"]
    location = location if location.startswith("http") else url + location
    _request("PUT", f"{location}{'&' if '?' in location else '?'}digest={_sha256(data)}", data)
    return {"digest": _sha256(data), "size": len(data)}


def push_image(url: str, repository: str, tag: str) -> str:
    """Pushes a one-layer OCI image under `tag`; returns the manifest digest."""
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w") as archive:
        info = tarfile.TarInfo("hello.txt")
        info.size = 6
        archive.addfile(info, io.BytesIO(b"hello\n"))
    layer = gzip.compress(tar.getvalue(), mtime=0)
    config = json.dumps(
        {"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": [_sha256(tar.getvalue())]}}
    ).encode()
    manifest = json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": OCI_MANIFEST,
            "config": {"mediaType": "application/vnd.oci.image.config.v1+json", **_push_blob(url, repository, config)},
            "layers": [
                {"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", **_push_blob(url, repository, layer)}
            ],
        }
    ).encode()
    headers = _request("PUT", f"{url}/v2/{repository}/manifests/{tag}", manifest, OCI_MANIFEST)
    return headers["Docker-Content-Digest"]


def _wait_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"docker-registry exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            _request("GET", f"{url}/v2/")
            return
        except urllib.error.HTTPError as exc:
            if exc.code == 401:  # the htpasswd variant: answering, and asking for credentials
                return
            time.sleep(0.05)
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.05)
    pytest.fail(f"docker-registry not answering /v2/ after 20 s:\n{log.read_text()[-3000:]}")


@contextmanager
def serve_registry(binary: str, root: Path, port: int, login: tuple[str, str] | None = None) -> Iterator[Registry]:
    """Starts `docker-registry serve` on 127.0.0.1:port with storage under root, pushes healthd/test:v1.

    With `login` (user, password) the registry wants htpasswd Basic auth (`htpasswd -Bbn`, apache2-utils).
    """
    config, log = root / "config.yml", root / "registry.log"
    auth = ""
    url = f"http://127.0.0.1:{port}"
    if login is not None:
        import base64

        line = subprocess.run(["htpasswd", "-Bbn", *login], check=True, capture_output=True, text=True).stdout
        (root / "htpasswd").write_text(line.strip() + "\n")
        auth = f"auth: {{htpasswd: {{realm: healthd-test, path: {root / 'htpasswd'}}}}}\n"
        _AUTH[url] = "Basic " + base64.b64encode(":".join(login).encode()).decode()
    config.write_text(
        "version: 0.1\n"
        "log: {level: warn}\n"
        f"storage: {{filesystem: {{rootdirectory: {root / 'data'}}}}}\n"
        f"http: {{addr: '127.0.0.1:{port}', secret: healthd-test}}\n" + auth
    )
    with log.open("wb") as log_file:
        process = subprocess.Popen([binary, "serve", str(config)], stdout=log_file, stderr=subprocess.STDOUT)
    try:
        _wait_ready(url, process, log)
        yield Registry(url, "healthd/test", "v1", push_image(url, "healthd/test", "v1"))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
