"""Dev-set entries, batch 76 (Go module fetching in CI and Docker builds, a third pass over threads no earlier batch
used. The public module infrastructure: proxy.golang.org dropping zip downloads with HTTP/2 `INTERNAL_ERROR` (a
metrics workflow whose log names no host, an integration shard behind a `##[error]` annotation, a lint job where the
reset surfaces as a golangci-lint `typecheck` error), sum.golang.org's tiles resetting during a degraded window,
proxy.golang.org answering 403 to one zip for an xcaddy build, golang.org's `?go-get=1` page answering 500 to
cmd/go's own tests; third-party mirrors: proxy.golang.com.cn's 502 on a self-hosted runner whose comma GOPROXY never
fell through, goproxy.cn serving one zip that resets on every try, goproxy.cn reached through an overseas CDN node
because the build container's DNS resolved it abroad, a company GOPROXY handing out an invalid zip. Vanity import
paths whose `?go-get=1` page fails: gopkg.in answering 502 when it cannot talk to GitHub, 4d63.com not serving a
subpackage, contrib.go.opencensus.io and neugram.io without go-import meta tags, honnef.co timing out TLS handshakes
and resetting one user's connections, gnd.la refusing connections and later serving an expired certificate. TLS:
x509 `certificate signed by unknown authority` from a company VPN client in a BuildKit build, from corporate proxies
(proxy.golang.org in a legacy docker build, gopkg.in behind http_proxy, storage.googleapis.com where GOINSECURE
cannot help), and from a machine whose CA bundle predates Let's Encrypt. About a third are the build's own mistakes
that read like proxy failures: a job container with no CA bundle, retagged or force-pushed dependency versions met
as `SECURITY ERROR` and go.sum checksum mismatches, releases whose go.mod declares another module path, a `go 1.2x`
directive without a patch version that makes the toolchain download 'not available', a post-v0 module path, private
dependencies met as `unknown revision` or `terminal prompts disabled` (one in an Earthfile without the netrc secret),
an Artifactory GOPROXY setting answering 404 for sumdb, a dependency revision its vanity origin no longer serves, a
devel go command rejecting a path against GOPRIVATE, and CodeQL's default setup handing the build a proxy on `:80`.
`err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread
quoted a log inside Markdown (blockquote markers, backticks, code-block indentation) only that markup was dropped
and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words or is cut,
the entry stops at the last whole log line. Elisions ('...') and wrapping inside a quote are the reporters' own.
Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing call;
an inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any
of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"docker/cli#4327", "DataDog/dd-trace-go#5337", "payjp/payjp-go#27", "linode/linode-cosi-driver#57"}

B = Batch(PULLS)
gp = B.family("goproxy")
conn = B.family("connectivity")
bld = B.build()

X509 = "connectivity.untrusted_certificate"
STREAM = "connectivity.stream_reset"
SUM = "build.go_checksum_mismatch"
MODPATH = "build.module_path_mismatch"
PRIV = "build.private_dependency"
VANITY_META = "goproxy.vanity_meta_missing"
SECURITY = "\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum server.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'."

E = [
    # --- proxy.golang.org and sum.golang.org: transient resets and refusals ----------------------------------------------
    gp("DataDog/dd-trace-go#5337", "goproxy", "goproxy.fetch_failed", True, "service", None,
       "go mod download failed\nstream error: stream ID 397; INTERNAL_ERROR",
       cmd="go mod download", host_alt=["proxy.golang.org", "sum.golang.org"], also_ok=[STREAM, "goproxy.server_error"],
       note="build-metrics.yml failed about 10% of its runs with this signature, an HTTP/2 stream reset from the public proxy/sumdb under load; the PR primes a module cache and sets a pipe-separated GOPROXY so the same runs stop depending on a clean fetch (the log line names no host)"),
    gp("Temikus/denkeeper#374", "goproxy", "goproxy.fetch_failed", True, "service", "proxy.golang.org",
       "internal/otel/otel.go:16:2: could not import go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp\n  (.../otlptracehttp@v1.44.0/client.go:29:2: could not import .../internal/otlpconfig\n    (.../options.go:26:2: could not import .../internal/retry\n      (.../retry.go:17:2: github.com/cenkalti/backoff/v5@v5.0.3: read\n       \"https://proxy.golang.org/github.com/cenkalti/backoff/v5/@v/v5.0.3.zip\":\n       stream error: stream ID 239; INTERNAL_ERROR; received from peer)))) (typecheck)",
       cmd="golangci-lint run", also_ok=[STREAM, "build.compile_error"],
       note="reads like a typecheck error in the code, but it is the lint job (the only one without a module cache) losing a zip download to an HTTP/2 reset from proxy.golang.org; a plain re-run passed with no code change"),
    gp("margince/margince#2991", "goproxy", "goproxy.fetch_failed", True, "service", "proxy.golang.org",
       "##[error]internal/platform/jobs/jobs.go:44:2:\n  github.com/riverqueue/river/riverdriver/riverpgxv5@v0.43.0:\n  read \"https://proxy.golang.org/.../@v/v0.43.0.zip\":\n  stream error: stream ID 7; INTERNAL_ERROR; received from peer",
       raw_is_log=True, also_ok=[STREAM],
       note="three integration-shard failures in one evening, each a different river submodule reset mid-stream by proxy.golang.org; the same head was green locally, so an upstream transfer fault (the '...' is the reporter's)"),
    gp("NVIDIA/aicr#2663", "goproxy", "goproxy.fetch_failed", True, "service", "sum.golang.org",
       "github.com/moby/moby/api@v1.52.0: verifying module:\n  reading https://sum.golang.org/tile/8/0/x180/452:\n  stream error: stream ID 131; INTERNAL_ERROR; received from peer",
       t="go", cmd="go mod download", also_ok=[STREAM, "goproxy.server_error"],
       note="the second attempt of a release run failed fast on the checksum database while proxy.golang.org and sum.golang.org were degraded for about 40 minutes; sum.golang.org answered 200 again shortly after"),
    gp("klauspost/compress#822", "goproxy", "goproxy.forbidden", False, "service", "proxy.golang.org",
       "\tgithub.com/dgraph-io/badger/v2/y imports\n\tgithub.com/klauspost/compress/zstd: github.com/klauspost/compress@v1.15.15: reading https://proxy.golang.org/github.com/klauspost/compress/@v/v1.15.15.zip: 403 Forbidden\n2023/06/06 10:44:30 [FATAL] exit status 1",
       cmd="xcaddy build --with github.com/mastercactapus/caddy2-proxyprotocol --with github.com/imgk/caddy-trojan --with github.com/WeidiDeng/caddy-cloudflare-ip --with github.com/caddy-dns/cloudflare --output /usr/bin/caddy",
       also_ok=["goproxy.bad_status"],
       note="the module's maintainer: 'Your issue is with the proxy'; proxy.golang.org kept answering 403 for that zip to this client and the build only passed after switching GOPROXY to other mirrors"),
    gp("golang/go#54102", "goproxy", "goproxy.server_error", True, "service", "golang.org",
       "            > go mod download -json golang.org/x/text@v0.0.0-20171215141712-a1b916ed6726\n            [stdout]\n            {\n            \t\"Path\": \"golang.org/x/text\",\n            \t\"Version\": \"v0.0.0-20171215141712-a1b916ed6726\",\n            \t\"Error\": \"golang.org/x/text@v0.0.0-20171215141712-a1b916ed6726: unrecognized import path \\\"golang.org/x/text\\\": reading https://golang.org/x/text?go-get=1: 500 Internal Server Error\"\n            }\n            [exit status 1]\n            FAIL: testdata/script/mod_pseudo_cache.txt:12: unexpected command failure",
       raw_is_log=True, also_ok=["goproxy.bad_status"],
       note="cmd/go's script tests on two longtest builders failed when golang.org's go-get page answered 500 to the direct fetch; flagged as possible network flakiness on golang.org's side, not the change under test"),
    # --- third-party mirrors and company proxies -----------------------------------------------------------------------
    gp("matrixorigin/matrixone#26619", "goproxy", "goproxy.server_error", True, "service", "proxy.golang.com.cn",
       "go.uber.org/atomic@v1.11.0: reading https://proxy.golang.com.cn/go.uber.org/atomic/@v/v1.11.0.zip: 502 Bad Gateway",
       cmd="make ut", also_ok=["goproxy.bad_status", "build.go_module_config"],
       note="the Ubuntu UT job on the self-hosted Shanghai runner died on the first mirror's 502; the thread's point is that the Makefile's comma-separated GOPROXY falls through only on 404/410, so the other two mirrors were never tried; the 502 itself is a passing mirror fault"),
    gp("goproxy/goproxy.cn#220", "goproxy", "goproxy.fetch_failed", False, "service", "goproxy.cn",
       "go: downloading github.com/bytedance/sonic v1.12.5\n/cache/gopath/pkg/mod/github.com/!yostardev/json@v1.0.8/sonic.go:5:8: github.com/bytedance/sonic@v1.12.5: read \"https://goproxy.cn/github.com/bytedance/sonic/@v/v1.12.5.zip\": stream error: stream ID 1; INTERNAL_ERROR; received from peer\ntime=\"2024-11-25T03:28:04.629Z\" level=info msg=\"sub-process exited\" argo=true error=\"\"\nError: exit status 1",
       raw_is_log=True, also_ok=[STREAM, "goproxy.bad_zip"],
       note="an Argo workflow; the same zip downloads from proxy.golang.org, but goproxy.cn's copy failed every time, even in a browser ('一直不行'), and the thread was labelled bug: one bad object on the mirror, not a flake"),
    conn("goproxy/goproxy.cn#221", "connectivity", "connectivity.reset", False, "local", "goproxy.cn",
         "Get \"https://goproxy.cn/github.com/smartystreets/goconvey/@v/v1.8.1.zip\": read tcp 172.17.0.4:45862->163.181.140.200:443: read: connection reset by peer",
         cmd="docker build -t dte .", host_alt=["163.181.140.200:443", "163.181.140.200"], also_ok=["dns.server_misbehaving", "goproxy.fetch_failed"],
         note="the goproxy.cn maintainer: 163.181.140.200 is an overseas CDN node, and resets from inside China to it are expected; the Dockerfile's build container resolved goproxy.cn through a DNS whose exit is abroad (curl on the host got a domestic node), so the container's DNS setup has to change"),
    gp("kubernetes-sigs/controller-runtime#2839", "goproxy", "goproxy.bad_zip", True, "local", None,
       "go: downloading sigs.k8s.io/controller-runtime/tools/setup-envtest v0.0.0-20240522175850-2e9781e9fc60\ngo: sigs.k8s.io/controller-runtime/tools/setup-envtest@latest: zip: not a valid zip file",
       cmd="go install sigs.k8s.io/controller-runtime/tools/setup-envtest@latest", also_ok=["goproxy.server_error"],
       note="the reporter withdrew it: 'bad timing and related to a custom GOPROXY issue', their own module proxy handed out a broken zip right after the tool moved modules; 'Sorry for the noise', nothing in controller-runtime"),
    # --- vanity import paths whose ?go-get=1 page fails -----------------------------------------------------------------
    gp("docker/cli#4327", "goproxy", "goproxy.server_error", True, "service", "gopkg.in",
       "#14 245.9 \tgopkg.in/yaml.v2@v2.4.0: unrecognized import path \"gopkg.in/yaml.v2\": reading https://gopkg.in/yaml.v2?go-get=1: 502 Bad Gateway\n#14 245.9 \tserver response: Cannot obtain refs from GitHub: cannot talk to GitHub: Get https://github.com/go-yaml/yaml.git/info/refs?service=git-upload-pack: write tcp 10.131.9.188:60820->140.82.121.3:443: write: broken pipe",
       cmd="make -f docker.Makefile vendor", host_alt=["github.com"], also_ok=["goproxy.bad_status", "github.git_server_error"],
       note="the vendor Dockerfile fetched direct, and the gopkg.in redirector 'often going AWOL' answered 502 when it could not reach GitHub; the PR switches to the default proxy with direct as fallback so a passing gopkg.in outage no longer breaks the build"),
    gp("leighmcculloch/gochecknoglobals#20", "goproxy", "goproxy.not_found", False, "service", "4d63.com",
       "package 4d63.com/gochecknoglobals/checknoglobals: unrecognized import path \"4d63.com/gochecknoglobals/checknoglobals\": reading https://4d63.com/gochecknoglobals/checknoglobals?go-get=1: 404 Not Found",
       cmd="go get 4d63.com/gochecknoglobals/checknoglobals", also_ok=[VANITY_META, "build.dependency_not_found"],
       note="the maintainer's vanity site did not serve the subpackage's go-get page; it mostly worked through GOPROXY caches but failed whenever fetched direct, until he fixed and redeployed the site"),
    gp("opencensus-integrations/ocsql#16", "goproxy", VANITY_META, False, "service", "contrib.go.opencensus.io",
       "package contrib.go.opencensus.io/integrations/ocsql: unrecognized import path \"contrib.go.opencensus.io/integrations/ocsql\" (parse https://contrib.go.opencensus.io/integrations/ocsql?go-get=1: no go-import meta tags ())",
       cmd="go get contrib.go.opencensus.io/integrations/ocsql", also_ok=["goproxy.not_found"],
       note="the new vanity path was added to the vanity-URL config but the server was never redeployed ('broken for the past 2 days'); the contributor who merged it lacked permission to deploy, so every fetch failed until someone could"),
    gp("neugram/ng#102", "goproxy", VANITY_META, False, "service", "neugram.io",
       "package neugram.io/ng/eval: unrecognized import path \"neugram.io/ng/eval\" (parse https://neugram.io/ng/eval?go-get=1: no go-import meta tags ())",
       cmd="go get -u neugram.io/ng/eval", also_ok=["goproxy.not_found"],
       note="neugram.io served go-import meta tags only for the root path, so every subpackage import failed the same way (godoc.org 404s too); the report asks the project to serve them, nothing a retry changes"),
    conn("dominikh/go-simple#22", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "honnef.co",
         "Fetching https://honnef.co/go/staticcheck/cmd/staticcheck?go-get=1\nhttps fetch failed: Get https://honnef.co/go/staticcheck/cmd/staticcheck?go-get=1: net/http: TLS handshake timeout\npackage honnef.co/go/staticcheck/cmd/staticcheck: unrecognized import path \"honnef.co/go/staticcheck/cmd/staticcheck\" (https fetch: Get https://honnef.co/go/staticcheck/cmd/staticcheck?go-get=1: net/http: TLS handshake timeout)",
         cmd="go get -v honnef.co/go/staticcheck/cmd/staticcheck", also_ok=["connectivity.timeout"],
         note="'every fourth or fifth time' it succeeds, and etcd's Travis jobs hit it; the maintainer called it transient and moved the honnef.co/go endpoint onto Google's network to stop the intermittent timeouts"),
    conn("dominikh/go-tools#372", "connectivity", "connectivity.reset", False, "local", "honnef.co",
         "go: honnef.co/go/tools@v0.0.0-20180920025451-e3ad64cb4ed3: unrecognized import path \"honnef.co/go/tools\" (https fetch: Get https://honnef.co/go/tools?go-get=1: read tcp XXX.XXX.XXX.XX:XXXXX->138.197.72.227:443: read: connection reset by peer)\ngo: error loading module requirements",
         cmd="go get -u honnef.co/go/tools/", host_alt=["138.197.72.227:443", "138.197.72.227"], also_ok=["connectivity.timeout"],
         note="the reset persisted for this reporter the next day while others (Moscow among them) fetched fine and nobody else reported it; closed as the reporter's network path, not the vanity host (the address is masked by the reporter)"),
    conn("rainycape/governator#3", "connectivity", "connectivity.certificate_expired", False, "service", "gnd.la",
         "package gnd.la/config: unrecognized import path \"gnd.la/config\" (https fetch: Get https://gnd.la/config?go-get=1: x509: certificate has expired or is not yet valid)",
         cmd="go get github.com/rainycape/governator", also_ok=["connectivity.tls_failed", X509],
         note="the gnd.la vanity host behind the dependency first refused connections and later served an expired certificate; the workaround is fetching github.com/rainycape/gondola and symlinking it as gnd.la, so the vanity host is the failing side"),
    conn("rainycape/governator#3", "connectivity", "connectivity.refused", False, "service", "gnd.la",
         "package gnd.la/config: unrecognized import path \"gnd.la/config\" (https fetch: Get https://gnd.la/config?go-get=1: dial tcp 192.99.45.224:443: getsockopt: connection refused)",
         cmd="go get github.com/rainycape/governator", host_alt=["192.99.45.224:443", "192.99.45.224"], also_ok=["connectivity.connection_failed"],
         note="the same thread's first report: gnd.la refused HTTPS connections for every go-get page ('an excellent argument against not pointing at github'); fixed only by the symlink workaround, not by retrying"),
    # --- TLS interception and CA bundles ---------------------------------------------------------------------------------
    conn("apache/cassandra-gocql-driver#1618", "connectivity", X509, False, "local", "proxy.golang.org",
         "     12 0.343 go: github.com/gocql/gocql@v1.0.0: Get \"https://proxy.golang.org/github.com/gocql/gocql/@v/v1.0.0.mod\": x509:\n     certificate signed by unknown authority\n------\nexecutor failed running [/bin/sh -c go mod download]: exit code: 1",
         cmd="docker build -t app .", also_ok=["local.tls_interception"],
         note="'Sorry about false alert. It's my companies VPN client': the VPN re-signs TLS, and the BuildKit build's golang image does not trust that CA, so every fetch fails on that machine"),
    conn("Dabz/ccloudexporter#101", "connectivity", X509, False, "local", "proxy.golang.org",
         "go: github.com/prometheus/client_golang@v1.5.1: Get \"https://proxy.golang.org/github.com/prometheus/client_golang/@v/v1.5.1.mod\": x509: certificate signed by unknown authority\nThe command '/bin/sh -c CGO_ENABLED=0 GOOS=linux go install -ldflags \"-X github.com/Dabz/ccloudexporter/cmd/internal/collector.Version=$(git rev-parse --short HEAD)\" ./...' returned a non-zero code: 1",
         cmd="docker build -t ccloudexporter .", also_ok=["local.tls_interception"],
         note="the reporter builds behind a proxy that re-signs TLS; adding a certificate chain to the image did not help and the maintainer suggested building outside the proxied network, so the network setup, not the project, fails the build"),
    conn("golang/go#18519", "connectivity", X509, False, "local", "gopkg.in",
         "Fetching https://gopkg.in/yaml.v2?go-get=1\nhttps fetch failed: Get https://gopkg.in/yaml.v2?go-get=1: x509: certificate signed by unknown authority\npackage gopkg.in/yaml.v2: unrecognized import path \"gopkg.in/yaml.v2\" (https fetch: Get https://gopkg.in/yaml.v2?go-get=1: x509: certificate signed by unknown authority)",
         cmd="go get -v -u gopkg.in/yaml.v2", also_ok=["local.tls_interception"],
         note="with http_proxy/https_proxy pointing at the corporate proxy, gopkg.in's go-get page arrives re-signed by the proxy's own CA; only -insecure gets past it, so it fails the same until the machine trusts that CA"),
    conn("golang/go#32966", "connectivity", X509, False, "local", "storage.googleapis.com",
         " > [build_base 6/8] RUN GOINSECURE=googleapis.com go mod download:\n#10 33.58 github.com/klauspost/compress@v1.10.10: Get \"https://storage.googleapis.com/proxy-golang-org-prod/d9521529eeba67d2-github.com:klauspost:compress-v1.10.10.zip?Expires=1602676985&GoogleAccessId=gcs-urlsigner-prod%40golang-modproxy.iam.gserviceaccount.com&Signature=X9KcpzaewN7L0trqQIC0Ak2VM5M5xobvKoaVdUF3zWzVuklJtU1%2BmKIdMrppMBuZTyZoCf9MpeISitDbAC%2BR1dTYSJCzIqRFUlXNLV%2FrYnq8OWIQi0G%2FxQlrfyMC3PmHamLR6EX644FG%2BmOgyswsBVnH6qJu67vvQR8cyAak1rIAptE4%2FqKLoxnn8KgBL%2F5OqXSrsvzNzTvD6kgGqWmj5J%2BGjWQXrQ5TMFNeyqIvFE3zR1YrsxcK0mjcan3xAol0ti4hNFGbjrOikm4UbN16gKhaiPcXL9X0zeLbj4O0KstYM0JQBqitZHR9x2MExGvp%2Bfcfi7qVFNd9BotKD9qd6Q%3D%3D\": x509: certificate signed by unknown authority",
         t="bk_raw", run="GOINSECURE=googleapis.com go mod download", also_ok=["local.tls_interception", "build.go_module_config"],
         note="a comment on the GOINSECURE proposal: updating ca-certificates in the image did not help, so the zips proxy.golang.org redirects to arrive re-signed on this network; GOINSECURE matches module paths, not the storage host, so setting it cannot help"),
    conn("dominikh/go-tools#230", "local", "local.ca_bundle_outdated", False, "local", "honnef.co",
         "package honnef.co/go/tools/cmd/unused: unrecognized import path \"honnef.co/go/tools/cmd/unused\" (https fetch: Get https://honnef.co/go/tools/cmd/unused?go-get=1: x509: certificate signed by unknown authority)",
         cmd="go get honnef.co/go/tools/cmd/unused", also_ok=[X509],
         note="honnef.co's certificate is issued by Let's Encrypt, which every modern bundle trusts; the maintainer: update the system's certificate bundle, which the reporter did ('Perfect, thanks')"),
    # --- services behind the build: CodeQL's default setup ----------------------------------------------------------------
    gp("github/codeql-action#2909", "github", "github.codeql_proxy_misconfigured", False, "service", None,
       "[2025-05-27 13:06:37] [build-stderr]\n    go.opentelemetry.io/contrib/bridges/otelslog:\n      go.opentelemetry.io/contrib/bridges/otelslog@v0.11.0:\n        Get \"https://proxy.golang.org/go.opentelemetry.io/contrib/bridges/otelslog/@v/v0.11.0.zip\":\n          proxyconnect tcp: dial tcp :80: connect: connection refused",
       raw_is_log=True, host_alt=["proxy.golang.org"], also_ok=["connectivity.proxy_refused"],
       note="CodeQL default setup's autobuild had a private-registry proxy change rolled out that set an empty proxy (':80'); the CodeQL team rolled it back and CodeQL 2.21.4 fixed it, nothing in the repository (the reporter rewrapped the line, as quoted)"),
    # --- the build's own: certificates, configuration, toolchains ---------------------------------------------------------
    bld("actions/setup-go#110", "build.ca_certificates_missing",
        "go get: module github.com/pacur/pacur: Get \"https://proxy.golang.org/github.com/pacur/pacur/@v/list\": x509: certificate signed by unknown authority",
        cmd="go get github.com/pacur/pacur", host="proxy.golang.org", also_ok=[X509],
        note="the job runs setup-go inside `container:` images (ubuntu, debian, archlinux) that ship without a CA bundle, so Go cannot verify any HTTPS peer; the known fix is installing ca-certificates in the job, not anything upstream"),
    gp("mikefarah/yq#867", "goproxy", "goproxy.config_invalid", False, "build", "artifactory.ti-apps.aws.grail.com",
       "go: downloading github.com/mikefarah/yq v2.4.1+incompatible\nverifying github.com/mikefarah/yq@v2.4.1+incompatible: github.com/mikefarah/yq@v2.4.1+incompatible: reading https://artifactory.ti-apps.aws.grail.com/artifactory/api/go/go/sumdb/sum.golang.org/lookup/github.com/mikefarah/yq@v2.4.1+incompatible: 404 Not Found",
       cmd="GO111MODULE=on go get github.com/mikefarah/yq", also_ok=["build.go_module_config", "goproxy.not_found"],
       note="'This turned out having to do with our GOPROXY setting': the company Artifactory GOPROXY does not proxy the sumdb path it was asked for; the reporter's own configuration, not yq or the public proxy"),
    bld("linode/linode-cosi-driver#57", "build.go_module_config",
        "go: downloading go1.22 (linux/amd64)\ngo: download go1.22 for linux/amd64: toolchain not available",
        cmd="go env", also_ok=["build.toolchain_missing"],
        note="reads like a failed download, but go.mod says `go 1.22` and there is no release named go1.22 to fetch (golang/go#62278); the PR pins `toolchain go1.22.2` so every go command stops asking for it"),
    bld("dapr/components-contrib#3545", "build.go_module_config",
        "go: downloading go1.23 (darwin/amd64)\ngo: download go1.23 for darwin/amd64: toolchain not available",
        cmd="go mod tidy", also_ok=["build.toolchain_missing"],
        note="the repository's go.mod carried `go 1.23` without a patch version, which the go command treats as a toolchain to download that does not exist; root cause golang/go#62278 (closed as stale); a patch version in go.mod is the fix, not a retry"),
    bld("golang/go#39180", "build.toolchain_regression",
        "go get golang.org/x/tools@master: path does not match GOPRIVATE/GONOPROXY",
        cmd="GO111MODULE=on ~/go/bin/go get golang.org/x/tools@master", also_ok=["build.go_module_config", "build.tool_outdated"],
        note="looks like a GOPRIVATE mistake, but GOPRIVATE only named github.com/heschik; a regression in a devel go command (CL 226460) rejected a public path; a release-blocker fixed in cmd/go, the released toolchain works"),
    # --- the build's own: module paths and versions ------------------------------------------------------------------------
    bld("jwilder/dockerize#189", MODPATH,
        "#0 0.584 go: downloading github.com/jwilder/dockerize v0.7.0\n#0 0.784 go: github.com/jwilder/dockerize@v0.7.0: github.com/jwilder/dockerize@v0.7.0: parsing go.mod:\n#0 0.784        module declares its path as: dockerize\n#0 0.784                but was required as: github.com/jwilder/dockerize",
        t="bk_raw", run="go install github.com/jwilder/dockerize@v0.7.0", also_ok=["build.go_module_config"],
        note="the v0.7.0 release changed go.mod's module line to plain `dockerize`, so installing it by its GitHub path fails on every run; other go installs in the same step worked, and v0.6.0 still installs"),
    bld("payjp/payjp-go#27", MODPATH,
        " > [3/3] RUN go get github.com/payjp/payjp-go/v1:\n#6 0.892 go: downloading github.com/payjp/payjp-go v0.0.0-20201217084407-4e27e7ecbe9f\n#6 1.759 go: found github.com/payjp/payjp-go/v1 in github.com/payjp/payjp-go v0.0.0-20201217084407-4e27e7ecbe9f\n#6 1.839 go get: github.com/payjp/payjp-go@v0.0.0-20201217084407-4e27e7ecbe9f: parsing go.mod:\n#6 1.839 \tmodule declares its path as: v1\n#6 1.839 \t        but was required as: github.com/payjp/payjp-go",
        t="bk_raw", run="go get github.com/payjp/payjp-go/v1", also_ok=["build.go_module_config"],
        note="following the library's install instructions in a clean docker build fails because its go.mod declares the module as `v1`; the PR corrects the module path, which PAY.JP merged"),
    bld("google/go-github#1427", MODPATH,
        "go get github.com/google/go-github@master: github.com/google/go-github@v0.0.0-20200210131958-2e3e74fa920e: invalid version: go.mod has post-v0 module path \"github.com/google/go-github/v29\" at revision 2e3e74fa920e",
        cmd="go get -u github.com/google/go-github@master", also_ok=["build.go_module_config"],
        note="the request names the unversioned path while master's go.mod is github.com/google/go-github/v29; the maintainer: ask for github.com/google/go-github/v29 ('That did the trick')"),
    bld("saferwall/saferwall#343", PRIV,
        "go: github.com/saferwall/multiav@v0.1.6: reading github.com/saferwall/multiav/go.mod at revision v0.1.6: unknown revision v0.1.6",
        cmd="go build ./...", host_alt=["github.com"], also_ok=["credentials.git_auth", "build.dependency_not_found"],
        note="the tag exists, but multiav was a private repository, so outsiders' fetches see an unknown revision; the maintainer: 'it happens because that module is private', fixed on the project's side later"),
    bld("XinFinOrg/XDPoSChain#319", PRIV,
        "55.72 go: github.com/olumuyiwadad/XDPoSChain@v0.0.0-20210822085431-3aa327803aed: git fetch -f https://github.com/olumuyiwadad/XDPoSChain refs/heads/*:refs/heads/* refs/tags/*:refs/tags/* in /go/pkg/mod/cache/vcs/600349f54fcb7d5d0f8522c55555d3957beee8378a1c4a3231fb3385f50c9fe3: exit status 128:\n55.72 \tfatal: could not read Username for 'https://github.com': terminal prompts disabled",
        cmd="docker build -t xdposchain .", host="github.com", also_ok=["credentials.git_auth", "build.dependency_not_found"],
        note="the module graph pins a pseudo-version of a personal fork that is not publicly fetchable, so git asks for credentials the docker build cannot give; every build fails the same until the requirement points at a public repository"),
    gp("earthly/earthly#2265", "credentials", "credentials.git_auth", False, "build", None,
       " fatal: could not read Username for 'https://gitlab.<mydomain>.io': terminal prompts disabled",
       cmd="earthly +deps", host_alt=["gitlab.<mydomain>.io"], also_ok=[PRIV, "credentials.missing"],
       note="the Earthfile's `RUN go mod download` runs without the user's ~/.netrc; the maintainer: mount it as a secret (RUN --mount type=secret,target=/root/.netrc), after which it worked; the domain is the reporter's mask"),
    bld("tj/gobinaries#31", "build.package_version_missing",
        "building: exit status 1: go: github.com/juicedata/juicesync@v0.1.0 requires\n\tqiniupkg.com/x@v7.0.7+incompatible: reading qiniupkg.com/x/go.mod at revision v7.0.7: unknown revision v7.0.7",
        raw_is_log=True, host_alt=["qiniupkg.com"], also_ok=["goproxy.not_found", "build.dependency_not_found"],
        note="gobinaries' 500 for juicesync hid this build error: a dependency pins qiniupkg.com/x at a revision its vanity origin no longer serves ('I guess that v7.0.7 wasn't published?'); the same fetch fails every time"),
    # --- the build's own: retagged versions met as checksum errors ----------------------------------------------------------
    bld("daixiang0/gci#11", SUM,
        "go: downloading github.com/daixiang0/gci v0.2.3\ngo get github.com/daixiang0/gci@upgrade: github.com/daixiang0/gci@v0.2.3: verifying module: checksum mismatch\n\tdownloaded: h1:+mP3cW9wrL1wxE+2qqUt99Xx3eSM1lsqqOveAMZqA4A=\n\tsum.golang.org: h1:wg2R5t3NwFSmsGZDaD1mjiv0aRqktnaijE9f4SeLqu0=" + SECURITY,
        cmd="go get github.com/daixiang0/gci@upgrade", also_ok=["build.checksum_mismatch"],
        note="the v0.2.3 tag was force-pushed after the checksum database recorded it, so the bits no longer match sum.golang.org for anyone; no attacker, and no retry helps: 'Fixed by v0.2.4 release'"),
    bld("go-ole/go-ole#185", SUM,
        "go: verifying github.com/go-ole/go-ole@v1.2.2/go.mod: checksum mismatch\n\tdownloaded: h1:pnvuG7BrDMZ8ifMurTQmxwhQM/odqm9sSqNe5BUI7v4=\n\tgo.sum:     h1:7FAglXiTm7HKlQRDeOQ6ZNUHidzCWXuZWq/1dTyBNF8=",
        cmd="go build ./...", also_ok=["build.checksum_mismatch"],
        note="v1.2.2 was re-pointed while a go.mod was being added, so go.sum entries recorded earlier no longer match; the maintainer regenerated go.mod and tagged v1.2.4, which consumers must move to"),
    bld("buildkite/terminal-to-html#221", SUM,
        "verifying github.com/buildkite/terminal-to-html/v3@v3.16.7: checksum mismatch\n  downloaded: h1:egKgXH+IdOVnxDU6QV/zAXrlKuFUgJ6pHXjQpY7dw3w=\n  go.sum:     h1:XRNIchLG+GOGPdV9DvWxCvbr7OJrGDXEnMtpUcg8OR0=",
        cmd="go mod download", also_ok=["build.checksum_mismatch"],
        note="the maintainer had deleted and re-created the v3.16.7 tag after a bug fix, so proxies cached different contents; he tagged v3.16.8 and the consumer (Gitea) upgraded, 'all fine now'"),
    bld("google/go-containerregistry#2107", SUM,
        "go: github.com/google/go-containerregistry@v0.20.4: verifying module: checksum mismatch\n\tdownloaded: h1:wQ614GjDrt6MiV9fwIVBdJqmDuup3Fho6QfltIrnNSw=\n\tsum.golang.org: h1:w/Fdj3ef046SdV/GJU69cCnreaLpqbTo1X9XPyHbkd4=" + SECURITY,
        cmd="GOSUMDB=sum.golang.org GOMODCACHE=$(mktemp -d) GOPROXY=direct go mod download github.com/google/go-containerregistry@v0.20.4", also_ok=["build.checksum_mismatch"],
        note="v0.20.4 was removed and re-tagged with extra commits after proxy.golang.org and sum.golang.org had recorded the first one; fetching through the proxy still works, fetching direct (as distro builds do) fails every time until a new tag"),
]
