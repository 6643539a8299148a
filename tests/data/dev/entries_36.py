"""Dev-set entries, batch 36 (Go module fetching and OCI registries beyond Docker Hub. Go: goproxy.io and goproxy.cn
answering 502 in an incident, a goproxy.io stream reset its maintainer fixed, gosum.io offline for a week, a 410 Gone
from sum.golang.org for a +incompatible version that cannot exist, a CI that forbids the network with GOPROXY=
http://proxy.invalid meeting Go 1.13's checksum lookups, proxy.golang.org timing out from a network that cannot reach
it, Artifactory Go remotes and virtuals answering 404, self-hosted Athens answering 500 and 404 (a TLS-intercepting
network, an ingress that routes elsewhere), the public Athens answering 504, and `go 1.22` naming a toolchain that
does not exist. Registries: helm 3.13.0's OCI regressions against ACR and GHCR, a stale ECR Public login, a kubelet
that lost its ECR credentials, oras 0.14's regression against Artifact Registry, a Harbor whose OIDC token path
answers HTML, cosign signing with a PAT that lacks SSO and verifying images never signed, a flaky in-cluster Fulcio,
Harbor targets without a project, Harbor refusing cm-push and docker push, Gitea's front proxy refusing a large layer
and closing a slow one, Artifactory refusing buildx's monolithic upload and a TeamCity push, internal and public Quay
(a repository never created, a path Quay does not take, 502 incidents seen by ctr and the runner's pull), an expired
GHCR token under podman, a chart never published, a self-hosted GitLab whose JWT endpoint hangs, a GitLab registry
out of reach, a Harbor behind nginx timing out, an ECR repository named by its URI, OpenShift's internal registry
refusing uploads). `err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus);
where a thread quoted a log inside Markdown (blockquote markers, backticks) only that markup was dropped, and the
trailing blanks of a padded line were trimmed, never a word of the log; where a quote runs on into the reporter's own
words or is cut, the entry stops at the last whole log line, and a prefix the reporter typed before the log ("# output:
") is left out; reporters' maskings and elisions ("xxx", "***", "...") are kept as written. Hosts follow the README's
strict rule: a host is given only where a line of the log names it for the failing call; an inferred, masked or
placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501, RUF001
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"kgretzky/evilginx2#1100", "sigstore/cosign#6"}

B = Batch(PULLS)
gop = B.family("goproxy", "go")
gown = B.build("goproxy")
reg = B.family("registry")
cred = B.family("credentials")
net = B.family("connectivity")
own = B.build("registry")

HELM_313 = ("helm 3.13.0's OCI client regression (the same commands pass on 3.12.3; fixed in a later 3.13 release): "
            "nothing in the registry or the job changed, and re-running the same helm fails the same")
QUAY_5XX = "a Quay.io incident: the registry answers 5xx for every client until it is resolved, later runs pass"

E = [
    # --- Go: public proxies answering 5xx ------------------------------------------------------------------------------
    gop("goproxy/goproxy.cn#55", "goproxy", "goproxy.server_status", True, "service", "goproxy.cn",
        "go get github.com/kataras/iris: module github.com/kataras/iris: reading http://goproxy.cn/github.com/kataras/iris/@v/list: 502 Bad Gateway",
        cmd="go get github.com/kataras/iris", also_ok=["goproxy.server_error", "goproxy.bad_status"],
        note="the maintainer: an incident, the CDN could not reach the origin ('CI 炸红了一片'); the provider rerouted the origin line and the service recovered the same day"),
    gop("goproxyio/goproxy#197", "goproxy", "goproxy.fetch_failed", True, "service", None,
        "github.com/libp2p/go-libp2p-core/peer: github.com/libp2p/go-libp2p-core@v0.14.0: stream error: stream ID 43; INTERNAL_ERROR; received from peer",
        host_alt=["goproxy.io"], also_ok=["connectivity.stream_reset", "goproxy.server_error"],
        note="with GOPROXY=https://goproxy.io the HTTP/2 stream is reset by the proxy while go1.18 asks for the new list path; the maintainer fixed the proxy the next day ('Fixed')"),
    gop("micro/go-micro#1377", "goproxy", "goproxy.server_status", True, "service", "athens.azurefd.net",
        "build command-line-arguments: cannot load github.com/micro/go-micro/v2/client: module github.com/micro/go-micro/v2/client: reading https://athens.azurefd.net/github.com/micro/go-micro/v\n2/client/@v/list: 504 Gateway Timeout",
        also_ok=["goproxy.server_error", "goproxy.fetch_timeout"],
        note="the public Athens at athens.azurefd.net times out fetching the list; the maintainer: 'mostly problem with go mod proxy'. The URL's line break is the reporter's paste"),
    # --- Go: the checksum database and GOPROXY settings ----------------------------------------------------------------
    gown("minio/minio-go#1175", "build.go_module_config",
         "go: downloading github.com/minio/minio-go v6.0.23+incompatible\nverifying github.com/minio/minio-go@v6.0.23+incompatible: github.com/minio/minio-go@v6.0.23+incompatible: reading https://sum.golang.org/lookup/github.com/minio/minio-go@v6.0.23+incompatible: 410 Gone",
         host="sum.golang.org", t="go", cmd="GO111MODULE=on go get github.com/minio/minio-go/v6", also_ok=["goproxy.not_found", "goproxy.bad_status"],
         note="labelled 'working as intended': the module has a go.mod, so a +incompatible v6 cannot exist and the checksum database answers 410 every time; the import path (/v6) and the local module setup are the fix"),
    gown("elastic/apm-agent-go#630", "build.go_module_config",
         "[2019-09-04T07:39:27.213Z] go: finding gopkg.in/src-d/go-git-fixtures.v3 v3.3.0\n[2019-09-04T07:39:31.419Z] verifying go.elastic.co/fastjson@v1.0.0/go.mod: go.elastic.co/fastjson@v1.0.0/go.mod: Get http://proxy.invalid/sumdb/sum.golang.org/supported: dial tcp: lookup proxy.invalid on 169.254.169.254:53: no such host\n[2019-09-04T07:39:31.419Z] 2019/09/04 07:39:30 exit status 1\n[2019-09-04T07:39:31.419Z] exit status 1\n[2019-09-04T07:39:31.419Z] Makefile:29: recipe for target 'check-modules' failed\n[2019-09-04T07:39:31.419Z] make: *** [check-modules] Error 1\nscript returned exit code 2",
         host="proxy.invalid", raw_is_log=True, also_ok=["dns.no_such_host", "goproxy.config_invalid"],
         note="the check sets GOPROXY to an unresolvable proxy.invalid on purpose (modules must come from the cache); the failing stages 'are using 1.13', whose checksum-database lookups go through GOPROXY: a configuration meeting a new Go, not the network"),
    gop("hybridgroup/gocv#869", "connectivity", "connectivity.timeout", False, "local", "proxy.golang.org",
        "go: github.com/pascaldekloe/goe@v0.1.0: Get https://proxy.golang.org/github.com/pascaldekloe/goe/@v/v0.1.0.mod: dial tcp 172.217.160.81:443: i/o timeout\nmake: *** [Makefile:212: verify] Error 1",
        t="raw", cmd="make verify", host_alt=["172.217.160.81:443", "172.217.160.81"], also_ok=["goproxy.fetch_timeout", "goproxy.fetch_failed"],
        note="unanswered: the build machine cannot open a connection to proxy.golang.org's front end at all (a blocked network; the usual fix is a reachable GOPROXY), labelled from the log"),
    # --- Go: repository managers and self-hosted Athens ---------------------------------------------------------------
    gop("jfrog/gocenter#10", "goproxy", "goproxy.not_found", False, "service", "artifactory",
        "go: github.com/go-openapi/analysis@v0.19.0: unexpected status (https://artifactory/artifactory/api/go/go-proxy-official/github.com/go-openapi/analysis/@v/v0.19.0.info): 404 Not Found",
        cmd="go get github.com/go-openapi/analysis@v0.19.0", also_ok=["goproxy.bad_status"],
        note="an Artifactory Go remote in front of GoCenter; the maintainer gets the module straight from gocenter.io: 'You might have an issue with your Artifactory setup'"),
    gop("jfrog/project-examples#128", "goproxy", "goproxy.not_found", False, "build", "cyrusbio.jfrog.io",
        "[Info] Using vgo: go version go1.10.2 darwin/amd64 vgo:2018-02-20.1\n\nvgo: rsc.io/quote v1.5.2: unexpected status (https://<user>:<pw>@cyrusbio.jfrog.io/cyrusbio/api/go/go-virtual/rsc.io/quote/@v/v1.5.2.mod): 404 Not Found\nvgo: unexpected status (https://<user>:<pw>@cyrusbio.jfrog.io/cyrusbio/api/go/go-virtual/rsc.io/quote/@v/v1.5.2.mod): 404 Not Found\n{\n  \"status\": \"failure\",\n  \"totals\": {\n    \"success\": 0,\n    \"failure\": 1\n  }\n}\n[Error] exit status 1",
        t="raw", cmd="jfrog rt go build --no-registry",
        note="the Go virtual repository does not have the dependency; the maintainer explains what --no-registry changes about where dependencies come from: the command's flags, the same on every run"),
    gop("gomods/athens#1690", "goproxy", "goproxy.server_error", False, "service", "athens-proxy.default.svc.cluster.local",
        "+ go build -a -ldflags '-X main.version=v3.0.2-0-g271a825f -extldflags \"-static\"' -o ./bin/snapshot-controller ./cmd/snapshot-controller\ngo: k8s.io/kubernetes@v1.19.0 requires\n\tgithub.com/GoogleCloudPlatform/k8s-cloud-provider@v0.0.0-20200415212048-7901bc822317 requires\n\tgoogle.golang.org/api@v0.15.1-0.20200106000736-b8fc810ca6b5: reading http://athens-proxy.default.svc.cluster.local/google.golang.org/api/@v/v0.15.1-0.20200106000736-b8fc810ca6b5.mod: 500 Internal Server Error",
        t="raw", also_ok=["goproxy.server_status", "goproxy.bad_status"],
        note="an in-cluster Athens with S3 storage answers 500 for one pseudo-version every time these two repositories build (open); a 5xx from the build's own proxy that a re-run does not cure"),
    gop("gomods/athens#1417", "goproxy", "goproxy.not_found", False, "local", "localhost:3000",
        "go: finding rsc.io/sampler v1.3.1\ngo: finding rsc.io v1.3.1\ngo get rsc.io/sampler@v1.3.1: unexpected status (http://localhost:3000/rsc.io/sampler/@v/v1.3.1.info): 404 Not Found",
        cmd="go get rsc.io/sampler@v1.3.1", also_ok=["goproxy.bad_status", "connectivity.untrusted_certificate"],
        note="the title: a network that performs TLS MiTM; Athens's own fetches of rsc.io fail ('no go-import meta tags') and it reports them to go as 404 Not Found"),
    gop("gomods/athens#1897", "goproxy", "goproxy.not_found", False, "service", "api.driveguard.net",
        "go: downloading github.com/lib/pq v1.10.9\ngo: github.com/youngjun827/api-std-lib/cmd/api imports\n        github.com/lib/pq: github.com/lib/pq@v1.10.9: reading http://api.driveguard.net/github.com/lib/pq/@v/v1.10.9.zip: 404 Not Found\n        server response: 404 page not found",
        cmd="go mod tidy", also_ok=["goproxy.bad_status"],
        note="a self-hosted Athens on Kubernetes: '404 page not found' is a Go default mux's body, so the host routes /@v/ paths to something other than Athens (open, unanswered); the same on every run"),
    # --- Go: toolchains -------------------------------------------------------------------------------------------------
    gown("kgretzky/evilginx2#1100", "build.go_module_config",
         "go: downloading go1.22 (linux/amd64)\ngo: download go1.22 for linux/amd64: toolchain not available\nmake: *** [Makefile:8: build] Error 1",
         t="go", cmd="make build", also_ok=["build.toolchain_missing"],
         note="go.mod says `go 1.22` and the installed Go is older, so it tries to switch to a toolchain named go1.22, which was never released (the first is go1.22.0): the PR changes the go line"),
    # --- registries: helm and oras against ACR, GHCR, ECR, GAR --------------------------------------------------------
    reg("helm/helm#12423", "local", "local.client_regression", False, "local", None,
        "Error: unexpected status from HEAD request to https://xxxxxxxxxxx.azurecr.io/v2/charts/xxxxxxxxxx/manifests/xxxxxxxx: 401 Unauthorized",
        cmd="helm pull oci://xxxxxxxx.azurecr.io/charts/xxxxx --version xxxxxxx --untar", host_alt=["xxxxxxxxxxx.azurecr.io"],
        also_ok=["credentials.unauthorized"],
        note=HELM_313 + "; here an ACR repository with anonymous pull enabled (the x's are the reporter's masking)"),
    reg("helm/helm#12449", "local", "local.client_regression", False, "local", "ghcr.io",
        "Error: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aapollographql%2Fhelm-charts%2Frouter%3Apull&scope=repository%3Auser%2Fimage%3Apull&service=ghcr.io: 403 Forbidden",
        cmd="docker run -it alpine/helm:3.13.0 pull oci://ghcr.io/apollographql/helm-charts/router --version 1.31.0",
        also_ok=["credentials.token_failed", "credentials.pull_access_denied"],
        note=HELM_313 + "; a public GHCR chart, the token request carries a stray repository:user/image:pull scope that GHCR refuses"),
    cred("awslabs/eksdemo#64", "credentials", "credentials.ecr_token_expired", False, "local", "public.ecr.aws",
         "Downloading Chart: oci://public.ecr.aws/karpenter/karpenter:v0.26.1\nError: failed to download chart: pulling from host public.ecr.aws failed with status code [manifests v0.26.1]: 403 Forbidden\nPlease review: https://docs.aws.amazon.com/AmazonECR/latest/public/public-troubleshooting.html",
         also_ok=["credentials.pull_access_denied"],
         note="helm sends a stale saved ECR Public login and ECR Public refuses the expired token though the chart needs none; 'Issue resolved after doing helm registry logout public.ecr.aws' (the PR then logs out and retries)"),
    cred("kubernetes/community#4003", "credentials", "credentials.no_basic_auth", False, "local", None,
         "Failed to pull image \"\": rpc error: code = Unknown desc = Error response from daemon: Get https://XXXXXX.dkr.ecr.ap-southeast-1.amazonaws.com/v2/webbook/webbook/manifests/latest: no basic auth credentials",
         host_alt=["XXXXXX.dkr.ecr.ap-southeast-1.amazonaws.com"], also_ok=["credentials.ecr_token_expired"],
         note="EKS nodes that pulled from ECR for a month suddenly send no credentials; 'We were able to fix this issue after we restart the kubelet service' (its ECR credential refresh had stopped)"),
    reg("oras-project/oras#532", "local", "local.client_regression", False, "local", "us-east4-docker.pkg.dev",
        "Error: PUT \"https://us-east4-docker.pkg.dev/artifacts-uploads/namespaces/mabenoit-oci-cs/repositories/oci-artifacts/uploads/...=sha256%...\": unexpected status code 400: Bad Request",
        cmd="oras push $region-docker.pkg.dev/$project/$containerRegistryName/my-namespace-artifact:v1 test-namespace.tar",
        also_ok=["registry.request_rejected"],
        note="labelled bug: oras 0.14.0's upload to Google Artifact Registry is refused where 0.13.0 pushed the same artifact (the '...' are the reporter's elisions)"),
    cred("oras-project/oras#205", "credentials", "credentials.token_failed", False, "service", None,
         "Uploading a948904f2f0f artifact.txt\nError: failed to authorize: failed to fetch oauth token: unable to decode token response: invalid character '<' looking for beginning of value",
         cmd="oras push harbor.dsml-csfp-2.ccsp.dyn.nesc.nokia.net/kubeflowprofiles/hello-artifact:v1 --manifest-config /dev/null:application/vnd.acme.rocket.config ./artifact.txt --insecure",
         host_alt=["harbor.dsml-csfp-2.ccsp.dyn.nesc.nokia.net"],
         note="a Harbor 1.8 whose authentication is Keycloak OIDC answers the OAuth2 token request with an HTML page; the maintainer: 'an error in the OAuth2 path', closed as an auth error"),
    # --- registries: cosign ---------------------------------------------------------------------------------------------
    cred("sigstore/cosign#2930", "credentials", "credentials.token_permissions", False, "build", "ghcr.io",
         "Error: signing [ghcr.io/ORG/IMAGE@sha256:DIGEST]: accessing image: entity not found in registry\nmain.go:74: error during command execution: signing [ghcr.io/ORG/IMAGE@sha256:DIGEST]: accessing image: entity not found in registry",
         cmd="cosign sign ghcr.io/ORG/IMAGE@sha256:DIGEST", also_ok=["registry.artifact_not_found", "build.tag_not_found"],
         note="the PAT had not been authorized for the organization's SAML SSO, and GHCR answers 404 for the private package, so cosign says the image does not exist"),
    cred("sigstore/policy-controller#342", "credentials", "credentials.token_failed", True, "service", "fulcio.fulcio-system.172.18.255.1.sslip.io",
         "  Error: signing [registry.local:5000/policy-controller/demo@sha256:d64b1447978c2f7e1189ea0c0af5591775a939f502d844049a5f04fcf1bfa770]: getting signer: getting key from Fulcio: retrieving cert: POST http://fulcio.fulcio-system.172.18.255.1.sslip.io/api/v1/signingCert returned 401 Unauthorized: \"{\\\"code\\\":16,\\\"message\\\":\\\"There was an error processing the credentials for this request\\\",\\\"details\\\":[]}\"",
         head=[" Sign demo image"],
         note="titled 'flaky job': the e2e job's in-cluster Fulcio periodically refuses the OIDC token it is handed; other runs of the same job sign"),
    own("Aureliolo/synthorg#532", "build.signature_missing",
        "Verifying ghcr.io/aureliolo/synthorg-backend:0.3.2...\n  Resolved digest: sha256:3b6029ac...\nimage verification failed: verifying ghcr.io/aureliolo/synthorg-backend:0.3.2:\n  cosign signature: fetching cosign signature for ghcr.io/aureliolo/synthorg-backend:0.3.2:\n  GET .../manifests/sha256-3b6029ac....sig: MANIFEST_UNKNOWN: manifest unknown",
        host="ghcr.io", cmd="synthorg start", also_ok=["registry.artifact_not_found", "build.tag_not_found"],
        note="CI signs with cosign v2 keyless, which stores no `.sig` tag in the registry, while the CLI looks for the v1 `.sig` tag: the fix signs with --registry-referrers-mode and reads referrers (the '...' are the issue's elisions)"),
    own("sigstore/cosign#6", "build.signature_missing",
        "error: GET https://index.docker.io/v2/library/ubuntu/manifests/sha256-703218c0465075f4425e58fac086e09e1de5c340b12976ab9eb8ad26615c3715: MANIFEST_UNKNOWN: manifest unknown; map[Tag:sha256-703218c0465075f4425e58fac086e09e1de5c340b12976ab9eb8ad26615c3715]",
        host="index.docker.io", cmd="cosign verify -key=cosign.pub ubuntu", also_ok=["registry.artifact_not_found", "build.tag_not_found"],
        note="the PR's 'before': verifying an image that was never signed, the signature tag does not exist; the PR only rewords the message"),
    # --- registries: Harbor ---------------------------------------------------------------------------------------------
    own("goharbor/harbor#18656", "build.repository_missing",
        "Error: unexpected status from HEAD request to https://harbor.xxx.cn/v2/chartrepo/charts/gpu-operator/blobs/sha256:e0e5c0c37037fee94b40dffef2da1ca3eddd5cd924408d0ffd2f6f11a7ad634d: 401 Unauthorized",
        host="harbor.xxx.cn", cmd="helm push gpu-operator.tgz oci://harbor.xxx.cn/chartrepo/charts", also_ok=["credentials.unauthorized", "build.invalid_reference"],
        note="the maintainer: 'Target is wrong: it should be oci://harbor.xxx.cn/<project_name>': the chartrepo/ path of the old ChartMuseum API is no project, and Harbor answers 401"),
    cred("goharbor/harbor#14526", "credentials", "credentials.unauthorized", False, "build", None,
         "Pushing harbor-0.0.1.tgz to lib...\nError: 401: could not properly parse response JSON: {\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"UnAuthorized\"}]}",
         cmd="helm push -u admin -p <omitted> ./harbor-0.0.1.tgz sample", host_alt=["artifact.aee.atomi.cloud"],
         note="helm-push (cm-push) to a private project's ChartMuseum: Harbor's core log shows 'an unauthorized security context generated' for the upload though installing works; stale, unresolved"),
    cred("goharbor/harbor#18806", "credentials", "credentials.push_denied", False, "service", None,
         "unauthorized: unauthorized to access repository: test/image, action: push: unauthorized to access repository: test/image, action: push",
         t="push", image="harbor.domain.com/test/image:latest", host_alt=["harbor.domain.com"], also_ok=["credentials.unauthorized"],
         note="a fresh Harbor installed with its Helm chart behind an ingress: login succeeds, every push to the new project is refused (the reporter moved to harbor-helm; an install-side problem, not the job)"),
    own("goharbor/harbor#6141", "build.repository_missing",
        "docker push docker.ilanni.com/alpine:latest The push refers to repository [docker.ilanni.com/alpine] df64d3292fd6: Retrying in 1 second  received unexpected HTTP status: 500 Internal Server Error",
        host="docker.ilanni.com", also_ok=["registry.server_error"],
        note="the reporter, closing: the project had not been created ('因为没有创建项目导致'); Harbor 1.6 answers 500 to a push into a missing project"),
    reg("goharbor/harbor#18508", "registry", "registry.server_error", True, "service", None,
        "The push refers to repository [ip/pipeline/image]\n79cbc3c25a75: Preparing\n87214584935a: Preparing\n5c17c2efc254: Preparing\n51bf9e81fc00: Preparing\neaadf720213d: Preparing\n8e4fb40b889e: Preparing\nb53738361cc7: Preparing\n7981c869eeeb: Preparing\nb5ebffba54d3: Preparing\n8e4fb40b889e: Waiting\nb53738361cc7: Waiting\nb5ebffba54d3: Waiting\n7981c869eeeb: Waiting\n87214584935a: Layer already exists\n8e4fb40b889e: Layer already exists\n79cbc3c25a75: Layer already exists\nb53738361cc7: Layer already exists\n7981c869eeeb: Layer already exists\nb5ebffba54d3: Layer already exists\n5c17c2efc254: Layer already exists\nreceived unexpected HTTP status: 504 Gateway Time-out",
        cmd="docker push ip/pipeline/image", also_ok=["connectivity.client_timeout"],
        note="'sometimes I see this kind of behaviour': Harbor 2.2's nginx times out waiting for core during a push; other pushes pass (stale). 'ip' is the reporter's placeholder"),
    # --- registries: Gitea, Artifactory -------------------------------------------------------------------------------
    reg("go-gitea/gitea#20420", "registry", "registry.request_rejected", False, "service", None,
        "error parsing HTTP 413 response body: invalid character '<' looking for beginning of value: \"<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body>\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>nginx/1.21.5</center>\\r\\n</body>\\r\\n</html>\\r\\n\"",
        cmd="docker push",
        note="Gitea's container registry behind an nginx (its version in the page) whose body-size limit refuses a layer; the fix is client_max_body_size, a re-run is refused the same"),
    reg("go-gitea/gitea#31793", "registry", "registry.request_rejected", False, "service", "git.domain.com",
        "#14 pushing layer 408568b8af61 725.15MB / 725.15MB 358.6s done\n#14 pushing layer 0ae121d8b283 358.6s done\n#14 pushing layer 5a110aa3f10d 358.6s done\n#14 pushing layer ef352e7cbd50 358.6s done\n#14 pushing layer 78561cef0761 358.6s done\n#14 ERROR: unknown: Client Closed Request\n------\n > pushing git.domain.com/user/project:main with docker:\n------\nERROR: unknown: Client Closed Request\n::group::Reference\ndefault/default/ycrwvrjlj5jflhfak0nmeos96\n::endgroup::\n::group::Check build summary support\n::warning::Build summary is not yet supported on GHES\n::endgroup::\n::error::buildx failed with: ERROR: unknown: Client Closed Request",
        head=["Run docker/build-push-action@v6"], raw_is_log=True, also_ok=["registry.server_error", "connectivity.client_timeout"],
        note="Gitea Actions pushing a 725MB layer for six minutes to the instance's own registry: the proxy in front ends the upload (nginx's 499); needs-feedback, the same each time"),
    cred("jfrog/teamcity-artifactory-plugin#177", "credentials", "credentials.push_denied", False, "build", None,
         " com.github.dockerjava.api.exception.DockerClientException: Could not push image: error from registry: User is unauthorized to upload to distribution-docker-local/corp/serviceengine/java-sample/_uploads\n17:33:43   Error message: com.github.dockerjava.api.exception.DockerClientException: Could not push image: error from registry: User is unauthorized to upload to distribution-docker-local/corp/serviceengine/java-sample/_uploads",
         raw_is_log=True, also_ok=["credentials.unauthorized"],
         note="the TeamCity Artifactory plugin's docker push: none of the credential settings the reporter tried reaches the push, Artifactory refuses the upload (open)"),
    # --- registries: Quay ---------------------------------------------------------------------------------------------
    own("podman-container-tools/podman#19247", "build.invalid_reference",
        "Getting image source signatures\nError: trying to reuse blob sha256:0c23ed2428e1ef41fdb571789f6968dd47c95135311b1c8bf56462c98581694b at destination: Requesting bearer token: invalid status code from registry 400 (Bad Request)",
        cmd="podman push id_f431c8b  quay.MYSUBDOMAIN.MYDOMAIN.com/organization_name/repository_name/id_f431c8b",
        host_alt=["quay.MYSUBDOMAIN.MYDOMAIN.com"], also_ok=["credentials.token_failed", "build.repository_missing"],
        note="an internal Quay whose robot may write organization_name/repository_name: the push names a third path level under the repository, which Quay's token endpoint rejects with 400 (labelled from the commands in the issue)"),
    own("sclorg/s2i-python-container#714", "build.repository_missing",
        "/usr/bin/podman manifest push --quiet --digestfile python-312-c10s-c10s_digest.txt python-312-c10s:c10s quay.io/sclorg/python-312-c10s:c10s --all --tls-verify=true --creds=***:***\nError: trying to reuse blob sha256:388184f84e0a7b2fd7ac01f2aaa87aef6f25e078705497001fb0356698118739 at destination: checking whether a blob sha256:388184f84e0a7b2fd7ac01f2aaa87aef6f25e078705497001fb0356698118739 exists in quay.io/sclorg/python-312-c10s: unauthorized: authentication required",
        host="quay.io", also_ok=["credentials.push_denied", "credentials.unauthorized"],
        note="the quay.io repository for the new c10s image did not exist and the robot may not create it; the maintainer: 'Now it exists' (the blockquote's '> ' dropped)"),
    cred("ansible-community/images#87", "credentials", "credentials.token_failed", False, "build", "ghcr.io",
         "❯ podman push ghcr.io/ansible-community/community-ee-base:2.17.1-1\nGetting image source signatures\nCopying blob eb782da04145 done   |\nCopying blob 5d81d317fafa done   |\nCopying blob 1073fe9bc8fa done   |\nCopying blob 9efd1273ec9d done   |\nCopying blob d0d562acde47 done   |\nCopying blob 1169780961bb done   |\nCopying blob 4ce9923079ed done   |\nCopying blob af5d059ea4f6 done   |\nCopying blob f5b535482f22 done   |\nCopying blob 2b59d67e8143 done   |\nCopying blob 18e2bb895b00 done   |\nCopying blob c9b33d7ec67c done   |\nCopying blob 5f40e3568d69 done   |\nError: writing blob: Requesting bearer token: invalid status code from registry 403 (Forbidden)",
         also_ok=["credentials.push_denied", "credentials.unauthorized"],
         note="'The Github Token expired on the day of the release': login still succeeds, the push's token request is refused (the padded lines' trailing blanks trimmed)"),
    own("DandyDeveloper/charts#318", "build.repository_missing",
        "Error: GET \"https://ghcr.io/v2/dandydeveloper/charts/redis-ha/tags/list\": GET \"https://ghcr.io/token?scope=repository%3Adandydeveloper%2Fcharts%2Fredis-ha%3Apull&service=ghcr.io\": unexpected status code 401: unauthorized: authentication required",
        host="ghcr.io", cmd="helm pull oci://ghcr.io/dandydeveloper/charts/redis-ha", also_ok=["credentials.pull_access_denied", "credentials.unauthorized"],
        note="the maintainer: 'the registry is probably neither live nor public': the OCI chart was never published, and GHCR answers 401 for a package that is not there"),
    # --- registries: GitLab's, ECR, OpenShift --------------------------------------------------------------------------
    net("crosscloudci/cross-cloud#9", "connectivity", "connectivity.client_timeout", False, "service", "gitlab.cncf.ci",
        "Unable to find image 'registry.cncf.ci/coredns/coredns:c737c741' locally\ndocker: Error response from daemon: Get https://registry.cncf.ci/v2/coredns/coredns/manifests/c737c741: Get https://gitlab.cncf.ci/jwt/auth?scope=repository%3Acoredns%2Fcoredns%3Apull&service=container_registry: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).\nSee 'docker run --help'.",
        cmd="docker run registry.cncf.ci/coredns/coredns:c737c741", host_alt=["registry.cncf.ci"], also_ok=["credentials.token_failed", "registry.metadata_timeout"],
        note="a self-hosted GitLab's registry: its JWT endpoint hangs for every pull and login for days; 'Restarted gitlab, seems to have cleared the issue'"),
    net("rickhelmus/patRoon#75", "connectivity", "connectivity.client_timeout", True, "service", "uva-hva.gitlab.host:4567",
        "Unable to find image 'uva-hva.gitlab.host:4567/r.helmus/patroon/patroonrs:latest' locally\ndocker: Error response from daemon: Get \"https://uva-hva.gitlab.host:4567/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).\nSee 'docker run --help'.",
        cmd="docker run --rm -it uva-hva.gitlab.host:4567/r.helmus/patroon/patroonrs", host_alt=["uva-hva.gitlab.host"],
        also_ok=["connectivity.timeout", "registry.metadata_timeout"],
        note="a project's image moved to a GitLab instance's registry; the maintainer: no login is needed and it works, 'Maybe this was a temporary issue with the host?'"),
    own("aws-actions/amazon-ecr-login#4", "build.repository_missing",
        "name unknown: The repository with name '***.dkr.ecr.us-east-1.amazonaws.com/contenttech' does not exist in the registry with id '***'\n##[error]Process completed with exit code 1.",
        raw_is_log=True, also_ok=["build.invalid_reference", "registry.request_rejected"],
        note="the reporter: ECR_REPOSITORY was set to the registry URL plus name instead of the repository's name, so the tag names a repository that cannot exist"),
    reg("openshift/origin#4510", "registry", "registry.server_error", False, "service", "172.30.15.144:5000",
        "I0903 11:57:52.941852       1 sti.go:134] Pushing 172.30.15.144:5000/test/kitchensink-example image ...\nE0903 11:58:09.053839       1 dockerutil.go:50] push for image 172.30.15.144:5000/test/kitchensink-example failed, will retry in 10s ...\nE0903 11:58:34.769912       1 dockerutil.go:50] push for image 172.30.15.144:5000/test/kitchensink-example failed, will retry in 10s ...\nF0903 11:59:01.105431       1 builder.go:70] Build error: Failed to push image: Error pushing to registry: Server error: unexpected 400 response status trying to initiate upload of test/kitchensink-example",
        raw_is_log=True, also_ok=["registry.request_rejected"],
        note="a build-deploy loop against OpenShift's internal registry: after 85 good builds the registry refuses to start uploads, the builder's own three retries fail alike (the registry's log was in a private pastebin)"),
    # --- added after the first run, for threads an earlier batch or the held-out corpus had (labelled before scoring) ---
    gown("MicrosoftDocs/azure-devops-docs#9814", "build.go_module_config",
         "go: downloading dev.azure.com/myorg/myproject/pulsaradapter.git v0.0.0-20201211023249-f2b661c7768f\ngo get dev.azure.com/myorg/myproject/pulsaradapter.git@1073: dev.azure.com/myorg/myproject/pulsaradapter.git@v0.0.0-20201211023249-f2b661c7768f: verifying module: dev.azure.com/myorg/myproject/pulsaradapter.git@v0.0.0-20201211023249-f2b661c7768f: reading https://sum.golang.org/lookup/dev.azure.com/myorg/!myproject/pulsaradapter.git@v0.0.0-20201211023249-f2b661c7768f: 410 Gone\n        server response:\n        not found: dev.azure.com/myorg/myproject/pulsaradapter.git@v0.0.0-20201211023249-f2b661c7768f: invalid version: git fetch -f origin refs/heads/*:refs/heads/* refs/tags/*:refs/tags/* in /tmp/gopath/pkg/mod/cache/vcs/2af3f2ae10b32b5e53fd191e041fc1e3751ac7b215c92b3d0b823915f73813be: exit status 128:\n                fatal: unable to connect to dev.azure.com:\n                dev.azure.com[0: 13.107.42.20]: errno=Connection refused\n                dev.azure.com[1: 2620:1ec:21::20]: errno=Connection refused",
         host="sum.golang.org", t="go", cmd="go get dev.azure.com/myorg/myproject/myrepo.git@1073", also_ok=["goproxy.not_found", "goproxy.bad_status", "credentials.git_auth"],
         note="a private Azure Repos module fetched with no GOPRIVATE/GONOSUMDB: the checksum database tries to fetch it itself, cannot reach the private repository, and answers 410; the same on every run until the module is marked private"),
    gown("renovatebot/renovate#8677", "build.go_module_config",
         "Command failed: go get -d ./...\ngo: <private-go-lib>: verifying go.mod: <private-go-lib>/go.mod: reading <private-go-lib>: 410 Gone\n\tserver response: not found: <private-go-lib>: unrecognized import path \"<private-go-lib>\": https fetch: Get \"<private-go-lib>?go-get=1\": dial tcp: lookup <private-go-lib-domain> on [2001:4860:4860::8888]:53: server misbehaving",
         raw_is_log=True, also_ok=["goproxy.not_found", "dns.server_misbehaving"],
         note="Renovate's go get for a library reachable only through the company's GOPROXY: go.sum verification still goes to the public checksum database, which cannot resolve the private domain and answers 410 (the placeholders are the reporter's)"),
    gop("goproxyio/goproxy#124", "goproxy", "goproxy.not_found", False, "service", "127.0.0.1:8081",
        " reading http://127.0.0.1:8081/xxx.company.com/golang/xxxx/@v/list: 404 Not Found",
        cmd="GOPROXY=http://127.0.0.1:8081 go get -u -v  xxx.company.com/golang/xxxx", also_ok=["goproxy.bad_status"],
        note="a self-hosted goproxy excluding the company's domain runs `go list` without GO111MODULE=on ('go list -m: not using modules') and 404s every private module; the reporter's fix is that variable on the proxy"),
    cred("Luzilla/dnsbl_exporter#313", "credentials", "credentials.ghcr_write_denied", False, "build", "ghcr.io",
         "Successfully packaged chart and saved it to: /home/runner/work/dnsbl_exporter/dnsbl_exporter/dnsbl-exporter-0.3.0.tgz\nError: failed to perform \"Push\" on destination: POST \"https://ghcr.io/v2/luzilla/charts/dnsbl-exporter/blobs/uploads/\": response status code 403: denied: permission_denied: write_package",
         cmd="helm push dnsbl-exporter-0.3.0.tgz oci://ghcr.io/luzilla/charts", also_ok=["credentials.push_denied", "credentials.token_permissions"],
         note="helm push of a chart from the release workflow with packages: write set; 'There's another setting in the actual GHCR where you have to enable it' (the package's Actions access): every run fails until it is granted"),
    cred("helm/helm#12234", "credentials", "credentials.push_denied", False, "local", "192.168.64.1:6000",
         "Error: unexpected status from POST request to https://192.168.64.1:6000/v2/charts/openebs/blobs/uploads/: 403 Forbidden",
         cmd="helm  push openebs-3.4.1.tgz   oci://192.168.64.1:6000/charts --insecure-skip-tls-verify", also_ok=["credentials.unauthorized", "local.client_regression"],
         note="a zot registry with basic auth: after a successful helm registry login the upload is refused because helm 3.12 never sends the stored credentials on that request; patching helm to send them made it work"),
    cred("helm/helm#11757", "credentials", "credentials.token_failed", True, "service", None,
         "Error: failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden",
         cmd="helm pull --debug oci://europe-west3-docker.pkg.dev/engineering-368717/helm-registry/staging/email-service --version 0.1.0",
         host_alt=["europe-west3-docker.pkg.dev"], also_ok=["credentials.pull_access_denied"],
         note="Artifact Registry with a JSON key login: the pull fails 'in 90% of cases' and sometimes succeeds with the same credentials (open): helm falls back to an anonymous token GAR refuses"),
    cred("helm/community#390", "credentials", "credentials.missing", False, "build", None,
         "Error: unexpected status from HEAD request to https://ARTIFACTORY_AUTHORITY/v2/MY_HELM_REPO/PATH/TO/LOCATION/test-chart/manifests/0.1.0: 403 Forbidden",
         cmd="helm push --debug test-chart-0.1.0.tgz oci://ARTIFACTORY_AUTHORITY/MY_HELM_REPO/PATH/TO/LOCATION", host_alt=["ARTIFACTORY_AUTHORITY"],
         also_ok=["credentials.push_denied", "credentials.unauthorized"],
         note="an Artifactory helmoci repository: the push works after helm registry login and is refused when only docker login was done, so helm sends no credentials (the placeholders are the reporter's; the blockquote's '> ' dropped)"),
    own("sigstore/cosign#543", "build.tag_not_found",
        "error: GET https://ghcr.io/v2/jimbugwadia/pause/manifests/sha256:b31bfb4d0213f254d361e0079deaaebefa4f82ba7aa76ef82e90b4935ad5b105: MANIFEST_UNKNOWN: manifest unknown",
        host="ghcr.io", cmd="cosign verify -key ~/cosign.pub ghcr.io/jimbugwadia/pause@sha256:b31bfb4d0213f254d361e0079deaaebefa4f82ba7aa76ef82e90b4935ad5b105",
        also_ok=["registry.artifact_not_found", "build.signature_missing"],
        note="the PR's example: verifying an image by a digest that is not in the repository (wrong or deleted) now fails on the image itself instead of a missing signature"),
    own("aws-actions/amazon-ecr-login#166", "build.repository_missing",
        "name unknown: The repository with name 'service-t' does not exist in the registry with id '***'\n\nError: Process completed with exit code 1.",
        raw_is_log=True, also_ok=["registry.request_rejected"],
        note="ECR does not create repositories on push: the workflow pushes to a service-t repository that was never created in that account and region (unanswered; the reporter checked the name)"),
]
