"""Dev-set entries, batch 29 (the Windows and macOS runners and their tools: PowerShell's Invoke-WebRequest and
WebClient.DownloadFile with names that do not resolve, servers that do not answer and a TLS stack that fails; Chocolatey's
community feed answering 503 or not at all, winget, scoop, vcpkg's MSYS2 mirror set; NuGet restore (NU1301, a retired
MyGet feed, an Azure Artifacts feed that wants credentials); Windows containers: a 1709 base image on a Server 2016 host
and a Linux image pulled on a Windows runner; Homebrew: a bottle manifest not yet on ghcr.io, `brew update` against
GitHub's damaged objects and an image's taps without a remote; CocoaPods' CDN (timeouts, resets, a blocked route);
SwiftPM's git fetch through LibreSSL; Gradle and Maven downloads on any OS: Maven Central's 429, 5xx from private Nexus
servers and plugins.gradle.org's Cloudflare, a Gradle distribution download timing out, a private Artifactory's
certificate; and the build-itself lookalikes: a wrong artifact coordinate, a pom naming the wrong artifact, a version
that was never published, a retired Bintray repository answering 502, a dead repository host the project still names,
an old vcpkg asking the MSYS2 mirrors for packages they dropped). `err` is verbatim from the source (a GitHub thread
found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, the
link markup GitHub's log view adds around step line numbers, a code block's indentation) only that markup was dropped,
never a word of the log; where a quote runs on into the reporter's own words, the entry stops where the log stops.
Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing call; an
inferred one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch, e

PULLS = {"apache/polaris#3381", "dotnet/android-libzipsharp#133"}

B = Batch(PULLS)
src = B.src
net = B.entry
own = B.build_in


PWSH = "  shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command \". '{0}'\""


def win(cmd: str) -> list[str]:
    """The hosted Windows runner's step header (pwsh is the default shell there)."""
    return [f"Run {cmd}", f"  {cmd}", PWSH]


IWR_TAIL = ("    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebExc \n"
            "   eption\n    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand")
BREW_ORIGIN = ("fatal: 'origin' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\n"
               "Please make sure you have the correct access rights\nand the repository exists.")
GRADLE_TRY = "\n* Try:\nRun with --stacktrace option to get the stack trace. Run with --info or --debug option to get more log output."

E = [
    # --- PowerShell downloads on the Windows runners ----------------------------------------------------------------
    net("net_win", "actions/runner-images#698", "dns", "dns.resolve_failed", True, "service", "www.cygwin.com",
        "Exception calling \"DownloadFile\" with \"2\" argument(s): \"The remote name could not be resolved: 'www.cygwin.com'\"\nAt line:1 char:1\n+ (New-Object Net.WebClient).DownloadFile('http://www.cygwin.com/setup- ...\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : NotSpecified: (:) [], MethodInvocationException\n    + FullyQualifiedErrorId : WebException",
        head=win("powershell -Command \"(New-Object Net.WebClient).DownloadFile('http://www.cygwin.com/setup-x86_64.exe', 'setup-x86_64.exe')\""),
        also_ok=["dns.temporary_failure", "dns.no_such_host"],
        note="Windows runners 'frequently' failed to resolve www.cygwin.com; the runner team with Azure's DNS team: a WinDNS bug triggered by the name's unusual delegation, intermittent (other runs and other resolvers resolve it)"),
    net("net_win", "microsoft/vstest-action#31", "dns", "dns.no_such_host", False, "service", "localworker.blob.core.windows.net",
        "Downloading test tools...\nC:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe Invoke-WebRequest -Uri https://aka.ms/local-worker-win-x64 -OutFile D:\\a\\_actions\\microsoft\\vstest-action\\v1.0.0\\dist\\win-x64.zip\nInvoke-WebRequest : The remote name could not be resolved: 'localworker.blob.core.windows.net'\nAt line:1 char:1\n+ Invoke-WebRequest -Uri https://aka.ms/local-worker-win-x64 -OutFile D ...\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n" + IWR_TAIL,
        head=["Run microsoft/vstest-action@v1.0.0"], also_ok=["dns.resolve_failed"],
        note="'consistently throwing': the aka.ms link redirects to a storage account whose name no longer exists; many organisations failed every run for days (the action's download, not the runner's resolver)"),
    net("net_win", "actions/runner-images#7007", "connectivity", "connectivity.tls_failed", True, "local", None,
        "TargetSite     : Void MoveNext()\nMessage        : Authentication failed, see inner exception.\nData           : {}\nInnerException : System.ComponentModel.Win32Exception (0x80090304): The Local Security Authority cannot be contacted\nHelpLink       : \nSource         : System.Net.Security\nHResult        : -2146233087\nStackTrace     :    at System.Net.Security.SslStream.ForceAuthenticationAsync[TIOAdapter](TIOAdapter adapter, Boolean \n                 receiveFirst, Byte[] reAuthenticationData, Boolean isApm)\n                    at System.Net.Http.ConnectHelper.EstablishSslConnectionAsync(SslClientAuthenticationOptions \n                 sslOptions, HttpRequestMessage request, Boolean async, Stream stream, CancellationToken \n                 cancellationToken)",
        head=["Run shivammathur/setup-php@v2"], host_alt=["github.com", "objects.githubusercontent.com"],
        note="Invoke-WebRequest fetching a GitHub release asset on windows-2022: Schannel on the runner fails the handshake; 'flaky, it succeeds sometimes' (setup-php and powershell-phpmanager added retries). The HResult's line-number link markup from GitHub's log view dropped"),
    net("net_win", "actions/runner-images#6712", "connectivity", "connectivity.timeout", True, "service", "api2.miktex.org",
        "   0     0    0     0    0     0      0      0 --:--:--  0:00:18 --:--:--     0\n  0     0    0     0    0     0      0      0 --:--:--  0:00:19 --:--:--     0\n  0     0    0     0    0     0      0      0 --:--:--  0:00:20 --:--:--     0\n  0     0    0     0    0     0      0      0 --:--:--  0:00:21 --:--:--     0\ncurl: (28) Failed to connect to api2.miktex.org port 443 after 21126 ms: Timed out",
        head=win("curl -v -I https://api2.miktex.org/hello"), also_ok=["connectivity.client_timeout"], host_alt=["api2.miktex.org:443"],
        note="only from Azure (Windows runners and Azure VMs) for weeks, Linux and macOS runners fine; the linked MiKTeX threads: the server cannot reproduce, later runs 'seem to be random' and pass"),
    # --- Chocolatey, winget, scoop, vcpkg ----------------------------------------------------------------------
    net("net_choco", "chocolatey-community/chocolatey-cookbook#108", "connectivity", "connectivity.package_mirror", True, "service", None,
        "    STDERR: C:\\Users\\sowen\\AppData\\Local\\Temp\\4\\chef-script20161020-3944-539c36.ps1 : The remote server returned an erro\nr: (503)\n    Server Unavailable.\n        + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException\n        + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,chef-script20161020-3944-539c36.ps1",
        head=["    Error executing action `run` on resource 'powershell_script[Install Chocolatey]'"], host_alt=["chocolatey.org"],
        note="'A few minutes ago, chocolatey.org started returning 503 errors': the install script's download during chocolatey.org's outage (the wrapped 'erro\\nr' is PowerShell's console width)"),
    net("net_choco", "chocolatey/choco#1961", "connectivity", "connectivity.package_mirror", True, "service", "chocolatey.org",
        "By installing you accept licenses for the packages.\nError retrieving packages from source 'https://chocolatey.org/api/v2/':\n Could not connect to the feed specified at 'https://chocolatey.org/api/v2/'. Please verify that the package source (located in the Package Manager Settings) is valid and ensure your network connectivity.\nmegatools not installed. The package was not found with the source(s) listed.\n Source(s): 'https://chocolatey.org/api/v2/'\n NOTE: When you specify explicit sources, it overrides default sources.\nIf the package version is a prerelease and you didn't specify `--pre`,\n the package may not be found.\nPlease see https://chocolatey.org/docs/troubleshooting for more \n assistance.\n[NuGet] Could not connect to the feed specified at 'https://chocolatey.org/api/v2/'. Please verify that the package source (located in the Package Manager Settings) is valid and ensure your network connectivity.",
        head=win("choco install megatools -y"), also_ok=["connectivity.refused", "connectivity.timeout"],
        note="'Chocolatey's servers are down right now' (the same day's outage thread chocolatey/choco#1964): 'not found' is the feed being unreachable, not a missing package"),
    net("net_choco", "ts-graphviz/setup-graphviz#649", "connectivity", "connectivity.package_mirror", True, "service", "community.chocolatey.org",
        "C:\\ProgramData\\Chocolatey\\bin\\choco.exe install graphviz\nChocolatey v2.3.0\nInstalling the following packages:\ngraphviz\nBy installing, you accept licenses for the packages.\nDownloading package from source 'https://community.chocolatey.org/api/v2/'\n[NuGet] Error downloading 'Graphviz.12.1.2 : chocolatey-core.extension [1.3.5, )' from 'https://community.chocolatey.org/api/v2/package/Graphviz/12.1.2'.\n[NuGet] Response status code does not indicate success: 503 (Service Unavailable: Back-end server is at capacity).",
        head=["Run ts-graphviz/setup-graphviz@v2", "  with:", "    ubuntu-skip-apt-update: false", "    macos-skip-brew-update: false"],
        also_ok=["connectivity.rate_limited"],
        note="titled 'Chocolatey's servers are at capacity': for a month 'quite frequently' (not every run) on windows runners; the community repository's back end shedding load"),
    net("net_choco", "chocolatey/choco#1609", "connectivity", "connectivity.package_mirror", True, "service", "community.chocolatey.org",
        "You have vscode v1.115.0 installed. Version 1.116.0 is available based on your source(s).\nFailed to fetch results from V2 feed at 'https://community.chocolatey.org/api/v2/Packages(Id='vscode',Version='1.116.0')' with following message : Response status code does not indicate success: 503 (Service Unavailable).",
        head=win("choco upgrade vscode -y"), fatal=False,
        note="titled 'Chocolatey reporting success when install fails with 503 error': choco exits 0 and the step passes (the thread's complaint); a survived outage answer, still confirmed on 2.7.1"),
    net("net_winget", "microsoft/winget-cli#5412", "connectivity", "connectivity.refused", False, "local", None,
        "Failed in attempting to update the source: winget\nAn unexpected error occurred while executing the command:\nInternetOpenUrl() failed.\n0x80072efd : unknown error",
        head=win("winget install --id Microsoft.PowerShell -e"), host_alt=["cdn.winget.microsoft.com"], also_ok=["connectivity.timeout"],
        note="0x80072efd is WinINet's ERROR_INTERNET_CANNOT_CONNECT on 'every winget command'; the related thread microsoft/winget-cli#566 traces it to the machine's source list or an ISP/firewall blocking the CDN: the machine's network, every time"),
    net("net_scoop", "NSIS-Dev/ci-examples#3", "connectivity", "connectivity.tls_failed", True, "service", "downloads.sourceforge.net",
        "Updating Scoop...\nUpdating 'main' bucket...\nScoop was updated successfully!\nChecking repo... OK\nThe extras bucket was added successfully.\nInstalling 'nsis' (3.08) [64bit] from extras bucket\nThe SSL connection could not be established, see inner exception.\nURL https://downloads.sourceforge.net/project/nsis/NSIS%203/3.08/nsis-3.08.zip is not valid",
        head=win("scoop install nsis"), also_ok=["connectivity.reset"],
        note="'This issue occurs randomly. It ok with url.': SourceForge's download mirror failing the handshake now and then (the workflow later dropped the install: nsis is on the image)"),
    own("net_vcpkg", "dotnet/android-libzipsharp#133", "build.download_not_found",
        "Error: Failed to download from mirror set:\nhttps://repo.msys2.org/mingw/i686/mingw-w64-i686-libwinpthread-git-9.0.0.6373.5be8fcd83-1-any.pkg.tar.zst: failed: status code 404",
        host="repo.msys2.org", cmd="vcpkg install",
        note="the pinned vcpkg asks MSYS2 for a package version its mirrors no longer carry; 'Bumping to the latest vcpkg release tag appears to fix this' (the vcpkg maintainers say the same in microsoft/vcpkg#35293: 'The URL ... is no longer used')"),
    # --- NuGet restore -----------------------------------------------------------------------------------------
    net("net_nuget", "MicrosoftDocs/mslearn-dotnet-kubernetes#4", "connectivity", "connectivity.package_mirror", True, "service", "api.nuget.org",
        " > [build 4/6] RUN dotnet restore:\n#11 1.033   Determining projects to restore...\n#11 10.82 /src/backend.csproj : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.\n#11 18.49 /src/backend.csproj : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.\n#11 18.52   Failed to restore /src/backend.csproj (in 17.31 sec).\n------\nexecutor failed running [/bin/sh -c dotnet restore]: exit code: 1\nERROR: Service 'backend' failed to build : Build failed",
        cmd="docker-compose build", also_ok=["connectivity.timeout"],
        note="'It turned out an ad-hoc network issue, so I close this issue': the build container's fetch of nuget.org's index, gone on a later run"),
    own("net_nuget", "actions/setup-dotnet#425", "build.repository_missing",
        "Build FAILED.\n\n       \"D:\\a\\blazor-camera-streamer\\blazor-camera-streamer\\BlazorCameraStreamer.sln\" (Restore target) (1) ->\n       (Restore target) -> \n         D:\\a\\blazor-camera-streamer\\blazor-camera-streamer\\BlazorCameraStreamer\\BlazorCameraStreamer.csproj : error NU1301: Unable to load the service index for source https://dotnet.myget.org/F/aspnetcore-dev/api/v3/index.json. [D:\\a\\blazor-camera-streamer\\blazor-camera-streamer\\BlazorCameraStreamer.sln]",
        host="dotnet.myget.org", cmd="dotnet restore", also_ok=["build.download_not_found"],
        note="labelled external: the repository's NuGet sources still list the dotnet.myget.org feeds, which the .NET team retired; every run fails until the feed is removed from the config"),
    net("net_nuget", "dotnet/roslyn#20823", "connectivity", "connectivity.package_mirror", True, "service", "www.myget.org",
        "Retrying 'FindPackagesByIdAsync' for source 'https://www.myget.org/F/vs-editor/api/v3/flatcontainer/microsoft.visualstudio.validation/index.json'.\nAn error occurred while sending the request.\n  The remote server returned an error: (503) Server Unavailable.\n  GET https://dotnetmyget.blob.core.windows.net/artifacts/dotnet-buildtools/nuget/v3/flatcontainer/microsoft.visualstudio.text.ui/index.json\n  CACHE https://dotnetmyget.blob.core.windows.net/artifacts/roslyn-tools/nuget/v3/flatcontainer/microsoft.visualstudio.text.ui.wpf/15.0.26507-alpha/microsoft.visualstudio.text.ui.wpf.15.0.26507-alpha.nupkg\n  GET https://api.nuget.org/v3-flatcontainer/microsoft.visualstudio.text.ui.wpf/15.0.26606/microsoft.visualstudio.text.ui.wpf.15.0.26606.nupkg\n  GET https://www.myget.org/F/vs-editor/api/v3/flatcontainer/microsoft.visualstudio.platform.vseditor.interop/index.json\nRetrying 'FindPackagesByIdAsync' for source 'https://dotnetmyget.blob.core.windows.net/artifacts/dotnet-buildtools/nuget/v3/flatcontainer/microsoft.visualstudio.text.ui.wpf/index.json'.\nAn error occurred while sending the request.\n  The remote server returned an error: (503) Server Unavailable.",
        cmd="Restore.cmd", host_alt=["dotnetmyget.blob.core.windows.net"],
        note="Area-Infrastructure: MyGet and its blob storage answering 503 to restore's requests that day (NuGet's own retries did not outlast it)"),
    e("net_nuget", src("microsoft/TailwindTraders-Desktop#2"), "credentials", "credentials.unauthorized", False, "build", "pkgs.dev.azure.com", "raw",
      "C:\\Program Files\\dotnet\\sdk\\3.0.100-preview-009812\\NuGet.targets(114,5): error : Unable to load the service index for source https://pkgs.dev.azure.com/tailwindtraders/_packaging/Toolkit/nuget/v3/index.json. [c:\\TailwindTraders-Desktop\\Source\\couponreader.sln]\nC:\\Program Files\\dotnet\\sdk\\3.0.100-preview-009812\\NuGet.targets(114,5): error :   Response status code does not indicate success: 401 (Unauthorized). [c:\\TailwindTraders-Desktop\\Source\\couponreader.sln]",
      cmd="dotnet restore", also_ok=["build.repository_missing"],
      note="the repository's nuget.config named the team's private Azure Artifacts feed; the maintainer 'updated the nuget source' in a commit and it compiled: the build's configuration, every run until then"),
    # --- Windows containers --------------------------------------------------------------------------------------
    own("win_docker", "microsoft/iis-docker#76", "build.wrong_arch_image",
        "ERROR: Service 'webapi' failed to build: failed to register layer: re-exec error: exit status 1: output: time=\"2018-01-16T08:07:07-05:00\" level=error msg=\"hcsshim::ImportLayer failed in Win32: The system cannot find the file specified.\n (0x2) layerId=\\\\\\\\?\\\\C:\\\\ProgramData\\\\docker\\\\windowsfilter\\\\b2cf46b2f27f886ca9ee72a9f7f4d133f1ea12ba2cfad577f30ed308f0376aa5 flavour=1 folder=C:\\\\Windows\\\\TEMP\\\\hcs437191307\"\nhcsshim::ImportLayer failed in Win32: The system cannot find the file specified. (0x2) layerId=\\\\?\\C:\\ProgramData\\docker\\windowsfilter\\b2cf46b2f27f886ca9ee72a9f7f4d133f1ea12ba2cfad577f30ed308f0376aa5 flavour=1 folder=C:\\Windows\\TEMP\\hcs437191307",
        cmd="docker-compose build", host_alt=["docker.io", "registry-1.docker.io"],
        note="FROM microsoft/iis:windowsservercore-1709 on Windows Server 2016 (build 14393): 'this scenario is not supported. needs to have 1709 version to build 1709 as base image' (moby/moby#32838: the same error went away once the scripts stopped naming 1709 images)"),
    own("win_docker", "actions/github-script#198", "build.wrong_arch_image",
        "Run cd src && bash ./zkCmd.sh start\n  cd src && bash ./zkCmd.sh start\n" + PWSH + "\nClean dubbo-zookeeper instances ... \nRemoving network dubbo-multiple-zookeeper\nNetwork dubbo-multiple-zookeeper not found.\nStart zookeeper instances ...\nCreating network \"dubbo-multiple-zookeeper\" with the default driver\nPulling dubbo-zookeeper-2181 (zookeeper:3.6.3)...\n3.6.3: Pulling from library/zookeeper\nno matching manifest for windows/amd64 10.0.17763 in the manifest list entries",
        host_alt=["docker.io", "registry-1.docker.io"],
        note="docker-compose on the windows-2019 runner, whose Docker runs Windows containers: the zookeeper image is published for Linux only, so every run fails (the job's OS choice, not the registry)"),
    # --- Homebrew ----------------------------------------------------------------------------------------------------
    e("brew", src("Homebrew/homebrew-core#83571"), "registry", "registry.bottle_not_published", False, "service", "ghcr.io", "raw",
      "==> Downloading https://ghcr.io/v2/linuxbrew/core/inframap/manifests/0.6.7\ncurl: (22) The requested URL returned error: 404\n\nError: Failed to download resource \"inframap_bottle_manifest\"\nDownload failed: https://ghcr.io/v2/linuxbrew/core/inframap/manifests/0.6.7",
      cmd="brew install inframap",
      note="the formula had moved to 0.6.7 before its Linux bottle was pushed to ghcr.io; a maintainer: the package 'is now at 0.6.7 too, thanks for the notice' (fixed on Homebrew's side, not by waiting)"),
    e("brew", src("actions/runner#2677"), "github", "github.server_error", True, "service", None, "raw",
      "Run brew update\n  brew update\n  shell: /bin/bash -e {0}\nremote: fatal: object a81badabcd6 cannot be read        \nremote: aborting due to possible repository corruption on the remote side.\nfatal: protocol error: bad pack header\nError: Fetching /usr/local/Homebrew/Library/Taps/homebrew/homebrew-cask failed!",
      host_alt=["github.com"], also_ok=["github.outage", "connectivity.eof"],
      note="early July 2023: GitHub's servers failed to read objects of Homebrew's tap repositories for days (Homebrew/actions#380, apache/arrow#36402, ArduPilot dropped `brew update` 'temporarily'); resolved on GitHub's side"),
    e("brew", src("actions/runner-images#7855"), "github", "github.server_error", True, "service", "github.com", "raw",
      "Run brew update\nerror: Could not read ffac597fdb6ce8236b5e2da77ab6fbae3d9d9cb7\nfatal: revision walk setup failed\nerror: https://github.com/Homebrew/homebrew-cask did not send all necessary objects\n\nerror: Could not read 623226b77a148708197a10c0d1eab3f8d6ca005b\nfatal: revision walk setup failed\nerror: https://github.com/Homebrew/homebrew-core did not send all necessary objects\n\nError: Fetching /usr/local/Homebrew/Library/Taps/homebrew/homebrew-cask failed!",
      also_ok=["github.outage"],
      note="labelled external, the same week as actions/runner#2677: GitHub's side of Homebrew's tap repositories sending incomplete packs to `brew update`; passed again once GitHub repaired them"),
    e("brew", src("actions/runner-images#1869"), "local", "local.runner_image_broken", False, "local", None, "raw",
      (BREW_ORIGIN + "\n") * 3 + BREW_ORIGIN,
      cmd="brew update", host_alt=["github.com"],
      note="from 2020-10-20 on macos-10.15 and 11.0 images: taps the image had installed have no origin remote, so `brew update` fails on every job on that image (the same report in actions/runner-images#1914 names the local/homebrew-openssl tap); the image, not GitHub"),
    # --- CocoaPods and SwiftPM ---------------------------------------------------------------------------------------
    net("net_pods", "CocoaPods/CocoaPods#12304", "connectivity", "connectivity.package_mirror", True, "service", "cdn.cocoapods.org",
        "  CDN: trunk Relative path: all_pods_versions_d_c_1.txt modified during this run! Returning local\n  CDN: trunk URL couldn't be downloaded:\n  https://cdn.cocoapods.org/Specs/d/c/1/FirebaseABTesting/10.22.0/FirebaseABTesting.podspec.json Response:\n  Failure when receiving data from the peer, retries: 4\n  CDN: trunk URL couldn't be downloaded:\n  https://cdn.cocoapods.org/Specs/d/c/1/FirebaseABTesting/10.22.0/FirebaseABTesting.podspec.json Response:\n  Failure when receiving data from the peer, retries: 3\n  CDN: trunk URL couldn't be downloaded:\n  https://cdn.cocoapods.org/Specs/d/c/1/FirebaseABTesting/10.22.0/FirebaseABTesting.podspec.json Response:\n  Failure when receiving data from the peer, retries: 2\n  CDN: trunk URL couldn't be downloaded:\n  https://cdn.cocoapods.org/Specs/d/c/1/FirebaseABTesting/10.22.0/FirebaseABTesting.podspec.json Response:\n  Failure when receiving data from the peer, retries: 1\n[!] CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/Specs/d/c/1/FirebaseABTesting/10.22.0/FirebaseABTesting.podspec.json Response: Failure when receiving data from the peer",
        cmd="pod outdated --verbose", also_ok=["connectivity.reset"],
        note="'more and more' intermittent CDN failures with CocoaPods 1.15.2; 'each time I see this I can open directly in browser without issue' (curl's receive error, code 56, on the CDN's connection)"),
    net("net_pods", "CocoaPods/CocoaPods#11478", "connectivity", "connectivity.timeout", True, "service", "cdn.cocoapods.org",
        "[!] CDN: trunk Repo update failed - 56 error(s):\nCDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/Specs/0/3/5/Firebase/6.2.0/Firebase.podspec.json Response: Timeout was reached",
        cmd="pod install", also_ok=["connectivity.package_mirror", "connectivity.client_timeout"],
        note="a maintainer: 'Seems like a network timeout issue. You may also switch to use git based master specs repo'"),
    net("net_pods", "CocoaPods/CocoaPods#9085", "connectivity", "connectivity.unreachable", False, "local", "cdn.cocoapods.org:443",
        "Analyzing dependencies\n[!] CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/all_pods_versions_2_1_2.txt, error: Failed to open TCP connection to cdn.cocoapods.org:443 (No route to host - connect(2) for \"cdn.cocoapods.org\" port 443)",
        cmd="pod install", host_alt=["cdn.cocoapods.org"], also_ok=["connectivity.network_unreachable"],
        note="a maintainer: 'definitely a DNS or network error'; others in the thread: the CDN is blocked in their country and only a VPN helps (the machine's network, every run)"),
    net("net_spm", "yonaskolb/XcodeGen#1113", "connectivity", "connectivity.tls_failed", True, "service", "github.com",
        "error: Failed to clone https://github.com/mxcl/Version:\n    Cloning into bare repository '/private/var/folders/ld/04g5h8yx3w72_0wr7k8bsvxc0000gn/T/mint/github.com_yonaskolb_xcodegen/.build/repositories/Version-9ad39a68'...\n    fatal: unable to access 'https://github.com/mxcl/Version/': LibreSSL SSL_connect: SSL_ERROR_SYSCALL in connection to github.com:443\n🌱 Encountered error during \"swift package resolve\". Use --verbose to see full output\n🌱  Failed to resolve xcodegen 2.17.0 with SPM",
        cmd="mint run xcodegen", host_alt=["github.com:443"], also_ok=["connectivity.reset"],
        note="the maintainer: 'Seems like a network error with Github ... Maybe try again?'; the reporter: 'You are right' (a connection reset during the TLS handshake)"),
    # --- Gradle and Maven downloads ------------------------------------------------------------------------------
    net("net_maven", "valkey-io/valkey-glide#4470", "connectivity", "connectivity.rate_limited", True, "service", "repo.maven.apache.org",
        "Could not resolve all files for configuration 'classpath'.\n> Could not resolve com.google.code.gson:gson:2.10.1.\n  Required by:\n      unspecified:unspecified:unspecified > org.gradle.toolchains.foojay-resolver-convention:org.gradle.toolchains.foojay-resolver-convention.gradle.plugin:0.10.0 > org.gradle.toolchains:foojay-resolver:0.10.0\n   > Could not resolve com.google.code.gson:gson:2.10.1.\n      > Could not get resource 'https://plugins.gradle.org/m2/com/google/code/gson/gson/2.10.1/gson-2.10.1.pom'.\n         > Could not GET 'https://repo.maven.apache.org/maven2/com/google/code/gson/gson/2.10.1/gson-2.10.1.pom'. Received status code 429 from server: Your IP: 20.55.222.81 has hit the rate limit with Maven Central. Too many requests. Find out more in https://www.sonatype.com/blog/maven-central-and-the-tragedy-of-the-commons",
        cmd="./gradlew build", also_ok=["registry.rate_limited"],
        note="a hosted runner's shared egress address throttled by Maven Central (plugins.gradle.org redirects there); the proposed fixes cache dependencies or authenticate, a later run gets through"),
    net("net_maven", "hub4j/github-api#344", "connectivity", "connectivity.package_mirror", True, "service", "repo.jenkins-ci.org",
        "org.kohsuke:github-api:jar:1.77 -> com.infradna.tool:bridge-method-annotation:jar:1.14 -> org.jenkins-ci:annotation-indexer:jar:1.4: Failed to read artifact descriptor for org.jenkins-ci:annotation-indexer:jar:1.4: Could not transfer artifact org.jenkins-ci:jenkins:pom:1.26 from/to repo.jenkins-ci.org (http://repo.jenkins-ci.org/public/): Failed to transfer file: http://repo.jenkins-ci.org/public/org/jenkins-ci/jenkins/1.26/jenkins-1.26.pom. Return code is: 502 , ReasonPhrase:Bad Gateway. -> [Help 1]",
        cmd="mvn -B package",
        note="Jenkins' artifact repository answered 502 for two days (504 in the browser); the maintainer: 'This must have been a transient failure'"),
    net("net_maven", "Shopkeepers/Shopkeepers#512", "connectivity", "connectivity.package_mirror", True, "service", "nexus3.cube-nation.de",
        "[ERROR] Failed to execute goal on project BetonQuest: Could not resolve dependencies for project pl.betoncraft:BetonQuest:pom:1.10: \nFailed to collect dependencies at com.nisovin.shopkeepers:ShopkeepersAPI:jar:2.2.0: \nFailed to read artifact descriptor for com.nisovin.shopkeepers:ShopkeepersAPI:jar:2.2.0: \nCould not transfer artifact com.nisovin.shopkeepers:ShopkeepersAPI:pom:2.2.0 from/to shopkeepers-releases (http://nexus3.cube-nation.de/repository/releases): \nFailed to transfer file: http://nexus3.cube-nation.de/repository/releases/com/nisovin/shopkeepers/ShopkeepersAPI/2.2.0/ShopkeepersAPI-2.2.0.pom. \nReturn code is: 502 , \nReasonPhrase:Bad Gateway.",
        cmd="mvn -B package",
        note="the project's self-hosted Nexus answered 502 to every dependent's builds; the maintainer a few hours later: 'Should work again' (the reporter's line breaks kept)"),
    net("net_maven", "gradle/gradle#5668", "connectivity", "connectivity.package_mirror", True, "service", "plugins.gradle.org",
        "  > Could not resolve com.bmuschko:gradle-cargo-plugin:2.2.3.\n     Required by: XXX\n      > Could not resolve com.bmuschko:gradle-cargo-plugin:2.2.3.\n         > Could not get resource 'https://plugins.gradle.org/m2/com/bmuschko/gradle-cargo-plugin/2.2.3/gradle-cargo-plugin-2.2.3.pom'.\n            > Could not HEAD 'https://plugins.gradle.org/m2/com/bmuschko/gradle-cargo-plugin/2.2.3/gradle-cargo-plugin-2.2.3.pom'. Received status code 525 from server: Origin SSL Handshake Error",
        cmd="./gradlew build", also_ok=["connectivity.tls_failed"],
        note="'since a few hours' the plugin portal's CDN could not handshake with its origin (Cloudflare's 525); the reporter hours later: 'Issue seems resolved now'"),
    net("net_gradle", "apache/polaris#3381", "connectivity", "connectivity.timeout", True, "service", "services.gradle.org",
        "Error: Exception in thread \"main\" java.io.IOException: Downloading from https://services.gradle.org/distributions/gradle-9.2.1-bin.zip failed: timeout (10000ms)",
        cmd="./gradlew build", also_ok=["connectivity.client_timeout"],
        note="the wrapper's distribution download: 'Github runners may be temporarily banned from services.gradle.org'; the pull request moves the download to setup-gradle's mirror"),
    net("net_maven", "NixOS/nixpkgs#435467", "connectivity", "connectivity.untrusted_certificate", False, "local", "inside.mycompany.ca",
        "Caused by: org.eclipse.aether.resolution.ArtifactResolutionException: The following artifacts could not be resolved: org.springframework.boot:spring-boot-starter-parent:pom:3.5.5 (absent): Could not transfer artifact org.springframework.boot:spring-boot-starter-parent:pom:3.5.5 from/to mycompany-virtual (https://inside.mycompany.ca/artifactory/mycompany-virtual/): PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n    at org.eclipse.aether.internal.impl.DefaultArtifactResolver.resolve (DefaultArtifactResolver.java:473)",
        cmd="nix build .#backend",
        note="the company Artifactory's certificate is issued by an internal CA the build's JDK trust store does not hold: configuration of the build environment, every run"),
    # --- build-itself lookalikes: coordinates, versions and repositories the build names wrong ---------------------
    own("net_gradle", "bat-cha/gradle-plugin-git-dependencies#1", "build.package_not_found",
        "FAILURE: Build failed with an exception.\n\nWhat went wrong:\nCould not resolve all dependencies for configuration ':classpath'.\nCould not find group:org.batcha.gradle.plugins, module:gradle-plugin-git-dependencies, version:0.1.",
        cmd="gradle build",
        note="the README's classpath line named the module gradle-plugin-git-dependencies; the published one is git-dependencies (the maintainer corrected the README). Blockquote markers dropped; Markdown had already eaten the '*' and Gradle's '> '"),
    own("net_gradle", "rodionmoiseev/c10n#30", "build.package_not_found",
        "* What went wrong:\nA problem occurred evaluating project ':tools:dbMigration'.\n> Could not resolve all dependencies for configuration ':tools:dbMigration:runtime'.\n   > Could not find com.github.rodionmoiseev.c10n:c10n:1.2.\n     Searched in the following locations:\n         http://logst17.dev.infoscience.co.jp:8081/artifactory/public/com/github/rodionmoiseev/c10n/c10n/1.2/c10n-1.2.pom\n         http://logst17.dev.infoscience.co.jp:8081/artifactory/public/com/github/rodionmoiseev/c10n/c10n/1.2/c10n-1.2.jar\n         http://ginsim.org/maven/stable/com/github/rodionmoiseev/c10n/c10n/1.2/c10n-1.2.pom\n         http://ginsim.org/maven/stable/com/github/rodionmoiseev/c10n/c10n/1.2/c10n-1.2.jar\n         http://oss.sonatype.org/content/repositories/snapshots/com/github/rodionmoiseev/c10n/c10n/1.2/c10n-1.2.pom\n         http://oss.sonatype.org/content/repositories/snapshots/com/github/rodionmoiseev/c10n/c10n/1.2/c10n-1.2.jar\n     Required by:\n         Logstorage-X.tools:dbMigration:2.2.0.8 > Logstorage-X.core:shared:2.2.0.8 > com.github.rodionmoiseev.c10n:c10n-tools:1.2",
        cmd="./gradlew build",
        note="labelled bug: the published c10n-tools pom depends on artifact 'c10n' (the module's name) where the artifact is 'c10n-core'; every repository searched answers not-found, fixed by a corrected pom"),
    own("net_gradle", "gradle/gradle#8708", "build.package_version_missing",
        "FAILURE: Build failed with an exception.\n\n* What went wrong:\nA problem occurred configuring root project 'My Application'.\n> Could not resolve all artifacts for configuration ':classpath'.\n   > Could not find com.android.tools.build:gradle:3.5.0-alpha07.\n     Searched in the following locations:\n       - https://dl.google.com/dl/android/maven2/com/android/tools/build/gradle/3.5.0-alpha07/gradle-3.5.0-alpha07.pom\n       - https://dl.google.com/dl/android/maven2/com/android/tools/build/gradle/3.5.0-alpha07/gradle-3.5.0-alpha07.jar\n       - https://jcenter.bintray.com/com/android/tools/build/gradle/3.5.0-alpha07/gradle-3.5.0-alpha07.pom\n       - https://jcenter.bintray.com/com/android/tools/build/gradle/3.5.0-alpha07/gradle-3.5.0-alpha07.jar\n     Required by:\n         project :" + GRADLE_TRY,
        cmd="./gradlew assembleDebug", also_ok=["build.package_not_found"],
        note="the build asks for an Android Gradle plugin version neither repository has (the thread is about how Gradle words the not-found); nothing failed to connect"),
    own("net_gradle", "okleine/spitfirefox#3", "build.package_not_found",
        "Failed to resolve: de.uniluebeck.itm:ncoap-core:1.8.3-SNAPSHOT",
        cmd="./gradlew assembleDebug",
        note="the maintainer: the dependency's group id had long since changed to de.uzl.itm, and the hosting server's repository URLs had changed; fixed in build.gradle"),
    own("net_gradle", "gradle/gradle#19907", "build.repository_missing",
        "Could not determine the dependencies of task ':unimodules-permissions-interface:compileDebugKotlin'.\n> Could not resolve all files for configuration ':unimodules-permissions-interface:kotlinCompilerClasspath'.\n   > Could not resolve org.jetbrains.kotlin:kotlin-compiler-embeddable:1.3.50.\n     Required by:\n         project :unimodules-permissions-interface\n      > Could not resolve org.jetbrains.kotlin:kotlin-compiler-embeddable:1.3.50.\n         > Could not get resource 'https://dl.bintray.com/okta/com.okta.android/org/jetbrains/kotlin/kotlin-compiler-embeddable/1.3.50/kotlin-compiler-embeddable-1.3.50.pom'.\n            > Could not GET 'https://dl.bintray.com/okta/com.okta.android/org/jetbrains/kotlin/kotlin-compiler-embeddable/1.3.50/kotlin-compiler-embeddable-1.3.50.pom'. Received status code 502 from server: Bad Gateway",
        host="dl.bintray.com", cmd="./gradlew assembleDebug",
        note="a 502 that is the build's: the maintainers, closed invalid: 'a repo configuration in your build pointing to https://dl.bintray.com/okta/ which doesn't exist anymore' (Bintray was shut down); remove it from the build"),
    own("net_gradle", "nexusnode/crafting-dead#325", "build.repository_missing",
        "A problem occurred configuring project ':crafting-dead-core'.\n> Could not resolve all files for configuration ':crafting-dead-core:modules_userdev_resolver'.\n   > Could not resolve cpw.mods:bootstraplauncher:1.0.0.\n     Required by:\n         project :crafting-dead-core\n      > Could not resolve cpw.mods:bootstraplauncher:1.0.0.\n         > Could not get resource 'https://maven.tarbits.co.uk/releases/cpw/mods/bootstraplauncher/1.0.0/bootstraplauncher-1.0.0.pom'.\n            > Could not GET 'https://maven.tarbits.co.uk/releases/cpw/mods/bootstraplauncher/1.0.0/bootstraplauncher-1.0.0.pom'. Received status code 502 from server: Bad Gateway",
        host="maven.tarbits.co.uk", cmd="./gradlew build",
        note="the repository host the build names is gone for good (502 for months); the maintainers 'are working on a replacement for this' and it was 'Fixed in latest update': a change to the build, not a re-run"),
]
