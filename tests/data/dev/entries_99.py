"""Dev-set entries, batch 99 (the image builder and the runner's container engine failing under a build: BuildKit
through docker buildx and the legacy builder, kaniko, podman and buildah, docker:dind and the host daemon. The builder's
and engine's side: BuildKit losing the client session while it exports an OCI tarball, the Dockerfile frontend dying
while several cache-mount builds share one daemon, a BuildKit 0.20 boot panic in its CDI watcher, the GitHub runner
image's buildx 0.8.1 panicking in its progress printer, Docker 20.10's dind refusing to set the shim's OOM score, a
concourse task image whose BuildKit lacks the QEMU emulators, kaniko regressions and bugs (v0.17.0 tripping over a
mounted docker.sock, exec-form RUN losing PATH, an executor image that cannot rebuild itself, an intermittently wrong
architecture), kaniko's layer stream reset by the registry, a Gitea registry answering 500 to a layer commit and a
self-hosted runner's token call failing during GitHub's incident. The runner machine's side: disks full under
packer's docker commit, buildah's /var/tmp and a hosted runner's layer registration, BuildKit's corrupt local cache
(`unlazy requires an applier`), daemons whose layer store is damaged or on a failing disk, RUN steps killed for memory
on 512 MB droplets and a small VM, an AMI without a running daemon, an old containerd under a new Docker, podman's
systemd cgroup manager and a Tekton pod without namespace rights, and a native Linux Docker without BuildKit. The
build's own mistakes that read like builder faults: COPY of paths outside the build context (`../..`, `../.`, a
sibling project), a Dockerfile that is not named Dockerfile, an arm64 devcontainer build without setup-qemu-action,
and kaniko run from a foreign image.) `err` is verbatim from the source (a GitHub thread found with the search tool's
`issues` corpus); where a thread quoted a log inside Markdown (code fences, backticks) only that markup was dropped and
trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words or is cut, the
entry stops at the last whole log line. Elisions ('...') and masks are the reporters' own. Hosts follow the README's
strict rule: a host is given only where a line of the log names it for the failing call; an inferred, masked or
placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"moby/buildkit#2771"}  # fmt: skip

B = Batch(PULLS)
bk = B.family("builder")
own = B.build("builder")
loc = B.local()

BPA = ["Run docker/build-push-action@v6"]
FRONTEND = "builder.frontend_crashed"
KANIKO_BUG = "builder.kaniko_bug"
OUTSIDE = "build.path_outside_context"

E = [
    # --- the builder's side: sessions, frontends and daemons that die under a build ------------------------------------
    bk("moby/buildkit#2691", "builder", "builder.session_timeout", True, "local", None,
       "#20 ERROR: no active session for fy75jhp5v72sysld7o0orpe6d: context deadline exceeded\n------\n > exporting to oci image format:\n------\nerror: failed to solve: DeadlineExceeded: no active session for fy75jhp5v72sysld7o0orpe6d: context deadline exceeded",
       cmd="docker buildx build --output type=oci,dest=image.tar .", also_ok=["builder.connection_lost"],
       note="a docker-container builder on moby/buildkit:master loses the client session while exporting the OCI tarball; the reporter: 'Rerunning build solves this issue' (tonistiigi asked for a reproducer)"),
    bk("moby/buildkit#1459", "builder", FRONTEND, True, "local", None,
       "#4 docker-image://docker.io/docker/dockerfile:experimental@sha256:787107d7f...\n#4 CACHED\nfailed to solve with frontend dockerfile.v0: failed to solve with frontend gateway.v0: frontend grpc server closed unexpectedly",
       cmd="DOCKER_BUILDKIT=1 docker build .", also_ok=["builder.connection_lost", "builder.crashed"],
       note="Docker 19.03.6 on an EC2 build host: 'builds will frequently fail when multiple builds are happening that use cache mounts', the Dockerfile frontend dying under concurrent builds on the shared daemon; the same builds pass alone (closed needing more info)"),
    bk("moby/buildkit#5117", "builder", FRONTEND, False, "local", None,
       "ERROR: failed to solve: frontend grpc server closed unexpectedly make:\n*** [run-tests] Error 1 Build step 'Execute shell' marked build as failure",
       t="jenkins", cmd="DOCKER_BUILDKIT=1 docker build --ssh default -f ../containers/api/Dockerfile . -t api-test:latest --target setup",
       also_ok=["local.docker_daemon_broken", "local.runtime_bug"],
       note="a Jenkins EC2 agent 'since my last docker upgrade': the pasted version shows Docker 25.0.3 over containerd 1.3.2, and the follow-up thread moby/buildkit#5811 summarises #5117 as 'caused by a mismatch of runc or containerd versions'; every build fails until the host's packages match (the wrapped 'make:' is the reporter's paste)"),
    bk("docker/buildx#3041", "builder", "builder.buildkit_regression", False, "service", None,
       "#1 19.77 panic: runtime error: invalid memory address or nil pointer dereference\n#1 19.77 panic: runtime error: invalid memory address or nil pointer dereference\n#1 19.77\n#1 19.77 )goroutine 1 [running, locked to thread]:",
       cmd="docker buildx build .", also_ok=["builder.init_failed", "builder.crashed"],
       note="February 2025: buildkitd of the new BuildKit 0.20 panics while booting in its CDI spec watcher (the trace's fsnotify/container-device-interface frames), the crash moby/buildkit#5767 reported the same days and moby/buildkit#5769 fixed by vendoring cdi v0.8.1; every boot fails until the builder image changes (the garbling is the reporter's interleaved output)"),
    bk("moby/buildkit#2771", "builder", "builder.client_regression", False, "service", None,
       "#122 CACHED\npanic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0xfca460]\n\ngoroutine 31 [running]:\ngithub.com/moby/buildkit/util/progress/progressui.(*textMux).print(0xc0008e3e08, 0xc0008e3e80)",
       cmd="docker buildx bake", also_ok=["local.client_regression", "local.runner_image_broken"],
       note="crazy-max's pull request: 'atm GitHub runner still has buildx 0.8.1 which causes errors in our workflows', a panic of that buildx's progress printer; the fix pins buildx 0.8.2 in setup-buildx-action, the runner image's client, not the Dockerfile"),
    bk("moby/moby#42041", "local", "local.runtime_bug", False, "service", None,
       "docker: Error response from daemon: io.containerd.runc.v2: failed to adjust OOM score for shim: set shim OOM score: write /proc/211/oom_score_adj: invalid argument",
       also_ok=["local.docker_daemon_broken", "local.dind_not_ready"],
       note="docker:dind 20.10 in a Kubernetes CI pod: the v2 shim cannot lower its OOM score below the pod's, fixed in containerd#4845 ('the current workaround is to go back to using Docker 19'); every container start fails until the dind image changes"),
    bk("concourse/oci-build-task#135", "builder", "builder.exec_format", False, "service", None,
       "exec /bin/sh: exec format error",
       also_ok=["builder.emulation_missing", "builder.emulation_setup"],
       note="multi-arch builds with the concourse oci-build-task image: 'wolfi's package of buildkitd and buildctl does not include the qemu binaries used for emulation', so every foreign-platform RUN fails until the task image ships them"),
    bk("moby/buildkit#1090", "builder", FRONTEND, True, "service", None,
       "failed to solve with frontend dockerfile.v0: failed to solve with frontend gateway.v0: frontend grpc server closed unexpectedly",
       also_ok=["builder.connection_lost", "builder.buildkit_regression"],
       note="a CentOS 7 host on Docker-CE nightly with the docker/dockerfile-upstream:master-experimental frontend: 'Not always, but very frequently' the frontend's gRPC server dies mid-solve (the daemon's journal attached); the same build passes on other runs"),
    bk("Automattic/action-commit-to-branch#12", "local", "local.runtime_bug", False, "service", None,
       "io.containerd.runc.v2: failed to adjust OOM score for shim: set shim OOM score: write /proc/244/oom_score_adj: invalid argument",
       also_ok=["local.docker_daemon_broken"],
       note="a container action on a self-hosted Kubernetes runner: the reporters tie it to 'recently problems related to Docker Dind version 20' and containerd#4837 (the v2 shim's OOM-score write); it fails the same each run until the dind/containerd version changes"),
    # --- kaniko ----------------------------------------------------------------------------------------------------
    bk("GoogleContainerTools/kaniko#1021", "builder", "builder.kaniko_regression", False, "service", None,
       "error building image: error building stage: failed to get filesystem from image: error removing var/run to make way for new symlink: unlinkat /var/run/docker.sock: device or resource busy",
       also_ok=["builder.kaniko_filesystem", KANIKO_BUG],
       note="Cloud Build with gcr.io/kaniko-project/executor:latest: 'I receive the following when building under v0.17.0 ... Reverting to v0.16.0 allows the build to complete'; the executor's release, not the Dockerfile, and :latest keeps failing until pinned"),
    bk("GoogleContainerTools/kaniko#1304", "builder", KANIKO_BUG, False, "service", None,
       'INFO[0020] RUN ["go", "run", "main.go"]\nINFO[0020] cmd: go\nINFO[0020] args: [run main.go]\nINFO[0020] Running: [go run main.go]\nerror building image: error building stage: failed to execute command: starting command: exec: "go": executable file not found in $PATH',
       cmd='docker run -v $(pwd):/workspace gcr.io/kaniko-project/executor:latest --no-push --context "dir:///workspace/"', also_ok=["build.tool_not_on_path"],
       note="labelled kind/bug: the shell form `RUN go run main.go` works on golang:1.14.2-alpine but the exec form misses the image's PATH in kaniko (docker builds it); every build of that Dockerfile fails in kaniko"),
    bk("GoogleContainerTools/kaniko#3077", "builder", "builder.wrong_platform_pulled", True, "service", None,
       "INFO[0025] Running: [/bin/sh -c mkdir ./plugins/s3-fs-hadoop && cp ./opt/flink-s3-fs-hadoop-*.jar ./plugins/s3-fs-hadoop/]\nerror building image: error building stage: failed to execute command: starting command: fork/exec /bin/sh: exec format error",
       also_ok=["builder.exec_format"],
       note="'kaniko occasionally fails building arm64 images, but succeeds after several retries ... Only one out of 5 times actually fails, in an otherwise identical environment': kaniko intermittently unpacks the other architecture's base image (the INFO line's trailing blank trimmed)"),
    bk("GoogleContainerTools/kaniko#1360", "connectivity", "connectivity.stream_reset", True, "service", None,
       "error building image: error building stage: failed to get filesystem from image: stream error: stream ID 3; PROTOCOL_ERROR",
       also_ok=["registry.pull_failed", "connectivity.reset"],
       note="kaniko in GitLab CI 'breaks from time to time' while streaming the base image's layers: the HTTP/2 stream from the registry is reset mid-download, with no way to reproduce it systematically; other runs pass"),
    bk("GoogleContainerTools/kaniko#1183", "builder", KANIKO_BUG, False, "service", None,
       'error building image: error building stage: failed to get filesystem from image: removing whiteout kaniko/.docker/.wh..wh..opq: unlinkat /kaniko/.docker/.wh..opq: read-only file system\n2020/04/07 21:41:10 deleting temp file "/kaniko/repo" : err = <nil>',
       also_ok=["builder.kaniko_filesystem"],
       note="a multi-stage Dockerfile whose final stage is FROM gcr.io/kaniko-project/executor:debug-v0.19.0: kaniko cannot unpack its own image over its /kaniko directory; closed as a duplicate of the known bug #1136, so it fails every time"),
    own("GoogleContainerTools/kaniko#1469", "builder.kaniko_filesystem",
        "error building image: error building stage: failed to get filesystem from image: mkdir /usr/share/file/magic: not a directory",
        component="builder", also_ok=["builder.kaniko_bug"],
        note="'When kaniko executor is run as a binary from another image': the container's own /usr/share/file/magic is a file where the base image has a directory, so unpacking fails every time; kaniko is meant to run in its own executor image"),
    # --- registries and services under the build ------------------------------------------------------------------
    bk("go-gitea/gitea#19586", "registry", "registry.server_error", False, "service", None,
       '#13 3.925 error: failed commit on ref "layer-sha256:fe18631e174dd7b4a8a9da2f7a7f1f3fb8f40a658bda2c3934612b08d01a1aac": unexpected status: 500 Internal Server Error',
       head=BPA, also_ok=["registry.upload_lost", "registry.error_response"],
       note="labelled type/bug: pushes to Gitea's new container registry drop layers and answer a series of 500s ('Container registry - layer drops'), Gitea's packages code rather than the build; the log names no host (self-hosted, masked)"),
    bk("falcondev-oss/github-actions-cache-server#185", "github", "github.outage", True, "service", "pipelinesghubeus8.actions.githubusercontent.com",
       "[RUNNER 2026-01-15 14:20:59Z WARN BrokerServer] Back off 5.422 seconds before next retry. 4 attempt left.\n[RUNNER 2026-01-15 14:21:04Z INFO RSAFileKeyManager] Loading RSA key parameters from file /home/runner/.credentials_rsaparams\n[RUNNER 2026-01-15 14:21:04Z ERR  GitHubActionsService] POST request to https://pipelinesghubeus8.actions.githubusercontent.com/nkp3GlmzbALNqA44OGOSCf1l1RYBmlhmIRMmIxNtMS35OR77Ah/_apis/oauth2/token failed. HTTP Status: BadRequest",
       raw_is_log=True, also_ok=["credentials.token_service_error", "local.runner_lost"],
       note="filed as `error writing layer blob` from build-push-action against the self-hosted cache server; the runner's log shows its token call failing, and the reporter: 'it seems to be related with the incident, just did another run and now everything worked'"),
    bk("pulp/pulp_container#1730", "registry", "registry.upload_lost", False, "service", None,
       '#73 writing layer sha256:f28a00134dd3044b063336da7a98baedfbbc3bfcb5fc0636023f72fe61e3c752 204.5s done\n#73 ERROR: error writing layer blob: failed commit on ref "layer-sha256:f28a00134dd3044b063336da7a98baedfbbc3bfcb5fc0636023f72fe61e3c752": unexpected status from PUT request to https://pulp.<domain>/v2/<image>-cache/blobs/uploads/01912e58-af0e-7f79-b5ca-56eb659b5f6e?digest=sha256%3Af28a00134dd3044b063336da7a98baedfbbc3bfcb5fc0636023f72fe61e3c752: 404 Not Found',
       host_alt=["pulp.<domain>"], also_ok=["registry.blob_unknown", "gha_cache.remote_cache_failed"],
       note="filed against Pulp's container registry: BuildKit's registry cache export finishes a 200-second layer upload and Pulp answers 404 for its own upload session when the blob is committed, while the smaller layers before it commit; the registry loses the upload (the host is the reporter's mask)"),
    # --- the runner machine: disks, caches and daemons ------------------------------------------------------------------
    loc("travis-ci/packer-templates#559", "local.disk_full", False,
        "==> docker: Committing the container\n==> docker: Error committing container: exit status 1\n==> docker: Stderr: Error response from daemon: ApplyLayer exit status 1 stdout:  stderr: write /var/lib/riak/anti_entropy/981946412581700398168100746981252653831329677312/000003.log: no space left on device",
        also_ok=["local.disk_low"],
        note="a packer docker build of the Amethyst image on Travis: the daemon runs out of disk while committing the container; edmorley asks whether 'the disk space allocated in ci-amethyst.yml' must be bumped, so it fails until the allocation changes"),
    loc("podman-container-tools/buildah#4423", "local.disk_full", False,
        'Error: committing container for step {Env:[GIT_CHECKOUT_BRANCH=main PATH=/home/gitpod/.local/bin:/usr/games:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=en_US.UTF-8 HOME=/home/gitpod TRIGGER_REBUILD=1] Command:run Args:[bash /tmp/bootstrap-gitpod-image.sh] Flags:[] Attrs:map[] Message:RUN bash /tmp/bootstrap-gitpod-image.sh Original:RUN bash /tmp/bootstrap-gitpod-image.sh}: copying layers and metadata for container "6e282120551db839cf0a7f0bb68e26e855126eb49f7c08191c5b4021d557f5b6": writing blob: storing blob to file "/var/tmp/storage3185272525/1": write /var/tmp/storage3185272525/1: no space left on device',
        cmd="podman build -f Dockerfile -t gp . --logfile build.log", also_ok=["local.disk_low"],
        note="a 3.26 GB image with 11 GB free elsewhere: buildah stages the committed layer under /var/tmp, which fills; the reporter asks podman to say what takes the space (open, stale), the build machine's temp space either way"),
    loc("adoptium/temurin-build#4311", "local.disk_full", False,
        "docker: failed to register layer: write /usr/local/gcc13/libexec/gcc/x86_64-pc-linux-gnu/13.2.0/f951: no space left on device",
        also_ok=["local.disk_low"],
        note="'PR Checks - Linux Builds Fail Due To low Disk Space on GHA runners': pulling the build image's large gcc layer fills the hosted runner's disk, 'to the point where every Linux build is failing with this' until space is freed"),
    loc("tbistr/texlive-full-devcontainer#7", "local.cache_corrupt", False,
        "ERROR: failed to solve: failed to compute cache key: unlazy requires an applier",
        also_ok=["builder.internal_error", "local.docker_daemon_broken"],
        note="the reporter: 'This solved by `docker builder prune`': BuildKit's local build cache on the machine held a lazy ref it could no longer unpack; every build fails the same until the cache is pruned"),
    loc("LemmyNet/lemmy#1632", "local.docker_daemon_broken", False,
        "ERROR: failed to register layer: open /var/lib/docker/overlay2/647ce8b746b9bae99307a823115888d9e5119cd883890eb3ff26ca6049230deb/committed: no such file or directory",
        cmd="docker-compose up -d", host_alt=["docker.io"], also_ok=["local.cache_corrupt"],
        note="pulling postgres:12-alpine for the stack: the daemon's overlay2 store is missing a layer's files; the maintainer pointed to the 'docker failed to register layer' answer (a damaged /var/lib/docker), not the registry"),
    loc("danny-avila/LibreChat#3129", "local.docker_daemon_broken", False,
        "failed to register layer: open /var/lib/docker/image/overlay2/layerdb/tmp/write-set-2084012180/diff: input/output error",
        cmd="docker compose up -d", also_ok=["local.disk_full"],
        note="after every other image pulled, the mongodb layer cannot be registered; the answer: 'You might be running out of space or having a faulty storage device', an I/O error of the machine's disk, not the registry"),
    loc("apache/mxnet#19606", "local.docker_daemon_down", False,
        "[2020-11-30T22:11:34.910Z] 2020-11-30 22:11:32,782 - root - INFO - Running command: 'DOCKER_CACHE_REGISTRY=mxnetci docker-compose -f docker/docker-compose.yml pull ubuntu_cpu'\n\n[2020-11-30T22:11:35.472Z] Couldn't connect to Docker daemon at http+docker://localhost - is it running?",
        raw_is_log=True, also_ok=["local.runner_image_broken"],
        note="several PRs' Jenkins CI jobs fail before building because the agents' daemon is not up; josephevans: 'I created updated AMIs which should solve this for the short-term', i.e. the agents' machine image, not a re-run"),
    loc("rr-/szurubooru#518", "local.out_of_memory", False,
        'failed to solve: executor failed running [/bin/sh -c BASE_URL="__BASEURL__" node build.js --gzip ${CLIENT_BUILD_ARGS}]: exit code: 137',
        cmd="docker-compose build", also_ok=["build.heap_limit"],
        note="the client's webpack build inside the image build is 'Killed' 15 s in (exit code 137) on '1 core, 512mb ram, 10gb hhd, debian 11': the kernel's OOM killer on a machine too small for the build"),
    loc("harness/harness#825", "local.out_of_memory", False,
        "/usr/local/bin/drone: line 82:    48 Killed                  bundle install",
        raw_is_log=True, also_ok=["local.container_memory_limit"],
        note="Drone 0.3 on a Vagrant Ubuntu VM: bradrydzewski, 'this likely means the process (Docker container) is getting killed by the OS for running out of memory (via the OOM killer)' while native gems compile, and recommended giving the VM more than 2 GB"),
    loc("podman-container-tools/podman#7529", "local.runtime_bug", False,
        '2020-09-02T01:20:31.000195784Z: sd-bus call: Permission denied\nerror running container: error creating container for [/bin/sh -c dnf -y install make]: : exit status 1\nError: error building at STEP "RUN dnf -y install make": error while running runtime: exit status 1',
        cmd="podman build --layers=false -t my_image .", also_ok=["builder.namespace_denied", "local.permission_denied"],
        note="a rootless build user on a perf build machine: crun cannot ask systemd for the container's cgroup (sd-bus Permission denied); QiWang19 points to #6368's fix, `--cgroup-manager=cgroupfs`, a setting of that machine, not the Dockerfile"),
    loc("podman-container-tools/podman#13678", "builder.namespace_denied", False,
        'time="2022-03-28T09:48:59Z" level=error msg="Error while applying layer: ApplyLayer exit status 1 stdout:  stderr: Error creating mount namespace before pivot: operation not permitted"',
        host_alt=["docker.io"], also_ok=["local.permission_denied"],
        note="podman inside a Tekton pipeline pod cannot create the mount namespace it needs to unpack alpine's layer; the pod lacks the privileges (closed stale), so every pull in that pod fails the same"),
    B.entry("builder", "nickjj/docker-django-example#11", "local", "local.buildkit_disabled", False, "local", None,
            "Step 10/12 : COPY --chown=node:node ../ ../\nERROR: Service 'css' failed to build : COPY failed: forbidden path outside the build context: ../ ()",
            cmd="docker-compose up --build", also_ok=[OUTSIDE, "builder.buildx_missing"],
            note="on native Docker in Ubuntu (it builds with Docker Desktop): nickjj, 'That error usually happens when Docker's buildkit isn't enabled' and suggests DOCKER_BUILDKIT=1 or the daemon's buildkit feature; the legacy builder refuses the `../` that BuildKit clamps to the context"),
    # --- the build's own ------------------------------------------------------------------------------------------
    own("typefly/TypeFly#8", OUTSIDE,
        "Step 5/8 : COPY ../.. /workspace\nCOPY failed: forbidden path outside the build context: ../.. ()\nMakefile:34: recipe for target 'build' failed\nmake: *** [build] Error 1",
        cmd="make SERVICE=yolo build", also_ok=["build.missing_file", "build.dockerfile_parse"],
        note="the Dockerfile copies `../..`, above the context the Makefile passes; the maintainer sent the reporter to the reworked TypeFly-2.0 branch; every build of that Dockerfile fails the same"),
    own("josephmachado/online_store#1", OUTSIDE,
        "Step 4/5 : COPY ../../datagenerator /opt/dagster/datagenerator\nCOPY failed: forbidden path outside the build context: ../../datagenerator ()\nERROR: Service 'data_generator' failed to build : Build failed",
        cmd="docker-compose up --build", also_ok=["build.missing_file"],
        note="the reporter's own fix: the Dockerfile's `COPY ../../datagenerator` had to become `COPY ./datagenerator`, since compose already passes the project root as context"),
    own("docker/compose#6014", OUTSIDE,
        "Step 7/17 : COPY ../MyProject/MyProject.csproj ../MyProject/\nERROR: Service 'autofaqrestapi' failed to build: COPY failed: Forbidden path outside the build context: ..\\MyProject\\MyProject.csproj ()",
        cmd="docker-compose build", also_ok=["build.missing_file"],
        note="shin-: 'That line in your Dockerfile is invalid as it tries to copy from outside the build context. Also, this is not a Compose issue'"),
    own("argoproj/argo-events#677", OUTSIDE,
        " ---> 18c2efeaaa99\nStep 5/6 : COPY ../. .\nCOPY failed: Forbidden path outside the build context: ../. ()",
        cmd="docker build .", also_ok=["build.missing_file", "build.dockerfile_missing"],
        note="`docker build .` on a fresh clone uses a stale root Dockerfile: VaibhavPage, 'this is an old Dockerfile and should not be used for build. I'll remove it in next PR'"),
    own("docker/for-win#8781", "build.dockerfile_missing",
        "failed to solve with frontend dockerfile.v0: failed to read dockerfile: open /var/lib/docker/tmp/buildkit-mount320670870/Dockerfile: no such file or directory",
        cmd="docker build -t getting-started .", also_ok=["build.missing_file"],
        note="the answers: the file was saved as 'dockerfile' or 'DockerFile' (or with an extension) while the build looks for 'Dockerfile'; 'renamed it to \"Dockerfile\", then issue got resolved'"),
    own("moby/moby#48987", "builder.exec_format",
        "  #51 32.06 Error while loading /var/lib/dpkg/info/moby-cli.postinst: Exec format error\n  #51 32.06 dpkg: error processing package moby-cli (--configure):\n  #51 32.06  installed moby-cli package post-installation script subprocess returned error exit status 1",
        component="builder", also_ok=["builder.emulation_missing", "build.wrong_arch_image"],
        note="an arm64 devcontainer built in GitHub Actions: the reporter, 'the error was fully on me. The problem was that my build setup in gh actions was missing the Setup QEMU step' (docker/setup-qemu-action); the indentation is the reporter's paste"),
]
