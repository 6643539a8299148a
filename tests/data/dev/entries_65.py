"""Dev-set entries, batch 65 (container registries as CI meets them, in threads earlier batches did not use: docker
pull / push, docker/build-push-action, buildx, kaniko, jib, skopeo, crane, ctr under kind and the runner's own
job-container login, against ghcr.io, Docker Hub, quay.io, gcr.io / Artifact Registry, registry.k8s.io, MCR, ECR and
ECR Public, ACR, nvcr.io, Heroku's, DigitalOcean's, GitLab's and OpenShift's registries, a Nexus, a registry on
Cloudflare Workers. Registry-side faults: quay.io's 502 on an image configuration, gcr.io's 500 under a 2016 e2e job,
Docker Hub's plain-text 404s of February 2019 and its token service's 500 under kaniko, MCR's 503s of September 2024
and its May 2021 DNS records pointing at 255.255.255.255, registry.k8s.io's 504s during a GCP regional incident, a
corrupted blob behind OpenShift CI's registry answering 500, a Workers registry's random 500s on manifest PUTs, NGC's
anonymous token service answering 401 every few runs, Artifact Registry's token endpoint answering 404 now and then,
GHCR dropping uploads under BuildKit 0.11; connections that GCR, Docker Hub's CDN and registry.k8s.io's CDN reset,
Docker Hub timeouts under a compose pull, a TLS handshake to ECR timing out during 2024's African cable cuts, an ECR
login whose lookup fails now and then, a self-hosted runner's job-container login to ghcr.io, an OpenShift builder's
intermittent `unauthorized`, ECR Public's and Docker Hub's pull limits, a kaniko release whose chunked uploads a Nexus
refuses, private Azure Pipelines agents whose path to ACR resets. About a third are the build's own mistakes that read
like registry outages: a base tag Docker Hub deleted answering 401, an action image tag never published, image names
with capitals (a fork's owner, a secret), an action that pushes to `ghrc.io`, tags that point where the job may not
write (Docker Hub's `user/app`, a typo in a Heroku image variable, a GitLab path nested under a repository), a GHCR
package the workflow's token has no role on, a crane setup that overwrites the real login, a personal token GHCR
refuses, a plain-HTTP registry behind `docker login`, DigitalOcean's one-repository plan answering 403 to the token
request, an ACR that admits only its private endpoint, an nvcr.io repository that never existed answering with an auth
error, a tooling regression refused by its own ACR. `err` is verbatim from the source (a GitHub thread found with the
search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks, italics, a
link wrapped around a URL) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a
quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Maskings and
elisions ("***", "xxx", "...") are the reporters' own. Hosts follow the README's strict rule: a host is given only where
a line of the log names it for the failing call; an inferred, masked or placeholder one goes in host_alt. Labels were
set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"Tr3kkR/Yuzu#1180", "proteanhq/protean#1085", "aquasecurity/tfsec-pr-commenter-action#59"}  # fmt: skip

B = Batch(PULLS)
reg = B.family("registry")
conn = B.family("connectivity")
cred = B.family("credentials")
bld = B.build("registry")

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
BPA = ["Run docker/build-push-action@v6"]
LOWER = "build.invalid_reference"
WRONG_TARGET = "build.push_target_wrong"
GHCR_WRITE = "credentials.ghcr_write_denied"

E = [
    # --- registries answering 5xx --------------------------------------------------------------------------------------
    reg("pypa/cibuildwheel#384", "registry", "registry.server_error", True, "service", "quay.io",
        "+ docker create --env CIBUILDWHEEL --name cibuildwheel-69e8ff20-e5da-4e11-94fd-af80e865dc99 -i -v /:/host quay.io/pypa/manylinux2010_x86_64:2020-05-20-c7bbd11 /bin/bash\nUnable to find image 'quay.io/pypa/manylinux2010_x86_64:2020-05-20-c7bbd11' locally\n2020-05-20-c7bbd11: Pulling from pypa/manylinux2010_x86_64\nff50d722b382: Pulling fs layer\n787ede1d770a: Pulling fs layer\n54ad74d33f6a: Pulling fs layer\n2ad9f556ae72: Pulling fs layer\nb9a4fdae1434: Pulling fs layer\n2ad9f556ae72: Waiting\nb9a4fdae1434: Waiting\nerror pulling image configuration: received unexpected HTTP status: 502 Bad Gateway",
        cmd="cibuildwheel --output-dir wheelhouse", also_ok=["registry.error_response"],
        note="cibuildwheel's manylinux image pull: quay.io answers 502 for the image configuration; 'problem with quay.io service ... Its repeating time to time', nothing in the project; a later run pulls"),
    reg("openshift/release#7649", "registry", "registry.server_error", False, "service", "registry.svc.ci.openshift.org",
        "error: unable to read image registry.svc.ci.openshift.org/ci-op-0nzjc1s5/stable@sha256:595142acf537b1b17b8e340c2de6b73364c79034401d58f5b09dfbd6b742e5c8: received unexpected HTTP status: 500 Internal Server Error",
        raw_is_log=True, also_ok=["registry.blob_unknown", "registry.error_response"],
        note="OpenShift CI's own registry answered 500 on pulls and pushes across many jobs; the cause was a corrupted (empty) blob file in the registry's GCS storage, so every job touching it failed until the infra team dealt with the file"),
    reg("cloudflare/serverless-registry#94", "registry", "registry.server_error", True, "service", None,
        "com.google.cloud.tools.jib.plugins.common.BuildStepsExecutionException: 500 Internal Server Error\n  PUT https://cr.project.acme.com/v2/my-image-staging/manifests/sha256:2c3c85c056561b287636deb0fc17818ad5624bae1b3e018550f9224dfe4540fe\n  {\"errors\":[{\"code\":\"INTERNAL_ERROR\",\"message\":\"internal error\",\"detail\":null}]}",
        cmd="./gradlew jib", host_alt=["cr.project.acme.com"], also_ok=["registry.error_response"],
        note="a Spring Boot image pushed by jib to a serverless-registry deployment on Cloudflare Workers: 'Most the time it succeeds' and the manifest PUT answers 500 at random, more often right after the worker is redeployed; the registry side, not the build (the host is the reporter's placeholder)"),
    # --- token services and logins that fail now and then ---------------------------------------------------------------
    reg("triton-inference-server/server#3805", "registry", "registry.token_refused", True, "service", "nvcr.io",
        "#5 [internal] load metadata for nvcr.io/nvidia/tritonserver:21.09-py3\n#5 sha256:427d8fa572bc82e08f6dcef7f8d657525a6eca13d4e4fe03fea3258a157c0558\n#5 ERROR: failed to authorize: rpc error: code = Unknown desc = failed to fetch anonymous token: unexpected status: 401 Unauthorized\n#3 [internal] load metadata for nvcr.io/nvidia/tritonserver:21.09-py3-min\n#3 sha256:ab4baa3f48727d25fa6024bc84cf599d16c85f5a907845f4bb3b82991ea5d04b\n#3 ERROR: failed to authorize: rpc error: code = Unknown desc = failed to fetch anonymous token: unexpected status: 401 Unauthorized",
        cmd="docker build .", also_ok=["credentials.token_service_error", "credentials.unauthorized"],
        note="'Every few CI runs' (a CI that builds every ten minutes) the anonymous token request for the public Triton base images is refused with 401; the maintainers: 'This is a problem with NGC', the registry's token service, and other runs pass"),
    reg("docker/setup-buildx-action#155", "registry", "registry.token_refused", True, "service", None,
        "10 ERROR: failed to authorize: failed to fetch oauth token: unexpected status: 404 Not Found",
        head=BPA, host_alt=["docker.pkg.dev"], also_ok=["credentials.token_service_error", "registry.error_response"],
        note="pushes to Google Artifact Registry 'randomly' fail when the token request answers 404, and 'after several runs it's working again without any code or settings modification'; the registry's token endpoint, not the workflow (no line names the regional host)"),
    reg("intel/llvm#9140", "registry", "registry.login_failed", True, "service", "ghcr.io",
        "2023-04-20T15:06:41.0567971Z ##[group]Starting job container\n2023-04-20T15:06:41.0583539Z ##[command]/usr/bin/docker --config /localdisk2/github/_work/_temp/.docker_2c307470-1c0e-45f9-849d-e87524c2b3ff login ghcr.io -u dm-vodopyanov --password-stdin\n2023-04-20T15:06:42.1716504Z ##[error]Docker login for 'ghcr.io' failed with exit code 1",
        raw_is_log=True, also_ok=["credentials.auth_failed", "credentials.registry_refused"],
        note="labelled infrastructure: a pre-commit job on a self-hosted runner cannot start its job container because the runner's login to ghcr.io fails; it came and went ('We didn't see such error for a while, so the issue can be closed'), so a re-run passes"),
    cred("rht-labs/labs-ci-cd#2", "credentials", "credentials.unauthorized", True, "service", "172.30.1.1:5000",
         "Successfully built 1b59938f722b\nPushing image 172.30.1.1:5000/labs-ci-cd/mvn-build-pod:latest ...\nerror: build error: Failed to push image: unauthorized: authentication required",
         raw_is_log=True, host_alt=["172.30.1.1"], also_ok=["credentials.registry_refused", "registry.request_rejected"],
         note="an OpenShift docker build pushing to the cluster's internal registry fails 'sometimes'; 'this can usually be resolved by triggering a new build. The subsequent build usually succeeds', so an intermittent refusal of the builder's credentials"),
    # --- connections to registries --------------------------------------------------------------------------------------
    conn("docker/buildx#298", "connectivity", "connectivity.reset", True, "service", None,
         "failed to solve: rpc error: code = Unknown desc = failed to copy: read tcp 172.17.0.2:47038->173.194.214.128:443: read: connection reset by peer",
         cmd="docker buildx build --tag huddle/app:latest --progress=plain --output type=docker,dest=image.tar .",
         host_alt=["173.194.214.128:443", "173.194.214.128", "gcr.io"], also_ok=["registry.no_response"],
         note="CI builds with buildx 'from time to time' fail reading a base image blob; the address is Google's registry front, which resets the connection; 'the issue usually disappears after restarting the build, but sometimes requires several restarts in a row'"),
    conn("GoogleContainerTools/kaniko#797", "connectivity", "connectivity.reset", True, "service", None,
         "INFO[0290] Downloading base image openjdk:12-alpine\nINFO[0291] Unpacking rootfs as cmd RUN adduser -D usr requires it.\nerror building image: error building stage: read tcp 172.17.0.2:46282->104.18.123.25:443: read: connection reset by peer",
         cmd="/kaniko/executor --context ${CI_PROJECT_DIR} --dockerfile ${CI_PROJECT_DIR}/Dockerfile --destination ${CI_REGISTRY_IMAGE}:kaniko",
         host_alt=["104.18.123.25:443", "104.18.123.25", *HUB], also_ok=["connectivity.stream_reset"],
         note="kaniko in GitLab CI 'sometime' loses the connection while unpacking the Docker Hub base image from its CDN address; the Dockerfile and CI file are the documented ones, a retried job passes"),
    conn("distribution/distribution-library-image#141", "connectivity", "connectivity.client_timeout", True, "service", "registry-1.docker.io",
         "Exception: Command ['docker-compose', '--env-file', '/ClickHouse/tests/integration/test_cleanup_dir_after_bad_zk_conn/_instances_0/.env', '--project-name', 'roottestcleanupdirafterbadzkconn', '--file', '/ClickHouse/tests/integration/test_cleanup_dir_after_bad_zk_conn/_instances_0/node1/docker-compose.yml', '--file', '/compose/docker_compose_keeper.yml', 'pull'] return non-zero code 1: Pulling zoo2  ...\nPulling zoo3  ...\nPulling zoo1  ...\nPulling node1 ...\nPulling zoo3  ... error\nPulling zoo1  ... error\nPulling zoo2  ... error\nPulling node1 ... error\n\nERROR: for zoo3  Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n\nERROR: for zoo1  Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n\nERROR: for zoo2  Get \"https://registry-1.docker.io/v2/\": context deadline exceeded",
         raw_is_log=True, also_ok=["connectivity.timeout", "registry.no_response"],
         note="ClickHouse's integration CI 'quite often' fails its compose pulls when Docker Hub does not answer in time (the thread asks whether a mirror would serve cached images while the upstream is unreachable); a transient upstream timeout"),
    conn("aws-actions/amazon-ecr-login#607", "connectivity", "connectivity.tls_handshake_timeout", True, "service", None,
         "Could not login to registry xxxxxxxx WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get \"https://xxxxxxxxxxxx.amazonaws.com/v2/\": net/http: TLS handshake timeout",
         head=["Run aws-actions/amazon-ecr-login@v2"], host_alt=["xxxxxxxxxxxx.amazonaws.com", "amazonaws.com"], also_ok=["connectivity.timeout"],
         note="March 2024, ubuntu-latest: the ECR login's TLS handshake times out although it worked earlier that day; the reporter tied it to the undersea cable faults that disrupted internet traffic across Africa that week and closed it once everything worked again (the host is masked)"),
    B.entry("dns", "aws-actions/amazon-ecr-login#475", "dns", "dns.no_such_host", True, "local", None,
            "Logging into registry ***.dkr.ecr.us-west-2.amazonaws.com\nError: Could not login to registry ***.dkr.ecr.us-west-2.amazonaws.com: WARNING! Using -*** the CLI is insecure. Use --password-stdin.\nError response from daemon: Get \"https://***.dir.ecr.us-west-2.amazonaws.com/v2/\": dial tcp: lookup ***.dkr.ecr.us-west-2.amazonaws.com: no such host",
            head=["Run aws-actions/amazon-ecr-login@v1"], host_alt=["dkr.ecr.us-west-2.amazonaws.com"], also_ok=["dns.temporary_failure", "dns.resolve_failed"],
            note="'The issue is not consistent but once a while': on the reporter's NixOS runner the daemon's lookup of the ECR registry fails while a background dig loop resolves the name fine; the reporter asks for a retry, so an intermittent resolver failure on the runner (the account is masked)"),
    # --- rate limits ---------------------------------------------------------------------------------------------------
    reg("bottlerocket-os/bottlerocket-test-system#107", "registry", "registry.rate_limited", True, "service", "public.ecr.aws",
        "2021-09-22T23:15:56.3556147Z Step 8/17 : FROM public.ecr.aws/amazonlinux/amazonlinux:2\n2021-09-22T23:15:56.7550484Z toomanyrequests: Rate exceeded\n2021-09-22T23:15:56.7557684Z make: *** [Makefile:42: sonobuoy-test-agent-image] Error 1\n2021-09-22T23:15:56.7567036Z ##[error]Process completed with exit code 2.",
        raw_is_log=True, also_ok=["registry.quota_exceeded"],
        note="'Our GitHub actions are being rate limited by ECR Public': anonymous pulls of the base image from the shared hosted-runner addresses are throttled; a per-second limit, so a later run gets through (the earlier workaround 'didn't help much')"),
    reg("aquasecurity/tfsec-pr-commenter-action#59", "registry", "registry.dockerhub_pull_limit", False, "service", None,
        "toomanyrequests: You have reached your pull rate limit.\nYou may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
        host_alt=HUB, also_ok=["registry.rate_limited"],
        note="on self-hosted runners the action's image pull from Docker Hub hits the anonymous pull limit of the runners' shared address; the PR moves the image to ECR Public, since re-running from the same address meets the same limit (the help link's host is not the failing call)"),
    # --- a builder release meeting a registry ---------------------------------------------------------------------------
    B.build_in("registry", "GoogleContainerTools/kaniko#2463", "builder.kaniko_regression",
               "09:57:26.594  error pushing image: failed to push to destination svr-nexus01.#masked#:8128/#masked#: PATCH https://svr-nexus01.#masked#:8128/v2/#masked#/blobs/uploads/e92e4712-9a8b-4624-9bf2-22bb84d72065: UNKNOWN: unknown",
               component="builder", raw_is_log=True, host_alt=["svr-nexus01.#masked#:8128"], also_ok=["registry.error_response", "registry.upload_lost"],
               note="pushing a large image to Nexus fails with kaniko v1.9.2-debug while 'exactly the same build works fine with v1.9.1-debug'; others saw GitLab and DigitalOcean pushes break the same way, and reverting the executor fixed it, a re-run on v1.9.2 does not"),
    # --- the build's own: tags and names ----------------------------------------------------------------------------------
    bld("mikeal/publish-to-github-action#18", "build.tag_not_found",
        "#2 [internal] load metadata for docker.io/library/alpine:3.9\n  #2 ERROR: unexpected status from HEAD request to https://registry-1.docker.io/v2/library/alpine/manifests/3.9: 401 Unauthorized\n  ------\n   > [internal] load metadata for docker.io/library/alpine:3.9:\n  ------\n  Dockerfile:1\n  --------------------\n     1 | >>> FROM alpine:3.9\n     2 |\n     3 |     LABEL \"com.github.actions.name\"=\"Push new files back to supplied branch name.\"\n  --------------------\n  ERROR: failed to build: failed to solve: alpine:3.9: failed to resolve source metadata for docker.io/library/alpine:3.9: unexpected status from HEAD request to https://registry-1.docker.io/v2/library/alpine/manifests/3.9: 401 Unauthorized",
        host="registry-1.docker.io", raw_is_log=True, also_ok=["credentials.unauthorized", "registry.tag_not_built"],
        note="September 2025: the action's Dockerfile pins alpine:3.9, one of the old Alpine tags removed from Docker Hub, and the HEAD for the missing tag answers 401 rather than 404; 'action fails everytime' until the action moves to a current base"),
    bld("ggml-org/llama.cpp#6671", LOWER,
        "ERROR: invalid tag \"ghcr.io/jaeminSon/llama.cpp:light-cuda-37e7854c104301c5b5323ccc40e07699f3a62c3e\": repository name must be lowercase",
        host="ghcr.io", head=BPA, also_ok=["build.tag_not_found"],
        note="labelled bug/build: the docker workflow builds tags from github.repository_owner, and in a fork whose owner has capitals the tag is invalid; 'adding another step that downcases the repo name' fixes it, every run fails until then"),
    bld("docker/build-push-action#967", LOWER,
        "Error: buildx failed with: ERROR: invalid tag \"containersfallstudie.azurecr.io/***/frontendweb:14c4b972e95f9c491fa8557c104fd81f71ee2c05\": repository name must be lowercase",
        host="containersfallstudie.azurecr.io", raw_is_log=True,
        note="the tag interpolates an App Service container-username secret, masked as ***; crazy-max: the secret 'must contain capital letters otherwise it would not return this error'; the workflow's own value, not ACR"),
    bld("pennsignals/publish_docker-compose#4", "build.registry_host_typo",
        "IMAGES: sha256:e7ca0cbe51fc5996f23db32df31fe037cd5829de63578adbdd35f7e670d46a08\nsha256:ed9600e10450cd0387272529430d63b092fa017203fb13f9fcc905f753a33ea4\nIMAGE: sha256:e7ca0cbe51fc5996f23db32df31fe037cd5829de63578adbdd35f7e670d46a08\nThe push refers to repository [ghrc.io/joshuanianji/<repo>/<name>]\nGet \"https://ghrc.io/v2/\": dial tcp: lookup ghrc.io: no such host\nIMAGE: sha256:ed9600e10450cd0387272529430d63b092fa017203fb13f9fcc905f753a33ea4\nThe push refers to repository [ghrc.io/joshuanianji/<repo>/<name>]\nGet \"https://ghrc.io/v2/\": dial tcp: lookup ghrc.io: no such host\nError: Process completed with exit code 1.",
        host="ghrc.io", raw_is_log=True, also_ok=["dns.no_such_host", "build.invalid_reference"],
        note="the action's publish script spells the registry ghrc.io, a name that does not resolve; 'Fixed in v0.2.5'; no DNS problem anywhere, every run failed the same"),
    bld("DaoCloud/public-image-mirror#1495", "build.repository_missing",
        "Checking image: ghcr.io/mellanox/network-operator-init-container\nChecking image: nvcr.io/nvstaging/mellanox/network-operator\ntime=\"2024-01-11T02:57:13Z\" level=fatal msg=\"Error listing repository tags: unable to retrieve auth token: invalid username/password: unauthorized: authentication required\"\nNot found nvcr.io/nvstaging/mellanox/network-operator\nFailed images:\n  not found nvcr.io/nvstaging/mellanox/network-operator",
        host="nvcr.io", raw_is_log=True, also_ok=["credentials.unauthorized", "build.tag_not_found"],
        note="the mirror's verify step for a sync request: nvcr.io answers the tag listing with an auth error, which the requester took for NVIDIA's account rules; the maintainer: 'nvcr.io/nvstaging/mellanox/network-operator actually does not exist', so the request named a repository that is not there"),
    # --- the build's own: pushing where the job may not ---------------------------------------------------------------------
    bld("docker/build-push-action#363", WRONG_TARGET,
        "buildx call failed with: error: denied: requested access to the resource is denied",
        t="bpa_err", image="user/app:latest", host_alt=HUB, also_ok=["credentials.push_denied", "build.invalid_reference"],
        note="the job logs in to ghcr.io but tags the image user/app:latest, which names a Docker Hub repository; crazy-max: the tag 'should reflect the actual registry where you want to push', ghcr.io/<owner>/..."),
    bld("testdrivenio/fastapi-tdd-docker#25", WRONG_TARGET,
        "$ docker push ${HEROKU_REGISTRY_IMAGE}\nUsing default tag: latest\nThe push refers to repository [registry.heroku.com/xxxxxx/summarizer]\ne9d588cbe421: Preparing\n40746bf80917: Preparing\n9d0eeba87b86: Preparing\n5bf2405f8c1f: Preparing\n361b8fbc8335: Preparing\nf6f94de819b0: Preparing\n57e5e30a29c6: Preparing\n3439945bbeec: Preparing\n62d5f3023a6f: Preparing\naace1aa11cb6: Preparing\n719034028365: Preparing\n45a642e84e00: Preparing\n2d7195713b6a: Preparing\n9d4036e3cf49: Preparing\nad6b69b54919: Preparing\nf6f94de819b0: Waiting\n57e5e30a29c6: Waiting\n3439945bbeec: Waiting\n62d5f3023a6f: Waiting\naace1aa11cb6: Waiting\n719034028365: Waiting\n45a642e84e00: Waiting\n2d7195713b6a: Waiting\n9d4036e3cf49: Waiting\nad6b69b54919: Waiting\nunauthorized: authentication required",
        host="registry.heroku.com", raw_is_log=True, also_ok=["credentials.unauthorized", "credentials.push_denied"],
        note="the course's GitLab CI deploy: build and login succeed, the push is refused; 'typo error in the $HEROKU_REGISTRY_IMAGE', the image named an app the token does not own (the app name is the reporter's mask)"),
    cred("Tr3kkR/Yuzu#1180", "credentials", GHCR_WRITE, False, "build", "ghcr.io",
         "ERROR: failed to push ghcr.io/tr3kkr/yuzu-agent-bundle-chisel:0.12.0:\nHEAD request to .../blobs/sha256:... 403 Forbidden",
         head=BPA, also_ok=["credentials.token_permissions", "credentials.push_denied"],
         note="the v0.12.0 release push: the package was first created by a local PAT push, so the workflow's GITHUB_TOKEN has no role on it; the PR switches the GHCR logins to a write:packages PAT, a re-run with GITHUB_TOKEN is refused the same (the '...' are the author's)"),
    cred("proteanhq/protean#1085", "credentials", GHCR_WRITE, False, "build", "ghcr.io",
         "Error: PUT https://ghcr.io/v2/proteanhq/mirror/postgres/blobs/upload/...: DENIED: permission_denied: write_package",
         cmd="crane copy \"$SRC\" \"$DST\"", also_ok=["credentials.token_permissions", "credentials.push_denied"],
         note="the first run of a crane mirror workflow: setup-crane's install script logs crane in to ghcr.io as a dummy user, overwriting the real login from docker/login-action, so crane copies with a placeholder that may not write; fixed by logging crane in inside the mirror step"),
    cred("dataforgoodfr/12_bloom#109", "credentials", "credentials.auth_failed", False, "build", "ghcr.io",
         "Run docker/login-action@v2\nLogging into ghcr.io...\nError: Error response from daemon: Get \"https://ghcr.io/v2/\": denied: denied",
         raw_is_log=True, also_ok=["credentials.registry_refused", "credentials.unauthorized"],
         note="the PR's jobs fail at the GHCR login; 'clearly due to the use of RonanMorgan user account' whose token the workflow passes, not a GHCR fault; every run with that token fails"),
    B.entry("connectivity", "docker/login-action#53", "connectivity", "connectivity.plain_http_registry", False, "build", None,
            "Error response from daemon: Get https://***/v2/: http: server gave HTTP response to HTTPS client",
            head=["Run docker/login-action@v1"], also_ok=["connectivity.tls_plaintext_peer"],
            note="the workflow's private registry (a secret, masked) is served over plain HTTP; crazy-max: basic-auth login to an insecure registry is not possible, the runner's daemon must list it in insecure-registries first; configuration, every run"),
    reg("docker/build-push-action#585", "registry", "registry.quota_exceeded", False, "build", "registry.digitalocean.com",
        "20 [auth] yourmom/nakama:pull,push token for registry.digitalocean.com\n#20 DONE 0.0s\n\n#19 exporting to image\n#19 pushing layers 0.8s done\n#19 ERROR: failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden\n------\n > exporting to image:\n------\nerror: failed to solve: failed to fetch oauth token: unexpected status: 403 Forbidden\nError: buildx failed with: error: failed to solve: failed to fetch oauth token: unexpected status: 403 Forbidden",
        raw_is_log=True, also_ok=["credentials.token_failed", "credentials.push_denied"],
        note="the token request is refused because the DigitalOcean registry is on the free tier, which allows one repository and already holds one; a manual push showed 'denied: registry contains 1 repositories, limit is 1' (the blockquote markers dropped); the account's plan, every run"),
    # --- more of the build's own ----------------------------------------------------------------------------------------------
    bld("actionshub/markdownlint#35", "build.tag_not_found",
        "Pull down action image 'ghcr.io/actionshub/markdownlint:v3.1.0'\n  /usr/bin/docker pull ghcr.io/actionshub/markdownlint:v3.1.0\n  Error response from daemon: manifest unknown",
        host="ghcr.io", raw_is_log=True, also_ok=["registry.tag_not_built", "registry.artifact_not_found"],
        note="the action's v3.1.0 release bumped the version but its workflow never tagged the container image, so every workflow using the action fails pulling it; fixed in the action (#39), not a GHCR fault"),
    B.build_in("registry", "dotnet/docker-tools#1721", "build.auth_regression",
               "Error response from registry: HEAD \"https://msdotnetcontainers.azurecr.io/v2/public/dotnet-buildtools/prereqs/manifests/sha256:ca05a529ff0af3a529a48fc65cb5bbd89f659e7367aec8e05024b3848273c217\": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information. CorrelationId: 398dc239-707b-4589-8010-0b4bbd31704c",
               host="msdotnetcontainers.azurecr.io", raw_is_log=True, also_ok=["credentials.unauthorized", "credentials.missing"],
               note="the publish pipeline's 'Generate EOL Annotation Data' step is refused by the team's own ACR; 'This is a regression caused by' an earlier change to the tooling (#1704), fixed by #1722; the Markdown link wrapped around the URL dropped"),
    bld("podman-container-tools/skopeo#2484", WRONG_TARGET,
        "Getting image source signatures\nFATA[0002] trying to reuse blob sha256:3dc63f619455dc97812a554641f188908c4c9a8303f3f5f0e46485b080090043 at destination: checking whether a\nblob sha256:3dc63f619455dc97812a554641f188908c4c9a8303f3f5f0e46485b080090043 exists in\nregistry.gitlab.com/data-custodian/custodian/nix/temporary/contract-manager-service: requested access to the resource is denie",
        cmd="skopeo --insecure-policy copy docker-archive:///persist/repos/custodian/components/contract-manager/.output/package/contract-manager-service docker://registry.gitlab.com/data-custodian/custodian/nix/temporary/contract-manager-service:0.0.1-e13a1cadd785",
        host="registry.gitlab.com", also_ok=["credentials.push_denied", "build.repository_missing"],
        note="the destination nests a new repository under custodian/nix, which already is a repository; GitLab will not create one beneath it and answers the blob check with a denial ('its due to that subfolders are not allowed to be repos again'); the path has to change (the last word is cut in the reporter's paste)"),
    # --- the runner's network and the job's own registry settings ---------------------------------------------------------
    conn("microsoft/azure-pipelines-tasks#11741", "connectivity", "connectivity.reset", False, "local", "mcpsharedreg.azurecr.io",
         "The push refers to repository [mcpsharedreg.azurecr.io/coesd/aab-base-deploy-helm]\nGet ***v2/: read tcp 10.232.61.203:43262->52.236.186.80:443: read: connection reset by peer\n##[debug]Exit code 1 received from tool '/bin/docker'\n##[debug]STDIO streams have closed for tool '/bin/docker'\n##[error]Get ***v2/: read tcp 10.232.61.203:43262->52.236.186.80:443: read: connection reset by peer",
         raw_is_log=True, host_alt=["52.236.186.80:443", "52.236.186.80"], also_ok=["connectivity.proxy_refused", "connectivity.registry_unreachable"],
         note="the Docker task reaches the ACR from Microsoft-hosted agents but 'on our private agents it fails' with a reset, although the registry is open to all networks; the private agents' network path, which a re-run on them does not change"),
    reg("docker/build-push-action#1214", "registry", "registry.firewall_denied", False, "build", None,
        "error response from daemon: Get \"https://.azurecr.io/v2/\": denied: {\"errors\":[{\"code\":\"DENIED\",\"message\":\"client with IP \\u0027172.214.169.102\\u0027 is not allowed access. Refer\nhttps://aka.ms/acr/firewall\nto grant access.\"}]}",
        head=["Run docker/login-action@v3"], host_alt=["azurecr.io"], also_ok=["credentials.denied", "credentials.registry_refused"],
        note="the ACR is reachable only through a private endpoint, and the hosted runner's public address is refused by the registry's network rules; the registry's own configuration (or a runner inside its network) has to change, a re-run comes from another refused address (the registry name is masked; the italics dropped)"),
    # --- public registries' own outages ----------------------------------------------------------------------------------
    reg("kubernetes/kubernetes#21220", "registry", "registry.server_error", True, "service", "gcr.io",
        "+++ [0213 13:58:08] Pulling and writing Docker image for addon: gcr.io/google_containers/pause:2.0\n+++ [0213 13:58:08] Pulling and writing Docker image for addon: gcr.io/google_containers/kube-registry-proxy:0.3\nPulling repository gcr.io/google_containers/kube-registry-proxy\n2.0: Pulling from google_containers/pause\nDigest: sha256:9ce5316f9752b8347484ab0f6778573af15524124d52b93230b9a0dcc987e73e\nStatus: Image is up to date for gcr.io/google_containers/pause:2.0\nError: Status 500 trying to pull repository google_containers/kube-registry-proxy: \"Internal Error.\"",
        raw_is_log=True, also_ok=["registry.error_response"],
        note="labelled kind/flake: a Kubernetes PR e2e build on Jenkins pulls its addon images from gcr.io and one answers 500 'Internal Error.'; 'I assume this is transient and not worth investigating', and the next run pulled"),
    reg("googleapis/google-cloud-cpp#9268", "registry", "registry.token_refused", True, "service", "auth.docker.io",
        "gcr.io/kaniko-project/executor:v1.8.1\ntime=\"2022-06-13T14:16:12Z\" level=info msg=\"Using dockerignore file: /workspace/ci/.dockerignore\"\ntime=\"2022-06-13T14:16:12Z\" level=info msg=\"Retrieving image manifest fedora:35\"\ntime=\"2022-06-13T14:16:12Z\" level=info msg=\"Retrieving image fedora:35 from registry index.docker.io\"\ntime=\"2022-06-13T14:16:13Z\" level=error msg=\"Error while retrieving image from cache: fedora:35 GET https://auth.docker.io/token?scope=repository%3Alibrary%2Ffedora%3Apull&service=registry.docker.io: unexpected status code 500 Internal Server Error\"\ntime=\"2022-06-13T14:16:13Z\" level=info msg=\"Retrieving image manifest fedora:35\"\ntime=\"2022-06-13T14:16:13Z\" level=info msg=\"Retrieving image fedora:35 from registry index.docker.io\"\nerror building image: GET https://auth.docker.io/token?scope=repository%3Alibrary%2Ffedora%3Apull&service=registry.docker.io: unexpected status code 500 Internal Server Error",
        raw_is_log=True, also_ok=["registry.server_error", "credentials.token_service_error"],
        note="labelled flake: kaniko builds on Cloud Build fail because Docker Hub's token service answers 500 for the fedora base image; 'I had a set of builds false start because of this. ~5 minutes later, I was able to kick off the builds for real'"),
    reg("docker/hub-feedback#1757", "registry", "registry.bad_response", True, "service", None,
        "error parsing HTTP 404 response body: invalid character 'p' after top-level value: \"404 page not found\\n\"",
        cmd="docker push $IMAGE", host_alt=HUB, also_ok=["registry.server_error", "registry.blob_unknown"],
        note="February 2019: all pushes from CircleCI to Docker Hub fail with 'unknown blob' or a plain-text 404 docker cannot parse, like an incident the November before; Docker acknowledged it and 'This issue has been resolved' within the hour"),
    reg("microsoft/containerregistry#169", "registry", "registry.server_error", True, "service", "mcr.microsoft.com",
        "ERROR: unexpected status from HEAD request to https://mcr.microsoft.com/v2/dotnet/sdk/manifests/8.0: 503 Service Unavailable",
        head=BPA, also_ok=["registry.error_response", "registry.rate_limited"],
        note="September 2024: MCR answers 503 to manifest requests for many users and regions at once (Dockerfiles on dotnet/sdk:8.0 and aspnet:6.0 fail to build); pulls work again later the same day, so an MCR-side fault"),
    reg("kubernetes/registry.k8s.io#274", "registry", "registry.server_error", True, "service", "registry.k8s.io",
        "failed to pull and unpack image \\\"registry.k8s.io/e2e-test-images/perl:5.26\\\": failed to resolve reference \\\"registry.k8s.io/e2e-test-images/perl:5.26\\\": unexpected status from HEAD request to https://registry.k8s.io/v2/e2e-test-images/perl/manifests/5.26: 504 Gateway Timeout",
        raw_is_log=True, also_ok=["registry.no_response", "connectivity.timeout"],
        note="February 2024: registry.k8s.io's us-west1 backend was caught in a GCP regional incident ('upstream request timeout'); the pull-kubernetes-node-e2e-containerd presubmit failed its image pulls with 504 until the region recovered (the escaped quotes are the kubelet event's)"),
    B.entry("dns", "microsoft/containerregistry#62", "dns", "dns.bad_record", True, "service", "mcr.microsoft.com",
            "Get https://mcr.microsoft.com/v2/: dial tcp 255.255.255.255:443: connect: network is unreachable",
            cmd="docker build .", also_ok=["connectivity.network_unreachable", "registry.server_error"],
            note="May 2021, 'mcr.microsoft.com is down': locally the pull answers Service Unavailable and on GitHub Actions the name resolves to 255.255.255.255 ('It seems that DNS records for mcr.microsoft.com are incorrect'); Microsoft's side, and it recovered"),
    conn("ovn-kubernetes/ovn-kubernetes#6929", "connectivity", "connectivity.reset", True, "service", "cdn.registry.k8s.io",
         "ctr: failed to copy: httpReadSeeker: failed open: failed to do request: Get \"https://cdn.registry.k8s.io/containers/images/sha256:6da6ea09...\": read tcp 172.17.0.2:37434->151.101.65.91:443: read: connection reset by peer\nRetrying registry.k8s.io/etcd:3.6.8-0 pull after 1s ...",
         cmd="./test/scripts/install-kind.sh", host_alt=["registry.k8s.io", "151.101.65.91:443", "151.101.65.91"], also_ok=["connectivity.stream_reset"],
         note="labelled ci-flake: 'Infra flake, not a product bug': kind build node-image fetches the control-plane images with ctr and registry.k8s.io's CDN resets the connection twice, past kind's single retry; other lanes of the same run pass (the '...' is the reporter's)"),
    reg("inspektor-gadget/inspektor-gadget#1267", "registry", "registry.cannot_reuse_body", True, "service", "ghcr.io",
        "Error: buildx failed with: ERROR: failed to solve: failed to push ghcr.io/inspektor-gadget/inspektor-gadget: failed to copy: io: read/write on closed pipe",
        raw_is_log=True, also_ok=["registry.upload_lost", "connectivity.eof"],
        note="labelled area/ci, January 2023: 'some times the CI fails pushing the container images to ghcr' with BuildKit 0.11's closed-pipe error when GHCR drops an upload; intermittent (a re-run pushes), worked around in the workflow until BuildKit 0.11.2 fixed it"),
]
