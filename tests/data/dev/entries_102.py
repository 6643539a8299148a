"""Dev-set entries, batch 102 (image builders failing mid-build in ways a re-run fixes, set against builder
faults that a re-run does not fix and the build's own builder configuration mistakes). The service side: Docker Hub
answering 503 for a base-image manifest in a bake, 500 for the moby/buildkit image while setup-buildx boots the
builder, 500 for a project's published base-image blob and for a library manifest HEAD (once in a legacy `docker
build` that the action itself retries), 503 during Docker Hub's June 2018 caching incident and for a bearer token
while skopeo copies a manifest list into Docker Hub. Beside those transient ones, builder releases whose bugs fail
every run until the builder changes: a buildx bake regression that answers a bare `ERROR: EOF` for `--set
*.cache-to=""`, another that lstat()s a local output directory before creating it, buildx 0.9.0's bake that loses
the Dockerfile, BuildKit 0.31's S3 cache uploads with aws-chunked encoding refused 501 by an S3-compatible store,
a master BuildKit that panics on one Dockerfile (`transport is closing`), and fresh docker-container builders whose
first bake over a local cache closes the client connection. The runner's side: BuildKit solver races in bake and
in Dagger's shared runners (`failed to get state for index 0`), the Dockerfile frontend crashing on concurrent map
writes (`failed to solve: exit code: 2` under a `# syntax` line), the kubernetes driver dropping sibling solves when
one target finishes, the runner's dockerd crashing under concurrent builds (gitlab-runner, dind), and an OrbStack
machine whose buildx has no `cloud` driver. The rest (about 40%), the build's own mistakes: a Dockerfile with CR line
endings that crashes the frontend into `error reading from server: EOF`, cache export on the docker driver,
`--load` of a multi-platform image, multi-platform builds on the docker driver (old and new wording), a builder
created under another DOCKER_CONFIG, a `cache-to` without `type=`, an `s3` cache on a BuildKit that did not have
it yet, heredocs and `RUN --mount` given to a builder or frontend that does not parse them. `err` is verbatim from
the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside
Markdown (code fences, backticks, blockquotes, indented code blocks, line-number links GitHub pasted between log
lines) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on
into prose or is cut, the entry stops at the last whole log line. Elisions and masks ('…', '<redacted>', 'xxx')
are the reporters' own. Hosts follow the strict rule: a host is given only where a line of the log names it for the
failing call; an inferred or masked one goes in host_alt. Labels were set from the threads before the matcher saw
any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"docker/buildx#2557", "tonistiigi/xx#189", "green-coding-solutions/green-metrics-tool#1354", "grafana/k6#3047",
         "cilium/cilium#39681", "cozystack/cozystack#2962", "triton-inference-server/fil_backend#181", "231self/maskura#6"}  # fmt: skip

B = Batch(PULLS)
bld = B.family("builder")
own = B.build("builder")

HUB = "registry-1.docker.io"
S5XX = "registry.server_error"
LOST = "builder.connection_lost"
RACE = "builder.internal_error"
BUG = "builder.buildkit_bug"
REGRESSION = "builder.buildkit_regression"
BX_REGRESSION = "builder.buildx_regression"
PARSE = "build.dockerfile_parse"
MULTI = "builder.multiplatform_unsupported"
MLIST = "builder.manifest_list_load"

E = [
    # --- the registries' side: base images and the builder image answering 5xx ----------------------------------------
    bld("docker/buildx#2557", "registry", S5XX, True, "service", HUB,
        "Error: buildx bake failed with: ERROR: failed to solve: golang:1.21-alpine: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/golang/manifests/sha256:7be705459d742b10b0cd7800c25a94f5d6e2895a330fe73fea20067e8664bddc: 503 Service Unavailable",
        host_alt=["docker.io"], also_ok=["registry.no_endpoint", "registry.pull_failed"],
        note="buildx's own CI on a BuildKit-bump PR, 26 June 2024: thaJeztah, 'LOL docker hub doesn't like us'; Docker Hub's 503 for the golang base manifest, nothing the PR touched; the PR merged"),
    bld("tech-shrimp/docker_image_pusher#365", "registry", S5XX, True, "service", None,
        "Booting builder\n  /usr/bin/docker buildx inspect --bootstrap --builder builder-ca04f222-6dbb-4615-8ec1-a86a8dd680ff\n  #1 [internal] booting buildkit\n  #1 pulling image moby/buildkit:buildx-stable-1\n  #1 pulling image moby/buildkit:buildx-stable-1 6.0s done\n  #1 ERROR: error pulling image configuration: download failed after attempts=6: received unexpected HTTP status: 500 Internal Server Error\n  ------\n   > [internal] booting buildkit:\n  ------\n  ERROR: error pulling image configuration: download failed after attempts=6: received unexpected HTTP status: 500 Internal Server Error\n  Error: The process '/usr/bin/docker' failed with exit code 1",
        host_alt=[HUB, "docker.io"], also_ok=["builder.init_failed", "registry.pull_failed"],
        note="5 December 2025, 'it always worked, today this error suddenly' (the reporter, in Chinese); the same day's docker/setup-buildx-action#458 shows the identical 500 for moby/buildkit, which crazy-max's setup-buildx-action#609 lists among transient pull flakes; the log names no host"),
    bld("zakharb/labshock#23", "registry", S5XX, True, "service", HUB,
        "------\n > [ews 2/7] COPY entrypoint.sh /entrypoint.sh:\n------\nDockerfile:6\n--------------------\n   4 |     # entrypoint\n   5 |     USER root\n   6 | >>> COPY entrypoint.sh /entrypoint.sh\n   7 |     COPY start-vnc.sh /home/engineer/start-vnc.sh\n   8 |     RUN chmod +x /entrypoint.sh\n\ntarget ews: failed to solve: failed to compute cache key: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/zakharbz/labshock-ews/blobs/sha256:c8bda06f3df2492f85d0abea0a1caa9975a0f8f3e7df49e4c0d8196d2742a694: 500 Internal Server Error",
        cmd="docker-compose build", host_alt=["docker.io"], also_ok=["registry.blob_unknown", "registry.pull_failed"],
        note="July 2025, `docker-compose build`: Docker Hub answers 500 for a blob of the project's published base image while BuildKit computes the COPY's cache key; the Dockerfile frames the COPY line but the failing call is the blob GET; closed"),
    bld("hmanzur/actions-aws-eb#9", "registry", S5XX, True, "service", HUB,
        '  Head "https://registry-1.docker.io/v2/library/python/manifests/3": received unexpected HTTP status: 500 Internal Server Error',
        head=["Step 1/7 : FROM python:3"], also_ok=["registry.no_endpoint", "registry.pull_failed"],
        note="June 2022, a container action's legacy `docker build` of FROM python:3: 'It seems to give a 500 Internal Server Error from docker.io'; the runner itself logs 'back off 9.399 seconds before retry' for it (the line-number links GitHub pasted between the log lines were dropped)"),
    bld("docker/hub-feedback#2375", "registry", S5XX, True, "service", HUB,
        "ERROR: failed to solve: node:20-bullseye-slim: unexpected status from HEAD request to https://registry-1.docker.io/v2/library/node/manifests/20-bullseye-slim: 500 Server Error",
        host_alt=["docker.io"], also_ok=["registry.metadata_timeout", "registry.pull_failed"],
        note="18 March 2024, from 9:00 to 13:45 CST: the build's base image and a plain `docker pull node:20-bullseye-slim` both get Docker Hub's 500 for the manifest HEAD; filed with Docker Hub's own feedback tracker, closed"),
    bld("docker/hub-feedback#1548", "registry", S5XX, True, "service", HUB,
        "Unable to find image 'wurstmeister/zookeeper:latest' locally\ndocker: Error response from daemon: Get https://registry-1.docker.io/v2/wurstmeister/zookeeper/manifests/latest: received unexpected HTTP status: 503 Service Unavailable.",
        cmd="docker run wurstmeister/zookeeper", host_alt=["docker.io"], also_ok=["registry.no_endpoint"],
        note="24 June 2018: manishtomar (Docker): 'We had problems in our caching system causing errors. It has since been fixed'; another user: 'it's solved my build passed'"),
    bld("nextstrain/docker-base#167", "registry", S5XX, True, "service", None,
        'level=fatal msg="copying image 1/2 from manifest list: trying to reuse blob sha256:ebcef9626a74101d66b49a2853ae4fb955a5492cefd5abfc940fff72b0ad9035 at destination: Requesting bearer token: invalid status code from registry 503 (Service Unavailable)"',
        host_alt=["docker.io", "auth.docker.io"], also_ok=["credentials.token_service_error", "registry.error_response"],
        note="the image pipeline's copy of a freshly built multi-arch image from GHCR to Docker Hub, 23 June 2023: filed as 'Transient errors', closed after 'I haven't seen any new occurrences'; the token endpoint is not named in the line"),
    # --- builder releases whose bugs fail every run until the builder changes -------------------------------------------
    bld("docker/buildx#3020", "builder", BX_REGRESSION, False, "service", None,
        '  /usr/bin/docker buildx bake --file docker-bake.hcl --set *.cache-to="" --print pr\n  [internal] load local bake definitions\n  reading docker-bake.hcl 1.78kB / 1.78kB done\n  DONE 0.0s\n  ERROR: EOF\nError: cannot parse bake definitions: ERROR: EOF',
        also_ok=[REGRESSION, "gha_cache.exporter_config"],
        note="'Regression: Using --set *.cache.to=' (labelled kind/bug, area/bake): found on buildx v0.20.1, reproduced on v0.21.1, and 'Reverted to v0.19.3 and it worked'; a parse failure of the override, not a dropped connection, and the same on every run"),
    bld("tonistiigi/xx#189", "builder", BX_REGRESSION, False, "service", None,
        '/usr/bin/docker buildx bake --allow fs=* --set ld64-static-tgz.cache-from=type=gha,scope=ld64-static-tgz --set ld64-static-tgz.cache-to=type=gha,scope=ld64-static-tgz --set ld64-static-tgz.output=type=local,dest=./dist --metadata-file /home/runner/work/_temp/docker-actions-toolkit-JoTAgB/bake-metadata-9a10b24aa2.json --provenance mode=max,builder-id=https://github.com/tonistiigi/xx/actions/runs/12352600979/attempts/1 ld64-static-tgz\n#0 building with "builder-78d2fb6a-5012-4f41-ab3f-fccf206350b2" instance using docker-container driver\n\n#1 [internal] load local bake definitions\n#1 reading docker-bake.hcl 7.30kB / 7.30kB done\n#1 DONE 0.0s\nERROR: failed to evaluate path "./dist": lstat /home/runner/work/xx/xx/dist: no such file or directory',
        also_ok=[REGRESSION, "build.artifact_path_missing"],
        note="crazy-max on the PR, December 2024: the failure 'is not related' to the change and is 'Being fixed in https://github.com/docker/buildx/pull/2860' (bake checking a local output directory that the build itself creates); it fails every run on that buildx"),
    bld("docker/buildx#1276", "builder", BX_REGRESSION, False, "service", None,
        "ERROR: failed to solve: failed to read dockerfile: open /tmp/buildkit-mount1176813038/Dockerfile: no such file or directory",
        cmd="docker buildx bake -f docker-compose.yaml --load", also_ok=[REGRESSION, "build.dockerfile_missing"],
        note="'Since updating to v0.9.0 released yesterday' every bake of the compose file fails, locally and in CI, and 'the problem doesn't exist with version 0.8.2' (labelled bake, bug); the Dockerfile is where it always was"),
    bld("moby/buildkit#6969", "builder", REGRESSION, False, "service", None,
        "#18 ERROR: error writing layer blob: operation error S3: PutObject, https response error StatusCode: 501, RequestID: yny-1:<redacted>, HostID: , api error NotImplemented: AWS chunked encoding not supported.",
        also_ok=["gha_cache.remote_cache_refused", "gha_cache.export_failed"],
        note="since BuildKit v0.31 the s3 cache exporter sends aws-chunked uploads that Oracle's S3-compatible object storage refuses with 501; 'The same configuration works fine with BuildKit v0.30.0', fixed by crazy-max's moby/buildkit#6970 (only request required upload checksums); a 501 here is not an outage"),
    bld("moby/buildkit#679", "builder", BUG, False, "service", None,
        "error: failed to solve: rpc error: code = Unavailable desc = transport is closing",
        cmd="sudo buildctl build --frontend dockerfile.v0 --local context=. --local dockerfile=.", also_ok=[LOST, REGRESSION],
        note="'Systematic index out of range panic on a specific Dockerfile': a BuildKit built from master panics in buildkitd (the reporter's daemon log) every time it loads metadata for that one Dockerfile, so the client sees the transport close; a re-run panics again"),
    bld("docker/buildx#1325", "builder", BUG, False, "service", None,
        "ERROR: failed to solve: Canceled: grpc: the client connection is closing",
        cmd="docker buildx bake", also_ok=[LOST, "builder.session_timeout"],
        note="'New docker-container builders fail first bake using local cache': with a fresh docker-container builder, a bake over a populated local cache and a build context fails with this (or `Unavailable: error reading from server: EOF`); CI creates a fresh builder every job, so the re-run fails the same way (open)"),
    # --- the runner's BuildKit: races and crashes that pass on the next run ----------------------------------------------
    bld("docker/buildx#1202", "builder", "builder.frontend_crashed", True, "local", None,
        "WARNING: No output specified for docker-container driver. Build result will only remain in the build cache. To push result image into registry use --push or to load image into docker use --load\nDockerfile:1\n--------------------\n   1 | >>> # syntax=docker/dockerfile:1.4\n   2 |\n   3 |     ARG UBUNTU_TAG\n--------------------\nerror: failed to solve: exit code: 2",
        cmd="docker buildx bake", also_ok=[LOST, BUG],
        note="'maybe 1 out of 5 runs on my machine fails, even if nothing changes and the full path is CACHED' across 18 concurrent targets; the docker-container builder's log jedevc asked for shows 'fatal error: concurrent map writes' in the Dockerfile frontend (dockerfile2llb), a BuildKit race, not the `# syntax` line it frames"),
    bld("docker/buildx#1308", "builder", RACE, True, "local", None,
        "#65 CANCELED\n------\n > [ruby] importing cache manifest from xxx/cloud/web:master--ruby:\n------\n------\n > [bundled] importing cache manifest from xxx/cloud/web:master--bundled:\n------\n------\n > [assets] importing cache manifest from xxx/cloud/web:master--assets:\n------\nerror: failed to solve: failed to compute cache key: failed to get state for index 0 on [assets 8/9] WORKDIR /app/apps/cloud/web",
        cmd="docker buildx bake", also_ok=[BUG, LOST],
        note="only under `docker buildx bake` in CI (Docker 20.10.17 with BuildKit 0.9.3): a race in BuildKit's solver between concurrent targets, tracked upstream in moby/buildkit#3635 (jedevc asked whether it persists on v0.11); Depot's CLI retries exactly this error (depot/cli#90); 'xxx' is the reporter's mask"),
    bld("moby/buildkit#3635", "builder", RACE, True, "local", None,
        "#35 ERROR: failed to get state for index 0 on [builder 17/22] RUN /usr/local/bin/directory-checksum --max-depth 8 .\n------\n > [builder 17/22] RUN /usr/local/bin/directory-checksum --max-depth 8 .:\n------\nERROR: failed to solve: failed to compute cache key: failed to get state for index 0 on [builder 17/22] RUN /usr/local/bin/directory-checksum --max-depth 8 .",
        also_ok=[BUG],
        note="labelled kind/bug: pjonsson hit it in April 2024 on Docker 26.0.0 without bake, on machines building many images from one Dockerfile with different ARGs concurrently; tracked as a BuildKit solver bug (kind/bug), so the RUN step's own command is not at fault"),
    bld("dagger/dagger#6111", "builder", RACE, True, "local", None,
        "Error: input:1: pipeline.pipeline.container.export failed to solve for container publish: failed to compute cache key: failed to get state for index 0 on copy /runc /usr/local/bin/runc",
        also_ok=[BUG],
        note="Dagger's own CI, about once a day since it moved to shared runners: 'Intermittent `failed to get state for index` errors', pointed at moby/buildkit#3635 and suspected to be concurrent solves overlapping in vertices; other runs of the same job pass"),
    bld("docker/buildx#4063", "builder", LOST, True, "local", None,
        'E0906 20:58:08.428917  v2.go:105] "Copying stdin failed" err="io: read/write on closed pipe"\nE0906 20:58:08.429844  v2.go:105] "Copying stdin failed" err="use of closed network connection"\n\nERROR: target ci-arm64: failed to receive status: rpc error: code = Unavailable\n       desc = error reading from server: context canceled',
        cmd="docker buildx bake", also_ok=["builder.session_timeout"],
        note="kubernetes driver: a bake 'intermittently kills whichever solve is still running at the moment a sibling solve finishes'; crazy-max's fix (docker/buildx#4073): the shared client was made with one target's errgroup context, cancelled when that target completed; the pods stay up and the next run can pass"),
    bld("moby/buildkit#2889", "local", "local.docker_daemon_broken", True, "local", None,
        "Jul 06 08:29:22 appdev01 dockerd[178101]: fatal error: concurrent map writes\nJul 06 08:29:22 appdev01 dockerd[178101]: goroutine 9693 [running]:\nJul 06 08:29:22 appdev01 dockerd[178101]: runtime.throw({0x56417d660eed, 0xc0012bd2b8})",
        also_ok=[LOST, BUG],
        note="a gitlab-runner docker executor running `docker-compose -f docker-compose-build.yml build`: 'Randomly, docker daemon crashes and restarts', a concurrent map write in the daemon's vendored BuildKit remote-cache code; the runner's dockerd comes back and later builds pass"),
    bld("moby/moby#42422", "local", "local.docker_daemon_broken", True, "local", None,
        "fatal error: concurrent map writes\n\ngoroutine 2330884 [running]:\nruntime.throw(0x2057f4f, 0x15)",
        also_ok=[LOST, BUG],
        note="'Running multiple builds simultaneously on one docker daemon (K8s environment, dedicated dind dockers for CI purpose)': the dind daemon dies under concurrent builds in BuildKit's remotecache chains (the same crash that made docker/buildx#1308's reporter run a custom BuildKit); each build on its own passes"),
    B.local()("orbstack/orbstack#1630", "builder.driver_missing", False,
              'failed to find driver "cloud"',
              also_ok=["builder.builder_missing"],
              note="Docker Build Cloud from OrbStack's Docker: kdrag0n, 'it's part of their buildx-desktop binary', which OrbStack cannot ship ('We can't ship this for legal reasons'); the machine's buildx lacks the driver until buildx-desktop is installed by hand (quoted from the reporter's sentence)"),
    # --- the build's own: builders asked for what they do not do --------------------------------------------------------
    own("moby/moby#49858", PARSE,
        "ERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF",
        cmd="printf 'ARG VERSION=15-3.5\\rFROM postgis/postgis:$VERSION' | docker build -t foo -", also_ok=[BUG],
        note="'Never-ending build when using CR EOLs in Dockerfile': thaJeztah reproduced it on Docker 26.1, whose Dockerfile frontend panics (index out of range in dispatchStates.lastTarget) on CR line endings, so the client sees EOF; with LF line endings the same build passes, and no re-run of the CR file does"),
    own("green-coding-solutions/green-metrics-tool#1354", "builder.cache_export_unsupported",
        "Cache export is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/build-cache-backends/",
        component="builder", also_ok=["builder.driver_unsupported"],
        note="the PR's author: 'docker drivers which support DinD often do not support the cache_from and cache_to', so the custom build-cache settings are parked; the docs link is the message's own"),
    own("231self/maskura#6", "builder.cache_export_unsupported",
        "Cache export is not supported for the docker driver",
        component="builder", also_ok=["builder.driver_unsupported"],
        note="'cache-to=type=gha fails on the default docker driver'; the fix adds docker/setup-buildx-action with the docker-container driver (quoted from the PR's description)"),
    own("grafana/k6#3047", MLIST,
        "ERROR: docker exporter does not currently support exporting manifest lists",
        component="builder", also_ok=[MULTI, "builder.driver_unsupported"],
        note="the PR adds `--load` to the multi-platform image build so a later step can push it; the docker exporter cannot load a manifest list, and the author's comment quotes the resulting error"),
    own("docker/build-push-action#1157", MLIST,
        "Error: buildx failed with: ERROR: docker exporter does not currently support exporting manifest lists",
        component="builder", also_ok=[MULTI],
        note="building and loading linux/amd64 and linux/arm64 in one step to test them: 'When I test it with single platforms in multiple steps, that works'; closed, the load of a multi-platform result is the workflow's choice"),
    own("docker/buildx#1996", MULTI,
        'ERROR: Multiple platforms feature is currently not supported for docker driver. Please switch to a different driver (eg. "docker buildx create --use")',
        component="builder", also_ok=["builder.driver_unsupported"],
        note="chris-crone (Docker): the error for a multi-platform build on the docker driver without the containerd snapshotter, whose message the issue improves; a commenter: 'Once contained integration was enabled, I was able to build it successfully'"),
    own("modelcontextprotocol/inspector#515", MULTI,
        "ERROR: Multi-platform build is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.",
        component="builder", also_ok=["builder.driver_unsupported"],
        note="the CI's build-push-action step reported the docker driver, and the Docker docs the maintainer cites say multi-platform needs docker-container; the issue asks which driver the workflow should set up (blockquote markup dropped)"),
    own("cilium/cilium#39681", MULTI,
        "ERROR: Multi-platform build is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.",
        component="builder", also_ok=["builder.driver_unsupported"],
        note="the Makefile grepped `docker buildx ls` for the current builder, whose output format changed (Docker 28.1.1, buildx 0.23.0), so it never created a docker-container builder and kept the default docker driver; the PR switches to `--format '{{ .Name }}'` (indented-code markup dropped; the quote is cut after these lines)"),
    own("cozystack/cozystack#2962", "builder.builder_missing",
        'ERROR: no builder "builder-6fb46242-…" found',
        component="builder", also_ok=["builder.not_running"],
        note="setup-buildx ran without DOCKER_CONFIG and created the builder under ~/.docker, the build step ran with DOCKER_CONFIG=$RUNNER_TEMP/.docker and found none ('confirms the builder existed but in the wrong config store'); the fix sets DOCKER_CONFIG on the setup step; the ellipsis is the author's"),
    own("docker/buildx#642", "build.invalid_reference",
        "error: failed to solve: rpc error: code = Unknown desc = invalid reference format",
        cmd="docker buildx bake 3.6-release", also_ok=["gha_cache.exporter_config"],
        note="a bake target with `cache-to=[\"<path/to/dir>\"]`: a cache-to without `type=` is taken as a registry reference, and a directory path is not one; 'Once `cache-to` is removed then bake works fine'"),
    own("docker/buildx#1355", "builder.cache_backend_unsupported",
        'ERROR: failed to solve: unknown cache exporter: "s3"',
        component="builder", also_ok=["builder.cache_export_unsupported", "gha_cache.exporter_config"],
        note="October 2022, setup-buildx's default builder image: the s3 cache backend existed only in BuildKit master then (first released in v0.11), so `type=s3` fails before any request until the builder runs a BuildKit that has it; a configuration of the workflow, not an S3 fault"),
    own("AbdBarho/stable-diffusion-webui-docker#276", PARSE,
        "dockerfile parse error line 8:  unknown instruction: CAT",
        cmd="docker build . -t", also_ok=["build.tool_outdated"],
        note="the Dockerfile's heredoc needs BuildKit's frontend; the maintainer: `docker pull docker/dockerfile:latest` and `DOCKER_BUILDKIT=1 docker build .`, and the reporter: 'That's solve the build problem'"),
    own("ktock/qemu-wasm#24", PARSE,
        "Sending build context to Docker daemon  6.656kB\nError response from daemon: dockerfile parse error line 60: unknown instruction: CAT",
        also_ok=["build.tool_outdated"],
        note="WSL Ubuntu 18.04 with the legacy builder: the heredoc is not Dockerfile syntax it knows; ktock: 'Can you try this with enabling BuildKit (`DOCKER_BUILDKIT=1`)?', and the reporter: 'it worked'"),
    own("triton-inference-server/fil_backend#181", PARSE,
        "failed to solve with frontend dockerfile.v0: failed to create LLB definition: Dockerfile parse error line 36: Unknown flag: mount",
        cmd="./build.sh", also_ok=["build.tool_outdated"],
        note="`RUN --mount` needs the Dockerfile frontend to be told its syntax; the PR adds a `# syntax=docker/dockerfile` line and wphicks points out 1.3 should be sufficient"),
]
