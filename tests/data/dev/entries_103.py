"""Dev-set entries, batch 103 (network failures of CI jobs that run in containers and Kubernetes pods: Actions Runner
Controller runners and their dind sidecars, Prow and Tekton jobs on GKE and kind, OpenShift build pods, Jenkins X,
GitLab runners on EKS Fargate and behind security-group policies, Woodpecker, Drone and its cncd predecessor on
docker, and the GitHub runner itself on broken IPv6). The cluster's and runner's side, most of the batch: a dind
sidecar whose MTU was never applied so Hex metadata cannot be fetched, Prow build clusters whose kube-dns lost
github.com until NodeLocal DNS caches were enabled, a Prow node that lost external connectivity, a node-local DNS not
ready on a fresh node, kyma's cluster DNS failing often and its dnsmasq upstream not resolving xip.io, EKS Fargate's
CoreDNS failing now and then, pods under security-group policies that never get DNS, musl-based git-init images that
cannot resolve through many search domains and a latest alpine that broke an action's lookups, OpenShift build pods
without a working dnsmasq or master DNS, a runner stuck authenticating on broken IPv6, a runner host that cannot
resolve GitHub at all, Drone and cncd clone containers outside the compose network that cannot resolve the git server,
a Gitness URL that containers cannot reach, a Woodpecker agent whose Docker ran out of network address pools, and EKS
worker nodes whose security groups kept the build pods from GitLab. The services' side: GitHub resetting TLS to a
Tekton flake, Docker Hub's S3 and registry timing out to OpenShift and Cortex jobs, gcr.io unreachable to a Kubernetes
PR builder, proxy.golang.org's and public.ecr.aws's TLS handshakes timing out to kueue's Prow jobs, SNAT exhaustion on
GitHub's hosted runners, and GitHub's July 2025 rate-limit incident on action downloads. The rest, the build's own
mistakes that read like network trouble: clonerefs forcing `github.com.` so the certificate no longer matches, a DNS
record the project never registered, DOCKER_HOST naming a `docker` alias the Kubernetes executor does not create, a
DNS probe that fed `127.0.0.1:5000` to nslookup, a compose file still pointing at a retired registry, and a typo'd k3d
registry name. `err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where
a thread quoted a log inside Markdown (code fences, backticks, bold markers, a heading marker, a Markdown link GitHub
made of a host) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs
on into the reporter's own words or is cut, the entry stops at the last whole log line. Elisions and masks ('...',
'xxx', '<redacted>') are the reporters' own. Hosts follow the README's strict rule: a host is given only where a line
of the log names it for the failing call; an inferred, masked or placeholder one goes in host_alt, and the build's own
services (a dind alias, a local registry) stay None. Labels were set from the threads before the matcher saw any of
these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"kubernetes/test-infra#12074", "anothrNick/github-tag-action#105", "elifesciences/elife-xpub#176",
         "NVIDIA/OpenShell#228"}  # fmt: skip

B = Batch(PULLS)
net = B.family("connectivity")
dns = B.family("dns")
reg = B.family("registry")
gh = B.family("github")
gp = B.family("goproxy")
bld = B.build("connectivity")

GITHUB = "github.com"
MTU = "local.mtu_mismatch"
RESOLVE = "dns.resolve_failed"
NXDOMAIN = "dns.no_such_host"

E = [
    # --- the cluster's and runner's side: MTU, DNS, IPv6, networks -----------------------------------------------------
    B.entry("connectivity", "actions/actions-runner-controller#393", "local", MTU, False, "local", "repo.hex.pm",
            "Could not install Hex because Mix could not download metadata at https://repo.hex.pm/installs/hex-1.x.csv.",
            t="legacy_run", run="mix local.hex --force &&     mix local.rebar --force", also_ok=["connectivity.timeout", "connectivity.tls_handshake_timeout"],
            note="March 2021, ARM64 runners with a docker:dind sidecar: requests made inside the Dockerfile hang while the FROM pull works; mumoshu found the chart set the wrong variable (DOCKERD_ROOTLESS_ROOTLESSKIT_MTU instead of MTU), and after setting the MTU by hand `mix local.hex --force` ran; a runner configuration, not an outage"),
    dns("kubernetes/test-infra#20716", "dns", RESOLVE, True, "local", GITHUB,
        "Cloning into 'test-infra'...\nfatal: unable to access 'https://github.com/kubernetes/test-infra/': Could not resolve host: github.com",
        also_ok=["dns.temporary_failure", "dns.timeout"],
        note="February 2021, labelled kind/flake, priority/critical-urgent: many Prow jobs failed to clone from about 03:43 PST, flakily for days; the fix was enabling NodeLocal DNS caches on the Prow build clusters and tuning kube-dns autoscaling (kubernetes/k8s.io#1691 'should hopefully address' this issue), i.e. the cluster's DNS, and the jobs pass on retry"),
    dns("kubernetes/kubernetes#98971", "dns", RESOLVE, True, "local", GITHUB,
        "Terminated (Error - Cloning into 'test-infra'... fatal: unable to access 'https://github.com/kubernetes/test-infra/': Could not resolve host: github.com ) at 2021-02-06 05:59:47 +0000 UTC with exit code 128",
        also_ok=["dns.temporary_failure", "dns.timeout"],
        note="the same February 2021 Prow flake as a pod's termination message: 'I think there was some ongoing issue about KubeDNS in Prow cluster', deduplicated against kubernetes/test-infra#20716 (fixed by NodeLocal DNS caches)"),
    dns("kubernetes/test-infra#2666", "dns", RESOLVE, True, "local", GITHUB,
        "Cloning into 'test-infra'...\nfatal: unable to access 'https://github.com/kubernetes/test-infra/': Could not resolve host: github.com",
        also_ok=["connectivity.network_unreachable", "dns.timeout"],
        note="May 2017, pull-kubernetes-bazel seemed to fail its first run; spxtr: 'a rare bug where one of the nodes loses external connectivity but doesn't get kicked. I'll upgrade the nodes', after which it was fine; the re-run on another node passes"),
    dns("kubernetes/test-infra#28623", "dns", "dns.temporary_failure", True, "local", GITHUB,
        "ssh: Could not resolve hostname github.com: Try again\nfatal: Could not read from remote repository.",
        also_ok=[RESOLVE, "dns.timeout"],
        note="the reporter's Prow jobs fail when the pod lands on a node that just started and whose node-local DNS has not initialized yet; Prow does not retry the clone, but the same job on a warm node passes (workaround: dnsPolicy Default)"),
    dns("kyma-project/test-infra#1198", "dns", RESOLVE, True, "local", GITHUB,
        "$ git fetch https://github.com/kyma-project/kyma.git --tags --prune\nfatal: unable to access 'https://github.com/kyma-project/kyma.git/': Could not resolve host: github.com\n# Error: exit status 128",
        also_ok=["dns.temporary_failure", "dns.timeout"],
        note="July 2019: 'Really often jobs fail with status Could not resolve host: github.com. It looks like cluster internal DNS doesn't work well' (the Prow build cluster's DNS), intermittent, so a re-run usually clones"),
    dns("kyma-project/test-infra#1206", "dns", NXDOMAIN, True, "local", "gateway.35.204.137.233.xip.io",
        "application_access_test.go:27\nError: Received unexpected error:\nGet https://gateway.35.204.137.233.xip.io/v1/applications/management/info: dial tcp: lookup gateway.35.204.137.233.xip.io on 10.63.240.10:53: no such host\nFailed to fetch Management Info",
        also_ok=[RESOLVE, "dns.server_misbehaving"],
        note="tests fail occasionally on xip.io names since the switch from Cloud DNS; dekiel found no sign of xip.io itself failing: queries from the cluster's dnsmasq (whose upstream is an APIPA address they cannot tune) did not resolve while the same queries from a laptop did; the cluster's resolver, and the failures are occasional"),
    dns("pahud/cdk-gitlab#27", "dns", RESOLVE, True, "local", "gitlab.com",
        "fatal: unable to access 'https://gitlab.com/aws_cdk/meetup-cicd.git/': Could not resolve host: gitlab.com",
        also_ok=["dns.temporary_failure", "dns.timeout"],
        note="GitLab jobs on EKS Fargate runner pods fail their clone while the same job on EKS EC2 nodes passes; pahud reproduced it: 'the CoreDNS on EKS/Fargate will occasionally fail with name resolution failure'"),
    dns("aws/amazon-vpc-resource-controller-k8s#348", "dns", RESOLVE, True, "local", None,
        "fatal: unable to access 'https://xxx/yyy.git/': Could not resolve host: xxx.de",
        host_alt=["xxx.de"], also_ok=["connectivity.network_unreachable", "dns.timeout"],
        note="GitLab pipeline pods under a SecurityGroupPolicy: in about 20% of cases the pod's networking never comes up (narrowed to IPAM) and CoreDNS sees no query from its IP; the cluster's fault, and most new pods work (the host is the reporter's mask)"),
    dns("knative/build#573", "dns", RESOLVE, False, "local", GITHUB,
        "    \"level\": \"fatal\",\n    \"ts\": 1552040821.4823895,\n    \"logger\": \"fallback-logger\",\n    \"caller\": \"git-init/main.go:52\",\n    \"msg\": \"Unexpected error running git [fetch --depth=1 --recurse-submodules=yes origin master]: exit status 128\\nfatal: unable to access 'https://github.com/knative/build.git/': Could not resolve host: github.com\\n\",",
        also_ok=["dns.wildcard_search_domain", "local.client_regression"],
        note="title: 'muslc-based images -> alpine based git-init fail to resolve github.com': the alpine git-init cannot resolve with the pod's higher ndots and number of search domains; every build step fails the same way until the image or the pod's resolv.conf changes (JSON prettied by the reporter)"),
    B.entry("dns", "anothrNick/github-tag-action#105", "local", "local.client_regression", False, "local", "github.tools.sap",
            "pre_release = false\nfatal: unable to access 'https://github.tools.sap/coresystemsFSM/actions/': Could not resolve host: github.tools.sap",
            also_ok=[RESOLVE],
            note="the action's Dockerfile: 'Latest alpine seems to have a problem resolving the hostname ... Adding a fixed version solves the issue' (pinning the base image); the resolver in the job's container, not the server, and every run fails until the image changes"),
    dns("openshift/openshift-ansible#5249", "dns", RESOLVE, False, "local", GITHUB,
        "Cloning \"https://github.com/sozercan/nodejs-ex.git\" ...\n--\n  | error: build error: fatal: unable to access 'https://github.com/sozercan/nodejs-ex.git/': Could not resolve host: github.com; Unknown error",
        also_ok=["dns.server_misbehaving"],
        note="OpenShift build pods after a BYO playbook install: 'Looks like a name server issue. If I add --server 8.8.8.8 as upstream dns to dnsmasq.service, it works externally'; the cluster's resolver configuration (the '--' and '|' come from the web console's log view)"),
    dns("openshift/origin#11342", "dns", RESOLVE, False, "local", GITHUB,
        "Cloning \"https://github.com/ganrad/Apache-Spark-2.0.1-OpenShift-3.3.git\" ...\nerror: build error: fatal: unable to access 'https://github.com/ganrad/Apache-Spark-2.0.1-OpenShift-3.3.git/': Could not resolve host: github.com; Unknown error",
        also_ok=["dns.server_misbehaving"],
        note="Origin v1.3 on a RHEL VM: the host and a plain docker container resolve github.com, build pods do not; the reporter's diagnostics point at the cluster DNS (dnsmasq/SkyDNS, with no dnsmasq configuration present), so every build fails until it is set up"),
    dns("openshift/origin#6355", "dns", "dns.timeout", False, "local", None,
        "F1217 01:19:18.531701       1 builder.go:59] Build error: dial tcp: i/o timeout",
        host_alt=[GITHUB], also_ok=[RESOLVE, "connectivity.timeout"],
        note="deads2k: 'I didn't have the master's dns working and my builds were constantly failing immediately ... I enable DNS and then I'm able to clone source'; bparees: builds run in pods and get whatever resolv.conf is injected into them"),
    dns("actions/runner#511", "dns", RESOLVE, False, "local", None,
        "# Authentication\nName or service not known",
        host_alt=[GITHUB, "api.github.com"], also_ok=["connectivity.firewall_blocked"],
        note="config.sh on a new Linux machine fails at Authentication; TingluoHuang: make sure the machine can reach github.com, api.github.com and *.actions.githubusercontent.com, i.e. the runner host's DNS/network, which a retry does not change"),
    dns("cncd/pipeline#3", "dns", NXDOMAIN, False, "local", "dgitlab",
        "+ git init\nInitialized empty Git repository in /foo/foo/.git/\n+ git remote add origin http://dgitlab:10080/root/plop.git\n+ git fetch --no-tags origin +refs/heads/master:\nfatal: unable to access 'http://dgitlab:10080/root/plop.git/': Couldn't resolve host 'dgitlab'\nexit status 128",
        also_ok=[RESOLVE, "local.runner_env_misconfigured"],
        note="a docker-compose setup of GitLab and the Drone server/agent: the plugins/git clone container is started on the pipeline's own network, not the compose network where 'dgitlab' resolves; every clone fails until the runner's networks are configured"),
    dns("harness/harness#2559", "dns", NXDOMAIN, False, "local", "gitea",
        "Could not resolve host: gitea",
        also_ok=[RESOLVE, "local.runner_env_misconfigured"],
        note="Drone 1.0 with Gitea in the same compose file: bradrydzewski: attaching a custom network to the clone step was still an open issue, and 'using the embedded docker-dns to connect to the version control system is not supported'; a runner configuration (later DRONE_RUNNER_NETWORKS)"),
    net("actions/runner#574", "connectivity", "connectivity.ipv6_unreachable", False, "local", None,
        "[2020-07-03 22:55:03Z ERR  RunnerServer] System.Threading.Tasks.TaskCanceledException: The operation was canceled.\n   at System.Net.Http.ConnectHelper.ConnectAsync(String host, Int32 port, CancellationToken cancellationToken)",
        host_alt=[GITHUB, "api.github.com"], also_ok=["connectivity.timeout", "connectivity.network_unreachable"],
        note="title: 'Runner configure step stuck at authenticating when IPv6 is broken': the machine has an IPv6 route that does not work and the runner tries only that, timing out instead of falling back to IPv4; the host's network, not GitHub"),
    net("harness/harness#3547", "local", "local.runner_env_misconfigured", False, "local", None,
        "Failed to connect to host.docker.internal port 3000 after 134630 ms: Operation timed out",
        host_alt=["host.docker.internal"], also_ok=["connectivity.timeout"],
        note="Gitness (Drone) with the default server install: the pipeline's clone times out reaching the server through host.docker.internal; the reporter: 'I was able to resolve this by setting the GITNESS_URL_CONTAINER env variable', a CI server setting"),
    net("woodpecker-ci/woodpecker#1570", "local", "local.docker_network_exhausted", False, "local", None,
        "rpc error: code = Unknown desc = Step finished with exitcode 1, Error response from daemon: could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network",
        also_ok=["local.docker_network_broken", "local.runner_system_failure"],
        note="pipelines suddenly fail before the clone step, an old pipeline that had passed fails too on re-run, after 'could not remove network wp_..._default' errors in the agent's log: the agent's Docker has no free default address pool for the per-pipeline network (leftover networks), the machine's state, not the commit"),
    net("jenkins-x/jx#6951", "connectivity", "connectivity.firewall_blocked", False, "local", None,
        "unable to access 'https://gitlab.xxx-yyy.net/my.name/jx3-spring-boot-http-gradle.git/': Failed to connect to gitlab.xxx-yyy.net port 443",
        host_alt=["gitlab.xxx-yyy.net"], also_ok=["connectivity.timeout", "connectivity.refused"],
        note="Jenkins X boot on EKS with a self-hosted GitLab: deanesmith, 'This error is coming from a pod in your cluster, your access rights to your Gitlab instance are the issue'; the reporter had not given the EKS worker nodes the needed access and the pipeline ran once he did (host masked by the reporter)"),
    # --- the services' side: transient trouble a re-run passes -------------------------------------------------------
    net("tektoncd/pipeline#6802", "connectivity", "connectivity.reset", True, "service", GITHUB,
        "+ /ko-app/git-init '-url=https://github.com/GoogleContainerTools/skaffold' '-revision=main' '-refspec=' '-path=/workspace/output/' '-sslVerify=true' '-submodules=true' '-depth=1' '-sparseCheckoutDirectories='\n"
        r'{"level":"error","ts":1686267942.8294702,"caller":"git/git.go:53","msg":"Error running git [fetch --recurse-submodules=yes --depth=1 origin --update-head-ok --force main]: exit status 128\nfatal: unable to access ' "'https://github.com/GoogleContainerTools/skaffold/'" r': OpenSSL SSL_connect: Connection reset by peer in connection to github.com:443 \n","stacktrace":"github.com/tektoncd/pipeline/pkg/git.run\n\tgithub.com/tektoncd/pipeline/pkg/git/git.go:53\ngithub.com/tektoncd/pipeline/pkg/git.Fetch\n\tgithub.com/tektoncd/pipeline/pkg/git/git.go:156\nmain.main\n\tgithub.com/tektoncd/pipeline/cmd/git-init/main.go:53\nruntime.main\n\truntime/proc.go:250"}' "\n"
        r'{"level":"fatal","ts":1686267942.829606,"caller":"git-init/main.go:54","msg":"Error fetching git repository: failed to fetch [main]: exit status 128","stacktrace":"main.main\n\tgithub.com/tektoncd/pipeline/cmd/git-init/main.go:54\nruntime.main\n\truntime/proc.go:250"}',
        also_ok=["connectivity.tls_failed", "github.outage"],
        note="June 2023, labelled kind/flake: an integration-test PipelineRun's git-init step in Tekton's Prow has GitHub reset the TLS connection; the same example passes on other runs, a transient network failure between the CI cluster and GitHub"),
    net("actions/runner-images#5850", "connectivity", "connectivity.client_timeout", True, "service", None,
        "Client.Timeout exceeded while awaiting headers",
        also_ok=["connectivity.timeout"],
        note="July 2022, labelled external: very frequent network timeouts on GitHub-hosted runners; chkimes (GitHub) from a packet capture: 'it does pretty clear look like SNAT exhaustion' on the hosted runners' outbound path, GitHub's infrastructure, and the jobs pass on other runs"),
    reg("openshift/origin#19719", "connectivity", "connectivity.timeout", True, "service", "docker-images-prod.s3.amazonaws.com",
        "error pulling image configuration: Get https://docker-images-prod.s3.amazonaws.com/registry-v2/docker/registry/v2/blobs/sha256/f9/f9f4196f3b9262e295d0c699f3464f732e72da378434e5228710f4ea2843a634/data?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=AKIAIQF2R62EC73X2HOA%2F20180515%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20180515T132205Z&X-Amz-Expires=1200&X-Amz-SignedHeaders=host&X-Amz-Signature=312447f85d1fd0d16150e3cf75d8b3ea416fddb9d283e35e0b81b1e2815b7a84: dial tcp 52.216.64.0:443: i/o timeout",
        also_ok=["registry.pull_failed", "registry.no_endpoint"],
        note="May 2018, labelled kind/test-flake: a number of origin CI tests time out pulling an image's configuration from Docker Hub's S3 blob storage; the same jobs pass on other runs"),
    reg("kubernetes/kubernetes#21517", "registry", "registry.no_endpoint", True, "service", "gcr.io",
        "+++ [0218 15:19:03] Pulling and writing Docker image for addon: gcr.io/google_containers/kube-registry-proxy:0.3\nPulling repository gcr.io/google_containers/kube-registry-proxy\n2.0: Pulling from google_containers/pause\n8f216013977d: Already exists\na3ed95caeb02: Already exists\nDigest: sha256:9ce5316f9752b8347484ab0f6778573af15524124d52b93230b9a0dcc987e73e\nStatus: Image is up to date for gcr.io/google_containers/pause:2.0\nCould not reach any registry endpoint",
        also_ok=["registry.pull_failed", "connectivity.timeout"],
        note="February 2016, labelled kind/flake: the PR builder's docker pull of an addon image from gcr.io could not reach the registry while the pause image was already local; a registry flake that a re-test passes"),
    reg("cortexproject/cortex#7598", "registry", "connectivity.client_timeout", True, "service", "docker.io",
        "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": context deadline exceeded\n##[error]Process completed with exit code 1.",
        raw_is_log=True, host_alt=["registry-1.docker.io"], also_ok=["registry.no_endpoint", "registry.pull_failed"],
        note="labelled type/flaky-test: the integration jobs' Preload Images step (plain docker pulls, no retry) fails 'whenever Docker Hub momentarily times out or throttles a pull', a CI flake 'unrelated to the code under test'"),
    gp("kubernetes-sigs/kueue#12118", "goproxy", "goproxy.fetch_timeout", True, "service", "proxy.golang.org",
       "go: helm.sh/helm/v4@v4.2.0: Get \"https://proxy.golang.org/helm.sh/helm/v4/@v/v4.2.0.info\": net/http: TLS handshake timeout\ngo: helm.sh/helm/v4/cmd/helm@: version must not be empty\nmake: *** [Makefile-deps.mk:115: helm] Error 1",
       also_ok=["connectivity.tls_handshake_timeout"],
       note="labelled kind/flake: a Prow e2e job (a pod on the Kubernetes community's build cluster) fails installing helm when proxy.golang.org's TLS handshake times out; the maintainers asked to retry on this error too, since the next attempt opens a fresh connection"),
    reg("kubernetes-sigs/kueue#14576", "registry", "registry.metadata_timeout", True, "service", "public.ecr.aws",
        "#2 [internal] load metadata for public.ecr.aws/docker/library/golang:1.26\n#2 ERROR: failed to do request: Head \"https://public.ecr.aws/v2/docker/library/golang/manifests/1.26\": net/http: TLS handshake timeout\n------\n > [internal] load metadata for public.ecr.aws/docker/library/golang:1.26:\n------\nDockerfile:5\n--------------------\n   3 |     ARG BASE_IMAGE=gcr.io/distroless/static:nonroot\n   4 |     # compilation stage for the manager binary\n   5 | >>> FROM --platform=${BUILDPLATFORM} ${BUILDER_IMAGE} AS builder\n   6 |     WORKDIR /workspace\n   7 |     # fetch dependencies first, for iterative development\n--------------------\nERROR: failed to build: failed to solve: public.ecr.aws/docker/library/golang:1.26: failed to resolve source metadata for public.ecr.aws/docker/library/golang:1.26: failed to do request: Head \"https://public.ecr.aws/v2/docker/library/golang/manifests/1.26\": net/http: TLS handshake timeout\nretry [1/7] failed",
        also_ok=["connectivity.tls_handshake_timeout", "registry.no_endpoint"],
        note="labelled kind/flake, a periodic Prow e2e job: the image build's base-image lookup at public.ecr.aws timed out in the TLS handshake; the fix (kueue#14724) adds the error to the retry allowlist because 'the following attempt opens a fresh connection', a transient registry/network failure"),
    gp("kubernetes-sigs/kueue#3290", "goproxy", "goproxy.fetch_timeout", True, "service", "proxy.golang.org",
       "go: sigs.k8s.io/kind@v0.24.0: Get \"https://proxy.golang.org/sigs.k8s.io/kind/@v/v0.24.0.info\": net/http: TLS handshake timeout\ngo: sigs.k8s.io/kind@: version must not be empty",
       also_ok=["connectivity.tls_handshake_timeout"],
       note="October 2024, labelled kind/flake: the multikueue e2e jobs (and once the unit job) flake fetching tools through proxy.golang.org while building, the TLS handshake timing out; other runs of the same jobs pass"),
    gh("actions/checkout#2230", "github", "github.action_download_failed", True, "service", "api.github.com",
       "Warning: Failed to download action 'https://api.github.com/repos/actions/checkout/tarball/11bd71901bbe5b1630ceea73d27597364c9af683'. Error: Response status code does not indicate success: 429 (Too Many Requests). 890A:2D7794:19B3C:7776E:68887D47",
       also_ok=["github.action_download_retried", "github.secondary_rate_limited", "github.outage"],
       note="29 July 2025: action downloads answered 429 for many users; the reporter a few hours later: 'We can successfully call actions/checkout@v4 again', and the GitHub incident spbr5ff8hyt2 records it as addressed"),
    # --- the build's own mistakes that read like network trouble -------------------------------------------------------
    bld("kubernetes/test-infra#12074", "build.trailing_dot_hostname",
        r'{"command":"git fetch https://github.com./openshift/openshift-azure.git  --tags --prune","component":"clonerefs","error":"exit status 128","level":"info","msg":"Ran command","output":"fatal: unable to access ' "'https://github.com./openshift/openshift-azure.git/'" r':  Unable to communicate securely with peer: requested domain name does not match the server' "'" r's certificate.\n","time":"2019-04-05T21:19:52Z"}',
        host=GITHUB, host_alt=["github.com."], also_ok=["connectivity.tls_failed", "connectivity.untrusted_certificate"],
        note="the pull request made clonerefs clone from the absolute name github.com. to dodge search-domain DNS failures; stevekuznetsov: 'I don't think this works', since GitHub's certificate does not match the trailing-dot name; the change itself breaks every clone"),
    B.build_in("dns", "kyma-project/test-infra#213", NXDOMAIN,
               "Error while testing avilibility of https://dex.build.kyma-project.io/.well-known/openid-configuration : Error: getaddrinfo ENOTFOUND dex.build.kyma-project.io dex.build.kyma-project.io:443",
               host="dex.build.kyma-project.io", component="dns", also_ok=["build.test_service_unreachable"],
               note="'Test is always failing': 'we don't register entry: dex.build.kyma-project.io in gcloud DNS. Consider adding a wildcard entry'; the CI setup's missing record, so every run fails the same way"),
    B.build_in("dns", "elifesciences/elife-xpub#176", "build.docker_env_misconfigured",
               "error during connect: Get http://docker:2375/v1.37/version: dial tcp: lookup docker on 100.64.0.10:53: no such host",
               component="build", also_ok=[NXDOMAIN, "local.docker_daemon_down"],
               note="GitLab's Kubernetes executor runs services in the job's pod on localhost, not under a 'docker' alias; the pull request ('fix(ci): update docker host for kubernetes') points DOCKER_HOST at the right address, the pipeline's own setting"),
    B.build_in("dns", "NVIDIA/OpenShell#228", "build.dns_probe_false_positive",
               "Error: × K8s namespace not ready\n  ╰─▶ dial tcp: lookup registry: Try again\n      DNS resolution is failing inside the gateway container.",  # noqa: RUF001
               component="build", also_ok=["dns.temporary_failure"],
               note="the project's bootstrap, entrypoint and healthcheck probes ran `nslookup \"$REGISTRY_HOST\"`, which in local-registry mode is 127.0.0.1:5000, not a name; all three 'false-positive as DNS failures, aborting an otherwise healthy cluster deployment' until the pull request strips the port"),
    B.build_in("dns", "Dataman-Cloud/crane#642", NXDOMAIN,
               "Pulling rolex_registry (catalog.shurenyun.com/library/registry:rolexv1.0.4)...\nERROR: Get https://catalog.shurenyun.com/v1/_ping: dial tcp: lookup catalog.shurenyun.com on 8.8.8.8:53: no such host",
               host="catalog.shurenyun.com", component="dns", also_ok=["build.invalid_reference", "registry.no_endpoint"],
               note="the deploy's compose file still names the project's old registry: xiaods, 'the registry is out of date, need use source code to build image and push to docker hub registry', fixed by removing the outdated registry URL (#643)"),
    B.build_in("dns", "k3d-io/k3d#1061", NXDOMAIN,
               "dial tcp: lookup k3d-registry.localhost: no such host",
               host_alt=["k3d-registry.localhost"], component="dns", also_ok=["build.invalid_reference"],
               note="iwilltry42: the cluster's registry was created as k3d-myregistry.localhost while the manifests use k3d-registry.localhost; the reporter: 'It worked after pointing the correct registry path', a typo in the build's own names"),
]
