"""The GitHub Actions cache API in both shapes: v2 Twirp (`CacheService/GetCacheEntryDownloadURL`) and
v1 REST (`_apis/artifactcache/cache`). Without the expected bearer token it answers as the service
does: a Twirp `{"code": "unauthenticated", "msg": ...}` 401, or a v1 JSON error 401. A Twirp path
it does not serve answers 404 `bad_route`, as every Twirp server does (`moved` renames the service,
as an API change would). `GET /health` answers as the results service does for the runner's own
check: 200 with X-GitHub-Request-Id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web

from tests.fakes.misbehave import Handler

TWIRP_PATH = "/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL"
V1_PATH = "/_apis/artifactcache/cache"
V1_ACCEPT = "application/json;api-version=6.0-preview.1"


@dataclass
class GhaCacheFake:
    token: str = "fake-runtime-token"
    entries: dict[str, str] = field(default_factory=dict)  # key -> signed download URL
    miss_as_empty: bool = False  # proto3 JSON may drop `ok: false`: answer a miss with {}
    lookup_handler: Handler | None = None  # replaces the authenticated lookup (a misbehaviour)
    lookups: list[dict[str, object]] = field(default_factory=list)
    moved: bool = False  # the lookup method lives elsewhere now: the probe's path is a bad_route
    health_handler: Handler | None = None  # replaces GET /health (a misbehaviour)
    health_checks: int = 0

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post(TWIRP_PATH.replace("v1.", "v2.") if self.moved else TWIRP_PATH, self._v2)
        app.router.add_post("/twirp/{method:.*}", self._bad_route)
        app.router.add_get(V1_PATH, self._v1)
        app.router.add_get("/health", self._health)
        return app

    async def _health(self, request: web.Request) -> web.StreamResponse:
        self.health_checks += 1
        if self.health_handler is not None:
            return await self.health_handler(request)
        return web.Response(status=200, headers={"X-GitHub-Request-Id": "C0DE:1F2E:3D4C5B:6A7980:6740A1B2"})

    async def _bad_route(self, request: web.Request) -> web.Response:
        message = f"no handler for path {request.path!r}"
        return web.json_response(
            {"code": "bad_route", "msg": message, "meta": {"twirp_invalid_route": request.path}}, status=404
        )

    def _authorized(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {self.token}"

    async def _v2(self, request: web.Request) -> web.StreamResponse:
        if not self._authorized(request):
            return web.json_response({"code": "unauthenticated", "msg": "invalid or missing token"}, status=401)
        if self.lookup_handler is not None:
            return await self.lookup_handler(request)
        if request.content_type != "application/json":
            return web.json_response({"code": "malformed", "msg": "expected JSON"}, status=400)
        body = await request.json()
        self.lookups.append(body)
        if not isinstance(body.get("key"), str) or not isinstance(body.get("version"), str):
            return web.json_response({"code": "invalid_argument", "msg": "key and version required"}, status=400)
        if body["key"] in self.entries:
            url = self.entries[body["key"]]
            return web.json_response({"ok": True, "signed_download_url": url, "matched_key": body["key"]})
        return web.json_response({} if self.miss_as_empty else {"ok": False})

    async def _v1(self, request: web.Request) -> web.StreamResponse:
        if not self._authorized(request):
            return web.json_response(
                {"$id": "1", "message": "TF400813: not authorized", "typeKey": "UnauthorizedRequestException"},
                status=401,
            )
        if self.lookup_handler is not None:
            return await self.lookup_handler(request)
        if request.headers.get("Accept") != V1_ACCEPT:
            return web.json_response(
                {"message": "api-version missing", "typeKey": "VssVersionNotSpecified"}, status=400
            )
        self.lookups.append(dict(request.query))
        key = request.query.get("keys", "")
        if key in self.entries:
            return web.json_response({"cacheKey": key, "archiveLocation": self.entries[key]})
        return web.Response(status=204)
