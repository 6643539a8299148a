"""An HTTP upstream a test switches between up (200) and down (503), to drive a change of strategy."""

from __future__ import annotations

from aiohttp import web


class Switch:
    def __init__(self) -> None:
        self.up = True

    def app(self) -> web.Application:
        async def answer(request: web.Request) -> web.Response:
            return web.Response(status=200 if self.up else 503, text="ok\n" if self.up else "down\n")

        app = web.Application()
        app.router.add_get("/", answer)
        return app
