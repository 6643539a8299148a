"""Dev-set entries, batch 67 (name resolution failing in CI jobs, quoted in each tool's own words, beside the builds'
own mistakes that read like a DNS outage. Go's `lookup X on Y:53` answers: systemd-resolved's stub answering
`server misbehaving` for a kind registry's name on macOS runners, a tailnet name the runner's stub knows nothing of,
a BuildKit container that never reads the build server's /etc/hosts, a private registry only in the machine's hosts
file meeting public resolvers, kubelet pulls of a registry domain that resolves only outside the cluster; Node's
`getaddrinfo EAI_AGAIN`/`ENOTFOUND` from a compose build without a working resolver, an act runner's artifact upload
to an mDNS name; Python's `Temporary failure in name resolution` from pip behind a daemon whose --dns flags override
the rest; Java's `Unknown host` for Maven Central during its April 2023 DNS incident and for repo.jenkins-ci.org inside
ci.jenkins.io's cluster; curl's and git's `Could not resolve host` from Taskcluster workers and a legacy build's wget
to a hosts-file name; apt's `Temporary failure resolving` on the runner-image pipeline's own Azure builds and on
CircleCI image builds meeting Debian's CDN; GitHub handing runners an internal API host for action tarballs; a wildcard
record behind a pod's search domain, with ndots:5, turning public names into the cluster master's and so reading as
certificate errors. About a third are the build's own: pre-commit.ci hooks that reach for PyPI while running without
a network, tests aimed at a literal placeholder host, a tool's redis on 127.0.0.1 addressed as `redis`, a runner
registered against a compose-only GitLab name, a lockfile full of an employer's registry mirror, npm's `Exit handler
never called` hiding ENOTFOUND for a registry a hosted runner cannot reach, service containers with no name under the
runner's Kubernetes hooks.) `err` is verbatim from the source (a GitHub thread found with the search tool's `issues`
corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks, code-block indentation) only that
markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own
words or is cut, the entry stops at the last whole log line. Hosts follow the README's strict rule: a host is given
only where a line of the log names it for the failing call (for a failed lookup, the name looked up); an inferred,
masked or placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of these
logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"firecrawl/firecrawl#1455", "actions/runner-images#1990", "cortexproject/cortex#7769",
         "dockcross/dockcross#324", "dockcross/dockcross#233", "kyma-incubator/local-kyma#24"}  # fmt: skip

B = Batch(PULLS)
dns = B.family("dns")
gh = B.family("github")
bld = B.build("dns")

OUTSIDE_NET = "build.service_name_outside_network"
WRONG_HOST = "build.wrong_host"
SANDBOX = "build.network_sandboxed"

E = [
    # --- runner resolvers: hosted images, self-hosted hosts, CI clusters ----------------------------------------------
    dns("apache/camel-k#5028", "dns", "dns.server_misbehaving", False, "local", "kind-registry",
        "Get \"https://kind-registry:5000/v2/\": dial tcp: lookup kind-registry on 127.0.0.53:53: server misbehaving",
        host_alt=["kind-registry:5000"], also_ok=["dns.no_such_host"],
        note="the macOS jobs reach the kind cluster's registry container by its name, which the runner's resolver answers with a server failure; the root cause was a hosted-runner image problem tracked upstream (runner-images#8649) and the project worked around it by using 127.0.0.1 instead of the name, so not a re-run"),
    dns("tailscale/github-action#173", "dns", "dns.no_such_host", False, "local", "tailscale-operator-testing.tail0225ab.ts.net",
        "error: error validating \"STDIN\": error validating data: failed to download openapi: Get \"https://tailscale-operator-testing.tail0225ab.ts.net/openapi/v2?timeout=32s\": dial tcp: lookup tailscale-operator-testing.tail0225ab.ts.net on 127.0.0.53:53: no such host;",
        cmd="kubectl apply -f -", also_ok=["dns.resolve_failed"],
        note="a hosted runner joins the tailnet with the Tailscale action, but the runner's resolv.conf still points at systemd-resolved's stub, which knows nothing of the tailnet's MagicDNS names; several users hit it on every run after it had worked, an open setup problem rather than a blip"),
    dns("mozilla/translations#549", "dns", "dns.resolve_failed", True, "local", "github.com",
        "[vcs 2024-04-30T01:09:53.281Z] fatal: unable to access 'https://github.com/mozilla/firefox-translations-training/': Could not resolve host: github.com",
        raw_is_log=True, also_ok=["dns.temporary_failure"],
        note="Taskcluster workers (GCP GPU workers on GCP's DHCP DNS and Snakepit workers on internal Infoblox servers) now and then fail to resolve github.com in the checkout; the infra team saw it across worker types and called it a network or DNS-server blip, and the answer was to add retries"),
    dns("jenkins-infra/helpdesk#4825", "dns", "dns.temporary_failure", True, "local", "repo.jenkins-ci.org",
        "07:54:50  [ERROR] Failed to execute goal com.github.eirslett:frontend-maven-plugin:1.15.1:install-node-and-npm (install node and npm) on project echarts-api: Could not download Node.js: Could not download https://repo.jenkins-ci.org/nodejs-dist/v22.13.1/node-v22.13.1-linux-x64.tar.gz: Unknown host repo.jenkins-ci.org: Temporary failure in name resolution -> [Help 1]",
        raw_is_log=True, also_ok=["dns.resolve_failed"],
        note="'This only happened once during the BOM run': a ci.jenkins.io agent pod could not resolve repo.jenkins-ci.org for one plugin's Node.js download; reported as a transient DNS problem inside the CI cluster, and the rest of the release ran"),
    # --- GitHub handing out a name no runner can resolve ------------------------------------------------------------
    gh("rtCamp/action-slack-notify#200", "github", "github.action_download_failed", True, "service", "internal-api.service.iad.github.net:443",
       "Download action repository 'LoveToKnow/slackify-markdown-action@v1.0.2' (SHA:4df65f3fc3e694ffb2ce7ea2963dcd1b6d73d7ac)\nWarning: Failed to download action 'https://internal-api.service.iad.github.net/repos/LoveToKnow/slackify-markdown-action/tarball/4df65f3fc3e694ffb2ce7ea2963dcd1b6d73d7ac'. Error: Name or service not known (internal-api.service.iad.github.net:443)\nWarning: Back off 12.563 seconds before retry.\nWarning: Failed to download action 'https://internal-api.service.iad.github.net/repos/LoveToKnow/slackify-markdown-action/tarball/4df65f3fc3e694ffb2ce7ea2963dcd1b6d73d7ac'. Error: Name or service not known (internal-api.service.iad.github.net:443)\nWarning: Back off 24.039 seconds before retry.\nError: Name or service not known (internal-api.service.iad.github.net:443)",
       raw_is_log=True, host_alt=["internal-api.service.iad.github.net"], also_ok=["dns.resolve_failed", "github.outage", "github.action_download_retried"],
       note="on 2024-09-25 GitHub's action-download API handed runners tarball URLs on an internal GitHub hostname that no runner can resolve, so every job using the action failed in set-up (the same day's actions/checkout report shows it for setup-node too); nothing in the workflow was wrong and it cleared on GitHub's side"),
    # --- BuildKit's own resolver and the machine's hosts file ---------------------------------------------------------
    dns("docker/buildx#1013", "dns", "dns.no_such_host", False, "local", "docker.corporation.m",
        "=> ERROR exporting to image\n=> => exporting layers\n=> => exporting manifest sha256:a7510e4d27e1630344e5641017a19ba69415220f6e1dd1811d70ae30f24887ab\n=> => exporting config sha256:abe4e89e94af5ca53807bff02fd05ef3c6fed358ae822503bd87beb8ddedbaa3\n=> => exporting manifest list sha256:67e85dfb7f0ca37fb2c175adf572a8406aebf8d492334d68455d90d24d798e16\n=> => pushing layers\n------\n > exporting to image:\n------\nerror: failed to solve: failed to do request: Head \"https://docker.corporation.m/v2/nlab/builder/blobs/sha256:abe4e89e94af5ca53807bff02fd05ef3c6fed358ae822503bd87beb8ddedbaa3\": dial tcp: lookup docker.corporation.m on 10.0.1.1:53: no such host",
        cmd="docker buildx --builder=my-builder --push --platform=linux/amd64,linux/arm64 --file build/Dockerfile --tag docker.corporation.m/software/builder ./",
        also_ok=["dns.resolve_failed"],
        note="the build server maps the internal registry's name in its /etc/hosts only; the docker-container builder (new since the switch to multi-arch buildx) resolves through the network's DNS, which has no such record, so every push fails the same until the builder gets the name (BuildKit in a container never reads the host's /etc/hosts, as the maintainers explain in #218)"),
    dns("moby/buildkit#5075", "dns", "dns.no_such_host", False, "local", None,
        "ERROR: failed to solve: {your_private_registry}/docker.io/alpine:3.18: failed to resolve source metadata for {your_private_registry}/docker.io/alpine :3.18: failed to do request: Head \"https://{your_private_registry}/v2/docker.io/alpine/manifests/3.18\": dial tcp: lookup {your_private_registry} on 208.67.222.222:53: no such host",
        cmd="docker buildx build --add-host {your_private_registry}:10.xx.xx.xx --load -f Dockerfile -t {your_private_registry}/gateway/device-hj212:0.0.0-dev .",
        host_alt=["{your_private_registry}"], also_ok=["dns.resolve_failed"],
        note="a private registry name known only from the machine's hosts file: the docker-container builder resolves it through public DNS and gets nothing; the maintainer explains --add-host only feeds RUN containers, registry access is configured in the builder's own config, so a setup fix (the host is the reporter's placeholder)"),
    dns("moby/moby#30913", "dns", "dns.resolve_failed", False, "local", "termix",
        "--2017-02-10 12:55:11--  http://termix/soft/java/jdk-7u99-linux-x64.rpm\nResolving termix (termix)... failed: Name or service not known.",
        t="legacy_run", run="wget http://termix:/soft/java/jdk-7u99-linux-x64.rpm", also_ok=["dns.no_such_host"],
        note="the download host is in the build machine's /etc/hosts and not in the corporate DNS; RUN containers do not get the host's hosts file, so the same build fails every time while the IP address works (labelled area/builder)"),
    dns("actions/runner-images#1990", "dns", "dns.temporary_failure", True, "service", "azure.archive.ubuntu.com",
        "2020-11-05T03:12:39.6168065Z  mmsprodwcus0    2020/11/05 03:08:37 ui error: ==> azure-arm: E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/main/c/c-ares/libc-ares2_1.15.0-1build1_amd64.deb  Temporary failure resolving 'azure.archive.ubuntu.com'\n2020-11-05T03:12:39.6168997Z  mmsprodwcus0    2020/11/05 03:08:37 ui error: ==> azure-arm: E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/universe/libs/libssh2/libssh2-1_1.8.0-2.1build1_amd64.deb  Temporary failure resolving 'azure.archive.ubuntu.com'",
        raw_is_log=True, also_ok=["dns.resolve_failed", "connectivity.package_mirror"],
        note="the runner-image pipeline's own Packer build of the Ubuntu 20.04 image: apt inside the Azure build VM could not resolve Azure's Ubuntu mirror in one region; the image team treated it as a mirror-side fault to raise with Canonical and worked around it in the generation scripts, so a later run passes"),
    # --- a search domain that swallows public names: DNS faults that read as TLS faults -------------------------------
    dns("openshift/origin#16992", "dns", "dns.wildcard_search_domain", False, "local", "github.com",
        "Cloning \"https://github.com/openshift/django-ex.git\" ...\nerror: build error: fatal: unable to access 'https://github.com/openshift/django-ex.git/': Peer's certificate issuer has been marked as not trusted by the user.",
        raw_is_log=True, also_ok=["connectivity.untrusted_certificate", "connectivity.tls_failed"],
        note="a wildcard DNS record on the cluster's default subdomain, which is in every pod's search list: with ndots:5 github.com is first tried as github.com.<subdomain>, which the wildcard answers with the master's IP, so the build pod's clone meets the master's certificate; the node resolves github.com correctly, and every build fails until the DNS setup changes"),
    dns("openshift/origin#4937", "dns", "dns.wildcard_search_domain", False, "local", "github.com",
        "I1005 07:23:42.712123       1 docker.go:203] Cloning source from https://github.com/openshift/origin.git\nE1005 07:23:42.903483       1 git.go:102] Clone failed: fatal: unable to access 'https://github.com/openshift/origin.git/': Peer's Certificate has expired.\nF1005 07:23:42.903537       1 builder.go:54] Build error: exit status 128",
        raw_is_log=True, also_ok=["connectivity.untrusted_certificate", "connectivity.tls_failed"],
        note="the builder container's clone gets an expired certificate although the same clone works on the nodes; the maintainer recognised the known case where every name resolves to the master from inside pods (a wildcard record behind the search domain), so it is the cluster's DNS, not GitHub's certificate, and it fails the same on every build"),
    # --- build containers whose resolver is unreachable ------------------------------------------------------------------
    dns("firecrawl/firecrawl#1455", "dns", "dns.temporary_failure", False, "local", "registry.npmjs.org",
        "npm error code EAI_AGAIN\nnpm error syscall getaddrinfo\nnpm error errno EAI_AGAIN\nnpm error request to https://registry.npmjs.org/pnpm failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org",
        t="bk_raw", run="npm install -g pnpm", also_ok=["dns.resolve_failed", "dns.timeout"],
        note="the compose build's containers get no working resolver on the contributor's Docker host, so npm's registry lookups fail with EAI_AGAIN on every build; the fix proposed is network: host for the build so it uses the host's DNS, a host network setup rather than a passing outage"),
    # --- service containers that have no name where the job runs --------------------------------------------------------
    dns("actions/runner#2783", "dns", "dns.no_such_host", False, "local", "postgres",
        "* Closing connection 0\ncurl: (6) Could not resolve host: postgres",
        also_ok=[OUTSIDE_NET, "dns.resolve_failed"],
        note="with the runner's Kubernetes container hooks (ARC's kubernetes mode) the job's service containers are sidecars in the same pod, so the service label 'postgres' resolves to nothing, unlike the Docker mode; a bug filed against the runner and kept open, with localhost the workaround, so every run fails the same"),
    dns("goharbor/harbor-helm#2134", "dns", "dns.no_such_host", False, "local", None,
        "dial tcp: lookup harbor-domain.com on 168.63.129.16:53: no such host Warning  Failed     13s   kubelet            Error: ErrImagePull",
        raw_is_log=True, host_alt=["harbor-domain.com"], also_ok=["build.wrong_host"],
        note="Harbor on AKS is published under a domain that only resolves outside the cluster, so the kubelet's pull through Azure's resolver finds no such host; the thread turns to exposing the registry internally (a private DNS record or another expose type), a configuration, not a re-run (the domain is the reporter's stand-in)"),
    # --- the build's own: names that cannot resolve where the job runs --------------------------------------------------
    bld("pre-commit-ci/issues#80", SANDBOX,
        "mypy.....................................................................Failed\n- hook id: mypy\n- exit code: 1\n\nInstalling missing stub packages:\n/pc/clone/YrazQxi0S1yH44hGHdKFJg/py_env-python3/bin/python -m pip install types-PyYAML types-python-dateutil types-redis types-requests types-setuptools\n\nWARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7fdfdb70c850>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/types-pyyaml/\nWARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7fdfdb70ca60>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/types-pyyaml/",
        raw_is_log=True, host_alt=["pypi.org"], also_ok=["dns.temporary_failure"],
        note="mypy's --install-types makes the hook pip-install stub packages while it runs, and pre-commit.ci runs hooks with no network access at all (only environment set-up may download), so the lookup fails on every run; the fix is to list the stubs in additional_dependencies"),
    bld("pre-commit-ci/issues#166", SANDBOX,
        "HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /pypi/importlib-metadata/4.13.0/json (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3af88a78e0>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
        host="pypi.org", raw_is_log=True, also_ok=["dns.temporary_failure"],
        note="a newly added poetry-lock hook fails 'every time' on pre-commit.ci but works locally: poetry lock queries PyPI while the hook runs, and pre-commit.ci gives hooks no network, so the name never resolves; such hooks have to be skipped there"),
    bld("schubergphilis/towerlib#108", "build.test_service_unreachable",
        "requests.exceptions.ConnectionError: HTTPConnectionPool(host='placeholder_hostname', port=80): Max retries exceeded with url: /api/v2/users/?page_size=25&username__iexact=workflow_normal (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f5dc5fe9250>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
        host="placeholder_hostname", cmd="python -m pytest", also_ok=["build.test_failed", "build.wrong_host", "dns.temporary_failure"],
        note="the library's tests talk to an AWX/Tower API at the literal host 'placeholder_hostname', a stand-in the test set-up was meant to replace; in CI nothing does, so every run fails on the lookup and the maintainer turned to setting up a test stack, not a DNS outage"),
    bld("shogo82148/actions-setup-redis#774", OUTSIDE_NET,
        "  Error: getaddrinfo EAI_AGAIN redis\n  at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {\nerrno: -3001,\n code: 'EAI_AGAIN',\n syscall: 'getaddrinfo',\n  hostname: 'redis'",
        host="redis", cmd="npm test", also_ok=[WRONG_HOST, "dns.temporary_failure"],
        note="the action starts redis-server on the runner itself, reachable at 127.0.0.1; the tests used the host name 'redis' as if it were a service container, which nothing resolves, so every run fails; switching to 127.0.0.1 'worked'"),
    bld("sameersbn/docker-gitlab#1391", OUTSIDE_NET,
        "ERROR: Uploading artifacts to coordinator... error  error=couldn't execute POST against http://gitlab/api/v4/jobs/1134/artifacts?: Post http://gitlab/api/v4/jobs/1134/artifacts?: dial tcp: lookup gitlab on x.x.x.x:53: no such host id=1134 token=4qosTVn7",
        host="gitlab", raw_is_log=True, also_ok=["dns.no_such_host", "github.coordinator_upload_failed"],
        note="the runner is registered against http://gitlab, the GitLab container's name on the compose network, but the job's artifact upload runs from a container outside that network where the name does not exist (the resolver is masked by the reporter), so every job's upload fails until the runner uses GitLab's real external URL"),
    dns("go-gitea/gitea#29144", "dns", "dns.no_such_host", False, "local", "a.local",
        "An error has been caught http-client index 0, retrying the upload\nError: getaddrinfo ENOTFOUND a.local\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:109:26) {\n  errno: -3008,\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: 'a.local'",
        cmd="actions/upload-artifact@v3", also_ok=["build.wrong_host", "github.artifact_service_error"],
        note="Gitea hands the act runner's jobs an artifact upload URL built from its own mDNS name a.local, which the job container cannot resolve (re-registering the runner by IP and a hosts entry on the runner machine did not help, since the job runs in a container); a network/naming set-up on the self-hosted side, failing every run"),
    bld("cortexproject/cortex#7769", "build.lockfile_private_index",
        "getaddrinfo ENOTFOUND npm.apple.com",
        host="npm.apple.com", cmd="npm ci", also_ok=["dns.no_such_host", "build.private_registry_unreachable"],
        note="the PR's regenerated package-lock.json recorded 38 resolved URLs on the author's internal registry mirror (npm.apple.com / artifacts.apple.com), names GitHub's runners cannot resolve, so the website job's npm ci failed; rewriting them to registry.npmjs.org turned the job green"),
    bld("npm/cli#8374", "build.private_registry_unreachable",
        "npm error Exit handler never called!\nnpm error This is an error with npm itself. Please report this error at:\nnpm error   <https://github.com/npm/cli/issues>",
        cmd="npm ci", host_alt=["registry.npmjs.org"], also_ok=["build.lockfile_private_index", "dns.no_such_host"],
        note="npm ci on a hosted runner dies with npm's own 'Exit handler never called', which reads like an npm bug; the verbose log showed every request getting ENOTFOUND for the project's custom registry setting, a registry the GitHub runner cannot reach, so the configuration, not npm or a flake"),
    dns("moby/moby#35015", "dns", "dns.temporary_failure", False, "local", None,
        "Collecting boto3 (from -r requirements.txt (line 1))\n  Retrying (Retry(total=4, connect=None, read=None, redirect=None)) after connection broken by 'NewConnectionError('<pip._vendor.requests.packages.urllib3.connection.VerifiedHTTPSConnection object at 0x7fbd22228d10>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution',)': /simple/boto3/",
        t="legacy_run", run="pip install -r requirements.txt", host_alt=["pypi.org", "pypi.python.org"], also_ok=["dns.resolve_failed"],
        note="on the organisation's private network public resolvers are blocked, and the reporter's DNS settings in /etc/default/docker never reached the build containers; he found --dns flags set in the systemd unit overriding the rest, and removing them fixed it: the build host's daemon configuration, every build the same"),
    dns("actions/setup-java#485", "dns", "dns.no_such_host", True, "service", "repo.maven.apache.org",
        "Error:      Non-resolvable import POM: Could not transfer artifact org.springframework.session:spring-session-bom:pom:2021.2.0 from/to central (https://repo.maven.apache.org/maven2): transfer failed for https://repo.maven.apache.org/maven2/org/springframework/session/spring-session-bom/2021.2.0/spring-session-bom-2021.2.0.pom @ org.springframework.boot:spring-boot-dependencies:2.7.9-SNAPSHOT, /home/runner/.m2/repository/org/springframework/boot/spring-boot-dependencies/2.7.9-SNAPSHOT/spring-boot-dependencies-2.7.9-SNAPSHOT.pom, line 2781, column 19: Unknown host repo.maven.apache.org -> [Help 2]",
        cmd="mvn -B package --file pom.xml", also_ok=["dns.resolve_failed", "connectivity.package_mirror"],
        note="an unchanged workflow on a hosted runner stops resolving Maven Central's host one April evening in 2023 (labelled external); the same hours saw repo.maven.apache.org's DNS record go wrong on Apache's side (setup-java#486 calls it a few-hour incident), so an upstream outage that later runs do not meet"),
    # --- hosted CI's Docker builds meeting Debian's CDN -------------------------------------------------------------
    dns("dockcross/dockcross#324", "dns", "dns.temporary_failure", True, "service", "cdn-fastly.deb.debian.org",
        "Step 7/22 : RUN apt-get update && apt-get install -y   qemu-user   qemu-user-static && apt-get clean --yes\n ---> [Warning] IPv4 forwarding is disabled. Networking will not work.\n ---> Running in ed707f907656\nErr:1 http://cdn-fastly.deb.debian.org/debian stretch InRelease\n  Temporary failure resolving 'cdn-fastly.deb.debian.org'\nErr:2 http://ftp.debian.org/debian stretch-backports InRelease\n  Temporary failure resolving 'ftp.debian.org'\nErr:3 http://cdn-fastly.deb.debian.org/debian stretch-updates InRelease\n  Temporary failure resolving 'cdn-fastly.deb.debian.org'\nErr:4 http://cdn-fastly.deb.debian.org/debian-security stretch/updates InRelease\n  Temporary failure resolving 'cdn-fastly.deb.debian.org'\nReading package lists...",
        raw_is_log=True, host_alt=["ftp.debian.org"], also_ok=["dns.resolve_failed", "local.docker_daemon_broken"],
        note="one image of the post-merge CircleCI workflow failed in apt-get update; the maintainer put it down to the Debian CDN and re-triggered the failed job, which passed (the daemon's IPv4-forwarding warning in the same step points at that build host's networking, hence the also-ok), so a re-run fixes it either way"),
    dns("dockcross/dockcross#233", "dns", "dns.temporary_failure", True, "service", "cdn-fastly.deb.debian.org",
        "E: Failed to fetch http://cdn-fastly.deb.debian.org/debian/pool/main/b/binfmt-support/binfmt-support_2.1.5-1_amd64.deb  Temporary failure resolving 'cdn-fastly.deb.debian.org'",
        raw_is_log=True, also_ok=["dns.resolve_failed", "connectivity.package_mirror"],
        note="image builds on CircleCI failed resolving Debian's CDN while the PR itself was unrelated; the maintainer matched it to CircleCI's partial system outage that day and moved on to re-running with another PR, a provider-side fault that clears"),
    # --- a runner host's own container DNS under load ----------------------------------------------------------------
    dns("containers/aardvark-dns#389", "dns", "dns.temporary_failure", True, "local", None,
        "Initialized empty Git repository in /builds/puppet/freeradius/.git/\nCreated fresh repository.\nfatal: unable to access 'https://host.example.tld/puppet/freeradius.git/': Could not resolve host: host.example.tld\nCleaning up project directory and file based variables",
        raw_is_log=True, host_alt=["host.example.tld"], also_ok=["dns.timeout", "dns.resolve_failed"],
        note="a GitLab runner host using podman with up to 40 concurrent job containers: lookups through podman's aardvark-dns time out now and then, so random jobs fail to clone or fetch gems while others pass; the runner host's container DNS under load, sporadic rather than a broken name (the host is the reporter's stand-in)"),
    bld("kyma-incubator/local-kyma#24", OUTSIDE_NET,
        "error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly,\nand try again: checking push permission for \"registry.localhost:5000/defaultlastorder:58f3b95d6c2e7ebcca1e655c210bcd69ae6651cfb053ba445078818ea6b1afda\":\ncreating push check transport for registry.localhost:5000 failed: Get \"http://registry.localhost:5000/v2/\":\ndial tcp: lookup registry.localhost on 10.96.0.10:53: server misbehaving",
        host="registry.localhost", raw_is_log=True, host_alt=["registry.localhost:5000"], also_ok=["dns.server_misbehaving", "dns.no_such_host"],
        note="the PR's new kind flow points in-cluster image builds at registry.localhost:5000, a name the host knows but the cluster's DNS (10.96.0.10) does not, so the build pod's push check fails in review; the registry configuration had not reached the pods, a set-up gap in the change itself"),
]
