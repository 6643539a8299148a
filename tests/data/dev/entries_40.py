"""Dev-set entries, batch 40 (the Windows and macOS runners again, other threads and other wording than batch 29.
Chocolatey's community feed answering 500 and 503 or not at all during its outages; Homebrew: ghcr.io answering 401 to
anonymous bottle pulls during a GitHub Packages incident, Bintray bottles not yet published (one survived by building
from source), a tap's download host behind a broken Cloudflare origin; vcpkg: a GitHub archive 404 during a short
GitHub downtime, an old vcpkg asking MSYS2 for a dropped libtool, bzip.org down; CocoaPods: jsDelivr's 503 and
Cloudflare's outage taking cdn.cocoapods.org's name with it; PowerShell: Invoke-WebRequest and Invoke-RestMethod
offering only TLS 1.0 after GitHub required TLS 1.2, GitHub's API rate limit and a 429 on get.scoop.sh; Windows
containers: a Linux image pulled on a Windows host and Windows images whose build does not match the host's; macOS
signing: codesign without the private key of a locked keychain, an expired signing certificate; SwiftPM: an SSH key the
CI never got, a persisted package cache holding a stale revision; notarization: a team id secret gone, a locked Apple
ID, an expired developer agreement; App Store uploads: a redundant build number, an authentication session altool
cannot create; Carthage: GitHub's API rate limit and login throttling (two only warnings); winget's source failing on
the service side; scoop manifests pointing at URLs that moved; NuGet restore on the Windows runners finding only the
offline package source). `err` is verbatim from the source (a GitHub thread found with the search tool's `issues`
corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks, the link markup GitHub's log view
adds around a digit) only that markup was dropped, and the trailing blanks of a padded line were trimmed, never a word
of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line;
reporters' maskings and elisions ("***", "<IP ADDRESS>", "...", "XXXX-xxxx") are kept as written. Hosts follow the
README's strict rule: a host is given only where a line of the log names it for the failing call; an inferred, masked
or placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501, RUF001
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"aspnet/aspnet-docker#374", "dotnet/roslyn-sdk#110", "frobware/cmd-key-happy#46", "syv-ai/dash#155",
         "MinoruSekine/setup-scoop#189"}

B = Batch(PULLS)
net = B.entry
loc = B.local()

PWSH = "  shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command \". '{0}'\""


def win(cmd: str) -> list[str]:
    """The hosted Windows runner's step header (pwsh is the default shell there)."""
    return [f"Run {cmd}", f"  {cmd}", PWSH]


TLS12 = ("Windows PowerShell's web cmdlets offer only SSL 3 and TLS 1.0 unless the script sets "
         "[Net.ServicePointManager]::SecurityProtocol to Tls12; GitHub (and more and more hosts) refuse anything below TLS 1.2 "
         "since February 2018, so every run fails until the script is fixed")
WIN_MISMATCH = ("a process-isolated Windows container must match the host's Windows build; the image's tag names another "
                "release than the runner's, so every run fails until the job picks the matching tag or Hyper-V isolation")
LOCKED_KEYCHAIN = ("errSecInternalComponent is codesign failing to reach the identity's private key: a session without a "
                   "window server (ssh, launchd, a CI agent) finds the login keychain locked; the fix is `security "
                   "unlock-keychain` (or a build keychain with set-key-partition-list) in that session, not a re-run")
ASC = ["appstoreconnect.apple.com"]

E = [
    # --- Chocolatey's community feed ----------------------------------------------------------------------------------
    net("net_choco", "appveyor/ci#880", "connectivity", "connectivity.package_mirror", True, "service", None,
        "choco install elasticsearch --version 2.2.1 -i\nInstalling the following packages:\nelasticsearch\nBy installing you accept licenses for the packages.\nelasticsearch not installed. An error occurred during installation:\n The remote server returned an error: (500) Internal Server Error.\nThe install of elasticsearch was NOT successful.\nelasticsearch not installed. An error occurred during installation:\n The remote server returned an error: (500) Internal Server Error.\nChocolatey installed 0/1 package(s). 1 package(s) failed.\n See the log for details (C:\\ProgramData\\chocolatey\\logs\\chocolatey.log).\nFailures:\n - elasticsearch\nCommand exited with code 1",
        raw_is_log=True, host_alt=["chocolatey.org", "packages.chocolatey.org"], also_ok=["registry.server_error"],
        note="'This is what happens sometime' on AppVeyor; AppVeyor's staff: 'a server error on Chocolatey side', Chocolatey's maintainer: 'We were having issues, which has since been resolved'"),
    net("net_choco", "chocolatey/choco#2515", "connectivity", "connectivity.package_mirror", True, "service", "community.chocolatey.org",
        "Error retrieving packages from source 'https://chocolatey.org/api/v2/':\n Could not connect to the feed specified at 'https://community.chocolatey.org/api/v2/'. Please verify that the package source (located in the Package Manager Settings) is valid and ensure your network connectivity.\nbat|0.18.3|0.18.3|false",
        head=win("choco outdated -r"), also_ok=["connectivity.refused", "connectivity.timeout"],
        note="2022-01-08: `choco outdated` 'failing with the below error for a couple of hours', many users at once; the same day 'everything seems to be back to normal' (the community repository's downtime, not the machines)"),
    net("net_choco", "chocolatey/choco#1684", "connectivity", "connectivity.package_mirror", True, "service", None,
        "Failures\n - adobereader (exited 1) - adobereader not upgraded. An error occurred during installation:\n The remote server returned an error: (503) Server Unavailable. Service Unavailable",
        head=win("choco upgrade adobereader -y --debug --verbose"), host_alt=["chocolatey.org"], also_ok=["registry.server_error"],
        note="2018-11-29, the day of chocolatey/chocolatey.org#607 ('Chocolatey install server is down', the maintainers pointing at status.chocolatey.org): every upgrade answered 503 by the feed"),
    net("net_choco", "chocolatey/choco#1681", "connectivity", "connectivity.package_mirror", True, "service", None,
        "Chocolatey v0.10.11\nThe remote server returned an error: (503) Server Unavailable.",
        head=win("choco search freecad"), host_alt=["chocolatey.org"], also_ok=["registry.server_error"],
        note="'It is working now!'; a package maintainer: 'The Chocolatey website cache server has problems now and then. It's a known issue. We just need to sit back and wait'"),
    # --- Homebrew ------------------------------------------------------------------------------------------------------
    net("brew", "Homebrew/brew#13461", "registry", "registry.server_error", True, "service", "ghcr.io",
        "==> Upgrading 3 outdated packages:\nterramate 0.1.7 -> 0.1.8\ngping 1.3.1 -> 1.3.2\nawscli 2.7.7 -> 2.7.9\n==> Downloading https://ghcr.io/v2/homebrew/core/terramate/manifests/0.1.8\nAlready downloaded: /home/giermulnik/.cache/Homebrew/downloads/4b669a4251a9a92eb17e5b0645cf08bf105d3881d4d230152942503f5098af99--terramate-0.1.8.bottle_manifest.json\n==> Downloading https://ghcr.io/v2/homebrew/core/terramate/blobs/sha256:b0d38fc4e5e187eeecdb09c6e6c4e1cadb24f03d079bc261c3df4e395cf78715\ncurl: (22) The requested URL returned error: 401\nError: terramate: Failed to download resource \"terramate\"\nDownload failed: https://ghcr.io/v2/homebrew/core/terramate/blobs/sha256:b0d38fc4e5e187eeecdb09c6e6c4e1cadb24f03d079bc261c3df4e395cf78715",
        cmd="brew upgrade", also_ok=["github.outage"],
        note="2022-06-22: the same hour Homebrew/brew#13460 ('GitHub Packages HTTP 401 errors'), homebrew-core#104189 and #104190 report 401s on every bottle blob with Homebrew's anonymous token; ghcr.io's side that day (closed as outdated once it passed), not the users' credentials"),
    net("brew", "Homebrew/homebrew-core#8115", "registry", "registry.bottle_not_published", False, "service", "homebrew.bintray.com",
        "==> Upgrading kubernetes-cli\n==> Downloading https://homebrew.bintray.com/bottles/kubernetes-cli-1.5.1_1.sierra.bottle.tar.gz\n\ncurl: (22) The requested URL returned error: 401 Unauthorized\nError: Failed to download resource \"kubernetes-cli\"\nDownload failed: https://homebrew.bintray.com/bottles/kubernetes-cli-1.5.1_1.sierra.bottle.tar.gz",
        cmd="brew upgrade kubernetes-cli", also_ok=["credentials.unauthorized"],
        note="the formula bump was committed 6.5 hours earlier but its bottle was never published on Bintray, which answers unpublished files with 401; a maintainer: 'On it' ... 'Fixed'"),
    net("brew", "Homebrew/homebrew-science#2002", "registry", "registry.bottle_not_published", False, "service", "homebrew.bintray.com",
        "==> Downloading https://homebrew.bintray.com/bottles-science/readseq-2.1.19.yosemite.bottle.tar.gz\ncurl: (22) The requested URL returned error: 401 Unauthorized\nError: Failed to download resource \"readseq\"\nDownload failed: https://homebrew.bintray.com/bottles-science/readseq-2.1.19.yosemite.bottle.tar.gz\nWarning: Bottle installation failed: building from source.",
        cmd="brew install readseq", fatal=False, also_ok=["credentials.unauthorized"],
        note="a maintainer: 'Should work now, fixed from the web interface' (the bottle had not been published on Bintray); brew falls back to building from source, so the install goes on"),
    net("brew", "go-gitea/homebrew-gitea#34", "connectivity", "connectivity.package_mirror", True, "service", "dl.gitea.io",
        "==> Upgrading go-gitea/gitea/gitea\n==> Downloading https://dl.gitea.io/gitea/1.4.0/gitea-1.4.0-darwin-10.6-amd64\n\ncurl: (22) The requested URL returned error: 526\nError: Failed to download resource \"gitea\"\nDownload failed: https://dl.gitea.io/gitea/1.4.0/gitea-1.4.0-darwin-10.6-amd64",
        cmd="brew upgrade", also_ok=["connectivity.untrusted_certificate", "registry.server_error"],
        note="526 is Cloudflare finding the origin's certificate invalid; a maintainer: 'dl.gitea.io is broken currently after we upgraded the DO plan', the next day 'Should be fixed'"),
    # --- vcpkg -------------------------------------------------------------------------------------------------------
    net("net_vcpkg", "microsoft/vcpkg#22053", "github", "github.outage", True, "service", "github.com",
        "Building package boost-smart-ptr[core]:x64-windows-static...\n-- Installing port from location: D:\\source\\juice\\vcpkg\\buildtrees\\versioning_\\versions\\boost-smart-ptr\\700532550b70d03254c77f1467ab4c01a2c6e62a\n-- Downloading https://github.com/boostorg/smart_ptr/archive/boost-1.77.0.tar.gz -> boostorg-smart_ptr-boost-1.77.0.tar.gz...\n[DEBUG] Feature flag 'binarycaching' unset\n[DEBUG] Feature flag 'manifests' = off\n[DEBUG] Feature flag 'compilertracking' unset\n[DEBUG] Feature flag 'registries' unset\n[DEBUG] Feature flag 'versions' unset\n[DEBUG] Downloading https://github.com/boostorg/smart_ptr/archive/boost-1.77.0.tar.gz\nError: Failed to download from mirror set:\nhttps://github.com/boostorg/smart_ptr/archive/boost-1.77.0.tar.gz: failed: status code 404",
        cmd="vcpkg install boost-smart-ptr:x64-windows-static", also_ok=["github.server_error", "build.download_not_found"],
        note="a maintainer could not reproduce; the reporter: 'It appears this was just a small downtime for Github. It came back shortly' (a 404 for an archive that exists)"),
    net("net_vcpkg", "microsoft/vcpkg#29837", "build", "build.download_not_found", False, "build", None,
        "Downloading https://repo.msys2.org/msys/x86_64/libtool-2.4.6-9-x86_64.pkg.tar.xz\nDownloading https://www2.futureware.at/~nickoe/msys2-mirror/msys/x86_64/libtool-2.4.6-9-x86_64.pkg.tar.xz\nDownloading https://mirror.yandex.ru/mirrors/msys2/msys/x86_64/libtool-2.4.6-9-x86_64.pkg.tar.xz\nDownloading https://mirrors.tuna.tsinghua.edu.cn/msys2/msys/x86_64/libtool-2.4.6-9-x86_64.pkg.tar.xz\nDownloading https://mirrors.ustc.edu.cn/msys2/msys/x86_64/libtool-2.4.6-9-x86_64.pkg.tar.xz\nDownloading https://mirror.bit.edu.cn/msys2/msys/x86_64/libtool-2.4.6-9-x86_64.pkg.tar.xz\nwarning: Download failed -- retrying after 1000ms\nwarning: Download failed -- retrying after 2000ms\nwarning: Download failed -- retrying after 4000ms\nDownloading https://mirror.selfnet.de/msys2/msys/x86_64/libtool-2.4.6-9-x86_64.pkg.tar.xz\nDownloading https://mirrors.sjtug.sjtu.edu.cn/msys2/msys/x86_64/libtool-2.4.6-9-x86_64.pkg.tar.xz\nerror: Failed to download from mirror set",
        cmd="vcpkg install gmp:x64-windows", host_alt=["repo.msys2.org"], also_ok=["connectivity.package_mirror"],
        note="the answer: 'You need to do a git pull and rerun bootstrap-vcpkg.bat': the checked-out vcpkg asks every MSYS2 mirror for a libtool build they no longer carry ('yes! my problem solved!')"),
    net("net_vcpkg", "microsoft/vcpkg#2811", "connectivity", "connectivity.package_mirror", True, "service", "www.bzip.org",
        "-- Downloading http://www.bzip.org/1.0.6/bzip2-1.0.6.tar.gz...\n-- Downloading http://www.bzip.org/1.0.6/bzip2-1.0.6.tar.gz... Failed. Status: 7;\"Couldn't connect to server\"\nCMake Error at repos/vcpkg/scripts/cmake/vcpkg_download_distfile.cmake:122 (message):\n\n\n      Failed to download file.\n      Add mirrors or submit an issue at https://github.com/Microsoft/vcpkg/issues\n\nCall Stack (most recent call first):\n  repos/vcpkg/ports/bzip2/portfile.cmake:4 (vcpkg_download_distfile)\n  repos/vcpkg/scripts/ports.cmake:72 (include)\n\n\nError: Building package bzip2:x86-windows failed with: BUILD_FAILED",
        cmd="vcpkg install bzip2:x86-windows", also_ok=["connectivity.refused", "connectivity.unreachable"],
        note="'In fact www.bzip.org is down'; a maintainer the next day: 'bzip.org appears to be back up for me', the reporter: 'working for me now too' (the upstream source host, before vcpkg mirrored it)"),
    # --- CocoaPods' CDN -----------------------------------------------------------------------------------------------
    net("net_pods", "Friend-LGA/LGSideMenuController#189", "connectivity", "connectivity.package_mirror", True, "service", "cdn.jsdelivr.net",
        "CDN: trunk URL couldn't be downloaded: https://cdn.jsdelivr.net/cocoa/Specs/f/d/e/LGSideMenuController/2.3.0/LGSideMenuController.podspec.json Response: 503\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"\n \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html>\n  <head>\n    <title>503 Service Unavailable</title>\n  </head>\n  <body>\n    <h1>Error 503 Service Unavailable</h1>\n    <p>Service Unavailable</p>\n    <h3>Guru Mediation:</h3>\n    <p>Details: cache-vie6372-VIE 1623147282 958504461</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>",
        cmd="pod install", also_ok=["registry.server_error"],
        note="the CocoaPods trunk CDN's podspec redirect to jsDelivr answered with a Fastly edge's 503 page on 2021-06-08 (the timestamp in 'Details' is that morning, the hour of Fastly's global outage); closed without a change in the pod"),
    net("net_pods", "CocoaPods/CocoaPods#9919", "dns", "dns.resolve_failed", True, "service", "cdn.cocoapods.org",
        "[!] Unable to add a source with url `https://cdn.cocoapods.org/` named `trunk`.\n(/usr/local/bin/git clone https://cdn.cocoapods.org/ -- trunk\nCloning into 'trunk'...\nfatal: unable to access 'https://cdn.cocoapods.org/': Could not resolve host: cdn.cocoapods.org\n)\nYou can try adding it manually in `/Users/distiller/.cocoapods/repos` or via `pod repo add`.",
        cmd="pod install", also_ok=["connectivity.package_mirror", "dns.no_such_host", "dns.temporary_failure"],
        note="2020-07-17 on CircleCI and locally: a maintainer: 'Looks like Cloudflare is down causing issues to many services including cocoapods' ... 'Looks like things are coming back up'"),
    # --- PowerShell downloads: TLS 1.2 ------------------------------------------------------------------------------
    net("net_win", "aspnet/aspnet-docker#374", "build", "build.tls_protocol_outdated", False, "build", None,
        "Invoke-WebRequest : The request was aborted: Could not create SSL/TLS secure channel.",
        cmd="docker build -t microsoft/aspnetcore-build:2.0-nanoserver-1709 2.0/nanoserver-1709/sdk", host_alt=["github.com"],
        also_ok=["connectivity.tls_failed"], note="the PR 'Use TLS1.2 when downloading from GitHub' fixes the image builds' Invoke-WebRequest: " + TLS12),
    net("net_win", "pcgeek86/PSGitHub#40", "build", "build.tls_protocol_outdated", False, "build", "api.github.com",
        "Invoke-RestMethod : The request was aborted: Could not create SSL/TLS secure channel.\nAt line:1 char:1\n+ Invoke-RestMethod https://api.github.com/repos/pcgeek86/PSGitHub\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebExc\n   eption\n    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand",
        also_ok=["connectivity.tls_failed"],
        note="PowerShell 5.1 on 2018-02-27, every GitHub API call from the module and other TLS 1.2-only sites alike: " + TLS12),
    net("net_win", "dotnet/roslyn-sdk#110", "build", "build.tls_protocol_outdated", False, "build", None,
        "The request was aborted: Could not create SSL/TLS secure channel.\nSystem.Net.WebException: The request was aborted: Could not create SSL/TLS secure channel.\n   at Microsoft.PowerShell.Commands.WebRequestPSCmdlet.GetResponse(WebRequest request)\n   at Microsoft.PowerShell.Commands.WebRequestPSCmdlet.ProcessRecord()",
        cmd="powershell -ExecutionPolicy ByPass -NoProfile -File build.ps1", host_alt=["dot.net", "dotnetcli.blob.core.windows.net"],
        also_ok=["connectivity.tls_failed"], note="the PR 'fix powershell' (March 2018) makes the build script's download offer TLS 1.2: " + TLS12),
    # --- Windows containers ------------------------------------------------------------------------------------------
    net("win_docker", "gliderlabs/registrator#581", "build", "build.wrong_arch_image", False, "build", None,
        "Using default tag: latest\nlatest: Pulling from gliderlabs/registrator\nc87f684ee1c2: Extracting [==================================================>]  2.492MB/2.492MB\na0559c0b3676: Download complete\na28552c49839: Download complete\nfailed to register layer: re-exec error: exit status 1: output: ProcessBaseLayer C:\\ProgramData\\Docker\\windowsfilter\\f6842020c1902fe0bb9f42a650c997b5ae230c8c103964ea1a0dfca1db3177cc: The system cannot find the path specified.",
        cmd="docker pull gliderlabs/registrator", host_alt=["docker.io", "registry-1.docker.io"], also_ok=["local.docker_daemon_broken"],
        note="Windows 10 and Server 2016 hosts in Windows-container mode pulling an image published for Linux only (the thread: Windows support exists in a pull request, not in the published image); windowsfilter cannot register a Linux layer, every time"),
    net("win_docker", "abbgrade/psdocker#15", "build", "build.wrong_arch_image", False, "build", None,
        "Process error: docker: Error response from daemon: hcsshim::CreateComputeSystem 8f6687b168c47a83c702a49f9488d062a33e7539f8b63c06396cdb06fa6ec4e4: The container operating system does not match the host operating system.",
        head=win("Invoke-Pester -Path test"), host_alt=["mcr.microsoft.com"],
        note="labelled bug in the module's own build-validation workflow: the tests run mcr.microsoft.com/windows/nanoserver:2009 on the hosted Windows runner, whose Windows build differs: " + WIN_MISMATCH),
    net("win_docker", "dotnet/runtime#67728", "build", "build.wrong_arch_image", False, "build", None,
        "2022-04-06T22:48:20.058Z\tERROR  \tdockerhelper(233)\trun\tAPI Error attempting to talk to Docker Server:500 Server Error: Internal Server Error (\"CreateComputeSystem 9098476f85a32e792494273ed6ffbdda89e2eaa58e6afaf0e6078dc89ebefbf4: The container operating system does not match the host operating system.",
        raw_is_log=True, host_alt=["mcr.microsoft.com"], also_ok=["local.docker_daemon_broken"],
        note="labelled blocking-clean-ci, in-pr: the rolling build sent a windowsservercore-2004 Helix image to a windows.amd64.server2022 queue, 300-odd test work items failing alike; the 500 is the Docker daemon relaying HCS, not a registry. " + WIN_MISMATCH),
    # --- macOS signing and the keychain --------------------------------------------------------------------------------
    net("mac_sign", "frobware/cmd-key-happy#46", "credentials", "credentials.keychain_locked", False, "local", None,
        "Signing .build/CmdKeyHappy.app (Apple Development: Andrew McDermott (E3QZ4B62AW))...\n.build/CmdKeyHappy.app: replacing existing signature\n.build/CmdKeyHappy.app: errSecInternalComponent\nmake: *** [Makefile:297: bundle] Error 1",
        cmd="make bundle", also_ok=["local.credential_store", "credentials.helper_failed"],
        note="'Building over ssh fails like this': the PR explains the message; " + LOCKED_KEYCHAIN),
    net("mac_sign", "dotnet/macios#26183", "credentials", "credentials.keychain_locked", False, "local", None,
        "/usr/local/share/dotnet/packs/Microsoft.iOS.Sdk.net10.0_26.5/26.5.10301/tools/msbuild/Xamarin.Shared.targets(2596,3): error\n      /usr/bin/codesign exited with code 1\n... errSecInternalComponent",
        cmd="dotnet build \"-t:Clean;Build;Run\" -c Debug -f net10.0-ios -r ios-arm64 YourApp.csproj", also_ok=["local.credential_store", "credentials.helper_failed"],
        note="a build over ssh to a Mac; the reporter's workaround `sudo security unlock-keychain` after logging in, and the maintainers add an error saying so (dotnet/macios#26189); " + LOCKED_KEYCHAIN + " (the '...' is the reporter's elision)"),
    net("mac_sign", "Apple-Actions/import-codesign-certs#138", "credentials", "credentials.signing_cert_expired", False, "build", None,
        "error: The specified item could not be found in the keychain.",
        head=["Run codesign --force --options runtime --sign \"$IDENTITY\" build/score.app"], also_ok=["credentials.missing"],
        note="'without changing anything' on the macOS 15 and 26 runner images for a week; the reporter: 'sorry for the noise, cert had expired' (the imported identity no longer valid, so codesign finds no usable item)"),
    # --- Swift Package Manager -----------------------------------------------------------------------------------------
    net("net_spm", "mergesort/Boutique#43", "credentials", "credentials.git_auth", False, "build", "github.com",
        "xcodebuild: error: Could not resolve package dependencies:\nFailed to clone repository git@github.com:mergesort/Boutique.git:\nCloning into bare repository '/Users/builder/Library/Developer/Xcode/DerivedData/XXXX-xxxx/SourcePackages/repositories/Boutique-5d5d00dc'\ngit@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.\nPlease make sure you have the correct access rights\nand the repository exists.",
        cmd="xcodebuild -resolvePackageDependencies -scheme App", also_ok=["credentials.unauthorized", "build.repository_missing"],
        note="Codemagic's build machine cloning the package over SSH; the reporter: 'it was just an SSH key that I didn't add to the config'"),
    loc("swiftlang/swift-package-manager#6050", "local.stale_package_cache", False,
        "[14:17:18]: ▸     /Applications/Xcode.app/Contents/Developer/usr/bin/xcodebuild -resolvePackageDependencies -workspace myworkspace.xcworkspace -scheme myscheme -derivedDataPath ./derivedData -clonedSourcePackagesDirPath \"~/builds/cache/spm\"\n[14:17:18]: ▸ User defaults from command line:\n[14:17:18]: ▸     IDEClonedSourcePackagesDirPathOverride = /Users/gitlab-runner/builds/cache/spm\n[14:17:18]: ▸     IDEDerivedDataPathOverride = /Users/gitlab-runner/builds/myapp/derivedData\n[14:17:18]: ▸     IDEPackageSupportUseBuiltinSCM = YES\n[14:17:45]: ▸ xcodebuild: error: Could not resolve package dependencies:\n[14:17:45]: ▸   Couldn’t check out revision ‘906c204b2a6f517ccb13ed0c751d3e26013015d0’:\n[14:17:45]: ▸     fatal: reference is not a tree: 906c204b2a6f517ccb13ed0c751d3e26013015d0",
        also_ok=["build.submodule_ref_missing", "gha_cache.corrupt_archive"],
        note="a GitLab macOS runner keeps SwiftPM's cloned packages in a persistent directory; after each release of their own package the cached bare clone lacks the new revision: 'After clear the spm cache it works' (a re-run on the same runner keeps failing)"),
    # --- notarization ----------------------------------------------------------------------------------------------
    net("mac_notary", "syv-ai/dash#155", "credentials", "credentials.unauthorized", False, "build", None,
        "Error: HTTP status code: 401. Invalid credentials. Username or password is incorrect.",
        head=["Run npx electron-builder --mac --publish never"], host_alt=ASC, also_ok=["credentials.missing"],
        note="the PR: `xcrun notarytool submit` authenticates the Apple ID scoped to a team id, and APPLE_TEAM_ID had become a secret that is unset in the repository; restoring the literal team id fixes it"),
    net("mac_notary", "defineEditor/vde-dataset-viewer#104", "credentials", "credentials.account_locked", False, "build", None,
        "Error: HTTP status code: 401. Your Apple ID has been locked. Visit iForgot to reset your account (https://iforgot.apple.com/), then generate a new app-specific password. Ensure that all authentication arguments are correct.\n    at /Users/runner/work/vde-dataset-viewer/vde-dataset-viewer/node_modules/@electron/notarize/src/notarytool.ts:115:13\n    at Generator.next (<anonymous>)\n    at fulfilled (/Users/runner/work/vde-dataset-viewer/vde-dataset-viewer/node_modules/@electron/notarize/lib/notarytool.js:28:58)\n    at processTicksAndRejections (node:internal/process/task_queues:105:5)\nError: Process completed with exit code 1.",
        raw_is_log=True, host_alt=ASC, also_ok=["credentials.unauthorized", "credentials.login_throttled"],
        note="@electron/notarize in the Mac release job: Apple locked the account the app-specific password belongs to; only resetting it and a new password help (iforgot.apple.com is the remedy's address, not the failing call)"),
    net("mac_notary", "ungoogled-software/ungoogled-chromium-macos#324", "credentials", "credentials.agreement_expired", False, "build", None,
        "+ xcrun notarytool submit /var/folders/.../notarize.zip --wait --apple-id *** --team-id *** --password ***\nConducting pre-submission checks for notarize.zip and initiating connection to the Apple notary service...\nError: HTTP status code: 403. A required agreement is missing or has expired. This request requires an in-effect agreement that has not been signed or has expired. Ensure your team has signed the necessary legal agreements and that they are not expired.\nError: Process completed with exit code 1.",
        raw_is_log=True, host_alt=ASC, also_ok=["credentials.forbidden", "credentials.permission_denied"],
        note="signing passes, notarization is refused: the developer team's account holder must accept Apple's updated agreements in the developer portal; every submission fails until then"),
    # --- App Store uploads ------------------------------------------------------------------------------------------
    net("mac_upload", "dotnet/macios#7207", "build", "build.duplicate_build_number", False, "build", None,
        "Failed to upload MyApp bundle to the App Store\n\"altool\" exited with code 176.",
        cmd="msbuild /t:Build /p:Configuration=AppStore /p:Platform=iPhone /p:BuildIpa=true /p:ArchiveOnBuild=true", host_alt=ASC,
        note="a maintainer first blamed Apple's notary outage; the reporter found the cause with `xcrun altool` by hand: 'Redundant binary upload' - the build number had already been uploaded; increasing the bundle version fixed it (others confirm)"),
    net("mac_upload", "bitrise-steplib/steps-deploy-to-itunesconnect-application-loader#22", "credentials", "credentials.unauthorized", False, "build", None,
        "$ xcrun \"altool\" \"--upload-app\" \"-f\" \"/Users/vagrant/deploy/Staging-Release.ipa\" \"-u\" \"MYEMAIL\\n\" \"-p\" \"[REDACTED]\"\n2020-04-26 14:58:38.151 altool[5452:21892] *** Error: Errors uploading '/Users/vagrant/deploy/Staging-Release.ipa': (\n    \"Error Domain=ITunesSoftwareServiceErrorDomain Code=-22014 \\\"We are unable to create an authentication session.\\\" UserInfo={NSLocalizedDescription=We are unable to create an authentication session., NSLocalizedFailureReason=Unable to validate your application.}\"\n)",
        head=["Run deploy-to-itunesconnect-application-loader"], host_alt=ASC, also_ok=["credentials.token_failed"],
        note="one app only: the answers point at the account's two-factor session (renew it in the team's settings, 'from time to time'), an app-specific password, or the App Store Connect API key instead"),
    # --- Carthage and GitHub's API -------------------------------------------------------------------------------------
    net("carthage", "Carthage/Carthage#545", "github", "github.api_rate_limited", False, "build", None,
        "*** Fetching Dodo\n*** Fetching BrightFutures\n*** Fetching Result\n*** Fetching Box\nGitHub API request failed: API rate limit exceeded for  (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
        cmd="carthage update --use-ssh", host_alt=["api.github.com"], also_ok=["github.rate_limited"],
        note="Carthage 0.7.4 asks GitHub's API anonymously for release binaries; a maintainer: set up a credential cache (authenticated requests) or `--no-use-binaries`, which drops the only API calls"),
    net("carthage", "MicrosoftDocs/appcenter-docs#414", "github", "github.api_rate_limited", False, "build", None,
        "*** Skipped downloading aws-sdk-ios.framework binary due to the error:\n\t\"API rate limit exceeded for <IP ADDRESS>. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)\"",
        cmd="carthage bootstrap --platform iOS", fatal=False, host_alt=["api.github.com"], also_ok=["github.rate_limited"],
        note="App Center's shared build addresses spend the anonymous API budget; Carthage only warns and builds aws-sdk-ios from source instead (which then ran past the build's time limit)"),
    net("carthage", "Carthage/Carthage#1236", "credentials", "credentials.login_throttled", False, "local", None,
        "*** Cloning CryptoSwift\n*** Cloning Reachability.swift\n*** Cloning Starscream\n*** Skipped downloading CryptoSwift.framework binary due to the error:\n\t\"GitHub API request failed: Maximum number of login attempts exceeded. Please try again later.\"\n*** Checking out CryptoSwift at \"0.3.1\"\n*** Skipped downloading Starscream.framework binary due to the error:\n\t\"GitHub API request failed: Maximum number of login attempts exceeded. Please try again later.\"\n*** Checking out Starscream at \"1.1.3\"\n*** Skipped downloading Reachability.swift.framework binary due to the error:\n\t\"GitHub API request failed: Maximum number of login attempts exceeded. Please try again later.\"\n*** Checking out Reachability.swift at \"v2.3.3\"\n*** xcodebuild output can be found in /var/folders/my/m6ynh3bn6tq06h7xr3js0z7r0000gn/T/carthage-xcodebuild.ACofmP.log",
        cmd="carthage bootstrap", fatal=False, host_alt=["api.github.com"], also_ok=["github.api_rate_limited", "credentials.unauthorized"],
        note="labelled question: Carthage authenticates its API calls with the git credential it finds (osxkeychain); GitHub throttles that login after repeated failures, and Carthage only skips the binaries and checks out sources (labelled from the message, the thread gives no fix)"),
    # --- winget and scoop ------------------------------------------------------------------------------------------
    net("net_winget", "microsoft/winget-cli#3410", "connectivity", "connectivity.package_mirror", True, "service", None,
        "Failed when searching source: winget\nAn unexpected error occurred while executing the command:\n0x8a15000f : Data required by the source is missing",
        head=win("winget install --id Git.Git -e --accept-source-agreements"), host_alt=["cdn.winget.microsoft.com"],
        also_ok=["connectivity.tls_failed", "connectivity.untrusted_certificate"],
        note="2023-07-06: 'all my Winget deployments via Intune are failing this morning', `winget source reset` makes no difference; another reporter the same morning gets 0x8a15005e, the source endpoints' certificate not matching what the client pins: the source service's side"),
    net("net_scoop", "ScoopInstaller/Extras#9144", "build", "build.download_not_found", False, "service", None,
        "github: 2.9.12 -> 3.0.6\nUpdating one outdated app:\nUpdating 'github' (2.9.12 -> 3.0.6)\nDownloading new version\nThe remote server returned an error: (404) Not Found.\nAt C:\\Users\\hi\\scoop\\apps\\scoop\\current\\lib\\install.ps1:111 char:9\n+         throw $e\n+         ~~~~~~~~\n    + CategoryInfo          : OperationStopped: (:) [], WebException\n    + FullyQualifiedErrorId : The remote server returned an error: (404) Not Found.",
        head=win("scoop update github"), host_alt=["central.github.com"], also_ok=["build.package_not_found"],
        note="labelled bug in the bucket: the autoupdated manifest for GitHub Desktop 3.0.6 points at a download URL that does not exist; every install fails until the manifest is fixed"),
    net("net_scoop", "ScoopInstaller/Extras#13213", "build", "build.download_not_found", False, "service", "download.mikrotik.com",
        "Installing 'winbox' (3.40) [64bit] from 'extras' bucket\nThe remote server returned an error: (403) Forbidden.\nURL https://download.mikrotik.com/winbox/3.40/winbox64.exe is not valid",
        head=win("scoop install winbox"), also_ok=["build.package_not_found", "credentials.forbidden"],
        note="the vendor moved its downloads under /routeros/winbox/; the old URL answers 403, and the bucket's manifest needs the new one (the 403 is a missing file, not a permission)"),
    # --- NuGet on the Windows runners ----------------------------------------------------------------------------
    loc("actions/setup-dotnet#172", "local.runner_image_broken", True,
        "  Determining projects to restore...\nD:\\a\\settings-dot-net\\settings-dot-net\\Settings.Net\\Settings.Net.csproj : error NU1102: Unable to find package Newtonsoft.Json with version (>= 12.0.3) [D:\\a\\settings-dot-net\\settings-dot-net\\Settings.Net.sln]\nD:\\a\\settings-dot-net\\settings-dot-net\\Settings.Net\\Settings.Net.csproj : error NU1102:   - Found 1 version(s) in Microsoft Visual Studio Offline Packages [ Nearest version: 9.0.1 ] [D:\\a\\settings-dot-net\\settings-dot-net\\Settings.Net.sln]\n  Failed to restore D:\\a\\settings-dot-net\\settings-dot-net\\Settings.Net\\Settings.Net.csproj (in 599 ms).\n  Restored D:\\a\\settings-dot-net\\settings-dot-net\\Settings.Net.Tests\\Settings.Net.Tests.csproj (in 42.2 sec).\nError: Process completed with exit code 1.",
        head=win("dotnet restore"), raw_is_log=True, also_ok=["build.package_version_missing", "build.package_not_found"],
        note="'occasionally fails on Windows', Ubuntu and macOS fine; closed as a duplicate of the known setup-dotnet/runner issue where the Windows runner's NuGet config lists only the Visual Studio offline source (nuget.org missing) on some runs; a later run passes"),
    # --- GitHub's API and raw hosts from PowerShell ---------------------------------------------------------------
    net("gh_api", "FirebirdSQL/firebird-odbc-driver#284", "github", "github.api_rate_limited", False, "build", None,
        "Task /test/build-test-databases\nERROR:\n{\n  \"message\": \"API rate limit exceeded for 172.203.212.193. (But here\\u0027s the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)\",\n  \"documentation_url\": \"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting\"\n}\nAt C:\\Users\\runneradmin\\Documents\\PowerShell\\Modules\\PSFirebird\\0.5.0\\Private\\Get-FirebirdReleaseUrl.ps1:50 char:17\n+ … $releases = Invoke-RestMethod -Uri $apiUrl -Headers $headers -Verbose …\n+               ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\nAt D:\\a\\firebird-odbc-driver\\firebird-odbc-driver\\firebird-odbc-driver.build.ps1:59 char:1\n+ task build-test-databases {\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~\nBuild FAILED. 3 tasks, 1 errors, 0 warnings 00:03:56.9278349",
        head=win("Invoke-Build test"), host_alt=["api.github.com"], also_ok=["github.rate_limited"],
        note="the PSFirebird module looks up Firebird's release on GitHub's API without the job's token from a hosted Windows runner, whose shared address had spent the anonymous 60 an hour"),
    net("gh_api", "MinoruSekine/setup-scoop#189", "github", "github.rate_limited", True, "build", "get.scoop.sh",
        "Invoke-RestMethod: D:\\a\\_actions\\MinoruSekine\\setup-scoop\\v5\\scripts\\install_scoop.ps1:12 Line |\n  12 |  …  [scriptblock]::Create((Invoke-RestMethod -Uri https://get.scoop.sh))\n     |                            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n     | 429: Too Many Requests For more on scraping GitHub and how it may affect your rights, please review our Terms of\n     | Service (https://docs.github.com/en/site-policy/github-terms/github-terms-of-service).\nError: Process completed with exit code 1.",
        head=["Run MinoruSekine/setup-scoop@v5"], raw_is_log=True, host_alt=["raw.githubusercontent.com"], also_ok=["github.api_rate_limited", "connectivity.rate_limited"],
        note="the action's own CI matrix fetches the Scoop installer (get.scoop.sh redirects to GitHub's raw host) from many jobs at once and gets 429; the PR limits max-parallel, single jobs pass"),
    net("gh_api", "actions/runner-images#4131", "github", "github.api_rate_limited", False, "local", None,
        "==> shared-services: Invoke-RestMethod : {\"message\":\"API rate limit exceeded for 52.7.157.200. (But here's the good news: Authenticated\n==> shared-services: requests get a higher rate limit. Check out the documentation for more\n==> shared-services: details.)\",\"documentation_url\":\"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting\"}",
        cmd="packer build -var-file=vars.json images/win/windows2019.json", host_alt=["api.github.com"], also_ok=["github.rate_limited"],
        note="building the runner images from a fork on a corporate network: 'a single external IP address' shared with other unauthenticated GitHub API users; the image scripts' release lookups need a token"),
]
