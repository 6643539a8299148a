"""Dev-set entries, batch 80 (Python packaging in CI jobs and Dockerfile RUN steps: pip, uv, conda/mamba, pipenv-era
lock files, twine uploads and the package hosts behind them. Service and runner side: PyTorch's own wheel index
(download.pytorch.org) serving a wheel its CDN had cached under an older hash, and an index whose allow-list lost
packages torch depends on, so pip finds `from versions: none`; GitHub's artifact blob answering 503 `Egress is over
the account limit` when a GitLab job pulls built wheels; an intermittent `THESE PACKAGES DO NOT MATCH THE HASHES`
only on CircleCI, blamed on its restored pip cache; apt's 503 from snapshot.ubuntu.com and curl's HTTP/2 stream
error 92 from dl.google.com inside the same projects' image and setup steps. Beside them, and most of the batch,
the build's own mistakes that read like network or index failures: `No matching distribution found` for a nightly
that was never built, a pinned nightly since removed, an unreleased sibling package installed in the wrong order,
a vendor SDK that is not on the index at all; `requires a different Python`, conda's `PackagesNotFoundError` for
python=3.15 and 3.13t on channels that do not carry them, a `distr::` channel prefix taken for a channel, a
`LibMambaUnsatisfiableError` after a mutable Miniforge `latest` moved the base env to Python 3.14, pyarrow with no
cp314 wheel falling back to a source build, a uv lock that has no wheel for Windows; TLS-looking failures that were
the image's own (curl's error 77 on an image without ca-certificates, an old wget that cannot verify anaconda.org,
an unpinned openssl that breaks `ssl.create_default_context` on Windows), a CentOS 7 mirrorlist that no longer
resolves under an old cibuildwheel, a container with no network that pip retries against PyPI; PyPI uploads
refused for size and for a README that does not render; and uv releases that met private indexes badly (Azure
Artifacts answering a HEAD with 405, a mirror's gzip answer without content-length). `err` is verbatim from each
pull request's description as the project's merge commit records it (every source here is a pull request);
where a description quoted a log inside Markdown (code fences, backticks, link markup GitHub pasted into a log
line) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on
into the author's own words or carries an author's annotation, the entry stops at the last whole log line before
it. Elisions ('...') inside a quote are the authors' own. Hosts follow the README's strict rule: a host is given
only where a line of the log names it for the failing call; an inferred, masked or placeholder one goes in
host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"pytorch/test-infra#8513", "pytorch/test-infra#7569", "pytorch/test-infra#6307", "pytorch/test-infra#8165",
         "pytorch/test-infra#8216", "pytorch/test-infra#4766", "pytorch/test-infra#8602", "pytorch/torchrec#2757",
         "pytorch/torchrec#2207", "pytorch/torchrec#1200", "pytorch/executorch#258", "pytorch/executorch#11612",
         "pytorch/executorch#21832", "pytorch/executorch#19656", "DataDog/dd-trace-py#5758",
         "DataDog/dd-trace-py#17911", "DataDog/dd-trace-py#6541", "DataDog/dd-trace-py#17204", "astral-sh/uv#6208",
         "astral-sh/uv#1713", "astral-sh/uv#1978", "astral-sh/uv#18329",
         "open-telemetry/opentelemetry-python-contrib#831", "open-telemetry/opentelemetry-python-contrib#444",
         "pytorch/FBGEMM#914", "pytorch/builder#1447", "napari/napari#7744"}  # fmt: skip

B = Batch(PULLS)
pkg = B.family("python_packaging")
bld = B.build("python_packaging")

PT_INDEX = "download.pytorch.org"
MISSING = "build.package_version_missing"
NO_WHEEL = "build.no_wheel_for_python"
TOOL = "build.tool_incompatible"

E = [
    # --- the package hosts' side -------------------------------------------------------------------------------------------
    pkg("pytorch/test-infra#8513", "registry", "registry.artifact_not_found", False, "service", PT_INDEX,
        "Looking in indexes: https://download.pytorch.org/whl/test/cu134\nERROR: Could not find a version that satisfies the requirement\n       typing-extensions>=4.10.0 (from torch) (from versions: none)",
        cmd="pip install --pre torch --index-url https://download.pytorch.org/whl/test/cu134", also_ok=["registry.proxy_upstream_missing", "build.package_not_found"],
        note="every CUDA 13.4 smoke test of the 2.14.0 release candidate fails: the index's copy step compared underscore names against a hyphenated allow-list, so 77 of 102 dependencies (typing-extensions among them) were never copied into whl/test/cu134; fixed in the index tooling, and the same install fails until the index is republished"),
    pkg("pytorch/test-infra#7569", "registry", "registry.artifact_not_found", False, "service", None,
        "ERROR: Could not find a version that satisfies the requirement triton-xpu==3.6.0+git225cdbde (from torch) (from versions: none)\nERROR: No matching distribution found for triton-xpu==3.6.0+git225cdbde",
        cmd="pip install --pre torch --index-url https://download.pytorch.org/whl/nightly/xpu", host_alt=[PT_INDEX], also_ok=["registry.proxy_upstream_missing", "build.package_not_found"],
        note="PyTorch's nightly index did not carry triton-xpu (nor triton-rocm) because they were missing from the index's allow-list; the PR adds them, so the failure is the index's, not the job's, and it repeats until the index is regenerated (the log names no host)"),
    pkg("pytorch/test-infra#6307", "connectivity", "connectivity.mirror_out_of_sync", True, "service", None,
        "ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have tampered with them.\n    unknown package:\n        Expected sha256 7dc1686d7207eb3eb340b5bc7e6076d41acebd6013cf4f32d4afbab7c97aa579\n             Got        fb8cf5ad5e1c2d0fd3a1fb8ad3beec5f86c527d2e7cdb6842226ebf24178d1e0",
        cmd="pip install --pre fbgemm-gpu --index-url https://download.pytorch.org/whl/nightly/cpu", host_alt=[PT_INDEX], also_ok=["build.checksum_mismatch", "connectivity.package_mirror"],
        note="FBGEMM's job: the CloudFront cache in front of the nightly index sometimes serves the previous night's wheel while the index already lists the new wheel's sha256; it clears once the cache stops serving the old file, so the same job passes later (the PR drops the hashes from nightly indexes); GitHub's log-line link inside 'sha256' was dropped"),
    B.entry("python_packaging", "DataDog/dd-trace-py#6541", "local", "local.cache_corrupt", True, "local", None,
            "ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE.",
            cmd="pip install -r requirements.txt", also_ok=["build.checksum_mismatch", "connectivity.cut_short", "gha_cache.corrupt_archive"],
            note="an intermittent hash failure seen only in the project's CircleCI jobs; the team suspected files corrupted in the pip cache that each job restores, and removed that cache to bisect it; re-runs pass (the merge commit wrapped the quoted line, rejoined here)"),
    pkg("DataDog/dd-trace-py#17204", "github", "github.artifact_service_error", True, "service", "productionresultssa19.blob.core.windows.net",
        "Github workflow finished. Downloading wheels\nerror downloading wheels-cp314-win_arm64: HTTP 503: 503 Egress is over the account limit. (https://productionresultssa19.blob.core.windows.net/actions-results/1699cddf-4bca-4d1d-a5f6-760b11cadf2d/workflow-job-run-ebdcc570-9acd-5cbe-9328-8614c03c0142/artifacts/xxxx.zip?rscd=attachment%3B+filename%3D%22wheels-cp314-win_arm64.zip%22&rsct=application%2Fzip&se=2026-03-30T17%3A19%3A57Z&sig=llu20%2Fxl7ejPT8zZYGRfijYSQnGwjKw1NVaIq0yxwFw%3D&ske=2026-03-30T18%3A15%3A39Z&skoid=ca7593d4-ee42-46cd-af88-8b886a2f84eb&sks=b&skt=2026-03-30T14%3A15%3A39Z&sktid=398a6654-997b-47e9-b12b-9515b896b4de&skv=2025-11-05&sp=r&spr=https&sr=b&st=2026-03-30T17%3A09%3A52Z&sv=2025-11-05)",
        raw_is_log=True, also_ok=["github.artifact_quota", "registry.rate_limited"],
        note="a GitLab job waits for the GitHub workflow that builds the Windows wheels and then downloads its artifacts; the artifact blob behind GitHub's results service answers 503 for egress throttling; 'this error class' is transient, so the PR adds retries around the download"),
    pkg("astral-sh/uv#18329", "connectivity", "connectivity.package_mirror", True, "service", "snapshot.ubuntu.com",
        "   E: Failed to fetch\n https://snapshot.ubuntu.com/.../libcurl4t64_8.5.0 -2ubuntu10.7_arm64.deb  503  Service Unavailable",
        t="bk_raw", run="apt-get update && apt-get install -y --no-install-recommends curl", also_ok=["connectivity.server_error", "registry.server_error"],
        note="uv's own Docker image build: Ubuntu's snapshot mirror answers one package download with 503 ('This failed with a 503 flake'); the PR only adds apt retries (the path elision is the author's)"),
    pkg("pytorch/executorch#19656", "connectivity", "connectivity.stream_reset", True, "service", "dl.google.com",
        "+++ curl --retry 3 --retry-delay 5 --retry-connrefused --continue-at - -Lo /tmp/android-ndk-r26c-linux.zip https://dl.google.com/android/repository/android-ndk-r26c-linux.zip\n  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\n  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n  0  637M    0 1280k    0     0  3727k      0  0:02:55 --:--:--  0:02:55 3720k\n  2  637M    2 13.0M    0     0  9928k      0  0:01:05  0:00:01  0:01:04 9923k\n  4  637M    4 29.9M    0     0  12.7M      0  0:00:50  0:00:02  0:00:48 12.7M\n  4  637M    4 31.2M    0     0  7724k      0  0:01:24  0:00:04  0:01:20 7725k\ncurl: (92) HTTP/2 stream 0 was not closed cleanly: INTERNAL_ERROR (err 2)",
        raw_is_log=True, also_ok=["connectivity.cut_short", "connectivity.reset"],
        note="'a common pattern from CI logs': Google's CDN resets the HTTP/2 stream mid-download of the Android NDK during the Python wheel jobs' setup; curl's --retry does not cover error 92, so the PR switches to --retry-all-errors; the download passes on another attempt"),
    # --- the build's own: versions and packages the index never had --------------------------------------------------------
    bld("pytorch/executorch#258", MISSING,
        "ERROR: No matching distribution found for torchvision==0.17.0.dev20230907",
        cmd="pip install --pre torchvision==0.17.0.dev20230907 --index-url https://download.pytorch.org/whl/nightly/cpu", host_alt=[PT_INDEX], also_ok=["build.package_not_found"],
        note="'an invalid nightly build is specified': the requirements pinned a torchvision nightly date that was never published, so every install fails until the pin is corrected"),
    bld("pytorch/torchrec#1200", MISSING,
        "ERROR: Could not find a version that satisfies the requirement pyre-check-nightly==0.0.101683630711",
        cmd="pip install pyre-check-nightly==0.0.101683630711", host_alt=["pypi.org"], also_ok=["build.package_not_found"],
        note="the lint job pinned a pyre-check nightly that the index no longer offers; the fix is updating pyre to a newer version, so nothing upstream failed"),
    bld("pytorch/executorch#11612", "build.package_not_found",
        "ERROR: No matching distribution found for neutron_converter_SDK_25_03",
        cmd="pip install neutron_converter_SDK_25_03", also_ok=[MISSING, "build.private_registry_unreachable"],
        note="a new NXP backend unit-test workflow installs NXP's converter SDK, which the job's index does not carry; trunk failed on every run since it landed and the workflow was reverted ('no idea how to forward fix'); only the last whole line of the wrapped quote is kept"),
    bld("open-telemetry/opentelemetry-python-contrib#831", "build.dependency_not_found",
        "ERROR: Could not find a version that satisfies the requirement opentelemetry-ext-asgi==0.10.dev0 (from opentelemetry-instrumentation-starlette==0.10.dev0) (from versions: 0.8b0, 0.9b0)\nERROR: No matching distribution found for opentelemetry-ext-asgi==0.10.dev0 (from opentelemetry-instrumentation-starlette==0.10.dev0)",
        cmd="pip install -e ext/opentelemetry-instrumentation-starlette", host_alt=["pypi.org"], also_ok=[MISSING],
        note="the lint job installs the starlette instrumentation before its in-repo asgi dependency, so pip looks on PyPI for an unreleased 0.10.dev0 it can never find; the fix installs asgi first"),
    bld("DataDog/dd-trace-py#17911", "build.python_version_unsupported",
        "ERROR: Package 'botocore' requires a different Python: 3.9.25 not in '>=3.10'",
        cmd="pip install -e .", also_ok=[MISSING],
        note="the exploration jobs install boto3 1.38.44, which pulls botocore from its develop branch, now requiring Python 3.10; the 3.9 jobs fail every time and the fix drops 3.9 from the matrix"),
    bld("pytorch/test-infra#8216", MISSING,
        "PackagesNotFoundError: The following packages are not available from current channels:\n  - python=3.15*",
        cmd="conda create -y -n smoke python=3.15 pip", also_ok=["build.package_not_found"],
        note="release binary validation asks the default conda channels for Python 3.15, which they do not carry yet; the fix installs 3.15 from conda-forge's python_rc label"),
    bld("pytorch/torchrec#2757", MISSING,
        "$ conda create -n test python=3.13t\nCollecting package metadata (current_repodata.json): done\nSolving environment: failed with repodata from current_repodata.json, will retry with next repodata source.\nCollecting package metadata (repodata.json): done\nSolving environment: failed\n\nPackagesNotFoundError: The following packages are not available from current channels:\n\n  - python=3.13t\n\nCurrent channels:\n\n  - https://repo.anaconda.com/pkgs/main/linux-64\n  - https://repo.anaconda.com/pkgs/main/noarch\n  - https://repo.anaconda.com/pkgs/r/linux-64\n  - https://repo.anaconda.com/pkgs/r/noarch\n\nTo search for alternate channels that may provide the conda package you're\nlooking for, navigate to\n\n    https://anaconda.org\n\nand use the search bar at the top of the page.",
        raw_is_log=True, host_alt=["repo.anaconda.com"], also_ok=["build.package_not_found"],
        note="binary validation requested free-threaded Python 3.13t from the default channels, which have no such build; the PR skips 3.13t until conda supports it (the channels are listed, not failing calls)"),
    bld("pytorch/test-infra#4766", "build.package_not_found",
        "/opt/homebrew/Caskroom/miniconda/base/bin/conda run -p /Users/ec2-user/runner/_work/_temp/pytorch_pkg_helpers_7018156083_smoke conda install --quiet --yes -c pytorch-nightly -c file:///Users/ec2-user/runner/_work/vision/vision/pytorch/vision/distr distr::torchvision\n\nPackagesNotFoundError: The following packages are not available from current channels:\n\n  - distr::torchvision\n\nCurrent channels:\n\n  - https://conda.anaconda.org/pytorch-nightly\n  - file:///Users/ec2-user/runner/_work/vision/vision/pytorch/vision/distr\n  - defaults",
        raw_is_log=True, host_alt=["conda.anaconda.org"], also_ok=["build.wrong_url"],
        note="the macOS smoke test installs 'distr::torchvision', and conda reads the prefix as a channel named distr on anaconda.org instead of the local file channel; removing the prefix fixes it (cut before the author's '<-- Here is the error' annotation)"),
    bld("pytorch/test-infra#8602", "build.dependency_conflict",
        "LibMambaUnsatisfiableError: Encountered problems while solving:\n  - package conda-25.3.0-py310h4c7bcd0_0 requires python >=3.10,<3.11.0a0, but none of the providers can be installed\n...\nPins seem to be involved in the conflict. Currently pinned specs:\n - python=3.14",
        cmd="conda install -y conda=25.3.0", also_ok=[MISSING, "build.dependency_broken"],
        note="aarch64 wheel builds download Miniforge from the mutable releases/latest pointer; when it moved, the base env came up on Python 3.14 and the job's pinned conda 25.3.0 has no 3.14 build; 80 of 81 jobs failed the same way until the installer was pinned (the elision is the author's)"),
    bld("pytorch/executorch#21832", NO_WHEEL,
        "Collecting pyarrow<21.0.0 (from torchtune ...)\n  Downloading pyarrow-20.0.0.tar.gz\n...\nERROR: Failed building wheel for pyarrow\nerror: failed-wheel-build-for-install",
        cmd="pip install -r requirements-examples.txt", also_ok=["build.compile_error", MISSING],
        note="every Python 3.14 wheel job: torchtune caps pyarrow below 21, and no such pyarrow has a cp314 wheel, so pip falls back to the sdist, which needs Arrow C++ that is absent; the fix skips torchtune on 3.14 (elisions are the author's)"),
    bld("napari/napari#7744", "build.no_wheel_for_platform",
        "error: Distribution `pyqt5-qt5==5.15.16 @ registry+https://pypi.org/simple` can't be installed because it doesn't have a source distribution or wheel for the current platform\n\nhint: You're on Windows (`win_amd64`), but `pyqt5-qt5` (v5.15.16) only has wheels for the following platforms: `manylinux2014_x86_64`, `macosx_10_13_x86_64`, `macosx_11_0_arm64`",
        cmd="uv add napari[all]", host_alt=["pypi.org"], also_ok=[NO_WHEEL, "build.package_not_found"],
        note="uv's universal lock picks pyqt5-qt5 5.15.16, which has no Windows wheel, so uv add/sync fails on Windows every time; the PR pins pyqt5-qt5 for Windows (the backticks are uv's own output; pypi.org names the registry, not a failing call)"),
    # --- the build's own: TLS and DNS failures that were the image's --------------------------------------------------------
    bld("astral-sh/uv#6208", "build.ca_certificates_missing",
        "#6 [3/4] RUN curl -LsSf https://astral.sh/uv/install.sh | sh\n#6 0.144 curl: (77) error setting certificate file: /etc/ssl/certs/ca-certificates.crt\n#6 DONE 0.2s\n\n#7 [4/4] RUN uv --version\n#7 0.113 /bin/sh: 1: uv: not found\n#7 ERROR: process \"/bin/sh -c uv --version\" did not complete successfully: exit code: 127",
        host="astral.sh", raw_is_log=True, also_ok=["connectivity.untrusted_certificate", "build.tool_not_on_path"],
        note="the documented Dockerfile on a plain ubuntu base installs curl with --no-install-recommends, which leaves out ca-certificates, so curl cannot load a CA bundle and the pipe to sh hides the failure until uv is missing; the fix drops --no-install-recommends and stops piping"),
    bld("pytorch/builder#1447", "build.ca_bundle_outdated",
        "--2023-07-06 03:18:38--  https://anaconda.org/pytorch/magma-cuda121/2.6.1/download/linux-64/magma-cuda121-2.6.1-1.tar.bz2\nResolving anaconda.org (anaconda.org)... 104.17.93.24, 104.17.92.24, 2606:4700::6811:5d18, ...\nConnecting to anaconda.org (anaconda.org)|104.17.93.24|:443... connected.\nERROR: cannot verify anaconda.org's certificate, issued by \u2018/C=US/O=Let's Encrypt/CN=E1\u2019:\n  Issued certificate has expired.\nTo connect to anaconda.org insecurely, use `--no-check-certificate'.",
        host="anaconda.org", also_ok=["connectivity.untrusted_certificate", "build.tls_protocol_outdated"],
        note="the magma download inside the NVIDIA build container fails certificate verification with the 'weird version of wget' that image installs; anaconda.org's certificate was fine elsewhere and the fix switches the job to a stock centos:7 container"),
    bld("pytorch/test-infra#8165", "build.dependency_broken",
        "ssl.SSLError: [ASN1: NOT_ENOUGH_DATA] not enough data (_ssl.c:4040)",
        cmd="python smoke_test.py", also_ok=["connectivity.tls_failed", "local.runner_image_broken"],
        note="Windows wheel smoke tests crash creating the default SSL context: the job's conda env left openssl unpinned, pulled the new 3.5.7, which rejects a malformed certificate in the runner's Windows cert store that 3.5.6 tolerated; the fix pins openssl=3.5.6"),
    bld("pytorch/torchrec#2207", "build.distro_eol",
        "  + yum install -y cuda-toolkit-11-8 libcudnn8-devel\n  Loaded plugins: fastestmirror, ovl\n  Determining fastest mirrors\n  Could not retrieve mirrorlist http://mirrorlist.centos.org/?release=7&arch=x86_64&repo=os&infra=container error was\n  14: curl#6 - \"Could not resolve host: mirrorlist.centos.org; Unknown error\"",
        host="mirrorlist.centos.org", raw_is_log=True, also_ok=["dns.resolve_failed", "dns.no_such_host"],
        note="the wheel build runs in the manylinux2014 (CentOS 7) image of cibuildwheel 2.8.0; CentOS 7 went EOL on 30 June 2024 and its mirrorlist host was retired, so the name never resolves again; updating cibuildwheel to 2.19.2 fixed it"),
    bld("DataDog/dd-trace-py#5758", "build.network_sandboxed",
        "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0xffffa2e8b070>: Failed to establish a new connection: [Errno -2] Name or service not known')': /simple/ddtrace/\nWARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0xffffa2e89120>: Failed to establish a new connection: [Errno -2] Name or service not known')': /simple/ddtrace/\nWARNING: Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0xffffa2e89480>: Failed to establish a new connection: [Errno -2] Name or service not known')': /simple/ddtrace/\nWARNING: Retrying (Retry(total=1, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0xffffa2e88bb0>: Failed to establish a new connection: [Errno -2] Name or service not known')': /simple/ddtrace/\nWARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0xffffa2e8a410>: Failed to establish a new connection: [Errno -2] Name or service not known')': /simple/ddtrace/\nProcessing /wheels/ddtrace-1.10.1-cp310-cp310-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
        cmd="pip install --find-links /wheels ddtrace", fatal=False, host_alt=["pypi.org"], also_ok=["dns.resolve_failed", "dns.temporary_failure"],
        note="the lib-injection image installs ddtrace from bundled wheels in a container that has no internet by design, but without --no-index pip still tries the index and retries every name lookup before using the local wheel; the install goes on (slowly), and the fix adds --no-index"),
    # --- the build's own: tools and uploads the index refused ---------------------------------------------------------------
    bld("astral-sh/uv#1713", TOOL,
        "error: Failed to download: private-package==1.2.3\n  Caused by: HTTP status client error (405 Method Not Allowed) for url (https://pkgs.dev.azure.com/REDACTED/_packaging/REDACTED/pypi/download/private-package/1.2.3/private_package-1.2.3-py3-none-any.whl#sha256=REDACTED)",
        host="pkgs.dev.azure.com", cmd="uv pip install --index-url=https://REDACTED:REDACTED@pkgs.dev.azure.com/REDACTED/_packaging/REDACTED/pypi/simple/ --upgrade --verbose private-package", also_ok=["registry.request_rejected", "credentials.unauthorized"],
        note="uv of that time probes wheels with a HEAD request that Azure Artifacts refuses with 405, so installs from the private feed fail every time; the PR treats 405 as 'no range requests', after which the download still fails with 401 (tracked in the linked issue), a uv limitation rather than a feed outage"),
    bld("astral-sh/uv#1978", TOOL,
        "error: Failed to download: nltk==3.8.1\n  Caused by: content-length header is missing from response",
        cmd="uv pip install nltk", host_alt=["172.21.0.1:5555", "172.21.0.1"], also_ok=["registry.bad_response"],
        note="container image builds against Modal's internal PyPI mirror: uv advertised gzip, the mirror answered compressed, and decompression strips content-length, so the metadata fallback fails on every run; fixed in uv (the mirror's address appears only in the thread's request logs)"),
    bld("open-telemetry/opentelemetry-python-contrib#444", "build.request_rejected",
        "HTTPError: 400 Client Error: The description failed to render for 'text/x-rst'. See https://pypi.org/help/#description-content-type for more information. for url: https://upload.pypi.org/legacy/",
        host="upload.pypi.org", cmd="twine upload --skip-existing dist/*", also_ok=["registry.request_rejected"],
        note="PyPI rejects the release uploads of the new ext packages because their READMEs have reStructuredText errors; fixing the READMEs fixed the upload"),
    bld("pytorch/FBGEMM#914", "build.request_rejected",
        "HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/\nFile too large. Limit for project 'fbgemm-gpu-nightly' is 100 MB. See https://pypi.org/help/#file-size-limit for more information.\n\nUploading distributions to https://upload.pypi.org/legacy/\nUploading fbgemm_gpu_nightly-2022.2.8-cp39-cp39-manylinux1_x86_64.whl",
        host="upload.pypi.org", cmd="twine upload dist/*", also_ok=["registry.body_too_large", "registry.quota_exceeded"],
        note="with the CUDA 6.0 arch added the nightly wheel passes PyPI's 100 MB per-file limit for the project, so every upload is refused; the fix builds fewer CUDA archs by default"),
]
