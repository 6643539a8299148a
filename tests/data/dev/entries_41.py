"""Dev-set entries, batch 41 (infrastructure and cloud tools in CI, the transient and the job's own mistakes side by
side. Terraform: registry.terraform.io's discovery document and version lists timing out (a blip that passed, a route
the job's network lacked, an ISP that blocked it, a container without IPv6 or any way out), releases.hashicorp.com and
GitHub's release storage timing out on SHA256SUMS, the registry's 405 for Russia and Belarus, module sources that need
git on PATH, a stale module record, a 0.12.18 getter bug, a module version whose GitHub archive is 404, a lock file
without this platform's checksums and one out of step with a dev override; OpenTofu: providers its registry does not
have (an undeclared module provider, a pre-0.13 namespace, one never published there). Kustomize remote bases: the 27s
git fetch limit in prow, on slow links and at random, and a container without git. Helm: a repository answering plain
HTTP, 404 and 503 index.yaml, a chart host that does not exist, a VPN that eats the connection, `helm dependency build`
without `helm repo add`. Pulumi: get.pulumi.com's sporadic 403s, a third-party plugin that was never there, a GitHub
rate limit falling back to it. ansible-galaxy: read timeouts from Galaxy's dead backends and on Shippable, Galaxy's
500s and a 530, an old ansible-core against Galaxy's v3 API. Packer: the plugin getter over GitHub's anonymous limit.
Cloud CLIs: CloudFormation throttling two concurrent builds, AWS sessions and an Azure OIDC assertion outlived by the
job, gcloud refused a rotated key and a workload identity audience that does not exist, GitHub's OIDC endpoint down
under gcloud. kubectl: an IAM user EKS does not map, a kubeconfig pointing at the runner's loopback from a container
action, an action's k3s that never came up). `err` is verbatim from the source (a GitHub thread found with the search
tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks fused to a line, a
list's or code block's indent) only that markup was dropped, and the trailing blanks of a padded line were trimmed,
never a word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last
whole log line, and a shell prompt line is left out. Hosts follow the README's strict rule: a host is given only where
a line of the log names it for the failing call; an inferred, masked or placeholder one goes in host_alt. Labels were
set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"stackhpc/ansible-slurm-appliance#729", "inventage/keycloak-custom#7", "NixOS/infra#216"}

B = Batch(PULLS)
loc = B.local()
tf = B.family("net_terraform")
tofu = B.family("net_opentofu")
kz = B.family("net_kustomize")
helm = B.family("net_helm")
pulumi = B.family("net_pulumi")
galaxy = B.family("net_ansible")
packer = B.family("net_packer")
cloud = B.family("cloud_cli")
kube = B.family("kubectl")

TF_INIT = "terraform init"
TOFU_INIT = "tofu init"
TRH = "registry.terraform.io"
TOFU_MISSING = ("the provider address is not one registry.opentofu.org serves; the same answer every run until the "
                "configuration names a source that exists")
GALAXY = "galaxy.ansible.com"
PACKER_HINT = "HINT: Set the PACKER_GITHUB_API_TOKEN env var with a token to get more requests."
HELM_NOT_ADDED = ("`helm dependency build` resolves a dependency's repository URL only against `helm repo list`, unlike "
                  "`dependency update`; the job has to `helm repo add` it first")
GALAXY_500 = "Galaxy's API answering 500 for collection metadata (its UI failing the same way)"

E = [
    # --- Terraform: the registry and its downloads -------------------------------------------------------------------
    tf("hashicorp/terraform#26161", "connectivity", "connectivity.client_timeout", True, "service", TRH,
       "Initializing provider plugins...\n- Finding hashicorp/aws versions matching \"3.5.0\"...\n\nError: Failed to query available provider packages\n\nCould not retrieve the list of available versions for provider hashicorp/aws:\ncould not connect to registry.terraform.io: Failed to request discovery\ndocument: Get \"https://registry.terraform.io/.well-known/terraform.json\":\ncontext deadline exceeded (Client.Timeout exceeded while awaiting headers)",
       cmd=TF_INIT, also_ok=["connectivity.timeout"],
       note="the maintainer: 'a networking error, which I'm unable to reproduce and may have self-resolved' - the reporter the same day: 'It work now'"),
    tf("hashicorp/terraform#30167", "connectivity", "connectivity.client_timeout", True, "local", TRH,
       " Error: Failed to query available provider packages\n│\n│ Could not retrieve the list of available versions for provider hashicorp/null: could not connect to\n│ registry.terraform.io: Failed to request discovery document: Get\n│ \"https://registry.terraform.io/.well-known/terraform.json\": net/http: request canceled while waiting for connection\n│ (Client.Timeout exceeded while awaiting headers)",
       cmd=TF_INIT, also_ok=["connectivity.timeout"],
       note="the maintainer: 'a transient issue caused by a lack of network connectivity to registry.terraform.io', asks for a ping/route check; closed without a change"),
    tf("hashicorp/terraform#27641", "connectivity", "connectivity.client_timeout", True, "service", TRH,
       "Could not retrieve the list of available versions for provider\nterraform-providers/docker: could not query provider registry for\nregistry.terraform.io/terraform-providers/docker: the request failed after 2\nattempts, please try again later: Get\n\"https://registry.terraform.io/v1/providers/terraform-providers/docker/versions\":\nnet/http: request canceled while waiting for connection (Client.Timeout\nexceeded while awaiting headers)",
       cmd=TF_INIT, also_ok=["connectivity.timeout"],
       note="the maintainer cannot reproduce, the same init passes for them: 'possible that there was a network or registry issue ... that has since been resolved'"),
    tf("HXSecurity/TerraformGoat#98", "connectivity", "connectivity.network_unreachable", False, "local", TRH,
       "Initializing provider plugins...\n- Finding aliyun/alicloud versions matching \"1.163.0\"...\n- Finding latest version of hashicorp/random...\n╷\n│ Error: Failed to query available provider packages\n│\n│ Could not retrieve the list of available versions for provider aliyun/alicloud: could not connect to registry.terraform.io: Failed to request discovery document: Get\n│ \"https://registry.terraform.io/.well-known/terraform.json\": dial tcp [2a04:4e42:1a::561]:443: connect: cannot assign requested address\n╵\n\n╷\n│ Error: Failed to query available provider packages\n│\n│ Could not retrieve the list of available versions for provider hashicorp/random: could not query provider registry for registry.terraform.io/hashicorp/random: the request\n│ failed after 2 attempts, please try again later: Get \"https://registry.terraform.io/v1/providers/hashicorp/random/versions\": net/http: request canceled while waiting for\n│ connection (Client.Timeout exceeded while awaiting headers)\n╵",
       cmd=TF_INIT, also_ok=["connectivity.client_timeout", "connectivity.timeout"],
       note="terraform init inside the project's container: the maintainer: check whether the container has a network and can reach the outside, else put a proxy in front; no IPv6 source address and no route out"),
    tf("hashicorp/terraform-provider-aws#19995", "connectivity", "connectivity.client_timeout", False, "local", TRH,
       "Initializing provider plugins...\n- Finding hashicorp/aws versions matching \"~> 3.1\"...\n╷\n│ Error: Failed to query available provider packages\n│\n│ Could not retrieve the list of available versions for provider hashicorp/aws: could not query\n│ provider registry for registry.terraform.io/hashicorp/aws: the request failed after 2 attempts,\n│ please try again later: Get \"https://registry.terraform.io/v1/providers/hashicorp/aws/versions\":\n│ net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting\n│ headers)\n╵",
       cmd=TF_INIT, also_ok=["connectivity.timeout", "connectivity.network_unreachable"],
       note="the reporter's own answer: 'My ISP was somehow blocking this request from hitting the Terraform server' while other sites and pip worked; a re-run on that network fails the same way"),
    tf("hashicorp/terraform#31521", "connectivity", "connectivity.client_timeout", True, "service", "releases.hashicorp.com",
       "Initializing provider plugins...\n- Finding latest version of hashicorp/aws...\n╷\n│ Error: Failed to install provider\n│\n│ Error while installing hashicorp/aws v4.23.0: could not query provider registry\n│ for registry.terraform.io/hashicorp/aws: failed to retrieve authentication\n│ checksums for provider: the request failed after 2 attempts, please try again\n│ later: Get\n│ \"https://releases.hashicorp.com/terraform-provider-aws/4.23.0/terraform-provider-aws_4.23.0_SHA256SUMS\":\n│ net/http: request canceled while waiting for connection (Client.Timeout exceeded\n│ while awaiting headers)",
       cmd=TF_INIT, host_alt=[TRH], also_ok=["connectivity.timeout"],
       note="the checksum file comes from releases.hashicorp.com (Fastly), which did not answer in time; labelled question and sent to the forum, so labelled from the log: a download host's timeout after terraform's own two attempts"),
    tf("cloudflare/terraform-provider-cloudflare#2952", "connectivity", "connectivity.client_timeout", True, "service", "objects.githubusercontent.com",
       "request failed: Get \"https://objects.githubusercontent.com/github-production-release-asset-2e65be/93446113/84bfe2a0-93f0-479c-b9fe-9751ed7cf660?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIWNJYAX4CSVEH53A%2F20231120%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20231120T225940Z&X-Amz-Expires=300&X-Amz-Signature=5554acdc36b86a838b608c9c844ff1624018f28e807dea9f83e73bdb711d3ee6&X-Amz-SignedHeaders=host&actor_id=0&key_id=0&repo_id=93446113&response-content-disposition=attachment%3B%20filename%3Dterraform-provider-cloudflare_4.19.0_SHA256SUMS&response-content-type=application%2Foctet-stream\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
       cmd=TF_INIT, host_alt=["github.com", TRH], also_ok=["connectivity.timeout", "github.server_error"],
       note="the line the maintainer quoted from the reporter's debug log: the provider's SHA256SUMS lives in GitHub release storage; 'the artifact works fine for me', not the provider's doing"),
    tf("hashicorp/terraform-provider-aws#23481", "connectivity", "connectivity.geo_blocked", False, "service", TRH,
       "Initializing provider plugins...\n- Finding hashicorp/aws versions matching \"~> 3.0\"...\n- Finding latest version of hashicorp/helm...\n╷\n│ Error: Failed to install provider\n│\n│ Error while installing hashicorp/aws v3.74.3: could not query provider\n│ registry for registry.terraform.io/hashicorp/aws: failed to retrieve\n│ authentication checksums for provider: 405 Method Not Allowed\n╵\n\n╷\n│ Error: Failed to install provider\n│\n│ Error while installing hashicorp/helm v2.4.1: could not query provider\n│ registry for registry.terraform.io/hashicorp/helm: failed to retrieve\n│ authentication checksums for provider: 405 Method Not Allowed\n╵\n\nERRO[0008] 1 error occurred:\n        * exit status 1",
       cmd="terragrunt init", also_ok=["registry.ip_blocked", "registry.request_rejected"],
       note="a HashiCorp employee: 'HashiCorp is prohibiting availability of our products and services in Russia and Belarus' (March 2022); every provider download from there answers 405, a re-run never passes"),
    # --- Terraform: modules and the lock file ---------------------------------------------------------------------------
    B.build_in("net_terraform", "terraform-aws-modules/terraform-aws-vpc#380", "build.tool_missing",
               "Initializing modules...\nDownloading terraform-aws-modules/security-group/aws 3.7.0 for security-group...\n\nError: Failed to download module\n\nCould not download module \"security-group\" (module.tf:1) source code from\n\"git::https://github.com/terraform-aws-modules/terraform-aws-security-group?ref=v3.7.0\":\nerror downloading\n'https://github.com/terraform-aws-modules/terraform-aws-security-group?ref=v3.7.0':\ngit must be available and on the PATH.",
               cmd=TF_INIT, host_alt=["github.com"],
               note="a registry module whose source is a git:: URL: terraform shells out to git, which the machine running init does not have on PATH; every init fails until git is installed"),
    loc("terraform-aws-modules/terraform-aws-vpc#615", "local.stale_workspace", False,
        "Error: Failed to download module\n\nCould not download module \"vpc\" (main.tf:62) source code from\n\"git::https://github.com/terraform-aws-modules/terraform-aws-vpc?ref=v2.77.0\":\nerror downloading\n'https://github.com/terraform-aws-modules/terraform-aws-vpc?ref=v2.77.0':\n/usr/local/bin/git exited with 1: error: pathspec 'v2.77.0' did not match any\nfile(s) known to git\n.",
        cmd=TF_INIT, host_alt=["github.com"], also_ok=["build.tag_not_found"],
        note="the tag exists; the reporter: 'fixed this by deleting the modules folder, and crucially, removing the record from the modules.json file' - a stale .terraform/modules checkout, which a re-run with the same workspace keeps"),
    loc("hashicorp/terraform#23824", "local.client_regression", False,
        "Could not download module \"ec2_cluster\" (main.tf:84) source code from\n\"https://api.github.com/repos/terraform-aws-modules/terraform-aws-ec2-instance/tarball/v2.0.0//*?archive=tar.gz\":\nError opening a gzip reader for\n/var/folders/62/xjfk0p_x78jdt6tx4rzl128c0000gp/T/getter331613727/archive: EOF.",
        host="api.github.com", cmd=TF_INIT, also_ok=["build.toolchain_missing", "build.download_not_found"],
        note="registry modules served as api.github.com tarballs stopped unpacking on Terraform 0.12.18 ('The URL is responding with a 404'); 'Fixed by updating to v0.12.19'"),
    tf("jenkins-x/terraform-aws-eks-jx#77", "build", "build.download_not_found", False, "service", "github.com",
       "Initializing modules...\nDownloading jenkins-x/eks-jx/aws 1.0.5 for eks-jx...\n\nError: Failed to download module\n\nCould not download module \"eks-jx\" (main.tf:1) source code from\n\"https://github.com/jenkins-x/terraform-aws-eks-jx/archive/v1.0.5.tar.gz//*?archive=tar.gz\":\nbad response code: 404.",
       cmd=TF_INIT, also_ok=["build.tag_not_found", "build.artifact_not_found"],
       note="the getting-started example: the registry lists module version 1.0.5, but its GitHub archive answers 404 for everyone (others report the same for months); labelled kind/bug"),
    B.build_in("net_terraform", "NixOS/infra#216", "build.lockfile_outdated",
               "╷\n│ Error: Failed to install provider\n│\n│ Error while installing hashicorp/aws v3.56.0: the local package for registry.terraform.io/hashicorp/aws 3.56.0 doesn't match any of the checksums previously recorded in the dependency lock file (this might be because the available checksums are for\n│ packages targeting different platforms)\n╵\n\n╷\n│ Error: Failed to install provider\n│\n│ Error while installing fastly/fastly v0.34.0: the local package for registry.terraform.io/fastly/fastly 0.34.0 doesn't match any of the checksums previously recorded in the dependency lock file (this might be because the available checksums are for\n│ packages targeting different platforms)\n╵",
               cmd=TF_INIT, host_alt=[TRH], also_ok=["build.checksum_mismatch"],
               note="the PR commits the lock file from the bastion host, 'Without this, terraform init fails': the recorded checksums do not cover the packages for this machine's platform; nothing a re-run changes"),
    B.build_in("net_terraform", "hashicorp/terraform-provider-hashicups#129", "build.lockfile_outdated",
               "│ Error: Inconsistent dependency lock file\n│\n│ The following dependency selections recorded in the lock file are inconsistent with the current configuration:\n│   - provider hashicorp.com/edu/hashicups: required by this configuration but no version is selected\n│\n│ To make the initial dependency selections that will initialize the dependency lock file, run:\n│   terraform init",
               cmd="terraform plan",
               note="the reporter's own answer: 'the .terraformrc file was not in home folder', so the dev_overrides for the locally built provider were not applied and plan wants a lock entry; a configuration step, not a flake"),
    # --- OpenTofu ---------------------------------------------------------------------------------------------------------
    B.build_in("net_opentofu", "opentofu/registry#1919", "build.package_not_found",
               "Initializing provider plugins...\n- Finding vatesfr/xenorchestra versions matching \"0.31.1\"...\n- Finding latest version of hashicorp/xenserver...\n- Installing vatesfr/xenorchestra v0.31.1...\n- Installed vatesfr/xenorchestra v0.31.1. Signature validation was skipped due to the registry not containing GPG keys for this provider\n╷\n│ Error: Failed to query available provider packages\n│\n│ Could not retrieve the list of available versions for provider\n│ hashicorp/xenserver: provider registry registry.opentofu.org does not have a\n│ provider named registry.opentofu.org/hashicorp/xenserver\n│\n│ All modules should specify their required_providers so that external\n│ consumers will get the correct providers when using a module. To see which\n│ modules are currently depending on hashicorp/xenserver, run the following\n│ command:\n│     tofu providers\n│\n│ If you believe this provider is missing from the registry, please submit a\n│ issue on the OpenTofu Registry\n│ https://github.com/opentofu/registry/issues/new/choose\n╵",
               host="registry.opentofu.org", cmd=TOFU_INIT,
               note="a resource of type xenserver_* without a required_providers entry makes tofu assume hashicorp/xenserver, which does not exist; " + TOFU_MISSING),
    B.build_in("net_opentofu", "opentofu/registry#306", "build.package_not_found",
               "Error: Failed to query available provider packages\n│\n│ Could not retrieve the list of available versions for provider\n│ terraform-providers/datadog: provider registry registry.opentofu.org does\n│ not have a provider named registry.opentofu.org/terraform-providers/datadog",
               host="registry.opentofu.org", cmd=TOFU_INIT,
               note="a GitLab OpenTofu component job: a maintainer recognises terraform-providers/datadog as the pre-0.13 registry address still in the state or a module; " + TOFU_MISSING),
    B.build_in("net_opentofu", "microsoft/terraform-provider-msgraph#35", "build.package_not_found",
               "Initializing provider plugins...\n- Finding latest version of microsoft/msgraph...\n╷\n│ Error: Failed to query available provider packages\n│\n│ Could not retrieve the list of available versions for provider microsoft/msgraph: provider registry registry.opentofu.org does not have a\n│ provider named registry.opentofu.org/microsoft/msgraph\n│\n│ All modules should specify their required_providers so that external consumers will get the correct providers when using a module. To see which\n│ modules are currently depending on microsoft/msgraph, run the following command:\n│     tofu providers\n│\n│ If you believe this provider is missing from the registry, please submit a issue on the OpenTofu Registry\n│ https://github.com/opentofu/registry/issues/new/choose\n╵",
               host="registry.opentofu.org", cmd=TOFU_INIT,
               note="the provider was published only to the Terraform registry; the workaround in the issue is source = \"registry.terraform.io/Microsoft/msgraph\"; " + TOFU_MISSING),
    # --- kustomize remote bases -------------------------------------------------------------------------------------------
    kz("operate-first/apps#764", "connectivity", "connectivity.client_timeout", True, "service", None,
       "checking ./argocd/overlays/dev/applications\nchecking ./argocd/overlays/dev\nError: accumulating resources: accumulation err='accumulating resources from '../../base': '/home/prow/go/src/github.com/operate-first/apps/argocd/base' must resolve to a file': recursed accumulation of path '/home/prow/go/src/github.com/operate-first/apps/argocd/base': accumulating resources: accumulation err='accumulating resources from 'github.com/argoproj/argo-cd/manifests/base?ref=v2.0.1': evalsymlink failure on '/home/prow/go/src/github.com/operate-first/apps/argocd/base/github.com/argoproj/argo-cd/manifests/base?ref=v2.0.1' : lstat /home/prow/go/src/github.com/operate-first/apps/argocd/base/github.com: no such file or directory': hit 27s timeout running '/usr/bin/git fetch --depth=1 origin v2.0.1'\nAborting due to errexit on line 26. Exit code: 1",
       raw_is_log=True, host_alt=["github.com"], also_ok=["connectivity.timeout", "github.server_error"],
       note="the prow check's kustomize build of a remote Argo CD base: the shallow fetch of the argo-cd repository overran kustomize's fixed 27s git timeout ('the remote manifests still exist'); later runs of the check pass"),
    kz("kubernetes-sigs/kustomize#3742", "connectivity", "connectivity.client_timeout", True, "local", None,
       "Error: accumulating resources: accumulation err='accumulating resources from 'git@***************?ref=master': evalsymlink failure on '***********************\nno such file or directory': hit 27s timeout running '/usr/bin/git fetch --depth=1 origin master'",
       cmd="kustomize build overlays/prod", also_ok=["connectivity.timeout"],
       note="'Sometimes builds, but sometimes fails' after 2.x to 4.x: kustomize's hard 27s limit on each remote git fetch; the fix is a ?timeout=90s query parameter on the remote URL (the reporter's masking kept)"),
    kz("konstructio/kubefirst#1642", "connectivity", "connectivity.client_timeout", True, "local", None,
       "error: accumulating resources: accumulation err='accumulating resources from 'github.com:argoproj/argo-cd.git/manifests/ha/cluster-install?ref=v2.6.4': evalsymlink failure on '/root/kubefirst/manifests/argocd/k3d/github.com:argoproj/argo-cd.git/manifests/ha/cluster-install?ref=v2.6.4' : lstat /root/kubefirst/manifests/argocd/k3d/github.com:argoproj: no such file or directory': hit 27s timeout running '/usr/bin/git fetch --depth=1 origin v2.6.4'",
       cmd="kustomize build manifests/argocd/k3d", host_alt=["github.com"], also_ok=["connectivity.timeout"],
       note="labelled bug: 'When using slow internet, kustomize build on manifest can timeout' - the 27s fetch limit against a slow link; a faster moment or a longer ?timeout= passes"),
    B.build_in("net_kustomize", "actions/runner-images#1540", "build.tool_missing",
               "Error: accumulating resources: accumulateFile \"accumulating resources from 'git@github.com:mcaballeropinto/kustomize-github-action-test//remote-k8s': evalsymlink failure on '/home/runner/work/kustomize-github-action-test/kustomize-github-action-test/k8s/git@github.com:mcaballeropinto/kustomize-github-action-test/remote-k8s' : lstat /home/runner/work/kustomize-github-action-test/kustomize-github-action-test/k8s/git@github.com:mcaballeropinto: no such file or directory\", loader.New \"no 'git' program on path: exec: \\\"git\\\": executable file not found in $PATH\"",
               cmd="kustomize build k8s", host_alt=["github.com"],
               note="kustomize in a container step whose image has no git: remote bases are git clones, and 'it can't find the git executable' (the list item's indent dropped); every run"),
    # --- helm repositories ------------------------------------------------------------------------------------------------
    helm("helm/helm-www#1380", "connectivity", "connectivity.plain_http_registry", False, "build", "sdrancharts.onosproject.org",
         "Error: looks like \"https://sdrancharts.onosproject.org\" is not a valid chart repository or cannot be reached: Get \"https://sdrancharts.onosproject.org/index.yaml\": http: server gave HTTP response to HTTPS client",
         cmd="helm repo add sdran https://sdrancharts.onosproject.org", also_ok=["connectivity.tls_failed"],
         note="the chart repository answers plain HTTP on the port the https:// URL dials; the URL (or the repository's TLS) has to change, a re-run gets the same answer (sent on to helm/helm)"),
    helm("eshepelyuk/cmak-operator#63", "build", "build.repository_missing", False, "build", "eshepelyuk.github.io",
         "Error: looks like \"https://eshepelyuk.github.io/cmak-operator/\" is not a valid chart repository or cannot be reached: failed to fetch https://eshepelyuk.github.io/cmak-operator/index.yaml : 404 Not Found",
         cmd="helm repo add cmak-operator https://eshepelyuk.github.io/cmak-operator/", also_ok=["build.download_not_found"],
         note="'the error persists consistently' on several machines: the URL came from a third-party listing; the maintainer points at the README's installation instructions (no chart index there)"),
    helm("pascaliske/helm-charts#57", "connectivity", "connectivity.package_mirror", True, "service", "charts.pascaliske.dev",
         "Error: looks like \"https://charts.pascaliske.dev\" is not a valid chart repository or cannot be reached: failed to fetch https://charts.pascaliske.dev/index.yaml : 503 Service Unavailable",
         cmd="helm repo add pascaliske https://charts.pascaliske.dev", also_ok=["registry.server_error", "github.outage"],
         note="the maintainer: 'a short interruption of GitHub pages or Cloudflare ... the repo should be working as expected again'"),
    helm("kagent-dev/kmcp#36", "dns", "dns.no_such_host", False, "build", "charts.kagent.dev",
         "Error: looks like \"https://charts.kagent.dev\" is not a valid chart repository or cannot be reached: Get \"https://charts.kagent.dev/index.yaml\": dial tcp: lookup charts.kagent.dev: no such host",
         cmd="helm repo add kmcp https://charts.kagent.dev", also_ok=["build.repository_missing"],
         note="a maintainer: 'that repo doesn't exist that's correct. Where'd you get the command' - a chart README naming a repository host that was never set up"),
    helm("kubernetes-sigs/descheduler#355", "build", "build.repository_missing", False, "service", "kubernetes-sigs.github.io",
         "Error: looks like \"https://kubernetes-sigs.github.io/descheduler/\" is not a valid chart repository or cannot be reached: failed to fetch https://kubernetes-sigs.github.io/descheduler/index.yaml : 404 Not Found",
         cmd="helm repo add descheduler https://kubernetes-sigs.github.io/descheduler/", also_ok=["build.download_not_found"],
         note="labelled kind/bug: the documented chart repository was never published because 'we have run into problems with the deployment automation' (#248); nothing to retry until it is"),
    helm("apache/apisix-helm-chart#256", "connectivity", "connectivity.timeout", False, "local", "charts.apiseven.com",
         "Error: looks like \"https://charts.apiseven.com\" is not a valid chart repository or cannot be reached: Get \"https://charts.apiseven.com/index.yaml\": dial tcp 162.14.98.46:443: connect: operation timed out",
         cmd="helm repo add apisix https://charts.apiseven.com", host_alt=["162.14.98.46:443", "162.14.98.46"],
         note="'the error message tells the reason' - the reporter: 'The VPN I was on was blocking the network traffic'"),
    B.build_in("net_helm", "helm/helm#6870", "build.helm_repo_not_added",
               "Error: no repository definition for https://kubernetes-charts.storage.googleapis.com, https://kubernetes-charts.storage.googleapis.com. Please add the missing repos via 'helm repo add'",
               cmd="helm dependency build", host_alt=["kubernetes-charts.storage.googleapis.com"],
               note="labelled bug, v3.x: " + HELM_NOT_ADDED + " (helm/helm#6488 fixed only update)"),
    B.build_in("net_helm", "inventage/keycloak-custom#7", "build.helm_repo_not_added",
               "[INFO] Build chart dependencies for .../keycloak-custom-tutorial/helm/src/generated/keycloak-custom-chart ...\n[ERROR] Error: no repository definition for https://codecentric.github.io/helm-charts. Please add the missing repos via 'helm repo add'\n[ERROR] helm.go:92: 2025-11-05 10:41:30.207529 +0100 CET m=+0.022427418 [debug] no repository definition for https://codecentric.github.io/helm-charts. Please add the missing repos via 'helm repo add'",
               cmd="mvn package", host_alt=["codecentric.github.io"],
               note="the Maven helm plugin's dependency build lacked a helmRepo entry for codecentric; the PR adds it. " + HELM_NOT_ADDED),
    # --- Pulumi plugins ---------------------------------------------------------------------------------------------------
    pulumi("pulumi/actions#815", "connectivity", "connectivity.package_mirror", True, "service", "get.pulumi.com",
           "  error: could not load plugin for synced-folder provider 'urn:pulumi:staging::auth0-test::pulumi:providers:synced-folder::default_0_0_9': Could not automatically download and install resource plugin 'pulumi-resource-synced-folder' at version v0.0.9, install the plugin using `pulumi plugin install resource synced-folder v0.0.9`.\n  Underlying error: error downloading plugin synced-folder to file: failed to download plugin: synced-folder-0.0.9: 403 HTTP error fetching plugin from https://get.pulumi.com/releases/plugins/pulumi-resource-synced-folder-v0.0.9-linux-amd64.tar.gz",
           head=["Run pulumi/actions@v3"], also_ok=["registry.request_rejected", "connectivity.request_failed"],
           note="labelled impact/reliability: 'the behaviour is inconsistent, and a re-run of the workflow usually fixes it' - get.pulumi.com answering 403 now and then for a plugin it serves"),
    pulumi("pulumi/pulumi-converter-terraform#133", "github", "github.api_rate_limited", True, "service", None,
           "$ pulumi plugin install converter terraform v1.0.8\n[converter plugin terraform-1.0.8] installing\nerror: [converter plugin terraform-1.0.8] downloading from : failed to download plugin: terraform-1.0.8: 403 HTTP error fetching plugin from https://get.pulumi.com/releases/plugins/pulumi-converter-terraform-v1.0.8-linux-amd64.tar.gz",
           host_alt=["get.pulumi.com", "api.github.com"], also_ok=["build.download_not_found", "connectivity.package_mirror"],
           note="a Pulumi engineer: 'seemingly being rate limited by GitHub, so the download was trying to fall back on to get.pulumi.com', where the converter's releases are not pushed (403); the GitHub path works again once the limit resets"),
    B.build_in("net_pulumi", "checkly/pulumi-checkly#29", "build.download_not_found",
               "[resource plugin checkly-1.1.0] installing\nwarning: Error downloading plugin: 403 HTTP error fetching plugin from https://get.pulumi.com/releases/plugins/pulumi-resource-checkly-v1.1.2-windows-amd64.tar.gz",
               host="get.pulumi.com", cmd="pulumi up", also_ok=["local.client_regression", "build.toolchain_missing"],
               note="a third-party provider not hosted on get.pulumi.com; the CLI ignored the package's plugin server (pulumi/pulumi#10648), 'resolved in 3.39.3' - upgrade the CLI or install the plugin from a file"),
    # --- ansible-galaxy ---------------------------------------------------------------------------------------------------
    galaxy("ansible/galaxy#2890", "connectivity", "connectivity.timeout", True, "service", GALAXY,
           "Calling Galaxy at https://galaxy.ansible.com/api/\nProcessing requirement collection 'ansible.posix'\nCollection requirement 'ansible.posix' is the name of a collection\nFound API version 'v1, v2' with Galaxy server default (https://galaxy.ansible.com/api/)\nCalling Galaxy at https://galaxy.ansible.com/api/v2/collections/ansible/posix/versions/\nERROR! Unknown error when attempting to call Galaxy at 'https://galaxy.ansible.com/api/v2/collections/ansible/posix/versions/': The read operation timed out",
           cmd="ansible-galaxy collection install -r requirements.yaml -vvv", also_ok=["connectivity.client_timeout", "connectivity.package_mirror"],
           note="2022-02-22, from 'multiple locations': 'the API has a number of dead backends behind their loadbalancing. Sometimes it even works'"),
    galaxy("ansible/galaxy#2302", "connectivity", "connectivity.timeout", True, "service", None,
           "00:40 Installing 'community.kubernetes:0.10.0' to '/root/.ansible/ansible_collections/community/kubernetes'\n00:51 ERROR! Unexpected Exception, this is probably a bug: The read operation timed out\n00:51 to see the full traceback, use -vvv",
           cmd="ansible-galaxy collection install community.kubernetes", host_alt=[GALAXY], also_ok=["connectivity.client_timeout", "connectivity.package_mirror"],
           note="the collection download in Shippable CI: ansible-galaxy's hard-coded 20s timeout against a slow Galaxy; collections CI 'hacked around this ... by attempting the install 3 times'"),
    galaxy("kewlfft/ansible-aur#89", "connectivity", "connectivity.package_mirror", True, "service", GALAXY,
           "Starting galaxy collection install process\nProcess install dependency map\nERROR! Error when getting collection version metadata for kewlfft.aur:0.13.0 from default (https://galaxy.ansible.com/api/) (HTTP Code: 500, Message: Internal Server Error Code: Unknown)",
           cmd="ansible-galaxy collection install --force kewlfft.aur", also_ok=["registry.server_error"],
           note=GALAXY_500 + " in late January 2026; nothing in the collection (the prompt line with the shell's exit-code gutter left out)"),
    galaxy("ansible/galaxy#3585", "connectivity", "connectivity.package_mirror", True, "service", GALAXY,
           " Starting galaxy collection install process\n Process install dependency map\n ERROR! Error when getting collection version metadata for community.general:4.8.0 from default  (https://galaxy.ansible.com/api/) (HTTP Code: 500, Message: Internal Server Error Code: Unknown)",
           cmd="ansible-galaxy collection install -r collections/requirements.yml", also_ok=["registry.server_error"],
           note=GALAXY_500 + " (2026-01-25), closed once Galaxy recovered (the command line fused to the code fence is left out)"),
    galaxy("ansible/galaxy#2809", "connectivity", "connectivity.package_mirror", True, "service", GALAXY,
           "ERROR! Error when getting the collection info for community.general from default (https://galaxy.ansible.com/api/) (HTTP Code: 530, Message:  Code: Unknown)",
           cmd="ansible-galaxy collection install community.general --force", also_ok=["registry.server_error"],
           note="'getting error 530' one morning, whatever the ansible version or token: Galaxy's CDN could not reach its origin; a later install passes"),
    B.build_in("net_ansible", "grycap/im#1554", "build.toolchain_missing",
               "[WARNING]: Skipping Galaxy server https://galaxy.ansible.com/api/. Got an unexpected error when getting available versions of collection\ncommunity.general: '/api/v3/plugin/ansible/content/published/collections/index/community/general/versions/'\nERROR! Unexpected Exception, this is probably a bug: '/api/v3/plugin/ansible/content/published/collections/index/community/general/versions/'",
               cmd="ansible-galaxy collection install community.general", host_alt=[GALAXY], also_ok=["local.client_regression"],
               note="'In old versions of ansible we get this error': the old ansible-galaxy cannot read the new Galaxy's v3 API; fixed by a commit that changes how the collections are installed, never by a retry"),
    # --- Packer plugins ---------------------------------------------------------------------------------------------------
    packer("stackhpc/ansible-slurm-appliance#729", "github", "github.api_rate_limited", True, "build", None,
           "Failed getting the \"github.com/ethanmdavidson/git\" plugin:\n1 error occurred:\n\t* Plugin host rate limited the plugin getter. Try again in 3m52.820898337s. " + PACKER_HINT,
           cmd="packer init .", host_alt=["api.github.com"], also_ok=["github.rate_limited"],
           note="'Packer workflows sometimes fail due to rate limits of the GitHub API': packer init asks GitHub anonymously from the runner's shared IP; the PR sets PACKER_GITHUB_API_TOKEN to GITHUB_TOKEN"),
    packer("replicatedhq/replicated-field-labs#253", "github", "github.api_rate_limited", False, "build", None,
           "Failed getting the \"github.com/hashicorp/googlecompute\" plugin:\n1 error occurred:\n\t* Plugin host rate limited the plugin getter. Try again in 27m9.530745384s.\n" + PACKER_HINT,
           cmd="packer init .", host_alt=["api.github.com"], also_ok=["github.rate_limited"],
           note="'Resolved by adding the PACKER_GITHUB_API_TOKEN: ${{ secrets.GITHUB_TOKEN }}'; with 27 minutes to the reset an immediate re-run fails the same way"),
    packer("hashicorp/packer#11259", "github", "github.api_rate_limited", True, "build", None,
           "no release version found for the github.com/hashicorp/amazon plugin matching the constraint(s): \">= 1.0.0\"",
           cmd="packer init .", host_alt=["api.github.com"], also_ok=["github.rate_limited", "build.package_version_missing"],
           note="CI builds 'frequently failing' at packer init with only this line; PACKER_LOG=1 showed GitHub throttling the anonymous tag listing (the misleading message is the bug, packer#11330 added the rate-limit hint)"),
    # --- cloud CLIs -----------------------------------------------------------------------------------------------------
    cloud("dockstore/dockstore#4084", "connectivity", "connectivity.rate_limited", True, "service", None,
          "An error occurred (Throttling) when calling the ValidateTemplate operation (reached max retries: 2): Rate exceeded",
          cmd="aws cloudformation validate-template --template-body file://template.yml", host_alt=["cloudformation.amazonaws.com"],
          note="two builds validating templates at once (a merge and a feature branch) over the account's CloudFormation API rate; the aws CLI's own retries ran out, a later build passes"),
    cloud("cloud-custodian/cloud-custodian#9216", "credentials", "credentials.session_expired", False, "build", None,
          "region:us-east-1 error:An error occurred (ExpiredToken) when calling the AssumeRole operation: The security token included in the request is expired\nregion:us-east-1 error:An error occurred (ExpiredTokenException) when calling the GetFunction operation: The security token included in the request is expired",
          cmd="c7n-org run -c accounts.yml -s output -u policy.yml", also_ok=["credentials.unauthorized", "credentials.token_failed"],
          note="'the run will go for an hour then at an hour the run blows up': the temporary credentials last one hour and the run takes longer; the reporter: 'I had to re-get credentials between loops'"),
    cloud("Azure/azure-cli#28708", "credentials", "credentials.session_expired", False, "build", None,
          "ERROR: AADSTS700024: Client assertion is not within its valid time range. Current time: 2024-04-05T23:01:54.2089203Z, assertion valid from 2024-04-05T22:40:41.0000000Z, expiry time of assertion 2024-04-05T22:50:41.0000000Z. Review the documentation at https://docs.microsoft.com/azure/active-directory/develop/active-directory-certificate-credentials",
          head=["Run azure/cli@v2"], also_ok=["credentials.token_failed", "credentials.unauthorized"],
          note="labelled common issue: 'the OIDC token is only valid for 10 minutes' and az login with --federated-token cannot fetch a new one, so any az call after that in a long job fails (the blockquote's '> ' dropped)"),
    cloud("google-github-actions/setup-gcloud#76", "credentials", "credentials.unauthorized", False, "build", None,
          "ERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: invalid_grant: Invalid JWT Signature.",
          head=["Run google-github-actions/setup-gcloud@master"], also_ok=["credentials.auth_failed", "credentials.token_failed"],
          note="'closing as it was actually an issue on my end (key had been rotated)': the service-account key in the secret no longer exists"),
    cloud("google-github-actions/auth#333", "credentials", "credentials.token_failed", False, "build", None,
          "ERROR: (gcloud.config.set) There was a problem refreshing your current auth tokens: ('Error code invalid_target: The target service indicated by the \"audience\" parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn\\'t exist.', '{\"error\":\"invalid_target\",\"error_description\":\"The target service indicated by the \\\\\"audience\\\\\" parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn\\'t exist.\"}')",
          cmd="gcloud auth login --brief --cred-file=\"${{ steps.auth.outputs.credentials_file_path }}\"", also_ok=["credentials.unauthorized"],
          note="the workload identity provider the workflow names (set up with Terraform) does not exist as given, so STS refuses the audience; a configuration mistake (the maintainer also notes the extra gcloud login step is unnecessary)"),
    cloud("ZcashFoundation/zebra#7015", "github", "github.outage", True, "service", None,
          "ERROR: (gcloud.compute.ssh) There was a problem refreshing your current auth tokens: ('Unable to retrieve Identity Pool subject token', '{ \"message\": \"GitHub Actions is temporarily unavailable. Please visit https://www.githubstatus.com/ for the status of our services.\", \"ref\": \"Ref A: 28C40F7FA2C5465FB3AD96C4A3038863 Ref B: BN3EDGE0617 Ref C: 2023-06-19T19:58:02Z\" }')",
          cmd="gcloud compute ssh zebrad-tip --zone us-central1-a", host_alt=["token.actions.githubusercontent.com"], also_ok=["credentials.token_failed", "github.server_error"],
          note="labelled I-integration-fail: gcloud's workload identity refresh asks GitHub's OIDC endpoint for a subject token and GitHub answers that Actions is temporarily unavailable; 'it might have gone away by itself' (the blockquote's '> ' dropped)"),
    # --- kubectl against a cluster -------------------------------------------------------------------------------------
    kube("ianbelcher/eks-kubectl-action#1", "credentials", "credentials.unauthorized", False, "build", None,
         "Run ianbelcher/eks-kubectl-action@master\n...\nAttempting to update kubeconfig for aws\nAdded new context ***/testing-cluster to /github/home/.kube/config\nerror: You must be logged in to the server (the server has asked for the client to provide credentials)",
         raw_is_log=True, also_ok=["credentials.permission_denied"],
         note="the maintainer: besides IAM policies 'you also need to make Kubernetes aware of that user' (the aws-auth mapping); the CI user is not mapped, so every run is refused (the '...' is the reporter's elision)"),
    kube("actions-hub/kubectl#30", "connectivity", "connectivity.refused", False, "local", "127.0.0.1:6443",
         "E1208 23:53:20.163003       7 memcache.go:265] couldn't get current server API group list: Get \"https://127.0.0.1:6443/api?timeout=32s\": dial tcp 127.0.0.1:6443: connect: connection refused",
         head=["Run actions-hub/kubectl@master"], host_alt=["127.0.0.1"], also_ok=["build.test_service_unreachable"],
         note="a self-hosted runner on the control-plane node: the kubeconfig's server is 127.0.0.1:6443, which inside the action's docker container is the container itself; the same image run by hand with the host's network works"),
    kube("debianmaster/actions-k3s#6", "build", "build.test_service_unreachable", False, "build", "127.0.0.1:6443",
         "The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?",
         cmd="kubectl get nodes", host_alt=["127.0.0.1"], also_ok=["connectivity.refused", "local.runner_image_broken"],
         note="the README's demo with k3s v0.9.1 stopped working overnight for several users; the maintainer fixed the action 'but unfortunately, older versions for k3s do not seem to work' - pin a newer k3s or the v1.0.3 tag"),
]
