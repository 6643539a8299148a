"""Dev-set entries, batch 54 (base images and cache images as BuildKit and buildx see them inside `docker build`,
`docker buildx bake` and docker/build-push-action jobs. Docker Hub from the builder's side: metadata requests that
time out dialing registry-1.docker.io or lose the TLS handshake with auth.docker.io, a 500 on a blob during
Docker Hub's February 2025 incident, token requests answered 400 and, during the September 2024 incident, 401,
anonymous pulls over the per-IP limit (a hosted runner, a self-hosted runner building an action's image, the builder
pulling its own moby/buildkit image), an IPv6-only token host on a network without an IPv6 route, resolvers that
time out on the host. Other registries: MCR's malformed response, sporadic 403s and 503s on blobs, Quay's 504, a
project Harbor's 502 for a #syntax frontend, GHCR's 503 during a GitHub incident and its 429 on a build-cache
image. Caches: cache manifests refused by GHCR (before GitHub's fix) and by Harbor, a random 400 from Docker Hub on
--cache-to. Mirrors: a third-party Docker Hub proxy resetting connections, a buildkitd.toml plain-HTTP mirror the
builder still dials over HTTPS, a config-inline mirror the builder ignores. And the build's own mistakes: FROM
tags that were never published or mistyped, base images that are local stage or image names, a private GHCR base
for a container action nobody logged in for, a stale ECR Public login, arm64v8 images asked for the runner's
platform, cache-from refs that do not exist). `err` is verbatim from the source (a GitHub thread found with the
search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, inline-code
backticks, list markers) only that markup was dropped and trailing blanks trimmed, never a word of the log; the
indentation a copied Actions log carries is kept as quoted; where a quote runs on into the reporter's own words or
is cut, the entry stops at the last whole log line. Hosts follow the README's strict rule: a host is given only
where a line of the log names it for the failing call; an inferred one goes in host_alt. Labels were set from the
threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"dandi/dandi-archive#2043", "NVIDIA/cuda-quantum#3926"}

B = Batch(PULLS)
reg = B.family("registry")
conn = B.family("connectivity")
dns = B.family("dns")
cred = B.family("credentials")
bld = B.build()

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
BPA = ["Run docker/build-push-action@v6", "  with:", "    push: true"]
PLATFORM = "build.wrong_arch_image"
NO_REPO = "build.repository_missing"
NO_TAG = "build.tag_not_found"
CACHE_MISS = "gha_cache.cache_miss"
PULL_LIMIT = "registry.dockerhub_pull_limit"
CACHE_INDEX = "registry.oci_index_unsupported"

E = [
    # --- Docker Hub: the metadata request and its token ----------------------------------------------------------
    reg("docker/buildx#507", "connectivity", "connectivity.timeout", True, "service", "registry-1.docker.io",
        "------\n > [internal] load metadata for docker.io/library/python:3.6:\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to do request: Head https://registry-1.docker.io/v2/library/python/manifests/3.6: dial tcp 3.211.199.249:443: i/o timeout",
        cmd="docker build -t app .", also_ok=["connectivity.connect_timeout", "registry.metadata_timeout"],
        note="BuildKit's manifest HEAD for the FROM image times out dialing Docker Hub; the maintainer: 'Looks like a network issue communicating with the registry', nothing in the Dockerfile"),
    reg("alpinelinux/docker-alpine#439", "registry", "registry.server_error", True, "service", "registry-1.docker.io",
        "failed to solve: golang:1.23.6-alpine3.20: failed to resolve source metadata for docker.io/library/golang:1.23.6-alpine3.20: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/golang/blobs/sha256:d9452640ca3fae310f357582059dbe38e87355feb9a1200389b67957a6d71a7f: 500 Internal Server Error\nmake: *** [compose] Error 17",
        cmd="make compose", also_ok=["registry.outage"],
        note="Docker Hub answered 500 for the base image's config blob on 2025-02-06; the reporter next day: 'This was a temporary issue and has been resolved', linking Docker's status incident"),
    cred("docker/setup-buildx-action#81", "credentials", "credentials.token_failed", True, "service", "auth.docker.io",
        "#3 ERROR: failed to authorize: rpc error: code = Unknown desc = failed to fetch anonymous token: Get https://auth.docker.io/token?scope=repository%3Alibrary%2Fubuntu%3Apull&service=registry.docker.io: Bad Request\n------\n > [internal] load metadata for docker.io/library/ubuntu:20.04:\n------\nerror: failed to solve: rpc error: code = Unknown desc = failed to fetch anonymous token: Get https://auth.docker.io/token?scope=repository%3Alibrary%2Fubuntu%3Apull&service=registry.docker.io: Bad Request",
        head=["Run docker/build-push-action@v2", "  with:", "    push: false", "    tags: local/temp:latest"], also_ok=["registry.server_error", "registry.outage"],
        note="a push: false build of a public ubuntu base: Docker Hub's token service answers 400 to the anonymous token request (the same report was filed on build-push-action the same day, 2021-05-27); the job asks for nothing unusual, the thread records no fix (the quote stops before the cut 'Error: buildx call failed' line)"),
    cred("docker/hub-feedback#2413", "credentials", "credentials.token_failed", True, "service", "auth.docker.io",
        "  #3 [internal] load metadata for docker.io/library/alpine:latest\n  #3 ERROR: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Falpine%3Apull&service=registry.docker.io: 401 Unauthorized\n  ------\n   > [internal] load metadata for docker.io/library/alpine:latest:\n  ------",
        cmd="docker build -t action .", also_ok=["registry.outage", "credentials.unauthorized"],
        note="2024-09-27: an action's image build FROM alpine gets 401 from Docker Hub's token endpoint; the same day's reports (setup-buildx-action#358) point at the active dockerstatus.com incident; later runs pass"),
    reg("dandi/dandi-archive#2043", "registry", PULL_LIMIT, True, "service", "registry-1.docker.io",
        "    #2 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/sha256:5501a4fe605abe24de87c2f3d6cf9fd760354416a0cad0296cf284fddcdca9e2: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n    ------\n     > [internal] load metadata for docker.io/library/python:3.11-slim:\n    ------",
        cmd="docker build -f django-public.Dockerfile .", also_ok=["registry.rate_limited"],
        note="anonymous pulls from hosted runners: 'limiting is done per IP and we do not know where requests would be coming from'; the PR logs in to Docker Hub so the build is reliable; a run from another runner usually passes"),
    reg("rapidsai/ci-imgs#427", "registry", "registry.rate_limited", True, "service", "registry-1.docker.io",
        "#3 [internal] load metadata for docker.io/nvidia/cuda:12.2.2-base-ubuntu22.04\n#3 ERROR: unexpected status from HEAD request to https://registry-1.docker.io/v2/nvidia/cuda/manifests/12.2.2-base-ubuntu22.04: 429 Too Many Requests\n\n#4 [internal] load metadata for docker.io/condaforge/miniforge3:26.1.0-0\n#4 CANCELED",
        head=BPA, also_ok=[PULL_LIMIT],
        note="one day every build in the matrix got 429 on the manifest HEAD, which the maintainers did not expect ('We should not face DockerHub rate limits'); opened to track the investigation, an episode on Docker Hub's side rather than a change in the repository"),
    reg("alaegin/Detekt-Action#72", "registry", PULL_LIMIT, True, "service", None,
        "429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n  ------\n   > [internal] load metadata for docker.io/library/alpine:3.13.1:\n  ------",
        head=["Build container for action use: '/home/runner/_work/_actions/alaegin/Detekt-Action/v1.23.6/Dockerfile'."], host_alt=HUB, also_ok=["registry.rate_limited"],
        note="a self-hosted runner builds the action's Dockerfile FROM alpine anonymously and its IP is over Docker Hub's limit; the request asks the action to take Docker credentials; docker.com's link names no failing host"),
    reg("docker/setup-buildx-action#395", "registry", PULL_LIMIT, True, "service", None,
        "Error: ERROR: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
        head=["Run docker/setup-buildx-action@v3", "Docker info", "Buildx version", "Inspecting default docker context", "Creating a new builder instance", "Booting builder"],
        raw_is_log=True, host_alt=HUB, also_ok=["registry.rate_limited", "builder.init_failed"],
        note="booting the docker-container builder pulls moby/buildkit from Docker Hub anonymously and the runner's IP is over the pull limit (January 2025); nothing in the workflow but the default builder image"),
    conn("distribution/distribution#4015", "connectivity", "connectivity.network_unreachable", False, "local", "auth.ipv6.docker.com",
        "ERROR: failed to solve: node:18.13-alpine: failed to authorize: failed to fetch anonymous token:\nGet \"https://auth.ipv6.docker.com/token?scope=repository%3Alibrary%2Fnode%3Apull&service=registry.docker.io\":\ndial tcp [2600:1f18:2148:bc00:e947:5a7f:a49f:9126]:443: connect: network is unreachable",
        cmd="docker build .", host_alt=["auth.docker.io"], also_ok=["connectivity.unreachable"],
        note="docker:dind builds started failing the day after Docker Hub published IPv6 addresses (August 2023): BuildKit dials the token host over IPv6 on a network without an IPv6 route, while DOCKER_BUILDKIT=0 works; the network's IPv6 setup, the same every run (the paste's wrapping kept, trailing blanks trimmed)"),
    conn("docker/for-mac#5454", "connectivity", "connectivity.tls_handshake_timeout", False, "local", "auth.docker.io",
        "\"failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to authorize: rpc error: code = Unknown desc = failed to fetch oauth token: Get https://auth.docker.io/token?scope=repository%3Alibrary%2Fnginx%3Apull&service=registry.docker.io: net/http: TLS handshake timeout\"",
        cmd="docker build -t docker101tutorial .", also_ok=["connectivity.timeout", "credentials.token_failed"],
        note="a macOS 11.3 beta machine: every build, 'even from fresh Docker install', times out in the token request's TLS handshake while the same URL opens in a browser and with curl; '100% reproducible', the machine's path from Docker Desktop's VM, not an outage"),
    dns("smithmicro/n7m#24", "dns", "dns.timeout", False, "local", "registry-1.docker.io",
        "failed to solve: postgis/postgis:15-3.4-alpine: failed to resolve source metadata for docker.io/postgis/postgis:15-3.4-alpine: failed to do request: Head \"https://registry-1.docker.io/v2/postgis/postgis/manifests/15-3.4-alpine\": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: read udp 127.0.0.1:46706->127.0.0.53:53: i/o timeout",
        cmd="docker compose build", also_ok=["dns.resolve_failed", "connectivity.timeout"],
        note="the lookup through the host's systemd-resolved stub times out for every base image; the reporter: 'Mea Culpa. I needed to install docker-compose instead of using docker compose', the machine's Docker install, not the registry"),
    dns("IQSS/dataverse#11239", "dns", "dns.timeout", False, "local", "registry-1.docker.io",
        "[INFO] DOCKER> ERROR: failed to solve: DeadlineExceeded: DeadlineExceeded: DeadlineExceeded: eclipse-temurin:17-jre-noble: failed to resolve source metadata for docker.io/library/eclipse-temurin:17-jre-noble: failed to do request: Head \"https://registry-1.docker.io/v2/library/eclipse-temurin/manifests/17-jre-noble\": dial tcp: lookup registry-1.docker.io: i/o timeout",
        cmd="mvn package", also_ok=["dns.resolve_failed", "connectivity.timeout"],
        note="a tester building the project's base image through the Maven docker plugin on Rocky 9: the builder's lookup of Docker Hub times out on that host (the thread notes buildx is a separately installed package there); the other tester's failure was cured by 'mvn clean', this one is the host's resolver path (inline-code backticks dropped)"),
    # --- other registries ---------------------------------------------------------------------------------------
    reg("microsoft/containerregistry#145", "registry", "registry.server_error", True, "service", "mcr.microsoft.com",
        "failed to solve: mcr.microsoft.com/dotnet/aspnet:7.0: failed to do request: Head \"https://mcr.microsoft.com/v2/dotnet/aspnet/manifests/7.0\": malformed MIME header: missing colon: \"correctly after a period of time or connection failure\".",
        cmd="docker build .", also_ok=["connectivity.request_failed"],
        note="MCR's edge answered the manifest HEAD with a broken response (a body text where a header belongs); the reporter the next day: 'That seemed to be temporary. Is working now' (blockquote marker dropped)"),
    reg("microsoft/containerregistry#191", "registry", "registry.request_rejected", True, "service", "mcr.microsoft.com",
        "ERROR: failed to build: failed to solve: mcr.microsoft.com/dotnet/aspnet:10.0: failed to resolve source metadata for mcr.microsoft.com/dotnet/aspnet:10.0: unexpected status from HEAD request to https://mcr.microsoft.com/v2/dotnet/aspnet/manifests/10.0: 403 Forbidden\nError: Process completed with exit code 1.",
        cmd="docker build -t app .", raw_is_log=True, also_ok=["registry.rate_limited", "credentials.forbidden"],
        note="'Sporadic 403s (GitHub Actions, not codespaces)' for a public MCR image on several days of May 2026; the same workflow passes in between, nothing private is asked for"),
    reg("microsoft/containerregistry#179", "registry", "registry.server_error", True, "service", "mcr.microsoft.com",
        "ERROR: failed to solve: failed to compute cache key: failed to copy: httpReadSeeker: failed open: unexpected status code https://mcr.microsoft.com/v2/dotnet/sdk/blobs/sha256:30ea495b602b5919488ec57d1f5fbaaa46fafc6a805176fe7b562cce482d4dbf: 503 Service Unavailable",
        head=BPA, also_ok=["registry.outage"],
        note="'mcr.microsoft.com is frequently not available' from GitHub Actions for about a week: intermittent 503s on MCR blobs that other users hit 'intermittently' too; Microsoft looked into it on its side"),
    reg("kgateway-dev/kgateway#10322", "registry", "registry.server_error", True, "service", "quay.io",
        "ERROR: failed to solve: quay.io/solo-io/envoy-gloo:1.31.2-patch3: failed to resolve source metadata for quay.io/solo-io/envoy-gloo:1.31.2-patch3: failed to copy: httpReadSeeker: failed open: unexpected status code https://quay.io/v2/solo-io/envoy-gloo/blobs/sha256:db563075148048b540d968ce53aa0d30851993ee0e1893f926736f82b80ba86b: 504 Gateway Time-out",
        cmd="docker build .", also_ok=["registry.gateway_timeout", "connectivity.gateway_timeout"],
        note="labelled CI Test Flake: Quay answers 504 for a base image blob in CI while a manual pull of the same image succeeds; Quay's status page showed no incident"),
    reg("nubificus/bunny#56", "registry", "registry.server_error", True, "service", "harbor.nbfc.io",
        "ERROR: failed to build: failed to solve: failed to resolve source metadata for harbor.nbfc.io/nubificus/bunny:latest: unexpected status from HEAD request to https://harbor.nbfc.io/v2/nubificus/bunny/manifests/latest: 502 Bad Gateway",
        cmd="sudo docker build -f bunnyfile -t nginx-bunny:test .", also_ok=["registry.outage", "registry.gateway_timeout"],
        note="the build file's #syntax frontend image lives on the project's own Harbor, which answered 502 from a laptop and a Codespace alike; the reporter closed it after some time, when it worked again"),
    reg("hadolint/hadolint-action#79", "registry", "registry.server_error", True, "service", "ghcr.io",
        "  Step 1/4 : FROM ghcr.io/hadolint/hadolint:v2.12.0-debian\n  Head \"https://ghcr.io/v2/hadolint/hadolint/manifests/v2.12.0-debian\": received unexpected HTTP status: 503 Service Unavailable",
        cmd="docker build -t hadolint-action .", also_ok=["registry.outage"],
        note="the action's Dockerfile is FROM a GHCR image; a commenter ties the 503s to that day's GitHub Packages incident (githubstatus ybnn77s3lyf8): 'outages of GitHub are pretty annoying things'; the legacy builder's wording, inside the same docker build"),
    reg("NVIDIA/cuda-quantum#3926", "registry", "registry.rate_limited", True, "service", "ghcr.io",
        "ERROR: failed to solve: failed to compute cache key: failed to copy: httpReadSeeker: failed open: unexpected status code https://ghcr.io/v2/nvidia/buildcache-cuda-quantum-merge-group-assets-prereqs-cu12-6-llvm-amd64/blobs/sha256:48cd7e7a31ae01535923054e565c405c5b36f0992c7f9232deb9103e89d5ce6e: 429 Too Many Requests - Server message: toomanyrequests: retry-after: 316.890478ms",
        head=BPA, also_ok=["gha_cache.rate_limited", "gha_cache.throttled"],
        note="a registry build cache on GHCR read during a burst of queued PRs: 'we got rate limited when this one was running. Could be a coincidence'; GHCR asks for a sub-second retry-after"),
    # --- registry caches (--cache-to / --export-cache) ----------------------------------------------------------
    reg("moby/buildkit#1865", "registry", CACHE_INDEX, False, "service", None,
        "------\n> exporting cache:\n------\nerror: failed to solve: rpc error: code = Unknown desc = error writing manifest blob: failed commit on ref \"sha256:ab3273d08b550eacbe8b626dca6a262d40046f88748fef4bc8f6e2c401917e0b\": unexpected status: 400 Bad Request",
        cmd="docker buildx build --push .", host_alt=["ghcr.io"], also_ok=["gha_cache.export_failed", "registry.request_rejected"],
        note="GHCR refused BuildKit's cache manifest list on every export until GitHub 'rolled out a fix' on 2020-12-11; a re-run before that fails the same"),
    reg("moby/buildkit#2479", "registry", CACHE_INDEX, False, "service", None,
        "#42 writing manifest sha256:6a7bcd7517f1447682d422fc13f0ef3022bd4839e7a62d5d90361a5309c15c65 0.2s done\n#42 ERROR: error writing manifest blob: failed commit on ref \"sha256:6a7bcd7517f1447682d422fc13f0ef3022bd4839e7a62d5d90361a5309c15c65\": unexpected status: 404 Not Found",
        head=BPA, host_alt=["demo.goharbor.io"], also_ok=["gha_cache.export_failed", "registry.artifact_not_found"],
        note="the maintainer reproduces on demo.goharbor.io: Harbor answers 404 to the PUT of BuildKit's cache index (an OCI image index whose children are layers); a registry limitation, every export the same"),
    reg("elementary-robotics/atom#300", "registry", "registry.request_rejected", True, "service", None,
        "#37 ERROR: error writing manifest blob: failed commit on ref \"sha256:02ecbb3325507eb0c20bc1e3e1271a8bb4c5ae5feae53db51066bc3eab0161f6\": unexpected status: 400 Bad Request\n------\n > exporting cache:\n------\nfailed to solve: rpc error: code = Unknown desc = error writing manifest blob: failed commit on ref \"sha256:02ecbb3325507eb0c20bc1e3e1271a8bb4c5ae5feae53db51066bc3eab0161f6\": unexpected status: 400 Bad Request\n\nExited with code exit status 1\nCircleCI received exit code 1",
        cmd="docker buildx build --push .", raw_is_log=True, host_alt=HUB, also_ok=["registry.server_error", "gha_cache.export_failed"],
        note="CircleCI builds exporting --cache-to to Docker Hub fail at the cache manifest 'quite randomly': the same code and cache sometimes pass; the team's advice is to rebuild, 'it seems transient'"),
    # --- mirrors -------------------------------------------------------------------------------------------------
    conn("drawdb-io/drawdb#293", "connectivity", "connectivity.reset", False, "local", "dockerproxy.com",
        "ERROR: failed to solve: node:20-alpine: failed to resolve source metadata for docker.io/library/node:20-alpine: failed to do request: Head \"https://dockerproxy.com/v2/library/node/manifests/20-alpine?ns=docker.io\": read tcp 192.168.127.130:44148->150.136.252.237:443: read: connection reset by peer",
        cmd="docker build -t drawdb .", also_ok=["registry.proxy_upstream_failed", "connectivity.proxy_misconfigured"],
        note="the daemon's configured mirror, a third-party Docker Hub proxy, resets the connection (the ?ns=docker.io is the mirror path); the maintainer: 'should work just fine. it's probably a network issue', the machine's mirror setting, not the project"),
    conn("moby/buildkit#4371", "connectivity", "connectivity.plain_http_registry", False, "local", "192.168.18.145",
        "DeadlineExceeded: 192.168.18.145/library/alpine-openjdk:8: failed to do request: Head \"https://192.168.18.145/v2/library/alpine-openjdk/manifests/8\": dial tcp 192.168.18.145:443: i/o timeout",
        cmd="docker buildx build .", host_alt=["192.168.18.145:443"], also_ok=["connectivity.timeout", "connectivity.connect_timeout"],
        note="'The configuration of buildkit.toml does not take effect': the builder's buildkitd.toml marks the private registry http = true and insecure, yet the resolver still dials HTTPS on 443 and times out; the builder's configuration, the same every run"),
    conn("docker/setup-buildx-action#232", "connectivity", "connectivity.timeout", False, "local", "registry-1.docker.io",
        "Error: buildx bake failed with: ERROR: failed to solve: DeadlineExceeded: DeadlineExceeded: DeadlineExceeded: centos:8.3.2011: failed to do request: Head \"https://registry-1.docker.io/v2/library/centos/manifests/8.3.2011\": dial tcp 34.194.164.123:443: i/o timeout",
        raw_is_log=True, head=["Run docker/bake-action@v2"], also_ok=["registry.mirror_miss", "connectivity.connect_timeout"],
        note="a company network with no direct Internet access: the Docker Hub mirror declared in setup-buildx-action's config-inline is not used, so BuildKit dials Docker Hub itself and times out; the builder's configuration, every run (blockquote marker dropped)"),
    conn("ZJU-REAL/HugAgentOS#62", "connectivity", "connectivity.eof", False, "local", "mcr.microsoft.com",
        "#4 [internal] load metadata for mcr.microsoft.com/dotnet/sdk:8.0\n#4 ERROR: failed to do request: Head \"https://mcr.microsoft.com/v2/dotnet/sdk/manifests/8.0\": EOF",
        cmd="docker compose build", also_ok=["registry.server_error", "connectivity.reset"],
        note="a deployment under WSL where, in the reporter's words, the Docker pulls hit 'cannot access' errors: the MCR manifest request is cut off on that network path; filed and closed as a documentation (deployment) question"),
    # --- the build's own: tags and names that do not exist ------------------------------------------------------
    bld("hook0/hook0#21", NO_TAG,
        "failed to solve: rust:1.8: failed to resolve source metadata for docker.io/library/rust:1.8: docker.io/library/rust:1.8: not found",
        cmd="docker compose up -d", host_alt=HUB, also_ok=["build.invalid_reference"],
        note="'Typo in Rust Base Image Version': the API Dockerfile says rust:1.8 where 1.83 was meant; fixed in 38f7b00 (blockquote marker dropped)"),
    bld("infiniflow/ragflow#828", NO_TAG,
        "------\n > [internal] load metadata for docker.io/infiniflow/ragflow-base:v2.0:\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: docker.io/infiniflow/ragflow-base:v2.0: not found",
        cmd="docker build -t ragflow/ragflow:dev .", host_alt=HUB,
        note="the Dockerfile on main names a base image tag that was never pushed: 'the version infiniflow/ragflow-base:v2.0 does not exist in the repository'"),
    bld("savonet/liquidsoap#4427", NO_TAG,
        "------\n > [liquidsoap internal] load metadata for docker.io/savonet/liquidsoap:latest:\n------\nfailed to solve: savonet/liquidsoap:latest: failed to resolve source metadata for docker.io/savonet/liquidsoap:latest: docker.io/savonet/liquidsoap:latest: not found",
        cmd="docker compose build", host_alt=HUB,
        note="the image is published under versioned and commit tags only; 'Latest is a tag like any other tag', so an untagged reference finds nothing, every run"),
    bld("COSCUP/COSCUP-Volunteer#36", NO_REPO,
        "------\n > [internal] load metadata for docker.io/library/coscupweb-base:21.07.08:\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
        cmd="sh ./build-app.sh", host_alt=HUB, also_ok=["credentials.insufficient_scope", "credentials.pull_access_denied"],
        note="the app's Dockerfile is FROM coscupweb-base, the project's own base image (no such official image exists on Docker Hub); without it built locally first, BuildKit asks Docker Hub for library/coscupweb-base and gets the 'does not exist or may require authorization' answer; the thread holds only the log"),
    bld("NVIDIA/cuml#5524", NO_REPO,
        "ERROR: failed to solve: cudf: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
        cmd="docker build .", host_alt=HUB, also_ok=["credentials.insufficient_scope"],
        note="the Dockerfile's FROM cudf names an image from an old local build flow; the maintainer: that Dockerfile 'has not been supported for a long time' and a PR removes it (inline-code backticks dropped)"),
    bld("Kanaries/Rath#416", NO_REPO,
        "------\n > [base internal] load metadata for docker.io/library/node-builder:latest:\n------\nfailed to solve: node-builder: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
        cmd="docker-compose up", host_alt=HUB, also_ok=["credentials.insufficient_scope"],
        note="COPY --from names node-builder, a stage the 2.1.0 Dockerfile no longer defines, so BuildKit takes it for a Docker Hub image; 'Corrected in dockerfile to COPY --from=build-stage'"),
    # --- the build's own: platforms the image does not publish -------------------------------------------------
    bld("apache/arrow#50171", PLATFORM,
        "#3 [internal] load metadata for docker.io/library/ubuntu:22.04\n  #3 ERROR: no match for platform in manifest: not found\n  ------\n   > [internal] load metadata for docker.io/library/ubuntu:22.04:\n  ------",
        cmd="docker build -f ubuntu-22.04-cpp.dockerfile .", host_alt=HUB, also_ok=["registry.artifact_not_found"],
        note="the nightly libarrow arm64 job's FROM --platform=linux/${arch} gets an arch no ubuntu:22.04 manifest carries: 'looks like #50125 updated the architecture but missed this by accident'; fixed by a follow-up PR"),
    bld("lkrg-org/lkrg#356", PLATFORM,
        "  #2 [internal] load metadata for docker.io/arm64v8/ubuntu:jammy\n  #2 ERROR: no match for platform in manifest: not found\n  ------\n   > [internal] load metadata for docker.io/arm64v8/ubuntu:jammy:\n  ------",
        cmd="docker build --tag test -f - .", host_alt=HUB,
        note="cross builds FROM arm64v8/ubuntu:jammy on an amd64 runner with no --platform: 'Docker now seems to require specifying the platform for ARM'; lkrg#357 passes the platform and 'all green now'"),
    bld("coreos/bootupd#757", PLATFORM,
        "  ERROR: failed to solve: arm64v8/ubuntu:latest: failed to resolve source metadata for docker.io/arm64v8/ubuntu:latest: no match for platform in manifest: not found\n  Error: The process '/home/runner/work/_actions/uraimo/run-on-arch-action/v2.2.0/src/run-on-arch.sh' failed with exit code 1",
        raw_is_log=True, head=["Run uraimo/run-on-arch-action@v2.2.0"], host_alt=HUB,
        note="run-on-arch-action v2.2.0 builds FROM arm64v8/ubuntu:latest on the amd64 runner without a platform, which the image's manifest list no longer matches; closed as fixed by the workflow change in bootupd#758"),
    bld("groonga/groonga#1806", PLATFORM,
        "ERROR: failed to solve: arm64v8/almalinux:8: failed to resolve source metadata for docker.io/arm64v8/almalinux:8: no match for platform in manifest: not found\nrake aborted!\nCommand failed with status (1): [docker build --cache-from ghcr.io/groonga/...]",
        cmd="rake", raw_is_log=True, host_alt=HUB,
        note="the package CI runs a plain docker build FROM arm64v8/almalinux:8 on an amd64 runner with no platform; the arm64-only image has no entry for the host platform, every run the same (the '...' is rake's own truncation)"),
    # --- the build's own: credentials ----------------------------------------------------------------------------
    B.build_in("credentials", "actions/runner#3482", "credentials.missing",
        "  #2 [internal] load metadata for ghcr.io/my-org/my-repo:latest\n  #2 ERROR: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Amy-org%2Fmy-repo%3Apull&service=ghcr.io: 401 Unauthorized",
        host="ghcr.io", component="credentials",
        head=["Build container for action use: '/home/runner/work/_actions/my-org/my-repo/feat/gha/Dockerfile'."], also_ok=["credentials.unauthorized", "credentials.pull_access_denied"],
        note="a Docker container action whose Dockerfile is FROM a private GHCR image: the runner builds it before any step can log in, so BuildKit asks for an anonymous token and GHCR refuses; no fix in the thread (closed stale), the same every run"),
    B.build_in("credentials", "aws/aws-lambda-base-images#88", "credentials.stale_login",
        "ERROR: failed to solve: public.ecr.aws/lambda/python:3.9: pulling from host public.ecr.aws failed with status code [manifests 3.9]: 403 Forbidden",
        host="public.ecr.aws", component="credentials", cmd="docker build -t lambda .", also_ok=["credentials.session_expired", "credentials.forbidden"],
        note="a public base image refused with 403 because the machine's stored ECR Public login conflicted: 'Once I signed out and re-ran aws ecr-public get-login-password | docker login ... the image was pulled successfully'"),
    # --- the build's own: cache-from refs that do not exist (the build goes on) ---------------------------------
    B.build_in("gha_cache", "chanzuckerberg/single-cell-explorer#306", CACHE_MISS,
        "#7 importing cache manifest from ***/corpora-explorer:branch-main\n#7 ERROR: ***/corpora-explorer:branch-main: not found",
        component="gha_cache", fatal=False, cmd="docker compose build", also_ok=["registry.artifact_not_found"],
        note="the compose file's cache_from names a ref nothing pushes ('the location for the cache manifest is incorrectly assigned'); BuildKit logs the miss and builds without the cache; the registry is masked in the log"),
    B.build_in("gha_cache", "docker/buildx#1090", CACHE_MISS,
        "#12 importing cache manifest from localhost/company/deployment-build:master\n#12 ERROR: failed to do request: Head \"http://localhost/v2/company/deployment-build/manifests/master\": dial tcp 127.0.0.1:80: connect: connection refused",
        host="localhost", component="gha_cache", fatal=False, cmd="docker buildx build --cache-from localhost/company/deployment-build:master .", also_ok=["connectivity.refused"],
        note="--cache-from names 'localhost/...' images meant as locally pulled ones; BuildKit reads localhost as a registry host where nothing listens on port 80; the maintainer: 'This error should be non-fatal and your build should continue on'"),
]
