"""Dev-set entries, batch 77 (pushing images from CI and the refusals, resets and limits that end the push: docker
push, docker/build-push-action and buildx --push, buildx imagetools, buildctl, kaniko --destination, skopeo copy,
buildah manifest push, docker manifest push and Tart, to ghcr.io and the older docker.pkg.github.com, Docker Hub, ECR,
Container Registry and Artifact Registry, ACR, IBM's registry, GitLab's registry, Harbor, Artifactory and private
distribution registries. The registries' side: GHCR answering 403 at random to a project's pushes and BuildKit losing
a layer's pipe to it, GitHub Packages refusing the run's own token for two days, an OpenShift registry forgetting an
upload session, a cache blob's commit getting no response, a Docker Hub upload connection closed mid-push, Docker Hub
refusing BuildKit's cache manifest for a day in April 2023, a registry's auth server mis-scoping cross-repository
mounts, Artifact Registry refusing skopeo's chunked upload, an old Artifactory tripping its circuit breaker on kaniko's
newer manifests, an nginx in front of Harbor answering 413 for a 2 GB image, BuildKit releases that GCR and a
Keycloak-scoped registry refuse, a CI provider's own push step broken for a day, a cluster resolver that loses the
registry's name mid-push. About half are the build's own mistakes that read like registry outages: GHCR 403s and
`write_package` denials from Dependabot runs, forks, read-only workflow tokens and packages that belong to another or
a deleted repository, a tutorial's azureacr.io typo answered with Service Unavailable, ECR repositories that must be
created first, a GitLab image path that is no project, Docker Hub's and ECR's tag immutability, ECR's layer-count
limit, a Harbor tag-count quota answered as a bare denial, a kaniko cache repository that lands on Docker Hub's
library namespace, manifest lists pushed without their images, a token lacking another GitLab project's pull scope,
an editor extension's token without read_api, and a Docker 1.8.0 client that Docker Hub blocked.) `err` is verbatim
from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside
Markdown (blockquote markers, backticks, a log-line link before the quote) only that markup was dropped and trailing
blanks trimmed, never a word of the log; where a quote runs on into the reporter's own words or is cut, the entry
stops at the last whole log line. Elisions ('(...)', '<hash-id>', 'REDACTED', 'xxx') are the reporters' own. Hosts
follow the README's strict rule: a host is given only where a line of the log names it for the failing call; an
inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of
these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"insarlab/MintPy#696", "mlfoundations/open_clip#485", "treeverse/lakeFS#2481", "emqxarchive/emqx-docker#91"}  # fmt: skip

B = Batch(PULLS)
reg = B.family("registry")
bld = B.build("registry")
loc = B.local()

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
GHCR_DENIED = "credentials.ghcr_write_denied"
TOKEN_PERMS = "credentials.token_permissions"

E = [
    # --- the registries' side: GHCR and GitHub Packages ----------------------------------------------------------------
    reg("nextstrain/docker-base#131", "registry", "registry.request_rejected", True, "service", "ghcr.io",
        'ERROR: failed to push ghcr.io/nextstrain/base-native-builder:branch-98-merge: failed commit on ref "manifest-sha256:40dee82b1e0a00c8568931433a053fa7049ff66fef862a560ebb23b89a2fdd98": unexpected status: 403 Forbidden',
        also_ok=[GHCR_DENIED, "registry.server_error"],
        note="'obviously transient because re-runs are successful' (one run only passed on the third retry): GHCR answers 403 after the build while the project's package settings and token are unchanged; the suggested workarounds in build-push-action#463 did not apply"),
    reg("moveit/moveit2#1895", "registry", "registry.cannot_reuse_body", True, "service", "ghcr.io",
        "Error: buildx failed with: ERROR: failed to solve: failed to push ghcr.io/ros-planning/moveit2:rolling-ci: failed to copy: io: read/write on closed pipe",
        also_ok=["registry.upload_lost", "connectivity.eof"],
        note="flaky pushes of the CI images to GHCR, where BuildKit loses the layer upload's pipe; 'Re-triggering CI already succeeded the jobs for a couple times'; linked to build-push-action#851, nothing in the workflow changed"),
    reg("actions/starter-workflows#332", "registry", "registry.request_rejected", True, "service", None,
        "denied: Resource not accessible by integration",
        host_alt=["docker.pkg.github.com"], also_ok=[TOKEN_PERMS, "credentials.push_denied", "github.outage"],
        note="February 2020: the unchanged docker-publish starter workflow's push to GitHub Packages is refused for the run's GITHUB_TOKEN for a couple of days in several repositories; GitHub Support fixed it on their side and 'restarting the failed jobs now did work'"),
    # --- the registries' side: uploads lost, reset or unanswered ---------------------------------------------------------
    reg("openshift/origin#17188", "registry", "registry.upload_lost", True, "service", "docker-registry.default.svc:5000",
        "2017-11-04T23:34:05.336059000Z Pushing image docker-registry.default.svc:5000/extended-test-docker-build-pullsecret-f6zg5-r48qs/image1:latest ...\n2017-11-04T23:34:06.517339000Z Pushed 0/1 layers, 3% complete\n2017-11-04T23:34:36.782828000Z Pushed 0/1 layers, 100% complete\n2017-11-04T23:34:42.398258000Z Pushed 1/1 layers, 100% complete\n2017-11-04T23:34:56.162252000Z Registry server Address:\n2017-11-04T23:34:56.162577000Z Registry server User Name: serviceaccount\n2017-11-04T23:34:56.162824000Z Registry server Email: serviceaccount@example.org\n2017-11-04T23:34:56.163070000Z Registry server Password: <<non-empty>>\n2017-11-04T23:34:56.163316000Z error: build error: Failed to push image: blob upload unknown",
        raw_is_log=True, host_alt=["docker-registry.default.svc"], also_ok=["registry.blob_unknown", "registry.server_error"],
        note="filed as a flake of the extended conformance job (component/imageregistry): the cluster's integrated registry forgets the upload session after the layer went up; other runs of the same test pass (the trailing blank after 'Address:' trimmed)"),
    reg("containerd/containerd#4551", "registry", "registry.no_response", True, "service", None,
        '#70 ERROR: error writing layer blob: failed commit on ref "layer-sha256:ebbe8d8993bbf87d87a48134a3126f8d9d386807a5022b2520d37dd2a1761d3f": no response\n------\n > exporting cache:\n------\nerror: failed to solve: rpc error: code = Unknown desc = error writing layer blob: failed commit on ref "layer-sha256:ebbe8d8993bbf87d87a48134a3126f8d9d386807a5022b2520d37dd2a1761d3f": no response',
        raw_is_log=True, also_ok=["registry.upload_lost", "connectivity.eof"],
        note="'very rarely' the cache image's layer commit fails while 'subsequent builds and previous builds push and pull from the cache image absolutely fine'; tonistiigi: containerd's pusher drops the PUT's real error and reports 'no response'"),
    reg("envoyproxy/envoy#33536", "connectivity", "connectivity.reset", True, "service", "54.236.113.205:443",
        'write tcp 10.1.0.11:56978->54.236.113.205:443: use of closed network connection"',
        host_alt=["54.236.113.205", "registry-1.docker.io", "docker.io"], also_ok=["registry.upload_lost", "registry.client_closed"],
        note="the postsubmit's push of many large layers to Docker Hub loses its upload connection; 'kicking ci and it passes on second run', and the issue was closed as transient two weeks later"),
    reg("distribution/distribution#1692", "registry", "registry.request_rejected", True, "service", "192.168.54.65:5000",
        "[root@jg-pass-test ~]# docker push 192.168.54.65:5000/app9/zyhj:1\nThe push refers to a repository [192.168.54.65:5000/app9/zyhj]\n5f70bf18a086: Preparing\n5f70bf18a086: Preparing\nb9f93792d25e: Preparing\nf3fa30e57418: Preparing\n0b9bfbb55232: Waiting\n7a73f1797def: Waiting\nae416e88349d: Waiting\n035353e69114: Waiting\nunauthorized: authentication required",
        raw_is_log=True, host_alt=["192.168.54.65"], also_ok=["credentials.unauthorized", "credentials.insufficient_scope"],
        note="pushes in a loop fail now and then with insufficient scope and 'the second time, it report success': the reporter traced it to the registry's token server mishandling cross-repository blob mounts (POST ...?mount=&from=), not the client's login"),
    reg("GoogleContainerTools/kaniko#1290", "dns", "dns.no_such_host", True, "local", "us.icr.io",
        "INFO[0084] Taking snapshot of files...\n2020/05/20 10:47:51 existing blob: sha256:cca090ad6fefa18963f62e9cfb2c828e7486606e971dad7f8677040b39b1812d\nerror pushing image: failed to push to destination us.icr.io/test-pr/xyz01/allinoneappserver:extensions-20200519-1608: Head https://us.icr.io/v2/test-pr/xyz01/allinoneappserver/blobs/sha256:cb9162bf2ed92694f8f5b8fe9d55809651fe05ef55ae3bd231bde52b78b21fef: dial tcp: lookup us.icr.io on 172.21.0.10:53: no such host",
        raw_is_log=True, also_ok=["dns.resolve_failed", "dns.temporary_failure"],
        note="parallel kaniko builds in an IBM Cloud cluster: 'intermittently one of the components fail to push', the cluster resolver at 172.21.0.10 losing the registry's name mid-push; the reporter asked for a retry, which kaniko later added (--push-retry)"),
    # --- the registries' side: protocol and size limits ----------------------------------------------------------------
    reg("docker/hub-feedback#2322", "registry", "registry.request_rejected", True, "service", None,
        '#21 ERROR: error writing manifest blob: failed commit on ref "sha256:4ffd161309ae280fd4b5b33fb7d73f84be821886b370dae3d3fb1031012fef31": unexpected status: 400 Bad Request',
        host_alt=HUB, also_ok=["registry.oci_index_unsupported", "registry.manifest_invalid"],
        note="2023-04-17, a Buildkite buildctl build whose --export-cache to Docker Hub had worked: Docker Hub began refusing BuildKit's cache manifest that day (other projects reported the same the same morning) and a Docker Hub engineer took the report and closed it"),
    reg("podman-container-tools/skopeo#1101", "registry", "registry.request_rejected", False, "service", None,
        "Copying blob e8d8785a314f [===========================>----------] 463.1KiB / 639.1KiB\nCopying blob b2f4b24bed0d [=>------------------------------------] 431.1KiB / 9.4MiB\nFATA[0003] Error writing blob: Error uploading layer chunked: StatusCode: 400, <HTML><HEAD>\n<TITLE>Request Error</TITLE>",
        cmd="skopeo --debug copy --src-no-creds --dest-tls-verify=false --src-tls-verify=false --dest-creds oauth2accesstoken:<token> docker://privaterepo.com/k8s.gcr.io/metrics-server-amd64:v0.3.6 docker://us-central1-docker.pkg.dev/my-gcp-project/my-gar-repo/k8s.gcr.io/metrics-server-amd64:v0.3.6",
        host_alt=["us-central1-docker.pkg.dev"], also_ok=["registry.body_too_large", "build.tool_incompatible"],
        note="copying from Artifactory to Artifact Registry: Artifact Registry's documentation says it does not support Docker chunked uploads, and skopeo's chunked layer upload is refused with an HTML 400 on every copy (the quote stops where the reporter cut the page)"),
    reg("GoogleContainerTools/kaniko#2297", "registry", "registry.manifest_invalid", False, "service", None,
        "error pushing image: failed to push to destination some-jfrom-repo/test:latest: PUT https://some-jfrog-repo/v2/test/manifests/latest: MANIFEST_INVALID: manifest invalid; map[description:Circuit Breaker Threshold Reached, Breaking Operation. see log output for manifest details.]",
        host_alt=["some-jfrog-repo"], also_ok=["registry.request_rejected", "registry.oci_index_unsupported"],
        note="Artifactory 7.15.5 refuses every manifest kaniko builds starting with a particular kaniko commit (a two-line Dockerfile reproduces it); a re-run fails the same until kaniko or Artifactory changes (the registry name is the reporter's mask, misspelt as given)"),
    reg("goharbor/harbor#10621", "registry", "registry.body_too_large", False, "service", None,
        r'''error parsing HTTP 413 response body: invalid character '<' looking for beginning of value: "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"''',
        also_ok=["registry.request_rejected"],
        note="pushing a ~2 GB image to Harbor 1.9.4: a maintainer pushes 3 GB images fine and asks for special settings, and the advice is to raise the body size of the nginx proxy in front of it; every push of that layer gets the same 413"),
    # --- the registries' side: builders and push steps upstream broke -------------------------------------------------
    reg("docker/setup-buildx-action#28", "builder", "builder.registry_incompatible", False, "service", "us.gcr.io",
        '#24 pushing manifest for us.gcr.io/REDACTED\n#24 pushing manifest for us.gcr.io/REDACTED 0.2s done\n#24 ERROR: failed commit on ref "manifest-sha256:013abc4ac51e93f9aca0650ba16921c3794ca76a69d2aad7a8bb2ff20122b7c0": unexpected status: 400 Bad Request\n------\n > exporting to image:\n------\nfailed to solve: rpc error: code = Unknown desc = failed commit on ref "manifest-sha256:013abc4ac51e93f9aca0650ba16921c3794ca76a69d2aad7a8bb2ff20122b7c0": unexpected status: 400 Bad Request\nError: The process \'/usr/bin/docker\' failed with exit code 1',
        raw_is_log=True, also_ok=["registry.manifest_invalid", "registry.oci_index_unsupported"],
        note="October 2020: with setup-buildx-action v1.0.2's newer BuildKit every manifest push to GCR gets 400 while v1.0.1 'push[es] correctly'; the same report (#29) was closed once a BuildKit fix reached the default builder image, so re-runs fail until then"),
    reg("docker/buildx#2364", "builder", "builder.auth_token_scope", False, "service", "172.31.1.30:5000",
        "#8 [auth] test-4:pull,push token for 172.31.1.30:5000\n#8 DONE 0.0s\n\n#9 [auth] test-2:pull test-4:pull,push token for 172.31.1.30:5000\n#9 DONE 0.0s\n\n(...)\n\n#7 pushing layers\n#7 pushing layers 0.1s done\n#7 ERROR: failed to push 172.31.1.30:5000/test-4:2.2: server message: insufficient_scope: authorization failed",
        raw_is_log=True, host_alt=["172.31.1.30"], also_ok=["credentials.insufficient_scope", "credentials.push_denied"],
        note="registry 2.8.3 behind Keycloak token auth: buildx fetches both scoped tokens but BuildKit sends only the first (test-4 alone) when it mounts a layer shared with test-2, shown with a packet capture; every push of an image sharing layers with another repository fails"),
    reg("wercker/support#106", "builder", "builder.push_step_broken", True, "service", "registry.hub.docker.com",
        "PUT https://registry.hub.docker.com/v1/repositories/farmers/tc-api/ returned 400",
        also_ok=["registry.error_response", "registry.request_rejected"],
        note="August 2015: Wercker's internal/docker-push step fails for many users at once ('started yesterday. this totally kills our CI'); Wercker: 'We've had a issue with an dependency. Thing should be resolved now', so the CI's own push step, fixed on their side"),
    # --- the build's own: GHCR permissions -------------------------------------------------------------------------------
    B.entry("registry", "ruby/ruby.wasm#513", "credentials", GHCR_DENIED, False, "build", "ghcr.io",
            " > exporting to image:\n------\nERROR: failed to solve: failed to push ghcr.io/ruby/ruby.wasm/builder/wasm32-unknown-wasip1:main: unexpected status from POST request to https://ghcr.io/v2/ruby/ruby.wasm/builder/wasm32-unknown-wasip1/blobs/uploads/: 403 Forbidden\nError: buildx failed with: ERROR: failed to solve: failed to push ghcr.io/ruby/ruby.wasm/builder/wasm32-unknown-wasip1:main: unexpected status from POST request to https://ghcr.io/v2/ruby/ruby.wasm/builder/wasm32-unknown-wasip1/blobs/uploads/: 403 Forbidden",
            head=["Run docker/build-push-action@v5"], raw_is_log=True, also_ok=[TOKEN_PERMS, "registry.request_rejected"],
            note="the 'intermittent' 403s are the runs on main that Dependabot's merges trigger, whose token may not write packages; the maintainer closed the fix adding packages: write: pushes by people with write permission work and 'Dependabot is the exception'"),
    B.entry("registry", "ASFHyP3/asf-tools#288", "credentials", GHCR_DENIED, False, "build", "ghcr.io",
            "ERROR: failed to solve: failed to push ghcr.io/asfhyp3/asf-tools:0.8.4.dev57_g19e37f2: unexpected status from POST request to https://ghcr.io/v2/asfhyp3/asf-tools/blobs/uploads/: 403 Forbidden",
            also_ok=[TOKEN_PERMS, "registry.request_rejected"],
            note="usually 'a very common transient error', but three re-runs on develop failed and the workflow had failed since April 25; fixed by adding the repository to the package's settings with write permission (the upgraded reusable workflow had also lost its permissions block)"),
    B.entry("registry", "ASFHyP3/hyp3-isce2#3", "credentials", GHCR_DENIED, False, "build", "ghcr.io",
            "ERROR: failed to solve: failed to push ghcr.io/asfhyp3/hyp3-isce2:0.0.1.dev4_g999cdf6: unexpected status: 403 Forbidden",
            also_ok=[TOKEN_PERMS],
            note="a new repository's first dockerize job: the ghcr.io package of that name belonged to a repository created and deleted earlier ('the weirdness I created by first creating then deleting a repository with the same name'); the permissions had to be sorted out"),
    B.entry("registry", "insarlab/MintPy#696", "credentials", TOKEN_PERMS, False, "build", None,
            "#12 ERROR: unexpected status: 403 Forbidden\n------\n > exporting to image:\n------\nerror: failed to solve: unexpected status: 403 Forbidden\nError: buildx failed with: error: failed to solve: unexpected status: 403 Forbidden",
            raw_is_log=True, host_alt=["ghcr.io"], also_ok=[GHCR_DENIED],
            note="the PR adding the image workflow: the repository's Actions settings gave workflows a read-only token; after the owner switched it to read and write, the next run pushed ('that did it')"),
    B.entry("registry", "mlfoundations/open_clip#485", "credentials", TOKEN_PERMS, False, "build", "ghcr.io",
            "failed to push ghcr.io/mlfoundations/open_clip:pr-485: unexpected status: 403 Forbidden",
            also_ok=[GHCR_DENIED],
            note="a contributor's PR from a fork runs the new publish workflow, whose token may not write the organisation's package: 'the GH action run looks to have successfully built the image, just unable to push'; the maintainer expects it to pass once merged"),
    B.entry("registry", "mrlvsb/kelvin#584", "credentials", TOKEN_PERMS, False, "build", "ghcr.io",
            "#41 ERROR: error writing layer blob: unexpected status from POST request to https://ghcr.io/v2/mrlvsb/kelvin-ci-cache/blobs/uploads/: 403 Forbidden",
            also_ok=[GHCR_DENIED],
            note="the registry cache export to a ghcr.io cache image fails in PRs: 'PRs from forks don't have the necessary permissions to write to the build cache'; the fix (#585) stops cache writes for pull requests"),
    B.entry("registry", "treeverse/lakeFS#2481", "credentials", GHCR_DENIED, False, "build", "ghcr.io",
            "+ docker push ghcr.io/treeverse/lakefs/build-cache:sha-8a0240c\nThe push refers to repository [ghcr.io/treeverse/lakefs/build-cache]\n5f70bf18a086: Preparing\n6de7035aacdd: Preparing\n5fb26e64c1ef: Preparing\n7ca4d7123b42: Preparing\n075d83c5c640: Preparing\n63831648b236: Preparing\n50644c29ef5a: Preparing\n63831648b236: Waiting\n50644c29ef5a: Waiting\ndenied: permission_denied: write_package\nError: Process completed with exit code 1.",
            raw_is_log=True, also_ok=[TOKEN_PERMS, "credentials.push_denied"],
            note="September 2021: the existing build-cache package does not accept the workflow's GITHUB_TOKEN (the 'GITHUB_TOKEN no longer authenticates for container registry' change for packages not linked to the repository); the PR renames the cache image so the workflow pushes a package of its own"),
    B.entry("registry", "ublue-os/toolboxes#291", "credentials", GHCR_DENIED, False, "build", "ghcr.io",
            "Error: writing blob: initiating layer upload to /v2/ublue-os/bazzite-arch/blobs/uploads/ in ghcr.io: denied: permission_denied: write_package",
            also_ok=[TOKEN_PERMS, "credentials.push_denied"],
            note="the bazzite-arch image's push fails run after run for a month; the maintainer fixed the package's access ('Fixed this now, sorry I should have fixed this long ago'), nothing a re-run could do"),
    # --- the build's own: names, paths and repositories --------------------------------------------------------------------
    bld("MicrosoftDocs/azure-docs#11737", "build.wrong_host",
        "docker push [myacrname].azureacr.io/azure-vote-front:v1\nThe push refers to repository [[myacrname].azureacr.io/azure-vote-front]\nGet https://[myacrname].azureacr.io/v2/: Service Unavailable",
        raw_is_log=True, host_alt=["azureacr.io"], also_ok=["registry.server_error", "build.invalid_reference"],
        note="the AKS tutorial's push after a successful az acr login: the image is tagged for azureacr.io, another domain that answers 503, instead of the registry's azurecr.io; 'didn't realize that it is azureCR.io instead of azureAcr.io'"),
    bld("concourse/docker-image-resource#197", "build.repository_missing",
        "name unknown: The repository with name '<repo_name>' does not exist in the registry with id '<aws_account_id>'",
        also_ok=["credentials.repository_not_found", "registry.artifact_not_found"],
        note="ECR does not create a repository on first push, so the Concourse put fails until the repository exists; the maintainers argued creating repositories belongs outside the pipeline (a PR offered it as an option); the placeholders are the reporter's"),
    bld("GoogleContainerTools/kaniko#2446", "build.repository_missing",
        'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "gitlab.xxx.de:8085/projs/devs/frontend-ecomm:v38.3-54c2e0d7": POST https://gitlab.xxx.de:8085/v2/projs/devs/frontend-ecomm/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:projs/devs/frontend-ecomm Type:repository] map[Action:push Class: Name:projs/devs/frontend-ecomm Type:repository]]',
        host_alt=["gitlab.xxx.de:8085", "gitlab.xxx.de"], also_ok=["credentials.unauthorized", "credentials.push_denied"],
        note="GitLab serves one registry per project, and kaniko's second image is named frontend-ecomm, a project that does not exist, so the job's token is refused; the workaround nests the image under the project's own path"),
    # --- the build's own: immutability, limits and quotas ----------------------------------------------------------------
    reg("kimai/kimai#5791", "registry", "registry.tag_immutable", False, "build", None,
        "buildx failed with: ERROR: failed to build: failed to solve: failed to push kimai/kimai2:latest: denied: requested access to the resource is denied - This tag is already assigned to an image in this repository and cannot be updated due to immutability settings. To push this image, use a different tag.",
        t="bpa_err", image="kimai/kimai2:latest", host_alt=HUB, also_ok=["credentials.push_denied"],
        note="January 2026, the 2.47.0 release: the Docker Hub repository's immutability settings cover latest, which the release workflow moves on every release; the maintainer fixed it ('Fixed.'), a re-run meets the same refusal"),
    reg("docker/buildx#1660", "builder", "builder.imagetools_child_tags", False, "local", None,
        "unexpected status from PUT request to https://account.dkr.ecr.region.amazonaws.com/v2/test/manifest: 400 Bad Request",
        cmd="docker buildx imagetools create --tag destination_ecr:tag source_ecr:tag", host_alt=["account.dkr.ecr.region.amazonaws.com"], also_ok=["registry.tag_immutable", "registry.request_rejected"],
        note="copying a multi-arch tag into an ECR repository with immutable tags: buildx imagetools pushed every child manifest by the tag before the index, so the second push is refused; crazy-max: fixed in buildx v0.22.0, which pushes children by digest"),
    reg("openai/tart#890", "registry", "registry.quota_exceeded", False, "build", None,
        r"""Error: UnexpectedHTTPStatusCode(when: "pushing manifest", code: 405, details: "{\"errors\":[{\"code\":\"UNSUPPORTED\",\"message\":\"Invalid parameter at \'ImageManifest\' failed to satisfy constraint: \'Limit on number of layers per image exceeded\'\"}]}\n")""",
        also_ok=["registry.manifest_invalid", "registry.request_rejected"],
        note="a 150 GB Tart VM image is split into about one layer per 512 MB of disk, more layers than ECR allows in one image manifest; the same on every push, the reporter worked around it"),
    reg("goharbor/harbor#10936", "registry", "registry.quota_exceeded", False, "build", None,
        "denied: requested access to the resource is denied",
        also_ok=["credentials.push_denied", "credentials.denied"],
        note="Harbor 1.8 refuses pushes to a repository holding 150 tags with the generic denial; removing tags made pushes work again; a commenter: quota refusals used to be 500s and became a 400-style denial (#8688)"),
    # --- the build's own: caches and manifest lists -------------------------------------------------------------------
    bld("aevea/action-kaniko#25", "build.wrong_host",
        "WARN[0212] error uploading layer to cache: failed to push to destination cache-image:<hash-id>: HEAD https://index.docker.io/v2/library/cache-image/blobs/<hash-id>: unexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)",
        host="index.docker.io", fatal=False, also_ok=["credentials.unauthorized", "build.invalid_reference"],
        note="the workflow's cache_registry is the bare name cache-image, which kaniko expands to Docker Hub's library namespace where the job has no login, so no layer is cached (a warning; the build goes on to push to ghcr.io)"),
    bld("emqxarchive/emqx-docker#91", "build.manifest_list_stale",
        "docker manifest push emqx/emqx-edge:v3.2.1;\nfailed to put manifest docker.io/emqx/emqx-edge:v3.2.1: errors:\nmanifest blob unknown: blob unknown to registry\nmanifest blob unknown: blob unknown to registry",
        host="docker.io", raw_is_log=True, also_ok=["registry.blob_unknown", "registry.manifest_invalid"],
        note="the Makefile's docker manifest push of a local manifest list that did not list the per-architecture images it should; 'I recreated the manifest list and executed docker manifest push, and now it works' (the trailing blank after the command trimmed)"),
    bld("podman-container-tools/buildah#2744", "build.manifest_push_incomplete",
        "Uploading manifest list failed, attempted the following formats: application/vnd.docker.distribution.manifest.list.v2+json(Error uploading manifest latest to localhost:5000/newone: manifest blob unknown: blob unknown to registry)",
        cmd="buildah manifest push --tls-verify=false -f v2s2 newone docker://localhost:5000/newone", host="localhost:5000", host_alt=["localhost"], also_ok=["registry.blob_unknown"],
        note="the new list refers to an image the target registry does not hold, and without --all buildah pushes only the list itself; the maintainers: --all is required for that, the same on every push"),
    # --- the build's own: tokens and clients ---------------------------------------------------------------------------
    B.entry("registry", "moby/buildkit#5883", "credentials", "credentials.insufficient_scope", False, "build", None,
            "#22 exporting to image\n#22 exporting manifest sha256:f5c3c9d7afc6b922afaf1cac8ff2b7cb4111d43bf1fa7a3dce3e898843950ee2 done\n#22 exporting config sha256:c35890b3582f426c92c3523c053e12483201a4a3918be4732a81ad809f0a925f done\n#22 pushing layers 0.7s done\n#22 ERROR: failed to push registry.mydomain.com/groupA/projectA/branch:be7804fa: server message: insufficient_scope: authorization failed",
            raw_is_log=True, host_alt=["registry.mydomain.com"], also_ok=["credentials.push_denied", "builder.auth_token_scope"],
            note="a GitLab job pushes to projectA with layers that came from projectB's buildkit-cache; tonistiigi: the push needs pull access to that other repository, which the job's token (GitLab's per-project registry scope, a commenter explains) does not have"),
    B.entry("registry", "microsoft/vscode-docker#3321", "credentials", TOKEN_PERMS, False, "build", "gitlab.com",
            "Request to https://gitlab.com/api/v4/projects?per_page=100&simple=true&membership=true failed with status 403: Forbidden",
            also_ok=["credentials.insufficient_scope"],
            note="the Docker extension 1.18 lists the user's GitLab projects before pushing and needs read_api, while the token had only write_registry (docker push itself works); 'adding the read_api scope solves this issue'"),
    loc("docker/hub-feedback#273", "local.docker_outdated", False,
        r'''Error parsing HTTP response: invalid character '<' looking for beginning of value: "<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n\n"''',
        host_alt=HUB, also_ok=["build.tool_outdated", "local.runner_outdated", "credentials.push_denied"],
        note="Docker 1.8.0 shipped with a push bug and Docker Hub blocked pushes from that client with this 403 page; 'update to docker 1.8.1' fixed it (a stray backtick after the quote dropped)"),
]
