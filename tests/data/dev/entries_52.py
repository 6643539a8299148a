"""Dev-set entries, batch 52 (BuildKit and buildx builders in CI beside the build's own mistakes that read like
them. Builders that lose their daemon mid-build: an Earthly satellite and a shared earthly-buildkitd that crash
under load, a self-hosted runner's buildkitd stopping with a graceful goaway, buildctl's `transport is closing`, a
frontend image that panics buildkitd; builders that never come up: a docker-container builder dialled before its
socket exists, kubernetes-driver builders refused by pod security policy or reached as an anonymous user, builders
removed or renamed under each other by self-hosted runners sharing one Docker host, a first kamal deploy that logs
`no builder found` as a warning; drivers that are not there (Docker Build Cloud's `cloud` driver in OrbStack and in
Pulumi's embedded buildx); QEMU's arm64 emulation segfaulting in libc-bin after a binfmt upgrade; a remote buildkitd
over TLS whose certificate the client does not trust; Depot's registry refusing blob uploads; registries failing
the buildkit image at boot and the push at export (Docker Hub 500 and 502, GHCR's `cannot reuse body`, a layer
commit with no response), Docker Hub's token service timing out or refusing a new buildx, stale ECR Public logins,
a proxy that hides the `docker/dockerfile` frontend image, setup-buildx-action unable to find or download a buildx
release. The build's own: `failed to compute cache key` for paths the context does not hold, a Dockerfile parse
error from a Docker too old for `RUN --mount`, multi-platform builds on the docker driver, an arm64 base image with
no QEMU step, a build secret that was never passed, a push to a tag without a Docker Hub namespace, buildctl
pointed at an http:// address and the docker CLI pointed at buildkitd, Depot builds without a project ID, a
provider that needs its exec mode for Build Cloud). `err` is verbatim from the source (a GitHub thread found with
the search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, bold and italic
markers, backticks around a one-line quote) only that markup was dropped, and so were a paste's line-number gutter
and the indentation an action's log view or a tool's report put before every line, never a word of the log; where
a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Hosts follow
the README's strict rule: a host is given only where a line of the log names it for the failing call; an inferred
one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"crazy-max/ghaction-docker-buildx#116", "chatwork/dockerfiles#1080", "cloudbees-oss/smart-tests-cli#1036",
         "Agoric/agoric-sdk#10087"}

B = Batch(PULLS)
bld = B.family("builder")
reg = B.family("registry")
conn = B.family("connectivity")
gh = B.family("github")
own = B.build()

BPA = ["Run docker/build-push-action@v6"]
HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
LOST = "builder.connection_lost"
INIT = "builder.init_failed"
QEMU_CRASH = "builder.emulation_crash"
MULTI = "builder.multiplatform_unsupported"
MISSING = "build.missing_file"
DEPOT = "builder.project_missing"
STALE = "credentials.stale_login"
MULTI_NOTE = ("a multi-platform build on the runner's default docker driver: the workflow never creates a "
              "docker-container builder (docker/setup-buildx-action or `docker buildx create --use`); the same every run")

E = [
    # --- builders that lose their daemon mid-build --------------------------------------------------------------------
    bld("earthly/earthly#3294", "builder", LOST, True, "service", None,
        "               +lint | --> expandargs find . -name Cargo.toml -exec bash -c '/tmp/stoml {} package.name; printf \"\\n\"' \\;\nView logs at https://cloud.earthly.dev/builds/0e9d6196-2cbe-4a87-b2a4-81dbb4cccee6\n            _unknown *failed* | build target: build main: failed to solve: Unavailable: error reading from server: EOF\nError: build target: build main: failed to solve: Unavailable: error reading from server: EOF\nError: Process completed with exit code 1.",
        cmd="earthly --ci +lint", raw_is_log=True, also_ok=["builder.crashed", "builder.remote_unreachable"],
        note="Earthly satellites (remote BuildKit) from GitHub Actions: several jobs failed at once; a later reporter finds the satellite's buildkit 'was recently restarted' (crashed) under --push builds; the link is the build log's viewer, not the failing call; later runs pass"),
    bld("earthly/earthly#1220", "builder", LOST, True, "local", None,
        "Error: build target: build main: bkClient.Build: listing workers for Build: failed to list workers: Unavailable: connection closed.",
        cmd="earthly +test", also_ok=["builder.crashed", INIT],
        note="ten GitHub runners per CentOS box share one earthly-buildkitd, which panics ('failed to get edge') under the parallel targets; every attached build loses its connection and the next runs pass (the quote was inline code)"),
    bld("docker/buildx#2789", "builder", LOST, True, "local", None,
        "#6 extracting sha256:fbf93b646d6b4d6612a25d50599f4d8e3c7785f83c6ba085219f9d4d334e8aa3\nERROR: failed to receive status: rpc error: code = Unavailable desc = closing transport due to: connection error: desc = \"error reading from server: EOF\", received prior goaway: code: NO_ERROR, debug data: \"graceful_stop\"\nError: buildx failed with: ERROR: failed to receive status: rpc error: code = Unavailable desc = closing transport due to: connection error: desc = \"error reading from server: EOF\", received prior goaway: code: NO_ERROR, debug data: \"graceful_stop\"",
        head=BPA, raw_is_log=True,
        note="self-hosted Ubuntu 24.04 runners on recent Docker and buildx: the builder's daemon shuts down (goaway graceful_stop) while a layer is extracted; 'A rerun of the workflow fixes it in most cases'"),
    bld("moby/buildkit#1222", "builder", LOST, True, "local", None,
        "#26 [requirements 7/7] RUN     cd /app/.venv/lib/pyth...\n#26 0.136 patching file ipfshttpclient/multipart.py\n#26 DONE 0.2s\nerror: failed to receive status: rpc error: code = Unavailable desc = transport is closing",
        cmd="buildctl build --frontend=dockerfile.v0 --local context=. --local dockerfile=.",
        note="'I'm also running into this issue quite often': every step completes and buildctl's connection to buildkitd closes at the end (the daemon logs a canceled Solve); the paste's line-number gutter (660-663) is left out"),
    bld("moby/buildkit#5360", "builder", "builder.frontend_crashed", False, "service", None,
        "#11 [linux/amd64 internal] load metadata for docker.io/tonistiigi/xx:1.4.0\n#11 DONE 0.4s\nerror: error while Copy (stream to stdout): read unix @->/run/buildkit/buildkitd.sock: read: connection reset by peer\nERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF",
        cmd="docker buildx bake", also_ok=[LOST, "builder.crashed"],
        note="BuildKit's own CI: docker/dockerfile-upstream:master makes buildkitd panic (nil pointer in llbsolver.recomputeDigests), so the client sees the socket reset and EOF; the same frontend fails the same way until the code is fixed"),
    # --- builders that never come up ----------------------------------------------------------------------------------
    bld("pulumi/pulumi-docker-build#102", "builder", INIT, True, "local", None,
        "docker-build:index:Image (my-image):\n  error: listing workers for Build: failed to list workers: Unavailable: connection error: desc = \"error reading server preface: EOF\"\n\npulumi:pulumi:Stack (my-project.staging):\n  error: update failed\n\n  error: dial unix /run/buildkit/buildkitd.sock: connect: no such file or directory",
        cmd="pulumi up --yes", also_ok=[LOST],
        note="'Sometimes but not always' in GitHub Actions: the provider dials a just-created docker-container builder before its buildkitd listens; 'Retrying may work' (labelled resolution/fixed); Pulumi's four-space report indent is dropped"),
    bld("vmware-archive/buildkit-cli-for-kubectl#24", "builder", INIT, False, "local", None,
        " => => # Warning buildkit-f5448b5fd FailedCreate Error creating: pods \"buildkit-f5448b5fd-\" is forbidden: unable to validate against any pod security polic\n => => # y: []",
        cmd="kubectl build -t myimage .", also_ok=["builder.namespace_denied", "credentials.permission_denied"],
        note="a brand-new Tanzu guest cluster whose pod security policy admits no pod for the builder deployment; the CLI waits out its timeout; only an RBAC/PSP change helps"),
    bld("docker/buildx#267", "builder", INIT, False, "local", None,
        "User \"system:anonymous\" cannot create resource \"deployments\" in API group \"apps\" in the namespace \"myNamespace\"",
        cmd="docker buildx build --builder mybuilder .", also_ok=["credentials.unauthorized", "credentials.permission_denied"],
        note="the kubernetes driver reaches the API server without the kubeconfig's credentials (as system:anonymous), so it may not create its buildkit deployment; a configuration question, the same every run"),
    bld("crazy-max/ghaction-docker-buildx#116", "builder", "builder.removed_concurrently", True, "local", None,
        "failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to build LLB: context canceled",
        cmd="docker buildx build --platform linux/amd64,linux/arm64 .", also_ok=[LOST, "builder.name_conflict"],
        note="two self-hosted runners on one Docker host both used the builder named 'builder'; when runner A's job ended it removed it under runner B's build; depends on timing, and the PR gives each builder a unique name (the quote was inline code)"),
    bld("docker/setup-buildx-action#47", "builder", "builder.name_conflict", False, "local", None,
        "/usr/bin/docker buildx create --name builder-build-linux-images-2 --driver docker-container --driver-opt env.http_proxy=***** --driver-opt env.https_proxy=***** --driver-opt image=******* --buildkitd-flags --allow-insecure-entitlement security.insecure --allow-insecure-entitlement network.host --use\nexisting instance for builder-build-linux-images-2 but no append mode, specify --node to make changes for existing instances\nError: The process '/usr/bin/docker' failed with exit code 1",
        head=["Run docker/setup-buildx-action@v1", "📣 Buildx version: 0.4.2", "🔨 Creating a new builder instance"], raw_is_log=True, also_ok=[INIT],
        note="matrix jobs on several self-hosted runners of one server derive the same builder name; the second create finds the first's instance; labelled bug and fixed in the action with unique names; the matrix collides again on a re-run"),
    bld("basecamp/kamal#503", "builder", "builder.builder_missing", True, "local", None,
        " DEBUG [bda1b61e]       ERROR: no builder \"myapp-multiarch\" found\n ERROR Missing compatible builder, so creating a new one first",
        cmd="kamal deploy", fatal=False, also_ok=["builder.not_running"],
        note="a first deploy: kamal probes for its multiarch buildx builder, logs the miss in red and creates one; 'This is just a warning, not an actual error'"),
    # --- drivers that are not there -----------------------------------------------------------------------------------
    bld("orbstack/orbstack#1552", "builder", "builder.driver_missing", False, "local", None,
        "ERROR: failed to find driver \"cloud\"",
        cmd="docker buildx build https://github.com/dockersamples/buildme.git --builder cloud-orgname-buildername",
        note="OrbStack's bundled buildx has no Docker Build Cloud driver, which ships only in docker/buildx-desktop; OrbStack may not bundle it, so the user installs that client by hand"),
    own("pulumi/pulumi-docker-build#549", "builder.driver_missing",
        "docker-build:index:Image (image):\n  error: loading nodes: failed to find driver \"cloud\"",
        component="builder", cmd="pulumi up", also_ok=["builder.init_failed"],
        note="the same cloud builder works from `docker buildx build`; the provider's embedded buildx has no cloud driver, so the program must use the provider's exec mode (the issue asks for that to be documented and the error improved)"),
    # --- QEMU emulation -----------------------------------------------------------------------------------------------
    bld("opensearch-project/opensearch-benchmark#755", "builder", QEMU_CRASH, False, "service", None,
        "#11 83.19 Processing triggers for libc-bin (2.31-13+deb11u5) ...\n#11 83.24 qemu: uncaught target signal 11 (Segmentation fault) - core dumped\n#11 83.59 Segmentation fault (core dumped)\n#11 83.61 qemu: uncaught target signal 11 (Segmentation fault) - core dumped\n#11 83.97 Segmentation fault (core dumped)\n#11 83.97 dpkg: error processing package libc-bin (--configure):\n#11 83.97  installed libc-bin package post-installation script subprocess returned error exit status 139\n#11 83.99 Errors were encountered while processing:\n#11 83.99  libc-bin\n#11 84.16 E: Sub-process /usr/bin/dpkg returned an error code (1)\n#11 ERROR: process \"/bin/sh -c apt-get install -y curl git gcc pbzip2 pigz make jq\" did not complete successfully: exit code: 100",
        head=BPA, also_ok=["builder.exec_format", "build.step_failed"],
        note="Feb 2025: setup-qemu-action's default tonistiigi/binfmt:latest moved to QEMU 9.2, whose arm64 user-mode emulation segfaults in libc-bin's trigger; every arm64 image build fails until binfmt is pinned to an older QEMU"),
    bld("docker/setup-qemu-action#199", "builder", QEMU_CRASH, False, "service", None,
        "#34 228.9 Processing triggers for libc-bin (2.35-0ubuntu3.8) ...\n#34 229.1 qemu: uncaught target signal 11 (Segmentation fault) - core dumped\n#34 229.6 Segmentation fault (core dumped)\n#34 229.7 qemu: uncaught target signal 11 (Segmentation fault) - core dumped\n#34 230.1 Segmentation fault (core dumped)\n#34 230.1 dpkg: error processing package libc-bin (--configure):\n#34 230.1  installed libc-bin package post-installation script subprocess returned error exit status 139",
        head=BPA, also_ok=["builder.exec_format", "build.step_failed"],
        note="'Our CI recently starting failing' on an Ubuntu jammy arm64 stage right after a new binfmt image was pushed; pinning tonistiigi/binfmt:qemu-v7.0.0-28 works around it; the Dockerfile is unchanged"),
    own("docker/build-push-action#748", "builder.emulation_missing",
        "Error: buildx failed with: ERROR: failed to solve: executor failed running [/bin/sh -c apk update]: exit code: 1",
        component="builder", head=BPA, raw_is_log=True, also_ok=["builder.exec_format", "build.step_failed"],
        note="FROM arm64v8/alpine on an amd64 runner with no docker/setup-qemu-action step, so the first RUN cannot execute; the reporter: 'The problem was that I haven't sertup the virtualizer' (bold, italic and backtick markup dropped)"),
    # --- multi-platform builds on the docker driver -------------------------------------------------------------------
    own("tconbeer/sqlfmt#372", MULTI,
        "Error: buildx failed with: ERROR: multiple platforms feature is currently not supported for docker driver. Please switch to a different driver (eg. \"docker buildx create --use\")",
        component="builder", head=BPA, raw_is_log=True,
        note=MULTI_NOTE + "; adding the setup-qemu and setup-buildx steps from the project it was copied from fixed it"),
    own("cloudbees-oss/smart-tests-cli#1036", MULTI,
        "ERROR: Multi-platform build is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/build-multi-platform/",
        component="builder", head=BPA,
        note=MULTI_NOTE + "; the PR adds docker/setup-buildx-action (newer buildx wording; the docs link is no host)"),
    own("chatwork/dockerfiles#1080", MULTI,
        "error: multiple platforms feature is currently not supported for docker driver. Please switch to a different driver (eg. \"docker buildx create --use\")\nmake: *** [Makefile:41: push] Error 1",
        component="builder", cmd="make push", raw_is_log=True,
        note=MULTI_NOTE + "; a CircleCI job, and the PR adds the `docker buildx create` the message asks for"),
    # --- remote buildkitd over tcp and TLS ----------------------------------------------------------------------------
    bld("moby/buildkit#3638", "builder", "builder.remote_tls_failed", False, "local", None,
        "[+] Building 0.0s (0/0)\nerror: listing workers for Build: failed to list workers: Unavailable: connection error: desc = \"transport: authentication handshake failed: x509: certificate signed by unknown authority\"",
        cmd="buildctl --addr=tcp://homelab-dev.local.thelastpri.me:80 --tlscacert /certs/ca.crt --tlscert /certs/tls.crt --tlskey /certs/tls.key b --frontend dockerfile.v0 --local context=. --local dockerfile=./containers/buildtools",
        host_alt=["homelab-dev.local.thelastpri.me", "homelab-dev.local.thelastpri.me:80"], also_ok=["connectivity.tls_failed", "builder.remote_unreachable"],
        note="buildctl in one cluster dials buildkitd in another through port 80 and is shown a certificate its cert-manager CA does not sign (in-cluster mTLS works); open, no fix; a re-run meets the same certificate"),
    own("moby/buildkit#1025", "builder.remote_addr_invalid",
        "[+] Building 0.0s (0/0)\nerror: failed to get status: rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = \"transport: error while dialing: dial http: unknown network http\"",
        component="builder", cmd="buildctl --addr http://10.169.36.51/run/buildkit/buildkitd.sock build --frontend dockerfile.v0 --local dockerfile=. --local context=. --output type=image,name=jungler/test",
        also_ok=["builder.remote_unreachable"],
        note="an http:// address for a buildkitd on another machine; AkihiroSuda: serve it with --addr tcp://0.0.0.0:1234 and TLS and point buildctl at tcp://; a wrong address, no network failure"),
    own("moby/buildkit#1982", "builder.remote_addr_invalid",
        "[+] Building 0.0s (0/0)\nerror: error during connect: Get http://127.0.0.1:1234/v1.24/containers/buildx_buildkit_default/json: EOF",
        component="builder", host="127.0.0.1:1234", cmd="docker --host tcp://127.0.0.1:1234 --tlscacert .certs/client/ca.pem --tlscert .certs/client/cert.pem --tlskey .certs/client/key.pem build buildx .",
        also_ok=["builder.remote_unreachable", LOST],
        note="the docker CLI pointed at a port-forwarded buildkitd speaks the Docker API to it and gets EOF; tonistiigi: 'Not possible atm' (buildx had no remote driver yet)"),
    # --- Depot --------------------------------------------------------------------------------------------------------
    own("depot/build-push-action#43", DEPOT,
        "Error: error retrieving projects: permission_denied: Not authorized",
        component="builder", head=["Run depot/build-push-action@v1"], raw_is_log=True, also_ok=["credentials.permission_denied", "credentials.unauthorized"],
        note="no project input and no depot.json: the CLI falls into its onboarding path and lists projects with an OIDC token that may not; 'I spent too much time looking for errors in my github permissions' (depot/cli#511 later gives a clear error)"),
    own("Agoric/agoric-sdk#10087", DEPOT,
        "Error: could not configure buildx: unknown project ID (run `depot init` or use --project or $DEPOT_PROJECT_ID)",
        component="builder", head=["Run depot/build-push-action@v1"], raw_is_log=True,
        note="the depot.json project ID file was accidentally left out of the PR that moved image builds to Depot; adding it fixed 'Docker Build Release Images'"),
    reg("unkeyed/unkey#4996", "registry", "registry.server_error", True, "service", "registry.depot.dev",
        "build failed: failed to solve: failed to push registry.depot.dev/js84m5t9h8:proj_tG71JeQB3Trg-d_Hud98gje: unexpected status from POST request to https://registry.depot.dev/v2/js84m5t9h8/blobs/uploads/: 404 Not Found",
        also_ok=["registry.upload_lost", "registry.artifact_not_found"],
        note="'Intermittent build failure when exporting to image': Depot's registry answers the blob-upload POST for an existing project with 404; nothing in the build changes between failing and passing runs"),
    # --- registries at boot and at export -----------------------------------------------------------------------------
    reg("docker/setup-buildx-action#458", "registry", "registry.server_error", True, "service", None,
        "#1 [internal] booting buildkit\n#1 pulling image moby/buildkit:buildx-stable-1\n#1 pulling image moby/buildkit:buildx-stable-1 4.5s done\n#1 ERROR: error pulling image configuration: download failed after attempts=6: received unexpected HTTP status: 500 Internal Server Error\n------\n > [internal] booting buildkit:\n------\nERROR: error pulling image configuration: download failed after attempts=6: received unexpected HTTP status: 500 Internal Server Error\nError: ERROR: error pulling image configuration: download failed after attempts=6: received unexpected HTTP status: 500 Internal Server Error",
        head=["Run docker/setup-buildx-action@v3", "Booting builder", "/usr/bin/docker buildx inspect --bootstrap --builder builder-2d80cd8b-7ef3-473e-b7d2-4c1cf507a3f9"], raw_is_log=True,
        host_alt=[*HUB, "production.cloudflare.docker.com"], also_ok=["registry.outage"],
        note="Dec 2025: Docker Hub answers 500 for the buildkit image's config blob six times while the builder boots; the workflow is the action's minimal setup; the action log's indentation is dropped"),
    reg("docker/setup-buildx-action#120", "registry", "registry.server_error", True, "service", "registry-1.docker.io",
        "buildx failed with: error: Error response from daemon: Head \"https://registry-1.docker.io/v2/moby/buildkit/manifests/buildx-stable-1\": received unexpected HTTP status: 502 Bad Gateway",
        head=BPA, raw_is_log=True, also_ok=["registry.outage"],
        note="Dec 2021: Docker Hub's 502 on the moby/buildkit manifest while the builder is created, in setup-buildx-action (which survives it) and build-push-action (which fails); a Hub-side incident (the quote was inline code)"),
    conn("arc53/DocsGPT#555", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "auth.docker.io",
        "failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to authorize: rpc error: code = Unknown desc = failed to fetch oauth token: Get \"https://auth.docker.io/token?scope=repository%3Alibrary%2Fnode%3Apull&service=registry.docker.io\": net/http: TLS handshake timeout\nERROR: Service 'frontend' failed to build : Build failed",
        cmd="./setup.sh", also_ok=["registry.metadata_timeout", "connectivity.timeout"],
        note="the token request for the node base image never completes its TLS handshake with Docker Hub's auth service; nothing in the project's Dockerfile; closed without a code change"),
    reg("docker/build-push-action#239", "registry", "registry.server_error", True, "service", None,
        "failed to solve: rpc error: code = Unknown desc = unexpected status: 502 Bad Gateway",
        head=["Run docker/build-push-action@v2"], host_alt=[*HUB, "quay.io"], also_ok=["registry.outage"],
        note="pushes to Docker Hub and Quay; the same workflow YAML passed on its schedule earlier that day; the registry side answered 502 at export (the quote is the issue's title, the error the run ended with)"),
    reg("docker/build-push-action#626", "registry", "registry.cannot_reuse_body", True, "service", None,
        "buildx failed with: error: failed to solve: failed to copy: cannot reuse body, request must be retried",
        head=BPA, raw_is_log=True, host_alt=["ghcr.io"], also_ok=["registry.upload_lost", "registry.server_error"],
        note="labelled registry/github: a two-architecture push to GHCR fails in more than half the runs while GitHub's status is green (#452 had tied the same error to a GHCR incident); re-runs pass (the quote was inline code in a blockquote)"),
    reg("docker/build-push-action#251", "registry", "registry.upload_lost", True, "service", None,
        "#15 pushing layers 24.1s done\n#15 pushing manifest for registry.gitlab.com/votca/buildenv/ubuntu:18.04\n#15 pushing manifest for registry.gitlab.com/votca/buildenv/ubuntu:18.04 1.5s done\n#15 pushing layers 631.9s done\n#15 ERROR: failed commit on ref \"layer-sha256:49507e21bb5d0cee4bce2fee3248063d1eff846974de5da2d70f7edc07af9181\": no response\n------\n > exporting to image:\n------\nfailed to solve: rpc error: code = Unknown desc = failed commit on ref \"layer-sha256:49507e21bb5d0cee4bce2fee3248063d1eff846974de5da2d70f7edc07af9181\": no response\nError: buildx call failed with: failed to solve: rpc error: code = Unknown desc = failed commit on ref \"layer-sha256:49507e21bb5d0cee4bce2fee3248063d1eff846974de5da2d70f7edc07af9181\": no response",
        head=["Run docker/build-push-action@v2"], raw_is_log=True, host_alt=["ghcr.io", "registry.gitlab.com"], also_ok=["registry.server_error", "connectivity.timeout"],
        note="'ghcr.io: push times out unreproducible' (labelled registry-github): the push to GitLab's registry succeeds and a ten-minute layer commit to GHCR gets no response; the same image pushes on other runs"),
    # --- tokens and logins ------------------------------------------------------------------------------------------
    own("roboreg/roboreg#117", "credentials.push_denied",
        "Error: buildx failed with: ERROR: failed to build: failed to solve: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Froboreg%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized: access token has insufficient scopes",
        component="credentials", host="auth.docker.io", head=BPA, raw_is_log=True, also_ok=["build.invalid_reference", "credentials.unauthorized"],
        note="the scope asked for is repository:library/roboreg: the pushed tag has no Docker Hub namespace, so it targets the official-images namespace no user token may write; fixed in the workflow's image name (read from the scope; the thread is the log alone)"),
    bld("docker/buildx#3335", "credentials", "credentials.unauthorized", False, "local", "auth.docker.io",
        "ERROR: failed to build: failed to solve: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=*****pull%2Cpush&service=registry.docker.io: 401 Unauthorized",
        cmd="docker buildx build --push .", also_ok=["credentials.token_failed", "builder.client_regression"],
        note="after updating to Docker 28.3.2 and buildx 0.26.1 the push's token request is refused, while Docker 28.3.1 with buildx 0.25.0 pushes the same image with the same login; the scope is the reporter's redaction; a version change on the machine, not an outage"),
    B.entry("registry", "awslabs/generative-ai-cdk-constructs#331", "credentials", STALE, False, "local", "public.ecr.aws",
            "ERROR: failed to solve: public.ecr.aws/lambda/python:3.11.2023.11.13.10-x86_64: unexpected status from HEAD request to https://public.ecr.aws/v2/lambda/python/manifests/3.11.2023.11.13.10-x86_64",
            cmd="cdk deploy", also_ok=["credentials.ecr_token_expired", "credentials.unauthorized"],
            note="'caused by stale (expired) ecr credentials in my terminal': the expired ECR Public login is sent with a pull that works anonymously; `docker logout public.ecr.aws` fixed it"),
    B.entry("registry", "shelfio/libreoffice-lambda-base-image#25", "credentials", STALE, False, "local", "public.ecr.aws",
            "ERROR: failed to solve: public.ecr.aws/shelf/lambda-libreoffice-base:7.4-node16-x86_64: unexpected status from HEAD request to https://public.ecr.aws/v2/shelf/lambda-libreoffice-base/manifests/7.4-node16-x86_64: 403 Forbidden",
            cmd="docker build -t lambda-app .", also_ok=["credentials.ecr_token_expired", "credentials.permission_denied"],
            note="'I previously logged into a public AWS ECR and this was messing up with docker': after `docker logout public.ecr.aws` the public base image pulls; the 403 repeats until then"),
    # --- the frontend image and buildx itself -------------------------------------------------------------------------
    conn("microsoft/vscode-remote-release#7291", "connectivity", "connectivity.proxy_blocked", False, "local", None,
         "ERROR resolve image config for docker.io/docker/dockerfile:1.4",
         cmd="docker buildx build --load --build-arg BUILDKIT_INLINE_CACHE=1 -f Dockerfile-with-features .", host_alt=HUB,
         also_ok=["connectivity.proxy_misconfigured", "connectivity.proxy_refused"],
         note="Dev Containers 0.255 writes `# syntax=docker/dockerfile:1.4` into the Dockerfile it generates; behind the reporter's proxy rules that frontend image cannot be fetched, every time; the previous extension version built without it (the quote was inline code)"),
    gh("docker/setup-buildx-action#190", "github", "github.server_error", True, "service", None,
       "Cannot find buildx v0.9.1 release",
       head=["Run docker/setup-buildx-action@v2.2.1"], host_alt=["raw.githubusercontent.com", "github.com"], also_ok=["github.outage", "github.api_rate_limited"],
       note="27 Jan 2023: for every version spec including latest, 'It suddenly cropped up in the last 30 minutes': the action's lookup of buildx's releases list on GitHub failed; the maintainers then moved that list into actions-toolkit (setup-buildx-action#200)"),
    gh("docker/setup-buildx-action#225", "github", "github.tls_cert_expired", True, "service", None,
       "Download buildx from GitHub Releases\nError: certificate has expired",
       head=["Run docker/setup-buildx-action@v2", "Docker info"], raw_is_log=True, host_alt=["github.com", "objects.githubusercontent.com"],
       also_ok=["connectivity.tls_failed", "github.download_stalled"],
       note="24 Mar 2023: the same step downloaded buildx v0.10.4 from GitHub Releases hours earlier; other setup actions hit 'certificate has expired' the same afternoon and it cleared without changes"),
    # --- the build's own: COPY and ADD of paths the context does not hold ---------------------------------------------
    own("docker/buildx#1075", MISSING,
        "Error: buildx failed with: error: failed to solve: failed to compute cache key: failed to calculate checksum of ref vseuhyvqn4l8k1dz9mg7kjmgb::d29fvtefjg5fqipg4a6jo3lrp: \"/dist/kubernetes-ingress_linux_amd64/nginx-ingress\": not found",
        head=BPA, raw_is_log=True, also_ok=["gha_cache.cache_miss"],
        note="the binary is built by GoReleaser and restored with actions/cache; GoReleaser's new amd64 folder suffix (goreleaser#3057) moved it out of the path the Dockerfile COPYs; nothing in buildx"),
    own("casdoor/casdoor#1048", MISSING,
        "buildx failed with: error: failed to solve: failed to compute cache key: \"/go/src/casdoor/.git/refs/heads\" not found: not found",
        head=BPA, raw_is_log=True,
        note="a Dockerfile change started copying .git/refs/heads, which the CI build context does not contain; it failed again after a follow-up and the maintainer asked to revert the Docker change (the quote is the issue's title; the log was a screenshot)"),
    own("unkeyed/unkey#4980", MISSING,
        "[500 Internal] build failed: failed to solve: failed to compute cache key: failed to calculate checksum of ref 3ocz16yesz4a3wkr543443d0r::j699ymluudn0omlqjijesrtai: \"/dist/linux/amd64\": not found",
        also_ok=["registry.server_error"],
        note="the '[500 Internal]' is the deploy workflow's status wrapper around BuildKit's answer: the Dockerfile COPYs /dist/linux/amd64, which that build's context does not hold"),
    # --- the build's own: frontend, secrets --------------------------------------------------------------------------
    own("evryfs/github-actions-runner-operator#426", "build.dockerfile_parse",
        "failed to solve with frontend dockerfile.v0: failed to create LLB definition: Dockerfile parse error line 15: Unknown flag: mount",
        cmd="docker build -t app .", also_ok=["build.client_outdated", "build.tool_outdated"],
        note="the runner's Docker 19.03 built-in frontend predates RUN --mount; the maintainer: 'Your Dockerfile frontend does not match your docker version'; a newer Docker on the runner (or a syntax directive) is needed, every run fails alike"),
    own("docker/build-push-action#754", "build.secret_missing",
        "#18 [build 10/17] RUN --mount=type=secret,id=github_token     cat /run/secrets/github_token\n#18 0.422 cat: can't open '/run/secrets/github_token': No such file or directory\n#18 ERROR: process \"/bin/sh -c cat /run/secrets/github_token\" did not complete successfully: exit code: 1",
        head=BPA, also_ok=["credentials.missing"],
        note="the reusable workflow passes secrets: \"github_token=${{ inputs.token }}\" and BuildKit mounts no file for the id, so the secret never reached the build (read from the workflow; the thread closed without a written fix); a blockquote marker before the first line is dropped"),
]
