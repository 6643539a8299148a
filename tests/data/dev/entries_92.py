"""Dev-set entries, batch 92 (self-hosted runner machines and the builders on them, as their CI logs show them: GitHub's
self-hosted runners and Actions Runner Controller pods, GitLab runners with docker, docker+machine and kubernetes
executors, Jenkins agents, Buildkite and Drone agents, their docker daemons and docker:dind sidecars, and buildx
builders with the docker-container, kubernetes and remote drivers. The machines' and networks' side, most of the batch:
a runner registration deleted for inactivity and the same message from a Raspberry Pi whose clock had not synced yet,
root-owned files that container steps leave in a persistent workspace so the next checkout cannot clean it, a proxy at
127.0.0.1 that buildx's builder container cannot reach, a dind sidecar without the corporate proxy, an MTU below
docker0's, an agent daemon that lost its DOCKER iptables chain, a Buildkite agent with no docker, a Drone runner whose
per-build network cannot reach the git server, Jenkins agents out of memory, needing a restart after an update or losing
their channel, an ARC runner image without apt-get, a GitLab runner never registered properly, a docker+machine manager
out of memory while scaling, Kubernetes executor pods that an unhealthy etcd, an out-of-capacity cluster or a memory
limit stop, and builders that cannot start from TLS variables or lose their session. Beside them the build's own
mistakes that read like a broken machine: a CI cleanup script that flushed the host's iptables, job containers run as a
non-root user, DOCKER_HOST still on dind's old plain port, a job container without sudo, a fixed container name, a
remote builder with no endpoint. And services seen from such runners: GitLab's incident that left dind unreachable,
GitLab.com's API answering Bad Gateway, GitHub's action downloads and just-in-time runner API failing, Docker Hub
answering 500 and 502 to pulls, and a self-managed GitLab whose git HTTP endpoint answered 503.) `err` is verbatim from
the source (a GitHub thread found with the search tool's `issues` corpus); where a thread quoted a log inside Markdown
(code fences, blockquote markers, bold markers, backticks, GitHub's log-line links inside a pasted line) only that
markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the reporter's own
words or is cut, the entry stops at the last whole log line. Elisions and masks ('...', 'xxxxxx', 'XXXXXX') are the
reporters' own. Hosts follow the README's strict rule: a host is given only where a line of the log names it for the
failing call; an inferred, masked or placeholder one goes in host_alt. Labels were set from the threads before the
matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"AMDResearch/intellikit#176", "drone-runners/drone-runner-docker#42", "ansys/pymapdl#1693",
         "kobotoolbox/kpi#4768", "DeimosCloud/terraform-kubernetes-gitlab-runner#16", "docker/docs#9249"}  # fmt: skip

B = Batch(PULLS)
loc = B.local()
sh = B.family("self_hosted")
bk = B.family("builder")
bld = B.build("self_hosted")
reg = B.family("registry")

REG_GONE = "local.runner_registration_expired"
WS_PERM = "local.workspace_permission"
ROOT_USER = "build.container_user_not_root"
DOCKER_ENV = "build.docker_env_misconfigured"
POD_WAIT = "local.job_pod_not_started"

E = [
    # --- GitHub's self-hosted runners: registrations and clocks ------------------------------------------------------
    loc("actions/runner#3238", REG_GONE, False,
        "Failed to create a session. The runner registration has been deleted from the server, please re-configure. Runner registrations are automatically deleted for runners that have not connected to the service recently.",
        raw_is_log=True, also_ok=["credentials.unauthorized", "local.runner_lost"],
        note="'My self-hosted runner expired due to inactivity': GitHub deleted the idle runner's registration, ./config.sh then refuses to reconfigure without a removal token, and the reporter deleted the actions-runner directory and registered it again; no job reaches that runner until then"),
    loc("actions/runner#4648", "local.clock_skew", False,
        "Failed to create a session. The runner registration has been deleted from the server, please re-configure.\nRunner registrations are automatically deleted for runners that have not connected to the service recently.",
        raw_is_log=True, also_ok=[REG_GONE, "credentials.unauthorized"],
        note="a Raspberry Pi runner started at boot before systemd-timesyncd synchronized: GitHub rejects the OAuth token because the clock is far behind, the message 'is misleading because the runner registration has not actually been deleted', and the runner exits and stays offline until restarted by hand"),
    # --- GitHub's self-hosted runners: workspaces, proxies, runner images --------------------------------------------
    loc("actions/runner#434", WS_PERM, False,
        "##[group]Cleaning the repository\n[command]/usr/bin/git clean -ffdx\nwarning: could not open directory 'foo/': Permission denied\nwarning: failed to remove foo/: Directory not empty\n##[endgroup]\n##[warning]Unable to clean or reset the repository. The repository will be recreated instead.\nDeleting the contents of '/home/jparker/actions-runner/_work/self-hosted-runner-permissions-issue-repro/self-hosted-runner-permissions-issue-repro'\n##[error]Command failed: rm -rf \"/home/jparker/actions-runner/_work/self-hosted-runner-permissions-issue-repro/self-hosted-runner-permissions-issue-repro/foo\"\nrm: cannot remove '/home/jparker/actions-runner/_work/self-hosted-runner-permissions-issue-repro/self-hosted-runner-permissions-issue-repro/foo': Permission denied",
        head=["Run actions/checkout@v2"], also_ok=["local.permission_denied", "local.stale_workspace"],
        note="a Docker step of an earlier run wrote a root-owned directory into the self-hosted runner's persistent workspace; the non-root runner user can neither git clean nor rm it, so every later checkout on that runner fails until it is removed as root (an open runner bug)"),
    loc("AMDResearch/intellikit#176", WS_PERM, False,
        "Error: File was unable to be removed\nError: EACCES: permission denied, unlink '.../.pytest_cache/.gitignore'",
        head=["Run actions/checkout@v4"], also_ok=["local.permission_denied", "local.stale_workspace"],
        note="the PR: job containers run as root, so files written into the bind-mounted workspace are root-owned and actions/checkout cannot wipe them for the next job, which fails 'on a PR that did nothing wrong'; the fix resets the workspace's ownership at the start of every job (the '...' is the author's)"),
    sh("docker/buildx#2667", "connectivity", "connectivity.proxy_refused", False, "local", "docker.sn0wdr1am.com",
       'Error: buildx failed with: ERROR: failed to solve: alpine:3.20.2: failed to resolve source metadata for docker.io/library/alpine:3.20.2: failed to do request: Head "https://docker.sn0wdr1am.com/v2/library/alpine/manifests/3.20.2?ns=docker.io": proxyconnect tcp: dial tcp 127.0.0.1:1080: connect: connection refused',
       head=["Run docker/build-push-action@v6"], raw_is_log=True, host_alt=["127.0.0.1:1080", "127.0.0.1", "docker.io"], also_ok=["connectivity.proxy_misconfigured", "builder.proxy_not_applied"],
       note="a self-hosted PC whose proxy listens on 127.0.0.1:1080: buildx works from the shell, but in the workflow the docker-container builder gets http_proxy=http://127.0.0.1:1080/ inside its own container, where nothing listens, so the pull of the base image is refused every run"),
    sh("actions/actions-runner-controller#878", "connectivity", "connectivity.proxy_bypassed", False, "local", "ghcr.io",
       'Error response from daemon: Get "https://ghcr.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
       also_ok=["connectivity.client_timeout", "connectivity.proxy_misconfigured"],
       note="ARC on a cluster behind a corporate proxy: the runner container has HTTPS_PROXY but the dind sidecar's dockerd does not, and ARC had no way to set its environment; the reporter baked the proxy into a custom dind image, a re-run times out the same"),
    loc("leafo/gh-actions-lua#33", "local.runner_image_missing_tool", False,
        "/usr/bin/sudo apt-get install -q libreadline-dev libncurses-dev\nsudo: apt-get: command not found\nError: Failed to install Lua: Error: The process '/usr/bin/sudo' failed with exit code 1",
        head=["Run leafo/gh-actions-lua@v10"], also_ok=["local.runner_image_broken", "build.toolchain_missing"],
        note="the organisation's custom ARC runner image has sudo but no apt-get, while the action installs its build dependencies with sudo apt-get as GitHub-hosted images allow; every run on those runners fails the same (a second user hit it too)"),
    # --- docker daemons, networks and MTU on the machines --------------------------------------------------------------
    loc("testcontainers/testcontainers-java#2071", "local.docker_network_broken", False,
        r'com.github.dockerjava.api.exception.InternalServerErrorException: {"message":"driver failed programming external connectivity on endpoint agitated_agnesi (e8950996706e11d95409b2bc1ff7739488a716f79a7e26429ff18d4470791214):  (iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 32817 -j DNAT --to-destination 172.17.0.2:8080 ! -i docker0: iptables: No chain/target/match by that name.\n (exit status 1))"}',
        also_ok=["local.docker_daemon_broken", "local.container_network_broken"],
        note="the test passes on the developer's machine but not on the Bamboo CI agent, whose Docker daemon has no DOCKER chain in the nat table, so every container with a published port fails there; the machine's iptables state, closed stale (bold markers dropped)"),
    loc("buildkite-plugins/docker-buildkite-plugin#15", "local.docker_missing", False,
        "  | # Executing \"/home/buildkite/.buildkite-agent/plugins/github-com-buildkite-plugins-docker-buildkite-plugin-v1-1-1/hooks/command\"\n  |   | Running echo 'Does this work?' . in docker:latest | 0s\n  | /home/buildkite/.buildkite-agent/plugins/github-com-buildkite-plugins-docker-buildkite-plugin-v1-1-1/hooks/command: line 62: docker: command not found",
        raw_is_log=True, also_ok=["build.toolchain_missing"],
        note="the docker plugin's command hook runs docker on the agent host; the maintainer: 'Looks like you might not have docker installed on the machine that the agent is running on', so any step with the plugin fails on that agent"),
    sh("drone-runners/drone-runner-docker#42", "local", "local.network_misconfigured", False, "local", "172.19.0.2:3000",
       "Initialized empty Git repository in /drone/src/.git/\ngit fetch origin +refs/heads/master:\nfatal: unable to access 'http://172.19.0.2:3000/loester/teste.git/': Failed to connect to 172.19.0.2 port 3000: Operation timed out",
       raw_is_log=True, host_alt=["172.19.0.2"], also_ok=["connectivity.connect_timeout", "local.container_network_broken"],
       note="Gogs, the Drone server and the docker runner share one host's bridge network, but the runner starts each build's clone container on a network it creates per build, from which Gogs' bridge address never answers; the reporter needed the steps on the bridge network, so every clone times out the same"),
    sh("docker/docs#9249", "local", "local.mtu_mismatch", False, "local", "pypi.org",
       "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\",)': /simple/flask\nERROR: Could not find a version that satisfies the requirement Flask (from -r requirements.txt (line 1)) (from versions: none)\nERROR: No matching distribution found for Flask (from -r requirements.txt (line 1))\nThe command '/bin/sh -c pip install --trusted-host pypi.python.org -r requirements.txt' returned a non-zero code: 1",
       raw_is_log=True, also_ok=["connectivity.timeout", "build.package_not_found"],
       note="pip inside docker build reads-times-out against PyPI and then reports no matching version: the build host's external network has an MTU below docker0's 1500; the docs PR tells users to lower the bridge MTU to the host's, a re-run fails the same"),
    # --- Jenkins agents -------------------------------------------------------------------------------------------------------
    loc("eclipse-openj9/openj9#8164", "local.out_of_memory", False,
        "02:46:42  gmake: *** Waiting for unfinished jobs....\n02:46:42  gmake[2]: *** Waiting for unfinished jobs....\n02:46:42  gmake[1]: *** Waiting for unfinished jobs....\n02:47:09  Cannot contact aix71-p8-8: hudson.remoting.ChannelClosedException: Channel \"unknown\": Remote call on aix71-p8-8 failed. The channel is closing down or has closed down",
        raw_is_log=True, also_ok=["local.runner_lost"],
        note="filed as 'aix71-p8-8 out of memory' (comp:infra): the AIX Jenkins agent runs out of memory mid-test, fork fails with 'There is not enough memory available now' and the controller loses the agent's channel; the machine, not the test"),
    loc("nodejs/build#3643", "local.agent_needs_restart", False,
        '08:00:01 Caused by: java.io.IOException: Cannot run program "git" (in directory "/home/iojs/build/workspace/node-test-commit"): error=0, Failed to exec spawn helper: pid: 3572706, signal: 11',
        raw_is_log=True, also_ok=["local.runner_outdated", "local.runtime_crash"],
        note="two Jenkins agents fail every job's checkout; the admin updated the agents to the current version and restarted them, after which node-test-commit 'was able to run git successfully'; until then every job on those agents fails the same"),
    sh("apache/tvm#3540", "local", "local.runner_lost", False, "local", None,
       "java.io.IOException: Remote call on JNLP4-connect connection from ec2-34-210-115-84.us-west-2.compute.amazonaws.com/34.210.115.84:46651 failed",
       raw_is_log=True, host_alt=["ec2-34-210-115-84.us-west-2.compute.amazonaws.com", "34.210.115.84"], also_ok=["local.runner_unavailable"],
       note="TVM's Jenkins CI is 'consistently failing' as the controller loses the EC2 worker's JNLP channel; a maintainer restarted the worker to fix it, the machine's state and not something a re-run changes (the message is quoted in the issue's text)"),
    # --- GitLab runners: registration, docker+machine, Kubernetes executor ---------------------------------------------
    loc("sameersbn/docker-gitlab#1589", "local.runner_registration_invalid", False,
        "gitlab-runner    | ERROR: Checking for jobs... forbidden               runner=cnqGqEov\ngitlab-runner    | ERROR: Checking for jobs... forbidden               runner=cnqGqEov\ngitlab-runner    | ERROR: Checking for jobs... forbidden               runner=cnqGqEov\ngitlab-runner    | ERROR: Runner https://....team/ci/cnqGqEo... is not healthy and will be disabled!",
        raw_is_log=True, also_ok=[REG_GONE, "credentials.unauthorized"],
        note="a gitlab-runner container beside a self-hosted GitLab 10.6: every job request is refused and the runner disables itself; the reporter had not registered the runner the documented way ('Sorry', with the registration docs), so no job runs until it is registered (the masked URL is the reporter's)"),
    sh("cattle-ops/terraform-aws-gitlab-runner#447", "local", "local.out_of_memory", True, "local", None,
       'Preparing the "docker+machine" executor\nERROR: Preparation failed: exit status 2\nWill be retried in 3s ...\nERROR: Preparation failed: can\'t connect\nWill be retried in 3s ...\nERROR: Preparation failed: exit status 2\nWill be retried in 3s ...\nsection_end:1645715246:prepare_executor\nERROR: Job failed (system failure): exit status 2',
       raw_is_log=True, also_ok=["local.machine_provision_failed", "local.runner_unavailable"],
       note="docker+machine autoscaling on AWS: when 30-80 jobs arrive at once many fail preparing their machine; 'Retrying the jobs succeeds', and the reporter traced it to the t3.micro runner manager exhausting its memory while it creates machines"),
    sh("tira-io/tira#318", "local", POD_WAIT, True, "local", None,
       "ERROR: Job failed (system failure): prepare environment: setting up credentials: Internal error occurred: resource quota evaluation timed out. Check https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information",
       raw_is_log=True, also_ok=["local.host_degraded", "local.resource_quota_exceeded"],
       note="the GitLab Kubernetes executor's cluster has etcd problems, so setting up the job pod times out in the API server; 'Those jobs can be retried, then they are successful' (the docs link is GitLab's, not a failing host)"),
    sh("DeimosCloud/terraform-kubernetes-gitlab-runner#16", "local", POD_WAIT, True, "local", None,
       '\tUnschedulable: "0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory."\nWaiting for pod gitlab-runner-namespace/runner-eebxo6ax-project-12739762-concurrent-3zzpmw to be running, status is Pending\n\tUnschedulable: "0/2 nodes are available: 1 Insufficient cpu, 1 Insufficient memory, 1 node(s) had taint {node.kubernetes.io/not-ready: }, that the pod didn\'t tolerate."',
       raw_is_log=True, also_ok=["local.resource_quota_exceeded", "local.runner_unavailable"],
       note="the Kubernetes executor's build pod waits for a node the autoscaler is still adding (one node not ready yet); the PR adds the executor's poll interval and timeout settings to the runner module so jobs can wait for that capacity instead of failing; the same job schedules once the node is up"),
    sh("kubernetes/kubernetes#135490", "local", "local.container_memory_limit", True, "local", None,
       "ERROR: Job failed (system failure): Error in container build: exit code: 137, reason: 'OOMKilled'",
       raw_is_log=True, also_ok=["local.out_of_memory", "build.out_of_memory"],
       note="GitLab Runner 18.5's Kubernetes executor: a customer's Java build container is OOMKilled 'multiple times per day' though the reporters saw it within its limit, which 'requires manual restarts or adjustments'; the same jobs pass on restart (closed rotten without a fix)"),
    # --- buildx builders on the machines --------------------------------------------------------------------------------
    bk("docker/setup-buildx-action#105", "builder", "builder.init_failed", False, "local", None,
       "error: could not create a builder instance with TLS data loaded from environment. Please use `docker context create <context-name>` to create a context for current environment and then create a builder instance with `docker buildx create <context-name>`",
       head=["Run docker/setup-buildx-action@v1"], also_ok=["local.docker_env_misconfigured"],
       note="actions-runner-controller on an arm64 k3s cluster: the runner exports the dind sidecar's TLS variables, and buildx will not create a builder from TLS data in the environment; a docker context must be created first, so every run fails the same (the backticks are buildx's own)"),
    bk("docker/setup-buildx-action#290", "builder", "builder.connection_lost", True, "local", None,
       'time="2023-11-30T22:28:11Z" level=error msg="/moby.buildkit.v1.Control/Solve returned error: rpc error: code = Canceled desc = context canceled"',
       raw_is_log=True, also_ok=["builder.session_timeout"],
       note="self-hosted runners in a Kubernetes cluster building with buildx's kubernetes driver: the buildkitd pod logs the solve's context canceled (the job's own error is a screenshot); the reporter suspected their VPN, another user saw it without one, and one 'solved with a retry step'"),
    # --- the build's own: hosts, users and names -------------------------------------------------------------------------
    bld("kata-containers/tests#4617", "build.ci_cleanup_broke_host",
        "docker: Error response from daemon: driver failed programming external connectivity on endpoint jaeger (49fbf4300f7aeafde2594485e082e94291b88c996341bcc86b58393abf313932):  (iptables failed: iptables --wait -t filter -A DOCKER ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 16686 -j ACCEPT: iptables: No chain/target/match by that name.\n (exit status 1)).",
        raw_is_log=True, also_ok=["local.docker_network_broken"],
        note="Kata's own baremetal CI cleanup removes all iptables rules before saving them, taking Docker's DOCKER chain with it, so the tracing test's jaeger container cannot publish its port on those machines; the fix (#4618) re-adds the chain in the project's cleanup script"),
    bld("actions/checkout#1014", ROOT_USER,
        '/usr/bin/docker exec  5b033937ed15061a8f606fa5f3805d0794caf9e04e3c12576fda15d25bde22ab sh -c "cat /etc/*release | grep ^ID"\nnode:internal/fs/utils:344\n    throw err;\n    ^\n\nError: EACCES: permission denied, open \'/__w/_temp/_runner_file_commands/save_state_c7001c04-a974-4f62-8e53-a488147475c5\'',
        head=["Run actions/checkout@v3"], also_ok=["local.permission_denied", WS_PERM],
        note="the job's container runs with `options: -u docker`, a non-root user that cannot write the runner's file-command files under /__w/_temp; GitHub supports only root job containers, so every checkout fails until the user override goes (GitHub's log-line link inside the file name dropped)"),
    bld("ansys/pymapdl#1693", ROOT_USER,
        "Digest: sha256:3082a8d05bc4c0cd0e4a7e978be14c86f7cafd381ff0b556d097285a5db147a0\nStatus: Downloaded newer image for ghcr.io/pyansys/mapdl:v22.2-ubuntu\nghcr.io/pyansys/mapdl:v22.2-ubuntu\nmkdir: cannot create directory '/jobs': Permission denied\nError: Process completed with exit code 1.",
        raw_is_log=True, also_ok=["local.permission_denied"],
        note="the project's MAPDL image stopped running as root (mapdl-docker-image-builder#30), so the workflow's container can no longer create /jobs and checkout cannot write /__w/_temp; the PR runs the container as root again (the pull itself succeeded)"),
    bld("docker-library/docker#170", DOCKER_ENV,
        'time="2019-07-23T06:52:31Z" level=error msg="failed to dial gRPC: cannot connect to the Docker daemon. Is \'docker daemon\' running on this host?: dial tcp 172.17.0.3:2375: connect: connection refused"',
        host="172.17.0.3:2375", raw_is_log=True, host_alt=["172.17.0.3", "docker:2375"], also_ok=["local.docker_daemon_down", "build.dind_service_missing"],
        note="GitLab jobs on privileged runners after docker:dind moved to 19.03, which generates TLS certificates and listens on 2376: jobs still pointed at tcp://docker:2375 are refused; 'This is not a bug' (set DOCKER_TLS_CERTDIR or pin dind 18), a re-run fails the same (blockquote marker dropped)"),
    bld("shivammathur/setup-php#555", "build.container_image_missing_tool",
        '/usr/bin/docker exec  50772043d8164cc61863425fc4146e1b13aa7b1ada3d69d5674ee4c45c79d7a3 sh -c "cat /etc/*release | grep ^ID"\n/bin/bash /__t/linux.sh 7.4 /__w/_actions/shivammathur/setup-php/v2/dist\n\n==> Setup PHP\n/__t/linux.sh: line 182: sudo: command not found\n✗ PHP Could not setup PHP 7.4\nError: The process \'/bin/bash\' failed with exit code 1',
        head=["Run shivammathur/setup-php@v2"], also_ok=["build.toolchain_missing", "local.runner_image_missing_tool"],
        note="the job runs in a plain `ubuntu` container, where the action's script calls sudo, which that image lacks; the maintainer: set the `runner: self-hosted` env for such jobs, after which it worked ('Thanks a lot')"),
    bld("openshiftio/openshift.io#3838", "build.container_name_conflict",
        '/usr/bin/docker-current: Error response from daemon: Conflict. The container name "/fabric8-wit-local-build" is already in use by container 9538a456620e424219cbe267e5c3be28780cde4d3f202701ced77201c6ee365d. You have to remove (or rename) that container to be able to reuse that name..\nSee \'/usr/bin/docker-current run --help\'.\nmake: *** [docker-start] Error 125',
        raw_is_log=True, also_ok=["local.stale_workspace"],
        note="the Makefile's docker-start target runs its build container with a fixed --name on a shared CentOS CI node, so a container another build left there blocks it with exit 125; filed against the build as 'Same container name in build causes conflict' and left open"),
    B.build_in("builder", "docker/setup-buildx-action#391", "builder.remote_addr_invalid",
               "Creating a new builder instance\n  /usr/bin/docker buildx create --name builder-808c5dfd-59f3-495c-a05c-7edea0903ecc --driver remote --use\n  ERROR: no remote endpoint provided\nError: ERROR: no remote endpoint provided",
               component="builder", head=["Run docker/setup-buildx-action@v3"], also_ok=["builder.init_failed"],
               note="the workflow lists its ssh:// builder machines only under `append`; told to add `driver: remote`, the first node then has no endpoint at all, so buildx create fails on every run: the workflow's builder configuration"),
    # --- the services, seen from such runners ---------------------------------------------------------------------------------
    sh("kobotoolbox/kpi#4768", "local", "local.docker_daemon_down", False, "service", "docker",
       'ERROR: error during connect: Get "http://docker:2375/_ping": dial tcp: lookup docker on 169.254.169.254:53: no such host',
       raw_is_log=True, host_alt=["docker:2375"], also_ok=["dns.no_such_host", "builder.remote_unreachable"],
       note="December 2023, the build job 'consistently' failing to reach its docker:dind service on GitLab's runners: GitLab production incident 17283 was the root cause; the PR pins docker and docker:dind to 24.0.6 until it is resolved, as in docker-library/docker#464, so unpinned runs fail until the images or runners are fixed"),
    sh("iterative/cml#929", "connectivity", "connectivity.server_error", True, "service", None,
       r'{"level":"error","message":"Bad Gateway","stack":"Error: Bad Gateway\n    at Gitlab.request (/usr/lib/node_modules/@dvcorg/cml/src/drivers/gitlab.js:473:38)\n    at processTicksAndRejections (node:internal/process/task_queues:96:5)\n    at async /usr/lib/node_modules/@dvcorg/cml/src/drivers/gitlab.js:229:11\n    at async Promise.all (index 16)\n    at async Gitlab.runners (/usr/lib/node_modules/@dvcorg/cml/src/drivers/gitlab.js:224:12)\n    at async CML.runners (/usr/lib/node_modules/@dvcorg/cml/src/cml.js:292:12)\n    at async run (/usr/lib/node_modules/@dvcorg/cml/bin/cml/runner.js:383:19)\n    at async Object.exports.handler (/usr/lib/node_modules/@dvcorg/cml/bin/cml/runner.js:425:5)","status":"terminated"}'
       + '\n{"level":"info","message":"waiting 10 seconds before exiting..."}\nCleaning up project directory and file based variables\n00:00\nERROR: Job failed: exit code 1',
       raw_is_log=True, host_alt=["gitlab.com"], also_ok=["connectivity.gateway_timeout", "connectivity.request_failed"],
       note="a CML self-hosted runner job on GitLab.com: GitLab's API answers Bad Gateway while cml lists the project's runners; the maintainer: 'It seems so ... however It was a long window of time', GitLab's side, and the job passes once the API answers again"),
    B.entry("github", "pytorch/pytorch#92602", "github", "github.server_error", True, "service", "api.github.com",
            "Warning: Failed to download action 'https://api.github.com/repos/pytorch/pytorch/tarball/28cb3141e8f77c4ff09ddb260aba75b1a43eac9c'. Error: Error while copying content to a stream.\n26\nWarning: Back off 17.989 seconds before retry.\n27\nDownload action repository 'seemethere/upload-artifact-s3@v5' (SHA:baba72d0712b404f646cebe0730933554ebce96a)\n28\nWarning: Failed to download action 'https://api.github.com/repos/seemethere/upload-artifact-s3/tarball/baba72d0712b404f646cebe0730933554ebce96a'. Error: Response status code does not indicate success: 502 (Bad Gateway).",
            raw_is_log=True, also_ok=["github.outage", "github.download_stalled"],
            note="PyTorch's CI sev of January 2023 on its runner fleet: jobs cannot download their actions (a broken stream, then 502 and 503 from api.github.com's tarball endpoint); 'Looks like GitHub outage', mitigated on GitHub's side (the bare 26/27/28 are GitHub's log line numbers pasted with the log)"),
    B.entry("github", "actions/runner#3479", "github", "github.server_error", True, "service", "api.github.com",
            "POST https://api.github.com/repos/XXXXXX/YYYYYY/actions/runners/generate-jitconfig: 503 - Server Error // See: https://docs.github.com/rest/actions/self-hosted-runners#create-configuration-for-a-just-in-time-runner-for-a-repository",
            raw_is_log=True, also_ok=["github.outage"],
            note="an autoscaler creating just-in-time self-hosted runners suddenly gets many 503s from GitHub's generate-jitconfig endpoint; a server-side error that later calls get past (closed stale; the XXXXXX/YYYYYY masks are the reporter's, the docs.github.com link is the client's hint)"),
    reg("docker/hub-feedback#2440", "registry", "registry.server_error", True, "service", "docker.io",
        "9915389f0d5b: Waiting\nerror pulling image configuration: download failed after attempts=6: received unexpected HTTP status: 500 Internal Server Error",
        cmd="docker pull gitea/runner-images:ubuntu-20.04-full-v25.02.01", host_alt=["registry-1.docker.io"], also_ok=["registry.outage"],
        note="February 6, 2025: pulls of the Gitea act runner images fail with 500, and so do node, amazoncorretto and bitnami/kubectl for others; a commenter points to #2439 and the incident on dockerstatus.com, so Docker Hub's side and a later pull passes"),
    reg("ros-infrastructure/ros_buildfarm#47", "registry", "registry.server_error", True, "service", "docker.io",
        "Get base image name from Dockerfile 'Dockerfile': ubuntu:saucy\nCheck docker base image for updates: docker pull ubuntu:saucy\nPulling repository ubuntu\ntime=\"2015-03-24T16:48:49Z\" level=\"fatal\" msg=\"HTTP code: 502\"\nBuild step 'Execute shell' marked build as failure",
        raw_is_log=True, also_ok=["registry.outage", "registry.error_response"],
        note="the ROS buildfarm's Jenkins jobs fail when Docker Hub answers 502 for base images, the farm's own and official ones alike ('This failed ~100 jobs'); the maintainer adds it as a retrigger string, i.e. the same job passes when retried"),
    sh("gitlabhq/gitlabhq#9768", "connectivity", "connectivity.server_error", False, "service", None,
       "Cloning repository...\nCloning into '/builds/group/project'...\nfatal: unable to access 'http://gitlab-ci-token:xxxxxx@gitlabserver/group/project.git/': The requested URL returned error: 503\nThe requested URL returned error: 503\n\nERROR: Build failed with: exit code 1",
       raw_is_log=True, host_alt=["gitlabserver"], also_ok=["connectivity.request_failed"],
       note="a self-managed GitLab 8.1: every runner clone, and a plain git clone too, gets 503 from the server's HTTP git endpoint; the reporter traced it to how the init script launches gitlab-git-http-server, the server's configuration rather than a passing outage ('gitlabserver' and the token are the reporter's masks)"),
]
