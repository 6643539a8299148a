"""Dev-set entries, batch 97 (DNS failures on CI runners and inside builds, in each tool's own wording: npm's
`getaddrinfo EAI_AGAIN`/`ENOTFOUND`, Python's `NameResolutionError ... Temporary failure in name resolution`, uv's
`dns error ... failed to lookup address information`, NuGet's `No such host is known`, apk's `DNS lookup error`,
apt's `Temporary failure resolving`, curl's and cargo's `Could not resolve host`, git's and ssh's `Unable to look
up`/`Could not resolve hostname`, Maven's `Unknown host`, Ruby's `Socket::ResolutionError`, Go's `lookup X on
Y:53: server misbehaving`/`no such host`/`i/o timeout`, systemd-resolved's SERVFAIL and Docker's
`lookup registry-1.docker.io`). The service side: Azure Artifacts' blob host not resolving for a few weeks of
dotnet builds, crates.io's DNS trouble of 2015, Ubuntu's mirror names failing now and then under a testbed, a
Travis worker's lookup of github.com, and two package hosts that no longer exist at all (a Maven repository whose
domain is gone, so only the publisher can fix it). The runner's side: a corporate proxy in front of apk, a proxy
URL that needed escaping, Docker installs whose bridge or embedded DNS is broken, podman's default network, a
WSL2 VPN bridge, a Google resolver that SERVFAILs from one network, a network that drops crates.io, an adblocking
resolver, Go 1.5 misreading an internal DNS server's NXDOMAIN, an offline machine, hosted Windows runners with no
IPv6, and cargo's HTTP/2 multiplexing that asks for a host named `crates`. The rest, the build's own mistakes that
read like DNS outages: pre-commit.ci hooks that reach the network although pre-commit.ci allows none at runtime,
package-lock files that pin tarballs to a company's private Artifactory or Nexus, a pom that still names a closed
CloudBees repository, and packer-builder-arm chroots that provision without a resolv.conf. `err` is verbatim from
the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside
Markdown (code fences, backticks, quote markers, indented code blocks) only that markup was dropped and trailing
blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words or is cut, the entry
stops at the last whole log line. Masks (`***`, `[redacted]`) and typos in the logs are the tools' or reporters'
own. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing
call (for DNS, the looked-up name); an inferred, masked or placeholder one goes in host_alt. Labels were set from
the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS: set[str] = set()

B = Batch(PULLS)
dns = B.family("dns")
own = B.build("dns")
loc = B.local()

NPMJS = "registry.npmjs.org"
SANDBOXED = "build.network_sandboxed"
LOCKFILE = "build.private_registry_in_lockfile"
NO_HOST = "dns.no_such_host"
RESOLVE = "dns.resolve_failed"
TEMP = "dns.temporary_failure"
MISBEHAVING = "dns.server_misbehaving"
NO_RESOLV_CONF = "build.resolv_conf_missing"

E = [
    # --- the service side: names that did not resolve for a while, and names that are gone -----------------------------
    dns("dotnet/dotnet#1092", "dns", NO_HOST, True, "service", "b15vsblobprodwus2164.vsblob.vsassets.io",
        "    Failed to download package 'Microsoft.VisualStudio.LanguageServer.Protocol.Extensions.17.12.1-preview' from 'https://pkgs.dev.azure.com/azure-public/3ccf6661-f8ce-4e8a-bb2e-eff943ddd3c7/_packaging/491596af-6d2d-439e-80bb-1ebb3b54f9a8/nuget/v3/flat2/microsoft.visualstudio.languageserver.protocol.extensions/17.12.1-preview/microsoft.visualstudio.languageserver.protocol.extensions.17.12.1-preview.nupkg'.\n    No such host is known. (b15vsblobprodwus2164.vsblob.vsassets.io:443)\n      No such host is known.",
        cmd="./build.cmd -restore", also_ok=[RESOLVE, "connectivity.feed_unreachable"],
        note="June 2025, dotnet/dotnet's razor restore: 'somewhat frequent failures' resolving Azure Artifacts' blob-storage host (mmitche), then 'Not seen in a few weeks now' with nothing changed in the build; the failures come and go on the feed's side"),
    dns("rust-lang/cargo#1192", "dns", RESOLVE, True, "service", None,
        "$ cargo build --verbose\nDownloading ao v0.3.0\nUnable to get packages from source\n\nCaused by:\n  Failed to download package `ao v0.3.0` from https://crates.io/api/v1/crates/ao/0.3.0/download\n\nCaused by:\n  Couldn't resolve host name",
        raw_is_log=True, host_alt=["crates.io"], also_ok=[TEMP, "connectivity.crate_registry_error"],
        note="January 2015, 'I frequently get this kind of problem'; alexcrichton: 'We've had some DNS difficulties with crates.io in the past' and asked for a dig against crates.io's zerigo name servers, by which time 'It *is* working at the moment' (the log line names no host for the lookup; the backticks are cargo's own)"),
    dns("osism/testbed#394", "dns", TEMP, True, "service", "de.archive.ubuntu.com",
        "Temporary failure resolving 'de.archive.ubuntu.com'",
        cmd="apt-get update", also_ok=[RESOLVE],
        note="testbed deployments hit 'temporary failure in DNS resolution' in more than 1% of runs, and a manual re-rollout passed; berendt: 'This does not seem to be due to Citycloud itself. Seems somehow related to the Ubuntu Mirrors DNS', answered with retries in #416/#417"),
    dns("travis-ci/travis-ci#566", "dns", TEMP, True, "local", "github.com",
        "$ git clone --depth=100 --quiet git://github.com/concord-consortium/lab.git concord-consortium/lab\n9fatal: Unable to look up github.com (port 9418) (Temporary failure in name resolution)",
        raw_is_log=True, also_ok=[RESOLVE, "github.git_server_error"],
        note="May 2012, a Travis build failed 'after a failure in DNS resolution for github.com' on the worker, and the reporter only asked how to restart the build without pushing another commit; the '9fatal' is the pasted log's own"),
    dns("actions/runner#1052", "dns", TEMP, True, "local", None,
        "failed: Temporary failure in name resolution.",
        cmd="wget http://fast.dpdk.org/rel/dpdk-20.11.tar.gz", host_alt=["fast.dpdk.org"], also_ok=[RESOLVE],
        note="April 2021: 'Since a few hours github actions has problem resolving domain names' on hosted runners while the same wget works from any other machine; TingluoHuang redirected it to the runner-images tracker and closed it, nothing in the workflow changed (wget's own tail of 'Resolving ...'; the host is only in the reporter's command)"),
    dns("mikaelhg/urlbuilder#22", "dns", NO_HOST, False, "service", "maven2.gueck.com",
        "Could not transfer artifact mikaelhg:urlbuilder:pom:1.3.1 from/to maven2.gueck.com-releases (http://maven2.gueck.com/releases): maven2.gueck.com: Unknown host maven2.gueck.com",
        cmd="mvn -B package", also_ok=["build.repository_missing", RESOLVE],
        note="'The same as #7 problem occurs': the library's own Maven repository host no longer exists, so every build of a project that uses it fails until the artifacts are published elsewhere ('could you upload it to maven central?'); a re-run cannot help"),
    # --- the build's own: pre-commit.ci hooks that reach the network -----------------------------------------------------
    own("pre-commit-ci/issues#91", SANDBOXED,
        "npm ERR! code EAI_AGAIN\nnpm ERR! errno EAI_AGAIN\nnpm ERR! request to https://registry.npmjs.org/chai/-/chai-4.3.4.tgz failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org\n\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     /tmp/npm/_logs/2021-09-27T05_46_08_081Z-debug.log",
        host=NPMJS, also_ok=[TEMP, RESOLVE],
        note="webknjaz asked whether pre-commit.ci had DNS infra problems, since `pre-commit.ci run` failed the same, then closed it as a duplicate of #55, where asottile answers 'this is intentional, network is not allowed at runtime'; the hook must be skipped (`ci: skip`) or vendored"),
    own("pre-commit-ci/issues#227", SANDBOXED,
        "Failed to resolve 'json.schemastore.org' ([Errno -3] Temporary failure in name resolution)",
        host="json.schemastore.org", also_ok=[TEMP, RESOLVE],
        note="August 2024, hooks that download JSON/YAML schemas fail only on pre-commit.ci; asottile: 'please search the issue tracker there are several duplicates' (the answer in all of them: no network at runtime)"),
    own("pre-commit-ci/issues#241", SANDBOXED,
        "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='mips-api.finops.sageit.org', port=443): Max retries exceeded with url: /tags (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f157a0f2cf0>: Failed to resolve 'mips-api.finops.sageit.org' ([Errno -3] Temporary failure in name resolution)\"))",
        host="mips-api.finops.sageit.org", also_ok=[TEMP, RESOLVE],
        note="a sceptre linter hook calls a REST API; it passes locally and on GitHub Actions but not on pre-commit.ci, and asottile: 'there are many duplicates. network is not allowed at runtime'"),
    own("UCL-ARC/python-tooling#644", SANDBOXED,
        "error: Request failed after 3 retries in 6.8s\n  Caused by: Failed to fetch: https://pypi.org/simple/pytest-venv/\n  Caused by: error sending request for url (https://pypi.org/simple/pytest-venv/)\n  Caused by: client error (Connect)\n  Caused by: dns error\n  Caused by: failed to lookup address information: Temporary failure in name resolution",
        host="pypi.org", also_ok=[TEMP, RESOLVE],
        note="a uv hook on pre-commit.ci; the thread points to pre-commit-ci/issues#249, where the lack of network access at runtime is confirmed and will not be changed, so the project moved the hooks to its own Actions workflow"),
    # --- the build's own: lockfiles and poms that name private or dead hosts ---------------------------------------------
    own("paulmg/ThreeJS-Webpack-ES6-Boilerplate#37", LOCKFILE,
        "npm ERR! code ENOTFOUND\nnpm ERR! syscall getaddrinfo\nnpm ERR! errno ENOTFOUND\nnpm ERR! network request to http://artprod.dev.bloomberg.com/artifactory/api/npm/npm-repos/webpack-sources/-/webpack-sources-1.3.0.tgz failed, reason: getaddrinfo ENOTFOUND artprod.dev.bloomberg.com\nnpm ERR! network This is a problem related to network connectivity.\nnpm ERR! network In most cases you are behind a proxy or have bad network settings.\nnpm ERR! network \nnpm ERR! network If you are behind a proxy, please make sure that the\nnpm ERR! network 'proxy' config is set properly.  See: 'npm help config'",
        host="artprod.dev.bloomberg.com", cmd="npm install", also_ok=[NO_HOST, RESOLVE],
        note="package-lock.json's `resolved` URLs point at a company-internal Artifactory that public DNS does not know; 'Removing package-lock.json and rerunning npm install seems to fix this', and the maintainer: 'Fixed in latest release'"),
    own("pictet-technologies-open-source/reactive-todo-list-r2dbc#2", LOCKFILE,
        "npm ERR! code ENOTFOUND\nnpm ERR! syscall getaddrinfo\nnpm ERR! errno ENOTFOUND\nnpm ERR! network request to https://artifactory.pictet.io/artifactory/api/npm/npm/zone.js/-/zone.js-0.10.3.tgz failed, reason: getaddrinfo ENOTFOUND artifactory.pictet.io\nnpm ERR! network This is a problem related to network connectivity.\nnpm ERR! network In most cases you are behind a proxy or have bad network settings.\nnpm ERR! network \nnpm ERR! network If you are behind a proxy, please make sure that the\nnpm ERR! network 'proxy' config is set properly.  See: 'npm help config'",
        host="artifactory.pictet.io", cmd="npm install", also_ok=[NO_HOST, RESOLVE],
        note="the maintainer: 'Fixed. I have recreated the package-lock.json file to reference a public registry instead of our private one'"),
    own("approvals/Approvals.NodeJS#113", LOCKFILE,
        "npm ERR! code ENOTFOUND\nnpm ERR! syscall getaddrinfo\nnpm ERR! errno ENOTFOUND\nnpm ERR! network request to https://artifactory.us-east-1.bamgrid.net/api/npm/fed-npm/xtend/-/xtend-4.0.1.tgz?dl=https://registry.npmjs.org/xtend/-/xtend-4.0.1.tgz failed, reason: getaddrinfo ENOTFOUND artifactory.us-east-1.bamgrid.net\nnpm ERR! network This is a problem related to network connectivity.\nnpm ERR! network In most cases you are behind a proxy or have bad network settings.\nnpm ERR! network \nnpm ERR! network If you are behind a proxy, please make sure that the\nnpm ERR! network 'proxy' config is set properly.  See: 'npm help config'",
        host="artifactory.us-east-1.bamgrid.net", cmd="npm install", also_ok=[NO_HOST, RESOLVE],
        note="a fresh clone's `npm install` fails, and 'npm install succeeds after I run it after deleting the package-lock.json file': the lockfile pins tarballs to a private Artifactory (the ?dl= fallback is never tried)"),
    own("apache/skywalking-rocketbot-ui#438", LOCKFILE,
        "npm ERR! code ENOTFOUND\nnpm ERR! syscall getaddrinfo\nnpm ERR! errno ENOTFOUND\nnpm ERR! network request to http://nexus.yfb.sunline.cn:8099/nexus3/repository/npm-sunline/vue-property-decorator/-/vue-property-decorator-8.3.0.tgz failed, reason: getaddrinfo ENOTFOUND nexus.yfb.sunline.cn\nnpm ERR! network This is a problem related to network connectivity.\nnpm ERR! network In most cases you are behind a proxy or have bad network settings.\nnpm ERR! network\nnpm ERR! network If you are behind a proxy, please make sure that the\nnpm ERR! network 'proxy' config is set properly.  See: 'npm help config'",
        host="nexus.yfb.sunline.cn", cmd="npm install", also_ok=[NO_HOST, RESOLVE],
        note="the reporter found it: 'the package-lock.json define the nexus repository, but it's unavailable' (a contributor's private Nexus committed into the lockfile's resolved URLs)"),
    own("iluwatar/java-design-patterns#1097", "build.repository_missing",
        "[ERROR] Failed to execute goal on project naked-objects-fixture: Could not resolve dependencies for project com.iluwatar:naked-objects-fixture:jar:1.22.0-SNAPSHOT: Could not transfer artifact com.iluwatar:naked-objects-dom:jar:1.22.0-SNAPSHOT from/to Cloudbees snapshots (http://repository-estatio.forge.cloudbees.com/snapshot/): repository-estatio.forge.cloudbees.com: Unknown host repository-estatio.forge.cloudbees.com -",
        host="repository-estatio.forge.cloudbees.com", cmd="mvn eclipse:eclipse", also_ok=[NO_HOST, RESOLVE],
        note="the project's pom still lists a CloudBees snapshot repository whose host is closed; iluwatar: 'Confirmed, I can repeat this' (labelled build issue), so the pom must drop it (the trailing ' -' is where the quote was cut)"),
    # --- the build's own: chroots that provision without a resolver --------------------------------------------------
    own("mkaczanowski/packer-plugin-builder-arm#57", NO_RESOLV_CONF,
        "    arm: nameserver 8.8.8.8\n==> arm: error: failed retrieving file 'core.db' from mirror.archlinuxarm.org : Could not resolve host: mirror.archlinuxarm.org\n==> arm: error: failed to update core (invalid url for server)\n==> arm: error: failed retrieving file 'extra.db' from mirror.archlinuxarm.org : Could not resolve host: mirror.archlinuxarm.org\n==> arm: error: failed to update extra (invalid url for server)\n==> arm: error: failed retrieving file 'community.db' from mirror.archlinuxarm.org : Could not resolve host: mirror.archlinuxarm.org\n==> arm: error: failed to update community (invalid url for server)",
        host="mirror.archlinuxarm.org", cmd="packer build boards/raspberry-pi-3/archlinuxarm.json", also_ok=[RESOLVE, "local.runner_image_broken"],
        note="a Raspberry Pi image's shell provisioner runs pacman inside the builder's chroot, which does not get the host's resolv.conf (#144 lists this thread among the 'network problems down the line' from the missing mount); the reporter points to the resolv.conf workaround of the solo-io builder"),
    own("mkaczanowski/packer-plugin-builder-arm#68", NO_RESOLV_CONF,
        "    default:     arm: Err:1 http://ports.ubuntu.com/ubuntu-ports focal InRelease\n    default:     arm:   Temporary failure resolving 'ports.ubuntu.com'\n    default:     arm: Err:2 http://ports.ubuntu.com/ubuntu-ports focal-security InRelease\n    default:     arm:   Temporary failure resolving 'ports.ubuntu.com'\n    default:     arm: Err:3 http://ports.ubuntu.com/ubuntu-ports focal-updates InRelease\n    default:     arm:   Temporary failure resolving 'ports.ubuntu.com'",
        host="ports.ubuntu.com", cmd="vagrant up", also_ok=[TEMP, RESOLVE],
        note="'RPi 4 Ubuntu Provisioners don't have networking': apt in the chroot cannot resolve, the Ubuntu image's resolv.conf being a symlink into a /run that is not mounted; #144 names it as one of the tickets caused by the builder not mounting resolv.conf, so every build fails until the template fixes it"),
    # --- the runner's side: proxies and VPNs ---------------------------------------------------------------------------
    dns("mhart/alpine-node#146", "dns", RESOLVE, False, "local", "dl-cdn.alpinelinux.org",
        "fetch http://dl-cdn.alpinelinux.org/alpine/v3.7/main/x86_64/APKINDEX.tar.gz\nERROR: http://dl-cdn.alpinelinux.org/alpine/v3.7/main: DNS lookup error\nWARNING: Ignoring APKINDEX.70c88391.tar.gz: No such file or directory\nfetch http://dl-cdn.alpinelinux.org/alpine/v3.7/community/x86_64/APKINDEX.tar.gz\n  git (missing):\n    required by: world[git]\nERROR: http://dl-cdn.alpinelinux.org/alpine/v3.7/community: DNS lookup error\nWARNING: Ignoring APKINDEX.5022a8a2.tar.gz: No such file or directory\nERROR: unsatisfiable constraints:",
        t="legacy_run", run="apk add --update git", also_ok=["connectivity.proxy_refused", "connectivity.proxy_misconfigured"],
        note="the reporter asked whether Alpine's CDN had a problem, then: 'never mind. Seems that there is a proxy effecting me at the office'; the same build passes elsewhere, not on a re-run there"),
    B.entry("dns", "gliderlabs/docker-alpine#445", "connectivity", "connectivity.proxy_misconfigured", False, "local", "dl-cdn.alpinelinux.org",
            "fetch http://dl-cdn.alpinelinux.org/alpine/v3.8/main/x86_64/APKINDEX.tar.gz\nERROR: http://dl-cdn.alpinelinux.org/alpine/v3.8/main: DNS lookup error\nfetch http://dl-cdn.alpinelinux.org/alpine/v3.8/community/x86_64/APKINDEX.tar.gz\nERROR: http://dl-cdn.alpinelinux.org/alpine/v3.8/community: DNS lookup error",
            cmd="docker build --build-arg http_proxy=http://proxy:8080/ -t ImName .", host_alt=["proxy"], also_ok=[RESOLVE, "connectivity.proxy_refused"],
            note="behind a corporate proxy passed as `--build-arg http_proxy=...`; little-dude: 'The proxy URL must be escaped' (as in #191), 'That fixed the problem for me'; a re-run with the same proxy value fails the same"),
    loc("sakai135/wsl-vpnkit#47", "local.vpn_dns_unreachable", False,
        "$ docker exec  -it hoge2 curl --head www.google.com\ncurl: (6) Could not resolve host: www.google.com; Unknown error",
        host="www.google.com", raw_is_log=True, also_ok=[RESOLVE, "dns.resolver_unreachable"],
        note="Docker CE containers on WSL2 behind a PANGP VPN reach IPs but not their nameserver (the WSL adapter); sakai135 reproduced it and #48 fixed wsl-vpnkit, and the reporter: 'The build works fine'"),
    # --- the runner's side: Docker, podman and the host's resolver -----------------------------------------------------
    dns("docker-library/docs#2218", "dns", NO_HOST, False, "local", "registry-1.docker.io",
        "Using default tag: latest\nError response from daemon: Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io: no such host",
        cmd="docker pull nextcloud", also_ok=["local.docker_network_broken", RESOLVE],
        note="the reporter traced it to Debian's 'Docker breaks existing bridges': Docker's iptables rules broke the host's br0 bridge networking a few hours after start; the host's network setup had to change (Arch wiki / serverfault fix)"),
    dns("nginx/docker-nginx#522", "dns", "dns.timeout", False, "local", "registry-1.docker.io",
        "PS C:\\> docker pull nginx\nUsing default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.65.1:53: read udp 192.168.65.3:49159->192.168.65.1:53: i/o timeout",
        raw_is_log=True, also_ok=[RESOLVE, "dns.resolver_unreachable"],
        note="Docker Desktop's VM resolver (192.168.65.1) does not answer; thresheek: 'it looks like a general issue with your docker set up', pointing to Docker's forums (a trailing blank after the command trimmed)"),
    dns("voidlabs/mosaico#673", "dns", RESOLVE, False, "local", "dl-cdn.alpinelinux.org",
        "ERROR: https://dl-cdn.alpinelinux.org/alpine/v3.16/main: DNS lookup error\nWARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.16/main: No such file or directory\nERROR: https://dl-cdn.alpinelinux.org/alpine/v3.16/community: DNS lookup error\nWARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.16/community: No such file or directory",
        cmd="docker build -t mosaico/mosaico .", also_ok=[TEMP, "local.docker_daemon_broken"],
        note="the repository's Dockerfile `RUN apk update`; bago: 'DNS lookup error sounds like an issue in your environment' and 'Sounds like a fault in your docker install', pointing to the StackOverflow fix for the daemon's DNS; the CDN was up"),
    dns("blue-build/cli#398", "dns", RESOLVE, False, "local", "gitlab.com",
        "curl: (6) Could not resolve host: gitlab.com",
        cmd="podman run --rm -it ghcr.io/ublue-os/sericea-main curl -I gitlab.com", also_ok=[TEMP, "dns.resolver_unreachable"],
        note="an rpm download from GitLab fails during a bluebuild image build; the reporter found podman's default network hands containers 'nameserver 169.254.1.1' while `--network=host` gets the working stub ('That is my problem'), and asked for a way to force host networking"),
    dns("rust-lang/crates.io#1397", "dns", MISBEHAVING, False, "local", "crates.io",
        "$ systemd-resolve crates.io\ncrates.io: resolve call failed: Could not resolve 'crates.io', server or network returned error SERVFAIL",
        raw_is_log=True, also_ok=[RESOLVE, TEMP],
        note="crates.io resolved from a server in NL but not from the reporter's network in Germany: 'Appearently this was caused by 8.8.8.8 - changing to 1.1.1.1 with a fallback of 9.9.9.9 it works agina'; the resolver had to change"),
    dns("mthom/scryer-prolog#53", "dns", RESOLVE, False, "local", "static.crates.io",
        "ulrich@p0:/opt/gupu/rusty-wam$ cargo run\n Downloading prolog_parser v0.7.11\nwarning: spurious network error (2 tries remaining): [6] Couldn't resolve host name (Could not resolve host: static.crates.io)\nwarning: spurious network error (1 tries remaining): [6] Couldn't resolve host name (Could not resolve host: static.crates.io)\nerror: unable to get packages from source\n\nCaused by:\n  [6] Couldn't resolve host name (Could not resolve host: static.crates.io)",
        raw_is_log=True, also_ok=[TEMP, "connectivity.crate_registry_error"],
        note="ping resolves static.crates.io but cargo cannot, '(Currently, at cisco)'; then 'With rogers everything is fine again....': the network the machine sits on, not crates.io (trailing blanks after 'source' trimmed)"),
    dns("bower/bower#2606", "dns", TEMP, False, "local", "github.com",
        "Cloning into 'Storm-Breaker'...\nssh: Could not resolve hostname github.com: Temporary failure in name resolution\nfatal: Could not read from remote repository",
        cmd="git clone git@github.com:ultrasecurity/Storm-Breaker.git", also_ok=[RESOLVE],
        note="two days of failing clones on Kali; sheerun: 'github is working for me so it's probably DNS resolver in your infrastructure or issues with firewall. this problem won't resolve itself, you need to debug this'"),
    dns("gophish/gophish#672", "dns", MISBEHAVING, False, "local", "mailserver.fred3riksberg.dk",
        "dial tcp: lookup mailserver.fred3riksberg.dk on 192.168.0.20:53: server misbehaving",
        also_ok=[RESOLVE, NO_HOST],
        note="jordan-wright: 'This is also related to your DNS server', Go's resolver returning errServerMisbehaving for an unexpected rcode from the local server at 192.168.0.20; closed as not gophish's"),
    dns("snail007/goproxy#316", "dns", MISBEHAVING, False, "local", "incoming.telemetry.mozilla.org",
        "2019/09/16 12:56:09.857898 http.go:823: dns error incoming.telemetry.mozilla.org:443 , ERR: *** invalid answer name incoming.telemetry.mozilla.org after A query for 127.53.53.1:53\n2019/09/16 12:56:09.858489 http.go:581: connect to  , err:dial tcp: lookup incoming.telemetry.mozilla.org on 127.53.53.1:53: server misbehaving,retrying...",
        also_ok=[RESOLVE, "dns.bad_record"],
        note="the reporter's own diagnosis, in the title: a local adblocking DNS server (127.53.53.1) answers blocked names with an answer Go's resolver rejects ('invalid answer name'), so the lookup reads as server misbehaving; it recurs for as long as that resolver is used"),
    dns("golang/go#12712", "dns", MISBEHAVING, False, "local", "doesnotexist.domain",
        "lookup doesnotexist.domain on 172.16.2.203:53: server misbehaving",
        also_ok=[NO_HOST, RESOLVE],
        note="Go 1.5's pure-Go resolver, with search domains in resolv.conf, reported an internal DNS server's NXDOMAIN as 'server misbehaving' where Go 1.4 said 'no such host' (nslookup and dig see NXDOMAIN; 8.8.8.8 works); a toolchain/resolver pairing that fails every time until Go or the resolver changes"),
    dns("ruby/www.ruby-lang.org#3540", "dns", TEMP, False, "local", "rubygems.org",
        "retrying Socket::ResolutionError (Failed to open TCP connection to rubygems.org:80 (getaddrinfo(3): Temporary failure in name resolution)) after 9 seconds...\nretrying Socket::ResolutionError (Failed to open TCP connection to rubygems.org:80 (getaddrinfo(3): Temporary failure in name resolution)) after 9 seconds...\nretrying Socket::ResolutionError (Failed to open TCP connection to rubygems.org:80 (getaddrinfo(3): Temporary failure in name resolution)) after 16 seconds...",
        also_ok=[RESOLVE, SANDBOXED],
        note="'Ruby seems to fail to install ... without a working internet connection': the machine was offline while the install fetched default gems from rubygems.org, so it retries until it gives up; nothing on rubygems.org's side"),
    dns("actions/runner-images#9401", "dns", RESOLVE, False, "local", "ifconfig.co",
        "curl: (6) Could not resolve host ifconfig.co",
        cmd="curl -m 3 -6 https://ifconfig.co/", also_ok=["connectivity.network_unreachable", NO_HOST],
        note="GitHub-hosted Windows runners have no IPv6 connectivity, so an IPv6-only curl cannot even resolve the name; closed like actions/runner-images#668 (IPv6 on hosted runners, closed without a fix), so it fails on every run"),
    # --- the runner's tools: cargo's HTTP/2 multiplexing asks for a host named crates ---------------------------------
    dns("ustclug/discussions#389", "dns", NO_HOST, False, "local", None,
        "[name@manjaro ~]$ cargo install wrangler --force\n    Updating `ustc` index\n  Installing wrangler v1.19.12\n  Downloaded clicolors-control v1.0.1 (registry `ustc`)\nwarning: spurious network error (2 tries remaining): [6] Couldn't resolve host name (Could not resolve host: crates)\n  Downloaded generic-array v0.14.5 (registry `ustc`)\nwarning: spurious network error (2 tries remaining): [6] Couldn't resolve host name (Could not resolve host: crates)",
        raw_is_log=True, host_alt=["crates", "mirrors.ustc.edu.cn"], also_ok=[RESOLVE, "connectivity.crate_registry_error"],
        note="crate downloads through the USTC mirror ask for a host called 'crates'; taoky quotes the mirror's help: the known `Could not resolve host: crates` error goes away with CARGO_HTTP_MULTIPLEXING=false, and the reporter confirms it does; the looked-up name is not a real host"),
    dns("payjoin/rust-payjoin#235", "dns", RESOLVE, False, "local", "static.crates.io",
        "warning: spurious network error (3 tries remaining): [6] Couldn't resolve host name (Could not resolve host: static.crates.io)\nwarning: spurious network error (2 tries remaining): [6] Couldn't resolve host name (Could not resolve host: static.crates.io)\nwarning: spurious network error (1 tries remaining): [6] Couldn't resolve host name (Could not resolve host: static.crates.io)\n    Updating crates.io index\nwarning: spurious network error (3 tries remaining): [6] Couldn't resolve host name (Could not resolve host: static.crates.io)\nwarning: spurious network error (2 tries remaining): [6] Couldn't resolve host name (Could not resolve host: static.crates.io)\nwarning: spurious network error (1 tries remaining): [6] Couldn't resolve host name (Could not resolve host: static.crates.io)\nerror: failed to download from `https://static.crates.io/crates/payjoin-cli/0.0.5-alpha/download`\n\nCaused by:\n  [6] Couldn't resolve host name (Could not resolve host: static.crates.io)",
        cmd="cargo install payjoin-cli --version 0.0.4-alpha --features danger-local-https", also_ok=[TEMP, "connectivity.crate_registry_error"],
        note="a tutorial's `cargo install` fails resolving static.crates.io; the reporter: the workaround in rust-lang/cargo#7515 (turning off cargo's HTTP multiplexing) 'solved my issue', a client setting rather than a crates.io outage"),
    dns("rust-lang/cargo#5626", "dns", RESOLVE, True, "local", None,
        "hello-rust>cargo build --verbose\n    Updating registry `https://github.com/rust-lang/crates.io-index`\nwarning: spurious network error (2 tries remaining): failed to send request: The\n server name or address could not be resolved\n; class=Os (2)\nwarning: spurious network error (1 tries remaining): failed to send request: The\n server name or address could not be resolved\n; class=Os (2)\nerror: failed to load source for a dependency on `tokio-tungstenite`",
        raw_is_log=True, host_alt=["github.com"], also_ok=[TEMP],
        note="Windows' WinHTTP wording for a failed lookup of github.com during the index update; no proxy was found, and dwijnand closed it 'on the assumption that this was just a spurious error' (the line breaks are the console's wrapping)"),
]
