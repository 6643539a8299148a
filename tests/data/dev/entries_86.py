"""Dev-set entries, batch 86 (Go module fetching as CI jobs and Docker builds meet it, with the older go commands'
wordings (Go 1.11-1.17: `go: finding`, `go: downloading`, `go: error loading module requirements`, `go: verifying
...: checksum mismatch`, `unknown revision`, `module lookup disabled by GOPROXY=off`, `malformed module path`,
`git ls-remote -q origin ... exit status 128`) beside current ones. The services' side: goproxy.cn's checksum-database
proxy answering 502 while its backend was being reconfigured, goproxy.io's sumdb lookups answering 502 to a Travis
job, proxy.golang.org's HTTP/2 streams reset mid-download and TLS handshakes timing out from GitHub's runners, the
checksum database's own fetcher unable to reach github.com in March 2025, Gerrit's availability trouble in 2016 and
2019 seen as `unknown revision v0.3.0`, `remote error: Internal Server Error`, `Git repository not found` and 502s
from go.googlesource.com, cloud.google.com's go-import pages missing and contradicting themselves while its repository
moved, a vanity import server answering 502, and gitlab.alpinelinux.org answering 418 to GitHub's runners. The
runners' side: a corporate firewall and a Docker daemon without its proxy that cannot reach proxy.golang.org or
golang.org, and a workspace whose broken git setup sends the go command to Bitbucket's API and a missing Mercurial.
About half are the build's own mistakes that read like proxy outages: go.sum files written by a Go older than 1.11.4,
go.sum entries that no longer match a re-tagged dependency, tags deleted, renamed or force-pushed away (`unknown
revision`, `invalid pseudo-version: preceding tag ... not found`), a dependency repository deleted and git.apache.org's
mirror gone, a JFrog CLI that deletes go.sum before `go mod graph` so a private module is asked of sum.golang.org, a
pseudo-version only GoCenter ever served, a Makefile still pointing GOPROXY at the retired gocenter.io, an xcaddy
`--with` that omits the module path's host, Go toolchains too old to know `embed` and `io/fs`, a scanner action that
cannot pass GOPRIVATE to its go subprocess, a builder image with GOPROXY=off and a networkless build container that
needed `-mod=vendor`, k8s.io/kubernetes's `v0.0.0` requirements, and a go.mod that needed `go mod tidy`.) `err` is
verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log
inside Markdown (code fences, blockquote markers, backticks, link markup GitHub or the reporter wrapped around a path)
only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the
reporter's own words or is cut, the entry stops at the last whole log line. Line breaks inside a URL or word are the
reporters' terminals', kept as pasted; elisions ('...', 'XYZ', '****') and placeholders (go.example.org) are the
reporters' own. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the
failing call; an inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before the
matcher saw any of these logs."""
# ruff: noqa: E501, RUF001
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"noironetworks/aci-containers#1705", "aws/aws-k8s-tester#812", "wtfutil/wtf#622", "openconfig/kne#176"}

B = Batch(PULLS)
gp = B.family("goproxy", "go")
bld = B.build("goproxy")
loc = B.local()

PGO = "proxy.golang.org"
GERRIT = "go.googlesource.com"
ORIGIN = "connectivity.origin_server_error"
SUM = "build.go_checksum_mismatch"
MODCFG = "build.go_module_config"
MISSING = "build.package_version_missing"
TAG = "build.tag_not_found"
OLD = "build.tool_outdated"
SECURITY = "\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'."

E = [
    # --- module proxies and the checksum database: the services' side -------------------------------------------------
    gp("goproxy/goproxy.cn#43", "goproxy", "goproxy.server_error", True, "service", "goproxy.cn",
       "go: downloading github.com/pquerna/ffjson v0.0.0-20181028064349-e517b90714f7\nverifying github.com/micro/go-micro@v1.9.0: github.com/micro/go-micro@v1.9.0: reading htt\nps://goproxy.cn/sumdb/sum.golang.org/tile/8/0/573: 502 Bad Gateway",
       also_ok=["goproxy.bad_status", "goproxy.server_status"],
       note="November 2019, Go 1.13: goproxy.cn's sumdb proxy answered 500, then 502 on a tile, then an odd 478 to a reporter's builds ('retrying worked, then a new error'); aofei: the backend was being reconfigured for the growing load and the object-storage origin link was fixed the same day, retry the 502 request meanwhile (the break inside the URL is the reporter's terminal wrap)"),
    gp("noironetworks/aci-containers#1705", "goproxy", "goproxy.server_error", True, "service", "goproxy.io",
       "go: sigs.k8s.io/controller-runtime/tools/setup-envtest@release-0.21: loading deprecation for sigs.k8s.io/controller-runtime/tools/setup-envtest: sigs.k8s.io/controller-runtime/tools/setup-envtest@v0.0.0-20260418192536-e4a998cc6b09: verifying go.mod: sigs.k8s.io/controller-runtime/tools/setup-envtest@v0.0.0-20260418192536-e4a998cc6b09/go.mod: reading https://goproxy.io/sumdb/sum.golang.org/lookup/sigs.k8s.io/controller-runtime/tools/setup-envtest@v0.0.0-20260418192536-e4a998cc6b09: 502 Bad Gateway\n    server response: error code: 502\nmake: *** [Makefile:112: /home/travis/build/noironetworks/aci-containers/tools/bin/setup-envtest] Error 1",
       t="raw", also_ok=["goproxy.bad_status", "goproxy.server_status"],
       note="a Travis job installing setup-envtest gets a 502 from goproxy.io's checksum-database proxy; the PR calls it 'any transient error like' this and switches the GOPROXY list from commas to '|' so a 502 falls through to the next proxy instead of ending the build"),
    gp("dagger/dagger#13597", "goproxy", "goproxy.fetch_failed", True, "service", PGO,
       "proxy.golang.org/.../genqlient@v0.8.1: stream error; INTERNAL_ERROR; received from peer",
       also_ok=["connectivity.stream_reset", "goproxy.server_error"],
       note="'a different module each time and passes on re-run - Google's proxy dropping connections, not a real problem'; about eight checks in one week's run hit it; the proposed fix is a module cache or a bounded retry (the elision is the reporter's)"),
    gp("bytedance/bolt#517", "goproxy", "goproxy.fetch_timeout", True, "service", PGO,
       "go: downloading github.com/apache/skywalking-eyes v0.8.1-0.20260115163815-0630b017b4e3\ngo: downloading github.com/sirupsen/logrus v1.9.1\ngo: downloading golang.org/x/sync v0.18.0\ngo: downloading golang.org/x/sys v0.38.0\ncheck_license.go:24:2: github.com/apache/skywalking-eyes@v0.8.1-0.20260115163815-0630b017b4e3: Get \"https://proxy.golang.org/github.com/apache/skywalking-eyes/@v/v0.8.1-0.20260115163815-0630b017b4e3.mod\": net/http: TLS handshake timeout\ncheck_license.go:25:2: github.com/apache/skywalking-eyes@v0.8.1-0.20260115163815-0630b017b4e3: Get \"https://proxy.golang.org/github.com/apache/skywalking-eyes/@v/v0.8.1-0.20260115163815-0630b017b4e3.mod\": net/http: TLS handshake timeout",
       also_ok=["connectivity.tls_handshake_timeout", "connectivity.timeout"],
       note="the GitHub Actions license-check step 'failed sometimes when download go module' (two runs linked): the TLS handshake with proxy.golang.org times out now and then while other runs pass, nothing wrong in the repository"),
    gp("golang/go#72735", "goproxy", "goproxy.fetch_failed", True, "service", None,
       "not found: github.com/ethereum-optimism/op-geth@v1.101503.0-rc.2: invalid version: git ls-remote -q origin in /tmp/gopath/pkg/mod/cache/vcs/b2cd2d87c369d0cb4e2374058ecb3d1b5c121ce9a69f9cf416ac60b884e922e9: exit status 128:\n\tfatal: unable to access 'https://github.com/ethereum-optimism/op-geth/': Failed to connect to github.com port 443: Connection refused",
       cmd="go mod tidy", host_alt=["sum.golang.org", "github.com"], also_ok=["goproxy.not_found", "goproxy.bad_status"],
       note="March 2025: the checksum database answered the fresh op-geth tag with its own fetcher's failure to connect to github.com ('This is returned by https://sum.golang.org/lookup/...'), though the tag exists; it was one of several reports that week of the sumdb fetcher losing github.com, where others found lookups working again after a while; nothing in the go.mod change"),
    # --- origin and vanity hosts reached directly: the services' side -------------------------------------------------
    gp("golang/go#30690", "connectivity", ORIGIN, True, "service", None,
       "go: golang.org/x/text@v0.3.0: unknown revision v0.3.0",
       cmd="go get golang.org/x/text", host_alt=[GERRIT], also_ok=["goproxy.server_error"],
       note="2019-03-08, a Travis job on Go 1.12 with GOPROXY empty: Gerrit (go.googlesource.com, also down in the browser) had availability issues, so a tag that exists reads as an unknown revision; the reporter's own tracking issue (uber/prototool#385): 'restart build when fixed' (the quote is cut after this line)"),
    gp("golang/go#30745", "connectivity", ORIGIN, True, "service", GERRIT,
       "+ go get golang.org/x/tools/cmd/goimports\n--\n2 | + go get github.com/gobuffalo/buffalo-plugins\n3 | # cd .; git clone https://go.googlesource.com/sys /drone/src/golang.org/x/sys\n4 | Cloning into '/drone/src/golang.org/x/sys'...\n5 | fatal: remote error: Internal Server Error\n6 | package golang.org/x/sys/unix: exit status 128",
       t="raw", raw_is_log=True, also_ok=["goproxy.server_error", "connectivity.server_error"],
       note="March 2019, GOPATH-mode go get in an AWS CodeBuild/drone image clones x/sys from Gerrit and gets an Internal Server Error; 'Looks like the same issue as #30690' (Gerrit availability), others saw it again the same day; nothing in the build (the line numbers are the CI log's)"),
    gp("golang/go#14299", "connectivity", ORIGIN, True, "service", GERRIT,
       "gobuild@gobuild-VirtualBox:~$ go get golang.org/x/crypto/ssh\n# cd .; git clone https://go.googlesource.com/crypto /home/gobuild/src/golang.org/x/crypto\nCloning into '/home/gobuild/src/golang.org/x/crypto'...\nfatal: remote error: Git repository not found\npackage golang.org/x/crypto/ssh: exit status 128",
       t="raw", raw_is_log=True, also_ok=["goproxy.server_error", "build.repository_missing"],
       note="2016: 'an intermittent failure trying to get x/crypto' that was 'breaking our Jenkins builds', inside and outside AWS and on Go 1.3-1.5; the repository exists, go.googlesource.com answered 'not found' only sometimes (filed under gerrit), so a re-run gets through"),
    gp("golang/go#36049", "connectivity", ORIGIN, True, "service", GERRIT,
       "go get https://go.googlesource.com/sys/\nfatal: unable to access 'https://go.googlesource.com/sys/': The requested URL returned error: 502",
       t="raw", also_ok=["goproxy.server_error", "connectivity.server_error"],
       note="2019-12-09 'Google Source down': closed as a duplicate of the go.googlesource.com 502 outage tracked in #36048 (another user got the same for .../net); the blockquote markers were dropped"),
    gp("googleapis/google-cloud-go#2409", "connectivity", ORIGIN, True, "service", "cloud.google.com",
       "unrecognized import path \"cloud.google.com/go/firestore\": https://cloud.google.com/go/firestore?go-get=1 and //cloud.google.com/go?go-get=1 disagree about go-import for cloud.google.com/go",
       cmd="go get cloud.google.com/go/firestore", also_ok=["goproxy.vanity_meta_missing"],
       note="June 2020, without a GOPROXY: the vanity pages for cloud.google.com/go were being moved to GitHub as the source of truth; broady: 'this error is an accident. It should be resolved in the next few minutes'; a module proxy sidesteps it"),
    gp("googleapis/google-cloud-go#820", "connectivity", ORIGIN, True, "service", "cloud.google.com",
       "go: cloud.google.com/go@v0.44.3: unrecognized import path \"cloud.google.com/go\" (parse https://cloud.google.com/go?go-get=1: no go-import meta tags ())",
       also_ok=["goproxy.vanity_meta_missing"],
       note="January 2020 'Having this again': cloud.google.com served its go-get page without the go-import meta tag for a while; the maintainer no longer saw the error a few days later and pointed at GOPROXY=https://proxy.golang.org,direct to ride out such gaps"),
    gp("GaijinEntertainment/go-exhaustruct#169", "connectivity", ORIGIN, True, "service", "dev.gaijin.team",
       "go: dev.gaijin.team/go/exhaustruct/v5/cmd/exhaustruct@latest: unrecognized import path \"dev.gaijin.team/go/exhaustruct/v5/cmd/exhaustruct\": reading https://dev.gaijin.team/go/exhaustruct/v5/cmd/exhaustruct?go-get=1: 502 Bad Gateway",
       cmd="env GOPROXY=direct go install dev.gaijin.team/go/exhaustruct/v5/cmd/exhaustruct@latest", also_ok=["goproxy.server_error", "goproxy.vanity_meta_missing"],
       note="with GOPROXY=direct the vanity import host answered 502 ('It still works through the proxy'); the maintainer: 'We had outage of vanity proxy, now everything should be okay', and the reporter confirmed"),
    gp("aws/aws-k8s-tester#812", "connectivity", "connectivity.forbidden", False, "service", "gitlab.alpinelinux.org",
       "  sigs.k8s.io/bom@v0.7.1/pkg/osinfo/scanner_alpine.go:26:2: unrecognized\n  import path \"gitlab.alpinelinux.org/alpine/go\": reading\n  https://gitlab.alpinelinux.org/alpine/go?go-get=1: 418 I'm a teapot",
       t="raw", also_ok=["goproxy.forbidden", ORIGIN],
       note="the image build pins GOPROXY=direct and an indirect dependency imports gitlab.alpinelinux.org/alpine/go, whose host 'now answers 418 to GitHub Actions runners'; it 'failed build-image on every pull request since', so re-runs fail until the build goes through the module proxy (the PR's change); the wrapping is the author's"),
    # --- the runners' networks and workspaces ------------------------------------------------------------------------
    gp("chaitin/OctoBus#11", "connectivity", "connectivity.blocked", False, "local", PGO,
       "go: downloading github.com/spf13/cobra v1.10.2\ncmd/octobus/main.go:25:2: github.com/spf13/cobra@v1.10.2: Get \"https://proxy.golang.org/github.com/spf13/cobra/@v/v1.10.2.zip\": dial tcp 142.250.73.81:443: i/o timeout",
       cmd="task build", host_alt=["142.250.73.81:443", "142.250.73.81"], also_ok=["goproxy.fetch_timeout", "connectivity.timeout"],
       note="'on networks where proxy.golang.org is blocked or slow' (a corporate firewall, restricted network): every module download times out; the fix is documenting GOPROXY=https://goproxy.cn,direct, merged as docs, so the same network fails the same way until configured"),
    loc("pingcap/tidb#11738", "local.network_misconfigured", False,
        "go: golang.org/x/sys@v0.0.0-20190109145017-48ac38b7c8cb: unrecognized import path \"golang.org/x/sys\" (https fetch: Get https://golang.org/x/sys?go-get=1: dial tcp 216.239.37.1:443: i/o timeout)\ngo: golang.org/x/sys@v0.0.0-20180905080454-ebe1bf3edb33: unrecognized import path \"golang.org/x/sys\" (https fetch: Get https://golang.org/x/sys?go-get=1: dial tcp 216.239.37.1:443: i/o timeout)",
        host="golang.org", cmd="docker build -t tidb:v3.0.2 .", host_alt=["216.239.37.1:443", "216.239.37.1"], also_ok=["connectivity.proxy_misconfigured", "connectivity.blocked", "connectivity.timeout"],
        note="building TiDB's image from source: the direct fetch of golang.org/x/sys times out from inside the build; the maintainer: 'Seems like you encountered a network problem, could you please try to configure a network proxy for your docker daemon?', and the reporter later: 'it have already been solved'"),
    loc("golang/go#47311", "local.runner_env_misconfigured", False,
        "cd .\ngit ls-remote https://bitbucket.org/veea/golog\ngo: missing Mercurial command. See https://golang.org/s/gogetcmd\ngo: bitbucket.org/veea/golog@v2.0.0+incompatible: reading https://api.bitbucket.org/2.0/repositories/veea/golog?fields=scm: 403 Forbidden\n\tserver response: Access denied. You must have write or admin access.",
        host="api.bitbucket.org", cmd="go mod download -x", also_ok=["credentials.git_auth", "build.private_dependency"],
        note="reads like Bitbucket refusing a private module, but the reporter traced it: git itself failed because a submodule mapped in by an overlay mount points .git at a gitdir that does not exist, and the go command then fell back to asking Bitbucket's API whether it is Mercurial; the workspace's git setup, the same on every run"),
    # --- the build's own: go.sum and checksums ------------------------------------------------------------------------
    bld("ethresearch/sharding-p2p-poc#138", SUM,
        "go: verifying github.com/multiformats/go-multihash@v1.0.8: checksum mismatch\n\tdownloaded: h1:v/1HVWH2gq7IZGnFXrTsjoG2I5XIsU5gXiGH5SH915k=\n\tgo.sum:     h1:pyowaBSivNxBr137ZjYkr0q4o41MKSJVPKuO7F7AAfY=",
        t="go", also_ok=["build.checksum_mismatch", OLD],
        note="a Travis build in December 2018: go 1.11.4 computes different (correct) sums than the go that wrote the project's go.sum (golang/go#29278); the fix is moving to 1.11.4 and regenerating go.sum, nothing was tampered with"),
    bld("hashicorp/go-rootcerts#4", SUM,
        "go: verifying github.com/hashicorp/go-rootcerts@v0.0.0-20160503143440-6bb64b370b90: checksum mismatch\n\tdownloaded: h1:VBj0QYQ0u2MCJzBfeYXGexnAl17GsH1yidnoxCqqD9E=\n\tgo.sum:     h1:9HVkPxOpo+yO93Ah4yrO67d/qh0fbLLWbKqhYjyHq9A=",
        t="go", cmd="go build", also_ok=["build.checksum_mismatch", OLD],
        note="a new setup's go build fails against the recorded go.sum; a commenter: Go 1.11.3 and 1.11.4 hash symlinks differently, his golang:1.11-alpine3.8 Docker image was older than his laptop's 1.11.4, and pulling the image (or pinning 1.11.4) fixed it; closed by the maintainer"),
    bld("openconfig/kne#176", SUM,
        "go: downloading github.com/docker/distribution v2.8.0+incompatible\ngo: downloading golang.org/x/text v0.3.7\nverifying github.com/docker/distribution@v2.8.0+incompatible: checksum mismatch\n        downloaded: h1:u9vuu6qqG7nN9a735Noed0ahoUm30iipVRlhgh72N0M=\n        go.sum:     h1:l9EaZDICImO1ngI+uTifW+ZYvvz7fKISBAKpg+MbWbY=" + SECURITY + "\nmake: *** [Makefile:34: build] Error 1",
        t="go", cmd="make install", also_ok=["build.checksum_mismatch"],
        note="the repository's go.sum held a hash for docker/distribution v2.8.0+incompatible that no fresh download matches (the author's theory: a naughty re-release); the PR deletes go.sum, cleans the module cache and re-runs go mod tidy, so the fix is in the repository"),
    bld("helmfile/helmfile#1636", SUM,
        "verifying github.com/helmfile/vals@v0.37.3: checksum mismatch\n        downloaded: h1:bhzAJx78Yoh0VJz0rMWvrRwhg6zPzuSUt2xy0mk3M0A=\n        go.sum:     h1:5X9zRv8NT7UnJOtKBk4gA/cpfE25kBq/9v7URKv62Uo=" + SECURITY,
        t="go", cmd="go build", also_ok=["build.checksum_mismatch"],
        note="only with GOPROXY=direct (a distro-style build of main): the proxy's copy matches go.sum but the origin's tag does not; a maintainer: 'maybe github.com/helmfile/vals@v0.37.3 is be retaged in the past'; labelled a question, nothing a retry changes"),
    # --- the build's own: tags and commits that are gone -------------------------------------------------------------
    bld("florianl/go-tc#13", TAG,
        " [  261s] + /usr/bin/go get -d\n [  318s] go: github.com/florianl/go-tc@v0.1.1-0.20200617173005-5c65c840f086: invalid pseudo-version: preceding tag (v0.1.0) not found",
        raw_is_log=True, host_alt=["github.com"], also_ok=[MISSING],
        note="a package build pinned a pseudo-version derived from the v0.1.0 tag, and the maintainer had deleted the repository's tags ('Yes - the git tag was deleted'); he suggests requiring @master or the commit hash instead, nothing upstream will bring the tag back"),
    bld("twpayne/go-kml#35", MISSING,
        "go: github.com/twpayne/go-kml/v3@upgrade (v3.1.0) requires github.com/twpayne/go-waypoint@v0.0.0-20200822110510-4f8e6bfac4df: github.com/twpayne/go-waypoint@v0.0.0-20200822110510-4f8e6bfac4df: invalid version: unknown revision 4f8e6bfac4df",
        t="go", cmd="go get -u github.com/twpayne/go-kml/v3", also_ok=[TAG],
        note="the latest tag's go.mod references a go-waypoint commit that no longer exists; the maintainer tagged v3.1.1 with updated requirements, so fetching v3.1.0 fails on every attempt (the reporter's blockquote marker dropped)"),
    bld("kata-containers/ksm-throttler#139", MISSING,
        "go: github.com/golangci/tools@v0.0.0-20190910062050-3540c026601b: unknown revision 3540c026601b\ngo: finding github.com/mitchellh/mapstructure v0.0.0-20180220230111-00c29f56e238\ngo: finding github.com/golangci/ineffassign v0.0.0-20190609212857-42439a7714cc\ngo: finding github.com/golangci/unconvert v0.0.0-20180507085042-28b1c447d1f4\ngo: finding gopkg.in/gemnasium/logrus-airbrake-hook.v2 v2.1.2\ngo: error loading module requirements\nMakefile:107: recipe for target 'go.mod' failed\nmake: *** [go.mod] Error 1",
        t="go", cmd=".ci/static-checks.sh", host_alt=["github.com"], also_ok=[OLD, TAG],
        note="Travis 'complaining' while building the linters: the golangci/tools commit is gone from GitHub, which the Go the CI script installed fetches directly; the fix (#140) specifies the Go version in .travis.yml instead of '.ci/install_go.sh as it has been causing issues'"),
    bld("traefik/traefik-migration-tool#1", MISSING,
        "go: finding github.com/labbsr0x/goh v0.0.0-20190417202808-8b16b4848295\ngo: github.com/labbsr0x/goh@v0.0.0-20190417202808-8b16b4848295: unknown revision 8b16b4848295\ngo: error loading module requirements\nMakefile:18: recipe for target 'build' failed\nmake: *** [build] Error 1",
        t="go", cmd="make build", host_alt=["github.com"], also_ok=[OLD, TAG],
        note="building with go 1.12 fetches the dependency from GitHub, where 'github.com/labbsr0x/goh push force on their repo' removed the pinned commit; ldez recommends go 1.13 (whose module mirror still has it) and made a temporary fix; '1.13 works for me'"),
    bld("meshplus/bitxhub#11", MISSING,
        "go: finding github.com/meshplus/bitxhub-kit v0.0.0-20200329124935-585edb85ca63\ngo: github.com/meshplus/bitxhub-kit@v0.0.0-20200329124935-585edb85ca63: unknown revision 585edb85ca63\ngo: error loading module requirements",
        t="go", cmd="bash scripts/prepare.sh", host_alt=["github.com"], also_ok=[TAG],
        note="master's go.mod required a bitxhub-kit commit that its repository does not have, so every tool install in the prepare script fails the same way; fixed in the project by PR #12"),
    bld("tredoe/osutil#12", "build.repository_removed",
        "github.com/tredoe/osutil@v1.0.5 requires\ngithub.com/tredoe/fileutil@v1.0.0: reading github.com/tredoe/fileutil/go.mod at revision v1.0.0: unknown revision v1.0.0",
        t="go", host_alt=["github.com"], also_ok=[TAG, MISSING],
        note="'My project's travis worked normally yesterday': the dependency's fileutil repository had vanished; the maintainer 'recovered fileutil from a backup' and published osutil v1.0.6 and v2.0.0 to use instead (backticks dropped)"),
    bld("KohlsTechnology/eunomia#90", "build.repository_removed",
        "go: finding git.apache.org/thrift.git v0.12.0\ngo: git.apache.org/thrift.git@v0.12.0: unknown revision v0.12.0\ngo: error loading module requirements",
        t="go", cmd="go mod vendor", host_alt=["git.apache.org"], also_ok=[MISSING, ORIGIN],
        note="September 2019: Travis builds fail because git.apache.org/thrift.git is no longer available; a maintainer reproduced it locally with a cleared module cache, and the fix landed in the repository (#91), not in a re-run"),
    # --- the build's own: private modules and GOPRIVATE/GONOSUMDB ------------------------------------------------------
    bld("jfrog/jfrog-cli#471", "build.tool_bug",
        "[Info] Running 'go mod graph' in /home/perj/example\nverifying go.example.org/example@v1.0.3/go.mod: go.example.org/example@v1.0.3/go.mod: reading https://sum.golang.org/lookup/go.example.org/example@v1.0.3: 410 Gone",
        host="sum.golang.org", cmd="jfrog rt go-publish --self=false --deps=go.example.org/example:v1.0.3 go-local", also_ok=["build.private_dependency", MODCFG],
        note="publishing a private dependency to Artifactory with Go 1.13: strace showed the JFrog CLI unlinking go.sum just before 'go mod graph', so the private module's sum is asked of the public checksum database, which answers 410; go mod graph alone works, GONOSUMDB is the workaround (go.example.org is the reporter's placeholder)"),
    bld("wtfutil/wtf#622", MODCFG,
        "verifying github.com/golang/glog@v0.0.0-20170312005925-543a34c32e4d/go.mod: github.com/golang/glog@v0.0.0-20170312005925-543a34c32e4d/go.mod: reading https://sum.golang.org/lookup/github.com/golang/glog@v0.0.0-20170312005925-543a34c32e4d: 410 Gone",
        t="go", host="sum.golang.org", also_ok=[MISSING, "goproxy.not_found"],
        note="with Go 1.13 the compilation instructions fail because the pinned glog pseudo-version came from gocenter.io and is unknown to the public checksum database ('this will only work for public modules, not those fetched from gocenter.io'); the PR disables GOSUMDB in the instructions"),
    bld("synopsys-sig/detect-action#27", "build.private_dependency",
        "2022-05-10 12:05:20 UTC INFO [main] --- go: github.com/XYZ: invalid version: git ls-remote -q origin in /home/runner/go/pkg/mod/cache/vcs/243f34d3bb62f936828a00150dac7c97b54a9b79658f2d959f3442a2c75b6341: exit status 128:\nfatal: could not read Username for 'https://github.com': terminal prompts disabled\nConfirm the import path was entered correctly.\nIf this is a private repository, see https://golang.org/doc/faq#git_https for additional information.",
        t="raw", host="github.com", also_ok=["credentials.git_auth", MODCFG],
        note="the Detect scan of a Go project with a private dependency: the go subprocess the action starts never sees GOPRIVATE set in the workflow's env, so the private module is fetched without credentials on every run (GitHub's link markup around the module path and URL dropped; XYZ is the reporter's mask)"),
    bld("stripe/stripe-cli#643", MODCFG,
        "❯ make setup\ngo mod download\ngo: github.com/BurntSushi/toml@v0.3.1: reading https://gocenter.io/github.com/%21burnt%21sushi/toml/@v/v0.3.1.mod: 405 Not Allowed\nmake: *** [setup] Error 1",
        t="raw", raw_is_log=True, host="gocenter.io", also_ok=["goproxy.bad_status", "goproxy.forbidden"],
        note="filed as a broken toml dependency after a PR's CI failed, but the Makefile set GOPROXY=https://gocenter.io, which JFrog was sunsetting ('possibly related to ... into-the-sunset'); the fix (#644) removes GOPROXY: 'make setup fails when gocenter is under maintenance ... gocenter will no longer be available starting May 1'"),
    # --- the build's own: module paths, Go versions and GOPROXY settings ------------------------------------------------
    bld("caddyserver/replace-response#20", "build.module_path_invalid",
        "#0 5.053 2023/04/06 16:05:20 [INFO] exec (timeout=0s): /usr/local/go/bin/go get -d -v caddyserver/replace-response github.com/caddyserver/caddy/v2@v2.6.4\n#0 5.104 go: malformed module path \"caddyserver/replace-response\": missing dot in first path element\n#0 5.105 2023/04/06 16:05:20 [FATAL] exit status 1",
        t="bk_raw", run="xcaddy build       --with caddyserver/replace-response", also_ok=[MODCFG, "build.invalid_reference"],
        note="the Dockerfile's xcaddy build names the plugin as caddyserver/replace-response; a module path needs its host (github.com/caddyserver/replace-response), so go get refuses it before any download, on every build (the trailing blank after the exec line trimmed)"),
    bld("application-research/estuary#127", OLD,
        "go: finding github.com/whyrusleeping/pubsub v0.0.0-20190708150250-92bcb0691325\ngo: finding github.com/hako/durafmt v0.0.0-20200710122514-c0fb7b4da026\ngo: finding github.com/ipld/go-car/v2 v2.1.1\ngo: finding github.com/petar/GoLLRB v0.0.0-20210522233825-ae3b015fd3e9\ngo: finding github.com/whyrusleeping/cbor v0.0.0-20171005072247-63513f603b11\ngo: finding golang.org/x/exp v0.0.0-20210715201039-d37aa40e8013\nbuild github.com/application-research/estuary: cannot load embed: malformed module path \"embed\": missing dot in first path element\nmake: *** [Makefile:67: estuary] Error 1",
        t="go", cmd="make clean all", also_ok=[MODCFG, "build.toolchain_missing"],
        note="after a long run of module lookups the build stops on the standard library's embed package, which an old go treats as a module path; the reporter: 'This was caused by an outdated version of golang, updating fixed the issue'"),
    bld("ThomasHabets/cmdg#110", OLD,
        "build github.com/ThomasHabets/cmdg/cmd/cmdg: cannot load io/fs: malformed module path \"io/fs\": missing dot in first path element",
        t="go", cmd="go build ./cmd/cmdg", also_ok=[MODCFG],
        note="building in a clean Ubuntu container with Ubuntu's golang 1.13.8, which predates io/fs; 'I change base image to golang, and build successfully' (backticks dropped)"),
    bld("restic/restic#2851", MODCFG,
        "# docker run --rm --volume \"$PWD/restic:/restic\" --volume \"$PWD/output:/output\" restic/builder go run helpers/build-release-binaries/main.go --verbose\ngo: bazil.org/fuse@v0.0.0-20191225072544-27e78e7d88df: module lookup disabled by GOPROXY=off",
        raw_is_log=True, also_ok=["build.offline_cache_miss", "build.network_sandboxed"],
        note="following the release-build docs with the restic/builder image, which sets GOPROXY=off for a vendored tree that master no longer has; passing -e GOPROXY=https://proxy.golang.org,direct to the same command downloads the modules (the issue's title: fails without GOPROXY set)"),
    bld("linuxkit/linuxkit#3599", "build.network_sandboxed",
        "/lk/src/cmd/linuxkit # go build .\ngo: cloud.google.com/go@v0.57.0: Get https://proxy.golang.org/cloud.google.com/go/@v/v0.57.0.mod: dial tcp: lookup proxy.golang.org on 192.168.65.1:53: dial udp 192.168.65.1:53: connect: network is unreachable",
        raw_is_log=True, host="proxy.golang.org", host_alt=["192.168.65.1"], also_ok=["dns.resolve_failed", "connectivity.network_unreachable", MODCFG],
        note="'make' fails looking up proxy.golang.org: the maintainer reproduced it in the go-compile build container (Go 1.13, run without network), which does not use the vendor directory by default; 'explicitly adding -mod=vendor makes this all go away'"),
    bld("velero-io/velero#2966", MODCFG,
        "$ GO111MODULE=on go get -v -u github.com/vmware-tanzu/velero\ngo get: github.com/vmware-tanzu/velero@v1.5.1 requires\n        github.com/kubernetes-csi/external-snapshotter/v2@v2.2.0-rc1 requires\n        k8s.io/kubernetes@v1.18.0 requires\n        k8s.io/api@v0.0.0: reading k8s.io/api/go.mod at revision v0.0.0: unknown revision v0.0.0",
        raw_is_log=True, also_ok=[MISSING, TAG],
        note="velero 1.5's graph reaches k8s.io/kubernetes, whose go.mod requires its staging modules at v0.0.0 and only works through replace directives a dependent's go get ignores; others hit it compiling plugins and asked how to get past it before velero 1.6, so no retry or proxy helps"),
    bld("network-quality/goresponsiveness#39", "build.lockfile_outdated",
        "go: downloading golang.org/x/text v0.3.7\ngo: updates to go.mod needed; to update it:\n    go mod tidy",
        t="bk_raw", run="go mod download", also_ok=[MODCFG],
        note="the Dockerfile's go mod download stops because the committed go.mod is not tidy; the reporter built the image by replacing it with go mod tidy, and a later patch fixed the module list (trailing blanks trimmed)"),
]
