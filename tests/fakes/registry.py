"""A Docker Hub-like registry: /v2/ challenges for a Bearer token from a realm on the same server,
the realm grants anonymous pull tokens per repository scope, manifests answer HEAD with a digest and
Docker Hub's ratelimit headers. Options swap any step for a misbehaviour.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from typing import Literal

from aiohttp import web

from tests.fakes.misbehave import Handler

SERVICE = "registry.docker.io"
MANIFEST_V2 = "application/vnd.docker.distribution.manifest.v2+json"


@dataclass
class RegistryFake:
    tags: dict[str, set[str]] = field(default_factory=lambda: {"library/alpine": {"latest", "3.20"}})
    auth: Literal["bearer", "basic", "none"] = "bearer"
    challenge: str | None = None  # a WWW-Authenticate value to send instead of the default
    token_field: str = "token"
    ratelimit_remaining: int | None = None  # 0 answers manifests with 429, as Docker Hub does
    redirect: bool = False  # registry.k8s.io style: every /v2/ request redirects to a backend
    token_handler: Handler | None = None
    manifest_handler: Handler | None = None
    granted: dict[str, str] = field(default_factory=dict)  # token -> repository
    requests: list[str] = field(default_factory=list)
    # ghcr.io shape of push: user -> (password, actions it may have); a token with push answers uploads 202
    accounts: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    push_denial: Literal["ghcr", "hub"] = "ghcr"  # ghcr: 403 DENIED write_package; hub: 401 insufficient_scope
    actions: dict[str, frozenset[str]] = field(default_factory=dict)  # token -> actions granted
    uploads: set[str] = field(default_factory=set)  # open uploads (must stay empty after a probe)
    authorizations: list[str] = field(default_factory=list)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/token", self.token_handler or self._token)
        app.router.add_post("/token", self._oauth_token)
        for prefix in ("", "/backend"):
            app.router.add_get(prefix + "/v2/", self._version)
            app.router.add_route("HEAD", prefix + "/v2/{name:.+}/manifests/{reference}", self._manifest)
        app.router.add_post("/v2/{name:.+}/blobs/uploads/", self._upload)
        app.router.add_delete("/v2/{name:.+}/blobs/uploads/{uuid}", self._cancel)
        return app

    def _account(self, request: web.Request) -> frozenset[str] | None:
        """The actions the Basic credentials may have; None when absent or wrong."""
        import base64

        header = request.headers.get("Authorization", "")
        self.authorizations.append(header)
        if not header.startswith("Basic "):
            return None
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        account = self.accounts.get(user)
        return account[1] if account and account[0] == password else None

    async def _oauth_token(self, request: web.Request) -> web.Response:
        """docker's OAuth2 form for an identitytoken: grant_type=refresh_token; the refresh token is a password."""
        form = await request.post()
        self.requests.append(f"POST /token grant_type={form.get('grant_type')}")
        refresh = form.get("refresh_token")
        account = next((a for a in self.accounts.values() if a[0] == refresh), None)
        if form.get("grant_type") != "refresh_token" or account is None or form.get("service") != SERVICE:
            return web.json_response({"error": "invalid_grant"}, status=401)
        scope = str(form.get("scope", ""))
        name, _, wanted = scope.removeprefix("repository:").rpartition(":")
        token = secrets.token_hex(16)
        self.granted[token] = name
        self.actions[token] = account[1] & frozenset(wanted.split(","))
        return web.json_response({"access_token": token, "expires_in": 300})

    async def _upload(self, request: web.Request) -> web.Response:
        self.requests.append(f"POST {request.path}")
        name = request.match_info["name"]
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if self.granted.get(token) != name or "push" not in self.actions.get(token, frozenset()):
            if self.push_denial == "ghcr":
                body = {"errors": [{"code": "DENIED", "message": "permission_denied: write_package"}]}
                return web.json_response(body, status=403)
            scope = f"repository:{name}:push,pull"
            return _unauthorized(self._challenge(request, scope) + ',error="insufficient_scope"')
        uuid = secrets.token_hex(8)
        self.uploads.add(uuid)
        return web.Response(status=202, headers={"Location": f"/v2/{name}/blobs/uploads/{uuid}", "Range": "0-0"})

    async def _cancel(self, request: web.Request) -> web.Response:
        self.requests.append(f"DELETE {request.path}")
        self.uploads.discard(request.match_info["uuid"])
        return web.Response(status=204)

    def _challenge(self, request: web.Request, scope: str = "") -> str:
        if self.challenge is not None:
            return self.challenge
        if self.auth == "basic":
            return 'Basic realm="Registry Realm"'
        extra = f',scope="{scope}"' if scope else ""
        return f'Bearer realm="{request.url.origin()}/token",service="{SERVICE}"{extra}'

    def _redirect(self, request: web.Request) -> None:
        if self.redirect and not request.path.startswith("/backend"):
            raise web.HTTPTemporaryRedirect("/backend" + request.path)

    async def _version(self, request: web.Request) -> web.Response:
        self.requests.append(f"GET {request.path}")
        self._redirect(request)
        if self.auth == "none":
            return web.json_response({})
        return _unauthorized(self._challenge(request))

    async def _token(self, request: web.Request) -> web.Response:
        self.requests.append(f"GET /token?{request.query_string}")
        scope = request.query.get("scope", "")
        if request.query.get("service") != SERVICE or not scope.startswith("repository:") or "pull" not in scope:
            return web.json_response({"details": "bad service or scope"}, status=400)
        name, _, wanted = scope.removeprefix("repository:").rpartition(":")
        allowed = frozenset({"pull"})
        if "Authorization" in request.headers or self.accounts:
            account = self._account(request)
            if "Authorization" in request.headers and account is None:
                return web.json_response(_errors("UNAUTHORIZED"), status=401)
            allowed = account if account is not None else allowed
        token = secrets.token_hex(16)
        self.granted[token] = name
        self.actions[token] = allowed & frozenset(wanted.split(","))
        return web.json_response({self.token_field: token, "expires_in": 300, "issued_at": "2026-11-24T00:00:00Z"})

    async def _manifest(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(f"{request.method} {request.path}")
        self._redirect(request)
        if self.manifest_handler is not None:
            return await self.manifest_handler(request)
        name, reference = request.match_info["name"], request.match_info["reference"]
        if self.auth != "none":
            token = request.headers.get("Authorization", "").removeprefix("Bearer ")
            if self.granted.get(token) != name:
                return _unauthorized(self._challenge(request, f"repository:{name}:pull"))
        if MANIFEST_V2 not in request.headers.get("Accept", ""):
            return web.Response(status=400, text="no manifest media type accepted")
        headers = {}
        if self.ratelimit_remaining is not None:
            headers = {"ratelimit-limit": "100;w=21600", "ratelimit-remaining": f"{self.ratelimit_remaining};w=21600"}
            if self.ratelimit_remaining == 0:
                return web.json_response(_errors("TOOMANYREQUESTS"), status=429, headers=headers)
        if reference not in self.tags.get(name, ()):
            return web.json_response(_errors("MANIFEST_UNKNOWN"), status=404)
        digest = "sha256:" + hashlib.sha256(f"{name}:{reference}".encode()).hexdigest()
        headers |= {"Docker-Content-Digest": digest, "Content-Type": MANIFEST_V2, "Content-Length": "528"}
        return web.Response(status=200, headers=headers)


def _errors(code: str) -> dict[str, object]:
    return {"errors": [{"code": code, "message": code.lower(), "detail": None}]}


def _unauthorized(challenge: str) -> web.Response:
    return web.json_response(
        _errors("UNAUTHORIZED"),
        status=401,
        headers={"WWW-Authenticate": challenge, "Docker-Distribution-API-Version": "registry/2.0"},
    )
