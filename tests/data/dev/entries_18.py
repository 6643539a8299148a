"""Dev-set entries, batch 18 (Go module fetches through proxies, mirrors and direct mode; build failures whose text
reads like infrastructure; the runner machine itself). `err` is verbatim from the source (a GitHub thread found with
the search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, ** bold) only
that markup was dropped, never a word of the log. Hosts follow the README's strict rule: a host is given only where a
line of the log names it; an inferred one goes in host_alt. Build failures that only look like a service's are
labelled blame build, retryable False, wherever the thread's fix was in the repository."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import e, github_source

PULLS = {"sue445/gitpanda#1318", "awslabs/mountpoint-s3-csi-driver#828", "packing-box/docker-packing-box#14",
         "onflow/flow-go#2556", "machulav/ec2-github-runner#262"}


def src(ref: str) -> str:
    return github_source(ref, PULLS)


def gop(ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None, err: str, t: str = "go",
        **kw: Any) -> dict[str, Any]:
    return e("goproxy", src(ref), component, cause, retry, blame, host, t, err, **kw)


def bld(ref: str, cause: str, err: str, t: str = "raw", host: str | None = None, **kw: Any) -> dict[str, Any]:
    return e("build", src(ref), "build", cause, False, "build", host, t, err, **kw)


def loc(ref: str, cause: str, retry: bool, err: str, **kw: Any) -> dict[str, Any]:
    return e("local", src(ref), "local", cause, retry, "local", None, "raw", err, **kw)


SUMDB_GOSUM = ("\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\nThe bits may have been "
               "replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more "
               "information, see 'go help module-auth'.")
TOOLCHAIN = ("go.mod's `go 1.2x` line names a toolchain release that does not exist (the releases are go1.2x.0), so the "
             "installed older Go cannot switch to it: fixed in go.mod or by a newer Go, never by a re-run")
LOST = ("The hosted runner: GitHub Actions {n} lost communication with the server. Anything in your workflow that terminates "
        "the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.")
SPACE = "You are running out of disk space. The runner will stop working when the machine runs out of disk space. Free space left: {mb} MB"

E = [
    # --- Go module fetches ---------------------------------------------------------------------------------------------
    gop("golang/go#35516", "connectivity", "connectivity.timeout", True, "service", "proxy.golang.org",
        "go: cloud.google.com/go@v0.38.0: Get https://proxy.golang.org/cloud.google.com/go/@v/v0.38.0.mod: dial tcp: i/o timeout\ngo: contrib.go.opencensus.io/exporter/prometheus@v0.1.0: Get https://proxy.golang.org/contrib.go.opencensus.io/exporter/prometheus/@v/v0.1.0.mod: dial tcp: i/o timeout",
        cmd="go mod download", also_ok=["goproxy.fetch_failed", "dns.timeout"],
        note="titled 'proxy.golang.org outage': 'various intermittent errors' building istio with GOPROXY=https://proxy.golang.org"),
    gop("goproxy/goproxy.cn#115", "dns", "dns.timeout", False, "local", "goproxy.cn",
        "go: github.com/RiverDanceGit/kdniaoGo@v1.0.0: Get \"https://goproxy.cn/github.com/%21river%21dance%21git/kdniao%21go/@v/v1.0.0.mod\": dial tcp: lookup goproxy.cn on 192.168.31.255:53: read udp 172.17.0.5:41192->192.168.31.255:53: i/o timeout",
        t="legacy_run", run="go mod download", also_ok=["goproxy.fetch_failed", "dns.temporary_failure"],
        note="the maintainer: a DNS error of the local machine (the container's resolver 192.168.31.255:53 does not answer); the build container's network, not the proxy"),
    gop("omec-project/gnbsim#161", "build", "build.go_checksum_mismatch", False, "build", None,
        "verifying github.com/omec-project/aper@v1.1.1/go.mod: checksum mismatch\n        downloaded: h1:jDWasZ2XLFL2uSEWhgGlT/ELyrpwCJd/2kE/VEGG8Ew=\n        go.sum:     h1:oOkKRI2BIo8SHpCsEzNbo9qiowEtEy3q+wmO7TuDrx4=" + SUMDB_GOSUM,
        cmd="go mod download", note="the go.sum wording: 'Was there a force-push in one of the dependencies?' (the dependency's v1.1.1 bits changed after go.sum recorded them)"),
    gop("goproxy/goproxy.cn#67", "goproxy", "goproxy.server_error", True, "service", "goproxy.cn",
        "verifying cloud.google.com/go@v0.38.0/go.mod: cloud.google.com/go@v0.38.0/go.mod: reading https://goproxy.cn/sumdb/sum.golang.org/lookup/cloud.google.com/go@v0.38.0: 502 Bad Gateway",
        cmd="go mod download", also_ok=["goproxy.server_status"],
        note="the maintainer: the CDN's plain-HTTP fetch from the overseas origin was hijacked on the way; the reporter's build servers recovered within the afternoon"),
    gop("goproxy/goproxy.cn#228", "goproxy", "goproxy.server_error", True, "service", "goproxy.cn",
        "go: downloading github.com/jmespath/go-jmespath v0.4.0\ncmd/main.go:13:2: github.com/spf13/cobra@v1.8.0: reading https://goproxy.cn/github.com/spf13/cobra/@v/v1.8.0.mod: 502 Bad Gateway\n/go/pkg/mod/github.com/spf13/viper@v1.18.2/internal/encoding/toml/codec.go:4:2: github.com/pelletier/go-toml/v2@v2.2.0: reading https://goproxy.cn/github.com/pelletier/go-toml/v2/@v/v2.2.0.mod: 502 Bad Gateway\n/go/pkg/mod/github.com/gin-gonic/gin@v1.9.1/internal/json/sonic.go:9:8: github.com/bytedance/sonic@v1.11.3: read \"https://goproxy.cn/github.com/bytedance/sonic/@v/v1.11.3.zip\": stream error: stream ID 53; INTERNAL_ERROR; received from peer",
        cmd="go build ./...", also_ok=["goproxy.server_status", "connectivity.stream_reset"],
        note="a burst of 502s from the proxy's CDN across unrelated modules on one day (closed without a change on the reporter's side)"),
    gop("goproxy/goproxy.cn#26", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "goproxy.cn",
        "go get github.com/rcrowley/go-metrics: module github.com/rcrowley/go-metrics: Get \nhttps://goproxy.cn/github.com/rcrowley/go-metrics/@v/list: net/http: TLS handshake timeout",
        cmd="go get -v github.com/rcrowley/go-metrics", also_ok=["goproxy.fetch_failed"],
        note="the blockquote's '> ' dropped; the next day it went through; another user: 'every CI run has a few jobs fail here'; the maintainer blames a period of network censorship"),
    gop("awslabs/mountpoint-s3-csi-driver#828", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "honnef.co",
        "ERROR: failed to build: failed to solve: process \"/bin/sh -c TARGETARCH=${TARGETARCH} make generate_licenses bin\" did not complete successfully: exit code: 2  \nhonnef.co/go/tools@v0.0.0-20190523083050-ea95bdfd59fc: unrecognized import path \"honnef.co/go/tools\": https fetch: Get \"https://honnef.co/go/tools?go-get=1\": net/http: TLS handshake timeout",
        t="raw", cmd="make image", also_ok=["goproxy.fetch_failed"],
        note="GOPROXY=direct, so the module's own vanity host is fetched; the fix wraps go mod download in two retries with back-off ('CI failures ... lately')"),
    gop("dominikh/go-tools#492", "goproxy", "goproxy.forbidden", False, "local", "honnef.co",
        "go: honnef.co/go/tools@v0.0.0-20190102054323-c2f93a96b099: unrecognized import path \"honnef.co/go/tools\" (https fetch: Get https://honnef.co/go/tools?go-get=1: Forbidden)",
        cmd="go get", also_ok=["connectivity.proxy_misconfigured"],
        note="curl shows a Zscaler proxy answering the CONNECT with 403; the maintainer: 'talk to your network admin'"),
    gop("ergochat/ergo#2154", "build", "build.toolchain_missing", False, "build", None,
        "go: download go1.22 for linux/amd64: toolchain not available",
        cmd="make", also_ok=["build.go_module_config"], note="the maintainer: 'I think you have Go 1.21 installed'; " + TOOLCHAIN),
    gop("sue445/gitpanda#1318", "build", "build.toolchain_missing", False, "build", None,
        "go: downloading go1.21 (linux/amd64)\ngo: download go1.21 for linux/amd64: toolchain not available",
        cmd="go mod download", also_ok=["build.go_module_config"], note="Dependabot's Go failing on `go 1.21`; " + TOOLCHAIN),
    gop("phalaaxx/milter#24", "build", "build.go_module_config", False, "build", None,
        "go: github.com/phalaaxx/milter@v0.0.0-20240411080318-dd6508ad3a76: parsing go.mod:\n        module declares its path as: milter\n                but was required as: github.com/phalaaxx/milter",
        cmd="go get github.com/phalaaxx/milter", note="the module's go.mod said `module milter`; fixed in the module's repository"),
    gop("goreleaser/goreleaser#3481", "build", "build.go_module_config", False, "build", None,
        "go: downloading github.com/muesli/termenv v0.12.1-0.20220901123159-d729275e0977\nprog/go/pkg/mod/github.com/charmbracelet/lipgloss@v0.6.1-0.20221011104340-92c8fa0a572b/align.go:7:2: github.com/muesli/termenv@v0.12.1-0.20220901123159-d729275e0977: invalid version: unknown revision d729275e0977",
        cmd="go install github.com/goreleaser/goreleaser@latest", also_ok=["goproxy.not_found"],
        note="a dependency pinned at a pseudo-version whose commit the upstream no longer has; fixed only by a new goreleaser release ('will release soon')"),
    gop("go-eagle/eagle#154", "build", "build.go_module_config", False, "build", "github.com",
        "go: github.com/mitchellh/osext@v0.0.0-20151018003038-5e2d6d41470f: invalid version: git ls-remote -q origin in\nfatal: Cannot prompt because user interactivity has been disabled.\n\tfatal: could not read Username for 'https://github.com': terminal prompts disabled\nConfirm the import path was entered correctly.\nIf this is a private repository, see https://golang.org/doc/faq#git_https for additional information.",
        cmd="go mod tidy", also_ok=["credentials.git_auth", "goproxy.not_found"],
        note="the answer: 'repo: https://github.com/mitchellh/osext 404 not found': the required module's repository is gone, so git's anonymous fetch falls to a credential prompt"),
    gop("matrixorigin/matrixone#1015", "build", "build.go_module_config", False, "build", None,
        "cmd/db-server/main.go:44:2: missing go.sum entry for module providing package github.com/BurntSushi/toml; to add:\n\tgo mod download github.com/BurntSushi/toml",
        cmd="make build", head=["[Build binary]"], note="go.sum was never committed (the issue's point): the repository's fix"),
    gop("artipie/artipie#1474", "goproxy", "goproxy.not_found", False, "service", "myartipie.mydomain",
        "go: module golang.org/x/time: reading https://myartipie.mydomain/go/golang.org/x/time/@v/list: 404 Not Found\n\tserver response: Key golang.org/x/time/@v/list not found",
        cmd="go get golang.org/x/time", also_ok=["goproxy.bad_status"],
        note="the self-hosted artipie Go repository only serves what was uploaded to it (its log: Exists ...: false); every public module 404s until it proxies"),
    gop("artifact-keeper/artifact-keeper#651", "goproxy", "goproxy.bad_response", False, "service", "my.example.com:30443",
        "go: github.com/spf13/cobra@latest (v1.10.2) requires go.yaml.in/yaml/v3@v3.0.4: verifying go.mod: go.yaml.in/yaml/v3@v3.0.4/go.mod: reading https://my.example.com:30443/go/go-remote/sumdb/sum.golang.org/supported: 400 Bad Request\n        server response: Invalid GOPROXY path: missing /@v/ or /@latest",
        cmd="go get -u github.com/spf13/cobra@latest", host_alt=["my.example.com"], also_ok=["goproxy.bad_status", "goproxy.server_status"],
        note="labelled bug: the repository manager's Go remote does not implement the sumdb proxy endpoint; every run fails the same until it is fixed"),
    gop("jfrog/jfrog-cli#1143", "goproxy", "goproxy.not_found", False, "service", "artsaas",
        "go get github.com/Azure/azure-sdk-for-go@v46.0.0+incompatible: reading https://****:****@artsaas/artifactory/api/go/gorepo/github.com/%21azure/azure-sdk-for-go/@v/v46.0.0+incompatible.mod: 404 Not Found\n[Error] v46.0.0+incompatible:github.com/Azure/azure-sdk-for-go",
        t="raw", cmd="jfrog rt go get -d github.com/Azure/azure-sdk-for-go@v46.0.0+incompatible", also_ok=["goproxy.bad_status"],
        note="the ** bold dropped; labelled bug: Artifactory's Go remote 404s the synthesized go.mod of a pre-modules (+incompatible) version, every time"),
    # --- build failures whose text reads like infrastructure -----------------------------------------------------------
    bld("feiyu563/PrometheusAlert#273", "build.missing_file",
        "Step 17/21 : COPY logs logs\nCOPY failed: file not found in build context or excluded by .dockerignore: stat logs: file does not exist",
        cmd="docker build .", note="a PR deleted the files under logs/, so git stopped tracking the directory; fixed with logs/.gitkeep (the Action failed the same way)"),
    bld("keberwein/docker_shiny-server_centos7#2", "build.missing_file",
        " => ERROR [19/20] COPY supervisord.conf /etc/supervisor/conf.d/supervisord.conf                                    0.0s\n------\n > [19/20] COPY supervisord.conf /etc/supervisor/conf.d/supervisord.conf:\n------\nfailed to compute cache key: \"/supervisord.conf\" not found: not found",
        cmd="docker build -t rserver .", note="'I ... forgot to include the supervisord.conf file in my host machine directory'"),
    bld("machinefi/w3bstream-devnet#241", "build.missing_file",
        "=> ERROR [stage-1 3/5] COPY --from=build-go /w3bstream/cmd/srv-applet-mgr/srv-applet-mgr /w3bstream/srv-applet-m  0.0s\n------\n > [stage-1 3/5] COPY --from=build-go /w3bstream/cmd/srv-applet-mgr/srv-applet-mgr /w3bstream/srv-applet-mgr:\n------\nfailed to compute cache key: \"/w3bstream/cmd/srv-applet-mgr/srv-applet-mgr\" not found: not found\nmake: *** [Makefile:54: build_backend_image] Error 1",
        cmd="make build_docker_images", note="the build stage did not leave the binary where the final stage copies it from (no reply in the thread; the log alone)"),
    e("build", src("ethereum-optimism/optimism#2191"), "local", "local.out_of_memory", False, "local", None, "raw",
      "failed to solve: rpc error: code = Unknown desc = executor failed running [/bin/sh -c yarn build]: exit code: 137\nmake: *** [build] Error 17",
      cmd="make build", note="the maintainer: 'Exit code 137 usually indicates that docker ran out of memory'; the reporter's Docker had 4 GB and was raised to 8 GB"),
    bld("caprover/caprover#1378", "build.wrong_arch_image",
        "Deploy failed!\nError: {\"message\":\"no matching manifest for linux/arm64/v8 in the manifest list entries\"}\nno matching manifest for linux/arm64/v8 in the manifest list entries",
        host_alt=["docker.io"], also_ok=["build.tag_not_found"],
        note="the answer: node 8.7.0-alpine is only built for amd64; use a newer node on the ARM server"),
    bld("MobMin/digital_atlas#37", "build.wrong_arch_image",
        "No matching manifest for linux/arm64/v8 in the manifest list entries",
        cmd="docker compose up -d --build", host_alt=["docker.io"], also_ok=["build.tag_not_found"],
        note="an M1 MacBook: an image the compose file pins has no arm64 variant (the trailing space of the pasted line dropped)"),
    bld("oracle/docker-images#999", "build.repository_missing",
        "Unable to find image 'push:latest' locally\ndocker: Error response from daemon: pull access denied for push, repository does not exist or may require 'docker login'.",
        cmd="docker run push jessengolab/spring-boot-docker:latest", host_alt=["docker.io"], also_ok=["credentials.pull_access_denied", "build.invalid_reference"],
        note="'you can't have both \"run\" and \"push\" in the same docker command-line': docker looked for an image called push"),
    bld("moby/moby#36915", "build.repository_missing",
        "docker: Error response from daemon: pull access denied for ndtar, repository does not exist or may require 'docker login'.",
        cmd="docker run --rm -v $(pwd):/tmp ndtar", host_alt=["docker.io"], also_ok=["credentials.pull_access_denied", "build.invalid_reference"],
        note="'There is none on Docker Hub': the local image is websphere-traditional:nd-prereq, the command names one that exists nowhere"),
    bld("packing-box/docker-packing-box#14", "build.dockerfile_parse",
        "dockerfile parse error line 50: unknown instruction: &&",
        cmd="docker build -t packing-box .", note="a missing `\\` line continuation in the Dockerfile (the PR adds it)"),
    bld("prest/prest#494", "build.test_db_unreachable",
        "psql: error: could not connect to server: Connection refused\n\tIs the server running on host \"localhost\" (::1) and accepting\n\tTCP/IP connections on port 5432?\ncould not connect to server: Connection refused\n\tIs the server running on host \"localhost\" (127.0.0.1) and accepting\n\tTCP/IP connections on port 5432?",
        cmd="./testdata/schema.sh", host_alt=["localhost"],
        note="the workflow's postgres service had no POSTGRES_PASSWORD (and psql no PGPASSWORD); fixed in the workflow"),
    bld("knadh/listmonk#1620", "build.test_db_unreachable",
        "2023/12/09 17:09:23 init.go:273: connecting to db: listmonk:5432/listmonk\n2023/12/09 17:09:23 init.go:277: error connecting to DB: dial tcp: lookup listmonk on 127.0.0.11:53: no such host\nERROR: 1",
        cmd="docker compose run --rm app ./listmonk --install", host_alt=["listmonk"],
        note="config.toml's db host names no compose service; fixed by changing it (Docker's embedded DNS 127.0.0.11 answered correctly)"),
    bld("onflow/flow-go#2556", "build.test_failed",
        "Error while dialing dial tcp: lookup host.docker.internal on 127.0.0.11:53: no such host",
        cmd="make -C integration bft-tests", host_alt=["host.docker.internal"],
        note="the integration test dials host.docker.internal, which Docker on the Linux CI runner does not define ('works locally'); superseded by a workaround in the tests"),
    # --- the runner machine ---------------------------------------------------------------------------------------------
    loc("apache/camel-karaf#534", "local.disk_full", False, SPACE.format(mb=66),
        prefix="Warning: ", cmd="mvn -B install", note="'The build fails ... when I try to add a new integration test': the hosted runner's disk, every run"),
    loc("stackhawk/hawkscan-action#13", "local.disk_full", False, SPACE.format(mb=61),
        prefix="Warning: ", head=["Run stackhawk/hawkscan-action@v1"], note="the scan fills the hosted runner's disk"),
    loc("nodejs/build#4375", "local.disk_full", False,
        "11:47:55 error: couldn't create a temp dir: No space left on device (os error 28) at path \"/tmp/rustctrvhIF\"\n11:47:55 \n11:47:55 error: could not compile `icu_locale_data` (build script) due to 1 previous error",
        cmd="make -j4 test-ci", note="an incident: the IBM-hosted Docker host's / at 100% (df in the thread) until the admins cleaned it"),
    loc("GoogleCloudPlatform/bank-of-anthos#344", "local.disk_full", False,
        "System.IO.IOException: No space left on device\n   at System.IO.FileStream.WriteNative(ReadOnlySpan`1 source)",
        raw_is_log=True, note="'intermittently failing when ran on first actions runner': one self-hosted runner's disk is full; jobs landing on it fail until it is cleaned"),
    loc("actions/runner#2427", "local.runner_lost", True,
        "2023-02-09T20:11:49.9484027Z ##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n2023-02-09T20:11:49.9749746Z ...\n2023-02-09T20:11:49.9966268Z ##[error]The operation was canceled.",
        raw_is_log=True, note="self-hosted runners whose service is stopped under the job, 'eventually' (not every run)"),
    loc("actions/runner-images#9823", "local.runner_lost", False, LOST.format(n=8),
        raw_is_log=True, note="the maintainer: 'You exhausted runner resources in both cases'; it 'always fails' until the workflow uses less"),
    loc("open-telemetry/opentelemetry-collector-contrib#34000", "local.runner_lost", False,
        "The self-hosted runner: 04922ab0a5cde170c99dee4153a188a070226aa0 lost communication with the server. Verify the machine is running and has a healthy network connection. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, note="the ARM self-hosted job 'has never succeeded' since it was added"),
    loc("fedimint/fedimint#6021", "local.runner_lost", True, LOST.format(n=9),
        raw_is_log=True, note="a macOS hosted runner, twice on one day; 'Could have been GHA issue ... Unless it re-occurs, not actionable'"),
    loc("machulav/ec2-github-runner#262", "local.docker_socket_permission", False,
        "permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.44/version\": dial unix /var/run/docker.sock: connect: permission denied",
        cmd="docker version", note="the ** bold dropped; the EC2 runner's user is not in the docker group after the startup script installs Docker"),
]
