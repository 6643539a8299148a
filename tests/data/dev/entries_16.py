"""Dev-set entries, batch 16 (the Actions cache and its toolkit callers, BuildKit builders and a missing buildx,
git/GitHub checkouts and API calls, DNS and curl). `err` is verbatim from the source (a GitHub thread found with the
search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, ** bold) only that
markup was dropped, never a word of the log. Hosts follow the README's strict rule: a host is given only where a
line of the log names it; an inferred one goes in host_alt."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import cache_entry, e, github_source

PULLS = {"nautechsystems/nautilus_trader#2093", "ros-controls/ros2_control_ci#392", "ipython/ipython#13401",
         "docker/buildx#2457", "docker/buildx#332", "stats-organization/github-readme-stats-action#6"}


def src(ref: str) -> str:
    return github_source(ref, PULLS)


def cache(ref: str, *args: Any, **kw: Any) -> dict[str, Any]:
    return cache_entry(src(ref), *args, **kw)


def bld(ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None, err: str, t: str = "raw",
        **kw: Any) -> dict[str, Any]:
    return e("builder", src(ref), component, cause, retry, blame, host, t, err, **kw)


def git(ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None, err: str, t: str = "raw",
        **kw: Any) -> dict[str, Any]:
    return e("net_git", src(ref), component, cause, retry, blame, host, t, err, **kw)


def net(ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None, err: str, t: str = "raw",
        **kw: Any) -> dict[str, Any]:
    return e("net_dns", src(ref), component, cause, retry, blame, host, t, err, **kw)


LEGACY = "the action's bundled @actions/cache still talks to the retired v1 cache service: upgrading the action fixes it, a re-run does not"
BUILDX = "the docker CLI has no buildx plugin, so `docker buildx build`'s flags reach the plain CLI: installing the plugin fixes it, a re-run does not"
CHECKOUT = ["Fetching the repository"]

E = [
    # --- the Actions cache --------------------------------------------------------------------------------------------
    cache("awalsh128/cache-apt-pkgs-action#20", "gha_cache.service_error", True, "service",
          "getCacheEntry failed: Cache service responded with 503",
          prefix="Warning: ", fatal=False, also_ok=["gha_cache.outage"], head=["Run actions/cache@v2"],
          note="the thread's ** bold dropped; 2022-06-13, the day the cache service answered 503 for everyone; 'This only happened right now'"),
    cache("Mozilla-Actions/sccache-action#50", "gha_cache.rate_limited", False, "service",
          "data close failed: RateLimited (temporary) at Writer::close => {\"$id\":\"1\",\"innerException\":null,\"message\":\"Request was blocked due to exceeding usage of resource 'Count' in namespace ''.\",\"typeName\":\"Microsoft.TeamFoundation.Framework.Server.RequestBlockedException, Microsoft.TeamFoundation.Framework.Server\",\"typeKey\":\"RequestBlockedException\",\"errorCode\":0,\"eventId\":3000}",
          fatal=False, also_ok=["gha_cache.throttled", "gha_cache.toolkit_throttled"],
          note="sccache's debug log; the build goes on with cache misses. The maintainer: 'Sccache & Ghac are designed like this: too much small object will lead to rate limit', use S3: a re-run hits the same limit"),
    cache("nautechsystems/nautilus_trader#2093", "gha_cache.toolkit_throttled", True, "service",
          "Failed to restore: Cache service responded with 429",
          prefix="Warning: ", fatal=False, also_ok=["gha_cache.throttled", "gha_cache.rate_limited"],
          note="sccache on the GHA backend shares the run's cache rate limit; 'the build will continue' (the PR author); the window is a minute"),
    cache("Swatinem/rust-cache#188", "gha_cache.toolkit_throttled", True, "service",
          "Warning: You've hit a rate limit, your rate limit will reset in 18 seconds\nWarning: Failed to restore: Failed to GetCacheEntryDownloadURL: Rate limited: Failed request: (429) Too Many Requests: rate limit exceeded",
          fatal=False, also_ok=["gha_cache.throttled", "gha_cache.rate_limited"], head=["Run Swatinem/rust-cache@v2"],
          note="the v2 cache service (GetCacheEntryDownloadURL) throttling the run; it says itself the limit resets in 18 s"),
    cache("msys2/setup-msys2#483", "gha_cache.reserve_conflict", False, "build",
          "Warning: Failed to save: Failed to CreateCacheEntry: Received non-retryable error: Failed request: (409) Conflict: cache entry with the same key, version, and scope already exists",
          fatal=False, head=["Post job cleanup."],
          note="two matrix jobs save the same key on every run (the reporter's diagnosis; the v2 form of 'Unable to reserve cache')"),
    cache("actions/cache#758", "gha_cache.service_error", True, "service",
          "Warning: Cache upload failed because file read failed with EBADF: bad file descriptor, read\nWarning: uploadChunk (start: 369098752, end: 402653183) failed: socket hang up\nWarning: Cache upload failed because file read failed with ESPIPE: invalid seek, read\nWarning: Cache upload failed because file read failed with ESPIPE: invalid seek, read\nWarning: Cache upload failed because file read failed with ESPIPE: invalid seek, read",
          fatal=False, also_ok=["gha_cache.connection_closed", "gha_cache.v2_write_failed", "connectivity.eof"],
          head=["Post Restore cache"],
          note="the EBADF/ESPIPE lines are the toolkit's retry after a chunk upload lost its connection ('socket hang up'); 'It worked well, but recently'"),
    cache("ros-controls/ros2_control_ci#392", "gha_cache.legacy_shutdown", False, "build",
          "Warning: Failed to restore: getCacheEntry failed: Cache service responded with 503",
          fatal=False, also_ok=["gha_cache.client_refused", "gha_cache.service_error"],
          note="June 2025: 'Caching does not work for a while now' with a fork of actions/cache (pat-s's) on the old cache client; the fix was the upstream action. A 503 that no re-run cures"),
    cache("Chocobo1/setup-ccache-action#7", "gha_cache.service_error", True, "service",
          "Error: Cache upload failed because file read failed with ESPIPE: invalid seek, read\n    at ReadStream.<anonymous> (/home/runner/work/_actions/Chocobo1/setup-ccache-action/v1/dist/webpack:/@Chocobo1/setup-ccache-action/node_modules/@actions/cache/lib/internal/cacheHttpClient.js:180:1)",
          also_ok=["gha_cache.v2_write_failed"], head=["Post Run Chocobo1/setup-ccache-action@v1"],
          note="the maintainer points at the log's 'uploadChunk ... failed: Cache service responded with 503' (2022-06-13); the reporter: 'Already works'"),
    cache("actions/cache#1593", "gha_cache.legacy_shutdown", False, "build",
          "Run actions/setup-python@v3\nSuccessfully setup CPython (3.9.21)\n/opt/hostedtoolcache/Python/3.9.21/x64/bin/pip cache dir\n/home/runner/.cache/pip\nError: Cache service responded with 422",
          also_ok=["gha_cache.client_refused"], raw_is_log=True, note=LEGACY + " (setup-python v3 -> v4/v5)"),
    cache("actions/cache#200", "gha_cache.service_error", True, "service",
          "[warning]Cache service responded with 503 during chunk upload.\nevents.js:187\n      throw er; // Unhandled 'error' event\n      ^\n\nError: EBADF: bad file descriptor, read",
          also_ok=["gha_cache.outage", "gha_cache.v2_write_failed"],
          head=["Post job cleanup.", "/bin/tar -cz -f /home/runner/work/_temp/7a3639e6-8bde-4320-b0e3-28editedc25e/cache.tgz -C /home/runner/.cache/pip ."],
          note="the maintainer: an ongoing GitHub incident with elevated 5xx; the v1 client then crashed the post step on the aborted upload"),
    cache("ipython/ipython#13401", "gha_cache.service_error", True, "service",
          "Error: getCacheEntry failed: Cache service responded with 500",
          also_ok=["gha_cache.outage"], raw_is_log=True,
          note="setup-python fails the step on the cache's 500; the PR author's follow-up: 'a server issue' (actions/cache#698, 2021-12-11)"),
    cache("actions/cache#1610", "gha_cache.service_error", True, "service",
          "Run actions/cache/save@v4\nWarning: An internal error has occurred in cache backend. Please check https://www.githubstatus.com/ for any ongoing issue in actions.",
          fatal=False, also_ok=["gha_cache.outage", "gha_cache.unreachable"],
          note="many reports the same day (2025-05-27, also actions/cache#1611): a backend incident, not this workflow; the githubstatus link is not a host"),
    # --- BuildKit builders and the buildx plugin -----------------------------------------------------------------------
    bld("docker/buildx#2457", "builder", "builder.init_failed", True, "local", None,
        "#1 waiting for 1 pods to be ready\n#1 waiting for 1 pods to be ready 110.0s done\n#1 ERROR: expected 1 replicas to be ready, got 0",
        head=["#1 [internal] booting buildkit"],
        note="kubernetes driver on EKS with Karpenter: 'From time to time, node provisioning takes around one and a half minutes'"),
    bld("docker/buildx#332", "builder", "builder.init_failed", True, "local", None,
        "10:59:28  #1 [internal] booting buildkit\n10:59:28  #1 pulling image moby/buildkit:buildx-stable-1\n10:59:29  #1 pulling image moby/buildkit:buildx-stable-1 4.7s done\n10:59:29  #1 creating container buildx_buildkit_build\n10:59:41  #1 creating container buildx_buildkit_build 10.9s done\n10:59:41  #1 ERROR: exit code 1",
        note="docker-container driver in a dockerized Jenkins: buildkitd misses buildx's start timeout under load; the two runs after it passed"),
    bld("docker/buildx#1536", "builder", "builder.init_failed", False, "build", None,
        " > [internal] booting buildkit:\n------\nthebuilder",
        cmd="KUBECONFIG=~/.kube/config.custom.yml docker buildx create --bootstrap --name=thebuilder --config=buildkitd.toml --driver=kubernetes '--driver-opt=\"image=moby/buildkit:latest\",\"namespace=mynamespace\",\"nodeselector=kubernetes.io/arch=amd64\"' --platform=linux/amd64 --node=builder-amd64 --use",
        head=[" => ERROR [internal] booting buildkit", "------"],
        note="a buildx v0.10.0 regression with --bootstrap --use on the kubernetes driver (v0.9.1 works; workaround: create without --use): the same version fails every time"),
    bld("kubernetes/kubernetes#98646", "builder", "builder.buildx_missing", False, "build", None,
        "+++ [0201 02:52:52] Building conformance image for arch: amd64\nunknown flag: --platform\nSee 'docker --help'.",
        also_ok=["build.toolchain_missing"], cmd="make quick-release",
        note="the canary job's image has a docker CLI without buildx since the build moved to `docker buildx build --platform` (#98529): " + BUILDX),
    bld("0xERR0R/blocky#1079", "builder", "builder.buildx_missing", False, "build", None,
        "docker buildx build \\\n        --build-arg VERSION=v0.21-68-g1f2f875 \\\n        --build-arg BUILD_TIME=20230721-153601 \\\n        --network=host \\\n        -o type=docker \\\n        -t spx01/blocky \\\n        .\nunknown flag: --build-arg\nSee 'docker --help'.",
        also_ok=["build.toolchain_missing"], cmd="make docker-build", note="the maintainer's guess, confirmed: " + BUILDX),
    bld("cilium/tetragon#2704", "builder", "builder.buildx_missing", False, "build", None,
        "docker build -t \"cilium/tetragon:latest\" --target release --build-arg TETRAGON_VERSION=659704f9 --platform=linux/amd64 .\nDEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            Install the buildx component to build images with BuildKit:\n            https://docs.docker.com/go/buildx/\n\nSending build context to Docker daemon  191.9MB\nStep 1/39 : FROM --platform=$BUILDPLATFORM quay.io/cilium/clang:aeaada5cf60efe8d0e772d032fe3cc2bc613739c@sha256:b440ae7b3591a80ffef8120b2ac99e802bbd31dee10f5f15a48566832ae0866f AS bpf-builder\nfailed to parse platform : \"\" is an invalid component of \"\": platform specifier component must match \"^[A-Za-z0-9_-]+$\": invalid argument\nmake: *** [Makefile:172: image] Error 1",
        also_ok=["build.toolchain_missing", "build.dockerfile_parse"], cmd="make image",
        note="without buildx the legacy builder leaves $BUILDPLATFORM empty; the reporter's fix was installing the buildx plugin"),
    bld("theohbrothers/docker-imap-backup#53", "registry", "registry.rate_limited", True, "service", None,
        "Run docker/setup-qemu-action@v2\nDocker info\nPulling binfmt Docker image\n  /usr/bin/docker pull tonistiigi/binfmt:latest\n  Error response from daemon: error parsing HTTP 429 response body: invalid character 'T' looking for beginning of value: \"Too Many Requests (HAP429).\\n\"\nError: The process '/usr/bin/docker' failed with exit code 1",
        host_alt=["docker.io", "registry-1.docker.io"], also_ok=["registry.dockerhub_pull_limit"], raw_is_log=True,
        note="setup-qemu-action's binfmt pull throttled by Docker Hub's edge (HAP429) on a cron run; no line names the registry's host, the image name implies Docker Hub"),
    # --- git and GitHub -----------------------------------------------------------------------------------------------
    git("ZcashFoundation/zebra#6948", "github", "github.rate_limited", True, "service", "github.com",
        "/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --progress --no-recurse-submodules --depth=2 origin +b9f9936071e5f5432caef387748f03a608cf5edd:refs/remotes/pull/6944/merge\nError: fatal: unable to access 'https://github.com/ZcashFoundation/zebra/': The requested URL returned error: 429\nThe process '/usr/bin/git' failed with exit code 128\nWaiting 15 seconds before trying again\n/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --progress --no-recurse-submodules --depth=2 origin +b9f9936071e5f5432caef387748f03a608cf5edd:refs/remotes/pull/6944/merge\nError: fatal: unable to access 'https://github.com/ZcashFoundation/zebra/': The requested URL returned error: 429\nThe process '/usr/bin/git' failed with exit code 128\nWaiting 20 seconds before trying again\n/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --progress --no-recurse-submodules --depth=2 origin +b9f9936071e5f5432caef387748f03a608cf5edd:refs/remotes/pull/6944/merge\nError: fatal: unable to access 'https://github.com/ZcashFoundation/zebra/': The requested URL returned error: 429\nError: The process '/usr/bin/git' failed with exit code 128",
        also_ok=["registry.rate_limited"], head=CHECKOUT, raw_is_log=True,
        note="blockquote markers dropped; GitHub throttling checkouts during a burst of CI runs (the issue was closed without a change)"),
    git("ROCm/TheRock#6431", "github", "github.rate_limited", True, "service", "github.com",
        "remote: This request was rate-limited due to too many requests. Reduce the frequency of your requests or try again later.\nremote: For more on scraping GitHub and how it may affect your rights, please review our Terms of Service (https://docs.github.com/en/site-policy/github-terms/github-terms-of-service).\nfatal: unable to access 'https://github.com/ROCm/llvm-project.git/': The requested URL returned error: 429\nfatal: Fetched in submodule path 'compiler/amd-llvm', but it did not contain 46fcb339fb61119b337f973c7ca9e710a319fdd0. Direct fetching of that commit failed.",
        also_ok=["registry.rate_limited"], cmd="git submodule update --init --recursive",
        note="the submodule fetch was throttled ('try again later'); the team then looks at authenticated clones and caching to make it rarer"),
    git("actions/checkout#505", "github", "github.outage", True, "service", "github.com",
        "  remote: Internal Server Error.\n  remote: \n  Error: fatal: unable to access 'https://github.com/seek-oss/aec/': The requested URL returned error: 500\n  The process '/usr/bin/git' failed with exit code 128\n  Waiting 12 seconds before trying again",
        also_ok=["registry.server_error"],
        head=[*CHECKOUT, "  /usr/bin/git -c protocol.version=2 fetch --no-tags --prune --progress --no-recurse-submodules --depth=2 origin +7a912623c6832c7590fd43672aa822a8302b2c29:refs/remotes/origin/volume-size-default"],
        note="a GitHub incident (githubstatus, 2021-05-16); re-runs failed until it was resolved"),
    git("spdk/spdk#3825", "github", "github.outage", True, "service", "github.com",
        "  remote: Internal Server Error\n  Error: fatal: unable to access 'https://github.com/spdk/spdk-ci/': The requested URL returned error: 500\n  The process '/usr/bin/git' failed with exit code 128\n  Waiting 18 seconds before trying again",
        also_ok=["registry.server_error"],
        head=["Run actions/checkout@v4.1.7", *CHECKOUT, "  /usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +a0f0dcd2c9a0a9b64373988c22ee4cd62a9479f6:refs/remotes/origin/main"],
        note="the maintainers' 'Intermittent Failure' tracker for a GitHub outage: re-run once GitHub recovers"),
    git("pre-commit/action#8", "credentials", "credentials.git_auth", False, "build", "github.com",
        "[INFO] Initializing environment for git@github.com:pre-commit/pre-commit-hooks.\nAn unexpected error has occurred: CalledProcessError: command: ('/usr/bin/git', 'fetch', 'origin', '--tags')\nreturn code: 128\nexpected return code: 0\nstdout: (none)\nstderr:\n    git@github.com: Permission denied (publickey).\n    fatal: Could not read from remote repository.\n    \n    Please make sure you have the correct access rights\n    and the repository exists.\n    \nCheck the log at /home/runner/.cache/pre-commit/pre-commit.log\n##[error]The process '/opt/hostedtoolcache/Python/3.8.1/x64/bin/pre-commit' failed with exit code 1",
        also_ok=["credentials.permission_denied"], raw_is_log=True,
        head=["/opt/hostedtoolcache/Python/3.8.1/x64/bin/pre-commit run --all-files --show-diff-on-failure --color=always"],
        note="the config named an ssh URL and the runner has no ssh key; switching to https fixed it"),
    git("stats-organization/github-readme-stats-action#6", "credentials", "credentials.token_permissions", False, "build", "github.com",
        "[no-permissions bd651ff] Update README cards\n 1 file changed, 3 insertions(+), 3 deletions(-)\nremote: Permission to martin-mfg/martin-mfg.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/martin-mfg/martin-mfg/': The requested URL returned error: 403\nError: Process completed with exit code 128.",
        also_ok=["credentials.git_auth", "credentials.permission_denied", "credentials.push_denied"], raw_is_log=True,
        note="the workflow's GITHUB_TOKEN lacks contents: write; the fix adds a permissions block"),
    git("uptane/aktualizr#29", "build", "build.repository_missing", False, "build", "github.com",
        "Cloning into '/home/mike/work/foundries/projects/uptane-aktualizr/tests/tuf-test-vectors'...\nERROR: Repository not found.\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\nfatal: clone of 'https://github.com/advancedtelematic/tuf-test-vectors/' into submodule path '/home/mike/work/foundries/projects/uptane-aktualizr/tests/tuf-test-vectors' failed\nFailed to clone 'tests/tuf-test-vectors'. Retry scheduled",
        also_ok=["credentials.git_auth"], cmd="git submodule update --init --recursive",
        note="the submodule's upstream repository is gone (not a credentials problem): git's own retry fails the same way"),
    git("microsoft/AIOpsLab#80", "build", "build.submodule_ref_missing", False, "build", None,
        "fatal: remote error: upload-pack: not our ref 8760fb1dbf1f28dea3de7309a6877be103cc5f05\nfatal: Fetched in submodule path 'aiopslab-applications/FleetCast', but it did not contain 8760fb1dbf1f28dea3de7309a6877be103cc5f05. Direct fetching of that commit failed.",
        also_ok=["build.repository_missing"], cmd="git clone --recurse-submodules https://github.com/microsoft/AIOpsLab.git",
        host_alt=["github.com"], note="the superproject pins a submodule commit its remote does not have (the title: the submodule 'should be updated')"),
    git("Mozilla-Actions/sccache-action#41", "github", "github.api_rate_limited", False, "build", None,
        "Run mozilla-actions/sccache-action@v0.0.3\nError: HttpError: API rate limit exceeded for installation ID 16164673.\nError: API rate limit exceeded for installation ID 16164673.",
        also_ok=["github.rate_limited"], host_alt=["api.github.com"], raw_is_log=True,
        note="the maintainer: without a pinned version the action asks api.github.com for the latest release; pin `version:` (or pass a token)"),
    git("kiliman/tailwindui-crawler#78", "connectivity", "connectivity.stream_reset", False, "service", None,
        "Pushing changes...\nerror: RPC failed; HTTP 408 curl 18 HTTP/2 stream 7 was reset\nsend-pack: unexpected disconnect while reading sideband packet\nfatal: the remote end hung up unexpectedly\nEverything up-to-date\n##[debug]Docker Action run completed with exit code 1\n##[debug]Finishing: Run crawler",
        also_ok=["connectivity.reset", "github.outage"], host_alt=["github.com"], raw_is_log=True,
        note="the push failed on every run for three days (May 2023) and then passed untouched; the owner: 'an issue with GitHub Actions that they have finally resolved'"),
    git("actions/checkout#1871", "connectivity", "connectivity.stream_reset", True, "service", None,
        "  /usr/bin/git -c protocol.version=2 fetch --prune --no-recurse-submodules --unshallow origin +refs/heads/*:refs/remotes/origin/* +refs/tags/*:refs/tags/*\n  Error: error: RPC failed; curl 92 HTTP/2 stream 0 was not closed cleanly: CANCEL (err 8)\n  Error: error: 2000 bytes of body are still expected\n  fetch-pack: unexpected disconnect while reading sideband packet\n  Error: fatal: early EOF\n  Error: fatal: fetch-pack: invalid index-pack output\n  The process '/usr/bin/git' failed with exit code 128\n  Waiting 14 seconds before trying again",
        also_ok=["connectivity.reset", "connectivity.cut_short"], host_alt=["github.com"], head=["Run actions/checkout@v4", *CHECKOUT],
        note="'on a regular basis', not every run: GitHub cancelled the HTTP/2 stream of a full-history fetch"),
    # --- DNS and curl ------------------------------------------------------------------------------------------------
    net("einaregilsson/build-number#8", "dns", "dns.temporary_failure", True, "service", "api.github.com",
        "Run einaregilsson/build-number@v2\nevents.js:187\n      throw er; // Unhandled 'error' event\n      ^\n\nError: getaddrinfo EAI_AGAIN api.github.com\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (dns.js:60:26)\nEmitted 'error' event on ClientRequest instance at:\n    at TLSSocket.socketErrorListener (_http_client.js:406:9)\n    at TLSSocket.emit (events.js:210:5)\n    at emitErrorNT (internal/streams/destroy.js:92:8)\n    at emitErrorAndCloseNT (internal/streams/destroy.js:60:3)\n    at processTicksAndRejections (internal/process/task_queues.js:80:21) {\n  errno: 'EAI_AGAIN',\n  code: 'EAI_AGAIN',\n  syscall: 'getaddrinfo',\n  hostname: 'api.github.com'\n}\n##[error]Node run failed with exit code 1",
        raw_is_log=True, note="the maintainer: 'a one-off error and would work the next time'"),
    net("docker/buildx#346", "dns", "dns.server_misbehaving", False, "build", "node-amd64",
        "mybuilder0 tcp://node-amd64:2375 error during connect: Get http://node-amd64:2375/v1.24/containers\n/buildx_buildkit_mybuilder0/json: dial tcp: lookup node-amd64 on 127.0.0.53:53: server misbehaving",
        cmd="docker buildx ls", head=["NAME/NODE    DRIVER/ENDPOINT       STATUS PLATFORMS"], also_ok=["builder.remote_unreachable", "dns.no_such_host"],
        note="`docker buildx create --name mybuilder node-amd64` took the argument as an endpoint; a single-label name systemd-resolved cannot answer (the maintainer: is there such an endpoint at all?). Wrapped as pasted"),
    net("mrsimonemms/gitpod-self-hosted#16", "dns", "dns.no_such_host", False, "build", "registry.gitpod.spicpod.tech",
        "Request createWorkspace failed with message: 13 INTERNAL: cannot resolve workspace image: failed to do request: Head \"https://registry.gitpod.spicpod.tech/v2/workspace-images/manifests/2e37fc8e3d3884eca309093358f96b5062dbee61df27337b4bf41e0d18ac78e0\": dial tcp: lookup registry.gitpod.spicpod.tech on 10.43.0.10:53: no such host",
        note="the wildcard DNS records for the installation were never created (the reporter: 'fix the DNS properly')"),
    net("minetest-mapserver/mapserver#221", "connectivity", "connectivity.reset", True, "service", "uploads.github.com",
        "Processing file output/mapserver-linux-x86_64\nUpload URL is https://uploads.github.com/repos/minetest-mapserver/mapserver/releases/52200941/assets?name=mapserver-linux-x86_64\ncurl: (56) OpenSSL SSL_read: Connection reset by peer, errno 104\n**********************************\n curl command did not return zero.\n Aborting\n**********************************",
        note="release-asset uploads to GitHub reset intermittently in late 2021 (cockpit-project/cockpituous#464 added retries for exactly this line)"),
    net("dfinity/sns-testing#63", "connectivity", "connectivity.reset", True, "service", None,
        "curl: (35) Recv failure: Connection reset by peer", cmd="./setup_locally.sh",
        note="'getting to download all the files requires multiple tries'; then 'cannot reproduce ... maybe it was just a temporary problem'"),
    net("docker/build-push-action#633", "dns", "dns.no_such_host", False, "local", None,
        "dial tcp: lookup *** on 192.168.20.1:53: no such host", t="bpa_err",
        note="a self-hosted runner whose private registry exists only in the host's /etc/hosts, which BuildKit's resolver does not read; the host is masked (***), so none can be named"),
    net("orbstack/orbstack#2150", "dns", "dns.no_such_host", False, "local", "resolvable.host.name",
        "Using default tag: latest\nError response from daemon: Get \"https://resolvable.host.name/v2/\": dial tcp: lookup resolvable.host.name on 0.250.250.200:53: no such host",
        cmd="docker pull resolvable.host.name/some/image",
        note="a private name only the host's LAN resolver knows; the VM's DNS does not fall back to it (works with --dns 192.168.10.1)"),
    net("martialonline/workflow-status#16", "connectivity", "connectivity.refused", True, "service", None,
        "  echo \"status=${status}\" >> $GITHUB_OUTPUT\n  shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}\nError: Process completed with exit code 7.",
        also_ok=["connectivity.timeout", "connectivity.network_unreachable"], host_alt=["api.github.com"], raw_is_log=True,
        head=["Run martialonline/workflow-status@v4", "Run url=\"${GITHUB_API_URL}/repos\"", "  url=\"${GITHUB_API_URL}/repos\"",
              "  failure=$(curl -s -H \"Authorization: token ${token}\" \"${url}/${repo}/actions/runs/${run_id}/jobs\" | \\"],
        note="curl -s hides its message: exit code 7 is 'Failed to connect to host' (the reporter), intermittent; only the script names ${GITHUB_API_URL}"),
    net("rvm/rvm#5281", "connectivity", "connectivity.eof", True, "service", "github.com",
        "Downloading https://github.com/rvm/rvm/archive/1.29.12.tar.gz\nDownloading https://github.com/rvm/rvm/releases/download/1.29.12/1.29.12.tar.gz.asc\ncurl: (52) Empty reply from server\n\nCould not download 'https://github.com/rvm/rvm/releases/download/1.29.12/1.29.12.tar.gz.asc'.\n  curl returned status '52'.",
        cmd="curl -sSL https://get.rvm.io | bash -s stable", also_ok=["connectivity.reset"],
        note="the release download's redirect answered nothing; closed without a change on rvm's side"),
]
