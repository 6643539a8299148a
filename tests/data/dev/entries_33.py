"""Dev-set entries, batch 33 (three families, about a third each. Builders: a docker-container builder dialled before
its buildkitd listens, a leftover buildx container name, a booting buildkit that exits under CI throttling, kaniko
fetching a base image over a stream the registry resets or a connection that times out, kaniko sharing its root
filesystem with the CI image or a parallel stage, kaniko's push check without a route to a private registry and a
push cut short, binfmt registration refused, an arm64 stage with no emulator, buildah without user or mount
namespaces on GitLab's runners. Go module fetches: proxy.golang.org timing out inside builds, cut short, answering
401 through an intercepting proxy and 403 behind VPC Service Controls, goproxy.cn answering 429 and its name
failing in a build container's resolver, a toolchain download reset, a loopback HTTP proxy inside a build, a
private git host without the token the build needs. The runner machine: a dind runner image whose dockerd never
starts, runners that lose the server or are shut down under a spot instance, disks full under buildah, podman, git
and the runner's own diagnostics, a runner pod evicted for ephemeral storage, VM clocks behind the world). `err` is
verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log
inside Markdown (blockquote markers, the link markup GitHub's log view adds around a digit) only that markup was
dropped, and the trailing blanks of a padded line were trimmed, never a word of the log; where a quote runs on into
the reporter's own words or is cut, the entry stops at the last whole log line, and a prefix the reporter typed
before the log ("Error -  ", "# output: ") is left out. Hosts follow the README's strict rule: a host is given only
where a line of the log names it for the failing call; an inferred one goes in host_alt. Labels were set from the
threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"mlrun/mlrun#3724", "tinylabscom/mvm#1697"}

B = Batch(PULLS)
bld = B.family("builder")
loc = B.local()
gop = B.family("goproxy", "go")

BPA = ["Run docker/build-push-action@v6"]
HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
KANIKO = "/kaniko/executor --context . --dockerfile Dockerfile"
UNSHARE_NOTE = ("buildah in an unprivileged GitLab CI job container: the runner's seccomp/AppArmor profile forbids the "
                "user namespace; the fix is the job's security options or a privileged runner, not a re-run")

E = [
    # --- builders: buildx and BuildKit -------------------------------------------------------------------------------
    bld("docker/buildx#4021", "builder", "builder.init_failed", True, "local", None,
        "error: dial unix /run/buildkit/buildkitd.sock: connect: no such file or directory\nERROR: failed to build: listing workers for Build: failed to list workers: Unavailable: connection error: desc = \"error reading server preface: EOF\"",
        cmd="docker buildx build --builder ci-builder --push .",
        note="a first-build race of the docker-container driver: a build that connects after the buildkitd container is Running but before it binds its socket fails without retry (CI that creates a builder and fans out builds); the sibling builds that come later pass"),
    bld("abi/screenshot-to-code#120", "builder", "builder.init_failed", False, "local", None,
        "Error response from daemon: Conflict. The container name \"/buildx_buildkit_default\" is already in use by container \"8c2af9bd48c75b0ba00bd00eb5b9fdf441669d49390e5a0dd9da21319bc52dc1\". You have to remove (or rename) that container to be able to reuse that name.",
        cmd="docker-compose up -d --build",
        note="a leftover buildx container from an earlier boot holds the name; 'I've tried a couple of times, and this still happens': remove that container"),
    bld("docker/buildx#331", "builder", "builder.init_failed", True, "local", None,
        "DOCKER_CLI_EXPERIMENTAL=enabled docker buildx bake -f /home/prow/go/src/istio.io/istio/out/linux_amd64/dockerx_build/docker-bake.hcl default\n#1 [internal] booting buildkit\n#1 pulling image moby/buildkit:buildx-stable-1\n#1 pulling image moby/buildkit:buildx-stable-1 30.2s done\n#1 creating container buildx_buildkit_container-builder0\n#1 creating container buildx_buildkit_container-builder0 5.3s done\n#1 ERROR: exit code 1\n------\n > [internal] booting buildkit:\n------\nexit code 1",
        note="'Occasionally (~1% of the time)' in Istio's prow CI: the daemon start timeout was 2.2s and the CI is throttled for short periods; buildx#332 raised the timeout and shows the container's logs"),
    # --- builders: kaniko ---------------------------------------------------------------------------------------------
    bld("GoogleContainerTools/kaniko#3065", "connectivity", "connectivity.stream_reset", True, "service", None,
        "error building image: error building stage: failed to get filesystem from image: stream error: stream ID 1; INTERNAL_ERROR; received from peer",
        cmd=KANIKO, host_alt=HUB, also_ok=["registry.server_error"],
        note="kaniko pulling the pytorch/pytorch base layers from Docker Hub; the HTTP/2 stream is reset by the registry side mid-download (no answer in the thread beyond asking for the full log)"),
    bld("mlrun/mlrun#3724", "connectivity", "connectivity.timeout", True, "service", "65.9.112.124:443",
        "INFO[0002] Unpacking rootfs as cmd COPY --from=python-onbuild /home/nuclio/bin/processor /usr/local/bin/processor requires it. \nerror building image: error building stage: failed to get filesystem from image: read tcp 10.200.254.29:58626->65.9.112.124:443: read: connection timed out\n    /nuclio/pkg/processor/build/builder.go:263",
        cmd=KANIKO, host_alt=["65.9.112.124"],
        note="'Kaniko sometimes fails to get filesystem from image': the PR retries the extraction (3 times by default) as a best-effort workaround for a transient read timeout"),
    bld("GoogleContainerTools/kaniko#3091", "builder", "builder.kaniko_shared_fs", False, "local", None,
        "TRAC[0001] Creating file /lib/x86_64-linux-gnu/libc-2.28.so \nerror building image: error building stage: failed to get filesystem from image: chown /lib/x86_64-linux-gnu/libc-2.28.so: no such file or directory",
        cmd=KANIKO, also_ok=["builder.init_failed"],
        note="labelled area/jenkins-parallel and differs-from-docker: kaniko unpacks base images into its own root filesystem, which parallel Jenkins stages in one agent share; the error moves between /lib64, /lib, libc and tar from run to run, the same build passes on a workstation"),
    bld("chainguard-forks/kaniko#76", "builder", "builder.kaniko_shared_fs", False, "local", None,
        "INFO[0001] Building stage 'node:18' [idx: '0', base-idx: '-1'] \nINFO[0001] Unpacking rootfs as cmd COPY package*.json ./ requires it. \nerror building image: error building stage: failed to get filesystem from image: mkdir /usr/lib/terminfo: file exists",
        cmd=KANIKO, also_ok=["builder.init_failed"],
        note="kaniko run as a capability inside a wolfi-based CI utility image on unprivileged GitLab Kubernetes executors: the base image's tree collides with the utility image's own files; the previous utility image worked and deleting the path did not help"),
    bld("GoogleContainerTools/kaniko#1467", "connectivity", "connectivity.no_route", False, "local", "10.82.128.17:443",
        "error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for \"xxxxxxxxxx/xxxxxx/new-test-2:v1.2\": creating push check transport for xxxxxxx.com failed: Get \"https://xxxxxxxxxxxxxxx/v2/\": dial tcp 10.82.128.17:443: connect: no route to host",
        cmd=KANIKO + " --destination xxxxxxxxxx/xxxxxx/new-test-2:v1.2", host_alt=["10.82.128.17"],
        note="the private registry's address is not routable from the build pod (redacted names); kaniko's push-permission check fails before any build step"),
    bld("GoogleContainerTools/kaniko#1792", "connectivity", "connectivity.eof", True, "service", None,
        "error pushing image: failed to push to destination <docker-registry>/smgkzu3now3rgfr23anyqyw5pb7qvspl/dhlzytzp5mo6rctmhoxtdjqk6sokzrs5:1634629741400: Put \"https://<docker-registry>/v2/smgkzu3now3rgfr23anyqyw5pb7qvspl/dhlzytzp5mo6rctmhoxtdjqk6sokzrs5/blobs/uploads/194ad990-a8e0-44e9-9103-9b6897c6ed85?_state=WPAcDMaVHspFUAyVDrtc4FMnKrTjAMt1SIes6S0dBk97Ik5hbWUiOiJzbWdrenUzbm93M3JnZnIyM2FueXF5dzVwYjdxdnNwbC9kaGx6eXR6cDVtbzZyY3RtaG94dGRqcWs2c29renJzNSIsIlVVSUQiOiIxOTRhZDk5MC1hOGUwLTQ0ZTktOTEwMy05YjY4OTdjNmVkODUiLCJPZmZzZXQiOjE2ODAsIlN0YXJ0ZWRBdCI6IjIwMjEtMTAtMTlUMDc6NTE6NDZaIn0%3D&digest=sha256%3Ad4994d1457fde9ea9816f8a18df540a873dc93e572cca0e9262111b088d6115b\": EOF",
        cmd=KANIKO, also_ok=["registry.server_error", "connectivity.reset"],
        note="labelled issue/push-fails, kind/bug, priority/p1: the registry closes the blob upload; the registry's name is redacted in the thread, so no host"),
    # --- builders: emulation and daemonless builders -----------------------------------------------------------------
    bld("tonistiigi/binfmt#53", "builder", "builder.emulation_setup", False, "local", None,
        "installing: arm64 cannot write to /proc/sys/fs/binfmt_misc/register: write /proc/sys/fs/binfmt_misc/register: invalid argument",
        cmd="docker run --rm --privileged tonistiigi/binfmt:latest --install arm64", also_ok=["builder.multiplatform_unsupported", "builder.exec_format"],
        note="an Ubuntu 16.04 host building arm64 on amd64: the maintainer: 'Looks like you have some emulators already installed' (the host's own qemu registrations conflict); nothing a re-run changes"),
    bld("sighupio/gangplank#13", "builder", "builder.exec_format", False, "local", None,
        "#6 [ca-certificates 2/3] RUN apk update\n#6 0.275 exec /bin/sh: exec format error\n#6 ERROR: process \"/bin/sh -c apk update\" did not complete successfully: exit code: 255",
        head=BPA, note="the arm64 stage of a multi-platform build on a runner without QEMU registered in binfmt_misc; amd64 builds fine (fix: a native --platform for the helper stage or QEMU on the runner)"),
    bld("podman-container-tools/buildah#4538", "builder", "builder.namespace_denied", False, "local", None,
        "STEP 2/14: RUN apk add --update --no-cache nodejs npm libc6-compat\nerror running subprocess: creating new mount namespace for [/bin/sh -c apk add --update --no-cache nodejs npm libc6-compat]: operation not permitted\nError: building at STEP \"RUN apk add --update --no-cache nodejs npm libc6-compat\": exit status 1",
        cmd="buildah build -t app .", note="GitLab CI with quay.io/buildah/stable:v1.28 as the job image: the job container may not create mount namespaces for a RUN step"),
    bld("podman-container-tools/buildah#5198", "builder", "builder.namespace_denied", False, "local", None,
        "Error during unshare(CLONE_NEWUSER): Operation not permitted\ntime=\"2023-11-28T04:00:27Z\" level=error msg=\"parsing PID \\\"\\\": strconv.Atoi: parsing \\\"\\\": invalid syntax\"\ntime=\"2023-11-28T04:00:27Z\" level=error msg=\"(Unable to determine exit status)\"\nException ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe",
        cmd="aws ecr get-login-password --region $AWS_REGION | buildah login --username AWS --password-stdin $DOCKER_REGISTRY",
        note=UNSHARE_NOTE + "; from buildah v1.29 on (v1.28 works) per the reporter, a maintainer points at the changed default seccomp profile; the Python BrokenPipe is the aws CLI whose reader died"),
    bld("werf/werf#5613", "builder", "builder.namespace_denied", False, "local", None,
        "Error during unshare(CLONE_NEWUSER): Operation not permitted\nERRO[0000] error parsing PID \"\": strconv.Atoi: parsing \"\": invalid syntax\nERRO[0000] (unable to determine exit status)",
        cmd="werf build", note=UNSHARE_NOTE + " (the issue itself gives the fix: seccomp/apparmor unconfined, pod annotations or a privileged container)"),
    # --- the runner machine ------------------------------------------------------------------------------------------
    loc("actions/actions-runner-controller#1341", "local.docker_daemon_down", False,
        "/usr/local/bin/docker pull ***/ais/actions/build-setup:latest\n  Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n  Warning: Docker pull failed with exit code 1, back off 9.715 seconds before retry.",
        note="the latest summerwind/actions-runner-dind image (v2.290.0) starts no dockerd inside the runner container; the previous tag works (the link markup GitHub's log view put around one digit is dropped; the quote stops before its cut repeat)"),
    loc("actions/runner#2624", "local.runner_lost", True,
        "The self-hosted runner: xxx lost communication with the server. Verify the machine is running and has a healthy network connection. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, note="self-hosted runners on AWS (m5.4xlarge): 'at least in one run of the 4. every day', 'nothing consistent that happens'; answers point at antivirus and at the machine's resources"),
    loc("runs-on/runs-on#107", "local.runner_lost", False,
        "The self-hosted runner: i-0a84e662bf9bae8b8 lost communication with the server. Verify the machine is running and has a healthy network connection. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, also_ok=["local.out_of_memory"],
        note="a small EC2 runner running `make --jobs` inside a container: 'every attempt resulted in the following error' (6 attempts), so the job starves its own machine; a re-run of the same job fails the same way"),
    loc("github-aws-runners/terraform-aws-github-runner#931", "local.runner_lost", True,
        "The runner has received a shutdown signal. This can happen when the runner service is stopped, \nor a manually started runner is canceled.\nThe operation was canceled.",
        raw_is_log=True, note="the maintainer: 'AWS was termination a lot of spot instances' that week; the runner instance is reclaimed mid-job, a re-run on a new instance passes (the reporter's own line break kept)"),
    loc("ublue-os/main#747", "local.disk_full", False,
        "writing blob: storing blob to file \"/var/tmp/container_images_storage4290390387/1\": write /var/tmp/container_images_storage4290390387/1: no space left on device\nError: Error: buildah exited with code 125",
        note="a buildah image build on GitHub Actions installing many packages: the answer is to remove unwanted preinstalled software from the runner to free space"),
    loc("microshift-io/microshift#86", "local.disk_full", True,
        "sudo podman build \\\n        -t \"microshift-okd-builder\" \\\n        --ulimit nofile=524288:524288 \\\n        --build-arg USHIFT_BRANCH=\"release-4.19\" \\\n        --build-arg OKD_VERSION_TAG=\"4.19.0-okd-scos.19\" \\\n        -f packaging/microshift-builder.Containerfile .\nSTEP 1/31: FROM quay.io/centos-bootc/centos-bootc:stream9\nTrying to pull quay.io/centos-bootc/centos-bootc:stream9...\nGetting image source signatures\nCopying blob sha256:dd2e2f497c1eb26a22012f125c7e9e5d8b0d69f5b4d34488570fa69c067beb3f\n...\n...\nCopying blob sha256:61a345d3d15f962e4d21cb282c4c2f1e47c5a6e1888540128c079aa29f09411a\nError: creating build container: copying system image from manifest list: writing blob: storing blob to file \"/var/tmp/container_images_storage1881483067/5\": write /var/tmp/container_images_storage1881483067/5: no space left on device\nmake: *** [Makefile:51: rpm] Error 125",
        host_alt=["quay.io"],
        note="'Occasionally ... The error usually goes away when the same job is rerun': the hosted runner's free space varies, so retryable per the thread (the '...' lines are the reporter's elisions)"),
    loc("runs-on/runs-on#278", "local.disk_full", False,
        "System.IO.IOException: No space left on device : '/home/runner/_diag/Worker_20250402-154026-utc.log'\n   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)\n   at System.IO.StreamWriter.Flush(Boolean flushStream, Boolean flushEncoder)\n   at System.Diagnostics.TextWriterTraceListener.Flush()\n   at System.Diagnostics.TraceSource.Flush()\n   at GitHub.Runner.Common.Tracing.Dispose(Boolean disposing)\n   at GitHub.Runner.Common.Tracing.Dispose()",
        raw_is_log=True, note="an Android build fills the runner's volume until the runner cannot write its own diagnostics; the maintainer: adjust the runner volume size"),
    loc("trinodb/trino#28280", "local.disk_full", False,
        "System.IO.IOException: No space left on device : '/home/runner/actions-runner/cached/_diag/Worker_20260213-025019-utc.log'\n   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)\n   at System.IO.Strategies.BufferedFileStreamStrategy.Flush(Boolean flushToDisk)",
        raw_is_log=True, note="a product-test job 'failed on master twice in a row': the suite fills the hosted runner's disk until the runner's own diagnostic log cannot be written (the quote stops at the last whole frame)"),
    loc("adoptium/infrastructure#3889", "local.disk_full", False,
        "17:47:39       [exec] 70.98 fatal: cannot create directory at 'src/test/fz/upTo5sec/smuggler_knapsack': No space left on device\n17:47:39       [exec] 70.98 warning: Clone succeeded, but checkout failed.\n17:47:39       [exec] 70.98 You can inspect what was checked out with 'git status'",
        raw_is_log=True, note="a Jenkins test machine whose /var/lib/docker sits on a 29G root: the clone inside a docker build runs out of space; the admins took the docker label off, then cleared 10G"),
    loc("actions/actions-runner-controller#780", "local.pod_evicted_disk", False,
        "Status:         Failed\nReason:         Evicted\nMessage:        The node was low on resource: ephemeral-storage. Container docker was using 324Ki, which exceeds its request of 0. Container runner was using 104Ki, which exceeds its request of 0.",
        raw_is_log=True, also_ok=["local.disk_full", "local.runner_lost"],
        note="`kubectl describe` of the runner pod: the node's ephemeral storage is exhausted (by others: this pod used little) and the kubelet evicts it; the job's logs are then not accessible in GitHub"),
    loc("tinylabscom/mvm#1697", "local.clock_skew", False,
        "error: unable to download '.../nixpkgs/archive/....tar.gz':\n  SSL peer certificate ... certificate is not yet valid or the system clock is incorrect (9)",
        note="the builder VM has no RTC and boots near the 1970 epoch, so every certificate is 'not yet valid' once the store is cold; the PR seeds the guest clock from the host (the '...' are the PR's own elisions)"),
    loc("espressomd/espresso#2829", "local.clock_skew", True,
        "fatal: unable to access 'https://gitlab-ci-token:[MASKED]@gitlab.icp.uni-stuttgart.de/espressomd/espresso.git/':\nSSL certificate problem: certificate is not yet valid\nERROR: Job failed: Process exited with: 1. Reason was:  ()",
        host="gitlab.icp.uni-stuttgart.de", raw_is_log=True,
        note="macOS CI VMs restored from snapshots 'don't have the correct time until a few seconds/minutes after they are started'; fixed by booting fresh VMs (a later job on a settled VM passes)"),
    # --- Go module fetches ------------------------------------------------------------------------------------------
    gop("kubernetes-sigs/kube-scheduler-simulator#136", "goproxy", "goproxy.fetch_timeout", True, "service", "proxy.golang.org",
        "Step 8/15 : RUN go mod download\n ---> Running in d6742e426e36\ngo: github.com/golang/mock@v1.4.4: Get \"https://proxy.golang.org/github.com/golang/mock/@v/v1.4.4.mod\": dial tcp: i/o timeout\nThe command '/bin/sh -c go mod download' returned a non-zero code: 1\nmake: *** [Makefile:44: docker_build_server] Error 1",
        t="raw", cmd="make docker_build_server", also_ok=["connectivity.timeout", "dns.timeout", "goproxy.fetch_failed"],
        note="'is it a transient network error?' - the reporter the next day: 'it was a temporary problem, I was able to build the next day'"),
    gop("SiriusScan/Sirius#78", "connectivity", "connectivity.timeout", False, "local", "proxy.golang.org",
        "30.20 go: github.com/SiriusScan/go-api@v0.0.10: Get \"https://proxy.golang.org/github.com/%21sirius%21scan/go-api/@v/v0.0.10.mod\": dial tcp 142.250.73.145:443: i/o timeout",
        t="raw", cmd="docker compose up", host_alt=["142.250.73.145:443", "142.250.73.145"], also_ok=["goproxy.fetch_timeout", "goproxy.fetch_failed"],
        note="GOPROXY=goproxy.cn set in the host's env and go env does not reach the compose build, which still asks proxy.golang.org from a network that cannot reach it; the quote's first line (a BuildKit step header whose '>' reads as a blockquote) is left out"),
    gop("aaamoon/copilot-gpt4-service#238", "connectivity", "connectivity.timeout", False, "local", "proxy.golang.org",
        "0.193 fetch http://dl-cdn.alpinelinux.org/alpine/v3.19/main/x86_64/APKINDEX.tar.gz\n9.122 fetch http://dl-cdn.alpinelinux.org/alpine/v3.19/community/x86_64/APKINDEX.tar.gz\n79.94 (1/1) Installing tzdata (2023d-r0)\n101.9 OK: 11 MiB in 17 packages\n822.6 go: github.com/bytedance/sonic@v1.10.2: Get \"https://proxy.golang.org/github.com/bytedance/sonic/@v/v1.10.2.mod\": dial tcp 142.251.42.241:443: i/o timeout",
        t="raw", cmd="docker compose up -d", host_alt=["142.251.42.241:443", "142.251.42.241"], also_ok=["goproxy.fetch_timeout", "goproxy.fetch_failed"],
        note="a compose build whose network crawls to the Alpine CDN (70s for one index) and then times out on proxy.golang.org after 13 minutes; the issue was closed without a project change (labelled from the log: the build machine's network, not the proxy)"),
    gop("goproxy/goproxy.cn#177", "dns", "dns.timeout", False, "local", "goproxy.cn",
        "\"https://goproxy.cn/github.com/gin-gonic/gin/@v/v1.7.6.mod\": dial tcp: lookup goproxy.cn on 8.8.8.8:53: read udp 172.17.0.3:58153->8.8.8.8:53: i/o timeout",
        t="raw", cmd="docker build .", also_ok=["goproxy.fetch_failed", "goproxy.fetch_timeout"],
        note="the maintainer: the build container's resolver is 8.8.8.8, which the local network does not let it reach; the reporter: Docker's own network, restarting the container fixed it"),
    gop("goproxy/goproxy.cn#148", "dns", "dns.no_such_host", True, "local", "goproxy.cn",
        "pilipili/api imports\n\tgithub.com/gin-contrib/sessions: github.com/gin-contrib/sessions@v0.0.1: Get \"https://goproxy.cn/github.com/gin-contrib/sessions/@v/v0.0.1.zip\": dial tcp: lookup goproxy.cn on 119.29.29.29:53: no such host\npilipili/api imports\n\tgithub.com/gin-gonic/gin: github.com/gin-gonic/gin@v1.8.1: Get \"https://goproxy.cn/github.com/gin-gonic/gin/@v/v1.8.1.zip\": dial tcp: lookup goproxy.cn on 119.29.29.29:53: no such host",
        t="raw", cmd="docker build -t api_server .", also_ok=["goproxy.fetch_failed"],
        note="`go mod tidy` inside a Dockerfile build right after a curl to goproxy.cn succeeded: 'sometimes it fails, sometimes it doesn't' (the public resolver 119.29.29.29 answering NXDOMAIN now and then)"),
    gop("hashicorp/vault#18072", "goproxy", "goproxy.forbidden", False, "local", "proxy.golang.org",
        "go: github.com/hashicorp/vault@v1.8.5 requires\n        github.com/docker/docker@v17.12.0-ce-rc1.0.20200309214505-aa6a9891b09c+incompatible: reading https://proxy.golang.org/github.com/docker/docker/@v/v17.12.0-ce-rc1.0.20200309214505-aa6a9891b09c+incompatible.mod: 401 Unauthorized",
        cmd="go mod tidy", also_ok=["credentials.unauthorized", "goproxy.bad_status"],
        note="a maintainer: proxy.golang.org never asks for authentication, so a corporate intercepting proxy (or a misconfigured GOPROXY) answers the 401; the maintainers could not reproduce"),
    gop("golang/go#55907", "goproxy", "goproxy.forbidden", False, "local", "proxy.golang.org",
        "go mod download: github.com/aws/aws-sdk-go@v1.25.13: reading https://proxy.golang.org/github.com/aws/aws-sdk-go/@v/v1.25.13.zip: 403 Forbidden\ngo mod download: google.golang.org/genproto@v0.0.0-20200428115010-c45acf45369a: reading https://proxy.golang.org/google.golang.org/genproto/@v/v0.0.0-20200428115010-c45acf45369a.zip: 403 Forbidden",
        cmd="go mod download", also_ok=["goproxy.bad_status"],
        note="'100% reproducible': the zip is served from Google Cloud Storage, which the reporter's VPC Service Controls egress rules block (golang/go#49144); the fix is an egress rule for the proxy's project (the first line's padding blanks trimmed)"),
    gop("goproxy/goproxy.cn#150", "goproxy", "goproxy.rate_limited", True, "service", "goproxy.cn",
        "go mod download: github.com/logrusorgru/aurora@v0.0.0-20181002194514-a7b3b318ed4e: reading https://goproxy.cn/github.com/logrusorgru/aurora/@v/v0.0.0-20181002194514-a7b3b318ed4e.mod: 429 Too Many Requests\ngo mod download: github.com/lufia/plan9stats@v0.0.0-20211012122336-39d0f177ccd0: reading https://goproxy.cn/github.com/lufia/plan9stats/@v/v0.0.0-20211012122336-39d0f177ccd0.mod: 429 Too Many Requests\ngo mod download: github.com/matryer/is@v1.4.0: reading https://goproxy.cn/github.com/matryer/is/@v/v1.4.0.mod: 429 Too Many Requests",
        cmd="go mod download", also_ok=["goproxy.server_status", "goproxy.bad_status"],
        note="titled '20220824 frequently hitting 429': many users at once on that day; goproxy.cn throttles the burst, later runs pass"),
    gop("gabriel-vasile/mimetype#450", "goproxy", "goproxy.fetch_failed", True, "service", "proxy.golang.org",
        "go: github.com/gabriel-vasile/mimetype@latest: github.com/gabriel-vasile/mimetype@v1.4.3: read \"https:/proxy.golang.org/@v/v1.4.3.zip\": unexpected EOF",
        cmd="go install github.com/gabriel-vasile/mimetype@latest", also_ok=["connectivity.eof"],
        note="the zip download is cut short; a later reporter's wget shows the proxy redirecting to storage.googleapis.com, where the transfer breaks (closed without a change in the module)"),
    gop("go-mod-proxy/go-mod-proxy#23", "goproxy", "goproxy.forbidden", False, "local", "proxy.golang.org",
        "error getting mod file for module google.golang.org/api@v0.8.0: command /usr/local/go/bin/go mod download -json google.golang.org/api@v0.8.0 failed (exitCode = 1, dir = \"/tmp/916903372/home\") with stderr/stdout:\nstdout: {\nstdout: \t\"Path\": \"google.golang.org/api\",\nstdout: \t\"Version\": \"v0.8.0\",\nstdout: \t\"Error\": \"google.golang.org/api@v0.8.0: reading https://proxy.golang.org/google.golang.org/api/@v/v0.8.0.zip: 403 Forbidden\",",
        cmd="go mod download", also_ok=["goproxy.bad_status"],
        note="a self-hosted module proxy on a GCP VPC whose egress blocks the Cloud Storage bucket proxy.golang.org serves zips from; the maintainer: 'not much we can do when this error happens' (the quote stops before the cache paths)"),
    gop("gomods/athens#1624", "goproxy", "goproxy.not_found", False, "service", "myproxy",
        "go get github.com/securego/gosec/cmd/gosec: module github.com/securego/gosec/cmd/gosec: reading http://myproxy/github.com/securego/gosec/cmd/gosec/@v/list: 404 Not Found",
        cmd="GOPROXY=http://myproxy go get github.com/securego/gosec/cmd/gosec", also_ok=["goproxy.bad_status"],
        note="an Athens proxy with S3 storage 404s the list for a package path the direct path resolves (the module is github.com/securego/gosec); the same every call; 'myproxy' is the reporter's stand-in for the proxy's name"),
    gop("pomerium/pomerium#4357", "goproxy", "goproxy.fetch_failed", True, "service", "proxy.golang.org",
        "66.38 go: github.com/klauspost/compress@v1.16.6: read \"https:/proxy.golang.org/@v/v1.16.6.zip\": unexpected EOF",
        t="raw", head=BPA, also_ok=["connectivity.eof"],
        note="'Sporadic' failures of the Docker publish job: a module zip from proxy.golang.org cut short inside the image build (the blockquote's '> ' dropped)"),
    gop("thesimstoshi/zycord#49", "connectivity", "connectivity.reset", True, "service", "storage.googleapis.com",
        "go: download go1.26.2: golang.org/toolchain@v0.0.1-go1.26.2.linux-amd64:\n  Get \"https://storage.googleapis.com/proxy-golang-org-prod/...\":\n  read tcp ...:60112->...:443: read: connection reset by peer\n##[error]Command failed: go env GOPATH",
        t="raw", cmd="go env GOPATH", also_ok=["goproxy.fetch_failed"],
        note="go.mod's toolchain directive makes every job download go1.26.2 through the module proxy; 'A rerun of the same commit passed with nothing changed' (the '...' are the issue's own elisions)"),
    gop("onsi/ginkgo#937", "connectivity", "connectivity.proxy_refused", False, "local", "127.0.0.1:3001",
        "go: github.com/onsi/ginkgo@v1.16.3: Get \"https://proxy.golang.org/github.com/onsi/ginkgo/@v/v1.16.3.mod\": proxyconnect tcp: dial tcp 127.0.0.1:3001: connect: connection refused\nThe command '/bin/sh -c go mod download' returned a non-zero code: 1",
        t="raw", cmd="make docker-build", host_alt=["127.0.0.1", "proxy.golang.org"], also_ok=["goproxy.fetch_failed"],
        note="an operator's docker build inherits an HTTP proxy at 127.0.0.1:3001, which inside the build container is the container itself; the maintainer: 'something going on with the container networking in your docker installation'"),
    gop("cerc-io/stack-orchestrator#528", "credentials", "credentials.git_auth", False, "build", "git.vdb.to",
        "Step 6/10 : RUN if [ -n \"$GIT_VDBTO_TOKEN\" ]; then git config --global url.\"https://$GIT_VDBTO_TOKEN:@git.vdb.to/\".insteadOf \"https://git.vdb.to/\"; fi &&     go mod download &&     rm -f ~/.gitconfig\n ---> Running in 0afe34f62f8b\ngo: github.com/openrelayxyz/plugeth-utils@v1.2.0 (replaced by git.vdb.to/cerc-io/plugeth-utils@v0.0.0-20230706160122-cd41de354c46): version \"v0.0.0-20230706160122-cd41de354c46\" invalid: git ls-remote -q origin in /go/pkg/mod/cache/vcs/95538bf3941238e77efdceac1a2ab6ebbf853372553d2a1a962e55829bca4811: exit status 128:\n        fatal: could not read Username for 'https://git.vdb.to': terminal prompts disabled\nConfirm the import path was entered correctly.\nIf this is a private repository, see https://golang.org/doc/faq#git_https for additional information.\nThe command '/bin/sh -c if [ -n \"$GIT_VDBTO_TOKEN\" ]; then git config --global url.\"https://$GIT_VDBTO_TOKEN:@git.vdb.to/\".insteadOf \"https://git.vdb.to/\"; fi &&     go mod download &&     rm -f ~/.gitconfig' returned a non-zero code: 1\nError running build for cerc/plugeth-statediff\nFATAL Error: container build failed and --continue-on-error not set, exiting",
        t="raw", cmd="laconic-so --stack fixturenet-plugeth-tx build-containers", also_ok=["build.go_module_config"],
        note="a replace points at a private module on git.vdb.to; the token the Dockerfile expects was not passed into the build ('We need to pass an access token ... into the docker build'); the golang.org FAQ link is no host"),
]
