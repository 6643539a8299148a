"""Dev-set entries, batch 57 (image pulls of CI jobs: `docker compose` / `docker-compose` pulls and builds in CI, the
runner's own pulls of GitHub Actions action images, `container:` and `services:` images, Testcontainers, GitLab CI's
`image:` pulls, Bitbucket Pipelines service images, CircleCI's spin-up pulls and older hosted CIs (Shippable,
Jenkins, Buildkite). Registries down, slow or rate-limiting (GHCR 503s and its June 2022 token incident, Docker Hub
503/500/EOF/TLS handshake timeouts and pull limits, quay.io, MCR blocking GitHub-hosted runners, a reset from MCR
under Bitbucket) and networks that cannot reach them, beside the builds' own mistakes whose text reads like a
registry failure: images that were never published or whose tags were removed or misspelled, a local-only image a
runner insists on pulling, a registry host with a typo, credentials sent to the wrong registry, and an arm64 host
asking for an amd64-only image). `err` is verbatim from the source (a GitHub thread found with the search tool's
`issues` corpus); where a thread quoted a log inside Markdown (backticks, code fences, blockquote markers, the
runner's line-number links) only that markup was dropped and trailing blanks trimmed, never a word of the log; where
a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Hosts follow the
README's strict rule: a host is given only where a line of the log names it for the failing call; an inferred one
goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"slick/slick#2265", "docker-archive/classicswarm#1863", "protocolbuffers/protobuf#7199", "internetarchive/wayback-diff#157"}

B = Batch(PULLS)
reg = B.family("registry")
conn = B.family("connectivity")
bld = B.build()

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
GHCR_503 = "received unexpected HTTP status: 503 Service Unavailable"

E = [
    # --- GitHub Actions: the runner's pulls of action images from GHCR ------------------------------------------------
    reg("irongut/CodeCoverageSummary#6", "registry", "registry.server_error", True, "service", "ghcr.io",
        "Pull down action image 'ghcr.io/irongut/codecoveragesummary:v1.0.2'\n  /usr/bin/docker pull ghcr.io/irongut/codecoveragesummary:v1.0.2\n  Error response from daemon: " + GHCR_503 + "\n  Warning: Docker pull failed with exit code 1, back off 6.596 seconds before retry.\n  /usr/bin/docker pull ghcr.io/irongut/codecoveragesummary:v1.0.2\n  Error response from daemon: " + GHCR_503 + "\n  Warning: Docker pull failed with exit code 1, back off 8.36 seconds before retry.\n  /usr/bin/docker pull ghcr.io/irongut/codecoveragesummary:v1.0.2\n  Error response from daemon: Head \"ghcr.io/v2/irongut/codecoveragesummary/manifests/v1.0.2\": " + GHCR_503 + "\nError: Docker pull failed with exit code 1",
        raw_is_log=True, also_ok=["registry.outage"],
        note="'Most of the times ... sometimes it works': GHCR's intermittent 503s on the action image (labelled GHPR, the registry's side); the same workflow passes on other runs"),
    reg("timkrase/phpunit-coverage-badge#12", "registry", "registry.outage", True, "service", "ghcr.io",
        "Pull down action image 'ghcr.io/timkrase/phpunit-coverage-badge:v1.0.0'\nerror pulling image configuration: download failed after attempts=1: unauthorized: unauthenticated: User cannot be authenticated with the token provided.",
        raw_is_log=True, also_ok=["registry.server_error", "credentials.unauthorized"],
        note="GHCR's incident of 2022-06-22: anonymous pulls of public images failed with this 'unauthorized' locally and on every runner; 'seems to work again, so I guess it is related to github itself' — no credential was involved"),
    reg("rtCamp/action-slack-notify#146", "registry", "registry.server_error", True, "service", "ghcr.io",
        "***[group]Pull down action image 'ghcr.io/rtcamp/action-slack-notify:v2.2.0'\n  ***[command]/usr/bin/docker pull ghcr.io/rtcamp/action-slack-notify:v2.2.0\n  Error response from daemon: Head \"https://ghcr.io/v2/rtcamp/action-slack-notify/manifests/v2.2.0\": " + GHCR_503 + "\n  Warning: ***[warning]Docker pull failed with exit code 1, back off 5.589 seconds before retry.",
        raw_is_log=True, also_ok=["registry.outage"],
        note="githubstatus showed Packages down that night (2023-03-01); 'Looks resolved now' the next morning (the log's '***' are the paste's masking of the runner's '##' markers, kept)"),
    conn("OrcaSlicer/OrcaSlicer#11687", "connectivity", "connectivity.connect_timeout", True, "service", "ghcr.io",
        "  Get \"https://ghcr.io/v2/enricomi/publish-unit-test-result-action/manifests/sha256:a856b44de618d2005889276716fdcf96608c4979217529ca4be191ed88c35e4f\": dial tcp 140.82.116.33:443: i/o timeout\n  Warning: Docker pull failed with exit code 1, back off 7.915 seconds before retry.\n  /usr/bin/docker pull ghcr.io/enricomi/publish-unit-test-result-action:v2.21.0\n  v2.21.0: Pulling from enricomi/publish-unit-test-result-action\n  Get \"https://ghcr.io/v2/enricomi/publish-unit-test-result-action/manifests/sha256:a856b44de618d2005889276716fdcf96608c4979217529ca4be191ed88c35e4f\": dial tcp 140.82.116.33:443: i/o timeout\nError: Docker pull failed with exit code 1",
        raw_is_log=True, host_alt=["140.82.116.33:443", "140.82.116.33"], also_ok=["connectivity.timeout"],
        note="'unit tests flake because GitHub container registry flaky': the runner cannot connect to GHCR for the test-report action's image; the next run of the same commit succeeds"),
    # --- Docker Hub: rate limits ----------------------------------------------------------------------------------------
    reg("relab/hotstuff#176", "registry", "registry.dockerhub_pull_limit", True, "service", None,
        "{\"errorDetail\":{\"message\":\"toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\"},\"error\":\"toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\"}\n    iagotest.go:171: Error response from daemon: No such image: iago-test:latest\n--- FAIL: TestDeployment (1.45s)\nFAIL\nFAIL\tgithub.com/relab/hotstuff/internal/orchestration\t84.933s",
        cmd="go test ./...", host_alt=HUB, also_ok=["registry.rate_limited"],
        note="the test builds its iago-test image from a Docker Hub base anonymously on a shared runner IP; the build's JSON stream carries the limit and the test then finds no image; 'haven't seen this problem since'"),
    reg("kata-containers/kata-containers#10100", "registry", "registry.dockerhub_pull_limit", False, "service", "registry-1.docker.io",
        "Error: Failed to pull image \"busybox\": rpc error: code = Unknown desc = failed to pull and unpack image \"docker.io/library/busybox:latest\": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/busybox/manifests/sha256:9ae97d36d26566ff84e8893c64a6dc4fe8ca6d1144bf5b87b2b85a32def253c7: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
        raw_is_log=True, also_ok=["registry.rate_limited"],
        note="the project's own AMD CI nodes pull busybox anonymously for the Kubernetes tests; 'multiple retries' on busy days keep their fixed IPs over the limit, so re-runs fail too; the fix moved the tests to quay.io/prometheus/busybox"),
    # --- Docker Hub: 5xx, EOF, timeouts ----------------------------------------------------------------------------------
    reg("blue-oil/blueoil#68", "registry", "registry.server_error", True, "service", "registry-1.docker.io",
        "Build-agent version 0.1.1073-1f69f340 (2018-11-20T18:07:03+0000)\nStarting container circleci/node:7.10\n  image cache not found on this host, downloading circleci/node:7.10\n\n  Error pulling image circleci/node:7.10: Error response from daemon: Get https://registry-1.docker.io/v2/circleci/node/manifests/7.10: received unexpected HTTP status: 503 Service Unavailable... retrying\n  image cache not found on this host, downloading circleci/node:7.10\n\n  Error pulling image circleci/node:7.10: Error response from daemon: Get https://registry-1.docker.io/v2/circleci/node/manifests/7.10: received unexpected HTTP status: 503 Service Unavailable... retrying",
        raw_is_log=True, also_ok=["registry.outage"],
        note="CircleCI's spin-up step pulls the job's executor image and Docker Hub answers 503 on every retry; the docs-deploy job fails before any step of the project runs (the quote stops before the cut fifth attempt)"),
    reg("allenporter/k8s-gitops#62", "registry", "registry.server_error", True, "service", None,
        "Run ./.github/actions/tools\nBuilding docker image\n  Dockerfile for action: '/home/runner/work/k8s-gitops/k8s-gitops/./.github/actions/tools/Dockerfile'.\n  /usr/bin/docker build -t 5588e4:7d268e99e312526d9a483f8a2e5e33a3 -f \"/home/runner/work/k8s-gitops/k8s-gitops/./.github/actions/tools/Dockerfile\" \"/home/runner/work/k8s-gitops/k8s-gitops/.github/actions/tools\"\n  Sending build context to Docker daemon  3.072kB\n\n  Step 1/5 : FROM alpine:3.13\n  3.13: Pulling from library/alpine\n  " + GHCR_503 + "\nError: Docker build failed with exit code 1",
        raw_is_log=True, host_alt=HUB, also_ok=["registry.outage"],
        note="a local Docker action's FROM alpine:3.13 during Docker Hub's 'increased error rate across registry services' (status.docker.com, 2021-04-04); closed as not worth changing"),
    reg("dapr/dapr#9694", "registry", "registry.server_error", True, "service", "registry-1.docker.io",
        "Run # Run a registry.\nUnable to find image 'registry:2' locally\ndocker: Error response from daemon: Head \"https://registry-1.docker.io/v2/library/registry/manifests/2\": received unexpected HTTP status: 500 Internal Server Error\n\nRun 'docker run --help' for more information\nError: Process completed with exit code 125.",
        raw_is_log=True,
        note="the e2e job's 'Setup local registry' step, flaky on PRs: Docker Hub answers 500 for the registry:2 manifest; nothing in the PR touches it"),
    reg("docker-library/docs#1589", "registry", "registry.server_error", True, "service", None,
        "Error response from daemon: " + GHCR_503,
        cmd="docker pull openjdk:8", host_alt=HUB, also_ok=["registry.outage"],
        note="'Dockerhub is having some issues' (docker/hub-feedback#1897, 2019-10-15): the same 503 for every official image that day"),
    reg("Shippable/support#3016", "registry", "registry.outage", True, "service", "docker.io",
        "Pulling repository docker.io/drydock/u14nodall\nCould not reach any registry endpoint",
        cmd="sudo docker pull drydock/u14nodall:prod", host_alt=HUB, also_ok=["registry.server_error"],
        note="Shippable's pull of its own job image: 'docker hub is currently having some issues that may affect login, push, pull'; 'Build working again after docker resolves the issue'"),
    reg("Shippable/support#922", "registry", "registry.server_error", True, "service", None,
        " Docker login\n Docker pull shippableimages/ubuntu1404_nodejs:latest\nHTTP code: 502: Traceback (most recent call last):\n  File \"/home/shippable/dpd/step_listener.py\", line 98, in handle_message_callback\n    self.execute_step(build_plan, current_step, False)\n  File \"/home/shippable/dpd/step_listener.py\", line 164, in execute_step\n    raise e\nException: HTTP code: 502",
        raw_is_log=True, host_alt=HUB, also_ok=["registry.outage"],
        note="'This has all our builds failing right now': the hosted CI's pull of its own build image gets a 502; closed days later as resolved on the service side, with no change asked of users"),
    conn("clearcontainers/runtime#978", "connectivity", "connectivity.eof", True, "service", "registry-1.docker.io",
        "19:08:21 Running command '/usr/bin/docker [docker pull fedora]'\n19:08:24 command failed error 'exit status 1'\n19:08:24 [docker pull fedora]\n19:08:24 Timeout: 600 seconds\n19:08:24 Exit Code: 1\n19:08:24 Stdout: Using default tag: latest\n19:08:24 latest: Pulling from library/fedora\n19:08:24 a8ee583972c2: Pulling fs layer\n19:08:24\n19:08:24 Stderr: error pulling image configuration: Get https://registry-1.docker.io/v2/library/fedora/blobs/sha256:422dc563ca3260ad9ef5c47a1c246f5065d7f177ce51f4dd208efd82967ff182: EOF\n19:08:24\n19:08:24 --- FAIL: TestIntegration (20.26s)\n19:08:24 \tmain_test.go:55: failed to pull docker image: fedora\n19:08:24 FAIL",
        raw_is_log=True, also_ok=["registry.server_error"],
        note="a release PR's integration test pulls fedora and Docker Hub drops the blob request; 'job restarted', and the metrics job of the same PR 'failed due to timeouts trying to connect to the docker hub'"),
    conn("docker-archive/classicswarm#1863", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "registry-1.docker.io",
        "# time=\"2016-02-24T01:26:45Z\" level=debug msg=\"Engine update succeeded\" id=\"FKYE:5AH6:A5KT:4XYD:ACDJ:L3LN:QZYQ:U6ND:6FOM:PQTF:VZAW:Z2VO\" name=node-1\n# time=\"2016-02-24T01:26:45Z\" level=error msg=\"HTTP error: Get https://registry-1.docker.io/v2/library/busybox/manifests/latest: net/http: TLS handshake timeout\\n\" status=500\n# /tmp/tmp.LdUdXlusBi/docker: Error response from daemon: Get https://registry-1.docker.io/v2/library/busybox/manifests/latest: net/http: TLS handshake timeout.",
        raw_is_log=True, also_ok=["connectivity.timeout"],
        note="a compose-version bump PR: the integration test's busybox download hit a TLS handshake timeout, 'a transient network error' unrelated to the change"),
    conn("opstrace/opstrace#183", "connectivity", "connectivity.eof", True, "service", "registry-1.docker.io",
        "[2020-12-17T00:22:01Z] docker build --rm --force-rm \\\n[2020-12-17T00:22:01Z] \t--tag opstrace/test-remote:latest \\\n[2020-12-17T00:22:01Z] \t-f ./test/test-remote/nodejs-testrunner.Dockerfile test/test-remote/\nSending build context to Docker daemon  1.316MB Docker daemon  557.1kB\n[2020-12-17T00:22:01Z] Step 1/13 : FROM node:14-buster\n[2020-12-17T00:22:04Z] Get https://registry-1.docker.io/v2/: EOF",
        raw_is_log=True, also_ok=["registry.server_error"],
        note="labelled ci-instability on Buildkite scheduled builds: Docker Hub's /v2/ ping closes the connection; the same EOF had been seen pulling prom/prometheus weeks earlier; a re-run passes"),
    conn("protocolbuffers/protobuf#7199", "connectivity", "connectivity.eof", True, "service", None,
        "Error response from daemon: unexpected EOF",
        host_alt=HUB, also_ok=["registry.server_error"],
        note="'Lots of CI tests have been failing recently' with this from docker pull, 'affecting other projects as well' (a Docker forums thread of the time); the PR retries pulls rather than changing anything else"),
    conn("docker/hub-feedback#2051", "connectivity", "connectivity.eof", True, "service", "auth.docker.io",
        "Sending build context to Docker daemon  15.36kB\nStep 1/7 : FROM docker:1.13.0\nGet https://registry-1.docker.io/v2/library/docker/manifests/1.13.0: Get https://auth.docker.io/token?account=XXXXX&scope=repository%3Alibrary%2Fdocker%3Apull&service=registry.docker.io: EOF",
        cmd="docker build .", host_alt=["registry-1.docker.io"], also_ok=["credentials.token_failed", "registry.server_error"],
        note="a paid Team-plan login in CI succeeds, but 'later pulls sometimes fail' as Docker Hub's token endpoint drops the request (another build hit the /v2/ ping EOF); intermittent, not the credential"),
    conn("deep-learning-indaba/Baobab#648", "connectivity", "connectivity.eof", True, "service", None,
        "Pulling db (orchardup/postgresql:la****)...\nERROR: unexpected EOF",
        cmd="docker-compose up -d", host_alt=HUB, also_ok=["registry.server_error"],
        note="docker-compose v1 on CircleCI pulling the db service's image: 'intermittent and restarting the build usually fixes it'; later 'This hasn't happened for a while' (the '****' is the CI's secret masking inside the tag, kept)"),
    conn("shopware/shopware#17446", "connectivity", "connectivity.timeout", True, "service", "registry-1.docker.io",
        "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": context deadline exceeded",
        raw_is_log=True, also_ok=["registry.metadata_timeout", "connectivity.client_timeout", "registry.rate_limited"],
        note="service-container pulls of mysql, mariadb and mailpit time out on ~25 unrelated branches ('the PR code is not the cause'); the thread names Docker Hub's limits or transient unavailability and plans a mirror; re-runs pass (the issue's own annotation after the line left out)"),
    # --- quay.io, MCR, SUSE and Testcontainers -------------------------------------------------------------------------
    conn("kubic-project/automation#533", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "registry.suse.de",
        "Error response from daemon: Get https://registry.suse.de/v2/: net/http: TLS handshake timeout",
        cmd="caasp-kvm/tools/build-velum-image", also_ok=["connectivity.timeout"],
        note="seen 'durinc CI during pulling docker Images' from SUSE's internal registry; the issue asks only to retry the pull 3-5 times before failing, i.e. a transient failure"),
    reg("microsoft/mssql-docker#430", "registry", "registry.server_error", True, "service", "mcr.microsoft.com",
        "Using default tag: latest\nError response from daemon: Get https://mcr.microsoft.com/v2/: Service Unavailable",
        cmd="docker pull mcr.microsoft.com/mssql/server", also_ok=["registry.outage"],
        note="'I guess it was just a temporary hiccup. Everything is running again.' — MCR's /v2/ endpoint answering 503 for a while"),
    reg("microsoft/mssql-docker#964", "registry", "registry.request_rejected", True, "service", "mcr.microsoft.com",
        "Error response from daemon: pull access denied for mcr.microsoft.com/mssql/server, repository does not exist or may require 'docker login': denied: <!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd'><html xmlns='http://www.w3.org/1999/xhtml'><head><meta content='text/html; charset=utf-8' http-equiv='content-type'/><style type='text/css'>body { font-family:Arial; margin-left:40px; }img  { border:0 none; }#content { margin-left: auto; margin-right: auto }#message h2 { font-size: 20px; font-weight: normal; color: #000000; margin: 34px 0px 0px 0px }#message p  { font-size: 13px; color: #000000; margin: 7px 0px 0px 0px }#errorref { font-size: 11px; color: #737373; margin-top: 41px }</style><title>Microsoft</title></head><body><div id='content'><div id='message'><h2>The request is blocked.</h2></div><div id='errorref'><span>Ref A: 89100010323940BC977749AD188FF625 Ref B: BY1AA1072320025 Ref C: 2026-04-24T07:58:43Z</span></div></div></body></html>",
        raw_is_log=True, also_ok=["registry.ip_blocked", "credentials.pull_access_denied", "registry.rate_limited"],
        note="'Pulling from mcr.microsoft.com/mssql/server is flaky' from GitHub-hosted runners: MCR's front door blocks some requests and docker reports it as 'pull access denied'; the public image needs no login and other attempts succeed"),
    conn("microsoft/mssql-docker#846", "connectivity", "connectivity.reset", True, "service", "204.79.197.219:443",
        "rpc error: code = Unknown desc = failed to pull and unpack image \"mcr.microsoft.com/mssql/server:2019-latest\": failed to copy: read tcp 10.2.199.221:57304->204.79.197.219:443: read: connection reset by peer",
        raw_is_log=True, host_alt=["mcr.microsoft.com", "204.79.197.219"], also_ok=["connectivity.stream_reset"],
        note="a Bitbucket Pipelines service definition pulling MCR's SQL Server image: for two weeks the download is reset mid-copy and 'only vanishes after an increasing amount of retries'; the pipeline file is unchanged"),
    reg("opentdf/platform#323", "registry", "registry.pull_failed", True, "service", None,
        "2024/03/07 17:06:56 Failed to get image auth for public.ecr.aws. Setting empty credentials for the image: public.ecr.aws/docker/library/postgres:15-alpine. Error is:credentials not found in native keychain\n2024/03/07 17:06:56 🐳 Creating container for image public.ecr.aws/docker/library/postgres:15-alpine\n2024/03/07 17:06:56 ERROR could not start postgres container error=\"Error response from daemon: No such image: public.ecr.aws/docker/library/postgres:15-alpine: failed to create container\"\npanic: Error response from daemon: No such image: public.ecr.aws/docker/library/postgres:15-alpine: failed to create container",
        cmd="go test ./...", host_alt=["public.ecr.aws"], also_ok=["registry.server_error", "build.image_not_found"],
        note="testcontainers-go: 'Tests occasionally fail with the following error but will typically succeed on a re-run'; the pull from the ECR Public mirror came back without the image, so the create finds none (the empty-credentials line is normal for a public image; the quote starts after the paste's cut first line)"),
    # --- networks that cannot reach the registry -----------------------------------------------------------------------
    B.entry("connectivity", "zolweb/docker-php7#7", "dns", "dns.timeout", False, "local", "registry-1.docker.io",
            "db uses an image, skipping\nBuilding web\nStep 1/15 : FROM composer:1.9.1 AS composer\nERROR: Service 'web' failed to build: Get https://registry-1.docker.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
            cmd="docker-compose build", also_ok=["connectivity.client_timeout", "registry.metadata_timeout"],
            note="docker-compose v1 building the web service: 'Changing DNS to 8.8.8.8 / 8.8.4.4 and restarting docker solved my issue' — the machine's resolver was the slow link, not Docker Hub"),
    # --- the builds' own: images that were never published, or no longer are ---------------------------------------------
    bld("deployphp/deployer#3707", "build.repository_missing",
        "Running with gitlab-runner 16.3.0~beta.108.g2b6048b4 (2b6048b4)\n  on green-3.saas-linux-small-amd64.runners-manager.gitlab.com/default Jhc_Jxvh, system ID: s_0e6850b2bce1\n  feature flags: FF_USE_IMPROVED_URL_MASKING:true, FF_RESOLVE_FULL_TLS_CHAIN:false\nPreparing the \"docker+machine\" executor 00:05\nUsing Docker executor with image deployphp/deployer:7 ...\nPulling docker image deployphp/deployer:7 ...\nWARNING: Failed to pull image with policy \"always\": Error response from daemon: pull access denied for deployphp/deployer, repository does not exist or may require 'docker login': denied: requested access to the resource is denied (manager.go:237:0s)\nERROR: Job failed: failed to pull image \"deployphp/deployer:7\" with specified policies [always]: Error response from daemon: pull access denied for deployphp/deployer, repository does not exist or may require 'docker login': denied: requested access to the resource is denied (manager.go:237:0s)",
        raw_is_log=True, host_alt=HUB, also_ok=["build.image_not_found", "credentials.pull_access_denied"],
        note="GitLab CI's `image:` copied from Deployer's CI/CD docs; the project never published deployphp/deployer to Docker Hub ('when there is no such published package', #3118 and #3738), so Docker Hub's 'denied' means no such repository, on every run"),
    bld("actions/runner#1531", "build.image_not_found",
        "Starting job container\n  /usr/bin/docker pull ubuntu-20.04-lts:latest\n  Error response from daemon: pull access denied for ubuntu-20.04-lts, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n  Warning: Docker pull failed with exit code 1, back off 4.74 seconds before retry.\n  /usr/bin/docker pull ubuntu-20.04-lts:latest\n  Error response from daemon: pull access denied for ubuntu-20.04-lts, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n  Warning: Docker pull failed with exit code 1, back off 9.535 seconds before retry.\n  /usr/bin/docker pull ubuntu-20.04-lts:latest\n  Error response from daemon: pull access denied for ubuntu-20.04-lts, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n  Error: Docker pull failed with exit code 1",
        raw_is_log=True, host_alt=HUB, also_ok=["build.repository_missing", "credentials.pull_access_denied"],
        note="a self-hosted runner's `container:` names an image that exists only in that host's local image store; the runner always pulls the job container image (the no-pull option is a separate feature request, actions/runner#791), so Docker Hub is asked for a repository that does not exist"),
    bld("slick/slick#2265", "build.tag_not_found",
        "Starting sqlserver service container\n  /usr/bin/docker pull microsoft/mssql-server-linux:2017-latest\n  Error response from daemon: manifest for microsoft/mssql-server-linux:2017-latest not found: manifest unknown: manifest unknown\n  Warning: Docker pull failed with exit code 1, back off 3.399 seconds before retry.\n  /usr/bin/docker pull microsoft/mssql-server-linux:2017-latest\n  Error response from daemon: manifest for microsoft/mssql-server-linux:2017-latest not found: manifest unknown: manifest unknown\n  Warning: Docker pull failed with exit code 1, back off 4.918 seconds before retry.\n  /usr/bin/docker pull microsoft/mssql-server-linux:2017-latest\n  Error response from daemon: manifest for microsoft/mssql-server-linux:2017-latest not found: manifest unknown: manifest unknown\n  Error: Docker pull failed with exit code 1",
        raw_is_log=True, host_alt=HUB, also_ok=["build.repository_removed"],
        note="the workflow's sqlserver service still names the old Docker Hub repository microsoft/mssql-server-linux, whose 2017-latest tag is gone (SQL Server images are served from mcr.microsoft.com); the three retries fail alike and so does every re-run until the service image is changed"),
    bld("w9jds/firebase-action#186", "build.tag_not_found",
        "Error response from daemon: manifest for w9jds/firebase-action:v11.30.0 not found: manifest unknown: manifest unknown",
        head=["Pull down action image 'w9jds/firebase-action:v11.30.0'", "  /usr/bin/docker pull w9jds/firebase-action:v11.30.0"], raw_is_log=True, host_alt=HUB,
        also_ok=["registry.tag_not_built"],
        note="the action's release pointed at an image tag that was never pushed: 'typo when I made the release tag, my bad'; users' runs fail until the maintainer fixes the release (or they pin another version)"),
    bld("oxidize-rb/rb-sys#538", "build.tag_not_found",
        "Unable to find image 'rbsys/aarch64-linux-gnu:0.9.114' locally\ndocker: Error response from daemon: manifest for rbsys/aarch64-linux-gnu:0.9.114 not found: manifest unknown: manifest unknown.",
        cmd="rake-compiler-dock bash -c \"bundle exec rake native:aarch64-linux-gnu\"", host_alt=HUB, also_ok=["registry.tag_not_built"],
        note="a gem's cross-compile asks rake-compiler-dock for rb-sys 0.9.114's image, which was never pushed because rb-sys' own publishing jobs died on Docker Hub rate limits; it fails the same until the maintainers re-run those jobs"),
    bld("forcedotcom/salesforcedx-docker#35", "build.tag_not_found",
        "rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/salesforce/salesforcedx:latest\": failed to resolve reference \"docker.io/salesforce/salesforcedx:latest\": docker.io/salesforce/salesforcedx:latest: not found",
        host="docker.io", raw_is_log=True, host_alt=["registry-1.docker.io"], also_ok=["build.repository_removed"],
        note="a Bitbucket pipeline's image salesforce/salesforcedx (latest): the maintainers had stopped publishing `latest` and removed it from Docker Hub (forcedotcom/cli#1136: use latest-slim or latest-full); permanent until the pipeline pins another tag"),
    bld("fsprojects-archive/zzarchive-docker-fsharp#20", "build.repository_missing",
        "Error: image fsharp/fsharp:latest not found",
        raw_is_log=True, host_alt=HUB, also_ok=["build.invalid_reference", "registry.outage"],
        note="Bitbucket Pipelines: the image is the official `fsharp:latest`, not `fsharp/fsharp:latest` ('Look closely!'); the reporter adds that Docker Hub was also down that day (the S3 outage), so even the right name failed for a while"),
    bld("testcontainers/testcontainers-scala#172", "build.tag_not_found",
        "Caused by: org.testcontainers.containers.ContainerFetchException: Can't get Docker image: RemoteDockerImage(imageName=jamesdbloom/mockserver:mockserver-mockserver-5.5.4, imagePullPolicy=DefaultPullPolicy())\n\tat org.testcontainers.containers.GenericContainer.getDockerImageName(GenericContainer.java:1286)\n\tat org.testcontainers.containers.GenericContainer.logger(GenericContainer.java:615)\n\tat org.testcontainers.containers.GenericContainer.doStart(GenericContainer.java:320)\n\t... 34 more\nCaused by: com.github.dockerjava.api.exception.NotFoundException: Status 404: {\"message\":\"manifest for jamesdbloom/mockserver:mockserver-mockserver-5.5.4 not found: manifest unknown: manifest unknown\"}",
        cmd="sbt test", host_alt=HUB, also_ok=["registry.tag_not_built"],
        note="the mockserver module's default image tag is not on Docker Hub ('docker pull' fails the same); the maintainer: the older module only seemed to work from a locally cached image, so name an image tag that exists (not a testcontainers-scala fault)"),
    bld("internetarchive/wayback-diff#157", "build.tag_not_found",
        "Starting container cimg/node:20\nWarning: No authentication provided, using CircleCI credentials for pulls from Docker Hub.\n  image cache not found on this host, downloading cimg/node:20\n\nError response from daemon: manifest for cimg/node:20 not found: manifest unknown: manifest unknown",
        raw_is_log=True, host_alt=HUB,
        note="the PR moved CircleCI to next-gen images as `cimg/node:20`, a tag cimg/node did not have ('`cimg/node:20.6` with the `.6` being mandatory'); it was reverted (#158), not retried"),
    bld("mozilla/remote-settings#705", "build.image_not_found",
        "WARNING: Some service image(s) must be built from source by running:\n    docker compose build web\n1 error occurred:\n        * Error response from daemon: pull access denied for remotesettings/local, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
        cmd="docker compose up", host_alt=HUB, also_ok=["build.repository_missing", "credentials.pull_access_denied"],
        note="the compose file's web service names remotesettings/local, an image only ever built locally; compose tries Docker Hub and says itself it must be built; 'We should test our docker compose in our CI' (the padded progress lines before it left out)"),
    # --- the builds' own: names, hosts, platforms and credentials --------------------------------------------------------
    bld("CircleCI-Archived/circleci-orbs#281", "build.invalid_reference",
        "Build-agent version 1.0.26573-ff13bd88 (2020-01-30T20:25:39+0000)\nDocker Engine Version: 18.09.6\nKernel Version: Linux d9e1f5589e45 4.15.0-1052-aws #54-Ubuntu SMP Tue Oct 1 15:43:26 UTC 2019 x86_64 Linux\nStarting container cimg:base/stable\n  image cache not found on this host, downloading cimg:base/stable\n\ninvalid reference format",
        raw_is_log=True,
        note="the Heroku orb's default executor names `cimg:base/stable` instead of `cimg/base:stable`; every job on that executor fails at spin-up until the orb is fixed or the job sets its own image"),
    bld("microsoft/mssql-docker#666", "build.wrong_host",
        "Error response from daemon: Get https://mcr.mcrosoft.com/v2/: remote error: tls: internal error",
        host="mcr.mcrosoft.com", cmd="docker pull mcr.mcrosoft.com/mssql/server:2017-latest", also_ok=["build.invalid_reference", "connectivity.tls_failed"],
        note="'Looks like microsoft is misspelled in the registry name': the typo'd host answers a TLS handshake with an internal error; the correct mcr.microsoft.com pull works"),
    bld("LAION-AI/Open-Assistant#2721", "build.wrong_arch_image",
        "no matching manifest for linux/arm64/v8 in the manifest list entries",
        cmd="docker compose --profile frontend-dev up --build --attach-dependencies", host_alt=HUB, also_ok=["build.tag_not_found"],
        note="an Apple M1 host: the db service's image publishes no arm64 variant; `platform: linux/x86_64` on the service fixes the pull (the PR adds that), never a re-run (only compose's last line is quoted: the progress line's padding cannot be reproduced exactly)"),
    B.entry("registry", "testcontainers/testcontainers-java#813", "credentials", "credentials.unauthorized", False, "build", "quay.io",
            "2018-08-01 14:45:04,656 [test] ERROR c.g.d.c.a.ResultCallbackTemplate - Error during callback\ncom.github.dockerjava.api.exception.InternalServerErrorException: Get https://quay.io/v2/testcontainers/ryuk/manifests/0.2.2: unauthorized: Invalid Username or Password",
            raw_is_log=True, also_ok=["credentials.registry_refused", "credentials.auth_failed"],
            note="Jenkins builds with a ~/.docker-java.properties holding the team's private Docker Hub login: Testcontainers 1.8.1 sends those credentials with the Ryuk pull from quay.io, which rejects them; the image is public, and every run fails the same"),
]
