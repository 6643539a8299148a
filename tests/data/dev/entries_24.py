"""Dev-set entries, batch 24 (GitHub itself: action downloads, the artifact service behind upload-artifact and
download-artifact, API calls from actions (5xx, primary and secondary rate limits, a token without the permission),
release-asset uploads, a private GitHub Enterprise checkout; and build failures whose text reads like
infrastructure: go.mod's Go version, npm versions that do not exist, tests that cannot reach their own database on
localhost, images without the runner's architecture, COPY of a missing file, an action ref or artifact name that
does not exist, a script's own download of a release asset that was never published, compile errors and a test
timing out on its own code). `err` is verbatim from the source (a GitHub thread found with the search tool's
`issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, ** bold, [text](link) markup
around a number a log viewer had turned into a link) only that markup was dropped, never a word of the log; where a
quote runs on into the reporter's own words or a truncated line, the entry stops at the last whole line of the log.
Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing call;
an inferred one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501, RUF001
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"SibtainOcn/Hazel#27", "openconfig/featureprofiles#3843", "bytecodealliance/componentize-dotnet#46",
         "umr-lops/grdwindinversion#74"}

B = Batch(PULLS)
gh = B.family("github")
bld = B.build()


CREATE_TIMEOUT = "Attempt {n} of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact. Retrying request in {ms} ms..."
SELF_HOSTED = ("If you are using self-hosted runners, please make sure your runner has access to all GitHub endpoints: "
               "https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#communication-between-self-hosted-runners-and-github")
SECONDARY = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."
NOT_FOUND_ARTIFACT = ("\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible "
                      "version of toolkit/upload-artifact.")
GO_VERSION = "go.mod's `go` line is newer than the Go in the build image (GOTOOLCHAIN=local forbids switching): fixed by a newer golang base image, never by a re-run"

E = [
    # --- action downloads ----------------------------------------------------------------------------------------------
    gh("actions/checkout#672", "github", "github.outage", True, "service", "api.github.com",
       "Download action repository 'actions/checkout@v3' (SHA:f43a0e5ff2bd294095638e18286ca9a3d1956744)\nWarning: Failed to download action 'https://api.github.com/repos/actions/checkout/tarball/f43a0e5ff2bd294095638e18286ca9a3d1956744'. Error: Response status code does not indicate success: 503 (Service Unavailable).\nWarning: Back off 19.414 seconds before retry.\nWarning: Failed to download action 'https://api.github.com/repos/actions/checkout/tarball/f43a0e5ff2bd294095638e18286ca9a3d1956744'. Error: Response status code does not indicate success: 503 (Service Unavailable).\nWarning: Back off 18.061 seconds before retry.",
       head=["Prepare workflow directory", "Prepare all required actions", "Getting action download info"],
       also_ok=["github.server_error", "registry.server_error"],
       note="a comment in the thread: the action tarball's download from api.github.com answered 503 on every try of the runner's own retry; the thread's advice 'Try to re-run multiple times, it will work eventually' (the quote stops where the comment's excerpt cuts a line)"),
    gh("shogo82148/actions-setup-perl#2611", "github", "github.outage", True, "service", "codeload.github.com",
       "Download action repository 'shogo82148/actions-setup-perl@v1' (SHA:a198315ec4e9244f206879ea7b63078003aec8a6)\nError: An action could not be found at the URI 'https://codeload.github.com/shogo82148/actions-setup-perl/tar.gz/a198315ec4e9244f206879ea7b63078003aec8a6' (CC30:156A11:94A65:C1C4F:6A15924D)\nError: Failed to download archive 'https://codeload.github.com/shogo82148/actions-setup-perl/tar.gz/a198315ec4e9244f206879ea7b63078003aec8a6' after 1 attempts.",
       head=["Prepare workflow directory", "Prepare all required actions", "Getting action download info"], raw_is_log=True,
       note="the maintainer: 'a problem with GitHub Actions, not with shogo82148/actions-setup-perl', pointing at a githubstatus incident; the pinned SHA exists"),
    gh("r0adkll/sign-android-release#36", "github", "github.outage", True, "service", "api.github.com",
       "Download action repository 'r0adkll/sign-android-release@v1.0.4'\nError: An action could not be found at the URI 'https://api.github.com/repos/r0adkll/sign-android-release/tarball/dbeba6b98a60b0fd540c02443c7f428cdedf0e7f'",
       head=["Prepare workflow directory", "Prepare all required actions"], raw_is_log=True,
       note="the reporter: 'I retried the job and now it's working again' (the tag and the action were never removed)"),
    bld("cirrus-actions/rebase#27", "build.action_not_found",
        "Current runner version: '2.163.1'\nPrepare workflow directory\nPrepare all required actions\nDownload action repository 'actions/checkout@master'\nDownload action repository 'cirrus-actions/rebase@v1.2.0'\n##[warning]Failed to download action 'https://api.github.com/repos/cirrus-actions/rebase/tarball/v1.2.0'. Error Response status code does not indicate success: 404 (Not Found).\n##[warning]Back off 23.846999999999998 seconds before retry.\n##[warning]Failed to download action 'https://api.github.com/repos/cirrus-actions/rebase/tarball/v1.2.0'. Error Response status code does not indicate success: 404 (Not Found).\n##[warning]Back off 29.116 seconds before retry.\n##[error]Response status code does not indicate success: 404 (Not Found).",
        host="api.github.com", raw_is_log=True, also_ok=["build.tag_not_found"],
        note="the maintainer: 'It should be 1.2 and not 1.2.0' (the README named a tag that does not exist); the workflow's ref is wrong"),
    bld("fsfe/reuse-action#9", "build.action_not_found",
        "Download action repository 'fsfe/reuse-action@v1'\n##[error]An action could not be found at the URI 'https://api.github.com/repos/fsfe/reuse-action/tarball/v1'",
        host="api.github.com", raw_is_log=True, head=["Prepare workflow directory", "Prepare all required actions"], also_ok=["build.tag_not_found"],
        note="the v1 tag the workflow names did not exist until the maintainer created it; every run failed the same before that"),
    bld("axel-op/dart-package-analyzer#20", "build.action_not_found",
        "Current runner version: '2.291.1'\nOperating System\nVirtual Environment\nVirtual Environment Provisioner\nGITHUB_TOKEN Permissions\nSecret source: Actions\nPrepare workflow directory\nPrepare all required actions\nGetting action download info\nError: Unable to resolve actions. Repository not found: axel-op/dart-package-analyzer.",
        raw_is_log=True, host_alt=["github.com", "api.github.com"], also_ok=["build.repository_missing"],
        note="the owner renamed the action's repository (the old name does not redirect for actions) and reverted the rename: no run passed until then"),
    bld("checkmarx-ts/checkmarx-cxflow-github-action#23", "build.action_not_found",
        "Prepare all required actions\nGetting action download info\nFailed to resolve action download info. Error: Unable to resolve action `checkmarx-ts/checkmarx-cxflow-github-action@v1.1`, repository not found\nRetrying in 16.475 seconds\nFailed to resolve action download info. Error: Unable to resolve action `checkmarx-ts/checkmarx-cxflow-github-action@v1.1`, repository not found\nRetrying in 11.945 seconds\n##[error]Failed to resolve action download info.",
        raw_is_log=True, also_ok=["build.repository_missing"],
        note="runs-on a self-hosted label next to a `ghcom-actions/actions-checkout` mirror: a GitHub Enterprise Server that cannot see the public action; the runner's own retries fail the same (the backticks are the runner's)"),
    # --- the artifact service ------------------------------------------------------------------------------------------
    gh("git-for-windows/setup-git-for-windows-sdk#828", "github", "github.artifact_service_error", True, "service", None,
       "Downloading single artifact\nPreparing to download the following artifacts:\n- minimal-sdk (ID: 1273852098, Size: 95936760)\nError: Unable to download artifact(s): Failed to ListArtifacts: Unable to make request: ECONNRESET",
       raw_is_log=True, also_ok=["connectivity.reset"], host_alt=["results-receiver.actions.githubusercontent.com"],
       note="the blockquote dropped; the maintainer: 'the connection is reset (typically by the server side), the common trick is to wait a little and then try again'"),
    gh("InternationalColorConsortium/iccDEV#2069", "github", "github.artifact_service_error", True, "service", None,
       "Multiple search paths detected. Calculating the least common ancestor of all paths\nThe least common ancestor is /Users/runner/work/iccDEV/iccDEV. This will be the root directory of the artifact\nWith the provided path, there will be 4 files uploaded\nArtifact name is valid!\nRoot directory input is valid!\nError: Failed to CreateArtifact: Unable to make request: ENOTFOUND\n" + SELF_HOSTED,
       raw_is_log=True, also_ok=["dns.no_such_host", "dns.temporary_failure"],
       note="a hosted macOS runner; the project's own root-cause note: 'Transient Network Error'"),
    gh("actions/toolkit#2225", "github", "github.artifact_service_error", True, "service", None,
       "Failed to CreateArtifact: Unable to make request: ETIMEDOUT\n" + SELF_HOSTED,
       prefix="Error: ", head=["Run actions/upload-artifact@v4"], raw_is_log=True, also_ok=["connectivity.timeout"],
       note="blockquote and the step link dropped; a hosted runner ('I'm not using self-hosted runners'), and the same job's test saw 'Timeout connecting to GitHub this is probably an outage of sorts'"),
    gh("actions/upload-artifact#569", "github", "github.artifact_service_error", True, "service", None,
       "2024-05-21T02:14:34.9725770Z With the provided path, there will be 9 files uploaded\n2024-05-21T02:14:34.9727364Z Artifact name is valid!\n2024-05-21T02:14:34.9728185Z Root directory input is valid!\n"
       f"2024-05-21T02:14:40.0221024Z {CREATE_TIMEOUT.format(n=1, ms=3000)}\n2024-05-21T02:14:48.0300611Z {CREATE_TIMEOUT.format(n=2, ms=4541)}\n"
       f"2024-05-21T02:14:57.5783685Z {CREATE_TIMEOUT.format(n=3, ms=7858)}\n2024-05-21T02:15:10.4508466Z {CREATE_TIMEOUT.format(n=4, ms=11672)}\n"
       "2024-05-21T02:15:27.1556076Z ##[error]Failed to CreateArtifact: Failed to make request after 5 attempts: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact",
       raw_is_log=True, also_ok=["connectivity.timeout", "connectivity.client_timeout"],
       note="'random failures' on ubuntu-latest, 'multiple times in the last week': the artifact service did not answer CreateArtifact in time"),
    gh("actions/download-artifact#72", "github", "github.artifact_service_error", True, "service", "pipelines.actions.githubusercontent.com",
       "Starting download for ispc_llvm11_linux\n##### Begin Diagnostic HTTP information #####\nStatus Code: 503\nStatus Message: Service Unavailable\nHeader Information: {\n  \"cache-control\": \"no-store\",\n  \"content-length\": \"228\",\n  \"content-type\": \"text/html\",\n  \"server\": \"Microsoft-IIS/10.0\",\n  \"x-msedge-ref\": \"Ref A: F6F0AF70C73C4DA5BA5EF5FA16A46967 Ref B: CO1EDGE0910 Ref C: 2020-12-07T08:15:57Z\",\n  \"date\": \"Mon, 07 Dec 2020 08:16:15 GMT\",\n  \"connection\": \"close\"\n}\n###### End Diagnostic HTTP information ######\nError: Unable to get ContainersItems from https://pipelines.actions.githubusercontent.com/vRWS246tQliPVeJkfd7cOfXg6DKlc5d3gGpSXpb3WtbhcjV7Xt/_apis/resources/Containers/8374578?itemPath=ispc_llvm11_linux",
       head=["Run actions/download-artifact@v2"], raw_is_log=True, also_ok=["github.server_error", "gha_cache.service_error"],
       note="'The artifact does exist and other jobs are able to download it': a 503 from the artifact service; the reporter asks for retries"),
    gh("actions/upload-artifact#123", "github", "github.artifact_service_error", True, "service", "13.107.42.16:443",
       "Run actions/upload-artifact@v2\n  with:\n    name: logs.zip\n    path: .tox/**/log/\n    if-no-files-found: warn\n  env:\n    TOX_PARALLEL_NO_SPINNER: 1\n    pythonLocation: /Users/runner/hostedtoolcache/Python/3.6.12/x64\nWith the provided path, there will be 27 file(s) uploaded\nTotal size of all the files uploaded is 24487 bytes\n##[error]connect ETIMEDOUT 13.107.42.16:443",
       raw_is_log=True, host_alt=["13.107.42.16"], also_ok=["connectivity.timeout"],
       note="'quite often', sporadic on hosted macOS runners; the maintainers added retries to the upload (the IP is the artifact service's edge)"),
    gh("SibtainOcn/Hazel#27", "github", "github.artifact_quota", False, "build", None,
       "Failed to CreateArtifact: Artifact storage quota has been hit.\nUnable to upload any new artifacts. Usage is recalculated every 6-12 hours.",
       prefix="Error: ", head=["Run actions/upload-artifact@v4"],
       raw_is_log=True, also_ok=["gha_cache.quota"],
       note="the PR: the account's 500 MB of artifact storage was full of the project's own APKs; 'runs stayed blocked' until usage was recalculated, and the next push would fill it again: fixed by uploading less"),
    gh("staticwebdev/blazor-starter#36", "github", "github.artifact_quota", False, "build", None,
       "Create Artifact Container failed: Artifact storage quota has been hit. Unable to upload any new artifacts",
       prefix="Error: ", head=["Run actions/upload-artifact@v2"], raw_is_log=True, also_ok=["gha_cache.quota"],
       note="the template's test workflow ran hourly on cron and filled a private repository's artifact storage; fixed by removing those tests (the message quoted in the issue's text)"),
    bld("umr-lops/grdwindinversion#74", "build.artifact_not_found",
        "Run actions/download-artifact@v4.1.7\nDownloading single artifact\nError: Unable to download artifact(s): Artifact not found for name: packages" + NOT_FOUND_ARTIFACT + "\n        For more information, visit the GitHub Artifacts FAQ: https://github.com/actions/toolkit/blob/main/packages/artifact/docs/faq.md",
        raw_is_log=True, note="the artifact was uploaded with upload-artifact v3, which v4's download cannot see; the PR updates upload-artifact"),
    bld("bytecodealliance/componentize-dotnet#46", "build.artifact_not_found",
        "Unable to download artifact(s): Artifact not found for name: nuget-packages" + NOT_FOUND_ARTIFACT,
        prefix="Error: ", head=["Run actions/download-artifact@v4", "Downloading single artifact"], raw_is_log=True,
        note="the step link dropped; titled 'The name of the artifact to download changed': the release job asked for a name the build no longer uploads"),
    # --- API calls from actions ----------------------------------------------------------------------------------------
    gh("Gamesight/slack-workflow-status#45", "credentials", "credentials.token_permissions", False, "build", None,
       "/usr/bin/docker exec  some_hash sh -c \"cat /etc/*release | grep ^ID\"\nError: HttpError: Resource not accessible by integration\nError: Resource not accessible by integration",
       head=["Run Gamesight/slack-workflow-status@master"], raw_is_log=True, host_alt=["api.github.com"], also_ok=["credentials.permission_denied"],
       note="a later answer: a workflow-level permissions block took away the actions: read the action's API calls need; the token's scopes, every run"),
    gh("thollander/actions-comment-pull-request#30", "credentials", "credentials.token_permissions", False, "build", None,
       "(node:1) UnhandledPromiseRejectionWarning: HttpError: Resource not accessible by integration\n    at /node_modules/@octokit/request/dist-node/index.js:66:23\n    at processTicksAndRejections (internal/process/task_queues.js:95:5)",
       head=["Run thollander/actions-comment-pull-request@v1"], host_alt=["api.github.com"], also_ok=["credentials.permission_denied"],
       note="the blockquote dropped; the maintainer: it happens on pull requests from forks, whose GITHUB_TOKEN cannot write to the upstream repository"),
    gh("OpenDRR/riskprofiler#127", "credentials", "credentials.token_permissions", False, "build", None,
       "Try to update release v1.1.1.1-API_v1.4.3-20241031 Header Scroll Opacity (Halloween) Release for OpenDRR/riskprofiler failed: Resource not accessible by integration - https://docs.github.com/rest/releases/releases#update-a-release\nHttpError: Resource not accessible by integration - https://docs.github.com/rest/releases/releases#update-a-release\n    at file:///home/runner/work/_actions/xresloader/upload-to-github-release/v1/lib/index.js:6509:21\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async run (file:///home/runner/work/_actions/xresloader/upload-to-github-release/v1/lib/index.js:39565:32)",
       head=["Run xresloader/upload-to-github-release@v1"], host_alt=["api.github.com"], also_ok=["credentials.permission_denied"],
       note="the step link line dropped; two runs failed the same updating a release: the workflow's token may not write releases (the thread leaves open whether the action or the workflow is to fix)"),
    gh("fjogeleit/yaml-update-action#537", "github", "github.secondary_rate_limited", True, "service", None,
       "Error: HttpError: You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.",
       head=["Run fjogeleit/yaml-update-action@main"], raw_is_log=True, host_alt=["api.github.com"], also_ok=["github.rate_limited", "github.api_rate_limited"],
       note="'during our busy hours we sometimes get' it; GitHub Support: anti-abuse secondary limits, temporary"),
    gh("dessant/lock-threads#50", "github", "github.secondary_rate_limited", True, "service", None,
       "Error: " + SECONDARY + " If you reach out to GitHub Support for help, please include the request ID F808:3D44BC:2EBE600:2FB5B47:674D2937.",
       head=["Run dessant/lock-threads@v5"], raw_is_log=True, host_alt=["api.github.com"], also_ok=["github.rate_limited", "github.api_rate_limited"],
       note="the blockquote dropped; about 50 repositories run the action at the same minute on cron: throttled together, one run alone later passes"),
    gh("EnricoMi/publish-unit-test-result-action#170", "github", "github.secondary_rate_limited", True, "service", None,
       "github.GithubException.RateLimitExceededException: 403 {\"documentation_url\": \"https://docs.github.com/en/free-pro-team@latest/rest/overview/resources-in-the-rest-api#secondary-rate-limits\", \"message\": \"" + SECONDARY + "\"}",
       head=["Run EnricoMi/publish-unit-test-result-action@v1"], raw_is_log=True, host_alt=["api.github.com"], also_ok=["github.rate_limited", "github.api_rate_limited"],
       note="'randomly failing due to secondary rate limit errors' after 2 s; the action's retry with back-off was the answer"),
    gh("JasonEtco/create-an-issue#142", "github", "github.secondary_rate_limited", True, "service", None,
       "ℹ  info      Fetching issues with title \"**************\"\nError: " + SECONDARY + "\n✖  fatal     HttpError: " + SECONDARY + " \n    at /tmp/github-runner-your-repo/_actions/JasonEtco/create-an-issue/v2/dist/index.js:5855:21\n    at processTicksAndRejections (node:internal/process/task_queues:96:5)\n    at async createAnIssue (/tmp/github-runner-your-repo/_actions/JasonEtco/create-an-issue/v2/dist/index.js:37606:32)",
       head=["Run JasonEtco/create-an-issue@v2"], raw_is_log=True, host_alt=["api.github.com"], also_ok=["github.rate_limited", "github.api_rate_limited"],
       note="the reporter: GitHub's docs say to retry after the Retry-After header, which the action does not; a throttle of a few minutes"),
    gh("fkirc/skip-duplicate-actions#301", "github", "github.server_error", True, "service", "api.github.com",
       "Run fkirc/skip-duplicate-actions@master\n/home/runner/work/_actions/fkirc/skip-duplicate-actions/master/dist/index.js:4867\n      const error = new requestError.RequestError(toErrorMessage(data), status, {\n                    ^\n\nRequestError [HttpError]: Server Error\n    at /home/runner/work/_actions/fkirc/skip-duplicate-actions/master/dist/index.js:4867:21\n    at processTicksAndRejections (node:internal/process/task_queues:96:5)\n    at async Job.doExecute (/home/runner/work/_actions/fkirc/skip-duplicate-actions/master/dist/index.js:5550:18) {\n  status: 502,\n  response: {\n    url: 'https://api.github.com/repos/2PiRadLabs/wiredscore-poc/actions/workflows/2253822/runs?per_page=100',\n    status: 502,\n    headers: {\n      connection: 'close',\n      'content-length': '32',\n      'content-type': 'application/json',\n      date: 'Fri, 02 Dec 2022 08:30:03 GMT',\n      etag: '\"6389b58e-20\"',\n      server: 'GitHub.com',\n      vary: 'Accept-Encoding, Accept, X-Requested-With',\n      'x-github-request-id': '07C0:30A4:74D17B6:EEA1DE8:6389B780'\n    },\n    data: { message: 'Server Error' }\n  },",
       raw_is_log=True, also_ok=["github.outage", "registry.server_error"],
       note="the link markup the log viewer put into the request id dropped; api.github.com's 502 on listing workflow runs, closed without a change"),
    # --- git and release assets ----------------------------------------------------------------------------------------
    gh("AndreasAugustin/actions-template-sync#578", "credentials", "credentials.git_auth", False, "build", "github.my-company.com",
       "Token scopes: 'admin:org', 'admin:repo_hook', 'repo', 'workflow'\n::info::Missing env variable 'UPSTREAM_BRANCH' setting to remote default main\nremote: Repository not found.\nfatal: repository 'https://github.my-company.com/github-actions/python-fastapi-template/' not found\nfatal: Needed a single revision\nError: Process completed with exit code 128.",
       raw_is_log=True, also_ok=["build.repository_missing", "credentials.token_permissions"],
       note="a GitHub Enterprise host: the template repository exists, but the credentials checkout persisted were sent instead of the token; `persist-credentials: false` fixed it"),
    gh("actions/upload-release-asset#68", "github", "github.outage", True, "service", "github-production-release-asset-xxxxxx.s3.amazonaws.com",
       "Error uploading to https://github-production-release-asset-xxxxxx.s3.amazonaws.com: 403",
       prefix="Error: ", head=["Run actions/upload-release-asset@v1"], raw_is_log=True, also_ok=["github.server_error"],
       note="many projects on 2020-11-10 with unchanged workflows; GitHub Support 'confirmed there was a issue that has been resolved now'"),
    gh("svenstaro/upload-release-action#44", "github", "github.upload_failed", True, "service", "uploads.github.com",
       "Error: request to https://uploads.github.com/repos/PyTorchLightning/pytorch-lightning/releases/37292282/assets?name=pytorch_lightning-1.1.7-py3-none-any.whl& failed, reason: socket hang up",
       head=["Run svenstaro/upload-release-action@v2"], raw_is_log=True, also_ok=["connectivity.reset", "connectivity.eof"],
       note="the maintainer: 'Pretty sure this is just a network outage. Can't really do much there except for retrying'"),
    # --- build failures whose text reads like infrastructure -----------------------------------------------------------
    bld("projectdiscovery/mapcidr#714", "build.go_module_config",
        " > [linux/amd64 builder 5/6] RUN go mod download:\n0.059 go: go.mod requires go >= 1.24.0 (running go 1.23.5; GOTOOLCHAIN=local)\n------\nDockerfile:6\n--------------------\n   4 |     WORKDIR /app\n   5 |     COPY . /app\n   6 | >>> RUN go mod download\n   7 |     RUN go build ./cmd/mapcidr\n   8 |     \n--------------------\nERROR: failed to build: failed to solve: process \"/bin/sh -c go mod download\" did not complete successfully: exit code: 1\nError: buildx failed with: ERROR: failed to build: failed to solve: process \"/bin/sh -c go mod download\" did not complete successfully: exit code: 1",
        raw_is_log=True, head=["Run docker/build-push-action@v6"], also_ok=["build.toolchain_missing", "build.step_failed"],
        note="the release workflow's docker job; " + GO_VERSION),
    bld("openconfig/featureprofiles#3843", "build.go_module_config",
        "Step 4/8 : RUN CGO_ENABLED=0 GOOS=linux go build -mod=readonly -v -o server github.com/openconfig/featureprofiles/tools/ci-trigger\n193 | ---> Running in 861a72e83c78\n194 | go: go.mod requires go >= 1.22.0 (running go 1.21.13; GOTOOLCHAIN=local)\n195",
        also_ok=["build.toolchain_missing", "build.step_failed"],
        note="the log viewer's line numbers kept as pasted; the PR bumps the Dockerfile's golang image after go.mod moved to 1.22. " + GO_VERSION),
    bld("webstudio-is/webstudio#5842", "build.package_version_missing",
        "2026-07-01T02:01:19.81365Z\tfound 0 vulnerabilities\n2026-07-01T02:01:20.427215Z\tExecuting user command: npm install -g webstudio && npm run start\n2026-07-01T02:01:28.119836Z\tnpm error code ETARGET\n2026-07-01T02:01:28.121447Z\tnpm error notarget No matching version found for @webstudio-is/project-build@0.0.0.\n2026-07-01T02:01:28.121589Z\tnpm error notarget In most cases you or one of your dependencies are requesting a package version that doesn't exist.\n2026-07-01T02:01:28.121663Z\tnpm error A complete log of this run can be found in: /opt/buildhome/.npm/_logs/2026-07-01T02_01_20_855Z-debug-0.log\n2026-07-01T02:01:28.155531Z\tFailed: Error while executing user command. Exited with error code: 1\n2026-07-01T02:01:28.175661Z\tFailed: build command exited with code: 1\n2026-07-01T02:01:29.034282Z\tFailed: error occurred while running build command",
        raw_is_log=True, host_alt=["registry.npmjs.org"], also_ok=["build.step_failed"],
        note="a hosted Pages build: webstudio 0.274.0 was published depending on @webstudio-is/project-build@0.0.0, which does not exist (0.273.0 installs); labelled bug, fixed only by a new release"),
    bld("micromatch/picomatch#82", "build.package_version_missing",
        "$ npm install --save picomatch\nnpm ERR! code ETARGET\nnpm ERR! notarget No matching version found for picomatch@^2.2.3.\nnpm ERR! notarget In most cases you or one of your dependencies are requesting\nnpm ERR! notarget a package version that doesn't exist.",
        host_alt=["registry.npmjs.org"], also_ok=["build.step_failed"],
        note="the reporter's screenshot: picomatch 2.2.3 was not published yet (the registry had no such version)"),
    bld("getodk/central#2082", "build.test_db_unreachable",
        "./test/e2e/soak/ci/prepare-postgres.sh\n[test/e2e/soak/prepare-postgres] Increasing query log lengths...\npsql: error: connection to server at \"localhost\" (::1), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\nconnection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n[test/e2e/soak/prepare-postgres]   track_activity_query_size (initial): \npsql: error: connection to server at \"localhost\" (::1), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\nconnection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\nError: Process completed with exit code 2.",
        raw_is_log=True, host_alt=["localhost", "localhost:5432"], also_ok=["build.test_service_unreachable"],
        note="a PR changed how CI starts postgres and did not carry the soak-test workflow along: nothing listens on the runner's 5432"),
    bld("LukeMathWalker/zero-to-production#255", "build.test_db_unreachable",
        "error: error communicating with database: Connection refused (os error 111)",
        cmd="SKIP_DOCKER=true ./scripts/init_db.sh", host_alt=["localhost", "localhost:5432", "127.0.0.1"], also_ok=["build.test_service_unreachable"],
        note="the book's CI: the copied workflow's `on:` did not match the repository, so the run used an older workflow without the postgres service; fixed in the workflow file"),
    bld("kiddouk/redisco#51", "build.test_db_unreachable",
        "ERROR: test_CharField (redisco.tests.BooleanFieldTestCase)\n\n----------------------------------------------------------------------\n\nTraceback (most recent call last):\n\n  File \"/home/travis/build/kiddouk/redisco/redisco/models/basetests.py\", line 26, in setUp\n\n    self.client.flushdb()\n\n"
        "  File \"/home/travis/virtualenv/python2.7.9/lib/python2.7/site-packages/redis/client.py\", line 652, in flushdb\n\n    return self.execute_command('FLUSHDB')\n\n"
        "  File \"/home/travis/virtualenv/python2.7.9/lib/python2.7/site-packages/redis/client.py\", line 578, in execute_command\n\n    connection.send_command(*args)\n\n"
        "  File \"/home/travis/virtualenv/python2.7.9/lib/python2.7/site-packages/redis/connection.py\", line 563, in send_command\n\n    self.send_packed_command(self.pack_command(*args))\n\n"
        "  File \"/home/travis/virtualenv/python2.7.9/lib/python2.7/site-packages/redis/connection.py\", line 538, in send_packed_command\n\n    self.connect()\n\n"
        "  File \"/home/travis/virtualenv/python2.7.9/lib/python2.7/site-packages/redis/connection.py\", line 442, in connect\n\n    raise ConnectionError(self._error_message(e))\n\nConnectionError: Error 111 connecting to localhost:6379. Connection refused.",
        cmd="python setup.py test", host_alt=["localhost:6379", "localhost"], also_ok=["build.test_service_unreachable"],
        note="the blank lines are the paste's; every test fails the same: nothing listens on the Travis VM's localhost:6379 (the reporter followed up with a pull request whose content the thread does not show)"),
    bld("supercharge/redis-github-action#25", "build.test_db_unreachable",
        "Run redis-cli -h localhost -p 6379 ping\nCould not connect to Redis at localhost:6379: Connection refused",
        host_alt=["localhost:6379", "localhost"], also_ok=["build.test_service_unreachable"],
        note="the redis container the action starts is not on the job's localhost; the maintainer asked about the runner setup and closed it for lack of information (every run the same)"),
    bld("jt196/vanilla-cookbook#339", "build.wrong_arch_image",
        "exec /app/scripts/docker/entrypoint.sh: exec format error",
        cmd="docker compose up -d", host_alt=["docker.io"],
        note="a Raspberry Pi: the published image was amd64 only; the maintainer changed the CI to build a multi-arch image"),
    bld("goniszewski/grimoire#176", "build.wrong_arch_image",
        "grimoire    | exec /docker-entrypoint.sh: exec format error\ngrimoire exited with code 1",
        cmd="docker-compose up", host_alt=["docker.io"],
        note="the maintainer: 'I had some issues building the ARM version of the image'; the arm64 tag's binaries are not arm64"),
    bld("JetBrains/teamcity-docker-agent#51", "build.missing_file",
        "[17:57:11][Step 3/4] COPY failed: stat /var/lib/docker/tmp/docker-builder709805828/run-docker.sh: no such file or directory\n[17:57:11][Step 3/4]  ---> 82978ec795db\n[17:57:11][Step 3/4] Step 10/11 : COPY run-docker.sh /services/run-docker.sh\n[17:57:11][Step 3/4] Process exited with code 1\n[17:57:11][Step 3/4] Process exited with code 1 (Step: Docker Build (Docker))\n[17:57:11][Step 3/4] Step Docker Build (Docker) failed",
        raw_is_log=True, note="the ** bold dropped; TeamCity's empty 'Context folder' made ubuntu/ the context, so the script one level up was outside it ('.' works)"),
    bld("apollographql/rover#2609", "build.download_not_found",
        "downloading rover from https://github.com/apollographql/rover/releases/download/v0.31.3/rover-v0.31.3-aarch64-apple-darwin.tar.gz\ncurl: (22) The requested URL returned error: 404\nfailed to download https://github.com/apollographql/rover/releases/download/v0.31.3/rover-v0.31.3-aarch64-apple-darwin.tar.gz\nthis may be a standard network error, but it may also indicate\nthat rover's release process is not working. When in doubt\nplease feel free to open an issue!\nhttps://github.com/apollographql/rover/issues/new/choose",
        host="github.com", cmd="curl -sSL https://rover.apollo.dev/nix/latest | sh", also_ok=["build.tag_not_found"],
        note="the v0.31.3 release's assets were built as 0.31.2 (Cargo.toml not bumped), so the installer's URL names an asset that does not exist"),
    bld("exercism/configlet#109", "build.download_not_found",
        "$ ./scripts/fetch-configlet_v3\ncurl: (22) The requested URL returned error: 404 Not Found",
        host_alt=["api.github.com", "github.com"], also_ok=["build.tag_not_found"],
        note="the maintainer: 'currently expected': the script asks for a release of a repository that has none yet"),
    # --- logs with no infrastructure cause --------------------------------------------------------------------------------
    bld("tact-lang/tact#1881", "build.test_timeout",
        "FAIL src/test/e2e-emulated/contract-with-init-init-parameter.spec.ts (5.616 s)\n  ● contract-with-init-init-parameter › should return correct result\n\n    thrown: \"Exceeded timeout of 5000 ms for a hook.",
        cmd="yarn test", also_ok=["build.step_timeout", "build.test_failed"],
        note="Jest's 5 s default on a long-running e2e hook; fixed by raising testTimeout in the repository (it passes 'sometimes', but the fix is the build's)"),
    bld("TypeStrong/fork-ts-checker-webpack-plugin#824", "build.compile_error",
        "Run npm run compile\n\n> hello_world@1.0.0 compile\n> tsc\n\nError: src/common/validation.ts(1,34): error TS2307: Cannot find module 'Ajv' or its corresponding type declarations.\nError: Process completed with exit code 2.",
        raw_is_log=True, also_ok=["build.step_failed"],
        note="the log viewer's link markup around two digits dropped; compiles on the reporter's macOS, not on the Linux runner: the import's case, the repository's code"),
    bld("actions/http-client#43", "build.dependency_broken",
        "Error: Cannot find module '/home/runner/work/inc-web-ordering-v2/inc-web-ordering-v2/node_modules/@actions/http-client/index.js'. Please verify that the package.json has a valid \"main\" entry\n    at tryPackage (internal/modules/cjs/loader.js:297:19)\n    at Function.Module._findPath (internal/modules/cjs/loader.js:528:18)\n    at Function.Module._resolveFilename (internal/modules/cjs/loader.js:784:27)\n    at Function.Module._load (internal/modules/cjs/loader.js:690:27)\n    at Module.require (internal/modules/cjs/loader.js:852:19)\n    at require (internal/modules/cjs/helpers.js:74:18)\n    at Object.<anonymous> (/home/runner/work/inc-web-ordering-v2/inc-web-ordering-v2/node_modules/@actions/github/lib/internal/utils.js:23:33)\n    at Module._compile (internal/modules/cjs/loader.js:959:30)\n    at Object.Module._extensions..js (internal/modules/cjs/loader.js:995:10)\n    at Module.load (internal/modules/cjs/loader.js:815:32) {\n  code: 'MODULE_NOT_FOUND',\n  path: '/home/runner/work/inc-web-ordering-v2/inc-web-ordering-v2/node_modules/@actions/http-client/package.json',\n  requestPath: '@actions/http-client'",
        also_ok=["build.step_failed", "build.compile_error"],
        note="@actions/http-client 1.0.10 was published without its compiled JavaScript; every install of it fails the same until a fixed release"),
]
