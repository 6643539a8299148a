"""Dev-set entries, batch 22 (container image pulls from registries that are not the build's own push target: base
images in `FROM` / `load metadata for`, the runner's `docker pull` of a Docker action's image, GitLab runners' job
images, docker compose pulls, kubelet events (ErrImagePull, ImagePullBackOff, `Failed to pull image`), containerd's CRI
log, nerdctl, crictl, podman and darch; pull-through caches and mirrors (registry-mirrors, Harbor proxy-cache projects,
Nexus and artifact-keeper remotes, a distribution proxy in front of ECR Public, ECR pull-through cache, mirror.gcr.io,
keppel, Cloudflare-worker proxies, a university mirror); Docker Hub's pull limit beside other 429s; `manifest unknown`
from a registry incident or a mirror's miss beside a tag that never existed; x509 and plain-HTTP registries; timeouts,
resets and EOFs while a layer downloads). `err` is verbatim from the source (a GitHub thread found with the search
tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks, a line-number link
inside a number, e.g. `manager.go:23[7](...)`) only that markup was dropped, never a word of the log; where a quoted
block was cut short in the thread, the entry stops where the thread's text is certain. Hosts follow the README's
strict rule: a host is given only where a line of the log names it for the failing call; an inferred one (Docker Hub
for a bare `library/` reference, the upstream behind a proxy) goes in host_alt."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import e, github_source

PULLS = {"podman-container-tools/podman#7965", "openshift/release#75890", "k3d-io/k3d#1557", "sapcc/keppel#632"}


def src(ref: str) -> str:
    return github_source(ref, PULLS)


def r(ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None, err: str, t: str = "raw",
      **kw: Any) -> dict[str, Any]:
    return e("registry", src(ref), component, cause, retry, blame, host, t, err, **kw)


HUB = ["docker.io", "registry-1.docker.io"]
LIMIT = "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"
INCIDENT_1214 = ("a Docker Hub incident on 2024-12-14: thaJeztah (Docker): the image index exists but the image it references "
                 "is missing; fixed by Docker the same day, nothing changed on the users' side")
MIRROR_MISS = ("mirror.gcr.io is a pull-through cache that does not guarantee an image is there ('the mirror ... doesn't "
               "guarantee the existence of images'): the same reference fails there every time while Docker Hub has it")

E = [
    # --- registry incidents: 5xx, EOF, a manifest index without its image ---------------------------------------------
    r("devops-infra/action-pull-request#196", "registry", "registry.server_error", True, "service", "registry-1.docker.io",
      "Pull down action image 'devopsinfra/action-pull-request:v0.5.5'\n  /usr/bin/docker pull devopsinfra/action-pull-request:v0.5.5\n  Error response from daemon: Head \"https://registry-1.docker.io/v2/devopsinfra/action-pull-request/manifests/v0.5.5\": received unexpected HTTP status: 503 Service Unavailable\n  Warning: Docker pull failed with exit code 1, back off 3.432 seconds before retry.\n  /usr/bin/docker pull devopsinfra/action-pull-request:v0.5.5\n  Error response from daemon: Head \"https://registry-1.docker.io/v2/devopsinfra/action-pull-request/manifests/v0.5.5\": received unexpected HTTP status: 503 Service Unavailable\n  Warning: Docker pull failed with exit code 1, back off 9.339 seconds before retry.\n  /usr/bin/docker pull devopsinfra/action-pull-request:v0.5.5",
      host_alt=["docker.io"],
      note="'Previously, there were no problems, but today (2025/10/20)': the runner's pull of the action's image during that day's Docker Hub outage (the third error line is cut in the thread)"),
    r("rebuy-de/aws-nuke#506", "registry", "registry.server_error", True, "service", "quay.io",
      "docker: Error response from daemon: Get https://quay.io/v2/rebuy/aws-nuke/manifests/latest: received unexpected HTTP status: 500 Internal Server Error.",
      note="the maintainer: 'the Docker image that is hosted on Quay.io is down because of the Quay outage' (status.quay.io incident)"),
    r("godarch/darch#24", "registry", "registry.server_error", True, "service", "docker.io",
      "darch: failed to resolve reference \"docker.io/godarch/arch:latest\": failed to fetch anonymous token: unexpected status: 503 Service Unavailable",
      cmd="darch images pull godarch/arch", host_alt=["auth.docker.io", "registry-1.docker.io"], also_ok=["credentials.token_failed"],
      note="'This was an issue at the docker.io side. Working great again now!' (Docker Hub's token service answering 503; containerd's resolver wording)"),
    r("livegrep/livegrep.com#5", "registry", "registry.server_error", True, "service", "docker.io",
      "$ docker-compose up -d\nCreating network \"compose_default\" with the default driver\nCreating volume \"compose_livegrep-data\" with default driver\nCreating volume \"compose_caddy\" with default driver\nPulling livegrep-backend-linux (docker.io/livegrep/base:75b59048df-0)...\nTrying to pull repository docker.io/livegrep/base ... \nERROR: received unexpected HTTP status: 503 Service Unavailable",
      host_alt=["registry-1.docker.io"],
      note="the maintainer: 'That looks like a server error from docker hub. It just worked for me' (docker-compose v1 on a RHEL docker)"),
    r("conbench/conbench#1420", "registry", "registry.server_error", True, "service", "registry-1.docker.io",
      "docker compose up --build --wait --detach\n...\n#3 [app internal] load metadata for docker.io/library/python:3.11-slim-bullseye\n#3 ...\n\n#4 [app auth] library/python:pull token for registry-1.docker.io\n#4 DONE 0.0s\n\n#3 [app internal] load metadata for docker.io/library/python:3.11-slim-bullseye\n#3 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/sha256:815978d23592beccc59d199e1f6278c5873013fd47909a7b1055e5026a9707f6: 503 Service Unavailable\n...\nmake: *** [Makefile:137: run-app-bg] Error 17\nError: Process completed with exit code 2.",
      raw_is_log=True, host_alt=["docker.io"], also_ok=["registry.metadata_timeout"],
      note="titled 'ci instability': the base image's manifest fetch during compose's build answered 503 on one run"),
    r("docker-library/docker#519", "registry", "registry.server_error", True, "service", None,
      "Using default tag: latest\nlatest: Pulling from library/docker\nmanifest for docker:latest not found: manifest unknown: manifest unknown",
      cmd="docker pull docker", host_alt=HUB, note=INCIDENT_1214 + "; a `manifest unknown` that is not a missing tag"),
    r("docker-library/official-images#18105", "registry", "registry.server_error", True, "service", None,
      "Failed to pull image with policy \"always\": manifest for docker:latest not found: manifest unknown: manifest unknown (manager.go:251:2s)\n\nJob failed: failed to pull image \"docker:latest\" with specified policies [always]: manifest for docker:latest not found: manifest unknown: manifest unknown (manager.go:251:2s)",
      host_alt=HUB, note=INCIDENT_1214 + " ('Seeing an increase in similar errors since Dec 14 - 06:15 UTC', from GitLab runners)"),
    r("docker-library/docker#475", "registry", "registry.variant_pending", True, "service", None,
      "no matching manifest for linux/amd64 in the manifest list entries",
      cmd="docker pull docker:25.0.1-dind", host_alt=HUB,
      note="the maintainer: 'Not all variants of an image are published at the same time ... it can take several hours for all os/arch variants to be published': the tag existed before its amd64 image, so a later run passes (the command is the thread's tag, written as a pull)"),
    r("kastenhq/kubestr#66", "registry", "registry.server_error", True, "service", "ghcr.io",
      "  Normal   Pulling                 2s (x2 over 14s)   kubelet                  Pulling image \"ghcr.io/kastenhq/kubestr:latest\"\n  Warning  Failed                  1s (x2 over 14s)   kubelet                  Failed to pull image \"ghcr.io/kastenhq/kubestr:latest\": rpc error: code = Unknown desc = error pulling image configuration: denied: unauthenticated: User cannot be authenticated with the token provided.\n  Warning  Failed                  1s (x2 over 14s)   kubelet                  Error: ErrImagePull",
      cmd="kubectl describe pod kubestr-csi-original-pod", also_ok=["credentials.token_failed"],
      note="'Running Kubestr after successful deployments yesterday, seeing ImageBackoffs today' then 'resolved itself': GHCR refusing the anonymous pull of a public image for a while; the denied wording reads like credentials, none were involved"),
    # --- mirrors and pull-through caches --------------------------------------------------------------------------------
    r("red-hat-storage/ocs-ci#4313", "registry", "registry.mirror_miss", False, "service", "mirror.gcr.io",
      "E             Normal   Pulling                 20s (x3 over 59s)  kubelet                  Pulling image \"mirror.gcr.io/library/alpine\"\nE             Warning  Failed                  20s (x3 over 59s)  kubelet                  Failed to pull image \"mirror.gcr.io/library/alpine\": rpc error: code = Unknown desc = Error reading manifest latest in mirror.gcr.io/library/alpine: manifest unknown: Failed to fetch \"latest\" from request \"/v2/library/alpine/manifests/latest\".\nE             Warning  Failed                  20s (x3 over 59s)  kubelet                  Error: ErrImagePull",
      host_alt=["docker.io"], note="test_git_clone fails pulling its pod's image through mirror.gcr.io; " + MIRROR_MISS),
    r("podman-container-tools/podman#7965", "registry", "registry.mirror_miss", False, "service", "mirror.gcr.io",
      r'''[+0011s] #  response: {"cause":"manifest unknown: Failed to fetch \"sha256:acd3ca9941a85e8ed16515bfc5328e4e2f8c128caa72959a58a127b7801ee01f\" from request \"/v2/library/alpine/manifests/sha256:acd3ca9941a85e8ed16515bfc5328e4e2f8c128caa72959a58a127b7801ee01f\".","message":"unable to pull docker.io/library/alpine@sha256:acd3ca9941a85e8ed16515bfc5328e4e2f8c128caa72959a58a127b7801ee01f: Error initializing source docker://alpine@sha256:acd3ca9941a85e8ed16515bfc5328e4e2f8c128caa72959a58a127b7801ee01f: Error reading manifest sha256:acd3ca9941a85e8ed16515bfc5328e4e2f8c128caa72959a58a127b7801ee01f in mirror.gcr.io/library/alpine: manifest unknown: Failed to fetch \"sha256:acd3ca9941a85e8ed16515bfc5328e4e2f8c128caa72959a58a127b7801ee01f\" from request \"/v2/library/alpine/manifests/sha256:acd3ca9941a85e8ed16515bfc5328e4e2f8c128caa72959a58a127b7801ee01f\".","response":500}''',
      host_alt=["docker.io"],
      note="the PR routes CI's docker.io pulls through mirror.gcr.io (registries.conf); 'Looks like the image we're looking for does not exit on gcr ... some images are missing on gcr': a digest the mirror never cached, in the remote API's 500 JSON"),
    r("openshift/release#75890", "registry", "registry.gcr_shutdown", False, "service", "gcr.io",
      "$ podman pull gcr.io/kubebuilder/kube-rbac-proxy:v0.11.0\nTrying to pull gcr.io/kubebuilder/kube-rbac-proxy:v0.11.0...\nError: unable to copy from source docker://gcr.io/kubebuilder/kube-rbac-proxy:v0.11.0: initializing source docker://gcr.io/kubebuilder/kube-rbac-proxy:v0.11.0: reading manifest v0.11.0 in gcr.io/kubebuilder/kube-rbac-proxy: manifest unknown: Failed to fetch \"v0.11.0\"",
      also_ok=["build.tag_not_found"],
      note="'gcr.io/kubebuilder/kube-rbac-proxy seems unavailable': the publisher's gcr.io images are gone while mirror.gcr.io still serves the same tag; the PR switches to the mirror, no re-run helps"),
    r("ustclug/mirrorrequest#267", "registry", "registry.server_error", False, "service", "gcr.mirrors.ustc.edu.cn",
      "docker pull gcr.mirrors.ustc.edu.cn/google_containers/echoserver:1.4\nError response from daemon: received unexpected HTTP status: 504 Gateway Time-out",
      note="'is gcr.mirrors.ustc.edu.cn still available?' answered 'Already covered in ustclug/discussions#309': the university's gcr.io mirror was no longer served, every pull through it fails the same"),
    r("goharbor/harbor#19257", "registry", "registry.rate_limited", True, "service", None,
      "429 Too Many Requests - Server message: unknown: too many requests to upstream registry",
      host_alt=["registry-1.docker.io"], also_ok=["registry.dockerhub_pull_limit"],
      note="a Harbor proxy-cache project: 'DockerHub is returning HTTP 429, Harbor will fail the pull' even for an image it cached; throttling upstream, a later pull can pass; Harbor's host is not in the quoted line"),
    r("sonatype/nexus-public#639", "registry", "registry.proxy_upstream_failed", False, "service", "127.0.0.1:9081",
      "Error response from daemon: manifest for 127.0.0.1:9081/foo/bar/baz:version not found: manifest unknown: manifest unknown",
      cmd="docker pull 127.0.0.1:9080/foo/bar/baz:version", host_alt=["127.0.0.1:9080", "127.0.0.1", "europe-docker.pkg.dev"],
      note="a Nexus docker proxy repository whose upstream login once failed (its log: 'Could not retrieve token from https://europe-docker.pkg.dev/v2/token. Status code: 401') keeps answering manifest unknown after the credentials are fixed, 'The only fix is to restart Nexus itself': not a tag typo"),
    r("artifact-keeper/artifact-keeper#584", "registry", "registry.proxy_upstream_failed", False, "service", "myrepo.com",
      "\u276f docker pull myrepo.com/dockerhub-remote/alpine:3.20\nError response from daemon: failed to resolve reference \"myrepo.com/dockerhub-remote/alpine:3.20\": myrepo.com/dockerhub-remote/alpine:3.20: not found",
      host_alt=["registry-1.docker.io"],
      note="labelled bug (v1.1.0): the repository manager's Docker remote with upstream https://registry-1.docker.io never fetches from it; alpine:3.20 exists upstream"),
    r("distribution/distribution#4252", "registry", "registry.proxy_upstream_failed", False, "service", "10.0.47.239:60000",
      "docker pull 10.0.47.239:60000/docker/library/python:3.12\n3.12: Pulling from docker/library/python\n3e6b9d1a9511: Retrying in 1 second \n37927ed901b1: Retrying in 1 second \n79b2f47ad444: Retrying in 1 second \ne23f099911d6: Waiting \nd2717412051f: Waiting \ne1817d4c9557: Waiting \n1290187bfbf4: Waiting \nerror pulling image configuration: download failed after attempts=6: received unexpected HTTP status: 500 Internal Server Error",
      host_alt=["10.0.47.239", "public.ecr.aws"], also_ok=["registry.server_error"],
      note="a distribution registry configured as a pull-through cache of ECR Public: its log shows the upstream blob HEAD to public.ecr.aws ending in unexpected EOF, so every pull 500s (an open question of configuration, not a flake); the pull's own line names the proxy"),
    r("aws/containers-roadmap#2304", "connectivity", "connectivity.timeout", False, "service", "production.cloudflare.docker.com",
      "Failed to pull image \"123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/docker.io/library/busybox:1.35.0\":\nrpc error: code = DeadlineExceeded desc = failed to pull and unpack image\n\"123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/docker.io/library/busybox:1.35.0\": failed to copy:\nhttpReadSeeker: failed open: failed to do request:\nGet \"https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/1c/1c10e93757391bd459976f6382e0c0e03a0af3f239cd745424b06d3b4737f60e/data?verify=1709809284-GBrKCqH8amFBS2uwccqDUXDhl9E%!D(MISSING)\":",
      cmd="kubectl describe pod busybox", host_alt=["123456789012.dkr.ecr.eu-west-1.amazonaws.com"],
      note="labelled an ECR bug: the pull-through cache redirects the layer to Docker Hub's CDN instead of serving it, and the EKS nodes have no internet route, so the download can never start (the quoted line is cut after the URL)"),
    r("cmliu/CF-Workers-docker.io#25", "connectivity", "connectivity.client_timeout", False, "service", "gcr.io",
      "docker pull gcr.docker.xxx.cool/kaniko-project/executor:v1.23.2\nError response from daemon: Head \"https://gcr.docker.xxx.cool/v2/kaniko-project/executor/manifests/v1.23.2\": Get \"https://gcr.io/v2/token?scope=repository%3Akaniko-project%2Fexecutor%3Apull&service=gcr.io\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
      host_alt=["gcr.docker.xxx.cool"], also_ok=["connectivity.timeout"],
      note="a Cloudflare-worker proxy for gcr.io hands back gcr.io's own token realm ('the v2 redirect is not handled well'), so the client dials gcr.io directly, which this network cannot reach: every pull fails until the worker is fixed"),
    r("sapcc/keppel#632", "registry", "registry.server_error", False, "service", "keppel.qa-de-1.cloud.sap",
      " ➜ podman pull 'keppel.qa-de-1.cloud.sap/ccloud-ghcr-io-mirror/cobaltcore-dev/charts/cortex-postgres:0.5.6'\nTrying to pull keppel.qa-de-1.cloud.sap/ccloud-ghcr-io-mirror/cobaltcore-dev/charts/cortex-postgres:0.5.6...\nError: unable to copy from source docker://keppel.qa-de-1.cloud.sap/ccloud-ghcr-io-mirror/cobaltcore-dev/charts/cortex-postgres:0.5.6: initializing source docker://keppel.qa-de-1.cloud.sap/ccloud-ghcr-io-mirror/cobaltcore-dev/charts/cortex-postgres:0.5.6: reading manifest 0.5.6 in keppel.qa-de-1.cloud.sap/ccloud-ghcr-io-mirror/cobaltcore-dev/charts/cortex-postgres: received unexpected HTTP status: 500 Internal Server Error",
      host_alt=["ghcr.io"], also_ok=["credentials.registry_refused"],
      note="the PR's 'Before': a keppel mirror of ghcr.io turns the upstream's refusal into a 500 ('which is not helpful at all'); after the PR the same pull shows the upstream's denied. The same pull fails every time"),
    # --- rate limits --------------------------------------------------------------------------------------------------
    r("deephaven/deephaven-core#5901", "registry", "registry.dockerhub_pull_limit", True, "service", None,
      f"2024-08-05T16:48:56.9268877Z > Task :Integrations:composeUp FAILED\n2024-08-05T16:48:56.9269675Z  redpanda Pulling \n2024-08-05T16:48:56.9271701Z  redpanda Error {LIMIT}\n2024-08-05T16:48:56.9274809Z Error response from daemon: {LIMIT}\n2024-08-05T16:48:57.3235974Z \n2024-08-05T16:48:57.3236907Z > Task :Integrations:composeDownForcedOnFailure",
      cmd="./gradlew :Integrations:test", host_alt=HUB, also_ok=["registry.rate_limited"],
      note="a hosted runner's anonymous pulls of the redpanda image through gradle's compose plugin (the thread asks whether GitHub's runners stopped being exempt); throttling, a later run passes"),
    r("k3d-io/k3d#1557", "registry", "registry.dockerhub_pull_limit", True, "service", "registry-1.docker.io",
      "Failed to pull image \"busybox\": failed to pull and unpack image \"docker.io/library/busybox:latest\":\n  failed to copy: httpReadSeeker: failed open: unexpected status code \nhttps://registry-1.docker.io/v2/library/busybox/manifests/sha256:a5d0ce49aa801d475da48f8cb163c354ab95cab073cd3c138bd458fc8257fbf1:\n  429 Too Many Requests",
      cmd="kubectl run pod --image=busybox --command --restart=Never -it --rm -- true", host_alt=["docker.io"], also_ok=["registry.rate_limited"],
      note="the PR: k3s credentials configured for docker.io are not used for registry-1.docker.io, so the pulls stay anonymous and hit Hub's limit ('When docker.io started to hit rate limits, registry-1.docker.io was still working fine'); a bare 429 with no toomanyrequests text"),
    r("kubestellar/kubestellar#1497", "registry", "registry.dockerhub_pull_limit", True, "service", "registry-1.docker.io",
      "  Normal   Pulling    60s (x3 over 2m17s)  kubelet            Pulling image \"library/httpd:2.4\"\n  Warning  Failed     41s (x3 over 116s)   kubelet            Failed to pull image \"library/httpd:2.4\": rpc error: code = Unknown desc = failed to pull and unpack image \"docker.io/library/httpd:2.4\": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/httpd/manifests/sha256:f0a93744d8006e6f7ee5086c9ddccdcfa33d1091f15269a00547b4c382459c1f: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.",
      cmd="KUBECONFIG=~/.kube/config kubectl --context ks-edge-cluster2 describe pod -n my-namespace my-first-kubestellar-deployment-676f5f6bd9-mw28j",
      host_alt=["docker.io"], also_ok=["registry.rate_limited"],
      note="the Quickstart's kind clusters pull httpd anonymously from Docker Hub and hit its limit ('this happens to me even the first time I try it', behind a shared address); throttling: a later run can pass (the quoted line is cut after the limit's first sentence)"),
    # --- tags and references that do not exist -----------------------------------------------------------------------
    r("docker/docker-credential-helpers#266", "build", "build.tag_not_found", False, "build", None,
      "Using default tag: latest\nError response from daemon: manifest for significantgravitas/auto-gpt:latest not found: manifest unknown: manifest unknown",
      cmd="docker pull significantgravitas/auto-gpt", host_alt=HUB,
      note="'there is no :latest tag on the image, you have to specify the 0.2.2 tag'; thaJeztah: 'if there's no :latest tag for the image, then it's needed to specify a tag'"),
    r("superlinear-ai/substrate#166", "build", "build.tag_not_found", False, "build", "private_gitlab_server.com:5005",
      "Using Docker executor with image private_gitlab_server.com:5005/my_repo/ci:9a495cbc014c ...\nAuthenticating with credentials from job payload (GitLab Registry)\nPulling docker image private_gitlab_server.com:5005/my_repo/ci:9a495cbc014c ...\nWARNING: Failed to pull image with policy \"always\": Error response from daemon: manifest for gitlab-private_gitlab_server.com:5005/my_repo/ci:9a495cbc014c not found: manifest unknown: manifest unknown (manager.go:237:0s)\nERROR: Job failed: failed to pull image \"private_gitlab_server.com:5005/my_repo/ci:9a495cbc014c\" with specified policies [always]: Error response from daemon: manifest for private_gitlab_server.com:5005/my_repo/ci:9a495cbc014c not found: manifest unknown: manifest unknown (manager.go:237:0s)",
      raw_is_log=True, host_alt=["private_gitlab_server.com"],
      note="the template's jobs run in a CI image tagged by a hash that its 'Compute CI image hash' / 'Build CI image' jobs push first; the reporter sees 'only two jobs', so the tag was never built (the log's line-number links dropped)"),
    r("theupdateframework/tuf-on-ci#629", "build", "build.tag_not_found", False, "build", None,
      "Pull down action image 'pandoc/core:3.5.0@sha256:771842ce6f661785e0e12931f82ea64046d70fa48ea5cff480492d79ab3b8ff1'\n  /usr/bin/docker pull pandoc/core:3.5.0@sha256:771842ce6f661785e0e12931f82ea64046d70fa48ea5cff480492d79ab3b8ff1\n  Error response from daemon: manifest for pandoc/core@sha256:771842ce6f661785e0e12931f82ea64046d70fa48ea5cff480492d79ab3b8ff1 not found: manifest unknown: manifest unknown\n  Warning: Docker pull failed with exit code 1, back off 6.883 seconds before retry.",
      host_alt=HUB, also_ok=["build.invalid_reference"],
      note="labelled bug: a Docker action pinned to a digest the registry no longer has; 'the immediate breakage is fixed with #627' and a release, not by re-running"),
    # --- certificates and plain-HTTP registries -----------------------------------------------------------------------
    r("moby/moby#33154", "connectivity", "connectivity.untrusted_certificate", False, "local", "registry-1.docker.io",
      "liudecai@my-ubuntu-server:~$ docker pull ubuntu:16.04\nError response from daemon: Get https://registry-1.docker.io/v2/: x509: certificate is valid for FG3K6C3A15800021, not registry-1.docker.io",
      also_ok=["connectivity.tls_failed"],
      note="'Yes, I'm behind a proxy-server of our company': a TLS-inspecting appliance answers for Docker Hub with its own certificate; configuration of the network, every pull the same"),
    r("containerd/nerdctl#278", "connectivity", "connectivity.untrusted_certificate", False, "local", "reg.xxx.cn",
      "FATA[0000] failed to resolve reference \"reg.xxx.cn/quay.io/coreos/etcd:v3.4.14\": failed to do request: Head \"https://reg.xxx.cn/v2/quay.io/coreos/etcd/manifests/v3.4.14\": x509: certificate signed by unknown authority",
      cmd="nerdctl pull reg.xxx.cn/quay.io/coreos/etcd:v3.4.14",
      note="a private mirror with its own CA: 'nerdctl doesn't rely on CRI, that's why the CRI configuration is ignored'; fixed with --insecure-registry or hosts.toml"),
    r("containerd/nerdctl#1363", "connectivity", "connectivity.untrusted_certificate", False, "local", "xxxx:30003",
      "error: failed to solve: xxxx:30003/zikayou/serverjre:v1: failed to do request: Head \"https://xxxx:30003/v2/zikayou/serverjre/manifests/v1\": x509: cannot validate certificate for xxxx because it doesn't contain any IP SANs\ntime=\"2022-09-06T11:00:36Z\" level=fatal msg=\"unrecognized image format\"",
      cmd="nerdctl build --insecure-registry -t xxxx:30003/zikayou/springboot-demo:v0.0.4 .", host_alt=["xxxx"], also_ok=["connectivity.tls_failed"],
      note="the FROM image on a registry addressed by IP whose certificate has no IP SAN: `nerdctl pull --insecure-registry` works, the build's BuildKit does not take the flag (kind/feature); configuration, every time"),
    r("docker/for-linux#1306", "connectivity", "connectivity.plain_http_registry", False, "local", "our-private-registry.com:port",
      "ERROR: failed to do request: Head https://our-private-registry.com:port/v2/image-name/manifests/latest: http: server gave HTTP response to HTTPS client\n------\n > [internal] load metadata for our-private-registry.com:port/image-name:latest:\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to do request: Head https://our-private-registry.com:port/v2/image-name/manifests/latest: http: server gave HTTP response to HTTPS client",
      cmd="DOCKER_BUILDKIT=1 docker build .", host_alt=["our-private-registry.com"],
      note="a plain-HTTP private registry listed in daemon.json's insecure-registries: the legacy builder honours it, BuildKit's FROM resolution does not (the reporter's placeholder host and port)"),
    r("docker/setup-buildx-action#394", "connectivity", "connectivity.plain_http_registry", False, "local", "example.com",
      "ERROR: failed to solve: example.com/r/openjdk:8: failed to resolve source metadata for example.com/r/openjdk:8: failed to do request: Head \"https://example.com/v2/r/openjdk/manifests/8\": remote error: tls: unrecognized name",
      head=["Run docker/build-push-action@v6"], also_ok=["connectivity.tls_failed"],
      note="a Gitea Actions runner: the base image's registry is served over plain HTTP (`docker pull` works through insecure-registries) but the buildx builder tries HTTPS and something else answers on 443; configuration of the builder (the blockquote marker dropped)"),
    # --- DNS, timeouts, resets and EOFs ------------------------------------------------------------------------------
    r("hjacobs/kube-ops-view#176", "dns", "dns.server_misbehaving", False, "local", "registry-1.docker.io",
      "Warning Failed 18s (x2 over 37s) kubelet, kworker2 Failed to pull image \"hjacobs/kube-ops-view:0.8.1\": rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving\nWarning Failed 18s (x2 over 37s) kubelet, kworker2 Error: ErrImagePull",
      cmd="kubectl describe pod kube-ops-view", also_ok=["dns.temporary_failure"],
      note="the worker node's own resolver (systemd-resolved at 127.0.0.53) fails for the kubelet's pulls while a manual docker pull works; closed without a registry fault, the node's configuration"),
    r("moby/moby#13051", "dns", "dns.no_such_host", False, "local", "index.docker.io",
      "FATA[0000] Get https://index.docker.io/v1/repositories/library/hello-world/images: dial tcp: lookup index.docker.io: no such host",
      cmd="docker pull hello-world", host_alt=["host1:5555"],
      note="host2 has no internet route and only reaches a registry mirror on host1 (--registry-mirror=http://host1:5555): the pull went to Docker Hub's index anyway and the name cannot resolve; every pull fails until the daemon uses the mirror"),
    r("getodk/central#1934", "connectivity", "connectivity.timeout", True, "service", "registry-1.docker.io",
      "2026-06-02T08:14:34.8732178Z #8 [secrets internal] load metadata for docker.io/library/node:24.14.1-slim\n2026-06-02T08:14:35.0266564Z #8 ERROR: failed to do request: Head \"https://registry-1.docker.io/v2/library/node/manifests/24.14.1-slim\": dial tcp 52.23.22.209:443: i/o timeout\n2026-06-02T08:14:35.0267108Z \n2026-06-02T08:14:35.0267313Z #14 [nginx internal] load metadata for docker.io/jonasal/nginx-certbot:6.1.0\n2026-06-02T08:14:35.0267673Z #14 CANCELED\n2026-06-02T08:14:35.0268047Z \n2026-06-02T08:14:35.0268279Z #15 [postgres internal] load metadata for docker.io/tianon/postgres-upgrade:9.6-to-14\n2026-06-02T08:14:35.0269027Z #15 ERROR: failed to do request: Head \"https://registry-1.docker.io/v2/tianon/postgres-upgrade/manifests/9.6-to-14\": dial tcp 52.23.22.209:443: i/o timeout",
      cmd="docker compose build", host_alt=["docker.io", "52.23.22.209:443"], also_ok=["registry.metadata_timeout"],
      note="an e2e-test run of the frontend's CI on a hosted runner: every base image's metadata request timed out dialing Docker Hub in that run (closed after the one report)"),
    r("konstructio/kubefirst#924", "connectivity", "connectivity.reset", True, "service", "docker.io",
      "  Warning  Failed     25m                kubelet            Failed to pull image \"summerwind/actions-runner-dind\": rpc error: code = Unknown desc = failed to pull and unpack image \"docker.io/summerwind/actions-runner-dind:latest\": failed to copy: read tcp 192.168.16.6:35464->104.18.122.25:443: read: connection reset by peer\n  Warning  Failed     16m                kubelet            Failed to pull image \"summerwind/actions-runner-dind\": rpc error: code = Unknown desc = failed to pull and unpack image \"docker.io/summerwind/actions-runner-dind:latest\": failed to read expected number of bytes: unexpected EOF",
      cmd="kubectl describe pod -n github-runner actions-runner-metaphor-frontend-j9g7r-qjm7c",
      host_alt=["104.18.122.25:443", "104.18.122.25", "registry-1.docker.io", "production.cloudflare.docker.com"], also_ok=["connectivity.eof"],
      note="an ARC runner pod on a local k3d cluster: the big dind runner image's layer download from Docker Hub's CDN reset, then cut short, on successive attempts; a network fault on the way, not the image"),
    r("thedrhax-dockerfiles/android-avd#9", "connectivity", "connectivity.eof", True, "service", None,
      "0258593a9987: Downloading [==================================================>]  1.354GB/1.354GB\n6ce9a11ae9d6: Download complete \naa548e8d6bd7: Download complete \nunexpected EOF",
      cmd="docker pull thedrhax/android-avd:latest", host_alt=HUB,
      note="a 1.35 GB layer cut at its end while downloading (the inline-code backticks around the log dropped); no fault of the image, nothing in the thread but the report"),
    r("opf/openproject-docker-compose#18", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "production.cloudflare.docker.com",
      "error pulling image configuration: Get \"https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/48/487a6b982637737434edc432eb386d7d1d4f15a437275ada6261da640511c722/data?verify=1641586568-0eOijBTP23A2cjIR%2FCfvj92zESQ%3D\": net/http: TLS handshake timeout",
      cmd="docker-compose pull", host_alt=HUB,
      note="the image config blob is fetched from Docker Hub's CDN, not the registry the compose file names; a handshake timeout on a fresh install (the inline-code backticks dropped)"),
    r("docker/hub-feedback#947", "connectivity", "connectivity.tls_handshake_timeout", False, "local", "registry-1.docker.io",
      "Pulling consul (progrium/consul:latest)...\nGet https://registry-1.docker.io/v2/progrium/consul/manifests/latest: net/http: TLS handshake timeout",
      cmd="docker-compose up", head=["Status: Image is up to date for nethum/nick-fury:1.0.0-SNAPSHOT-default"], host_alt=["docker.io"],
      note="'After I updated to docker latest release 1.13 I keep getting TLS timeout while doing docker-comose up'; the answer found: a dual-stack machine with an IPv4 resolver fails this way, an IPv6 resolver works: the machine's network configuration, every run"),
    r("EnricoMi/publish-unit-test-result-action#257", "connectivity", "connectivity.client_timeout", True, "service", "ghcr.io",
      "Pull down action image 'ghcr.io/enricomi/publish-unit-test-result-action:v1.33'\n  /usr/bin/docker pull ghcr.io/enricomi/publish-unit-test-result-action:v1.33\n  Error response from daemon: Head \"https://ghcr.io/v2/enricomi/publish-unit-test-result-action/manifests/v1.33\": Get \"https://ghcr.io/token?scope=repository%3Aenricomi%2Fpublish-unit-test-result-action%3Apull&service=ghcr.io\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)\n  Warning: Docker pull failed with exit code 1, back off 6.118 seconds before retry.\n  /usr/bin/docker pull ghcr.io/enricomi/publish-unit-test-result-action:v1.33\n  Error response from daemon: Head \"https://ghcr.io/v2/enricomi/publish-unit-test-result-action/manifests/v1.33\": Get \"https://ghcr.io/token?scope=repository%3Aenricomi%2Fpublish-unit-test-result-action%3Apull&service=ghcr.io\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)\n  Warning: Docker pull failed with exit code 1, back off 7.726 seconds before retry.",
      also_ok=["connectivity.timeout", "credentials.token_failed"],
      note="the maintainer: 'The image is hosted by ghcr.io ... infrastructure supported by GitHub, so out of my control'; another user: 'It's fine now' (the blockquote markers and a line-number link in 6.118 dropped)"),
    r("cattle-ops/terraform-aws-gitlab-runner#1199", "connectivity", "connectivity.client_timeout", True, "local", "registry-1.docker.io",
      "Preparing the \"docker-autoscaler\" executor\nDialing instance i-1234567890abcdef0...\nInstance i-1234567890abcdef0 connected\nUsing Docker executor with image alpine:latest ...\nPulling docker image alpine:latest ...\nWARNING: Failed to pull image with policy \"always\": Error response from daemon: Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers) (manager.go:237:15s)\nERROR: Job failed: failed to pull image \"alpine:latest\" with specified policies [always]: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers) (manager.go:237:15s)",
      raw_is_log=True, also_ok=["connectivity.timeout"],
      note="a freshly dialed autoscaler instance: 'Running from runner instance docker pull alpine:latest works correctly' and curl reaches the registry, so the job's pull ran before the instance's network was usable (closed stale)"),
    r("containerd/containerd#12811", "local", "local.runtime_bug", True, "local", None,
      "time=\"2026-01-23T08:17:47Z\" level=error \n  msg=\"cancel pulling image docker.io/lmsysorg/sglang:v0.5.6 because of no progress in 5m0s\"\ntime=\"2026-01-23T08:17:47Z\" level=info \n  msg=\"stop pulling image: active requests=13, bytes read=14505964507\"\nlevel=error msg=\"PullImage failed\" \n  error=\"context canceled\\naborted\\naborted\\naborted...\" (16 aborted errors)",
      raw_is_log=True, host_alt=HUB, also_ok=["connectivity.timeout"],
      note="labelled kind/bug: containerd 2.2's multipart layer fetch starves one request, so the CRI progress timeout cancels a 15 GB pull that is still downloading ('this happens sporadically'); the node's runtime, not the registry"),
    r("labring/sealos#1708", "credentials", "credentials.token_failed", False, "local", "docker.io",
      "FATA[0002] pulling image: rpc error: code = Unknown desc = failed to pull and unpack image \"docker.io/library/nginx:alpine\": failed to resolve reference \"docker.io/library/nginx:alpine\": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized ",
      cmd="crictl pull nginx:alpine", host_alt=["auth.docker.io", "registry-1.docker.io", "sealos.hub:5000"],
      note="a cluster installed by sealos: 'sealos pull nginx:alpine' works, crictl's fails on every OS tried; the maintainer: 'This is bug. we need build newest image to fix it' (the containerd registry configuration the sealos image ships)"),
    r("jfrog/nexus2artifactory#72", "registry", "registry.request_rejected", False, "service", "dropbox-jfrog-support-public-docker.jfrog.io",
      "> docker run dropbox-jfrog-support-public-docker.jfrog.io/nexus2artifactory\n\nUnable to find image 'dropbox-jfrog-support-public-docker.jfrog.io/nexus2artifactory:latest' locally\ndocker: Error response from daemon: error parsing HTTP 403 response body: invalid character '<' looking for beginning of value: \"<html>\\r\\n<head><title>403 Forbidden</title></head>\\r\\n<body>\\r\\n<center><h1>403 Forbidden</h1></center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n\".",
      also_ok=["credentials.registry_refused", "credentials.pull_access_denied"],
      note="the README's public Artifactory registry answers anonymous pulls with nginx's 403 page; a second user gets the same two months later: the repository is no longer served, no re-run helps"),
]
