"""Dev-set entries, batch 114 (Go module fetching in CI jobs and Dockerfile RUN steps, a new pass over threads no
earlier batch used: module proxies (goproxy.cn, goproxy.io's checksum-database proxy, proxy.golang.org), the
`GOPROXY=direct` path through vanity hosts (gopkg.in, honnef.co, code.cloudfoundry.org, 4d63.com, sourcegraph.com,
code.gitea.io, contrib.go.opencensus.io, golang.org/x) and git fetches of private modules. The services' side:
goproxy.cn's overseas CDN answering 404 to GitHub Actions (August 2022) and 404 `bad upstream` for a `@latest`
(2026), goproxy.io's checksum-database proxy answering 410 (November 2019), gopkg.in's 502s whenever it cannot reach
GitHub (September 2018 on Travis and a workstation, June 2020, August 2022, docker/cli's vendor check in June 2023),
gopkg.in/fsnotify.v1 answering 404 while its GitHub repository was emptied, honnef.co answering 502 to a packaging
build, Sourcegraph's and 4d63.com's vanity servers down for a while, code.gitea.io without a redirect entry,
code.cloudfoundry.org serving another site's certificate, the OpenCensus vanity host resetting connections. The
runner's side: golang.org and proxy.golang.org out of reach from mainland China in BuildKit, legacy-builder and
compose builds, proxy.golang.org answering 403 to a Hetzner server and to an IPv6 address it places in a restricted
region, TLS-intercepting proxies whose certificates the build container does not trust. The build's own, about a
third, that read like proxy failures: modules whose go.mod declares another path (a renamed GitHub namespace, a
vanity path), v2+ tags without a /v2 module path, go.sum entries that no longer match a re-cut tag (etcd v3.3.12,
cidranger v1.0.0) or what another Go computes (docker v1.13.1), a dependency tag renamed away, `GOPROXY=direct`
set where gopkg.in's revision cannot be read, a dependency repository that git can only reach with credentials, a
private module fetched over HTTPS without them, a vendoring tool still calling Bitbucket's retired 1.0 API, GOPATH
mode asking helm.sh for packages that only exist as modules, a Hugo site built without a go.mod, and Hugo dropping
the proxy variables from the go command's environment. `err` is verbatim from the source (a GitHub thread found with
the search tool's `issues` corpus); where a thread quoted a log inside Markdown (code fences, indentation of a code
block, blockquote markers, backticks, heading marks) only that markup was dropped and trailing blanks trimmed, never
a word of the log; shell prompt lines (`$ ...` and the like) were left out where the command went into `cmd=`. Where a
quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Elisions and
masks (`/xxx/`, `proxyserver.example.com`) and the odd spacing in a copied IP address are the reporters' own. Hosts
follow the README's strict rule: a host is given only where a line of the log names it for the failing call; the
build's own entries keep theirs in host_alt unless the failing call is a credential prompt for a named host. Labels
were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {
    "nooncall/shazam#39", "S4kur4/Derp-China#2", "docker/cli#4324", "docker/docker-ce-packaging#685", "moby/moby#44691",
    "phishdetect/phishdetect#4", "jfrog/jfrog-cli-plugins-reg#77", "meroxa/cli#136", "aws/iot-atlas#41",
}  # fmt: skip

B = Batch(PULLS)
gop = B.family("goproxy")
gown = B.build("goproxy")

NOT_FOUND = "goproxy.not_found"
SERVER = "goproxy.server_error"
META = "goproxy.vanity_meta_missing"
TIMEOUT = "goproxy.fetch_timeout"
FORBIDDEN = "goproxy.forbidden"
CERT = "connectivity.untrusted_certificate"
CONFIG = "build.go_module_config"
SUM = "build.go_checksum_mismatch"
GIT_AUTH = "credentials.git_auth"
GOPKG = "gopkg.in"
SECURITY = "\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'."

E = [
    # --- the services' side: module proxies ----------------------------------------------------------------------------
    gop("goproxy/goproxy.cn#149", "goproxy", NOT_FOUND, True, "service", "goproxy.cn",
        "#9 33.83 go: github.com/go-playground/locales@v0.13.0: reading https://goproxy.cn/github.com/go-playground/locales/@v/v0.13.0.zip: 404 Not Found\n#9 33.83 \tserver response: not found\n#9 33.83 go: github.com/google/pprof@v0.0.0-20210407192527-94a9f03dee38: reading https://goproxy.cn/github.com/google/pprof/@v/v0.0.0-20210407192527-94a9f03dee38.zip: 404 Not Found\n#9 33.83 \tserver response: not found\n#9 33.83 go: github.com/klauspost/compress@v1.13.6: reading https://goproxy.cn/github.com/klauspost/compress/@v/v1.13.6.zip: 404 Not Found\n#9 33.83 \tserver response: not found\n#9 33.83 go: github.com/leodido/go-urn@v1.2.0: reading https://goproxy.cn/github.com/leodido/go-urn/@v/v1.2.0.zip: 404 Not Found\n#9 33.83 \tserver response: not found\n#9 33.83 go: github.com/mattn/go-sqlite3@v2.0.3+incompatible: reading https://goproxy.cn/github.com/mattn/go-sqlite3/@v/v2.0.3+incompatible.zip: 404 Not Found",
        t="bk_raw", run="go mod download", also_ok=[SERVER, "goproxy.bad_status"],
        note="6 August 2022, a GitHub Actions image build with GOPROXY=goproxy.cn that passed days earlier with the same Dockerfile and go.mod, while local builds pass; aofei: the 404s came from a configuration problem on goproxy.cn's overseas CDN nodes, which they fixed"),
    gop("nooncall/shazam#39", "goproxy", NOT_FOUND, True, "service", "goproxy.io",
        "go: finding gopkg.in/yaml.v2 v2.2.1\ngo: finding honnef.co/go/tools v0.0.0-20190102054323-c2f93a96b099\nverifying github.com/google/go-cmp@v0.2.0: github.com/google/go-cmp@v0.2.0: reading https://goproxy.io/sumdb/sum.golang.org/lookup/github.com/google/go-cmp@v0.2.0: 410 Gone\nRemoving intermediate container c10e9c45c860\nThe command '/bin/sh -c GO111MODULE=on go mod download' returned a non-zero code: 1",
        also_ok=["goproxy.bad_status", SERVER],
        note="27 November 2019, a docker build's `go mod download`: goproxy.io's proxy of sum.golang.org answers 410 for an old, valid go-cmp version (openatx/atx-agent#64 and robfig/cron#254 saw the same 410s from goproxy.io's sumdb path those two days); the PR drops goproxy.io from GOPROXY because it 'broken the build process'"),
    gop("S4kur4/Derp-China#2", "goproxy", NOT_FOUND, False, "service", "goproxy.cn",
        "1.979 go: tailscale.com/cmd/derper@latest: module tailscale.com/cmd/derper: reading https://goproxy.cn/tailscale.com/cmd/derper/@v/list: 404 Not Found\n1.979\nserver response: not found: bad upstream",
        t="bk_raw", run="go install tailscale.com/cmd/derper@latest", also_ok=[SERVER, "goproxy.bad_status"],
        note="February 2026, `docker compose up -d --build`: goproxy.cn cannot fetch the module list from upstream ('bad upstream', 'goproxy.cn找不到最新的包'); switching GOPROXY to Aliyun's mirror built it, and the PR adds that mirror to the Dockerfile's GOPROXY list"),
    # --- the services' side: gopkg.in and other vanity hosts ---------------------------------------------------------
    gop("go-yaml/yaml#402", "goproxy", SERVER, True, "service", GOPKG,
        "Fetching https://gopkg.in/yaml.v2?go-get=1\nParsing meta tags from https://gopkg.in/yaml.v2?go-get=1 (status code 502)\ngopkg.in/yaml.v2 (download)\n# cd /Users/username/src/gopkg.in/yaml.v2; git pull --ff-only\nremote: Cannot obtain refs from GitHub: cannot talk to GitHub: Get https://github.com/go-yaml/yaml.git/info/refs?service=git-upload-pack: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\nfatal: unable to access 'https://gopkg.in/yaml.v2/': The requested URL returned error: 502\npackage gopkg.in/yaml.v2: exit status 1",
        t="go", cmd="go get -v -u gopkg.in/yaml.v2", also_ok=["github.outage", "goproxy.bad_status"],
        note="11 September 2018: gopkg.in answers 502 because it cannot reach GitHub; niemeyer: 'GitHub is having issues today', tracked in niemeyer/gopkg#63, which he closed once GitHub had 'solved the issue for good'"),
    gop("go-yaml/yaml#401", "goproxy", SERVER, True, "service", GOPKG,
        "Cloning into '/home/travis/build/cloudfoundry-incubator/app-autoscaler/src/gopkg.in/yaml.v2'...\nremote: Cannot obtain refs from GitHub: cannot talk to GitHub: Get https://github.com/go-yaml/yaml.git/info/refs?service=git-upload-pack: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\nfatal: unable to access 'https://gopkg.in/yaml.v2/': The requested URL returned error: 502\nfatal: clone of 'https://gopkg.in/yaml.v2' into submodule path '/home/travis/build/cloudfoundry-incubator/app-autoscaler/src/gopkg.in/yaml.v2' failed",
        also_ok=["github.git_server_error", "github.outage"],
        note="the same 11 September 2018 GitHub partial outage seen from a Travis pipeline that clones gopkg.in/yaml.v2 as a git submodule ('our travis pipeline is broken as well'); nothing in the project changed, the clone passes once gopkg.in reaches GitHub again"),
    gop("go-yaml/yaml#631", "goproxy", META, True, "service", GOPKG,
        "go: gopkg.in/yaml.v2@v2.2.7: unrecognized import path \"gopkg.in/yaml.v2\" (parse https://gopkg.in/yaml.v2?go-get=1: no go-import meta tags ())",
        also_ok=[SERVER],
        note="22 June 2020, 'the second time in the last 5 days that my build fails without changes in my code': gopkg.in served its own error page (its resolver could not look up github.com) instead of the go-import tags; niemeyer: 'Looks like a temporary error', the reporter: 'it was about 2 hours'"),
    gop("go-yaml/yaml#887", "goproxy", SERVER, True, "service", GOPKG,
        "go: module gopkg.in/yaml.v3: git ls-remote -q origin in /home/ubuntu/go/pkg/mod/cache/vcs/0901dc1ef67fcce1c9b3ae51078740de4a0e2dc673e720584ac302973af82f36: exit status 128:\n\tremote: Cannot obtain refs from GitHub: cannot talk to GitHub: Get https://github.com/go-yaml/yaml.git/info/refs?service=git-upload-pack: net/http: request canceled (Client.Timeout exceeded while awaiting headers)\n\tfatal: unable to access 'https://gopkg.in/yaml.v3/': The requested URL returned error: 502",
        t="go", cmd="go get gopkg.in/yaml.v3", also_ok=["github.git_server_error", "goproxy.bad_status"],
        note="13 August 2022, many users at once (go-yaml/yaml#800 and Reddit): 'Github is blocking connections from gopkg.in....not an issue with go-yaml per se', a repeat of the 2018 episode (niemeyer/gopkg#63); nothing the builds could change, and the thread was closed when gopkg.in worked again"),
    gop("docker/cli#4324", "goproxy", SERVER, True, "service", GOPKG,
        "#14 245.9 \tgopkg.in/yaml.v2@v2.4.0: unrecognized import path \"gopkg.in/yaml.v2\": reading https://gopkg.in/yaml.v2?go-get=1: 502 Bad Gateway\n#14 245.9 \tserver response: Cannot obtain refs from GitHub: cannot talk to GitHub: Get https://github.com/go-yaml/yaml.git/info/refs?service=git-upload-pack: write tcp 10.131.9.188:60820->140.82.121.3:443: write: broken pipe",
        also_ok=["goproxy.bad_status", "connectivity.stream_reset"],
        note="2 June 2023, docker/cli's vendor validation (GOPROXY=direct) on an unrelated GoDoc fix: thaJeztah, 'gopkg.in is down (again)... it's not just CI' (curl shows the same broken pipe) and merges the PR as the failure is unrelated; docker/cli#4327 then sets GOPROXY to the default proxy with direct as fallback"),
    gop("fsnotify/fsnotify#239", "goproxy", NOT_FOUND, True, "service", GOPKG,
        "Fetching https://gopkg.in/fsnotify.v1?go-get=1\nParsing meta tags from https://gopkg.in/fsnotify.v1?go-get=1 (status code 404)\ngopkg.in/fsnotify.v1 (download)\n# cd /xxx/src/gopkg.in/fsnotify.v1; git pull --ff-only\nremote: GitHub repository at https://github.com/go-fsnotify/fsnotify has no branch or tag \"v1\", \"v1.N\" or \"v1.N.M\"\nfatal: repository 'https://gopkg.in/fsnotify.v1/' not found",
        also_ok=["build.repository_missing", META],
        note="21 March 2018: the go-fsnotify/fsnotify repository behind gopkg.in/fsnotify.v1 had been emptied ('you remove the content'), so gopkg.in finds no v1 branch or tag; the next day, with the content back, 'Thanks for your work! Work well now!' (the /xxx/ path is the reporter's mask)"),
    gop("docker/docker-ce-packaging#685", "goproxy", SERVER, True, "service", "honnef.co",
        "go: downloading google.golang.org/protobuf v1.27.1\ngo: downloading github.com/matttproud/golang_protobuf_extensions v1.0.2-0.20181231171920-c182affec369\ngo: google.golang.org/grpc@v1.44.0 requires\ngoogle.golang.org/genproto@v0.0.0-20200526211855-cb27e3aa2013 requires\nhonnef.co/go/tools@v0.0.0-20190523083050-ea95bdfd59fc: unrecognized import path \"honnef.co/go/tools\": reading https://honnef.co/go/tools?go-get=1: 502 Bad Gateway\nmake: *** [Makefile:71: manpages] Error 1",
        also_ok=["goproxy.bad_status", META],
        note="5 May 2022, the docker-ce packaging build (GOPROXY=direct) of the manpages: thaJeztah, 'The https://honnef.co/go/tools domain looks to be offline, causing projects that do not use vendoring to fail'; the backport turns GOPROXY on to route around the vanity host while it is down"),
    gop("golangci/golangci-lint#1691", "goproxy", NOT_FOUND, True, "service", "4d63.com",
        "package 4d63.com/gochecknoglobals/checknoglobals: unrecognized import path \"4d63.com/gochecknoglobals/checknoglobals\": reading https://4d63.com/gochecknoglobals/checknoglobals?go-get=1: 404 Not Found",
        also_ok=[META, "goproxy.bad_status"],
        note="5 February 2021, a GitHub Actions container build of golangci-lint: the vanity host answered 404 that morning and six days earlier; ldez: 'The import works well now, so maybe it was just maintenance of the server', closed with nothing to change"),
    gop("sourcegraph/appdash#214", "goproxy", META, True, "service", "sourcegraph.com",
        "go: sourcegraph.com/sourcegraph/appdash@v0.0.0-20180110180208-2cc67fd64755: unrecognized import path \"sourcegraph.com/sourcegraph/appdash\" (parse https://sourcegraph.com/sourcegraph/appdash?go-get=1: no go-import meta tags ())",
        also_ok=[SERVER],
        note="21 September 2020: sourcegraph.com answered 503 so the vanity page had no go-import tags; keegancsmith: 'It's back. Sorry we had some unexpected downtime', and the reporter: 'My CI job has also succeeded'"),
    gop("go-gitea/tea#7", "goproxy", META, False, "service", "code.gitea.io",
        "package code.gitea.io/sdk/gitea: unrecognized import path \"code.gitea.io/sdk/gitea\" (parse https://code.gitea.io/sdk/gitea?go-get=1: no go-import meta tags ())",
        t="go", cmd="go get code.gitea.io/tea", also_ok=[NOT_FOUND],
        note="December 2018: code.gitea.io's redirect service had no entry for the sdk path, so every fetch of tea's dependency fails the same way; tboerger: 'Will be solved by https://github.com/go-gitea/redirects/pull/47', a fix on the vanity host's side"),
    gop("census-instrumentation/opencensus-go#777", "goproxy", "goproxy.fetch_failed", True, "service", "contrib.go.opencensus.io",
        "  * \"contrib.go.opencensus.io/exporter/stackdriver\": unable to deduce repository and source type for \"contrib.go.opencensus.io/exporter/stackdriver\": unable to read metadata: unable to fetch raw metadata: failed HTTP request to URL \"http://contrib.go.opencensus.io/exporter/stackdriver?go-get=1\": Get http://contrib.go.opencensus.io/exporter/stackdriver?go-get=1: read tcp 192.168.178.51:40300->216.239.32.21:80: read: connection reset by peer",
        cmd="dep ensure", also_ok=["connectivity.reset"],
        note="June 2018: the OpenCensus vanity host resets connections now and then ('When I repeat the command a couple times it finally succeeds'), reproducible with curl against go.opencensus.io while other Google vanity hosts such as cloud.google.com/go work"),
    gop("moby/moby#44691", "connectivity", CERT, False, "service", "code.cloudfoundry.org",
        "2022-12-22T00:01:12.571Z] 2022/12/22 00:01:12 unrecognized import path \"code.cloudfoundry.org/clock\" (https fetch: Get \"https://code.cloudfoundry.org/clock?go-get=1\": x509: certificate is valid for *.de.a9sapp.eu, de.a9sapp.eu, not code.cloudfoundry.org)",
        also_ok=["connectivity.tls_failed", META],
        note="December 2022, moby's Jenkins vendor check: thaJeztah, 'The vanity URL looks to be misconfigured' (it serves another site's certificate), so the 20.10 branch's vendor.conf is changed to fetch the code directly from GitHub"),
    # --- the runner's side -------------------------------------------------------------------------------------------
    gop("BishopFox/h2csmuggler#13", "goproxy", TIMEOUT, False, "local", "golang.org",
        "#9 30.25 unrecognized import path \"golang.org/x/net/http2\": https fetch: Get \"https://golang.org/x/net/http2?go-get=1\": dial tcp 172.217.160.81:443: i/o timeout\n#9 60.21 unrecognized import path \"golang.org/x/net/http2/h2c\": https fetch: Get \"https://golang.org/x/net/http2/h2c?go-get=1\": dial tcp 172.217.160.81:443: i/o timeout",
        t="bk_raw", run="go get -d -v ./...", also_ok=["connectivity.timeout"],
        note="August 2021, `docker-compose up` building the backend: the builder cannot reach golang.org's Google address at all, and the reporter's attempts (a socks5 all_proxy on the host, GO111MODULE=on in the Dockerfile) change nothing inside the build, which keeps dialling golang.org directly"),
    gop("docker-archive-public/docker.doodle#5", "goproxy", TIMEOUT, False, "local", "golang.org",
        "package golang.org/x/text/encoding: unrecognized import path \"golang.org/x/text/encoding\" (https fetch: Get https://golang.org/x/text/encoding?go-get=1: dial tcp 216.239.37.1:443: i/o timeout)\npackage golang.org/x/text/transform: unrecognized import path \"golang.org/x/text/transform\" (https fetch: Get https://golang.org/x/text/transform?go-get=1: dial tcp 216.239.37.1:443: i/o timeout)",
        t="legacy_run", run="go get github.com/pdevine/go-asciisprite", also_ok=["connectivity.timeout"],
        note="May 2019, 'maybe no aceess to go website in Chian': the reporter reaches golang.org only through a browser proxy and `ping golang.org` cannot even resolve, so the build's direct fetch of golang.org/x times out on every attempt"),
    gop("Q1mi/deploy_bubble_using_docker#2", "goproxy", TIMEOUT, False, "local", "proxy.golang.org",
        "go: github.com/gin-gonic/gin@v1.5.0: Get \"https://proxy.golang.org/github.com/gin-gonic/gin/@v/v1.5.0.mod\": dial tcp 216.58.        200.241:443: i/o timeout\nERROR: Service 'bubble_app' failed to build: The command '/bin/sh -c go mod download' returned a non-zero code: 1",
        cmd="docker-compose up", also_ok=["connectivity.timeout"],
        note="January 2021, a compose build in mainland China: Q1mi, 'set GOPROXY=https://goproxy.cn,direct', later 'resolved by update Dockerfile'; proxy.golang.org itself was fine (the gap in the address is the reporter's paste)"),
    gop("golang/go#62242", "goproxy", FORBIDDEN, False, "local", "proxy.golang.org",
        "err: #9 3.349 /go/pkg/mod/github.com/valyala/fasthttp@v1.45.0/compress.go:10:2: github.com/klauspost/compress@v1.16.4: reading https://proxy.golang.org/github.com/klauspost/compress/@v/v1.16.4.zip: 403 Forbidden\nerr: #9 3.349 /go/pkg/mod/github.com/valyala/fasthttp@v1.45.0/compress.go:11:2: github.com/klauspost/compress@v1.16.4: reading https://proxy.golang.org/github.com/klauspost/compress/@v/v1.16.4.zip: 403 Forbidden\nerr: #9 3.349 /go/pkg/mod/github.com/valyala/fasthttp@v1.45.0/compress.go:12:2: github.com/klauspost/compress@v1.16.4: reading https://proxy.golang.org/github.com/klauspost/compress/@v/v1.16.4.zip: 403 Forbidden",
        also_ok=["goproxy.bad_status"],
        note="August 2023, an image build on a Hetzner Docker CE server in Germany: the same build works elsewhere, 'it seems like Hetzner's IPS got banned' for this module's zip; the sibling golang/go#62448 found Google's geolocation placing some Hetzner IPs in a restricted region, fixable only by another IP"),
    gop("golang/go#75218", "goproxy", FORBIDDEN, False, "local", "proxy.golang.org",
        "go: github.com/caddyserver/transform-encoder imports\n        github.com/caddyserver/caddy/v2/modules/logging imports\n        github.com/caddyserver/caddy/v2/modules/caddyhttp imports\n        github.com/caddyserver/caddy/v2/modules/caddytls imports\n        github.com/caddyserver/caddy/v2/modules/caddypki imports\n        github.com/smallstep/certificates/authority imports\n        github.com/smallstep/nosql imports\n        github.com/smallstep/nosql/badger/v2 imports\n        github.com/dgraph-io/badger/v2 imports\n        github.com/dgraph-io/badger/v2/y imports\n        github.com/klauspost/compress/zstd: github.com/klauspost/compress@v1.18.0: reading https://proxy.golang.org/github.com/klauspost/compress/@v/v1.18.0.zip: 403 Forbidden",
        also_ok=["goproxy.bad_status"],
        note="September 2025, a Caddy build on a server: only requests from its IPv6 address are refused ('This service is unavailable in your region'), IPv4 from the same host works, and it persisted for days; a property of that address, not a proxy outage"),
    gop("chop-dbhi/prometheus-sql#62", "connectivity", CERT, False, "local", "golang.org",
        "go: golang.org/x/net@v0.0.0-20200822124328-c89045814202: unrecognized import path \"golang.org/x/net\" (https fetch: Get https://golang.org/x/net?go-get=1: x509: certificate signed by unknown authority)",
        also_ok=["local.ca_certificates_missing", "local.tls_interception"],
        note="September 2020, `docker build` of the exporter: haxorof builds the same Dockerfile without trouble and points at the reporter's side, 'go does not find your system CA certificates or similar problem', after the same machine's timeouts reaching Google"),
    gop("aws/iot-atlas#41", "connectivity", CERT, False, "local", "proxy.golang.org",
        "Get \"https://proxy.golang.org/github.com/golang/example/hello/@v/list\": x509: certificate is valid for proxyserver.example.com, not proxy.golang.org",
        also_ok=["local.tls_interception", "connectivity.tls_failed"],
        note="May 2021 PR: organisations whose own Go proxy intercepts proxy.golang.org present a certificate the image build does not trust, so the Hugo container build sets GOPROXY=direct (proxyserver.example.com is the author's placeholder)"),
    # --- the build's own: module paths and versions ------------------------------------------------------------------
    gown("luludotdev/caddy-requestid#5", CONFIG,
         "13.10 2023/08/11 01:14:31 [INFO] exec (timeout=-2562047h47m16.854775808s): /usr/local/go/bin/go get -d -v github.com/luludotdev/caddy-requestid github.com/caddyserver/caddy/v2@v2.7.2\n15.45 go: downloading github.com/luludotdev/caddy-requestid v1.1.2\n15.52 go: github.com/luludotdev/caddy-requestid@v1.1.2: parsing go.mod:\n15.52 \tmodule declares its path as: github.com/lolPants/caddy-requestid\n15.52 \t        but was required as: github.com/luludotdev/caddy-requestid\n15.52 2023/08/11 01:14:33 [FATAL] exit status 1",
         t="bk_raw", run="xcaddy build --with github.com/luludotdev/caddy-requestid", host_alt=["github.com"], also_ok=[NOT_FOUND],
         note="August 2023, an xcaddy image build: the GitHub namespace moved from lolPants to luludotdev but the tagged go.mod still declares the old path; 'fixed by #6', a go.mod change and new tag"),
    gown("JasonLovesDoggo/caddy-defender#87", CONFIG,
         "2025/06/29 13:16:13 [INFO] exec (timeout=0s): /usr/bin/go get -v pkg.jsn.cam/caddy-defender github.com/caddyserver/caddy/v2\ngo: pkg.jsn.cam/caddy-defender@v0.8.5 found: parsing go.mod:\n        module declares its path as: github.com/jasonlovesdoggo/caddy-defender\n                but was required as: pkg.jsn.cam/caddy-defender\ngo: pkg.jsn.cam/caddy-defender@upgrade (v0.8.5) requires pkg.jsn.cam/caddy-defender@v0.8.5: parsing go.mod:\n        module declares its path as: github.com/jasonlovesdoggo/caddy-defender\n                but was required as: pkg.jsn.cam/caddy-defender\n2025/06/29 13:16:13 [FATAL] exit status 1",
         host_alt=["pkg.jsn.cam"], also_ok=[META],
         note="June 2025: the published v0.8.5 under the pkg.jsn.cam vanity path still declares its GitHub path, so xcaddy cannot build it; 'Fixed with the release of ... v0.9.0'"),
    gown("influxdata/influxdb-client-go#186", CONFIG,
         "go get github.com/influxdata/influxdb-client-go@v2.0.0: github.com/influxdata/influxdb-client-go@v2.0.0: invalid version: module contains a go.mod file, so major version must be compatible: should be v0 or v1, not v2",
         t="go", cmd="go get github.com/influxdata/influxdb-client-go@v2.0.0", also_ok=["build.package_version_missing"],
         note="14 August 2020, right after the 2.0 release: the go.mod lacks the /v2 suffix a v2 tag needs ('I assume you'll need to add a /v2 to the go.mod path'); vlastahajek: 'I'm preparing the fix', a pseudo-version worked meanwhile"),
    gown("bufbuild/protoc-gen-validate#325", CONFIG,
         "go: github.com/envoyproxy/protoc-gen-validate@v0.3.0: reading github.com/envoyproxy/protoc-gen-validate/go.mod at revision v0.3.0: unknown revision v0.3.0",
         host_alt=["github.com"], also_ok=["build.tag_not_found", NOT_FOUND],
         note="March 2020, anz-bank/sysl's build on machines without a module cache: a dependency bumped days earlier to v0.3.0 whose tag appears renamed to v0.3.0-java, so the direct fetch finds no such revision; the requirement has to change"),
    gown("jfrog/jfrog-cli-plugins-reg#77", CONFIG,
         "go: gopkg.in/yaml.v2@v2.3.0: reading gopkg.in/yaml.v2/go.mod at revision v2.3.0: unknown revision v2.3.0",
         host_alt=[GOPKG], also_ok=["goproxy.config_invalid", "build.tag_not_found"],
         note="October 2021 PR: after an earlier commit set GOPROXY=direct in pipelines.yml, the automation build fails to read yaml.v2 v2.3.0 through gopkg.in's git endpoint; the fix updates the GOPROXY variable again"),
    gown("jgazeau/shadocs#279", CONFIG,
         " > [builder 5/5] RUN hugo -t shadocs --minify:\n0.473 go: open /go.mod: no such file or directory\n0.475 Error: failed to download modules: failed to execute 'go [mod download]': failed to execute binary \"go\" with args [mod download]: go: open /go.mod: no such file or directory\n0.475  *errors.errorString\n0.475 Total in 7 ms\n------\nDockerfile:12\n--------------------\n  10 |\n  11 |     # Enable theme\n  12 | >>> RUN hugo -t shadocs --minify\n  13 |\n  14 |     # Stage 2 — nginx serve\n--------------------\nERROR: failed to build: failed to solve: process \"/bin/sh -c hugo -t shadocs --minify\" did not complete successfully: exit code: 255",
         also_ok=["build.missing_file", "build.toolchain_missing"],
         note="December 2025, a user's Dockerfile for a site on the theme: the theme is now consumed as a Hugo (Go) module, so the build needs Go and a go.mod; jgazeau: 'go will be needed as we are now using it as a go module', pointing to Hugo's modules documentation (trailing blanks of the Dockerfile excerpt trimmed)"),
    gown("FairwindsOps/pluto#56", CONFIG,
         "unrecognized import path \"helm.sh/helm/pkg/storage\": reading https://helm.sh/helm/pkg/storage?go-get=1: 404 Not Found\nunrecognized import path \"helm.sh/helm/pkg/storage/driver\": reading https://helm.sh/helm/pkg/storage/driver?go-get=1: 404 Not Found\nunrecognized import path \"helm.sh/helm/v3/pkg/storage\": reading https://helm.sh/helm/v3/pkg/storage?go-get=1: 404 Not Found\nunrecognized import path \"helm.sh/helm/v3/pkg/storage/driver\": reading https://helm.sh/helm/v3/pkg/storage/driver?go-get=1: 404 Not Found",
         t="go", cmd="go get github.com/fairwindsops/pluto", host_alt=["helm.sh"], also_ok=[NOT_FOUND, META],
         note="April 2020: `go get` ran in GOPATH mode and asked helm.sh for package paths that only resolve as modules; with `GO111MODULE=on go get github.com/fairwindsops/pluto` it works, and the reporter closed it"),
    # --- the build's own: checksums -----------------------------------------------------------------------------------
    gown("projectdiscovery/httpx#183", SUM,
         "verifying github.com/yl2chen/cidranger@v1.0.0/go.mod: checksum mismatch\n\tdownloaded: h1:9U1yz7WPYDwf0vpNWFaeRh0bjwz5RVgRy/9UEQfHl0g=\n\tgo.sum:     h1:L7Msw4X7EQK7zMVjOtv7o8xMyjv1rJcNlYlMgGwP7ko=\n" + SECURITY,
         t="go", cmd="go build", also_ok=[CONFIG],
         note="December 2020: cidranger's v1.0.0 no longer matches the go.sum line the project recorded (yl2chen/cidranger#29 referenced), the reporter suggests bumping to 1.0.1+, and the maintainers fixed it in the development version (httpx#198)"),
    gown("RichardKnop/go-oauth2-server#54", SUM,
         "verifying github.com/coreos/etcd@v3.3.12+incompatible: checksum mismatch\n\tdownloaded: h1:pAWNwdf7QiT1zfaWyqCtNZQWCLByQyA3JrSQyuYAqnQ=\n\tgo.sum:     h1:5k8nkcBSvltjOO5RLflnXevOJXndlKIMbvVnMTX+cUU=\nService 'app' failed to build: The command '/bin/sh -c go install github.com/RichardKnop/go-oauth2-server' returned a non-zero code: 1",
         also_ok=[CONFIG],
         note="March 2019, the project's own docker compose build: etcd's v3.3.12 tag was re-cut upstream, so every fresh build disagrees with the committed go.sum (several duplicates followed); the fix replaces the checksum in go.sum (PR #82)"),
    gown("phishdetect/phishdetect#4", SUM,
         "[builder] Building Linux CLI executable\ngo: verifying github.com/docker/docker@v1.13.1: checksum mismatch\n        downloaded: h1:IkZjBSIc8hBjLpqeAbeE5mca5mNgeatLHBy3GO78BWo=\n        go.sum:     h1:5VBhsO6ckUxB0A8CE5LlUJdXzik9cbEbBTQ/ggeml7M=\nmake: *** [Makefile:23: linux] Error 1",
         t="go", cmd="make linux", also_ok=["build.tool_outdated"],
         note="February 2019 PR 'fix: Checksum error with docker dep', citing golang/go#27093: the go.sum line for docker v1.13.1 depends on which Go computed it (the author sees the mismatch in the opposite direction on his machine); a go.sum or Go-version change, never a re-run"),
    # --- the build's own: private or vanished repositories, tools ------------------------------------------------------
    gown("projectdiscovery/nuclei#921", "build.repository_missing",
         "go get: github.com/projectdiscovery/nuclei/v2@v2.3.5 updating to\n        github.com/projectdiscovery/nuclei/v2@v2.4.2 requires\n        github.com/projectdiscovery/interactsh@v0.0.3 requires\n        github.com/prologic/smtpd@v0.0.0-20210126001904-0893ad18168e: invalid version: git fetch -f origin refs/heads/*:refs/heads/* refs/tags/*:refs/tags/* in /root/go-workspace/pkg/mod/cache/vcs/65b3100cfa8e2061b6047e41aaceb4a1e850f70977a718cfde5bd0e009bb0722: exit status 128:\n        fatal: could not read Username for 'https://github.com': terminal prompts disabled",
         host="github.com", t="go", cmd="GO111MODULE=on go get -u -v github.com/projectdiscovery/nuclei/v2/cmd/nuclei", also_ok=[GIT_AUTH, CONFIG],
         note="August 2021: a transitive requirement points at a prologic/smtpd revision git can no longer fetch anonymously, so git falls back to a credential prompt; ehsandeep: 'should be fixed now, we pushed a new release'"),
    B.build_in("goproxy", "meroxa/cli#136", GIT_AUTH,
               "GOPRIVATE=github.com/meroxa/meroxa-go go mod tidy && go mod vendor\ngo: github.com/meroxa/meroxa-go@v0.0.0-20210426150351-91d304d1dc66: invalid version: git fetch -f origin refs/heads/*:refs/heads/* refs/tags/*:refs/tags/* in /Users/jj/go/pkg/mod/cache/vcs/71a674a412aadf62e5b2139080161bcb281719f14a92bd858bb28986fb7c4171: exit status 128:\n\tfatal: could not read Username for 'https://github.com': terminal prompts disabled\nmake: *** [gomod] Error 1",
               host="github.com", component="credentials", t="go", cmd="make gomod", also_ok=[CONFIG, "credentials.missing"],
               note="April 2021 PR: GOPRIVATE is set, but git fetches the private meroxa-go over HTTPS with no credentials; the fix documents pointing git at SSH for github.com (url insteadOf) before `make gomod`"),
    gown("LK4D4/vndr#82", "build.tool_outdated",
         "https://api.bitbucket.org/1.0/repositories/ww/goautoneg: 410 Gone",
         cmd="vndr", host_alt=["api.bitbucket.org"], also_ok=["goproxy.bad_status", "build.repository_missing"],
         note="August 2019: vndr still probes Bitbucket's 1.0 repositories API, which Bitbucket removed ('This API is no longer supported'), for the bitbucket.org/ww/goautoneg dependency; LK4D4 fixed it in vndr v0.0.4"),
    B.build_in("goproxy", "gohugoio/hugo#9732", "build.tool_outdated",
               "hugo: downloading modules …\ngo mod download: github.com/wowchemy/wowchemy-hugo-modules/wowchemy/v5@v5.0.0-20220325140950-3ee572954ab1: invalid version: git fetch -f origin refs/heads/*:refs/heads/* refs/tags/*:refs/tags/* in /tmp/modules/filecache/modules/pkg/mod/cache/vcs/03eb10a0f5c758e6f57cba4cdf4b81a47570b50b3518aecff1c475ee0039297d: exit status 128:\n\tfatal: unable to access 'https://github.com/wowchemy/wowchemy-hugo-modules/': Failed to connect to github.com port 443 after 31426 ms: Operation timed out",
               cmd="hugo", host_alt=["github.com"], also_ok=["connectivity.proxy_misconfigured", CONFIG, TIMEOUT],
               note="March 2022, a GitLab runner behind an HTTP proxy with HTTPS_PROXY set: since 0.91.0 Hugo's security.exec.osEnv allowlist strips the proxy variables from the go subprocess, so the fetch goes direct and times out (closed as a duplicate); gohugoio/hugo#10284 later added the proxy variables to the default allowlist"),
]
