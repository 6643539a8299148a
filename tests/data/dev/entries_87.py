"""Dev-set entries, batch 87 (package installs inside Dockerfile RUN steps on older tool versions: apt-get on Debian
jessie/stretch/buster and Ubuntu trusty/xenial/hirsute images, apk on Alpine 3.4-3.16, yum on CentOS 6/7 and Stream 8,
pip 8-20, npm 3-6, gem/bundler on Ruby 2.5 and composer, run by the legacy docker builder (`Step 4/9 : RUN ...`,
` ---> Running in ...`, `The command '/bin/sh -c ...' returned a non-zero code`) and by BuildKit. The service and
runner side: Debian's httpredir mirror closing a download mid-file, deb.debian.org's CDN answering 503 to Travis and
to a compose build, npm's registry answering 406 during an incident, Alpine's Fastly CDN failing in August 2016,
an Ubuntu trusty index caught mid-sync, PyPI's file host timing out on the day of the 2018 switch-over, TUNA's
docker-ce mirror serving stale debs after upstream rewrote files in place, EPEL mirrors whose repomd.xml did not match
the metalink for a while; and the build hosts' own faults: a corporate network re-signing TLS, an IT firewall that
blocks rubygems.org, Docker for Mac needing a restart, an HTTP proxy on a SOCKS port, a laptop resolver after a move,
a daemon that only a restart fixed, a controller without a usable nameserver, a compose network without DNS, Docker
1.8.1 handing build containers another resolv.conf, and a Docker network that had silently gone down. Beside them,
and about half of the batch, the build's own mistakes that read like mirror, DNS or registry failures: Debian stretch
after it moved to archive.debian.org, CentOS 7 and Stream 8 after their mirrorlists went away (one of them as
`Could not resolve host: mirrorlist.centos.org`), an install from a stale package index, exact apt pins that point
releases and a PPA removed, a gem version left empty by an unset build arg, a yanked mimemagic and an outdated
Gemfile.lock, an old Ruby whose RubyGems asks rubygems.org for a gemspec that does not exist and gets 403, tensorflow
pins that old pip, a floating `python` base image or an arm64 Mac cannot satisfy, python2 gone from a floating
node:lts-alpine, NVIDIA's and Apache Arrow's rotated signing keys, an unset P4_VERSION behind an EPEL metalink warning,
and EPEL enabled after the package that needs it. `err` is verbatim from the source (a GitHub thread found with the
search tool's `issues` corpus); where a thread quoted a log inside Markdown (code fences, backticks, blockquote
markers) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into
the reporter's own words or is cut, the entry stops at the last whole log line, and the `Step`, `Running in` and
`The command ... returned a non-zero code` lines the legacy template adds itself are left out of `err`. Elisions and
masks ('...', '@my-org-name') are the reporters' own. Hosts follow the README's strict rule: a host is given only
where a line of the log names it for the failing call; an inferred, masked or placeholder one goes in host_alt.
Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"bpftrace/bpftrace#1169", "rosera/pet-theory#42", "singnet/snet-cli#112",
         "huy-nguyen/yarn-v2-workspace-docker-vs-code#2", "google/clusterfuzz#1588", "CentOS/CentOS-Dockerfiles#12",
         "OpenMS/OpenMS#9728"}  # fmt: skip

B = Batch(PULLS)
apt = B.family("net_apt")
apk = B.family("net_apk")
rpm = B.family("net_rpm")
pip = B.family("net_pip")
npm = B.family("net_npm")
gem = B.family("net_gem")
comp = B.family("net_composer")
own_apt = B.build("net_apt")
own_apk = B.build("net_apk")
own_rpm = B.build("net_rpm")
own_pip = B.build("net_pip")
own_gem = B.build("net_gem")

MIRROR = "connectivity.package_mirror"
SYNC = "connectivity.mirror_out_of_sync"
EOL = "build.distro_eol"
PIN = "build.package_version_missing"
GONE = "build.package_not_found"
NO_WHEEL = "build.no_wheel_for_python"
DEB = "deb.debian.org"

E = [
    # --- the mirrors' side: apt ---------------------------------------------------------------------------------------------
    apt("sipcapture/homer5-docker#21", "connectivity", "connectivity.eof", True, "service", "httpredir.debian.org",
        "E: Failed to fetch http://httpredir.debian.org/debian/pool/main/libs/libsub-name-perl/libsub-name-perl_0.12-1_amd64.deb  Error reading from server. Remote end closed connection [IP: 128.31.0.66 80]\n\nE: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?",
        t="legacy_run", run="apt-get install --no-install-recommends --no-install-suggests -yqq ca-certificates apache2 libapache2-mod-php5 php5 php5-cli php5-gd php-pear php5-dev php5-mysql php5-json php-services-json git wget pwgen perl libdbi-perl libclass-dbi-mysql-perl && rm -rf /var/lib/apt/lists/*",
        cmd="docker-compose build", also_ok=[MIRROR, "connectivity.reset"],
        note="2016, building the webapp image from scratch: Debian's httpredir mirror closes the connection mid-download; 'Re-ran it and it seems to work now', and the maintainer calls it 'an intermittent network connectivity issue'"),
    apt("uccser/cs-unplugged#351", "connectivity", MIRROR, True, "service", DEB,
        "Get:56 http://deb.debian.org/debian stretch/main amd64 rename all 0.20-4 [12.5 kB]\nE: Failed to fetch http://deb.debian.org/debian/pool/main/g/gcc-defaults/g++_6.3.0-4_amd64.deb  503  Service Temporarily Unavailable [IP: 52.84.0.142 80]\nE: Failed to fetch http://deb.debian.org/debian/pool/main/m/make-dfsg/make_4.1-9.1_amd64.deb  503  Service Temporarily Unavailable [IP: 52.84.0.142 80]\nE: Failed to fetch http://deb.debian.org/debian/pool/main/d/dpkg/libdpkg-perl_1.18.24_all.deb  503  Service Temporarily Unavailable [IP: 52.84.0.142 80]\nE: Failed to fetch http://deb.debian.org/debian/pool/main/p/patch/patch_2.7.5-1+b2_amd64.deb  503  Service Temporarily Unavailable [IP: 52.84.0.142 80]\nE: Failed to fetch http://deb.debian.org/debian/pool/main/d/dpkg/dpkg-dev_1.18.24_all.deb  503  Service Temporarily Unavailable [IP: 52.84.0.142 80]\nE: Failed to fetch http://deb.debian.org/debian/pool/main/b/build-essential/build-essential_12.3_amd64.deb  503  Service Temporarily Unavailable [IP: 52.84.0.142 80]\nE: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\nFetched 59.2 MB in 1s (47.4 MB/s)",
        cmd="docker-compose build", also_ok=["connectivity.server_error"],
        note="May 2017: 'Travis sometimes fails to build the nginx image' because Debian's CDN edge answers 503 for a batch of debs; other builds of the same commit pass (the quote's cut-off compose ERROR line left out)"),
    apt("django/djangoproject.com#1428", "connectivity", MIRROR, True, "service", DEB,
        "#8 79.24 E: Failed to fetch http://deb.debian.org/debian/pool/main/i/isl/libisl23_0.23-1_amd64.deb  503  Service Unavailable [IP: 199.232.166.132 80]\n#8 79.24 E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?",
        t="bk_raw", run="apt-get update     && apt-get install --assume-yes --no-install-recommends         gettext         git         make         netcat-openbsd         npm         postgresql-client-13         rsync     && rm -rf /var/lib/apt/lists/*",
        code=100, cmd="docker-compose build", also_ok=["connectivity.server_error"],
        note="Debian's mirror answers 503 for single debs during a compose build; closed as unrelated to the project: 'you wasn't able to reach the website to get the package and might try again'"),
    apt("dotnet/dotnet-buildtools-prereqs-docker#47", "connectivity", SYNC, True, "service", "archive.ubuntu.com",
        "W: Size of file /var/lib/apt/lists/archive.ubuntu.com_ubuntu_dists_trusty-updates_main_binary-amd64_Packages.gz is not what the server reported 1328333 1328339\nW: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/trusty-updates/main/binary-amd64/Packages  Hash Sum mismatch\n\nW: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/trusty-updates/universe/binary-amd64/Packages  Hash Sum mismatch\n\nE: Some index files failed to download. They have been ignored, or old ones used instead.\nError executing command, exiting",
        t="legacy_run", run="apt-get update     && apt-get install -y wget     && wget -O - https://deb.nodesource.com/setup_8.x | bash     && apt-get install -y         git         zip         tar         nodejs     && rm -rf /var/lib/apt/lists/*     && npm install -g azure-cli@0.9.15 --unsafe-perm=true     && npm cache clean -f",
        also_ok=[MIRROR, "build.checksum_mismatch"],
        note="'Ubuntu 14.04 official build flaky': the trusty-updates index changes size between the Release file and the download (a mirror mid-sync) inside the NodeSource setup script's apt-get update; 'I'm rerunning in case this is just flakiness (it didn't happen in CI)'"),
    apt("tuna/issues#1819", "connectivity", SYNC, True, "service", "mirrors.tuna.tsinghua.edu.cn",
        "E: Failed to fetch http://mirrors.tuna.tsinghua.edu.cn/docker-ce/linux/ubuntu/dists/jammy/pool/stable/amd64/docker-ce-cli_24.0.6-1%7eubuntu.22.04%7ejammy_amd64.deb  Hash Sum mismatch\n   Hashes of expected file:\n    - SHA512:81259797f36cb4fd5fceed9c996a1eda1ea17e3a29eb82e17955ea70d23dbf81d6c0b86938a00a6d07ab645bde0466786e09b4d5f40f06ac3851240fd76a67c3\n    - SHA256:9071bd11ea34693e4fe6a35f11ad1c86d820a3c7047297c6e470ae9c0491cf8a\n    - SHA1:6b9483d4feb6e87630ae4dfd515448b733f36940 [weak]\n    - MD5Sum:b3c015737a1f7a293f830f74026bdd2b [weak]\n    - Filesize:13287422 [weak]\n   Hashes of received file:\n    - SHA512:c8db07303f8c09644693550f0032167979d565d8c6a58ad9a0f822657db7a2699c23acd6e30d977b70fced7b06de002f183177a39ed9cdff2ff4e28da5abfaa8\n    - SHA256:8f667fbf3101368a32661f601fb613f66201d4623cf8535af505ff4791e0b058\n    - SHA1:bab7b2a4323ef26f46877af3b93c7f19761b9f00 [weak]\n    - MD5Sum:f0dbbfe8b7247a972b0bdd4cbde62d44 [weak]\n    - Filesize:13287422 [weak]\n   Last modification reported: Tue, 05 Sep 2023 19:17:42 +0000",
        also_ok=[MIRROR, "build.checksum_mismatch"],
        note="labelled Service Issue: per the downstream SJTUG mirror's issue, upstream rewrote the docker-ce debs in place without touching their mtime, so TUNA's sync skipped them and served stale files against new metadata; it passes once the mirror resyncs (fixed on the mirror's side)"),
    # --- the mirrors' side: apk, yum, npm, pip -----------------------------------------------------------------------------
    apk("gliderlabs/docker-alpine#209", "connectivity", MIRROR, True, "service", "dl-cdn.alpinelinux.org",
        "fetch http://dl-cdn.alpinelinux.org/alpine/v3.4/main/x86_64/APKINDEX.tar.gz\nERROR: http://dl-cdn.alpinelinux.org/alpine/v3.4/main: temporary error (try again later)\nfetch http://dl-cdn.alpinelinux.org/alpine/v3.4/main/x86_64/APKINDEX.tar.gz\nWARNING: Ignoring http://dl-cdn.alpinelinux.org/alpine/v3.4/main/x86_64/APKINDEX.tar.gz: temporary error (try again later)\nfetch http://dl-cdn.alpinelinux.org/alpine/v3.4/community/x86_64/APKINDEX.tar.gz\nERROR: http://dl-cdn.alpinelinux.org/alpine/v3.4/community: temporary error (try again later)\nfetch http://dl-cdn.alpinelinux.org/alpine/v3.4/community/x86_64/APKINDEX.tar.gz",
        also_ok=["connectivity.server_error"],
        note="'alpinelinux.org offline', 2016-08-23: a Fastly incident (linked from the thread) left dl-cdn unable to serve files; docker builds hung or failed on the index fetch until the CDN recovered (the quote's cut-off last line left out)"),
    rpm("uccross/skyhookdm-ceph-cls#48", "connectivity", SYNC, True, "service", "mirror.team-cymru.com",
        "Loaded plugins: fastestmirror, ovl\nDetermining fastest mirrors\n * base: mirror.netdepot.com\n * epel: mirror.team-cymru.com\n * extras: mirror.grid.uchicago.edu\n * updates: mirror.compevo.com\nhttp://mirror.team-cymru.com/epel/7/x86_64/repodata/repomd.xml: [Errno -1] repomd.xml does not match metalink for epel\nTrying other mirror.\nhttps://linux-mirrors.fnal.gov/linux/fedora/epel/7/x86_64/repodata/repomd.xml: [Errno -1] repomd.xml does not match metalink for epel\nTrying other mirror.",
        t="legacy_run", run="yum update -y &&     yum install -y https://apache.bintray.com/arrow/centos/7/apache-arrow-release-latest.rpm &&     yum install -y       re2-devel       arrow-devel       parquet-devel &&     yum clean all",
        host_alt=["linux-mirrors.fnal.gov"], also_ok=[MIRROR],
        note="'Builds are failing frequently due to mirror issues': EPEL mirrors serve repodata older than the metalink promises; closed a month later 'since transient repo issue is no longer happening'"),
    npm("npm/registry-issue-archive#211", "connectivity", MIRROR, True, "service", "registry.npmjs.org",
        "npm ERR! fetch failed https://registry.npmjs.org/@my-org-name/ui-scaffolding/-/ui-scaffolding-1.8.0.tgz\nnpm WARN retry will retry, error on last attempt: Error: fetch failed with status code 406",
        t="legacy_run", run='echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > ~/.npmrc &&   npm install --quiet &&   rm -f ~/.npmrc',
        also_ok=["connectivity.bad_response", "connectivity.server_error"],
        note="September 2017, public and private packages alike, locally and on Travis: npm staff: 'We had a service incident today which could be affecting your install ... Shoud be back to normal now'; the reporter: 'resolved now' (the org name is the reporter's mask)"),
    pip("pypi/warehouse#3708", "connectivity", MIRROR, True, "service", "files.pythonhosted.org",
        "    docker: Collecting apache-libcloud==2.3.0 (from -r savings_champion/requirements.txt (line 9))\n    docker:   Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out. (read timeout=15)\",)': /packages/56/28/45a9d3bba612fc3f47ef085a14446a4f68f45ce10070562edff1e9291150/apache_libcloud-2.3.0-py2.py3-none-any.whl\n    docker: Exception:\n    docker: Traceback (most recent call last):",
        also_ok=["connectivity.timeout", "connectivity.server_error"],
        note="2018-04-16, the new PyPI's launch day: 'too many 503 error responses' and read timeouts from PyPI's file host inside a packer docker build, with nothing changed on the reporter's side; a PyPI-side burst (the same day other projects logged '503 Server Error: Backend is unhealthy' from files.pythonhosted.org), closed on PyPI's tracker"),
    # --- the build hosts' side: TLS, firewall, proxy ------------------------------------------------------------------------
    pip("MicrosoftDocs/azure-docs#62623", "local", "local.tls_interception", False, "local", None,
        "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (_ssl.c:852)'),)': /simple/redis/\nWARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (_ssl.c:852)'),)': /simple/redis/\nWARNING: Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (_ssl.c:852)'),)': /simple/redis/\nWARNING: Retrying (Retry(total=1, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (_ssl.c:852)'),)': /simple/redis/",
        t="legacy_run", run="pip install redis", host_alt=["pypi.org"],
        also_ok=["connectivity.untrusted_certificate"],
        note="the AKS tutorial's compose build 'when ran on our corporate network': the network re-signs TLS with a CA the tiangolo/uwsgi-nginx-flask image does not trust, so every retry fails the same; no line names the index host"),
    gem("rails/rails-new#33", "connectivity", "connectivity.firewall_blocked", False, "local", "rubygems.org",
        "1.022 ERROR:  Could not find a valid gem 'rails' (= 7.2.0), here is why:\n1.022           Unable to download data from https://rubygems.org/ - SSL_connect returned=1 errno=0 peeraddr=151.101.193.227:443 state=error: sslv3 alert handshake failure (SSL alert number 40) (https://rubygems.org/specs.4.8.gz)",
        t="bk_raw", run='if [ -z "$RAILS_VERSION" ] ; then gem install rails ; else gem install rails -v $RAILS_VERSION ; fi',
        code=2, cmd="rails-new proj --devcontainer", also_ok=["connectivity.tls_failed", "local.tls_interception"],
        note="rails-new's builder image on Windows: the handshake with rubygems.org is refused, and the reporter found 'my organization IT has blocked access to rubygems.org'; a firewall, not a RubyGems outage"),
    gem("fluent/fluentd-docker-image#104", "local", "local.docker_daemon_broken", False, "local", "api.rubygems.org",
        "ERROR:  Could not find a valid gem 'oj' (= 2.18.3), here is why:\n          Unable to download data from https://rubygems.org/ - SSL_connect returned=1 errno=0 state=error: certificate verify failed (https://api.rubygems.org/specs.4.8.gz)",
        host_alt=["rubygems.org"],
        also_ok=["connectivity.untrusted_certificate", "local.clock_skew"],
        note="building the v0.12 Debian image on a Mac: 'fixed by restart docker for mac', so the Docker for Mac VM's state, not RubyGems' certificate; a plain re-run without the restart fails the same"),
    pip("docker-library/python#464", "connectivity", "connectivity.proxy_misconfigured", False, "local", "pypi.python.org",
        "Collecting flask\n  Could not fetch URL https://pypi.python.org/simple/flask/: There was a problem confirming the ssl certificate: EOF occurred in violation of protocol (_ssl.c:777) - skipping\n  Could not find a version that satisfies the requirement flask (from versions: )\nNo matching distribution found for flask",
        t="legacy_run", run="pip install --no-cache-dir flask",
        cmd='docker build --build-arg HTTP_PROXY="http://192.168.1.10:1080" --build-arg HTTPS_PROXY="http://192.168.1.10:1080" -t flask-sample:latest',
        host_alt=["192.168.1.10:1080", "192.168.1.10"], also_ok=["connectivity.tls_failed", "local.network_misconfigured"],
        note="'pip install failed using http proxy': the build passes a LAN proxy on port 1080 as the HTTP(S) proxy and the TLS tunnel to PyPI breaks inside it (other runs fail inside urllib3's _prepare_proxy); the proxy setting is the reporter's, so no re-run with it passes"),
    # --- the build hosts' side: DNS and the daemon --------------------------------------------------------------------------
    apk("bpftrace/bpftrace#1169", "dns", "dns.resolve_failed", False, "local", "dl-cdn.alpinelinux.org",
        "fetch http://dl-cdn.alpinelinux.org/alpine/v3.8/main/x86_64/APKINDEX.tar.gz\nERROR: http://dl-cdn.alpinelinux.org/alpine/v3.8/main: temporary error (try again later)\nWARNING: Ignoring APKINDEX.adfa7ceb.tar.gz: No such file or directory\nfetch http://dl-cdn.alpinelinux.org/alpine/v3.8/community/x86_64/APKINDEX.tar.gz\nERROR: http://dl-cdn.alpinelinux.org/alpine/v3.8/community: temporary error (try again later)\nWARNING: Ignoring APKINDEX.efaa1f73.tar.gz: No such file or directory\nERROR: unsatisfiable constraints:",
        also_ok=["local.network_misconfigured", "dns.temporary_failure"],
        note="'This was locally on my laptop': a reviewer: 'Sometimes DNS resolution screws up on my laptop when moving between work and office, docker mounts resolv.conf with a bind mount'; the PR builds with --network host, so the laptop's resolver, not Alpine's CDN"),
    rpm("YumaInaura/YumaInaura#1087", "local", "local.docker_daemon_broken", False, "local", None,
        "Loaded plugins: fastestmirror, ovl\nDetermining fastest mirrors\n\n\n One of the configured repositories failed (Unknown),\n and yum doesn't have enough cached data to continue. At this point the only\n safe thing yum can do is fail. There are a few ways to work \"fix\" this:",
        t="legacy_run", run="yum install -y vim sudo &&   cp ./google-cloud-sdk.repo /etc/yum.repos.d/ &&   sudo yum install -y google-cloud-sdk",
        host_alt=["mirrorlist.centos.org"], also_ok=["dns.resolve_failed"],
        note="CentOS 6.10 host (the title): yum in the build fails on curl's 'could not resolve host', and 'service docker restart has fixed it'; the daemon's networking, every build until the restart"),
    rpm("clustervision/trinityX#121", "dns", "dns.resolve_failed", False, "local", "mirrorlist.centos.org",
        "Cannot find a valid baseurl for repo: base/7/x86_64\nCould not retrieve mirrorlist http://mirrorlist.centos.org/?release=7&arch=x86_64&repo=os&infra=container error was\n14: curl#6 - \"Could not resolve host: mirrorlist.centos.org; Unknown error\"",
        t="legacy_run", run="yum -y install epel-release", cmd="cd /tmp; docker build -t $HOSTNAME:5000/mpi .;",
        also_ok=["local.network_misconfigured"],
        note="2016, CentOS 7 still supported: 'Nameserver does not enable docker-building' on the cluster controller; the work-around adds 'nameserver 8.8.8.8 to /etc/resolv.conf', so the host's resolver config, not the mirror"),
    apt("moby/moby#15681", "dns", "dns.resolve_failed", False, "local", "archive.ubuntu.com",
        "Err http://archive.ubuntu.com trusty InRelease\n\nErr http://archive.ubuntu.com trusty-updates InRelease\n\nErr http://archive.ubuntu.com trusty-security InRelease\n\nErr http://archive.ubuntu.com trusty Release.gpg\n  Could not resolve 'archive.ubuntu.com'\nErr http://archive.ubuntu.com trusty-updates Release.gpg\n  Could not resolve 'archive.ubuntu.com'\nErr http://archive.ubuntu.com trusty-security Release.gpg\n  Could not resolve 'archive.ubuntu.com'\nReading package lists...",
        t="legacy_run", run="apt-get update", also_ok=["local.client_regression", "dns.temporary_failure"],
        note="'Different resolv.conf when using build vs run': 'Since I upgraded to docker 1.8.1, I have problem building my images' while run containers resolve; the daemon hands build containers a resolver that cannot answer, every build on that host"),
    apt("getsentry/self-hosted#3122", "local", "local.docker_daemon_broken", False, "local", DEB,
        "W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Could not connect to deb.debian.org:80 (151.101.230.132). - connect (111: Connection refused)\nW: Failed to fetch http://deb.debian.org/debian/dists/bookworm-updates/InRelease  Could not connect to deb.debian.org:80 (151.101.110.132). - connect (111: Connection refused)\nW: Failed to fetch http://deb.debian.org/debian-security/dists/bookworm-security/InRelease  Unable to connect to deb.debian.org:80:\nW: Some index files failed to download. They have been ignored, or old ones used instead.",
        also_ok=["connectivity.refused", "local.network_misconfigured"],
        note="the Debian-based images of the self-hosted install: after switching DNS the lookups work but connects are refused; the reporter: 'my docker system's network is suddenly shut down, with no reason, and all of the build tasks which worked before was just cached result'"),
    comp("shipping-docker/php-app#35", "dns", "dns.temporary_failure", False, "local", "packagist.org",
        "[Composer\\Downloader\\TransportException]\nThe \"https://packagist.org/packages.json\" file could not be downloaded: php_network_getaddresses: getaddrinfo failed: Temporary failure in name resolution failed to open stream: php_network_getaddresses: getaddrinfo failed: Temporary failure in name resolution",
        cmd="docker run -it --rm -v $(pwd):/opt -w /opt --network=phpapp_appnet shippingdocker/php composer create-project laravel/laravel application",
        also_ok=["local.network_misconfigured", "dns.resolve_failed"],
        note="the course's composer step on a user-defined compose network: 'changing --network=phpapp_appnet by --network=host solves the issue', so that network's DNS, not a Packagist hiccup"),
    # --- the build's own: end-of-life distributions ------------------------------------------------------------------------
    own_apt("rosera/pet-theory#42", EOL,
            "Err:12 http://deb.debian.org/debian stretch-updates/main amd64 Packages\n  404  Not Found\nReading package lists...\nW: The repository 'http://security.debian.org/debian-security stretch/updates Release' does not have a Release file.\nW: The repository 'http://deb.debian.org/debian stretch Release' does not have a Release file.\nW: The repository 'http://deb.debian.org/debian stretch-updates Release' does not have a Release file.\nE: Failed to fetch http://security.debian.org/debian-security/dists/stretch/updates/main/binary-amd64/Packages  404  Not Found\nE: Failed to fetch http://deb.debian.org/debian/dists/stretch/main/binary-amd64/Packages  404  Not Found\nE: Failed to fetch http://deb.debian.org/debian/dists/stretch-updates/main/binary-amd64/Packages  404  Not Found\nE: Some index files failed to download. They have been ignored, or old ones used instead.",
            t="legacy_run", run="apt-get update -y     && apt-get install -y libreoffice     && apt-get clean", host=DEB,
            host_alt=["security.debian.org"], also_ok=["build.repository_removed"],
            note="a lab's Dockerfile on a stretch base: 'the package repositories for Debian Stretch are no longer available ... moved to archive servers'; the reviewer: 'the Dockerfile is using an outdate version' (fails on every Cloud Build run)"),
    own_apt("goharbor/harbor-arm#58", EOL,
            "#9 4.912 Reading package lists...\n#9 4.929 W: The repository 'http://security.debian.org/debian-security stretch/updates Release' does not have a Release file.\n#9 4.929 W: The repository 'http://deb.debian.org/debian stretch Release' does not have a Release file.\n#9 4.929 W: The repository 'http://deb.debian.org/debian stretch-updates Release' does not have a Release file.\n#9 4.929 E: Failed to fetch http://security.debian.org/debian-security/dists/stretch/updates/main/binary-arm64/Packages  404  Not Found\n#9 4.929 E: Failed to fetch http://deb.debian.org/debian/dists/stretch/main/binary-arm64/Packages  404  Not Found\n#9 4.929 E: Failed to fetch http://deb.debian.org/debian/dists/stretch-updates/main/binary-arm64/Packages  404  Not Found\n#9 4.929 E: Some index files failed to download. They have been ignored, or old ones used instead.\n#9 ERROR: process \"/bin/sh -c apt-get update     && apt-get install -y --no-install-recommends python-yaml=3.12-1\" did not complete successfully: exit code: 100",
            t="bk_raw", run="apt-get update     && apt-get install -y --no-install-recommends python-yaml=3.12-1", code=100,
            host="security.debian.org", host_alt=[DEB], also_ok=["build.repository_removed", PIN],
            note="'Debian Stretch has been moved to archive': the arm64 portal image still builds FROM a stretch base, so every index 404s until the Dockerfile points at archive.debian.org or a newer release"),
    own_rpm("skjerns/3dprintedbrain_docker#1", EOL,
            "CentOS Stream 8 - AppStream                     113  B/s |  38  B     00:00\nError: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: No URLs in mirrorlist",
            t="legacy_run", run="yum install -y python3-pip", cmd="docker build --tag 3dprintedbrain .",
            host_alt=["mirrorlist.centos.org"], also_ok=["build.repository_removed"],
            note="June 2024: the freesurfer/freesurfer:7.4.1 base is CentOS Stream 8, whose mirrorlist went empty at its end of life; the answer rewrites the repos to vault.centos.org ('for me worked')"),
    own_rpm("apache/incubator-pegasus#2071", EOL,
            "Loaded plugins: fastestmirror, ovl\nDetermining fastest mirrors\nCould not retrieve mirrorlist http://mirrorlist.centos.org/?release=7&arch=x86_64&repo=os&infra=container error was\n14: curl#6 - \"Could not resolve host: mirrorlist.centos.org; Unknown error\"",
            cmd="yum -y install centos-release-scl scl-utils epel-release", host="mirrorlist.centos.org",
            also_ok=["build.repository_removed"],
            note="July 2024, two weeks after CentOS 7's end of life: the CentOS 7 dev-image Dockerfile's yum step; the name lookup fails because mirrorlist.centos.org was retired, not because of the build host's DNS, and no re-run can pass until the repos point at the vault"),
    # --- the build's own: package indexes and pinned versions --------------------------------------------------------------
    own_apt("singnet/snet-cli#112", "build.stale_package_index",
            "Err:1 http://deb.debian.org/debian stretch/main amd64 libudev-dev amd64 232-25+deb9u4\n  404  Not Found",
            host=DEB, also_ok=[PIN, "build.package_index_stale"],
            note="'Run apt-get update to solve' the 404: the Dockerfile installs from package lists that are older than the mirror, which had replaced that libudev-dev build; the PR adds the update to the same step"),
    own_apt("huy-nguyen/yarn-v2-workspace-docker-vs-code#2", PIN,
            "Error: E: Version '1.4.9' for 'apt-utils' was not found\nERROR: Service 'base' failed to build: The command '/bin/sh -c apt-get update     && apt-get -yqq install --no-install-recommends apt-utils=1.4.9 2>&1' returned a non-zero code: 100",
            cmd="docker-compose build base",
            note="the Dockerfile pins apt-utils=1.4.9, which the Debian release behind the base image no longer carries; the PR changes the pin"),
    own_apt("CM2Walki/steamcmd#23", PIN,
            "+ apt-get install -y --no-install-recommends --no-install-suggests lib32stdc++6=8.3.0-6 lib32gcc1=1:8.3.0-6 wget=1.20.1-1.1 ca-certificates=20190110 nano=3.2-3 libsdl2-2.0-0:i386=2.0.9+dfsg1-1 curl=7.64.0-4+deb10u1\nReading package lists...\nBuilding dependency tree...\nReading state information...\nE: Version '20190110' for 'ca-certificates' was not found",
            t="legacy_run", run="set -x  && dpkg --add-architecture i386         && apt-get update         && apt-get install -y --no-install-recommends --no-install-suggests lib32stdc++6=8.3.0-6 lib32gcc1=1:8.3.0-6 wget=1.20.1-1.1 ca-certificates=20190110 nano=3.2-3 libsdl2-2.0-0:i386=2.0.9+dfsg1-1 curl=7.64.0-4+deb10u1",
            cmd="docker build /buster",
            note="the buster Dockerfile pins exact package versions; buster's index no longer has ca-certificates 20190110, so the pin resolves nowhere and the build fails on every host (WSL2 or not) until the pins move"),
    own_apt("piskvorky/gensim#2253", PIN,
            "Fetched 15.5 MB in 1s (10.1 MB/s)\nReading package lists...\nReading package lists...\nBuilding dependency tree...\nReading state information...\nE: Version '1.17.1-1ubuntu1.3' for 'wget' was not found\nE: Version '2.23-0ubuntu9' for 'locales' was not found",
            t="legacy_run", run="apt-get update     && apt-get install -y     ant=1.9.6-1ubuntu1     cmake=3.5.1-1ubuntu3     default-jdk=2:1.8-56ubuntu2     g++=4:5.3.1-1ubuntu1     git=1:2.7.4-0ubuntu1     libboost-all-dev=1.58.0.1ubuntu1     libgsl-dev=2.1+dfsg-2     mercurial=3.7.3-1ubuntu1     python3=3.5.1-3     python3-pip=8.1.1-2ubuntu0.4     python3-setuptools=20.7.0-1     python=2.7.11-1     python-pip=8.1.1-2ubuntu0.4     python-setuptools=20.7.0-1     unzip=6.0-20ubuntu1     wget=1.17.1-1ubuntu1.3     subversion=1.9.3-2ubuntu1.1     locales=2.23-0ubuntu9     libopenblas-dev=0.2.18-1ubuntu1     libboost-program-options-dev=1.58.0.1ubuntu1     zlib1g-dev=1:1.2.8.dfsg-2ubuntu4.1",
            cmd="docker build .", host_alt=["archive.ubuntu.com"],
            note="labelled bug/easy: the xenial Dockerfile pins exact versions that newer updates have since superseded, so the index fetch succeeds and the install step fails on every build"),
    own_apt("paunin/PostDock#196", PIN,
            "E: Version '2.4*' for 'barman' was not found\nERROR: Service 'backup' failed to build: The command '/bin/sh -c apt-get install -y barman=2.4\\*' returned a non-zero code: 100",
            cmd="docker-compose build backup", host_alt=["apt.postgresql.org"],
            note="'specified versions of dependencies are no longer available': apt.postgresql.org only offers barman 2.5 now, so the 2.4* pin fails every build; the fix bumps the pins (#206)"),
    own_apt("aws/aws-codebuild-docker-images#93", PIN,
            "E: Version '1:2.17.1*' for 'git' was not found",
            t="legacy_run", run="set -ex     && apt-get update     && apt-get install software-properties-common -y --no-install-recommends    && apt-add-repository ppa:git-core/ppa     && apt-get update     && apt-get install git=1:2.17.1* -y --no-install-recommends    && git version",
            host_alt=["ppa.launchpad.net"],
            note="a commit pinned git 2.17.1 from the git-core PPA, which has since unpublished it; 'Fixed with' a commit to the Dockerfile"),
    # --- the build's own: gems ---------------------------------------------------------------------------------------------
    own_gem("decidim/docker#71", "build.env_var_missing",
            "ERROR:  Could not find a valid gem 'decidim-dev:' (>= 0) in any repository\nERROR:  Possible alternatives: decidim-dev, decidim, decidim-admin, decidim-api, decidim-core",
            t="legacy_run", run="gem install decidim-dev:${decidim_version} --force", host_alt=["rubygems.org"],
            also_ok=[GONE],
            note="the merged decidim-test build in Actions: the decidim_version build arg is empty, so gem asks RubyGems for 'decidim-dev:'; 'Fixed by' decidim/docker#68"),
    own_gem("docker-hy/material-applications#2", PIN,
            "ERROR:  Could not find a valid gem 'mimemagic' (= 0.3.5) in any repository",
            host_alt=["rubygems.org"], also_ok=["build.lockfile_outdated"],
            note="the course's Rails example: 'a week ago, the mimemagic versions were yanked', and the lock file still pins 0.3.5 (deleting Gemfile.lock and bundling again worked); fixed by a commit to the example"),
    own_gem("softvis-research/Getaviz#86", PIN,
            "Successfully installed bundler-2.0.2\n1 gem installed\nFetching gem metadata from https://rubygems.org/...........\nCould not find bootstrap-sass-3.2.0.2 in any of the sources",
            t="legacy_run", run="gem install bundler && bundle install --jobs 20 --retry 5 # might be better?",
            host_alt=["rubygems.org"], also_ok=["build.lockfile_outdated"],
            note="'The master branch cannot be build at the moment due to outdated packages': the lock file pins a bootstrap-sass release RubyGems no longer serves; the development branch builds"),
    own_gem("ytti/oxidized#2504", "build.tool_outdated",
            "Successfully installed net-tftp-0.1.0\nSuccessfully installed connection_pool-2.2.5\nSuccessfully installed net-http-persistent-4.0.1\nSuccessfully installed public_suffix-4.0.6\nSuccessfully installed addressable-2.8.0\nBuilding native extensions. This could take a while...\nSuccessfully installed unf_ext-0.0.8.1\nSuccessfully installed unf-0.1.4\nSuccessfully installed domain_name-0.5.20190701\nSuccessfully installed http-cookie-1.0.4\nSuccessfully installed mime-types-data-3.2022.0105\nSuccessfully installed mime-types-3.4.1\nSuccessfully installed net-http-digest_auth-1.4.1\nBuilding native extensions. This could take a while...\nERROR:  While executing gem ... (Gem::RemoteFetcher::FetchError)\n    bad response Forbidden 403 (https://api.rubygems.org/quick/Marshal.4.8/nokogiri-1.13.3-x64-unknown.gemspec.rz)\nSuccessfully installed racc-1.6.0",
            t="legacy_run", run="gem install net-tftp net-http-persistent mechanize --no-ri --no-rdoc", host="api.rubygems.org",
            also_ok=[GONE, "build.tool_incompatible"],
            note="the 403 is RubyGems refusing a gemspec for a platform ('x64-unknown') that does not exist: #2519 explains 'nokogiri 1.13.3 not working with Ruby 2.5 anymore' and fixes the Dockerfile by moving the base to Focal (Ruby 2.7, gem 3.1)"),
    # --- the build's own: pip -----------------------------------------------------------------------------------------------
    own_pip("google/clusterfuzz#1588", "build.tool_outdated",
            "Collecting tensorflow==1.15.0 (from -r requirements.txt (line 4))\n  Could not find a version that satisfies the requirement tensorflow==1.15.0 (from -r requirements.txt (line 4)) (from versions: 0.12.0rc0, 0.12.0rc1, 0.12.0, 0.12.1, 1.0.0, 1.0.1, 1.1.0rc0, 1.1.0rc1, 1.1.0rc2, 1.1.0, 1.2.0rc0, 1.2.0rc1, 1.2.0rc2, 1.2.0, 1.2.1, 1.3.0rc0, 1.3.0rc1, 1.3.0rc2, 1.3.0, 1.4.0rc0, 1.4.0rc1, 1.4.0, 1.4.1, 1.5.0rc0, 1.5.0rc1, 1.5.0, 1.5.1, 1.6.0rc0, 1.6.0rc1, 1.6.0, 1.7.0rc0, 1.7.0rc1, 1.7.0, 1.7.1, 1.8.0rc0, 1.8.0rc1, 1.8.0, 1.9.0rc0, 1.9.0rc1, 1.9.0rc2, 1.9.0, 1.10.0rc0, 1.10.0rc1, 1.10.0, 1.10.1, 1.11.0rc0, 1.11.0rc1, 1.11.0rc2, 1.11.0, 1.12.0rc0, 1.12.0rc1, 1.12.0rc2, 1.12.0, 1.12.2, 1.12.3, 1.13.0rc0, 1.13.0rc1, 1.13.0rc2, 1.13.1, 1.13.2, 1.14.0rc0, 1.14.0rc1, 1.14.0, 2.0.0a0, 2.0.0b0, 2.0.0b1)\nNo matching distribution found for tensorflow==1.15.0 (from -r requirements.txt (line 4))\nYou are using pip version 8.1.1, however version 20.0.2 is available.\nYou should consider upgrading via the 'pip install --upgrade pip' command.",
            t="legacy_run", run="pip install -r requirements.txt", host_alt=["pypi.org"],
            also_ok=[PIN, NO_WHEEL],
            note="'Fix docker breakage': the image's pip 8.1.1 sees tensorflow only up to 2.0.0b1 (the listed versions), so the pinned 1.15.0 is invisible to it and the Cloud Build step fails every time; the PR is the project's own speculative fix"),
    own_pip("MicrosoftDocs/azure-docs#11677", NO_WHEEL,
            "Collecting tensorflow==1.5.0 (from -r /app/requirements.txt (line 1))\n  Could not find a version that satisfies the requirement tensorflow==1.5.0 (from -r /app/requirements.txt (line 1)) (from versions: )\nNo matching distribution found for tensorflow==1.5.0 (from -r /app/requirements.txt (line 1))",
            t="legacy_run", run="pip install -r /app/requirements.txt", host_alt=["pypi.org"],
            also_ok=["build.python_version_unsupported", PIN],
            note="Custom Vision's exported Dockerfile builds FROM the floating 'python' tag, i.e. the newest Python, for which tensorflow 1.5.0 has no wheels ('from versions: ' is empty); 'I used \"python:3.5\" instead as base image to make it work'"),
    own_pip("google-ai-edge/mediapipe#3071", "build.no_wheel_for_platform",
            "#13 0.800 Collecting tensorflow==1.14.0\n#13 1.441   Could not find a version that satisfies the requirement tensorflow==1.14.0 (from versions: )\n#13 1.442 No matching distribution found for tensorflow==1.14.0",
            t="bk_raw", run="pip3 install tensorflow==1.14.0", cmd="docker build --tag mediapipe .", host_alt=["pypi.org"],
            also_ok=[NO_WHEEL, "build.wrong_arch_image"],
            note="the project's Dockerfile on a macOS M1: the build runs linux/arm64, where tensorflow 1.14.0 has no wheels at all; a reply builds FROM tensorflow/tensorflow:1.14.0 and drops the pip step"),
    # --- the build's own: apk and yum packages ------------------------------------------------------------------------------
    own_apk("Borales/actions-yarn#44", GONE,
            "  fetch https://dl-cdn.alpinelinux.org/alpine/v3.16/main/x86_64/APKINDEX.tar.gz\n  fetch https://dl-cdn.alpinelinux.org/alpine/v3.16/community/x86_64/APKINDEX.tar.gz\n  ERROR: unable to select packages:\n    python2 (no such package):\n      required by: world[python2]",
            t="legacy_run", run="apk add --no-cache git python2 build-base", host_alt=["dl-cdn.alpinelinux.org"],
            also_ok=[PIN, EOL],
            note="June 2022, the action's own Dockerfile built by the runner: FROM node:lts-alpine moved to Alpine 3.16, which dropped python2, so the index fetch succeeds and the package is gone; the runner's automatic retry of the build cannot pass either"),
    own_rpm("ambakshi/docker-perforce#15", "build.env_var_missing",
            "http://fedora.cs.nctu.edu.tw/epel/7/x86_64/repodata/repomd.xml: [Errno -1] repomd.xml does not match metalink for epel\nTrying other mirror.",
            t="legacy_run", run="yum clean all --enablerepo='*'     && yum clean metadata --enablerepo='*'     && yum install --enablerepo=perforce -y helix-p4d-20${P4_VERSION} helix-cli-20${P4_VERSION}     && yum clean all --enablerepo='*'     && rm -rf /var/cache/yum",
            host_alt=["fedora.cs.nctu.edu.tw"], also_ok=[GONE],
            note="the EPEL metalink warning is noise: the build was run without the Makefile, so P4_VERSION is empty and yum is asked for 'helix-p4d-20'; setting the version 'then it worked' (maintainer: 'The Makefile sets it')"),
    own_rpm("CentOS/CentOS-Dockerfiles#12", GONE,
            "No package mongodb-server available.\nError: Nothing to do",
            also_ok=["build.repository_missing"],
            note="'Wrong order of yum commands': the Dockerfile installs mongodb-server before enabling the EPEL repository that carries it, so yum finds no such package on every build; the PR reorders the steps"),
    # --- the build's own: rotated signing keys ------------------------------------------------------------------------------
    own_apt("BlueBrain/morphoclass#63", "build.signature_missing",
            "Get:1 https://developer.download.nvidia.com/compute/cuda/repos/ubuntu1804/x86_64  InRelease [1581 B]\nErr:1 https://developer.download.nvidia.com/compute/cuda/repos/ubuntu1804/x86_64  InRelease\n  The following signatures couldn't be verified because the public key is not available: NO_PUBKEY A4B469963BF863CC",
            t="legacy_run", run='apt-get update && DEBIAN_FRONTEND="noninteractive" apt-get install -y --no-install-recommends     build-essential make curl git htop less man tzdata vim wget',
            host="developer.download.nvidia.com", also_ok=["build.untrusted_signature"],
            note="'started failing today' (2022-05-17), 'caused by this known issue' NVIDIA/nvidia-docker#1632: NVIDIA rotated the CUDA repository key and the cuda base image still trusts the old one; fails until the Dockerfile installs the new keyring"),
    own_apt("OpenMS/OpenMS#9728", "build.signature_missing",
            "Get:5 https://apache.jfrog.io/artifactory/arrow/ubuntu noble InRelease [7291 B]\nErr:5 https://apache.jfrog.io/artifactory/arrow/ubuntu noble InRelease\n  The following signatures couldn't be verified because the public key is not available: NO_PUBKEY 9E922B2D60E9FD1C\nW: GPG error: https://apache.jfrog.io/artifactory/arrow/ubuntu noble InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY 9E922B2D60E9FD1C\nE: The repository 'https://apache.jfrog.io/artifactory/arrow/ubuntu noble InRelease' is not signed.",
            t="bk_raw", run="apt-get update && apt-get install -y --no-install-recommends --no-install-suggests libparquet-dev",
            code=100, host="apache.jfrog.io", also_ok=["build.untrusted_signature", "build.wrong_url"],
            note="root cause per the PR: the Dockerfile fetches apache-arrow-apt-source-latest from Maven Central, which still serves an old 'latest' deb pointing at apache.jfrog.io, a host Arrow moved away from and whose signatures no longer verify; the nightly fails every run until the source points at packages.apache.org"),
]
