"""Dev-set entries, batch 8 (registry outages, cache-server timeouts, the runner's Docker daemon, buildx's docker
driver, Go checksum mismatches). `err` is verbatim from the source (a GitHub thread found with the search tool's
`issues` corpus)."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import e, github_source

PULLS = {"cloudbees-oss/smart-tests-cli#1036", "aws-observability/aws-otel-java-instrumentation#911", "chatwork/dockerfiles#1080"}


def src(ref: str) -> str:
    return github_source(ref, PULLS)


def reg(ref: str, host: str | None, t: str, err: str, **kw: Any) -> dict[str, Any]:
    return e("registry", src(ref), "registry", "registry.server_error", True, "service", host, t, err, **kw)


def local(ref: str, cause: str, err: str, **kw: Any) -> dict[str, Any]:
    return e("local", src(ref), "local", cause, False, "local", None, "raw", err, **kw)


def multi(ref: str, err: str, **kw: Any) -> dict[str, Any]:
    return e("builder", src(ref), "builder", "builder.multiplatform_unsupported", False, "build", None, "raw", err, **kw)


def gosum(ref: str, err: str, **kw: Any) -> dict[str, Any]:
    return e("goproxy", src(ref), "build", "build.checksum_mismatch", False, "build", None, "go", err, **kw)


S503 = "Error response from daemon: received unexpected HTTP status: 503 Service Unavailable"
MULTI = "ERROR: Multi-platform build is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/build-multi-platform/"
MULTI_OLD = 'ERROR: multiple platforms feature is currently not supported for docker driver. Please switch to a different driver (eg. "docker buildx create --use")'
SEC_SUMDB = "\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum server.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'."

E = [
    # --- registry outages (Docker Hub and private registries) ----------------------------------------------------------
    reg("docker-library/docker#192", "docker.io", "raw", S503, cmd="docker pull docker:stable"),
    reg("docker/hub-feedback#1761", "docker.io", "push",
        "478d5c9246ad: Layer already exists\nd46f9f76f72f: Retrying in 5 seconds\nd46f9f76f72f: Retrying in 4 seconds\nd46f9f76f72f: Retrying in 3 seconds\n0ef7813a3715: Pushed\nd46f9f76f72f: Retrying in 2 seconds\nd46f9f76f72f: Retrying in 1 second\nd46f9f76f72f: Pushed\nreceived unexpected HTTP status: 500 Internal Server Error",
        image="linuxserver/baseimage:latest"),
    reg("docker/cli#1143", "docker.io", "raw",
        "Using default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/library/nginx/manifests/latest: received unexpected HTTP status: 503 Service Unavailable",
        cmd="docker pull nginx"),
    reg("docker/cli#2141", None, "raw", "ERROR: Preparation failed: " + S503, host_alt=["docker.io"]),
    reg("docker/hub-feedback#1897", None, "raw",
        "Error: Got error when attempting to fetch image version from registry: Got bad response from registry: 503 Service Unavailable"),
    reg("docker/hub-feedback#2499", "docker.io", "raw",
        'Error response from daemon: Head "https://registry-1.docker.io/v2/moby/buildkit/manifests/buildx-stable-1": received unexpected HTTP status: 503 Service Unavailable',
        head=["Run docker/setup-buildx-action@v3"]),
    reg("docker/cli#1491", "docker.io", "raw",
        "Step 1/37 : FROM ubuntu:14.04\nGet https://registry-1.docker.io/v2/library/ubuntu/manifests/14.04: received unexpected HTTP status: 503 Service Unavailable",
        cmd="docker build -t app ."),
    reg("docker/for-mac#2392", "rct-registry.idraa.ca-assurances.intra", "raw",
        "The push refers to repository [rct-registry.idraa.ca-assurances.intra/showenv]\nfe7a735e2238: Retrying in 2 seconds\n5b9e0c831fdd: Retrying in 2 seconds\nce81a764015e: Retrying in 2 seconds\n6f7e56b5c1d6: Waiting\nreceived unexpected HTTP status: 503 Service Unavailable",
        cmd="docker push rct-registry.idraa.ca-assurances.intra/showenv"),
    reg("docker-archive/docker-registry#1046", "node4904-os-d-registry.jc.neen.it:11001", "raw",
        'The push refers to a repository [node4904-os-d-registry.jc.neen.it:11001/sa-mp-docker] (len: 2)\nSending image list\nError: Status 503 trying to push repository sa-mp-docker: "{\\"errors\\":[{\\"code\\":\\"UNAVAILABLE\\",\\"message\\":\\"service unavailable\\",\\"detail\\":\\"health check failed: please see /debug/health\\"}]}\\n"',
        cmd="docker push node4904-os-d-registry.jc.neen.it:11001/sa-mp-docker"),
    # --- the cache server timing out (a restore that the job survived) --------------------------------------------------
    e("gha_cache", src("burrunan/gradle-cache-action#122"), "connectivity", "connectivity.timeout", True, "service", None, "raw",
      "Failed to restore: getCacheEntry failed: connect ETIMEDOUT 52.152.245.137:443", fatal=False,
      head=["Run burrunan/gradle-cache-action@v1"], host_alt=["52.152.245.137", "52.152.245.137:443"],
      also_ok=["gha_cache.request_timeout"], note="a cache server's connect timeout: connectivity, as batches 1-6 label them"),
    e("gha_cache", src("actions/cache#1403"), "connectivity", "connectivity.timeout", True, "service", None, "raw",
      "::warning::Failed to restore: getCacheEntry failed: connect ETIMEDOUT 192.168.128.2:37161\nCache not found for input keys: gradle-Linux-7eb08380508cca17032f764e4c20dc17747fe243646826e65c07ae60ddb508a7",
      fatal=False, head=["Run actions/cache@v3"], host_alt=["192.168.128.2", "192.168.128.2:37161"], also_ok=["gha_cache.request_timeout"]),
    e("gha_cache", src("actions/cache#1612"), "gha_cache", "gha_cache.request_timeout", True, "service", None, "raw",
      "Attempt 1 of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry",
      fatal=False, head=["Post job cleanup."]),
    # --- the runner's Docker daemon -----------------------------------------------------------------------------------
    local("actions/runner#827", "local.docker_daemon_down",
          "Run docker ps\n  docker ps\n  shell: sh -e {0}\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nError: Process completed with exit code 1.",
          raw_is_log=True),
    local("actions/runner#411", "local.docker_socket_permission",
          "##[error]Docker pull failed with exit code 1\nPull down action image 'golang:1.13.9-alpine3.10'\n/usr/bin/docker pull golang:1.13.9-alpine3.10\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.40/images/create?fromImage=golang&tag=1.13.9-alpine3.10: dial unix /var/run/docker.sock: connect: permission denied",
          raw_is_log=True, note="a docker pull that never reached a registry"),
    local("actions/runner#486", "local.docker_socket_permission",
          "Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.40/version: dial unix /var/run/docker.sock: connect: permission denied",
          head=["Initialize containers"]),
    local("kubesphere/devops-agent#89", "local.docker_daemon_down",
          "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?", cmd="docker build -t agent ."),
    # --- buildx's docker driver cannot build multi-platform images: the workflow's setup, never a service --------------------
    multi("cloudbees-oss/smart-tests-cli#1036", MULTI, head=["Run docker/build-push-action@v6"]),
    multi("tconbeer/sqlfmt#372", "Error: buildx failed with: " + MULTI_OLD, head=["Run docker/build-push-action@v3"], raw_is_log=True),
    multi("NERSC/interactEM#312", MULTI, cmd="sudo ./bake.sh --push-local"),
    multi("aws-samples/aws-pod-eip-controller#50", "[+] Building 0.0s (0/0)                                                                                                                  docker:desktop-linux\n" + MULTI,
          cmd="docker buildx build --tag 073584385202.dkr.ecr.ap-southeast-1.amazonaws.com/aws-pod-eip-controller:latest --platform linux/amd64,linux/arm64 --push .",
          note="a push target in the command line, but nothing reached the registry"),
    multi("aws-observability/aws-otel-java-instrumentation#911", MULTI + "\nError: buildx failed with: Learn more at https://docs.docker.com/go/build-multi-platform/",
          head=["Run docker/build-push-action@v5"], raw_is_log=True),
    multi("chatwork/dockerfiles#1080", MULTI_OLD.replace("ERROR:", "error:") + "\nmake: *** [Makefile:41: push] Error 1", cmd="make push"),
    multi("devcontainers/cli#823",
          '[2024-05-08T13:05:07.699Z] ERROR: multiple platforms feature is currently not supported for docker driver. Please switch to a different driver (eg. "docker buildx create --use")\n[2024-05-08T13:05:07.704Z] Exit code 1',
          cmd="devcontainer build --platform linux/amd64,linux/arm64 --push --image-name git.mgmt.innovo-cloud.de:4567/enop-sre/nimbus/devcontainer:flo-latest"),
    # --- Go checksum mismatches: the module's bits changed, retrying cannot help ------------------------------------------
    gosum("agiledragon/gomonkey#137",
          "go: downloading github.com/agiledragon/gomonkey/v2 v2.2.0\ngo: github.com/agiledragon/gomonkey/v2@v2.2.0: verifying module: checksum mismatch\n        downloaded: h1:SXUF5UN7ZH67ORjFK+e1FoFRZczCSVUvwTywNY2+fcg=\n        sum.golang.org: h1:QJWqpdEhGV/JJy70sZ/LDnhbSlMrqHAWHcNOjz1kyuI=" + SEC_SUMDB,
          cmd="go get github.com/agiledragon/gomonkey/v2@v2.2.0"),
    gosum("hashicorp/go-getter#294",
          "go: downloading github.com/hashicorp/go-getter v1.5.1\ngo get github.com/hashicorp/go-getter: github.com/hashicorp/go-getter@v1.5.1: verifying module: checksum mismatch\n        downloaded: h1:LZ49OxqBBtdKJymlpX7oTyqGBQRg4xxQDyPW4hzoZqM=\n        sum.golang.org: h1:lM9sM02nvEApQGFgkXxWbhfqtyN+AyhQmi+MaMdBDOI=" + SEC_SUMDB,
          cmd="go get github.com/hashicorp/go-getter"),
    gosum("ceph/go-ceph#1143",
          "go: downloading github.com/ceph/go-ceph v0.34.0\ngo: github.com/ceph/go-ceph@v0.34.0: verifying module: checksum mismatch\n\tdownloaded: h1:PRTIzZ03Hgd2dFo3C6aNNelu6LnfnHoEYbrqNy9vYuo=\n\tsum.golang.org: h1:C45yU8VRl0Rg+/I0qw5bzT337HG6DL0yBQ0VR6QHv4o=" + SEC_SUMDB,
          cmd="go get github.com/ceph/go-ceph@v0.34.0"),
    gosum("jftuga/geodist#3",
          "go: downloading github.com/jftuga/geodist v1.0.0\nverifying github.com/jftuga/geodist@v1.0.0: checksum mismatch\n        downloaded: h1:WzDVdHJGyCF2lDIbTLCUJxchlvnBEQyORSB2AN9/Mns=\n        go.sum:     h1:PFPQlZtj10u8ETAYTyxE0DWMl1bwA+Xzrqb4+oLkkC0=\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.",
          cmd="go get github.com/jftuga/geodist@latest"),
]
