"""Dev-set entries, batch 72 (network connectivity failures in CI jobs other than DNS, as docker, BuildKit, Go,
npm, Maven, curl, git, apt and the runner itself report them, beside the build's own mistakes
that read like them. Connections that time out or reset: github.com dials from GitHub-hosted jobs that time out and
pass on re-run, Maven Central's pooled connections reset behind a cloud NAT and its CDN's `503 between bytes
timeout`, npm's `ECONNRESET`/`network aborted`, a flaky reset from Red Hat's registry in a Jenkins test,
registry.k8s.io's `TLS handshake timeout`; HTTP/2 stream errors (proxy.golang.org's `INTERNAL_ERROR; received from
peer`, a curl 8.10.0 regression under git's HTTP/2 clone); IPv6 without a route (BuildKit dialling Docker Hub's AAAA
record from a self-hosted pool, Docker Hub's 2023 IPv6-only auth endpoint met by dind, a Jenkins builder container
that cannot reach an IPv6-only lab); MTU (a dind build stuck fetching an apk index); firewalls and blocks (musl.cc
blocking GitHub Actions wholesale, repology.org's bans on bot networks, a deploy target that only accepts its own
country, UFW closing an apt-cacher-ng port); corporate proxies and TLS-intercepting middleboxes (a self-hosted
runner behind SSL inspection, self-signed chains met by Node actions and GHES check runs, a cluster hostAlias that
points ghcr.io pushes at a mirror with its own CA, HTTPS_PROXY written with an https:// scheme, an IronPort page
demanding authentication, a PAC URL used as the proxy, a Docker build on a network that needs a proxy it never
gets). About a third are the build's own: plain-http URLs to https services (Maven Central's 501, npm's 426, a
Concourse `insecure: true` sent to nginx's TLS port, a BuildKit config that speaks http to a TLS registry on
localhost), Maven 3.8's http blocker that hangs on 0.0.0.0, a plain-http registry buildx was never told about,
git:// URLs GitHub stopped serving, localhost that inside a Docker build or a pipeline step is not the service (an
npm registry, a background step on another port), a port-forward probed before it listens, a Redis port typo,
proxy build arguments without a scheme or pointing at the host's 127.0.0.1.) `err` is verbatim from the source (a
GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown
(blockquote markers, backticks, GitHub's line-number links pasted into log lines) only that markup was dropped and
trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words or the
thread's excerpt is cut, the entry stops at the last whole log line; where a thread's title is the error it quotes,
the title is the string. Elisions ('...') and wrapping inside a quote are the reporters' own. Hosts follow the
README's strict rule: a host is given only where a line of the log names it for the failing call; an inferred,
masked or placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of these
logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"azrtydxb/kryton#138", "apache/nuttx#14388", "coder/coder#29163", "kairos-io/AuroraBoot#827",
         "apache/bookkeeper#2460", "tony/tmux-config#56", "jonatack/bitcoin-development#11",
         "skupperproject/skupper-cli#47", "harness-community/python-pipeline-samples#55",
         "kyma-project/test-infra#4181"}  # fmt: skip

B = Batch(PULLS)
conn = B.family("connectivity")
reg = B.family("registry")
gop = B.family("goproxy")
loc = B.local()
bld = B.build("connectivity")

UNTRUSTED = "connectivity.untrusted_certificate"
PROXY_BAD = "connectivity.proxy_misconfigured"
NO_V6_ROUTE = "local.ipv6_no_route"
HUB_V6 = "registry.ipv6_only_endpoint"

E = [
    # --- connections that time out, reset or cut off on the way to a package host -----------------------------------
    conn("apache/nuttx#14388", "connectivity", "connectivity.connect_timeout", True, "service", "github.com",
         "Configuration/Tool: esp32s2-kaluga-1/lvgl_st7789\ncurl: (28) Failed to connect to github.com port 443 after 133994 ms: Connection timed out",
         cmd="./tools/ci/cibuild.sh -c -A -N -R testlist/xtensa-02.dat", also_ok=["connectivity.timeout"],
         note="a NuttX CI build job downloading a library from github.com times out connecting; the maintainers' answer is to restart only the failed job (the same jobs pass again), so a transient dial timeout rather than the PR under test"),
    conn("spdk/spdk#3744", "connectivity", "connectivity.connect_timeout", True, "service", "github.com",
         "fatal: unable to access 'https://github.com/markdownlint/markdownlint.git/': Failed to connect to github.com port 443 after 135152 ms: Couldn't connect to server\nError: Process completed with exit code 128.",
         raw_is_log=True, also_ok=["connectivity.timeout", "github.git_server_error"],
         note="labelled Infrastructure / Intermittent Failure: the distros-container job's git clone of a tool repository cannot connect to github.com for 135 s; other runs of the same job pass"),
    conn("apache/bookkeeper#2460", "connectivity", "connectivity.reset", True, "local", "repo.maven.apache.org",
         "Error:  Failed to execute goal on project bookkeeper-common: Could not resolve dependencies for project org.apache.bookkeeper:bookkeeper-common:jar:4.12.0-SNAPSHOT: Could not transfer artifact org.jctools:jctools-core:jar:2.1.2 from/to central (https://repo.maven.apache.org/maven2): Transfer failed for https://repo.maven.apache.org/maven2/org/jctools/jctools-core/2.1.2/jctools-core-2.1.2.jar: Connection reset -> [Help 1]",
         cmd="mvn -B -nsu clean install -DskipTests", also_ok=["connectivity.package_mirror"],
         note="Maven's pooled HTTP connections go idle past the NAT/firewall timeout on the GitHub-hosted (Azure) path and are reset on reuse (WAGON-545: 'Azure users shall set the TTL to 240 seconds or less'); intermittent, fixed in the PR by a 25 s pool TTL and retries"),
    conn("apache/pulsar#6231", "connectivity", "connectivity.server_error", True, "service", "repo.maven.apache.org",
         "[ERROR] Failed to execute goal on project buildtools: Could not resolve dependencies for project org.apache.pulsar:buildtools:jar:2.6.0-SNAPSHOT: Could not transfer artifact org.apache-extras.beanshell:bsh:jar:2.0b6 from/to central (https://repo.maven.apache.org/maven2): Transfer failed for https://repo.maven.apache.org/maven2/org/apache-extras/beanshell/bsh/2.0b6/bsh-2.0b6.jar 503 between bytes timeout -> [Help 1]",
         cmd="mvn -B -ntp install -DskipTests", also_ok=["connectivity.package_mirror", "connectivity.gateway_timeout", "connectivity.cut_short"],
         note="'We're occasionally getting build errors': Maven Central's CDN answers 503 'between bytes timeout' (and 500 in another run) for artifacts mid-download; the same builds pass on other runs, and the follow-up PR only adds download retries"),
    conn("actions/runner-images#3737", "connectivity", "connectivity.reset", True, "service", None,
         "npm ERR! code ECONNRESET\nnpm ERR! network aborted\nnpm ERR! network This is a problem related to network connectivity.\nnpm ERR! network In most cases you are behind a proxy or have bad network settings.\nnpm ERR! network\nnpm ERR! network If you are behind a proxy, please make sure that the\nnpm ERR! network 'proxy' config is set properly.  See: 'npm help config'",
         cmd="npm ci", host_alt=["registry.npmjs.org"], also_ok=["connectivity.package_mirror", "connectivity.eof"],
         note="'Actions fail intermittently due to NPM ECONNRESET' on stock setup-node and GitHub-hosted Ubuntu images: the registry download is aborted mid-response now and then and the job passes on re-run; no proxy is involved despite npm's hint"),
    conn("openshift/origin#5559", "connectivity", "connectivity.reset", True, "service", "registry.access.redhat.com",
         "--- FAIL: TestRegistryClientConnectPulpRegistry-2 (0.31s)\n\tdockerregistryclient_test.go:47: unable to retrieve image info: error checking for V2 registry at https://registry.access.redhat.com/v2/: Get https://registry.access.redhat.com/v2/: read tcp 209.132.182.63:443: connection reset by peer\nFAIL",
         cmd="hack/test-go.sh pkg/image/importer", host_alt=["209.132.182.63:443"], also_ok=["build.test_failed"],
         note="labelled kind/test-flake: a unit test that talks to Red Hat's public registry on Jenkins gets its connection reset; the maintainers call it network related and a rare flake, seen again later with a TLS handshake timeout to quay.io"),
    conn("ovn-kubernetes/ovn-kubernetes#4784", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "registry.k8s.io",
         "docker: Error response from daemon: Head \"https://registry.k8s.io/v2/e2e-test-images/agnhost/manifests/2.26\": net/http: TLS handshake timeout",
         cmd="docker run -d registry.k8s.io/e2e-test-images/agnhost:2.26", also_ok=["registry.metadata_timeout", "connectivity.timeout"],
         note="filed as kind/ci-flake from a GitHub Actions run (the title quotes the error): the docker pull behind a test times out in the TLS handshake with registry.k8s.io; 'any test may be affected' and other runs pass"),
    # --- HTTP/2 stream errors --------------------------------------------------------------------------------------------
    gop("coder/coder#29163", "goproxy", "goproxy.fetch_failed", True, "service", "proxy.golang.org",
        "github.com/armon/circbuf@v0.0.0-20190214190532-5111143e8da2: read \"https://proxy.golang.org/github.com/armon/circbuf/@v/v0.0.0-20190214190532-5111143e8da2.zip\": stream error: stream ID 173; INTERNAL_ERROR; received from peer\nmake: *** [Makefile:645: fmt/go] Error 1",
        cmd="make fmt", also_ok=["connectivity.stream_reset", "goproxy.server_error"],
        note="a server-sent HTTP/2 RST_STREAM from proxy.golang.org mid-download (the Go project sees the same on its own builders, golang/go#51323); transient, so the PR brings back a retried go mod download prefetch in every Go job"),
    conn("curl/curl#14923", "connectivity", "connectivity.stream_reset", False, "local", None,
         "  error: RPC failed; HTTP 502 curl 92 HTTP/2 stream 7 was not closed cleanly: INTERNAL_ERROR (err 2)\n  fatal: expected 'packfile'",
         cmd="git clone --mirror https://chromium.googlesource.com/angle/angle.git", host_alt=["chromium.googlesource.com"], also_ok=["connectivity.server_error", "local.runner_image_broken"],
         note="a mirror clone in CI on Windows fails with an HTTP/2 stream error after curl 8.10.0 arrived; it is a curl regression (duplicate of curl#14892, fixed in master), so downgrading curl or forcing git to HTTP/1.1 fixes it and re-running the same toolchain does not"),
    # --- IPv6 without a route ---------------------------------------------------------------------------------------------
    loc("kairos-io/AuroraBoot#827", NO_V6_ROUTE, True,
        "#18 ERROR: failed to copy: httpReadSeeker: failed open: failed to authorize:\n  Get \"https://auth.docker.io/token?...\": dial tcp [2a06:98c1:3104::6812:2bb2]:443:\n  connect: network is unreachable",
        host="auth.docker.io", cmd="docker buildx build --platform linux/amd64 -t auroraboot:test .", host_alt=["[2a06:98c1:3104::6812:2bb2]:443"], also_ok=["connectivity.network_unreachable", "local.ipv6_only_network"],
        note="on the self-hosted kvm runner pool the runner namespace has a usable IPv6 source address but no IPv6 route off the cluster, so BuildKit's token request sometimes goes to Docker Hub's AAAA record and dies (ENETUNREACH is not retried); the same commits pass on re-run; the PR forces IPv4 egress on the runners"),
    reg("docker/hub-feedback#2342", "registry", HUB_V6, True, "service", "auth.ipv6.docker.com",
        "ERROR: failed to solve: node:18.13-alpine: failed to authorize: failed to fetch anonymous token:\nGet \"https://auth.ipv6.docker.com/token?scope=repository%3Alibrary%2Fnode%3Apull&service=registry.docker.io\":\ndial tcp [2600:1f18:2148:bc00:e947:5a7f:a49f:9126]:443: connect: network is unreachable",
        cmd="docker build -t app .", also_ok=["connectivity.network_unreachable", NO_V6_ROUTE],
        note="docker:dind builds with BuildKit started failing on 2023-08-24: Docker's IPv6 rollout handed out an IPv6-only auth endpoint, unreachable from daemons without IPv6; a Docker status-page incident, fixed the same day by Docker switching to a dual-stack endpoint"),
    reg("docker/hub-feedback#2340", "registry", HUB_V6, True, "service", "auth.ipv6.docker.com",
        "#3 [internal] load metadata for docker.io/library/python:3.10-buster\n#3 ERROR: failed to authorize: failed to fetch anonymous token: Get \"https://auth.ipv6.docker.com/token?scope=repository%3Alibrary%2Fpython%3Apull&service=registry.docker.io\": dial tcp [2600:1f18:2148:bc00:e947:5a7f:a49f:9126]:443: connect: cannot assign requested address",
        cmd="docker build -t app .", also_ok=["connectivity.network_unreachable", NO_V6_ROUTE],
        note="the same 2023-08-24 incident seen from Docker-in-Docker on a dual-stack network without IPv6 in the daemon: Docker's staff confirmed it and rolled out a dual-stack authentication endpoint, after which pipelines passed unchanged"),
    loc("kernelci/kernelci-core#305", NO_V6_ROUTE, False,
        "  File \"/usr/lib/python3.7/socket.py\", line 727, in create_connection\n    raise err\n  File \"/usr/lib/python3.7/socket.py\", line 716, in create_connection\n    sock.connect(sa)\nOSError: [Errno 99] Cannot assign requested address",
        cmd="./kci_test submit --lab=lab-pengutronix", host_alt=["hekla.openlab.pengutronix.de"], also_ok=["connectivity.network_unreachable", "local.ipv6_only_network"],
        note="once every Jenkins job ran inside Docker, the builder had no IPv6 routing for containers, so jobs could not reach the IPv6-only lab-pengutronix; the lab added an IPv4 proxy; every run fails the same until the network changes"),
    # --- MTU --------------------------------------------------------------------------------------------------------------
    loc("kyma-project/test-infra#4181", "local.mtu_mismatch", False,
        "[0135] | Step 4/15 : RUN apk add --no-cache --repository http://dl-cdn.alpinelinux.org/alpine/edge/community libgit2-dev=${LIBGIT2_VERSION}\n[0135] | ---> Running in 37e0dc189ab2\n[0135] | fetch http://dl-cdn.alpinelinux.org/alpine/edge/community/x86_64/APKINDEX.tar.gz",
        host="dl-cdn.alpinelinux.org", cmd="make build-image", also_ok=["connectivity.timeout", "build.step_timeout"],
        note="Kyma's image build jobs get stuck at the apk fetch inside the Docker build: the daemon's bridge MTU is larger than the cluster network's; the PR sets Docker's MTU to 1200 (the log has no error line: the job hangs until killed)"),
    # --- firewalls and blocks --------------------------------------------------------------------------------------------
    conn("elixir-sqlite/exqlite#327", "connectivity", "connectivity.blocked", False, "service", "musl.cc",
         "> Run wget \"https://musl.cc/x86_64-linux-musl-cross.tgz\" -O \"x86_64-linux-musl-cross.tgz\"\n--2025-06-03 14:01:00--  https://musl.cc/x86_64-linux-musl-cross.tgz\nResolving musl.cc (musl.cc)... 216.82.192.11, 2602:fcdb:0:2::1:11\nConnecting to musl.cc (musl.cc)|216.82.192.11|:443... failed: Connection timed out.\nConnecting to musl.cc (musl.cc)|2602:fcdb:0:2::1:11|:443... failed: Network is unreachable.",
         raw_is_log=True, also_ok=["connectivity.firewall_blocked", "connectivity.connect_timeout", "connectivity.network_unreachable"],
         note="since 2025-05-27 musl.cc blocks GitHub Actions wholesale (its site says so), so the cross-toolchain download times out on IPv4 (and the runner has no IPv6 route); the thread moves to a caching mirror offered while the musl.cc maintainers decide; every run fails the same"),
    conn("repology/repology-rs#151", "connectivity", "connectivity.blocked", False, "service", "repology.org",
         "DEBUG: GET https://repology.org/tools/project-by?repo=debian_unstable&name_type=binname&target_page=api_v1_project&noautoresolve=on&name=gvm = (code=ETIMEDOUT, statusCode=-1 retryCount=2, duration=3537)\nWARN: Repology lookup failed with unexpected error\n{\n  \"packageName\": \"debian_unstable/gvm\"\n  \"err\": {\n    \"name\": \"RequestError\",\n    \"code\": \"ETIMEDOUT\",",
         cmd="renovate", fatal=False, also_ok=["connectivity.firewall_blocked", "connectivity.timeout", "connectivity.client_timeout"],
         note="a follow-up to repology's blocking of misbehaving bot networks (repology-rs#143): every Repology request from the hosted Renovate app times out until its addresses are let through; Renovate only warns and carries on with other lookups"),
    conn("appleboy/ssh-action#271", "connectivity", "connectivity.firewall_blocked", False, "service", None,
         "dial tcp ***:***: connect: connection timed out",
         head=["Run appleboy/ssh-action@v1.0.0"], also_ok=["connectivity.connect_timeout", "connectivity.geo_blocked"],
         note="the deploy step's ssh dial to the reporter's server times out from the GitHub-hosted runner (the title quotes the error, host and port masked); the reporter found the server's provider blocked all IPs outside his own country, so it is not the action's fault and fails every run"),
    conn("jonatack/bitcoin-development#11", "connectivity", "connectivity.firewall_blocked", False, "local", "172.17.0.1:3142",
         "Err:1 http://archive.ubuntu.com/ubuntu xenial InRelease\n  Could not connect to 172.17.0.1:3142 (172.17.0.1), connection timed out\nErr:2 http://security.ubuntu.com/ubuntu xenial-security InRelease\n  Could not connect to 172.17.0.1:3142 (172.17.0.1), connection timed out\nErr:3 http://archive.ubuntu.com/ubuntu xenial-updates InRelease\n  Unable to connect to 172.17.0.1:3142:\nErr:4 http://archive.ubuntu.com/ubuntu xenial-backports InRelease\n  Unable to connect to 172.17.0.1:3142:",
         t="legacy_run", run="apt-get update", host_alt=["172.17.0.1"], also_ok=["connectivity.connect_timeout", "connectivity.proxy_refused"],
         note="gitian's base-VM Docker build reaches apt through apt-cacher-ng on the Docker bridge; the build host's UFW blocked port 3142, so every apt fetch times out until 'ufw allow 3142/tcp' (the PR documents it)"),
    # --- proxies and TLS-intercepting middleboxes ------------------------------------------------------------------------
    conn("actions/runner#286", "connectivity", UNTRUSTED, False, "local", None,
         "[2020-01-16 15:54:33Z] System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.\n ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.",
         raw_is_log=True, host_alt=["github.com", "api.github.com"], also_ok=["connectivity.tls_failed", "local.runner_unavailable"],
         note="a self-hosted runner behind a proxy doing SSL inspection sees github.com's certificate re-signed by an internal CA; --sslskipcertvalidation does not help and the maintainer says the CA must be installed in the machine's store (one user needed SSL_CERT_DIR); it fails until the runner host trusts it"),
    conn("softprops/action-gh-release#560", "connectivity", UNTRUSTED, False, "local", None,
         "Run softprops/action-gh-release@v2\n  with:\n    token: ***\n⚠️ Unexpected error fetching GitHub release for tag refs/tags/v874: HttpError: self-signed certificate in certificate chain\nError: self-signed certificate in certificate chain",
         raw_is_log=True, host_alt=["api.github.com"], also_ok=["connectivity.tls_failed"],
         note="the release step's Node client rejects a chain with the organisation's own CA while checkout works; the reporter closed it as 'a certificate problem' fixed by setting NODE_EXTRA_CA_CERTS in the self-hosted runner's .env (the step-link markup around the tag's last digit dropped)"),
    conn("dorny/test-reporter#195", "connectivity", UNTRUSTED, False, "local", None,
         "HttpError: request to https://<server>/api/v3/repos/<org>/<repo>/check-runs failed, reason: self signed certificate in certificate chain",
         head=["Run dorny/test-reporter@v1"], also_ok=["connectivity.tls_failed"],
         note="a GHES instance with self-signed certificates and self-hosted macOS runners: the CA is in the System Keychain but Node ignores it, so the check-run request fails every time until NODE_EXTRA_CA_CERTS points at the root and intermediate (the server name is masked)"),
    conn("azrtydxb/kryton#138", "connectivity", UNTRUSTED, False, "local", "ghcr.io",
         "failed to push ghcr.io/azrtydxb/kryton/kryton: failed to authorize: failed to fetch oauth token: Post \"https://ghcr.io/token\": tls: failed to verify certificate: x509: certificate signed by unknown authority",
         t="bpa_err", image="ghcr.io/azrtydxb/kryton/kryton:4.4.0-pre.10", host_alt=["192.168.10.122"], also_ok=["connectivity.tls_failed", "registry.proxy_upstream_blocked"],
         note="the ARC scale set maps ghcr.io to an in-cluster pull-through cache with a hostAlias; pushes from the dind BuildKit hit that mirror's cluster-CA certificate (and a proxy that takes no writes), failing twice; fixed on the cluster side with a scale set without the hostAlias"),
    conn("docker/for-linux#415", "connectivity", PROXY_BAD, False, "local", "registry-1.docker.io",
         "docker pull ubuntu\nUsing default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/: proxyconnect tcp: tls: first record does not look like a TLS handshake",
         raw_is_log=True, also_ok=["connectivity.tls_plaintext_peer", "connectivity.proxy_refused"],
         note="after upgrading to Docker 18.06 pulls through the same proxy fail; the thread's answer: HTTPS_PROXY was written https://host:3128 for a proxy that only speaks plain HTTP, which 18.06 began to honour; changing the scheme to http:// fixed it (downgrading only hid it)"),
    conn("zulip/docker-zulip#442", "connectivity", PROXY_BAD, False, "local", "packages.groonga.org",
         "curl: (7) Failed to connect to packages.groonga.org port 443: Connection timed out",
         t="legacy_run", run="/tmp/src/scripts/setup/apt-repos/zulip/custom.sh", also_ok=["connectivity.connect_timeout", "connectivity.firewall_blocked"],
         note="the build host reaches the internet only through a proxy that the image build never gets, so the curl in the build's apt-repo script times out; the maintainer points to building on a network without a proxy or configuring Docker's proxy settings"),
    conn("npm/npm#7225", "connectivity", "connectivity.proxy_auth_required", False, "local", "ironport1.iitk.ac.in",
         "npm ERR! URL: GET https://ironport1.iitk.ac.in/B0001D0000N0000F0000S0000R0004/https://registry.npmjs.org/mongoose",
         cmd="npm install", host_alt=["registry.npmjs.org"], also_ok=["connectivity.proxy_error_page"],
         note="an IronPort web proxy intercepts the registry request and answers with its 'Authentication is required' page; npm's maintainer: complete the proxy authentication rather than disable HTTPS, not an npm issue"),
    conn("npm/npm#9120", "connectivity", "connectivity.proxy_error_page", False, "local", None,
         "C:\\Personal\\AngularJS2>npm install -g tsd\nnpm ERR! registry error parsing json\nnpm ERR! Windows_NT 6.1.7601",
         raw_is_log=True, host_alt=["registry.npmjs.org"], also_ok=[PROXY_BAD, "connectivity.bad_response"],
         note="npm's proxy and https-proxy were set to the company's PAC file URL; the proxy then answers with an HTML page instead of rejecting the request, so npm cannot parse the registry's 'JSON' (the maintainer: your proxy is returning an actual webpage)"),
    # --- the build's own: plain http to https services and http repositories -----------------------------------------
    bld("semagrow/semagrow#41", "build.https_required",
        "[ERROR] Failed to execute goal on project semagrow-monitor: Could not resolve dependencies for project org.semagrow:semagrow-monitor:jar:2.1-SNAPSHOT: Could not transfer artifact org.semagrow:semagrow-commons:jar:2.1-SNAPSHOT from/to maven-central (http://repo1.maven.org/maven2): Failed to transfer file: http://repo1.maven.org/maven2/org/semagrow/semagrow-commons/2.1-SNAPSHOT/semagrow-commons-2.1-SNAPSHOT.jar. Return code is: 501 , ReasonPhrase:HTTPS Required. -> [Help 1]",
        host="repo1.maven.org", cmd="mvn -B package", also_ok=["build.http_repository_blocked"],
        note="the pom names Maven Central over http, which Central refuses since 2020-01-15 with 501 HTTPS Required; every build fails until the repository URL says https"),
    bld("npm/documentation#880", "build.https_required",
        "npm ERR! code E426\nnpm ERR! Registry returned 426 for PUT on http://registry.npmjs.org/-/user/org.couchdb.user.",
        host="registry.npmjs.org", cmd="npm login", also_ok=["build.request_rejected"],
        note="npm login against a registry configured as http://registry.npmjs.org: the registry answers 426 Upgrade Required to plain HTTP, so the login fails until the registry URL is https"),
    bld("concourse/registry-image-resource#304", "build.https_required",
        "ERRO[0004] pushing image failed: initialize transport: GET http://xxxxxx/v2/: unexpected status code 400 Bad Request: <html>\n\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\n\n<body>\n\n<center><h1>400 Bad Request</h1></center>\n\n<center>The plain HTTP request was sent to HTTPS port</center>\n\n<hr><center>nginx/1.19.1</center>\n\n</body>\n\n /html>",
        raw_is_log=True, also_ok=["connectivity.plain_http_registry", "build.request_rejected"],
        note="the pipeline's registry-image resource sets insecure: true for a registry served over HTTPS, so the push speaks plain HTTP to nginx's TLS port; 'this is to be expected, a HTTPS connection can not be used with HTTP' (the registry name is masked)"),
    bld("docker/buildx#347", "build.https_required",
        "#34 ERROR: failed to do request: Head http://localhost:5000/v2/listener/blobs/........./http: HTTP/1.x transport connection broken: malformed HTTP response \"\\x15\\x03\\x01\\x00\\x02\\x02\"",
        host="localhost:5000", cmd="docker buildx build --push -t localhost:5000/listener .", host_alt=["localhost", "127.0.0.1:5000"], also_ok=["connectivity.plain_http_registry", "connectivity.tls_plaintext_peer", "connectivity.bad_response"],
        note="BuildKit (containerd's resolver) talks plain HTTP to localhost registries by default, but this local registry serves TLS and answers with a TLS alert; the maintainer: add a registry config for it with http = false"),
    bld("docker/buildx#163", "build.plain_http_registry",
        "http: server gave HTTP response to HTTPS client",
        cmd="docker buildx build -t registry.com:8000/xxx/buildx-test . --push", host_alt=["registry.com:8000"], also_ok=["connectivity.plain_http_registry"],
        note="the registry only speaks HTTP; it is in the daemon's insecure-registries, which BuildKit in a docker-container builder does not read; the maintainer: create the builder with a buildkitd config marking the registry http = true, and 'it works'"),
    bld("IATA-Cargo/one-record-server-java#26", "build.http_repository_blocked",
        "Downloading from maven-default-http-blocker: http://0.0.0.0/com/google/guava/guava/maven-metadata.xml",
        host="0.0.0.0", cmd="mvn -Djdk.tls.client.protocols=TLSv1.2 clean install", also_ok=["build.https_required"],
        note="Maven 3.8.1+ mirrors every external http:// repository to its blocking 0.0.0.0 pseudo-mirror, and the build 'got stuck' there; the project's poms still declare http repositories, and the fix (a settings/mirror change in the linked PR) let the build proceed"),
    bld("InsightSoftwareConsortium/ITK#3753", "build.git_remote_invalid",
        "$ git  clone git://github.com/InsightSoftwareConsortium/ITKSimpleITKFilters.git\nCloning into 'ITKSimpleITKFilters'...\nfatal: unable to connect to github.com:\ngithub.com[0: 192.30.255.112]: errno=Operation timed out",
        host="github.com", raw_is_log=True, also_ok=["connectivity.connect_timeout", "build.tool_outdated", "connectivity.firewall_blocked"],
        note="remote-module fetches use git:// because the configure step sets ITK_USE_GIT_PROTOCOL for a git older than 1.7.10 (the ports build has 1.6.6); GitHub no longer serves git://, so every fetch times out until https is used"),
    bld("tony/tmux-config#56", "build.git_remote_invalid",
        "Submodule 'vendor/tmux-mem-cpu-load' (git://github.com/thewtex/tmux-mem-cpu-load.git) registered for path 'vendor/tmux-mem-cpu-load'\nCloning into '/home/ab/.tmux/vendor/tmux-mem-cpu-load'...\nfatal: unable to connect to github.com:\ngithub.com[0: 140.82.121.3]: errno=Connection timed out\n\nfatal: clone of 'git://github.com/thewtex/tmux-mem-cpu-load.git' into submodule path '/home/ab/.tmux/vendor/tmux-mem-cpu-load' failed\nFailed to clone 'vendor/tmux-mem-cpu-load'. Retry scheduled\nCloning into '/home/ab/.tmux/vendor/tmux-mem-cpu-load'...\nfatal: unable to connect to github.com:\ngithub.com[0: 140.82.121.4]: errno=Connection timed out\n\nfatal: clone of 'git://github.com/thewtex/tmux-mem-cpu-load.git' into submodule path '/home/ab/.tmux/vendor/tmux-mem-cpu-load' failed",
        host="github.com", cmd="git clone --recursive https://github.com/tony/tmux-config.git ~/.tmux", also_ok=["connectivity.connect_timeout", "connectivity.firewall_blocked"],
        note="the repository's .gitmodules still points a submodule at git://github.com (port 9418), which times out from the reporter's DigitalOcean droplets (and which GitHub no longer serves); the PR switches the submodule URL to https"),
    # --- the build's own: the wrong host or port, a service probed too early --------------------------------------
    bld("verdaccio/docker-examples#33", "build.wrong_host",
        "npm ERR! code ECONNREFUSED\nnpm ERR! errno ECONNREFUSED\nnpm ERR! FetchError: request to http://localhost/@gitprodenv%2fcommon failed, reason: connect ECONNREFUSED 127.0.0.1:80",
        host="localhost", t="legacy_run", run="npm install --only=prod --registry http://localhost", host_alt=["127.0.0.1:80"], also_ok=["connectivity.refused", "build.test_service_unreachable"],
        note="the Dockerfile installs from a Verdaccio registry at http://localhost, which works from the host but inside the image build localhost is the build container itself, where nothing listens on port 80; every build fails the same until it names a reachable address"),
    bld("harness-community/python-pipeline-samples#55", "build.wrong_host",
        "curl: (7) Failed to connect to localhost port 8080: Connection refused",
        host="localhost", host_alt=["localhost:8080"], also_ok=["build.test_service_unreachable", "connectivity.refused"],
        note="the sample pipeline's connection test curls localhost, but the Python server runs as a background step reachable by its step id on port 5000; 'curl python_server:5000 (python_server: background-step id) fixes the issue' (link markup around the host dropped)"),
    bld("skupperproject/skupper-cli#47", "build.test_service_unreachable",
        "2020/04/11 14:57:36 Dial failed: dial tcp 127.0.0.1:9090: connect: connection refused",
        host="127.0.0.1:9090", cmd="go test -tags=smoke ./test/smoke/...", host_alt=["127.0.0.1"], also_ok=["build.service_unhealthy", "connectivity.refused"],
        note="the smoke-test job sends its test message before the kubectl port-forward it started is listening (and starts the forward before the service's port exists); the PR adds sleeps before and after the port-forward"),
    bld("tes/seguir#52", "build.wrong_port",
        "Error connecting to redis [127.0.0.1:6381] - Redis connection to 127.0.0.1:6381 failed - connect ECONNREFUSED",
        host="127.0.0.1:6381", cmd="npm run setup", host_alt=["127.0.0.1"], also_ok=["build.test_service_unreachable", "connectivity.refused"],
        note="the setup script's default Redis port is 6381 where the local Redis listens on 6379: 'The local redis port should be defaulting to 6379 rather than 6381'; a configuration mistake, not a network fault"),
    # --- the build's own: proxy settings it passes wrong -----------------------------------------------------------
    bld("moby/moby#19481", "build.proxy_misconfigured",
        "W: Failed to fetch http://httpredir.debian.org/debian/dists/jessie/Release.gpg  Cannot initiate the connection to 8080:80 (0.0.31.144). - connect (22: Invalid argument)",
        host="httpredir.debian.org", t="legacy_run", run="apt-get -y update", host_alt=["proxy.my.url:8080"], also_ok=[PROXY_BAD],
        note="the failing variant passes --build-arg http_proxy=proxy.my.url:8080 without the http:// scheme, so apt inside the build parses it as host 8080 on port 80 (0.0.31.144) and cannot even connect; the variant with the scheme is the expected one"),
    bld("docker/for-mac#6513", "build.proxy_misconfigured",
        "#7 0.161 WARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.16/main: could not connect to server (check repositories file)",
        host="dl-cdn.alpinelinux.org", cmd="docker build -f Dockerfile-release --build-arg http_proxy=http://127.0.0.1:7890 --build-arg https_proxy=http://127.0.0.1:7890 .", host_alt=["127.0.0.1:7890"], also_ok=[PROXY_BAD, "connectivity.refused"],
        note="the build passes a proxy at 127.0.0.1:7890, the Mac's own proxy, which inside the build container is not reachable, so apk cannot connect; Docker's answer: expected behaviour, set the proxy in Docker's proxy settings instead of build args"),
]
