"""Dev-set entries, batch 44 (the package managers the set has few of, in CI. Rust: crates.io's download endpoint
answering Heroku's 503 during a deploy, Fastly's Varnish refusing a crate file and an index entry too large to cache,
the sparse index timing out on GitHub Actions, static.crates.io resetting TLS handshakes, an index that lists a version
whose file was never stored; the build's own: yanked crates (a canary built against a yanked release, cargo install
without a lockfile, an application crate with no Cargo.lock, cargo-chef yanked outright, a lock pinning a yanked
version) and a git dependency whose URL carries a misspelt user name. Ruby: RubyGems' DNS timeouts on Travis, the
Fastly outage of June 2021 seen by Bundler and by gem, a gem yanked under a lock file, a private gem source without
credentials. PHP: repo.packagist.org's 502, GitHub's zipball API timing out for cloud IPs and reporting a 0 calls/hr
limit, a dev branch removed upstream, a package renamed. SwiftPM: a binary target's download timing out, a GitHub
release asset stalling until the job limit, repositories not yet published. CocoaPods: Cloudflare's WAF answering 403
for cdn.cocoapods.org, jsDelivr's 429. Dart and Flutter: pub's 502 and 500, a DNS failure for storage.googleapis.com,
a package name that does not exist read as "server unavailable". Haskell: a Hackage mirror's 503, Casa timing out.
Elixir: repo.hex.pm timing out from one network, Hex's CDN lagging a release, a private organization package without
auth. conda: a stale channel index on the CDN, conda.anaconda.org's 502 and HTTP 000 (once passing on a retry, once
not), a misspelt channel). `err` is verbatim from the source (a GitHub thread found with the search tool's `issues`
corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks, the link markup GitHub wraps
around a backticked URL) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a
quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Hosts follow the
README's strict rule: a host is given only where a line of the log names it for the failing call; an inferred one goes
in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"ArturKovacs/emulsion#150", "kata-containers/kata-containers#5863", "ostreedev/ostree#2792",
         "cargo-bins/cargo-quickinstall#153", "rust-lang/cargo#15304", "cook-md/editor#56",
         "opendatacube/datacube-core#1753", "Shopify/polaris-tokens#27"}

B = Batch(PULLS)
cargo = B.family("net_cargo")
gem = B.family("net_gem")
composer = B.family("net_composer")
spm = B.family("net_spm")
pods = B.family("net_pods")
pub = B.family("net_pub")
hackage = B.family("net_hackage")
hex_ = B.family("net_hex")
conda = B.family("net_conda")
bld = B.build_in

CRATES = ["crates.io", "static.crates.io"]
MISSING = "build.package_version_missing"

E = [
    # --- crates.io: 5xx from the download endpoint and the CDN ------------------------------------------------------
    cargo("rust-lang/crates.io#6385", "connectivity", "connectivity.package_mirror", True, "service", "crates.io",
          "Downloading crates ...\nwarning: spurious network error (2 tries remaining): failed to get successful HTTP response from `https://crates.io/api/v1/crates/ahash/0.7.6/download`, got 503\nbody:\n<!DOCTYPE html>",
          cmd="cargo build", host_alt=["static.crates.io"], also_ok=["connectivity.request_failed"],
          note="Heroku's 'Application Error' page from crates.io's download endpoint in GitHub Actions and Buildkite that day; the maintainer's best guess: a deploy restarting the dynos; 'A retry seems to work' (the link markup GitHub wrapped around the backticked URL dropped)"),
    cargo("rust-lang/crates.io#6028", "connectivity", "connectivity.package_mirror", False, "service", "static.crates.io",
          "error: failed to download from `https://crates.io/api/v1/crates/lindera-ko-dic/0.17.0/download`\n\nCaused by:\n  failed to get successful HTTP response from `https://static.crates.io/crates/lindera-ko-dic/lindera-ko-dic-0.17.0.crate`, got 503\n  body:\n\n  <?xml version=\"1.0\" encoding=\"utf-8\"?>\n  <!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"\n   \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n  <html>\n    <head>\n      <title>503 Response object too large</title>",
          cmd="cargo build --release", host_alt=["crates.io"], also_ok=["connectivity.request_failed"],
          note="pagefind's GitHub Actions build hits it 'fairly reliably' for one large crate: Fastly's Varnish refuses to pass an object that big (error 54113, 'Response object too large'); a CDN limit on crates.io's side that the same download meets again (the link markup around the backticked URLs dropped)"),
    cargo("rust-lang/crates.io#12484", "connectivity", "connectivity.package_mirror", False, "service", "index.crates.io",
          "#17 2.085 Caused by:\n#17 2.085   download of go/og/google-api-proto failed\n#17 2.085\n#17 2.085 Caused by:\n#17 2.085   failed to get successful HTTP response from `https://index.crates.io/go/og/google-api-proto` (151.101.1.91), got 503\n#17 2.085   debug headers:\n#17 2.085   x-served-by: cache-iad-kiad7000066-IAD\n#17 2.085   x-cache: MISS",
          cmd="docker build .", host_alt=["151.101.1.91"], also_ok=["connectivity.request_failed"],
          note="the sparse-index file of google-api-proto outgrew what the CDN's Varnish will cache ('Error 503 Response object too large'); every build resolving that crate fails the same way until crates.io changes the index or the CDN (reported twice that day, #12482 too)"),
    cargo("rust-lang/crates.io#1458", "connectivity", "connectivity.index_inconsistent", False, "service", "crates.io",
          "    Updating registry `https://github.com/rust-lang/crates.io-index`\n Downloading linux_l6470 v0.1.1\nerror: unable to get packages from source\n\nCaused by:\n  failed to get 200 response from `https://crates.io/api/v1/crates/linux_l6470/0.1.1/download`, got 404",
          cmd="cargo build", also_ok=["build.download_not_found", MISSING, "connectivity.mirror_out_of_sync"],
          note="the index lists linux_l6470 0.1.1 but crates.io never stored its file (not on S3 either; a maintainer suspects a server reboot mid-publish), so every resolution to that version 404s; 'it's not your fault' to the crate's author (the progress padding after two lines trimmed)"),
    # --- crates.io: timeouts and resets -----------------------------------------------------------------------------
    cargo("rust-lang/simpleinfra#341", "connectivity", "connectivity.timeout", True, "service", "index.crates.io",
          "    Updating crates.io index\nwarning: spurious network error (3 tries remaining): [28] Timeout was reached (Operation too slow. Less than 10 bytes/sec transferred the last 30 seconds)\nwarning: spurious network error (2 tries remaining): [28] Timeout was reached (Operation too slow. Less than 10 bytes/sec transferred the last 30 seconds)\nwarning: spurious network error (1 tries remaining): [28] Timeout was reached (Operation too slow. Less than 10 bytes/sec transferred the last 30 seconds)\nerror: failed to get `syn` as a dependency of package `serde_derive v1.0.183`\n    ... which satisfies dependency `serde_derive = \"=1.0.183\"` of package `serde v1.0.183`\n    ... which satisfies dependency `serde = \"^1.0\"` of package `backtrace v0.3.68 (D:\\a\\backtrace-rs\\backtrace-rs)`\n    ... which satisfies path dependency `backtrace` of package `cpp_smoke_test v0.1.0 (D:\\a\\backtrace-rs\\backtrace-rs\\crates\\cpp_smoke_test)`\n\nCaused by:\n  failed to query replaced source registry `crates-io`\n\nCaused by:\n  download of 3/s/syn failed\n\nCaused by:\n  failed to download from https://index.crates.io/3/s/syn",
          cmd="cargo build", also_ok=["connectivity.client_timeout"],
          note="the Rust infra team's issue for Zulip reports: GitHub Actions jobs (here backtrace-rs on Windows) now and then find the sparse index's CDN too slow and cargo gives up; spurious, not the projects'"),
    cargo("ArturKovacs/emulsion#150", "connectivity", "connectivity.timeout", True, "service", "crates.io",
          "warning: spurious network error (1 tries remaining): [28] Timeout was reached (download of `autocfg v0.1.7` failed to transfer more than 10 bytes in 30s)\nwarning: spurious network error (1 tries remaining): [28] Timeout was reached (failed to download any data for `khronos_api v3.1.0` within 30s)\nerror: failed to download from `https://crates.io/api/v1/crates/khronos_api/3.1.0/download`\n\nCaused by:\n  [28] Timeout was reached (download of `khronos_api v3.1.0` failed to transfer more than 10 bytes in 30s)\n##[error]Process completed with exit code 101.",
          cmd="cargo build", raw_is_log=True, host_alt=["static.crates.io"], also_ok=["connectivity.client_timeout"],
          note="a PR's GitHub Actions run; the author: 'I have no idea why this failed. Retriggering build' and 'take your time ... I'll try again later' (crate downloads stalling, nothing in the change)"),
    cargo("kata-containers/kata-containers#5863", "connectivity", "connectivity.reset", True, "service", "static.crates.io:443",
          "14:20:00  Downloading crates ...\n14:21:08 warning: spurious network error (2 tries remaining): [35] SSL connect error (OpenSSL SSL_connect: Connection reset by peer in connection to static.crates.io:443 )\n14:21:09 warning: spurious network error (2 tries remaining): [35] SSL connect error (OpenSSL SSL_connect: Connection reset by peer in connection to static.crates.io:443 )",
          cmd="cargo build --release", host_alt=["static.crates.io"], also_ok=["connectivity.tls_failed"],
          note="kata's Jenkins jobs for a PR that only reworks TDX configuration files: the TLS handshakes to crates.io's download CDN reset for a batch of crates at once; a network blip unrelated to the change (the same resets are quoted on #5855, another of kata's CI runs)"),
    # --- RubyGems ---------------------------------------------------------------------------------------------------
    gem("two-pack/redmine_xls_export#106", "dns", "dns.timeout", True, "service", "rubygems.org",
        "Installing activesupport 4.2.8\nGem::RemoteFetcher::UnknownHostError: timed out\n(https://rubygems.org/gems/nokogiri-1.7.1.gem)\nAn error occurred while installing nokogiri (1.7.1), and Bundler\ncannot continue.\nMake sure that `gem install nokogiri -v '1.7.1'` succeeds before bundling.",
        cmd="bundle install", also_ok=["connectivity.timeout", "dns.resolve_failed"],
        note="Travis CI on 2017-03-20, the day other projects' Travis builds failed the same way (travis-ci/travis-ci#7499): RubyGems' UnknownHostError 'timed out' is the name lookup timing out; 'NOT this plugin bug', fixed by retrying bundle install"),
    gem("ruby/rubygems#4660", "connectivity", "connectivity.package_mirror", True, "service", "rubygems.org",
        "Fetching source index from https://rubygems.org/\n\nRetrying fetcher due to error (2/4): Bundler::HTTPError Could not fetch specs from https://rubygems.org/ due to underlying error <bad response Gateway Error 502 (https://rubygems.org/specs.4.8.gz)>\n\nRetrying fetcher due to error (3/4): Bundler::HTTPError Could not fetch specs from https://rubygems.org/ due to underlying error <bad response Service Unavailable 503 (https://rubygems.org/specs.4.8.gz)>\n\nRetrying fetcher due to error (4/4): Bundler::HTTPError Could not fetch specs from https://rubygems.org/ due to underlying error <bad response Service Unavailable 503 (https://rubygems.org/specs.4.8.gz)>\n\nCould not fetch specs from https://rubygems.org/ due to underlying error <bad response Service Not Found 500\n(https://rubygems.org/specs.4.8.gz)>",
        cmd="bundle install", also_ok=["connectivity.request_failed"],
        note="2021-06-08, the Fastly outage that took rubygems.org down for a while (the maintainers' answer on #4659 and #4661 the same day); the thread itself is about Bundler's error template around these lines"),
    gem("ruby/rubygems#4661", "connectivity", "connectivity.package_mirror", True, "service", "rubygems.org",
        "ERROR:  Could not find a valid gem 'bundler' (= 2.1.2), here is why:\n          Unable to download data from https://rubygems.org/ - bad response Service Not Found 500 (https://rubygems.org/specs.4.8.gz)",
        cmd="gem install bundler -v 2.1.2", also_ok=["connectivity.request_failed"],
        note="on Bitrise: not a missing bundler version; the maintainer: 'Rubygems.org was down for a while due to a third party issue with Fastly ... it should be ok now'"),
    # --- Packagist and GitHub's API under Composer ------------------------------------------------------------------
    composer("composer/composer#9810", "connectivity", "connectivity.package_mirror", True, "service", "repo.packagist.org",
             "Loading composer repositories with package information\nhttps://repo.packagist.org could not be fully loaded (The \"https://repo.packagist.org/p2/php-http/async-client-implementation.json\" file could not be downloaded (HTTP/2 502 )), package information was loaded from the local cache and may be out of date\n\nInstallation failed, reverting ./composer.json and ./composer.lock to their original content.\n\n\n  [Composer\\Downloader\\TransportException]\n  The \"https://repo.packagist.org/p2/php-http/async-client-implementation.json\" file could not be downloaded (HTTP/2 502 )",
             cmd="composer require spatie/laravel-responsecache",
             note="repo.packagist.org's nginx answering 502; 'All working again' the next day, and Seldaek found the problem in Packagist's mirroring infrastructure"),
    composer("php-fig/clock#15", "github", "github.rate_limited", False, "service", "api.github.com",
             "Failed to download psr/clock from dist: curl error 28 while downloading https://api.github.com/repos/php-fig/clock/zipball/e41a24703d4560fd0acb709162f73b8adfc3aa0d: SSL connection timeout",
             cmd="composer install", also_ok=["connectivity.tls_handshake_timeout", "github.api_rate_limited", "connectivity.timeout"],
             note="a Docker build fetching dist zipballs from GitHub's API anonymously: a maintainer: 'This kind of issue often arises on Amazon. There are so many requests coming from Amazon that ...' (GitHub limiting anonymous traffic from cloud IPs); the working fix is a GitHub OAuth token for Composer, not a re-run"),
    composer("composer/composer#8710", "github", "github.api_rate_limited", True, "service", "api.github.com",
             "GitHub API limit (0 calls/hr) is exhausted, could not fetch https://api.github.com/repos/Ocramius/PackageVersions/zipball/44af6f3a2e2e04f2af46bcb302ad9600cba41c7d. Create a GitHub OAuth token to go over the API rate limit. You can also wait until ? for the rate limit to reset.",
             cmd="composer install", also_ok=["github.rate_limited", "github.outage"],
             note="March 2020: CI everywhere saw GitHub's API claim a limit of 0 calls/hr with no reset time; 'it definitely looks like it was an issue with GitHub and not Composer' and 'everything is back to normal' the next day for most (--prefer-source as the stopgap)"),
    # --- SwiftPM ----------------------------------------------------------------------------------------------------
    spm("pendo-io/pendo-mobile-sdk#284", "connectivity", "connectivity.timeout", True, "service", "software.mobile.pendo.io",
        "xcodebuild: error: Could not resolve package dependencies:\nfailed downloading 'https://software.mobile.pendo.io/artifactory/ios-sdk-release/3.8.1.9936/pendo-ios-sdk-xcframework.3.8.1.9936.zip' which is required by binary target 'Pendo': downloadError(\"The request timed out.\")",
        cmd="xcodebuild -resolvePackageDependencies", also_ok=["connectivity.client_timeout"],
        note="about 10% of Xcode Cloud runs: the vendor's Artifactory times out serving the binary target; 'Running another build after this one is usually resolving fine'"),
    spm("cook-md/editor#56", "github", "github.download_stalled", True, "service", None,
        "Resolve Package Graph\nFetching from https://github.com/cooklang/cooklang-rs\nChecking out 0.18.7 of package 'cooklang-rs'",
        cmd="bash macos/scripts/build-quicklook.sh", raw_is_log=True,
        tail=["##[error]The operation was canceled.", "Terminate orphan process: pid (35579) (xcodebuild)"],
        host_alt=["github.com", "objects.githubusercontent.com"], also_ok=["connectivity.timeout", "build.job_timeout"],
        note="both macOS release jobs hung 5h47m until the 6-hour limit: SwiftPM's download of a ~26 MB binary xcframework from GitHub release assets stalled and has no timeout; 'This is transient, not a config bug', the same step took 1m44s the release before (the PR's own '5h47m silence' marker between these lines and the two tail lines left out)"),
    # --- CocoaPods --------------------------------------------------------------------------------------------------
    pods("CocoaPods/CocoaPods#11355", "connectivity", "connectivity.cdn_blocked", True, "service", "cdn.cocoapods.org",
         "[!] CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/Specs/8/e/5/WPMediaPicker/1.8.4-beta.1/WPMediaPicker.podspec.json Response: 403 <!DOCTYPE html>",
         cmd="pod install", also_ok=["connectivity.package_mirror", "connectivity.rate_limited"],
         note="Bitrise, Azure DevOps and local pod installs alike while curl got through; orta: Cloudflare thought the CDN was being DDoS'd, and he relaxed rules that were over-triggering on the client's headers"),
    pods("CocoaPods/CocoaPods#10078", "connectivity", "connectivity.rate_limited", True, "service", "cdn.jsdelivr.net",
         "CDN: trunk URL couldn't be downloaded: https://cdn.jsdelivr.net/cocoa/Specs/c/3/2/GooglePlaces/1.0.4/GooglePlaces.podspec.json Response: 429 429: Too Many Requests\nCDN: trunk URL couldn't be downloaded: https://cdn.jsdelivr.net/cocoa/Specs/d/1/8/CocoaLumberjack/1.3.3/CocoaLumberjack.podspec.json Response: 429 429: Too Many Requests",
         cmd="pod install", also_ok=["connectivity.package_mirror"],
         note="'Intermittent CDN issues': the trunk's jsDelivr mirror rate-limiting podspec fetches, 'increasing amount of those lately'; switching to the git Specs repo only sidesteps it"),
    # --- pub and Flutter's downloads --------------------------------------------------------------------------------
    pub("flutter/flutter#79019", "connectivity", "connectivity.package_mirror", True, "service", "pub.dartlang.org",
        "502 Bad Gateway trying to find package cupertino_icons at https://pub.dartlang.org.\npub get failed (server unavailable) -- attempting retry 1 in 1 second...\n502 Bad Gateway trying to find package cupertino_icons at https://pub.dartlang.org.\npub get failed (server unavailable) -- attempting retry 2 in 2 seconds...",
        cmd="flutter create pub_get_test", also_ok=["connectivity.request_failed"],
        note="'It seems the server that hosts Flutter packages is offline': pub's front end answering 502 for every package; closed into #79017, the tracking issue for that outage"),
    pub("dart-lang/pub-dev#2545", "connectivity", "connectivity.package_mirror", True, "service", "pub.dartlang.org",
        "HTTP error 500: Internal Server Error at https://pub.dartlang.org/api/packages/image_picker.\n\nThis is likely a transient error. Please try again later.\npub get failed (1)\nexit code 1",
        cmd="flutter packages get",
        note="a maintainer: the site received far more traffic than anticipated; more resources were allocated (a capacity incident on pub's side)"),
    pub("flutter/flutter#16545", "dns", "dns.resolve_failed", True, "local", "storage.googleapis.com",
        "SocketException: SocketException: Failed host lookup: 'storage.googleapis.com' (OS Error: nodename nor servname provided, or not known, errno = 8)",
        also_ok=["dns.no_such_host", "dns.temporary_failure"],
        note="filed by a Flutter maintainer as 'Crash when downloading on bad network': the machine's own network could not resolve the bucket the tool downloads engine artifacts from; the issue is about the tool crashing instead of reporting it"),
    # --- Hackage and Stack ------------------------------------------------------------------------------------------
    hackage("haskell-hvr/hslogger#72", "connectivity", "connectivity.package_mirror", True, "service", "objects-us-east-1.dream.io",
            "Error: cabal: Failed to download hslogger-1.3.1.1 (which is required by\nexe:haskell-debug-adapter from haskell-debug-adapter-0.0.39.0). The exception\nwas:\nUnexpected response 503 for\nhttp://objects-us-east-1.dream.io/hackage-mirror/package/hslogger-1.3.1.1.tar.gz",
            cmd="cabal install haskell-debug-adapter", also_ok=["connectivity.request_failed"],
            note="cabal fetched the tarball from a third-party Hackage mirror (DreamHost's object store) that answered 503; nothing in hslogger, and the issue drew no reply"),
    hackage("commercialhaskell/stack#5387", "connectivity", "connectivity.timeout", True, "service", "casa.fpcomplete.com",
            "HttpExceptionRequest Request {\n  host                 = \"casa.fpcomplete.com\"\n  port                 = 443\n  secure               = True\n  requestHeaders       = []\n  path                 = \"/v1/pull\"\n  queryString          = \"\"\n  method               = \"POST\"\n  proxy                = Nothing\n  rawBody              = False\n  redirectCount        = 10\n  responseTimeout      = ResponseTimeoutDefault\n  requestVersion       = HTTP/1.1\n}\n ConnectionTimeout",
            cmd="stack build", also_ok=["connectivity.client_timeout"],
            note="CI on CentOS and macOS, others the same days ('seeing this intermittently ... CircleCI succeeded before and after that'): Casa, Stack's content-addressed package store, timing out mid-build"),
    # --- Hex --------------------------------------------------------------------------------------------------------
    hex_("hexpm/hex#717", "connectivity", "connectivity.timeout", False, "local", "repo.hex.pm",
         "Request failed (:timeout)\nIf this happens consistently, adjust your concurrency and timeout settings:\n\n    HEX_HTTP_CONCURRENCY=1 HEX_HTTP_TIMEOUT=120 mix deps.get\n** (Mix) Package fetch failed and no cached copy available (https://repo.hex.pm/tarballs/tzdata-1.0.0.tar)",
         cmd="mix deps.get", also_ok=["connectivity.client_timeout"],
         note="the maintainer: timeouts are 'likely a network issue', none reported from good connections; the reporter's fix was a regional Hex mirror (hex.pm/docs/mirrors): the path from that network to repo.hex.pm, not a blip"),
    hex_("phoenixframework/phoenix#4792", "connectivity", "connectivity.mirror_out_of_sync", True, "service", None,
         "** (Mix) No matching version for phoenix ~> 1.6.7 (from: mix.exs) in registry\n\nThe latest version is: 1.6.6",
         cmd="mix deps.get", host_alt=["repo.hex.pm"], also_ok=[MISSING],
         note="phoenix 1.6.7 had just been published and showed on hex.pm, yet the registry Mix read still ended at 1.6.6; Chris McCord: 'the third person that has reported this over the last few hours ... This seems like a hex CDN issue'"),
    # --- conda channels ---------------------------------------------------------------------------------------------
    conda("conda/conda#7767", "connectivity", "connectivity.mirror_out_of_sync", True, "service", None,
          "+conda install --yes --quiet python=3.6 conda=4.5.11 conda-build=3.14.2\nSolving environment: ...working... failed\nPackagesNotFoundError: The following packages are not available from current channels:\n  - conda-build=3.14.2\nCurrent channels:\n  - https://repo.anaconda.com/pkgs/main/linux-64\n  - https://repo.anaconda.com/pkgs/main/noarch",
          host_alt=["repo.anaconda.com"], also_ok=[MISSING, "connectivity.package_mirror"],
          note="about 15% of Bokeh's Travis jobs, and Anaconda-internal users too: conda-build 3.14.2 is on defaults, yet some fetches of the channel index lack it (an index copy out of date at the CDN); intermittent, later runs pass"),
    conda("conda/conda#13138", "connectivity", "connectivity.package_mirror", True, "service", "conda.anaconda.org",
          "CondaHTTPError: HTTP 502 BAD GATEWAY for url <https://conda.anaconda.org/conda-forge/linux-64/pthread-stubs-0.4-h36c2ea0_1001.tar.bz2>",
          cmd="conda env create --file environment.yml", also_ok=["connectivity.request_failed"],
          note="a matrix of 24 GitHub Actions jobs with about a quarter failing, for varying packages: the channel's CDN answering 502 now and then; the reporter added caching to ride it out (blockquote marker dropped)"),
    conda("conda-forge/status#202", "connectivity", "connectivity.request_failed", False, "service", "conda.anaconda.org",
          "Collecting package metadata (repodata.json): ...working... failed\n\nCondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.anaconda.org/conda-forge/noarch/repodata.json>\nElapsed: -\n\nAn HTTP error occurred when trying to retrieve this URL.\nHTTP errors are often intermittent, and a simple retry will get you on your way.\n'https//conda.anaconda.org/conda-forge/noarch'",
          cmd="conda env create --file environment.yml", also_ok=["connectivity.unreachable", "connectivity.reset", "connectivity.timeout"],
          note="conda-forge's status page marked it degraded performance (upstream conda/infrastructure#1254, December 2025): on the Windows and CentOS runners 'It is not intermittent -- repeated retries run into this same error', while ubuntu-22.04 passed"),
    conda("opendatacube/datacube-core#1753", "connectivity", "connectivity.request_failed", True, "service", "conda.anaconda.org",
          "CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.anaconda.org/conda-forge/linux-64/repodata.json>\nElapsed: -\n\nAn HTTP error occurred when trying to retrieve this URL. HTTP errors are often intermittent, and a simple retry will get you on your way.",
          cmd="conda env update --file conda-environment.yml", also_ok=["connectivity.unreachable", "connectivity.reset"],
          note="setup-miniconda in GitHub Actions failing 'intermittently'; the PR simply runs the action again when the first attempt fails ('crude, but the mechanism works')"),
    # --- the build's own: crates that are yanked or misnamed ---------------------------------------------------------
    bld("net_cargo", "awslabs/aws-sdk-rust#1007", MISSING,
        "error: failed to select a version for the requirement `aws-config = \"^1.1.0\"`\ncandidate versions found which didn't match: 1.0.3, 1.0.1, 1.0.0, ...\nlocation searched: crates.io index\nrequired by package `aws-sdk-rust-lambda-canary v0.1.0 (/home/runner/work/aws-sdk-rust/aws-sdk-rust/smithy-rs/tools/ci-cdk/canary-lambda)`\nperhaps a crate was updated and forgotten to be re-vendored?",
        cmd="cargo build", also_ok=["build.package_not_found"],
        note="the SDK team yanked release-2023-12-12 and the canary still built against it, so aws-config 1.1.0 is no longer selectable; the canary has to skip yanked releases (the '...' is cargo's own)"),
    bld("net_cargo", "cargo-generate/cargo-generate#1468", MISSING,
        "Caused by:\n  failed to select a version for the requirement `cargo-util-schemas = \"~0.7.3\"`\n    version 0.7.3 is yanked\n  location searched: crates.io index\n  required by package `cargo-generate v0.23.2`",
        cmd="cargo install cargo-generate", also_ok=["build.package_not_found"],
        note="cargo-util-schemas 0.7.3 was yanked and cargo install resolves afresh without the lock file, so it fails until a release with a new requirement (or --locked)"),
    bld("net_cargo", "ostreedev/ostree#2792", MISSING,
        "error: failed to select a version for the requirement `hyper-staticfile = \"^0.6.0\"`\ncandidate versions found which didn't match: 0.9.2\nlocation searched: crates.io index\nrequired by package `ostree-test v0.1.0 (/__w/ostree/ostree/tests/inst)`\nError: Process completed with exit code 101.",
        cmd="cd tests/inst && cargo build --verbose --release", raw_is_log=True, also_ok=["build.lockfile_outdated"],
        note="hyper-staticfile yanked all its older versions and the test crate, an application, commits no Cargo.lock: 'you can commit it and the yanked library will work again', or update the dependency"),
    bld("net_cargo", "cargo-bins/cargo-quickinstall#153", MISSING,
        "error: cannot install package `cargo-chef`, it has been yanked from registry `crates-io`",
        cmd="cargo install cargo-chef", also_ok=["build.package_not_found"],
        note="the newest cargo-chef version was yanked and the build asked for the latest; the PR makes it pick a version that is not yanked"),
    bld("net_cargo", "mozilla/cargo-vet#46", MISSING,
        "    Updating crates.io index\nerror: failed to select a version for the requirement `crossbeam-utils = \"=0.8.6\"`\ncandidate versions found which didn't match: 0.8.8, 0.8.7, 0.7.2, ...\nlocation searched: crates.io index\nrequired by package `diff v0.1.0 (/private/var/folders/15/XXX/T/cargo-vet-checkout/diff)`",
        cmd="cargo vet", also_ok=["build.lockfile_outdated"],
        note="mozilla-central's Cargo.lock pins crossbeam-utils 0.8.6, since yanked; cargo vet's checkout asks for exactly that version and cannot have it (the tool then learned to skip such a dependency); 'XXX' is the reporter's masking"),
    bld("net_cargo", "rust-lang/cargo#15304", "build.repository_missing",
        "error: failed to load source for dependency `fontdue`\n\nCaused by:\n  Unable to update https://github.com/xiphseer/fontdue.git?rev=67b963af0d5ca9e09bfeb0b5a9adf85c302d0a67\n\nCaused by:\n  failed to fetch into: /home/daniel/.local/share/cargo/git/db/fontdue-4d0b06b88bb2e092\n\nCaused by:\n  revision 67b963af0d5ca9e09bfeb0b5a9adf85c302d0a67 not found\n\nCaused by:\n  failed to authenticate when downloading repository\n\n  * attempted to find username/password via git's `credential.helper` support, but failed\n\n  if the git CLI succeeds then `net.git-fetch-with-cli` may help here\n  https://doc.rust-lang.org/cargo/reference/config.html#netgit-fetch-with-cli\n\nCaused by:\n  failed to acquire username/password from local configuration",
        host="github.com", cmd="cargo build", also_ok=["credentials.git_auth", "credentials.missing"],
        note="the author 'had just typo'ed my own GitHub username' in the git dependency's URL; GitHub answers a missing repository by asking for credentials, so cargo reports an authentication failure; the PR documents wrong URLs as a cause"),
    # --- the build's own: gems, Composer packages, pods and pubs ------------------------------------------------------
    bld("net_gem", "ASCTech/mooculus#56", MISSING,
        "Fetching source index from https://rubygems.org/\nCould not find newrelic_rpm-3.5.6.46 in any of the sources",
        cmd="bundle install", host_alt=["rubygems.org"], also_ok=["build.lockfile_outdated", "build.package_not_found"],
        note="Gemfile.lock pins newrelic_rpm 3.5.6.46, a version yanked from rubygems.org; bundle install fails until the lock moves to another version (blockquote markers dropped)"),
    B.entry("net_gem", "Shopify/polaris-tokens#27", "credentials", "credentials.missing", False, "build", "packages.shopify.io",
            "Authentication is required for packages.shopify.io.\nPlease supply credentials for this source. You can do this by running:\n bundle config packages.shopify.io username:password",
            cmd="bundle install", also_ok=["credentials.unauthorized"],
            note="the repository's private packagecloud gem source gets no (or no current) credentials in that checkout; the suggested fix is refreshing the token with `dev up`, never a re-run"),
    bld("net_composer", "cocur/domain#8", MISSING,
        "Loading composer repositories with package information\nUpdating dependencies (including require-dev)\nYour requirements could not be resolved to an installable set of packages.\n\n  Problem 1\n    - The requested package satooshi/php-coveralls dev-master exists as satooshi/php-coveralls[0.1.0, 0.2.0, 0.3.0, 0.3.1, 0.3.2, 0.4.0, 0.5.0, 1.0.x-dev, 1.1.x-dev, 2.0.x-dev, v0.6.0, v0.6.1, v0.7.0, v0.7.1, v1.0.0, v1.0.1, v1.0.2, v1.1.0, v2.0.0] but these are rejected by your constraint.",
        cmd="composer install", also_ok=["build.package_not_found"],
        note="the project required the coveralls package's dev-master, which its author removed; the maintainer dropped the integration and 'it should build fine now'"),
    bld("net_composer", "CORE-POS/IS4C#444", "build.package_not_found",
        "Your requirements could not be resolved to an installable set of packages.\n\nProblem 1\n- The requested package gohanman/sql-manager could not be found in any version, there may be a typo in the package name.",
        cmd="composer update", also_ok=[MISSING],
        note="'Yep. The package name changed and I forgot to update the composer file': composer.json still named the package's old name (blockquote markers dropped, and with them the indentation Markdown swallowed)"),
    bld("net_spm", "swiyu-admin-ch/eidch-ios-wallet#1", "build.repository_missing",
        "git@github.com:e-id-admin/didresolver-swift.git: The remote repository could not be accessed. Make sure a valid repository exists at the specified location and that the correct credentials have been supplied.",
        host="github.com", cmd="xcodebuild -resolvePackageDependencies", also_ok=["credentials.git_auth", "credentials.missing"],
        note="the wallet's package graph names dependencies whose repositories were not yet public ('still under construction', published two weeks later); no credential or re-run on the reporter's side could fetch them (backticks around the URL dropped)"),
    bld("net_pub", "dart-lang/pub-dev#4849", "build.package_not_found",
        "Because getxarguments depends on getx any which doesn't exist (could not find package getx at https://pub.dartlang.org), version solving failed.\npub get failed (server unavailable) -- attempting retry 1 in 1 second...\nBecause getxarguments depends on getx any which doesn't exist (could not find package getx at https://pub.dartlang.org), version solving failed.\npub get failed (server unavailable) -- attempting retry 2 in 2 seconds...",
        host="pub.dartlang.org", cmd="flutter pub get", also_ok=["connectivity.package_mirror"],
        note="titled 'pub.dev seems down', but pub answered: no package is named getx (GetX is published as get); the Flutter tool's 'server unavailable' retry loop repeats the same failed resolution, so no re-run helps"),
    # --- the build's own: conda channels and Hex organizations --------------------------------------------------------
    bld("net_conda", "conda/conda#7792", "build.repository_missing",
        "CondaHTTPError: HTTP 404 NOT FOUND for url <https://conda.anaconda.org/deafutlts/noarch/repodata.json>\nElapsed: 00:00.352245\nCF-RAY: 45d82483fb412270-LAX\n\nThe remote server could not find the noarch directory for the\nrequested channel with url: https://conda.anaconda.org/deafutlts",
        host="conda.anaconda.org", cmd="conda install salmon", also_ok=["build.package_not_found"],
        note="the configured channels include 'deafutlts', a misspelt defaults, which conda looks up as a user channel on anaconda.org and finds missing (backtick dropped)"),
    B.entry("net_hex", "renovatebot/renovate#20717", "credentials", "credentials.missing", False, "build", None,
            "Failed to fetch record for hexpm:my_org/the_private_package from registry (using cache instead)\nThis could be because the package does not exist, it was spelled incorrectly or you don't have permissions to it\n** (Mix) Unknown package the_private_package in lockfile",
            cmd="mix deps.update ex_doc", host_alt=["repo.hex.pm"], also_ok=["build.package_not_found", "credentials.unauthorized"],
            note="a repository depending on a private hex.pm organization package: Renovate runs mix without the organization's key unless that package itself is being updated; reproduced by removing ~/.hex ('my_org' and the package name are the reporter's placeholders)"),
]
