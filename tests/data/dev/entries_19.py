"""Dev-set entries, batch 19 (container registry pulls and pushes: docker, buildx, podman, kaniko, helm OCI, gcrane, jib,
bazel rules_docker, nerdctl/kubelet, az and jf; against GHCR, Docker Hub, Quay, ECR, ACR/MCR, GCR/GAR, Harbor, Nexus,
Artifactory, GitLab and private registries or proxies in front of them), mostly logs whose failing host is named only by
the command, an image reference, a `The push refers to repository` line or a `failed to push <ref>` prefix, and logs
whose named host is not the one that failed (a redirect target, a cache blob, an auth endpoint). `err` is verbatim from
the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown
(blockquote markers, inline backticks, a Markdown link around a URL or a line-number link in a number, a heading marker
in front of a shell prompt) only that markup was dropped, never a word of the log; where a quoted line was cut short in
the thread, the entry stops where the thread's text is certain. Hosts follow the README's strict rule: a host is given
only where a line of the log names it; an inferred one goes in host_alt."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import e, github_source

PULLS = {"konflux-ci/build-definitions#2100", "ublue-os/aurora#2702", "TECH7Fox/asterisk-hass-addons#258",
         "codeship-library/google-cloud-utilities#2", "mosn/htnn#832"}


def src(ref: str) -> str:
    return github_source(ref, PULLS)


def r(ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None, err: str, t: str = "raw",
      **kw: Any) -> dict[str, Any]:
    return e("registry", src(ref), component, cause, retry, blame, host, t, err, **kw)


def bpa(tags: str) -> list[str]:
    return ["Run docker/build-push-action@v6", "  with:", "    push: true", f"    tags: {tags}"]


ENRICO = "ghcr.io/enricomi/publish-unit-test-result-action:v2.2.0"
HUB = ["docker.io", "registry-1.docker.io"]
HELM_PATH = "the OCI reference names no chart repository that exists (the chart name is missing or doubled), so GHCR answers the anonymous token request with 403; fixed in the reference"
HTML_413 = "unknown: <html>\n<head><title>413 Request Entity Too Large</title></head>\n<body>\n<center><h1>413 Request Entity Too Large</h1></center>\n<hr><center>nginx/1.22.1</center>\n</body>\n</html>"
HTML_429 = "<html>\n<head><title>429 Too Many Requests</title></head>\n<body>\n<center><h1>429 Too Many Requests</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>"

E = [
    # --- 5xx and outages where the failing host is only in the command or the reference ---------------------------
    r("EnricoMi/publish-unit-test-result-action#379", "registry", "registry.server_error", True, "service", "ghcr.io",
      f"Pull down action image '{ENRICO}'\n  /usr/bin/docker pull {ENRICO}\n  Error response from daemon: received unexpected HTTP status: 503 Service Unavailable\n  Warning: Docker pull failed with exit code 1, back off 1.655 seconds before retry.\n  /usr/bin/docker pull {ENRICO}\n  Error response from daemon: received unexpected HTTP status: 503 Service Unavailable\n  Warning: Docker pull failed with exit code 1, back off 1.937 seconds before retry.\n  /usr/bin/docker pull {ENRICO}\n  Error response from daemon: received unexpected HTTP status: 503 Service Unavailable\nError: Docker pull failed with exit code 1",
      raw_is_log=True, note="the runner's pull of a Docker action's image during a GHCR outage (the log's line-number links dropped); the error lines name no host, the pull lines do"),
    r("konflux-ci/build-definitions#2100", "registry", "registry.server_error", True, "service", "quay.io",
      'Copying blob sha256:6f0a4413f0e0eac0199d0ccade8d781a577fb7d6c43619a9b21a0549c3809374\nerror pushing image "quay.io/konflux-ci/pull-request-builds:appstudio-utils-b4525f6fcf9bfdf026717af3f868bcc83a0462db" to "docker://quay.io/konflux-ci/pull-request-builds:appstudio-utils-b4525f6fcf9bfdf026717af3f868bcc83a0462db": writing blob: initiating layer upload to /v2/konflux-ci/pull-request-builds/blobs/uploads/ in quay.io: received unexpected HTTP status: 502 Bad Gateway\ntime="2025-03-21T08:36:37Z" level=error msg="exit status 125"',
      note="'Re-ran passed.'; the PR adds a retry around the push. The URL is a bare path, the host only after 'in'"),
    r("docker-library/tomcat#321", "registry", "registry.server_error", True, "service", None,
      "amazoncorretto:11-al2-jdk: failed to authorize: failed to fetch anonymous token: unexpected status: 401",
      host_alt=[*HUB, "auth.docker.io"], also_ok=["credentials.token_failed"],
      note="a maintainer links a Docker Hub incident of that day: an anonymous token refused with 401 while Hub's auth service was degraded; no line names a host"),
    r("Azure/azure-cli#29300", "registry", "registry.server_error", True, "service", "index.docker.io",
      "ERROR: (RegistryErrorResponse) An error response is received from the docker registry 'index.docker.io'. Please retry later.",
      cmd="az container create --resource-group $RESOURCE_GROUP --file $ACI_FILE",
      note="labelled bug: ACI's image fetch failing the same day for another user too (the reporter's image is in a private Azure registry, yet the message names index.docker.io); nothing changed on their side"),
    r("fabric8io/fabric8#4714", "connectivity", "connectivity.eof", True, "service", "registry-1.docker.io",
      "[ERROR] DOCKER> Error pushing to registry: Put https://registry-1.docker.io/v2/fabric8/apiman-gateway/blobs/uploads/blahblah: EOF ",
      host_alt=["docker.io"], also_ok=["registry.server_error"],
      note="one of several intermittent Docker Hub push errors during an automated release; 'not seen these errors since. closing.'"),
    r("MicrosoftDocs/azure-devops-docs#5235", "connectivity", "connectivity.eof", True, "service", "hpuidocker.azurecr.io",
      "docker push priveateregistry.azurecr.io/products-service:v1\nThe push refers to repository [hpuidocker.azurecr.io/products-service]\n08e2cdb90fe0: Layer already exists\nbc1fd392a87d: Layer already exists\n11122785fc00: Layer already exists\nc11ef9008a54: Layer already exists\n85815f69e311: Layer already exists\nade8acb532e7: Pushing [==================================================>]  83.88MB/83.88MB\n29fbe5747f9a: Layer already exists\n787062cd94fb: Pushing [==================================================>]  607.5MB/607.5MB\na4e797bc3f15: Pushing [==================================================>]  158.8MB/158.8MB\n392f356944ff: Layer already exists\n15210a41d4ee: Layer already exists\ne2a8a00a83b2: Layer already exists\nEOF",
      host_alt=["priveateregistry.azurecr.io"], also_ok=["registry.server_error"],
      note="a bare EOF at the end of an ACR push ('Nevermind, this resolved itself this morning'); the Markdown heading marker in front of the shell prompt dropped, the reporter redacted the host on one line only"),
    r("microsoft/containerregistry#139", "connectivity", "connectivity.client_timeout", True, "service", "mcr.microsoft.com",
      'Step 26/30 : FROM mcr.microsoft.com/dotnet/aspnet:7.0\nGet "https://mcr.microsoft.com/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n2024/01/21 10:26:05 Container failed during run: build. No retries remaining.\nfailed to run step ID: build: exit status 1',
      also_ok=["connectivity.timeout", "registry.metadata_timeout"],
      note="'randomly in our CI/CD pipeline' (an ACR task building from an MCR base); others: re-running usually succeeds"),
    r("infinito-nexus/core#166", "connectivity", "connectivity.timeout", True, "service", "ghcr.io",
      'failed to solve: ghcr.io/kevinveenbirkenbach/infinito-nexus-core/mirror/docker.io/node:latest: failed to resolve source metadata for ghcr.io/kevinveenbirkenbach/infinito-nexus-core/mirror/docker.io/node:latest: failed to do request: Head "https://ghcr.io/v2/kevinveenbirkenbach/infinito-nexus-core/mirror/docker.io/node/manifests/latest": dial tcp 140.82.113.34:443: i/o timeout',
      cmd="docker compose up --build", also_ok=["registry.metadata_timeout"],
      note="'Failure is transient GHCR network issue. May self-resolve on retry.' The reference's path carries docker.io, the host is ghcr.io"),
    r("ublue-os/aurora#2702", "registry", "registry.server_error", True, "service", None,
      r'Error: writing blob: uploading layer chunked: StatusCode: 400, "\r\n<html>\r\n  <head>\r\n    <meta content=\"origin\" nam..."',
      host_alt=["ghcr.io"], also_ok=["registry.request_rejected"],
      note="seen after 10 minutes of the 'Push Ephemeral Tag' step (podman push to the project's registry); the PR raises podman's retry count: transient. No line names the host"),
    r("GoogleContainerTools/jib#2013", "registry", "registry.request_rejected", True, "service", None,
      '[2019-09-20T09:05:45.888Z] [ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:1.6.1:build (build_docker_image) on project app-backend: Tried to push BLOB for QUAY-REGISTRY/group/app with digest sha256:1eebb6432678ad971dfd2f732c51595050482f3d7aad8059ed5549f789cd273c but failed because: other: blob upload invalid | If this is a bug, please file an issue at https://github.com/GoogleContainerTools/jib/issues/new: 400 BAD REQUEST\n[2019-09-20T09:05:45.888Z] [ERROR] {"errors":[{"code":"BLOB_UPLOAD_INVALID","detail":{},"message":"blob upload invalid"}]}',
      cmd="mvn compile jib:build", also_ok=["registry.server_error"],
      note="a Red Hat Quay answering 400 'occasionally ... if run again after failing then it works'; the registry's name is a placeholder and the only URL is jib's issue link"),
    r("moby/moby#36823", "registry", "registry.server_error", True, "service", "myregistry:8888",
      "09-Apr-2018 05:40:02\t+ docker --debug --log-level debug push myregistry:8888/docker-push-test:latest\n09-Apr-2018 09:40:02\tThe push refers to a repository [myregistry:8888/docker-push-test]\n09-Apr-2018 09:40:02\t1630e5123c37: Preparing\n09-Apr-2018 09:40:03\t1630e5123c37: Pushed\n09-Apr-2018 09:40:04\tunknown blob",
      note="'occasionally (once per week)' on a private registry: the server-side log the reporter parsed shows the blob's upload completing (PUT 201) before the client's 'unknown blob' (the trailing blanks after the last line dropped)"),
    r("sonatype/nexus-public#1059", "registry", "registry.server_error", False, "service", None,
      '$ docker push "${DOCKER_IMAGE}"\nThe push refers to repository [DOCKER_REGISTRY]/[DOCKER_IMAGE]\n12d9bce943b3: Layer already exists\n10625be22c16: Layer already exists\n08d4b26cca13: Layer already exists\n41e7b7e2bd4f: Layer already exists\n55afa1ecc21d: Layer already exists\n2a8ff31204c9: Layer already exists\nfeccf4b8b627: Waiting\n62a7a5741de2: Waiting\n2df945741126: Waiting\n813369199fec: Waiting\n3d408e3c8095: Layer already exists\nfeccf4b8b627: Layer already exists\n62a7a5741de2: Layer already exists\n2df945741126: Waiting\n7da9ee4535f5: Layer already exists\n2df945741126: Already exists\n813369199fec: Layer already exists\nunknown: unexpected status from HEAD request to https://[DOCKER_REGISTRY]/v2/[DOCKER_IMAGE]/manifests/sha256:[SHA256]: 500 Server Error',
      note="every push to the docker-hosted repository fails since the Nexus upgrade 3.95.1 -> 3.96.0 (it worked the day before): a server regression, not a flake; the host is redacted"),
    r("goharbor/harbor#19359", "registry", "registry.server_error", True, "service", None,
      "Error response from daemon: unknown: artifact dockerhub/tonistiigi/binfmt@sha256:5bf63a53ad6222538112b5ced0f1afb8509132773ea6dd3991a197464962854e not found\nTotal reclaimed space: 0B",
      cmd="docker pull ${DOMAIN}/dockerhub/tonistiigi/binfmt:qemu-v6.2.0", host_alt=["hub.docker.com"],
      note="intermittent: the maintainer reads harbor-core's log, Docker Hub answering EOF to the proxy-cache project's login; the client's 'not found' names neither Harbor's host nor the upstream"),
    r("goharbor/harbor#23025", "registry", "registry.server_error", False, "service", None,
      "Error response from daemon: unknown: artifact mirror/portainer/portainer-ce:lts not found",
      note="a Harbor 2.15.0 regression in Docker Hub proxy-cache projects (priority/high, target/2.15.1): every pull fails until a downgrade or the fix"),
    r("goharbor/harbor#12853", "registry", "registry.server_error", False, "service", "harbor.10.92.233.6.xip.io",
      "$ docker pull harbor.10.92.233.6.xip.io/proxy/library/hello-world:latest\nError response from daemon: received unexpected HTTP status: 500 Internal Server Error",
      also_ok=["credentials.registry_refused"],
      note="the proxy-cache project's Docker Hub credentials were changed: harbor-core logs 'Incorrect authentication credentials' and the client only sees a 500 (a test case for the 2.1 release); fixed by configuration"),
    # --- proxies in front of registries: request size, WAF, rate limits --------------------------------------------
    r("go-gitea/gitea#33646", "registry", "registry.request_rejected", False, "service", None, HTML_413,
      note="layers stuck retrying on a Gitea registry until the final answer: the nginx in front of it refuses large request bodies (client_max_body_size); every push of that layer fails"),
    r("rancher-sandbox/rancher-desktop#3599", "registry", "registry.request_rejected", False, "service", "registry.internal:5050",
      "FATA[0000] failed to copy: unexpected status from PUT request to https://registry.internal:5050/v2/registry/blobs/uploads/2a2aa973-f98b-481b-8341-e5092d8c994f?_state=oEinnzV1nrbVSK32DqFeVB6gkjC98MEtpJGS6iQo-N17Ik5hbWUiOiJyZWdpc3RyeSIsIlVVSUQiOiIyYTJhYTk3My1mOThiLTQ4MWItODM0MS1lNTA5MmQ4Yzk5NGYiLCJPZmZzZXQiOjAsIlN0YXJ0ZWRBdCI6IjIwMjItMTItMDlUMDQ6NDU6NTEuNTg2NjY3OTU5WiJ9&digest=sha256%3A1ed0fc8a61618b72556b8786485226f9d7256c3449e2d9f5978d8dc4fc951319: 413 Request Entity Too Large",
      note="'This happens because the proxy has a maximum size for client request bodies' (labelled kind/bug): a configuration limit, the same layer fails every time"),
    r("podman-container-tools/podman#18757", "registry", "registry.request_rejected", False, "service", "registry.code.test.com",
      "podman push --format oci registry.code.test.com/eric/registry/ui:error2\nGetting image source signatures\nCopying blob bb01bd7e32b5 skipped: already exists  \nCopying blob 2ae559c5a66b skipped: already exists  \nCopying blob 3d5f212eb605 skipped: already exists  \nCopying blob 74d9b3a7dbd0 [--------------------------------------] 0.0b / 0.0b\nCopying config 062bf1c37c done  \nError: writing blob: uploading layer chunked: StatusCode: 403, <!DOCTYPE html>\n<!--[if lt IE 7]> <html class=\"no-...",
      also_ok=["credentials.registry_refused"],
      note="the 403 is an HTML page from something in front of the registry, not the registry's JSON error: the layer of `RUN ls /var/log` is refused every time, quoting the path in the Containerfile changes the layer and the push passes"),
    r("mosn/htnn#832", "registry", "registry.rate_limited", True, "service", None,
      f"consul Error toomanyrequests: {HTML_429}\n consul1 Error context canceled\nError response from daemon: toomanyrequests: {HTML_429}\nmake: *** [Makefile:113: start-service] Error 18",
      also_ok=["registry.dockerhub_pull_limit"],
      note="the CI's Docker Hub mirror throttling (nginx 429): 'good enough for daily usage as people can retry manually', so the PR stops using it in CI; the mirror's host is in no line"),
    r("google/go-containerregistry#424", "registry", "registry.rate_limited", True, "service", None,
      'failed to copy image: reading image "XXXXX": unrecognized HTTP status: 429 Too Many Requests',
      cmd="gcrane cp -r [old_GCR] [new_GCR]", host_alt=["gcr.io"],
      note="copying 38000 images hits GCR/GCS quotas; the maintainer adds throttling. Throttling: a slower re-run can pass"),
    # --- TLS, timeouts and resets ------------------------------------------------------------------------------------
    r("bazelbuild/rules_docker#1250", "connectivity", "connectivity.untrusted_certificate", False, "local", "app.example.com:5000",
      "2019/10/26 00:06:03 Error pushing image to app.exaple.com:5000/human/forum:dev: unable to push image to app.example.com:5000/human/forum:dev: Get https://app.example.com:5000/v2/: x509: certificate signed by unknown authority",
      cmd="bazel run  //human/forum:image_push",
      note="a self-hosted registry with its own CA: the pusher does not read ~/.docker/certs.d; configuration"),
    r("docker/build-push-action#1349", "connectivity", "connectivity.untrusted_certificate", False, "local", "example.test",
      'ERROR: failed to solve: failed to push example.test:a639a35f04bf71babaee953d85e0380818b7822a: failed to authorize: failed to fetch anonymous token: Get "https://example.test/v2/token?scope=%2A%3A%3A&scope=repository%XXXXXX%2FXXXXXX%3Apull%2Cpush&service=container_registry": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      note="a private registry's certificate under an act runner container (the blockquote marker dropped); setup-buildx's 'insecure' did not reach the token fetch; the pushed reference reads like host:tag"),
    r("Goodsmileduck/helm-push-action#30", "connectivity", "connectivity.tls_failed", False, "build", "charts.company.private",
      'Successfully packaged chart and saved it to: /github/workspace/charts/ambassador-crd/ambassador-crd-v2.0.2-pr-3.tgz\nNo requirements found in /github/workspace/charts/ambassador-crd/charts.\nError: Get https://charts.company.private/index.yaml: remote error: tls: handshake failure\nError: plugin "push" exited with error',
      head=["Run goodsmileduck/helm-push-action@v2"], also_ok=["connectivity.untrusted_certificate"],
      note="the maintainer: use the action's v3 or master (PR #31): the v2 image's helm cannot handshake with the company's chart server; the Markdown link around the URL dropped"),
    r("bodastage/bts-ce#45", "connectivity", "connectivity.client_timeout", True, "local", "registry.gitlab.com",
      "ERROR: Get https://registry.gitlab.com/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
      also_ok=["connectivity.timeout", "dns.timeout"],
      note="'Sometimes pull images fails'; the answer: the DNS server in /etc/resolv.conf is sometimes unreachable"),
    r("ciiiii/cloudflare-docker-proxy#85", "connectivity", "connectivity.timeout", False, "service", "us-west2-docker.pkg.dev",
      '  Warning  Failed          2s                    kubelet  Failed to pull image "registry.k8s.io/ingress-nginx/controller:v1.11.2": rpc error: code = DeadlineExceeded desc = failed to pull and unpack image "registry.k8s.io/ingress-nginx/controller:v1.11.2": failed to resolve reference "registry.k8s.io/ingress-nginx/controller:v1.11.2": failed to do request: Head "https://us-west2-docker.pkg.dev/v2/k8s-artifacts-prod/images/ingress-nginx/controller/manifests/v1.11.2": dial tcp 74.125.203.82:443: i/o timeout',
      host_alt=["registry.k8s.io"],
      note="the pull goes through a registry proxy, which hands back registry.k8s.io's 307 redirect to Artifact Registry instead of following it (ctr --http-dump in the thread); the client then dials the unreachable redirect target directly, every time"),
    r("Azure/iotedgedev#359", "connectivity", "connectivity.reset", True, "local", "localhost:5000",
      "Pulling 'registry' image\nRunning registry container\n \nPUSHING DOCKER IMAGE: localhost:5000/filtermodule:0.0.2-amd64\nThe push refers to repository [localhost:5000/filtermodule]\nERROR: Error: Get http://localhost:5000/v2/: read tcp [::1]:57170->[::1]:5000: read: connection reset by peer",
      note="'Local registry may take a few seconds from a fresh start to accept push requests'; 'Workaround: try pushing for a second time'"),
    r("docker/build-push-action#251", "connectivity", "connectivity.timeout", True, "service", "ghcr.io",
      ' #26 ERROR: failed commit on ref "layer-sha256:db2b5fcf76f8fb16af3c060cac85adef71b061210be3618e2738f388f6d85953": failed to do request: Put https://ghcr.io/v2/airgproducts/llvm/blobs/upload/514e25f9-7efa-421b-9a2a-acbabde7bbdd?digest=sha256%3Adb2b5fcf76f8fb16af3c060cac85adef71b061210be3618e2738f388f6d85953: read tcp 172.17.0.2:48072->140.82.114.33:443: read: connection timed out\n------',
      also_ok=["connectivity.reset", "registry.server_error"],
      note="a GHCR engineer: the load balancer logged 201 for that upload after 19 s, so a client-side read timeout on a big layer; 'unreproducible'"),
    r("openshift/release#2070", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "registry.svc.ci.openshift.org",
      "error: unable to connect to image repository registry.svc.ci.openshift.org/ci-op-7x26ipsi/stable@sha256:04b6a2c614fb3840782db830c5739ff00b74ba596c768b0c4de457b5584bdecd: Get https://registry.svc.ci.openshift.org/v2/: net/http: TLS handshake timeout",
      note="a recurring CI flake (area/test-execution) on the CI cluster's registry route; the thread asks whether the router or the backend timed out"),
    r("docker/for-mac#6338", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "auth.docker.io",
      'failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to authorize: rpc error: code = Unknown desc = failed to fetch oauth token: Get "https://auth.docker.io/token?scope=repository%3Ajboss%2Fwildfly%3Apull&service=registry.docker.io": net/http: TLS handshake timeout',
      cmd="docker build -t <name_of_image> -f Dockerfile .", host_alt=HUB, also_ok=["credentials.token_failed"],
      note="the token fetch for the FROM image times out in the TLS handshake (the reporter's quotes around the message dropped); closed stale"),
    # --- a cache blob, not the registry -------------------------------------------------------------------------------
    e("gha_cache", src("docker/build-push-action#1371"), "gha_cache", "gha_cache.url_expired", False, "service",
      "productionresultssa0.blob.core.windows.net", "raw",
      "ERROR: failed to solve: failed to push ghcr.io/kwohlfahrt/etcdmon:pr-17: failed to copy: GET https://productionresultssa0.blob.core.windows.net/actions-cache/65d-285998874\n--------------------------------------------------------------------------------\nRESPONSE 403: 403 Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nERROR CODE: AuthenticationFailed\n--------------------------------------------------------------------------------",
      head=bpa("ghcr.io/kwohlfahrt/etcdmon:pr-17"), host_alt=["ghcr.io"], also_ok=["gha_cache.client_refused", "gha_cache.blob_missing"],
      note="'a Docker image that takes ~15 minutes to build': pushing copies a layer from the Actions cache through a signed blob URL handed out at the start, which has expired by then; the same build fails the same way (a bake-action thread: 'consistently failing')"),
    # --- credentials and permissions -----------------------------------------------------------------------------------
    r("LeoMartinDev/voy#3", "credentials", "credentials.pull_access_denied", False, "service", "ghcr.io",
      'walter@voy:/opt/voy$ docker pull  ghcr.io/leomartindev/voy:latest\nError response from daemon: unknown: failed to resolve reference "ghcr.io/leomartindev/voy:latest": unexpected status from HEAD request to https://ghcr.io/v2/leomartindev/voy/manifests/latest: 403 Forbidden',
      note="the maintainer: 'I misconfigured ghcr and the package was private'; fixed by publishing it"),
    r("helmforgedev/charts#92", "credentials", "credentials.pull_access_denied", False, "service", "ghcr.io",
      'Error: GET "https://ghcr.io/v2/helmforgedev/helm/postgresql/tags/list": response status code 403: denied: permission_denied: read_package',
      cmd="helm install my-pg oci://ghcr.io/helmforgedev/helm/postgresql",
      note="packages first published by GITHUB_TOKEN in an org are private by default; the maintainer made them public"),
    r("TECH7Fox/asterisk-hass-addons#258", "credentials", "credentials.token_failed", False, "build", "ghcr.io",
      "failed to push ghcr.io/tech7fox/asterisk-hass-addon: failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden",
      also_ok=["credentials.ghcr_write_denied", "credentials.push_denied"],
      note="a pull request from a fork: its workflow gets no secrets, so it pushes without a login; 'Secrets aren't passed to PR's from forks'"),
    r("autc04/Retro68#274", "credentials", "credentials.unauthorized", False, "build", None,
      "unauthorized: unauthenticated: User cannot be authenticated with the token provided.",
      host_alt=["ghcr.io"],
      note="an Azure Pipelines push to GHCR: a stale GHCR_TOKEN in a variable group silently overrode the renewed pipeline secret; fixed in the pipeline's configuration"),
    r("deliveryhero/helm-charts#773", "credentials", "credentials.unauthorized", False, "local", "ghcr.io",
      'helm show chart oci://ghcr.io/deliveryhero/helm-charts/node-local-dns                                   \nError: GET "https://ghcr.io/v2/deliveryhero/helm-charts/node-local-dns/tags/list": GET "https://ghcr.io/token?scope=repository%3Adeliveryhero%2Fhelm-charts%2Fnode-local-dns%3Apull&service=ghcr.io": unexpected status code 403: denied: denied',
      also_ok=["credentials.pull_access_denied", "credentials.registry_refused"],
      note="a public chart refused for stored credentials: 'works again, after: helm registry logout ghcr.io'"),
    r("aws-actions/amazon-ecr-login#431", "credentials", "credentials.no_basic_auth", True, "local", None,
      "Successfully built 96a7fcd1b011\nSuccessfully tagged ***.dkr.ecr.eu-central-1.amazonaws.com/registry:latest\nThe push refers to repository [***.dkr.ecr.eu-central-1.amazonaws.com/registry]\n374b29f6eb29: Preparing\n02541b6f86e9: Preparing\nd36dc390a6a2: Preparing\n28adcc2eea7f: Preparing\n8c667e7e65fe: Preparing\nno basic auth credentials",
      host_alt=["***.dkr.ecr.eu-central-1.amazonaws.com", "dkr.ecr.eu-central-1.amazonaws.com"],
      note="random builds on self-hosted runners sharing one instance: 'If a build fails, the next build will pass' (another job's login or logout rewrites the shared docker config); the account part of the host is masked"),
    r("kciter/aws-ecr-action#1", "credentials", "credentials.no_basic_auth", False, "build", None,
      "no basic auth credentials",
      head=["== START PUSH TO ECR", "The push refers to repository [***.dkr.ecr.us-east-1.amazonaws.com/my-app]", "6403477052d0: Preparing"],
      host_alt=["***.dkr.ecr.us-east-1.amazonaws.com", "dkr.ecr.us-east-1.amazonaws.com"],
      note="'I had the wrong AWS_ACCOUNT_ID': the login was for another account's registry than the tag; the error line is quoted in the thread's prose after its log"),
    r("googlecloudrobotics/core#44", "credentials", "credentials.token_failed", False, "build", "gcr.io",
      "F0512 07:24:16.916115   35662 fast_pusher_.py:194] Error publishing gcr.io/[project-name]/setup-robot:latest: Bad status during token exchange: 403\n{\"errors\":[{\"code\":\"DENIED\",\"message\":\"Token exchange failed for project '[project-name]'. Please enable Google Container Registry API in Cloud Console at https://console.cloud.google.com/apis/api/containerregistry.googleapis.com/overview?project=[project-name] before performing this operation.\"}]}",
      cmd="./deploy.sh create [project-name]", also_ok=["registry.request_rejected"],
      note="the deploy script never enables the Container Registry API in a fresh project; the console link is advice, not the failing host"),
    r("codeship-library/google-cloud-utilities#2", "credentials", "credentials.token_failed", False, "build", "gcr.io",
      "Image Push error for image gcr.io/codeship-production/google-deployment-example:latest, Post https://gcr.io/v2/codeship-production/google-deployment-example/blobs/uploads/: token auth attempt for registry: https://gcr.io/v2/token?scope=repository%3Acodeship-production%2Fgoogle-deployment-example%3Apush%2Cpull&service=gcr.io request failed with status: 403 Forbidden",
      also_ok=["credentials.push_denied"],
      note="the push step had no registry credentials configured; fixed by adding `dockercfg_service: gcr_dockercfg` to the service"),
    r("mozilla/jetstream#2683", "registry", "registry.gcr_shutdown", False, "service", None,
      "Container Registry is deprecated and shutting down, please use the auto migration tool to migrate to Artifact Registry (gcloud artifacts docker upgrade migrate --projects='*****************************')",
      host_alt=["gcr.io"],
      note="'Pushing images to GCR is failing'; fixed by migrating to Artifact Registry, not by a re-run"),
    r("jfrog/jfrog-cli-core#1101", "registry", "registry.request_rejected", False, "service", None,
      "$ jf docker push xx/docker-local/test:v1 \n...\nv1: digest: sha256:e7f0bc939c6fdc86f737267b3d52412401e82c711251f70a02a6bc5bab509477 size: 1776\n[🚨Error] error while getting docker repository name. Artifactory response: 403 Forbidden",
      also_ok=["credentials.registry_refused"],
      note="labelled bug: the image is pushed, then the CLI's follow-up Artifactory call is refused by an Xray policy that blocks downloads of unscanned artifacts; every push fails the same way; the host is redacted"),
    # --- references that point somewhere else -------------------------------------------------------------------------
    r("GoogleContainerTools/kaniko#702", "build", "build.invalid_reference", False, "build", "auth.docker.io",
      '$ /kaniko/executor --context "$SERVICE_FOLDER" --dockerfile "Dockerfile" --destination ${REGISTRY_URL}/${CI_PROJECT_NAME}/imagename:latest --build-arg ARTIFACTORY_USERNAME=$ARTIFACTORY_USERNAME  --build-arg ARTIFACTORY_PASSWORD=$ARTIFACTORY_PASSWORD  --cache=true --cache-repo=$ARTIFACTORY_HOST/${CI_PROJECT_NAME}/$APP_NAME/cache\nerror checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "/projectname/imagename:latest": creating push check transport for index.docker.io failed: GET https://auth.docker.io/token?scope=repository%3A%2Fprojectname%2Fimagename%3Apush%2Cpull&service=registry.docker.io: unexpected status code 400 Bad Request: {"details":"invalid repository name"}',
      host_alt=["index.docker.io", "docker.io"], also_ok=["registry.request_rejected"],
      note="the inline-code backticks dropped; the fix: REGISTRY_URL was a protected GitLab variable, empty on that branch, so the destination lost its registry and kaniko fell back to Docker Hub"),
    r("fastapi/full-stack-fastapi-template#387", "build", "build.invalid_reference", False, "build", "docker.io",
      "The push refers to repository [docker.io/library/backend]\ndenied: requested access to the resource is denied\nCleaning up file based variables\n00:01\nERROR: Job failed: exit code 1",
      raw_is_log=True, also_ok=["credentials.push_denied"],
      note="the deploy job pushes the bare tag `backend`, i.e. docker.io/library/backend, though the login was to the private GitLab registry ('attempting to connect with dockerhub rather than my gitlab registry'); the inline-code backticks dropped"),
    r("helm/helm#12062", "build", "build.invalid_reference", False, "build", "ghcr.io",
      "helm dependency build\n\nSaving 1 charts\nDownloading grafana-operator from repo oci://ghcr.io/grafana-operator/helm-charts/grafana-operator\nSave error occurred:  could not download oci://ghcr.io/grafana-operator/helm-charts/grafana-operator/grafana-operator: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Agrafana-operator%2Fhelm-charts%2Fgrafana-operator%2Fgrafana-operator%3Apull&service=ghcr.io: 403 Forbidden\nError: could not download oci://ghcr.io/grafana-operator/helm-charts/grafana-operator/grafana-operator: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Agrafana-operator%2Fhelm-charts%2Fgrafana-operator%2Fgrafana-operator%3Apull&service=ghcr.io: 403 Forbidden",
      also_ok=["credentials.pull_access_denied", "credentials.token_failed"],
      note="question/support: the dependency's repository already ends in the chart name and helm appends it again; " + HELM_PATH),
    r("dragonflydb/dragonfly-operator#383", "build", "build.invalid_reference", False, "build", "ghcr.io",
      'helm show chart oci://ghcr.io/dragonflydb/dragonfly-operator/helm:v1.2.1\nError: failed to perform "FetchReference" on source: GET "https://ghcr.io/v2/dragonflydb/dragonfly-operator/helm/manifests/v1.2.1": GET "https://ghcr.io/token?scope=repository%3Adragonflydb%2Fdragonfly-operator%2Fhelm%3Apull&service=ghcr.io": response status code 403: denied: requested access to the resource is denied',
      also_ok=["credentials.pull_access_denied"],
      note="the answer: append the chart name (.../helm/dragonfly-operator --version v1.2.1); " + HELM_PATH),
]
