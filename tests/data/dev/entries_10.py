"""Dev-set entries, batch 10 (cache-service warnings a job survived, registry token endpoints refusing). `err` is
verbatim from the source (a GitHub thread found with the search tool's `issues` corpus)."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import e, github_source


def src(ref: str) -> str:
    return github_source(ref)


E = [
    e("gha_cache", src("actions/cache#1163"), "gha_cache", "gha_cache.throttled", True, "service", None, "raw",
      "Warning: Failed to restore: Cache service responded with 429", fatal=False, head=["Run actions/cache@v3"]),
    e("gha_cache", src("mlugg/setup-zig#36"), "gha_cache", "gha_cache.legacy_shutdown", False, "build", None, "raw",
      "Warning: Failed to restore: Cache service responded with 422\nCache miss. Fetching Zig 0.14.0\nAttempting mirror: https://pkg.machengine.org/zig\nFailed to save: Unable to reserve cache with key setup-zig-tarball-zig-linux-x86_64-0.14.0, another job may be creating this cache. More details: This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset",
      fatal=False, head=["Run mlugg/setup-zig@v1"]),
    e("registry", src("amygdala-labs/heighliner#98"), "credentials", "credentials.token_failed", False, "service", None, "raw",
      "failed to solve: failed to fetch oauth token: unexpected status: 403 Forbidden", cmd="heighliner build -c gaia --buildkit-addr tcp://buildkitd:1234"),
    e("registry", src("docker/build-push-action#628"), "credentials", "credentials.token_failed", False, "service", None, "raw",
      "Error: buildx failed with: error: failed to solve: failed to fetch anonymous token: unexpected status: 403 Forbidden",
      head=["Run docker/build-push-action@v3"], raw_is_log=True, host_alt=["docker.io"]),
    e("registry", src("microsoft/vscode-remote-release#6920"), "credentials", "credentials.token_failed", False, "service", "docker.io", "raw",
      "Failed to fetch oauth token: unexpected status: 403 Forbidden",
      head=[" => resolve image config for docker.io/docker/dockerfile:1.4               0.2s"], host_alt=[None]),
    e("registry", src("docker/buildx#1102"), "credentials", "credentials.token_failed", False, "service", "registry.example.com", "raw",
      " => ERROR [internal] load metadata for registry.example.com/yp/centos/centos6u3:pure_base\nerror: failed to solve: failed to fetch oauth token: authorization server did not include a token in the response",
      cmd="docker buildx build -t registry.example.com/yp/buildx/medium:v1 -f Dockerfile.test ."),
]
