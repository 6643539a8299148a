"""Dev-set entries, batch 31 (container registries as CI meets them, beside the pushes batch 25 took: MCR's anonymous
token endpoint throttling GitHub's runners (429, then 401), ACR Tasks meeting MCR's and Docker Hub's limits, az acr
throttled to a 429, ACR answering 500 on the first push into a new repository; ECR Public's throttle; a Quay
build-service outage that left a tag unbuilt; GAR's 503s on uploads; Harbor's proxy-cache projects (an upgrade that
stopped fetching, an upstream answering HTML, Docker Hub's retired login endpoint, a path without `library/`), a Harbor
whose disk is full, its quota, a Harbor served without its certificate chain; a Nexus proxy whose remote is
auto-blocked; self-hosted registries behind HAProxy, Traefik or an Azure Application Gateway refusing uploads; a caching
proxy without upstream credentials; GitLab's registry refusing a password, a machine that cannot reach it; ECR's
transient 401; GHCR's transient `unknown blob`, a broken pipe, and the token and write_package refusals of buildx and
ko; crane's `latest` image losing its login; skopeo's misleading `unauthorized`; BuildKit going to Docker Hub's CDN past
the daemon's mirror; kubelet, containerd, nerdctl and CRI-O pulls (a tag never published, a reset mid-layer,
registry.k8s.io refusing one machine's address and one runtime's User-Agent); and the build's own: tags a chart or a
workflow names that were never pushed, a proxy's upstream that lacks the tag, published indexes whose image manifests
are missing). `err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a
thread quoted a log inside Markdown (backticks around a one-line quote, a code block split in two) only that markup was
dropped, never a word of the log; where a quote was cut in the thread, the entry stops at the last whole line; a
reporter's own masking and elisions ("***", "......") are kept as written. Hosts follow the README's strict rule: a host
is given only where a line of the log names it for the failing call; an inferred, masked or placeholder one goes in
host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"docker/build-push-action#548", "infobloxopen/konk#626"}

B = Batch(PULLS)
reg = B.family("registry")
cred = B.family("credentials")
net = B.family("connectivity")
own = B.build("registry")


HUB = ["docker.io", "registry-1.docker.io"]
MCR_429 = ("the thread (June 2026): MCR's anonymous-token endpoint throttling GitHub-hosted runners, a Microsoft-side "
           "incident an Azure member posted updates on; nothing in the workflows changed and later runs pass")
HARBOR_PROXY = "a Harbor proxy-cache project (its upstream is another registry): "

E = [
    # --- Microsoft: MCR, ACR, ACR Tasks, az acr -------------------------------------------------------------------
    reg("microsoft/containerregistry#140", "registry", "registry.rate_limited", True, "service", "mcrprod.azurecr.io",
        "ERROR: failed to build: failed to solve: failed to fetch anonymous token: unexpected status from GET request to https://mcrprod.azurecr.io/oauth2/token?scope=repository%3Adotnet%2Fsdk%3Apull&service=mcrprod.azurecr.io: 401 Unauthorized",
        cmd="docker build -t app .", host_alt=["mcr.microsoft.com"], also_ok=["registry.server_error"],
        note=MCR_429 + "; during it the token endpoint answered 401 as well as 429 to anonymous pulls, so the 401 alone reads as credentials though none are involved"),
    reg("Azure/static-web-apps#1758", "registry", "registry.rate_limited", True, "service", "mcrprod.azurecr.io",
        "  #2 [internal] load metadata for mcr.microsoft.com/appsvc/staticappsclient:stable\n  #2 ERROR: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://mcrprod.azurecr.io/oauth2/token?scope=repository%3Aappsvc%2Fstaticappsclient%3Apull&service=mcrprod.azurecr.io: 429 Too Many Requests\n  ------\n   > [internal] load metadata for mcr.microsoft.com/appsvc/staticappsclient:stable:\n  ------\n  Dockerfile:1\n  --------------------\n     1 | >>> FROM mcr.microsoft.com/appsvc/staticappsclient:stable\n     2 |     COPY entrypoint.sh /entrypoint.sh\n     3 |     ENTRYPOINT [\"sh\", \"/entrypoint.sh\"]\n  --------------------",
        head=["Run Azure/static-web-apps-deploy@v1"], host_alt=["mcr.microsoft.com"],
        note=MCR_429 + "; here the deploy action builds its own image FROM MCR. The quote stops before the ERROR line the thread cut"),
    reg("Azure/acr#754", "registry", "registry.rate_limited", True, "service", "mcr.microsoft.com",
        "Step 1/11 : FROM mcr.microsoft.com/dotnet/sdk:6.0 AS installer-env\nerror parsing HTTP 429 response body: invalid character 'R' looking for beginning of value: \"Ref A: 9E31E74CD9834672839D9F06B9E41573 Ref B: DM2EDGE0520 Ref C: 2024-05-08T12:36:23Z\"\n2024/05/08 12:36:24 Container failed during run: acb_step_0. No retries remaining\nfailed to run step ID: acb_step_0: exit status 1",
        note="an ACR Task (az acr build from Azure DevOps) pulling its base from MCR while parallel jobs ran: MCR throttles with a 429 whose body is not JSON; the reporter moved to ACR cache rules, which then met the source registry's limits too"),
    reg("MicrosoftLearning/mslearn-azure-ai#125", "registry", "registry.dockerhub_pull_limit", True, "service", None,
        "toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit 2026/03/26 14:20:24 Container failed during run: build. No retries remaining. failed to run step ID: build: exit status 1",
        host_alt=HUB,
        note="an ACR Task building the lab's image pulls python:3.12-slim from Docker Hub anonymously from Azure's shared build agents; the limit window passes (the maintainer kept the base and will watch), the reporter's way round it an MCR base"),
    reg("Azure/azure-cli#24886", "registry", "registry.rate_limited", True, "service", None,
        "WARNING: Unable to get AAD authorization tokens with message: 2022-12-12 16:05:11.564324 An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR\nAccess to registry '<redacted>.azurecr.io' was denied. Response code: 429. Please try running 'az login' again to refresh permissions.",
        cmd="az acr repository update --name $TargetAcr --image \"$ArtifactToPromote\" --write-enabled false --delete-enabled false",
        host_alt=["<redacted>.azurecr.io"], also_ok=["credentials.token_failed"],
        note="about twenty az acr import/update calls in a row: ACR throttles the token refresh (429) 'sometimes(!) near the end of the script'; the reporter: nothing helps but running the build again"),
    reg("docker/build-push-action#548", "registry", "registry.server_error", True, "service", "officialgithubactions.azurecr.io",
        "#39 exporting to image\n#39 74.32 error: failed commit on ref \"layer-sha256:916934d2283843834ac0148e6b496680813b6e403cac56f7f69b9ece61ccc487\": unexpected status: 500 Internal Server Error\n#39 74.32 retrying in 1s\n#39 pushing layers 75.5s done\n#39 pushing manifest for officialgithubactions.azurecr.io/test-docker-action:e2e-acr@sha256:fd08dce19a5fda9a6471b644b31180498678a9a4d402bb18ce329d619c570599\n#39 149.0 error: failed commit on ref \"manifest-sha256:b36bc93e2210afc0444c550202408ef1debc1c024c50aa5cfcdce38be605d5e7\": unexpected status: 500 Internal Server Error\n#39 149.0 retrying in 1s\n#39 222.8 error: failed commit on ref \"manifest-sha256:70187baa386b1dd4e7ac1cbfeccb2702b03e31270af172fb544a2c44d91619a1\": unexpected status: 500 Internal Server Error\n#39 222.8 retrying in 1s\n#39 298.9 error: failed commit on ref \"manifest-sha256:e3426f40f7c016f9bd04ef259530ea3f60b2c7b3f340c544d5a5cda368b7ee2f\": unexpected status: 500 Internal Server Error\n#39 298.9 retrying in 1s\nError: The operation was canceled.",
        head=["Run docker/build-push-action@v2"], raw_is_log=True,
        note="the maintainer's e2e test: ACR answers 500 to the first push into a repository that does not exist yet; 'On second run everything looks good'"),
    # --- Quay, GAR ---------------------------------------------------------------------------------------------------
    reg("gogatekeeper/gatekeeper#383", "registry", "registry.tag_not_built", True, "service", "quay.io",
        "Error response from daemon: manifest for quay.io/gogatekeeper/gatekeeper:2.9.0 not found: manifest unknown: manifest unknown",
        cmd="docker pull quay.io/gogatekeeper/gatekeeper:2.9.0", also_ok=["registry.variant_pending"],
        note="the release was tagged but Quay's build service had been in an outage since the Friday, so 2.9.0 was never built; the maintainer, the same day: 'seems quay.io is backup and built 2.9.0 image'. The log alone reads as a tag that does not exist"),
    reg("docker/hub-feedback#2515", "registry", "registry.server_error", True, "service", "europe-west4-docker.pkg.dev",
        "#25 73.79 error: failed to copy: unexpected status from PUT request to https://europe-west4-docker.pkg.dev/artifacts-uploads/namespaces/**/repositories/**/uploads/***?digest=sha256%*****: 503 Service Unavailable",
        head=["Run docker/build-push-action@v6"],
        note="Google Artifact Registry answering 503 to layer uploads, 'intermittent for ~12 hours' (Docker's staff: not a Docker domain); the asterisks are the reporter's masking"),
    # --- Harbor, Nexus and other self-hosted registries -----------------------------------------------------------------
    reg("goharbor/harbor#14616", "registry", "registry.server_error", False, "service", "registry.com",
        "The push refers to repository [registry.com/image:tag]\n4869d90fc910: Retrying in 1 second\n1dd93828313a: Retrying in 1 second\na9af80b49b36: Retrying in 1 second\n730b7b587e36: Retrying in 1 second\nreceived unexpected HTTP status: 500 Internal Server Error",
        cmd="docker push registry.com/image:tag",
        note="the Harbor's storage is full (the title); the maintainer: docker does not print Harbor's message, and a full disk needs monitoring and cleaning, so a re-run fails the same. registry.com is the reporter's placeholder name"),
    reg("camunda/keycloak#641", "registry", "registry.request_rejected", False, "service", "registry.camunda.cloud",
        "#29 ERROR: failed to push registry.camunda.cloud/team-infrastructure-experience/keycloak:ci-25-prem-sha-6b9fac9:\ndenied: adding 151.7 MiB of storage resource, which when updated to current usage of 100.0 GiB\nwill exceed the configured upper limit of 100.0 GiB.",
        head=["Run docker/build-push-action@v6"],
        note="the CI project on Harbor is at its 100 GiB quota: 'This is not a flake and not a credentials problem'; every build fails until tags are pruned or the quota raised"),
    reg("goharbor/harbor#23190", "registry", "registry.proxy_upstream_failed", False, "service", None,
        "Error response from daemon: unknown: repository proxy/library/nginx not found",
        note=HARBOR_PROXY + "after the upgrade to v2.15.0 it no longer fetches uncached images from Docker Hub (core: 'failed to proxy manifest, fallback to local'); cached ones still pull. Not the job's doing, and not transient"),
    reg("goharbor/harbor#18292", "registry", "registry.proxy_upstream_failed", False, "service", "registry.apps.okd4.myhci.com",
        "[root@master1 ~]# podman pull registry.apps.okd4.myhci.com/hub/library/busybox:latest --tls-verify=false\nTrying to pull registry.apps.okd4.myhci.com/hub/library/busybox:latest...\nWARN[0000] failed, retrying in 1s ... (1/3). Error: initializing source docker://registry.apps.okd4.myhci.com/hub/library/busybox:latest: reading manifest latest in registry.apps.okd4.myhci.com/hub/library/busybox: unknown: repository hub/library/busybox not found\nWARN[0001] failed, retrying in 1s ... (2/3). Error: initializing source docker://registry.apps.okd4.myhci.com/hub/library/busybox:latest: reading manifest latest in registry.apps.okd4.myhci.com/hub/library/busybox: unknown: repository hub/library/busybox not found\nWARN[0002] failed, retrying in 1s ... (3/3). Error: initializing source docker://registry.apps.okd4.myhci.com/hub/library/busybox:latest: reading manifest latest in registry.apps.okd4.myhci.com/hub/library/busybox: unknown: repository hub/library/busybox not found\nError: initializing source docker://registry.apps.okd4.myhci.com/hub/library/busybox:latest: reading manifest latest in registry.apps.okd4.myhci.com/hub/library/busybox: unknown: repository hub/library/busybox not found",
        note=HARBOR_PROXY + "Harbor's core log: 'Proxy to remote failed, fallback to local repo, error: error unmarshalling content: invalid character '<'' -- the configured upstream answers HTML, not a registry; podman's own three retries change nothing"),
    reg("goharbor/harbor#14802", "registry", "registry.proxy_upstream_failed", False, "service", None,
        "$ docker pull my-harbor/dockerhub/library/alpine:3.2\nError response from daemon: unknown: artifact dockerhub/library/alpine:3.2 not found",
        host_alt=["my-harbor"],
        note=HARBOR_PROXY + "from 2021-05-05 the Docker Hub proxy 'only rarely succeeds'; the logs show Harbor's login to hub.docker.com answered 404 (Docker retired that endpoint, which Harbor 2.1-2.2 had hard-coded). my-harbor is the reporter's placeholder"),
    own("goharbor/harbor#13446", "build.invalid_reference",
        "docker pull harbor-cache.abcd.com/cache/memcached:alpine\n\nError response from daemon: unknown: repository cache/memcached not found",
        host="harbor-cache.abcd.com", host_alt=["docker.io"], also_ok=["build.tag_not_found"],
        note=HARBOR_PROXY + "the reporter's answer: official images need the `library/` part through a proxy project (cache/library/memcached:alpine); the name pulled is the job's mistake"),
    reg("goharbor/harbor#19496", "connectivity", "connectivity.untrusted_certificate", False, "service", "reg.f-wi.com",
        " docker pull reg.f-wi.com/proxy-ghcr.io/siderolabs/kubelet\nUsing default tag: latest\nError response from daemon: Get \"https://reg.f-wi.com/v2/\": tls: failed to verify certificate: x509: certificate signed by unknown authority",
        note="a Let's Encrypt certificate on the Harbor, but served as certbot's cert.pem without the chain; 'I had from certbot the cert.pem and not the fullchain.pem used'. The registry's configuration, the same every run"),
    reg("osism/testbed#2357", "registry", "registry.proxy_upstream_failed", True, "service", "nexus.testbed.osism.xyz:8193",
        "    Image: nexus.testbed.osism.xyz:8193/kolla/keystone-fernet:2023.2\n        Error Message: 500 Server Error: Internal Server Error for url: http+docker://localhost/v1.45/images/create?tag=2023.2&fromImage=nexus.testbed.osism.xyz%3A8193%2Fkolla%2Fkeystone-fernet: Internal Server Error (\"unknown: Remote Auto Blocked until 2024-08-13T07:45:05.681Z\")\n\n    Image: nexus.testbed.osism.xyz:8193/kolla/haproxy:2023.2\n        Error Message: 500 Server Error: Internal Server Error for url: http+docker://localhost/v1.45/images/create?tag=2023.2&fromImage=nexus.testbed.osism.xyz%3A8193%2Fkolla%2Fhaproxy: Internal Server Error (\"unknown: Remote Auto Blocked until 2024-08-13T07:45:05.681Z\")",
        also_ok=["registry.server_error"],
        note="an Ansible playbook's docker pulls through a Nexus proxy: the maintainer, the Nexus could not reach its remote (their Harbor) and auto-blocked it for a while; the block lifts by itself at the time it names"),
    reg("Joxit/docker-registry-ui#331", "registry", "registry.request_rejected", False, "service", "registry.zerka.dev",
        "zerka@XPS-Zerka:~$ docker push registry.zerka.dev/mariadb\nUsing default tag: latest\nThe push refers to repository [registry.zerka.dev/mariadb]\n979352cf408a: Pushing [==================================================>]  25.09kB\nbd9845714e03: Pushing [==================================================>]  12.29kB\n4f77fa6b63fd: Pushing [==================================================>]  310.6MB/310.6MB\n4705f2253f14: Pushing [==================================================>]   5.12kB\n79a67c5fcaf6: Pushing  2.048kB\na993cd96733e: Waiting \n9d45f71d173a: Waiting \ncdd7c7392317: Waiting \nunknown blob",
        note="a registry:2 behind the registry-ui's nginx behind HAProxy: the login works, every push ends 'unknown blob' -- the proxy chain's forwarding (the upload URLs the registry hands back), the same every time"),
    reg("ublue-os/forge#52", "registry", "registry.request_rejected", False, "service", None,
        "Error: writing blob: uploading layer chunked: StatusCode: 499, \"Client Closed Request\"",
        note="a self-hosted registry behind Traefik: pushing a large image fails every time with Traefik's 499 until the forwarding timeouts and the build pod's resource limits were reconfigured"),
    reg("Azure/application-gateway-kubernetes-ingress#968", "registry", "registry.request_rejected", False, "service", "artifactory.xxxxxxx.ca",
        "docker push artifactory.xxxxxxx.ca/docker-local/alpine:latest\nThe push refers to repository [artifactory.xxxxxxx.ca/docker-local/alpine]\n50644c29ef5a: Pushing\n50644c29ef5a: Pushing [==================================================>]  5.845MB\nerror parsing HTTP 413 response body: invalid character '<' looking for beginning of value: \"<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body>\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>Microsoft-Azure-Application-Gateway/v2</center>\\r\\n</body>\\r\\n</html>\\r\\n\"",
        note="Artifactory on AKS behind an Azure Application Gateway whose request-body limit refuses a 5.8 MB layer; the gateway's configuration (the AGIC team sent it to Azure support), the same every push"),
    reg("rpardini/docker-registry-proxy#127", "credentials", "credentials.unauthorized", False, "local", "registry.gitlab.com",
        "{\"access_time\":\"27/Jan/2022:15:04:10 +0000\",\"upstream_cache_status\":\"MISS\",\"method\":\"GET\",\"uri\":\"/v2/gitlab-org/gitlab-runner/gitlab-runner-helper/manifests/x86_64-e0218c92\",\"request_type\":\"manifest-default-disabled\",\"status\":\"401\",\"bytes_sent\":\"188\",\"upstream_response_time\":\"0.120\",\"host\":\"registry.gitlab.com\",\"proxy_host\":\"registry.gitlab.com\",\"upstream\":\"35.227.35.254:443\"}\nError response from daemon: unauthorized: authentication required",
        note="a caching MITM proxy in front of the runners' Docker: it needs registry.gitlab.com credentials configured itself (the README's GitLab auth section, the maintainer's answer); the client's own login does not pass through it"),
    reg("skillberry-ai/skillberry-store#249", "registry", "registry.rate_limited", True, "service", "public.ecr.aws",
        "docker pull public.ecr.aws/docker/library/python:3.11\nError response from daemon: toomanyrequests: Rate exceeded",
        note="ECR Public throttling anonymous pulls from the shared GitHub Actions runner addresses, intermittently; unrelated PRs need a manual re-run (the issue proposes logging in for a higher limit)"),
    # --- GitLab's registry, ECR, GHCR, crane, ko, skopeo -----------------------------------------------------------------
    cred("basecamp/kamal#1498", "credentials", "credentials.unauthorized", False, "build", "registry.gitlab.com",
        " DEBUG [a35c8ad2] Command: docker login registry.gitlab.com -u [REDACTED] -p [REDACTED]\n DEBUG [a35c8ad2]       WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n DEBUG [a35c8ad2]       Error response from daemon: Get \"https://registry.gitlab.com/v2/\": unauthorized: HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect or you're required to use a token instead of a password. If a token was provided, it was either incorrect, expired, or improperly scoped. See https://gitlab.com/help/user/profile/account/two_factor_authentication_troubleshooting.md#error-http-basic-access-denied-if-a-password-was-provided-for-git-authentication-\n  ERROR (SSHKit::Command::Failed): docker exit status: 256",
        cmd="kamal registry login -v",
        note="kamal's docker login to GitLab's registry with the configured secret; GitLab refuses it (a password where a token is needed, or a token without read/write_registry) -- the deploy's configuration"),
    cred("docker/build-push-action#719", "credentials", "credentials.unauthorized", True, "service", "2893***197.dkr.ecr.eu-west-1.amazonaws.com",
        "#12 ERROR: failed to push 2893***197.dkr.ecr.eu-west-1.amazonaws.com/foo-bar-eu-west-1:0.35.1: unexpected status from HEAD request to https://2893***197.dkr.ecr.eu-west-1.amazonaws.com/v2/foo-bar-eu-west-1/blobs/sha256:f39d714dbb2487f692936bdc0a50902c7806aeedb771f1e8e6a86134eacd3e82: 401 Unauthorized",
        head=["Run docker/build-push-action@v6"], host_alt=["dkr.ecr.eu-west-1.amazonaws.com"], also_ok=["registry.request_rejected"],
        note="two workflows pushing to ECR at once with fresh logins: one passes, one gets a 401 on a blob HEAD; 'Retrying the failed one, worked' (the thread asks for automatic retries of exactly this)"),
    reg("infobloxopen/konk#626", "registry", "registry.server_error", True, "service", None,
        "unknown blob\nmake: *** [Makefile:191: docker-push-konk-service] Error 1",
        cmd="make docker-push-konk-service", host_alt=["ghcr.io"],
        note="the PR: a known transient GHCR failure, unrelated to the code; the fix wraps the pushes in a 3-attempt retry with backoff"),
    net("docker/build-push-action#498", "connectivity", "connectivity.reset", True, "service", "ghcr.io",
        "#19 exporting to image\n#19 5.415 error: failed to copy: failed to do request: Put \"https://ghcr.io/v2/[redacted]/blobs/upload/[uuid]?digest=sha256...\": write tcp 172.17.0.2:54206->140.82.114.33:443: write: broken pipe\n#19 5.415 retrying in 1s\nError: The operation was canceled.",
        head=["Run docker/build-push-action@v2"], raw_is_log=True, also_ok=["registry.server_error"],
        note="November 2021: GHCR dropping blob uploads for days (broken pipes, closed connections) for several reporters, BuildKit retrying until the job was cancelled; the registry side, later runs pass"),
    cred("project-copacetic/copacetic#266", "credentials", "credentials.ghcr_write_denied", False, "build", "ghcr.io",
        "#10 ERROR: failed to push ghcr.io/project-copacetic/copa-action:v0.4.0: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aproject-copacetic%2Fcopa-action%3Apull%2Cpush&service=ghcr.io: 403 Forbidden",
        head=["Run docker/build-push-action@v4"],
        note="the release workflow pushes without a login that can write the package ('Looks like action needs permission to push to GHCR'); fixed by a workflow change"),
    cred("runmedev/web#89", "credentials", "credentials.ghcr_write_denied", False, "build", "ghcr.io",
        "2026/02/14 22:31:12 existing blob: sha256:60c5d5ed447870bc716279b442bb4140579b2ebc7115b185da87627f911afd10\nError: failed to publish images: error publishing ko://github.com/runmedev/runme/v3: POST https://ghcr.io/v2/runmedev/runme/blobs/uploads/: DENIED: permission_denied: write_package\nError: publish multi-arch image with ko: exit status 1\nUsage:\n  releaser --runme=<branch> --web=<branch> [flags]",
        cmd="releaser --runme=main --web=main",
        note="ko, run by the repo's releaser, pushing to another repository's GHCR package that does not grant this repository write access; the maintainer's fix is in the package's settings"),
    cred("google/go-containerregistry#1183", "credentials", "credentials.unauthorized", False, "build", "gcr.io",
        "2021/11/17 07:59:15 No matching credentials were found for \"gcr.io\"\nError: failed to copy image: GET https://gcr.io/v2/token?scope=repository......=gcr.io: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
        cmd="crane copy $SRC $DST",
        note="CI using crane's `latest` image: a change (#1181) made crane stop reading the config the job's `crane auth login` wrote, so the copy went anonymous; pinning v0.7.0 works. The job's unpinned tool, the same every run until pinned or fixed; '......' is the reporter's"),
    reg("podman-container-tools/skopeo#1416", "registry", "registry.request_rejected", True, "service", "quay.io",
        "Command: /usr/bin/skopeo copy --authfile /mnt/docker/.dockerconfigjson docker://source_image docker://destination_image Failed\n\nSTDOUT: Getting image source signatures\nCopying blob sha256:1e01d767f57\nCopying blob sha256:869101f0eb4\nCopying blob sha256:83bb052421\n\nSTDERR: time=\"2021-08-12T11:10:58Z\" level=fatal msg=\"Error writing blob: Error initiating layer upload to /v2/my_organization/destination_image_name/blobs/uploads/ in quay.io: unauthorized: access to the requested resource is not authorized\"",
        also_ok=["credentials.unauthorized"],
        note="'Misleading unauthorized': the same credentials succeed on other copies of the same pipeline and locally; frequent only when the destination repository does not exist yet on quay.io, and a retry the reporter added gets past it"),
    # --- pulls in Kubernetes and through a builder past the daemon's mirror -------------------------------------------
    net("containerd/containerd#10035", "connectivity", "connectivity.reset", True, "service", "harbor.ops.zebrium.com",
        "Warning  Failed          20m                   kubelet            Failed to pull image \"harbor.ops.zebrium.com/onprem/docker-vertica:release-ea89_20240107082335\": failed to pull and unpack image \"harbor.ops.zebrium.com/onprem/docker-vertica:release-ea89_20240107082335\": failed to copy: read tcp 10.237.X.X:38070->52.38.X.X:443: read: connection reset by peer",
        note="kubelet (containerd 1.7.14) pulling a large image from a Harbor on AWS: the connection is reset mid-layer; closed as stale with no configuration named, a network reset of the kind a later pull gets past"),
    net("docker/build-push-action#1162", "connectivity", "connectivity.reset", False, "local", "production.cloudflare.docker.com",
        " > [linu***/arm64 internal] load metadata for docker.io/library/alpine:latest:\n------\nDockerfile:1\n--------------------\n   1 | >>> FROM alpine\n   2 |     CMD echo 'test docker build***!!'\n--------------------\nERROR: failed to solve: docker.io/library/alpine: failed to resolve source metadata for docker.io/library/alpine:latest: failed to copy: httpReadSeeker: failed open: failed to do request: Get \"https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/1d/1d34ffe**190be23d3de5**de0a436676**58f48f835c3a2d**68b798c15a7f1/data?verify=1718641860-garIfCZ**RLgwzS**JFgHb**0VE%3D\": read tcp 172.17.0.3:42364->1*7.2*0.8.36:443: read: connection reset by peer",
        head=["Run docker/build-push-action@v4"], host_alt=HUB,
        note="Gitea Actions on a local network that cannot reach Docker Hub's CDN: the daemon's registry-mirror makes `docker pull alpine` work, but the docker-container BuildKit builder does not read the daemon's mirrors and goes to Docker Hub directly; the builder's configuration, the same every run"),
    net("timvisee/send#232", "connectivity", "connectivity.timeout", False, "local", "registry.gitlab.com",
        "# docker pull registry.gitlab.com/timvisee/send:latest\nError response from daemon: Get \"https://registry.gitlab.com/v2/\": context deadline exceeded",
        note="the maintainer first suspected a temporary outage; the reporter, a day later, still the same while Docker Hub pulls work from the same machine: that machine's route to registry.gitlab.com, not the registry"),
    reg("kubernetes/registry.k8s.io#138", "registry", "registry.ip_blocked", False, "local", "registry.k8s.io",
        "root@kube-2:~# /usr/local/bin/nerdctl -n k8s.io pull --quiet  registry.k8s.io/pause:3.7\nFATA[0000] failed to resolve reference \"registry.k8s.io/pause:3.7\": unexpected status from HEAD request to https://registry.k8s.io/v2/pause/manifests/3.7: 403 Forbidden",
        also_ok=["registry.request_rejected"],
        note="kubespray on Hetzner instances: one instance gets 403 on every pull (kubespray's four tries too) while the others pull fine; swapping the instance got past an earlier failure -- that machine's address is refused by the registry's frontend, not a transient error"),
    reg("kubernetes/registry.k8s.io#286", "registry", "registry.request_rejected", False, "service", "registry.k8s.io",
        "[2024-07-02T11:02:50.795Z]             cluster.go:162: E0702 11:02:44.839263    2072 remote_runtime.go:176] \"RunPodSandbox from runtime service failed\" err=\"rpc error: code = Unknown desc = creating pod sandbox with name \\\"k8s_rhcos-crio-pod-restart-test_redhat.test.crio__0\\\": initializing source docker://registry.k8s.io/pause:3.9: pinging container registry registry.k8s.io: StatusCode: 403, <!doctype html><meta charset=\\\"utf-8\\\"><meta name=vi...\"",
        note="after a CRI-O maintenance release, Red Hat's CI could no longer pull from registry.k8s.io: the registry's frontend refuses requests carrying the new release's User-Agent; every run the same until the header or the rule changed"),
    own("open-telemetry/opentelemetry-helm-charts#1648", "build.tag_not_found",
        "Events:\n  Type     Reason     Age                  From               Message\n  ----     ------     ----                 ----               -------\n  Normal   Scheduled  5m2s                 default-scheduler  Successfully assigned observability/otel-host-agent-collector-phlqj to master3\n  Normal   Pulling    2m5s (x5 over 5m2s)  kubelet            Pulling image \"otel/opentelemetry-collector-k8s:0.123.1\"\n  Warning  Failed     2m4s (x5 over 5m1s)  kubelet            Failed to pull image \"otel/opentelemetry-collector-k8s:0.123.1\": rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/otel/opentelemetry-collector-k8s:0.123.1\": failed to resolve reference \"docker.io/otel/opentelemetry-collector-k8s:0.123.1\": docker.io/otel/opentelemetry-collector-k8s:0.123.1: not found\n  Warning  Failed     2m4s (x5 over 5m1s)  kubelet            Error: ErrImagePull",
        host="docker.io",
        note="the chart's new default collectorImage.tag 0.123.1 was never published to Docker Hub; the chart names a tag that does not exist"),
    own("kcp-dev/helm-charts#70", "build.tag_not_found",
        "$ docker pull ghcr.io/kcp-dev/kcp:v0.21.0\nError response from daemon: manifest unknown",
        host="ghcr.io",
        note="chart 0.4.0 defaults to ghcr.io/kcp-dev/kcp:v0.21.0, a tag the project never pushed (only main, latest, release-0.21 exist)"),
    own("pangeo-data/pangeo-docker-images#257", "build.tag_not_found",
        "Run docker pull ${DOCKER_ORG}/pangeo-notebook:${SHA7}\n  docker pull ${DOCKER_ORG}/pangeo-notebook:${SHA7}\n  shell: /usr/bin/bash -e {0}\n  env:\n    DOCKER_ORG: pangeo\n    GITHUB_SHA: 5a1930258478fb912f636f4b884c18752a1ca24e\n    GITHUB_REF: refs/tags/2021.10.19\n    SHA7: 5a19302\n    TAG: 2021.10.19\nError response from daemon: manifest for pangeo/pangeo-notebook:5a19302 not found: manifest unknown: manifest unknown\nError: Process completed with exit code 1.",
        host_alt=HUB, raw_is_log=True,
        note="the tag-publish workflow only retags the image the main-branch build pushed under the commit's short SHA; no image was pushed for 5a19302, so the workflow asks for a tag that does not exist"),
    own("ciiiii/cloudflare-docker-proxy#90", "build.tag_not_found",
        "➜  openwrt docker pull docker.14790897.xyz/14790897/openwrt:86_64       \nError response from daemon: manifest for docker.14790897.xyz/14790897/openwrt:86_64 not found: manifest unknown: manifest unknown",
        host="docker.14790897.xyz", host_alt=HUB,
        note="a pull through a Cloudflare-worker registry proxy; the maintainer: not the proxy, the upstream image is broken as well (`docker pull 14790897/openwrt:86_64` from Docker Hub gives the same)"),
    reg("containers/podlet#82", "registry", "registry.manifest_incomplete", False, "service", "ghcr.io",
        "$ podman pull ghcr.io/containers/podlet:v0.3.0\nTrying to pull ghcr.io/containers/podlet:v0.3.0...\nError: copying system image from manifest list: determining manifest MIME type for docker://ghcr.io/containers/podlet:v0.3.0: reading manifest sha256:284fb19670b144bf507548406a07b563077d419de335c685d6d9607794596ceb in ghcr.io/containers/podlet: manifest unknown",
        also_ok=["build.tag_not_found"],
        note="the image index was published by `buildah manifest push` without --all, so the per-platform manifests it names were never uploaded; the maintainer deleted and re-pushed the tag. For the job pulling it, the same failure every run until the publisher fixes it"),
    reg("umati/Sample-Server#1035", "registry", "registry.manifest_incomplete", False, "service", "ghcr.io",
        "> docker pull ghcr.io/umati/sample-server:main\nmain: Pulling from umati/sample-server\nmanifest unknown",
        also_ok=["build.tag_not_found"],
        note="the maintainer: 'Yes, its a regression' in their publishing CI; the `main` tag works again only after their pipeline has re-run. For the consumer's job, not a transient registry error"),
]
