"""Dev-set entries, batch 69 (credentials and permissions as CI meets them: docker logins that never get a secret (a
misspelled secret name, `env.` where `secrets.` was meant, secrets never set up for a fork's workflow), Docker Hub
accounts with 2FA that want a personal access token, a password stored where a token belongs, pushes into a namespace
the account does not own; GHCR personal access tokens that expired, a package left private by default, stale helm
registry credentials answering 403, Helm 3.13.0's anonymous-token regression; GitHub tokens: `Resource not accessible
by integration` from a token whose permissions were narrowed, a PAT that expired under the gh CLI, an npm publish to
npm.pkg.github.com whose token was removed or rejected, submodules on an SSH URL or in a repository the default token
cannot read, a private Hugo/Go module fetched without credentials; OIDC: an `id-token: write` never granted (PyPI's
trusted publishing, a code-review action), workload identity pools missing an attribute mapping or rejecting the token
by their attribute condition, a service account without getAccessToken; GCR/Artifact Registry: a login sent to eu.gcr.io
for a gcr.io push, no `gcloud auth configure-docker`, a service account without the bucket role GCR's token exchange
wants, gcloud's docker helper with no active account, Artifact Registry's keyring plugin broken by a keyring release and
bypassed by pip 21.1; ECR's `no basic auth credentials` when concurrent jobs on one runner log each other out, an
Earthly push that fetched a Docker Hub token without a login; image references that only look like permission refusals
(a FROM on a compose-built image that was never built, a Docker Hub owner taken from the GitHub owner). Beside them the transient
cases that read like credential failures but were the service's: Docker Hub answering `authentication required` to
every pull during its 2025-09 incident, ghcr.io refusing a public image's token and a job container's login during
GitHub incidents and timing out on its token endpoint, dhi.io's 503, quay.io's 504 on login, a checkout's `could not
read Username` that cleared by itself.) `err` is verbatim from the source (a GitHub thread found with the search tool's
`issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, bold, backticks around a one-line
quote, GitHub's line-number links pasted into a stack trace) only that markup was dropped and trailing blanks trimmed,
never a word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last
whole log line. A reporter's own masking and elisions ("***", "....." and bracketed placeholders) are kept as written.
Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing call; an
inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of
these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"w3spi5/codepack#28", "freifunkMUC/unifi_respondd#59", "stacks-network/docs#1734",
         "sourcegraph/sourcegraph-public-snapshot#5324", "percona/percona-helm-charts#843", "ai-dynamo/nixl#2250",
         "github/relative-time-element#357", "RafikFarhad/push-to-gcr-github-action#13", "kufu-ai/gocat#1139"}  # fmt: skip

B = Batch(PULLS)
cred = B.family("credentials")
reg = B.family("registry")
gh = B.family("github")
bld = B.build("credentials")

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
LOGIN = ["Run docker/login-action@v3"]
BPA = ["Run docker/build-push-action@v5"]
OUTAGE = "registry.auth_outage"

E = [
    # --- docker logins that never get their secret ---------------------------------------------------------------------
    cred("actions/docker#25", "credentials", "credentials.missing", False, "build", None,
         "Already have image (with digest): gcr.io/github-actions-images/action-runner:latest\nError: Cannot perform an interactive login from a non TTY device\n\n### FAILED Docker Registry 10:02:54Z (31.526s)",
         raw_is_log=True, also_ok=["credentials.auth_failed"],
         note="the HCL-era actions/docker/login action reads DOCKER_USERNAME, but the workflow passes a secret named DOCKER_USER, so docker login runs without a username and asks for one ('It's DOCKER_USERNAME. Not DOCKER_USER' - 'Oh, LOL'); every run fails the same"),
    cred("pymc-devs/pymc#6015", "credentials", "credentials.missing", False, "build", None,
         "Run docker/login-action@v2\n  with:\n    username: ***\n    ecr: auto\n    logout: true\n  env:\n    CONTAINER_NAME: build-test\nError: Username and password required",
         raw_is_log=True, host_alt=HUB,
         note="the Docker Hub login step gets an empty password: 'It's just a typo in the secret's names' (fixed in #6017); re-setting the secrets first did not help, because the workflow still referenced the misspelled name"),
    cred("ogx-ai/ogx-k8s-operator#2", "credentials", "credentials.missing", False, "build", None,
         "Run docker/login-action@v2\n  with:\n    registry: quay.io\n    ecr: auto\n    logout: true\nError: Username and password required",
         raw_is_log=True, host_alt=["quay.io"],
         note="the build-*-image workflows of a newly moved repository log into quay.io with APP_QUAY_USERNAME/APP_QUAY_TOKEN secrets that were never created there ('I believe secrets need to be set up for the repo'); the login action stops before any request"),
    # --- Docker Hub: 2FA, tokens, namespaces ----------------------------------------------------------------------------
    cred("medic/cht-conf#554", "credentials", "credentials.auth_failed", False, "build", "registry-1.docker.io",
         "Logging into Docker Hub...\nError: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": unauthorized: please use personal access token to login",
         head=["Run docker/login-action@v2"], also_ok=["credentials.unauthorized"],
         note="the DOCKER_HUB_PASS secret held the account password of a Docker Hub account with 2FA enabled; a maintainer replaced it with a personal access token and the publish went through, so a re-run alone never helps"),
    cred("space-ros/space-ros#297", "credentials", "credentials.auth_failed", False, "build", "registry-1.docker.io",
         "Run docker/login-action@v3\nLogging into Docker Hub...\nError: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": unauthorized: incorrect username or password",
         raw_is_log=True, also_ok=["credentials.unauthorized"],
         note="labelled bug: pushing to Docker Hub is broken because the secret named DOCKER_HUB_TOKEN actually holds a password, which the old piped docker login accepted and the login action does not; the team replaced the step, so the failure repeats until the credential changes"),
    cred("elgohr/Publish-Docker-Github-Action#97", "credentials", "credentials.push_denied", False, "build", None,
         "denied: requested access to the resource is denied",
         t="push", image="bromberglab/bio-node-docs:latest", host_alt=HUB, also_ok=["credentials.denied", "credentials.insufficient_scope"],
         note="the action's push to an organization repository is denied although a manual push works; the maintainer: that error means the credentials may not push to bromberglab/bio-node-docs (2FA suspected), and 'Switching to a different account solved the issue'"),
    cred("docker/build-push-action#535", "credentials", "credentials.push_denied", False, "build", None,
         "buildx call failed with: error: denied: requested access to the resource is denied",
         t="bpa_err", image="devopsdockeruh/coursepage:latest", host_alt=HUB, also_ok=["credentials.insufficient_scope", "credentials.denied"],
         note="the workflow tags the image devopsdockeruh/coursepage, a course's namespace; crazy-max: the DOCKERHUB_USERNAME account is not allowed to push there (a Read & Write token does not change that); every run is denied the same"),
    bld("kufu-ai/gocat#1139", "build.repository_missing",
        "ERROR: failed to solve: failed to push kufu-ai/gocat:latest: push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
        head=BPA, host_alt=HUB, also_ok=["credentials.insufficient_scope", "credentials.push_denied"],
        note="the image name is built from github.repository_owner (kufu-ai), which is not the Docker Hub owner; the PR adds a DOCKERHUB_REPO_OWNER variable for the image ID, so the refusal is a wrong reference, not a login"),
    bld("line/line-fido2-server#48", "build.image_not_built",
        "------\n > [rp:latest] FROM docker.io/library/build-image:latest:\n------\nfailed to solve: failed to load cache key: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
        host="docker.io", raw_is_log=True, host_alt=HUB[1:], also_ok=["build.repository_missing", "build.image_not_loaded", "credentials.insufficient_scope"],
        note="docker-compose up on Windows, Linux and macOS alike: the rp image builds FROM build-image, an image the compose project means to build locally, so BuildKit looks for docker.io/library/build-image and is refused; resolved by the project's compose fix (#56), not by any login"),
    # --- GHCR and GitHub tokens --------------------------------------------------------------------------------------------
    cred("GaloisInc/cryptol#1959", "credentials", "credentials.token_expired", False, "build", "ghcr.io",
         "Run docker/login-action@v3\nLogging into ghcr.io...\nError: Error response from daemon: Get \"https://ghcr.io/v2/\": denied: denied",
         raw_is_log=True, also_ok=["credentials.auth_failed", "credentials.session_expired"],
         note="labelled CI: the nightly Docker jobs 'consistently fail' since the CR_PAT personal access token expired a couple of days earlier; the fix is renewing it or switching to GITHUB_TOKEN as the sibling projects do"),
    reg("percona/percona-helm-charts#843", "registry", "registry.package_private", False, "service", "ghcr.io",
        "helm pull oci://ghcr.io/percona/percona-helm-charts/psmdb-db --version 1.23.0\nError: failed to perform \"FetchReference\" on source: GET \"https://ghcr.io/v2/percona/percona-helm-charts/psmdb-db/manifests/1.23.0\": response status code 403: denied: requested access to the resource is denied",
        raw_is_log=True, also_ok=["credentials.pull_access_denied", "credentials.denied"],
        note="a user pulling the charts the PR started publishing is refused; the author: the new GHCR packages were created private by default and anonymous pulls get 401/403 until the publisher flips their visibility, nothing the puller can change"),
    cred("secureCodeBox/secureCodeBox#2574", "credentials", "credentials.stale_login", False, "local", "ghcr.io",
         "helm --namespace securecodebox-system upgrade --install --create-namespace securecodebox-operator oci://ghcr.io/securecodebox/helm/operator\nRelease \"securecodebox-operator\" does not exist. Installing it now.\nError: GET \"https://ghcr.io/v2/securecodebox/helm/operator/tags/list\": GET \"https://ghcr.io/token?scope=repository%3Asecurecodebox%2Fhelm%2Foperator%3Apull&service=ghcr.io\": unexpected status code 403: denied: denied",
         raw_is_log=True, also_ok=["credentials.denied", "credentials.registry_refused"],
         note="the chart is public; a fresh login with a PAT made it work, and the maintainer found the cause: outdated credentials stored for ghcr.io are sent and refused, while a logged-out client pulls fine; the machine's stored login, not the registry"),
    bld("gabe565/charts#362", "build.tool_regression",
        "Error: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Agabe565%2Fcharts%2Fvaultwarden%3Apull&scope=repository%3Auser%2Fimage%3Apull&service=ghcr.io: 403 Forbidden",
        host="ghcr.io", raw_is_log=True, also_ok=["build.tool_outdated", "credentials.registry_refused"],
        note="the maintainer pulls the public chart anonymously without trouble and asks for the Helm version: the reporter's machines run Helm v3.13.0, whose anonymous token request adds a stray repository:user/image:pull scope that ghcr.io refuses; fixed by another Helm release, not a login"),
    cred("agrc/create-reminder-action#176", "credentials", "credentials.token_permissions", False, "build", None,
         "Run agrc/create-reminder-action@v1\n  with:\n    .....\n  HttpError: Resource not accessible by integration\n      at /home/runner/work/_actions/agrc/create-reminder-action/v1/webpack:/create-reminder-action/node_modules/@octokit/request/dist-node/index.js:86:1\n      at processTicksAndRejections (node:internal/process/task_queues:96:5)\n      at run (/home/runner/work/_actions/agrc/create-reminder-action/v1/webpack:/create-reminder-action/index.js:71:1)",
         raw_is_log=True, host_alt=["api.github.com"], also_ok=["credentials.denied"],
         note="the reporter's repository gives GITHUB_TOKEN read-only defaults and the sample workflow has no permissions block: 'You need to include a permissions: block'; the maintainers never needed one because of their org settings (line-number links dropped)"),
    cred("mikepenz/release-changelog-builder-action#1244", "credentials", "credentials.token_permissions", False, "build", None,
         "2023-09-03T20:58:24.6596756Z \u2139\ufe0f Fetching PRs between dates 2023-09-03T20:55:27.000Z to 2023-09-03T20:55:27.000Z for organisation/private-reop\n2023-09-03T20:58:24.8901416Z ##[error]Resource not accessible by integration",
         raw_is_log=True, host_alt=["api.github.com"], also_ok=["credentials.denied"],
         note="in a private organization repository the action fails right when it lists pull requests; the maintainer: the GITHUB_TOKEN passed in lacks read access to pull requests, to be granted with the job's permissions"),
    cred("spdk/spdk#3882", "credentials", "credentials.token_expired", False, "build", "api.github.com",
         "HTTP 401: Bad credentials (https://api.github.com/graphql)\nTry authenticating with:  gh auth login",
         also_ok=["credentials.unauthorized", "credentials.session_expired"],
         note="labelled Infrastructure: the false-positive handler's gh calls fail because 'PAT for accessing the GH issues expired resulting in 4 failures'; after the PAT was updated the affected runs were retriggered and passed"),
    cred("w3spi5/codepack#28", "credentials", "credentials.unauthorized", False, "build", "npm.pkg.github.com",
         "npm notice 📦  @w3spi5/codepack@4.2.1\nnpm error code E401\nnpm error 401 Unauthorized - PUT https://npm.pkg.github.com/@w3spi5%2fcodepack\n      unauthenticated: User cannot be authenticated with the token provided.",
         cmd="npm publish", also_ok=["credentials.token_failed", "credentials.token_expired"],
         note="the publish job failed on every push to main since v4.2 while tests passed: the NPM_TOKEN secret is missing, expired or lacks write:packages; the PR authenticates with GITHUB_TOKEN under packages: write instead"),
    cred("github/relative-time-element#357", "credentials", "credentials.missing", False, "build", "npm.pkg.github.com",
         "npm error 401 Unauthorized - PUT https://npm.pkg.github.com/@github%2frelative-time-element - unauthenticated: User cannot be authenticated with the token provided.",
         cmd="npm publish", also_ok=["credentials.unauthorized", "credentials.id_token_permission"],
         note="the v5.1.0 GitHub Packages publish: an earlier commit added id-token: write and removed NODE_AUTH_TOKEN, mirroring npmjs.org's OIDC trusted publishing, but npm.pkg.github.com still needs the token; the PR restores NODE_AUTH_TOKEN (blockquote dropped)"),
    # --- git: submodules and private modules ------------------------------------------------------------------------------
    cred("actions/checkout#30", "credentials", "credentials.git_auth", False, "build", "github.com",
         "git submodule sync\ngit -c http.https://github.com.extraheader=\"AUTHORIZATION: basic ***\" submodule update --init --force\nSubmodule 'libs/PrivateRepo' (git@github.com:S7KYuuki/PrivateRepo.git) registered for path 'libs/PrivateRepo'\nCloning into '/home/runner/work/TestProject/libs/PrivateRepo'...\nHost key verification failed.\n##[error]fatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n##[error]fatal: clone of 'git@github.com:S7KYuuki/PrivateRepo.git' into submodule path '/home/runner/work/TestProject/libs/PrivateRepo' failed\nFailed to clone 'libs/PrivateRepo'. Retry scheduled",
         raw_is_log=True, also_ok=["credentials.repository_not_found", "credentials.missing"],
         note="a private submodule registered with an SSH URL: the checkout's token only rides on https extraheaders and the runner has no SSH key or known host for github.com, so the clone fails the same on the retry and on every run"),
    cred("springernature/halfpipe#106", "credentials", "credentials.git_auth", False, "build", "github.com",
         "Error: fatal: repository 'https://github.com/springernature/crane-marklogic-config/' not found\nError: fatal: clone of 'https://github.com/springernature/crane-marklogic-config' into submodule path '/home/runner/_work/citations-api/citations-api/crane-marklogic-config' failed",
         also_ok=["credentials.repository_not_found"],
         note="after turning on submodules: true the private submodule in another repository is 'not found' to the default token, which cannot read other private repos; fixed by cloning with the pipeline's SSH key and SSH URLs in .gitmodules"),
    cred("benmatselby/hugo-deploy-gh-pages#60", "credentials", "credentials.git_auth", False, "build", "github.com",
         "go version go1.24.0 linux/amd64\nBuilding the Hugo site with: 'hugo --environment=production'\ngo: github.com/tastapod/[THEME_REPO]@[VERSION]: invalid version: git ls-remote -q origin in /tmp/hugo_cache/modules/filecache/modules/pkg/mod/cache/vcs/[LONG_HASH_NUMBER]: exit status 128:\n\tfatal: could not read Username for 'https://github.com/': terminal prompts disabled\nConfirm the import path was entered correctly.\nIf this is a private repository, see https://golang.org/doc/faq#git_https for additional information.",
         raw_is_log=True, also_ok=["credentials.missing", "goproxy.fetch_failed"],
         note="the site's Hugo theme is a Go module in a private repository; it builds locally, but inside the deploy action's container git has no credentials for github.com, so every run stops at the module download (placeholders are the reporter's)"),
    gh("actions/checkout#26", "github", "github.outage", True, "service", "github.com",
       "##[error]fatal: could not read Username for 'https://github.com': terminal prompts disabled",
       head=["Run actions/checkout@v1"], also_ok=["credentials.git_auth", "github.git_server_error"],
       note="'Without changing anything' checkouts of a private repo got a 401 from github.com (TingluoHuang: that is what the error means); a new PAT did not help, and 'half a day later, it started to work again. Maybe just some cloud infrastructure problem'"),
    # --- OIDC ------------------------------------------------------------------------------------------------------------
    cred("freifunkMUC/unifi_respondd#59", "credentials", "credentials.id_token_permission", False, "build", None,
         "OpenID Connect token retrieval failed: GitHub: missing or insufficient OIDC token permissions, the ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset\n\nThis generally indicates a workflow configuration error, such as insufficient\npermissions. Make sure that your workflow has id-token: write configured\nat the job level, e.g.:",
         head=["Run pypa/gh-action-pypi-publish@release/v1"], also_ok=["credentials.missing"],
         note="PyPI trusted publishing from a job that never asked for an ID token; the PR adds id-token: write to the publishing job (backticks of the PR text dropped, the quote stops before the YAML sample)"),
    cred("stacks-network/docs#1734", "credentials", "credentials.id_token_permission", False, "build", None,
         "Failed to setup GitHub token: Error: Could not fetch an OIDC token. Did you remember to add `id-token: write` to your workflow permissions?",
         head=["Run anthropics/claude-code-action@v1"], also_ok=["credentials.missing"],
         note="the Smart Docs Monitor workflow's code action authenticates through OIDC, but the workflow's permissions lack id-token: write; the PR adds it, so every run fails the same until then"),
    cred("google-github-actions/auth#78", "credentials", "credentials.cloud_auth_refused", False, "build", None,
         "Error: google-github-actions/auth failed with: Error: Failed to generate Google Cloud access token for gha-test-account-5@mattmoor-chainguard.iam.gserviceaccount.com: {\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"The caller does not have permission\",\n    \"status\": \"PERMISSION_DENIED\"\n  }\n}",
         raw_is_log=True, host_alt=["iamcredentials.googleapis.com"], also_ok=["credentials.iam_permission_missing", "credentials.cloud_role_refused"],
         note="an experiment with workload identity federation: the pool's provider lacked the attribute.repository=assertion.repository mapping the service-account binding relies on; 'That was it!' once it was added"),
    cred("terraform-google-modules/terraform-example-foundation#1362", "credentials", "credentials.cloud_auth_refused", False, "build", None,
         "google-github-actions/auth failed with: failed to generate Google Cloud federated token for //iam.googleapis.com/***: {\"error\":\"unauthorized_client\",\"error_description\":\"The given credential is rejected by the attribute condition.\"}",
         prefix="Error: ", host_alt=["sts.googleapis.com"], also_ok=["credentials.cloud_role_refused", "credentials.token_failed"],
         note="the default GitHub workflow of the bootstrap stage, run from the reporter's own repository: the workload identity provider's attribute condition (set by the foundation's Terraform) rejects the token's claims, so the token exchange fails on every run until the condition matches"),
    cred("google-github-actions/auth#340", "credentials", "credentials.iam_permission_missing", False, "build", None,
         "##[debug]Creating access token\nError: google-github-actions/auth failed with: retry function failed after 4 attempts: failed to generate Google Cloud access token for ***: (403) {\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"IAM_PERMISSION_DENIED\",\n        \"domain\": \"iam.googleapis.com\",\n        \"metadata\": {\n          \"permission\": \"iam.serviceAccounts.getAccessToken\"\n        }\n      }\n    ]\n  }\n}",
         raw_is_log=True, host_alt=["iamcredentials.googleapis.com"], also_ok=["credentials.cloud_auth_refused", "credentials.cloud_role_refused"],
         note="the federated identity may not impersonate the service account (no Workload Identity User / token-creator binding for it); the action's own four retries fail identically, a configuration refusal rather than an outage"),
    # --- GCR / Artifact Registry ----------------------------------------------------------------------------------------------
    cred("JanMikes/gitlab-ci-push-to-gcr#3", "credentials", "credentials.login_host_mismatch", False, "build", None,
         "unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
         cmd="docker push $GCR_IMAGE", host_alt=["gcr.io", "eu.gcr.io"], also_ok=["credentials.unauthorized", "credentials.missing"],
         note="GitLab CI push to GCR with a service-account key: the job's docker login went to https://eu.gcr.io while the image lives on gcr.io, so the push carries no credentials ('Forgot to change it ... to https://gcr.io'); bold markup dropped, the docs link names no failing host"),
    cred("sourcegraph/sourcegraph-public-snapshot#5324", "credentials", "credentials.missing", False, "build", None,
         "authorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
         raw_is_log=True, host_alt=["gcr.io"], also_ok=["credentials.unauthorized", "local.credential_helper_missing"],
         note="after #5323 the CI pushes to GCR without Docker knowing how to authenticate there; the PR adds gcloud auth configure-docker so the gcloud credential helper is used (the quoted line is the PR's, as written)"),
    cred("RafikFarhad/push-to-gcr-github-action#13", "credentials", "credentials.iam_permission_missing", False, "build", None,
         "denied: Token exchange failed for project '***'. Caller does not have permission 'storage.buckets.get'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control",
         host_alt=["gcr.io"], also_ok=["credentials.denied", "credentials.cloud_role_refused"],
         note="a service account with only Storage Object Admin cannot push once the registry exists: GCR's token exchange wants storage.buckets.get, so the README gains the Storage Legacy Bucket Reader role on the artifacts bucket"),
    cred("GoogleCloudPlatform/cloud-ops-sandbox#168", "credentials", "credentials.helper_failed", True, "local", None,
         "Building [gcr.io/stackdriver-sandbox-230822/sandbox/adservice]...\nWARNING: Could not open the configuration file: [/home/sanche/.config/gcloud/configurations/config_default].\nERROR: (gcloud.auth.docker-helper) You do not currently have an active account selected.\nPlease run:\n\n  $ gcloud auth login\n\nto obtain new credentials, or if you have already logged in with a\ndifferent account:\n\n  $ gcloud config set account ACCOUNT\n\nto select an already authenticated account to use.\nSending build context to Docker daemon    106kB",
         raw_is_log=True, host_alt=["gcr.io"], also_ok=["local.credential_helper_missing", "credentials.missing"],
         note="labelled bug: building adservice in CI 'sometimes fails': gcloud's docker credential helper cannot open its configuration and finds no active account on that machine at that moment; other runs of the same build authenticate"),
    cred("jaraco/keyring#593", "credentials", "credentials.helper_failed", False, "build", None,
         "  File \"/usr/local/lib/python3.8/site-packages/keyrings/gauth.py\", line 24, in <module>\n    from keyring.util import properties\nImportError: cannot import name 'properties' from 'keyring.util' (/usr/local/lib/python3.8/site-packages/keyring/util/__init__.py)",
         raw_is_log=True, host_alt=["python.pkg.dev"], also_ok=["build.tool_incompatible", "local.credential_helper_missing"],
         note="pipelines authenticating to Artifact Registry through keyrings.google-artifactregistry-auth broke when an unpinned install pulled keyring 23.9.0, which removed keyring.util.properties; pinning keyring<=23.8.2 or a fixed plugin release works, a re-run does not"),
    bld("GoogleCloudPlatform/artifact-registry-python-tools#7", "build.tool_regression",
        "Getting page https://europe-pypi.pkg.dev/xxxxxx-xix9/python/simple/cpe-common/\nFound index url https://europe-pypi.pkg.dev/xxxxxx-xix9/python/simple/\nLooking up \"https://europe-pypi.pkg.dev/xxxxxx-xix9/python/simple/cpe-common/\" in the cache\nRequest header has \"max_age\" as 0, cache bypassed\nStarting new HTTPS connection (1): europe-pypi.pkg.dev:443\nhttps://europe-pypi.pkg.dev:443 \"GET /xxxxxx-xix9/python/simple/cpe-common/ HTTP/1.1\" 403 0\nStatus code 403 not in (200, 203, 300, 301)\nCould not fetch URL https://europe-pypi.pkg.dev/xxxxxx-xix9/python/simple/cpe-common/: 403 Client Error: Forbidden for url: https://europe-pypi.pkg.dev/xxxxxx-xix9/python/simple/cpe-common/ - skipping",
        host="europe-pypi.pkg.dev", raw_is_log=True, host_alt=["europe-pypi.pkg.dev:443"], also_ok=["credentials.helper_failed", "credentials.denied"],
        note="installs from Artifact Registry work with pip 21.0.1 and fail with 21.1/21.1.1: the new pip no longer consults the keyring plugin up front and Artifact Registry answers the anonymous request with 403 rather than 401, so credentials are never sent; the pip version, not the account"),
    # --- ECR and Earthly ------------------------------------------------------------------------------------------------------
    cred("aws-actions/amazon-ecr-login#337", "credentials", "credentials.no_basic_auth", True, "local", None,
         "no basic auth credentials",
         t="push", image="***.dkr.ecr.eu-west-3.amazonaws.com/***:latest", host_alt=["dkr.ecr.eu-west-3.amazonaws.com"], also_ok=["credentials.stale_login", "credentials.missing"],
         note="random pushes on self-hosted runners fail 'every 10-15 days' and the next build passes; a commenter sees it with 'multiple pushes on different actions on the same runner instance': jobs sharing one Docker config, where another job's post-step logout removes the login mid-push"),
    cred("space-ros/space-ros#292", "credentials", "credentials.token_failed", False, "build", "auth.docker.io",
         "Error: failed to SAVE IMAGE: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%!A(MISSING)osrf%!F(MISSING)space-ros%!A(MISSING)pull%!C(MISSING)push&service=registry.docker.io: 401 Unauthorized",
         host_alt=["registry-1.docker.io"], also_ok=["credentials.unauthorized", "credentials.push_denied"],
         note="labelled bug: after 'the great merge' the main-image job's Earthly SAVE IMAGE pushes under the Docker Hub name osrf/space-ros with no usable login for it; #293 rebuilds the push step (build, then tag and push to the right registries explicitly)"),
    # --- the service's side, reading like credentials ----------------------------------------------------------------------
    reg("docker/hub-feedback#2496", "registry", OUTAGE, True, "service", None,
        "Error response from daemon: unauthorized: authentication required",
        cmd="docker pull alpine:latest", host_alt=HUB, also_ok=["registry.server_error", "credentials.unauthorized"],
        note="2025-09-24: every pull of public images from several places returns 'authentication required'; Docker staff: 'the team is working on a fix' (dockerstatus.com), then 'We have a fix out now', and the pull works again"),
    reg("docker-practice/actions-setup-docker#20", "registry", OUTAGE, True, "service", "ghcr.io",
        "setup qemu\n  /usr/bin/docker run --rm --privileged ghcr.io/dpsigs/tonistiigi-binfmt:latest --install all\n  Unable to find image 'ghcr.io/dpsigs/tonistiigi-binfmt:latest' locally\n  latest: Pulling from dpsigs/tonistiigi-binfmt\n  2b4d0e08bd75: Pulling fs layer\n  c331be51c382: Pulling fs layer\n  docker: error pulling image configuration: download failed after attempts=1: unauthorized: unauthenticated: User cannot be authenticated with the token provided.\n  See 'docker run --help'.\nError: Error: The process '/usr/bin/docker' failed with exit code 125",
        raw_is_log=True, also_ok=["credentials.token_service_error", "credentials.unauthorized"],
        note="2022-06-22: pulling the action's public binfmt image from ghcr.io fails with a token refusal, on the runner and on the reporter's machine alike; the same afternoon 'Seems to be back :)' with nothing changed"),
    reg("OCA/oca-addons-repo-template#138", "registry", OUTAGE, True, "service", "ghcr.io",
        "Starting job container\n  /usr/bin/docker --config /home/runner/work/_temp/.docker_f5e17f3e-07be-4a21-82d1-c29f8289b6fd login ghcr.io -u github-grap-bot --password-stdin\n  Error: Docker login for 'ghcr.io' failed with exit code 1",
        raw_is_log=True, also_ok=["github.outage", "credentials.auth_failed"],
        note="2022-04-25: the runner's login for the job container image fails on ghcr.io for the OCA template's CI; a maintainer: 'That's github problem' (a githubstatus.com incident), nothing in the credentials"),
    reg("actions/jekyll-build-pages#77", "registry", "registry.no_response", True, "service", "ghcr.io",
        "Error response from daemon: Head \"https://ghcr.io/v2/actions/jekyll-build-pages/manifests/latest\": Get \"https://ghcr.io/token?scope=repository%3Aactions%2Fjekyll-build-pages%3Apull&service=ghcr.io\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)",
        also_ok=[OUTAGE, "connectivity.timeout", "credentials.token_service_error"],
        note="2023-03-15: the Pages build cannot pull its image because ghcr.io's token endpoint does not answer; 'a known issue' (a githubstatus.com incident), and a later commenter points at another incident of the same kind that was fixed soon after"),
    reg("docker-hardened-images/catalog#171", "registry", "registry.server_error", True, "service", "dhi.io",
        "Error response from daemon: Get \"https://dhi.io/v2/\": received unexpected HTTP status: 503 Service Unavailable",
        cmd="docker login dhi.io -u <dockerhub_username> --password-stdin", also_ok=[OUTAGE, "credentials.token_service_error"],
        note="2026-02-03 ~21:00 UTC: dhi.io answers 503 to logins and pulls and its token endpoint resets, while the same PAT logs into Docker Hub fine and the status page shows green; a registry-side outage blocking CI, not the credentials"),
    reg("ai-dynamo/nixl#2250", "registry", "registry.server_error", True, "service", "quay.io",
        "2026-09-14T18:36:45.4887468Z Error response from daemon: login attempt to https://quay.io/v2/ failed with status: 504 Gateway Timeout\n2026-09-14T18:36:45.4888817Z exit status 1\n2026-09-14T18:36:47.0170875Z ##[error]Process completed with exit code 255.",
        raw_is_log=True, also_ok=[OUTAGE, "connectivity.timeout", "credentials.token_service_error"],
        note="the PR's vulnerability-scan job dies when its docker login to quay.io gets a 504 from quay.io's edge; the CI triage on the PR: 'a transient registry/infrastructure error unrelated to the PR's code. Re-run the job once quay.io is healthy'"),
]
