"""Dev-set entries, batch 63 (Go modules and Go module proxies as CI jobs meet them: `go mod download`, `go get`,
`go install` and `go build` in GitHub Actions, Azure Pipelines, Travis CI, Jenkins, Buildkite and inside Dockerfile RUN
steps. Proxies: proxy.golang.org answering 410 for a commit pushed minutes earlier, cutting a zip with `unexpected EOF`
under a compose build, sum.golang.org tiles reset mid-stream; goproxy.cn resetting HTTP/2 streams for GitHub-hosted
runners and answering 504 during an attack, goproxy.io's sumdb proxy resetting streams and serving a tile that does
not exist. The network between: `dial tcp ... i/o timeout` and `connection reset by peer` to proxy.golang.org, TLS
handshake timeouts on Windows agents (Bazel's Buildkite fleet, hosted windows-2019 runners), a Jenkins host whose only
way out is Bazel's downloader mirror, origin and vanity hosts that fail (gopkg.in's `Cannot obtain refs from GitHub`
502s, go.googlesource.com's 502s, a personal vanity server refusing connections, honnef.co's name server
misbehaving on Travis), TLS-inspecting corporate proxies and a Cisco client (`x509: certificate signed by unknown
authority`), an office proxy's `401 authenticationrequired`, an image without CA certificates, a borked GOSUMDB in a
developer's go env. Private git hosts: a Dockerfile with no credentials for a private module read as `unknown
revision`, dalec's gomod generator meeting dev.azure.com, checkout@v2's repository-scoped token shadowing an
insteadOf token. About a third are the build's own mistakes that read like proxy failures: go.sum and the checksum
database disagreeing with a retagged release, `GOPROXY=direct` pinned in a Dockerfile on a day gopkg.in was down, a
GOPROXY without the public proxy (`preceding tag ... not found`), a typo'd import path that asks for a username,
replace directives pointing outside the Docker build context or blocking `go install`, tags without the `v` prefix
or mis-created, a module whose go.mod declares another path, `go 1.22` with no such toolchain, a builder image older
than go.mod, a flatpak build sandbox without network.) `err` is verbatim from the source (a GitHub issue or pull
request thread); where a thread quoted a log inside Markdown (blockquote markers, backticks, list bullets, link markup,
a code block's indentation) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a
quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Elisions ('...')
inside a quote are the reporters' own. Hosts follow the README's strict rule: a host is given only where a line of the
log names it for the failing call (the host of the failing URL, the `lookup X` name); an inferred, masked or placeholder
one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501, RUF001
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"smartxworks/cluster-api-provider-elf#197", "aws/secrets-store-csi-driver-provider-aws#656",
         "flipt-io/flipt#1497", "go-pkgz/auth#14", "openshift/osdctl#253", "nself-org/cli#298"}  # fmt: skip

B = Batch(PULLS)
gp = B.family("goproxy")
conn = B.family("connectivity")
bld = B.build()

PGO = "proxy.golang.org"
ORIGIN = "connectivity.origin_server_error"
MISMATCH = "build.go_checksum_mismatch"
MODCFG = "build.go_module_config"
TAG = "build.tag_not_found"
SECURITY = "\n\nSECURITY ERROR\nThis download does NOT match {0}.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'."

E = [
    # --- the module proxies and checksum databases themselves ---------------------------------------------------------
    gp("cue-lang/cue#1667", "goproxy", "goproxy.not_found", True, "service", PGO,
       "go: creating new go.mod: module mod.com\ngo get: cuelang.org/go/cmd/cue@33b18be9eddd72ea356a913117bb1327a04242fd: invalid version: reading https://proxy.golang.org/cuelang.org/go/cmd/cue/@v/33b18be9eddd72ea356a913117bb1327a04242fd.info: 410 Gone\n\tserver response: not found: cuelang.org/go/cmd/cue@v0.0.0-20220424062231-33b18be9eddd: invalid version: missing cuelang.org/go/cmd/cue/go.mod at revision 33b18be9eddd",
       t="go", cmd="GOPROXY=https://proxy.golang.org/ go get -d cuelang.org/go/cmd/cue@$v", also_ok=["goproxy.bad_status"],
       note="labelled infra: the CI step fetches the commit just pushed to master through proxy.golang.org, which answers 410 'sorry, try again later' while it has not caught up (more instances followed); the fix is a retry over a minute or two, the commit itself is fine"),
    gp("sigstore/scaffolding#1970", "goproxy", "goproxy.fetch_failed", True, "service", PGO,
       "go: github.com/google/certificate-transparency-go@v1.3.3: read \"https://proxy.golang.org/.../v1.3.3.zip\": unexpected EOF\ntarget fulcio-server: failed to solve: process \"/bin/sh -c go mod download\" did not complete successfully: exit code: 1",
       raw_is_log=True, also_ok=["connectivity.eof", "connectivity.cut_short"],
       note="the e2e action builds freshly cloned services with docker compose, whose Dockerfiles run go mod download; proxy.golang.org cuts a module zip short now and then ('a transient hiccup mid-fetch', failures on unrelated commits weeks apart); the '...' is the reporter's"),
    gp("smartxworks/cluster-api-provider-elf#197", "goproxy", "goproxy.fetch_failed", True, "service", "goproxy.cn",
       "#14 182.1 go: github.com/onsi/ginkgo/v2@v2.23.0: read \"https://goproxy.cn/github.com/onsi/ginkgo/v2/@v/v2.23.0.zip\": stream error: stream ID 1381; INTERNAL_ERROR; received from peer\n#14 182.1 go: k8s.io/apiextensions-apiserver@v0.30.3: read \"https://goproxy.cn/k8s.io/apiextensions-apiserver/@v/v0.30.3.zip\": stream error: stream ID 1405; INTERNAL_ERROR; received from peer\n#14 182.1 go: k8s.io/apimachinery@v0.30.3: read \"https://goproxy.cn/k8s.io/apimachinery/@v/v0.30.3.zip\": stream error: stream ID 1407; INTERNAL_ERROR; received from peer",
       t="bk_raw", run="go mod download", also_ok=["connectivity.stream_reset"],
       note="the image build in the GitHub workflow 'often' fails with HTTP/2 stream resets from goproxy.cn (a China-side mirror reached from GitHub's US runners); intermittent, and the PR switches the Dockerfile to proxy.golang.org"),
    gp("goproxyio/goproxy#199", "goproxy", "goproxy.fetch_failed", True, "service", "goproxy.io",
       "go: downloading github.com/gin-gonic/contrib v0.0.0-20201101042839-6a891bf89f19\ngo get: github.com/gin-gonic/contrib@v0.0.0-20201101042839-6a891bf89f19: verifying module: github.com/gin-gonic/contrib@v0.0.0-20201101042839-6a891bf89f19: reading https://goproxy.io/sumdb/sum.golang.org/lookup/github.com/gin-gonic/contrib@v0.0.0-20201101042839-6a891bf89f19: stream error: stream ID 11; INTERNAL_ERROR",
       t="go", cmd="go get github.com/gin-gonic/contrib", also_ok=["connectivity.stream_reset", "goproxy.server_error"],
       note="goproxy.io's sumdb proxy reset streams for everyone in March 2022 (the same via goproxy.cn worked); the maintainer: HTTP/2 on their side had compatibility problems with the CDN, so they disabled it; nothing in the build"),
    gp("goproxy/goproxy.cn#205", "goproxy", "goproxy.server_error", True, "service", "goproxy.cn",
       "reading https://goproxy.cn/sumdb/sum.golang.org/supported: 504 Gateway Timeout",
       t="go", cmd="go mod download", also_ok=["goproxy.bad_status"],
       note="closed as a duplicate of #204: goproxy.cn was under attack on 2024-03-26 and answered 504/500 until a mitigation was deployed the same day; builds passed again hours later"),
    gp("elza2/go-cyclic#4", "goproxy", "goproxy.not_found", True, "service", "goproxy.io",
       "go: downloading github.com/elza2/go-cyclic v1.0.2\ngo: github.com/elza2/go-cyclic@latest: github.com/elza2/go-cyclic@v1.0.2: verifying module: github.com/elza2/go-cyclic@v1.0.2: checking tree#15583996 against tree#15949845: reading https://goproxy.io/sumdb/sum.golang.org/tile/8/1/237: 404 Not Found\n        server response: not found",
       t="go", cmd="go install github.com/elza2/go-cyclic@latest", also_ok=["goproxy.bad_status"],
       note="February 2023: goproxy.io's mirror of sum.golang.org serves no tile the client needs to check its tree; the reporter got past it only by bypassing the checksum lookup (GOPRIVATE=github.com), the module itself is fine, so the proxy's side"),
    gp("nself-org/cli#298", "goproxy", "goproxy.fetch_failed", True, "service", "sum.golang.org",
       "go: github.com/google/go-licenses@v1.6.0: version constraints conflict:\n  ... verifying go.mod: reading https://sum.golang.org/tile/8/0/x002/691:\n  stream error: stream ID 483; INTERNAL_ERROR; received from peer",
       t="go", cmd="go install github.com/google/go-licenses@v1.6.0", also_ok=["connectivity.stream_reset", "goproxy.server_error"],
       note="four jobs failed the same day on sum.golang.org tile reads reset mid-stream, 'none related to the change under test', a gate that had passed twenty minutes earlier; the PR retries pinned go installs (the '...' is the author's)"),
    # --- the network between the job and the proxy --------------------------------------------------------------------
    conn("microsoft/go#2460", "connectivity", "connectivity.timeout", True, "service", PGO,
         "--- FAIL: TestInstallScriptUpToDate (45.62s)\n    installscript_test.go:17: goinstallscript is not up to date: go: downloading github.com/microsoft/go-infra/goinstallscript v0.0.0-20250210150554-f31015b54477\n        github.com/microsoft/go-infra/goinstallscript@v0.0.0-20250210150554-f31015b54477: Get \"https://proxy.golang.org/github.com/microsoft/go-infra/goinstallscript/@v/v0.0.0-20250210150554-f31015b54477.zip\": dial tcp 142.251.218.81:443: i/o timeout\n        , exit status 1\n    installscript_test.go:18: To update, in eng/_util, run: go run github.com/microsoft/go-infra/goinstallscript\nFAIL\nFAIL\tgithub.com/microsoft/go/_util/tools\t45.627s\nFAIL",
         raw_is_log=True, host_alt=["142.251.218.81:443", "142.251.218.81"], also_ok=["goproxy.fetch_timeout"],
         note="labelled Flaky in an Azure Pipelines run: a test that downloads a module times out dialing proxy.golang.org; the maintainer: it 'could have been caused anywhere in the network between us and the Go proxy' and points to the upstream tracker for such errors"),
    conn("slsa-framework/slsa-github-generator#1590", "connectivity", "connectivity.reset", True, "service", PGO,
         "Error: ../../../go/pkg/mod/github.com/sigstore/rekor@v1.0.1/pkg/types/versionmap.go:22:2: github.com/blang/semver@v3.5.1+incompatible: Get \"https://proxy.golang.org/github.com/blang/semver/@v/v3.5.1+incompatible.zip\": read tcp 10.1.0.64:32922->142.251.6.141:443: read: connection reset by peer\nError: ../../../go/pkg/mod/github.com/sigstore/rekor@v1.0.1/pkg/types/types.go:26:2: golang.org/x/exp@v0.0.0-20220823124025-807a23277127: Get \"https://proxy.golang.org/golang.org/x/exp/@v/v0.0.0-20220823124025-807a23277127.zip\": read tcp 10.1.0.64:32922->142.251.6.141:443: read: connection reset by peer",
         host_alt=["142.251.6.141:443", "142.251.6.141"], also_ok=["goproxy.fetch_failed"],
         note="a nightly e2e workflow's build: module zips from proxy.golang.org are reset mid-read; the maintainer: 'Seems to be a transient issue', and the next day's run is reported separately (blockquote and backticks dropped)"),
    conn("shurcooL/home#31", "connectivity", "connectivity.refused", True, "service", "dmitri.shuralyov.com",
         "Fetching https://dmitri.shuralyov.com/gpu/mtl?go-get=1\nhttps fetch failed: Get https://dmitri.shuralyov.com/gpu/mtl?go-get=1: dial tcp 172.93.50.41:443: connect: connection refused",
         host_alt=["172.93.50.41:443", "172.93.50.41"], also_ok=[ORIGIN],
         note="the vanity import server behind dmitri.shuralyov.com/gpu/mtl was down for four hours (the title gives the window); the owner fixed the web server and suggested the module mirror so builds (a commenter's CircleCI) survive origin outages"),
    conn("niemeyer/gopkg#79", "connectivity", ORIGIN, True, "service", "gopkg.in",
         "gopkg.in/yaml.v3@v3.0.1: unrecognized import path \"gopkg.in/yaml.v3\": reading https://gopkg.in/yaml.v3?go-get=1: 502 Bad Gateway\ngo: gopkg.in/ini.v1@v1.62.0: unrecognized import path \"gopkg.in/ini.v1\": reading https://gopkg.in/ini.v1?go-get=1: 502 Bad Gateway",
         t="go", also_ok=["connectivity.package_mirror"],
         note="December 2022, 'My builds are failing' on gopkg.in's redirector answering 502; when it recurred in June 2023 the maintainer named a data-centre-wide issue at Canonical that his team was still working on, and CI that set GOPROXY to the module proxy got through (list bullets dropped)"),
    conn("deepfence/ThreatMapper#114", "connectivity", ORIGIN, True, "service", "gopkg.in",
         "+ bash /home/deepfence/check-deps.sh\nunrecognized import path \"gopkg.in/yaml.v2\": reading https://gopkg.in/yaml.v2?go-get=1: 502\n        server response: Cannot obtain refs from GitHub: cannot talk to GitHub: Get https://nt.Timeout exceeded while awaiting headers)\n+ build_result=1",
         raw_is_log=True, also_ok=["connectivity.package_mirror", "connectivity.timeout"],
         note="the agent image build's dependency step fetches gopkg.in/yaml.v2 from its origin; the maintainer: 'Currently https://gopkg.in/yaml.v2 is timing out. Please try after few hours'; the garbled server response is as the reporter pasted it"),
    conn("golang/go#36048", "connectivity", ORIGIN, True, "service", "go.googlesource.com",
         "fatal: unable to access 'https://go.googlesource.com/lint/': The requested URL returned error: 502\npackage golang.org/x/lint/golint: exit status 1",
         t="go", cmd="go get -u golang.org/x/lint/golint", also_ok=["connectivity.package_mirror"],
         note="2019-12-09: go.googlesource.com answered 502 to every clone for a while (many reports, a duplicate filed); 'Probably a server outage', back to normal, then again; go get in GOPATH mode clones the origin directly"),
    conn("dominikh/go-simple#12", "dns", "dns.server_misbehaving", True, "service", "honnef.co",
         "6.71s$ go get -v honnef.co/go/simple/cmd/gosimple\nFetching https://honnef.co/go/simple/cmd/gosimple?go-get=1\nhttps fetch failed: Get https://honnef.co/go/simple/cmd/gosimple?go-get=1: dial tcp: lookup honnef.co on 10.1.0.2:53: server misbehaving\npackage honnef.co/go/simple/cmd/gosimple: unrecognized import path \"honnef.co/go/simple/cmd/gosimple\" (https fetch: Get https://honnef.co/go/simple/cmd/gosimple?go-get=1: dial tcp: lookup honnef.co on 10.1.0.2:53: server misbehaving)",
         raw_is_log=True, also_ok=["dns.resolve_failed", ORIGIN],
         note="etcd's Travis job 'suddenly stopped working': the vanity domain honnef.co did not resolve (another user saw its server time out); the owner: 'a temporary issue and will be resolved in the coming hours', then 'The issue has been resolved'"),
    conn("bazel-contrib/rules_go#3564", "connectivity", "connectivity.tls_handshake_timeout", True, "local", PGO,
         "ERROR: An error occurred during the fetch of repository 'gazelle~0.30.0~go_deps~com_github_golang_protobuf':\n   Traceback (most recent call last):\n\tFile \"C:/b/fzez7l3p/external/gazelle~0.30.0/internal/go_repository.bzl\", line 229, column 17, in _go_repository_impl\n\t\tfail(\"failed to fetch %s: %s\" % (ctx.name, result.stderr))\nError in fail: failed to fetch gazelle~0.30.0~go_deps~com_github_golang_protobuf: fetch_repo: github.com/golang/protobuf@v1.5.2: Get \"https://proxy.golang.org/github.com/golang/protobuf/@v/v1.5.2.info\": net/http: TLS handshake timeout",
         raw_is_log=True, also_ok=["connectivity.timeout", "goproxy.fetch_timeout"],
         note="Bazel's downstream pipeline, BCR test module on its Windows Buildkite agents: go_repository's fetch from proxy.golang.org stalls in the TLS handshake; filed by the CI sheriff and closed without a rules_go change, a Windows-agent network flake of that period"),
    conn("actions/runner#1427", "connectivity", "connectivity.tls_handshake_timeout", True, "local", PGO,
         "go: github.com/stretchr/testify@v1.7.0: Get \"https://proxy.golang.org/github.com/stretchr/testify/@v/v1.7.0.mod\": net/http: TLS handshake timeout\nBrowserslist: caniuse-lite is outdated. Please run:\nnpx browserslist@latest --update-db\n\nWhy you should do it regularly:\nhttps://github.com/browserslist/browserslist#browsers-data-updating\ngo: github.com/stretchr/testify@v1.7.0: Get \"https://proxy.golang.org/github.com/stretchr/testify/@v/v1.7.0.mod\": net/http: TLS handshake timeout\nHash: 32362c9d125194750bb1\ngo: github.com/spf13/cobra@v1.2.1: Get \"https://proxy.golang.org/github.com/spf13/cobra/@v/v1.2.1.mod\": net/http: TLS handshake timeout",
         cmd="node ./scripts/e2e.mjs", also_ok=["connectivity.timeout", "goproxy.fetch_timeout"],
         note="'an intermittency' on hosted windows-2019 runners with setup-go: module downloads from proxy.golang.org hang and time out in the TLS handshake while the e2e script builds; filed against the runner as a bug, the same workflow passes on other runs"),
    conn("bazel-contrib/bazel-gazelle#1904", "connectivity", "connectivity.timeout", False, "local", PGO,
         "Error in fail: failed to fetch com_github_bazelbuild_buildtools: fetch_repo: github.com/bazelbuild/buildtools@v0.0.0-20230111132423-06e8e2436a75: Get \"https://proxy.golang.org/github.com/bazelbuild/buildtools/@v/v0.0.0-20230111132423-06e8e2436a75.info\": dial tcp 142.251.215.241:443: i/o timeout",
         raw_is_log=True, host_alt=["142.251.215.241:443", "142.251.215.241"], also_ok=["build.network_sandboxed", "goproxy.fetch_timeout"],
         note="a Jenkins host that reaches the outside only through Bazel's --experimental_downloader_config mirror: go_repository shells out to go mod download, which dials proxy.golang.org directly and times out on every build; the issue asks gazelle to use Bazel's downloader"),
    conn("grafana/xk6#95", "connectivity", "connectivity.untrusted_certificate", False, "local", "sum.golang.org",
         "go: downloading github.com/mostafa/xk6-kafka v0.17.0\ngo: k6 imports\n\tgithub.com/mostafa/xk6-kafka: github.com/mostafa/xk6-kafka@v0.17.0: verifying module: github.com/mostafa/xk6-kafka@v0.17.0: Get \"https://sum.golang.org/lookup/github.com/mostafa/xk6-kafka@v0.17.0\": tls: failed to verify certificate: x509: certificate signed by unknown authority\n2024/05/06 17:31:08 [INFO] Cleaning up temporary folder: /tmp/buildenv_2024-05-06-1731.563602991\n2024/05/06 17:31:08 [FATAL] exit status 1",
         raw_is_log=True, also_ok=["connectivity.tls_failed"],
         note="the documented xk6 docker build fails verifying a module against sum.golang.org; the reporter suspected stale CA certificates in the image, then: 'False alarm. Cisco' (a TLS-inspecting client on the reporter's network), so every run from that network fails the same"),
    conn("istio/istio#14795", "connectivity", "connectivity.proxy_auth_required", False, "local", "goproxy.io",
         "go: github.com/sethgrid/pester@v0.0.0-20180227223404-ed9870dad317: unexpected status (https://goproxy.io/github.com/sethgrid/pester/@v/v0.0.0-20180227223404-ed9870dad317.info): 401 authenticationrequired\ngo: finding github.com/googleapis/gax-go/v2 v2.0.4\ngo: github.com/gogo/protobuf@v1.2.1: unexpected status (https://goproxy.io/github.com/gogo/protobuf/@v/v1.2.1.info): 401 authenticationrequired",
         t="go", cmd="go mod download", also_ok=["credentials.unauthorized", "connectivity.proxy_refused"],
         note="a contributor 'already using a proxy to access internet from office' gets 401 authenticationrequired for every module fetched via goproxy.io: the office's HTTP proxy, not the public Go proxy (which takes no credentials), refuses the requests"),
    B.local()("goproxy/goproxy.cn#103", "local.ca_certificates_missing", False,
              "go: github.com/natefinch/lumberjack@v2.0.0+incompatible: Get https://goproxy.cn/github.com/natefinch/lumberjack/@v/v2.0.0+incompatible.mod: x509: certificate signed by unknown authority",
              host="goproxy.cn", also_ok=["connectivity.untrusted_certificate"],
              note="the goproxy.cn maintainer: the environment's CA store lacks the mainstream root certificates (a distro Go under /usr/lib/go-1.13); install ca-certificates; not the proxy and not transient"),
    B.local()("vernemq/vmq-operator#53", "local.go_env_invalid", False,
              "test -s /mnt/xfs_backup/git/vmq-operator/bin/controller-gen || GOBIN=/mnt/xfs_backup/git/vmq-operator/bin go install sigs.k8s.io/controller-tools/cmd/controller-gen@v0.9.2\ngo: downloading sigs.k8s.io/controller-tools v0.9.2\ngo: sigs.k8s.io/controller-tools/cmd/controller-gen@v0.9.2: sigs.k8s.io/controller-tools@v0.9.2: verifying module: missing GOSUMDB\nmake: *** [Makefile:181: /mnt/xfs_backup/git/vmq-operator/bin/controller-gen] Error 1",
              raw_is_log=True, also_ok=[MODCFG],
              note="the Makefile's pinned go install of controller-gen fails checksum verification with 'missing GOSUMDB'; the reporter: 'my GOSUMDB must've been borked', and `go env -w GOSUMDB=sum.golang.org` fixed it; the machine's go env, not the proxy"),
    # --- private git hosts behind go get ------------------------------------------------------------------------------
    B.entry("goproxy", "project-dalec/dalec#455", "credentials", "credentials.git_auth", False, "build", "dev.azure.com",
            "11.84 go: go.goms.io/aks/infrasrvrpc@v0.4.0: reading go.goms.io/aks/infrasrvrpc/go.mod at revision v0.4.0: git ls-remote -q origin in /go/pkg/mod/cache/vcs/9451610b4f4ac4ba7febaab0564cf98141ea2b4bc163ce7937a9b0f327ffa0a5: exit status 128:\n11.84   fatal: could not read Username for 'https://dev.azure.com': terminal prompts disabled\n11.84 Confirm the import path was entered correctly.\n11.84 If this is a private repository, see https://golang.org/doc/faq#git_https for additional information.\n------\nERROR: failed to solve: process \"sh -c go mod download\" did not complete successfully: exit code: 1",
            raw_is_log=True, also_ok=["credentials.missing"],
            note="dalec's gomod source generator runs go mod download in a container with no credentials for a private dependency hosted on dev.azure.com; the feature request wires build secrets into that container (implemented later), so every build fails until the spec supplies auth"),
    B.entry("goproxy", "operator-framework/operator-sdk#4291", "credentials", "credentials.git_auth", False, "build", None,
            "Step 5/14 : RUN go mod download\n ---> Running in 35ce193ea8be\ngo: private-git.example.com/some/project/v2@v2.0.41: reading private-git.example.com/some/project/go.mod at revision project/v2.0.41: unknown revision project/v2.0.41\nThe command '/bin/sh -c go mod download' returned a non-zero code: 1\nmake: *** [Makefile:74: docker-build] Error 1",
            raw_is_log=True, host_alt=["private-git.example.com"], also_ok=[TAG, "credentials.missing"],
            note="the operator imports a library from a private git server and make docker-build fails because the Dockerfile has no credentials for it, which Go reports as an unknown revision; the question is how to pass a .netrc into the build (the host is the reporter's placeholder)"),
    B.entry("goproxy", "mvdan/github-actions-golang#15", "credentials", "credentials.git_auth", False, "build", "github.com",
            "go: github.com/company/repo@v0.0.0-20210104011042-bad989a6d7f2: invalid version: git fetch -f origin refs/heads/*:refs/heads/* refs/tags/*:refs/tags/* in /home/runner/go/pkg/mod/cache/vcs/4902ad5423d70bf8a819e419fc1d6e0667f5a8f1542bd02ff6253926ac8fcb35: exit status 128:\n\tremote: Repository not found.\n\tfatal: repository 'https://github.com/company/repo/' not found\nError: Process completed with exit code 1.",
            raw_is_log=True, also_ok=["credentials.repository_not_found", "credentials.missing"],
            note="GOPRIVATE and an insteadOf rule with a personal token are set, yet the private dependency is 'not found'; the reporter found that going back from actions/checkout@v2 to v1 makes it pass (v2 leaves the job's own repository-scoped token in the git config); company/repo is the reporter's mask"),
    # --- the build's own: checksums and proxy settings ----------------------------------------------------------------
    bld("n04ln/diesirae.nvim#11", MISMATCH,
        "verifying gopkg.in/h2non/gentleman.v2@v2.0.4: checksum mismatch\n\tdownloaded: h1:9R3K6CFYd/RdXDLi0pGXwaPnRx/pn5EZlrN3VkNygWc=\n\tgo.sum:     h1:Qq4Sk2jY7GoYBu8C5rZF/+RU9GdcnzPN9v3z5aBBGg8=" + SECURITY.format("an earlier download recorded in go.sum") + "\n##[error]Process completed with exit code 1.",
        raw_is_log=True, also_ok=["build.checksum_mismatch"],
        note="February 2020, GitHub Actions: the bits fetched for gentleman.v2 v2.0.4 no longer match the hash the repository's go.sum recorded; the author's fix was to use v2.0.3 instead, so every re-run fails the same until go.mod/go.sum change"),
    bld("upyun/upx#63", MISMATCH,
        "go: downloading github.com/upyun/upx v0.3.1\ngo get github.com/upyun/upx@v0.3.1: github.com/upyun/upx@v0.3.1: verifying module: checksum mismatch\n\tdownloaded: h1:35mb9mGwj2KiNilJibpC3OzwHTXeAVhjQGWpv+gyb7k=\n\tsum.golang.org: h1:MGz1F4pkGTlV9HRs1ka2/lONoTVI076gBaKqx3x2nCE=" + SECURITY.format("the one reported by the checksum server") + "\nError: Process completed with exit code 1.",
        raw_is_log=True, also_ok=["build.checksum_mismatch", "goproxy.bad_zip"],
        note="a docs deploy workflow installs upx v0.3.1 and the download disagrees with sum.golang.org's record of that version; the maintainer had seen it before ('mostly the proxy's influence'), published v0.3.2 and checked it in GitHub Actions, so the job needs the new version"),
    bld("aws/secrets-store-csi-driver-provider-aws#656", MODCFG,
        "# get https://gopkg.in/yaml.v2?go-get=1: 502 Proxy Error (10.138s)\ngo: gopkg.in/evanphx/json-patch.v4@v4.13.0: unrecognized import path \"gopkg.in/evanphx/json-patch.v4\": reading https://gopkg.in/evanphx/json-patch.v4?go-get=1: 502 Proxy Error",
        t="bk_raw", run="go mod download", host="gopkg.in", also_ok=[ORIGIN, "connectivity.package_mirror"],
        note="the Dockerfile pinned GOPROXY=direct, so the image build depended on gopkg.in's redirector, which was answering 502 to GitHub's runners: all four attempts of the run failed while the Go workflow on the default GOPROXY passed; the PR defaults GOPROXY to the module proxy"),
    bld("openshift/osdctl#253", MODCFG,
        "   • running before hooks\n      • running                   hook=go mod tidy\n   ⨯ build failed after 2.65s error=hook failed: go mod tidy: exit status 1; output: go: github.com/openshift/hive@v1.0.5 requires\n\tgithub.com/openshift/api@v3.9.1-0.20191111211345-a27ff30ebf09+incompatible: invalid pseudo-version: preceding tag (v3.9.0) not found\ngo: downloading github.com/openshift/api v0.0.0-20180801171038-322a19404e37\ngo: github.com/openshift/hive@v1.0.5 requires\n\tgithub.com/openshift/api@v3.9.1-0.20191111211345-a27ff30ebf09+incompatible: invalid pseudo-version: preceding tag (v3.9.0) not found",
        raw_is_log=True, also_ok=[TAG],
        note="goreleaser's go mod tidy hook fails on a pseudo-version whose base tag the origin no longer has: 'The missing value in GOPROXY causes an error'; with the public proxy in GOPROXY it resolves, so the PR documents that requirement"),
    bld("docker-library/golang#190", "build.repository_missing",
        "Step 2/2 : RUN go get github.com/golang/list/golint\n ---> Running in 199d1a7c3f98\n# cd .; git clone https://github.com/golang/list /go/src/github.com/golang/list\nCloning into '/go/src/github.com/golang/list'...\nfatal: could not read Username for 'https://github.com': terminal prompts disabled\npackage github.com/golang/list/golint: exit status 128\nThe command '/bin/sh -c go get github.com/golang/list/golint' returned a non-zero code: 1",
        raw_is_log=True, host="github.com", also_ok=["credentials.git_auth"],
        note="the Dockerfile asks for github.com/golang/list/golint, a repository that does not exist, and GitHub's answer to a missing repository is an auth prompt; 'it looks like I copied the wrong url', with github.com/golang/lint/golint it works"),
    bld("git-lfs/git-lfs#4826", "build.network_sandboxed",
        "go: github.com/avast/retry-go@v2.4.2+incompatible: Get \"https://proxy.golang.org/github.com/avast/retry-go/@v/v2.4.2+incompatible.mod\": dial tcp: lookup proxy.golang.org: Temporary failure in name resolution",
        host=PGO, also_ok=["dns.temporary_failure"],
        note="building git-lfs as a module of a flatpak manifest: flatpak-builder runs the build step without network (the same reporter's flatpak-builder report shows module fetches failing the same way), so the name never resolves until the manifest vendors the modules or shares the network"),
    # --- the build's own: replace directives, module paths, tags --------------------------------------------------------
    bld("flipt-io/flipt#1497", "build.missing_file",
        "#15 13.15 go: go.flipt.io/flipt/errors@v1.19.3 (replaced by ./errors/): reading errors/go.mod: open /home/flipt/errors/go.mod: no such file or directory",
        t="bk_raw", run="go mod download", also_ok=[MODCFG],
        note="go.mod replaces the errors module with ./errors, but the Dockerfile copies only go.mod and go.sum before running go mod download; the PR copies the sub-module first"),
    bld("go-pkgz/auth#14", "build.missing_file",
        "Step 4/12 : RUN go get && go get -u github.com/go-pkgz/auth\n ---> Running in 89dc3de4efa3\ngo: parsing /go.mod: open /go.mod: no such file or directory\ngo: finding github.com/go-pkgz/mongo v1.1.0\ngo: finding github.com/go-chi/chi v3.3.3+incompatible\ngo: finding github.com/go-pkgz/rest v1.2.0\ngo: finding github.com/go-pkgz/lgr v0.2.2\ngo: finding golang.org/x/net v0.0.0-20190110200230-915654e7eabc\ngo: finding golang.org/x/sys v0.0.0-20190116161447-11f53e031339\ngo: finding golang.org/x/oauth2 v0.0.0-20190115181402-5dab4167f31c\ngo: error loading module requirements\nERROR: Service 'auth-example' failed to build: The command '/bin/sh -c go get && go get -u github.com/go-pkgz/auth' returned a non-zero code: 1",
        raw_is_log=True, also_ok=[MODCFG],
        note="the example's go.mod replaces the library with a relative path outside the compose build context, so inside the image there is no go.mod to read; the maintainer: 'The issue is real', the replace exists so the example uses the local library"),
    bld("nautilus/gateway#187", "build.go_install_replace_directive",
        "#6 1.784 go: downloading github.com/nautilus/gateway/cmd/gateway v0.0.0-20230320205028-a825e2eeca52\n#6 1.937 go: downloading github.com/nautilus/gateway v0.3.6\n#6 2.158 go: github.com/nautilus/gateway/cmd/gateway@latest (in github.com/nautilus/gateway/cmd/gateway@v0.0.0-20230320205028-a825e2eeca52):\n#6 2.158        The go.mod file for the module providing named packages contains one or\n#6 2.158        more replace directives. It must not contain directives that would cause\n#6 2.158        it to be interpreted differently than if it were the main module.",
        t="bk_raw", run="go install github.com/nautilus/gateway/cmd/gateway@latest", also_ok=[MODCFG],
        note="the documented go install of the gateway command, run in a docker build, is refused because the command's go.mod carries a replace directive; the maintainer reproduced it and fixed the install path upstream, so re-running the same version fails the same"),
    bld("golang/go#37504", "build.module_path_mismatch",
        "go: downloading gitlab.com/strebul/test_lib v0.0.0-20200227153846-ae6ce9befc25\ngo: gitlab.com/strebul/test_lib upgrade => v0.0.0-20200227153846-ae6ce9befc25\ngo get: gitlab.com/strebul/test_lib@v0.0.0-20200227153846-ae6ce9befc25: parsing go.mod:\n        module declares its path as: test_lib\n                but was required as: gitlab.com/strebul/test_lib",
        t="go", cmd="GOPRIVATE=gitlab.com/strebul go get -d gitlab.com/strebul/test_lib", also_ok=[MODCFG],
        note="reported as 'no go-import meta tags' from a private GitLab repository; with a GitLab token in .netrc the maintainer got past the host and found the real error: the library's go.mod declares the module as test_lib, not its import path"),
    bld("dgraph-io/badger#886", TAG,
        "go: github.com/dgraph-io/badger@v2.0.0-rc.2+incompatible: unknown revision v2.0.0-rc.2",
        t="go", cmd="go install ./cmd/ipfs-cluster-service", also_ok=["build.package_version_missing"],
        note="labelled P0: ipfs-cluster's go.mod requires a badger version whose tag does not exist as written; the maintainer: 'we've tagged the release incorrectly' (v2.0-rc1 rather than v2.0.0-rc1), and the dependent go.mod has to change too"),
    bld("PostHog/posthog-go#194", TAG,
        "go: github.com/posthog/posthog-go@v1.12.3: invalid version: unknown revision v1.12.3",
        t="go", cmd="go get github.com/posthog/posthog-go@v1.12.3", also_ok=["build.package_version_missing"],
        note="releases 1.12.2 and 1.12.3 were tagged without the v prefix, so the module proxy never sees them and `go get @v1.12.3` fails everywhere; the fix is re-tagging as v1.12.2/v1.12.3"),
    # --- the build's own: Go versions and toolchains ----------------------------------------------------------------------
    bld("grokify/gocharts#55", MODCFG,
        "level=error msg=\"Running error: context loading failed: failed to load packages: failed to load with go/packages: err: exit status 1: stderr: go: downloading go1.22 (linux/amd64)\\ngo: download go1.22 for linux/amd64: toolchain not available\\n\"",
        also_ok=["build.toolchain_missing"],
        note="golangci-lint in GitHub Actions: go.mod says `go 1.22`, so the older Go on the runner tries to fetch a toolchain named go1.22, which was never released (the first is go1.22.0); fixed by writing 1.22.0 in go.mod, a re-run fails the same"),
    bld("mittwald/deploy-container-action#159", "build.toolchain_missing",
        "go: go.mod requires go >= 1.26.8 (running go 1.24.13; GOTOOLCHAIN=local)\nmake: *** [Makefile:10: dep] Error 1",
        t="bk_raw", run="make build", code=2, also_ok=[MODCFG],
        note="a dependabot bump raised go.mod to go 1.26.8 while the Dockerfile still builds on golang:1.24-alpine, whose GOTOOLCHAIN=local forbids fetching a newer toolchain; the Docker Image CI stays red on main until the builder image is bumped"),
]
