"""Dev-set entries, batch 21 (BuildKit/buildx builders: sessions, crashed or unreachable buildkitd, a missing buildx,
builder creation and exporters; the runner machine itself: OOM kills, full disks, lost or deprovisioned runners, a
Docker daemon that will not start or cannot be opened; Go module fetches through proxy.golang.org, goproxy.io, an
Athens instance, vanity hosts and the checksum database). `err` is verbatim from the source (a GitHub thread found
with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, ** bold,
backticks around a one-line quote) only that markup was dropped, never a word of the log; where a quote runs on into
the reporter's own words, the entry stops where the log stops. Hosts follow the README's strict rule: a host is given
only where a line of the log names it; an inferred one goes in host_alt. Labels were set from the threads before
the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"docker/buildx#1869", "Exiv2/exiv2#2185", "ceph/ceph-container#1884"}

B = Batch(PULLS)
bld = B.family("builder")
loc = B.local()
gop = B.family("goproxy", "go")


SHUTDOWN = "The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled."
SESSION = "failed to authorize: no active session for d64hnddm9jssidwj6f9vv2w37: context deadline exceeded"
SUMDB_SERVER = ("\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum server.\nThe bits may have been "
                "replaced on the origin server, or an attacker may\nhave intercepted the download attempt.")
BUILDX = "the docker CLI has no buildx plugin, so `docker buildx` never runs: installing the plugin fixes it, a re-run does not"

E = [
    # --- BuildKit / buildx builders --------------------------------------------------------------------------------
    bld("moby/buildkit#6422", "builder", "builder.session_timeout", True, "local", None,
        "#39 59.07 error: failed to copy: httpReadSeeker: failed open: failed to authorize: no active session for 946l7u9cqtl3kkur5pifuipi4: context deadline exceeded",
        cmd="docker --debug buildx bake --progress=plain --debug",
        note="titled 'transient \"no active session... context deadline exceeded\" errors': 'lately, we've been seeing a lot of these' in CI; the client's session to buildkitd dropped mid-pull"),
    bld("moby/buildkit#2367", "builder", "builder.session_timeout", True, "local", None,
        f"#25 exporting cache\n#25 preparing build cache for export\n#25 preparing build cache for export 73.8s done\n#25 writing layer sha256:somesha\n#25 78.76 error: {SESSION}\n#25 78.76 retrying in 1s\n#25 84.76 error: {SESSION}\n#25 84.76 retrying in 2s\n#25 91.76 error: {SESSION}\n#25 91.76 retrying in 4s\n#25 writing layer sha256:somesha 27.0s done\n#25 100.8 error: {SESSION}\n#25 ERROR: error writing layer blob: {SESSION}",
        cmd="docker buildx build --cache-to type=registry --push .", also_ok=["builder.cache_export_unsupported"],
        note="'It affected 36 builds out of 883 in the past 24 hours (approx. 4%)': the cache export's registry auth goes through a session that has already gone; the quote stops before the reporter's own '#26 ... (that's custom code)' line"),
    bld("dagger/dagger#11293", "builder", "builder.session_timeout", True, "local", None,
        "Error: failed to load cache key: no active session for ja13ul8z8qvjxt376vmkvzvvs: context deadline exceeded",
        cmd="dagger call build", note="Dagger's embedded BuildKit: 'Sometimes the engine stops working with error messages like this'"),
    bld("BraneFramework/brane#114", "builder", "builder.exporter_unsupported", False, "local", None,
        "ERROR: Docker exporter is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/build-exporters/",
        cmd="docker buildx build --output type=docker,dest=./target/release/brane-api.tar -f ./Dockerfile.rls --target brane-api .",
        also_ok=["builder.multiplatform_unsupported", "builder.cache_export_unsupported"],
        note="the default builder (docker driver) cannot write a docker tarball with dest=; fixed by creating a docker-container builder"),
    bld("docker/setup-buildx-action#33", "builder", "builder.buildx_missing", False, "local", None,
        "[error]docker: 'buildx' is not a docker command",
        head=["Run docker/setup-buildx-action@v1", "  with:", "    install: true"],
        note="runs-on: self-hosted; 'The ci was working just fine last few day': the self-hosted runner's docker has no buildx plugin. " + BUILDX),
    bld("actions/actions-runner-controller#475", "builder", "builder.buildx_missing", False, "local", None,
        "docker buildx build -f Dockerfile .\nunknown shorthand flag: 'f' in -f\nSee 'docker --help'.\n\nUsage:\tdocker [OPTIONS] COMMAND",
        note="the summerwind/actions-runner-dind image ships docker without buildx ('only a subset of packages'); the answer: install it with setup-buildx-action. " + BUILDX),
    bld("actions/actions-runner-controller#893", "builder", "builder.init_failed", False, "local", None,
        "  /usr/local/bin/docker buildx create --name builder-3367d142-667f-46da-9e5a-56a8706f3c86 --driver docker-container --buildkitd-flags --allow-insecure-entitlement security.insecure --allow-insecure-entitlement network.host --use\n  error: could not create a builder instance with TLS data loaded from environment. Please use `docker context create <context-name>` to create a context for current environment and then create a builder instance with `docker buildx create <context-name>`\n  Error: The process '/usr/local/bin/docker' failed with exit code 1",
        head=["Run docker/setup-buildx-action@v1"], raw_is_log=True,
        note="ARC's dind runner exports DOCKER_HOST/DOCKER_TLS_VERIFY, and buildx will not create a builder from TLS env vars; labelled documentation: create a docker context first"),
    bld("myoung34/docker-github-actions-runner#280", "builder", "builder.buildx_missing", False, "local", None,
        "ERROR: BuildKit is enabled but the buildx component is missing or broken.\n       Install the buildx component to build images with BuildKit:\n       https://docs.docker.com/go/buildx/",
        cmd="docker build -t app .",
        note="the runner image moved to Docker 23.0, where buildx is a separate package it does not install. " + BUILDX),
    bld("docker/buildx#1869", "builder", "builder.init_failed", False, "local", None,
        "#1 [internal] booting buildkit\npedantic_hopper\n#1 pulling image moby/buildkit:buildx-stable-1\n#1 pulling image moby/buildkit:buildx-stable-1 1.4s done\n#1 creating container buildx_buildkit_pedantic_hopper0 0.0s done\n#1 ERROR: Error response from daemon: Windows does not support privileged mode\n------\n > [internal] booting buildkit:\n------\nERROR: Error response from daemon: Windows does not support privileged mode",
        cmd="docker buildx create --bootstrap", host_alt=["docker.io"],
        note="the PR's 'Now:' output: a docker-container builder on a Windows-containers daemon can never start its privileged buildkitd"),
    bld("earthly/earthly#2942", "builder", "builder.connection_lost", False, "local", "my_remote_server:8372",
        "Error: build new buildkitd client: connect provided buildkit: timeout 3s: could not connect to buildkit: failed to list workers: Unavailable: connection error: desc = \"transport: Error while dialing: dial tcp my_remote_server:8372: connect: connection refused\": buildkitd did not respond (in time)",
        cmd="earthly --buildkit-host tcp://my_remote_server:8372 +build", also_ok=["builder.init_failed", "connectivity.refused"], host_alt=["my_remote_server"],
        note="the ** and _ markup dropped; a self-run remote buildkitd 'which does not respond (it's down or certificate problems ...)': nothing listens on the team's own host until it is brought back"),
    bld("kyma-project/test-infra#8676", "builder", "builder.init_failed", True, "local", None,
        "could not connect to unix:///run/user/1000/buildkit/buildkitd.sock after 10 trials",
        cmd="buildctl-daemonless.sh build --frontend=dockerfile.v0 --local context=. --local dockerfile=.",
        note="rootless buildkitd inside the Prow build pod did not come up within the script's 10 tries: 'Most of the time after retry the job is executed properly'"),
    bld("moby/buildkit#1423", "builder", "builder.init_failed", True, "local", None,
        "could not connect to unix:///run/buildkit/buildkitd.sock after 10 trials",
        cmd="buildctl-daemonless.sh build --frontend dockerfile.v0 --local context=. --local dockerfile=.",
        note="the blockquote '> ' dropped; buildkitd inside moby/buildkit:latest comes up too slowly for the script's 10 tries ('it succeeded after 2 - 17 tries'), so some runs pass unchanged; the reporter raised max=10 to 100"),
    # --- the runner machine ----------------------------------------------------------------------------------------
    loc("actions/runner#3724", "local.runner_lost", True,
        SHUTDOWN + "\nProcess completed with exit code 137.\nThe operation was canceled.",
        raw_is_log=True, also_ok=["local.out_of_memory"],
        note="a 32-core larger runner: 'Time to time we're getting this error'; upgrading 16 GB to 32 GB did not make it go away"),
    loc("ElementsProject/lightning#9279", "local.out_of_memory", False,
        "##[error]" + SHUTDOWN + "\n[gw2] [ 10%] PASSED tests/test_closing.py::test_segwit_shutdown_script\n##[error]The operation was canceled.",
        raw_is_log=True, also_ok=["local.runner_lost"],
        note="the hosted VM is killed from memory exhaustion (ASan roughly triples RSS past 16 GB); on the ASan 3/6 shard it reproduces at the 10% mark every time; fixed by one fewer pytest worker (#9280)"),
    loc("Exiv2/exiv2#2185", "local.out_of_memory", False,
        "[ 75%] Building CXX object samples/CMakeFiles/conntest.dir/conntest.cpp.o\n[ 75%] Building CXX object samples/CMakeFiles/remotetest.dir/remotetest.cpp.o\nc++: fatal error: Killed signal terminated program cc1plus\ncompilation terminated.",
        cmd="cmake --build build --parallel", note="the Debug+Coverage job on every push to main; fixed by dropping --parallel ('It seems that it worked out!')"),
    loc("vmactions/freebsd-vm#81", "local.out_of_memory", False,
        "2024-04-14T21:49:58.7397481Z    Compiling managesieve v0.7.1 (/home/runner/work/stalwart-mail-server/stalwart-mail-server/crates/managesieve)\n2024-04-14T21:51:12.7031765Z    Compiling mail-server v0.7.1 (/home/runner/work/stalwart-mail-server/stalwart-mail-server/crates/main)\n2024-04-14T22:05:23.8605906Z Killed\n...\n2024-04-14T22:05:47.7596029Z ##[endgroup]\n2024-04-14T22:05:47.7630307Z ##[error]The process '/usr/bin/bash' failed with exit code 137",
        raw_is_log=True, note="'Exit code 137 seems to be about OOM'; the advice: 'Do less? Use a larger runner'"),
    loc("actions/runner#1142", "local.out_of_memory", False,
        "/home/<USER>/actions-runner/_work/_temp/<FILE_NAME>.sh: line 1: 40423 Killed                  docker-compose up -d",
        cmd="docker-compose up -d", note="a self-hosted 1 GB DigitalOcean droplet: '1gb of ram is not enough to build react application'"),
    loc("hoytech/strfry#41", "local.out_of_memory", False,
        "g++: fatal error: Killed signal terminated program cc1plus\ncompilation terminated.\nmake: *** [golpe/rules.mk:28: build/config.o] Error 1\nmake: *** Waiting for unfinished jobs....",
        cmd="make -j4", note="a 4 GB droplet running four compilers: 'I resized to 8gb and it worked'"),
    loc("actions/runner#1807", "local.disk_full", False,
        "Unhandled exception. System.IO.IOException: No space left on device : '/actions-runner/_diag/Runner_20220913-135355-utc.log'\n   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)\n   at System.IO.Strategies.BufferedFileStreamStrategy.FlushWrite()\n   at System.IO.StreamWriter.Flush(Boolean flushStream, Boolean flushEncoder)\n   at System.Diagnostics.TextWriterTraceListener.Flush()\n   at GitHub.Runner.Common.HostTraceListener.WriteHeader(String source, TraceEventType eventType, Int32 id)\n   at GitHub.Runner.Common.HostTraceListener.TraceEvent(TraceEventCache eventCache, String source, TraceEventType eventType, Int32 id, String message)\n   at System.Diagnostics.TraceSource.TraceEvent(TraceEventType eventType, Int32 id, String message)\n   at GitHub.Runner.Common.Terminal.WriteError(String line)\n   at GitHub.Runner.Listener.Program.MainAsync(IHostContext context, String[] args)\n   at GitHub.Runner.Listener.Program.Main(String[] args)\n/actions-runner/run-helper.sh: line 20: 26550 Aborted                 \"$DIR\"/bin/Runner.Listener run $*\nExiting with unknown error code: 134\nExiting runner...",
        raw_is_log=True, also_ok=["local.runner_lost"],
        note="the self-hosted runner service itself aborts writing its _diag log to a full disk; it stays down until space is freed"),
    loc("npm/cli#2982", "local.disk_full", False,
        "npm WARN tar ENOSPC: no space left on device, write\nnpm WARN tar ENOSPC: no space left on device, open 'C:\\laravel\\Bus service Provider\\node_modules\\.staging\\caniuse-lite-1ec8775a\\data\\regions\\HR.js'\nnpm WARN tar ENOSPC: no space left on device, open 'C:\\laravel\\Bus service Provider\\node_modules\\.staging\\lodash-3938a646\\join.js'\n\nnpm ERR! cb() never called!",
        cmd="npm install", note="the maintainer: 'you've run out of free space on your hard drive, so npm is unable to write new files and eventually crashes'; the entry stops before npm's report-a-bug footer"),
    loc("getsentry/action-setup-venv#13", "local.disk_full", False,
        "ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device",
        cmd="pip install -r requirements.txt", head=["Run getsentry/action-setup-venv@v2"],
        note="the blockquote '> ' dropped; a large requirements file fills a regular hosted runner's disk, every run"),
    loc("actions/runner-images#9812", "local.runner_lost", True,
        "##[error]The hosted runner encountered an error while running your job. (Error Type: Disconnect).\n,##[warning]Received request to deprovision: The request was cancelled by the remote provider.",
        raw_is_log=True, note="an Azure DevOps windows-2022 hosted agent deprovisioned mid-job: 'The job succeeded when we manually restarted it'"),
    loc("IBM/actionspz#92", "local.runner_lost", True,
        "The self-hosted runner lost communication with the server.\nVerify the machine is running and has a healthy network connection.\nAnything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, note="the provider's s390x runners 'disconnecting intermittently' since one morning, across several repositories (another project saw the same)"),
    loc("actions/runner-images#3565", "local.docker_socket_permission", False,
        "\"C:\\Program Files\\Docker\\docker.exe\" pull hello-world:latest\nerror during connect: This error may indicate that the docker daemon is not running.: Post http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/images/create?fromImage=hello-world&tag=latest: open //./pipe/docker_engine: Access is denied.",
        raw_is_log=True, also_ok=["local.docker_daemon_down"],
        note="a self-built Windows 2019 image in an Azure scale set: the agent's account may not open the engine's named pipe ('Access is denied'); the same on every job of that pool"),
    loc("ceph/ceph-container#1884", "local.docker_daemon_down", True,
        "$ sudo systemctl start docker\nJob for docker.service failed because the control process exited with error code.\nSee \"systemctl status docker.service\" and \"journalctl -xe\" for details.",
        raw_is_log=True, note="a Jenkins node whose dockerd fails its first start and comes up on `systemctl restart docker`; the PR makes the script restart when start fails"),
    # --- Go module fetches -----------------------------------------------------------------------------------------
    gop("goproxyio/goproxy#232", "goproxy", "goproxy.bad_response", False, "service", None,
        "go: downloading github.com/VictoriaMetrics/fastcache v1.13.0\ngo: github.com/VictoriaMetrics/fastcache@v1.13.0: verifying module: checksum mismatch\n\tdownloaded: h1:yd0yRtcfGrRIwOCg/YrA399k42v0nRJyvWBcz0pZQ5E=\n\tsum.golang.org: h1:AW4mheMR5Vd9FkAPUv+NH6Nhw+fmbTMGMsNAoA/+4G0=" + SUMDB_SERVER,
        cmd="go get github.com/VictoriaMetrics/fastcache@v1.13.0", host_alt=["goproxy.io"],
        note="the ** bold dropped; GOPROXY=https://goproxy.io,direct: 'did not encounter it when not setting goproxy.io': that proxy serves a zip whose hash the checksum DB does not know, every time"),
    gop("tsenart/vegeta#739", "build", "build.go_checksum_mismatch", False, "build", None,
        "github.com/tsenart/vegeta/v12/lib: github.com/tsenart/vegeta/v12@v12.13.0: verifying module: checksum mismatch\n\tdownloaded: h1:G5P3t0a/HlcqNWxJEcqRE6+LdvRKfDdg3qtR+5fTsSg=\n\tsum.golang.org: h1:J/UiNS3f69MkL0tsRLVUUV8uXXQZxdRUchtS+GYiSFc=" + SUMDB_SERVER,
        cmd="go mod tidy", note="GOPROXY=direct: 'the checksum of this repo seems to have been changed' (the v12.13.0 tag moved); Dependabot fails the same; the ask is a new patch version"),
    gop("mszostok/codeowners-validator#59", "build", "build.go_module_config", False, "build", "sum.golang.org",
        "go: finding github.com/mszostok/codeowners-validator v0.5.1\ngo: finding github.com/mszostok/codeowners-validator v0.5.1\nverifying github.com/mszostok/codeowners-validator@v0.5.1/go.mod: github.com/mszostok/codeowners-validator@v0.5.1/go.mod: reading https://sum.golang.org/lookup/github.com/mszostok/codeowners-validator@v0.5.1: 410 Gone",
        cmd="go get -u github.com/mszostok/codeowners-validator", also_ok=["goproxy.not_found"],
        note="the lookup says 'create zip: malformed file path' (a testdata name with a quote): the release can never be served; fixed upstream by a new release"),
    gop("gomods/athens#1372", "goproxy", "goproxy.server_error", False, "service", "athens.azurefd.net",
        "go: finding golang.org/x/tools latest\ngo get golang.org/x/tools/gopls@latest: module golang.org/x: reading https://athens.azurefd.net/golang.org/x/@v/list: 500 Internal Server Error",
        cmd="export GOPROXY=\"https://athens.azurefd.net\" && go get golang.org/x/tools/gopls@latest", also_ok=["goproxy.server_status", "goproxy.bad_status"],
        note="Go 1.13 asks the proxy for path prefixes like golang.org/x, and Athens answers 500 where it must say 404/410; Go 1.12 works; every Go 1.13 run fails until Athens is fixed"),
    gop("dominikh/go-tools#197", "connectivity", "connectivity.timeout", True, "service", "honnef.co",
        "package honnef.co/go/tools/cmd/staticcheck: unrecognized import path \"honnef.co/go/tools/cmd/staticcheck\" (https fetch: Get https://honnef.co/go/tools/cmd/staticcheck?go-get=1: dial tcp 104.154.119.211:443: i/o timeout)",
        cmd="go get -u honnef.co/go/tools/cmd/staticcheck", also_ok=["goproxy.fetch_failed"],
        note="the vanity host was down ('Blame Google. Working on resolving it'); 'Should be fixed for now' the next day"),
    gop("grokify/mogo#105", "build", "build.toolchain_missing", False, "build", None,
        "  level=error msg=\"Running error: context loading failed: failed to load packages: failed to load packages: failed to load with go/packages: err: exit status 1: stderr: go: downloading go1.22 (linux/amd64)\\ngo: download go1.22 for linux/amd64: toolchain not available\\n\"",
        cmd="golangci-lint run ./...", also_ok=["build.go_module_config"],
        note="golangci-lint wraps the go command's error; go.mod said `go 1.22`, a toolchain name that was never released (go1.22.0 is); fixed in go.mod"),
    gop("onosproject/gnxi-simulators#114", "connectivity", "connectivity.timeout", False, "local", "proxy.golang.org",
        "go get github.com/google/gnxi/gnoi_cert@6697a080bc2d3287d9614501a3298b3dcfea06df: github.com/google/gnxi/gnoi_cert@6697a080bc2d3287d9614501a3298b3dcfea06df: invalid version: Get \"https://proxy.golang.org/github.com/google/gnxi/gnoi_cert/@v/6697a080bc2d3287d9614501a3298b3dcfea06df.info\": dial tcp: i/o timeout\ngo get github.com/google/gnxi/gnoi_target@6697a080bc2d3287d9614501a3298b3dcfea06df: github.com/google/gnxi/gnoi_target@6697a080bc2d3287d9614501a3298b3dcfea06df: invalid version: Get \"https://proxy.golang.org/github.com/google/gnxi/gnoi_target/@v/6697a080bc2d3287d9614501a3298b3dcfea06df.info\": dial tcp: i/o timeout",
        t="legacy_run", run="go get github.com/google/gnxi/gnoi_cert@6697a080bc2d3287d9614501a3298b3dcfea06df", also_ok=["connectivity.proxy_misconfigured", "goproxy.fetch_failed", "dns.timeout"],
        note="'the machine I was trying with was having some proxy settings -- the same command worked on my laptop'"),
    gop("golang/go#36725", "goproxy", "goproxy.config_invalid", False, "local", "sum.golang.org",
        "verifying gitlab.com/example@v0.0.0-20200115220444-a0e0202016cf: gitlab.com/example@v0.0.0-20200115220444-a0e0202016cf: reading https://sum.golang.org/lookup/gitlab.com/luna@v0.0.0-20200115220444-a0e0202016cf: 410 Gone",
        cmd="go get ./...", also_ok=["goproxy.not_found"],
        note="a private GitLab module; GOPRIVATE was set to 'gitlab.com/example@develop' (a branch in the pattern), which matches nothing, so the public checksum DB is asked about a private module"),
    gop("dunglas/symfony-docker#427", "connectivity", "connectivity.eof", True, "service", "proxy.golang.org",
        "52.54 github.com/dunglas/mercure/caddy imports\n52.54   github.com/dunglas/mercure imports\n52.54   github.com/kevburnsjr/skipfilter imports\n52.54   github.com/RoaringBitmap/roaring/roaring64: github.com/RoaringBitmap/roaring@v1.3.0: read \"https:/proxy.golang.org/@v/v1.3.0.zip\": unexpected EOF\n53.28 2023/07/17 20:38:57 [FATAL] exit status 1\n------\nfailed to solve: process \"/bin/sh -c xcaddy build v2.6.4 \\t--with github.com/dunglas/mercure/caddy \\t--with github.com/dunglas/vulcain/caddy\" did not complete successfully: exit code: 1",
        t="raw", cmd="docker compose build --no-cache --pull", also_ok=["goproxy.fetch_failed"],
        note="xcaddy's go fetch of a module zip cut short; the maintainer: 'I think it's a issue with the golang.org server'"),
    gop("golang/go#27332", "connectivity", "connectivity.untrusted_certificate", False, "local", "k8s.io",
        "go: k8s.io/client-go@v8.0.0+incompatible: unrecognized import path \"k8s.io/client-go\" (https fetch: Get https://k8s.io/client-go?go-get=1: x509: certificate signed by unknown authority)\ngo: k8s.io/api@v0.0.0-20180824172530-dd5c735cbff9: unrecognized import path \"k8s.io/api\" (https fetch: Get https://k8s.io/api?go-get=1: x509: certificate signed by unknown authority)",
        cmd="GO111MODULE=on go mod download", also_ok=["goproxy.fetch_failed"],
        note="'It seems that your got an incorrect cert' (openssl on the machine could not even load k8s.io's): something on the reporter's network answers for the vanity host"),
]
