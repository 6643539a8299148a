"""Dev-set entries, batch 112 (fetches a build makes itself: git clones, fetches and submodules in CI and inside
Dockerfile RUN steps, and the pip, npm/yarn/pnpm, apt, apk, Gradle and cargo fetches that fail in the middle of a
build; a pass over threads no earlier batch used). The services' side: git servers answering 5xx (a self-hosted
GitLab at gitlab.opengapps.org in 2019, gitlab.freedesktop.org behind a submodule in 2026, git.kernel.org in an
internal CI, xenbits.xen.org unreachable from OP-TEE's CI), a GnuTLS cut in the middle of a recursive clone in a
docker build, crates.io answering 503 (Heroku's error page) and 504 (CloudFront), the npm registry's outage of June
2017 and a 503 on one tarball in 2014, the taobao npm mirror hanging up, pnpm socket timeouts against the registry,
a Gradle plugin portal that flaked for days, an Alpine mirror (dl-5) timing out in kata's CI, and apt repositories
serving files out of step with their index (download.docker.com in August 2023 and July 2026, NVIDIA's machine
learning and CUDA repositories in 2019 and 2025). The runner's and network's side: a Linux Mint machine whose clones
were cut until the OS was reinstalled, clones over a slow connection from China, early EOF of a big shallow clone on
slow links, a `git://` clone a corporate proxy does not carry, and a self-hosted runner whose apt ignores its proxy.
About a third are the build's own mistakes that read like fetch failures: a gitlink without a .gitmodules entry, a
release tag whose submodule pins were never pushed, branches and refs that do not exist (a Docker git context asking
for `master`, a `v` branch left from a failed API call without a token), private repositories cloned without
credentials inside a RUN step and a build container, a submodule moved off Bitbucket, the account's Git LFS budget
spent, a yanked PyPI package and a yanked crate, a version typo in an npm install, a pin that needs a newer Python than
the base image, pnpm/action-setup@v2 broken on the runner's newer Node, and a cargo fetch inside a network sandbox.
`err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread
quoted a log inside Markdown (code fences, blockquote markers, backticks, bold markers, a link GitHub wrapped around a
URL) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into
the reporter's own words or is cut, the entry stops at the last whole log line. Elisions ('..', '...') and masks
('<org-name>', '<PROJECT NAME HERE>', '[IP: redacted]') are the reporters' own. The `run=` of a RUN-step template is
the thread's RUN command where the thread shows it and a plain stand-in where it does not. Hosts follow the README's
strict rule: a host is given only where a line of the log names it for the failing call; an inferred, masked or
elided one goes in host_alt, and a build-itself entry names none unless the failing call's line does (credentials).
Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"overhangio/tutor#1009", "OP-TEE/manifest#324", "osquery/osquery#8303", "s4isystems/Bob#5",
         "kata-containers/kata-containers#7817"}  # fmt: skip

B = Batch(PULLS)
git = B.family("git")
npm = B.family("net_npm")
cargo = B.family("net_cargo")
apt = B.family("net_apt")
apk = B.family("net_apk")
gradle = B.family("net_gradle")
bgit = B.build("git")
bnpm = B.build("net_npm")
bpip = B.build("net_pip")
bcargo = B.build("net_cargo")

GIT_5XX = "connectivity.server_error"
GIT_5XX_OK = ["github.git_server_error", "connectivity.git_server_error"]
SYNC = "connectivity.mirror_out_of_sync"
REF = "build.ref_not_found"
YANKED = "build.yanked_dependency"

E = [
    # --- git servers failing the build's own clones -------------------------------------------------------------------
    git("opengapps/aosp_build#223", "connectivity", GIT_5XX, True, "service", "gitlab.opengapps.org",
        "fatal: unable to access 'https://gitlab.opengapps.org/opengapps/arm64.git/': The requested URL returned error: 500",
        cmd="git clone https://gitlab.opengapps.org/opengapps/arm64.git/", also_ok=GIT_5XX_OK,
        note="16 August 2019: the AOSP build's repo sync of the OpenGApps sources and a plain clone both got 500 from the project's self-hosted GitLab; a maintainer: 'Temporary down ... It was down yesterday too ... We can wait', the reporter thanks and it comes back"),
    git("OpenSpace/OpenSpace#4030", "connectivity", GIT_5XX, True, "service", "gitlab.freedesktop.org",
        "fatal: unable to access 'https://gitlab.freedesktop.org/freetype/freetype/': The requested URL returned error: 502\nfatal: clone of 'https://gitlab.freedesktop.org/freetype/freetype' into submodule path '/home/runner/source/OpenSpace/ext/ghoul/ext/freetype2' failed\nFailed to clone 'ext/freetype2' a second time, aborting",
        also_ok=GIT_5XX_OK,
        note="4 May 2026, a runner's recursive checkout: freedesktop's GitLab answered 502 to both attempts at the nested freetype submodule; the issue asks to point the submodule at freetype's GitHub mirror, the 502 being the upstream server's, not the build's"),
    git("osquery/osquery#8303", "connectivity", GIT_5XX, True, "service", "git.kernel.org",
        "stderr: fatal: unable to access 'https://git.kernel.org/pub/scm/utils/util-linux/util-linux/': The requested URL returned error: 502",
        also_ok=[*GIT_5XX_OK, "connectivity.proxy_bad_response"],
        note="27 March 2024: 'Our internal CI build was failing' on the util-linux submodule; the PR adds '.git' to its URL, but in July a maintainer clones the old URL fine and concludes 'this error might have been a temporary network error, or proxy server issue'"),
    git("OP-TEE/manifest#324", "connectivity", "connectivity.connection_failed", True, "service", "xenbits.xen.org",
        " repo has been initialized in /__w/optee_test/optee_repo_qemu_v8\n error: Cannot fetch git-http/xen.git from https://xenbits.xen.org/git-http/xen.git\n fatal: unable to access 'https://xenbits.xen.org/git-http/xen.git/': Failed to connect to xenbits.xen.org port 443 after 135097 ms: Could not connect to server",
        also_ok=["connectivity.timeout", "connectivity.unreachable"],
        note="5 May 2025, OP-TEE OS CI: repo sync could not connect to xenbits.xen.org for 135 s; the PR clones Xen from its GitHub mirror 'for reliability reasons' ('I have very rarely seen it fail'), the Xen server being the flaky side, not the manifest"),
    git("EOSIO/eos#2557", "connectivity", "connectivity.reset", True, "service", "github.com",
        "Cloning into 'test/emscripten'...\nerror: RPC failed; curl 56 GnuTLS recv error (-54): Error in the pull function.\nfatal: The remote end hung up unexpectedly\nfatal: early EOF\nfatal: index-pack failed\nfatal: clone of 'https://github.com/kripken/emscripten.git' into submodule path 'test/emscripten' failed\nFailed to recurse into submodule path 'externals/binaryen'",
        cmd="docker build . -t eosio/eos", also_ok=["connectivity.cut_short", "connectivity.eof", "local.docker_network_broken"],
        note="23 April 2018: the image build's recursive clone lost the connection inside the emscripten submodule's pack; a maintainer on 7 May: 'caused by some type of connectivity issue ... I have just successfully built the docker image, so it appears this issue was temporary'"),
    # --- the runner's and network's side of git fetches ---------------------------------------------------------------
    git("crazy-max/docker-rtorrent-rutorrent#427", "connectivity", "connectivity.stream_reset", False, "local", None,
        "136.2 error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)\n136.2 error: 8741 bytes of body are still expected\n136.2 fetch-pack: unexpected disconnect while reading sideband packet\n136.2 fatal: early EOF\n136.2 fatal: fetch-pack: invalid index-pack output\n------\n------\n133.9 error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)\n133.9 error: 9254 bytes of body are still expected\n133.9 fetch-pack: unexpected disconnect while reading sideband packet\n133.9 fatal: early EOF\n133.9 fatal: fetch-pack: invalid index-pack output\n------\nDockerfile:39\n--------------------\n  37 |     RUN git init . && git remote add origin \"https://github.com/stickz/rtorrent.git\"\n  38 |     ARG RTORRENT_STICKZ_VERSION\n  39 | >>> RUN git fetch origin \"${RTORRENT_STICKZ_VERSION}\" && git checkout -q FETCH_HEAD\n  40 |     \n  41 |     FROM src AS src-mktorrent\n--------------------\nERROR: failed to solve: process \"/bin/sh -c git fetch origin \\\"${RTORRENT_STICKZ_VERSION}\\\" && git checkout -q FETCH_HEAD\" did not complete successfully: exit code: 128",
        raw_is_log=True, host_alt=["github.com"], also_ok=["connectivity.cut_short", "connectivity.eof", "local.runner_image_broken"],
        note="5 March 2025: the image's two parallel git fetch stages were cut mid-pack on every attempt ('Ran the command again and got a slightly different error'); four days later: 'Previous issue was under Linux Mint, reinstalled OS to Xubuntu 24.04 and it built and installed fine', so the machine, not GitHub"),
    git("YoungWilliamZ/fisco-bcos-browser-docker#7", "connectivity", "connectivity.cut_short", False, "local", None,
        "error: RPC failed; curl 18 transfer closed with outstanding read data remaining\nfatal: The remote end hung up unexpectedly\nfatal: early EOF\nfatal: index-pack failed",
        t="legacy_run", run="git clone https://github.com/FISCO-BCOS/fisco-bcos-browser.git /fisco-bcos-browser",
        host_alt=["github.com"], also_ok=["connectivity.eof", "connectivity.geo_blocked"],
        note="11 June 2020: the compose build's clone of fisco-bcos-browser from GitHub stalls for a long time and then is cut; the maintainer: a network problem, 'use a proxy, or switch to the gitee branch' (a domestic mirror), i.e. the builder's path to github.com from China"),
    git("overhangio/tutor#1009", "connectivity", "connectivity.cut_short", False, "local", None,
        "Cloning into '/openedx/edx-platform'...\nfatal: the remote end hung up unexpectedly\nfatal: early EOF\nfatal: index-pack failed",
        t="bk_raw", run="mkdir -p /openedx/edx-platform &&     git clone https://github.com/openedx/edx-platform.git --branch open-release/quince.1 --depth 1 /openedx/edx-platform",
        code=128, host_alt=["github.com"], also_ok=["connectivity.eof", "connectivity.timeout"],
        note="27 February 2024, merged docs PR: the openedx image build's depth-1 clone of edx-platform 'throws an EOF error while cloning large repositories on slow/unstable networks', reported by several users and seen on a 25 Mb/s wired line; the documented fix is lowering BuildKit's parallelism for the builder"),
    git("lf-edge/eve#150", "connectivity", "connectivity.firewall_blocked", False, "local", "xenbits.xen.org",
        "GIT=git /xen/tools/firmware/../../scripts/git-checkout.sh git://xenbits.xen.org/seabios.git rel-1.12.0 seabios-dir\nCloning into 'seabios-dir-remote.tmp'...\nfatal: unable to connect to xenbits.xen.org:\nxenbits.xen.org[0: 104.239.192.120]: errno=Operation timed out\nmake[4]: *** [Makefile:31: seabios-dir] Error 128\nmake[4]: Leaving directory '/xen/tools/firmware'\nmake[3]: *** [/xen/tools/../tools/Rules.mk:251: subdir-install-firmware] Error 2\nmake[3]: Leaving directory '/xen/tools'\nmake[2]: Leaving directory '/xen/tools'\nmake[2]: *** [/xen/tools/../tools/Rules.mk:246: subdirs-install] Error 2\nmake[1]: *** [Makefile:74: install] Error 2\nmake[1]: Leaving directory '/xen/tools'\nmake: *** [Makefile:127: install-tools] Error 2",
        t="legacy_run", run="make && make dist", also_ok=["connectivity.proxy_bypassed", "connectivity.timeout"],
        note="24 July 2019, a dev machine behind a firewall with http(s)_proxy exported: every other fetch of the xen-tools image build goes through the proxy, but its seabios clone uses the git:// protocol, which no HTTP proxy carries; fixed by PR #255 (a git proxy when all_proxy is set)"),
    # --- package indexes: the services' side ----------------------------------------------------------------------------
    cargo("rust-lang/cargo#12035", "connectivity", "connectivity.crate_registry_error", True, "service", "crates.io",
          "Downloading crates ...\nwarning: spurious network error (2 tries remaining): failed to get successful HTTP response from `https://crates.io/api/v1/crates/ahash/0.7.6/download`, got 503\nbody:\n<!DOCTYPE html>\n\t<html>\n\t  <head>\n\t\t<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\t\t<meta charset=\"utf-8\">\n\t\t<title>Application Error</title>",
          cmd="cargo build", also_ok=["connectivity.server_error", "connectivity.html_response"],
          note="25 April 2023, prisma-engines CI on GitHub Actions and Buildkite: crate downloads answered 503 with Heroku's 'Application Error' page while status.crates.io showed no outage; 'We got many today', 'A retry seems to work for now'"),
    cargo("ClickHouse/ClickHouse#48575", "connectivity", "connectivity.crate_registry_error", True, "service", "crates.io",
          "Apr 10 00:15:35 warning: spurious network error (2 tries remaining): failed to get successful HTTP response from `https://crates.io/api/v1/crates/generic-array/0.14.6/download`, got 504\nApr 10 00:15:35 body:\nApr 10 00:15:35 <!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\">\nApr 10 00:15:35 <HTML><HEAD><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=iso-8859-1\">\nApr 10 00:15:35 <TITLE>ERROR: The request could not be satisfied</TITLE>\nApr 10 00:15:35 </HEAD><BODY>\nApr 10 00:15:35 <H1>504 ERROR</H1>\nApr 10 00:15:35 <H2>The request could not be satisfied.</H2>\nApr 10 00:15:35 <HR noshade size=\"1px\">\nApr 10 00:15:35 CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection.",
          raw_is_log=True, also_ok=["connectivity.gateway_timeout", "connectivity.server_error"],
          note="10 April 2023, labelled testing: 'Rust breaks build by spurious network error', CloudFront in front of crates.io could not reach its origin and answered 504 to every retry of one crate download, failing the ClickHouse build that vendors Rust parts; a crates.io-side blip, later builds pass"),
    npm("npm/registry-issue-archive#184", "connectivity", "connectivity.reset", True, "service", "registry.npmjs.org",
        "npm ERR! code ECONNRESET\nnpm ERR! errno ECONNRESET\nnpm ERR! network request to https://registry.npmjs.org/@gulp-sourcemaps%2fidentity-map failed, reason: socket hang up\nnpm ERR! network This is a problem related to network connectivity.\nnpm ERR! network In most cases you are behind a proxy or have bad network settings.\nnpm ERR! network\nnpm ERR! network If you are behind a proxy, please make sure that the\nnpm ERR! network 'proxy' config is set properly.  See: 'npm help config'",
        cmd="npm i", also_ok=["connectivity.server_error", "connectivity.timeout"],
        note="29 June 2017, labelled ops: 'Getting this error consistently', and curl to the package shows the registry's Varnish answering '503 first byte timeout' after 30 s; an npm maintainer: 'this issue may have been caused by a service outage', not the reporter's network"),
    npm("cdnjs/cdnjs#3284", "connectivity", "connectivity.server_error", True, "service", "registry.npmjs.org",
        "npm http GET https://registry.npmjs.org/ref/-/ref-0.2.1.tgz\nnpm http 503 https://registry.npmjs.org/ref/-/ref-0.2.1.tgz\nnpm ERR! fetch failed https://registry.npmjs.org/ref/-/ref-0.2.1.tgz\nnpm http GET https://registry.npmjs.org/ref/-/ref-0.2.1.tgz\nnpm http 503 https://registry.npmjs.org/ref/-/ref-0.2.1.tgz\nnpm ERR! fetch failed https://registry.npmjs.org/ref/-/ref-0.2.1.tgz\nnpm http GET https://registry.npmjs.org/ref/-/ref-0.2.1.tgz\nnpm http 503 https://registry.npmjs.org/ref/-/ref-0.2.1.tgz\nnpm ERR! fetch failed https://registry.npmjs.org/ref/-/ref-0.2.1.tgz\nnpm ERR! Error: 503 Service Unavailable",
        cmd="npm install ref", also_ok=["connectivity.package_mirror", "registry.server_error"],
        note="27 May 2014, 'Build errors: npm 503 errors': cdnjs' build broke because the registry answered 503 to all three tries of one tarball while its metadata came back 200 ('It looks like ref is broken on npmjs'); the registry's fault, the issue closes without a change in cdnjs"),
    npm("iineva/ipa-server#11", "connectivity", "connectivity.reset", True, "service", "registry.npm.taobao.org",
        "npm ERR! code ECONNRESET\nnpm ERR! errno ECONNRESET\nnpm ERR! network request to https://registry.npm.taobao.org/bplist-parser failed, reason: socket hang up\nnpm ERR! network This is a problem related to network connectivity.\nnpm ERR! network In most cases you are behind a proxy or have bad network settings.\nnpm ERR! network\nnpm ERR! network If you are behind a proxy, please make sure that the\nnpm ERR! network 'proxy' config is set properly.  See: 'npm help config'",
        t="legacy_run", run="npm install --production --registry=https://registry.npm.taobao.org",
        also_ok=["connectivity.package_mirror", "connectivity.eof"],
        note="24 November 2018: the compose build's npm install through the Dockerfile's taobao mirror had the mirror hang up on one package ('before i installed, but today show this'); the maintainer: 'remove node_modules/ and retry', nothing in the project changed (a trailing blank trimmed)"),
    npm("overengineeringstudio/effect-utils#562", "connectivity", "connectivity.timeout", True, "service", "registry.npmjs.org",
        "ERR_PNPM_META_FETCH_FAIL GET https://registry.npmjs.org/@graphql-tools%2Fschema: request to https://registry.npmjs.org/@graphql-tools%2Fschema failed, reason: Socket timeout",
        cmd="pnpm install", also_ok=["connectivity.client_timeout", "connectivity.request_failed"],
        note="14 April 2026: a downstream repo's shared CI run got through Nix setup and repo sync and then failed in a long pnpm install on registry metadata socket timeouts; the issue calls it 'a transient install-time network issue' on a green main and only asks for better logging"),
    gradle("OpenLiberty/ci.gradle#805", "connectivity", "connectivity.request_failed", True, "service", "plugins.gradle.org",
           "* What went wrong:\nA problem occurred configuring root project '<PROJECT NAME HERE>'.\n> Could not resolve all files for configuration ':classpath'.\n   > Could not resolve gradle.plugin.io.openliberty.tools:ci.gradle:3.5.2.\n     Required by:\n         project : > io.openliberty.tools.gradle.Liberty:io.openliberty.tools.gradle.Liberty.gradle.plugin:3.5.2\n      > Could not resolve gradle.plugin.io.openliberty.tools:ci.gradle:3.5.2.\n         > Could not get resource 'https://plugins.gradle.org/m2/gradle/plugin/io/openliberty/tools/ci.gradle/3.5.2/ci.gradle-3.5.2.pom'.",
           cmd="./gradlew build", also_ok=["connectivity.server_error", "connectivity.package_mirror"],
           note="27 March 2023: CI builds failed 'intermittent'ly in ten-minute windows on 24 and 27 March resolving the Liberty plugin from the Gradle plugin portal, 'If we retry the build a couple of times it will eventually succeed'; the entry stops where the quote is cut"),
    apk("kata-containers/kata-containers#7817", "connectivity", "connectivity.package_mirror", True, "service", "dl-5.alpinelinux.org",
        "fetch https://dl-5.alpinelinux.org/alpine/v3.15/main/x86_64/APKINDEX.tar.gz\nERROR: https://dl-5.alpinelinux.org/alpine/v3.15/main: operation timed out\n  alpine-base (no such package):\n    required by: world[alpine-base]\n  ip6tables (no such package):\n    required by: world[ip6tables]\n  iptables (no such package):\n    required by: world[iptables]\n  libseccomp (no such package):\n    required by: world[libseccomp]\nWARNING: Ignoring https://dl-5.alpinelinux.org/alpine/v3.15/main: No such file or directory\nERROR: unable to select packages:",
        also_ok=["connectivity.timeout", "build.package_not_found"],
        note="31 August 2023: 'the instabilities we've been facing with the CI' in kata's agent build, where the dl-5 Alpine mirror timed out on the index so every package read as missing; the PR bumps Alpine (3.15 nears end of life) hoping a different repo path helps, a mirror-side flake that re-runs pass"),
    apt("docker/for-linux#1475", "connectivity", SYNC, True, "service", "download.docker.com",
        "Err:9 https://download.docker.com/linux/debian bullseye/stable amd64 Packages\n  File has unexpected size (26476 != 27148). Mirror sync in progress? [IP: redacted]\n  Hashes of expected file:\n   - Filesize:27148 [weak]\n   - SHA512:141bfc312c7840382e9e11095311d940b3e88de55fea12a7245e568a7106d844555bce27cccca847c928526fce0e7015272004ec3abb3a1a69f1025c468d7b36\n   - SHA256:e436133f2f60aa51f0b15ab63677bb93bf8091316d7c2dba7d2f7abd4d7a9664\n   - SHA1:1d18e3cc9fb721b7e3acff4e6d871e381f5dd313 [weak]\n   - MD5Sum:2bf1fde7ef66d1712828981f788ac437 [weak]\n  Release file created at: Thu, 24 Aug 2023 14:10:42 +0000",
        cmd="sudo apt-get update", also_ok=["connectivity.package_mirror", "build.checksum_mismatch"],
        note="25 August 2023: Docker's apt repository served Packages files that did not match its InRelease for Debian 10, 11 and 12 alike ('This appears to be have been a problem for about 24 hours now'); a publishing fault on download.docker.com's side that every distribution's builds hit at once, not theirs"),
    apt("docker/packaging#478", "connectivity", SYNC, True, "service", "download.docker.com",
        "Error: Failed to fetch https://download.docker.com/linux/ubuntu/dists/resolute/stable/binary-amd64/Packages.bz2  File has unexpected size (19710 != 19086). Mirror sync in progress? [IP: 99.86.109.103 443]\n   Hashes of expected file:\n    - Filesize:19086 [weak]\n    - SHA512:ac7f9e87da5f2014cc53bd7b2add015d090a03cc0ef47f7223c9d66f9e1ab6c47fb1b669f6a4427dcb9413cfa4c85574655dab45a70c161019b4b0a0b9d37b8a\n    - SHA256:bc6325682ee22af357f7818dcb5b8975acc570d32bc72274503bc18cb8a9ec0f\n    - SHA1:8675429977d88466481454d634ae8323f35e13ca [weak]\n    - MD5Sum:82c2dfac5c8c666dbbd8e8a1849665d1 [weak]\n   Release file created at: Fri, 10 Jul 2026 12:27:24 +0000\nError: Some index files failed to download. They have been ignored, or old ones used instead.",
        cmd="apt update", also_ok=["connectivity.package_mirror", "build.checksum_mismatch"],
        note="10 July 2026: the same mismatch on download.docker.com, reproduced from a fresh ubuntu:26.04 container and on a Debian 12 Raspberry Pi within hours (a new Release file, Packages.bz2 of another size); the repository's side (many distributions at once), not the builds', and the issue is closed"),
    apt("NVIDIA/nvidia-docker#979", "connectivity", SYNC, True, "service", "developer.download.nvidia.com",
        "Err:8 https://developer.download.nvidia.com/compute/machine-learning/repos/ubuntu1804/x86_64  Packages\n  File has unexpected size (8372 != 9199). Mirror sync in progress? [IP: 192.229.211.70 443]\n  Hashes of expected file:\n   - Filesize:9199 [weak]\n   - SHA256:066164b9c12b3e2f61b1a65c9280239f8e47d7516827751e5386e1d75c3a2157\n   - SHA1:bdf24a638526c6c2b8721b07c30469df881b2717 [weak]\n   - MD5Sum:0cafde846b5ccca9682ffdb413474643 [weak]\n  Release file created at: Fri, 10 May 2019 23:22:31 +0000",
        t="legacy_run", run="apt-get update", also_ok=["connectivity.package_mirror", "build.checksum_mismatch"],
        note="16 May 2019: a two-line Dockerfile on nvidia/cuda:10.0-cudnn7-devel-ubuntu18.04 that 'Worked perfectly yesterday' fails on NVIDIA's machine-learning repo; later the same day 'oh, it got fixed. thanks upstream', a maintainer: 'Probably just a mirror sync'"),
    apt("NVIDIA/cuda-repo-management#26", "connectivity", SYNC, True, "service", "developer.download.nvidia.com",
        "1.678 Reading package lists...\n2.397 E: Failed to fetch https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/x86_64/Packages.gz  File has unexpected size (1852870 != 1850507). Mirror sync in progress? [IP: 23.222.16.11 443]\n2.397    Hashes of expected file:\n2.397     - Filesize:1850507 [weak]\n2.397     - SHA256:97960e9159be087be063fd3fcd63217a13dcd40b7ae329f38ddcee2541e2406b\n2.397     - SHA1:7baa6fed520300c1fdb5eb10ca02367f0806deb9 [weak]\n2.397     - MD5Sum:4f4f50310c11c9a0ba217aacc75d8f47 [weak]\n2.397    Release file created at: Tue, 22 Jul 2025 19:05:10 +0000\n2.397 E: Some index files failed to download. They have been ignored, or old ones used instead.",
        t="bk_raw", run="apt-get update", code=100, also_ok=["connectivity.package_mirror", "build.checksum_mismatch"],
        note="25 July 2025: an image on nvidia/cuda:12.1.1-cudnn8-devel-ubuntu22.04 'has been building fine for weeks' until NVIDIA's CUDA repo served a Packages.gz of another size than its index ('the same root cause as' an earlier repo issue), other base tags alike; NVIDIA's side, the issue closed"),
    # --- the runner's side of package fetches -----------------------------------------------------------------------------
    apt("shivammathur/setup-php#421", "connectivity", "connectivity.proxy_bypassed", False, "local", "archive.ubuntu.com",
        "Err:1 http://archive.ubuntu.com/ubuntu bionic/main amd64 cron amd64 3.0pl1-128.1ubuntu1\n  Could not connect to archive.ubuntu.com:80 (91.189.88.152), connection timed out Could not connect to archive.ubuntu.com:80 (91.189.88.142), connection timed out",
        head=["Run shivammathur/setup-php@verbose"], also_ok=["connectivity.timeout", "connectivity.firewall_blocked"],
        note="2 March 2021, labelled enhancement: a self-hosted runner in a container behind a corporate proxy ('Runner is running behind proxy server ...') where the action's apt installs connect to archive.ubuntu.com directly and time out; the proxy has to be handed to the action's apt, a re-run fails the same"),
    # --- the build's own: git refs, submodules, LFS ------------------------------------------------------------------------
    bgit("ASSERT-KTH/slumps#75", "build.submodule_url_missing",
         ">>Fetching submodules\n/usr/bin/git submodule sync\n/usr/bin/git -c protocol.version=2 submodule update --init --force --depth=1\nSubmodule 'souper' (https://github.com/KTH/souper.git) registered for path 'souper'\nError: fatal: No url found for submodule path 'utils/pipeline/wasi-libc' in .gitmodules\nError: The process '/usr/bin/git' failed with exit code 128",
         head=["Run actions/checkout@v2"], raw_is_log=True, also_ok=["build.submodule_ref_missing", "build.git_remote_invalid"],
         note="3 December 2020: checkout's submodule step fails on every run because a commit 'Submodule wasi-libc added' left a gitlink with no entry in .gitmodules; 'Did you add utils/pipeline/wasi-libc as a submodule? ... it's not mentioned in .gitmodules', and the owners removed it"),
    bgit("Azure/azure-iot-sdk-c#161", "build.submodule_ref_missing",
         "fatal: reference is not a tree: 455febf864c9f62ac2b58a70ecfa9b461a7a8a84\nCloning into 'testtools/umock-c'...\nremote: Counting objects: 914, done.\nremote: Compressing objects: 100% (7/7), done.\nremote: Total 914 (delta 1), reused 3 (delta 0), pack-reused 907\nReceiving objects: 100% (914/914), 397.67 KiB | 259.00 KiB/s, done.\nResolving deltas: 100% (620/620), done.\nChecking connectivity... done.\nfatal: reference is not a tree: c84ee81a0d28f92ca04977044659598f304b5981\nUnable to checkout '38ece402aed2f557cbc80044220b5494c32ed8d1' in submodule path 'umqtt/c-utility/testtools/ctest'\nUnable to checkout '455febf864c9f62ac2b58a70ecfa9b461a7a8a84' in submodule path 'umqtt/c-utility/testtools/testrunner'\nUnable to checkout 'c84ee81a0d28f92ca04977044659598f304b5981' in submodule path 'umqtt/c-utility/testtools/umock-c'\nFailed to recurse into submodule path 'umqtt/c-utility'\nFailed to recurse into submodule path 'c-utility'\nFailed to recurse into submodule path 'uamqp'\nFailed to recurse into submodule path 'umqtt'",
         cmd="git clone -b 2017-06-16 --recursive https://github.com/Azure/azure-iot-sdk-c.git", also_ok=["build.ref_not_found"],
         note="19 June 2017: the 2017-06-16 release tag pinned submodule commits that were never pushed to the submodules' repositories, so every recursive clone of it fails; a maintainer: 'I've fixed the broken submodule links' and the same clone then works"),
    bgit("lava/dockermail#1", REF,
         "Step 2 : RUN git clone --branch v1.6.1.625 --depth=1 https://github.com/RainLoop/rainloop-webmail.git /var/www\n ---> Running in 7aed10d6dedd\nCloning into '/var/www'...\nwarning: Could not find remote branch v1.6.1.625 to clone.\nfatal: Remote branch v1.6.1.625 not found in upstream origin\nUnexpected end of command stream\n2014/10/07 14:23:37 The command [/bin/sh -c git clone --branch v1.6.1.625 --depth=1 https://github.com/RainLoop/rainloop-webmail.git /var/www] returned a non-zero code: 128\nMakefile:12: recipe for target 'rainloop' failed",
         raw_is_log=True, also_ok=["build.tag_not_found"],
         note="7 October 2014, 'Rainloop branch v1.6.1.625 does not exist': the Dockerfile clones a RainLoop tag that the upstream repository no longer has, so make fails on every build until the Dockerfile names an existing ref (the Markdown-escaped make line after it is left out)"),
    bgit("bigbluebutton-bot/bbb-translation-bot#16", REF,
         "unable to prepare context: unable to 'git clone' to temporary context directory: error fetching: fatal: couldn't find remote ref master\n: exit status 128\nERROR: Service 'changeset-server' failed to build : Build failed",
         cmd="docker-compose up -d", raw_is_log=True, also_ok=["build.git_remote_invalid"],
         note="24 January 2025: the compose file builds a service from a git URL with no ref, the legacy builder asks for master and the repository only has main; the reporter: 'adding #main to context: fixed it'"),
    bgit("kiddin9/Kwrt#538", "build.secret_missing",
         "jq: error (at <stdin>:4): Cannot iterate over null (null)\nCloning into 'openwrt'...\nwarning: Could not find remote branch v to clone.\nfatal: Remote branch v not found in upstream origin\nError: Process completed with exit code 128.",
         raw_is_log=True, also_ok=[REF, "github.api_rate_limited"],
         note="17 December 2021, a fork's build workflow: the step that looks up the release tag through the GitHub API got null, so the clone asks for branch 'v'; the owner: set the REPO_TOKEN environment variable in Settings -> Secrets (another: replace the clone step), a config fix, not a flake (bold markers dropped)"),
    bgit("s4isystems/Bob#5", "build.repository_missing",
         "Submodule 'crtfrmstmf' (https://bitbucket.org/BrianGarland/crtfrmstmf.git) registered for path 'crtfrmstmf'\nCloning into 'C:/workspace/oss/Bob.git/crtfrmstmf'...\nremote: Repository BrianGarland/crtfrmstmf not found\nfatal: repository 'https://bitbucket.org/BrianGarland/crtfrmstmf.git/' not found",
         host_alt=["bitbucket.org"], also_ok=["credentials.repository_not_found", "build.git_remote_invalid"],
         note="October 2019, open PR from June: the crtfrmstmf submodule moved from Bitbucket to GitHub, so the old .gitmodules URL answers 'Repository ... not found' and 'prevents cloning the repo' recursively; the PR updates the URL (blockquote markers dropped, the cut last line left out)"),
    B.entry("github", "fulcrumgenomics/ferro-hgvs#1743", "github", "github.lfs_quota", False, "build", None,
            "batch response: This repository exceeded its LFS budget.\nThe account responsible for the budget should increase it to restore access.\n##[error]error: failed to fetch some objects from '.../ferro-hgvs.git/info/lfs'",
            head=["Run actions/checkout@v4"], host_alt=["github.com"], also_ok=["github.artifact_quota"],
            note="12 August 2026: every checkout with lfs: true failed repo-wide from 21:32 UTC (11 red checks per PR, jobs without LFS green) because the account's Git LFS budget was spent; not attributable to any PR's code, it lasts until the budget is raised (the path is the reporter's elision)"),
    # --- the build's own: private repositories without credentials -------------------------------------------------------
    B.build_in("git", "docker/build-push-action#1112", "credentials.git_auth",
               "1.372 * Getting lib (https://github.com/<org-name>/libraryr)\n1.542 fatal: could not read Username for 'https://github.com/': No such device or address\n1.548 ** (Mix) Command \"git --git-dir=.git fetch --force --quiet --progress\" failed",
               t="bk_raw", run="mix deps.get --only $MIX_ENV", host="github.com", component="credentials",
               also_ok=["credentials.missing", "credentials.source_auth_required"],
               note="7 May 2024: an Elixir image build whose mix.exs pulls a private dependency over https from inside the RUN step, where no credentials exist, so git cannot prompt and every run fails; the GITHUB_TOKEN of the workflow is never seen by the Dockerfile unless passed as a build secret"),
    B.build_in("git", "esl/mongooseim-docker#37", "credentials.git_auth",
               "Cloning into '/tmp/mongooseim'...\nfatal: could not read Username for 'https://gitlab.com/': No such device or address\n[2020-08-10 01:21:31] build failed",
               cmd="docker exec -i mongooseim-builder /build.sh foo https://gitlab.com/backend/foo.git 1567137e7337453d65373e00dacfd79f2d64a457",
               host="gitlab.com", component="credentials", also_ok=["credentials.missing"],
               note="10 August 2020: the builder container clones the reporter's private gitlab.com repository over https with no credentials in the container, so the build fails at once ('Not able to build ... when repo is a private repo'); an ssh URL without a key mounted only hangs"),
    # --- the build's own: package versions -------------------------------------------------------------------------------
    bpip("osmose-qa/osmose-backend#2287", YANKED,
         "ERROR: Ignored the following yanked versions: 0.1.0, 0.1.1, 0.1.2, 0.1.3\nERROR: Could not find a version that satisfies the requirement types-pkg_resources (from versions: none)\nERROR: No matching distribution found for types-pkg_resources",
         t="legacy_run", run="pip install -r requirements.txt ${PIP_INSTALL}", also_ok=["build.requirement_not_found", "build.package_version_missing"],
         note="2 August 2024: the dev compose build's requirements name types-pkg_resources, every release of which has been yanked from PyPI, so pip finds no candidate on any run until the requirement is dropped"),
    bpip("Suxiaoqinx/Netease_url#33", "build.python_version_unsupported",
         "37.12 ERROR: Ignored the following versions that require a different python version: 8.2.0 Requires-Python >=3.10; 8.2.1 Requires-Python >=3.10; 8.2.2 Requires-Python >=3.10; 8.3.0 Requires-Python >=3.10\n37.13 ERROR: Could not find a version that satisfies the requirement click==8.2.1 (from versions: 0.1, 0.2, 0.3, 0.4, 0.5, 0.5.1, 0.6, 0.7, 1.0, 1.1, 2.0, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 3.0, 3.1, 3.2, 3.3, 4.0, 4.1, 5.0, 5.1, 6.0, 6.1, 6.2, 6.3, 6.4, 6.5, 6.6, 6.7.dev0, 6.7, 7.0, 7.1, 7.1.1, 7.1.2, 8.0.0a1, 8.0.0rc1, 8.0.0, 8.0.1, 8.0.2, 8.0.3, 8.0.4, 8.1.0, 8.1.1, 8.1.2, 8.1.3, 8.1.4, 8.1.5, 8.1.6, 8.1.7, 8.1.8)\n37.13 ERROR: No matching distribution found for click==8.2.1",
         t="bk_raw", run="pip install --no-cache-dir -r requirements.txt", also_ok=["build.requirement_not_found", "build.package_version_missing"],
         note="30 September 2025: the compose image is Python 3.9 while requirements.txt pins click==8.2.1, which requires Python >= 3.10, so the install fails on every build; a later report (#108) confirms that moving the Dockerfile to python:3.11 builds"),
    bnpm("techartdev/OpenClawHomeAssistant#168", "build.package_version_missing",
         "#18 [14/24] RUN npm config set fund false && npm config set audit false     && npm install -g openclaw@2026.7.1-2-2 node-llama-cpp@3.18.1 mcporter@0.12.3\n#18 16.64 npm error code ETARGET\n#18 16.64 npm error notarget No matching version found for openclaw@2026.7.1-2-2.\n#18 16.64 npm error notarget In most cases you or one of your dependencies are requesting a package version that doesn't exist.\n#18 16.66 npm error A complete log of this run can be found in: /root/.npm/_logs/2026-08-10T14_09_15_820Z-debug-0.log",
         host_alt=["registry.npmjs.org"], also_ok=["build.package_not_found"],
         note="10 August 2026: the add-on's bump bot wrote openclaw@2026.7.1-2-2 (a doubled suffix) into the Dockerfile, a version never published, so every update build fails; fixed by PR #169, which corrects it to 2026.7.1-2 and releases 0.5.87"),
    bcargo("axodotdev/cargo-dist#2444", YANKED,
           "error: failed to compile `cargo-dist v0.32.0`, intermediate artifacts can be found at `/var/folders/4x/bvlhz7hx05q7bkrhhpvsdrx80000gn/T/cargo-installUK2lDY`.\nTo reuse those artifacts with a future compilation, set the environment variable `CARGO_TARGET_DIR` to that path.\n\nCaused by:\n  failed to select a version for the requirement `color-backtrace = \"^0.7.3\"`\n    version 0.7.3 is yanked\n  location searched: crates.io index\n  required by package `cargo-dist v0.32.0`",
           cmd="cargo install cargo-dist@0.32.0", also_ok=["build.package_version_missing", "build.lockfile_outdated"],
           note="29 June 2026: the only color-backtrace release matching cargo-dist 0.32.0's requirement was yanked from crates.io, so an unlocked cargo install cannot resolve on any run; the maintainer: use `cargo install --locked` or the prebuilt binaries, and a release with a non-yanked color-backtrace follows"),
    # --- the build's own: tools and sandboxes ----------------------------------------------------------------------------
    bnpm("pnpm/action-setup#136", "build.tool_outdated",
         "GET https://registry.npmjs.org/pnpm: Value of \"this\" must be of type URLSearchParams",
         head=["Run pnpm/action-setup@v2"], host_alt=["registry.npmjs.org"], also_ok=["build.action_unsupported_platform", "connectivity.request_failed"],
         note="4 July 2024: pnpm/action-setup@v2's self-installer started failing in every workflow ('seems to be a connection problem'), an incompatibility of the old bundled pnpm with the Node the runner now runs it on, not the registry; 'updated pnpm/action-setup@v2 => pnpm/action-setup@v4 fix the issue'"),
    B.build_in("net_cargo", "pacstall/pacstall#1233", "build.network_sandboxed",
               "    Updating crates.io index\nwarning: spurious network error (3 tries remaining): [6] Could not resolve hostname (Could not resolve host: index.crates.io)\nwarning: spurious network error (2 tries remaining): [6] Could not resolve hostname (Could not resolve host: index.crates.io)\nwarning: spurious network error (1 tries remaining): [6] Could not resolve hostname (Could not resolve host: index.crates.io)\nerror: failed to get `libadwaita` as a dependency of package `packagename v.meow (/tmp/pacstall/packagename/packagename)`",
               head=["[+] INFO: Running functions", "\t[>] Running prepare"], host_alt=["index.crates.io"],
               also_ok=["dns.resolve_failed", "build.offline_cache_miss"],
               note="3 September 2024: a pacscript's prepare() runs cargo fetch inside pacstall's bubblewrap sandbox, which has no network, so index.crates.io never resolves; 'I can fix it by running it without sandbox', and a maintainer links an earlier explanation of the sandbox"),
]
