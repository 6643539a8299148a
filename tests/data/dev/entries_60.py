"""Dev-set entries, batch 60 (caching in GitHub Actions jobs beyond actions/cache itself, service and runner faults
beside the build's own. BuildKit's `type=gha` backend: PATCHes on connections the cache endpoint closed (with
build-push-action's batch key checks and under mode=max), 2026's `not_found` blob writes and a 400 carrying GitHub's
outage page, a reservation refused on every re-run, blob reads timing out and a 416 from the Azure blob behind an
entry; docker layer-caching actions (jpribyl's fork still on the retired service, its parser lost in a newer Docker's
image layout, satackey's keys carrying a job name with a space). Setup actions' built-in caches: setup-java restores
stalled at 86% and aborted past the segment timeout, a 429 under a chunk upload that crashes setup-java's post step, a
tox job's cache identity refused in 2020, cache-extensions during 2022's 503s, setup-gradle saving into 2025's outage
page, Maven Central's 429 after setup-java's key missed for 22 jobs at once, setup-miniconda's installer download
throttled when its tool cache had nothing, setup-ocaml's cache step dying on a far host's timeout; sccache's startup
probe reset by the cache blob and timed out during brownouts, magic-nix-cache throttled (418); runners: a runner
release that took /home/runner from the job's user, an ARC user that may not write /usr/local/bin, disks too small
for the restored archive, Node 20 aborting in setup-node's yarn cache lookup. Beside them the build's own: the retired
v1 service met by buildx, sccache-action, setup-node@v2 and a layer-caching action, a 10 GB quota spent by mode=max,
sccache without the cache variables, cache-to on the docker driver, lock files a cache key needs but the repository
never committed or a cache-dependency-path that points nowhere, cache folders never created (pnpm skipped, pip under
sudo, an action looking in the wrong place), a setup-node regression.) `err` is verbatim from the source (a GitHub
thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote
markers, bold, GitHub's line-number links pasted into or between log lines) only that markup was dropped and
trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words or is cut, the
entry stops at the last whole log line, or where the thread's excerpt ends inside a line, at its last whole sentence.
Elisions ('...', '....') inside a quote are the reporters' own. Hosts follow the README's strict rule: a host is given
only where a line of the log names it for the failing call; an inferred, masked or placeholder one goes in host_alt.
Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import Batch

PULLS = {"netresearch/timetracker#336", "askalf/dario#603", "blockblaz/zeam#1043", "camunda/camunda#62591",
         "ShaftHQ/SHAFT_ENGINE#4443", "apache/beam#28658", "nteract/nteract#2381", "matz/spinel#1427",
         "NVIDIA/OpenShell#950", "matter-labs/era-consensus#247", "gruntjs/grunt#1735", "opengovsg/FormSG#7565",
         "chindaronit/Flux#26"}

B = Batch(PULLS)
cache = B.family("gha_cache")
conn = B.family("connectivity")
loc = B.local()


def own(ref: str, cause: str, err: str, **kw: Any) -> dict[str, Any]:
    """A build-itself entry of the cache family (component gha_cache, blame build, not retryable)."""
    return B.build_in("gha_cache", ref, cause, err, component="gha_cache", **kw)


BPA = ["Run docker/build-push-action@v6"]
POST = ["Post job cleanup."]
ARTIFACTCACHE = "artifactcache.actions.githubusercontent.com"
LEGACY = "gha_cache.legacy_shutdown"
PATH = "gha_cache.path_missing"
LOCK = "gha_cache.dependency_file_missing"
SUNSET = "This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset"
PVE = "Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved."

E = [
    # --- BuildKit's type=gha backend: the cache service's side -------------------------------------------------------
    cache("moby/buildkit#5162", "gha_cache", "gha_cache.connection_closed", True, "service", "acghubeus1.actions.githubusercontent.com",
        "ERROR: failed to solve: error writing layer blob: Patch \"https://acghubeus1.actions.githubusercontent.com/Odv8msvJgMS5iWxgU43K2EnWLcwj1p7E8K5nLVIfXGs2O9tj1t/_apis/artifactcache/caches/205053\": read tcp 172.17.0.2:57224->20.60.63.33:443: use of closed network connection",
        head=BPA, host_alt=["20.60.63.33:443", "20.60.63.33"], also_ok=["gha_cache.unreachable", "connectivity.reset"],
        note="crazy-max: it began when build-push-action 6.4.0 enabled batch checking of existing cache keys, whose concurrent requests meet connections the cache endpoint already closed; intermittent (a re-run exports), kept open as a BuildKit bug"),
    cache("docker/buildx#1728", "gha_cache", "gha_cache.connection_closed", True, "service", ARTIFACTCACHE,
        "Error: buildx failed with: ERROR: failed to solve: error writing layer blob: Patch \"https://artifactcache.actions.githubusercontent.com/..../_apis/artifactcache/caches/11111\": read tcp 172.17.0.2:40814->142.250.141.82:443: use of closed network connection",
        raw_is_log=True, host_alt=["142.250.141.82:443", "142.250.141.82"], also_ok=["gha_cache.export_failed", "connectivity.reset"],
        note="mode=max exports fail 'many times' with similar but different errors and then pass again: 'It works unpredictably'; the '....' and the cache id are the reporter's masks"),
    cache("netresearch/timetracker#336", "gha_cache", "gha_cache.blob_missing", True, "service", None,
        "error writing layer blob: not_found",
        also_ok=["gha_cache.service_error", "gha_cache.export_failed"],
        note="2026-06-12: three otherwise-green builds failed on the gha cache export and 'needed manual reruns'; the PR only adds ignore-error=true to cache-to"),
    cache("docker/build-push-action#1485", "gha_cache", "gha_cache.outage", True, "service", None,
        "#14 exporting to GitHub Actions Cache\n#14 preparing build cache for export\n#14 preparing build cache for export 0.3s done\n#14 ERROR: failed to parse error response 400: <h2>Our services aren't available right now</h2><p>We're working to restore all services as soon as possible.",
        head=BPA, also_ok=["gha_cache.service_error", "gha_cache.bad_response"],
        note="2026-03-12, workflows unchanged: the 400's body is GitHub's 'Our services aren't available right now' page, which BuildKit cannot parse; the quote stops where the thread's excerpt is certain"),
    cache("askalf/dario#603", "gha_cache", "gha_cache.reserve_conflict", False, "service", None,
        "#53 ERROR: error writing layer blob: failed to reserve cache\nERROR: failed to build: failed to solve: error writing layer blob: failed to reserve cache",
        also_ok=["gha_cache.quota", "gha_cache.export_failed"],
        note="the release's multi-arch push dies on the type=gha,mode=max export after the image built; 'it is not transient: gh run rerun --failed ... hit the exact same error on attempt 2'; fixed with ignore-error=true"),
    cache("moby/buildkit#4426", "gha_cache", "gha_cache.request_timeout", True, "service", None,
        "ERROR: failed to solve: failed to compute cache key: failed to copy: read tcp 1.1.1.148464->2.2.2.2:443: read: connection timed out",
        head=["Run docker/build-push-action@v4"], also_ok=["connectivity.timeout", "gha_cache.download_stalled"],
        note="cache-from type=gha: reading a cached blob for a COPY times out; 'one or two reruns will make it work', lately more often; the addresses are the reporter's placeholders"),
    cache("docker/build-push-action#558", "gha_cache", "gha_cache.bad_response", True, "service", "vth0acprodeus2file0.blob.core.windows.net",
        "error: failed to solve: failed to compute cache key: failed to copy: invalid status response 416 The range specified is invalid for the current size of the resource. for https://vth0acprodeus2file0.blob.core.windows.net/1665cc709f9c430f88b363d79c2f9f6f/35da92eddf84ec1194f60050f276280d?sv=2019-07-07&sr=b&sig=tAOoxQlbhCkNGNswTquFfnmtVgq3VCAP4Icc0bdnvlg%3D&se=2022-02-08T15%3A07%3A22Z&sp=r&rscl=x-e2eid-d10f7757-becb4d8c-94279385-0bd5086d\nError: buildx failed with: error: failed to solve: failed to compute cache key: failed to copy: invalid status response 416 The range specified is invalid for the current size of the resource. for https://vth0acprodeus2file0.blob.core.windows.net/1665cc709f9c430f88b363d79c2f9f6f/35da92eddf84ec1194f60050f276280d?sv=2019-07-07&sr=b&sig=tAOoxQlbhCkNGNswTquFfnmtVgq3VCAP4Icc0bdnvlg%3D&se=2022-02-08T15%3A07%3A22Z&sp=r&rscl=x-e2eid-d10f7757-becb4d8c-94279385-0bd5086d",
        raw_is_log=True, also_ok=["gha_cache.restore_failed", "gha_cache.blob_missing"],
        note="the Azure blob behind a gha cache entry answered 416 to a ranged read; 'This was transient and I'm not sure how to reproduce it' (the line-number link pasted between the two lines dropped)"),
    # --- the build's own, BuildKit and the retired service ----------------------------------------------------------------
    own("blockblaz/zeam#1043", "gha_cache.quota",
        "#16 ERROR: failed to push docker.io/.../zeam:0.5.9-amd64: ... error writing layer blob: failed to reserve cache\nERROR: failed to build: failed to solve: error writing layer blob: failed to reserve cache",
        also_ok=["gha_cache.reserve_conflict", "gha_cache.export_failed"],
        note="'not transient flakiness: it fires at the same step on every run': mode=max exports every layer of a large image from both matrix legs into one cache and exhausts the repository's 10 GB; the PR drops the gha cache from the release push (the '...' are the author's)"),
    own("GIScience/openrouteservice#2032", LEGACY,
        "#23 exporting to GitHub Actions Cache\n#23 preparing build cache for export\n#23 preparing build cache for export 6.9s done\n#23 ERROR: " + SUNSET + "\n------\n > importing cache manifest from gha:15381314327497081110:\n------\n------\n > exporting to GitHub Actions Cache:\n------\nWARNING: No output specified with docker-container driver. Build result will only remain in the build cache. To push result image into registry use --push or to load image into docker use --load\nERROR: failed to solve: " + SUNSET + "\nReference\nCheck build summary support\nError: buildx failed with: ERROR: failed to solve: " + SUNSET,
        raw_is_log=True, also_ok=["gha_cache.client_refused"],
        note="2025-04-16, the day after the sunset, labelled urgent: the builder's BuildKit still speaks the v1 cache API for import and export; only a BuildKit that knows the v2 service helps, never a re-run"),
    own("matter-labs/era-consensus#247", LEGACY,
        "error: process didn't exit successfully: `sccache /home/runner/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/bin/rustc -vV` (exit status: 2)\n--- stderr\nsccache: error: Server startup failed: cache storage failed to read: Unexpected (permanent) at read => {\"$id\":\"1\",\"innerException\":null,\"message\":\"" + SUNSET + "\",\"typeName\":\"Microsoft.Azure.DevOps.ArtifactCache.WebApi.ArtifactCacheServiceDecommissionedException, Microsoft.Azure.DevOps.ArtifactCache.WebApi\",\"typeKey\":\"ArtifactCacheServiceDecommissionedException\",\"errorCode\":0,\"eventId\":3000}\n\nContext:\n   uri: https://acghubeus1.actions.githubusercontent.com/AR5OeawW1dLOZh598L08yg89UThkS6Kw5HMLgSddbyh2j1ZTcA/_apis/artifactcache/cache?keys=sccache/.sccache_check&version=sccache-v0.10.0",
        host="acghubeus1.actions.githubusercontent.com", also_ok=["gha_cache.client_refused"],
        note="2025-04-16, main 'started to fail': the sccache installed by sccache-action v0.0.8 still calls the v1 cache API (a 422 with the decommission message); the PR bumps the action to v0.0.9"),
    B.build_in("gha_cache", "docker/docs#14155", "builder.cache_export_unsupported",
        "Error: buildx failed with: error: cache export feature is currently not supported for docker driver. Please switch to a different driver (eg. \"docker buildx create --use\")",
        component="builder", raw_is_log=True, also_ok=["gha_cache.export_failed"],
        note="the Python guide's 'Optimizing the workflow' step adds cache-to to a job still on the default docker driver, which cannot export caches; every run fails until a docker-container builder is set up"),
    # --- docker layer-caching actions ----------------------------------------------------------------------------------
    own("openremote/openremote#1919", LEGACY,
        "Warning: Failed to restore: getCacheEntry failed: Request timeout: /.../_apis/artifactcache/cache?keys=docker-layer-caching-CI%2FCD-%7Bhash%7D%2Cdocker-layer-caching-CI%2FCD-&version=...\nRoot cache could not be found. aborting.",
        fatal=False, also_ok=["gha_cache.request_timeout", "gha_cache.unreachable"],
        note="June 2025: jpribyl/action-docker-layer-caching has 'never' restored and spends up to 2m30s per run timing out against the v1 cache API its bundled client still calls; no cache entries exist (the '...' are the reporter's masks)"),
    own("jpribyl/action-docker-layer-caching#58", "gha_cache.restore_failed",
        "Cache restored successfully\nLayer cache not found: {\"id\":\"blobs/sha256\"}\nError: Layer cache not found: {\"id\":\"blobs/sha256\"}\nSome layer cache could not be found. aborting.\nError: Layer cache not found: {\"id\":\"blobs/sha256\"}\nError: ENOENT: no such file or directory, open '/home/runner/work/_actions/jpribyl/action-docker-layer-caching/v0.1.1/dist/ttsc-dist/.adlc/image/manifest.json'",
        also_ok=["build.tool_incompatible"],
        note="the cache itself restores, but the action cannot find the layers it expects: the reporter points at dive#507 (the OCI 'blobs/sha256' layout newer Docker saves in), others confirm it; the unmaintained action fails the same on every run"),
    own("satackey/action-docker-layer-caching#49", "gha_cache.bad_key",
        "Run satackey/action-docker-layer-caching@v0.0.11\n  with:\n    key: docker-layer-caching-Unit tests-{hash}\n    restore-keys: docker-layer-caching-Unit tests-\n    concurrency: 4\n    skip-save: false\nRoot cache could not be found. aborting.\nPost job cleanup.\n<Buffer 45 72 72 6f 72 20 72 65 73 70 6f 6e 73 65 20 66 72 6f 6d 20 64 61 65 6d 6f 6e 3a 20 69 6e 76 61 6c 69 64 20 72 65 66 65 72 65 6e 63 65 20 66 6f 72 6d ... 3 more bytes>\nError: The process '/usr/bin/docker' failed with exit code 1\n    at ExecState._setResult (/home/runner/work/_actions/satackey/action-docker-layer-caching/v0.0.11/dist/ttsc-dist/post.js/index.js:1035:25)",
        raw_is_log=True, also_ok=["gha_cache.save_failed"],
        note="the default key takes the job name 'Unit tests', space included, and the post step tags images with it: the buffer decodes to 'Error response from daemon: invalid reference format'; the same on v0.0.8 and v0.0.11 (read from the quoted log, two code blocks of one comment)"),
    # --- setup actions' caches: the service's side ---------------------------------------------------------------------
    cache("camunda/camunda#62591", "gha_cache", "gha_cache.download_stalled", True, "service", None,
        "Failed to restore: Aborting cache download as the download time exceeded the timeout.\nThe job has exceeded the maximum execution time of 20m0s",
        prefix="Warning: ", raw_is_log=True, also_ok=["gha_cache.download_timeout", "build.job_timeout"],
        note="INC-7899: the Maven cache restore hit its segment-download timeout (a warning), the job resolved everything cold from the mirror and ran out of its 20 minutes; recent runs restore in under a minute, so the PR only caps the timeout"),
    cache("actions/setup-java#509", "gha_cache", "gha_cache.download_stalled", True, "service", None,
        "Received 4282384382 of 4956251203 (86.4%), 1.1 MBs/sec\nReceived 4282384382 of 4956251203 (86.4%), 1.1 MBs/sec\nReceived 4282384382 of 4956251203 (86.4%), 1.1 MBs/sec\nReceived 4282384382 of 4956251203 (86.4%), 1.1 MBs/sec",
        raw_is_log=True, also_ok=["gha_cache.download_timeout", "connectivity.timeout"],
        note="setup-java's ~5 GB dependency cache download stops moving at 86.4% and the step hangs; the thread asks for setup-java to expose the toolkit's segment timeout, the stall itself is on the download's side"),
    cache("apache/beam#28658", "gha_cache", "gha_cache.throttled", True, "service", None,
        "Post job cleanup.\n/usr/bin/tar --posix --use-compress-program zstdmt -cf cache.tzst --exclude cache.tzst -P -C /runner/_work/beam/beam --files-from manifest.txt\nWarning: Failed to save: Cache service responded with 429 during upload chunk.\n/runner/_work/_actions/actions/setup-java/v3.8.0/dist/cleanup/index.js:401\n                        throw new Error(`Cache upload failed because file read failed with ${error.message}`);\n                        ^\n\nError: Cache upload failed because file read failed with EBADF: bad file descriptor, read\n    at ReadStream.<anonymous> (/runner/_work/_actions/actions/setup-java/v3.8.0/dist/cleanup/index.js:401:31)",
        raw_is_log=True, also_ok=["gha_cache.rate_limited", "gha_cache.upload_read_failed"],
        note="a release cherry-pick 'failed in administrative steps': setup-java's post step meets a 429 under a chunk upload and the toolkit then crashes on its closed file; 'Re-running failed jobs again. Seeing quite a bit of flaking'"),
    cache("pre-commit/action#60", "gha_cache", "gha_cache.client_refused", True, "service", None,
        "Error: getCacheEntry failed: {\"$id\":\"1\",\"innerException\":null,\"message\":\"The user 'System:ServiceIdentity;DDDDDDDD-DDDD-DDDD-DDDD-DDDDDDDDDDDD' is not authorized to access this resource.\",\"typeName\":\"Microsoft.TeamFoundation.Framework.Server.UnauthorizedRequestException, Microsoft.TeamFoundation.Framework.Server\",\"typeKey\":\"UnauthorizedRequestException\",\"errorCode\":0,\"eventId\":3000}",
        also_ok=["gha_cache.service_error", "gha_cache.outage"],
        note="2020-10-26 on tox's CI: the cache service refuses the run's own service identity; the maintainer: 'sounds like a bug in GA, we're using their code directly' (the same day the cache service refused actions/cache alike)"),
    cache("shivammathur/cache-extensions#25", "gha_cache", "gha_cache.outage", True, "service", None,
        "Error: getCacheEntry failed: Cache service responded with 503",
        head=["Run shivammathur/cache-extensions@v1"], also_ok=["gha_cache.service_error"],
        note="2022-06-13: the maintainer points at the cache service incident upstream (actions/cache#820) and soon 'Should be resolved'; nothing in the workflow changed"),
    cache("chindaronit/Flux#26", "gha_cache", "gha_cache.outage", True, "service", None,
        "Failed to save cache entry with path '/home/runner/.gradle/caches/transforms-4/*/\n/home/runner/.gradle/caches/*/transforms/*/' and key: gradle-transforms-v1-056af21170cd190be5812eaee1c7fc42: Error: <h2>Our services aren't available right now</h2><p>We're working to restore all services as soon as possible. Please check back soon.",
        fatal=False, head=POST, also_ok=["gha_cache.service_error", "gha_cache.save_failed"],
        note="2025-08-30, 'github cache servers are down': setup-gradle's post step cannot save an entry and gets GitHub's outage page; 'build succeeds and artifact apk is produced'"),
    conn("ShaftHQ/SHAFT_ENGINE#4443", "connectivity", "connectivity.rate_limited", True, "service", "repo.maven.apache.org",
        "Could not transfer artifact io.netty:netty-bom:pom:4.2.16.Final from/to central\n(https://repo.maven.apache.org/maven2): status code: 429, reason phrase: Too Many Requests (429)",
        also_ok=["connectivity.package_mirror"],
        note="setup-java's maven cache key has no restore-keys, so after three pom changes all 22 nightly jobs missed and resolved from Maven Central in the same seconds; Central throttled; the fix adds a fallback key (a lone re-run does not recreate the burst)"),
    conn("conda-incubator/setup-miniconda#358", "connectivity", "connectivity.rate_limited", True, "service", None,
        "  Checking for cached Miniconda3@latest...\n  Did not find Miniconda3-latest-Windows-x86_64.exe latest in cache\n  Unexpected HTTP response: 429\n  Waiting 17 seconds before trying again\n  Unexpected HTTP response: 429\n  Waiting 14 seconds before trying again\n\nError: Unexpected HTTP response: 429\nError: The operation was canceled.",
        raw_is_log=True, host_alt=["repo.anaconda.com"], also_ok=["connectivity.package_mirror"],
        note="the runner's tool cache has no Miniconda3 latest, so setup-miniconda downloads the installer and is throttled on every retry for two days; then 'it started working again ... I didn't make any changes'"),
    conn("ocaml/setup-ocaml#960", "connectivity", "connectivity.timeout", True, "service", "8.43.85.97:443",
        "Restoring opam cache\n  node:internal/process/promises:391\n      triggerUncaughtException(err, true /* fromPromise */);\n      ^\n\n  AggregateError [ETIMEDOUT]:\n      at internalConnectMultiple (node:net:1122:18)\n      at internalConnectMultiple (node:net:1190:5)\n      at Timeout.internalConnectMultipleTimeout (node:net:1716:5)\n      at listOnTimeout (node:internal/timers:583:11)\n      at process.processTimers (node:internal/timers:519:7) {\n    code: 'ETIMEDOUT',\n    [errors]: [\n      Error: connect ETIMEDOUT 8.43.85.97:443\n          at createConnectionError (node:net:1652:14)\n          at Timeout.internalConnectMultipleTimeout (node:net:1711:38)\n          at listOnTimeout (node:internal/timers:583:11)\n          at process.processTimers (node:internal/timers:519:7) {\n        errno: -110,\n        code: 'ETIMEDOUT',\n        syscall: 'connect',\n        address: '8.43.85.97',\n        port: 443\n      },\n      Error: connect ENETUNREACH 2620:52:3:1:0:246e:9693:128c:443 - Local (:::0)",
        host_alt=["8.43.85.97"], also_ok=["connectivity.unreachable", "gha_cache.unreachable"],
        note="early April 2025, several projects at once (the same trace in #962 and #963, the latter labelled upstream): setup-ocaml's cache step dies on an unhandled connect timeout to a far host, nothing the workflows changed"),
    # --- sccache, Nix and the GHA cache ----------------------------------------------------------------------------------
    cache("nteract/nteract#2381", "gha_cache", "gha_cache.connection_closed", True, "service", "productionresultssa12.blob.core.windows.net",
        "sccache: error: Server startup failed: cache storage failed to read: Unexpected (temporary) at read => send http request\n   url: https://productionresultssa12.blob.core.windows.net/actions-cache/...\n   service: ghac\n   path: .sccache_check\n   ...\n   client error (Connect): An existing connection was forcibly closed by the remote host. (os error 10054)",
        also_ok=["gha_cache.unreachable", "connectivity.reset"],
        note="the Windows nightly's first cargo call starts sccache, whose .sccache_check read from the cache's Azure blob was reset: 'a transient Azure blob hiccup'; the PR retries the startup probe (the '...' are the author's)"),
    cache("matz/spinel#1427", "gha_cache", "gha_cache.request_timeout", True, "service", None,
        "sccache: error: Timed out waiting for server startup. Maybe the remote service is unreachable?\nmake: *** [build/prism/node.o] Error 2",
        cmd="make -j$(nproc)", also_ok=["gha_cache.unreachable"],
        note="'a transient CI-infra flake': with SCCACHE_GHA_ENABLED the server contacts the Actions cache at startup, slow during the cache service's brownouts, while parallel compiles race the ~10 s startup timeout; ubuntu/clang passes on the same commit"),
    cache("DeterminateSystems/magic-nix-cache#39", "gha_cache", "gha_cache.throttled", True, "service", None,
        "disabling binary cache 'http://127.0.0.1:37515/' for 60 seconds\nerror (ignored): error: interrupted by the user\nerror: unable to download 'http://127.0.0.1:37515/nar/0gwppy6qb71y68695dv5g19p3blk8q9qcqj425yxzn4vd5fx6zvc.nar.zst': HTTP error 418\n  2023-12-08T13:06:47.170849Z ERROR magic_nix_cache::util: Failed to upload batch: ExitStatus(unix_wait_status(256))",
        fatal=False, host_alt=["127.0.0.1:37515"], also_ok=["gha_cache.rate_limited", "gha_cache.save_failed"],
        note="the run was green but uploaded little: the local daemon answers 418 once the GitHub Actions cache throttles it (the action's documented rate-limit symptom), Nix disables the binary cache and a push batch fails; later runs upload the rest"),
    own("NVIDIA/OpenShell#950", "gha_cache.remote_config_invalid",
        "sccache: error: Server startup failed: create gha cache failed: ConfigInvalid (permanent):\ncache url for ghac not found, maybe not in github action environment?",
        also_ok=["gha_cache.no_token"],
        note="SCCACHE_GHA_ENABLED=true alone: no step exported ACTIONS_CACHE_URL and ACTIONS_RUNTIME_TOKEN to the cargo step (rust-cache uses them without persisting them); the fix adds sccache-action for its env side effect"),
    # --- the runner machine ------------------------------------------------------------------------------------------------
    loc("actions/runner#4131", "local.permission_denied", False,
        "failed to initialize build cache at /home/runner/.cache/go-build: mkdir /home/runner/.cache/go-build: permission denied\n  Error: Command failed: /opt/hostedtoolcache/go/1.25.1/x64/bin/go env\n  failed to initialize build cache at /home/runner/.cache/go-build: mkdir /home/runner/.cache/go-build: permission denied",
        also_ok=["gha_cache.restore_failed"],
        note="self-hosted runners upgraded from 2.329.0 to 2.330.0 change /home/runner's ownership, so setup-go's `go env` cannot create the Go build cache: 'a breaking change ... We need to revert back to 2.329.0' (blockquote markers dropped)"),
    loc("jetify-com/devbox-install-action#49", "local.permission_denied", False,
        "/usr/bin/tar -xf /runner/_work/_temp/fe855c32-ce18-4de4-a823-45e0f7cd2593/cache.tzst -P -C /runner/_work/myorg/myrepo --use-compress-program unzstd\n/usr/bin/tar: ../../../../usr/local/bin/devbox: Cannot open: Permission denied\n/usr/bin/tar: Exiting with failure status due to previous errors\nWarning: Failed to restore: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2\nCache not found for input keys: Linux-X64-devbox-cli-0.10.6",
        fatal=False, also_ok=["gha_cache.restore_failed"],
        note="ARC self-hosted runners run jobs as `runner`, who may not write /usr/local/bin where the action restores devbox; hosted runners pass; the fix moves the install under ~/.local/bin"),
    loc("opengovsg/FormSG#7565", "local.disk_full", False,
        "/usr/bin/tar -z -xf /home/runner/work/_temp/20c9e7c9-42f5-4d22-8c2c-7e6e58b541ec/cache.tgz -P -C /home/runner/work/FormSG/FormSG\n/usr/bin/tar: node_modules/@datadog/native-appsec/prebuilds/linux-x64/libddwaf.so: Wrote only 8704 of 10240 bytes\n/usr/bin/tar: node_modules/@datadog/native-appsec/prebuilds/linux-arm64: Cannot mkdir: No space left on device\n/usr/bin/tar: node_modules/@datadog/native-appsec/prebuilds/linux-arm64: Cannot mkdir: No space left on device",
        also_ok=["gha_cache.restore_failed"],
        note="the node_modules cache hit unpacks onto a runner without the room for it: 'out of disk space ... when extracting the restored cached tar file. This causes all our github actions to fail'; the PR frees space (the log's line-number links dropped)"),
    loc("rwth-i6/returnn#1804", "local.disk_full", False,
        "Received 9359913026 of 9359913026 (100.0%), 250.4 MBs/sec\nCache Size: ~8926 MB (9359913026 B)\n/usr/bin/tar -xf /home/runner/work/_temp/e5019cdb-e738-41ea-8581-c9144d6d9f1f/cache.tzst -P -C /home/runner/work/returnn/returnn --use-compress-program unzstd\n/usr/bin/tar: ../../../.local/lib/python3.10/site-packages/pyarrow/libparquet.so.2200: Wrote only 3584 of 10240 bytes\n/usr/bin/tar: ../../../.local/lib/python3.10/site-packages/pyarrow/acero.py: Cannot write: No space left on device\n/usr/bin/tar: ../../../.local/lib/python3.10/site-packages/pyarrow/libarrow.so.2200: Cannot write: No space left on device",
        head=["Run actions/cache@v4", "Cache hit for restore-key: cache-Linux-py3.10-torch2.8.0"], also_ok=["gha_cache.too_large", "gha_cache.restore_failed"],
        note="a ~9 GB Python/torch cache restores fine but does not fit the hosted runner's disk when unpacked; 'I'm not sure I can do much about it', the reporter thinks of capping the cache when storing; a re-run restores the same archive"),
    loc("Agoric/agoric-sdk#11789", "local.runtime_crash", True,
        "> /opt/hostedtoolcache/node/20.19.4/x64/bin/yarn config get cacheFolder\n\n#\n# Fatal error in , line 0\n# Check failed: ReadSingleBytecodeData( source_.Get(), SlotAccessorForHandle<IsolateT>(&ret, isolate())) == 1.\n#\n#\n#\n#FailureMessage Object: 0x7fffc5c8a000\n----- Native stack trace -----",
        also_ok=["gha_cache.path_missing"],
        note="labelled flake, across test-all-packages jobs: when setup-node asks yarn for its cache folder, Node 20's V8 aborts while deserializing bytecode (the sporadic crash of setup-node#887); other jobs and re-runs pass"),
    # --- setup actions' caches: the build's own ----------------------------------------------------------------------------
    own("actions/setup-node#1275", LEGACY,
        "Run actions/setup-node@v2\nFound in cache @ /opt/hostedtoolcache/node/22.14.0/x64\n/opt/hostedtoolcache/node/22.14.0/x64/bin/npm config get cache\n/home/runner/.npm\nError: Cache service responded with 422",
        raw_is_log=True, also_ok=["gha_cache.client_refused"],
        note="2025-04-08, three repositories at once with no change; the maintainers: setup-node@v2 'relies on a deprecated version of @actions/cache', upgrading to v4 resolves it"),
    own("actions/setup-node#479", PATH,
        "Post job cleanup.\n/home/runner/setup-pnpm/node_modules/.bin/pnpm store path\n/home/runner/.local/share/pnpm/store/v3\nError: Cache folder path is retrieved for pnpm but doesn't exist on disk: /home/runner/.local/share/pnpm/store/v3",
        raw_is_log=True,
        note="pnpm 7 with cache: pnpm in a job that never installs dependencies, so the store was never created; the maintainer: 'the step with installation dependencies was skipped, that is why the error was thrown'"),
    own("actions/setup-node#828", PATH,
        "Cache folder paths are not retrieved for pnpm with cache-dependency-path =",
        head=POST, also_ok=["build.tool_incompatible"],
        note="a regression of setup-node v3.8.0 within two hours of its release: the post step cannot resolve pnpm's store path for the pinned pnpm 7; pinning v3.7.0 works (the quote's trailing blank trimmed)"),
    own("academicpages/academicpages.github.io#1267", LOCK,
        "Found in cache @ /opt/hostedtoolcache/node/14.21.3/x64\nEnvironment details\n/opt/hostedtoolcache/node/14.21.3/x64/bin/npm config get cache\n/home/runner/.npm\n\nError: Dependencies lock file is not found in /home/runner/work/lzb94.github.io/lzb94.github.io. Supported file patterns: package-lock.json,npm-shrinkwrap.json,yarn.lock",
        head=["Run actions/setup-node@v3"],
        note="the site repository commits no npm lock file yet the added workflow sets cache: npm, which needs one to key the cache; every run fails the same (the log's line-number links and bold dropped)"),
    own("gruntjs/grunt#1735", LOCK,
        "C:\\npm\\cache\nError: Dependencies lock file is not found in D:\\a\\grunt\\grunt. Supported file patterns: package-lock.json,yarn.lock",
        note="an automated PR adds cache: npm to a repository that does not version package-lock.json; the Windows job fails at setup ('Not sure if this will work for us'); blockquote markers dropped"),
    own("actions/setup-node#745", LOCK,
        "Error: Some specified paths were not resolved, unable to cache dependencies.",
        head=["Run actions/setup-node@v3"],
        note="cache-dependency-path is '${{github.repository}}/ui/glypheditor/package-lock.json', a path that does not exist in the workspace (the lock file is ui/GlyphEditor/package-lock.json); the error is the issue's title, quoted from the log"),
    own("actions/setup-python#691", PATH,
        "Error: Cache folder path is retrieved for pip but doesn't exist on disk: /home/runner/.cache/pip",
        head=POST,
        note="the workflow installs with sudo pip, so the packages land in root's cache while setup-python saves the runner user's `pip cache dir`; the maintainer calls it expected behaviour"),
    own("hynek/setup-cached-uv#15", PATH,
        "Post job cleanup.\nPost job cleanup.\n$ uv cache prune --ci\nPost job cleanup.\nWarning: " + PVE,
        raw_is_log=True, fatal=False,
        note="the action's post step looks for the uv cache where uv did not write it, so nothing is saved on any OS ('it's not saving on your other combinations either'); the maintainer: 'I think it's my fault'"),
]
