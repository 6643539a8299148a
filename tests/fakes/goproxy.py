"""A GOPROXY: serves `$module/@latest` and `$module/@v/list` for case-encoded module paths only.

Like proxy.golang.org, errors are text/plain; a module stored without `latest` answers @latest
with 404 (the protocol calls @latest optional), so a client must fall back to @v/list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web

from tests.fakes.sumdb import DATABASE, SumdbFake


@dataclass
class GoproxyFake:
    # Keys are case-encoded paths, as the protocol puts them in URLs.
    versions: dict[str, list[str]] = field(
        default_factory=lambda: {
            "golang.org/x/text": ["v0.20.0", "v0.21.0"],
            "github.com/!burnt!sushi/toml": ["v1.4.0"],
        }
    )
    without_latest: set[str] = field(default_factory=set)
    latest_status: int = 404  # what @latest answers for modules in without_latest (404 or 410)
    requests: list[str] = field(default_factory=list)
    # goproxy.cn style: also proxies the checksum DB (200 on /sumdb/sum.golang.org/supported). Without it
    # the /sumdb/ paths answer 404, as proxy.golang.org's do.
    sumdb: SumdbFake | None = None

    def app(self) -> web.Application:
        app = web.Application()
        if self.sumdb is not None:
            app.router.add_get(f"/sumdb/{DATABASE}/supported", self._supported)
            self.sumdb.routes(app, f"/sumdb/{DATABASE}")
        app.router.add_get("/{module:.+}/@latest", self._latest)
        app.router.add_get("/{module:.+}/@v/list", self._list)
        return app

    async def _latest(self, request: web.Request) -> web.Response:
        module = request.match_info["module"]
        self.requests.append(request.path)
        if module not in self.versions:
            return _not_found(module)
        if module in self.without_latest:
            return web.Response(status=self.latest_status, text=f"not found: {module}@latest")
        return web.json_response({"Version": self.versions[module][-1], "Time": "2026-11-01T00:00:00Z"})

    async def _supported(self, request: web.Request) -> web.Response:
        self.requests.append(request.path)
        return web.Response(text="")

    async def _list(self, request: web.Request) -> web.Response:
        module = request.match_info["module"]
        self.requests.append(request.path)
        if module not in self.versions:
            return _not_found(module)
        return web.Response(text="".join(f"{v}\n" for v in self.versions[module]))


def _not_found(module: str) -> web.Response:
    return web.Response(status=404, text=f"not found: module {module}: no matching versions")
