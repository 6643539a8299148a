"""Admin endpoints: the incident pin and a round on demand. Off unless a token is configured.

The token is read from the file $HEALTHD_ADMIN_TOKEN_FILE names (never from the command line,
where `ps` shows it), at start and again at each SIGHUP (a token file that became unusable keeps the
token in force, said in the log). Requests carry `Authorization: Bearer TOKEN`, compared in
constant time; a wrong or missing one is 401. With no token the routes do not exist (404).

    POST   /admin/pin    {"strategy", "ttl" (seconds), "reason"}  pin the served strategy
    DELETE /admin/pin                                             release it
    GET    /admin/pin                                             the pin in force (null if none)
    POST   /admin/probe                                           a round now (coalesced with a running one)

Every change is logged (never the token) and counted; bodies are capped by the app's
client_max_size (413 beyond).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable

from aiohttp import web
from prometheus_client import Counter

from healthd.core import pin as pins
from healthd.daemon.board import Board
from healthd.daemon.metrics import Metrics
from healthd.daemon.on_demand import OnDemand
from healthd.daemon.pinning import PinHolder
from healthd.model import iso8601

log = logging.getLogger("healthd.admin")


def _pin_document(holder: PinHolder) -> dict[str, object]:
    return {"pin": pins.document(holder.current())}  # the pin in force, admin or file (its `source` says)


Action = Callable[[web.Request], Awaitable[web.Response]]
BODY_TIMEOUT = 10.0  # seconds for a pin's body: a slow one holds a connection
ACTIONS = ("pin_set", "pin_clear", "pin_show", "probe")  # the `action` label of healthd_admin_requests_total


class AdminToken:
    """The token the admin routes take; SIGHUP re-reads its file and `rotate`s it (healthd.daemon.reload)."""

    def __init__(self, token: str) -> None:
        self.expected = f"Bearer {token}".encode()

    def rotate(self, token: str) -> bool:
        """Takes `token`; True if it differs from the one in force."""
        expected = f"Bearer {token}".encode()
        changed = not hmac.compare_digest(expected, self.expected)
        self.expected = expected
        return changed


TOKEN = web.AppKey("admin_token", AdminToken)


def install(
    app: web.Application, board: Board, holder: PinHolder, rounds: OnDemand, metrics: Metrics, token: str
) -> None:
    """Adds the admin routes to `app`, guarded by `token` (app[TOKEN], which a SIGHUP may rotate), counted in
    `metrics`: the pin `holder` and `rounds` on demand act, `board` says which strategies the served answer knows."""
    requests = Counter(
        "healthd_admin_requests", "Admin requests, by action and HTTP status code.", ["action", "code"], registry=None
    )
    for action in ACTIONS:  # at 0 from the start, so the first request of each shows in increase() and rate()
        requests.labels(action, "200")
    metrics.register_live(requests)
    current = app[TOKEN] = AdminToken(token)

    def guarded(action: str, handler: Action) -> Action:
        async def guard(request: web.Request) -> web.Response:
            code: int | None = 500
            try:
                given = request.headers.get("Authorization", "").encode("utf-8", "replace")
                if not hmac.compare_digest(given, current.expected):
                    code = 401
                    return web.json_response(
                        {"error": "missing or wrong Authorization: Bearer token"},
                        status=401,
                        headers={"WWW-Authenticate": 'Bearer realm="healthd admin"'},
                    )
                response = await handler(request)
                code = response.status
                return response
            except web.HTTPException as exc:  # 413 from a body over client_max_size
                code = exc.status
                raise
            except (asyncio.CancelledError, ConnectionError):  # the client went away: no answer, not a 500
                code = None
                raise
            finally:
                if code is not None:
                    requests.labels(action, str(code)).inc()

        return guard

    async def set_pin(request: web.Request) -> web.Response:
        try:
            body = await asyncio.wait_for(request.read(), BODY_TIMEOUT)  # at most client_max_size (1 KiB)
        except TimeoutError:
            slow = web.json_response({"error": f"the body did not arrive within {BODY_TIMEOUT:g} s"}, status=408)
            slow.force_close()  # else aiohttp lingers reading the slow body: the client this timeout sheds
            return slow
        latest = board.latest
        strategies = latest.snapshot.strategies if latest else holder.strategies
        try:
            pin = pins.parse_pin(body, strategies, time.time())
        except pins.PinError as exc:
            return web.json_response({"error": str(exc)}, status=400)
        holder.set(pin)
        log.warning(
            "pin_set",
            extra={"strategy": pin.strategy, "until": iso8601(pin.until), "reason": pin.reason, "peer": request.remote},
        )
        return web.json_response(_pin_document(holder))

    async def clear_pin(request: web.Request) -> web.Response:
        held = holder.admin()
        holder.set(None)  # the admin pin only: the fleet's pin file is released by editing the file
        log.warning("pin_released", extra={"strategy": held.strategy if held else None, "peer": request.remote})
        return web.json_response(_pin_document(holder))

    async def show_pin(request: web.Request) -> web.Response:
        return web.json_response(_pin_document(holder))

    async def probe(request: web.Request) -> web.Response:
        log.info("probe_requested", extra={"peer": request.remote})
        rendered = await rounds.request()
        decision = rendered.snapshot.decision
        body = {"round": rendered.snapshot.round, "score": rendered.snapshot.score, "strategy": decision.strategy}
        return web.Response(text=json.dumps(body) + "\n", content_type="application/json")

    pin_set, pin_clear, pin_show, probe_action = ACTIONS
    app.router.add_post("/admin/pin", guarded(pin_set, set_pin))
    app.router.add_delete("/admin/pin", guarded(pin_clear, clear_pin))
    app.router.add_get("/admin/pin", guarded(pin_show, show_pin))
    app.router.add_post("/admin/probe", guarded(probe_action, probe))
