"""Dev-set entries, batch 38 (package tools failing inside Dockerfile RUN steps and CI steps, the transient and the
build's own side by side. npm under QEMU timing out and under a host with two Docker engines, yarn's ESOCKETTIMEDOUT
on Docker Hub's builders and EAI_AGAIN for registry.yarnpkg.com, pnpm 9.15.3 drawing 429s, pnpm lockfiles out of date
with a manifest (Dependabot, a workspace package) or written by another pnpm, an --offline install without metadata,
npm asking GitHub Packages for credentials nobody passed; a pip read timeout from a Tsinghua mirror, poetry
and uv refusing a lock or a uv version, anaconda.org answering 500; Maven Central resetting connections, a private
Nexus and Camunda's without credentials, repo.grails.org at capacity; NuGet's service index unreachable from a build
container's DNS, a feed whose PAT expired, a restore source that is only a folder; cargo --locked with a stale lock and
cargo inside a network sandbox; Packagist timing out in an incident and a resolver timing out, composer's lock for a
newer PHP; rubygems.org timing out on Shippable, bundler without a network, a version given as a gem's name; apt's
hash mismatch mid-sync and lists never fetched, apk pins Alpine dropped and a package that moved repository, dnf's
resolver timing out, zypper redirected to a mirror that no longer exists; go mod download for revisions that do not
exist; MRAN moving its files, a CRAN mirror down, a Posit URL that is not served; SwiftPM given a URL with a fragment).
`err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted
a log inside Markdown (inline backticks, a numbered-list marker, the link markup GitHub put around a URL, a code
block's four-space indent) only that markup was dropped, and the trailing blanks of a padded line were trimmed, never a
word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log
line, and a BuildKit step header whose '>' reads as a blockquote is left out. Hosts follow the README's strict rule: a
host is given only where a line of the log names it for the failing call; an inferred one goes in host_alt. Labels
were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"kiegroup/droolsjbpm-build-bootstrap#1512", "homarr-labs/homarr#6335", "meduzen/datetime-attribute#80",
         "pass-culture/pass-culture-main#10482", "Adambean/gitlab-ce-ldap-sync#49"}

B = Batch(PULLS)
loc = B.local()
npm = B.family("net_npm")
pip = B.family("net_pip")
mvn = B.family("net_maven")
gradle = B.family("net_gradle")
nuget = B.family("net_nuget")
cargo = B.family("net_cargo")
composer = B.family("net_composer")
gem = B.family("net_gem")
apt = B.family("net_apt")
apk = B.family("net_apk")
rpm = B.family("net_rpm")
gop = B.family("goproxy")
cran = B.family("net_cran")
spm = B.family("net_spm")

BPA = ["Run docker/build-push-action@v6"]
NPM_SOCKET = ("npm ERR! network Socket timeout", "npm ERR! network This is a problem related to network connectivity.")
YARN_RETRY = "info There appears to be trouble with your network connection. Retrying...\n"
PNPM_CI = "Note that in CI environments this setting is true by default. If you still need to run install in such cases, use \"pnpm install --no-frozen-lockfile\""
LOCK = "the lockfile no longer matches the manifest it was written for; the fix is a regenerated, committed lockfile, never a re-run"

E = [
    # --- npm, yarn, pnpm ----------------------------------------------------------------------------------------------
    npm("weaveworks/weave-gitops#3229", "connectivity", "connectivity.timeout", True, "local", None,
        "------\n > [linux/arm64 ui  9/11] RUN make node_modules:\n ERR! network Socket timeout\n#52 805.0 npm ERR! network This is a problem related to network connectivity.\n#52 805.0 npm ERR! network In most cases you are behind a proxy or have bad network settings.\n#52 805.0 npm ERR! network\n#52 805.0 npm ERR! network If you are behind a proxy, please make sure that the\n#52 805.1 npm ERR! network 'proxy' config is set properly.  See: 'npm help config'\n#52 809.2\n#52 809.2 npm ERR! A complete log of this run can be found in:\n#52 809.2 npm ERR!     /home/node/.npm/_logs/2023-01-04T16_22_54_895Z-debug-0.log\n#52 810.3 make: *** [Makefile:165: node_modules] Error 1\n------\ngitops-server.dockerfile:11\n--------------------\n   9 |     COPY --chown=node:node tsconfig.json /home/app/\n  10 |     COPY --chown=node:node .parcelrc /home/app/\n  11 | >>> RUN make node_modules\n  12 |     COPY --chown=node:node ui /home/app/ui\n  13 |     RUN --mount=type=cache,target=/home/app/ui/.parcel-cache make ui\n--------------------\nERROR: failed to solve: process \"/bin/sh -c make node_modules\" did not complete successfully: exit code: 2",
        head=BPA, host_alt=["registry.npmjs.org"], also_ok=["connectivity.client_timeout"],
        note="labelled flake: only the arm64 build fails, 'exceptionally often'; the PR's hypothesis: the QEMU-emulated stage is so slow that npm's HTTP timeouts fire, so it raises npm's fetch timeouts (other runs pass)"),
    npm("oughtinc/ice#105", "connectivity", "connectivity.timeout", False, "local", None,
        "#0 39.86 npm ERR! code ERR_SOCKET_TIMEOUT\n#0 39.86 " + NPM_SOCKET[0] + "\n#0 39.86 " + NPM_SOCKET[1] + "\n#0 39.86 npm ERR! network In most cases you are behind a proxy or have bad network settings.\n#0 39.86 npm ERR! network\n#0 39.86 npm ERR! network If you are behind a proxy, please make sure that the\n#0 39.86 npm ERR! network 'proxy' config is set properly.  See: 'npm help config'\n#0 39.86\n#0 39.86 npm ERR! A complete log of this run can be found in:\n#0 39.86 npm ERR!     /root/.npm/_logs/2022-11-20T21_19_50_106Z-debug-0.log\n------\nfailed to solve: executor failed running [/bin/sh -c npm --prefix ui ci]: exit code: 1",
        cmd="./scripts/run-local.sh", host_alt=["registry.npmjs.org"], also_ok=["connectivity.client_timeout"],
        note="the reporter's own answer: 'caused by having both Docker Desktop and Doc[ker Engine]' on the machine; the build's network works once one is removed, the same socket timeout until then"),
    npm("DSpace/dspace-angular#604", "connectivity", "connectivity.timeout", True, "local", "registry.yarnpkg.com",
        "Step 5/6 : RUN yarn install\n---> Running in e267d460ffb1\nyarn install v1.22.0\n[1/5] Validating package.json...\n[2/5] Resolving packages...\n[3/5] Fetching packages...\n" + YARN_RETRY * 6
        + "error An unexpected error occurred: \"https://registry.yarnpkg.com/rxjs/-/rxjs-6.5.4.tgz: ESOCKETTIMEDOUT\".",
        also_ok=["connectivity.client_timeout", "connectivity.package_mirror"],
        note="Docker Hub's automated builds 'failing randomly' in yarn install; per yarnpkg/yarn#5540 a slow builder link downloading large tarballs hits yarn's short network timeout; the fix raises --network-timeout"),
    npm("iam4x/bobarr#100", "dns", "dns.temporary_failure", True, "service", "registry.yarnpkg.com",
        "Step 6/10 : RUN yarn\n ---> Running in eb614d55a1ab\nyarn install v1.22.4\n[1/4] Resolving packages...\n[2/4] Fetching packages...\nerror An unexpected error occurred: \"https://registry.yarnpkg.com/classnames/-/classnames-2.2.6.tgz: getaddrinfo EAI_AGAIN registry.yarnpkg.com\".\ninfo If you think this is a bug, please open a bug report with the information provided in \"/usr/src/app/yarn-error.log\".\ninfo Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\nERROR: Service 'web' failed to build: The command '/bin/sh -c yarn' returned a non-zero code: 1",
        cmd="docker-compose up -d", also_ok=["connectivity.package_mirror", "dns.resolve_failed"],
        note="the maintainer: 'this is an issue with yarn registry itself, retry to build the image it may work now' (another user on a Raspberry Pi raised --network-timeout); each line's inline backticks dropped"),
    loc("pnpm/pnpm#8953", "local.client_regression", False,
        " WARN  GET https://registry.npmjs.org/set-function-length/-/set-function-length-1.2.2.tgz error (ERR_PNPM_FETCH_429). Will retry in 10 seconds. 2 retries left.\n WARN  GET https://registry.npmjs.org/has-property-descriptors/-/has-property-descriptors-1.0.2.tgz error (ERR_PNPM_FETCH_429). Will retry in 10 seconds. 2 retries left.\n WARN  GET https://registry.npmjs.org/object-keys/-/object-keys-1.1.1.tgz error (ERR_PNPM_FETCH_429). Will retry in 10 seconds. 2 retries left.\n WARN  GET https://registry.npmjs.org/es-abstract/-/es-abstract-1.23.3.tgz error (ERR_PNPM_FETCH_429). Will retry in 10 seconds. 2 retries left.\n WARN  GET https://registry.npmjs.org/is-array-buffer/-/is-array-buffer-3.0.4.tgz error (ERR_PNPM_FETCH_429). Will retry in 10 seconds. 2 retries left.",
        host="registry.npmjs.org", cmd="docker build .", also_ok=["connectivity.rate_limited"],
        note="'only with pnpm 9.15.3. Downgrading to 9.15.2 fixes the problem immediately': the new release floods the registry from a docker build until it answers 429; pinning the older pnpm is the fix, not a re-run"),
    B.build_in("net_npm", "meduzen/datetime-attribute#80", "build.lockfile_outdated",
               "Lockfile is up to date, resolution step is skipped\n ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with \"frozen-lockfile\" because pnpm-lock.yaml is not up to date with package.json\n\n" + PNPM_CI + "\nError: Process completed with exit code 1.",
               cmd="pnpm install", raw_is_log=True,
               note="Dependabot bumped package.json without touching pnpm-lock.yaml (it did not support pnpm then); " + LOCK),
    B.build_in("net_npm", "owncloud/ocis#6384", "build.toolchain_missing",
               "pnpm install\n ERR_PNPM_FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE  Cannot perform a frozen installation because the version of the lockfile is incompatible with this version of pnpm",
               also_ok=["build.lockfile_outdated"],
               note="a Drone step: the lockfile was written by pnpm 8 and the CI image runs an older pnpm (pnpm/pnpm#6307); 'need to upgrade pnpm version' or rewrite the lock (the multi-line inline code's backticks dropped)"),
    B.build_in("net_npm", "isographlabs/isograph#595", "build.lockfile_outdated",
               "Run pnpm compile-libs\n WARN  Unsupported engine: wanted: {\"node\":\"22.9.0\"} (current: {\"node\":\"v22.18.0\",\"pnpm\":\"10.15.0\"})\n WARN  Unsupported engine: wanted: {\"node\":\"22.9.0\"} (current: {\"node\":\"v22.18.0\",\"pnpm\":\"10.15.0\"})\nScope: all 13 workspace projects\n ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with \"frozen-lockfile\" because pnpm-lock.yaml is not up to date with <ROOT>/libs/isograph-react-disposable-state/package.json\n\n" + PNPM_CI + "\n\n  Failure reason:\n  specifiers in the lockfile don't match specifiers in package.json:\n* 1 dependencies are mismatched:\n  - @isograph/disposable-types (lockfile: *, manifest: 0.0.0-main-249dae70)",
               note="the release job after a pnpm update: a workspace package's manifest names a version the lock does not; " + LOCK),
    B.build_in("net_npm", "homarr-labs/homarr#6335", "build.offline_cache_miss",
               "[ERR_PNPM_NO_OFFLINE_META] Failed to resolve next@16.2.10 in package mirror /root/.cache/pnpm/v11/metadata/registry.npmjs.org/next.jsonl",
               t="bk_raw", run="pnpm install --frozen-lockfile --offline", head=BPA, host_alt=["registry.npmjs.org"],
               note="CI broke after a dependency bump: --offline needs metadata in ~/.cache/pnpm, which the store cache mount does not hold, so a newly added package cannot resolve; the PR drops --offline"),
    npm("scientific-software-hub/waltz#276", "credentials", "credentials.missing", False, "build", None,
        "npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm=\"GitHub Package Registry\"\n\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     /root/.npm/_logs/2021-08-15T12_12_37_974Z-debug.log\nERROR: Service 'waltz' failed to build: The command '/bin/sh -c npm install' returned a non-zero code: 1",
        cmd="docker-compose up", host_alt=["npm.pkg.github.com"], also_ok=["credentials.unauthorized"],
        note="a fresh clone's compose build: a dependency comes from GitHub Packages, which wants a token even to read, and the build has none (a list marker '2. ' before the first line dropped)"),
    # --- pip, poetry, uv, conda ---------------------------------------------------------------------------------------
    pip("ZhangYuanhan-AI/CelebASpoofChallengeSubmissionExample#8", "connectivity", "connectivity.timeout", True, "local", "pypi.tuna.tsinghua.edu.cn",
        "HTTPSConnectionPool(host='pypi.tuna.tsinghua.edu.cn', port=443): Read timed out.",
        t="bk_raw", run="pip install -r requirements.txt", also_ok=["connectivity.client_timeout", "connectivity.package_mirror"],
        note="'This is a network problem. So, try again later or just remove the site'; the reporter: 'It causes of my network connection. After retry a few times, I have completely build this docker' (the quote's backticks dropped)"),
    B.build_in("net_pip", "pass-culture/pass-culture-main#10482", "build.lockfile_outdated",
               "Error: poetry.lock is not consistent with pyproject.toml. Run `poetry lock [--no-update]` to fix it.",
               t="bk_raw", run="poetry check --lock",
               note="the PR adds `poetry check --lock` to the image build so that a pyproject.toml edited without its lock refuses to build; " + LOCK),
    B.build_in("net_pip", "open5e/open5e-api#957", "build.toolchain_missing",
               "#10 ERROR: process \"/bin/sh -c uv sync --frozen --no-dev --no-install-project\" did not complete successfully: exit code: 2\n------\n > [builder 4/7] RUN uv sync --frozen --no-dev --no-install-project:\n0.184 error: Required uv version `>=0.10` does not match the running version `0.9.30`\n------",
               head=BPA,
               note="pyproject.toml requires uv >=0.10 and the Dockerfile's ghcr.io/astral-sh/uv:python3.11 base stopped at uv 0.9 (combined images were discontinued); open5e-api#958 copies a pinned uv binary in. Every build"),
    pip("QuickLogic-Corp/quicklogic-fpga-toolchain#55", "connectivity", "connectivity.package_mirror", True, "service", "conda.anaconda.org",
        "CondaHTTPError: HTTP 500 INTERNAL SERVER ERROR for url <https://conda.anaconda.org/quicklogic-corp/noarch/repodata.json>\nElapsed: 00:11.642342\nCF-RAY: 616f1fea9d22fd46-SYD\n\nA remote server error occurred when trying to retrieve this URL.\n\nA 500-type error (e.g. 500, 501, 502, 503, etc.) indicates the server failed to\nfulfill a valid request.  The problem may be spurious, and will resolve itself if you\ntry your request again.  If the problem persists, consider notifying the maintainer\nof the remote server.",
        cmd="docker build . -t symbiflow-ql-slim-buster -f Dockerfile.use-installer", also_ok=["registry.server_error"],
        note="anaconda.org answering 500 for channel metadata; a maintainer 'Getting similar error with other repositories as well', i.e. the channel host's incident, not the project"),
    # --- Maven, Gradle ------------------------------------------------------------------------------------------------
    mvn("kiegroup/droolsjbpm-build-bootstrap#1512", "connectivity", "connectivity.reset", True, "service", "repo.maven.apache.org",
        "Error:  Failed to execute goal on project uberfire-metadata-backend-infinispan: Could not resolve dependencies for project org.uberfire:uberfire-metadata-backend-infinispan:jar:7.46.0-SNAPSHOT: Failed to collect dependencies at org.arquillian.cube:arquillian-cube-docker-junit-rule:jar:1.15.3 -> org.arquillian.cube:arquillian-cube-docker:jar:1.0.0.Alpha15 -> org.arquillian.cube:arquillian-cube-spi:jar:1.0.0.Alpha15 -> org.arquillian.extension:arquillian-recorder-reporter-api:jar:1.1.2.Final -> org.eclipse.persistence:org.eclipse.persistence.moxy:jar:2.7.6: Failed to read artifact descriptor for org.eclipse.persistence:org.eclipse.persistence.moxy:jar:2.7.6: Could not transfer artifact org.eclipse.persistence:org.eclipse.persistence.moxy:pom:2.7.6 from/to central (https://repo.maven.apache.org/maven2): Transfer failed for https://repo.maven.apache.org/maven2/org/eclipse/persistence/org.eclipse.persistence.moxy/2.7.6/org.eclipse.persistence.moxy-2.7.6.pom: Connection reset -> [Help 1]",
        cmd="mvn -B clean install", also_ok=["connectivity.package_mirror"],
        note="intermittent resets from Maven Central on GitHub Actions runners; the PR tries the community's workaround (wagon connection TTL and retry settings), since a re-run usually passes"),
    mvn("GoogleContainerTools/skaffold#5248", "connectivity", "connectivity.reset", True, "service", "repo.maven.apache.org",
        "        [builder] [ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:2.21.0:test (default-test) on project hello-spring-boot: Execution default-test of goal org.apache.maven.plugins:maven-surefire-plugin:2.21.0:test failed: Plugin org.apache.maven.plugins:maven-surefire-plugin:2.21.0 or one of its dependencies could not be resolved: The following artifacts could not be resolved: org.apache.maven.surefire:surefire-api:jar:2.21.0, org.apache.maven.surefire:surefire-logger-api:jar:2.21.0: Could not transfer artifact org.apache.maven.surefire:surefire-api:jar:2.21.0 from/to central (https://repo.maven.apache.org/maven2): Transfer failed for https://repo.maven.apache.org/maven2/org/apache/maven/surefire/surefire-api/2.21.0/surefire-api-2.21.0.jar: Connection reset -> [Help 1]",
        cmd="skaffold build", also_ok=["connectivity.package_mirror"],
        note="labelled meta/test-flake: a buildpacks builder's Maven run on Travis 'surprisingly often'; the suspicion is Maven Central's CDN dropping idle pooled connections (WAGON-545/603)"),
    mvn("camunda/camunda-bpm-platform#3643", "credentials", "credentials.missing", False, "build", "repository.nexus.camunda.cloud",
        "#0 9.188 [ERROR] Failed to execute goal org.apache.maven.plugins:maven-dependency-plugin:2.8:get (default-cli) on project standalone-pom: Couldn't download artifact: The following artifacts could not be resolved: org.camunda.bpm.tomcat:camunda-bpm-tomcat:tar.gz:7.19.0 (absent): Could not transfer artifact org.camunda.bpm.tomcat:camunda-bpm-tomcat:tar.gz:7.19.0 from/to camunda-nexus (https://repository.nexus.camunda.cloud/content/groups/internal/): status code: 401, reason phrase: Unauthorized (401)",
        cmd="docker build -t camunda-bpm-platform .", also_ok=["credentials.unauthorized"],
        note="the image's settings.xml mirrors everything through Camunda's internal Nexus, which needs credentials an outside builder lacks; 'remove the nexus mirror from the maven settings xml' fixed it"),
    mvn("carlossg/docker-maven#48", "credentials", "credentials.unauthorized", False, "build", "my-private-repo.com",
        "[ERROR] Failed to execute goal on project my-app: Could not resolve dependencies for project com.home.myapp:my-app:jar:0.0.1-SNAPSHOT: Failed to collect dependencies at com.home.pages:content-core:jar:0.0.28: Failed to read artifact descriptor for com.home.pages:content-core:jar:0.0.28: Could not transfer artifact com.home.pages:content-core:jar:0.0.28 from/to release-repo (http://my-private-repo.com/repositories/releases/): Not authorized , ReasonPhrase:Unauthorized. -> [Help 1]",
        cmd="docker run maven-custom mvn dependency:resolve", also_ok=["credentials.missing"],
        note="the custom image copies settings.xml but its password is encrypted with a master password in settings-security.xml, which was not copied; the same settings work on the host"),
    gradle("apache/grails-core#9737", "connectivity", "connectivity.package_mirror", True, "service", "repo.grails.org",
           "FAILURE: Build failed with an exception.\n\n* What went wrong:\nA problem occurred configuring root project '<project>'.\n> Could not resolve all dependencies for configuration ':classpath'.\n   > Could not download gradle-node-plugin.jar (com.moowork.gradle:gradle-node-plugin:0.11)\n      > Could not get resource 'https://repo.grails.org/grails/core/com/moowork/gradle/gradle-node-plugin/0.11/gradle-node-plugin-0.11.jar'.\n         > Could not GET 'https://repo.grails.org/grails/core/com/moowork/gradle/gradle-node-plugin/0.11/gradle-node-plugin-0.11.jar'. Received status code 503 from server: Service Unavailable: Back-end server is at capacity\n\n* Try:\nRun with --stacktrace option to get the stack trace. Run with --info or --debug option to get more log output.\n\nBUILD FAILED\n\nTotal time: 3.556 secs\n| Error Error initializing classpath: Could not GET 'https://repo.grails.org/grails/core/com/moowork/gradle/gradle-node-plugin/0.11/gradle-node-plugin-0.11.jar'. Received status code 503 from server: Service Unavailable: Back-end server is at capacity (Use --stacktrace to see the full trace)",
           cmd="grails compile", also_ok=["registry.server_error"],
           note="labelled Not a Bug: repo.grails.org (an Artifactory) answered 503 and 500 for a while; nothing in the project, later builds resolve"),
    # --- NuGet --------------------------------------------------------------------------------------------------------
    nuget("dotnet/core#8048", "dns", "dns.resolve_failed", False, "local", "api.nuget.org",
          "#11 1.569   Determining projects to restore...\n#11 8.229 /src/MyMicroservice.csproj : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.\n#11 14.33 /src/MyMicroservice.csproj : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.\n#11 14.40   Failed to restore /src/MyMicroservice.csproj (in 12.44 sec).\n------\nexecutor failed running [/bin/sh -c dotnet restore]: exit code: 1",
          cmd="docker build -t mymicroservice .", also_ok=["connectivity.request_failed", "dns.temporary_failure"],
          note="the tutorial's RUN dotnet restore on Docker Desktop for Windows: 'Adding DNS Server into Docker Engine solve this problem'; the build container cannot resolve api.nuget.org until the engine gets a DNS server (the blockquoted step header left out)"),
    nuget("dotnet/source-build#5556", "credentials", "credentials.unauthorized", False, "service", "pkgs.dev.azure.com",
          "/__w/1/s/artifacts/prep-bootstrap/buildBootstrapPreviouslySB.csproj : error NU1301: Failed to retrieve information about 'Microsoft.DotNet.ILCompiler' from remote source 'https://pkgs.dev.azure.com/dnceng/internal/_packaging/dotnet7-internal/nuget/v2/FindPackagesById()?id='Microsoft.DotNet.ILCompiler'&semVerLevel=2.0.0'.\n/__w/1/s/artifacts/prep-bootstrap/buildBootstrapPreviouslySB.csproj : error NU1301:   Response status code does not indicate success: 401 (Unauthorized).\n  Failed to restore /__w/1/s/artifacts/prep-bootstrap/buildBootstrapPreviouslySB.csproj (in 8.79 sec).\n\n##[error]Bash exited with code '1'.",
          raw_is_log=True, also_ok=["credentials.token_failed"],
          note="restore inside an ARM container job against dnceng's internal feeds: 'This is working now after dnceng fixed PAT issues', the pipeline's feed token was bad until the infrastructure team fixed it (GitHub's autolink markup around the URL dropped)"),
    B.build_in("net_nuget", "dotnet/core#4387", "build.package_not_found",
               "/src/ProformaInvoiceCore/Azure.Storage/Azure.Storage.csproj : error NU1101: Unable to find package NETStandard.Library. No packages exist with this id in source(s): /src/nugets [/src/ProformaInvoiceCore/ProformaInvoiceService/ProformaInvoiceService.csproj]\n/src/ProformaInvoiceCore/Azure.Storage/Azure.Storage.csproj : error NU1101: Unable to find package System.ComponentModel.TypeConverter. No packages exist with this id in source(s): /src/nugets [/src/ProformaInvoiceCore/ProformaInvoiceService/ProformaInvoiceService.csproj]",
               cmd="docker build -t proformainvoice .",
               note="the pipeline restores the private feed outside and points the Dockerfile's restore at that folder alone, so framework packages that only nuget.org has are missing (labelled needs-more-info; from the log's single source)"),
    # --- cargo --------------------------------------------------------------------------------------------------------
    B.build_in("net_cargo", "near/nearcore#5369", "build.lockfile_outdated",
               "[2021-11-18T22:01:05Z]     Updating git repository `https://github.com/near/paperclip`\n--\n  | [2021-11-18T22:01:07Z] error: the lock file /var/lib/buildkite-agent/builds/buildkite-i-0a497d26dd8deea56-1/nearprotocol/nearcore/Cargo.lock needs to be updated but --locked was passed to prevent this\n  | [2021-11-18T22:01:07Z] If you want to try to generate the lock file without accessing the network, remove the --locked flag and use --offline instead.\n  | [2021-11-18T22:01:07Z] 🚨 Error: The command exited with status 101",
               raw_is_log=True,
               note="Buildkite builds broke on master together; 'nvm, I figured it out': a git dependency moved and Cargo.lock had to follow; " + LOCK + " (the log viewer's '--' and '  | ' gutters kept)"),
    B.build_in("net_cargo", "gentoo/gentoo-rust#382", "build.network_sandboxed",
               ">>> Compiling source in /var/tmp/portage/dev-util/cargo-0.31.1-r666/work/cargo-0.31.1 ...\n    Updating registry `https://github.com/rust-lang/crates.io-index`\nwarning: spurious network error (2 tries remaining): curl error: Could not resolve host: github.com",
               host_alt=["github.com"], also_ok=["dns.resolve_failed"],
               note="the ebuild lets cargo fetch crates during compile, and portage's network-sandbox gives that phase no network; the maintainer: 'This ebuild needs RESTRICT=\"network-sandbox\"'. Every emerge"),
    # --- composer -----------------------------------------------------------------------------------------------------
    composer("composer/composer#12535", "connectivity", "connectivity.timeout", True, "service", "packagist.org",
             "Error: curl error 28 while downloading https://packagist.org/api/security-advisories/: Operation timed out after 10006 milliseconds with 0 bytes received\n\nIn CurlDownloader.php line 394:\n\n  curl error 28 while downloading\nhttps://packagist.org/api/security-advisori\n  es/: Operation timed out after 10006 milliseconds with 0 bytes received",
             cmd="composer audit --no-dev --locked --ansi --no-interaction", also_ok=["connectivity.package_mirror", "connectivity.client_timeout"],
             note="a workflow 'failed 2x and passed the 3rd'; Composer's lead: 'We had some issues last week which were resolved', Packagist's advisories API was slow in an incident (the console's wrapping kept)"),
    composer("laravel/sail#283", "dns", "dns.timeout", True, "local", "repo.packagist.org",
             " https://repo.packagist.org could not be fully loaded (Resolving timed out after 10000 milliseconds), package information was loaded from the local cache and may be out of date\n\n  [Composer\\Downloader\\TransportException]\n  Resolving timed out after 10000 milliseconds",
             cmd="curl -s \"https://laravel.build/example-app\" | bash", also_ok=["connectivity.timeout"],
             note="the installer runs composer in a container on a CentOS 8 host; the maintainer: 'Probably a network hiccup as it's loading fine for me right now'"),
    B.build_in("net_composer", "Adambean/gitlab-ce-ldap-sync#49", "build.toolchain_missing",
               "0.448 Installing dependencies from lock file (including require-dev)\n0.453 Verifying lock file contents can be installed on current platform.\n0.473 Your lock file does not contain a compatible set of packages. Please run composer update.\n0.473\n0.473   Problem 1\n0.473     - symfony/options-resolver is locked to version v7.3.3 and an update of this package was not requested.\n0.473     - symfony/options-resolver v7.3.3 requires php >=8.2 -> your php version (8.1.33) does not satisfy that requirement.\n0.473   Problem 2\n0.473     - symfony/string is locked to version v7.3.3 and an update of this package was not requested.\n0.473     - symfony/string v7.3.3 requires php >=8.2 -> your php version (8.1.33) does not satisfy that requirement.\n0.473   Problem 3\n0.473     - php-http/client-common is locked to version 2.7.2 and an update of this package was not requested.\n0.473     - php-http/client-common 2.7.2 requires symfony/options-resolver ~4.0.15 || ~4.1.9 || ^4.2.1 || ^5.0 || ^6.0 || ^7.0 -> satisfiable by symfony/options-resolver[v7.3.3].\n0.473     - symfony/options-resolver v7.3.3 requires php >=8.2 -> your php version (8.1.33) does not satisfy that requirement.",
               t="bk_raw", run="composer install", also_ok=["build.lockfile_outdated"],
               note="titled 'fix docker php version': composer.lock was resolved on PHP 8.2 and the Dockerfile's image has PHP 8.1, so the lock cannot install there; every build until the image or the lock changes"),
    # --- gem, bundler -------------------------------------------------------------------------------------------------
    gem("Shippable/support#1326", "connectivity", "connectivity.timeout", True, "service", "bb-m.rubygems.org",
        "Gem::RemoteFetcher::FetchError: Errno::ETIMEDOUT: Connection timed out - connect(2) for \"bb-m.rubygems.org\" port 443 (https://rubygems.org/gems/fastercsv-1.5.5.gem)\nAn error occurred while installing fastercsv (1.5.5), and Bundler cannot\ncontinue.",
        cmd="bundle install", host_alt=["rubygems.org"], also_ok=["connectivity.package_mirror"],
        note="labelled bug, triaged: 'We often see the following error recently ... (package can differ obviously)'; one matrix leg fails while the other passes and a rerun is needed (the quote's backticks dropped)"),
    gem("SUSE/Portus#1140", "connectivity", "connectivity.request_failed", False, "local", "rubygems.org",
        "Step 7 : RUN bundle install --retry=3 && bundle binstubs phantomjs\n ---> Running in 6f492be2e2b4\nFetching source index from https://rubygems.org/\n\nRetrying fetcher due to error (2/4): Bundler::HTTPError Could not fetch specs from https://rubygems.org/\nRetrying fetcher due to error (3/4): Bundler::HTTPError Could not fetch specs from https://rubygems.org/\nRetrying fetcher due to error (4/4): Bundler::HTTPError Could not fetch specs from https://rubygems.org/Could not fetch specs from https://rubygems.org/\nERROR: Service 'web' failed to build: The command '/bin/sh -c bundle install --retry=3 && bundle binstubs phantomjs' returned a non-zero code: 17",
        cmd="docker-compose up", also_ok=["connectivity.package_mirror", "connectivity.timeout"],
        note="the maintainer: 'That sounds more like a local networking issue': the compose build's container cannot reach rubygems.org at all, bundler's own retries exhausted"),
    B.build_in("net_gem", "ruby/rubygems#4489", "build.package_not_found",
               "#15 53.84 ERROR:  Could not find a valid gem '1.17.3' (>= 0) in any repository\n#15 82.00 Successfully installed bundler-2.2.15\n#15 82.00 Parsing documentation for bundler-2.2.15\n#15 82.00 Installing ri documentation for bundler-2.2.15\n#15 82.00 Done installing documentation for bundler after 3 seconds\n#15 82.00 1 gem installed\n------\nexecutor failed running [/bin/sh -c gem install bundler $(tail -n 1 Gemfile.lock | xargs) &&     install bundle]: exit code: 2",
               cmd="docker build -t app .", host_alt=["rubygems.org"], also_ok=["build.step_failed"],
               note="the RUN passes the lockfile's BUNDLED WITH version as a second gem name ('1.17.3') and then calls `install bundle`; the maintainer: run `gem install bundler -v ...` then `bundle install`"),
    # --- apt, apk, dnf, zypper ----------------------------------------------------------------------------------------
    apt("docker-library/official-images#3703", "connectivity", "connectivity.mirror_out_of_sync", True, "service", "ports.ubuntu.com",
        "Err:46 http://ports.ubuntu.com/ubuntu-ports xenial-security/universe Sources\n  Hash Sum mismatch",
        t="legacy_run", run="apt-get update", also_ok=["connectivity.package_mirror"],
        note="an arm ubuntu image's apt-get update; the maintainers: Hash Sum mismatch 'usually means ... temporary glitch in the mirror / CDN' (or a local cacher), 'Have you tried again to see if the issue resolved itself?' (the padding blanks trimmed)"),
    B.build_in("net_apt", "jamesrwhite/minicron#119", "build.package_not_found",
               "E: Unable to locate package ruby\nE: Unable to locate package libsqlite3-dev\nE: Unable to locate package ruby-dev\nE: Unable to locate package build-essential",
               t="legacy_run", run="apt-get install -y ruby libsqlite3-dev ruby-dev build-essential",
               note="'You need to run apt-get update before installing the packages so they can be found': the base image ships without package lists; real package names, every build until the Dockerfile runs update (the code block's indent dropped)"),
    apk("puppetlabs/puppet-lint#42", "build", "build.package_version_missing", False, "build", None,
        "Step 2/7 : RUN apk add --no-cache ruby=2.5.7-r0 ruby-json=2.5.7-r0 &&     mkdir /puppet-lint /puppet\n ---> Running in 1a21a878244e\nfetch http://dl-cdn.alpinelinux.org/alpine/v3.10/main/x86_64/APKINDEX.tar.gz\nfetch http://dl-cdn.alpinelinux.org/alpine/v3.10/community/x86_64/APKINDEX.tar.gz\nERROR: unable to select packages:\n  ruby-2.5.9-r0:\n    breaks: world[ruby=2.5.7-r0]\n  ruby-json-2.5.9-r0:\n    breaks: world[ruby-json=2.5.7-r0]\nThe command '/bin/sh -c apk add --no-cache ruby=2.5.7-r0 ruby-json=2.5.7-r0 &&     mkdir /puppet-lint /puppet' returned a non-zero code: 2",
        cmd="docker build -t puppet-lint .", host_alt=["dl-cdn.alpinelinux.org"], also_ok=["build.package_not_found"],
        note="the Dockerfile pins ruby=2.5.7-r0 and Alpine 3.10's index only carries 2.5.9-r0 now (Alpine keeps one revision per branch); labelled bug, fixed in the Dockerfile"),
    B.build_in("net_apk", "faisyl/alpine-runit#2", "build.package_not_found",
               "Step 5 : RUN apk add runit\n ---> Running in 2617fb3ed645\nERROR: unsatisfiable constraints:\n  runit (missing):\n    required by: world[runit]",
               cmd="docker build -t alpine-runit .", host_alt=["dl-cdn.alpinelinux.org"],
               note="runit left Alpine's testing repository, which the Dockerfile tracked; the maintainer: 'I've updated the docker file to track community instead of testing. That fixes it'"),
    rpm("osbuild/bootc-image-builder#1119", "dns", "dns.timeout", False, "local", "mirrors.fedoraproject.org",
        "Errors during downloading metadata for repository 'fedora':\n  - Curl error (28): Timeout was reached for https://mirrors.fedoraproject.org/metalink?repo=fedora-42&arch=x86_64 [Resolving timed out after 30002 milliseconds]\n  - Curl error (28): Timeout was reached for https://mirrors.fedoraproject.org/metalink?repo=fedora-42&arch=x86_64 [Resolving timed out after 30001 milliseconds]\n  - Curl error (28): Timeout was reached for https://mirrors.fedoraproject.org/metalink?repo=fedora-42&arch=x86_64 [Resolving timed out after 30000 milliseconds]",
        cmd="sudo podman run --rm -it --privileged --pull=newer quay.io/centos-bootc/bootc-image-builder:latest --type iso localhost/testosbuild", also_ok=["connectivity.timeout"],
        note="'For several days' the builder container cannot resolve Fedora's mirror host while the host resolves it fine: the container's resolver path, not the mirrors (open, labelled from the log and the reporter's checks)"),
    rpm("SUSE/Portus#2021", "connectivity", "connectivity.package_mirror", False, "service", "ftp1.nluug.nl",
        "Download (curl) error for 'http://download.opensuse.org/repositories/devel:/languages:/go/openSUSE_Leap_42.3/repodata/98e8f84e81b7beaea55404905805448cac586facf3353eb30dea51da8b08e231-primary.xml.gz':\nError code: Connection failed\nError message: Could not resolve host: ftp1.nluug.nl\n\nCannot read input: bad stream or EOF.\nIf you run zypper without a terminal, use '--non-interactive' global\noption to make zypper use default answers to prompts.\nAbort, retry, ignore? [a/r/i/...? shows all options] (a): error]\nRepository 'The Go Programming Language (openSUSE_Leap_42.3)' is invalid.\n[devel_languages_go|http://download.opensuse.org/repositories/devel:/languages:/go/openSUSE_Leap_42.3/] Valid metadata not found at specified URL\nPlease check if the URIs defined for this repository are pointing to a valid repository.\nSkipping repository 'The Go Programming Language (openSUSE_Leap_42.3)' because of the above error.\nRetrieving repository 'ruby' metadata [..done]\nBuilding repository 'ruby' cache [....done]\nSome of the repositories have not been refreshed because of an error.",
        cmd="docker build -t portus:development .", host_alt=["download.opensuse.org"], also_ok=["dns.no_such_host", "dns.resolve_failed"],
        note="download.opensuse.org's redirector sends the metadata request to a mirror host that 'does no longer exist'; the Go repository is skipped and the build cannot install Go (a service-side mirror list, not the Dockerfile)"),
    # --- go mod download ----------------------------------------------------------------------------------------------
    gop("wundergraph/cosmo#1553", "build", "build.go_module_config", False, "build", None,
        "69.97 go: github.com/wundergraph/cosmo/router@v0.0.0-20250119174948-4b991294658e: invalid version: unknown revision 4b991294658e\n------\nfailed to solve: process \"/bin/sh -c go mod download\" did not complete successfully: exit code: 1\nmake[1]: *** [dc-federation-demo] Error 17\nmake: *** [full-demo-up] Error 2",
        cmd="./start.sh", also_ok=["goproxy.not_found"],
        note="labelled confirmed bug: the demo's go.mod pins the router at a pseudo-version whose commit the repository does not have; every build until the demo's go.mod is fixed (the blockquoted step header left out)"),
    gop("SAP-samples/kyma-runtime-samples#29", "build", "build.go_module_config", False, "build", None,
        "Step 6/15 : RUN go mod download\n ---> Running in 6abcf36689cb\ngo: github.com/SAP-samples/kyma-runtime-extension-samples/api-mssql-go-auth@v0.0.0-20201023004329-39616b621316: invalid version: unknown revision 39616b621316\nThe command '/bin/sh -c go mod download' returned a non-zero code: 1",
        cmd="docker build -t saphubds/api-mssql-go -f docker/Dockerfile .", also_ok=["goproxy.not_found"],
        note="the tutorial's module requires a sibling sample at a commit that no longer exists upstream; the maintainer: 'The module require list needed to be updated'"),
    # --- R and CRAN ---------------------------------------------------------------------------------------------------
    cran("rocker-org/rocker-versioned#58", "connectivity", "connectivity.package_mirror", False, "service", "mran.microsoft.com",
         "Warning: unable to access index for repository https://mran.microsoft.com/snapshot/2017-10-31/src/contrib:\n  Line starting '<!doctype html><html ...' is malformed!\nWarning message:\npackage \u2018codetools\u2019 is not available (for R version 3.4.2)",
         cmd="docker run rocker/r-ver:3.4.2 install2.r codetools", also_ok=["build.package_not_found"],
         note="MRAN started answering its snapshot paths with an HTML page (the files moved to cran.microsoft.com); the maintainer: 'Microsoft must have changed that URL pretty recently', fixed in the images"),
    B.build_in("net_cran", "rocker-org/devcontainer-features#156", "build.download_not_found",
               "cannot open URL 'https://packagemanager.posit.co/cran/__linux__/jammy/latest/web/packages/packages.rds': HTTP status was '404 Not Found'",
               host="packagemanager.posit.co", cmd="Rscript -e 'devtools::check()'",
               note="the rocker base image's repos option points at Posit's binary mirror, which does not serve web/packages/packages.rds; the maintainer: a base image issue (rocker-versioned2#532), set options(repos = cloud.r-project.org)"),
    cran("opendevstack/ods-quickstarters#605", "connectivity", "connectivity.package_mirror", False, "service", "cran.uni-muenster.de",
         "    amazon-ebs: Warning: unable to access index for repository http://cran.uni-muenster.de/src/contrib:\n    amazon-ebs:   cannot open URL 'http://cran.uni-muenster.de/src/contrib/PACKAGES'\n    amazon-ebs: Warning message:\n    amazon-ebs: packages \ufffd\ufffd\ufffdshinythemes\ufffd\ufffd\ufffd, \ufffd\ufffd\ufffdggplot2\ufffd\ufffd\ufffd, \ufffd\ufffd\ufffdreshape2\ufffd\ufffd\ufffd are not available for this version of R",
         cmd="packer build ds-rshiny.json", also_ok=["build.package_not_found"],
         note="labelled bug: the quickstarter's pinned CRAN mirror 'cran.uni-muenster.de is broken', so the image's R packages never install; fixed by pointing at another mirror (the console's mangled quotes kept)"),
    # --- SwiftPM ------------------------------------------------------------------------------------------------------
    B.build_in("net_spm", "SimformSolutionsPvtLtd/SSToastMessage#9", "build.repository_missing",
               "[12:58:32]: Resolving Swift Package Manager dependencies...\n[12:58:32]: $ xcodebuild -resolvePackageDependencies -workspace XXXXXXX.xcworkspace -scheme XXXXXXX\n[12:58:34]: ▸ Command line invocation:\n[12:58:34]: ▸     /Applications/Xcode-14.0.1.app/Contents/Developer/usr/bin/xcodebuild -resolvePackageDependencies -workspace XXXXXXX.xcworkspace -scheme XXXXXXX\n[12:58:34]: ▸ User defaults from command line:\n[12:58:34]: ▸     IDEPackageSupportUseBuiltinSCM = YES\n[12:58:37]: ▸ Resolve Package Graph\n[12:58:37]: ▸ Fetching from https://github.com/SimformSolutionsPvtLtd/SSToastMessage#swift-package-manager\n[12:58:38]: ▸ 2023-03-27 12:58:38.391 xcodebuild[4946:15142] Writing error result bundle to /var/folders/bl/wbxjgtzx7j5_mjsmfr3ynlc00000gp/T/ResultBundle_2023-27-03_12-58-0038.xcresult\n[12:58:38]: ▸ skipping cache due to an error: Failed to clone repository https://github.com/SimformSolutionsPvtLtd/SSToastMessage#swift-package-manager:\n[12:58:38]: ▸     Cloning into bare repository '/Users/distiller/Library/Caches/org.swift.swiftpm/repositories/SSToastMessage#swift-package-manager-a4f60f45'...\n[12:58:38]: ▸     fatal: https://github.com/SimformSolutionsPvtLtd/SSToastMessage#swift-package-manager/info/refs not valid: is this a git repository?",
               raw_is_log=True, host_alt=["github.com"], also_ok=["credentials.git_auth"],
               note="a CircleCI fastlane run: the package reference carries the README's '#swift-package-manager' anchor, so git asks for a repository path that does not exist; the same every run (labelled from the log)"),
]
