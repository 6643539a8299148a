"""Dev-set entries, batch 73 (image pulls on Kubernetes and containerd as CI meets them: kind clusters in GitHub
Actions, Jenkins and Prow, Actions Runner Controller runner and job pods, Tekton's controller and TaskRun pods,
kfp-tekton, kubeadm and k3s nodes, in the kubelet's `Failed to pull image` / `ErrImagePull` / `ImagePullBackOff` events, containerd's
`failed to pull and unpack image`, `failed to resolve reference`, `failed to do request` and `unexpected status`
lines, ctr and kind's node-image builds. Registries' own bad days: kind's node image refused by Docker Hub's pull
limit in a Vagrant job and on a Jenkins agent, flannel throttled on a vSphere test bed, registry.k8s.io answering 500
during 2023's europe-west9 incident and 503 in Korea and Japan in January 2025, GHCR's `503 Egress is over the account
limit` day, a kind build's blob fetch reset by Docker Hub's CDN, kindest/node pulls timing out on shared runner
addresses, gcr.io answering slowly; pull-through caches: a Harbor proxy cache that never fetched an uncached tag for
containerd, Harbor 2.15's broken Docker Hub proxy. The nodes' own side: a cluster that may only reach its private
registry, squid and shell proxies containerd never saw, a firewall that allowed gcr.io but not ghcr.io, a node
resolver that does not know the company registry once ARC's kubernetes mode hands the pull to the kubelet, a k3s
containerd that speaks HTTPS to a plain-HTTP localhost registry, nodes that cannot reach gcr.io at all, kubelets
whose ECR credentials go stale or were never granted, Tekton 0.55's broken ECR keychain. Nearly half are the
build's own mistakes that read like pull outages: references that were never pushed or published (a kubebuilder
`controller:latest` placeholder, an operator's bare sidecar name, a chart's renamed repository, a CI image the job
never pushed into a registry that now refuses anonymous pulls, a release tag whose images were never built, a test
executor tag, coredns still asked of k8s.gcr.io), images that moved or went private (Tekton's gcr.io releases, GitHub
Packages and GHCR without a pull secret, a Tekton step whose entrypoint lookup has no ECR login), a schema 1 image,
images built for another architecture (no amd64 in the manifest, no arm64 for a Rancher add-on, an amd64-only action
on an ARM runner, a runner image whose init binary was a saved 404 page), `local/...` images meant for a local
cluster, and a registry host typed `grc.io`. `err` is verbatim from the source (a GitHub thread found with the search
tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks, a list number,
GitHub's autolink markup pasted into a URL) only that markup was dropped and trailing blanks trimmed, never a word of
the log; line breaks a reporter's terminal put inside a long event are kept as quoted; where a quote runs on into the
reporter's own words or is cut, the entry stops at the last whole log line. Placeholders (`<IMAGE>`, `XXXX`,
`mycompany`, `company.com`, `<harbor-proxy-cache>`) are the reporters' own. Hosts follow the README's strict rule: a
host is given only where a line of the log names it for the failing call; an inferred, masked or placeholder one goes
in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"cilium/cilium#16914"}

B = Batch(PULLS)
reg = B.family("registry")
conn = B.family("connectivity")
cred = B.family("credentials")
dns = B.family("dns")
bld = B.build("registry")

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
LIMIT = "registry.dockerhub_pull_limit"
NEVER_PUSHED = "build.tag_not_found"
NO_REPO = "build.repository_missing"
ARCH = "build.wrong_arch_image"
RATE_MSG = "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"

E = [
    # --- registries' own bad days ------------------------------------------------------------------------------------
    reg("cilium/cilium#16914", "registry", LIMIT, True, "service", None,
        "ERROR: failed to create cluster: failed to pull image \"kindest/node:v1.21.1@sha256:fae9a58f17f18f06aeac9772ca8b5ac680ebbed985e266f711d936e91d113bad\": command \"docker pull kindest/node:v1.21.1@sha256:fae9a58f17f18f06aeac9772ca8b5ac680ebbed985e266f711d936e91d113bad\" failed with error: exit status 1\n\nCommand Output: Error response from daemon: " + RATE_MSG,
        cmd="kind create cluster --config kind-config.yaml", host_alt=HUB, also_ok=["registry.rate_limited"],
        note="the ci-l4lb job (kind inside a Vagrant VM on GitHub's macOS runner) fails on an unrelated PR because the anonymous kindest/node pull is refused; the reviewers treat it as CI turmoil, the same job is tracked as a ci/flake, and it passes on other runs"),
    reg("sysnet4admin/_Book_k8sInfra#43", "registry", "registry.server_error", True, "service", "k8s.gcr.io",
        " [ERROR ImagePull]: failed to pull image k8s.gcr.io/pause:3.2: output: Error response from daemon: received unexpected HTTP status: 503 Service Unavailable",
        raw_is_log=True, host_alt=["registry.k8s.io"], also_ok=["registry.error_response"],
        note="January 2025: kubeadm, crictl and docker pulls from registry.k8s.io and k8s.gcr.io answer 503 in Korea and Japan only; the book's maintainer links the upstream report (kubernetes/k8s.io#7670) and offers a mirror as the only workaround until it recovers"),
    reg("kubernetes/registry.k8s.io#234", "registry", "registry.server_error", True, "service", "registry.k8s.io",
        "Failed to pull image \"registry.k8s.io/sig-storage/livenessprobe:v2.4.0\": rpc error: code = Unknown desc = Error response from daemon: received unexpected HTTP status: 500 Internal Server Error",
        raw_is_log=True, also_ok=["registry.error_response"],
        note="2023-04-26 on AWS EKS: the maintainers point at the ongoing GCP europe-west9 incident that registry.k8s.io relies on; nothing on the cluster's side, pulls work again once the incident ends"),
    reg("kubernetes/dns#670", "registry", "registry.server_error", True, "service", "registry.k8s.io",
        "Failed to pull image \"registry.k8s.io/dns/k8s-dns-node-cache:1.22.28\": failed to pull and unpack image \"registry.k8s.io/dns/k8s-dns-node-cache:1.22.28\"",
        raw_is_log=True, also_ok=["registry.pull_failed"],
        note="from 2025-01-10 19:00 UTC the node-local DNS image pulls get 503s from registry.k8s.io and 'occasionally the operation succeeds after multiple retries'; the reporter confirms it was resolved within a day (the reporter's line is cut before the status)"),
    reg("metal3-io/ironic-standalone-operator#561", "registry", "registry.server_error", True, "service", "pkg-containers.githubusercontent.com",
        " Unable to find image 'ghcr.io/fybrik/crdoc:0.6.2@sha256:355ef777a45021ee864e613b2234b4f2c6193762e3e0de94a26b66d06cec81c3' locally\nghcr.io/fybrik/crdoc@sha256:355ef777a45021ee864e613b2234b4f2c6193762e3e0de94a26b66d06cec81c3: Pulling from fybrik/crdoc\n526607fb0d39: Pulling fs layer\nec8ce5a78f0a: Pulling fs layer\n526607fb0d39: Download complete\ndocker: unknown: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://pkg-containers.githubusercontent.com/ghcr1/blobs/sha256:ec8ce5a78f0a55999ad1160d38ba5de03815eba361533a651e4d19973a5799b1?se=2026-02-24T14%3A25%3A00Z&sig=Fx2ohQredtEyBX5cIbR6AaK2HpdusyN4nHqOEUrZOBo%3D&ske=2026-02-24T22%3A00%3A10Z&skoid=fb3d2a07-ec6c-4fe4-aced-9efe0fd2fe1a&sks=b&skt=2026-02-23T22%3A00%3A10Z&sktid=398a6654-997b-47e9-b12b-9515b896b4de&skv=2025-01-05&sp=r&spr=https&sr=b&sv=2025-01-05&hmac=f60a6a481fc959e8dfc3449826ccfedb3296e49858f1c64364cd445ae65c1c6c: 503 Egress is over the account limit.",
        raw_is_log=True, host_alt=["ghcr.io"], also_ok=["registry.quota_exceeded", "registry.rate_limited"],
        note="labelled kind/ci as a CI flake: on 2026-02-24 GHCR's blob storage answered '503 Egress is over the account limit' for a public tool image in the 'prepare tests' phase; a GitHub-side condition that many projects met that day, not the job's"),
    conn("kubernetes-sigs/kueue#12987", "connectivity", "connectivity.reset", True, "service", "production.cloudfront.docker.com",
         "ctr: failed to copy: httpReadSeeker: failed open: failed to do request: Get \"https://production.cloudfront.docker.com/registry-v2/docker/registry/v2/blobs/sha256/1a/1a290fe6e1af83838ad969115ec82421eb95e5eef8efe55a32453366d5d6f5e5/data?Expires=1783747603&Signature=EUwYU-TorwzhWvnAzU6rbE7R8StVP8tUTR3HFbZo-dnywlafPZVRkC9lNPMmxs~QYDROoTH-~HSwoi~~BnjuMjvZZFSwzCuHjyWGUdXYDtMCOia8COghxIdd0X6TMb80xeodJ5mlEM5fB2XRdu~3rVaN0CJhZSDzylmUL7Jtdqc8w8o2Dhv99rhuyFVgsUP~f0ooAmp~rXsaNPVuKS6k5yGR-2FLIkXDs~mPrrsRinbQzbdWSKbBfyoSqH~5heQxUmGaxosJ3xwVAAHp-N-uUhQIrLnkgmwtLIChPCoOmGViGC~UArvTYkpJw17b87FZCYT1kAyG6hcQCL8MfdLbhg__&Key-Pair-Id=K2C9XPB6FLAKUF\": write tcp 172.17.0.2:39756->3.170.51.111:443: write: connection reset by peer\nRetrying docker.io/kindest/local-path-provisioner:v20260521-9fb22683 pull after 1s ...\nImage build Failed! Failed to pull Images: [command \"docker exec --privileged kind-build-1783744600-986999408 ctr --namespace=k8s.io content fetch --platform=linux/amd64 docker.io/kindest/local-path-provisioner:v20260521-9fb22683\" failed with error: exit status 1, command \"docker exec --privileged kind-build-1783744600-986999408 ctr --namespace=k8s.io content fetch --platform=linux/amd64 docker.io/kindest/kindnetd:v20260528-9350166c\" failed with error: exit status 1]",
         raw_is_log=True, host_alt=["3.170.51.111:443", "3.170.51.111", "registry-1.docker.io"], also_ok=["registry.pull_failed", "connectivity.stream_reset"],
         note="labelled kind/flake: Prow's kueue e2e job builds a kind node image and ctr's blob fetch from Docker Hub's CloudFront origin is reset mid-request; the project's answer is retrying the node-image build, the images themselves exist"),
    conn("llm-d/llm-d-router#1525", "connectivity", "connectivity.timeout", True, "service", "registry-1.docker.io",
         "Get \"https://registry-1.docker.io/v2/\":\n  net/http: request canceled while waiting for connection\n  (Client.Timeout exceeded while awaiting headers)",
         cmd="hack/test-e2e.sh", also_ok=["connectivity.client_timeout", LIMIT],
         note="13 of 15 failed ci-pr-checks runs in 36 hours: the kindest/node and other docker.io pulls on GitHub's shared runner addresses time out or hit anonymous limits; re-runs pass, and the fix PR moves kindest/node to mirror.gcr.io (the reporter wrapped the line)"),
    conn("kubeflow/kubeflow#348", "connectivity", "connectivity.timeout", True, "service", "gcr.io",
         "Failed to pull image \"gcr.io/kubeflow/tf-benchmarks-gpu:v20171202-bdab599-dirty-284af3\": rpc error: code = Unknown desc = Error response from daemon: Get https://gcr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
         raw_is_log=True, also_ok=["connectivity.client_timeout"],
         note="a tf-cnn worker pod's pull from gcr.io times out while the image exists and pulls for the maintainer; 'Network was fine, I tried a bit later and it worked'"),
    reg("kubermatic/kubermatic#12356", "registry", LIMIT, False, "service", "registry-1.docker.io",
        "  Warning  Failed     86s                    kubelet            Failed to pull image \"docker.io/flannelcni/flannel:v0.16.3\": rpc error: code = Unknown desc = failed to pull and unpack image \"docker.io/flannelcni/flannel:v0.16.3\": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/flannelcni/flannel/manifests/sha256:43d277bbb9fc2d6144c3d4bfa1d98affa3e3ad67f59eeedccb428979c6a25b1f: 429 Too Many Requests - Server message: " + RATE_MSG,
        raw_is_log=True, host_alt=["docker.io"], also_ok=["registry.rate_limited"],
        note="release testing of vSphere clusters is blocked: the test bed's nodes pull flannel anonymously from Docker Hub and are rate limited, so 'it's essentially random if and when a cluster comes up'; the shared address keeps hitting the limit until pulls are authenticated or mirrored"),
    reg("dell/csi-baremetal#173", "registry", LIMIT, False, "service", None,
        "19:18:25  ✗ Ensuring node image (kindest/node:v1.18.2) 🖼\n19:18:25 ERROR: failed to create cluster: failed to pull image \"kindest/node:v1.18.2@sha256:7b27a6d0f2517ff88ba444025beae41491b016bc6af573ba467b70c5e8e0d85f\": command \"docker pull kindest/node:v1.18.2@sha256:7b27a6d0f2517ff88ba444025beae41491b016bc6af573ba467b70c5e8e0d85f\" failed with error: exit status 1\n19:18:25\n19:18:25 Command Output: Error response from daemon: " + RATE_MSG,
        raw_is_log=True, host_alt=HUB, also_ok=["registry.rate_limited"],
        note="November 2020, days after Docker Hub's limits began: the project's self-hosted Jenkins e2e job cannot create its kind cluster; the fix is a step that pulls the node image from a different registry, not a re-run"),
    reg("goharbor/harbor#13475", "registry", "registry.proxy_upstream_missing", False, "service", None,
        "failed to resolve reference \"<harbor-proxy-cache>/<proxy-cache-project>/<target-registry-image>:<tag>\": <harbor-proxy-cache>/<proxy-cache-project>/<target-registry-image>:<tag>: not found",
        raw_is_log=True, also_ok=["registry.proxy_upstream_blocked", "build.tag_not_found"],
        note="a Harbor proxy-cache project serves a k3s cluster only tags something else already pulled through it; for an uncached tag containerd's request gets not found while a docker pull from another machine fetches it; a comment puts it down to containerd and Harbor not playing well together (the placeholders are the reporter's)"),
    reg("goharbor/harbor#23145", "registry", "registry.proxy_upstream_blocked", False, "service", None,
        "Error response from daemon: failed to resolve reference \"containerhub.company.com/docker.io/nginx:latest\": containerhub.company.com/docker.io/nginx:latest: not found",
        raw_is_log=True, host_alt=["containerhub.company.com"], also_ok=["registry.proxy_upstream_missing"],
        note="Harbor v2.15's Docker Hub proxy-cache projects break: harbor-core's upstream manifest request gets a 403 challenge page and the pull through the cache reports not found; 'Works in v14.3', so the fix is Harbor's, not a retry (the host looks masked)"),
    # --- the nodes' own side -----------------------------------------------------------------------------------------
    conn("kubeflow/kfp-tekton#1512", "connectivity", "connectivity.timeout", False, "local", "registry-1.docker.io",
         "  Warning  Failed     2m29s                kubelet            Failed to pull image \"busybox:1.34.1\": rpc error: code = Unknown desc = failed to pull and unpack image \"docker.io/library/busybox:1.34.1\": failed to resolve reference \"docker.io/library/busybox:1.34.1\": failed to do request: Head \"https://registry-1.docker.io/v2/library/busybox/manifests/1.34.1\": dial tcp 3.94.224.37:443: i/o timeout\n  Normal   Pulling    89s (x2 over 3m29s)  kubelet            Pulling image \"busybox:1.34.1\"\n  Warning  Failed     89s                  kubelet            Failed to pull image \"minio/mc:RELEASE.2020-11-25T23-04-07Z\": rpc error: code = Unknown desc = failed to pull and unpack image \"docker.io/minio/mc:RELEASE.2020-11-25T23-04-07Z\": failed to resolve reference \"docker.io/minio/mc:RELEASE.2020-11-25T23-04-07Z\": failed to do request: Head \"https://registry-1.docker.io/v2/minio/mc/manifests/RELEASE.2020-11-25T23-04-07Z\": dial tcp 3.94.224.37:443: i/o timeout",
         raw_is_log=True, host_alt=["3.94.224.37:443", "3.94.224.37"], also_ok=["connectivity.network_unreachable", "build.network_sandboxed"],
         note="the cluster pulls everything from a private registry and cannot reach Docker Hub, but the kfp-tekton helper steps (move-all-results, copy-artifacts) default to busybox and minio/mc there; the question is how to point them at private images, a timeout that never clears by itself"),
    cred("kubernetes/kubernetes#83348", "credentials", "credentials.no_basic_auth", False, "local", None,
         "Warning  Failed     12m (x4 over 13m)     kubelet, ip-10-82-9-65.ap-XXXXX.compute.internal  Failed to pull image \"XXXXXXXX.dkr.ecr.ap-XXXXXX.amazonaws.com/isam:9.0.7.0\": rpc error: code = Unknown desc = Error response from daemon: Get https://XXXXXXX.dkr.ecr.ap-XXXXX.amazonaws.com/v2/ndi-spcp-isam/manifests/9.0.7.0: no basic auth credentials",
         raw_is_log=True, host_alt=["XXXXXXX.dkr.ecr.ap-XXXXX.amazonaws.com"], also_ok=["credentials.missing", "credentials.ecr_token_expired"],
         note="on EKS 1.12/1.13 a node's kubelet now and then stops handing ECR credentials to the pull; 'When we restart kubelet, it is working fine' and replaced nodes do not show it, so the node needs fixing, not the pod retried (the account and region are masked)"),
    cred("aws/amazon-vpc-cni-k8s#708", "credentials", "credentials.no_basic_auth", False, "local", "602401143452.dkr.ecr.ap-southeast-1.amazonaws.com",
         "15542 kuberuntime_image.go:51] Pull image \"602401143452.dkr.ecr.ap-southeast-1.amazonaws.com/amazon-k8s-cni:v1.5.3\" failed: rpc error: code = Unknown desc = Error response from daemon: Get https://602401143452.dkr.ecr.ap-southeast-1.amazonaws.com/v2/amazon-k8s-cni/manifests/v1.5.3: no basic auth credentials",
         raw_is_log=True, also_ok=["credentials.iam_permission_missing", "credentials.missing"],
         note="self-managed Kubernetes on EC2 with the VPC CNI: a docker login in the user's shell does not give the kubelet anything; the maintainers: every worker node pulls from the EKS account's ECR, so the node role needs permission to"),
    dns("actions/runner-container-hooks#144", "dns", "dns.no_such_host", False, "local", None,
        "  Normal   Pulling  24s   kubelet  Pulling image \"artifactory.mycompany.com/cloudops-images/ubuntu-sqlplus:1.0\"\n  Warning  Failed   24s   kubelet  Failed to pull image \"artifactory.mycompany.com/cloudops-images/ubuntu-sqlplus:1.0\": failed to pull and unpack image \"artifactory.mycompany.com/cloudops-images/ubuntu-sqlplus:1.0\": failed to resolve reference \"artifactory.mycompany.com/cloudops-images/ubuntu-sqlplus:1.0\": failed to do request: Head \"https://artifactory.mycompany.com/v2/cloudops-images/ubuntu-sqlplus/manifests/1.0\": dial tcp: lookup artifactory.mycompany.com on 10.77.252.41:53: no such host\n  Warning  Failed   24s   kubelet  Error: ErrImagePull\n  Normal   BackOff  24s   kubelet  Back-off pulling image \"artifactory.mycompany.com/cloudops-images/ubuntu-sqlplus:1.0\"\n  Warning  Failed   24s   kubelet  Error: ImagePullBackOff",
        raw_is_log=True, host_alt=["artifactory.mycompany.com", "10.77.252.41:53"], also_ok=["dns.resolve_failed", "credentials.missing"],
        note="switching ARC from dind to kubernetes container mode moves the job container's pull from the runner pod's daemon to the node's kubelet, whose resolver does not know the company registry; adding job credentials (imagePullSecrets now on the pod) left the same DNS error (the host is the reporter's placeholder)"),
    conn("kubernetes/kubernetes#102505", "connectivity", "connectivity.timeout", False, "local", None,
         "Failed to pull image \"<IMAGE>\": rpc error: code = Unknown desc = failed to pull and unpack image \"<IMAGE>\": failed to resolve reference \"<IMAGE>\": failed to do request: Head https://<REPO>/v2/<IMAGE>/manifests/<TAG>: dial tcp <IP>: i/o timeout",
         raw_is_log=True, also_ok=["connectivity.proxy_refused", "connectivity.network_unreachable"],
         note="a private GKE cluster reaches registries only through a squid proxy set in docker's systemd drop-in; docker pull on the node works, but the kubelet's pulls go through containerd, which never got the proxy, and squid logs no requests"),
    conn("kubernetes/kubernetes#116316", "connectivity", "connectivity.eof", False, "local", "registry.k8s.io",
         "\t[ERROR ImagePull]: failed to pull image registry.k8s.io/coredns/coredns:v1.9.3: output: E0306 16:50:55.895795 1955955 remote_image.go:171] \"PullImage from image service failed\" err=\"rpc error: code = Unknown desc = failed to pull and unpack image \\\"registry.k8s.io/coredns/coredns:v1.9.3\\\": failed to resolve reference \\\"registry.k8s.io/coredns/coredns:v1.9.3\\\": failed to do request: Head \\\"https://registry.k8s.io/v2/coredns/coredns/manifests/v1.9.3\\\": EOF\" image=\"registry.k8s.io/coredns/coredns:v1.9.3\"\ntime=\"2023-03-06T16:50:55-06:00\" level=fatal msg=\"pulling image: rpc error: code = Unknown desc = failed to pull and unpack image \\\"registry.k8s.io/coredns/coredns:v1.9.3\\\": failed to resolve reference \\\"registry.k8s.io/coredns/coredns:v1.9.3\\\": failed to do request: Head \\\"https://registry.k8s.io/v2/coredns/coredns/manifests/v1.9.3\\\": EOF\"\n, error: exit status 1",
         raw_is_log=True, also_ok=["connectivity.proxy_refused", "connectivity.tls_failed"],
         note="a fresh kubeadm install on a server that reaches the internet only through a proxy: HTTP(S)_PROXY is exported in the shell and curl works, but the image pulls run in containerd and every manifest request ends in EOF; a node setup problem (closed as support), not registry.k8s.io"),
    conn("kubereboot/charts#8", "connectivity", "connectivity.eof", False, "local", "ghcr.io",
         "Failed to pull image \"ghcr.io/kubereboot/kured:1.10.2\": rpc error: code = Unknown desc = failed to pull and unpack image \"ghcr.io/kubereboot/kured:1.10.2\": failed to resolve reference \"ghcr.io/kubereboot/kured:1.10.2\": failed to do request: Head \"https://ghcr.io/v2/kubereboot/kured/manifests/1.10.2\": EOF",
         raw_is_log=True, also_ok=["connectivity.proxy_refused", "build.network_sandboxed"],
         note="kured chart 4.0.2 moved the image to ghcr.io; the reporter's cluster egress allowed gcr.io but not ghcr.io ('gcr and ghcr are not the same thing. Lesson learned'); every retry failed the same until the network was opened"),
    conn("containerd/cri#1327", "connectivity", "connectivity.plain_http_registry", False, "local", "localhost:5000",
         "Normal   Scheduled  <unknown>             default-scheduler  Successfully assigned default/vm-0 to iserver\n  Warning  Failed     39m (x2 over 40m)     kubelet, iserver   Failed to pull image \"localhost:5000/vm-runner:dev\": rpc error: code = Unknown desc = failed to pull and unpack image \"localhost:5000/vm-runner:dev\": failed to resolve reference \"localhost:5000/vm-runner:dev\": failed to do request: Head https://localhost:5000/v2/vm-runner/manifests/dev: http: server gave HTTP response to HTTPS client",
         raw_is_log=True, host_alt=["localhost"], also_ok=["connectivity.tls_plaintext_peer", "build.http_repository_blocked"],
         note="a plain-HTTP registry on localhost works for docker (which trusts 127.0.0.0/8) but k3s's bundled containerd insists on HTTPS; Random-Liu: the localhost fallback came with containerd 1.3, older runtimes need the registry declared as a mirror"),
    conn("kubernetes/kubernetes#26873", "connectivity", "connectivity.timeout", False, "local", "gcr.io",
         "  7m\t59s\t5\t{kubelet w}\t\tWarning\tFailedSync\tError syncing pod, skipping: failed to \"StartContainer\" for \"POD\" with ErrImagePull: \"image pull failed for gcr.io/google_containers/pause:2.0, this may be because there are no credentials on this request.  details: (API error (500): Get https://gcr.io/v1/_ping: dial tcp 64.233.189.82:443: i/o timeout\\n)\"",
         raw_is_log=True, host_alt=["64.233.189.82:443", "64.233.189.82"], also_ok=["connectivity.network_unreachable", "credentials.missing"],
         note="'we can not access the gcr.io': the reporter's nodes have no route to gcr.io, so the pause (infra) image never pulls; the 'no credentials' hint is the kubelet's generic wording, and the maintainers' answer is --pod-infra-container-image pointing at a reachable registry"),
    cred("tektoncd/pipeline#7698", "credentials", "credentials.helper_failed", False, "local", None,
         "Failed to create task run pod for taskrun \\\"tester-17\\\": failed to create task run pod \\\"tester-17\\\": translating TaskSpec to Pod: GET https://<redacted-account-id>.dkr.ecr.<redacted-region>.amazonaws.com/v2/<redacted-repo>/<redacted>/manifests/<redacted-sha>: unexpected status code 401 Unauthorized: Not Authorized\\n. Maybe missing or invalid Task default/resolve-dependencies",
         raw_is_log=True, host_alt=["dkr.ecr.amazonaws.com"], also_ok=["credentials.unauthorized", "credentials.cloud_auth_refused"],
         note="since Tekton v0.55 the controller's entrypoint lookup for steps without command gets 401 from private ECR although the nodes' IAM role allows pulls and older Tekton worked: a version mismatch of aws-sdk-go-v2 inside Tekton broke its ECR keychain (fix PR tektoncd/pipeline#7921); the link markup GitHub put into the URL was dropped"),
    # --- the build's own: references that were never pushed or published ---------------------------------------------
    bld("kubernetes/node-problem-detector#1289", NEVER_PUSHED,
        "[FAILED] Unexpected error:\n    <errors.aggregate | len:1, cap:1>:\n    failed to pull and unpack image \"gcr.io/node-problem-detector-staging/ci/node-problem-detector:v1.36.0-alpha.3-89-g8a5df6d6-20260603.1637\": failed to resolve reference \"gcr.io/node-problem-detector-staging/ci/node-problem-detector:v1.36.0-alpha.3-89-g8a5df6d6-20260603.1637\": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://gcr.io/v2/token?scope=repository%3Anode-problem-detector-staging%2Fci%2Fnode-problem-detector%3Apull&scope=repository%3Anode-problem-detector-staging%2Fgcr.io%2Fci%2Fnode-problem-detector%3Apull&service=gcr.io: 403 Forbidden",
        host="gcr.io", raw_is_log=True, also_ok=["credentials.denied", "registry.gcr_shutdown"],
        note="ci-npd-e2e-node prepulls a freshly built tag under gcr.io/node-problem-detector-staging that CI never pushes, and the legacy project, now served by Artifact Registry, refuses anonymous pulls, hence 403; fixed by consuming the image the push job already publishes to the community staging registry"),
    bld("kubernetes-csi/livenessprobe#273", NEVER_PUSHED,
        "Error response from daemon: manifest for registry.k8s.io/sig-storage/livenessprobe:v2.13.0 not found: manifest unknown: Failed to fetch \"v2.13.0\"",
        host="registry.k8s.io", raw_is_log=True, also_ok=["build.package_version_missing"],
        note="v2.13.0 was released as a tag but its images were never published: Microsoft's broken Windows base images stopped the image build; the maintainers shipped v2.13.1 and told users to pull that, so the reference itself is what fails"),
    bld("pfnet/image-pull-secrets-provisioner#31", NO_REPO,
        "Failed to pull image \"controller:latest\": rpc error: code = Unknown desc = failed to pull and unpack image \"docker.io/library/controller:latest\": failed to resolve reference \"docker.io/library/controller:latest\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
        host="docker.io", raw_is_log=True, also_ok=["credentials.pull_access_denied", "build.image_not_loaded"],
        note="kubectl apply -k config/default deploys kubebuilder's placeholder image controller:latest, which exists nowhere, so Docker Hub answers like a private repository; the maintainer: patch the image to ghcr.io/pfnet/image-pull-secrets-provisioner with kustomize"),
    bld("infradohq/headscale-operator#123", NO_REPO,
        "  Normal   Pulling    3s               kubelet            spec.containers{apikey-manager}: Pulling image \"headscale-api-key\"\n  Warning  Failed     2s               kubelet            spec.containers{apikey-manager}: Failed to pull image \"headscale-api-key\": Error response from daemon: pull access denied for headscale-api-key, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n  Warning  Failed     2s               kubelet            spec.containers{apikey-manager}: Error: ErrImagePull",
        raw_is_log=True, host_alt=HUB, also_ok=["credentials.pull_access_denied", "build.image_not_loaded"],
        note="following the quickstart, the operator injects an apikey-manager sidecar named only headscale-api-key, an image that was never published anywhere; the headscale container's image pulls fine, so nothing but the reference is wrong"),
    bld("actions/actions-runner-controller#662", NO_REPO,
        "  Warning  Failed       25m (x3 over 26m)    kubelet            Failed to pull image \"actions-runner-controller/actions-runner-controller:v0.19.0\": rpc error: code = Unknown desc = Error response from daemon: pull access denied for actions-runner-controller/actions-runner-controller, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
        raw_is_log=True, host_alt=HUB, also_ok=["credentials.pull_access_denied"],
        note="the new ARC chart's default image.repository names actions-runner-controller/actions-runner-controller on Docker Hub, which does not exist (the image is summerwind/actions-runner-controller); fixed by the chart PR that restored the repository name"),
    bld("kubeshop/testkube#4616", NEVER_PUSHED,
        "Failed to pull image \"kubeshop/testkube-cypress-executor:cypress13\": rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/kubeshop/testkube-cypress-executor:cypress13\": failed to resolve reference \"docker.io/kubeshop/testkube-cypress-executor:cypress13\": docker.io/kubeshop/testkube-cypress-executor:cypress13: not found",
        host="docker.io", cmd="kubectl describe pod 655209e69a283a1fc23aced5-ncnbk -ntestkube", also_ok=["build.invalid_reference"],
        note="a test executor whose image tag does not exist on Docker Hub: the kubelet's NotFound is the real cause, which testkube then hides behind 'pods ... not found'; the issue asks for that failure state to be reported"),
    bld("SovereignCloudStack/k8s-cluster-api-provider#303", NEVER_PUSHED,
        "Oct 18 07:02:29 private-1-25-x-control-plane-genc01-z82cd containerd[542]: time=\"2022-10-18T07:02:29.140119964Z\" level=error msg=\"PullImage \\\"k8s.gcr.io/coredns:v1.9.3\\\" failed\" error=\"rpc error: code = NotFound desc = failed to pull and unpack image \\\"k8s.gcr.io/coredns:v1.9.3\\\": failed to resolve reference",
        host="k8s.gcr.io", raw_is_log=True, also_ok=[NO_REPO, "registry.gcr_shutdown"],
        note="Kubernetes 1.25 clusters hang at bootstrap because the template still names k8s.gcr.io, where the newer coredns is not served; Kubernetes moved to registry.k8s.io and the fix PR switches the registry (the reporter's quote ends mid-message)"),
    # --- the build's own: images that moved, went private, or need a login ----------------------------------------------
    bld("tektoncd/pipeline#8870", NO_REPO,
        "task fetch-from-git has failed: the step \"clone\" in TaskRun \"service-resource-deploy-dmbq2-fetch-from-git\" failed to pull the image \"\". The pod errored with the message: \"Back-off pulling image \"gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/git-init:v0.29.0\": ErrImagePull: failed to pull and unpack image \"gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/git-init:v0.29.0\": failed to resolve reference \"gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/git-init:v0.29.0\": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://gcr.io/v2/token?scope=repository%3Atekton-releases%2Fgcr.io%2Fgithub.com%2Ftektoncd%2Fpipeline%2Fcmd%2Fgit-init%3Apull&scope=repository%3Atekton-releases%2Fgithub.com%2Ftektoncd%2Fpipeline%2Fcmd%2Fgit-init%3Apull&service=gcr.io: 403 Forbidden.\"",
        host="gcr.io", raw_is_log=True, also_ok=["registry.gcr_shutdown", "credentials.denied"],
        note="July 2025: the pipeline's git-init step still points at gcr.io/tekton-releases; the maintainer: Tekton removed access to its gcr.io repositories in favour of ghcr.io, where the exact same image lives, so the reference has to change"),
    cred("kaidotdev/vegeta-controller#1", "credentials", "credentials.missing", False, "build", "docker.pkg.github.com",
         "Warning  Failed     14s   kubelet, kind-control-plane  Failed to pull image\n\"docker.pkg.github.com/kaidotdev/vegeta-controller/vegeta-controller:v0.3.0\": rpc error: code =\nUnknown desc = failed to pull and unpack image \"docker.pkg.github.com/kaidotdev/vegeta-\ncontroller/vegeta-controller:v0.3.0\": failed to resolve reference\n\"docker.pkg.github.com/kaidotdev/vegeta-controller/vegeta-controller:v0.3.0\": unexpected status code\n[manifests v0.3.0]: 401 Unauthorized",
         raw_is_log=True, also_ok=["credentials.unauthorized", "credentials.pull_access_denied"],
         note="the project's manifests reference its image on GitHub's old docker.pkg.github.com registry, which a kind cluster without credentials cannot pull ('looks like the image is private'); the reporter asks for a public image (line breaks are the reporter's terminal's)"),
    cred("podtato-head/podtato-head#66", "credentials", "credentials.missing", False, "build", "ghcr.io",
         "Failed to pull image \"ghcr.io/podtato-head/podtato-right-leg:v0.1.0\": rpc error: code = Unknown desc = Error response from daemon: Head https://ghcr.io/v2/podtato-head/podtato-right-leg/manifests/v0.1.0: denied",
         raw_is_log=True, also_ok=["credentials.pull_access_denied", NO_REPO],
         note="the delivery example's GHCR images are not public: 'denied' without a secret, and with a pull secret the path is not found; the reporter's candidates are an unmarked package or an image never pushed, both fixes on the project's side, never a retry"),
    cred("tektoncd/pipeline#2707", "credentials", "credentials.unauthorized", False, "build", None,
         "task test has failed: failed to create task run pod \"image\": translating TaskSpec to Pod: error getting image manifest: unsupported status code 401; body: Not Authorized. Maybe missing or invalid Task default/image\nError: pod for taskrun irxep-ui not available yet",
         raw_is_log=True, host_alt=["dkr.ecr.us-east-1.amazonaws.com"], also_ok=["credentials.missing", "credentials.no_basic_auth"],
         note="on EKS the step image comes from private ECR and the step has no command, so Tekton's controller fetches the manifest itself to find the entrypoint, with no ECR credentials (the nodes' IAM role only helps the kubelet); a related thread finds that giving the step a command avoids it, an nginx task works"),
    bld("gitopsbook/resources#36", "build.schema1_image",
        "  Normal   Pulling    8m50s (x4 over 10m)  kubelet            Pulling image \"docker/whalesay\"\n  Warning  Failed     8m48s (x4 over 10m)  kubelet            Failed to pull image \"docker/whalesay\": [DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is disabled by default and will be removed in an upcoming release. Suggest the author of docker.io/docker/whalesay:latest to upgrade the image to the OCI Format or Docker Image manifest v2, schema 2. More information at https://docs.docker.com/go/deprecated-image-specs/",
        raw_is_log=True, host_alt=HUB, also_ok=["registry.manifest_invalid"],
        note="the book's chapter 2 pod uses the venerable docker/whalesay, whose schema 1 image format Docker v27.0 (July 2024) no longer pulls; every example using it fails until the reference is replaced"),
    # --- the build's own: another architecture ------------------------------------------------------------------------
    bld("codefactoryhu/manifest#11", ARCH,
        "Error: ErrImagePull\nFailed to pull image \"ghcr.io/codefactoryhu/manifest:0.1.5\": rpc error: code = NotFound desc = failed to pull and unpack image \"ghcr.io/codefactoryhu/manifest:0.1.5\": no match for platform in manifest: not found",
        host="ghcr.io", raw_is_log=True, also_ok=["build.tag_not_found"],
        note="the 0.1.5 manifest list holds only linux/arm64 and an attestation ('unknown/unknown'), so an amd64 cluster finds no match; the reporter asks for a release with linux/amd64"),
    bld("rancher/rancher#32340", ARCH,
        "pod/operator-init-monitoring-operator-lng8l                     Failed to pull image “rancher/istio-kubectl:1.5.10”: rpc error: code = NotFound desc = failed to pull and unpack image “docker.io/rancher/istio-kubectl:1.5.10”: no match for platform in manifest: not found",
        host="docker.io", raw_is_log=True, also_ok=["build.tag_not_found"],
        note="on an ARM64 cluster Rancher's monitoring add-on references images published for amd64 only; the reporter asks for official ARM64 images (another add-on dies with exec format error); the list number was dropped"),
    bld("wagoid/commitlint-github-action#809", ARCH,
        "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\nexec /entrypoint.sh: exec format error",
        raw_is_log=True, also_ok=["builder.exec_format"],
        note="the action's Docker image is built for amd64 only, so on ubuntu-24.04-arm runners its entrypoint cannot execute; the request is an ARM build of the image, a re-run on the same runner fails the same"),
    bld("actions/actions-runner-controller#722", "build.download_not_found",
        "$ docker run -it --rm summerwind/actions-runner:latest\nstandard_init_linux.go:228: exec user process caused: exec format error",
        raw_is_log=True, also_ok=[ARCH, "builder.exec_format"],
        note="runner pods crash-loop after a new summerwind/actions-runner:latest: not an architecture problem, /usr/local/bin/dumb-init in the image holds 'Not Found', a 404 page that curl -L saved during the image build; fixed by the PR that adds -f to the Dockerfile's curl calls and rebuilds"),
    bld("turbaszek/keda-example#6", "build.image_not_loaded",
        "  Normal   Pulling    49s (x4 over 2m27s)  kubelet            Pulling image \"local/dummy\"\n  Warning  Failed     49s (x4 over 2m27s)  kubelet            Failed to pull image \"local/dummy\": rpc error: code = Unknown desc = Error response from daemon: pull access denied for local/dummy, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n  Warning  Failed     49s (x4 over 2m27s)  kubelet            Error: ErrImagePull",
        raw_is_log=True, host_alt=HUB, also_ok=[NO_REPO, "credentials.pull_access_denied"],
        note="the example's manifests use local/... images built into a local cluster's runtime; deployed on EKS, the kubelet asks Docker Hub for a repository that does not exist ('Perhaps we need to update README.md'); others hit the same"),
    bld("bazelbuild/rules_k8s#718", "build.invalid_reference",
        "2022/10/29 23:40:40 Unable to publish images: unable to push image grc.io/foo/bar:latest: Get \"https://grc.io/v2/\": dial tcp 216.40.34.41:443: i/o timeout",
        host="grc.io", cmd="bazel run //:deployment.apply", host_alt=["216.40.34.41:443", "216.40.34.41"],
        note="on Cloud Build the k8s_object's images key spells the registry grc.io while container_push uses gcr.io; grc.io is a different, real domain that never answers a registry request, so the 'timeout' lasts through every rules_k8s and rules_docker version tried"),
]
