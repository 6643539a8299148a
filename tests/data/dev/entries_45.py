"""Dev-set entries, batch 45 (deploy and cluster steps in CI pipelines, the transient beside the job's own mistakes.
Helm: chart repositories answering 503 for index.yaml (cert-manager's outage, a chart host back up the same day, a
Harbor chart repository down for days after a failed upgrade), `helm repo update` warnings that time out or 503 and
let the job go on, helm's fixed two-minute fetch limit against a 200 MB index, a retired chart bucket answering 403,
a chart version the index does not carry yet, a chart with only pre-releases asked for without --devel, a published
index whose tarball is missing, a Helm release that does not exist asked for by a setup action, GHCR refusing an OCI
chart push from a release job. kubectl: an EKS endpoint timing out under pulumi's kubectl shell-outs, a CI test
cluster's API server stalling TLS handshakes, an empty kubeconfig secret that leaves kubectl dialling localhost:8080,
a DigitalOcean kubeconfig and a GKE access token that expired under the job, helm losing the cluster the same way.
Argo CD: its CLI against a server that sends GOAWAY for too many pings, a 504 from the server's gateway, the server's
own DNS timing out on its repo server. kind and k3d: image loads that fail now and then, and one k3d release that
broke them. AWS: STS timing out for configure-aws-credentials and for the Azure DevOps toolkit, GitHub's OIDC token
call failing under the action, CloudFormation, Elastic Beanstalk and convox throttled ('Rate exceeded'), trust
policies that do not match (an org name's case, a provider ARN that does not exist), fork PRs with no secrets.
Google Cloud: a gcloud auth refresh whose resolver said 'Try again', a 503 from the token service, STS resetting
the federated token call, the same GitHub OIDC failure under google-github-actions/auth, a job without id-token
permission. Azure: the Entra token endpoint returning an empty body, a federated credential whose subject does not
match the run). `err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus);
where a thread quoted a log inside Markdown (blockquote markers, backticks, a link GitHub's log viewer wrapped around
a line number, a reporter's enclosing quotes) only that markup was dropped and trailing blanks trimmed, never a word
of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line,
and a shell prompt line is left out. Hosts follow the README's strict rule: a host is given only where a line of the
log names it for the failing call; an inferred, masked or placeholder one goes in host_alt. Labels were set from the
threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"SchwarzIT/node-red-chart#507", "cilium/cilium#34907", "Sefaria/Sefaria-Project#3412",
         "openshift/release#68528", "Altinn/dialogporten#4356"}

B = Batch(PULLS)
loc = B.local()
helm = B.family("net_helm")
kube = B.family("kubectl")
argo = B.family("net_argocd")
cloud = B.family("cloud_cli")

STS = ["sts.amazonaws.com"]
GSTS = ["sts.googleapis.com"]
ENTRA = ["login.microsoftonline.com"]
GH_OIDC = ["pipelines.actions.githubusercontent.com"]
VERSION_MISSING = "build.package_version_missing"
OIDC_FLAKE = ("@actions/core's getIDToken catches a failed call to GitHub's OIDC token endpoint and rethrows an error "
              "without a message (actions/toolkit#1441)")

E = [
    # --- Helm: chart repositories and their index.yaml -------------------------------------------------------------
    helm("cert-manager/cert-manager#3790", "connectivity", "connectivity.package_mirror", True, "service", "charts.jetstack.io",
         "+ helm repo add jetstack https://charts.jetstack.io\nError: looks like \"https://charts.jetstack.io\" is not a valid chart repository or cannot be reached: failed to fetch https://charts.jetstack.io/index.yaml : 503 Service Unavailable",
         cmd="./hack/install-cert-manager.sh", also_ok=["connectivity.server_error"],
         note="labelled priority/critical-urgent: Jetstack's chart host was down; the maintainers fixed it within hours ('The issue should now be resolved') and apologised for the downtime"),
    helm("mittwald/kubernetes-secret-generator#109", "connectivity", "connectivity.package_mirror", True, "service", "helm.mittwald.de",
         "...Unable to get an update from the \"mittwald\" chart repository (https://helm.mittwald.de):\n        failed to fetch https://helm.mittwald.de/index.yaml : 503 Service Unavailable",
         cmd="helm repo update mittwald", fatal=False, also_ok=["connectivity.server_error"],
         note="the chart host answered 503 for a while and the reporter wrote 'up again !' the same day; `helm repo update` only warns and exits 0 (no --fail-on-repo-update-fail)"),
    helm("bitnami/charts#25960", "connectivity", "connectivity.client_timeout", True, "service", "charts.bitnami.com",
         "Hang tight while we grab the latest from your chart repositories...\n...Unable to get an update from the \"bitnami\" chart repository (https://charts.bitnami.com/bitnami):\n\tGet \"https://charts.bitnami.com/bitnami/index.yaml\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\nUpdate Complete. ⎈Happy Helming!⎈",
         cmd="helm repo update", fatal=False, also_ok=["connectivity.timeout"],
         note="the maintainers could not reproduce it ('Maybe it was a transient issue or something related to your connection') and the reporter's next try worked; helm prints 'Update Complete' and the step goes on"),
    helm("ObjectifLibre/kube-oidc#2", "connectivity", "connectivity.package_mirror", False, "service", "registry.fhardy.fr",
         "Error: Looks like \"https://registry.fhardy.fr/chartrepo/stable\" is not a valid chart repository or cannot be reached: Failed to fetch https://registry.fhardy.fr/chartrepo/stable/index.yaml : 503 Service Unavailable",
         cmd="helm repo add fhardy-stable https://registry.fhardy.fr/chartrepo/stable", also_ok=["connectivity.server_error"],
         note="the maintainer's Harbor chart repository 'crashed due to a failed harbor upgrade' and stayed down for days before he restored it; not something a re-run soon fixes (backticks and the '$ ' prompt line dropped)"),
    helm("helm/helm#12952", "connectivity", "connectivity.client_timeout", False, "local", None,
         "Error: looks like \"https://<some-repository-url-here>\" is not a valid chart repository or cannot be reached: context deadline exceeded (Client.Timeout or context cancellation while reading body)",
         cmd="helm repo add internal-charts", also_ok=["local.client_regression", "connectivity.timeout"],
         note="helm's getter gained a fixed 120s timeout (helm/helm#12203), too short for this team's 200 MB index over a slow network; every try fails the same until helm gets a --timeout flag (helm/helm#30899); the URL is the reporter's placeholder"),
    helm("kubernetes-retired/service-catalog#2869", "build", "build.repository_missing", False, "build", "svc-catalog-charts.storage.googleapis.com",
         "Error: looks like \"https://svc-catalog-charts.storage.googleapis.com\" is not a valid chart repository or cannot be reached: failed to fetch https://svc-catalog-charts.storage.googleapis.com/index.yaml : 403 Forbidden",
         cmd="helm repo add svc-cat https://svc-catalog-charts.storage.googleapis.com", also_ok=["build.download_not_found", "credentials.forbidden"],
         note="the chart bucket was retired; the repository moved to https://kubernetes-sigs.github.io/service-catalog and the docs were fixed (#2875); 'It also happens during CI pipelines' that still name the old URL"),
    helm("zakkg3/ClusterSecret#111", "build", VERSION_MISSING, False, "build", None,
         "Error: INSTALLATION FAILED: chart \"cluster-secret\" matching 0.2.3 not found in clustersecret index. (try 'helm repo update'): no chart version found for cluster-secret-0.2.3",
         cmd="helm install clustersecret clustersecret/cluster-secret --version 0.2.3 -n clustersecret --create-namespace", also_ok=["build.package_not_found", "build.tag_not_found"],
         note="the repository's index only carried 0.2.1 (the publish job had not pushed 0.2.3); a version the chart repository does not have, until the maintainer republished weeks later"),
    helm("kyverno/reports-server#150", "build", VERSION_MISSING, False, "build", None,
         "Error: INSTALLATION FAILED: chart \"reports-server\" matching  not found in reports-server index. (try 'helm repo update'): no chart version found for reports-server-",
         cmd="helm install reports-server -n reports-server reports-server/reports-server --create-namespace", also_ok=["build.package_not_found"],
         note="the chart has only alpha releases, which helm skips without --devel (the install docs say so); the same every run until the command adds the flag or a version"),
    helm("SchwarzIT/node-red-chart#507", "build", "build.download_not_found", False, "build", "get.helm.sh",
         "Error: Failed to download Helm from location https://get.helm.sh/helm-v3.18.10-linux-amd64.tar.gz",
         head=["Run azure/setup-helm@v4"], raw_is_log=True, also_ok=[VERSION_MISSING, "build.toolchain_missing"],
         note="the previous commit pinned Helm v3.18.10, a release that does not exist; the PR corrects the pin to v3.19.4"),
    helm("grafana/loki#14835", "credentials", "credentials.ghcr_write_denied", False, "build", "ghcr.io",
         "Error: unexpected status from POST request to https://ghcr.io/v2/grafana/helm-charts/loki/blobs/uploads/: 403 Forbidden",
         cmd="helm push \"/home/runner/work/loki/loki/.cr-release-packages/loki-6.19.0.tgz\" \"oci://ghcr.io/${GITHUB_REPOSITORY_OWNER}/helm-charts\"", also_ok=["credentials.push_denied", "credentials.forbidden"],
         note="every release run since an earlier CI change fails the OCI push ('Last successful run was 3 weeks ago'), in the middle of the project's move from PATs to GitHub App tokens; the job's token lacks write access to the package (GitHub's log-viewer link around 'v2' dropped)"),
    helm("bugsink/helm-charts#8", "build", "build.download_not_found", False, "service", "bugsink.github.io",
         "Error: INSTALLATION FAILED: failed to fetch https://bugsink.github.io/helm-charts/bugsink-0.1.2.tgz : 404 Not Found",
         cmd="helm install bugsink bugsink/bugsink --namespace bugsink --create-namespace -f values.yaml", also_ok=["connectivity.package_mirror", VERSION_MISSING],
         note="labelled bug: the chart repository's index lists 0.1.2 but its tarball was never published; the maintainer fixed the release days later, so a re-run soon fails the same"),
    # --- kubectl against an API server --------------------------------------------------------------------------------
    kube("pulumi/pulumi-eks#65", "connectivity", "connectivity.timeout", True, "service", "AA28F18B717D67BED6FEC1BFB8B2C64F.sk1.eu-west-1.eks.amazonaws.com",
         "[ ks/nodejs/eks/examples/cluster ]     error: Plan apply failed: Command failed: kubectl apply -f /tmp/tmp-12841ugyvSLxyVH46.tmp\n[ ks/nodejs/eks/examples/cluster ]     error: unable to recognize \"/tmp/tmp-12841ugyvSLxyVH46.tmp\": Get https://AA28F18B717D67BED6FEC1BFB8B2C64F.sk1.eu-west-1.eks.amazonaws.com/api?timeout=32s: dial tcp 54.154.206.100:443: i/o timeout",
         cmd="make test_all", host_alt=["54.154.206.100:443", "54.154.206.100"], also_ok=["connectivity.client_timeout"],
         note="'We periodically see CI failures due to the below': the freshly created EKS endpoint times out for the kubectl shell-out 'sometimes'; no root cause, the next run passes (priority/p1 to make it robust)"),
    kube("pulumi/pulumi-eks#132", "connectivity", "connectivity.timeout", True, "service", "52.10.93.28:443",
         "  pulumi-nodejs:dynamic:Resource (cluster-vpc-cni):\n    error: Plan apply failed: Command failed: kubectl apply -f /tmp/tmp-21388dZIk0ROCSdl5.tmp\n    Unable to connect to the server: dial tcp 52.10.93.28:443: i/o timeout",
         cmd="pulumi up --yes", host_alt=["52.10.93.28"], also_ok=["connectivity.client_timeout"],
         note="'Running pulumi up again caused everything to work'; closed as a duplicate of #65 (the new cluster's endpoint not answering yet)"),
    kube("cilium/cilium#2286", "connectivity", "connectivity.tls_handshake_timeout", True, "local", None,
         "17:41:08 Unable to connect to the server: net/http: TLS handshake timeout\n17:41:18 Unable to connect to the server: net/http: TLS handshake timeout",
         raw_is_log=True, also_ok=["connectivity.timeout", "local.test_cluster_failed"],
         note="a Jenkins run's test cluster (VMs the job itself brought up) stops answering TLS handshakes for over an hour while the getting-started test polls pods; a CI flake of the runner-side cluster, not of the PR"),
    kube("kodermax/kubectl-aws-eks#4", "credentials", "credentials.missing", False, "build", "localhost:8080",
         "The connection to the server localhost:8080 was refused - did you specify the right host or port?",
         head=["Run kodermax/kubectl-aws-eks@master"], host_alt=["localhost"], also_ok=["connectivity.refused", "build.kubeconfig_missing"],
         note="in a new repository the workflow passes KUBE_CONFIG_DATA from secrets.KUBE_CONFIG_DATA_STAGING and the step's env shows it empty: with no kubeconfig, kubectl falls back to localhost:8080; the same every run until the secret exists"),
    kube("Human-Connection/Human-Connection#344", "credentials", "credentials.session_expired", False, "build", None,
         "dpl.3\nDeploying application\nerror: You must be logged in to the server (Unauthorized)",
         raw_is_log=True, also_ok=["credentials.unauthorized"],
         note="'failing every single master build now': the kubeconfig downloaded once from DigitalOcean and stored on Travis expires after a week or two; fixed by fetching a fresh one with doctl on every deploy (PR #380)"),
    kube("Sefaria/Sefaria-Project#3412", "credentials", "credentials.session_expired", False, "build", None,
         "couldn't get current server API group list: the server has asked for the client to provide credentials",
         cmd="kubectl delete job pytest-job", also_ok=["credentials.unauthorized", "credentials.token_failed"],
         note="get-gke-credentials without use_auth_provider bakes auth@v2's one-hour access token into the kubeconfig, and the wait step allows 60 minutes, so the trailing kubectl steps of long runs fail; the PR switches to the gke-gcloud-auth-plugin (quoted from the PR's description)"),
    kube("google-github-actions/auth#406", "credentials", "credentials.session_expired", False, "build", None,
         "Error: Kubernetes cluster unreachable: the server has asked for the client to provide credentials",
         cmd="helm uninstall sqream-tier1", also_ok=["credentials.unauthorized"],
         note="after about an hour and a half in one job, kubectl gets Unauthorized and helm this: the GKE credentials the job set up early carry a one-hour token, whatever credentials_json allows; the same on every run that long"),
    # --- Argo CD CLI ----------------------------------------------------------------------------------------------------
    argo("argoproj/argo-cd#15739", "local", "local.client_regression", False, "local", None,
         "2023/09/30 00:06:09 ERROR: [transport] Client received GoAway with error code ENHANCE_YOUR_CALM and debug data equal to ASCII \"too_many_pings\".\ntime=\"2023-09-30T00:06:09Z\" level=fatal msg=\"rpc error: code = Unavailable desc = closing transport due to: connection error: desc = \\\"error reading from server: EOF\\\", received prior goaway: code: ENHANCE_YOUR_CALM, debug data: \\\"too_many_pings\\\"\"\nError: Process completed with exit code 20.",
         raw_is_log=True, also_ok=["connectivity.reset", "connectivity.eof"],
         note="`argocd app sync` from GitHub Actions with a 2.8 CLI against a 2.8 server: the server's keepalive policy rejects the client's pings (argoproj/argo-cd#15656); fixed by setting ARGOCD_GRPC_KEEP_ALIVE_MIN, never by a re-run"),
    argo("argoproj/argo-helm#2079", "connectivity", "connectivity.gateway_timeout", False, "service", None,
         "level=fatal msg=\"rpc error: code = Unknown desc = POST https://ARGO-URL:443/application.ApplicationService/Get failed with status code 504\"\nError: The process '/home/actions/_work/_tool/argocd/2.3.3/x64/argocd' failed with exit code 20",
         head=["Run clowdhaus/argo-cd-action/@v1.12.1"], raw_is_log=True, also_ok=["connectivity.timeout", "connectivity.server_error"],
         note="syncing an application set of 45 children through the Argo CD server's gateway times out with a 504 every time, from CI and from inside the server pod alike; the reporter's enclosing quotes and the URL's link markup dropped, ARGO-URL is their mask"),
    argo("argoproj/argo-cd#13752", "dns", "dns.timeout", True, "service", "argocd-repo-server",
         "time=\"2023-08-31T10:13:37Z\" level=fatal msg=\"rpc error: code = FailedPrecondition desc = error resolving repo revision: rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing dial tcp: lookup argocd-repo-server: i/o timeout\\\"\"\nError: The process '/home/actions/_work/_tool/argocd/2.3.3/x64/argocd' failed with exit code 20",
         cmd="/home/actions/_work/_tool/argocd/2.3.3/x64/argocd app sync alumnicenter -l apptype=cron --grpc-web --prune --async", raw_is_log=True, also_ok=["dns.resolve_failed", "connectivity.timeout"],
         note="the CLI gets back the Argo CD server's own failure: inside the cluster the API server's lookup of its repo server timed out; a DNS failure inside the deploy target, not in the job, and nothing in the thread says it recurs"),
    # --- kind and k3d image loads ---------------------------------------------------------------------------------------
    loc("kubernetes-sigs/kind#921", "local.test_cluster_failed", True,
        "failed to load image: exit status 1",
        cmd="kind load docker-image", also_ok=["local.docker_daemon_broken"],
        note="istio's prow sees `kind load` fail on roughly 3% of PRs, intermittently, with no better message; a retry passes (the maintainers suspected docker save or containerd import)"),
    loc("cilium/cilium#34907", "local.test_cluster_failed", True,
        "ctr: failed to extract layer sha256 [..] device or resource busy: unknown",
        cmd="make kind-image", also_ok=["local.docker_daemon_broken"],
        note="'on some configurations the kind load docker-image command may occasionally fail' importing into the node's containerd; 'the failed command can be retried, and will usually succeed', so the Makefile now retries (the '[..]' is the PR's elision)"),
    loc("k3d-io/k3d#1072", "local.client_regression", False,
        "ERRO[0001] failed to import images in node 'k3d-$CLUSTER_NAME-server-0': Exec process in node 'k3d-$CLUSTER_NAME-server-0' failed with exit code '1'\nINFO[0001] Removing the tarball(s) from image volume...",
        cmd="k3d image import $IMAGE1 $IMAGE2 $IMAGE3 -c $CLUSTER_NAME", also_ok=["local.test_cluster_failed"],
        note="'I'm seeing this issue on ubuntu when upgrading from k3d 5.3.0 to 5.4.1': the new release's import fails in the node every time (tracked as a bug); pin the older k3d or change the import mode (trailing blanks trimmed)"),
    # --- AWS: STS, OIDC and throttling ----------------------------------------------------------------------------------
    cloud("aws-actions/configure-aws-credentials#1848", "connectivity", "connectivity.timeout", True, "service", "44.216.190.41:443",
          "Fri, 26 Jun 2026 17:13:20 GMT\nRetry AssumeRole: attempt 1 of 12 failed: Could not assume role with OIDC: connect ETIMEDOUT 44.216.190.41:443. Retrying after 34ms.\nFri, 26 Jun 2026 17:13:20 GMT\nAssuming role with OIDC",
          head=["Run aws-actions/configure-aws-credentials@v4"], host_alt=["44.216.190.41", *STS], also_ok=["connectivity.client_timeout"],
          note="each AssumeRoleWithWebIdentity attempt times out connecting to STS after 6m45s; the action fetched the GitHub JWT only once, so later retries outlive it (the issue asks to refresh it); a network path to STS that failed for that run"),
    cloud("aws/aws-toolkit-azure-devops#591", "connectivity", "connectivity.timeout", True, "service", None,
          "Failed to assume role with OIDC: AggregateError [ETIMEDOUT]",
          raw_is_log=True, host_alt=STS, also_ok=["credentials.token_failed"],
          note="Azure DevOps tasks with OIDC fail to assume the role in about one run of five, 'usually a transient issue that is fixed by a retry'; labelled pending-release for the retry fix"),
    cloud("aws-actions/configure-aws-credentials#395", "github", "github.oidc_token_failed", True, "service", None,
          "Error: Error message: Cannot read property 'message' of undefined",
          head=["Run aws-actions/configure-aws-credentials@v1"], raw_is_log=True, host_alt=GH_OIDC, also_ok=["credentials.token_failed", "github.server_error"],
          note=f"'One run fails, the next one again works': {OIDC_FLAKE}; many users on GitHub-hosted runners saw it the same days"),
    cloud("google-github-actions/auth#222", "github", "github.oidc_token_failed", True, "service", None,
          "Error: google-github-actions/auth failed with: retry function failed after 1 attempt: error message: Cannot read properties of undefined (reading 'message')",
          head=["Run google-github-actions/auth@v0"], raw_is_log=True, host_alt=GH_OIDC, also_ok=["credentials.token_failed", "github.server_error"],
          note=f"'The action works 99% of the time, with the odd run showing this error': the same empty error as {OIDC_FLAKE.split(' (')[0]}"),
    cloud("einaregilsson/beanstalk-deploy#101", "connectivity", "connectivity.rate_limited", True, "service", None,
          "Error: Deployment failed: Error: Status: 400. Code: Throttling, Message: Rate exceeded",
          head=["Run einaregilsson/beanstalk-deploy@v21"], raw_is_log=True, also_ok=["credentials.login_throttled"],
          note="the action polls Elastic Beanstalk's API for deployment status and the account's request rate is exceeded; the reporter asks for a polling-rate option; a later deploy passes"),
    cloud("aws/aws-cli#2948", "connectivity", "connectivity.rate_limited", True, "service", None,
          "An error occurred (Throttling) when calling the DescribeStacks operation (reached max retries: 4): Rate exceeded",
          cmd="aws cloudformation deploy --template-file packaged.yaml --stack-name app-staging", host_alt=["cloudformation.amazonaws.com"],
          note="'consistently being throttled during peak usage' from the waiter's describe-stacks polling across their workflows; outside the peak the same deploy passes (feature request for a slower waiter)"),
    cloud("convox/rack#1211", "connectivity", "connectivity.rate_limited", True, "service", None,
          "ERROR: ThrottlingException: Rate exceeded\nstatus code: 400, request id: 14528fcb-76fc-11e6-9d4c-cb4ccd1cee97",
          cmd="convox deploy",
          note="'Happens intermittently' after the upload: the rack's AWS API calls are throttled; tracked upstream in #1133"),
    cloud("aws-actions/configure-aws-credentials#1100", "credentials", "credentials.unauthorized", False, "build", None,
          "Assuming role with OIDC\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity",
          head=["Run aws-actions/configure-aws-credentials@v4"], raw_is_log=True, host_alt=STS, also_ok=["credentials.permission_denied", "credentials.token_failed"],
          note="the role's trust policy names the GitHub owner in the wrong case in token.actions.githubusercontent.com:sub; the match is case-sensitive, so every run is refused until it is fixed"),
    cloud("aws-actions/configure-aws-credentials#1043", "credentials", "credentials.unauthorized", False, "build", None,
          "Error: Could not assume role with OIDC: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com",
          head=["Run aws-actions/configure-aws-credentials@v4"], raw_is_log=True, host_alt=STS, also_ok=["credentials.token_failed", "credentials.missing"],
          note="the trust policy's Federated ARN (and its condition keys) end in 'token.actions.githubusercontent.com/', a provider the account does not have; an IAM setup mistake, refused the same every run"),
    cloud("radius-project/bicep-types-aws#63", "credentials", "credentials.missing", False, "build", None,
          "Run aws-actions/configure-aws-credentials@v4\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers",
          raw_is_log=True, also_ok=["credentials.token_permissions"],
          note="the publish workflow runs on PRs from forks and Dependabot, which get no AWS secrets (#61); fixed by an approval workflow that runs it with the needed variables (#85), never by a re-run"),
    # --- Google Cloud ---------------------------------------------------------------------------------------------------
    cloud("openshift/release#68528", "dns", "dns.temporary_failure", True, "local", "oauth2.googleapis.com",
          "+ gcloud auth activate-service-account --key-file /var/run/datarouter/gcs_sa_openshift-ci-private\nERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: HTTPSConnectionPool(host='oauth2.googleapis.com', port=443): Max retries exceeded with url: /token (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f0d5010edd0>: Failed to resolve 'oauth2.googleapis.com' ([Errno -3] Try again)\"))",
          raw_is_log=True, also_ok=["dns.resolve_failed"],
          note="the CI pod's resolver answered EAI_AGAIN for Google's token host 'sometime'; the PR wraps `gcloud auth` in a retry, which passes"),
    cloud("google-github-actions/auth#160", "credentials", "credentials.token_failed", True, "service", None,
          "google-github-actions/setup-gcloud failed with: failed to execute command `gcloud --quiet auth login --cred-file /home/runner/work/unstoppable-domains-website/unstoppable-domains-website/gha-creds-a1b71b0c5598d105.json`: ERROR: gcloud crashed (OAuthError): (\"Error code {'code': 503, 'message': 'The service is currently unavailable.', 'status': 'UNAVAILABLE'}\", '{\\n  \"error\": {\\n    \"code\": 503,\\n    \"message\": \"The service is currently unavailable.\",\\n    \"status\": \"UNAVAILABLE\"\\n  }\\n}\\n')",
          head=["Run google-github-actions/setup-gcloud@v0"], raw_is_log=True, host_alt=["sts.googleapis.com", "oauth2.googleapis.com"], also_ok=["connectivity.package_mirror", "connectivity.server_error"],
          note="'Inconsistent but persistent auth errors starting today': Google's token exchange answered 503 UNAVAILABLE on some runs of a workflow that had worked; the service's own outage, later runs pass"),
    cloud("google-github-actions/auth#537", "connectivity", "connectivity.reset", True, "service", None,
          "Error: google-github-actions/auth failed with: failed to generate Google Cloud federated token for //iam.googleapis.com/projects/**************/locations/global/workloadIdentityPools/github/providers/repo-45c19c0a60baaa5b281cf5c7690: read ECONNRESET",
          head=["Run google-github-actions/auth@7c6bc770dae815cd3e89ee6cdf493a5fab2cc093"], raw_is_log=True, host_alt=GSTS, also_ok=["credentials.token_failed"],
          note="two users the same day: the STS token exchange connection is reset; the action's own retry and backoff were not enough, so the issue asks for retries on ECONNRESET (the iam.googleapis.com name is the audience, not the host dialled)"),
    cloud("google-github-actions/auth#62", "credentials", "credentials.token_permissions", False, "build", None,
          "Error: Action failed with error: Error: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable",
          head=["Run google-github-actions/auth@v0.4.0"], raw_is_log=True, also_ok=["credentials.missing", "credentials.token_failed"],
          note="the job has no `permissions: id-token: write` (or runs from a fork), so GitHub never injects the OIDC request variables; the reporter asked whether to set them as a secret"),
    # --- Azure ----------------------------------------------------------------------------------------------------------
    cloud("Altinn/dialogporten#4356", "credentials", "credentials.token_failed", True, "service", None,
          "##[error]JSON is invalid: Expecting value: line 1 column 1 (char 0)\n##[error]Login failed with Error: The process '/usr/bin/az' failed with exit code 1.",
          raw_is_log=True, host_alt=ENTRA, also_ok=["connectivity.eof", "connectivity.package_mirror"],
          note="'the Entra token endpoint returning an empty body': one login of 3 to 9 in the same run fails about once a month while its peers succeed; 'per-runner and transient, not a credential or federation problem'; the PR retries the login"),
    cloud("Azure/login#453", "credentials", "credentials.unauthorized", False, "build", None,
          "Error: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:RMI-PACTA/workflow.transition.monitor:ref:refs/heads/update-scenario-es'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation Trace ID: 8335980a-8604-4005-a5e1-f678003d5b01 Correlation ID: c3a1f4bb-2b8a-4486-ac4a-fdd45ed43116 Timestamp: 2024-05-31 14:26:23Z",
          head=["Run azure/login@v2"], raw_is_log=True, host_alt=ENTRA, also_ok=["credentials.permission_denied", "credentials.token_failed"],
          note="labelled question: the app's federated credentials cover the pull_request entity, but this run (a push to a branch through a reusable workflow) presents a branch-ref subject, which no credential matches; the same each such run"),
]
