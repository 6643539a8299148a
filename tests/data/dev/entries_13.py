"""Dev-set entries, batch 13 (registry pushes and pulls whose host is mostly read from the command or the tags around
the error, and npm/yarn/pip network failures whose URL is on another line or absent). `err` is verbatim from the
source (a GitHub thread found with the search tool's `issues` corpus)."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import e, github_source

PULLS = {"insightsengineering/ci-images#91", "boz/kail#144", "apache/arrow-nanoarrow#395",
         "submariner-io/submariner-operator#3567", "dependabot/dependabot-core#3338"}
GHCR_DENIED = "denied: installation not allowed to Create organization package"
NPM = "registry.npmjs.org"
PYPI = "files.pythonhosted.org"


def src(ref: str) -> str:
    return github_source(ref, PULLS)


def bpa(tags: str) -> list[str]:
    return ["Run docker/build-push-action@v5", "  with:", "    push: true", f"    tags: {tags}"]


def cred(ref: str, host: str | None, t: str, err: str, cause: str, blame: str = "build", **kw: Any) -> dict[str, Any]:
    return e("registry", src(ref), "credentials", cause, False, blame, host, t, err, **kw)


def reg(ref: str, host: str | None, t: str, err: str, cause: str = "registry.server_error", retry: bool = True,
        component: str = "registry", blame: str = "service", **kw: Any) -> dict[str, Any]:
    return e("registry", src(ref), component, cause, retry, blame, host, t, err, **kw)


def net(ref: str, family: str, host: str | None, t: str, err: str, cause: str = "connectivity.timeout", **kw: Any) -> dict[str, Any]:
    return e(family, src(ref), "connectivity", cause, True, "service", host, t, err, **kw)


E = [
    # --- GHCR refusing the workflow's token (packages: write missing, org policy) -----------------------------------
    cred("roboreg/roboreg#119", "ghcr.io", "bk_final", "ERROR: failed to push ghcr.io/lbr-stack/roboreg:cuda-13.0: " + GHCR_DENIED,
         "credentials.ghcr_write_denied", image="ghcr.io/lbr-stack/roboreg:cuda-13.0"),
    cred("eth-act/ere#128", "ghcr.io", "raw",
         "#14 [auth] eth-act/ere/ere-base:pull,push token for ghcr.io\n#14 DONE 0.0s\n\n#13 exporting to image\n#13 pushing layers 0.7s done\n#13 ERROR: failed to push ghcr.io/eth-act/ere/ere-base:0.0.12-caa8937: denied: installation not allowed to Write organization package\n------\n > exporting to image:\n------\nERROR: failed to build: failed to solve: failed to push ghcr.io/eth-act/ere/ere-base:0.0.12-caa8937: denied: installation not allowed to Write organization package\nReference\nCheck build summary support\nError: buildx failed with: ERROR: failed to build: failed to solve: failed to push ghcr.io/eth-act/ere/ere-base:0.0.12-caa8937: denied: installation not allowed to Write organization package",
         "credentials.ghcr_write_denied", head=bpa("ghcr.io/eth-act/ere/ere-base:0.0.12-caa8937"), raw_is_log=True,
         note="a pull request from a fork: its token may not write the organization's package"),
    cred("freeipa/ipa-tuura#38", "ghcr.io", "raw",
         'Error: writing blob: initiating layer upload to /v2/freeipa/ipa-tuura/blobs/uploads/ in ghcr.io: ' + GHCR_DENIED + '"',
         "credentials.ghcr_write_denied", cmd="podman push ghcr.io/freeipa/ipa-tuura:latest"),
    cred("macbre/push-to-ghcr#26", "ghcr.io", "push", "denied: permission_denied: The requested installation does not exist.",
         "credentials.ghcr_write_denied", image="ghcr.io/donovandmc/websites:latest",
         note="the line names no host: ghcr.io only in the push command and 'The push refers to repository'"),
    cred("macbre/push-to-ghcr#27", "ghcr.io", "raw", 'Error response from daemon: Get "https://ghcr.io/v2/": denied: denied',
         "credentials.unauthorized", blame="service", cmd="echo $GITHUB_TOKEN | docker login ghcr.io -u macbre --password-stdin"),
    cred("insightsengineering/ci-images#91", "ghcr.io", "bk_final",
         "ERROR: failed to solve: failed to push ghcr.io/insightsengineering/debian-gcc-devel:2023.12.07: unexpected status from POST request to https://ghcr.io/v2/insightsengineering/debian-gcc-devel/blobs/uploads/: 403 Forbidden",
         "credentials.ghcr_write_denied", image="ghcr.io/insightsengineering/debian-gcc-devel:2023.12.07",
         note="fixed by pushing with GITHUB_TOKEN instead of the token a previous change had put there"),
    reg("github-community-projects/issue-metrics#246", "ghcr.io", "raw",
        "buildx failed with: ERROR: failed to solve: failed to push ghcr.io/issue_metrics:latest: \nunexpected status from HEAD request to https://ghcr.io/v2/issue_metrics/blobs/sha256:[SHA]: 400 Bad Request",
        cause="registry.request_rejected", retry=False, blame="build", head=bpa("ghcr.io/issue_metrics:latest"),
        note="the image name has no owner (ghcr.io/issue_metrics): GHCR rejects it"),
    # --- a tag or repository that is not there -----------------------------------------------------------------------
    e("registry", src("Bears-R-Us/arkouda#4996"), "build", "build.tag_not_found", False, "build", "ghcr.io", "raw",
      "  /usr/bin/docker --config /home/runner/work/_temp/.docker_408b0888-bf1f-4d2d-880a-7a77fe836341 login ghcr.io -u github-merge-queue[bot] --password-stdin\n  /usr/bin/docker --config /home/runner/work/_temp/.docker_408b0888-bf1f-4d2d-880a-7a77fe836341 pull ghcr.io/bears-r-us/ubuntu-with-arkouda-deps:latest\n  Error response from daemon: manifest unknown\n  Warning: Docker pull failed with exit code 1, back off 7.539 seconds before retry.\n  /usr/bin/docker --config /home/runner/work/_temp/.docker_408b0888-bf1f-4d2d-880a-7a77fe836341 pull ghcr.io/bears-r-us/ubuntu-with-arkouda-deps:latest\n  Error response from daemon: manifest unknown\n  Warning: Docker pull failed with exit code 1, back off 7.856 seconds before retry.\n  /usr/bin/docker --config /home/runner/work/_temp/.docker_408b0888-bf1f-4d2d-880a-7a77fe836341 pull ghcr.io/bears-r-us/ubuntu-with-arkouda-deps:latest\n  Error response from daemon: manifest unknown\n  Error: Docker pull failed with exit code 1",
      head=["Initialize containers"], raw_is_log=True, note="the job container's image tag is missing; the host only on the pull lines"),
    e("registry", src("apache/tvm#11713"), "build", "build.tag_not_found", False, "build", "docker.io", "raw",
      "[2022-06-13T22:39:22.006Z] + docker pull tlcpack/ci-gpu:20220606-055910-bf4b8f5c7\n\n[2022-06-13T22:39:23.376Z] Error response from daemon: manifest for tlcpack/ci-gpu:20220606-055910-bf4b8f5c7 not found: manifest unknown: manifest unknown\n\nscript returned exit code 1",
      head=["[Pipeline] sh"], raw_is_log=True, note="Docker Hub is implied by the unqualified image name"),
    reg("docker/build-push-action#171", "us-central1-docker.pkg.dev", "bk_final", "unexpected status: 400 Bad Request",
        cause="registry.request_rejected", retry=False, blame="build", image="us-central1-docker.pkg.dev/my-project/my-image:latest",
        note="Artifact Registry wants HOST/PROJECT/REPOSITORY/IMAGE; the tag is the plausible shape the thread describes"),
    # --- a tag's push scope refused (the name points at a repository the login may not write) -------------------------
    cred("docker/build-push-action#160", "docker.io", "raw", "ERROR: server message: insufficient_scope: authorization failed",
         "credentials.insufficient_scope", head=bpa("antoniofalcaojf/dotnet5-graphql3-webapi:latest"),
         note="the tag's namespace (antoniofalcaojf) is not the Hub account's (antoniofalcaojr); host from the tag"),
    cred("crazy-max/ghaction-docker-buildx#199", "docker.io", "raw",
         "#21 ERROR: server message: insufficient_scope: authorization failed\n------\n > exporting to image:\n------\nfailed to solve: rpc error: code = Unknown desc = server message: insufficient_scope: authorization failed",
         "credentials.insufficient_scope", cmd="docker buildx build -f dtest -t dtest -t shtripok/rust-musl-builder:dtest-push --push .",
         note="the bare tag 'dtest' is docker.io/library/dtest, which nobody may push"),
    # --- registry server errors: outages, where the line names no host ----------------------------------------------
    reg("Dataman-Cloud/crane#410", "catalog.shurenyun.com", "raw",
        'Creating network "rolex_default" with the default driver\nPulling rolex_registry (catalog.shurenyun.com/library/registry:rolexv1.0.4)...\nPulling repository catalog.shurenyun.com/library/registry\nERROR: Error: Status 504 trying to pull repository library/registry: "<html><body><h1>504 Gateway Time-out</h1>\\nThe server didn\'t respond in time.\\n</body></html>\\n\\n"',
        cmd="docker-compose up -d", note="the registry had crashed; the host only on the Pulling lines"),
    reg("docker-archive/docker-registry#320", None, "raw",
        "42ff9d5d213a: Image successfully pushed\n0640d16acaa9: Image successfully pushed\n5187f1faccd4: Pushing\n2014/04/20 23:14:18 HTTP code 502 while uploading metadata: invalid character '<' looking for beginning of value",
        note="a private registry behind Apache, sporadic 502s (pushing again helps); the log names no host"),
    reg("submariner-io/submariner-operator#3567", "quay.io", "raw",
        "[15:38:01.802] [dir=submariner-operator; fn=import_image]$ docker pull quay.io/submariner/nettest:release-0.21\nError response from daemon: received unexpected HTTP status: 502 Bad Gateway",
        note="a Quay outage; the host only in the command line"),
    reg("Azure/azure-cli-dev-tools#353", "mcr.microsoft.com", "raw",
        "/usr/bin/docker pull mcr.microsoft.com/azure-dev-cli-apps:latest\nError response from daemon: received unexpected HTTP status: 503 Service Unavailable\n##[error]Docker pull failed with exit code 1",
        raw_is_log=True),
    reg("conda-forge/status#205", "quay.io", "raw",
        "+ docker pull quay.io/condaforge/linux-anvil-x86_64:alma9\nalma9: Pulling from condaforge/linux-anvil-x86_64\nunknown: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://quay.io/v2/condaforge/linux-anvil-x86_64/blobs/sha256:96c9840048d8388d1992ac6b88c3c6ba051a2400f82a8a6b68df89b69e6eb079: 500 Internal Server Error"),
    reg("podman-container-tools/skopeo#2841", "docker.io", "raw",
        'level=fatal msg="initializing source docker://bitnamilegacy/kubectl:latest: pinging container registry registry-1.docker.io: received unexpected HTTP status: 502 Bad Gateway"',
        cmd="skopeo copy --retry-times=3 --src-authfile skopeo_src_auth.json --dest-authfile skopeo_dest_auth.json docker://bitnamilegacy/kubectl registry.example.com/bitnamilegacy/kubectl"),
    reg("hashicorp/terraform-mcp-server#202", "docker.io", "raw",
        '#1 [internal] booting buildkit\n#1 pulling image moby/buildkit:buildx-stable-1\n#1 pulling image moby/buildkit:buildx-stable-1 0.4s done\n#1 ERROR: Error response from daemon: Head "https://registry-1.docker.io/v2/moby/buildkit/manifests/buildx-stable-1": received unexpected HTTP status: 503 Service Unavailable\n------\n > [internal] booting buildkit:\n------\nERROR: failed to build: Error response from daemon: Head "https://registry-1.docker.io/v2/moby/buildkit/manifests/buildx-stable-1": received unexpected HTTP status: 503 Service Unavailable\nError: Process completed with exit code 1.',
        head=bpa("hashicorp/terraform-mcp-server:dev"), raw_is_log=True, also_ok=["builder.init_failed"]),
    reg("distribution/distribution#1930", "dtr.benjaminwootton.co.uk", "raw",
        "The push refers to a repository [dtr.benjaminwootton.co.uk/benjamin.wootton/golang]\nd7f0faaee304: Pushing [==================================================>] 5.632 kB\n93c72c92e15f: Retrying in 2 seconds\n2f71b45e4e25: Waiting\nblob upload unknown",
        cause="registry.request_rejected", retry=False, cmd="docker push dtr.benjaminwootton.co.uk/benjamin.wootton/golang:1.7",
        note="three registry replicas behind a load balancer lose the upload session: every push fails the same way"),
    # --- the network to the registry: timeouts ------------------------------------------------------------------------
    reg("apache/arrow-nanoarrow#395", "ghcr.io", "raw",
        'Error: Error response from daemon: Get "https://ghcr.io/v2/": Get "https://ghcr.io/token?account=paleolimbot&client_id=docker&offline_token=true&service=ghcr.io": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers) (Client.Timeout exceeded while awaiting headers)',
        cause="connectivity.client_timeout", component="connectivity", head=["Run docker/login-action@v3", "  with:", "    registry: ghcr.io"]),
    reg("pulumi/pulumi-awsx#1442", "894850187425.dkr.ecr.us-west-2.amazonaws.com", "raw",
        '      error: error reading push output: Get "https://894850187425.dkr.ecr.us-west-2.amazonaws.com/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
        cause="connectivity.client_timeout", component="connectivity", cmd="go test -run TestEcrDockerfile ./examples/...",
        note="a flaky test: the ECR push's first request timed out"),
    reg("mozilla/addons#14827", "docker.io", "raw",
        'ERROR: failed to solve: python:3.11-slim-bookworm: failed to resolve source metadata for docker.io/library/python:3.11-slim-bookworm: failed to do request: Head "https://registry-1.docker.io/v2/library/python/manifests/3.11-slim-bookworm": net/http: TLS handshake timeout\nError: buildx bake failed with: ERROR: failed to solve: python:3.11-slim-bookworm: failed to resolve source metadata for docker.io/library/python:3.11-slim-bookworm: failed to do request: Head "https://registry-1.docker.io/v2/library/python/manifests/3.11-slim-bookworm": net/http: TLS handshake timeout',
        cause="connectivity.tls_handshake_timeout", component="connectivity", head=["Run docker/bake-action@v4"], raw_is_log=True,
        note="re-running always fixed it"),
    reg("BD2KGenomics/cgl-docker-lib#260", "quay.io", "jenkins",
        "DEBUG:__main__:hera/['make', 'push']: Put https://quay.io/v2/ucsc_cgl/hera/blobs/uploads/e845910e-03d3-4f48-aecb-13bbb6eb634a?digest=sha256%3Aa3ed95caeb02ffe68cdd9fd84406680ae93d633cb16422d00e8a7c22955b46d4: net/http: TLS handshake timeout",
        cause="connectivity.tls_handshake_timeout", component="connectivity", cmd="python jenkins.py"),
    reg("SuziKim/DCCW#1", "docker.io", "raw", 'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout',
        cause="connectivity.tls_handshake_timeout", component="connectivity", cmd="docker compose up -d"),
    reg("goharbor/harbor#5405", "10.228.65.138", "raw", "Get https://10.228.65.138/v2/: net/http: TLS handshake timeout",
        cause="connectivity.tls_handshake_timeout", component="connectivity", retry=False, blame="local",
        cmd="docker push 10.228.65.138/demo/hello-world", note="the corporate network between runner and Harbor; not the registry"),
    # --- Docker Hub's pull limit in an action's container pull ----------------------------------------------------------
    reg("bridgecrewio/bridgecrew-action#26", "docker.io", "raw",
        "Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: docker.com/increase-rate-limit\n  Warning: Docker pull failed with exit code 1, back off 3.146 seconds before retry.",
        cause="registry.dockerhub_pull_limit", retry=False, head=["Pull down action image 'bridgecrew/bridgecrew:latest'", "  /usr/bin/docker pull bridgecrew/bridgecrew:latest"],
        note="the docker.com link is help, never the host; Docker Hub from the unqualified image"),
    # --- npm / yarn / pip network failures -------------------------------------------------------------------------------
    net("muke1908/chat-e2ee#139", "net_npm", NPM, "raw",
        "npm WARN registry Unexpected warning for http://registry.npmjs.org/: Miscellaneous Warning ETIMEDOUT: request to http://registry.npmjs.org/@types%2fyargs failed, reason: read ETIMEDOUT\nnpm WARN registry Using stale data from http://registry.npmjs.org/ due to a request error during revalidation.\nnpm WARN chat-e2ee@1.0.0 No repository field.\nnpm ERR! code ETIMEDOUT\nnpm ERR! errno ETIMEDOUT\nnpm ERR! network request to http://registry.npmjs.org/@commitlint%2fto-lines failed, reason: read ETIMEDOUT",
        cmd="npm install", note="the URL is two lines below the code; a router restart fixed it"),
    net("dependabot/dependabot-core#3338", "net_npm", NPM, "raw",
        "npm ERR! code ERR_SOCKET_TIMEOUT\nnpm ERR! errno ERR_SOCKET_TIMEOUT\nnpm ERR! request to https://registry.npmjs.org/@jest/reporters/-/reporters-26.6.2.tgz failed, reason: Socket timeout",
        cmd="npm ci", note="flaky on CI; the fix raised fetch timeouts and retries"),
    net("laradock/laradock#2843", "net_npm", NPM, "legacy_run", "npm ERR! code ERR_SOCKET_TIMEOUT\nnpm ERR! errno ERR_SOCKET_TIMEOUT",
        run="npm install -g yarn", host_alt=[None],
        note="no URL in the quoted lines: the host is npm's default registry (inferred); null, as the corpus labels a host no line names, is accepted"),
    net("npm/npm#15784", "net_npm", NPM, "raw",
        "npm ERR! fetch failed https://registry.npmjs.org/cssom/-/cssom-0.3.1.tgz\nnpm WARN retry will retry, error on last attempt: Error: connect ETIMEDOUT 151.101.192.162:443\nnpm ERR! fetch failed https://registry.npmjs.org/cssstyle/-/cssstyle-0.2.37.tgz\nnpm WARN retry will retry, error on last attempt: Error: connect ETIMEDOUT 151.101.128.162:443",
        cmd="npm install", host_alt=["151.101.192.162", "151.101.128.162"]),
    net("hyperdxio/hyperdx#848", "net_npm", "registry.yarnpkg.com", "raw",
        " => => # yarn install v1.22.18\n => => # [1/5] Validating package.json...\n => => # [2/5] Resolving packages...\n => => # [3/5] Fetching packages...\n => => # info There appears to be trouble with your network connection. Retrying...\n => => # info There appears to be trouble with your network connection. Retrying...\n => => # info There appears to be trouble with your network connection. Retrying...",
        cmd="docker compose up -d --build", host_alt=[NPM, None],
        note="no URL at all: the host is yarn's default registry (inferred); raising --network-timeout fixed it"),
    net("yarnpkg/yarn#750", "net_npm", "registry.yarnpkg.com", "raw",
        "[2/4] Fetching packages...\nerror read ECONNRESET\n    at exports._errnoException (util.js:1036:11)\n    at TLSWrap.onread (net.js:564:26)",
        cause="connectivity.reset", cmd="yarn install", host_alt=[NPM, None], note="no URL: the host is yarn's default registry (inferred)"),
    net("yarnpkg/yarn#8742", "net_npm", NPM, "bk_raw",
        'error An unexpected error occurred: "https://registry.npmjs.org/@typescript-eslint%2feslint-plugin: read ECONNRESET".',
        cause="connectivity.reset", run="yarn install --frozen-lockfile"),
    net("yarnpkg/yarn#6969", "net_npm", "registry.yarnpkg.com", "jenkins",
        'error An unexpected error occurred: "https://registry.yarnpkg.com/faker/-/faker-3.1.0.tgz: unexpected end of file".',
        cause="connectivity.eof", cmd="yarn install", also_ok=["connectivity.reset"], note="intermittent in CI: a truncated tarball download"),
    net("conbench/conbench#815", "net_pip", PYPI, "raw",
        '#10 18.23     raise ReadTimeoutError(self._pool, None, "Read timed out.")\n#10 18.23 pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host=\'files.pythonhosted.org\', port=443): Read timed out.',
        head=bpa("ghcr.io/conbench/conbench:latest"), host_alt=["pypi.org"]),
    net("packit/ogr#545", "net_pip", PYPI, "raw",
        "2021-02-23 18:55:03.232890 | test-node | E  pip._vendor.urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Max retries exceeded with url: /packages/7e/83/284c6d3fac2e74532a9f51f908018690709db9af1469cf728574f6be3abf/setuptools_scm_git_archive-1.1-py2.py3-none-any.whl (Caused by ReadTimeoutError(\"HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out. (read timeout=15)\"))",
        host_alt=["pypi.org"]),
    net("platformio/platformio-vscode-ide#1571", "net_pip", "pypi.org", "raw",
        "Error: PIP Core:   WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/platformio/\nERROR: Exception:",
        cmd="pip install -U platformio"),
    net("pysal/spaghetti#213", "net_pip", PYPI, "raw", "    raise ReadTimeoutError(self._pool, None, 'Read timed out.')",
        cmd="pip install -r requirements-tests.txt", host_alt=["pypi.org", None],
        note="no host in the quoted line: pip was downloading a package, so PyPI's file host (inferred)"),
]
