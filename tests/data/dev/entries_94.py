"""Dev-set entries, batch 94 (JavaScript package managers of the npm 2-8, yarn 1 and pnpm 6-8 era inside CI jobs and
Dockerfile RUN steps, and the binaries their install scripts fetch: Cypress' download CDN, sharp's libvips from GitHub
releases, node-gyp's node and Electron headers, mapbox's node-pre-gyp tarballs). The service side: yarn's registry
answering 500 for a tarball, npm's registry answering 504 during its May 2020 incident and 404 for existing private
packages in June 2018 and for public tarballs in February 2020, download.cypress.io's brief 503 outage, its 404 in the
minutes after a release and its occasional 502s, GitHub's release downloads resetting or timing out under sharp's
install script, a Cypress release whose binary was unpublished and Electron headers never uploaded under io.js's new
file names (both service faults a re-run cannot fix). The runner side: a malformed HTTP_PROXY, a corporate proxy that
will not tunnel to github.com, a TLS-inspecting proxy without its CA, a VPN refusing the TLS hello, a DNS server
answering SERVFAIL inside a Docker build. The rest, the build's own mistakes that read like registry or CDN
failures: typo'd package names answered with 404 or `Couldn't find package`, a blank dependency name fetched as
`%20`, a cnpm mirror that does not carry the Cypress binary, node-gyp asked for headers of a version that does not
exist (a custom Electron build's 7.0.0, a castlabs fork's -wvvmp suffix) and node-pre-gyp asked for a prebuilt binary
for a Node ABI the package never built. `err` is verbatim from the source (a GitHub thread found with the search
tool's `issues` corpus); where a thread quoted a log inside Markdown (code fences, backticks, bold markers) only that
markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own
words or is cut, the entry stops at the last whole log line. Elisions ('...', '<...>') and masks are the reporters'
own. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing
call; an inferred, masked or placeholder one goes in host_alt (never a documentation link such as on.cypress.io or
sharp.pixelplumbing.com). Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS: set[str] = set()

B = Batch(PULLS)
js = B.family("js_packages")
bld = B.build("js_packages")
loc = B.local()

NPMJS = "registry.npmjs.org"
YARNPKG = "registry.yarnpkg.com"
CYPRESS = "download.cypress.io"
MIRROR = "connectivity.package_mirror"
NOT_FOUND = "build.package_not_found"
DL_MISSING = "build.download_not_found"
UNPUBLISHED = "connectivity.upstream_file_missing"

E = [
    # --- the registries' side ---------------------------------------------------------------------------------------------
    js("yarnpkg/yarn#4217", "connectivity", MIRROR, True, "service", YARNPKG,
       '$ yarn install\nerror An unexpected error occurred: "https://registry.yarnpkg.com/stack-generator/-/stack-generator-2.0.2.tgz: Request failed \\"500 Internal Server Error\\"".',
       also_ok=["connectivity.server_error"],
       note="on a build server's Docker container, not locally; arcanis: 'it's a 500 error ... Just retry, and it should work', and the issue was closed as 'a transient error' (the reporter saw it on three packages that day)"),
    js("npm/cli#1302", "connectivity", MIRROR, True, "service", NPMJS,
       "npm ERR! code E504\nnpm ERR! 504 Gateway Timeout - GET https://registry.npmjs.org/@umai%2fshop-dashboard",
       cmd="npm install", also_ok=["connectivity.gateway_timeout", "connectivity.server_error"],
       note="15 May 2020: npm's registry and website answered 503/504 to installs and publishes for a while (the same morning's sibling thread npm/cli#1301 ends with '(works now)'); nothing on the client changed"),
    js("npm/npm#21087", "connectivity", MIRROR, True, "service", None,
       "npm ERR! code E404\nnpm ERR! 404 Not found : @benbria/secret-package\nnpm ERR! 404\nnpm ERR! 404  '@benbria/secret-package' is not in the npm registry.\nnpm ERR! 404 You should bug the author to publish it (or use the name yourself!)\nnpm ERR! 404\nnpm ERR! 404 Note that you can also install from a\nnpm ERR! 404 tarball, folder, http url, or git url.",
       cmd="npm info @benbria/secret-package", host_alt=[NPMJS], also_ok=[NOT_FOUND, "credentials.unauthorized"],
       note="June 2018 (labelled registry): private packages 'randomly returning 404', locally and on Travis, and the same command 'a few minutes later' shows the package; the registry's fault and a retry passes (the log names no host)"),
    js("yarnpkg/yarn#5865", "connectivity", MIRROR, True, "service", YARNPKG,
       'error An unexpected error occurred: "https://registry.yarnpkg.com/error-ex/-/error-ex-1.3.2.tgz: Request failed \\"404 Not Found\\"".',
       also_ok=[NOT_FOUND, "connectivity.mirror_out_of_sync"],
       note="12 February 2020, CodeBuild: a long-published tarball answered 404; 'Check the npm status website ... they are having 404 error problems' (npm's incident that day), so the same build passes once the registry recovers"),
    # --- the binary CDNs' side ------------------------------------------------------------------------------------------
    js("cypress-io/cypress#3089", "connectivity", "connectivity.server_error", True, "service", CYPRESS,
       "URL: https://download.cypress.io/desktop/3.1.3?platform=linux&arch=x64\nError: Failed downloading the Cypress binary.\nResponse code: 503\nResponse message: Service Unavailable",
       cmd="yarn install", also_ok=[MIRROR, "connectivity.rate_limited"],
       note="Cypress' postinstall download: 'we were experiencing a brief outage of our download service that has since been resolved' (jennifer-shehane), pointing to status.cypress.io"),
    js("cypress-io/cypress#15496", "connectivity", "connectivity.mirror_out_of_sync", True, "service", CYPRESS,
       "URL: https://download.cypress.io/desktop/6.7.0?platform=linux&arch=x64\nError: Failed downloading the Cypress binary.\nResponse code: 404\nResponse message: Not Found",
       cmd="yarn install", also_ok=[DL_MISSING, UNPUBLISHED],
       note="about 20 minutes after 6.7.0 was published the Linux binary was not yet served (Windows was); 'looks like it's working now', and a maintainer: 'a weird lapse of a few minutes directly after release'"),
    js("cypress-io/cypress#27316", "connectivity", "connectivity.server_error", True, "service", CYPRESS,
       "16:04:40  .../cypress@12.14.0/node_modules/cypress postinstall: URL: https://download.cypress.io/desktop/12.14.0?platform=linux&arch=x64\n16:04:40  .../cypress@12.14.0/node_modules/cypress postinstall: Error: Failed downloading the Cypress binary.\n16:04:40  .../cypress@12.14.0/node_modules/cypress postinstall: Response code: 502\n16:04:40  .../cypress@12.14.0/node_modules/cypress postinstall: Response message: Bad Gateway",
       also_ok=["connectivity.gateway_timeout", MIRROR],
       note="'Occasional 502 from postInstall script', about once a day across 30 to 40 commits; a Cypress collaborator saw the same on GitHub CI; the next run downloads the binary"),
    js("cypress-io/cypress#15797", "connectivity", UNPUBLISHED, False, "service", CYPRESS,
       "[16:06:31] → The Cypress App could not be downloaded.\n\nDoes your workplace require a proxy to be used to access the Internet? If so, you must configure the HTTP_PROXY environment variable before downloading Cypress. Read more: https://on.cypress.io/proxy-configuration\n\nOtherwise, please check network connectivity and try again:\n\n----------\n\nURL: https://download.cypress.io/desktop/6.9.0?platform=darwin&arch=x64",
       cmd="yarn add cypress@^6.0.0", also_ok=[DL_MISSING, "build.package_version_missing"],
       note="labelled wontfix: the 6.9.0 npm package went out but its binary was unpublished ('we messed up publishing 6.9.0 and had to unpublish it', in the duplicate #16616), so a ^6 range keeps resolving to a version with no binary; re-runs fail until the build pins 6.8.x/6.9.1 (on.cypress.io is a docs link, not the failing call)"),
    js("electron/electron#1511", "connectivity", UNPUBLISHED, False, "service", "atom.io",
       "gyp http GET https://atom.io/download/atom-shell/v0.25.1/iojs-v0.25.1.tar.gz\ngyp http 403 https://atom.io/download/atom-shell/v0.25.1/iojs-v0.25.1.tar.gz",
       cmd="./script/bootstrap.py -v", also_ok=[DL_MISSING, "connectivity.forbidden"],
       note="zcbenz: io.js renamed its header tarballs from node-* to iojs-*, and Electron had not uploaded its headers under the new names; the 403 lasts until they are uploaded, so a plain re-run does not help"),
    # --- GitHub release downloads in install scripts -------------------------------------------------------------------
    js("lovell/sharp-libvips#83", "connectivity", "connectivity.reset", True, "service", "github.com",
       "09:03:48  error /home/jenkins/workspace/Geiger/geiger-review/node_modules/sharp: Command failed.\n09:03:48  Exit code: 1\n09:03:48  Command: (node install/libvips && node install/dll-copy && prebuild-install --runtime=napi) || (node-gyp rebuild && node install/dll-copy)\n09:03:48  Arguments:\n09:03:48  Directory: /home/jenkins/workspace/Geiger/geiger-review/node_modules/sharp\n09:03:48  Output:\n09:03:48  info sharp Downloading https://github.com/lovell/sharp-libvips/releases/download/v8.9.1/libvips-8.9.1-linux-x64.tar.gz\n09:03:48\n ERR! sharp read ECONNRESET",
       cmd="yarn install", also_ok=["github.download_stalled", "github.outage", "connectivity.eof"],
       note="many Jenkins builds failed one day in step 4 of yarn install while sharp fetched libvips from GitHub releases; lovell: 'a temporary problem with networking between your CI environment and either GitHub or AWS S3' (no wider GitHub Releases outage)"),
    js("penxio/penx#25", "github", "github.connect_timeout", True, "service", "github.com",
       ".../sharp@0.32.6/node_modules/sharp install$ (node install/libvips && node install/dll-copy && preb…\n│ sharp: Downloading https://github.com/lovell/sharp-libvips/releases/download/v8.14.5/libvips-8.14…n\n│ sharp: Installation error: connect ETIMEDOUT 185.199.111.133:443\n│ sharp: Please see https://sharp.pixelplumbing.com/install for required dependencies",
       cmd="pnpm install", host_alt=["185.199.111.133:443", "185.199.111.133", "objects.githubusercontent.com"], also_ok=["connectivity.connect_timeout", "connectivity.timeout"],
       note="a clean pnpm install fails in sharp's install script connecting to GitHub's release CDN; the reporter then: 'Seems like an intermittent error from host'; the truncations ('…') are pnpm's own"),
    # --- the runner's side: proxies, CAs, VPNs, DNS --------------------------------------------------------------------
    B.entry("js_packages", "cypress-io/cypress#9229", "connectivity", "connectivity.proxy_misconfigured", False, "local", None,
            "URL: https://download.cypress.io/desktop/5.6.0?platform=win32&arch=x64\nError: tunneling socket could not be established, cause=getaddrinfo ENOTFOUND 8000",
            cmd="npm install -D cypress", host_alt=[CYPRESS], also_ok=["dns.resolve_failed", "connectivity.proxy_refused"],
            note="several company machines: the proxy environment is malformed, so the tunnel tries to resolve the port '8000' as the proxy's host name; every install fails the same way until HTTP_PROXY is fixed (the reporter believed it was set correctly; the thread went stale)"),
    B.entry("js_packages", "lovell/sharp-libvips#185", "connectivity", "connectivity.proxy_refused", False, "local", None,
            "#0 33.79 .../sharp@0.32.1/node_modules/sharp install: sharp: Downloading https://github.com/lovell/sharp-libvips/releases/download/v8.14.2/libvips-8.14.2-linuxmusl-x64.tar.br\n#0 33.79 .../sharp@0.32.1/node_modules/sharp install: sharp: Via proxy http://myproxy.com:13128 no credentials\n#0 33.80 .../sharp@0.32.1/node_modules/sharp install: sharp: Installation error: tunneling socket could not be established, cause=read ECONNRESET\n#0 33.80 .../sharp@0.32.1/node_modules/sharp install: sharp: Please see https://sharp.pixelplumbing.com/install for required dependencies\n...\n#0 33.88 .../sharp@0.32.1/node_modules/sharp install: Failed\n#0 33.88  ELIFECYCLE  Command failed with exit code 1.",
            t="bk_raw", run="pnpm install $EXTENSIONS --config.platform=linux --config.architecture=x64", host_alt=["github.com", "myproxy.com"], also_ok=["connectivity.proxy_misconfigured", "connectivity.reset"],
            note="a Directus image build behind a corporate proxy: lovell, 'a networking problem between your web proxy and github.com. You'll need to ensure the proxy is capable of and/or permits TLS traffic to/from github.com'; the proxy name is the reporter's mask"),
    B.entry("js_packages", "nodejs/node#3742", "local", "local.tls_interception", False, "local", None,
            'npm update -g\nnpm ERR! Linux 3.16.7-35-default\nnpm ERR! argv "/usr/local/bin/node" "/usr/local/bin/npm" "update" "-g"\nnpm ERR! node v4.4.2\nnpm ERR! npm  v2.15.0\nnpm ERR! code UNABLE_TO_GET_ISSUER_CERT_LOCALLY\n\nnpm ERR! unable to get local issuer certificate',
            raw_is_log=True, host_alt=[NPMJS], also_ok=["connectivity.untrusted_certificate", "connectivity.tls_failed"],
            note="behind a corporate HTTPS proxy (the thread: Node 4 stopped trusting the system store for users behind company firewalls); the error goes away once npm is given the corporate CA bundle with `npm config set cafile=...`, a runner configuration, not an outage"),
    B.entry("js_packages", "npm/npm#19303", "local", "local.tls_interception", False, "local", NPMJS,
            "npm ERR! code EPROTO\nnpm ERR! errno EPROTO\nnpm ERR! request to https://registry.npmjs.org/jshint failed, reason: write EPROTO 101057795:error:14077419:SSL routines:SSL23_GET_SERVER_HELLO:tlsv1 alert access denied:openssl\\ssl\\s23_clnt.c:800:\nnpm ERR!",
            cmd="npm i -g node-static", also_ok=["connectivity.tls_failed", "connectivity.proxy_refused", "connectivity.firewall_blocked"],
            note="the reporter's own write-up: the TLS alert comes from the VPN or proxy the connection goes through; 'Disconnect from the VPN or make sure your Internet connection doesn't go through a Proxy Server', so it fails until the network path changes"),
    B.entry("js_packages", "nodejs/node#15780", "dns", "dns.temporary_failure", True, "local", "registry.bower.io",
            "bower morris.js#^0.5.1 EAI_AGAIN Request to https://registry.bower.io/packages/morrisjs failed: getaddrinfo EAI_AGAIN registry.bower.io:443",
            t="bk_raw", run="bower install --allow-root", also_ok=["dns.resolve_failed", "dns.server_misbehaving"],
            note="a Docker image build fails somewhere in the middle of about 20 package lookups; bnoordhuis: EAI_AGAIN means the DNS server answered SERVFAIL and the cause is the resolver's; the reporter's workaround runs the install twice, the second run passing"),
    # --- the build's own: names that do not exist -----------------------------------------------------------------------
    bld("ampproject/amp-toolbox#1266", NOT_FOUND,
        "npm install\nnpm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/@ampproject%2ftoolboxn-script-csp - Not found\nnpm ERR! 404\nnpm ERR! 404  '@ampproject/toolboxn-script-csp@2.8.0' is not in the npm registry.\nnpm ERR! 404 You should bug the author to publish it (or use the name yourself!)\nnpm ERR! 404\nnpm ERR! 404 Note that you can also install from a\nnpm ERR! 404 tarball, folder, http url, or git URL.",
        host=NPMJS, raw_is_log=True, also_ok=["build.dependency_not_found"],
        note="'other libraries from npm work good', and then: 'my bad, typo I had type symbol 'x' in the package name' (toolboxn-script-csp for toolbox-script-csp)"),
    bld("yarnpkg/yarn#8559", NOT_FOUND,
        "Trace:\n  Error: https://registry.yarnpkg.com/redux-soga: Not found\n      at Request.params.callback [as _callback] (/Users/rchen/.nvm/versions/node/v12.14.1/lib/node_modules/yarn/lib/cli.js:66988:18)\n      at Request.self.callback (/Users/rchen/.nvm/versions/node/v12.14.1/lib/node_modules/yarn/lib/cli.js:140662:22)",
        host=YARNPKG, also_ok=["build.dependency_not_found"],
        note="yarn's error log for 'Couldn't find package \"redux-soga@^1.0.0\"': the reporter closed it as 'some typo' (redux-saga)"),
    bld("yarnpkg/yarn#5809", NOT_FOUND,
        'yarn install v1.6.0\n[1/4] Resolving packages...\nerror Couldn\'t find package "serialize-javascripts" on the "npm" registry.\ninfo Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.',
        cmd="yarn install", host_alt=[YARNPKG], also_ok=["build.dependency_not_found"],
        note="webpack assets for a Rails app: the package is serialize-javascript; 'serialize-javascripts' was never published, so every install fails the same way (the log names no host)"),
    bld("pnpm/pnpm#6712", NOT_FOUND,
        " ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/%20: Not Found - 404\n\nThis error happened while installing a direct dependency of /Users/linonetwo/Desktop/repo/slate-write\n\n  is not in the npm registry, or you have no permission to fetch it.\n\nNo authorization header was set for the request.",
        host=NPMJS, cmd="pnpm i tw-react", also_ok=["build.invalid_reference", "credentials.missing"],
        note="the reporter found the cause: package.json had gained a dependency named ' ' (\" \": \"^0.2.0\"), which pnpm fetches as %20; the 'no authorization header' hint is a red herring"),
    # --- the build's own: binaries and headers that were never built ----------------------------------------------------
    bld("openmaptiles/genfontgl#6", "build.no_prebuilt_binary",
        "Error: 403 status code downloading tarball https://mapbox-node-binary.s3.amazonaws.com/fontnik/v0.4.8/node-v47-linux-x64.tar.gz",
        host="mapbox-node-binary.s3.amazonaws.com", cmd="npm install", also_ok=[DL_MISSING, "build.tool_incompatible"],
        note="node-pre-gyp asks S3 for a fontnik binary built for Node ABI 47 (Node 5), which was never published (S3 answers 403 for a missing key); 'Upgraded to node 6 and works now'"),
    bld("electron/electron#4934", DL_MISSING,
        "gyp ERR! stack Error: 403 response downloading https://atom.io/download/atom-shell/v7.0.0/node-v7.0.0-headers.tar.gz",
        host="atom.io", also_ok=["build.no_prebuilt_binary", "build.invalid_reference"],
        note="a custom Electron build asks for headers of 'v7.0.0'; zcbenz: 'Version number should never be 7.0.0, are you modifying the source code for building?' and closed it as an unsupported custom build"),
    bld("electron-userland/electron-builder#5287", DL_MISSING,
        "                    errorOut=gyp WARN install got an error, rolling back install\n    gyp ERR! configure error\n    gyp ERR! stack Error: 403 response downloading https://electronjs.org/headers/v9.3.0-wvvmp/node-v9.3.0-wvvmp.tar.gz",
        host="electronjs.org", cmd="electron-builder --publish=never -c ./build/electron-builder.yml", also_ok=["build.no_prebuilt_binary", "build.tool_incompatible"],
        note="the project's CI uses castlabs' Widevine fork of Electron, whose version v9.3.0-wvvmp has no headers on electronjs.org; 'It's the website giving an access denied. Issue isn't linked to electron-builder', so every rebuild of the native module fails"),
    bld("Armour/vue-typescript-admin-template#73", DL_MISSING,
        "URL: https://cdn.npm.taobao.org/dist/cypress/3.4.0/osx64/cypress.zip\nError: Failed downloading the Cypress binary.\nResponse code: 404\nResponse message: Not Found",
        host="cdn.npm.taobao.org", cmd="cnpm i", also_ok=["connectivity.mirror_out_of_sync", UNPUBLISHED],
        note="cnpm points Cypress' postinstall at its own binary mirror, which has no 3.4.0 macOS zip; the maintainer: 'Try npm or yarn instead, it should work', i.e. the install tool chosen, not an outage"),
]
