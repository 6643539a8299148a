"""Dev-set entries, batch 105 (BuildKit, buildx, dagger and earthly failing to fetch what a build needs before its first
RUN: the `load metadata for` / `failed to resolve source metadata` / `resolve image config` step of a FROM line, a
`COPY --from=` image or a `# syntax=` frontend, and the legacy builder's and action builds' `Step 1/N : FROM` pulls
beside them; a pass over threads no earlier batch used. The services' side: a token request to auth.docker.io cut
off (EOF) under dagger, Docker Hub's 500s of February 2025 and 503s of October 2019, the per-IP pull limit during a
release fan-out and in a busy Jenkins CI, GHCR's token endpoint timing out during two GitHub Packages incidents
(March and April 2023), quay.io answering 500 to an Azure Pipelines build, gcr.io answering 400 for an old
google_containers manifest, Travis' default mirror.gcr.io answering `not found` for the dockerfile frontend it does not
cache, and an earthly release whose WITH DOCKER --load regressed into a Docker Hub lookup. The network's and runner's
side: Docker Hub's token host reset or timing out from China once a domestic mirror stopped serving, gcr.io refused
or unavailable from China, a Kubernetes runner's cluster DNS answering `server misbehaving` for ghcr.io, a Windows
machine whose TLS path is not trusted, a CI's registry mirror answering HTML, credential helpers missing or without a
secrets service, and a Windows-only base image asked of Docker Desktop in Linux-containers mode. The rest, the build's
own mistakes that read like registry failures: tags never published (`php:1.8.4`, a riscv64 `latest`, a generator
template's `dotnet/core/sdk:8.0-buster`), a misspelt Docker Hub namespace, stage names and image IDs BuildKit looks up
as Docker Hub repositories, a base image the CI never built, uppercase stage and registry names, and base images that
carry no entry for the platform asked (armv7 uv, arm32v7 python, ppc64le ubuntu). `err` is verbatim from the source
(a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (code
fences, blockquote markers, a link GitHub wrapped around a URL, quotation marks around a one-line quote) only that
markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own
words or is cut, the entry stops at the last whole log line. Elisions and masks are the reporters' own. Hosts follow
the README's strict rule: a host is given only where a line of the log names it for the failing call (an image
reference's registry is not enough for a build-itself entry, whose failing call is no service's fault); an inferred,
masked or placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of these
logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"HeyWillow/willow-application-server#106", "kinsi55/docker_SRCDockS#5", "TeslaGov/ngx-http-auth-jwt-module#84",
         "KBVE/kbve#13990"}  # fmt: skip

B = Batch(PULLS)
reg = B.family("registry")
conn = B.family("connectivity")
bld = B.build("registry")
loc = B.local()

HUB = ["docker.io", "registry-1.docker.io"]
BPA = ["Run docker/build-push-action@v6", "  with:", "    push: true"]
NO_TAG = "build.tag_not_found"
NO_REPO = "build.repository_missing"
PLATFORM = "build.wrong_arch_image"
BAD_REF = "build.invalid_reference"
PULL_LIMIT = "registry.dockerhub_pull_limit"

E = [
    # --- Docker Hub: token host, 5xx and pull limits ----------------------------------------------------------------
    reg("airbytehq/airbyte#27329", "connectivity", "connectivity.eof", True, "service", "auth.docker.io",
        'failed to authorize: failed to fetch oauth token: Post "https://auth.docker.io/token": EOF',
        cmd="airbyte-ci connectors build", also_ok=["credentials.token_failed", "registry.server_error"],
        note="dagger (BuildKit) connector builds: the error 'transiently appears on nightly build for a couple of connectors'; the maintainer: 'this could be due to an auth.docker.io outage'; other nights pass unchanged"),
    reg("docker-library/golang#548", "registry", "registry.server_error", True, "service", "registry-1.docker.io",
        "failed to solve: golang:1.23.6-alpine3.20: failed to resolve source metadata for docker.io/library/golang:1.23.6-alpine3.20: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/golang/blobs/sha256:d9452640ca3fae310f357582059dbe38e87355feb9a1200389b67957a6d71a7f: 500 Internal Server Error",
        cmd="make compose", also_ok=["registry.outage"],
        note="6 February 2025: the base image's config blob answered 500 during Docker Hub's incident; the same reporter's copy of this issue (alpinelinux/docker-alpine#439) was closed the next day as 'a temporary issue' with Docker's status incident linked"),
    reg("nodejs/docker-node#1131", "registry", "registry.server_error", True, "service", None,
        "FROM node:10.16.3\nreceived unexpected HTTP status: 503 Service Unavailable",
        cmd="docker build .", host_alt=HUB, also_ok=["registry.outage"],
        note="15 October 2019, several tags alike: a maintainer, 'That sounds like an issue with Docker not this image', and the reporter links the Docker Hub outage reports of that day; the legacy builder's FROM pull (blockquote markers dropped)"),
    reg("php/frankenphp#1386", "registry", PULL_LIMIT, True, "service", None,
        "Too Many Requests - Server message: toomanyrequests:\nYou have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
        host_alt=HUB, also_ok=["registry.rate_limited"],
        note="the project's automated image builds for the 1.4.4 tag: dunglas, 'It's common when tagging a release, and it has been \"resolved\" now', the release's many parallel builds over the anonymous limit; a later run passes (blockquote markers dropped)"),
    reg("intel/pmem-csi#1036", "registry", PULL_LIMIT, True, "service", None,
        "19:28:33 Step 1/48 : ARG LINUX_BASE=debian:buster-slim\n19:28:33 Step 2/48 : FROM ${LINUX_BASE} AS build\n19:28:33 toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n19:28:35 Makefile:98: recipe for target 'build-image' failed\n19:28:35 make[1]: *** [build-image] Error 1",
        cmd="make build-images", host_alt=HUB, also_ok=["registry.rate_limited"],
        note="Kata Containers' Jenkins CI rebuilds the PMEM-CSI images and its anonymous pulls of debian:buster-slim hit Docker Hub's limit; pohly: 'We don't have a solution for this at this time. If you need to pull the image frequently, perhaps mirror it locally?'"),
    # --- GHCR, quay.io, gcr.io and a Docker Hub mirror ----------------------------------------------------------------
    reg("appleboy/ssh-action#247", "connectivity", "connectivity.client_timeout", True, "service", "ghcr.io",
        "Build container for action use: '/home/runner/work/_actions/appleboy/ssh-action/master/Dockerfile'.\nStep 1/4 : FROM ghcr.io/appleboy/drone-ssh:1.6.13\nHead \"https://ghcr.io/v2/appleboy/drone-ssh/manifests/1.6.13\": Get \"https://ghcr.io/token?scope=repository%3Aappleboy%2Fdrone->ssh%3Apull&service=ghcr.io\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)\nError: Docker build failed with exit code 1",
        raw_is_log=True, also_ok=["registry.metadata_timeout", "credentials.token_failed", "github.outage"],
        note="27 April 2023: 'This step was working fine till few hours back', and others report 'same here' the same day, when GitHub's status page had a Packages incident; the action's FROM on ghcr.io times out at the token request ('drone->ssh' is the reporter's blockquote wrap, kept)"),
    reg("urlstechie/urlchecker-action#103", "connectivity", "connectivity.client_timeout", True, "service", "ghcr.io",
        "  Step 1/4 : FROM ghcr.io/urlstechie/urlchecker:0.0.34\n  Head \"https://ghcr.io/v2/urlstechie/urlchecker/manifests/0.0.34\": Get \"https://ghcr.io/token?scope=repository%3Aurlstechie%2Furlchecker%3Apull&service=ghcr.io\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)\n  Warning: Docker build failed with exit code 1, back off 5.737 seconds before retry.",
        head=["Build container for action use: '/home/runner/work/_actions/urlstechie/urlchecker-action/0.0.34/Dockerfile'."], also_ok=["registry.metadata_timeout", "github.outage"],
        note="15 March 2023, 'I started getting failures today': the action's image build times out at GHCR's token endpoint during that day's GitHub Packages incident (githubstatus ybnn77s3lyf8); nothing in the workflow changed"),
    reg("conda-forge/conda-forge.github.io#2017", "registry", "registry.server_error", True, "service", "quay.io",
        "Error response from daemon: Head \"https://quay.io/v2/condaforge/linux-anvil-cos7-x86_64/manifests/latest\": received unexpected HTTP status: 500 Internal Server Error\n##[error]Bash exited with code '1'.\nFinishing: Run docker build",
        raw_is_log=True, also_ok=["registry.outage"],
        note="13 October 2023, Azure Pipelines feedstock builds: 'a build error that is outside of our ability to fix', other maintainers 'also seeing this on Linux builds' the same day; quay.io's own 500 (the link GitHub wrapped around the URL dropped)"),
    reg("educates/educates-training-platform#908", "registry", "registry.request_rejected", True, "service", "gcr.io",
        "Error: buildx failed with: ERROR: failed to build: failed to solve: gcr.io/google_containers/pause:3.2: failed to resolve source metadata for gcr.io/google_containers/pause:3.2: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://gcr.io/v2/google_containers/pause/manifests/sha256:4a1c4b21597c1b4415bdbecb28a3296c6b5e23ca4f9feeb599860a1dac6a0108: 400 Bad Request",
        head=BPA, raw_is_log=True, also_ok=["registry.gcr_shutdown", "registry.server_error"],
        note="'gcr.io has been quite unreliable when needing to pull pause container image': 'Seeing this a lot. Local and now on GitHub actions', the same FROM passing in between; the maintainer meant to move off the old gcr.io path"),
    reg("moby/moby#39120", "registry", "registry.proxy_upstream_missing", False, "service", None,
        " => ERROR resolve image config for docker.io/docker/dockerfile:1.0-experimental                                   0.4s\n------\n > resolve image config for docker.io/docker/dockerfile:1.0-experimental:\n------\ndocker.io/docker/dockerfile:1.0-experimental not found",
        cmd="DOCKER_BUILDKIT=1 docker build .", host_alt=["mirror.gcr.io", "docker.io"], also_ok=[NO_TAG, "registry.mirror_miss"],
        note="AkihiroSuda: BuildKit mode 'fails to fetch the frontend image when registry-mirrors is specified', and mirror.gcr.io 'is the default configuration on Travis as of Apr 22, 2019'; the mirror does not carry docker/dockerfile and BuildKit does not fall back, every run, until the images are pulled first (a 2019 comment's workaround)"),
    B.entry("builder", "earthly/earthly#676", "builder", "builder.tool_regression", False, "service", None,
            "external-image:latest | --> Load metadata (linux/amd64)\nexternal-image:latest | WARN: (Load metadata (linux/amd64)) pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\nError: authorization failed",
            cmd="earthly -P +test", raw_is_log=True, host_alt=HUB, also_ok=["credentials.pull_access_denied", NO_REPO],
            note="'Issue seen in v0.4.2, it works as expected in v0.4.1': the image a WITH DOCKER --load builds locally is looked up on Docker Hub instead; agbell: 'Thanks for finding this', closed as an earthly regression, every run on 0.4.2"),
    # --- the network's and the runner's side --------------------------------------------------------------------------
    conn("finger-bone/auto-class-hitwh#4", "connectivity", "connectivity.reset", False, "local", "auth.docker.io",
         'ERROR: failed to solve: python:3.10-slim: failed to resolve source metadata for docker.io/library/python:3.10-slim: failed to authorize: failed to fetch anonymous token: Get "https://auth.docker.io/token?scope=repository%3Alibrary%2Fpython%3Apull&service=registry.docker.io": read tcp [2001:da8:7019:241:346d:a425:8fd9:f7ac]:50296->[2600:1f18:2148:bc00:8d61:9b62:40aa:8bb8]:443: wsarecv: An existing connection was forcibly closed by the remote host.',
         cmd="docker build . -t autoclass", also_ok=["credentials.token_failed", "connectivity.firewall_blocked"],
         note="a Windows machine in China: the maintainer answered (in Chinese) that it is a connection problem with the Docker registry, to check on the reporter's side; the reporter: the domestic Docker mirror had stopped serving, and adding other mirror sources in Docker's settings solved it"),
    conn("finger-bone/auto-class-hitwh#4", "connectivity", "connectivity.timeout", False, "local", "auth.docker.io",
         'ERROR: failed to solve: python:3.10-slim: failed to resolve source metadata for docker.io/library/python:3.10-slim: failed to authorize: failed to fetch oauth token: Post "https://auth.docker.io/token": dial tcp [2a03:2880:f10c:83:face:b00c:0:25de]:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.',
         cmd="docker build . -t autoclass", also_ok=["connectivity.connect_timeout", "dns.resolve_failed"],
         note="the same machine's second attempt: the token host resolves to an address outside Docker's (a face:b00c range) and the dial times out; fixed, as the reporter wrote, by configuring working mirror sources, not by a retry"),
    conn("google/fuzzbench#1119", "connectivity", "connectivity.refused", False, "local", "gcr.io",
         " => ERROR [internal] load metadata for gcr.io/oss-fuzz-base/base-builder:latest           21.3s\n------\n > [internal] load metadata for gcr.io/oss-fuzz-base/base-builder:latest:\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to do request: Head https://gcr.io/v2/oss-fuzz-base/base-builder/manifests/latest: dial tcp 74.125.203.82:443: connect: connection refused\nmake: *** [docker/generated.mk:1629: .libpng-1.2.56-project-builder] Error 1",
         cmd="make build-$FUZZER_NAME-$BENCHMARK_NAME", also_ok=["connectivity.registry_unreachable", "connectivity.firewall_blocked"],
         note="jonathanmetzman: 'This doesn't happen to me ... Are you trying to connect to gcr.io from China? I think gcr.io might be blocked in China'; the reporter had 'tried many methods' without success, the network path, every run"),
    conn("ThreeCatsLoveFish/MedalHelper#4", "connectivity", "connectivity.registry_unreachable", False, "local", "gcr.io",
         'failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to do request: Head "https://gcr.io/v2/distroless/static/manifests/latest": Service Unavailable',
         cmd="docker build .", also_ok=["registry.server_error", "connectivity.proxy_bad_response"],
         note="a build in China whose stage 6 is FROM gcr.io/distroless/static: the legacy builder times out on gcr.io and Docker Desktop's BuildKit gets 'Service Unavailable', though the reporter already uses the Aliyun mirror (which serves Docker Hub only); the maintainer looks for a Docker Hub copy of distroless instead"),
    conn("spring-projects/spring-boot#25135", "registry", "registry.mirror_html_response", False, "local", None,
         "#3 [internal] load metadata for docker.io/library/ubuntu:focal-20210119\n#3 sha256:4c0241cf95fb80c85c021abb209ca339f9ccda596f98ae40afb89a526810fed0\n#3 ERROR: encountered unknown type text/html; children may not be fetched\n------\n > [internal] load metadata for docker.io/library/ubuntu:focal-20210119:\n------\n\nerror: failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to create LLB definition: encountered unknown type text/html; children may not be fetched\n\nFATA[0000] failed to build: build: exit status 1\nFATA[0000] failed to run task: exit status 1",
         host_alt=HUB, also_ok=["registry.bad_response", "connectivity.proxy_bad_response"],
         note="the project's Concourse image build with REGISTRY_MIRRORS set: the configured Docker Hub mirror answers an HTML page for the manifest; philwebb: 'Seems to be an issue with mirrors configured. Removing REGISTRY_MIRRORS works' (the issue then tracks reinstating them)"),
    conn("KBVE/kbve#13990", "dns", "dns.server_misbehaving", True, "local", "ghcr.io",
         '#3 ERROR: failed to do request: Head "https://ghcr.io/v2/kbve/chisel-ubuntu-axum/manifests/24.04.3": dial tcp: lookup ghcr.io on 10.96.0.10:53: server misbehaving',
         cmd="docker buildx build", also_ok=["dns.temporary_failure", "dns.resolve_failed"],
         note="the PR: CI failed 'not on a code bug but a transient network flake', the buildx FROM metadata pull hit 'cluster-DNS trouble' on the self-hosted runners' cluster resolver (10.96.0.10); the PR wraps the build in a retry for such egress flakes"),
    conn("irbis-sh/zen-desktop#482", "connectivity", "connectivity.untrusted_certificate", False, "local", "registry-1.docker.io",
         'ERROR: failed to build: failed to solve: failed to resolve source metadata for docker.io/docker/dockerfile:1.19: failed to do request: Head "https://registry-1.docker.io/v2/docker/dockerfile/manifests/1.19": tls: failed to verify certificate: x509: certificate signed by unknown authority',
         cmd="docker build .", also_ok=["connectivity.tls_failed", "local.tls_interception"],
         note="a Windows 11 Docker Desktop build stops at the # syntax=docker/dockerfile:1.19 frontend: the certificate presented for Docker Hub is not one the builder trusts (the machine's TLS path), and the issue was closed with no change to the project"),
    loc("fabiogra/moseca#15", "local.credential_helper_missing", False,
        'ERROR: failed to solve: python:3.10: failed to resolve source metadata for docker.io/library/python:3.10: error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``',
        cmd="docker build -t moseca .", host_alt=HUB, also_ok=["credentials.helper_failed"],
        note="the machine's ~/.docker/config.json names the Docker Desktop credential helper, which is not on PATH; the reporter's fix is editing credsStore in that file, after which the same build passes"),
    loc("AbdBarho/stable-diffusion-webui-docker#118", "credentials.helper_failed", False,
        "failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to create LLB definition: rpc error: code = Unknown desc = error getting credentials -err: exit status 1, out: `GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by any .service files`",
        cmd="docker compose --profile download up --build", host_alt=HUB, also_ok=["local.credential_helper_missing"],
        note="a Linux desktop whose Docker credential helper needs a secrets service that is not running; solved by 'docker login' (the reporter) or 'sudo apt install gnome-keyring' (a commenter); the maintainer: 'some sort of misconfiguration in your docker setup'"),
    B.entry("registry", "MicrosoftDocs/visualstudio-docs#8677", "build", PLATFORM, False, "local", None,
            " => ERROR [internal] load metadata for mcr.microsoft.com/windows/servercore:ltsc2019                               0.6s\n------\n > [internal] load metadata for mcr.microsoft.com/windows/servercore:ltsc2019:\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: no match for platform in manifest sha256:cbb8b0a709b4e0868cd2e30b1485358197b1021bb0dd4261e36b3af3ca48fd0b: not found",
            cmd="docker build -t buildtools:latest -m 2GB .", host_alt=["mcr.microsoft.com"], also_ok=["build.windows_os_mismatch"],
            note="the 'Install Build Tools into a container' guide builds on windows/servercore, a Windows-only image; BuildKit here is Docker Desktop's Linux builder, which finds no linux entry in its manifest list (the same error in homuler/MediaPipeUnityPlugin#317; Sitecore/docker-images#159: 'had to switch Docker to Windows containers'), the machine's engine mode, every run"),
    # --- the build's own: tags, names and stages that do not exist ---------------------------------------------------
    bld("docker/buildx#1031", NO_TAG,
        " => ERROR [internal] load metadata for docker.io/library/php:1.8.4-apache-buster                                   2.3s\n------\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: docker.io/library/php:1.8.4-apache-buster: not found",
        cmd="docker build -t hola-mundo .", host_alt=HUB, also_ok=[BAD_REF],
        note="tonistiigi: 'That image indeed seems to not exist', showing `imagetools inspect docker.io/library/php:1.8.4-apache-buster` answering not found; the FROM names a PHP version that was never published"),
    bld("docker/buildx#476", NO_TAG,
        "ERROR [internal] load metadata for docker.io/riscv64/debian:latest",
        cmd="docker build .", host_alt=HUB,
        note="a commenter's case in this thread: riscv64/debian publishes no `latest` tag ('When visiting Docker hub, I noticed there was no tag called latest'); 'Changing to a valid tag fixed the issue' (FROM riscv64/debian:sid-slim)"),
    bld("OpenAPITools/openapi-generator#19820", NO_TAG,
        "ERROR: failed to solve: mcr.microsoft.com/dotnet/core/sdk:8.0-buster: failed to resolve source metadata for mcr.microsoft.com/dotnet/core/sdk:8.0-buster: mcr.microsoft.com/dotnet/core/sdk:8.0-buster: not found",
        cmd="docker build .", host_alt=["mcr.microsoft.com"], also_ok=[BAD_REF],
        note="labelled bug: the ASP.NET Core server generator's default Dockerfile names mcr.microsoft.com/dotnet/core/sdk:8.0-buster, a repository path and variant MCR never published for .NET 8; every generated project fails the same until the template changes"),
    bld("ctfhub-team/base_image#1", NO_REPO,
        "ERROR: failed to solve: ctfhub_base/web_nginx_mysql_php_5.6: failed to resolve source metadata for docker.io/ctfhub_base/web_nginx_mysql_php_5.6:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
        cmd="docker build .", host_alt=HUB, also_ok=["credentials.pull_access_denied", BAD_REF],
        note="the maintainer: 'the Docker Hub namespace should be ctfhub, not ctfhub_base, as the README says'; the FROM's namespace is wrong, so Docker Hub answers the does-not-exist-or-private message"),
    bld("docker/buildx#1611", NO_REPO,
        "ERROR [internal] load metadata for docker.io/library/base:latest",
        cmd="docker build .", host_alt=HUB, also_ok=["credentials.insufficient_scope", "credentials.pull_access_denied"],
        note="'insufficient_scope: authorization failed only while pulling the image docker.io/library/base:latest'; the reporter links the answer in docker-library/official-images#14054, yosifkit: 'There is no base image in official images. I would guess that is from an intermediate stage name'"),
    bld("moby/moby#42848", "build.image_id_as_base",
        "failed to solve with frontend dockerfile.v0: failed to create LLB definition: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
        cmd="docker build -", host_alt=HUB, also_ok=[NO_REPO, BAD_REF, "credentials.pull_access_denied"],
        note="the second Dockerfile is `FROM $(cat iid)`, an image ID from a previous --iidfile build; BuildKit does not address local image IDs and looks the ID up as a Docker Hub repository (the legacy builder accepts it); labelled an enhancement, the build's reference, every run"),
    bld("Sage-Bionetworks/sage-monorepo#1748", NO_REPO,
        " > [internal] load metadata for docker.io/sagebionetworks/openchallenges-image-service-base:latest:\n------\nERROR: failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to create LLB definition: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
        cmd="nx run openchallenges-image-service:build-image", host_alt=HUB, also_ok=["credentials.pull_access_denied", "build.image_not_loaded"],
        note="labelled bug/ci, 'Fix images that depend on a base image': the service image is FROM the project's own base image, which the CI had not built or published where BuildKit looks, so Docker Hub answers does-not-exist"),
    bld("openwisp/docker-openwisp#254", BAD_REF,
        'failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to parse stage name "SYSTEM": invalid reference format: repository name must be lowercase',
        cmd="docker build .", also_ok=["build.dockerfile_parse"],
        note="labelled bug: the base image's Dockerfile names a stage (or FROM argument) SYSTEM in capitals, which BuildKit parses as an image reference and refuses before any pull; every run until it is lowercased"),
    bld("kinsi55/docker_SRCDockS#5", BAD_REF,
        'failed to solve: failed to parse stage name "NODE": invalid reference format: repository name must be lowercase',
        cmd="docker compose build", also_ok=["build.dockerfile_parse"],
        note="the PR lowercases the watchdog Dockerfile's NODE stage, which newer BuildKit no longer accepts as a stage name ('currently the watchdog image cannot be built using docker compose - this PR fixes that')"),
    bld("TeslaGov/ngx-http-auth-jwt-module#84", BAD_REF,
        'failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to parse stage name "BASE_IMAGE": invalid reference format: repository name must be lowercase',
        cmd="docker build .", also_ok=["build.dockerfile_parse"],
        note="the PR: 'On recent versions of Docker Buildkit uppercase stage names yield this error' and makes the stage names lowercase; the maintainer merged it"),
    bld("HeyWillow/willow-application-server#106", BAD_REF,
        'buildx failed with: ERROR: failed to solve: failed to parse stage name "ghcr.io/HeyWillow/willow-application-server-ui:main": invalid reference format: repository name (HeyWillow/willow-application-server-ui) must be lowercase',
        head=BPA, host_alt=["ghcr.io"],
        note="the PR 'organization in container image URL should be lowercase' fixes this CI error: the COPY --from/FROM reference carries the GitHub organization's capitals, which no registry reference may"),
    # --- the build's own: platforms the base image does not publish ---------------------------------------------------
    bld("MaStr/batcontrol#341", PLATFORM,
        "Fehler: buildx failed with: ERROR: failed to build: failed to solve: ghcr.io/astral-sh/uv:0.11: failed to resolve source metadata for ghcr.io/astral-sh/uv:0.11: no match for platform in manifest: not found",
        head=BPA, host_alt=["ghcr.io"], also_ok=[NO_TAG],
        note="labelled bug, 'Multi arch build fails for armv6 & armv7', with this line as the reason: the uv image copied from ghcr.io publishes no arm/v6 or arm/v7 variant, so those platforms of the build matrix fail every time"),
    bld("docker-library/python#1013", PLATFORM,
        "ERROR: failed to solve: arm32v7/python:3.12-slim: failed to resolve source metadata for docker.io/arm32v7/python:3.12-slim: no match for platform in manifest: not found",
        cmd="docker build .", host_alt=HUB,
        note="building FROM arm32v7/python on another platform without asking for linux/arm/v7; yosifkit closes it as a duplicate pointing to the answer in docker-library/python#933, and the reporter: 'It works ! Thanks a lot !'"),
    bld("uraimo/run-on-arch-action#154", PLATFORM,
        "  #2 [internal] load metadata for docker.io/ppc64le/ubuntu:22.04\n  #2 ERROR: no match for platform in manifest: not found\n  ------\n   > [internal] load metadata for docker.io/ppc64le/ubuntu:22.04:\n  ------\n  Dockerfile.ppc64le.ubuntu22.04:1\n  --------------------\n     1 | >>> FROM ppc64le/ubuntu:22.04\n     2 |\n     3 |     COPY ./run-on-arch-install.sh /root/run-on-arch-install.sh\n  --------------------\n  ERROR: failed to solve: ppc64le/ubuntu:22.04: failed to resolve source metadata for docker.io/ppc64le/ubuntu:22.04: no match for platform in manifest: not found",
        head=["Run uraimo/run-on-arch-action@v2"], host_alt=HUB,
        note="October 2024: the action builds FROM ppc64le/ubuntu on the amd64 runner without a platform, which the single-arch repository's manifest no longer matches; a contributor points to the workaround in run-on-arch-action#152 and the reporter thanks them (trailing blanks of the Dockerfile excerpt trimmed)"),
]
