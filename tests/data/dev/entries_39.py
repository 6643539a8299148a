"""Dev-set entries, batch 39 (logging in to registries and pushing to them from CI. Logins: docker/login-action and
`docker login` without the secrets a fork or a script never passed, ECR Public asked from a region it does not serve,
an ECR login in one region with a password from another, an ECR login endpoint answering 404 once in hundreds, a
Quay robot the app-registry login did not yet accept, a Harbor refusing a login from Gitea Actions and one whose
nodes' clocks drifted, Docker Hub locking out an account after failed logins, a service principal az acr helm push
stopped accepting. Credential helpers: ecr-login that cannot store, osxkeychain refusing a locked keychain and a
duplicate item, docker-credential-gcr refusing `gcloud docker`, a wrapper without `version`, gcloud, desktop and pass
helpers missing from PATH. GHCR and GITHUB_TOKEN: a dependabot run and a GitHub App installation refused a package
write or create, image names without the owner namespace, a transient 403 on a manifest a re-run pushed. Pushes: an
ECR repository with immutable tags, tokens that expire during a multi-gigabyte layer (Docker Hub, docker_auth, a
private registry), a Harbor robot without pull, a Quay robot that cannot create repositories, an ECR role without
BatchCheckLayerAvailability, an Artifact Registry push without its credential helper, Docker Hub's library/ scope,
BuildKit's closed pipe on GHCR, Docker Hub pull limits. OCI media types: buildx 0.10's attestation index refused by
Yandex's registry, GCR refusing OCI manifest annotations and BuildKit cache manifests (GCR via earthly, Pulp), GitLab
refusing an attestation whose subject it has not seen, `docker manifest` refusing what buildx now pushes, a buildx
0.10.4 regression on a private Docker Hub repository). `err` is verbatim from the source (a GitHub thread found with
the search tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks, the
console's line-number gutter CodeBuild adds) only that markup was dropped, and the trailing blanks of a padded line
were trimmed, never a word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops
at the last whole log line; reporters' maskings and elisions ("xxx", "***", "<redacted>", "...") are kept as written.
Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing call; an
inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before the matcher saw any of
these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"atlanhq/application-sdk#2680", "schlagmichdoch/PairDrop#53", "rai-opensource/synchros2#51", "go-to-k/cdkd#438",
         "sourcegraph/sourcegraph-public-snapshot#61644", "docker/build-push-action#1593", "replicatedhq/kURL#3106"}

B = Batch(PULLS)
reg = B.family("registry")
cred = B.family("credentials")
bld = B.family("builder")
own = B.build("registry")

BPA = ["Run docker/build-push-action@v6"]
HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
SAVE = "Error saving credentials: error storing credentials - err: exit status 1, out: "
TOKEN_EXPIRY = ("the registry's bearer token expires before a multi-gigabyte layer finishes uploading, so the request after "
                "the big layer is refused; pushing it again takes as long, so a plain re-run fails the same")

E = [
    # --- logins: secrets that never reached the step -----------------------------------------------------------------
    cred("replicatedhq/kURL#3106", "credentials", "credentials.missing", False, "build", None,
         "Error: Cannot perform an interactive login from a non TTY device",
         also_ok=["credentials.unauthorized"],
         note="the deploy job's scripted `docker login` ran without a password and fell back to a prompt; the PR replaces it with docker/login-action@v2"),
    cred("certtools/intelmq#2157", "credentials", "credentials.missing", False, "build", None,
         "Run docker/login-action@v1\n(node:2702) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.\nError: Username and password required",
         raw_is_log=True, also_ok=["credentials.unauthorized"],
         note="the Docker image workflow also runs in contributors' forks, where the repository's Docker Hub secrets do not exist; the Node deprecation warning before it is noise"),
    # --- logins: ECR -------------------------------------------------------------------------------------------------
    cred("aws-actions/amazon-ecr-login#587", "credentials", "credentials.ecr_public_region", False, "build", "api.ecr-public.ap-southeast-1.amazonaws.com",
         "getaddrinfo ENOTFOUND api.ecr-public.ap-southeast-1.amazonaws.com",
         head=["Run aws-actions/amazon-ecr-login@v2"], also_ok=["dns.no_such_host"],
         note="registry-type public with the job's region ap-southeast-1: the README's troubleshooting 'ECR Public can only be logged into from the us-east-1 region', so that endpoint name does not exist"),
    cred("aws/aws-cli#5317", "credentials", "credentials.ecr_region_mismatch", False, "build", None,
         "Error response from daemon: login attempt to https://XXXXXXXXXXX.dkr.ecr.us-west-1.amazonaws.com/v2/ failed with status: 400 Bad Request",
         cmd="aws ecr get-login-password --region us-east-1 | docker -l \"debug\" login -u AWS --password-stdin XXXXXXX.dkr.ecr.us-west-2.amazonaws.com",
         host_alt=["XXXXXXXXXXX.dkr.ecr.us-west-1.amazonaws.com"], also_ok=["credentials.unauthorized", "credentials.token_failed"],
         note="the maintainer's reproduction: a 400 from the ECR login only when get-login-password's region differs from the registry's (the quote is theirs, hosts masked)"),
    reg("docker/for-mac#1876", "registry", "registry.server_error", True, "service", None,
        "11:59:07 Error response from daemon: Login: 404 page not found\n11:59:07  (Code: 404; Headers: map[Content-Length:[19] Content-Type:[text/plain; charset=utf-8] Date:[Mon, 17 Jul 2017 11:59:07 GMT] Docker-Distribution-Api-Version:[registry/2.0] X-Content-Type-Options:[nosniff]])",
        also_ok=["credentials.token_failed"],
        note="'It only happens for me once every few hundred times' in a job that logs in to ECR and pulls: the registry's login endpoint answers 404 at random, the next run passes"),
    # --- logins: Quay, Harbor, Docker Hub, ACR -------------------------------------------------------------------------
    cred("app-registry/appr-helm-plugin#9", "credentials", "credentials.unauthorized", False, "service", "quay.io",
         "cnr: error: 401 Client Error: UNAUTHORIZED for url: https://quay.io/cnr/api/v1/users/login",
         cmd="helm registry login -u upskill+push_bot -p abc",
         note="a Quay robot account logging in through the app-registry helm plugin: Quay did not accept robots on that login then; the maintainer changed quay.io ('it's fixed and deployed')"),
    cred("docker/login-action#584", "credentials", "credentials.unauthorized", False, "build", None,
         "Logging into docker.XXX.com...\n::error::Error response from daemon: Get \"https://docker.XXX.com/v2/\": unauthorized: authentication required",
         head=["Run docker/login-action@v2"], host_alt=["docker.XXX.com"],
         note="Gitea Actions logging in to a Harbor with secrets named DOCKERHUB_USERNAME/DOCKERHUB_TOKEN: Harbor refuses the credentials at /v2/ (closed without a change to the action)"),
    cred("goharbor/harbor#10840", "credentials", "credentials.unauthorized", False, "service", None,
         "Error response from daemon: Get https://<registry-name>/v2/: unauthorized: authentication required",
         also_ok=["local.clock_skew"],
         note="a robot account refused at login ('user does not exist, name: robot$temp' in core's log): 'the time on our worker nodes was out of sync. Once synced our login issue was resolved' (the registry's nodes, not the client)"),
    cred("docker/hub-feedback#1436", "credentials", "credentials.login_throttled", False, "service", "index.docker.io",
         "Pushing index.docker.io/ju2wheels/ansible:2.x-ubuntu-12.04...\nPush failed. Attempt 2 in 60 seconds.\nPush failed. Attempt 3 in 60 seconds.\nPush failed. Attempt 4 in 60 seconds.\nPush failed. Attempt 5 in 60 seconds.\n{u'message': u'toomanyrequests: too many failed login attempts for username or IP address'}",
         raw_is_log=True, also_ok=["registry.rate_limited"],
         note="Docker Hub's own automated builds locked out of pushing for 'a large number of my automated builds' by its failed-login throttle; the builder's retries hit the same lockout"),
    cred("Azure/azure-cli#9010", "credentials", "credentials.unauthorized", False, "service", None,
         "ERROR: Error: authentication required. Correlation ID: 753e02ea-9dd7-400e-878c-2647a66e5006.",
         cmd="az acr helm push -n $(registryName) something.tgz", also_ok=["credentials.push_denied"],
         note="an Azure DevOps pipeline logged in as a service principal with AcrPush: 'Today we're suddenly getting' this, nothing changed on their side; labelled Service Attention with a role workaround"),
    # --- credential helpers ------------------------------------------------------------------------------------------
    cred("awslabs/amazon-ecr-credential-helper#102", "credentials", "credentials.helper_failed", False, "build", None,
         "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n" + SAVE + "`not implemented`",
         cmd="eval $(aws ecr get-login --no-include-email)",
         note="a Travis build with credsStore ecr-login in ~/.docker/config.json still runs `docker login`: the ECR helper does not implement store; the reporter: stop using get-login with the helper"),
    cred("aws/aws-cli#3264", "credentials", "credentials.helper_failed", False, "local", None,
         SAVE + "`The user name or passphrase you entered is not correct.`",
         cmd="eval $(aws ecr get-login --region <my-region> --no-include-email)",
         note="macOS osxkeychain helper: the answers lock and unlock the login keychain (or drop the helper), a known docker-credential-helpers bug; the same command fails until then"),
    cred("go-to-k/cdkd#438", "credentials", "credentials.helper_failed", False, "local", None,
         SAVE + "`The specified item already exists in the keychain.`",
         cmd="cdkd deploy",
         note="the PR: a stale keychain entry for the ECR endpoint makes osxkeychain/wincred/pass reject the fresh ECR token; recovery is `docker logout <endpoint>` or dropping credsStore"),
    cred("docker/docker-credential-helpers#296", "credentials", "credentials.helper_failed", False, "local", None,
         SAVE + "`pass not initialized: exec: \"pass\": executable file not found in $PATH:`",
         cmd="docker login",
         note="credsStore pass on Debian with docker-credential-pass installed but `pass` itself missing or not set up; the maintainer: the helper requires pass installed and initialised"),
    cred("GoogleCloudPlatform/docker-credential-gcr#21", "credentials", "credentials.helper_failed", False, "build", None,
         "ERROR: Docker CLI operation failed:\n\n" + SAVE + "`docker-credential-gcr/helper: this operation is unsupported for GCR, please see docker-credential-gcr documentation for supported login methods. 'gcloud docker' is unnecessary when using docker-credential-gcr, use 'docker' instead.`\n\nERROR: (gcloud.docker) Docker login failed.\nmake: *** [push] Error 1",
         cmd="gcloud docker -- push gcr.io/k8s-testimages/kubekins-e2e:v20180119-64c9c32f7-master", host_alt=["gcr.io"],
         note="`gcloud docker` logs in through docker-credential-gcr, which refuses to store: with the helper configured plain `docker push` is the fix (test-infra went back and forth)"),
    cred("pottava/dockerized-ecr-credential-helper#3", "credentials", "credentials.helper_failed", False, "local", None,
         "[ERROR] DOCKER> Error getting the version of the configured credential helper [Process 'docker-credential-ecr-login version' exited with status 1]",
         note="fabric8's docker-maven-plugin calls the helper's `version`, which the README's dockerized wrapper script did not handle; the reporter's wrapper with a version case fixes it"),
    cred("engineerd/wasm-to-oci#12", "credentials", "credentials.helper_failed", False, "local", None,
         "Error: error getting credentials - err: exec: \"docker-credential-gcloud\": executable file not found in $PATH, out: ``",
         cmd="wasm-to-oci push target/wasm32-wasi/debug/demo.wasm gcr.io/<registry_path>", host_alt=["gcr.io"],
         note="config.json names the gcloud helper, which is not on this tool's PATH though `docker push` works; logging in with an access token instead works (confirmed in the thread)"),
    cred("lux4rd0/grafana-loki-syslog-aio#16", "credentials", "credentials.helper_failed", False, "local", None,
         "error getting credentials - err: exec: \"docker-credential-desktop\": executable file not found in $PATH, out:",
         cmd="docker-compose -f ./docker-compose.yml up -d",
         note="'It was because I had this credsStore option in my ~/.docker/config.json' naming the Docker Desktop helper on a machine without it; every pull fails until it is removed"),
    # --- GHCR and GITHUB_TOKEN ---------------------------------------------------------------------------------------
    cred("jidicula/clang-format-action#190", "credentials", "credentials.ghcr_write_denied", False, "build", None,
         "buildx failed with: ERROR: denied: installation not allowed to Write organization package",
         t="bpa_err", image="ghcr.io/jidicula/clang-format-action:latest", host_alt=["ghcr.io"],
         also_ok=["credentials.token_permissions", "credentials.push_denied"],
         note="Dependabot-triggered runs republishing the images: their GITHUB_TOKEN cannot write the package; fixed in the workflow (#191)"),
    cred("atlanhq/application-sdk#2680", "credentials", "credentials.ghcr_write_denied", False, "build", None,
         "permission_denied: installation not allowed to Create organization package",
         host_alt=["ghcr.io"], also_ok=["credentials.token_permissions", "credentials.push_denied"],
         note="a GitHub App installation token pushing a brand-new GHCR package: 'a real, org-level restriction on GitHub Apps creating brand-new GHCR packages'; the retest pushes to an existing package"),
    own("jestasecurity/thumper#48", "build.invalid_reference",
        "denied: permission_denied: The requested installation does not exist.",
        t="push", image="ghcr.io/jesta/thumper:latest", host_alt=["ghcr.io"], also_ok=["credentials.ghcr_write_denied"],
        note="'The image is set to ghcr.io/jesta/thumper but the repo owner is jestasecurity. GHCR requires the namespace to match the GitHub owner'; fixed by the image name"),
    own("schlagmichdoch/PairDrop#53", "build.invalid_reference",
        " ------\n > pushing ghcr.io/pairdrop:v1.1.2 with docker:\n------\nERROR: name invalid\nError: buildx call failed with: ERROR: name invalid",
        host="ghcr.io", head=BPA, raw_is_log=True, also_ok=["credentials.ghcr_write_denied"],
        note="the workflow tagged ghcr.io/pairdrop without the owner namespace; the PR fixes the image name"),
    reg("rai-opensource/synchros2#51", "registry", "registry.request_rejected", True, "service", "ghcr.io",
        "ERROR: failed to solve: failed to push ghcr.io/bdaiinstitute/ros_utilities_jammy_humble:pr-51: failed commit on ref \"manifest-sha256:1127d0daf00740d75dc22a4954ba6c10ddf7d20898ebeda1a40099957124635a\": unexpected status from PUT request to https://ghcr.io/v2/bdaiinstitute/ros_utilities_jammy_humble/manifests/sha256:1127d0daf00740d75dc22a4954ba6c10ddf7d20898ebeda1a40099957124635a: 403 Forbidden",
        head=BPA, also_ok=["registry.server_error"],
        note="a 403 on the manifest PUT in a PR build that pushes fine otherwise: 'Think it was just a network issue or something. Reran and its good'"),
    # --- pushes: refused by policy or permissions ---------------------------------------------------------------------
    reg("aws/containers-roadmap#862", "registry", "registry.tag_immutable", False, "build", None,
        "49faa1768b47: Pushed\n[DEPRECATION NOTICE] registry v2 schema1 support will be removed in an upcoming release. Please contact admins of the number.ecr.us-east-1.amazonaws.com registry NOW to avoid future disruption. More information at https://docs.docker.com/registry/spec/deprecated-schema-v1/\ntag invalid: The image tag 'latest' already exists in the 'app_service_image' repository and cannot be overwritten because the repository is immutable.\n[Container] 2020/04/26 18:07:43 Command did not exit successfully docker push $REPOSITORY_URI:latest exit status 1",
        raw_is_log=True, also_ok=["registry.request_rejected"],
        note="CodeBuild pushing :latest to an ECR repository that still enforces tag immutability (the reporter believed it off; AWS asked for more info): the same push is refused every time. The console's line-number gutter is dropped"),
    cred("goharbor/harbor#13973", "credentials", "credentials.insufficient_scope", False, "build", "harbor.10.186.36.58.xip.io",
         "The push refers to repository [harbor.10.186.36.58.xip.io/yinw/hello-world]\n9c27e219663c: Pushing [==================================================>]  15.36kB\nunauthorized: authentication required",
         cmd="docker push harbor.10.186.36.58.xip.io/yinw/hello-world:latest", also_ok=["credentials.push_denied", "credentials.unauthorized"],
         note="a Harbor system robot account given push but not pull: docker push needs both; Harbor's UI now selects pull with push (target 2.2.0)"),
    own("jaegertracing/jaeger#2498", "build.repository_missing",
        "+ docker push quay.io/jaegertracing/example-hotrod\nUsing default tag: latest\nThe push refers to repository [quay.io/jaegertracing/example-hotrod]\na93b60b49a79: Preparing\nunauthorized: access to the requested resource is not authorized\nError: Process completed with exit code 1.",
        host="quay.io", raw_is_log=True, also_ok=["credentials.push_denied", "credentials.unauthorized"],
        note="a Quay robot account cannot create repositories: 'repos must be manually created on quay first before the bot can push to them'; the maintainers created them"),
    cred("moby/moby#19010", "credentials", "credentials.permission_denied", False, "build", None,
         "The push refers to a repository [xxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/ubuntu] (len: 1)\n2bdece1db94a: Image push failed\nError parsing HTTP response: unexpected end of JSON input: \"\"",
         cmd="docker push xxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/ubuntu:xenial", host_alt=["xxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com"],
         also_ok=["credentials.push_denied", "registry.request_rejected"],
         note="the IAM policy lacks ecr:BatchCheckLayerAvailability (the thread's answer, cited by amazon-ecr-login#14): ECR's empty 403 body reads as a JSON error in old dockers"),
    cred("pulumi/actions#28", "credentials", "credentials.missing", False, "build", None,
         "Permission \"artifactregistry.repositories.downloadArtifacts\" denied on resource \"projects/<project>/locations/europe-west1/repositories/docker\" (or it may not exist)",
         host_alt=["europe-west1-docker.pkg.dev"], also_ok=["credentials.permission_denied", "credentials.push_denied", "credentials.unauthorized"],
         note="a Pulumi program's docker push to Artifact Registry inside the action, whose docker has no credential helper for the *-docker.pkg.dev host; the reporter reproduces it locally by removing the helper (an Owner service account)"),
    own("roboreg/roboreg#117", "build.invalid_reference",
        "buildx failed with: ERROR: failed to build: failed to solve: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Froboreg%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized: access token has insufficient scopes",
        t="bpa_err", image="roboreg:latest", host="auth.docker.io",
        also_ok=["credentials.insufficient_scope", "credentials.push_denied", "credentials.missing"],
        note="the scope asked is library/roboreg: the tag has no Docker Hub namespace, so the push targets the official-images namespace no token may write (labelled bug, closed)"),
    # --- pushes: tokens that expire during a long upload ---------------------------------------------------------------
    cred("moby/moby#33558", "credentials", "credentials.push_token_expired", False, "service", "docker.io",
         "The push refers to a repository [docker.io/******/******]\n0b339c269448: Pushing [==================================================>]  3.855GB\nc4071a1fcaf9: Layer already exists\n...Some similar logs ....\n638903ee8579: Layer already exists\nunauthorized: authentication required",
         cmd="docker push $DOCKER_ID_USER/***", also_ok=["credentials.unauthorized"],
         note="a 3.855GB layer to Docker Hub: the maintainer: 'Possibly the short-lived token that's used expires halfway'; after reinstalling and pushing again it fails the same. " + TOKEN_EXPIRY),
    cred("cesanta/docker_auth#240", "credentials", "credentials.push_token_expired", False, "service", None,
         "The push refers to repository [foo.bar/repo]\nPushing [==================================================>]  13.99GB\nLayer already exists\nLayer already exists\nLayer already exists\nLayer already exists\nLayer already exists\nLayer already exists\nLayer already exists\nunauthorized: authentication required",
         cmd="docker -D push foo.bar/repo:tag", host_alt=["foo.bar"], also_ok=["credentials.unauthorized"],
         note="a 14GB layer through docker_auth: the registry logs 'token not to be used after ...', the example config's expiration of 900s; raising it fixed the push. " + TOKEN_EXPIRY),
    cred("distribution/distribution#1616", "credentials", "credentials.push_token_expired", False, "service", "hub.c.163.com",
         "The push refers to a repository [hub.c.163.com/urs_test/oracle163] (len: 1)\n207424de7475: Image already exists\ndb134eae4865: Image already exists\n56e0fbe5d39f: Image already exists\n8bd8eceae969: Image already exists\n17f0540a53b0: Image already exists\nb049800c10ba: Image already exists\n2dd9f24a16c9: Image already exists\n0571f3e8d32f: Image already exists\nf8bbd873ee1c: Pushing [==================================================>] 6.865 GB\nunexpected EOF",
         cmd="sudo docker push hub.c.163.com/urs_test/oracle163", also_ok=["connectivity.eof", "credentials.unauthorized"],
         note="a 6.865GB layer: the registry's log shows 'error authorizing context: invalid token' on the upload's PATCH, the client sees only EOF. " + TOKEN_EXPIRY),
    # --- pushes: uploads cut on the registry side ---------------------------------------------------------------------
    reg("docker/build-push-action#761", "registry", "registry.cannot_reuse_body", True, "service", "ghcr.io",
        "buildx failed with: ERROR: failed to solve: failed to push ghcr.io/finchsec/kali:latest: failed to copy: io: read/write on closed pipe",
        t="bpa_err", image="ghcr.io/finchsec/kali:latest", also_ok=["registry.upload_lost", "connectivity.eof"],
        note="labelled upstream: GHCR answers 401 mid-upload of a large layer (the debug log) and BuildKit cannot resend the body; intermittent, the fix was a newer moby/buildkit"),
    # --- OCI media types and attestations ----------------------------------------------------------------------------
    reg("docker/buildx#1513", "registry", "registry.oci_index_unsupported", False, "service", None,
        "exporting to image\nexporting manifest sha256:633baadaa74008615f4fd0d19eba63a696a847c6ec3b7058a883204418b68192 0.0s done\nexporting config sha256:77db7689ffdb022a9a9d03ccf73f86aa17f2c4ecd7103e6440c5495df7fc20f6 done\nexporting attestation manifest sha256:4d8160c1d02c9276d0a44f813f9ffe7006754e7b160da44c716b956d43b97a53 0.0s done exporting manifest list sha256:c16a5d9f9dabeaf910344ed6a032bc53841b88dc44a51869ff94204ae53488e done\npushing layers\npushing layers 14.4s done\npushing manifest for registry.url/namspace/image:bb8432e8cce2b213e21251732c7d3edcb7c58d3@sha256:c16a5d99dabeaf910344ed6a032bc53841b838dc44a51869ff94204ae53488e 0.1s done\nERROR: failed to push registry.url/namspace/image:bb8432e8cce2b213e21251732c7d3edcb7cb58d3: failed commit on ref \"manifest-sha256:633baadaa74008615f4fd0d19eba63a696a847c6ec3b7058a883204418b68\": unexpected status: 400 Bad Request",
        head=BPA, also_ok=["builder.attestation_unsupported", "registry.request_rejected"],
        note="buildx 0.10's default provenance attestation turns the push into an OCI index with an attestation manifest that Yandex Cloud's registry refuses; provenance: false avoids it"),
    reg("sourcegraph/sourcegraph-public-snapshot#61644", "registry", "registry.oci_index_unsupported", False, "service", "us.gcr.io",
        "Error: PUT https://us.gcr.io/v2/sourcegraph-dev/postgres_exporter/manifests/sha256:28308fede05c533198ef486be4c116a9142080cb28b5a3de10d40db5786f67c5: UNKNOWN: Object metadata not supported for OCI manifest",
        also_ok=["registry.request_rejected"],
        note="images built end-to-end with Bazel (OCI manifests with annotations) pushed to Container Registry, which refuses them; the change was reverted"),
    reg("earthly/earthly#1291", "registry", "registry.oci_index_unsupported", False, "service", None,
        "               cache | WARN: (exporting cache) error writing manifest blob: failed commit on ref \"sha256:4df8679859ad0c6de6c3e6da8555bb9d987ad6a2e163f1cc52b65547cc150eb0\": unexpected status: 400 Bad Request\n               cache | [██████████] writing manifest sha256:4df8679859ad0c6de6c3e6da8555bb9d987ad6a2e163f1cc52b65547cc150eb0 ... 100%\nError: build target: build main: bkClient.Build: failed to solve: error writing manifest blob: failed commit on ref \"sha256:4df8679859ad0c6de6c3e6da8555bb9d987ad6a2e163f1cc52b65547cc150eb0\": unexpected status: 400 Bad Request",
        host_alt=["gcr.io"], also_ok=["builder.cache_export_unsupported"],
        note="--remote-cache to gcr.io: GCR does not take BuildKit's cache manifest (an index whose children are layers; moby/buildkit#1143, #2251), the same every run"),
    reg("pulp/pulp_container#1587", "registry", "registry.oci_index_unsupported", False, "service", None,
        "#20 writing cache manifest sha256:aab0bc0ce8d3b398d3a61724a079214b0f72cbd0b8e2ee76188fa2b1233a13ab\n#20 preparing build cache for export 151.3s done\n#20 writing cache manifest sha256:aab0bc0ce8d3b398d3a61724a079214b0f72cbd0b8e2ee76188fa2b1233a13ab 0.2s done\n#20 ERROR: error writing manifest blob: failed commit on ref \"sha256:aab0bc0ce8d3b398d3a61724a079214b0f72cbd0b8e2ee76188fa2b1233a13ab\": unexpected status from PUT request to https://pulp.<domain>/v2/<image>/manifests/latest: 400 Bad Request",
        t="bk_final", host_alt=["pulp.<domain>"], also_ok=["builder.cache_export_unsupported"],
        note="docker/build-push-action@v3 with a registry cache on Pulp 3.49 / pulp-container 2.19: the cache manifest PUT is refused with 400, every time"),
    reg("docker/build-push-action#1593", "registry", "registry.attestation_rejected", False, "service", "registry.gitlab.com",
        "#41 [auth] test1716/test:pull,push token for registry.gitlab.com\n#41 DONE 0.0s\n\n#40 exporting to image\n#40 pushing layers 6.2s done\n#40 pushing manifest for registry.gitlab.com/test1716/test:gh-runid-30906625924@sha256:24315ad91bbd1adaccda5231791fbb02d9f3ee36800907359411b7c7cdba1719\n#40 pushing manifest for registry.gitlab.com/test1716/test:gh-runid-30906625924@sha256:24315ad91bbd1adaccda5231791fbb02d9f3ee36800907359411b7c7cdba1719 0.6s done\n#40 ERROR: failed to push registry.gitlab.com/test1716/test:gh-runid-30906625924: unknown: blob unknown to registry - sha256:63adb36080a3ab14b9f318345734e94f75d748cb415475e941473177d541f726\n------\n > exporting to image:\n------\nERROR: failed to build: failed to solve: failed to push registry.gitlab.com/test1716/test:gh-runid-30906625924: unknown: blob unknown to registry - sha256:63adb36080a3ab14b9f318345734e94f75d748cb415475e941473177d541f726",
        t="bk_final", also_ok=["registry.oci_index_unsupported", "registry.manifest_incomplete"],
        note="newer BuildKit pushes the provenance as an OCI artifact whose subject is the image manifest, and GitLab's registry refuses it as 'blob unknown'; the PR sets BUILDX_NO_DEFAULT_OCI_ARTIFACT for GitLab until GitLab changes"),
    bld("kubernetes-sigs/aws-ebs-csi-driver#1489", "builder", "builder.manifest_list_unexpected", False, "build", None,
        "make[1]: Leaving directory '/home/runner/work/aws-ebs-csi-driver/aws-ebs-csi-driver'\ndocker manifest create --amend ***/aws-ebs-csi-driver:timescale-1.15-rc1 ***/aws-ebs-csi-driver:timescale-1.15-rc1-linux-amd64-amazon\n***/aws-ebs-csi-driver:timescale-1.15-rc1-linux-amd64-amazon is a manifest list",
        also_ok=["builder.attestation_unsupported"],
        note="buildx 0.10 on the hosted runner adds a provenance attestation by default, so each per-arch push is an index and `docker manifest create` refuses it as a source; --provenance=false restores single manifests"),
    bld("moby/buildkit#3491", "builder", "builder.manifest_list_unexpected", False, "build", None,
        "unsupported manifest media type and no default available: application/vnd.oci.image.manifest.v1+json",
        cmd="docker manifest inspect ${AWS_ACCOUNT_ID}.dkr.ecr.ap-southeast-2.amazonaws.com/server:${TAG}", also_ok=["builder.attestation_unsupported"],
        note="after BuildKit v0.11 pushed to ECR with OCI media types, the job's `docker manifest inspect` cannot read them; the maintainer: use `buildx imagetools inspect` or oci-mediatypes=false"),
    bld("docker/build-push-action#851", "builder", "builder.attestation_unsupported", False, "local", None,
        "buildx failed with: ERROR: Error response from daemon: manifest unknown: manifest unknown",
        t="bpa_err", image="acme/private:latest", host_alt=HUB, also_ok=["builder.manifest_list_unexpected", "registry.artifact_not_found"],
        note="build-push-action v4 with buildx v0.10.4 and a private Docker Hub repository: the image is pushed, then buildx's attestation-related change fails the step; buildx v0.10.3 passes"),
    # --- Docker Hub pull limits --------------------------------------------------------------------------------------
    reg("datalad/datalad-dataverse#47", "registry", "registry.dockerhub_pull_limit", True, "service", None,
        "ERROR: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\nBuild exited with code 1",
        raw_is_log=True, host_alt=HUB, also_ok=["registry.rate_limited"],
        note="an AppVeyor build pulling anonymously ('Docker hub is unhappy with our test frequency'); the fix is an authenticated pull, the window refills in hours"),
    reg("lambdaclass/ethrex#2633", "registry", "registry.dockerhub_pull_limit", True, "service", None,
        "Caused by: Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit",
        host_alt=HUB, also_ok=["registry.rate_limited"],
        note="'We see this every now and then' in workflows that pull without logging in; the plan is a project user and docker login in every workflow"),
]
