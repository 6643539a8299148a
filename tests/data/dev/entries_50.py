"""Dev-set entries, batch 50 (Go module fetching, name resolution and the runner machine itself, infrastructure and the
build's own mistakes side by side. Go: golang.org's go-get page answering 502, goproxy.io answering 400 for a tag it
could not see until its maintainer rolled back, the checksum database unable to reach github.com for a fresh tag, a
vanity host on App Engine timing out, the same golang.org timeout from a network whose firewall blocks it, a corporate
proxy that closes CONNECTs, proxy.golang.org refused behind the GFW, a build container whose resolver has no route, the
godownloader install scripts broken by a GitHub response change and refused by GitHub's unauthenticated limit, and
goreleaser's releases.json missing a new release; beside them go.mod requiring a commit that was never pushed, a
replace onto a temporary fork commit, a retagged module that no longer matches go.sum, a typo'd gihub.com sent to
Athens, an incompatible import path Athens turns into a 500, a golangci-lint URL with a doubled v, the retired
install.goreleaser.com, a private dependency git cannot read, Athens asking sum.golang.org about a private module, and
a vanity import host that public DNS never resolves. DNS: a Kubernetes executor that cannot resolve a private GitHub
server, Docker for Mac's resolver misbehaving after an upgrade, boot2docker's resolver misbehaving until a restart, a
host with IPv4 forwarding off, CoreDNS timing out towards the cluster DNS service; beside them a link checker hitting a
dead domain and a test that read a search-domain NXDOMAIN as a broken resolver. The runner machine: the Go compiler
OOM-killed in a Jenkins container and on a 512 MB droplet, a Python job killed with 137, SIGTERM and a runner shutdown
under `go race`, the runner's own log hitting a full disk, a Docker daemon that is sometimes not
there, dind failing half the time, CircleCI's macOS open-file limit, build hosts with clocks behind the certificates).
`err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted
a log inside Markdown (blockquote markers, backticks) only that markup was dropped and trailing blanks trimmed, never a
word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log
line. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing
call; an inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before the matcher saw
any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"opentelekomcloud/terraform-provider-opentelekomcloud#1239"}

B = Batch(PULLS)
gop = B.family("goproxy")
gown = B.build("goproxy")
net = B.family("connectivity")
nown = B.build("connectivity")
gh = B.family("github")
dns = B.family("dns")
down = B.build("dns")
loc = B.local()

E = [
    # --- Go: module proxies, vanity hosts and the checksum database ----------------------------------------------------
    gop("golang/lint#440", "goproxy", "goproxy.server_error", True, "service", "golang.org",
        "Fetching https://golang.org/x/lint/golint?go-get=1\nParsing meta tags from https://golang.org/x/lint/golint?go-get=1 (status code 502)\npackage golang.org/x/lint/golint: unrecognized import path \"golang.org/x/lint/golint\" (parse https://golang.org/x/lint/golint?go-get=1: no go-import meta tags ())",
        cmd="go get -u -v golang.org/x/lint/golint", also_ok=["connectivity.package_mirror", "goproxy.bad_status"],
        note="'This just started to break our CI builds': golang.org's go-get page answered 502 (tracked in golang/go#30619); the reporter the same day: 'Looks good now'"),
    gop("goproxyio/goproxy#51", "goproxy", "goproxy.bad_status", True, "service", "goproxy.io",
        "go: finding github.com/ketao1989/gogo v1.0.0\ngo: github.com/ketao1989/gogo@v1.0.0: unexpected status (https://goproxy.io/github.com/ketao1989/gogo/@v/v1.0.0.mod): 400 Bad Request\ngo: error loading module requirements",
        cmd="go get github.com/ketao1989/gogo@v1.0.0", also_ok=["goproxy.server_error", "goproxy.not_found"],
        note="goproxy.io's own log said 'unknown revision v1.0.0' for a tag that exists; its maintainer: 'I rolled back goproxy.io, and every thing is OK now' (a bad deploy of the proxy, fixed the same day)"),
    gop("golang/go#72121", "goproxy", "goproxy.fetch_failed", True, "service", "sum.golang.org",
        "go: github.com/caddyserver/caddy/v2/modules/caddypki/acmeserver imports\n        github.com/smallstep/certificates/acme tested by\n        github.com/smallstep/certificates/acme.test imports\n        go.step.sm/crypto/tpm/storage imports\n        github.com/schollz/jsonstore: github.com/caddyserver/certmagic@v0.22.0: verifying go.mod: github.com/caddyserver/certmagic@v0.22.0/go.mod: reading https://sum.golang.org/lookup/github.com/caddyserver/certmagic@v0.22.0: 404 Not Found\n        server response:\n        not found: github.com/caddyserver/certmagic@v0.22.0: invalid version: git ls-remote -q origin in /tmp/gopath/pkg/mod/cache/vcs/b23b06a42c52021c647f7a2d2e88fbbd00ae7bbfa9562e860b588980d1e28f9b: exit status 128:\n                fatal: unable to access 'https://github.com/caddyserver/certmagic/': Failed to connect to github.com port 443: Connection refused",
        cmd="go mod tidy", host_alt=["github.com"], also_ok=["goproxy.not_found", "goproxy.bad_status"],
        note="the checksum database's fetcher could not connect to github.com for a freshly tagged certmagic v0.22.0 (others hit it the same day, golang/go#72134); the maintainer: 'go get (and go mod tidy, etc) work again after about 30 minutes'"),
    net("census-instrumentation/opencensus-go#953", "connectivity", "connectivity.timeout", True, "service", "216.239.32.21:443",
        "package go.opencensus.io: unrecognized import path \"go.opencensus.io\" (https fetch: Get https://go.opencensus.io?go-get=1: dial tcp 216.239.32.21:443: i/o timeout)",
        cmd="go get -u go.opencensus.io", host_alt=["go.opencensus.io", "216.239.32.21"], also_ok=["goproxy.fetch_timeout", "goproxy.fetch_failed"],
        note="the vanity import page for go.opencensus.io is served from App Engine; a maintainer the same day: 'Seems to be working now, perhaps this was a temporary network issue or issue AppEngine'"),
    net("antchfx/htmlquery#34", "connectivity", "connectivity.blocked", False, "local", "216.239.37.1:443",
        "package golang.org/x/text/encoding: unrecognized import path \"golang.org/x/text/encoding\" (https fetch: Get https://golang.org/x/text/encoding?go-get=1: dial tcp 216.239.37.1:443: i/o timeout)",
        cmd="go get github.com/antchfx/htmlquery", host_alt=["golang.org", "216.239.37.1"], also_ok=["connectivity.timeout", "goproxy.fetch_timeout"],
        note="the maintainer: 'Looks that your request was been banned by your firewall when accessing golang.org'; the same text as a passing outage, but every try from that network fails"),
    net("eclipse-keypont/crypto11#32", "connectivity", "connectivity.proxy_misconfigured", False, "local", None,
        "package golang.org/x/net/context: unrecognized import path \"golang.org/x/net/context\" (https fetch: Get https://golang.org/x/net/context?go-get=1: proxyconnect tcp: EOF)\npackage vitess.io/vitess/go/cache: unrecognized import path \"vitess.io/vitess/go/cache\" (https fetch: Get https://vitess.io/vitess/go/cache?go-get=1: proxyconnect tcp: EOF)",
        cmd="go get github.com/ThalesIgnite/crypto11", host_alt=["golang.org", "vitess.io"], also_ok=["connectivity.proxy_refused", "connectivity.eof"],
        note="labelled invalid: a maintainer could not reproduce and pointed at the reporter's proxy settings ('perhaps your proxy settings are wrong'); the configured HTTP proxy closes every CONNECT, so no re-run helps"),
    net("multica-ai/multica#778", "connectivity", "connectivity.blocked", False, "local", "142.251.46.81:443",
        "dial tcp 142.251.46.81:443: connect: connection refused",
        cmd="docker compose -f docker-compose.selfhost.yml build", host_alt=["proxy.golang.org", "142.251.46.81"], also_ok=["goproxy.fetch_failed", "connectivity.refused"],
        note="the image's `go mod download` dials proxy.golang.org from mainland China, where 'Google services are blocked by the GFW'; the workaround is a GOPROXY=https://goproxy.cn,direct build arg (only the log line the maintainer quoted is used)"),
    dns("ot4i/ace-docker#142", "dns", "dns.resolve_failed", False, "local", "proxy.golang.org",
        "Step 7/43 : RUN go mod download\n ---> Running in a939339ea6e8\ngo: github.com/gorilla/websocket@v1.4.2: Get \"https://proxy.golang.org/github.com/gorilla/websocket/@v/v1.4.2.mod\": dial tcp: lookup proxy.golang.org on 192.168.0.1:53: read udp 172.17.0.2:36832->192.168.0.1:53: read: no route to host\nThe command '/bin/sh -c go mod download' returned a non-zero code: 1",
        cmd="docker build -t ace-dev-only --file ubi/Dockerfile.aceonly .", host_alt=["192.168.0.1:53", "192.168.0.1"], also_ok=["dns.timeout", "goproxy.fetch_failed", "connectivity.no_route"],
        note="the build container (172.17.0.2) has no route to the resolver it inherited, the host's LAN router 192.168.0.1; the maintainer: 'either there's a networking issue at your end or there was a problem on the server side' (labelled from the log as the Docker host's network)"),
    gh("mmcloughlin/addchain#144", "github", "github.bad_response", True, "service", None,
        "mmcloughlin/addchain info checking GitHub for latest tag\nmmcloughlin/addchain info found version:  <!DOCTYPE html> <html lang= for  <!DOCTYPE html> <html lang=/linux/amd64",
        cmd="./install.sh", host_alt=["github.com"], also_ok=["github.server_error", "build.tool_incompatible"],
        note="the godownloader install script (the same one golangci-lint ships, golangci-lint#3509) got an HTML page where GitHub used to answer JSON, on 2023-01-27; 'It seems Github fixed the underlying issue' and re-runs of the same runs passed"),
    gh("golangci/golangci-lint#6259", "github", "github.rate_limited", True, "service", None,
        "golangci/golangci-lint info checking GitHub for tag 'v2.5.0'\ngolangci/golangci-lint crit unable to find 'v2.5.0' - use 'latest' or see https://github.com/golangci/golangci-lint/releases for details",
        cmd="curl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/master/install.sh | sh -s -- -b /tmp/test v2.5.0", host_alt=["github.com", "api.github.com"], also_ok=["build.download_not_found", "github.api_error"],
        note="the release and its assets exist and the same command passes locally; in a GitHub Actions Docker build the script's unauthenticated GitHub calls are refused on the shared runner IP, and it reports the refusal as a missing tag"),
    net("goreleaser/goreleaser-action#469", "connectivity", "connectivity.release_index_stale", True, "service", "goreleaser.com",
        "Cannot find GoReleaser release 2.1.0 in https://goreleaser.com/static/releases.json",
        head=["Run goreleaser/goreleaser-action@v6"], also_ok=["build.download_not_found", "connectivity.package_mirror"],
        note="GoReleaser's own release run failed before it refreshed releases.json, so the action could not find the version just published; the maintainer fixed it within hours and the reporter's same run passed on re-run"),
    # --- Go: the build's own module mistakes that read like a proxy's ---------------------------------------------------
    gown("tailscale/tailscale#59", "build.package_version_missing",
         "go: finding github.com/tailscale/wireguard-go v0.0.0-20200211020303-f39bc8eeee1b\ngo: github.com/tailscale/wireguard-go@v0.0.0-20200211020303-f39bc8eeee1b: unknown revision f39bc8eeee1b\ngo: error loading module requirements",
         cmd="go mod download", also_ok=["goproxy.not_found", "build.go_module_config"],
         note="go.mod required a wireguard-go pseudo-version whose commit the fork did not publish; bradfitz: 'Whoops, fixed.' (a change to the repository, never a re-run)"),
    gown("volkszaehler/mbmd#90", "build.package_version_missing",
         "go: github.com/andig/gridx-modbus@v0.0.0-20191223181555-ff0a69a1ad97: invalid version: unknown revision ff0a69a1ad97",
         cmd="go build", also_ok=["goproxy.not_found", "build.go_module_config"],
         note="the source zip of an old release still replaces grid-x/modbus with a temporary fork commit that no longer exists ('The missing revision is a temporary one'); current master has no replace (blockquote marker dropped)"),
    gown("micro/micro#1793", "build.go_checksum_mismatch",
         "go: downloading github.com/micro/micro/v3 v3.2.1\nverifying github.com/micro/micro/v3@v3.2.1: checksum mismatch\n\tdownloaded: h1:NYQ47VCMfGt9QQJQ27UzThq28Qr8FUve4HPtAKEJquY=\n\tgo.sum:     h1:FtYn8ExrOD8wJhqGXjG6y4EzFfcZ36Zp3QCzQMf+uCc=\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.",
         cmd="go mod download", also_ok=["goproxy.bad_response"],
         note="go.mod and go.sum unchanged for weeks; 'Starting this morning, our builds started failing': the v3.2.1 bits now served differ from those go.sum recorded (others report the same); every build fails until the version or go.sum changes"),
    gown("gomods/athens#1085", "build.invalid_reference",
         "go: finding gihub.com/AsynckronIT/protoactor-go dev\ngo: finding gihub.com/AsynckronIT dev\ngo: finding gihub.com dev\ngo get gihub.com/AsynckronIT/protoactor-go@dev: unexpected status (http://127.0.0.1:5000/gihub.com/%21asynckron%21i%21t/protoactor-go/@v/dev.info): 500 Internal Server Error",
         host="127.0.0.1:5000", cmd="GOPROXY=http://127.0.0.1:5000 go get gihub.com/AsynckronIT/protoactor-go@dev", also_ok=["goproxy.server_error", "goproxy.bad_status"],
         note="the module path is typed gihub.com; the local Athens cannot fetch it ('invalid version \"dev\"' in its log) and answers 500, which reads like a broken proxy"),
    gown("gomods/athens#916", "build.go_module_config",
         "go: github.com/gofrs/uuid@v0.0.0-20180930033549-48eeef780dd5: unexpected status (http://athens.azurefd.net/github.com/gofrs/uuid/@v/v0.0.0-20180930033549-48eeef780dd5.info): 500 Internal Server Error",
         host="athens.azurefd.net", cmd="go run main.go", also_ok=["goproxy.server_error", "goproxy.bad_status"],
         note="without a proxy the same build says 'go.mod has post-v0 module path \"github.com/gofrs/uuid/v3\"': the project's own import paths are wrong; Athens only reports that as a 500"),
    nown("opentelekomcloud/terraform-provider-opentelekomcloud#1239", "build.download_not_found",
         "2021-08-03 08:16:16.006997 | TASK [ensure-golangci-lint : Install golangci-lint]\n2021-08-03 08:16:16.990056 | centos-8 | ERROR\n2021-08-03 08:16:16.990293 | centos-8 | {\n2021-08-03 08:16:16.990331 | centos-8 |   \"msg\": \"Failure downloading https://github.com/golangci/golangci-lint/releases/download/vv1.41.1/golangci-lint-v1.41.1-linux-amd64.tar.gz, HTTP Error 404: Not Found\"\n2021-08-03 08:16:16.990360 | centos-8 | }",
         host="github.com", raw_is_log=True, also_ok=["build.tag_not_found", "github.artifact_not_found"],
         note="the Zuul job's golangci_lint_version already carries a 'v' and the role adds another, so the URL asks for tag vv1.41.1; 'It seems, version should be without v'"),
    nown("stripe/stripe-cli#878", "build.download_not_found",
         "curl -fsSL https://install.goreleaser.com/github.com/golangci/golangci-lint.sh | sh -s v1.42.1\ncurl: (6) Could not resolve host: install.goreleaser.com\n# TODO: fix disabled linter issues\n./bin/golangci-lint run ./...\nmake: ./bin/golangci-lint: Command not found\nmake: *** [Makefile:39: lint] Error 127",
         host="install.goreleaser.com", cmd="make lint", also_ok=["dns.no_such_host", "dns.resolve_failed", "build.repository_removed"],
         note="the Makefile still fetches golangci-lint from install.goreleaser.com, which no longer resolves (reported as failing 'intermittantly'); fixed by PR #880 switching to the install script golangci-lint's docs give"),
    B.build_in("goproxy", "self-actuated/actuated-cli#8", "credentials.git_auth",
               "go: github.com/openfaasltd/actuated/types@v0.0.0-20240729175505-d862db002103: invalid version: git ls-remote -q origin in /home/XXX/go/pkg/mod/cache/vcs/5f40a7bb6a95c215c49d936867cb6eee519cad81bc94c572659cbf17e180d44c: exit status 128:\n        fatal: could not read Username for 'https://github.com': terminal prompts disabled",
               host="github.com", component="credentials", cmd="go mod download", also_ok=["build.go_module_config", "credentials.missing"],
               note="the CLI requires a module from a private openfaasltd repository, so git asks for credentials nobody outside has; the maintainer points packagers at the published binary (the reporter's 'XXX' kept)"),
    gown("gomods/athens#1471", "build.go_module_config",
         "time=\"2019-11-25T06:31:28Z\" level=error msg=\"exit status 1: go: finding gitlab.xxx.com/middleware/seaweed v1.0.2\\ngo: finding gitlab.xxx.com/middleware/seaweed v1.0.2\\nverifying gitlab.xxx.com/middleware/seaweed@v1.0.2/go.mod: gitlab.xxx.com/middleware/seaweed@v1.0.2/go.mod: reading https://sum.golang.org/lookup/gitlab.xxx.com/middleware/seaweed@v1.0.2: 410 Gone\\n\" http-method=GET http-path=/gitlab.xxx.com/middleware/seaweed/@v/v1.0.2.info http-url=/gitlab.xxx.com/middleware/seaweed/@v/v1.0.2.info kind=\"Internal Server Error\" module=gitlab.xxx.com/middleware/seaweed operation=download.InfoHandler ops=\"[download.InfoHandler pool.Info protocol.Info protocol.processDownload stash.Pool stasher.Stash stasher.fetchModule goGetFetcher.Fetch module.downloadModule]\" version=v1.0.2",
         host="sum.golang.org", raw_is_log=True, also_ok=["goproxy.server_error", "goproxy.not_found"],
         note="a company Athens asks the public checksum database about a private gitlab module (nothing excluded it from the sumdb), gets 410 Gone and serves the client a 500; the reporter: 'The problem of go get private repository is solved' by configuration"),
    B.entry("dns", "valimised/ivxv#16", "dns", "dns.no_such_host", False, "build", "scceiv-public.gitlab-pages.ivotingcentre.ee",
            "go: unrecognized import path \"tivi.io/core\": https fetch: Get \"https://scceiv-public.gitlab-pages.ivotingcentre.ee/tivi.io-go-get-1/\": dial tcp: lookup scceiv-public.gitlab-pages.ivotingcentre.ee: no such host",
            cmd="go build ./...", also_ok=["build.go_module_config", "dns.resolve_failed"],
            note="the project's dependency tivi.io/core redirects go-get to a pages host that public DNS does not know ('even ping doesn't work for me'); no outage, the import path points at a host outside the builder's reach (open, unanswered)"),
    # --- DNS: the build's own ---------------------------------------------------------------------------------------------
    down("RedHatOfficial/RedHatOfficial.github.io#202", "build.dead_link",
         "curl: (6) Could not resolve host: boxgrinder.org",
         host="boxgrinder.org", cmd="make check-links", also_ok=["dns.no_such_host", "dns.resolve_failed"],
         note="'one of the URLs checked in the CI is dead': the domain no longer resolves anywhere; fixed by editing the page (#204)"),
    down("gridctl/gridctl#1092", "build.test_failed",
         "** server can't find container-b.qtqeh0lh4sgepnqtebzm4mqhhe.cx.internal.cloudapp.net: NXDOMAIN\n\nsearch dns.podman qtqeh0lh4sgepnqtebzm4mqhhe.cx.internal.cloudapp.net\nnameserver 10.89.0.1",
         cmd="go test -run TestPodmanRootless_MultiContainerNetworking ./...", also_ok=["dns.no_such_host", "local.runner_image_broken"],
         note="first blamed on a new runner image; the maintainers' correction: container-b resolved on the first search domain (dns.podman) and BusyBox nslookup exits 1 when the Azure search domain answers NXDOMAIN, so the test asserted on the wrong thing; deterministic until the test changes"),
    # --- DNS: resolvers that do not answer --------------------------------------------------------------------------------
    dns("kubeshop/testkube#3732", "dns", "dns.resolve_failed", False, "local", None,
        "Initializing...\nFetching test content from git...\ncould not fetch test content: failed to fetch git: process error: exit status 128\noutput: Cloning into 'repo'...\nfatal: unable to access 'https://<PRIVATE_GITHUB_SERVER>.com/michael-walsh/MyTestsExample.git/': Could not resolve host: <PRIVATE_GITHUB_SERVER>",
        raw_is_log=True, host_alt=["<PRIVATE_GITHUB_SERVER>"], also_ok=["dns.temporary_failure", "github.git_unreachable"],
        note="only the executor's pods fail to resolve the private GitHub server, '20 or 30+ attempts in a row before having a successful checkout', while dig from other pods works; the cluster side of the pod's DNS, so a re-run soon most likely fails again (the host is the reporter's placeholder)"),
    dns("docker/for-mac#1025", "dns", "dns.server_misbehaving", False, "local", "registry-1.docker.io",
        "Using default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.65.1:53: server misbehaving",
        cmd="docker pull openknowledge/openldap", host_alt=["192.168.65.1:53"], also_ok=["local.client_regression", "dns.resolve_failed"],
        note="after the 1.13.0-rc3-beta32 upgrade Docker for Mac's embedded resolver fails on the work Wi-Fi and works on a hotspot; labelled fix-released in a later beta: the machine's Docker, not Docker Hub"),
    dns("synereo/synereo-node#2", "dns", "dns.server_misbehaving", False, "local", "index.docker.io",
        "Pulling repository synereo/synereo\nFATA[0015] Get https://index.docker.io/v1/repositories/synereo/synereo/images: dial tcp: lookup index.docker.io on 212.159.225.196:53: server misbehaving",
        cmd="docker pull synereo/synereo", host_alt=["212.159.225.196:53"], also_ok=["dns.resolve_failed", "registry.unreachable"],
        note="a maintainer first guessed Docker Hub; the reporter: 'it's my fault. I've restarted boot2docker. And download runs fine' (the VM's resolver state, fixed by a restart, not by re-running the pull)"),
    dns("alextselegidis/easyappointments#936", "dns", "dns.temporary_failure", False, "local", "security.debian.org",
        "Step 4/8 : RUN apt-get update && apt-get install -y         libfreetype6-dev         libjpeg62-turbo-dev         libpng-dev     && docker-php-ext-configure gd --with-freetype --with-jpeg     && docker-php-ext-install -j$(nproc) gd gettext mysqli pdo_mysql\n ---> [Warning] IPv4 forwarding is disabled. Networking will not work.\n ---> Running in 2a8746dc1c62\nErr:1 http://security.debian.org/debian-security buster/updates InRelease\n  Temporary failure resolving 'security.debian.org'\nErr:2 http://deb.debian.org/debian buster InRelease\n  Temporary failure resolving 'deb.debian.org'\nErr:3 http://deb.debian.org/debian buster-updates InRelease\n  Temporary failure resolving 'deb.debian.org'",
        cmd="docker-compose up -d", host_alt=["deb.debian.org"], also_ok=["local.network_misconfigured", "connectivity.package_mirror"],
        note="the reporter suspected a changed Debian URL, but the daemon's own warning says IPv4 forwarding is disabled on the host, so the build container has no network at all (labelled from the log; closed without a project change)"),
    dns("kubernetes/kubernetes#86762", "dns", "dns.timeout", False, "local", "10.96.0.10:53",
        "[ERROR] plugin/errors: 2 read udp 10.244.235.249:55567->10.96.0.10:53: i/o timeout",
        raw_is_log=True, host_alt=["10.96.0.10"], also_ok=["dns.resolve_failed"],
        note="pods' lookups through the cluster DNS service time out: CoreDNS ran on a subnet that could not reach the apiserver; 'I schedule CoreDns to the apiServer's subnet, and the problem disappeared' (the issue title's log line, without the title's leading 'coredns')"),
    # --- the runner machine: memory ---------------------------------------------------------------------------------------
    loc("eclipse-archived/codewind#189", "local.out_of_memory", True,
        "10:10:05  + export HOME=/var/jenkins_home\n10:10:05  + export GOCACHE=off\n10:10:05  + export GOARCH=amd64\n10:10:05  + GOOS=darwin go build -ldflags=-s -w -o codewind-installer-macos\n10:12:42  go build crypto/elliptic: /usr/local/go/pkg/tool/linux_amd64/compile: signal: killed",
        raw_is_log=True, also_ok=["local.container_memory_limit"],
        note="'failed intermittently with a signal killed error' on the Jenkins build container; the compiler is OOM-killed under a 512 MB limit, raised to 2 GB (intermittent, so a re-run can pass before the fix)"),
    loc("gravitational/teleport#387", "local.out_of_memory", False,
        "github.com/gravitational/teleport/vendor/github.com/coreos/etcd/Godeps/_workspace/src/github.com/ugorji/go/codec\ngo build github.com/gravitational/teleport/vendor/github.com/coreos/etcd/Godeps/_workspace/src/github.com/ugorji/go/codec: /usr/local/go/pkg/tool/linux_amd64/compile: signal: killed",
        cmd="go build -v",
        note="the smallest 512 MB DigitalOcean droplet: dmesg shows 'Out of memory: Kill process 17199 (compile)'; adding a swap file fixed it"),
    loc("broadinstitute/gene-hints#25", "local.out_of_memory", False,
        "100%|██████████| 180/180 [05:35<00:00,  1.87s/it]\n100%|██████████| 180/180 [05:35<00:00,  1.87s/it]/home/runner/work/_temp/3996971a-eb39-4aaf-91b7-d4ed401873fb.sh: line 1:  1619 Killed                  python gene_hints/gene_hints.py\nOutput to: ./pubmed_citations/data/tmp/prev_timeframe/2021_01_20.tsv\nError: Process completed with exit code 137.",
        cmd="python gene_hints/gene_hints.py", raw_is_log=True, also_ok=["build.step_failed"],
        note="the daily workflow on a hosted runner is killed for memory every run; fixed by refining the pipeline (#26), not by re-running"),
    loc("actions/runner-images#6680", "local.runner_lost", True,
        "2022-12-01T17:39:21.3663768Z make: *** [Makefile:22: test] Terminated\n2022-12-01T17:39:21.5137635Z ##[error]Process completed with exit code 143.\n2022-12-01T17:39:21.5192954Z ##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n2022-12-01T17:39:21.7086950Z Cleaning up orphan processes",
        raw_is_log=True, also_ok=["local.out_of_memory", "local.runner_shutdown"],
        note="`go race` jobs on ubuntu-latest see 'a high rate of failure', not every run; the same tests pass under stress on dedicated machines; the reporters suspect a resource limit of the hosted VM"),
    # --- the runner machine: disk, daemon, descriptors, clock ----------------------------------------------------------
    loc("flathub/flathub#6443", "local.disk_full", False,
        "No space left on device : '/home/runner/runners/2.323.0/_diag/blocks/a6031a28-4b1c-442a-95e7-87dcd55f9391_0ba7512f-0948-44fa-8876-fc0d321a6463.4'",
        raw_is_log=True, also_ok=["local.runner_lost"],
        note="the build bot's hosted runner runs out of disk building MAME: the aarch64 runners keep their swapfile, and the x86_64 build alone passed; 'You are also close to the edge even with it deleted' (a re-run fails the same)"),
    loc("actions/runner-images#8166", "local.disk_full", False,
        "You are running out of disk space. The runner will stop working when the machine runs out of disk space. Free space left: 32 MB\n\nSystem.IO.IOException: No space left on device : '/home/runner/runners/2.308.0/_diag/Worker_20230824-111853-utc.log'\n   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)",
        raw_is_log=True, also_ok=["local.runner_lost"],
        note="one job builds 61 Python extension modules and the last one fills the hosted runner's disk, so even the runner's own log cannot be written; the same job fails the same way"),
    loc("addnab/docker-run-action#50", "local.docker_daemon_down", True,
        "docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
        head=["Run addnab/docker-run-action@v3"], also_ok=["local.docker_socket_permission"],
        note="'Often I get the following error in GitHub Actions. Rerunning jobs would work sometimes' (others see it too; the '[...]' elision in the quote is left out)"),
    loc("actions/actions-runner-controller#3794", "local.docker_daemon_down", True,
        "Error: Docker pull failed with exit code 1",
        raw_is_log=True, also_ok=["local.docker_daemon_broken", "local.job_pod_not_started"],
        note="ARC runner pods whose dind sidecar often dies at start (iptables setup racing); 'it seems to be 50/50' whether the job lands on a healthy pod, and a restart policy on the pod made the jobs stop failing"),
    loc("fastlane/fastlane#7855", "local.fd_limit", True,
        "/Users/distiller/.gem/ruby/2.3.1/gems/coveralls-0.8.17/lib/coveralls/output.rb:63:in `require': Too many open files - getcwd (Errno::EMFILE)",
        cmd="bundle exec rake",
        note="'Sometimes the Circleci build fails': the macOS build machine's default open-file limit of 250; the PR raises it to 400"),
    loc("adoptium/infrastructure#1435", "local.clock_skew", False,
        "18:08:36  Caused by: java.security.cert.CertificateNotYetValidException: NotBefore: Sat Jul 04 19:00:00 CDT 2020\n18:08:36  \tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:270)\n18:08:36  \tat java.base/sun.security.x509.X509CertImpl.checkValidity(X509CertImpl.java:687)\n18:08:36  \tat java.base/sun.security.provider.certpath.BasicChecker.verifyValidity(BasicChecker.java:190)\n18:08:36  \tat java.base/sun.security.provider.certpath.BasicChecker.check(BasicChecker.java:144)\n18:08:36  \tat java.base/sun.security.provider.certpath.PKIXMasterCertPathValidator.validate(PKIXMasterCertPathValidator.java:125)\n18:08:36  \t... 34 more\n18:08:36  RETRYWARNING: Gradle failed on attempt 2",
        raw_is_log=True, also_ok=["connectivity.tls_error"],
        note="the Solaris build machine's clock is days behind a freshly issued certificate (duplicate of #1430, where 'the date is wrong' and an admin updated it); Gradle's own retry fails the same"),
    loc("elastic/cloud-on-k8s#4943", "local.clock_skew", False,
        "x509: certificate has expired or is not yet valid",
        raw_is_log=True, also_ok=["connectivity.tls_error", "registry.tls_error"],
        note="pulls from Elastic's registry on RancherOS nodes: 'it was a clock skew issue which seemed to be specific to RancherOS'; fixed by moving the nodes to Ubuntu (the issue title's line)"),
]
