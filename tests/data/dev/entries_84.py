"""Dev-set entries, batch 84 (the builder and the runner machine: BuildKit and buildx builders booted by
setup-buildx-action, the docker-container, kubernetes and remote drivers, QEMU emulation set up or not by
setup-qemu-action and binfmt, the runner's Docker daemon in GitHub services, Actions Runner Controller's dind
containers, GitLab's docker:dind and Kubernetes executors and Tekton sidecars, and the runner's disk and memory. The
service and machine side: a buildx tar export losing its gRPC stream while loading the image, booting buildkit failing
on Docker Hub's connection reset and timeout, quay.io answering 502 to a nightly's pull, a GitLab runner pod evicted by
Karpenter despite its do-not-disrupt annotation, ARC's dind container not up when a job's containers start, self-hosted
runners losing communication with the server (once, a few times, or on every run after a move to new runners), a
runner stuck under a BuildKit build until the job timed out, a WSL host with no daemon and a container whose user
cannot open the socket, a buildx without the remote driver and a remote driver refusing a default config file, a
BuildKit whose default provenance attestations the docker exporter could not load, QEMU missing on an Ubuntu host and
on a podman machine, QEMU 7.2 segfaulting in libc-bin's trigger, and builds killed by memory (a Dockerfile step on a
small VM, unit tests on a too-small runner) and disk (hosted runners' ~14 GB). About half are the build's own mistakes
that read like builder or machine faults: a Dockerfile path the action cannot see without a checkout or that it
resolves against the context, docker:dind's TLS change met by a docker/compose image, a Tekton example and an ECR
helper image, images published without the platform the host needs (arm64-only, amd64-only, an rc without amd64, an
arm64 image built from $BUILDPLATFORM), a base image with no arm64 variant on a Raspberry Pi, --load with four
platforms, a COPY of a folder the repository lacks, a build cancelled by the workflow's own `timeout 3600` and a
Jenkins stage timeout, and an exit code 137 from a container that stopped for want of an environment variable.)
`err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus; one pull request's
text is quoted from the commit that carries it); where a thread quoted a log inside Markdown (code fences, blockquote
markers, backticks, list indentation) only that markup was dropped and trailing blanks trimmed, never a word of the
log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line.
Elisions ('...', '.../') are the reporters' own. Hosts follow the README's strict rule: a host is given only where a
line of the log names it for the failing call; an inferred, masked or placeholder one goes in host_alt. Labels were
set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"tsouza/cerberus#1345", "erigontech/erigon#21735", "actions/actions-runner-controller#3842",
         "helium/helium-program-library#1198", "pytorch/executorch#15400", "KeeperHub/keeperhub#1565",
         "svix/svix-webhooks#2275", "judahpaul16/gpt-home#71", "docker/buildx#1460"}  # fmt: skip

B = Batch(PULLS)
bk = B.family("builder")
dind = B.family("dind")
reg = B.family("registry")
loc = B.local()
own = B.build("builder")
own_dind = B.build("dind")
own_run = B.build("local")

HUB = ["registry-1.docker.io", "docker.io"]
BOOT = ["Run docker/setup-buildx-action@v3", "Booting builder", "#1 [internal] booting buildkit", "#1 pulling image moby/buildkit:buildx-stable-1"]
BPA = ["Run docker/build-push-action@v6"]
LOST = "local.runner_lost"
ARCH = "build.wrong_arch_image"
NO_DOCKERFILE = "build.dockerfile_missing"
DIND_ENV = "build.docker_env_misconfigured"
PLATFORM_WARN = "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested"

E = [
    # --- the builder's side: BuildKit sessions, booting the builder, builder features -------------------------------------
    bk("docker/build-push-action#1263", "builder", "builder.connection_lost", True, "local", None,
       "Error: buildx failed with: ERROR: failed to solve: Unavailable: failed to copy to tar: rpc error: code = Unavailable desc = error reading from server: rpc error: code = Canceled desc = context canceled",
       head=BPA, also_ok=["builder.crashed", "connectivity.eof"],
       note="the stream between buildx and BuildKit drops while the result is copied to a tar for load: true; 'when it fails a rerun is usually successful afterwards' and the same build then passes"),
    bk("tsouza/cerberus#1345", "connectivity", "connectivity.reset", True, "service", None,
       'ERROR: Error response from daemon: Head ".../moby/buildkit/manifests/buildx-stable-1": read: connection reset by peer',
       head=BOOT, host_alt=HUB, also_ok=["builder.init_failed", "registry.server_error"],
       note="the docker-container driver boots by pulling moby/buildkit from Docker Hub in one attempt inside `buildx inspect --bootstrap`; the PR treats the reset as transient and adds a retrying pre-pull (the registry URL's elision is the author's)"),
    bk("erigontech/erigon#21735", "connectivity", "connectivity.timeout", True, "service", "registry-1.docker.io",
       'Get "https://registry-1.docker.io/v2/": context deadline exceeded',
       head=BOOT, also_ok=["builder.init_failed", "connectivity.client_timeout", "registry.metadata_timeout"],
       note="a merge-queue job failed in Set up Docker Buildx when booting BuildKit timed out pulling moby/buildkit from Docker Hub; the PR retries the setup step once, the same pattern the job already used for transient image-build failures"),
    bk("docker/buildx#1460", "builder", "builder.attestation_unsupported", False, "service", None,
       "#12 exporting to docker image format\n#12 ERROR: docker exporter does not currently support exporting manifest lists\n------\n > exporting to docker image format:\n------\nERROR: failed to solve: docker exporter does not currently support exporting manifest lists",
       raw_is_log=True, also_ok=["builder.manifest_list_load", "builder.exporter_unsupported"],
       note="buildx's own e2e job loading an image into the docker store: jedevc, 'a result of buildx attempting to attach provenance attestations by default', which BuildKit's docker exporter did not filter out; solved in BuildKit (moby/buildkit#3380), so the job fails until that BuildKit is used"),
    bk("docker/buildx#1213", "builder", "builder.driver_missing", False, "local", None,
       'error: failed to find driver "remote"',
       cmd="docker buildx create --use --name remote-builder --driver remote tcp://buildkitd:1234", also_ok=["local.client_regression", "build.client_outdated"],
       note="connecting to an existing buildkitd with buildx v0.8.2: 'The remote driver isn't shipped in buildx v0.8.2 - it *will* be released in 0.9'; every create fails until the machine's buildx is newer"),
    bk("orbstack/orbstack#1513", "builder", "builder.remote_config_unsupported", False, "local", None,
       "ERROR: failed to initialize builder remote-unix (remote-unix0): setting config file is not supported for remote driver",
       cmd="docker buildx create --name remote-unix --driver remote tcp://192.168.10.11:1234", also_ok=["builder.init_failed"],
       note="on OrbStack buildx hands its default BuildKit config file to the remote driver, which refuses any config file; filed as a feature request, the create fails the same every time"),
    # --- the machine's emulation: QEMU missing or crashing --------------------------------------------------------------
    bk("mporrato/alpine-h700#1", "builder", "builder.emulation_missing", False, "local", None,
       "./scripts/mkinitrd.sh latest\nexec /bin/sh: exec format error\nmake: *** [Makefile:55 : artifacts/initramfs] Erreur 1",
       cmd="make FACTORY_IMAGE=RG35XX+-P-V1.1.5-EN16GB-240712.IMG", also_ok=["builder.exec_format"],
       note="the script runs an aarch64 container under podman on an x86 machine; the maintainer: 'Looks like podman cannot run aarch64 binaries on your system: have you installed qemu-user-static-aarch64?'"),
    bk("docker/cli#3701", "builder", "builder.emulation_missing", False, "local", None,
       "root@jammy:/home/x# docker run --platform=linux/arm64 ubuntu:focal uname -p\nUnable to find image 'ubuntu:focal' locally\nfocal: Pulling from library/ubuntu\n11e23ac719b3: Pull complete\nDigest: sha256:fd92c36d3cb9b1d027c4d2a72c6bf0125da82425fc2ca37c414d4f010180dc19\nStatus: Downloaded newer image for ubuntu:focal\nexec /usr/bin/uname: exec format error",
       raw_is_log=True, also_ok=["builder.exec_format"],
       note="'Unlike on Mac M1' (where Docker Desktop brings QEMU) an amd64 Ubuntu host has no binfmt handler for arm64, so the arm64 image pulls fine and its first binary cannot execute; nothing is fetched wrongly and a re-run fails the same"),
    bk("tonistiigi/binfmt#215", "builder", "builder.emulation_crash", False, "service", None,
       "Processing triggers for libc-bin (2.31-13+deb11u11) ...\nqemu: uncaught target signal 11 (Segmentation fault) - core dumped\nSegmentation fault (core dumped)\nqemu: uncaught target signal 11 (Segmentation fault) - core dumped\nSegmentation fault (core dumped)\ndpkg: error processing package libc-bin (--configure):\n installed libc-bin package post-installation script subprocess returned error exit status 139",
       also_ok=["builder.emulation_setup"],
       note="arm64 emulated on amd64: the QEMU 7.2 in binfmt and multiarch/qemu-user-static segfaults in libc-bin's trigger ('Same issue unfortunately' after the suggested workaround; another: builds that passed a month earlier now fail); the emulator's fault, not the Dockerfile's, and a plain re-run does not help"),
    # --- the runner's Docker daemon ------------------------------------------------------------------------------------
    dind("actions/actions-runner-controller#3842", "local", "local.dind_not_ready", True, "local", None,
         "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
         head=["Initialize containers"], also_ok=["local.docker_daemon_down"],
         note="ARC runs dind and the runner as separate containers with their own lifecycles, so 'In some jobs' the socket is not there in Initialize Containers; running dind as a native sidecar fixed it ('This exactly the issue we were seeing')"),
    dind("QuickLogic-Corp/quicklogic-fpga-toolchain#38", "local", "local.docker_daemon_down", False, "local", None,
         "ERRO[0000] failed to dial gRPC: cannot connect to the Docker daemon. Is 'docker daemon' running on this host?: dial unix /var/run/docker.sock: connect: no such file or directory\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
         cmd="docker build . -f Dockerfile.use-installer -t symbiflow-ql", also_ok=["local.docker_socket_missing"],
         note="Ubuntu 18.04 under WSL with Docker installed and the system restarted: no daemon serves /var/run/docker.sock, 'always' the same error; the machine's Docker setup, not the toolchain"),
    dind("sar/code-container#10", "local", "local.docker_socket_permission", False, "local", None,
         "Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json?all=1: dial unix /var/run/docker.sock: connect: permission denied",
         cmd="docker ps -a", also_ok=["local.permission_denied"],
         note="the container's default user 'cannot access docker.sock inside container without sudo'; the workaround chowns the socket to that user, so every call fails until the permissions change"),
    reg("wazuh/wazuh-dashboard#635", "registry", "registry.server_error", True, "service", "quay.io",
        "Plugin platform version: 2.19.1\nUnable to find image 'quay.io/wazuh/osd-dev:2.19.1' locally\ndocker: Error response from daemon: Head \"https://quay.io/v2/wazuh/osd-dev/manifests/2.19.1\": received unexpected HTTP status: 502 Bad Gateway.",
        also_ok=["registry.outage", "connectivity.server_error"],
        note="a nightly's docker run pulling the build image: 'The error was a temporal network problem. In another attempt, this could be built.'; the next nightly did not see it"),
    # --- the runner machine: pods, lost runners, memory and disk -------------------------------------------------------
    loc("aws/karpenter-provider-aws#8276", "local.runner_pod_evicted", True,
        'ERROR: Job failed (system failure): pod "gitlab-runner/runner-" is disrupted: reason "EvictionByEvictionAPI", message "Eviction API: evicting".',
        raw_is_log=True, also_ok=[LOST, "local.pod_evicted_disk"],
        note="after an upgrade to Karpenter v1.5.1 GitLab runner pods are evicted despite karpenter.sh/do-not-disrupt; 'This behavior is not frequent, but happens occasionally', so other runs of the same job pass"),
    loc("wazuh/wazuh-indexer#1889", LOST, True,
        "The self-hosted runner lost communication with the server. Verify the machine is running and has a healthy network connection. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, head=["Build package with the Docker builder"],
        note="the weekly indexer package build in its Docker builder step: 'The error was related with the self-hosted runner, once we retried it worked as expected', closed as not planned"),
    loc("ROCm/TheRock#3622", LOST, False,
        "Windows::release / Build Multi-Arch Stages / math-libs (gfx1151, gfx1151, windows-gfx1151-gpu-rocm, false) / Stage - Math Libs (gfx1151)\nThe self-hosted runner lost communication with the server. Verify the machine is running and has a healthy network connection. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, also_ok=["local.out_of_memory"],
        note="Windows multi-arch math-libs stages only: the maintainer suspects the multi-arch CI's lack of ccache 'might be putting more pressure on the system CPU/memory', a standing load on the self-hosted runners rather than a passing fault (open)"),
    loc("hashgraph/hedera-sourcify#196", LOST, False,
        "docker-image-publish\nThe self-hosted runner: hedera-sourcify-linux-medium-qcsnw-v2tdn lost communication with the server.\nVerify the machine is running and has a healthy network connection.\nAnything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, also_ok=["local.out_of_memory"],
        note="since the project's actions moved to self-hosted runners the image publish workflow 'is failing' every time at its Docker build; the issue asks to make it fit those runners"),
    loc("camunda/camunda#13878", "local.runner_stuck", True,
        "Mon, 14 Aug 2023 08:26:40 GMT\n  builder-b878ba93-bfc0-4da3-b7ec-4719196b879d0: v0.12.1\nMon, 14 Aug 2023 08:42:38 GMT\nError: The operation was canceled.",
        raw_is_log=True, also_ok=["build.job_timeout", "builder.session_timeout", LOST],
        note="a kind/flake: after the BuildKit version line nothing happened for 16 minutes and 'GitHub Actions then canceled the job through timeout'; judged 'not ... a flaky test, but infra instability' and closed"),
    loc("twosigma/beakerx#7282", "local.out_of_memory", False,
        "> node /opt/conda/envs/beakerx/lib/python3.6/site-packages/jupyterlab/staging/yarn.js run build:prod\nyarn run v1.5.1\n$ webpack --config webpack.prod.config.js\nThe command '/bin/sh -c /home/beakerx/setup.sh' returned a non-zero code: 137",
        also_ok=["build.out_of_memory"],
        note="the docker build script's webpack step is killed: 'perhaps it is out of memory...' then 'yup doubling the RAM fixed it'; it fails the same until the machine has more memory"),
    loc("pytorch/executorch#15400", "local.out_of_memory", False,
        "The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n...\nProcess completed with exit code 137.",
        raw_is_log=True, also_ok=[LOST],
        note="Linux unit-test jobs 'failing consistently' on trunk since a change grew them; exit code 137 'likely means OOM kill', and the PR moves them to the linux.2xlarge.memory runner (the elision is the author's)"),
    loc("helium/helium-program-library#1198", "local.disk_full", True,
        "System.IO.IOException: No space left on device",
        raw_is_log=True, also_ok=["local.disk_low"],
        note="docker builds of the heavier images on ubuntu-latest (~14 GB free) fill the disk mid-build: 'Intermittent — the same job passes on a re-run with no code change'; the PR frees the preinstalled toolchains first"),
    loc("KeeperHub/keeperhub#1565", "local.disk_full", True,
        "ResourceExhausted: ... no space left on device",
        also_ok=["local.disk_low"],
        note="bake builds 'fail intermittently' while BuildKit unpacks node_modules on ubuntu-latest's ~14 GB, the image being near that ceiling; the PR frees ~20 GB of preinstalled toolchains before Buildx setup (the elision is the author's)"),
    # --- the build's own: Dockerfile paths and contexts --------------------------------------------------------------
    own("RafikFarhad/push-to-gcr-github-action#9", NO_DOCKERFILE,
        "unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /github/workspace/Dockerfile: no such file or directory",
        cmd="docker build   -t edi-safety-proxy:temporary --file ./Dockerfile .", also_ok=["build.context_missing"],
        note="the Dockerfile is at the repository root but the workflow ran the container action without checking the repository out; 'I solved it by using a checkout action right before the build docker image action' and the README examples gained the step"),
    own("docker/build-push-action#73", NO_DOCKERFILE,
        "unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /github/workspace/Dockerfile: no such file or directory\nError: exit status 1",
        also_ok=["build.context_missing"],
        note="build-push-action v1 copied from the README: 'I was missing the **checout@v2** action', so /github/workspace held no Dockerfile; adding actions/checkout fixed it"),
    own("svix/svix-webhooks#2275", NO_DOCKERFILE,
        "failed to read dockerfile: open server/Dockerfile: no such file or directory",
        head=BPA, also_ok=["build.missing_file", "build.context_missing"],
        note="the server-release job passed file: server/Dockerfile with context server, and the action resolves the file relative to the context; the PR drops the input so the default {context}/Dockerfile is used"),
    own("coleschaffer/Gabagool#3", "build.missing_file",
        'failed to solve: failed to compute cache key: failed to calculate checksum of ref 686290d4-7997-43f4-8fd3-a67552da50d3::78wd65fbco1b74i7qffzq6jhr: "/app/public": not found',
        also_ok=["build.context_missing"],
        note="the Dockerfile copies a public folder the repository does not contain: 'create public folder inside dashboard folder and it will work'"),
    # --- the build's own: docker:dind configuration -----------------------------------------------------------------------
    own_dind("docker/compose#7529", DIND_ENV,
             "Client:\n  Debug Mode: false\n Server:\n ERROR: Cannot connect to the Docker daemon at tcp://docker:2376. Is the docker daemon running?",
             host="docker", host_alt=["docker:2376"], cmd="docker info", also_ok=["local.docker_env_misconfigured", "build.dind_service_missing"],
             note="GitLab CI with docker:19.03.11-dind and DOCKER_TLS_CERTDIR=/certs but the docker/compose image: 'the docker/compose image does not create the /certs folder' that TLS against dind needs, while the docker image's entrypoint sets it up; the dind service was running"),
    own_dind("tektoncd/pipeline#1929", DIND_ENV,
             "[client] docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?.\n[client] See 'docker run --help'.\n[client] time=\"2020-01-23T19:59:54Z\" level=error msg=\"failed to dial gRPC: cannot connect to the Docker daemon. Is 'docker daemon' running on this host?: dial unix /var/run/docker.sock: connect: no such file or directory\"",
             also_ok=["local.docker_daemon_down", "local.dind_not_ready"],
             note="the dind-sidecar example works only with a sidecar image up to 18.09-dind: any newer dind (TLS by default since 19.03, the GitLab docs linked) leaves the client's socket unserved, every run, until the example's configuration changes"),
    own_dind("jansauer/dockercli-plus-awscli-container-image#17", DIND_ENV,
             "unable to resolve docker endpoint: open /certs/client/ca.pem: no such file or directory\nException ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='ascii'>\nBrokenPipeError: [Errno 32] Broken pipe\nunable to resolve docker endpoint: open /certs/client/ca.pem: no such file or directory",
             also_ok=["local.docker_env_misconfigured"],
             note="the image in GitLab CI with a docker:dind service: the Docker TLS variables point the CLI at /certs/client, which the job container does not have; the workaround in #35 unsets DOCKER_TLS_VERIFY, DOCKER_TLS_CERTDIR and DOCKER_CERT_PATH and talks to tcp://docker:2375"),
    # --- the build's own: platforms the image does not have ----------------------------------------------------------------
    own("link-assistant/hive-mind#962", ARCH,
        "konard@MacBook-Pro-Konstantin ~ % docker pull konard/hive-mind:latest\nError response from daemon: no matching manifest for linux/arm64/v8 in the manifest list entries: no match for platform in manifest: not found",
        host="docker.io", raw_is_log=True, also_ok=["build.manifest_push_incomplete"],
        note="the project's own image on Docker Hub is published without a linux/arm64 entry, so an Apple-silicon Mac cannot pull it; the registry answered correctly and a re-pull fails the same"),
    own("vllm-project/aibrix#1120", ARCH,
        "v0.3.0-rc.2: Pulling from aibrix/runtime\nno matching manifest for linux/amd64 in the manifest list entries\nError response from daemon: No such image: aibrix/runtime:v0.3.0-rc.2",
        host="docker.io", cmd="./sync-images.sh v0.3.0-rc.2 aibrix-cn-beijing.cr.volces.com", also_ok=["build.manifest_push_incomplete"],
        note="(area/cicd) the v0.3.0-rc.2 release images were pushed with manifest lists that have no linux/amd64 entry, so mirroring them from an amd64 host fails for every image until they are re-published"),
    own("mrwadams/stride-gpt#40", ARCH,
        "santosh@supercomp:~/code/stride-gpt$ docker run -p 8501:8501 mrwadams/stridegpt\nWARNING: The requested image's platform (linux/arm64) does not match the detected host platform (linux/amd64/v3) and no specific platform was requested\nexec /usr/local/bin/streamlit: exec format error",
        raw_is_log=True, also_ok=["builder.exec_format"],
        note="the image's default tag is arm64-only; the maintainer: 'You need to specify the amd64 image when pulling' (the v0.8.1-amd64 tag)"),
    own("JonasHiltl/openchangelog#21", ARCH,
        PLATFORM_WARN + "\nexec /app/openchangelog: exec format error",
        raw_is_log=True, also_ok=["builder.exec_format"],
        note="self-hosting on a Raspberry Pi 5: the maintainer, 'No issue on your side, I'm currently only building images for amd64', and later releases were built multi-platform"),
    own("unoconv/unoserver-docker#91", "build.wrong_platform_arg",
        "$ docker run -it 1f5d6ae64087\nexec /entrypoint.sh: exec format error",
        raw_is_log=True, also_ok=[ARCH, "builder.exec_format"],
        note="the published linux/arm64 image contains x86-64 binaries (the reporter ran `file` on its busybox): the Dockerfile used $BUILDPLATFORM instead of $TARGETPLATFORM, fixed by the reporter's PR"),
    own("ethz-asl/kalibr#567", ARCH,
        " ---> [Warning] The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\n ---> Running in ad35f7b62fd9\nexec /bin/sh: exec format error",
        t="raw", also_ok=["builder.emulation_missing", "builder.exec_format"],
        note="building the project's Dockerfile on a Raspberry Pi (arm64): the base image resolves to linux/amd64 only, so the first RUN cannot start; QEMU did not fail, nothing for arm64 was asked for (the quote stops before the cut 'returned a non-zero code' line)"),
    own("multiarch/qemu-user-static#199", ARCH,
        "$ docker run --rm --privileged multiarch/qemu-user-static --reset -p yes\n" + PLATFORM_WARN + "\nexec /register: exec format error",
        raw_is_log=True, also_ok=["builder.emulation_setup", "builder.exec_format"],
        note="on an arm64 host the reporter runs the registration image, which exists for amd64 only, so its /register cannot execute; the same command fails every time on that host"),
    # --- the build's own: builder options ------------------------------------------------------------------------------
    B.build_in("builder", "billimek/prometheus-speedtest-exporter#4", "builder.manifest_list_load",
               "+ docker buildx build --file Dockerfile --platform linux/amd64,linux/arm/v6,linux/arm/v7,linux/arm64/v8 --label=built-by=billimek --label=build-type=manual --label=built-on=ubuntu2004.localdomain --tag billimek/prometheus-speedtest-exporter:latest --load .\n[+] Building 0.0s (0/0)\nerror: docker exporter does not currently support exporting manifest lists",
               component="builder", cmd="./build.sh", also_ok=["builder.exporter_unsupported", "build.tool_incompatible"],
               note="the repository's build.sh asks for four platforms together with --load, and the docker exporter cannot load a manifest list; another user hit the same with two platforms, every run"),
    # --- the build's own: time limits and a container that stopped -------------------------------------------------------
    own_run("judahpaul16/gpt-home#71", "build.step_timeout",
            "#17 CANCELED\nERROR: failed to solve: Canceled: context canceled\nError: Process completed with exit code 124.",
            cmd="timeout 3600 docker buildx build --platform linux/arm64 --no-cache", raw_is_log=True, also_ok=["build.job_timeout"],
            note="the workflow wraps its QEMU-emulated arm64 build in `timeout 3600`; exit code 124 is timeout's own, which cancels BuildKit's step #17; the PR speeds the pip install step (installs wheel, drops --use-pep517) so the build fits (quoted from the PR's commit message)"),
    B.entry("local", "cilium/cilium#18791", "build", "build.job_timeout", True, "build", None,
            "18:00:48      runtime: #6 44.15   Downloading sphinx-tabs-1.1.13.tar.gz (21 kB)\n18:00:48  Cancelling nested steps due to timeout\n18:00:48  Sending interrupt signal to process\n18:01:01  Cancelling nested steps due to timeout\n18:01:08  After 20s process did not stop\n18:01:18  Sending interrupt signal to process\n18:01:48  Body did not finish within grace period; terminating with extreme prejudice",
            raw_is_log=True, also_ok=["build.step_timeout"],
            note="a ci/flake: the 'copy and boot VMs' stage's docker build inside the runtime VM was still downloading when the pipeline's own 31-minute stage timeout cancelled it; the runtime timeouts were raised (#18886)"),
    own_run("testdrivenio/fastapi-tdd-docker#6", "build.env_var_missing",
            "Run docker exec fastapi-tdd pip install black==20.8b1 flake8===3.8.4 isort==5.6.4 pytest==6.2.0\nDefaulting to user installation because normal site-packages is not writeable\nCollecting black==20.8b1\n  Downloading black-20.8b1.tar.gz (1.1 MB)\n  Installing build dependencies: started\nError: Process completed with exit code 137.",
            raw_is_log=True, also_ok=["build.service_unhealthy", "build.secret_missing"],
            note="exit code 137 read as memory, but the answer that closed it: 'You need to add the DATABASE_URL environment variable' to the workflow, without which the app container stops and the docker exec into it is killed"),
]
