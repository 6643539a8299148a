"""Dev-set entries, batch 100 (connectivity from CI runners and build machines: timeouts, resets, refused
connections, proxies and TLS interception, each in its own tool's wording: Go's `read tcp ...: i/o timeout`,
`net/http: TLS handshake timeout` and `Client.Timeout exceeded while awaiting headers` from Docker daemons and
registries, curl's (7), (28), (35), (56) and (77), npm's ETIMEDOUT and SELF_SIGNED_CERT_IN_CHAIN, yarn's
network retries, pip's SSLError, Maven's `Connection reset`, Bundler's ECONNRESET, cargo's spurious network
errors, apt's `Unable to connect`, NuGet's `The SSL connection could not be established`, Homebrew's bottle
download and node's `tunneling socket could not be established, statusCode=407`). The service side: Docker Hub's
index and CloudFront blobs timing out for a while on Shippable and Travis, ghcr.io and quay.io timing out, the npm
registry timing out behind Cloudflare (and in 2013) and yarn retrying during npm's May 2018 incident, Maven
Central and RubyGems resetting connections, the Azure Ubuntu mirror unreachable from GitHub's runners, bintray,
crates.io and the crates.io index on GitHub timing out, NuGet.org's TLS failures on ASP.NET's CI, a JFrog
registry's header timeout, the dotnet-install download reset on a mac agent, GitHub's release CDN timing out under
setup-ruby, and a hosting provider's broken routing (not retryable until fixed). The runner's side: a
content-filtering university proxy, a corporate TLS-inspecting proxy, a Python built without ssl, actions on
self-hosted runners that bypass or fail a corporate proxy (a timeout, a 407), an OS with
an outdated CA bundle, a clock four months behind, and a local network outage that passed. The build's own: a
webhook to an endpoint not yet deployed, a binary cache and a dev server and a Redis never started on
localhost, and images without CA certificates (a bare alpine, the
projects' own images, a Dockerfile's curl without a CA bundle). `err` is
verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a
log inside Markdown (code fences, backticks, italics, quote markers) only that markup was dropped and trailing
blanks trimmed, never a word of the log (backticks a tool prints itself, as cargo and Bundler do, stay); where a
quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Elisions
('...', '{full link ...}') and masks ('XXX', 'org/repo', 'mydomain') are the reporters' own. Hosts follow the
README's strict rule: a host is given only where a line of the log names it for the failing call; an inferred,
masked or placeholder one goes in host_alt, and loopback stays None. Labels were set from the threads before
the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"snowflakedb/snowflake-ingest-java#502", "Homebrew/linuxbrew-core#9255"}  # fmt: skip

B = Batch(PULLS)
net = B.family("connectivity")
reg = B.family("registry")
own = B.build("connectivity")

NPMJS = "registry.npmjs.org"
MAVEN = "repo.maven.apache.org"
AZURE_APT = "azure.archive.ubuntu.com"
CA_MISSING = "build.ca_certificates_missing"
OWN_SERVICE = "build.test_service_unreachable"
INTERCEPT = "local.tls_interception"

NUGET_PROJ = r" [C:\b\w\33bdfc1cae7b2a38\modules\AzureIntegration\extensions\Microsoft.AspNetCore.AzureAppServices.SiteExtension\obj\rs.csproj] [C:\b\w\33bdfc1cae7b2a38\modules\AzureIntegration\extensions\Microsoft.AspNetCore.AzureAppServices.SiteExtension\Microsoft.AspNetCore.AzureAppServices.SiteExtension.csproj]"
NUGET_HEAD = "[12:41:43] :\t" + r" [Step 2/4] C:\b\w\33bdfc1cae7b2a38\.dotnet\x64\sdk\2.1.400\NuGet.targets(114,5): error : "

E = [
    # --- registries: Docker Hub, ghcr.io, quay.io, a JFrog registry -------------------------------------------------
    reg("Shippable/support#1210", "connectivity", "connectivity.timeout", True, "service", "index.docker.io",
        "Exception: Get https://index.docker.io/v1/repositories/shippableimages/ubuntu1404_nodejs/images: read tcp 162.242.195.84:443: i/o timeout",
        host_alt=["docker.io"], also_ok=["registry.no_endpoint", "registry.metadata_timeout"],
        note="March 2015, Shippable's own build step pulling its image from Docker Hub's v1 index: the read timed out; the reporter an hour later: 'Looks like it resolved itself'"),
    reg("travis-ci/travis-ci#8535", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "dseasb33srnrn.cloudfront.net",
        "8.0-jre8: Pulling from library/tomcat\nerror pulling image configuration: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/c9/c9ceb95da54b27d4374a17474ead0b121dfdb6964c895f699fa8f36945b73d8b/data?Expires=1507222173&Signature=KehqTG56o95sC849tMIetIPZ-L6GhXf9vUPl0EA0k0tmSP9qkQPvdR-6AmIGWW0BbUiBpeJSj15XiMkmhVfCJ5pMrgClgu9sQtcPDNnST9aqONSDltmNr8B2LYnAdiZWc3FL0a424fQHPe2lkSBHx5NBnxkxX6SrRvCuWG2T5Lc_&Key-Pair-Id=APKAJECH5M7VWIS5YZ6Q: net/http: TLS handshake timeout",
        host_alt=["docker.io"], also_ok=["connectivity.timeout", "registry.pull_failed"],
        note="October 2017, Travis builds pulling from Docker Hub's CloudFront blob store failed for hours ('consistently happening for hours'), then 'It passed late yesterday'; BanzaiMan asked whether it was a transient network problem and later 'Seems OK now'"),
    reg("infinito-nexus/core#620", "registry", "connectivity.timeout", True, "service", "ghcr.io",
        "#3 [internal] load metadata for ghcr.io/evangelostsak/infinito.nexus/mirror/docker.io/node:26-bookworm\n#3 ERROR: failed to do request: Head \"https://ghcr.io/v2/evangelostsak/infinito.nexus/mirror/docker.io/node/manifests/26-bookworm\": dial tcp 140.82.113.33:443: i/o timeout\n\nfailed to solve: DeadlineExceeded: ghcr.io/evangelostsak/infinito.nexus/mirror/docker.io/node:26-bookworm: failed to resolve source metadata",
        also_ok=["registry.metadata_timeout", "registry.no_endpoint"],
        note="a CI deploy's BuildKit build cannot open a TCP connection to ghcr.io; the issue says it has 'Same signature as #166, which was closed as a transient GHCR network issue; it recurs', and the branch touched nothing in the role"),
    reg("keycloak/keycloak#13274", "registry", "connectivity.timeout", True, "service", "quay.io",
        "$ docker pull quay.io/keycloak/keycloak@sha256:b4841a7b8401fd209bfcddf10773cdfa7c7cfde4bf7e87780663226be5587ee2\nError response from daemon: i/o timeout",
        also_ok=["registry.no_endpoint", "registry.outage"],
        note="July 2022, filed as 'quay.io server is down': every pull of the Keycloak image from quay.io timed out, repeatedly, and the issue was closed as quay.io's outage, nothing in the reporter's setup"),
    reg("kestra-io/kestra#377", "registry", "connectivity.client_timeout", True, "service", None,
        'Status 500: {"message":"Get \\"https://XXX.jfrog.io/v2/\\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)"}',
        host_alt=["XXX.jfrog.io"], also_ok=["registry.metadata_timeout", "connectivity.timeout"],
        note="the Docker daemon's answer to Kestra's docker-java client when the JFrog registry did not send headers in time; the maintainer filed it as 'Docker runner must retry automatically on pull failed', i.e. a transient registry timeout that a retry gets past (the registry's name is masked)"),
    # --- package registries: npm, yarn, Maven Central, RubyGems, crates.io -------------------------------------------
    net("npm/cli#3916", "connectivity", "connectivity.timeout", True, "service", NPMJS,
        "npm ERR: code ETIMEDOUT\nnpm ERR: errno ETIMEDOUT\nnpm ERR: network request to https://registry.npmjs.org/glob-parent failed, reason: connect ETIMEDOUT 104.16.18.35:443",
        cmd="npm install", also_ok=["connectivity.request_failed", "connectivity.rate_limited"],
        note="an Amazon Linux 2 host timing out on Cloudflare's registry address while curl to the registry answered only sometimes (the network team saw no blocking); darcyclarke: 'this is indeed coming back from the registry/cloudflare which we don't control', an outage or IP rate limiting that passes"),
    net("npm/npm#4306", "connectivity", "connectivity.timeout", True, "service", NPMJS,
        "npm http GET https://registry.npmjs.org/grunt-cli\nnpm http GET https://registry.npmjs.org/grunt-cli\nnpm http GET https://registry.npmjs.org/grunt-cli\nnpm ERR! Error: connect ETIMEDOUT\nnpm ERR!     at errnoException (net.js:770:11)\nnpm ERR!     at Object.afterConnect [as oncomplete] (net.js:761:19)",
        cmd="sudo npm install -g grunt-cli", also_ok=["connectivity.request_failed"],
        note="December 2013, npm 1.2: every try timed out connecting to the registry; smikes: 'This looks like it might have been a transient problem with the registry from December 2013; since then the registry has become faster and more stable'"),
    net("yarnpkg/yarn#5848", "connectivity", "connectivity.yarn_retries", True, "service", None,
        "info There appears to be trouble with your network connection. Retrying...",
        cmd="yarn install", host_alt=["registry.yarnpkg.com", NPMJS], also_ok=["connectivity.timeout", "connectivity.package_mirror"],
        note="22 May 2018, the reporter's own connection was fine; simonkberg: 'Yarn's registry is a proxy to npm's, which is currently experiencing issues. Watch https://status.npmjs.org/' (the same day's registry.yarnpkg.com 503s were reported alongside)"),
    net("INTO-CPS-Association/maestro#311", "connectivity", "connectivity.reset", True, "service", MAVEN,
        "Error:  Failed to execute goal org.apache.maven.plugins:maven-dependency-plugin:2.8:unpack (default) on project maestro-webapi: Execution default of goal org.apache.maven.plugins:maven-dependency-plugin:2.8:unpack failed: Plugin org.apache.maven.plugins:maven-dependency-plugin:2.8 or one of its dependencies could not be resolved: Failed to collect dependencies at org.apache.maven.plugins:maven-dependency-plugin:jar:2.8 -> org.apache.maven.reporting:maven-reporting-impl:jar:2.0.5 -> org.apache.maven.doxia:doxia-core:jar:1.0: Failed to read artifact descriptor for org.apache.maven.doxia:doxia-core:jar:1.0: Could not transfer artifact org.apache.maven.doxia:doxia-core:pom:1.0 from/to central (https://repo.maven.apache.org/maven2): transfer failed for https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-core/1.0/doxia-core-1.0.pom: Connection reset -> [Help 1]",
        also_ok=["connectivity.package_mirror", "connectivity.eof"],
        note="GitHub Actions, July 2021: 'Often a second run will make it work'; the maintainer found it was not only them and pointed at the runner-images thread blaming Azure's connections to Maven Central"),
    net("snowflakedb/snowflake-ingest-java#502", "connectivity", "connectivity.reset", True, "service", MAVEN,
        "2023-05-17T14:20:16.7749209Z [ERROR] Failed to execute goal org.apache.maven.plugins:maven-dependency-plugin:3.3.0:analyze-only (analyze) on project snowflake-ingest-sdk: Execution analyze of goal org.apache.maven.plugins:maven-dependency-plugin:3.3.0:analyze-only failed: Plugin org.apache.maven.plugins:maven-dependency-plugin:3.3.0 or one of its dependencies could not be resolved: Failed to collect dependencies at org.apache.maven.plugins:maven-dependency-plugin:jar:3.3.0 -> org.apache.maven.reporting:maven-reporting-impl:jar:3.1.0: Failed to read artifact descriptor for org.apache.maven.reporting:maven-reporting-impl:jar:3.1.0: Could not transfer artifact org.apache.maven.reporting:maven-reporting-impl:pom:3.1.0 from/to central (https://repo.maven.apache.org/maven2): Connection reset -> [Help 1]\n2023-05-17T14:20:16.7750525Z [ERROR]\n2023-05-17T14:20:16.7751258Z [ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.",
        also_ok=["connectivity.package_mirror", "connectivity.eof"],
        note="a pull request against builds that 'are occasionally failing' this way: Maven Central resets the connection now and then, and the fix caches the Maven dependencies so fewer downloads can be reset"),
    net("sclorg/s2i-ruby-container#122", "connectivity", "connectivity.reset", True, "service", "rubygems.org",
        "Installing activemodel 4.1.7\nGem::RemoteFetcher::FetchError: Errno::ECONNRESET: Connection reset by peer - SSL_connect (https://rubygems.org/gems/arel-5.0.1.20140414130214.gem)\nAn error occurred while installing arel (5.0.1.20140414130214), and Bundler\ncannot continue.\nMake sure that `gem install arel -v '5.0.1.20140414130214'` succeeds before\nbundling.",
        cmd="bundle install --deployment", also_ok=["connectivity.tls_failed", "connectivity.package_mirror"],
        note="OpenShift's automated tests: 'Network flakes ... can result in bundler failures ... Retrying the failed operation will likely result in success', so the issue asks for `bundle install --retry` in the image's assemble script"),
    net("rust-lang/crates.io#7074", "connectivity", "connectivity.timeout", True, "service", None,
        "warning: spurious network error (2 tries remaining): [28] Timeout was reached (Operation too slow. Less than 10 bytes/sec transferred the last 30 seconds)\nwarning: spurious network error (1 tries remaining): [28] Timeout was reached (Operation too slow. Less than 10 bytes/sec transferred the last 30 seconds)\nerror: failed to get `syn` as a dependency of package `cxxbridge-macro v1.0.71`",
        cmd="cargo build", host_alt=["index.crates.io"], also_ok=["connectivity.crate_registry_error", "connectivity.cut_short"],
        note="September 2023, filed on crates.io itself: 'Crates.io has lots of network errors from Github Actions CI' on the sparse index, the same stalls the Rust infrastructure team was already tracking for GitHub's runners; later runs fetch the index (the quoted lines name no host)"),
    net("rust-lang/cargo#3535", "connectivity", "connectivity.timeout", True, "service", "github.com",
        "    Updating registry `https://github.com/rust-lang/crates.io-index`\nwarning: spurious network error (2 tries remaining): [2/-1] failed to send request: 操作超时\n\nwarning: spurious network error (1 tries remaining): [2/-1] failed to send request: 操作超时\n\nerror: failed to update registry https://github.com/rust-lang/crates.io-index\n\nCaused by:\n  failed to fetch `https://github.com/rust-lang/crates.io-index`\n\nCaused by:\n  [2/-1] failed to send request: 操作超时",
        cmd="cargo publish --verbose", also_ok=["connectivity.crate_registry_error", "github.git_server_error"],
        note="January 2017, the git index on github.com timed out ('操作超时', operation timed out); alexcrichton: 'This is a spurious error from time to time, so if you retry the operation it should work now'"),
    # --- apt mirrors, Homebrew's CDN, NuGet, GitHub's CDN, Microsoft's dotnet-install ---------------------------------
    net("actions/runner-images#6677", "connectivity", "connectivity.package_mirror", True, "service", AZURE_APT,
        "Failed to fetch http://azure.archive.ubuntu.com/ubuntu/{full link to whatever package}  Unable to connect to azure.archive.ubuntu.com:http: [IP: 40.119.46.219 80]",
        cmd="sudo apt-get install -y libpq-dev python3-dev libgdal-dev gdal-bin python3-gdal", also_ok=["connectivity.timeout", "connectivity.connection_failed"],
        note="December 2022 on ubuntu-22.04 runners; mikhailkoliada (runner-images): it 'looks like general azure hiccup (it is where all vms are hosted)', not the workflow; the placeholder in braces is the reporter's own"),
    net("actions/runner-images#675", "connectivity", "connectivity.package_mirror", True, "service", AZURE_APT,
        "Err:7 http://azure.archive.ubuntu.com/ubuntu bionic/main amd64 libdouble-conversion1 amd64 2.0.1-4ubuntu1\n  Could not connect to azure.archive.ubuntu.com:80 (52.177.174.250), connection timed out",
        also_ok=["connectivity.timeout", "connectivity.connection_failed"],
        note="April 2020, 'Unable to connect to azure.archive.ubuntu.com flaky failure on ubuntu-latest': the mirror GitHub's Ubuntu images use times out on some jobs 'in a non-deterministic way' while the PPAs answer; re-runs pass"),
    net("Homebrew/linuxbrew-core#9255", "connectivity", "connectivity.timeout", True, "service", "akamai.bintray.com",
        "==> Downloading https://linuxbrew.bintray.com/bottles/patchelf-0.9_1.x86_64_linux.bottle.tar.gz\n  0     0    0     0    0     0      0      0 --:--:--  0:02:07 --:--:--     0curl: (7) Failed to connect to akamai.bintray.com port 443: Connection timed out\nError: Failed to download resource \"patchelf\"\nDownload failed: https://linuxbrew.bintray.com/bottles/patchelf-0.9_1.x86_64_linux.bottle.tar.gz",
        also_ok=["connectivity.connection_failed", "connectivity.package_mirror"],
        note="Linuxbrew's bottle-building CI on a pull request, September 2018: maxim-belkin labels it an 'Intermittent problem' with bintray's Akamai CDN, and the job is re-run"),
    net("NuGet/NuGetGallery#6504", "connectivity", "connectivity.tls_failed", True, "service", "api.nuget.org",
        NUGET_HEAD + "Failed to retrieve information about 'Microsoft.Extensions.DependencyInjection' from remote source 'https://api.nuget.org/v3-flatcontainer/microsoft.extensions.dependencyinjection/index.json'." + NUGET_PROJ + "\n"
        + NUGET_HEAD + "The SSL connection could not be established, see inner exception." + NUGET_PROJ,
        also_ok=["connectivity.feed_unreachable", "connectivity.eof"],
        note="filed in nuget.org's own tracker by ASP.NET's Eilon, 'SSL issues connecting to NuGet.org in several different recent restores' on their TeamCity builds ('We just had this again a few minutes ago'); the remote end closes the TLS handshake now and then, and a re-run restores"),
    net("ruby/setup-ruby#398", "connectivity", "connectivity.timeout", True, "service", None,
        "Run ruby/setup-ruby-pkgs@v1\n  ——————————————————    Ruby tasks using: ruby/setup-ruby/v1\nError: connect ETIMEDOUT 185.199.110.133:443",
        host_alt=["185.199.110.133", "github.com"], also_ok=["github.action_download_failed", "github.outage"],
        note="GitHub-hosted runners, November 2022: setup-ruby's download from GitHub's release CDN (185.199.x.x) times out sporadically, three times in one build; MSP-Greg sees the same with GitHub's APIs outside Actions ('something with the GitHub/MSFT cloud') and retries were added to the actions"),
    net("dotnet/install-scripts#139", "connectivity", "connectivity.reset", True, "service", None,
        "curl: (56) OpenSSL SSL_read: Connection reset by peer, errno 54",
        host_alt=["dotnetcli.azureedge.net"], also_ok=["connectivity.cut_short", "connectivity.eof"],
        note="two builds in a row failed on the mac agent only; bozturkMSFT (install-scripts): 'Retries were added recently and should be in effect since February 5th', i.e. the script's downloads from Microsoft's CDN fail transiently and are now retried (the CDN host is inferred)"),
    net("travis-ci/travis-ci#5807", "connectivity", "connectivity.refused", False, "service", None,
        'Script curl -I "http://ci.mydomain.net:8080/buildByToken/build?job=MyApiStaging&token=MyToken&cause=travis-ci" failed with status 7',
        host_alt=["ci.mydomain.net"], also_ok=["connectivity.network_unreachable", "connectivity.connection_failed"],
        note="a deploy trigger from Travis to the team's own Jenkins works from everywhere else; the reporter: 'this was an issue with our infrastructure provider having a misconfiguration with routing', fixed on the provider's side, not by re-running (the host is the reporter's mask)"),
    # --- the runner's side: proxies, TLS interception, CA stores, clocks, the local network -------------------------
    B.entry("connectivity", "curl/curl#1520", "local", INTERCEPT, False, "local", "www.google.it",
            "* TLSv1.2 (OUT), TLS handshake, Client hello (1):\n* OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to www.google.it:443\n* Closing connection 0\ncurl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to www.google.it:443",
            cmd="curl -v https://www.google.it", also_ok=["connectivity.tls_failed", "connectivity.tls_refused", "connectivity.firewall_blocked"],
            note="the reporter: 'the issue is specific to my university network; i suspect they use some sort of content-filtering proxy from PaloAlto Network' that drops the TLS 1.2 hello; it fails the same way until the network path changes"),
    B.entry("connectivity", "elastic/apm-agent-nodejs#439", "local", INTERCEPT, False, "local", NPMJS,
            "npm ERR! code SELF_SIGNED_CERT_IN_CHAIN\nnpm ERR! errno SELF_SIGNED_CERT_IN_CHAIN\nnpm ERR! request to https://registry.npmjs.org/elastic-apm-node failed, reason: self-signed certificate in certificate chain",
            cmd="npm install elastic-apm-node --save", also_ok=["connectivity.untrusted_certificate"],
            note="watson (Elastic): 'an issue with your network', most likely 'a corporate proxy that is terminating the ssl connection'; it passes only once npm trusts the proxy's CA (the reporter's workaround turned strict-ssl off)"),
    B.entry("connectivity", "pypa/pip#7691", "local", "local.python_without_ssl", False, "local", "pypi.org",
            "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(\"Can't connect to HTTPS URL because the SSL module is not available.\")': /simple/numpy/\nCould not fetch URL https://pypi.org/simple/numpy/: There was a problem confirming the ssl certificate: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/numpy/ (Caused by SSLError(\"Can't connect to HTTPS URL because the SSL module is not available.\")) - skipping",
            cmd="pip3.8 install numpy", also_ok=["build.toolchain_missing", "connectivity.tls_failed"],
            note="not PyPI's certificate: uranusjr, 'It looks like the installation was compiled with wrong flags (missing SSL support)'; the reporter's Python 3.8 from an old self-build, fixed by installing a Python with ssl (conda)"),
    B.entry("connectivity", "peter-evans/create-pull-request#733", "connectivity", "connectivity.timeout", False, "local", "api.github.com",
            "Error: request to https://api.github.com/repos/org/repo/pulls failed, reason: connect ETIMEDOUT",
            also_ok=["connectivity.firewall_blocked", "connectivity.proxy_misconfigured"],
            note="the branch is pushed but the API call times out; peter-evans: 'Are you running on self-hosted? ... this kind of error often occurs when behind a corporate proxy', and the reporter: 'I think this is the case' (he ended up calling hub directly); 'org/repo' is the reporter's mask"),
    B.entry("connectivity", "ScaCap/action-surefire-report#91", "connectivity", "connectivity.proxy_auth_required", False, "local", "api.github.com",
            "Error: request to https://api.github.com/repos/intel-analytics/BigDL/check-runs failed, reason: tunneling socket could not be established, statusCode=407",
            also_ok=["connectivity.proxy_refused", "connectivity.proxy_misconfigured"],
            note="self-hosted runners behind Intel's proxy: the proxy answers the CONNECT with 407, wanting credentials the action does not send; setting no_proxy for api.github.com only turned it into a direct-connection ETIMEDOUT, the runner's network either way"),
    B.entry("connectivity", "rancher/os#3062", "local", "local.ca_bundle_outdated", False, "local", "cr.l5d.io",
            "$ [rancher@ip-172-30-0-170 ~]$ docker pull cr.l5d.io/linkerd/controller:stable-2.10.2\nError response from daemon: Get https://cr.l5d.io/v2/: x509: certificate has expired or is not yet valid",
            also_ok=["connectivity.untrusted_certificate", "build.ca_certificates_missing"],
            note="October 2021, 'Renewing ros ca-certificates': the week after Let's Encrypt's old root expired, the registry serves a valid Let's Encrypt chain to ISRG Root X1 (dweomer's openssl output) while RancherOS's CA bundle is out of date, so pulls fail until the OS's CA certificates are renewed (not a clock or registry fault)"),
    B.entry("connectivity", "DNSCrypt/dnscrypt-proxy#324", "local", "local.clock_skew", False, "local", "dns.cloudflare.com",
            "[2017-11-28 17:25:51] [ERROR] Get https://dns.cloudflare.com/dns-query?body=XXX&random_padding=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX: x509: certificate has expired or is not yet valid",
            also_ok=["connectivity.untrusted_certificate"],
            note="a Raspberry Pi with CA certificates installed; jedisct1: 'Check the clock.' The log says 2017-11-28 while it was April 2018, so the server's certificate is 'not yet valid' to this machine until its clock is set"),
    B.entry("registry", "docker/hub-feedback#1195", "connectivity", "connectivity.tls_handshake_timeout", True, "local", "registry-1.docker.io",
            "docker run -it ubuntu /bin/bash\nUnable to find image 'ubuntu:latest' locally\ndocker: Error response from daemon: Get https://registry-1.docker.io/v2/library/ubuntu/manifests/latest: net/http: TLS handshake timeout.\nSee 'docker run --help'.",
            host_alt=["docker.io"], also_ok=["connectivity.timeout", "local.network_misconfigured"],
            note="filed against Docker Hub as 'Unable to pull images in Germany', but the reporter later: 'it was an error in our local network setup. That day we had multiple network outages', and it 'Seems to be resolved' without changes to the pulls"),
    # --- the build's own: endpoints not up, services never started, images without CA certificates -----------------
    own("distributhor/workflow-webhook#30", "build.endpoint_not_ready",
        "curl: (28) Failed to connect to mydomain.com port 443 after 130061 ms: Operation timed out",
        host_alt=["mydomain.com"], also_ok=["connectivity.timeout", OWN_SERVICE],
        note="the workflow calls the reporter's own webhook endpoint, which 'isn't quite ready' yet, so the action waits two minutes and fails; the endpoint must be deployed (the action later gained a configurable timeout); the host is a placeholder"),
    own("microsoft/vcpkg#32522", OWN_SERVICE,
        '$ vcpkg install --binarysource="http,http://localhost:15151/{name}/{version}/{sha},readwrite" zlib\n...\nerror: curl failed to execute with exit code 7.',
        also_ok=["connectivity.refused", "gha_cache.remote_cache_refused"],
        note="the reporter's own repro: the command 'will fail if the HTTP server is not running', a binary cache on localhost that was never started (vcpkg-tool later downgraded it to a warning); the '...' is the reporter's elision"),
    own("cypress-io/cypress#17755", OWN_SERVICE,
        "CypressError: `cy.visit()` failed trying to load:\n\nhttp://localhost:3000/\n\nWe attempted to make an http request to this URL but the request failed without a response.\n\nWe received this error at the network level:\n\n  > Error: connect ECONNREFUSED 127.0.0.1:3000",
        also_ok=["connectivity.refused"],
        note="40 tests pass locally but not in the boilerplate GitHub Action; bahmutov (Cypress): 'You have never started the local server' before cy.visit"),
    own("luispittagros/nuxt-ssr-redis-cache#2", OWN_SERVICE,
        "[Nuxt SSR Redis Cache]: Enabled ✔\n[Nuxt SSR Redis Cache]: Connecting to Redis...\n[Nuxt SSR Redis Cache]: Error: Error: connect ECONNREFUSED 127.0.0.1:6379",
        also_ok=["connectivity.refused", "build.test_database_unreachable"],
        note="the reporter's own diagnosis in a GitHub Actions pipeline: the build wants the Redis server 'but is refused (because it is not local and 127.0.0.1 has no Redis server)'; the job never starts one"),
    own("google/go-github#1049", CA_MISSING,
        "Get https://api.github.com/repos/OGKevin/x/pulls/x: x509: a certificate signed by unknown authority",
        host="api.github.com", also_ok=["connectivity.untrusted_certificate"],
        note="a Go binary copied into a bare `FROM alpine` image; the reporter: 'needed to add steps to properly update ca-certificates' (apk add ca-certificates && update-ca-certificates in the Dockerfile)"),
    own("victpork/sshsyrup#35", CA_MISSING,
        'ERRO[0035] Log failed to upload                          error="Post https://asciinema.org/api/asciicasts: x509: certificate signed by unknown authority"',
        host="asciinema.org", also_ok=["connectivity.untrusted_certificate"],
        note="'this error because the Docker image is missing the ca-cerficates': the project's own image ships no CA store, so every TLS upload fails until the Dockerfile adds one"),
    own("alexryabtsev/docker-workshop#1", CA_MISSING,
        "curl: (77) Problem with the SSL CA cert (path? access rights?)",
        also_ok=["connectivity.untrusted_certificate"],
        note="the workshop's test-curl image installs curl with --no-install-recommends and so no CA bundle; the fix, confirmed by another attendee, is adding ca-certificates to the Dockerfile's apt-get install"),
    own("NVIDIA-AI-IOT/ros2_jetson#5", CA_MISSING,
        "Step 11/55 : RUN curl -sSL https://raw.githubusercontent.com/ros/rosdistro/master/ros.key -o /usr/share/keyrings/ros-archive-keyring.gpg\n ---> Running in bc304edca5f8\ncurl: (77) error setting certificate verify locations:\n  CAfile: /etc/ssl/certs/ca-certificates.crt\n  CApath: /etc/ssl/certs\nThe command '/bin/sh -c curl -sSL https://raw.githubusercontent.com/ros/rosdistro/master/ros.key -o /usr/share/keyrings/ros-archive-keyring.gpg' returned a non-zero code: 77",
        host="raw.githubusercontent.com", also_ok=["connectivity.untrusted_certificate"],
        note="the image's curl has no CA bundle to verify with; the reporter: a repository commit 'forces SSL and it fails', and reverting that Dockerfile change fixed the build, the build's own doing, not GitHub's"),
]
