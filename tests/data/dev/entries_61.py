"""Dev-set entries, batch 61 (container registries answering protocol errors on pushes and pulls, in wordings earlier
batches did not use. Registry 500s: Docker Hub's own incidents seen from LinuxServer's builds, a Gradle docker push, a
Jenkins multi-arch job and a Concourse resource; GHCR answering 500 to an action image pull; Red Hat's registry
answering 504 to a skopeo source read. Storage behind self-hosted registries: S3 throttling a distribution registry
into `Server error: 500 trying to push ... blob`, the Azure driver doing the same to big layers and failing its health
check with `UNAVAILABLE`, a Nexus S3 blob store's Early EOF surfacing as a 499, an OpenShift registry whose service
account could not list limitranges. Lost blobs and uploads: `unknown blob` after `Layer already exists` on GitHub
Packages and OpenShift CI, Harbor's `blob upload unknown`, an image mirror job's `unable to upload layer ... unknown
blob`. Manifests refused: Artifactory's `MANIFEST_INVALID ... Could not find item at ..._uploads` under a parallel Jib
push, Quay answering 401 to the second tag's manifest, Artifactory's bare `manifest invalid`, Harbor 1.10 refusing
manifest lists and OCI manifests (`Manifest.list is not supported.`, a 500, a 415 on an index), ECR before it took
manifest lists, cache manifests and OCI 1.1 artifacts (405s and 400s), a Harbor behind nginx that got plain HTTP on
its HTTPS port. The builds' own: tags with capitals from `github.repository`, a one-component repository path Pulp
refused, a manifest pushed before its blobs, Harbor projects that were never created (read as `unauthorized` and as an
endless retry), a TAG_INVALID the reporter traced to the image, attestations a registry cannot store (Aliyun ACR's
`unknown manifest class`, GitLab's `blob unknown`), a policy CLI whose new manifest format ECR refuses, a CircleCI orb
that loads a multi-platform build.) `err` is verbatim from the source (a GitHub thread found with the search tool's
`issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks, GitHub's line-number
links inside a pasted line) only that markup was dropped and trailing blanks trimmed, never a word of the log; where a
quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line. Hosts follow the
README's strict rule: a host is given only where a line of the log names it for the failing call; an inferred one goes
in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"bootc-dev/bootc#2267", "koordinator-sh/koordinator#3194", "magda-io/magda#3769"}

B = Batch(PULLS)
bld = B.build()
reg = B.family("registry")

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
S500 = "registry.server_error"
STORAGE = "registry.storage_backend_error"
BLOB = "registry.blob_unknown"
LOST = "registry.upload_lost"
REJECT = "registry.manifest_rejected"
OCI = "registry.oci_index_unsupported"
ATTEST = "registry.attestation_rejected"
REF = "build.invalid_reference"
NO_REPO = "build.repository_missing"

E = [
    # --- registry 500s and gateway errors during incidents ----------------------------------------------------------
    reg("docker/hub-feedback#1761", "registry", S500, True, "service", None,
        "478d5c9246ad: Layer already exists\nd46f9f76f72f: Retrying in 5 seconds\nd46f9f76f72f: Retrying in 4 seconds\nd46f9f76f72f: Retrying in 3 seconds\n0ef7813a3715: Pushed\nd46f9f76f72f: Retrying in 2 seconds\nd46f9f76f72f: Retrying in 1 second\nd46f9f76f72f: Pushed\nreceived unexpected HTTP status: 500 Internal Server Error",
        cmd="docker push", host_alt=HUB, also_ok=["registry.outage", "registry.upload_lost"],
        note="'Random 500 errors' (2019-03-08): LinuxServer's, GitLab CI's and AWS-hosted pushes to Docker Hub failed at once; Docker 'rolling out a fix', closed when the incident was resolved"),
    reg("moby/moby#19191", "registry", S500, True, "service", None,
        ":adminservice:buildDocker FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':adminservice:buildDocker'.\n> Docker execution failed\n  Command line [docker push yonadev/adminservice:0.0.8-SNAPSHOT] returned:\n  Received unexpected HTTP status: 500 Internal Server Error",
        cmd="./gradlew buildDocker", host_alt=HUB, also_ok=["registry.outage"],
        note="'Once in a while' on CloudBees CI: 'If I retrigger the build, the issue does not occur again'; Docker support confirmed a Hub-side bug (three in 130 builds)"),
    reg("carlossg/docker-maven#106", "registry", S500, True, "service", None,
        "command: docker push \"arm64v8/maven:3.6.0-jdk-7-alpine\"\nreceived unexpected HTTP status: 500 Internal Server Error",
        raw_is_log=True, host_alt=HUB, also_ok=["registry.outage"],
        note="the official-images arm64v8 Jenkins job: tianon 'probably something that happened during the time the Hub was having some issues'; kicked again, green"),
    reg("concourse/docker-image-resource#18", "registry", S500, True, "service", None,
        "e73eb31f285b: Preparing\ne73eb31f285b: Pushing\ne73eb31f285b: Pushed\n52099a5a1519: Preparing\n52099a5a1519: Pushing\n52099a5a1519: Pushed\n719af61e9031: Preparing\n719af61e9031: Pushing\nReceived unexpected HTTP status: 500 Internal Server Error\nfailed",
        raw_is_log=True, host_alt=HUB, also_ok=["registry.outage"],
        note="'Docker Hub flakiness' failing a long image-building Concourse job at the push; the resource later added retries around Hub operations"),
    reg("EnricoMi/publish-unit-test-result-action#401", "registry", S500, True, "service", "ghcr.io",
        "Pull down action image 'ghcr.io/enricomi/publish-unit-test-result-action:v2.3.0'\n  /usr/bin/docker pull ghcr.io/enricomi/publish-unit-test-result-action:v2.3.0\n  Error response from daemon: received unexpected HTTP status: 500 Internal Server Error\n  Warning: Docker pull failed with exit code 1, back off 9.381 seconds before retry.\n  /usr/bin/docker pull ghcr.io/enricomi/publish-unit-test-result-action:v2.3.0\n  Error response from daemon: received unexpected HTTP status: 500 Internal Server Error\n  Warning: Docker pull failed with exit code 1, back off 9.478 seconds before retry.",
        raw_is_log=True, also_ok=["registry.outage"],
        note="'ghcr.io down': the runner's pull of a Docker action's image gets 500s through all its back-offs during a GHCR incident (2023-01-30); nothing in the workflow (GitHub's line-number links dropped)"),
    reg("bootc-dev/bootc#2267", "registry", "registry.gateway_timeout", True, "service", "registry.access.redhat.com",
        " Error: initializing source docker://registry.access.redhat.com/ubi9/podman:latest: reading manifest latest in registry.access.redhat.com/ubi9/podman: received unexpected HTTP status: 504 Gateway Timeout",
        cmd="podman pull registry.access.redhat.com/ubi9/podman:latest", also_ok=[S500, "registry.outage"],
        note="'quay and registry.redhat are having issues today' (with crates.io); the PR's CI was restarted once the registries recovered"),
    # --- self-hosted registries: storage backends -------------------------------------------------------------------
    reg("distribution/distribution#769", "registry", S500, False, "service", None,
        "15abf35b937b: Image push failed\nFATA[0825] Error pushing to registry: Server error: 500 trying to push static blob - sha256:687cf5fe0504de4a16e217add5a2e504a6ff3decfab80fbdc739b2962ebd23ff",
        host_alt=["registry:5000"], also_ok=[STORAGE, "registry.rate_limited"],
        note="registry 2.1.1 on S3 answers 500 when S3 replies SlowDown; 'Most of pushes fail', eight successive attempts over an hour failed; the fix was the 2.4 S3 driver's handling, not a retry"),
    reg("distribution/distribution#758", "registry", S500, False, "service", None,
        "FATA[0430] Error pushing to registry: Server error: 500 trying to push example blob - sha256:2a5666536ffb33e441401f5156ebfdbaf1f81018976597f0856431cc46c834d7",
        also_ok=[STORAGE, LOST],
        note="a registry on Azure blob storage fails layers over ~100MB 'most of the times'; each re-push gets one more layer through and stops at the next, so an unchanged re-run does not finish the push"),
    reg("distribution/distribution#2532", "registry", STORAGE, False, "service", None,
        "Error: Status 503 trying to push repository elasticsearch: \"{\\\"errors\\\":[{\\\"code\\\":\\\"UNAVAILABLE\\\",\\\"message\\\":\\\"service unavailable\\\",\\\"detail\\\":\\\"health check failed: please see /debug/health\\\"}]}\\n\"",
        cmd="docker push $REGISTRY/elasticsearch", also_ok=["registry.misconfigured", "registry.outage"],
        note="a second registry:2 on the same Azure storage account with its own container: /debug/health says 'azure: Path not found: /', the registry stays unavailable after retries; the first instance's container works"),
    reg("sonatype/nexus-public#423", "registry", STORAGE, False, "service", "artifacts-cr-push.example.com",
        "ERROR: failed to solve: failed to push artifacts-cr-push.example.com/eas/reposync:1.3.1: failed to copy: unexpected status from PUT request to https://artifacts-cr-push.example.com/v2/eas/reposync/blobs/uploads/482388ec-bb6e-467b-9ca5-4a8807b4fa14?digest=sha256%3A8ec0d02fe6614e2b9257bb6c98ce0600f90c5456908c97de806e9c957321a8f1: 499 status code 499",
        also_ok=[LOST, S500],
        note="the Nexus log shows the hosted repository's S3 blob store upload ending in 'Early EOF' (BlobStoreException) for that PUT; the thread went stale with no fix, the push failing the same way"),
    reg("openshift/origin#9242", "registry", S500, False, "service", None,
        "error: build error: Failed to push image: Received unexpected HTTP status: 500 Internal Server Error",
        cmd="oc logs -f maven-jenkins-slave-1-build", also_ok=["registry.misconfigured"],
        note="`oc cluster up`'s integrated registry: its log shows the registry service account 'cannot list limitranges in project', so every push into that project gets 500 until the role is granted"),
    # --- lost blobs and uploads -------------------------------------------------------------------------------------
    reg("docker/build-push-action#38", "registry", BLOB, True, "service", "docker.pkg.github.com",
        "Pushing image [docker.pkg.github.com/XXX/YYY/maintenance:sha-eac817d]\nThe push refers to repository [docker.pkg.github.com/XXX/YYY/maintenance]\n1e64616ff473: Preparing\n02e9da9d44c5: Preparing\n3810cc0c140f: Preparing\n3e207b409db3: Preparing\n3e207b409db3: Layer already exists\n3810cc0c140f: Layer already exists\nunknown blob\nError: exit status 1\nexit status 1",
        raw_is_log=True, also_ok=[LOST, S500],
        note="several jobs push to GitHub Packages' docker registry; 'works great most of the time, but sometimes a random job is failing' with unknown blob, others hit the same; a registry-side inconsistency, not the workflow"),
    reg("openshift/origin#12329", "registry", BLOB, True, "service", "172.30.222.203:5000",
        "2016-12-22T09:11:40.767619000Z Pushing image 172.30.222.203:5000/extended-test-build-dockerfile-env-o6qro-0xsy0/centos:latest ...\n2016-12-22T09:11:41.711758000Z Pushed 1/2 layers, 53% complete\n2016-12-22T09:11:49.690709000Z Pushed 2/2 layers, 100% complete\n2016-12-22T09:11:50.196426000Z Registry server Address:\n2016-12-22T09:11:50.196722000Z Registry server User Name: serviceaccount\n2016-12-22T09:11:50.196966000Z Registry server Email: serviceaccount@example.org\n2016-12-22T09:11:50.197244000Z Registry server Password: <<non-empty>>\n2016-12-22T09:11:50.197465000Z error: build error: Failed to push image: errors:\n2016-12-22T09:11:50.197675000Z manifest blob unknown: blob unknown to registry\n2016-12-22T09:11:50.197874000Z manifest blob unknown: blob unknown to registry\n2016-12-22T09:11:50.198071000Z manifest blob unknown: blob unknown to registry\n2016-12-22T09:11:50.198327000Z manifest blob unknown: blob unknown to registry\n2016-12-22T09:11:50.198586000Z manifest blob unknown: blob unknown to registry",
        raw_is_log=True, also_ok=["registry.manifest_incomplete", LOST],
        note="an extended build test that 'is occasionally flaking because the registry rejects the push': the integrated registry loses track of blobs it just accepted; the same test passes on other runs"),
    reg("openshift/release#2340", "registry", BLOB, True, "service", None,
        "info: Included 45 referenced images into the payload\nUploading ... 55.64kB/s\nerror: uploading the source layer sha256:ca9154981764613b2849b53c599da7a3a7037f772173af642815c3e91bea7060 failed: unable to upload layer sha256:ca9154981764613b2849b53c599da7a3a7037f772173af642815c3e91bea7060 to destination repository: unknown blob\n2018/12/07 22:30:45 Container release in pod release-latest failed, exit code 1, reason Error",
        raw_is_log=True, also_ok=[LOST, S500],
        note="the installer's `images` job mirroring a release payload: reported as 'likely a registry bug/flake' in CI's registry, not installer-specific; later runs passed and it was closed as rotten"),
    reg("goharbor/harbor#17898", "registry", LOST, True, "service", None,
        "[2022-11-30T17:34:06.289Z] 25a7d722ac72: Pushed\n[2022-11-30T17:34:07.847Z] blob upload unknown",
        cmd="docker push", also_ok=[BLOB, S500],
        note="Harbor 2.5.1: a Jenkins job pushing many images hits 'random failures'; the registry pod logs blob unknown for the HEAD just before; other pushes from the same job pass"),
    # --- manifests refused ----------------------------------------------------------------------------------------------
    reg("GoogleContainerTools/jib#2230", "registry", REJECT, True, "service", None,
        "[2020-01-14T18:31:18.250Z] [ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:1.8.0:build (default-cli) on project some-service: Tried to push image manifest for artifactory.xxxxx.com/dckr/some-service:17.1.0-SNAPSHOT but failed because: Registry may not support pushing OCI Manifest or Docker Image Manifest Version 2, Schema 2 | If this is a bug, please file an issue at https://github.com/GoogleContainerTools/jib/issues/new: 400 Bad Request\n[2020-01-14T18:31:18.250Z] [ERROR] {\"errors\":[{\"code\":\"MANIFEST_INVALID\",\"message\":\"manifest invalid\",\"detail\":{\"description\":\"Could not find item at docker-sc-release_local:dckr/some-service/_uploads/sha256__8e3d9783c8401812e442d0302c2b2f75456c9fc4a689d684bce2961b97ecf908\"}}]}\n[2020-01-14T18:31:18.250Z] [ERROR] -> [Help 1]",
        cmd="mvn -T4 jib:build", host_alt=["artifactory.xxxxx.com"], also_ok=[BLOB, OCI],
        note="'sporadically, as any multithreading issue' in a parallel multi-module build: Artifactory cannot find the just-uploaded blob in its _uploads area when the manifest arrives (serial builds pass); the message's OCI wording is Jib's generic guess, the registry does take v2-2"),
    reg("open-policy-agent/gatekeeper#665", "registry", "registry.request_rejected", False, "service", None,
        "ERROR: failed commit on ref \"manifest-sha256:cf45078539d967014f41593b81f702079247e8261cf48919d06d3391da55d66f\": unexpected status: 401 UNAUTHORIZED",
        cmd="make docker-push-release", host_alt=["quay.io"], also_ok=["credentials.unauthorized", REJECT],
        note="buildx pushing two tags of one image to quay.io: the first tag goes through and Quay answers 401 to the second manifest commit, every time (moby/buildkit#1440); not a credential problem; the maintainers weighed pushing to Docker Hub instead"),
    reg("langfuse/langfuse#4864", "registry", REJECT, False, "service", None,
        "aba337309a79: Pushed\n78561cef0761: Layer already exists\nmanifest invalid: manifest invalid",
        cmd="docker push xxx.xxx.com/langfuse/langfuse:latest", also_ok=[OCI, ATTEST],
        note="retagging the published langfuse image into a company Artifactory: every layer is accepted and the manifest is refused, the same on each try; the report stays unconfirmed (the registry's format support is the suspect, not a transient error)"),
    reg("goharbor/harbor-helm#1364", "registry", "registry.misconfigured", False, "service", "regbeecloud.hrlyit.com:443",
        "The push refers to repository [regbeecloud.hrlyit.com:443/base/test001]\n499a9af0c1bb: Pushing [==================================================>]  49.18MB/49.18MB\n4e0a79ccb899: Pushing [==================================================>]  1.708MB/1.708MB\nf562a1750889: Pushing [==================================================>]  1.818MB/1.818MB\nerror parsing HTTP 400 response body: invalid character '<' looking for beginning of value: \"<html>\\r\\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\\r\\n<body>\\r\\n<center><h1>400 Bad Request</h1></center>\\r\\n<center>The plain HTTP request was sent to HTTPS port</center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n\"",
        cmd="docker push regbeecloud.hrlyit.com:443/base/test001", also_ok=["registry.request_rejected", "build.https_required"],
        note="Harbor behind an https nginx and an http ingress: the registry hands out absolute upload URLs for the wrong scheme until `relativeurls: true` is set in its config; every push fails the same"),
    # --- OCI indexes and media types older registries refuse ------------------------------------------------------
    reg("goharbor/harbor#11932", "registry", OCI, False, "service", "harbor.zhangguanzhang.com",
        "Uploading manifest list failed, attempted the following formats: application/vnd.docker.distribution\n.manifest.list.v2+json(Error uploading manifest v0.3.7 to harbor.zhangguanzhang.com/admin/gcr.io_k8s-staging-metrics-server_metrics-server: unknown: Manifest.list is not supported.), application/vnd.oci.image.index.v1+json(Error upl\noading manifest v0.3.7 to harbor.zhangguanzhang.com/admin/gcr.io_k8s-staging-metrics-server_metrics-server: received unexpected HTTP status: 500 Internal Server Error",
        cmd="skopeo copy --all docker://gcr.io/k8s-staging-metrics-server/metrics-server:v0.3.7 docker://harbor.zhangguanzhang.com/admin/gcr.io_k8s-staging-metrics-server_metrics-server:v0.3.7", also_ok=[S500],
        note="Harbor 1.10.2 takes neither a Docker manifest list nor an OCI index (multi-arch support came with Harbor 2.0); the lines are wrapped where the reporter's paste wrapped them"),
    reg("goharbor/harbor#11328", "registry", OCI, False, "service", "harbor.svc.example.com",
        "Writing manifest to image destination\nDEBU[0000] PUT https://harbor.svc.example.com/v2/library/testapp/manifests/latest\nDEBU[0000] Writing manifest using preferred type application/vnd.oci.image.manifest.v1+json failed: Error writing manifest: Error uploading manifest latest to harbor.svc.example.com/library/testapp: received unexpected HTTP status: 500 Internal Server Error\nERRO[0000] Error copying image to the remote destination: Error writing manifest: Error uploading manifest latest to harbor.svc.example.com/library/testapp: received unexpected HTTP status: 500 Internal Server Error",
        cmd="podman push --log-level=debug harbor.svc.example.com/library/testapp:latest", also_ok=[S500, "build.tool_incompatible"],
        note="Harbor 1.10.1's quota middleware does not know the OCI manifest type podman pushes by default and answers 500 (OCI support arrived in 2.0; #10952); pushing in Docker v2s2 format works, a re-run does not"),
    reg("goharbor/harbor#12590", "registry", OCI, False, "service", None,
        "failed to solve: rpc error: code = Unknown desc = failed commit on ref \"index-sha256:3cffdecb58a35f02b1d27c49e6ddd11c4f34dfce98f5d353cd54430316aefad3\": unexpected status: 415 Unsupported Media Type",
        cmd="docker buildx build --push --platform linux/arm64,linux/amd64 -t xxxxxx:xxxx/library/openjdk:8u252 .", also_ok=["registry.request_rejected"],
        note="'how to push multi architecture image to harbor': the Harbor in use refuses the buildx image index with 415; the per-arch layers and manifests go up, the index never does, on every push"),
    reg("docker-archive-public/docker.app#563", "registry", OCI, False, "service", "42.dkr.ecr.ap-northeast-1.amazonaws.com",
        "fixing up \"42.dkr.ecr.ap-northeast-1.amazonaws.com/foo:latest\" for push: failed commit on ref \"manifest-sha256:1afb531555cd4b90a66401f98a87a6c9672f78042813bf53d31c3141f06fd612\": unexpected status: 405 Method Not Allowed",
        cmd="docker app push ./example-voting-app.dockerapp --platform linux/amd64 -t 42.dkr.ecr.ap-northeast-1.amazonaws.com/foo", also_ok=["registry.request_rejected"],
        note="2019: the CNAB bundle push copies manifest lists into ECR, which did not accept them then ('likely to be an issue on ECR side'); every push fails at the same commit"),
    reg("docker/build-push-action#858", "registry", OCI, False, "service", None,
        "ERROR: failed to solve: error writing manifest blob: failed commit on ref \"sha256:4687663fb448331fc11fb478d2ac366ad4c598483b2039aac67392a710e2db47\": unexpected status: 400 Bad Request\nError: buildx failed with: ERROR: failed to solve: error writing manifest blob: failed commit on ref \"sha256:4687663fb448331fc11fb478d2ac366ad4c598483b2039aac67392a710e2db47\": unexpected status: 400 Bad Request",
        head=["Run docker/build-push-action@v4"], raw_is_log=True, also_ok=["builder.cache_export_unsupported"],
        note="the commenter's ECR case: `cache-to: type=registry` writes BuildKit's cache manifest as an index ECR would not store (aws/containers-roadmap#876); 'the only solution I've found is to comment out the cache section'"),
    reg("earthly/earthly#3714", "registry", OCI, False, "service", "123.dkr.ecr.eu-central-1.amazonaws.com",
        "Error: error writing manifest blob: failed commit on ref \"sha256:823...540\": unexpected status from PUT request to https://123.dkr.ecr.eu-central-1.amazonaws.com/v2/build-cache/manifests/explicit-cache-test: 400 Bad Request",
        cmd="earthly --remote-cache=123.dkr.ecr.eu-central-1.amazonaws.com/build-cache:foo-explicit-cache --push +foo", also_ok=["builder.cache_export_unsupported"],
        note="ECR accepts a cache only as an OCI image manifest, while earthly's BuildKit writes it as an image index, so the explicit cache fails after all blobs are up, every run (the '823...540' is the reporter's elision)"),
    reg("falcosecurity/falcoctl#302", "registry", OCI, False, "service", None,
        "response status code 405: unsupported: Invalid parameter at 'ImageManifest' failed to satisfy constraint: 'Invalid JSON syntax'",
        cmd="falcoctl registry push", also_ok=["registry.request_rejected", "build.tool_incompatible"],
        note="ECR's manifest constraints (a mediaType it requires) refuse the OCI artifact falcoctl writes; basic auth works, the push never does until falcoctl changes its manifest"),
    # --- the builds' own: names and tags ----------------------------------------------------------------------------
    bld("MarcSkovMadsen/holoviz-mcp#63", REF,
        "Run # Test that the image can be pulled and run\ninvalid reference format: repository name (MarcSkovMadsen/holoviz-mcp) must be lowercase\nError: Process completed with exit code 1.",
        raw_is_log=True, also_ok=["build.tag_not_found"],
        note="IMAGE_NAME is `${{ github.repository }}`, which keeps the owner's capitals; every run fails before any registry is asked"),
    bld("neurogenomics/rworkflows#109", REF,
        "Login Succeeded\nBuilding image [ghcr.io/neurogenomics/HPOExplorer:0.99.11 ghcr.io/neurogenomics/HPOExplorer:latest ghcr.io/neurogenomics/HPOExplorer:latest]\ninvalid argument \"ghcr.io/neurogenomics/HPOExplorer:0.99.11\" for \"-t, --tag\" flag: invalid reference format: repository name must be lowercase\nSee 'docker build --help'.\nError: exit status 125",
        raw_is_log=True, host_alt=["ghcr.io"],
        note="packages with capitals in their names (HPOExplorer) get a GHCR tag from `github.repository`; the login passes and the tag is refused by docker itself; fixed by passing the lowercased package name"),
    bld("konstructio/kubefirst#771", REF,
        "metaphor-frontend-publish-ccb0f59-k2npz-build-push-493683026: #19 ERROR: invalid reference format: repository name must be lowercase",
        cmd="argo logs metaphor-frontend-publish-ccb0f59-k2npz",
        note="the generated publish workflow builds the image name from the GitHub username, here capitalised (CristhianF7); the project lowercased it"),
    bld("macbre/push-to-ghcr#12", REF,
        "Building the Docker image: ghcr.io/TheHolm/meraki-dashboard-promethus-exporter:latest ...\n  invalid argument \"ghcr.io/TheHolm/meraki-dashboard-promethus-exporter:latest\" for \"-t, --tag\" flag: invalid reference format: repository name must be lowercase\n  See 'docker build --help'.\n  Error: Process completed with exit code 125.",
        raw_is_log=True, host_alt=["ghcr.io"],
        note="the action tags with `${{ inputs.repository }}/${{ inputs.image_name }}`, both defaulting to the capitalised repository; the workaround is a lowercase image_name input"),
    bld("pulp/pulp_container#490", REF,
        "Copying blob b2d5eeeaba3a [--------------------------------------] 8.0b / 5.6MiB\nError: error copying image to the remote destination: Error writing blob: Error initiating layer upload to /v2/ina/blobs/uploads/ in localhost:24817: name invalid: Invalid repository name.",
        cmd="podman push localhost:24817/ina", host="localhost:24817", also_ok=["registry.request_rejected", NO_REPO],
        note="Pulp then refused a one-component repository name when a namespaced one (ina/tst) already existed; the same push to a two-part path works (the limitation was later lifted), never a retry"),
    bld("GoogleContainerTools/kaniko#429", REF,
        "error pushing image: failed to push to destination $IP_OF_REGISTRY/project/project:latest: TAG_INVALID: \"manifest tag did not match URI\"",
        cmd="/kaniko/executor --context testimtest/ --dockerfile testimtest/Dockerfile --insecure --destination $IP_OF_REGISTRY/project/project:latest", also_ok=[REJECT, OCI],
        note="kaniko into an on-prem registry: the reporter closed it with 'problem was about image', the image reference given to the registry, not a registry fault"),
    # --- the builds' own: projects and repositories that do not exist --------------------------------------------------
    bld("goharbor/harbor#890", NO_REPO,
        "The push refers to a repository [172.28.32.23:8808/openresty/openresty]\nc28ad65e74ab: Preparing\n0aeb287b1ba9: Preparing\nunauthorized: authentication required",
        cmd="docker push 172.28.32.23:8808/openresty/openresty", host="172.28.32.23:8808", also_ok=["credentials.unauthorized"],
        note="logged in, but the Harbor project `openresty` was never created; Harbor deliberately answers 'authentication required' rather than say the project is missing"),
    bld("goharbor/harbor#20544", NO_REPO,
        "The push refers to repository [image.harbor.com/harbor-registryctl]\n8c8e4274f70f: Retrying in 5 seconds\ncdef8cae2c49: Retrying in 5 seconds\nbd20c4f45bc4: Retrying in 5 seconds\nb00285e03979: Retrying in 5 seconds\n50d4a017d046: Retrying in 5 seconds\n6a65c62b44a3: Waiting\n55596c913966: Waiting",
        cmd="docker push image.harbor.com/harbor-registryctl:v2.10.2", host="image.harbor.com", also_ok=[S500, "registry.upload_lost"],
        note="the image name has no Harbor project component; the client retries its layers forever instead of failing ('You need to create a namespace(project) before pushing')"),
    bld("oras-project/oras#601", "build.manifest_blobs_missing",
        "Error: PUT \"https://registry-1.docker.io/v2/pengfeizhou/spark2.4/manifests/1.0.0\": unexpected status code 400:\nmanifest blob unknown: blob unknown to registry; manifest blob unknown: blob unknown to registry; manifest\nblob unknown: blob unknown to registry; manifest blob unknown: blob unknown to registry",
        cmd="oras manifest push docker.io/pengfeizhou/spark2.4:1.0.0 manifest.json", host="registry-1.docker.io", also_ok=[BLOB, "registry.manifest_incomplete"],
        note="the manifest names blobs that were never pushed to that repository: 'You need to push the blob first then the manifest'; closed as user error (trailing blanks trimmed)"),
    # --- the builds' own: attestations and formats a registry cannot store ------------------------------------------------
    B.build_in("registry", "koordinator-sh/koordinator#3194", ATTEST,
               "failed to push registry.cn-beijing.aliyuncs.com/koordinator-sh/koord-<target>:latest:\ndenied: unknown manifest class for application/vnd.oci.empty.v1+json",
               component="registry", host="registry.cn-beijing.aliyuncs.com", also_ok=[OCI, "registry.request_rejected"],
               note="newer buildx on the runners attaches provenance/SBOM as OCI 1.1 attestation manifests by default; Aliyun ACR denies that class, so every build-and-push on main failed for five weeks until the PR set provenance: false and sbom: false"),
    B.build_in("registry", "magda-io/magda#3769", ATTEST,
               "ERROR: failed to solve: failed to push ...: unknown: blob unknown to registry",
               component="registry", host_alt=["registry.gitlab.com"], also_ok=[BLOB, "registry.manifest_incomplete"],
               note="since BuildKit 0.32 the attestation manifest's subject is the new image manifest, which GitLab's registry insists already exists; a fresh commit's push fails every time (moby/buildkit#7007); fixed with BUILDX_NO_DEFAULT_ATTESTATIONS=1 (the '...' is the PR's own elision)"),
    bld("opcr-io/policy#149", "build.tool_incompatible",
        "oras push manifest failed: unexpected status from PUT request to <ecr-url>/manifests/latest: 405 Method Not Allowed\nfailed to push one or more policies: oras push manifest failed: unexpected status from PUT request to <ecr-url>/manifests/latest: 405 Method Not Allowed",
        cmd="policy push $ECR_REPO:latest", also_ok=[OCI, "registry.request_rejected"],
        note="policy CLI 0.2.4's dependency bump packs manifests as ORAS PackManifestVersion1_1_RC4, which ECR refuses ('Invalid JSON syntax' behind the 405); CLI 0.2.1 pushes fine, so the job's tool version is the cause"),
    B.build_in("builder", "CircleCI-Public/aws-ecr-orb#262", "builder.manifest_list_unexpected",
               "+ docker --context builder buildx build -f ./Dockerfile -t ********************************************/**************:none --platform linux/amd64,linux/arm64 --progress plain --load --build-arg PCLOUDKEY=************************************************ .\n#1 [internal] booting buildkit\n#1 pulling image moby/buildkit:buildx-stable-1\n#1 pulling image moby/buildkit:buildx-stable-1 2.0s done\n#1 creating container buildx_buildkit_silly_williamson0\n#1 creating container buildx_buildkit_silly_williamson0 0.7s done\n#1 DONE 2.7s\nERROR: docker exporter does not currently support exporting manifest lists\n\nExited with code exit status 1\n\nCircleCI received exit code 1",
               component="builder", raw_is_log=True, also_ok=["build.tool_incompatible", OCI],
               note="the orb's build-and-push-image with push-image: false adds --load to a two-platform build; the docker exporter cannot load a manifest list, so it fails before any ECR call, every run"),
]
