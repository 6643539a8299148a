"""Dev-set entries, batch 55 (package managers inside Dockerfile RUN steps and CI steps, in wordings earlier batches
did not use, the infrastructure's failures beside the build's own. apt reaching deb.debian.org and an Azure Ubuntu
mirror with `Could not connect to ... connection timed out`, a Hash Sum mismatch from a mirror caught mid-sync, a CDN
answering `503  Service Temporarily Unavailable` to the official-images builds, Release files `not valid yet` for a
Docker VM whose clock drifted; apk's `temporary error (try again later)` with its `No such file or directory` index
warnings, from the CDN and from a broken Docker network; dnf's Rocky mirrorlist answering 503 and librepo's
`Curl code (28)` on a slow Fedora mirror; pip's 503 `No healthy backends`, PyPI's 502s surfacing as `Could not find
a version that satisfies`, pip-audit's `Backend is unhealthy`, uv timing out on pypi.org; npm's E404 for packages that
exist during two registry incidents, 502s on Travis and CircleCI, yarn's 503 and ETIMEDOUT, pnpm's self-installer
refused with a 403; rubygems.org timing out under Cloud Build and Shippable; Maven Central timing out and resetting
connections; the Gradle wrapper's distribution download timing out. The build's own: Debian 9 and CentOS 6 retired
from their mirrors, apt lists a layer never refreshed, apt and apk pins the distributions dropped, pip told to install
a package named `install`, a requirements file whose hashes were cut, a pnpm lockfile written against another
registry's tarball paths, a dependency that pulls an unpublished tarball, pnpm/action-setup@v2 broken by a newer
pnpm, Alpine edge re-signed past an image's keys, a release asset that was removed, a Gradle wrapper still on http,
a locked gem whose file the CDN no longer serves). `err` is verbatim from the source (a GitHub thread found with the
search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, inline backticks, the
link markup GitHub put around a host, a code block's four-space indent) only that markup was dropped and the trailing
blanks of a padded line trimmed, never a word of the log; where a quote runs on into the reporter's own words or is
cut, the entry stops at the last whole log line. Hosts follow the README's strict rule: a host is given only where a
line of the log names it for the failing call; an inferred one goes in host_alt. Labels were set from the threads
before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"docker-library/official-images#3661", "bnnr-team/bnnr#292", "datastax/pulsar-heartbeat#49",
         "inovex/gitlab-ci-android#18", "ekino/docker-buildbox#440", "KatherLab/MediSwarm#387",
         "OTCv8/forgottenserver#6"}

B = Batch(PULLS)
loc = B.local()
apt = B.family("net_apt")
apk = B.family("net_apk")
rpm = B.family("net_rpm")
pip = B.family("net_pip")
npm = B.family("net_npm")
gem = B.family("net_gem")
mvn = B.family("net_maven")
gradle = B.family("net_gradle")

DEB = ["deb.debian.org", "security.debian.org"]
ALPINE_CDN = ["dl-cdn.alpinelinux.org"]
PYPI = ["pypi.org", "files.pythonhosted.org"]
CENTRAL = ["repo.maven.apache.org"]
EOL = "build.distro_eol"
PIN = "build.package_version_missing"
MIRROR = "connectivity.package_mirror"

E = [
    # --- apt: mirrors down, slow or mid-sync ----------------------------------------------------------------------------
    apt("medic/cht-core#9628", "connectivity", "connectivity.timeout", True, "service", "deb.debian.org",
        "39.58   Could not connect to deb.debian.org:80 (199.232.98.132), connection timed out",
        t="bk_raw", run="apt-get update", code=100, host_alt=["deb.debian.org:80", "199.232.98.132"],
        also_ok=["connectivity.connect_timeout", MIRROR],
        note="the compile job building the couchdb image on GitHub Actions: 'This will most likely resolve by itself, logging the issue for tracking failed builds', then 'Seems like it's fixed' the same day (blockquote marker and the link markup around the host dropped)"),
    apt("python-pillow/Pillow#4508", "connectivity", "connectivity.timeout", True, "service", "azure.archive.ubuntu.com",
        "Reading package lists...\nE: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/main/b/blt/tk8.6-blt2.5_2.5.3+dfsg-4_amd64.deb  Could not connect to azure.archive.ubuntu.com:80 (52.177.174.250), connection timed out",
        host_alt=["azure.archive.ubuntu.com:80", "52.177.174.250"], also_ok=["connectivity.connect_timeout", MIRROR],
        note="the 'Install Linux dependencies' step 'is failing intermittently with timeouts on GitHub Actions' against the runners' Azure Ubuntu mirror; restarting passes, the issue asks for a retry wrapper"),
    apt("hitlug/issues#52", "connectivity", "connectivity.index_inconsistent", True, "service", "mirrors.hit.edu.cn",
        "#0 7.628 Get:27 http://mirrors.hit.edu.cn/ubuntu jammy-updates/universe amd64 Packages [1131 kB]\n#0 7.878 Err:27 http://mirrors.hit.edu.cn/ubuntu jammy-updates/universe amd64 Packages\n#0 7.878   Hash Sum mismatch\n#0 7.878   Hashes of expected file:\n#0 7.878    - Filesize:1131003 [weak]\n#0 7.878    - SHA256:7c7eb7f4cf922f4f0c5f9c4e07b4350a719f0424d18935597dffb83e1c785032\n#0 7.878    - SHA1:c88f27f738cb370d37cac6318581f3ec3de6185c [weak]\n#0 7.878    - MD5Sum:510d4bc70751c3337ca47b7ba7d669e5 [weak]\n#0 7.878   Hashes of received file:\n#0 7.878    - SHA256:b20e33b99c7b18f4d2eec6876f421b1a963a5e012f1f0b7799063f42a50dc259\n#0 7.878    - SHA1:5523a9f022cd5f5ffca54ed88de2a2e09bab0aeb [weak]\n#0 7.878    - MD5Sum:4ada0503160add2291761ee979c6d3c4 [weak]\n#0 7.878    - Filesize:1131003 [weak]\n#0 7.878   Last modification reported: Wed, 15 Mar 2023 01:56:17 +0000\n#0 7.878   Release file created at: Wed, 15 Mar 2023 06:26:43 +0000",
        cmd="docker compose build", also_ok=[MIRROR],
        note="other mirrors worked; the mirror's maintainer: it is probably mid-sync, wait a while, and could not reproduce it the next day"),
    apt("docker-library/official-images#3661", "connectivity", MIRROR, True, "service", "deb.debian.org",
        "Err:197 http://deb.debian.org/debian stretch/main amd64 autoconf all 2.69-10\n  503  Service Temporarily Unavailable [IP: 54.192.142.195 80]\nGet:180 http://security.debian.org stretch/updates/main amd64 libmagickcore-6.q16-dev amd64 8:6.9.7.4+dfsg-11+deb9u1 [1091 kB]\nGet:198 http://deb.debian.org/debian stretch/main amd64 autotools-dev all 20161112.1 [73.4 kB]\nErr:199 http://deb.debian.org/debian stretch/main amd64 automake all 1:1.15-6\n  503  Service Temporarily Unavailable [IP: 54.192.142.195 80]",
        cmd="docker build -t buildpack-deps:stretch stretch", host_alt=["54.192.142.195"], also_ok=["connectivity.server_error"],
        note="the official-images maintainer quoting an update PR's test build: deb.debian.org's CDN edge answers 503 for package downloads mid-install, an upstream mirror failure rather than anything in the images' Dockerfiles"),
    # --- apt: the clock of the machine running the build -------------------------------------------------------------
    loc("docker/for-win#9785", "local.clock_skew", False,
        "#5 28.79 E: Release file for http://security.ubuntu.com/ubuntu/dists/bionic-security/InRelease is not valid yet (invalid for another 6h 26min 32s). Updates for this repository will not be applied.\n#5 28.79 E: Release file for http://archive.ubuntu.com/ubuntu/dists/bionic-updates/InRelease is not valid yet (invalid for another 6h 27min 14s). Updates for this repository will not be applied.",
        host="security.ubuntu.com", host_alt=["archive.ubuntu.com"], cmd="docker build .",
        note="Docker Desktop on Windows: every Release file is about six hours in the future for the engine VM's clock (closed stale); a rebuild fails the same until that clock is right (the quote's third, cut-off line left out)"),
    loc("Bioconductor/bioconductor_docker#5", "local.clock_skew", False,
        "Step 2/2 : RUN apt-get update -y\n ---> Running in 5a17e10abbf4\nGet:1 http://deb.debian.org/debian buster InRelease [122 kB]\nGet:2 http://security.debian.org/debian-security buster/updates InRelease [65.4 kB]\nGet:3 http://deb.debian.org/debian buster-updates InRelease [49.3 kB]\nGet:4 http://deb.debian.org/debian buster/main amd64 Packages [7,907 kB]\nReading package lists...\nE: Release file for http://security.debian.org/debian-security/dists/buster/updates/InRelease is not valid yet (invalid for another 6d 2h 55min 29s). Updates for this repository will not be applied.\nE: Release file for http://deb.debian.org/debian/dists/buster-updates/InRelease is not valid yet (invalid for another 7d 9h 38min 1s). Updates for this repository will not be applied.",
        host="security.debian.org", host_alt=["deb.debian.org"], cmd="docker build .",
        note="the reporter suspected the image's date; the answer: 'You only need to restart Docker, the date of the docker engine is' off, so the engine's clock is days behind, not the image or the mirrors"),
    # --- apk ------------------------------------------------------------------------------------------------------------
    apk("namespacelabs/foundation#60", "connectivity", MIRROR, True, "service", "dl-cdn.alpinelinux.org",
        "buildkit:2: WARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.14/main: temporary error (try again later)",
        also_ok=["connectivity.request_failed", "dns.temporary_failure"],
        note="titled 'apk adds fail unexpectedly in transient errors': a GitHub Actions run's BuildKit `apk add --no-cache bash` loses the main index once; the fix is retrying (only the one log line is quoted: the copy interleaves the page's line numbers)"),
    apk("docker/getting-started#36", "connectivity", MIRROR, True, "service", "dl-cdn.alpinelinux.org",
        "ERROR: http://dl-cdn.alpinelinux.org/alpine/v3.11/main: temporary error (try again later)",
        cmd="docker build --pull -t docker101tutorial .", also_ok=["connectivity.request_failed"],
        note="the tutorial's first build: 'then i tried again. it was successful'; the maintainer: 'Occasionally, alpine has issues with their webservers ... It's normally a temporary error. So, a rebuild' fixes it"),
    apk("gihad/streamer#4", "connectivity", MIRROR, True, "service", "dl-cdn.alpinelinux.org",
        "fetch http://dl-cdn.alpinelinux.org/alpine/v3.7/main/x86_64/APKINDEX.tar.gz\nERROR: http://dl-cdn.alpinelinux.org/alpine/v3.7/main: temporary error (try again later)\nWARNING: Ignoring APKINDEX.70c88391.tar.gz: No such file or directory\nfetch http://dl-cdn.alpinelinux.org/alpine/v3.7/community/x86_64/APKINDEX.tar.gz\nERROR: http://dl-cdn.alpinelinux.org/alpine/v3.7/community: temporary error (try again later)\nWARNING: Ignoring APKINDEX.5022a8a2.tar.gz: No such file or directory\nERROR: unsatisfiable constraints:\n  ffmpeg (missing):\n    required by: world[ffmpeg]\n  nginx (missing):\n    required by: world[nginx]\nThe command '/bin/sh -c apk add --update nginx ffmpeg && rm -rf /var/cache/apk/* && mkdir /tmp/stream' returned a non-zero code: 2",
        cmd="docker build . -t gihad/streamer", also_ok=["connectivity.request_failed", "build.package_not_found"],
        note="both index fetches fail, so apk then reports the packages 'missing' and the index files 'No such file or directory' (it never wrote them); the maintainer: 'Looks like a temporary network failure'"),
    loc("caicloud/event_exporter#21", "local.docker_network_broken", False,
        "WARNING: Ignoring http://dl-cdn.alpinelinux.org/alpine/v3.10/main/x86_64/APKINDEX.tar.gz: temporary error (try again later)\nWARNING: Ignoring http://dl-cdn.alpinelinux.org/alpine/v3.10/community/x86_64/APKINDEX.tar.gz: temporary error (try again later)\nERROR: unsatisfiable constraints:",
        host="dl-cdn.alpinelinux.org", cmd="docker build -t event_exporter .", also_ok=["dns.resolve_failed", MIRROR],
        note="the reporter: 'it's docker bug. I solved it by add --network host': the build container's bridge network was broken on that host, not the CDN"),
    # --- dnf / yum / librepo -------------------------------------------------------------------------------------------
    rpm("gdcc/dataverse-ansible#173", "connectivity", MIRROR, True, "service", "mirrors.rockylinux.org",
        "Error: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: Status code: 503 for https://mirrors.rockylinux.org/mirrorlist?arch=x86_64&repo=AppStream-8 (IP: 151.101.250.132)",
        host_alt=["151.101.250.132"], also_ok=["connectivity.server_error"],
        note="the Rocky mirrorlist service itself answered 503 that day; the maintainer's conclusion: 'simply wait for the Rocky mirrorlist to again become available'"),
    rpm("rhinstaller/kickstart-tests#949", "connectivity", "connectivity.timeout", True, "service", "dl.fedoraproject.org",
        "03:48:45,555 WARNING org.fedoraproject.Anaconda.Modules.Payloads:INFO:librepo:Serious error - Curl code (28): Timeout was reached for http://dl.fedoraproject.org/pub/fedora/linux/development/rawhide/Everything/x86_64/os/repodata/repomd.xml [Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds]\n03:48:45,558 WARNING org.fedoraproject.Anaconda.Modules.Payloads:INFO:librepo:Error during transfer: Curl error (28): Timeout was reached for http://dl.fedoraproject.org/pub/fedora/linux/development/rawhide/Everything/x86_64/os/repodata/repomd.xml [Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds]",
        raw_is_log=True, also_ok=["connectivity.client_timeout", MIRROR],
        note="labelled 'test flake': the installer's repo setup stalls on the Fedora mirror (under 1000 bytes/s for 30 s) and the test fails with SourceSetupError; other runs pass"),
    # --- pip / uv -------------------------------------------------------------------------------------------------------
    pip("pywbem/pywbem#336", "connectivity", MIRROR, True, "service", "pypi.python.org",
        "HTTP error 503 while getting https://pypi.python.org/pypi\n\nerror: 503 Server Error: No healthy backends for url: https://pypi.python.org/pypi\n\nmake: *** [develop] Error 1",
        cmd="make develop", also_ok=["connectivity.server_error"],
        note="Travis python 3 jobs: 'these are instabilities of the pypi site. to be solved by retrying'; 'After about 4 retries it finally worked'"),
    pip("pypa/pip#12008", "connectivity", MIRROR, True, "service", None,
        "ERROR: Could not find a version that satisfies the requirement billiard==3.6.4.0 (from versions: none)\nERROR: No matching distribution found for billiard==3.6.4.0\nError: Process completed with exit code 1.",
        cmd="pip install -r requirements.txt --no-deps", raw_is_log=True, host_alt=PYPI,
        also_ok=[PIN, "build.package_not_found"],
        note="PyPI's admin on warehouse's own GitHub Actions: 'a transient outage that caused 502s to be returned from PyPI's CDN edge', which pip reports as no versions at all; the pin exists, a later run passes"),
    pip("bnnr-team/bnnr#292", "connectivity", MIRROR, True, "service", "pypi.org",
        "requests.exceptions.HTTPError: 503 Server Error: Backend is unhealthy\nfor url: https://pypi.org/pypi/grad-cam/1.5.5/json",
        cmd="pip-audit", also_ok=["connectivity.server_error"],
        note="the required quality-linux check crashed on 'a momentary PyPI hiccup': pip-audit asks PyPI's JSON API once per dependency without retrying; the PR wraps it in a 3-attempt retry"),
    pip("PECOS-packages/PECOS#725", "connectivity", "connectivity.connect_timeout", True, "service", "pypi.org",
        "error: Request failed after 3 retries in 48.0s\n  Caused by: Failed to fetch: `https://pypi.org/simple/build/`\n  Caused by: error sending request for url (https://pypi.org/simple/build/)\n  Caused by: client error (Connect)\n  Caused by: operation timed out",
        cmd="uv pip install --system build", also_ok=["connectivity.timeout"],
        note="labelled flaky on macos-15-intel runners: 'This is reachability, not resolution'; the PRs touched no packaging and one 'passed on rerun'"),
    # --- npm / yarn / pnpm ----------------------------------------------------------------------------------------------
    npm("npm/cli#6644", "connectivity", "connectivity.index_inconsistent", True, "service", "registry.npmjs.org",
        "#10 79.31 npm ERR! code E404\n#10 79.31 npm ERR! 404 Not Found - GET https://registry.npmjs.org/@vercel%2fncc - Not found\n#10 79.31 npm ERR! 404\n#10 79.31 npm ERR! 404  '@vercel/ncc@0.34.0' is not in this registry.\n#10 79.31 npm ERR! 404",
        cmd="docker build .", also_ok=[MIRROR, "build.package_not_found"],
        note="2023-07-14: random existing packages 404 for '45+ minutes' across many users ('consistency issues with the CDN'); the version exists and later installs pass (the quote stops before its cut line)"),
    npm("Unitech/pm2#4803", "connectivity", "connectivity.index_inconsistent", True, "service", "registry.npmjs.org",
        "npm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/@pm2%2fagent - Not found\nnpm ERR! 404\nnpm ERR! 404  '@pm2/agent@~1.0.2' is not in the npm registry.\nnpm ERR! 404 You should bug the author to publish it (or use the name yourself!)\nnpm ERR! 404 It was specified as a dependency of 'pm2'",
        cmd="npm i pm2 -g", also_ok=[MIRROR, "build.package_not_found"],
        note="2020-08-06: the npm registry served 404s for scoped packages for a while (the day of npm's status incident tracked in npm/cli#1626); 'same here' from others, and installs passed again once the registry was fixed"),
    npm("npm/npm#13286", "connectivity", MIRROR, True, "service", "registry.npmjs.org",
        "npm ERR! fetch failed https://registry.npmjs.org/compare-func/-/compare-func-1.3.1.tgz\nnpm WARN retry will retry, error on last attempt: Error: fetch failed with status code 502\nnpm ERR! fetch failed https://registry.npmjs.org/normalize-path/-/normalize-path-1.0.0.tgz\nnpm WARN retry will retry, error on last attempt: Error: fetch failed with status code 502",
        cmd="npm install", also_ok=["connectivity.server_error"],
        note="labelled registry: a Mozilla project's CircleCI and Travis runs got 502s for registry tarballs while others reported the same; a registry-side failure, later runs install"),
    npm("yarnpkg/yarn#7745", "connectivity", MIRROR, True, "service", "registry.yarnpkg.com",
        "11:18:04 AM: error An unexpected error occurred: \"https://registry.yarnpkg.com/he/-/he-1.2.0.tgz: Request failed \\\"503 Service Unavailable\\\"\".",
        cmd="yarn install", also_ok=["connectivity.server_error"],
        note="a Netlify build: 'periodic 503 errors', also 'on our CI servers'; closed 'as an external issue with the npm registry'"),
    npm("status-board/status-board#60", "connectivity", "connectivity.timeout", True, "service", "registry.yarnpkg.com",
        "error An unexpected error occurred: \"https://registry.yarnpkg.com/pg: ETIMEDOUT\".\ninfo If you think this is a bug, please open a bug report with the information provided in \"/home/travis/build/jameswlane/status-board/yarn-error.log\".\ninfo Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\n\nThe command \"eval yarn \" failed. Retrying, 2 of 3.",
        cmd="yarn", also_ok=["connectivity.client_timeout"],
        note="'sometimes `eval yarn` in the Travis install fails': the registry metadata request times out; other builds of the same commit pass"),
    npm("pnpm/action-setup#178", "connectivity", "connectivity.forbidden", True, "service", "registry.npmjs.org",
        "Run pnpm/action-setup@a7487c7e89a18df4991f7f222e4898a00d66ddda\n  with:\n    run_install: false\n    dest: ~/setup-pnpm\n    package_json_file: package.json\n    standalone: false\nRunning self-installer...\n   ERR_PNPM_FETCH_403  GET https://registry.npmjs.org/pnpm: Forbidden - 403\n\n  This error happened while installing a direct dependency of /home/runner/setup-pnpm\n\n  No authorization header was set for the request.\n\n  No authorization settings were found in the configs.\n  Try to log in to the registry by running \"pnpm login\"\n  or add the auth tokens manually to the ~/.npmrc file.\nError: Something went wrong, self-installer exits with code 1",
        raw_is_log=True, also_ok=[MIRROR, "credentials.forbidden"],
        note="flaky for 'a few days' on GitHub-hosted runners with 'same here' from others: the public registry 403s an anonymous metadata GET; 'we had to relaunch 3 time the action for it to pass' (no token was ever needed)"),
    # --- gem / bundler --------------------------------------------------------------------------------------------------
    gem("GoogleCloudPlatform/ruby-docker#82", "connectivity", "connectivity.timeout", True, "service", "rubygems.org",
        "Gem::RemoteFetcher::UnknownHostError: timed out\n(https://rubygems.org/gems/coffee-script-source-1.12.2.gem)\nAn error occurred while installing coffee-script-source (1.12.2), and Bundler\ncannot continue.\nMake sure that `gem install coffee-script-source -v '1.12.2'` succeeds before\nbundling.\nThe command '/bin/sh -c bundle install && rbenv rehash' returned a non-zero code: 5",
        cmd="gcloud app deploy", also_ok=["connectivity.client_timeout", "dns.timeout"],
        note="App Engine's Cloud Build 'started happening today' (2017-03-20/21), a random gem each time; Travis projects (two-pack/redmine_xls_export, roschaefer/rundfunk-mitbestimmen) hit the same UnknownHostError timeouts those days, so rubygems.org's side; despite the name it is a timeout, not a bad host"),
    gem("Shippable/support#2244", "connectivity", "connectivity.timeout", True, "service", "rubygems.org",
        "Gem::RemoteFetcher::FetchError: Errno::ETIMEDOUT: Connection timed out - connect(2) (https://rubygems.org/gems/factory_girl-4.4.0.gem)",
        cmd="bundle install", also_ok=["connectivity.connect_timeout"],
        note="Shippable Ruby builds timing out on gem downloads while rubygems.org had reported 'transient problems with downloading rubygems'; the reporter could not reproduce it elsewhere"),
    # --- Maven / Gradle wrapper -----------------------------------------------------------------------------------------
    mvn("travis-ci/travis-ci#9990", "connectivity", "connectivity.timeout", True, "service", "repo.maven.apache.org",
        "[WARNING] Could not transfer metadata org.codehaus.mojo/maven-metadata.xml from/to central (https://repo.maven.apache.org/maven2): Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.184.215] failed: Connection timed out (Connection timed out)\n[WARNING] Failure to transfer org.codehaus.mojo/maven-metadata.xml from https://repo.maven.apache.org/maven2 was cached in the local repository, resolution will not be reattempted until the update interval of central has elapsed or updates are forced. Original error: Could not transfer metadata org.codehaus.mojo/maven-metadata.xml from/to central (https://repo.maven.apache.org/maven2): Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.184.215] failed: Connection timed out (Connection timed out)",
        cmd="mvn install -B", host_alt=["repo.maven.apache.org:443", "151.101.184.215"], also_ok=["connectivity.connect_timeout"],
        note="Travis builds failing for two days, 'a different plugin each time, but all ... connection timed out'; 'It's begun working again'"),
    mvn("apache/linkis#1816", "connectivity", "connectivity.timeout", True, "service", "repo.maven.apache.org",
        "Error:  Failed to execute goal on project linkis-engineconn-manager-server: Could not resolve dependencies for project org.apache.linkis:linkis-engineconn-manager-server:jar:1.1.0: Could not transfer artifact net.java.dev.jna:jna-platform:jar:5.6.0 from/to central (https://repo.maven.apache.org/maven2): transfer failed for https://repo.maven.apache.org/maven2/net/java/dev/jna/jna-platform/5.6.0/jna-platform-5.6.0.jar: Connection timed out (Read failed) -> [Help 1]",
        cmd="mvn -B clean package", also_ok=["connectivity.client_timeout"],
        note="'Sometimes git action of build will compilation fails due to Connection timed out' from Central (the known actions/runner-images#1499 pattern); a re-run passes, the issue proposes Maven retry settings"),
    mvn("redhat-developer/rh-che#1632", "connectivity", "connectivity.reset", True, "service", "repo.maven.apache.org",
        "Could not transfer artifact org.apache.maven:maven-core:jar:2.0.9 from/to central (https://repo.maven.apache.org/maven2): Connection reset",
        cmd="mvn clean install",
        note="titled '[Infra issue] Maven build failed', 'Seen once' in a periodic e2e job and closed as 'Not seen for a long time' (the quote's backticks dropped)"),
    gradle("project-chip/connectedhomeip#38973", "connectivity", "connectivity.timeout", True, "service", "services.gradle.org",
        "WARNING Exception in thread \"main\" java.io.IOException: Downloading from https://services.gradle.org/distributions/gradle-7.3.3-bin.zip failed: timeout",
        also_ok=["connectivity.client_timeout"],
        note="'[Android] Smoke Run - Android randomly fails to download gradle' on GitHub Actions; a maintainer: 'Seems like an infra failure of sorts' (the wrapper's distribution download)"),
    # --- the build's own: retired releases, stale lists, dropped pins ----------------------------------------------------
    B.build_in("net_apt", "datastax/pulsar-heartbeat#49", EOL,
               "#9 1.395 E: Failed to fetch http://deb.debian.org/debian/dists/stretch/main/binary-amd64/Packages  404  Not Found\n#9 1.396 E: Failed to fetch http://deb.debian.org/debian/dists/stretch-updates/main/binary-amd64/Packages  404  Not Found\n#9 1.396 E: Failed to fetch http://security.debian.org/debian-security/dists/stretch/updates/main/binary-amd64/Packages  404  Not Found [IP: 151.101.130.132 80]\n#9 1.396 E: Some index files failed to download. They have been ignored, or old ones used instead.\n------\nexecutor failed running [/bin/sh -c apt-get update && apt-get install -q -y build-essential git libseccomp-dev libtalloc-dev  libprotobuf-c-dev libattr1-dev]: exit code: 100\nmake: *** [container] Error 1",
               host="deb.debian.org", host_alt=["security.debian.org"], cmd="make container", also_ok=["build.repository_missing"],
               note="Debian 9 'stretch' was moved off deb.debian.org to archive.debian.org in April 2023, so its indexes 404 on every build; the PR moves the build image to debian:11"),
    B.build_in("net_apt", "inovex/gitlab-ci-android#18", "build.stale_package_index",
               "E: Failed to fetch http://security.ubuntu.com/ubuntu/pool/main/t/tiff/libtiff5_4.1.0+git191117-2ubuntu0.20.04.9_amd64.deb  404  Not Found [IP: 91.189.91.81 80]\nE: Failed to fetch http://security.ubuntu.com/ubuntu/pool/main/c/curl/libcurl4_7.68.0-1ubuntu2.19_amd64.deb  404  Not Found [IP: 91.189.91.81 80]\nE: Failed to fetch http://security.ubuntu.com/ubuntu/pool/main/c/curl/curl_7.68.0-1ubuntu2.19_amd64.deb  404  Not Found [IP: 91.189.91.81 80]\nE: Failed to fetch http://security.ubuntu.com/ubuntu/pool/main/c/curl/libcurl3-gnutls_7.68.0-1ubuntu2.19_amd64.deb  404  Not Found [IP: 91.189.91.81 80]\nE: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?",
               host="security.ubuntu.com", cmd="docker build -t gitlab-ci-android .", also_ok=[PIN],
               note="the Dockerfile installs from package lists an earlier (cached) layer fetched; the security pocket has since replaced those versions, so the pool files 404 until an 'apt-get update' runs in the same step (the PR adds it; the code block's indent dropped)"),
    B.build_in("net_rpm", "adoptium/infrastructure#1745", EOL,
               "Loaded plugins: fastestmirror, ovl\nSetting up Install Process\nDetermining fastest mirrors\nError: Cannot find a valid baseurl for repo: base",
               host_alt=["mirrorlist.centos.org"], also_ok=["build.repository_missing"],
               note="the CentOS 6 build image's yum after CentOS 6 went end of life (2020-11-30): the mirrorlist no longer lists mirrors for it and the tree moved to vault.centos.org; 'naturally, all the yum stuff' broke until the repos point at the vault"),
    B.build_in("net_apk", "ekino/docker-buildbox#440", PIN,
               "ERROR: unable to select packages:\n  musl-dev-1.2.2-r1:\n    breaks: world[musl-dev=1.2.2-r0]",
               t="legacy_run", run="apk add --no-cache musl-dev=1.2.2-r0", host_alt=ALPINE_CDN,
               note="'Alpine removes older packages from its repository': the Dockerfile pins musl-dev 1.2.2-r0 and the index now holds only -r1, so every PHP image build fails; the PR bumps the pin and suggests not pinning at all"),
    B.build_in("net_apt", "KatherLab/MediSwarm#387", PIN,
               "E: Version '1.43.0-1ubuntu0.3' for 'libnghttp2-14' was not found",
               t="bk_raw", run="apt-get install -y --no-install-recommends libnghttp2-14=1.43.0-1ubuntu0.3", code=100,
               also_ok=["build.stale_package_index"],
               note="'an expired pin ... was superseded in the Ubuntu security repo earlier today' and 'broke the Docker build step of validate-swarm on every PR and on main'; the PR re-pins 87 packages"),
    # --- the build's own: pip -------------------------------------------------------------------------------------------
    B.build_in("net_pip", "conweave-project/conweave-ns3#5", "build.package_not_found",
               "ERROR: Could not find a version that satisfies the requirement install (from versions: none)\nERROR: No matching distribution found for install",
               t="legacy_run", run="pip3 install install numpy matplotlib cycler", host_alt=PYPI,
               note="the README's Dockerfile says `pip3 install install ...`, so pip looks for a package named 'install'; fixed in the README, never by a re-run"),
    B.build_in("net_pip", "mozilla/addons-server#12627", "build.checksum_mismatch",
               "THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have tampered with them.\n    cffi==1.13.0 from https://files.pythonhosted.org/packages/6c/e6/2ca409305c8fb797a8ac65c8f5d4955ddea892bdf49e5319755207de1120/cffi-1.13.0-cp36-cp36m-manylinux1_x86_64.whl#sha256=853376efeeb8a4ae49a737d5d30f5db8cdf01d9319695719c4af126488df5a6a (from -r requirements/system.txt (line 17)):\n        Expected sha256 8fe230f612c18af1df6f348d02d682fe2c28ca0a6c3856c99599cdacae7cf226\n             Got        853376efeeb8a4ae49a737d5d30f5db8cdf01d9319695719c4af126488df5a6a",
               cmd="pip install --no-deps -r requirements/system.txt", host_alt=["files.pythonhosted.org"],
               also_ok=["connectivity.cut_short"],
               note="'#12610 updated cffi to 1.13.0 but removed most of the hashes': the wheel pip picks is the genuine file, its hash just is not listed; fixed by restoring the hashes"),
    # --- the build's own: pnpm ------------------------------------------------------------------------------------------
    B.build_in("net_npm", "pnpm/action-setup#55", "build.lockfile_foreign_registry",
               "Progress: resolved 575, reused 0, downloaded 10, added 9\n WARN  GET https://registry.npmjs.org/@nodelib/fs.scandir/download/@nodelib/fs.scandir-2.1.5.tgz error (ERR_PNPM_FETCH_404). Will retry in 10 seconds. 2 retries left.",
               host="registry.npmjs.org", cmd="pnpm install --frozen-lockfile", also_ok=["build.package_not_found", "build.lockfile_outdated"],
               note="the tarball paths use '/download/', the layout of a mirror registry the lockfile was written against, which registry.npmjs.org does not serve (pnpm's maintainer on the same symptom, pnpm/pnpm#3744: 'the lockfile was created using a non-standard registry'); every run 404s until the lock is regenerated"),
    B.build_in("net_npm", "themesberg/flowbite-svelte#1716", "build.dependency_broken",
               "8.558 Progress: resolved 111, reused 0, downloaded 110, added 101\n8.696  ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/sad/-/sad-1.8.1.tgz: Not Found - 404\n8.696\n8.696 No authorization header was set for the request.",
               host="registry.npmjs.org", t="bk_raw", run="pnpm install", also_ok=["build.package_not_found"],
               note="'My Docker builds fail after updating my flowbite-svelte dependency to 1.11.8': the new release pulls a tarball the registry does not have; 'Downgrading flowbite-svelte to 1.11.7 fixes my docker build again'"),
    B.build_in("net_npm", "pnpm/action-setup#135", "build.tool_incompatible",
               "Running self-installer...\n   WARN  GET https://registry.npmjs.org/pnpm error (ERR_INVALID_THIS). Will retry in 10 seconds. 2 retries left.\n   WARN  GET https://registry.npmjs.org/pnpm error (ERR_INVALID_THIS). Will retry in 1 minute. 1 retries left.\n   ERR_PNPM_META_FETCH_FAIL  GET https://registry.npmjs.org/pnpm: Value of \"this\" must be of type URLSearchParams\nError: Something went wrong, self-installer exits with code 1\nInstallation Completed!",
               raw_is_log=True, head=["Run pnpm/action-setup@v2"], host_alt=["registry.npmjs.org"],
               also_ok=["connectivity.request_failed"],
               note="worked 'for almost a year' then failed for many on 2024-07-03: the old action-setup v2 self-installer hits a Node incompatibility (ERR_INVALID_THIS) that reads like a fetch failure; every re-run fails the same, 'Upgrading the action to v4 seems to fix this'"),
    # --- the build's own: keys, removed downloads, plain http, a gone gem -----------------------------------------------
    B.build_in("net_apk", "OTCv8/forgottenserver#6", "build.signature_verification_failed",
               "fetch http://dl-3.alpinelinux.org/alpine/edge/testing/x86_64/APKINDEX.tar.gz\nWARNING: Ignoring http://dl-3.alpinelinux.org/alpine/edge/testing/: UNTRUSTED signature",
               host="dl-3.alpinelinux.org", t="legacy_run", run="apk update", also_ok=["build.signature_missing"],
               note="July 2022: Alpine edge's indexes were signed with new keys the image's older alpine-keys lacks, so the edge/testing repo is ignored on every build; the PR adds Dockerfile lines to install the new keys ('Confirmed resolution with successful build')"),
    B.build_in("net_curl", "oznu/alpine-node#1", "build.download_not_found",
               "curl: (22) The requested URL returned error: 404 Not Found",
               t="legacy_run", run="curl -fLO https://github.com/oznu/alpine-node/releases/download/13.6.0/node-v13.6.0-linux-x86_64-alpine.tar.gz", host_alt=["github.com"],
               note="the 13.6.0 release's assets were taken down (only the source archives remain); the maintainer: 'Only LTS builds are created by this project', so the URL 404s for good (the progress meter's padded lines left out)"),
    B.build_in("net_gradle", "cloudfoundry-community/cf-mysql-java-broker#6", "build.https_required",
               "Downloading http://services.gradle.org/distributions/gradle-1.9-all.zip\n\nException in thread \"main\" java.lang.RuntimeException: java.io.IOException: Server returned HTTP response code: 403 for URL: http://services.gradle.org/distributions/gradle-1.9-all.zip\n        at org.gradle.wrapper.ExclusiveFileAccessManager.access(ExclusiveFileAccessManager.java:78)\n        at org.gradle.wrapper.Install.createDist(Install.java:44)\n        at org.gradle.wrapper.WrapperExecutor.execute(WrapperExecutor.java:126)\n        at org.gradle.wrapper.GradleWrapperMain.main(GradleWrapperMain.java:58)",
               host="services.gradle.org", cmd="./gradlew build", also_ok=["connectivity.forbidden", "build.wrong_url"],
               note="'Gradle is no longer served at http': gradle-wrapper.properties still has an http:// distributionUrl and services.gradle.org answers plain http with 403; switching the URL to https fixes it"),
    B.build_in("net_gem", "rubygems/rubygems.org#1192", PIN,
               "Gem::RemoteFetcher::FetchError: bad response Forbidden 403 (http://rubygems.global.ssl.fastly.net/gems/rb-inotify-0.9.6.gem)\nAn error occurred while installing rb-inotify (0.9.6), and Bundler cannot\ncontinue.\nMake sure that `gem install rb-inotify -v '0.9.6'` succeeds before bundling.\nBuild step 'Execute shell' marked build as failure\nFinished: FAILURE",
               host="rubygems.global.ssl.fastly.net", t="jenkins", cmd="bundle install",
               also_ok=["connectivity.forbidden", "build.package_not_found"],
               note="a Jenkins job locked to rb-inotify 0.9.6, a bad upload whose file is gone and which was then yanked; rubygems.org staff: 'a storage configuration problem that caused missing files to return as 403s. This should have returned a 404, and will now', so the 403 is no credential problem and the lock must move off 0.9.6"),
]
