"""Dev-set entries, batch 101 (name-resolution failures that passed on a re-run or when the provider recovered, and,
for contrast, the ones where something had to change first). The runner's side, most of this batch: Travis workers
that could not resolve github.com during Travis' own incidents (macOS, November 2016 and 2017) or now and then with
no incident at all (`Temporary failure in name resolution`, `Couldn't resolve host`, a daily 06:30-07:15 UTC window
inside Docker jobs that rust-lang's bors saw for weeks, `Could not resolve host: security.ubuntu.com` and
`ftp.netbsd.org` marked spurious), a Kubernetes CI cluster's `lookup gcr.io: Temporary failure in name resolution`,
one control node whose `lookup index.docker.io: no such host` passed after some ten retries, self-hosted GCP runners
that could not resolve api.github.com once, a re-run that fixed `getaddrinfo ENOTFOUND downloads.gradle-dn.com`,
Azure Pipelines agents and a macOS GitHub runner that intermittently cannot resolve cli.codecov.io or its own
`.local` host name, a .NET test whose host lookup failed with error 11001 during an infrastructure blip, devpi serving
a stale index after a resolver glitch (a warning it survived), and, not retryable, a local DNS proxy answering
`server misbehaving`, a Termux/QEMU VM whose resolver setup had to be redone and a Gitea act_runner whose job
containers sit on a network that cannot resolve the Gitea service. The service's side: a freshly deployed Azure VM's
cloudapp.azure.com name not resolving until a re-run, and PyPI's CDN whose Fastly name servers have no IPv6 address
so an IPv6-only resolver answers `Temporary failure in name resolution` every time (nothing the build can retry away).
The build's own: pre-commit.ci hooks that reach pypi.org although pre-commit.ci allows no network, Bazel workspaces
still naming the retired central.maven.org, go-release-action versions that feed go.dev's two-line VERSION answer to
wget so it looks up hosts named `time` and `2024-03-29t15`, a shell quote that became part of a curl host name, and an
upload script that asked curl for a host named `HTTP`. `err` is verbatim from the source (a GitHub thread found with
the search tool's `issues` corpus); where a thread quoted a log inside Markdown (code fences, backticks, bold
markers, a log-line link GitHub pasted into a timestamp) only that markup was dropped and trailing blanks trimmed,
never a word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last
whole log line. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the
failing call (for DNS, the looked-up name); an inferred, masked, malformed or placeholder one goes in host_alt, and
the runner's own host name stays None. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"Azure/azure-cli#11999", "Homebrew/legacy-homebrew#44892", "hail-is/hail#8112", "rust-lang/rust#53234"}  # fmt: skip

B = Batch(PULLS)
dns = B.family("dns")
own = B.build("dns")
loc = B.local()

NO_HOST = "dns.no_such_host"
RESOLVE = "dns.resolve_failed"
TEMP = "dns.temporary_failure"
MISBEHAVING = "dns.server_misbehaving"
IPV4_NS = "dns.nameservers_ipv4_only"
SANDBOXED = "build.network_sandboxed"
GONE = "build.repository_removed"
NET_CONF = "local.network_misconfigured"

E = [
    # --- the runner's side: CI workers whose resolver failed for a while ----------------------------------------------
    dns("travis-ci/travis-ci#8728", "dns", RESOLVE, True, "local", "github.com",
        "$ git clone --depth=50 --branch=master https://github.com/Kentico/cloud-sdk-swift.git Kentico/cloud-sdk-swift\nCloning into 'Kentico/cloud-sdk-swift'...\nfatal: unable to access 'https://github.com/Kentico/cloud-sdk-swift.git/': Could not resolve host: github.com\nThe command \"eval git clone --depth=50 --branch=master https://github.com/Kentico/cloud-sdk-swift.git Kentico/cloud-sdk-swift \" failed. Retrying, 2 of 3.",
        also_ok=[TEMP, NO_HOST],
        note="9 November 2017, a cron build during Travis' macOS connectivity incident (traviscistatus incidents linked in the thread: 'They are on it', then 'fixed'); the worker's network, not GitHub, and later builds clone"),
    dns("travis-ci/travis-ci#6929", "dns", RESOLVE, True, "local", "github.com",
        "Cloning into 'unitb/bipartite-graph'...\nfatal: unable to access 'https://github.com/unitb/bipartite-graph.git/': Could not resolve host: github.com",
        also_ok=[TEMP, NO_HOST],
        note="November 2016, OS X jobs only (Linux fine); BanzaiMan: 'related to this issue https://www.traviscistatus.com/incidents/3d430hxd59ft which has been resolved', and the reporter: 'It did solve the problem'"),
    dns("openpathsampling/openpathsampling#333", "dns", RESOLVE, True, "local", "github.com",
        "fatal: unable to access 'https://github.com/choderalab/openpathsampling.git/': Couldn't resolve host 'github.com'",
        also_ok=[TEMP, NO_HOST],
        note="October 2015 on Travis: 'Just restarted and it works'; a maintainer put it down to network connectivity on Travis' virtual machines and closed it ('Not my circus; not my monkeys')"),
    dns("travis-ci/travis-ci#2967", "dns", TEMP, True, "local", "github.com",
        "$ git clone --depth=50 --branch=1.0.0 git://github.com/sloria/marshmallow.git sloria/marshmallow\n\nCloning into 'sloria/marshmallow'...\n\nfatal: unable to connect to github.com:\n\ngithub.com: Temporary failure in name resolution",
        also_ok=[RESOLVE],
        note="November 2014, several public repositories' clones failed 'probabilistically' the same day on Travis workers; nothing in the repositories changed and other builds cloned (the blank lines are the pasted log's own)"),
    dns("travis-ci/travis-ci#1488", "dns", TEMP, True, "local", "github.com",
        "fatal: unable to connect to github.com:\ngithub.com: Temporary failure in name resolution",
        also_ok=[RESOLVE],
        note="October 2013, jdalton: 'I've started seeing tests fail randomly' across three lodash repositories on Travis; the worker's resolver, and the next builds pass"),
    dns("Homebrew/legacy-homebrew#44892", "dns", RESOLVE, True, "local", "github.com",
        "Cloning into 'Homebrew/homebrew'...\nfatal: unable to access 'https://github.com/Homebrew/homebrew.git/': Could not resolve host: github.com\nThe command \"eval git clone --depth=50 https://github.com/Homebrew/homebrew.git Homebrew/homebrew\" failed. Retrying, 2 of 3.",
        also_ok=[TEMP, NO_HOST],
        note="a pull request's Travis runs failed to clone, 'an issue with Travis, GitHub, or The Internet'; the maintainer merged it the next day, the failure being the worker's passing lookup, not the change"),
    dns("travis-ci/travis-ci#9696", "dns", RESOLVE, True, "local", "s3-us-west-1.amazonaws.com",
        "curl: (6) Could not resolve host: s3-us-west-1.amazonaws.com",
        also_ok=[TEMP, NO_HOST],
        note="rust-lang's bors saw 'Couldn't resolve host' almost daily between 06:30 and 07:15 UTC inside Docker in sudo: required Travis jobs from 24 May 2018; a custom DNS did not help (rust-lang/rust#53234) and retries outside that window pass"),
    dns("travis-ci/travis-ci#9696", "dns", RESOLVE, True, "local", "github.com",
        "fatal: unable to access 'https://github.com/rust-lang-nursery/rust-toolstate.git/': Could not resolve host: github.com",
        also_ok=[TEMP, NO_HOST],
        note="the same daily 06:30-07:15 UTC window on Travis workers (first row of kennytm's table, 2018-05-24); the next bors attempt passes"),
    dns("rust-lang/rust#53234", "dns", RESOLVE, True, "local", "security.ubuntu.com",
        "[00:12:40] curl: (6) Could not resolve host: security.ubuntu.com",
        also_ok=[TEMP, NO_HOST],
        note="August 2018, kennytm on a bors run: 'The failure was spurious. I've added a retry for the download anyway', then '@bors retry'"),
    dns("rust-lang/rust#53234", "dns", RESOLVE, True, "local", "github.com",
        "[01:57:25] fatal: unable to access 'https://github.com/servo/servo/': Could not resolve host: github.com",
        also_ok=[TEMP, NO_HOST],
        note="the same pull request's later bors attempt: kennytm retried it and called it 'Spurious'; nothing in the change touched the network"),
    dns("rust-lang/rust#39097", "dns", RESOLVE, True, "local", "ftp.netbsd.org",
        "  0     0    0     0    0     0      0      0 --:--:--  0:00:02 --:--:--     0curl: (6) Could not resolve host: ftp.netbsd.org\ngzip: stdin: unexpected end of file\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\nThe command '/bin/sh -c sh /tmp/build-toolchain.sh' returned a non-zero code: 2",
        also_ok=[TEMP, NO_HOST],
        note="January 2017, a Docker build on Travis: filed as a spurious failure that 'needs some retries'; Mark-Simulacrum saw the same from an ISP resolver but not 8.8.8.8 and called it 'a temporary malfunction'"),
    dns("hail-is/hail#8112", "dns", TEMP, True, "local", "gcr.io",
        "+ docker push gcr.io/hail-vdc/ci-intermediate:tn05m3kr79i2\nThe push refers to repository [gcr.io/hail-vdc/ci-intermediate]\nGet https://gcr.io/v2/: dial tcp: lookup gcr.io: Temporary failure in name resolution",
        also_ok=[RESOLVE],
        note="hail's own CI on Kubernetes: 'this transient error I just encountered'; the pull request only wraps docker pull/push in retries, nothing about gcr.io changed"),
    dns("mantl/mantl#1383", "dns", NO_HOST, True, "local", "index.docker.io",
        "stderr: Error while pulling image: Get https://index.docker.io/v1/repositories/ciscocloud/nginx-mantlui/images: dial tcp: lookup index.docker.io: no such host\nstdout: Trying to pull repository docker.io/ciscocloud/nginx-mantlui ... failed",
        cmd="docker pull ciscocloud/nginx-mantlui:0.6.7", also_ok=[RESOLVE, TEMP],
        note="an Ansible play failed on one of three control nodes only; run by hand the same pull 'failed ... 10 times before it finally completed successfully' (the reporter: nothing mantl can do, the node's resolver)"),
    dns("peter-evans/repository-dispatch#103", "dns", RESOLVE, True, "local", "api.github.com",
        "Error: request to https://api.github.com/repos/tokopedia/ansible-v2/dispatches failed, reason: getaddrinfo ENOTFOUND api.github.com",
        also_ok=[NO_HOST, TEMP],
        note="'occasionally' on self-hosted runners in GCP VPCs; peter-evans: if it happens occasionally it is 'a network problem between the runner and the API', so the next run goes through"),
    dns("nus-cs2103-AY2021S1/forum#401", "dns", RESOLVE, True, "local", "downloads.gradle-dn.com",
        "Error:getaddrinfo ENOTFOUND downloads.gradle-dn.com",
        also_ok=[NO_HOST, TEMP],
        note="a Java CI run on GitHub Actions (Gradle's download CDN not resolving); damithc: 'Could be a temporary problem. Try re-running CI?', and the re-run passed"),
    dns("Azure/azure-cli#11999", "dns", RESOLVE, True, "local", "anfclipython.blob.core.windows.net",
        "ERROR: Please ensure you have network connection. Error detail: HTTPSConnectionPool(host='anfclipython.blob.core.windows.net', port=443): Max retries exceeded with url: /cli-extensions/netappfiles_preview-0.3.2-py2.py3-none-any.whl (Caused by NewConnectionError('<urllib3.connection.VerifiedHTTPSConnection object at 0x7fcf40866710>: Failed to establish a new connection: [Errno -2] Name or service not known',))",
        also_ok=[NO_HOST, TEMP],
        note="an Azure Pipelines run of azure-cli's CI, 'not related to my changes'; a maintainer ran /azp run and 'They are successful now'"),
    dns("Azure/pcs-cli#159", "dns", RESOLVE, True, "local", "management.azure.com",
        "✕ Error: Long running operation failed with error: \"getaddrinfo ENOTFOUND management.azure.com management.azure.com:443\".",
        cmd="pcs", also_ok=[NO_HOST, TEMP],
        note="'never seen this before (across ~100 deployments)'; vitoc: 'a transient issue with the underlying domain name resolution service not within the scope of the application', worth riding over with a retry (and checking Azure's status page at the time)"),
    dns("codecov/codecov-action#1452", "dns", RESOLVE, True, "local", "cli.codecov.io",
        "> Run codecov/codecov-action@v4\nevenName: push\nevenName: push\nevenName: push\n==> macos OS detected\nError: getaddrinfo ENOTFOUND cli.codecov.io\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:118:26)",
        also_ok=[NO_HOST, TEMP],
        note="scapy's macos-12 jobs, again and again but not every time, while the other runners upload; a Codecov maintainer knew of no downtime on cli.codecov.io, and the reporter suspects the macOS runners (the typo 'evenName' is the action's)"),
    dns("dotnet/corefx#4824", "dns", RESOLVE, True, "local", None,
        "20:10:25    System.Net.NameResolution.PalTests.NameResolutionPalTests.GetHostByName_HostName [FAIL]\n20:10:25\n      System.Net.Internals.InternalSocketException : Unknown error: 11001\n20:10:25       Stack Trace:\n20:10:25             at System.Net.NameResolutionPal.GetHostByName(String hostName)\n20:10:25             at System.Net.NameResolution.PalTests.NameResolutionPalTests.GetHostByName_HostName()",
        also_ok=["build.test_failed", NO_HOST],
        note="an OS X CI machine's host lookup test failed with 11001 (host not found); ericeil: 'a simple DNS failure, probably due to infrastructure issues at the time. Hasn't repro'd for a while', closed"),
    dns("helmholtz-analytics/heat#254", "dns", RESOLVE, True, "local", None,
        "Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.VerifiedHTTPSConnection object at 0x7f286ebec8d0>: Failed to establish a new connection: [Errno -2] Name or service not known')': /simple/mpi4py/",
        host_alt=["pypi.org"], also_ok=[TEMP, NO_HOST],
        note="'more travis issues': two maintainers' Travis jobs hit it in May 2019 with no change to the project, the worker's lookup of the index (the log line names only the path)"),
    dns("devpi/devpi#976", "dns", TEMP, True, "local", "pypi.org",
        "upstream error (URL URL('https://pypi.org/simple/') returned -1 ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/ (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f4a52b51760>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))\"))): using stale projects list",
        fatal=False, also_ok=[RESOLVE],
        note="devpi-server's log: the lookup of its upstream failed and it served its stale list; fschulze: a server-side configuration matter, 'so it might have been a glitch', and curl to pypi.org already worked again"),
    loc("actions/runner-images#12562", "local.runner_image_broken", True,
        "++ hostname\n+ ping -c 1 Mac-1752083390647.local\nping: cannot resolve Mac-1752083390647.local: Unknown host",
        host_alt=["Mac-1752083390647.local"], also_ok=[RESOLVE, NO_HOST],
        note="July 2025, GitHub's macOS runners: the runner's own host name does not resolve on the runner, 'This issue is intermittent'; the image's configuration, and the runner's own name stays host None"),
    # --- the runner's side that needs a change: resolvers and networks set up wrong ----------------------------------
    dns("exercism/cli#733", "dns", MISBEHAVING, False, "local", "api.github.com",
        "Error: Get https://api.github.com/repos/exercism/cli/releases/latest: dial tcp: lookup api.github.com on 127.0.2.1:53: server misbehaving",
        cmd="exercism -v upgrade", also_ok=[RESOLVE, NET_CONF],
        note="NobbZ: 'You are using a local DNS proxy, cache or something, which does some weird stuff'; the reporter: 'Problem was with my dns settings', so every run fails until the resolver is fixed"),
    loc("cyberkernelofficial/docker-in-termux#14", NET_CONF, False,
        "docker: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on 8.8.8.8:53: read udp 10.0.2.15:36190->8.8.8.8:53: i/o timeout.",
        host="registry-1.docker.io", also_ok=["dns.timeout", RESOLVE],
        note="Docker inside a QEMU VM under Termux worked the day before; the reporter found the VM's resolver setup gone ('I tried running apt update and I got a message that it's not found') and re-ran the `nameserver` lines into /etc/resolv.conf, after which 'docker can reach the registry again'"),
    loc("go-gitea/gitea#35422", NET_CONF, False,
        "fatal: unable to access 'http://gitea-server:3000/blowsnow/easytier-client/': Could not resolve host: gitea-server",
        host_alt=["gitea-server"], also_ok=["build.service_name_outside_network", RESOLVE, NO_HOST],
        note="act_runner starts each job on its own auto-created network, not the Docker network where the gitea-server container lives; setting the runner config's container network fixed it ('thanks, it is normal'), the build's own service name stays host None"),
    # --- the service's side --------------------------------------------------------------------------------------------
    dns("Azure/azurehpc#443", "dns", TEMP, True, "service", "headnodeb8667c.southcentralus.cloudapp.azure.com",
        "  stderr=ssh: Could not resolve hostname headnodeb8667c.southcentralus.cloudapp.azure.com: Temporary failure in name resolution",
        also_ok=[RESOLVE, NO_HOST],
        note="a nightly Azure Pipelines deployment test could not resolve the public cloudapp.azure.com name of the head node it had just created; xpillons: 'Manually reran and passed'"),
    dns("pypa/pip#12486", "dns", IPV4_NS, False, "service", None,
        "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f835a601090>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/pip/",
        host_alt=["pypi.org", "files.pythonhosted.org"], also_ok=[TEMP, RESOLVE],
        note="on an IPv6-only network with an IPv6-only resolver nothing installs: 'a CDN hosted by Fastly and the Fastly authoritative DNS Severs used do not have AAAA records'; it fails every time until the CDN's name servers get IPv6 (or the runner uses a dual-stack resolver)"),
    dns("pypi/warehouse#15277", "dns", IPV4_NS, False, "service", None,
        "pip3 install arouteserver\nCollecting arouteserver\n  WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f6c9bca2350>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /packages/61/77/4f2505326f3d14021565e1a54711e18513fa3778e8d0822885539ab23846/arouteserver-1.23.1.tar.gz\n  WARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f6c9bca2c50>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /packages/61/77/4f2505326f3d14021565e1a54711e18513fa3778e8d0822885539ab23846/arouteserver-1.23.1.tar.gz",
        raw_is_log=True, host_alt=["files.pythonhosted.org"], also_ok=[TEMP, RESOLVE],
        note="open on warehouse, 'Packages cannot be downloaded on IPv6-only networks': the package files' host resolves only through name servers reachable over IPv4, so an IPv6-only resolver fails the same way on every retry"),
    # --- the build's own: sandboxes, retired hosts, malformed names -----------------------------------------------------
    own("pre-commit-ci/issues#189", SANDBOXED,
        "HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /pypi/pytest-cov/4.1.0/json (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7fefe90da4d0>: Failed to resolve 'pypi.org' ([Errno -3] Temporary failure in name resolution)\"))",
        host="pypi.org", also_ok=[TEMP, RESOLVE],
        note="a 'consistent' failure of the poetry-lock hook; asottile: 'pre-commit ci does not allow network at runtime'; the reporter replaced poetry-lock with `poetry-check --lock`"),
    own("bazel-contrib/rules_scala#1021", GONE,
        "WARNING: Download from http://central.maven.org/maven2/org/jacoco/org.jacoco.core/0.7.5.201505241946/org.jacoco.core-0.7.5.201505241946.jar failed: class com.google.devtools.build.lib.bazel.repository.downloader.UnrecoverableHttpException Unknown host: central.maven.org",
        host="central.maven.org", also_ok=["build.https_required", NO_HOST],
        note="March 2020: 'Seems like there is no central.maven.org anymore!?'; the README pinned an old rules_scala commit, and moving to a newer commit (which uses repo.maven.apache.org over https) made it work"),
    own("OasisDigital/bazelcon-2019#1", GONE,
        "WARNING: Download from http://central.maven.org/maven2/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar failed: class com.google.devtools.build.lib.bazel.repository.downloader.UnrecoverableHttpException Unknown host: central.maven.org\nERROR: An error occurred during the fetch of repository 'com_google_code_findbugs_jsr305':",
        host="central.maven.org", cmd="./exercise.sh", also_ok=["build.https_required", NO_HOST],
        note="April 2020, the talk's multi-language example pins a grpc-java whose repositories.bzl still names central.maven.org, a non-canonical Maven Central host retired that winter; every fetch fails until the workspace moves to a newer pin"),
    own("wangyoucao577/go-release-action#169", "build.tool_outdated",
        " --2024-04-11 16:13:46--  http://time/\nResolving time (time)... failed: Name or service not known.\nwget: unable to resolve host address 'time'\n--2024-04-11 16:13:46--  ftp://2024-03-29t15/27:02Z.linux-amd64.tar.gz\n           => 'go-linux.tar.gz'\nResolving 2024-03-29t15 (2024-03-29t15)... failed: Name or service not known.\nwget: unable to resolve host address '2024-03-29t15'",
        host_alt=["time", "2024-03-29t15", "go.dev"], also_ok=["build.tool_bug", RESOLVE],
        note="go.dev/VERSION now answers two lines and the old action version pastes both into the download URL, so wget looks up 'time'; the reporter: moving the workflow to a newer action release 'fixed the situation' (the maintainer: they were on v1.30, v1 is the fixed one)"),
    own("wangyoucao577/go-release-action#135", "build.tool_bug",
        "--2023-08-26 05:58:32--  http://time/\nResolving time (time)... failed: Name or service not known.\nwget: unable to resolve host address 'time'\n--2023-08-26 05:58:32--  ftp://2023-08-04t20/14:06Z.linux-amd64.tar.gz\n           => 'go-linux.tar.gz'\nResolving 2023-08-04t20 (2023-08-04t20)... failed: Name or service not known.\nwget: unable to resolve host address '2023-08-04t20'",
        host_alt=["time", "2023-08-04t20", "go.dev"], also_ok=["build.tool_outdated", RESOLVE],
        note="August 2023, the action's 'latest' Go lookup reads go.dev's two-line VERSION answer into the URL; the reporter: 'I locked the version instead of \"latest\" and it worked', a workflow change, not an outage"),
    own("curl/curl#7920", "build.wrong_url",
        "* Could not resolve host: connect-ecommlogin-dev.aws.lllint.com\"\n* Closing connection 0\ncurl: (6) Could not resolve host: connect-ecommlogin-dev.aws.lllint.com\"",
        host_alt=["connect-ecommlogin-dev.aws.lllint.com"], also_ok=[RESOLVE, NO_HOST],
        note="labelled not-a-curl-bug: the script's xargs quoting leaves a double quote at the end of the host, which curl 7.79 looks up as part of the name; the reporter's URL works once a path follows the host, so the script must change"),
    own("labbots/google-drive-upload#33", "build.tool_bug",
        "curl: (6) Could not resolve host: HTTP",
        host_alt=["HTTP"], also_ok=["build.wrong_url", RESOLVE],
        note="the upload script handed curl the word HTTP as a URL; the maintainer closed it 'as this is fixed as part of #30', so the fix is updating the script, not retrying"),
]
