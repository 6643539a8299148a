"""Dev-set entries, batch 104 (name-resolution failures in the Go tools' own wording on CI runners and build hosts:
`dial tcp: lookup HOST on IP:53: no such host`, `... server misbehaving`, `... read udp ...:53: i/o timeout`,
`lookup HOST: no such host`, `... on [::1]:53: ... connection refused`, `no DNS servers`, from helm repo add/update
and chart pulls, docker pull/login/push, kind clusters, terraform's providers and state backends, the go command's
module and vanity-import fetches, cosign and `gh attestation verify` reaching the Sigstore TUF CDN, trivy's DB
download and kubectl through a proxy. The service side: chart repositories whose DNS broke for a while and came back
(crossplane's in September 2020, Bitnami's in November 2022 and again during its December 2024 record change,
wiredoor's migration), and names that stayed gone or broken (banzaicloud's zone, helm.twun.io after the chart moved
to GitHub Pages, from a workstation and from a cluster's boot job, clustersecret.io, the vbom.ml vanity domain, Broadcom's SHA-1 DNSSEC that validating resolvers
refuse). The runner's side that passed on a re-run: hosted runners' systemd-resolved stub timing out on
tuf-repo-cdn.sigstore.dev, Azure's resolver timing out for trivy inside a podman network, a stub answering
SERVFAIL for a CI registry proxy, a dind job that races the daemon daily, a resolver that is wrong just after boot,
Travis' resolver timing out on honnef.co, a SERVFAIL for helm.elastic.co that went away, a minikube VM's resolver
answering SERVFAIL for Docker Hub, a resolver with no answer for apache.github.io while the maintainers' worked. The runner's side that
needed a change: names that only exist inside a VPN, a router answering oversized UDP, kind's node without a
usable resolver, boot2docker and Docker Desktop VMs with a stale or empty resolver, hosts whose resolv.conf leaves
Go asking [::1]:53, proxy variables whose scheme Go reads as a host (`socks5h`, `http`), worker node names the
cluster DNS does not know. The build's own: a job routed to shared runners without the docker service, a k3d registry name used from outside the cluster network, a helmfile repository copied
from docs that never existed. `err` is verbatim from the source (a GitHub thread found with the search tool's
`issues` corpus); where a thread quoted a log inside Markdown (code fences, backticks, italics underscores, quotation
marks around a message in prose) only that markup was dropped and trailing blanks trimmed, never a word of the log;
where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Masks
(`x.x.x.x`, `169.XXX.XXX.XXX`, `${my_DNS}`, `mydomain.net`) and typos in the logs are the reporters' or tools' own.
Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing call
(for DNS, the looked-up name); an inferred, masked, malformed or placeholder one goes in host_alt, and the build's
own service names stay None. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"karmada-io/karmada#3434", "ClickHouse/ClickHouse#115555", "mendersoftware/mender-server#584", "docker/cli#2694"}  # fmt: skip

B = Batch(PULLS)
dns = B.family("dns")
own = B.build("dns")

NO_HOST = "dns.no_such_host"
RESOLVE = "dns.resolve_failed"
TEMP = "dns.temporary_failure"
MISBEHAVING = "dns.server_misbehaving"
TIMEOUT = "dns.timeout"
NO_RESOLVER = "dns.resolver_unreachable"
PROXY_BAD = "connectivity.proxy_misconfigured"
NET_CONF = "local.network_misconfigured"
GONE = "build.repository_removed"
WRONG_HOST = "build.wrong_host"
OUTSIDE_NET = "build.service_name_outside_network"
BITNAMI = "charts.bitnami.com"

E = [
    # --- the service's side: chart repositories and vanity domains whose DNS broke for a while ----------------------
    dns("crossplane/crossplane#1772", "dns", NO_HOST, True, "service", "charts.crossplane.io",
        "Error: Looks like \"https://charts.crossplane.io/alpha\" is not a valid chart repository or cannot be reached: Get \"https://charts.crossplane.io/alpha/index.yaml\": dial tcp: lookup charts.crossplane.io on 169.254.169.254:53: no such host",
        cmd="helm repo add crossplane-alpha https://charts.crossplane.io/alpha", also_ok=[RESOLVE],
        note="25 September 2020, on GitLab CI and locally alike; hasheddan: 'We are aware of this issue and have identified the cause ... would you mind trying to run again?', and the reporter: 'the host resolves now'"),
    dns("bitnami/charts#13314", "dns", NO_HOST, True, "service", BITNAMI,
        "Unable to get an update from the \"bitnami\" chart repository (https://charts.bitnami.com/bitnami):\n        Get \"https://charts.bitnami.com/bitnami/index.yaml\": dial tcp: lookup charts.bitnami.com on 127.0.0.53:53: no such host",
        cmd="helm repo update", also_ok=[RESOLVE],
        note="2 November 2022, closed as a duplicate of bitnami/charts#13313 ('Chart repository not reachable (DNS Issue)', NXDOMAIN everywhere), where the same day 'Seem fix now ... But CNAME are in cache for 2h'; Bitnami's records, not the runner's resolver"),
    dns("bitnami/charts#31053", "dns", NO_HOST, True, "service", BITNAMI,
        "Error: could not download chart: looks like \"https://charts.bitnami.com/bitnami\" is not a valid chart repository or cannot be reached: Get \"https://charts.bitnami.com/bitnami/index.yaml\": dial tcp: lookup charts.bitnami.com: no such host",
        also_ok=[RESOLVE],
        note="16 December 2024, an EKS provisioning pipeline; jotamartos: 'DNS records were updated and information is being propagated now', and 'Our pipelines are working again it seems' the same day (Bitnami's own DNS change, #31051 saw it from GitHub Actions for hours)"),
    dns("wiredoor/wiredoor#146", "dns", NO_HOST, True, "service", "charts.wiredoor.net",
        "$ helm repo add wiredoor https://charts.wiredoor.net\n  Error: looks like \"https://charts.wiredoor.net\" is not a valid chart repository or cannot be reached: Get\n  \"https://charts.wiredoor.net/index.yaml\": dial tcp: lookup charts.wiredoor.net: no such host",
        also_ok=[RESOLVE],
        note="the maintainer: 'The issue was caused by a DNS migration. The repository should now be reachable again. Please try again', and the reporter: 'It worked!'; the same command passes once the record is back"),
    # --- the service's side: names that stayed gone or broken ---------------------------------------------------------
    dns("banzaicloud/banzai-charts#1349", "dns", MISBEHAVING, False, "service", "kubernetes-charts.banzaicloud.com",
        "#> helm repo add banzaicloud-stable https://kubernetes-charts.banzaicloud.com\nError: looks like \"https://kubernetes-charts.banzaicloud.com\" is not a valid chart repository or cannot be reached: Get \"https://kubernetes-charts.banzaicloud.com/index.yaml\": dial tcp: lookup kubernetes-charts.banzaicloud.com on ${my_DNS}:53: server misbehaving",
        also_ok=[NO_HOST, GONE],
        note="November 2023: 'their DNS zone is totally broken' (the SOA for banzaicloud.com answers SERVFAIL) and the record used to alias a retired eticloud.io host; users were left to find cached copies, nothing a re-run fixes (the resolver is the reporter's mask)"),
    dns("twuni/docker-registry.helm#190", "dns", NO_HOST, False, "service", "helm.twun.io",
        "$ helm repo add twuni https://helm.twun.io\n\nError: looks like \"https://helm.twun.io\" is not a valid chart repository or cannot be reached: Get \"https://helm.twun.io/index.yaml\": dial tcp: lookup helm.twun.io: no such host",
        also_ok=[GONE, RESOLVE],
        note="November 2025, dig answers NXDOMAIN from the registrar's servers; the chart's README moved the repository to https://twuni.github.io/docker-registry.helm (as uselagoon/lagoon#4011 and jenkins-x/jx-git-operator#226 followed), so builds must change the URL"),
    dns("jenkins-x/jx-git-operator#226", "dns", NO_HOST, False, "service", "helm.twun.io",
        "STDERR:\n  Error: looks like \"https://helm.twun.io\" is not a valid chart repository or cannot be reached: Get \"https://helm.twun.io/index.yaml\": dial tcp: lookup helm.twun.io on 10.96.0.10:53: no such host",
        also_ok=[GONE, RESOLVE],
        note="November 2025, the git operator's boot job inside the cluster (kube-dns 10.96.0.10) fails on the same retired name as twuni/docker-registry.helm#190; the chart now lives at https://twuni.github.io/docker-registry.helm, so the job keeps failing until its repository URL changes"),
    dns("zakkg3/ClusterSecret#138", "dns", NO_HOST, False, "service", "charts.clustersecret.io",
        "Exception: invoke of kubernetes:helm:template failed: invocation of kubernetes:helm:template returned an error:\nfailed to generate YAML for specified Helm chart: failed to pull chart:\nlooks like \"https://charts.clustersecret.io/\" is not a valid chart repository or cannot be reached:\nGet \"https://charts.clustersecret.io/index.yaml\": dial tcp: lookup charts.clustersecret.io on 67.207.67.2:53: no such host",
        also_ok=[GONE, RESOLVE],
        note="July 2024, Pulumi and Renovate both fail: nslookup against 8.8.8.8 gives NXDOMAIN and 'the main website cannot be resolved either'; the domain itself lapsed, and the workaround was installing the chart straight from GitHub"),
    dns("bitnami/charts#27452", "dns", MISBEHAVING, False, "service", "repo.broadcom.com",
        "Error: looks like \"https://charts.bitnami.com/bitnami\" is not a valid chart repository or cannot be reached: Get \"https://repo.broadcom.com/bitnami-files/index.yaml\": dial tcp: lookup repo.broadcom.com on 127.0.0.1:53: server misbehaving",
        cmd="helm repo add bitnami https://charts.bitnami.com/bitnami", host_alt=[BITNAMI], also_ok=[RESOLVE],
        note="June 2024: charts.bitnami.com now redirects to repo.broadcom.com, whose zone signs DNSSEC with SHA-1, so a validating resolver answers SERVFAIL every time (dnsviz evidence in the thread); only Broadcom's DNS can fix it"),
    dns("docker/cli#2694", "dns", NO_HOST, False, "service", "vbom.ml",
        "Collecting initial packages\nDownload dependencies\nunrecognized import path \"vbom.ml/util\" (https fetch: Get https://vbom.ml/util?go-get=1: dial tcp: lookup vbom.ml on 169.254.169.254:53: no such host)",
        also_ok=[GONE, "goproxy.vanity_meta_missing"],
        note="August 2020, docker/cli's vendor check in CI: thaJeztah, 'The vanity domain is down, and the project has moved to a new location', so the PR swaps vbom.ml/util for github.com/fvbommel/sortorder; no re-run brings the domain back"),
    # --- the runner's side that passed on a re-run ---------------------------------------------------------------------
    dns("karmada-io/karmada#3434", "dns", TIMEOUT, True, "local", "tuf-repo-cdn.sigstore.dev",
        "INFO: Using bootstrap cosign to verify signature of desired cosign version\nError: getting ctlog public keys: updating local metadata and targets: error updating to TUF remote mirror: tuf: failed to download 3.root.json: Get \"https://tuf-repo-cdn.sigstore.dev/3.root.json\": dial tcp: lookup tuf-repo-cdn.sigstore.dev on 127.0.0.53:53: read udp 127.0.0.1:42557->127.0.0.53:53: i/o timeout",
        also_ok=[RESOLVE, "connectivity.timeout"],
        note="June 2023, sigstore/cosign-installer on a hosted runner; the same run is reported in sigstore/cosign-installer#135: 'Rerun github action and it's working'; the runner's resolver stub timed out once"),
    dns("dtolnay/install#30", "dns", TIMEOUT, True, "local", "tuf-repo-cdn.sigstore.dev",
        "Error:\nfailed to find recognized issuer from bundle content:\nfailed to create TUF client:\ntuf refresh failed:\nGet \"https://tuf-repo-cdn.sigstore.dev/10.root.json\":\ndial tcp:\nlookup tuf-repo-cdn.sigstore.dev on 127.0.0.53:53:\nread udp 127.0.0.1:39546->127.0.0.53:53:\ni/o timeout",
        cmd="gh attestation verify --owner dtolnay /home/runner/.cargo/bin/...", also_ok=[RESOLVE, "connectivity.timeout"],
        note="January 2025: the `gh attestation verify` step 'sometimes fails like this' on hosted runners (the issue is titled flaky); the runner's systemd-resolved stub timing out, and the next run verifies (the line breaks are dtolnay's own formatting)"),
    dns("opendatahub-io/notebooks#776", "dns", TIMEOUT, True, "local", "ghcr.io",
        "2024-11-22T19:52:49Z\tINFO\tDownloading DB...\trepository=\"ghcr.io/aquasecurity/trivy-db:2\"\n2024-11-22T19:53:49Z\tFATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: database download error: OCI repository error: 1 error occurred:\n\t* Get \"https://ghcr.io/v2/\": dial tcp: lookup ghcr.io on 168.63.129.16:53: read udp 10.88.0.2:43149->168.63.129.16:53: i/o timeout",
        also_ok=[RESOLVE, "connectivity.timeout"],
        note="GitHub Actions, trivy inside a podman network (10.88.0.2) asking Azure's resolver 168.63.129.16: 'This happens very often, it seems that the issue reoccures periodically', failing on some runs and not others; not a GHCR outage"),
    dns("ClickHouse/ClickHouse#115555", "dns", MISBEHAVING, True, "local", "dockerhub-proxy.dockerhub-proxy-zone",
        "Run command: [timeout --verbose 300 docker pull clickhouse/stateless-test:...]\nfailed to copy: ... dial tcp: lookup\n    dockerhub-proxy.dockerhub-proxy-zone on 127.0.0.53:53: server misbehaving\nRetry 1/3: command failed, exit code: 1\nNo retryable errors found, stopping retries\nERROR: command failed after 1/3 attempt(s), exit code: 1",
        also_ok=[TEMP, RESOLVE],
        note="August 2026: the CI's own registry proxy name got a SERVFAIL from the runner's stub; the PR calls it 'a transient DNS blip' and adds `server misbehaving` to the retryable image-pull errors, since a retry pulls fine"),
    dns("mendersoftware/mender-server#584", "dns", NO_HOST, True, "local", None,
        "dial tcp: lookup docker on 185.12.64.2:53: no such host",
        host_alt=["docker"], also_ok=["local.docker_daemon_down", "build.dind_service_missing"],
        note="GitLab CI: 'Everyday we have a failure of this sort' when the docker:dind service is not up yet as the job starts, so the name `docker` does not resolve; the fix retries the job on 'simple docker not running' (the host is the job's own service alias)"),
    dns("docker/cli#2299", "dns", NO_RESOLVER, True, "local", "registry-1.docker.io",
        "$ docker pull node\nUsing default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 127.0.1.1:53: read udp 127.0.0.1:39049->127.0.1.1:53: read: connection refused",
        also_ok=[RESOLVE, "connectivity.refused"],
        note="a Jetson TX2 right after boot: the daemon asks 127.0.1.1:53 while systemd-resolved listens on 127.0.0.53; 'After running the pull command several times (3+), docker is able to resolve the URL and pulls the image'"),
    dns("dominikh/go-tools#27", "dns", TIMEOUT, True, "local", "honnef.co",
        "package honnef.co/go/simple/cmd/gosimple: unrecognized import path \"honnef.co/go/simple/cmd/gosimple\" (https fetch: Get https://honnef.co/go/simple/cmd/gosimple?go-get=1: dial tcp: lookup honnef.co on 10.12.0.2:53: dial udp 10.12.0.2:53: i/o timeout)",
        cmd="go get honnef.co/go/simple/cmd/gosimple", also_ok=[RESOLVE, "goproxy.fetch_timeout"],
        note="'happening since yesterday, randomly'; dominikh: '10.12.0.2 is private address space ... your local DNS server is having difficulties answering queries', and the reporter: 'it's from TravisCI. I'll contact them'; the vanity host was fine"),
    dns("elastic/helm-charts#349", "dns", MISBEHAVING, True, "local", "helm.elastic.co",
        "Get https://helm.elastic.co/helm/filebeat/filebeat-7.4.1.tgz: dial tcp: lookup helm.elastic.co on 127.0.0.53:53: server misbehaving",
        also_ok=[TEMP, RESOLVE],
        note="`host helm.elastic.co` also gave SERVFAIL; jmlrt: 'Elastic Helm repository is working fine ... You should check your DNS config', and the next day the reporter: 'Works for me now' with nothing changed"),
    dns("istio/community#25", "dns", MISBEHAVING, True, "local", "registry-1.docker.io",
        "Warning  Failed                 1m (x3 over 3m)   kubelet, minikube  Failed to pull image \"istio/examples-bookinfo-reviews-v2:0.2.8\": rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.64.1:53: server misbehaving",
        also_ok=[TEMP, RESOLVE],
        note="a minikube VM's pulls of the bookinfo images stuck in ErrImagePull; ldemailly: 'Seems like some transient issue with docker unrelated to istio?' (the VM's resolver at 192.168.64.1, not the registry), and the thread went no further"),
    dns("apache/apisix-helm-chart#959", "dns", NO_HOST, True, "local", "apache.github.io",
        "Error: looks like \"...\" is not a valid chart repository or cannot be reached: Get \"https://apache.github.io/apisix-helm-chart/index.yaml\": dial tcp: lookup apache.github.io: no such host",
        cmd="helm repo add apisix-dev https://apache.github.io/apisix-helm-chart", also_ok=[RESOLVE],
        note="April 2026: both repository URLs fail because the reporter's resolver has no answer for apache.github.io; Baoyuantop: 'I tested it and there were no problems. You can try it a few more times to see if the problem still exists' (the '...' is the reporter's own elision), and it was closed"),
    # --- the runner's side that needed a change: VPN-only names, broken resolvers, VMs with stale DNS -----------------
    dns("rancher/terraform-provider-rancher2-archive#80", "dns", NO_HOST, False, "local", None,
        "Error: Error running plan: 1 error(s) occurred:\n\n* provider.rancher2: Get https://rancher2.mydomain.net/v3: dial tcp: lookup rancher2.mydomain.net on 192.168.0.1:53: no such host",
        cmd="terraform plan", host_alt=["rancher2.mydomain.net"], also_ok=[NET_CONF],
        note="the name exists only in the VPN's DNS, but the provider's Go resolver asks the LAN router 192.168.0.1; the reporter 'worked around with a hosts file' and the maintainer pointed at the OS/VPN DNS setup (the domain is the reporter's mask)"),
    dns("hashicorp/terraform#2780", "dns", NO_HOST, False, "local", None,
        "  Error refreshing state: 1 error(s) occurred:\n\n  * 1 error(s) occurred:\n\n  * Failed to get value for path 'production/redis/service/port' from Consul: Get http://myconsul.myco.com:8500/v1/kv/production/redis/service/port?dc=us-west-2: dial tcp: lookup myconsul.myco.com: no such host",
        cmd="terraform plan", host_alt=["myconsul.myco.com"], also_ok=[NET_CONF],
        note="the Consul server lives on a VPN with private DNS: ping and the consul CLI resolve it, Terraform (since 0.5.3) does not, the pure-Go resolver ignoring the macOS VPN resolver configuration (the cgo discussion of hashicorp/terraform#3536); a setup change, not a blip"),
    dns("hashicorp/terraform#3536", "dns", TIMEOUT, False, "local", "storage.googleapis.com",
        "Error: Error loading state: Failed to open state file at gs://terraform-cf/cloudflare/semrush.ru/default.tfstate: Get https://storage.googleapis.com/terraform-cf/cloudflare/semrush.ru/default.tfstate: dial tcp: lookup storage.googleapis.com on 192.168.1.1:53: read udp 192.168.3.66:33635->192.168.1.1:53: i/o timeout",
        cmd="terraform plan", also_ok=[RESOLVE, NET_CONF],
        note="the office resolver (a Mikrotik router) answers with oversized UDP packets instead of falling back to TCP, which Go's resolver cannot read; flushing the router's cache or building with cgo helps, so the network or binary must change"),
    dns("skypilot-org/skypilot#2246", "dns", TIMEOUT, False, "local", "us-central1-docker.pkg.dev",
        "Failed to pull image \"us-central1-docker.pkg.dev/skypilot-375900/skypilotk8s/skypilot:latest\"; rpc error: code = Unknown desc\nfailed to pull and unpack image \"us-central1-docker.pkg. dev/skypilot-375900/skypilotk8s/skypilot:latest\": failed to resolve reference \"us-central1-docker. kg. dev/skypilot-375900/ skypilotk8s/skypilot: latest\"; failed to do request: Head \"https: //us-central1-docker.pkg.dev/v2/skypilot-375900/skypilotk8s/skypilot/manifests/latest\": dial tcp: lookup us-central1-docker.pkg.dev: i/o timeout",
        also_ok=[RESOLVE, NET_CONF],
        note="a kind cluster on a lab machine: every pull from inside the node times out resolving, Docker Hub as well; the workaround disabled pulls and loaded the image into kind by hand (kind#1974 cited); the spacing errors are the reporter's transcription of a screenshot"),
    dns("moby/moby#11490", "dns", TIMEOUT, False, "local", "index.docker.io",
        "% docker login\nUsername: xxxx\nPassword:\nEmail: xxxxxxx@yahoo.co.jp\nFATA[0033] Error response from daemon: Server Error: Post https://index.docker.io/v1/users/: dial tcp: lookup index.docker.io on 203.141.128.33:53: read udp 203.141.128.33:53: i/o timeout",
        also_ok=[RESOLVE],
        note="dmp42: 'You have a DNS resolution issue. Your DNS server is timeouting ... Boot2docker is notoriously inefficient at detecting network configuration changes. Quick fix: restart boot2docker', and the reporter: 'I resolved after restarting docker'"),
    dns("docker-archive-public/docker.kitematic#718", "dns", TIMEOUT, False, "local", "index.docker.io",
        "Get https://index.docker.io/v1/repositories/library/ubuntu/images: dial tcp: lookup index.docker.io on 192.168.90.1:53: read udp 192.168.90.1:53: i/o timeout",
        also_ok=[RESOLVE, NET_CONF],
        note="mchiang0610: 'a problem with your DNS loading an older entry', fixed by writing `nameserver 8.8.8.8` into the docker-machine VM's resolv.conf ('Runs like a charm now'); later comments blame the VM dropping DNS-over-TCP for large answers"),
    dns("helm/helm#11808", "dns", NO_RESOLVER, False, "local", "charts.helm.sh",
        "$ helm repo add stable https://charts.helm.sh/stable\nError: looks like \"https://charts.helm.sh/stable\" is not a valid chart repository or cannot be reached: Get \"https://charts.helm.sh/stable/index.yaml\": dial tcp: lookup charts.helm.sh on [::1]:53: read udp [::1]:48747->[::1]:53: read: connection refused",
        also_ok=[RESOLVE, "connectivity.refused"],
        note="every repository fails the same way; joejulian: 'Works for me. Check with your dns/p[roxy]': with no usable nameserver in resolv.conf Go falls back to [::1]:53, where nothing listens"),
    dns("amitn322/blackesk#13", "dns", NO_RESOLVER, False, "local", "auth.docker.io",
        "failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to authorize: rpc error: code = Unknown desc = failed to fetch oauth token: Post \"https://auth.docker.io/token\": dial tcp: lookup auth.docker.io on [::1]:53: read udp [::1]:39458->[::1]:53: read: connection refused",
        also_ok=[RESOLVE, "connectivity.refused"],
        note="Manjaro with NetworkManager managing DNS, 'but some component of the build was trying to resolve from localhost'; the reporter added `nameserver 8.8.8.8` to resolv.conf and 'everything works'"),
    dns("docker/for-win#716", "dns", NO_RESOLVER, False, "local", "registry-1.docker.io",
        "Using default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on [::1]:53: read udp [::1]:54563->[::1]:53: read: connection refused",
        cmd="docker pull wonderfall/nextcloud", also_ok=[RESOLVE, "local.docker_daemon_broken"],
        note="Docker CE edge on Windows Server 2016 loses its resolver after long run times: 'After restarting docker manually, the image pulls correctly again', and another user fixed it by setting the DNS server to 8.8.8.8 in Docker's settings"),
    dns("boot2docker/boot2docker#408", "dns", NO_RESOLVER, False, "local", "index.docker.io",
        "Pulling repository mbentley/debian-php5-fpm\n2014/06/24 22:57:33 Get https://index.docker.io/v1/repositories/mbentley/debian-php5-fpm/images: dial tcp: lookup index.docker.io: no DNS servers",
        cmd="docker pull mbentley/debian-php5-fpm", also_ok=[RESOLVE, NET_CONF],
        note="'I have no DNS servers in resolv.conf in boot2docker VM. And When I put one and reboot the VM it disappear': the VM's own network setup, failing on every pull until it gets a nameserver"),
    dns("kubernetes/kubernetes#39980", "dns", MISBEHAVING, False, "local", "kubeworker",
        "Error from server: error dialing backend: dial tcp: lookup kubeworker on x.x.x.x:53: server misbehaving",
        also_ok=[NO_HOST, NET_CONF],
        note="zelentsovl: it 'appeared after the cluster was been expanded with 2 new workers. For some reasons Kubernetes could not find them in DNS. The problem has been resolved jyst rebooting kubemaster nodes' (another user: after every node added); the resolver is masked"),
    dns("kubernetes/website#34419", "connectivity", PROXY_BAD, False, "local", None,
        "\u276f env  https_proxy=socks5h://localhost:8080 kubectl --kubeconfig $HOME/.kube/myconfig --context my-cluster-one get nodes\nUnable to connect to the server: proxyconnect tcp: dial tcp: lookup socks5h on 127.0.0.1:53: no such host",
        raw_is_log=True, host_alt=["socks5h"], also_ok=[NO_HOST],
        note="Go's proxy handling does not know the socks5h scheme, so it looks up 'socks5h' as the proxy's host name; the same command with https_proxy=socks5://localhost:8080 lists the nodes (kubernetes/website#37309 proposed the doc change)"),
    dns("getsentry/self-hosted#138", "connectivity", PROXY_BAD, False, "local", None,
        "$ docker-compose run --rm web config generate-secret-key\nPulling memcached (memcached:1.5-alpine)...\nTrying to pull repository docker.io/library/memcached ...\nERROR: Get https://registry-1.docker.io/v2/: proxyconnect tcp: dial tcp: lookup http on 10.64.1.1:53: no such host",
        raw_is_log=True, host_alt=["http", "registry-1.docker.io"], also_ok=[NO_HOST],
        note="the daemon's proxy setting is malformed so Go dials a proxy host named 'http'; mattrobenolt: 'I think this is something wrong on your end ... This image is publicly available', and the reporter moved back to an image already cached"),
    # --- the build's own: names that cannot resolve where the job runs -------------------------------------------------
    own("tiangolo/dockerswarm.rocks#37", "build.dind_service_missing",
        "$ docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY\n WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n error during connect: Post http://docker:2375/v1.40/auth: dial tcp: lookup docker on 169.XXX.XXX.XXX:53: no such host",
        host_alt=["docker"], also_ok=[NO_HOST, "build.docker_env_misconfigured"],
        note="the pipeline expects the project's own runner with the Docker socket mounted, but jobs went to GitLab's shared runners where no `docker` host exists: 'Shared runners was enabled. Disabling shared runners made my runner pick up the jobs'"),
    own("k3d-io/k3d#866", OUTSIDE_NET,
        "Get https://mycluster-registry:12345/v2/: dial tcp: lookup mycluster-registry on 8.8.4.4:53: no such host",
        cmd="docker push mycluster-registry:12345/testimage:local", host_alt=["mycluster-registry:12345", "mycluster-registry"], also_ok=[NO_HOST],
        note="labelled 'not a bug': the k3d-managed registry's name resolves inside the cluster's Docker network, not on the host that pushes, so the push must use localhost:12345 (or a hosts entry) while pods keep the registry name"),
    own("roboll/helmfile#1741", WRONG_HOST,
        "12:43:43  COMBINED OUTPUT:\n12:43:43    Error: looks like \"http://roboll.io/charts\" is not a valid chart repository or cannot be reached: Get http://roboll.io/charts/index.yaml: dial tcp: lookup roboll.io on 169.254.169.254:53: no such host",
        host="roboll.io", raw_is_log=True, also_ok=[NO_HOST, GONE],
        note="a Jenkins helmfile run: the repository had been copied from the docs' example ('it was there from the original install which would have been a copy from docs'); mumoshu took it for a placeholder that never served charts, and the reporter removed it"),
]
