"""Dev-set entries, batch 71 (the GitHub Actions cache as jobs meet it, 2020-2026, the v2 cache service especially,
service and runner faults beside the build's own. The cache service's side: a v2 `GetCacheEntryDownloadURL` answered
429 with the toolkit's own "rate limit will reset" warning, restores that stall mid-archive until a job timeout
cancels them (rust-cache on uv and on omicron, a Haskell store on opendal, a Node cache stuck at 96.1%), cache misses
for every key after a runner-image zstd update changed the computed cache version, a third-party runner's GHA-cache
emulation answering 500 to every restore-key lookup, a closed-source cache tool failing to reserve entries under
parallel jobs, a gradle action's save tar dying now and then, actions/cache 3.0.6 suddenly asking Windows runners
for zstdmt. Self-hosted runners and the cache servers they point at: a cache-server URL missing its trailing slash
(`:3000twirp`), an https_proxy that swallows uploads to an in-cluster cache server, an S3-backed cache whose bucket
the runner role may not read (reported as a plain cache miss), runners without zstdmt, gzip, GNU tar or zstd (BSD
tar on Windows and macOS, Git for Windows' tar), a Gitea-style runner whose job user may not touch
/opt/hostedtoolcache, a 2019 hosted-runner bug in container jobs' post steps. About a third are the build's own
mistakes that read like cache outages: keys with commas (a workflow name fed into setup-bazel's and
gradle-build-action's keys), setup-java/setup-python/setup-go caches with no lock or build file to key on, cache:
poetry or cache: pnpm before the tool is installed, BusyBox tar in Alpine and custom job containers, a cache path
that does not exist or a root-owned one, an action still on the retired v1 service, FlakeHub credentials the job
never had. `err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where
a thread quoted a log inside Markdown (blockquote markers, backticks, bold, GitHub's line-number links pasted into
log lines) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on
into the reporter's own words or is cut, the entry stops at the last whole log line. Elisions ('...') and masks
('xxx', 'redacted') inside a quote are the reporters' own. Hosts follow the README's strict rule: a host is given
only where a line of the log names it for the failing call; an inferred, masked or malformed one goes in host_alt.
Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import Batch

PULLS = {"openai/codex#4555", "linkchecker/linkchecker#713", "scipy/scipy#25575", "itto-hiramoto/kaede#277",
         "myoung34/docker-github-actions-runner#93"}  # fmt: skip

B = Batch(PULLS)
cache = B.family("gha_cache")
loc = B.local()


def own(ref: str, cause: str, err: str, **kw: Any) -> dict[str, Any]:
    """A build-itself entry of the cache family (component gha_cache, blame build, not retryable)."""
    return B.build_in("gha_cache", ref, cause, err, component="gha_cache", **kw)


def job(ref: str, cause: str, err: str, **kw: Any) -> dict[str, Any]:
    """A build-itself entry filed under the cache family but whose failing side is the job itself (component build)."""
    return B.build_in("gha_cache", ref, cause, err, **kw)


BPA = ["Run docker/build-push-action@v6"]
POST = ["Post job cleanup."]
RESULTS = "results-receiver.actions.githubusercontent.com"
STALL = "gha_cache.download_timeout"
NO_TOOL = "local.archive_tool_missing"
BUSYBOX = "build.archive_tool_missing"
LOCK = "gha_cache.dependency_file_missing"
PATH = "gha_cache.path_missing"
COMMA = "gha_cache.bad_key"
LEGACY = "gha_cache.legacy_shutdown"
PVE = "Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved."

E = [
    # --- the cache service's side: throttling, stalls, misses ---------------------------------------------------------
    cache("actions/cache#1758", "gha_cache", "gha_cache.rate_limited", True, "service", None,
          "Run actions/cache@v5\nWarning: You've hit a rate limit, your rate limit will reset in 18 seconds\nWarning: Failed to restore: Failed to GetCacheEntryDownloadURL: Rate limited: Failed request: (429) Too Many Requests: rate limit exceeded\nCache not found for input keys: goofy-b41b01ad3312fe1358359b7522c43860bfdad754166c7f1d385e51766e57b4c0",
          raw_is_log=True, fatal=False, host_alt=[RESULTS], also_ok=["gha_cache.throttled", "gha_cache.toolkit_throttled"],
          note="2026, actions/cache@v5 on the v2 service: the download-URL lookup is throttled (429) and the toolkit gives up at once although the limit resets in 18 seconds, so the job builds from scratch; the reporter asks the action to wait; a later run restores"),
    cache("astral-sh/uv#14283", "gha_cache", STALL, True, "service", None,
          "... Restoring cache ...\nCache hit for: v0-rust-cargo-build-msrv-Linux-x64-ce6c74b5-89a9b164\nReceived 33554432 of 532334052 (6.3%), 32.0 MBs/sec\nReceived 167772160 of 532334052 (31.5%), 80.0 MBs/sec\nReceived 264241152 of 532334052 (49.6%), 84.0 MBs/sec\nError: The operation was canceled.",
          raw_is_log=True, also_ok=["gha_cache.download_stalled", "build.job_timeout"],
          note="labelled ci-flake: Swatinem/rust-cache's restore of a ~500 MB entry stops moving halfway and the job's 10-minute timeout cancels it ('networking in GitHub Actions seems generally unreliable'); the leading '...' are the maintainer's elision; other runs restore"),
    cache("oxidecomputer/omicron#3888", "gha_cache", STALL, True, "service", None,
          "Received 761198491 of 765392795 (99.5%), 7.4 MBs/sec\nReceived 761198491 of 765392795 (99.5%), 7.3 MBs/sec\nReceived 761198491 of 765392795 (99.5%), 7.3 MBs/sec\nReceived 761198491 of 765392795 (99.5%), 7.2 MBs/sec\nReceived 761198491 of 765392795 (99.5%), 7.2 MBs/sec\nWarning: Failed to restore: The operation cannot be completed in timeout.\nNo cache found.\nError: The operation was canceled.",
          raw_is_log=True, also_ok=["gha_cache.download_stalled", "build.job_timeout"],
          note="labelled Test Flake: the rust-cache step's download stalls at 99.5%, the segment times out into 'No cache found' and the step is cancelled; 'a fault upstream of the rust-cache action itself', nothing in the PR"),
    cache("actions/cache#1216", "gha_cache", STALL, True, "service", None,
          "2023-08-07T03:21:48.1320411Z Received 22389146 of 26583450 (84.2%), 0.4 MBs/sec\n2023-08-07T03:21:49.1332263Z Received 22389146 of 26583450 (84.2%), 0.4 MBs/sec\n2023-08-07T03:21:50.1344923Z Received 22389146 of 26583450 (84.2%), 0.4 MBs/sec\n2023-08-07T03:21:51.1357628Z Received 22389146 of 26583450 (84.2%), 0.4 MBs/sec\n2023-08-07T03:21:52.1368657Z Received 22389146 of 26583450 (84.2%), 0.4 MBs/sec",
          raw_is_log=True, also_ok=["gha_cache.download_stalled"],
          note="apache/opendal's Haskell job: actions/cache/restore@v3 stops at 84.2% of an existing key, times out into 'Cache not found' and then hangs until stopped by hand; the runs just before and after restore the same key fine"),
    cache("actions/cache#882", "gha_cache", STALL, True, "service", None,
          "2022-07-25T20:24:47.4133829Z Received 465567744 of 532098493 (87.5%), 74.0 MBs/sec\n2022-07-25T20:24:48.4138417Z Received 507510784 of 532098493 (95.4%), 69.1 MBs/sec\n2022-07-25T20:24:49.4148580Z Received 511126973 of 532098493 (96.1%), 60.9 MBs/sec\n2022-07-25T20:24:50.4167174Z Received 511126973 of 532098493 (96.1%), 54.1 MBs/sec\n2022-07-25T20:24:51.4178143Z Received 511126973 of 532098493 (96.1%), 48.7 MBs/sec\n2022-07-25T20:24:52.4191064Z Received 511126973 of 532098493 (96.1%), 44.3 MBs/sec",
          raw_is_log=True, also_ok=["gha_cache.download_stalled", "build.job_timeout"],
          note="restores 'intermittently hang' past 90% for over 10 minutes until the team's own job timeout kills them; 'When our developers retry the workflow run without any change, the run often succeeds'"),
    cache("actions/cache#1114", "gha_cache", "gha_cache.cache_miss", False, "service", None,
          "Run actions/cache@v3.2.5\n  with:\n    path: ~/godot-linux\n    key: Linux-Godot_v4.0-rc2\n    enableCrossOsArchive: false\n    fail-on-cache-miss: false\nCache not found for input keys: Linux-Godot_v4.0-rc2",
          raw_is_log=True, fatal=False, also_ok=["gha_cache.restore_failed"],
          note="from 2023-02-17 every key misses although the cache is listed: the runner images' zstd update changed the cache version actions/cache computes (labelled area:compression, a duplicate of #1110); the maintainers released v3.2.6, pinned v3.2.5 keeps missing"),
    cache("scipy/scipy#25575", "gha_cache", "gha_cache.service_error", False, "service", None,
          "Attempt 1 of 5 failed with error: Failed request: (500) Internal Server Error: GHA cache v2 failed to retrieve information about cache entry with key \"Linux-gpu-ccache-28738831957\" and version \"4e24cbc5930ec5611b6e3d7b7b907c4fe6cfd5f0f551ce54789afee60b0f6ec8\": rpc error: code = Unknown desc = . Retrying request in 3000 ms...",
          fatal=False, also_ok=["gha_cache.backend_error", "gha_cache.runner_cache_refused"],
          note="GPU jobs on Cirrus Runners, whose cirruslabs/cache emulation of the v2 service answers 500 to every restore-key lookup while exact keys and saves work; builds ran cold until the PR switched to exact keys; no upstream fix expected"),
    cache("earthly/setup-ucacher#6", "gha_cache", "gha_cache.reserve_conflict", True, "service", None,
          "failed to upload DB to backend: failed to put database file into backend: failed to reserve GHA cache: failed to delete existing cache entry: HTTP 404: 404 Not Found",
          raw_is_log=True, also_ok=["gha_cache.save_failed", "gha_cache.export_failed"],
          note="'quite frequently' in a workflow with many parallel jobs running the same command; the reporter's best guess is the same concurrency race as actions/cache's 'another job may be creating this cache' (the tool is closed-source, no maintainer answer); other runs save"),
    cache("gradle/gradle-build-action#644", "gha_cache", "gha_cache.archive_create_failed", True, "service", None,
          "Failed to save cache entry with path '/home/runner/.gradle/caches/modules-*/files-*/*/*/*/*' and key: dependencies-70dc4f0ec3d1b1cbaf5cee7f6f44e0cc: Error: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2",
          fatal=False, head=POST, also_ok=["gha_cache.save_failed"],
          note="the maintainer: 'this appears to have been a sporadic problem' across the workflow's runs, probably the action's cache-cleanup not finishing before the entry is tarred; closed as not repeatable"),
    cache("actions/cache#891", "gha_cache", "gha_cache.archive_tool_missing", False, "service", None,
          "\"C:\\Program Files\\Git\\usr\\bin\\tar.exe\" --posix --use-compress-program zstdmt -cf cache.tzst --exclude cache.tzst -P -C C:/drud-actions-runner/_work/ddev/ddev --files-from manifest.txt --force-local\n/bin/sh: zstdmt: command not found\n/usr/bin/tar: cache.tzst: Cannot write: Broken pipe",
          fatal=False, head=POST, also_ok=[NO_TOOL],
          note="actions/cache v3.0.6 started compressing with zstdmt, which no Windows build provides, so a self-hosted Windows runner set up with GNU tar and zstd.exe could no longer save; the maintainers acknowledged it and shipped a fix for Windows a couple of weeks later"),
    # --- self-hosted runners and the cache servers they point at -------------------------------------------------------
    cache("falcondev-oss/github-actions-cache-server#152", "gha_cache", "gha_cache.client_config", False, "local", None,
          "#34 exporting to GitHub Actions Cache\n#34 preparing build cache for export\n#34 preparing build cache for export 41.0s done\n#34 ERROR: parse \"http://actions-cache.actions-runner-system.svc.cluster.local:3000twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL\": invalid port \":3000twirp\" after host",
          t="bk_final", step="exporting to GitHub Actions Cache",
          host_alt=["actions-cache.actions-runner-system.svc.cluster.local:3000", "actions-cache.actions-runner-system.svc.cluster.local"], also_ok=["gha_cache.no_cache_url"],
          note="runners pointed at a self-hosted cache server: everything but build-push-action's type=gha export works because the results URL set on the runner lacks its trailing slash, so BuildKit glues 'twirp/...' onto the port; the maintainer: 'Looks like you are missing a trailing slash'"),
    B.entry("gha_cache", "falcondev-oss/github-actions-cache-server#144", "connectivity", "connectivity.proxy_refused", False, "local", None,
            "Wed, 16 Jul 2025 12:05:22 GMT\nSaving cache path: /home/runner/.cache/uv\nWed, 16 Jul 2025 12:05:22 GMT\n/usr/bin/tar --posix -cf cache.tgz --exclude cache.tgz -P -C /home/runner/_work/car-spray-core/car-spray-core --files-from manifest.txt -z\nWed, 16 Jul 2025 12:05:36 GMT\nSent 0 of 146321772 (0.0%), 0.0 MBs/sec\nWed, 16 Jul 2025 12:05:37 GMT\nSent 0 of 146321772 (0.0%), 0.0 MBs/sec",
            raw_is_log=True, host_alt=["actions-cache-server.github-runner.svc.cluster.local"], also_ok=["gha_cache.unreachable", "gha_cache.upload_read_failed"],
            note="every save to an in-cluster cache server sits at 0 bytes and ends in ECONNRESET; the reporter found with tcpdump that the runner's https_proxy ignored noProxy for the archive upload, so the proxy tried (and failed) to resolve the svc.cluster.local name; the cache server was fine"),
    B.entry("gha_cache", "runs-on/cache#25", "credentials", "credentials.denied", False, "local", None,
            "The cache action detected a local S3 bucket cache. Using it.\nCache not found for input keys: /home/runner/_work/_tool/Python/3.10.14/x64-acfb00df7caf8b5650137b8f855e203b58ab4784bf6518061fc092eb576068e4",
            raw_is_log=True, fatal=False, also_ok=["gha_cache.runner_cache_refused", "gha_cache.cache_miss"],
            note="self-hosted runners with an S3-backed cache: the runner's role could not read the bucket (a direct access gave 403) but the action reported a plain cache miss; 'It did take a few hours to figure that out'; a configuration fault on the team's side"),
    loc("actions/cache#1379", NO_TOOL, False,
        "/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner8/runner/_work/ourrepo/ourrepo --files-from manifest.txt --use-compress-program zstdmt\n/bin/sh: 1: zstdmt: not found\n/usr/bin/tar: cache.tzst: Wrote only 4096 of 10240 bytes\n/usr/bin/tar: Child returned status 127\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Failed to save: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2",
        fatal=False, head=POST, also_ok=["gha_cache.archive_tool_missing"],
        note="a self-managed Ubuntu 20.04 runner has zstd 1.5.0 but no zstdmt, which actions/cache@v4 assumes without checking (moved to actions/toolkit#1726); every save fails the same until the runner gets zstdmt"),
    loc("actions/cache#91", NO_TOOL, False,
        "C:\\Windows\\system32\\tar.exe -cz --force-local -f C:/Users/zarenner/actions-runner/_work/_temp/8b5e8d5e-a823-42dd-a103-7b47503f2fdb/cache.tgz -C C:/Users/zarenner/actions-runner/_work/zarenner-testperf/zarenner-testperf .\ntar.exe: Option --force-local is not supported\nUsage:\n  List:    tar.exe -tf <archive-filename>\n  Extract: tar.exe -xf <archive-filename>\n  Create:  tar.exe -cf <archive-filename> [filenames...]\n  Help:    tar.exe --help\n##[warning]The process 'C:\\Windows\\system32\\tar.exe' failed with exit code 1",
        fatal=False, also_ok=["gha_cache.archive_tool_missing"],
        note="2019: a self-hosted Windows runner without GNU tar on its PATH falls back to Windows' BSD tar, which rejects the GNU-only --force-local; hosted runners work; fails the same on every run until GNU tar is installed"),
    loc("actions/cache#1297", NO_TOOL, False,
        "Post job cleanup.\n\"C:\\Program Files\\Git\\usr\\bin\\tar.exe\" --posix -cf cache.tgz --exclude cache.tgz -P -C C:/actions-runner/_work/MyCode/MyCode --files-from manifest.txt --force-local -z\n/bin/sh: line 1: gzip: command not found\n/usr/bin/tar: Child returned status 127\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Failed to save: \"C:\\Program failed with error: The process 'C:\\Program Files\\Git\\usr\\bin\\tar.exe' failed with exit code 2",
        raw_is_log=True, fatal=False, also_ok=["gha_cache.archive_tool_missing"],
        note="a self-hosted Windows runner of a GHES 3.10 instance: actions/cache 3.3.2 picks Git for Windows' tar, which finds no gzip to compress with, so nothing is saved on any run; the older v3.2.2 saved but could not restore"),
    loc("reproducible-containers/buildkit-cache-dance#54", NO_TOOL, False,
        "tar: Must specify one of -c, -r, -t, -u, -x\nError: process exited with code 1\n    at ChildProcess.<anonymous> (file:///Users/redacted/actions-runner3/_work/_actions/reproducible-containers/buildkit-cache-dance/v3/dist/index.js:7129:36)",
        head=POST, also_ok=["gha_cache.archive_tool_missing"],
        note="a self-hosted arm64 macOS runner with Docker Desktop: the action's post step extracts the cache mount with GNU tar arguments and the Mac's BSD tar refuses them, failing the post step on every run ('redacted' is the reporter's mask)"),
    loc("myoung34/docker-github-actions-runner#93", NO_TOOL, False,
        "##[debug]Checking zstd --version\n##[debug]Unable to locate executable file: zstd. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.",
        fatal=False, also_ok=["gha_cache.cache_miss", "gha_cache.archive_tool_missing"],
        note="the self-hosted runner image ships no zstd, so actions/cache falls back to gzip and a different cache version, missing every entry the zstd-equipped hosted runners saved; the PR installs zstd in the image"),
    loc("shivammathur/cache-extensions#50", "local.cache_dir_denied", False,
        "2025-11-20T12:00:30.5369698Z Cache Size: ~0 MB (200 B)\n2025-11-20T12:00:30.5447018Z [command]/usr/bin/tar -xf /tmp/1a842acf-f23d-418a-bf8b-f7ef0113baf6/cache.tzst -P -C /workspace/xxx --use-compress-program unzstd\n2025-11-20T12:00:30.5565142Z /usr/bin/tar: ../../../opt/hostedtoolcache/deps: Cannot utime: Operation not permitted\n2025-11-20T12:00:30.5565854Z /usr/bin/tar: Exiting with failure status due to previous errors\n2025-11-20T12:00:30.5566457Z ::warning::Failed to restore: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2",
        raw_is_log=True, fatal=False, also_ok=["gha_cache.unarchive_failed", "local.permission_denied"],
        note="testing the action on other self-hosted (act-based) runners: the job user may not touch /opt/hostedtoolcache, so restoring the extension cache there fails on every run ('xxx' is the reporter's mask); GitHub-hosted runners restore it"),
    B.entry("gha_cache", "actions/cache#78", "local", "local.runner_image_broken", False, "service", None,
            "Post job cleanup.\n/usr/bin/docker exec  b41de5d1c382827f57c505ea59d0741bb205fddc841d2aae747e845b338f36ea sh -c \"cat /etc/*release | grep ^ID\"\nRunning JavaScript Action with default external tool: node12\nError: No such container: b41de5d1c382827f57c505ea59d0741bb205fddc841d2aae747e845b338f36ea\n##[error]Node run failed with exit code 1",
            raw_is_log=True, also_ok=["gha_cache.save_failed", "github.outage"],
            note="2019, container jobs: the cache's post step runs after the hosted runner already removed the job container; a duplicate of #12, fixed when GitHub 'rolled out an updated hosted runner that fixes post actions in container jobs' (the double space after exec is the log's)"),
    # --- the build's own: keys, lock files, tools, paths ------------------------------------------------------------------
    own("bazel-contrib/setup-bazel#72", COMMA,
        "Restore cache for bazelisk\nRestore cache for disk-Build, Test & Deploy (CI)\n\n  /home/runner/work/_actions/bazel-contrib/setup-bazel/0.14.0/dist/node_modules/@actions/cache/lib/cache.js:71\n          throw new ValidationError(`Key Validation Error: ${key} cannot contain commas.`);\n  ^\n  ValidationError: Key Validation Error: setup-bazel-1-linux-disk-Build, Test & Deploy (CI)-5478129354fce37d2c7d5ab200e2f93e03c4aee6fabc88b08289fb8bf292d70d cannot contain commas.\n      at checkKey (/home/runner/work/_actions/bazel-contrib/setup-bazel/0.14.0/dist/node_modules/@actions/cache/lib/cache.js:71:1)",
        head=["Run bazel-contrib/setup-bazel@0.14.0"], also_ok=["gha_cache.client_config"],
        note="setup-bazel 0.14 builds its disk-cache key from the workflow name, here 'Build, Test & Deploy (CI)', and actions/cache rejects keys with commas; fails on every run until the workflow is renamed or the action sanitises the name (the line-number link in the path dropped)"),
    own("gradle/gradle-build-action#758", COMMA,
        "ValidationError: Key Validation Error: v8-gradle|Linux|Build, test and deploy-build-and-test-code[37a6259cc0c1dae299a7866489dff0bd]-7e6e283daa6662e3fbcaffbf38abebc2169ab560 cannot contain commas.",
        head=["Run gradle/gradle-build-action@v2"], also_ok=["gha_cache.client_config"],
        note="gradle-build-action 2.5.0 put the workflow name into its cache keys, so workflows named with a comma fail on every run; closed as a duplicate of #756, fixed in v2.5.1"),
    own("hiero-ledger/hiero-mirror-node#5116", LOCK,
        "Run actions/setup-java@v3\nInstalled distributions\nCreating settings.xml with server-id: github\nWriting to /home/runner/.m2/settings.xml\nError: No file in /home/runner/work/hedera-mirror-node/hedera-mirror-node matched to [**/pom.xml], make sure you have checked out the target repository",
        raw_is_log=True, also_ok=[PATH],
        note="labelled regression: the automated release workflow still runs setup-java with cache: maven after the project moved off its (deprecated) Maven build, so there is no pom.xml to key the cache on; every run fails at Install JDK"),
    own("hynek/build-and-inspect-python-package#76", LOCK,
        "Error: No file in /home/runner/work/pytest-cpp/pytest-cpp matched to [**/requirements.txt or **/pyproject.toml], make sure you have checked out the target repository",
        also_ok=[PATH],
        note="action 1.5.3 turned on setup-python's pip cache, which needs a requirements.txt or pyproject.toml to key on; projects without one fail on every run; the maintainer: 'that's the attempt to use pip caching', fixed in 1.5.4 the same hour"),
    own("actions/setup-go#716", LOCK,
        "Warning: Restore cache failed: Dependencies file is not found in /home/runner/work/xxx/xxx. Supported file pattern: go.sum",
        head=["Run actions/setup-go@v6"], fatal=False,
        note="a module with no dependencies has no go.sum; setup-go 6.2.0 still keys its cache on go.sum (the go.mod fix was merged but not released), so the warning is expected on every run until the next release ('xxx' is the reporter's mask)"),
    job("actions/setup-python#765", "build.tool_not_on_path",
        "Unable to locate executable file: poetry. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.",
        prefix="Error: ", head=["Run actions/setup-python@v4"], also_ok=["gha_cache.client_config"],
        note="cache: poetry on a hosted runner before poetry is installed; the maintainer: expected, the action runs poetry to find the cache directory, so poetry must be installed first; fails on every run until the steps are reordered"),
    job("openai/codex#4555", "build.tool_not_on_path",
        "Error: Unable to locate executable file: pnpm. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.",
        head=["Run actions/setup-node@v5"], also_ok=["gha_cache.client_config"],
        note="rust-release.yml runs setup-node with cache: pnpm before pnpm/action-setup, so setup-node cannot ask pnpm for its store path; the PR installs pnpm first, as ci.yml already did"),
    job("hendrikmuhs/ccache-action#424", BUSYBOX,
        "Save cache using key \"ccache-CI-unixish-docker-alpine:3.23-2026-03-09T12:31:35.605Z\".\n/bin/tar --posix -cf cache.tgz --exclude cache.tgz -P -C /__w/cppcheck/cppcheck --files-from manifest.txt -z\n/bin/tar: unrecognized option: posix\nBusyBox v1.37.0 (2025-12-16 14:19:28 UTC) multi-call binary.",
        fatal=False, head=POST, also_ok=[NO_TOOL, "gha_cache.archive_tool_missing"],
        note="cppcheck's job runs in an alpine:3.23 container whose tar is BusyBox, which lacks the GNU --posix option the cache toolkit passes; the post step only warns and nothing is ever saved until GNU tar is installed in the container"),
    job("actions/cache#938", BUSYBOX,
        "Received 135731402 of 135731402 (100.0%), 78.1 MBs/sec\nCache Size: ~129 MB (135731402 B)\n/bin/tar -z -xf /__w/_temp/7a51bc75-9ecb-4e13-868e-5665131838c1/cache.tgz -P -C /__w/centah/centah\n/bin/tar: unrecognized option: P\nBusyBox v1.31.1 () multi-call binary.",
        fatal=False, also_ok=[NO_TOOL, "gha_cache.unarchive_failed"],
        note="a custom job container on a self-hosted machine whose tar is BusyBox: the download completes but extraction rejects -P (labelled area:compression); the same on every run until the image carries GNU tar (line-number links pasted into the numbers dropped)"),
    own("subosito/flutter-action#311", PATH, PVE,
        prefix="Warning: ", fatal=False, head=POST,
        note="flutter-action's post step saves nothing because the workflow's pub-cache-path input points at a directory that does not exist; a commenter removed the pub-cache-path line and it saved (the issue is open)"),
    own("shivammathur/cache-extensions#24", PATH,
        "/bin/bash /home/runner/work/_actions/shivammathur/cache-extensions/v1/src/scripts/cache.sh data json, imagick, zip 7.3 cache-v1\n/bin/bash /home/runner/work/_actions/shivammathur/cache-extensions/v1/src/scripts/cache.sh dependencies json, imagick, zip 7.3\nError: " + PVE,
        raw_is_log=True, head=["Run shivammathur/cache-extensions@v1"], also_ok=["build.step_failed"],
        note="2022-05-30: the action computed a cache directory that did not exist for this extension list, so its cache step errors on every run; the maintainer patched the action ('Please restart your workflows. It should work now'); bold markup dropped"),
    own("linkchecker/linkchecker#713", "gha_cache.unarchive_failed",
        "/usr/bin/tar: ../../../../../var/lib/clamav/main.cvd: Cannot open: Permission denied\n/usr/bin/tar: ../../../../../var/lib/clamav/freshclam.dat: Cannot open: File exists\n/usr/bin/tar: ../../../../../var/lib/clamav/daily.cvd: Cannot open: File exists\n/usr/bin/tar: ../../../../../var/lib/clamav/bytecode.cvd: Cannot open: Permission denied\n/usr/bin/tar: ../../../../../var/lib/clamav: Cannot utime: Operation not permitted\n/usr/bin/tar: Exiting with failure status due to previous errors\nWarning: Failed to restore: Tar failed with error: The process '/usr/bin/tar' failed with exit code 2\nCache not found for input keys: clamav-v1",
        raw_is_log=True, fatal=False, also_ok=["local.cache_dir_denied", PATH],
        note="the workflow caches ClamAV's /var/lib/clamav, owned by the clamav package, which the runner user may not write; every restore fails the same; the PR makes the directory writable before the cache step"),
    own("nix-community/cache-nix-action#16", "gha_cache.unarchive_failed",
        "/usr/bin/tar: ../../../../../nix/store/br1p5pan2pgmgrm81kj43qawd9b9nns1-libunistring-1.1/lib/libunistring.so.5.0.0: Cannot open: File exists",
        fatal=False, also_ok=["gha_cache.restore_failed"],
        note="restoring a Nix store over the one the installer just created floods the log with 'File exists'; the maintainer points to the action's documented Limitations: expected on every run, not a cache outage"),
    own("Jimver/cuda-toolkit#390", LEGACY,
        "Run Jimver/cuda-toolkit@master\nWarning: Failed to restore: Cache service responded with 422\n\"C:\\Program Files\\Git\\usr\\bin\\tar.exe\" --posix -cf cache.tzst --exclude cache.tzst -P -C D:/a/copper-rs/copper-rs --files-from manifest.txt --force-local --use-compress-program \"zstd -T0\"\nFailed to save: Unable to reserve cache with key cuda_installer-windows-10.0.20348-x64-12.6.1, another job may be creating this cache. More details: This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset",
        raw_is_log=True, fatal=False, also_ok=["gha_cache.client_refused", "gha_cache.reserve_conflict"],
        note="2025-04-16: the CUDA installer action bundles an @actions/cache that still calls the retired v1 service, so restore gets 422 and save the sunset notice on every Windows run until the action upgrades its toolkit (a line-number link in the key dropped)"),
    own("DeterminateSystems/nix-installer-action#167", LEGACY,
        "Failed to save: Unable to reserve cache with key determinatesystem-nix-installer-x86_64-linux-c08c41b9962aa670d628df58a1ee5cd7-9, another job may be creating this cache. More details: This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset",
        fatal=False, head=POST, also_ok=["gha_cache.reserve_conflict"],
        note="nix-installer-action v16 still used the old cache client; the maintainers had fixed it on main without a release: 'can you upgrade to v17', and the reporter: 'Yep, issue is gone with v17'"),
    B.build_in("gha_cache", "itto-hiramoto/kaede#277", "credentials.missing",
               "ERROR magic_nix_cache: FlakeHub: cache initialized failed: Unauthenticated: Cannot find netrc credentials for https://api.flakehub.com/",
               component="credentials", host="api.flakehub.com", fatal=False, also_ok=["credentials.unauthorized", "gha_cache.client_config"],
               note="magic-nix-cache-action tries FlakeHub Cache by default and the project has no FlakeHub account, so every run logs the red error and falls back to the GitHub Actions cache; the PR pins use-flakehub: false"),
]
