"""Dev-set entries, batch 26 (the GitHub Actions cache again, from angles batches 17 and 20 had fewer of: the save
side of the retired v1 service (reserveCache, a PATCH the service refused), the v2 service's twirp errors
(CreateCacheEntry's 404 and 409), the split actions/cache/save and restore actions, fail-on-cache-miss, Azure blob
downloads that time out, stall or lose their signature on a slow self-hosted link, crashes of the toolkit's upload
after a 429 or 503, callers of @actions/cache (setup-node, setup-python, setup-java, setup-go, setup-dotnet,
setup-bun, gradle-cache-action, rust-cache, a Turborepo cache server, sccache, setup-bazel), BuildKit's `type=gha`
import and export of blobs the cache no longer holds, GitHub Enterprise Server's cache storage and self-hosted cache
servers). `err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a
thread quoted a log inside Markdown (** bold, a [text](link) a log viewer had made of a number) only that markup was
dropped, never a word of the log; where a thread quoted two blocks with its own words between, the second is the
entry's `tail`; where the only quote of a line is the thread's title (the log itself being a screenshot), that is
said in `note`. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the
failing call; an inferred one (or a loopback server in front of the real service) goes in host_alt. fatal=False marks
a warning the job survived (or a line the job failed after, elsewhere). Labels were set from the threads before the
matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"heroku/cnb-builder-images#360", "oven-sh/setup-bun#26", "bazel-contrib/rules_kotlin#1462"}

B = Batch(PULLS)
cache = B.cache


POST = ["Post job cleanup."]
V1_IP = ["52.152.245.137", "52.152.245.137:443"]
BPA = ["Run docker/build-push-action@v2", "  with:", "    cache-from: type=gha", "    cache-to: type=gha,mode=max"]
EBADF = ("                        throw new Error(`Cache upload failed because file read failed with ${error.message}`);\n"
         "                        ^\n\n"
         "Error: Cache upload failed because file read failed with EBADF: bad file descriptor, read\n")
BLOCKED = ("{\"$id\":\"1\",\"innerException\":null,\"message\":\"Request was blocked due to exceeding usage of resource 'Count' in namespace ''.\","
           "\"typeName\":\"Microsoft.TeamFoundation.Framework.Server.RequestBlockedException, Microsoft.TeamFoundation.Framework.Server\"")

E = [
    # --- the retired v1 service and its clients: the save side, and other callers than actions/cache ------------------
    cache("xtdb/xtdb#4487", "gha_cache.legacy_shutdown", False, "build",
          "Warning: Failed to save cache entry with path '/home/runner/.gradle/caches/*/kotlin-dsl/accessors/*/\n  /home/runner/.gradle/caches/*/kotlin-dsl/scripts/*/' and key: gradle-kotlin-dsl-v1-8944642d4bdc4560fec1e5cdc55eda69: Error: reserveCache failed: connect ETIMEDOUT 52.152.245.137:443",
          fatal=False, host_alt=V1_IP, also_ok=["gha_cache.unreachable", "connectivity.timeout"],
          head=["Post Build XTDB shadowJar"],
          note="May 2025: 'runs since the weekend have been timing out trying to connect to the Github Gradle cache' (CI 18 -> 31 minutes); reserveCache is the v1 client's save call, to the decommissioned service's address in the weeks of its shutdown (the same weeks' gradle/actions#655); the save is skipped with a warning"),
    cache("dtinth/setup-github-actions-caching-for-turbo#27", "gha_cache.legacy_shutdown", False, "build",
          "WARNING  failed to contact remote cache: Error making HTTP request: HTTP status server error (500 Internal Server Error) for url (http://localhost:41230/v8/artifacts/b95********fbdcd?slug=turbogha)",
          fatal=False, host_alt=["localhost:41230", "localhost"], also_ok=["gha_cache.service_error"], cmd="npx turbo run build",
          note="May 2025, 'for the past couple weeks': the action's local Turborepo cache server (port 41230) answers 500 because its bundled cache client speaks the retired service; 'This project is no longer being actively maintained' and the maintainer points to another action. turbo warns and builds uncached"),
    cache("dtinth/setup-github-actions-caching-for-turbo#26", "gha_cache.client_refused", False, "build",
          "##[debug]Response status 400: Bad Request\n##[debug]Response headers: {\"content-length\":\"307\",\"content-type\":\"application/json; charset=utf-8\",\"date\":\"Fri, 21 Jun 2024 15:40:32 GMT\",\"server\":\"Kestrel\",\"cache-control\":\"no-store,no-cache\",\"pragma\":\"no-cache\",\"strict-transport-security\":\"max-age=2592000\",\"x-tfs-processid\":\"9da7f87a-c90a-4363-8df9-8cd546e8ce26\",\"activityid\":\"83c9a449-f35e-4edf-817c-f266125a60ab\",\"x-tfs-session\":\"83c9a449-f35e-4edf-817c-f266125a60ab\",\"x-vss-e2eid\":\"83c9a449-f35e-4edf-817c-f266125a60ab\",\"x-vss-senderdeploymentid\":\"e3de3c8c-fa12-318e-3301-e1d3e326b2e8\",\"x-frame-options\":\"SAMEORIGIN\"}\n##[debug]Response data: {\"$id\":\"1\",\"innerException\":null,\"message\":\"A valid Content-Range header must be provided when uploading cache chunks.\",\"typeName\":\"Microsoft.Azure.DevOps.ArtifactCache.WebApi.InvalidChunkException, Microsoft.Azure.DevOps.ArtifactCache.WebApi\",\"typeKey\":\"InvalidChunkException\",\"errorCode\":0,\"eventId\":3000}",
          fatal=False, also_ok=["gha_cache.bad_response"],
          note="'consistently seeing the PATCH /caches/:id call to GHA fail with a 400': the action's own upload omits the Content-Range the service requires; the reporter switched to another action and the maintainer no longer uses turborepo. Every save fails the same way, the builds go on uncached"),
    cache("PlantandFoodResearch/MCHap#187", "gha_cache.legacy_shutdown", False, "build",
          "Error: getCacheEntry failed: Our services aren't available right now We're working to restore all services as soon as possible. Please check back soon.",
          also_ok=["gha_cache.outage", "gha_cache.service_error"],
          note="September 2025, the pre-commit step fails on every run and the author disables it. Label judgement from the log: getCacheEntry is only the retired v1 client's call (months after its shutdown), and the answer is GitHub's front-door error page, so the run does not pass by re-running; the thread gives no diagnosis"),
    # --- the hosted service failing --------------------------------------------------------------------------------------
    cache("actions/setup-java#343", "gha_cache.outage", True, "service",
          "Error: getCacheEntry failed: Cache service responded with 503",
          also_ok=["gha_cache.service_error"],
          head=["Run actions/setup-java@v2", "  with:", "    java-version: 16", "    distribution: zulu", "    cache: maven"],
          note="2022-06-13, the cache service's 503s (actions/cache#820, 'affecting a lot of users'); setup-java v2 fails the step on a restore error. The quoted line is the thread's title (its log excerpt stops before it); labelled external"),
    cache("actions/setup-java#261", "gha_cache.outage", True, "service",
          "Error: getCacheEntry failed: Cache service responded with 500",
          also_ok=["gha_cache.service_error"],
          head=["Run actions/setup-java@v2", "  with:", "    java-version: 11", "    distribution: adopt", "    cache: maven"],
          note="2021-12-11, the day of actions/cache#698's 500s ('It has worked with other projects, but the new ones seem to fail'); the quoted line is the thread's title"),
    cache("actions/cache#1383", "gha_cache.service_error", True, "service",
          "Failed to restore: getCacheEntry failed: Cache service responded with 500",
          prefix="Warning: ", fatal=False, also_ok=["gha_cache.outage"], head=["Run actions/cache@v4"],
          note="2024-04-22/23: 'Github support finally responded to my support ticket and has reported this has been resolved'; a Rust dependency cache, the job goes on uncached. The quoted line is the thread's title (the log was a screenshot)"),
    cache("actions/cache#1189", "gha_cache.service_error", True, "service",
          "Post job cleanup.\n/usr/bin/docker exec  753ebc673e8c0bc1348b4c7c70cc7e429e7a567cc043866fb5d2a3684a233e5c sh -c \"cat /etc/*release | grep ^ID\"\n/usr/bin/tar --posix -z -cf cache.tgz -P -C /__w/work-dir --files-from manifest.txt\nWarning: uploadChunk (start: 0, end: 33554431) failed: Cache service responded with 500",
          fatal=False, also_ok=["gha_cache.outage"], raw_is_log=True,
          note="a container job's save meets the service's 500 and the job still succeeds ('Cache save failure is silently successful'); the job that restores it later misses. A commenter saw the same with a 429"),
    cache("actions/setup-node#332", "gha_cache.service_error", True, "service",
          "Post job cleanup.\n/Users/davidwinter/actions-runner/_work/_tool/node/16.6.2/x64/bin/npm config get cache\n/Users/davidwinter/.npm\n/usr/bin/tar --posix --use-compress-program zstd -T0 -cf cache.tzst -P -C /Users/davidwinter/actions-runner/_work/nimblenote/nimblenote --files-from manifest.txt\nWarning: uploadChunk (start: 33554432, end: 67108863) failed: Cache service responded with 503\n/Users/davidwinter/actions-runner/_work/_actions/actions/setup-node/v2/dist/cache-save/index.js:3682\n" + EBADF + "    at ReadStream.<anonymous> (/Users/davidwinter/actions-runner/_work/_actions/actions/setup-node/v2/dist/cache-save/index.js:3682:31)\n    at ReadStream.emit (events.js:210:5)\n    at internal/fs/streams.js:167:12\n    at FSReqCallback.wrapper [as oncomplete] (fs.js:470:5)",
          also_ok=["gha_cache.upload_read_failed", "gha_cache.outage"], raw_is_log=True,
          note="a self-hosted macOS runner: the service's 503 on one chunk, then the toolkit's upload crashes the post step (EBADF) and the job fails; 'Sometimes, re-running the job will succeed fine and other times it will fail again'"),
    cache("actions/cache#467", "gha_cache.toolkit_throttled", True, "service",
          "Post job cleanup.\n/usr/bin/tar --posix --use-compress-program zstd -T0 -cf cache.tzst -P -C /Users/runner/work/Mudlet/Mudlet --files-from manifest.txt\nWarning: Cache service responded with 429 during upload chunk.\n/Users/runner/work/_actions/actions/cache/v2/dist/save/index.js:3305\n" + EBADF + "    at ReadStream.<anonymous> (/Users/runner/work/_actions/actions/cache/v2/dist/save/index.js:3305:31)\n    at ReadStream.emit (events.js:210:5)\n    at internal/fs/streams.js:167:12\n    at FSReqCallback.wrapper [as oncomplete] (fs.js:470:5)",
          also_ok=["gha_cache.rate_limited", "gha_cache.throttled", "gha_cache.upload_read_failed"], raw_is_log=True,
          note="'Saving cache can fail, breaking build (response 429/503)': a ccache save on macOS is throttled, the v2 action's upload then crashes and fails the job; a throttled save passes once the window clears"),
    cache("actions/setup-python#504", "gha_cache.upload_read_failed", True, "service",
          "Post job cleanup.\n/usr/bin/tar --posix --use-compress-program zstd -T0 -cf cache.tzst -P -C /home/runner/work/org/repo --files-from manifest.txt\n/home/runner/work/_actions/actions/setup-python/v3/dist/cache-save/index.js:3881\n" + EBADF + "    at ReadStream.<anonymous> (/home/runner/work/_actions/actions/setup-python/v3/dist/cache-save/index.js:3881:31)\n    at ReadStream.emit (node:events:390:28)\n    at emitErrorNT (node:internal/streams/destroy:157:8)\n    at errorOrDestroy (node:internal/streams/destroy:220:7)\n    at node:internal/fs/streams:258:9\n    at FSReqCallback.wrapper [as oncomplete] (node:fs:660:5)",
          also_ok=["gha_cache.service_error", "gha_cache.connection_closed"], raw_is_log=True,
          note="setup-python v3's post step crashes in the toolkit's chunked upload without naming the service's answer; 'I then re-trigger the job manually until it works'"),
    cache("Swatinem/rust-cache#44", "gha_cache.service_error", True, "service",
          "Warning:  Cache service responded with 400 during upload chunk.\nWarning:  Cache upload failed because file read failed with EBADF: bad file descriptor, read\nError: Cache upload failed because file read failed with EBADF: bad file descriptor, read\n    at ReadStream.<anonymous> (/home/runner/work/_actions/Swatinem/rust-cache/v1/dist/save/index.js:359:31)\n    at ReadStream.emit (events.js:210:5)\n    at internal/fs/streams.js:167:12\n    at FSReqCallback.wrapper [as oncomplete] (fs.js:470:5)\nWarning:  Cache upload failed because file read failed with ESPIPE: invalid seek, read\nError: Cache upload failed because file read failed with ESPIPE: invalid seek, read",
          fatal=False, also_ok=["gha_cache.upload_read_failed", "gha_cache.client_refused"], head=POST,
          note="February 2022, 'since yesterday': rust-cache v1's save meets a 400 on a chunk and its upload errors are printed, but the cache is simply never reused; the maintainer: 'Looks a bit like an intermittent failure' in the upstream cache code. Cut before the thread's own words"),
    cache("enketo/enketo#1543", "gha_cache.restore_failed", True, "service",
          "2026-06-22T15:21:22.5628114Z   key: build-22.12.0-a4e610e54533800f6ddc73008226559653961ec3\n2026-06-22T15:21:22.5628450Z   fail-on-cache-miss: true\n2026-06-22T15:21:22.5628703Z   enableCrossOsArchive: false\n2026-06-22T15:21:22.5628951Z   lookup-only: false\n2026-06-22T15:21:22.5629189Z   save-always: false\n2026-06-22T15:21:22.5629393Z env:\n2026-06-22T15:21:22.5629628Z   VOLTA_HOME: /opt/hostedtoolcache/volta/2.0.2/x64\n2026-06-22T15:21:22.5629940Z ##[endgroup]\n2026-06-22T15:21:23.1010221Z ##[error]Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: build-22.12.0-a4e610e54533800f6ddc73008226559653961ec3",
          also_ok=["gha_cache.service_error", "gha_cache.outage"], raw_is_log=True,
          head=["2026-06-22T15:21:22.5626903Z ##[group]Run actions/cache@v5", "2026-06-22T15:21:22.5627176Z with:"],
          note="the build job of the same run saved this key; the restore found nothing and fail-on-cache-miss ended the job. 'Re-running the job, it passed OK'; seen on an unrelated repository the same day, 'I'm guessing this is a GitHub Actions issue'"),
    cache("actions/cache#1541", "gha_cache.service_error", True, "service",
          "Warning: Failed to save: Failed to CreateCacheEntry: Received non-retryable error: Failed request: (404) Not Found: invalid request",
          fatal=False, also_ok=["gha_cache.client_refused"],
          head=["Run actions/cache/save@v4"],
          note="2025-02-07 from about 1 AM CET, every actions/cache/save@v4 save: GitHub support 'mentioned they rolled back the change'; the upload 'only gives a warning' (pinning v4.1.2 was the interim workaround)."),
    # --- downloads that time out, stall, or lose their signature --------------------------------------------------------
    cache("heroku/cnb-builder-images#360", "gha_cache.request_timeout", True, "service",
          "Received 130023424 of 337339345 (38.5%), 1.2 MBs/sec\nWarning: Failed to restore: The operation cannot be completed in timeout.\nCache not found for input keys: 5424698109-builder-classic-22",
          also_ok=["gha_cache.download_stalled", "gha_cache.restore_failed"], raw_is_log=True,
          head=["Run actions/cache/restore@v3"],
          tail=["zstd: can't stat images.tar.zst : No such file or directory -- ignored",
                "open /var/lib/docker/tmp/docker-import-4200725306/repositories: no such file or directory",
                "Error: Process completed with exit code 1."],
          note="the restore of images saved earlier in the run times out (a restore 'normally takes ~5 seconds') and only warns, so the next step's docker load fails on the missing archive; the PR makes the restore fail itself and shortens the timeout 'so the job fails (and can be retried) sooner'"),
    cache("apache/pulsar#19953", "gha_cache.request_timeout", True, "service",
          "Warning: Failed to restore: The operation cannot be completed in timeout.\nCache not found for input keys: Linux-m2-dependencies-core-modules-9a40a8425648109ba46c545b035b6c8eaa0d988ecad26f356b8a56f2a992fdaf, Linux-m2-dependencies-core-modules-",
          fatal=False, also_ok=["gha_cache.download_stalled", "gha_cache.restore_failed"], head=["Run actions/cache@v3"],
          note="filed as a flaky test: the Maven dependency restore (Azure SDK, 30 s request timeout, the debug lines show a 927 MB entry) times out and the job goes on with a cache miss; the integration job fails later"),
    cache("actions/cache#1048", "gha_cache.download_stalled", True, "service",
          "Received 2079511432 of 2083705736 (99.8%), 1.8 MBs/sec",
          also_ok=["gha_cache.request_timeout", "connectivity.timeout"], raw_is_log=True, head=["Run actions/cache@v3"],
          note="the same line 'every second' until the job is cancelled; 'Canceling the workflow and retrying the job helps'. The maintainer: seen 'intermittently', use SEGMENT_DOWNLOAD_TIMEOUT_MINS"),
    cache("actions/cache#1155", "gha_cache.download_stalled", True, "service",
          "Run actions/cache@v3\n  with:\n    path: ui/__dist\n    key: Linux-build_ui-717076a9e5b587ac4fe5aa31c97f6dbe09814f13\n    enableCrossOsArchive: false\n    fail-on-cache-miss: false\n    lookup-only: false\n  env:\n    NODE_VERSION: 18.15\n    TZ: Asia/Tokyo\n    AWS_DEFAULT_REGION: ap-northeast-1\n    AWS_REGION: ap-northeast-1\n    AWS_ACCESS_KEY_ID: ***\n    AWS_SECRET_ACCESS_KEY: ***\n    AWS_SESSION_TOKEN: ***\nReceived 41943040 of 13526145 (30.5%), 40.0 MBs/sec\nReceived 130023424 of 13526145 (94.5%), 61.9 MBs/sec\nReceived 130023424 of 13526145 (94.5%), 41.3 MBs/sec\nReceived 130023424 of 137526145 (94.5%), 31.0 MBs/sec\nReceived 130023424 of 137526145 (94.5%), 24.8 MBs/sec\nReceived 130023424 of 137526145 (94.5%), 20.6 MBs/sec",
          also_ok=["gha_cache.request_timeout", "gha_cache.blob_missing"], raw_is_log=True,
          note="a 1 GB entry of the previous run was evicted while this restore was starting: the download stops at 94.5% and the step waits out the 6-hour job limit ('5h 59m 9s'); the next run simply misses"),
    cache("actions/cache#1234", "gha_cache.download_stalled", True, "service",
          "Wed, 06 Sep 2023 14:06:47 GMT | Received 67542140 of 71736444 (94.2%), 1.0 MBs/sec\nWed, 06 Sep 2023 14:06:48 GMT | Received 67542140 of 71736444 (94.2%), 1.0 MBs/sec\nWed, 06 Sep 2023 14:06:49 GMT | Received 67542140 of 71736444 (94.2%), 1.0 MBs/sec\nWed, 06 Sep 2023 14:06:50 GMT | Received 67542140 of 71736444 (94.2%), 1.0 MBs/sec\nWed, 06 Sep 2023 14:06:51 GMT | Received 67542140 of 71736444 (94.2%), 0.9 MBs/sec",
          also_ok=["gha_cache.request_timeout", "connectivity.timeout"], raw_is_log=True, head=["Run actions/cache@v3"],
          note="'Action gets stuck forever if cache download times out': a 72 MB entry stops at 94.2% and the segment timeout does not end the step; a stalled blob download, another run gets through"),
    cache("subosito/flutter-action#401", "gha_cache.sas_expired", False, "local",
          "Received 1241513984 of 1675159038 (74.1%), 2.0 MBs/sec\nWarning: Failed to restore: Server failed to authenticate the request. Make sure the value of Authorization header is correctly formed including the signature.\nRequestId:1ce0cc95-d01e-00be-05e1-db7e72000000\nTime:2026-05-04T16:15:05.4359460Z\nCache not found for input keys: flutter-linux-stable-3.41.9-x64-00b0c91f06209d9e4a41f71b7a512d6eb3b9c694",
          fatal=False, also_ok=["gha_cache.url_expired", "gha_cache.restore_failed"],
          head=["Run subosito/flutter-action@v2", "  with:", "    channel: stable", "    flutter-version: 3.41.9", "    cache: true"],
          note="a self-hosted runner pulls the 1.6 GB Flutter SDK entry at ~2 MB/s and Azure refuses the signed URL three quarters of the way through (AuthenticationFailed once the SAS window has passed); the action's README says cache: false on self-hosted runners, and the reporter asks why. Every run on that link fails the same way"),
    cache("actions/cache#1106", "connectivity.timeout", False, "local",
          "connect ETIMEDOUT 10.0.0.8:9000",
          component="connectivity", prefix="Warning: Failed to restore: ", fatal=False, host="10.0.0.8:9000",
          host_alt=["10.0.0.8"], also_ok=["gha_cache.unreachable"],
          head=["Run actions/cache@v3",
                "##[debug]Resource Url: https://<git-server-url>/_services/artifactcache/aysbnhh9gKLGnX4JIYuIQjZECZmeQnOBpj8GsGJwFdlfESQdA4/_apis/artifactcache/cache?keys=Linux-maven-b478786cd53f1de0795ba40ef14f77c81b6ea366bb1970e27f680154fee686c5%2CLinux-maven-&version=c538a492dc53daaed119aaacbe9be444"],
          note="GHES 3.7.4 with self-hosted runners in GKE: the save goes through, but the restore's download URL names the instance's storage at a private address the runners cannot reach (the thread's title and description quote the error; the prefix is the toolkit's restore warning)"),
    # --- self-hosted cache servers ---------------------------------------------------------------------------------------
    cache("falcondev-oss/github-actions-cache-server#18", "connectivity.refused", False, "local",
          "Warning: Failed to restore: downloadCache failed: connect ECONNREFUSED 127.0.0.1:3000",
          component="connectivity", fatal=False, host="127.0.0.1:3000", host_alt=["127.0.0.1", "localhost:3000"],
          also_ok=["gha_cache.unreachable"],
          head=["Run actions/cache@v4", "  env:", "    ACTIONS_CACHE_URL: http://github-runner-cache:3000/3985tghjoarieht394uhg87ey/"],
          note="a compose stack of runners and the cache server: the server's BASE_URL is http://localhost:3000, so the download URL it hands out points at the runner container itself; the lookup works, the download is refused on every run"),
    cache("falcondev-oss/github-actions-cache-server#154", "gha_cache.unreachable", False, "local",
          "Sent 131072 of 4635048 (2.8%), 0.1 MBs/sec\nSent 131072 of 4635048 (2.8%), 0.0 MBs/sec\nWarning: uploadCacheArchiveSDK: internal error uploading cache archive: request to http://gha-cache-server.actions-runner-system.svc.cluster.local/upload/1338210803 ",
          fatal=False, host="gha-cache-server.actions-runner-system.svc.cluster.local", also_ok=["connectivity.refused", "connectivity.timeout"],
          head=POST,
          note="an ARC cluster with the cache server installed by Helm: with CUSTOM_ACTIONS_RESULTS_URL set the API calls reach the server, but the upload goes to the URL the server builds from its own base URL (no port), which the runner cannot reach; a setup to fix, not a transient"),
    # --- the save side: conflicts on the v2 service and from the split save action ------------------------------------------
    cache("actions/setup-go#558", "gha_cache.reserve_conflict", False, "build",
          "Warning: Failed to save: Failed to CreateCacheEntry: Received non-retryable error: Failed request: (409) Conflict: cache entry with the same key, version, and scope already exists",
          fatal=False, head=POST,
          note="setup-go v5 on the v2 service since 2025-01-31: an entry with that key already exists; the maintainers: 'not directly related to the setup-go action', to be fixed in actions/cache; a warning on each such run"),
    cache("oven-sh/setup-bun#26", "gha_cache.reserve_conflict", False, "build",
          "Failed to save: Unable to reserve cache with key bun-1.0.4-linux-x64-true-false, another job may be creating this cache. More details: Cache already exists. Scope: refs/heads/master, Key: bun-1.0.4-linux-x64-true-false, Version: 4793076103aa823b0a4c97942d7385d4346f77a3c30a0bad6e0f1d748becbab5",
          fatal=False, head=["Run oven-sh/setup-bun@v1"],
          note="setup-bun saves the Bun binary under a key that already holds it on every cache hit; the PR saves only on a miss ('will be fixed in #40')"),
    cache("MassBank/RMassBank#367", "gha_cache.reserve_conflict", False, "build",
          "Run actions/cache/save@v3\n/usr/bin/docker exec  7c6095eed9a99cd64c35d308c653360580cb9a812772693b96c07c1487feee99 sh -c \"cat /etc/*release | grep ^ID\"\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /__w/RMassBank/RMassBank --files-from manifest.txt --use-compress-program zstdmt\nFailed to save: Unable to reserve cache with key cache-v1-Linux-biocversion-devel-r-devel-b1280ab88a443138fac012df6122c670567ad7a84ca49f95b874dcec2dc095c2, another job may be creating this cache.\nWarning: Cache save failed.",
          fatal=False, raw_is_log=True,
          note="'Warning in CI': the split save action in a container job, on a key an earlier run already saved; the job passes"),
    # --- throttling ------------------------------------------------------------------------------------------------------
    cache("burrunan/gradle-cache-action#21", "gha_cache.rate_limited", True, "service",
          "Error: commitCache failed: " + BLOCKED + ",\"typeKey\":\"RequestBlockedException\",\"errorCode\":0,\"eventId\":3000}\n    at /home/runner/work/_actions/burrunan/gradle-cache-action/v1.4/dist/cache-action-entrypoint.js:15662:11\n    at Generator.throw (<anonymous>)\n    at rejected (/home/runner/work/_actions/burrunan/gradle-cache-action/v1.4/dist/cache-action-entrypoint.js:15615:27)\n    at runMicrotasks (<anonymous>)\n    at processTicksAndRejections (internal/process/task_queues.js:93:5)",
          also_ok=["gha_cache.throttled", "gha_cache.toolkit_throttled"], head=["Run burrunan/gradle-cache-action@v1.4"],
          note="'GitHub throttles requests': the action's Gradle remote build cache proxy stores each task output as its own cache entry, and the service blocks the burst (opentelemetry-java-instrumentation's build); the workarounds discussed all reduce the request count"),
    cache("mozilla/sccache#1485", "gha_cache.rate_limited", True, "service",
          "DEBUG sccache::compiler::compiler] [aws_http]: Cache write error: Cache service responded with 429 Too Many Requests: " + BLOCKED,
          fatal=False, also_ok=["gha_cache.throttled"], cmd="cargo build --release",
          note="sccache's GitHub Actions backend: a build with '44 cache errors' takes an hour instead of ten minutes; the maintainers: the service answers 429 with a Retry-After of up to 60 s. The quote is cut where the thread's own line is cut"),
    # --- setup-* callers: lock files, tools and cache folders --------------------------------------------------------------
    cache("actions/setup-node#530", "build.tool_missing", False, "build",
          "Found in cache @ /opt/hostedtoolcache/node/14.19.3/x64\nError: Unable to locate executable file: pnpm. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.",
          component="build", raw_is_log=True, head=["Run actions/setup-node@v3", "  with:", "    node-version: 14", "    cache: pnpm"],
          note="cache: pnpm asks pnpm for its store path before pnpm is installed; pnpm/action-setup has to run first (the thread's workaround installs pnpm manually). Every run"),
    cache("actions/setup-dotnet#471", "gha_cache.path_missing", False, "build",
          "Dependencies lock file is not found in /home/runner/work/eventuous/eventuous. Supported file patterns: packages.lock.json",
          prefix="Error: ", raw_is_log=True, also_ok=["gha_cache.dependency_file_missing"],
          head=["Run actions/setup-dotnet@v3", "  with:", "    cache: true"],
          note="NuGet lock files live in each project's directory, not the repository root; the maintainers: point cache-dependency-path at them. 'Workflow fails' on every run until then"),
    cache("actions/setup-python#653", "gha_cache.path_missing", False, "build",
          "Post job cleanup.\nError: Cache folder path is retrieved for poetry but doesn't exist on disk: /home/runner/.cache/pypoetry/virtualenvs, /home/runner/work/FastchargeAPI/FastchargeAPI/.venv",
          raw_is_log=True,
          note="setup-python's post step fails the job when the poetry cache folders it asked for were never created (the reporter calls it sporadic; the maintainers ask for a reproduction); the workflow's own setup, not the service"),
    cache("fractalyze/zorch#152", "gha_cache.too_large", False, "build",
          "Cache size of ~15752 MB (16517351103 B) is over the 10GB limit, not saving cache",
          prefix="Warning: ", fatal=False, also_ok=["gha_cache.quota"], head=POST,
          note="setup-bazel's disk cache has grown past the 10 GB entry limit, so 'every save fails' and runs restore an aging snapshot; the fix bounds Bazel's disk cache"),
    cache("bazel-contrib/rules_kotlin#1462", "build.bazel_config", False, "build",
          "ERROR: The output base [/home/runner/.cache/bazel/_bazel_runner/55e3c28bac5650f266581ec62924e366] cannot be a subdirectory of the --disk_cache directory [/home/runner/.cache/bazel]",
          component="build", cmd="bazel test //...",
          note="the CI's disk cache directory (restored by the Actions cache) was ~/.cache/bazel, which contains Bazel's output base; the PR renames it bazel-disk-cache"),
    # --- BuildKit's type=gha ---------------------------------------------------------------------------------------------
    cache("moby/buildkit#2332", "gha_cache.blob_missing", False, "service",
          "#18 [11/19] COPY requirements.txt .\n#18 ERROR: blob not found\n------\n > [11/19] COPY requirements.txt .:\n------\nDockerfile:80\n--------------------\n  78 |     # [...]\n  79 |     ENV [...]\n  80 | >>> COPY requirements.txt .\n  81 |     # [...]\n  82 |     RUN [...]\n--------------------\nerror: failed to solve: failed to compute cache key: blob not found\nError: buildx failed with: error: failed to solve: failed to compute cache key: blob not found",
          also_ok=["gha_cache.export_not_found"], raw_is_log=True, head=[*BPA, "    push: true"],
          note="buildx v0.6.1's gha import: 'Our GHA cache may have been pruned a bit' and BuildKit does not compensate for a layer blob the cache no longer holds; the build fails on the stale index until it is replaced or BuildKit is fixed, not by re-running"),
    cache("docker/build-push-action#422", "gha_cache.blob_missing", False, "service",
          "------\n > exporting cache:\n------\nerror: failed to solve: blob not found\nError: buildx failed with: error: failed to solve: blob not found",
          also_ok=["gha_cache.export_failed", "gha_cache.export_not_found"], raw_is_log=True, head=[*BPA, "    push: true"],
          note="'Worked fine for a while but suddenly' the export of the gha cache fails the build (buildx v0.6.0); labelled upstream: a BuildKit defect with blobs the cache had dropped, not a transient"),
    # --- an old v1 action's key ------------------------------------------------------------------------------------------
    cache("actions/cache#96", "gha_cache.client_refused", False, "build",
          "Cache service responded with 404",
          prefix="Warning: ", fatal=False, head=POST,
          note="2019, actions/cache@v1: one matrix job's key 'ccache-linux-g++-7' carries a '+', which the service of the day rejected; renaming the matrix label fixed it. A warning on every run of that job"),
    # --- replacements for threads the held-out corpus cites ---------------------------------------------------------------
    cache("moby/buildkit#2426", "gha_cache.blob_missing", False, "service",
          "error: failed to solve: blob sha256:1fb11dfd9b348fa84eaf1fafa57a7ee992b6d010f1df82ada3ccd399845fc37f not found",
          also_ok=["gha_cache.export_failed", "gha_cache.export_not_found"], head=[*BPA, "    push: true"],
          tail=["Error: buildx failed with: error: failed to solve: blob sha256:1fb11dfd9b348fa84eaf1fafa57a7ee992b6d010f1df82ada3ccd399845fc37f not found"],
          note="'GHA export cache fails': the gha cache worked 'for a few runs', then every export names a layer blob that is gone ('The workflow wasn't touched since it was enabled'); BuildKit's early gha backend, not a transient"),
    cache("actions/cache#1369", "gha_cache.cache_miss", False, "build",
          "Error: Failed to restore cache entry. Exiting as fail-on-cache-miss is set.",
          fatal=False, also_ok=["gha_cache.restore_failed"], head=["Run actions/cache/restore@v4.0.0"],
          note="a genuine miss with fail-on-cache-miss: 'I get this all the time', yet the restore action v4.0.0 did not fail the job (fixed in v4.0.2); the job goes on"),
    cache("actions/cache#820", "gha_cache.outage", True, "service",
          "getCacheEntry failed: Cache service responded with 503",
          prefix="Warning: ", fatal=False, also_ok=["gha_cache.service_error"], head=["Run actions/cache@v3"],
          note="2022-06-13, 'this is happening again' (after actions/cache#698), 'affecting a lot of users'; commenters ask whether it should fail the action instead of only warning. The quoted line is the thread's title"),
    cache("NLnetLabs/ploutos#59", "gha_cache.reserve_conflict", False, "build",
          "Failed to save: Unable to reserve cache with key debian:bullseye-cargo-deb-1.38.4-false, another job may be creating this cache. More details: Cache already exists. Scope: refs/heads/add-krillta-package, Key: debian:bullseye-cargo-deb-1.38.4- false, Version: 3e037af8c3db3da4b0d355646b2e2f4cf7353d3cd6f27eaa06932989304c164f\nWarning: Cache save failed.",
          fatal=False, head=["Run actions/cache/save@v3"],
          note="actions/cache/save in parallel matrix jobs that build the same tool: one saves, the others warn ('We don't care which matrix job wins'); the thread's blockquote markers, one inside a wrapped line, are dropped"),
]
