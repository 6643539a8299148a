"""Dev-set entries, batch 96 (the GitHub Actions cache and the caches that ride on it or beside it: actions/cache and
the toolkit's cache client inside setup-node, setup-python, setup-go, setup-msys2, setup-ocaml and install-qt-action;
BuildKit's gha exporter; Nix binary caches (Cachix, a community cache, Magic Nix Cache on top of the Actions cache);
Gradle remote build caches; sccache; and the runner's hashFiles() that every cache key goes through). The service
side: the cache service's 500s of the December 2021 weekend and its 503s of 13 June 2022 (fatal where an action
treats a cache error as an error), a download that stalls at 97.7%, a connect timeout to the cache's address, the
GitHub Actions Cache throttling Magic Nix Cache (a warning: Nix builds from source), Cachix's storage provider
answering 500 in March 2020 and Cloudflare's in August 2025, a community Nix cache answering 502 for one query, a
self-hosted Gradle cache node that ran out of disk, a GCS object gone between lookup and download, and upstream
tools' own faults (rust-cache's unhandled ENOENT, setup-node asking yarn for its cache folder in the wrong directory,
an sccache release that breaks on Windows). The rest, the build's own: `cache: pip` or `cache: npm` in a repository
without that lock file, Go modules without go.sum, `cache: pnpm` before pnpm is installed, hashFiles() patterns that
walk whole build trees past the 120-second limit or hit a broken symlink, buildx's docker driver asked to export a
cache, pinned action versions that still talk to the retired v1 cache service, and one runner-side sccache server
that shut itself down. `err` is verbatim from the source (a GitHub thread found with the search tool's `issues`
corpus); where a thread quoted a log inside Markdown (code fences, blockquote markers, a log-line link GitHub pasted
into a number) only that markup was dropped and trailing blanks trimmed, never a word of the log; the backticks in
GitHub's deprecation message are the message's own. Where a quote runs on into the reporter's words or is cut, the
entry stops at the last whole log line. Elisions ('...', '....') and masks are the reporters' own. Hosts follow the
README's strict rule: a host is given only where a line of the log names it for the failing call; loopback (Magic
Nix Cache's local proxy) stays None and placeholders go in host_alt. Labels were set from the threads before the
matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {
    "kuruczgy/x1e-nixos-config#63", "dafny-lang/dafny#5079", "lucasb-eyer/go-colorful#69", "tailscale/gitops-acl-action#37",
    "ovh/manager#21001", "opensearch-project/dashboards-notifications#281", "misskey-dev/misskey#9744",
    "mcabbott/Tullio.jl#193", "maplibre/maplibre-native#3405", "openvinotoolkit/openvino#22928",
}  # fmt: skip

B = Batch(PULLS)
cache = B.cache

DEPFILE = "gha_cache.dependency_file_missing"
HASHFILES = "gha_cache.hashfiles_timeout"
LEGACY = "gha_cache.legacy_shutdown"
NOT_ON_PATH = "build.tool_not_on_path"
REMOTE = "gha_cache.remote_cache_error"
THROTTLED = "gha_cache.throttled"
PNPM_MISSING = "Error: Unable to locate executable file: pnpm. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable."

E = [
    # --- the GitHub Actions cache service's side: outages, stalls, timeouts ---------------------------------------------
    cache("msys2/setup-msys2#183", "gha_cache.outage", True, "service",
          "Run msys2/setup-msys2@v2\nRestoring package cache...\n  Error: getCacheEntry failed: Cache service responded with 500",
          also_ok=["gha_cache.service_error"],
          note="11 December 2021: setup-msys2's package-cache restore fails the step on the cache service's 500s; the reporter links actions/cache#698 and confirms a week later 'The issue was fixed on actions/cache side'; a maintainer calls it 'a real problem on GH's end'"),
    cache("ocaml/setup-ocaml#350", "gha_cache.outage", True, "service",
          "Run ocaml/setup-ocaml@v2\n  with:\n    ocaml-compiler: 4.05.x\n    opam-pin: true\n    opam-depext: true\n    opam-local-packages: *.opam\n    opam-disable-sandboxing: false\n    dune-cache: false\n    cache-prefix: v1\n    github-token: ***\nRetrieve the opam cache\n  Error: getCacheEntry failed: Cache service responded with 500",
          also_ok=["gha_cache.service_error"],
          note="12 December 2021 (labelled upstream): the opam cache lookup hits the same weekend's cache-service 500s; dhadka (GitHub) posts that it 'should now be mitigated' (actions/cache#698); setup-ocaml lets the toolkit's exception fail the step"),
    cache("bahmutov/npm-install#142", "gha_cache.outage", True, "service",
          "getCacheEntry failed: Cache service responded with 503",
          head=["Run bahmutov/npm-install@v1"], also_ok=["gha_cache.service_error"],
          note="13 June 2022: 'We are currently seeing outage of the caching on the side of Github' (actions/cache#820, the 503s of that day); npm-install turns the cache error into a failed step, so the reporter asks for it to fall back to a plain install"),
    cache("actions/cache#1141", "gha_cache.download_timeout", True, "service",
          "Received 12582912 of 2194729101 (0.6%), 12.0 MBs/sec\n...\nReceived 947912704 of 2194729101 (43.2%), 81.7 MBs/sec\nReceived 1065353216 of 2194729101 (48.5%), 84.3 MBs/sec\nReceived 1161822208 of 2194729101 (52.9%), 84.8 MBs/sec\n...\nReceived 1912602624 of 2194729101 (87.1%), 86.5 MBs/sec\nReceived 2042626048 of 2194729101 (93.1%), 88.2 MBs/sec\nReceived 2139095040 of 2194729101 (97.5%), 88.3 MBs/sec\nReceived 2143289344 of 2194729101 (97.7%), 84.8 MBs/sec\nReceived 2143289344 of 2194729101 (97.7%), 81.5 MBs/sec\n...\nReceived 2143289344 of 2194729101 (97.7%), 51.0 MBs/sec\n...\nReceived 2143289344 of 2194729101 (97.7%), 16.7 MBs/sec\n...",
          head=["Run actions/cache@v3"], also_ok=["gha_cache.download_stalled", "gha_cache.request_timeout"],
          note="March 2023, project-chip/connectedhomeip: the 2 GB restore stops making progress at 97.7% ('the timeout occurred due to broken connection') until the step's own timeout ends it; the same pattern as the known download-stuck issue (actions/cache#1170 cites it); other runs restore in seconds; the elisions are the reporter's"),
    cache("actions/cache#1121", "gha_cache.download_timeout", True, "service",
          "Run actions/setup-go@v4\nSetup go version spec 1.19\nFound in cache @ /opt/hostedtoolcache/go/1.19.6/x64\nAdded go to the path\nSuccessfully set up Go version 1.19\n/opt/hostedtoolcache/go/1.19.6/x64/bin/go env GOMODCACHE\n/opt/hostedtoolcache/go/1.19.6/x64/bin/go env GOCACHE\n/home/runner/go/pkg/mod\n/home/runner/.cache/go-build\nReceived 0 of 238574975 (0.0%), 0.0 MBs/sec\nReceived 0 of 238574975 (0.0%), 0.0 MBs/sec\nReceived 20971520 of 238574975 (8.8%), 6.7 MBs/sec\nReceived 41943040 of 238574975 (17.6%), 10.0 MBs/sec\nReceived 58720256 of 238574975 (24.6%), 11.2 MBs/sec\nReceived 75497472 of 238574975 (31.6%), 12.0 MBs/sec\nReceived 83886080 of 238574975 (35.2%), 11.4 MBs/sec\nReceived 104857600 of 238574975 (44.0%), 12.5 MBs/sec\nReceived 113246208 of 238574975 (47.5%), 12.0 MBs/sec",
          also_ok=["gha_cache.download_stalled", "build.job_timeout"],
          note="April 2023 (labelled area:download-stuck): setup-go's built-in module cache restores slowly and then stalls 'maybe once a week', so the job's 5-minute timeout-minutes ends it; the same workflow passes otherwise (the quote is cut in the search excerpt after this line)"),
    cache("actions/cache#247", "gha_cache.unreachable", True, "service",
          "[warning]connect ETIMEDOUT 13.107.42.16:443",
          fatal=False, head=["Run actions/cache@v1"], host="13.107.42.16", also_ok=["connectivity.timeout", "connectivity.connection_failed"],
          note="April 2020: one of the 'already recognized problems' (actions/cache#141, where dhadka calls such failures transient networking issues): the restore cannot connect to the cache service's address, warns and the job goes on without the cache (the complaint is that it does not fail)"),
    # --- throttling: the Actions cache under Magic Nix Cache ------------------------------------------------------------------
    cache("DeterminateSystems/magic-nix-cache#172", THROTTLED, False, "service",
          "error: unable to download 'http://127.0.0.1:37515/7ms9f25xyxavf32pvdc3vb28nzzmkbn3.narinfo': HTTP error 418\n           response body:\n           GitHub API error: GitHub Actions Cache throttled Magic Nix Cache. Not trying to use it again on this run.",
          fatal=False, also_ok=["gha_cache.rate_limited", "gha_cache.toolkit_throttled"],
          note="January 2026, GitHub staff's 'Time sensitive: GitHub Actions Cache rate limits' (200 cache entry uploads per minute per repository, 429 past it): the local Magic Nix Cache proxy answers Nix with 418 once the Actions cache throttles it and stops using the cache for the run; Nix falls back to building; the host is the loopback proxy"),
    cache("kuruczgy/x1e-nixos-config#63", THROTTLED, False, "service",
          "GitHub API error: GitHub Actions Cache throttled Magic Nix Cache. Not trying to use it again on this run.",
          fatal=False, also_ok=["gha_cache.rate_limited"],
          note="January 2025: the 'cached' rebuild still takes about 3 hours because 'the cache accesses get throttled relatively early' and uploading is skipped too, so later runs are no faster; the PR replaces Magic Nix Cache with Cachix"),
    # --- Nix binary caches beside it ------------------------------------------------------------------------------------------
    cache("cachix/cachix#288", REMOTE, True, "service",
          'cachix: FailureResponse (Request {requestPath = (BaseUrl {baseUrlScheme = Https, baseUrlHost = "api.cachix.org", baseUrlPort = 443, baseUrlPath = ""},"/api/v1/cache/naersk/nar"), requestQueryString = fromList [], requestBody = Just ((),application/x-nix-nar), requestAccept = fromList [], requestHeaders = fromList []), requestHttpVersion = HTTP/1.1, requestMethod = "POST"} (Response {responseStatusCode = Status {statusCode = 500, statusMessage = "Internal Server Error"}, responseHeaders = fromList [("Server","nginx"),("Date","Mon, 23 Mar 2020 19:36:04 GMT"),("Content-Type","text/plain; charset=utf-8"),("Transfer-Encoding","chunked"),("Connection","keep-alive")], responseHttpVersion = HTTP/1.1, responseBody = "Something went wrong"})',
          host="api.cachix.org", also_ok=["gha_cache.remote_cache_failed"],
          note="23 March 2020, pushing from CI: domenkozar: 'There were a few hundred failures last night due to storage provider in two bursts'; downloads from the same cache answered 500 at the same time"),
    cache("cachix/cachix#703", REMOTE, True, "service",
          "warning: error: unable to download 'https://huggingface.cachix.org/nar/d7bafd198c8f479e23bad5ab1ffb341e343b5febc8a75146f0119730c6d798e2.nar.zst': HTTP error 500\n\n       response body:\n\n       Tried serving NAR from storage and hit maximum retries limit.; retrying in 1217 ms",
          host="huggingface.cachix.org", also_ok=["gha_cache.remote_cache_failed", "connectivity.origin_server_error"],
          note="27 August 2025: NAR downloads answer 500 and fail huggingface's CI builds; domenkozar: 'we're waiting on a fix from cloudflare' (status.cachix.org), then 'This was resolved by Cloudflare'"),
    cache("input-output-hk/haskell.nix#1804", REMOTE, False, "service",
          "warning: error: unable to download 'https://cache.zw3rk.com/48l8knzjvx78z3g21n2bjrsz14aiksbr.narinfo': HTTP error 502\n\n       response body:\n\n       <html>\n       <head><title>502 Bad Gateway</title></head>\n       <body>\n       <center><h1>502 Bad Gateway</h1></center>\n       <hr><center>nginx</center>\n       </body>\n       </html>; retrying in 258 ms",
          fatal=False, host="cache.zw3rk.com", also_ok=["gha_cache.remote_cache_failed", "connectivity.origin_server_error"],
          note="December 2022: the semi-official haskell.nix cache answered 502 for about three days; angerman traces it to a nix-serve-ng bug for that query (aristanetworks/nix-serve-ng#19), and dhess is 'glad it's just the one query' and not the cache gone; Nix only warns and builds the path itself"),
    # --- remote build caches: Gradle --------------------------------------------------------------------------------------------
    cache("gradle/gradle#11243", "gha_cache.remote_cache_failed", True, "service",
          "Upload :module_name:generateIntegrationBuildConfig\norg.gradle.caching.BuildCacheException: Storing entry at 'http://10.203.119.193/cache/40f548183b27ff842691639dc4e7a76b' response status 500: Internal Server ErrorClose stacktrace\nat org.gradle.caching.http.internal.HttpBuildCacheService.throwHttpStatusCodeException(HttpBuildCacheService.java:207)\nat org.gradle.caching.http.internal.HttpBuildCacheService.store(HttpBuildCacheService.java:176)",
          fatal=False, host="10.203.119.193", also_ok=[REMOTE],
          note="November 2019: roughly 3 in 10 runs the self-hosted build cache node answers 500 to uploads and Gradle disables the remote cache for the rest of the build (the build itself goes on); the reporter: 'it was a space issue. We increased the disk space of the VM and it has not failed since then' ('Close stacktrace' is the build scan's button text)"),
    cache("androidx/gcp-gradle-build-cache#19", "gha_cache.remote_cache_failed", True, "service",
          "Could not load entry af34a49eb2b818c9dbcd5fc68bab898f from remote build cache\norg.gradle.internal.operations.BuildOperationInvocationException: com.google.cloud.RetryHelper$RetryHelperException: com.google.cloud.storage.StorageException: 404 Not Found\nGET https://storage.googleapis.com/download/storage/v1/b/androidx-gradle-remote-cache/o/af34a49eb2b818c9dbcd5fc68bab898f?alt=media&generation=1651284912454778\nNo such object: androidx-gradle-remote-cache/af34a49eb2b818c9dbcd5fc68bab898f",
          host="storage.googleapis.com", also_ok=["gha_cache.remote_digest_missing", "gha_cache.blob_missing"],
          note="May 2022, AndroidX CI: the GCS-backed Gradle cache found the entry but the object was gone when it downloaded the given generation, and the plugin threw instead of treating the 404 as a miss (the issue is 'Plugin should not throw exceptions when it gets a 404'); the next build looks the entry up afresh"),
    # --- upstream actions and tools: their own faults ---------------------------------------------------------------------------
    cache("Swatinem/rust-cache#17", "gha_cache.restore_failed", False, "service",
          "Warning:  ENOENT: no such file or directory, open '/home/gha/gh-runner/work/project_name/project_name/.cargo/.crates2.json'",
          fatal=False, head=["Run Swatinem/rust-cache@v1"], also_ok=["gha_cache.action_regression", "gha_cache.path_missing"],
          note="May 2021, a self-hosted runner whose first cargo command runs after the restore: the action's getCargoBins throws an unhandled exception when .crates2.json does not exist yet, and the restore never happens; the reporter's analysis of the action's code, so every run warns until the action handles it"),
    cache("actions/setup-node#578", "gha_cache.cache_path_unresolved", False, "service",
          "Post job cleanup.\n/usr/local/bin/yarn --version\n3.1.1\n/usr/local/bin/yarn config get cacheFolder\nundefined\nError: Cache folder path is retrieved for yarn but doesn't exist on disk: undefined",
          also_ok=["gha_cache.path_missing", DEPFILE],
          note="September 2022 (labelled bug): with cache-dependency-path pointing into a subfolder that holds the yarn 3 project, setup-node still runs `yarn config get cacheFolder` at the repository root, gets 'undefined' and fails the post step, on every run; the workflow is as documented (GitHub's log-line link pasted into the version number dropped)"),
    cache("mozilla/sccache#1789", "gha_cache.action_regression", False, "service",
          "sccache: error: failed to execute compile\nsccache: caused by: Failed to send data to or receive data from server\nsccache: caused by: Failed to read response header\nsccache: caused by: An existing connection was forcibly closed by the remote host. (os error 10054)\nsccache: error: failed to execute compile\nsccache: caused by: Failed to send data to or receive data from server\nsccache: caused by: Failed to read response header\nsccache: caused by: An existing connection was forcibly closed by the remote host. (os error 10054)\nerror: could not compile `memchr` (lib)",
          also_ok=["gha_cache.storage_unavailable", "connectivity.reset"],
          note="June 2023, sccache with the GitHub Actions cache backend on Windows: 'Works fine with 0.5.0, broken on 0.5.1 and 0.5.2'; the maintainers suspect the opendal bump of sccache#1779 (another user sees it only intermittently); pinning the older release is what works"),
    # --- the build's own: built-in caches without their lock files --------------------------------------------------------------
    cache("actions/setup-python#807", DEPFILE, False, "build",
          "Run actions/setup-python@v5.0.0\n  with:\n    python-version: 3.12\n    cache: pip\nInstalled versions\n  Successfully set up CPython (3.12.1)\nError: No file in /home/runner/work/awesome-iam/awesome-iam matched to\n[**/requirements.txt or **/pyproject.toml], make sure you have checked out the target repository",
          note="January 2024: a reusable lint workflow turns on `cache: pip` for a repository that is not a Python project, so there is no requirements.txt or pyproject.toml to hash; the reporter asks for it not to fail; the fix is turning the cache off or pointing cache-dependency-path at a file that exists"),
    cache("actions/setup-node#1165", DEPFILE, False, "build",
          "Run actions/setup-node@v4\nNode version file is not JSON file\nResolved .node-version as 21.6.2\nAttempting to download 21.6.2...\nNot found in manifest. Falling back to download directly from Node\nAcquiring 21.6.2 - x64 from https://nodejs.org/dist/v21.6.2/node-v21.6.2-linux-x64.tar.gz\nExtracting ...\n/usr/bin/tar xz --strip 1 --warning=no-unknown-keyword --overwrite -C /home/runner/work/_temp/c6e9e174-8852-4a50-b423-4526257ae884 -f /home/runner/work/_temp/e3b0661a-cfe3-408e-b1c4-7e2616add902\nAdding to the cache ...\nDone\nEnvironment details\n/opt/hostedtoolcache/node/21.6.2/x64/bin/npm config get cache\n/home/runner/.npm\nError: Dependencies lock file is not found in /home/runner/work/lighthouse-ci-datadog-action/lighthouse-ci-datadog-action. Supported file patterns: package-lock.json,npm-shrinkwrap.json,yarn.lock",
          note="November 2024: a pnpm project whose workflow asks setup-node for the npm cache, so no npm or yarn lock file exists; 'pnpm is already supported. per the project readme, specify `cache`' (pnpm), and the reporter apologises for the misleading request (blockquote markers dropped)"),
    cache("actions/setup-go#360", DEPFILE, False, "build",
          "Restore cache failed: Dependencies file is not found in /home/runner/work/.... Supported file pattern: go.sum",
          fatal=False, head=["Run actions/setup-go@v4"],
          note="March 2023, setup-go v4 (cache on by default): a module with no require lines has no go.sum, so the cache key cannot be computed and the restore warns on every run; the maintainers answer with a release note; the job goes on without the cache (the elision is the reporter's)"),
    cache("dafny-lang/dafny#5079", DEPFILE, False, "build",
          "Restore cache failed: Dependencies file is not found in /home/runner/work/dafny/dafny. Supported file pattern: go.sum",
          fatal=False, head=["Run actions/setup-go@v5"],
          note="February 2024: the repository has no go.sum at its root, so setup-go's default cache warns on each run; the PR 'Disable looking for cached dependencies in Go' turns the cache off"),
    cache("demoshang/siyuan-patch#8", DEPFILE, False, "build",
          "Restore cache failed: Dependencies file is not found in /Users/runner/work/siyuan-patch/siyuan-patch. Supported file pattern: go.sum",
          fatal=False, head=["Run actions/setup-go@v5"],
          note="September 2024, macOS runner: the reporter asks whether the warning can be ignored and suspects the removed `cache-dependency-path: \"**/*.sum\"` (the go.sum lives in a subdirectory); the maintainer: it can be ignored, it does not affect the build, then 'fixed'"),
    cache("lucasb-eyer/go-colorful#69", DEPFILE, False, "build",
          "Restore cache failed: Dependencies file is not found in /home/runner/work/go-colorful/go-colorful.\nSupported file pattern: go.sum",
          fatal=False, head=["Run actions/setup-go@v5"],
          note="August 2024: the maintainer: 'That warning occurs because this module has no dependencies and therefore no go.sum file. It can safely be ignored'; a warning the job survives (the line break is the PR's quote)"),
    cache("tailscale/gitops-acl-action#37", DEPFILE, False, "build",
          "Restore cache failed: Dependencies file is not found in .... Supported file pattern: go.sum",
          fatal=False, head=["Run actions/setup-go@v5"],
          note="February 2024: the action's Go code has no go.sum, so setup-go 'continues with a warning like' this; the PR disables setup-go's cache (backticks around the path and pattern dropped; the elision is the author's)"),
    B.entry("gha_cache", "actions/setup-node#1351", "build", NOT_ON_PATH, False, "build", None, PNPM_MISSING,
            head=["Run actions/setup-node@master"], also_ok=["gha_cache.client_config"],
            note="August 2025, self-hosted: setup-node's new package-manager-cache default detects pnpm from package.json and calls it to find the store, but the composite action installs pnpm only afterwards (labelled duplicate); reorder the steps or set package-manager-cache: false"),
    B.entry("gha_cache", "projen/projen#2710", "build", NOT_ON_PATH, False, "build", None, PNPM_MISSING,
            head=["Run actions/setup-node@v3"], also_ok=["gha_cache.client_config"],
            note="May 2023: the generated workflow's 'Setup Node.js' step with `cache: pnpm` runs before 'Setup pnpm'; 'Need to shuffle the order of the steps', and after reordering 'Now it's working with pnpm!'"),
    # --- the build's own: hashFiles() in cache keys ------------------------------------------------------------------------------
    cache("ovh/manager#21001", HASHFILES, False, "build",
          "Error: The template is not valid. .github/workflows/linter.yaml (Line: 40, Col: 16): hashFiles('**/yarn.lock') couldn't finish within 120 seconds.",
          head=["Post job cleanup."], also_ok=["build.step_timeout"],
          note="December 2025, recurring in post steps: after the job the workspace holds .turbo, caches, build artifacts and node_modules for many apps, so the **/yarn.lock pattern scans the whole tree past the runner's 120-second hashFiles limit; 'if we have chance it'll pass else it'll fail'; the PR hashes the single root yarn.lock instead"),
    cache("opensearch-project/dashboards-notifications#281", HASHFILES, False, "build",
          "Error: The template is not valid. .github/workflows/dashboards-notifications-test-and-build-workflow.yml (Line: 173, Col: 16): hashFiles('**/package.json') couldn't finish within 120 seconds.",
          head=["Run actions/cache@v2"], also_ok=["build.step_timeout"],
          note="September 2024: the Cypress cache key hashed **/package.json across the whole OpenSearch-Dashboards checkout; the PR points it at the plugin's own package.json, as on main"),
    cache("actions/runner#3015", "gha_cache.hashfiles_failed", False, "build",
          "Warning: Encountered an error when evaluating display name ${{ format('echo {0}\n', hashFiles('*')) }}. The template is not valid. .github/workflows/test.yml (Line: 14, Col: 14): hashFiles('*') failed. Fail to hash files under directory '/home/runner/work/GitHub-runner-broken-symlink-diagnostics/GitHub-runner-broken-symlink-diagnostics'\nError: The template is not valid. .github/workflows/test.yml (Line: 14, Col: 14): hashFiles('*') failed. Fail to hash files under directory '/home/runner/work/GitHub-runner-broken-symlink-diagnostics/GitHub-runner-broken-symlink-diagnostics'",
          also_ok=[HASHFILES],
          note="the reporter's reproducer (re-run April 2025): a broken symlink in the checked-out tree makes hashFiles() fail with this undescriptive message; the issue asks for better diagnostics, the cause is the repository's dangling link"),
    # --- the build's own: BuildKit's cache exporter and retired cache clients ----------------------------------------------------
    B.entry("gha_cache", "misskey-dev/misskey#9744", "builder", "builder.cache_export_unsupported", False, "build", None,
            'ERROR: cache export feature is currently not supported for docker driver. Please switch to a different driver (eg. "docker buildx create --use")',
            head=["Run docker/build-push-action@v3"], also_ok=["gha_cache.exporter_config"],
            note="January 2023: the publish workflow asks build-push-action for a gha cache export with buildx's default docker driver; the PR adds a Docker Buildx setup step (a docker-container builder), as the linked Stack Overflow answer says"),
    cache("mcabbott/Tullio.jl#193", LEGACY, False, "build",
          "Error: This request has been automatically failed because it uses a deprecated version of `actions/cache: v2`. Please update your workflow to use v3/v4 of actions/cache to avoid interruptions. Learn more: https://github.blog/changelog/2024-12-05-notice-of-upcoming-releases-and-breaking-changes-for-github-actions/#actions-cache-v1-v2-and-actions-toolkit-cache-package-closing-down",
          also_ok=["build.action_not_found"],
          note="October 2025: the workflow still pins actions/cache@v2, which GitHub now fails outright after the v1/v2 cache service closed; the PR updates the CI actions and 'at least they run now' (the backticks are in GitHub's message itself)"),
    cache("maplibre/maplibre-native#3405", LEGACY, False, "build",
          "This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset",
          head=["Run Mozilla-Actions/sccache-action@v0.0.8"], also_ok=["gha_cache.client_refused", "gha_cache.storage_unavailable"],
          note="17 April 2025, Windows CI: sccache still speaks the retired v1 cache service; 'Updating the Mozilla-Actions/sccache-action to v0.0.9 should fix this'"),
    cache("jurplel/install-qt-action#293", LEGACY, False, "build",
          "Run jurplel/install-qt-action@v3\n  with:\n    version: 6.7.3\n    arch: win64_msvc2019_64\n    cache: true\n    target: desktop\n    install-deps: true\n    cache-key-prefix: install-qt-action\n    setup-python: true\n    add-tools-to-path: true\n    set-env: true\n    no-qt-binaries: false\n    tools-only: false\n    aqtversion: ==3.1.*\n    py7zrversion: ==0.20.*\n    source: false\n    documentation: false\n    examples: false\nRun actions/setup-python@v5\nInstalled versions\nRun jurplel/install-qt-action/action@v3\nWarning: Failed to restore: Cache service responded with 400\nAutomatic cache miss, will cache this run",
          fatal=False, also_ok=["gha_cache.client_refused"],
          note="July 2025: install-qt-action v3 bundles a cache client for the retired service, which now answers 400, so every restore is a miss; the reporter: 'Fixed by updating to jurplel/install-qt-action@v4!'; the job goes on without the cache"),
    B.entry("gha_cache", "AlexsLemonade/refinebio#3293", "builder", "builder.cache_export_unsupported", False, "build", None,
            'ERROR: cache export feature is currently not supported for docker driver. Please switch to a different driver (eg. "docker buildx create --use")',
            also_ok=["gha_cache.exporter_config"],
            note="May 2023: while optimising the CI image builds the team finds the default docker driver 'doesn't support cache export we want to utilize'; 'Fixed by using different builder type': a `docker buildx create --driver=docker-container` builder (backticks dropped)"),
    cache("hendrikmuhs/ccache-action#158", "gha_cache.cache_miss", True, "build",
          "No cache found.",
          fatal=False, head=["Run hendrikmuhs/ccache-action@v1"], also_ok=["gha_cache.restore_failed"],
          note="August 2023, wxWidgets: the restore finds nothing where it used to; the reporter's own finding: 'all caches from master have been evicted by the PRs opened while I was on vacation' (the repository's cache storage limit), and after merging to master the cache is saved and found again; a miss, not a failure"),
    # --- the runner's side --------------------------------------------------------------------------------------------------------
    B.entry("gha_cache", "openvinotoolkit/openvino#22928", "local", "local.cache_server_stopped", True, "local", None,
            "2024-02-16T21:40:26.9140419Z sccache: error: failed to execute compile\n2024-02-16T21:40:26.9141391Z sccache: caused by: Failed to send data to or receive data from server\n2024-02-16T21:40:26.9142455Z sccache: caused by: Failed to read response header\n2024-02-16T21:40:26.9144951Z sccache: caused by: A connection attempt\nfailed because the connected party did not properly respond after a\nperiod of time, or established connection failed because connected\nhost has failed to respond. (os error 10060)",
            also_ok=["gha_cache.cache_server_timeout", "connectivity.timeout"],
            note="February 2024, Windows GitHub Actions jobs: the PR 'Fix for premature sccache server shutdown on Windows' addresses these sporadic failures: the compiler wrapper cannot reach the local sccache server, which had already shut down on the runner; 'these sccache errors occur only on Windows' (the wrapped lines are the PR's quote)"),
]
