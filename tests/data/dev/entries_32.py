"""Dev-set entries, batch 32 (the GitHub Actions cache and its neighbours as builds meet them: an HTML error page
where the toolkit expected JSON, BuildKit's `type=gha` export timing out against the v2 service, a self-hosted
runner's TLS handshake to the retired v1 host and another's HTML page on every run, Gitea's runtime token that
BuildKit rejects, throttling of per-entry cache proxies; setup-go's restores over a module cache that is already there
(self-hosted leftovers, a second setup-go, Go 1.23's telemetry and toolchain modules, golangci-lint-action's own
cache), setup-node/setup-python/setup-java/setup-go refusing a dependency file they cannot find, keys with commas,
a cache that already exists, a path that does not, a disk too full for the archive or for the restore; sccache's GHA backend failing to
start the server, Turborepo's remote-cache clients (a rate-limited GHA-backed server, a self-hosted one answering
412, a local server at a mistyped address), a Nix binary cache's 502, Gradle's remote build cache answering 403, 404 and 413; GitHub
Enterprise Server without a cache service, and with one whose archive is 411 bytes). `err` is verbatim from the
source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown
(blockquote markers, ** bold, links a log viewer made of a number, an e-mail reply's `>`) only that markup was
dropped, never a word of the log; where a quote was cut, the entry stops at the last whole line. Hosts follow the
README's strict rule: a host is given only where a line of the log names it for the failing call; an inferred one
goes in host_alt. fatal=False marks a warning the job survived (or went on past). Labels were set from the threads
before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"mdn/webextensions-examples#550", "rharkor/caching-for-turbo#947", "Goooler/DemoApp#194",
         "ben-manes/caffeine#1539", "vercel/next.js#92999", "open-telemetry/opentelemetry-java-instrumentation#8827"}

B = Batch(PULLS)
cache = B.cache

POST = ["Post job cleanup."]
BPA = ["Run docker/build-push-action@v6", "  with:", "    cache-from: type=gha", "    cache-to: type=gha,mode=max"]
GRADLE = ["Run ./gradlew build --build-cache"]
TURBO = ["Run npx turbo run build"]
PVE = "Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved."
NODE_LOCK = "Supported file patterns: package-lock.json,npm-shrinkwrap.json,yarn.lock"

E = [
    # --- the service side: HTML pages, timeouts, throttling, an incident -------------------------------------------------
    cache("ThalesGroup/fred#2500", "gha_cache.request_timeout", True, "service",
          "#20 exporting to GitHub Actions Cache\n#20 preparing build cache for export 25.2s done\n#20 sending cache export 30.0s done\n#20 ERROR: Post \"https://results-receiver.actions.githubusercontent.com/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL\": dial tcp 140.82.112.21:443: i/o timeout\nERROR: failed to build: failed to solve: DeadlineExceeded\n##[error]buildx failed with: ERROR: failed to build: ...",
          host="results-receiver.actions.githubusercontent.com", head=BPA, host_alt=["140.82.112.21:443", "140.82.112.21"],
          also_ok=["gha_cache.unreachable", "connectivity.timeout"],
          note="'after the image had already built': a transient cache-service timeout during the export fails the job; 'the only recovery is a manual re-run' (fixed with ignore-error=true)"),
    cache("actions/actions-runner-controller#2726", "gha_cache.request_timeout", True, "local",
          "buildx failed with: error: failed to solve: Get \"https://acghubeus1.actions.githubusercontent.com/8V4YnVoosB0k2Rieq40qvDIC8EkpoC2S2GIgTQFJs9ePMWvozj/_apis/artifactcache/cache?keys=buildkit-blob-1-sha256%3A2457c1c5bd028c46eab1f52756c9d700d6dc39a0f03443dd9fd2d739a38c1a89&version=693bb7016429d80366022f036f84856888c9f13e00145f5f6f4dce303a38d6f2\": net/http: TLS handshake timeout",
          host="acghubeus1.actions.githubusercontent.com", prefix="Error: ", head=BPA,
          also_ok=["gha_cache.unreachable", "connectivity.tls_timeout"],
          note="blockquote dropped; ARC's ephemeral runners 'have a very low success rate at handling actions that uses cache': the cluster's path to the cache host times out now and then (low, not zero)"),
    cache("rharkor/caching-for-turbo#947", "gha_cache.rate_limited", True, "service",
          "##[warning]You've hit a rate limit, your rate limit will reset in 20 seconds\n##[warning]Failed to restore: Failed to GetCacheEntryDownloadURL: Rate limited: Failed request: (429) Too Many Requests: rate limit exceeded",
          fatal=False, head=TURBO, also_ok=["gha_cache.throttled", "gha_cache.toolkit_throttled"],
          note="matrix jobs each start a Turborepo cache server over the Actions cache; the 429 becomes a cache miss for every task ('accessible once the rate limit resets (typically 20 seconds)')"),
    # --- sccache's GHA backend ------------------------------------------------------------------------------------------
    cache("HeddleCo/heddle#445", "gha_cache.unreachable_dns", True, "service",
          "error: process didn't exit successfully: `sccache .../rustc -vV` (exit status: 2)\nsccache: error: Server startup failed: cache storage failed to read: Unexpected (temporary) at read => send http request\n  ... client error (Connect): dns error: failed to lookup address information: Try again\n  service: ghac   path: .sccache_check",
          head=["Run cargo test --workspace"], also_ok=["dns.temporary_failure", "gha_cache.unreachable"],
          note="'a transient failure reaching the GitHub Actions cache backend', ~6 times in one day on hosted runners, each fixed by `gh run rerun --failed`; the server probe is fatal where a compile-cache miss would not be"),
    cache("vercel/next.js#92999", "gha_cache.outage", True, "service",
          "sccache: error: Server startup failed: cache storage failed to read: Unexpected (permanent) at read => {\"code\":\"unauthorized\",\"message\":\"Missing or invalid bearer token\"}",
          head=["Run cargo build --release"], also_ok=["gha_cache.client_refused", "gha_cache.service_error"],
          note="sccache's remote cache refused the token; the pull request disabling sccache was closed the same day: 'Server is back up' (the cache server's outage, not the workflow's token)"),
    # --- Turborepo and Gradle remote caches -----------------------------------------------------------------------------
    cache("vercel/turborepo#6765", "gha_cache.client_refused", False, "local",
          "WARNING  failed to contact remote cache: Error making HTTP request: HTTP status client error (412 Precondition Failed) for url (https://subdomain.azurewebsites.net/v8/artifacts/0c30e2a7c696e865?slug=team_uol)",
          host="subdomain.azurewebsites.net", fatal=False, head=TURBO,
          note="a self-hosted ducktors/turborepo-remote-cache behind Azure App Service; the maintainers traced the 412 to that server, not to turbo; turbo only warns and builds without the remote cache"),
    cache("felixmosh/turborepo-gh-artifacts#22", "gha_cache.unreachable", False, "build",
          "2023-01-16T07:33:00.8209123Z 2023-01-16T07:33:00.820Z [ERROR] turbo: request failed: error=\"Get \\\"http://172.0.0.1:9080/v8/artifacts/48bf385e2de897f2?slug=magna\\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\" method=GET url=http://172.0.0.1:9080/v8/artifacts/48bf385e2de897f2?slug=magna",
          host="172.0.0.1:9080", host_alt=["172.0.0.1"], fatal=False, head=TURBO,
          also_ok=["gha_cache.request_timeout", "connectivity.timeout"],
          note="the action's local cache server (backed by GitHub artifacts) listens on loopback, but turbo is pointed at 172.0.0.1 (not 127.0.0.1); the maintainer: 'Maybe the local server didn't started?'; every run the same, and turbo goes on without it"),
    cache("Goooler/DemoApp#194", "gha_cache.client_refused", False, "build",
          "Could not store entry b236a68dcfe37507f703815207e970f8 in remote build cache: Storing entry at 'https://gradle.com/terms-of-service/cache/b236a68dcfe37507f703815207e970f8' response status 404: Not Found",
          host="gradle.com", fatal=False, head=GRADLE,
          note="a remote build cache URL that is no cache at all ('Seems it's not free'); Gradle warns and the build goes on"),
    cache("hiero-ledger/hiero-gradle-conventions#46", "gha_cache.client_refused", False, "build",
          "Could not store entry 89249db11d09e9ecd5df6d626863bf30 in remote build cache: Storing entry at 'https://cache.gradle.hedera.svcs.eng.swirldslabs.io/cache/89249db11d09e9ecd5df6d626863bf30' response status 403: Forbidden",
          host="cache.gradle.hedera.svcs.eng.swirldslabs.io", fatal=False, head=GRADLE,
          also_ok=["credentials.forbidden", "credentials.missing"],
          note="GRADLE_CACHE_USERNAME/PASSWORD secrets not available to the workflow ('there are no repo-level secrets'); the store is refused, the build goes on"),
    cache("ben-manes/caffeine#1539", "gha_cache.too_large", False, "build",
          "Could not store entry 6377da777d7175979695ba451b6ce22e in remote build cache: Storing entry at 'https://caffeine.gradle-enterprise.cloud/cache/6377da777d7175979695ba451b6ce22e' response status 413: Request Entity Too Large",
          host="caffeine.gradle-enterprise.cloud", fatal=False, head=GRADLE,
          note="a task output too big for the Develocity cache node: 'it would give a warning' in earlier builds, every time for that task"),
    # --- GitHub Enterprise Server, Gitea ----------------------------------------------------------------------------------
    cache("redhat-actions/openshift-tools-installer#17", "gha_cache.unavailable", False, "build",
          "Checking the cache for helm 3.5.0...\nError: Error: Cache service responded with 404",
          head=["Run redhat-actions/openshift-tools-installer@v1"], also_ok=["gha_cache.client_refused"],
          note="GitHub Enterprise Server 3.0 has no Actions cache service; the action crashed on the 404 until it skipped the cache on GHES (its pull request #21)"),
    cache("actions/cache#1052", "gha_cache.corrupt_archive", False, "local",
          "Cache Size: ~0 MB (411 B)\n/usr/bin/tar --use-compress-program unzstd -xf\n/home/ssm-user/actions-runner/_work/_temp/4a91a08c-6695-4090-8c92-d97d026b0d14/cache.tzst\n-P -C /home/ssm-user/actions-runner/_work/repo/\nzstd: /*stdin*: unsupported format",
          fatal=False, also_ok=["gha_cache.restore_failed", "gha_cache.bad_response"],
          note="quoted in an e-mail reply (its '>' markers dropped, its line wrapping kept): GHES 3.7 with a self-hosted runner; `gh actions-cache list` shows the entry at 156 MB but the runner receives 411 bytes, i.e. an error body from the instance's cache storage, on every restore"),
    cache("moby/buildkit#4409", "gha_cache.bad_token", False, "local",
          "ERROR: failed to solve: failed to configure gha cache exporter: token contains an invalid number of segments\n::error::buildx failed with: ERROR: failed to solve: failed to configure gha cache exporter: token contains an invalid number of segments",
          head=["Run docker/build-push-action@v5"], also_ok=["gha_cache.no_token", "gha_cache.client_refused"],
          note="Gitea Actions: its cache works for actions/cache, but its runtime token is no JWT, and BuildKit's gha exporter validates one; every run the same"),
    # --- setup-go and friends restoring over a module cache that is there already ---------------------------------------
    cache("actions/setup-go#314", "gha_cache.restore_failed", False, "local",
          "Run actions/setup-go@v3\nwith:\n  go-version: 1.18\n  cache: true\n  check-latest: false\n\nSetup go version spec 1.18\nFound in cache @ /home/ec2-user/actions-runner/_work/_tool/go/1.18.9/x64\nAdded go to the path\nSuccessfully set up Go version 1.18\n/home/ec2-user/actions-runner/_work/_tool/go/1.18.9/x64/bin/go env GOCACHE\n/home/ec2-user/actions-runner/_work/_tool/go/1.18.9/x64/bin/go env GOMODCACHE\n/home/ec2-user/.cache/go-build\n/home/ec2-user/go/pkg/mod\nCache Size: ~54 MB (56850050 B)\n/bin/tar -z -xf /home/ec2-user/actions-runner/_work/_temp/c2abf8fd-000a-462e-bb5a-3f0c03bc9051/cache.tgz -P -C /home/ec2-user/actions-runner/_work/temp-rainn-onboarding/temp-rainn-onboarding\n/bin/tar: ../../../../go/pkg/mod/golang.org/x/tools@v0.0.0-20210112183307-1e6ecd4bf1b0/.gitattributes: Cannot open: File exists\n/bin/tar: ../../../../go/pkg/mod/golang.org/x/tools@v0.0.0-20210112183307-1e6ecd4bf1b0/.gitignore: Cannot open: File exists\n/bin/tar: ../../../../go/pkg/mod/golang.org/x/tools@v0.0.0-20210112183307-1e6ecd4bf1b0/.prettierrc: Cannot open: File exists\n...\n/bin/tar: ../../../../go/pkg/mod/google.golang.org/protobuf@v1.28.1/types/pluginpb/plugin.pb.go: Cannot open: File exists",
          fatal=False, also_ok=["gha_cache.corrupt_archive"],
          note="'when ~/go/pkg/mod dir exists in a self-hosted runner': the previous job's read-only module files are still on the machine, so every restore collides with them; setup-go reports a failed restore as a warning; the quote is cut after that line"),
    cache("actions/setup-go#722", "gha_cache.restore_failed", False, "build",
          "##[warning]Failed to restore: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2",
          fatal=False, head=["Run actions/setup-go@v6"],
          note="setup-go called twice in one job (a composite action calling it again): the second restore meets the first one's read-only module files, every run"),
    cache("actions/setup-go#498", "gha_cache.restore_failed", False, "build",
          "Cache Size: ~150 MB (157614651 B)\n/usr/bin/tar -xf /home/runner/work/_temp/01f44140-0d43-465c-a6d0-4c19986b2b4e/cache.tzst -P -C /home/runner/work/f2/f2 --use-compress-program unzstd\nReceived 157614651 of 157614651 (100.0%), 150.2 MBs/sec\n/usr/bin/tar: ../../../go/pkg/mod/golang.org/x/telemetry/config@v0.29.0/doc.go: Cannot open: File exists\n/usr/bin/tar: ../../../go/pkg/mod/golang.org/x/telemetry/config@v0.29.0/LICENSE: Cannot open: File exists\n/usr/bin/tar: ../../../go/pkg/mod/golang.org/x/telemetry/config@v0.29.0/config.json: Cannot open: File exists\n/usr/bin/tar: ../../../go/pkg/mod/golang.org/x/telemetry/config@v0.29.0/go.mod: Cannot open: File exists\n/usr/bin/tar: Exiting with failure status due to previous errors\nWarning: Failed to restore: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2",
          fatal=False, head=["Run actions/setup-go@v5"],
          note="titled 'Fail to cache with go version 1.23': Go 1.23's `go env` fetches the telemetry config module before the restore, which then collides with it; a warning, the job goes on"),
    cache("PrefectHQ/terraform-provider-prefect#412", "gha_cache.restore_failed", False, "build",
          "/usr/bin/tar: ../../../go/pkg/mod/golang.org/toolchain@v0.0.1-go1.22.9.linux-amd64/LICENSE: Cannot open: File exists",
          fatal=False, head=["Run actions/setup-go@v5"],
          note="'This doesn't cause any failures in the job': the toolchain go.mod asks for is downloaded before the restore (setup-go#424: GOTOOLCHAIN=local avoids it)"),
    cache("golangci/golangci-lint#3595", "gha_cache.restore_failed", False, "build",
          "Installed golangci-lint into /home/runner/golangci-lint-1.51.1-linux-amd64/golangci-lint in 741ms\n  Received 54232198 of 54232198 (100.0%), 70.7 MBs/sec\n  Cache Size: ~52 MB (54232198 B)\n  /usr/bin/tar -xf /home/runner/work/_temp/5318d8a9-780f-42b0-aadb-1bea0530247c/cache.tzst -P -C /home/runner/work/fan2go/fan2go --use-compress-program unzstd\n  Error: /usr/bin/tar: ../../../go/pkg/mod/golang.org/x/term@v0.3.0/term_unsupported.go: Cannot open: File exists\n  /usr/bin/tar: ../../../go/pkg/mod/golang.org/x/term@v0.3.0/PATENTS: Cannot open: File exists\n  Error: /usr/bin/tar: ../../../go/pkg/mod/golang.org/x/term@v0.3.0/term_unix.go: Cannot open: File exists",
          head=["Run golangci/golangci-lint-action@v3"],
          note="a log viewer's link inside the temp path dropped; golangci-lint-action restores its own copy of ~/go/pkg/mod over the one setup-go v4 now restores by default (skip-pkg-cache is the fix); the reporter: 'The github action fails with loads of these errors'"),
    # --- the setup-* actions' dependency-file checks -----------------------------------------------------------------------
    cache("slsa-framework/slsa-github-generator#2863", "gha_cache.dependency_file_missing", False, "build",
          "Restore cache failed: Dependencies file is not found in /home/runner/work/rekor-slsa/rekor-slsa. Supported file pattern: go.sum",
          prefix="Error: ", head=["Run actions/setup-go@v4"], also_ok=["gha_cache.path_missing"],
          note="the Go builder's setup-go looks for go.sum at the repository root, the module lives in a subdirectory; every run the same"),
    cache("mdn/webextensions-examples#550", "gha_cache.dependency_file_missing", False, "build",
          "/opt/hostedtoolcache/node/21.1.0/x64/bin/npm config get cache\n/home/runner/.npm\nError: Dependencies lock file is not found in /home/runner/work/webextensions-examples/webextensions-examples. " + NODE_LOCK,
          head=["Run actions/setup-node@v4"], also_ok=["gha_cache.path_missing"],
          note="blockquote dropped; `cache: npm` without a committed package-lock.json; the fix was adding one"),
    cache("X-FRI/stoream#2", "gha_cache.dependency_file_missing", False, "build",
          "Run actions/setup-node@v4\n  with:\n    node-version: 20\n    cache: pnpm\n    always-auth: false\n    check-latest: false\n    token: ***\n  env:\n    PNPM_HOME: /home/runner/setup-pnpm/node_modules/.bin\nFound in cache @ /opt/hostedtoolcache/node/20.13.1/x64\nEnvironment details\n  node: v20.13.1\n  npm: 10.5.2\n  yarn: 1.22.22\n/home/runner/setup-pnpm/node_modules/.bin/pnpm store path --silent\n/home/runner/setup-pnpm/node_modules/.bin/store/v3\nError: Dependencies lock file is not found in /home/runner/work/stoream/stoream. Supported file patterns: pnpm-lock.yaml",
          also_ok=["gha_cache.path_missing"],
          note="the web UI's pnpm-lock.yaml is in a subdirectory the workflow does not name (cache-dependency-path); every run the same"),
    cache("lando/pkg-action#4", "gha_cache.dependency_file_missing", False, "build",
          "Error: Dependencies lock file is not found in /home/runner/work/auth0-automator/auth0-automator. " + NODE_LOCK,
          head=["Run lando/pkg-action@v2"], also_ok=["gha_cache.path_missing"],
          note="the composite action hard-codes setup-node's `cache: npm` while the project uses pnpm; the caller cannot change it"),
    cache("simonw/python-lib#3", "gha_cache.dependency_file_missing", False, "build",
          "No file in /home/runner/work/python-lib-template-demo/python-lib-template-demo matched to [**/requirements.txt], make sure you have checked out the target repository",
          prefix="Error: ", head=["Run actions/setup-python@v2"], also_ok=["gha_cache.path_missing"],
          note="`cache: pip` in a project with setup.py and no requirements.txt; fixed by `cache-dependency-path: '**/setup.py'`"),
    cache("actions/setup-java#381", "gha_cache.dependency_file_missing", False, "build",
          "Error: No file in /home/runner/work/pulumi-iac-sdk/pulumi-iac-sdk matched to [**/*.gradle*,**/gradle-wrapper.properties,buildSrc/**/Versions.kt,buildSrc/**/Dependencies.kt], make sure you have checked out the target repository",
          head=["Run actions/setup-java@v3"], also_ok=["gha_cache.path_missing"],
          note="`cache: gradle` in a repository without Gradle files at the time setup-java runs; every run the same"),
    # --- keys, conflicts and paths: the workflow's own ----------------------------------------------------------------------
    cache("jdx/mise-action#207", "gha_cache.bad_key", False, "build",
          "Error: Key Validation Error: mise-v0-macos-arm64-b64c117944f05b1f43f74ce704412dc8951ade9233a8fe2c49d6067be9792021-{\"MISE_LOG_LEVEL\":\"info\",\"MISE_TRUSTED_CONFIG_PATHS\":\"/Users/runner/work/viaplay-ios/viaplay-ios\",\"MISE_YES\":\"1\"}-95bb0f482d8e70cc5d251776b2792b128e3af96bcd7c146e966f4df4e128b90e cannot contain commas.",
          head=["Run jdx/mise-action@v2"],
          note="a release of the action put the MISE_ env as JSON into the cache key ('I tried running our checks again, still failed with the same error'); fixed by the action's commit"),
    cache("open-telemetry/opentelemetry-java-instrumentation#8827", "gha_cache.bad_key", False, "build",
          "Error: ValidationError: Key Validation Error: v8-gradle|Linux|Build (daily, --no-build-cache)-spotless[37a6259cc0c1dae299a7866489dff0bd]-4bc4189ef5eb255f4505d4ea847b4367b3fcccf8 cannot contain commas.\nValidationError: Key Validation Error: v8-gradle|Linux|Build (daily, --no-build-cache)-spotless[37a6259cc0c1dae299a7866489dff0bd]-4bc4189ef5eb255f4505d4ea847b4367b3fcccf8 cannot contain commas.\n    at checkKey (/home/runner/work/_actions/gradle/gradle-build-action/v2/dist/main/index.js:75:15)\n    at Object.<anonymous> (/home/runner/work/_actions/gradle/gradle-build-action/v2/dist/main/index.js:108:13)\n    at Generator.next (<anonymous>)\n    at /home/runner/work/_actions/gradle/gradle-build-action/v2/dist/main/index.js:38:71\n    at new Promise (<anonymous>)\n    at __webpack_modules__.7799.__awaiter (/home/runner/work/_actions/gradle/gradle-build-action/v2/dist/main/index.js:34:12)\n    at Object.restoreCache (/home/runner/work/_actions/gradle/gradle-build-action/v2/dist/main/index.js:98:12)\n    at /home/runner/work/_actions/gradle/gradle-build-action/v2/dist/main/index.js:64485:47\n    at Generator.next (<anonymous>)\n    at /home/runner/work/_actions/gradle/gradle-build-action/v2/dist/main/index.js:64381:71",
          head=["Run gradle/gradle-build-action@v2"],
          note="gradle-build-action builds its key from the job name, and the job was named 'Build (daily, --no-build-cache)'; the fix renamed the job"),
    cache("actions/cache#1225", "gha_cache.bad_key", False, "build",
          "Error: Key Validation Error: git-main-CLDR-17028-Add-test-for-person-names,-and-regenerated-files cannot contain commas",
          head=["Run actions/cache@v3"],
          note="`${{ github.head_ref }}` in the key, and the branch name has a comma; an undocumented restriction of the toolkit"),
    cache("hendrikmuhs/ccache-action#144", "gha_cache.path_missing", False, "build",
          "Cache location                  Local disk: \"D:\\\\a\\\\yalantinglibs\\\\yalantinglibs/.sccache\"\nSave cache using key \"sccache-windows_msvc-Debug-ssl( OFF )-arch-amd64-2023-04-16T00:17:33.507Z\".\nWarning: Saving cache failed: Error: " + PVE,
          fatal=False, head=["Post Run hendrikmuhs/ccache-action@v1.2"],
          note="a log viewer's link inside the date dropped; on Windows with MSVC the sccache directory the action configured is never written, so there is nothing to save; a warning in the post step"),
    cache("moby/buildkit#6074", "gha_cache.bad_response", False, "local",
          "ERROR: failed to solve: failed to parse error response 400: <h2>Our services aren't available right now</h2><p>We're working to restore all services as soon as possible. Please check back soon.</p>099puaAAAAAAfTIqeKg9QRr6f9gJawSFHUFJBRURHRTE1MTUARWRnZQ==: invalid character '<' looking for beginning of value",
          head=BPA, also_ok=["gha_cache.legacy_shutdown", "gha_cache.client_refused"],
          note="'failing on every runs, it's not a temporary issue, and it works fine with GH managed runners': only the self-hosted runners get the HTML page from the cache front door, so it is their setup, not an outage"),
    cache("open-telemetry/opentelemetry-java-instrumentation#1205", "gha_cache.throttled", True, "service",
          "Error: commitCache failed: {\"$id\":\"1\",\"innerException\":null,\"message\":\"Request was blocked due to exceeding usage of resource 'Count' in namespace ''.\",\"typeName\":\"Microsoft.TeamFoundation.Framework.Server.RequestBlockedException, Microsoft.TeamFoundation.Framework.Server\",\"typeKey\":\"RequestBlockedException\",\"errorCode\":0,\"eventId\":3000}\n    at /home/runner/work/_actions/burrunan/gradle-cache-action/v1.4/dist/cache-action-entrypoint.js:15662:11\n    at Generator.throw (<anonymous>)\n    at rejected (/home/runner/work/_actions/burrunan/gradle-cache-action/v1.4/dist/cache-action-entrypoint.js:15615:27)\n    at runMicrotasks (<anonymous>)\n    at processTicksAndRejections (internal/process/task_queues.js:93:5)",
          fatal=False, head=["Run burrunan/gradle-cache-action@v1.4"], also_ok=["gha_cache.rate_limited", "gha_cache.toolkit_throttled"],
          note="gradle-cache-action's remote-build-cache proxy stores each task output as its own cache entry and gets throttled ('I see this sort of throttling a lot in our builds'); the builds go on, slower"),
    cache("andyholmes/flatter#145", "gha_cache.legacy_shutdown", False, "build",
          "Failed to restore: Cache service responded with 422",
          fatal=False, head=["Run andyholmes/flatter@main"], also_ok=["gha_cache.client_refused"],
          note="the action's distributed bundle was still built with @actions/cache v3, whose service closed on 2025-04-15; 'this does not cause the build to fail' (artifacts of the first platform are silently lost)"),
    cache("cachix/cachix#729", "gha_cache.service_error", True, "service",
          "cachix: FailureResponse (Request {... baseUrlHost = \"cachix.org\", requestPath = \"/api/v1/cache/<cache>\", requestMethod = \"GET\" ...})\n  (Response {responseStatusCode = Status {statusCode = 502, statusMessage = \"Bad Gateway\"},\n    responseBody = \"{\\\"type\\\":\\\"https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502/\\\",\n      \\\"title\\\":\\\"Error 502: Bad gateway\\\",\n      \\\"error_name\\\":\\\"origin_bad_gateway\\\",\n      \\\"error_category\\\":\\\"origin_error\\\",\n      \\\"retry_after\\\":60,\n      \\\"what_you_should_do\\\":\\\"**Wait and retry.** Back off for at least 60 seconds. ...\\\"}\"})\nerror: program '.../cachixGW64Pq/post-build-hook.sh' failed with exit code 1",
          host="cachix.org", head=["Run nix build .#default"], also_ok=["gha_cache.outage", "registry.server_error"],
          note="a Nix binary cache (Cachix) the build pushes to from its post-build hook: intermittent 502s from cachix.org's origin for several hours on 2026-04-24; the hook's auth check is fatal where the substituter's narinfo 502s were retried"),
    # --- the runner's disk -----------------------------------------------------------------------------------------------
    cache("axonweb3/axon#1472", "local.disk_full", False, "local",
          "Post job cleanup.\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/axon/axon --files-from manifest.txt --use-compress-program zstdmt\nzstd: error 70 : Write error : cannot write block : No space left on device \n/usr/bin/tar: cache.tzst: Wrote only 4096 of 10240 bytes\n/usr/bin/tar: Child returned status 70\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Failed to save: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2",
          component="local", tail=["Unhandled exception. System.IO.IOException: No space left on device"],
          also_ok=["gha_cache.save_failed"],
          note="log viewer links inside the byte count dropped; the tail line is the issue's 'Current Behavior': after the cargo build the runner's disk is full, the cache archive fails, and the runner itself then dies writing its log"),
    cache("google/comprehensive-rust#3207", "local.disk_full", False, "local",
          "/usr/bin/tar: ../../../.cache/bazel-repo/content_addressable/sha256/ac84fd3f360fcc43dc5f5d186f02a94192761a080e8bc58621ad4d12296a58cf: Cannot mkdir: No space left on device",
          component="local", fatal=False, also_ok=["gha_cache.restore_failed"],
          head=["Run bazel-contrib/setup-bazel@0.19.0", "Restore cache for repository",
                "  Cache hit for: setup-bazel-1-linux-x64-repository-b5fd8ae5e0e54a094905bbcdb603a9c0e3375eb944e6b0b4926933d1904e6f65",
                "  Received 0 of 5434914379 (0.0%), 0.0 MBs/sec", "  Received 268435456 of 5434914379 (4.9%), 85.3 MBs/sec"],
          note="the tar line is the summary of a <details> block in the thread (the HTML dropped), the head lines from the log inside it: setup-bazel's 5.4 GB repository cache does not fit on the hosted runner's disk ('Seems to be a bit heavy'); the restore fails the same way each run"),
    cache("actions/cache#1181", "gha_cache.reserve_conflict", False, "build",
          "Run actions/cache/save@v3\n  with:\n    path: /tmp/cache\n    key: nixcfg-hm-1\n    enableCrossOsArchive: false\n  env:\n    NIXCFG_CI_BRANCH: nixcfg--\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/nixcfg/nixcfg --files-from manifest.txt --use-compress-program zstdmt\nFailed to save: Unable to reserve cache with key nixcfg-hm-1, another job may be creating this cache. More details: Cache already exists. Scope: refs/heads/main, Key: nixcfg-hm-1, Version: 2e3304f2b0fc224b01601463e4efe06a95c58b14257353eeb31e37898c172bea\nWarning: Cache save failed.",
          fatal=False,
          note="a fixed key saved from a composite action: the entry exists (its version is computed from the path), so every later save is refused; a warning, the job goes on"),
    cache("stupidloud/cachewrtbuild#29", "local.disk_full", False, "local",
          "gzip: stdout: No space left on device\n/usr/bin/tar: cache.tgz: Wrote only 4096 of 10240 bytes\n/usr/bin/tar: Child returned status 1\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Failed to save: Tar failed with error: The process '/usr/bin/tar' failed with exit code 2",
          component="local", fatal=False, head=POST, also_ok=["gha_cache.save_failed"],
          note="log viewer links inside the byte counts dropped; the OpenWrt build fills the 84 GB root to 100% (df in the thread); the maintainer: clean up more before compiling"),
]
