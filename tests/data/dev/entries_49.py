"""Dev-set entries, batch 49 (GitHub Actions' own services as a job meets them, the outages beside the job's own
mistakes. Action downloads: tarballs from api.github.com answering 503 in two incidents, an archive the runner could
not extract during a third, 429s while fetching an action, a server-side bug that made every action unresolvable on
self-hosted runners, the runner's own rate limit while resolving an action; beside them workflows naming renamed
action repositories (one inside a composite action) and a tag that was never pushed. Checkout: a GITHUB_TOKEN
incident that made private repositories read as missing, 500s from git hosting, a pack cut short, a promisor fetch
reset, a self-hosted runner's container that resolves no name; a push refused to a token without write permission.
Runner assignment and runner loss: jobs no hosted runner acquired, a hosted macOS runner and a self-hosted
Kubernetes runner that lost communication. Artifacts: v2 chunk uploads answering 500, v4 downloads failing after
five retries, next to the storage quota spent by the account itself, v4's 409 for a name already used in the run,
an artifact uploaded with v2 and asked for with v4, docker/build-push-action's non-zip build record breaking a
download of all artifacts, a path that matched no files. Caches in setup-node, magic-nix-cache, moonrepo/setup-rust,
actions/cache and gradle/actions: 5xx, 429 and stuck reservations, next to actions still bound to the retired cache
service (422). API rate limits met by setup-python, docker/scout-action and arduino/setup-task.) `err` is verbatim
from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside
Markdown (blockquote markers, bold, backticks around a quote, GitHub's line-number links inside a pasted path) only
that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the
reporter's own words or is cut, the entry stops at the last whole log line. Hosts follow the README's strict rule: a
host is given only where a line of the log names it for the failing call; an inferred, masked or placeholder one
goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"react/react#32671", "tj-actions/changed-files#799", "IntersectMBO/cardano-ledger#3713", "apache/nuttx#18662"}

B = Batch(PULLS)
gh = B.family("github")
cache = B.family("gha_cache")
loc = B.local()
own = B.build_in

API = "api.github.com"
GH_ARCHIVE = ["api.github.com", "codeload.github.com"]
LOST = "local.runner_lost"
NOT_ACQUIRED = "github.outage"
ACTION_404 = "build.action_not_found"
CONFLICT = "build.artifact_name_conflict"
LEGACY = "gha_cache.legacy_shutdown"

E = [
    # --- action downloads: GitHub's side ----------------------------------------------------------------------------
    gh("actions/checkout#1457", "github", "github.outage", True, "service", API,
        "Prepare all required actions\nGetting action download info\nDownload action repository 'actions/checkout@v2' ()\nWarning: Failed to download action 'https://api.github.com/repos/actions/checkout/tarball/ee0669bd1cc54295c223e0bb666b733df41de1c5'. Error: Response status code does not indicate success: 503 (Service Unavailable).",
        raw_is_log=True, also_ok=["github.server_error"],
        note="2023-09-05, v2, v3 and v4 alike on hosted and self-hosted runners; a GitHub engineer: 'we are aware of this issue. The incident should be resolved now' (later runs pass)"),
    gh("actions/checkout#814", "github", "github.outage", True, "service", API,
        "Download action repository 'actions/checkout@v2'\nWarning: Failed to download action 'https://api.github.com/repos/actions/checkout/tarball/7884fcad6b5d53d10323aee724dc68d8b9096a2e'. Error: Response status code does not indicate success: 503 (Service Unavailable).\nWarning: Back off 16.547 seconds before retry.\nWarning: Failed to download action 'https://api.github.com/repos/actions/checkout/tarball/7884fcad6b5d53d10323aee724dc68d8b9096a2e'. Error: Response status code does not indicate success: 503 (Service Unavailable).\nWarning: Back off 13.553 seconds before retry.\nError: Response status code does not indicate success: 503 (Service Unavailable).",
        raw_is_log=True, also_ok=["github.server_error"],
        note="2022-06-02: many reporters within the hour, then 'I've confirmed that it works now' with nothing changed; the runner's own three attempts all met the 503 (bold markup around the back-off dropped)"),
    gh("actions/checkout#948", "github", "github.outage", True, "service", None,
        "Download action repository 'actions/checkout@v3' (SHA:2541b1294d2704b0964813337f33b291d3f8596b)\nError: Can't use 'tar -xzf' extract archive file: /home/runner/work/_actions/_temp_0d0ebfeb-0090-4061-a73c-ca946ec0f57d/e3fb9764-f0ee-4e0d-bfa6-df3e832f0d2c.tar.gz. return code: 2.",
        raw_is_log=True, host_alt=GH_ARCHIVE, also_ok=["github.download_stalled", "github.server_error"],
        note="2022-10-06: the action tarballs GitHub served were truncated ('gzip: stdin: unexpected end of file' locally too); 'non deterministic and sometimes working after a retry', tied to a githubstatus incident (the line-number link inside the pasted path dropped)"),
    gh("aws-actions/configure-aws-credentials#1367", "github", "github.rate_limited", True, "service", API,
        "Download action repository 'aws-actions/configure-aws-credentials@v4' (SHA:e3dd6a429d7300a6a4c196c26e071d42e0343502)\nWarning: Failed to download action 'https://api.github.com/repos/aws-actions/configure-aws-credentials/tarball/e3dd6a429d7300a6a4c196c26e071d42e0343502'. Error: Response status code does not indicate success: 429 (Too Many Requests). 0400:1CE9D3:6E430:9ED09:683429C9\nWarning: Back off 22.999 seconds before retry.\nWarning: Failed to download action 'https://api.github.com/repos/aws-actions/configure-aws-credentials/tarball/e3dd6a429d7300a6a4c196c26e071d42e0343502'. Error: Response status code does not indicate success: 429 (Too Many Requests). 0400:1CE9D3:6E604:9EFE0:683429E0\nWarning: Back off 27.472 seconds before retry.\nError: Response status code does not indicate success: 429 (Too Many Requests).",
        raw_is_log=True, also_ok=["github.api_rate_limited", "github.secondary_rate_limited"],
        note="'we're sometimes getting' it: GitHub throttles the runner's tarball download of the action before any step runs; nothing in the action or workflow, a later run fetches it"),
    gh("actions/runner#1796", "github", "github.server_error", True, "service", None,
        "[error]Unable to resolve actions. Repositories not found :",
        raw_is_log=True, also_ok=["github.outage", ACTION_404],
        note="2022-03-30, self-hosted macOS and Linux runners on any runner version: a maintainer: 'It's a server-side bug, we are working on revert', then 'The change has been reverted, this should be solved now' (the quote is the issue title's)"),
    gh("tj-actions/changed-files#799", "github", "github.api_rate_limited", True, "service", None,
        "API rate limit exceeded while resolving action `actions/checkout@v3`",
        raw_is_log=True, also_ok=["github.rate_limited"],
        note="the PR's CI could not even start its jobs: the runner's action resolution ran out of a 60-an-hour budget (the author pasted x-ratelimit-limit: 60); nothing in the change, the budget resets within the hour"),
    # --- action downloads: the workflow's own references ------------------------------------------------------------
    own("github", "chinthakagodawita/autoupdate#278", ACTION_404,
        "Getting action download info\nError: Unable to resolve actions. Repository not found : chinthakagodawita/autoupdate-action.",
        raw_is_log=True, also_ok=["build.repository_missing"],
        note="the workflow still uses the action's old repository name (renamed 18 months earlier); GitHub stopped resolving it through the redirect, so every run fails until the reference is changed"),
    own("github", "ytanikin/pr-conventional-commits#29", ACTION_404,
        "Error: Unable to resolve action. Repository not found: ytanikin/PRConventionalCommits",
        raw_is_log=True, also_ok=["build.repository_missing"],
        note="the README's example names the repository's old spelling; action resolution does not follow renames, 'removing the redirect did immediately fix our builds'"),
    own("github", "jetify-com/devbox-install-action#43", ACTION_404,
        "Getting action download info\nError: Unable to resolve action. Repository not found: jetpack-io/devbox-install-action",
        raw_is_log=True, also_ok=["build.repository_missing"],
        note="the user asked for jetify-com/devbox-install-action, but its composite steps still referenced the pre-rename jetpack-io repository (fixed in the action's PR #42); every run fails until the release changes"),
    own("github", "gaurav-nelson/github-action-markdown-link-check#2", ACTION_404,
        "Current runner version: '2.157.5'\nPrepare workflow directory\nPrepare all required actions\nDownload action repository 'actions/checkout@master'\nDownload action repository 'gaurav-nelson/github-action-markdown-link-check@v0.2.0'\n##[warning]Failed to download action 'https://api.github.com/repos/gaurav-nelson/github-action-markdown-link-check/tarball/v0.2.0'. Error Response status code does not indicate success: 404 (Not Found).\n##[warning]Back off 15.626 seconds before retry.\n##[warning]Failed to download action 'https://api.github.com/repos/gaurav-nelson/github-action-markdown-link-check/tarball/v0.2.0'. Error Response status code does not indicate success: 404 (Not Found).\n##[warning]Back off 12.474 seconds before retry.\n##[error]Response status code does not indicate success: 404 (Not Found).",
        host=API, raw_is_log=True, also_ok=["build.tag_not_found"],
        note="the README showed v0.2.0 but the action's tags carry no v prefix ('Use the @0.4.0 tag'); the 404 is for a ref that never existed"),
    # --- checkout and git hosting -----------------------------------------------------------------------------------
    gh("actions/checkout#254", "github", "github.outage", True, "service", "github.com",
        "/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --progress --no-recurse-submodules --depth=1 origin +7f692a64151c6ae3be4518df16d88b891eb76c1b:refs/remotes/origin/master\n  remote: Repository not found.\n  ##[error]fatal: repository 'https://github.com/DgRosa/likacrm/' not found\n  The process '/usr/bin/git' failed with exit code 128",
        raw_is_log=True, also_ok=["credentials.token_permissions", "build.repository_missing"],
        note="2020-05-22, private repositories only: the maintainer edited the issue: 'There is an active incident right now that is causing the GITHUB_TOKEN to not have permission to checkout private repos'; reads like a missing repository, passes once the incident ends"),
    gh("P3TERX/Actions-OpenWrt#313", "github", "github.server_error", True, "service", "github.com",
        "Fetching the repository\n  /usr/bin/git -c protocol.version=2 fetch --no-tags --prune --progress --no-recurse-submodules --depth=1 origin +6249430dae947521fcf43e0bbffa8ea7e30f8a24:refs/remotes/origin/master\n  remote: Internal Server Error.\n  remote:\n  Error: fatal: unable to access 'https://github.com/***/openwrt/': The requested URL returned error: 500\n  The process '/usr/bin/git' failed with exit code 128\n  Waiting 15 seconds before trying again",
        head=["Run actions/checkout@main"], raw_is_log=True, also_ok=["github.outage"],
        note="GitHub's git endpoint answered 500 'Internal Server Error' to the checkout's fetch (the repository name masked by the runner); a server fault, not the workflow's, closed without a change"),
    gh("actions/checkout#1778", "connectivity", "connectivity.eof", True, "service", None,
        "Error: fatal: fetch-pack: invalid index-pack output\nError: The process '/usr/bin/git' failed with exit code 128",
        head=["Run actions/checkout@v3"], raw_is_log=True, host_alt=["github.com"], also_ok=["github.server_error", "connectivity.stream_reset"],
        note="'intermittent ... since yesterday': the pack stream from GitHub ends early on one workflow, sometimes; months of the same configuration passed and the builds 'complete successfully some times'"),
    gh("RedpointGames/uet#326", "connectivity", "connectivity.reset", True, "service", None,
        "[info] Checking out target commit e4ec07dcd33182d797be494dac1a50e796d440d0...\nerror: RPC failed; curl 56 Recv failure: Connection reset by peer\nfatal: early EOF\nfatal: fetch-pack: invalid index-pack output\nfatal: could not fetch b31cdf1d4bcfd43f2fe77286daa5ca77348ff3d1 from promisor remote",
        raw_is_log=True, also_ok=["connectivity.eof"],
        note="a partial clone's `git checkout` fetches a missing blob from the promisor remote and the connection is reset mid-pack; the fix gives checkout the same early-EOF retry that fetch already had"),
    B.entry("github", "actions/runner#2930", "dns", "dns.resolve_failed", False, "local", "github.com",
        "  Error: fatal: unable to access 'https://github.com/abc/assignment-1-rcmb/': Could not resolve host: github.com\n  The process '/usr/bin/git' failed with exit code 128\n  Waiting 12 seconds before trying again",
        head=["Fetching the repository"], raw_is_log=True, also_ok=["dns.temporary_failure", "connectivity.proxy_misconfigured"],
        note="a self-hosted runner on Ubuntu 20.04 whose job container gets no working DNS ('Docker container unable to connect to network'); the host's own setup, so every retry fails the same"),
    B.entry("github", "simonw/datasette-plugin-template-repository#1", "credentials", "credentials.token_permissions", False, "build", "github.com",
        "remote: Permission to simonw/datasette-paste-table.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/simonw/datasette-paste-table/': The requested URL returned error: 403\nError: Invalid status code: 128\n    at ChildProcess.<anonymous> (/home/runner/work/_actions/stefanzweifel/git-auto-commit-action/v4/index.js:17:19)\n    at ChildProcess.emit (node:events:527:28)\n    at maybeClose (node:internal/child_process:1092:16)\n    at Process.ChildProcess._handle.onexit (node:internal/child_process:302:5) {\n  code: 128\n}",
        head=["Run stefanzweifel/git-auto-commit-action@v4"], raw_is_log=True, also_ok=["credentials.push_denied", "credentials.permission_denied"],
        note="the template's workflow pushes with the default read-only GITHUB_TOKEN; granting it write permission 'fixed it'"),
    # --- runner assignment and runner loss --------------------------------------------------------------------------
    gh("spdk/spdk#3876", "github", NOT_ACQUIRED, True, "service", None,
        "The job was not acquired by Runner of type hosted even after multiple attempts\nInternal server error. Correlation ID: 79b9a27c-24a5-41cb-b9af-7f4a788e3b2a",
        raw_is_log=True, also_ok=["github.server_error", LOST],
        note="labelled Intermittent Failure / Infrastructure: GitHub's runner assignment failed with an internal server error before any step ran; 'This should never be the case', nothing the workflow controls"),
    gh("actions/runner#4065", "github", NOT_ACQUIRED, True, "service", None,
        "The job was not acquired by Runner of type hosted even after multiple attempts\n\nInternal server error. Correlation ID: a757294c-34c1-4862-8943-c4184553a155",
        raw_is_log=True, also_ok=["github.server_error", LOST],
        note="2025-10-01, macos-latest jobs waiting for a hosted runner for many users at once, then this; a hosted-runner capacity incident on GitHub's side"),
    loc("ungoogled-software/ungoogled-chromium-macos#164", LOST, True,
        "The hosted runner: GitHub Actions 5 lost communication with the server. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, also_ok=["local.out_of_memory"],
        note="a long Chromium build on hosted macOS runners, 'appeared a several times recently' and a month later 'no longer happening' with no change; the hosted machine dropped out, blockquote markers dropped"),
    loc("actions/runner#2662", LOST, True,
        "The self-hosted runner: xxx lost communication with the server. Verify the machine is running and has a healthy network connection. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, also_ok=["local.out_of_memory"],
        note="Kubernetes runners on m5.8xlarge nodes, about once a day at random; the maintainer suspects many runner pods packed on one node and suggests Guaranteed requests/limits (the runner name masked by the reporter)"),
    # --- artifacts: the service's side ------------------------------------------------------------------------------
    gh("actions/upload-artifact#171", "github", "github.artifact_service_error", True, "service", "pipelines.actions.githubusercontent.com",
        "With the provided path, there will be 1 file uploaded\nError: Unexpected response. Unable to upload chunk to https://pipelines.actions.githubusercontent.com/5VR8pVAJWOch570pQRgQ7EctEDmSm2LFZLvggBFEZdahLnzvWU/_apis/resources/Containers/6955550?itemPath=build-artifacts%2Fproxy%2Fonefuzz-proxy-manager\n##### Begin Diagnostic HTTP information #####\nStatus Code: 500\nStatus Message: Internal Server Error",
        head=["Run actions/upload-artifact@v2"], raw_is_log=True, also_ok=["github.server_error"],
        note="'On some of my pipelines, I inconsistently get a 500': the v2 artifact backend failing a chunk upload now and then; the same pipeline passes on other runs"),
    gh("actions/download-artifact#343", "github", "github.artifact_service_error", True, "service", None,
        "/__w/_actions/actions/download-artifact/v4/dist/index.js:2478\n            throw new Error(`Unable to download and extract artifact: ${error.message}`);\n                  ^\n\nError: Unable to download and extract artifact: Artifact download failed after 5 retries.\n    at /__w/_actions/actions/download-artifact/v4/dist/index.js:2478:19\n    at Generator.throw (<anonymous>)\n    at rejected (/__w/_actions/actions/download-artifact/v4/dist/index.js:2320:65)\n\nNode.js v20.13.1",
        head=["Run actions/download-artifact@v4"], raw_is_log=True, also_ok=["connectivity.cut_short", "github.download_stalled"],
        note="gem5's test jobs: 'once in a while and we just have to re-run the tests and artifact download generally works on the re-run' (the paste's first line lost its leading letter, so the quote starts at the next line)"),
    gh("IntersectMBO/cardano-ledger#3713", "github", "github.download_stalled", True, "service", None,
        "gzip: stdin: unexpected end of file\ntar: Unexpected EOF in archive\ntar: Unexpected EOF in archive",
        host_alt=["codeload.github.com", "github.com"], also_ok=["connectivity.cut_short", "github.server_error"],
        note="September 2023: 'a lot of CI failures' while downloading a repository tarball from GitHub, the archive arriving truncated; the PR falls back to a slower git clone rather than change anything in the build"),
    # --- artifacts: the job's own ----------------------------------------------------------------------------------
    B.entry("github", "Parachord/parachord#125", "github", "github.artifact_quota", False, "build", None,
        "Failed to CreateArtifact: Artifact storage quota has been hit. Unable to upload any new artifacts. Usage is recalculated every 6-12 hours. More info on storage limits: https://docs.github.com/en/billing/managing-billing-for-github-actions/about-billing-for-github-actions#calculating-minute-and-storage-spending",
        head=["Run actions/upload-artifact@v4"], raw_is_log=True, also_ok=["gha_cache.quota"],
        note="the Windows and Linux builds compile but their uploads fail: the account's stored artifacts fill its plan's quota, and usage is only recalculated every 6-12 hours, so a re-run soon fails the same (docs.github.com names no failing host)"),
    B.entry("github", "j-hc/revanced-magisk-module#152", "github", "github.artifact_quota", False, "build", None,
        "Create Artifact Container failed: Artifact storage quota has been hit. Unable to upload any new artifacts",
        raw_is_log=True, also_ok=["gha_cache.quota"],
        note="a fork's build-modules workflow keeps artifacts until the account's storage is full; the maintainer points at the repository's retention setting and the reporter expects to wait for the quota to reset"),
    own("github", "k0rdent/kcm#1636", CONFLICT,
        "Run actions/upload-artifact@v4\nWith the provided path, there will be 1 file uploaded\nArtifact name is valid!\nRoot directory input is valid!\nError: Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run",
        raw_is_log=True, also_ok=["github.artifact_service_error"],
        note="v4 artifacts are immutable within a run: a second upload under a name another job or step of the same run already used is refused, which the workflow must fix by naming (or overwrite)"),
    own("github", "Jimver/cuda-toolkit#369", CONFLICT,
        "Error: Error: Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run",
        head=["Run Jimver/cuda-toolkit@v0.2.16"], raw_is_log=True, also_ok=["github.artifact_service_error"],
        note="the CUDA installer action uploads its install log under one fixed name, so the second matrix job in the run collides; the workaround sets a per-job log-file-suffix (blockquote dropped)"),
    own("github", "DynamoRIO/dynamorio#6981", "build.artifact_not_found",
        "Error: Unable to download artifact(s): Artifact not found for name: linux-tarball",
        head=["Run actions/download-artifact@v4.1.7"], raw_is_log=True, also_ok=["github.artifact_service_error"],
        note="the weekly package build and its manual retry both fail: a PR bumped download-artifact to v4.1.7 while the upload stayed on upload-artifact@v2, whose artifacts v4 cannot see"),
    own("github", "docker/build-push-action#1167", "build.tool_incompatible",
        "Unable to download artifact(s): Unable to download and extract artifact: Artifact download failed after 5 retries.",
        head=["Run actions/download-artifact@v4"], raw_is_log=True, also_ok=["github.artifact_service_error", "build.artifact_not_found"],
        note="build-push-action v6 uploads its build record as a non-zip artifact; a later download-artifact of all artifacts tries to unzip it and fails every time (reads like a flaky download, is the pairing of two actions)"),
    own("github", "apache/nuttx#18662", "build.artifact_path_missing",
        "Run actions/upload-artifact@v7.0.0\n  with:\n    name: linux-other-builds\n    path: buildartifacts/\n    if-no-files-found: warn\n    compression-level: 6\n    overwrite: false\n    include-hidden-files: false\n    archive: true\n  env:\n    DOCKER_BUILDKIT: 1\n    nuttx_sha: a3b5fe0eda44cb00e4ed096cdc2e03bfd5c3cc00\nWarning: No files were found with the provided path: buildartifacts/. No artifacts will be uploaded.",
        raw_is_log=True, fatal=False, also_ok=["build.artifact_not_found", "gha_cache.path_missing"],
        note="a build leg that produces nothing into buildartifacts/; with if-no-files-found: warn the job goes on, and the PR fixes the workflow, not a service"),
    # --- caches: the service's side ---------------------------------------------------------------------------------
    cache("actions/setup-node#516", "gha_cache", "gha_cache.outage", True, "service", None,
        "2022-06-13T06:46:32.2987622Z [command]/opt/hostedtoolcache/node/16.13.2/x64/bin/npm config get cache\n2022-06-13T06:46:32.5559356Z /home/runner/.npm\n2022-06-13T06:46:42.7419366Z ##[error]getCacheEntry failed: Cache service responded with 503",
        head=["Run actions/setup-node@v2"], raw_is_log=True, also_ok=["gha_cache.service_error"],
        note="2022-06-13, the day the cache service answered 503 for everyone (actions/cache#820 the same morning); setup-node v2 made a failed cache lookup fatal, and runs pass once the service recovers"),
    cache("actions/setup-node#378", "gha_cache", "gha_cache.service_error", True, "service", None,
        "Found in cache @ /opt/hostedtoolcache/node/16.13.0/x64\n/opt/hostedtoolcache/node/16.13.0/x64/bin/pnpm store path\n/home/runner/.pnpm-store/v3\nError: getCacheEntry failed: Cache service responded with 500",
        head=["Run actions/setup-node@v2"], raw_is_log=True, also_ok=["gha_cache.outage"],
        note="2021-12-11, a new workflow's first run with cache: pnpm: the cache service's 500s of that weekend (mitigated by GitHub on the 13th), not the new workflow"),
    cache("DeterminateSystems/magic-nix-cache-action#91", "gha_cache", "gha_cache.throttled", True, "service", None,
        "2024-10-03T19:14:27.7989636Z ##[warning]Failed to restore: Cache service responded with 429\n2024-10-03T19:14:30.4296808Z [command]/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/_temp/nix-installer-2ba673b6-6de5-4db6-b8e7-9009d2645341 --files-from manifest.txt --use-compress-program zstdmt\n2024-10-03T19:14:30.7856351Z Failed to save: Unable to reserve cache with key determinatesystem-nix-installer-x86_64-linux-13b69e77601057bc5b1cf53e115c3ecf-7, another job may be creating this cache. More details: {\"$id\":\"1\",\"innerException\":null,\"message\":\"Request was blocked due to exceeding usage of resource 'Count' in namespace ''.\",\"typeName\":\"Microsoft.TeamFoundation.Framework.Server.RequestBlockedException, Microsoft.TeamFoundation.Framework.Server\",\"typeKey\":\"RequestBlockedException\",\"errorCode\":0,\"eventId\":3000}",
        raw_is_log=True, fatal=False, also_ok=["gha_cache.rate_limited", "gha_cache.reserve_conflict"],
        note="the cache service throttles the repository's request count (429, then 'Request was blocked due to exceeding usage of resource Count'); the installer goes on without its cache, as the reporter's log shows"),
    cache("jtmoon79/super-speedy-syslog-searcher#360", "gha_cache", "gha_cache.toolkit_throttled", True, "service", None,
        "Warning: Failed to save: Cache service responded with 429 during upload chunk.\nD:\\a\\_actions\\moonrepo\\setup-rust\\v1\\dist\\post\\index.js:475\n                        throw new Error(`Cache upload failed because file read failed with ${error.message}`);\n                        ^\n\nError: Cache upload failed because file read failed with EBADF: bad file descriptor, read\n    at ReadStream.<anonymous> (D:\\a\\_actions\\moonrepo\\setup-rust\\v1\\dist\\post\\index.js:475:31)\n    at ReadStream.emit (node:events:519:28)\n    at emitErrorNT (node:internal/streams/destroy:169:8)",
        head=["Post Run moonrepo/setup-rust@v1"], raw_is_log=True, also_ok=["gha_cache.throttled", "gha_cache.rate_limited", "gha_cache.upload_read_failed"],
        note="'often fails when multiple Actions occur simultaneously': the cache service answers 429 to a chunk upload and the bundled toolkit then crashes on a closed file; a quieter run passes"),
    cache("actions/cache#1189", "gha_cache", "gha_cache.service_error", True, "service", None,
        "Post job cleanup.\n/usr/bin/docker exec  753ebc673e8c0bc1348b4c7c70cc7e429e7a567cc043866fb5d2a3684a233e5c sh -c \"cat /etc/*release | grep ^ID\"\n/usr/bin/tar --posix -z -cf cache.tgz -P -C /__w/work-dir --files-from manifest.txt\nWarning: uploadChunk (start: 0, end: 33554431) failed: Cache service responded with 500",
        raw_is_log=True, fatal=False, also_ok=["gha_cache.save_failed"],
        note="a 500 from the cache service during the save; the job still succeeds (the point of the issue) and a later job misses the cache; blockquote and bold markup dropped"),
    cache("react/react#32671", "gha_cache", "gha_cache.reserve_conflict", False, "service", None,
        "Failed to save: Unable to reserve cache with key runtime-and-compiler-node_modules-v5-X64-Linux-e454609794aae66da9909c77dd6efa073eceff7f44d6527611f8465e102578b4, another job may be creating this cache.",
        raw_is_log=True, fatal=False, also_ok=["gha_cache.save_failed"],
        note="'a lot of instances', ~20 s added to every step: a reservation left stuck by an earlier failed save, which (per actions/cache#485) lasts until the service expires it; the PR bumps every key rather than wait (blockquote dropped)"),
    # --- caches: actions bound to the retired cache service -----------------------------------------------------------
    B.entry("gha_cache", "wazuh/wazuh-indexer#828", "gha_cache", LEGACY, False, "build", None,
        "Failed to restore gradle-home-v1|Linux|build[77a359827a47dad18812db08e6f2de33]-8a228b7cd58a22f0742490845f690f39c2dcca05: Error: Cache service responded with 422",
        raw_is_log=True, fatal=False, also_ok=["gha_cache.client_refused"],
        note="the 4.13 branch still pinned an older setup-gradle whose cache client talks to the retired service; the main branch on gradle/actions/setup-gradle@v4 shows no error, and the plan is to update the action"),
    B.entry("gha_cache", "jurplel/install-qt-action#286", "gha_cache", LEGACY, False, "build", None,
        "Run jurplel/install-qt-action@v4\nRun actions/setup-python@v5\nInstalled versions\nRun jurplel/install-qt-action/action@v4\nWarning: Failed to restore: Cache service responded with 422\nAutomatic cache miss, will cache this run",
        raw_is_log=True, fatal=False, also_ok=["gha_cache.client_refused"],
        note="April 2025: the action's bundled @actions/cache predates the new cache service, which now answers 422; every run misses until the action updates its dependency (see its #280)"),
    # --- API rate limits met by setup actions -----------------------------------------------------------------------
    gh("actions/setup-python#1232", "github", "github.api_rate_limited", True, "service", None,
        "Run actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065\nInstalled versions\n  GraalPy version 24.1 was not found in the local cache\n  Error: API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 5841:12068:2A62DF:B7984D:68F7A08C and timestamp 2025-10-21 15:02:36 UTC. For more on scraping GitHub and how it may affect your rights, please review our Terms of Service (https://docs.github.com/en/site-policy/github-terms/github-terms-of-service)",
        raw_is_log=True, also_ok=["github.rate_limited"],
        note="uv's CI: the manifest lookup spends the installation's API budget, which 'GitHub ... recently reduced'; the action fails instead of waiting for the reset, a later run passes"),
    gh("docker/scout-action#116", "github", "github.api_rate_limited", True, "build", None,
        "Downloading asset: docker-scout-action_linux_amd64 (179.2 MB)\n##[error]Unexpected HTTP response: 403",
        raw_is_log=True, host_alt=[API], also_ok=["github.rate_limited", "credentials.unauthorized"],
        note="the action builds an authenticated client but downloads its binary anonymously, on the shared runner IP's 60-an-hour budget; 'A re-run usually clears it', the fix is in the action"),
    B.entry("github", "alexklibisz/terraform-provider-terrifi#95", "github", "github.api_rate_limited", False, "build", None,
        "Run arduino/setup-task@v2\nError: API rate limit exceeded for 64.236.160.193. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
        raw_is_log=True, also_ok=["github.rate_limited"],
        note="setup-task queries GitHub's API for the release anonymously (no repo-token given) from a shared hosted-runner address; the owner moves the tools into an image rather than keep meeting the anonymous limit"),
]
