"""Dev-set entries, batch 7 (private and cloud registries, the Actions cache, npm/yarn/pnpm, Go proxies, BuildKit
builders, runner disks). `err` is verbatim from the source (a GitHub thread found with the search tool's `issues`
corpus)."""
# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from tests.data.dev.common import e

GH = "https://github.com/"


PULLS = {"docker/build-push-action#1115", "GoogleCloudPlatform/cymbal-superstore#4", "product-os/flowzone#1523",
         "rvolosatovs/docker-protobuf#289", "CERT-Polska/mwdb-core#515", "hendrikmuhs/ccache-action#59"}  # fmt: skip


def src(ref: str) -> str:
    owner_repo, num = ref.split("#")
    return f"{GH}{owner_repo}/{'pull' if ref in PULLS else 'issues'}/{num} ({ref})"


def cred(
    ref: str, host: str | None, t: str, err: str, cause: str = "credentials.unauthorized", **kw: Any
) -> dict[str, Any]:
    return e("registry", src(ref), "credentials", cause, False, "service", host, t, err, **kw)


def reg(
    ref: str, host: str | None, t: str, err: str, retry: bool = True, cause: str = "registry.server_error", **kw: Any
) -> dict[str, Any]:
    return e("registry", src(ref), "registry", cause, retry, "service", host, t, err, **kw)


def cache(
    ref: str, err: str, host: str | None = None, cause: str = "gha_cache.service_error", **kw: Any
) -> dict[str, Any]:
    return e("gha_cache", src(ref), "gha_cache", cause, True, "service", host, "raw", err, **kw)


def npm(ref: str, host: str | None, t: str, err: str, **kw: Any) -> dict[str, Any]:
    return e("net_npm", src(ref), "connectivity", "connectivity.timeout", True, "service", host, t, err, **kw)


def gop(
    ref: str, host: str, err: str, component: str = "goproxy", cause: str = "goproxy.server_status", **kw: Any
) -> dict[str, Any]:
    return e("goproxy", src(ref), component, cause, True, "service", host, "go", err, **kw)


def bld(ref: str, err: str, retry: bool = True, cause: str = "builder.connection_lost", **kw: Any) -> dict[str, Any]:
    return e("builder", src(ref), "builder", cause, retry, "local", None, "raw", err, **kw)


def disk(ref: str, err: str, **kw: Any) -> dict[str, Any]:
    return e("local", src(ref), "local", "local.disk_full", False, "local", None, "raw", err, **kw)


ECR_OLD = "denied: Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one."
ECR_NEW = "denied: Your authorization token has expired. Reauthenticate and try again."
QUAY = "unauthorized: access to the requested resource is not authorized"
ACR = "unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information."
BPA = [
    "Run docker/build-push-action@v6",
    "  with:",
    "    push: true",
    "    cache-from: type=gha",
    "    cache-to: type=gha,mode=max",
]

E = [
    # --- ECR: the expired token, in its old and new wordings ------------------------------------------------------
    cred(
        "buildkite/elastic-ci-stack-for-aws#178",
        None,
        "raw",
        "Pulling container_name (container details)...\nERROR: " + ECR_OLD,
        "credentials.ecr_token_expired",
        cmd='docker-compose -f docker-compose.yml run our_command bash -c "command is here"',
    ),
    cred(
        "aws/aws-cli#6580",
        None,
        "jenkins",
        ECR_NEW + "\nBuild step 'Docker Build and Publish' marked build as failure\nFinished: FAILURE",
        "credentials.ecr_token_expired",
    ),
    cred(
        "aws/aws-toolkit-azure-devops#129",
        None,
        "raw",
        "2018-11-27T17:42:15.4769355Z denied: Your Authorization Token has expired. Please run 'aws ecr get-login --no-include-email' to fetch a new one.",
        "credentials.ecr_token_expired",
    ),
    cred(
        "sjednac/sbt-ecr#20",
        "07579032XXXX.dkr.ecr.ap-south-1.amazonaws.com",
        "push",
        ECR_OLD,
        "credentials.ecr_token_expired",
        image="07579032XXXX.dkr.ecr.ap-south-1.amazonaws.com/XXXX-service:latest",
        head=["[info] AWS account id: 07579032XXXX"],
    ),
    cred(
        "gitpod-io/gitpod#1900",
        None,
        "raw",
        "Request startWorkspace failed with message: 13 INTERNAL: cannot resolve workspace image: Error response from daemon: "
        + ECR_NEW,
        "credentials.ecr_token_expired",
    ),
    cred(
        "microsoft/vscode#205489",
        None,
        "raw",
        ECR_NEW,
        "credentials.ecr_token_expired",
        cmd="docker push $ECR_REPOSITORY:latest",
    ),
    # --- Quay -----------------------------------------------------------------------------------------------------
    cred(
        "operator-framework/operator-sdk#1337",
        "quay.io",
        "push",
        QUAY,
        image="quay.io/example/memcached-operator:v0.0.1",
    ),
    cred(
        "openshiftio/openshift.io#4448",
        "quay.io",
        "jenkins",
        "+ docker push quay.io/openshiftio/rhel-fabric8-services-fabric8-build-service:latest\n[...]\n" + QUAY,
    ),
    cred(
        "piraeusdatastore/piraeus#142",
        "quay.io",
        "bk_final",
        "ERROR: failed to push quay.io/piraeusdatastore/drbd9-flatcar:v9.1.14: unexpected status: 401 UNAUTHORIZE",
        image="quay.io/piraeusdatastore/drbd9-flatcar:v9.1.14",
    ),
    cred(
        "kubernetes-retired/external-storage#907",
        "quay.io",
        "raw",
        "docker push quay.io/external_storage/local-volume-provisioner:latest\nThe push refers to a repository [quay.io/external_storage/local-volume-provisioner]\n7f00999001d2: Preparing \n772325294d35: Preparing \n9eb62d0039de: Preparing \n1d31b5806ba4: Preparing \n"
        + QUAY
        + "\nMakefile:40: recipe for target 'push' failed\nmake: *** [push] Error 1",
        cmd="make push",
    ),
    cred(
        "BaobabLims/baobab.lims#103",
        "quay.io",
        "raw",
        "Pulling nginx (quay.io/sanbi-sa/baobab-nginx:1.15)...\nERROR: " + QUAY,
        cmd="docker-compose up -d",
    ),
    cred(
        "docker/hub-feedback#853",
        "quay.io",
        "raw",
        "ERROR: web-1: Get https://quay.io/v2/keyscores/wire/manifests/latest:\nunauthorized: authentication required",
    ),
    cred(
        "bmuschko/gradle-docker-plugin#61",
        None,
        "raw",
        '> Error: Status 403 trying to push repository test/devops: {"info_url": "http://docs.quay.io/issues/no-repo-write-permission.html", "error": "You do not have permission to modify repository test/devops"}',
        cmd="./gradlew publishQuay",
        host_alt=["quay.io"],
        note="the docs.quay.io link is help, never the host",
    ),
    cred(
        "SUSE/Portus#833",
        "x.x.x.x:5000",
        "raw",
        "The push refers to a repository [X.X.X.X:5000/adminbusybox]\n5f70bf18a086: Preparing \n1834950e52ce: Preparing \n"
        + QUAY,
        cmd="docker push x.x.x.x:5000/microbox/adminbusybox",
        host_alt=["x.x.x.x", None],
    ),
    # --- Harbor, Nexus, Artifactory, self-hosted ------------------------------------------------------------------------
    reg(
        "goharbor/harbor#11239",
        None,
        "raw",
        'Uploading 85b128b7adf9 artifact.txt\nError: failed commit on ref "unknown-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855": unexpected status: 500 Internal Server Error',
        cmd="oras push 10.xx.xx.xx/hello-artifact:v1 --manifest-config /dev/null:application/vnd.acme.rocket.config.v1+json ./artifact.txt",
        host_alt=["10.xx.xx.xx"],
    ),
    reg("goharbor/harbor#3127", None, "raw", "Received unexpected HTTP status: 500 Internal Server Error"),
    reg(
        "goharbor/harbor#11848",
        "harbor.tireli.io",
        "raw",
        "Error copying image to the remote destination: Error writing manifest: Error uploading manifest v1.0 to harbor.tireli.io/kafka/kafka-connectors: received unexpected HTTP status: 500 Internal Server Error",
    ),
    reg(
        "goharbor/harbor#11650",
        "registry.anislet.dev",
        "raw",
        '"docker://[secret:registry_url]:BLOG.2020-04-17T18-06-17Z": error copying layers and metadata from "containers-storage:[overlay@/var/lib/containers/storage+/var/run/containers/storage:overlay.mount_program=/usr/bin/fuse-overlayfs,overlay.mountopt=nodev,fsync=0][secret:registry_url]:BLOG.2020-04-17T18-06-17Z" to "docker://[secret:registry_url]:BLOG.2020-04-17T18-06-17Z": Error writing blob: Error initiating layer upload to /v2/library/blog/blobs/uploads/ in registry.anislet.dev: received unexpected HTTP status: 500 Internal Server Error',
        cmd="buildah push -f v2s2 --creds ${PLUGIN_AUTH} ${PLUGIN_URL}:latest",
    ),
    reg(
        "docker/build-push-action#1115",
        "infradock.jfrog.io",
        "bk_final",
        "ERROR: failed to solve: failed to push infradock.jfrog.io/test-ghaction:master: unexpected status from POST request to https://infradock.jfrog.io/v2/test-ghaction/blobs/uploads/: 404 Not Found",
        retry=False,
        cause="registry.request_rejected",
        image="infradock.jfrog.io/test-ghaction:master",
    ),
    reg(
        "sonatype/nexus-public#565",
        "docker.x.local",
        "raw",
        "Error response from daemon: login attempt to http://docker.x.local/v2/ failed with status: 502 Bad Gatewa",
        cmd="docker login docker.x.local",
    ),
    reg(
        "redhat-developer/rh-che#1934",
        "quay.io",
        "raw",
        "Unable to find image 'quay.io/openshiftio/rhchestage-rh-che-e2e-tests:7.14.2' locally\ndocker: Error response from daemon: received unexpected HTTP status: 502 Bad Gateway.",
    ),
    # --- Google Artifact Registry ---------------------------------------------------------------------------------
    cred(
        "GoogleCloudPlatform/cymbal-superstore#4",
        "us-central1-docker.pkg.dev",
        "push",
        'denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource "projects/MY_PROJECT_ID/locations/us-central1/repositories/cymbal-superstore" (or it may not exist)',
        "credentials.permission_denied",
        image="us-central1-docker.pkg.dev/MY_PROJECT_ID/cymbal-superstore/inventory-api:79f565f204c41618",
    ),
    cred(
        "GoogleCloudPlatform/generative-ai#693",
        None,
        "raw",
        '[Bug]: Unauthenticated request. Unauthenticated requests do not have permission "artifactregistry.repositories.uploadArtifacts" on resource "projects/xxx/locations/us-central1/repositories/fixmycar" (or it may not exist)',
        "credentials.permission_denied",
        cmd="docker push $FRONTEND_TAG",
    ),
    cred(
        "googleapis/python-run#54",
        None,
        "raw",
        'denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource',
        "credentials.permission_denied",
    ),
    # --- Azure Container Registry -----------------------------------------------------------------------------------
    cred("Azure/acr#506", None, "raw", ACR, note="the aka.ms link is help, never the host"),
    cred(
        "Azure/acr#841",
        "bitwardenprod.azurecr.io",
        "push",
        '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required, visit https://aka.ms/acr/authorization for more information.","detail":[{"Type":"repository","Name":"billing","Action":"pull"}]}]}',
        image="bitwardenprod.azurecr.io/billing:dev",
        host_alt=[None],
    ),
    cred(
        "dotnet/tye#1185",
        "containerday2021.azurecr.io",
        "raw",
        'Failed to pull image "containerday2021.azurecr.io/backend:0.10.0-dev": \nrpc error: code = Unknown desc = Error response from daemon: \nHead "https://containerday2021.azurecr.io/v2/backend/manifests/0.10.0-dev": \n'
        + ACR,
    ),
    cred(
        "MicrosoftDocs/azure-docs#17220",
        "myserver.azurecr.io",
        "raw",
        "Error response from daemon: Get https://myserver.azurecr.io/v2/: unauthorized: authentication required",
        cmd="docker login myserver.azurecr.io",
    ),
    cred(
        "microsoft/azure-pipelines-tasks#13490",
        "reportportaldemo.azurecr.io",
        "raw",
        ACR,
        head=["/usr/bin/docker push reportportaldemo.azurecr.io/service-api:5.4.0-snapshot-build-29"],
        prefix="##[error]",
        note="the host only in the command line above",
    ),
    # --- the Actions cache ------------------------------------------------------------------------------------------
    cache(
        "lukka/run-vcpkg#249",
        "Warning: Failed to save: reserveCache failed: Cache service responded with 503",
        fatal=False,
        head=["Run lukka/run-vcpkg@v11"],
        tail=["Post job cleanup."],
    ),
    cache(
        "satackey/action-docker-layer-caching#285",
        "Run satackey/action-docker-layer-caching@v0.0.11\nError: getCacheEntry failed: Cache service responded with 503",
        raw_is_log=True,
    ),
    cache(
        "hendrikmuhs/ccache-action#59",
        "Error: Saving cache failed: Error: uploadChunk (start: 100663296, end: 134217727) failed: Cache service responded with 503",
        head=["Post job cleanup."],
        raw_is_log=True,
    ),
    cache(
        "actions/cache#698",
        "getCacheEntry failed: Request timeout: /JNaOfbZKyvCPCQ3yeg44JpXs8Z4PzKL6A6l2M67Wio6zbZtx5q/_apis/artifactcache/cache?keys=setup-java-Linux-maven-c379361358a7fc670e80e158f4a881bf3edf105977651a1aa73bb99632425669%2Csetup-java-Linux-maven&version=3d88543681947283edf8997cb89a71c1522b2e39bc75c36ae780bd628eb8559d",
        cause="gha_cache.request_timeout",
        head=["Run actions/setup-java@v2"],
        prefix="Error: ",
        raw_is_log=True,
    ),
    cache(
        "DeterminateSystems/magic-nix-cache-action#91",
        "2024-10-03T19:14:27.7989636Z ##[warning]Failed to restore: Cache service responded with 429",
        cause="gha_cache.throttled",
        fatal=False,
        head=["2024-10-03T19:14:27.5609351Z ##[group]Downloading nix-installer for x86_64-linux"],
    ),
    cache(
        "moby/buildkit#2276",
        '#19 ERROR: error writing layer blob: failed to parse error response 429: {"$id":"1","innerException":null,"message":"Request was blocked due to exceeding usage of resource \'Count\' in namespace \'\'.","typeName":"Microsoft.TeamFoundation.Framework.Server.RequestBlockedException, Microsoft.TeamFoundation.Framework.Server","typeKey":"RequestBlockedException","errorCode":0,"eventId":3000}: invalid character \'ï\' looking for beginning of value\n------\n > exporting cache:\n------',
        cause="gha_cache.throttled",
        head=BPA,
    ),
    cache(
        "CERT-Polska/mwdb-core#515",
        '#17 exporting cache\n#17 preparing build cache for export done\n#17 writing layer sha256:2fcd866b2b28912fa0b8d82b36eab616af243785ee69bbc02ea865c5b103731a\n#17 writing layer sha256:2fcd866b2b28912fa0b8d82b36eab616af243785ee69bbc02ea865c5b103731a 1.2s done\n#17 ERROR: error writing layer blob: Patch "https://artifactcache.actions.githubusercontent.com/ZZykNmevxKcKtilmBliEZcTNHLY9TCICy4RK7vdM3fyFYHMRag/_apis/artifactcache/caches/730": http: read on closed response body\n------\n > exporting cache:\n------\nerror: failed to solve: error writing layer blob: Patch "https://artifactcache.actions.githubusercontent.com/ZZykNmevxKcKtilmBliEZcTNHLY9TCICy4RK7vdM3fyFYHMRag/_apis/artifactcache/caches/730": http: read on closed response body\nError: buildx failed with: error: failed to solve: error writing layer blob: Patch "https://artifactcache.actions.githubusercontent.com/ZZykNmevxKcKtilmBliEZcTNHLY9TCICy4RK7vdM3fyFYHMRag/_apis/artifactcache/caches/730": http: read on closed response body',
        host="artifactcache.actions.githubusercontent.com",
        cause="gha_cache.connection_closed",
        head=BPA,
        raw_is_log=True,
    ),
    cache(
        "product-os/flowzone#1523",
        " > exporting to GitHub Actions Cache:\n------\nERROR: failed to solve: error writing layer blob: GET https://productionresultssa16.blob.core.windows.net/actions-cache/d00-700429531\n--------------------------------------------------------------------------------\nRESPONSE 404: 404 The specified blob does not exist.\nERROR CODE: BlobNotFound",
        host="productionresultssa16.blob.core.windows.net",
        cause="gha_cache.blob_missing",
        head=BPA,
        host_alt=[None],
    ),
    # --- npm / yarn / pnpm network errors -----------------------------------------------------------------------------
    npm(
        "npm/cli#7452",
        "registry.npmjs.org",
        "raw",
        "npm ERR! code ETIMEDOUT\nnpm ERR! ETIMEDOUT error number\nnpm ERR! network request to https://registry.npmjs.org/npm failed, reason:\nnpm ERR! network This is a network connectivity issue.",
        cmd="npm i -g npm@latest",
    ),
    npm(
        "npm/npm#15889",
        "151.101.64.162",
        "raw",
        "npm ERR! code ETIMEDOUT\nnpm ERR! errno ETIMEDOUT\nnpm ERR! syscall connect\n\nnpm ERR! network connect ETIMEDOUT 151.101.64.162:80\nnpm ERR! network This is most likely not a problem with npm itself\nnpm ERR! network and is related to network connectivity.",
        cmd="npm install",
        host_alt=["151.101.64.162:80", "registry.npmjs.org", None],
    ),
    npm(
        "nodejs/help#4276",
        "registry.npmjs.org",
        "legacy_run",
        "npm ERR! code ETIMEDOUT\nnpm ERR! syscall connect\nnpm ERR! errno ETIMEDOUT\nnpm ERR! network request to https://registry.npmjs.org/create-react-app failed, reason: connect ETIMEDOUT 2606:4700::6810:1a22:443",
        run="npx create-react-app web",
    ),
    npm(
        "npm/npm#7781",
        "registry.npm.taobao.org",
        "raw",
        "npm ERR! code ETIMEDOUT\nnpm ERR! errno ETIMEDOUT\nnpm ERR! syscall connect\n\nnpm ERR! network connect ETIMEDOUT 114.55.80.225:443",
        cmd="npm install -g cnpm --registry=https://registry.npm.taobao.org",
        host_alt=["114.55.80.225", "114.55.80.225:443"],
        note="the host named only in the command line",
    ),
    npm(
        "npm/npm#20414",
        "registry.npmjs.org",
        "legacy_run",
        "npm ERR! code ETIMEDOUT\nnpm ERR! errno ETIMEDOUT\nnpm ERR! network request to http://registry.npmjs.org/@angular%2fanimations failed, reason: connect ETIMEDOUT 151.101.44.162:80",
        run="npm install",
    ),
    npm(
        "sindresorhus/yocto-queue#5",
        "registry.npmjs.org",
        "raw",
        "366 error network request to https://registry.npmjs.org/yocto-queue/-/yocto-queue-0.1.0.tgz failed, reason: connect ETIMEDOUT 2606:4700::6810:1c22:443",
        cmd="npm ci",
    ),
    npm(
        "hoprnet/hoprnet#2043",
        "registry.yarnpkg.com",
        "raw",
        'error An unexpected error occurred: "https://registry.yarnpkg.com/rxjs/-/rxjs-7.1.0.tgz: ESOCKETTIMEDOUT".',
        cmd="yarn install --frozen-lockfile",
    ),
    npm(
        "yarnpkg/yarn#5540",
        "registry.yarnpkg.com",
        "raw",
        'info There appears to be trouble with your network connection. Retrying...\ninfo There appears to be trouble with your network connection. Retrying...\nerror An unexpected error occurred: "https://registry.yarnpkg.com/material-design-icons/-/material-design-icons-3.0.1.tgz: ESOCKETTIMEDOUT".\ninfo If you think this is a bug, please open a bug report with the information provided in "/Users/dan/Dropbox/Documents/dev/landscape/yarn-error.log".\ninfo Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.',
        cmd="yarn",
    ),
    npm(
        "flatlogic/sofia-react-template#6",
        "registry.npmjs.org",
        "legacy_run",
        'error An unexpected error occurred: "https://registry.npmjs.org/@material-ui/icons/-/icons-4.11.2.tgz: ESOCKETTIMEDOUT".',
        run="yarn install",
    ),
    npm(
        "yarnpkg/yarn#8948",
        "registry.npmjs.org",
        "raw",
        'error An unexpected error occurred: "https://registry.npmjs.org/loose-envify/-/loose-envify-1.4.0.tgz: Socket connection timeout".',
        cmd="yarn install",
    ),
    npm(
        "yarnpkg/yarn#7627",
        "10.53.82.173:4141",
        "raw",
        'error An unexpected error occurred: "http://10.53.82.173:4141/typescript: ETIMEDOUT".',
        cmd="yarn add typescript",
        host_alt=["10.53.82.173"],
    ),
    npm(
        "sourcegraph/sourcegraph-public-snapshot#931",
        "registry.npmjs.org",
        "raw",
        '  | info There appears to be trouble with your network connection. Retrying...\n  | error An unexpected error occurred: "https://registry.npmjs.org/date-fns/-/date-fns-2.0.0-alpha.25.tgz: ESOCKETTIMEDOUT".',
        head=["yarn --frozen-lockfile"],
    ),
    npm(
        "npm/cli#6433",
        "registry.npmjs.org",
        "legacy_run",
        "npm ERR! code ERR_SOCKET_CONNECTION_TIMEOUT\nnpm ERR! errno ERR_SOCKET_CONNECTION_TIMEOUT\nnpm ERR! request to https://registry.npmjs.org/create-next-app failed, reason: Socket connection timeout",
        run="npx create-next-app@latest --typescript --tailwind",
    ),
    npm(
        "npm/cli#8015",
        "registry.npmjs.org",
        "legacy_run",
        "npm ERR! code ECONNRESET\nnpm ERR! errno ECONNRESET\nnpm ERR! network Invalid response body while trying to fetch https://registry.npmjs.org/@types%2fnode: aborted",
        run="npm install",
    ),
    npm(
        "npm/registry-issue-archive#124",
        "registry.npmjs.org",
        "raw",
        "npm ERR! fetch failed https://registry.npmjs.org/npm/-/npm-1.4.29.tgz\nnpm ERR! network read ECONNRESET",
        cmd="npm -g install npm@latest-1",
    ),
    npm(
        "umijs/dumi#1539",
        "registry.npmjs.org",
        "raw",
        "FetchError: request to http://registry.npmjs.org/typescript/-/typescript-4.7.4.tgz failed, reason: read ECONNRESET",
        cmd="pnpm i",
    ),
    # --- Go module proxies and the checksum database ----------------------------------------------------------------
    gop(
        "valyala/fasthttp#681",
        "sum.golang.org",
        "go: downloading github.com/valyala/fasthttp v1.5.0\nverifying github.com/valyala/fasthttp@v1.5.0: github.com/valyala/fasthttp@v1.5.0: Get https://sum.golang.org/lookup/github.com/valyala/fasthttp@v1.5.0: dial tcp 172.217.27.145:443: i/o timeout",
        component="connectivity",
        cause="connectivity.timeout",
        cmd="go get github.com/valyala/fasthttp",
    ),
    gop(
        "goproxy/goproxy.cn#33",
        "goproxy.cn",
        "verifying cloud.google.com/go@v0.46.3/go.mod: cloud.google.com/go@v0.46.3/go.mod: reading https://goproxy.cn/sumdb/sum.golang.org/lookup/cloud.google.com/go@v0.46.3: 502 Bad Gateway",
        cmd="go get github.com/gohugoio/hugo",
    ),
    gop(
        "goproxy/goproxy.cn#33",
        "goproxy.cn",
        "go get github.com/gohugoio/hugo: module github.com/gohugoio: reading https://goproxy.cn/github.com/gohugoio/@v/list: 502 Bad Gateway",
        cmd="go get github.com/gohugoio/hugo",
    ),
    gop(
        "gomods/athens#1053",
        "athens.azurefd.net",
        "go: gopkg.in/jcmturner/rpc.v1@v1.1.0: unexpected status (https://athens.azurefd.net/gopkg.in/jcmturner/rpc.v1/@v/v1.1.0.mod): 504 Gateway Timeout\ngo: modernc.org/ql@v1.0.0: unexpected status (https://athens.azurefd.net/modernc.org/ql/@v/v1.0.0.info): 504 Gateway Timeout\ngo: modernc.org/b@v1.0.0: unexpected status (https://athens.azurefd.net/modernc.org/b/@v/v1.0.0.mod): 504 Gateway Timeout\ngo: error loading module requirements",
        cmd="go get -v -t ./...",
    ),
    gop(
        "goproxy/goproxy.cn#186",
        "goproxy.cn",
        "go: module gopkg.in/yaml.v3: reading https://goproxy.cn/gopkg.in/yaml.v3/@v/list: 504 Gateway Timeout\n        server response: Gateway Timeout",
        cmd="go mod download",
    ),
    gop(
        "goproxy/goproxy.cn#34",
        "goproxy.cn",
        "build command-line-arguments: cannot load golang.org/x/crypto/acme/autocert: module golang.org/x/crypto: reading https://goproxy.cn/golang.org/x/crypto/@latest: 503 Service Unavailable",
        cmd="go run main.go",
    ),
    gop(
        "goproxy/goproxy.cn#34",
        "goproxy.cn",
        "build command-line-arguments: cannot load github.com/labstack/echo: module github.com/labstack/echo: Get https://goproxy.cn/github.com/labstack/echo/@v/list: net/http: TLS handshake timeout",
        component="connectivity",
        cause="connectivity.tls_handshake_timeout",
        cmd="go run main.go",
    ),
    gop(
        "shurcooL/home#42",
        "dmitri.shuralyov.com",
        ' go: github.com/spf13/viper@v1.7.1 requires\n\tgithub.com/bketelsen/crypt@v0.0.3-0.20200106085610-5cbc8cc4026c requires\n\tcloud.google.com/go/firestore@v1.1.0 requires\n\tgolang.org/x/exp@v0.0.0-20191030013958-a1ab85dbe136 requires\n\tdmitri.shuralyov.com/gpu/mtl@v0.0.0-20190408044501-666a987793e9: unrecognized import path "dmitri.shuralyov.com/gpu/mtl": https fetch: Get "https://dmitri.shuralyov.com/gpu/mtl?go-get=1": dial tcp 172.93.50.41:443: i/o timeout',
        component="connectivity",
        cause="connectivity.timeout",
        cmd="go get ./...",
    ),
    # --- BuildKit / buildx builders ---------------------------------------------------------------------------------
    bld(
        "moby/buildkit#2546",
        "[+] Building 0.0s (0/0)\nerror: failed to dial gRPC: rpc error: code = Unavailable desc = connection closed",
        cmd="buildctl --debug --addr tcp://10.48.49.7:30466 build -frontend dockerfile.v0 --local context=. --local dockerfile=.",
    ),
    bld(
        "moby/buildkit#4164",
        '[+] Building 0.0s (0/0)\nerror: listing workers for Build: failed to list workers: Unavailable: connection error: desc = "error reading server preface: read |0: file already closed"',
        cmd="buildctl build --frontend dockerfile.v0 --local context=. --local dockerfile=.",
    ),
    bld(
        "moby/buildkit#1222",
        '[+] Building 0.0s (0/0)\nerror: failed to get status: rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = "transport: error while dialing: dial unix /run/buildkit/buildkitd.sock: connect: no such file or directory"',
        retry=False,
        cause="builder.not_running",
        cmd="buildctl build --local dockerfile=. --frontend=dockerfile.v0",
    ),
    bld(
        "moby/buildkit#1222",
        "662 #26 DONE 0.2s\n663 error: failed to receive status: rpc error: code = Unavailable desc = transport is closing",
        cmd="buildctl build --frontend dockerfile.v0 --local context=. --local dockerfile=.",
    ),
    bld(
        "docker/buildx#2789",
        '#6 extracting sha256:fbf93b646d6b4d6612a25d50599f4d8e3c7785f83c6ba085219f9d4d334e8aa3\nERROR: failed to receive status: rpc error: code = Unavailable desc = closing transport due to: connection error: desc = "error reading from server: EOF", received prior goaway: code: NO_ERROR, debug data: "graceful_stop"\nError: buildx failed with: ERROR: failed to receive status: rpc error: code = Unavailable desc = closing transport due to: connection error: desc = "error reading from server: EOF", received prior goaway: code: NO_ERROR, debug data: "graceful_stop"',
        head=BPA[:3],
        raw_is_log=True,
    ),
    bld(
        "docker/buildx#1079",
        'Error: failed to receive status: rpc error: code = Unavailable desc = closing transport due to: connection error: desc = "error reading from server: io: read/write on closed pipe"',
        cmd="docker buildx build --push -t registry.example.com/app:1 .",
    ),
    bld(
        "docker/buildx#907",
        "[2022-01-08T02:38:20.833Z] + buildx build '--platform=linux/arm64' -t xxx/xxx/xxx.1.0 -f ./Dockerfile --push .\n[2022-01-08T02:38:47.489Z] Error: failed to get status: rpc error: code = Unavailable desc = timed out waiting for server handshake",
        raw_is_log=True,
    ),
    # --- the runner's disk ------------------------------------------------------------------------------------------
    disk(
        "rvolosatovs/docker-protobuf#289",
        "build System.IO.IOException: No space left on device : '/home/runner/runners/2.311.0/_diag/Worker_20231116-033846-utc.log'",
        raw_is_log=True,
    ),
    disk(
        "docker/buildx#3040",
        "System.IO.IOException: No space left on device : '/home/runner/runners/2.322.0/_diag/Worker_20250304-005208-utc.log'\n   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)\n   at System.IO.Strategies.OSFileStreamStrategy.Write(ReadOnlySpan`1 buffer)",
        raw_is_log=True,
    ),
    disk(
        "travis-ci/travis-ci#4659",
        "Error pulling image (4.2) from rails, Untar re-exec error: exit status 1: output: write /usr/local/bundle/cache/rails-4.2.3.gem: no space left on device",
        cmd="docker build -t ftb-web .",
    ),
    disk(
        "Sage-Bionetworks/sage-monorepo#1885",
        '     [creator]           ghcr.io/sage-bionetworks/openchallenges-challenge-service-base:local - loading image "ghcr.io/sage-bionetworks/openchallenges-challenge-service-base:local". first error: embedded daemon response: Error processing tar file(exit status 1): write /d92e53e9ebcf932d6ad7fa4b50397e1dfbcccd47622faec47d37bdc3706f618d.tar: no space left on device',
        cmd="./gradlew bootBuildImage",
    ),
    disk(
        "GaloisInc/crucible#1175",
        "#55 loading layer 26c679dcf4b5 472.38MB / 474.75MB 21.4s done\n#55 ERROR: write /usr/local/rustup/toolchains/nightly-2023-01-23-x86_64-unknown-linux-gnu/lib/rustlib/x86_64-unknown-linux-gnu/lib/librustc_macros-1f5c22ed96efe43a.so: no space left on device",
        head=["Run docker/build-push-action@v5", "#55 importing to docker"],
    ),
    disk(
        "guacsec/guac#2832",
        "    │ ERROR: failed to build: failed to solve: ResourceExhausted: write /var/lib/docker/overlay2/yp9tg0uq1ufym66lbal7o82n2/diff/guacone-linux-arm64: no space left on device\n    │ Learn more at https://goreleaser.com/errors/docker-build\nError: The process '/opt/hostedtoolcache/goreleaser-action/2.13.0/x64/goreleaser' failed with exit code 1",
        head=["Run goreleaser/goreleaser-action@v6"],
        raw_is_log=True,
        note="the goreleaser.com link is help, never the host",
    ),
    disk(
        "docker/hub-feedback#1010",
        "Build failed: mkdir /var/lib/docker/overlay/2df917c977fbbce82560314a123484c60975d9d812faa1132068e2e20f37d22e/tmproot686874188/usr/lib/x86_64-linux-gnu/perl/5.22.1/auto: no space left on device",
        raw_is_log=True,
    ),
    disk(
        "eclipse-dirigible/dirigible#769",
        "2021-03-23T17:28:03.7510285Z Sending build context to Docker daemon  6.141GB\n2021-03-23T17:28:03.7511102Z \n2021-03-23T17:28:04.3930818Z Error response from daemon: Error processing tar file(exit status 1): write /server-runtime-keycloak/target/dirigible-server-runtime-keycloak/WEB-INF/lib/rocksdbjni-5.18.4.jar: no space left on device\n2021-03-23T17:28:04.3954101Z ##[error]Process completed with exit code 1.",
        head=[
            "2021-03-23T17:25:22.2260542Z ##[group]Run cd releng",
            "2021-03-23T17:25:22.2261695Z docker build -t dirigible-tomcat -f Dockerfile-tomcat .",
            "2021-03-23T17:25:22.2263450Z docker push dirigiblelabs/dirigible-tomcat",
        ],
        raw_is_log=True,
    ),
    disk(
        "nextstrain/docker-base#276",
        "#165 [linux/arm64 final 22/22] RUN chown nextstrain:nextstrain /nextstrain/build\n#165 DONE 0.2s\n#166 exporting to image\n#166 exporting layers\n…\nSystem.IO.IOException: No space left on device",
        head=BPA[:3],
        raw_is_log=True,
    ),
]
