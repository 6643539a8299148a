"""Dev-set entries, batch 47 (large build systems and their remote caches and downloads in CI, the transient beside the
build's own mistakes. Bazel: http_archive fetches from GitHub release assets answering 502, 400 and a stray 618 in
short windows, an archive download GitHub cut off without range support, checksums that changed under a renamed
repository and under GitHub's own archive change, mirror.bazel.build 404s for files never mirrored, an airgapped job
that never fetched its tools; Bazelisk fetching Bazel from releases.bazel.build (an HTTP/2 stream reset, a Windows
connect timeout, a pre-release URL that does not exist, a GCS listing that times out behind a network that needs a
mirror); remote execution and remote caches over gRPC (a BuildStream executor's socket closed, reclient's deadline
exceeded and fallen back to local, a CAS download timed out under Bazel 7, reproxy dialling a port nothing listens
on, RBE credentials that CI contributors do not have), Build Event Protocol uploads timing out against BuildBuddy and
Google's BES and refused for a missing API key. Pants: a remote store missing a file, an artifact cache whose nginx
went down, h2 errors through an nginx proxy. Please: its wrapper's download hit by a Cloudflare 524. Gradle: a
build-cache node timing out under TeamCity, Develocity build scans failing server-side, a Develocity cache refusing
unprovisioned CI writes, a build scan server demanding authentication, a remote cache pointed at a localhost proxy.
Turborepo and Nx: a self-hosted cache on Lambda and S3 answering 501 to turbo 2, runners that export a foreign
TURBO_API, Nx Cloud's 503. sccache and ccache: S3 SlowDown and transient S3 errors at the storage check, a read-only
GCS mode that sent the wrong scope, a GCS bucket given with its gs:// prefix, a Redis connection that killed ccache
with SIGPIPE. Nix: cache.nixos.org answering 503 (once for an object too large for the CDN), a cachix cache timing
out, cachix-action with no token to push with). `err` is verbatim from the source (a GitHub thread found with the
search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks, code
indentation, a link a mail client wrapped around a URL) only that markup was dropped and trailing blanks trimmed,
never a word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last
whole log line. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the
failing call; an inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before the
matcher saw any of these logs."""
# ruff: noqa: E501, RUF001
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"elastic/kibana#110259", "lowRISC/opentitan#17021", "corda/corda#4095", "vercel/turborepo#9316"}

B = Batch(PULLS)
bzl = B.family("bazel")
cache = B.family("gha_cache")
conn = B.family("connectivity")
loc = B.local()

GH_ASSETS = ["objects.githubusercontent.com", "release-assets.githubusercontent.com"]
BB = ["remote.buildbuddy.io", "cloud.buildbuddy.io", "app.buildbuddy.io"]
NIX = "cache.nixos.org"
DL_404 = "build.download_not_found"
SUM = "build.checksum_mismatch"
BAD_CACHE = "gha_cache.remote_config_invalid"

E = [
    # --- Bazel: http_archive fetches from GitHub --------------------------------------------------------------------
    bzl("bazelbuild/examples#670", "github", "github.server_error", True, "service", "github.com",
        "(04:12:19) ERROR: /var/lib/buildkite-agent/.cache/bazel/_bazel_buildkite-agent/652f732ec4cad9bf0bc8c473976ad59a/external/bazel_tools/tools/build_defs/repo/http.bzl:200:45: An error occurred during the fetch of repository 'rules_kotlin+':\n--\nTraceback (most recent call last):\nFile \"/var/lib/buildkite-agent/.cache/bazel/_bazel_buildkite-agent/652f732ec4cad9bf0bc8c473976ad59a/external/bazel_tools/tools/build_defs/repo/http.bzl\", line 200, column 45, in _http_archive_impl\ndownload_info = ctx.download_and_extract(\nError in download_and_extract: java.io.IOException: Error downloading [https://github.com/bazelbuild/rules_kotlin/releases/download/v1.9.6/rules_kotlin-v1.9.6.tar.gz] to /var/lib/buildkite-agent/.cache/bazel/_bazel_buildkite-agent/652f732ec4cad9bf0bc8c473976ad59a/external/rules_kotlin+/temp7693421199172127139/rules_kotlin-v1.9.6.tar.gz: GET returned 502 Bad Gateway or Proxy Error",
        raw_is_log=True, host_alt=GH_ASSETS, also_ok=["github.outage", "connectivity.package_mirror"],
        note="Bazel's own Buildkite downstream pipeline: a GitHub release asset that exists answered 502 for one fetch; filed as a CI flake and closed (the same archive 502s in other projects' CI that season were transient)"),
    bzl("bazelbuild/bazel#23334", "github", "github.server_error", True, "service", "github.com",
        "WARNING: Download from https://github.com/bazelbuild/rules_rust/releases/download/0.49.1/rules_rust-v0.49.1.tar.gz failed: class com.google.devtools.build.lib.bazel.repository.downloader.UnrecoverableHttpException GET returned 502 Bad Gateway\nError: ERROR: An error occurred during the fetch of repository 'rules_rust~':\n   Traceback (most recent call last):\n\tFile \"/home/runner/.cache/bazel/_bazel_runner/9f4ed60bba64c867c2242caf607221b5/external/bazel_tools/tools/build_defs/repo/http.bzl\", line 131, column 45, in _http_archive_impl\n\t\tdownload_info = ctx.download_and_extract(",
        cmd="bazel build //...", host_alt=GH_ASSETS, also_ok=["github.outage"],
        note="'GitHub downloads are unfortunately not entirely stable': a spurious 502 from GitHub releases on CI that Bazel treated as unrecoverable; the fix (#23378) retries 502 like other 5xx (the two quoted blocks are the issue's two pastes of the same run)"),
    bzl("RobotLocomotion/drake#22944", "github", "github.server_error", True, "service", "github.com",
        "ERROR: no such package '@@zlib+//': java.io.IOException: Error downloading [https://github.com/madler/zlib/releases/download/v1.3.1/zlib-1.3.1.tar.gz] to /media/ephemeral0/ubuntu/workspace/linux-jammy-unprovisioned-clang-bazel-experimental-everything-debug/_bazel_ubuntu/ae4452c4728d124f46a0f630d0202673/external/zlib+/temp5898176615685476697/zlib-1.3.1.tar.gz: GET returned 400 Bad Request",
        raw_is_log=True, host_alt=GH_ASSETS, also_ok=["github.outage", "connectivity.request_rejected"],
        note="drake's Jenkins: a valid zlib release URL answered 400 for a couple of minutes at a time, across many jobs and other projects (bazel#25980); GitHub's side, later builds pass"),
    bzl("bazelbuild/bazel#25980", "github", "github.server_error", True, "service", "github.com",
        "Error in download: java.io.IOException: Error downloading [https://github.com/bufbuild/buf/releases/download/v1.27.0/buf-Linux-x86_64] to /home/jenkins/.cache/bazel/_bazel_jenkins/511ee6f5c2c78f955f5cedd45e175c7b/external/rules_buf~~ext~rules_buf_toolchains/buf: GET returned 618 jwt:jwt-not-provided",
        raw_is_log=True, host_alt=GH_ASSETS, also_ok=["github.outage"],
        note="checkmk's Jenkins during the same late-April 2025 GitHub episode: release downloads failing in two-minute windows roughly hourly, then fine for hours; a status GitHub's asset backend returned, nothing the build set"),
    bzl("facebookresearch/CompilerGym#22", "github", "github.download_stalled", True, "service", "github.com",
        "ERROR: An error occurred during the fetch of repository 'com_github_grpc_grpc':\n   java.io.IOException: Error downloading [https://github.com/grpc/grpc/archive/v1.34.0.tar.gz] to /private/var/tmp/_bazel_runner/079b33da0ef26a5d53e8a115deeb0011/external/com_github_grpc_grpc/v1.34.0.tar.gz: Tried to reconnect at offset 393,216 but server didn't support it\nERROR: no such package '@com_github_grpc_grpc//bazel': java.io.IOException: Error downloading [https://github.com/grpc/grpc/archive/v1.34.0.tar.gz] to /private/var/tmp/_bazel_runner/079b33da0ef26a5d53e8a115deeb0011/external/com_github_grpc_grpc/v1.34.0.tar.gz: Tried to reconnect at offset 393,216 but server didn't support it",
        cmd="bazel build --config=ci //:package", host_alt=["codeload.github.com"], also_ok=["connectivity.cut_short", "connectivity.reset"],
        note="'the repository fetch stage occasionally fails' on GitHub's macOS runners: the archive connection drops mid-transfer and GitHub's generated tarballs cannot be resumed by range; a re-run fetches it whole"),
    # --- Bazelisk fetching Bazel -----------------------------------------------------------------------------------
    bzl("bazelbuild/bazelisk#648", "connectivity", "connectivity.stream_reset", True, "service", "releases.bazel.build",
        "2025/02/14 07:25:22 could not download Bazel: failed to download bazel: failed to download bazel: could not copy from https://releases.bazel.build/7.2.0/release/bazel-7.2.0-linux-x86_64 to /home/user/.cache/bazelisk/downloads/_tmp/download102852592: stream error: stream ID 1; INTERNAL_ERROR; received from peer",
        cmd="bazel test //...", also_ok=["connectivity.reset", "connectivity.cut_short"],
        note="'If I manually retry, it succeeds': the release CDN resets the HTTP/2 stream mid-copy now and then (the second reporter's CI line, blockquote dropped); the issue asks Bazelisk to retry this case"),
    bzl("googleapis/google-cloud-cpp#10140", "connectivity", "connectivity.timeout", True, "service", "releases.bazel.build",
        "2023/02/21 00:18:43 could not download Bazel: HTTP GET https://releases.bazel.build/6.0.0/release/bazel-6.0.0-windows-x86_64.exe failed: Get \"https://releases.bazel.build/6.0.0/release/bazel-6.0.0-windows-x86_64.exe\": dial tcp 130.211.22.235:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
        raw_is_log=True, host_alt=["130.211.22.235:443", "130.211.22.235"], also_ok=["connectivity.connect_timeout"],
        note="labelled cpp: flake on the Windows Kokoro builds: the connect to the release host timed out; the answer is to pre-install Bazel in the image, the download itself works on other runs (the mail-client link wrappers around the URLs dropped)"),
    # --- remote execution and remote caches over gRPC ---------------------------------------------------------------
    bzl("apache/buildstream#1845", "gha_cache", "gha_cache.connection_closed", True, "service", "ab84137533a384b2ea288af9529636c2-1891086637.us-east-1.elb.amazonaws.com:8980",
        "        [00:01:00] FAILURE freedesktop-sdk.bst:components/pixman.bst: Waiting for the remote build to complete\n        [00:01:09] FAILURE freedesktop-sdk.bst:components/pixman.bst: Running commands\n        [00:01:12] FAILURE [87a4afe9] freedesktop-sdk.bst:components/pixman.bst: Failed contacting remote execution server at http://ab84137533a384b2ea288af9529636c2-1891086637.us-east-1.elb.amazonaws.com:8980.UNAVAILABLE/: Socket closed",
        raw_is_log=True, host_alt=["ab84137533a384b2ea288af9529636c2-1891086637.us-east-1.elb.amazonaws.com"], also_ok=["gha_cache.unavailable", "gha_cache.service_error"],
        note="the remote execution endpoint behind an AWS load balancer closes the stream 'often'; gRPC UNAVAILABLE is the retryable status and BuildStream did not retry it (the issue asks for that)"),
    bzl("bazelbuild/reclient#30", "gha_cache", "gha_cache.request_timeout", True, "service", None,
        "W0117 17:33:34.051482   24671 server.go:347] a62xxxxx-9b08-4ca6-b59c-70xxxxxe5: Remote execution failed with &{ExitCode:45 Status:RemoteErrorResultStatus Err:rpc error: code = DeadlineExceeded desc = rpc error: code = DeadlineExceeded desc = retry budget exhausted (6 attempts): stream terminated by RST_STREAM with error code: CANCEL}, falling back to local.",
        raw_is_log=True, fatal=False, also_ok=["gha_cache.service_error", "gha_cache.connection_closed"],
        note="reproxy's warning log: the remote executor's action-cache calls hit their deadline and the action falls back to local execution, so the build goes on slower"),
    bzl("bazelbuild/bazel#22356", "gha_cache", "gha_cache.request_timeout", True, "service", None,
        "ERROR: /Users/buildadmin/a/c/g_DCJ9SF26/r/*****/BUILD.bazel:73:24: Compiling *****/event.cpp failed: unable to finalize action: Download of '/cas/0535e6bae6fd101e71c26d71b14b7f1af7bd0abbb98189318dd1c8b9ddfcb4f9' timed out. Received 0 bytes.",
        raw_is_log=True, also_ok=["gha_cache.download_stalled", "build.compile_error"],
        note="'a rarely reproduced issue ... probably caused by network issues or high load of remote cache server': a CAS download times out on a CI agent and Bazel 7 reports a plain build failure (exit 1); the code itself compiles on the next run"),
    # --- Build Event Protocol uploads --------------------------------------------------------------------------------
    bzl("envoyproxy/envoy#34692", "gha_cache", "gha_cache.request_timeout", True, "service", "buildeventservice.googleapis.com",
        "ERROR: The Build Event Protocol upload failed: All 4 retry attempts failed. DEADLINE_EXCEEDED: DEADLINE_EXCEEDED: deadline exceeded after 14.999577670s. [closed=[], open=[[buffered_nanos=227817, remote_addr=buildeventservice.googleapis.com/142.251.167.95:443]]] DEADLINE_EXCEEDED:",
        raw_is_log=True, host_alt=["buildeventservice.googleapis.com/142.251.167.95:443", "142.251.167.95"], also_ok=["connectivity.timeout"],
        note="labelled area/test flakes: Google's Build Event Service timed out on several Azure Pipelines runs the same day; the build itself was fine and the ticket went stale once the uploads recovered (the trailing DEADLINE_EXCEEDED: is the comment's own cut)"),
    bzl("elastic/kibana#110259", "gha_cache", "gha_cache.request_timeout", True, "service", "cloud.buildbuddy.io",
        " info [bazel] ERROR: The Build Event Protocol upload failed: All retry attempts failed. DEADLINE_EXCEEDED: DEADLINE_EXCEEDED: deadline exceeded after 14.999900510s. [remote_addr=cloud.buildbuddy.io/34.82.173.239:443] DEADLINE_EXCEEDED: DEADLINE_EXCEEDED: deadline exceeded after 14.999900510s. [remote_addr=cloud.buildbuddy.io/34.82.173.239:443]",
        raw_is_log=True, host_alt=["cloud.buildbuddy.io/34.82.173.239:443", "34.82.173.239", *BB], also_ok=["connectivity.timeout", "gha_cache.connection_closed"],
        note="intermittent BEP upload timeouts to BuildBuddy failing Kibana's CI steps; the PR disables keep-alive backend connections 'in an attempt to resolve' them (kibana's logger prefix kept)"),
    # --- Pants and Please -------------------------------------------------------------------------------------------
    cache("pantsbuild/pants#13417", "gha_cache", "gha_cache.blob_missing", True, "service", None,
        "15:49:53.73 [WARN] Failed to read from remote cache (4 occurrences so far): File did not exist in the remote store.",
        cmd="./pants test ::", fatal=False, also_ok=["gha_cache.cache_miss"],
        note="Pants' own CI against its remote cache: a digest the action cache named is gone from the store; Pants warns and runs the process locally, and the maintainers had not seen it again months later"),
    cache("pantsbuild/pants#2457", "gha_cache", "gha_cache.unreachable", True, "service", None,
        "18:02:32 00:05       [cache]\n                     No reachable artifact caches.\n18:02:33 00:06   [complete]\n               FAILURE\nException message: 'NoneType' object has no attribute ‘use_cached_files’",
        raw_is_log=True, host_alt=["cache.squareup.com"], also_ok=["gha_cache.outage", "gha_cache.service_error"],
        note="the nginx in front of Square's shared build cache went down; while it was down CI builds failed instead of building uncached (a Pants bug), and they pass again once the cache host is back"),
    conn("thought-machine/please#793", "connectivity", "connectivity.gateway_timeout", True, "service", None,
        "Downloading Please 14.1.9 to /home/eganjs/.please/14.1.9...\ncurl: (22) The requested URL returned error: 524\nxz: (stdin): File format not recognized\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\nShould be good to go now, running plz...\n./pleasew: line 69: /home/eganjs/.please/please: No such file or directory",
        cmd="./pleasew build", host_alt=["get.please.build"], also_ok=["connectivity.package_mirror"],
        note="the pleasew wrapper's download of Please got Cloudflare's 524 (origin timeout) and untarred the error page; 'Looks like this is working now' the next day"),
    # --- Gradle: build cache nodes and Develocity ------------------------------------------------------------------
    cache("gradle/gradle#31292", "gha_cache", "gha_cache.request_timeout", True, "service", None,
        "Could not store entry ed7335b532b736a95785ca36bebc794e in remote build cache\n[12:25:24] :\t [Step 3/4] org.gradle.caching.BuildCacheException: Read timed out\n[12:25:24] :\t [Step 3/4] \tat org.gradle.caching.http.internal.HttpBuildCacheService.wrap(HttpBuildCacheService.java:163)",
        raw_is_log=True, fatal=False, also_ok=["gha_cache.service_error"],
        note="a self-hosted build cache node (the reference Docker image) times out on pushes from TeamCity 'very frequently'; Gradle disables the remote cache for the rest of the build and the build itself goes on"),
    cache("open-telemetry/opentelemetry-java#5539", "gha_cache", "gha_cache.service_error", True, "service", None,
        "BUILD SUCCESSFUL in 1m 9s\n756 actionable tasks: 209 executed, 429 from cache, 118 up-to-date\n\nPublishing build scan...\nPublishing build scan failed due to 'An unexpected error occurred creating your build scan.\nPlease report this problem at https://ge.opentelemetry.io/help, quoting the following reference code:\nywz4mtu7755ai' (2 retries remaining)...\nPublishing build scan failed due to 'An unexpected error occurred creating your build scan.\nPlease report this problem at https://ge.opentelemetry.io/help, quoting the following reference code:\nsydjdcozsej2c' (1 retry remaining)...\n\nAn unexpected error occurred creating your build scan.\nPlease report this problem at https://ge.opentelemetry.io/help, quoting the following reference code:\nzrx4envzqyfj4",
        cmd="./gradlew build", fatal=False, host_alt=["ge.opentelemetry.io"], also_ok=["connectivity.package_mirror"],
        note="'Publishing build scans to ge.opentelemetry.io is very flaky right now': 5 of 8 jobs in one run got server-side errors creating the scan after a successful build; the Develocity server's trouble, not the project's (the help URL is not the failing call)"),
    # --- Turborepo and Nx -------------------------------------------------------------------------------------------
    cache("nrwl/nx#13545", "gha_cache", "gha_cache.service_error", True, "service", None,
        "- Request failed with status code 503. <HTML><HEAD>\n<TITLE>Service Unavailable</TITLE>\n</HEAD><BODY>",
        cmd="npx nx-cloud start-ci-run", host_alt=["nx.app", "cloud.nx.app", "api.nrwl.io"], also_ok=["gha_cache.outage"],
        note="distributed CI agents get a 503 from Nx Cloud's edge 'sporadically' while Nx Cloud itself is up; other runs of the same PR pass (the quote stops where the paste is cut)"),
    loc("vercel/turborepo#9316", "local.runner_env_misconfigured", False,
        "WARNING  failed to contact remote cache: unable to parse 'Forbidden' as JSON: expected value at line 1 column 1",
        cmd="turbo run lint", fatal=False, also_ok=[BAD_CACHE, "credentials.permission_denied"],
        note="turborepo's own CI on Hetzner runners, which export TURBO_API pointing at another cache server: turbo sends its Vercel token there and gets a plain 'Forbidden'; the PR unsets TURBO_API in that job as the others already do"),
    # --- sccache and ccache -----------------------------------------------------------------------------------------
    cache("mozilla/sccache#2070", "gha_cache", "gha_cache.throttled", True, "service", None,
        "storage write check failed: RateLimited (temporary) at Writer::write => S3Error { code: \"SlowDown\", message: \"Please reduce your request rate.\", resource: \"\", request_id: \"T7HVSVY51KZ5E5ET\" }\n\nContext:\n    response: Parts { status: 503, version: HTTP/1.1, headers: {\"x-amz-request-id\": \"T7HVSVY51KZ5E5ET\", \"x-amz-id-2\": \"lx6IUMFEAgCQC32yIPFmwIV89vl9QnqkxzyyvYBg/VQTRtFC+21/dIrocKyworjoc/su/dQyyFA=\", \"content-type\": \"application/xml\", \"transfer-encoding\": \"chunked\", \"date\": \"Thu, 01 Feb 2024 00:32:06 GMT\", \"server\": \"AmazonS3\", \"connection\": \"close\"} }\n    service: s3\n    path: .sccache_check",
        cmd="sccache --start-server", host_alt=["s3.amazonaws.com"], also_ok=["gha_cache.rate_limited"],
        note="dozens of workers starting sccache servers write the same .sccache_check key and S3 answers SlowDown (503) for that hot key; a temporary throttle, the next start passes"),
    cache("ClickHouse/ClickHouse#68266", "gha_cache", "gha_cache.service_error", True, "service", None,
        "sccache: error: Server startup failed: cache storage failed to read: Unexpected (temporary) at stat",
        raw_is_log=True, host_alt=["s3.amazonaws.com"], also_ok=["gha_cache.unreachable"],
        note="labelled testing: ClickHouse's CI builds die when sccache's startup check meets a transient S3 error (quoted from the issue's title, the log's own line); PR #98688 later retries the start and makes it non-fatal"),
    cache("ccache/ccache#931", "gha_cache", "gha_cache.connection_closed", True, "local", None,
        "gmake[1]: *** [Makefile:19: Language.o] Broken pipe",
        cmd="make -j", also_ok=["local.client_regression"],
        note="random build failures with ccache 4.4's Redis secondary storage in a container: when the Redis connection breaks, hiredis writes without MSG_NOSIGNAL and SIGPIPE kills the ccache process; the maintainer fixed ccache, the other compiles pass"),
    cache("pantsbuild/pants#21573", "gha_cache", "gha_cache.proxy_misconfigured", False, "local", None,
        "[DEBUG] Failed to write to remote cache (10 occurrences so far): Internal: \"h2 protocol error: http2 error: stream error received: unexpected internal error encountered\"",
        cmd="pants test ::", fatal=False, also_ok=["gha_cache.service_error", "connectivity.proxy_misconfigured"],
        note="'Very consistently': the reporter's nginx reverse proxy in front of bazel-remote breaks the larger ByteStream writes; swapping nginx for envoy made it stable, so the setup, not a passing outage"),
    # --- Nix substituters and cachix --------------------------------------------------------------------------------
    cache("NixOS/infra#207", "gha_cache", "gha_cache.service_error", False, "service", NIX,
        "unable to download 'https://cache.nixos.org/nar/0g3mvx4rg81g9fdcjc5822v14vf73lnr84fcbxa8jdgciqa1m3qk.nar.xz': HTTP error 503\ncannot build derivation '/nix/store/y2qkr4rzwxkghvs2ld9p4gsapknnknj8-cudatoolkit-10.2.89.drv': 1 dependencies couldn't be built\ncannot build derivation '/nix/store/987vs37cvg7ryjps6z3vchv02rzfdbjn-nvtop-1.2.2.drv': 1 dependencies couldn't be built",
        cmd="nixos-rebuild switch", also_ok=["gha_cache.too_large"],
        note="the CDN in front of cache.nixos.org answers 'Error 503 Response object too large' for the big cudatoolkit NAR, every time and on every channel tried, until the infra side changes; a re-run does not help"),
    cache("IntersectMBO/plutus#442", "gha_cache", "gha_cache.service_error", True, "service", NIX,
        "warning: unable to download 'https://cache.nixos.org/nar/074xjadzxz09k69jnh4j2889w8k4wb8h7r2l0wgg3904cbnbk8ch.nar.xz': HTTP error 503; retrying in 283 ms",
        cmd="nix build", also_ok=["gha_cache.outage"],
        note="the maintainer: 'A 503 from the main nixos cache is an upstream problem if anything'; nothing about the build or Ubuntu, later builds work"),
    cache("NixOS/nixpkgs#29391", "gha_cache", "gha_cache.service_error", True, "service", NIX,
        "curl: (22) The requested URL returned error: 503\n/nix/store/vkbh4xbgxvx3v9813d4kdwv8ggwrp038-xz-5.2.2-bin/bin/xz: (stdin): File format not recognized\nerror: unexpected end-of-file\ndownload of ‘https://cache.nixos.org/nar/1z509ih4dwrhxnhwairrq5xmldh782iv10jy5zclcjryrhvj8hg0.nar.xz’ failed: No such file or directory\ncould not download ‘/nix/store/sn9i2ri19cfgydcqmq2dykwfxhh6fs3s-gmp-6.1.2-dev’ from any binary cache\nfetching path ‘/nix/store/sn9i2ri19cfgydcqmq2dykwfxhh6fs3s-gmp-6.1.2-dev’ failed with exit code 1",
        raw_is_log=True, also_ok=["gha_cache.outage", "gha_cache.corrupt_archive"],
        note="a 'sudden onset' of 503s and 500s from cache.nixos.org in a docker build with no change on the reporter's side; the piped xz then chokes on the error page; the cache's trouble, closed"),
    cache("cachix/cachix#165", "gha_cache", "gha_cache.outage", True, "service", "nixpkgs-wayland.cachix.org",
        "unpacking channels...\nwarning: unable to download 'https://nixpkgs-wayland.cachix.org/ad9zys892d2hq588dis8w69fi9dckf1n.narinfo': Timeout was reached (28); retrying in 310 ms\nwarning: unable to download 'https://nixpkgs-wayland.cachix.org/ad9zys892d2hq588dis8w69fi9dckf1n.narinfo': Timeout was reached (28); retrying in 659 ms",
        cmd="sudo nix-channel --update nixos", also_ok=["gha_cache.request_timeout", "gha_cache.unreachable"],
        note="'can't run nix-channel --update when cachix is down': every substituter query to the cachix cache times out during the outage; the upstream Nix issue makes a down cache skippable"),
    # --- networks that need a mirror --------------------------------------------------------------------------------
    bzl("bazelbuild/bazelisk#582", "connectivity", "connectivity.timeout", False, "local", "www.googleapis.com",
        "2024/06/10 14:04:08 could not download Bazel: could not resolve the version 'latest' to an actual version number: unable to determine latest version: could not list Bazel versions in GCS bucket: could not list GCS objects at https://www.googleapis.com/storage/v1/b/bazel/o?delimiter=/: could not fetch https://www.googleapis.com/storage/v1/b/bazel/o?delimiter=/: unable to complete request to https://www.googleapis.com/storage/v1/b/bazel/o?delimiter=/ within 30s",
        cmd="bazel build //...", also_ok=["connectivity.geo_blocked", "connectivity.proxy_misconfigured"],
        note="the maintainer asks 'Is this some network issue on your side?'; the fix that worked was pinning USE_BAZEL_VERSION and pointing BAZELISK_BASE_URL at a reachable mirror, so the googleapis listing is unreachable from that network, not down"),
    # === the build's own ============================================================================================
    B.build_in("bazel", "bazelbuild/bazelisk#555", DL_404,
               "2024/02/13 22:00:24 Downloading https://releases.bazel.build/6.0.0-pre.20220421.3/release/bazel-6.0.0-pre.20220421.3-linux-x86_64...\n2024/02/13 22:00:25 could not download Bazel: HTTP GET https://releases.bazel.build/6.0.0-pre.20220421.3/release/bazel-6.0.0-pre.20220421.3-linux-x86_64 failed with error 404",
               host="releases.bazel.build", cmd="bazel build onos", also_ok=["build.package_version_missing", "build.client_outdated"],
               note="ONOS pins a rolling pre-release in .bazelversion; that build lives under /6.0.0/rolling/, not /release/, so the URL asked for never existed (envoy users hit the same with older Bazelisk)"),
    B.build_in("bazel", "cgrindel/rules_swift_package_manager#332", SUM,
               "ERROR: /Users/lpadron/Development/cash-ios/WORKSPACE.bazel:150:15: fetching http_archive rule //external:cgrindel_swift_bazel: Traceback (most recent call last):\n\tFile \"/private/var/tmp/_bazel_lpadron/9ae9416857eb79bb978de35a53d54970/external/bazel_tools/tools/build_defs/repo/http.bzl\", line 132, column 45, in _http_archive_impl\n\t\tdownload_info = ctx.download_and_extract(\nError in download_and_extract: java.io.IOException: Error downloading [https://github.com/cgrindel/swift_bazel/archive/v0.3.2.tar.gz] to /private/var/tmp/_bazel_lpadron/9ae9416857eb79bb978de35a53d54970/external/cgrindel_swift_bazel/temp7274197975668607179/v0.3.2.tar.gz: Checksum was 48a276a4dafa58a2c05e6409986cbcca63c25872e58d94b1e265bf02d68b8e55 but wanted e6a15017f6d39759cb7456756f9f329c0f865c385c501507fa401603f0b980a7",
               host="github.com", cmd="bazel build //...", also_ok=["build.dependency_broken"],
               note="swift_bazel was renamed to rules_swift_package_manager and GitHub's generated archive for the old URL changed with it; the pinned sha256 no longer matches on any run until the WORKSPACE is updated"),
    B.build_in("bazel", "bazelbuild/bazel#17363", SUM,
               "Step #0: WARNING: Download from https://github.com/bazelbuild/rules_python/archive/refs/tags/0.10.2.tar.gz failed: class com.google.devtools.build.lib.bazel.repository.downloader.UnrecoverableHttpException Checksum was c0f20be94f39f4fd28152ba90b47569f26478faf680125185bda0d479e1130b7 but wanted a3a6e99f497be089f81ec082882e40246bfd435f52f4e82f37e89449b04573f6\nStep #0: ERROR: An error occurred during the fetch of repository 'rules_python':\nStep #0:    Traceback (most recent call last):",
               host="github.com", raw_is_log=True, also_ok=["build.dependency_broken", "github.server_error"],
               note="Cloud Build on 2023-01-30: GitHub changed how it compresses generated source archives and every http_archive pinned to an /archive/ tarball got a new checksum; labelled 'not a bug', the remedy is release assets or updated sums"),
    B.build_in("bazel", "bazelbuild/rules_rust#1250", DL_404,
               "WARNING: Download from https://mirror.bazel.build/github.com/bazelbuild/rules_rust/releases/download/0.2.1/rules_rust-v0.2.1.tar.gz failed: class java.io.FileNotFoundException GET returned 404 Not Found",
               host="mirror.bazel.build", cmd="bazel build //...", fatal=False, also_ok=["connectivity.mirror_out_of_sync"],
               note="the release's http_archive snippet lists a mirror URL that was never uploaded; Bazel warns and falls back to the GitHub URL, later releases stop suggesting the mirror"),
    B.build_in("bazel", "lowRISC/opentitan#17021", "build.network_sandboxed",
               "WARNING: Download from https://mirror.bazel.build/bazel_java_tools/releases/java/v11.9/java_tools-v11.9.zip failed: class com.google.devtools.build.lib.bazel.repository.downloader.UnrecoverableHttpException Unknown host: mirror.bazel.build\nWARNING: Download from https://github.com/bazelbuild/java_tools/releases/download/java_v11.9/java_tools-v11.9.zip failed: class com.google.devtools.build.lib.bazel.repository.downloader.UnrecoverableHttpException Unknown host: github.com\nERROR: An error occurred during the fetch of repository 'remote_java_tools':\n   Traceback (most recent call last):",
               host="mirror.bazel.build", raw_is_log=True, host_alt=["github.com"], also_ok=["dns.no_such_host", "build.offline_cache_miss"],
               note="the airgapped-build CI job runs Bazel without network on purpose; the Bazel bump needs a java_tools the prep script does not pre-fetch, so the list in util/prep-bazel-airgapped-build.sh must grow"),
    B.build_in("bazel", "bazelbuild/reclient#7", BAD_CACHE,
               "F1007 17:54:16.167138   55555 main.go:175] Command failed: rpc error: code = Unavailable desc = retry budget exhausted (10 attempts): connection error: desc = \"transport: Error while dialing: dial tcp 127.0.0.1:8000: connect: connection refused\"",
               host="127.0.0.1:8000", component="gha_cache", raw_is_log=True, also_ok=["gha_cache.unreachable", "connectivity.refused"],
               note="rewrapper was started against a server address where no reproxy listens (the Buildbarn frontend is on 8980); the reporter's flags, refused on every attempt (the Markdown code indentation dropped)"),
    B.build_in("bazel", "pytorch/xla#9659", "credentials.missing",
               "    ERROR: Failed to query remote execution capabilities: UNAVAILABLE: Credentials failed to obtain metadata",
               component="credentials", fatal=False, also_ok=["credentials.token_failed", "build.job_timeout"],
               note="the remote cache's Google credentials are not available to these PR builds ('contributors who don't have write permission to this repo cannot use the cache'); Bazel builds without it and the job then runs into its timeout"),
    B.build_in("bazel", "periareon/req-compile#73", "credentials.missing",
               "ERROR: The Build Event Protocol upload failed: Not retrying publishBuildEvents, no more attempts left: status='Status{code=UNAUTHENTICATED, description=failed to parse API key: missing API Key, cause=null}' UNAUTHENTICATED: UNAUTHENTICATED: failed to parse API key: missing API Key UNAUTHENTICATED: UNAUTHENTICATED: failed to parse API key: missing API Key\nError: Process completed with exit code 38.",
               component="credentials", cmd="bazel test //...", raw_is_log=True, host_alt=BB, also_ok=["credentials.unauthorized"],
               note="the workflow streams build events to BuildBuddy but the run has no API key header (a PR run without the secret); BuildBuddy refuses and Bazel exits 38, the same on every such run"),
    B.build_in("gha_cache", "corda/corda#4095", BAD_CACHE,
               "Could not load entry e391e1797463ef7e1fece4fb05a7def3 for task ':core:compileKotlin' from remote build cache: Connect to localhost:5071 [localhost/127.0.0.1] failed: Connection refused (Connection refused)",
               host="localhost:5071", component="gha_cache", cmd="./gradlew build", fatal=False, also_ok=["gha_cache.unreachable"],
               note="the build's remote cache points at a localhost proxy that only CI machines run; builds elsewhere get refused on every task, and the PR disables the remote cache outside CI"),
    B.build_in("gha_cache", "apache/grails-core#16346", "credentials.permission_denied",
               "Could not store entry d3ec921920106a66711c237b4c6c1519 in remote build cache\njava.lang.RuntimeException: Storing entry at 'https://develocity.apache.org/cache/d3ec921920106a66711c237b4c6c1519' response status 403: Forbidden\n\tat org.gradle.caching.BaseRemoteBuildCacheServiceHandle.storeInner(BaseRemoteBuildCacheServiceHandle.java:150)",
               host="develocity.apache.org", component="credentials", cmd="./gradlew build", fatal=False, also_ok=["credentials.unauthorized", "gha_cache.client_refused"],
               note="after the move to develocity.apache.org the project's CI cache user and scoped access key were never provisioned, so every store is refused; non-fatal, so CI stays green with an empty cache"),
    B.build_in("gha_cache", "apache/eventmesh#5005", "credentials.unauthorized",
               "Publishing build scan...\n\nThe Develocity server (ge.apache.org) rejected the request due to authentication being required.\nIf you are able to sign in to this server in a web browser, you can authenticate your environment by running the following task:\n\n:provisionDevelocityAccessKey\n\nOr see https://gradle.com/help/gradle-plugin-authenticating for additional help with authenticating your build environment.",
               host="ge.apache.org", component="credentials", cmd="./gradlew build", fatal=False, also_ok=["credentials.missing"],
               note="every workflow run since a fixed date (right after the plugin moved from com.gradle.enterprise to com.gradle.develocity) publishes without an accepted access key; deterministic from that commit on"),
    B.build_in("gha_cache", "ducktors/turborepo-remote-cache#402", "gha_cache.client_refused",
               "WARNING  failed to contact remote cache: Error making HTTP request: HTTP status server error (501 Not Implemented) for url https://our-remote-cache.s3.amazonaws.com/team_xxxxx/yyyyyyy?AWSAccessKeyId=xxxxxxxxxxxxxx&Content-Type=application%2Foctet-stream&Expires=xxxxx&Signature=xxxxxx&X-Amzn-Trace-Id=xxxxxx&x-amz-security-token=xxxx&teamId=xxxxxx&slug=xxxxx)",
               component="gha_cache", cmd="turbo run build", fatal=False, host_alt=["our-remote-cache.s3.amazonaws.com"], also_ok=[BAD_CACHE],
               note="after upgrading to turbo 2.0.6, the self-hosted cache's Lambda+S3 setup answers 501 (another user gets 412 on GCP): the server does not support turbo 2's requests yet; every build the same until the versions match (the host is the reporter's placeholder)"),
    B.build_in("gha_cache", "mozilla/sccache#1886", "credentials.unauthorized",
               "sccache: error: Server startup failed: cache storage failed to read: Unexpected (permanent) at read => Invalid Credentials",
               component="credentials", cmd="sccache --start-server", also_ok=["local.client_regression", "credentials.insufficient_scope"],
               note="only with SCCACHE_GCS_RW_MODE=READ_ONLY: sccache asks GCS for a misspelt read-only OAuth scope, so the token is refused on every untrusted-PR run; the maintainer names the typo and READ_WRITE works"),
    B.build_in("gha_cache", "mozilla/sccache#2129", BAD_CACHE,
               "[2024-03-06T11:18:35Z WARN  opendal::services] service=gcs operation=Writer::close path=.sccache_check written=13B -> data close failed: NotFound (permanent) at Writer::close, context: { uri:\n https://storage.googleapis.com/upload/storage/v1/b/gs://sccache-ci/o?uploadType=media&name=.sccache_check, response: Parts { status: 404, version: HTTP/1.1, headers: {\"x-guploader-uploadid\":\n \"ABPtcPrptHcBUFUjAjg-Ln9zARLDYWKGFRx9QzelxFm71mecQGxeakyujNuMWb1qcdYMgmn2Cw\", \"content-type\": \"text/html; charset=UTF-8\", \"date\": \"Wed, 06 Mar 2024 11:18:35 GMT\", \"vary\": \"Origin\", \"vary\": \"\nX-Origin\", \"cache-control\": \"no-cache, no-store, max-age=0, must-revalidate\", \"expires\": \"Mon, 01 Jan 1990 00:00:00 GMT\", \"pragma\": \"no-cache\", \"content-length\": \"9\", \"server\": \"UploadServer\"\n} }, service: gcs, path: .sccache_check } => Not Found\nstorage write check failed: NotFound (permanent) at Writer::close => Not Found",
               host="storage.googleapis.com", component="gha_cache", cmd="sccache --start-server", also_ok=["build.artifact_not_found"],
               note="SCCACHE_GCS_BUCKET was given as gs://my-sccache-ci; sccache puts the gs:// into the upload URL's bucket segment and GCS answers 404 for a bucket by that name (the terminal's line wraps kept)"),
    B.build_in("gha_cache", "cucumber-sp/yandex-music-linux#31", "credentials.missing",
               " Pushing is disabled as signingKey nor authToken are set (or are empty?) in your YAML file.",
               component="credentials", cmd="nix-build", fatal=False, also_ok=["gha_cache.no_token"],
               note="the workflow from the nix.dev tutorial passes an auth token secret the repository never set, so cachix-action's post step skips the push on every run (the fix that followed simply disables pushing)"),
]
