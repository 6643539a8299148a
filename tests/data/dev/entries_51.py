"""Dev-set entries, batch 51 (the GitHub Actions cache service and the caches that stand in for it, read through
many callers and versions. The legacy service as actions/cache v1 and v2 met it: connect timeouts to its Azure front
door from actions/cache and gradle-build-action, chunk uploads answering 500, 503 and 429 from actions/cache,
ccache-action and a Raspberry Pi runner, an OS update on the service that failed large bodies, reserveCache 503s
from setup-emsdk, a 429 'RequestBlockedException' met by magic-nix-cache, resets on an ARC runner; BuildKit's
`type=gha` backend: 503 and 429 bodies it could not parse, its back-off running out ('maximum timeout reached'),
a response body closed under a PATCH, a TLS handshake timeout, blobs GitHub evicted under a cache index, a 403 from
the Azure blob behind a cache entry, a signing certificate missing after a repository was recreated; other stand-ins:
a Nix binary cache that stayed down for months, Azure Pipelines' Cache task, a local runner engine's cache service
refusing larger archives, a GHES cache storage reached over the wrong protocol. Beside them the build's own: actions
bound to the retired service (setup-zig, cuda-toolkit, a fork of actions/cache, a self-hosted cache server BuildKit
could not find), deprecated actions/cache refs refused outright (a tag, a SHA, v2 next to upload-artifact v1), 409
conflicts from matrix jobs sharing a key, an S3 cache bucket in another region, a runs-on cache bucket the new stack
no longer lets the job delete from, `cache-to: type=gha` on the docker driver, a cache path a setup action never
wrote on Windows, a cache over 2 GiB for a toolkit that could not read it.) `err` is verbatim from the source (a
GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown
(blockquote markers, bold, backticks around a quote) only that markup was dropped and trailing blanks trimmed, never
a word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole
log line. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the
failing call; an inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before the
matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import Batch

PULLS = {"CERT-Polska/mwdb-core#515", "hendrikmuhs/ccache-action#59", "SAP/guided-answers-extension#622",
         "dashpay/platform#1391", "flanksource/config-db#1751"}

B = Batch(PULLS)
cache = B.family("gha_cache")
bk = B.family("builder")


def own(ref: str, cause: str, err: str, **kw: Any) -> dict[str, Any]:
    """A build-itself entry of the cache family (component gha_cache, blame build, not retryable)."""
    return B.build_in("gha_cache", ref, cause, err, component="gha_cache", **kw)

LEGACY_IP = "13.107.42.16:443"
ARTIFACTCACHE = "artifactcache.actions.githubusercontent.com"
BPA = ["Run docker/build-push-action@v6"]
BPA2 = ["Run docker/build-push-action@v2"]
LEGACY = "gha_cache.legacy_shutdown"
DEPRECATED = "This request has been automatically failed because it uses a deprecated version of `actions/cache: "
SUNSET = "https://github.blog/changelog/2024-12-05-notice-of-upcoming-releases-and-breaking-changes-for-github-actions/#actions-cache-v1-v2-and-actions-toolkit-cache-package-closing-down"
CONFLICT_409 = "Failed to save: Failed to CreateCacheEntry: Received non-retryable error: Failed request: (409) Conflict: cache entry with the same key, version, and scope already exists"
NO_DOCKER_EXPORT = "Cache export is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/build-cache-backends/"

E = [
    # --- the legacy service: reserve, restore and chunk uploads ---------------------------------------------------------
    cache("rhashimoto/sqwab#2", "gha_cache", "gha_cache.service_error", True, "service", None,
        "reserveCache failed: Cache service responded with 503",
        fatal=False, also_ok=["gha_cache.outage"],
        note="the workflow's real failure was an EMSDK too old for JSPI; the maintainer: 'The 503 error is usually a temporary GitHub server-side problem', the emsdk step goes on without its cache (the log viewer's link labels dropped)"),
    cache("actions/cache#141", "gha_cache", "gha_cache.request_timeout", True, "service", LEGACY_IP,
        "Run actions/cache@v1\n[warning]connect ETIMEDOUT 13.107.42.16:443",
        fatal=False, host_alt=["13.107.42.16"], also_ok=["gha_cache.unreachable"],
        note="v1 against the legacy cache front end: 'happening quite often 1/30 times', other runs pass; the maintainer calls the action best effort for transient network issues, so the step only warns"),
    cache("gradle/gradle-build-action#170", "gha_cache", "gha_cache.request_timeout", True, "service", LEGACY_IP,
        "Warning: Failed to save cache entry generated-gradle-jars-ab3c970dde8daf60f6604d65ff0a4c5b: Error: reserveCache failed: connect ETIMEDOUT 13.107.42.16:443",
        fatal=False, host_alt=["13.107.42.16"], also_ok=["gha_cache.unreachable"],
        note="the maintainer: the connect timeout comes from the GitHub Actions cache infrastructure; gradle-build-action catches, reports and ignores it"),
    cache("actions/cache#282", "gha_cache", "gha_cache.outage", True, "service", None,
        "Post job cleanup.\n/bin/tar -cz -f /home/runner/work/_temp/2c4ed222-ac5c-466d-b163-19853e6fd4a2/cache.tgz -C /home/runner/work/cloud-custodian/cloud-custodian/.tox/py37 .\n[warning]Cache service responded with 500 during chunk upload.\nevents.js:187\n      throw er; // Unhandled 'error' event\n      ^\nError: EBADF: bad file descriptor, read",
        raw_is_log=True, also_ok=["gha_cache.service_error", "gha_cache.upload_read_failed"],
        note="2020-04-28: 'an automated OS update that started failing requests with large bodies' on the cache service; after the rollback 'Just re ran and all is well'"),
    cache("actions/cache#356", "gha_cache", "gha_cache.service_error", True, "service", None,
        "Post job cleanup.\n/bin/tar -z -cf cache.tgz -P -C /home/pi/actions-runner/_work/pwa/pwa --files-from manifest.txt\n[warning]uploadChunk (start: 0, end: 33554431) failed: Cache service responded with 503\n/home/pi/actions-runner/_work/_actions/actions/cache/v2.0.0/dist/save/index.js:2440\n                        throw new Error(`Cache upload failed because file read failed with ${error.Message}`);\n                        ^\n\nError: Cache upload failed because file read failed with undefined",
        raw_is_log=True, also_ok=["gha_cache.upload_read_failed", "gha_cache.outage"],
        note="a self-hosted Raspberry Pi runner on cache v2.0.0: the service's 503 on a chunk, after which the action's error handler crashes on an undefined message; others saw the same 503 on hosted runners (blockquote markers dropped)"),
    cache("actions/cache#1189", "gha_cache", "gha_cache.service_error", True, "service", None,
        "Post job cleanup.\n/usr/bin/docker exec  753ebc673e8c0bc1348b4c7c70cc7e429e7a567cc043866fb5d2a3684a233e5c sh -c \"cat /etc/*release | grep ^ID\"\n/usr/bin/tar --posix -z -cf cache.tgz -P -C /__w/work-dir --files-from manifest.txt\nWarning: uploadChunk (start: 0, end: 33554431) failed: Cache service responded with 500",
        fatal=False, also_ok=["gha_cache.save_failed"],
        note="a container job's post step: the cache service's 500 on the first chunk is only a warning, so the job passes and a later restore misses; a 429 did the same for another reporter (blockquote and bold markup dropped)"),
    cache("hendrikmuhs/ccache-action#59", "gha_cache", "gha_cache.service_error", True, "service", None,
        "Error: Saving cache failed: Error: uploadChunk (start: 100663296, end: 134217727) failed: Cache service responded with 503",
        raw_is_log=True, head=["Post Install CCache"], also_ok=["gha_cache.save_failed"],
        note="'relatively regularly' a 503 from the cache service on one chunk fails the post step; the PR makes the save failure non-fatal since retrying is all one can do"),
    cache("actions/cache#1531", "gha_cache", "gha_cache.throttled", True, "service", None,
        "Post job cleanup.\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/chainlink/chainlink --files-from manifest.txt --use-compress-program zstdmt\nWarning: Failed to save: Cache service responded with 429 during upload chunk.\nWarning: Cache upload failed because file read failed with EBADF: bad file descriptor, read\nWarning: Cache upload failed because file read failed with EBADF: bad file descriptor, read\nWarning: Cache upload failed because file read failed with EBADF: bad file descriptor, read\nCache saved with key: chainlink-arm64-15bf819648053976ae8ee9f36d25fc3c6d98977d",
        fatal=False, also_ok=["gha_cache.rate_limited", "gha_cache.toolkit_throttled"],
        note="a 429 on an upload chunk, yet 'Cache saved' is printed and a later run misses the key; a throttled request, not the workflow"),
    cache("DeterminateSystems/magic-nix-cache-action#91", "gha_cache", "gha_cache.throttled", True, "service", None,
        "2024-10-03T19:14:27.7989636Z ##[warning]Failed to restore: Cache service responded with 429\n2024-10-03T19:14:30.4296808Z [command]/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/_temp/nix-installer-2ba673b6-6de5-4db6-b8e7-9009d2645341 --files-from manifest.txt --use-compress-program zstdmt\n2024-10-03T19:14:30.7856351Z Failed to save: Unable to reserve cache with key determinatesystem-nix-installer-x86_64-linux-13b69e77601057bc5b1cf53e115c3ecf-7, another job may be creating this cache. More details: {\"$id\":\"1\",\"innerException\":null,\"message\":\"Request was blocked due to exceeding usage of resource 'Count' in namespace ''.\",\"typeName\":\"Microsoft.TeamFoundation.Framework.Server.RequestBlockedException, Microsoft.TeamFoundation.Framework.Server\",\"typeKey\":\"RequestBlockedException\",\"errorCode\":0,\"eventId\":3000}",
        fatal=False, also_ok=["gha_cache.rate_limited", "gha_cache.reserve_conflict"],
        note="the reporter asks whether 'Failed to save' is critical: the cache service throttled the repository's request count, the installer step carries on (its next lines run) without a cache"),
    cache("actions/cache#1186", "gha_cache", "gha_cache.connection_closed", True, "service", None,
        "Warning: Failed to restore: getCacheEntry failed: read ECONNRESET\nCache not found for input keys: <cache_name>",
        fatal=False, also_ok=["gha_cache.unreachable", "connectivity.reset"],
        note="ARC runners on premises: the cache exists, save and restore fail by turns after ~45 s with a reset and pass on other runs; the reporter ruled out their network and asks for retries (placeholder key as posted)"),
    # --- BuildKit's type=gha backend ---------------------------------------------------------------------------------
    cache("docker/build-push-action#515", "gha_cache", "gha_cache.outage", True, "service", None,
        "#58 ERROR: failed to parse error response 503: { 'message': 'GitHub Actions is temporarily unavailable. Please visit https://www.githubstatus.com/ for the status of our services.', 'ref': 'Ref A: 9EAC256566594DE4B12BE39604AC0A81 Ref B: BN3EDGE0310 Ref C: 2022-01-20T16:25:26Z' }: invalid character '\\'' looking for beginning of object key string",
        head=BPA2, also_ok=["gha_cache.bad_response", "gha_cache.service_error"],
        note="2022-01-20: a maintainer confirms the same 503 page on their own builds ('I can confirm we have this issue as well'); BuildKit cannot parse the HTML-ish body, the service came back"),
    cache("moby/buildkit#2276", "gha_cache", "gha_cache.throttled", True, "service", None,
        "#19 ERROR: error writing layer blob: failed to parse error response 429: {\"$id\":\"1\",\"innerException\":null,\"message\":\"Request was blocked due to exceeding usage of resource 'Count' in namespace ''.\",\"typeName\":\"Microsoft.TeamFoundation.Framework.Server.RequestBlockedException, Microsoft.TeamFoundation.Framework.Server\",\"typeKey\":\"RequestBlockedException\",\"errorCode\":0,\"eventId\":3000}: invalid character 'ï' looking for beginning of value\n------\n > exporting cache:\n------",
        head=BPA2, also_ok=["gha_cache.rate_limited", "gha_cache.bad_response"],
        note="with mode=max the export makes enough requests that the cache API blocks the repository's request count; the 429 body starts with a BOM BuildKit cannot parse; the same export passes when the count allows"),
    cache("moby/buildkit#2492", "gha_cache", "gha_cache.backoff_timeout", True, "service", None,
        "#19 exporting cache\n#19 preparing build cache for export done\n#19 ERROR: maximum timeout reached\n------\n > exporting cache:\n------\nerror: failed to solve: maximum timeout reached\nError: buildx failed with: error: failed to solve: maximum timeout reached",
        raw_is_log=True, also_ok=["gha_cache.throttled", "gha_cache.request_timeout"],
        note="'I've seen this error a few times lately': the cache API answers 429 and BuildKit's exponential back-off runs out of its budget, more often when several PRs run at once; randomly, not every build"),
    cache("docker/buildx#841", "gha_cache", "gha_cache.backoff_timeout", True, "service", None,
        "buildx failed with: error: failed to solve: error writing layer blob: error committing cache 66034: maximum timeout reached",
        prefix="Error: ", raw_is_log=True, head=BPA2, also_ok=["gha_cache.throttled", "gha_cache.request_timeout"],
        note="after the mode=max 400s were fixed in BuildKit, the pinned master image showed 'a lot of timeout errors' committing cache entries against the rate-limited API; the limits were later raised"),
    cache("CERT-Polska/mwdb-core#515", "gha_cache", "gha_cache.connection_closed", True, "service", ARTIFACTCACHE,
        "#17 exporting cache\n#17 preparing build cache for export done\n#17 writing layer sha256:2fcd866b2b28912fa0b8d82b36eab616af243785ee69bbc02ea865c5b103731a\n#17 writing layer sha256:2fcd866b2b28912fa0b8d82b36eab616af243785ee69bbc02ea865c5b103731a 1.2s done\n#17 ERROR: error writing layer blob: Patch \"https://artifactcache.actions.githubusercontent.com/ZZykNmevxKcKtilmBliEZcTNHLY9TCICy4RK7vdM3fyFYHMRag/_apis/artifactcache/caches/730\": http: read on closed response body\n------\n > exporting cache:\n------\nerror: failed to solve: error writing layer blob: Patch \"https://artifactcache.actions.githubusercontent.com/ZZykNmevxKcKtilmBliEZcTNHLY9TCICy4RK7vdM3fyFYHMRag/_apis/artifactcache/caches/730\": http: read on closed response body\nError: buildx failed with: error: failed to solve: error writing layer blob: Patch \"https://artifactcache.actions.githubusercontent.com/ZZykNmevxKcKtilmBliEZcTNHLY9TCICy4RK7vdM3fyFYHMRag/_apis/artifactcache/caches/730\": http: read on closed response body",
        raw_is_log=True, also_ok=["gha_cache.service_error"],
        note="January 2022: the cache service closed the response under a chunk PATCH; the PR stops exporting to the gha cache 'until problem disappears' since caching is not crucial"),
    cache("docker/bake-action#137", "gha_cache", "gha_cache.connection_closed", True, "service", ARTIFACTCACHE,
        "Error: buildx bake failed with: ERROR: failed to solve: error writing layer blob: Patch\n\"https://artifactcache.actions.githubusercontent.com/uTgMzyvCdNIjCtee7zrndnvlIB7VknrPTzIh4DDuGWZFAwVhOj/_apis/artifactcache/caches/202\":\nread tcp 172.17.0.2:44358->52.219.169.187:443: use of closed network connection",
        raw_is_log=True, host_alt=["52.219.169.187:443", "52.219.169.187"], also_ok=["gha_cache.unreachable", "connectivity.reset"],
        note="'I think this may be an intermittent issue': a connection to the cache endpoint dropped mid-PATCH with mode=max; the registry backend worked (the paste's line breaks kept, a trailing blank trimmed)"),
    cache("docker/build-push-action#975", "gha_cache", "gha_cache.request_timeout", True, "service", None,
        "Error: buildx failed with: ERROR: failed to solve: Get \"https://asdf.actions.githubusercontent.com/qwer1234/_apis/artifactcache/cache?keys=buildkit-blob-1-sha256%qwer1234&version=1234\": net/http: TLS handshake timeout",
        raw_is_log=True, head=["Run docker/build-push-action@v4"], host_alt=["asdf.actions.githubusercontent.com"], also_ok=["gha_cache.unreachable", "connectivity.tls_handshake_timeout"],
        note="a private repository's PRs failing for a couple of days on the cache lookup's TLS handshake with nothing changed on its side; the host is the reporter's placeholder (backticks around the quote dropped)"),
    cache("docker/bake-action#313", "gha_cache", "gha_cache.sas_expired", True, "service", "productionresultssa5.blob.core.windows.net",
        "#44 [barman-ubi9] exporting to image\n#44 pushing layers 1.0s done\n#44 ERROR: failed to push  <redacted>:3.12.1-ubi9: failed to copy: GET https://productionresultssa5.blob.core.windows.net/actions-cache/7e0-271151296\n--------------------------------------------------------------------------------\nRESPONSE 403: 403 Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nERROR CODE: AuthenticationFailed",
        head=["Run docker/bake-action@v6"], also_ok=["gha_cache.blob_missing", "gha_cache.service_error"],
        note="bake builds on the v2 cache service: the Azure blob behind a cache entry refuses its signed URL (others in the thread get 404 BlobNotFound); 'Rerunning the job usually fixes this', and ignore-error does not cover the push step"),
    cache("moby/buildkit#2426", "gha_cache", "gha_cache.blob_missing", False, "service", None,
        "error: failed to solve: blob sha256:1fb11dfd9b348fa84eaf1fafa57a7ee992b6d010f1df82ada3ccd399845fc37f not found",
        head=BPA2, also_ok=["gha_cache.export_failed"],
        note="'The workflow wasn't touched since it was enabled': GitHub evicted blobs the cache index still matched, and re-exporting asked for them; every build failed until BuildKit's fix (moby/buildkit#2433) checked blobs on re-export"),
    cache("moby/buildkit#2332", "gha_cache", "gha_cache.blob_missing", False, "service", None,
        "#18 [11/19] COPY requirements.txt .\n#18 ERROR: blob not found\n------\n > [11/19] COPY requirements.txt .:\n------\nDockerfile:80\n--------------------\n  78 |     # [...]\n  79 |     ENV [...]\n  80 | >>> COPY requirements.txt .\n  81 |     # [...]\n  82 |     RUN [...]\n--------------------\nerror: failed to solve: failed to compute cache key: blob not found\nError: buildx failed with: error: failed to solve: failed to compute cache key: blob not found",
        raw_is_log=True, also_ok=["gha_cache.restore_failed"],
        note="builds started failing when the repository's GHA cache 'may have been pruned a bit': the imported cache points at a blob the service no longer holds, the same on each run until the cache or BuildKit changes (the '[...]' elisions are the reporter's)"),
    cache("docker/build-push-action#1100", "gha_cache", "gha_cache.service_error", False, "service", None,
        "#88 exporting to GitHub Actions Cache\n#88 preparing build cache for export\n#88 preparing build cache for export 99.0s done\n#88 ERROR: Signing certificate with thumbprint 943DC3545AEC524FF3E4C1FC45CE22256D24C501 not found in store /etc/certificates. See https://aka.ms/actionsDbBackups for possible mitigation.\n------\n > importing cache manifest from gha:7159216815194238616:\n------\n------\n > exporting to GitHub Actions Cache:\n------\nERROR: failed to solve: Signing certificate with thumbprint 943DC3545AEC524FF3E4C1FC45CE22256D24C501 not found in store /etc/certificates. See https://aka.ms/actionsDbBackups for possible mitigation.",
        also_ok=["gha_cache.outage", "gha_cache.bad_token"],
        note="after renaming a repository and creating a new one under the old name, the cache service's backend lacks the signing certificate for it; the reporter believes it is GitHub's server issue and works around it by skipping the cache when unreachable"),
    # --- other caches standing in ---------------------------------------------------------------------------------
    cache("input-output-hk/haskell.nix#2231", "gha_cache", "gha_cache.outage", False, "service", "cache.zw3rk.com",
        "warning: error: unable to download 'https://cache.zw3rk.com/43wcwkyp5pq1cyw5wjyhy8fb24hrz9np.narinfo': HTTP error 504; retrying in 352 ms\nwarning: error: unable to download 'https://cache.zw3rk.com/43wcwkyp5pq1cyw5wjyhy8fb24hrz9np.narinfo': HTTP error 504; retrying in 662 ms\nwarning: error: unable to download 'https://cache.zw3rk.com/43wcwkyp5pq1cyw5wjyhy8fb24hrz9np.narinfo': HTTP error 504; retrying in 1077 ms\nwarning: error: unable to download 'https://cache.zw3rk.com/43wcwkyp5pq1cyw5wjyhy8fb24hrz9np.narinfo': HTTP error 504; retrying in 2094 ms",
        fatal=False, also_ok=["gha_cache.service_error", "connectivity.gateway_timeout"],
        note="the haskell.nix binary cache answered 504 from July 2024 ('persisted since', 'Same here' in September) until a maintainer thought it 'back up' on 2025-01-01 (labelled wontfix): Nix retries and falls back to building, a re-run soon meets the same gateway"),
    cache("microsoft/azure-pipelines-tasks#13678", "gha_cache", "gha_cache.service_error", True, "service", None,
        "##[error]Service Unavailable",
        raw_is_log=True, head=["##[section]Starting: Cache NuGet Packages"], also_ok=["gha_cache.outage"],
        note="Azure Pipelines' Cache@2 task on a hosted agent: the pipeline caching service answers 503 and the job fails; the thread went stale without a cause beyond the service (backticks around the quote dropped)"),
    cache("preloopdev/preloop#292", "gha_cache", "gha_cache.service_error", False, "service", None,
        "##[warning]uploadCacheArchiveSDK: internal error uploading cache archive:\n##[warning]Failed to save:",
        fatal=False, also_ok=["gha_cache.save_failed", "gha_cache.too_large"],
        note="a local runner engine's stand-in for the cache service drops uploads between 64 and 256 MB with an empty reason, while small archives save and restore; every larger save fails the same (each line was quoted in backticks)"),
    cache("actions/cache#1431", "gha_cache", "gha_cache.proxy_misconfigured", False, "local", None,
        "Warning: Failed to restore: downloadCache failed: write EPROTO 11588:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:c:\\ws\\deps\\openssl\\openssl\\ssl\\record\\ssl3_record.c:332:\n\nCache not found for input keys: BaselineAAT-a0ee07a426cbae7009426045c8b4a70b3222ab91",
        fatal=False, head=["Run actions/cache@v3"], also_ok=["connectivity.tls_error", "gha_cache.restore_failed"],
        note="GHES 3.12 with a self-hosted Windows runner: saves work, every restore speaks TLS to a cache storage endpoint that answers plain HTTP ('Does your cache storage server URL only support http protocol?'); the same on each run"),
    # --- the build's own: clients bound to the retired service -------------------------------------------------------
    own("mlugg/setup-zig#36", LEGACY,
        "Run mlugg/setup-zig@v1\nFetching zig-linux-x86_64-0.14.0.tar.xz\nWarning: Failed to restore: Cache service responded with 422\nCache miss. Fetching Zig 0.14.0\nAttempting mirror: https://pkg.machengine.org/zig\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/whats/whats --files-from manifest.txt --use-compress-program zstdmt\nFailed to save: Unable to reserve cache with key setup-zig-tarball-zig-linux-x86_64-0.14.0, another job may be creating this cache. More details: This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset",
        fatal=False, also_ok=["gha_cache.client_refused", "gha_cache.reserve_conflict"],
        note="setup-zig v1 shipped a toolkit still on the legacy cache API, which answers 422 from 2025-04-15; the action's cache never works again until the action is updated (the mirror fetch goes on)"),
    own("Jimver/cuda-toolkit#392", LEGACY,
        "Warning: Failed to restore: Cache service responded with 422\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/llvmbpf/llvmbpf --files-from manifest.txt --use-compress-program zstdmt\nFailed to save: Unable to reserve cache with key cuda_installer-linux-6.11.0-1014-azure-x64-12.8.1, another job may be creating this cache. More details: This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset",
        fatal=False, head=["Run Jimver/cuda-toolkit@master"], also_ok=["gha_cache.client_refused"],
        note="the action's bundled cache client still spoke the retired API in May 2025, so its installer cache is refused on every run; the step's real failure is the CUDA installer's own crash after these warnings"),
    own("actions/cache#1624", LEGACY,
        "Failed to restore: getCacheEntry failed: Cache service responded with 503",
        prefix="Warning: ", fatal=False, head=["Run osy/actions-cache@2fc65ffa9098d26fa9a7be100f1b81a97ff6341a"], also_ok=["gha_cache.service_error", "gha_cache.client_refused"],
        note="a fork of actions/cache with longer timeouts for a caching proxy began getting 503 in July 2025 while 'pointing to this repo works fine': the fork's old client is the difference, not an outage (backticks around the quote dropped)"),
    own("falcondev-oss/github-actions-cache-server#134", LEGACY,
        "#8 importing cache manifest from gha:11113334206725156320\n#8 ERROR: This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset",
        fatal=False, head=BPA, also_ok=["gha_cache.remote_config_invalid", "gha_cache.client_refused"],
        note="a self-hosted cache server: BuildKit did not see ACTIONS_RESULTS_URL and fell back to cache service v1, which GitHub's sunset message refuses; the maintainer: 'This error occurs if you're still using cache service v1'"),
    own("SAP/guided-answers-extension#622", "gha_cache.client_refused",
        "Error: " + DEPRECATED + "v4.0.2`",
        raw_is_log=True, also_ok=[LEGACY],
        note="the workflow pinned actions/cache v4.0.2, a release GitHub now refuses outright; the PR bumps to v4.0.3+ (the quote ends where the PR's quote ends)"),
    own("actions/cache#1562", "gha_cache.client_refused",
        "Error: " + DEPRECATED + "13aacd865c20de90d75de3b17ebe84f7a17d57d2`. Please update your workflow to use v3/v4 of actions/cache to avoid interruptions. Learn more: " + SUNSET,
        raw_is_log=True, also_ok=[LEGACY],
        note="reported as a false positive for v4.2.2, then 'Seems I was misled by the GH UI, nevermind': the failing job used an older SHA-pinned actions/cache"),
    own("rust-starter/rust-starter#54", "gha_cache.client_refused",
        "Error: " + DEPRECATED + "v2`. Please update your workflow to use v3/v4 of actions/cache to avoid interruptions. Learn more: " + SUNSET + ". This request has been automatically failed because it uses a deprecated version of `actions/upload-artifact: v1`. Learn more: https://github.blog/changelog/2024-02-13-deprecation-notice-v1-and-v2-of-the-artifact-actions/",
        raw_is_log=True, also_ok=[LEGACY, "github.action_deprecated"],
        note="the template's workflow still uses actions/cache@v2 and upload-artifact@v1, both refused before any step runs; the fix is bumping the versions"),
    own("actions/toolkit#1442", "gha_cache.too_large",
        "Received 2737442722 of 2737442722 (100.0%), 194.9 MBs/sec\nError: The value of \"length\" is out of range. It must be >= 0 && <= 2147483647. Received 2737442722",
        raw_is_log=True, head=["Run actions/setup-python@v2"], also_ok=["gha_cache.restore_failed", "gha_cache.corrupt_archive"],
        note="a pip cache grown past 2 GiB restored by setup-python@v2, whose bundled cache client cannot read it ('The error is persistent'); mentioned as fixed in actions/cache v3.0.1, and deleting the cache also lets the job pass"),
    # --- the build's own: keys, paths, buckets and builders -----------------------------------------------------------
    own("moonrepo/setup-rust#32", "gha_cache.reserve_conflict",
        CONFLICT_409,
        fatal=False, head=["Post Run moonrepo/setup-rust@v1"],
        note="parallel matrix builds save under one key; the first wins and the others get the twirp service's 409, a warning that repeats on every run of that matrix"),
    own("bazel-contrib/setup-bazel#77", "gha_cache.reserve_conflict",
        "Warning: " + CONFLICT_409,
        fatal=False,
        note="the action uploads the same cache key from several jobs ('There is currently an issue when multiple jobs attempt to upload the same cache, addressed in #71'); nothing on GitHub's side"),
    own("dashpay/platform#1391", "gha_cache.remote_config_invalid",
        "Restore s3 cache failed: Error: Unexpected (permanent) at Pager::next, context: { response: Parts { status: 301, version: HTTP/1.1, headers: {\"x-amz-bucket-region\": \"eu-west-1\", \"x-amz-request-id\": \"3WEXC0275TW606D3\", \"x-amz-id-2\": \"BQW9Imt05kUrseOe7TpuXwChVydDLjFl+/p3tpxbZiTZVJzyp/Mnm06R3hAAXkQBFcU+9nWT008=\", \"content-type\": \"application/xml\", \"transfer-encoding\": \"chunked\", \"date\": \"Tue, 12 Sep 2023 04:32:59 GMT\", \"server\": \"AmazonS3\"} }, service: s3, path: Linux-yarn-unplugged-eef79a1fefecdfa2e3d63ea004871c480d656559c004f343a5fc34f32c02cd39/ } => S3Error { code: \"PermanentRedirect\", message: \"The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.\", resource: \"\", request_id: \"3WEXC0275TW606D3\" }",
        fatal=False, host_alt=["s3.amazonaws.com"], also_ok=["connectivity.redirect", "gha_cache.restore_failed"],
        note="everpcpc/actions-cache addressed an eu-west-1 bucket without the region; the PR runs aws-actions/configure-aws-credentials first so the runner's environment names it ('non-fatal errors ... slowing down actions')"),
    B.entry("gha_cache", "runs-on/runs-on#418", "credentials", "credentials.insufficient_scope", False, "build", None,
        "ERROR \"rm s3://runs-on-s3bucketcache-4bkg7ry5wemp/cache/*\": User: arn:aws:sts::329599636903:assumed-role/runs-on-EC2InstanceRole-5ccPPM88h84b/i-0819189ac2aeba905 is not authorized to perform: s3:DeleteObject on resource: \"arn:aws:s3:::runs-on-s3bucketcache-4bkg7ry5wemp/cache/v1/unify-apps/www/refs/pull/16627/merge/c287b09f82966d00225ddb4214437f763e4cd48a762970d0980a877cc1fd7c21/Linux-vercel-nextjs-platform-a431f2e83fb961201242c28dfbe856248eed30dfaca607a1ab1202e3aa3f407f-52e675b1085b0724a14953075a74d5c6d80e95f4ff5d5c018c8a289629f3929d\" because no identity-based policy allows the s3:DeleteObject action",
        cmd="s5cmd rm \"s3://${{ env.RUNS_ON_S3_BUCKET_CACHE }}/cache/*\"", also_ok=["credentials.forbidden", "gha_cache.permission_denied"],
        note="after upgrading the runs-on stack from 2.8.3 to 2.10.1 the runner's instance role no longer grants s3:DeleteObject on the magic-cache bucket; the workflow's own cleanup step is refused on every run"),
    own("Jimver/cuda-toolkit#398", "gha_cache.path_missing",
        "Error: Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.",
        raw_is_log=True, head=["Run Jimver/cuda-toolkit@v0.2.25"], also_ok=["build.action_regression"],
        note="on windows-2019 the action's v0.2.25 caches an installer path it never created and fails the step (a regression also reported as #395; v0.2.24 works); every run the same until the action is pinned or fixed"),
    bk("mycloudnexus/kraken#1", "builder", "builder.cache_export_unsupported", False, "build", None,
        "/usr/bin/docker buildx build --cache-from type=gha --cache-to type=gha,mode=max --file ./docker/app-controller/Dockerfile --iidfile /home/runner/work/_temp/docker-actions-toolkit-njN0kl/build-iidfile-7aa0803546.txt --tag cloudnexusopsdockerhub/kraken-app-controller:1.0.1 --metadata-file /home/runner/work/_temp/docker-actions-toolkit-njN0kl/build-metadata-8a96b30582.json --push .\nERROR: " + NO_DOCKER_EXPORT + "\nError: buildx failed with: Learn more at https://docs.docker.com/go/build-cache-backends/",
        raw_is_log=True, head=["Run docker/build-push-action@v5"], also_ok=["builder.exporter_unsupported", "gha_cache.export_failed"],
        note="the release workflow asks for `cache-to: type=gha` without docker/setup-buildx-action, so the default docker driver cannot export a cache; the docs link is no host"),
    bk("flanksource/config-db#1751", "builder", "builder.cache_export_unsupported", False, "build", None,
        "/usr/bin/docker buildx build --cache-from type=gha --cache-to type=gha,mode=max --file ./build/Dockerfile --iidfile /home/runner/work/_temp/docker-actions-toolkit-ZI5wM0/build-iidfile-04e9fb5963.txt --tag localhost:5000/flanksource/config-db:latest --metadata-file /home/runner/work/_temp/docker-actions-toolkit-ZI5wM0/build-metadata-65477e26c9.json --push .\nERROR: failed to build: " + NO_DOCKER_EXPORT + "\nReference\nCheck build summary support\nError: buildx failed with: Learn more at https://docs.docker.com/go/build-cache-backends/",
        raw_is_log=True, also_ok=["builder.exporter_unsupported", "gha_cache.export_failed"],
        note="a build pushing to a local registry on the docker driver with gha cache flags; the PR disables caching on that Docker build"),
]
