"""Dev-set entries, batch 109 (GitHub's own services as a CI job meets them, beyond the plain cache: the runner
downloading and resolving actions through api.github.com and codeload, actions/upload-artifact and download-artifact
from the v2 pipelines service of 2020-2022 to the v4 results service (twirp ArtifactService) of 2023-2025, git fetches
of actions/checkout from github.com, GitHub's REST and GraphQL APIs as gh, octokit actions and setup-* actions call
them, release downloads from github.com, and GHCR during GitHub Packages incidents). The services' side: action
downloads answered 403 and action resolution answered 503 (2021, 2026), uv's release download answered 503 during a
short outage (2024), the v2 artifact service's 503s and resets of October 2020, spurious 404s on artifact download, v4
artifact downloads and FinalizeArtifact/CreateArtifact requests timing out (2023-2025), artifact containers and listings
timing out at 13.107.42.16 (2022), the GHCR token endpoint timing out (March 2023) and GHCR's blob CDN serving the wrong
certificate (24 March 2023), gh answered 504 during an outage, GraphQL's 'Something went wrong' and 'Search is currently
unavailable', checkout's git fetch cut off in the December 2021 read-timeout episode, and anonymous or installation
API budgets spent (setup-go in 2019, a polling action in 2022). The runner's side: GitHub Enterprise Server runners
whose shared address spends the anonymous API budget of setup-node and setup-uv, a Windows container's networking
breaking checkout, a self-hosted machine whose results-receiver name answers with github.com's certificate, and
corporate certificate chains the runner does not trust. About a third are the build's own mistakes that read like
service failures: artifact names uploaded twice under v4's immutable artifacts, an upload-artifact v3 / download-artifact
v4 mismatch, a coverage action asked for a baseline artifact that was never uploaded, GITHUB_TOKENs without the
permission the call needs (actions: read, checks, branch protection, pull requests), major tags an action never
pushed, an action repository renamed without a redirect, and GHCR pushes into a package the workflow's token cannot
write. `err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread
quoted a log inside Markdown (code fences, backticks, blockquote markers, quotation marks around a one-line quote, the
step-line links GitHub's UI wrapped around characters of a pasted log, a list's indentation) only that markup was
dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words or
is cut, the entry stops at the last whole log line, and a quote may be a run of consecutive lines from a longer log.
Elisions ('...', 'Retrying in ...') and masks ('***', '{{MY IP}}', '[My IP Address]', 'domain.local') are the
reporters' own. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the
failing call; the docs.github.com links in API errors are documentation links, not the failing call, and an inferred
or masked host goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {
    "QIICR/dcmqi#562", "apache/skywalking#12731", "nick-fields/retry#55", "dealii/docker-files#62",
    "bachp/git-mirror#516", "inclusionAI/Avernet#873",
}  # fmt: skip

B = Batch(PULLS)
gh = B.family("github")
git = B.family("git")
reg = B.family("registry")
bld = B.build("github")
loc = B.local()

API = "api.github.com"
RESULTS = "results-receiver.actions.githubusercontent.com"
PIPELINES = "pipelines.actions.githubusercontent.com"
ART = "github.artifact_service_error"
RATE = "github.api_rate_limited"
PERM = "credentials.token_permissions"
NOTFOUND = "build.action_not_found"
CONFLICT = "build.artifact_name_conflict"
NOINTEG = "Resource not accessible by integration"

E = [
    # --- the services' side: action downloads and action resolution ---------------------------------------------------------
    gh("bridgecrewio/checkov-action#42", "github", "github.action_download_failed", True, "service", API,
       "Warning: Failed to download action 'https://api.github.com/repos/bridgecrewio/checkov-action/tarball/3aaa4552f91bedf8255f71770de869a0a8035205'. Error: Response status code does not indicate success: 403 (Forbidden).\nWarning: Back off 26.798 seconds before retry.",
       also_ok=["github.action_download_retried", "github.outage", "credentials.denied"],
       note="12 May 2021: 'again GitHub Actions failed to Download checkov action', others the same; the maintainer asked 'can you try now?' and both reporters confirmed it worked again the same day with no change on their side"),
    gh("inclusionAI/Avernet#873", "github", "github.action_resolve_failed", True, "service", None,
       "Failed to resolve action download info. Error: Service Unavailable\nRetrying in ...\nFailed to resolve action download info. Error: Service Unavailable\nRetrying in ...\n##[error]Service Unavailable\n##[error]Failed to resolve action download info.",
       raw_is_log=True, host_alt=[API], also_ok=["github.outage", "github.action_download_failed"],
       note="6 August 2026: five jobs of a Markdown-only PR died in 'Prepare all required actions' between 15:42 and 15:53 UTC while jobs that finished at 15:41 passed; a re-run at 15:45 got past the same step, 'a GitHub Actions outage, not from this diff'"),
    # --- the services' side: release downloads and the API ------------------------------------------------------------------
    gh("astral-sh/uv#9831", "github", "github.server_error", True, "service", "github.com",
       "Downloading uv from \"https://github.com/astral-sh/uv/releases/download/0.5.7/uv-x86_64-unknown-linux-gnu.tar.gz\" ...\nUnexpected HTTP response: 503\nWaiting 20 seconds before trying again\nUnexpected HTTP response: 503\nWaiting 10 seconds before trying again\nError: Unexpected HTTP response: 503",
       head=["Run astral-sh/setup-uv@v4"], also_ok=["github.outage", "github.release_download_failed"],
       note="12 December 2024, 'seemingly intermittent': setup-uv's download of the uv release asset from github.com answered 503 three times; a maintainer: 'There might have been a short Github outage that occurred at 3.26 PM GMT. Your build failed at this time'"),
    gh("cli/cli#10383", "github", "github.server_error", True, "service", None,
       "gh: We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists. (HTTP 504)",
       host_alt=[API], also_ok=["github.outage", "github.api_server_error"],
       note="7 February 2025: a check-spelling workflow's gh call during 'a github outage' got GitHub's 504 page text; the issue only asks gh to print the request and its request-id headers, the failure itself is GitHub's timeout"),
    gh("octokit/graphql-action#110", "github", "github.server_error", True, "service", None,
       "Error: Something went wrong while executing your query. Please include `0781:5AD4:240C07:892C2B:61CC49CB` when reporting this issue.",
       head=["Run octokit/graphql-action@v2.x"], host_alt=[API], also_ok=["github.api_server_error", "github.outage"],
       note="29 December 2021: a project-board mutation through octokit/graphql-action failed with GraphQL's internal-error answer; 'I re-ran the workflow and it worked on second pass', and the maintainer: 'That looks like an error that GitHub sent in response to your request'"),
    gh("inkblotty/my-work-action#42", "github", "github.server_error", True, "service", None,
       "GraphqlResponseError: Request failed due to following response errors:\n - Search is currently unavailable",
       host_alt=[API], also_ok=["github.outage", "github.feature_unavailable"],
       note="1 June 2024: the action's GraphQL search query failed for this and other automations; the GitHub staff follow-up traces it to an 'offending change' in github/github and proposes only erroring when there is no data, i.e. fixed upstream rather than in the workflow"),
    gh("actions/setup-go#16", "github", RATE, True, "service", None,
       "Run actions/setup-go@v1.0.2\n  with:\n    go-version: 1.10\n##[error]API rate limit exceeded for 199.7.166.17. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)\n##[error]Node run failed with exit code 1",
       raw_is_log=True, host_alt=[API], also_ok=["github.secondary_rate_limited", "github.rate_limited"],
       note="August 2019, 'fairly consistently': setup-go v1.0.2 asked the API anonymously from hosted runners whose shared address had spent the 60 an hour (others see it after adding a macOS matrix leg); the action was changed to stop spending that budget, and runs on another address pass"),
    gh("fountainhead/action-wait-for-check#30", "github", RATE, True, "build", None,
       "Error: API rate limit exceeded for installation ID 8440595",
       host_alt=[API], also_ok=["github.secondary_rate_limited"],
       note="August 2022: the action polls the checks API with the job's installation token until that hour's budget is spent; verdx: 'If it happens during testing, just wait for some minutes and it'll work again. If it happens during production, you should try and reduce the calls'"),
    # --- the services' side: artifacts -----------------------------------------------------------------------------------------
    gh("actions/upload-artifact#136", "github", ART, True, "service", None,
       "With the provided path, there will be 1 file(s) uploaded\nTotal file count: 1 ---- Processed file #0 (0.0%)\nTotal file count: 1 ---- Processed file #0 (0.0%)\nA 503 status code has been received, will attempt to retry the upload\nExponential backoff for retry #1. Waiting for 5256.271835568903 milliseconds before continuing the upload at offset 92274688\nTotal file count: 1 ---- Processed file #0 (0.0%)\nFinished backoff for retry #1, continuing with upload\nA 503 status code has been received, will attempt to retry the upload\nExponential backoff for retry #2. Waiting for 11817.944357135919 milliseconds before continuing the upload at offset 92274688\nTotal file count: 1 ---- Processed file #0 (0.0%)",
       head=["Run actions/upload-artifact@v2"], host_alt=[PIPELINES], also_ok=["github.outage", "github.upload_failed"],
       note="13 October 2020, labelled bug: 'There seems to be a problem with v2 uploads right now ... A couple work each run but most fail' while v1 uploads of the same job are fine; the artifact service answering 503, not the workflow"),
    gh("actions/upload-artifact#137", "github", ART, True, "service", None,
       "Total file count: 1 ---- Processed file #0 (0.0%)\nAn error has been caught http-client index 0, retrying the upload\nError: read ECONNRESET\n    at TLSWrap.onStreamRead (internal/stream_base_commons.js:201:27) {\n  errno: 'ECONNRESET',\n  code: 'ECONNRESET',\n  syscall: 'read'\n}\nExponential backoff for retry #1. Waiting for 5134.365661710544 milliseconds before continuing the upload at offset 0",
       host_alt=[PIPELINES], also_ok=["connectivity.reset", "github.outage"],
       note="20 October 2020, titled 'ECONNRESET / A 503 status code has been received ... run failed': the day GitHub Actions had an incident with elevated 503s (githubstatus k46g5dn2c4lt, resolved 23:11 UTC per the actions/cache thread of that day, number 440); the v2 service dropping uploads, later runs pass"),
    gh("actions/upload-artifact#531", "github", ART, True, "service", RESULTS,
       "Finalizing artifact upload\n##[debug][Request] FinalizeArtifact https://results-receiver.actions.githubusercontent.com/twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact\nAttempt 1 of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact. Retrying request in 3000 ms...\n##[debug][Response] - 200",
       fatal=False, also_ok=["connectivity.timeout", "github.coordinator_upload_failed"],
       note="15 February 2025, v4 upload of a 1.4 GB zip: the results service timed out the first FinalizeArtifact (which had in fact finalized it), the retry answered 200 and the step succeeded, leaving the duplicate artifacts the issue is about; a service-side timeout the step survived"),
    gh("actions/download-artifact#63", "github", ART, True, "service", None,
       "Starting download for build-artifacts\nDirectory structure has been setup for the artifact\nTotal number of files that will be downloaded: 156\n##### Begin Diagnostic HTTP information #####\nStatus Code: 404\nStatus Message: Not Found\nHeader Information: {\n  \"cache-control\": \"no-store,no-cache\",\n  \"pragma\": \"no-cache\",\n  \"content-length\": \"348\",\n  \"content-type\": \"application/json; charset=utf-8\",\n  \"strict-transport-security\": \"max-age=2592000\",\n  \"x-tfs-processid\": \"af0933a7-c1b0-4385-8a55-6aac682d6c86\",\n  \"activityid\": \"b842aaf9-4b84-4c10-8352-6988ba2c577e\",\n  \"x-tfs-session\": \"b842aaf9-4b84-4c10-8352-6988ba2c577e\",\n  \"x-vss-e2eid\": \"b842aaf9-4b84-4c10-8352-6988ba2c577e\",\n  \"x-vss-senderdeploymentid\": \"13a19993-c6bc-326c-afb4-32c5519f46f0\",\n  \"x-frame-options\": \"SAMEORIGIN\",\n  \"x-msedge-ref\": \"Ref A: 24E9DF59C6DF41AEB0B4F4ADD82669E6 Ref B: BLUEDGE0213 Ref C: 2020-10-29T15:55:07Z\",\n  \"date\": \"Thu, 29 Oct 2020 15:55:07 GMT\"\n}\n###### End Diagnostic HTTP information ######",
       head=["Run actions/download-artifact@v2"], host_alt=[PIPELINES], also_ok=["github.artifact_not_found", "build.artifact_not_found"],
       note="29 October 2020, titled 'spurious 404s during downloads': a dependent job's download of an artifact the previous job had just uploaded sometimes gets 404 for some of its 156 files; 'Rerunning the workflow typically works'"),
    gh("actions/download-artifact#249", "github", ART, True, "service", None,
       "Unable to download artifact(s): Unable to download and extract artifact: Request timeout: /actions-results/48835bcc-3d9d-48c1-9b25-e61724c412e6/workflow-job-run-133fda40-ba8c-5571-226b-e94c9a723dbe/artifacts/scipy-notebook-x86_64.zip?se=2023-12-14T22%3A41%3A57Z&sig=kIu7CPVgJ9myrpzJC9NS%2FLVc8z8fcQtdDXC0sDa5DVc%3D&sp=r&spr=https&sr=b&st=2023-12-14T22%3A31%3A57Z&sv=2021-12-02",
       prefix="Error: ", head=["Run actions/download-artifact@v4"], also_ok=["connectivity.timeout", "github.download_stalled"],
       note="14 December 2023, hours after switching jupyter/docker-stacks to the new v4 actions on GitHub-hosted runners: the signed blob download of a docker image artifact timed out; 'I tried to restart the build a few times - seems to work sometimes', and others saw the same that week"),
    B.entry("connectivity", "actions/upload-artifact#292", "connectivity", "connectivity.timeout", True, "service", "13.107.42.16",
            "Artifact name is valid!\nCreate Artifact Container - Attempt 1 of 5 failed with error: connect ETIMEDOUT 13.107.42.16:443\nCreate Artifact Container - Attempt 2 of 5 failed with error: connect ETIMEDOUT 13.107.42.16:443\nCreate Artifact Container - Attempt 3 of 5 failed with error: connect ETIMEDOUT 13.107.42.16:443\nCreate Artifact Container - Attempt 4 of 5 failed with error: connect ETIMEDOUT 13.107.42.16:443\nCreate Artifact Container - Attempt 5 of 5 failed with error: connect ETIMEDOUT 13.107.42.16:443\nError: Create Artifact Container failed: connect ETIMEDOUT 13.107.42.16:443",
            also_ok=[ART, "connectivity.connection_failed"],
            note="February 2022, msquic's WAN-perf workflow on hosted Windows runners: 'A couple times a week' the v2 artifact service's address cannot be reached at all during container creation, on otherwise passing runs of many parallel jobs"),
    B.entry("connectivity", "actions/download-artifact#133", "connectivity", "connectivity.timeout", True, "service", "13.107.42.16",
            "Starting download for bin\nList Artifacts - Attempt 1 of 5 failed with error: connect ETIMEDOUT 13.107.42.16:443\nList Artifacts - Attempt 2 of 5 failed with error: connect ETIMEDOUT 13.107.42.16:443\nList Artifacts - Attempt 3 of 5 failed with error: connect ETIMEDOUT 13.107.42.16:443\nList Artifacts - Attempt 4 of 5 failed with error: connect ETIMEDOUT 13.107.42.16:443\nList Artifacts - Attempt 5 of 5 failed with error: connect ETIMEDOUT 13.107.42.16:443\nError: List Artifacts failed: connect ETIMEDOUT 13.107.42.16:443",
            also_ok=[ART, "connectivity.connection_failed"],
            note="2 February 2022, the same msquic workflow's download side: listing the run's artifacts times out against the same service address 'A couple times a week', the reporter linking it to its upload-side twin; intermittent, not a setting of the job"),
    gh("spdk/spdk#3775", "github", ART, True, "service", None,
       "Run actions/upload-artifact@v4.4.0\nWith the provided path, there will be 10 files uploaded\nArtifact name is valid!\nRoot directory input is valid!\nAttempt 1 of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact. Retrying request in 3000 ms...\nAttempt 2 of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact. Retrying request in 6200 ms...\nAttempt 3 of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact. Retrying request in 7321 ms...\nAttempt 4 of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact. Retrying request in 13308 ms...\nError: Failed to CreateArtifact: Failed to make request after 5 attempts: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact",
       host_alt=[RESULTS], also_ok=["connectivity.timeout", "github.outage"],
       note="18 November 2025 (the day of GitHub's git/Cloudflare incident), filed under SPDK's 'CI Intermittent Failure' template: the v4 results service never answered CreateArtifact in five attempts for the hpe-nvmf-rdma job; the same job passes on other runs"),
    # --- the services' side: checkout's git fetch ---------------------------------------------------------------------------------
    git("p4lang/p4c#3006", "connectivity", "connectivity.reset", True, "service", None,
        "Error: error: RPC failed; curl 56 GnuTLS recv error (-54): Error in the pull function.\n  Error: error: 60 bytes of body are still expected\n  Error: fatal: expected flush after ref listing\n  Error: fatal: Fetched in submodule path 'backends/ebpf/runtime/contrib/libbpf', but it did not contain 3b239425426e4fa1c204ea3c708d36ec3f509702. Direct fetching of that commit failed.\n  fatal:\n  Error: The process '/usr/bin/git' failed with exit code 128",
        head=["Run actions/checkout@v2"], raw_is_log=True, also_ok=["github.git_fetch_failed", "connectivity.cut_short"],
        note="27 December 2021: checkout's submodule fetch from github.com broke off mid-transfer; a maintainer 'saw some similar errors on non-P4 repositories ... indeed something funky is going on' (the read timeouts from GitHub URLs reported that day), and re-running the failed pull requests worked"),
    # --- the services' side: GHCR during GitHub Packages incidents ------------------------------------------------------------
    reg("jidicula/clang-format-action#140", "registry", "connectivity.client_timeout", True, "service", "ghcr.io",
        "Unable to find image 'ghcr.io/jidicula/clang-format:10' locally\ndocker: Error response from daemon: Head \"https://ghcr.io/v2/jidicula/clang-format/manifests/10\": Get \"https://ghcr.io/token?scope=repository%3Ajidicula%2Fclang-format%3Apull&service=ghcr.io\": net/http: request canceled (Client.Timeout exceeded while awaiting headers).\nSee 'docker run --help'.",
        head=["Run jidicula/clang-format-action@v4.10.1"], also_ok=["registry.no_endpoint", "registry.metadata_timeout", "credentials.token_service_error"],
        note="15 March 2023: EnergyPlus's format check, 'Our builds just started failing this morning', could not get a pull token from GHCR while the opener saw 503s for the manifest the same morning; a GitHub Packages incident, not a change in the action (the step-line links GitHub wrapped around characters of the pasted log were dropped)"),
    reg("PyO3/maturin-action#163", "registry", "connectivity.tls_failed", True, "service", "pkg-containers.githubusercontent.com",
        "error pulling image configuration: download failed after attempts=6: x509: certificate is valid for *.githubassets.com, githubassets.com, not pkg-containers.githubusercontent.com",
        head=["Run PyO3/maturin-action@v1"], also_ok=["connectivity.untrusted_certificate", "registry.pull_failed"],
        note="24 March 2023: pulling the manylinux build image from GHCR, whose blob host pkg-containers.githubusercontent.com answered with a githubassets.com certificate; 'We haven't changed our github action in a couple weeks', and other GHCR users (exportarr's issue 136, checkov's issue 4753) hit the same that day"),
    # --- the runner's side ----------------------------------------------------------------------------------------------------
    gh("actions/setup-node#563", "github", RATE, False, "local", None,
       "Attempt to resolve LTS alias from manifest...\nError: API rate limit exceeded for {{MY IP}}. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
       head=["Run actions/setup-node@v3"], host_alt=[API], also_ok=["github.secondary_rate_limited"],
       note="August 2022, runners of a GitHub Enterprise Server (the reporter's own follow-up in setup-python's issue 463): the manifest lookup for an LTS alias goes to github.com anonymously from the company's shared address and has no download fallback; the maintainer: 'you can try to specify your personal GitHub token'"),
    gh("astral-sh/setup-uv#325", "github", RATE, True, "local", None,
       "No (valid) GitHub token provided. Falling back to anonymous. Requests might be rate limited.\nError: API rate limit exceeded for [My IP Address]. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.) - https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting",
       head=["Run astral-sh/setup-uv@v5"], host_alt=[API], also_ok=["github.secondary_rate_limited"],
       note="March 2025, GitHub Enterprise Server: without a github.com token the version lookup went anonymous from the shared address; 'I tried again after waiting for some time, and the error did not occur with the same code' (setup-uv's PR 739 later stopped using the API for it)"),
    B.entry("git", "actions/checkout#315", "local", "local.docker_network_broken", False, "local", None,
            "  ##[error]error: RPC failed; curl 56 Failure when receiving data from the peer\n  ##[error]error: 174 bytes of body are still expected\n  ##[error]fatal: the remote end hung up unexpectedly\n  ##[error]fatal: early EOF\n  ##[error]fatal: index-pack failed\n  warning: unable to unlink '(NULL)': Invalid argument\n  ##[error]The process 'C:\\Program Files\\Git\\cmd\\git.exe' failed with exit code 128",
            head=["Run actions/checkout@v2"], raw_is_log=True, also_ok=["connectivity.cut_short", "connectivity.eof"],
            note="July 2020, checkout v2 with Git for Windows inside a docker runner: the fetch from github.com is cut off every time; the reporter after testing: 'it looks like the issue was an issue with docker networking', the runner's own setup"),
    B.entry("github", "tenstorrent/tt-metal#16963", "connectivity", "connectivity.tls_failed", False, "local", RESULTS,
            "2025-01-22T03:41:51.1421311Z With the provided path, there will be 1 file uploaded\n2025-01-22T03:41:51.1426173Z Artifact name is valid!\n2025-01-22T03:41:51.1426446Z Root directory input is valid!\n2025-01-22T03:41:51.2681103Z Attempt 1 of 5 failed with error: Hostname/IP does not match certificate's altnames: Host: results-receiver.actions.githubusercontent.com. is not in the cert's altnames: DNS:github.com, DNS:www.github.com. Retrying request in 3000 ms...\n2025-01-22T03:41:54.3555433Z Attempt 2 of 5 failed with error: Hostname/IP does not match certificate's altnames: Host: results-receiver.actions.githubusercontent.com. is not in the cert's altnames: DNS:github.com, DNS:www.github.com. Retrying request in 4642 ms...",
            also_ok=["connectivity.untrusted_certificate", "dns.resolve_failed"],
            note="January 2025, labelled machine-management: on one self-hosted machine (e09cs02) multiple jobs' artifact uploads reach a server presenting github.com's certificate for the results-receiver name, i.e. that machine's name resolution or interception; other runners upload fine"),
    B.entry("github", "release-drafter/release-drafter#875", "connectivity", "connectivity.untrusted_certificate", False, "local", None,
            "stack: 'HttpError: request to https://ghetest.domain.local/api/v3/repos/action-test/action-repo/contents/.github%2Frelease-drafter.yml failed, reason: unable to verify the first certificate\\n' +\n    '    at /home/bootstrap/actions-runner/_work/_actions/release-drafter/release-drafter/v5.15.0/dist/index.js:15352:11\\n' +\n    '    at processTicksAndRejections (internal/process/task_queues.js:93:5)',\n  type: 'Error'",
            host_alt=["ghetest.domain.local"], also_ok=["connectivity.tls_failed"],
            note="May 2021, a self-hosted runner for a test GitHub Enterprise Server behind a corporate certificate chain: the action's API call does not trust the chain the runner machine itself uses; the maintainer: add NODE_EXTRA_CA_CERTS on the runner so any node process trusts it (the host is the reporter's masked one)"),
    B.entry("git", "actions/checkout#362", "connectivity", "connectivity.untrusted_certificate", False, "local", None,
            "failed, reason: self signed certificate in certificate chain",
            head=["Run actions/checkout@v2"], also_ok=["connectivity.tls_failed"],
            note="October 2020, the Actions beta on GitHub Enterprise Server 2.22: checkout's API call to the instance fails on its self-signed chain; the customer reports the workflow ran once the runner machine's git client was configured with the certificate, a runner setup issue"),
    # --- the build's own: artifact names, versions and baselines --------------------------------------------------------------
    bld("QIICR/dcmqi#562", CONFLICT,
        "Failed to CreateArtifact: Received non-retryable error: Failed request:\n(409) Conflict: an artifact with this name already exists on the workflow run",
        head=["Run actions/upload-artifact@v4"], also_ok=[ART],
        note="September 2026: the first upload got a 403 at FinalizeArtifact after CreateArtifact had registered the name, and the workflow's retry step re-uploaded under the same name without overwrite; the PR gives the retries `overwrite: true` (the line break is the PR author's)"),
    bld("apache/skywalking#12731", CONFLICT,
        "Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run",
        head=["Run actions/upload-artifact@v4"], also_ok=[ART],
        note="31 October 2024, labelled CI settings: 'Fix artifacts in upload-artifact@v4 are immutable'; several jobs uploaded to one artifact name, which v4 refuses, and the PR follows the migration guide's 'multiple uploads to the same named artifact'"),
    bld("michimani/gotwi#317", "build.artifact_not_found",
        "Downloading single artifact\nError: Unable to download artifact(s): Artifact not found for name: artifact\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.\n        For more information, visit the GitHub Artifacts FAQ: https://github.com/actions/toolkit/blob/main/packages/artifact/docs/faq.md",
        head=["Run actions/download-artifact@v4"], also_ok=["github.artifact_not_found", ART],
        note="June 2024, titled 'update actions/upload-artifact version': download-artifact v4 cannot see an artifact uploaded by upload-artifact v3 (the v4 backend is separate), so every run fails until the upload side is moved to v4"),
    bld("fgrosse/go-coverage-report#22", "build.artifact_not_found",
        "Download code coverage results from target branch\n  ++ gh run list --status=success --branch=main --workflow=Build --event=push --json=databaseId --limit=1 -q '.[] | .databaseId'\n  + LAST_SUCCESSFUL_RUN_ID=8953089596\n  + '[' -z 8953089596 ']'\n  + gh run download 8953089596 --name=code-coverage --dir=.github/outputs\n  no valid artifacts found to download\n  Error: Process completed with exit code 1.",
        raw_is_log=True, also_ok=["github.artifact_not_found"],
        note="May 2024, first use of the action: gh run download finds no coverage artifact on the target branch's last run; the maintainer: 'the action will always fail if there is no baseline coverage', merge the upload to the target branch first; the reporter: 'Looks like it's working now'"),
    # --- the build's own: tokens without the permission the call needs ----------------------------------------------------------
    B.build_in("github", "fgrosse/go-coverage-report#23", PERM,
               "Run $GITHUB_ACTION_PATH/scripts/github-action.sh \"test\" \"7766\" \"9372917987\"\n+ gh run download 9372917987 --name=unit-test-output --dir=.github/outputs\nDownload code coverage results from current run\n  error fetching artifacts: HTTP 403: " + NOINTEG,
               component="credentials", host_alt=[API], also_ok=["credentials.insufficient_scope", "build.artifact_not_found"],
               note="June 2024: gh run download with the job's GITHUB_TOKEN gets 403 listing the run's artifacts; the set-up log's 'GITHUB_TOKEN Permissions' shows Contents, Metadata, Packages and PullRequests but no Actions: read, which the artifacts API needs"),
    B.build_in("github", "sourcegraph/codenotify#19", PERM,
               "graphql error: " + NOINTEG,
               component="credentials", host_alt=[API], also_ok=["credentials.insufficient_scope"],
               note="May 2022, ansible-lint's pull_request workflow: the action's GraphQL call to comment on the PR is refused for the job's token; the reporter suspected the missing permission to add a comment and the maintainer: 'I know what is going on here and will propose a docs update' about token permissions"),
    B.build_in("github", "int128/datadog-actions-metrics#614", PERM,
               "Warning: Could not get the check suite: GraphqlError: " + NOINTEG,
               component="credentials", fatal=False, host_alt=[API], also_ok=["credentials.insufficient_scope"],
               note="March 2023: the metrics action only warns when its check-suite query is refused; the maintainer: new repositories' default GITHUB_TOKEN permissions became read-only (GitHub's February 2023 change), so the workflow must grant the scopes, and the docs were updated"),
    B.build_in("github", "ossf/scorecard#1097", PERM,
               "error during branchesHandler.setup: internal error: githubv4.Query: " + NOINTEG,
               component="credentials", host_alt=[API], also_ok=["credentials.insufficient_scope"],
               note="October-November 2021, the scorecard action's Branch-Protection check: the GraphQL branch query is refused every run; varunsh-coder: 'this error is probably due to a token permissions issue. The workflow only has security-events: write'"),
    B.build_in("github", "github/docs#32105", PERM,
               "GraphQL: " + NOINTEG + " (node.statusCheckRollup.nodes.0.commit.statusCheckRollup.contexts.nodes.0.checkSuite.workflowRun)\nError: Process completed with exit code 1.",
               component="credentials", cmd="gh pr checks --watch", raw_is_log=True, host_alt=[API], also_ok=["credentials.insufficient_scope"],
               note="March 2024, quoted from a community discussion: `gh pr checks --watch` in a run step with the job's GITHUB_TOKEN fails on the workflowRun field its query asks for, a permission the token was not granted; the docs issue only asks that the error name the missing scope"),
    # --- the build's own: action refs that do not exist -------------------------------------------------------------------------
    bld("whelk-io/maven-settings-xml-action#110", NOTFOUND,
        "Failed to resolve action download info. Error: Unable to resolve action `whelk-io/maven-settings-xml-action@v17`, unable to find version `v17`\nRetrying in 15.206 seconds\nFailed to resolve action download info. Error: Unable to resolve action `whelk-io/maven-settings-xml-action@v17`, unable to find version `v17`\nRetrying in 25.688 seconds\nError: Unable to resolve action `whelk-io/maven-settings-xml-action@v17`, unable to find version `v17`",
        raw_is_log=True, also_ok=["build.ref_not_found", "github.action_resolve_failed"],
        note="June 2021: the README's `@v17` did not exist because the release was tagged `17`; the maintainer: 'oops forgot the `v` when tagging the release. Should be good now' (the reporter had switched to @17 meanwhile)"),
    bld("jontze/action-mdbook#17", NOTFOUND,
        "2021-07-18T14:17:24.1061006Z Prepare workflow directory\n2021-07-18T14:17:24.1734838Z Prepare all required actions\n2021-07-18T14:17:24.1747626Z Getting action download info\n2021-07-18T14:17:24.6239918Z Failed to resolve action download info. Error: Unable to resolve action `UsingPython/action-mdbook@v1`, unable to find version `v1`\n2021-07-18T14:17:24.6350422Z Retrying in 12.076 seconds\n2021-07-18T14:17:37.1423447Z Failed to resolve action download info. Error: Unable to resolve action `UsingPython/action-mdbook@v1`, unable to find version `v1`\n2021-07-18T14:17:37.1443942Z Retrying in 18.41 seconds",
        also_ok=["build.ref_not_found", "github.action_resolve_failed"],
        note="July 2021, labelled bug: 'A tag for using v1 as described in the readme is missing'; only v1.0.0 existed, so every run fails resolving @v1 until the major tag is pushed or the workflow pins v1.0.0"),
    bld("getsentry/action-release#16", NOTFOUND,
        "An action could not be found at the URI 'https://api.github.com/repos/getsentry/action-release/tarball/v1'",
        also_ok=["build.ref_not_found", "github.action_download_failed"],
        note="August 2020: the documented `getsentry/action-release@v1` failed every time while @master or a commit SHA worked; the maintainer: 'I didn't realize GitHub didn't automatically generate major version tags. I just pushed v1 and v1.0'"),
    bld("nick-fields/retry#55", NOTFOUND,
        "Unable to resolve actions. Repository not found : nick-invision/retry.",
        also_ok=["github.action_resolve_failed", "build.repository_missing"],
        note="16 February 2022: workflows still naming the action's pre-rename repository began failing; the owner: 'Github used to handle the redirects but apparently not anymore', and the PR moves the references to nick-fields/retry"),
    # --- the build's own: GHCR pushes the workflow's token cannot make ----------------------------------------------------------
    B.build_in("registry", "dealii/docker-files#62", "credentials.ghcr_write_denied",
               "ERROR: failed to solve: failed to push ghcr.io/dealii/dealii:master-jammy-amd64: unexpected status from HEAD request to https://ghcr.io/v2/dealii/dealii/blobs/sha256:9cb31e2e37eab1bff50f727e979fcacb509e225fb853433a6fe21d2fb34e6305: 403 Forbidden",
               t="bk_final", host="ghcr.io", component="credentials", image="ghcr.io/dealii/dealii:master-jammy-amd64",
               also_ok=["credentials.push_denied", "credentials.insufficient_scope"],
               note="March 2025: the docker-files repository's workflow pushes into the dealii/dealii package, which its GITHUB_TOKEN may not write; a reviewer: push to `ghcr.io/${{ github.repository }}` instead, and the PR drops the GHCR push for now"),
    B.build_in("registry", "bachp/git-mirror#516", "credentials.ghcr_write_denied",
               "denied: installation not allowed to Write organization package",
               component="credentials", also_ok=["credentials.push_denied", PERM],
               note="June 2026: the docker job's GITHUB_TOKEN lacked packages: write, so pushing to ghcr.io was refused; the PR 'ci: grant packages: write to docker job' adds the permission"),
]
