"""Dev-set entries, batch 82 (container image pulls in CI and its neighbours, a pass over threads no earlier batch used:
base images in `docker build` / buildx (`load metadata for`, `FROM`, `RUN --mount=from=`), `docker pull`
and `docker run`, docker-compose pulls, the runner's pulls of action images, kubelet pulls in kind and Kubernetes
clusters, Helix work items, Jenkins and GitLab jobs, gitlab-ci-local, Azure Pipelines' Artifactory task and Jib's
integration tests; against Docker Hub, MCR, docker.elastic.co, nvcr.io, ECR Public, GHCR, quay.io, Artifact Registry,
mirror.gcr.io, Sitecore's registry, a Harbor proxy cache, a self-hosted Docker Hub mirror and private registries. The
registries' side: MCR down for a Helix queue, answering EOF for two weeks and 503 for an afternoon, docker.elastic.co
'at capacity' and twice answering every pull with `unauthorized: authentication required` during its own outages,
nvcr.io timing out one of thirty NVHPC pulls, ECR Public's and GHCR's per-IP and per-minute limits, a Harbor proxy
project that needs many retries, an action whose master names an image tag not yet pushed, a Docker Hub repository
taken down for its terms, and packages their publishers made private (GHCR, quay.io). The runner's side: a
self-hosted mirror with no route to it, a proxy out of disk, a broken moby-engine, a DNS namespace problem, stale and
missing stored credentials, a kind node whose iptables mode drops its traffic, a self-signed registry certificate, a
plain-HTTP registry that the CI's built-in Docker cannot be told about, and a local CI runner that leaves the
dependency-proxy prefix empty. About half are the build's own mistakes that read like registry failures: tags that
were never pushed, mistyped or removed (`manifest unknown` in several wordings), a Deployment pointing at the wrong
Docker Hub repository, a wrong Artifact Registry path, a typo in `--platform`, a misspelt nvcr.io namespace and a
misspelt Docker Hub user answered as `unauthorized` or `pull access denied`, an NGC image that needs a login, an
internal-only image named in a public config, a retired Microsoft image, mirror.gcr.io named directly for an image it
does not cache, an optional cache image that does not exist yet, and a mount from a stage that was never defined.
`err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread
quoted a log inside Markdown (code fences, backticks, blockquote markers, GitHub's log-line links) only that markup
was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words
or is cut, the entry stops at the last whole log line. Elisions ('...', '**') are the reporters' own. Hosts follow the
README's strict rule: a host is given only where a line of the log names it for the failing call (an image
reference's registry, docker.io for Docker Hub's bare names); an inferred, masked or placeholder one goes in
host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"MFlowCode/MFC#1554", "zooniverse/front-end-monorepo#582", "GoogleContainerTools/jib#2916", "astral-sh/uv#6657"}  # fmt: skip

B = Batch(PULLS)
reg = B.family("registry")
bld = B.build("registry")

HUB_ALT = ["index.docker.io", "registry-1.docker.io"]  # with host docker.io: the other names of Docker Hub
MCR = "mcr.microsoft.com"
ELASTIC = "docker.elastic.co"
NGC = "nvcr.io"
NOT_FOUND = "build.tag_not_found"
GONE = "registry.repository_removed"

E = [
    # --- the registries' side: MCR ---------------------------------------------------------------------------------------
    reg("dotnet/corefx#42552", "registry", "registry.outage", True, "service", MCR,
        "Executed on b001BSX using docker image mcr.microsoft.com/dotnet-buildtools/prereqs:alpine-3.9-helix-09ca40b-20190620184719\nrunning $HELIX_CORRELATION_PAYLOAD/scripts/90cca4a137f048c1ba210171f1adcb5c/execute.sh in /datadisks/disk1/work/7bdf6cb6-6bed-48be-8035-9a552d26b4f7/Work/9297b99e-2788-42c0-ba8c-3636ccc4b8d0/Exec max 900 seconds\n\nOutput:\nUnable to pull image mcr.microsoft.com/dotnet-buildtools/prereqs:alpine-3.9-helix-09ca40b-20190620184719\nExit Code:-4",
        raw_is_log=True, also_ok=["registry.server_error", "registry.pull_failed"],
        note="a Helix work item of a corefx build cannot pull its prereqs image; the infrastructure team: 'Seems like a mcr service issue which seemed to be down at that moment. I don't see it happening anymore'"),
    reg("microsoft/containerregistry#180", "registry", "registry.outage", True, "service", MCR,
        'Error response from daemon: Get "https://mcr.microsoft.com/v2/": EOF',
        cmd="docker pull mcr.microsoft.com/devcontainers/base:0-alpine-3.20", also_ok=["registry.server_error", "connectivity.eof"],
        note="June 2025: every mcr.microsoft.com image answers EOF on /v2/ while Docker Hub pulls work and the host is reachable on 443; MCR 'deployed a fix to mitigate the issue' two weeks later and the same pulls succeed"),
    reg("microsoft/containerregistry#131", "registry", "registry.server_error", True, "service", None,
        "Error response from daemon: received unexpected HTTP status: 503 Service Unavailable",
        cmd="docker pull mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022", host_alt=[MCR], also_ok=["registry.outage"],
        note="February 2023: several images from several machines and networks get 503 from MCR; 'It appears to be back up now', and Microsoft closed it: 'This was transient' (the error line names no host)"),
    # --- the registries' side: docker.elastic.co, nvcr.io, ECR Public, GHCR --------------------------------------------
    reg("elastic/elasticsearch#50186", "registry", "registry.server_error", True, "service", ELASTIC,
        "docker pull docker.elastic.co/elasticsearch/elasticsearch:7.4.2\n\nError response from daemon: Get https://docker.elastic.co/v2/elasticsearch/elasticsearch/manifests/7.4.2: received unexpected HTTP status: 503 Service Unavailable: Back-end server is at capacity",
        raw_is_log=True, also_ok=["registry.outage", "registry.rate_limited"],
        note="December 2019: Elastic's registry answers 503 'Back-end server is at capacity'; an Elastic engineer: 'We're working on a fix' and, the same day, 'it should be fixed again'"),
    reg("elastic/elasticsearch#61047", "registry", "registry.auth_outage", True, "service", ELASTIC,
        "$ docker pull docker.elastic.co/elasticsearch/elasticsearch:7.2.0\nError response from daemon: Get https://docker.elastic.co/v2/elasticsearch/elasticsearch/manifests/7.2.0: unauthorized: authentication required",
        raw_is_log=True, also_ok=["registry.outage", "credentials.unauthorized"],
        note="August 2020, 'This breaks our CI': a public image suddenly needs authentication; Elastic's team worked on it 'with highest priority' and it was working again the same day, so not the job's credentials"),
    reg("elastic/elasticsearch-docker#237", "registry", "registry.auth_outage", True, "service", ELASTIC,
        "$ docker pull docker.elastic.co/elasticsearch/elasticsearch:6.4.3\nError response from daemon: unauthorized: authentication required",
        raw_is_log=True, also_ok=["registry.outage", "credentials.unauthorized"],
        note="March 2019, the same failure a year earlier: 'authentication required' for public images 'on our CI and locally'; Elastic reproduced it and fixed its registry ('We can reproduce this and are on it')"),
    reg("MFlowCode/MFC#1554", "connectivity", "connectivity.client_timeout", True, "service", NGC,
        'Error response from daemon: Get "https://nvcr.io/v2/": context deadline exceeded',
        also_ok=["registry.metadata_timeout", "registry.outage", "connectivity.timeout"],
        note="1 of 30 NVHPC matrix jobs times out at the 'Pull NVHPC container' step 'while the other 29 pulled the same registry fine — a transient nvcr.io flake'; the PR adds retries around docker pull"),
    reg("NVIDIA/aicr#2501", "registry", "registry.rate_limited", True, "service", "ecr-public.aws.com",
        'Failed to pull image "ecr-public.aws.com/docker/library/redis:8.2.3-alpine":\n  429 Too Many Requests\n[ERROR] Argo CD Helm install failed\n[ERROR] install-infra.sh failed (exit code 30); cannot run argocd-git deployer lane',
        raw_is_log=True, also_ok=["registry.dockerhub_pull_limit"],
        note="3 of 127 KWOK lanes fail: the deployer charts pull from ECR Public anonymously at job time and 'hit the same per-IP rate limit' of the shared runner addresses; the other lanes pass on the same commit"),
    reg("NVIDIA/cuda-quantum#3979", "registry", "registry.rate_limited", True, "service", "ghcr.io",
        "#30 [prereqs 20/21] ADD .git/index /cuda-quantum/.git/index\n#30 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://ghcr.io/v2/nvidia/buildcache-cuda-quantum-merge-group-assets-prereqs-cu12-6-llvm-arm64/blobs/sha256:f6d240177c52f64e99f6e65d17a5ccaa4e67a79a92a25789dd5d56c05da7e41b: 429 Too Many Requests - Server message: toomanyrequests: retry-after: 333.939671ms",
        raw_is_log=True, also_ok=["gha_cache.rate_limited"],
        note="the build's registry cache on GHCR is 'frequently rate limited' when several PRs and merge queues run at once; GHCR asks to retry after a third of a second, so a later run passes"),
    # --- the registries' side: a proxy cache, unpublished tags, removed and private packages ---------------------------
    reg("goharbor/harbor#19067", "registry", "registry.proxy_upstream_failed", True, "service", None,
        "Error response from daemon: unknown: artifact dockerhub/sharelatex/sharelatex@sha256:77dce64de0d78f9d5830cdeaf251b28d32a36777630404ef935ae21979377f56 not found",
        cmd="docker pull app-registry.proxy.littlenewton.cn/dockerhub/sharelatex/sharelatex:latest", host_alt=["app-registry.proxy.littlenewton.cn"], also_ok=["registry.proxy_upstream_missing", "registry.artifact_not_found"],
        note="a Harbor proxy-cache project for Docker Hub: the same pull answers 'not found' again and again and 'I have to retry so many times can I succeed'; the image exists upstream, so a later attempt passes"),
    reg("w9jds/firebase-action#207", "registry", "registry.tag_not_built", False, "service", "docker.io",
        "/usr/bin/docker pull w9jds/firebase-action:v12.9.0\nError response from daemon: manifest for w9jds/firebase-action:v12.9.0 not found: manifest unknown: manifest unknown\nWarning: Docker pull failed with exit code 1, back off 8.634 seconds before retry.\n/usr/bin/docker pull w9jds/firebase-action:v12.9.0\nError response from daemon: manifest for w9jds/firebase-action:v12.9.0 not found: manifest unknown: manifest unknown\n\nError: Docker pull failed with exit code 1",
        head=["Pull down action image 'w9jds/firebase-action:v12.9.0'"], raw_is_log=True, host_alt=HUB_ALT, also_ok=[NOT_FOUND, "registry.publish_in_progress"],
        note="'My github action just stopped working, I have made no changes': the action's master was bumped to firebase-tools 12.9.0 before the maintainer's release pushed that image tag; users fall back to pinning 12.8 until it exists (GitHub's log-line link inside '8.634' was dropped)"),
    reg("guysoft/CustomPiOS#252", "registry", GONE, False, "service", "docker.io",
        "\u276f docker pull guysoft/custompios:devel\nError response from daemon: pull access denied for guysoft/custompios, repository does not exist or may require 'docker login'",
        raw_is_log=True, host_alt=HUB_ALT, also_ok=["build.repository_removed", "credentials.pull_access_denied"],
        note="a weekly GitLab job's image vanished from Docker Hub: Docker took the repository down over a terms-of-service report 'without telling anyone'; no login or retry helps until the maintainer re-creates it"),
    reg("groundnuty/k8s-wait-for#46", "registry", "registry.package_private", False, "service", "ghcr.io",
        'docker pull ghcr.io/groundnuty/k8s-wait-for:v1.6\nError response from daemon: Head "https://ghcr.io/v2/groundnuty/k8s-wait-for/manifests/v1.6": unauthorized',
        raw_is_log=True, also_ok=["credentials.pull_access_denied", "credentials.unauthorized"],
        note="the newly added GHCR images were not made public ('I think you forgot to make the ghcr images public'); anonymous pulls are refused until the maintainer changes the package's visibility ('fixed, please check' ... 'This works now')"),
    reg("bitnami/sealed-secrets#822", "registry", "registry.package_private", False, "service", "quay.io",
        "> docker pull quay.io/bitnami/sealed-secrets-controller:v0.16.0\nError response from daemon: unauthorized: access to the requested resource is not authorized",
        raw_is_log=True, also_ok=[GONE, "build.repository_removed", "credentials.pull_access_denied"],
        note="April 2022: every tag of the controller on quay.io becomes unpullable ('someone made the organization private, or purged all images'); the project had moved publishing to Docker Hub, so installs pinned to quay fail until the chart is updated"),
    # --- the runner's side: mirrors, proxies, daemons, resolvers ---------------------------------------------------------
    reg("milvus-io/milvus#6688", "connectivity", "connectivity.no_route", True, "local", "dockerhub-mirror-sh.zilliz.cc",
        "[2021-07-20T09:00:38.189Z] Pulling builder ... error\n[2021-07-20T09:00:38.189Z]\n[2021-07-20T09:00:38.189Z] ERROR: for builder  Get https://dockerhub-mirror-sh.zilliz.cc/v2/: dial tcp 192.168.1.200:443: connect: no route to host\n[2021-07-20T09:00:38.189Z] Get https://dockerhub-mirror-sh.zilliz.cc/v2/: dial tcp 192.168.1.200:443: connect: no route to host",
        raw_is_log=True, host_alt=["192.168.1.200:443"], also_ok=["connectivity.unreachable", "connectivity.package_mirror"],
        note="the Jenkins CI's compose pull goes through the project's own Docker Hub mirror on a private address, which the agent sometimes cannot route to; it 'reproduces occasionally' and was closed as not reproduced (a trailing blank trimmed)"),
    reg("jenkinsci/docker#99", "local", "local.disk_full", False, "local", "registry-1.docker.io",
        "1520f72eb8b6: Error pulling image (latest) from jenkins, Get https://registry-1.docker.io/v1/images/1520f72eb8b6f5c2d5cbe71431af204db2c1370fd36cd5b119103a3d3bf49550/ancestry: unexpected EOF b119103a3d3bf49550/ancestry: unexpected EOF",
        also_ok=["connectivity.eof", "connectivity.proxy_misconfigured"],
        note="pulling the jenkins image stops after a few layers with EOF; not Docker Hub: 'The proxy server i was trying to work through was hitting a disk limit which explains why i was able to pull a few layers before it failed'"),
    reg("microsoft/mssql-docker#424", "local", "local.docker_daemon_broken", False, "local", MCR,
        "sudo docker pull mcr.microsoft.com/mssql/server:2017-latest\nError response from daemon: Get https://mcr.microsoft.com/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
        raw_is_log=True, also_ok=["local.runtime_bug", "connectivity.client_timeout"],
        note="filed as 'mcr is not reliable', then the reporter's own finding: 'was due to wrong docker engine on fedora 29 - package moby-engine is not working as expected'; the same pulls time out until the engine is replaced"),
    reg("triton-inference-server/server#7356", "dns", "dns.timeout", False, "local", NGC,
        'ERROR: failed to solve: nvcr.io/nvidia/tritonserver:22.12-py3: failed to resolve source metadata for nvcr.io/nvidia/tritonserver:22.12-py3: failed to do request: Head "https://nvcr.io/v2/nvidia/tritonserver/manifests/22.12-py3": dial tcp: lookup nvcr.io: i/o timeout',
        cmd="docker build -t $DOCKER_NAME .", also_ok=["dns.resolve_failed", "local.network_misconfigured"],
        note="the build, docker pull, docker login and the ngc CLI all fail to reach nvcr.io, which the reporter first read as a 401 problem; it 'was a dns namespace problem' on the machine"),
    reg("nickjj/docker-django-example#62", "credentials", "credentials.stale_login", False, "local", "ghcr.io",
        "failed to solve: ghcr.io/astral-sh/uv:0.6.9: failed to resolve source metadata for ghcr.io/astral-sh/uv:0.6.9: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aastral-sh%2Fuv%3Apull&service=ghcr.io: 403 Forbidden",
        cmd="docker compose up --build", also_ok=["credentials.forbidden", "credentials.unauthorized"],
        note="the public uv image is refused on the first build while the project's daily CI builds it fine; 'Must've been bad creds lying around because: docker logout ghcr.io Solved it'"),
    reg("linuxserver/docker-openssh-server#38", "local", "local.credential_store", False, "local", "ghcr.io",
        "------\n > [internal] load metadata for ghcr.io/linuxserver/baseimage-alpine:3.13:\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: rpc error: code = Unknown desc = error getting credentials - err: exit status 1, out: `No stored credential for ghcr.io`",
        cmd="docker build --no-cache --pull -t ghcr.io/linuxserver/openssh-server:latest .", also_ok=["credentials.helper_failed", "local.credential_helper_missing"],
        note="on a Mac, BuildKit asks the configured credential store for ghcr.io, which has no entry, and fails before any request to the public base image; the maintainers: 'Disable buildkit, or pull the base image separately' (the backticks are Docker's own)"),
    reg("openconfig/kne#345", "local", "local.network_misconfigured", False, "local", "registry-1.docker.io",
        '  Warning  Failed     2m21s                kubelet            Failed to pull image "aojea/kindnetd:v1.0.1": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/aojea/kindnetd:v1.0.1": failed to resolve reference "docker.io/aojea/kindnetd:v1.0.1": failed to do request: Head "https://registry-1.docker.io/v2/aojea/kindnetd/manifests/v1.0.1": dial tcp 34.194.164.123:443: i/o timeout',
        raw_is_log=True, host_alt=["docker.io", "34.194.164.123:443"], also_ok=["connectivity.connect_timeout", "connectivity.timeout"],
        note="KNE's kind cluster never gets its CNI: the kubelet inside the kind node times out dialing Docker Hub while 'manual docker pull works' on the host; the reporter's fix (closing the loop in the twin kind#3145) was switching the host to legacy iptables"),
    reg("kubernetes/kubernetes#43924", "connectivity", "connectivity.untrusted_certificate", False, "local", "10.78.0.228:5000",
        'Warning\t\tFailed\t\tFailed to pull image "10.78.0.228:5000/monitorms": Error response from daemon: {"message":"Get https://10.78.0.228:5000/v1/_ping: x509: certificate signed by unknown authority"}',
        raw_is_log=True, host_alt=["10.78.0.228"], also_ok=["build.https_required", "local.tls_interception"],
        note="a pod from a private registry with its own certificate stays in ImagePullBackOff; the answers: the node's Docker must trust that registry's CA (or list it as insecure), nothing in Kubernetes or the registry failed"),
    reg("rancher/rancher#17805", "connectivity", "connectivity.plain_http_registry", False, "local", None,
        '11:08:16 Get https://10.247.**.**:5000/v2/: http: server gave HTTP response to HTTPS client\n11:08:16 time="2019-01-31T11:08:16Z" level=fatal msg="exit status 1"',
        raw_is_log=True, host_alt=["10.247.**.**:5000"], also_ok=["build.plain_http_registry", "build.https_required"],
        note="a Rancher pipeline talks HTTPS to a plain-HTTP registry and 'the built-in docker cannot set the daemon.json file'; insecure-registries 'WORKED in rancher 2.1.4' and not in 2.1.5, so every run fails until that is configurable (the address is the reporter's mask)"),
    reg("firecow/gitlab-ci-local#1358", "local", "local.runner_env_misconfigured", False, "local", None,
        "build-and-run-fortune starting /docker:latest (test)\nbuild-and-run-fortune copied to docker volumes in 7.76 s\nError: Command failed with exit code 1: docker pull /docker:latest\ninvalid reference format",
        raw_is_log=True, also_ok=["build.invalid_reference"],
        note="the job's image is ${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX}/docker, which GitLab resolves to its dependency proxy; gitlab-ci-local did not define the variable, so the reference becomes '/docker:latest' (fixed by adding the dependency-proxy variables to the tool)"),
    # --- the build's own: tags never pushed, mistyped or removed -----------------------------------------------------------
    bld("michaelmcandrew/civicrm-buildkit-docker#74", NOT_FOUND,
        'Creating network "civicrm-buildkit-docker_default" with the default driver\nPulling civicrm (michaelmcandrew/civicrm-buildkit:new)...\nERROR: manifest for michaelmcandrew/civicrm-buildkit:new not found: manifest unknown: manifest unknown',
        host="docker.io", cmd="docker-compose up -d", host_alt=HUB_ALT, also_ok=["build.invalid_reference"],
        note="the repository's docker-compose.yml names a tag 'new' that Docker Hub never had; the maintainer: 'sorry - that was a typo - now fixed'"),
    bld("Sitecore/Sitecore.Demo.Platform#189", NOT_FOUND,
        'ERROR: for tenant service  manifest for scr.sitecore.com/demo/base/lighthouse-xp0-modules-tenant-service:10.0-ltsc2019-1001.0 not found: manifest unknown: manifest tagged by "10.0-ltsc2019-1001.0" is not found',
        host="scr.sitecore.com", cmd="docker-compose pull", also_ok=["registry.tag_not_built"],
        note="'the latest change in the .env file' pins image tags that are missing from the registry; the maintainers updated main ('We no longer see this issue after the recent updates') and the reporter confirms it works"),
    bld("nordicnode/TorBox-Media-Server#15", NOT_FOUND,
        "[+] Running 6/13\n ! plex                  Interrupted                                       0.7s\n ✘ byparr Error          manifest unknown                                  0.7s",
        cmd="docker compose --env-file .env -f docker-compose.yml up -d", host_alt=["ghcr.io"], also_ok=["registry.tag_not_built"],
        note="the stack's compose file pins ghcr.io/thephaseless/byparr to a 1.2.2 tag that 'does not exist', and the failed pull interrupts every other service; a re-run fails the same until the pin changes (trailing blanks trimmed; the lines name no host)"),
    bld("internetstandards/Internet.nl#1583", NOT_FOUND,
        "docker: Error response from daemon: manifest unknown.",
        host_alt=["ghcr.io"], also_ok=["registry.tag_not_built"],
        note="the batch-deployment documentation runs ghcr.io/internetstandards/util:latest, which gives manifest unknown; the maintainers: the deploy command 'only works for main, not for the latest (1.8) release', use the main tag"),
    bld("sixeyed/docker-on-windows#13", NOT_FOUND,
        "PS C:\\DockerStudy\\ch03\\ch03-nerd-dinner-web> docker container run -d -P dockeronwindows/ch03-nerd-dinner-web:2e-v2\nUnable to find image 'dockeronwindows/ch03-nerd-dinner-web:2e-v2' locally\nC:\\Program Files\\Docker\\docker.exe: Error response from daemon: manifest for dockeronwindows/ch03-nerd-dinner-web:2e-v2 not found: manifest unknown: manifest unknown.",
        host="docker.io", raw_is_log=True, host_alt=HUB_ALT, also_ok=["build.invalid_reference"],
        note="the book's chapter 3 command names a 2e-v2 tag; 'This is a typo. The container with the tag :2e-v2 does not exist. It is tagged :v2'"),
    bld("openhackathons-org/nways_accelerated_programming#14", NOT_FOUND,
        "docker pull nvidia/cuda:11.4.2-devel-ubuntu20.04\nError response from daemon: manifest for nvidia/cuda:11.4.2-devel-ubuntu20.04 not found: manifest unknown: manifest unknown",
        host="docker.io", raw_is_log=True, host_alt=HUB_ALT, also_ok=["build.repository_removed", "registry.artifact_not_found"],
        note="the Dockerfile's CUDA base tag 'is no longer available from docker.io' (NVIDIA retires old tags); the image cannot be built until the base is bumped, which #15 did"),
    bld("jfrog/jfrog-azure-devops-extension#166", NOT_FOUND,
        "Login Succeeded\nError response from daemon: manifest for example.com/docker-images/foobar:99999999 not found: manifest unknown: The named manifest is not known to the registry.\n[Error] exit status 1",
        raw_is_log=True, host_alt=["example.com"], also_ok=["build.image_not_built"],
        note="the pipeline pulls a previously built image from Artifactory as a build cache and that tag 'will often' not exist yet; the task fails the pipeline, so the reporter asks for failOnMissing and uses continueOnError meanwhile (the registry name is the reporter's placeholder)"),
    # --- the build's own: wrong names, paths and platforms -------------------------------------------------------------------
    bld("zooniverse/front-end-monorepo#582", "build.repository_missing",
        '... Failed to pull image "zooniverse/fe-project:0646cd983059a46e5e11eaf1cfb2359b15f01b4a": rpc error: code = Unknown desc = Error response from daemon: manifest for zooniverse/fe-project:0646cd983059a46e5e11eaf1cfb2359b15f01b4a not found\n... Error: ErrImagePull\n... Back-off pulling image "zooniverse/fe-project:0646cd983059a46e5e11eaf1cfb2359b15f01b4a"',
        host="docker.io", cmd="kubectl describe pod front-end-staging-f5b475878-kdqpj", host_alt=HUB_ALT, also_ok=[NOT_FOUND, "build.invalid_reference"],
        note="the staging Deployment names a Docker Hub repository the Jenkinsfile does not push to; the PR 'use the correct dockerhub repo' (the one 'we push to in jenkinsfile'); the '...' elisions are the author's"),
    bld("firezone/firezone#10484", "build.wrong_url",
        'docker: Error response from daemon: manifest for us-east1-docker.pkg.dev/firezone-staging/firezone/gateway:1 not found: manifest unknown: Failed to fetch "1".',
        host="us-east1-docker.pkg.dev", also_ok=[NOT_FOUND, "build.repository_missing"],
        note="the docker run command that the staging portal shows for a Gateway points at an Artifact Registry path without that image; 'Issue is that the artifacts URL needs to be updated / fixed', done in #10486"),
    bld("tiangolo/uvicorn-gunicorn-fastapi-docker#20", "build.invalid_reference",
        "pull access denied for ttiangolo/uvicorn-gunicorn-fastapi, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
        host="docker.io", host_alt=HUB_ALT, also_ok=["build.repository_missing", "credentials.pull_access_denied"],
        note="reads like a login problem, but the FROM line has 'an extra t' in tiangolo: 'That solved it'"),
    bld("NVlabs/imaginaire#3", "build.invalid_reference",
        "Sending build context to Docker daemon   1.35MB\nStep 1/22 : FROM nvcr.io/nvidian/pytorch:20.07-py3\nunauthorized: authentication required",
        host=NGC, cmd="./scripts/build_docker.sh", also_ok=["credentials.pull_access_denied", "build.repository_missing"],
        note="the project's Dockerfile names NVIDIA's internal 'nvidian' namespace; 'It works fine when I switch it to nvidia', and the maintainer changed it"),
    bld("alpinelinux/docker-alpine#133", "build.platform_unsupported",
        " => ERROR [arm64/v8 internal] load metadata for docker.io/library/alpine:latest\n => ERROR [darwin/amd64 internal] load metadata for docker.io/library/alpine:latest",
        host="docker.io", cmd="docker buildx build --load --platform amd64,arm64/v8 --no-cache .", also_ok=["build.wrong_arch_image", "build.invalid_reference"],
        note="the platforms were given without the OS, so buildx asks for darwin/amd64 and a bare arm64/v8; tianon: 'I think you want linux/amd64 and linux/arm64/v8', the reporter: 'typo in the platforms' (trailing blanks trimmed)"),
    bld("astral-sh/uv#6657", "build.invalid_reference",
        "------\n > [internal] load metadata for docker.io/library/uv:latest:\n------",
        host="docker.io", cmd="docker build -t opencti/connector-webhook:d .", host_alt=HUB_ALT, also_ok=["build.stage_name_typo", "build.repository_missing"],
        note="the documented `RUN --mount=from=uv,...` names no stage or image called uv in the Dockerfile, so BuildKit looks for Docker Hub's library/uv; the PR fixes uv's Docker guide"),
    # --- the build's own: private, internal and retired images ------------------------------------------------------------
    B.entry("registry", "nv-tlabs/Fixer#5", "credentials", "credentials.missing", False, "build", NGC,
            "ERROR: failed to build: failed to solve: nvcr.io/nvidia/cosmos/cosmos-predict2-container:1.2: failed to resolve source metadata for nvcr.io/nvidia/cosmos/cosmos-predict2-container:1.2: unexpected status from HEAD request to https://nvcr.io/v2/nvidia/cosmos/cosmos-predict2-container/manifests/1.2: 401 Unauthorized",
            cmd="docker build -t fixer-cosmos-env -f Dockerfile.cosmos .", also_ok=["credentials.pull_access_denied", "credentials.unauthorized"],
            note="the base image is gated on NGC and the build ran without a login; the reporter: 'This docker need to login in nvidia ngc!'"),
    B.entry("registry", "NVlabs/alpasim#44", "credentials", "credentials.pull_access_denied", False, "build", NGC,
            "Error response from daemon: Head 'https://nvcr.io/v2/nvidian/alpamayo/nre/manifests/25.7.9-dc9a8043': denied: {\"errors\": [{\"code\": \"DENIED\", \"message\": \"Access Denied\"}]}",
            cmd="docker pull nvcr.io/nvidian/alpamayo/nre:25.7.9-dc9a8043", also_ok=["build.private_dependency", "credentials.denied"],
            note="a successful docker login does not help: 'That's an internal-only image' named by a deploy config in the public repository, which the maintainers remove"),
    bld("phola/SSRS-Docker#3", "build.repository_removed",
        "Sending build context to Docker daemon  3.072kB\nStep 1/12 : FROM microsoft/mssql-server-windows-developer\npull access denied for microsoft/mssql-server-windows-developer",
        host="docker.io", host_alt=HUB_ALT, also_ok=["credentials.pull_access_denied", "build.repository_missing"],
        note="the Dockerfile's base is Microsoft's retired Docker Hub image ('microsoft has removed their SQL Server image'); the maintainer does not use it any more and would take a PR, so it fails on every build"),
    B.entry("registry", "GoogleContainerTools/jib#2916", "registry", "registry.mirror_miss", False, "build", "mirror.gcr.io",
            "com.google.cloud.tools.jib.api.JibIntegrationTest > classMethod FAILED\n    java.lang.RuntimeException: Command 'docker pull mirror.gcr.io/library/busybox' failed: Error response from daemon: manifest for mirror.gcr.io/library/busybox:latest not found: manifest unknown: Failed to fetch \"latest\" from request",
            also_ok=[NOT_FOUND, "registry.proxy_upstream_missing"],
            note="the integration tests had been switched to pull mirror.gcr.io directly, which 'doesn't guarantee the existence of images'; busybox was not in it, and the PR reverts to Docker Hub"),
]
