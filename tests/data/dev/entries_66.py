"""Dev-set entries, batch 66 (the GitHub Actions cache as jobs meet it, DNS and connectivity on self-hosted runners,
and git fetch/clone/submodule network errors in CI, service and runner faults beside the build's own. The cache:
BuildKit's type=gha exporter naming blobs the cache no longer holds (2021) and giving up on a 600 s layer write
under mode=max, the v1 service's 500 during a chunk upload that crashed the post step (2020), a 409 warning when
a repeated job saves a key that already exists, a restore stalled at 80.9% until the job's timeout, a
julia-actions key the toolkit rejects for its commas, buildx joining a ghe.com results URL without its slash (so
the name it looks up does not exist), and a Kubernetes cache server whose service name BuildKit's container
cannot resolve. The runners: a LAN gateway that stops answering DNS in waves, containers on a provider's VMs that
cannot reach their resolver, a benchmark machine that cannot resolve chromium.googlesource.com, checkout's REST
download ignoring no_proxy, actions that bypass the runner's proxy (a timeout and a getaddrinfo ENOTFOUND), a dind
sidecar not ready when the first docker step runs, IPv6 without IPv4 fallback and IPv6-only hosts, a proxy port the
runner drops so curl dials 1080, a router's security feature refusing the Actions host, TLS inspection Node does
not trust. Git: HTTP/2 streams cancelled mid-pack, GnuTLS pull errors and alerts (one machine family), github.com's
500s in May 2021, a hosted runner that could not verify github.com's certificate, review.mlplatform.org's 502, an
office network's connect timeout, resets under an HTTP 500 in Azure Pipelines, a Jenkins workspace that needed
clearing. About a third are the build's own mistakes that read like infrastructure: two caches restoring the same
Go module tree, a restore-keys list whose '- ' became part of the key, setup-go run before checkout or pointed at
the wrong go.sum, a cache path that does not exist, cache export on the docker driver, submodules pinned to a
commit that does not exist or that a shallow fetch cannot reach, an ssh submodule URL without keys, a private
submodule without credentials, a CI image whose git is too old for github.com.) `err` is verbatim from the source (a
GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown
(blockquote markers, code-block indentation, list markers, link markup) only that markup was dropped and trailing
blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words or is cut, the entry
stops at the last whole log line; where the only quote of the failure is the thread's title, the title's error
text is used. Line breaks inside a quoted line and placeholders ('[...]', '<sha>', 'myrepo', 'xxxx', '***') are the
reporters' own. Hosts follow the README's strict rule: a host is given only where a line of the log names it for
the failing call; an inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before
the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import Batch

PULLS = {"picolibc/picolibc#203", "kubeflow/trainer#2053", "canonical/lxd#16749", "confidential-containers/enclave-cc#138",
         "svthalia/concrexit#2593", "ubicloud/ubicloud#592", "isaac-sim/IsaacLab-Arena#473",
         "Dynatrace/dynatrace-configuration-as-code#1247", "microsoft/azuredatastudio#24074"}  # fmt: skip

B = Batch(PULLS)
cache = B.family("gha_cache")
dns = B.family("dns")
conn = B.family("connectivity")
git = B.family("git")
loc = B.local()
bld = B.build("git")


def own(ref: str, cause: str, err: str, **kw: Any) -> dict[str, Any]:
    """A build-itself entry of the cache family (component gha_cache, blame build, not retryable)."""
    return B.build_in("gha_cache", ref, cause, err, component="gha_cache", **kw)


POST = ["Post job cleanup."]
PROXY_BYPASS = "connectivity.proxy_bypassed"
SUBMODULE = "build.submodule_ref_missing"

E = [
    # --- the Actions cache: the service's side and its clients' bugs ------------------------------------------------
    cache("picolibc/picolibc#203", "gha_cache", "gha_cache.blob_missing", False, "service", None,
          "buildx failed with: error: failed to solve: blob sha256:175e4f431a281b94c2242a18f699a0500f6cd4da8354839102c2446848593bc2 not found",
          prefix="Error: ", head=["Run docker/build-push-action@v2"], also_ok=["gha_cache.cache_import_missing", "gha_cache.export_failed"],
          note="October 2021, the then-experimental type=gha exporter: the cache manifest names a blob the repository's Actions cache no longer holds, and the build fails; it had recurred ('the recent build failures'), and the PR disables the gha backend, caching only the final image so it fits the 5 GB limit"),
    cache("kubeflow/trainer#2053", "gha_cache", "gha_cache.backoff_timeout", True, "service", None,
          "#7 writing layer sha256:202111e1e67fd289b555ea0a5f198b9919220afe610c9e070268fdd75c3dd5e2 600.1s done\n#7 ERROR: error writing layer blob: maximum timeout reached\n------\n > exporting to GitHub Actions Cache:\n------\nWARNING: No output specified with docker-container driver. Build result will only remain in the build cache. To push result image into registry use --push or to load image into docker use --load\nERROR: failed to solve: error writing layer blob: maximum timeout reached\nError: buildx failed with: ERROR: failed to solve: error writing layer blob: maximum timeout reached",
          raw_is_log=True, head=["Run docker/build-push-action@v5"], also_ok=["gha_cache.request_timeout", "gha_cache.throttled", "gha_cache.export_failed"],
          note="a PR's image built, then the mode=max export spent 600 s writing one large layer to the Actions cache and BuildKit's gha client gave up; nothing in the PR was involved; the fix exports less (cache-to mode=min) so the slow cache service is met less often"),
    cache("actions/cache#246", "gha_cache", "gha_cache.service_error", True, "service", None,
          "Post job cleanup.\n/bin/tar -cz -f /home/runner/work/_temp/b509d82a-370d-4f50-b663-c8e4765d95d0/cache.tgz -C /home/runner/.cache/yarn/v6 .\n[warning]Cache service responded with 500 during chunk upload.\nevents.js:187\n      throw er; // Unhandled 'error' event\n      ^\n\nError: EBADF: bad file descriptor, read\nEmitted 'error' event on ReadStream instance at:\n    at internal/fs/streams.js:167:12\n    at FSReqCallback.wrapper [as oncomplete] (fs.js:470:5) {\n  errno: -9,\n  code: 'EBADF',\n  syscall: 'read'\n}",
          raw_is_log=True, also_ok=["gha_cache.upload_read_failed", "gha_cache.outage"],
          note="April 2020: the cache service answered a chunk upload with 500 and the v1 action's read stream then crashed the post step with EBADF; the maintainers linked the same-day incident (#287) and added error handling (#305); re-runs saved"),
    cache("getodk/central-backend#1444", "gha_cache", "gha_cache.reserve_conflict", True, "service", None,
          "Failed to save: Failed to CreateCacheEntry: Received non-retryable error: Failed request: (409) Conflict: cache entry with the same key, version, and scope already exists",
          prefix="Warning: ", head=POST, fatal=False, also_ok=["gha_cache.client_refused"],
          note="March 2025, on the v2 cache service: setup-node's post step finds the key already saved by an earlier run of the repeated job and warns with the service's 409; the reporter closed it as expected behaviour handled upstream (actions/cache#1541); the job passes"),
    cache("ramsey/composer-install#245", "gha_cache", "gha_cache.download_timeout", True, "service", None,
          "2023-07-01T19:45:09.4712306Z Received 17786462 of 21980766 (80.9%), 0.2 MBs/sec\n2023-07-01T19:45:10.4724761Z Received 17786462 of 21980766 (80.9%), 0.2 MBs/sec\n2023-07-01T19:45:11.4738374Z Received 17786462 of 21980766 (80.9%), 0.2 MBs/sec",
          head=["Run ramsey/composer-install@v2"], also_ok=["gha_cache.download_stalled", "gha_cache.request_timeout"],
          note="labelled bug: the Composer cache download stops at 80.9% and the step 'runs indefinitely' until the job's timeout; the stall is in the cache download the action restores through, and the same key restores on other runs"),
    cache("julia-actions/cache#92", "gha_cache", "gha_cache.bad_key", False, "service", None,
          "Error: Key Validation Error: [...] cannot contain commas.",
          head=["Run julia-actions/cache@v1"], also_ok=["gha_cache.client_config"],
          note="once julia-actions/cache put the job's matrix values into its automatic key, a matrix value with commas made the toolkit reject the key on every run; fixed in the action by URL-encoding commas (#93); '[...]' is the reporter's mask"),
    cache("docker/build-push-action#1382", "gha_cache", "gha_cache.client_url_invalid", False, "service", None,
          " > exporting to GitHub Actions Cache:\n------\nERROR: failed to solve: Post \"https://results-receiver.actions.***.ghe.comtwirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL\": dial tcp: lookup results-receiver.actions.***..ghe.comtwirp on 168.63.129.16:53: no such host\nReference\nCheck build summary support\nError: buildx failed with: ERROR: failed to solve: Post \"https://results-receiver.actions.***..ghe.comtwirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL\": dial tcp: lookup results-receiver.actions.***..ghe.comtwirp on 168.63.129.16:53: no such host",
          raw_is_log=True, host_alt=["ghe.com"], also_ok=["dns.no_such_host", "gha_cache.unreachable_dns", "gha_cache.client_config"],
          note="on GitHub Enterprise Cloud (ghe.com) the cache export's twirp client URL is built without the '/' after the host, so BuildKit looks up a name that cannot exist; labelled area/buildkit, area/cache: a client bug, not DNS, and every run fails the same until it is fixed (the tenant is the reporter's mask)"),
    cache("falcondev-oss/github-actions-cache-server#41", "gha_cache", "gha_cache.unreachable_dns", False, "local", "cache-server:3000",
          "ERROR: failed to solve: Get \"http://cache-server:3000/---token---/_apis/artifactcache/cache?keys=buildkit-blob-1-sha256%3A067b0579ac4a7184ba4d6bd836719a8fa7286f4d20291d4f10a0b8c85ffca4c9&version=693bb7016429d80366022f036f84856888c9f13e00145f5f6f4dce303a38d6f2\": dial tcp: lookup cache-server on 46.38.225.xxx:53: no such host",
          head=["Run docker/build-push-action@v5"], host_alt=["cache-server"], also_ok=["dns.no_such_host"],
          note="a self-hosted cache server beside ARC runners in Kubernetes: npm jobs reach it, but BuildKit's docker-container builder resolves through the node's upstream resolver, which does not know the cluster's service name; the reporter got it working by switching buildx to the kubernetes driver (#42)"),
    # --- the Actions cache: the build's own ---------------------------------------------------------------------------
    own("golangci/golangci-lint-action#807", "gha_cache.unarchive_failed",
        "Error: /usr/bin/tar: ../../../go/pkg/mod/sigs.k8s.io/yaml@v1.3.0/yaml_test.go: Cannot open: File exists\n/usr/bin/tar: ../../../go/pkg/mod/sigs.k8s.io/yaml@v1.3.0/LICENSE: Cannot open: File exists\n/usr/bin/tar: ../../../go/pkg/mod/sigs.k8s.io/yaml@v1.3.0/code-of-conduct.md: Cannot open: File exists\nError: /usr/bin/tar: ../../../go/pkg/mod/sigs.k8s.io/yaml@v1.3.0/yaml.go: Cannot open: File exists",
        head=["Run golangci/golangci-lint-action@v3"], fatal=False, also_ok=["gha_cache.restore_failed"],
        note="after moving to setup-go@v4, whose built-in cache already restored ~/go/pkg/mod, the lint action unpacks its own cache of the same tree over it; 'resolved on setting cache: false with setup-go' (or skipping the lint action's package cache)"),
    own("canonical/lxd#16749", "gha_cache.bad_key",
        "Cache not found for input keys: deps-ubuntu-22.04-amd64-20251016, - deps-ubuntu-22.04-amd64-20251015",
        head=["Run actions/cache@v4"], fatal=False, also_ok=["gha_cache.cache_miss"],
        note="restore-keys was written as a YAML list item, and since the input is a multiline string the '- ' became part of the fallback key, which never matched once the primary key was purged; the PR drops the dash"),
    own("confidential-containers/enclave-cc#138", "gha_cache.dependency_file_missing",
        "Restore cache failed: Dependencies file is not found in\n/home/runner/work/enclave-cc/enclave-cc. Supported file pattern: go.sum",
        prefix="Warning: ", head=["Run actions/setup-go@v4"], fatal=False,
        note="the Go module lives in src/shim, so setup-go's cache finds no go.sum at the repository root on every run; the PR points cache-dependency-path at src/shim/go.sum (the break inside the line is the PR text's)"),
    own("Dynatrace/dynatrace-configuration-as-code#1247", "gha_cache.dependency_file_missing",
        "Restore cache failed: Dependencies file is not found in /home/runner/work/dynatrace-configuration-as-code/dynatrace-configuration-as-code. Supported file pattern: go.sum",
        prefix="Warning: ", head=["Run actions/setup-go@v4"], fatal=False,
        note="setup-go ran before actions/checkout, so go.sum was not in the workspace yet and every job warned; 'Switching the order fixes this warning'"),
    own("webarkit/ARnft#339", "gha_cache.path_missing",
        "Warning: Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.",
        head=POST, fatal=False,
        note="the build and CI workflows cache a path the build never writes (the issue points at the path lines of both workflows), so the post step saves nothing on any run"),
    B.build_in("gha_cache", "svthalia/concrexit#2593", "builder.cache_export_unsupported",
               "buildx failed with: ERROR: cache export feature is currently not supported for docker driver. Please switch to a different driver (eg. \"docker buildx create --use\")",
               component="builder", prefix="Error: ", head=["Run docker/build-push-action@v3"], also_ok=["gha_cache.exporter_config", "builder.driver_unsupported"],
               note="the reverted PR (#2581) added type=gha cache-from/cache-to without a setup-buildx step, so buildx used the default docker driver, which cannot export cache; every run failed until the change was reverted"),
    # --- DNS on self-hosted runners ------------------------------------------------------------------------------------
    dns("vladm3105/aidoc-flow-framework#613", "dns", "dns.resolve_failed", True, "local", "github.com",
        "curl -sSfL \"https://github.com/google/osv-scanner/releases/download/v${OSV_VERSION}/osv-scanner_linux_amd64\" -o /tmp/osv-scanner\ncurl: (6) Could not resolve host: github.com",
        also_ok=["dns.temporary_failure"],
        note="four self-recovering failures on the self-hosted pool; root cause confirmed: the LAN gateway (192.168.86.1) episodically stops answering DNS in waves, while 8.8.8.8 and 1.1.1.1 answer; a re-run of the same SHA passes"),
    dns("ubicloud/ubicloud#592", "dns", "dns.timeout", False, "local", "registry-1.docker.io",
        "failed to solve: ruby:3.2.2-alpine3.17: failed to do request:\nHead \"https://registry-1.docker.io/v2/library/ruby/manifests/3.2.2-alpine3.17\":\ndial tcp: lookup registry-1.docker.io on 192.168.0.1:53: read udp\n172.17.0.2:48484->192.168.0.1:53: i/o timeout",
        also_ok=["dns.temporary_failure", "connectivity.timeout"],
        note="on the provider's GitHub runner VMs, Docker containers cannot reach the resolver Docker hands them (even `docker run alpine ping google.com` fails); the PR adds a systemd-resolved configuration to the runners until the networking setup is fixed (the line breaks are the PR text's, code indentation dropped)"),
    dns("nodejs/build#3050", "dns", "dns.resolve_failed", True, "local", "chromium.googlesource.com",
        "16:55:25 [0:05:35] fatal: unable to access 'https://chromium.googlesource.com/external/github.com/google/googletest.git/': Could not resolve host: chromium.googlesource.com",
        raw_is_log=True, also_ok=["dns.temporary_failure"],
        note="node-test-commit-v8-linux on the benchmark machine: V8's dependency fetches often fail to resolve the Chromium git host, yet some days pass; the build team upgraded the machine's OS, which did not fix it; a machine-side resolver problem, not V8's"),
    # --- proxies, IPv6 and TLS on self-hosted runners -------------------------------------------------------------------
    conn("actions/checkout#705", "connectivity", "connectivity.proxy_refused", False, "local", None,
         "Run actions/checkout@v2\nSyncing repository: SearchService/kcgift-brand-lego\nGetting Git version info\nDeleting the contents of '/home/***/.github/runners/...'\nThe repository will be downloaded using the GitHub REST API\nTo create a local Git repository instead, add Git 2.18 or higher to the PATH\nDownloading the archive\nrequest to {my enterprise repo} failed, reason: tunneling socket could not be established, statusCode=403",
         raw_is_log=True,
         note="a build machine behind a corporate proxy, with no_proxy set for the internal GitHub Enterprise host: without Git 2.18+ checkout downloads the archive through the REST API, whose client sends it to the proxy despite no_proxy, and the proxy refuses the tunnel on every run ('{my enterprise repo}' is the reporter's mask)"),
    conn("advanced-security/component-detection-dependency-submission-action#186", "connectivity", PROXY_BYPASS, False, "service", "api.github.com",
         "Error: HttpError: request to https://api.github.com/repos/microsoft/component-detection/releases/latest failed, reason: connect ETIMEDOUT 4.225.11.201:443\nError: Error: Failed to download latest release",
         host_alt=["4.225.11.201:443", "4.225.11.201"], also_ok=["connectivity.timeout"],
         note="ARC runners behind an HTTP proxy ('Runner is running behind proxy server' in the same log): the action's Node code downloads the component-detection binary with a client that ignores HTTP_PROXY/HTTPS_PROXY, so it dials api.github.com directly and times out while other steps go through the proxy"),
    conn("astral-sh/setup-uv#305", "connectivity", PROXY_BYPASS, False, "service", "api.github.com",
         "Error: getaddrinfo ENOTFOUND api.github.com",
         head=["Run astral-sh/setup-uv@v5"], also_ok=["dns.no_such_host"],
         note="self-hosted runners behind a corporate proxy with the proxy variables set: v5.0.0 to v5.2.1 fetch uv fine, from v5.2.2 the action's GitHub API lookup goes direct and the name does not resolve there; the maintainer tied it to the same v5.2.2 change as #268 and offered a fallback branch"),
    loc("actions/actions-runner-controller#787", "local.dind_not_ready", True,
        "Error: unable to resolve docker endpoint: open /certs/client/ca.pem: no such file or directory",
        head=["Run docker/login-action@v1"], also_ok=["local.docker_daemon_down", "local.docker_daemon_broken"],
        note="ARC runners with a dind sidecar: about one run in ten, the first docker step (a registry login) starts before the sidecar has written its TLS client certs or is listening; the same workflow passes again; the reporter ties it to the runner/dind start-up race known from gitlab-runner; nothing is resolved over DNS here"),
    conn("actions/runner#2739", "connectivity", "connectivity.ipv6_no_fallback", True, "local", "api.github.com",
         "Failed to download action 'https://api.github.com/repos/actions/checkout/tarball/XXIDXX'. Error: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.",
         also_ok=["github.action_download_failed", "connectivity.timeout"],
         note="a dual-stack LAN whose upstream link is at times IPv4-only: the runner tries api.github.com over IPv6 with no fallback to IPv4 and times out, sometimes through every retry; it passes while the dual-stack ISP is up or with IPv6 disabled on the host (XXIDXX is the reporter's mask)"),
    conn("dlang-community/setup-dlang#84", "connectivity", "connectivity.network_unreachable", False, "local", "188.114.97.3:443",
         "connect ENETUNREACH 188.114.97.3:443\n::error::connect ENETUNREACH 188.114.97.3:443",
         head=["Run dlang-community/setup-dlang@v1"], host_alt=["188.114.97.3"],
         note="on an IPv6-only network with DNS64 the action's old Node runtime connects to the download host's IPv4 address, which has no route there; the reporter asks for a Node that prefers IPv6; it fails the same on every run on that network"),
    loc("hostinger/fireactions#270", "local.ipv6_only_network", False,
        "Oct 17 00:41:05 localhost.localdomain fireactions[903]: 2025-10-17 00:41:05Z: Runner connect error: Resource temporarily unavailable (pipelinesghubeus22.actions.githubusercontent.com:443). Retrying until reconnected.",
        host="pipelinesghubeus22.actions.githubusercontent.com:443", raw_is_log=True,
        host_alt=["pipelinesghubeus22.actions.githubusercontent.com"], also_ok=["dns.temporary_failure", "connectivity.network_unreachable", "local.runner_unavailable"],
        note="fireactions on an IPv6-only host: the runner VM gets only an IPv4 address on a host that has no IPv4 network, so the runner cannot resolve or reach GitHub and never comes online; a setup limit of the runner's network, not GitHub"),
    conn("actions/checkout#216", "connectivity", "connectivity.proxy_refused", False, "local", "proxy:1080",
         "##[error]fatal: unable to access 'myrepo': Failed to connect to proxy port 1080: Connection refused",
         head=["Run actions/checkout@v2"], host_alt=["proxy"],
         note="the runner's proxy is http://user:pass@proxy:80; the runner strips the default :80 from the URL it passes on (actions/runner#759), so git's libcurl falls back to its default proxy port 1080 and is refused on every run; 'myrepo' is the reporter's mask"),
    conn("actions/runner#3781", "connectivity", "connectivity.refused", False, "local", "pipelinesghubeus5.actions.githubusercontent.com:443",
         "[2025-04-01 14:08:38Z ERR  GitHubActionsService] GET request to https://pipelinesghubeus5.actions.githubusercontent.com/obfuscated failed. System.Net.Http.HttpRequestException: Connection refused (pipelinesghubeus5.actions.githubusercontent.com:443)\n ---> System.Net.Sockets.SocketException (61): Connection refused",
         raw_is_log=True, host_alt=["pipelinesghubeus5.actions.githubusercontent.com"], also_ok=["local.runner_unavailable"],
         note="all the reporter's self-hosted runners (macOS, Windows, Linux) went offline at once and looked like a GitHub outage; solved: the site router's Eero 'Advanced Security' was refusing the Actions service host, and disabling it brought them back"),
    conn("actions/checkout#1408", "connectivity", "connectivity.untrusted_certificate", False, "local", "api.github.com",
         "Error: request to https://api.github.com/repos/xxxx/xxxxx failed, reason: unable to get local issuer certificate",
         head=["Run actions/checkout@v3"],
         note="a self-hosted runner behind TLS inspection: the reporter's curl reaches api.github.com at an internal address whose certificate the company issued, trusted by the system store curl uses but not by the action's Node runtime; every run fails the same (the issue's title, with the reporter's masks)"),
    # --- git fetch and clone: upstreams and transports -------------------------------------------------------------------
    git("ocaml/infrastructure#145", "connectivity", "connectivity.stream_reset", True, "service", None,
        "#13 [ 9/13] RUN git -C opam-repository fetch origin 26770281fa1ea8b13aab979c1dfbd326e9ab512c\n#13 73.79 error: RPC failed; curl 92 HTTP/2 stream 0 was not closed cleanly: CANCEL (err 8)\n#13 73.79 error: 3198 bytes of body are still expected\n#13 73.80 fetch-pack: unexpected disconnect while reading sideband packet\n#13 73.80 fatal: early EOF\n#13 73.80 fatal: index-pack failed\n#13 ERROR: process \"/bin/sh -c git -C opam-repository fetch origin $OPAMREPOSHA\" did not complete successfully: exit code: 128",
        raw_is_log=True, host_alt=["github.com"], also_ok=["github.git_server_error", "connectivity.eof"],
        note="the ocaml-benchmarks image build fetches opam-repository inside a RUN step and the server cancels the HTTP/2 stream mid-pack, 'more common these days' (3 or 4 times in a couple of weeks); intermittent, other runs pass; the remote is not named in the log"),
    git("adoptium/aqa-tests#4308", "connectivity", "connectivity.reset", True, "service", None,
        "01:24:28  git fetch -q --unshallow\n01:28:20  error: RPC failed; curl 56 GnuTLS recv error (-54): Error in the pull function.\n01:28:20  fatal: The remote end hung up unexpectedly\n01:28:20  fatal: early EOF\n01:28:20  fatal: index-pack failed",
        raw_is_log=True, host_alt=["github.com"], also_ok=["connectivity.eof", "connectivity.tls_failed", "connectivity.cut_short"],
        note="an OpenJ9 nightly system test's get.sh unshallows its openj9 clone and the TLS stream breaks after four minutes; filed as 'It may be able to retry in this case' and the maintainers add a retry around the fetch: a transient transport failure"),
    git("adoptium/infrastructure#1897", "connectivity", "connectivity.tls_failed", True, "local", None,
        "error: RPC failed; curl 56 GnuTLS recv error (-12): A TLS fatal alert has been received.\nfatal: The remote end hung up unexpectedly\nfatal: early EOF\nfatal: index-pack failed",
        raw_is_log=True, host_alt=["github.com"], also_ok=["connectivity.reset", "connectivity.eof"],
        note="labelled provider:packet: only Adoptium's ThunderX arm64 machines at Packet get random GnuTLS alerts and decryption failures mid-clone of openjdk-tests (upgrading them to Ubuntu 18 did not help); two of several test runs failed, so a machine-side network fault that a re-run may pass"),
    git("cocoa-mhlw/cocoa#183", "github", "github.git_server_error", True, "service", "github.com",
        "Error: fatal: unable to access 'https://github.com/cocoa-mhlw/cocoa/': The requested URL returned error: 500\nError: The process '/usr/bin/git' failed with exit code 128",
        head=["Run actions/checkout@v2"], also_ok=["github.outage"],
        note="2021-05-16: every PR's CI failed at checkout with a 500 from github.com; the thread reads it as a GitHub server-side error to be cleared by 'Re-run all jobs' (the same day others saw the same 500s during a GitHub incident)"),
    git("zephyrproject-rtos/zephyr#81639", "connectivity", "connectivity.git_server_error", True, "service", "review.mlplatform.org",
        "[1/9] Creating directories for 'ethos_u_core_driver-populate'\n[1/9] Performing download step (git clone) for 'ethos_u_core_driver-populate'\nCloning into 'ethos_u_core_driver-src'...\nfatal: unable to access 'https://review.mlplatform.org/ml/ethos-u/ethos-u-core-driver/': The requested URL returned error: 502\nCloning into 'ethos_u_core_driver-src'...\nfatal: unable to access 'https://review.mlplatform.org/ml/ethos-u/ethos-u-core-driver/': The requested URL returned error: 502\nCloning into 'ethos_u_core_driver-src'...\nfatal: unable to access 'https://review.mlplatform.org/ml/ethos-u/ethos-u-core-driver/': The requested URL returned error: 502\n-- Had to git clone more than once: 3 times.\nCMake Error at ethos_u_core_driver-subbuild/ethos_u_core_driver-populate-prefix/tmp/ethos_u_core_driver-populate-gitclone.cmake:39 (message):\n  Failed to clone repository:\n  'https://review.mlplatform.org/ml/ethos-u/ethos-u-core-driver'",
        raw_is_log=True, also_ok=["github.git_server_error", "connectivity.package_mirror"],
        note="the TF-M sample's build clones the Ethos-U driver from Arm's review.mlplatform.org, which answered 502 to all three attempts; unrelated PRs' CI broke at once ('a git repo is not available'), so the external git server, not the PRs (code-block indentation dropped)"),
    git("zephyrproject-rtos/zephyr#29315", "connectivity", "connectivity.timeout", True, "local", "github.com",
        "--- hal_nxp: fetching, need revision 68bbdbdec1153355b14386d8f095058a496f66f4\n\nfatal: unable to access 'https://github.com/zephyrproject-rtos/hal_nxp/': Failed to connect to github.com port 443: Connection timed out",
        raw_is_log=True, also_ok=["connectivity.connection_failed"],
        note="an NXP board's test CI reported every application failing to build; the reporter found west update had not reached github.com: 'it is a network issue at my office', and the maintainers could build it fine"),
    git("microsoft/azuredatastudio#24074", "connectivity", "connectivity.reset", True, "service", None,
        "error: RPC failed; HTTP 500 curl 56 Recv failure: Connection reset by peer\nfatal: expected 'acknowledgments'",
        raw_is_log=True, also_ok=["connectivity.eof", "connectivity.tls_failed"],
        note="Azure Pipelines jobs on several OSes intermittently fail `git fetch distro` with resets and GnuTLS pull errors while other jobs of the same runs pass; the PR only tunes git's HTTP settings so the fetch survives (list markers and links dropped)"),
    # --- git: the runner machine ----------------------------------------------------------------------------------------
    B.entry("git", "dotnet/orleans#10492", "local", "local.runner_image_broken", True, "service", "github.com",
            "fatal: unable to access 'https://github.com/dotnet/orleans/': server certificate verification failed. CAfile: none CRLfile: none",
            head=["Run actions/checkout@v4"], also_ok=["connectivity.untrusted_certificate"],
            note="a GitHub-hosted Ubuntu runner failed all three checkout attempts before any repository code ran; the investigation: 'a P3 external hosted-runner incident' of the runner's certificate provisioning, not Orleans; affected jobs pass on retry"),
    B.entry("git", "adoptium/temurin-build#1236", "local", "local.workspace_stale", False, "local", None,
            "Resetting the git openjdk source repository at /tmp/openjdk-jdk8u-windows-x86-32-hotspot/workspace/build/src in 10 seconds...\nPulling latest changes from git openjdk source repository\nerror: RPC failed; curl 18 transfer closed with outstanding read data remaining\nfatal: The remote end hung up unexpectedly\nfatal: early EOF\nfatal: index-pack failed",
            raw_is_log=True, host_alt=["github.com"], also_ok=["connectivity.cut_short", "connectivity.eof"],
            note="JDK8 Windows builds on two Azure build machines kept failing to pull the OpenJDK source into their existing workspace; an admin cleared (renamed) the workspaces on those machines and the pipeline passed; it later came back on one of them"),
    # --- git: the build's own ---------------------------------------------------------------------------------------------
    bld("ioos/bio_data_guide#191", SUBMODULE,
        "  Error: fatal: Fetched in submodule path 'datasets/dataset-edna', but it did not contain 9d2b82a1a94d4b3f74325b0f284ad4c50618e6c1. Direct fetching of that commit failed.",
        head=["Run actions/checkout@v4"],
        note="the repository pins datasets/dataset-edna to a commit that does not exist in iobis/dataset-edna ('submodule pinned to a specific commit that doesn't exist'); every checkout with submodules fails until the pointer is fixed"),
    bld("isaac-sim/IsaacLab-Arena#473", SUBMODULE,
        "fatal: Fetched in submodule path 'submodules/IsaacLab', but it did not contain <sha>. Direct fetching of that commit failed.",
        head=["Run actions/checkout@v4"],
        note="checkout's shallow submodule fetch no longer finds the pinned IsaacLab commit once the submodule repository moved on: 'a deterministic failure — re-running CI hits the same error'; the PR fetches the pinned SHA itself ('<sha>' is the author's placeholder)"),
    bld("vmware-archive/cf-redis-release#57", "build.git_remote_invalid",
        "Submodule 'assets/cf-redis-example-app' (git@github.com:pivotal-cf/cf-redis-example-app) registered for path 'src/cf-redis-smoke-tests/assets/cf-redis-example-app'\nCloning into '/tmp/build/get/src/cf-redis-smoke-tests/assets/cf-redis-example-app'...\nHost key verification failed.\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights and the repository exists.\nfatal: clone of 'git@github.com:pivotal-cf/cf-redis-example-app' into submodule path '/tmp/build/get/src/cf-redis-smoke-tests/assets/cf-redis-example-app' failed\nFailed to clone 'assets/cf-redis-example-app'. Retry scheduled",
        host="github.com", raw_is_log=True, also_ok=["credentials.git_auth", "credentials.missing"],
        note="a nested submodule of a public repository is registered with an ssh URL, so a fresh recursive update in a pipeline's get step, with no SSH key or known_hosts, fails host-key verification every time; labelled scheduled, as the project had earlier moved its submodules to https for the same reason (#16)"),
    bld("ComputationalRadiationPhysics/picongpu#1112", "build.git_client_outdated",
        "error: The requested URL returned error: 403 while accessing\nhttps://github.com/ComputationalRadiationPhysics/picongpu.git/info/refs\nfatal: HTTP request failed",
        host="github.com", raw_is_log=True, also_ok=["local.runner_outdated", "credentials.denied"],
        note="the CI image's default git (1.7.9.5 on Ubuntu 12.04) is below what github.com accepts, so clones got a 403 (after an RPC failure first blamed on the post buffer); the maintainer updated git to 2.5.2 in the CI setup (the break inside the line is the thread's)"),
    B.build_in("git", "actions/checkout#62", "credentials.git_auth",
               "##[error]fatal: could not read Username for 'https://github.com': terminal prompts disabled\n##[error]fatal: clone of 'https://github.com/owner/repo.git' into submodule path '/foo/themes' failed",
               host="github.com", component="credentials", also_ok=["credentials.missing"],
               note="a private submodule checked out with actions/checkout@master (the unreleased v2) and a token: the submodule clone gets no credentials, so git prompts and fails on every run, while @v1 worked; the maintainers: bind to the major tag (@v1); the URL and path are the reporter's placeholders"),
]
