"""Dev-set entries, batch 111 (image builders failing during a build, a new pass over threads no earlier batch used:
BuildKit through docker buildx, buildctl, earthly, envd and Railway's nixpacks, the legacy builder and Docker Hub's
automated builds, kaniko under GitLab CI, Jenkins, camel-k and garden's Kubernetes builds, buildah, and builds emulated
under QEMU). The services' side: kaniko's base-image layer downloads reset by Docker Hub's Cloudflare CDN (2018, 2020)
and by a registry during a Jenkins pipeline (2022), GHCR answering 503 to a Railway nixpacks build during an incident
(2022) and refusing pushes with a flaky 403 (2021), Docker Hub answering 502 to an automated build's push (2015),
BuildKit's fixed 1 MiB ceiling on an imported cache config that turns registry cache imports into warnings (earthly in
2023, a shared buildkitd in 2026), envd's local cache import calling a containerd content service BuildKit does not
serve, Harbor refusing the OCI image index of an exported cache (404 at `error writing manifest blob`, envd and a
daemonless buildctl), containerd's pusher closing its pipe mid-push to GHCR until BuildKit 0.11.2, a Cloudflare Workers
registry refusing large layer uploads (413), a kaniko-based action whose pinned executor image can no longer talk TLS to
github.com, and Alpine's new apk triggers failing under QEMU user emulation for s390x. The runner's side: a buildx
client losing its BuildKit connection in a flaky Azure Pipelines job, a kaniko pod OOM-killed on GKE Autopilot, builders
and hosted runners out of disk while `exporting to image` or exporting a local cache (Azure Pipelines, GitHub Actions),
buildah committing into a full /var/tmp, QEMU segfaulting in emulated builds (go build and mix on Apple silicon,
libc-bin's trigger on a Linux host, a WSL machine's apt), host emulators registered outside the containers' reach, and
an in-cluster registry refusing kaniko's push check. About a third are the build's own mistakes that read like builder
or network faults: COPY sources that are not in the context or not produced by an earlier stage (`failed to compute
cache key`), Dockerfile parse errors (a missing line continuation, a Dockerfile without line feeds), Dockerfiles the
builder cannot find (a workflow without checkout, a v1 to v2 upgrade of build-push-action), `--load` of a multi-platform
build, per-architecture base images asked for the runner's own platform, and downloads that 404 because a build argument
is empty or lacks its `v` prefix. `err` is verbatim from the source (a GitHub thread found with the search tool's
`issues` corpus); where a thread quoted a log inside Markdown (code fences, blockquote markers, backticks) only that
markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own
words or is cut, the entry stops at the last whole log line. Elisions ('...') and masks ('xxxxxx', 'MY_FIRST_IP',
'<registry>') are the reporters' own, and so are the typos and wrapped lines of pasted logs. Hosts follow the README's
strict rule: a host is given only where a line of the log names it for the failing call (an IP literal counts); an
inferred, masked or placeholder one goes in host_alt, and build-itself entries carry none. Labels were set from the
threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"moby/buildkit#7126", "MatthewVance/unbound-docker#107", "NVIDIA/NeMo-Retriever#1082",
         "rocker-org/rocker-versioned2#813"}  # fmt: skip

B = Batch(PULLS)
conn = B.family("connectivity")
reg = B.family("registry")
bldr = B.family("builder")
loc = B.local()
own = B.build("build")
own_bldr = B.build("builder")

SEGV = "qemu: uncaught target signal 11 (Segmentation fault) - core dumped"
MISSING = "build.missing_file"
NODOCKERFILE = "build.dockerfile_missing"
PARSE = "build.dockerfile_parse"
TOO_LARGE = "builder.cache_import_too_large"

E = [
    # --- the services' side: registries, CDNs and the builders' own limits and bugs ------------------------------------
    conn("GoogleContainerTools/kaniko#301", "connectivity", "connectivity.reset", True, "service", "production.cloudflare.docker.com",
         "time=\"2018-08-22T08:56:03Z\" level=info msg=\"Taking snapshot of full filesystem...\"\ntime=\"2018-08-22T08:56:09Z\" level=error msg=\"Get https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/1a/1af690c440281a524947b15bb44fa4394eca3032c3c96f9a4efb03350dd7a1af/data?verify=...: read tcp 10.16.2.169:37268->104.18.125.25:443: read: connection reset by peer\"",
         raw_is_log=True, also_ok=["registry.pull_failed", "connectivity.cut_short"],
         note="22 August 2018: a kaniko build downloading a Docker Hub layer from its Cloudflare CDN gets the connection reset, 'failed once out of 100 or so CI builds'; the issue asks for better retries, and a 2020 comment reports the same resets 'filling up our CI pipelines' while curl to the CDN works from the same box"),
    conn("GoogleContainerTools/kaniko#1267", "connectivity", "connectivity.reset", True, "service", "104.18.121.25",
         "error building image: error building stage: failed to get filesystem from image: read tcp 10.128.0.69:49898->104.18.121.25:443: read: connection reset by peer",
         host_alt=["production.cloudflare.docker.com"], also_ok=["registry.pull_failed", "connectivity.cut_short"],
         note="14 May 2020, kaniko v0.22.0: unpacking the base image's layers from Docker Hub's CDN (104.18.x) is reset mid-download; the reporter reopens #301 asking for a workaround, the resets being intermittent on the CDN's side"),
    conn("GoogleContainerTools/kaniko#1717", "connectivity", "connectivity.reset", True, "service", None,
         "WARN[0037] Retrying operation after 1s due to read tcp MY_FIRST_IP:38536->MY_SECOND_IP:443: read: connection reset by peer\nWARN[0061] Retrying operation after 2s due to read tcp MY_FIRST_IP:38960->MY_SECOND_IP:443: read: connection reset by peer\nWARN[0089] Retrying operation after 4s due to read tcp MY_FIRST_IP:39254->185.118.120.199:443: read: connection reset by peer\nWARN[0123] Retrying operation after 8s due to read tcp MY_FIRST_IP:39662->MY_SECOND_IP:443: read: connection reset by peer\nWARN[0157] Retrying operation after 16s due to read tcp MY_FIRST_IP:40112->MY_SECOND_IP:443: read: connection reset by peer\nerror building image: error building stage: failed to get filesystem from image: read tcp MY_FIRST_IP:40540->MY_SECOND_IP:443: read: connection reset by peer\n[Pipeline] }\n[Pipeline] // withEnv\n[Pipeline] }\n[Pipeline] // withCredentials\n[Pipeline] }\n[Pipeline] // container\n[Pipeline] }\n[Pipeline] // stage\n[Pipeline] }\n[Pipeline] // node\n[Pipeline] }\n[Pipeline] // podTemplate\n[Pipeline] End of Pipeline\nERROR: script returned exit code 1",
         raw_is_log=True, host_alt=["185.118.120.199"], also_ok=["connectivity.cut_short", "registry.pull_failed"],
         note="January 2022, kaniko in a Jenkins Kubernetes pod: every retry of the base image's layer download is reset until kaniko gives up at 'failed to get filesystem from image'; the issue is labelled work-around-available (retrying the extraction, which downstream projects such as nuclio and mlrun then added); the far address is masked except once"),
    reg("railwayapp/nixpacks#695", "registry", "registry.server_error", True, "service", "ghcr.io",
        "#3 ERROR: unexpected status code [manifests debian-1669098887]: 503 Service Unavailable\n-----\n> [internal] load metadata for ghcr.io/railwayapp/nixpacks:debian-1669098887:\n-----\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: unexpected status code [manifests debian-1669098887]: 503 Service Unavailable\n\nError: Docker build failed",
        also_ok=["registry.pull_failed", "github.outage"],
        note="25 November 2022, Nixpacks v0.15.0 deploys: resolving the nixpacks base image's manifest on ghcr.io answers 503; the only reply links the platform's status-page incident for that day, and the issue was closed with it"),
    bldr("moby/buildkit#3719", "builder", TOO_LARGE, False, "service", None,
         "WARN: The command 'importing cache manifest from registry.gitlab.com/hydrana/hydrana:master-cache' failed: blob sha256:cc49eb7db3b633c52299b27df866d11ed8ebe9415b96a3ef77c377db20905646 is too large (1582515 > 1048576)",
         fatal=False, host_alt=["registry.gitlab.com"], also_ok=["gha_cache.too_large", "gha_cache.cache_import_missing"],
         note="15 March 2023, an earthly build importing its registry cache from GitLab's registry: BuildKit refuses any imported blob over a hard-coded 1 MiB, so the cache import is skipped with a warning; tonistiigi: the limit only makes sense for manifests and should be raised (4 MB manifest, ~12 MB cache config), not something a re-run changes"),
    bldr("moby/buildkit#7126", "builder", TOO_LARGE, False, "service", None,
         "importing cache manifest from <registry>/<repo>:buildcache\nERROR: blob sha256:... is too large (1618088 > 1048576)",
         fatal=False, also_ok=["gha_cache.too_large", "gha_cache.cache_import_missing"],
         note="September 2026 PR: on a shared buildkitd v0.30.0 a mode=max export of a large multi-stage build produces a 1.6 MB cache config, and 'from then on every import fails' and 'the build silently loses its registry cache (the export succeeds, the import never does)'; the PR splits the read limits (4 MiB manifest, 16 MiB cache config)"),
    bldr("tensorchord/envd#1391", "builder", "builder.cache_backend_unsupported", False, "service", None,
         "#1 importing cache manifest from local:3922330002904198043\n#1 ERROR: Unimplemented: unknown service containerd.services.content.v1.Content: unknown",
         fatal=False, also_ok=["builder.internal_error", "gha_cache.cache_import_missing"],
         note="January 2023, envd built from main with --import-cache type=local: the import of a cache it had just exported with --export-cache type=local calls a containerd content service the buildkitd behind envd does not serve; an envd bug report, left open, that no re-run or cache content changes"),
    reg("tensorchord/envd#1394", "registry", "registry.oci_index_unsupported", False, "service", None,
        "error: failed to build the image: failed to build: failed to wait error group: failed to solve LLB: failed to solve: error writing manifest blob: failed commit on ref\n \"sha256:d4e17936140bb514d235f9115329aa489bed7ae5d418e768f78eb1b70198fb2f\": unexpected status: 404 Not Found",
        also_ok=["builder.cache_export_unsupported", "registry.manifest_invalid"],
        note="10 January 2023: envd's remote cache export to a Harbor registry ends with the registry answering 404 to the cache's manifest (an OCI image index); the maintainer files it as 'Remote cache does not work with harbor', a feature gap, not a transient failure"),
    reg("moby/buildkit#5487", "registry", "registry.oci_index_unsupported", False, "service", None,
        "error: failed to solve: error writing manifest blob: failed commit on ref \"sha256:95b867b70d8eb9e899462cfb7771c2311055f00e952cf3e6ed4d56d10abd521f\": unexpected status from PUT request to xxxxxx/v2/zainfo/go-service-001/manifests/test: 404 Not Found\n15791 v0.16.0 buildkitd --addr=unix:///run/buildkit/buildkitd.sock\ngithub.com/moby/buildkit/cache/remotecache.(*contentCacheExporter).Finalize\n\t/src/cache/remotecache/export.go:250",
        cmd="sudo buildctl-daemonless.sh --timeout=3000 --debug build --frontend=dockerfile.v0 --local context=. --local dockerfile=.   --export-cache type=registry,ref=xxxx/zainfo/go-service-001:test     --output type=image,name=xxx/zainfo/go-service-001:test,push=true --import-cache type=registry,ref=xxxxxxx/zainfo/go-service-001:test", host_alt=["xxxxxx"],
        also_ok=["builder.cache_export_unsupported", "registry.manifest_invalid"],
        note="November 2024, buildctl-daemonless with buildkitd v0.16.0 and --export-cache type=registry: the layers upload and the registry (masked) refuses the PUT of the cache's index manifest with 404, the same refusal Harbor gives cache indexes elsewhere; the image push itself is not the problem and repeating the build hits it again"),
    bldr("containerd/containerd#7972", "builder", "builder.buildkit_bug", False, "service", "ghcr.io",
         "#22 ERROR: failed to push ghcr.io/atlanhq/atlas-master:latest: failed to copy: io: read/write on closed pipe\n------\n > exporting to image:\n------\nERROR: failed to solve: failed to push ghcr.io/atlanhq/atlas-master:latest: failed to copy: io: read/write on closed pipe\nError: buildx failed with: ERROR: failed to solve: failed to push ghcr.io/atlanhq/atlas-metastore-master:latest: failed to copy: io: read/write on closed pipe",
         raw_is_log=True, also_ok=["registry.upload_lost", "builder.buildkit_regression"],
         note="24 January 2023, build-push-action pushing a large image to GHCR: 'Tried retying the job but still we get the same'; jedevc: the cause is client-side in containerd's pusher (#7985), 'no registry-side changes on GHCR will be necessary', and the fix shipped in BuildKit v0.11.2 / Buildx v0.10.1"),
    reg("cloudflare/serverless-registry#112", "registry", "registry.body_too_large", False, "service", None,
        "Error: writing blob: uploading layer chunked: StatusCode: 413, \"error code: 500\"",
        host_alt=["hub.xxx.com"], also_ok=["registry.server_error", "registry.request_rejected"],
        note="October 2025: pushing a 359 MB image to a self-deployed serverless-registry (a Cloudflare Worker) fails on a layer upload with 413 wrapping the Worker's 'error code: 500'; the Worker's request-size ceiling refuses the layer on every attempt (the registry host is masked in the report)"),
    conn("aevea/action-kaniko#62", "connectivity", "connectivity.tls_failed", False, "service", "github.com",
         "Connecting to github.com (140.82.121.4:443)\nwget: note: TLS certificate validation not implemented\nwget: TLS error from peer (alert code 80): 80\nwget: error getting response: Connection reset by peer",
         cmd="wget -O /kaniko/jq     https://github.com/stedolan/jq/releases/download/jq-1.6/jq-linux64",
         also_ok=["build.tool_outdated", "build.tls_protocol_outdated", "build.ca_certificates_missing"],
         note="5 January 2024: 'This action has stopped working because in the Dockerfile, an outdated executor is being used'; the action's image build, FROM kaniko's v1.9.1-debug executor, cannot fetch jq from github.com any more (the reporter's reproduction shown); v1.16.0 works and the maintainer's v0.11.0 upgraded every dependency"),
    bldr("apache/arrow-nanoarrow#831", "builder", "builder.emulation_crash", False, "service", None,
         "#10 58.35 * execve: No such file or directory\n#10 58.35 ERROR: lib/apk/exec/busybox-1.37.0-r29.trigger: exited with error 127\n#10 58.35 Executing glib-2.86.3-r0.trigger\n#10 58.36 * execve: No such file or directory\n#10 58.36 ERROR: lib/apk/exec/glib-2.86.3-r0.trigger: exited with error 127",
         also_ok=["builder.emulation_setup", "builder.exec_format"],
         note="December 2025, the s390x test image (Alpine) built under QEMU in the verification workflow: apk's trigger scripts cannot be executed in emulation and the RUN fails with 'exit code: 6'; the maintainer traces it to 'a qemu/alpine interaction that is recent and has a fix in the works' in Alpine's aports, nothing in the project to change"),
    reg("numenta/nupic-legacy#2350", "registry", "registry.server_error", True, "service", None,
        "Error pushing to registry: Server error: 502 trying head request for numenta/nupic - sha256:b5fee3b077924662569a2196169132eb6d67aae161b79e94c7faad1bb7e33dfb",
        t="push", image="numenta/nupic:latest", host_alt=["registry-1.docker.io", "index.docker.io"], also_ok=["registry.bad_response", "registry.no_response"],
        note="July 2015, NuPIC's Docker Hub automated build shown as 'Build Error' with no error in its output until the push line: the registry answered 502 to a HEAD for a layer; 'Looks like the previous error was a fluke. Restarting the job worked.'"),
    B.entry("credentials", "oxidecomputer/omicron#86", "credentials", "credentials.ghcr_write_denied", True, "service", None,
            "#19 exporting to image\n#19 sha256:e8c613e07b0b7ff33893b694f7759a10d42e180f2b4dc349fb57dc6b71dcab00\n#19 exporting layers 1.7s done\n#19 exporting manifest sha256:268c1a40093b019941fe12b6e222ced6d882f4dc3e89ea9e17e4a6d2bc154c90 done\n#19 exporting config sha256:85dc4d0253b0bae7cf5d43ced4f0584936dfd5a35b2b476e1ebe316f744462a3 done\n#19 pushing layers\n#19 pushing layers 0.5s done\n#19 ERROR: unexpected status: 403 Forbidden\n------\n > exporting to image:\n------\nerror: failed to solve: rpc error: code = Unknown desc = unexpected status: 403 Forbidden\nError: buildx call failed with: error: failed to solve: rpc error: code = Unknown desc = unexpected status: 403 Forbidden",
            raw_is_log=True, host_alt=["ghcr.io"], also_ok=["credentials.push_denied", "registry.server_error", "credentials.token_failed"],
            note="12 May 2021, the docker-image workflow pushing to GHCR: the push is refused with 403 on 3 of 5 Dependabot PRs re-run, 2 passing ('This sometimes succeeds on rerun'); jessfraz: 'this appears to be flakiness on the GitHub side and that they're working on it', so no credentials change"),
    # --- the runner's side: memory, disk, emulators and the operator's own network -----------------------------------
    loc("garden-io/garden#3469", "local.out_of_memory", False,
        "[2023-01-04T13:11:32.954Z] Error: Pod container was OOMKilled.\n    at PodRunner.awaitRunningPod (/snapshot/project/tmp/pkg/cli/node_modules/@garden-io/core/src/plugins/kubernetes/run.ts:874:15)\n    at PodRunner.runAndWait (/snapshot/project/tmp/pkg/cli/node_modules/@garden-io/core/src/plugins/kubernetes/run.ts:823:24)\n    at runKaniko (/snapshot/project/tmp/pkg/cli/node_modules/@garden-io/core/src/plugins/kubernetes/container/build/kaniko.ts:445:18)\n    at kanikoBuild (/snapshot/project/tmp/pkg/cli/node_modules/@garden-io/core/src/plugins/kubernetes/container/build/kaniko.ts:161:20)\n    at /snapshot/project/tmp/pkg/cli/node_modules/@garden-io/core/src/actions.ts:1303:24\n    at ActionRouter.build (/snapshot/project/tmp/pkg/cli/node_modules/@garden-io/core/src/actions.ts:415:16)\n    at wrapped.process (/snapshot/project/tmp/pkg/cli/node_modules/@garden-io/core/src/tasks/build.ts:149:16)\n    at TaskNode.process (/snapshot/project/tmp/pkg/cli/node_modules/@garden-io/core/src/task-graph.ts:801:20)\n    at wrapped.processNode (/snapshot/project/tmp/pkg/cli/node_modules/@garden-io/core/src/task-graph.ts:436:18)\n\nError Details:\n\nlogs: ''\nexitCode: 137",
        also_ok=["local.pod_evicted_disk", "local.resource_quota_exceeded"],
        note="4 January 2023, garden's in-cluster kaniko builds on GKE Autopilot: the 'sudden termination during a build' is the kaniko pod's container OOM-killed (exit 137) under the small resources Autopilot grants it; the build pod needs larger memory requests, a re-run dies the same way"),
    loc("envoyproxy/envoy#20619", "local.disk_full", False,
        "#33 ERROR: failed to create temp dir: mkdir /tmp/containerd-mount2182378471: no space left on device\n------\n > exporting to image:\n------\nerror: failed to solve: failed to create temp dir: mkdir /tmp/containerd-mount2182378471: no space left on device",
        tail=["The push refers to repository [docker.io/envoyproxy/envoy-contrib-debug-dev]", "An image does not exist locally with the tag: envoyproxy/envoy-contrib-debug-dev"],
        also_ok=["local.disk_low"],
        note="31 March 2022, Envoy's linux multiarch CI target on Azure Pipelines: several runs fail at 'exporting to image' because the agent's disk is full once all architectures are built; the CI issue tracks freeing space on those agents"),
    loc("rocker-org/rocker-versioned2#813", "local.disk_full", False,
        "#60 exporting to image\n#60 exporting layers\n#60 exporting layers 93.4s done\n#60 ERROR: mount callback failed on /tmp/containerd-mount3300003192: mount callback failed on /tmp/containerd-mount2529497484: failed to write compressed diff: failed to create diff tar stream: failed to copy: write /var/lib/buildkit/runc-overlayfs/content/ingest/693b8df03444e992ae900c05824dc3edea63723ab0d15dec82a99a5f9071aeb4/data: no space left on device",
        also_ok=["local.disk_low"],
        note="10 May 2024, 'ci: need more space for this workflow': a large R image build runs the GitHub-hosted runner's disk out while BuildKit writes the compressed layer diffs; the PR frees disk space in the workflow first and the next run passes"),
    loc("oxidecomputer/cio#133", "local.disk_full", False,
        "WARNING: local cache import at /tmp/.buildx-cache not found due to err: could not read /tmp/.buildx-cache/index.json: open /tmp/.buildx-cache/index.json: no such file or directory\nerror: failed to solve: error writing layer blob: failed to copy: failed to send write: write /tmp/.buildx-cache/ingest/329fb5a686d86abb1d433305b851144eeece294c8ddd20f17be04691017128b1/data: no space left on device: unknown\nError: buildx failed with: error: failed to solve: error writing layer blob: failed to copy: failed to send write: write /tmp/.buildx-cache/ingest/329fb5a686d86abb1d433305b851144eeece294c8ddd20f17be04691017128b1/data: no space left on device: unknown",
        raw_is_log=True, also_ok=["local.disk_low", "gha_cache.export_failed"],
        note="May 2022: 'docker-image-webhooky frequently runs out of disk space' on the hosted runner while buildx writes its type=local cache to /tmp/.buildx-cache (no cache existed to import); the issue is to find what consumes the space, not a flake"),
    loc("PolyJIT/benchbuild#519", "local.disk_full", False,
        "error committing container \"debian-working-container\" to \"\": error copying layers and metadata for container \"e6f6731588d816f51ffd6c752a903074b75a2c9c35e27305013f6a756825e1d7\": Error initializing source containers-storage:debian-wor\nking-container: error storing layer \"b85af40f2294f58d92e5b319b2bafd3c7198954ba8da06342e7fd2d2f0ffc3c4\" to file: write /var/tmp/buildah307038400/layer: no space left on device\nERRO exit status 125",
        cmd="buildah commit $image", also_ok=["local.disk_low"],
        note="November 2022: benchbuild's containerised experiments commit their buildah containers into /var/tmp, and with the drive full the commit fails (the quoted output is the reporter's manual `buildah commit`; benchbuild itself printed nothing, which is the issue); space must be freed first"),
    bldr("docker/for-mac#5123", "builder", "builder.emulation_crash", False, "local", None,
         "#26 42.82 # github.com/zclconf/go-cty/cty/function/stdlib\n#26 42.82 " + SEGV + "\n#26 56.18 # google.golang.org/grpc/health/grpc_health_v1\n#26 56.18 SIGSEGV: segmentation violation\n#26 56.18 PC=0x40276809ed m=8 sigcode=0",
         cmd="docker buildx build --platform linux/amd64 .", also_ok=["builder.emulation_setup"],
         note="21 February 2021, Apple silicon: building a Terraform provider with `docker buildx build --platform linux/amd64` runs the Go compiler under Docker Desktop's QEMU, which segfaults; a long-standing emulation bug of that machine's setup (native arm64 images are Docker's advice), not the provider's code"),
    bldr("docker/for-mac#6204", "builder", "builder.emulation_crash", False, "local", None,
         "[build 2/9] RUN mix local.hex --force &&   mix local.rebar --force:\n8 5.194 * creating /root/.mix/archives/hex-1.0.1\n8 8.533 " + SEGV + "\n8 8.545 Segmentation fault",
         cmd="docker buildx build --platform linux/amd64 -t <image path> .", also_ok=["builder.emulation_setup"],
         note="26 February 2022, Docker Desktop 4.5.0 on an M1: 'Can not build linux/amd64', the Elixir image's mix step segfaults under QEMU on every attempt ('reported going back to 2020 and has yet to be resolved'); the emulator on that machine, not the Dockerfile"),
    bldr("daq-tools/kotori#73", "builder", "builder.emulation_crash", False, "local", None,
         "Processing triggers for libc-bin (2.31-13+deb11u2) ...\n" + SEGV + "\nSegmentation fault\n" + SEGV + "\nSegmentation fault\ndpkg: error processing package libc-bin (--configure):\n installed libc-bin package post-installation script subprocess returned error exit status 139",
         t="legacy_run", run="apt-get install --yes --no-install-recommends     inetutils-ping nano git     build-essential pkg-config libffi-dev     ruby ruby-dev",
         also_ok=["builder.emulation_setup"],
         note="21 November 2021, the packaging machinery building its Debian bullseye arm64v8 baseline image on an amd64 Linux host: libc-bin's ldconfig trigger segfaults under the host's QEMU on every run (the arm32 images build fine); the emulator's known crash, which the maintainer could not explain from the project's side"),
    bldr("wofferl/proxmox-backup-arm64#57", "builder", "builder.emulation_crash", False, "local", None,
         "process \"/bin/sh -c apt update && apt-get install -y --no-install-recommends \\tbuild-essential curl ca-certificates sudo git lintian \\tpkg-config libudev-dev libssl-dev libapt-pkg-dev libclang-dev \\tlibpam0g-dev\" did not complete successfully: exit code: 139",
         cmd="docker buildx build -o packages --platform linux/arm64 .", also_ok=["local.runner_image_broken", "builder.emulation_setup"],
         note="April 2025, an arm64 build on a Windows machine: apt crashes (139) within seconds, the maintainer asking whether the system can run arm64 containers at all; after the reporter uninstalled a Debian WSL image and rebooted, that error was gone, so the machine's emulation setup, not the Dockerfile"),
    bldr("nitrictech/nitric#582", "builder", "builder.emulation_crash", True, "local", None,
         SEGV,
         cmd="nitric up", also_ok=["builder.emulation_setup"],
         note="15 February 2024: image builds by `nitric up` or `nitric run` 'intermittently fail' with this QEMU segfault, tied to the QEMU shipped with that Docker Desktop release; a re-run may pass, and enabling Rosetta in Docker Desktop is the quick fix"),
    bldr("docker/buildx#464", "builder", "builder.emulation_setup", False, "local", None,
         "failed running [/dev/.buildkit_qemu_emulator /bin/sh -c which ls]: exit code: 127",
         cmd="docker buildx build -t test --platform=linux/arm64 .", also_ok=["builder.emulation_missing", "builder.exec_format"],
         note="December 2020: tonistiigi reads the binfmt output, 'your host is configured with emulator support outside of tonistiigi/binfmt image and it isn't working correctly' (arm64 'already registered' yet not supported), the host package's emulators unreachable from containers; uninstalling it and installing tonistiigi/binfmt is the fix"),
    bldr("envoyproxy/envoy#35494", "builder", "builder.connection_lost", True, "local", None,
         "#11 [linux/arm64 binary 3/3] ADD linux/arm64/release.tar.zst /usr/local/bin/\n#11 ...\n\n#12 [linux/amd64 binary 3/3] ADD linux/amd64/release.tar.zst /usr/local/bin/\nERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF",
         also_ok=["builder.session_timeout", "builder.crashed", "local.docker_daemon_crashed"],
         note="30 July 2024, Envoy's Azure Pipelines job building the multi-arch release image: the buildx client loses its BuildKit connection while the binaries are added; filed under 'ci flaky' (area/test flakes) and closed as stale with no change made to the build"),
    conn("apache/camel-k#1282", "connectivity", "connectivity.refused", False, "local", "10.35.110.195",
         "error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for \"10.35.110.195:5000/service-integration/camel-k-kit-bp62q43fet3g2cld1sgg:44220091\": creating push check transport for 10.35.110.195:5000 failed: Get http://10.35.110.195:5000/v2/: dial tcp 10.35.110.195:5000: connect: connection refused",
         also_ok=["connectivity.registry_unreachable", "connectivity.proxy_refused"],
         note="February 2020, camel-k installed with --registry-insecure --registry 10.35.110.195:5000 and an HTTP proxy secret: kaniko in the builder pod cannot reach the operator's own registry for its push check, refused at connect; the issue went stale with no service-side cause, the cluster's route to that registry being the operator's to fix"),
    # --- the build's own: COPY sources, Dockerfiles, platforms and build arguments ---------------------------------------
    own("edusense/edusense#42", MISSING,
        "=> ERROR [stage-1 5/9] COPY --from=builder /app/build/ex  0.0s\n------\n > [stage-1 5/9] COPY --from=builder /app/build/examples/edusense/edusense.bin /app:\nfailed to compute cache key: \"/app/build/examples/edusense/edusense.bin\" not found: not found",
        also_ok=["build.artifact_missing"],
        note="February 2023: the final stage copies the binary the builder stage was to produce, and it is not there (that stage's build left no edusense.bin at that path); the COPY fails the same way on every run until the builder stage's output or the path is fixed"),
    own("owtf/owtf#1296", MISSING,
        "------\n > [owtf-frontend builder 3/6] COPY ./owtf/webapp/package.json ./owtf/webapp/yarn.lock ./:\n------\nfailed to solve: failed to compute cache key: failed to calculate checksum of ref qxnd1jylzpwcb9uulofvnvzht::2890lu5yut7f6q4km32iicefd: \"/owtf/webapp/package.json\": not found\nmake: *** [compose-safe] Error 17",
        cmd="make compose-safe", raw_is_log=True,
        note="April 2025, `make compose-safe`: the frontend Dockerfile copies ./owtf/webapp/package.json, which is not in the build context the compose file gives it; a maintainer fixed the repository ('should be fixed now!')"),
    own("DEENUU1/property-aggregator#2", MISSING,
        "------\n > [web 7/7] COPY config /app/:\n------\nfailed to solve: failed to compute cache key: failed to calculate checksum of ref f623ee27-bbda-4182-bd0c-c189adf03ff1::5pn9sm97lepgqts1a10reksj1: \"/config\": not found",
        cmd="docker compose build",
        note="July 2024, building the compose file's images: the web image copies a config directory that does not exist in the checkout (the maintainer points to issue #1, where the missing configuration is explained); nothing transient about it"),
    own("ByConity/byconity-docker#10", MISSING,
        "ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref moby::6vgzhzvejcyj2ff4885znsi5j: \"/foundationdb-clients_7.1.27-1_amd64.deb\": not found\nERROR: Service 'builder' failed to build : Build failed",
        cmd="docker-compose up", raw_is_log=True,
        note="April 2023, `docker-compose up` from a fresh clone: the builder image copies a FoundationDB client .deb that has to be downloaded into the context first (the same user's first error was a missing build path); the context is incomplete, not the builder"),
    own("actions/runner#3335", PARSE,
        "Error: buildx failed with: ERROR: failed to solve: dockerfile parse error on line 1: FROM requires either one or three arguments",
        head=["Run docker/build-push-action@v5", "#1 [internal] load build definition from dockerfile", "#1 transferring dockerfile: 451B done", "#1 DONE 0.0s", "dockerfile:1"],
        raw_is_log=True, also_ok=["build.shell_syntax"],
        note="June 2024, build-push-action pushing to an Aliyun registry: BuildKit prints the whole Dockerfile as its line 1 (FROM, WORKDIR, COPY, RUN and the second FROM all on one 'line'), i.e. the file has no line feeds the parser recognises, so FROM gets too many arguments; the file's line endings must be fixed"),
    own("MatthewVance/unbound-docker#107", PARSE,
        "dockerfile parse error line 48: unknown instruction: UNBOUND_SHA256=2E32F28382    0C24C51CA1DD8AFECFDB747C7385A137ABE865C99DB4B257403581",
        note="14 August 2022, the PR: 'Missing a \\ in on a line causing the building of the container to fail' in 1.16.2/Dockerfile; the maintainer: 'Indeed line 47 is missing a back slash', fixed by the PR"),
    own("whoan/docker-build-with-cache-action#9", NODOCKERFILE,
        "unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /github/workspace/Dockerfile: no such file or directory",
        also_ok=["build.missing_file"],
        note="January 2020, PX4's containers repo trying the action: the Dockerfile is not where the action looks (the maintainer: with `context` set, `dockerfile` takes only the file name, and paths inside the Dockerfile are relative to the context); the reporter's fix was his own configuration ('thanks so much'), another user's was checking out first"),
    own("docker/build-push-action#306", NODOCKERFILE,
        "#2 [internal] load .dockerignore\n#2 sha256:deaafd3c664fd3623a7b0c9655d8085709eb18ddcfb75210988c356e8089bf95\n#2 transferring context: 2B done\n#2 DONE 0.0s\nerror: failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to read dockerfile: open /tmp/buildkit-mount710637985/Dockerfile: no such file or directory\nError: buildx call failed with: error: failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to read dockerfile: open /tmp/buildkit-mount710637985/Dockerfile: no such file or directory",
        head=["Run docker/build-push-action@v2"], raw_is_log=True, also_ok=["build.missing_file"],
        note="February 2021, Mudlet's package repository moving from build-push-action v1 to v2: v2 takes the build context and Dockerfile path differently (a Git context unless `context` is set, `file` relative to it), so the builder finds no Dockerfile; a workflow change, 'Obtuse error trying to upgrade v1 to v2'"),
    own_bldr("NVIDIA/NeMo-Retriever#1082", "builder.manifest_list_load",
             "ERROR: failed to build: docker exporter does not currently support exporting manifest lists",
             component="builder", also_ok=["builder.multiplatform_unsupported", "builder.exporter_unsupported"],
             note="October 2025, the PR: using `--load` (added in #1081) on the multi-platform image build 'results in an error'; '--load is for single platforms. --push should be used on multi-platform', and the PR pushes directly from the buildx step"),
    own("uraimo/run-on-arch-action#150", "build.wrong_arch_image",
        "ERROR: failed to solve: arm32v7/node:18-bookworm: failed to resolve source metadata for docker.io/arm32v7/node:18-bookworm: no match for platform in manifest: not found",
        also_ok=["registry.manifest_invalid", "build.tag_not_found"],
        note="July 2024, zwave-js-ui's armv7 build with run-on-arch-action: the per-architecture arm32v7/node tag exists, but the build on the amd64 runner asks it for the runner's own platform and it offers only arm/v7 ('the arch (platform) doesn't match the target'); the maintainer also notes the workflow had just changed its Debian release; naming the platform fixes it"),
    own("docker-library/python#987", "build.wrong_arch_image",
        "failed to solve: arm64v8/python:3.11.10-slim-bookworm: failed to resolve source metadata for docker.io/arm64v8/python:3.11.10-slim-bookworm: no match for platform in manifest: not found",
        also_ok=["registry.manifest_invalid", "build.tag_not_found"],
        note="23 October 2024: `FROM arm64v8/python:3.11.10-slim-bookworm` on a non-arm64 builder; closed as a duplicate of #933, whose answer is that these per-architecture repositories only carry their own platform, so the build must ask for it (FROM --platform=linux/arm64 or the multi-arch python image)"),
    own("MISP/misp-docker#10", "build.download_not_found",
        "Step 9/53 : ADD https://raw.githubusercontent.com/MISP/MISP/${CORE_COMMIT:-${CORE_TAG}}/app/composer.json /tmp\nERROR: Service 'misp-core' failed to build: ADD failed: failed to GET https://raw.githubusercontent.com/MISP/MISP//app/composer.json with status 404 Not Found: 404: Not Found",
        raw_is_log=True, host_alt=["raw.githubusercontent.com"], also_ok=["build.ref_not_found"],
        note="5 January 2024: the maintainer, 'You did not follow the README and did not create the .env file', so CORE_COMMIT and CORE_TAG are empty and the ADD asks GitHub for '/MISP/MISP//app/composer.json'; with the .env in place the build proceeds"),
    own("cachethq/Docker#407", "build.download_not_found",
        "--2021-03-28 09:57:17--  https://codeload.github.com/CachetHQ/Cachet/tar.gz/2.3.18\nResolving codeload.github.com... 54.79.46.55\nConnecting to codeload.github.com|54.79.46.55|:443... connected.\nHTTP request sent, awaiting response... 404 Not Found\n2021-03-28 09:57:18 ERROR 404: Not Found.\n\nERROR: Service 'cachet' failed to build: The command '/bin/sh -c wget ${archive_url} &&     tar xzf ${cachet_ver}.tar.gz --strip-components=1 &&     chown -R www-data:root /var/www/html &&     rm -r ${cachet_ver}.tar.gz &&     php /bin/composer.phar global require \"hirak/prestissimo:^0.3\" &&     php /bin/composer.phar install -o &&     rm -rf bootstrap/cache/*' returned a non-zero code: 8",
        raw_is_log=True, host_alt=["codeload.github.com"], also_ok=["build.tag_not_found", "build.ref_not_found"],
        note="28 March 2021, docker-compose building Cachet 2.3.18: the archive URL built from cachet_ver=2.3.18 redirects to a codeload path that does not exist; a commenter's fix is the build argument with the tag's v prefix (cachet_ver=v2.3.18)"),
]
