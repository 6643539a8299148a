"""Dev-set entries, batch 59 (self-hosted runners and Actions Runner Controller as jobs meet them, the node, the network
and GitHub's service beside the operator's own configuration. Runner versions: a current runner refused as
'deprecated' during a GitHub outage and on a day its latest release was refused, the same 403 text from a VPN that
blocked the broker host, next to runners that really were too old (a --disableupdate runner, an ARC image left on an
old tag, a runner below the enforced minimum). ARC's scale-set listener: session creation answering 404 across an
estate, a degraded broker handing out an empty queue URL, a stale session's 409. Runner loss: self-hosted runners
losing communication (one a listener hang after an HTTP timeout), kubelet eviction for node ephemeral storage, the
runner's own _diag log hitting a full disk on hosted and self-hosted machines. Job containers and action images:
ghcr.io answering 503 and GitHub Pages' image pull during an incident, a self-hosted daemon with a wrong Docker Hub
login, a runner user outside the docker group, runners and agent images with no docker binary, a Gitea runner image
that insists on a socket it was told not to use, dind without its TLS certs. Kubernetes mode and container hooks:
jobs without `container:` refused, a job's own `exit 1` reported as a hook failure, the hook's bare HttpError, pods
refused by a ResourceQuota, a LimitRange and an invalid restartPolicy. Registration: a GitHub App installation id that
is not the app's, a registration-token call the token cannot make, an expired runner token. Network: an action
download hitting HttpClient's 100-second timeout during an incident, GitHub handing out an internal host name, the
runner's GetMessage timing out from a slow network, a Docker container on a Raspberry Pi that resolves no name.)
`err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a thread
quoted a log inside Markdown (blockquote markers, backticks, GitHub's line-number links inside a pasted line) only
that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the
reporter's own words or is cut, the entry stops at the last whole log line. Hosts follow the README's strict rule: a
host is given only where a line of the log names it for the failing call; an inferred one goes in host_alt. Labels
were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"smg-project/smg#2325"}

B = Batch(PULLS)
bld = B.build()
loc = B.local()
gh = B.family("github")
conn = B.family("connectivity")
reg = B.family("registry")
cred = B.family("credentials")
dns = B.family("dns")

BROKER = ["broker.actions.githubusercontent.com"]
HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
OUTDATED = "local.runner_outdated"
LOST = "local.runner_lost"
NO_DOCKER = "local.docker_missing"
JOB_CONTAINER = "build.job_container_required"
POD_REFUSED = "local.job_pod_not_started"
HOOK_FAILED = "Error: Executing the custom container implementation failed. Please contact your self hosted runner administrator."
DIAG_FRAMES = (
    "   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)\n"
    "   at System.IO.Strategies.BufferedFileStreamStrategy.FlushWrite()\n"
    "   at System.IO.StreamWriter.Flush(Boolean flushStream, Boolean flushEncoder)\n"
    "   at System.Diagnostics.TextWriterTraceListener.Flush()"
)

E = [
    # --- runner versions: 'deprecated' from GitHub's side and from a blocked broker --------------------------------
    gh("actions/runner#4613", "github", "github.outage", True, "service", None,
       "An error occurred: Error: Forbidden Runner version v2.336.0 is deprecated and cannot receive messages.",
       raw_is_log=True, host_alt=BROKER, also_ok=[OUTDATED, "github.server_error"],
       note="v2.336.0 was the current release; new GKE runners were refused on startup and 'it was part of the Github outage on Aug 6, 2026': fixed on GitHub's side the next day"),
    gh("actions/runner#3378", "github", "github.server_error", True, "service", None,
       "Jul 09 20:57:25 automation2 Runner.Listener[432636]: √ Connected to GitHub\nJul 09 20:57:25 automation2 Runner.Listener[432636]: Current runner version: '2.317.0'\nJul 09 20:57:26 automation2 Runner.Listener[432636]: 2024-07-09 20:57:25Z: Listening for Jobs\nJul 09 20:57:27 automation2 Runner.Listener[432636]: An error occured: Error: Forbidden Runner version v2.317.0 is deprecated and cannot receive messages.\nJul 09 20:57:27 automation2 systemd[1]: github-runner-argo-2.service: Main process exited, code=exited, status=1/FAILURE",
       raw_is_log=True, host_alt=BROKER, also_ok=[OUTDATED, "github.outage"],
       note="v2.317.0 was the latest release ('Nothing to upgrade to'), the last job passed 27 seconds before the first refusal; the runner reads any 403 from the service as 'deprecated' (actions/runner#3381), so GitHub's side, not the version"),
    conn("actions/runner#3381", "connectivity", "connectivity.firewall_blocked", False, "local", None,
         "Error: Forbidden Runner version v2.319.1 is deprecated and cannot receive messages",
         raw_is_log=True, host_alt=BROKER, also_ok=[OUTDATED, "connectivity.proxy_misconfigured"],
         note="the company VPN did not allow broker.actions.githubusercontent.com; once IT allowed it and the service restarted the runner worked; the maintainer: the runner 'is interpreting any 403 as a deprecated version error' (quoted from the reporter's comment, backticks dropped)"),
    # --- runner versions that really are too old ---------------------------------------------------------------------
    loc("actions/runner#3658", OUTDATED, False,
        "Current runner version: '2.310.0'\nListening for Jobs\nAn error occured: Runner version v2.310.0 is deprecated and cannot receive messages.\nRunner listener exit with terminated error, stop the service, no retry needed.",
        raw_is_log=True,
        note="an ephemeral runner configured with --disableupdate stays on 2.310.0 long after GitHub's support window; the listener stops for good ('no retry needed') until the image carries a newer runner"),
    loc("actions/runner#1991", OUTDATED, False,
        "√ Connected to GitHub\n\nCurrent runner version: '2.291.1'\n2022-07-11 15:34:21Z: Listening for Jobs\nAn error occurred: Runner version v2.291.1 is deprecated and cannot receive messages.\nRunner listener exit with retryable error, re-launch runner in 5 seconds.\nRestarting runner...",
        raw_is_log=True,
        note="a Kubernetes runner image pinned to 2.291.1 with updates off; the listener's 'retryable' relaunch loops forever: 'confirm if the issue is because of the older version and needs to be upgraded' (it is)"),
    loc("actions/runner#4203", OUTDATED, False,
        "[RUNNER 2026-01-20 16:15:42Z ERR  Terminal] WRITE ERROR: An error occured: Runner version v2.329.0 is deprecated and cannot receive messages.\nAn error occured: Runner version v2.329.0 is deprecated and cannot receive messages.",
        raw_is_log=True,
        note="ARC runner pods on 2.329.0 refused from 2026-01-20 (the changelog had named 2.329.0 as the minimum); 'After upgrade to v2.331.0, the runner works': an image bump, not a re-run"),
    # --- ARC's scale-set listener ------------------------------------------------------------------------------------
    gh("actions/actions-runner-controller#3935", "github", "github.outage", True, "service", None,
       "2025/02/19 07:05:16 Application returned an error: createSession failed: failed to create session: actions error: StatusCode 404",
       raw_is_log=True, host_alt=BROKER, also_ok=["github.server_error"],
       note="'happening this morning across our estate': scale sets that had been registered and healthy were suddenly unknown to the service (the same week's GitHub API outage is actions/actions-runner-controller#3942); the quote is the line as far as the excerpt shows it"),
    gh("actions/actions-runner-controller#4370", "github", "github.server_error", True, "service", None,
       "[ERR] GET  request failed: Get \"\": unsupported protocol scheme \"\"",
       raw_is_log=True, host_alt=BROKER, also_ok=["github.outage"],
       note="during the 2026-07-25 Actions incidents the broker answered 500s and CreateMessageSession returned an empty messageQueueUrl, so the restarted listener dialled an empty URL ('a broker-degradation artifact'; backticks dropped)"),
    gh("actions/actions-runner-controller#4285", "github", "github.session_conflict", True, "local", None,
       "2026/01/05 07:37:56 Application returned an error: createSession failed: failed to create session: failed to do the session request: actions error: StatusCode 409, AcivityId \"\": GitHub.Actions.Runtime.WebApi.RunnerScaleSetSessionConflictException, GitHub.Actions.Runtime.WebApi: The actions runner scaleset dev already has an active session.",
       raw_is_log=True, also_ok=["github.server_error"],
       note="a previous listener pod died without deleting its message session, so the new one is refused until the stale session expires (a second listener object was also found); the crash loop clears by itself"),
    # --- runners losing the server -----------------------------------------------------------------------------------
    loc("ankidroid/Anki-Android-Backend#600", LOST, True,
        "The self-hosted runner lost communication with the server. Verify the machine is running and has a healthy network connection. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, also_ok=["local.out_of_memory"],
        note="a one-off CI failure quoted with a run link and closed without a code change (blockquote marker dropped)"),
    loc("actions/runner#2040", LOST, True,
        "The self-hosted runner: lost communication with the server. Verify the machine is running and has a healthy network connection. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, also_ok=["local.out_of_memory"],
        note="a Windows Server 2016 EC2 runner since 30 July 2022, 'even for the parts of the workflow that don't require high utilization'; others report it on and off across runner versions (the reporter's surrounding quotes dropped)"),
    loc("actions/runner#4695", LOST, True,
        "The self-hosted runner lost communication with the server. Verify the machine is running\nand has a healthy network connection. Anything in your workflow that terminates the runner\nprocess, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, also_ok=["github.connect_timeout"],
        note="runner 2.336.0: after a 100-second 'The HTTP request timed out' on the broker the listener acquires a job and then hangs reading a response body with no timeout; jobs fail at ten minutes with zero steps, sporadically (the reporter's own line breaks kept)"),
    # --- the node: eviction and full disks ---------------------------------------------------------------------------
    loc("actions/actions-runner-controller#1215", "local.pod_evicted_disk", False,
        "v1/pods error\nError Occurred in Pod: actions-runner-system/github-runner-jnp9m-2rwsr in prod-k8s cluster\nThe node was low on resource: ephemeral-storage. Container docker was using 80Ki, which exceeds its request of 0. Container runner was using 84096Ki, which exceeds its request of 0.",
        raw_is_log=True, also_ok=["local.disk_full", LOST],
        note="an EKS node with a 100 GB volume: the job's `sed -i` over a ~20 GB dump exhausts the node's ephemeral storage and the kubelet evicts the runner pod; the answer is an ephemeral-storage request/limit, the same job evicts again"),
    loc("actions/runner-images#10699", "local.disk_full", False,
        "System.IO.IOException: No space left on device : '/home/runner/runners/2.319.1/_diag/Worker_20240929-071716-utc.log'\n" + DIAG_FRAMES,
        raw_is_log=True, also_ok=[LOST],
        note="a hosted runner: an action 'running well before' now fills the disk until the worker cannot write its own _diag log, on both of two days' runs; the same job fills it again"),
    loc("tech-shrimp/docker_image_pusher#380", "local.disk_full", False,
        "System.IO.IOException: No space left on device : '/home/runner/actions-runner/cached/_diag/Worker_20260215-115535-utc.log'\n   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)\n   at System.IO.StreamWriter.Flush(Boolean flushStream, Boolean flushEncoder)\n   at System.Diagnostics.TextWriterTraceListener.Flush()\n   at GitHub.Runner.Common.HostTraceListener.WriteHeader(String source, TraceEventType eventType, Int32 id)",
        raw_is_log=True, also_ok=[LOST],
        note="the image-mirroring workflow pulls large images onto a hosted runner (the step is 'Pull'); 'lately always' out of space, so the same images fill the disk again on a re-run"),
    loc("opendatahub-io/notebooks#3641", "local.disk_full", False,
        "System.IO.IOException: No space left on device",
        raw_is_log=True, also_ok=[LOST],
        note="the [rhoai] hermetic builds (~3 GB of prefetched dependencies) consistently crash the runner on its own _diag/Worker log while [odh] builds of the same commit pass; the quote is the exception as the issue states it"),
    loc("actions/runner-images#13719", "local.disk_full", False,
        "System.IO.IOException: No space left on device : '/home/runner/actions-runner/cached/_diag/Worker_20260223-165456-utc.log'",
        raw_is_log=True, also_ok=[LOST, "local.runner_image_broken"],
        note="a GitHub-hosted ubuntu runner fails before any step of a 2.8 MiB repository's deployment workflow; 'Re-ran job multiple times — same' on ubuntu-latest and ubuntu-22.04"),
    # --- job containers and action images ------------------------------------------------------------------------------
    reg("wangyoucao577/go-release-action#115", "registry", "registry.server_error", True, "service", "ghcr.io",
        "/usr/bin/docker pull ghcr.io/wangyoucao577/go-release-action:v1.36\nError response from daemon: Head \"https://ghcr.io/wangyoucao577/go-release-action/manifests/v1.36\": received unexpected HTTP status: 503 Service Unavailable\nWarning: Docker pull failed with exit code 1, back off 5.225 seconds before retry.",
        raw_is_log=True, also_ok=["registry.outage", "github.outage"],
        note="'occuring on all jobs' that pull the action's image from ghcr.io while it answered 503; the tag exists, later runs pass (backticks around each line dropped)"),
    reg("open-sdg/open-sdg#1704", "registry", "registry.server_error", True, "service", None,
        "Docker pull failed with exit code 1",
        raw_is_log=True, host_alt=["ghcr.io"], also_ok=["github.outage"],
        note="GitHub Pages' jekyll-build-pages pulls its image during a githubstatus incident (actions/jekyll-build-pages#41); 'seems to be working again' the same day"),
    cred("epinio/epinio#2598", "credentials", "credentials.unauthorized", False, "local", "registry-1.docker.io",
         "Starting job container\n  /usr/bin/docker pull cypress/browsers:node16.14.2-slim-chrome100-ff99-edge\n  Error response from daemon: Head \"https://registry-1.docker.io/v2/cypress/browsers/manifests/node16.14.2-slim-chrome100-ff99-edge\": unauthorized: incorrect username or password",
         raw_is_log=True, host_alt=HUB, also_ok=["credentials.bad_password"],
         note="one self-hosted runner (gha08-runner-0) fails every run at 'Initialize containers' from run #760 on: the daemon's stored Docker Hub login is wrong for a public image; labelled devops admin, a fix on that machine (the log view's line-number link dropped)"),
    loc("RIDE-Lab/SAGE#943", "local.docker_socket_permission", False,
        "Pull down action image 'ghcr.io/alstr/todo-to-issue-action:v5.1.13'\n  /usr/bin/docker pull ghcr.io/alstr/todo-to-issue-action:v5.1.13\n  permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post \"http://%2Fvar%2Frun%2Fdocker.sock/v1.51/images/create?fromImage=ghcr.io%2Falstr%2Ftodo-to-issue-action&tag=v5.1.13\": dial unix /var/run/docker.sock: connect: permission denied\n  Warning: Docker pull failed with exit code 1, back off 3.551 seconds before retry.",
        raw_is_log=True, host_alt=["ghcr.io"],
        note="the self-hosted runner's user may not open the docker socket, so the container action's image is never pulled; every retry fails the same"),
    loc("dsaltares/fetch-gh-release-asset#4", NO_DOCKER, False,
        "Build container for action use: '/home/ubuntu/actions-runner/_work/_actions/dsaltares/fetch-gh-release-asset/master/Dockerfile'.\n##[error]File not found: 'docker'",
        raw_is_log=True,
        note="'I thought the self-hosted runner installation installed docker, but it doesn't': a Docker container action on a machine with no docker"),
    loc("emberstack/docker-azure-pipelines-agent#20", NO_DOCKER, False,
        "Unhandled: Unable to locate executable file: 'docker'. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.",
        raw_is_log=True,
        note="the containerised Azure Pipelines agent image ships no docker CLI, so a Docker task cannot start; others hit the same, no change helps until the image or a mounted CLI provides one"),
    loc("docker/setup-qemu-action#164", "local.runner_image_broken", False,
        "Error: Unable to locate executable file: docker. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.",
        also_ok=[NO_DOCKER],
        note="the new GitHub Arm runners' image at the time came without docker although the docs said it was preinstalled; every run of the setup step fails on that image (backticks dropped)"),
    loc("vegardit/docker-gitea-act-runner#42", "local.docker_socket_missing", False,
        "2023-12-21 16:38:14 stat: cannot statx '/var/run/docker.sock': No such file or directory\n2023-12-21 16:38:14 16:38:14 Error - exited with status 1 in [/opt/run.sh] at line 111:",
        raw_is_log=True, also_ok=["local.docker_daemon_down", "local.runner_image_broken"],
        note="the runner is pointed at a remote daemon (GITEA_RUNNER_JOB_CONTAINER_DOCKER_HOST=tcp://socat:2375) and mounts no socket, but the image's start script still stats /var/run/docker.sock and exits, on every start with that setting (reported against the image's run.sh)"),
    loc("actions/actions-runner-controller#3223", "local.docker_daemon_down", False,
        "Failed to initialize: unable to resolve docker endpoint: open /certs/client/ca.pem: no such file or directory\nFailed to initialize: unable to resolve docker endpoint: open /certs/client/ca.pem: no such file or directory\nFailed to initialize: unable to resolve docker endpoint: open /certs/client/ca.pem: no such file or directory",
        raw_is_log=True, also_ok=["local.docker_env_misconfigured"],
        note="ARC runner pods wait for a dind daemon over TLS while the client certificates never appear in /certs/client; the runner loops until its 120-second wait expires, every pod the same"),
    # --- Kubernetes mode and the container hooks ---------------------------------------------------------------------
    bld("actions/runner#3372", JOB_CONTAINER,
        "Run '/home/runner/k8s/index.js'\n  shell: /home/runner/externals/node16/bin/node {0}\n##[debug]/home/runner/externals/node16/bin/node /home/runner/k8s/index.js\nError: Error: Job Container is required.\nError: Process completed with exit code 1.\n" + HOOK_FAILED,
        raw_is_log=True, also_ok=["local.runner_env_misconfigured"],
        note="a kubernetes-mode scale set on EKS: the workflow has no `container:`, which the k8s hook requires unless the runner sets ACTIONS_RUNNER_REQUIRE_JOB_CONTAINER=false"),
    bld("smg-project/smg#2325", JOB_CONTAINER,
        "Runner name: 'self-hosted-h100-2gpu-cu131-knf42-runner-kwr9h'\n##[error]Jobs without a job container are forbidden on this runner,\n         please add a 'container:' to your job",
        raw_is_log=True, also_ok=["local.runner_env_misconfigured"],
        note="GPU jobs written containerless land on a fork's containerMode: kubernetes scale set, which 'refuses such jobs outright'; the PR lets a repository variable supply the image (the PR's own wrapping of the line kept)"),
    bld("actions/runner#3178", "build.step_failed",
        "Error: Error: failed to run script step: command terminated with non-zero exit code: error executing command [sh -e /__w/_temp/ccaaadc0-d72a-11ee-8141-5bd0b7d29442.sh], exit code 1\nError: Process completed with exit code 1.\n" + HOOK_FAILED,
        raw_is_log=True, also_ok=["build.test_failed"],
        note="the job's own `exit 1` (pylint finding a problem) inside a kubernetes-mode job container; the hook manager still tells users to contact their runner administrator"),
    loc("actions/runner-container-hooks#128", POD_REFUSED, False,
        "Error: HttpError: HTTP request failed\nError: Process completed with exit code 1.\n" + HOOK_FAILED,
        raw_is_log=True, also_ok=["credentials.insufficient_scope", "local.runner_env_misconfigured"],
        note="every job on a new EKS kubernetes-mode scale set fails at 'Initialize containers': the hook's call to the Kubernetes API is refused (others trace it to the service account's role or the namespace's quota); the same on each run until the cluster configuration changes"),
    loc("actions/actions-runner-controller#3191", "local.resource_quota_exceeded", False,
        "2024-01-08T15:05:56Z    ERROR    EphemeralRunner    Failed to create a pod due to unrecoverable failure    {\"ephemeralrunner\": {\"name\":\"eks-ubuntu-kubernetes-scale-set-p5b6k-runner-8jttk\",\"namespace\":\"arc-runners\"}, \"error\": \"pods \\\"eks-ubuntu-kubernetes-scale-set-p5b6k-runner-8jttk\\\" is forbidden: exceeded quota: arc-systems-namespace-quota, requested: requests.cpu=900m,requests.memory=1Gi, used: requests.cpu=900m,requests.memory=1Gi, limited: requests.cpu=1,requests.memory=1Gi\"}",
        raw_is_log=True, also_ok=[POD_REFUSED],
        note="the runner namespace's ResourceQuota admits one runner pod; the next is refused as 'unrecoverable' and the scale set sits at zero (the same user's actions-runner-controller#3211 was fixed by removing the quota)"),
    loc("actions/actions-runner-controller#3867", "local.resource_quota_exceeded", False,
        "{\"severity\":\"error\",\"ts\":\"2025-01-25T07:27:43Z\",\"logger\":\"EphemeralRunner\",\"message\":\"Failed to create a pod due to unrecoverable failure\",\"version\":\"0.10.1\",\"ephemeralrunner\":{\"name\":\"sandbox2-scale-set-runner-terraform-9wzj4-runner-s66b9\",\"namespace\":\"gha-runners\"},\"error\":\"pods \\\"sandbox2-scale-set-runner-terraform-9wzj4-runner-s66b9\\\" is forbidden: maximum cpu usage per Container is 1500m, but limit is 2\"",
        raw_is_log=True, also_ok=[POD_REFUSED],
        note="the namespace's limits leave no room for the injected istio sidecar next to the runner; the listener only reports 'not ready' until the quota is fixed (the quoted line is cut where the comment's block ends)"),
    loc("actions/actions-runner-controller#3810", "local.runner_pod_spec_invalid", False,
        "Failed to create the pod: Pod \"mis-v7mzn-runner-bn6zd\" is invalid: spec.initContainers[1].restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"",
        raw_is_log=True, also_ok=[POD_REFUSED],
        note="the EphemeralRunner's status message (a column of `kubectl get ephemeralrunners`): the scale set's pod template gives an init container a restartPolicy the API rejects, so no runner is ever created; a values change"),
    # --- registration and the controller's GitHub credentials --------------------------------------------------------
    cred("Link-/actions-at-scale-ghoh#6", "credentials", "credentials.app_installation_not_found", False, "build", "api.github.com",
         "ERROR   actions-runner-controller.runner        Failed to get new registration token    {\"runner\": \"example-runnerdeploy-zzwdj-4xgfz\", \"error\": \"failed to create registration token: Post \\\"https://api.github.com/orgs/POC-CICD-DSO/actions/runners/registration-token\\\": could not refresh installation id 95639346's token: received non 2xx response status \\\"404 Not Found\\\" when fetching https://api.github.com/app/installations/95639346/access_tokens\"}",
         raw_is_log=True, also_ok=["credentials.unauthorized", "credentials.insufficient_scope"],
         note="the controller's secret names an installation id that is not the reporter's ('95639346 is not my github_app_installation_id'); every reconcile fails the same until the secret is corrected"),
    cred("actions/actions-runner-controller#39", "credentials", "credentials.insufficient_scope", False, "build", "api.github.com",
         "2020-04-23T03:02:06.237Z\tERROR\tcontrollers.Runner\tFailed to get new registration token\t{\"runner\": \"default/actions-runner-9kcgt-k8skd\", \"error\": \"failed to create registration token: POST https://api.github.com/repos/tectonic/awardforce/actions/runners/registration-token: 404 Not Found []\"}",
         raw_is_log=True, also_ok=["credentials.unauthorized"],
         note="GitHub answers 404 for a registration-token call the controller's token may not make on that repository (the maintainer's suggested change 'worked', and the error came back when it was re-added); a configuration, not a re-run"),
    cred("myoung34/docker-github-actions-runner#377", "credentials", "credentials.token_expired", False, "build", "api.github.com",
         "Http response code: NotFound from 'POST https://api.github.com/actions/runner-registration' (Request Id: 5351:12FEFB:FB0FE:1085C1:66AD3BA5)\n{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"404\"}\nResponse status code does not indicate success: 404 (Not Found).\nAn error occurred: Not configured. Run config.(sh/cmd) to configure the runner.",
         raw_is_log=True, also_ok=["credentials.unauthorized", "build.wrong_url"],
         note="the maintainer: 'Sounds like an auth issue'; later reporters fixed it with a fresh runner token and by dropping '.git' from the repository URL; the same container fails again until then"),
    # --- the network between the runner and GitHub ----------------------------------------------------------------------
    gh("actions/checkout#1013", "github", "github.download_stalled", True, "service", "api.github.com",
       "Download action repository 'actions/checkout@v3' (SHA:93ea575cb5d8a053eaa0ac8fa3b40d7e05a33cc8)\nWarning: Failed to download action 'https://api.github.com/repos/actions/checkout/tarball/93ea575cb5d8a053eaa0ac8fa3b40d7e05a33cc8'. Error: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.\nWarning: Back off 20.676 seconds before retry.",
       raw_is_log=True, also_ok=["github.connect_timeout", "connectivity.timeout"], fatal=False,
       note="self-hosted runners installed as a service, for all workflows; 'It started more or less when this incident was reported by GitHub'; the runner itself retries (a warning here)"),
    gh("actions/checkout#1917", "github", "github.outage", True, "service", "internal-api.service.iad.github.net",
       "Warning: Failed to download action 'https://internal-api.service.iad.github.net/repos/actions/setup-node/tarball/0a44ba7841725637a19e28fa30b79a866c81b0a6'. Error: Name or service not known (internal-api.service.iad.github.net:443)\nWarning: Back off 12.477 seconds before retry.",
       raw_is_log=True, also_ok=["dns.resolve_failed", "github.server_error"], fatal=False,
       note="GitHub's action download info handed out an internal host name nobody outside can resolve (2024-09-25); a server-side mistake in the URLs GitHub hands the runner, not the runner's network"),
    conn("actions/runner#2614", "connectivity", "connectivity.timeout", False, "local", "pipelines.actions.githubusercontent.com",
         "[2023-05-27 13:58:42Z WARN GitHubActionsService] GET request to https://pipelines.actions.githubusercontent.com/HQH8D23mn6blr1u8CKinXnaTbqwptI82iibrs7XkkiEoAtsD4q/_apis/distributedtask/pools/1/messages?sessionId=a3d2a700-83e0-40e0-8e05-687a4f48a748&lastMessageId=1&status=Online&runnerVersion=2.304.0 timed out after 60 seconds.\n[2023-05-27 13:58:42Z ERR  MessageListener] Catch exception during get next message.\n[2023-05-27 13:58:42Z ERR  MessageListener] System.TimeoutException: The HTTP request timed out after 00:01:00.",
         raw_is_log=True, also_ok=["github.connect_timeout", "connectivity.proxy_misconfigured"],
         note="a new runner's configuration and its message polling time out from the reporter's network (config.sh timed out too); a path problem on that host, stale without a service-side cause"),
    dns("actions/checkout#304", "dns", "dns.resolve_failed", False, "local", "github.com",
        "##[error]fatal: unable to access 'https://github.com/racket/racket/': Could not resolve host: github.com",
        raw_is_log=True, also_ok=["local.docker_network_broken"],
        note="a self-hosted runner on a Raspberry Pi 3 running the job in a container: the same clone works in a container started by hand; 'This seems to be a docker issue', the host's Docker networking, every run"),
]
