"""Dev-set entries, batch 27 (BuildKit/buildx from angles batch 21 did not take: a remote BuildKit that crashes under
the client, QEMU's user-mode emulator segfaulting in foreign-architecture RUN steps, buildx without the driver it is
asked for, kubernetes-driver builders the cluster refuses, attestations a builder cannot produce, a rootless
daemonless buildkitd that never comes up, and `failed to compute cache key` as the build's own missing file; the
runner machine: a kubelet evicting the runner pod, open-file, process and inotify limits, a clock behind or ahead of
the world, a full Docker storage during a pull; Go module fetches through sum.golang.org, goproxy.io, goproxy.cn
behind Nexus, self-hosted proxies (modprox, Athens), private modules over git, a loopback HTTPS proxy and the
resolver of a build container). `err` is verbatim from the source (a GitHub thread found with the search tool's
`issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks around a one-line
quote) only that markup was dropped, never a word of the log; where a quote runs on into the reporter's own words,
the entry stops where the log stops, and a prefix the reporter typed before the log ("Error -  ") is left out.
Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing call;
an inferred one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import e, github_source

PULLS = {"cilium/cilium#29549", "tiiuae/ghaf-infra#376", "dfinity/ic#10827", "redhat-developer/mapt#856",
         "vercel/next.js#10367", "elastic/opbeans-java#271"}


def src(ref: str) -> str:
    return github_source(ref, PULLS)


def bld(ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None, err: str, t: str = "raw",
        **kw: Any) -> dict[str, Any]:
    return e("builder", src(ref), component, cause, retry, blame, host, t, err, **kw)


def own(ref: str, cause: str, err: str, t: str = "raw", host: str | None = None, **kw: Any) -> dict[str, Any]:
    return e("build", src(ref), "build", cause, False, "build", host, t, err, **kw)


def loc(ref: str, cause: str, retry: bool, err: str, host: str | None = None, **kw: Any) -> dict[str, Any]:
    return e("local", src(ref), "local", cause, retry, "local", host, "raw", err, **kw)


def gop(ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None, err: str, t: str = "go",
        **kw: Any) -> dict[str, Any]:
    return e("goproxy", src(ref), component, cause, retry, blame, host, t, err, **kw)


QEMU_SEGV = "qemu: uncaught target signal 11 (Segmentation fault) - core dumped"
NO_ATTEST = "ERROR: attestations are not supported by the current buildkitd"
BPA = ["Run docker/build-push-action@v5"]

E = [
    # --- BuildKit / buildx -----------------------------------------------------------------------------------------
    bld("docker/buildx#1170", "builder", "builder.emulation_crash", False, "local", None,
        "#7 99.75 Processing triggers for libc-bin (2.31-13+deb11u3) ...\n#7 99.79 " + QEMU_SEGV + "\n#7 99.87 Segmentation fault (core dumped)\n#7 99.88 " + QEMU_SEGV + "\n#7 99.97 Segmentation fault (core dumped)\n#7 99.97 dpkg: error processing package libc-bin (--configure):\n#7 99.97  installed libc-bin package post-installation script subprocess returned error exit status 139\n#7 99.99 Errors were encountered while processing:\n#7 99.99  libc-bin\n#7 100.1 E: Sub-process /usr/bin/dpkg returned an error code (1)",
        cmd="docker buildx build --platform linux/arm64 -f dm_test.Dockerfile .",
        note="an arm64 image built on x86_64 through QEMU: the emulator crashes in libc-bin's ldconfig trigger every time, and re-installing the newest tonistiigi/binfmt did not change it"),
    bld("docker/desktop-feedback#326", "builder", "builder.emulation_crash", True, "local", None,
        QEMU_SEGV + "\nSegmentation fault",
        cmd="docker buildx build --platform linux/amd64 .",
        note="amd64 emulated on Apple silicon, in `npm run build`: 'it works on the second or third attempt'"),
    bld("build2/build2#470", "builder", "builder.emulation_crash", False, "local", None,
        "#51 796.8 aarch64-binfmt-P: QEMU internal SIGSEGV {code=MAPERR, addr=0x20}\n#51 797.2 Segmentation fault (core dumped)\n#51 ERROR: process \"/bin/sh -c yes | sh build2-install-0.17.0.sh  --debug -j 12 --yes\" did not complete successfully: exit code: 1",
        cmd="docker buildx build --platform linux/arm64 .",
        note="the linux/arm64 stage of a multi-platform build: QEMU itself faults (not the emulated program) at the same configure step; open, no answer"),
    bld("tonistiigi/binfmt#316", "builder", "builder.emulation_crash", False, "local", None,
        "#5 48.98 Setting up systemd (260.1-1) ...\n#5 49.08 qemu-aarch64: QEMU internal SIGSEGV {code=128, addr=0}\n#5 49.33 Segmentation fault (core dumped)\n#5 49.38 qemu-aarch64: QEMU internal SIGSEGV {code=128, addr=0}\n#5 49.62 Segmentation fault (core dumped)",
        head=["Run docker/setup-qemu-action@v3", "Run docker/build-push-action@v6"],
        note="GitHub's ubuntu-latest with setup-qemu-action: the linux/arm64 Kali build 'recently started to fail' in systemd's postinst, reproduced with a minimal workflow; setup-qemu-action redirected it to binfmt (QEMU's emulator)"),
    bld("orbstack/orbstack#2480", "builder", "builder.driver_missing", False, "local", None,
        "ERROR: failed to find driver \"kubernetes\"",
        cmd="docker buildx create --driver kubernetes",
        note="the buildx bundled with OrbStack 2.1.3 was built without the kubernetes driver; fixed in the next OrbStack release, downgrading also fixed it"),
    bld("docker/buildx#1697", "builder", "builder.init_failed", False, "local", None,
        "User \"system:anonymous\" cannot get resource \"deployments\" in API group \"apps\" in the namespace \"gitlab-ci\"",
        cmd="docker buildx create --bootstrap --driver=kubernetes --name builder", also_ok=["credentials.unauthorized"],
        note="labelled kind/bug: buildx v0.10.4 ignored /root/.kube/config (and KUBECONFIG) in a GitLab job, so the cluster saw an anonymous user; v0.9.1 works; the quote was inline code in the reporter's sentence"),
    bld("docker/buildx#248", "builder", "builder.init_failed", False, "local", None,
        "------\n > [internal] booting buildkit:\n------\nerror while calling deploymentClient.Create for \"k8s-office0\": the server has asked for the client to provide credentials (post deployments.apps)",
        cmd="docker buildx build --load . -t localhost:5000/till-erp:dev", also_ok=["credentials.unauthorized"],
        note="labelled kind/bug: the kubernetes driver's client does not authenticate the way kubectl does (kubectl run works for the same user); the padded progress line above the quote is left out"),
    bld("docker/buildx#1186", "builder", "builder.init_failed", False, "local", None,
        "kubernetes:///multiarch-builder?deployment=&kubeconfig= error during connect: Get \"http://%2Fmultiarch-builder%3Fdeployment=&kubeconfig=/v1.24/info\": dial tcp: lookup /multiarch-builder?deployment=&kubeconfig=: no such host",
        cmd="docker buildx create --append --name multiarch-builder --driver docker-container --platform linux/arm64 arm64",
        note="the reporter's reproduction: once a docker-container node on a TLS DOCKER_HOST context is appended, buildx dials the kubernetes node's endpoint URL as if it were a Docker host; the 'host' looked up is that URL's path, no real name"),
    bld("docker/build-push-action#795", "builder", "builder.attestation_unsupported", False, "local", None,
        "/usr/bin/docker buildx build --cache-from type=local,src=/tmp/.buildx-cache --iidfile /tmp/docker-build-push-AubJbU/iidfile --platform linux/amd64 --provenance false --tag mailserver-testing:ci --load --metadata-file /tmp/docker-build-push-AubJbU/metadata-file .\n\n" + NO_ATTEST + "\nError: buildx failed with: " + NO_ATTEST,
        head=["Run docker/build-push-action@v4"],
        note="buildx 0.10.0 on 3 of 4 runners sends the --provenance false opt-out as an attestation the builder rejects (0.10.2 passes): 'I've re-run the failed jobs twice but they continue to use the older buildx version and failing'"),
    bld("docker/build-push-action#1102", "builder", "builder.attestation_unsupported", False, "local", None,
        "2024/04/23 16:08:47 http2: server connection error from localhost: connection error: PROTOCOL_ERROR\n" + NO_ATTEST + "\nError: buildx failed with: " + NO_ATTEST,
        head=BPA, note="buildx v0.12.1-desktop.4 asked for provenance against a builder without attestation support; an http2 error from localhost precedes it (open, no answer)"),
    bld("elastic/opbeans-java#271", "builder", "builder.attestation_unsupported", False, "local", None,
        "ERROR: Attestation is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/attestations/\nError: buildx failed with: Learn more at https://docs.docker.com/go/attestations/",
        head=BPA, also_ok=["builder.exporter_unsupported"],
        note="the fix adds docker/setup-buildx-action so the build runs on a docker-container builder; the docs link is no host"),
    bld("moby/buildkit#3002", "builder", "builder.init_failed", True, "local", None,
        "could not connect to unix:///run/user/1000/buildkit/buildkitd.sock after 10 trials",
        cmd="buildctl-daemonless.sh build --frontend=dockerfile.v0 --local context=. --local dockerfile=. --opt filename=./Dockerfile",
        note="rootless daemonless BuildKit in GitLab CI: 'sometimes (10-20% from all builds)' the buildkitd the script starts does not answer on its socket"),
    bld("orbstack/orbstack#2483", "builder", "builder.driver_missing", False, "local", None,
        "Cannot load builder kube: failed to find driver \"kubernetes\"",
        cmd="docker buildx build --builder kube .",
        note="OrbStack 2.1.3's bundled buildx lacks the kubernetes driver, so an existing kubernetes builder cannot even be loaded; replacing OrbStack's docker-buildx symlink with buildx v0.34.1 fixed it (OrbStack fixed it in its next release)"),
    own("nickpending/mcp-recon#1", "build.missing_file",
        "ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 96f8e948-8d3e-4051-998a-f354ef0fde2f::nz4ef33ak2rv2mpfwwvt8w2a1: \"/go.sum\": not found\nView build details: docker-desktop://dashboard/build/desktop-linux/desktop-linux/km10yj4wxjpuwb8717in28chn",
        cmd="docker build -t mcp-recon .", note="go.sum was never committed; the maintainer's fix commits it 'for reproducible builds' (the docker-desktop:// link is no host)"),
    own("tolyo/open-outcry#2", "build.missing_file",
        "failed to solve: failed to compute cache key: failed to calculate checksum of ref moby::cyg61taxcu8c9skxxzv7qtf6i: \"/.docker\": not found",
        cmd="docker-compose up", note="the Dockerfile copies a .docker folder the repository does not have; the maintainer fixed the repository"),
    own("karmada-io/dashboard#219", "build.missing_file",
        "ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 1aa5ae38-dc3e-43ee-9dec-b6aaeb1d5112::i4ja2sxyvmys03f8xqutlljwu: \"/linux/amd64/***-dashboard-api\": not found",
        head=BPA, note="a PR (#174) changed where the binaries land, so the Dockerfile's COPY source is gone; the maintainers fix it in the repository"),
    # --- the runner machine ------------------------------------------------------------------------------------------
    loc("actions/actions-runner-controller#2695", "local.disk_full", False,
        "Warning  Evicted              44s   kubelet  The node was low on resource: ephemeral-storage. Container runner was using 3914072Ki, which exceeds its request of 0. Container docker was using 91249008Ki, which exceeds its request of 0.",
        tail=["Error: The operation was canceled."], raw_is_log=True, also_ok=["local.runner_lost"],
        note="the answer: the kubelet evicts the runner pod for the node's ephemeral storage, and the job shows only 'Error: The operation was canceled.' (the job's line added as the tail); the reporter was 'having space issues AS WELL' and closed it while dealing with them"),
    loc("actions/runner-images#268", "local.fd_limit", False, "EMFILE: too many open files",
        cmd="yarn build", note="Ubuntu hosted runners' open-file limit; `ulimit -Sn 65536` was denied in the workflow; GitHub raised the limit in a new image"),
    loc("nix-community/disko#1085", "local.fd_limit", False,
        "cp: cannot stat '/nix/store/z7if2ba40ndfc8zms3m1bblwb16369j9-perl5.40.0-XML-Parser-2.46': Too many open files in system\ncp: cannot stat '/nix/store/z7wfxvd6rq8cinr62qlj85f57s885pjn-linux-firmware-20250627-zstd': Too many open files in system\ncp: cannot stat '/nix/store/z88avybj8n2svi9wv1hl937k2k3mbc2d-libglvnd-1.7.0': Too many open files in system",
        cmd="nix build .#checks.x86_64-linux.default", note="GitHub Actions: the system-wide file table is exhausted while copying the store into the image; the runners do not let the job raise the limits"),
    loc("tiiuae/ghaf-infra#376", "local.fd_limit", True, "error: creating pipe: Too many open files",
        cmd="nix build", note="'an issue that we have occasionally started seeing on builders': the PR raises the builders' ulimit -n; occasional, so a re-run may pass"),
    loc("dfinity/ic#10827", "local.fd_limit", True, "Too many open files (os error 24)",
        cmd="cargo clippy --all-targets", note="'Every now and then cargo (build and clippy) fails': concurrency too high for the runner's ulimit; the PR limits the jobs (the blockquote's '> ' dropped)"),
    loc("coreos/fedora-coreos-tracker#1186", "local.process_limit", True,
        "[2022-04-11T17:07:59.379Z]   File \"/usr/lib64/python3.10/subprocess.py\", line 1775, in _execute_child\n[2022-04-11T17:07:59.379Z]     self.pid = _posixsubprocess.fork_exec(\n[2022-04-11T17:07:59.379Z] BlockingIOError: [Errno 11] Resource temporarily unavailable\n[2022-04-11T17:07:59.384Z] [Pipeline] }\n[2022-04-11T17:07:59.385Z] [Pipeline] // withEnv\n[2022-04-11T17:07:59.410Z] [Pipeline] }\n[2022-04-11T17:07:59.410Z] Failed in branch VirtualBox\n[2022-04-11T17:08:06.622Z] **\n[2022-04-11T17:08:06.622Z] ERROR:src/lib/rpmostree.c:122:rpm_ostree_get_basearch: assertion failed (local_error == NULL): Failed to invoke rpm-ostree shlib-backend: thread 'main' panicked at 'OS can't spawn a new worker thread: Os { code: 11, kind: WouldBlock, message: \"Resource temporarily unavailable\" }', /builddir/build/BUILD/rpm-ostree-2022.5.80.gb7f91619/vendor/tokio/src/runtime/blocking/pool.rs:297:14",
        raw_is_log=True, note="a Jenkins pipeline 'sometimes hitting EAGAIN' on fork and on thread creation: a process/thread limit of the build machine, hit now and then"),
    loc("cockpit-project/cockpituous#483", "local.process_limit", True,
        "  File \"bots/machine/machine_core/ssh_connection.py\", line 332, in execute\n    proc = subprocess.Popen(command_line, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n  File \"/usr/lib64/python3.10/subprocess.py\", line 966, in __init__\n    self._execute_child(args, executable, preexec_fn, close_fds,\n  File \"/usr/lib64/python3.10/subprocess.py\", line 1775, in _execute_child\n    self.pid = _posixsubprocess.fork_exec(\nBlockingIOError: [Errno 11] Resource temporarily unavailable",
        cmd="test/verify/check-system-info", note="'with our high parallelism, tests tend to run into a lot of errors like this' (Firefox's many threads): the PR raises the task containers' podman PID limit from 4096 to 16384; not on every run"),
    loc("redhat-developer/mapt#856", "local.process_limit", False,
        "ccache: error: Failed to fork: Resource temporarily unavailable\ngcc: error: posix_spawn: Operation not permitted",
        cmd="pip wheel Pillow", note="ppc64le/s390x runners: two concurrent jobs exhaust the container's pids.max inherited from the system default; the PR lifts Podman's, the executor's and systemd's limits on the runner hosts"),
    loc("vercel/next.js#10367", "local.inotify_limit", False,
        "Watchpack Error (watcher): Error: ENOSPC: System limit for number of file watchers reached, watch '/home/runner'\nWatchpack Error (watcher): Error: ENOSPC: System limit for number of file watchers reached, watch '/home'",
        cmd="yarn testonly", note="the PR raises fs.inotify.max_user_watches on the GitHub Actions runner (ENOSPC is inotify's, not the disk's)"),
    loc("actions/runner#531", "local.clock_skew", False,
        "√ Successfully replaced the runner\nException of type 'GitHub.Services.OAuth.VssOAuthTokenRequestException' was thrown",
        raw_is_log=True, note="a self-hosted runner's machine 17 minutes off: its OAuth token request is refused; starting the NTP daemon fixed it"),
    loc("CiscoCloud/distributive#99", "local.clock_skew", False,
        "Step 10 : RUN go get .\n ---> Running in dde73be3297e\n# cd .; git clone https://go.googlesource.com/crypto /gopath/src/golang.org/x/crypto\nCloning into '/gopath/src/golang.org/x/crypto'...\nfatal: unable to access 'https://go.googlesource.com/crypto/': SSL certificate problem: certificate is not yet valid",
        host="go.googlesource.com", cmd="docker build .",
        note="titled 'docker build fails due to incorrect time': the Docker host's clock is behind, so a valid certificate is not valid yet"),
    loc("moby/moby#40363", "local.clock_skew", False,
        "Step 2/4 : RUN apt-get update\n ---> Running in 684fb4ae45f2\nGet:1 http://security.ubuntu.com/ubuntu bionic-security InRelease [88.7 kB]\nHit:2 http://archive.ubuntu.com/ubuntu bionic InRelease\nGet:3 http://archive.ubuntu.com/ubuntu bionic-updates InRelease [88.7 kB]\nGet:4 http://archive.ubuntu.com/ubuntu bionic-backports InRelease [74.6 kB]\nReading package lists...\nE: Release file for http://security.ubuntu.com/ubuntu/dists/bionic-security/InRelease is not valid yet (invalid for another 2h 56min 18s). Updates for this repository will not be applied.\nE: Release file for http://archive.ubuntu.com/ubuntu/dists/bionic-updates/InRelease is not valid yet (invalid for another 2h 57min 6s). Updates for this repository will not be applied.\nE: Release file for http://archive.ubuntu.com/ubuntu/dists/bionic-backports/InRelease is not valid yet (invalid for another 2h 58min 15s). Updates for this repository will not be applied.",
        host="security.ubuntu.com", host_alt=["archive.ubuntu.com"], cmd="docker build . -t test",
        note="every mirror's Release file is ~3 hours in the future for the build host's clock (the log alone; the quote's last, cut-off line is left out)"),
    loc("NVIDIA/nvidia-docker#792", "local.disk_full", False,
        "failed to register layer: Error processing tar file(exit status 1): write /usr/share/vim/vim74/syntax/sisu.vim: no space left on device",
        cmd="docker pull nvcr.io/nvidia/digits:18.01", host_alt=["nvcr.io"],
        note="the maintainer: not enough space on the AWS instance's / partition; launch it with more storage"),
    loc("docker/for-win#13751", "local.disk_full", False, "failed to register layer: no space left on device",
        cmd="docker pull <my-remote>/common-components/x86-64-linux-cpp-cmake-docker:latest",
        note="Docker Desktop on Windows runs out of space while a layer from the private registry is unpacked (the log alone)"),
    # --- Go module fetches ------------------------------------------------------------------------------------------
    gop("golang/go#70042", "goproxy", "goproxy.server_error", True, "service", "sum.golang.org",
        "go: cuelang.org/go@v0.11.0-alpha.3.0.20241018144220-537f744a9cc7: verifying go.mod: cuelang.org/go@v0.11.0-alpha.3.0.20241018144220-537f744a9cc7/go.mod: reading https://sum.golang.org/lookup/cuelang.org/go@v0.11.0-alpha.3.0.20241018144220-537f744a9cc7: 500 Internal Server Error",
        cmd="go get cuelang.org/go@537f744a9cc7", also_ok=["goproxy.server_status"],
        note="'four CI jobs fail in the past week': the checksum database answers 500 for a commit pushed minutes earlier (the blockquote's '> ' dropped)"),
    gop("goproxyio/goproxy#198", "goproxy", "goproxy.server_error", True, "service", "goproxy.io",
        "github.com/stretchr/testify/assert: github.com/stretchr/testify@v1.7.1: verifying module: github.com/stretchr/testify@v1.7.1: reading https://goproxy.io/sumdb/sum.golang.org/lookup/github.com/stretchr/testify@v1.7.1: stream error: stream ID 5; INTERNAL_ERROR; received from peer",
        cmd="go get github.com/stretchr/testify@v1.7.1", also_ok=["connectivity.stream_reset", "goproxy.fetch_failed"],
        note="goproxy.io's sumdb proxy resetting streams for a day (kubevirt's CI saw many); curl reproduced it against the backend"),
    gop("modprox/mp#39", "goproxy", "goproxy.server_error", False, "service", "10.0.56.56:12505",
        "go: github.com/kr/pty@v1.1.1: unexpected status (http://10.0.56.56:12505/github.com/kr/pty/@v/v1.1.1.info): 500 Internal Server Error\ngo: error loading module requirements",
        cmd="go mod download", host_alt=["10.0.56.56"], also_ok=["goproxy.server_status", "goproxy.not_found"],
        note="a self-hosted modprox answers 500 for every module it does not hold (the issue: it should be 404); the same on every run"),
    gop("gomods/athens#590", "goproxy", "goproxy.server_error", False, "service", "microsoftgoproxy.azurewebsites.net",
        "go get github.com/arschles/throwaway1@v1: unexpected status (https://microsoftgoproxy.azurewebsites.net/github.com/arschles/throwaway1/@v/list): 500 Internal Server Error",
        cmd="GO111MODULE=on GOPROXY=https://microsoftgoproxy.azurewebsites.net go get github.com/arschles/throwaway1@v1",
        also_ok=["goproxy.server_status"], note="labelled bug: Athens builds its version list from `go list` upstream, so once the repository is deleted the list 500s although storage holds the version"),
    gop("goproxy/goproxy.cn#145", "goproxy", "goproxy.not_found", False, "service", "localhost:8081",
        "        golang.org/x/tools/go/analysis/passes/inspect: golang.org/x/tools@v0.0.0-20200825202427-b303f430e36d: reading http://localhost:8081/repository/go-proxy-cn/golang.org/x/tools/@v/v0.0.0-20200825202427-b303f430e36d.zip: 404 Not Found",
        cmd="go mod tidy", host_alt=["localhost"], also_ok=["goproxy.bad_status"],
        note="labelled bug: a Nexus Go proxy repository with goproxy.cn as its upstream 404s the module zip; fixed on goproxy.cn's side"),
    gop("goproxy/goproxy.cn#87", "dns", "dns.resolve_failed", False, "local", "sum.golang.org",
        "go: github.com/gin-gonic/gin@v1.6.3/go.mod: verifying module: github.com/gin-gonic/gin@v1.6.3/go.mod: Get \"https://sum.golang.org/lookup/github.com/gin-gonic/gin@v1.6.3\": dial tcp: lookup sum.golang.org on [::1]:53: read udp [::1]:46780->[::1]:53: read: connection refused\nThe command '/bin/sh -c go get -u github.com/gin-gonic/gin' returned a non-zero code: 1",
        t="raw", cmd="docker build .", also_ok=["goproxy.fetch_failed"],
        note="Nexus proxies the modules but not the checksum database; the isolated build's resolver ([::1]:53) answers nothing, so the go command's own sum.golang.org lookup fails until GOSUMDB/GONOSUMDB is configured"),
    gop("cilium/cilium#29549", "dns", "dns.server_misbehaving", True, "local", "proxy.golang.org",
        "go: golang.org/dl/go1.21.4@latest: module golang.org/dl/go1.21.4: Get \"https://proxy.golang.org/golang.org/dl/go1.21.4/@v/list\": dial tcp: lookup proxy.golang.org on 127.0.0.53:53: server misbehaving",
        cmd="go install golang.org/dl/go1.21.4@latest", also_ok=["goproxy.fetch_failed"],
        note="a CI job's Go toolchain install through the proxy while the runner's resolver misbehaves; the PR goes to golang.org/dl directly to avoid such errors (the quote's 'Error: Process completed' line left to the template)"),
    gop("goproxy/goproxy.cn#175", "dns", "dns.no_such_host", True, "local", "goproxy.cn",
        "github.com/natefinch/lumberjack: github.com/natefinch/lumberjack@v2.0.0+incompatible: Get \"https://goproxy.cn/github.com/natefinch/lumberjack/@v/v2.0.0+incompatible.zip\": dial tcp: lookup goproxy.cn on 192.168.1.1:53: no such host",
        cmd="GOPROXY=https://goproxy.cn,direct make build", also_ok=["goproxy.fetch_failed"],
        note="inside a Dockerfile build the LAN router's resolver answers NXDOMAIN for goproxy.cn now and then: 'occasionally it downloads completely and builds', mostly only part"),
    gop("goproxyio/goproxy#98", "goproxy", "goproxy.not_found", False, "service", "127.0.0.1:8081",
        "go: golang.org/x/crypto@v0.0.0-20190701094942-4def268fd1a4: unexpected status (http://127.0.0.1:8081/golang.org/x/crypto/@v/v0.0.0-20190701094942-4def268fd1a4.info): 404 Not Found\ngo: golang.org/x/mod@v0.1.0: unexpected status (http://127.0.0.1:8081/golang.org/x/mod/@v/v0.1.0.info): 404 Not Found\ngo: error loading module requirements",
        cmd="go get -v golang.org/x/crypto", host_alt=["127.0.0.1"], also_ok=["goproxy.bad_status"],
        note="a self-hosted goproxy container answers 404 for golang.org/x modules (its own log: 404 for each .info); the proxy cannot fetch them upstream, the same on every call"),
    gop("golang/go#42809", "goproxy", "goproxy.not_found", True, "service", "sum.golang.org",
        "go mod download: github.com/matthewmueller/some-package@v0.12.9: verifying go.mod: github.com/matthewmueller/some-package@v0.12.9/go.mod: reading https://sum.golang.org/lookup/github.com/matthewmueller/some-package@v0.12.9: 410 Gone\n        server response: not found: github.com/matthewmueller/some-package@v0.12.9: invalid version: unknown revision v0.12.9",
        cmd="go get -u github.com/matthewmueller/some-package@v0.12.9", also_ok=["goproxy.bad_status"],
        note="titled 'responding with a 410 fifteen minutes after publishing': the version was asked for before its tag was pushed and the checksum database keeps answering its cached not-found for a while; GONOSUMDB got past it (the nested blockquote markers dropped)"),
    gop("docker-library/golang#462", "connectivity", "connectivity.network_unreachable", False, "local", "proxy.golang.org",
        "go: github.com/davecgh/go-spew@v1.1.1: Get \"https://proxy.golang.org/github.com/davecgh/go-spew/@v/v1.1.1.mod\": dial tcp [2a00:1450:4003:801::2011]:443: connect: cannot assign requested address",
        t="raw", cmd="docker build .", host_alt=["[2a00:1450:4003:801::2011]:443", "2a00:1450:4003:801::2011"], also_ok=["goproxy.fetch_failed"],
        note="'docker build fails for 1.20 but not for 1.18' on every variant: the build container has no IPv6 source address for the proxy's IPv6 address (the log alone)"),
    gop("theopenlane/core#2032", "credentials", "credentials.git_auth", False, "build", "github.com",
        "task: [local-setup] go mod download\ngo: github.com/theopenlane/corejobs@v0.1.9: invalid version: git ls-remote -q --end-of-options origin in /home/openlane/go/pkg/mod/cache/vcs/ed2767f946cf841b50add56f5bdc1452ef390ab528c50f4c92a70b5fa309cc26: exit status 128:\n        fatal: could not read Username for 'https://github.com': terminal prompts disabled\nConfirm the import path was entered correctly.\nIf this is a private repository, see https://golang.org/doc/faq#git_https for additional information.",
        t="raw", cmd="task install", also_ok=["build.go_module_config"],
        note="the project requires a module whose repository git cannot read anonymously, so the go command falls back to git and git to a credential prompt; nothing a re-run changes"),
    gop("goreleaser/goreleaser#2463", "build", "build.go_module_config", False, "build", None,
        "go/pkg/mod/github.com/goreleaser/goreleaser@v0.177.0/internal/pipe/reddit/reddit.go:11:2: reading github.com/vartanbeno/go-reddit/go.mod at revision v2.0.1: unknown revision v2.0.1",
        cmd="go install github.com/goreleaser/goreleaser@latest", also_ok=["goproxy.not_found"],
        note="the reporter: the dependency's upstream revoked its v2.0.1 tag; a maintainer could not reproduce (closed)"),
    gop("ryancurrah/gomodguard#15", "build", "build.go_checksum_mismatch", False, "build", None,
        "go: downloading github.com/ryancurrah/gomodguard v1.2.1\ngo install github.com/ryancurrah/gomodguard/cmd/gomodguard@latest: github.com/ryancurrah/gomodguard@v1.2.1: verifying module: checksum mismatch\n\tdownloaded: h1:nZFSDqk8ui1DxX9Hj8td+vz9K2ByPwfq6QJPKkz6YVo=\n\tsum.golang.org: h1:t1WWL0RGJJBo5KZ0u2c/FGY1QQgx2gUbHWzBmOKWs98=\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum server.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'.",
        cmd="GOPROXY=direct go install github.com/ryancurrah/gomodguard/cmd/gomodguard@latest",
        note="the maintainer deleted and re-created the v1.2.1 tag, so the origin's bits differ from what sum.golang.org recorded; Dependabot runs failed the same way"),
]
