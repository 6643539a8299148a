"""Dev-set entries, batch 81 (the GitHub Actions cache as jobs meet it, from threads no earlier batch used: actions/cache
and actions/cache/save, the caches built into setup-node, setup-python, setup-go, setup-java and setup-uv, @actions/cache
inside other actions (gradle-cache-action, setup-gradle, cache-extensions, gcs-cache-action, caching-for-turbo,
magic-nix-cache, cypress-io/github-action, install-binary, cargo-semver-checks-action), BuildKit's `type=gha` exporter
through buildx and bake, self-hosted runners, Gitea's and runner.server's cache servers, a third-party runtime that is
taken for GHES. The service and runner side: a 429 on an upload chunk that crashes setup-java's post step on EBADF, a
cache-server release whose restores are no zstd at all, a scope refusal that cleared itself in a day, GNU tar on macOS
runners failing on archives BSD tar wrote (rolled back, then fixed in the toolkit), a hosted macOS regression where
hashFiles gives up, an action that records the wrong zstd mode and one that refuses to save scheduled builds, an action
release that sends an empty key under act and Gitea, a Gitea runtime token without the access-control claim buildx
needs, a fixed proxy port taken under load, a timeout fetching magic-nix-cache itself, and runners whose own network
stands between job and cache (a Windows container behind the Windows Firewall, a benchmark runner that cannot reach the
blob host, a MinIO endpoint that is its console). Most of the batch is the build's own mistakes that read like cache
outages: lock files and dependency paths that do not exist (a monorepo's, a composite action's, a checkout after
setup-go, a uv that never ran, a repository with no uv.lock or no Python files), setup-go's go.sum warning taken for the
failure, keys that are empty or cannot be computed (a hashFiles of a directory not built yet or outside the workspace,
no key at all), the @actions/cache package called from a run step, keys that collide across jobs, matrices and reusable
workflows or that are saved again on purpose, actions and a pinned buildx still on the retired cache service, a cache
export on the docker driver, buildx's own PR sending only url_v2 to an older BuildKit, a magic-nix-cache closure that
throttles itself, and a custom image with a zstd too old for `-T0`. `err` is verbatim from the source (a GitHub thread
found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (code fences, blockquote
markers, backticks, GitHub's line-number links pasted into log lines) only that markup was dropped and trailing blanks
trimmed, never a word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the
last whole log line. Elisions ('...') and masks ('***', '<path>', '<key>') inside a quote are the reporters' own. Hosts
follow the README's strict rule: a host is given only where a line of the log names it for the failing call; an
inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of
these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import Batch

PULLS = {"buildkite/buildkite-gha#205", "allenporter/flux-local#451", "aeon-toolkit/aeon#1232", "docker/buildx#3001",
         "sigoden/install-binary#5", "omnigres/omnigres#859", "osbuild/osbuild#1671", "paradedb/rails-paradedb#104",
         "FIRST-Tech-Challenge/ftcdocs#421", "docker-library/bashbrew#102", "go-gitea/gitea#29584"}  # fmt: skip

B = Batch(PULLS)
cache = B.family("gha_cache")


def own(ref: str, cause: str, err: str, **kw: Any) -> dict[str, Any]:
    """A build-itself entry of the cache family (component gha_cache, blame build, not retryable)."""
    return B.build_in("gha_cache", ref, cause, err, component="gha_cache", **kw)


def job(ref: str, cause: str, err: str, **kw: Any) -> dict[str, Any]:
    """A build-itself entry filed under the cache family whose failing side is the job itself (component build)."""
    return B.build_in("gha_cache", ref, cause, err, **kw)


POST = ["Post job cleanup."]
LOCK = "gha_cache.dependency_file_missing"
PATH = "gha_cache.path_missing"
LEGACY = "gha_cache.legacy_shutdown"
RESERVE = "gha_cache.reserve_conflict"
UNTAR = "gha_cache.unarchive_failed"

E = [
    # --- the cache service's side: throttling, refusals, archives ------------------------------------------------------
    cache("actions/toolkit#1589", "gha_cache", "gha_cache.throttled", True, "service", None,
          "Post job cleanup.\n/usr/bin/tar --posix --use-compress-program zstdmt -cf cache.tzst --exclude cache.tzst -P -C /runner/_work/beam/beam --files-from manifest.txt\nWarning: Failed to save: Cache service responded with 429 during upload chunk.\n/runner/_work/_actions/actions/setup-java/v3.8.0/dist/cleanup/index.js:401\n                        throw new Error(`Cache upload failed because file read failed with ${error.message}`);\n                        ^\n\nError: Cache upload failed because file read failed with EBADF: bad file descriptor, read",
          raw_is_log=True, also_ok=["gha_cache.upload_read_failed", "gha_cache.rate_limited", "gha_cache.toolkit_throttled"],
          note="Apache Beam's self-hosted runners: setup-java 3.8.0's built-in cache save is throttled (429) on an upload chunk and the bundled toolkit then crashes the post step on EBADF; filed by a maintainer of the setup actions as 'this transient error' to be ignored as coursier/cache-action does, another user 'hit this many times tonight'; the throttling passes"),
    cache("actions/cache#297", "gha_cache", "gha_cache.service_error", True, "service", None,
          "[warning]No scopes with read permission were found on the request.",
          fatal=False, also_ok=["gha_cache.bad_token", "gha_cache.restore_failed"],
          note="May 2020: the cache service refuses the run's token scopes and nothing restores; not the known re-run bug ('these were new runs'), and 'It appears to have been a remote issue that resolved itself' by the next day; the restore is a warning, the job goes on"),
    cache("actions/cache#527", "gha_cache", UNTAR, True, "service", None,
          "/usr/local/bin/gtar: Ignoring unknown extended header keyword 'LIBARCHIVE.creationtime'\nError: /usr/local/bin/gtar: ../../../go/pkg/mod/go4.org@v0.0.0-20190218023631-ce4c26f7be8e/media/heif/dumpheif/dumpheif.go: Cannot open: Permission denied\n/usr/local/bin/gtar: ../../../go/pkg/mod/go4.org@v0.0.0-20190218023631-ce4c26f7be8e/media/heif/testdata/park.heic: Cannot open: Permission denied",
          also_ok=["gha_cache.restore_failed", "local.runner_image_broken"],
          note="February 2021: actions/cache v2.1.4 started using GNU tar on macOS runners, and gtar extracting a Go module cache that BSD tar had archived stops on the read-only directories; the v2 tag was rolled back ('I now understand why it had to be done') and toolkit 1.0.7 added --delay-directory-restore, so the unchanged job passes later"),
    B.entry("gha_cache", "microsoft/vscode#278961", "local", "local.runner_image_broken", True, "service", None,
            "Error: The template is not valid. microsoft/vscode/.github/workflows/pr-darwin-test.yml@7fbb6cfc7f88ab49739d74ce2aced0e8f7b1fe00 (Line: 42, Col: 16): hashFiles('.build/packagelockhash') failed. Fail to hash files under directory '/Users/runner/work/vscode/vscode'",
            also_ok=["github.outage", "gha_cache.bad_key"],
            note="November 2025, VS Code's macOS PR builds: the hosted runner's hashFiles gives up while evaluating the cache key of a file the build writes itself; labelled upstream and closed once 'This has been fixed upstream', nothing in the workflow changed"),
    # --- the cache servers and clients upstream of the job ---------------------------------------------------------------
    cache("falcondev-oss/github-actions-cache-server#35", "gha_cache", "gha_cache.corrupt_archive", False, "service", None,
          "Cache Size: ~301 MB (315428937 B)\n/usr/bin/tar -xf /home/runner/_work/_temp/75d19c53-1f9f-4482-aee3-cd7d4ade5818/cache.tzst -P -C /home/runner/_work/web/web --use-compress-program unzstd\nzstd: /*stdin*\\: unsupported format\n/usr/bin/tar: Child returned status 1\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Failed to restore: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2\nCache not found for input keys: playwright-browsers-9079783247, playwright-browsers",
          fatal=False, also_ok=["gha_cache.bad_response", UNTAR],
          note="self-hosted runners in Kubernetes pointed at the falcondev cache server: the upload is stored on the server's disk, but what restore downloads is no zstd stream, with MinIO as backend too; a second user: 'Downgrading to version 2.0.0 solved the issue', a regression of the server release (the trailing blank after 'format' trimmed)"),
    cache("go-gitea/gitea#29584", "gha_cache", "gha_cache.bad_token", False, "service", None,
          "| ERROR: failed to solve: failed to configure gha cache exporter: invalid token without access controls\n| ##[error]buildx failed with: ERROR: failed to solve: failed to configure gha cache exporter: invalid token without access controls",
          raw_is_log=True, also_ok=["gha_cache.client_refused", "gha_cache.remote_config_invalid"],
          note="Gitea Actions: the runtime token Gitea issues carries no 'ac' (access-control) claim, which current buildx requires before it configures the gha cache exporter ('an error in v3' of build-push-action too); every such build on a Gitea runner fails until Gitea adds the claim, which this PR does"),
    cache("shivammathur/cache-extensions#61", "gha_cache", "gha_cache.action_regression", False, "service", None,
          "::error::Input required and not supplied: key\n  ❌  Failure - Main Cache extensions\nexitcode '1': failure\n  ❌  Failure - Main Setup Action Environment\nexitcode '1': failure",
          raw_is_log=True, also_ok=["local.client_regression", "gha_cache.client_config"],
          note="March 2026: since cache-extensions v1.14.2 its inner cache step gets an empty key under Gitea Actions, and the reporter reproduces it with act; 'Downgrading back to v1.14.1 fixed the error', so the action's release, not the workflow; the same on each run until then"),
    cache("MansaGroup/gcs-cache-action#33", "gha_cache", UNTAR, False, "service", None,
          "/usr/bin/tar -x --use-compress-program zstd -d -P -f /tmp/tmp-195888-ch6Z2OTlm0qa -C /home/github/actions-runner/_work/foo/foo\n  /*stdin*\\ : Decoding error (36) : Frame requires too much memory for decoding\n  /*stdin*\\ : Window size larger than maximum : 1073741824 > 134217728\n  /*stdin*\\ : Use --long=30 or --memory=1024MB\n  /usr/bin/tar: Child returned status 1\n  /usr/bin/tar: Error is not recoverable: exiting now",
          also_ok=["gha_cache.corrupt_archive"],
          note="the GCS-backed cache action compressed with a long zstd window but recorded 'zstd (without long)' in the object's metadata, so restore runs plain zstd -d, which refuses the 1 GiB window; a second user: 'it will always falls in this case', the action's bug (a line-number link pasted into '134217728' dropped)"),
    cache("burrunan/gradle-cache-action#13", "gha_cache", "gha_cache.save_failed", False, "service", None,
          "local-build-cache: old contents is not found, and the current cache gradle-build-cache-Linux-jdk11-gradle-6.5.1-all-schedule-Nightly build-08b4303d9314d773b6e4704823cb71b32111e3c4-8b0701ea756af9c6518dd297a31d1248ec3408d3\n8\n   does not start with gradle-build-cache-Linux-jdk11-gradle-6.5.1-all-defaultbranch, so cache saving can't be done",
          fatal=False, also_ok=["gha_cache.bad_key"],
          note="opentelemetry-java-instrumentation's scheduled nightly: gradle-cache-action refuses to save the build cache of a scheduled run whose key does not carry the default-branch prefix (a warning); 'Fixed in' an action commit the same day, nothing the workflow did"),
    B.entry("gha_cache", "rharkor/caching-for-turbo#917", "local", "local.port_in_use", True, "service", None,
            "Error: listen EADDRINUSE: address already in use ::1:41230",
            also_ok=["gha_cache.client_refused"],
            note="caching-for-turbo v2.3.14 on GitHub-hosted ubuntu-latest: its local Turborepo cache server always binds port 41230 and, 'in high load situations', it 'intermittently fails' because the port is taken; the released fix lets the OS pick a free port"),
    cache("DeterminateSystems/magic-nix-cache-action#206", "connectivity", "connectivity.timeout", True, "service", "install.determinate.systems",
          "Downloading magic-nix-cache for X64-Linux\n  Fetching from https://install.determinate.systems/magic-nix-cache-closure/stable/X64-Linux\n  Retrying after error ETIMEDOUT, retry #: 1\n  Retrying after error ETIMEDOUT, retry #: 2\n  Retrying after error ETIMEDOUT, retry #: 3\nError: TimeoutError: Timeout awaiting 'request' for 10000ms",
          also_ok=["connectivity.connect_timeout", "gha_cache.unreachable"],
          note="the action fetches the magic-nix-cache binary itself before any cache is touched and the vendor's download host times out through three retries; 'Does not happen all of the time but does happen occasionally'"),
    cache("buildkite/buildkite-gha#205", "gha_cache", "gha_cache.client_config", False, "local", None,
          "[warning]Cache action is only supported on GHES version >= 3.5. If you are on version >=3.5 Please check with GHES admin ...",
          fatal=False, also_ok=["gha_cache.unavailable", "gha_cache.client_refused"],
          note="buildkite-gha runs GitHub Actions steps on Buildkite with GITHUB_SERVER_URL set to its own origin, which actions/cache's isGhes() takes for GHES, so it tries the v1 path that runtime does not provide and skips caching on every run; the PR overrides the URL for the cache action (the elision is the author's)"),
    # --- the runner's own network between job and cache ----------------------------------------------------------------------
    cache("ChristopherHX/runner.server#283", "gha_cache", "gha_cache.unreachable", False, "local", "192.168.1.49:50299",
          "##[command]C:\\Windows\\system32\\docker.EXE exec f85eb2f3dd2369c82121dad0c7902445c031ccb819e0a4aef7fa0594241d67c9 sh -c \"cat /etc/*release | grep ^ID\"\n##[warning]Failed to restore: getCacheEntry failed: connect ETIMEDOUT 192.168.1.49:50299\nCache not found for input keys: toolchains-win-7d9757126edce6986823b174df112b1b55d031724e9815384bc2c7fb2a221936-v1",
          fatal=False, host_alt=["192.168.1.49"], also_ok=["connectivity.firewall_blocked", "connectivity.connect_timeout"],
          note="runner.server with the job in a Windows container: the container cannot reach the runner's built-in cache server on the host, because 'Windows containers are affeced by the Windows Firewall'; the same on every run until the firewall lets the port through"),
    cache("shadow/shadow#3690", "gha_cache", "gha_cache.unreachable", False, "local", "productionresultssa17.blob.core.windows.net",
          "Restore cargo registry cache\nFailed to restore: request to https://productionresultssa17.blob.core.windows.net/actions-cache/7d5-1262509990?se=2025-10-25T03%3A40%3A49Z&sig=***&ske=2025-10-25T13%3A42%3A05Z&skoid=ca7593d4-ee42-46cd-af88-8b886a2f84eb&sks=b&skt=2025-10-25T01%3A42%3A05Z&sktid=398a6654-997b-47e9-b12b-9515b896b4de&skv=2025-11-05&sp=r&spr=https&sr=b&st=2025-10-25T03%3A30%3A44Z&sv=2025-11-05 failed, reason: Client network socket disconnected before secure TLS connection was established",
          fatal=False, also_ok=["connectivity.tls_failed", "connectivity.firewall_blocked"],
          note="the project's self-hosted benchmark runner: every nightly since 2025-10-21 cannot fetch the cache blob ('the simulation proceeds without the cache, which I think is OK') and later stalls uploading its log; the maintainer suspects the blob host is 'blocked by a firewall local to the runner'; nothing on GitHub's side was reported"),
    cache("tespkg/actions-cache#59", "gha_cache", "gha_cache.remote_config_invalid", False, "local", None,
          "Restore s3 cache failed: unable to verify the first certificate",
          also_ok=["connectivity.untrusted_certificate", "connectivity.tls_failed"],
          note="tespkg/actions-cache against a self-hosted MinIO from a Mac mini runner that trusts the internal CA: 'The issue was from our side, we had our console port on 443', so the cache endpoint was MinIO's console, not its S3 API; the same on every run until the endpoint is fixed"),
    # --- the build's own: lock files and paths the built-in caches key on ---------------------------------------------------
    own("actions/setup-node#694", LOCK,
        "Error: Some specified paths were not resolved, unable to cache dependencies.",
        head=["Run actions/setup-node@v3"], also_ok=[PATH],
        note="an Astro docs site in a monorepo: cache-dependency-path ./apps/docs/yarn.lock names a lock file that does not exist ('There is no yarn.lock inside apps/docs since this is a monorepo', it is two levels up), so setup-node fails the step on every run"),
    own("actions/setup-go#602", LOCK,
        "Restore cache failed: Some specified paths were not resolved, unable to cache dependencies.",
        fatal=False, also_ok=[PATH],
        note="a self-hosted runner: 'this one seems to be my fault. Checkout action was going after setup-go', so cache-dependency-path go/junkyard/go.sum did not exist yet when setup-go looked (a warning)"),
    own("docker-library/bashbrew#102", LOCK,
        "Setup go version spec 1.20\nFound in cache @ /opt/hostedtoolcache/go/1.20.14/x64\nAdded go to the path\nSuccessfully set up Go version 1.20\n/opt/hostedtoolcache/go/1.20.14/x64/bin/go env GOMODCACHE\n/opt/hostedtoolcache/go/1.20.14/x64/bin/go env GOCACHE\n/home/runner/go/pkg/mod\n/home/runner/.cache/go-build\nWarning: Restore cache failed: Some specified paths were not resolved, unable to cache dependencies.",
        fatal=False, head=["Run tianon/bashbrew@tianon", "Run actions/setup-go@v5"], also_ok=[PATH],
        note="bashbrew's composite action points setup-go's cache-dependency-path at its own go.sum under /home/runner/work/_actions/, outside the workspace the cache looks in; the go.sum warning only turns into this one ('maybe progress?') and the author weighs cache: false instead"),
    own("allenporter/flux-local#451", LOCK,
        "Error: No file in /home/runner/work/home-ops/home-ops matched to [**/requirements.txt or **/pyproject.toml], make sure you have checked out the target repository",
        also_ok=[PATH],
        note="flux-local's composite action turns on setup-python's pip cache, which looks for requirements or pyproject files in the calling repository (onedr0p/home-ops has none at that path); the PR sets cache-dependency-path to the action's own files"),
    own("actions/setup-go#427", LOCK,
        "Restore cache failed: Dependencies file is not found in /home/runner/work/helm-charts/helm-charts. Supported file pattern: go.sum",
        fatal=False,
        note="spiffe/helm-charts has no go.sum; the maintainer: 'This is expected behaviour', the same for v4.0 and v4.1, a warning on the setup step that the reporter read as the failure of the job"),
    own("HugoBlox/kit#3000", LOCK,
        "Restore cache failed: Dependencies file is not found in /home/runner/work/aviralsrivastava.github.io/aviralsrivastava.github.io. Supported file pattern: go.sum",
        fatal=False,
        note="a Hugo Blox site's deploy: setup-go warns that the site has no go.sum and the reporter took it for the error; the job actually failed later in Hugo itself ('error building site: render: failed to render pages'), the site's own template"),
    own("astral-sh/setup-uv#181", LOCK,
        "Set UV_CACHE_DIR to /home/runner/work/_temp/setup-uv-cache\nSuccessfully installed uv version 0.5.6\nSearching files using cache dependency glob: **/uv.lock\nNo matches found for glob\nError: No file matched to [**/uv.lock], make sure you have checked out the target repository",
        also_ok=[PATH],
        note="a course repository that keeps requirements.txt but no uv.lock: enable-cache with the default **/uv.lock glob matches nothing and the step fails ('my naive attempt to enable the cache'); the maintainers then widened the default glob"),
    own("paradedb/rails-paradedb#104", LOCK,
        "No file matched to [...*requirements*.txt, ...pyproject.toml, ...uv.lock, ...]. The cache will never get invalidated. Make sure you have checked out the target repository and configured the cache-dependency-glob input correctly.",
        fatal=False, also_ok=[PATH],
        note="the repository uses uv only for ephemeral uv run --with and uv tool run and has no Python dependency files, so setup-uv's enable-cache warns on every run; the PR removes enable-cache (the elisions are the author's)"),
    own("astral-sh/setup-uv#831", PATH,
        "Post job cleanup.\nUV_CACHE_DIR is already set to /home/runner/.cache/uv\nUV_PYTHON_INSTALL_DIR is already set to /home/runner/.local/share/uv/python\nPruning cache...\n/opt/hostedtoolcache/uv/0.11.2/x86_64/uv cache prune --ci --force\nNo cache found at: /home/runner/.cache/uv\nError: Cache path /home/runner/.cache/uv does not exist on disk. This likely indicates that there are no dependencies to cache. Consider disabling the cache input if it is not needed.",
        also_ok=[LOCK],
        note="enable-cache: true, but the workflow runs uv only when a re-deployment is needed ('I use uv conditionally'), so in this job the cache directory was never created and the post step fails; the maintainer: apply the same condition to setup-uv or set ignore-nothing-to-cache"),
    # --- the build's own: keys that are empty, uncomputable or shared -------------------------------------------------------
    own("actions/cache#106", "gha_cache.bad_key",
        "##[error]The template is not valid. hashFiles('/home/runner/work/.../.../target') failed. Search pattern '/home/runner/work/.../.../target' doesn't match any file under '/home/runner/work/.../...'",
        also_ok=[PATH],
        note="actions/cache v1, November 2019: the key hashes the Rust target directory, which does not exist after checkout, so the key cannot be computed and the build stops before any restore ('that does make sense!'); the masked paths are the reporter's"),
    own("osbuild/osbuild#1671", "gha_cache.key_missing",
        "Input required and not supplied: key",
        also_ok=["gha_cache.bad_key", "gha_cache.client_config"],
        note="the generate workflow used the cache without a key ('we did not provide a cache key before and it was fine'); the cache action now requires one, every run fails, and the PR adds a key"),
    own("actions/cache#536", "gha_cache.key_missing",
        "Run actions/cache@v2\n  with:\n    path: ~/.local/share/virtualenvs/a-name*\n  env:\n    pythonLocation: /opt/hostedtoolcache/Python/3.8.6/x64\n    LD_LIBRARY_PATH: /opt/hostedtoolcache/Python/3.8.6/x64/lib\nError: Input required and not supplied: key",
        raw_is_log=True, also_ok=["gha_cache.bad_key"],
        note="the key is ${{ hashFiles('~/a-name/a-name/Pipfile.lock') }}, a path outside the workspace, so hashFiles yields an empty string and the step gets no key (no key line in its inputs); the same on every run"),
    own("actions/toolkit#852", "gha_cache.no_token",
        "Error: getCacheEntry failed: Cache Service Url not found, unable to restore cache.\n    at /home/runner/work/benchmark/benchmark/node_modules/@actions/cache/src/internal/requestUtils.ts:92:9\n    at Generator.next (<anonymous>)\n    at fulfilled (/home/runner/work/benchmark/benchmark/node_modules/@actions/cache/lib/internal/requestUtils.js:5:58)",
        also_ok=["gha_cache.client_config"],
        note="a benchmark script uses the @actions/cache package directly; ACTIONS_CACHE_URL and the runtime token are given only to JavaScript actions (a commenter had to turn a composite action into a node action), so the package finds no service URL on every run"),
    own("aeon-toolkit/aeon#1232", RESERVE,
        "Failed to save: Unable to reserve cache with key numba-test-no-softdeps-full-3.10, another job may be creating this cache. More details: Cache already exists. Scope: refs/heads/main, Key: numba-test-no-softdeps-full-3.10, Version: 352f012c1201288c23a77d969304cb2712bf5b5fc77ca03590316fcbf4a85c66\nWarning: Cache save failed.'",
        fatal=False,
        note="trying the PR's numba cache keys in a private repository: several jobs save under one key and all but the first are refused; 'Guess we do need separate keys', the workflow's key design (the stray quote mark is in the pasted log)"),
    own("risu729/astro-better-image-service#89", RESERVE,
        "/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/astro-better-image-service/astro-better-image-service --files-from manifest.txt --use-compress-program zstdmt\nFailed to save: Unable to reserve cache with key playwright-browsers-Linux-1.44.0, another job may be creating this cache. More details: Cache already exists. Scope: refs/heads/main, Key: playwright-browsers-Linux-1.44.0, Version: b11b119dfd10565044882f81f06d3a75b1602bec6f8658ac905dd63583b2a885\nWarning: Cache save failed.",
        fatal=False,
        note="the workflow runs actions/cache/save every time 'to extend the lifetime' of the Playwright browsers entry, but entries are immutable and the key already exists, so every save after the first is refused (a line-number link pasted into the version dropped)"),
    own("gradle/actions#722", RESERVE,
        "Failed to save cache entry with path '<path>' and key: <key>: ReserveCacheError: Unable to reserve cache with key <key>, another job may be creating this cache.",
        fatal=False,
        note="a matrix calls a reusable workflow that runs setup-gradle; there the key carries no matrix context, so both jobs compute the same key and only one saves; the maintainer: 'an issue specific to reusable workflows', with workarounds in #316 (placeholders are the reporter's)"),
    own("burrunan/gradle-cache-action#40", RESERVE,
        "  Error while uploading 1-gradle-build-cache-Linux-build-all-sample-apps-gradle-6.8.3-defaultbranch-7a48fbd99028c0aacc9e1f868b864a4fd5b9e52c\n  : reserveCache failed: Cache already exists. Scope: refs/heads/master, Key: 1-1-gradle-build-cache-Linux-build-all-sample-apps-gradle-6.8.3-defaultbranch-7a48fbd99028c0aacc9e1f868b864a4fd5b9e52c\n  , Version: 44932a1d1b3f6fba47d8d7c0ae4beedc3e14a79959b7473ec9feb22f111f994e",
        fatal=False,
        note="several parallel jobs of one workflow use gradle-cache-action without distinct job-id inputs, so they write the same build-cache key and the later ones are refused; the reporter asks when to set job-id"),
    # --- the build's own: actions and builders still on the retired service --------------------------------------------------
    own("sigoden/install-binary#5", LEGACY,
        "Warning: Failed to restore: Cache service responded with 400",
        fatal=False, also_ok=["gha_cache.client_refused"],
        note="October 2025: install-binary still bundles an @actions/cache that talks to the retired cache service, which answers 400 to every lookup; the PR bumping it was closed unmerged, so workflows using the action never restore (warnings)"),
    own("Swatinem/rust-cache#244", LEGACY,
        "Failed to save: Unable to reserve cache with key semver-preflight-93c4e40f0b737772-linux-rustc-1.86.0-(05f9846f8-2025-03-31)-cargo-semver-checks-0.41.0-d41d8cd98f00b204e9800998ecf8427e-semver-checks-rustdoc-f7ee01111bb0594a256e2ad9bf44605d1b569db9, another job may be creating this cache. More details: This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset",
        fatal=False, also_ok=[RESERVE],
        note="reported against rust-cache, which already used the new service; the refused save was cargo-semver-checks-action's own cache in the same job ('I mixed up the outputs'); updating the outdated action fixes it"),
    own("cypress-io/github-action#1476", LEGACY,
        "Failed to save: reserveCache failed: connect ETIMEDOUT 52.152.245.137:443",
        host="52.152.245.137:443", fatal=False, host_alt=["52.152.245.137"], also_ok=["gha_cache.unreachable", "connectivity.connect_timeout"],
        note="May 2025, cypress-io/github-action v6.7.7: its cache client still calls the legacy cache service, now switched off, so saves time out and runs slow down; 'v6.7.9 is the minimum version', closed 'as this is a known and documented issue'"),
    own("omnigres/omnigres#859", LEGACY,
        "ERROR: failed to solve: error writing layer blob: error committing cache 396840: Failed to commit cache.",
        also_ok=["gha_cache.export_failed"],
        note="April 22, 2025, a week after the legacy cache service was switched off: every docker build's cache export fails to commit; the fix, found with the WarpBuilds team, is to 'avoid pinning buildx', the workflow's pinned older buildx being the one that could no longer commit"),
    B.build_in("gha_cache", "docker/compose#9832", "builder.cache_export_unsupported",
               "ERROR: cache export feature is currently not supported for docker driver. Please switch to a different driver (eg. \"docker buildx create --use\")",
               component="builder", head=["Run docker/bake-action@master"], also_ok=["gha_cache.client_config"],
               note="the workflow runs docker/bake-action with cache-to type=gha and load, but no setup-buildx-action step, so bake builds on the default docker driver, which cannot export a cache; the same on every run until a docker-container builder is set up"),
    B.build_in("gha_cache", "docker/buildx#3001", "builder.gha_cache_url_missing",
               "#6 [xx internal] load metadata for docker.io/library/alpine:latest\n#6 DONE 0.7s\nERROR: target ld64-static-tgz: failed to solve: failed to configure gha cache exporter: url not set for github actions cache",
               component="builder", also_ok=["gha_cache.client_config", "gha_cache.remote_config_invalid"],
               note="buildx's own e2e test in the PR that enables the gha backend when cache service v2 is detected: the change sets only url_v2, and the BuildKit 0.19 under test knows no url_v2 and requires url; the PR's own code, fixed by always setting url as well"),
    # --- the build's own: volume and images -----------------------------------------------------------------------------------
    own("FIRST-Tech-Challenge/ftcdocs#421", "gha_cache.throttled",
        "error: unable to download '.../....narinfo': HTTP error 418\nresponse body: GitHub API error: GitHub Actions Cache throttled Magic Nix Cache. Not trying to use it again on this run.",
        fatal=False, also_ok=["gha_cache.rate_limited"],
        note="magic-nix-cache stores one cache entry per Nix store path, thousands for this flake's texlive closure, which 'blows through' the 200-uploads-a-minute repository limit at once; the action gives up on the cache for the run and the PDF build takes 10-13 minutes; the PR swaps to cache-nix-action's single entry (elisions the author's)"),
    job("actions/cache#520", "build.archive_tool_outdated",
        "/bin/tar --posix --use-compress-program zstd -T0 -cf cache.tzst -P -C /__w/my-app/my-app --files-from manifest.txt\nIncorrect parameters\nUsage :",
        fatal=False, head=POST, also_ok=["build.archive_tool_missing", "gha_cache.archive_tool_missing"],
        note="a container job on a custom node image that installs Debian's zstd 1.1.2 to get zstd caching: actions/cache calls zstd -T0, which that zstd rejects ('Incorrect parameters'), so the post-job tar fails and nothing is saved; the image's own tool"),
]
