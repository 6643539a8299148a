"""Dev-set entries, batch 90 (self-hosted and private container registries as CI meets them: Harbor, Sonatype Nexus
docker repositories, GitLab's registry on registry.gitlab.com and self-managed, Quay, plain distribution registries
(registry:2) behind nginx ingresses and load balancers, OpenShift's integrated registry, Gitea's container packages,
Azure Container Registry and ECR private repositories, met by docker push and pull, BuildKit and buildctl, podman,
oras, regctl, a registry-cleanup script and kubelet pulls, from 2015 to 2026. The registries' side: an nginx proxy
image without client_max_body_size and a Harbor operator's ingress answering 413, Fedora's registry answering 502 for
an afternoon, Harbor's garbage collection deleting blobs that tagged images still use and a live registry:2 that
reports a re-push as done after garbage-collect while the manifest is gone, an HA Harbor whose two registry pods lose
each other's upload sessions and a replicated distribution registry without a shared http secret, Gitea refusing an
OCI image index and an OCI artifact manifest, a Gitea nightly and Nexus 3.77 advertising token endpoints the client
cannot reach (an internal docker hostname, a null:// scheme), a Harbor whose token service lives on another
hostname, a Harbor authenticating against Active Directory slower than the docker client's fixed 15 s, OpenShift's
registry failing to pull through to quay.io for the Jenkins image stream, AKS's own aksrepos.azurecr.io mirror
throttling node pulls, and a shared operator pipeline whose kind registry lacked the catalog image it had to build.
The runners' side: nodes that do not trust a registry's certificate, Docker Engine 23 whose default BuildKit ignores
daemon.json insecure-registries, an insecure-registry entry without its port, a rootless buildkitd that never read
its registry config. About half are the build's own mistakes that read like registry outages: a kubelet pulling an
untagged ACR image, AKS using the wrong service principal (a 500 beside the unauthorized), tokens that are not
registry tokens (Gitea Actions' GITEA_TOKEN, a password where Gitea wants a package-scoped PAT, gitlab-ci-token for a
registry API that wants an api-scoped PAT), an expired Harbor robot account, a CodeBuild role without
ecr:BatchGetImage, a Harbor user who is no member of the project, an ACR firewall that does not admit the puller, a
mixed-case ACR login server, image names with one path component too many, a Quay repository never created, a
README naming a GitLab image that does not exist, a Coolify deploy pulling a private GitLab image without registry
credentials, a project's retention workflow deleting the manifests its own tag points to, and OpenShift's
infrastructure images left with manifests newer Docker cannot read.) `err` is
verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log
inside Markdown (code fences, blockquote markers, backticks, bold markers inside a log line) only that markup was
dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words or
is cut, the entry stops at the last whole log line. Masks and placeholders ('***', '****', '<myip>', '<acrname>',
'x.x.x.x', 'URL', 'name-machine:port', '.....') are the reporters' own. Hosts follow the README's strict rule: a host
is given only where a line of the log names it for the failing call; an inferred, masked or placeholder one goes in
host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"jupyterhub/mybinder.org-deploy#2469"}  # fmt: skip

B = Batch(PULLS)
reg = B.family("registry")
bld = B.build("registry")

MISCONF = "registry.misconfigured"
TOO_LARGE = "registry.body_too_large"
PLAIN_HTTP = "connectivity.plain_http_registry"

E = [
    # --- the registries' side: proxies in front of them ------------------------------------------------------------------
    reg("ContainerSolutions/docker-registry-proxy#1", "registry", TOO_LARGE, False, "service", None,
        "FATA[0005] Error pushing to registry: Server error: 413 trying to push foo/bar blob - sha256:985c - etc. etc.",
        also_ok=["registry.proxy_body_limit", "registry.request_rejected"],
        note="May 2015: the proxy image's nginx default.conf had no client_max_body_size 0, so nginx's 1 MB default refuses the layer upload; the maintainer: 'yes, this is needed. All but the most minor pushes will fail otherwise' (foo/bar and the elisions are the reporter's)"),
    reg("goharbor/harbor-operator#62", "registry", TOO_LARGE, False, "service", "test.harbor.local.com",
        'The push refers to repository [test.harbor.local.com/library/socat]\nddc78141088d: Layer already exists\n076f4a787bf9: Pushing [==================================================>]    5.6MB/5.6MB\nerror parsing HTTP 413 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body>\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>nginx/1.19.0</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
        also_ok=["registry.proxy_body_limit", "registry.request_rejected"],
        note="the operator-created ingress for the registry host sets no body size, so the nginx ingress controller's default refuses even a 5.6 MB layer; the reporter's fix is the ingress proxy-body-size annotation, 'This annotation value should be configurable' (labelled bug, release/0.5.1); every push of such a layer fails until the ingress changes"),
    # --- the registries' side: outages, throttling, flaky HA ----------------------------------------------------------
    reg("fedora-copr/copr#3655", "registry", "registry.server_error", True, "service", "registry.fedoraproject.org",
        "Trying to pull registry.fedoraproject.org/fedora:41...\nError: copying system image from manifest list: parsing image configuration: fetching blob: received unexpected HTTP status: 502 Bad Gateway",
        also_ok=["registry.outage"],
        note="March 2025, Copr builds pulling the Fedora base image: Copr's admins had already reported it to Fedora Infrastructure, and the same day the reporter confirmed 'Thanks, it works again' (the blockquote markers dropped)"),
    reg("Azure/AKS#1400", "registry", "registry.rate_limited", True, "service", "aksrepos.azurecr.io",
        '"f821d493-febb-40de-b4cd-2a2fe230e277",Containers,"2020-01-15T14:43:55Z","aks-prodc12eul0-33238514-vmss000002",Pod,"kube-system","kube-proxy-g6c8s",Failed,"Failed to pull image ""aksrepos.azurecr.io/mirror/hyperkube-amd64:v1.14.8_f0.0.2"": [rpc error: code = Unknown desc = Error response from daemon: toomanyrequests: Too many requests. Please visit https://aka.ms/acr/skus#sku-feature-matrix to view limits of all service tiers., rpc error: code = Unknown desc = error pulling image configuration: toomanyrequests: Too many requests. Please visit https://aka.ms/acr/skus#sku-feature-matrix to view limits of all service tiers.]"',
        also_ok=["registry.quota_exceeded", "registry.server_error"],
        note="January 2020: new AKS node pools pull their system images from Microsoft's own aksrepos.azurecr.io mirror, which throttles them; kube-proxy fails 'intermittently' on one node or another of three fresh clusters, so the pull passes on a later back-off (the line is the reporter's CSV log export)"),
    reg("docker/cli#3788", "registry", "registry.token_timeout", True, "service", None,
        'Error response from daemon: Get https://myregistry.com/v2/: Get https://myregistry.com/service/token?\naccount=myaccount&client_id=docker&offline_token=true&service=myservice: net/http: request canceled\n(Client.Timeout exceeded while awaiting headers) (Client.Timeout exceeded while awaiting headers)',
        host_alt=["myregistry.com"], also_ok=["connectivity.client_timeout", "credentials.token_service_error"],
        note="a Harbor that authenticates against Active Directory answers the token request after the docker client's fixed 15 s when the account is in many groups; a commenter: 'The automated CI for the project that I work on will intermittently hit this issue' (the reporter wrapped the line and masked the names)"),
    reg("goharbor/harbor#17504", "registry", "registry.upload_lost", True, "service", None,
        'time="2022-09-05T21:14:56Z" level=fatal msg="writing blob: uploading layer to https://1.2.3.4:30003/v2/library/centos/blobs/uploads/d5eb04c8-58eb-47f4-a79a-1818164b2c31?_state=rQ_Qlg8wPQNllmnlVgAhE7ciMfDOcjK5zQSwrzCrcm97Ik5hbWUiOiJsaWJyYXJ5L2NlbnRvcyIsIlVVSUQiOiJkNWViMDRjOC01OGViLTQ3ZjQtYTc5YS0xODE4MTY0YjJjMzEiLCJPZmZzZXQiOjI5MSwiU3RhcnRlZEF0IjoiMjAyMi0wOS0wNVQyMToxNDo1NloifQ%3D%3D&digest=sha256%3A54f1c806bb294489fb75dd463096b31fb26daf1ee36b6cd17ce390693bfb4763: blob upload invalid"\ncommand terminated with exit code 1',
        host_alt=["1.2.3.4:30003", "1.2.3.4"], also_ok=["registry.blob_unknown", "registry.server_error"],
        note="Harbor 2.5/2.6 on Kubernetes with two registry pods on one glusterfs volume: an upload's requests land on both pods and one cannot see the other's state; 'after retry sometimes, the image could be pushed' (the bold markers inside the line dropped; 1.2.3.4 is the reporter's placeholder)"),
    reg("distribution/distribution#2519", "registry", MISCONF, False, "service", None,
        "user@name-machine:~# sudo docker push name-machine:port/apache2\nThe push refers to a repository [name-machine:port/apache2]\ne94542d10da9: Pushing [==================================================>]  3.584kB\ne24c9744fa3f: Retrying in 1 second\nab31df24cf72: Retrying in 3 seconds\n7e41cdcec3c2: Pushing [==================================================>]   5.12kB\nf57aec6a98ba: Pushing   2.56kB\n540a7775e563: Waiting\n4bcdffd70da2: Waiting\nblob upload unknown",
        raw_is_log=True, host_alt=["name-machine"], also_ok=["registry.upload_lost", "registry.blob_unknown"],
        note="registry 2.6.2 on Kubernetes: one replica works, more replicas fail; the registry log shows err.detail=\"invalid secret\" for the upload, i.e. the replicas have no shared http secret and refuse each other's upload state; a deployment fix, not a retry (the host is the reporter's mask)"),
    # --- the registries' side: garbage collection ------------------------------------------------------------------------
    reg("goharbor/harbor#20131", "registry", "registry.blob_unknown", False, "service", None,
        "$ podman pull myharbor.com/project/core/image:v3.2.231\nWARN[0000] Failed, retrying in 1s ... (1/3). Error: parsing image configuration: fetching blob: blob unknown to registry\nWARN[0002] Failed, retrying in 1s ... (2/3). Error: parsing image configuration: fetching blob: blob unknown to registry\nWARN[0004] Failed, retrying in 1s ... (3/3). Error: parsing image configuration: fetching blob: blob unknown to registry\nError: parsing image configuration: fetching blob: blob unknown to registry",
        raw_is_log=True, host_alt=["myharbor.com"], also_ok=["registry.artifact_not_found"],
        note="the week after Harbor's garbage collection was switched back on, some tagged images fail to pull: the config blob the artifact still references is gone from storage (the UI shows BLOB_UNKNOWN for it); podman's own three retries fail the same, and the image has to be pushed again (area/gc; the host name looks like the reporter's mask)"),
    reg("distribution/distribution#3254", "registry", "registry.artifact_not_found", False, "service", "localhost:5000",
        "1: digest: sha256:e09ed8c6c837d366a501f15dcb47939bbbb6242bf3886270834e2a0fa1555234 size: 1363\nError response from daemon: manifest for localhost:5000/test:1 not found: manifest unknown: manifest unknown",
        raw_is_log=True, host_alt=["localhost"], also_ok=["registry.blob_unknown"],
        note="registry:2.7.1 following the official docs: delete a manifest, run garbage-collect on the running registry, push the same image again; the push reports a digest but the pull finds no manifest, reproduced on master too; a registry-side defect that every retry of the pull meets"),
    # --- the registries' side: Gitea, Nexus and Harbor answering what clients cannot use -------------------------------
    reg("go-gitea/gitea#26839", "registry", "registry.oci_index_unsupported", False, "service", "git.shifei.tech",
        '> docker push git.shifei.tech/shifei/python:3.10\n....\nc52d2cefc53d: Pushing [==================================================>]     708B/708B\nda67d742d02b: Pushed\n.....\nfailed commit on ref "index-sha256:.....": unexpected status: 404 Not Found',
        raw_is_log=True, also_ok=["registry.manifest_invalid", "registry.artifact_not_found"],
        note="Docker Desktop with the containerd image store pushes a multi-platform image index, which Gitea 1.20's container registry answered with 404; confirmed (issue/confirmed) and reproducible on the demo site, so every push fails until Gitea is upgraded (the elisions are the reporter's)"),
    reg("go-gitea/gitea#25846", "registry", "registry.oci_artifact_unsupported", False, "service", "gitea.my",
        'lan@lan:~/tmp/cache$ oras push --plain-http gitea.my/liangyuanpeng/artifacts:rocksdb-20230711 data\nExists    7c7fafabb740 data\nError: PUT "http://gitea.my/v2/liangyuanpeng/artifacts/manifests/rocksdb-20230711": response status code 501: unsupported: Schema version is not supported',
        raw_is_log=True, also_ok=["registry.manifest_invalid", "registry.oci_index_unsupported", "registry.request_rejected"],
        note="Gitea's container registry did not accept OCI artifact manifests (the image-spec's artifact guidelines), so oras push of a data artifact gets 501 on every attempt; the registry as deployed cannot store such manifests, so a retry meets the same 501"),
    reg("go-gitea/gitea#31002", "registry", MISCONF, False, "service", "gitea",
        'Error response from daemon: Get "https://URL/v2/": Get "http://gitea:3000/gitea/v2/token?account=username&client_id=docker&offline_token=true&service=container_registry": dial tcp: lookup gitea on 127.0.0.53:53: server misbehaving',
        host_alt=["gitea:3000"], also_ok=["dns.resolve_failed", "credentials.token_service_error"],
        note="a Gitea nightly began sending clients to its internal http://gitea:3000 token endpoint, a name only its own docker network resolves, so login, push and pull fail outside it; 'Rolling back to ... 1.22.0-rc1 resolved the issue' (the registry URL is the reporter's mask)"),
    reg("sonatype/nexus-public#580", "registry", MISCONF, False, "service", "192.168.99.204:9080",
        'time=2025-02-24T12:12:22.140Z level=WARN msg="Failed to copy layer" source=artefact.skao.int/ska-base:0.1.1 target=192.168.99.204:9080/test/ska-base:0.1.1 layer=sha256:7478e0ac0f23f94b2f27848fbcdf804a670fbf8d4bab26df842d40a10cd33059 err="failed to send blob post, ref 192.168.99.204:9080/test/ska-base:0.1.1: failed to request auth token (post): Post \\"null://192.168.99.204:9080/v2/token\\": unsupported protocol scheme \\"null\\""\nManifests: 0/1 | Blobs: 30.440MB copied, 0.000B skipped, 40.132MB queued | Elapsed: 0s',
        host_alt=["192.168.99.204"], also_ok=["credentials.token_service_error", "registry.bad_response"],
        note="after upgrading Nexus from 3.75.1 to 3.77.1 the hosted docker repository's auth challenge names a token realm with the scheme null://, so regctl's copy cannot fetch a token; 3.75 and 3.76 work, 'It indeed only fails in 3.77', and of several redeployments from scratch only one accepted pushes"),
    reg("goharbor/harbor#21577", "registry", MISCONF, False, "service", "tlv-harborpd-01.bmc.com",
        '[2025-02-06T12:38:04.574Z] Error response from daemon: Get "https://tlv-harbor-reg1.bmc.com/v2/": Get "https://tlv-harborpd-01.bmc.com/service/token?account=****&client_id=docker&offline_token=true&service=harbor-registry": net/http: request canceled (Client.Timeout exceeded while awaiting headers) (Client.Timeout exceeded while awaiting headers)',
        host_alt=["tlv-harbor-reg1.bmc.com"], also_ok=["connectivity.client_timeout", "registry.token_timeout"],
        note="a Jenkins job's docker login: the registry tlv-harbor-reg1 sends the client to a token service on another host, whose nginx logs the request as 499 after 15 s; the maintainer: 'tlv-harbor-reg1.bmc.com is different with tlv-harborpd-01.bmc.com, please check the hostname is correct' (Harbor's configured hostname, not the network)"),
    reg("Azure/ARO-RP#199", "registry", "registry.proxy_upstream_failed", False, "service", "image-registry.openshift-image-registry.svc:5000",
        'Failed to pull image "image-registry.openshift-image-registry.svc:5000/openshift/jenkins@sha256:dd5f1c5d14a8a72aa4ca51224c26a661c2e4f19ea3e5f9b7d8343f4952de5f0d": rpc error: code = Unknown desc = Error reading manifest sha256:dd5f1c5d14a8a72aa4ca51224c26a661c2e4f19ea3e5f9b7d8343f4952de5f0d in image-registry.openshift-image-registry.svc:5000/openshift/jenkins: unknown: unable to pull manifest from quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:dd5f1c5d14a8a72aa4ca51224c26a661c2e4f19ea3e5f9b7d8343f4952de5f0d: unauthorized: access to the requested resource is not authorized',
        host_alt=["quay.io"], also_ok=["registry.proxy_upstream_blocked", "credentials.pull_access_denied"],
        note="Azure Red Hat OpenShift, Jenkins from the catalog: the integrated registry pulls the image stream through to quay.io/openshift-release-dev, which it may not read; 'CVO incorrectly hard codes the imagestream location and doesn't honour imageContentSources', a platform bug taken to the OCP team"),
    reg("redhat-openshift-ecosystem/community-operators-prod#1089", "registry", "registry.tag_not_built", True, "service", "kind-registry:5000",
        "    Trying to pull kind-registry:5000/test-operator/catalog:v4.10s...\n    Error: initializing source docker://kind-registry:5000/test-operator/catalog:v4.10s: reading manifest v4.10s in kind-registry:5000/test-operator/catalog: manifest unknown: manifest unknown",
        cmd="podman pull kind-registry:5000/test-operator/catalog:v4.10s", also_ok=["registry.artifact_not_found"],
        note="the shared operator-hub pipeline ('test orange / Deploy o7t (v4.10-db)') pulls a catalog image its own earlier steps should have pushed into the job's kind registry; the contributor's PR was fine and the maintainers answered 'This is fixed in production', after which the job could pass"),
    # --- the runners' side ---------------------------------------------------------------------------------------------
    reg("kubernetes/community#760", "connectivity", "connectivity.untrusted_certificate", False, "local", None,
        'Failed to pull image "registry.<myip>.nip.io/ms-accounts:0.0.1": rpc error: code = 2 desc = Error response from daemon: {"message":"Get https://registry.<myip>.nip.io/v1/_ping: x509: certificate signed by unknown authority"}\nError syncing pod, skipping: failed to "StartContainer" for "my-private-reg-container" with ErrImagePull: "rpc error: code = 2 desc = Error response from daemon: {\\"message\\":\\"Get https://registry.<myip>.nip.io/v1/_ping: x509: certificate signed by unknown authority\\"}"',
        host_alt=["registry.<myip>.nip.io"], also_ok=["connectivity.tls_failed", "local.tls_interception"],
        note="kubelet pulls with a correct pull secret fail because the nodes' docker daemons do not trust the private registry's self-signed certificate; the answer: 'This requires that all the nodes in your cluster has --insecure-registry flag set' (or the CA installed on each node); the masked host is the reporter's"),
    reg("docker/buildx#1642", "local", "local.client_regression", False, "local", None,
        'Error getting v2 registry: Get \\"https://harbor.company.local/v2/\\/\\": http: server gave HTTP response to HTTPS client"',
        host_alt=["harbor.company.local"], also_ok=[PLAIN_HTTP, "builder.registry_config_ignored"],
        note="February 2023: after the CI hosts upgraded to Docker Engine 23, where BuildKit became the default builder, builds FROM the internal HTTP Harbor fail because BuildKit disregards daemon.json insecure-registries, while docker pull of the same image works (kind/bug, feature parity); re-runs fail until the builder is configured or the engine fixed"),
    reg("moby/moby#47212", "connectivity", PLAIN_HTTP, False, "local", "192.168.1.100",
        'ERROR: failed to solve: 192.168.1.100/my/image: failed to do request: Head "https://192.168.1.100/v2/my/image/manifests/latest": dial tcp 192.168.1.100:443: connect: connection refused',
        host_alt=["192.168.1.100:443"], also_ok=["connectivity.refused", "local.docker_env_misconfigured"],
        note="a registry on plain HTTP port 80 listed as --insecure-registry=192.168.1.100: docker pull works but docker build (BuildKit) tries https on 443; with the port in the setting, --insecure-registry=192.168.1.100:80, 'the both docker pull ... and docker build ... works fine'"),
    reg("moby/buildkit#2044", "builder", "builder.registry_config_ignored", False, "local", "registry:5000",
        "------\n > exporting to image:\n------\nerror: failed to solve: rpc error: code = Unknown desc = failed to do request: Head https://registry:5000/v2/hello-kubernetes/blobs/sha256:8c8ce9df421ec8f20ef35a84aa9b858a9c01486b1a7fd867c9850c4e8960eb7d: dial tcp 10.43.70.12:5000: connect: connection refused",
        raw_is_log=True, host_alt=["10.43.70.12:5000", "registry"], also_ok=[PLAIN_HTTP, "connectivity.refused"],
        note="buildctl against a buildkitd pod whose buildkitd.toml marks registry:5000 http = true still speaks https; the reporter found (in #2054) that 'The registry setting in buildkitd.toml works when it's not in rootless mode' and 'buildkitd.toml is not read in rootless mode', so the builder's setup, not the registry"),
    # --- the build's own: credentials that are not registry credentials ------------------------------------------------
    B.entry("registry", "Azure/acr#231", "credentials", "credentials.unauthorized", False, "build", None,
            'Failed to pull image "***": [rpc error: code = Unknown desc = Error response from daemon: Get ******: received unexpected HTTP status: 500 Internal Server Error, rpc error: code = Unknown desc = Error response from daemon: Get **********: unauthorized: authentication required]',
            host_alt=["9spokes.azurecr.io"], also_ok=["credentials.cloud_role_refused", "registry.server_error"],
            note="AKS deployments failed for days with a 500 beside the unauthorized and the reporter asked Microsoft to fix the registry; the resolution: 'Issue was due to wrong service principal used by kubernetes' (the masks are the reporter's)"),
    B.entry("registry", "go-gitea/gitea#23642", "credentials", "credentials.token_permissions", False, "build", None,
            "Log in to the Container registry\nLogging into my.gitea.domain...\n::error::Error response from daemon: login attempt to https://my.gitea.domain/v2/ failed with status: 401 Unauthorized",
            host_alt=["my.gitea.domain"], also_ok=["credentials.unauthorized", "credentials.tool_token_missing"],
            note="Gitea 1.19 Actions: docker/login-action with the automatic secrets.GITEA_TOKEN cannot log in to the package registry (labels issue/workaround, type/enhancement); the workaround is a personal access token with package scope, so the same workflow fails on every run until it changes"),
    B.entry("registry", "go-gitea/gitea#31531", "credentials", "credentials.token_permissions", False, "build", None,
            "unauthorized: reqPackageAccess",
            also_ok=["credentials.unauthorized", "credentials.no_basic_auth"],
            note="Gitea 1.22: docker login with the account password succeeds but the push is refused at reqPackageAccess; a maintainer: 'You need to supply a PAT to authenticate yourself to Gitea ... Your token needs either packages.Read or packages.Write permission'"),
    B.entry("registry", "n0madic/gitlab-registry-images-cleaner#13", "credentials", "credentials.token_permissions", False, "build", None,
            'DEBUG    Starting new HTTPS connection (1): registry.git.some.domain:443\nDEBUG    https://registry.git.some.domain:443 "GET /v2/some_user/docker-registry-cleaner/tags/list HTTP/1.1" 401 176\nWARNING  Encountered a HTTP error when trying to access repository some_user/docker-registry-cleaner\n401 Client Error: Unauthorized for url: https://registry.git.some.domain/v2/some_user/docker-registry-cleaner/tags/list',
            host_alt=["registry.git.some.domain"], also_ok=["credentials.unauthorized", "credentials.insufficient_scope"],
            note="the registry cleaner run from a self-managed GitLab's CI with gitlab-ci-token gets a JWT from /jwt/auth but the registry refuses the tag listing; the maintainer: 'You need a personal access token with api scope' (the domain is the reporter's mask; the closing backtick dropped)"),
    B.entry("registry", "jupyterhub/mybinder.org-deploy#2469", "credentials", "credentials.token_expired", False, "build", None,
            "unauthorized: unauthorized to access repository: mybinder-builds/r2d-g5b5b759binder-2dexamples-2drequirements-55ab5c, action: push: unauthorized to access repository: mybinder-builds/r2d-g5b5b759binder-2dexamples-2drequirements-55ab5c, action: push",
            also_ok=["credentials.push_denied", "credentials.unauthorized"],
            note="December 2022, the OVH member of the mybinder federation: builds cannot push to its registry (the refusal is Harbor's wording); 'Nope, robot puller account expired after 30 days!', so the PR takes ovh2 out of rotation until a new robot account is set (the blockquote marker dropped)"),
    B.entry("registry", "everything2/everything2#2562", "credentials", "credentials.iam_permission_missing", False, "build", "254865750963.dkr.ecr.us-west-2.amazonaws.com",
            "Error response from daemon: pull access denied for 254865750963.dkr.ecr.us-west-2.amazonaws.com/everything2/e2lib, repository does not exist or may require 'docker login': denied: User: arn:aws:sts::254865750963:assumed-role/Docker-Builder-CodeBuild-Role/AWSCodeBuild-749228d3-4d07-4037-bd81-b631b0a0460e is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-west-2:254865750963:repository/everything2/e2lib because no identity-based policy allows the ecr:BatchGetImage action",
            also_ok=["credentials.pull_access_denied", "credentials.permission_denied"],
            note="the project's CodeBuild image build pulls its own base image from a private ECR repository and the CodeBuild role has no policy allowing ecr:BatchGetImage; the same on every run until the role's policy changes"),
    B.entry("registry", "goharbor/harbor#81", "credentials", "credentials.push_denied", False, "build", None,
            "5f70bf18a086: Preparing\n1834950e52ce: Preparing\nunauthorized: access to the requested resource is not authorized",
            also_ok=["credentials.unauthorized", "credentials.permission_denied"],
            note="April 2016, Harbor 0.1: login works but the push is refused; the maintainer asked whether the user has a project role allowing pushes to that project, and the reporter: 'Thank you, I resolved !' (trailing blanks trimmed)"),
    B.entry("registry", "coollabsio/coolify#890", "credentials", "credentials.missing", False, "build", "registry.gitlab.com",
            'app Pulling\nmysql Pulling\nredis Pulling\napp Error\nmysql Error\nredis Error\nError response from daemon: Head "https://registry.gitlab.com/v2/promology/magento211/manifests/latest": denied: access forbidden',
            also_ok=["credentials.pull_access_denied", "credentials.unauthorized"],
            note="Coolify deploying a docker-compose file whose app image is a private registry.gitlab.com image: the GitLab app integration gives access to the git repository, not the registry, so the compose pull runs without registry credentials; a commenter: 'adding GitLab App and authenticating there, doesn't mean it...' (trailing blanks trimmed)"),
    # --- the build's own: access rules and names ---------------------------------------------------------------------
    reg("Azure/acr#633", "registry", "registry.firewall_denied", False, "build", None,
        "Failed to pull image \"<acrname>.azurecr.io/<imagae-name>:02b6d84d635c3d9ff4182ad1c50d16364695d3d5\": rpc error: code Unknown desc Error response from daemon: Head \"https://<acrname>.azurecr.io/v2/<image-name>/manifests/02b6d84d635c3d9ff4182ad1c50d16364695d3d5\": denied: client with IP 'x.x.x.x' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
        host_alt=["azurecr.io"], also_ok=["credentials.denied", "connectivity.firewall_blocked"],
        note="the team restricted the registry to selected networks and Azure Container Instances can no longer pull from it; the maintainer points to registry authentication with a managed identity; the registry's own network rules, so every pull is refused until they change (placeholders are the reporter's)"),
    bld("Azure/acr-cli#61", "build.invalid_reference",
        "unauthorized: authentication required",
        head=["$ docker tag nginx myRegistry.azurecr.io/nginx", "$ docker push"], host_alt=["myRegistry.azurecr.io", "myregistry.azurecr.io"],
        also_ok=["credentials.unauthorized", "credentials.login_host_mismatch"],
        note="after az acr login, an image tagged with the mixed-case login server myRegistry.azurecr.io is pushed unauthenticated while 'The only diff is, myRegistry => myregistry' makes it succeed; ACR's FAQ since says to use the all-lowercase server URL (the blockquote marker dropped)"),
    bld("ovhlabs/sail#13", "build.invalid_reference",
        '$ docker push sailabove.io/yatooprint/samuelebistoletti/docker-statsd-influxdb-grafana\nThe push refers to a repository [sailabove.io/yatooprint/samuelebistoletti/docker-statsd-influxdb-grafana] (len: 1)\nSending image list\nError: Status 405 trying to push repository yatooprint/samuelebistoletti/docker-statsd-influxdb-grafana: "\\"Method not allowed.\\""',
        host="sailabove.io", raw_is_log=True, also_ok=["registry.request_rejected"],
        note="December 2015, OVH's Sail registry: image names there are <registry>/<account>/<name> and this one has a fourth component, which the registry answers with 405 ('il y a une 4ème composant dans le nom de l'image qui cause cette erreur')"),
    bld("youtous/docker-mailserver-traefik#5", "build.invalid_reference",
        'ERROR: Head "https://registry.gitlab.com/v2/youtous/mailserver-traefik/manifests/latest": denied: access forbidden',
        host="registry.gitlab.com", also_ok=["credentials.pull_access_denied", "build.repository_missing"],
        note="the README's example named registry.gitlab.com/youtous/mailserver-traefik, a project that does not exist, and GitLab answers a pull of a nonexistent project with access forbidden; 'the correct value is: registry.gitlab.com/youtous/docker-mailserver-traefik'"),
    bld("ambient-code/platform#669", "build.repository_missing",
        "Error: buildx failed with: ERROR: failed to build: failed to solve: failed to push quay.io/ambient_code/vteam_api_server:latest: unexpected status from HEAD request to https://quay.io/v2/ambient_code/vteam_api_server/blobs/sha256:063fbd5fac6af91f4042bbe66bae69795aa46675d5b0c800ed195ad79ed8fb02: 401 UNAUTHORIZED",
        host="quay.io", also_ok=["credentials.unauthorized", "credentials.push_denied"],
        note="February 2026: the merge that added a new component pushes to quay.io/ambient_code/vteam_api_server, a repository that does not exist in the organization ('I do not see a vteam_api_server repo in the ambient_code org'), and the workflow's robot may not create one; it fails until someone creates the repository"),
    # --- the build's own: tags, cleanup and stale images -------------------------------------------------------------
    bld("kubeflow/examples#654", "build.tag_not_found",
        'Failed to pull image "acrname.azurecr.io/preprocess": [rpc error: code = Unknown desc = Error response from daemon: manifest for acrname.azurecr.io/preprocess:latest not found: manifest unknown: manifest unknown, rpc error: code = Unknown desc = Error response from daemon: Get https://acrname.azurecr.io/v2/preprocess/manifests/latest: unauthorized: authentication required]',
        host_alt=["acrname.azurecr.io"], also_ok=["registry.artifact_not_found", "credentials.unauthorized"],
        note="the Kubeflow pipeline's step image had no tag, so AKS pulled :latest, which was never pushed to the ACR; 'It was bad on my side. The acr image needs to be with tag acrname.azurecr.io/preprocess:1' (acrname is the reporter's placeholder)"),
    bld("snok/container-retention-policy#97", "build.cleanup_deleted_image",
        "$ docker pull ghcr.io/bcgov/traction-plugins-acapy:0.5.0\n0.5.0: Pulling from bcgov/traction-plugins-acapy\n\nWhat's next:\n    View a summary of image vulnerabilities and recommendations → docker scout quickview ghcr.io/bcgov/traction-plugins-acapy:0.5.0\nmanifest unknown",
        host="ghcr.io", raw_is_log=True, also_ok=["registry.artifact_not_found", "registry.manifest_incomplete"],
        note="the retention action the project runs on its own packages (snok/container-retention-policy) deleted the untagged per-platform manifests that the tagged 0.5.0 index points to, so every pull of the tag fails with manifest unknown; 'I just had to manually rebuild and push an image'"),
    reg("openshift/origin#9526", "registry", "registry.manifest_invalid", False, "build", "docker.io",
        "Trying to pull repository docker.io/openshift/origin-base ...\nmanifest unknown: manifest unknown\nF0623 20:51:40.362871       1 helpers.go:107] error: build error: manifest unknown: manifest unknown",
        raw_is_log=True, also_ok=["registry.artifact_not_found", "build.tag_not_found"],
        note="the extended build test 'fails consistently both locally and on ci.openshift': it uses the project's own origin-base image, 'which has not been re-published since the docker v1.10 debacle', so its manifest data is unreadable; the fix is 'us pushing our infrastructure images with correct manifest data'"),
]
