"""Dev-set entries, batch 106 (GitHub Actions cache failures that ended the job, set beside warnings it survived:
actions/cache and actions/cache/save, the @actions/cache toolkit inside setup-node, setup-python, setup-gradle,
cypress-io/github-action, xmake's and scarb's setup actions, pnpm/action-setup, setup-bazel and ccache steps, the
`satackey` docker-layer cache and julia-actions/cache, BuildKit's local cache directory on self-hosted runners, a Gitea
runner's cache server, and the remote caches beside them: Nx Cloud, a self-hosted Turborepo cache, Bazel's REST cache).
Most cache threads of this theme are already cited by earlier batches (71, 81, 89, 96 and others), so this batch leans
on the build's own side: runs failed outright by GitHub's deprecation gate for actions/cache v1, v2, v3.3.1 and older
pinned versions (2025), setup-node/setup-python v2 and old setup-gradle, xmake and scarb actions whose bundled toolkit
still talks to the retired v1 service (400/422/503 answers and GitHub's "Our services aren't available right now" page
in 2025), cache keys with commas, paths that do not exist when the post step saves, a fixed key that already exists,
a Turborepo cache without its token and a Bazel REST cache at a host that does not exist. The service side: the v2
service timing out CreateCacheEntry, tokens without cache read scopes (2020), a cache hit whose download then fails,
Nx Cloud answering 404 for artifacts. The runner side: a Gitea runner's cache server unreachable from the job and
several self-hosted runners sharing one BuildKit cache directory. `err` is verbatim from the source (a GitHub thread
found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (code fences, blockquote
markers, backticks, surrounding quotes) only that markup was dropped and trailing blanks trimmed, never a word of the
log; in bitdriftlabs/capture-sdk#379 the step numbers GitHub's UI pasted between log lines were dropped. Where a quote
runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Elisions ('...') and masks
('<redacted-key>') are the reporters' own. Hosts follow the README's strict rule: a host is given only where a line of
the log names it for the failing call; the github.blog link in GitHub's deprecation message is a documentation link,
not the failing call. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {
    "Automattic/WP-Job-Manager#2896", "CDCgov/NEDSS-Modernization#2275", "algorand/go-algorand#6243",
    "aws-observability/aws-otel-python-instrumentation#322", "line/lich#139", "TimKam/Quantitative-Bipolar-Argumentation#46",
    "Azure/azure-api-style-guide#151", "diplodoc-platform/transform#699", "hashicorp/nomad#26826",
    "software-mansion/setup-scarb#40", "julia-actions/cache#93", "The-OpenROAD-Project/bazel-orfs#665",
    "bitdriftlabs/capture-sdk#379", "FoundationDB/fdb-record-layer#4175",
}  # fmt: skip

B = Batch(PULLS)
cache = B.cache

LEGACY = "gha_cache.legacy_shutdown"
REFUSED = "gha_cache.client_refused"
PATH = "gha_cache.path_missing"
LEARN = "https://github.blog/changelog/2024-12-05-notice-of-upcoming-releases-and-breaking-changes-for-github-actions/#actions-cache-v1-v2-and-actions-toolkit-cache-package-closing-down"
GATE = "This request has been automatically failed because it uses a deprecated version of `actions/cache: {v}`. Please update your workflow to use v3/v4 of actions/cache to avoid interruptions. Learn more: " + LEARN
PATHVAL = "Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved."

E = [
    # --- the cache service's side -----------------------------------------------------------------------------------------
    cache("actions/cache#1581", "gha_cache.request_timeout", True, "service",
          "Attempt 1 of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry. Retrying request in 3000 ms...\nFailed to save: Unable to reserve cache with key Linux-build-workspace-930, another job may be creating this cache.\nWarning: Cache save failed.",
          fatal=False, head=["Run actions/cache/save@v4"], host_alt=["results-receiver.actions.githubusercontent.com"],
          also_ok=["gha_cache.v2_write_failed", "gha_cache.reserve_conflict", "gha_cache.backend_error"],
          note="26 March 2025, a run-numbered key that no other job writes: the v2 service timed out the first CreateCacheEntry (which had in fact created the entry), so the retry finds the key reserved; 'a sporadic error which we cannot reproduce', and the step still concludes success (the issue asks for it to fail)"),
    cache("cypress-io/github-action#212", REFUSED, False, "service",
          "Run cypress-io/github-action@v2\n  with:\n    working-directory: cypress-tests\n    record: false\n    config-file: cypress.json\nError: getCacheEntry failed: No scopes with read permission were found on the request.",
          also_ok=["credentials.token_permissions", "gha_cache.no_token"],
          note="October 2020, no change in the project: the cache service refuses the run's token for lack of cache read scopes and the action's new caching code (bahmutov points to commit 5761360) let that fail the job; re-running and new commits did not help until the action caught restore errors (its PR #216)"),
    cache("FoundationDB/fdb-record-layer#4175", "gha_cache.restore_failed", True, "service",
          "Cache hit for: Linux-fdb-debs-7.3.42\nWarning: Failed to restore:\nCache not found for input keys: Linux-fdb-debs-7.3.42",
          fatal=False, also_ok=["gha_cache.download_timeout", "gha_cache.backend_error", "gha_cache.cache_miss"],
          note="May 2026, actions/cache v5.0.4: the service reports a hit for the key and the download of that entry then fails, so the step warns and goes on uncached ('It seems weird that it says it got a cache hit, but then failed to restore'); the PR drops the 1-second cache rather than debug it"),
    cache("nrwl/nx#16496", "gha_cache.remote_cache_error", True, "service",
          "NX   Nx Cloud: Downloading ba3e757ea89d87550b1c0f25680da80f640d3719de7279ecd4cab497fcc32827\nNX   Received 404. Retrying in 5433.70266490442ms.",
          cmd="nx run visual-trial-api-client:build:production", also_ok=["gha_cache.remote_digest_missing", "gha_cache.remote_cache_failed"],
          note="24 April 2023, Azure DevOps pipeline: 'Until today everything was working ok, no changes in configuration'; Nx Cloud answers 404 for some cached artifacts while others in the same pipeline download, and the run fails with 'Error when connecting to Nx Cloud. Code: 404'; updating nx-cloud did not help"),
    # --- the runner's side -------------------------------------------------------------------------------------------------
    cache("actions/setup-node#824", "gha_cache.unreachable", False, "local",
          "::warning::Failed to restore: getCacheEntry failed: connect ETIMEDOUT 172.16.1.39:43633\npnpm cache is not found",
          fatal=False, host="172.16.1.39", also_ok=["connectivity.timeout", "connectivity.connection_failed"],
          note="March 2026, 'running in gitea runner': the job cannot connect to the runner's own cache server at a private address, so setup-node's pnpm cache restore times out on every run ('this doesn't happen if I don't turn the pnpm cache'); the job goes on without the cache"),
    B.entry("local", "una-auxme/paf#506", "local", "local.cache_dir_shared", True, "local", None,
            "#41 ERROR: error writing layer blob: mkdir /tmp/.buildx-cache/cache-new/test/ingest/5c89f3f2bc1419604464985c6cbfb0c25e197dc9cd3cc640cb4cd901f1a5f7a7: no such file or directory: unknown\n------\n > exporting cache to client directory:\n------\nERROR: failed to solve: error writing layer blob: mkdir /tmp/.buildx-cache/cache-new/test/ingest/5c89f3f2bc1419604464985c6cbfb0c25e197dc9cd3cc640cb4cd901f1a5f7a7: no such file or directory: unknown",
            head=["Run docker/build-push-action@v6"], also_ok=["gha_cache.export_failed", "gha_cache.archive_create_failed"],
            note="November 2024, 'Test build' step exporting a type=local cache: JulianTrommer, 'This issue is due to the setup of multiple runners since each one is reading from and writing to the same location' (/tmp/.buildx-cache on a shared self-hosted machine); a run that does not overlap another passes"),
    # --- the build's own: the retired v1 cache service and GitHub's deprecation gate ---------------------------------------
    cache("Automattic/WP-Job-Manager#2896", LEGACY, False, "build",
          "Error: This request has been automatically failed because it uses a deprecated version of `actions/cache: v2",
          also_ok=["build.action_not_found", REFUSED],
          note="August 2025: 'Fixes failed building when testing on GH'; the workflow still used actions/cache@v2, which GitHub fails before any step runs; the PR moves to v4 (the quote is cut by the reporter)"),
    cache("CDCgov/NEDSS-Modernization#2275", LEGACY, False, "build",
          "Error: " + GATE.format(v="v1"),
          also_ok=["build.action_not_found"],
          note="February 2025: the Gradle cache step still used actions/cache@v1; the PR 'Upgrades Cache Gradle packages step to actions/cache@v4' and resolves the failure"),
    cache("anacrolix/torrent#999", LEGACY, False, "build",
          "Error: " + GATE.format(v="v2"),
          also_ok=["build.action_not_found"],
          note="March 2025: 'Github Actions workflows aren't working'; the run is failed at set-up for actions/cache@v2; the maintainer: 'Feel free to fix', i.e. the workflow must change"),
    cache("algorand/go-algorand#6243", LEGACY, False, "build",
          "Error: " + GATE.format(v="v3.3.1"),
          also_ok=["build.action_not_found"],
          note="4 February 2025: a pinned v3.3.1 predates v3.4.0's move to the new service, so GitHub fails the run; the PR 'CI: fix actions/cache deprecation warning' bumps the pin ('No code changes')"),
    cache("aws-observability/aws-otel-python-instrumentation#322", LEGACY, False, "build",
          "Error: " + GATE.format(v="v1"),
          also_ok=["build.action_not_found"],
          note="4 February 2025: 'Github workflows are failing because we are using a deprecated version for actions/cache'; the PR changes v1 to v3"),
    cache("line/lich#139", LEGACY, False, "build",
          "Error: This request has been automatically failed\nbecause it uses a deprecated version of `actions/cache: v2`.\n\nPlease update your workflow to use v3/v4 of actions/cache to avoid interruptions.\nLearn more: " + LEARN,
          also_ok=["build.action_not_found"],
          note="November 2025: 'CI is not working with following error message ... Actions runner is not compatible with old actions'; the PR updates the outdated actions (the line breaks are the reporter's)"),
    cache("goaop/framework#508", LEGACY, False, "build",
          GATE.format(v="v2"),
          also_ok=["build.action_not_found"],
          note="July 2025, labelled Bug: the build workflow fails for its actions/cache@v2 and is fixed by moving to a supported version"),
    cache("jobindjohn/obsidian-publish-mkdocs#39", LEGACY, False, "build",
          "Current runner version: '2.322.0'\nOperating System\nRunner Image\nRunner Image Provisioner\nGITHUB_TOKEN Permissions\nSecret source: Actions\nPrepare workflow directory\nPrepare all required actions\nGetting action download info\nError: " + GATE.format(v="v2"),
          raw_is_log=True, also_ok=["build.action_not_found", "github.action_resolve_failed"],
          note="March 2025: the job fails while the runner resolves its actions; the reporter changed `- uses: actions/cache@v2` to v3 in ci.yml and 'The build then runs successfully'"),
    cache("TimKam/Quantitative-Bipolar-Argumentation#46", LEGACY, False, "build",
          "Error: " + GATE.format(v="v2"),
          also_ok=["build.action_not_found"],
          note="August 2025: 'Set up job failed with the following error message'; the PR updates actions/cache to v4"),
    # --- the build's own: setup actions whose bundled toolkit still calls the v1 service ---------------------------------
    cache("Azure/azure-api-style-guide#151", LEGACY, False, "build",
          "Error: Cache service responded with 400",
          head=["Run actions/setup-node@v2"], also_ok=[REFUSED],
          note="November 2025: 'GitHub actions are failing'; the old setup-node's @actions/cache still calls the retired v1 service, which answers 400; the merged PR bumps setup-node"),
    cache("diplodoc-platform/transform#699", LEGACY, False, "build",
          "Cache service responded with 422",
          head=["Run actions/setup-node@v2"], also_ok=[REFUSED],
          note="April 2025: 'setup-node started failing at some point recently ... In v2 it is an error. In later versions it is a warning'; the PR updates the actions"),
    cache("actions/setup-python#1085", LEGACY, False, "build",
          "Run actions/setup-python@v2\n  with:\n    python-version: 3.11\n    cache: pip\n    token: ***\n  env:\n    PYTHON_VERSION: 3.11\nSuccessfully setup CPython (3.11.12)\n/opt/hostedtoolcache/Python/3.11.12/x64/bin/pip cache dir\n/home/runner/.cache/pip\nError: Cache service responded with 422",
          also_ok=[REFUSED],
          note="April 2025 (a second reporter's log): setup-python v2/v3 bundle a toolkit on the legacy cache API, which answers 422 from 15 April 2025; 'It can be solved by upgrading setup-python version'"),
    cache("hashicorp/nomad#26826", LEGACY, False, "build",
          "# Setup\nWarning: Failed to restore: Cache service responded with 400\n\n# Post\nWarning: Failed to save: <h2>Our services aren't available right now</h2><p>We're working to restore all services as soon as possible. Please check back soon.",
          fatal=False, also_ok=[REFUSED, "gha_cache.error_page"],
          note="September 2025: the ui job's setup-node silently lost its cache; gulducat: 'the main cache fix was regarding' the toolkit's deprecation, and with setup-node v4.4.0 a miss is followed by a hit; the '# Setup'/'# Post' markers are the author's inside the quote"),
    cache("xmake-io/github-action-setup-xmake#39", LEGACY, False, "build",
          "Warning: Failed to restore: Cache service responded with 422",
          fatal=False, head=["Run xmake-io/github-action-setup-xmake@v1"], also_ok=[REFUSED],
          note="May 2025: 'Everything else is functioning correctly; only the warning is displayed'; the reporter points to the @actions/cache deprecation, which the action then addressed (its follow-up #41: 'Even after PR #39')"),
    cache("gradle/actions#615", LEGACY, False, "build",
          "Warning: Failed to restore gradle-home-v1|Linux|build[df68cb41cf7836b256964bd7109cb0be]-e03c6f658e4635322069c0e5a44b45cc0e12eed6: Error: Cache service responded with 422",
          fatal=False, also_ok=[REFUSED],
          note="April 2025: setup-gradle v3's bundled @actions/cache is on the legacy service ('causing the inability ... to use any caching'); a commenter: 'we were on gradle v3 and now on v4 and its working'; the build itself goes on"),
    cache("software-mansion/setup-scarb#40", LEGACY, False, "build",
          "Cache service responded with 503",
          head=["Run software-mansion/setup-scarb@v1"], also_ok=["gha_cache.service_error", REFUSED],
          note="June 2025: the action's old @actions/cache kept calling the decommissioned v1 service; the merged PR 'upgrade @actions/cache, fixes: Cache service responded with 503'"),
    # --- the build's own: keys and paths --------------------------------------------------------------------------------
    cache("satackey/action-docker-layer-caching#69", "gha_cache.bad_key", False, "build",
          "Run satackey/action-docker-layer-caching@v0.0.8\n  with:\n    key: docker-layer-caching-Build, Test & Deploy-{hash}\n    restore-keys: docker-layer-caching-Build, Test & Deploy-\n    concurrency: 4\n    skip-save: false\n  env:\n    DOCKER_IMAGE_NAME: ghcr.io/fredagscafeen/web\nValidationError: Key Validation Error: docker-layer-caching-Build, Test & Deploy-{hash} cannot contain commas.\n    at checkKey (/home/runner/work/_actions/satackey/action-docker-layer-caching/v0.0.8/dist/ttsc-dist/main.js/index.js:41761:15)\n    at Object.<anonymous> (/home/runner/work/_actions/satackey/action-docker-layer-caching/v0.0.8/dist/ttsc-dist/main.js/index.js:41784:13)\nError: ValidationError: Key Validation Error: docker-layer-caching-Build, Test & Deploy-{hash} cannot contain commas.",
          also_ok=["build.invalid_reference"],
          note="October 2020: the action's default key embeds the workflow name 'Build, Test & Deploy', and the toolkit refuses any key with a comma before a request is made; it fails every run until the name or key changes (ghcr.io is the build's own image name, not the failing call)"),
    cache("julia-actions/cache#93", "gha_cache.bad_key", False, "build",
          "Error: Key Validation Error: <redacted-key> cannot contain commas.",
          also_ok=["build.invalid_reference"],
          note="January 2024: matrix values with commas went into the cache key and the restore step fails; the PR URL-encodes the comma (the key's mask is the author's)"),
    cache("pnpm/action-setup#265", PATH, False, "build",
          "Post job cleanup.\nPruning is unnecessary.\nError: " + PATHVAL,
          also_ok=["gha_cache.dependency_file_missing"],
          note="June 2026, pnpm/action-setup 6.0.8 with `cache: true` and pnpm v10: on a cold cache the store path the post step saves does not exist, so it fails the job every time ('Doesn't happen when running pnpm version 11'); a configuration or version change is needed, not a re-run"),
    cache("actions/cache#1588", PATH, False, "build",
          PATHVAL,
          head=["Post job cleanup."], also_ok=["gha_cache.dependency_file_missing"],
          note="April 2025: the post run reports the paths to cache do not exist; the reporter: 'no cache is supposed to be saved', so it 'should be a warning instead of an error'"),
    cache("The-OpenROAD-Project/bazel-orfs#665", PATH, False, "build",
          "Path Validation Error: Path(s) specified in the action for caching do(es) not exist",
          head=["Post Run bazel-contrib/setup-bazel@0.15.0"], also_ok=["gha_cache.dependency_file_missing"],
          note="April 2026: 'setup-bazel's repository-cache option fails in its post step' because the repository cache path it saves does not exist; the PR replaces it with an explicit actions/cache at a known path (the quote is the PR's, cut there)"),
    cache("whitphx/streamlit-webrtc#1050", PATH, False, "build",
          "Post job cleanup.\nWarning: " + PATHVAL,
          fatal=False, also_ok=["gha_cache.dependency_file_missing"],
          note="September 2022, 'The CI cache is not working': the 'Post Set up cache' step finds none of the configured paths and saves nothing; the job still passes"),
    cache("OpenMS/OpenMS#8608", PATH, False, "build",
          "Warning: " + PATHVAL,
          fatal=False, also_ok=["gha_cache.dependency_file_missing"],
          note="January 2026, 'When uploading the ccache cache': the path the workflow gives the cache step does not exist when the step saves, so nothing is saved (the message says so); a warning the build survives"),
    cache("ChrisTitusTech/winutil#2417", PATH, False, "build",
          "Warning: " + PATHVAL,
          fatal=False, head=["Post Run actions/cache@v4"], also_ok=["gha_cache.dependency_file_missing"],
          note="July 2024, GitHub Pages workflow: the actions/cache step's path does not exist at the end of the job (the message says so), so the post step warns and saves nothing; the deployment goes on"),
    cache("pharmaverse/sdtmchecks#275", PATH, False, "build",
          "Post job cleanup.\nPost job cleanup.\nWarning: " + PATHVAL,
          fatal=False, also_ok=["gha_cache.dependency_file_missing"],
          note="December 2023, R-CMD-check workflow: the cached path does not exist at the end of the job (the message says so) and nothing is saved; a warning only, the check itself goes on"),
    cache("bitdriftlabs/capture-sdk#379", "gha_cache.reserve_conflict", False, "build",
          "Run actions/cache/save@v3\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/capture-sdk/capture-sdk --files-from manifest.txt --use-compress-program zstdmt\nFailed to save: Unable to reserve cache with key apk-main-baseline, another job may be creating this cache.\nWarning: Cache save failed.",
          fatal=False, also_ok=["gha_cache.v2_write_failed"],
          note="May 2025: the fixed key apk-main-baseline already exists and cache entries are immutable, so every save on main is refused; the PR is 'Trying with a new name to see we can get around the error' (GitHub's step-line numbers between the lines dropped)"),
    cache("jetify-com/devbox-install-action#28", "gha_cache.reserve_conflict", False, "build",
          "Failed to save: Unable to reserve cache with key ... another job may be creating this cache. More details: Cache already exists.",
          fatal=False, also_ok=["build.lockfile_outdated"],
          note="December 2023: the action restores and saves the Nix store under different keys because devbox.lock changes during installation, so the save key already exists; 'i syncronized devbox.lock with devbox.json and now everything works great' (the elision is the reporter's)"),
    # --- the build's own: remote caches beside the Actions cache ----------------------------------------------------------
    cache("AdiRishi/turborepo-remote-cache-cloudflare#984", "gha_cache.remote_cache_refused", False, "build",
          "WARNING  failed to contact remote cache: Error making HTTP request: HTTP status client error (401 Unauthorized) for url",
          fatal=False, also_ok=["credentials.unauthorized", "credentials.missing"],
          note="July 2025: the self-hosted Turborepo cache on Cloudflare refuses requests without a valid TURBO_TOKEN; after redeploying and adding the TURBO_TOKEN secret 'That seemed to do the trick', and the maintainer: 'sounds like a configuration issue'; turbo builds without the cache"),
    cache("bazelbuild/bazel#4395", "gha_cache.remote_cache_error", False, "build",
          "C++ compilation of rule '//xxxx:status' failed (Exit 34). Note: Remote connection/protocol failed with: execution failed",
          cmd="bazel build --spawn_strategy=remote --remote_rest_cache=http://non-existent:8081/cache //...",
          also_ok=["gha_cache.remote_cache_failed", "dns.resolve_failed", "gha_cache.client_config"],
          note="January 2018: the reporter's reproduction configures remote_rest_cache at a host that does not exist and every action fails with this unclear message (the issue asks for one naming the unreachable cache); nothing changes until the bazelrc does"),
]
