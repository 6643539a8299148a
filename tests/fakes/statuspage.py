"""An Atlassian Statuspage: `/api/v2/components.json` in the shape githubstatus.com serves."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class StatuspageFake:
    # name -> status; ids are derived from the names ("id-actions")
    components: dict[str, str] = field(
        default_factory=lambda: {"Actions": "operational", "Packages": "operational", "Git Operations": "operational"}
    )

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/api/v2/components.json", self._components)
        return app

    async def _components(self, request: web.Request) -> web.Response:
        document = {
            "page": {"id": "kctbh9vrtdwd", "name": "GitHub", "url": "https://www.githubstatus.com"},
            "components": [
                {"id": f"id-{name.lower().replace(' ', '-')}", "name": name, "status": status, "group": False}
                for name, status in self.components.items()
            ],
        }
        return web.Response(body=json.dumps(document).encode(), content_type="application/json")
