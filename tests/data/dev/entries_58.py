"""Dev-set entries, batch 58 (Go module proxies and the checksum database as CI jobs meet them, infrastructure and the
build's own mistakes side by side. Proxies: proxy.golang.org's frontends sending GOAWAY mid-download on prow, a TLS
handshake timeout on an ARM build box, a goreleaser build timing out on proxy.golang.org after the tag was cut, a
403 from a self-hosted module proxy whose redirect to Cloud Storage fails now and then behind a corporate proxy;
goproxy.cn serving broken zips (a bug fixed the same day, a CDN node, a cache that stayed broken for days), goproxy.cn
answering 429 while under attack and 429s that came from a GitLab runner's BuildKit rather than the proxy, goproxy.io
answering 500 while its resolver was broken and resetting kubevirt's sumdb tile fetches, a Huawei Cloud VM that cannot
hold a connection to goproxy.io, a self-hosted goproxy container in CI caching a truncated zip, an Artipie Go
repository answering 500 to every list; gopkg.in answering 502 when it could not reach GitHub, a Dependabot fetch to
gopkg.in cut off, a private module's direct git fetch cut short by GitHub; the checksum database answering 404 and
410 for tags pushed minutes earlier (goreleaser's own release, OpenSSF Scorecard's, godog's); proxy.golang.org blocked
from mainland China, out of reach from a Hong Kong Docker build and a brew install, and behind an untrusted root.
Beside them the build's own: `go 1.22` in go.mod that no toolchain download can satisfy, golang images with
GOTOOLCHAIN=local under a bumped go directive (dnsx, gitea), goreleaser proxying a private module and a module with a
replace onto ../.., `go install` refusing a tool whose go.mod has replace directives, golangci-lint v2 installed
under its v1 path and a version without its v, a fork whose go.mod names another module, a dependency tag that no
longer matches the checksum database, an import path with no repository behind it, and an openSUSE build that runs
`go mod tidy` without a network). `err` is verbatim from the source (a GitHub thread found with the search tool's
`issues` corpus); where a thread quoted a log inside Markdown (code fences, indentation, quote marks around an inline
log) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the
reporter's own words or is cut, the entry stops at the last whole log line. Hosts follow the README's strict rule: a
host is given only where a line of the log names it for the failing call; an inferred, masked or placeholder one goes
in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501, RUF001
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"mvanhorn/cli-printing-press#279", "gnolang/gno#6219", "anyproto/anytype-heart#2556", "go-gitea/gitea#35877"}

B = Batch(PULLS)
gop = B.family("goproxy")
gown = B.build("goproxy")
gh = B.family("github")
net = B.family("connectivity")

SUMDB_LAG = "fresh tag"

E = [
    # --- proxy.golang.org and its storage: outages, resets, timeouts -------------------------------------------------
    gop("kubernetes-sigs/kueue#12023", "goproxy", "goproxy.fetch_failed", True, "service", "proxy.golang.org",
        "#10 [builder 4/6] RUN go mod download\n#10 5.897 go: k8s.io/apiserver@v0.36.1: read \"https://proxy.golang.org/k8s.io/apiserver/@v/v0.36.1.zip\": http2: server sent GOAWAY and closed the connection; LastStreamID=1013, ErrCode=NO_ERROR, debug=\"server_shutting_down\"\n#10 5.897 go: k8s.io/autoscaler/cluster-autoscaler/apis@v0.0.0-20240830133931-adfbe7e45277: Get \"https://proxy.golang.org/k8s.io/autoscaler/cluster-autoscaler/apis/@v/v0.0.0-20240830133931-adfbe7e45277.zip\": http2: server sent GOAWAY and closed the connection; LastStreamID=1013, ErrCode=NO_ERROR, debug=\"server_shutting_down\"\n#10 ERROR: process \"/bin/sh -c go mod download\" did not complete successfully: exit code: 1",
        raw_is_log=True, also_ok=["connectivity.stream_reset", "goproxy.server_error"],
        note="labelled kind/flake on a prow e2e job: a proxy.golang.org frontend shutting down closed the HTTP/2 connection mid-download (GOAWAY server_shutting_down); nothing in the PR, a re-run passes"),
    gop("open-telemetry/opentelemetry-collector-releases#1112", "goproxy", "goproxy.fetch_timeout", True, "service", "proxy.golang.org",
        "build failed: exit status 1: go: downloading golang.org/x/mod v0.27.0\nError: internal/builder/main.go:18:2: golang.org/x/mod@v0.27.0: Get \"https://proxy.golang.org/golang.org/x/mod/@v/v0.27.0.mod\": dial tcp 142.250.191.241:443: i/o timeout\nError: internal/builder/main.go:19:2: golang.org/x/mod@v0.27.0: Get \"https://proxy.golang.org/golang.org/x/mod/@v/v0.27.0.mod\": dial tcp 142.250.191.241:443: i/o timeout\n\nError: The process '/opt/hostedtoolcache/goreleaser-action/2.11.2/x64/goreleaser' failed with exit code 1",
        raw_is_log=True, host_alt=["142.250.191.241:443", "142.250.191.241"], also_ok=["connectivity.timeout", "goproxy.fetch_failed"],
        note="a release retro: goreleaser building cmd/builder timed out dialing proxy.golang.org; a maintainer: 'a networking error that's out of our control' (the job itself would pass again; only the tag-first release flow made a retry awkward)"),
    gop("sensu/sensu-go#3543", "goproxy", "goproxy.fetch_timeout", True, "service", "proxy.golang.org",
        "go: github.com/ash2k/stager@v0.0.0-20170622123058-6e9c7b0eacd4: Get https://proxy.golang.org/github.com/ash2k/stager/@v/v0.0.0-20170622123058-6e9c7b0eacd4.mod: net/http: TLS handshake timeout",
        cmd="docker build -t sensu-arm .", also_ok=["connectivity.tls_handshake_timeout", "goproxy.fetch_failed"],
        note="an ARM image build of sensu-go 5.17.1 stalls in the TLS handshake with proxy.golang.org; the reporter two days later: 'It seems to be working now'"),
    gop("go-mod-proxy/go-mod-proxy#15", "goproxy", "goproxy.forbidden", True, "local", "proxy.golang.org",
        "ERRO[423842] error getting mod file for module google.golang.org/api@v0.3.1: command /usr/local/go/bin/go mod download -json google.golang.org/api@v0.3.1 failed (exitCode = 1, dir = \"/tmp/617062711/home\") with stderr/stdout:\nstdout: {\nstdout: \t\"Path\": \"google.golang.org/api\",\nstdout: \t\"Version\": \"v0.3.1\",\nstdout: \t\"Error\": \"google.golang.org/api@v0.3.1: reading https://proxy.golang.org/google.golang.org/api/@v/v0.3.1.zip: 403 Forbidden\",",
        raw_is_log=True, also_ok=["goproxy.bad_status", "connectivity.proxy_misconfigured"],
        note="a self-hosted module proxy's upstream fetch: 'definitely intermittent ... could be due to the corporate proxy failing'; the maintainer: 'due to a redirect to google storage API failing' (the quote stops before the cache paths)"),
    # --- the checksum database and fresh tags ------------------------------------------------------------------------
    gop("goreleaser/goreleaser#6437", "goproxy", "goproxy.not_found", True, "service", "sum.golang.org",
        "  ⨯ release failed after 1m38s\n    error=\n    │ failed to proxy module: exit status 1: go: downloading github.com/goreleaser/goreleaser/v2 v2.14.3\n    │ go: github.com/goreleaser/goreleaser/v2@v2.14.3: verifying module: github.com/goreleaser/goreleaser/v2@v2.14.3: reading https://sum.golang.org/lookup/github.com/goreleaser/goreleaser/v2@v2.14.3: 404 Not Found\n    │ \tserver response: not found: github.com/goreleaser/goreleaser/v2@v2.14.3: invalid version: unknown revision v2.14.3",
        cmd="goreleaser release --clean", also_ok=["goproxy.bad_status", "build.tag_not_found"],
        note=f"goreleaser's own release ({SUMDB_LAG}): 'sometimes, when the release runs, the go mod proxy doesn't have it yet'; the fix retries the lookup for a few minutes before failing"),
    gop("ossf/scorecard#1337", "goproxy", "goproxy.not_found", True, "service", "sum.golang.org",
        "      • proxying github.com/ossf/scorecard/v3@v3.2.1 to build github.com/ossf/scorecard/v3\n63\n   ⨯ release failed after 46.73s error=failed to proxy module: exit status 1: go: github.com/ossf/scorecard/v3@v3.2.1: verifying go.mod: github.com/ossf/scorecard/v3@v3.2.1/go.mod: reading https://sum.golang.org/lookup/github.com/ossf/scorecard/v3@v3.2.1: 410 Gone\n64\n\tserver response: not found: github.com/ossf/scorecard/v3@v3.2.1: invalid version: unknown revision v3.2.1",
        cmd="goreleaser release --rm-dist", also_ok=["goproxy.bad_status", "build.tag_not_found"],
        note=f"the release ran on the push of tag v3.2.1 before the checksum database could see it ({SUMDB_LAG}); 'I re-ran the action and it ran successfully' (the bare 63/64 lines are the Actions UI's line numbers, copied with the log)"),
    gop("golang/go#38019", "goproxy", "goproxy.not_found", True, "service", "sum.golang.org",
        "go get: github.com/cucumber/godog@v0.9.0/go.mod: verifying module: github.com/cucumber/godog@v0.9.0/go.mod: reading https://sum.golang.org/lookup/github.com/cucumber/godog@v0.9.0: 410 Gone\n\tserver response: not found: github.com/cucumber/godog@v0.9.0: invalid version: unknown revision v0.9.0",
        cmd="go get github.com/cucumber/godog@v0.9.0", also_ok=["goproxy.bad_status", "build.tag_not_found"],
        note=f"godog v0.9.0 had just been released ({SUMDB_LAG}); the reporter: 'waited 5 min instead of the recommended 1 minute, but after 5 minutes more, it worked'"),
    # --- goproxy.cn and goproxy.io ----------------------------------------------------------------------------------
    gop("goproxy/goproxy.cn#7", "goproxy", "goproxy.bad_response", True, "service", None,
        "/go/pkg/mod/alilog/log.go:12:2: unknown import path \"github.com/aliyun/aliyun-log-go-sdk\": zip: not a valid zip file\n/go/pkg/mod/helper/mac_ip.go:6:2: unknown import path \"github.com/asaskevich/govalidator\": zip: not a valid zip file\n/go/pkg/mod/paginate.pb.go:16:8: unknown import path \"github.com/golang/protobuf/proto\": zip: not a valid zip file\n/go/pkg/mod/mysql.go:6:2: unknown import path \"github.com/jinzhu/gorm\": zip: not a valid zip file\n/go/pkg/mod/mysql.go:7:2: unknown import path \"github.com/jinzhu/gorm/dialects/mysql\": zip: not a valid zip file",
        cmd="go build ./...", host_alt=["goproxy.cn"], also_ok=["goproxy.server_error", "goproxy.fetch_failed"],
        note="labelled bug: goproxy.cn served malformed zips; its maintainer the same day: 'Just fixed in goproxy/goproxy@461dbca ... Sorry for the trouble' (a service-side fault fixed within hours)"),
    gop("goproxy/goproxy.cn#246", "goproxy", "goproxy.bad_response", True, "service", None,
        "github.com/leodido/go-urn: zip: not a valid zip file",
        cmd="go mod download github.com/leodido/go-urn@v1.4.0", host_alt=["goproxy.cn"], also_ok=["goproxy.fetch_failed"],
        note="with a clean module cache; the maintainer could not reproduce and suspected the CDN node the reporter was given; the reporter a week later: it looks normal now"),
    gop("goproxy/goproxy.cn#37", "goproxy", "goproxy.bad_response", False, "service", None,
        "go: downloading github.com/micro/go-plugins v1.4.0\ngo get github.com/micro/go-plugins: zip: not a valid zip file",
        cmd="go get github.com/micro/go-plugins", host_alt=["goproxy.cn"], also_ok=["goproxy.fetch_failed"],
        note="goproxy.cn kept serving broken zips: cache and CDN refreshes did not help a second reporter, even after `go clean -modcache`, for five days until the fixed server code was deployed"),
    gop("goproxy/goproxy.cn#5", "goproxy", "goproxy.rate_limited", True, "service", "goproxy.cn",
        "o: github.com/prometheus/client_model@v0.0.0-20171117100541-99fa1f4be8e5: unexpected status (https://goproxy.cn/github.com/prometheus/client_model/@v/v0.0.0-20171117100541-99fa1f4be8e5.info): 429 Too Many Requests\ngo: gopkg.in/tomb.v1@v1.0.0-20141024135613-dd632973f1e7: unexpected status (https://goproxy.cn/gopkg.in/tomb.v1/@v/v1.0.0-20141024135613-dd632973f1e7.info): 429 Too Many Requests\ngo: golang.org/x/sys@v0.0.0-20180909124046-d0be0721c37e: unexpected status (https://goproxy.cn/golang.org/x/sys/@v/v0.0.0-20180909124046-d0be0721c37e.info): 429 Too Many Requests",
        cmd="go build ./...", also_ok=["goproxy.bad_status"],
        note="the maintainer: 'our servers are under attack these days, so we have to add a rate limit'; the limit was adjusted the same day ('It should be better now'); the paste's first line lost its leading 'g'"),
    gop("goproxy/goproxy.cn#170", "goproxy", "goproxy.rate_limited", False, "local", "goproxy.cn",
        "build #15 [builder 4/6] RUN --mount=type=secret,id=mynetrc,target=/root/.netrc go mod download\nbuild #15 4.619 go: gitlab.gllue.com/gopkg/dingtalkinteractiverobot@v0.0.0-20220628091306-d01ce561b811 requires\nbuild #15 4.619     google.golang.org/grpc@v1.47.0: reading https://goproxy.cn/google.golang.org/grpc/@v/v1.47.0.mod: 429 Too Many Requests\nbuild #15 ERROR: process \"/bin/sh -c go mod download\" did not complete successfully: exit code: 1",
        raw_is_log=True, also_ok=["goproxy.bad_status", "builder.init_failed"],
        note="a Kubernetes GitLab runner building with BuildKit: neither goproxy.cn's CDN nor its backend logged any 429; it reproduced every time until the reporter restarted BuildKit ('重启 buildkit 竟然好了'), so something on the runner side answered"),
    gop("goproxyio/goproxy#67", "goproxy", "goproxy.server_error", True, "service", "goproxy.io",
        "go get gocloud.dev: unexpected status (https://goproxy.io/gocloud.dev/@v/list): 500 Internal Server Error.",
        cmd="go get gocloud.dev", also_ok=["goproxy.bad_status", "goproxy.server_status"],
        note="a goproxy.io maintainer the next day: 'The server's DNS has some issue. Sorry about that. Now fixed, try it again'"),
    gop("goproxyio/goproxy#204", "goproxy", "goproxy.fetch_failed", True, "service", "goproxy.io",
        "09:07:15: \tgoogle.golang.org/api@v0.78.0 requires 09:07:15: \tgolang.org/x/sys@v0.0.0-20220502124256-b6088ccd6cba: verifying go.mod: golang.org/x/sys@v0.0.0-20220502124256-b6088ccd6cba/go.mod: Get \"https://goproxy.io/sumdb/sum.golang.org/tile/8/0/x040/747\": read tcp 10.233.80.183:60104->119.28.201.50:443: read: connection reset by peer",
        raw_is_log=True, host_alt=["119.28.201.50:443", "119.28.201.50"], also_ok=["connectivity.reset", "goproxy.server_error"],
        note="kubevirt's prow builds: 'sporadic network failures ... when accessing goproxy.io (which is the 2nd proxy entry in GOPROXY)', not tied to any dependency; they dropped goproxy.io from the chain (the quote stops before the next interleaved build-log line)"),
    gop("goproxyio/goproxy#181", "goproxy", "goproxy.fetch_failed", False, "local", "119.28.201.50:443",
        "github.com/coreos/etcd@v3.3.25+incompatible: read tcp 192.168.0.26:53028->119.28.201.50:443: read: connection reset by peer",
        cmd="go mod download", host_alt=["119.28.201.50", "goproxy.io"], also_ok=["connectivity.reset", "connectivity.blocked"],
        note="from a Huawei Cloud VM with GOPROXY=https://goproxy.io,direct; the maintainer: 'If you can't access goproxy.io servers, you can try proxy.golang.com.cn' (that network's path to the proxy, not a passing fault)"),
    # --- self-hosted module proxies ----------------------------------------------------------------------------------
    gop("goproxyio/goproxy#107", "goproxy", "goproxy.bad_response", False, "local", None,
        "github.com/sirupsen/logrus@v1.4.2: zip: not a valid zip file",
        cmd="go mod download", also_ok=["goproxy.fetch_failed", "build.go_checksum_mismatch"],
        note="a CI pipeline behind its own goproxy/goproxy container: the cached v1.4.2.zip had no end-of-central-directory record and kept being served until the reporter deleted it by hand; not reproducible afterwards"),
    gop("artipie/artipie#540", "goproxy", "goproxy.server_error", False, "service", "localhost:8080",
        "# get http://localhost:8080/my-go-proxy/golang.org/@v/list\n# get http://localhost:8080/my-go-proxy/golang.org/x/time/@v/list\n# get http://localhost:8080/my-go-proxy/golang.org/x/@v/list\n# get http://localhost:8080/my-go-proxy/golang.org/x/@v/list: 500 Internal Server Error (0.601s)\n# get http://localhost:8080/my-go-proxy/golang.org/x/time/@v/list: 500 Internal Server Error (0.602s)\n# get http://localhost:8080/my-go-proxy/golang.org/@v/list: 500 Internal Server Error (0.602s)\ngo get golang.org/x/time: module golang.org/x/time: reading http://localhost:8080/my-go-proxy/golang.org/x/time/@v/list: 500 Internal Server Error",
        cmd="GO111MODULE=on GOPROXY=http://localhost:8080/my-go-proxy go get -x -insecure golang.org/x/time", also_ok=["goproxy.server_status", "goproxy.bad_status"],
        note="'Go adapter is broken': the Artipie Go repository answers 500 to every @v/list it is asked; a defect in the repository manager, the same on every try"),
    # --- vanity hosts and direct fetches -----------------------------------------------------------------------------
    gop("networkservicemesh/sdk#1164", "goproxy", "goproxy.server_error", True, "service", "gopkg.in",
        "Run GOPROXY=direct go get -u github.com/networkservicemesh/sdk-k8s@main\n  GOPROXY=direct go get -u github.com/networkservicemesh/sdk-k8s@main\n  go mod tidy\n  git diff\n  shell: /usr/bin/bash -e {0}\n  env:\n    GOROOT: /opt/hostedtoolcache/go/1.16.10/x64\ngo: github.com/spiffe/go-spiffe/v2@v2.0.0-beta.5 requires\n\tgopkg.in/square/go-jose.v2@v2.4.1: unrecognized import path \"gopkg.in/square/go-jose.v2\": reading https://gopkg.in/square/go-jose.v2?go-get=1: 502 Bad Gateway\n\tserver response: Cannot obtain refs from GitHub: cannot talk to GitHub: Get https://github.com/square/go-jose.git/info/refs?service=git-upload-pack: net/http: request canceled (Client.Timeout exceeded while awaiting headers)\nError: Process completed with exit code 1.",
        raw_is_log=True, host_alt=["github.com"], also_ok=["goproxy.server_status", "connectivity.package_mirror"],
        note="'Update dependent repositories' sometimes fails: with GOPROXY=direct the gopkg.in redirector answers 502 because it timed out talking to GitHub; other runs of the same action pass"),
    net("dependabot/dependabot-core#1514", "connectivity", "connectivity.eof", True, "service", None,
        "go: github.com/spf13/viper@v1.5.0 requires\n\tgithub.com/grpc-ecosystem/grpc-gateway@v1.9.0 requires\n\tgopkg.in/yaml.v2@v2.0.0-20170812160011-eb3733d160e7: invalid version: git -c protocol.version=0 fetch --unshallow -f origin refs/heads/*:refs/heads/* refs/tags/*:refs/tags/* in /opt/go/gopath/pkg/mod/cache/vcs/748bced43cf7672b862fbc52430e98581510f4f2c34fb30c0064b7102a68ae2c: exit status 128:\n\tfatal: The remote end hung up unexpectedly",
        raw_is_log=True, host_alt=["gopkg.in"], also_ok=["goproxy.fetch_failed", "connectivity.reset"],
        note="Dependabot's maintainer: 'a temporary blip - while the Go tool was trying to fetch one of the modules its connection to gopkg.in was interrupted'; another maintainer sees a few a month, mostly from gopkg.in"),
    gh("kgateway-dev/kgateway#10059", "github", "github.git_fetch_failed", True, "service", "github.com",
        "go: github.com/solo-io/gloo-mesh-enterprise/v2@v2.6.0-beta2.0.20240513200804-918b2444e187: invalid pseudo-version: git fetch -f origin refs/heads/*:refs/heads/* refs/tags/*:refs/tags/* in /go/pkg/mod/cache/vcs/369c87d29e9e85fda502104a0650da339049281ffd5b7ab1bf4cadc5350a3356: exit status 128:\n14.66 \twarning: redirecting to https://github.com/solo-io/gloo-mesh-enterprise/\n14.66 \terror: 1189 bytes of body are still expected\n14.66 \tfetch-pack: unexpected disconnect while reading sideband packet\n14.66 \tfatal: early EOF\n14.66 \tfatal: index-pack failed",
        cmd="go mod download", also_ok=["connectivity.eof", "goproxy.fetch_failed"],
        note="labelled CI Test Flake: the image build's `go mod download` fetches a private module straight from GitHub and the pack is cut off mid-transfer; 'This seems like a network issue of some sort'"),
    # --- networks that cannot reach the proxy ------------------------------------------------------------------------
    net("ethereum/go-ethereum#21129", "connectivity", "connectivity.blocked", False, "local", "proxy.golang.org",
        "github.com/Azure/azure-pipeline-go@v0.2.2: Get \"https://proxy.golang.org/github.com/%21azure/azure-pipeline-go/@v/v0.2.2.mod\": dial tcp 172.217.160.81:443: i/o timeout\nmake: *** [geth] Error 1",
        cmd="make geth", host_alt=["172.217.160.81:443", "172.217.160.81"], also_ok=["goproxy.fetch_timeout", "connectivity.timeout"],
        note="'i try so many times'; karalabe: 'The Go package proxy is blocked in China. Please disable it by setting the GOPROXY=direct env var' (or use a Chinese mirror); the reporter's quote marks around the inline log dropped"),
    gop("0x0FB0/pulsar#34", "connectivity", "connectivity.timeout", False, "local", "proxy.golang.org",
        "Step 23/32 : RUN cd zdns/zdns && go build .\n---> Running in a1095150e4e3\ngo: github.com/asergeyev/nradix@v0.0.0-20170505151046-3872ab85bb56: Get https://proxy.golang.org/github.com/asergeyev/nradix/@v/v0.0.0-20170505151046-3872ab85bb56.mod: dial tcp 216.58.200.241:443: i/o timeout",
        cmd="docker-compose build", host_alt=["216.58.200.241:443", "216.58.200.241"], also_ok=["goproxy.fetch_timeout", "connectivity.blocked"],
        note="a sandbox image build 'from the Internet in Hong Kong'; the maintainer asks whether proxy.golang.org even answers a ping there and: 'Your internet connection is not my problem, or a global one' (the build host's path, not an outage)"),
    gop("bufbuild/homebrew-buf#5", "connectivity", "connectivity.timeout", False, "local", "proxy.golang.org",
        "go: github.com/gofrs/flock@v0.8.1: Get \"https://proxy.golang.org/github.com/gofrs/flock/@v/v0.8.1.mod\": dial tcp 172.217.160.113:443: i/o timeout",
        cmd="brew install bufbuild/buf/buf", host_alt=["172.217.160.113:443", "172.217.160.113"], also_ok=["goproxy.fetch_timeout", "connectivity.blocked"],
        note="the formula builds buf from source; buf's maintainers: 'This isn't a buf issue, this is an issue with your local development environment'; the workaround another user posted is an https_proxy"),
    gop("bufbuild/homebrew-buf#4", "connectivity", "connectivity.untrusted_certificate", False, "local", "proxy.golang.org",
        "go: github.com/gofrs/flock@v0.8.1: Get “https://proxy.golang.org/github.com/gofrs/flock/@v/v0.8.1.mod”: x509: certificate signed by unknown authority",
        cmd="brew install buf", also_ok=["connectivity.proxy_misconfigured", "goproxy.fetch_failed"],
        note="the maintainers could not reproduce and called it 'a (likely transient) issue with your local development machine'; an unknown authority for proxy.golang.org means the machine's own TLS path (an intercepting proxy or a missing root), so labelled not retryable (the curly quotes are the reporter's)"),
    # --- the build's own: toolchain directives and GOTOOLCHAIN -------------------------------------------------------
    gown("shogo82148/actions-goveralls#485", "build.toolchain_missing",
         "Run shogo82148/actions-goveralls@v1\n/usr/bin/go env GOROOT\ngo: downloading go1.22 (linux/amd64)\ngo: download go1.22 for linux/amd64: toolchain not available\nError: Error: The process '/usr/bin/go' failed with exit code 1",
         raw_is_log=True, also_ok=["goproxy.not_found", "build.go_module_config"],
         note="after go.mod moved to `go 1.22` the runner's older Go tries to switch to a toolchain named go1.22, which does not exist (releases are go1.22.0); installing Go 1.22 with setup-go before the action fixed it; every run fails the same"),
    gown("projectdiscovery/dnsx#1025", "build.toolchain_missing",
         "#25 [linux/amd64 builder 5/6] RUN go mod download\n#25 0.058 go: go.mod requires go >= 1.25.0 (running go 1.24.13; GOTOOLCHAIN=local)\n#25 ERROR: process \"/bin/sh -c go mod download\" did not complete successfully: exit code: 1\nERROR: failed to build: failed to solve: process \"/bin/sh -c go mod download\" did not complete successfully: exit code: 1",
         raw_is_log=True, also_ok=["build.go_module_config"],
         note="the Dockerfile pins a golang:1.2X-alpine builder, whose official images set GOTOOLCHAIN=local, so a go directive bumped past the pin fails every release build ('It has now happened twice with the same error')"),
    gown("go-gitea/gitea#35877", "build.toolchain_missing",
         "758.4 Running go generate...\n758.5 go: go.mod requires go >= 1.25.4 (running go 1.25.3; GOTOOLCHAIN=local)\n758.5 make: *** [Makefile:755: generate-go] Error 1",
         raw_is_log=True, also_ok=["build.go_module_config"],
         note="the PR bumps go.mod to 1.25.4 while the image build still runs Go 1.25.3 with GOTOOLCHAIN=local, which forbids the toolchain download; the options discussed are a newer image or GOTOOLCHAIN=auto"),
    # --- the build's own: goreleaser, go install and module paths ----------------------------------------------------
    gown("mvanhorn/cli-printing-press#279", "build.go_module_config",
         "failed to proxy module: exit status 1: go: github.com/mvanhorn/cli-printing-press@v2.3.2:\n  invalid version: git ls-remote -q ... https://github.com/mvanhorn/cli-printing-press\n  fatal: could not read Username for 'https://github.com': terminal prompts disabled",
         cmd="goreleaser release --clean", host="github.com", also_ok=["credentials.git_auth", "goproxy.not_found"],
         note="the repository is private: goreleaser's gomod.proxy sends the module through the Go proxy, which cannot see it, and the direct git fallback has no credentials; every release since v2.3.1 shipped no binaries until the PR dropped gomod.proxy (the '...' is the PR's own elision)"),
    gown("gnolang/gno#6219", "build.go_module_config",
         "  • checking go.mod\n    • your go.mod file has replace directive in it, and go mod proxying is enabled -\n      this does not work, and you need to either disable it or remove the replace directive\n    • the offending line is replace github.com/gnolang/gno => ../..\n  ⨯ release failed after 1s   error=cannot use the go.mod replace directive with go mod proxy enabled",
         cmd="goreleaser release", also_ok=["build.tool_incompatible"],
         note="'version: ~> v2' floated the job onto goreleaser v2.18.2, which now checks the contribs module's go.mod and its replace onto ../.. cannot be proxied; every push to master failed until the PR disabled gomod proxying"),
    gown("axllent/mailpit#511", "build.go_module_config",
         "RUN go install github.com/axllent/mailpit/sendmail@latest:\n  0.204 go: downloading github.com/axllent/mailpit v1.25.1\n  0.473 go: github.com/axllent/mailpit/sendmail@latest (in github.com/axllent/mailpit@v1.25.1):\n  0.473 \tThe go.mod file for the module providing named packages contains one or\n  0.473 \tmore replace directives. It must not contain directives that would cause\n  0.473 \tit to be interpreted differently than if it were the main module.",
         cmd="docker build .", also_ok=["build.tool_incompatible"],
         note="mailpit's go.mod carries a replace to work around an upstream bug, and `go install pkg@version` refuses such modules; the maintainer: not the documented way to install sendmail; fails every time until the replace is gone"),
    gown("anyproto/anytype-heart#2556", "build.invalid_reference",
         "go: github.com/golangci/golangci-lint/cmd/golangci-lint@v2.2.1: github.com/golangci/golangci-lint/cmd/golangci-lint@v2.2.1: invalid version: unknown revision cmd/golangci-lint/v2.2.1\nmake: *** [install-linter] Error 1",
         cmd="make install-linter", also_ok=["build.package_version_missing", "goproxy.not_found"],
         note="after the move to golangci-lint v2 the Makefile still installs the v1 module path with a v2 tag; the v2 module lives under /v2 ('an incorrect module path and version tag'); fixed in the PR"),
    gown("WhoIsSethDaniel/mason-tool-installer.nvim#15", "build.invalid_reference",
         "go: github.com/golangci/golangci-lint/cmd/golangci-lint@1.49.0: github.com/golangci/golangci-lint/cmd/golangci-lint@1.49.0: invalid version: unknown revision 1.49.0",
         cmd="go install -v github.com/golangci/golangci-lint/cmd/golangci-lint@1.49.0", also_ok=["build.package_version_missing", "goproxy.not_found"],
         note="the README's example version lacks the leading v: '1.47.0' fails, 'v1.47.0' works; a configuration typo, never a re-run"),
    gown("golang/go#78907", "build.go_module_config",
         "go: github.com/yurivict/ollama@v0.21.1: reading https://proxy.golang.org/github.com/yurivict/ollama/@v/v0.21.1.info: 404 Not Found\n        server response: not found: github.com/yurivict/ollama@v0.21.1: invalid version: unknown revision v0.21.1",
         cmd="GOPROXY=proxy.golang.org /usr/local/bin/go125 list -m github.com/yurivict/ollama@v0.21.1", host="proxy.golang.org", also_ok=["goproxy.not_found", "build.tag_not_found"],
         note="the fork was tagged but its go.mod still declares the upstream module path; hyangah: 'The module name in the go.mod file doesn't match', so the proxy will never serve it under the fork's path"),
    gown("projectdiscovery/httpx#231", "build.go_checksum_mismatch",
         "github.com/projectdiscovery/httpx/cmd/httpx imports\n\tgithub.com/projectdiscovery/httpx/internal/runner imports\n\tgithub.com/projectdiscovery/mapcidr: github.com/projectdiscovery/mapcidr@v0.0.5: verifying module: checksum mismatch\n\tdownloaded: h1:S/zwptkcseHDuVGEInFkxfhbygF3RN2J2/SEAbDzSvg=\n\tsum.golang.org: h1:sD2PpMBHLQWe0+/1c5VEFvtaM7yn/97/kbnHHRfPqMw=\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum server.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'.",
         cmd="GO111MODULE=on go get -v github.com/projectdiscovery/httpx/cmd/httpx", host_alt=["sum.golang.org"], also_ok=["goproxy.bad_response"],
         note="mapcidr v0.0.5 as fetched no longer matches what sum.golang.org recorded for that tag; the workaround pins an httpx commit and the maintainer's fix is a new release ('Should be fixed now'); a re-run fetches the same bits"),
    gown("quintex-dev/asterisk-ari-go#2", "build.repository_missing",
         "go: module github.com/quintex/go-asterisk-api-client: git ls-remote -q origin in /home/vagrant/go/pkg/mod/cache/vcs/13fb3104de348f974e5e31d8d77b5cec30653bffe6615e6069bafd8cdc96de6f: exit status 128:\n        fatal: could not read Username for 'https://github.com': terminal prompts disabled\nConfirm the import path was entered correctly.\nIf this is a private repository, see https://golang.org/doc/faq#git_https for additional information.",
         cmd="go get -u github.com/quintex/go-asterisk-api-client", host="github.com", also_ok=["credentials.git_auth", "build.go_module_config"],
         note="with terminal prompts allowed the same fetch answers 'remote: Repository not found': the import path names a repository that is not there, so the credential prompt is a red herring"),
    gown("hoehermann/purple-gowhatsapp#227", "build.network_sandboxed",
         "[   24s] cd /home/abuild/rpmbuild/BUILD/purple-gowhatsapp-0.0+git20220925-build/purple-gowhatsapp-0.0+git20220925/src/go && /usr/bin/cmake -E env GOPATH=/home/abuild/rpmbuild/BUILD/purple-gowhatsapp-0.0+git20220925-build/purple-gowhatsapp-0.0+git20220925/build/src/go/_go go mod tidy\n[   24s] go: errors parsing go.mod:\n[   24s] go.mod:13:2: require go.mau.fi/whatsmeow: Get \"https://proxy.golang.org/go.mau.fi/whatsmeow/@v/list\": dial tcp: lookup proxy.golang.org on [::1]:53: read udp [::1]:41550->[::1]:53: read: connection refused\n[   24s] make[2]: *** [src/go/CMakeFiles/purple-go-whatsapp.dir/build.make:99: /home/abuild/rpmbuild/BUILD/purple-gowhatsapp-0.0+git20220925-build/purple-gowhatsapp-0.0+git20220925/src/go/go.mod] Error 1\n[   24s] make[2]: Leaving directory '/home/abuild/rpmbuild/BUILD/purple-gowhatsapp-0.0+git20220925-build/purple-gowhatsapp-0.0+git20220925/build'\n[   24s] make[1]: *** [CMakeFiles/Makefile2:231: src/go/CMakeFiles/purple-go-whatsapp.dir/all] Error 2\n[   24s] make: *** [Makefile:159: all] Error 2",
         raw_is_log=True, host_alt=["[::1]:53", "proxy.golang.org"], also_ok=["dns.resolver_unreachable", "goproxy.fetch_failed"],
         note="an openSUSE package build, which runs 'in the environment completely closed from accessing the Internet' by design, while the CMake rule runs `go mod tidy` and so asks proxy.golang.org; no retry can pass"),
]
