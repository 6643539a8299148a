"""Dev-set entries, batch 75 (GitHub's own services as CI jobs meet them. Action downloads at job set-up: tarballs
that would not untar during the 2022-10-06 incident, tarball requests answered 401, 500 (2020) and cut off by the
runner's 100-second HttpClient timeout, `Failed to resolve action download info` answered 503/500, a renamed action
repository that stopped resolving (and one whose rename only briefly broke a cached resolution); the REST and
GraphQL APIs: `We couldn't respond to your request in time`, GraphQL's `Something went wrong while executing your
query` under release-please and an octokit wrapper, a workflow-runs listing that 502s for every PR of a large
repository, a SARIF upload answered `Problems parsing JSON` for a day, the primary rate limit of an installation
token spent by many workflows, a secondary rate limit on issue creation; checkout's REST fallback answering `Not
Found` during 2020-05's token incident; artifacts: v2 chunk uploads answered 500, a self-hosted runner handed no
ACTIONS_RESULTS_URL, a regression on download-artifact's master branch, an on-premises GHES behind a proxy that
mangles the artifact API's answers; release downloads refused with Azure's `Egress is over the account limit` (a
deploy action, an Ansible task) and 503s under a site's own burst of unauthenticated downloads; GitHub Pages
deployments that fail with `try again later`. About a third are the build's own mistakes that read like outages: a
misspelled action repository retried three times, a branch that was never pushed, a shallow clone without tags, an
artifact looked up in another run without a token, upload-artifact@v4 on a Gitea (GHES) server that says `Errors can
be temporary`, an artifact quota and an LFS bandwidth quota spent, gh without GH_TOKEN, pushes refused for
`github-actions[bot]` and for a workflow file without the `workflows` permission, an OIDC token never granted, a fork
PR's read-only token uploading a release asset, a release upload URL that was `null`, an unauthenticated release
lookup on a shared runner IP, an npm install from npm.pkg.github.com without any token.) `err` is verbatim from the
source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown
(backticks, blockquote markers, link syntax GitHub put around a URL, GitHub's line-number links pasted into or between
log lines) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on
into the reporter's own words or is cut, the entry stops at the last whole log line. A reporter's own masking
("***", "********") is kept as written. Hosts follow the README's strict rule: a host is given only where a line of
the log names it for the failing call; an inferred, masked or placeholder one goes in host_alt. Labels were set from
the threads before the matcher saw any of these logs."""
# ruff: noqa: E501, RUF001
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"tya5/reyn#3753", "posit-dev/py-shiny-site#452", "int128/wait-for-workflows-action#104",
         "johannesvollmer/exrs#88", "xmtp/proto#37", "G-Research/ApiSurface#85", "georgd/EB-Garamond#148"}  # fmt: skip

B = Batch(PULLS)
gh = B.family("github")
bld = B.build("github")

API = ["api.github.com"]
RELEASES = ["objects.githubusercontent.com"]
DL = "github.action_download_failed"
RESOLVE = "github.action_resolve_failed"
API_ERR = "github.api_server_error"
RELEASE = "github.release_download_failed"
ART = "github.artifact_service_error"
PERM = "credentials.token_permissions"

E = [
    # --- action downloads at job set-up -------------------------------------------------------------------------------
    gh("actions/checkout#949", "github", DL, True, "service", None,
       "Download action repository 'actions/checkout@v3' (SHA:2541b1294d2704b0964813337f33b291d3f8596b)\nError: Can't use 'tar -xzf' extract archive file: /home/runner/work/_actions/_temp_7f4c68a5-9277-4158-bd81-8e4da5024281/72c73168-d299-4a05-9cb4-59ce926649c7.tar.gz. return code: 2.",
       raw_is_log=True, host_alt=API, also_ok=["github.outage"],
       note="on 2022-10-06 many workflows failed in set-up because the downloaded action archive would not untar; commenters pointed to a githubstatus.com incident and the reporter closed it as resolved once GitHub recovered, so a re-run later passes"),
    gh("actions/runner#3310", "github", DL, True, "service", "api.github.com",
       "Prepare all required actions\nGetting action download info\nDownload action repository 'codecov/codecov-action@e0b68c6749509c5f83f984dd99a76a1c1a231044' (SHA:e0b68c6749509c5f83f984dd99a76a1c1a231044)\nWarning: Failed to download action 'https://api.github.com/repos/codecov/codecov-action/tarball/e0b68c6749509c5f83f984dd99a76a1c1a231044'. Error: Response status code does not indicate success: 401 (Unauthorized).\nWarning: Back off 21.776 seconds before retry.\nWarning: Failed to download action 'https://api.github.com/repos/codecov/codecov-action/tarball/e0b68c6749509c5f83f984dd99a76a1c1a231044'. Error: Response status code does not indicate success: 401 (Unauthorized).\nWarning: Back off 24.745 seconds before retry.\nError: Response status code does not indicate success: 401 (Unauthorized).",
       raw_is_log=True, also_ok=["credentials.unauthorized", "github.outage"],
       note="Sentry's jobs 'intermittently' got 401 for a public action's tarball for a day (labelled bug in the runner); the job supplies no credentials for that download, so the 401 is GitHub's side and other runs pass (line-number links inside the SHA dropped)"),
    gh("actions/checkout#225", "github", DL, True, "service", "api.github.com",
       "Prepare workflow directory\nPrepare all required actions\nDownload action repository 'actions/checkout@v2'\n##[warning]Failed to download action 'https://api.github.com/repos/actions/checkout/tarball/v2'. Error Response status code does not indicate success: 500 (Internal Server Error).\n##[warning]Back off 20.741 seconds before retry.\n##[warning]Failed to download action 'https://api.github.com/repos/actions/checkout/tarball/v2'. Error Response status code does not indicate success: 500 (Internal Server Error).\n##[warning]Back off 21.909 seconds before retry.\n##[error]Response status code does not indicate success: 500 (Internal Server Error).",
       raw_is_log=True, also_ok=["github.outage"],
       note="2020-04-23: 'It worked yesterday and I don't change anything'; several others hit the same 500 for the checkout tarball the same hour, a GitHub-side outage of the tarball endpoint"),
    gh("oppia/oppia#20938", "github", DL, True, "service", "api.github.com",
       "Download action repository 'actions/upload-artifact@v3' (SHA:ff15f0306b3f739f7b6fd43fb5d26cd321bd4de5)\nWarning: Failed to download action 'https://api.github.com/repos/actions/upload-artifact/tarball/ff15f0306b3f739f7b6fd43fb5d26cd321bd4de5'. Error: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.\nWarning: Back off 18.063 seconds before retry.\nWarning: Failed to download action 'https://api.github.com/repos/actions/upload-artifact/tarball/ff15f0306b3f739f7b6fd43fb5d26cd321bd4de5'. Error: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.\nWarning: Back off 12.711 seconds before retry.\nError: Action 'https://api.github.com/repos/actions/upload-artifact/tarball/ff15f0306b3f739f7b6fd43fb5d26cd321bd4de5' download has timed out. Error: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.",
       raw_is_log=True, also_ok=["connectivity.timeout", "connectivity.client_timeout"],
       note="filed as a CI flake: the hosted runner's three attempts at the action tarball each hit the runner's 100-second client timeout; nothing in the change is involved and re-runs pass (the entry stops before the cut debug line)"),
    gh("MetaMask/metamask-extension#36327", "github", DL, True, "service", "api.github.com",
       "Error: Action 'https://api.github.com/repos/MetaMask/action-checkout-and-setup/tarball/1024bb1a16f282b4859a714e819f218ffde589c8' download has timed out. Error: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.",
       raw_is_log=True, also_ok=["connectivity.timeout", "connectivity.client_timeout"],
       note="'Set up job fails intermittently': the runner gives up on the tarball of the team's own composite action after its client timeout; the same job passes on other runs (trailing blank trimmed)"),
    gh("tya5/reyn#3753", "github", RESOLVE, True, "service", None,
       "Getting action download info\nFailed to resolve action download info. Error: Service Unavailable\nRetrying in 25.066 seconds\nFailed to resolve action download info. Error: Internal Server Error\n##[error]Failed to resolve action download info.",
       raw_is_log=True, also_ok=[DL, "github.outage"],
       note="the PR's second failure with the identical signature on a different job: the reviewer attributes it to a GitHub Actions outage, not the repository or the diff, and waits for it to clear before re-running once"),
    gh("supabase/setup-cli#199", "github", RESOLVE, False, "service", None,
       "Error: Unable to resolve action. Repository not found: supabase/setup-cli",
       raw_is_log=True, also_ok=["build.action_not_found"],
       note="Supabase renamed the action's repository that day and the old name stopped resolving for every user (githubstatus was green); users' workflows failed until the maintainers renamed it back, so a re-run alone did not help"),
    gh("Azure/artifact-signing-action#110", "github", RESOLVE, True, "service", None,
       "Prepare workflow directory\nPrepare all required actions\nGetting action download info\nError: Unable to resolve action. Repository not found: Azure/trusted-signing-action",
       raw_is_log=True, also_ok=["build.action_not_found"],
       note="after the action's repository was renamed, a couple of CIs could not resolve the old name while the maintainer could not reproduce; a reporter put it down to cached state on GitHub's side that has since been fixed, so later runs passed unchanged"),
    # --- the REST and GraphQL APIs ------------------------------------------------------------------------------------
    gh("github/webpack-bundlesize-compare-action#546", "github", API_ERR, True, "service", None,
       "Run github/webpack-bundlesize-compare-action@v1.8.2\n  with:\n    github-token: ***\n    current-stats-json-path: ./build-stats/stats.json\n    base-stats-json-path: ./base-build-stats/stats.json\nError: We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.",
       raw_is_log=True, host_alt=API, also_ok=["github.outage", "connectivity.timeout"],
       note="'About 25% of the time' the action's GitHub API call gets GitHub's request-timeout answer (and sometimes a bare 'Server Error'); the reporter asks for a retry, the same step passes on other runs"),
    gh("googleapis/release-please-action#977", "github", API_ERR, True, "service", None,
       "✔ Collecting commits since all latest releases\n❯ commit search depth: 500\n❯ Set(0) {}\n❯ Fetching merge commits on branch main with cursor: undefined\nError: release-please failed: Request failed due to following response errors:\n - Something went wrong while executing your query. Please include `A885:390BA2:701B762:B9807B8:663A407E` when reporting this issue.",
       raw_is_log=True, host_alt=API, also_ok=["github.outage"],
       note="2024-05-07: the pipeline 'was working few hours ago' and, unchanged, stopped on GitHub's GraphQL internal error while listing merge commits; the API's own 'something went wrong' answer, GitHub's side"),
    gh("int128/wait-for-workflows-action#104", "github", API_ERR, True, "service", None,
       "GraphqlResponseError: Request failed due to following response errors:\n   - Something went wrong while executing your query. Please include `********` when reporting this issue.",
       raw_is_log=True, host_alt=API, also_ok=["github.outage"],
       note="the action 'eventually fails due to an error response of GraphQL API'; the maintainer's PR retries the query, treating it as a transient GitHub error (the request id masked by the author)"),
    gh("fkirc/skip-duplicate-actions#287", "github", API_ERR, False, "service", None,
       "/home/runner/work/_actions/fkirc/skip-duplicate-actions/v5/dist/index.js:4784\n      const error = new requestError.RequestError(toErrorMessage(data), status, {\n                    ^\n\nRequestError [HttpError]: Server Error",
       raw_is_log=True, host_alt=API, also_ok=["github.outage"],
       note="from 2022-10-20 on, the workflow-runs listing for prisma's large repository (per_page=100) answered 502 on every pull request; 'not an issue about this action but an issue with GitHub API', reported to GitHub support; re-runs kept failing while it lasted"),
    gh("github/codeql#16706", "github", API_ERR, True, "service", "api.github.com",
       "10:26:02  + codeql github upload-results --ref=refs/pull/{PR}/head --sarif=/home/javascript-results.sarif\n10:26:05  A fatal error occurred: Error uploading SARIF to 'https://api.github.com/repos/delphix/devops-gate/code-scanning/sarifs' from '/home/javascript-results.sarif'. REASON: HTTP/1.1 400 Bad Request:::{\"message\":\"Problems parsing JSON\",\"documentation_url\":\"https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data\"}",
       raw_is_log=True, also_ok=["build.request_rejected", "github.outage"],
       note="SARIF uploads from the CodeQL CLI in a Jenkins-style job started getting 400 'Problems parsing JSON' one morning with no change (a newer CLI did not help; others saw it too); uploads 'started working again' once the endpoint was fixed on GitHub's side"),
    gh("NixOS/nixpkgs#413832", "github", "github.api_rate_limited", True, "service", "api.github.com",
       "RequestError [HttpError]: API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 4C32:E66A2:27EF37:4E976C:683F3085 and timestamp 2025-06-03 17:27:33 UTC.\n    at /home/runner/work/_actions/actions/github-script/60a0d83039c74a4aee543508d2ffcb1c3799cdea/dist/index.js:9537:21\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async eval (eval at callAsyncFunction (/home/runner/work/_actions/actions/github-script/60a0d83039c74a4aee543508d2ffcb1c3799cdea/dist/index.js:35424:16), <anonymous>:7:19)\n    at async main (/home/runner/work/_actions/actions/github-script/60a0d83039c74a4aee543508d2ffcb1c3799cdea/dist/index.js:35522:20) {\n  status: 403,\n  response: {\n    url: 'https://api.github.com/repos/NixOS/nixpkgs/pulls/413357',\n    status: 403,",
       raw_is_log=True, also_ok=["github.secondary_rate_limited", "credentials.denied"],
       note="'Many workflows are currently failing due to hitting an API rate limit on GitHub side': nixpkgs' github-script steps exhaust the installation token's hourly API quota; once the window resets the same jobs pass (the entry stops where the quoted headers are cut)"),
    gh("bobheadxi/deployments#67", "github", "github.api_rate_limited", True, "service", None,
       "Run bobheadxi/deployments@v0.6.1\n  with:\n    deployment_id: 469535842\n    env_url: https://***/\n    status: success\n    step: finish\n    token: ***\n    no_override: true\n    log_args: false\ntargeting contra/contra-web-app\nfinishing deployment for 469535842 with status success\nError: unexpected error encountered: API rate limit exceeded for installation ID 12770951.",
       raw_is_log=True, host_alt=API, also_ok=["github.secondary_rate_limited"],
       note="labelled cantfix: the token's API quota for the installation is used up (the maintainer asks whether a heavily used bot account is behind it) and suggests a dedicated bot token for headroom; the quota refills within the hour"),
    gh("JasonEtco/create-an-issue#128", "github", "github.secondary_rate_limited", True, "service", None,
       "✖  fatal     HttpError: You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\n    at /home/runner/work/_actions/JasonEtco/create-an-issue/v2/dist/index.js:5310:23\n    at processTicksAndRejections (internal/process/task_queues.js:97:5)\n    at async createAnIssue (/home/runner/work/_actions/JasonEtco/create-an-issue/v2/dist/index.js:33053:32)",
       raw_is_log=True, host_alt=API, also_ok=["github.api_rate_limited"],
       note="after about ten issue creations GitHub's secondary (abuse) limit refused the next; the maintainer closed it as 'a problem within Actions, independent of this particular Action' and others see it 'randomly' (line-number link and trailing blank dropped)"),
    gh("actions/checkout#255", "github", "github.outage", True, "service", None,
       "The repository will be downloaded using the GitHub REST API\nTo create a local Git repository instead, add Git 2.18 or higher to the PATH\nDownloading the archive\nNot Found\nWaiting 11 seconds before trying again\nDownloading the archive\nNot Found\nWaiting 13 seconds before trying again\nDownloading the archive\n##[error]Not Found",
       raw_is_log=True, host_alt=API, also_ok=["credentials.token_permissions", "github.git_server_error"],
       note="on a self-hosted runner without Git 2.18 checkout falls back to the REST archive and gets 'Not Found'; the maintainer: 'It's not the git version', an active incident with the job token's permissions that was not limited to checkout (2020-05-22)"),
    # --- artifacts and Pages ------------------------------------------------------------------------------------------
    gh("actions/upload-artifact#84", "github", ART, True, "service", "pipelines.actions.githubusercontent.com",
       "Run actions/upload-artifact@v2\nMultiple search paths detected. Calculating the least common ancestor of all paths\nThe least common ancestor is /home/runner/work/fclib/fclib. This will be the root directory of the artifact\nWith the provided path, there will be 7 file(s) uploaded\nTotal file count: 7 ---- Processed file #6 (85.7%)\nError: Unexpected response. Unable to upload chunk to https://pipelines.actions.githubusercontent.com/HDmNiYkKaBDWtRbp7Gf5PkvQrTyiC1LOXsYziIh8oy0tc3hH8W/_apis/resources/Containers/1878826?itemPath=fclib%2Fdist%2Flib%2Flibfclib.a\n##### Begin Diagnostic HTTP information #####\nStatus Code: 500\nStatus Message: Internal Server Error",
       raw_is_log=True, also_ok=["github.coordinator_upload_failed", "github.outage"],
       note="one of the reports in the v2 '500 errors when attempting to upload artifacts' thread: the artifact container service answers a chunk upload with 500 partway through the files; the job's own paths are fine and other runs upload (the entry stops before the cut headers)"),
    gh("actions/upload-artifact#682", "github", ART, True, "service", None,
       "Run actions/upload-artifact@v4\nWith the provided path, there will be 1 file uploaded\nArtifact name is valid!\nRoot directory input is valid!\nError: Unable to get the ACTIONS_RESULTS_URL env variable",
       raw_is_log=True, also_ok=["github.outage", "local.runner_outdated"],
       note="all of a team's self-hosted jobs using upload-artifact@v4 failed at once because the runner was handed no results-service URL for the job; 'Started working again without any action on our side', so a service-side fault"),
    gh("actions/download-artifact#302", "github", "github.artifact_client_regression", False, "service", None,
       "##[debug]Failed to download artifact after 5 retries due to Callback called multiple times. Retrying in 5 seconds...\nError: Unable to download artifact(s): Unable to download and extract artifact: Artifact download failed after 5 retries.\n##[debug]response.message: Artifact download failed: Blob storage chunk did not respond in 30000ms\n##[debug]response.message: Artifact download failed: Blob storage chunk did not respond in 30000ms\n##[debug]response.message: Artifact download failed: Blob storage chunk did not respond in 30000ms\n##[debug]response.message: Artifact download failed: Blob storage chunk did not respond in 30000ms\n##[debug]response.message: Artifact download failed: Blob storage chunk did not respond in 30000ms\n##[debug]Node Action run completed with exit code 1",
       raw_is_log=True, also_ok=[ART, "build.tool_outdated"],
       note="a release workflow using the latest master of actions/download-artifact fails every download ('Rerunning does not solve the problem; it's a deterministic error'); the blob timeouts read like a storage outage but the fault came with the action's new code"),
    gh("actions/upload-artifact#251", "connectivity", "connectivity.proxy_bad_response", False, "local", None,
       "actions/upload-artifact@v2\nWith the provided path, there will be 1 file uploaded\n\nCreate Artifact Container - Attempt 1 of 5 failed with error: got illegal response body from proxy\nCreate Artifact Container - Attempt 2 of 5 failed with error: got illegal response body from proxy\nCreate Artifact Container - Attempt 3 of 5 failed with error: got illegal response body from proxy\nCreate Artifact Container - Attempt 4 of 5 failed with error: got illegal response body from proxy\nCreate Artifact Container - Attempt 5 of 5 failed with error: got illegal response body from proxy\nError: Create Artifact Container failed: got illegal response body from proxy",
       raw_is_log=True, also_ok=["connectivity.proxy_refused", ART],
       note="an on-premises GitHub Enterprise with a self-hosted runner: even the simplest upload fails because the proxy between the runner and the instance mangles the artifact API's answers; the reporter expects to fix proxy or DNS rules on their infrastructure, so every run fails until then (backticks dropped)"),
    gh("MDAnalysis/MDAnalysis.github.io#511", "github", "github.pages_deploy_failed", True, "service", None,
       "Run actions/deploy-pages@v5\n(node:2145) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)\nFetching artifact metadata for \"github-pages\" in this workflow run\nFound 1 artifact(s)\nCreating Pages deployment with payload:\n{\n\t\"artifact_id\": 8054040420,\n\t\"pages_build_version\": \"ae98be5f9b169aa6517db8bcdf601da3292262ef\",\n\t\"oidc_token\": \"***\"\n}\nCreated deployment for ae98be5f9b169aa6517db8bcdf601da3292262ef, ID: ae98be5f9b169aa6517db8bcdf601da3292262ef\nGetting Pages deployment status...\nCurrent status: syncing_files\nGetting Pages deployment status...\nError: Deployment failed, try again later.",
       raw_is_log=True, also_ok=["github.outage"],
       note="the Pages deployment 'has been failing intermittently' in July 2026 while the artifact and payload were fine (see the deploy-pages thread on the same message); the maintainer closed it when 'Recent deployments went smoothly'"),
    # --- releases downloaded from github.com ------------------------------------------------------------------------
    gh("deployphp/action#51", "github", RELEASE, True, "service", "github.com",
       "Run deployphp/action@v1\nDownloading \"https://github.com/deployphp/deployer/releases/download/v7.0.2/deployer.phar\".\n<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>ServerBusy</Code><Message>Egress is over the account limit.\nRequestId:db600160-501e-0064-3a16-dfd3fd000000\nTime:2022-10-13T15:14:51.1843133Z</Message></Error>",
       raw_is_log=True, host_alt=RELEASES, also_ok=["github.outage", "connectivity.server_error"],
       note="'Sometimes action fails': the release asset's Azure blob storage behind GitHub Releases refuses with ServerBusy/egress; the maintainer: 'Azure issues not related to Deployer', and other runs download fine"),
    gh("osism/testbed#1421", "github", RELEASE, True, "service", "github.com",
       "TASK [Download cirros image] ***************************************************\nFriday 30 December 2022  06:01:58 +0000 (0:00:04.637)       0:00:59.782 *******\nfatal: [localhost]: FAILED! => {\"changed\": false, \"dest\": \"/tmp/cirros.img\", \"elapsed\": 5, \"msg\": \"Request failed\", \"response\": \"HTTP Error 503: Egress is over the account limit.\", \"status_code\": 503, \"url\": \"https://github.com/cirros-dev/cirros/releases/download/0.5.2/cirros-0.5.2-x86_64-disk.img\"}",
       raw_is_log=True, host_alt=RELEASES, also_ok=["github.outage", "connectivity.server_error"],
       note="the testbed's Ansible download of a release image got GitHub Releases' storage answering 503 egress-over-limit, a GitHub-side quota; the maintainer resolved it by serving such files from the project's own air-gap services (link markup around the URL and a trailing blank dropped)"),
    gh("posit-dev/py-shiny-site#452", "github", RELEASE, True, "service", "github.com",
       "--2026-08-12 18:10:46--  https://github.com/quarto-dev/quarto-cli/releases/download/v1.9.36/quarto-1.9.36-linux-amd64.deb\nHTTP request sent, awaiting response... 503 Service Unavailable\n##[error]Process completed with exit code 8",
       raw_is_log=True, host_alt=RELEASES, also_ok=["github.api_rate_limited", "connectivity.server_error"],
       note="11 of 13 sampled runs failed on the setup action's bare wget of a release .deb; 'per-request random', githubstatus green, the URL served 200 elsewhere; the authors tie the 503s to their own burst of 40+ unauthenticated downloads and add caching and retries, a retried job passes"),
    # --- the build's own: actions, refs and artifacts that are not there -------------------------------------------
    bld("helaili/jekyll-action#104", "build.action_not_found",
        "Current runner version: '2.278.0'\nOperating System\nVirtual Environment\nGITHUB_TOKEN Permissions\nPrepare workflow directory\nPrepare all required actions\nGetting action download info\nFailed to resolve action download info. Error: Unable to resolve action `helaili/jekyll-build@v2`, repository not found\nRetrying in 11.413 seconds\nFailed to resolve action download info. Error: Unable to resolve action `helaili/jekyll-build@v2`, repository not found\nRetrying in 18.727 seconds\nError: Unable to resolve action `helaili/jekyll-build@v2`, repository not found",
        raw_is_log=True, also_ok=[RESOLVE],
        note="the runner's retries make it look transient, but the workflow names helaili/jekyll-build, which does not exist; the maintainer: 'This action is helaili/jekyll-action, not helaili/jekyll-build'"),
    bld("actions/checkout#391", "build.ref_not_found",
        "Run actions/checkout@v2\nSyncing repository: dpc10ster/RJafrocQuickStart\nGetting Git version info\nInitializing the repository\nDisabling automatic garbage collection\nSetting up auth\nFetching the repository\n  /usr/bin/git -c protocol.version=2 fetch --no-tags --prune --progress --no-recurse-submodules --depth=1 origin +refs/heads/gh-pages*:refs/remotes/origin/gh-pages* +refs/tags/gh-pages*:refs/tags/gh-pages*\n  The process '/usr/bin/git' failed with exit code 1\n  Waiting 11 seconds before trying again\n  /usr/bin/git -c protocol.version=2 fetch --no-tags --prune --progress --no-recurse-submodules --depth=1 origin +refs/heads/gh-pages*:refs/remotes/origin/gh-pages* +refs/tags/gh-pages*:refs/tags/gh-pages*\n  The process '/usr/bin/git' failed with exit code 1\n  Waiting 15 seconds before trying again\n  /usr/bin/git -c protocol.version=2 fetch --no-tags --prune --progress --no-recurse-submodules --depth=1 origin +refs/heads/gh-pages*:refs/remotes/origin/gh-pages* +refs/tags/gh-pages*:refs/tags/gh-pages*\n  Error: The process '/usr/bin/git' failed with exit code 1",
        raw_is_log=True, also_ok=["build.git_remote_invalid", "github.git_server_error"],
        note="a commenter's retried checkout of ref gh-pages: 'mine was a newbie error: I needed to create a gh-pages branch'; the fetch matches no ref, and another commenter hit the same with ref origin/develop instead of develop"),
    bld("xmtp/proto#37", "build.shallow_checkout",
        "Run TAG=`echo $(git describe --tags --abbrev=0)`\nfatal: No names found, cannot describe anything.",
        raw_is_log=True, also_ok=["build.step_failed"],
        note="worked locally but not in the Action: checkout made a shallow clone without the tag information, so git describe finds no tag; the PR changes the checkout to fetch all branches and tags"),
    bld("actions/download-artifact#320", "build.artifact_not_found",
        "Error: Unable to download artifact(s): Artifact not found for name: documentation",
        raw_is_log=True, also_ok=["credentials.missing", ART],
        note="download-artifact@v4 with a run-id from another workflow run; the REST API showed the artifact existed, and 'I passed the token and now it works': a cross-run download needs github-token, without it the artifact is not found (blockquote markup dropped)"),
    bld("go-gitea/gitea#31256", "build.action_unsupported_platform",
        "With the provided path, there will be 1 file uploaded\n::warning::Artifact upload failed with error: GHESNotSupportedError: @actions/artifact v2.0.0+, upload-artifact@v4+ and download-artifact@v4+ are not currently supported on GHES..%0A%0AErrors can be temporary, so please try again and optionally run the action with debug mode enabled for more information.%0A%0AIf the error persists, please check whether Actions is operating normally at https://githubstatus.com.\n::error::@actions/artifact v2.0.0+, upload-artifact@v4+ and download-artifact@v4+ are not currently supported on GHES.",
        raw_is_log=True, also_ok=[ART],
        note="upload-artifact@v4 on a Gitea 1.22 runner: the action sees a non-github.com server and refuses as it does on GHES, while its text suggests errors can be temporary and points at githubstatus; every run fails until the workflow uses v3 or another artifact action (link markup around the status URL dropped)"),
    B.entry("github", "actions/upload-artifact#307", "github", "github.artifact_quota", False, "build", None,
            "Run actions/upload-artifact@v2.2.3\nWith the provided path, there will be 1 file uploaded\nCreate Artifact Container - Error is not retryable\n##### Begin Diagnostic HTTP information #####\nStatus Code: 403\nStatus Message: Forbidden",
            raw_is_log=True, also_ok=["credentials.denied", ART],
            note="the 403 on creating the artifact container is 'Artifact storage quota has been hit. Unable to upload any new artifacts': the account's own stored artifacts used up its quota, so uploads fail until old artifacts are deleted and usage is recalculated (the entry stops before the quoted headers)"),
    B.entry("github", "johannesvollmer/exrs#88", "github", "github.lfs_quota", False, "build", "github.com",
            "  batch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.\n  batch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.\n  batch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.\n  ##[error]error: failed to fetch some objects from 'https://github.com/johannesvollmer/exrs.git/info/lfs'\n  The process '/usr/bin/git' failed with exit code 2",
            raw_is_log=True, also_ok=["github.artifact_quota"],
            note="the PR moved test images to Git LFS and the checkout's LFS fetch used up the account's LFS bandwidth; 'As I am not willing to pay money for this project' the options were dropping LFS or the workflows, every run fails until the quota resets"),
    # --- the build's own: tokens without the permission the step needs ----------------------------------------------
    bld("github/docs#21930", "credentials.tool_token_missing",
        "gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable. Example:\n  env:\n    GH_TOKEN: ${{ github.token }}\nError: Process completed with exit code 4.",
        component="credentials", raw_is_log=True, also_ok=["credentials.missing"],
        note="the documented Dependabot workflow runs gh without a token; gh in Actions needs GH_TOKEN set from the workflow token, and the docs team confirmed the documented workflow was wrong"),
    bld("Vu1nT0tal/yarb#17", PERM,
        "Run ad-m/github-push-action@master\nPush to branch main\nremote: Permission to zzc8081/yarb.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/zzc8081/yarb.git/': The requested URL returned error: 403\nError: Invalid exit code: 128\n    at ChildProcess.<anonymous> (/home/runner/work/_actions/ad-m/github-push-action/master/start.js:29:21)\n    at ChildProcess.emit (node:events:527:28)\n    at maybeClose (node:internal/child_process:1092:16)\n    at Process.ChildProcess._handle.onexit (node:internal/child_process:302:5) {\n  code: 128\n}",
        host="github.com", component="credentials", raw_is_log=True, also_ok=["credentials.push_denied"],
        note="a user's copy of the project pushing its generated feed back: the job token lacks write permission, so github-actions[bot] is denied; the maintainer answers it is a permissions problem and points at the token-permission docs (line-number links in the stack dropped)"),
    bld("devops-infra/action-commit-push#59", "credentials.insufficient_scope",
        "[INFO] Target branch: main\n[INFO] Committing changes.\n[main 7071c70] Replaced foo with bar\n 1 file changed, 2 insertions(+), 2 deletions(-)\n[INFO] Pushing changes\nTo https://github.com/damianooldoni/test-workflows\n ! [remote rejected] main -> main (refusing to allow a GitHub App to create or update workflow `.github/workflows/reprod-documentation-workflow.yml` without `workflows` permission)\nerror: failed to push some refs to 'https://github.com/damianooldoni/test-workflows'",
        host="github.com", component="credentials", raw_is_log=True, also_ok=[PERM, "credentials.push_denied"],
        note="the README example replaces text in every file, including a workflow file, and the job token may not change .github/workflows; 'It's exactly what the error says': a token with the workflows scope is needed"),
    bld("G-Research/ApiSurface#85", "credentials.id_token_permission",
        "Error: Failed to get ID token: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable",
        component="credentials", raw_is_log=True, also_ok=[PERM],
        note="the publish job on main never granted id-token: write, so the runner sets no OIDC request URL; the author had documented this very error before and the PR adds the permission (blockquote markup dropped)"),
    bld("georgd/EB-Garamond#148", PERM,
        " · RM set. All previous assets are being cleared...\nHTTP 403: Resource not accessible by integration (https://uploads.github.com/repos/georgd/EB-Garamond/releases/95333622/assets?label=&name=EBGaramond.zip)\nTraceback (most recent call last):\n· Upload assets\n > gh release upload --repo georgd/EB-Garamond --clobber nightly EBGaramond.zip\n  File \"/releaser.py\", line 188, in <module>\n    check_call(cmd, env=env)\n  File \"/usr/local/lib/python3.9/subprocess.py\", line 373, in check_call\n    raise CalledProcessError(retcode, cmd)\nsubprocess.CalledProcessError: Command '['gh', 'release', 'upload', '--repo', 'georgd/EB-Garamond', '--clobber', 'nightly', 'EBGaramond.zip']' returned non-zero exit status 1.",
        host="uploads.github.com", component="credentials", raw_is_log=True, also_ok=["credentials.push_denied"],
        note="the PR's own CI runs from a fork, whose token may not overwrite the upstream release's assets: 'The CI in this PR still fails ... as long as it's not merged'; after the merge the same workflow published the nightly"),
    bld("rust-build/rust-build.action#10", "build.release_context_missing",
        "curl -X POST --data-binary @tmp.zip -H 'Content-Type: application/octet-stream' -H 'Authorization: ***' 'null?name=repvar_null_x86_64-pc-windows-gnu.zip'\n  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\n  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\ncurl: (6) Could not resolve host: null",
        raw_is_log=True, host_alt=["null"], also_ok=["dns.resolve_failed"],
        note="reads like a DNS failure, but the workflow was triggered by a push, not a release, so the action had no release upload URL and curl was handed the literal 'null'; creating a release triggers it correctly"),
    B.entry("github", "extractions/setup-crate#1", "github", "github.api_rate_limited", True, "build", None,
            "Run extractions/setup-crate@v1\n  with:\n    owner: rust-lang\n    name: mdBook\nError: API rate limit exceeded for 52.160.111.19. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
            raw_is_log=True, host_alt=API, also_ok=["credentials.missing"],
            note="the action lists releases without a token, so it shares the hosted runner IP's anonymous limit; waiting and re-running has worked, and the README's fix is passing GITHUB_TOKEN, so the build's own missing token though a retry passes (line-number link dropped)"),
    bld("WYRE-AI/ninjaone-mcp#33", "credentials.missing",
        "npm error 401 Unauthorized - GET https://npm.pkg.github.com/download/@wyre-technology/node-ninjaone/1.1.2/2d88096e8b223f2ce6ee67749cd70f9c39072fea - authentication token not provided",
        host="npm.pkg.github.com", component="credentials", raw_is_log=True, also_ok=["credentials.unauthorized", "credentials.source_auth_required"],
        note="the one-click Cloudflare deploy runs npm install with no GitHub token, and GitHub Packages' npm registry allows no anonymous reads even of public packages; the maintainers' fix makes .npmrc read a token, so every build fails until one is given"),
]
