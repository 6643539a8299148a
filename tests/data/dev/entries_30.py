"""Dev-set entries, batch 30 (longer logs with several error-looking lines where only one ended the job: apt's
ignored index fetches before the `Unable to locate package` they cause, a resolver failure inside a build container
under the wrappers of BuildKit, the legacy builder, make and compose, registry mirrors answering 5xx to cargo before
it gives up, a job container's pull retried three times, an action's own image retried by the runner, a login that
failed and the push or script that failed after it, warnings a job survives (a cache save's 500, a post-job git
cleanup, pip retries that ran out, cargo's spurious network errors, a pull of a local-only image, a pull the script
falls back from)). `err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus);
where a thread quoted a log inside Markdown (blockquote markers, ** bold, links GitHub inserted into a copied log)
only that markup was dropped, never a word of the log; where a quote was cut, the entry stops at the last whole line.
Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing call;
an inferred one goes in host_alt. Labels name the line the thread says ended the job (fatal=False only where that
line is a warning the job survived), set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import Batch, e

PULLS = {"keikoproj/upgrade-manager#354", "hashicorp/boundary#3072", "ucloud/ucloud-sdk-java#181"}

B = Batch(PULLS)
src = B.src
reg = B.family("registry")
own = B.build()


def dns(ref: str, cause: str, retry: bool, blame: str, host: str | None, err: str, t: str = "raw", **kw: Any) -> dict[str, Any]:
    return e("dns", src(ref), "dns", cause, retry, blame, host, t, err, **kw)


def net(ref: str, cause: str, retry: bool, blame: str, host: str | None, err: str, t: str = "raw", **kw: Any) -> dict[str, Any]:
    return e("connectivity", src(ref), "connectivity", cause, retry, blame, host, t, err, **kw)


def cred(ref: str, cause: str, host: str | None, err: str, t: str = "raw", blame: str = "build", **kw: Any) -> dict[str, Any]:
    return e("credentials", src(ref), "credentials", cause, False, blame, host, t, err, **kw)


def cache(ref: str, cause: str, retry: bool, blame: str, err: str, **kw: Any) -> dict[str, Any]:
    return e("gha_cache", src(ref), "gha_cache", cause, retry, blame, None, "raw", err, **kw)


DEBIAN = ["security.debian.org"]
SURVIVED = "a warning the job went on past"

E = [
    # --- apt: the index fetches it only warns about, then the package it cannot find ---------------------------------
    dns("osmfoundation/welcome-mat#192", "dns.temporary_failure", False, "local", "deb.debian.org",
        " => ERROR [builder 4/9] RUN apt-get update     && apt-get install -y --no-install-recommends build-essential git libcairo2-dev     && rm -rf /var/lib/apt/lists/*                       7.3s\n------\n > [builder 4/9] RUN apt-get update     && apt-get install -y --no-install-recommends build-essential git libcairo2-dev     && rm -rf /var/lib/apt/lists/*:\n0.171 Ign:1 http://deb.debian.org/debian bookworm InRelease\n0.171 Ign:2 http://deb.debian.org/debian bookworm-updates InRelease\n0.172 Ign:3 http://deb.debian.org/debian-security bookworm-security InRelease\n1.173 Ign:1 http://deb.debian.org/debian bookworm InRelease\n1.174 Ign:2 http://deb.debian.org/debian bookworm-updates InRelease\n1.175 Ign:3 http://deb.debian.org/debian-security bookworm-security InRelease\n3.176 Ign:1 http://deb.debian.org/debian bookworm InRelease\n3.177 Ign:2 http://deb.debian.org/debian bookworm-updates InRelease\n3.178 Ign:3 http://deb.debian.org/debian-security bookworm-security InRelease\n7.178 Err:1 http://deb.debian.org/debian bookworm InRelease\n7.178   Temporary failure resolving 'deb.debian.org'\n7.180 Err:2 http://deb.debian.org/debian bookworm-updates InRelease\n7.180   Temporary failure resolving 'deb.debian.org'",
        cmd="docker compose up", also_ok=["dns.resolve_failed"],
        note="the quote is cut after the second Err; the 'Ign' lines are apt's own retries. A local compose build whose build container resolves nothing ('mkdocs serve' on the same machine works): the machine's Docker DNS"),
    dns("irisvn/AAPanel-Docker#5", "dns.resolve_failed", False, "local", "mirrors.163.com",
        "3.466 http://mirrors.163.com/centos/7.9.2009/updates/x86_64/Packages/rpm-build-libs-4.11.3-48.el7_9.x86_64.rpm: [Errno 14] curl#6 - \"Could not resolve host: mirrors.163.com; Unknown error\"\n3.466 Trying other mirror.\n3.467 http://mirrors.bfsu.edu.cn/centos/7.9.2009/updates/x86_64/Packages/binutils-2.27-44.base.el7_9.1.x86_64.rpm: [Errno 14] curl#6 - \"Could not resolve host: mirrors.bfsu.edu.cn; Unknown error\"\n3.467 Trying other mirror.\n3.470 http://mirrors.neusoft.edu.cn/centos/7.9.2009/updates/x86_64/Packages/coreutils-8.22-24.el7_9.2.x86_64.rpm: [Errno 14] curl#6 - \"Could not resolve host: mirrors.neusoft.edu.cn; Unknown error\"\n3.470 Trying other mirror.\n3.470 http://mirror.lzu.edu.cn/centos/7.9.2009/updates/x86_64/Packages/device-mapper-1.02.170-6.el7_9.5.x86_64.rpm: [Errno 14] curl#6 - \"Could not resolve host: mirror.lzu.edu.cn; Unknown error\"\n3.470 Trying other mirror.\n3.471 http://mirrors.cqu.edu.cn/CentOS/7.9.2009/updates/x86_64/Packages/bind-license-9.11.4-26.P2.el7_9.9.noarch.rpm: [Errno 14] curl#6 - \"Could not resolve host: mirrors.cqu.edu.cn; Unknown error\"\n3.471 Trying other mirror.\n3.471 http://mirrors.dgut.edu.cn/centos/7.9.2009/updates/x86_64/Packages/kpartx-0.4.9-135.el7_9.x86_64.rpm: [Errno 14] curl#6 - \"Could not resolve host: mirrors.dgut.edu.cn; Unknown error\"\n3.471 Trying other mirror.",
        cmd="docker build -t aapanel .", host_alt=["mirrors.bfsu.edu.cn", "mirrors.neusoft.edu.cn", "mirror.lzu.edu.cn", "mirrors.cqu.edu.cn", "mirrors.dgut.edu.cn"],
        also_ok=["dns.temporary_failure"],
        note="yum moves from mirror to mirror, every one unresolvable inside the build: the build container's resolver, not six mirrors at once; the quote stops at the last whole line"),
    dns("mrlt8/docker-wyze-bridge#24", "dns.temporary_failure", False, "local", "deb.debian.org",
        "Step 3/9 : RUN apt-get update && apt-get install ffmpeg unzip g++ -y && apt-get clean && rm -rf /var/lib/apt/lists/*\n ---> Running in ffb6acc2f8f6\nErr:1 http://deb.debian.org/debian buster InRelease\n  Temporary failure resolving 'deb.debian.org'\nErr:2 http://security.debian.org/debian-security buster/updates InRelease\n  Temporary failure resolving 'security.debian.org'\nErr:3 http://deb.debian.org/debian buster-updates InRelease\n  Temporary failure resolving 'deb.debian.org'\nReading package lists...\nW: Failed to fetch http://deb.debian.org/debian/dists/buster/InRelease  Temporary failure resolving 'deb.debian.org'\nW: Failed to fetch http://security.debian.org/debian-security/dists/buster/updates/InRelease  Temporary failure resolving 'security.debian.org'\nW: Failed to fetch http://deb.debian.org/debian/dists/buster-updates/InRelease  Temporary failure resolving 'deb.debian.org'\nW: Some index files failed to download. They have been ignored, or old ones used instead.",
        cmd="docker build -t wyze-bridge .", host_alt=DEBIAN, also_ok=["dns.resolve_failed"],
        note="on a Synology NAS that pings deb.debian.org itself; the maintainer: 'dns issue?' with the Docker DNS answers (the daemon's resolver settings)"),
    # --- curl inside a build, under the wrappers that report it --------------------------------------------------------
    dns("rook/rook#4801", "dns.resolve_failed", False, "local", "github.com",
        "=== docker build build-6d836edb/ceph-amd64\nSending build context to Docker daemon  78.59MB\nStep 1/10 : FROM ceph/ceph-amd64:v14.2.6-20200115\n ---> 0fe3d0247e54\nStep 2/10 : ARG ARCH\n ---> Using cache\n ---> a0ac862376e8\nStep 3/10 : ARG TINI_VERSION\n ---> Using cache\n ---> 43e024b070e1\nStep 4/10 : RUN curl --fail -sSL -o /tini https://github.com/krallin/tini/releases/download/v0.16.1/tini-amd64 &&     chmod +x /tini\n ---> Running in 35161204c37a\ncurl: (6) Could not resolve host: github.com; Unknown error\nThe command '/bin/sh -c curl --fail -sSL -o /tini https://github.com/krallin/tini/releases/download/v0.16.1/tini-amd64 &&     chmod +x /tini' returned a non-zero code: 6\nmake[2]: *** [do.build] Error 6\nmake[1]: *** [ceph.linux_amd64] Error 2\nmake: *** [build] Error 2",
        cmd="make build", also_ok=["dns.temporary_failure"],
        note="three make errors and the builder's non-zero code all wrap the one curl (6); the same curl on the host works (firewalld off, SELinux permissive): the build container's resolver on that machine"),
    dns("slynn1324/BambuP1Streamer#12", "dns.resolve_failed", False, "local", "public-cdn.bambulab.com",
        " => ERROR [build  8/10] RUN curl -LOJ https://public-cdn.bambulab.com/upgrade/studio/plugins/01.04.00.15/linux_01.04.00.15.zip  0.7s\n------                                                                                    \n > [build  8/10] RUN curl -LOJ https://public-cdn.bambulab.com/upgrade/studio/plugins/01.04.00.15/linux_01.04.00.15.zip:                                                            \n0.611   % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n0.611                                  Dload  Upload   Total   Spent    Left  Speed\n  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0curl: (6) Could not resolve host: public-cdn.bambulab.com\n------\nDockerfile:10\n--------------------\n   8 |     RUN mkdir -p /build/deps\n   9 |     WORKDIR /build/deps\n  10 | >>> RUN curl -LOJ https://public-cdn.bambulab.com/upgrade/studio/plugins/01.04.00.15/linux_01.04.00.15.zip\n  11 |     RUN unzip linux_01.04.00.15.zip\n  12 |     \n--------------------\nERROR: failed to build: failed to solve: process \"/bin/sh -c curl -LOJ https://public-cdn.bambulab.com/upgrade/studio/plugins/01.04.00.15/linux_01.04.00.15.zip\" did not complete successfully: exit code: 6",
        cmd="docker build -t bambu_p1_streamer .", also_ok=["dns.temporary_failure"],
        note="the reporter's fix: ADD the URL instead of RUN curl, i.e. let the daemon fetch it, because the RUN step's container resolves nothing; the same every run on that machine"),
    dns("Mathewnd/Astral#1", "dns.resolve_failed", True, "service", "www.delorie.com",
        "$ make -j8\nLDFLAGS=\"\" CFLAGS=\"\" ./jinx build-all\n* building package: ace-of-penguins\n  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0curl: (6) Could not resolve host: www.delorie.com\nmake: *** [Makefile:3: all] Error 6",
        also_ok=["dns.temporary_failure"],
        note="make's Error 6 is curl's; the reporter the same day: 'It looks host is up now' (the source host's own DNS was down for a while)"),
    # --- cargo's retries against a registry mirror, then the error, then what fails after it --------------------------
    net("inclavare-containers/inclavare-containers#1473", "connectivity.package_mirror", True, "service", "mirrors.tuna.tsinghua.edu.cn",
        " RUSTFLAGS=\"-C link-args=-Wl,-rpath=/usr/local/lib/rats-tls:/usr/local/lib:/root/inclavare-containers-0.6.3/eaa/verdictd/src/policy_engine/opa,--enable-new-dtags\" cargo build --release\n    Updating `https://mirrors.tuna.tsinghua.edu.cn/git/crates.io-index.git` index\nwarning: spurious network error (2 tries remaining): failed to receive HTTP 200 response: got 502; class=Net (12)\nwarning: spurious network error (1 tries remaining): failed to receive HTTP 200 response: got 502; class=Net (12)\nerror: failed to get `clap` as a dependency of package `verdict v0.0.1 (/root/inclavare-containers-0.6.3/eaa/verdict)`",
        also_ok=["registry.server_error", "connectivity.request_failed"],
        note="the two warnings are cargo's own retries of the same 502; the error after them is the outcome. Labelled a CI bug to handle network errors better: the TUNA mirror's 502 passes"),
    net("darkarp/chromepass#40", "connectivity.request_failed", True, "service", "crates.io",
        "warning: spurious network error (2 tries remaining): failed to get 200 response from `https://crates.io/api/v1/crates/polyval/0.5.2/download`, got 504\nwarning: spurious network error (1 tries remaining): failed to get 200 response from `https://crates.io/api/v1/crates/polyval/0.5.2/download`, got 504\nerror: failed to download from `https://crates.io/api/v1/crates/polyval/0.5.2/download`\n\nCaused by:\nfailed to get 200 response from `https://crates.io/api/v1/crates/polyval/0.5.2/download`, got 504\n[-] Client couldn't be copied: [Errno 2] No such file or directory: 'templates/chromepass-build/target/release/chromepass.exe'\n[-] Error building the client",
        cmd="python create.py", also_ok=["registry.server_error", "connectivity.package_mirror"],
        note="the ** bold dropped. The missing .exe and 'Error building the client' are the builder script's cascade after cargo gave up on crates.io's 504; the reporter: 'now its working so might be a connection issue'"),
    # --- retries that survived, or warnings a job goes on past ---------------------------------------------------------
    net("kizniche/Mycodo#776", "connectivity.timeout", True, "service", "www.piwheels.org",
        "#### Installing pip requirements\nLooking in indexes: https://pypi.org/simple, https://www.piwheels.org/simple\nWARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='www.piwheels.org', port=443): Read timed out. (read timeout=15)\")': /simple/pip/\nWARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='www.piwheels.org', port=443): Read timed out. (read timeout=15)\")': /simple/pip/\nWARNING: Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='www.piwheels.org', port=443): Read timed out. (read timeout=15)\")': /simple/pip/\nWARNING: Retrying (Retry(total=1, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='www.piwheels.org', port=443): Read timed out. (read timeout=15)\")': /simple/pip/\nWARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='www.piwheels.org', port=443): Read timed out. (read timeout=15)\")': /simple/pip/",
        fatal=False, also_ok=["connectivity.client_timeout"],
        note=SURVIVED + ": pip ran out of retries against the piwheels index and went on with PyPI ('Requirement already up-to-date: pip' follows); the upgrade failed later for another reason (the thread's 502 of the web UI)"),
    net("tauri-apps/tauri#11437", "connectivity.stream_reset", True, "service", None,
        "warning: spurious network error (3 tries remaining): [92] Stream error in the HTTP/2 framing layer (HTTP/2 stream 5 was not closed cleanly: PROTOCOL_ERROR (err 1))",
        cmd="cargo build", fatal=False, host_alt=["crates.io", "index.crates.io", "static.crates.io"],
        note=SURVIVED + ": the maintainer: 'just a warning from cargo, probably slow network. Nothing to worry about' (cargo retries it)"),
    net("chenxiaolong/avbroot#506", "connectivity.stream_reset", True, "service", None,
        "warning: spurious network error (3 tries remaining): [92] Stream error in the HTTP/2 framing layer (HTTP/2 stream 149 was not closed cleanly: PROTOCOL_ERROR (err 1))\nwarning: spurious network error (3 tries remaining): [92] Stream error in the HTTP/2 framing layer (HTTP/2 stream 155 was not closed cleanly: PROTOCOL_ERROR (err 1))\n  Downloaded regex-automata v0.4.9\n  Downloaded petgraph v0.7.1\n  Downloaded ring v0.17.14\n  Downloaded libc v0.2.175\n  Downloaded logos v0.15.1\n  Downloaded linux-raw-sys v0.9.4\n  Downloaded 183 crates (17.9 MB) in 13m 57s (largest was `linux-raw-sys` at 2.3 MB)\n   Compiling proc-macro2 v1.0.101\n   Compiling unicode-ident v1.0.18\n   Compiling cfg-if v1.0.3\n   Compiling typenum v1.18.0\n   Compiling version_check v0.9.5\n   Compiling libc v0.2.175\n   Compiling const-oid v0.9.6\n   Compiling subtle v2.6.1\n   Compiling anyhow v1.0.99\n   Compiling semver v1.0.26\n   Compiling fnv v1.0.7\n   Compiling serde v1.0.219\n   Compiling generic-array v0.14.7\n   Compiling cpufeatures v0.2.17\n   Compiling regex-syntax v0.8.5\n   Compiling either v1.15.0\n   Compiling itertools v0.14.0\n   Compiling rustc_version v0.4.1\n   Compiling quote v1.0.40\n   Compiling logos-codegen v0.15.1\n   Compiling syn v2.0.106\n   Compiling zeroize v1.8.1\n   Compiling getrandom v0.3.3\n   Compiling base64ct v1.8.0\n   Compiling bytes v1.10.1\n   Compiling pem-rfc7468 v0.7.0",
        cmd="cargo install --locked --path .", fatal=False, host_alt=["crates.io", "index.crates.io", "static.crates.io"],
        note=SURVIVED + ": all 183 crates downloaded after cargo's retries and compilation started; the thread's build failed later, in the build itself (the quote is cut there)"),
    net("npm/cli#1240", "connectivity.timeout", True, "service", "registry.npmjs.org",
        "npm WARN registry Unexpected warning for https://registry.npmjs.org/: Miscellaneous Warning ETIMEDOUT: request to https://registry.npmjs.org/@types%2fnode failed, reason: connect ETIMEDOUT 104.16.16.35:443\nnpm WARN registry Using stale data from https://registry.npmjs.org/ due to a request error during revalidation.",
        cmd="npm install", fatal=False, also_ok=["connectivity.client_timeout"],
        note=SURVIVED + ": npm revalidates its cached metadata, times out, and carries on with the stale copy (the install kept fetching, slowly)"),
    net("IronCoreLabs/gridiron#34", "connectivity.request_failed", True, "service", "crates.io",
        "warning: spurious network error (2 tries remaining): \nfailed to get 200 response from https://crates.io/api/v1/crates/same-file/1.0.6/download, \ngot 502",
        cmd="cargo test", also_ok=["registry.server_error", "connectivity.package_mirror"],
        note="the reporter's CI run on a PR; 'This seems to have resolved itself during another pass at the tests; temporary connectivity issue' (crates.io's download endpoint answering 502)"),
    cache("near/mpc#1491", "gha_cache.service_error", True, "service",
        "... Cleaning /home/runner/work/mpc/mpc/target ...\n... Cleaning cargo registry (cache-all-crates: true) ...\n... Cleaning cargo/bin ...\n... Cleaning cargo git cache ...\n... Saving cache ...\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/mpc/mpc --files-from manifest.txt --use-compress-program zstdmt\nWarning: Failed to save: reserveCache failed: Cache service responded with 500",
        fatal=False, head=["Post Run Swatinem/rust-cache@v2"], also_ok=["gha_cache.outage", "gha_cache.backend_error"],
        note=SURVIVED + ": rust-cache's post step only warns; the issue is that the next runs rebuild every crate (no cache saved), the job itself passed"),
    cache("hashicorp/boundary#3072", "gha_cache.download_stalled", True, "service",
        "Received 16777216 of 965520185 (1.7%), 16.0 MBs/sec\nReceived 180355072 of 965520185 (18.7%), 85.8 MBs/sec\nReceived 356515840 of 965520185 (36.9%), 113.2 MBs/sec\nReceived 520093696 of 965520185 (53.9%), 123.8 MBs/sec\nReceived 679477248 of 965520185 (70.4%), 129.4 MBs/sec\nReceived 813694976 of 965520185 (84.3%), 129.1 MBs/sec\nReceived 961325881 of 965520185 (99.6%), 130.7 MBs/sec\nReceived 961325881 of 965520185 (99.6%), 114.4 MBs/sec\nReceived 961325881 of 965520185 (99.6%), 101.7 MBs/sec\nReceived 961325881 of 965520185 (99.6%), 91.5 MBs/sec\nReceived 961325881 of 965520185 (99.6%), 83.2 MBs/sec\nReceived 961325881 of 965520185 (99.6%), 76.3 MBs/sec\nReceived 961325881 of 965520185 (99.6%), 70.4 MBs/sec\nReceived 961325881 of 965520185 (99.6%), 65.4 MBs/sec\nReceived 961325881 of 965520185 (99.6%), 61.0 MBs/sec\nReceived 961325881 of 965520185 (99.6%), 57.2 MBs/sec\nReceived 961325881 of 965520185 (99.6%), 53.9 MBs/sec\nReceived 961325881 of 965520185 (99.6%), 50.9 MBs/sec\n...\nWarning: Failed to restore: Aborting cache download as the download time exceeded the timeout.\nCache not found for input keys: Linux-go-c1a759caff8d8283",
        fatal=False, head=["Run actions/cache/restore@v3"], also_ok=["gha_cache.download_timeout"],
        note=SURVIVED + ": the restore gave up at 99.6% and the step passed as a miss; the PR adds fail-on-cache-miss so later steps do not run without the cache"),
    own("AntaresSimulatorTeam/Antares_Simulator#1449", "build.submodule_ref_missing",
        "Post job cleanup.\n/usr/bin/git version\ngit version 2.41.0\nTemporarily overriding HOME='/home/runner/work/_temp/70a4020f-2b35-4eb0-897e-e09d27eb256c' before making global git config changes\nAdding repository directory to the temporary git global config as a safe directory\n/usr/bin/git config --global --add safe.directory /home/runner/work/Antares_Simulator/Antares_Simulator\n/usr/bin/git config --local --name-only --get-regexp core\\.sshCommand\n/usr/bin/git submodule foreach --recursive sh -c \"git config --local --name-only --get-regexp 'core\\.sshCommand' && git config --local --unset-all 'core.sshCommand' || :\"\nfatal: No url found for submodule path 'resources/examples' in .gitmodules\nWarning: The process '/usr/bin/git' failed with exit code 128",
        fatal=False,
        note=SURVIVED + ": checkout's post step after a submodule was removed from .gitmodules but not from the index; 'no consequences other than adding a false warning'"),
    reg("device-management-toolkit/docs#222", "credentials", "credentials.pull_access_denied", False, "build", None,
        "WARNING: Some service image(s) must be built from source by running:\n    docker compose build db webui rps mps mpsrouter\nError response from daemon: pull access denied for sslpostgres, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
        cmd="docker-compose pull", fatal=False, host_alt=["docker.io", "registry-1.docker.io"],
        note=SURVIVED + ": the images are built locally and never published, so their pull is denied by design; the maintainers documented that it can be ignored"),
    own("linkerd/linkerd2#240", "build.tag_not_found",
        "Error response from daemon: manifest for gcr.io/runconduit/go-deps:aac93646 not found",
        cmd="bin/docker-build-go-deps", fatal=False, host="gcr.io", also_ok=["registry.mirror_miss"],
        note=SURVIVED + ": the script pulls the deps image for this tag and builds it when the pull fails ('confusing non-error'); the build went on"),
    reg("ericblue/modern-start-page#1", "credentials", "credentials.pull_access_denied", False, "build", None,
        "docker@docker1:~/docker/modern/modern-start-page$ docker compose up -d\nWARN[0000] /home/docker/docker/modern/modern-start-page/docker-compose.yml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion \n[+] Running 0/1\n[+] Running 1/1                                                                                                                                                    0.1s \n ! app Warning pull access denied for modern-start-page, repository does not exist or may require 'docker login': denied: requested access to the ...              0.7s \nCompose can now delegate builds to bake for better performance.\n To do so, set COMPOSE_BAKE=true.\n[+] Building 7.9s (11/16)                                                                                                                                docker:default\n => [app internal] load build definition from Dockerfile                                                                                                           0.0s\n => => transferring dockerfile: 1.87kB",
        fatal=False, host_alt=["docker.io", "registry-1.docker.io"],
        note=SURVIVED + ": compose tries to pull the locally built image's name first, is denied, and builds it; the job failed later in the build (the apt-get RUN step's exit code 100, past the quoted part)"),
    # --- the runner's pull and build retries ---------------------------------------------------------------------------
    own("EspressoSystems/cape#606", "build.tag_not_found",
        "Checking docker version\nClean up resources from previous jobs\nCreate local container network\nStarting job container\n  /usr/bin/docker --config /home/github-runner/actions-runner2/_work/_temp/.docker_6483f729-6de7-41fe-bbb6-3bf700243c7e login ghcr.io -u ancient123 --password-stdin\n  /usr/bin/docker --config /home/github-runner/actions-runner2/_work/_temp/.docker_6483f729-6de7-41fe-bbb6-3bf700243c7e pull ghcr.io/spectrumxyz/nix:main\n  Error response from daemon: manifest unknown\n  Warning: Docker pull failed with exit code 1, back off 9.789 seconds before retry.\n  /usr/bin/docker --config /home/github-runner/actions-runner2/_work/_temp/.docker_6483f729-6de7-41fe-bbb6-3bf700243c7e pull ghcr.io/spectrumxyz/nix:main\n  Error response from daemon: manifest unknown\n  Warning: Docker pull failed with exit code 1, back off 3.338 seconds before retry.\n  /usr/bin/docker --config /home/github-runner/actions-runner2/_work/_temp/.docker_6483f729-6de7-41fe-bbb6-3bf700243c7e pull ghcr.io/spectrumxyz/nix:main\n  Error response from daemon: manifest unknown\n  Error: Docker pull failed with exit code 1",
        host="ghcr.io", raw_is_log=True, also_ok=["registry.artifact_not_found"],
        note="the two warnings are the runner's retries of the same 'manifest unknown'; 'Tried twice. Same failure.': the job container's tag is not in the registry (the login before it succeeded)"),
    own("appleboy/scp-action#93", "build.tag_not_found",
        "Step 1/4 : FROM appleboy/drone-ssh:1.6.5-linux-amd64\n  manifest for appleboy/drone-ssh:1.6.5-linux-amd64 not found: manifest unknown: manifest unknown\n  Warning: Docker build failed with exit code 1, back off 3.173 seconds before retry.\n  /usr/bin/docker build -t 290506:7538295c195a41c1850f54c5c366d1a4 -f \"/home/runner/work/_actions/appleboy/ssh-action/master/Dockerfile\" \"/home/runner/work/_actions/appleboy/ssh-action/master\"\n  Sending build context to Docker daemon  298.5kB\n  \n  Step 1/4 : FROM appleboy/drone-ssh:1.6.5-linux-amd64\n  manifest for appleboy/drone-ssh:1.6.5-linux-amd64 not found: manifest unknown: manifest unknown\n  Warning: Docker build failed with exit code 1, back off 4.515 seconds before retry.",
        host_alt=["docker.io", "registry-1.docker.io"], also_ok=["registry.artifact_not_found"],
        note="the links GitHub put into the copied step numbers dropped (3.1[7](...)3 -> 3.173); the runner rebuilds the action's image and hits the same missing base tag each time: the action at @master names a tag its author had removed"),
    reg("addnab/docker-run-action#56", "registry", "registry.dockerhub_pull_limit", False, "service", "registry-1.docker.io",
        "Build container for action use: '/home/runner/actions-runner/_work/_actions/addnab/docker-run-action/v3/Dockerfile'.\n  /usr/bin/docker build -t 1ab39b:390e04087cdf481eaf9e0b48ef1db2be -f \"/home/runner/actions-runner/_work/_actions/addnab/docker-run-action/v3/Dockerfile\" \"/home/runner/actions-runner/_work/_actions/addnab/docker-run-action/v3\"\n  #0 building with \"default\" instance using docker driver\n  \n  #1 [internal] load build definition from Dockerfile\n  #1 transferring dockerfile:\n  #1 transferring dockerfile: 139B done\n  #1 DONE 0.2s\n  \n  #2 [internal] load .dockerignore\n  #2 transferring context: 2B done\n  #2 DONE 0.2s\n  \n  #3 [internal] load metadata for docker.io/library/docker:20.10\n  #3 ERROR: pulling from host registry-1.docker.io failed with status code [manifests 20.10]: 429 Too Many Requests\n  ------\n   > [internal] load metadata for docker.io/library/docker:20.10:\n  ------\n  Dockerfile:1\n  --------------------\n     1 | >>> FROM docker:20.10\n     2 |     \n     3 |     RUN apk add bash\n  --------------------\n  ERROR: failed to solve: docker:20.10: pulling from host registry-1.docker.io failed with status code [manifests 20.10]: 429 Too Many Requests\n  Warning: Docker build failed with exit code 1, back off 6.46 seconds before retry.",
        host_alt=["docker.io"], also_ok=["registry.rate_limited"],
        note="the empty links GitHub put into the copied log dropped (13[9]()B -> 139B); a self-hosted runner building the action's image anonymously from Docker Hub: the runner's back-off retries within seconds cannot outlast the pull limit"),
    # --- a login that failed, and what failed after it -----------------------------------------------------------------
    cred("WebThingsIO/gateway#2980", "credentials.unauthorized", "registry-1.docker.io",
        "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": unauthorized: please use personal access token to login\nError: Command failed: docker_buildx/scripts/docker_login.sh *** ***",
        cmd="node build.js", note="the wrapper's 'Command failed' is the login script; fixed by new secrets (a Docker Hub token instead of the password)"),
    cred("docker/login-action#95", "credentials.unauthorized", "registry-1.docker.io",
        "Run docker/login-action@v1\n  with:\n    username: ***\n    password: $***\n    logout: true\nLogging into Docker Hub...\nError: Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password",
        raw_is_log=True, note="the workflow has `password: $${{ secrets.DOCKER_PASSWORD }}` (one $ too many, visible as '$***'), so every login sends a wrong password"),
    cred("zembutsu/docs.docker.jp#307", "credentials.missing", "ghcr.io",
        "Run echo \"\" | docker login https://ghcr.io -u zembutsu --password-stdin\nError: Cannot perform an interactive login from a non TTY device\nError: Process completed with exit code 1.",
        raw_is_log=True, also_ok=["credentials.unauthorized"],
        note="the secret expanded to nothing (echo \"\"), so docker login falls back to a prompt the runner cannot answer"),
    cred("keikoproj/upgrade-manager#354", "credentials.missing", "auth.docker.io",
        "Error: buildx failed with: ERROR: failed to solve: failed to push master: \nfailed to authorize: failed to fetch oauth token: \n\nunexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Fmaster%3Apull%2Cpush&service=registry.docker.io: \n401 Unauthorized",
        raw_is_log=True, head=["Run docker/build-push-action@v4", "  with:", "    push: true"], also_ok=["credentials.unauthorized", "credentials.push_denied"],
        note="the PR: 'Docker login action was missing' (the push ran with no credentials); it adds docker/login-action before the build"),
    cred("shish/shimmie2#1255", "credentials.unauthorized", "auth.docker.io",
        "ERROR: failed to push shish2k/shimmie2:latest: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3A***%2Fshimmie2%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized",
        t="bk_final", also_ok=["credentials.push_denied"],
        note="the login step succeeded against the registry the workflow named; the values tried for DOCKER_REGISTRY were wrong, and the default (Docker Hub) fixed it: configuration"),
    cred("vegardit/docker-graalvm-maven#22", "credentials.missing", "index.docker.io",
        "Error: POST https://index.docker.io/v2/vegardit/graalvm-maven/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:vegardit/graalvm-maven Type:repository] map[Action:push Class: Name:vegardit/graalvm-maven Type:repository]]",
        cmd="docker run --rm -v $PWD:/work gcr.io/go-containerregistry/crane copy image.tar vegardit/graalvm-maven:latest",
        also_ok=["credentials.unauthorized", "credentials.push_denied"],
        note="the runner's docker login happened, but crane runs in a container that does not see the runner's config.json: the fix mounts the auth"),
    own("linuxacademy/content-gitops#97", "build.step_failed",
        "Run cd ./python\n  cd ./python\n  echo *** | docker login -u xsqian --password-stdin\n  docker image build -t xsqian/gitops:hellov1.0 .\n  docker push xsqian/gitops:hellov1.0\n  shell: /usr/bin/bash -e {0}\n  env:\n    pythonLocation: /opt/hostedtoolcache/Python/3.7.11/x64\n/home/runner/work/_temp/30d82465-db58-4fc4-8139-ed8d8f5762d6.sh: line 2: unexpected EOF while looking for matching `\"'\nError: Process completed with exit code 2.",
        raw_is_log=True, also_ok=["credentials.unauthorized"],
        note="the login, build and push never ran: the unquoted secret pasted into the script (masked as ***) carries a double quote, and bash stops at line 2. The script's quoting, the same every run"),
    cred("firstbatchxyz/dkn-compute-launcher#1", "credentials.unauthorized", "registry-1.docker.io",
        "Pulling the latest compute node image...\nError response from daemon: Head \"https://registry-1.docker.io/v2/firstbatch/dkn-compute-node/manifests/latest\": unauthorized: incorrect username or password\nError during pulling the latest compute node image",
        blame="local", note="the launcher's own error wraps the daemon's; the image is public, and 'docker logout' fixes it: stale credentials stored on the user's machine are sent with the pull"),
    cred("elgohr/Publish-Docker-Github-Action#85", "credentials.unauthorized", "registry-1.docker.io",
        "Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password",
        head=["Run elgohr/Publish-Docker-Github-Action@master"],
        note="the action's latest commit broke how it passed the password to docker login (working six hours earlier); the maintainer fixed the action: a re-run of the same broken revision fails the same way"),
    # --- registries and package indexes behind a retrying client -------------------------------------------------------
    net("capitalone/acronym-decoder#123", "connectivity.private_index_unreachable", False, "build", "artifactory.cloud.capitalone.com",
        "npm http fetch GET https://artifactory.cloud.capitalone.com/artifactory/api/npm/npm-internalfacing/@istanbuljs/schema/-/schema-0.1.3.tgz attempt 2 failed with ENOTFOUND\nnpm http fetch GET https://artifactory.cloud.capitalone.com/artifactory/api/npm/npm-internalfacing/@xtuc/long/-/long-4.2.2.tgz attempt 2 failed with ENOTFOUND\nnpm http fetch GET https://artifactory.cloud.capitalone.com/artifactory/api/npm/npm-internalfacing/@istanbuljs/load-nyc-config/-/load-nyc-config-1.1.0.tgz attempt 2 failed with ENOTFOUND\nnpm http fetch GET https://artifactory.cloud.capitalone.com/artifactory/api/npm/npm-internalfacing/@esbuild/win32-arm64/-/win32-arm64-0.18.17.tgz attempt 2 failed with ENOTFOUND\nnpm http fetch GET https://artifactory.cloud.capitalone.com/artifactory/api/npm/npm-internalfacing/@types/retry/-/retry-0.12.0.tgz attempt 2 failed with ENOTFOUND\nnpm http fetch GET https://artifactory.cloud.capitalone.com/artifactory/api/npm/npm-internalfacing/@esbuild/sunos-x64/-/sunos-x64-0.18.17.tgz attempt 2 failed with ENOTFOUND\nnpm http fetch GET https://artifactory.cloud.capitalone.com/artifactory/api/npm/npm-internalfacing/@types/retry/-/retry-0.12.0.tgz attempt 2 failed with ENOTFOUND",
        cmd="npm install --verbose", also_ok=["dns.no_such_host", "dns.resolve_failed"],
        note="npm's retries of every tarball: the lock file resolves them to Capital One's internal Artifactory, which no outside machine can resolve; the fix is the lock file, not a re-run"),
    net("elastic/logstash#14286", "connectivity.timeout", True, "service", "plugins.gradle.org",
        "* What went wrong:\nError resolving plugin [id: 'de.undercouch.download', version: '4.0.4']\n> Could not resolve all dependencies for configuration 'detachedConfiguration1'.\n   > Could not determine artifacts for de.undercouch.download:de.undercouch.download.gradle.plugin:4.0.4\n      > Could not get resource 'https://plugins.gradle.org/m2/de/undercouch/download/de.undercouch.download.gradle.plugin/4.0.4/de.undercouch.download.gradle.plugin-4.0.4.jar'.\n         > Could not HEAD 'https://plugins.gradle.org/m2/de/undercouch/download/de.undercouch.download.gradle.plugin/4.0.4/de.undercouch.download.gradle.plugin-4.0.4.jar'.\n            > Read timed out",
        cmd="./gradlew assemble", also_ok=["connectivity.client_timeout"],
        note="Gradle's nested causes end in the one that matters ('Read timed out' from the plugin portal); labelled test failure, 'when CI has some network issue ... the build fails', the fix asked for is retries"),
    net("burrunan/gradle-cache-action#16", "connectivity.reset", True, "service", "plugins.gradle.org",
        "FAILURE: Build failed with an exception.\n\n* What went wrong:\nA problem occurred configuring project ':buildSrc'.\n> Could not resolve all artifacts for configuration ':buildSrc:classpath'.\n   > Could not download bcprov-jdk15on-1.64.jar (org.bouncycastle:bcprov-jdk15on:1.64)\n      > Could not get resource 'https://plugins.gradle.org/m2/org/bouncycastle/bcprov-jdk15on/1.64/bcprov-jdk15on-1.64.jar'.\n         > Connection reset",
        cmd="./gradlew build", note="the maintainer files it as 'safe to retry': a reset while downloading from the plugin portal"),
    net("ucloud/ucloud-sdk-java#181", "connectivity.request_failed", True, "service", None,
        "Unresolveable build extension: Plugin org.sonatype.central:central-publishing-maven-plugin:0.8.0\n  or one of its dependencies could not be resolved\nFailed to read artifact descriptor for org.sonatype.central:central-publishing-maven-plugin:jar:0.8.0",
        cmd="mvn -B compile", host_alt=["repo.maven.apache.org"], also_ok=["connectivity.package_mirror"],
        note="reads like a missing plugin, but the PR: 'Maven simply could not fetch that plugin ... one network hiccup'; one of seven identical PRs hit it, and the fix retries the gate on resolution failures only"),
]
