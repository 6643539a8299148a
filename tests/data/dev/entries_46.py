"""Dev-set entries, batch 46 (supply-chain and security tools in CI pipelines. Trivy's vulnerability DB pulled from
ghcr.io under GitHub's per-minute limit (manifests and blobs, TOOMANYREQUESTS), from mirror.gcr.io on a network that
does not reach it, through a DNS timeout, a refused route and two proxies set up wrong, the action's own image during a
ghcr.io 503, a stale ghcr.io login in the machine's Docker config; cosign against Fulcio (a 504 outage, a network
timeout during a database incident, GitHub's OIDC endpoint timing out, the TUF cache's lock) and Rekor (a client
deadline, a bad upload during a Rekor bug, a 502 for an oversized SBOM); SLSA generators broken by Rekor and TUF
changes; OSV-Scanner's 504s, Snyk's flaky auth and 500s, CodeQL's bundle download reset, a self-hosted disk full,
Grype's CDN stream errors, Dependabot sending no credentials to a private Hex repository. Beside them the jobs' own
mistakes: SARIF uploads without `security-events: write`, Snyk runs whose SNYK_TOKEN never reached the job, keyless
signing without an OIDC token, attestations from private repositories, images that were never signed or are verified
with the wrong expectations, a wrong digest, a local image that does not exist, pinned scanners too old for the service,
an egress policy that blocks the CodeQL download). `err` is verbatim from the source (a GitHub thread found with the
search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, italics) only that
markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own
words or is cut, the entry stops at the last whole log line. Here the dropped markup also covers code-block indentation
and the links GitHub drew around line numbers. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing
call; an inferred one goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"netblue30/firejail#5783", "kubernetes-sigs/zeitgeist#320", "slashdevops/idp-scim-sync#539",
         "cilium/cilium#25000"}

B = Batch(PULLS)
trivy = B.family("sec_trivy")
sig = B.family("sec_sigstore")
codeql = B.family("sec_codeql")
snyk = B.family("sec_snyk")
osv = B.family("sec_osv")
grype = B.family("sec_grype")
dep = B.family("sec_dependabot")
own = B.build("sec_supply_chain")
loc = B.local()

GHCR_LIMIT = "registry.rate_limited"
SIGSTORE = ["fulcio.sigstore.dev", "rekor.sigstore.dev", "tuf-repo-cdn.sigstore.dev"]
GH_API = ["api.github.com"]
SNYK = ["snyk.io", "api.snyk.io"]
PERMS = "credentials.token_permissions"
OLD_TOOL = "build.tool_outdated"

E = [
    # --- Trivy: the vulnerability DB on ghcr.io under GitHub's rate limit -------------------------------------------
    trivy("aquasecurity/trivy-db#442", "registry", GHCR_LIMIT, True, "service", "ghcr.io",
          "2024-09-30T14:45:16.005+0200\tINFO\tNeed to update DB\n2024-09-30T14:45:16.005+0200\tINFO\tDB Repository: ghcr.io/aquasecurity/trivy-db:2\n2024-09-30T14:45:16.005+0200\tINFO\tDownloading DB...\n2024-09-30T14:45:16.525+0200\tFATAL\tinit error: DB error: failed to download vulnerability DB: database download error: OCI repository error: 1 error occurred:\n\t* GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: 35.852µs, allowed: 44000/minute",
          cmd="./trivy image --download-db-only", also_ok=["connectivity.rate_limited", "registry.server_error"],
          note="autumn 2024: ghcr.io throttled the heavily shared trivy-db artifact for two weeks ('very rarely succeeded'); the maintainer points to the tracking discussion; some attempts pass, mirrors (ECR Public, mirror.gcr.io) were the workaround"),
    trivy("skupperproject/skupper-router#1642", "registry", GHCR_LIMIT, True, "service", "ghcr.io",
          "2024-10-21T14:14:30Z\tERROR\t[vulndb] Failed to download artifact\trepo=\"ghcr.io/aquasecurity/trivy-db:2\" err=\"oci download error: failed to fetch the layer: GET https://ghcr.io/v2/aquasecurity/trivy-db/blobs/sha256:07994604d8e647483cf5193669d01210524ae223c43ca96364d63f59bd64d9bf: TOOMANYREQUESTS: retry-after: 1.116573ms, allowed: 44000/minute\"\n2024-10-21T14:14:30Z\tFATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: OCI artifact error: failed to download vulnerability DB: failed to download artifact from any source",
          also_ok=["connectivity.rate_limited"],
          note="'Trivy security scan fails sometimes with download error': the blob fetch of the shared DB is throttled by ghcr.io; other runs of the same job pass"),
    trivy("rancher/gke-operator#703", "registry", GHCR_LIMIT, True, "service", "ghcr.io",
          "ERROR\t[vulndb] Failed to download artifact\trepo=\"ghcr.io/aquasecurity/trivy-db:2\" err=\"OCI repository error: 1 error occurred:\\n\\t* GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: 488.668µs, allowed: 44000/minute\\n\\n\"\nFATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: OCI artifact error: failed to download vulnerability DB: failed to download artifact from any source",
          also_ok=["connectivity.rate_limited", "connectivity.timeout"],
          note="'Trivy timeouts in CI' (labelled area/ci): the error 'appears frequently', not always; ghcr.io's throttling of the trivy-db manifest, fixed later by caching the DB (the \\n\\t are trivy's own escapes inside err=\"...\")"),
    trivy("aquasecurity/trivy-action#396", "registry", GHCR_LIMIT, True, "service", "ghcr.io",
          "FATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: database download error: oci download error: failed to fetch the layer:\nGET https://ghcr.io/v2/aquasecurity/trivy-db/blobs/sha256:d78623a7ea28da1f093441db4ea9d80b9b3b2a09aeb1ab3b4f9c354b687f5a62: TOOMANYREQUESTS: retry-after: 205.606µs, allowed: 44000/minute",
          head=["Run aquasecurity/trivy-action@master"], also_ok=["connectivity.rate_limited"],
          note="'Im getting this some time only after a while retrigger the pipeline it works': the same ghcr.io throttling of trivy-db blobs, October 2024"),
    # --- Trivy: the network path to its DB hosts ---------------------------------------------------------------------
    trivy("aquasecurity/trivy-db#294", "dns", "dns.timeout", True, "local", "ghcr.io",
          "FATAL\tinit error: DB error: failed to download vulnerability DB: OCI artifact error: OCI artifact error: OCI repository error: Get \"https://ghcr.io/v2/\": dial tcp: lookup ghcr.io: i/o timeout",
          cmd="trivy image alpine:3.17", also_ok=["connectivity.timeout", "dns.temporary_failure"],
          note="GitHub's status page showed nothing; the maintainer found the DB reachable and put the trouble on the reporter's slow network; the resolver's lookup of ghcr.io timing out, not a service outage"),
    trivy("aquasecurity/trivy-action#443", "connectivity", "connectivity.timeout", False, "local", "mirror.gcr.io",
          " FATAL   Fatal error     init error: DB error: failed to download vulnerability DB: OCI artifact error: failed to download vulnerability DB: failed to download artifact from mirror.gcr.io/aquasec/trivy-db:2: OCI repository error: 1 error occurred:         * Get \"https://mirror.gcr.io/v2/\": dial tcp 74.125.197.82:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond",
          host_alt=["74.125.197.82:443", "74.125.197.82"], also_ok=["connectivity.connect_timeout", "connectivity.firewall_blocked"],
          note="a Windows host scanning through a Sonatype Nexus setup whose network does not reach mirror.gcr.io, Trivy's new default DB source; closed as a duplicate of the issue about that switch, so every run fails until the DB repository is pointed at a reachable mirror"),
    trivy("aquasecurity/trivy#2816", "connectivity", "connectivity.refused", False, "local", "ghcr.io",
          "    github.com/aquasecurity/trivy/pkg/oci.NewArtifact\n        /home/runner/work/trivy/trivy/pkg/oci/artifact.go:69\n  - Get \"https://ghcr.io/v2/\": dial tcp 140.82.121.33:443: connect: connection refused",
          cmd="docker run --rm aquasec/trivy:latest image ubuntu:22.10", host_alt=["140.82.121.33:443", "140.82.121.33"], also_ok=["connectivity.proxy_misconfigured"],
          note="from one server only: the maintainer reproduces 'connection refused' only when Trivy is routed to the wrong place and concludes 'there is some problem with routing on your host/proxy' (blockquote markers dropped)"),
    trivy("goharbor/harbor#17623", "connectivity", "connectivity.proxy_misconfigured", False, "local", "ghcr.io",
          "2022-10-03T14:41:13.903Z\t[31mFATAL[0m\tDB error: failed to download vulnerability DB: OCI artifact error: OCI artifact error: OCI repository error: Get \"https://ghcr.io/v2/\": http: server gave HTTP response to HTTPS client",
          head=["2022-10-03T14:41:13.890Z\t[34mINFO[0m\tDB Repository: ghcr.io/aquasecurity/trivy-db"], also_ok=["connectivity.tls_failed"],
          note="an air-gapped Harbor whose Trivy adapter goes out through the proxy set in harbor.yml: the TLS client got a plain HTTP answer, the proxy settings' doing, not ghcr.io's; the same on every scan (the [31m colour remnants are the paste's)"),
    trivy("aquasecurity/trivy#1089", "connectivity", "connectivity.proxy_misconfigured", False, "local", "api.github.com",
          "2021-06-25T16:41:33.910+0200    INFO    Need to update DB\n2021-06-25T16:41:33.911+0200    INFO    Downloading DB...\n2021-06-25T16:41:43.916+0200    FATAL   DB error: failed to download vulnerability DB: failed to download vulnerability DB: failed to list releases: Get \"https://api.github.com/repos/aquasecurity/trivy-db/releases\": proxyconnect tcp: net/http: TLS handshake timeout",
          cmd="trivy image --download-db-only", also_ok=["connectivity.tls_handshake_timeout"],
          note="CentOS servers behind a corporate proxy, both with the binary and the image: the handshake with the proxy itself never completes (proxyconnect), the same every time"),
    trivy("aquasecurity/trivy-action#212", "registry", "registry.server_error", True, "service", "ghcr.io",
          "Build container for action use: '/home/runner/work/_actions/aquasecurity/trivy-action/master/Dockerfile'.\n  Sending build context to Docker daemon  644.6kB\n  Step 1/5 : FROM ghcr.io/aquasecurity/trivy:0.37.2\n  Head \"https://ghcr.io/v2/aquasecurity/trivy/manifests/0.37.2\": received unexpected HTTP status: 503 Service Unavailable\n  Warning: Docker build failed with exit code 1, back off 8.788 seconds before retry.",
          also_ok=["registry.outage"],
          note="'ghcr is down?': the action builds its container FROM ghcr.io and the registry answers 503; nothing in the workflow changed, the runner's own retry loop is shown"),
    trivy("aquasecurity/trivy#3146", "credentials", "credentials.registry_refused", False, "local", "ghcr.io",
          "- GET https://ghcr.io/token?scope=repository%3Aaquasecurity%2Ftrivy-db%3Apull&service=ghcr.io: DENIED: denied",
          cmd="trivy image --debug --insecure hello-world", also_ok=["credentials.unauthorized", "credentials.token_failed"],
          note="the maintainer asks 'have you logged into ghcr.io in Docker? There was problem with ghcr.io credentials': Trivy sends the Docker config's stale ghcr.io login for a public artifact and ghcr.io denies it; a logout fixes it, a re-run does not"),
    # --- cosign and Sigstore's public services -----------------------------------------------------------------------
    sig("sigstore/cosign#2507", "connectivity", "connectivity.server_error", True, "service", "fulcio.sigstore.dev",
        "main.go:62: error during command execution:\n  signing [docker.io/***/mariadb:latest@sha256:6978cac3f15b020ee8d5a2907dab3bba0fc10f5fdb01acf351eb89e6e6add1f0]:\n  getting signer: getting key from Fulcio: retrieving cert:\n  POST https://fulcio.sigstore.dev/api/v1/signingCert returned 504 Gateway Timeout:",
        cmd="cosign sign ${IMAGE}@${DIGEST}", also_ok=["connectivity.gateway_timeout", "connectivity.timeout"],
        note="'There is an ongoing outage' (2022-12-04), resolved the same day; the reporter's own line breaks are kept, trailing blanks trimmed"),
    sig("actions/attest-build-provenance#194", "connectivity", "connectivity.timeout", True, "service", "fulcio.sigstore.dev",
        "Error: InternalError: error creating signing certificate\nFetchError: network timeout at: https://fulcio.sigstore.dev/api/v2/signingCert",
        head=["Run actions/attest-build-provenance@v1"], also_ok=["connectivity.server_error", "connectivity.client_timeout"],
        note="'a temporary issue with the Sigstore Public Good database that required manual intervention by the Sigstore on-call engineer', posted to status.sigstore.dev afterwards (link markup around the quote dropped)"),
    sig("sigstore/cosign#990", "connectivity", "connectivity.client_timeout", True, "service", "rekor.sigstore.dev",
        "use /home/runner/work/scorecard/scorecard/dist/scorecard-linux-arm64: Post \\\"https://rekor.sigstore.dev/api/v1/log/entries\\\": context deadline exceeded\\n\": exit status 1|",
        cmd="cosign sign-blob --output-signature dist/scorecard-linux-arm64.sig dist/scorecard-linux-arm64", also_ok=["connectivity.timeout"],
        note="Scorecard's release signing: the Rekor upload outlives cosign's fixed client deadline on a slow log; 'something we face before'; the fix made the timeout configurable (the escaped quotes are the wrapping tool's)"),
    sig("cilium/cilium#25000", "github", "github.oidc_token_failed", True, "service", "pipelines.actions.githubusercontent.com",
        "Error: signing [quay.io/cilium/hubble-relay-ci@sha256:445933d398fdb5c49b7eb0c760b4c0dd86d8f5fffb1e0d5f49f1b5b1795f4a9f]: getting signer: getting key from Fulcio: fetching ambient OIDC credentials: Get \"https://pipelines.actions.githubusercontent.com/0fSQMQEEZURuRkH6hfAJzqwr7ktdlqLQsBeuJ3PrFLFXXTDS40/00000000-0000-0000-0000-000000000000/_apis/distributedtask/hubs/Actions/plans/39749f74-efeb-481d-981e-8eaf07483475/jobs/9f355427-f051-54dd-8836-6822e407f3a5/idtoken?api-version=2.0&audience=sigstore\": dial tcp 13.107.42.16:443: i/o timeout\nmain.go:74: error during command execution: signing [quay.io/cilium/hubble-relay-ci@sha256:445933d398fdb5c49b7eb0c760b4c0dd86d8f5fffb1e0d5f49f1b5b1795f4a9f]: getting signer: getting key from Fulcio: fetching ambient OIDC credentials: Get \"https://pipelines.actions.githubusercontent.com/0fSQMQEEZURuRkH6hfAJzqwr7ktdlqLQsBeuJ3PrFLFXXTDS40/00000000-0000-0000-0000-000000000000/_apis/distributedtask/hubs/Actions/plans/39749f74-efeb-481d-981e-8eaf07483475/jobs/9f355427-f051-54dd-8836-6822e407f3a5/idtoken?api-version=2.0&audience=sigstore\": dial tcp 13.107.42.16:443: i/o timeout",
        cmd="cosign sign quay.io/cilium/hubble-relay-ci@sha256:445933d398fdb5c49b7eb0c760b4c0dd86d8f5fffb1e0d5f49f1b5b1795f4a9f",
        host_alt=["13.107.42.16:443", "13.107.42.16"], also_ok=["connectivity.timeout", "connectivity.connect_timeout"],
        note="a CI image build on an unrelated daemon PR: fetching GitHub Actions' OIDC token for keyless signing times out at GitHub's endpoint; reported as a flake and re-run"),
    loc("sigstore/fulcio#1623", "local.cache_lock_busy", True,
        "Generating ephemeral keys...\nRetrieving signed certificate...\nError: signing [ghcr.io/***/btp-api:7.0.0-release.8525571639]: getting signer: getting key from Fulcio: getting CTFE public keys: creating cached local store: resource temporarily unavailable\nmain.go:74: error during command execution: signing [ghcr.io/***/btp-api:7.0.0-release.8525571639]: getting signer: getting key from Fulcio: getting CTFE public keys: creating cached local store: resource temporarily unavailable\n ELIFECYCLE  Command failed with exit code 1.",
        cmd="pnpm run cosign", also_ok=["local.filesystem_error"],
        note="'periodically on the GHA runner': the maintainer says it is not the server but the client opening its on-disk TUF cache ('resource temporarily unavailable' on the store), 'temporary GitHub Action failures'"),
    sig("slsa-framework/slsa-github-generator#149", "connectivity", "connectivity.server_error", True, "service", None,
        "uploading attestation: &{0 } (*models.Error) is not supported by the TextConsumer, can be resolved by supporting TextUnmarshaler interface",
        head=["Run ./.github/actions/generate-builder/generate-builder.sh"], host_alt=["rekor.sigstore.dev"], also_ok=["connectivity.bad_response"],
        note="'Attestation upload is broken': Rekor answered the provenance upload with an error body the client could not decode; 'Rekor team fixed it yesterday', no client change"),
    sig("slsa-framework/slsa-github-generator#942", "connectivity", "connectivity.service_breaking_change", False, "service", None,
        "verifier hash computed is f92fc4e571949c796d7709bb3f0814a733124b0155e484fad095b5ca68b4cb21\nverifier hash verification has passed\nFAILED: SLSA verification failed: could not find a matching valid signature entry",
        cmd="./.github/actions/generate-builder/generate-builder.sh", host_alt=["rekor.sigstore.dev"], also_ok=[OLD_TOOL, "build.signature_missing"],
        note="the generator verifies its own released builder against Rekor, and a breaking change in the public Rekor instance made that verification fail for every caller until they built the generator from source or took a new release"),
    sig("slsa-framework/slsa-github-generator#1163", "connectivity", "connectivity.tuf_update_failed", False, "service", None,
        "validating log entry: unable to fetch Rekor public keys from TUF repository, and not trusting the Rekor API for fetching public keys: updating local metadata and targets: error updating to TUF remote mirror: tuf: invalid key",
        host_alt=["storage.googleapis.com", "tuf-repo-cdn.sigstore.dev"], also_ok=[OLD_TOOL],
        note="provenance signing in every workflow type (go, generic, container) fails on Sigstore's refreshed TUF metadata, which the generator's pinned client rejects; fixed by a generator release, not by re-running"),
    # --- OSV-Scanner, Snyk ---------------------------------------------------------------------------------------------
    osv("google/osv.dev#1363", "connectivity", "connectivity.server_error", True, "service", None,
        "failed to hydrate OSV response: server response error: {\"message\":\"upstream request timeout\",\"code\":504}",
        cmd="osv-scanner --lockfile=Cargo.lock", host_alt=["api.osv.dev"], also_ok=["connectivity.gateway_timeout", "connectivity.timeout"],
        note="an hour of 504s from the OSV API while the web UI worked; the team 'pushed out a mitigation for the API issues' and held a postmortem (blockquote marker dropped)"),
    osv("google/osv-scanner#856", "connectivity", "connectivity.server_error", True, "service", None,
        "scan failed server response error: {\"code\":504,\"message\":\"upstream request timeout\"}",
        cmd="osv-scanner --lockfile=Cargo.lock", host_alt=["api.osv.dev"], also_ok=["connectivity.gateway_timeout", "connectivity.timeout"],
        note="'lots of' these in CI for days, 12 of 100 local attempts failed: an uptick of server-side timeouts the OSV team mitigated (google/osv.dev#2039)"),
    snyk("GSA/data.gov#2160", "credentials", "credentials.unauthorized", True, "service", None,
         "Authentication failed. Please check the API token on https://snyk.io",
         cmd="snyk test", host_alt=SNYK, also_ok=["credentials.token_failed", "connectivity.server_error"],
         note="intermittent on CircleCI with a valid token: 'Usually a retry will solve it'; Snyk support: 'a known problem ... reported by several of our customers'"),
    snyk("snyk/cli#73", "connectivity", "connectivity.server_error", True, "service", None,
         "An unknown error occurred. Please include the trace below when reporting to Snyk:\n\nError: 500\n    at /home/ubuntu/app/node_modules/snyk/lib/snyk-test/npm/index.js:101:23\n    at /home/ubuntu/app/node_modules/snyk/lib/request.js:70:7",
         cmd="snyk auth $SNYK_TOKEN && snyk test", host_alt=SNYK,
         note="'Intermittent failures which seem to happen when Snyk gets a 500 error from its API ... Repeating the build and running again seems to work fine'"),
    # --- CodeQL -----------------------------------------------------------------------------------------------------
    codeql("kubernetes-sigs/dra-driver-nvidia-gpu#500", "github", "github.connection_reset", True, "service", "github.com",
           " Downloading CodeQL tools from https://github.com/github/codeql-action/releases/download/codeql-bundle-v2.22.4/codeql-bundle-linux64.tar.zst . This may take a while.\n...\n      at process.processTicksAndRejections (node:internal/process/task_queues:82:21) {\n    errno: -104,\n    code: 'ECONNRESET',\n    syscall: 'read'\n  }",
           head=["Run github/codeql-action/init@v3"], host_alt=["release-assets.githubusercontent.com", "objects.githubusercontent.com"], also_ok=["connectivity.reset", "github.download_stalled"],
           note="labelled ci-instability: 'Classic transient err during HTTP request lifecycle. Is retryable, but wasn't retried' (the action crashed on the reset until codeql-action#4061); the '...' is the reporter's elision"),
    loc("github/codeql-action#1495", "local.disk_full", False,
        "  Error: Error: ENOSPC: no space left on device, copyfile '/home/azureuser/actions-runner/_work/_temp/99df6568-fdef-4fb0-a1cb-3fed0dac3c57/codeql/cpp/tools/linux64/extractor-static' -> '/home/azureuser/actions-runner/_work/_tool/CodeQL/0.0.0-20221211/x64/codeql/cpp/tools/linux64/extractor-static'\n  Error: Unable to download and extract CodeQL CLI\n  Error: Unable to download and extract CodeQL CLI",
        head=["Run github/codeql-action/init@v2", "Setup CodeQL tools"],
        note="a self-hosted Azure VM runner on GitHub Enterprise: the bundle downloads from github.com but the tool cache copy runs out of disk; cleaning the runner's disk, not a re-run, fixes it"),
    # --- Grype and Dependabot ---------------------------------------------------------------------------------------
    grype("anchore/grype#1731", "connectivity", "connectivity.stream_reset", True, "service", None,
          "failed to load vulnerability db: unable to update vulnerability database: unable to download db: stream error: stream ID 1; INTERNAL_ERROR; received from peer",
          host_alt=["toolbox-data.anchore.io"], also_ok=["connectivity.cut_short", "connectivity.package_mirror"],
          note="'Occurs randomly': the DB download from Anchore's CDN stalls and is reset; Anchore moved the DB to a new distribution and CDN configuration, after which downloads stopped stalling"),
    dep("dependabot/dependabot-core#11031", "credentials", "credentials.private_source_auth_failed", False, "service", None,
        "+---------------------------------------------------------------+\n|                 Dependencies failed to update                 |\n+-----------------------+---------------------------------------+\n| ex_cldr_dates_times   | private_source_authentication_failure |\n| earmark_parser        | private_source_authentication_failure |\n| dns_cluster           | private_source_authentication_failure |",
        host_alt=["repo.hex.pm"], also_ok=["credentials.unauthorized", "credentials.missing"],
        note="a Dependabot regression: the updater sends no Authorization header to the configured private Hex repository ('always empty' in the registry's logs), and then marks every dependency, public ones too, as an auth failure; open for months, no re-run helps"),
    # --- the jobs' own: SARIF uploads without the permission -----------------------------------------------------------
    own("github/codeql-action#2789", PERMS,
        "Uploading results\n  Processing sarif files: [\"/home/runner/work/action-check-changelogfile/results/python.sarif\"]\n  Validating /home/runner/work/action-check-changelogfile/results/python.sarif\n  Combining SARIF files using the CodeQL CLI\n  Adding fingerprints to SARIF file...\n  Uploading results\n  Warning: Resource not accessible by integration\n  Error: Resource not accessible by integration\n  Warning: Resource not accessible by integration",
        component="credentials", head=["Run github/codeql-action/analyze@v3"], host_alt=GH_API, also_ok=["credentials.permission_denied", "credentials.forbidden"],
        note="fails on main, not on PRs: the workflow's GITHUB_TOKEN lacks security-events: write for the SARIF upload; 'The permissions fixed my failure'"),
    own("MobSF/mobsfscan#52", PERMS,
        "RequestError [HttpError]: Resource not accessible by integration\n    at /home/runner/work/_actions/github/codeql-action/v2/node_modules/@octokit/request/dist-node/index.js:66:23\n    at processTicksAndRejections (node:internal/process/task_queues:96:5)\n    at async Job.doExecute (/home/runner/work/_actions/github/codeql-action/v2/node_modules/bottleneck/light.js:405:18) {\n  status: 403,",
        component="credentials", head=["Run github/codeql-action/upload-sarif@v2"], host_alt=GH_API, also_ok=["credentials.permission_denied", "github.feature_unavailable"],
        note="uploading mobsfscan's SARIF with a token that may not write code-scanning results (403 from the API, the same every run); the line-number links GitHub drew around the log were dropped"),
    # --- the jobs' own: Snyk without its token -----------------------------------------------------------------------
    own("numaproj/numaplane#1027", "credentials.missing",
        "ERROR   Authentication error (SNYK-0005)\n        Authentication credentials not recognized, or user access is not provisioned.\n        Revise credentials and try again, or request access from your Snyk\n        administrator.\n\n        Use `snyk auth` to authenticate.\n\nStatus:  401 Unauthorized",
        component="credentials", cmd="snyk test --severity-threshold=high --sarif-file-output=snyk.sarif", host_alt=SNYK, also_ok=["credentials.unauthorized"],
        note="'SNYK_TOKEN is empty in the job env': every PR fails the check regardless of its diff until the repository secret is refreshed"),
    own("link-society/flowg#981", "credentials.missing",
        "Now redirecting you to our auth page, go ahead and log in,\nand once the auth is complete, return to this prompt and you'll\nbe ready to start using snyk.\nIf you can't wait use this url:\n<<<<REDACTED>>>>\n/usr/bin/xdg-open: 882: www-browser: not found\n/usr/bin/xdg-open: 882: links2: not found\n/usr/bin/xdg-open: 882: elinks: not found\n/usr/bin/xdg-open: 882: links: not found\n/usr/bin/xdg-open: 882: lynx: not found\n/usr/bin/xdg-open: 882: w3m: not found\nxdg-open: no method available for opening '<<<<REDACTED>>>>'\n ERROR   Unspecified Error (SNYK-CLI-0000)",
        component="credentials", cmd="snyk auth $SNYK_TOKEN", host_alt=SNYK, also_ok=["credentials.unauthorized"],
        note="the job's env shows SNYK_TOKEN and SNYK_ORGANIZATION empty, so `snyk auth` falls back to the browser flow on a headless runner; blocks pull requests until the secrets reach the job"),
    own("grafana/tempo#1458", "credentials.missing",
        "Snyk is missing auth token in order to run inside CI. You must include your API token as an environment value: `SNYK_TOKEN=12345678`",
        component="credentials", cmd="snyk test", host_alt=SNYK,
        note="pull requests from forks by non-members: the Snyk token secret is not passed to their runs, so the check fails on every such PR"),
    # --- the jobs' own: keyless signing and attestations ---------------------------------------------------------------
    own("sigstore/policy-controller#262", PERMS,
        "Non-interactive mode detected, using device flow.\nEnter the verification code PSVN-GJXC in your browser at: https://oauth2.sigstore.dev/auth/device?user_code=PSVN-GJXC\nCode will be valid for 300 seconds\n2022/09/23 09:08:37 error signing scorecard json results: error signing payload: getting key from Fulcio: retrieving cert: error obtaining token: expired_token",
        component="credentials", host_alt=["oauth2.sigstore.dev", "fulcio.sigstore.dev"], also_ok=["credentials.missing", "credentials.token_failed"],
        note="the Scorecard workflow signs its results keyless but the job has no ambient GitHub OIDC token, so the signer falls back to the device flow nobody answers and the code expires after 300 s; fixed in the workflow (the repository's PR #289)"),
    own("Jebel-Quant/rhiza#428", "github.feature_unavailable",
        "Run actions/attest-build-provenance@v3\nRun actions/attest-build-provenance/predicate@864457a58d4733d7f1574bd8821fa24e02cf7538\nRun actions/attest@daf44fb950173508f38bd2406030372c1d1162b1\nError: Error: Failed to persist attestation: Feature not available for user-owned private repositories. To enable this feature, please make this repository public. - https://docs.github.com/rest/repos/attestations#create-an-attestation",
        component="github", host_alt=GH_API, also_ok=["credentials.permission_denied", "credentials.forbidden"],
        note="'SLSA not possible and meaningful for private projects': GitHub stores attestations only for public (or suitably licensed) repositories, so the template's attestation step fails on every private run"),
    own("sigstore/rekor#2915", "build.payload_too_large",
        "creating bundle: signing bundle: error signing bundle: Post \"https://rekor.sigstore.dev/api/v1/log/entries\": giving up after 2 attempt(s): status 502: <!doctype html><meta charset=\"utf-8\"><meta name=viewport content=\"width=device-width, initial-scale=1\"><title>502</title>502 Bad Gateway",
        host="rekor.sigstore.dev", cmd="cosign attest --predicate sbom.cdx.json --type cyclonedx -d <image>", also_ok=["connectivity.server_error"],
        note="a 46 MB SBOM predicate: 'A smaller one worked'; the maintainer: larger payloads 'will be rejected by the load balancer', hash first; the 502 is the oversized upload, not an outage"),
    # --- the jobs' own: signatures that are not there or are checked the wrong way ---------------------------------------
    own("FairwindsOps/goldilocks#858", "build.signature_missing",
        "Error: no signatures found\nerror during command execution: no signatures found",
        cmd="cosign verify us-docker.pkg.dev/fairwinds-ops/oss/goldilocks:v4.15.0 --key https://artifacts.fairwinds.com/cosign-p256.pub",
        host_alt=["us-docker.pkg.dev"], also_ok=["registry.artifact_not_found"],
        note="the registry shows no attachments on the tags: 'we introduced an accidental bug in our CI that was skipping signing'; the image stays unsigned until the publisher re-signs"),
    own("bitnami/sealed-secrets#1170", "build.signature_verification_failed",
        "Error: no matching signatures:\nsignature not found in transparency log\n signature not found in transparency log\nmain.go:69: error during command execution: no matching signatures:\nsignature not found in transparency log\n signature not found in transparency log",
        cmd="COSIGN_REPOSITORY=ghcr.io/bitnami-labs/sealed-secrets-controller/signs cosign verify --key cosign.pub ghcr.io/bitnami-labs/sealed-secrets-controller:v0.20.2",
        host_alt=["ghcr.io", "rekor.sigstore.dev"], also_ok=["build.signature_missing", "build.tool_incompatible"],
        note="reproduced only with cosign v2.0, which requires a transparency-log entry by default, while these key-signed images were never uploaded to Rekor; the same on every run until the verify call or the signing changes"),
    own("slashdevops/idp-scim-sync#539", "build.wrong_digest",
        "Error: signing [ghcr.io/slashdevops/idp-scim-sync@sha256:29254941...]:\nGET https://ghcr.io/v2/.../manifests/sha256:29254941...: MANIFEST_UNKNOWN",
        host="ghcr.io", cmd="cosign sign --yes ghcr.io/slashdevops/idp-scim-sync@${DIGEST}", also_ok=["build.invalid_reference", "registry.artifact_not_found"],
        note="every release: the digest to sign came from `podman manifest inspect | jq`, which yields the first per-arch image's digest, and podman re-serializes on push, so the registry has no such manifest; the PR signs by tag (the '...' are the PR's elisions)"),
    own("kubernetes-sigs/zeitgeist#320", OLD_TOOL,
        "Error: signing [ghcr.io/kubernetes-sigs/zeitgeist/zeitgeist@sha256:4b3ce87a4c2c4e832c96914613f82cdad80175ae996434bea459dd8d882bc1ee ghcr.io/kubernetes-sigs/zeitgeist/zeitgeist@sha256:c62cc460909cdbf2e06d9fe8724a15187a07ad918be0b59c7ed4d5e6ee2cd887 ghcr.io/kubernetes-sigs/zeitgeist/zeitgeist@sha256:f02122f5e8ba2c0ad43a8745f4c1c6f20ab05e806cb76fcaaeedd5d90ab2f774 ghcr.io/kubernetes-sigs/zeitgeist/zeitgeist@sha256:7b150ea79452ee8f6ca397229bb5a02818f7bda077da6d7520b12a650c3eb2bd ghcr.io/kubernetes-sigs/zeitgeist/zeitgeist@sha256:6e2359276535265673287b1206d9b8e5a21a30a1433cb72a4b6683b38e8c2c25 ghcr.io/kubernetes-sigs/zeitgeist/zeitgeist@sha256:18d6238f09355cc5989e696cae586db05dfd58572afac048151ba297ed9fa8f7]: getting signer: getting key from Fulcio: verifying SCT: unmarshal: unexpected end of JSON input",
        host_alt=SIGSTORE, also_ok=["build.tool_incompatible", "connectivity.bad_response"],
        note="the release action's pinned cosign could no longer parse what Fulcio returned for the SCT; the PR bumps cosign (the only fix anyone found), not a transient failure"),
    own("aquasecurity/trivy#1506", "build.image_not_found",
        "-12-22T14:25:30.920Z    FATAL   scan error: unable to initialize a scanner: unable to initialize a docker scanner: 3 errors occurred:\n        * unable to inspect the image (index.docker.io/library/pipe-test8:latest): Error: No such image: index.docker.io/library/pipe-test8:latest\n        * unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory\n        * GET https://index.docker.io/v2/library/pipe-test8/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/pipe-test8 Type:repository]]",
        host="index.docker.io", cmd="trivy image pipe-test8", also_ok=["build.invalid_reference", "credentials.unauthorized"],
        note="the maintainer: 'your image doesn't exist in your local Docker daemon. Please make sure the image name and tag is correct'; Docker Hub's UNAUTHORIZED is only its answer for a repository that does not exist (blockquote markers dropped; the cut timestamp is the paste's)"),
    own("Altinity/ClickHouse#2060", OLD_TOOL,
        "WARN error updating db error=unable to activate new vulnerability database: failed to hydrate database: ... UNIQUE constraint failed: operating_systems... (2067)\nERROR failed to load vulnerability db: database does not exist",
        cmd=".github/grype/run_grype_scan.sh", host_alt=["grype.anchore.io"], also_ok=["build.tool_incompatible"],
        note="the job pins grype v0.92.2, which cannot load the DB Anchore serves since 2026-07-15 (upstream: 0.91-0.96 fail, 0.97+ work); fixed by bumping grype on every branch (the '...' are the issue's elisions)"),
    # --- the jobs' own: an egress policy that blocks the download -----------------------------------------------------
    own("netblue30/firejail#5783", "build.egress_blocked",
        "Downloading CodeQL tools from https://github.com/github/codeql-action/releases/download/codeql-bundle-20230403/codeql-bundle-linux64.tar.gz. This may take a while.\nconnect ECONNREFUSED 54.185.253.63:443\nWaiting 13 seconds before trying again\nconnect ECONNREFUSED 54.185.253.63:443\nWaiting 12 seconds before trying again\n##[error]connect ECONNREFUSED 54.185.253.63:443\n##[error]Unable to download and extract CodeQL CLI",
        host="54.185.253.63:443", head=["Run github/codeql-action/init@v2", "Setup CodeQL tools", "Did not find CodeQL tools version 2.12.6 in the toolcache."],
        host_alt=["54.185.253.63", "objects.githubusercontent.com", "github.com"], also_ok=["connectivity.refused", "connectivity.firewall_blocked"],
        note="the workflow's own step-security/harden-runner egress allow-list drops objects.githubusercontent.com, where the bundle download redirects ('domain not allowed' in its log); the PR allows the domain (code-block indentation dropped)"),
]
