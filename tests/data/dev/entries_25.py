"""Dev-set entries, batch 25 (container image pushes and the logins before them, in CI: docker/login-action and
`docker login` with empty secrets or a non-TTY prompt, `aws ecr get-login-password` cut off on the way, a credential
store or helper the runner lacks, az acr login failing intermittently; Docker Hub tokens without write scope, ICR's and
Quay's refusals, GAR's token exchange, a helm regression asking Quay for pull scope only; ECR's immutable tags and
repositories that must exist first; helm's OCI tags; kaniko, jib, crane, sinker, operator-courier and podman; Harbor's
quotas (one answered as a 500), Nexus refusing to update an asset, ACR refusing a '+' tag, nginx in front of a registry
answering 413; EOFs, resets and timeouts mid-upload). Mostly logs whose registry host is named only by the command, the
tag, `The push refers to repository [...]` or a `pushing` line. `err` is verbatim from the source (a GitHub thread found
with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (a Markdown link around a URL or a
line number, bold markers, a blockquote marker) only that markup was dropped, never a word of the log. Hosts follow the
README's strict rule: a host is given only where a line of the log names it; an inferred, masked or placeholder one goes
in host_alt."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import e, github_source

PULLS = {"osscontainertools/kaniko#204", "kubernetes/kubernetes#58757"}
HUB = ["docker.io", "registry-1.docker.io"]


def src(ref: str) -> str:
    return github_source(ref, PULLS)


def r(ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None, err: str, t: str = "raw",
      **kw: Any) -> dict[str, Any]:
    return e("registry", src(ref), component, cause, retry, blame, host, t, err, **kw)


E = [
    # --- logins that never reached the registry, or a runner that cannot store what it got ------------------------
    r("docker/login-action#90", "credentials", "credentials.unauthorized", False, "build", None,
      "Run docker/login-action@f054a8b539a109f9f41c372932f1ae047eff08c9\n  with:\n    username: correctUsername\n    logout: true\n  env:\n    DOCKERHUB_PASS: \n    DOCKERHUB_USER: ozone2021\nError: Username and password required",
      host_alt=HUB, raw_is_log=True,
      note="the password comes from an environment secret the job cannot read (the env block shows it empty): the action refuses before any request; the reporter: 'Should it be asterisks if it exists?'"),
    r("docker/login-action#17", "credentials", "credentials.unauthorized", False, "build", None,
      "Error: Must provide --username with --password-stdin",
      head=["Run docker/login-action@v1"], host_alt=HUB, raw_is_log=True,
      note="the reporter: the workflow read secrets.DOCKERHUB_USERNAME while the secret was named DOCKERHUB_USER, so the username was empty; the maintainer makes the input required"),
    r("Tribler/tribler#6951", "credentials", "credentials.unauthorized", False, "build", None,
      "Run docker login -u $DOCKER_USER -p $DOCKER_PASSWORD\nError: Cannot perform an interactive login from a non TTY device\nError: Process completed with exit code 1.",
      host_alt=HUB, raw_is_log=True,
      note="labelled bug, closed: with the secrets empty in that run the CLI falls back to prompting, which a CI step cannot answer (the line-number link in '1' dropped); configuration, not the registry"),
    r("aws/aws-cli#7621", "connectivity", "connectivity.eof", False, "local", "api.ecr.ca-central-1.amazonaws.com",
      'Connection was closed before we received a valid response from endpoint URL: "https://api.ecr.ca-central-1.amazonaws.com/". Error: Cannot perform an interactive login from a non TTY device',
      cmd="aws ecr get-login-password --region region | docker login --username AWS --password-stdin aws_account_id.dkr.ecr.region.amazonaws.com",
      also_ok=["connectivity.reset"],
      note="the maintainer: 'some networking issue like VPN or firewall that's blocking the connection' to the ECR API endpoint (the reporter's proposed fix: disable the firewall); docker's TTY complaint only follows the empty token"),
    r("docker/login-action#575", "local", "local.credential_store", False, "local", None,
      "Retrieving registries data through AWS SDK...\nAWS Public ECR detected with us-east-1 region\nLogging into public.ecr.aws...\nError: Error saving credentials: error storing credentials - err: exit status 1, out: `The stub received bad data.`",
      head=["Run docker/login-action@v2"], host_alt=["public.ecr.aws"], raw_is_log=True,
      note="labelled bug, on the Windows runner: the login succeeds but the runner's wincred credential store refuses the long public ECR token; every run on that runner fails the same way"),
    r("GoogleContainerTools/skaffold#6972", "local", "local.credential_helper_missing", False, "local", None,
      '#16 exporting to image\n#16 exporting layers done\n#16 exporting manifest sha256:3991ea3ac5c3369ffa2bb60972fbaa3114f0f02150334820f1e6b84d0ffeed3a done\n#16 exporting config sha256:8b451dc8be49e7827e220a134504c567afba5418d4313c2098acc2cebb34829d done\n#16 pushing layers\n#16 pushing layers 0.6s done\n#16 ERROR: error getting credentials - err: exec: "docker-credential-gcloud": executable file not found in $PATH, out: ``\n------\n > exporting to image:\n------\nerror: failed to solve: error getting credentials - err: exec: "docker-credential-gcloud": executable file not found in $PATH, out: ``\nbuilding custom artifact: exit status 1',
      cmd="skaffold dev",
      note="the docker config names gcloud as a credential helper (from `gcloud auth configure-docker`) but the environment the IDE runs the build in has no gcloud on PATH; no registry was asked"),
    r("kubernetes/kubernetes#58757", "credentials", "credentials.unauthorized", False, "build", None,
      "$ gcloud docker -- push gcr.io/mikedanese-k8s/kube-addon-manager:latest\nERROR: Docker CLI operation failed:\n\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError saving credentials: error storing credentials - err: exit status 1, out: `docker-credential-gcr/helper: this operation is unsupported for GCR, please see docker-credential-gcr documentation for supported login methods. 'gcloud docker' is unnecessary when using docker-credential-gcr, use 'docker' instead.`\n\nERROR: (gcloud.docker) Docker login failed.",
      host_alt=["gcr.io"],
      note="the PR drops `gcloud docker --` from the image pushes: with docker-credential-gcr configured the wrapper's own login is refused by the helper; fixed in the Makefile, no registry involved"),
    r("CDCgov/prime-reportstream#13310", "connectivity", "connectivity.unreachable", True, "service", "pdhstagingcontainerregistry.azurecr.io",
      "WARNING: The login server endpoint suffix '.azurecr.io' is automatically omitted.\nERROR: Could not connect to the registry login server 'pdhstagingcontainerregistry.azurecr.io'. Please verify that the registry exists and the URL 'https://pdhstagingcontainerregistry.azurecr.io/v2/' is reachable from your environment.\nTry running 'az acr check-health -n pdhstagingcontainerregistry --yes' to diagnose this issue.",
      cmd="az acr login --name pdhstagingcontainerregistry.azurecr.io", also_ok=["connectivity.timeout"],
      note="'intermittent failure' of the ACR login in GitHub Actions; the issue adds retry attempts around the login"),
    # --- tokens that log in but may not push ---------------------------------------------------------------------------
    r("spinalcordtoolbox/spinalcordtoolbox#5286", "credentials", "credentials.insufficient_scope", False, "build", "auth.docker.io",
      "failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Aneuropoly%2Fsct%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized: access token has insufficient scopes",
      t="bpa_err", image="neuropoly/sct:7.4.dev0", host_alt=HUB,
      note="a read-only Docker Hub token (DOCKER_RO_PAT) given to a build meant only to load, but the composite action's push input reached build-push-action as true, so BuildKit asked for push scope; configuration"),
    r("IBM/actions-ibmcloud-iks#10", "credentials", "credentials.insufficient_scope", False, "build", "us.icr.io",
      "The push refers to repository [us.icr.io/***/hello-python]\n\ndenied: insufficient scope\nError: Process completed with exit code 1.",
      cmd="docker push $REGISTRY_HOSTNAME/$ICR_NAMESPACE/$IMAGE_NAME:$GITHUB_SHA", raw_is_log=True,
      note="IBM Cloud Container Registry refusing the push for the API key's access to that namespace (the namespace is masked); the starter workflow's configuration, every run the same; the host only in the push line"),
    r("releaseworks/hellonode#2", "credentials", "credentials.push_denied", False, "build", "registry.hub.docker.com",
      "[getintodevops-hellonode] Running shell script\n+ docker push registry.hub.docker.com/getintodevops/hellonode:21\nThe push refers to a repository [registry.hub.docker.com/getintodevops/hellonode]\ncba63da76181: Preparing\n6c433c4837ac: Preparing\na6e26591f7fe: Preparing\n2895be281ac1: Preparing\nab90d83fa34a: Preparing\n8ee318e54723: Preparing\ne6695624484e: Preparing\nda59b99bbd3b: Preparing\n5616a6292c16: Preparing\nf3ed6cb59ab0: Preparing\n654f45ecb7e3: Preparing\n2c40c66f7667: Preparing\n8ee318e54723: Waiting\ne6695624484e: Waiting\nda59b99bbd3b: Waiting\n5616a6292c16: Waiting\nf3ed6cb59ab0: Waiting\n654f45ecb7e3: Waiting\n2c40c66f7667: Waiting\ndenied: requested access to the resource is denied\nscript returned exit code 1",
      host_alt=HUB, raw_is_log=True,
      note="a Jenkins pipeline copied from a tutorial pushes into the tutorial author's namespace: 'you do not have push rights to the getintodevops/hellonode docker repository'; fixed by building under one's own account"),
    r("harness/harness#1960", "credentials", "credentials.push_denied", False, "build", None,
      "docker:\n##############\ndenied: access forbidden\nexit status 1\nexit code 1",
      host_alt=["registry.gitlab.com"], raw_is_log=True,
      note="Drone's docker plugin pushing to registry.gitlab.com (named only in the .drone.yml, not the log) with a password secret added by hand; GitLab's registry refuses the credentials' push; a support question, closed"),
    r("operator-framework/operator-courier#30", "credentials", "credentials.push_denied", False, "build", None,
      'ERROR:operatorcourier.push:{"error":{"code":"forbidden","details":{"package":"cmoulliard/component-operator","scopes":["create"]},"message":"Unauthorized access for: cmoulliard/component-operator"}}\n\nFailed to push to app registry: Quay.io answered: \'forbidden\' (Unauthorized access for: cmoulliard/component-operator)',
      cmd='operator-courier push deploy/olm-catalog cmoulliard component-operator v0.1.0 "$AUTH_TOKEN"', host_alt=["quay.io"],
      note="the maintainer: 'your robot account may not have push access to the repository you specified without explicitly adding it'; a robot account can only push to repositories it was granted"),
    r("GoogleContainerTools/jib#3680", "credentials", "credentials.token_failed", False, "build", "europe-west3-docker.pkg.dev",
      'Step #0 - "packageApp": [ERROR] Caused by: com.google.cloud.tools.jib.api.RegistryAuthenticationFailedException: Failed to authenticate with registry europe-west3-docker.pkg.dev/scc-build-docker/show-service/show-service because: 403 Forbidden\nStep #0 - "packageApp": [ERROR] GET https://europe-west3-docker.pkg.dev/v2/token?service=europe-west3-docker.pkg.dev&scope=repository:scc-build-docker/show-service/show-service:pull,push\nStep #0 - "packageApp": [ERROR] {"errors":[{"code":"DENIED","message":"Permission \\"artifactregistry.repositories.downloadArtifacts\\" denied on resource \\"projects/scc-build-docker/locations/europe-west3/repositories/show-service\\" (or it may not exist)"}]}',
      also_ok=["credentials.push_denied", "credentials.insufficient_scope"],
      note="Quarkus' Jib push from Cloud Build to Artifact Registry: the token exchange is refused because the build's identity lacks the repository's reader/writer role (kind/user-question); the Markdown links Google's tracker wrapped around the URLs dropped"),
    r("helm/helm#32144", "credentials", "credentials.insufficient_scope", False, "build", "quay.io",
      'Error: failed to perform "Exists" on destination: HEAD "https://quay.io/v2/my-org/charts/my-chart/manifests/sha256:...": response status code 401: Unauthorized',
      cmd="helm push /tmp/my-chart.tgz oci://quay.io/my-org/charts", also_ok=["credentials.unauthorized"],
      note="helm >= 3.18 asks Quay's token endpoint for pull scope only (traced with a MITM proxy: 3.17 asked pull and pull,push), so a robot with Creator rights is refused on a fresh chart; a client regression, the same every run until helm is pinned or fixed"),
    # --- ECR: immutable tags, repositories that must exist -------------------------------------------------------------
    r("moby/buildkit#3776", "registry", "registry.request_rejected", False, "build", None,
      "ERROR: tag invalid: The image tag '<tag>' already exists in the '<ecr-repo>' repository and cannot be overwritten because the repository is immutable.",
      cmd="docker buildx bake -f docker-compose.ci.yml <service-name> --push --provenance=false",
      note="the maintainer: expected behaviour, the registry refuses to move an immutable tag; a re-run with the same tag fails the same way (the reporter asks how to skip existing tags)"),
    r("osscontainertools/kaniko#204", "registry", "registry.request_rejected", False, "build", None,
      "INFO[0007] Pushing image to <account>.dkr.ecr.eu-west-1.amazonaws.com/<project>:728f59c9deaa5e22a153c31ee2f01317341220660aaba5acf286b5cd9d247ca8 \nerror pushing image: failed to push to destination <account>.dkr.ecr.eu-west-1.amazonaws.com/<project>:728f59c9deaa5e22a153c31ee2f01317341220660aaba5acf286b5cd9d247ca8: PUT https://<account>.dkr.ecr.eu-west-1.amazonaws.com/v2/<project>/manifests/728f59c9deaa5e22a153c31ee2f01317341220660aaba5acf286b5cd9d247ca8: TAG_INVALID: The image tag '728f59c9deaa5e22a153c31ee2f01317341220660aaba5acf286b5cd9d247ca8' already exists in the '<project>' repository and cannot be overwritten because the tag is immutable.",
      host_alt=["<account>.dkr.ecr.eu-west-1.amazonaws.com", "dkr.ecr.eu-west-1.amazonaws.com"],
      note="the PR's 'before' output: kaniko re-pushing a content-hash tag that already exists in an immutable ECR repository; the PR makes kaniko ignore that refusal. The account part of the host is a placeholder"),
    r("actions/starter-workflows#2647", "build", "build.invalid_reference", False, "build", None,
      "name unknown: The repository with name 'public.ecr.aws/a1e6v7a9/myrepo' does not exist in the registry with id 'xxx'\nError: Process completed with exit code 1.",
      cmd="docker push $ECR_REGISTRY/$ECR_REPOSITORY:$IMAGE_TAG", raw_is_log=True, also_ok=["registry.request_rejected"],
      note="the reporter: 'I should have used repository name instead of repository URI' in ECR_REPOSITORY (the bold markers dropped)"),
    r("plexsystems/sinker#55", "registry", "registry.request_rejected", False, "build", None,
      "$ sinker push\nINFO[0000] Finding images that need to be pushed ...    \nError: push: image exists at remote: get image: GET https://<account-number>.dkr.ecr.ap-southeast-2.amazonaws.com/v2/coreos/prometheus-operator/manifests/v0.40.0: NAME_UNKNOWN: The repository with name 'coreos/prometheus-operator' does not exist in the registry with id '<account-number>'",
      host_alt=["<account-number>.dkr.ecr.ap-southeast-2.amazonaws.com", "dkr.ecr.ap-southeast-2.amazonaws.com"],
      also_ok=["build.invalid_reference"],
      note="ECR does not create a repository on push; after creating it by hand the same command pushed ('All images have been pushed!')"),
    # --- registries refusing what was sent: quotas, policies, manifests ---------------------------------------------
    r("goharbor/harbor#17390", "registry", "registry.request_rejected", False, "service", "test.harbor.com",
      "[root@localhost ~]# docker push test.harbor.com/library/ubuntu\nThe push refers to repository [test.harbor.com/library/ubuntu]\n629d9dbab5ed: Pushing  80.35MB\ndenied: adding 29.0 MiB of storage resource, which when updated to current usage of 152.4 MiB will exceed the configured upper limit of 10.0 MiB.",
      note="Harbor's project storage quota is full (the issue's 'before' output; the PR makes Harbor refuse at the upload's start): nothing changes until the quota is raised or images are deleted"),
    r("goharbor/harbor#8688", "registry", "registry.request_rejected", False, "service", "10.184.64.157",
      "~/harbor-tst/harbor# docker push 10.184.64.157/library/postgres:jt\nThe push refers to repository [10.184.64.157/library/postgres]\nb07a445f2bbe: Layer already exists\n20ce01b5a27f: Layer already exists\n10731cced086: Layer already exists\nf3770cb1e616: Layer already exists\n41a11ca907b1: Layer already exists\n52dec37e8405: Layer already exists\nfbec570c0136: Layer already exists\nce2813200d75: Layer already exists\n4b1516981157: Layer already exists\n235b155548bc: Layer already exists\nb3cda402d3b2: Layer already exists\nf471b002050c: Layer already exists\n748e596c77e9: Layer already exists\nd56055da3352: Layer already exists\nreceived unexpected HTTP status: 500 Internal Server Error",
      also_ok=["registry.server_error"],
      note="the project's count quota is exceeded and Harbor 1.8 answers the manifest with a 500 (the issue changes it to a 400 for 1.9): a 500 that no re-run passes"),
    r("GoogleContainerTools/jib#3057", "registry", "registry.request_rejected", False, "service", "coe-dcr.vimpelcom.global",
      '[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:2.7.1:build (default-cli) on project adhocer-taxon-desc-back: Tried to push image manifest for coe-dcr.vimpelcom.global/test-maven-project:1.1.1_275 but failed because: other: blob upload invalid | If this is a bug, please file an issue at https://github.com/GoogleContainerTools/jib/issues/new: 400 Bad Request\n[ERROR] PUT https://coe-dcr.vimpelcom.global/v2/test-maven-project/manifests/1.1.1_275\n[ERROR] {"errors":[{"code":"BLOB_UPLOAD_INVALID","message":"blob upload invalid","detail":"Repository does not allow updating assets: coe-docker"}]}',
      cmd="mvn jib:build",
      note="a Nexus docker-hosted repository with redeploy disabled: an image with the same content already exists under another tag, and Nexus refuses to update that shared asset even for a new tag; every push of that image fails"),
    r("GoogleContainerTools/jib#534", "registry", "registry.request_rejected", False, "build", None,
      '[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:0.9.2:build (build-docker-image) on project jengel-service: Build image failed: Tried to push image manifest for $OUR_REGISTRY/sre/jengel-test:jib but failed because: manifest invalid (something went wrong) | If this is a bug, please file an issue at https://github.com/GoogleContainerTools/jib/issues/new: 400 Bad Request\n[ERROR] {"errors":[{"code":"MANIFEST_INVALID","message":"manifest invalid","detail":{"description":"null"}}]}',
      cmd="mvn package",
      note="labelled P0 and fixed in a jib release: Artifactory logs the uploaded manifest as null (jib 0.9.2 sent it without a Content-Length Artifactory accepted); fails every time on that plugin version; the registry's name is a placeholder"),
    r("GoogleContainerTools/jib#3021", "registry", "registry.server_error", True, "service", None,
      "FAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':serviceproblem:consumer:jib'.\n> com.google.cloud.tools.jib.plugins.common.BuildStepsExecutionException: Tried to push image manifest for artifactory/../../ but failed because: Registry may not support pushing OCI Manifest or Docker Image Manifest Version 2, Schema 2 | If this is a bug, please file an issue at https://github.com/GoogleContainerTools/jib/issues/new",
      cmd="./gradlew jib", also_ok=["registry.request_rejected"],
      note="'we are getting below error intermittently'; the maintainer: 'If you are getting the error intermittently, almost certainly it's an issue of the registry (seems Artifactory here)', which answers MANIFEST_INVALID under concurrency"),
    r("google/go-containerregistry#709", "registry", "registry.request_rejected", False, "service", "localhost:5000",
      "2020/04/09 17:11:42 failed to copy index: PUT http://localhost:5000/v2/rancher/configmap-reload/manifests/sha256:b05388ba7436e57f4c7289ea598708e6868a8c43a19110968851e99a478dfd22: multiple errors returned: UNKNOWN: unknown error; UNKNOWN: unknown error; map[]; MANIFEST_BLOB_UNKNOWN: blob unknown to registry; sha256:85bcf813f547ea541f45281e987b5006b02919ed404f96d666d30402bfcf1f85",
      cmd="crane copy rancher/configmap-reload:v0.3.0-rancher2 localhost:5000/rancher/configmap-reload:v0.3.0-rancher2",
      also_ok=["registry.server_error"],
      note="the registry's own log in the thread: 'invalid URL on layer' (a Windows image's foreign layer URLs, which a plain distribution registry refuses unless configured to allow them); the same copy fails every time"),
    # --- proxies in front of registries: request size -----------------------------------------------------------------
    r("SteveLTN/https-portal#100", "registry", "registry.request_rejected", False, "service", "hub.logful.top",
      'docker push hub.logful.top/node\nThe push refers to a repository [hub.logful.top/node]\neaf747b8be7f: Pushed\n3a9f3dd4c49c: Pushing [==================================================>]  55.32MB/55.32MB\n1d13cfbbfeb2: Pushed\nbfa30f97c0f4: Pushed\n7381522c58b0: Pushing [==================================================>]  322.7MB/322.7MB\necd70829ec3d: Waiting\nd70ce8b0dad6: Waiting\n18f9b4e2e1bc: Waiting\nerror parsing HTTP 413 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
      note="the HTTPS portal's nginx in front of the registry limits request bodies; fixed with CLIENT_MAX_BODY_SIZE=0 (the maintainer: 'this is how you configure it')"),
    r("pulp/pulp-operator#330", "registry", "registry.request_rejected", False, "service", None,
      "Error: writing blob: uploading layer chunked: StatusCode: 413, <html>\n<head><title>413 Request Entity Too Large<...",
      note="'Seems related to nginx config. we need a bigger max_body_size for containers': the operator's nginx in front of Pulp's registry; configuration"),
    # --- EOFs, resets and timeouts mid-upload --------------------------------------------------------------------------
    r("openshift/origin#12866", "connectivity", "connectivity.eof", True, "service", "172.30.73.132:5000",
      "2017-02-08T08:52:34.262056000Z Successfully built 7b7dcd0d5989\n2017-02-08T08:52:34.274373000Z Pushing image 172.30.73.132:5000/extended-test-build-dockerfile-env-4l7wt-rwr6k/centos:latest ...\n2017-02-08T08:52:35.340670000Z Pushed 1/2 layers, 52% complete\n2017-02-08T08:52:45.404597000Z Pushed 2/2 layers, 100% complete\n2017-02-08T08:52:45.840130000Z Registry server Address: \n2017-02-08T08:52:45.840421000Z Registry server User Name: serviceaccount\n2017-02-08T08:52:45.840650000Z Registry server Email: serviceaccount@example.org\n2017-02-08T08:52:45.840852000Z Registry server Password: <<non-empty>>\n2017-02-08T08:52:45.841054000Z error: build error: Failed to push image: unexpected EOF",
      also_ok=["registry.server_error"],
      note="kind/test-flake: 'Flaking due to EOF from the registry' (the cluster's integrated registry); disk space was fine"),
    r("moby/moby#11677", "connectivity", "connectivity.eof", True, "service", "cdn-registry-1.docker.io",
      "5297b7baddb7: Pushing [============>                                      ] 1.342 GB/5.386 GB 43m24s\n2015/03/24 00:43:10 Failed to upload layer: Put https://cdn-registry-1.docker.io/v1/images/5297b7baddb7892d985240b35d7cf6cec88da7f7ca5e4a43f28903eb779f3304/layer: EOF",
      host_alt=["docker.io"], also_ok=["registry.server_error"],
      note="a 5 GB layer to Docker Hub cut off after 43 minutes; the reporter: 'this worked second time'"),
    r("docker/build-push-action#677", "connectivity", "connectivity.reset", True, "service", "docker.io",
      "# docker push s4lab/gipsy-isabelle-json:01\nThe push refers to repository [docker.io/s4lab/gipsy-isabelle-json]\nb68e74309b55: Layer already exists \nde98b9f8fd80: Layer already exists \nbcb5c1af8be7: Layer already exists \nb56ea151cdd2: Pushing [==================================================>]  1.175GB/1.175GB\nddab9d46cf0a: Retrying in 7 seconds \n3a7fbd0f6730: Layer already exists \n616580336390: Layer already exists \nf72eb47951a7: Layer already exists \n6ff9be13d005: Layer already exists \ncc9d18e90faa: Layer already exists \n0c2689e3f920: Layer already exists \n47dde53750b4: Layer already exists \nwrite tcp 10.0.2.15:51090->54.83.42.45:443: write: broken pipe",
      host_alt=["registry-1.docker.io"], also_ok=["connectivity.eof"],
      note="two GB-sized layers cycling through push and retry until the connection to Docker Hub breaks; the next attempt in the thread gets further (closed without a change on anyone's side); the host only in the push line"),
    r("moby/moby#20936", "connectivity", "connectivity.client_timeout", True, "local", "docker.io",
      "The push refers to a repository [docker.io/frenchben/web]\n5337962fb724: Retrying in 1 seconds\n98adb06e69de: Retrying in 1 seconds\n49ecea76e30a: Layer already exists\n5f70bf18a086: Layer already exists\n0d0fa4de8acb: Layer already exists\n043931f236f1: Layer already exists\n41d3fc1df098: Layer already exists\na8b175ca575f: Pushing 31.11 MB/283.6 MB\n03b230c843be: Layer already exists\n598247df110f: Pushing  20.3 MB/122.2 MB\n73f5baaa4cd9: Retrying in 1 seconds\neb5e3e1e7351: Retrying in 1 seconds\nnet/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
      host_alt=["registry-1.docker.io"], also_ok=["connectivity.timeout"],
      note="'Unless you have a strong enough connection, pushing seems to be very difficult': parallel layer uploads saturate a slow home uplink until the client's own timeouts fire; sometimes a push gets through"),
    r("estesp/manifest-tool#84", "connectivity", "connectivity.eof", True, "service", None,
      '2020/02/07 19:46:14 pushing by spec\ntime="2020-02-07T19:46:15Z" level=error msg="Error trying v2 registry: http: unexpected EOF reading trailer" \ntime="2020-02-07T19:46:15Z" level=fatal msg="Inspect of image \\"grafana/loki:master-675a5f3-amd64\\" failed with error: http: unexpected EOF reading trailer" \n2020/02/07 19:46:15 exit status 1',
      host_alt=HUB, also_ok=["registry.server_error"],
      note="Drone's manifest plugin pushing a multi-arch list to Docker Hub: 'if we re-run the job, sometimes the error won't happen'; the maintainer could inspect the image fine"),
    # --- helm's OCI tags, a GHCR upload session lost, a podman regression ------------------------------------------
    r("helm/helm#10250", "build", "build.invalid_reference", False, "build", None,
      "helm push ifam-8.7.3+unicode.tgz oci://xxxx.amazonaws.com\nError: unexpected status: 400 Bad Request",
      head=["helm package --app-version 8.7.3+unicode --version 8.7.3+unicode ifam"], host_alt=["xxxx.amazonaws.com"],
      also_ok=["registry.request_rejected"],
      note="helm >= 3.7 uses the chart version as the OCI tag and '+' (semver build metadata) is not a valid tag character, so the registry answers 400; fixed in the chart's version, every push the same"),
    r("helm/helm#12728", "build", "build.invalid_reference", False, "build", None,
      "helm push app-0.1.2-066a0ae.tgz oci://428571310775.dkr.ecr.us-east-1.amazonaws.com/cbdc-backend-helm:0.1.2-066a0ae\nError: invalid_reference: invalid tag",
      host_alt=["428571310775.dkr.ecr.us-east-1.amazonaws.com"],
      note="the maintainer: helm infers the tag from the chart, so the destination must not carry one; the reporter: 'I don't need to pass in a version to the remote'; no request was made"),
    r("Azure/acr#460", "registry", "registry.request_rejected", False, "service", None,
      "$ helm chart push <acr name>.azurecr.io/helm/<chart name>:0.0.1+3167\nThe push refers to repository [<acr name>.azurecr.io/helm/<chart name>]\nref:     <acr name>.azurecr.io/helm/<chart name>:0.0.1+3167\ndigest:  b50e4849b365d2d3ff9e2fd762e46f77dc2dccd8e9c0b8a3d27e52fa109b1f33\nsize:    4.0 KiB\nname:    <chart name>\nversion: 0.0.1+3167\nError: failed commit on ref \"manifest-sha256:b50e4849b365d2d3ff9e2fd762e46f77dc2dccd8e9c0b8a3d27e52fa109b1f33\": unexpected status: 404 Not Found",
      host_alt=["<acr name>.azurecr.io", "azurecr.io"], also_ok=["build.invalid_reference"],
      note="labelled bug: ACR answers 404 to a manifest whose tag carries '+'; 'the same command with a dash instead of a plus sign succeeds', so no re-run of the same tag passes; the registry name is a placeholder"),
    r("GoogleContainerTools/jib#4301", "registry", "registry.server_error", True, "service", "ghcr.io",
      ' > com.google.cloud.tools.jib.plugins.common.BuildStepsExecutionException: Tried to push BLOB for ghcr.io/<org>/<repo> with digest sha256:<hash> but failed because: other: blob upload unknown to registry\nCaused by: com.google.api.client.http.HttpResponseException: 404 Not Found\nPUT https://ghcr.io/v2/<org>/<repo>/blobs/upload/<uuid>?digest=sha256:<hash>\n{"errors":[{"code":"BLOB_UPLOAD_UNKNOWN","message":"blob upload unknown to registry"}]}',
      cmd="./gradlew jib",
      note="'it fails frequently in the middle of the operation' on GitHub-hosted runners and 'every time when I manually re-run the failed job ... it succeeds on retry'; GitHub's support suspects jib retrying before the first upload failed (jib#2372): a flake either way"),
    r("containers/common#2123", "local", "local.client_regression", False, "local", None,
      "Getting image source signatures\nCopying blob sha256:38b40aba766b8cfd30c14ae2d26998668b33c771c9c7364684333d0de236d74a\nCopying blob sha256:6aa7c734bdf18d74c9aacd71a0fca1c93346879de7b5f743bbb7e4979777b401\nCopying blob sha256:2249eea5db0e73b91f7ae68667302a6f0503ccec1964bd87e7cc41f0cb14831d\nCopying blob sha256:05afd36989e87599be7d14243f5c5f39c12607863c69479d88ef9ec5f33a6bb7\nCopying blob sha256:5da3d903fc8c753ae3aad9a9277159ea9d4281027a5c26020cc700123fe97e6f\nCopying blob sha256:3cbf0e69cdb6e1024ce229a3b7dbbc43742ed6551ecba2bfc00407a0e8238399\nCopying blob sha256:65d2f740fb9eb8c2936ee855e6d64e10a97d2330518348be68648fb188208420\nCopying blob sha256:710091c81ca585edefbe55e77af458016976d9dc1674b56d286ffc2584194e23\nCopying blob sha256:2a1f794b41b7cd73739f40cd93def905be6912746d6ec2bf911b067f7546abc7\nError: unexpected EOF",
      cmd="podman push icr.io/.....", host_alt=["icr.io"], also_ok=["connectivity.eof"],
      note="labelled kind/bug: every push to IBM's registry ends in EOF on podman 5.2.0 'but worked with 4.9.3' (moved from podman to containers/common); a client regression, not a flake"),
]
