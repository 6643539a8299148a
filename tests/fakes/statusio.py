"""Status.io's public status API, `GET /1.0/status/{page_id}`, in the shape api.status.io serves for Docker
(result.status_overall, result.status[] with containers[], incidents, maintenance)."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web

DOCKER_PAGE = "533c6539221ae15e3f000031"
_NAMES = {100: "Operational", 200: "Planned Maintenance", 300: "Degraded Performance",
          400: "Partial Service Disruption", 500: "Service Disruption", 600: "Security Event"}  # fmt: skip


@dataclass
class StatusioFake:
    page_id: str = DOCKER_PAGE
    # component name -> its own status code; containers (the "AWS" region Docker lists) follow `containers`
    components: dict[str, int] = field(
        default_factory=lambda: {"Docker Hub Registry": 100, "Docker Hub Web": 100, "Docker Hub Automated Builds": 100}
    )
    containers: dict[str, int] = field(default_factory=dict)  # component name -> its AWS container's code

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/1.0/status/{page_id}", self._status)
        return app

    async def _status(self, request: web.Request) -> web.Response:
        if request.match_info["page_id"] != self.page_id:
            # api.status.io answers an unknown page with a JSON error, not a status document
            return web.json_response({"status": {"error": "yes", "code": 404, "message": "Page not found"}}, status=404)
        status = [
            {
                "id": f"{i:024x}",
                "name": name,
                "updated": "2026-11-24T00:00:00.000Z",
                "status": _NAMES.get(code, "Unknown"),
                "status_code": code,
                "containers": [
                    {
                        "id": "582c71876fb4f24615000489",
                        "name": "AWS",
                        "updated": "2026-11-24T00:00:00.000Z",
                        "status": _NAMES.get(self.containers.get(name, code), "Unknown"),
                        "status_code": self.containers.get(name, code),
                    }
                ],
            }
            for i, (name, code) in enumerate(self.components.items())
        ]
        overall = max(c["status_code"] for c in status)
        document = {
            "result": {
                "status_overall": {
                    "updated": "2026-11-24T00:00:00.000Z",
                    "status": _NAMES.get(overall),
                    "status_code": overall,
                },
                "status": status,
                "incidents": [],
                "maintenance": {"active": [], "upcoming": []},
            }
        }
        return web.json_response(document)
