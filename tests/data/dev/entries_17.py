"""Dev-set entries, batch 17 (the GitHub Actions cache only: actions/cache and @actions/cache warnings, the v2
cache service, its Azure blobs, setup-* and other callers, BuildKit's `type=gha`, sccache/nix backends, self-hosted
and act runners without a cache service, and a self-hosted cache server). `err` is verbatim from the source (a GitHub
thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (backticks, ** bold,
a Markdown link around a URL, a line-number link in front of a line) only that markup was dropped, never a word of
the log; where a quoted line was cut short in the thread, the entry stops where the thread's text is certain. Hosts
follow the README's strict rule: a host is given only where a line of the log names it; an inferred one goes in
host_alt."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import cache_entry, github_source

PULLS = {"falcondev-oss/github-actions-cache-server#230", "jab/bidict#387", "apache/calcite#1779", "actions/cache#1337",
         "valkey-io/valkey-glide#2125"}


def src(ref: str) -> str:
    return github_source(ref, PULLS)


def cache(ref: str, *args: Any, **kw: Any) -> dict[str, Any]:
    return cache_entry(src(ref), *args, **kw)


POST = ["Post job cleanup."]
PVE = "Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved."
GHA_DOWN = "GitHub Actions is temporarily unavailable. Please visit https://www.githubstatus.com/ for the status of our services."
LEGACY = "the action's bundled @actions/cache still talks to the retired v1 cache service: upgrading the action fixes it, a re-run does not"
TAR_SAVE = "/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/{0}/{0} --files-from manifest.txt --use-compress-program zstdmt"

E = [
    # --- runners without a cache service (act, a self-hosted cache server) ------------------------------------------
    cache("nektos/act#346", "gha_cache.no_token", False, "local",
          "[Database Migrations/migrations]   💬  ::debug::getCacheEntry - Attempt 1 of 2 failed with error: Cache Service Url not found, unable to restore cache.\n[Database Migrations/migrations]   💬  ::debug::getCacheEntry - Attempt 2 of 2 failed with error: Cache Service Url not found, unable to restore cache.\n| Error: getCacheEntry failed: Cache Service Url not found, unable to restore cache.\n|     at /actions/satackey-action-docker-layer-caching@v0.0.8/dist/ttsc-dist/main.js/index.js:45734:15",
          note="act gives the job no ACTIONS_CACHE_URL; satackey/action-docker-layer-caching throws on it (a duplicate of nektos/act#285): every local run fails the same way"),
    cache("nektos/act#285", "gha_cache.no_token", False, "local",
          "💬  ::debug::getCacheEntry - Attempt 2 of 2 failed with error: Cache Service Url not found, unable to restore cache.\n| [warning]getCacheEntry failed: Cache Service Url not found, unable to restore cache.\n⚙  ::set-output:: cache-hit=false",
          fatal=False, head=["☁  git clone 'https://github.com/actions/cache' # ref=v2"],
          note="actions/cache@v2 under act (no cache service at all); it degrades to a miss, 'Happens with actions/cache@v1 too'"),
    cache("falcondev-oss/github-actions-cache-server#103", "dns.no_such_host", False, "local",
          "##[debug]getCacheEntry - Attempt 2 of 2 failed with error: getaddrinfo ENOTFOUND github-cache.example.com_apis\nWarning: Failed to restore: getCacheEntry failed: getaddrinfo ENOTFOUND github-cache.example.com_apis",
          host="github-cache.example.com_apis", component="dns", fatal=False, also_ok=["gha_cache.unreachable_dns"],
          head=["Run actions/cache@1bd1e32a3bdc45362d1e726936510720a7c30a57", "##[debug]Cache service version: v1"],
          note="a self-hosted cache server: ACTIONS_CACHE_URL lacks its /<token>/ part and trailing slash, so the toolkit glues '_apis' onto the host name (the maintainer: 'What is your ACTIONS_CACHE_URL?')"),
    cache("falcondev-oss/github-actions-cache-server#164", "gha_cache.client_refused", False, "service",
          "sccache: error: Server startup failed: cache storage failed to read: Unexpected (permanent) at read => {\n  \"error\": true,\n  \"url\": \"https://<redacted>/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL\",\n  \"statusCode\": 400,\n  \"statusMessage\": \"Invalid body: [\\n  {\\n    \\\"expected\\\": \\\"object\\\",\\n    \\\"code\\\": \\\"invalid_type\\\",\\n    \\\"path\\\": [],\\n    \\\"message\\\": \\\"Invalid input: expected object, received string\\\"\\n  }\\n]\",",
          also_ok=["gha_cache.v2_write_failed"], cmd="sccache --start-server",
          note="the self-hosted cache server only accepted JSON and sccache speaks protobuf (the maintainer: 'Will fix!'); the hosted service works. The host is redacted; the JSON is cut where the thread's error object goes on"),
    cache("falcondev-oss/github-actions-cache-server#80", "gha_cache.service_error", False, "service",
          "Failed to save: commitCache failed: Cache service responded with 500", prefix="Warning: ", fatal=False,
          head=POST, note="the self-hosted cache server's temp dir was on another device than its storage dir; 'Should be fixed in v4.0.1', not by a re-run"),
    cache("falcondev-oss/github-actions-cache-server#161", "connectivity.client_timeout", False, "service",
          "Sent 10486152487 of 10486152487 (100.0%), 153.2 MBs/sec\nAttempt 1 of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload. Retrying request in 3000 ms...\nAttempt 2 of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload. Retrying request in 5374 ms...\nAttempt 3 of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload. Retrying request in 8804 ms...\nWarning: Failed to save: Failed to FinalizeCacheEntryUpload: Received non-retryable error: Failed request: (404) Upload not found",
          component="connectivity", fatal=False, head=POST,
          also_ok=["gha_cache.request_timeout", "gha_cache.v2_write_failed", "connectivity.timeout"],
          note="a stress test (10 GB entries) of a self-hosted cache server: finalizing takes longer than the client waits, and the retry finds the upload gone (404); it recurs at that size"),
    cache("falcondev-oss/github-actions-cache-server#118", "connectivity.untrusted_certificate", False, "local",
          "##[debug][Request] GetCacheEntryDownloadURL https://results-receiver.actions.githubusercontent.com/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL\nAttempt 1 of 5 failed with error: self-signed certificate in certificate chain. Retrying request in 3000 ms...\nAttempt 2 of 5 failed with error: self-signed certificate in certificate chain. Retrying request in 6451 ms...",
          host="results-receiver.actions.githubusercontent.com", component="connectivity", fatal=False,
          also_ok=["gha_cache.unreachable"],
          note="results-receiver is redirected to a self-hosted cache server whose certificate the runner's Node does not trust (the thread: tools not using the system certificates)"),
    cache("falcondev-oss/github-actions-cache-server#230", "gha_cache.blob_missing", False, "service",
          "COPY api/ api/\nERROR: failed to copy: GET http://gha-cache-server/download/<uuid>\nRESPONSE 404: 404 Server Error",
          host="gha-cache-server", head=["Run docker/build-push-action@v6", "  with:", "    cache-from: type=gha"],
          note="BuildKit's gha import from a self-hosted cache server whose DB still lists an entry its storage lost: every build fails until the entry is gone (the PR makes the lookup answer a miss)"),
    # --- the legacy (v1) service and its clients ---------------------------------------------------------------------
    cache("jpribyl/action-docker-layer-caching#59", "gha_cache.legacy_shutdown", False, "build",
          "Warning: Failed to restore: Cache service responded with 400\nRoot cache could not be found. aborting.",
          fatal=False, also_ok=["gha_cache.client_refused"],
          note="October 2025, on self-hosted and 'github's default runner as well': the action's old @actions/cache on the retired v1 service: " + LEGACY),
    cache("mozilla/sccache#2386", "gha_cache.legacy_shutdown", False, "build",
          "#30 26.70 sccache: error: Server startup failed: cache storage failed to read: Unexpected (permanent) at read => {\"$id\":\"1\",\"innerException\":null,\"message\":\"This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset\",\"typeName\":\"Microsoft.Azure.DevOps.ArtifactCache.WebApi.ArtifactCacheServiceDecommissionedException, Microsoft.Azure.DevOps.ArtifactCache.WebApi\",\"typeKey\":\"ArtifactCacheServiceDecommissionedException\",\"errorCode\":0,\"eventId\":3000}",
          also_ok=["gha_cache.client_refused"],
          note="sccache inside a docker build still given the v1 cache URL (the Markdown link around the sunset URL and the log's line-number link dropped); every run fails until the build passes the v2 service's variables"),
    cache("deltachat/deltachat-pages#1117", "gha_cache.legacy_shutdown", False, "build",
          "Magic Nix Cache has been deprecated due to a change in the underlying GitHub APIs and will stop working on 1 February 2025. To continue caching Nix builds in GitHub Actions, use FlakeHub Cache instead. Replace... - uses: DeterminateSystems/magic-nix-cache-action@main ...with... - uses: DeterminateSystems/flakehub-cache-action@main For more details: https://dtr.mn/magic-nix-cache-eol\nUnable to authenticate to FlakeHub. Individuals must register at FlakeHub.com; Organizations must create an organization at FlakeHub.com.",
          host_alt=["flakehub.com", "api.flakehub.com"], also_ok=["credentials.unauthorized"],
          note="magic-nix-cache lost its GitHub cache API and now wants FlakeHub; the two lines are quoted separately in the thread (the build fails, fixed by a workflow change)"),
    cache("jab/bidict#387", "credentials.unauthorized", False, "build",
          "ERROR magic_nix_cache: FlakeHub: cache initialized failed: Unauthenticated: Cannot find netrc credentials for https://api.flakehub.com/",
          host="api.flakehub.com", component="credentials", fatal=False, also_ok=["credentials.no_basic_auth"],
          head=["Run DeterminateSystems/magic-nix-cache-action@main"],
          note="'alarming (but non-fatal)': the action tries FlakeHub without credentials on every run, then falls back to the GitHub Actions cache; all jobs passed"),
    cache("gdg-hongik-univ/gdsc-server#1081", "connectivity.timeout", False, "build",
          "  Warning: Failed to restore gradle-home-v1|Linux|build-test[4c6d162a80cc2802ec22539e21258ceb]-3a3f75c8bc03442a636a506c8bb4fc150e46bea1: Error: getCacheEntry failed: connect ETIMEDOUT 20.246.192.124:443\n  Gradle User Home cache not found. Will initialize empty",
          component="connectivity", fatal=False, host_alt=["20.246.192.124", "20.246.192.124:443"],
          also_ok=["gha_cache.unreachable", "gha_cache.legacy_shutdown", "gha_cache.request_timeout"],
          head=["Run gradle/actions/setup-gradle@v3", "Restore Gradle state from cache"],
          note="June 2025, setup-gradle v3's old cache client (getCacheEntry) timing out for weeks; the linked discussion: a version upgrade fixes it (the issue closed when it worked again weeks later)"),
    cache("actions/cache#444", "gha_cache.client_refused", True, "service",
          "Warning: getCacheEntry failed: {\"$id\":\"1\",\"innerException\":null,\"message\":\"The user 'System:ServiceIdentity;DDDDDDDD-DDDD-DDDD-DDDD-DDDDDDDDDDDD' is not authorized to access this resource.\",\"typeName\":\"Microsoft.TeamFoundation.Framework.Server.UnauthorizedRequestException, Microsoft.TeamFoundation.Framework.Server\",\"typeKey\":\"UnauthorizedRequestException\",\"errorCode\":0,\"eventId\":3000}",
          fatal=False, also_ok=["gha_cache.service_error", "gha_cache.outage"], head=["Run actions/cache@v2"],
          note="'seemed to start today' (2020-10-26), restore and save alike: the cache service refusing the run's own identity, a service-side fault"),
    # --- the hosted service answering errors ---------------------------------------------------------------------------
    cache("actions/cache#622", "gha_cache.service_error", True, "service",
          "Warning: uploadChunk (start: 33554432, end: 67108863) failed: Cache service responded with 500",
          fatal=False, also_ok=["gha_cache.v2_write_failed"], head=POST,
          note="'randomly show on workflow logs as warnings. Workflows do not fail'"),
    cache("actions/cache#622", "gha_cache.toolkit_throttled", True, "service",
          "Warning: Cache service responded with 429 during upload chunk.\nWarning: Cache upload failed because file read failed with EBADF: bad file descriptor, read\nWarning: Cache upload failed because file read failed with EBADF: bad file descriptor, read",
          fatal=False, also_ok=["gha_cache.throttled", "gha_cache.rate_limited"], head=POST,
          note="the same thread's second warning: a throttled chunk upload, random and non-fatal"),
    cache("docker/build-push-action#632", "gha_cache.outage", True, "service",
          f"#18 exporting cache\n#18 preparing build cache for export 0.0s done\n#18 ERROR: {GHA_DOWN}\n------\n > importing cache manifest from gha:123123123123123:\n------\n------\n > exporting cache:\n------\nerror: failed to solve: {GHA_DOWN}\nError: buildx failed with: error: failed to solve: {GHA_DOWN}",
          also_ok=["gha_cache.service_error", "gha_cache.unreachable"], raw_is_log=True,
          head=["Run docker/build-push-action@v3", "  with:", "    cache-from: type=gha", "    cache-to: type=gha,mode=max"],
          note="the 2022-06-13 cache service disruption; cache-from only warned, cache-to failed the build. The githubstatus link is not a host"),
    # --- the save side: reservations, sizes, paths -------------------------------------------------------------------
    cache("actions/cache#1213", "gha_cache.reserve_conflict", False, "build",
          "2023-07-25T09:46:19.8054484Z Failed to save: Unable to reserve cache with key check-spelling-dictionaries-a:ce53902f1052602f8f1fe328d65ace5561a1e8c1-29b2bbcc31edb0dd98b0a3ab90fa2e1d8f6d67b2, another job may be creating this cache. More details: Cache already exists.",
          fatal=False, tail=["Warning: Cache save failed."],
          head=["2023-07-25T09:46:19.6142161Z [command]/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/almalinux-wiki/almalinux-wiki --files-from manifest.txt --use-compress-program zstdmt"],
          note="the key already exists (immutable entries); the line goes on with scope/key/version, cut here where the thread's excerpt is certain. Harmless, and the same on every run with that key"),
    cache("apache/calcite#1779", "gha_cache.too_large", False, "build",
          "[warning]Cache size of ~2185 MB (2291234428 B) is over the 2GB limit, not saving cache.",
          fatal=False, also_ok=["gha_cache.quota"], head=POST,
          note="2020's per-repository limit; 'actions/cache is not suitable for Calcite due to size limits': every run the same"),
    cache("actions/cache#1337", "gha_cache.too_large", False, "build",
          "Warning: Failed to save: Cache size of ~6148 MB (6446280578 B) is over the 10GB limit, not saving cache.\nCache saved with key: docker-image-cache4-Linux",
          fatal=False, also_ok=["gha_cache.quota"], head=POST,
          note="BuildJet's fork of actions/cache, whose real limit is 4.99 GB while the message says 10GB; a 6 GB entry is refused on every run"),
    cache("enola-dev/enola#137", "gha_cache.path_missing", False, "build",
          "Warning: " + PVE, fatal=False, head=POST,
          note="the workflow caches .cache/demo/ but the build script writes .cache (the reporter's own finding): a configuration error"),
    cache("geode-sdk/build-geode-mod#15", "gha_cache.path_missing", False, "build",
          "Saving cache failed: Error: " + PVE, fatal=False, head=POST,
          note="macOS jobs of the action: the cached path is not created there (closed by the maintainers); a warning only"),
    cache("jakoch/install-vulkan-sdk-action#292", "gha_cache.path_missing", False, "service",
          "Warning: Error: " + PVE, fatal=False,
          note="Windows only: the folder exists and is not empty, but actions/cache's path globbing rejects it (actions/cache#862); 'blocked by upstream - no workaround'"),
    cache("actions/toolkit#2063", "gha_cache.path_missing", False, "service",
          "file:///D:/a/typescript-action/typescript-action/dist/index.js:74313\n\t            throw new Error(`Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.`);\n\t                  ^\n\nError: " + PVE,
          head=["Run ./", "D:\\a\\typescript-action\\typescript-action"],
          note="@actions/cache's saveCache on Windows runners rejects a path that exists; the same action passes on ubuntu. An unhandled throw, so the step fails"),
    cache("actions/setup-python#932", "gha_cache.path_missing", False, "build",
          "Error: Cache folder path is retrieved for pip but doesn't exist on disk: /home/runner/.cache/pip",
          head=POST, note="setup-python v5.2.0 made a missing pip cache dir fatal in the post step, systematically; pinning v5.1.1 (or dropping cache: pip) is the fix"),
    # --- the restore side: tar, zstd, the toolkit -----------------------------------------------------------------------
    cache("teatimeguest/setup-texlive-action#255", "gha_cache.restore_failed", False, "build",
          "Warning: Failed to restore: Expected signal to be an instanceof AbortSignal", fatal=False,
          note="a bundling bug in the action's own @actions/cache (actions/toolkit#687); the maintainer released a patched version the next day"),
    cache("nix-community/cache-nix-action#9", "gha_cache.restore_failed", False, "build",
          "/usr/bin/tar: ../../../../../nix/store/h5c0n2pcidaikpm6pwm8v9hz81ndmppj-aws-sdk-cpp-1.11.37/lib/libtesting-resources.so: Cannot open: File exists\n/usr/bin/tar: Exiting with failure status due to previous errors\nWarning: Failed to restore: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2\nCache not found for input keys: nix-f69b52731a4e03acd9238e5c4b0e1db653f46d92e3a380bab33c5ab7c53f0155, nix-f69b52731a4e03acd9238e5c4b0e1db653f46d92e3a380bab33c5ab7c53f0155",
          fatal=False, also_ok=["gha_cache.corrupt_archive"],
          note="the restore lands on a /nix/store that already holds those paths ('Doc says that it's okay'); every run the same"),
    cache("chainguard-dev/melange#1078", "gha_cache.restore_failed", False, "build",
          "Failed to restore: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2",
          prefix="Warning: ", fatal=False, also_ok=["gha_cache.corrupt_archive"],
          note="the examples build restores a cache over files already present (the reporter's reading); a warning on every run"),
    cache("actions/cache#504", "gha_cache.restore_failed", False, "build",
          "llvm/lld/test/ELF/Inputs/aarch64-copy2.s: Refusing to overwrite archive\ntar.exe: Error exit delayed from previous errors.",
          fatal=False, also_ok=["gha_cache.corrupt_archive"], head=["Run actions/cache@v2"],
          note="Windows bsdtar refuses one file of a cached LLVM tree on every hit; cache-hit is not set though the tree was partly restored, so the rebuild step then fails"),
    cache("actions/cache#472", "gha_cache.corrupt_archive", False, "service",
          "/bin/tar --use-compress-program zstd -d -xf /home/runner/work/_temp/75411e58-6c0c-462c-b791-61912c03ea6f/cache.tzst -P -C /home/runner/work/foo/foo\n/*stdin*\\ : Decoding error (36) : Corrupted block detected \n/bin/tar: Unexpected EOF in archive\n/bin/tar: Unexpected EOF in archive\n/bin/tar: Error is not recoverable: exiting now\nWarning: Tar failed with error: The process '/bin/tar' failed with exit code 2",
          fatal=False, also_ok=["gha_cache.restore_failed"], head=["Run actions/cache@v2", "Cache Size: ~194 MB (202938074 B)"],
          note="'it was happening on each run', and a new key did not help (the maintainer expected an interrupted download or a corrupt stored entry)"),
    cache("valkey-io/valkey-glide#2125", "build.toolchain_missing", False, "build",
          "Warning: Failed to restore: Unable to locate executable file: tar. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.",
          component="build", fatal=False, also_ok=["gha_cache.restore_failed"],
          note="the amazon linux job's container has no tar; the PR installs it"),
    # --- the runner's disk ----------------------------------------------------------------------------------------------
    cache("lf-lang/reactor-uc#317", "local.disk_full", True, "local",
          "zstd: error 70 : Write error : cannot write block : No space left on device \n/usr/bin/tar: cache.tzst: Wrote only 8192 of 10240 bytes\n/usr/bin/tar: Child returned status 70\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Failed to save: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2",
          component="local", fatal=False, head=[*POST, *POST, TAR_SAVE.format("reactor-uc")],
          note="'Zephyr CI occasionally fails': the runner's disk is nearly full after the Zephyr build, so the cache archive sometimes does not fit"),
    cache("actions/cache#1658", "local.disk_full", False, "local",
          "zstd: error 70 : Write error : cannot write block : No space left on device \n/usr/bin/tar: cache.tzst: Wrote only 4096 of 10240 bytes\n/usr/bin/tar: Child returned status 70\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Failed to save: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2",
          component="local", fatal=False, head=[*POST, TAR_SAVE.format("owner/repo")],
          note="the archive of a ~9 GB cache is written beside it on a full disk, every time (the thread proposes --remove-files or a temp filesystem)"),
    cache("FormalizedFormalLogic/Foundation#631", "local.disk_full", False, "local",
          " /usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/Foundation/Foundation --files-from manifest.txt --use-compress-program zstdmt\nzstd: error 70 : Write error : cannot write block : No space left on device \n/usr/bin/tar: cache.tzst: Cannot write: Broken pipe\n/usr/bin/tar: Child returned status 70\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Failed to save: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2\nWarning: Cache save failed.",
          component="local", fatal=False, head=POST,
          note="'not enough space to save the cache' (the reporter, in Japanese): the Lean build's outputs fill the runner"),
    cache("Imageomics/pybioclip#141", "local.disk_full", False, "local",
          "/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/pybioclip/pybioclip --files-from manifest.txt --use-compress-program zstdmt\nzstd: error 70 : Write error : cannot write block : No space left on device \n/usr/bin/tar: cache.tzst: Wrote only 2048 of 10240 bytes\n/usr/bin/tar: Child returned status 70\n/usr/bin/tar: Error is not recoverable: exiting now",
          component="local", fatal=False, also_ok=["gha_cache.quota"], head=POST,
          note="the reporter blames the 10GB cache limit, but the log's line is the runner's disk filling while the archive is written; 'ignored for the overall workflow success status'. The thread's next line (a Warning:) is cut off"),
    cache("actions/cache#1659", "local.disk_full", False, "local",
          "Cache Size: ~9302 MB (9753348013 B)\n/usr/bin/tar -xf /home/runner/work/_temp/df03d4e4-948e-4053-be7b-a08c6d648879/cache.tzst -P -C /home/runner/work/returnn/returnn --use-compress-program unzstd\n/usr/bin/tar: ../../../.local/lib/python3.8/site-packages/nvidia/cublas/lib/libcublasLt.so.12: Wrote only 1536 of 10240 bytes\n...\n/usr/bin/tar: ../../../.local/lib/python3.8/site-packages/nvidia/cublas/include/__pycache__: Cannot mkdir: No such file or directory\n/usr/bin/tar: ../../../.local/lib/python3.8/site-packages/nvidia/cublas/include/__pycache__/__init__.cpython-38.pyc: Cannot open: No such file or directory\n/usr/bin/tar: ../../../.local/lib/python3.8/site-packages/nvidia/cublas/include: Cannot mkdir: No space left on device",
          component="local", fatal=False, also_ok=["gha_cache.restore_failed"], head=["Run actions/cache@v4"],
          note="a 9.3 GB entry does not fit on the runner's disk when extracted, every time (the '...' is the reporter's elision)"),
]
