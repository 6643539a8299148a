"""A pull-through registry mirror without auth (as a runner-local cache serves): `/v2/`, manifest HEAD and
one blob GET. `mode` swaps in what real mirrors do wrong: down (503), an image it has not cached
(mirror.gcr.io answers 404), rate limited (429), or a blob cut short under a 200 (containerd#9552).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

from aiohttp import web

MANIFEST_V2 = "application/vnd.docker.distribution.manifest.v2+json"


@dataclass
class MirrorFake:
    mode: Literal["up", "down", "not_cached", "rate_limited", "truncated"] = "up"
    blob: bytes = b'{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}'
    requests: list[str] = field(default_factory=list)

    @property
    def digest(self) -> str:
        return "sha256:" + hashlib.sha256(self.blob).hexdigest()

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/v2/", self._version)
        app.router.add_route("HEAD", "/v2/{name:.+}/manifests/{reference}", self._manifest)
        app.router.add_get("/v2/{name:.+}/blobs/{digest}", self._blob)
        return app

    async def _version(self, request: web.Request) -> web.Response:
        self.requests.append(f"GET {request.path}")
        if self.mode == "down":
            return web.Response(status=503, text="upstream connect error")
        return web.json_response({})

    async def _manifest(self, request: web.Request) -> web.Response:
        self.requests.append(f"HEAD {request.path}")
        if self.mode == "not_cached":
            return web.json_response({"errors": [{"code": "MANIFEST_UNKNOWN", "message": "not cached"}]}, status=404)
        if self.mode == "rate_limited":
            return web.json_response({"errors": [{"code": "TOOMANYREQUESTS", "message": "slow down"}]}, status=429)
        digest = "sha256:" + hashlib.sha256(request.path.encode()).hexdigest()
        return web.Response(headers={"Docker-Content-Digest": digest, "Content-Type": MANIFEST_V2})

    async def _blob(self, request: web.Request) -> web.Response:
        self.requests.append(f"GET {request.path}")
        if request.match_info["digest"] != self.digest:
            return web.json_response({"errors": [{"code": "BLOB_UNKNOWN", "message": "blob unknown"}]}, status=404)
        body = self.blob[: len(self.blob) // 2] if self.mode == "truncated" else self.blob
        return web.Response(body=body, content_type="application/octet-stream")
