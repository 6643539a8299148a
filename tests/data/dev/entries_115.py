"""Dev-set entries, batch 115 (image pulls by Kubernetes in CI and by CI on Kubernetes, a new pass over threads no earlier
batch used: kubelet events and journals from kind, minikube, k3s/k3d, k3OS, microk8s and Talos nodes, Actions Runner
Controller runner pods, Tekton TaskRun and Argo Workflows pods, Prow job pods and e2e suites on kind/minikube/k3s, with
`kind load docker-image`, `kind create cluster`, crictl and ctr pulls beside them). The registry's side: Docker Hub's
pull limit hitting kubelet pulls of an ARC runner scale set's dind sidecar, a Ceph CSI e2e suite on minikube and a kind
node image pull, quay.io's 500s of 19 May 2020 and a 502 to a CSI driver's install, a Docker Hub token endpoint
answering 429 to microk8s' containerd, and an argoexec release whose image configuration blob was missing. The
cluster's side: node resolvers timing out (minikube's docker driver, Docker Desktop's 192.168.65.2), minikube and kind
nodes behind a TLS-inspecting proxy, microk8s nodes that need a proxy to reach k8s.gcr.io, the kubelet's own pull QPS
limit (a Zalando cluster, Konflux's Tekton TaskRun pods), a proxy variable only the shell had (crictl) or whose scheme Go
reads as a host, node disks too small for the image (a Tableau node, a 4 GB k3OS disk, a kind host's root partition),
in-cluster and host-side registries the node cannot reach (kind's localhost:5001 through ctr, minikube's localhost:5000
under Tilt, microk8s' registry addon at 127.0.0.1:32000, an HTTP-only Harbor), plain-HTTP registries the node's
containerd asks over HTTPS (Talos, a k3d registry under Tilt), an EKS kubelet whose ECR credentials went stale, and
`kind load` failing on a Docker whose containerd image store holds one platform. About a third are the build's own
mistakes that read like registry failures: Prow and CI images referenced before they were published (kubekins-e2e,
krte, toil's py3.7 image, corda's test image on ACR, substratus' controller tag), `imagePullPolicy: Never` with the
image never loaded into kind (KUDO's e2e, Argo's `make start`), a `:latest` local image that Kubernetes pulls anyway, a
docker-compose image never pushed anywhere, repository names that do not exist (crio/busybox, ttdocker/whalesay,
Tekton's `fail` image), a kind setup script whose mirror endpoint names the registry's host port, and an operator that
prefixed a quay.io reference with docker.io. `err` is verbatim from the source (a GitHub thread found with the search
tool's `issues` corpus); where a thread quoted a log inside Markdown (code fences, blockquote markers, backticks, the
four-space indentation of a Markdown code block, a link GitHub wrapped around a URL in tilt-dev/tilt#6498) only that
markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own
words or is cut, the entry stops at the last whole log line. Elisions ('...') and masks ('XXXXXXX', '<POD_NAME>',
'CENSORED') are the reporters' own. Hosts follow the README's strict rule: a host is given only where a line of the log
names it for the failing call (the URL's host, or the looked-up name); an inferred, masked or placeholder one goes in
host_alt, and a build-itself entry's failing call is no service's fault, so its registry goes in host_alt too. Labels
were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {
    "artifact-keeper/artifact-keeper-iac#107", "zalando-incubator/kubernetes-on-aws#8045",
    "redhat-appstudio/infra-deployments#7796", "LCOGT/banzai#409", "kubernetes/test-infra#20096",
    "DataBiosphere/toil#3024", "corda/corda#5567", "argoproj/argo-workflows#947",
}  # fmt: skip

B = Batch(PULLS)
reg = B.family("registry")
conn = B.family("connectivity")
dns = B.family("dns")
cred = B.family("credentials")
loc = B.local()
bld = B.build("registry")

HUB = ["docker.io", "registry-1.docker.io"]
PULL_LIMIT = "registry.dockerhub_pull_limit"
QPS = "local.kubelet_pull_qps"
TIMEOUT = "connectivity.timeout"
REFUSED = "connectivity.refused"
PLAIN = "connectivity.plain_http_registry"
CERT = "connectivity.untrusted_certificate"
NO_TAG = "build.tag_not_found"
NO_REPO = "build.repository_missing"
NOT_LOADED = "build.image_not_loaded"

E = [
    # --- the registry's side: pull limits, 5xx, a broken published image ----------------------------------------------------
    reg("artifact-keeper/artifact-keeper-iac#107", "registry", PULL_LIMIT, False, "service", None,
        'Failed to pull image "docker:27-dind": ... toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
        host_alt=HUB, also_ok=["registry.rate_limited", "credentials.missing"],
        note="18 May 2026, three ARC runner scale sets: the dockerhub-pull secret only authenticated dockerd inside the DinD sidecar, not the kubelet's pull of docker:27-dind, so with 15 runner pods churning every one stalled in ImagePullBackOff on the anonymous limit; the PR adds the secret to template.spec.imagePullSecrets (blockquote dropped, the '...' is the author's)"),
    reg("ceph/ceph-csi#2029", "registry", PULL_LIMIT, True, "service", None,
        'Apr 28 09:35:34.104: INFO: At 2021-04-28 09:30:27 +0100 BST - event for pod-eb165813-6e8a-4476-a40b-73c0bada26c0: {kubelet minikube} Failed: Failed to pull image "docker.io/library/busybox:1.29": rpc error: code = Unknown desc = Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\nApr 28 09:35:34.104: INFO: At 2021-04-28 09:30:27 +0100 BST - event for pod-eb165813-6e8a-4476-a40b-73c0bada26c0: {kubelet minikube} Failed: Error: ErrImagePull\nApr 28 09:35:34.104: INFO: At 2021-04-28 09:30:27 +0100 BST - event for pod-eb165813-6e8a-4476-a40b-73c0bada26c0: {kubelet minikube} BackOff: Back-off pulling image "docker.io/library/busybox:1.29"',
        host_alt=HUB, also_ok=["registry.rate_limited"],
        note="28 April 2021, the k8s-e2e-external-storage CI job on a minikube node: the e2e framework's dump of kubelet events shows the anonymous pull of busybox:1.29 refused by Docker Hub's limit; filed as a testing problem (component/testing), the suite's anonymous pulls being over the limit for that window, nothing in the change under test"),
    reg("LCOGT/banzai#409", "registry", PULL_LIMIT, True, "service", None,
        'ERROR: failed to create cluster: failed to pull image "kindest/node:v1.22.17@sha256:9af784f45a584f6b28bce2af84c494d947a05bd709151466489008f80a9ce9d5": command "docker pull kindest/node:v1.22.17@sha256:9af784f45a584f6b28bce2af84c494d947a05bd709151466489008f80a9ce9d5" failed with error: exit status 1\n\nCommand Output: Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
        cmd="kind create cluster", host_alt=HUB, also_ok=["registry.rate_limited"],
        note="19 March 2025, a revert PR's CI: `kind create cluster` fails pulling its kindest/node image anonymously from Docker Hub; nothing in the PR touches the cluster setup, and the PR was merged"),
    reg("kubernetes/ingress-nginx#5579", "registry", "registry.server_error", True, "service", "quay.io",
        'Failed to pull image "quay.io/kubernetes-ingress-controller/nginx-ingress-controller:0.32.0": rpc error: code = Unknown desc = Error response from daemon: Get https://quay.io/v2/kubernetes-ingress-controller/nginx-ingress-controller/manifests/0.32.0: received unexpected HTTP status: 500 Internal Server Error',
        also_ok=["registry.error_response", "registry.pull_failed"],
        note="19 May 2020: aledbf, 'Yes, quay.io is having issues https://status.quay.io/', the Quay outage of that day; a later commenter points to a gcr.io staging copy of the same release as the workaround until Quay recovered"),
    reg("hetznercloud/csi-driver#194", "registry", "registry.server_error", True, "service", None,
        '  Warning  Failed     17s               kubelet            Failed to pull image "quay.io/k8scsi/livenessprobe:v1.1.0": rpc error: code = Unknown desc = Error response from daemon: received unexpected HTTP status: 502 Bad Gateway\n  Warning  Failed     17s               kubelet            Error: ErrImagePull',
        host_alt=["quay.io"], also_ok=["registry.error_response", "registry.pull_failed"],
        note="22 March 2021, installing the driver's v1.5.3 manifest: the node's dockerd gets a 502 Bad Gateway from quay.io for a sidecar image while the Docker Hub image in the same pod pulls; a gateway error of the registry, not of the manifest"),
    reg("argoproj/argo-workflows#4216", "registry", "registry.blob_unknown", False, "service", None,
        "v2.11.1: Pulling from argoproj/argoexec\n54fec2fa59d0: Pulling fs layer\n50e5b13654ba: Pulling fs layer\na13edb6ed3bd: Pulling fs layer\n51bf6024f7b7: Waiting\nbe2f17b937f9: Waiting\n6ff34160bd07: Waiting\n6bddf1caf319: Waiting\n61edb096a952: Waiting\n332c15a1eb3f: Waiting\nb596047ae0d6: Waiting\nerror pulling image configuration: unknown blob",
        cmd="docker pull argoproj/argoexec:v2.11.1", host_alt=HUB, also_ok=["registry.unknown_blob", "registry.manifest_invalid"],
        note="5 October 2020, labelled bug P1: the v2.11.1 executor image as published on Docker Hub names a configuration blob the registry does not hold (a maintainer suspects the multi-arch change #4111), so every workflow pod's argoexec pull fails; the per-arch tag workaround failed the same; nothing on the pulling side can fix a published image that lacks its blob"),
    reg("canonical/microk8s#1025", "registry", "registry.rate_limited", True, "service", None,
        'Mar 12 23:53:50 wdfl34382999a microk8s.daemon-containerd[13573]: time="2020-03-12T23:53:50.326195095+01:00" level=error msg="PullImage "redis:alpine" failed" error="failed to resolve image "docker.io/library/redis:alpine": no available registry endpoint: failed to fetch oauth token: unexpected status: 429 Too Many Requests"',
        host_alt=["auth.docker.io", "docker.io"], also_ok=[PULL_LIMIT, "credentials.token_service_error"],
        note="March 2020, microk8s' containerd journal as ktsakalozos quoted it: the oauth token request for redis:alpine is answered 401 and then 429 Too Many Requests by Docker Hub's token service, so the pod never pulls (the reporter had blamed --image-pull-policy); the quote's unescaped inner quotes are as posted"),
    # --- the cluster's side: resolvers, proxies, TLS inspection ----------------------------------------------------------------
    dns("kubernetes/minikube#9580", "dns", "dns.timeout", False, "local", "k8s.gcr.io",
        'Oct 29 02:07:47 minikube kubelet[1717]: E1029 02:07:47.993663    1717 kuberuntime_image.go:51] Pull image "k8s.gcr.io/echoserver:1.4" failed: rpc error: code = Unknown desc = Error response from daemon: Get https://k8s.gcr.io/v2/: dial tcp: lookup k8s.gcr.io on 192.168.49.1:53: read udp 192.168.49.2:48049->192.168.49.1:53: i/o timeout',
        also_ok=["dns.resolver_unreachable", TIMEOUT],
        note="29 October 2020, minikube's docker driver (co/docker-driver, kind/support): 'Can not pull any image'; the node container's resolver is the docker network gateway 192.168.49.1, which never answers, so every kubelet pull times out on the lookup"),
    dns("kubernetes/minikube#15626", "dns", "dns.timeout", False, "local", "registry-1.docker.io",
        'Product Service -> Failed to pull image "noyandocker/productservice": rpc error: code = Unknown desc = Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 192.168.65.2:53: read udp 192.168.49.2:59506->192.168.65.2:53: i/o timeout',
        also_ok=["dns.resolver_unreachable", TIMEOUT, "connectivity.client_timeout"],
        note="10 January 2023, minikube on Docker Desktop deploying a set of Spring Boot services: the other pulls end in 'context deadline exceeded' and this one shows why, Docker Desktop's resolver 192.168.65.2 not answering the node; left to rot with no change on the project's side (Markdown code-block indentation dropped)"),
    conn("kubernetes/minikube#2592", "connectivity", "connectivity.client_timeout", False, "local", "gcr.io",
        'Mar 08 07:46:13 minikube localkube[13195]: E0308 07:46:13.792574   13195 kuberuntime_manager.go:647] createPodSandbox for pod "kube-addon-manager-minikube_kube-system(c4c3188325a93a2d7fb1714e1abf1259)" failed: rpc error: code = Unknown desc = failed pulling image "gcr.io/google_containers/pause-amd64:3.0": Error response from daemon: Get https://gcr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
        also_ok=[TIMEOUT, "connectivity.network_unreachable"],
        note="8 March 2018, minikube v0.25 on VirtualBox, labelled failed/internet-access and area/networking: the VM cannot reach gcr.io for the pause image, so no pod sandbox starts; the VM's network path to gcr.io, not the image, is at fault"),
    conn("kubernetes/minikube#3721", "connectivity", CERT, False, "local", "k8s.gcr.io",
        "        [ERROR ImagePull]: failed to pull image k8s.gcr.io/kube-apiserver:v1.13.3: output: Error response from daemon: Get https://k8s.gcr.io/v2/: x509: certificate signed by unknown authority\n, error: exit status 1\n        [ERROR ImagePull]: failed to pull image k8s.gcr.io/kube-controller-manager:v1.13.3: output: Error response from daemon: Get https://k8s.gcr.io/v2/: x509: certificate signed by unknown authority\n, error: exit status 1",
        also_ok=["connectivity.tls_failed"],
        note="20 February 2019, labelled ev/certificate-errors ('I am sure you've heard this a million times'): kubeadm's preflight pulls inside the minikube VM meet a TLS-inspecting corporate proxy whose CA the VM does not trust; tstromberg points to the docs' x509 section (install the proxy's CA in the VM) in the sibling #3722, labelled cause/firewall-or-proxy"),
    conn("cnoe-io/idpbuilder#520", "connectivity", CERT, False, "local", "registry.k8s.io",
        'Failed to pull image "registry.k8s.io/coredns/coredns:v1.11.1": failed to pull and unpack image "registry.k8s.io/coredns/coredns:v1.11.1": failed to resolve reference "registry.k8s.io/coredns/coredns:v1.11.1": failed to do request: Head "https://registry.k8s.io/v2/coredns/coredns/manifests/v1.11.1": tls: failed to verify certificate: x509: certificate signed by unknown authority',
        also_ok=["connectivity.tls_failed"],
        note="31 May 2025, idpbuilder's kind cluster on a MacBook: `crictl pull` inside the node container fails the same way while an nginx pull works, so something on the machine's path to registry.k8s.io presents a certificate the kind node does not trust; nothing in idpbuilder changed"),
    conn("canonical/microk8s#2593", "connectivity", TIMEOUT, False, "local", "k8s.gcr.io",
        '  Warning  FailedCreatePodSandBox  12m (x5223 over 2d14h)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox image "k8s.gcr.io/pause:3.1": failed to pull image "k8s.gcr.io/pause:3.1": failed to pull and unpack image "k8s.gcr.io/pause:3.1": failed to resolve reference "k8s.gcr.io/pause:3.1": failed to do request: Head "https://k8s.gcr.io/v2/pause/manifests/3.1": dial tcp 172.217.194.82:443: i/o timeout',
        also_ok=["connectivity.proxy_refused", "connectivity.network_unreachable"],
        note="27 September 2021, a fresh microk8s 'not running': asked by ktsakalozos, the reporter confirms the setup is behind a proxy and tries the proxy setup post he shared; until containerd reaches k8s.gcr.io through it, the pause image cannot be fetched (5223 sandbox attempts in two days)"),
    conn("canonical/microk8s#2300", "connectivity", TIMEOUT, False, "local", "k8s.gcr.io",
        r'5月 29 22:10:43 cdqpc microk8s.daemon-kubelite[4233]: E0529 22:10:43.070511    4233 kuberuntime_sandbox.go:68] "Failed to create sandbox for pod" err="rpc error: code = Unknown desc = failed to get sandbox image \"k8s.gcr.io/pause:3.1\": failed to pull image \"k8s.gcr.io/pause:3.1\": failed to pull and unpack image \"k8s.gcr.io/pause:3.1\": failed to resolve reference \"k8s.gcr.io/pause:3.1\": failed to do request: Head \"https://k8s.gcr.io/v2/pause/manifests/3.1\": dial tcp 74.125.203.82:443: i/o timeout" pod="kube-system/calico-node-cqqrh"',
        also_ok=["connectivity.network_unreachable"],
        note="29 May 2021, microk8s on a machine in China: ktsakalozos reads the inspection report, 'are you behind a firewall of some kind? I see in the logs that containerd is not able to reach k8s.gcr.io', and 'You probably need a proxy'; the reporter thanks him"),
    conn("kubernetes-sigs/cri-tools#336", "connectivity", TIMEOUT, False, "local", "registry-1.docker.io",
        'FATA[0030] pulling image failed: rpc error: code = Unknown desc = failed to resolve image "docker.io/library/alpine:latest": failed to do request: Head https://registry-1.docker.io/v2/library/alpine/manifests/latest: dial tcp 35.169.231.249:443: i/o timeout',
        cmd="crictl pull docker.io/library/alpine:latest", also_ok=["connectivity.proxy_refused"],
        note="4 July 2018: http_proxy was exported in the shell, where wget, curl and `ctr` (which reads it) work; feiskyer, 'crictl doesn't need proxy because it only talks to local runtime's unix socket while the image is actually pulled in runtimes', so the proxy must be set on the containerd daemon"),
    conn("cri-o/cri-o#2331", "connectivity", "connectivity.proxy_misconfigured", False, "local", None,
        'pulling image failed: rpc error: code = Unknown desc = error pinging docker registry registry-1.docker.io: Get "https://registry-1.docker.io/v2/": proxyconnect tcp: dial tcp: lookup http: Temporary failure in name resolution',
        cmd="crictl pull docker.io/library/nginx", host_alt=["http", "registry-1.docker.io"], also_ok=["dns.temporary_failure", "dns.resolve_failed"],
        note="23 April 2020, a commenter's crictl pull through CRI-O: Go parses the node's proxy setting so that the proxy's host is named 'http' (a doubled or malformed scheme), and looking that name up fails; haircommander: 'a sufficiently different problem' from the thread's denied pull"),
    loc("zalando-incubator/kubernetes-on-aws#8045", QPS, True,
        r'E0903 10:30:03.291420    1088 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"<CONTAINER_NAME>\" with ErrImagePull: \"pull QPS exceeded\"" pod="<POD_NAME>" podUID="<POD_ID>"',
        also_ok=["registry.rate_limited", "local.runner_system_failure"],
        note="4 September 2024: intermittent ImagePullBackoff for various images traced to the kubelet itself, not ECR; the default registryPullQPS of 5 is below the number of containers started on a node at once, so some pulls fail and succeed on the back-off retry; the PR makes registryPullQPS/registryBurst configurable"),
    loc("redhat-appstudio/infra-deployments#7796", QPS, True,
        r'2025-08-23 00:08:47E0823 00:08:36.232130    2669 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"prepare\" with ErrImagePull: \"pull QPS exceeded\"" pod="rhodf-tenant/odr-operator-4-20-on-push-c2mlv-clone-repository-pod" podUID="03c1ff62-b2a5-4ed3-aeac-035af202b5b0"',
        also_ok=["registry.rate_limited", "local.runner_system_failure"],
        note="25 August 2025, Konflux's Tekton build clusters: failed TaskRun pods (a clone-repository step) traced to the kubelet's own pull QPS limit on busy nodes; following Red Hat's solution 4767061 the PR raises the kubelet's registry QPS (KONFLUX-9836)"),
    loc("tableau/tableau-server-in-kubernetes#14", "local.disk_full", False,
        'Failed to pull image "CENSORED": rpc error: code = Unknown desc = failed to register layer: Error processing tar file(exit status 1): write /tableau-server-CENSORED.rpm: no space left on device',
        also_ok=["local.pod_evicted_disk", "local.disk_low"],
        note="3 October 2022: the reporter's own answer, 'the Tableau images are so big that they take up all the disk space on the node. To fix this I increased our node disk size to 50 gigs'"),
    loc("rancher/k3os#55", "local.disk_full", False,
        'time="2019-04-27T16:58:24.800670127Z" level=info msg="apply failure, attempting cleanup" error="failed to extract layer sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda: mount callback failed on /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319: write /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319/lib/x86_64-linux-gnu/libc-2.24.so: no space left on device: unknown" key="extract-247511086-BP4B sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda"',
        also_ok=["local.disk_low"],
        note="27 April 2019, k3OS installed to a 4 GB VirtualBox disk: df shows the root at 97%, and k3s' containerd cannot unpack the system images' layers under /var/lib/rancher; the disk is too small for the images the node must pull"),
    loc("kubernetes-sigs/kind#1328", "local.disk_full", False,
        ' ✗ Ensuring node image (kindest/node:v1.17.0) 🖼\nfailed to pull image "kindest/node:v1.17.0@sha256:9512edae126da271b66b990b6fff768fbb7cd786c7d39e86bdf55906352fdf62": command "docker pull kindest/node:v1.17.0@sha256:9512edae126da271b66b990b6fff768fbb7cd786c7d39e86bdf55906352fdf62" failed with error: exit status 1\nERROR: failed to create cluster: failed to pull image "kindest/node:v1.17.0@sha256:9512edae126da271b66b990b6fff768fbb7cd786c7d39e86bdf55906352fdf62": command "docker pull kindest/node:v1.17.0@sha256:9512edae126da271b66b990b6fff768fbb7cd786c7d39e86bdf55906352fdf62" failed with error: exit status 1',
        cmd="kind create cluster", also_ok=["local.disk_low", "registry.pull_failed"],
        note="12 February 2020, kind v0.7.0 on Ubuntu 18.04: the node image pull fails with only an exit status; the reporter's answer, 'I've extended de root partition size and everything works well. It was 4 GB extended to 50 GB'"),
    # --- the cluster's side: in-cluster and host-side registries ---------------------------------------------------------------
    conn("kubernetes-sigs/kind#3857", "connectivity", REFUSED, False, "local", "localhost",
        'INFO[0000] trying next host                              error="failed to do request: Head \\"https://localhost:5001/v2/airflow/manifests/2.9.3-python-3.11\\": dial tcp [::1]:5001: connect: connection refused" host="localhost:5001"\nctr: failed to resolve reference "localhost:5001/airflow:2.9.3-python-3.11": failed to do request: Head "https://localhost:5001/v2/airflow/manifests/2.9.3-python-3.11": dial tcp [::1]:5001: connect: connection refused',
        cmd="ctr --namespace=k8s.io images pull localhost:5001/airflow:2.9.3-python-3.11", also_ok=[PLAIN, "connectivity.registry_unreachable"],
        note="4 February 2025, kind's local-registry guide on an M1 Mac (kind/support): the node's certs.d/localhost:5001/hosts.toml maps the name to http://kind-registry:5000, but this ctr pull inside the node goes straight to https://localhost:5001, where nothing listens inside the node container; the host-side name only works through the node's registry configuration"),
    conn("tilt-dev/tilt#5431", "connectivity", REFUSED, False, "local", "localhost",
        '[K8s EVENT: Pod brokerage-api-848db55948-9pg9n (ns: default)] Failed to pull image "localhost:5000/brokerage-api:tilt-b655dbb021099edd": rpc error: code = Unknown desc = failed to pull and unpack image "localhost:5000/brokerage-api:tilt-b655dbb021099edd": failed to resolve reference "localhost:5000/brokerage-api:tilt-b655dbb021099edd": failed to do request: Head "http://localhost:5000/v2/brokerage-api/manifests/tilt-b655dbb021099edd": dial tcp 127.0.0.1:5000: connect: connection refused\n[K8s EVENT: Pod brokerage-api-848db55948-9pg9n (ns: default)] Error: ErrImagePull\n[K8s EVENT: Pod brokerage-api-848db55948-9pg9n (ns: default)] Error: ImagePullBackOff',
        cmd="tilt up", also_ok=["connectivity.registry_unreachable"],
        note="1 February 2022, a ctlptl-made minikube cluster with a registry: Tilt pushes to localhost:5000 on the host, but the kubelet's containerd in the minikube node resolves localhost:5000 to the node itself, where no registry listens"),
    conn("canonical/microk8s#899", "connectivity", REFUSED, False, "local", "127.0.0.1",
        'rpc error: code = Unknown desc = failed to resolve image "127.0.0.1:32000/eportal:a3b9bf48fef03c80088fc484ff24882afb04cb7ef905da8bc132c1b9ab9d83cc": no available registry endpoint: failed to do request: Head https://127.0.0.1:32000/v2/eportal/manifests/a3b9bf48fef03c80088fc484ff24882afb04cb7ef905da8bc132c1b9ab9d83cc: dial tcp 127.0.0.1:32000: connect: connection refused',
        cmd="skaffold dev", also_ok=[PLAIN, "connectivity.registry_unreachable"],
        note="9 January 2020, microk8s' registry addon under skaffold: after renaming localhost:32000 to 127.0.0.1:32000 everywhere, microk8s' containerd asks https://127.0.0.1:32000 and the node refuses the connection, while skaffold found the image at the registry; the registry addon's documented name is localhost:32000, and the reporter's rename of the node-side configuration is what broke the pull"),
    conn("siderolabs/talos#1524", "connectivity", PLAIN, False, "local", "192.168.1.100",
        'kubelet, worker-1  Failed to pull image "192.168.1.100:32000/core:0.2.19": rpc error: code = Unknown desc = failed to pull and unpack image "192.168.1.100:32000/core:0.2.19": failed to resolve reference "192.168.1.100:32000/core:0.2.19": failed to do request: Head https://192.168.1.100:32000/v2/core/manifests/0.2.19: http: server gave HTTP response to HTTPS client',
        also_ok=["connectivity.tls_plaintext_peer"],
        note="23 November 2019: a plain-HTTP registry works from the workstation's Docker (insecure-registries) and from microk8s once its containerd template names an http:// mirror, but the Talos nodes' containerd asks over HTTPS; the maintainers: 'At the moment we don't have an easy solution for this', the node's registry config has to change"),
    conn("tilt-dev/tilt#6498", "connectivity", PLAIN, False, "local", "k3d-cluster-registry",
        '[event: pod web-server/web-server-6d65fffc79-v7vrs] Failed to pull image "k3d-cluster-registry:5000/cluster-app_server:tilt-8650826310ff20cb": failed to pull and unpack image "k3d-cluster-registry:5000/cluster-app_server:tilt-8650826310ff20cb": failed to resolve reference "k3d-cluster-registry:5000/cluster-app_server:tilt-8650826310ff20cb": failed to do request: Head "https://k3d-cluster-registry:5000/v2/cluster-app_server/manifests/tilt-8650826310ff20cb": http: server gave HTTP response to HTTPS client',
        cmd="tilt up", also_ok=["connectivity.tls_plaintext_peer"],
        note="6 February 2025, a k3d cluster whose registry is created from a custom k3d-registry-dockerd image with proxy remoteURL '*': the k3s nodes' containerd asks the plain-HTTP registry over HTTPS, so the registry name Tilt pushes to has no http mirror in the nodes' registries.yaml; the pull is containerd's on the node, not Tilt's (GitHub's link markup around the URL dropped)"),
    conn("containerd/containerd#11015", "connectivity", REFUSED, False, "local", "reg.lccdomain.com",
        'ctr: failed to resolve reference "reg.lccdomain.com/cloud-native-infra/installation-package@sha256:e8da5aeef6442c8154c9d394098e8b020edecef4d25be6f575d3565fd557fbf4": failed to do request: Head "https://reg.lccdomain.com/v2/cloud-native-infra/installation-package/manifests/sha256:e8da5aeef6442c8154c9d394098e8b020edecef4d25be6f575d3565fd557fbf4": dial tcp 192.168.2.133:443: connect: connection refused',
        cmd="ctr image pull -k reg.lccdomain.com/cloud-native-infra/installation-package@sha256:e8da5aeef6442c8154c9d394098e8b020edecef4d25be6f575d3565fd557fbf4", also_ok=[PLAIN],
        note="17 November 2024: the Harbor instance is configured for HTTP on port 80 only, while `ctr image pull -k` (skip TLS verification, still HTTPS) dials port 443, where nothing listens; the pull needs plain HTTP (ctr's --plain-http or an http:// host in the registry config)"),
    cred("aws-samples/eks-workshop#451", "credentials", "credentials.no_basic_auth", False, "local", None,
        'Warning  Failed     12m (x4 over 13m)     kubelet, ip-10-82-9-65.ap-XXXXX.compute.internal  Failed to pull image "XXXXXXXX.dkr.ecr.ap-XXXXXX.amazonaws.com/isam:9.0.7.0": rpc error: code = Unknown desc = Error response from daemon: Get https://XXXXXXX.dkr.ecr.ap-XXXXX.amazonaws.com/v2/ndi-spcp-isam/manifests/9.0.7.0: no basic auth credentials',
        host_alt=["dkr.ecr.amazonaws.com"], also_ok=["credentials.ecr_token_expired", "credentials.missing"],
        note="1 October 2019, EKS 1.12 and 1.13: 'sometimes' the kubelet's pulls from ECR go out with no credentials; 'When we restart kubelet, it is working fine', the node's kubelet credential refresh being stuck (AWS support called it a kubelet issue); the account and region are the reporter's masks"),
    loc("kubernetes-sigs/kind#3845", "local.image_store_incompatible", False,
        'Image: "altinity/clickhouse-operator:0.24.2" with ID "sha256:1ecb2f17d41882908fa159cd994132349cb600ed1a69cf2b391eb2202a89e9fa" not yet present on node "kind-control-plane", loading...\nERROR: failed to load image: command "docker exec --privileged -i kind-control-plane ctr --namespace=k8s.io images import --all-platforms --digests --snapshotter=overlayfs -" failed with error: exit status 1\nCommand Output: ctr: content digest sha256:82014a3cbf22d2e03382cd9b123f4151d956986e727340a466406a206408b7a2: not found',
        cmd="kind load -v 10 docker-image altinity/clickhouse-operator:0.24.2", also_ok=[NOT_LOADED, "builder.manifest_list_load"],
        note="14 January 2025, closed as a duplicate of kind's known failure: the image was pulled into Docker's containerd image store for one platform, so the archive `docker save` hands to `ctr images import --all-platforms` names platform blobs that are not there; loading it again fails the same, and the reporter was using kind load to dodge Docker Hub's rate limit"),
    dns("kubescape/kubescape#531", "dns", "dns.no_such_host", True, "local", "quay.io",
        '  Warning  Failed     7m50s                  kubelet            Failed to pull image "quay.io/armosec/kubescape:v2.0.156": rpc error: code = Unknown desc = Error response from daemon: Head "https://quay.io/v2/armosec/kubescape/manifests/v2.0.156": Get "https://quay.io/v2/auth?scope=repository%3Aarmosec%2Fkubescape%3Apull&service=quay.io": context deadline exceeded\n  Warning  Failed     6m47s (x2 over 7m20s)  kubelet            Failed to pull image "quay.io/armosec/kubescape:v2.0.156": rpc error: code = Unknown desc = Error response from daemon: Get "https://quay.io/v2/": dial tcp: lookup quay.io on 192.168.65.2:53: no such host',
        also_ok=["dns.temporary_failure", "connectivity.client_timeout", TIMEOUT],
        note="9 June 2022, the Helm install on minikube under Docker Desktop: three of five pods stuck in ImagePullBackOff 'but then worked fine after 10 mins', the node's pulls first timing out on quay.io's token URL and then failing to resolve quay.io through Docker Desktop's resolver 192.168.65.2"),
    # --- the build's own: images referenced before they exist, images never loaded -----------------------------------------
    bld("kubernetes/test-infra#15045", NO_TAG,
        'Failed to pull image "gcr.io/k8s-testimages/kubekins-e2e:v20191029-4802b07-1.17": rpc error: code = Unknown desc = failed to resolve image "gcr.io/k8s-testimages/kubekins-e2e:v20191029-4802b07-1.17": no available registry endpoint: gcr.io/k8s-testimages/kubekins-e2e:v20191029-4802b07-1.17 not found',
        host_alt=["gcr.io"], also_ok=["build.artifact_not_found"],
        note="31 October 2019: a job-config bump (test-infra#15023) gave the 1.17 release jobs a kubekins-e2e tag that was never built, so the Prow job pods sat pending and failed; merging the daily image bump fixed it"),
    bld("kubernetes/test-infra#20096", NO_TAG,
        'Failed to pull image\n"gcr.io/k8s-testimages/krte:v20201124-be2d6d8-1.20": rpc error: code\n= Unknown desc = failed to resolve image\n"gcr.io/k8s-testimages/krte:v20201124-be2d6d8-1.20": no available\nregistry endpoint: gcr.io/k8s-testimages/krte:v20201124-be2d6d8-1.20 not\nfound',
        host_alt=["gcr.io"], also_ok=["build.artifact_not_found"],
        note="2 December 2020, ci-kubernetes-kind-ipv6-e2e-parallel-1-20: justaugustus, 'the previous image (krte:v20201124-be2d6d8-1.20) did not exist as the 1.20 variants were not added until yesterday'; closed because a Prow bump had already changed the tag (the line breaks are the commit message's)"),
    bld("substratusai/runbooks#42", NO_TAG,
        '  Warning  Failed     5m50s (x4 over 7m13s)  kubelet                                Failed to pull image "docker.io/substratusai/controller-manager:v0.0.2-alpha": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/substratusai/controller-manager:v0.0.2-alpha": failed to resolve reference "docker.io/substratusai/controller-manager:v0.0.2-alpha": docker.io/substratusai/controller-manager:v0.0.2-alpha: not found\n  Normal   BackOff    2m4s (x22 over 7m12s)  kubelet                                Back-off pulling image "docker.io/substratusai/controller-manager:v0.0.2-alpha"',
        host_alt=HUB, also_ok=["build.artifact_not_found"],
        note="27 June 2023, installing from main: 'I guess it's pointing to a tag that wasn't published yet'; the install manifest names a controller-manager tag the project had not pushed"),
    bld("DataBiosphere/toil#3024", NO_TAG,
        '  Warning  Failed     7s (x3 over 49s)   kubelet, k3.kube   Failed to pull image "quay.io/ucsc_cgl/toil:4.0.0a1-ed1226bcdab18b7431bceeb818ecc6684deb84cf-py3.7": rpc error: code = Unknown desc = Error response from daemon: manifest for quay.io/ucsc_cgl/toil:4.0.0a1-ed1226bcdab18b7431bceeb818ecc6684deb84cf-py3.7 not found',
        host_alt=["quay.io"], also_ok=["build.artifact_not_found"],
        note="3 April 2020, the PR's Kubernetes-batch-system tests on the project's cluster: 'here's what Kubernetes thinks of the 3.7 jobs', the job pods ask for the commit's py3.7 Toil appliance image, which the PR's build never pushed to quay.io"),
    bld("corda/corda#5567", NO_TAG,
        '  Warning  Failed     8m32s (x4 over 9m54s)   kubelet, aks-core8-18738514-vmss000341  Failed to pull image "stefanotestingcr.azurecr.io/testing:f82f9f3b-a66": [rpc error: code = Unknown desc = Error response from daemon: manifest for stefanotestingcr.azurecr.io/testing:f82f9f3b-a66 not found: manifest unknown: manifest unknown, rpc error: code = Unknown desc = Error response from daemon: Get https://stefanotestingcr.azurecr.io/v2/testing/manifests/f82f9f3b-a66: unauthorized: authentication required]\n  Warning  Failed     8m32s (x4 over 9m54s)   kubelet, aks-core8-18738514-vmss000341  Error: ErrImagePull',
        host_alt=["stefanotestingcr.azurecr.io"], also_ok=["credentials.unauthorized", "build.artifact_not_found"],
        note="14 October 2019, corda's integration tests distributed onto AKS worker pods: roastario, 'this seems to be failing due to' the worker pods asking ACR for a testing:<commit> tag that is not in the registry (the other pull path is refused for lack of credentials); the PR's test-image build has to push it first"),
    bld("kudobuilder/kudo#1258", NOT_LOADED,
        'Jan 09 09:09:52 kind-control-plane kubelet[275]: E0109 09:09:52.413777     275 kuberuntime_manager.go:783] container start failed: ErrImageNeverPull: Container image "kudobuilder/controller:test.9.0" is not present with pull policy of Never',
        host_alt=HUB, also_ok=[NO_TAG],
        note="9 January 2020, the e2e suite on kind: the title says it, 'due to bad controller image tag'; the manager pod asks for kudobuilder/controller:test.9.0 with pull policy Never while the image loaded into the kind node carries another tag"),
    bld("argoproj/argo-workflows#3672", NOT_LOADED,
        'Error from server (BadRequest): container "wait" in pod "delightful-poochenheimer" is waiting to start: ErrImageNeverPull\n\nErrImageNeverPull: Container image "argoproj/argoexec:latest" is not present with pull policy of Never',
        cmd="make start", host_alt=HUB, also_ok=[NO_TAG],
        note="4 August 2020, `make start` on master: the dev setup runs the controller with executor pull policy Never, and argoexec:latest had not been built into the local cluster's image store, so every workflow's wait container waits forever until the executor image is built locally"),
    bld("kubernetes/kubernetes#28433", "build.pull_policy_always",
        'Failed to pull image "nginx": Error while pulling image: Get https://index.docker.io/v1/repositories/library/nginx/images: dial tcp: lookup index.docker.io on 162.3.140.90:53: server misbehaving',
        cmd="kubectl run my-pod --image=nginx --port=80", host_alt=["index.docker.io"], also_ok=["dns.server_misbehaving", NOT_LOADED],
        note="3 July 2016: nginx:latest is already in the node's docker images, but Random-Liu explains that an image without a tag or with :latest defaults to imagePullPolicy Always, so the kubelet pulls anyway and the offline node's DNS fails; set imagePullPolicy IfNotPresent or use a non-latest tag"),
    bld("tienvx/mbt-bundle#88", NOT_LOADED,
        "  Warning  Failed     28m (x4 over 30m)      kubelet, minikube  Failed to pull image \"mbt-examples_custom-worker:v1.5.1\": rpc error: code = Unknown desc = Error response from daemon: pull access denied for mbt-examples_custom-worker, repository does not exist or may require 'docker login'\n  Warning  Failed     28m (x4 over 30m)      kubelet, minikube  Error: ErrImagePull",
        host_alt=HUB, also_ok=["credentials.pull_access_denied", NO_REPO],
        note="2 April 2019, the examples deployed to minikube: mbt-examples_custom-worker is docker-compose's local build name, never pushed to any registry and not built into minikube's docker, so the kubelet asks Docker Hub for a repository that does not exist"),
    bld("cri-o/cri-o#2331", NO_REPO,
        "FATA[0000] pulling image failed: rpc error: code = Unknown desc = Error reading manifest latest in docker.io/crio/busybox: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required",
        cmd="sudo crictl pull docker.io/crio/nginx", host_alt=HUB, also_ok=["credentials.pull_access_denied", "credentials.repository_not_found"],
        note="3 May 2019: there is no crio namespace on Docker Hub; mrunalp, 'Can you try docker.io/library/nginx instead?', and the reporter thanks him; Docker Hub answers a missing repository with the denied/authentication message"),
    bld("argoproj/argo-workflows#947", NO_REPO,
        "STEP            PODNAME                 DURATION  MESSAGE\n ✖ steps-jxggl                                    child 'steps-jxggl-1508661637' failed\n └---✖ hello0   steps-jxggl-1508661637  5s        Back-off pulling image \"ttdocker/whalesay\"",
        cmd="argo get steps-jxggl", host_alt=HUB, also_ok=[NO_TAG, "credentials.pull_access_denied"],
        note="13 August 2018: the PR's own example of a workflow whose step names an image that does not exist ('when user set the error image address or image does not exists'), ttdocker/whalesay for docker/whalesay; the pod sits in ImagePullBackOff and the PR makes Argo report it"),
    bld("tektoncd/pipeline#1913", NO_REPO,
        r'"message": "build step \"step-hello\" is pending with reason \"Back-off pulling image \\\"fail\\\"\"",',
        host_alt=HUB, also_ok=[NO_TAG, "build.invalid_reference"],
        note="22 January 2020: chmouel's reproducer, a PipelineRun whose step image is literally `fail`, a repository that does not exist; the pod stays in ErrImagePull and the TaskRun reports Pending forever (the issue asks Tekton to fail it, done later in #4921)"),
    bld("k8ssandra/k8ssandra-operator#1580", "build.registry_endpoint_wrong",
        r'E0715 10:42:12.148554     635 remote_image.go:167] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \"localhost:5001/image:latest\": failed to resolve reference \"localhost:5001/image:latest\": failed to do request: Head \"http://kind-registry:5001/v2/image/manifests/latest?ns=localhost%3A5001\": dial tcp 172.21.0.7:5001: connect: connection refused" image="localhost:5001/image"',
        host_alt=["kind-registry", "localhost"], also_ok=[REFUSED, "connectivity.registry_unreachable"],
        note="15 July 2025, labelled bug: the project's scripts/setup-kind-multicluster.sh points the kind nodes' mirror for localhost:5001 at http://kind-registry:5001, apparently the registry's host-side port, and the registry container (172.21.0.7) refuses that port inside the kind network; the reporter found that changing the ports around broke the mirror differently, so the script's registry wiring, not the cluster, is at fault"),
    bld("gpustack/gpustack#5456", "build.invalid_reference",
        '  Warning  Failed     0s (x5 over 5m1s)    kubelet            spec.containers{nfd-master}: Failed to pull image "docker.io/quay.io/gpustack/mirrored-node-feature-discovery:v0.18.3": failed to pull and unpack image "docker.io/quay.io/gpustack/mirrored-node-feature-discovery:v0.18.3": failed to resolve reference "docker.io/quay.io/gpustack/mirrored-node-feature-discovery:v0.18.3": unexpected status from HEAD request to https://docker.m.daocloud.io/v2/quay.io/gpustack/mirrored-node-feature-discovery/manifests/v0.18.3?ns=docker.io: 403 Forbidden',
        host_alt=["docker.m.daocloud.io", "quay.io"], also_ok=[NO_REPO, "credentials.pull_access_denied"],
        note="2 June 2026, registering a cluster with a custom operator image quay.io/gpustack/gpustack-operator:v0.1.0: GPUStack derived the node-feature-discovery image by prefixing docker.io to a reference that already names quay.io, so the node's Docker Hub mirror is asked for a nonsense repository and refuses; fixed in the dev branch (verified in 73fdee7)"),
]
