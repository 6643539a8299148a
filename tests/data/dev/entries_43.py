"""Dev-set entries, batch 43 (the JVM and .NET package ecosystems in CI beside the builds' own mistakes. Maven
Central answering 503, 429 and resets, and refusing a CI provider's egress with 403; a CloudBees mirror's 500;
Coursier and Ivy under sbt timing out on repo1.maven.org and hitting 500s and gateway timeouts on repo.scala-sbt.org's
CDN; JitPack behind Cloudflare (521, 522, read timeouts, and a reporter's own firewall); the Gradle wrapper timing out
on services.gradle.org and on a company Nexus; maven.google.com, dl.google.com and JCenter resetting or timing out
Android jobs, and an IDE proxy setting nobody runs; OSSRH slow to close a staging repository and a Jenkins Artifactory
whose permission job lagged behind a rotated token; api.nuget.org's CDN incidents (502s, forcibly closed TLS), a
network that resets NuGet's TLS and one that does not trust its chain, and a Windows runner image whose NuGet sources
sometimes lack nuget.org; a self-hosted Maven repository behind a Cloudflare rule that blocks GitHub's runners and
another whose DNS lapsed. The builds' own: Bintray repositories that are gone for good (502), http:// repositories
Maven 3.8.1 blocks and Central's 501 HTTPS Required, 401s from Azure Artifacts, GitHub Packages and OSSRH when no
credential or the wrong kind was passed, a release that was never promoted to Central, a NuGet preview that does not
exist yet, a plugin looked up only in the Gradle portal, and an old Coursier CLI that Central now refuses). `err` is
verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log
inside Markdown (blockquote markers, inline code) only that markup was dropped and trailing blanks trimmed, never a
word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log
line. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing
call; an inferred one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"googleapis/google-cloud-java#7557", "eventeum/eventeum#113"}

B = Batch(PULLS)
conn = B.family("connectivity")
cred = B.family("credentials")
dns = B.family("dns")
bld = B.build()
loc = B.local()

MIRROR = "connectivity.package_mirror"
HTTP_BLOCKED = "build.http_repository_blocked"
HTTPS_REQUIRED = "build.https_required"
REPO_GONE = "build.repository_removed"
VERSION_MISSING = "build.package_version_missing"
NUGET_CDN = ["api.nuget.org"]

E = [
    # --- Maven Central: 5xx, 429, resets, a provider's egress refused ----------------------------------------------
    conn("quarkusio/quarkus#25813", "connectivity", MIRROR, True, "service", "repo.maven.apache.org",
         "Unresolveable build extension: Plugin io.quarkus.platform:quarkus-maven-plugin:2.9.1.Final or one of its dependencies could not be resolved: The following artifacts could not be resolved: io.quarkus.platform:quarkus-maven-plugin:jar:2.9.1.Final, org.fusesource.jansi:jansi:jar:1.18: Could not transfer artifact io.quarkus.platform:quarkus-maven-plugin:jar:2.9.1.Final from/to central (https://repo.maven.apache.org/maven2): transfer failed for https://repo.maven.apache.org/maven2/io/quarkus/platform/quarkus-maven-plugin/2.9.1.Final/quarkus-maven-plugin-2.9.1.Final.jar, status: 503 Service Unavailable",
         cmd="./mvnw clean package", host_alt=["repo1.maven.org"], also_ok=["connectivity.server_error"],
         note="Central answered 503 for a released plugin jar that exists ('working fine two days back'); nothing in the project changed, a later build resolves it"),
    conn("googleapis/google-cloud-java#7557", "connectivity", "connectivity.reset", True, "service", "repo.maven.apache.org",
         "[ERROR] Failed to execute goal on project google-cloud-managedtest: Could not resolve dependencies for project com.google.cloud:google-cloud-managedtest:jar:0.120.1-alpha-SNAPSHOT: Could not transfer artifact com.google.api:gax-httpjson:jar:0.80.0 from/to central (https://repo.maven.apache.org/maven2): Transfer failed for https://repo.maven.apache.org/maven2/com/google/api/gax-httpjson/0.80.0/gax-httpjson-0.80.0.jar: Connection reset -> [Help 1]",
         cmd="mvn -B install -DskipTests", also_ok=[MIRROR],
         note="a libraries-bom bump PR whose check failed on a reset download from Central ('Connection reset with Maven Central.'); the maintainer treats it as a flake, unrelated to the change"),
    conn("googleapis/google-cloud-java#14171", "connectivity", "connectivity.rate_limited", True, "service", "repo1.maven.org",
         "17:00:17:803 [ERROR]     Non-resolvable import POM: The following artifacts could not be resolved: io.grpc:grpc-bom:pom:1.82.4 (absent): io.grpc:grpc-bom:pom:1.82.4 failed to transfer from https://repo1.maven.org/maven2 during a previous attempt. This failure was cached in the local repository and resolution is not reattempted until the update interval of maven-central has elapsed or updates are forced. Original error: Could not transfer artifact io.grpc:grpc-bom:pom:1.82.4 from/to maven-central (https://repo1.maven.org/maven2): status code: 429, reason phrase: Too Many Requests (429) @ line 79, column 19 -> [Help 2]",
         raw_is_log=True, also_ok=[MIRROR],
         note="'Maven 429: Too many requests': Central throttles the CI's shared egress; the local repository then caches the failure for the rest of that job, while a fresh run later resolves (the project moves CI to a mirror)"),
    conn("eclipse-tycho/tycho#5996", "connectivity", "connectivity.rate_limited", True, "service", "repo.maven.apache.org",
         "Caused by: io.takari.aether.connector.TransferException: Failed to transfer https://repo.maven.apache.org/maven2/io/netty/netty-codec-http/4.1.115.Final/netty-codec-http-4.1.115.Final.jar. Error code 429,\n\tat io.takari.aether.connector.AetherRepositoryConnector.handleResponseCode(AetherRepositoryConnector.java:401)",
         cmd="mvn -B clean install", also_ok=[MIRROR],
         note="Tycho's own GitHub Actions integration tests got HTTP 429 from Central during its May 2026 throttling; 'Works now' a few weeks on, with no change in the project"),
    conn("travis-ci/travis-ci#10055", "connectivity", "connectivity.forbidden", True, "service", "repo.maven.apache.org",
         "Plugin org.apache.maven.plugins:maven-enforcer-plugin:3.0.0-M1 or one of its\ndependencies could not be resolved: Failed to read artifact descriptor for\norg.apache.maven.plugins:maven-enforcer-plugin:jar:3.0.0-M1: Could not transfer\nartifact org.apache.maven.plugins:maven-enforcer-plugin:pom:3.0.0-M1 from/to\ncentral (https://repo.maven.apache.org/maven2): Access denied to:\nhttps://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-enforcer-plugin/3.0.0-M1/maven-enforcer-plugin-3.0.0-M1.pom ,\nReasonPhrase:Forbidden.",
         cmd="mvn -B install", host_alt=["central.maven.org"], also_ok=[MIRROR, "connectivity.geo_blocked"],
         note="Central denied Travis's container-based (sudo: false) workers while sudo: true VMs passed the same day: the provider's egress addresses were refused, Travis staff reported it resolved within hours (the paste's own line wrapping kept, trailing blanks trimmed)"),
    conn("hazelcast/hazelcast#5028", "connectivity", MIRROR, True, "service", "repo.cloudbees.com",
         "03:37:34 [ERROR] Failed to execute goal on project hazelcast-build-utils: Could not resolve dependencies for project com.hazelcast:hazelcast-build-utils:jar:3.5-SNAPSHOT: Could not transfer artifact org.apache.maven:maven-profile:jar:2.2.0 from/to central (http://repo.cloudbees.com/content/repositories/central): Failed to transfer file: http://repo.cloudbees.com/content/repositories/central/org/apache/maven/maven-profile/2.2.0/maven-profile-2.2.0.jar. Return code is: 500 , ReasonPhrase:Internal Server Error. -> [Help 1]",
         t="jenkins", cmd="mvn clean install", also_ok=["connectivity.server_error"],
         note="the CloudBees-hosted Jenkins mirrors Central through repo.cloudbees.com, which now and then answers 500 ('not very often but happens'); closed as 'no recent failure'"),
    # --- sbt: Coursier and Ivy ---------------------------------------------------------------------------------------
    conn("sbt/sbt#6685", "connectivity", "connectivity.timeout", True, "service", "repo1.maven.org",
         "[error] sbt.librarymanagement.ResolveException: Error downloading com.thesamet.scalapb:scalapb-runtime-grpc_2.12:0.11.4\n[error]   Not found\n[error]   Not found\n[error]   not found: /root/.ivy2/localcom.thesamet.scalapb/scalapb-runtime-grpc_2.12/0.11.4/ivys/ivy.xml\n[error]   download error: Caught java.net.ConnectException: Connection timed out (Connection timed out) (Connection timed out (Connection timed out)) while downloading https://repo1.maven.org/maven2/com/thesamet/scalapb/scalapb-runtime-grpc_2.12/0.11.4/scalapb-runtime-grpc_2.12-0.11.4.pom",
         cmd="sbt test", also_ok=["connectivity.connect_timeout", "build.package_not_found"],
         note="'repo1.maven.org was unstable this morning and many of our sbt builds started failing with transient errors'; the 'Not found' lines are the local Ivy lookups, the real failure is the connect timeout (the issue asks sbt to retry such errors)"),
    conn("sbt/sbt#7202", "connectivity", MIRROR, True, "service", "scala.jfrog.io",
         "[error] (update) lmcoursier.internal.shaded.coursier.error.FetchError$DownloadingArtifacts: Error fetching artifacts:\n[error] https://repo.scala-sbt.org/scalasbt/sbt-plugin-releases/com.dwijnand/sbt-compat/scala_2.12/sbt_1.0/1.2.6/docs/sbt-compat-javadoc.jar: download error: Caught java.io.IOException (Server returned HTTP response code: 500 for URL: https://scala.jfrog.io/artifactory/sbt-plugin-releases/com.dwijnand/sbt-compat/scala_2.12/sbt_1.0/1.2.6/docs/sbt-compat-javadoc.jar) while downloading https://repo.scala-sbt.org/scalasbt/sbt-plugin-releases/com.dwijnand/sbt-compat/scala_2.12/sbt_1.0/1.2.6/docs/sbt-compat-javadoc.jar",
         cmd="sbt update", host_alt=["repo.scala-sbt.org"], also_ok=["connectivity.server_error"],
         note="'unavailable repo.scala-sbt.org (April 7, 2023)': the repository's new CDN returned 500 for plugin artifacts; the maintainer turned the CDN off and 'my build is alive again'"),
    conn("sbt/sbt#6460", "connectivity", MIRROR, True, "service", "repo.scala-sbt.org",
         "[error] SERVER ERROR: GATEWAY_TIMEOUT url=https://repo.scala-sbt.org/scalasbt/sbt-plugin-releases/com.eed3si9n/sbt-assembly/scala_2.12/sbt_1.0/0.14.5/jars/sbt-assembly.jar\n[warn] \tDetected merged artifact: [NOT FOUND  ] com.eed3si9n#sbt-assembly;0.14.5!sbt-assembly.jar (107ms).\n[warn] ==== sbt-plugin-releases: tried\n[warn]   https://repo.scala-sbt.org/scalasbt/sbt-plugin-releases/com.eed3si9n/sbt-assembly/scala_2.12/sbt_1.0/0.14.5/jars/sbt-assembly.jar",
         cmd="sbt assembly", also_ok=["connectivity.timeout", "connectivity.gateway_timeout"],
         note="Ivy under sbt gets a 504 from repo.scala-sbt.org's redirect front for a plugin that exists; the maintainers suspect an Nginx/AWS-level timeout and cannot reproduce it afterwards"),
    # --- JitPack ----------------------------------------------------------------------------------------------------
    conn("jitpack/jitpack.io#3973", "connectivity", MIRROR, True, "service", "jitpack.io",
         "         > Could not get resource 'https://jitpack.io/androidx/appcompat/appcompat/1.1.0/appcompat-1.1.0.aar'.\n            > Could not HEAD 'https://jitpack.io/androidx/appcompat/appcompat/1.1.0/appcompat-1.1.0.aar'. Received status code 522 from server: Origin Connection Time-out",
         cmd="./gradlew lint", also_ok=["connectivity.timeout"],
         note="Cloudflare's 522: JitPack's origin did not answer the CDN; 'I am currently having builds fail like this' during the outage, which later cleared (closed as stale)"),
    conn("plnice/can-i-drop-jetifier#10", "connectivity", MIRROR, True, "service", "jitpack.io",
         "Could not GET 'https://jitpack.io/com/github/plnice/canidropjetifier/0.4/canidropjetifier-0.4.pom'. Received status code 521 from server: Origin Down",
         cmd="./gradlew canIDropJetifier", also_ok=["connectivity.unreachable"],
         note="Gradle asks JitPack (listed before the plugin portal) and Cloudflare reports the origin down; the reporter: 'It's working now, I think jitpack was out'"),
    conn("jitpack/jitpack.io#5500", "connectivity", "connectivity.timeout", True, "service", "jitpack.io",
         "> Could not resolve all files for configuration ':app:devDebugRuntimeClasspath'.\n   > Could not resolve com.github.gomaji:KLog:-SNAPSHOT.\n     Required by:\n         project :app\n      > Could not resolve com.github.gomaji:KLog:-SNAPSHOT.\n         > Could not get resource 'https://jitpack.io/com/github/gomaji/KLog/-SNAPSHOT/KLog--b059ad2cae-1.pom'.\n            > Could not GET 'https://jitpack.io/com/github/gomaji/KLog/-SNAPSHOT/KLog--b059ad2cae-1.pom'.\n               > Read timed out",
         cmd="./gradlew assembleDevDebug", also_ok=["connectivity.client_timeout", MIRROR],
         note="'Jitpack Server is down ... broken our CI/CD' (March 2023): every JitPack dependency reads timed out while the service was down; builds pass once it recovered"),
    conn("jitpack/jitpack.io#4823", "connectivity", "connectivity.timeout", False, "local", "jitpack.io",
         "         > Could not get resource 'https://jitpack.io/com/github/Electroid/BungeeCord/master/BungeeCord-master.pom'.\n            > Could not HEAD 'https://jitpack.io/com/github/Electroid/BungeeCord/master/BungeeCord-master.pom'.\n               > Connect to jitpack.io:443 [jitpack.io/104.26.8.99, jitpack.io/104.26.9.99, jitpack.io/172.67.72.129] failed: Connection timed out: connect",
         cmd="./gradlew build", host_alt=["jitpack.io:443", "104.26.8.99", "104.26.9.99", "172.67.72.129"], also_ok=["connectivity.proxy_misconfigured", "connectivity.connect_timeout"],
         note="reads like a JitPack outage, but the reporter closed it himself: 'It was an issue with my firewall' (Maven builds on the same machine failed the same way)"),
    # --- Gradle wrapper distributions -------------------------------------------------------------------------------
    conn("gradle/gradle#38919", "connectivity", "connectivity.timeout", True, "service", "services.gradle.org",
         "Downloading https://services.gradle.org/distributions/gradle-5.6.4-bin.zip\n\nException in thread \"main\" java.net.ConnectException: Connection timed out (Connection timed out)\n    at java.net.PlainSocketImpl.socketConnect(Native Method)",
         t="jenkins", cmd="./gradlew clean build", host_alt=["github.com", "release-assets.githubusercontent.com"], also_ok=["connectivity.connect_timeout"],
         note="Jenkins agents intermittently time out connecting along services.gradle.org's redirect to GitHub's release-asset CDN; 'the same job succeeds on retry or on other build agents' (closed as a question)"),
    conn("gradle/gradle#19930", "connectivity", "connectivity.timeout", True, "service", None,
         "06:13:58  Exception in thread \"main\" java.io.IOException: Downloading from <internal nexus repo>/nexus/content/repositories/gradle-distributions/gradle-6.8.3-bin.zip failed: timeout\n06:13:58  \tat org.gradle.wrapper.Download.downloadInternal(Download.java:110)",
         t="jenkins", cmd="./gradlew build --no-daemon", also_ok=["connectivity.client_timeout"],
         note="the wrapper downloads its distribution from the company's Nexus and hits 'Read timed out' intermittently in CI; the internal host is redacted, so no host"),
    # --- Android: Google Maven, dl.google.com, JCenter ---------------------------------------------------------------
    conn("firebase/firebase-android-sdk#78", "connectivity", "connectivity.reset", True, "service", "maven.google.com",
         "W1017 23:22:18.094] Could not resolve all files for configuration ':buildSrc:runtimeClasspath'.\nW1017 23:22:18.094] > Could not download sdk-common.jar (com.android.tools:sdk-common:26.0.1)\nW1017 23:22:18.094]    > Could not get resource 'https://maven.google.com/com/android/tools/sdk-common/26.0.1/sdk-common-26.0.1.jar'.\nW1017 23:22:18.095]       > Connection reset",
         raw_is_log=True, host_alt=["dl.google.com"], also_ok=[MIRROR],
         note="labelled ci-flakiness: the Prow jobs' Gradle downloads from Google's Maven are reset now and then ('Seems these still happen...?'); re-runs pass"),
    conn("servo/servo#45507", "connectivity", "connectivity.timeout", True, "service", "dl.google.com",
         "Run android-actions/setup-android@v4\nFound preinstalled sdkmanager in /usr/local/lib/android/sdk/cmdline-tools/latest with following source.properties:\nPkg.Revision=9.0\nPkg.Path=cmdline-tools;9.0\nPkg.Desc=Android SDK Command-line Tools\n\nWrong version in preinstalled sdkmanager\nDownloading commandline tools from https://dl.google.com/android/repository/commandlinetools-linux-14742923_latest.zip\n\nWaiting 18 seconds before trying again\n\nWaiting 16 seconds before trying again\nnode:internal/process/promises:394\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n\nAggregateError [ETIMEDOUT]:\n    at internalConnectMultiple (node:net:1193:18)\n    at internalConnectMultiple (node:net:1269:5)\n    at Timeout.internalConnectMultipleTimeout (node:net:1810:5)\n    at listOnTimeout (node:internal/timers:607:11)\n    at process.processTimers (node:internal/timers:541:7) {\n  code: 'ETIMEDOUT',\n  [errors]: [\n    Error: connect ETIMEDOUT 192.178.155.93:443",
         raw_is_log=True, host_alt=["192.178.155.93:443", "192.178.155.93"], also_ok=["connectivity.connect_timeout"],
         note="'CI is busted in Setup Android SDK' (labelled A-infrastructure): the action's three tries to fetch the command-line tools from dl.google.com all time out on the hosted runners; nothing in servo changed (a reachability problem between the runners and Google's download host)"),
    conn("actions/runner#1149", "connectivity", "connectivity.reset", True, "service", "jcenter.bintray.com",
         "> Could not resolve all files for configuration ':ReactAndroid:lintClassPath'.\n   > Could not download groovy-all-2.4.15.jar (org.codehaus.groovy:groovy-all:2.4.15)\n      > Could not get resource 'https://jcenter.bintray.com/org/codehaus/groovy/groovy-all/2.4.15/groovy-all-2.4.15.jar'.\n         > Could not GET 'https://jcenter.bintray.com/org/codehaus/groovy/groovy-all/2.4.15/groovy-all-2.4.15.jar'.\n            > Connection reset",
         cmd="./gradlew :ReactAndroid:lint", also_ok=[MIRROR],
         note="Expo's macOS runner jobs: large downloads are reset 'occasionally', from JCenter and from Central alike, so the path from the runner, not one repository; re-runs pass"),
    conn("flutter/flutter-intellij#3926", "connectivity", "connectivity.proxy_misconfigured", False, "local", "dl.google.com",
         "   > Could not resolve com.google.gms:google-services:4.3.10.\n     Required by:\n         project :\n      > Could not resolve com.google.gms:google-services:4.3.10.\n         > Could not get resource 'https://dl.google.com/dl/android/maven2/com/google/gms/google-services/4.3.10/google-services-4.3.10.pom'.\n            > Could not GET 'https://dl.google.com/dl/android/maven2/com/google/gms/google-services/4.3.10/google-services-4.3.10.pom'.\n               > Connect to SIENA:63289 [SIENA/192.168.254.108] failed: Connection refused: connect",
         cmd="flutter build apk", host_alt=["SIENA:63289", "SIENA", "192.168.254.108"], also_ok=["connectivity.proxy_refused", "connectivity.refused"],
         note="every repository fails the same way: Gradle is configured to go through a proxy on the reporter's own machine (SIENA:63289) that is not listening; Google's and Central's hosts are never reached"),
    # --- publishing: OSSRH and a Jenkins Artifactory -------------------------------------------------------------
    conn("Codearte/gradle-nexus-staging-plugin#110", "connectivity", "connectivity.service_slow", True, "service", None,
         "Execution failed for task ':closeRepository'.\n> Repository 'netsourceforgesvg2ico-1020' (in 'open' state) is in transition. Check again later.",
         cmd="./gradlew publish closeAndReleaseRepository", host_alt=["oss.sonatype.org"], also_ok=[MIRROR],
         note="the repository was in fact closed in the Nexus UI; 'Sonatype has been on a go-slow for the past couple of days' and the plugin's author saw the same on Travis: 'Retrying helped'"),
    cred("jenkins-infra/helpdesk#3966", "credentials", "credentials.unauthorized", True, "service", "repo.jenkins-ci.org",
         "org.apache.maven.lifecycle.LifecycleExecutionException: Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) on project role-strategy: Failed to deploy artifacts: Could not transfer artifact org.jenkins-ci.plugins:role-strategy:pom:711.vf33a_d2c994b_a_ from/to maven.jenkins-ci.org (https://repo.jenkins-ci.org/releases/): authentication failed for https://repo.jenkins-ci.org/releases/org/jenkins-ci/plugins/role-strategy/711.vf33a_d2c994b_a_/role-strategy-711.vf33a_d2c994b_a_.pom, status: 401 Unauthorized",
         cmd="mvn -B -ntp deploy", also_ok=["credentials.token_failed"],
         note="the repository secrets had just been rotated but Jenkins' repository-permissions-updater run that grants them had failed; once the next run finished, re-triggering the CD workflow deployed fine"),
    # --- NuGet: api.nuget.org and the networks in front of it -------------------------------------------------------
    conn("NuGet/Home#13148", "connectivity", MIRROR, True, "service", "api.nuget.org",
         "MSBuild version 17.7.4+3ebbd7c49 for .NET\n  Determining projects to restore...\n  Retrying 'FindPackagesByIdAsync' for source 'https://api.nuget.org/v3-flatcontainer/grpc.tools/index.json'.\n  Response status code does not indicate success: 502 (Bad Gateway).\n  Retrying 'FindPackagesByIdAsync' for source 'https://api.nuget.org/v3-flatcontainer/microsoft.aspnetcore.mvc.core/index.json'.\n  Response status code does not indicate success: 502 (Bad Gateway).\n  Retrying 'FindPackagesByIdAsync' for source 'https://api.nuget.org/v3-flatcontainer/firebaseadmin/index.json'.\n  Response status code does not indicate success: 502 (Bad Gateway).\n  Retrying 'FindPackagesByIdAsync' for source 'https://api.nuget.org/v3-flatcontainer/microsoft.entityframeworkcore.design/index.json'.",
         cmd="cd src/WebApi && dotnet publish \"WebApi.csproj\" -c Release -o publish", also_ok=["connectivity.server_error"],
         note="GitLab CI docker builds on 2024-01-11: api.nuget.org's flat container answered 502 for random packages ('not even the same package'), seen by many that day on several OSes; a NuGet.org-side incident"),
    conn("NuGet/NuGetGallery#9218", "connectivity", "connectivity.reset", True, "service", "api.nuget.org",
         "##[error]C:\\hostedtoolcache\\windows\\dotnet\\sdk\\6.0.400\\NuGet.targets(132,5): Error : Failed to download package 'Microsoft.AspNetCore.Cryptography.Internal.2.2.0' from 'https://api.nuget.org/v3-flatcontainer/microsoft.aspnetcore.cryptography.internal/2.2.0/microsoft.aspnetcore.cryptography.internal.2.2.0.nupkg'.\nThe SSL connection could not be established, see inner exception.\n  Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host..\n  An existing connection was forcibly closed by the remote host.",
         raw_is_log=True, also_ok=["connectivity.tls_failed", MIRROR],
         note="NuGet.org's own incident issue (2022-09-05 and 09-07): the primary CDN failed and was failed over to the secondary; a Microsoft-hosted windows-latest agent in UK South saw these intermittently until the mitigation"),
    conn("NuGet/Home#10287", "connectivity", "connectivity.reset", False, "local", "api.nuget.org",
         "Retrying 'FindPackagesByIdAsync' for source 'https://api.nuget.org/v3-flatcontainer/microsoft.openapi/index.json'.\n   The SSL connection could not be established, see inner exception.\n     Unable to read data from the transport connection: Connection reset by peer.\n     Connection reset by peer",
         cmd="dotnet restore", also_ok=["connectivity.tls_failed", "connectivity.proxy_misconfigured"],
         note="one organisation's builds fail from 2020-11-13 on, day after day; their network provider sees the calls leave and get rejected; NuGet closed it as external (a path problem of that network, not a NuGet.org outage)"),
    conn("dotnet/runtime#121893", "connectivity", "connectivity.untrusted_certificate", False, "local", None,
         "error:   The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot",
         cmd="dotnet restore", host_alt=NUGET_CDN, also_ok=["connectivity.tls_failed", "connectivity.proxy_misconfigured"],
         note="behind NU1301 for api.nuget.org: the machine's .NET stack does not trust the chain it is served (a browser with its own store works), so an interception or trust-store problem on that machine; the quote is the reporter's line as the triager re-quoted it (blockquote marker dropped)"),
    loc("graphql-dotnet/graphql-dotnet#2422", "local.runner_image_broken", True,
        "D:\\a\\graphql-dotnet\\graphql-dotnet\\src\\GraphQL.Dummy\\GraphQL.Dummy.csproj : error NU1102: Unable to find package NETStandard.Library with version (>= 2.0.3) [D:\\a\\graphql-dotnet\\graphql-dotnet\\src\\GraphQL.sln]\nD:\\a\\graphql-dotnet\\graphql-dotnet\\src\\GraphQL.Dummy\\GraphQL.Dummy.csproj : error NU1102:   - Found 1 version(s) in Microsoft Visual Studio Offline Packages [ Nearest version: 1.6.0 ] [D:\\a\\graphql-dotnet\\graphql-dotnet\\src\\GraphQL.sln]\nD:\\a\\graphql-dotnet\\graphql-dotnet\\src\\GraphQL.Dummy\\GraphQL.Dummy.csproj : error NU1102:   - Found 0 version(s) in Source [D:\\a\\graphql-dotnet\\graphql-dotnet\\src\\GraphQL.sln]",
        cmd="dotnet build src/GraphQL.sln -c Release", also_ok=[VERSION_MISSING, MIRROR],
        note="NETStandard.Library 2.0.3 exists: on some windows-latest runners NuGet's user config listed only the Visual Studio offline source, not nuget.org; the maintainers: the 'Re-run all jobs' button solves it, and a second contributor saw the same (blockquote marker dropped)"),
    # --- self-hosted Maven repositories: a WAF rule and a lapsed DNS -------------------------------------------------
    conn("dmulloy2/ProtocolLib#3373", "connectivity", "connectivity.forbidden", False, "service", "repo.dmulloy2.net",
         "Execution failed for task ':plugins:_common:compileJava'.\n> Could not resolve all files for configuration ':plugins:_common:compileClasspath'.\n   > Could not resolve com.comphenix.protocol:ProtocolLib:5.3.0.\n     Required by:\n         project :plugins:_common\n      > Could not resolve com.comphenix.protocol:ProtocolLib:5.3.0.\n         > Could not get resource 'https://repo.dmulloy2.net/repository/public/com/comphenix/protocol/ProtocolLib/5.3.0/ProtocolLib-5.3.0.pom'.\n            > Could not GET 'https://repo.dmulloy2.net/repository/public/com/comphenix/protocol/ProtocolLib/5.3.0/ProtocolLib-5.3.0.pom'. Received status code 403 from server: Forbidden",
         cmd="./gradlew build", also_ok=["connectivity.waf_blocked", MIRROR],
         note="the same pom downloads fine in a browser; the repository's Cloudflare rules refuse GitHub's runners ('i tried updating the cloudflare settings'), and it 'just happened again' months later: a re-run does not get past it"),
    dns("dmulloy2/ProtocolLib#353", "dns", "dns.no_such_host", False, "service", "repo.dmulloy2.net",
        "[ERROR] Failed to execute goal on project voxelgameslib: Could not resolve dependencies for project me.minidigger:voxelgameslib:jar:2.0-SNAPSHOT: Failed to collect dependencies at com.comphenix.protocol:ProtocolLib:jar:4.3.0: Failed to read artifact descriptor\nfor com.comphenix.protocol:ProtocolLib:jar:4.3.0: Could not transfer artifact com.comphenix.protocol:ProtocolLib:pom:4.3.0 from/to protocollib-repo (http://repo.dmulloy2.net/content/groups/public/): repo.dmulloy2.net: Unknown host repo.dmulloy2.net -> [Help 1]",
        cmd="mvn -B package", also_ok=["dns.resolve_failed"],
        note="'the whole of dmulloy2.net seems to be down': the owner had cancelled his web hosting without moving the DNS back, so the name stopped resolving until he fixed it the next day"),
    # === the builds' own ===========================================================================================
    # --- repositories that are gone -------------------------------------------------------------------------------
    bld("mark-vieira/gradle-maven-settings-plugin#24", REPO_GONE,
        "  > Could not resolve net.linguica.maven-settings:net.linguica.maven-settings.gradle.plugin:0.5.\n         > Could not get resource 'https://dl.bintray.com/icerockdev/plugins/net/linguica/maven-settings/net.linguica.maven-settings.gradle.plugin/0.5/net.linguica.maven-settings.gradle.plugin-0.5.pom'.\n            > Could not GET 'https://dl.bintray.com/icerockdev/plugins/net/linguica/maven-settings/net.linguica.maven-settings.gradle.plugin/0.5/net.linguica.maven-settings.gradle.plugin-0.5.pom'. Received status code 502 from server: Bad Gateway",
        cmd="./gradlew build", host="dl.bintray.com", also_ok=[MIRROR, "build.package_not_found"],
        note="'repeatedly failing our build commands': the build still lists a Bintray repository, and Bintray (sunset in 2021) answers 502 for everything; the fix is to drop that repository, not to wait"),
    bld("ArthurHub/Android-Image-Cropper#869", REPO_GONE,
        "Could not GET 'https://giphy.bintray.com/giphy-sdk/com/theartofdev/edmodo/android-image-cropper/maven-metadata.xml'. Received status code 502 from server: Bad Gateway",
        cmd="./gradlew assembleDebug", host="giphy.bintray.com", also_ok=[MIRROR],
        note="the maintainer points to the issue about the library's move: the Bintray repository it was served from is gone, so the build must 'update to the new repository'"),
    # --- plain-http repositories --------------------------------------------------------------------------------------
    bld("reficio/p2-maven-plugin#271", HTTP_BLOCKED,
        "[ERROR] Failed to execute goal org.reficio:p2-maven-plugin:2.0.0-SNAPSHOT:site (default-cli) on project config: Execution default-cli of goal org.reficio:p2-maven-plugin:2.0.0-SNAPSHOT:site failed: java.lang.RuntimeException: org.eclipse.aether.resolution.ArtifactResolutionException: Could not transfer artifact org.hibernate:hibernate-core:jar:4.3.0-SNAPSHOT from/to maven-default-http-blocker (http://0.0.0.0/): Blocked mirror for repositories: [hibernate-snapshots (http://snapshots.jboss.org/maven2, default, releases+snapshots)] -> [Help 1]",
        cmd="mvn -B verify", host_alt=["snapshots.jboss.org", "0.0.0.0"], also_ok=["connectivity.plain_http_registry"],
        note="Maven 3.8.1 blocks external http:// repositories by default; two integration tests still declare one; 'use https, that's all'"),
    bld("TotalCross/totalcross#332", HTTP_BLOCKED,
        "[ERROR] Plugin com.totalcross:totalcross-maven-plugin:2.0.2 or one of its dependencies could not be resolved: Failed to read artifact descriptor for com.totalcross:totalcross-maven-plugin:jar:2.0.2: Could not transfer artifact com.totalcross:totalcross-maven-plugin:pom:2.0.2 from/to maven-default-http-blocker (http://0.0.0.0/): Blocked mirror for repositories: [totalcross-repo (http://maven.totalcross.com/artifactory/repo1, default, releases+snapshots)] -> [Help 1]",
        cmd="mvn package", host_alt=["maven.totalcross.com", "0.0.0.0"], also_ok=["connectivity.plain_http_registry"],
        note="'Just deploy with the newest maven version': the project's plugin repository is declared over http://, which Maven 3.8.1+ refuses to contact at all (inline-code markup dropped)"),
    bld("lintool/bespin#18", HTTPS_REQUIRED,
        "[ERROR] Failed to execute goal on project bespin: Could not resolve dependencies for project io.bespin:bespin:jar:1.0.5-SNAPSHOT: Failed to collect dependencies at org.apache.spark:spark-core_2.11:jar:2.3.1 -> net.java.dev.jets3t:jets3t:jar:0.9.4 -> commons-codec:commons-codec:jar:1.15-SNAPSHOT: Failed to read artifact descriptor for commons-codec:commons-codec:jar:1.15-SNAPSHOT: Could not transfer artifact commons-codec:commons-codec:pom:1.15-SNAPSHOT from/to maven (http://repo.maven.apache.org/maven2/): Failed to transfer file: http://repo.maven.apache.org/maven2/commons-codec/commons-codec/1.15-SNAPSHOT/commons-codec-1.15-SNAPSHOT.pom. Return code is: 501 , ReasonPhrase:HTTPS Required. -> [Help 1]",
        cmd="mvn clean package", host="repo.maven.apache.org", also_ok=[HTTP_BLOCKED],
        note="the pom declares Central as http://repo.maven.apache.org; since 2020-01-15 Central answers plain HTTP with 501 HTTPS Required, every time"),
    bld("eventeum/eventeum#113", HTTPS_REQUIRED,
        " Failed to retrieve POM ... Return code is: 501 , ReasonPhrase:HTTPS Required.",
        cmd="mvn -B clean install", host_alt=["repo.maven.apache.org", "repo1.maven.org"], also_ok=[HTTP_BLOCKED],
        note="'Since January 15, builds start failing due to https 501 error' on CircleCI; the PR switches the repository URL to https (the '...' is the PR author's own elision)"),
    # --- credentials the build never passed, or passed wrong ----------------------------------------------------------
    bld("MicrosoftDocs/azure-docs#62559", "credentials.unauthorized",
        "C:\\Program Files\\dotnet\\sdk\\3.1.402\\NuGet.targets(128,5): error : Unable to load the service index for source https://msazure.pkgs.visualstudio.com/_packaging/ManualMirror/nuget/v3/index.json. [C:\\Programming\\Training\\dotnet-core-api\\TodoApi.csproj]\nC:\\Program Files\\dotnet\\sdk\\3.1.402\\NuGet.targets(128,5): error :   Response status code does not indicate success: 401 (Unauthorized). [C:\\Programming\\Training\\dotnet-core-api\\TodoApi.csproj]",
        component="credentials", cmd="dotnet restore", host="msazure.pkgs.visualstudio.com", also_ok=["credentials.missing"],
        note="the sample's NuGet.config points at a Microsoft-internal Azure Artifacts feed the reader has no credential for; restore fails the same way until that source is removed"),
    bld("microsoft/azure-pipelines-tasks#20645", "credentials.unauthorized",
        "    2024-11-12T06:36:57.9250962Z   Retrying 'FindPackagesByIdAsync' for source 'https://pkgs.dev.azure.com/myorg/f433b8a7-a701-48e9-b916-e4ac90fa6b4b/_packaging/036f3e9a-7104-43cd-bed3-406a8f5ec881/nuget/v3/flat2/microsoft.netcore.targets/index.json'.\n    2024-11-12T06:36:57.9251813Z   Response status code does not indicate success: 401 (Unauthorized).",
        component="credentials", raw_is_log=True, host="pkgs.dev.azure.com", also_ok=["credentials.missing"],
        note="after upgrading the Azure Functions worker SDK, its generated WorkerExtensions project restores against the private feed without the pipeline's feed credentials; every run 401s until the restore is configured for it"),
    bld("pretix/pretixscan-android#83", "credentials.missing",
        "Caused by: org.gradle.internal.resource.transport.http.HttpErrorStatusCodeException: Could not GET 'https://maven.pkg.github.com/Digitaler-Impfnachweis/covpass-android/com/ibm/health/de/rki/covpass/covpass-sdk/1.552.1/covpass-sdk-1.552.1.pom'. Received status code 401 from server: Unauthorized",
        component="credentials", cmd="./gradlew assembleDebug", host="maven.pkg.github.com", also_ok=["credentials.unauthorized"],
        note="GitHub Packages' Maven registry needs a token even for public packages; the build expects a github.token with read:packages in local.properties and none was set"),
    bld("actions/setup-java#432", "credentials.unauthorized",
        "Error:  Non-resolvable import POM: Could not transfer artifact xxx from/to bom (https://maven.pkg.github.com/xxx/*): authentication failed for xxxxx, status: 401 Unauthorized @ line 56, column 16",
        component="credentials", cmd="mvn -B deploy", host="maven.pkg.github.com", also_ok=["credentials.missing"],
        note="setup-java's generated settings.xml only has a server for the id 'github'; the BOM's repository id 'bom' got no credentials until the reporter wrote his own settings.xml (the names are the reporter's redaction)"),
    bld("qcastel/github-actions-maven-release#58", "credentials.unauthorized",
        "Error: 5,099 [INFO] 19:14:35,099 [ERROR] Failed to execute goal org.sonatype.plugins:nexus-staging-maven-plugin:1.6.13:deploy (default-deploy) on project phasetwo-admin-client: Execution default-deploy of goal org.sonatype.plugins:nexus-staging-maven-plugin:1.6.13:deploy failed: Nexus connection problem to URL [https://s01.oss.sonatype.org/ ]: 401 - Unauthorized -> [Help 1]",
        component="credentials", raw_is_log=True, host="s01.oss.sonatype.org", also_ok=["credentials.token_failed"],
        note="OSSRH stopped accepting account passwords; the reporter put the wrong values into the new secrets: 'my misunderstanding of what constitutes a \"token\" for the new auth type'"),
    # --- versions and plugins that are not there ------------------------------------------------------------------
    bld("vy/rotating-fos#91", VERSION_MISSING,
        "Could not find artifact com.vlkan.rfos:rotating-fos:jar:0.9.5 in central (https://repo.maven.apache.org/maven2)",
        cmd="mvn -B package", host_alt=["repo.maven.apache.org"], also_ok=["build.package_not_found"],
        note="0.9.5 was tagged but its staging repository was never promoted in Nexus, so Central has no such version until the maintainer released it by hand; re-running changes nothing"),
    bld("Taiizor/Sucrose#93", VERSION_MISSING,
        "    C:\\Sucrose-develop\\src\\Live\\Sucrose.Live.Nebula\\Sucrose.Live.Nebula.csproj : error NU1102: Unable to find package System.Management with version (>= 9.0.0-preview.7.24363.5) [C:\\Sucrose-develop\\src\\Sucrose.sln]\nC:\\Sucrose-develop\\src\\Live\\Sucrose.Live.Nebula\\Sucrose.Live.Nebula.csproj : error NU1102:   - Found 76 version(s) in nuget.org [ Nearest version: 9.0.0-preview.6.24327.7 ] [C:\\Sucrose-develop\\src\\Sucrose.sln]",
        cmd="dotnet restore src/Sucrose.sln", host_alt=NUGET_CDN, also_ok=["build.package_not_found"],
        note="the develop branch references a .NET 9 preview build of System.Management that nuget.org does not carry (the nearest is preview.6); labelled bug and solved in the repository"),
    bld("sp1ritCS/gtk-android-builder#29", "build.package_not_found",
        "Plugin [id: 'com.android.application', version: '9.1.0', apply: false] was not found in any of the following sources:\n\n- Gradle Core Plugins (plugin is not in 'org.gradle' namespace)\n- Included Builds (No included builds contain this plugin)\n- Plugin Repositories (could not resolve plugin artifact 'com.android.application:com.android.application.gradle.plugin:9.1.0')\n  Searched in the following repositories:\n    Gradle Central Plugin Repository",
        cmd="./gradlew assembleDebug", host_alt=["plugins.gradle.org"], also_ok=["build.plugin_not_found", "build.repository_missing"],
        note="the Android Gradle plugin lives in Google's Maven, but the generated project's pluginManagement searched only the Gradle plugin portal ('it only tried to look at plugins in the Gradle Central Plugin Repository'); a configuration matter"),
    bld("coursier/coursier#3507", "build.client_outdated",
        "Error while downloading https://repo1.maven.org/maven2/com/chuusai/shapeless_2.12/2.3.3/shapeless_2.12-2.3.3.jar:\nServer returned HTTP response code: 403 for URL: https://repo1.maven.org/maven2/com/chuusai/shapeless_2.12/2.3.3/shapeless_2.12-2.3.3.jar, ignoring it",
        cmd="./metadata/scripts/with-test-repo.sh sbt sbt-coursier-shared/test 'sbt-coursier/scripted shared-1/* sbt-coursier/*'", host="repo1.maven.org", also_ok=["connectivity.forbidden", "local.client_regression"],
        note="sbt-coursier's CI script launches an older coursier CLI, and Central answers its requests with 403 for artifacts that exist (coursier's other threads tie Central's refusals to that client's request headers); the script pins it, so every run fails the same until it is bumped"),
]
