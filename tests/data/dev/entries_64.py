"""Dev-set entries, batch 64 (package managers in CI jobs and inside Dockerfile RUN steps, the upstreams' side beside the
runners' and the builds' own. Upstreams: yarn's `There appears to be trouble with your network connection` ending in
ESOCKETTIMEDOUT on Buildkite and a macOS runner, registry.yarnpkg.com answering 502 to a CircleCI job, npm's
`ECONNRESET`/`network aborted` on a GitHub-hosted runner, 2025's E429 burst from registry.npmjs.org, a 503 to an npm
publish, pnpm's fetch timeout in a docker smoke test and a private registry's 408 it survived; pip's ReadTimeoutError
against files.pythonhosted.org under ninja and against a university mirror in a docker build, PyPI's 2018 `Backend is
unhealthy` 503s and 2026's Fastly node answering `too many 502 error responses`; azure.archive.ubuntu.com refusing
connections, packages.microsoft.com's `Mirror sync in progress?`, Alpine's CDN down for GitLab CI, Fedora's metalink
answering 503 in Cloud Build; an ETARGET while a monorepo release was still being published and a wheel its
maintainers re-uploaded under the same version. Runners and their networks: a 32-bit Alpine 3.13 image on a host whose
libseccomp predates time64 (read as apk's `temporary error`), a sandbox clock hours behind (`Release file ... is not
valid yet`), EAI_AGAIN from docker's bridge network under gitkube and Coolify, a private registry mirror that never
synced a version, a TLS-intercepting proxy behind yarn 1.17.3, pip 20.3's `ProxyError('Cannot connect to proxy.')`.
About a third are the build's own mistakes that read like infrastructure: pre-commit.ci's hooks with no network at run
time (EAI_AGAIN, `dns error`), apt 404s from a runner image's stale index, EOL CentOS Stream 8 and Debian buster, an
npm package name with a typo, a pinned version the base image's Python cannot get, a GitHub Packages dependency
without a token, pnpm/action-setup's old self-installer on Node 20 (`ERR_INVALID_THIS`), npm 7's socket-timeout bug,
lockfiles out of step for npm, pnpm and yarn (Travis's three retries included), `--require-hashes` without pins and a
pip cache holding a corrupt wheel.) `err` is verbatim from the source (a GitHub thread found with the search tool's
`issues` corpus); where a thread quoted a log inside Markdown (backticks, GitHub's line-number links inside a pasted
line) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into
the reporter's own words or is cut, the entry stops at the last whole log line. Elisions ('...') inside a quote are
the reporters' own. Hosts follow the README's strict rule: a host is given only where a line of the log names it for
the failing call; an inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before the
matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"link-assistant/hive-mind#1904", "mike840609/assets_tracker#673", "AppDaemon/appdaemon#1169",
         "elastic/apm-agent-nodejs#3318", "JamieMason/syncpack-github-action#1", "tabrindle/envinfo#162",
         "GoogleCloudPlatform/k8s-config-connector#1785", "jina-ai/serve#755"}  # fmt: skip

B = Batch(PULLS)
pm = B.family("package_managers")
bld = B.build("package_managers")

NPMJS = "registry.npmjs.org"
YARNPKG = "registry.yarnpkg.com"
PYFILES = "files.pythonhosted.org"
YARN_RETRY = "info There appears to be trouble with your network connection. Retrying..."
PIP_PROXY = "WARNING: Retrying (Retry(total={n}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProxyError('Cannot connect to proxy.', OSError(0, 'Error'))': /simple/jupyterlab/"
FROZEN = "error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`."
EOL = "build.distro_eol"

E = [
    # --- npm / yarn / pnpm: the registries' side -------------------------------------------------------------------------
    pm("opstrace/opstrace#873", "connectivity", "connectivity.yarn_retries", True, "service", YARNPKG,
       "[3/5] Fetching packages...\n" + "\n".join([YARN_RETRY] * 5) + "\nerror An unexpected error occurred: \"https://registry.yarnpkg.com/@material-ui/icons/-/icons-4.11.2.tgz: ESOCKETTIMEDOUT\".",
       raw_is_log=True, also_ok=["connectivity.timeout"],
       note="labelled ci-instability: the Buildkite PR builds' yarn install times out fetching tarballs from registry.yarnpkg.com with elevated frequency for a few days; 'A manual build retry has helped', so an upstream/network flake, not the build"),
    pm("microsoft/react-native-test-app#157", "connectivity", "connectivity.yarn_retries", True, "service", YARNPKG,
       "\n".join([YARN_RETRY] * 4) + "\nerror An unexpected error occurred: \"https://registry.yarnpkg.com/rxjs/-/rxjs-5.5.12.tgz: ESOCKETTIMEDOUT\".\ninfo If you think this is a bug, please open a bug report with the information provided in \"/Users/runner/runners/2.263.0/work/react-native-test-app/react-native-test-app/yarn-error.log\".\ninfo Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.",
       cmd="yarn", also_ok=["connectivity.timeout"],
       note="'CI builds fail randomly' on the macOS runners with yarn's socket timeout; the maintainer: 'This is a host-side issue', worked around by caching node_modules, so a re-run usually passes"),
    pm("yarnpkg/yarn#9095", "connectivity", "connectivity.package_mirror", True, "service", YARNPKG,
       "yarn install v1.22.19\n[1/4] Resolving packages...\n[2/4] Fetching packages...\n"
       r'error An unexpected error occurred: "https://registry.yarnpkg.com/@aws-crypto/sha256-js/-/sha256-js-3.0.0.tgz: Request failed \"502 Bad Gateway\"".'
       "\ninfo If you think this is a bug, please open a bug report with the information provided in \"/home/circleci/repo/yarn-error.log\".\ninfo Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.",
       raw_is_log=True, also_ok=["registry.server_error", "connectivity.server_error"],
       note="2024-08-29: a CircleCI job's yarn install gets random 502s from registry.yarnpkg.com; another user: 'Happening here as well, 2 random builds failed with 502 error ... succeeds later'"),
    pm("link-assistant/hive-mind#1904", "connectivity", "connectivity.reset", True, "service", None,
       "npm error code ECONNRESET\nnpm error network aborted\n##[error]Process completed with exit code 1.",
       raw_is_log=True, host_alt=[NPMJS], also_ok=["connectivity.eof", "connectivity.stream_reset"],
       note="a false positive on main: the registry connection was dropped mid-download on the GitHub-hosted runner while the sibling job installed the same dependencies in the same run; the PR wraps npm install/ci in a retry (no host is named in the log)"),
    pm("nodejs/node#59620", "connectivity", "connectivity.rate_limited", True, "service", NPMJS,
       "npm error code E429\nnpm error 429 Too Many Requests - GET https://registry.npmjs.org/yargs-parser/-/yargs-parser-21.0.1.tgz",
       cmd="npm ci", also_ok=["registry.rate_limited"],
       note="August 2025: GitHub Actions jobs across repositories got intermittent 403/429 from the npm registry (a ticket went to npm support); 'A couple of retries seem to work around this'"),
    pm("open-sauced/pizza-cli#46", "connectivity", "connectivity.package_mirror", True, "service", NPMJS,
       "'npm ERR! 503 Service Unavailable - PUT https://registry.npmjs.org/pizza - Service Unavailable\\n'",
       also_ok=["registry.server_error", "connectivity.server_error"],
       note="the releaser job's npm publish got 503s the day npm had a service outage; 'Looks like this has resolved on it's own', the next release run published the package and the tag"),
    pm("mike840609/assets_tracker#673", "connectivity", "connectivity.timeout", True, "service", NPMJS,
       "[WARN] GET https://registry.npmjs.org/next/-/next-16.2.11.tgz error (23). Will retry in 1 minute. 1 retries left.\n[23] The operation was aborted due to timeout\nTimeoutError: The operation was aborted due to timeout",
       raw_is_log=True, also_ok=["connectivity.client_timeout"],
       note="the docker smoke test's pnpm install blew through its 60s fetch timeout and retries on a slow runner: 'the only failure in the last 15 runs ... nothing was wrong with the lockfile or the Dockerfile'; the PR raises fetchTimeout/fetchRetries"),
    pm("pnpm/pnpm#3387", "connectivity", "connectivity.timeout", True, "service", None,
       "16:28:48  Progress: resolved 356, reused 0, downloaded 355, added 0\n16:28:48  Progress: resolved 357, reused 0, downloaded 355, added 0\n16:28:50  Progress: resolved 358, reused 0, downloaded 358, added 0\n16:33:50   WARN  GET https://<redacted>/@types/undertaker/-/undertaker-1.2.0.tgz error (ERR_PNPM_FETCH_408). Will retry in 10 seconds. 2 retries left.\n16:33:51  Progress: resolved 359, reused 0, downloaded 358, added 0\n16:33:52  Progress: resolved 440, reused 0, downloaded 405, added 0\n16:33:52  Progress: resolved 440, reused 0, downloaded 406, added 0",
       raw_is_log=True, fatal=False, also_ok=["connectivity.package_mirror"],
       note="a Rush/pnpm CI install stalls five minutes on a tarball, gets 408 from the (redacted) registry and carries on after the retry; the maintainer: 'the registry responded with a 408 ... Seems like a registry issue' (the host is masked, so none)"),
    # --- pip: PyPI, its CDN and mirrors ----------------------------------------------------------------------------------------
    pm("project-chip/connectedhomeip#74369", "connectivity", "connectivity.timeout", True, "service", PYFILES,
       "FAILED: [code=1] python/gen/third_party/connectedhomeip/third_party/pigweed/repo/pw_env_setup/pigweed_build_venv/compiled_requirements.txt\n...\nTimeoutError: The read operation timed out\npip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out.\nninja: build stopped: subcommand failed.",
       raw_is_log=True, host_alt=["files.pythonhosted.org:443"], also_ok=["connectivity.client_timeout"],
       note="filed as a flaky test: the cross-compile job's pigweed venv install hits a pip read timeout from PyPI's file host, 'not a real compile error'; nothing in the triggering PR touches the venv and the suggestion is a retry around the step"),
    pm("gpustack/gpustack#1403", "connectivity", "connectivity.timeout", True, "service", "mirrors.ustc.edu.cn",
       "#22 58.30   File \"/usr/lib/python3/dist-packages/pip/_vendor/urllib3/response.py\", line 576, in stream\n#22 58.30     data = self.read(amt=amt, decode_content=decode_content)\n#22 58.30   File \"/usr/lib/python3/dist-packages/pip/_vendor/urllib3/response.py\", line 512, in read\n#22 58.30     with self._error_catcher():\n#22 58.30   File \"/usr/lib/python3.10/contextlib.py\", line 153, in __exit__\n#22 58.30     self.gen.throw(typ, value, traceback)\n#22 58.30   File \"/usr/lib/python3/dist-packages/pip/_vendor/urllib3/response.py\", line 443, in _error_catcher\n#22 58.30     raise ReadTimeoutError(self._pool, None, \"Read timed out.\")\n#22 58.30 pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='mirrors.ustc.edu.cn', port=443): Read timed out.",
       raw_is_log=True, host_alt=["mirrors.ustc.edu.cn:443"], also_ok=["connectivity.package_mirror"],
       note="labelled ci, 'Flaky docker ci': a docker build step's pip install reading from the USTC PyPI mirror times out mid-download in some runs and not others"),
    pm("pypi/support#11895", "connectivity", "connectivity.package_mirror", True, "service", PYFILES,
       "pip._vendor.urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Max retries exceeded with url: /packages/78/20/e216cb8e1bda934d9b67bf4e375f8d5cef4e2c7e2633ebb8fd4bfe2a701a/comet_ml-3.44.4-py3-none-any.whl (Caused by ResponseError('too many 502 error responses'))",
       raw_is_log=True, host_alt=["files.pythonhosted.org:443"], also_ok=["registry.server_error", "connectivity.server_error"],
       note="August 2026: release pipelines in us-west-2 failed intermittently on repeated 502s from files.pythonhosted.org while the status page showed green; the sibling reports traced it to one dead Fastly cache node, so a re-run routed elsewhere passes"),
    pm("RobotLocomotion/pytorch-dense-correspondence#42", "connectivity", "connectivity.package_mirror", True, "service", PYFILES,
       "+ pip install -U pip setuptools\nCollecting pip\n  HTTP error 503 while getting https://files.pythonhosted.org/packages/62/a1/0d452b6901b0157a0134fd27ba89bf95a857fbda64ba52e1ca2cf61d8412/pip-10.0.0-py2.py3-none-any.whl#sha256=86a60a96d85e329962a9e6f6af612cbc11106293dbc83f119802b5bee9874cf3 (from https://pypi.org/simple/pip/)\n  Could not install requirement pip from https://files.pythonhosted.org/packages/62/a1/0d452b6901b0157a0134fd27ba89bf95a857fbda64ba52e1ca2cf61d8412/pip-10.0.0-py2.py3-none-any.whl#sha256=86a60a96d85e329962a9e6f6af612cbc11106293dbc83f119802b5bee9874cf3 because of error 503 Server Error: Backend is unhealthy for url: https://files.pythonhosted.org/packages/62/a1/0d452b6901b0157a0134fd27ba89bf95a857fbda64ba52e1ca2cf61d8412/pip-10.0.0-py2.py3-none-any.whl",
       raw_is_log=True, also_ok=["registry.server_error", "connectivity.server_error"],
       note="2018-04-16, the day PyPI's file backend answered 'Backend is unhealthy': the image rebuild's pip upgrade is the 'latest culprit' for rebuilds breaking on upstreams, which is why the issue proposes pushing images instead; the outage cleared the same day"),
    # --- apt / apk / dnf: mirrors ----------------------------------------------------------------------------------------------
    pm("actions/runner-images#7048", "connectivity", "connectivity.connection_failed", True, "service", "azure.archive.ubuntu.com",
       "Err:19 http://azure.archive.ubuntu.com/ubuntu focal-updates/main amd64 xxd amd64 2:8.1.2269-1ubuntu5.13\n  Unable to connect to azure.archive.ubuntu.com:http:\nErr:20 http://azure.archive.ubuntu.com/ubuntu focal-updates/main amd64 vim-common all 2:8.1.2269-1ubuntu5.13\n  Unable to connect to azure.archive.ubuntu.com:http:\nErr:26 http://azure.archive.ubuntu.com/ubuntu focal-updates/main amd64 linux-cloud-tools-common all 5.4.0-147.164\n  Unable to connect to azure.archive.ubuntu.com:http:\nErr:27 http://azure.archive.ubuntu.com/ubuntu focal-updates/main amd64 linux-tools-common all 5.4.0-147.164\n  Unable to connect to azure.archive.ubuntu.com:http:\nFetched 9248 kB in 30s (304 kB/s)",
       raw_is_log=True, host_alt=["azure.archive.ubuntu.com:80"], also_ok=["connectivity.package_mirror", "connectivity.timeout"],
       note="'azure.archive.ubuntu.com is unstable again': the runners' default Ubuntu mirror refused or timed out connections for many users; the runner-images team opened a case with Canonical and users confirmed it resolved on Canonical's end"),
    pm("microsoft/linux-package-repositories#100", "connectivity", "connectivity.mirror_out_of_sync", True, "service", "packages.microsoft.com",
       "Failed to fetch https://packages.microsoft.com/ubuntu/20.04/prod/dists/focal/main/binary-armhf/Packages.gz  File has unexpected size (17314 != 17306). Mirror sync in progress? [IP: 40.85.80.91 443]",
       cmd="sudo apt-get update", host_alt=["40.85.80.91"], also_ok=["connectivity.package_mirror", "build.checksum_mismatch"],
       note="apt-get update in a GitHub Actions build fails at random on packages.microsoft.com's index; the maintainers were 'wrestling with some caching issues for our apt repos', fixed on their side and all mirrors confirmed healthy the next day"),
    pm("gliderlabs/docker-alpine#565", "connectivity", "connectivity.package_mirror", True, "service", "dl-cdn.alpinelinux.org",
       "$ apk add curl # collapsed multi-line command\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.15/main/x86_64/APKINDEX.tar.gz\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.15/community/x86_64/APKINDEX.tar.gz\nERROR: https://dl-cdn.alpinelinux.org/alpine/v3.15/main: temporary error (try again later)\nWARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.15/main: No such file or directory\nERROR: https://dl-cdn.alpinelinux.org/alpine/v3.15/community: temporary error (try again later)\nWARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.15/community: No such file or directory\nERROR: unable to select packages:\n  curl (no such package):\n    required by: world[curl]\nCleaning up file based variables",
       raw_is_log=True, also_ok=["connectivity.request_failed", "build.package_not_found"],
       note="a GitLab CI job on 2022-02-15: 'The package mirror is currently down' (duplicates #563/#564); the 'no such package' follows from the index that could not be fetched, not from the package name"),
    pm("googleapis/google-cloud-cpp#9448", "connectivity", "connectivity.package_mirror", True, "service", "mirrors.fedoraproject.org",
       "Errors during downloading metadata for repository 'updates-modular':\n  - Curl error (16): Error in the HTTP2 framing layer for https://mirrors.fedoraproject.org/metalink?repo=updates-released-modular-f35&arch=x86_64 []\n  - Status code: 503 for https://mirrors.fedoraproject.org/metalink?repo=updates-released-modular-f35&arch=x86_64 (IP: 152.19.134.142)",
       raw_is_log=True, host_alt=["152.19.134.142"], also_ok=["connectivity.stream_reset", "connectivity.server_error"],
       note="labelled cpp: flake: a Cloud Build image step's dnf makecache got a 503 (and an HTTP/2 framing error) from Fedora's metalink service; nothing in the build changed (the thread's next line is cut, so the entry stops at the 503)"),
    # --- the registries' content -------------------------------------------------------------------------------------------------
    pm("backstage/backstage#29278", "registry", "registry.publish_in_progress", True, "service", None,
       "npm error code ETARGET\nnpm error notarget No matching version found for @backstage/plugin-permission-node@^0.9.0.\nnpm error notarget In most cases you or one of your dependencies are requesting",
       cmd="npm install -g @techdocs/cli@1.8.11", host_alt=[NPMJS], also_ok=["build.package_version_missing", "connectivity.mirror_out_of_sync"],
       note="'This just started happening this morning in our CI' and 'Seemed to self-resolve after a couple retries': the maintainers tied it to the Backstage 1.37.0 release being published at that moment, so a dependent package was visible before the one it requires"),
    pm("pytest-dev/pluggy#135", "registry", "registry.artifact_replaced", False, "service", "pypi.python.org",
       "THESE PACKAGES DO NOT MATCH THE HASHES FROM Pipfile.lock!. If you have updated the package versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have tampered with them.\n    pluggy==0.6.0 from https://pypi.python.org/packages/ba/65/ded3bc40bbf8d887f262f150fbe1ae6637765b5c9534bd55690ed2c0b0f7/pluggy-0.6.0-py3-none-any.whl#md5=295745cab038ef139c75aa2cdb79a5b0 (from -r /tmp/pipenv-0unxkan_-requirements/pipenv-tq0bpyzj-requirement.txt (line 1)):\n        Expected sha256 7f8ae7f5bdf75671a718d2daf0a64b7885f74510bcd98b1a0bb420eb9a9d0cff\n             Got        e160a7fcf25762bb60efc7e171d4497ff1d8d2d75a3d0df7a21b76821ecbf5c5",
       raw_is_log=True, also_ok=["build.checksum_mismatch"],
       note="'overnight our tests have started breaking': pluggy's maintainers had replaced the 0.6.0 wheels on PyPI (confirmed in the duplicate #134), so every locked install fails the hash check until the lock's hashes are updated; re-running gets the same new wheel"),
    # --- runners and their networks ---------------------------------------------------------------------------------------------
    pm("AppDaemon/appdaemon#1169", "local", "local.seccomp_time64", False, "local", "dl-cdn.alpinelinux.org",
       "Step 7/11 : RUN apk add tzdata\n ---> Running in ec28ac240ffc\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.13/main/armv7/APKINDEX.tar.gz\nERROR: https://dl-cdn.alpinelinux.org/alpine/v3.13/main: temporary error (try again later)\nWARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.13/main: No such file or directory\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.13/community/armv7/APKINDEX.tar.gz\nERROR: https://dl-cdn.alpinelinux.org/alpine/v3.13/community: temporary error (try again later)\nWARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.13/community: No such file or directory\nERROR: unable to select packages:\n  tzdata (no such package):\n    required by: world[tzdata]\nThe command '/bin/sh -c apk add tzdata' returned a non-zero code: 1",
       raw_is_log=True, also_ok=["local.seccomp_clone3", "local.runner_outdated", "connectivity.request_failed"],
       note="'While I thought it was related to network settings ... it turned out to be' Alpine 3.13's time64 requirement: the Raspberry Pi host's Docker/libseccomp (Raspbian buster) blocks the new syscalls, so apk fails every time; the PR works around it on the build host"),
    pm("diggerhq/opencomputer#43", "local", "local.clock_skew", False, "local", "ports.ubuntu.com",
       "Hit:1 https://deb.nodesource.com/node_20.x nodistro InRelease\nHit:2 http://ports.ubuntu.com/ubuntu-ports jammy InRelease\nGet:3 http://ports.ubuntu.com/ubuntu-ports jammy-updates InRelease [128 kB]\nGet:4 http://ports.ubuntu.com/ubuntu-ports jammy-backports InRelease [127 kB]\nGet:5 http://ports.ubuntu.com/ubuntu-ports jammy-security InRelease [129 kB]\nReading package lists... Done\nE: Release file for http://ports.ubuntu.com/ubuntu-ports/dists/jammy-updates/InRelease is not valid yet (invalid for another 8h 25min 31s). Updates for this repository will not be applied.\nE: Release file for http://ports.ubuntu.com/ubuntu-ports/dists/jammy-backports/InRelease is not valid yet (invalid for another 8h 29min 27s). Updates for this repository will not be applied.",
       raw_is_log=True, also_ok=["connectivity.mirror_out_of_sync"],
       note="new sessions of the sandbox product start with a clock about twelve hours behind, so apt rejects the mirror's fresh Release files; setting the date from an external source fixes it, a retry in the same sandbox does not"),
    pm("hasura/gitkube#119", "dns", "dns.temporary_failure", False, "local", NPMJS,
       "remote: Step 4/10 : RUN npm install\nremote:  ---> Running in 795c3cbbe2eb\nremote: npm ERR! code EAI_AGAIN\nremote: npm ERR! errno EAI_AGAIN\nremote: npm ERR! request to https://registry.npmjs.org/@testing-library%2freact failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org",
       raw_is_log=True, also_ok=["dns.resolve_failed", "connectivity.network_unreachable"],
       note="a gitkube push-to-deploy docker build cannot resolve the npm registry; the maintainer: 'The issue is on your docker network. Docker bridge network sometimes can not connect internet', fixed by building with network=host"),
    pm("coollabsio/coolify#5286", "dns", "dns.temporary_failure", False, "local", NPMJS,
       "2025-Mar-05 17:10:21.541458\n> [app 3/8] RUN corepack enable pnpm &&     npm install -g wrangler corepack@latest:\n2025-Mar-05 17:10:21.541458\n70.98 npm error code EAI_AGAIN\n2025-Mar-05 17:10:21.541458\n70.98 npm error syscall getaddrinfo\n2025-Mar-05 17:10:21.541458\n70.98 npm error errno EAI_AGAIN\n2025-Mar-05 17:10:21.541458\n70.98 npm error request to https://registry.npmjs.org/corepack failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org\n2025-Mar-05 17:10:21.541458\n70.99 npm error A complete log of this run can be found in: /root/.npm/_logs/2025-03-05T17_09_10_967Z-debug-0.log",
       raw_is_log=True, also_ok=["dns.resolve_failed"],
       note="a self-hosted Coolify deployment's docker build cannot resolve registry.npmjs.org for any package; the maintainer: 'Those commands are running on your server and not in Coolify', i.e. the server's network/DNS, which a redeploy does not change"),
    pm("defunctzombie/node-url#71", "connectivity", "connectivity.mirror_out_of_sync", False, "local", None,
       "Failed in branch Build Upstream\nnpm ERR! code ETARGET\nnpm ERR! notarget No matching version found for url@0.11.4.\nnpm ERR! notarget In most cases you or one of your dependencies are requesting\nnpm ERR! notarget a package version that doesn't exist.",
       raw_is_log=True, host_alt=[NPMJS], also_ok=["build.package_version_missing", "registry.proxy_upstream_missing"],
       note="a CI branch build cannot find url@0.11.4, which exists on the public registry; the maintainer: 'your private registry isn't properly syncing with the public registry', so the org's mirror, not the package or the build, until it syncs"),
    pm("yarnpkg/yarn#7452", "connectivity", "connectivity.untrusted_certificate", False, "local", NPMJS,
       "An unexpected error occurred: \"https://registry.npmjs.org/moment: unable to get local issuer certificate\".",
       raw_is_log=True, also_ok=["connectivity.tls_failed"],
       note="behind a corporate TLS-intercepting proxy with a cafile configured, yarn 1.17.3 (which forces https for the default registries) fails where 1.17.2 worked; the reporter's fix was in their own .npmrc (dropping the http registry line), so it fails the same until the local config changes"),
    pm("pypa/pip#9295", "connectivity", "connectivity.proxy_refused", False, "local", None,
       "\n".join(PIP_PROXY.format(n=n) for n in (4, 3, 2, 1, 0)) + "\nERROR: Could not find a version that satisfies the requirement jupyterlab\nERROR: No matching distribution found for jupyterlab",
       raw_is_log=True, host_alt=["pypi.org"], also_ok=["connectivity.proxy_auth_required", "build.package_not_found"],
       note="after upgrading to pip 20.3.1 every install on the reporter's Windows machine fails to reach the configured proxy and 'When I change back to pip version 19.2.3' it works: one of the 20.3 proxy-handling reports (its vendored urllib3 1.26 talks to proxies differently), fixed in the machine's proxy settings or pip version, not by re-running; the 'No matching distribution' is the consequence"),
    # --- the build's own: sandboxes, stale indexes, EOL distributions -------------------------------------------------------------
    bld("pre-commit-ci/issues#55", "build.network_sandboxed",
        "?25hnpm ERR! code EAI_AGAIN\nnpm ERR! errno EAI_AGAIN\nnpm ERR! request to https://registry.npmjs.org/eslint/-/eslint-7.20.0.tgz failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org",
        host=NPMJS, raw_is_log=True, also_ok=["dns.temporary_failure"],
        note="a pre-commit hook that runs npm at hook time fails only on pre-commit.ci; the maintainer: 'this is intentional, network is not allowed at runtime', skip the hook with ci: skip (the quote's last line is cut by the reporter, so the entry stops before it)"),
    bld("pre-commit-ci/issues#256", "build.network_sandboxed",
        "- hook id: uv-lock\n- exit code: 2\n\nerror: Request failed after 3 retries\n  Caused by: Failed to download https://github.com/astral-sh/python-build-standalone/releases/download/20250723/cpython-3.13.5%2B20250723-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz\n  Caused by: error sending request for url (https://github.com/astral-sh/python-build-standalone/releases/download/20250723/cpython-3.13.5%2B20250723-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz)\n  Caused by: client error (Connect)\n  Caused by: dns error\n  Caused by: failed to lookup address information: Temporary failure in name resolution",
        host="github.com", raw_is_log=True, also_ok=["dns.temporary_failure"],
        note="the uv-lock hook downloads a Python build at run time and fails 'after retrying a few times still happening'; the maintainer: 'network is not allowed at runtime ... you can utilize ci: skip', so it fails on every run"),
    bld("actions/runner-images#3928", "build.package_index_stale",
        "E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/main/m/mesa/libegl-mesa0_21.0.3-0ubuntu0.2~20.04.1_amd64.deb  404  Not Found [IP: 52.252.75.106 80]",
        cmd="sudo apt-get install -y wkhtmltopdf poppler-utils", host="azure.archive.ubuntu.com", host_alt=["52.252.75.106"], also_ok=["build.package_version_missing", "connectivity.mirror_out_of_sync"],
        note="the step installs packages straight from the runner image's package index, which names a mesa build the mirror has since replaced; 'Please make sure that you have run sudo apt-get update command before installation' and 'That solved the issue'"),
    bld("lkrg-org/lkrg#342", EOL,
        "Run dnf install -y kernel-devel kernel gcc make elfutils-libelf-devel\nCentOS Stream 8 - AppStream                     132  B/s |  38  B     00:00\nError: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: No URLs in mirrorlist",
        also_ok=["build.repository_missing", "connectivity.package_mirror"],
        note="labelled testing: the CentOS Stream 8 CI job 'hasn't resolved since': the distribution reached end of life and its mirrorlist is gone, so the job fails until it is removed or pointed at the vault (the maintainers dropped it; AlmaLinux/Rocky 8 remain)"),
    bld("oakestra/oakestra#437", EOL,
        "0.101 Ign:1 http://deb.debian.org/debian buster InRelease\n0.111 Ign:2 http://deb.debian.org/debian-security buster/updates InRelease\n0.120 Ign:3 http://deb.debian.org/debian buster-updates InRelease\n0.129 Err:4 http://deb.debian.org/debian buster Release\n0.129   404  Not Found [IP: 146.75.122.132 80]\n0.139 Err:5 http://deb.debian.org/debian-security buster/updates Release\n0.139   404  Not Found [IP: 146.75.122.132 80]\n0.148 Err:6 http://deb.debian.org/debian buster-updates Release\n0.148   404  Not Found [IP: 146.75.122.132 80]\n0.151 Reading package lists...\n0.158 E: The repository 'http://deb.debian.org/debian buster Release' does not have a Release file.\n0.158 E: The repository 'http://deb.debian.org/debian-security buster/updates Release' does not have a Release file.\n0.158 E: The repository 'http://deb.debian.org/debian buster-updates Release' does not have a Release file.",
        t="bk_raw", run="apt-get update && apt-get install -y --no-install-recommends git", code=100,
        host="deb.debian.org", host_alt=["146.75.122.132"], also_ok=["build.repository_missing", "build.package_not_found"],
        note="labelled CI/CD, July 2025: the root orchestrator image is still on a Debian buster base, whose suites were removed from deb.debian.org after end of life; every build 404s until the base image moves on or apt points at archive.debian.org"),
    # --- the build's own: names, versions, tokens, tool versions ------------------------------------------------------------------
    bld("skills/test-with-actions#17", "build.package_not_found",
        "npm ERR! 404 Not Found - GET https://registry.npmjs.org/remark-present-link-consistent - Not found",
        host=NPMJS, also_ok=["build.dependency_not_found"],
        note="the course's workflow step fails on a package that 'does not exist': 'you have a typo on your first line, it's preset, not present'; every run 404s until the name is fixed"),
    bld("DeepMicroscopy/Exact#106", "build.package_version_missing",
        "3.319 ERROR: Could not find a version that satisfies the requirement django-filter==23.2 (from versions: 0.1.0, 0.2.0, 0.5.0, 0.5.1, 0.5.2, 0.5.3, 0.5.4, 0.6a1, 0.6, 0.7, 0.8, 0.9.0, 0.9.1, 0.9.2, 0.10.0, 0.11.0, 0.12.0, 0.13.0, 0.14.0, 0.15.0, 0.15.1, 0.15.2, 0.15.3, 1.0.0, 1.0.1, 1.0.2, 1.0.3, 1.0.4, 1.1.0, 2.0.0.dev1, 2.0.0, 2.1.0, 2.2.0, 2.3.0, 2.4.0, 21.1)\n3.319 ERROR: No matching distribution found for django-filter==23.2",
        t="bk_raw", run="pip install -r requirements.txt",
        also_ok=["build.toolchain_missing", "build.package_not_found"],
        note="the docker build pins versions the image's old Python cannot install (pip lists versions only up to 21.1); the fix was a branch moving the image to Ubuntu 22.04, so a re-run fails the same"),
    B.entry("package_managers", "knicos/genai-tm#48", "credentials", "credentials.missing", False, "build", "npm.pkg.github.com",
            "50.36 npm error code E401\n50.36 npm error 401 Unauthorized - GET https://npm.pkg.github.com/download/@knicos/tm-pose/0.9.2/b1c4c5f3bb6fbc8194c84f6c0c7a4ca6f282b296 - authentication token not provided",
            t="bk_raw", run="npm install", also_ok=["credentials.unauthorized", "credentials.tool_token_missing"],
            note="the Dockerfile's npm install pulls @knicos packages from GitHub Packages, which needs a token even to read, and the build passes none; 'the following packages are currently not openly accessible', so it fails on every run without credentials"),
    bld("pnpm/pnpm#6499", "build.tool_outdated",
        " WARN  GET https://registry.npmjs.org/pnpm error (ERR_INVALID_THIS). Will retry in 10 seconds. 2 retries left.\n WARN  GET https://registry.npmjs.org/pnpm error (ERR_INVALID_THIS). Will retry in 1 minute. 1 retries left.\n ERR_PNPM_META_FETCH_FAIL  GET https://registry.npmjs.org/pnpm: Value of \"this\" must be of type URLSearchParams\nCleaning up file based variables 00:01\nERROR: Job failed: exit code 1",
        host=NPMJS, raw_is_log=True, also_ok=["build.toolchain_missing", "connectivity.request_failed"],
        note="after moving the GitLab job to Node 20 the old pnpm self-installer script fails every request with ERR_INVALID_THIS, which reads like a registry fetch failure; the maintainer: 'You use an outdated script for installing pnpm' (use corepack / a current pnpm)"),
    bld("npm/cli#3078", "build.tool_bug",
        r"""19505 verbose stack FetchError: request to https://.../npm/registry/typescript/-/typescript-4.1.3.tgz failed, reason: Socket timeout
19505 verbose stack     at ClientRequest.<anonymous> (C:\npm\prefix\node_modules\npm\node_modules\minipass-fetch\lib\index.js:97:14)
19505 verbose stack     at ClientRequest.emit (events.js:315:20)
19505 verbose stack     at TLSSocket.socketErrorListener (_http_client.js:469:9)
19505 verbose stack     at TLSSocket.emit (events.js:327:22)
19505 verbose stack     at emitErrorNT (internal/streams/destroy.js:106:8)
19505 verbose stack     at emitErrorCloseNT (internal/streams/destroy.js:74:3)
19505 verbose stack     at processTicksAndRejections (internal/process/task_queues.js:80:21)
19506 verbose cwd D:\a\1\s
19507 verbose Windows_NT 10.0.17763
19508 verbose argv "C:\\hostedtoolcache\\windows\\node\\14.15.4\\x64\\node.exe" "C:\\npm\\prefix\\node_modules\\npm\\bin\\npm-cli.js" "ci" "--no-audit"
19509 verbose node v14.15.4
19510 verbose npm  v7.9.0""",
        raw_is_log=True, also_ok=["connectivity.timeout", "connectivity.client_timeout"],
        note="labelled Priority 1 for npm 7: installs without a cache time out 'constantly', locally and on an Azure Pipelines agent, on a different package each time; npm's maintainers traced it to npm not retrying sockets its keep-alive agent had timed out (fixed in make-fetch-happen/minipass-fetch), so upgrading npm, not re-running, is the fix (the registry host is masked)"),
    # --- the build's own: lockfiles and hashes ----------------------------------------------------------------------------------
    bld("elastic/apm-agent-nodejs#3318", "build.lockfile_outdated",
        "npm ERR! code EUSAGE\nnpm ERR!\nnpm ERR! `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.\nnpm ERR!\nnpm ERR! Missing: @types/node-fetch@2.6.3 from lock file\nnpm ERR! Missing: form-data@3.0.1 from lock file",
        cmd="npm ci",
        note="the package.json change in #3203 did not sync package-lock.json, so npm ci fails for releases until the PR commits the synced lock file"),
    bld("JamieMason/syncpack-github-action#1", "build.lockfile_outdated",
        " ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with \"frozen-lockfile\" because pnpm-lock.yaml is not up-to-date with packages/config/package.json\nNote that in CI environments this setting is true by default. If you still need to run install in such cases, use \"pnpm install --no-frozen-lockfile\"\nError: Process completed with exit code 1.",
        raw_is_log=True, also_ok=["build.step_failed"],
        note="the action rewrites package.json versions and then runs pnpm install to update the lockfile, but pnpm defaults to a frozen lockfile in CI; the PR passes --no-frozen-lockfile"),
    bld("tabrindle/envinfo#162", "build.lockfile_outdated",
        "6.10s$ yarn --frozen-lockfile\nyarn install v1.15.2\n[1/5] Validating package.json...\n[2/5] Resolving packages...\n" + FROZEN + "\ninfo Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\nThe command \"eval yarn --frozen-lockfile \" failed. Retrying, 2 of 3.\nyarn install v1.15.2\n[1/5] Validating package.json...\n[2/5] Resolving packages...\n" + FROZEN + "\ninfo Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\nThe command \"eval yarn --frozen-lockfile \" failed. Retrying, 3 of 3.\nyarn install v1.15.2\n[1/5] Validating package.json...\n[2/5] Resolving packages...\n" + FROZEN + "\ninfo Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\nThe command \"eval yarn --frozen-lockfile \" failed 3 times.\nThe command \"yarn --frozen-lockfile\" failed and exited with 1 during .\nYour build has been stopped.",
        raw_is_log=True,
        note="Travis retries the install three times and every attempt fails the same: yarn.lock on master was out of date ('When I run yarn install on master, it updates the lock file'), so the PR commits the updated lockfile"),
    bld("GoogleCloudPlatform/k8s-config-connector#1785", "build.requirements_unpinned",
        "#7 2.263 ERROR: In --require-hashes mode, all requirements must have their versions pinned with ==. These do not:\n#7 2.263     pip from https://files.pythonhosted.org/packages/8a/6a/19e9fe04fca059ccf770861c7d5721ab4c2aebc539889e97c7977528a53b/pip-24.0-py3-none-any.whl\n#7 2.452\n#7 2.452 [notice] A new release of pip is available: 23.0.1 -> 24.0\n#7 2.452 [notice] To update, run: pip install --upgrade pip\n#7 ERROR: executor failed running [/bin/sh -c pip install --require-hashes --upgrade pip]: exit code: 1",
        t="bk_raw", run="pip install --require-hashes --upgrade pip", host_alt=[PYFILES], also_ok=["build.checksum_mismatch"],
        note="the docker build runs pip install --require-hashes on an unpinned pip, which pip refuses before downloading anything; the PR moves to a requirements file with pinned versions and hashes"),
    bld("jina-ai/serve#755", "build.cache_corrupt",
        "Collecting docutils<0.16,>=0.10\n  Downloading docutils-0.15.2-py3-none-any.whl (547 kB)\nERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have tampered with them.\n    paddlepaddle from https://files.pythonhosted.org/packages/7a/f5/34dad6d2aaf9ffaf78b64728fae8b968841090a2a00300fffd227b903a62/paddlepaddle-1.8.3-cp37-cp37m-manylinux1_x86_64.whl#sha256=290b3ec2c421571a5fd8293971e314aae1323834e8cddc05d7053b94c2f1999b (from jina==0.4.2):\n        Expected sha256 290b3ec2c421571a5fd8293971e314aae1323834e8cddc05d7053b94c2f1999b\n             Got        8424b42549292ca4205f10d299a7e55a6c2abf4314fd6a15bd402c65ee21d4aa\n\n##[error]Process completed with exit code 1.",
        raw_is_log=True, host_alt=[PYFILES], also_ok=["build.checksum_mismatch", "gha_cache.corrupt_archive"],
        note="the expected hash is the one PyPI publishes for that wheel, yet the CI gets different bytes: the maintainer traced 'recent failing reasons in our CICD' to the job's pip cache holding a bad copy and the PR changes how the workflow caches pip, so re-runs with the same cache keep failing"),
]
