"""Dev-set entries, batch 83 (module and package fetches inside Dockerfile RUN steps and CI steps: Go's go get, go
mod download, go build and go install against proxy.golang.org, vanity import hosts (gopkg.in, cloud.google.com,
layeh.com, dmitri.shuralyov.com, gopkgs.com), direct VCS fetches from git.apache.org and Bitbucket's API, and the
vendor directory; npm, yarn and pnpm inside `RUN yarn install`, `npm ci` and CI install steps against
registry.npmjs.org, registry.yarnpkg.com, Font Awesome's private registry, GitHub Packages and private registries
recorded in lock files. The services' side: gopkg.in answering without go-import meta tags while GitHub's machines
misbehaved, answering 502 when its GitHub fetch broke and a TLS internal error during a Linode outage; a personal
vanity host timing out during its deploys; proxy.golang.org answering 503; cloud.google.com's meta page breaking
go1.5 until Google fixed it; a vanity host with no meta tags for a subpackage for months; npm's 404s for packages
that exist (a scoped tarball for three days in 2023, scoped metadata in the August 2020 incident, and through
registry.yarnpkg.com the same morning); registry.yarnpkg.com's 502 and 503; Font Awesome's registry refusing
connections, timing out behind its npm proxy and unresolvable during the October 2019 AWS DNS attack, and its packages
installed in the middle of a release; GitHub Packages' metadata without integrity that yarn cannot check; a package
whose only publisher account was deleted; a private registry that answers different bytes per request. The runner
side: a network that refuses proxy.golang.org, a Go install without go.env, a slow Docker build that yarn's socket
timeout cuts off. About half are the build's own mistakes that read like infrastructure: git.apache.org retired
for good (refused, timed out) and gopkgs.com gone, a private Bitbucket dependency fetched without credentials,
vendor directories out of step with go.mod (a Dockerfile's `-mod=vendor` and a GOPATH-mode `go get` of delve),
go.sum hashes for tags that were moved; lock files that still point at a maintainer's caching proxy, an internal
Artifactory, an Azure DevOps feed or Font Awesome's authenticated registry; a lock entry carrying another version's
checksum and a tool that rewrote lock files with wrong integrity; yarn 1 ignoring a .yarnrc.yaml scope so a Pro
package is looked up on the public registry; a registry URL with the owner in its path so pnpm sends no token; and
yarn 1.19.0's cache integrity regression on nightly builds.) `err` is verbatim from the source (a GitHub thread
found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (code fences, backticks,
blockquote markers, an indented code block) only that markup was dropped and trailing blanks trimmed, never a word of
the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line.
Maskings ('xxxx', '[group]', 'ghp_[hidden]', 'npm.example.net') are the reporters' own. Hosts follow the README's
strict rule: a host is given only where a line of the log names it for the failing call; an inferred, masked or
placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"elastic/beats#21614", "boring-registry/boring-registry#12", "ManageIQ/manageiq-appliance-build#360"}

B = Batch(PULLS)
gop = B.family("goproxy", "go")
gown = B.build("goproxy")
npm = B.family("net_npm")
nown = B.build("net_npm")

LOCK_PRIVATE = "build.lockfile_private_index"
GO_MODCFG = "build.go_module_config"
REMOVED = "build.repository_removed"

E = [
    # --- Go, the services' side: vanity import hosts and the module proxy ------------------------------------------------
    gop("natefinch/lumberjack#67", "goproxy", "goproxy.vanity_meta_missing", True, "service", "gopkg.in",
        'package gopkg.in/natefinch/lumberjack.v2: unrecognized import path "gopkg.in/natefinch/lumberjack.v2" (parse https://gopkg.in/natefinch/lumberjack.v2?go-get=1: no go-import meta tags ())',
        cmd="go get gopkg.in/natefinch/lumberjack.v2", also_ok=["github.outage", "goproxy.fetch_failed"],
        note="September 2018: the maintainer: 'a brief issue with one of github's machines going wonky' (niemeyer/gopkg#63), so gopkg.in served pages without meta tags; 'Should be fixed now.'"),
    gop("niemeyer/gopkg#75", "goproxy", "goproxy.server_error", True, "service", "gopkg.in",
        'unrecognized import path "gopkg.in/yaml.v1": reading https://gopkg.in/yaml.v1?go-get=1: 502 Bad Gateway\n\tserver response: Cannot obtain refs from GitHub: error reading from GitHub: unexpected EOF',
        cmd="go get gopkg.in/yaml.v1", also_ok=["goproxy.bad_status", "github.outage"],
        note="gopkg.in could not read the refs from GitHub and answered 502; the reporter the same day: 'Looks like this was a temporary glitch and it is now working'"),
    gop("niemeyer/gopkg#60", "connectivity", "connectivity.tls_error", True, "service", "gopkg.in",
        'Fetching https://gopkg.in/redis.v5?go-get=1\nhttps fetch failed: Get https://gopkg.in/redis.v5?go-get=1: remote error: tls: internal error\npackage gopkg.in/redis.v5: unrecognized import path "gopkg.in/redis.v5" (https fetch: Get https://gopkg.in/redis.v5?go-get=1: remote error: tls: internal error)',
        also_ok=["connectivity.tls_failed", "goproxy.fetch_failed"],
        note="the maintainer: Linode had 'bad downtime right now across several datacenters' and the fallover server's certificate setup broke; he fixed the secondary and the primary came back the same day"),
    gop("shurcooL/home#28", "connectivity", "connectivity.timeout", True, "service", "dmitri.shuralyov.com",
        'go: dmitri.shuralyov.com/html/belt@v0.0.0-20180602232347-f7d459c86be0: unrecognized import path "dmitri.shuralyov.com/html/belt" (https fetch: Get https://dmitri.shuralyov.com/html/belt?go-get=1: dial tcp 172.93.50.41:443: i/o timeout)\ngo: error loading module requirements',
        host_alt=["172.93.50.41:443", "172.93.50.41"], also_ok=["goproxy.fetch_timeout", "connectivity.connect_timeout"],
        note="a GitLab CI job on Google Cloud: the intermittent timeouts (seen before in #23 and #25) come, the owner suspects, from the few seconds of downtime while his personal site deploys; 'It's not a problem at this time'"),
    gop("elastic/beats#21614", "goproxy", "goproxy.server_error", True, "service", "proxy.golang.org",
        "github.com/pierrec/lz4: github.com/pierrec/lz4@v2.4.1+incompatible: reading https://proxy.golang.org/github.com/pierrec/lz4/@v/v2.4.1+incompatible.zip: 503 Service Unavailable\nserver response: Service Unavailable",
        t="raw", also_ok=["goproxy.bad_status", "goproxy.server_status"],
        note="the Jenkins CI's dependency fetch hit the module proxy's 503; the PR wraps the fetch in a retry 'to reduce the environmental issues when the third-party system is not accessible', and a later run 'failed once when retrieving the dependencies and move forward'"),
    gop("googleapis/google-cloud-go#307", "goproxy", "goproxy.vanity_meta_missing", True, "service", "cloud.google.com",
        'Fetching https://cloud.google.com/go?go-get=1\nParsing meta tags from https://cloud.google.com/go?go-get=1 (status code 200)\nimport "cloud.google.com/go/...": parse https://cloud.google.com/go?go-get=1: no go-import meta tags\npackage cloud.google.com/go/...: unrecognized import path "cloud.google.com/go/..."',
        cmd="go get -v cloud.google.com/go/...", also_ok=["goproxy.bad_response", "build.tool_outdated"],
        note="August 2016, a Travis job on go1.5: the new vanity path's meta page could not be parsed by go1.5; a Google engineer changed the page the same day ('Fixed.') and go1.5 fetched it, with nothing changed in the build"),
    gop("layeh/radius#51", "goproxy", "goproxy.vanity_meta_missing", False, "service", "layeh.com",
        'Parsing meta tags from https://layeh.com/radius/rfc6911?go-get=1 (status code 404)\npackage layeh.com/radius/rfc6911: unrecognized import path "layeh.com/radius/rfc6911" (parse https://layeh.com/radius/rfc6911?go-get=1: no go-import meta tags ())',
        cmd="go get layeh.com/radius/rfc6911", also_ok=["goproxy.not_found", "goproxy.bad_status"],
        note="the vanity host served no meta page for the subpackage path (404) from January until the maintainer's 'Fixed.' in May 2019; every fetch in between failed the same"),
    # --- Go, the runner's side -------------------------------------------------------------------------------------------
    gop("greenplum-db/gpbackup#764", "connectivity", "connectivity.refused", False, "local", "proxy.golang.org",
        'go: github.com/DATA-DOG/go-sqlmock@v1.5.0: Get "https://proxy.golang.org/github.com/%21d%21a%21t%21a-%21d%21o%21g/go-sqlmock/@v/v1.5.0.mod": dial tcp 172.217.160.81:443: connect: connection refused\nReaping losing child 0x153a0d0 PID 5820\nmake: *** [depend] error 1',
        t="raw", cmd="make depend", host_alt=["172.217.160.81:443", "172.217.160.81"], also_ok=["connectivity.firewall_blocked", "goproxy.fetch_failed"],
        note="the reporter's network refuses the module proxy's address while 'my network is functioning properly'; the maintainer: 'That connection issue looks like it must be a configuration problem on your end'"),
    gop("golang/go#62274", "local", "local.go_env_invalid", False, "local", None,
        "GOPROXY list is not the empty string, but contains no entries",
        also_ok=["goproxy.config_invalid", GO_MODCFG],
        note="Go 1.21 moved the GOPROXY default into $GOROOT/go.env, and the reporter's own Go build did not copy go.env into GOROOT, which 'breaks all our CI and dev environments'; closed by the reporter: 'it's on our end'"),
    # --- Go, the build's own: hosts that are gone, private sources ------------------------------------------------------
    gown("tomerdmnt/geoipmap#5", REMOVED,
         'Fetching https://gopkgs.com/geoip.v1?go-get=1\nhttps fetch failed.\nFetching http://gopkgs.com/geoip.v1?go-get=1\nParsing meta tags from http://gopkgs.com/geoip.v1?go-get=1 (status code 502)\nimport "gopkgs.com/geoip.v1": parse http://gopkgs.com/geoip.v1?go-get=1: no go-import meta tags\npackage gopkgs.com/geoip.v1: unrecognized import path "gopkgs.com/geoip.v1"',
         t="go", host="gopkgs.com", cmd="go get -v gopkgs.com/geoip.v1", also_ok=["goproxy.vanity_meta_missing", "build.dead_link"],
         note="the maintainer: 'gopkgs.com is down, and rainycape/geoip does not allow import through github.com, so I vendored the package'; the import path's host was not coming back"),
    gown("meshery/meshery#242", REMOVED,
         "#13 184.4 go: git.apache.org/thrift.git@v0.0.0-20181218151757-9b75e4fe745a: git fetch -f origin refs/heads/*:refs/heads/* refs/tags/*:refs/tags/* in /go/pkg/mod/cache/vcs/83dba939f95a790e497d565fc4418400145a1a514f955fa052f662d56e920c3e: exit status 128:\n#13 184.4       fatal: unable to access 'https://git.apache.org/thrift.git/': Failed to connect to git.apache.org port 443: Connection refused\n#13 184.4 go: error loading module requirements\n------\nexecutor failed running [/bin/sh -c cd cmd; go build -ldflags=\"-w -s\" -tags draft -a -o /meshery .]: exit code: 1",
         host="git.apache.org", raw_is_log=True, also_ok=["connectivity.refused", GO_MODCFG],
         note="September 2019, the image's go build: Apache retired git.apache.org and thrift moved to GitHub (linked jenkins-x/jx#3320); builds fetching the old import path directly fail until go.mod replaces it with github.com/apache/thrift"),
    gown("Stackdriver/stackdriver-prometheus-sidecar#162", REMOVED,
         ">> formatting code\nGO111MODULE=on go fmt ./...\ngo: finding git.apache.org/thrift.git v0.0.0-20180902110319-2566ecd5d999\ngo: git.apache.org/thrift.git@v0.0.0-20180902110319-2566ecd5d999: git fetch -f https://git.apache.org/thrift.git refs/heads/*:refs/heads/* refs/tags/*:refs/tags/* in /home/mans0954/go/pkg/mod/cache/vcs/83dba939f95a790e497d565fc4418400145a1a514f955fa052f662d56e920c3e: exit status 128:\n\tfatal: unable to access 'https://git.apache.org/thrift.git/': Failed to connect to git.apache.org port 443: Connection timed out\ngo: error loading module requirements\nMakefile:81: recipe for target 'format' failed\nmake: *** [format] Error 1",
         host="git.apache.org", cmd="make", also_ok=["connectivity.connect_timeout", GO_MODCFG],
         note="the reporter: 'the unavailability of git.apache.org is outside of this projects control, but Apache seem to be moving towards using GitHub', asking for a replace in go.mod; a maintainer suggested a GOPROXY that still has the old versions"),
    gop("Shippable/support#1480", "credentials", "credentials.private_source_auth_failed", False, "build", "api.bitbucket.org",
        "package bitbucket.org/[group]/[repo]/[sub-module]: https://api.bitbucket.org/1.0/repositories/[group]/[repo]: 403 FORBIDDEN",
        t="raw", also_ok=["credentials.forbidden", "build.private_dependency"],
        note="the CI's install phase go-gets a private Bitbucket repository with no credentials configured ('This is a private repo do I need to do something to allow access?'); another user 'temporarily had to make my repo public' to get builds through"),
    # --- Go, the build's own: vendoring and go.sum ----------------------------------------------------------------------
    gown("boring-registry/boring-registry#12", GO_MODCFG,
         "#8 0.292 go: inconsistent vendoring in /go/src/github.com/TierMobility/boring-registry:\n#8 0.292 \tcloud.google.com/go@v0.66.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt",
         t="bk_raw", run="go install -mod=vendor github.com/TierMobility/boring-registry/cmd/boring-registry/...", also_ok=["build.go_checksum_mismatch"],
         note="the Dockerfile builds with -mod=vendor against a vendor directory that does not match go.mod; the PR adds `go mod vendor` to the image build, so every build failed the same before it"),
    gown("jaegertracing/jaeger#3188", GO_MODCFG,
         "#15 19.99 go: inconsistent vendoring in /go/src/github.com/go-delve/delve:\n#15 19.99 \tgithub.com/derekparker/trie@v0.0.0-20200317170641-1fdf38b7b0e9: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt\n#15 19.99\n#15 19.99 run 'go mod vendor' to sync, or use -mod=mod or -mod=readonly to ignore the vendor directory\n#15 19.99 make: *** [Makefile:28: install] Error 1",
         raw_is_log=True, also_ok=["build.tool_outdated"],
         note="the debug images `go get` delve's latest source and run its Makefile; the maintainer: 'delve is using go.mod, but our Docker image uses go-1.15-alpine which still defaults to GOPATH mode', so every PR's image build failed the same"),
    gown("ethereum/go-ethereum#31558", "build.go_checksum_mismatch",
         "verifying github.com/ethereum/go-ethereum@v1.15.7: checksum mismatch\n\tdownloaded: h1:vm1XXruZVnqtODBgqFaTclzP0xAvCvQIDKyFNUA1JpY=\n\tgo.sum:     h1:MnmJgaVD1LcBd4m6WJnMpLWhl5t5v4yI6zMBwvNv+ic=",
         t="go", cmd="go get github.com/ethereum/go-ethereum@v1.15.7", also_ok=["build.checksum_mismatch"],
         note="the maintainer: 'Yes this is a consequence of releasing the tag another time. I will re-release v1.15.8 to fix this'; the moved tag's bits never match the recorded hash again"),
    gown("cerc-io/stack-orchestrator#617", "build.go_checksum_mismatch",
         "verifying git.vdb.to/cerc-io/eth-iterator-utils@v0.1.2: checksum mismatch\n\tdownloaded: h1:+3+T+J21J/VkhlCFujl8HT4XuwebavIuKj0+qfE+0QM=\n\tgo.sum:     h1:PdMR5B9wrQSYuYpFhN+9Kc8AEZ0pTt5eKCmu8oCtFcY=\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.",
         t="legacy_run", run='if [ -n "$GIT_VDBTO_TOKEN" ]; then git config --global url."https://$GIT_VDBTO_TOKEN:@git.vdb.to/".insteadOf "https://git.vdb.to/"; fi &&     go mod download &&     rm -f ~/.gitconfig',
         host_alt=["git.vdb.to"], also_ok=["build.checksum_mismatch"],
         note="the stack's ipld-eth-server image build: the same organisation's module on its own Gitea no longer hashes to what go.sum recorded for v0.1.2 (open, labelled from the log); a rebuild fetches the same bits"),
    # --- npm/yarn, the registries' side ---------------------------------------------------------------------------------
    npm("SimonAlling/better-sweclockers#249", "registry", "registry.artifact_not_found", True, "service", "registry.npmjs.org",
        "npm ERR! 404 Not Found - GET https://registry.npmjs.org/@alling/sweclockers-writing-rules/-/sweclockers-writing-rules-3.0.2.tgz - Not found\nnpm ERR! 404\nnpm ERR! 404  '@alling/sweclockers-writing-rules@https://registry.npmjs.org/@alling/sweclockers-writing-rules/-/sweclockers-writing-rules-3.0.2.tgz' is not in this registry.",
        cmd="npm ci", also_ok=["registry.outage", "build.package_not_found"],
        note="July 2023, the post-merge build: the package's page shows the version, only the maintainer's scoped packages 404, and three days later 'now it suddenly works again' with nothing changed"),
    npm("sindresorhus/is#121", "registry", "registry.outage", True, "service", "registry.npmjs.org",
        "npm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/@sindresorhus%2fis - Not found\nnpm ERR! 404\nnpm ERR! 404  '@sindresorhus/is@latest' is not in the npm registry.\nnpm ERR! 404 You should bug the author to publish it (or use the name yourself!)\nnpm ERR! 404\nnpm ERR! 404 Note that you can also install from a\nnpm ERR! 404 tarball, folder, http url, or git url.",
        cmd="npm install @sindresorhus/is", also_ok=["registry.artifact_not_found", "build.package_not_found"],
        note="6 August 2020: several users at once; the npm status page quoted in the thread: 'still looking into error telemetry for installation of scoped packages but are seeing signs of improvement'"),
    npm("FortAwesome/vue-fontawesome#240", "registry", "registry.artifact_not_found", True, "service", "registry.yarnpkg.com",
        'yarn install v1.22.4\n[1/4] Resolving packages...\n[2/4] Fetching packages...\nerror An unexpected error occurred: "https://registry.yarnpkg.com/@fortawesome/vue-fontawesome/-/vue-fontawesome-0.1.10.tgz: Request failed \\"404 Not Found\\"".',
        cmd="yarn install", also_ok=["registry.outage"],
        note="the same August 2020 morning: the reporter closed it 'because of yarnpkg/yarn#8279', where many packages 404ed through registry.yarnpkg.com during an npm incident"),
    npm("angular/angular#28702", "registry", "registry.server_error", True, "service", "registry.yarnpkg.com",
        '$ node tools/yarn/check-yarn.js\n[1/5] Validating package.json...\n[2/5] Resolving packages...\n[3/5] Fetching packages...\nerror https://registry.yarnpkg.com/@bazel/bazel-win32_x64/-/bazel-win32_x64-0.22.0.tgz: Request failed "503 Service Unavailable"',
        raw_is_log=True, also_ok=["registry.outage", "connectivity.server_error"],
        note="a CircleCI job: 'The error disappeared after CircleCI job restart'; the maintainers: 'the temporary unavailability of the service ... no actions are required'"),
    npm("yarnpkg/yarn#2769", "registry", "registry.server_error", True, "service", "registry.yarnpkg.com",
        '       error An unexpected error occurred: "https://registry.yarnpkg.com/cryptiles/-/cryptiles-2.0.5.tgz: Request failed "502 Bad Gateway"".',
        also_ok=["registry.outage", "connectivity.server_error"],
        note="a Heroku build in February 2017: 'Behavior is intermittent. A subsequent build with identical parameters worked'; others saw 503s the same day"),
    npm("FortAwesome/Font-Awesome#15454", "registry", "registry.gateway_timeout", True, "service", "npm.fontawesome.com",
        "npm ERR! code E504\nnpm ERR! 504 Gateway Time-out - GET https://npm.fontawesome.com/@fortawesome/fontawesome-pro/-/fontawesome-pro-5.9.0.tgz",
        also_ok=["registry.server_error", "registry.outage"],
        note="29 August 2019, a Drone CI build (Travis saw 500s, Azure Pipelines timeouts the same hour): Font Awesome's status page: slow responses from the npm registry its private registry proxies 'proportionately impacts our private NPM server'"),
    npm("FortAwesome/Font-Awesome#15719", "dns", "dns.temporary_failure", True, "service", "npm.fontawesome.com",
        "npm ERR! code EAI_AGAIN\nnpm ERR! errno EAI_AGAIN\nnpm ERR! request to https://npm.fontawesome.com/@fortawesome%2ffontawesome-svg-core failed, reason: getaddrinfo EAI_AGAIN npm.fontawesome.com npm.fontawesome.com:443",
        cmd="npm i", also_ok=["dns.resolve_failed", "registry.outage"],
        note="22 October 2019: the reporter: 'Issue appears to be connected to DNS in AWS', the day AWS's DNS service was under attack; the registry's name did not resolve from many networks until that was over"),
    npm("FortAwesome/Font-Awesome#12609", "registry", "registry.outage", True, "service", "npm.fontawesome.com",
        'An unexpected error occurred: "https://npm.fontawesome.com/xxxx-xxxx-xxxx-xxxx/@fortawesome/fontawesome-common-types/-/fontawesome-common-types-0.1.2.tgz: connect ECONNREFUSED 54.159.213.218:443".',
        host_alt=["54.159.213.218:443", "54.159.213.218"], also_ok=["connectivity.refused"],
        note="March 2018: npm and yarn users alike ('Seems like the registry is currently down? Nothing is installing via that registry'), one falling back to the public registry 'to get CI to build'; the xxxx mask is the reporter's"),
    npm("FortAwesome/Font-Awesome#17239", "registry", "registry.publish_in_progress", True, "service", None,
        'Couldn\'t find any versions for "@fortawesome/fontawesome-common-types" that matches "^0.2.32"',
        host_alt=["registry.yarnpkg.com", "registry.npmjs.org"], also_ok=["build.package_version_missing"],
        note="October 2020, deploy pipelines: the maintainer: 'we were right in the middle of the deploy' of 5.15.1, icon packages published before the types they require; 'The issue has been resolved with retrying the pipeline'"),
    npm("yarnpkg/yarn#7552", "registry", "registry.bad_response", False, "service", None,
        'Integrity checked failed for "@tenjojeremy/eslint-config" (none of the specified algorithms are supported)',
        host_alt=["npm.pkg.github.com"], also_ok=["build.tool_incompatible", "build.checksum_mismatch"],
        note="September 2019: GitHub Package Registry's metadata carried no integrity and an empty shasum, so yarn 1 refuses every package from it; GitHub support: 'the only documented support we have for installing npm packages is using the npm client'"),
    npm("drdk/grunt-dr-svg-sprites#52", "registry", "registry.package_unpublished", False, "service", "registry.npmjs.org",
        "npm ERR! 404 Not Found - GET https://registry.npmjs.org/grunt-dr-svg-sprites/-/grunt-dr-svg-sprites-1.0.0.tgz - Not found",
        also_ok=["build.package_not_found", "registry.artifact_not_found"],
        note="a Travis build: the maintainer: 'Removing the sole npm account that had published it resulted in this', npm deleted the package rather than deprecating it, and he advises another package; it will not come back"),
    npm("yarnpkg/yarn#6407", "registry", "registry.bad_response", True, "service", None,
        'error https://npm.example.net/@types%2faccepts/-/accepts-1.3.5.tgz: Integrity check failed for "@types/accepts" (computed integrity doesn\'t match our records, got "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==")\nerror https://npm.example.net/@types%2faccepts/-/accepts-1.3.5.tgz: Integrity check failed for "@types/accepts" (computed integrity doesn\'t match our records, got "sha512-pt4oTticGUEOZCvli0I7ekmpXopaX+Xvb/TQRaTKnvZNIH9Srs0VWi2NGBfsRscAgwtIEtxW5JOB9sI0oN3cjw==")',
        cmd="yarn", host_alt=["npm.example.net"], also_ok=["build.checksum_mismatch", "connectivity.cut_short"],
        note="a private registry (masked by the reporter as npm.example.net) returns different bytes per request: 'if i retry the same command, it passes, and the calculated integrity also changes'"),
    # --- npm/yarn, the runner's side ------------------------------------------------------------------------------------
    npm("bluesky-social/social-app#7973", "connectivity", "connectivity.client_timeout", False, "local", "registry.yarnpkg.com",
        "304.0 info There appears to be trouble with your network connection. Retrying...\n337.2 info There appears to be trouble with your network connection. Retrying...\n377.1 error Error: https://registry.yarnpkg.com/date-fns/-/date-fns-2.30.0.tgz: ESOCKETTIMEDOUT\n377.1 at ClientRequest.<anonymous> (/usr/share/nvm/versions/node/v20.18.3/lib/node_modules/yarn/lib/cli.js:142037:19)",
        cmd="docker compose build", also_ok=["connectivity.timeout", "build.tool_bug"],
        note="a local docker compose build of the documented Dockerfile: yarn 1's socket timeout expires on the large date-fns tarball, and the reporter 'required the following modifications' to the Dockerfile's yarn step to get through"),
    # --- npm/yarn/pnpm, the build's own: lock files that point elsewhere ------------------------------------------------
    nown("secvisogram/secvisogram#214", LOCK_PRIVATE,
         '2914 verbose stack HttpErrorAuthUnknown: Unable to authenticate, need: Basic realm="https://npm.fontawesome.com/",service="npm.fontawesome.com"\n2914 verbose stack     at /usr/local/lib/node_modules/npm/node_modules/npm-registry-fetch/check-response.js:84:17\n2914 verbose stack     at runMicrotasks (<anonymous>)\n2914 verbose stack     at processTicksAndRejections (node:internal/process/task_queues:96:5)\n2915 verbose statusCode 401\n2916 verbose pkgid @fortawesome/free-solid-svg-icons@https://npm.fontawesome.com/@fortawesome/free-solid-svg-icons/-/5.15.4/free-solid-svg-icons-5.15.4.tgz',
         host="npm.fontawesome.com", cmd="npm run -s install:app", also_ok=["build.lockfile_foreign_registry", "credentials.unauthorized"],
         note="the lock file resolved the free Font Awesome packages to Font Awesome's authenticated registry, so a clean install asks it for credentials; fixed by #220 'Fix \"resolve\" fields for fontawesome dependencies'"),
    nown("npm/cli#5177", "build.lockfile_foreign_registry",
         "npm ERR! code E401\nnpm ERR! Incorrect or missing password.",
         cmd="npm ci", host_alt=["npm.fontawesome.com"], also_ok=[LOCK_PRIVATE, "credentials.unauthorized"],
         note="npm ci behind a Nexus registry: package-lock.json's resolved fields name npm.fontawesome.com, which needs auth, and npm ci follows them instead of the .npmrc registry; the reporter strips the resolved fields with sed to get through"),
    nown("membermatters/MemberMatters#108", LOCK_PRIVATE,
         "502 Bad Gateway - GET https://npm.hsbne.org/zlib/-/zlib-1.0.5.tgz",
         host="npm.hsbne.org", also_ok=["registry.server_error", "build.lockfile_foreign_registry"],
         note="the maintainer: 'I was running an npm caching proxy for a little while which is what that URL is from. Looks like I forgot to purge the package-lock.json file'; a regenerated lock fixed it"),
    nown("wix-incubator/jobnik#9", LOCK_PRIVATE,
         "npm http fetch GET https://npm.dev.wixpress.com/api/npm/npm-repos/which-builtin-type/-/which-builtin-type-1.2.1.tgz attempt 1 failed with ETIMEDOUT\nnpm http fetch GET https://npm.dev.wixpress.com/api/npm/npm-repos/which-boxed-primitive/-/which-boxed-primitive-1.1.1.tgz attempt 1 failed with ETIMEDOUT\nnpm http fetch GET https://npm.dev.wixpress.com/api/npm/npm-repos/which-collection/-/which-collection-1.0.2.tgz attempt 1 failed with ETIMEDOUT\nnpm http fetch GET https://npm.dev.wixpress.com/api/npm/npm-repos/word-wrap/-/word-wrap-1.2.5.tgz attempt 1 failed with ETIMEDOUT",
         host="npm.dev.wixpress.com", cmd="npm ci", also_ok=["connectivity.timeout", "build.lockfile_foreign_registry"],
         note="the frontend image's npm ci 'hangs indefinitely': the committed lock file resolves packages to the company's internal registry, unreachable from outside (open; labelled from the log)"),
    nown("RobinHerbots/Inputmask#2861", LOCK_PRIVATE,
         "npm http fetch GET https://azuredevops.biocartis.com/SWDevelopment/_packaging/biocartis-feed/npm/registry/wildcard/-/wildcard-2.0.1.tgz attempt 1 failed with ENOTFOUND\nnpm http fetch GET https://azuredevops.biocartis.com/SWDevelopment/_packaging/biocartis-feed/npm/registry/yallist/-/yallist-3.1.1.tgz attempt 1 failed with ENOTFOUND\nnpm http fetch GET https://azuredevops.biocartis.com/SWDevelopment/_packaging/biocartis-feed/npm/registry/webpack-cli/-/webpack-cli-6.0.1.tgz attempt 1 failed with ENOTFOUND",
         host="azuredevops.biocartis.com", cmd="npm install --loglevel verbose", also_ok=["dns.no_such_host", "build.lockfile_foreign_registry"],
         note="the reporter: npm 'is trying to load a lot of dependencies from' an Azure DevOps feed 'which doesn't exist or isn't publicly available', written into package-lock.json; every install hangs the same"),
    # --- npm/yarn/pnpm, the build's own: integrity, scopes and tools ----------------------------------------------------
    nown("pnpm/pnpm#3188", "build.checksum_mismatch",
         'WARN  GET https://registry.npmjs.org/spdx-correct/-/spdx-correct-3.1.1.tgz error (ERR_PNPM_TARBALL_INTEGRITY). Will retry in 10 seconds. 2 retries left.\n ERROR  Got unexpected checksum for "https://registry.npmjs.org/spdx-correct/-/spdx-correct-3.1.1.tgz". Wanted "sha512-lr2EZCctC2BNR7j7WzJ2FpDznxky1sjfxvvYEyzxNyb6lZXHODmEoJeFu4JupYlkfha1KZpJyoqiJ7pgA1qq8Q==". Got "sha512-cOYcUWwhCuHCXi49RhFRCyJEK3iPj1Ziz9DpViV3tbZOwXD49QzIN3MpOLJNxh2qwq2lJJZaKMVw9qNi4jTC0w==".',
         host="registry.npmjs.org", also_ok=["build.lockfile_outdated", "registry.bad_response"],
         note="the maintainer: the wanted checksum 'is the checksum of the 3.1.0 version of spdx-correct. I don't understand why your lockfile has it for the 3.1.1 version'; the registry serves 3.1.1 correctly (npm installs it), so pnpm's retries fail the same"),
    nown("lockgraph/yarn-audit-fix#22", "build.checksum_mismatch",
         'yarn install v1.22.4\n[1/4] Resolving packages...\n[2/4] Fetching packages...\nerror https://registry.npmjs.org/@semantic-release/npm/-/npm-7.0.5.tgz: Integrity check failed for "@semantic-release/npm" (computed integrity doesn\'t match our records, got "sha512-D+oEmsx9aHE1q806NFQwSC9KdBO8ri/VO99eEz0wWbX2jyLqVyWr7t0IjKC8aSnkkQswg/4KN/ZjfF6iz1XOpw== sha1-YcRWkau4Y/aTnMpqrJWNPCJQhjI=")',
         host="registry.npmjs.org", cmd="yarn", also_ok=["build.tool_bug", "build.lockfile_outdated"],
         note="the Travis job installs from a yarn.lock the tool itself had rewritten with wrong integrity ('updated yarn.lock fails integrity checks'); fixed in the tool's 2.2.1, not by the registry"),
    nown("FortAwesome/Font-Awesome#19458", "build.registry_scope_missing",
         '#11 7.524 error An unexpected error occurred: "https://registry.yarnpkg.com/@fortawesome%2fpro-light-svg-icons: Not found".',
         t="bk_raw", run="yarn install", host="registry.yarnpkg.com", also_ok=["build.package_not_found", "credentials.missing"],
         note="the Dockerfile installs yarn 1 (`RUN npm install yarn`) and keeps the Pro scope only in a .yarnrc.yaml, which yarn 1 does not read, so the Pro package is asked of the public registry; as the maintainers answered in the linked #15332: 'You are trying to download a Font Awesome Pro package from the global public yarn registry'"),
    nown("pnpm/pnpm#2933", "build.wrong_url",
         " ERR_PNPM_FETCH_401  GET https://npm.pkg.github.com/1uphealth/@1uphealth%2Fcore-1upenv-script: Unauthorized - 401\n\nNo authorization header was set for the request.\n\nThese authorization settings were found:\n//npm.pkg.github.com/:_authToken=ghp_[hidden]\n@1uphealth:registry=https://npm.pkg.github.com/1uphealth",
         host="npm.pkg.github.com", cmd="pnpm add @1uphealth/core-1upenv-script", also_ok=["credentials.unauthorized", "credentials.missing"],
         note="the scope's registry URL carries the owner in its path, so pnpm matches no token to it; the maintainer: 'I am not sure why you all try to include the owner in the registry URL. The docs suggest to use @OWNER:registry=https://npm.pkg.github.com'"),
    nown("ManageIQ/manageiq-appliance-build#360", "build.tool_regression",
         "+ [21:12:44] yarn install\nyarn install v1.19.0\n[1/5] Validating package.json...\n[2/5] Resolving packages...\n[3/5] Fetching packages...\nerror Incorrect integrity when fetching from the cache\ninfo Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.",
         raw_is_log=True, also_ok=["local.client_regression", "local.cache_corrupt"],
         note="nightly appliance builds fail from the day yarn 1.19.0 is picked up: its cache integrity check regression (yarnpkg/yarn#7584); the PR cleans the yarn cache between builds instead of pinning 1.18, so re-runs failed until that change"),
]
