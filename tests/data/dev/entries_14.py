"""Dev-set entries, batch 14 (the Actions cache, Go module proxies, local Docker daemons and BuildKit builders),
weighted toward cases where whether a re-run passes is the hard judgement. `err` is verbatim from the source (a
GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote
markers, a 4-space code indent) only that markup was dropped, never a word of the log."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import cache_entry, e, github_source

PULLS = {"ROCm/FlyDSL#1080", "helidon-io/helidon-examples#156", "moby/buildkit#5650", "ThalesGroup/fred#2502",
         "infobloxopen/konk#110", "ava-labs/avalanchego#5972", "110y/bootes#86", "mondoohq/mql#10887"}


def src(ref: str) -> str:
    return github_source(ref, PULLS)


def cache(ref: str, *args: Any, **kw: Any) -> dict[str, Any]:
    return cache_entry(src(ref), *args, **kw)


def gop(ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None, err: str, t: str = "go",
        **kw: Any) -> dict[str, Any]:
    return e("goproxy", src(ref), component, cause, retry, blame, host, t, err, **kw)


def loc(ref: str, cause: str, retry: bool, err: str, **kw: Any) -> dict[str, Any]:
    return e("local", src(ref), "local", cause, retry, "local", None, "raw", err, **kw)


def bld(ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None, err: str,
        **kw: Any) -> dict[str, Any]:
    return e("builder", src(ref), component, cause, retry, blame, host, "raw", err, **kw)


BPA = ["Run docker/build-push-action@v6", "  with:", "    push: true", "    cache-from: type=gha",
       "    cache-to: type=gha,mode=max"]
LEGACY = "the action's bundled @actions/cache still talks to the retired v1 cache service: upgrading the action fixes it, a re-run does not"

E = [
    # --- the Actions cache --------------------------------------------------------------------------------------------
    cache("ROCm/FlyDSL#1080", "gha_cache.sas_expired", True, "service",
          "Received 1010827264 of 1396566653 (72.4%), 1.6 MBs/sec\n##[warning]Failed to restore: Server failed to authenticate the request.\n          Make sure the value of Authorization header is formed correctly including the signature.\nCache not found for input keys: mlir-install-Linux-X64-...-4087a417...",
          fatal=False, head=["Run actions/cache/restore@v4"],
          note="the blob SAS failed 72% into a download of an entry that exists; the same run's other 1.4 GB entry came down fine, and the fix was one retry of the restore"),
    cache("aritchie05/EcoCraftingTool#180", "gha_cache.legacy_shutdown", False, "build",
          "Run actions/setup-node@v2\nFound in cache @ /opt/hostedtoolcache/node/20.19.5/x64\n/opt/hostedtoolcache/node/20.19.5/x64/bin/npm config get cache\n/home/runner/.npm\nError: Cache service responded with 400",
          also_ok=["gha_cache.client_refused"], raw_is_log=True, note=LEGACY),
    cache("actions/setup-java#902", "gha_cache.legacy_shutdown", False, "build",
          "Creating settings.xml with server-id: github\nWriting to /home/runner/.m2/settings.xml\nError: Cache service responded with 400",
          also_ok=["gha_cache.client_refused"], head=["Run actions/setup-java@v2"], raw_is_log=True, note=LEGACY),
    cache("helidon-io/helidon-examples#156", "gha_cache.legacy_shutdown", False, "build",
          "Failed to restore: Cache service responded with 422", prefix="Warning: ", fatal=False,
          also_ok=["gha_cache.client_refused"], head=["Run actions/setup-java@v4"], note=LEGACY + " (upgrading setup-java to 4.7.1)"),
    cache("libsdl-org/setup-sdl#30", "gha_cache.legacy_shutdown", False, "build",
          "Failed to save: Unable to reserve cache with key setup-sdl-SDL-4b05b5f7bce9da0fb2f24155338b5623513c8d18ad7695e79c3d7eb6a4c09cb6, another job may be creating this cache. More details: **This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset**",
          prefix="Warning: ", fatal=False, also_ok=["gha_cache.client_refused"], head=["Post job cleanup."],
          note="worded as a reservation conflict, but the details are the v1 sunset (the ** are the reporter's bold, kept verbatim); fixed by updating the action's dependencies"),
    cache("actions/setup-go#506", "gha_cache.restore_failed", False, "build",
          "/usr/bin/tar -xf /home/runner/_work/_temp/af5c9c0c-c61a-4bbc-85b1-77654a640835/cache.tzst -P -C /home/runner/_work/quickset/quickset --use-compress-program unzstd\nReceived 530564234 of 530564234 (100.0%), 126.4 MBs/sec\n/usr/bin/tar: ../../../go/pkg/mod/golang.org/x/telemetry/config@v0.31.0/config.json: Cannot open: File exists\n/usr/bin/tar: ../../../go/pkg/mod/golang.org/x/telemetry/config@v0.31.0/LICENSE: Cannot open: File exists\n/usr/bin/tar: ../../../go/pkg/mod/golang.org/x/telemetry/config@v0.31.0/go.mod: Cannot open: File exists\n/usr/bin/tar: ../../../go/pkg/mod/golang.org/x/telemetry/config@v0.31.0/doc.go: Cannot open: File exists\n/usr/bin/tar: Exiting with failure status due to previous errors\nWarning: Failed to restore: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2\nCache is not found",
          fatal=False, also_ok=["gha_cache.corrupt_archive"], head=["Run actions/setup-go@v5", "  with:", "    go-version-file: go.mod"],
          note="go 1.23.0 writes its telemetry config into GOMODCACHE before the restore, so tar refuses to overwrite it on every run: a toolchain/config problem, not the cache service"),
    cache("moby/buildkit#5650", "gha_cache.backoff_timeout", True, "service",
          "#41 exporting to GitHub Actions Cache\n#41 preparing build cache for export\n#41 writing layer sha256:4dfab37fddd981de09c236979ac9e012419dc3b5abc78e9b416e5ac243838826\n#41 writing layer sha256:4dfab37fddd981de09c236979ac9e012419dc3b5abc78e9b416e5ac243838826 0.1s done\n#41 writing layer sha256:bcf9cb26c40f8c5b74030342ac94a99169912038ab09dc3d727e1c7452c6ac7a\n#41 writing layer sha256:bcf9cb26c40f8c5b74030342ac94a99169912038ab09dc3d727e1c7452c6ac7a 0.1s done\n#41 preparing build cache for export 607.5s done\n#41 ERROR: maximum timeout reached",
          also_ok=["gha_cache.rate_limited", "gha_cache.throttled"], head=BPA,
          note="the maintainer: the GHA cache rate-limits this repository's exports; the fix was ignore-error, the failure is intermittent"),
    cache("moby/buildkit#2492", "gha_cache.backoff_timeout", True, "service",
          "#19 exporting cache\n#19 preparing build cache for export done\n#19 ERROR: maximum timeout reached\n------\n > exporting cache:\n------\nerror: failed to solve: maximum timeout reached\nError: buildx failed with: error: failed to solve: maximum timeout reached",
          also_ok=["gha_cache.rate_limited", "gha_cache.throttled"], head=BPA, raw_is_log=True,
          note="BuildKit backing off on the cache's 429s until its deadline; seen 'a few times', more when several PRs run at once"),
    cache("ThalesGroup/fred#2502", "connectivity.timeout", True, "service",
          "#20 exporting to GitHub Actions Cache\n#20 preparing build cache for export 25.2s done\n#20 sending cache export 30.0s done\n#20 ERROR: Post \".../CacheService/GetCacheEntryDownloadURL\": dial tcp 140.82.112.21:443: i/o timeout\nERROR: failed to build: failed to solve: DeadlineExceeded",
          component="connectivity", also_ok=["gha_cache.unreachable", "gha_cache.request_timeout"],
          host_alt=["140.82.112.21", "140.82.112.21:443"], head=BPA,
          note="the host is elided ('...') in the log, so only the address can be named; 'the only recovery was a manual re-run'"),
    cache("bahmutov/npm-install#80", "gha_cache.service_error", True, "service",
          "Found in cache @ /opt/hostedtoolcache/node/16.15.1/x64\n/opt/hostedtoolcache/node/16.15.1/x64/bin/npm config get cache\n/home/runner/.npm\nError: getCacheEntry failed: Cache service responded with 503",
          also_ok=["gha_cache.outage"], head=["Run actions/setup-node@v2", "  with:", "    node-version: 16.x", "    cache: npm"], raw_is_log=True,
          note="quoted in the thread inside a nested blockquote (markers dropped); 'It wasn't working for me 5min ago (503 error), I retried now and it's working'"),
    cache("infobloxopen/konk#110", "gha_cache.reserve_conflict", False, "build",
          "Unable to reserve cache with key Linux-go-2f61decb61d58b8f42e3320650d30cfd177b83378d5ab2f301b8bbda3ceaab8e, another job may be creating this cache.",
          fatal=False, head=["Post job cleanup."], note="two jobs of the same workflow raced for one key; the fix was in the workflow"),
    cache("actions/cache#1296", "gha_cache.service_error", True, "service",
          "Cache saved with key: Library-Android\nWarning: Cache upload failed because file read failed with EBADF: bad file descriptor, read\nWarning: Cache upload failed because file read failed with EBADF: bad file descriptor, read\nWarning: Cache upload failed because file read failed with ESPIPE: invalid seek, read",
          fatal=False, also_ok=["gha_cache.v2_write_failed"],
          head=["Post job cleanup.", "/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /path/is/here --files-from manifest.txt --use-compress-program zstdmt"],
          note="the read errors follow a chunk upload that the cache answered with 503 (the thread's title; that line was pasted with link debris and is left out); the reporter waits for 'the service is stabilized'"),
    # --- Go module proxies --------------------------------------------------------------------------------------------
    gop("GaijinEntertainment/golib#4", "build", "build.go_checksum_mismatch", False, "build", None,
        "verifying dev.gaijin.team/go/golib@v0.6.0: checksum mismatch\n\tdownloaded: h1:N7CPJH6XxZY1Od6Fmdiv/h5r9ZvNxkcq/EANj7ibnyU=\n\tgo.sum:     h1:v6nnznFTs4bppib/NyU1PQxobwDHwCXXl15P7DV5Zgo=\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.",
        note="the go.sum wording (not the checksum server's): the tag's bits changed after go.sum recorded them"),
    gop("esnet/gdg#128", "build", "build.go_checksum_mismatch", False, "build", None,
        "go: downloading github.com/esnet/gdg v0.3.1\ngo: github.com/esnet/gdg@v0.3.1: github.com/esnet/gdg@v0.3.1: verifying module: checksum mismatch\n\tdownloaded: h1:p7FZHrbQS4fSGUnokh/vqGTQxWaNqNrK4B2vJDsKjBk=\n\tsum.golang.org: h1:bYB31CKs0/FIISMR+yICDOZxjgZdIxSXdYXNEhbf/j4=\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum server.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'.",
        cmd="go install github.com/esnet/gdg@v0.3.1", note="the maintainer deleted and re-created the tag; fixed only by a new release"),
    gop("golang/go#32542", "goproxy", "goproxy.bad_status", False, "service", "proxy.golang.org",
        "go: dmitri.shuralyov.com/service/change@v0.0.0-20181023043359-a85b471d5412: unexpected status (https://proxy.golang.org/dmitri.shuralyov.com/service/change/@v/v0.0.0-20181023043359-a85b471d5412.info): 410 Gone",
        cmd="go build", also_ok=["goproxy.not_found"], note="the mirror was missing the module (labelled NeedsFix, fixed on the proxy's side), not a blip"),
    gop("golang/go#33530", "goproxy", "goproxy.bad_status", False, "build", "proxy.golang.org",
        "google.golang.org/genproto@v0.0.0-20170818100345-ee236bd376b0: unexpected status (https://proxy.golang.org/google.golang.org/genproto/@v/v0.0.0-20170818100345-ee236bd376b0.info): 410 Gone\nmvdan.cc/unparam@v0.0.0-20190124213536-fbb59629db34: unexpected status (https://proxy.golang.org/mvdan.cc/unparam/@v/v0.0.0-20190124213536-fbb59629db34.info): 410 Gone\ngithub.com/golangci/ineffassign@v0.0.0-20180808204949-42439a7714cc: unexpected status (https://proxy.golang.org/github.com/golangci/ineffassign/@v/v0.0.0-20180808204949-42439a7714cc.info): 410 Gone",
        also_ok=["goproxy.not_found"],
        note="the dependency graph names pseudo-versions that do not match their commits' timestamps: the proxy refuses them every time (GOPROXY=direct tolerated them)"),
    gop("goproxyio/goproxy#120", "goproxy", "goproxy.bad_status", False, "service", "goproxy.io",
        "go: finding sigs.k8s.io/kubebuilder v2.0.1\ngo: finding sigs.k8s.io v2.0.1\ngo get sigs.k8s.io/kubebuilder@v2.0.1: unexpected status (https://goproxy.io/sigs.k8s.io/kubebuilder/@v/v2.0.1.info): 410 Gone",
        cmd="go get sigs.k8s.io/kubebuilder@v2.0.1", also_ok=["goproxy.not_found"],
        note="a v2 tag on a module without a /v2 path: goproxy.io answers 410 for it every time, an empty GOPROXY resolves it"),
    gop("schollz/progressbar#37", "goproxy", "goproxy.server_status", True, "service", "goproxy.cn",
        "go: finding github.com/schollz/progressbar v0.0.0-20190307141100-7e454dc2feed\ngo: github.com/schollz/progressbar@v0.0.0-20190307141100-7e454dc2feed: unexpected status (https://goproxy.cn/github.com/schollz/progressbar/@v/v0.0.0-20190307141100-7e454dc2feed.info): 500 Internal Server Error\ngo: error loading module requirements",
        cmd="go mod download", also_ok=["goproxy.server_error"]),
    gop("goproxy/goproxy.cn#38", "goproxy", "goproxy.server_error", True, "service", "goproxy.cn",
        "cloud.google.com/go@v0.37.4: reading https://goproxy.cn/cloud.google.com/go/@v/v0.37.4.zip: 502 Bad Gateway",
        also_ok=["goproxy.server_status"],
        note="the maintainer: a CDN cache flush overloaded the origin; 'run the command that gave the 502 a few more times'"),
    gop("ava-labs/avalanchego#5972", "goproxy", "goproxy.fetch_failed", True, "service", "proxy.golang.org",
        "go: github.com/StephenButtolph/canoto@v0.18.0: read\n  \"https://proxy.golang.org/github.com/%21stephen%21buttolph/canoto/@v/v0.18.0.zip\":\n  stream error: stream ID 4339; INTERNAL_ERROR; received from peer",
        t="bk_raw", run="go mod download", also_ok=["connectivity.reset"],
        note="wrapped as in the PR body (its 4-space code indent dropped); 'purely transient - the same modules resolve fine in every other job of the same run'"),
    gop("110y/bootes#86", "connectivity", "connectivity.reset", True, "service", "proxy.golang.org",
        "Step 8/13 : RUN go mod download\n ---> Running in 998b967d3809\ngithub.com/OneOfOne/xxhash@v1.2.2: Get \"https://proxy.golang.org/github.com/%21one%21of%21one/xxhash/@v/v1.2.2.zip\": read tcp 172.17.0.3:38984->172.217.161.81:443: read: connection reset by peer\ngithub.com/mattn/go-colorable@v0.1.2: Get \"https://proxy.golang.org/github.com/mattn/go-colorable/@v/v0.1.2.zip\": read tcp 172.17.0.3:39310->172.217.161.81:443: read: connection reset by peer",
        t="raw", also_ok=["goproxy.fetch_failed"],
        note="'I often caught errors' building the image: intermittent resets from the mirror"),
    gop("goproxyio/goproxy#140", "connectivity", "connectivity.proxy_misconfigured", False, "local", None,
        "go get github.com/sirupsen/logrus: module github.com/sirupsen/logrus: Get https://goproxy.io/github.com/sirupsen/logrus/@v/list: proxyconnect tcp: EOF",
        cmd="go get github.com/sirupsen/logrus", host_alt=["goproxy.io"], also_ok=["connectivity.proxy_refused"],
        note="the machine's https_proxy was broken; unsetting it fixed the fetch"),
    gop("testground/testground#1185", "connectivity", "connectivity.timeout", False, "local", "sum.golang.org",
        "Using go proxy: http://testground-goproxy:8081\ngo: github.com/kr/text@v0.2.0/go.mod: verifying module: github.com/kr/text@v0.2.0/go.mod: Get \"https://sum.golang.org/lookup/github.com/kr/text@v0.2.0\": dial tcp 172.217.160.81:443: i/o timeout",
        t="legacy_run", run='echo "Using go proxy: ${GO_PROXY}"     && cd ${PLAN_DIR}     && go env -w GOPROXY="${GO_PROXY}"     && go mod download',
        also_ok=["goproxy.fetch_failed"],
        note="'PS: I am in china': sum.golang.org is not reachable from that network at all, so a re-run times out again until GOSUMDB/GOPROXY point elsewhere"),
    gop("gomods/athens#1156", "goproxy", "goproxy.server_status", False, "local", "127.0.0.1:3000",
        "api-demo $go get golang.org/x/crypto\ngo get golang.org/x/crypto: unexpected status (http://127.0.0.1:3000/golang.org/x/crypto/@v/list): 500 Internal Server Error",
        t="raw", host_alt=["127.0.0.1"], also_ok=["goproxy.server_error"],
        note="the local Athens answers 500 because it cannot reach golang.org itself (its log: dial tcp ... i/o timeout): a 5xx that a re-run does not cure"),
    gop("golang/go#34090", "goproxy", "goproxy.bad_status", True, "service", "sum.golang.org",
        "go: finding cloud.google.com/go v0.45.1\neverifying cloud.google.com/go@v0.45.1/go.mod: cloud.google.com/go@v0.45.1/go.mod: reading https://sum.golang.org/lookup/cloud.google.com/go@v0.45.1: 410 Gone",
        cmd="go mod tidy", also_ok=["goproxy.server_status", "goproxy.not_found"],
        note="a version tagged minutes before: the mirror retried its origin fetch and served it the same day, nothing in the build changed ('everifying' is as pasted)"),
    gop("goproxy/goproxy.cn#3", "connectivity", "connectivity.timeout", True, "service", "goproxy.cn",
        "go: finding github.com/parnurzeal/gorequest develop\ngo: finding github.com/parnurzeal develop\ngo: finding github.com develop\ngo get github.com/parnurzeal/gorequest@develop: Get https://goproxy.cn/github.co\nm/parnurzeal/gorequest/@v/develop.info: dial tcp 35.186.235.12:443: connectex: A\n connection attempt failed because the connected party did not properly respond\nafter a period of time, or established connection failed because connected host\nhas failed to respond.",
        cmd="go get -u github.com/parnurzeal/gorequest@develop", also_ok=["goproxy.fetch_failed"],
        note="a Windows console's hard wraps, kept; the maintainer: 'occasionally some request timeouts may occur' under load"),
    # --- the runner's Docker daemon -----------------------------------------------------------------------------------
    loc("tektoncd/plumbing#661", "local.docker_daemon_down", True,
        "docker: Cannot connect to the Docker daemon at tcp://localhost:2376. Is the docker daemon running?.\nSee 'docker run --help'.",
        host_alt=["localhost", "localhost:2376"], head=["Docker configuration file updated."],
        note="the dind sidecar of a nightly job is sometimes not up yet: 'They sometimes fail'"),
    loc("actions/actions-runner-controller#3201", "local.docker_daemon_down", True,
        "Cannot connect to the Docker daemon at unix:///run/docker/docker.sock. Is the docker daemon running?",
        note="'This happens in less than 1% of my runs and re-running the job always worked'"),
    loc("myoung34/docker-github-actions-runner#471", "local.docker_daemon_down", True,
        "Run docker run -d --rm --name mysql -p 3306:3306 \\\ndocker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
        note="the runner container's dockerd sometimes fails to start: 'other times it takes 4-5 retries before it succeeds'"),
    loc("tiangolo/docker-with-compose#9", "local.docker_daemon_down", False,
        " Couldn't connect to Docker daemon at http://docker:2375 - is it running?\n If it's at a non-standard location, specify the URL with the DOCKER_HOST environment variable.\n ERROR: Job failed: exit code 1",
        host_alt=["docker", "docker:2375"], head=[" + docker-compose down --rmi local --volumes --remove-orphans --timeout 60"], raw_is_log=True,
        note="GitLab job with no reachable dind service: the maintainer's fix is to give the container the Docker socket"),
    loc("lorisleiva/laravel-docker#66", "local.docker_daemon_down", False,
        "ERROR: Preparation failed: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? (executor_docker.go:982:0s)",
        raw_is_log=True, note="the GitLab runner host's daemon: fixed by updating GitLab and rebooting the server, not by re-running"),
    loc("github-aws-runners/terraform-aws-github-runner#2934", "local.docker_socket_permission", False,
        "Got permission denied while trying to connect to the Docker daemon socket at unix:///run/user/1002/docker.sock: Get \"http://%2Frun%2Fuser%2F1002%2Fdocker.sock/v1.24/containers/json\": dial unix /run/user/1002/docker.sock: connect: permission denied",
        note="the runner's .env pinned DOCKER_HOST to another user's rootless socket"),
    loc("appleboy/scp-action#80", "local.docker_socket_permission", False,
        "  Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/build?buildargs=%7B%7D&cachefrom=%5B%5D&cgroupparent=&cpuperiod=0&cpuquota=0&cpusetcpus=&cpusetmems=&cpushares=0&dockerfile=Dockerfile&labels=%7B%7D&memory=0&memswap=0&networkmode=default&rm=1&shmsize=0&t=3534e2%3A7d1e3a0a471a45a88512c8bbd3912df1&target=&ulimits=null&version=1\": dial unix /var/run/docker.sock: connect: permission denied",
        head=["Build container for action use: '/home/***/actions-runner/_work/_actions/appleboy/scp-action/master/Dockerfile'."],
        note="a self-hosted runner whose user is not in the docker group"),
    loc("scpcom/sophgo-sg200x-debian#29", "local.disk_full", False,
        "2025-12-05T03:22:29.5795380Z INFO: cmd: \"cp -a \"/rootfs/\" \"/tmp/genimage/root\"\" (stderr):\n2025-12-05T03:22:39.6579925Z cp: error copying '/rootfs/mnt/system/usr/bin/sample_lbp' to '/tmp/genimage/root/mnt/system/usr/bin/sample_lbp': No space left on device",
        note="the maintainer: the hosted runner's free space keeps shrinking; the same job fills it every time"),
    # --- BuildKit builders --------------------------------------------------------------------------------------------
    bld("mondoohq/mql#10887", "builder", "builder.exec_format", False, "build", None,
        "#7 [root 2/3] RUN apk update && apk add ca-certificates wget tar\n#7 0.637 exec /bin/sh: exec format error",
        note="no binfmt handlers on the runner for the foreign architectures; the fix registers them (setup-qemu-action) in the workflow"),
    bld("bsubio/cli#151", "builder", "builder.exec_format", False, "build", None,
        "The requested image's platform (linux/arm64/v8) does not match \nthe detected host platform (linux/amd64/v3)\nexec /bin/sh: exec format error",
        note="building arm64 on amd64 without QEMU; fixed in the workflow"),
    bld("superfly/flyctl#369", "builder", "builder.session_timeout", False, "service", None,
        "==> Building with Dockerfile\nUsing Dockerfile Builder: /Users/n8/dish/services/ci/Dockerfile\n[+] Building 1.0s (2/3)\n => [internal] load remote build context                       0.0s\n => copy /context /                                            0.5s\n => [internal] load metadata for docker.io/buildkite/agent:ub  0.1s\nError failed to solve with frontend dockerfile.v0: failed to create LLB definition: no active sessions",
        head=["$ f deploy", "Deploying buildkite"], raw_is_log=True,
        note="flyctl 0.0.179 broke every app's remote build ('with 0.0.178 it was working'); the maintainer is fixing it, a re-run of the same version fails again"),
    bld("roc-lang/roc#1131", "builder", "builder.session_timeout", True, "local", None,
        "output | --> exporting outputs\noutput | WARN: (exporting outputs) no active session for yocq5xvnvdgri5jdj82sry05v: context deadline exceeded",
        note="'This error show up from time to time' in CI"),
    bld("hashicorp/terraform-mcp-server#202", "registry", "registry.server_error", True, "service", "docker.io",
        "#1 [internal] booting buildkit\n#1 pulling image moby/buildkit:buildx-stable-1\n#1 pulling image moby/buildkit:buildx-stable-1 0.4s done\n#1 ERROR: Error response from daemon: Head \"https://registry-1.docker.io/v2/moby/buildkit/manifests/buildx-stable-1\": received unexpected HTTP status: 503 Service Unavailable\n------\n > [internal] booting buildkit:\n------\nERROR: failed to build: Error response from daemon: Head \"https://registry-1.docker.io/v2/moby/buildkit/manifests/buildx-stable-1\": received unexpected HTTP status: 503 Service Unavailable\nError: Process completed with exit code 1.",
        also_ok=["builder.init_failed"], host_alt=["registry-1.docker.io"], raw_is_log=True,
        note="the builder could not boot because Docker Hub answered 503 for the BuildKit image"),
    bld("DragonMinded/libdragon#918", "connectivity", "connectivity.timeout", True, "service", "docker.io",
        "Booting builder\n  /usr/bin/docker buildx inspect --bootstrap --builder builder-0986c0a4-8472-4772-b9ad-c9736a79ace2\n  #1 [internal] booting buildkit\n  #1 pulling image moby/buildkit:buildx-stable-1\n  #1 pulling image moby/buildkit:buildx-stable-1 15.0s done\n  #1 ERROR: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": context deadline exceeded\n  ------\n   > [internal] booting buildkit:\n  ------\n  ERROR: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": context deadline exceeded\nError: ERROR: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": context deadline exceeded",
        also_ok=["builder.init_failed", "registry.metadata_timeout"], host_alt=["registry-1.docker.io"],
        head=["Run docker/setup-buildx-action@v3"], raw_is_log=True,
        note="setup-buildx-action timing out on Docker Hub while pulling the BuildKit image"),
    bld("moby/buildkit#4327", "builder", "builder.remote_unreachable", False, "build", None,
        " => ERROR [internal] waiting for connection             20.0s\n------\n > [internal] waiting for connection:\n------\nERROR: context deadline exceeded",
        cmd="docker buildx create --name wdsr --driver remote --bootstrap --use ssh://ubuntu@remote_ip_adress:32",
        also_ok=["builder.init_failed"], note="the remote driver given an ssh:// endpoint it cannot dial: 'it always fails no matter what I try'"),
]
