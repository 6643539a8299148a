"""Dev-set entries, batch 74 (operating-system package managers inside Dockerfile RUN steps and CI jobs, the
mirrors' side beside the runner's and the build's own. apt: Azure's Ubuntu mirror answering 503 and timing out on
hosted runners, packages.microsoft.com serving a Packages file whose hash does not match, a Mesosphere repository
mid-update, deb.sury.org's CDN answering 500 and serving an InRelease apt cannot split, Launchpad's PPAs unreachable
during 2026's DDoS, mirrors that redirect https to http (Jenkins' package mirrors, an Anolis repository); gpg
keyservers of the SKS pool down for two hours; pacman mirrors timing out on Travis or lagging behind the database on
Actions; dnf's EPEL mirror and yum's mirrorlist too slow for curl; zypper during openSUSE's service disruption and
against mirrors missing the files repomd.xml names. The runner's side: `At least one invalid signature` and `gpgv ...
required` from hosts whose Docker/libseccomp is too old for the image (a Raspberry Pi self-hosted runner, Docker's own
Jenkins machines), a hotel firewall in front of a keyserver, a laptop's internal Satellite host that does not resolve
off VPN, apk's `temporary error` and `Permission denied` from build containers without a network or behind a VPN, a
Docker Desktop clock two days behind (`Release file ... is not valid yet`), an apt-cacher proxy refusing CONNECT, a
corporate firewall. About a third are the build's own mistakes that read like mirror outages: `apt-get install`
without `apt-get update` on a hosted runner (404s), a years-old Arch image installing without syncing its database,
end-of-life releases (CentOS 8's empty mirrorlist, CentOS 7's mirrorlist host no longer resolving, Debian buster's
404s, openSUSE Leap 42.3's `Empty reply from server`, sury.org dropping buster behind `NOSPLIT`), packages a release
no longer carries (python-pip, even through a retrying installer), repositories without the suite the job names (a PPA
without jammy, a repository that dropped jammy), a pacman repository line pointing at the wrong repo, NVIDIA's
rotated CUDA key, Yarn's expired key retried three times, the retired SKS keyserver pool. `err` is verbatim from the
source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown
(blockquote markers, backticks, code indentation) only that markup was dropped and trailing blanks trimmed, never a
word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log
line. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing
call; an inferred one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"ddev/ddev#5449", "docker/containerd-packaging#230", "GoogleCloudPlatform/ops-agent#292",
         "morph027/apt-repo-action#8", "greenriver/hmis-warehouse#6183"}  # fmt: skip

B = Batch(PULLS)
pkg = B.family("os_packages")
own = B.build("os_packages")

AZURE = "azure.archive.ubuntu.com"
SKS = "ha.pool.sks-keyservers.net"
SYNC = "connectivity.mirror_out_of_sync"
MIRROR = "connectivity.package_mirror"
TIMEOUT = "connectivity.timeout"
SECCOMP = "local.seccomp_outdated"
STALE = "build.package_index_stale"
EOL = "build.distro_eol"
NO_PKG = "build.package_not_found"
NO_SUITE = "build.repo_suite_missing"

E = [
    # --- apt: mirrors and vendor repositories failing ---------------------------------------------------------------------
    pkg("actions/runner-images#6894", "connectivity", MIRROR, True, "service", AZURE,
        "Need to get 77.1 MB of archives.\nAfter this operation, 304 MB of additional disk space will be used.\nErr:1 http://azure.archive.ubuntu.com/ubuntu focal/main amd64 libhyphen0 amd64 2.8.8-7\n  503  Service Unavailable [IP: 20.106.104.242 80]",
        host_alt=["20.106.104.242"], also_ok=["connectivity.server_error"],
        note="'On some jobs (apparently in a non-deterministic way)' apt-get install on hosted runners gets 503 from Azure's Ubuntu mirror; the flakiness returned after the 2020 report of the same; the mirror is not the workflow's, a re-run passes"),
    pkg("actions/runner-images#6909", "connectivity", TIMEOUT, True, "service", f"{AZURE}:80",
        "Err:1 http://azure.archive.ubuntu.com/ubuntu focal/universe amd64 libhiredis0.14 amd64 0.14.0-6\n  Could not connect to azure.archive.ubuntu.com:80 (20.106.104.242), connection timed out",
        host_alt=[AZURE, "20.106.104.242"], also_ok=[MIRROR, "connectivity.connection_failed"],
        note="January 2023, several reports at once: connections to the runners' Ubuntu mirror time out; the reporter's repro is 'just re-run the failed jobs'; the image maintainers handed it to Azure support as they do not control the mirror"),
    pkg("dotnet/core#8266", "connectivity", SYNC, True, "service", "packages.microsoft.com",
        "#8 0.747 Get:1 https://packages.microsoft.com/ubuntu/22.04/prod jammy InRelease [3065 B]\n#8 0.801 Hit:2 http://security.ubuntu.com/ubuntu jammy-security InRelease\n#8 0.821 Hit:3 http://archive.ubuntu.com/ubuntu jammy InRelease\n#8 0.849 Get:4 https://packages.microsoft.com/ubuntu/22.04/prod jammy/main all Packages [713 B]\n#8 0.849 Err:4 https://packages.microsoft.com/ubuntu/22.04/prod jammy/main all Packages\n#8 0.849   Hash Sum mismatch\n#8 0.849   Hashes of expected file:\n#8 0.849    - Filesize:713 [weak]\n#8 0.849    - SHA512:23a393800e7efebbc2d225680df6eaeb17580c9d691c646b76f4cadb76cadb91d8adb1c8944cd18ac2f21eed4857a012bc5fdafc28a9374cfcebf35abea817dc\n#8 0.849    - SHA256:213e24202ba7cabe92df422d201bce8f8cf6daaf0a471258a27aaa94ae9662be\n#8 0.849   Hashes of received file:\n#8 0.849    - SHA512:aaf1f56f5346d7d7c21e677a5054ab321442696f17618caa7b0f128644c46acfd021e0dc0679cc3738eca74aed4404ec00a536684ff33f9cc53e2ae4e94f17f3\n#8 0.849    - SHA256:341456fda1b9f814bcedf5ee0147a9ee2f95b8cd3d50f4bcec9423d3ce61e6b3\n#8 0.849    - Filesize:713 [weak]\n#8 0.849   Last modification reported: Wed, 08 Mar 2023 22:57:54 +0000\n#8 0.850   Release file created at: Wed, 08 Mar 2023 22:52:10 +0000",
        raw_is_log=True, also_ok=[MIRROR, "build.checksum_mismatch"],
        note="2023-03-09, docker builds in WSL and in Azure DevOps pipelines alike: Microsoft's jammy repository served an 'all' Packages file not matching its Release file (the same day's microsoft/linux-package-repositories#48); fixed on the repository's side"),
    pkg("d2iq-archive/marathon#1879", "connectivity", SYNC, True, "service", None,
        "Failed to fetch bzip2:/var/lib/apt/lists/partial/repos.mesosphere.io_ubuntu_dists_trusty_main_binary-amd64_Packages  Hash Sum mismatch",
        cmd="sudo apt-get -y update", host_alt=["repos.mesosphere.io"], also_ok=[MIRROR],
        note="the Mesosphere apt repository's index failed its hash from two unrelated networks; the maintainer: 'A lot of people reported this problem this morning, but it seems to be working again now', and the reporter verified (the host is only inside a cache file name)"),
    pkg("oerdnj/deb.sury.org#2107", "connectivity", MIRROR, True, "service", "packages.sury.org",
        "#63 15.50 E: Failed to fetch https://packages.sury.org/php/pool/main/p/php7.4/php7.4-common_7.4.33-8+0~20230904.88+debian10~1.gbp87c414_amd64.deb  500  Internal Server Error [IP: 169.150.221.147 443]",
        raw_is_log=True, host_alt=["169.150.221.147"], also_ok=["connectivity.server_error", SYNC],
        note="April 2024, from the reporter's CI: packages.sury.org answering 'a high level of 500' (and some hash mismatches) for package downloads in docker builds; a server-side fault of the repository, not the Dockerfile"),
    pkg("ddev/ddev#5449", "connectivity", MIRROR, True, "service", "packages.sury.org",
        "[web 3/5] RUN apt-get -qq update && DEBIAN_FRONTEND=noninteractive apt-get -qq install -y -o Dpkg::Options::=\"--force-confold\" --no-install-recommends --no-install-suggests php8.1-tidy:\n4.040 W: GPG error: https://packages.sury.org/php bullseye InRelease: Splitting up /var/lib/apt/lists/packages.sury.org_php_dists_bullseye_InRelease into data and signature failed\n4.040 E: The repository 'https://packages.sury.org/php bullseye InRelease' is not signed.",
        raw_is_log=True, also_ok=[SYNC, "build.untrusted_signature"],
        note="'TestExtraPackages fails intermittently, apparently due to problems with the deb.sury.org CDN': the CDN now and then serves an InRelease apt cannot split into data and signature; the PR moves the test off sury's packages but 'the problem happens at the apt update phase' (blockquote markers dropped)"),
    pkg("Lifailon/lazyjournal#63", "connectivity", TIMEOUT, True, "service", "ppa.launchpadcontent.net:443",
        "Ign:30 https://ppa.launchpadcontent.net/lifailon/lazyjournal/ubuntu noble InRelease\nIgn:30 https://ppa.launchpadcontent.net/lifailon/lazyjournal/ubuntu noble InRelease\nIgn:30 https://ppa.launchpadcontent.net/lifailon/lazyjournal/ubuntu noble InRelease\nErr:30 https://ppa.launchpadcontent.net/lifailon/lazyjournal/ubuntu noble InRelease\n  Could not connect to ppa.launchpadcontent.net:443 (185.125.190.80), connection timed out\nFetched 15.9 MB in 37s (425 kB/s)\nReading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\nAll packages are up to date.\nW: Failed to fetch https://ppa.launchpadcontent.net/lifailon/lazyjournal/ubuntu/dists/noble/InRelease  Could not connect to ppa.launchpadcontent.net:443 (185.125.190.80), connection timed out\nW: Some index files failed to download. They have been ignored, or old ones used instead.",
        cmd="sudo apt update", fatal=False, host_alt=["ppa.launchpadcontent.net", "185.125.190.80"], also_ok=[MIRROR, "connectivity.connection_failed"],
        note="May 2026: 'for the past week launchpad.net has been timing out ... a widespread issue' (Launchpad under a DDoS, as other projects' threads of those days say); apt update only warns and keeps the old index, so the run itself survived"),
    pkg("jenkins-infra/helpdesk#4736", "connectivity", "connectivity.redirect_downgrade", True, "service", None,
        "Redirection from https to 'http://mirrors.de.sahilister.net/jenkins/debian/jenkins_2.519_all.deb' is forbidden",
        cmd="apt-get install jenkins", host_alt=["mirrors.de.sahilister.net", "pkg.jenkins.io", "mirrors.jenkins.io"], also_ok=[MIRROR],
        note="pkg.jenkins.io's mirror redirector sent apt from https to a mirror listed as http; the infra team disabled the mirror within hours and fixed the redirector's configuration ('the mistake is not on the mirror itself, but on the Jenkins infra'); the redirect target is not the failing call's host"),
    pkg("inclavare-containers/inclavare-containers#1461", "connectivity", "connectivity.redirect_downgrade", False, "service", "mirrors.openanolis.org",
        "Ign:1 https://mirrors.openanolis.org/inclavare-containers/deb-repo bionic InRelease\nErr:2 https://mirrors.openanolis.org/inclavare-containers/deb-repo bionic Release\n  Redirection from https to 'http://mirrors.openanolis.cn/inclavare-containers/deb-repo/dists/bionic/Release' is forbidden [IP: 8.210.46.203 443]",
        cmd="apt-get update", host_alt=["mirrors.openanolis.cn", "8.210.46.203"], also_ok=[MIRROR],
        note="labelled bug/gating/high: the project's release deb repository on the Anolis mirror redirects every https request to plain http, which apt refuses; installs fail on every try until the mirror's redirect is fixed"),
    # --- keyservers, pacman, dnf/yum, zypper ------------------------------------------------------------------------------
    pkg("eric-heiden/deep-rl-docker#7", "connectivity", "connectivity.keyserver_unavailable", True, "service", SKS,
        "RUN gpg --keyserver ha.pool.sks-keyservers.net --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4\n ---> Running in c004a40d48ff\ngpg: directory `/home/charles/.deep-rl-docker/.gnupg' created\ngpg: new configuration file `/home/charles/.deep-rl-docker/.gnupg/gpg.conf' created\ngpg: WARNING: options in `/home/charles/.deep-rl-docker/.gnupg/gpg.conf' are not yet active during this run\ngpg: keyring `/home/charles/.deep-rl-docker/.gnupg/secring.gpg' created\ngpg: keyring `/home/charles/.deep-rl-docker/.gnupg/pubring.gpg' created\ngpg: requesting key BF357DD4 from hkp server ha.pool.sks-keyservers.net\ngpgkeys: key B42F6819007F00F88E364FD4036A9C25BF357DD4 can't be retrieved\ngpg: no valid OpenPGP data found.\ngpg: Total number processed: 0\ngpg: keyserver communications error: keyserver helper general error\ngpg: keyserver communications error: unknown pubkey algorithm\ngpg: keyserver receive failed: unknown pubkey algorithm\nThe command '/bin/sh -c gpg --keyserver ha.pool.sks-keyservers.net --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4' returned a non-zero code: 2",
        raw_is_log=True, also_ok=[TIMEOUT, "build.signature_missing"],
        note="2018: the Dockerfile's key fetch from the SKS pool fails with a misleading 'unknown pubkey algorithm'; the reporter: 'Just try again later. The ha.pool.sks-keyservers.net server is down sometimes, it was down for about two hours today'"),
    pkg("archlinux/archlinux-docker#9", "connectivity", TIMEOUT, True, "service", "mirror.leaseweb.net",
        "error: failed retrieving file 'community.db' from mirror.leaseweb.net : Operation too slow. Less than 1 bytes/sec transferred the last 10 seconds",
        raw_is_log=True, also_ok=[MIRROR],
        note="a Travis build on the official Arch image fails because the mirror times out; pacman would switch mirrors but the image shipped a two-line mirrorlist, so the maintainers added rackspace's mirror; the outage is the mirror's"),
    pkg("Kron4ek/Conty#136", "connectivity", SYNC, True, "service", "mirror.osbeck.com",
        "error: failed retrieving file 'nvidia-utils-555.58-2-x86_64.pkg.tar.zst' from mirror.osbeck.com : The requested URL returned error: 404\n nvidia-utils-555.58-2-x86_64 downloading...\nerror: failed retrieving file 'nvidia-utils-555.58-2-x86_64.pkg.tar.zst.sig' from us.mirrors.cicku.me : The requested URL returned error: 404\nwarning: failed to retrieve some files\nerror: failed to commit transaction (unexpected error)",
        raw_is_log=True, host_alt=["us.mirrors.cicku.me"], also_ok=[MIRROR, STALE],
        note="the Conty AutoRelease workflow on Actions 'sometimes' fails: mirrors from the bootstrap script's list had not yet synced the package the database names; the maintainer: 'Unfortunately yes, this happens sometimes', a later run passes"),
    pkg("osbuild/osbuild-composer#817", "connectivity", TIMEOUT, True, "service", "mirror.compevo.com",
        "[2020-07-06T14:52:32.979Z] Errors during downloading metadata for repository 'epel':\n\n[2020-07-06T14:52:32.979Z]   - Curl error (28): Timeout was reached for http://mirror.compevo.com/epel/8/Everything/x86_64/repodata/repomd.xml [Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds]",
        raw_is_log=True, also_ok=[MIRROR],
        note="labelled ci-reliability: the RHEL 8 Jenkins jobs 'occasionally' fail because the EPEL mirror dnf picked crawls below curl's speed limit; a mirror problem, re-runs pass"),
    pkg("openshift/origin#9203", "connectivity", TIMEOUT, True, "service", "mirrorlist.centos.org",
        "Jun 07 11:22:35 Loaded plugins: fastestmirror, ovl\nJun 07 11:23:06 Could not retrieve mirrorlist http://mirrorlist.centos.org/?release=7&arch=x86_64&repo=os&infra=stock error was\nJun 07 11:23:06 12: Timeout on http://mirrorlist.centos.org/?release=7&arch=x86_64&repo=os&infra=stock: (28, 'Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds')\nJun 07 11:23:06\nJun 07 11:23:06\nJun 07 11:23:06  One of the configured repositories failed (Unknown),\nJun 07 11:23:06  and yum doesn't have enough cached data to continue. At this point the only\nJun 07 11:23:06  safe thing yum can do is fail. There are a few ways to work \"fix\" this:",
        raw_is_log=True, also_ok=[MIRROR],
        note="labelled kind/test-flake, area/infrastructure: image builds on AWS fail when CentOS's mirrorlist service answers too slowly (2016, CentOS 7 still current); a flake of the upstream, not of the Dockerfile"),
    pkg("kata-containers/ci#203", "connectivity", TIMEOUT, True, "service", "download.opensuse.org",
        "Timeout exceeded when accessing 'http://download.opensuse.org/distribution/leap/15.0/repo/non-oss/repodata/repomd.xml'.\nCannot read input: bad stream or EOF.\nIf you run zypper without a terminal, use '--non-interactive' global\noption to make zypper use default answers to prompts.\nRepository 'openSUSE-Leap-15.0-Non-Oss' is invalid.\n[openSUSE-Leap-15.0-Non-Oss|http://download.opensuse.org/distribution/leap/15.0/repo/non-oss/] Valid metadata not found at specified URL\nPlease check if the URIs defined for this repository are pointing to a valid repository.\nSkipping repository 'openSUSE-Leap-15.0-Non-Oss' because of the above error.",
        raw_is_log=True, also_ok=[MIRROR],
        note="the openSUSE Leap CI could not start: zypper timed out on download.opensuse.org; a maintainer pointed at the service disruption on status.opensuse.org and three days later 'seems like issues are gone now... I see opensuse jobs running correctly'"),
    pkg("googleapis/google-cloud-cpp#8794", "connectivity", SYNC, True, "service", "download.opensuse.org",
        "Step #0: Repository 'Update repository with updates from SUSE Linux Enterprise 15' is invalid.\nStep #0: [repo-sle-update|http://download.opensuse.org/update/leap/15.3/sle/] Valid metadata not found at specified URL\nStep #0: History:\nStep #0:  - File './repodata/91a4460ed7ede808d9ae476083b9a2da107d7c18499f85f053022e7dc31c1970-susedata.xml.gz' not found on medium 'http://download.opensuse.org/update/leap/15.3/sle/'\nStep #0:  - Can't provide ./repodata/91a4460ed7ede808d9ae476083b9a2da107d7c18499f85f053022e7dc31c1970-susedata.xml.gz\nStep #0:\nStep #0: Please check if the URIs defined for this repository are pointing to a valid repository.",
        raw_is_log=True, also_ok=[MIRROR],
        note="labelled 'cpp: flake': a Cloud Build demo build on openSUSE Leap fails because the mirror it was sent to lacks a file the repository's repomd.xml names, the usual openSUSE mirror lag; retried builds pass"),
    # --- the runner machine and its network -------------------------------------------------------------------------------
    pkg("dawidd6/action-debian-package#20", "local", SECCOMP, False, "local", "deb.debian.org",
        "/usr/bin/docker exec kel-agent apt-get update\n  Get:1 http://deb.debian.org/debian unstable InRelease [150 kB]\n  Err:1 http://deb.debian.org/debian unstable InRelease\n    At least one invalid signature was encountered.\n  Reading package lists...\n  W: GPG error: http://deb.debian.org/debian unstable InRelease: At least one invalid signature was encountered.\n  E: The repository 'http://deb.debian.org/debian unstable InRelease' is not signed.\n  Error: The process '/usr/bin/docker' failed with exit code 100",
        raw_is_log=True, also_ok=["local.seccomp_clone3", "local.runner_outdated", "build.untrusted_signature"],
        note="a self-hosted Raspberry Pi runner on Raspberry Pi OS (buster): its libseccomp2 is too old for the syscalls of the debian:unstable container, so gpgv fails inside it; installing a newer libseccomp2 on the runner host fixed it ('not really within the scope of this repo')"),
    pkg("docker/containerd-packaging#230", "local", SECCOMP, False, "local", "ports.ubuntu.com",
        "#19 [build-env 6/8] RUN apt-get update -q  && mk-build-deps -t \"apt-get -o Debug::pkgProblemResolver=yes --no-install-recommends -y\" -i debian/control\n#19 sha256:6698bcfe805a7e12414d10180ab1bf332fcc1a80c272ac5a57734783b99e84b9\n#19 1.234 Get:1 http://ports.ubuntu.com/ubuntu-ports hirsute InRelease [269 kB]\n#19 1.634 Get:2 http://ports.ubuntu.com/ubuntu-ports hirsute-updates InRelease [90.7 kB]\n#19 1.673 Err:1 http://ports.ubuntu.com/ubuntu-ports hirsute InRelease\n#19 1.673   gpgv, gpgv2 or gpgv1 required for verification, but neither seems installed\n#19 1.727 Get:3 http://ports.ubuntu.com/ubuntu-ports hirsute-backports InRelease [90.7 kB]\n#19 1.759 Err:2 http://ports.ubuntu.com/ubuntu-ports hirsute-updates InRelease\n#19 1.759   gpgv, gpgv2 or gpgv1 required for verification, but neither seems installed\n#19 1.819 Get:4 http://ports.ubuntu.com/ubuntu-ports hirsute-security InRelease [90.7 kB]",
        raw_is_log=True, also_ok=["local.seccomp_clone3", "local.runner_outdated", "build.signature_missing"],
        note="adding Ubuntu 21.04 to the Jenkinsfile: gpgv is installed but apt cannot run it, the docker/seccomp/glibc interaction of Launchpad bug 1916485; the maintainer: 'Looks like we may have to update docker on these machines'"),
    pkg("tianon/gosu#17", "connectivity", "connectivity.firewall_blocked", False, "local", SKS,
        "gpg: keyring `/tmp/tmp.EfjkDu6PA3/secring.gpg' created\ngpg: keyring `/tmp/tmp.EfjkDu6PA3/pubring.gpg' created\ngpg: requesting key BF357DD4 from hkp server ha.pool.sks-keyservers.net\ngpg: keyserver timed out\ngpg: keyserver receive failed: keyserver error",
        cmd="gpg --keyserver ha.pool.sks-keyservers.net --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4", also_ok=[TIMEOUT, "connectivity.keyserver_unavailable"],
        note="installing gosu on Debian jessie: the keyserver 'timed out'; asked whether he was behind a firewall, the reporter: 'yes you got me, i confirm i am behind a firewall (i am at hotel)'; hkp's port 11371 is blocked there, so the fetch fails every time from that network"),
    pkg("kruize/autotune#609", "dns", "dns.resolve_failed", False, "local", "sat6csbcap01.sate-005.prod.sin2.dc.redhat.com",
        "/bin/sh: warning: setlocale: LC_ALL: cannot change locale (en_US.UTF-8)\nDownloading metadata...\nDownloading metadata...\nDownloading metadata...\nDownloading metadata...\nerror: cannot update repo 'rhel-8-for-x86_64-appstream-rpms': Cannot download repomd.xml: Cannot download repodata/repomd.xml: All mirrors were tried; Last error: Curl error (6): Couldn't resolve host name for https://sat6csbcap01.sate-005.prod.sin2.dc.redhat.com/pulp/content//CSB/lce-production-rhel-csb-8/cv-rhel-8-csb/content/dist/rhel8/8/x86_64/appstream/os/repodata/repomd.xml [Could not resolve host: sat6csbcap01.sate-005.prod.sin2.dc.redhat.com]",
        raw_is_log=True, also_ok=["dns.no_such_host", "connectivity.vpn_blocked"],
        note="'Build script failed without VPN access': the build host's subscription points microdnf in the UBI build at an internal Satellite server that only resolves on the corporate VPN; the maintainer: 'nothing to do with this project and is specific to some config on your laptop'"),
    pkg("ct-Open-Source/tuya-convert#1175", "local", "local.container_network_broken", False, "local", "dl-cdn.alpinelinux.org",
        "=> [2/6] RUN apk add --update bash git iw dnsmasq hostapd screen curl py3-pip py3-wheel python3-dev mosquitto haveged net-tools openssl openssl-dev gcc musl-dev linux-headers sudo coreutils grep iproute2 ncurses\n => => # fetch https://dl-cdn.alpinelinux.org/alpine/v3.13/main/x86_64/APKINDEX.tar.gz\n => => # fetch https://dl-cdn.alpinelinux.org/alpine/v3.13/community/x86_64/APKINDEX.tar.gz\n => => # ERROR: https://dl-cdn.alpinelinux.org/alpine/v3.13/main: temporary error (try again later)\n => => # WARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.13/main: No such file or directory",
        raw_is_log=True, also_ok=["dns.temporary_failure", "connectivity.network_unreachable"],
        note="apk says 'try again later' but 'there seemed to be no internet access inside the container at all, while my host machine resolved all the links'; building with network host (added to the compose file) fixed it, so the host's Docker bridge networking, on every retry (blockquote marker dropped)"),
    pkg("tektoncd/dashboard#184", "connectivity", "connectivity.vpn_blocked", False, "local", "dl-cdn.alpinelinux.org",
        "ERROR: http://dl-cdn.alpinelinux.org/alpine/v3.9/community:  Permission denied\n--\n  | WARNING: Ignoring APKINDEX.737f7e01.tar.gz: No such file or directory\n  | ERROR: unsatisfiable constraints:\n  | error: build error: running 'apk add curl git' failed with exit code 2",
        raw_is_log=True, also_ok=["connectivity.firewall_blocked", "local.container_network_broken"],
        note="the dashboard image's apk add fails with 'Permission denied' from the Alpine CDN; the reporter's own answer: 'It helps to get off VPN', the VPN was refusing the container's connections"),
    pkg("laradock/laradock#2434", "local", "local.clock_skew", False, "local", "deb.debian.org",
        "+ apt-get update -yqq\nE: Release file for http://deb.debian.org/debian/dists/buster-updates/InRelease is not valid yet (invalid for another 2d 18h 54min 21s). Updates for this repository will not be applied.\nE: Release file for http://security.debian.org/debian-security/dists/buster/updates/InRelease is not valid yet (invalid for another 2d 21h 8min 59s). Updates for this repository will not be applied.",
        t="legacy_run", run="set -xe; apt-get update -yqq", host_alt=["security.debian.org"],
        note="labelled OS\\Windows: the php-fpm build on Docker for Windows finds Debian's Release files dated two days in its future, i.e. the Docker VM's clock is two days behind; every build fails until the VM's clock is corrected"),
    pkg("moby/moby#16941", "connectivity", "connectivity.proxy_refused", False, "local", "apt.dockerproject.org",
        "W: The repository 'https://apt.dockerproject.org/repo ubuntu-xenial Release' does not have a Release file.\nN: Data from such a repository can't be authenticated and is therefore potentially dangerous to use.\nN: See apt-secure(8) manpage for repository creation and user configuration details.\nE: Failed to fetch https://apt.dockerproject.org/repo/dists/ubuntu-xenial/main/binary-amd64/Packages  Received HTTP code 403 from proxy after CONNECT\nE: Some index files failed to download. They have been ignored, or old ones used instead.",
        cmd="sudo apt-get update", also_ok=["connectivity.proxy_auth_required"],
        note="'Received HTTP code 403 from proxy': asked whether he was behind a proxy, the commenter found his apt-cacher proxy refusing the https CONNECT; disabling the proxy for that server made apt-get update work"),
    pkg("DanWahlin/CodeWithDanDockerServices#2", "connectivity", "connectivity.firewall_blocked", False, "local", "deb.debian.org",
        "Err http://deb.debian.org jessie Release.gpg\n  Unable to connect to deb.debian.org:http: [IP: 149.20.4.15 80]\nErr http://deb.debian.org jessie-updates Release.gpg\n  Unable to connect to deb.debian.org:http: [IP: 149.20.4.15 80]\nErr http://security.debian.org jessie/updates InRelease\n\nErr http://security.debian.org jessie/updates Release.gpg\n  Unable to connect to security.debian.org:http: [IP: 195.20.242.89 80]",
        t="legacy_run", run="apt-get update", fatal=False, host_alt=["deb.debian.org:http", "security.debian.org", "repo.mongodb.org"], also_ok=["connectivity.connection_failed", "connectivity.proxy_refused"],
        note="'not working from corporate firewall proxy': the mongo image's apt-get cannot open connections from behind the company firewall without proxy settings in the build; old apt only warned and the step went on (the next step ran), so the failure surfaced later"),
    # --- the build's own: an index never refreshed ---------------------------------------------------------------------------
    own("actions/runner-images#3433", STALE,
        "E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/main/c/ceph/librados2_15.2.8-0ubuntu0.20.04.1_amd64.deb  404  Not Found [IP: 52.250.76.244 80]",
        host=AZURE, host_alt=["52.250.76.244"], also_ok=["build.package_version_missing", MIRROR],
        note="'apt-get appears to intermittently fail': the zstd workflows run apt-get install on the runner's image-time package index; once the mirror drops the superseded .deb it is a 404; 'Run apt-get update before since index cache is not updated automatically', per the runner docs"),
    own("nlhomme/archiso-builder#1", STALE,
        "STEP 2/5: RUN pacman -S git archiso --noconfirm\nresolving dependencies...\nlooking for conflicting packages...\n\nPackages (17) arch-install-scripts-18-1  dosfstools-4.1-1  gc-7.6.0-1  guile-2.2.3-1  libatomic_ops-7.6.2-1  libburn-1.4.8-1  libisoburn-1.4.8-2  libisofs-1.4.8-1  libtool-2.4.6+40+g6ca5e224-4  lynx-2.8.8-5  lzo-2.10-1  make-4.2.1-2  pcre2-10.30-1  perl-error-0.17025-2  squashfs-tools-4.3-4  archiso-33-1  git-2.16.1-1\n\nTotal Download Size:   15.62 MiB\nTotal Installed Size:  95.92 MiB\n\n:: Proceed with installation? [Y/n]\n:: Retrieving packages...\nerror: failed retrieving file 'pcre2-10.30-1-x86_64.pkg.tar.xz' from mirror.rackspace.com : The requested URL returned error: 404",
        raw_is_log=True, host="mirror.rackspace.com", also_ok=["build.package_version_missing", SYNC],
        note="the base image finalduty/archlinux:latest carries a 2018 sync database (git 2.16, archiso 33) and the Dockerfile runs pacman -S without -Sy, so every package it resolves is long gone from the mirrors; fails the same on every build"),
    # --- the build's own: releases past their end of life -------------------------------------------------------------------
    own("mithro/make-env#34", EOL,
        "Run yum update -y\nError: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: No URLs in mirrorlist",
        raw_is_log=True, host_alt=["mirrorlist.centos.org"], also_ok=["build.repository_missing"],
        note="December 2022: the CentOS-8 job of the CI fails in its first yum command; CentOS Linux 8 reached end of life and its mirrorlist returns no mirrors, so no retry helps until the job moves to vault or another distribution"),
    own("apache/arrow#43119", EOL,
        "#7 [ 2/17] RUN yum install -y dnf\n#7 0.412 Loaded plugins: fastestmirror, ovl\n#7 0.683 Determining fastest mirrors\n#7 0.696 Could not retrieve mirrorlist http://mirrorlist.centos.org/?release=7&arch=aarch64&repo=os&infra=container error was\n#7 0.696 14: curl#6 - \"Could not resolve host: mirrorlist.centos.org; Unknown error\"\n#7 0.698\n#7 0.698\n#7 0.698  One of the configured repositories failed (Unknown),",
        raw_is_log=True, host="mirrorlist.centos.org", also_ok=["dns.no_such_host", "dns.resolve_failed"],
        note="2024-07-02, labelled Priority: Blocker: every manylinux2014 wheel job fails because CentOS 7 reached end of life on June 30 and mirrorlist.centos.org was taken out of DNS; it reads like a DNS outage but only pointing yum at vault.centos.org helps"),
    own("Tecnativa/doodba#669", EOL,
        "#0 42.98 Ign:1 http://deb.debian.org/debian buster InRelease\n#0 42.99 Hit:2 http://apt.postgresql.org/pub/repos/apt bookworm-pgdg InRelease\n#0 43.01 Hit:3 http://deb.debian.org/debian-security buster/updates InRelease\n#0 43.04 Ign:4 http://deb.debian.org/debian buster-updates InRelease\n#0 43.08 Err:5 http://deb.debian.org/debian buster Release\n#0 43.08   404  Not Found [IP: 151.101.130.132 80]\n#0 43.11 Err:6 http://deb.debian.org/debian buster-updates Release\n#0 43.11   404  Not Found [IP: 151.101.130.132 80]\n#0 43.40 Reading package lists...\n#0 43.47 E: The repository 'http://deb.debian.org/debian buster Release' does not have a Release file.\n#0 43.47 E: The repository 'http://deb.debian.org/debian buster-updates Release' does not have a Release file.\n#0 43.47 Traceback (most recent call last):\n#0 43.47   File \"/opt/odoo/common/build\", line 30, in <module>\n#0 43.47     subprocess.check_call(command)\n#0 43.47   File \"/usr/local/lib/python3.8/subprocess.py\", line 364, in check_call\n#0 43.47     raise CalledProcessError(retcode, cmd)\n#0 43.47 subprocess.CalledProcessError: Command '/opt/odoo/common/build.d/250-postgres-client' returned non-zero exit status 100.",
        t="bk_raw", run="/opt/odoo/common/build && sync", host="deb.debian.org", host_alt=["151.101.130.132"], also_ok=["build.repository_missing"],
        note="July 2025: the 14.0 image 'relies on debian:buster which is out EOL'; buster's suites were moved off deb.debian.org to the archive, so apt's 404 is permanent; labelled bug, fixed by pointing the sources at archive.debian.org"),
    own("GoogleCloudPlatform/ops-agent#292", EOL,
        "#97 149.2 Download (curl) error for 'http://download.opensuse.org/distribution/leap/42.3/repo/non-oss/suse/media.1/media':\n#97 149.2 Error code: Curl error 52\n#97 149.2 Error message: Empty reply from server",
        raw_is_log=True, host="download.opensuse.org", also_ok=["connectivity.eof", MIRROR],
        note="the SLES12 build stage on opensuse/leap:42.3 errors out because Leap 42.3's repositories are gone from download.opensuse.org (Docker Hub moved the image to opensuse/archive:42.3); 'Empty reply from server' reads like a network fault, but the PR's rename to the archive image is the fix"),
    own("geerlingguy/drupal-container#40", EOL,
        "0.351 Get:1 http://deb.debian.org/debian buster InRelease [122 kB]\n0.419 Get:2 http://deb.debian.org/debian-security buster/updates InRelease [34.8 kB]\n0.442 Get:4 http://deb.debian.org/debian buster-updates InRelease [56.6 kB]\n1.225 Get:3 https://packages.sury.org/php buster InRelease\n1.297 Err:3 https://packages.sury.org/php buster InRelease\n1.297   Clearsigned file isn't valid, got 'NOSPLIT' (does the network require authentication?)\n1.448 Get:5 http://deb.debian.org/debian buster/main amd64 Packages [7909 kB]\n2.496 Get:6 http://deb.debian.org/debian-security buster/updates/main amd64 Packages [610 kB]\n3.534 Get:7 http://deb.debian.org/debian buster-updates/main amd64 Packages [8788 B]\n3.566 Reading package lists...\n4.032 E: Failed to fetch https://packages.sury.org/php/dists/buster/InRelease  Clearsigned file isn't valid, got 'NOSPLIT' (does the network require authentication?)\n4.032 E: The repository 'https://packages.sury.org/php buster InRelease' is not signed.",
        raw_is_log=True, host="packages.sury.org", also_ok=["build.repository_missing", "connectivity.proxy_auth_required"],
        note="'docker build due to End of life debian support' (July 2024): deb.sury.org deleted its buster packages when buster's LTS ended on June 30, and the removed InRelease comes back as a page apt cannot split; the question about network authentication is a red herring"),
    # --- the build's own: packages and suites the release does not have ----------------------------------------------------
    own("whatwg/html-build#218", NO_PKG,
        "E: Unable to locate package python-pip",
        raw_is_log=True, also_ok=["build.distro_eol"],
        note="the Travis deploy build's Dockerfile is FROM debian:sid and Debian had just removed python-pip from sid ('Package not available in this suite'); 'the same after retrying', fixed by changing the Dockerfile"),
    own("broadinstitute/PhylogicNDT#63", NO_PKG,
        "Step 2/26 : RUN install_packages python-pip build-essential python-dev r-base r-base-dev git graphviz python-tk\n ---> Running in ac75ee173510\nReading package lists...\nBuilding dependency tree...\nPackage python-pip is not available, but is referred to by another package.\nThis may mean that the package is missing, has been obsoleted, or\nis only available from another source\nHowever the following packages replace it:\n  python3-pip\n\nE: Package 'python-pip' has no installation candidate\napt failed, retrying\nReading package lists...\nBuilding dependency tree...\nPackage python-pip is not available, but is referred to by another package.",
        raw_is_log=True, also_ok=["build.distro_eol", "build.package_version_missing"],
        note="FROM bitnami/minideb (latest) has moved to a Debian without Python 2's pip; minideb's install_packages retries apt ('apt failed, retrying'), which only repeats the same answer; fails on RHEL 7 and macOS alike (the reporter's code indentation dropped)"),
    own("psycofdj/coverxygen#24", NO_SUITE,
        "E: The repository 'https://ppa.launchpadcontent.net/psycofdj/coverxygen/ubuntu jammy Release' does not have a Release file.",
        host="ppa.launchpadcontent.net", also_ok=["build.repository_missing", "build.distro_eol"],
        note="'From a recent CI job' after the runners moved to Ubuntu 22.04: the coverxygen PPA publishes no jammy build, so adding it breaks apt-get update on every run until the PPA gains the suite or the job stops adding it"),
    own("morph027/apt-repo-action#8", NO_SUITE,
        "Ign:8 https://packaging.gitlab.io/reprepro-multiple-versions jammy InRelease\nErr:9 https://packaging.gitlab.io/reprepro-multiple-versions jammy Release\n  404  Not Found [IP: 35.185.44.232 443]\nReading package lists...\nE: The repository 'https://packaging.gitlab.io/reprepro-multiple-versions jammy Release' does not have a Release file.\nError: Process completed with exit code 100.",
        raw_is_log=True, host="packaging.gitlab.io", also_ok=["build.repository_missing"],
        note="the action adds the reprepro-multiple-versions repository for jammy, and that repository stopped publishing jammy in an upstream commit; the PR switches the suite to noble, nothing else helps"),
    own("PotatoMania/uconsole-cm3-arch-image-builder#2", "build.repo_line_typo",
        "error: failed retrieving file 'alarm.db' from mirror.archlinuxarm.org : The requested URL returned error: 404\nerror: failed retrieving file 'extra.db' from mirror.archlinuxarm.org : The requested URL returned error: 404",
        raw_is_log=True, host="mirror.archlinuxarm.org", also_ok=["build.repository_missing"],
        note="the image builder's pacstrap pacman.conf points [extra] and [alarm] at .../$arch/core, so the mirror has no extra.db or alarm.db there; the maintainer: 'Oops, indeed I made a mistake', fixed by a commit"),
    # --- the build's own: keys ---------------------------------------------------------------------------------------------
    own("NVIDIA/nvidia-docker#1632", "build.signature_missing",
        "GPG error: https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2004/x86_64  InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY A4B469963BF863CC\nThe repository 'https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2004/x86_64  InRelease' is not signed.",
        t="legacy_run", run="apt-get update", host="developer.download.nvidia.com", also_ok=["build.untrusted_signature"],
        note="'built successfully yesterday' (2022-04-28): NVIDIA rotated the CUDA repository's signing key on April 27 and the nvidia/cuda:11.4.0 image still trusts the old one; every build fails until the Dockerfile installs the new cuda-keyring (or the image is rebuilt)"),
    own("greenriver/hmis-warehouse#6183", "build.untrusted_signature",
        "Err:5 https://dl.yarnpkg.com/debian stable InRelease\n  The following signatures were invalid: EXPKEYSIG 23E7166788B63E1E Yarn Packaging <yarn@dan.cx>\nReading package lists...\nW: GPG error: https://dl.yarnpkg.com/debian stable InRelease: The following signatures were invalid: EXPKEYSIG 23E7166788B63E1E Yarn Packaging <yarn@dan.cx>\nE: The repository 'https://dl.yarnpkg.com/debian stable InRelease' is not signed.\nCommand failed (attempt 3/3). Retrying in 20 seconds...",
        host="dl.yarnpkg.com", also_ok=["build.signature_missing"],
        note="January 2026: the legacy Yarn Debian repository is signed with an expired key; the CI's own retry wrapper tried three times for nothing; the workflow gets yarn from npm, so the PR removes the redundant repository"),
    own("varnish/docker-varnish#32", "build.keyserver_retired",
        "+ gpg --batch --keyserver ha.pool.sks-keyservers.net --recv-keys A0378A38E4EACA3660789E570BAC19E3F6C90CD5\ngpg: keybox '/tmp/tmp.y9El211ZBv/pubring.kbx' created\ngpg: keyserver receive failed: No data",
        raw_is_log=True, host=SKS, also_ok=["connectivity.keyserver_unavailable", "build.signature_missing"],
        note="June 2021, on the official-images builders: the sks-keyservers.net pool was going offline for good, so the Dockerfile's key fetch gets 'No data' on every attempt; the fix is another keyserver or a vendored key"),
]
