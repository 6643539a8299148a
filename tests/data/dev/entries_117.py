"""Dev-set entries, batch 117 (self-hosted runner machines failing the job, a new pass over threads no earlier batch
used: Actions Runner Controller's pods and listeners, VM and bare-metal GitHub runners, GitLab runners on Kubernetes
and on macOS (tart), Buildkite agents, Jenkins agents (EC2 spot, Windows builders, a Node.js test machine) and a
TeamCity agent image). The machine's side: runner versions GitHub no longer serves (a `--disableupdate` VM runner in
January 2025, an ARC runner in a retry loop in 2022, a docker runner image pinned to 2.324.0), listeners and runners
losing their session (a systemd runner told `A session for this runner already exists` until it stops for good, an
ARC runner whose restart after an OOM kill meets a 409 from the broker), a runner registered with a space in its label,
all of an organisation's self-hosted runners down, a Kubernetes-mode job pod refused by a namespace ResourceQuota,
Karpenter consolidating a node under a running ARC pod (exit 143), a GitLab Kubernetes pod evicted for ephemeral
storage, disks filled on persistent machines (a busy self-hosted fleet, a local CI's committed images, a tart executor
pulling a second macOS image), Docker socket permissions (a Jenkins user whose docker group needs a new login, runner
containers whose uid does not match the socket's group), a Jenkins agent JVM out of heap, a cancelled job's leftover
Compose stack writing root-owned files into the next job's workspace, runners starved into `lost communication`,
Buildkite's `agent lost` on spot instances, Jenkins EC2 spot agents removed mid-build, an r-hub Windows builder going
offline, and a TeamCity docker agent whose stale docker.pid stops dockerd. The service's side is thin here: GitHub's
dispatcher refusing jobs for labels with no online runner (July 2020) and the TeamCity agent image. About a third are
the build's own mistakes that read like the machine failing: `runs-on` labels no runner has (`ubuntu-latst`, a RunsOn
spec without a family, a family list written as JSON), Go's read-only module cache put inside a reused workspace so
the next checkout cannot delete it, a job that keeps multi-GB images until the disk fills, a docker bake whose
parallelism starves its own runner, a JVM `-Xmx1536G` typo under a 2Gi pod limit, and job containers whose USER is
not root and cannot write the runner's file-command files. `err` is verbatim from the source (a GitHub thread found
with the search tool's `issues` corpus); where a thread quoted a log inside Markdown (code fences, blockquote markers,
backticks or quotation marks around a one-line quote) only that markup was dropped and trailing blanks trimmed, never
a word of the log; in r-hub/rhub#375 the `#> ` prefixes and line numbers of r-hub's log viewer were dropped. Where a
quote runs on into the reporter's own words or is cut, the entry stops at the last whole log line; in
cloud-pi-native/socle#532, whose GitLab log was pasted as one run-on paragraph, the entry is the run of whole messages
the PR quotes. Elisions ('...', 'buil...limits') and masks ('<user>', '<aws account id>', '[xxx]') are the reporters'
own. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the failing call
(the broker's session URL); an inferred, masked or placeholder one goes in host_alt. Labels were set from the threads
before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {
    "myoung34/docker-github-actions-runner#573", "cloud-pi-native/socle#532", "sysown/proxysql#6049",
    "dartsim/dart#2919", "rails/buildkite-config#2", "rios0rios0/pipelines#560", "KBVE/kbve#14146",
    "autowarefoundation/autoware#6081", "akka/akka-core#30597",
}  # fmt: skip

B = Batch(PULLS)
loc = B.local()
svc = B.family("local")
gh = B.family("github")
bld = B.build("local")

LOST = "The self-hosted runner lost communication with the server"
SESSION = "local.runner_session_conflict"
OUTDATED = "local.runner_outdated"
SOCK = "local.docker_socket_permission"
LABEL = "build.runner_label_unmatched"
NONROOT = "build.container_user_not_root"
UNREMOVABLE = "build.workspace_unremovable"

E = [
    # --- runner versions GitHub no longer serves ---------------------------------------------------------------------------
    loc("actions/runner#3651", OUTDATED, False,
        "Current runner version: '2.320.0'\n2025-01-13 04:31:47Z: Listening for Jobs\nAn error occured: Runner version v2.320.0 is deprecated and cannot receive messages.\nRunner listener exit with terminated error, stop the service, no retry needed.\nExiting runner...",
        raw_is_log=True, also_ok=["local.runner_unavailable"],
        note="13 January 2025, a Linux runner configured with --disableupdate: 2.320.0 is the penultimate release, yet the service refuses it; the docs quoted in the thread say an update must be applied within 30 days of its release, so the runner has to be upgraded (the 'occured' is the runner's own spelling)"),
    loc("actions/runner#2246", OUTDATED, False,
        "Current runner version: '2.296.2'\n2022-11-04 09:48:25Z: Listening for Jobs\nAn error occurred: Runner version v2.296.2 is deprecated and cannot receive messages.\nRunner listener exit with retryable error, re-launch runner in 5 seconds.",
        raw_is_log=True, also_ok=["local.runner_unavailable"],
        note="November 2022, split from an ARC issue: an outdated runner pod relaunches every 5 seconds forever instead of failing, so jobs wait and monitoring sees nothing; the request (accepted) is to exit as failed; the runner image must be updated either way"),
    loc("myoung34/docker-github-actions-runner#573", OUTDATED, False,
        "Runner version v2.324.0 is deprecated and cannot receive messages.",
        raw_is_log=True, also_ok=["local.runner_image_broken"],
        note="20 March 2026, the PR 'Solves this problem' by bumping the image's GH_RUNNER_VERSION from 2.324.0 to 2.333.0: runners built from the older image no longer receive jobs"),
    # --- listeners and sessions --------------------------------------------------------------------------------------------
    loc("actions/runner#1506", SESSION, False,
        "Nov 27 18:43:15 se-ci-agent-15 runsvc.sh[2127]: √ Connected to GitHub\nNov 27 18:43:15 se-ci-agent-15 runsvc.sh[2127]: A session for this runner already exists.\nNov 27 18:43:15 se-ci-agent-15 runsvc.sh[2127]: Stop retry on SessionConflictException after retried for 240 seconds.\nNov 27 18:43:15 se-ci-agent-15 runsvc.sh[2127]: Failed to create session. The actions runner se-ci-agent-15-zivid-zivid-sdk-runner-7 already has an active session.\nNov 27 18:43:15 se-ci-agent-15 runsvc.sh[2127]: Runner listener exited with error code 5\nNov 27 18:43:15 se-ci-agent-15 runsvc.sh[2127]: Runner listener exit with Session Conflict error, stop the service, no retry needed.",
        raw_is_log=True, also_ok=["local.runner_unavailable", "local.runner_stuck"],
        note="27 November 2024, one of 116 systemd runners: after 240 s of session conflicts the service stops for good and the runner drops out of the pool ('every time we have to manually delete the runners on the host to recreate them')"),
    loc("actions/actions-runner-controller#4155", SESSION, False,
        "[RUNNER 2025-06-27 16:41:28Z ERR  GitHubActionsService] POST request to https://broker.actions.githubusercontent.com/session failed. HTTP Status: Conflict\n[RUNNER 2025-06-27 16:41:28Z ERR  BrokerMessageListener] Catch exception during create session.\n[RUNNER 2025-06-27 16:41:28Z ERR  BrokerMessageListener] GitHub.DistributedTask.WebApi.TaskAgentSessionConflictException: Error: Conflict",
        host="broker.actions.githubusercontent.com", raw_is_log=True,
        also_ok=["local.out_of_memory", "local.runner_stuck"],
        note="27 June 2025, ARC 0.12.1 on an arm64 scale set with limited memory: the runner container is OOM-killed at startup, comes back inside the same pod and meets a 409 for the session it still holds; the pod stays Running as a zombie and new jobs queue behind it until it is deleted"),
    # --- labels and availability -------------------------------------------------------------------------------------------
    loc("actions/runner#4124", "local.runner_label_mismatch", False,
        "Requested labels: iat-951-app-android-2-19472959613-6, iat-951-keep-alive\nJob defined at: [xxx]/.github/workflows/build.yaml@refs/heads/IAT-951-ec2-runner",
        raw_is_log=True, also_ok=["local.runner_unavailable", LABEL],
        note="19 November 2025, runner 2.329.0 on arm64: config.sh --labels \"full_build staging\" registered one label containing a space, so the runner looks healthy yet never matches the job's labels; the fix is re-registering with comma-separated labels (the '[xxx]' is the reporter's mask; the quote is cut after 'Waiting for')"),
    loc("FZJ-IEK3-VSA/geokit#279", "local.runner_unavailable", False,
        "Requested labels: self-hosted\nJob defined at: FZJ-IEK3-VSA/.github/.github/workflows/_run_single_conda_forge_test.yml@refs/heads/main\nReusable workflow chain:\nFZJ-IEK3-VSA/geokit/.github/workflows/test_current_branch.yml@refs/heads/278_drawImageWithAx (e714c2262e8c4d7182629c7d14fc492440746c99)\n-> FZJ-IEK3-VSA/.github/.github/workflows/_run_single_conda_forge_test.yml@refs/heads/main (3e78f1e3019ef8470a4ef6464e1c9500e59eaa35)\nWaiting for a runner to pick up this job...",
        raw_is_log=True, also_ok=["local.runner_lost", "github.job_not_acquired"],
        note="2 January 2026: the pipeline never starts; the maintainer: 'all our self-hosted runners are down', so the job waits until someone brings the machines back (blockquote marker dropped)"),
    gh("actions/runner#579", "github", "github.runner_dispatch_refused", False, "service", None,
       "An image label with the label menuintegrationdev does not exist.\nThe remote provider was unable to process the request.",
       raw_is_log=True, also_ok=["local.runner_unavailable", "github.job_not_acquired"],
       note="8 July 2020, ephemeral Fargate runners that register on demand: 'a few days ago' GitHub's dispatcher began aborting a job at once when no runner with its label is online or idle, instead of queueing it; nothing changed on the runners' side"),
    # --- Kubernetes: job pods, quotas, evictions ---------------------------------------------------------------------------
    loc("actions/actions-runner-controller#3211", "local.resource_quota_exceeded", False,
        "failed to create job pod: HttpError: HTTP request failed",
        raw_is_log=True, also_ok=["local.job_pod_not_started"],
        note="9 January 2024, ARC 0.8.1 in kubernetes mode on EKS with a custom pod template: the hook cannot create the workflow pod; 'When removing the resource quota for the arc-runners namespace it works' (the error is the thread's title)"),
    loc("chanzuckerberg/cellxgene-census#1307", "local.runner_pod_evicted", True,
        "2024-10-23T19:11:48Z\tINFO\tEphemeralRunner\tEphemeral runner container failed\t{\"version\": \"0.9.3\", \"ephemeralrunner\": {\"name\":\"sc-dev-64g-runner-2zrzl-runner-9n8tz\",\"namespace\":\"sc-dev-arc-runners\"}, \"exitCode\": 143}",
        raw_is_log=True, also_ok=["local.runner_lost", "local.runner_shutdown"],
        note="October 2024, ARC 0.9.3 on EKS: CI jobs 'sometimes die' because Karpenter moves the runner pod to another node (SIGTERM, exit 143); the fix planned is the karpenter.sh/do-not-disrupt annotation on the runner pods"),
    loc("cloud-pi-native/socle#532", "local.pod_evicted_disk", False,
        "WARNING: Event retrieved from the cluster: The node was low on resource: ephemeral-storage. Threshold quantity: 16023864137, available: 12671572Ki. Container build was using 1639680Ki, request is 0, has larger consumption of ephemeral-storage. Container helper was using 8Ki, request is 0, has larger consumption of ephemeral-storage. WARNING: Event retrieved from the cluster: Container runtime did not kill the pod within specified grace period.",
        raw_is_log=True, also_ok=["local.disk_full", "local.runner_pod_evicted"],
        note="24 April 2025, GitLab runner's Kubernetes executor: build pods declare no ephemeral-storage request, so the kubelet evicts them when the node runs low and the job fails as a system failure; the PR sets ephemeral-storage requests/limits for the runner's pods"),
    # --- disks -------------------------------------------------------------------------------------------------------------
    loc("QwenLM/qwen-code#10035", "local.disk_full", True,
        "npm warn tar TAR_ENTRY_ERROR ENOSPC: no space left on device, write",
        cmd="npm ci", also_ok=["local.disk_low"],
        note="25 August 2026, a self-hosted fleet runner: the root filesystem hit 100% under concurrent jobs (a cleanup timer skips busy workspaces) and npm ci failed; 'the next attempt installed dependencies successfully', transient exhaustion rather than a broken host"),
    loc("getlocalci/local-ci#207", "local.disk_full", False,
        "cp: cannot create directory '/home/circleci/project/.git/logs': No space left on device",
        raw_is_log=True, also_ok=["local.disk_low"],
        note="October 2022, Local CI running CircleCI jobs on a workstation: its cleanup of committed images did not work and images piled up; 'Jobs are going to fail anyway until this is fixed', so the tool now removes its images on this error"),
    loc("cirruslabs/gitlab-tart-executor#91", "local.disk_full", False,
        "2024/11/07 08:41:17 Pulling the latest version of <aws account id>.dkr.ecr.eu-central-1.amazonaws.com/mirror/github/cirruslabs/macos-sonoma-xcode:16...\n08:43:42 tart command returned non-zero exit code: \"Error: The operation couldn\u2019t be completed. No space left on device\"\nWARNING: Cleanup script failed: exit status 1\nERROR: Job failed: exit status 1",
        host_alt=["dkr.ecr.eu-central-1.amazonaws.com"], raw_is_log=True, also_ok=["local.disk_low"],
        note="7 November 2024, gitlab-runner 17.5.3 with the tart executor on macOS machines: the executor pulls the VM image again although it is on the machine and the disk runs out while the job prepares; healthy jobs on the same runners skip the pull"),
    # --- Docker socket permissions -----------------------------------------------------------------------------------------
    loc("kata-containers/tests#3847", SOCK, False,
        "docker: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/create\": dial unix /var/run/docker.sock: connect: permission denied",
        raw_is_log=True, also_ok=["local.permission_denied"],
        note="19 August 2021, the project's Jenkins setup script adds the jenkins user to the docker group, but the membership only takes effect after the session logs in again, so the agent's docker commands keep failing until then"),
    loc("appleboy/ssh-action#61", SOCK, False,
        "/usr/bin/docker build -t 848848:ae2915a552543c4284c07636defa0be9 -f \"/home/action/actions-runner/_work/_actions/appleboy/ssh-action/master/Dockerfile\" \"/home/action/actions-runner/_work/_actions/appleboy/ssh-action/master\"\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.40/build?buildargs=%7B%7D&cachefrom=%5B%5D&cgroupparent=&cpuperiod=0&cpuquota=0&cpusetcpus=&cpusetmems=&cpushares=0&dockerfile=Dockerfile&labels=%7B%7D&memory=0&memswap=0&networkmode=default&rm=1&session=d251v9oyc8txdzjtdjwmhcp5d&shmsize=0&t=848b6a%3Aae2015f558544c4284c07636deef0be9&target=&ulimits=null&version=1: dial unix /var/run/docker.sock: connect: permission denied",
        raw_is_log=True, also_ok=["local.permission_denied"],
        note="June 2020, a Docker action on a self-hosted runner: the runner builds the action's image as the runner's user, who cannot use the socket; the maintainer: 'Please check the Linux user's permission'; the reporter's usermod -aG docker did not help and the thread ends without a confirmed fix"),
    loc("samber/github-actions-runner#1", SOCK, False,
        "Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.40/build?buil...limits=null&version=1: dial unix /var/run/docker.sock: connect: permission denied",
        raw_is_log=True, also_ok=["local.permission_denied"],
        note="July 2020, a runner container on EC2 started with -u 1000:1000 and the host's socket mounted in: the container's user is not the host user added to the docker group (usermod on the host and a reboot did not help), so every docker step is refused (the 'buil...limits' elision is the reporter's)"),
    # --- Jenkins, Buildkite and TeamCity agents ----------------------------------------------------------------------------
    loc("nodejs/build#3234", "local.out_of_memory", False,
        "Mar 09 20:56:18 test-equinix-ubuntu2204-x64-2 java[1281]: SEVERE: Couldn't clean up oid=12 from null\nMar 09 20:56:18 test-equinix-ubuntu2204-x64-2 java[1281]: java.lang.OutOfMemoryError: Java heap space\nMar 09 21:04:15 test-equinix-ubuntu2204-x64-2 java[1281]: Exception: java.lang.OutOfMemoryError thrown from the UncaughtExceptionHandler in thread \"jenkins.util.Timer [#2]\"",
        raw_is_log=True, also_ok=["local.agent_channel_closed", "local.runner_unavailable"],
        note="17 March 2023: the Jenkins agent on test-equinix-ubuntu2204-x64-2 ran out of Java heap a week earlier and had been offline since; the agent process needs a restart before the machine takes jobs again"),
    loc("department-of-veterans-affairs/va.gov-cms#19886", "local.runner_lost", True,
        "EC2 (jenkins-cloud) - vetsgov-general-purpose-1a (sir-9yp6xnwp) was marked offline: Node is being removed\n Error when executing always post condition:\n Also:   hudson.model.Computer$TerminationRequest: Termination requested at Mon Nov 04 21:04:32 UTC 2024 by Thread[Computer.threadPoolForRemoting [#164351],5,main] [id=18204885]\n \t\tat hudson.model.Computer.recordTermination(Computer.java:236)\n \t\tat jenkins.model.Nodes$6.run(Nodes.java:284)\n \t\tat hudson.model.Queue._withLock(Queue.java:1384)\n \t\tat hudson.model.Queue.withLock(Queue.java:1260)\n \t\tat jenkins.model.Nodes.removeNode(Nodes.java:279)\n \t\tat jenkins.model.Jenkins.removeNode(Jenkins.java:2210)\n \t\tat hudson.plugins.ec2.EC2SpotSlave.lambda$terminate$0(EC2SpotSlave.java:115)",
        raw_is_log=True, also_ok=["local.agent_channel_closed"],
        note="November 2024, Jenkins agents from the EC2 plugin on spot instances: the plugin terminates the agent ('Node is being removed') while a job still runs on it, intermittently; the team's notes point at the EC2 cloud killing agents before jobs complete"),
    loc("rails/buildkite-config#2", "local.runner_lost", True,
        "Exited with status -1 (agent lost)",
        raw_is_log=True, also_ok=["local.agent_channel_closed"],
        note="12 May 2019, Rails' Buildkite agents on spot instances: Buildkite support: 'Agent lost means that the agent process disappeared while processing the job', typical of autoscaled agents; the PR adds an automatic retry rule for exit status -1 (quotation marks dropped)"),
    loc("r-hub/rhub#375", "local.agent_channel_closed", True,
        "Agent went offline during the build\nERROR: Node is being removed\nBuild step 'Windows PowerShell' marked build as failure",
        raw_is_log=True, also_ok=["local.runner_lost"],
        note="14 May 2020, r-hub's Windows Server 2008 builder (Jenkins): 'The builder is definitely online. Can you please try again?'; the re-run succeeded and the maintainer put it down to an intermittent network error"),
    svc("JetBrains/teamcity-docker-agent#46", "local", "local.runner_image_broken", False, "service", None,
        "Error starting daemon: pid file found, ensure docker is not running or delete /var/run/docker.pid.",
        raw_is_log=True, also_ok=["local.docker_daemon_down", "local.docker_daemon_crashed"],
        note="20 November 2018, the TeamCity agent image with docker-in-docker: after the agent container restarts, dockerd refuses to start on the stale pid file, so docker builds on that agent fail; the maintainers changed run-docker.sh to delete the file before starting docker"),
    # --- runners starved, lost, or fed a dirty workspace -------------------------------------------------------------------
    loc("dartsim/dart#2919", "local.runner_lost", True,
        LOST,
        raw_is_log=True, also_ok=["local.out_of_memory"],
        note="6 June 2026: wheel jobs landed on uncapped self-hosted runners on an oversubscribed host, whose Runner.Listener heartbeat was starved, and GitHub dropped them mid-build; 'Re-running the failed jobs on a calm host passed cleanly'; the PR documents capping each runner to 4 vCPU / 16 GB"),
    loc("apache/arrow#44418", "local.runner_lost", True,
        "The self-hosted runner: k8s-runners-linux-arm-8g6tn-gpmc7 lost communication with the server.",
        raw_is_log=True, also_ok=["local.out_of_memory", "local.runner_pod_evicted"],
        note="15 October 2024, crossbow packaging jobs on the project's Kubernetes ARM runners: 'slightly flaky lately'; the infra owner: this usually happens when the runner pod gets OOM- or CPU-killed, and asked whether a new feature (Azure file system) raised memory use"),
    loc("tsz-org/tsz#8428", "local.runner_lost", True,
        "The self-hosted runner lost communication with the server. Verify the machine is running and has a healthy network connection.",
        raw_is_log=True, also_ok=["local.out_of_memory"],
        note="18 May 2026, a code-identical refactor PR: the failing job rotates on every retrigger (fourslash-3, fourslash-4, conformance-3, dist-binaries) while the other shards pass, 'the canonical signature of an infrastructure issue, not a test bug' (blockquote marker and quotation marks dropped)"),
    loc("sysown/proxysql#6049", "local.stale_workspace", False,
        "workspace still contains files not owned by the runner",
        raw_is_log=True, also_ok=["local.workspace_permission", "local.permission_denied"],
        note="13 August 2026, self-hosted runners reused serially: a cancelled dockerized build leaked its Compose stack, which kept writing root-owned files into the bind-mounted checkout of the next job, so the contamination guard aborted it; the old cleanup matched the wrong project names, and the PR removes all docker state before and after each job"),
    # --- the build's own: labels no runner has -----------------------------------------------------------------------------
    bld("actions/runner#3081", LABEL,
        "Requested labels: ubuntu-latst\nJob defined at: PrinsFrank/standards/.github/workflows/ci.yml@refs/heads/main\nWaiting for a runner to pick up this job...",
        raw_is_log=True, also_ok=["local.runner_unavailable", "local.runner_label_mismatch"],
        note="6 January 2024: a typo in runs-on (ubuntu-latst) leaves the job waiting for a runner that can never exist; the issue asks GitHub to reject it as an invalid workflow instead"),
    bld("actions/runner#2890", LABEL,
        "Waiting for a runner to pick up this job..",
        raw_is_log=True, also_ok=["local.runner_unavailable"],
        note="27 September 2023: 'Runner stuck in pick up jobs. IF you mispell eg. ubuntu-SOME-VERSION'; the job waits on a runs-on label no runner has"),
    bld("runs-on/runs-on#343", "build.runner_label_invalid",
        "\"error\": \"failed to resolve specs: failed to resolve runner spec: invalid runner spec: . If you are using a configuration file, make sure the file is present. This could also be due to an error when fetching the file from the GitHub API.\",",
        raw_is_log=True, also_ok=[LABEL],
        note="25 July 2025, RunsOn v2.8.5: the job's runs-on label gives cpu and image but no runner spec or family, so no instance can be chosen and the job stays queued; RunsOn's author: 'this is not an AWS issue, but a config issue'"),
    bld("runs-on/runs-on#307", "build.runner_label_invalid",
        "    \"error\": \"operation error EC2: CreateFleet, https response error StatusCode: 400, RequestID: 4f21de82-98c4-4f8b-ab73-e31d91fd47de, api error InvalidParameterValue: AllowedInstanceTypes contains invalid value [\\\"m6in\\\"*.\",",
        raw_is_log=True, also_ok=[LABEL],
        note="22 May 2025, RunsOn v2.6.1: 'We made a bad runs-on job label', family=[\"m6in\", \"c6in\", \"r6in\"] written as a JSON list, which EC2 rejects as an instance type; the job just sat queued (runs-on/runs-on#255 records that this request led RunsOn to surface such errors in a runner that fails)"),
    # --- the build's own: workspaces it cannot delete, disks it fills ------------------------------------------------------
    bld("rios0rios0/pipelines#560", UNREMOVABLE,
        "Cleaning the repository\n  Warning: Unable to clean or reset the repository. The repository will be recreated instead.\n  Deleting the contents of '/home/<user>/actions-runner/_work/backend/backend'\n  Error: File was unable to be removed Error: EACCES: permission denied, rmdir\n    '/home/<user>/actions-runner/_work/backend/backend/.go/pkg/mod/gotest.tools@v2.2.0+incompatible/.circleci'",
        raw_is_log=True, also_ok=["local.stale_workspace", "local.workspace_permission", "local.permission_denied"],
        note="12 August 2026: the pipeline library defaults GOPATH to $(pwd)/.go, putting Go's read-only module cache inside the workspace; a reused self-hosted workspace then cannot be cleaned by the next actions/checkout, which kills every job on that machine; the PR keeps the cache removable"),
    bld("actions/checkout#1720", UNREMOVABLE,
        "Error: File was unable to be removed Error: EACCES: permission denied, rmdir '/opt/actions-runner/_work/...",
        raw_is_log=True, also_ok=["local.stale_workspace", "local.workspace_permission"],
        note="December 2024, self-hosted runners: a commenter traced it to Go build files the job left in the workspace with dr-xr-xr-x directories and read-only files, which checkout's cleanup cannot delete (the '...' is the thread title's own cut)"),
    bld("KBVE/kbve#14146", "build.job_filled_disk",
        "No space left on device (os error 28)",
        raw_is_log=True, also_ok=["local.disk_full"],
        note="16 July 2026, 'not code, runner disk exhaustion': nx affected runs docker projects whose tests load multi-GB images and keep them for the whole job until /var/lib/docker fills; the PR frees more space up front and removes each image right after its smoke test"),
    # --- the build's own: starving or overfilling its own runner -----------------------------------------------------------
    bld("autowarefoundation/autoware#6081", "build.parallelism_starves_runner",
        "docker-build-and-push-cuda (amd64)\nThe self-hosted runner lost communication with the server. Verify the machine is running and has a healthy network connection. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
        raw_is_log=True, also_ok=["local.runner_lost", "local.out_of_memory"],
        note="24 April 2025: the docker bake of the CUDA images 'frequently' cut the self-hosted runner off; the PR limits BuildKit's max-parallelism to 2 (half the cores), which eased the load enough to move the job back to a GitHub runner"),
    bld("akka/akka-core#30597", "build.out_of_memory",
        "command terminated with exit code 137",
        raw_is_log=True, also_ok=["local.out_of_memory", "build.heap_limit"],
        note="31 August 2021, multi-node tests on Kubernetes: the Kubernetes OOM kill came from the workflow's own -Dmultinode.Xmx1536G (a typo for M) under a 2Gi container limit; the PR sets -Xmx512M"),
    # --- the build's own: job containers that do not run as root -----------------------------------------------------------
    bld("actions/cache#957", NONROOT,
        "##[command]/usr/bin/docker exec  3b546736d77f8824d189889fc7b02137c045e2233570b125fb885a0a9f770eca sh -c \"cat /etc/*release | grep ^ID\"\n##[error]EACCES: permission denied, open '/__w/_temp/_runner_file_commands/save_state_791c05c8-fe09-4487-a97d-52973eee2141'",
        head=["##[group]Run actions/cache@v3", "with:", "  path: /opt/build/cache", "  key: abcdefg", "##[endgroup]"],
        raw_is_log=True, also_ok=["local.permission_denied"],
        note="15 October 2022, actions/cache 3.0.11 in a custom job container: the new file commands write files the runner created, which the container's non-root user cannot open; the maintainers point to the documented rule that job containers must run as root (same as actions/checkout#956)"),
    bld("actions/runner#3290", NONROOT,
        "EACCES: permission denied, open '/__w/_temp/_runner_file_commands/set_env_8e7dea0f-bec9-4fd6-9b11-824b0bb16a6c'",
        raw_is_log=True, also_ok=["local.permission_denied"],
        note="16 May 2024, ARC in kubernetes mode: the job container's user is neither root nor the runner's UID 1001, and the runner pre-creates the file-command files as -rw-r--r--, so even fsGroup 1001 cannot write them; the container's user is the job's choice"),
]
