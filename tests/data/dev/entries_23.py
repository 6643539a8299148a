"""Dev-set entries, batch 23 (package tools and downloads inside CI steps and Dockerfile RUN steps: npm, yarn classic and
berry, pnpm, private npm registries (Verdaccio, Nexus), pip, poetry and uv, apt, apk, dnf and yum, git clones of
dependencies, curl and wget; certificate and proxy errors, 5xx and 429 answers, DNS failures, and the build-itself
lookalikes: a typo'd or never-published package, a lockfile pinned to a private index, a download URL the repository
wrote wrong, an end-of-life distribution's mirrors, a sandbox that breaks the resolver's thread). `err` is verbatim
from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside
Markdown (backticks, ** bold) only that markup was dropped, and trailing blanks of TTY-padded lines were trimmed, never
a word of the log. Hosts follow the README's strict rule: a host is given only where a line of the log names it for
the failing call; an inferred one goes in host_alt. Labels were set from the threads before the matcher saw any of
these logs."""
# ruff: noqa: E501, RUF001
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"restraint-harness/restraint#244", "mattermost/mattermost-cloud#244"}

B = Batch(PULLS)
net = B.entry
bld = B.build_in


YUM_FAIL = (" One of the configured repositories failed (Unknown),\n and yum doesn't have enough cached data to continue. At this point the only\n"
            " safe thing yum can do is fail. There are a few ways to work \"fix\" this:")
CLONE3 = ("glibc 2.34+ creates the resolver's thread with clone3, which the Docker of that time's seccomp profile refused with "
          "EPERM: no name was ever looked up. Fixed by a newer Docker (or seccomp=unconfined), never by a re-run")
E429_NPM = "npm's registry answered 429 to CI fleets for a few hours ({when}); re-runs passed once npm's incident was over"
BERRY_TRACE = ("    at ClientRequest.<anonymous> (/Users/Jeffery/.yarn/releases/yarn-3.2.2.cjs:195:14361)\n"
               "    at Object.onceWrapper (node:events:628:26)\n    at ClientRequest.emit (node:events:525:35)")
PIP_RETRY = ("WARNING: Retrying (Retry(total={n}, connect=None, read=None, redirect=None, status=None)) after connection broken by "
             "'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/setuptools/")
YARN_WARN = "[0m[91mwarning There appears to be trouble with our server. Retrying...\n"

E = [
    # --- npm, yarn, pnpm: certificates, proxies, private registries -------------------------------------------------
    net("net_npm", "orbitdb/orbitdb#626", "connectivity", "connectivity.untrusted_certificate", False, "local", "registry.npmjs.org",
        "npm ERR! code SELF_SIGNED_CERT_IN_CHAIN\nnpm ERR! errno SELF_SIGNED_CERT_IN_CHAIN\nnpm ERR! request to https://registry.npmjs.org/lodash failed, reason: self signed certificate in certificate chain\n\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     /home/node/.npm/_logs/2019-05-15T08_47_21_915Z-debug.log",
        t="legacy_run", run="npm install",
        note="'This seems to be an environment issue' (Windows hosts whose network re-signs TLS; see docker/for-win#4324): the build container lacks that CA, every run"),
    net("net_npm", "npm/cli#7991", "connectivity", "connectivity.untrusted_certificate", False, "local", "registry.npmjs.org",
        "npm error code UNABLE_TO_GET_ISSUER_CERT_LOCALLY\nnpm error errno UNABLE_TO_GET_ISSUER_CERT_LOCALLY\nnpm error request to https://registry.npmjs.org/serve failed, reason: unable to get local issuer certificate\nnpm error A complete log of this run can be found in: /root/.npm/_logs/2024-12-18T17_11_12_349Z-debug-0.log",
        t="bk_raw", run="npm install -g serve",
        note="docker/welcome-to-docker built unmodified; 're-ran the same command ... got the same result': the machine's TLS-inspecting network, not npm (closed without an npm change)"),
    net("net_npm", "pnpm/pnpm#6434", "connectivity", "connectivity.timeout", False, "local", "registry.npmjs.org",
        " WARN  GET https://registry.npmjs.org/@babel%2Fcore error (ERR_SOCKET_TIMEOUT). Will retry in 10 seconds. 2 retries left.\n WARN  GET https://registry.npmjs.org/@babel%2Fpreset-env error (ERR_SOCKET_TIMEOUT). Will retry in 10 seconds. 2 retries left.\n WARN  GET https://registry.npmjs.org/@babel%2Fpreset-typescript error (ERR_SOCKET_TIMEOUT). Will retry in 10 seconds. 2 retries left.\n WARN  GET https://registry.npmjs.org/@cloudflare%2Fworkers-types error (ERR_SOCKET_TIMEOUT). Will retry in 10 seconds. 2 retries left.",
        cmd="pnpm install",
        note="'npm install works fine, but pnpm install does not', every time: the fixes in the thread are the machine's (disable IPv6, a Warp/proxy client, a lower fetch concurrency, another pnpm version)"),
    net("net_npm", "verdaccio/verdaccio#1390", "connectivity", "connectivity.proxy_misconfigured", False, "local", "localhost:4873",
        "8 http fetch GET 502 http://localhost:4873/lodash 71953ms attempt #3\n9 silly fetchPackageMetaData error for lodash@latest 502 cannotconnect: lodash@latest\n10 timing stage:rollbackFailedOptional Completed in 1ms\n11 timing stage:runTopLevelLifecycles Completed in 72326ms\n12 verbose stack Error: 502 cannotconnect: lodash@latest",
        cmd="npm install lodash --registry http://localhost:4873", host_alt=["localhost"], also_ok=["connectivity.package_mirror"],
        note="titled 'uplink behind a proxy': the local Verdaccio cannot reach its npmjs uplink because the proxy is set only in the user's shell, not in Verdaccio's uplink config"),
    net("net_npm", "verdaccio/verdaccio#1703", "connectivity", "connectivity.package_mirror", True, "service", "private_registry.com",
        "npm verb type Error\nnpm verb stack Error: 500 Internal Server Error: multer@http://private_registry.com/multer/-/multer-1.4.2.tgz",
        cmd="npm install",
        note="titled 'host registry.npmjs.org is now offline': the production Verdaccio marks its uplink offline after failed fetches and answers 500 'for some requests' until it probes again"),
    net("net_npm", "verdaccio/verdaccio#1025", "connectivity", "connectivity.package_mirror", True, "service", "verdaccio.internal",
        "yarn install v1.3.2\n[1/4] Resolving packages...\n[2/4] Fetching packages...\n[91mwarning There appears to be trouble with our server. Retrying...\n" + YARN_WARN * 7
        + "[0m[91merror An unexpected error occurred: \"http://verdaccio.internal/moment/-/moment-2.22.1.tgz: Request failed \\\"500 Internal Server Error\\\"\".",
        cmd="yarn install",
        note="titled '500 Internal Server Error recurrent issue': 'I often get this error' from the team's Verdaccio for one tarball; not every run (the [91m/[0m are the log's own colour codes)"),
    net("net_npm", "RusticiSoftware/TinCanJS#156", "connectivity", "connectivity.package_mirror", True, "service", "nexus-nexus.delivery.squads-dev.com",
        "npm ERR! code E503\nnpm ERR! 503 Service Unavailable - GET https://nexus-nexus.delivery.squads-dev.com/repository/npm-proxy/tincanjs\n\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     /Users/krkumar/.npm/_logs/2019-09-10T16_20_28_058Z-debug.log",
        cmd="npm install tincanjs",
        note="'a communication failure with the particular server that is acting as a proxy for NPM': the company's Nexus npm-proxy answered 503"),
    net("net_npm", "npm/npm#20904", "connectivity", "connectivity.package_mirror", True, "service", "registry.npmjs.org",
        "An unexpected error occurred: \"https://registry.npmjs.org/classnames/-/classnames-2.2.5.tgz: Request failed \\\"503 Service Unavailable\\\"\".",
        cmd="yarn install",
        note="'Our Appveyor CI builds are triggering intermittent 503 responses from the registry'; npm's status page later posted the incident (the inline backticks dropped)"),
    net("net_npm", "npm/cli#836", "connectivity", "connectivity.rate_limited", True, "service", "registry.npmjs.org",
        "Step 8/11 : RUN npm ci\n ---> Running in 87051ac87a51\nnpm ERR! code E429\nnpm ERR! 429 Too Many Requests - GET https://registry.npmjs.org/@types/xxhashjs/-/xxhashjs-0.2.1.tgz\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     /root/.npm/_logs/2020-02-17T11_49_35_151Z-debug.log\nThe command '/bin/sh -c npm ci' returned a non-zero code: 1\nERROR: Job failed: exit code 1",
        raw_is_log=True, also_ok=["registry.rate_limited"], note=E429_NPM.format(when="2020-02-17, 'any of our CI tasks running in AWS'")),
    net("net_npm", "SwissDataScienceCenter/renku-ui#3824", "connectivity", "connectivity.rate_limited", True, "service", None,
        "npm error code E429\nnpm error 429 Too Many Requests",
        cmd="npm ci", host_alt=["registry.npmjs.org"], also_ok=["registry.rate_limited"],
        note=E429_NPM.format(when="2025-08-26; 'resolved' with a status.npmjs.org incident link") + "; no line names the registry"),
    net("net_npm", "npm/cli#803", "connectivity", "connectivity.package_mirror", True, "service", None,
        "npm ERR! code E404\nnpm ERR! 404 Not Found: error-inject@^1.0.0",
        cmd="npm install error-inject", host_alt=["registry.npmjs.org"],
        note="a 404 that is the registry's fault: npm's status page: 404s 'on packages with `error` in their name ... something to do with our Content Delivery Network'; the package exists"),
    net("net_npm", "npm/cli#8138", "dns", "dns.temporary_failure", True, "local", "registry.npmjs.org",
        "229.9 npm error code EAI_AGAIN\n229.9 npm error syscall getaddrinfo\n229.9 npm error errno EAI_AGAIN\n229.9 npm error request to https://registry.npmjs.org/serve failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org",
        t="bk_raw", run="npm install -g serve",
        note="Docker Desktop's sample build: the build container's resolver answered EAI_AGAIN (the ** bold dropped); no fix in the thread"),
    net("net_npm", "yarnpkg/berry#5340", "dns", "dns.no_such_host", False, "local", "registry.yarnpkg.com",
        "➤ YN0000: ┌ Resolution step\n\n➤ YN0001: │ RequestError: getaddrinfo ENOTFOUND registry.yarnpkg.com\n\n" + BERRY_TRACE,
        cmd="yarn", also_ok=["dns.resolve_failed"],
        note="the maintainer: 'looks like you are having a DNS issue on your end and are unable resolve registry.yarnpkg.com'; closed as not Yarn's"),
    # --- npm: the build's own package names ----------------------------------------------------------------------------
    bld("net_npm", "ember-cli/ember-cli-eslint#218", "build.package_not_found",
        "Registry returned 404 for GET on https://registry.npmjs.org/embre-cli-eslint\nError: Registry returned 404 for GET on https://registry.npmjs.org/embre-cli-eslint",
        host="registry.npmjs.org", cmd="ember install embre-cli-eslint@3",
        note="the command says embre-cli-eslint for ember-cli-eslint: a typo'd package name (titled 'npm registry 404')"),
    bld("net_npm", "emonney/ngx-toasta#8", "build.package_not_found",
        "7 http fetch GET 404 https://registry.npmjs.org/ngx-tosta 682ms\n8 http fetch GET 404 https://registry.npmjs.org/ngx-tosta 614ms\n9 silly fetchPackageMetaData error for ngx-tosta@latest 404 Not Found - GET https://registry.npmjs.org/ngx-tosta - Not found\n10 timing stage:rollbackFailedOptional Completed in 1ms\n11 timing stage:runTopLevelLifecycles Completed in 2441ms\n12 verbose stack Error: 404 Not Found - GET https://registry.npmjs.org/ngx-tosta - Not found",
        host="registry.npmjs.org", cmd="npm install ngx-tosta",
        note="the package is ngx-toasta; the install asked for ngx-tosta"),
    bld("net_npm", "opsworks-co/origin-cli#3", "build.package_not_found",
        "npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/@anthropic%2forigin-cli - Not found\nnpm error 404\nnpm error 404  '@anthropic/origin-cli@*' is not in this registry.\nnpm error 404\nnpm error 404 Note that you can also install from a\nnpm error 404 tarball, folder, http url, or git url.\nnpm error A complete log of this run can be found in: /home/dipankar/.npm/_logs/2026-03-25T06_17_11_515Z-debug-0.log",
        host="registry.npmjs.org", cmd="npm i -g @anthropic/origin-cli",
        note="titled 'NPM registry does not exists': the name the README gives was never published"),
    # --- pip, poetry, uv ----------------------------------------------------------------------------------------------
    net("net_pip", "python-poetry/poetry#6009", "connectivity", "connectivity.timeout", True, "service", "pypi.org",
        "× pip subprocess to install build dependencies did not run successfully.\n    │ exit code: 1\n    ╰─> [7 lines of output]\n        "
        + "\n        ".join(PIP_RETRY.format(n=n) for n in (4, 3, 2, 1)),
        t="legacy_run", run="poetry install --only main",
        note="the sdist's build-dependency pip (not poetry's REQUESTS_TIMEOUT) timing out on pypi.org from a slow link; the quote stops at the last whole line"),
    net("net_pip", "pypi/support#10270", "connectivity", "connectivity.timeout", False, "local", "pypi.org",
        "error: Request failed after 3 retries\n  Caused by: Failed to fetch: `https://pypi.org/simple/urllib3/`\n  Caused by: error sending request for url (https://pypi.org/simple/urllib3/)\n  Caused by: client error (Connect)\n  Caused by: operation timed out",
        cmd="uv sync",
        note="'Any connection to the server other than the browser does not work': the reporter's network; closed as a Network Access issue to re-file with diagnostics"),
    net("net_pip", "astral-sh/uv#1549", "connectivity", "connectivity.timeout", True, "local", None,
        "320.0 error: Failed to download distributions\n320.0   Caused by: Failed to fetch wheel: scikit-image==0.21.0\n320.0   Caused by: Failed to extract source distribution: request or response body error: operation timed out\n320.0   Caused by: request or response body error: operation timed out\n320.0   Caused by: operation timed out",
        t="bk_raw", run="uv pip install --system -r requirements.txt", host_alt=["files.pythonhosted.org"],
        note="'On an internet connection with slow downloads ... often seems to lead to a timeout': uv's hard-coded 5-minute read timeout (UV_HTTP_TIMEOUT came later); no line names the index"),
    bld("net_pip", "mvilanova/intervals-mcp-server#23", "build.lockfile_private_index",
        "Resolved 37 packages in 6ms\n      Built intervals-mcp-server @ file:///Users/myname/source/intervals-mcp-server\n  × Failed to download `certifi==2025.4.26`\n  ├─▶ Failed to fetch: `https://pypi.netflix.net/packages/18638484694/certifi-2025.4.26-py3-none-any.whl`\n  ├─▶ Request failed after 3 retries\n  ├─▶ error sending request for url (https://pypi.netflix.net/packages/18638484694/certifi-2025.4.26-py3-none-any.whl)\n  ╰─▶ operation timed out\n  help: `certifi` (v2025.4.26) was included because `intervals-mcp-server` (v0.1.0) depends on `httpx` (v0.28.1) which depends on `certifi`",
        host="pypi.netflix.net", cmd="uv sync",
        note="a timeout that is the repository's: the committed uv.lock points at a company-internal PyPI mirror (pypi.netflix.net) nobody outside can reach; the previous lock worked"),
    bld("net_pip", "docker/docs#12736", "build.package_not_found",
        "#12 7.813 ERROR: Could not find a version that satisfies the requirement cloud-init==20.4\n#12 7.814 ERROR: No matching distribution found for cloud-init==20.4",
        t="bk_raw", run="pip3 install -r requirements.txt", host_alt=["pypi.org"],
        note="requirements.txt came from a host's pip freeze, which lists the distro's cloud-init 20.4 (/usr/lib/python3/dist-packages); that version is not on PyPI. 'Fix this issue' in the file"),
    net("net_pip", "alephdata/aleph#424", "dns", "dns.temporary_failure", False, "local", None,
        "Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.VerifiedHTTPSConnection object at 0x7feced0e0790>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution',)': /simple/six/\nRetrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.VerifiedHTTPSConnection object at 0x7feced0e08d0>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution',)': /simple/six/",
        t="legacy_run", run="pip install --upgrade -r /tmp/requirements-generic.txt && rm -rf /root/.cache", host_alt=["pypi.org"],
        note="'in this case i had to restart Docker, so it got resolved': the daemon's DNS for build containers; the reporter asks which domain failed, since no line names it"),
    # --- apt, apk, dnf, yum ---------------------------------------------------------------------------------------------
    net("net_apt", "moby/moby#23203", "connectivity", "connectivity.package_mirror", True, "service", "apt.dockerproject.org",
        "W: Failed to fetch https://apt.dockerproject.org/repo/dists/ubuntu-trusty/main/binary-amd64/Packages  Hash Sum mismatch\n\nE: Some index files failed to download. They have been ignored, or old ones used instead.",
        cmd="sudo apt-get update",
        note="Docker's own apt repository published index files whose hashes did not match for every distribution at once on 2016-06-02 (Travis CI among them); 'the repo needs administrative action', fixed on Docker's side"),
    net("net_apt", "google/android-emulator-container-scripts#74", "connectivity", "connectivity.proxy_misconfigured", False, "local", "cdn-fastly.deb.debian.org",
        "Automatically disabled Acquire::http::Pipeline-Depth due to incorrect response from server/proxy\n...\nFailed to fetch http://cdn-fastly.deb.debian.org/debian/pool/main/p/python-defaults/libpython-stdlib_2.7.13-2_amd64.deb Hash Sum mismatch",
        t="legacy_run", run="apt-get install -y python-pip python-dev build-essential", also_ok=["connectivity.package_mirror"],
        note="'Due to my networking misconfiguration': a proxy mangling pipelined HTTP; fixed by Acquire::http::Pipeline-Depth 0 and No-Cache in the Dockerfile (the '...' is the reporter's own cut)"),
    net("net_rpm", "restraint-harness/restraint#244", "local", "local.seccomp_clone3", False, "local", None,
        "Errors during downloading metadata for repository 'fedora-cisco-openh264':\n  - Curl error (6): Couldn't resolve host name for https://mirrors.fedoraproject.org/metalink?repo=fedora-cisco-openh264-rawhide&arch=x86_64 [getaddrinfo() thread failed to start]",
        cmd="docker exec rawhide dnf -y makecache", host_alt=["mirrors.fedoraproject.org"],
        note="Rawhide containers on GitHub Actions' Ubuntu 20.04 Docker: " + CLONE3 + " (the PR runs the CI containers without seccomp)"),
    net("net_curl", "moby/moby#42680", "local", "local.seccomp_clone3", False, "local", None,
        "curl: (6) getaddrinfo() thread failed to start",
        cmd="docker run -it registry.fedoraproject.org/fedora:rawhide  curl google.com", host_alt=["google.com"],
        note="a curl exit 6 that is no DNS failure: " + CLONE3 + " (fixed by moby/moby#42681)"),
    net("net_rpm", "PoCInnovation/SmartShark#3", "dns", "dns.resolve_failed", False, "local", "mirrors.fedoraproject.org",
        "Fedora 35 - x86_64                              0.0  B/s |   0  B     04:00\nErrors during downloading metadata for repository 'fedora':\n  - Curl error (6): Couldn't resolve host name for https://mirrors.fedoraproject.org/metalink?repo=fedora-35&arch=x86_64 [Could not resolve host: mirrors.fedoraproject.org]\nError: Failed to download metadata for repo 'fedora': Cannot prepare internal mirrorlist: Curl error (6): Couldn't resolve host name for https://mirrors.fedoraproject.org/metalink?repo=fedora-35&arch=x86_64 [Could not resolve host: mirrors.fedoraproject.org]",
        t="legacy_run", run="dnf -y install wireshark", also_ok=["dns.no_such_host"],
        note="'I had an old configuration in /etc/resolv.conf now it's working': the builder host's resolver, every run until fixed"),
    bld("net_rpm", "pytorch/builder#1905", "build.distro_eol",
        "#11 [common  2/18] RUN yum install -y         aclocal         autoconf         automake         bison         bzip2         curl         diffutils         file         git         make         patch         perl         unzip         util-linux         wget         which         xz         yasm\n#11 0.552 Loaded plugins: fastestmirror, ovl\n#11 0.658 Determining fastest mirrors\n#11 0.671 Could not retrieve mirrorlist http://mirrorlist.centos.org/?release=7&arch=x86_64&repo=os&infra=container error was\n#11 0.671 14: curl#6 - \"Could not resolve host: mirrorlist.centos.org; Unknown error\"\n#11 0.673 \n#11 0.673 \n"
        + "\n".join("#11 0.673 " + x for x in YUM_FAIL.splitlines()),
        host="mirrorlist.centos.org", cmd="docker build -t pytorch/manylinux-builder:cuda12.4 -f manywheel/Dockerfile .",
        note="titled 'mirrorlist.centos.org no longer online': CentOS 7 reached end of life on 2024-06-30 and its mirrorlist host was removed from DNS; fixed by pointing yum at vault.centos.org"),
    bld("net_rpm", "CentOS/sig-cloud-instance-images#176", "build.distro_eol",
        "Loaded plugins: fastestmirror, ovl\nSetting up Update Process\nError: Cannot retrieve repository metadata (repomd.xml) for repository: base. Please verify its path and try again\nYumRepo Error: All mirror URLs are not using ftp, http[s] or file.\n Eg. Invalid release/repo/arch combination/\nremoving mirrorlist with no valid mirrors: /var/cache/yum/x86_64/6/base/mirrorlist.txt",
        t="legacy_run", run="yum update", host_alt=["mirrorlist.centos.org"],
        note="'CentOS 6 is EOL and it's moved to vault for a reason': the mirrorlist returns no mirrors for an end-of-life release"),
    net("net_rpm", "webdevops/Dockerfile#222", "connectivity", "connectivity.timeout", True, "service", "mirror.webtatic.com",
        "Could not retrieve mirrorlist https://mirror.webtatic.com/yum/el7/x86_64/mirrorlist error was\n12: Timeout on https://mirror.webtatic.com/yum/el7/x86_64/mirrorlist: (28, 'Operation timed out after 30001 milliseconds with 0 out of 0 bytes received')\n\n" + YUM_FAIL,
        t="legacy_run", run="yum -y install php70w php70w-opcache",
        note="the third-party Webtatic repository's mirrorlist did not answer within curl's 30 s (labelled needs investigation; no change in the repository)"),
    net("net_apk", "robburger/terraform-pr-commenter#29", "connectivity", "connectivity.package_mirror", True, "service", None,
        "Step 3/6 : RUN apk add --no-cache -q     bash     curl     jq\n   ---> Running in ae6d5c417541\n    bash (no such package):\n  ERROR: unable to select packages:\n      required by: world[bash]\n    curl (no such package):\n      required by: world[curl]\n    jq (no such package):\n      required by: world[jq]\nThe command '/bin/sh -c apk add --no-cache -q     bash     curl     jq' returned a non-zero code: 3\n  Warning: Docker build failed with exit code 3, back off 5.943 seconds before retry.",
        head=["Build container for action use: '/home/runner/work/_actions/robburger/terraform-pr-commenter/v1.5.0/Dockerfile'."],
        host_alt=["dl-cdn.alpinelinux.org"],
        note="'no such package' that is an outage: 'https://dl-cdn.alpinelinux.org is now unavailable' (curl -I: HTTP/2 503); apk -q hid the fetch lines, so no line names the mirror"),
    bld("net_apk", "juliogomez/devops#4", "build.package_not_found",
        "Step 4/9 : RUN apk add -U         python         py-pip         ca-certificates   && rm -rf /var/cache/apk/*   && pip install --no-cache-dir           setuptools           wheel\n ---> Running in 3bfd0436a3c1\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.16/main/aarch64/APKINDEX.tar.gz\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.16/community/aarch64/APKINDEX.tar.gz\nERROR: unable to select packages:\n  python (no such package):\n    required by: world[python]",
        cmd="docker build -t configt/pi_myhero_spark .", host_alt=["dl-cdn.alpinelinux.org"],
        note="the maintainer: 'The problem is in the latest alpine version, solved by specifying alpine:3.11': the unpinned FROM alpine no longer has a `python` package"),
    # --- git clones of dependencies --------------------------------------------------------------------------------------
    net("net_git", "bilibili/ijkplayer#4925", "connectivity", "connectivity.eof", True, "service", None,
        "== pull ffmpeg base ==\nCloning into 'extra/ffmpeg'...\nremote: Enumerating objects: 538960, done.\nerror: RPC failed; curl 18 transfer closed with outstanding read data remaining\nfatal: the remote end hung up unexpectedly\nfatal: early EOF\nfatal: index-pack failed",
        cmd="./init-ios.sh", host_alt=["github.com"], also_ok=["connectivity.reset"],
        note="a 540k-object clone cut short mid-pack; 'I switched to another computer and it worked'; no line names the remote"),
    # --- curl and wget downloads -----------------------------------------------------------------------------------------
    net("net_curl", "mattermost/mattermost-cloud#244", "connectivity", "connectivity.reset", True, "service", None,
        "curl: (56) OpenSSL SSL_read: SSL_ERROR_SYSCALL, errno 104",
        cmd="make e2e",
        note="'we saw several failures due to the issue' in the pipeline; the PR forces a fresh connection per request and re-triggers the pipeline to see whether it recurs"),
    net("net_curl", "curl/curl#9168", "connectivity", "connectivity.proxy_misconfigured", False, "local", "github.com:443",
        "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to github.com:443",
        cmd="yay -S mendeley-fcitx", host_alt=["github.com"], also_ok=["connectivity.reset"],
        note="'I think I've skipped this question when I switched to another proxy node'; closed: 'No evidence this is anything other than an issue with OP's proxy'"),
    bld("net_curl", "cachethq/Docker#297", "build.download_not_found",
        "--2018-06-01 15:04:29--  https://github.com/cachethq/Cachet/archive/2.3.14.tar.gz\nResolving github.com... 192.30.253.113, 192.30.253.112\nConnecting to github.com|192.30.253.113|:443... connected.\nHTTP request sent, awaiting response... 302 Found\nLocation: https://codeload.github.com/CachetHQ/Cachet/tar.gz/2.3.14 [following]\n--2018-06-01 15:04:29--  https://codeload.github.com/CachetHQ/Cachet/tar.gz/2.3.14\nResolving codeload.github.com... 192.30.253.120, 192.30.253.121\nConnecting to codeload.github.com|192.30.253.120|:443... connected.\nHTTP request sent, awaiting response... 404 Not Found\n2018-06-01 15:04:29 ERROR 404: Not Found.",
        host="codeload.github.com", t="legacy_run", run="wget https://github.com/cachethq/Cachet/archive/${cachet_ver}.tar.gz &&     tar xzvf ${cachet_ver}.tar.gz --strip-components=1",
        host_alt=["github.com"], note="'my bad, use version like \"v2.3.14\"': the build arg named a tag without its v prefix"),
    bld("net_curl", "javahippie/geth-dev#4", "build.download_not_found",
        "--2018-06-30 18:58:18--  https://gethstore.blob.core.windows.net/builds/\nResolving gethstore.blob.core.windows.net (gethstore.blob.core.windows.net)... 40.113.27.176\nConnecting to gethstore.blob.core.windows.net (gethstore.blob.core.windows.net)|40.113.27.176|:443... connected.\nHTTP request sent, awaiting response... 404 The specified resource does not exist.\n2018-06-30 18:58:19 ERROR 404: The specified resource does not exist..",
        host="gethstore.blob.core.windows.net", t="legacy_run", run="wget \"https://gethstore.blob.core.windows.net/builds/$binary\"",
        note="the URL ends at /builds/: the Dockerfile's $binary expanded to nothing, so the blob store 404s the bare container path"),
    bld("net_curl", "doodlewind/MiyooSDK#4", "build.download_not_found",
        "--2023-06-24 23:59:58--  https://fe-lab.gaoding.com/miyoo/toolchain.tar.gz\nResolvendo fe-lab.gaoding.com (fe-lab.gaoding.com)... 180.163.40.38, 180.163.40.37, 180.163.40.41, ...\nConectando-se a fe-lab.gaoding.com (fe-lab.gaoding.com)|180.163.40.38|:443... conectado.\nA requisição HTTP foi enviada, aguardando resposta... 404 Not Found\n2023-06-25 00:00:02 ERRO 404: Not Found.",
        host="fe-lab.gaoding.com", t="legacy_run", run="wget https://fe-lab.gaoding.com/miyoo/toolchain.tar.gz",
        note="the author: 'I am no longer working in Gaoding so I am unable to find the toolchain package back': the URL the Dockerfile hard-codes is gone for good (a Portuguese-locale wget)"),
]
