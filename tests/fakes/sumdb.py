"""The Go checksum database: `/latest` answers a signed tree head in sum.golang.org's note format
(`go.sum database tree`, size, base64 root hash, blank line, `— sum.golang.org <base64 key hash + sig>`)."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field

from aiohttp import web

from tests.fakes.misbehave import Handler

DATABASE = "sum.golang.org"


def tree_head(size: int = 66746981, database: str = DATABASE) -> str:
    root = base64.b64encode(hashlib.sha256(str(size).encode()).digest()).decode()
    signature = base64.b64encode(b"\x03\x3d\xe0\xae" + hashlib.sha512(root.encode()).digest()).decode()
    return f"go.sum database tree\n{size}\n{root}\n\n\N{EM DASH} {database} {signature}\n"


@dataclass
class SumdbFake:
    latest_handler: Handler | None = None
    requests: list[str] = field(default_factory=list)

    def routes(self, app: web.Application, prefix: str = "") -> None:
        app.router.add_get(f"{prefix}/latest", self._latest)

    def app(self) -> web.Application:
        app = web.Application()
        self.routes(app)
        return app

    async def _latest(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(request.path)
        if self.latest_handler is not None:
            return await self.latest_handler(request)
        return web.Response(text=tree_head(), content_type="text/plain")
