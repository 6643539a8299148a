"""Dev-set entries, batch 108 (the runner machine and the image builder under it: self-hosted GitHub runners, Actions
Runner Controller pods and their dind images, GitLab runners with docker+machine, kubernetes and dind services,
Jenkins agents and the docker-plugin's containers, Buildkite agents, Habitat Builder's build nodes, and the daemons
and builders those machines run: dockerd, containerd and its shims, runc and crun, BuildKit behind buildx, Okteto's
remote BuildKit, buildah and kaniko). The machine's side: a daemon not running or crashed (a Buildkite agent's
containerd timing out, a GitLab runner's docker+machine daemon gone, build nodes whose docker lost its shim binary,
a kata-runtime machine full of stale shims), dind images that broke under a floating tag (ARC's `latest` retagged to
ubuntu-22.04 in January 2023, an April 2021 summerwind image) or could not start on nf_tables hosts, overlay-on-overlay
in DinD runners, Jenkins agents whose remoting channel died (a dropped AIX connection, the docker-plugin terminating
busy containers), runners losing communication under a starving build, OOM kills (exit code 137 in a dind pod, kaniko
snapshotting in a GitLab pod, a hosted runner's `Session terminated`), full disks on persistent runners that keep every
image (a TPU runner, a Testcontainers runner) and on an ephemeral hosted runner whose build outgrew it, clone3 in a
seccomp profile older Jenkins hosts cannot load, crun 1.8.5's cgroup regression and podman CI's cgroup flakes, buildah
1.20.0 arriving on ubuntu-latest and buildah 1.44's build-context overlay, a host clock two days behind, Okteto's
build service closing its gRPC connection, a buildx builder container vanishing while it boots, and an agent with no
docker at all. About a third are the build's own mistakes that read like the machine failing: a GitLab job whose
DOCKER_HOST or TLS settings do not match its dind service, `useradd` with a huge UID filling the disk through
lastlog, a build context without .dockerignore filling it through COPY, `docker run -it` and `docker-compose exec`
without a TTY, a compose file and a CI job asking more CPUs than the runner has, an action that ships an x86 binary to ARM runners,
entrypoints without the execute bit, a test suite whose cleanup leaves the pids cgroup controller unavailable, and a
Dockerfile using RUN --mount on a pipeline that never enabled BuildKit. Retryable follows what the thread learned: a
full disk on a persistent runner or a build that outgrew an ephemeral one is not retryable; a low-percentage flake is.
`err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted
a log inside Markdown (code fences, blockquote markers, backticks around a one-line quote) only that markup was dropped
and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words or is cut,
the entry stops at the last whole log line. Elisions ('...', '[...]') and masks ('<hash>', '<sha>') are the reporters'
own. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing call
(a runner's daemon address, a Release file's URL); an inferred, masked or placeholder one goes in host_alt. Labels were
set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {
    "gramineproject/gramine#1029", "StanfordAHA/garnet#1121", "buildkite-plugins/docker-compose-buildkite-plugin#505",
    "vgteam/vg#2067", "okteto/okteto#2802", "unraid/ci-runner-farm#7", "vllm-project/tpu-inference#1768",
    "Ensembl/ensembl-client#121", "centreon/centreon-collect#3667", "palantir/cassandra#114",
    "dfe-analytical-services/explore-education-statistics#4242",
}  # fmt: skip

B = Batch(PULLS)
loc = B.local()
bldr = B.family("builder")
svc = B.family("local")
bld = B.build("local")

LOST = "The self-hosted runner: {name} lost communication with the server. Verify the machine is running and has a healthy network connection. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error."
NODAEMON = "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"
CGROUP = "local.cgroup_controller_missing"
TTY = "build.tty_unavailable"
CPUS = "build.cpu_limit_exceeds_host"

E = [
    # --- the Docker daemon and its runtime on the runner ------------------------------------------------------------------
    svc("habitat-sh/builder#1117", "local", "local.docker_daemon_broken", False, "service", None,
        "/hab/pkgs/core/docker/18.03.0/20190117151003/bin/docker: Error response from daemon: failed to start shim: exec: \"docker-containerd-shim\": executable file not found in $PATH: unknown.\ntime=\"2019-07-09T17:16:22Z\" level=error msg=\"error waiting for container: context canceled\"\nFailed studio build for core/netdata, err=BuildFailure(127)",
        head=["builder_log_section::start::build_package", "Ø Enabling feature: IGNORE_LOCAL"], raw_is_log=True,
        also_ok=["local.docker_daemon_crashed", "local.runner_image_broken"],
        note="9 July 2019, a core/netdata package build on bldr.habitat.sh: the error 'persisted across a retry'; 'Restarting docker on the build nodes resolved this', a docker 18.09 bug on the service's build workers (the studio's shim binary not found), not the plan"),
    loc("buildkite/feedback#327", "local.docker_daemon_crashed", False,
        "time=\"2018-03-16T04:30:59.950802102Z\" level=error msg=\"containerd did not exit successfully\" error=\"signal: terminated\" module=libcontainerd\nFailed to connect to containerd: failed to dial \"/var/run/docker/containerd/docker-containerd.sock\": dial unix:///var/run/docker/containerd/docker-containerd.sock: timeout\nexit 1\t0s\n🚨 Error: The global environment hook exited with an error: Error running `/bin/bash -c /tmp/buildkite-agent-bootstrap-hook-runner-193392174`: exit status 1\n🚨 Error: Error setting up bootstrap: Error running `/bin/bash -c /tmp/buildkite-agent-bootstrap-hook-runner-193392174`: exit status 1",
        head=["docker: Checking docker", NODAEMON, ":alert: Docker isn't running!"], raw_is_log=True,
        also_ok=["local.docker_daemon_down", "local.docker_daemon_broken"],
        note="March 2018, Buildkite's Elastic CI stack agents: the environment hook finds dockerd down because containerd was terminated and never answers; 'I have had to kill the agent and wait for the AS group to bring up a new one' (the agent's instance is broken until replaced)"),
    loc("kata-containers/ci#94", "local.docker_daemon_broken", False,
        "18:32:20 Error response from daemon: Could not kill running container 49ab826ba574979ae216f2ba05ff906edc60ba9eca2bb34a181a523b7458b3fd, cannot remove - Cannot kill container 49ab826ba574979ae216f2ba05ff906edc60ba9eca2bb34a181a523b7458b3fd: unknown error after kill: /usr/local/bin/kata-runtime did not terminate sucessfully: context deadline exceeded",
        raw_is_log=True, also_ok=["local.docker_daemon_crashed"],
        note="December 2018, the Jenkins metrics agent: from build #95 on no metrics come out; on the physical machine 63 containerd-shims were left running from builds two days earlier, so the runtime cannot kill the container; the machine needs cleaning, not a re-run"),
    loc("vgteam/vg#2067", "local.docker_daemon_down", False,
        "ERROR: Job failed (system failure): Cannot connect to the Docker daemon at tcp://172.31.7.97:2376. Is the docker daemon running? (executor_docker.go:967:60s)",
        host="172.31.7.97", raw_is_log=True, also_ok=["local.runner_system_failure", "local.runner_lost"],
        note="January 2019, the project's own GitLab runner on AWS (docker+machine): the machine's daemon at 172.31.7.97 is gone mid-job; the maintainer restarted the runner system 'to make a config change to hopefully fix that first job', which failed the pipeline's other jobs too"),
    loc("docker-library/docker#467", "local.docker_daemon_broken", False,
        "failed to start daemon: Error initializing network controller: error obtaining controller instance: unable to add return rule in DOCKER-ISOLATION-STAGE-1 chain:  (iptables failed: iptables --wait -A DOCKER-ISOLATION-STAGE-1 -j RETURN: iptables v1.8.10 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain DOCKER-ISOLATION-STAGE-1\n (exit status 4))",
        head=["INFO[2023-12-18T13:14:00.647188074Z] Loading containers: start."], raw_is_log=True,
        also_ok=["local.docker_daemon_down", "local.runner_image_broken"],
        note="December 2023, docker:dind 24 as a GitLab CI service: the image's choice of the nf_tables iptables does not match the workers' kernel setup and dockerd exits at start (another reporter's dind starts but resolves nothing); a dind image built from a branch with better iptables detection works on the same workers, so the image, not a re-run, is the fix"),
    loc("gramineproject/gramine#1029", "local.seccomp_clone3", False,
        "09:32:06  java.io.IOException: Failed to run image 'local:jenkins-graphene-18.04-8658'. Error: docker: Error response from daemon: OCI runtime create failed: container_linux.go:370: starting container process caused: error adding seccomp filter rule for syscall clone3: permission denied: unknown.",
        raw_is_log=True, also_ok=["build.docker_env_misconfigured", "local.docker_daemon_broken"],
        note="November 2022, the PR updating the CI's custom Docker seccomp policy: 'Our Jenkins machines do not understand the new seccomp policy', their older docker/libseccomp cannot add a rule for clone3, so every container job fails on those agents until the hosts are updated or clone3 stays out of their profile"),
    loc("StanfordAHA/garnet#1121", "local.docker_missing", False,
        "/bin/bash: docker: command not found",
        raw_is_log=True, also_ok=["build.tool_not_on_path"],
        note="March 2025, Buildkite builds 5821 and 5822 'got an agent that cannot run docker'; the PR makes the pipeline select only agents tagged docker=true, so the fix is which agents the job may land on"),
    # --- the builder ------------------------------------------------------------------------------------------------------
    bldr("buildkite-plugins/docker-compose-buildkite-plugin#505", "builder", "builder.init_failed", True, "local", None,
         "#1 [internal] booting buildkit\n#1 pulling image moby/buildkit:buildx-stable-1\n#1 pulling image moby/buildkit:buildx-stable-1 2.4s done\n#1 creating container buildx_buildkit_my-docker-container0\n#1 creating container buildx_buildkit_my-docker-container0 14.4s done\n#1 ERROR: Error response from daemon: No such container: buildx_buildkit_my-docker-container0\n------\n > [internal] booting buildkit:\n------\nERROR: Error response from daemon: No such container: buildx_buildkit_my-docker-container0",
         head=[":docker: Creating Builder Instance 'my-docker-container' with Driver 'docker-container'"], raw_is_log=True,
         also_ok=["builder.create_refused", "builder.stale_container"],
         note="October 2025: 'a small percentage of builds on agents' fail creating and booting the docker-container builder, the daemon losing the container it just created; the PR (released in v5.11.0) retries builder creation, as the plugin retries its other transient steps"),
    bldr("okteto/okteto#2802", "builder", "builder.connection_lost", True, "service", None,
         "build failed: failed to solve: Canceled: grpc: the client connection is closing\"",
         raw_is_log=True, also_ok=["builder.session_timeout", "builder.internal_error"],
         note="June 2022: users report this transitory error from Okteto's remote build service; the PR adds it to the automatic build retry conditions while issue #2803 investigates the cause (the stray trailing quote is the PR's)"),
    B.entry("builder", "podman-container-tools/buildah#6892", "builder", "builder.overlay_mount_failed", False, "local", None,
            "Error: mounting an overlay over build context directory: creating overlay scaffolding for build context directory: mount overlay:/var/tmp/buildah-context-852256633/overlay/377000136/merge, data: lowerdir=/builds/...,upperdir=/var/tmp/buildah-context-852256633/overlay/377000136/upper,workdir=/var/tmp/buildah-context-852256633/overlay/377000136/work: invalid argument",
            raw_is_log=True, also_ok=["local.storage_driver_unsupported", "builder.kaniko_filesystem"],
            note="June 2026, a GitLab CI runner's Kubernetes executor with a Wolfi image running buildah (STORAGE_DRIVER=vfs, chroot isolation): v1.44 mounts an overlay over the build context regardless of the storage driver and the pod cannot; 'We had to pin buildah to 1.43.1 as a workaround'"),
    B.entry("local", "redhat-actions/buildah-build#45", "local", "local.runner_image_broken", False, "service", None,
            "level=error msg=\"error unmounting /home/runner/.local/share/containers/storage/overlay/0781b6291aebaf9c44638d47503ccc8967e46e541203bd35d79bef4a0566b5ac/merged: invalid argument\"\nerror mounting new container: error mounting build container \"b11e0c122471549c9c260843257e96e91b92ed343041b40f9f119667b6979a0f\": error creating overlay mount to /home/runner/.local/share/containers/storage/overlay/0781b6291aebaf9c44638d47503ccc8967e46e541203bd35d79bef4a0566b5ac/merged, mount_data=\",lowerdir=/home/runner/.local/share/containers/storage/overlay/l/JVFKZCGLHI42F7Y324TMXFQZ4P:/home/runner/.local/share/containers/storage/overlay/l/3PUMEEVI6PIVBZDO2HZF7SXLWO,upperdir=/home/runner/.local/share/containers/storage/overlay/0781b6291aebaf9c44638d47503ccc8967e46e541203bd35d79bef4a0566b5ac/diff,workdir=/home/runner/.local/share/containers/storage/overlay/0781b6291aebaf9c44638d47503ccc8967e46e541203bd35d79bef4a0566b5ac/work,userxattr\": invalid argument\nlevel=error msg=\"exit status 125\"",
            head=["Writing manifest to image destination", "Storing signatures"],
            also_ok=["builder.overlay_mount_failed", "local.storage_driver_unsupported"],
            note="1 April 2021, 'Today our builds started to fail' on ubuntu-latest: the hosted runner image had just moved to buildah 1.20.0, whose rootless overlay mounts fail (the title's 'failing with buildah 1.20.0'); nothing changed in the workflow, and re-runs on that image fail the same way"),
    loc("unraid/ci-runner-farm#7", "local.storage_driver_unsupported", False,
        "ERROR: Error response from daemon: failed to mount ... fstype: overlay ... err: invalid argument",
        cmd="docker/setup-buildx-action", also_ok=["builder.create_refused", "local.docker_daemon_broken"],
        note="June 2026, a self-hosted runner farm on Unraid: each DinD runner's inner dockerd kept /var/lib/docker on the runner container's own overlay rootfs, so booting a BuildKit builder stacked overlay on overlay, which the kernel rejects; the PR binds a real-filesystem data root per runner (the '...' are the PR's)"),
    # --- cgroups ----------------------------------------------------------------------------------------------------------
    loc("containers/crun#1226", CGROUP, False,
        "time=\"2023-05-23T10:09:50Z\" level=warning msg=\"Failed to add conmon to cgroupfs sandbox cgroup: creating cgroup path /libpod_parent/conmon: write /sys/fs/cgroup/cgroup.subtree_control: operation not supported\"\nError: OCI runtime error: crun: the requested cgroup controller `pids` is not available",
        head=["Error: Command \"podman run --rm 02ee7f46-e07a-4cdc-88df-092a7ca1a8c1 behave --dry-run --no-skipped dnf\" failed with 126", "stderr:"],
        also_ok=["local.permission_denied", "local.runner_image_broken"],
        note="May 2023, dnf5's integration tests run podman inside a container on GitHub Actions: since crun-1.8.5-1.fc38 the innermost podman run fails on the nested cgroup; 'Downgrading to crun-1.8.3-2.fc38.x86_64 fixes the issue', the runtime's regression, not the tests"),
    loc("podman-container-tools/podman#9752", CGROUP, True,
        "# podman-remote run [...]\nError: error preparing container <sha> for attach: the requested cgroup controller `pids` is not available: OCI runtime error",
        raw_is_log=True, also_ok=["local.docker_daemon_broken"],
        note="March 2021, podman's own Cirrus CI: 'hard-to-track-down flakes that appears in different tests', four instances in a week, all on the Ubuntu 20.10 remote root host, each in a different test, the rest of the suite passing (the '[...]' and '<sha>' are the reporter's)"),
    # --- memory -----------------------------------------------------------------------------------------------------------
    loc("actions/runner-images#1918", "local.out_of_memory", False,
        "Session terminated.\nERRO[0343] error waiting for container: unexpected EOF\nError: The operation was canceled.",
        raw_is_log=True, also_ok=["local.runner_lost", "local.docker_daemon_crashed"],
        note="October 2020, a hosted Ubuntu 18.04 runner running the build in docker run: jobs 'randomly' cancelled; the image maintainers pointed to the container running out of memory and suggested freeing tools and --memory-swap -1, after which 'the issue is not reproducible anymore'"),
    loc("docker-library/docker#316", "local.out_of_memory", False,
        "The command '/bin/sh ... returned a non-zero code: 137",
        raw_is_log=True, also_ok=["build.heap_limit"],
        note="June 2021, builds through a docker:18.09-dind Deployment on Kubernetes (limits 16Gi): some builds get 137 'It seems like a out of memory issue'; the maintainer: 137 is a SIGKILL, which the pod's memory limit delivers (the '...' is the reporter's)"),
    loc("GoogleContainerTools/kaniko#909", "local.out_of_memory", False,
        "INFO[0172] Taking snapshot of full filesystem...\nKilled\nCleaning up project directory and file based variables\nERROR: Job failed: command terminated with exit code 137",
        raw_is_log=True, also_ok=["builder.kaniko_filesystem"],
        note="June 2023, GitLab CI on a Kubernetes runner: kaniko's full-filesystem snapshot exhausts the job pod's memory and the kernel kills it, on every run of that build; later comments show the same with kaniko 1.9.2 and 1.12.1 on 4 GB runners (trailing blanks trimmed)"),
    loc("Quansight/open-gpu-server#28", "local.runner_lost", False,
        LOST.format(name="cirun-conda-forge--mongodb-feedstock-fd6a0cc"),
        raw_is_log=True, also_ok=["local.out_of_memory"],
        note="February 2024, conda-forge's Cirun OpenStack runners: 'Demanding builds can starve the runner process and kill the job', a known issue; 'The solution is to either reduce resource usage or, if there are no other options, upgrade to a larger runner' (blockquote marker dropped)"),
    # --- disk -------------------------------------------------------------------------------------------------------------
    loc("vllm-project/tpu-inference#1768", "local.disk_full", False,
        "docker: failed to register layer: write /usr/local/lib/python3.12/site-packages/mistral_common/data/tekken_240911.json: no space left on device",
        raw_is_log=True, also_ok=["local.disk_low"],
        note="February 2026, the project's persistent TPU CI hosts: pulling the test image fails on a full /var/lib/docker; the PR prunes Docker's disk usage before the job, since nothing else cleans the machine between runs"),
    loc("openlinker-project/openlinker#1225", "local.disk_full", False,
        "Error: Jest: Got error running globalSetup — apps/worker/test/integration/setup-global.ts\nreason: (HTTP code 500) server error - fainer:\nmkdir /var/lib/containerd/io.containerd.runtime.v2.task/moby/<hash>: no space left on device",
        raw_is_log=True, also_ok=["build.test_service_unreachable"],
        note="June 2026, Testcontainers starting Postgres and Redis on a self-hosted runner: 'intermittently (and eventually permanently)'; root cause, the runner 'accumulates Docker images, stopped containers, dangling volumes, and build-cache layers across CI runs' and nothing prunes them (the garbled 'fainer:' and '<hash>' are the reporter's)"),
    loc("mixxxdj/manual#813", "local.disk_full", False,
        "2025-11-24T14:21:46.7969903Z WARNING: Failed to copy a file in html_static_file: /home/runner/work/manual/manual/source/_static/controllers/numark_mixtrack_pro_3.svg: OSError(28, 'No space left on device')\n2025-11-24T14:21:46.7972116Z WARNING: Failed to copy a file in html_static_file: /home/runner/work/manual/manual/source/_static/controllers/behringer_ddm4000_page1_mixer.svg: OSError(28, 'No space left on device')",
        also_ok=["local.disk_low"],
        note="November 2025 and again April 2026, a GitHub-hosted (ephemeral) runner building the Sphinx manual: it 'started after merging #808' and the job dies with the runner's System.IO.IOException; the build outgrew the runner's disk, so re-runs fail until space is freed as for the VCPKG Linux runner"),
    # --- runner images under a floating tag -------------------------------------------------------------------------------
    B.entry("local", "actions/actions-runner-controller#2143", "local", "local.runner_image_broken", False, "service", None,
            f"{NODAEMON}\n{NODAEMON}\n{NODAEMON}",
            raw_is_log=True, also_ok=["local.docker_daemon_down"],
            note="January 2023, ARC runners on actions-runner-dind:latest: 'The latest tag was applied to the image running ubuntu-22.04. This was an unintentional mistake' after the repository migration; users switched to the previous tag until ARC re-released the images with the right tags"),
    B.entry("local", "actions/actions-runner-controller#461", "local", "local.runner_image_broken", False, "service", None,
            "error: " + NODAEMON,
            also_ok=["local.docker_daemon_down"],
            note="17 April 2021, docker build in workflows on summerwind/actions-runner-dind (dockerdWithinRunnerContainer) 'maybe since a few hours ago', right after the image was updated; pinning 'summerwind/actions-runner-dind:v2.277.1-5b7807d' made it work"),
    # --- Jenkins agents ---------------------------------------------------------------------------------------------------
    loc("eclipse-openj9/openj9#8072", "local.agent_channel_closed", True,
        "16:19:50  aix71-p8-3 was marked offline: Connection was broken: java.io.EOFException\n16:19:50  \tat java.io.ObjectInputStream$PeekInputStream.readFully(Unknown Source)\n16:19:50  \tat java.io.ObjectInputStream$BlockDataInputStream.readShort(Unknown Source)\n16:19:50  \tat java.io.ObjectInputStream.readStreamHeader(Unknown Source)\n16:19:50  \tat java.io.ObjectInputStream.<init>(Unknown Source)\n16:19:50  \tat hudson.remoting.ObjectInputStreamEx.<init>(ObjectInputStreamEx.java:49)\n16:19:50  \tat hudson.remoting.Command.readFrom(Command.java:140)\n16:19:50  \tat hudson.remoting.Command.readFrom(Command.java:126)\n16:19:50  \tat hudson.remoting.AbstractSynchronousByteArrayCommandTransport.read(AbstractSynchronousByteArrayCommandTransport.java:36)\n16:19:50  \tat hudson.remoting.SynchronousCommandTransport$ReaderThread.run(SynchronousCommandTransport.java:63)\n16:19:50  Caused: java.io.IOException: Unexpected termination of the channel\n16:19:50  \tat hudson.remoting.SynchronousCommandTransport$ReaderThread.run(SynchronousCommandTransport.java:77)",
        raw_is_log=True, also_ok=["local.runner_lost"],
        note="December 2019, OpenJ9's AIX build agents: 'a number for dropped jenkins connections on AIX which I've been ignoring'; the infra owner found the machine back and taking jobs, so the build is simply re-run"),
    loc("jenkinsci/docker-plugin#653", "local.agent_channel_closed", True,
        "Cannot contact docker-5d5fedb1d75d0:\n    java.io.IOException:\n        remote file operation failed: /home/jenkins/workspace/x/y/z/systemtests@2/test_definitions at hudson.remoting.Channel@1ad4d27c:docker-5d5fedb1d75d0:\n        hudson.remoting.ChannelClosedException:\n            Channel \"unknown\": Remote call on docker-5d5fedb1d75d0 failed. The channel is closing down or has closed down",
        raw_is_log=True, also_ok=["local.runner_lost"],
        note="May 2018, docker-plugin 1.1.4 agents over ssh: 'A low percentage of our Jenkins jobs' hang because something on the master terminates their still-running containers, minutes or hours in; the same jobs pass on other runs (the indentation is the reporter's, a trailing blank trimmed)"),
    # --- the clock --------------------------------------------------------------------------------------------------------
    loc("serversideup/docker-php#36", "local.clock_skew", False,
        "Reading package lists...\nE: Release file for http://security.ubuntu.com/ubuntu/dists/focal-security/InRelease is not valid yet (invalid for another 2d 0h 29min 13s). Updates for this repository will not be applied.\nE: Release file for http://archive.ubuntu.com/ubuntu/dists/focal-updates/InRelease is not valid yet (invalid for another 2d 0h 29min 38s). Updates for this repository will not be applied.\nE: Release file for http://archive.ubuntu.com/ubuntu/dists/focal-backports/InRelease is not valid yet (invalid for another 2d 0h 30min 19s). Updates for this repository will not be applied.",
        host="security.ubuntu.com", host_alt=["archive.ubuntu.com"], raw_is_log=True,
        note="September 2021, building the image with buildah ('error building at STEP'): every Ubuntu mirror's Release file is two days in the future for the build machine, whose clock is behind; the Dockerfile was unchanged (the quote's cut-off last line is left out)"),
    # --- the build's own mistakes that read like the machine --------------------------------------------------------------
    bld("Ensembl/ensembl-client#121", "build.docker_env_misconfigured",
        "Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?",
        host_alt=["docker"], raw_is_log=True, also_ok=["local.docker_daemon_down"],
        note="23 July 2019, the day docker:dind moved to 19.03 with TLS on by default: GitLab CI jobs pointing DOCKER_HOST at tcp://docker:2375 find no daemon there; the PR applies the fix from gitlab-ce#64959 in .gitlab-ci.yml (the quote is the PR's one-line error)"),
    bld("ekino/docker-buildbox#73", "build.docker_env_misconfigured",
        NODAEMON,
        raw_is_log=True, also_ok=["local.docker_daemon_down"],
        note="October 2017, a GitLab job on ekino/docker-buildbox:latest-dind-aws: the image's latest master no longer runs a daemon inside; the maintainer: use a Docker image with a dind service and declare DOCKER_HOST in .gitlab-ci.yml or the project settings"),
    bld("moby/moby#28920", "build.useradd_large_uid",
        "Step 3 : RUN adduser user -u 1000000000 -g 0 -r -m -d /home/user/ -c \"Default Application User\"\n ---> Running in e8472dbea9bf\nApplyLayer exit status 1 stdout:  stderr: write /var/log/lastlog: no space left on device\nERROR: Build failed: exit code 1",
        raw_is_log=True, also_ok=["local.disk_full"],
        note="November 2016, reproduced on a GitLab CI runner: adduser with UID 1000000000 makes /var/log/lastlog a sparse file of hundreds of GB that the layer store writes out in full; the Dockerfile's own UID (useradd -l / --no-log-init avoids it), not the runner's disk"),
    bld("LukeMathWalker/zero-to-production#226", "build.context_too_large",
        "Dockerfile:8\n--------------------\n   6 |     RUN apt update && apt install lld clang -y\n   7 |\n   8 | >>> COPY . .\n   9 |\n  10 |     RUN cargo build --release\n--------------------\nERROR: failed to solve: failed to copy files: copy file range failed: no space left on device",
        raw_is_log=True, also_ok=["local.disk_full", "build.missing_file"],
        note="September 2023, the book's first Dockerfile: COPY . . also copies target/, a ~10 GB context, and the copy fills the disk; 'Add a .dockerignore file with target/ in it' takes the context to ~400 kB and the build passes"),
    bld("mikeizbicki/cmc-csci143#450", TTY,
        "d252b0d44496   pagila-hw_pg   \"docker-entrypoint.s…\"   Less than a second ago   Up Less than a second   5432/tcp   pagila-hw_pg_1\nthe input device is not a TTY\nError: Process completed with exit code 1.",
        head=["Creating pagila-hw_pg_1 ... done", "CONTAINER ID   IMAGE          COMMAND                  CREATED                  STATUS                  PORTS      NAMES"], raw_is_log=True, also_ok=["build.step_failed"],
        note="February 2024, a GitHub Actions workflow running 'docker-compose exec pg ./run_tests.sh': Actions gives the step no terminal; a classmate's fix, add -T to the exec command to disable pseudo-TTY allocation"),
    bld("actions/runner#808", TTY,
        "the input device is not a TTY",
        cmd="docker run -v \"`pwd`:/rt-thread/sdk-index\" -it realthread/sdk_index:latest bash -c \". /etc/profile && python3 /rt-thread/sdk-index/tools/sdk_check/sdk_check.py\"",
        also_ok=["build.step_failed"],
        note="November 2020, runner 2.274.1 on a hosted Linux runner: the step passes -it to docker run to get pytest-sugar's terminal output, and a job step has no TTY to attach; the request is closed as how the runner works (docker run -t without -i, or no -it)"),
    bld("ddev/github-action-setup-ddev#36", CPUS,
        "Error response from daemon: Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available'",
        raw_is_log=True, also_ok=["local.resource_quota_exceeded"],
        note="February 2025, ddev started in GitHub Actions: the project's ddev-minio add-on pins a CPU limit in docker-compose.minio.yaml above the 2-CPU runner's count; the maintainer asked for a PR to ddev-minio to drop it (the trailing quote is the reporter's)"),
    bld("centreon/centreon-collect#3667", CPUS,
        "Error response from daemon: range of CPUs is from 0.01 to 4.00, as there are only 4 CPUs available",
        raw_is_log=True, also_ok=["local.resource_quota_exceeded"],
        note="September 2026, unit and packaging jobs of centreon-collect: the CI's packaging-image run asked Docker for more CPUs than the 4-CPU runners have; the PR rolls the number back to 4"),
    bld("awalsh128/cache-apt-pkgs-action#126", "build.action_unsupported_platform",
        "/runner/_work/_actions/awalsh128/cache-apt-pkgs-action/latest/lib.sh: line 106: /runner/_work/_actions/awalsh128/cache-apt-pkgs-action/latest/apt_query: cannot execute binary file: Exec format error\nError: Process completed with exit code 126.",
        raw_is_log=True, also_ok=["build.wrong_arch_image", "builder.exec_format"],
        note="February 2024, a self-hosted ARM runner (also reproduced on BuildJet ARM): the action's @latest ships apt_query compiled for x86; 'instead of @latest use @v1.3.1', an ARM machine cannot run the x86 binary"),
    bld("palantir/cassandra#114", "build.script_not_executable",
        "[00:00:39]     ERROR: for atlasdbcontainers_cassandra_1  Cannot start service cassandra: b'OCI runtime create failed: container_linux.go:346: starting container process caused \"exec: \\\\\"/entrypoint.sh\\\\\": permission denied\": unknown'",
        raw_is_log=True, also_ok=["local.permission_denied"],
        note="November 2019, the CI's docker-compose stack: runc refuses to exec the copied entrypoint because it lacks the execute bit; the PR makes it executable after COPY in the Dockerfile"),
    bld("infamousjoeg/conjur-action#17", "build.script_not_executable",
        "docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"/entrypoint.sh\": permission denied: unknown.",
        raw_is_log=True, also_ok=["local.permission_denied"],
        note="January 2023, customized GitHub runners in AWS building the action's container: 'We solved the issue by adding a chmod +x in the Dockerfile' before ENTRYPOINT (the reporter's italics dropped)"),
    bld("containers/qm#576", "build.test_failed",
        "Error: OCI runtime error: crun: the requested cgroup controller `pids` is not available\nError: ffi-qm container failed to start. Status: created",
        raw_is_log=True, also_ok=[CGROUP],
        note="September 2024, qm's FFI tests on CI: qm-oom-score-adj 'will pass' alone but fails after the other test cases; 'Found the issue, it was caused by the cleanup steps, will fix it', the suite's own leftover state, not the runner's cgroups"),
    bld("dfe-analytical-services/explore-education-statistics#4242", "build.buildkit_required",
        "Step 16/42 : RUN --mount=type=cache,id=pnpm,target=/pnpm/store     pnpm --filter=explore-education-statistics-frontend... --ignore-scripts --frozen-lockfile install\nthe --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled\n##[error]the --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled\n##[error]The process '/usr/bin/docker' failed with exit code 1",
        head=["Step 15/42 : COPY src/tsconfig.json ./src/tsconfig.json", " ---> 6f397caddc58"], raw_is_log=True,
        also_ok=["builder.buildx_missing", "builder.buildx_fell_through"],
        note="August 2023, an Azure Pipelines Docker task: the Dockerfile had just gained a cache mount while the pipeline still built with the legacy builder; the PR enables BuildKit for the docker build task"),
]
