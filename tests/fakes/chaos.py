"""A chaos upstream every target can point at: `/t/NAME` answers in the mode set for NAME, switchable at run time.

Modes: "healthy" (200 `{"status": "healthy"}`) and every misbehaviour of tests.fakes.misbehave.MODES
(HTML pages, 5xx, reset, silence (hang), trickle, huge body, malformed JSON, redirect loop). Targets
use the http kind with `body_contains: healthy`, so a malformed answer is down too.
"""

from __future__ import annotations

from aiohttp import web

from tests.fakes.misbehave import MODES

HEALTHY = "healthy"


class Chaos:
    def __init__(self) -> None:
        self.modes: dict[str, str] = {}

    def set(self, mode: str, *names: str) -> None:
        for name in names:
            self.modes[name] = mode

    def app(self) -> web.Application:
        async def answer(request: web.Request) -> web.StreamResponse:
            mode = self.modes.get(request.match_info["name"], HEALTHY)
            if mode == HEALTHY:
                return web.json_response({"status": HEALTHY})
            return await MODES[mode](request)

        app = web.Application()
        app.router.add_route("*", "/t/{name}", answer)
        return app


def target_line(base: str, name: str, timeout: float) -> str:
    return f'{{name: {name}, kind: http, url: "{base}t/{name}", body_contains: {HEALTHY}, timeout: {timeout}}}'
