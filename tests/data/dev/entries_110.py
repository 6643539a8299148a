"""Dev-set entries, batch 110 (the GitHub Actions cache as builds meet it, a new pass over threads no earlier batch used:
actions/cache restore and save from v1 to v4 and the 2025 v2 service, the @actions/cache toolkit inside setup-node,
setup-python, setup-java, setup-go, gradle-build-action, moonrepo/setup-rust and pre-commit/action, BuildKit's cache
export (`type=gha` and `type=registry`, `cache-to` on fork pull requests and on the docker driver), and the caches
beside it: act without a cache server, self-hosted falcondev cache servers behind a Gitea runner and behind
@actions/cache v4's Azure SDK upload, and Namespace cache volumes). The service's side: cache downloads stalled at 92% and 99.7% until the job's timeout, a 429
during a chunk upload that then crashes a bundled toolkit, a 503 on upload in 2021, a downloaded archive whose gzip CRC
fails, a 2025 actions/cache release that warned on every first run in a branch, an old toolkit's zstd flags refused by
the ubuntu-16.04 image, and gradle-build-action bugs around corrupted Gradle User Home entries. The runner's side: act
run with no cache backend, a self-hosted cache server whose upload URL the Azure SDK cannot parse, another that hands
back a 231-byte "archive", and a Namespace runner profile without a cache volume. The rest, the build's own: paths that
do not exist when the post step saves (setup-node v3/v5, a Poetry cache), missing lock files for setup-go,
setup-python and setup-java, tar refusing root-owned apt and scanner files, fixed keys that already exist, a
hashFiles() glob that overruns 120 seconds, a repository over its 10 GB cache quota, fork pull requests whose read-only
token cannot write a registry cache, cache export on the docker driver, the retired v1 service behind old setup-go and
pre-commit/action versions, Bundler not pointed at the restored gems, and a Nix cache mode macOS cannot symlink. `err`
is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log
inside Markdown (code fences, blockquote markers, backticks, surrounding quotes, Markdown indentation) only that markup
was dropped and trailing blanks trimmed, never a word of the log; UI timings pasted above a log ('0s', '1s') were left
out. Where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line.
Elisions ('...', '// .. skipped') and masks ('XXXX', '***') are the reporters' own. Hosts follow the README's strict
rule: a host is given only where a line of the log names it for the failing call; the retired service's bare IP
follows earlier batches' host_alt, and registry hosts known only from the thread's prose go in host_alt. Labels were set
from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {
    "apache/pulsar#19219", "astronomer/terraform-provider-astro#222", "OpenHands/software-agent-sdk#983",
    "ibis-ssl/crane#1451", "falcondev-oss/github-actions-cache-server#216", "nspcc-dev/neofs-node#2404",
    "gen2brain/webp#2", "quarkus-qe/quarkus-test-suite#2052", "lambdaclass/ethrex#6239", "skjnldsv/docker-plex#93",
    "Generous-Corp/pulp#2410", "kclejeune/system#510",
}  # fmt: skip

B = Batch(PULLS)
cache = B.cache
bld = B.build("gha_cache")
cred = B.family("credentials")
builder = B.family("builder")

LEGACY = "gha_cache.legacy_shutdown"
PATH = "gha_cache.path_missing"
LOCK = "gha_cache.dependency_file_missing"
RESERVE = "gha_cache.reserve_conflict"
STALL = "gha_cache.download_timeout"
ARCHIVE = "gha_cache.archive_create_failed"
POST = ["Post job cleanup."]
V1_IP = ["52.152.245.137", "52.152.245.137:443"]
PATHVAL = "Error: Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved."
FORK_DENIED = "error writing layer blob: denied: installation not allowed to Write organization package"

E = [
    # --- the cache service's side --------------------------------------------------------------------------------------
    cache("apache/pulsar#19219", STALL, True, "service",
          "Received 1493610815 of 1497805119 (99.7%), 0.5 MBs/sec\nReceived 1493610815 of 1497805119 (99.7%), 0.5 MBs/sec\nReceived 1493610815 of 1497805119 (99.7%), 0.5 MBs/sec\nError: The operation was canceled.",
          raw_is_log=True, also_ok=["build.job_timeout", "build.step_timeout"],
          note="January 2023: 'The cache step in GitHub Actions workflows gets sometimes stuck' at 99.7% until the job's 60-minute timeout cancels it, and again in another run the same day; the PR caps the cache steps with timeout-minutes: 5 so a stuck download fails fast and can be re-run"),
    cache("actions/cache#731", STALL, True, "service",
          "Received 0 of 54013422 (0.0%), 0.0 MBs/sec\nReceived 49819118 of 54013422 (92.2%), 23.8 MBs/sec\nReceived 49819118 of 54013422 (92.2%), 15.8 MBs/sec\nReceived 49819118 of 54013422 (92.2%), 11.9 MBs/sec\nReceived 49819118 of 54013422 (92.2%), 9.5 MBs/sec",
          head=["Run actions/cache@v2"], also_ok=["gha_cache.restore_failed", "build.job_timeout"],
          note="7-8 February 2022: after years without trouble the restore hangs at 92.2% while the reported rate decays, 'intermittent and difficult-to-reproduce', twice in two days; later toolkit releases added a segment download timeout for exactly this stall"),
    cache("moonrepo/setup-rust#23", "gha_cache.throttled", True, "service",
          "Warning: Failed to save: Cache service responded with 429 during upload chunk.\n/home/runner/work/_actions/moonrepo/setup-rust/v1/dist/post/index.js:475\n                        throw new Error(`Cache upload failed because file read failed with ${error.message}`);\n                        ^\n\nError: Cache upload failed because file read failed with EBADF: bad file descriptor, read\n    at ReadStream.<anonymous> (/home/runner/work/_actions/moonrepo/setup-rust/v1/dist/post/index.js:475:31)\n    at ReadStream.emit (node:events:519:28)\n    at emitErrorNT (node:internal/streams/destroy:169:8)\n    at errorOrDestroy (node:internal/streams/destroy:238:7)",
          head=POST, also_ok=["gha_cache.toolkit_throttled", "gha_cache.upload_read_failed"],
          note="September 2024, starkware-libs/sequencer: 'When we have many actions running and we reaching github API rate limits' the cache service answers 429 on an upload chunk and the action's bundled toolkit then crashes the post step, failing the CI; the reporter asks for the upload to be optional"),
    cache("actions/toolkit#765", "gha_cache.service_error", True, "service",
          "Warning: uploadChunk (start: 67108864, end: 100663295) failed: Cache service responded with 503",
          fatal=False, head=POST, also_ok=["gha_cache.backend_error", "gha_cache.v2_write_failed"],
          note="April 2021, self-hosted runner 2.277.1 running a cypress/browsers container job: 'On cache post, I got a 503 error', and later restores find no keys; the save only warns and the job goes on"),
    cache("actions/toolkit#463", ARCHIVE, False, "service",
          "/bin/tar --use-compress-program zstd -T0 --long=30 -cf cache.tzst -P -C /home/runner/work/install/install --files-from manifest.txt\nIncorrect parameters\n// .. skipped\n##[error]Tar failed with error: The process '/bin/tar' failed with exit code null",
          also_ok=["gha_cache.archive_tool_missing"],
          note="May 2020, @actions/cache 0.1.0 on the hosted ubuntu-16.04 runner: the zstd there rejects the toolkit's parameters, tar fails, and the slot reserved before archiving stays reserved for the next run ('cache.saveCache is not atomic'); the fix belonged in the toolkit, not the workflow"),
    cache("actions/cache#1552", "gha_cache.cache_miss", False, "service",
          "Warning: Cache not found for keys: my-cache-Linux-e13c8d95e393dfdbfc3046a36b72e0d02da8e564e776fb3f7d5b53be6b568bc5\nCache not found for input keys: my-cache-Linux-e13c8d95e393dfdbfc3046a36b72e0d02da8e564e776fb3f7d5b53be6b568bc5",
          fatal=False, head=["Run actions/cache@v4"], also_ok=["gha_cache.restore_failed"],
          note="February 2025: actions/cache v4.2.0 (the v2-service release) annotates a plain first-run miss in a new branch as a warning, 'a regression compared to how it used to work'; nothing in the workflow is wrong and the action had to change"),
    cache("gradle/gradle-build-action#408", "gha_cache.corrupt_archive", False, "service",
          "Warning: Save Gradle User Home failed in 'beforeSave': Error: ENOENT: no such file or directory, lstat '/home/runner/.gradle/caches/modules-2/files-2.1/com.fasterxml.jackson.datatype'",
          fatal=False, also_ok=[ARCHIVE],
          note="August 2022: bigdaz reproduces it: a corrupted Gradle User Home cache entry holds broken symbolic links, and an lstat in the @actions/glob library trips over them; the action's fix ignores them so the next entry is clean"),
    cache("gradle/gradle-build-action#858", ARCHIVE, False, "service",
          "Warning: Unhandled error in Gradle post-action - job will continue: Error: ENOENT: no such file or directory, realpath '/root/.gradle/caches/8.2.1/kotlin-dsl/accessors/862...5-PS/classes/org/gradle/kotlin'\nError: ENOENT: no such file or directory, realpath '/root/.gradle/caches/8.2.1/kotlin-dsl/accessors/862...5-PS/classes/org/gradle/kotlin'",
          fatal=False, head=["Forcing cache cleanup."], also_ok=["gha_cache.corrupt_archive"],
          note="August 2023, gradle-build-action v2.7.0 on main: the forced cache cleanup hits a kotlin-dsl accessor directory that is gone, and the post-action stops without creating new cache entries; the job continues and the reporter asks the action to carry on saving"),
    cache("actions/cache#713", "gha_cache.corrupt_archive", False, "service",
          "Received 297944681 of 297944681 (100.0%), 70.1 MBs/sec\nCache Size: ~284 MB (297944681 B)\n/usr/bin/tar -z -xf /__w/_temp/e0b55219-28d4-4b45-a865-bca699c092e2/cache.tgz -P -C /__w/launchbox/launchbox\n\ngzip: stdin: invalid compressed data--crc error\n/usr/bin/tar: Child returned status 1\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Tar failed with error: The process '/usr/bin/tar' failed with exit code 2",
          fatal=False, head=["Run actions/cache@v2.1.7"], also_ok=["gha_cache.unarchive_failed"],
          note="January 2022, a container job: the entry downloads completely and gzip then reports a CRC error, i.e. the stored archive is corrupt; the step only warns and the yarn cache is not restored, and a maintainer asks for debug logs"),
    # --- the runner's side: act and self-hosted cache servers --------------------------------------------------------------
    cache("nektos/act#1513", "gha_cache.no_cache_url", False, "local",
          "[warning]An internal error has occurred in cache backend.",
          fatal=False, also_ok=["gha_cache.no_token", "gha_cache.unreachable"],
          note="December 2022, act 0.2.34: the reporter's actions/cache@v3 runs with no cache backend and never hits; a commenter runs sp-ricard-valverde/github-act-cache-server beside act and caching then works"),
    cache("falcondev-oss/github-actions-cache-server#216", "gha_cache.client_url_invalid", False, "local",
          "Warning: Failed to save: Unable to extract blobName and containerName with provided information.",
          fatal=False, also_ok=["gha_cache.runner_cache_refused", "gha_cache.v2_write_failed"],
          note="March 2026: @actions/cache v4+ hands the self-hosted cache server's signed_upload_url ({API_BASE_URL}/upload/{id}) to the Azure BlobClient, which cannot parse it; every save fails until the operator runs a server release with the Azurite-style URL this PR adds"),
    cache("actions/cache#1555", "gha_cache.bad_response", False, "local",
          "Cache Size: ~0 MB (231 B)\n[command]/usr/bin/tar -xf /tmp/fe9e3ad9-458c-43d2-9f4b-d24750b2c798/cache.tzst -P -C /workspace/vedus/mlaw-backend --use-compress-program unzstd\nzstd: /*stdin*\\: unsupported format",
          fatal=False, also_ok=["gha_cache.corrupt_archive", "gha_cache.unarchive_failed"],
          note="February 2025, Gitea Actions with a custom runner and the falcondev cache server: the save reports a 32 MB entry, but the restore receives 231 bytes that are no zstd stream, every run; the fault is in the self-hosted cache path, not in GitHub's service"),
    cache("Generous-Corp/pulp#2410", "gha_cache.client_config", False, "local",
          "##[error]nscloud-cache-action requires a cache volume to be configured.\nPlease enable Caching in your runner profile.",
          also_ok=["gha_cache.no_cache_url"],
          note="May 2026: on the Windows-on-Namespace leg the runner profile has no cache volume, so nscloud-cache-action hard-errors; cache volumes exist only for the macOS profile and the hotfix gates the step to macOS"),
    # --- the build's own: the retired v1 service behind old bundled toolkits ---------------------------------------------
    cache("astronomer/terraform-provider-astro#222", LEGACY, False, "build",
          "Failed to restore: getCacheEntry failed: connect ETIMEDOUT 52.152.245.137:443",
          fatal=False, host_alt=V1_IP, also_ok=["connectivity.timeout", "gha_cache.unreachable"],
          note="June 2025: 'the setup go step fails because it cannot restore the cache' from the retired v1 service's address; the open PR adds explicit caching to the workflows (the toolkit prints this line as a warning)"),
    cache("pre-commit/action#226", LEGACY, False, "build",
          "Error: getCacheEntry failed: <h2>Our services aren't available right now</h2><p>We're working to restore all services as soon as possible. Please check back soon.</p>",
          also_ok=["gha_cache.error_page", "gha_cache.outage"],
          note="July 2025: pre-commit/action@v2.0.3 still bundles the v1 cache client, which now gets GitHub's error page; 'try updating to the latest version of the action' (v3), the reporter's fix"),
    # --- the build's own: paths, lock files, permissions ------------------------------------------------------------------
    cache("actions/setup-node#1363", PATH, False, "build",
          PATHVAL,
          head=POST, also_ok=[LOCK],
          note="September 2025: after the upgrade to setup-node v5, which caches npm on its own, the job only runs tools through npx, so no cache directory exists and the post step fails the job ('The error marks the job as failing'); maintainers point at the toolkit's path validation"),
    cache("actions/setup-node#1137", PATH, False, "build",
          PATHVAL,
          head=POST, also_ok=[LOCK],
          note="September 2024, setup-node v3 with cache: pnpm while the workflow points pnpm at PNPM_CACHE_FOLDER: .pnpm-store: the 'Post setup node.js' step finds nothing at the path it resolved and fails the release job"),
    cache("splintered-reality/py_trees#392", PATH, False, "build",
          "Post job cleanup.\n...\nWarning: Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.",
          fatal=False, also_ok=[LOCK],
          note="January 2023: 'Poetry cache not caching in CI': the workflow caches a Poetry cache path that never exists, so every post step warns and saves nothing"),
    cache("nspcc-dev/neofs-node#2404", LOCK, False, "build",
          "Restore cache failed: Dependencies file is not found in /home/runner/work/neofs-node/neofs-node. Supported file pattern: go.sum",
          fatal=False, also_ok=[PATH],
          note="June 2023: setup-go now caches by itself but finds no go.sum at the workspace root, 'it doesn't work anyway'; the PR drops the obsolete cache step"),
    cache("gen2brain/webp#2", LOCK, False, "build",
          "Restore cache failed: Dependencies file is not found in /Users/runner/work/webp/webp.\nSupported file pattern: go.sum",
          fatal=False, also_ok=[PATH],
          note="September 2024, macOS runner: setup-go's default cache wants a go.sum the repository does not have (the line break is the reporter's); the merged PR fixes the warning in the workflow"),
    cache("lilyclements/openintro-statistics#12", LOCK, False, "build",
          "Run actions/setup-python@v5\nInstalled versions\nError: No file in /home/runner/work/openintro-statistics/openintro-statistics matched to [**/requirements.txt or **/pyproject.toml], make sure you have checked out the target repository",
          also_ok=[PATH],
          note="January 2026: 'Error in build deployment': setup-python v5 is asked for a pip cache in a repository with neither requirements.txt nor pyproject.toml, and the step fails before Python is used"),
    cache("quarkus-qe/quarkus-test-suite#2052", LOCK, False, "build",
          "Error: No file in /home/runner/work/quarkus-test-suite/quarkus-test-suite matched to [**/pom.xml], make sure you have checked out the target repository",
          also_ok=[PATH],
          note="September 2024: the flaky-test workflow runs JBang scripts and has no pom.xml, so setup-java's cache: maven fails the job; 'I made mistake', the PR removes the Maven cache option"),
    cache("nipreps/nireports#161", ARCHIVE, False, "build",
          "Post job cleanup.\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/nireports/nireports --files-from manifest.txt --use-compress-program zstdmt\n/usr/bin/tar: ../../../../../var/lib/apt/lists/partial: Cannot open: Permission denied\n/usr/bin/tar: ../../../../../var/lib/apt/lists/lock: Cannot open: Permission denied\n/usr/bin/tar: Exiting with failure status due to previous errors\nWarning: Failed to save: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2",
          fatal=False, also_ok=["local.permission_denied"],
          note="January 2025: the workflow's cache path takes in /var/lib/apt/lists, whose lock and partial entries are root's; the save warns on every run ('This likely comes from the path being used in the action')"),
    cache("RIDE-Lab/SAGE#652", ARCHIVE, False, "build",
          "Post job cleanup.\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/action-runner/actions-runner/_work/SAGE/SAGE --files-from manifest.txt --use-compress-program zstdmt\n/usr/bin/tar: ../../../../../../var/cache/apt/archives/lock: Cannot open: Permission denied\n/usr/bin/tar: ../../../../../../var/cache/apt/archives/partial: Cannot open: Permission denied\n/usr/bin/tar: Exiting with failure status due to previous errors\nWarning: Failed to save: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2",
          fatal=False, also_ok=["local.permission_denied"],
          note="September 2025, a self-hosted runner: the workflow caches /var/cache/apt/archives, whose lock and partial directory the runner user cannot read, so the post-job save fails with a warning"),
    cache("actions/cache#11", ARCHIVE, False, "build",
          "Post job cleanup.\n/bin/tar -cz -f /home/runner/work/_temp/28e557d6-3aeb-4359-9a00-d29f2722deda/cache.tgz -C /home/runner/work/iron-alpine/iron-alpine/vulndb .\n/bin/tar: ./db: Cannot open: Permission denied\n/bin/tar: ./vuln-list: Cannot open: Permission denied\n/bin/tar: Exiting with failure status due to previous errors\n##[warning]The process '/bin/tar' failed with exit code 2",
          fatal=False, also_ok=["local.permission_denied"],
          note="October 2019, actions/cache@preview: the trivy scan ran through docker as root and left root-owned files in vulndb; 'Seems to be because of docker run running as root', fixed in the workflow"),
    # --- the build's own: keys, quotas, hashFiles, restored contents ---------------------------------------------------
    cache("starkware-libs/cairo-vm#2059", RESERVE, False, "build",
          "Failed to save: Unable to reserve cache with key all-programs-cache-..., another job may be creating this cache.\nWarning: Cache save failed.",
          fatal=False, also_ok=["gha_cache.v2_write_failed"],
          note="April 2025: the key is derived from files that rarely change, so the entry already exists and the save is refused; a maintainer cites actions/cache#1541 ('this warning is expected') and the fix is to generate the cache only when it does not exist"),
    cache("actions/toolkit#1642", RESERVE, False, "build",
          "Failed to save: Unable to reserve cache with key XXXX, another job may be creating this cache. More details: Cache already exists. Scope: refs/heads/master, Key: XXXX, Version: 50059a988699d11b5543e65bd21ddbb819f05df288843af627d295d329cbda93",
          fatal=False, also_ok=["gha_cache.v2_write_failed"],
          note="January 2024: a fixed key saved again on refs/heads/master; saveCache only annotates the reserve failure and swallows it, 'the build continues despite the failure'"),
    cache("ibis-ssl/crane#1451", "gha_cache.quota", False, "build",
          "error writing layer blob: failed to reserve cache",
          also_ok=[RESERVE, "gha_cache.export_failed"],
          note="September 2026, docker builds failing twice in a row: `gh api .../actions/cache/usage` shows 199 entries and 10.55 GB against the 10 GB per-repository limit, nearly all buildkit-blob-* from mode=max exports; the PR moves cache-to to mode=min (old entries still need deleting)"),
    cache("skjnldsv/docker-plex#93", "gha_cache.quota", False, "build",
          "error writing layer blob: failed to reserve cache",
          also_ok=[RESERVE, "gha_cache.export_failed"],
          note="July 2026: 'Root cause is the repo GHA cache quota, not buildx or scopes': ~9.3 GB of 10 GB held by docker-publish's mode=max export, so the fork build's own cache-to cannot reserve space; the PR drops its cache-to and keeps a read-only cache-from"),
    cache("actions/cache#1603", "gha_cache.hashfiles_timeout", False, "build",
          "Post job cleanup.\nError: The template is not valid. ***/cicd-shared-actions/main/.github/actions/run-maven/action.yml (Line: 60, Col: 14): hashFiles('**/pom.xml') couldn't finish within 120 seconds.",
          also_ok=["build.step_timeout"],
          note="May 2025, about 130 workflows that can run at once: the post step re-evaluates the key's hashFiles('**/pom.xml') over the whole workspace and overruns 120 seconds in some jobs at random; the glob in the shared action is the workflow's own"),
    bld("actions/cache#163", "build.dependency_not_found",
        "Bundler::GemNotFound: Could not find rake-12.3.3 in any of the sources",
        cmd="bundle exec rake db:create db:schema:load --trace", also_ok=["build.package_not_found", PATH],
        note="January 2020: the gems are restored into vendor/bundle, but Bundler is not told to use that path, so rake is 'not found'; running `bundle check --path vendor/bundle` first fixed it"),
    bld("kclejeune/system#510", "gha_cache.client_config",
        "ln: /nix: Read-only file system",
        component="gha_cache", also_ok=["local.permission_denied"],
        note="July 2026, Namespace cache volumes: nscloud-cache-action's `cache: nix` mode symlinks /nix from the volume, which macOS's sealed root refuses; the PR keeps that mode on Linux and caches only ~/.cache/nix on darwin"),
    # --- the build's own: BuildKit cache export ---------------------------------------------------------------------------
    builder("OpenHands/software-agent-sdk#983", "builder", "builder.cache_export_unsupported", False, "build", None,
            "ERROR: Cache export is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.",
            also_ok=["gha_cache.exporter_config"],
            note="October 2025: build.py passes --cache-to for a registry cache while CI's buildx uses the default docker driver; the PR detects the driver and keeps only the read-only --cache-from there"),
    cred("NousResearch/hermes-agent#54674", "credentials", "credentials.ghcr_write_denied", False, "build", None,
         "#52 exporting cache to registry\n#52 ERROR: " + FORK_DENIED + "\nERROR: failed to build: failed to solve: " + FORK_DENIED + "\n##[error]buildx failed with: ERROR: failed to build: failed to solve: " + FORK_DENIED,
         host_alt=["ghcr.io"], also_ok=["credentials.push_denied", "gha_cache.export_failed"],
         note="June 2026: on every fork pull request the arm64 job builds and tests fine, then dies writing cache-to type=registry on ghcr.io with a token that has only 'Packages: read'; the fix is to skip the registry cache export for forks"),
    cred("lambdaclass/ethrex#6239", "credentials", "credentials.ghcr_write_denied", False, "build", None,
         "403 Forbidden\ndenied: installation not allowed to Write organization package",
         host_alt=["ghcr.io"], also_ok=["credentials.push_denied", "gha_cache.export_failed"],
         note="February 2026: fork PRs fail the Build Docker job because the build-docker action always writes its Buildx cache to GHCR with a read-only GITHUB_TOKEN; the PR adds cache_write: false for forks, falling back to type=gha"),
]
