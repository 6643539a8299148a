"""Dev-set entries, batch 35 (GitHub's own services and build caches seen from clients other than docker: the v4
artifact service finalizing into a reset connection or an HTML page, the v1-v3 artifact containers that a re-run
fixed; the REST and GraphQL APIs from gh, octokit, python and ansible clients (per-IP and per-installation limits,
secondary limits that sleep or fail, 502s that a retry clears and one that a GitHub bug repeats); an immutable
action package that a back-off fetched; setup-go, setup-python, setup-bun and setup-task downloads (a bucket that no
longer serves Go, an architecture it never had, a proxy refusing the tunnel, vendor 404s a retry cleared);
actions/checkout's TLS read error and early EOF; actions/cache on the retired service and a 409 from a second save;
remote build caches: Nx's self-hosted and cloud clients, Turborepo against a server without the analytics endpoint, Gradle's HTTP cache (a failing-over node, JFrog's 401 for a missing entry, truncated and
empty entries, the gradle-cache-action proxy), Bazel with BuildBuddy behind a VPN, GCS and bazel-remote, Cachix and
an Attic cache down, sccache's GCS backend without delete rights and ccache given a host in a file:// URL).
`err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread
quoted a log inside Markdown (blockquote markers, ** bold and _ italics, the link markup GitHub's log view adds
around a digit) only that markup was dropped, and the trailing blanks of a padded line were trimmed, never a word of
the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line.
Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing call;
an inferred one goes in host_alt. fatal=False marks a warning the job survived. Labels were set from the threads
before the matcher saw any of these logs."""
# ruff: noqa: E501, RUF001
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS: set[str] = set()

B = Batch(PULLS)
gh = B.family("github")
tools = B.family("setup_tools")
cache = B.cache
bzl = B.family("bazel")

API = ["api.github.com"]
PIPELINES = "pipelines.actions.githubusercontent.com"
RATE_GOOD_NEWS = "(But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)"
SECONDARY = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."
FULL_RUN = "Run actions/upload-artifact@v4"

E = [
    # --- the artifact service ------------------------------------------------------------------------------------------
    gh("actions/upload-artifact#560", "github", "github.artifact_service_error", True, "service", None,
       "Wed, 10 Apr 2024 18:38:00 GMT\nRun actions/upload-artifact@v4\nWed, 10 Apr 2024 18:38:01 GMT With the provided path, there will be 1 file uploaded\nWed, 10 Apr 2024 18:38:01 GMT Artifact name is valid!\nWed, 10 Apr 2024 18:38:01 GMT Root directory input is valid!\nWed, 10 Apr 2024 18:38:01 GMT Beginning upload of artifact content to blob storage\nWed, 10 Apr 2024 18:38:01 GMT Uploaded bytes 360403\nWed, 10 Apr 2024 18:38:01 GMT Finished uploading artifact content to blob storage!\nWed, 10 Apr 2024 18:38:01 GMT SHA256 hash of uploaded artifact zip is <redacted>\nWed, 10 Apr 2024 18:38:01 GMT Finalizing artifact upload\nWed, 10 Apr 2024 18:39:53 GMT Error: Failed to FinalizeArtifact: Unable to make request: ECONNRESET",
       raw_is_log=True, host_alt=["results-receiver.actions.githubusercontent.com"], also_ok=["connectivity.reset"],
       note="'Sometimes actions/upload-artifact@v4 gives errors like this one': the blob upload finished, the finalize call to the results service was reset two minutes later; the same hour another upload got a 403 (labelled bug, intermittent)"),
    gh("actions/upload-artifact#543", "github", "github.artifact_service_error", True, "service", None,
       "Error: Failed to CreateArtifact: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
       head=[FULL_RUN], raw_is_log=True, host_alt=["results-receiver.actions.githubusercontent.com"], also_ok=["github.server_error", "gha_cache.bad_response"],
       note="an HTML error page where the twirp client expected JSON, 'a couple of times' in hundreds of uploads a day; 'Re-triggering the workflow run made the workflow green again'"),
    gh("actions/upload-artifact#360", "github", "github.artifact_service_error", True, "service", PIPELINES,
       "Unexpected response. Unable to upload chunk to https://pipelines.actions.githubusercontent.com/I9cMmMHfx8HvRgYy9gJYarpnO4xiF8KsZmuFn7sqlM17oeIQjg/_apis/resources/Containers/2314699?itemPath=Stockfish+Binaries+windows-2022%5Cstockfish-x86-64-avx512-windows-2022.exe",
       prefix="Error: ", head=["Run actions/upload-artifact@v3"], raw_is_log=True,
       note="random per attempt: the first run's Windows upload failed and macOS passed, the re-run the other way round; the maintainers point at v4, which rewrote the v1-v3 backend these transient errors came from"),
    gh("actions/upload-artifact#135", "github", "github.artifact_service_error", True, "service", PIPELINES,
       "Error: Unable to create a container for the artifact artifact at https://pipelines.actions.githubusercontent.com/j744JdjP7hmWpDAk1yany53cI07tMYFojlKbSemW7bhUQQz7hi/_apis/pipelines/workflows/304930541/artifacts?api-version=6.0-preview",
       head=["Run actions/upload-artifact@v2"], raw_is_log=True, also_ok=["github.server_error"],
       note="'Re-running the build fixes the issue everytime'; the maintainers then added retries to the container creation ('Fixed!')"),
    # --- the REST and GraphQL APIs ---------------------------------------------------------------------------------------
    gh("github/gh-stack#451", "github", "github.api_rate_limited", False, "local", "api.github.com",
       "% gh extension install github/gh-stack\ncould not check for binary extension: HTTP 403: API rate limit exceeded for A.B.C.D. " + RATE_GOOD_NEWS + " (https://api.github.com/repos/github/gh-stack/releases/latest)",
       raw_is_log=True, also_ok=["github.rate_limited"],
       note="titled 'impossible to install': the release lookup went out unauthenticated, so the per-IP limit of 60 an hour applies (the reporter's IP masked as A.B.C.D); a token, not a retry"),
    gh("CactuseSecurity/firewall-orchestrator#3970", "github", "github.api_rate_limited", False, "build", None,
       "TASK [api : Get Hasura release info from GitHub (authenticated)] ***************\nError: : Task failed: Module failed: Status code was 403 and not [200]: HTTP Error 403: rate limit exceeded\nOrigin: /home/runner/work/firewall-orchestrator/firewall-orchestrator/roles/api/tasks/hasura-install.yml:67:3\n\n65\n66 # only download new version of api cli, when not restoring from backup:\n67 - name: Get Hasura release info from GitHub (authenticated)\n     ^ column 3",
       cmd="ansible-playbook site.yml", host_alt=API, also_ok=["github.rate_limited"],
       note="an installer's release lookup from a hosted runner's shared IP hits the unauthenticated limit ('API rate limit exceeded for 172.184.220.211' in the cut response); the fix: 'we might need to use authenticated github api access after all'"),
    gh("ImYrS/aliyun-auto-signin#75", "github", "github.api_rate_limited", True, "build", None,
       "API rate limit exceeded for 40.75.119.50. " + RATE_GOOD_NEWS,
       cmd="python main.py", host_alt=API, also_ok=["github.rate_limited"],
       note="'Rerun the job, it works with no error this time': a shared runner IP over the unauthenticated limit; the maintainer: the clone step ran without the token (fixed in v1.5.5)"),
    gh("github/codeql#5106", "github", "github.api_rate_limited", True, "build", None,
       "Error: init action failed: HttpError: API rate limit exceeded for installation ID 7125406",
       head=["Run github/codeql-action/init@v1"], raw_is_log=True, host_alt=API, also_ok=["github.rate_limited"],
       note="the message is the issue's title; the maintainer: the Actions token's 1000 requests an hour per repository were used up by the repository's many jobs, 're-trying the build should work'"),
    gh("inokawa/lang-box#10", "github", "github.secondary_rate_limited", False, "build", None,
       "Error: " + SECONDARY + "\n    at ApiClient.fetch (file:///home/runner/work/lang-box/lang-box/src/api.js:20:13)\n    at runMicrotasks (<anonymous>)\n    at processTicksAndRejections (internal/process/task_queues.js:95:5)\n    at async file:///home/runner/work/lang-box/lang-box/src/index.js:114:18\nnpm ERR! code ELIFECYCLE\nnpm ERR! errno 1\nnpm ERR! lang-box@1.0.0 start: `node --experimental-modules --es-module-specifier-resolution=node src/index`\nnpm ERR! Exit status 1\nnpm ERR! \nnpm ERR! Failed at the lang-box@1.0.0 start script.\nnpm ERR! This is probably not a problem with npm. There is likely additional logging output above.\nnpm WARN Local package.json exists, but node_modules missing, did you mean to install?\n\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     /home/runner/.npm/_logs/2022-02-23T00_55_44_139Z-debug.log\nError: Process completed with exit code 1.",
       raw_is_log=True, host_alt=API, also_ok=["github.rate_limited", "github.api_rate_limited"],
       note="every scheduled run 'since Feb, 22nd': the maintainer: the action calls the GitHub API too many times for the account's repositories; the workload, not a blip"),
    gh("github-changelog-generator/github-changelog-generator#993", "github", "github.secondary_rate_limited", True, "service", "api.github.com",
       "Octokit::TooManyRequests GET https://api.github.com/repos/mitre/heimdall2/issues/4910/events?per_page=100: 403 - " + SECONDARY + " If you reach out to GitHub Support for help, please include the request ID FA2D:87B1:8879E3:1176C87:6570B7E6. // See: https://docs.github.com/en/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits; sleeping for 3348s...\nOctokit::TooManyRequests GET https://api.github.com/repos/mitre/heimdall2/issues/4871/events?per_page=100: 403 - " + SECONDARY + " If you reach out to GitHub Support for help, please include the request ID FA2D:87B1:887A47:1176D5B:6570B7E6. // See: https://docs.github.com/en/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits; sleeping for 3348s...",
       cmd="github_changelog_generator -u mitre -p heimdall2", fatal=False, also_ok=["github.rate_limited", "github.api_rate_limited"],
       note="the generator fetches every issue's events in parallel and trips the secondary limit; it sleeps out the window and goes on (the third identical line left out)"),
    gh("cli/cli#10981", "github", "github.server_error", True, "service", "api.github.com",
       "PS> gh run watch $RunId --compact --interval $RunWatchIntervalSec\n...\nfailed to get run: HTTP 502: 502 Bad Gateway (https://api.github.com/repos/xxx/xxx/actions/runs/123123123?exclude_pull_requests=true",
       raw_is_log=True, also_ok=["github.outage"],
       note="`gh run watch` polling a 5-10 minute run dies on an occasional 502 from the REST API; 'HTTP 502 errors are expected from GH from time to time' (the '...' is the reporter's, the line is quoted as cut)"),
    gh("googleapis/release-please#2592", "github", "github.server_error", True, "service", None,
       "Running release-please version: 17.1.2\n✔ Looking for latest release on branch: main with prefix:\n❯ Fetching merge commits on branch main with cursor: undefined\n✔ received 502 error, 5 attempts remaining\n✔ received 502 error, 4 attempts remaining\n✔ received 502 error, 3 attempts remaining\n✔ received 502 error, 2 attempts remaining\n✔ received 502 error, 1 attempts remaining\n⚠ ran out of retries and response is required\nError: release-please failed: <html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>",
       head=["Run googleapis/release-please-action@v4"], host_alt=API, also_ok=["github.outage"],
       note="'intermittent failures in our CI' while paging merge commits over GitHub's GraphQL API, on several runners; the client's five retries run out inside one burst of 502s"),
    gh("jupyter-server/jupyter_releaser#278", "github", "github.server_error", True, "service", None,
       "urllib.error.HTTPError: HTTP Error 502: Bad Gateway",
       cmd="jupyter-releaser extract-release", host_alt=API,
       note="'This sounds like an issue with GitHub, and restarting the workflow a couple of times eventually helped'"),
    gh("microsoft/AL-Go#2254", "github", "github.server_error", False, "service", None,
       "Enabling Microsoft telemetry...\n##[error]Unexpected error when running action. Error Message: The remote server returned an error: (502) Bad Gateway., StackTrace: at <ScriptBlock>, D:\\a_actions\\microsoft\\AL-Go-Actions\\v9.0\\DetermineArtifactsForRelease\\DetermineArtifactsForRelease.ps1: line 36 <- at <ScriptBlock>, D:\\a_temp<id>.ps1: line 3 <- at <ScriptBlock>, D:\\a_actions\\microsoft\\AL-Go-Actions\\v9.0\\Invoke-AlGoAction.ps1: line 21 <- at <ScriptBlock>, D:\\a_temp<id>.ps1: line 2 <- at <ScriptBlock>, <No file>: line 1\n##[error]Process completed with exit code 1.",
       raw_is_log=True, host_alt=API,
       note="'Failure is deterministic - same error, same line, every run, across many hours': the release workflow's artifact lookup for 12 projects gets a 502 from the API every time, so a re-run is no fix"),
    gh("OctoPrint/plugins.octoprint.org#1466", "github", "github.server_error", False, "service", None,
       "gh: Something went wrong while executing your query on 2026-07-24T15:02:30Z. Please include `3AC1:215912:16E5501:1596B73:6A637E86` when reporting this issue.",
       cmd="gh api graphql -f query='query { repository(owner:\"OctoPrint\", name:\"OctoPrint\") { stargazers(first:1) { totalCount } } }'", host_alt=API,
       note="GitHub's GraphQL API started failing `stargazers(first:1)` only (the same query without `(first:1)` works): a GitHub-side bug that every run repeats; the workaround drops the argument"),
    # --- action downloads ----------------------------------------------------------------------------------------------
    gh("basher83/ProxmoxMCP#58", "github", "github.outage", True, "service", "api.github.com",
       "Download immutable action package 'actions/setup-python@v5'\n  Version: 5.6.0\n  Digest: sha256:0b35a0c11c97499e4e0576589036d450b9f5f9da74b7774225b3614b57324404\n  Source commit SHA: a26af69be951a213d495a4c3e4e4022e16d87065\nWarning: Failed to download action 'https://api.github.com/internal/immutable-actions/actions/setup-python/download/sha256:2c4a1cc87f8d42f4ec181fc96fab063830330212bef88dc00f11285a0126fcbb?x-ghcr-actor-id=981408381&x-ghcr-actor-type=repository&x-ghcr-alg=hmac-sha256&x-ghcr-date=2025-06-12T21:00:28Z&x-ghcr-expires=10m0s&x-ghcr-host=ghcr.io&***\nWarning: Back off 12.917 seconds before retry.",
       head=["Prepare workflow directory", "Prepare all required actions", "Getting action download info"], raw_is_log=True, fatal=False,
       also_ok=["github.server_error"], host_alt=["ghcr.io"],
       note="reported as 'Warnings': the runner's first fetch of an immutable action package failed and it backed off; the job set up and ran (the log view's link markup around '30' dropped)"),
    # --- setup-* tool downloads ------------------------------------------------------------------------------------------
    tools("actions/setup-go#688", "build", "build.download_not_found", False, "build", "storage.googleapis.com",
          "Setup go version spec 1.25.5\nAttempting to resolve the latest version from the manifest...\nmatching 1.25.5...\nFailed to resolve version 1.25.5 from manifest\nAttempting to download 1.25.5...\nmatching 1.25.5...\nNot found in manifest.  Falling back to download directly from Go\nInstall from dist\nAcquiring go1.25.5 from https://storage.googleapis.com/golang/go1.25.5.linux-amd64.tar.gz\nError: Failed to download version 1.25.5: Error: Unexpected HTTP response: 403",
          head=["Run actions/setup-go@v4"], raw_is_log=True, also_ok=["connectivity.package_mirror", "registry.request_rejected"],
          note="December 2025: the old Go download bucket answers 403 for new and old versions alike (1.24.11, 1.20 in the thread); setup-go 5.6.0+ downloads from go.dev instead, so upgrading the action fixes it, a re-run does not"),
    tools("riseproject-dev/riscv-runner#31", "build", "build.download_not_found", False, "build", "storage.googleapis.com",
          "Run actions/setup-go@d35c59abb061a4a6fb18e82ac0862c26744d6ab5\n\nSetup go version spec stable\nstable version resolved as 1.26.1\nAttempting to download 1.26.1...\nmatching 1.26.1...\nNot found in manifest.  Falling back to download directly from Go\nInstall from dist\nAcquiring go1.26.1 from https://storage.googleapis.com/golang/go1.26.1.linux-riscv64.tar.gz\nError: Failed to download version 1.26.1: Error: Unexpected HTTP response: 403",
          raw_is_log=True, also_ok=["connectivity.package_mirror", "build.toolchain_missing"],
          note="a RISC-V runner: the bucket has no linux-riscv64 archive (go.dev/dl does); the maintainer: set go-download-base-url to go.dev/dl or use the Go in the runner image"),
    tools("actions/setup-python#614", "connectivity", "connectivity.proxy_misconfigured", False, "local", None,
          "Run actions/setup-python@v4\n  with:\n    python-version: 3.9\n    check-latest: false\n    update-environment: true\n\nInstalled versions\n  Version 3.9 was not found in the local cache\n  Error: tunneling socket could not be established, statusCode=403",
          raw_is_log=True, also_ok=["connectivity.proxy_refused"],
          note="a self-hosted Windows runner behind a proxy that refuses the CONNECT to GitHub's manifest/download hosts; the maintainers: 'an issue with firewall or proxy'"),
    tools("oven-sh/setup-bun#34", "connectivity", "connectivity.package_mirror", True, "service", "bun.sh",
          "Run oven-sh/setup-bun@v1\nDownloading a new version of Bun: https://bun.sh/download/latest/linux/x64?avx2=true&profile=false\nError: Error: Unexpected HTTP response: 404",
          raw_is_log=True, also_ok=["build.download_not_found"],
          note="for about half an hour bun.sh's download endpoint answered 404 for everyone; 'Are you still seeing this if you retry?' - 'No, it's working now'"),
    tools("go-task/setup-task#3", "connectivity", "connectivity.package_mirror", True, "service", None,
          "Error: Failed to download version v3.45.5: Error: Unexpected HTTP response: 404",
          head=["Run go-task/setup-task@v1"], raw_is_log=True, host_alt=["github.com"], also_ok=["build.download_not_found"],
          note="the maintainer: 'Can you let us know if you're still having this issue after a retry?' - 'it works now'"),
    # --- actions/checkout ------------------------------------------------------------------------------------------------
    gh("actions/checkout#1748", "connectivity", "connectivity.reset", True, "service", None,
       "Error: error: RPC failed; curl 56 GnuTLS recv error (-54): Error in the pull function.",
       head=["Run actions/checkout@v3", "Fetching the repository"], raw_is_log=True, host_alt=["github.com"], also_ok=["connectivity.eof", "connectivity.stream_reset"],
       note="a self-hosted runner's shallow fetch of a pull request ref broken off mid-transfer by a TLS read error; no answer in the thread (labelled from the log: a cut connection, transient)"),
    gh("actions/checkout#1379", "connectivity", "connectivity.eof", True, "service", None,
       "2023-06-09T19:40:18.4811181Z fetch-pack: unexpected disconnect while reading sideband packet\n2023-06-09T19:40:18.4849629Z ##[error]fatal: early EOF\n2023-06-09T19:40:18.4859845Z ##[error]fatal: fetch-pack: invalid index-pack output\n2023-06-09T19:40:18.4902345Z The process 'C:\\Program Files\\Git\\cmd\\git.exe' failed with exit code 128\n2023-06-09T19:40:18.4903851Z Waiting 15 seconds before trying again",
       head=["Run actions/checkout@v3", "Fetching the repository"], raw_is_log=True, fatal=False, host_alt=["github.com"], also_ok=["connectivity.stream_reset", "github.server_error"],
       note="'we usually see this error message' on a Windows runner; the pack stream ends early and the action's own retry follows (the _ italics and ** bold of the quote dropped)"),
    # --- actions/cache -----------------------------------------------------------------------------------------------------
    cache("actions/cache#1594", "gha_cache.legacy_shutdown", False, "build",
          "Failed to save: Unable to reserve cache with key ....., another job may be creating this cache. More details: This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset\nWarning: Cache save failed.",
          fatal=False, head=["Post job cleanup."], also_ok=["gha_cache.reserve_conflict", "gha_cache.client_refused"],
          note="'v4 not using the new cache service': a job with actions/cache@v4 still talks to the retired v1 service (restores answer 422), so every run fails the same way until the runner side moves to v2 (the '.....' is the reporter's cut of the key)"),
    cache("DeLaGuardo/setup-clojure#118", "gha_cache.reserve_conflict", False, "build",
          "[warning]Failed to save: Failed to CreateCacheEntry: Received non-retryable error: Failed request: (409) Conflict: cache entry with the same key, version, and scope already exists",
          fatal=False, also_ok=["gha_cache.client_refused"],
          note="the action saved again after 'Cache hit for: setupclojure-linux-...': the entry exists, the warning is harmless; the maintainer made it save only on a miss (concurrent jobs on a new key still meet it)"),
    # --- Nx and Turborepo remote caches -------------------------------------------------------------------------------------
    cache("nrwl/nx#36107", "gha_cache.service_error", True, "service",
          " NX   Successfully ran targets build, lint, typecheck for 52 projects and 6 tasks they depend on\n\n NX   Misconfigured remote cache endpoint: Unexpected response status: 502 Bad Gateway\n\nProcess completed with exit code 1.",
          raw_is_log=True, also_ok=["gha_cache.outage", "gha_cache.bad_response"],
          note="a self-hosted HTTP remote cache (NX_SELF_HOSTED_REMOTE_CACHE_SERVER) answering one transient 502 fails the run after every task passed; 'the endpoint is correct and works 99% of the time'"),
    cache("nrwl/nx#36036", "gha_cache.unreachable", True, "local",
          "  NX  Failed to send request: error sending request for url (http://localhost:8080/v1/cache/...)",
          host="localhost:8080", host_alt=["localhost"], cmd="npx nx run-many -t build --parallel=8", also_ok=["connectivity.request_failed", "connectivity.refused"],
          note="the cache server runs as a sidecar container on the runner; under many parallel writes some requests never reach it and Nx fails the task instead of treating it as a miss: intermittent (the '...' is the reporter's)"),
    cache("nrwl/nx#15974", "gha_cache.restore_failed", True, "service",
          "NX   Unable to download https://nx-cache-production.s3-accelerate.amazonaws.com/ef6aa35382f4d09ba96669cc91c96f1f18d8eb0be346f9be3d2be091486464bb?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20230330T103747Z&X-Amz-SignedHeaders=host&X-Amz-Expires=18000&X-Amz-Credential=AKIAZCDOVASOE4QJT27M%2F20230330%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=d4758d1397acc36d6afeef4d00c0b2f8248d2b8afaa933e54774b689eb0f232e. Hash: ef6aa35382f4d09ba96669cc91c96f1f18d8eb0be346f9be3d2be091486464bb\n\n   The files have been extracted from a previous command invocation.\n\n\n >  NX   Unable to complete a run.\n\n   Cannot read property 'outputsPath' of null\n\nTypeError: Cannot read property 'outputsPath' of null\n    at Cache.<anonymous> (/home/runner/work/rx-angular/rx-angular/node_modules/nx/src/tasks-runner/cache.js:128:62)\n    at Generator.next (<anonymous>)\n    at /home/runner/work/rx-angular/rx-angular/node_modules/nx/node_modules/tslib/tslib.js:117:75",
          host="nx-cache-production.s3-accelerate.amazonaws.com", cmd="npx nx affected --target=build", also_ok=["gha_cache.download_stalled", "gha_cache.blob_missing"],
          note="'a weird issue' in CI: a download from Nx Cloud's S3 bucket fails and the client then crashes on a null; labelled 'blocked: retry with latest' and closed stale (the log view's link markup around '48' dropped)"),
    cache("nrwl/nx#9704", "dns.temporary_failure", False, "local",
          " >  NX   Received EAI_AGAIN. Retrying in under 10 seconds.\n\n >  NX   Nx Cloud Problems\n\n   - Cannot connect to Nx Cloud (scope: api, code: EAI_AGAIN).",
          component="dns", cmd="NX_CLOUD_NO_TIMEOUTS=true NX_VERBOSE_LOGGING=true nx build", fatal=False, also_ok=["gha_cache.unreachable", "gha_cache.unreachable_dns"],
          note="on a VPN that blocks Nx Cloud the client's lookups fail with EAI_AGAIN and it retries six times (about a minute) before the warning; the tasks themselves completed"),
    cache("ducktors/turborepo-remote-cache#152", "gha_cache.client_refused", False, "local",
          "2023-03-17T15:31:40.766-0700 [DEBUG] turbo.analytics: failed to record cache usage analytics: error=\"skipping HTTP Request, too many failures have occurred\"",
          cmd="turbo run build -vvv", fatal=False, also_ok=["gha_cache.unreachable"],
          note="the self-hosted cache server does not implement every endpoint turbo calls; after a few failed requests turbo stops using the remote cache for the run (a stray line number after the quote left out)"),
    # --- Gradle's HTTP build cache ----------------------------------------------------------------------------------------
    cache("gradle/gradle#3060", "gha_cache.connection_closed", True, "service",
          "FAILURE: Build failed with an exception.\n\n* What went wrong:\n Could not load entry 2e898ad1858482e159bb8c9582ebd4ac from remote build cache\n> org.apache.http.ConnectionClosedException: Premature end of Content-Length delimited message body (expected: 5229544; received: 4263892)",
          cmd="./gradlew build --build-cache", raw_is_log=True, also_ok=["connectivity.eof", "gha_cache.service_error"],
          note="the Gradle Enterprise cache node was going down: while it was failing, cut-short loads failed builds; once it was fully offline the builds went on without it"),
    cache("zowe/api-layer#982", "gha_cache.client_refused", False, "local",
          "> Task :integration-tests:checkstyleTest\nCould not load entry 8b2660d8ace45fab4b977cfa13bc92ef from remote build cache: Loading entry from 'https://zowe.jfrog.io/zowe/cache/8b2660d8ace45fab4b977cfa13bc92ef' response status 401: Unauthorized",
          host="zowe.jfrog.io", cmd="./gradlew build", fatal=False, also_ok=["credentials.unauthorized", "gha_cache.cache_miss"],
          note="JFrog answers 401 for an entry that does not exist when the client sends no credentials; only CI writes the cache, so a local build sees its misses as 401s (a warning, the build goes on)"),
    cache("gradle/gradle#14693", "gha_cache.corrupt_archive", False, "service",
          "Caused by: java.io.EOFException: Unexpected end of ZLIB input stream\n\tat org.apache.commons.compress.archivers.tar.TarArchiveInputStream.read(TarArchiveInputStream.java:639)\n\tat org.gradle.internal.hash.DefaultStreamHasher.doHash(DefaultStreamHasher.java:52)\n\tat org.gradle.internal.hash.DefaultStreamHasher.hashCopy(DefaultStreamHasher.java:43)\n\tat org.gradle.caching.internal.packaging.impl.TarBuildCacheEntryPacker.unpackFile(TarBuildCacheEntryPacker.java:260)\n\tat org.gradle.caching.internal.packaging.impl.TarBuildCacheEntryPacker.unpackDirectoryTree(TarBuildCacheEntryPacker.java:299)\n\tat org.gradle.caching.internal.packaging.impl.TarBuildCacheEntryPacker.unpackTree(TarBuildCacheEntryPacker.java:255)\n\tat org.gradle.caching.internal.packaging.impl.TarBuildCacheEntryPacker.unpack(TarBuildCacheEntryPacker.java:199)\n\tat org.gradle.caching.internal.packaging.impl.TarBuildCacheEntryPacker.unpack(TarBuildCacheEntryPacker.java:161)",
          cmd="./gradlew assemble", also_ok=["gha_cache.connection_closed", "gha_cache.restore_failed"],
          note="titled 'Remote cache entry shouldn't fail the whole build': a truncated entry on the remote cache fails the unpack and with it the build, where a miss would have rebuilt the task; the bad entry stays until it is evicted"),
    cache("gradle/gradle#2434", "gha_cache.corrupt_archive", False, "local",
          "Could not load entry 014392ed8d44ea026a89833378cb2719 from remote build cache\n> Cached result format error, no origin metadata was found.",
          cmd="./gradlew build", also_ok=["gha_cache.restore_failed"],
          note="a packing error ('request to write 4096 bytes exceeds size in header of 0 bytes') left an empty entry in the remote cache, and every later build fails loading it (the blockquote's escaped '>' dropped)"),
    cache("burrunan/gradle-cache-action#27", "gha_cache.restore_failed", False, "build",
          "Loading entry from 'http://localhost:33765/89a3d5bc6a905629bc8b182e5b8f64eb' response status 500: Error processing ENOENT: no such file or directory, stat '.cache-proxy/dl-89a3d5bc6a905629bc8b182e5b8f64eb'",
          host="localhost:33765", fatal=False, also_ok=["gha_cache.service_error", "gha_cache.client_refused"],
          note="the action's local proxy between Gradle and the Actions cache answers 500 when its own download left no file; Gradle then turns the build cache off for the rest of the build (the build scan's link markup dropped)"),
    # --- Bazel remote caches ---------------------------------------------------------------------------------------------
    bzl("bazelbuild/bazel#27734", "dns", "dns.no_such_host", False, "local", "my.internal.buildbuddy.url",
        "ERROR: /home/josh/.cache/bazel/_bazel_josh/0366260ff7e5bd26191001b262965e9c/external/rules_go++go_sdk+main___host_0/BUILD.bazel:77:15: GoToolchainBinaryBuild external/rules_go++go_sdk+main___host_0/builder [for tool] failed: Failed to query remote execution capabilities: UNAVAILABLE: Unable to resolve host my.internal.buildbuddy.url",
        cmd="bazel build //...", also_ok=["dns.resolve_failed", "gha_cache.unreachable", "gha_cache.unreachable_dns"],
        note="the BuildBuddy cache sits behind a VPN that was down; Bazel 8 fails the build where 7.7.1 fell back to local execution (the fix: --incompatible_remote_local_fallback_for_remote_cache with --remote_local_fallback)"),
    bzl("bazelbuild/bazel#6308", "gha_cache", "gha_cache.connection_closed", True, "service", None,
        "ERROR: /Users/buildkite/builds/buildkite-imacpro-4-1/bazel/google-bazel-presubmit/src/test/java/com/google/devtools/build/lib/BUILD:1537:1: Couldn't build file src/test/java/com/google/devtools/build/lib/rules-tests.jar: Building src/test/java/com/google/devtools/build/lib/rules-tests.jar (3 source files) and running annotation processors (AutoAnnotationProcessor, AutoValueProcessor) failed: Unexpected IO error.: Exhaused retry attempts (0)",
        cmd="bazel test //src/...", also_ok=["gha_cache.service_error", "connectivity.reset"],
        note="a one-off in Bazel's own presubmit against its remote cache; a commenter traced the same message to an nginx in front of the cache closing kept-alive connections (keepalive_requests unset)"),
    bzl("bazelbuild/bazel#5742", "gha_cache", "gha_cache.service_error", True, "service", None,
        "WARNING: Error writing to the remote cache:\n502 Bad Gateway\n<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <meta name=viewport content=\"initial-scale=1, minimum-scale=1, width=device-width\">\n  <title>Error 502 (Server Error)!!1</title>",
        cmd="bazel build //...", fatal=False, host_alt=["storage.googleapis.com"], also_ok=["gha_cache.outage"],
        note="a Google Cloud Storage bucket as Bazel's HTTP cache answers Google's 502 page now and then over 'lots of builds'; the build goes on with the warning"),
    bzl("bazelbuild/bazel#8508", "gha_cache", "gha_cache.request_timeout", True, "service", None,
        "WARNING: Reading from Remote Cache:\n500 Internal Server Error\ntimed out",
        cmd="bazel build src:bazel --remote_http_cache=http://localhost:9090 --experimental_remote_download_outputs=toplevel --experimental_inmemory_jdeps_files --experimental_inmemory_dotd_files",
        fatal=False, host_alt=["localhost:9090", "localhost"], also_ok=["gha_cache.service_error"],
        note="the maintainer's own run: the local HTTP cache timed out on a read and answered 500; Bazel warns and runs the action itself"),
    bzl("bazelbuild/bazel#12417", "gha_cache", "gha_cache.cache_miss", False, "build", None,
        "ERROR: An error occurred during the fetch of repository 'build_bazel_rules_nodejs':\n   com.google.devtools.build.lib.remote.common.CacheNotFoundException: Missing digest: 0f2de53628e848c1691e5729b515022f5a77369c76a09fbe55611e12731c90e3/1000820\nERROR: no such package '@build_bazel_rules_nodejs//': com.google.devtools.build.lib.remote.common.CacheNotFoundException: Missing digest: 0f2de53628e848c1691e5729b515022f5a77369c76a09fbe55611e12731c90e3/1000820\nINFO: Elapsed time: 35.390s\nINFO: 0 processes.\nFAILED: Build did NOT complete successfully (0 packages loaded)\nERROR: Build failed. Not running target",
        cmd="bazel build //...", also_ok=["gha_cache.blob_missing"],
        note="--experimental_remote_downloader against bazel-remote: a cache miss for a repository archive is fatal instead of falling back to the archive's URL (a P1 Bazel bug); the same miss repeats on a re-run"),
    bzl("bazelbuild/bazel#19184", "gha_cache", "gha_cache.unreachable", True, "service", None,
        "Error evaluating artifact nested set. First exception: com.google.devtools.build.lib.actions.AlreadyReportedActionExecutionException: Exec failed due to IOException: 426 errors during bulk transfer:\nio.netty.channel.AbstractChannel$AnnotatedConnectException: Connection timed out: no further information: ***",
        cmd="bazel build //...", also_ok=["connectivity.timeout", "gha_cache.request_timeout"],
        note="from Bazel's server log on Windows: the remote cache server stopped answering mid-build and the build died with an internal error (exit 37); the report asks for an exit code that names the cache"),
    # --- Nix binary caches, sccache, ccache ------------------------------------------------------------------------------
    cache("cachix/cachix#224", "gha_cache.outage", True, "service",
          "cachix push free-algebras ./result\n\nFailureResponse (Response {responseStatusCode = Status {statusCode = 504, statusMessage = \"Gate\nway Time-out\"}, responseHeaders = fromList [(\"Date\",\"Fri, 06 Sep 2019 19:24:39 GMT\"),(\"Content-\nType\",\"text/html; charset=UTF-8\"),(\"Connection\",\"keep-alive\"),(\"Cache-Control\",\"no-store, no-cache, m\nust-revalidate, post-check=0, pre-check=0\"),(\"Pragma\",\"no-cache\"),(\"Server\",\"cloudflare\"),], responseHttpVersion = HTTP/1.1, responseBody = \"\"})",
          raw_is_log=True, host_alt=["free-algebras.cachix.org"], also_ok=["gha_cache.service_error"],
          note="Cachix was down (Cloudflare's 504 in front of it); the maintainer: 'we've fixed the issue', with a downtime post-mortem; nix-build's substituter saw 504s too (the reporter's line wraps kept)"),
    cache("xddxdd/nix-cachyos-kernel#77", "gha_cache.service_error", True, "service",
          "response body:\n\n<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>; retrying in 334 ms (attempt 1/5)\nwarning: unable to download 'https://attic.xuyh0120.win/lantian/nar/<hash>.nar': HTTP error 503",
          host="attic.xuyh0120.win", cmd="nixos-rebuild switch --flake .", also_ok=["gha_cache.outage"],
          note="the project's Attic binary cache answered 503 for a while ('works now smh'); the maintainer: an issue with the S3 provider behind it"),
    cache("mozilla/sccache#1832", "credentials.permission_denied", False, "local",
          "[2023-07-19T05:04:49Z DEBUG sccache::compiler::compiler] [gkrust]: Cache write error: PermissionDenied (permanent) at Writer::write, context: { response: Parts { status: 403, version: HTTP/1.1, headers: {\"x-guploader-uploadid\": \"ADPycduOxEW1mC3qEK4-wOqJBpK0BsDy549C1YshSdnUEG7GWkSMVVHFRuEJtgKs8Y1G7ryK2HZuM-DVSKMnq4AOWIpiTw\", \"content-type\": \"application/json; charset=UTF-8\", \"date\": \"Wed, 19 Jul 2023 05:04:49 GMT\", \"vary\": \"Origin\", \"vary\": \"X-Origin\", \"cache-control\": \"no-cache, no-store, max-age=0, must-revalidate\", \"expires\": \"Mon, 01 Jan 1990 00:00:00 GMT\", \"pragma\": \"no-cache\", \"content-length\": \"448\", \"server\": \"UploadServer\"} }, service: gcs, path: 6/5/7/6577a8d92d6ed0092b63cf6913ba17588bf23355098ff5459c7aa9191db6008c } => GcsErrorResponse { error: GcsError { code: 403, message: \"sccache-l1-us-central1@sccache-3.iam.gserviceaccount.com does not have storage.objects.delete access to the Google Cloud Storage object.\", errors: [GcsErrorDetail { domain: \"global\", location: \"\", location_type: \"\", message: \"sccache-l1-us-central1@sccache-3.iam.gserviceaccount.com does not have storage.objects.delete access to the Google Cloud Storage object.\", reason: \"forbidden\" }] } }",
          component="credentials", fatal=False, host_alt=["storage.googleapis.com"], also_ok=["gha_cache.client_refused", "credentials.insufficient_scope"],
          note="sccache's GCS backend with a service account that may create but not delete (overwrite) objects: every overwrite is refused, the compile goes on uncached; the issue is that the stats did not count it"),
    cache("ccache/ccache#1181", "gha_cache.remote_config_invalid", False, "build",
          "[  2%] Building CXX object dc_fw/src/dacore/CMakeFiles/dc_fw_interfaces_lib.dir/__/__/inc/dc_interfaces/per/daddy/params/per_repColdParameters.o\nccache: error: invalid file path \"file://test.com/ismdfs/iad/radar5_ci/ccache/windows/secondary_mrr_cache\": specifying a host (\"test.com\") is not supported\nccache: error: invalid file path \"file://test.com/ismdfs/iad/radar5_ci/ccache/windows/secondary_mrr_cache\": specifying a host (\"test.com\") is not supported",
          cmd="cmake --build build", also_ok=["gha_cache.client_refused"],
          note="CCACHE_SECONDARY_STORAGE given as file://host/path: ccache's file backend takes no host part (a network share is named by its mounted path); a configuration error every compile repeats"),
]
