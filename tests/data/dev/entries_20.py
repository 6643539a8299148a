"""Dev-set entries, batch 20 (the GitHub Actions cache again, from threads batch 17 did not use: setup-node/-python/
-go/-java/-ruby and gradle callers of @actions/cache, the retired v1 service, outages and throttling of the hosted
service, magic-nix-cache's throttling, BuildKit's `type=gha` import/export, Azure blob downloads, act, self-hosted
runners and self-hosted cache servers, runs-on's S3-backed cache). `err` is verbatim from the source (a GitHub thread
found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (backticks, ** bold, a
line-number link inside a number, e.g. `1.21.[12](...)`) only that markup was dropped, never a word of the log; where
a quoted block was cut short in the thread, the entry stops where the thread's text is certain. Hosts follow the
README's strict rule: a host is given only where a line of the log names it for the failing call; an inferred one (or
a loopback proxy in front of the real service) goes in host_alt. fatal=False marks a warning the job survived (or a
line the job failed after, elsewhere)."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"Teoroo-CMC/PiNN#37", "NEWSLabNTU/nano-ros#21", "rocq-community/coq-nix-toolbox#154", "bahmutov/npm-install#71",
         "clemensv/real-time-sources#1549", "frecar/epguides-api#306", "thisdot/starter.dev#1240", "NixOS/nix#15062"}

B = Batch(PULLS)
cache = B.cache


POST = ["Post job cleanup."]
BPA = ["Run docker/build-push-action@v6", "  with:", "    cache-from: type=gha", "    cache-to: type=gha,mode=max"]
LOOP = ["127.0.0.1:37515", "127.0.0.1"]  # magic-nix-cache's local daemon, in front of the GitHub Actions cache
OUTAGE_PAGE = "<h2>Our services aren't available right now</h2><p>We're working to restore all services as soon as possible."
THROTTLE_429 = ("GitHub API error: API error (429 Too Many Requests): StructuredApiError { message: \"Request was blocked due "
                "to exceeding usage of resource 'Count' in namespace ''.\" }")

E = [
    # --- the retired v1 service and the callers still bundling its client ----------------------------------------------
    cache("Teoroo-CMC/PiNN#37", "gha_cache.legacy_shutdown", False, "build",
          "Run actions/setup-python@v3\nSuccessfully setup CPython (3.9.23)\n/opt/hostedtoolcache/Python/3.9.23/x64/bin/pip cache dir\n/home/runner/.cache/pip\nError: Cache service responded with 400",
          also_ok=["gha_cache.client_refused"], raw_is_log=True,
          note="October 2025: setup-python v3's bundled cache client talks to the retired service; the PR upgrades checkout/setup-python and the doc build passes (a re-run would not)"),
    cache("ScribeMD/docker-cache#837", "gha_cache.legacy_shutdown", False, "build",
          "Failed to restore: getCacheEntry failed: connect ETIMEDOUT 20.246.192.124:443",
          fatal=False, host_alt=["20.246.192.124", "20.246.192.124:443"], also_ok=["connectivity.timeout", "gha_cache.unreachable"],
          note="May 2025, the v1 cache service's brownouts: the action's bundled @actions/cache still calls getCacheEntry; the fix is the pending PR bumping the package (or a fork that did), a timeout only shortens the wait"),
    cache("NEWSLabNTU/nano-ros#21", "gha_cache.legacy_shutdown", False, "build",
          "sccache: error: Server startup failed: create gha cache failed:\n  ConfigInvalid (permanent) => ACTIONS_CACHE_URL not found\nerror: process didn't exit successfully: `sccache …/rustc -vV` (exit 2)",
          also_ok=["gha_cache.no_token"], cmd="cargo build --workspace",
          note="the image ships sccache 0.8.2, whose GHA backend knows only the v1 variable ACTIONS_CACHE_URL; the workflow already exports the v2 ones. 'permanently unavailable, not intermittent'; sccache is the RUSTC_WRAPPER so every rustc exits 2 (the '…' is the thread's own elision)"),
    cache("gradle/actions#655", "gha_cache.legacy_shutdown", False, "build",
          "Error: getCacheEntry failed: connect ETIMEDOUT 52.152.245.137:443",
          fatal=False, host_alt=["52.152.245.137", "52.152.245.137:443"],
          also_ok=["connectivity.timeout", "gha_cache.unreachable"],
          head=["Run gradle/actions/setup-gradle@v3", "Restore Gradle state from cache"],
          note="June 2025, 'a lot of Gradle actions are suddenly becoming extremely slow ... I see this regularly': getCacheEntry is the v1 client's call, timing out on the decommissioned service's address in the weeks of its shutdown (the same period's threads, e.g. ScribeMD/docker-cache#837, were fixed by upgrading the bundled cache package); the restore gives up and the build goes on uncached"),
    # --- the hosted service down or failing ------------------------------------------------------------------------
    cache("ruby/setup-ruby#244", "gha_cache.service_error", True, "service",
          "  Cache key: setup-ruby-bundler-cache-v3-ubuntu-20.04-ruby-2.7.5-cachever:1-Gemfile.lock-537b066776e2d9c61642f2be453fa20abb3b909f7215bf1bf5b2a8b502fd25a2\n  Warning:  There was an error restoring the cache getCacheEntry failed: Cache service responded with 500",
          fatal=False, also_ok=["gha_cache.outage"], head=["Run ruby/setup-ruby@v1"],
          note="2021-12-11, the days of the cache service's 500s (actions/cache#698); the reporter also saw 503s and 'wonder[s] if this is really a transient service issue'; a warning, bundle install runs uncached"),
    cache("docker/build-push-action#1409", "gha_cache.outage", True, "service",
          "#17 exporting to client tarball\n#17 sending tarball\n#17 sending tarball 0.3s done\n#17 DONE 0.4s\n\n#18 exporting to GitHub Actions Cache\n#18 preparing build cache for export\n#18 preparing build cache for export 3.2s done\n#18 ERROR: failed to parse error response 400: " + OUTAGE_PAGE,
          also_ok=["gha_cache.service_error", "gha_cache.bad_response"],
          head=["Run docker/build-push-action@263435318d21b8e681c14492fe198d362a7d2c83", "  with:", "    cache-to: type=gha,mode=max"],
          note="'during a partial GitHub outage' (2025-08-26): the 400 carries GitHub's outage page, and the export failure fails a build whose tarball was written. Cut where the thread's excerpt is certain"),
    cache("actions/cache#1627", "gha_cache.outage", True, "service",
          "Failed to save cache entry with path '/home/runner/.gradle/caches/modules-*/files-*/*/*/*/*,zstd-without-long,1.0' and key: dependencies-bbe768bce32a4951f33733e21b487a97: Error: <h2>Our services aren't available right now</h2><p>We're working to restore all services as soon as possible. Please check back soon.</p>0u/B1aAAAAAAhhyIk/QZmR7+ycHTbZ7CJQ0hJMzBFREdFMDQxNwBFZGdl",
          fatal=False, also_ok=["gha_cache.service_error", "gha_cache.bad_response"], head=POST,
          note="July 2025, 'Can you tell when your services are running again': GitHub's front door answering its outage page to the cache save; a save failure, the job goes on"),
    cache("actions/cache#259", "gha_cache.service_error", True, "service",
          "[warning]Cache service responded with 503 during chunk upload.",
          fatal=False, also_ok=["gha_cache.outage"], head=POST,
          note="April 2020, a self-hosted runner with a slow uplink: the service's 503s on chunk uploads, which the maintainer collected under a service-side investigation (actions/cache#267); a warning"),
    cache("actions/cache#773", "gha_cache.restore_failed", False, "service",
          "Warning: The value of \"length\" is out of range. It must be >= 0 && <= 2147483647. Received 3730340910",
          fatal=False, head=["Run actions/cache@v3"],
          note="actions/cache v3 cannot restore an entry over 2 GB: the maintainer traces it to a hard-coded 2 GB limit after the node/dependency upgrade; every restore of that entry, until the action is fixed"),
    cache("actions/cache#810", "gha_cache.download_stalled", True, "service",
          "2022-11-08T12:14:30.9587663Z Received 5034859147 of 5043247755 (99.8%), 9.8 MBs/sec\n2022-11-08T12:14:31.9600734Z Received 5034859147 of 5043247755 (99.8%), 9.8 MBs/sec\n2022-11-08T12:14:32.9613682Z Received 5034859147 of 5043247755 (99.8%), 9.8 MBs/sec\n2022-11-08T12:14:33.9627634Z Received 5034859147 of 5043247755 (99.8%), 9.8 MBs/sec\n2022-11-08T12:14:34.9641625Z Received 5034859147 of 5043247755 (99.8%), 9.8 MBs/sec",
          also_ok=["gha_cache.backoff_timeout", "connectivity.timeout"], raw_is_log=True, head=["Run actions/cache@v3"],
          note="labelled area:blob-storage: the Azure blob download stalls near its end 'once in a while' (Azure/azure-sdk-for-js#22321) and the job waits until it is killed; later fixed by segment timeouts (actions/cache#1129)"),
    # --- throttling --------------------------------------------------------------------------------------------------
    cache("GCTC-NTGC/gc-digital-talent#3480", "gha_cache.toolkit_throttled", True, "service",
          "Run actions/setup-node@v2.5.1\nResolved frontend/.nvmrc as 16.16.0\nFound in cache @ /opt/hostedtoolcache/node/16.16.0/x64\n/opt/hostedtoolcache/node/16.16.0/x64/bin/npm config get cache\n/home/runner/.npm\nError: Cache service responded with 429",
          also_ok=["gha_cache.throttled", "gha_cache.rate_limited"], raw_is_log=True,
          note="setup-node v2 fails the step on the cache service's 429 (throttling of the repository's cache requests); the team planned an upgrade to v3, but a throttled request passes once the window clears"),
    cache("build-trust/ockam#5895", "gha_cache.throttled", True, "service",
          "disabling binary cache 'http://127.0.0.1:37515/' for 60 seconds\nerror: unable to download 'http://127.0.0.1:37515/qd3i5ak8y7wqi5cm9ra66i8nhfazywkg.narinfo': HTTP error 418\n\n       response body:\n\n       " + THROTTLE_429 + "\ncopying path '/nix/store/fc0ajx4015sh8i65iwb8qd3vap3wswpr-source' from 'https://cache.nixos.org'...",
          fatal=False, host_alt=LOOP, also_ok=["gha_cache.rate_limited", "gha_cache.toolkit_throttled"],
          head=["Run DeterminateSystems/magic-nix-cache-action@main"],
          tail=["error:", "       … while evaluating the attribute 'optionalValue.value'"],
          note="magic-nix-cache's daemon throttled by the GitHub Actions cache (429 relayed as 418); nix falls back to cache.nixos.org. The job then fails on a nix evaluation error, the build's own"),
    cache("socallinuxexpo/scale-network#781", "gha_cache.throttled", True, "service",
          "copying path '/nix/store/bhmynyjwzc2r6iqf7fhc3yzjcv3paiwa-curl-8.3.0' from 'http://127.0.0.1:37515/'...\nwarning: error: unable to download 'http://127.0.0.1:37515/nar/1hdp17l0h950ym38nsjxbp4m1kvpa7jsdv0l1521q3v7mampmd21.nar.xz': HTTP error 429\n\n       response body:\n\n       " + THROTTLE_429 + "; retrying in 310 ms\ncopying path '/nix/store/4g9zd3czh9k1vy53f4mhadjqsm5ma82a-boost-1.81.0' from 'http://127.0.0.1:37515/'...\ndisabling binary cache 'http://127.0.0.1:37515/' for 60 seconds\nerror: unable to download 'http://127.0.0.1:37515/nar/109hhxp4qqdw32rp6v5ljjk7l3a9k9i9796gdmmi2swhpa23r23y.nar.xz': HTTP error 418\n\n       response body:\n\n       GitHub API error: GitHub Actions Cache throttled Magic Nix Cache. Not trying to use it again on this run.",
          fatal=False, host_alt=LOOP, also_ok=["gha_cache.rate_limited", "gha_cache.toolkit_throttled"],
          note="'substituter errors in CI (GH rate limit)' after the repository added more NixOS configurations to check: the GitHub cache throttles the magic cache, which then stops using it for the run"),
    cache("NixOS/nix#15062", "gha_cache.throttled", True, "service",
          "error: unable to download 'http://127.0.0.1:37515/7ms9f25xyxavf32pvdc3vb28nzzmkbn3.narinfo': HTTP error 418\n       response body:\n       GitHub API error: GitHub Actions Cache throttled Magic Nix Cache. Not trying to use it again on this run.",
          fatal=False, host_alt=LOOP, also_ok=["gha_cache.rate_limited"],
          note="January 2026, after GitHub's new limit of 200 cache entry uploads per minute per repository (NixOS/nix#15016): the PR drops magic-nix-cache, whose throttling only cost CI minutes in timeouts"),
    cache("rocq-community/coq-nix-toolbox#154", "gha_cache.throttled", True, "service",
          "Post job cleanup.\n  2023-07-13T13:47:50.310814Z  INFO magic_nix_cache::api: Workflow finished\n    at magic-nix-cache/src/api.rs:50\n\n  2023-07-13T13:47:50.315797Z  INFO magic_nix_cache::api: Pushing 244 new paths\n    at magic-nix-cache/src/api.rs:59\n\ndisabling binary cache 'http://127.0.0.1:37515/' for 60 seconds\nerror: unable to download 'http://127.0.0.1:37515/5a176fhdpfa5m4yh4fgq36halxvj77f0.narinfo': HTTP error 418\n\n       response body:\n\n       " + THROTTLE_429 + "\n  2023-07-13T13:47:51.272960Z ERROR magic_nix_cache::util: Failed to upload batch: ExitStatus(unix_wait_status(256))\n    at magic-nix-cache/src/util.rs:79\n\ngot an exception:\nHTTPError: Response code 500 (Internal Server Error)\nnot considering this a failure: finishing the upload is optional, anyway.",
          fatal=False, host_alt=LOOP, also_ok=["gha_cache.rate_limited", "gha_cache.service_error"],
          note="the post step's push of 244 paths is throttled, the upload batch fails and the action says so without failing ('not considering this a failure'); the dependent job then misses the cache"),
    # --- the save side: reservations and conflicts ------------------------------------------------------------------
    cache("ChenCMD/datapack-linter#9", "gha_cache.reserve_conflict", False, "build",
          "Warning: Failed to save the cache. The following errors may be resolved by reporting them in the datapack-linter repository.\nWarning: ReserveCacheError: Unable to reserve cache with key datapack-linter-undefined-12-855219240, another job may be creating this cache.",
          fatal=False, head=POST,
          note="on 're-run jobs' the action builds the same key as the first attempt, which already holds an entry; 'This bug had already been fixed' (released as 1.3.1)"),
    cache("ankidroid/Anki-Android-Backend#363", "gha_cache.reserve_conflict", False, "build",
          "/opt/homebrew/bin/gtar --posix -cf cache.tzst --exclude cache.tzst -P -C /Users/runner/work/Anki-Android-Backend/Anki-Android-Backend --files-from manifest.txt --delay-directory-restore --use-compress-program zstdmt\nFailed to save: Unable to reserve cache with key macOS-rust-release-v6-41bba980dae4fee99e1deaaa8d55d24c72e5f2497c4fc262204a747ff667876d-23b68d010ec8a0236c8f08d540479c6d59a85170c60478b901bffbb384b959b9, another job may be creating this cache. More details: Cache already exists. Scope: refs/heads/main, Key: macOS-rust-release-v6-41bba980dae4fee99e1deaaa8d55d24c72e5f2497c4fc262204a747ff667876d-23b68d010ec8a0236c8f08d540479c6d59a85170c60478b901bffbb384b959b9, Version: b2972dbfc77cf5f32f328d39739862509aa79c09d44c3e5ae42dd89509b69af3",
          fatal=False, head=POST,
          note="a macOS publish job; 'happens because github actions/cache creates *immutable* caches' (a maintainer): a warning that cannot be disabled and recurs for that key"),
    cache("bahmutov/npm-install#71", "gha_cache.reserve_conflict", False, "build",
          "ReserveCacheError: Unable to reserve cache with key npm-linux-x64-4c301f72b10746acea4e7e7d907f1d17198d0088509ea723a78a3452075cb7422b968978f488de3baf472e738c8164e6d887468d7b1074b3fe7352257d1a8fcd, another job may be creating this cache.",
          head=["Run bahmutov/npm-install@v1"],
          note="@actions/cache changed the message and now throws cache.ReserveCacheError, which the action did not recognise, so the step failed; the PR handles it (a code fix, not a re-run)"),
    # --- BuildKit's type=gha -----------------------------------------------------------------------------------------
    cache("clemensv/real-time-sources#1549", "gha_cache.blob_missing", True, "service",
          "#14 exporting to image\n#14 pushing manifest for ghcr.io/clemensv/real-time-sources-usgs-iv-amqp:latest ... done\n#14 DONE 22.8s\n#16 exporting to GitHub Actions Cache\n#16 sending cache export 14.6s done\n#16 ERROR: not_found\nERROR: failed to build: failed to solve: not_found",
          also_ok=["gha_cache.quota"], head=BPA,
          note="3 of 364 jobs: the repository's cache is over its 10 GB limit, so GitHub evicts while ~360 exports write and a few lose the race; the image was pushed, only the export failed (the PR sets ignore-error=true)"),
    cache("joszz/GarageStack#141", "gha_cache.blob_missing", True, "service",
          "error writing layer blob: not_found",
          also_ok=["gha_cache.quota"], head=BPA,
          note="the repository's cache at its 10 GB limit (or the service unavailable) makes a layer write fail and the publish job with it; the PR sets ignore-error=true and suggests clearing stale caches"),
    cache("flieber-inc/devcake#113", "gha_cache.outage", True, "service",
          "error writing layer blob: failed to reserve cache",
          also_ok=["gha_cache.service_error", "gha_cache.reserve_conflict"], head=["Run docker/bake-action@v6"],
          note="'The GitHub Actions cache-service outage (2026-08-06 onward) killed every bake' while the builds were healthy; the PR makes the gha cache-to ignore errors"),
    cache("docker/build-push-action#1181", "gha_cache.connection_closed", False, "build",
          "------\n > exporting to GitHub Actions Cache:\n------\nERROR: failed to solve: error writing layer blob: Patch \"https://acghubeus1.actions.githubusercontent.com/Odv8msvJgMS5iWxgU43K2EnWLcwj1p7E8K5nLVIfXGs2O9tj1t/_apis/artifactcache/caches/205053\": read tcp 172.17.0.2:57224->20.60.63.33:443: use of closed network connection",
          host="acghubeus1.actions.githubusercontent.com", head=BPA,
          note="'whenever our workflow tries to export layers' after the action's v6.4.0 release; 'Fixing the action to v6.3 instead of v6 fixed the issue'. The thread's other block (the rpc EOF) is quoted separately and left out"),
    cache("frecar/epguides-api#306", "gha_cache.throttled", True, "service",
          "ERROR: failed to build: failed to receive status: rpc error: code = Unavailable\ndesc = closing transport due to: connection error: EOF, received prior goaway:\ncode: NO_ERROR, debug data: \"graceful_stop\"",
          also_ok=["builder.connection_lost", "gha_cache.backoff_timeout"], head=BPA,
          note="the PR's diagnosis: the mode=max export streams every layer to the rate-limited cache API, which congests under concurrent CI load until BuildKit tears the export session down; 'Re-running off-peak goes green'. The line breaks are the PR's own"),
    # --- act, self-hosted runners, self-hosted cache servers --------------------------------------------------------
    cache("sp-ricard-valverde/github-act-cache-server#5", "connectivity.refused", False, "local",
          "[ci/test]   ❓  ::***::getCacheEntry - Attempt 1 of 2 failed with error: connect ECONNREFUSED ::1:8080\n[ci/test]   💬  ::***::Resource Url: http://***:8080/_apis/artifactcache/cache?keys=Linux-yarn-e8943332524d13b75456a47ad703d0a691233a8b9b4b9a8f7146be54228fb5a2%252CLinux-yarn-&version=84d7b02a61d0b31f347fcddab445d98204dc22e7f42a4366ff8a82ec6de1ae78\n[ci/test]   ❓  ::***::getCacheEntry - Attempt 2 of 2 failed with error: connect ECONNREFUSED ::1:8080",
          component="connectivity", fatal=False, host="::1:8080", host_alt=["::1", "[::1]:8080", "localhost:8080"],
          also_ok=["gha_cache.unreachable"],
          note="act run with --env ACTIONS_CACHE_URL=http://localhost:8080/ (the thread's command): inside act's job container localhost is the container itself, not the Mac whose compose stack serves the cache, so the connection is refused on every run (a configuration error; the thread's last line, a warning, is cut off)"),
    cache("actions/cache#1718", "gha_cache.unreachable_dns", False, "service",
          "::warning::Failed to restore: getCacheEntry failed: getaddrinfo ENOTFOUND [2001:bc8:1d90:1fc1:dc00:ff:fe2b:3f97]",
          fatal=False, host="[2001:bc8:1d90:1fc1:dc00:ff:fe2b:3f97]", host_alt=["2001:bc8:1d90:1fc1:dc00:ff:fe2b:3f97"],
          also_ok=["dns.no_such_host"],
          note="a self-hosted cache server at an IPv6 literal: @actions/cache resolves the bracketed address as a host name (the reporter's fix is in actions/toolkit#2298); no DNS is involved and every run fails the same way"),
    cache("falcondev-oss/github-actions-cache-server#38", "dns.no_such_host", False, "local",
          "Warning: Failed to restore: getCacheEntry failed: getaddrinfo ENOTFOUND cache-server\nCache not found for input keys: Library-Android-ecc5f7bcf2e73f875061940849f0b77aa1e0d2198803057608362414fee6cf58, Library-Android-",
          component="dns", fatal=False, host="cache-server", also_ok=["gha_cache.unreachable_dns"],
          head=["Run actions/cache@v3", "  env:", "    ACTIONS_CACHE_URL: http://cache-server:3000/SOME_TOKEN/"],
          note="a dockerized runner and cache server: the name cache-server does not resolve where the cache client runs (a curl from a run step works); the containers' network setup, not an outage"),
    cache("runs-on/runs-on#209", "gha_cache.unreachable", True, "service",
          "Warning: Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED",
          fatal=False, also_ok=["connectivity.refused"],
          head=["Run actions/cache@v4", "  env:", "    RUNS_ON_AWS_REGION: us-east-1", "    RUNS_ON_S3_BUCKET_CACHE: runs-on-stack-s3bucketcache-l3gnvbuse8bx"],
          note="RunsOn's 'magic cache' (a local endpoint in front of S3) 'sometimes' refuses the connection though the data is in the bucket; the thread's next line (a docs link) is cut off"),
    cache("runs-on/cache#20", "local.disk_full", False, "local",
          "The cache action detected a local S3 bucket cache. Using it.\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /__w/<...> --files-from manifest.txt --use-compress-program zstdmt\nzstd: error 25 : Write error : No space left on device (cannot write compressed block) \n/usr/bin/tar: cache.tzst: Wrote only 4096 of 10240 bytes\n/usr/bin/tar: Child returned status 25\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Failed to save: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2\nWarning: Cache save failed.",
          component="local", fatal=False, head=["Run runs-on/cache/save@v4"],
          note="the runner's disk is full when the archive is written (in a container job on a RunsOn runner); a warning only, found while debugging a later job's missing cache"),
    # --- setup-* callers, paths, tar, responses ------------------------------------------------------------------------
    cache("mooltiverse/nyx#69", "gha_cache.too_large", False, "build",
          "Warning: Cache size of ~5456 MB (5720816120 B) is over the 5GB limit, not saving cache.",
          fatal=False, also_ok=["gha_cache.quota"], head=POST,
          note="2021: the Gradle build cache is over the then 5 GB entry limit, so the next stages start over; the same on every run"),
    cache("actions/setup-java#528", "gha_cache.path_missing", False, "build",
          "Error: Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.",
          prefix="Warning: ", fatal=False, head=POST,
          note="setup-java with cache: gradle on a repository whose build creates no Gradle caches: the maintainer calls it 'expected behaviour because the action has nothing' to cache"),
    cache("Versent/saml2aws#1319", "gha_cache.path_missing", False, "build",
          "Run actions/setup-go@v5\nSetup go version spec 1.21.x\nFound in cache @ /opt/hostedtoolcache/go/1.21.12/x64\nAdded go to the path\nSuccessfully set up Go version 1.21.x\n/opt/hostedtoolcache/go/1.21.12/x64/bin/go env GOMODCACHE\n/opt/hostedtoolcache/go/1.21.12/x64/bin/go env GOCACHE\n/home/runner/go/pkg/mod\n/home/runner/.cache/go-build\nWarning: Restore cache failed: Dependencies file is not found in /home/runner/work/saml2aws/saml2aws. Supported file pattern: go.sum\ngo version go1.21.12 linux/amd64",
          fatal=False,
          note="actions/checkout runs after actions/setup-go, so go.sum is not there yet (the reporter's reading, from goreleaser's docs); a warning on every run"),
    cache("thisdot/starter.dev#1240", "gha_cache.path_missing", False, "build",
          "Error: Some specified paths were not resolved, unable to cache dependencies.",
          head=["Run actions/setup-node@v3"],
          note="setup-node's cache-dependency-path names a path that does not exist; the PR lets setup-node find yarn's default cache path instead"),
    cache("gradle/actions#59", "gha_cache.save_failed", False, "service",
          "Failed to save: \"C:\\Program failed with error: The process 'C:\\Program Files\\Git\\usr\\bin\\tar.exe' failed with exit code 2",
          prefix="Warning: ", fatal=False, head=POST,
          note="windows-latest with setup-java's cache: gradle; 'The warning appears with every run' (the workaround: drop the cache input; the maintainer points to setup-java). The cut-off quoted path is the toolkit's own message"),
    cache("gradle/actions#235", "gha_cache.bad_response", False, "local",
          "Error: Content-Length not found on blob response",
          fatal=False, head=["Run gradle/actions/setup-gradle@v3", "Restore Gradle state from cache"],
          note="a GitHub Enterprise Server installation: the maintainer suspects 'internal network infrastructure could be blocking the response, or stripping the content-length header'; the reporter takes it to their operations team"),
    cache("actions/cache#757", "gha_cache.corrupt_archive", False, "service",
          "/*stdin*\\ : Decoding error (36) : Restored data doesn't match checksum \n/usr/bin/tar: Child returned status 1\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Tar failed with error: The process '/usr/bin/tar' failed with exit code 2",
          fatal=False, also_ok=["gha_cache.restore_failed"], head=["Run actions/cache@v2"],
          note="a corrupt stored entry, partly restored: buildx then 'blew up in a later step'; 'my only option was to change the cache key' (every run with that key fails the same way)"),
]
