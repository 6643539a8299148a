"""Dev-set entries, batch 107 (container registries other than Docker Hub as CI jobs and build scripts meet them:
Amazon ECR and ECR Public, Azure Container Registry and the Microsoft Container Registry, gcr.io, k8s.gcr.io and
Artifact Registry, quay.io, GHCR, NVIDIA's nvcr.io, GitLab's registry, Oracle's registry, ttl.sh and a Cloudflare
Workers registry, Harbor, a self-hosted `registry:2`, a kind cluster's local registry and a CI's own pull-through
cache). The services' side: an ACR token endpoint timing out (and az acr login's 504 warning before it), GHCR's 503s
and its unauthenticated answers during GitHub incidents, gcr.io's TLS handshake timeouts under Prow, quay.io timing
out from an Azure region and cancelling a cri-o test's ping, MCR answering 403 to GitHub-hosted runners, nvcr.io's
502 on login and its anonymous token refused, gcr.io's Artifact Registry migration answering `denied` for a day,
ttl.sh and a Workers registry answering 413 behind Cloudflare, a Harbor behind HAProxy and a registry on NFS failing
uploads, and a CLI whose push sent ECR an empty blob. The runners' side: docker's config directory unwritable on a
self-hosted runner image, credential stores that cannot store the ECR token (a locked macOS keychain, the ecr-login
helper, a Windows stub), a CI's internal pull-through cache answering 500, broken Docker on recycled Helix machines
and a kind local registry never started. The rest, about a third, are the build's own mistakes that read like
registry failures: workflows whose token may not create or write an organisation's GHCR package, an image made
private on quay.io, misspelt quay.io repositories, a Kubernetes patch release never published to k8s.gcr.io, pulls
from GitLab's and GCR's registries without a docker login, Artifact Registry and Oracle tokens that do not
authenticate, invalid push credentials in a Jenkins job and a deploy that pulls an unqualified name built only on
a laptop. `err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a
thread quoted a log inside Markdown (code fences, blockquote markers, backticks, a link GitHub wrapped around a URL)
only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the
reporter's own words or is cut, the entry stops at the last whole log line. Elisions and masks ('***',
'<account-name>', 'ORG_XXX') are the reporters' own. Hosts follow the README's strict rule: a host is given only
where a line of the log names it for the failing call (a URL's host, or the host:port a write names); an image
reference's registry, a masked host or one named only in the reporter's prose goes in host_alt, and a build-itself
entry, whose failing call is no service's fault, carries none. Labels were set from the threads before the matcher
saw any of these logs."""
# ruff: noqa: E501, RUF001
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {
    "knative/serving#4372", "flatcar/mantle#435", "airbus/sen#173", "tridz-dev/huf#349",
    "kubevirt/hyperconverged-cluster-operator#1202", "IgorGanapolsky/trading#3536",
}  # fmt: skip

B = Batch(PULLS)
reg = B.family("registry")
conn = B.family("connectivity")
cred = B.family("credentials")
bld = B.build("registry")
loc = B.local()

GHCR_WRITE = "credentials.ghcr_write_denied"
NO_REPO = "build.repository_missing"
QUAY_DENIED = "unauthorized: access to the requested resource is not authorized"

E = [
    # --- the services' side: ACR, GHCR, gcr.io, quay.io, MCR, nvcr.io --------------------------------------------------
    conn("Azure/acr#77", "connectivity", "connectivity.client_timeout", True, "service", "zapic.azurecr.io",
         "Error response from daemon: Get https://zapic.azurecr.io/v2/image/name/manifests/tag: Get https://zapic.azurecr.io/oauth2/token?account=zapic&scope=repository%3Aimage%2Fname%3Apull&service=zapic.azurecr.io: net/http: request canceled (Client.Timeout exceeded while awaiting headers)",
         cmd='docker pull "zapic.azurecr.io/image/name:tag"', also_ok=["credentials.token_failed", "registry.metadata_timeout", "registry.token_timeout"],
         note="10 January 2018, a CI/CD pull from ACR on Ubuntu: 'This was all working yesterday, and there have been no changes to our CI/CD process'; the registry's oauth2/token endpoint times out, and the next day 'the problem no longer occurs' (blockquote markers dropped)"),
    cred("Azure/acr#77", "credentials", "credentials.token_service_error", True, "service", None,
         "WARNING: Unable to get AAD authorization tokens with message: Access to registry 'zapic.azurecr.io' was denied. Response code: 504.",
         cmd="az acr login --name zapic --resource-group zapic-test-acr", fatal=False, host_alt=["zapic.azurecr.io"],
         also_ok=["credentials.token_failed", "registry.gateway_timeout", "registry.auth_outage"],
         note="the same run's login step: az acr login exits 0 after this warning (the registry's token exchange answering 504), and the pull that follows times out; a day later both work unchanged"),
    reg("bridgecrewio/checkov-action#125", "registry", "registry.server_error", True, "service", "ghcr.io",
        'Error response from daemon: Head "https://ghcr.io/v2/bridgecrewio/checkov/manifests/2.3.51": received unexpected HTTP status: 503 Service Unavailable\n  Warning: Docker pull failed with exit code 1, back off 2.263 seconds before retry.',
        also_ok=["registry.outage", "github.outage"],
        note="1 March 2023: the action's image pull from GHCR answers 503; the maintainer, 'GitHub packages (https://ghcr.io) had a some issues', and the reporter, 'Yep, all good now' (the next line, cut by a link GitHub wrapped, dropped)"),
    reg("greenelab/lab-website-template#144", "registry", "registry.server_error", True, "service", None,
        "/usr/bin/docker pull ghcr.io/actions/jekyll-build-pages:v1.0.6\nError response from daemon: received unexpected HTTP status: 503 Service Unavailable\nError: Docker pull failed with exit code 1",
        raw_is_log=True, host_alt=["ghcr.io"], also_ok=["registry.outage", "github.outage"],
        note="25 November 2022: the Pages build's jekyll-build-pages image pull from GHCR answers 503 during a GitHub outage on githubstatus.com; the reporter, 'Just retried and worked fine'"),
    reg("EnricoMi/publish-unit-test-result-action#307", "registry", "registry.auth_outage", True, "service", None,
        "v1.38: Pulling from enricomi/publish-unit-test-result-action\n2408cc74d12b: Pulling fs layer\n2f22aa6a21a6: Pulling fs layer\nb7017d904e36: Pulling fs layer\n0b104bf00a69: Waiting\n00abd2ad2194: Waiting\neb7149e59b10: Waiting\n3899c6e458cc: Waiting\nc708ef03a3db: Waiting\nb58c806264a5: Waiting\n9c3f1c2099b9: Waiting\nerror pulling image configuration: unauthorized: unauthenticated: User cannot be authenticated with the token provided.",
        cmd="docker pull ghcr.io/enricomi/publish-unit-test-result-action:v1.38", host_alt=["ghcr.io"],
        also_ok=["credentials.unauthorized", "registry.permission_incident", "github.outage"],
        note="22 June 2022: a public action image on GHCR refuses anonymous pulls 'during our GitHub Action, but also on my local machine', reproduced by several users that day (the same day rtCamp/action-slack-notify#126 saw GHCR pulls fail); GitHub's side, the issue closed once pulls worked again"),
    conn("knative/serving#4372", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "gcr.io",
         'I0619 15:13:41.134] 2019/06/19 15:13:41 error processing import paths in "test/test_images/failing/service.yaml": Get https://gcr.io/v2/: net/http: TLS handshake timeout',
         also_ok=["connectivity.timeout", "registry.no_response"],
         note="19 June 2019, Prow integration tests building test images with ko: k4leung4, 'that does seem like a GCR flakiness issue, which we have limited control over. I agree a retry on network flakiness would be good', and /retest follows"),
    conn("cri-o/cri-o#8872", "connectivity", "connectivity.timeout", True, "service", "quay.io",
         'failed: pinging container registry quay.io: Get \\"https://quay.io/v2/\\": context canceled',
         cmd='crictl pull "$IMAGE_LIST_TAG"', also_ok=["connectivity.client_timeout", "registry.no_response"],
         note="December 2024, a flaky integration test (crictl pull in image.bats) on GitHub Actions: saschagrunert, 'This looks like a registry issue, I'm not sure we can do much about that ... It may be just a temporarily flake'; labelled not-reproducible"),
    conn("openshift/openshift-azure#1870", "connectivity", "connectivity.client_timeout", True, "service", "quay.io",
         "Get https://quay.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
         cmd="docker pull quay.io/openshift-on-azure/azure:v6.0", also_ok=["connectivity.timeout", "connectivity.registry_unreachable"],
         note="August 2019, the project's e2e VMs in Azure southcentral (later eastus) on Prow: pulls from quay.io time out 'from at least 11th august', while 'a previous docker pull succeeded' and 'eventually the pull succeeded' on the same VM; nothing in the jobs changed"),
    reg("microsoft/containerregistry#188", "registry", "registry.request_rejected", True, "service", "mcr.microsoft.com",
        "failed to solve: mcr.microsoft.com/playwright:v1.58.2-noble: failed to resolve source metadata for\nmcr.microsoft.com/playwright:v1.58.2-noble: unexpected status from HEAD request to\nhttps://mcr.microsoft.com/v2/playwright/manifests/v1.58.2-noble: 403 Forbidden",
        cmd="docker build .", also_ok=["registry.firewall_denied", "credentials.denied"],
        note="12 May 2026, a Docker build on GitHub Actions: MCR answers 403 to requests from Azure-hosted ranges (the issue's codespaces report, 'it seems that MCR is blocking that IP range'), and 'it is intermittent; it doesn't always happen' (the reporter's line wrapping kept)"),
    reg("NVIDIA/deepops#974", "registry", "registry.server_error", True, "service", "nvcr.io",
        "Error response from daemon: login attempt to https://nvcr.io/v2/ failed with status: 502 Bad Gateway",
        cmd="docker login nvcr.io", also_ok=["registry.outage", "credentials.auth_failed"],
        note="30 May 2021, the built-in HPL test fetching its container: 'login always fails with 502 even with propper API keys', others saw the same on NVIDIA's forum; ctierneynv, 'Sometimes NGC is not available. Please try pulling the container again', and two days later 'registry is now avaiable again'"),
    cred("NVIDIA-ISAAC-ROS/isaac_ros_common#82", "credentials", "credentials.token_failed", False, "service", None,
         "failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to authorize: rpc error: code = Unknown desc = failed to fetch anonymous token: unexpected status: 401 Unauthorized\nFailed to build base image: isaac_ros_dev-x86_64, aborting.",
         cmd="./scripts/run_dev.sh", host_alt=["nvcr.io"], also_ok=["credentials.token_service_error", "credentials.missing"],
         note="July 2023, run_dev.sh building FROM nvcr.io/nvidia/isaac/ros: nvcr.io's anonymous token request answers 401 for several users; the reporters got past it by logging in to nvcr.io, and an NVIDIA engineer: 'You should not need to login in order to build/pull docker images, this is an issue that should be solved' (blockquote markers dropped)"),
    reg("validator/validator#1753", "registry", "registry.request_rejected", True, "service", "gcr.io",
        'Error response from daemon: Head "https://gcr.io/v2/validator/validator/manifests/latest": denied: Artifact Registry API has not been used in project 215900959124 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/artifactregistry.googleapis.com/overview?project=215900959124 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.',
        cmd="docker pull gcr.io/validator/validator:latest", also_ok=["registry.gcr_shutdown", "registry.permission_incident"],
        note="1 October 2024, during GCR's move to Artifact Registry: the public image's gcr.io path answers 'denied' for the project's disabled Artifact Registry API (the issue links two earlier reports); the next day the reporter: 'works today', nothing changed on the pulling side"),
    B.entry("builder", "radius-project/radius#7855", "builder", "builder.tool_regression", False, "service", None,
            'Failed to publish Bicep file "test/testrecipes/test-bicep-recipes/rabbitmq-recipe.bicep" to "<account-name>.dkr.ecr.us-east-2.amazonaws.com/test-ecr:1.0"\nSomething went wrong Cause: PUT "https://<account-name>.dkr.ecr.us-east-2.amazonaws.com/v2/test-private-ecr/blobs/uploads/47552bfb-e8f7-41ad-9c07-310446dc14?digest=sha256%3Ae3b0c44298fc1c149afbf4c8996fb927ae41e4649b934ca495991b7852b855": response status code 400: blob upload invalid: The upload with id \'47552bfb-e8f7-41ad-9c07-314186dc14\' in the repository with name \'test-ecr\' in registry with id \'<account-name>\' cannot be completed because it does not have any parts.',
            cmd="rad bicep publish --file test/testrecipes/test-bicep-recipes/rabbitmq-recipe.bicep --target br:<account-name>.dkr.ecr.us-east-2.amazonaws.com/test-ecr:latest",
            host_alt=["<account-name>.dkr.ecr.us-east-2.amazonaws.com"], also_ok=["registry.request_rejected", "registry.upload_lost"],
            note="August 2024, rad 0.37.0: the CLI pushes the config blob with nil data (the digest is the empty blob's), which ECR, unlike other registries, refuses as an upload with no parts; fixed in the CLI by radius-project/radius#7887 ('ECR thorws following error when Data is nil'), every push until then"),
    reg("chainguard-dev/melange#964", "registry", "registry.body_too_large", False, "service", "ttl.sh",
        "ℹ️  x86_64    | pushing build image (336 MB) to ttl.sh/melange@sha256:1ad1922ac8ff36abe5dd8ffd5cdb301c91c23a2cf985eb7caf79966d7d9a4579\nℹ️  x86_64    | error publishing build image: PATCH https://ttl.sh/v2/melange/blobs/uploads/8fa98fe0-fa80-405b-a147-721005c1746f?_state=REDACTED: unexpected status code 413 Request Entity Too Large: <html>\n<head><title>413 Request Entity Too Large</title></head>\n<body>\n<center><h1>413 Request Entity Too Large</h1></center>\n<hr><center>cloudflare</center>\n</body>\n</html>\n❌  x86_64    | ERROR: failed to build package. the build environment has been preserved:",
        cmd="melange build", also_ok=["registry.request_rejected", "registry.html_response"],
        note="January 2024: melange pushes its 336 MB build image to ttl.sh, whose Cloudflare front answers 413 to the single-PATCH layer upload; a size limit of the service, so every such build fails until the image or the registry changes (the links GitHub wrapped around the URLs dropped)"),
    reg("cloudflare/serverless-registry#67", "registry", "registry.body_too_large", False, "service", None,
        "The push refers to repository [***/***]\n3416903c2cc4: Pushed\n83687aeafbbf: Pushed\n83ecbf43a888: Pushed\nb15b1df4adac: Pushing [==================================================>]  2.006GB\nbea30ebbe843: Pushed\n8afeff4e91d7: Pushed\n6ec2b659c9ab: Pushed\n566cd9dd29d6: Pushed\n256d88da4185: Pushed\n\nerror parsing HTTP 413 response body: invalid character '<' looking for beginning of value: \"<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body>\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>cloudflare</center>\\r\\n</body>\\r\\n</html>\\r\\n\"",
        cmd="docker push", host_alt=["***"], also_ok=["registry.html_response", "registry.request_rejected"],
        note="October 2024, a 2 GB layer pushed to the Workers-hosted registry: Cloudflare's request size limit answers 413; the maintainer: docker push cannot upload such layers, 'You'll need the push tool mentioned at ... known-limitations' (trailing blanks after 'Pushed' trimmed)"),
    reg("goharbor/harbor#20279", "registry", "registry.upload_lost", False, "service", "harbordc.ubiwhere.com",
        "The push refers to repository [harbordc.ubiwhere.com/test-speed/1gb-random-file]\n613d42ba11ea: Pushing [==================================================>]  1.074GB\ne154057080f4: Pushing [==================================================>]   4.23MB\nreceived unexpected HTTP status: 500 writing request for harbordc.ubiwhere.com:80: write tcp 10.255.2.3:43868->91.209.16.33:80: write: broken pipe",
        cmd="docker push harbordc.ubiwhere.com/test-speed/1gb-random-file:latest", also_ok=["registry.server_error", "connectivity.reset"],
        note="April 2024, a Kubernetes Harbor exposed through the datacenter's OPNsense HAProxy: large layers retry and end with the proxy cutting the upload; the reporter: 'I think the issue might be my configurations HaProxy and Harbor's internal proxy conflict', every large push until the proxy setup changes"),
    reg("distribution/distribution#3959", "registry", "registry.server_error", True, "service", None,
        "The push refers to repository [192.168.1.160:5000/memcached]\n2673c5275026: Pushing [==================================================>]  1.536kB\n37798b5c3545: Pushing [==================================================>]  3.584kB\nc3d0c54d0d2d: Retrying in 5 seconds\n948f22e2bb23: Retrying in 2 seconds\n589ac6537927: Pushing [==================================================>]  11.26kB\nefd1965f1684: Waiting\nreceived unexpected HTTP status: 500 Internal Server Error",
        cmd="docker push 192.168.1.160:5000/memcached", host_alt=["192.168.1.160"], also_ok=["registry.blob_unknown", "registry.upload_lost"],
        note="July 2023, a registry:2 on a k3s cluster with NFS storage: the registry logs 'blob unknown' and answers 500 to the upload; 'If I keep re-running the push it eventually gets up to the registry successfully per the terminal after recognizing the layer(s) already exist'"),
    # --- the runners' side: credential stores, runner images, the CI's own mirror -------------------------------------
    B.entry("local", "CloudSnorkel/cdk-github-runners#129", "local", "local.permission_denied", False, "local", None,
         "Error: Could not login to registry ***: WARNING! Using -*** the CLI is insecure. Use --password-stdin.\nWARNING! Your password will be stored unencrypted in /home/runner/.docker/config.json.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/engine/reference/commandline/login/#credentials-store\n\nError saving credentials: open /home/runner/.docker/config.json3597419489: permission denied",
         cmd="aws ecr get-login-password --region $REGION | docker login --username AWS --password-stdin $ACCOUNT_ID.dkr.ecr.$REGION.amazonaws.com",
         also_ok=["credentials.helper_failed", "local.runner_image_broken"],
         note="October 2022, the project's self-hosted runners: docker login to ECR cannot write the temporary config file in the runner user's .docker directory; 'when I run the same step on github servers, I get the same warning, but without the error' (the same failure as the project's #117 with amazon-ecr-login), the runner image's fault"),
    cred("JiRaska/open-bank-oss#37", "credentials", "credentials.keychain_locked", False, "local", None,
         "error saving credentials: error storing credentials - err: exit status 1,\nout: `User interaction is not allowed. (-25308)`",
         also_ok=["credentials.helper_failed", "local.credential_helper_missing"],
         note="1 July 2026, a Mac mini self-hosted runner: Docker's credsStore osxkeychain needs an interactive unlock the CI session cannot give; fixed by JiRaska/open-bank-oss#38, which strips credsStore from ~/.docker/config.json before the ECR login (the reporter's line wrap kept)"),
    cred("aws-actions/amazon-ecr-login#147", "credentials", "credentials.helper_failed", False, "local", None,
         "Error: Could not login: WARNING! Using -*** the CLI is insecure. Use --password-stdin.\nError saving credentials: error storing credentials - err: exit status 1, out: `not implemented`",
         head=["Run aws-actions/amazon-ecr-login@v1"], also_ok=["local.credential_helper_missing", "credentials.cloud_auth_refused"],
         note="March 2021, runners on EKS with IRSA: the role is assumed and the token fetched, but the runner's docker config hands the login to a credential helper whose store answers 'not implemented', so every login on those runners fails; the AWS side works ('other pipelines using it fine')"),
    cred("aws-actions/amazon-ecr-login#694", "credentials", "credentials.helper_failed", False, "local", None,
         "Logging into registry public.ecr.aws\nError: Could not login to registry public.ecr.aws: WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError saving credentials: error storing credentials - err: exit status 1, out: `The stub received bad data.`",
         head=["Run aws-actions/amazon-ecr-login@v2"], host_alt=["public.ecr.aws"], also_ok=["local.credential_helper_missing"],
         note="October 2024, a Windows job logging into ECR Public: the Windows credential store refuses the long ECR token ('The stub received bad data.'), the known aws-actions/amazon-ecr-login#106 that the reporter links; every run until the job avoids the wincred store"),
    reg("cloud-pi-native/console#2694", "registry", "registry.proxy_upstream_failed", False, "local", None,
        "Error response from daemon: received unexpected HTTP status: 500 Internal Server Error",
        cmd="docker pull registry-cache-ghcr:5000/cloud-pi-native/console/<img>:<TAG>", host_alt=["registry-cache-ghcr"],
        also_ok=["registry.server_error", "registry.mirror_miss"],
        note="7-8 September 2026: the merge queue's self-hosted runners pull through the cluster's internal GHCR pull-through cache registry-cache-ghcr:5000, which answers 500 for all five images; ten consecutive runs fail while PR CI on other runners passes, blocked 'jusqu'au rétablissement du cache ou son contournement' (the command's <img> and <TAG> are the issue's own placeholders)"),
    loc("dotnet/runtime#2209", "local.docker_daemon_broken", True,
        "Output:\nUnable to pull image mcr.microsoft.com/dotnet-buildtools/prereqs:nanoserver-1809-helix-amd64-61052b7-20190723211353\nExit Code:-4",
        host_alt=["mcr.microsoft.com"], also_ok=["local.runner_image_broken", "registry.pull_failed"],
        note="January 2020, Helix test queues on Windows: MattGal's query shows it happened on three machines only, where 'something really horked Docker starting from the first work item on these machines'; the machines were recycled and other runs pass"),
    conn("trstringer/otel-shopping-cart#2", "connectivity", "connectivity.refused", False, "local", "localhost",
        'docker push localhost:5001/otel-shopping-cart-cart:latest\nThe push refers to repository [localhost:5001/otel-shopping-cart-cart]\nGet "http://localhost:5001/v2/": dial tcp [::1]:5001: connect: connection refused\nmake: *** [push-images] Error 1',
        cmd="make deploy", also_ok=["connectivity.registry_unreachable", "build.service_unhealthy"],
        note="November 2023: the make target pushes to a kind local registry on localhost:5001 that was never started (only the kind node container runs); the maintainer: 'you need to have a local registry for the images', pointing to kind's local-registry script"),
    # --- the build's own: GHCR package permissions, private or misspelt repositories, missing logins -------------------
    bld("airbus/sen#173", GHCR_WRITE,
        "denied: installation not allowed to Write organization package",
        host_alt=["ghcr.io"], also_ok=["credentials.token_permissions", "credentials.push_denied"],
        note="29 August 2026, the PR: 'Publishing is refused ... Creating the package by hand moved the refusal from Create to Write; granting the repository Write and then Admin under Manage Actions access changed nothing. Both messages name the installation, so it is an organisation policy'; the PR stops publishing until the organisation allows it"),
    bld("devcontainers/template-starter#14", GHCR_WRITE,
        '{\n    "errors": [\n        {\n            "code": "DENIED",\n            "message": "installation not allowed to Create organization package"\n        }\n    ]\n}',
        host_alt=["ghcr.io"], also_ok=["credentials.token_permissions"],
        note="March 2023, the template's release workflow run from a new organisation's copy: the job token may not create the organisation's GHCR package; the reporter fixed it in the organisation's package and workflow permission settings and asks the template to document them"),
    bld("tridz-dev/huf#349", GHCR_WRITE,
        "permission_denied: write_package",
        host_alt=["ghcr.io"], also_ok=["credentials.token_permissions", "credentials.push_denied"],
        note="6 July 2026, the PR: both matrix legs built and only the push failed, because the GHCR package was first created by a manual docker push, so GITHUB_TOKEN was never added to its Manage Actions access list; fixed by logging in with a PAT scoped write:packages"),
    bld("kubevirt/hyperconverged-cluster-operator#1202", "credentials.pull_access_denied",
        "Unable to find image 'quay.io/kubevirtci/hco-test-build:v20210324-ade7f27' locally\ndocker: Error response from daemon: unauthorized: access to the requested resource is not authorized.",
        host_alt=["quay.io"], also_ok=["registry.package_private", NO_REPO],
        note="24 March 2021, the PR moving the test image from docker.io to quay.io: fgimenez, 'the image is there, but it is set as private. We should either make it public or add quay credentials to the job'; every Prow run until the repository is public"),
    bld("jetstack/kube-oidc-proxy#189", NO_REPO,
        "Error response from daemon: " + QUAY_DENIED,
        cmd="docker pull quay.io/jetstack/kube-proxy-oidc:v0.3.0", host_alt=["quay.io"], also_ok=["credentials.pull_access_denied", "build.tag_not_found"],
        note="March 2021: JoshVanL, 'the correct image is quay.io/jetstack/kube-oidc-proxy:v0.3.0'; quay.io answers a misspelt repository with the same not-authorized message as a private one, and the reporter: 'oh my bad'"),
    bld("vouch/vouch-proxy#505", NO_REPO,
        "Trying to pull quay.io/voucher/vouch-proxy:latest...\nError: initializing source docker://quay.io/voucher/vouch-proxy:latest: reading manifest latest in quay.io/voucher/vouch-proxy: " + QUAY_DENIED,
        cmd="podman pull quay.io/voucher/vouch-proxy:latest", host_alt=["quay.io"], also_ok=["credentials.pull_access_denied"],
        note="November 2022, podman: bnfinet, \"'voucher' in those image names should by 'vouch'... quay.io/vouch/vouch-proxy\"; a wrong namespace, every pull"),
    bld("flatcar/mantle#435", "build.tag_not_found",
        'cluster.go:117: failed to pull image "k8s.gcr.io/kube-apiserver:v1.24.14"',
        host_alt=["k8s.gcr.io"], also_ok=["registry.gcr_shutdown", "build.toolchain_version_unavailable"],
        note="19 May 2023, the PR: v1.26.5, v1.25.10 and v1.24.14 'started being not published to the old registry k8s.gcr.io', and the old kubeadm in the tests still pulls from there; fixed by moving the tests to the latest patch releases"),
    bld("ros-industrial/industrial_ci#239", "credentials.missing",
        "++ docker pull registry.gitlab.com/ORG_XXX/REPO_DDD:DOCKERIMG_TAG\nError response from daemon: Get https://registry.gitlab.com/v2/ORG_XXX/REPO_DDD/manifests/DOCKERIMG_TAG: denied: access forbidden",
        host_alt=["registry.gitlab.com"], also_ok=["credentials.pull_access_denied", "credentials.unauthorized"],
        note="December 2017, a GitLab CI job whose DOCKER_IMAGE is the project's private GitLab registry image: the pull runs before any docker login with the job token, so GitLab's registry refuses it; ipa-mdl's PR (ros-industrial/industrial_ci#240) adds a way to log in first"),
    bld("CircleCI-Public/gcp-cli-orb#12", "credentials.missing",
        "unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
        cmd="docker push eu.gcr.io/$GOOGLE_PROJECT_ID/path/to/pr/module:$sha1", host_alt=["eu.gcr.io"],
        also_ok=["credentials.unauthorized", "credentials.push_denied"],
        note="June 2019, CircleCI with the gcp-cli orb: gcloud is authenticated but docker has no credentials for eu.gcr.io; the workaround in the thread activates the service account and runs 'gcloud auth configure-docker' before the push, and the issue was closed as resolved"),
    bld("IgorGanapolsky/trading#3536", "credentials.auth_failed",
        "error from registry: failed authentication",
        host_alt=["docker.pkg.dev"], also_ok=["credentials.unauthorized", "credentials.missing"],
        note="18 February 2026, 'Deploy RAG Webhook' on main: the docker push to Artifact Registry fails authentication after 'gcloud auth configure-docker'; the PR adds an explicit docker login with a short-lived access token (the PR quotes only the error line)"),
    bld("derekoneil/twitter-feed-oke#4", "credentials.unauthorized",
        "unknown: Unauthorized",
        host_alt=["ocir.io"],
        also_ok=["credentials.auth_failed", "credentials.push_denied"],
        note="March 2019, the lab's push-release step to Oracle's registry: the auth token belonged to a federated user; the reporter: 'Able to resolve the issue by creating the token for the user which is not Federated'"),
    bld("elastic/cloud-on-k8s#3906", "credentials.push_denied",
        "11:38:45  Push docker.elastic.co/eck-ci/eck-ci-tools:290d60ed...\n11:38:45  denied: requested access to the resource is denied\n11:38:45  Retry 1/5 exited 1, retrying in 1 seconds...\n11:38:45  denied: requested access to the resource is denied\n11:38:45  Retry 2/5 exited 1, retrying in 2 seconds...\n11:38:45  denied: requested access to the resource is denied\n11:38:45  Retry 3/5 exited 1, retrying in 4 seconds...\n11:38:48  denied: requested access to the resource is denied\n11:38:48  Retry 4/5 exited 1, retrying in 8 seconds...\n11:38:56  denied: requested access to the resource is denied\n11:38:56  Retry 5/5 exited 1, no more retries left.",
        t="jenkins", host_alt=["docker.elastic.co"], also_ok=["credentials.unauthorized", "credentials.missing"],
        note="November 2020, the project's Jenkins PR job: 'ci-build-image is using invalid docker credentials' for the company registry docker.elastic.co, so the job's own five retries all get 'denied'; labelled :ci and >bug, a credentials fix rather than a retry"),
    bld("ghkdqhrbals/spring-chatting-server#78", NO_REPO,
        "Error response from daemon: pull access denied for configuration-server, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
        host_alt=["docker.io"], also_ok=["build.image_not_loaded", "credentials.pull_access_denied"],
        note="September 2023, the AWS deployment workflow: compose names the service image 'configuration-server', built only on the reporter's laptop ('Running in local successfully, but not in actions'), so the runner looks it up on Docker Hub instead of the project's ECR repository"),
]
