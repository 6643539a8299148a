"""The answer formats of /strategy and their content types: one table, stdlib only.

The CI client imports it to check `--format` without importing the renderer (~20 ms of imports).
A new format is a row here and a branch in `healthd.core.render.render`.
"""

from __future__ import annotations

import re

FORMATS: dict[str, str] = {
    "json": "application/json",
    "env": "text/plain",  # GitHub's $GITHUB_OUTPUT / $GITHUB_ENV syntax
    "shell": "text/plain",  # export KEY='value' lines
    "text": "text/plain",  # the strategy name alone
}

# GET /mirrors?format=...: the files registry clients read (healthd.core.mirrors renders them).
MIRROR_FORMATS: dict[str, str] = {
    "buildkitd": "application/toml",  # buildkitd.toml, for setup-buildx-action's buildkitd-config-inline
    "daemon-json": "application/json",  # dockerd's /etc/docker/daemon.json (Docker Hub mirrors)
    "hosts-toml": "application/toml",  # containerd's certs.d/<registry>/hosts.toml; needs &registry=
    "registries-conf": "application/toml",  # containers-registries.conf v2 (podman, buildah, CRI-O, skopeo)
}

# Variables an env or shell answer may set under the name a tool reads, beside its HEALTHD_* keys.
# The CI client and the action refuse any other name (a squatter on the port must not set BASH_ENV).
TOOL_EXPORTS = ("GOPROXY",)

# The keys every env/shell answer sets besides the strategy's params (HEALTHD_<KEY upper case>):
# reserved as param names, and not params to the CI client's check. render._env_pairs writes them.
FIXED_KEYS = ("strategy", "score", "stale", "updated_at", "pinned")

# Names an answer carries, checked where the config is loaded and again by the CI client (whole strings:
# fullmatch, so a trailing newline cannot slip a broken line into an env answer).
STRATEGY_NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}")
PARAM_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")  # HEALTHD_<upper case> in env answers
# What no answer may hold: C0 controls but tab and newline (a carriage return ends a line early in
# $GITHUB_ENV, an escape drives the terminal a CI log is read in). The config refuses them in params too.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b-\x1f]")
# what no config string, detail or answer line may hold: C0 (CR, LF, tab...), DEL, C1, the line separators
UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


# Docker Hub's names: the index name image references use, its API, auth and web hosts, its blob CDN
DOCKER_HUB = frozenset(
    {"docker.io", "registry-1.docker.io", "index.docker.io", "auth.docker.io", "registry.hub.docker.com"}
    | {"hub.docker.com", "production.cloudflare.docker.com"}
)


def registry_name(host: str) -> str:
    """A registry host as image references name it: any of Docker Hub's hosts -> docker.io; others lower case."""
    host = host.lower()
    return "docker.io" if host in DOCKER_HUB else host
