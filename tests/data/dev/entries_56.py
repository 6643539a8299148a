"""Dev-set entries, batch 56 (DNS and network paths as CI jobs and Docker builds meet them on self-hosted runners, in
docker-in-docker and in Kubernetes. Docker's embedded resolver 127.0.0.11 with no record for a dind alias,
systemd-resolved's 127.0.0.53 answering `server misbehaving`, a VM's resolver that times out on :53, a kubeadm
cluster's CoreDNS timing out until restarted, kaniko in a gVisor pod that cannot reach the cluster DNS, Argo CD
behind a broken CoreDNS, a DNS64 host whose runner container resolves nothing; MTU mismatches between dind and the
pod network that reset TLS handshakes and time out apt; proxies set for the machine but not for BuildKit or the build
container (a loopback proxy handed into a BuildKit step, Docker Desktop's proxy that BuildKit ignores, a NO_PROXY the
daemon dropped so a private registry pull got the proxy's 503), a proxy's 407 for npm and pip, a proxy's own HTML
page parsed as registry JSON, an intercepting proxy's certificate inside BuildKit and legacy npm installs, corporate
firewalls that refuse 443 or reset Docker Hub from one site, the Great Firewall refusing proxy.golang.org to two
builds; beside them real outages: GitHub connect timeouts from NuttX's Docker CI, the Alpine CDN's hour of temporary
errors, a Harbor token endpoint that times out now and then, Bintray's scheduled brown-out, apt.dockerproject.org's
TLS fault, a docker:dind release that did not start. And the build's own: a dind alias used with no dind service or
with the daemon replaced by a shell, a nested docker client with no socket mounted, service names used from outside
their network (a job container on its own network, `docker run` instead of compose, a container_name for a service
name), `localhost` inside a containerised runner, `host.docker.internal` on Linux as a database host and as a build
proxy, Bintray hosts retired for good, a context expression that expands to nothing, a misspelled secret that leaves
the host empty, a host input with literal quotes). `err` is verbatim from the source (a GitHub thread found with the
search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, paste indentation, a
link GitHub wrapped around a log timestamp, quotation marks around a message in prose) only that markup was dropped
and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words or is cut,
the entry stops at the last whole log line. Hosts follow the README's strict
rule: a host is given only where a line of the log names it for the failing call (for a failed lookup, the name
looked up); an inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before the
matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"finos/legend#723", "CJackHwang/AIstudioProxyAPI#190"}

B = Batch(PULLS)
dns = B.family("dns")
net = B.family("connectivity")
proxy = B.family("net_proxy")
tls = B.family("net_tls")
dind = B.family("dind")

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
PROXY_BAD = "connectivity.proxy_misconfigured"
PROXY_407 = "connectivity.proxy_auth_required"
FIREWALL = "connectivity.firewall_blocked"
NO_RESOLVER = "dns.resolver_unreachable"
DOCKER_ENV = "build.docker_env_misconfigured"
OUTSIDE_NET = "build.service_name_outside_network"
WRONG_HOST = "build.wrong_host"
GONE = "build.repository_removed"

E = [
    # --- resolvers: Docker's embedded DNS, systemd-resolved, a VM's, a build container's, a cluster's -----------------
    dns("vdespa/install-jenkins-docker#5", "dns", "dns.no_such_host", False, "local", "docker",
        "error during connect: Post \"https://docker:2376/v1.51/images/create?fromImage=docker.io%2Flibrary%2Fnode&tag=18-alpine\": dial tcp: lookup docker on 127.0.0.11:53: no such host.",
        t="jenkins", cmd="docker pull node:18-alpine", also_ok=["local.docker_daemon_down", "builder.remote_unreachable"],
        note="a Jenkins-plus-docker:dind compose setup: the agent reaches the daemon by its network alias through Docker's embedded resolver, which had no record for it; giving the dind container dns: 8.8.8.8 and restarting the stack fixed it, so the setup, not a flake"),
    dns("google/cadvisor#2140", "dns", "dns.server_misbehaving", False, "local", "registry-1.docker.io",
        "Unable to find image 'google/cadvisor:latest' locally\ndocker: Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving.\nSee 'docker run --help'.",
        cmd="docker run google/cadvisor:latest", also_ok=["dns.temporary_failure", "dns.resolve_failed"],
        note="systemd-resolved's stub on 127.0.0.53 got no usable answer from the machine's upstream resolver; a maintainer only says it is not cAdvisor's bug and nothing shows Docker Hub down, so the machine's DNS (no fix or passing re-run reported)"),
    dns("docker/for-mac#1317", "dns", "dns.timeout", False, "local", "registry-1.docker.io",
        "Using default tag: latest\nTrying to pull repository docker.io/atlassian/jira-software ...\nGet https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.x.x:53: read udp 192.168.x.x:54328->192.168.x.x:53: i/o timeout",
        cmd="docker pull atlassian/jira-software", also_ok=["dns.temporary_failure"],
        note="a CentOS 7 KVM guest: daemon.json dns 8.8.8.8 and DOCKER_OPTS=--dns did not change the resolver the daemon asked, the guest's own (masked 192.168.x.x), which never answers while ping 8.8.8.8 works; the VM's network setup"),
    dns("techiescamp/vagrant-kubeadm-kubernetes#33", "dns", "dns.timeout", False, "local", "kubernetes.default.svc",
        "dial tcp: lookup kubernetes.default.svc : i/o timeout",
        raw_is_log=True, also_ok=["dns.temporary_failure", "dns.resolve_failed"],
        note="pods of the kubeadm Vagrant cluster time out resolving the API service name while newly created services resolve; restarting the CoreDNS pods fixed it, so the cluster's DNS state, not something a re-run clears"),
    dns("GoogleContainerTools/kaniko#473", "dns", NO_RESOLVER, False, "local", "index.docker.io",
        "error building image: getting stage builder for stage 0: Get https://index.docker.io/v2/: dial tcp: lookup index.docker.io on 10.96.0.10:53: dial udp 10.96.0.10:53: connect: no route to host",
        raw_is_log=True, also_ok=["connectivity.no_route", "dns.resolve_failed"],
        note="kaniko in a gVisor (runsc) sandboxed pod under CRI-O cannot route to the cluster DNS service; the same pod without the sandbox builds and pushes; the sandbox's networking, open as a bug"),
    dns("kubernetes/kubernetes#105152", "dns", "dns.server_misbehaving", False, "local", "github.com",
        "time=\"2021-09-20T11:46:56Z\" level=error msg=\"finished unary call with code Unknown\" error=\"rpc error: code = Unknown desc = Get \\\"https://github.com/sajanraj/Rest-Standalone-API.git/info/refs?service=git-upload-pack\\\": dial tcp: lookup github.com on 10.96.0.10:53: server misbehaving\" grpc.code=Unknown grpc.method=Create grpc.service=repository.RepositoryService grpc.start_time=\"2021-09-20T11:46:54Z\" grpc.time_ms=2025.424 span.kind=server system=grpc",
        raw_is_log=True, also_ok=["dns.resolve_failed", "dns.temporary_failure"],
        note="Argo CD's repo server cannot fetch from github.com because the cluster DNS service (10.96.0.10) cannot resolve external names on that cluster ('pods should connect to external ip/dns'); the cluster's DNS forwarding, not GitHub"),
    dns("myoung34/docker-github-actions-runner#193", "dns", "dns.resolve_failed", False, "local", "api.github.com",
        "Runner reusage is disabled\nObtaining the token of the runner\ncurl: (6) Could not resolve host: api.github.com\nConfiguring",
        raw_is_log=True, also_ok=["dns.no_such_host", "local.network_misconfigured"],
        note="the runner container cannot resolve api.github.com while its host can: the host is IPv6-first with DNS64, which Docker's default bridge does not carry into the container; every start fails the same until the container's DNS is set up"),
    # --- docker-in-docker: the daemon behind the alias -------------------------------------------------------------
    dind("docker-library/docker#464", "local", "local.docker_daemon_down", False, "service", "docker",
         "error during connect: Post \"http://docker:2375/v1.24/auth\": dial tcp: lookup docker on 169.254.169.254:53: no such host",
         cmd="docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY", also_ok=["dns.no_such_host", "builder.remote_unreachable"],
         note="the newest docker:dind (its iptables change) did not come up on those runners, GitLab's and ARC's alike, so the service alias 'docker' never resolved; pinning dind 23.0.6 worked (duplicate of #463, a GitLab production incident); every run fails the same until the pin or the image fix"),
    # --- MTU ---------------------------------------------------------------------------------------------------------
    B.entry("mtu", "actions/actions-runner-controller#959", "local", "local.mtu_mismatch", False, "local", "registry.terraform.io",
            "curl: (35) OpenSSL SSL_connect: Connection reset by peer in connection to registry.terraform.io:443",
            cmd="curl https://registry.terraform.io/.well-known/terraform.json", also_ok=["connectivity.reset", "connectivity.tls_failed", "local.network_misconfigured"],
            note="labelled 'docker mtu issue': containers run by the runner pod's dind daemon lose every second or third TLS handshake while the runner container itself is fine; dind's MTU sits above the pod network's until it is lowered, so re-runs keep failing"),
    net("vocdoni/vocdoni-node#425", "connectivity", "connectivity.connect_timeout", True, "local", "deb.debian.org",
        "Could not connect to deb.debian.org:80 (199.232.150.132), connection timed out",
        cmd="docker-compose build", also_ok=["local.mtu_mismatch", "connectivity.timeout"],
        note="the self-hosted compose-test fails 'only randomly' reaching deb.debian.org from inside Docker; GitLab users saw the same from docker-in-docker and the maintainers lowered Docker's MTU on both CI servers; between failures re-runs passed"),
    # --- proxies set for the machine, not for the build --------------------------------------------------------------
    proxy("okx/exchain#3238", "connectivity", PROXY_BAD, False, "local", None,
          "#0 1.278 app/config/local.go:8:2: github.com/fsnotify/fsnotify@v1.6.0: Get \"https://proxy.golang.org/github.com/fsnotify/fsnotify/@v/v1.6.0.zip\": proxyconnect tcp: dial tcp 127.0.0.1:7890: connect: connection refused\n#0 1.278 libs/iavl/nodedb_oec.go:13:2: github.com/go-errors/errors@v1.0.1: Get \"https://proxy.golang.org/github.com/go-errors/errors/@v/v1.0.1.zip\": proxyconnect tcp: dial tcp 127.0.0.1:7890: connect: connection refused",
          cmd="make build-docker-exchainnode", host_alt=["proxy.golang.org", "127.0.0.1:7890"], also_ok=["connectivity.proxy_refused", "goproxy.fetch_failed"],
          note="a local proxy on the host's 127.0.0.1:7890 was passed into the BuildKit step, where loopback is the build container; every module fails the same until the build gets a proxy address it can reach"),
    proxy("docker/desktop-feedback#28", "connectivity", PROXY_BAD, False, "local", "auth.docker.io",
          "ERROR: failed to build: failed to solve: DeadlineExceeded: failed to fetch oauth token: Post \"https://auth.docker.io/token\": dial tcp 104.244.43.136:443: i/o timeout",
          cmd="docker build .", also_ok=["builder.proxy_not_applied", "registry.metadata_timeout", "connectivity.connect_timeout"],
          note="Docker Desktop's proxy settings carry docker login and docker pull, but BuildKit's registry calls go direct (to an address outside Docker's, on a network that needs the proxy) and time out; DOCKER_BUILDKIT=0 builds pass, so the builder's proxy path, not an outage"),
    proxy("docker/for-linux#180", "connectivity", PROXY_BAD, False, "local", None,
          "Using default tag: latest\nError response from daemon: received unexpected HTTP status: 503 Service Unavailable",
          cmd="docker pull registry:5000/hello-world", host_alt=["registry:5000", "registry"], also_ok=["registry.server_error", "connectivity.proxy_error_page"],
          note="the private registry (an /etc/hosts name) is listed in NO_PROXY, but with a long proxy.conf the daemon still sent the pull to the corporate proxy, whose 503 comes back; the registry is fine, every pull fails the same"),
    proxy("npm/npm#19820", "connectivity", PROXY_407, False, "local", None,
          "npm ERR! code E407\nnpm ERR! 407 Proxy Authentication Required: npm@latest",
          cmd="npm install --save @ng-idle/core @ng-idle/keepalive angular2-moment", host_alt=["registry.npmjs.org", "mycompany.com"], also_ok=[PROXY_BAD, "credentials.unauthorized"],
          note="the .npmrc's proxy=http://mycompany.com:<port>/ entries carry no credentials and the company proxy wants them; every package gets the same 407 until they are configured"),
    proxy("pypa/pip#5288", "connectivity", PROXY_407, False, "local", None,
          "Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy Authentication Required',))': /simple/boto3/\nCollecting boto3\n  Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (_ssl.c:777)'),)': /packages/99/49/20985d614dbf489ab0b381111593864b62a050f457dc44ba6301572debe9/boto3-1.7.5-py2.py3-none-any.whl",
          cmd="pip install --trusted-host pypi.python.org --upgrade boto3", host_alt=["pypi.python.org", "files.pythonhosted.org"], also_ok=["connectivity.untrusted_certificate", PROXY_BAD],
          note="behind a corporate proxy pip alternates between the proxy's 407 and the intercepting proxy's certificate (labelled topic - proxy); --trusted-host does not help; it needs the proxy's credentials and CA, not a re-run"),
    proxy("npm/npm#11540", "connectivity", "connectivity.proxy_error_page", False, "local", None,
          "npm ERR! Unexpected token <\nnpm ERR! <!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\nnpm ERR! <HTML dir=ltr><HEAD><TITLE>The Web site cannot be found</TITLE>",
          cmd="npm install", host_alt=["registry.npmjs.org"], also_ok=[PROXY_BAD, "connectivity.bad_response"],
          note="'working behind corporate proxy': npm gets the proxy's own 'The Web site cannot be found' page instead of registry JSON (labelled proxy); the proxy setup, so every install fails the same"),
    # --- TLS interception and firewalls ------------------------------------------------------------------------------
    tls("Cloud-CV/EvalAI#4715", "connectivity", "connectivity.untrusted_certificate", False, "local", "registry.npmjs.org",
        "2.020 npm ERR! code SELF_SIGNED_CERT_IN_CHAIN\n2.020 npm ERR! errno SELF_SIGNED_CERT_IN_CHAIN\n2.026 npm ERR! request to https://registry.npmjs.org/bower failed, reason: self signed certificate in certificate chain",
        t="bk_raw", run="npm install -g bower gulp gulp-cli", also_ok=["connectivity.tls_failed"],
        note="the compose build works on Debian but not from the reporter's CentOS Stream 9 host; 'it was due to our network setup': a certificate in the chain the build container does not trust"),
    tls("krakend/playground-community#48", "connectivity", "connectivity.untrusted_certificate", False, "local", "registry.npmjs.org",
        "npm ERR! code SELF_SIGNED_CERT_IN_CHAIN\nnpm ERR! errno SELF_SIGNED_CERT_IN_CHAIN\nnpm ERR! request to https://registry.npmjs.org/express-jwt failed, reason: self signed certificate in certificate chain",
        t="legacy_run", run="npm install", also_ok=["connectivity.tls_failed"],
        note="'I try it in company. env firewall': the legacy builder's npm install meets the company's TLS-inspecting firewall (the reporter had already worked around it for docker pulls); the node image lacks that CA, so every build fails the same"),
    net("moby/moby#11201", "connectivity", FIREWALL, False, "local", "index.docker.io",
        "Pulling repository fedora\nFATA[0000] Get https://index.docker.io/v1/repositories/library/fedora/images: dial tcp 162.242.195.84:443: connection refused",
        cmd="docker pull fedora:latest", also_ok=["connectivity.refused", PROXY_BAD],
        note="a corporate network that only lets port 80 out refuses the daemon's direct 443; a maintainer: all pulls go over HTTPS; the daemon needs HTTPS_PROXY, a re-run changes nothing"),
    net("distribution/distribution-library-image#176", "connectivity", FIREWALL, False, "local", "registry-1.docker.io",
        "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": read tcp 9.144.23.87:54336->3.219.239.5:443: read: connection reset by peer",
        cmd="docker pull rancher/kubectl:v1.28.2", also_ok=["connectivity.reset", "registry.ip_blocked"],
        note="only the Dalian (China) site's nodes get the TLS connection to Docker Hub reset while telnet to 443 works and the site firewall reports the traffic allowed; a middlebox on that path, every pull from there fails"),
    net("kubernetes-sigs/kubebuilder#1962", "connectivity", FIREWALL, False, "local", "proxy.golang.org",
        "go: github.com/go-logr/logr@v0.3.0: Get \"https://proxy.golang.org/github.com/go-logr/logr/@v/v0.3.0.mod\": dial tcp 172.217.27.145:443: connect: connection refused",
        t="legacy_run", run="go mod download", also_ok=["goproxy.fetch_failed", "connectivity.refused", PROXY_BAD],
        note="from China proxy.golang.org is refused; the reporter's shell has GOPROXY=https://goproxy.cn,direct but the Dockerfile's golang stage uses the default, and the maintainer says a restrictive network has to set GOPROXY; fails every time"),
    net("CERT-Polska/Artemis#470", "connectivity", FIREWALL, False, "local", "proxy.golang.org",
        "21.90 go: github.com/projectdiscovery/naabu/v2/cmd/naabu@v2.1.6: github.com/projectdiscovery/naabu/v2/cmd/naabu@v2.1.6: Get \"https://proxy.golang.org/github.com/projectdiscovery/naabu/v2/cmd/naabu/@v/v2.1.6.info\": dial tcp 142.251.43.17:443: connect: connection refused",
        cmd="docker compose up --build", also_ok=["goproxy.fetch_failed", "connectivity.refused"],
        note="a build from China (the thread is in Chinese): the karton-logger stage's go install is refused at a Google address for proxy.golang.org; the network blocks it and the build sets no reachable GOPROXY, so it fails every time"),
    # --- the services themselves --------------------------------------------------------------------------------------
    B.entry("net_path", "apache/nuttx#14682", "github", "github.connect_timeout", True, "service", "github.com",
            "Configuration/Tool: imxrt1050-evk/libcxxtest,CONFIG_ARM_TOOLCHAIN_GNU_EABI\ncurl: (28) Failed to connect to github.com port 443 after 134188 ms: Connection timed out\nmake[1]: *** [libcxx.defs:28: libcxx-17.0.6.src.tar.xz] Error 28",
            cmd="make", also_ok=["connectivity.connect_timeout", "connectivity.timeout"],
            note="NuttX's Docker CI on GitHub-hosted runners: the first and second runs time out connecting to github.com for source tarballs, the third run succeeds; nothing wrong found in the image"),
    B.entry("net_path", "alpinelinux/docker-alpine#234", "connectivity", "connectivity.package_mirror", True, "service", "dl-cdn.alpinelinux.org",
            "fetch https://dl-cdn.alpinelinux.org/alpine/v3.15/main/x86_64/APKINDEX.tar.gz\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.15/community/x86_64/APKINDEX.tar.gz\nWARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.15/main: temporary error (try again later)\nWARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.15/community: temporary error (try again later)\nERROR: unable to select packages:\n  bash (no such package):\n    required by: world[bash]",
            t="legacy_run", run="apk --no-cache add bash", also_ok=["connectivity.server_error", "build.package_not_found"],
            note="a GitHub Actions Docker build 'sometimes' cannot reach the Alpine CDN and a retry works; the Alpine maintainer: 'we had issues with the alpine repository for an hour or two'; 'no such package' only follows from the empty index"),
    B.entry("registry", "moby/buildkit#3875", "registry", "registry.token_timeout", True, "service", "repoin.harbor.net",
            "#3 [auth] kubeone-runtime/golang-runtime:pull token for repoin.harbor.net\n#3 DONE 0.0s\n\n#4 [internal] load metadata for repoin.harbor.net/kubeone-runtime/golang-runtime:v1.0-pre\n#4 ERROR: failed to authorize: DeadlineExceeded: failed to fetch oauth token: Post \"https://repoin.harbor.net/service/token\": dial tcp 10.249.179.76:443: i/o timeout",
            cmd="buildctl build --frontend dockerfile.v0 --local context=. --local dockerfile=.", also_ok=["registry.metadata_timeout", "connectivity.connect_timeout", "credentials.token_failed"],
            note="'Occasionally this error occurs ... Retry and recover': a self-hosted Harbor's token endpoint misses BuildKit's 30 s budget now and then while Harbor logs no timeout"),
    net("aws/aws-codebuild-docker-images#449", "connectivity", "connectivity.brownout", True, "service", "dl.bintray.com",
        "E: Failed to fetch https://dl.bintray.com/sbt/debian/InRelease  403  Forbidden [IP: 35.156.125.116 443]\nE: The repository 'https://dl.bintray.com/sbt/debian  InRelease' is not signed.",
        cmd="apt-get update", also_ok=["connectivity.forbidden", GONE, "connectivity.package_mirror"],
        note="every CodeBuild image lists Bintray's sbt apt repository; on 2021-04-12 JFrog ran a scheduled brown-out (6 AM to 2 PM PDT) ahead of Bintray's 1 May sunset, so apt-get update got 403s for those hours and passed again after (the images dropped the source before the sunset)"),
    net("travis-ci/travis-ci#6881", "connectivity", "connectivity.tls_failed", True, "service", "apt.dockerproject.org",
        "W: Failed to fetch https://apt.dockerproject.org/repo/dists/ubuntu-trusty/main/binary-amd64/Packages  gnutls_handshake() failed: Handshake failed\n\nE: Some index files failed to download. They have been ignored, or old ones used instead.",
        cmd="sudo apt-get update", also_ok=["connectivity.package_mirror", "connectivity.tls_error"],
        note="Docker's apt repository had a server-side TLS fault (tracked upstream as docker#28474) that broke apt-get update on Travis's GCE Trusty images; Travis pinned a working address and then disabled the source until Docker fixed it: the service's fault"),
    # --- the build's own: a dind alias with nothing behind it --------------------------------------------------------
    B.build_in("dind", "docker-library/docker#202", DOCKER_ENV,
               "docker: error during connect: Post http://docker:2375/v1.40/containers/create: dial tcp: lookup docker on 192.168.1.1:53: no such host.",
               host="docker", cmd="docker run hello-world", also_ok=["dns.no_such_host", "local.docker_daemon_down"],
               note="`docker run --privileged -it docker:dind sh` replaces the daemon with a shell, and the image's client then defaults to tcp://docker:2375, a name only a linked dind service has; the Hub docs run dind detached and connect from another container (duplicate of #200)"),
    B.build_in("dind", "finos/legend#723", DOCKER_ENV,
               "docker: error during connect: Post \"http://docker:2375/v1.24/containers/create\": dial tcp: lookup docker on 192.168.1.1:53: no such host.",
               host="docker", cmd="./start.gitlab-pat.sh", also_ok=["dns.no_such_host", "local.docker_daemon_down"],
               note="the start script runs a nested container from inside a container whose docker client points at tcp://docker:2375, with no such daemon on that VM; the PR mounts /var/run/docker.sock for the nested container"),
    B.build_in("dind", "tiangolo/docker-with-compose#10", "build.dind_service_missing",
               "error during connect: Post http://docker:2375/v1.40/auth: dial tcp: lookup docker on 169.254.169.254:53: no such host",
               host="docker", cmd="docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY", also_ok=[DOCKER_ENV, "dns.no_such_host"],
               note="the .gitlab-ci.yml declares no `services: - docker:dind`, so no host named docker exists on the job's network (a commenter: 'you aren't running the docker daemon as a service'); the runner's resolver says so every run"),
    # --- the build's own: names from another network, localhost in a container ----------------------------------------
    B.build_in("services", "RynoM/self-hosted-deployment#4", OUTSIDE_NET,
               "fatal: unable to access 'http://gitea:3000/pinhead/runner/': Could not resolve host: gitea",
               host="gitea", head=["Run actions/checkout@v4"], also_ok=["dns.no_such_host"],
               note="act_runner starts the job container on its own per-task network, not the compose network where the service name gitea resolves (a commenter attached it by hand and then it resolved); the runner's container network setting, every run fails"),
    B.build_in("services", "opensanctions/opensanctions#44", OUTSIDE_NET,
               "ERROR:coe_assembly.init:(psycopg2.OperationalError) could not translate host name \"postgres\" to address: Name does not resolve",
               host="postgres", raw_is_log=True, also_ok=["build.test_db_unreachable", "dns.no_such_host"],
               note="postgres is the compose service name; the maintainer: it sounds like `docker run` instead of `docker-compose up` with the dependent services, so no such name on the container's network"),
    B.build_in("services", "caarlos0/domain_exporter#6", WRONG_HOST,
               "Get http://domain:9222/probe?target=watchub.pw: dial tcp: lookup domain on 127.0.0.11:53: no such host",
               host="domain", raw_is_log=True, also_ok=[OUTSIDE_NET, "dns.no_such_host"],
               note="Prometheus under compose scraped the exporter by its container_name instead of the service name, which Docker's resolver had no record for: 'It was my docker-compose misconfiguration'"),
    B.build_in("services", "myoung34/docker-github-actions-runner#199", "build.localhost_in_container",
               "dial tcp 127.0.0.1:5432: connect: connection refused",
               cmd="go test ./...", host_alt=["127.0.0.1:5432"], also_ok=["build.test_db_unreachable", "connectivity.refused"],
               note="the runner itself runs in a container, so the job's 127.0.0.1 is the runner container, not the host where the database container publishes 5432; the same tests pass on a plain Ubuntu runner, and the reporter fixed it with a fixed IP"),
    B.build_in("services", "hasura/hasura-actions-examples#34", WRONG_HOST,
               "could not translate host name \\\"host.docker.internal\\\" to address: Name or service not known",
               host="host.docker.internal", cmd="docker-compose up", also_ok=["dns.no_such_host"],
               note="the example's compose file points at host.docker.internal, which Docker on Linux does not provide; the workaround is the bridge gateway 172.17.0.1 (the escaped quotes are as pasted)"),
    B.build_in("net_proxy", "CJackHwang/AIstudioProxyAPI#190", "build.proxy_misconfigured",
               "7.275 W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Could not resolve 'host.docker.internal'\n7.275 W: Failed to fetch http://deb.debian.org/debian/dists/bookworm-updates/InRelease  Could not resolve 'host.docker.internal'\n7.275 W: Failed to fetch http://deb.debian.org/debian-security/dists/bookworm-security/InRelease  Could not resolve 'host.docker.internal'\n7.275 W: Some index files failed to download. They have been ignored, or old ones used instead.",
               host="host.docker.internal", cmd="docker compose build", also_ok=[PROXY_BAD, "dns.no_such_host"],
               note="the PR makes the image build use a proxy at host.docker.internal, a name Docker Desktop provides and Docker on Linux does not; on an Ubuntu host apt cannot resolve the proxy and the image stops building"),
    # --- the build's own: hosts retired, hosts never there ---------------------------------------------------------------
    B.build_in("net_path", "dreamcat4/docker-images#52", GONE,
               "#6 0.771 --2021-10-01 11:50:10--  https://dl.bintray.com/dreamcat4/linux/dnsmasq/dnsmasq-latest_linux-x86_64.tar.gz\n#6 0.773 Resolving dl.bintray.com (dl.bintray.com)... 52.43.246.207, 52.34.245.248\n#6 0.844 Connecting to dl.bintray.com (dl.bintray.com)|52.43.246.207|:443... connected.\n#6 0.882 HTTP request sent, awaiting response... 403 Forbidden\n#6 0.893 2021-10-01 11:50:10 ERROR 403: Forbidden.",
               host="dl.bintray.com", cmd="docker build -t pxe .", also_ok=["build.download_not_found", "connectivity.forbidden"],
               note="Bintray closed in May 2021 and the Dockerfile still fetches its dnsmasq tarball from dl.bintray.com, which answers 403 for good; the maintainer: edit the Dockerfile"),
    B.build_in("net_path", "apache/couchdb-docker#201", GONE,
               "Reading package lists...\nW: The repository 'https://apache.bintray.com/couchdb-deb stretch Release' does not have a Release file.\nE: Failed to fetch https://apache.bintray.com/couchdb-deb/dists/stretch/main/binary-amd64/Packages  403  Forbidden\nE: Some index files failed to download. They have been ignored, or old ones used instead.",
               host="apache.bintray.com", cmd="docker build .", also_ok=["connectivity.forbidden", "build.distro_eol"],
               note="couchdb:2.3.1's apt source still points at apache.bintray.com, retired with Bintray; apt-get update in a derived image gets 403 until the list is removed or pointed at apache.jfrog.io"),
    B.build_in("net_path", "testspace-com/setup-testspace#9", WRONG_HOST,
               "Testspace Client, version 2.8.5013\nCopyright (C) 2021 S2 Technologies, Inc.\n\nUnable to proceed. Unable to access \"testspace-config\" space in \"bennymeade:testing-testspace\" project at Testspace (https://.testspace.com) with specified credentials. Failed performing request: [6] Couldn't resolve host name\nFor more information about Testspace, visit www.testspace.com.\nError: Process completed with exit code 2.",
               cmd="testspace results.xml", raw_is_log=True, host_alt=["bennymeade.testspace.com", ".testspace.com"], also_ok=["dns.no_such_host", "build.secret_missing"],
               note="the domain input `${{ github.bennymeade.testspace.com }}` names no context value, so it expands to nothing and the client asks for https://.testspace.com; the maintainer: use `${{ github.repository_owner }}`"),
    B.build_in("net_path", "appleboy/ssh-action#192", "build.secret_missing",
               "dial tcp :22: connect: connection refused",
               head=["Run appleboy/ssh-action@master"], also_ok=["connectivity.refused", "credentials.missing"],
               note="the workflow reads secrets.SHH_HOST, a secret that does not exist, so the host is empty and the action dials :22 on the runner itself; 'Are you sure it's called secrets.SHH_HOST and not secrets.SSH_HOST' resolved it"),
    B.build_in("net_path", "appleboy/ssh-action#250", WRONG_HOST,
               "======CMD======\nrm -rf /home/user/test_data\nmkdir /home/user/test_data\n\n======END======\n2023/05/16 01:34:44 dial tcp: lookup \"54.218.162.46\": no such host",
               head=["Run appleboy/ssh-action@v0.1.10"], host_alt=["54.218.162.46"], also_ok=["dns.no_such_host"],
               note="the host input comes from a Terraform output step and reaches the action with literal quotes around the IP, so Go looks the quoted string up as a name; the same address works from a laptop; every run fails the same (the thread's later replies add no fix)"),
]
