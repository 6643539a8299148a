"""Dev-set entries, batch 93 (BuildKit and docker buildx builders in CI as their logs show them: the gRPC errors that
end `failed to solve` and `failed to receive status`, builders that cannot be dialed or listed, drivers and
builders that are not there, BuildKit's message-size limits, `max depth exceeded` and emulated builds. The builder's
and runner's side: a docker-container buildkitd that drops the session mid-build (`Unavailable: error reading from
server: EOF`) intermittently in a React build and in docker compose builds; Cloud Build's Docker whose Dockerfile
frontend dies now and then (`frontend grpc server closed unexpectedly`); a tracking issue of transient BuildKit
failures (a `mount already exists with name` LLB error and Docker Hub's 500 for the docker/dockerfile frontend
image); random `DeadlineExceeded ... no active session` while BuildKit authorizes a cache pull; a BuildKit 0.17
bug that sends a 4294967290-byte message over gRPC, fixed in 0.17.2; Docker Engine 27 lowering the gRPC receive
limit for large generated Dockerfiles and BuildKit's 4 MiB frontend limit; a 32-bit ARM BuildKit that resets
its own session; a PaaS build service whose buildkitd socket never comes up after an upgrade. Beside them, about
half, the build's own mistakes that read like builder faults: `failed to find driver "docker"` for a driver that
cannot be created, a Dockerfile path given relative to the wrong directory under act, a Jenkins pod that runs
`cat` in place of buildkitd so `listing workers` finds no socket, CodeBuild without privileged mode so BuildKit
cannot mount, base images so deep that BuildKit answers `max depth exceeded`, a remote build of a 7000-step
Dockerfile that exceeds the 16 MiB gRPC limit and an image built for the wrong platform so QEMU cannot find the x86-64
loader; and one warning the job survived, a summary step on a self-hosted runner that cannot find the builder.) `err` is
verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log
inside Markdown (code fences, backticks, a log-line link GitHub pasted into a timestamp) only that markup was
dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words,
the entry stops at the last whole log line before them. Hosts follow the README's strict rule: a host is given only
where a line of the log names it for the failing call; an inferred, masked or placeholder one goes in host_alt.
Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"aws/eks-distro-build-tooling#117"}  # fmt: skip

B = Batch(PULLS)
bld = B.family("builder")
own = B.build("builder")

BPA = ["Run docker/build-push-action@v6"]
LOST = "builder.connection_lost"
REGRESSION = "builder.buildkit_regression"
TOO_LARGE = "builder.message_too_large"
DEEP = "build.base_image_too_many_layers"

E = [
    # --- the builder's side: sessions and frontends that die mid-build -------------------------------------------------
    bld("kubernetes-sigs/headlamp#1278", "builder", LOST, True, "local", None,
        "#29 4.414 Creating an optimized production build...\nERROR: failed to solve: Unavailable: error reading from server: EOF\nmake: *** [Makefile:93: image] Error 1\nError: Process completed with exit code 2.",
        raw_is_log=True, also_ok=["builder.crashed", "local.out_of_memory"],
        note="filed as an 'Intermittent issue on the \"Build Container and test\" workflow': the BuildKit session drops while the frontend's `npm run build` runs inside the image build; nothing in the Dockerfile changed and the maintainer expected it to 'eventually fix itself'"),
    bld("docker/buildx#2064", "builder", LOST, True, "local", None,
        "failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF",
        also_ok=["builder.crashed"],
        note="'During docker (compose) builds, we occasionally see this error in our CI' at varying stages (cache import, context load, a pip RUN); it can kill several parallel builds on one CI node, with no memory, CPU or network spike; the same builds pass otherwise"),
    bld("google/osv.dev#5692", "builder", "builder.frontend_crashed", True, "service", None,
        "ERROR: failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to solve with frontend gateway.v0: frontend grpc server closed unexpectedly",
        also_ok=[LOST, "builder.crashed"],
        note="a flaky step in Cloud Build: the `build-importer` image build 'occasionally fails' because the Dockerfile frontend's gRPC server dies; bumping memory did not fix it and Cloud Build's Docker is old; other runs of the same step pass"),
    bld("bottlerocket-os/bottlerocket#1095", "builder", "builder.internal_error", True, "service", None,
        "failed to solve with frontend dockerfile.v0: failed to solve with frontend gateway.v0: rpc error: code = Unknown desc = failed to build LLB: mount already exists with name",
        also_ok=[REGRESSION, "builder.frontend_crashed"],
        note="listed in the project's tracking issue of 'CI failures that were not caused by code issues but by a transient issue in the CI runner': a BuildKit LLB error that goes away on the next run"),
    bld("bottlerocket-os/bottlerocket#1095", "registry", "registry.server_error", True, "service", "registry-1.docker.io",
        "failed to solve with frontend dockerfile.v0: failed to solve with frontend gateway.v0: unexpected status code https://registry-1.docker.io/v2/docker/dockerfile/manifests/1.1.3-experimental: 500 Server Error",
        host_alt=["docker.io"], also_ok=["registry.outage"],
        note="the same tracking issue of transient CI failures: Docker Hub answers 500 for the docker/dockerfile frontend image that the Dockerfile's syntax line pulls, before any step runs; re-runs pass"),
    bld("OpenRailAssociation/osrd#5795", "builder", "builder.session_timeout", True, "local", None,
        'time="2023-11-21T14:40:07Z" level=error msg="/moby.buildkit.v1.Control/Solve returned error: rpc error: code = DeadlineExceeded desc = failed to compute cache key: failed to copy: httpReadSeeker: failed open: failed to authorize: no active session for o8x7cruw5v2vz9u5lwxxa2r0z: context deadline exceeded"',
        host_alt=["ghcr.io"], also_ok=["gha_cache.backoff_timeout", "registry.timeout"],
        note="'A bug somewhere in the buildx stack causes random CI jobs to fail': BuildKit loses the client session while it authorizes the pull of the image cache from ghcr.io, and 'Run enough jobs to see the issue crop up'; the log line names no host for the call"),
    # --- the builder's side: BuildKit and Docker releases -------------------------------------------------------------
    bld("docker/build-push-action#1257", "builder", REGRESSION, False, "service", None,
        "ERROR: failed to solve: Internal: rpc error: code = Internal desc = received 4294967290-bytes data exceeding the limit 786732 bytes",
        t="bk_final", also_ok=[TOO_LARGE],
        note="crazy-max: 'This has been fixed in https://github.com/moby/buildkit/pull/5530' and 'Should be fixed with latest BuildKit stable (0.17.2)'; the workflow needs no change once the builder image is the fixed one, but the same BuildKit fails every time before that"),
    bld("moby/moby#48164", "builder", REGRESSION, False, "service", None,
        "=> [internal] load build definition from Dockerfile\n => => transferring dockerfile: 896.44kB\nERROR: failed to receive status: rpc error: code = ResourceExhausted desc = grpc: received message larger than max (44865299 vs. 16777216)",
        also_ok=["local.client_regression", TOO_LARGE],
        note="a 15k-line generated Dockerfile that builds with Docker Engine 26.1.4 fails on every run 'since docker-engine v27', traced by the reporter to a vendored BuildKit change that lowered the gRPC message limit; the engine's regression, not the Dockerfile's (trailing blanks of the progress lines trimmed)"),
    bld("docker/buildx#2453", "builder", TOO_LARGE, False, "service", None,
        "ERROR: failed to solve: ResourceExhausted: ResourceExhausted: ResourceExhausted: ResourceExhausted: ResourceExhausted: grpc: received message larger than max (4212583 vs. 4194304)",
        also_ok=[REGRESSION, "build.dockerfile_too_large"],
        note="a generated Dockerfile just over the Dockerfile frontend's hardcoded 4 MiB gRPC receive limit; transferred to moby/buildkit#4948 as a BuildKit bug, later addressed by raising the frontend's hardcoded limits; the same build fails every time"),
    bld("moby/buildkit#1113", "builder", "builder.platform_bug", False, "service", None,
        "2019/08/05 21:59:13 http2: server: error reading preface from client /var/run/docker.sock: read unix @->/var/run/docker.sock: read: connection reset by peer\nerror during connect: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.40/build?buildargs=%7B%7D&buildid=207efba14ddf0fca431dc2a6a373d195671118f028e2453d174f32bde03989a0&cachefrom=%5B%5D&cgroupparent=&cpuperiod=0&cpuquota=0&cpusetcpus=&cpusetmems=&cpushares=0&dockerfile=&labels=%7B%7D&memory=0&memswap=0&networkmode=default&remote=client-session&rm=1&session=o1dru2o6b42qlhnkokaavxfif&shmsize=0&t=leshik%2Ftest%3A1.2.3-armhf&target=&ulimits=null&version=2: EOF",
        cmd="DOCKER_BUILDKIT=1 docker build -t leshik/test:1.2.3-armhf .", also_ok=[REGRESSION, LOST],
        note="Docker 19.03's BuildKit fails every build on 32-bit Raspbian (armhf) and works on arm64 on the same board; tonistiigi: 'This could be https://github.com/moby/buildkit/pull/1111' and the daemon logs confirmed it, a BuildKit bug on that platform"),
    bld("convox/convox#641", "builder", "builder.init_failed", False, "service", None,
        "could not connect to unix:///run/buildkit/buildkitd.sock after 10 trials",
        cmd="convox build /tmp/074381573 --app partner1-1295 --description '' --id --manifest convox.yml --development", also_ok=["builder.not_running", "builder.remote_unreachable"],
        note="since upgrading a Convox rack to 3.12.0 many build jobs time out waiting for the rack's buildkitd socket; the maintainers raised the timeout and BuildKit version in 3.12.1, after which the reporter still hit it: the platform's builder, not the app"),
    # --- the build's own: builders and drivers it asked for wrongly ---------------------------------------------------
    bld("docker/buildx#665", "builder", "builder.driver_unsupported", False, "build", None,
        'error: failed to find driver "docker"',
        cmd="docker buildx create --name mybuilder --driver docker --use", also_ok=["builder.driver_missing"],
        note="tonistiigi: 'You can't create new instances of docker driver. Every Docker installation that has embedded Buildkit is automatically one builder'; the command is wrong, though the docs suggested it, and fails every time"),
    own("moby/buildkit#4710", "builder.not_running",
        'error: listing workers for Build: failed to list workers: Unavailable: connection error: desc = "transport: Error while dialing: dial unix /run/user/1000/buildkit/buildkitd.sock: connect: no such file or directory"',
        t="jenkins", cmd="buildctl build --frontend dockerfile.v0 --local 'context=.' --local 'dockerfile=.' --output 'type=image,name=fasautomation/linguistic-trainer:1.0.0.47,push=true'",
        component="builder", also_ok=["builder.remote_unreachable", "builder.init_failed"],
        note="a Jenkins Kubernetes agent whose moby/buildkit:master-rootless container is started with `command: cat` (the agent pod template the reporter pasted), so buildkitd never runs and buildctl finds no socket; closed as a question, a setup mistake rather than a BuildKit fault"),
    own("aws/eks-distro-build-tooling#117", "builder.privileges_missing",
        "error: failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to read dockerfile: failed to mount /tmp/buildkit-mount447148898: [{Type:bind Source:/var/lib/buildkit/runc-native/snapshots/snapshots/2 Options:[rbind ro]}]: operation not permitted",
        component="builder", also_ok=["local.permission_denied", "builder.namespace_denied"],
        note="daemonless BuildKit in AWS CodeBuild: 'I had to set privileged flag to true in CodeBuild, since it was complaining about not being able to perform some mounting operations otherwise'; the project's CodeBuild configuration, not a builder outage"),
    own("nektos/act#4722", "build.dockerfile_missing",
        "buildx failed with: ERROR: failed to build: failed to solve: failed to read dockerfile: \\\nopen Dockerfile: no such file or directory",
        cmd="act workflow_dispatch -W .github/workflows/test-act.yaml", also_ok=["build.missing_file", "build.context_missing"],
        note="the workflow sets `context: test/act` with `file: Dockerfile`; the file path is not resolved inside the context ('Dockerfile is not part of the context'), so it must be test/act/Dockerfile; the backslash line break is the reporter's own"),
    bld("docker/build-push-action#1239", "builder", "builder.builder_missing", False, "local", None,
        'ERROR: no builder "builder-27f86516-8b69-444b-b6c4-28e945d1c29e" found\n  Process "buildx dial-stdio" exited with code 1\n  2024/09/09 16:18:06 error: Unavailable: connection error: desc = "error reading server preface: EOF"',
        head=BPA, fatal=False, also_ok=["builder.not_running", LOST],
        note="a self-hosted runner: the post step that writes the build summary cannot find the builder the job used, 'yet the build succeeds', on every run; the log-line link GitHub put inside the timestamp was dropped"),
    # --- the build's own: images and Dockerfiles BuildKit cannot take --------------------------------------------------
    own("yegor256/cam#47", DEEP,
        "failed to prepare qujy5iugcx1hc9odep4c9lxjm: max depth exceeded",
        cmd="docker build --tag=cam .", also_ok=["builder.layer_limit", "local.docker_daemon_broken"],
        note="after an hour of building, a RUN step fails because the image has too many layers; the maintainer: '`max depth exceeded` means this' (too many layers) and told the reporter to switch the Dockerfile's base to yegor256/rultor-image:1.21.0"),
    own("wan-h/awesome-digital-human-live2d#39", DEEP,
        "failed to solve: failed to register layer: max depth exceeded",
        host_alt=["registry.cn-hangzhou.aliyuncs.com"], also_ok=["builder.layer_limit"],
        note="the project's adh-api base image had too many layers; `docker system prune -a` did not help and the maintainer answered that it was fixed in the project's commit 28c596983f4e; the log names no host"),
    own("moby/buildkit#6097", TOO_LARGE,
        "ERROR: failed to build: failed to receive status: rpc error: code = ResourceExhausted desc = trying to send message larger than max (22482550 vs. 16777216)",
        component="builder", also_ok=["build.dockerfile_too_large", REGRESSION],
        note="a remote (TLS) build of a ~7000-step, ~90-stage Dockerfile whose base-image ARG has no default: the solve request exceeds the 16 MiB gRPC limit every time; removing stages or giving the ARG a default makes it work, so the Dockerfile decides it"),
    own("sameersbn/docker-gitlab#2689", "build.wrong_platform_arg",
        '#0 3193.7 GOBIN="/home/git/gitlab-shell/bin" go install -ldflags "-X main.Version=v14.14.0 -X main.BuildTime=20230117.133721" -tags "tracer_static tracer_static_jaeger continuous_profiler_stackdriver" -mod=mod ./cmd/...\n#0 3193.7 qemu-x86_64: Could not open \'/lib64/ld-linux-x86-64.so.2\': No such file or directory\n#0 3193.7 make: *** [Makefile:57: bin/gitlab-shell] Error 255',
        also_ok=["build.platform_unsupported", "builder.emulation_crash"],
        note="building the image on a non-x86 host: the install script runs an x86-64 binary under QEMU without its loader; the maintainer asked which platform was meant and pointed to `docker buildx build --platform=linux/amd64`, the image supports only that platform"),
]
