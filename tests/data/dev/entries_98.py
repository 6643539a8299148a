"""Dev-set entries, batch 98 (package and toolchain downloads other than npm in CI jobs and Dockerfile RUN steps: pip
and poetry against PyPI and private indexes, Gradle's plugin portal and third-party Maven repositories, cargo and
cargo-deny against crates.io and its mirrors, apt and apk mirrors, gem and bundler against RubyGems.org and private gem
servers, Composer against Packagist, NuGet feeds, Go modules and Go release downloads, Helm chart repositories,
Terraform's registry and releases.hashicorp.com, and the setup-* actions' toolchain downloads). The service side, a
little over half: a release whose wheels were not yet on PyPI, PyPI's backends answering 503 in March 2020 and April
2025, crates.io's 2015 Heroku outage, a crates.io mirror's datacenter outage and index.crates.io's transient 503,
RubyGems.org during the June 2021 Fastly outage and its 2012 dependency-API trouble, a private gem server down, a mod
repository's network outage behind a Gradle plugin lookup, a Gradle plugin version that was never published,
Packagist serving 404 for provider files it listed, NuGet's China CDN with an expired certificate and a regional
routing problem, Go's download bucket misconfigured for a morning, a chart repository's domain that stopped
resolving, HashiCorp's February 2021 release/registry outage and two later 502s, nodejs.org archives cut short under
setup-node, apache.org's Debian repository answering 502 and a Debian mirror answering 404 mid-sync. The runner's side:
a local firewall and an antivirus blocking the registry, a VPN in front of registry.terraform.io, a self-hosted Gitea
runner on an Ubuntu release setup-python has no builds for. The rest, the build's own mistakes that read like
registry faults: typo'd or wrong package and plugin names, a non-semver Go version spec, a yanked gem and a yanked
crate pinned by the lockfile, a stale crates.io index under cargo-deny, a retagged Go module against go.sum, Alpine
packages that no newer release carries, a dead MyGet feed in an old checkout, a retired chart bucket, an action still
fetching Go from the retired bucket, an old RubyGems resolver and a Poetry release candidate ignoring the credentials
set for it. `err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a
thread quoted a log inside Markdown (code fences, backticks, bold or blockquote markers, links a CI server pasted into
the log) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into
the reporter's own words or is cut, the entry stops at the last whole log line. Elisions and masks are the reporters'
own. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing
call; an inferred, masked or placeholder one goes in host_alt (never a documentation link). Labels were set from the
threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"ohdearquant/khive#2261"}  # fmt: skip

B = Batch(PULLS)
pkg = B.family("packages")
bld = B.build("packages")
loc = B.local()

MIRROR = "connectivity.package_mirror"
SYNC = "connectivity.mirror_out_of_sync"
FEED = "connectivity.feed_unreachable"
UNPUBLISHED = "connectivity.upstream_file_missing"
REQ = "build.requirement_not_found"
DEP = "build.dependency_not_found"
PKG = "build.package_not_found"
TOOLVER = "build.toolchain_version_unavailable"

E = [
    # --- PyPI and its release side ------------------------------------------------------------------------------------
    pkg("crate-ci/typos#689", "connectivity", UNPUBLISHED, True, "service", None,
        "ERROR: Could not find a version that satisfies the requirement typos==1.13.24 (from versions: 1.13.20, 1.13.21, 1.13.22, 1.13.23)\nERROR: No matching distribution found for typos==1.13.24",
        cmd="pip install typos==1.13.24", host_alt=["pypi.org"], also_ok=[REQ, "build.package_version_missing", SYNC],
        note="the v1.13.24 tag was out (the pre-commit hook pins it) but its wheels were not on PyPI yet; epage: 'They should be up now. One of the CI jobs hit a timeout', so the same install passes once the release job finished"),
    pkg("pypi/warehouse#7643", "connectivity", MIRROR, True, "service", "pypi.org",
        "Resolving pypi.org (pypi.org)... 151.101.0.223, 151.101.64.223, 151.101.128.223, ...\nConnecting to pypi.org (pypi.org)|151.101.0.223|:443... connected.\nHTTP request sent, awaiting response... 503 Backend is unhealthy\n2020-03-26 10:48:06 ERROR 503: Backend is unhealthy.",
        cmd="wget https://pypi.org/packages/5a/22/9e6485b46bf840166e8e79da40f74553dfeb044f4909ba9bbdedc9b24dff/raven-5.32.0.tar.gz", also_ok=["connectivity.server_error", "registry.server_error"],
        note="26 March 2020, '[test.]pypi.org partly down': the CDN answers 503 'Backend is unhealthy' for some package files while files.pythonhosted.org serves the same file; others confirmed it the same morning"),
    pkg("pypi/warehouse#17919", "connectivity", MIRROR, True, "service", None,
        "curl: (22) The requested URL returned error: 503",
        cmd="curl -f https://pypi.org/pypi/foobarbaz20250408/0.0.1/json", host_alt=["pypi.org"], also_ok=["connectivity.server_error", "registry.server_error"],
        note="8 April 2025 (labelled CDN/network): 'Widespread 503 errors at origin', status.python.org showing a mass of CDN errors and others getting 503 on /simple/ listings of existing packages; the curl line itself names no host"),
    # --- crates.io, its mirrors and its index -------------------------------------------------------------------------
    pkg("rust-lang/crates.io#153", "connectivity", "connectivity.crate_registry_error", True, "service", "crates.io",
        'Caused by:\n  Failed to get 200 reponse from https://crates.io/api/v1/crates/gl_generator/0.0.25/download\nResponse {503, connection: keep-alive, cache-control: no-cache, no-store, server: Cowboy, content-length: 484, date: Mon, 11 May 2015 03:32:03 GMT, content-type: text/html; charset=utf-8, <!DOCTYPE html>\n    <html>\n    <head>\n      <meta name="viewport" content="width=device-width, initial-scale=1">\n      <style type="text/css">\n        html, body, iframe { margin: 0; padding: 0; height: 100%; }\n        iframe { display: block; width: 100%; border: none; }\n      </style>\n    <title>Application Error</title>\n    </head>\n    <body>\n      <iframe src="//s3.amazonaws.com/heroku_pages/error.html">\n        <p>Application Error</p>\n      </iframe>\n    </body>\n    </html>]',
        cmd="cargo build", also_ok=[MIRROR, "connectivity.server_error"],
        note="May 2015: about one crate download in three answered Heroku's 503 'Application Error' page, a different crate each time; 'this was a server outage and it's been taken care of'"),
    pkg("ustclug/discussions#288", "connectivity", "connectivity.refused", True, "service", "crates-io.proxy.ustclug.org",
        "Couldn't connect to server (Failed to connect to crates-io.proxy.ustclug.org port 443: Connection refused)",
        cmd="cargo build", also_ok=[MIRROR, "connectivity.connection_failed"],
        note="USTC's crates.io proxy mirror down from 7 August 2019: 'the datacenter where one of our servers is running is suffering an outage'; the next day 'The services affected by this outage are working now'"),
    pkg("rcore-os/tgoskits#638", "connectivity", "connectivity.crate_registry_error", True, "service", "index.crates.io",
        "warning: spurious network error (3 tries remaining): failed to receive HTTP 200 response: got 503; class=Net (12)\nhttps://index.crates.io/ax/-t/ax-timer-list\n503 Backend unavailable, connection timeout\nERROR failed to update packages\nfailed to determine next versions\nfailed to clone package ax-timer-list in /tmp/.tmp.../packages/ax-timer-list",
        head=["Run release-plz/action@v0.5"], also_ok=[MIRROR, "connectivity.server_error"],
        note="a tracking issue of 'transient crates.io download outages' in CI: release-plz on a dev push hit the sparse index's 503 'Backend unavailable'; the failures are before any of the project's code runs and pass on a re-run (the '...' in the temp path is the reporter's)"),
    # --- RubyGems.org and private gem servers -------------------------------------------------------------------------
    pkg("ruby/rubygems#4659", "connectivity", MIRROR, True, "service", "rubygems.org",
        "Install missing gems with `bundle install`\nCould not fetch specs from https://rubygems.org/",
        cmd="bundle install", also_ok=["connectivity.server_error", "registry.server_error"],
        note="8 June 2021, the day of Fastly's global outage: rubygems.org answered 'Error 503 Service Unavailable'; deivid-rodriguez pointed to status.rubygems.org 'and the underlying Fastly issue'"),
    pkg("gollum/gollum#553", "connectivity", MIRROR, True, "service", None,
        "Error Bundler::HTTPError during request to dependency API",
        cmd="bundle install", host_alt=["rubygems.org"], also_ok=["connectivity.server_error"],
        note="October 2012 on Travis CI: RubyGems.org's dependency API was down (its status page said so, with a plan to fix it); bundler falls back or fails until it is back; the line names no host"),
    pkg("sidekiq/sidekiq#3427", "connectivity", MIRROR, True, "service", "gems.contribsys.com",
        "       Fetching source index from https://gems.contribsys.com/\n\n       Retrying fetcher due to error (2/4): Bundler::HTTPError Could not fetch specs from https://gems.contribsys.com/\n       Retrying fetcher due to error (3/4): Bundler::HTTPError Could not fetch specs from https://gems.contribsys.com/\n       Retrying fetcher due to error (4/4): Bundler::HTTPError Could not fetch specs from https://gems.contribsys.com/\n       Could not fetch specs from https://gems.contribsys.com/\n !\n !     Failed to install gems via Bundler.\n !\n !     Push rejected, failed to compile Ruby app.\n !     Push failed",
        raw_is_log=True, also_ok=[FEED, "credentials.source_auth_required"],
        note="Sidekiq Pro's private gem server down again in July 2018 ('Happening now', 'yes... again', several users at once) while a Heroku build bundles; mperham's status page tracks these outages, the credentials were fine"),
    # --- Gradle plugin portal and third-party Maven repositories -------------------------------------------------------
    pkg("firstdarkdev/modpublisher#31", "connectivity", MIRROR, True, "service", None,
        "* What went wrong:\nPlugin [id: 'com.hypherionmc.modutils.modpublisher', version: '2.+'] was not found in any of the following sources:\n\n- Gradle Core Plugins (plugin is not in 'org.gradle' namespace)\n- Included Builds (No included builds contain this plugin)\n- Plugin Repositories (could not resolve plugin artifact 'com.hypherionmc.modutils.modpublisher:com.hypherionmc.modutils.modpublisher.gradle.plugin:2.+')\n  Searched in the following repositories:\n    Fabric(https://maven.fabricmc.net/)\n    maven(https://maven.architectury.dev/)\n    maven2(https://maven.neoforged.net/releases/)\n    maven3(https://maven.firstdark.dev/releases/)\n    Gradle Central Plugin Repository",
        cmd="./gradlew build", host_alt=["maven.firstdark.dev"], also_ok=[DEP, "connectivity.server_error"],
        note="the plugin lives only on maven.firstdark.dev; hypherionmc: 'We currently have a major network outage on our server', then 'Should be back online now' and the reporter 'is working!'; the log lists every repository searched, not the one that failed"),
    pkg("srs/gradle-node-plugin#188", "connectivity", UNPUBLISHED, False, "service", None,
        "Gradle Core Plugins (plugin is not in 'org.gradle' namespace)\nGradle Central Plugin Repository (plugin 'com.moowork.gulp' has no version '1.1.0' - see https://plugins.gradle.org/plugin/com.moowork.gulp for available versions)",
        cmd="./gradlew gulp_build", host_alt=["plugins.gradle.org"], also_ok=["build.package_version_missing", DEP],
        note="srs: 'I see that something went wrong with the publishing' of 1.1.0 to the plugin portal, fixed by releasing 1.1.1 ('Just update to use 1.1.1'), so a build pinned to 1.1.0 fails until it changes; the plugins.gradle.org URL is the help link"),
    # --- Packagist, NuGet ---------------------------------------------------------------------------------------------
    pkg("composer/composer#9112", "connectivity", SYNC, True, "service", "packagist.org",
        '  [Composer\\Downloader\\TransportException]\n  The "https://packagist.org/p/provider-2019-10%2432a026927646b99f9893365e837d3ee433d98aeea10876817629b88510db53c4.json" file could not be downloaded (HTTP/1.1 404 Not Found)',
        cmd="composer install", also_ok=[MIRROR, "registry.artifact_not_found"],
        note="10 August 2020 on ownCloud's Drone CI: about a dozen pipelines failed with 404 for provider files packages.json still listed ('inconsistent content'), tracked in composer/packagist#940; restarts hit other files until Packagist's mirrors caught up"),
    pkg("NuGet/NuGetGallery#9699", "connectivity", FEED, True, "service", "api.nuget.org",
        "error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.",
        cmd="dotnet restore", host_alt=["nuget.cdn.azure.cn"], also_ok=["connectivity.untrusted_certificate", MIRROR],
        note="8 October 2023, China: api.nuget.org was served by nuget.cdn.azure.cn with a certificate that expired that day; zhhyu pointed to status.nuget.org and then 'The incident has been mitigated'"),
    pkg("NuGet/NuGetGallery#10451", "connectivity", FEED, True, "service", "api.nuget.org",
        "Unable to load the service index for source https://api.nuget.org/v3/index.json.",
        cmd="dotnet restore", also_ok=["connectivity.reset", MIRROR],
        note="May 2025, Islamabad: NuGet's team 'had been seeing similar reports from Pakistan' and tracked the regional problem reaching nuget.org's CDN in NuGet/NuGetGallery#10448; other regions restored fine"),
    # --- Go and Helm --------------------------------------------------------------------------------------------------
    pkg("golang/go#45603", "connectivity", "connectivity.forbidden", True, "service", "storage.googleapis.com",
        "go1.16.3: download failed: server returned Forbidden checking size of https://storage.googleapis.com/golang/go1.16.3.darwin-amd64.tar.gz",
        t="go", cmd="go1.16.3 download", also_ok=[MIRROR, "build.download_not_found"],
        note="16 April 2021: every Go release archive answered AccessDenied to anonymous callers; FiloSottile: 'This was due to a failed configuration change and should be fixed now'"),
    pkg("christianhuth/helm-charts#1095", "dns", "dns.no_such_host", True, "service", "charts.christianhuth.de",
        'Error: looks like "https://christianhuth.github.io/helm-charts" is not a valid chart repository or cannot be reached: Get "http://charts.christianhuth.de/index.yaml": dial tcp: lookup charts.christianhuth.de on 100.95.0.251:53: no such host',
        cmd="helm repo add christianhuth https://christianhuth.github.io/helm-charts", also_ok=["dns.resolve_failed", MIRROR],
        note="the GitHub Pages chart URL redirects to a custom domain the maintainer had just restructured and that did not resolve; christianhuth: 'I restructured some stuff on my end. It should work now again'"),
    # --- HashiCorp releases and the Terraform registry ----------------------------------------------------------------
    pkg("hashicorp/terraform#27866", "connectivity", MIRROR, True, "service", "releases.hashicorp.com",
        "##[error]Error: Failed to download Terraform from url https://releases.hashicorp.com/terraform/0.13.3/terraform_0.13.3_windows_amd64.zip. Error Error: Unexpected HTTP response: 403",
        head=["Starting: Install Terraform 0.13.3"], also_ok=["build.download_not_found", "registry.request_rejected"],
        note="22 February 2021, Azure Pipelines' Terraform installer task: HashiCorp's outage of releases.hashicorp.com and registry downloads (403s and 404s), consolidated in hashicorp/terraform#27872 and resolved the same day"),
    pkg("hashicorp/terraform-provider-azuread#405", "connectivity", MIRROR, True, "service", "registry.terraform.io",
        "Error: Failed to install provider\n\nError while installing hashicorp/azurerm v2.31.1: could not query provider\nregistry for registry.terraform.io/hashicorp/azurerm: failed to retrieve\nauthentication checksums for provider: 403 Forbidden",
        cmd="terraform init", host_alt=["releases.hashicorp.com"], also_ok=["registry.request_rejected", "credentials.denied"],
        note="the same 22 February 2021 incident for every provider, locally and in Terraform Cloud; manicminer: 'Our operations engineering team is aware of the issue', then 'the outage has been largely resolved'"),
    pkg("snowflakedb/terraform-provider-snowflake#4861", "connectivity", MIRROR, True, "service", "registry.terraform.io",
        'Initializing provider plugins...\n- Finding snowflakedb/snowflake versions matching "2.17.0"...\n╷\n│ Error: Failed to install provider\n│\n│ Error while installing snowflakedb/snowflake v2.17.0: could not query provider registry for registry.terraform.io/snowflakedb/snowflake: the request failed after 2 attempts, please try again later: 502 Bad Gateway returned from https://registry.terraform.io/v1/providers/snowflakedb/snowflake/2.17.0/download/linux/amd64',
        cmd="terraform init", also_ok=["registry.server_error", "connectivity.server_error"],
        note="the reporter's own follow-up: 'This is due to an outage on HashiCorp Terraform Registry', pointing to status.hashicorp.com"),
    pkg("hashicorp/setup-terraform#565", "connectivity", MIRROR, True, "service", None,
        "Run hashicorp/setup-terraform@v4\nError: AxiosError: Request failed with status code 502\nError: Request failed with status code 502",
        host_alt=["releases.hashicorp.com"], also_ok=["connectivity.server_error", "github.outage"],
        note="setup-terraform reads https://releases.hashicorp.com/terraform/index.json, which was 'sending 502 and 504 errors'; 'Issue now officially reported at https://status.hashicorp.com/'; the log names no host"),
    # --- setup-node's download ----------------------------------------------------------------------------------------
    pkg("actions/setup-node#77", "connectivity", "connectivity.cut_short", True, "service", None,
        "/bin/tar xzC /home/runner/work/_temp/83341e1a-c86d-4ddb-9963-ef01607f6e1e -f /home/runner/work/_temp/58fc8365-fe95-474e-ad3c-c5511594abdd\n\ngzip: stdin: unexpected end of file\n/bin/tar: Unexpected EOF in archive\n/bin/tar: Unexpected EOF in archive\n/bin/tar: Error is not recoverable: exiting now\n##[error]The process '/bin/tar' failed with exit code 2\n##[error]Node run failed with exit code 1",
        head=["Run actions/setup-node@v1", "  with:", "    node-version: 12.x", "    always-auth: false"], raw_is_log=True, host_alt=["nodejs.org"], also_ok=["gha_cache.corrupt_archive", MIRROR],
        note="23 October 2019, 'Downloading from nodejs.org failing' (labelled external): setup-node v1 downloaded Node straight from nodejs.org, whose archives arrived truncated that day for many workflows; no workflow change was involved"),
    # --- apt repositories ---------------------------------------------------------------------------------------------
    pkg("Shippable/support#1272", "connectivity", MIRROR, True, "service", "www.apache.org",
        "W: Failed to fetch http://www.apache.org/dist/cassandra/debian/dists/21x/main/source/Sources  502  Bad Gateway [IP: 108.168.194.92 80]\n\nW: Failed to fetch http://www.apache.org/dist/cassandra/debian/dists/21x/main/binary-amd64/Packages  502  Bad Gateway [IP: 108.168.194.92 80]\n\nW: Failed to fetch http://www.apache.org/dist/cassandra/debian/dists/21x/main/binary-i386/Packages  502  Bad Gateway [IP: 108.168.194.91 80]\n\nE: Some index files failed to download. They have been ignored, or old ones used instead.",
        cmd="sudo apt-get update", also_ok=["connectivity.server_error"],
        note="4 April 2015: apache.org's Cassandra Debian repository answered 502 and 'Pretty much all of our builds are broken until this is fixed'; the workaround dropped that source from sources.list for the day"),
    pkg("docker-library/python#241", "connectivity", SYNC, True, "service", "deb.debian.org",
        "W: The repository 'http://deb.debian.org/debian stretch Release' does not have a Release file.\nW: The repository 'http://deb.debian.org/debian stretch-updates Release' does not have a Release file.\nE: Failed to fetch http://deb.debian.org/debian/dists/stretch/main/binary-amd64/Packages  404  Not Found [IP: 151.101.0.204 80]\nE: Some index files failed to download. They have been ignored, or old ones used instead.",
        t="legacy_run", run="apt-get update", also_ok=[MIRROR],
        note="November 2017, stretch fully supported: yosifkit could not reproduce it ('It should still be there and works fine from here, but sometimes some mirrors are flaky'), the usual answer for a CDN mirror mid-sync"),

    # --- the runner's side --------------------------------------------------------------------------------------------
    B.entry("packages", "ruby/rubygems#1449", "connectivity", "connectivity.firewall_blocked", False, "local", "rubygems.global.ssl.fastly.net",
            'ERROR:  While executing gem ... (Gem::RemoteFetcher::FetchError)\n    Host is down - connect(2) for "rubygems.global.ssl.fastly.net" port 443 (https://rubygems.global.ssl.fastly.net/quick/Marshal.4.8/activesupport-4.2.5.gemspec.rz)',
            cmd="gem install activesupport", also_ok=["connectivity.refused", "connectivity.connection_failed"],
            note="the status page said all was well; the reporter: 'my bad, had inadvertently added a Little Snitch rule to deny access to the server', a local firewall rule that fails every fetch until it is removed"),
    B.entry("packages", "composer/composer#5853", "connectivity", "connectivity.firewall_blocked", False, "local", "packagist.org",
            '  [Composer\\Downloader\\TransportException]\n  The "http://packagist.org/p/symfony/css-selector%2403a35359a1d34a16045d9d000153f513f0cd7a42ec39a42720ba285e03164a29.json" file could not be downloaded: failed to open stream: HTTP request failed!',
            cmd="composer install", also_ok=["local.tls_interception", "connectivity.request_failed"],
            note="'File available via browser!', then the reporter: 'it is Kaspersky Total Security blocked this file', the machine's antivirus filtering Composer's HTTP requests"),
    B.entry("packages", "hashicorp/terraform#30392", "connectivity", "connectivity.vpn_blocked", False, "local", "registry.terraform.io",
            'Error: Failed to query available provider packages\n│\n│ Could not retrieve the list of available versions for provider hashicorp/oci:\n│ could not connect to registry.terraform.io: Failed to request discovery\n│ document: Get "https://registry.terraform.io/.well-known/terraform.json":\n│ net/http: request canceled while waiting for connection (Client.Timeout\n│ exceeded while awaiting headers)',
            cmd="terraform init", also_ok=["connectivity.client_timeout", "connectivity.timeout"],
            note="'It is not working even with 8.8.8.8 in dns settings ... After lot of struggle I have tried with out VPN and it worked for me': the VPN in front of the machine never lets the discovery request through"),
    loc("actions/setup-python#585", "local.runner_os_unsupported", False,
        "::group::Installed versions\nVersion 3.12.0 was not found in the local cache\n::error::The version '3.12.0' with architecture 'x64' was not found for this operating system.%0AThe list of all available versions can be found here: https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json",
        host_alt=["raw.githubusercontent.com"], also_ok=[TOOLVER, "build.toolchain_missing"],
        note="two self-hosted Gitea act runners on Ubuntu 23.10 (the reporter's /etc/os-release): the python-versions manifest has builds only for the Ubuntu releases GitHub's runners use, so no version matches 'this operating system'; the links Gitea put into the log lines were dropped"),

    # --- the build's own: names and versions that do not exist ---------------------------------------------------------
    bld("28mm/blast-radius#4", REQ,
        "pip3 install blast-radius\nCollecting blast-radius\n  Could not find a version that satisfies the requirement blast-radius (from versions: )\nNo matching distribution found for blast-radius",
        host_alt=["pypi.org"], also_ok=[PKG, "build.package_version_missing"],
        note="28mm: 'I've just noticed a typo in the readme. It's actually BlastRadius in PyPi (camel-case) rather than blast-radius (hyphenated)', so the command asks PyPI for a name that was never published"),
    bld("ksoichiro/gradle-console-reporter#13", DEP,
        "* What went wrong:\nPlugin [id: 'com.github.ksoichrio.console.reporter', version: '0.6.0'] was not found in any of the following sources:\n\n- Gradle Core Plugins (plugin is not in 'org.gradle' namespace)\n- Plugin Repositories (could not resolve plugin artifact 'com.github.ksoichrio.console.reporter:com.github.ksoichrio.console.reporter.gradle.plugin:0.6.0')\n  Searched in the following repositories:\n    Gradle Central Plugin Repository",
        cmd="./gradlew test", host_alt=["plugins.gradle.org"], also_ok=[PKG, "build.package_version_missing"],
        note="ksoichiro: 0.6.0 is published, 'Maybe it's because your spelling is wrong. `ksoichrio` should be `ksoichiro`'; the typo'd plugin id is never found"),
    bld("actions/setup-go#67", TOOLVER,
        "Setup go  version spec 1.15rc1\nAttempting to download 1.15rc1...\nmatching 1.15rc1...\nNot found in manifest.  Falling back to download directly from Go\n##[error]Unable to find Go version '1.15rc1' for platform linux and architecture x64.",
        head=["Run actions/setup-go@v2"], also_ok=["build.invalid_reference", "build.download_not_found"],
        note="the reporter's own answer: 'Actually `1.15.0-rc1` works, you need to specify a semver version in `go-version`, not the formalism used by go'; the spec in the workflow matches nothing"),
    bld("docker/docs#13798", PKG,
        " > [2/5] RUN apk add --no-cache python g++ make:\n#9 0.396 fetch https://dl-cdn.alpinelinux.org/alpine/v3.14/main/x86_64/APKINDEX.tar.gz\n#9 0.664 fetch https://dl-cdn.alpinelinux.org/alpine/v3.14/community/x86_64/APKINDEX.tar.gz\n#9 1.018 ERROR: unable to select packages:\n#9 1.045   python (no such package):\n#9 1.045     required by: world[python]",
        also_ok=[REQ, "build.distro_eol"],
        note="the getting-started tutorial's Dockerfile on node:12-alpine (Alpine 3.14), which has no 'python' package any more; thaJeztah: fixed by the docs change that updated the Dockerfile, not a mirror problem"),
    bld("inventree/InvenTree#1735", PKG,
        "ERROR: unable to select packages:\n  ttf-ubuntu-font-family (no such package):\n    required by: world[ttf-ubuntu-font-family]",
        t="legacy_run", run="apk add --no-cache fontconfig ttf-droid ttf-liberation ttf-dejavu ttf-opensans ttf-ubuntu-font-family font-croscore font-noto", also_ok=[REQ],
        note="building from the repository on python:alpine, now Alpine 3.14, which dropped ttf-ubuntu-font-family (alpine:3.13 works); SchrodingersGat: 'the alpine base image has been changed and the `ttf-ubuntu-font-family` package is no longer valid'"),
    bld("alphagov/publisher#2", "build.package_version_missing",
        "Could not find bson_ext-1.4.1 in any of the sources",
        cmd="bundle install", host_alt=["rubygems.org"], also_ok=[DEP, "build.lockfile_outdated"],
        note="Gemfile.lock pins bson 1.4.1, bson_ext 1.4.1 and mongo 1.4.1, all three yanked from rubygems.org; the lock must move to versions that still exist"),
    bld("ohdearquant/khive#2261", "build.yanked_dependency",
        "error[yanked]: detected yanked crate (try `cargo update -p chacha20`)\nadvisories FAILED, bans ok, licenses ok, sources ok",
        cmd="cargo deny --manifest-path crates/Cargo.toml --all-features check bans licenses sources advisories", also_ok=["build.package_version_missing", "build.lockfile_outdated"],
        note="chacha20 0.10.1 was yanked upstream and cargo-deny reads the live index, so every job after the yank fails with no change to the repository; the fix is the lockfile bump to 0.10.2 (a re-run only fails again)"),
    bld("EmbarkStudios/cargo-deny#445", "build.stale_package_index",
        "error[A005]: detected yanked crate\n  ┌─ /workspace/source/Cargo.lock:6:1\n  │\n6 │ anyhow 1.0.60 registry+https://github.com/rust-lang/crates.io-index\n  │ ------------------------------------------------------------------- yanked version\n  │\n  = anyhow v1.0.60",
        cmd="cargo deny check", also_ok=["build.yanked_dependency", "build.lockfile_outdated"],
        note="anyhow 1.0.60 was yanked and then unyanked; the reporter: 'caused by our CI running `cargo deny check` before running `cargo build`, and `cargo deny check` doesn't update the crates.io index (which is cached)'"),
    # --- the build's own: checksums, feeds and URLs that moved ---------------------------------------------------------
    bld("redis/rueidis#684", "build.go_checksum_mismatch",
        "verifying github.com/redis/rueidis@v1.0.50: checksum mismatch\n\tdownloaded: h1:nCadAhXRuxnV5DSUyQ81hSN2SX2moj6v+o1mUGTZn+w=\n\tgo.sum:     h1:UdsB/2EadJMGFIUuzxqFuWM2BSjXt8jYtml6eXkhJLE=\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'.",
        t="go", cmd="go mod vendor", also_ok=["build.checksum_mismatch"],
        note="a dependabot branch's go.sum has the first v1.0.50; rueian: 'I re-tagged v1.0.50 once to include a missing commit ... But you can try v1.0.51 now'; the moved tag never matches the recorded hash again"),
    bld("dotnet/roslyn#43297", "build.repository_removed",
        "Unable to load the service index for source https://vside.myget.org/F/vssdk/api v3/index.json.",
        host="vside.myget.org", cmd="restore.cmd", also_ok=[FEED, "build.request_rejected"],
        note="restoring an old branch (roslyn-Visual-Studio-2017-Version-15.9); jmarolf: 'That nuget package source is not used anymore in our NuGet.config', so the checkout's config names a feed that is gone (the odd 'api v3' is as quoted)"),
    bld("kubernetes-retired/service-catalog#2868", "build.repository_removed",
        'looks like "https://svc-catalog-charts.storage.googleapis.com" is not a valid chart repository or cannot be reached: failed to fetch https://svc-catalog-charts.storage.googleapis.com/index.yaml : 403 Forbidden',
        host="svc-catalog-charts.storage.googleapis.com", cmd="helm repo add svc-cat https://svc-catalog-charts.storage.googleapis.com", also_ok=["build.helm_repo_not_added", "build.request_rejected"],
        note="the chart bucket the docs named no longer serves the index (a 403 from the bucket); closed as a duplicate with the documentation fixed to the new chart location, so the command must change"),
    bld("WillAbides/setup-go-faster#37", "build.download_not_found",
        "# curl --retry 4 --fail -O https://storage.googleapis.com/golang/go1.25.3.linux-amd64.tar.gz\n  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n  0   298    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\ncurl: (22) The requested URL returned error: 403",
        host="storage.googleapis.com", head=["Run WillAbides/setup-go-faster@v1.14.0"], also_ok=["connectivity.forbidden", MIRROR],
        note="October 2025: the old Go download bucket stopped answering anonymous requests (403 for every archive); the action had to move to go.dev/dl as actions/setup-go did (dmitshur), so the workflow needs the fixed action, a re-run fails alike"),
    # --- the build's own: the tools' versions -------------------------------------------------------------------------
    bld("ruby/rubygems#4444", "build.tool_outdated",
        "Retrying download gem from https://rubygems.org/ due to error (3/4): Gem::RemoteFetcher::UnknownHostError no such name (https://rubygems.org/gems/grape-active_model_serializers-1.5.2.gem)",
        host="rubygems.org", cmd="bundle install", also_ok=["dns.no_such_host", "dns.resolve_failed"],
        note="deivid-rodriguez: 'Can you upgrade rubygems (`gem update --system`) and try again?', and the reporter: 'worked like a charm'; the old RubyGems' own name lookup, not rubygems.org's DNS (the log line is the thread's title)"),
    B.build_in("packages", "python-poetry/poetry#2988", "build.tool_regression",
               "  HTTPError\n\n  401 Client Error: Unauthorized for url: https://xxxxxxx.execute-api.ap-northeast-1.amazonaws.com/dev/packages/xxx-0.1.61-py3-none-any.whl\n\n  at ~/virtualenv/python3.7.1/lib/python3.7/site-packages/requests/models.py:941 in raise_for_status",
               component="credentials", cmd="poetry install", host_alt=["execute-api.ap-northeast-1.amazonaws.com"], also_ok=["credentials.source_auth_required", "credentials.unauthorized"],
               note="on Travis CI: Poetry 1.1.0rc1 ignores POETRY_HTTP_BASIC_*_USERNAME/PASSWORD for the private source, so the wheel download goes out without credentials; the same job 'Works fine on 1.0.10' (labelled Bug); the host is the reporter's mask"),
]
