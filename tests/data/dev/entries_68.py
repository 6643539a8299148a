"""Dev-set entries, batch 68 (image builders as CI meets them: docker buildx and BuildKit, setup-buildx-action and
setup-qemu-action, kaniko and buildah, the legacy builder, beside the build's own mistakes that read like
builder failures. The builder's side: a fixed builder name a failed job left behind on a self-hosted runner, the post
step that may not remove the docker driver's context builder, the action's own BuildKit-version probe warning
`invalid reference format`, a buildkitd.default.toml the remote driver refuses, a host docker without the buildx
component, an older Dockerfile frontend that reads a heredoc's `from ...` as FROM, BuildKit's stream cut mid-build
(`error reading from server: EOF` in Gitpod workspaces, `the client connection is closing` and `no such job` against
Okteto's remote BuildKit), a v0.8-beta BuildKit that turned every emulated RUN into `exec format error`, 2025's QEMU
segfaults in the binfmt image, a COPY --from race that reports a file `not found`, a cache from an older BuildKit
with an empty snapshot key. The registries and networks it boots from: Docker Hub's 503, 500 and EOF for the binfmt
image, the buildkit image's pull timing out or its token exchange reset, a bot login that spends its own pull limit.
The runner machine: a rootless Docker that cannot start the privileged binfmt container, buildah in an OpenShift pod
without enough mapped IDs, Docker Desktop's VM disk full under BuildKit's mounts. Nearly half are the build's
own: buildah's short-name enforcement against unqualified FROM images, Dockerfile parse errors (a lost backslash, an
invalid FROM, a `# syntax` directive that is not the first line), a build with no context or the wrong one, a kaniko
stage name typo that reads as Docker Hub refusing a pull, platforms a base image does not publish or an action that
never asks for one, --load or type=docker with two platforms, multi-platform on the docker driver, missing QEMU,
DOCKER_BUILDKIT=0 with BuildKit-only flags, a path context without a checkout, a push of an image the
docker-container builder never loaded. `err` is verbatim from the source (a GitHub thread found with the search
tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks around inline
lines) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into
the reporter's own words or is cut, the entry stops at the last whole log line. Hosts follow the README's strict rule:
a host is given only where a line of the log names it for the failing call; an inferred or masked one goes in
host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"lowRISC/opentitan#1348", "planetscale/ghcommit#16", "volkszaehler/vzlogger#681", "haskell/docker-haskell#144",
         "mozilla/remote-settings#762", "ethpandaops/eth-client-docker-image-builder#391",
         "NousResearch/hermes-agent#74070", "tonistiigi/binfmt#237", "divviup/divviup-api#1095"}  # fmt: skip

B = Batch(PULLS)
bk = B.family("builder")
bld = B.build("builder")

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
BPA2 = ["Run docker/build-push-action@v2"]
BPA = ["Run docker/build-push-action@v6"]
SETUP = ["Run docker/setup-buildx-action@v3"]
QEMU = ["Run docker/setup-qemu-action@v3"]

E = [
    # --- builder state on the runner and the setup actions' own steps ----------------------------------------------------
    bk("crazy-max/ghaction-docker-buildx#112", "builder", "builder.name_conflict", False, "local", None,
       "🔨 Creating a new builder instance...\n/usr/bin/docker buildx create --name builder --driver docker-container --use\nexisting instance for builder but no append mode, specify --node to make changes for existing instances\n##[error]The process '/usr/bin/docker' failed with exit code 1",
       raw_is_log=True, also_ok=["builder.stale_container"],
       note="on a self-hosted runner the builder named 'builder' that a failed earlier job never removed is still there, so every later create fails; the reporter removes it by hand (docker buildx rm builder), the maintainer suggests an always() removal step, and the action's PR #114 then removes and recreates it"),
    bk("docker/setup-buildx-action#188", "builder", "builder.remove_failed", False, "service", None,
       'Post job cleanup.\nRemoving builder\n  /usr/bin/docker buildx rm default\n  ERROR: context builder cannot be removed, run `docker context rm default` to remove this context\n  Warning: ERROR: context builder cannot be removed, run `docker context rm default` to remove this context\nCleaning up credentials',
       raw_is_log=True, fatal=False,
       note="with driver: docker the post step tries to remove the context builder 'default', which buildx refuses; only a warning annotation on a green job, fixed upstream in buildx v0.10.1 (docker/buildx#1547)"),
    bk("docker/setup-buildx-action#96", "builder", "builder.action_bug", False, "service", None,
       "2021-06-29T10:52:22.9660083Z ##[group]BuildKit version\n2021-06-29T10:52:23.0610726Z ##[warning]docker: invalid reference format.\nSee 'docker run --help'.",
       raw_is_log=True, fatal=False,
       note="the action's own BuildKit-version probe ran a malformed docker run and left a warning annotation on every run of setup-buildx-action@v1; the maintainer fixed it the same day, nothing in the workflow was wrong"),
    bk("moby/buildkit#4268", "builder", "builder.remote_config_unsupported", False, "local", None,
       'WARNING: Using default BuildKit config in C:\\Users\\trajano\\.docker\\buildx/buildkitd.default.toml\nERROR: failed to initialize builder ec2 (ec20): setting config file is not supported for remote driver',
       cmd="docker buildx create --name ec2 --driver remote ssh://ec2", also_ok=["builder.init_failed"],
       note="a buildkitd.default.toml in the user's buildx directory is applied to every new builder and the remote driver refuses a config file; the reporter removed the file to get past it (blockquote markers dropped)"),
    bk("inindev/nanopi-r5#37", "builder", "builder.buildx_missing", False, "local", None,
       "==> starting docker build...\nDEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            Install the buildx component to build images with BuildKit:\n            https://docs.docker.com/go/buildx/\n\nunknown flag: --progress\nSee 'docker build --help'.",
       raw_is_log=True, also_ok=["build.docker_env_misconfigured"],
       note="the image script's docker build passes --progress, which only BuildKit knows; the reporter's Ubuntu 22.04 docker (26.1.3 from Ubuntu's archive) has no buildx component, so the legacy builder rejects the flag; the maintainer reverted the Docker commits and pointed to the tag from before them"),
    bk("soulteary/docker-prompt-generator#8", "builder", "builder.frontend_outdated", False, "local", None,
       'failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 11: FROM requires either one or three arguments',
       cmd="docker build -t soulteary/prompt-generator:base . -f docker/Dockerfile.base", also_ok=["build.dockerfile_parse"],
       note="the Dockerfile writes a Python script with a RUN heredoc; the reporter's older Docker does not know heredocs and reads the script's 'from transformers import ...' line as a FROM; the maintainer: the issue is caused by a lower version of Docker, upgrade it"),
    # --- BuildKit itself: connections cut, regressions, races, emulation -------------------------------------------------
    bk("gitpod-io/gitpod#11045", "builder", "builder.connection_lost", True, "local", None,
       'failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF',
       cmd="docker compose build", also_ok=["local.docker_daemon_broken"],
       note="Docker inside Gitpod workspaces 'from time to time' cuts a compose build mid-way (others reported the same on Discord); the workspace's Docker, not the project, and later builds pass (backticks dropped)"),
    bk("okteto/okteto#2803", "builder", "builder.connection_lost", True, "service", None,
       'build failed: failed to solve: Canceled: grpc: the client connection is closing',
       cmd="okteto build", also_ok=["connectivity.reset"],
       note="customer-reported and intermittent against Okteto's remote BuildKit: the gRPC connection to the builder is dropped mid-build (reproduced on a degraded network); the team treats it as a transient error to retry (backticks dropped)"),
    bk("okteto/okteto#904", "builder", "builder.job_lost", True, "service", None,
       "x  error building image 'registry.cloud.okteto.net/website-319-cindylopez/website:okteto': build failed: failed to receive status: rpc error: code = Unknown desc = no such job sspdrpge5d3wd6k144lf1edud",
       cmd="okteto build", host_alt=["registry.cloud.okteto.net"], also_ok=["builder.connection_lost"],
       note="okteto build/push against the remote BuildKit sometimes loses its job: 'It's intermittent, and rerunning the build tends to help'; covered by retrying such errors (#1042); the registry in the line is only the image name (backticks dropped)"),
    bk("felddy/weewx-docker#25", "builder", "builder.buildkit_regression", False, "service", None,
       '#119 [linux/arm64 stage-1  2/17] RUN addgroup --system --gid 421 weewx   && a...\n#119 27.67 standard_init_linux.go:219: exec user process caused: exec format error\n#119 ERROR: executor failed running [/bin/sh -c addgroup --system --gid ${WEEWX_UID} weewx   && adduser --system --uid ${WEEWX_UID} --ingroup weewx weewx]: buildkit-runc did not terminate successfully',
       head=BPA2, also_ok=["builder.exec_format", "builder.emulation_crash"],
       note="October 2020: the multi-platform release build broke once setup-buildx-action#27 temporarily pinned the builder image to moby/buildkit:v0.8-beta; every emulated RUN died with exec format error under that BuildKit, the Dockerfile unchanged (the quote stops at its '...')"),
    bk("tonistiigi/binfmt#240", "builder", "builder.emulation_crash", False, "service", None,
       '#8 73.44 146 added, 0 removed; done.\n#8 73.59 Setting up libcurl4:arm64 (7.81.0-1ubuntu1.20) ...\n#8 73.60 Setting up curl (7.81.0-1ubuntu1.20) ...\n#8 73.61 Processing triggers for libc-bin (2.35-0ubuntu3.8) ...\n#8 73.70 qemu: uncaught target signal 11 (Segmentation fault) - core dumped\n#8 74.24 Segmentation fault (core dumped)\n#8 74.30 qemu: uncaught target signal 11 (Segmentation fault) - core dumped\n#8 74.77 Segmentation fault (core dumped)\n#8 74.78 dpkg: error processing package libc-bin (--configure):\n#8 74.78  installed libc-bin package post-installation script subprocess returned error exit status 139\n#8 74.78 Processing triggers for ca-certificates (20240203~22.04.1) ...\n#8 74.91 Updating certificates in /etc/ssl/certs...\n#8 91.99 0 added, 0 removed; done.\n#8 91.99 Running hooks in /etc/ca-certificates/update.d...\n#8 92.03 done.\n#8 92.13 Errors were encountered while processing:\n#8 92.13  libc-bin\n#8 92.21 E: Sub-process /usr/bin/dpkg returned an error code (1)',
       t="bk_raw", run="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y curl", code=100, also_ok=["builder.exec_format"],
       note="February 2025: the QEMU in the latest binfmt image segfaults under arm64 emulation in libc-bin's trigger, on ubuntu-22.04 runners too; projects pinned tonistiigi/binfmt:qemu-v7.0.0-28 until the QEMU 9.2.2 bump (binfmt#243), a plain re-run did not help"),
    bk("moby/buildkit#1939", "builder", "builder.copy_from_race", True, "service", None,
       '#13 [base  8/13] COPY --from=kaldiasr/kaldi:2020-09     /opt/intel/mkl/lib/intel64/libmkl_intel_lp64.so     /opt/intel/mkl/lib/intel64/libmkl_sequential.so     /opt/intel/mkl/lib/intel64/libmkl_core.so     /opt/intel/mkl/lib/intel64/\n#13 sha256:776edd73f986aa4d00447d7a92604d45ef3fe61c0caa61b24f91efbd534e3781\n#13 ERROR: "/opt/intel/mkl/lib/intel64/libmkl_sequential.so" not found: not found\n------\n > [base  8/13] COPY --from=kaldiasr/kaldi:2020-09     /opt/intel/mkl/lib/intel64/libmkl_intel_lp64.so     /opt/intel/mkl/lib/intel64/libmkl_sequential.so     /opt/intel/mkl/lib/intel64/libmkl_core.so     /opt/intel/mkl/lib/intel64/:\n------\nbase.dockerfile:46\n--------------------\n  45 |         /opt/kaldi/tools/openfst-1.6.7/lib/libfst.so.10',
       head=BPA2, also_ok=["build.missing_file"],
       note="COPY --from an image reports the file 'not found' now and then although the same build passes later: thaJeztah tied the report to a race while pulling the image copied from during the build; this commenter sees it 'randomly' with setup-buildx v1 and build-push v2 (the quote stops before a cut line)"),
    bk("moby/buildkit#2961", "builder", "builder.cache_state_incompatible", False, "service", None,
       'failed to solve: snapshot  does not exist: not found',
       raw_is_log=True, also_ok=["builder.buildkit_regression"],
       note="rootless BuildKit upgraded from v0.9.3 to v0.10.3 over its existing cache: the first build fails because a record from the old version has an empty snapshot key (the two spaces); it repeats until the cache is deleted"),
    # --- the registries and networks the builder boots from --------------------------------------------------------------
    bk("docker/setup-qemu-action#144", "registry", "registry.server_error", True, "service", "registry-1.docker.io",
       'Pulling binfmt Docker image\n  /usr/bin/docker pull tonistiigi/binfmt:latest\n  Error response from daemon: Head "https://registry-1.docker.io/v2/tonistiigi/binfmt/manifests/latest": received unexpected HTTP status: 503 Service Unavailable',
       head=QEMU, also_ok=["registry.error_response"],
       note="2024-06-20: several projects' setup-qemu steps got 503 from Docker Hub pulling the binfmt image the same hour ('I can confirm it's same with me'); a Docker Hub incident, the workflows unchanged (the quote is a commenter's, free of the reporter's pasted line-number links)"),
    bk("docker/setup-qemu-action#167", "registry", "registry.server_error", True, "service", "registry-1.docker.io",
       '2024-09-27T03:16:11.7069951Z ##[group]Pulling binfmt Docker image\n2024-09-27T03:16:11.7076410Z [command]/usr/bin/docker pull docker.io/tonistiigi/binfmt:latest\n2024-09-27T03:16:11.8702248Z Error response from daemon: Head "https://registry-1.docker.io/v2/tonistiigi/binfmt/manifests/latest": received unexpected HTTP status: 500 Internal Server Error\n2024-09-27T03:16:11.8704355Z ##[endgroup]\n2024-09-27T03:16:11.8735808Z ##[error]Error response from daemon: Head "https://registry-1.docker.io/v2/tonistiigi/binfmt/manifests/latest": received unexpected HTTP status: 500 Internal Server Error\n2024-09-27T03:16:11.9023448Z Cleaning up orphan processes',
       raw_is_log=True, also_ok=["registry.error_response"],
       note="Docker Hub answered the binfmt manifest request with 500 and the action failed before installing anything; the reporter's minimal test repository failed the same, nothing in the workflow to change"),
    bk("docker/setup-qemu-action#107", "registry", "registry.no_response", True, "service", "registry-1.docker.io",
       'Error response from daemon: Get "https://registry-1.docker.io/v2/tonistiigi/binfmt/manifests/sha256:66e11bea77a5ea9d6f0fe79b57cd2b189b5d15b93a2bdb925be22949232e4e55": EOF',
       head=QEMU, also_ok=["connectivity.eof"],
       note="labelled kind/upstream: Docker Hub closed the manifest request for the binfmt image without an answer, and the reporter's own workstation failed the same pull; nothing in the action or the workflow"),
    bk("ethpandaops/eth-client-docker-image-builder#391", "connectivity", "connectivity.timeout", True, "service", "registry-1.docker.io",
       'ERROR: Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
       head=SETUP, also_ok=["connectivity.client_timeout", "registry.no_response"],
       note="2026-06: the manifest job died while the docker-container builder booted and its pull of moby/buildkit:buildx-stable-1 timed out on Docker Hub, 'a single transient registry hiccup'; the PR retries the setup step after 30 s"),
    bk("NousResearch/hermes-agent#74070", "connectivity", "connectivity.reset", True, "service", "auth.docker.io",
       '[internal] booting buildkit\npulling image moby/buildkit:buildx-stable-1\npulling image moby/buildkit:buildx-stable-1 0.2s done\nERROR: Error response from daemon: Head "https://registry-1.docker.io/v2/moby/buildkit/manifests/buildx-stable-1":\n  Get "https://auth.docker.io/token?account=githubactions&scope=repository%3Amoby%2Fbuildkit%3Apull&service=registry.docker.io":\n  read tcp 10.1.0.171:45666->104.18.43.178:443: read: connection reset by peer',
       head=SETUP, host_alt=["registry-1.docker.io", "104.18.43.178:443", "104.18.43.178"], also_ok=["credentials.token_service_error"],
       note="the buildkit image pull during builder bootstrap had its Docker Hub token exchange reset, 'a transient network blip that self-resolves on re-run' ('gh run rerun --failed always fixes it'); the PR adds a retry step"),
    bk("tonistiigi/binfmt#237", "registry", "registry.dockerhub_pull_limit", False, "build", None,
       '  /usr/bin/docker buildx inspect --bootstrap --builder builder-365b40ec-4074-454c-a7d0-ed7f76aa7c5f\n  #1 [internal] booting buildkit\n  #1 pulling image moby/buildkit:buildx-stable-1 0.1s done\n  #1 ERROR: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n  ------\n   > [internal] booting buildkit:\n  ------',
       head=SETUP, host_alt=HUB, also_ok=["registry.rate_limited"],
       note="binfmt's own CI logged its bot account in to Docker Hub before setup-buildx, so the buildkit image pull counted against that account and hit its limit, while GitHub's runners themselves are not limited; the PR moves the login right before the build"),
    # --- the runner machine ----------------------------------------------------------------------------------------------
    bk("docker/setup-qemu-action#165", "local", "local.rootless_docker", False, "local", None,
       '2024-09-19T15:03:13.8825239Z ##[group]Installing QEMU static binaries\n2024-09-19T15:03:13.8826792Z [command]/usr/bin/docker run --rm --privileged docker.io/tonistiigi/binfmt:latest --install linux/amd64,linux/arm64\n2024-09-19T15:03:14.0907721Z docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "sysfs" to rootfs at "/sys": mount sysfs:/sys (via /proc/self/fd/6), flags: 0xe: operation not permitted: unknown.\n2024-09-19T15:03:14.0943497Z ##[endgroup]\n2024-09-19T15:03:14.0987533Z ##[error]docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "sysfs" to rootfs at "/sys": mount sysfs:/sys (via /proc/self/fd/6), flags: 0xe: operation not permitted: unknown.',
       raw_is_log=True, also_ok=["builder.emulation_setup", "local.docker_daemon_broken"],
       note="self-hosted runners with a rootless Docker daemon cannot start the privileged binfmt container (the sysfs mount is not permitted), so QEMU is never registered; open as an enhancement, every run on those runners fails the same"),
    bk("podman-container-tools/buildah#2810", "local", "local.userns_ids_insufficient", False, "local", None,
       'Error committing the finished image: error adding layer with blob "sha256:852e50cd189dfeb54d97680d9fa6bed21a6d7d18cfb56d6abfe2de9d7f173795": Error processing tar file(exit status 1): there might not be enough IDs available in the namespace (requested 0:42 for /etc/gshadow): lchown /etc/gshadow: invalid argument',
       raw_is_log=True, also_ok=["local.runner_image_broken"],
       note="buildah in a CentOS Jenkins container on OpenShift 4.3: the pod's user namespace maps too few IDs to chown the layer's files (gid 42), so pulls and commits fail, --isolation=chroot too; the pod's setup, not the Dockerfile"),
    bk("docker/cli#4844", "local", "local.disk_full", False, "local", None,
       'Dockerfile:16\n--------------------\n  14 |     #ENV NODE_ENV production\n  15 |\n  16 | >>> WORKDIR /usr/src/app\n  17 |\n  18 |     # Copy the rest of the source files into the image.\n--------------------\nERROR: failed to solve: failed to compute cache key: mount callback failed on /tmp/containerd-mount1749269262: write /tmp/containerd-mount1749269262/usr/bin/cksum: no space left on device',
       raw_is_log=True, also_ok=["local.disk_low"],
       note="Docker Desktop: BuildKit's mounts fail with 'no space left on device' although the host disk has room; the reporter cleared it by deleting old unused images, so the Desktop VM's own disk was full (trailing blanks trimmed)"),
    # --- the build's own: Dockerfiles, contexts, image names -------------------------------------------------------------
    bld("knative/client#1308", "build.short_name_unqualified",
        'buildah --storage-driver=overlay bud --format=docker --tls-verify=true --no-cache -f ./test/test_images/helloworld/Dockerfile -t gcr.io/knative-boskos-90/kn-tekton-e2e-img/18859/helloworld:tkn .\n        [pod/buildah-build-kn-create-2ghs7-buildah-build-tl6zk-pod-6zl4g/step-build] STEP 1: FROM golang:1.13 AS builder\n        [pod/buildah-build-kn-create-2ghs7-buildah-build-tl6zk-pod-6zl4g/step-build] STEP 2: FROM alpine:3\n        [pod/buildah-build-kn-create-2ghs7-buildah-build-tl6zk-pod-6zl4g/step-build] error creating build container: short-name resolution enforced but cannot prompt without a TTY\n        [pod/buildah-build-kn-create-2ghs7-buildah-build-tl6zk-pod-6zl4g/step-build] Resolved "alpine" as an alias (/etc/containers/registries.conf.d/000-shortnames.conf)\n        [pod/buildah-build-kn-create-2ghs7-buildah-build-tl6zk-pod-6zl4g/step-digest-to-results] 2021/05/09 13:11:23 Skipping step because a previous step failed',
        raw_is_log=True, also_ok=["build.invalid_reference"],
        note="Buildah in the nightly Tekton job enforces short-name resolution and cannot prompt without a TTY, so the test Dockerfile's FROM golang:1.13 and alpine:3 fail; knative/client#1307 put fully qualified image names in the Dockerfile"),
    bld("lowRISC/opentitan#1348", "build.dockerfile_parse",
        '$ docker build -t opentitan -f util/container/Dockerfile .\nSending build context to Docker daemon  372.9MB\nError response from daemon: Dockerfile parse error line 20: unknown instruction: GIT',
        raw_is_log=True,
        note="a RUN apt-get install list lost a trailing backslash after autoconf, so the next line, git, became an instruction of its own; the PR adds the missing newline escape"),
    bld("planetscale/ghcommit#16", "build.dockerfile_parse",
        'Error response from daemon: dockerfile parse error line 1: FROM requires either one or three arguments',
        cmd="docker build -t ghcommit .",
        note="the Dockerfile's first line had an invalid FROM; the PR 'fix(docker): invalid FROM syntax' corrects it"),
    bld("edrevo/dockerfile-plus#17", "build.syntax_directive_ignored",
        'failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 3: unknown instruction: INCLUDE+',
        cmd="docker build -t app .", also_ok=["build.dockerfile_parse"],
        note="INCLUDE+ needs the dockerfile-plus # syntax directive on the very first line; the reporter had comments above it, so BuildKit used the stock frontend: 'This is not related to GitHub Actions. It was because I had some comments on top of my file'"),
    bld("volkszaehler/vzlogger#681", "build.context_missing",
        '[/vzlogger]$ docker build - <Dockerfile\nSending build context to Docker daemon  3.584kB\nStep 1/18 : FROM alpine:latest as builder\n ---> 28f6e2705743\nStep 2/18 : COPY . /vzlogger\n ---> 49fdd3c1cd71\nStep 3/18 : COPY CMakeLists.txt /vzlogger/\nCOPY failed: file not found in build context or excluded by .dockerignore: stat CMakeLists.txt: file does not exist',
        raw_is_log=True, also_ok=["build.missing_file"],
        note="docker build - <Dockerfile sends no build context, so the first COPY of a source file finds nothing; the PR documents that the Dockerfile needs the checkout as its context, after users' reports (#619, #680)"),
    bld("C9Glax/tranga-website#76", "build.context_missing",
        '#6 [3/3] COPY ./nginx /etc/nginx\n#6 ERROR: failed to calculate checksum of ref p2pmp7gh22j6hk80pf3rqao8s::puq8walo06vb7hm9oljh5zru7: "/nginx": not found',
        head=BPA, also_ok=["build.missing_file"],
        note="after a repository change the workflow still set the build context to the Website folder, so COPY ./nginx is outside it; the maintainer: 'Because context was still set to .Website' (the quote's next error line is cut mid-word, so the entry stops before it)"),
    bld("docker/build-push-action#888", "build.context_missing",
        'buildx failed with: ERROR: could not find docker: stat docker: no such file or directory',
        head=["Run docker/build-push-action@v4"], prefix="Error: ", also_ok=["build.dockerfile_missing", "build.missing_file"],
        note="with file: docker/Dockerfile and no checkout step the path context docker does not exist on the runner; 'The dockerfile will only be found if I do an action/checkout before my build-push-action' (backticks dropped)"),
    bld("GoogleContainerTools/kaniko#1410", "build.stage_name_typo",
        'INFO[0007] Resolved base name golang:1.14-alpine to builder\nDEBU[0007] Built stage name to index map: map[builder:0]\nDEBU[0007] Found extra base image stage build_base\nINFO[0007] Retrieving image manifest build_base\nINFO[0007] Retrieving image build_base\nerror building image: GET https://index.docker.io/v2/library/build_base/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/build_base Type:repository]]',
        host="index.docker.io", raw_is_log=True, host_alt=["docker.io"], also_ok=["credentials.pull_access_denied", "build.repository_missing"],
        note="the Dockerfile in the report names its first stage builder but copies --from=build_base, so kaniko takes build_base for an image on Docker Hub, whose anonymous pull of library/build_base is refused; reads like a credentials failure (the backticks around each line and trailing blanks dropped)"),
    # --- the build's own: platforms, drivers, exporters, emulators -------------------------------------------------------
    bld("nicolargo/glances#2120", "build.wrong_arch_image",
        '  > [linux/arm/v6 internal] load metadata for docker.io/library/python:3.10-slim-buster:\n------\ndebian.Dockerfile:13\n--------------------\n  11 |     ARG IMAGE_VERSION=3.10-slim-buster\n  12 |     ARG PYTHON_VERSION=3.10\n  13 | >>> FROM python:${IMAGE_VERSION} as build\n  14 |     ARG PYTHON_VERSION\n  15 |\n--------------------\nERROR: failed to solve: python:3.10-slim-buster: no match for platform in manifest sha256:f17c94905c9cd56dce9ef6ce63229045a75f395f7b5b68eb69ef617079c51848: not found\nError: buildx failed with: ERROR: failed to solve: python:3.10-slim-buster: no match for platform in manifest sha256:f17c94905c9cd56dce9ef6ce63229045a75f395f7b5b68eb69ef617079c51848: not found',
        host="docker.io", raw_is_log=True, head=["Run docker/build-push-action@v3"], host_alt=["registry-1.docker.io"], also_ok=["build.platform_unsupported"],
        note="the develop image's platforms include linux/arm/v6, which python:3.10-slim-buster does not publish; BlackDark: 'the python image does not provide the architecture for arm/v6' (trailing blanks trimmed)"),
    bld("haskell/docker-haskell#144", "build.wrong_arch_image",
        "  #2 [internal] load metadata for docker.io/arm64v8/debian:bullseye\n  #2 ERROR: no match for platform in manifest: not found\n  ------\n   > [internal] load metadata for docker.io/arm64v8/debian:bullseye:\n  ------\n  Dockerfile.aarch64.bullseye:1\n  --------------------\n     1 | >>> FROM arm64v8/debian:bullseye\n     2 |\n     3 |     COPY ./run-on-arch-install.sh /root/run-on-arch-install.sh\n  --------------------\n  ERROR: failed to solve: arm64v8/debian:bullseye: failed to resolve source metadata for docker.io/arm64v8/debian:bullseye: no match for platform in manifest: not found\n  Error: The process '/home/runner/work/_actions/uraimo/run-on-arch-action/v2.7.2/src/run-on-arch.sh' failed with exit code 1",
        host="docker.io", raw_is_log=True, host_alt=["registry-1.docker.io"], also_ok=["build.tool_outdated"],
        note="uraimo/run-on-arch-action v2.7.2 builds FROM arm64v8/debian without asking for the arm64 platform, which those per-arch images no longer resolve to on an amd64 runner; bumping the action (v2.8.0 fixed it) 'resolved the aarch64 build issue' (trailing blanks trimmed)"),
    bk("Automattic/vip-codespaces#148", "builder", "builder.manifest_list_load", False, "build", None,
       '[2024-02-14T16:54:15.692Z] @devcontainers/cli 0.56.2. Node.js v18.19.0. linux 6.2.0-1019-azure x64.\n[2024-02-14T16:54:16.107Z] Start: Run: docker buildx build --platform linux/amd64,linux/arm64 --load --cache-to type=gha,mode=max --build-arg BUILDKIT_INLINE_CACHE=1 -f /tmp/devcontainercli-runner/container-features/0.56.2-1707929656102/Dockerfile-with-features -t ghcr.io/automattic/vip-codespaces/alpine-base:1.5.2 -t ghcr.io/automattic/vip-codespaces/alpine-base:1.5 -t ghcr.io/automattic/vip-codespaces/alpine-base:1 -t ghcr.io/automattic/vip-codespaces/alpine-base:latest --target dev_containers_target_stage --cache-from type=gha --build-arg _DEV_CONTAINERS_BASE_IMAGE=dev_container_auto_added_stage_label /home/runner/work/vip-codespaces/vip-codespaces/images/src/alpine-base\n[2024-02-14T16:54:16.285Z] ERROR: docker exporter does not currently support exporting manifest lists',
       raw_is_log=True, also_ok=["builder.exporter_unsupported"],
       note="the devcontainer CLI build passes --platform linux/amd64,linux/arm64 together with --load, and the docker exporter cannot load a manifest list; the workflow was fixed in PR #149"),
    bk("solidnerd/docker-bookstack#349", "builder", "builder.manifest_list_load", False, "build", None,
       'Buildx version\n  /usr/bin/docker buildx version\n  github.com/docker/buildx 0.9.1+azure-1 ed00243a0ce2a0aee75311b06e32d33b44729689\n/usr/bin/docker buildx build --cache-from type=registry,ref=solidnerd/bookstack-dev:master --file ./Dockerfile --iidfile /tmp/docker-build-push-oLAtK3/iidfile --label org.opencontainers.image.title=docker-bookstack --label org.opencontainers.image.description=BookStack in a container --label org.opencontainers.image.url=https://github.com/solidnerd/docker-bookstack --label org.opencontainers.image.source=https://github.com/solidnerd/docker-bookstack --label org.opencontainers.image.version=sha-aec8ef7 --label org.opencontainers.image.created=2022-09-12T09:49:29.214Z --label org.opencontainers.image.revision=aec8ef7de11102596a9a6844d9adb42e1721591a --label org.opencontainers.image.licenses=MIT --output type=docker,dest=/tmp/image-bookstack.tar --platform linux/amd64,linux/arm64 --tag solidnerd/bookstack-dev:sha-aec8ef7 --metadata-file /tmp/docker-build-push-oLAtK3/metadata-file .\nERROR: docker exporter does not currently support exporting manifest lists\nError: buildx failed with: ERROR: docker exporter does not currently support exporting manifest lists',
       raw_is_log=True, head=["Run docker/build-push-action@v3"], also_ok=["builder.exporter_unsupported"],
       note="tagged-release runs ask build-push-action for --output type=docker,dest=... with linux/amd64,linux/arm64, which the docker exporter cannot write as one tarball; every tagged release failed the same"),
    bk("mozilla/remote-settings#762", "builder", "builder.multiplatform_unsupported", False, "build", None,
       '/usr/bin/docker buildx build --file RemoteSettings.Dockerfile --iidfile /home/runner/work/_temp/docker-actions-toolkit-WTbCI7/build-iidfile-89a8531826.txt --platform linux/amd64,linux/arm64 --tag mozilla/remote-settings:v32.10.0-10-g83eb --tag mozilla/remote-settings:latest --target production --metadata-file /home/runner/work/_temp/docker-actions-toolkit-WTbCI7/build-metadata-85bfe38eca.json --push .\nERROR: Multi-platform build is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/build-multi-platform/',
       raw_is_log=True, head=["Run docker/build-push-action@v6"], also_ok=["builder.driver_unsupported"],
       note="container publishing broke with #749: the build asks for linux/amd64,linux/arm64 while the job has no buildx builder, so build-push-action runs on the docker driver; the PR enables buildx with setup-buildx-action"),
    bk("docker/setup-docker-action#174", "builder", "builder.emulation_missing", False, "build", None,
       '0.650 exec /bin/sh: exec format error\nERROR: failed to build: failed to solve: process "/bin/sh -c which ls" did not complete successfully: exit code: 255',
       head=BPA, also_ok=["builder.exec_format"],
       note="a linux/arm/v7 build on the engine setup-docker-action installs (containerd image store): every RUN fails with exec format error until setup-qemu-action registers emulators; the reporter found that fix and asks only for a clearer error"),
    bld("wpafbo79/ai-docker#91", "build.buildkit_disabled",
        "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n            environment-variable.\n\nunknown flag: --progress\nSee 'docker build --help'.",
        raw_is_log=True, also_ok=["builder.buildx_missing"],
        note="the repository's build script exports DOCKER_BUILDKIT=0 and still passes --progress, which the legacy builder rejects; the fix removes the DOCKER_BUILDKIT=0 line"),
    bld("divviup/divviup-api#1095", "build.image_not_loaded",
        'The push refers to repository [us-west2-docker.pkg.dev/janus-artifacts/divviup-api/divviup_api_integration_test]\nAn image does not exist locally with the tag: us-west2-docker.pkg.dev/janus-artifacts/divviup-api/divviup_api_integration_test',
        cmd="docker push us-west2-docker.pkg.dev/janus-artifacts/divviup-api/divviup_api_integration_test", host_alt=["us-west2-docker.pkg.dev"],
        note="the build step runs on a docker-container builder without --load (its warning says the result only stays in the build cache), so the later docker push finds no local image; the PR loads the built images"),
]
