"""Dev-set entries, batch 48 (container registries as clients other than the docker CLI see them in CI. skopeo
copying to ACR under a 429 and to Docker Hub with an EOF, skopeo's own CI against an old OpenShift registry that 500s,
podman and buildah pulling from quay.io, registry.access.redhat.com and registry.opensuse.org through 502s, TLS
handshake and dial timeouts; kaniko meeting a Cloudflare 503 on Docker Hub's blob CDN and a 504 from a cluster
registry's router; containerd under kubelet, kind and CRI-O hitting Docker Hub's pull limit, registry.k8s.io's 429s,
ECR Public's "Rate exceeded" and an ACR 500; ctr/crictl and nerdctl through a proxy nobody runs, a proxy nerdctl
ignores and a handshake that times out behind one; buildkit and SAM/CDK builds throttled by public.ecr.aws, the
DaoCloud pull-through mirror timing out, the kubelet's ACR credential provider giving up too early and a token
refresher that let an ECR login lapse. Beside them the builds' own: Jib pushing with a read-only Docker Hub token,
Helm OCI charts at versions or repositories that were never published (ghcr.io's MANIFEST_UNKNOWN and FetchReference
"not found", quay.io's 401 for a chart that does not exist, a chart manifest pushed half-way), images with no manifest
for the node's platform, an ECR account that GovCloud nodes cannot use, a GitLab image with no `latest`, a podman
short name for an image that only exists locally, a release compose file still pointing at a developer's
localhost:5001, helm and helmper pushing HTTPS to plain-HTTP registries, an ECR token stale on a self-hosted runner
and a mirror path kubeadm builds wrong). `err` is verbatim from the source (a GitHub thread found with the search
tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, link markup around a URL)
only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the
reporter's own words or is cut, the entry stops at the last whole log line. Hosts follow the README's strict rule: a
host is given only where a line of the log names it for the failing call; an inferred one goes in host_alt. Labels
were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {
    "aws/aws-toolkit-jetbrains#2395", "podman-container-tools/buildah#6099", "kubernetes/kubernetes#108209",
    "podman-container-tools/skopeo#1900", "istio/release-builder#2280",
}

B = Batch(PULLS)
reg = B.family("registry")
conn = B.family("connectivity")
bld = B.build("registry")
loc = B.local()

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
RATE = "registry.rate_limited"
HUB_LIMIT = "registry.dockerhub_pull_limit"
SERVER = "registry.server_error"
TIMEOUT = "connectivity.timeout"
TLS_TIMEOUT = "connectivity.tls_handshake_timeout"
PLAIN_HTTP = "connectivity.plain_http_registry"
NOT_FOUND = "build.tag_not_found"
WRONG_ARCH = "build.wrong_arch_image"

E = [
    # --- throttled: ACR, registry.k8s.io, Docker Hub under kubelet, ECR Public ------------------------------------------
    reg("containers/common#2494", "registry", RATE, True, "service", None,
        "Getting image list signatures\nCopying 0 images generated from 4 images in list\nWriting manifest list to image destination\nFATA[0000] Uploading manifest list failed, attempted the following formats: application/vnd.docker.distribution.manifest.list.v2+json(uploading manifest 3.10.18-r0 to ********************************************/python: toomanyrequests: Rate exceeded)",
        cmd="skopeo --insecure-policy copy --retry-times 20 --preserve-digests --multi-arch index-only --format v2s2 --digestfile built_image_sha.txt docker://.../python@sha256:492b8322ceed4d33067b73e56145503a7d9a21c9f8e9d7768ebe9dbe8120586c docker://.../python:3.10.18-r0",
        also_ok=["registry.request_rejected"],
        note="the destination is Azure Container Registry answering 429 on the manifest-list upload; skopeo's --retry-times does not treat TOOMANYREQUESTS as retryable and fails at once, but the throttle itself clears and a later run goes through (the registry name is redacted in the log)"),
    reg("kubernetes/kubernetes#126366", "registry", RATE, False, "service", "registry.k8s.io",
        "E0725 17:44:02.225370    1883 log.go:32] \"PullImage from image service failed\" err=\"rpc error: code = Unknown desc = failed to pull and unpack image \\\"registry.k8s.io/sig-storage/csi-resizer:v1.2.0\\\": failed to resolve reference \\\"registry.k8s.io/sig-storage/csi-resizer:v1.2.0\\\": unexpected status from HEAD request to https://registry.k8s.io/v2/sig-storage/csi-resizer/manifests/v1.2.0: 429 Too Many Requests\" image=\"registry.k8s.io/sig-storage/csi-resizer:v1.2.0\"\nE0725 17:44:02.225456    1883 kuberuntime_image.go:55] \"Failed to pull image\" err=\"failed to pull and unpack image \\\"registry.k8s.io/sig-storage/csi-resizer:v1.2.0\\\": failed to resolve reference \\\"registry.k8s.io/sig-storage/csi-resizer:v1.2.0\\\": unexpected status from HEAD request to https://registry.k8s.io/v2/sig-storage/csi-resizer/manifests/v1.2.0: 429 Too Many Requests\" image=\"registry.k8s.io/sig-storage/csi-resizer:v1.2.0\"",
        raw_is_log=True, also_ok=["registry.dockerhub_pull_limit", "registry.request_rejected"],
        note="the 5000-node gce-master-scale-performance job (a critical-urgent failing-test issue, sig/k8s-infra): every node's containerd pulls the CSI images from registry.k8s.io at once and the registry's backend throttles them; the periodic job kept failing the same way until the image source changed, so not a re-run fix"),
    reg("kata-containers/kata-containers#10109", "registry", HUB_LIMIT, True, "service", "registry-1.docker.io",
        "Warning  Failed     76s                 kubelet            Failed to pull image \"busybox\": rpc error: code = Unknown\ndesc = failed to pull and unpack image \"docker.io/library/busybox:latest\": failed to copy: httpReadSeeker: failed open:\nunexpected status code https://registry-1.docker.io/v2/library/busybox/manifests/sha256:50aa4698fa6262977cff89181b2664b99d8a56dbca847bf62f2ef04854597cf8:\n429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.\nYou may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
        raw_is_log=True, host_alt=HUB, also_ok=[RATE],
        note="the KBS deployment in kata's GitHub Actions CI pulls busybox anonymously through containerd on shared runner IPs and hits Docker Hub's limit on some runs of two PRs; the reporter's line wrapping is kept as pasted"),
    reg("red-hat-storage/ocs-ci#4494", "registry", HUB_LIMIT, True, "service", None,
        "  Normal   Pulling         77s (x2 over 2m32s)  kubelet            Pulling image \"obsidiandynamics/kafdrop:latest\"\n  Warning  Failed          16s (x2 over 90s)    kubelet            Failed to pull image \"obsidiandynamics/kafdrop:latest\": rpc error: code = Unknown desc = Error reading manifest latest in docker.io/obsidiandynamics/kafdrop: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n  Warning  Failed          16s (x2 over 90s)    kubelet            Error: ErrImagePull\n  Normal   BackOff         4s (x2 over 89s)     kubelet            Back-off pulling image \"obsidiandynamics/kafdrop:latest\"",
        raw_is_log=True, host_alt=HUB, also_ok=[RATE],
        note="OpenShift 4.6 test runs (CRI-O, whose containers/image wording this is) pull kafdrop from Docker Hub anonymously and meet the pull limit on 'recent runs'; the plan is to mirror the image to quay only 'if we see this error repeatedly'"),
    reg("dell/csi-baremetal#391", "registry", HUB_LIMIT, True, "service", "registry-1.docker.io",
        "May  4 15:49:12.578: INFO: At 2021-05-04 15:45:47 +0000 UTC - event for pvc-tester-zlrfq: {kubelet kind-worker} Pulling: Pulling image \"centos\"\nMay  4 15:49:12.579: INFO: At 2021-05-04 15:45:50 +0000 UTC - event for pvc-tester-zlrfq: {kubelet kind-worker} Failed: Error: ImagePullBackOff\nMay  4 15:49:12.579: INFO: At 2021-05-04 15:45:50 +0000 UTC - event for pvc-tester-zlrfq: {kubelet kind-worker} Failed: Failed to pull image \"centos\": rpc error: code = Unknown desc = failed to pull and unpack image \"docker.io/library/centos:latest\": failed to copy: httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/centos/manifests/sha256:dbbacecc49b088458781c16f3775f2a2ec7521079034a7ba499c8b0bb7f86875: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
        raw_is_log=True, host_alt=HUB, also_ok=[RATE],
        note="the e2e suite's pvc-tester pod on a kind node pulls centos anonymously; the pull limit resets (the issue moves the test image off Docker Hub to stop recurrences); containerd's own 'httpReaderSeeker' spelling kept"),
    reg("kubeflow/trainer#1400", "registry", RATE, True, "service", "public.ecr.aws",
        "  Warning  Failed          15s               kubelet            Failed to pull image \"public.ecr.aws/j1r0q0g6/training/training-operator:5ef6c405df2bb1bf1d3ede988cd43433eff2e956\": rpc error: code = Unknown desc = Error response from daemon: toomanyrequests: Rate exceeded\n  Warning  Failed          15s               kubelet            Error: ErrImagePull",
        raw_is_log=True, also_ok=["registry.request_rejected"],
        note="'Seems public ECR has rate limitation as well': ECR Public throttles unauthenticated pulls (1 per second per IP) and the kubelet's pull fails; it passes on a later pull or with an ECR Public login"),
    reg("aws/aws-toolkit-jetbrains#2395", "registry", RATE, True, "service", "public.ecr.aws",
        "2021-01-29 20:04:38 DEBUG CliBasedStep:73 - [STDERR] Step 7/10 : FROM public.ecr.aws/lambda/java:11\n2021-01-29 20:04:39 DEBUG CliBasedStep:73 - [STDOUT]\n2021-01-29 20:04:39 DEBUG CliBasedStep:73 - [STDOUT] Build Failed\n2021-01-29 20:04:39 DEBUG CliBasedStep:73 - [STDERR] Error: SomeFunction failed to build: toomanyrequests: Rate exceeded",
        cmd="./gradlew integrationTest", also_ok=["credentials.missing"],
        note="'We are getting throttled sometimes by public.ecr.aws' in the integration tests' SAM builds; the PR logs in to ECR Public for the higher authenticated limit (the throttle itself is intermittent)"),
    reg("aws/aws-cdk#16927", "registry", RATE, True, "service", "public.ecr.aws",
        "Step 1/9 : ARG IMAGE=public.ecr.aws/sam/build-python3.7\nStep 2/9 : FROM $IMAGE\ntoomanyrequests: Rate exceeded\ndocker exited with status 1\nSubprocess exited with error 1",
        cmd="npx cdk synth", also_ok=["credentials.missing"],
        note="CDK bundling a Python Lambda pulls the SAM build image from ECR Public; the workflow logged in to its private ECR, which does not lift ECR Public's anonymous limit, so synth fails some of the time (10-20 builds a day)"),
    # --- 5xx: quay.io, Docker Hub's CDN, an OpenShift registry, ACR, registry.access.redhat.com, skopeo's CI ----------
    reg("podman-container-tools/buildah#6099", "registry", SERVER, True, "service", "quay.io",
        "# Error: internal error: unable to copy from source {{{quay.io libpod/testdigest_v2s1} sha256:816563225d7baae4782653efc9410579341754fe32cbe20f7600b39fc37d8ec7} %!s(bool=false)}: reading blob sha256:079b08e1aa775c91968e14da9e28db2bcb221bb829130534383802b52d11739d: fetching blob: received unexpected HTTP status: 502 Bad Gateway",
        raw_is_log=True, also_ok=["registry.outage"],
        note="a PR that only edits an issue template fails buildah's bats suite on quay.io's 502 for a test image blob; '/packit test' re-runs it"),
    reg("googleapis/google-cloud-cpp#6438", "registry", SERVER, True, "service", "production.cloudflare.docker.com",
        "INFO[0000] Retrieving image manifest centos:7\nINFO[0000] Retrieving image manifest centos:7\nerror building image: GET https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/86/8652b9f0cb4c0599575e5a003f5906876e10c1ceb2ab9fe1786712dac14a50cf/data?verify=REDACTED: unsupported status code 503; body: <!DOCTYPE html>\n<!--[if lt IE 7]> <html class=\"no-js ie6 oldie\" lang=\"en-US\"> <![endif]-->\n<!--[if IE 7]>    <html class=\"no-js ie7 oldie\" lang=\"en-US\"> <![endif]-->\n<!--[if IE 8]>    <html class=\"no-js ie8 oldie\" lang=\"en-US\"> <![endif]-->\n<!--[if gt IE 8]><!--> <html class=\"no-js\" lang=\"en-US\"> <!--<![endif]-->\n<head>\n<title>Temporarily unavailable | production.cloudflare.docker.com | Cloudflare</title></title>",
        raw_is_log=True, host_alt=HUB, also_ok=["connectivity.package_mirror"],
        note="labelled cpp: flake: kaniko in Cloud Build fetches the centos:7 base layer from Docker Hub's Cloudflare blob CDN, which answers 'Temporarily unavailable'; nothing in the change, the next build passes"),
    reg("tektoncd/catalog#190", "registry", SERVER, False, "service", None,
        "error pushing image: failed to push to destination docker-registry-default.xxx/tekton-trial/sample-app:latest: unsupported status code 504; body: <html><body><h1>504 Gateway Time-out</h1>",
        raw_is_log=True, also_ok=["connectivity.gateway_timeout"],
        note="kaniko's push to an OpenShift 3.11 integrated registry gets its router's 504; 'not network issue' (tried from several networks) and it kept failing for days, 'a blocker'; the thread closed as rotten without a fix, so the registry side stayed broken"),
    reg("Azure/open-service-broker-azure#700", "registry", SERVER, True, "service", "osbapublicacr.azurecr.io",
        "  Normal   Pulling    22s (x2 over 35s)  kubelet, k8s-linuxpool-11683214-vmss000001  pulling image \"osbapublicacr.azurecr.io/microsoft/azure-service-broker:v1.6.0\"\n  Warning  Failed     21s (x2 over 34s)  kubelet, k8s-linuxpool-11683214-vmss000001  Failed to pull image \"osbapublicacr.azurecr.io/microsoft/azure-service-broker:v1.6.0\": rpc error: code = Unknown desc = Error response from daemon: Get https://osbapublicacr.azurecr.io/v2/microsoft/azure-service-broker/manifests/v1.6.0: received unexpected HTTP status: 500 Internal Server Error\n  Warning  Failed     21s (x2 over 34s)  kubelet, k8s-linuxpool-11683214-vmss000001  Error: ErrImagePull",
        raw_is_log=True, also_ok=["registry.outage"],
        note="the project's public ACR answers 500 for the broker's manifest to every cluster 'since earlier today': a registry-side fault the installers cannot fix, gone once ACR recovers"),
    reg("keycloak/keycloak#28036", "registry", SERVER, True, "service", "registry.access.redhat.com",
        "failed to solve: registry.access.redhat.com/ubi9-micro: pulling from host registry.access.redhat.com failed with status code [manifests latest]: 503 Service Unavailable",
        also_ok=["registry.outage"],
        note="operator CI 'intermittently fails' on the UBI base image; 30 rebuilds in the maintainer's forks all passed: 'just some temporary network issue' on Red Hat's registry"),
    reg("podman-container-tools/skopeo#1900", "registry", SERVER, True, "local", "localhost:5006",
        "time=\"2023-02-09T12:19:25-06:00\" level=fatal msg=\"copying system image from manifest list:\n      writing manifest: uploading manifest unsigned to localhost:5006/myns/mirroring-primary: received\n     unexpected HTTP status: 500 Internal Server Error\"",
        raw_is_log=True,
        note="a codespell PR: localhost:5006 is the very old OpenShift integrated registry skopeo's CI runs inside its test container; 'The registry sometimes fails this way' (a flake of the CI's own registry, not of the change); the reporter's wrapping kept"),
    # --- timeouts, TLS handshakes, EOFs -----------------------------------------------------------------------------
    reg("kubernetes/kubernetes#108209", "registry", "connectivity.client_timeout", True, "service", None,
        "Feb 16 10:05:09 aks-pdweappool02-29359546-vmss000002 kubelet[28475]: E0216 10:05:09.652945   28475 azure_credentials.go:326] failed to receive challenge: error reaching registry endpoint https://xxx.azurecr.io/v2/, error: Get \"https://xxx.azurecr.io/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
        raw_is_log=True, also_ok=["credentials.token_failed", TIMEOUT],
        note="since 1.22 the kubelet's ACR credential provider gives the registry's /v2/ challenge 10 seconds, which 'in some cases' is not enough; the pull then goes without credentials; the PR raises it to 60s (slow answers come and go; the journal's second, run-on line is left out)"),
    reg("DaoCloud/public-image-mirror#721", "registry", TIMEOUT, True, "service", "docker.m.daocloud.io",
        "#4 ERROR: failed to do request: Head \"https://docker.m.daocloud.io/v2/alpine/manifests/3.17.2\": dial tcp 47.103.132.72:443: i/o timeout",
        host_alt=["47.103.132.72:443"], also_ok=["registry.proxy_upstream_failed", "connectivity.connect_timeout"],
        note="the DaoCloud pull-through mirror 'is not working 23/11/09 night'; the maintainer closed it once it was 'fairly stable now'"),
    reg("samba-in-kubernetes/samba-container#242", "registry", TIMEOUT, True, "service", "registry.opensuse.org",
        "STEP 1/23: FROM opensuse/tumbleweed\nResolved \"opensuse/tumbleweed\" as an alias (/etc/containers/registries.conf.d/shortnames.conf)\nTrying to pull registry.opensuse.org/opensuse/tumbleweed:latest...\ntime=\"2026-03-02T10:14:24Z\" level=warning msg=\"Failed, retrying in 2s ... (1/3). Error: initializing source docker://registry.opensuse.org/opensuse/tumbleweed:latest: pinging container registry registry.opensuse.org: Get \\\"https://registry.opensuse.org/v2/\\\": dial tcp 195.135.223.221:443: i/o timeout\"\ntime=\"2026-03-02T10:15:26Z\" level=warning msg=\"Failed, retrying in 2s ... (2/3). Error: initializing source docker://registry.opensuse.org/opensuse/tumbleweed:latest: pinging container registry registry.opensuse.org: Get \\\"https://registry.opensuse.org/v2/\\\": dial tcp 195.135.223.221:443: i/o timeout\"\ntime=\"2026-03-02T10:16:28Z\" level=warning msg=\"Failed, retrying in 2s ... (3/3). Error: initializing source docker://registry.opensuse.org/opensuse/tumbleweed:latest: pinging container registry registry.opensuse.org: Get \\\"https://registry.opensuse.org/v2/\\\": dial tcp 195.135.223.221:443: i/o timeout\"",
        raw_is_log=True, host_alt=["195.135.223.221:443"], also_ok=["connectivity.connect_timeout"],
        note="'openSUSE container builds are failing inconsistently': podman build cannot reach registry.opensuse.org for its base image, even after podman's three retries; other runs pass (the Markdown link wrapped around each URL dropped, the cut final Error line left out)"),
    reg("openshift/openshift-azure#972", "registry", TIMEOUT, True, "service", "registry.access.redhat.com",
        "  Warning  Failed          12s               kubelet, compute-1546521159-000000  Failed to pull image \"registry.access.redhat.com/openshift3/ose-docker-builder:v3.11.43\": rpc error: code = Unknown desc = Get https://registry.access.redhat.com/v1/_ping: dial tcp 96.7.26.82:443: i/o timeout\n  Warning  Failed          12s               kubelet, compute-1546521159-000000  Error: ErrImagePull",
        raw_is_log=True, host_alt=["96.7.26.82:443"], also_ok=["connectivity.connect_timeout"],
        note="'registry.access.redhat.com underperforming': e2e cluster creations pulling at once time out now and then; the kubelet's retry pulls it, only health checks get slower"),
    reg("podman-container-tools/podman#14864", "registry", TLS_TIMEOUT, True, "service", "registry.access.redhat.com",
        "Running: podman [options] pull registry.access.redhat.com/ubi8-init\nTrying to pull registry.access.redhat.com/ubi8-init:latest...\ntime=\"2022-07-07T18:22:15-05:00\" level=warning msg=\"Failed, retrying in 1s ... (1/3). Error: copying system image from manifest list: determining manifest MIME type for docker://registry.access.redhat.com/ubi8-init:latest: Get \\\"https://registry.access.redhat.com/v2/ubi8-init/manifests/sha256:aaa17f9f2c8c628601688a830df297bf3548236efd7095b6448247bd759aed50\\\": net/http: TLS handshake timeout\"\nError: initializing source docker://registry.access.redhat.com/ubi8-init:latest: can't talk to a V1 container registry",
        raw_is_log=True, also_ok=[TIMEOUT],
        note="labelled flakes: 'a temporary fart on registry.access.redhat.com'; the retry's misleading 'V1 container registry' error follows the handshake timeout; seen on two tests at the same moment, not again"),
    reg("docker/hub-feedback#2380", "registry", "connectivity.eof", True, "service", "registry-1.docker.io",
        "time=\"2024-04-12T23:45:19Z\" level=fatal msg=\"trying to reuse blob sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1 at destination: Head \\\"https://registry-1.docker.io/v2/envoyproxy/envoy-contrib-dev/blobs/sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1\\\": EOF\"",
        raw_is_log=True, host_alt=HUB, also_ok=[SERVER, "connectivity.reset"],
        note="envoy's skopeo pushes to Docker Hub failing ~80% of CI since 12 April with no change on their side; 'rerunning usually fixes' (the Markdown link markup around the URL dropped)"),
    conn("inclavare-containers/inclavare-containers#1293", "connectivity", TLS_TIMEOUT, True, "local", "registry-1.docker.io",
        "time=\"2021-08-19T12:58:41Z\" level=fatal msg=\"running container: creating container failed: rpc error: code = Unknown desc = failed to pull and unpack image \\\"docker.io/inclavarecontainers/occlum-hello-world:scratch\\\": failed to resolve reference \\\"docker.io/inclavarecontainers/occlum-hello-world:scratch\\\": failed to do request: Head \\\"https://registry-1.docker.io/v2/inclavarecontainers/occlum-hello-world/manifests/scratch\\\": net/http: TLS handshake timeout\"",
        raw_is_log=True, host_alt=HUB, also_ok=["connectivity.proxy_misconfigured"],
        note="a gating CI job's crictl run through containerd: closed as 'Due to proxy issue' on the CI host's path out, not Docker Hub; the proxy came back and the job was not changed"),
    conn("openshift/image-registry#77", "connectivity", TLS_TIMEOUT, True, "local", "dseasb33srnrn.cloudfront.net",
        "nternal error occurred: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/fd/fdd589482018b388e3ef90e087a41be78714966d43a01f3542f96af8df8ea49e/data?Expires=1524083159&Signature=T2Le~M3Tq8hta74USnsJmqUkPjIzby7uizQ7c7k7fgy28UxOuVLxyVYCsAweyoXllRc5Hzoexk0geaLePaZj-zP8PIZMmzyPq~-MBSlJz-4v1YrSB2uz~v-LjEHFhx43CUt~cJ5h4DZOa2Vvpw1pq7DRnYPhdbpdMU-fKO-EuTc_&Key-Pair-Id=APKAJECH5M7VWIS5YZ6Q: net/http: TLS handshake timeout. Timestamp: 2018-04-18T08:26:09Z Error count: 2",
        raw_is_log=True, host_alt=HUB, also_ok=[TIMEOUT],
        note="the integrated registry importing an image stream times out handshaking with Docker Hub's CloudFront blob CDN; 'This is a network issue' of the cluster's path out (the console's 'Edit image stream' after the message left out; the paste starts at 'nternal')"),
    conn("containerd/nerdctl#1193", "connectivity", "connectivity.proxy_refused", False, "local", "registry-1.docker.io",
        "INFO[0000] trying next host                              error=\"failed to do request: Head \\\"https://registry-1.docker.io/v2/library/hello-world/manifests/latest\\\": proxyconnect tcp: dial tcp 127.0.0.1:7890: connect: connection refused\" host=registry-1.docker.io\nERRO[0000] server \"docker.io\" does not seem to support HTTPS  error=\"failed to resolve reference \\\"docker.io/library/hello-world:latest\\\": failed to do request: Head \\\"https://registry-1.docker.io/v2/library/hello-world/manifests/latest\\\": proxyconnect tcp: dial tcp 127.0.0.1:7890: connect: connection refused\"\nINFO[0000] Hint: you may want to try --insecure-registry to allow plain HTTP (if you are in a trusted network)\nFATA[0000] failed to resolve reference \"docker.io/library/hello-world:latest\": failed to do request: Head \"https://registry-1.docker.io/v2/library/hello-world/manifests/latest\": proxyconnect tcp: dial tcp 127.0.0.1:7890: connect: connection refused",
        cmd="nerdctl pull hello-world", host_alt=["127.0.0.1:7890", *HUB], also_ok=["connectivity.proxy_misconfigured", "connectivity.refused"],
        note="HTTPS_PROXY points at socks5://127.0.0.1:7890 and nothing accepts there for nerdctl; every pull fails the same until the proxy setting or the proxy is fixed (nerdctl's HTTPS hint is a red herring)"),
    conn("containerd/nerdctl#506", "connectivity", "connectivity.proxy_misconfigured", False, "local", "k8s.gcr.io",
        "INFO[0003] trying next host                              error=\"failed to do request: Head \\\"https://k8s.gcr.io/v2/kube-apiserver/manifests/v1.22.3\\\": dial tcp 142.251.8.82:443: connect: connection timed out\" host=k8s.gcr.io",
        cmd="nerdctl --namespace k8s.io pull k8s.gcr.io/kube-apiserver:v1.22.3", host_alt=["142.251.8.82:443"], also_ok=[TIMEOUT, "connectivity.connect_timeout"],
        note="the proxy is set only in containerd's systemd drop-in; nerdctl and ctr resolve and fetch in the client process, so they dial k8s.gcr.io directly from a network that cannot reach it (crictl, going through CRI, works); the FATA line is cut in the thread"),
    # --- the runner's side of credentials and manifests -------------------------------------------------------------
    B.entry("registry", "deis/builder#426", "credentials", "credentials.ecr_token_expired", False, "local", None,
        "Pushing to registry\n{\"errorDetail\":{\"message\":\"error parsing HTTP 403 response body: invalid character 'Y' looking for beginning of value: \\\"Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one.\\\"\"},\"error\":\"error parsing HTTP 403 response body: invalid character 'Y' looking for beginning of value: \\\"Your Authorization Token has expired. Premote: n 'aws ecr get-login' to fetch a new one.\\\"\"}",
        raw_is_log=True, also_ok=["credentials.session_expired", "credentials.unauthorized"],
        note="Deis Workflow's builder pushes with an ECR token its registry-token-refresher pod should renew; after the builder pod restarted the token lapsed and 'normally restarting the registry token refresher solves the problem' (a git push retried unchanged fails again; 'Premote: n' is git's interleaved remote output)"),
    reg("rdvansloten/cert-manager-key-vault-sync#15", "registry", "registry.manifest_incomplete", False, "service", "docker.io",
        "could not download oci://docker.io/rdvansloten/cert-manager-key-vault-sync: manifest does not contain minimum number of descriptors (2), descriptors found: 1",
        cmd="helm pull oci://docker.io/rdvansloten/cert-manager-key-vault-sync --version v1.1.0", host_alt=["registry-1.docker.io"], also_ok=[NOT_FOUND, "registry.artifact_not_found"],
        note="the v1.1.0 tag on Docker Hub held a one-descriptor manifest, not a Helm chart, though the publish pipeline had reported success; it stayed broken for every consumer until the maintainer re-ran the publish job"),
    # --- the builds' own: credentials and scopes --------------------------------------------------------------------
    B.build_in("registry", "GoogleContainerTools/jib#4330", "credentials.insufficient_scope",
        "[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.4.4:build (default-cli) on project imc: Build image failed, perhaps you should make sure your credentials for 'registry-1.docker.io/aboubakardosso/imc' are set up correctly. See https://github.com/GoogleContainerTools/jib/blob/master/docs/faq.md#what-should-i-do-when-the-registry-responds-with-unauthorized for help: Unauthorized for registry-1.docker.io/aboubakardosso/imc: 401 Unauthorized\n[ERROR] GET https://auth.docker.io/token?service=registry.docker.io&scope=repository:aboubakardosso/imc:pull,push\n[ERROR] {\"details\":\"access token has insufficient scopes\"}\n[ERROR] -> [Help 1]",
        host="auth.docker.io", component="credentials", cmd="mvn compile jib:build", host_alt=["registry-1.docker.io"], also_ok=["credentials.unauthorized", "credentials.push_denied"],
        note="the maintainer: the token request asks pull and push for aboubakardosso/imc and Docker Hub grants less; the account or its access token has no write permission to that repository (a read-only PAT), so every push fails the same"),
    B.build_in("registry", "pegasystems/pega-helm-charts#300", "credentials.no_basic_auth",
        "Failed to pull image \"602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:v2.1.0\": rpc error: code = Unknown desc = Error response from daemon: Get https://602401143452.dkr.ecr.us-west-2.amazonaws.com/v2/amazon/aws-load-balancer-controller/manifests/v2.1.0: no basic auth credentials",
        host="602401143452.dkr.ecr.us-west-2.amazonaws.com", component="credentials", raw_is_log=True, also_ok=["build.invalid_reference", "credentials.missing"],
        note="the addons chart's default image points at the commercial-region EKS account 602401143452 in us-west-2, which nodes in a GovCloud (us-gov-west-1) cluster cannot get credentials for; the image must come from the GovCloud account/region, not a re-run"),
    B.build_in("registry", "CircleCI-Public/aws-ecr-orb#265", "credentials.ecr_token_expired",
        "ERROR: denied: Your authorization token has expired. Reauthenticate and try again.",
        component="credentials", cmd="aws ecr get-login-password --region us-west-2 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-west-2.amazonaws.com", also_ok=["credentials.session_expired", "credentials.unauthorized"],
        note="on a self-hosted runner the orb's first login leaves a 12-hour ECR token in ~/.docker/config.json that later jobs keep using after it expires; fixed by logging out first (PR #277), a re-run on the same runner fails again"),
    # --- the builds' own: tags, charts and repositories that do not exist -------------------------------------------
    bld("fluxcd/flux2#5329", NOT_FOUND,
        "failed to determine artifact digest: GET https://ghcr.io/v2/stefanprodan/charts/podinfo/manifests/6.0.0: MANIFEST_UNKNOWN: manifest unknown",
        host="ghcr.io", raw_is_log=True, also_ok=["registry.artifact_not_found"],
        note="'a typo in our docs, the version is too old, there was no Helm OCI chart for podinfo back at 6.0.0'; use semver >=6.5.0 (the error is the issue's title; the log itself was a screenshot)"),
    bld("oauth2-proxy/manifests#380", NOT_FOUND,
        "Error: failed to perform \"FetchReference\" on source: ghcr.io/oauth2-proxy/charts/oauth2-proxy:10.0.0: not found",
        host="ghcr.io", cmd="helm pull oci://ghcr.io/oauth2-proxy/charts/oauth2-proxy --version 10.0.0", also_ok=["registry.tag_not_built", "registry.artifact_not_found"],
        note="chart 10.0.0 was released to the classic repo but never pushed to the OCI registry (9.0.1 pulls fine); the maintainers published it, nothing a re-run of the pull changes"),
    bld("cert-manager/cert-manager#7574", "build.repository_missing",
        "Error: unexpected status from HEAD request to https://quay.io/v2/jetstack/cert-manager/manifests/v1.17.1: 401 Unauthorized",
        host="quay.io", cmd="helm pull oci://quay.io/jetstack/cert-manager --version v1.17.1", also_ok=["credentials.unauthorized", NOT_FOUND],
        note="'There is no OCI helm chart for cert-manager' at that path: quay.io answers 401 for a repository that does not exist, so the text reads like a login problem (a duplicate of #5566)"),
    bld("podman-container-tools/podman#6595", NOT_FOUND,
        "Trying to pull registry.gitlab.com/lightmeter/controlcenter...\n  manifest unknown: manifest unknown\nError: error pulling image \"registry.gitlab.com/lightmeter/controlcenter\": unable to pull registry.gitlab.com/lightmeter/controlcenter: unable to pull image: Error initializing source docker://registry.gitlab.com/lightmeter/controlcenter:latest: Error reading manifest latest in registry.gitlab.com/lightmeter/controlcenter: manifest unknown: manifest unknown",
        host="registry.gitlab.com", cmd="podman pull registry.gitlab.com/lightmeter/controlcenter", also_ok=["registry.artifact_not_found"],
        note="no tag given, so podman asks for :latest, which the project's GitLab registry does not carry (it publishes versioned tags); a tagged reference pulls"),
    bld("podman-container-tools/podman#3022", "build.image_not_found",
        "Trying to pull docker.io/library/prahapiraticz_site...ERRO[0002] Error pulling image ref //prahapiraticz_site:latest: Error determining manifest MIME type for docker://prahapiraticz_site:latest: Error reading manifest latest in docker.io/library/prahapiraticz_site: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required\n\nFailed\nTrying to pull registry.fedoraproject.org/prahapiraticz_site...ERRO[0004] Error pulling image ref //registry.fedoraproject.org/prahapiraticz_site:latest: Error determining manifest MIME type for docker://registry.fedoraproject.org/prahapiraticz_site:latest: Error reading manifest latest in registry.fedoraproject.org/prahapiraticz_site: manifest unknown: manifest unknown\nFailed",
        cmd="podman run prahapiraticz_site", host_alt=["docker.io", "registry.fedoraproject.org"], also_ok=["credentials.pull_access_denied", "build.repository_missing"],
        note="the short name is an image built locally (a compose project's), not in podman's storage under that name, so podman walks its search registries: Docker Hub's 'denied ... authentication required' and Fedora's 'manifest unknown' both mean no such repository (the quay.io attempt's cut line left out)"),
    bld("DaoCloud/public-image-mirror#38640", "build.invalid_reference",
        "[config/images] Pulled m.daocloud.io/registry.k8s.io/kube-proxy:v1.32.0\nfailed to pull image \"m.daocloud.io/registry.k8s.io/coredns:v1.11.3\": failed to pull image m.daocloud.io/registry.k8s.io/coredns:v1.11.3: failed to pull and unpack image \"m.daocloud.io/registry.k8s.io/coredns:v1.11.3\": failed to resolve reference \"m.daocloud.io/registry.k8s.io/coredns:v1.11.3\": unexpected status from HEAD request to https://m.daocloud.io/v2/registry.k8s.io/coredns/manifests/v1.11.3: 403 Forbidden\nTo see the stack trace of this error execute with --v=5 or higher",
        host="m.daocloud.io", cmd="kubeadm config images pull --image-repository  m.daocloud.io/registry.k8s.io", also_ok=["registry.request_rejected", "credentials.forbidden"],
        note="the maintainer: 'your usage problem' (see #36080): with --image-repository kubeadm flattens coredns/coredns to coredns, a path upstream does not have, and the mirror refuses paths outside its allowlist with 403; the other images pull fine"),
    bld("agentregistry-dev/agentregistry#44", "build.invalid_reference",
        " agentregistry Error failed to resolve reference \"localhost:5001/agentregistry-dev/agentregistry/server:0.0.5\": failed to do request: Head \"https://localhost:5001/v2/agentregistry-dev/agentregistry/server/manifests/0.0.5\": dial tcp [::1]:5001: i/o timeout\nError response from daemon: failed to resolve reference \"localhost:5001/agentregistry-dev/agentregistry/server:0.0.5\": failed to do request: Head \"https://localhost:5001/v2/agentregistry-dev/agentregistry/server/manifests/0.0.5\": dial tcp [::1]:5001: i/o timeout",
        host="localhost:5001", raw_is_log=True, also_ok=["build.image_not_found", TIMEOUT],
        note="postgres pulls from Docker Hub fine; the released compose file names the server image on localhost:5001, the developers' local kind registry, which no user machine runs; fixed by publishing the image to a real registry, never a re-run"),
    # --- the builds' own: platforms -----------------------------------------------------------------------------------
    bld("kubewarden/adm-controller#1378", WRONG_ARCH,
        "Failed to pull image \"ghcr.io/kubewarden/kubewarden-controller:latest\": rpc error: code = NotFound desc = failed to pull and unpack image \"ghcr.io/kubewarden/kubewarden-controller:latest\": no match for platform in manifest: not found",
        host="ghcr.io", cmd="helm install kubewarden-controller kubewarden/kubewarden-controller --version 5.9.0 --set image.tag=latest", also_ok=["registry.manifest_incomplete"],
        note="the helm-charts nightly job: the controller's :latest index lists only linux/arm64 and an unknown/unknown attestation entry, no amd64, so containerd on the amd64 runner finds no match until the image is republished"),
    bld("FoundationDB/fdb-kubernetes-operator#2294", WRONG_ARCH,
        "  Warning  Failed     5s (x3 over 52s)   kubelet            Failed to pull image \"foundationdb/fdb-kubernetes-operator:v2.6.0\": rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/foundationdb/fdb-kubernetes-operator:v2.6.0\": no match for platform in manifest: not found\n  Warning  Failed     5s (x3 over 52s)   kubelet            Error: ErrImagePull",
        raw_is_log=True, host_alt=HUB, also_ok=[NOT_FOUND],
        note="the tag exists on Docker Hub ('Seems like an issue with your setup'); the reporter's local cluster on a Mac is arm64 and v2.6.0 publishes no manifest for that platform, so every pull fails the same"),
    # --- the builds' own: HTTPS against plain-HTTP registries -------------------------------------------------------
    B.build_in("registry", "ChristofferNissen/helmper#144", PLAIN_HTTP,
        "{\"time\":\"2024-12-06T11:15:19.361459649Z\",\"level\":\"ERROR\",\"msg\":\"internal: error importing chart to registry: helm: error pushing chart prometheus-pushgateway to registry oci://0.0.0.0:5000 :: error pushing chart: failed to do request: Head \\\"https://0.0.0.0:5000/v2/charts/prometheus-pushgateway/blobs/sha256:e68a6df729e310bf3aba4bb360416636c0efea6aa579e9b60fce004ebaa5338f\\\": http: server gave HTTP response to HTTPS client\"}",
        host="0.0.0.0:5000", component="connectivity", raw_is_log=True, also_ok=["build.https_required"],
        note="the docs' local setup runs a plain-HTTP registry on :5000 while helmper's helm push speaks HTTPS to it; nothing changes until the registry entry is marked plain-HTTP/insecure or the registry gets TLS"),
    B.build_in("registry", "istio/release-builder#2280", PLAIN_HTTP,
        "Error: failed to perform \"Exists\" on destination: Head \"https://localhost:7480/v2/charts/base/manifests/sha256:711a9f3dcec81c0d09162e47eaf6e5baee9521ce632d51dfeed794aba18e15cf\": http: server gave HTTP response to HTTPS client",
        host="localhost:7480", component="connectivity", also_ok=["build.https_required", "build.tool_incompatible"],
        note="the tools-image update brings a helm that pushes to the test's localhost registry over HTTPS; the PR passes --plain-http when the hub is localhost or 127.0.0.1 (every run fails the same before it)"),
]
