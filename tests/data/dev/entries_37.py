"""Dev-set entries, batch 37 (the runner machine and its CI system's own framing, on CI systems other than GitHub
Actions and on self-hosted fleets. GitLab CI: a DOCKER_HOST that dials the job container itself, a job whose `docker`
service alias resolves to nothing because no dind service was defined or its dockerd never started, Kubernetes
executor pods that stay Pending or fail before the script starts, a runner host whose dockerd cannot unpack one layer,
GitHub's old package registry failing the runner's pull now and then. Jenkins: agent channels that close under a build
(JNLP4 `Remote call ... failed`, `Backing channel ... is disconnected`, `Unable to delete script file`), agents and
their docker storage out of disk. Buildkite: an agent lost, the elastic stack's disk and inode health checks, an agent
that cannot write its hook script. CircleCI: exit code 137 and `Received "killed" signal`, a job runner that cannot exec
into its build container, a docker executor without setup_remote_docker, the ten-minute no-output limit. Drone,
Harness and Woodpecker: Docker Hub TLS timeouts and EOFs from the agents, a dockerd that is not up yet on a fresh
autoscaled instance, a plugins/docker release whose daemon never starts, a clone step asking a public resolver for a
private forge, an agent pointed at a service name that does not exist, a pod evicted for memory. Azure Pipelines:
`We stopped hearing from agent`, self-hosted and scale-set agents out of disk (`There is not enough space on the disk`,
the agent's `_diag` log), hosted VMs out of disk. Actions Runner Controller and Tekton: a workflow pod that never comes
online, an emptyDir over its size limit). `err` is verbatim from the source (a GitHub thread found with the search
tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, bold, a list number, the
backticks around a quoted line) only that markup was dropped, and the trailing blanks of a padded line were trimmed,
never a word of the log; where a quote runs on into the reporter's own words or is cut, the entry stops at the last
whole log line; reporters' maskings and placeholders ("xxx", "*****", "<runner pod>", "<namespace>", example.com) are
kept as written. Most logs keep only the framing their own CI system printed (raw_is_log); where a quote is a bare
line, head/tail add that CI's own step and job-end lines. Hosts follow the README's strict rule: a host is given only
where a line of the log names it for the failing call; an inferred, masked or placeholder one goes in host_alt.
Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"espressomd/espresso#3858", "owncloud/core#35955", "harness/lite-engine#81", "prometheus/golang-builder#43"}

B = Batch(PULLS)
loc = B.local()
reg = B.family("registry")
net = B.family("connectivity")
dns = B.family("dns")
bld = B.family("build")

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
GITLAB_END = ["ERROR: Job failed: exit code 1"]
AZURE_LOST = ("We stopped hearing from agent {agent}. Verify the agent machine is running and has a healthy network connection. "
              "Anything that terminates an agent process, starves it for CPU, or blocks its network access can cause this error. "
              "For more information, see: https://go.microsoft.com/fwlink/?linkid=846610")

E = [
    # --- GitLab CI: the job's Docker daemon ---------------------------------------------------------------------------
    loc("cattle-ops/terraform-aws-gitlab-runner#197", "local.docker_daemon_down", False,
        "$ export DOCKER_DRIVER='overlay2'\n$ export DOCKER_HOST='tcp://0.0.0.0:2376/'\n$ docker build --no-cache -t $REPOSITORY_URL .\ntime=\"2020-03-13T21:29:43Z\" level=error msg=\"failed to dial gRPC: cannot connect to the Docker daemon. Is 'docker daemon' running on this host?: dial tcp 0.0.0.0:2376: connect: connection refused\"\ncontext canceled\nERROR: Job failed: exit code 1",
        raw_is_log=True, host_alt=["0.0.0.0:2376", "0.0.0.0"],
        note="a docker+machine runner with DOCKER_TLS_CERTDIR set and DOCKER_HOST=tcp://0.0.0.0:2376: the job container dials itself, not the dind service; the thread works through tls_verify, the certs volume and tcp://docker:2376, a configuration, not a re-run"),
    loc("tmaier/docker-compose#21", "local.docker_daemon_down", False,
        "$ docker info\nClient:\n Debug Mode: false\nServer:\nERROR: error during connect: Get http://docker:2375/v1.40/info: dial tcp: lookup docker on 195.8.195.8:53: no such host\nerrors pretty printing info\nERROR: Job failed: exit code 1",
        raw_is_log=True, host_alt=["docker", "docker:2375"],
        note="the job copied a README's .gitlab-ci.yml that talks to tcp://docker:2375 without a docker:dind service on that runner, so the alias resolves nowhere; the answer mounts the runner host's docker.sock into the job"),
    loc("LordGaav/dind-options#3", "local.docker_daemon_down", False,
        "error during connect: Get http://lordgaav__dind-options:2375/v1.30/version: dial tcp: lookup lordgaav__dind-options on 10.0.1.12:53: no such host",
        head=["$ docker version"], tail=GITLAB_END, raw_is_log=True, host_alt=["lordgaav__dind-options", "lordgaav__dind-options:2375"],
        note="a privileged GitLab runner with a dind-options service: the maintainer suspected the overlay storage driver keeps the service's dockerd from starting; 'when I remove the DOCKER_DRIVER variable the job succeeds' (the quoted line is bare: the job's command and GitLab's job-end line added)"),
    # --- GitLab CI: Kubernetes executor and the runner host --------------------------------------------------------------
    loc("kubernetes-sigs/kubespray#8451", "local.job_pod_not_started", False,
        "Using attach strategy to execute scripts...\nPreparing environment 10:07\nWaiting for pod gitlab/runner-f-bmr8fc-project-9659330-concurrent-2rfq5v to be running, status is Pending\n...\nWaiting for pod gitlab/runner-f-bmr8fc-project-9659330-concurrent-2rfq5v to be running, status is Pending\nERROR: Job failed (system failure): prepare environment: waiting for pod running: timed out waiting for pod to start. Check https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information",
        raw_is_log=True,
        note="'all CI jobs' since 1/18 on the project's own Kubernetes runner: every job pod stays Pending until the executor's timeout, for days until the cluster's maintainer came back ('looks like jobs are running now'); the docs link names no failing host (the '...' is the reporter's elision)"),
    loc("k3s-io/k3s#3798", "local.job_pod_not_started", False,
        "ERROR: Job failed (system failure): prepare environment: waiting for pod running: pod status is failed duration_s=49.543867075 job=1487329010 project=27279747 runner=zyRE3U7o",
        raw_is_log=True,
        note="the runner's log line as GitLab support quoted it: on k3s the job pod's 'scripts' configmap volume never mounts (FailedMount: failed to sync configmap cache); the same chart works on a kubeadm cluster"),
    loc("carlossg/docker-maven#194", "local.docker_daemon_broken", False,
        "ERROR: Preparation failed: failed to register layer: ApplyLayer exit status 1 stdout:  stderr: lchown /dev/initctl: no such file or directory (docker.go:143:148s)",
        raw_is_log=True, also_ok=["local.runtime_bug"],
        note="a self-managed GitLab runner: the host's own `docker pull maven:latest` fails the same way on one layer while other maven tags pull; the runner's daemon cannot unpack that layer (the same error is reported for rootless daemons), every job until the daemon changes"),
    reg("espressomd/espresso#3858", "registry", "registry.error_response", True, "service", "docker.pkg.github.com",
        "Running with gitlab-runner 13.2.2 (a998cacd)\n  on ICP coyote10 eJ4qaBss\nPreparing the \"docker\" executor\n01:04\nUsing Docker executor with image docker.pkg.github.com/espressomd/docker/ubuntu-wo-dependencies:fc7628d32de0fce605976ba9edebe7eff186e618 ...\nAuthenticating with credentials from $DOCKER_AUTH_CONFIG\nPulling docker image docker.pkg.github.com/espressomd/docker/ubuntu-wo-dependencies:fc7628d32de0fce605976ba9edebe7eff186e618 ...\nERROR: Preparation failed: Error: No such image: docker.pkg.github.com/espressomd/docker/ubuntu-wo-dependencies:fc7628d32de0fce605976ba9edebe7eff186e618 (docker.go:138:0s)",
        raw_is_log=True, also_ok=["registry.server_error"],
        note="the image exists; 'The issue resolved itself' on the next job, then 'Happening again': GitHub's old package registry failing the runner's pull now and then"),
    # --- Jenkins: agent channels ---------------------------------------------------------------------------------------
    loc("nodejs/build#2088", "local.runner_lost", True,
        "00:28:47 FATAL: Channel \"unknown\": Remote call on JNLP4-connect connection from 58.96.3ca9.ip4.static.sl-reverse.com/169.60.150.88:43072 failed. The channel is closing down or has closed down\n00:28:47 java.nio.channels.ClosedChannelException",
        raw_is_log=True,
        note="'All builds where successful but the CI reports an issue due to a remote call failure': one jenkins-workspace machine kept dropping its channel; the admin disabled it, 'two more machines should pick up the slack'"),
    loc("nodejs/build#1082", "local.runner_lost", False,
        "ok 290 - tmpdir\nFATAL: command execution failed\njava.nio.channels.ClosedChannelException\n\tat org.jenkinsci.remoting.protocol.impl.ChannelApplicationLayer.onReadClosed(ChannelApplicationLayer.java:208)\n\tat org.jenkinsci.remoting.protocol.ApplicationLayer.onRecvClosed(ApplicationLayer.java:222)",
        raw_is_log=True,
        note="z/OS: the libuv tty test kills the Jenkins agent process itself ('This seems familiar'), so the channel closes right after the last test; the issue documents how to bring the agent back, a re-run meets the same test"),
    loc("nodejs/build#4404", "local.runner_lost", True,
        "make[1]: *** [Makefile:645: test-ci] Terminated\nmake: *** [Makefile:674: run-ci] Terminated\nFATAL: Unable to delete script file /tmp/jenkins8977940399029550408.sh\njava.nio.channels.ClosedChannelException\n\tat org.jenkinsci.remoting.protocol.NetworkLayer.onRecvClosed(NetworkLayer.java:155)",
        raw_is_log=True,
        note="titled '`node-test-commit-linux` sometimes fail': the agent's channel closes under the test run, make is terminated and Jenkins cannot clean its script; other runs pass"),
    loc("opendevstack/ods-jenkins-shared-library#73", "local.runner_lost", True,
        "Cannot contact jenkins-slave-g00m0-6tjbr: hudson.remoting.ChannelClosedException: Channel \"unknown\": Remote call on JNLP4-connect connection from 10.251.18.1/10.251.18.1:52068 failed. The channel is closing down or has closed down",
        raw_is_log=True,
        note="OpenShift Jenkins agent pods on one on-prem cluster: 'On every other pipeline run' the build step loses its agent, reproduced on three projects since the week before; the next run often passes"),
    loc("adoptium/temurin-build#1450", "local.runner_lost", True,
        "Signing ./hotspot/jtreg/native/redefclass025.dll\nFATAL: command execution failed\njava.nio.channels.ClosedChannelException\n\tat org.jenkinsci.remoting.protocol.NetworkLayer.onRecvClosed(NetworkLayer.java:154)\n\tat org.jenkinsci.remoting.protocol.impl.NIONetworkLayer.ready(NIONetworkLayer.java:179)\n\tat org.jenkinsci.remoting.protocol.IOHub$OnReady.run(IOHub.java:795)\n\tat jenkins.util.ContextResettingExecutorService$1.run(ContextResettingExecutorService.java:28)\n\tat jenkins.security.ImpersonatingExecutorService$1.run(ImpersonatingExecutorService.java:59)\n\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)\n\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)\n\tat java.lang.Thread.run(Thread.java:823)\nCaused: java.io.IOException: Backing channel 'JNLP4-connect connection from 8a.04.30a9.ip4.static.sl-reverse.com/169.48.4.138:63622' is disconnected.",
        raw_is_log=True,
        note="filed in the project's 'Intermittent build failures list': the Windows signing agent's channel drops mid-step; a rebuild is the usual remedy"),
    loc("nodejs/build#1837", "local.runner_lost", False,
        "12:22:32 Building remotely on test-macstadium-macos10.11-x64-2 (osx1011 x86_64 x86_64-mac x86_64-mac-10.11.1 10.11.1 mac-10.11.1 mac) in workspace /Users/iojs/build/workspace/node-test-commit-osx/nodes/osx1011\n12:22:32 FATAL: java.nio.channels.ClosedChannelException\n12:22:32 java.nio.channels.ClosedChannelException\n12:22:32 Also:   hudson.remoting.Channel$CallSiteStackTrace: Remote call to JNLP4-connect connection from 207.254.58.162/207.254.58.162:61948",
        raw_is_log=True,
        note="labelled incident: 'Recent builds on test-macstadium-macos10.11-x64-2 are failing' at checkout, every build that lands on that machine, until the machine is fixed"),
    # --- Jenkins: agents out of disk -----------------------------------------------------------------------------------
    loc("adoptium/infrastructure#1377", "local.disk_full", False,
        "13:35:53  error: unable to write file test/nashorn/script/basic/NASHORN-115.js.EXPECTED\n13:42:55  error: unablwrapper script does not seem to be touching the log file in /home/jenkins/workspace/andrew-jdk14u-linux-x64-openj9@tmp/durable-b08c2b5f\n13:42:55  (JENKINS-48300: if on an extremely laggy filesystem, consider -Dorg.jenkinsci.plugins.durabletask.BourneShellScript.HEARTBEAT_CHECK_INTERVAL=86400)\n13:42:55  Cannot contact build-softlayer-centos6-x64-1: java.io.IOException: No space left on device",
        raw_is_log=True,
        note="titled 'build-softlayer-centos6-x64-1 low on disk space': the checkout fills the agent, which then cannot even write its durable-task log (the cut 'unabl' is the log's own)"),
    loc("adoptium/infrastructure#777", "local.disk_full", False,
        "20:27:05  ERROR: [ssh-agent] Could not register BouncyCastle on the remote agent.\n20:27:05  java.nio.file.FileSystemException: /tmp/resource-1012398343128323010: No space left on device",
        raw_is_log=True,
        note="'All container test builds failed on test-scaleway-ubuntu1604-x64-1': the machine's disk is full (docker volumes suspected, removing dangling volumes did not help); the same on an earlier machine"),
    loc("sonic-net/sonic-buildimage#3565", "local.disk_full", False,
        "---> Running in 331c7b687988\nopen /var/lib/docker/vfs/dir/c71475e741cfe79d6526a6d97b713133aaaae7aac1b48b742ebae4409279bf84/usr/share/doc/libselinux1/copyright: no space left on device\n[  FAIL LOG END  ] [ target/docker-platform-monitor.gz ]\nslave.mk:525: recipe for target 'target/docker-platform-monitor.gz' failed\nmake: *** [target/docker-platform-monitor.gz] Error 1",
        raw_is_log=True,
        note="the Jenkins check-in build of an unrelated PR: 'I freed up space on the Jenkins server. The test is rerunning now', then all passed (the ** bold markup dropped)"),
    loc("sonic-net/sonic-buildimage#428", "local.disk_full", False,
        "dpkg-deb (subprocess): compressing data member: lzma write error: No space left on device\ndpkg-deb: error: subprocess <compress> from tar -cf returned error exit status 2\ndh_builddeb: dpkg-deb -Zxz --build debian/linux-image-3.16.0-4-amd64-dbg .. returned exit code 2\ndebian/rules.real:173: recipe for target 'install-base' failed",
        raw_is_log=True,
        note="titled 'Jenkins builds failing due to lack of free space', across several jobs of the same server at once"),
    # --- Buildkite -----------------------------------------------------------------------------------------------------
    loc("element-hq/element-web#9218", "local.runner_lost", True,
        "Exited with status -1 (agent lost).",
        raw_is_log=True,
        note="'Buildkite builds sometimes exit for no reason': -1 is Buildkite's status when the agent stops heartbeating; 'usually a timeout / resource limit problem', largely fixed by the agents' configuration"),
    loc("buildkite/elastic-ci-stack-for-aws#961", "local.disk_full", False,
        "  | Checking disk space\n  | Disk space free: 8.2G\n  | Inodes free: 152K\n  | Not enough inodes free, cutoff is 250000 🚨\n  | Cleaning up docker resources older than 4h\n  | Total reclaimed space: 0B\n  | Checking disk space again\n  | Disk space free: 8.2G\n  | Inodes free: 152K\n  | Not enough inodes free, cutoff is 250000 🚨\n  | Disk health checks failed\n  | 🚨 Error: Error setting up bootstrap: The global environment hook exited with status 1",
        raw_is_log=True,
        note="the elastic stack's environment hook refuses the job: the instance is out of inodes, and its cleanup only prunes docker resources older than 4h, more than these agents live ('  | ' is Buildkite's log viewer's copy prefix)"),
    loc("buildkite/elastic-ci-stack-for-aws#1255", "local.disk_full", False,
        "Disk space free: 4.7G\nNot enough disk space free, cutoff is 5242880 🚨\nCleaning up docker resources older than 4h\nTotal reclaimed space: 0B\nChecking disk space again\nDisk space free: 4.7G\nNot enough disk space free, cutoff is 5242880 🚨\nDisk health checks failed",
        raw_is_log=True,
        note="30 agents on one EC2 instance check out every repository into the builds directory until the disk health check 'nukes them'; nothing the docker prune reclaims"),
    loc("buildkite/agent#1105", "local.disk_full", False,
        "🚨 Error: Error creating hook script: write /tmp/buildkite-agent-bootstrap-hook-runner-584912760: no space left on device\n🚨 Error: Error tearing down bootstrap: write /tmp/buildkite-agent-bootstrap-hook-runner-584912760: no space left on device",
        raw_is_log=True,
        note="the reporter filled the agent machine's disk on purpose: the bootstrap cannot write its hook script; the next build on the same agent hangs at pipeline upload"),
    # --- CircleCI ------------------------------------------------------------------------------------------------------
    loc("cypress-io/cypress#23623", "local.out_of_memory", False,
        "@packages/net-stubbing: Killed\n@packages/net-stubbing: error Command failed with exit code 137.\n@packages/net-stubbing: info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.\nlerna ERR! yarn run build-prod exited 137 in '@packages/net-stubbing'\nlerna WARN complete Waiting for 14 child processes to exit. CTRL-C to exit immediately.\nerror Command failed with exit code 137.\ninfo Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.\n\nExited with code exit status 137",
        raw_is_log=True,
        note="exit code 137 on the CircleCI machine: 'Seems we need to bump the memory for this machine' (lerna builds 15 packages at once)"),
    loc("PetroFit/petrofit#63", "local.out_of_memory", False,
        "Received \"killed\" signal",
        raw_is_log=True,
        note="CircleCI during the conda install stage: 'it ran out memory', fixed by resource_class: medium+ (the backticks around the quoted line dropped)"),
    loc("syndesisio/syndesis#9223", "local.out_of_memory", False,
        "/workspace/tools/bin/commands/util/maven_funcs: line 43:  3712 Killed                  ./mvnw $1\nERROR: Last command exited with 137\n\nExited with code exit status 137\nCircleCI received exit code 137",
        raw_is_log=True, note="titled 'Circle CI build runs OOM': the Maven build outgrows the executor; 'Fixed by moving to GH Actions'"),
    loc("regro/libcfgraph#17", "local.out_of_memory", False,
        "submitting jobs:  86% 64822/75000 [09:59<01:03, 160.71it/s]/bin/bash: line 1:  2440 Killed                  python -m libcflib.import_to_pkg 75000\n\nExited with code exit status 137\nCircleCI received exit code 137",
        raw_is_log=True,
        note="'Sporadic exit 137 errors (out of memory)': the 75000-job import after a downtime is too big for the executor's memory, while the commit workflows with a 1000-job limit pass"),
    loc("prometheus/golang-builder#43", "local.runner_image_broken", False,
        "Unexpected error running build task: CircleCI was unable to run the job runner because we were unable to execute commands in build container.\n\nThis typically means that the build container entrypoint or command is terminating the container prematurely, or interferring with executed commands.  Consider clearing entrypoint/command values and try again.\nOriginal error: Internal Error - runner failed with exit code: 126",
        raw_is_log=True,
        note="moving to CircleCI 2.0 with a dind image as the build container: 'always crashing' with this error; the PR stays on the machine executor"),
    loc("CircleCI-Public/cimg-base#36", "local.docker_daemon_down", False,
        "#!/bin/bash -eo pipefail\ndocker version\nClient: Docker Engine - Community\n Version:           19.03.2\n API version:       1.40\n Go version:        go1.12.8\n Git commit:        6a30dfc\n Built:             Thu Aug 29 05:29:11 2019\n OS/Arch:           linux/amd64\n Experimental:      false\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nExited with code exit status 1\nCircleCI received exit code 1",
        raw_is_log=True,
        note="a docker executor job has a Docker client but no daemon: 'you will need to run `setup_remote_docker` first'"),
    bld("QIICR/dcmqi#354", "build", "build.no_output_timeout", True, "build", None,
        "Too long with no output (exceeded 10m0s)",
        raw_is_log=True,
        note="'Sometime jobs fail': the dockcross step buffers its console output, so CircleCI sees ten silent minutes and kills the step; resolved with no_output_timeout (the quoted line is the reporter's)"),
    # --- Drone, Harness and Woodpecker ---------------------------------------------------------------------------------
    net("owncloud/core#35955", "connectivity", "connectivity.tls_handshake_timeout", True, "service", "registry-1.docker.io",
        "Error response from daemon: Get https://registry-1.docker.io/v2/: net/http: TLS handshake timeout",
        raw_is_log=True, host_alt=HUB,
        note="a 'Trigger CI' PR: 'These drone agent \"random\" errors are a PITA. It makes it very difficult to get a clean run of CI'"),
    net("harness/lite-engine#81", "connectivity", "connectivity.eof", True, "service", "auth.docker.io",
        "Error response from daemon: Head \"https://registry-1.docker.io/v2/harness/drone-git/manifests/1.2.3\": Get \"https://auth.docker.io/token?scope=repository%3Aharness%2Fdrone-git%3Apull&service=registry.docker.io\": EOF",
        raw_is_log=True, host_alt=["registry-1.docker.io"], also_ok=["registry.server_error"],
        note="'Some CI pipelines failed with errors' pulling the drone-git clone image: Docker Hub's token endpoint closes the connection; the PR retries the image pull (the list number before the quoted line dropped)"),
    loc("drone/autoscaler#108", "local.docker_daemon_down", True,
        "clone: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n\nlatest: Pulling from drone/git\nDigest: sha256:091ecd02ee4ac5154fd76133c5055b2345a61cbc17182b00612df1fa7eef1510\nStatus: Downloaded newer image for drone/git:latest\n\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
        raw_is_log=True,
        note="arm64 EC2 instances launched by the Drone autoscaler: 'maybe 10% of the time' on newly launched instances the clone step starts before dockerd is up; most builds pass"),
    loc("drone-plugins/drone-docker#441", "local.docker_daemon_down", False,
        "latest: Pulling from plugins/docker\nDigest: sha256:31531093cbe7bee6c73ab746b531540601a4751b94783c05de45e7c90f3d010e\nStatus: Downloaded newer image for plugins/docker:latest\n+ /usr/bin/dockerd --data-root /var/lib/docker --host=unix:///var/run/docker.sock -s overlay\nUnable to reach Docker Daemon after 15 attempts.\nDetected registry credentials",
        raw_is_log=True, also_ok=["local.client_regression"],
        note="right after a new plugins/docker release the daemon inside the plugin never starts; 'rollback to tag 20.17.4' for plugins/docker, ecr, gcr works"),
    dns("woodpecker-ci/woodpecker#1171", "dns", "dns.resolve_failed", False, "local", None,
        "+ git fetch --no-tags origin +refs/heads/main:\nfatal: unable to access 'https://git.example.com/test/test.git/': Could not resolve host: git.example.com",
        raw_is_log=True, host_alt=["git.example.com"],
        note="a self-hosted Gitea behind nginx with no public DNS record: the clone step's container asks the public resolver (tcpdump), not the compose network alias; 'example.com' is the reporter's stand-in (the trailing blank trimmed)"),
    dns("woodpecker-ci/helm#74", "dns", "dns.no_such_host", False, "local", None,
        "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp: lookup woodpecker-server.<namespace>.svc.cluster.local: no such host\"",
        raw_is_log=True, host_alt=["woodpecker-server.<namespace>.svc.cluster.local"],
        note="titled 'agent defaults fail': the chart's default server address names a service the release does not create, so the agent never connects and no pipeline runs ('<namespace>' is the reporter's placeholder)"),
    loc("harness/harness#2292", "local.out_of_memory", False,
        "Killing container with id docker://drone-agent:Need to kill Pod    Killing    2018-01-05T16:14:57Z    2018-01-05T16:14:57Z    1\nKilling container with id docker://drone-dind:Need to kill Pod    Killing    2018-01-05T16:14:57Z    2018-01-05T16:14:57Z    1\nThe node was low on resource: memory.    Evicted    2018-01-05T16:14:56Z    2018-01-05T16:14:56Z    1",
        raw_is_log=True, also_ok=["local.runner_lost"],
        note="Drone on Kubernetes: one metalinter step 'goes crazy (8GB)', the kubelet evicts the agent pod for node memory and the build is left running; the step does it again on a re-run"),
    # --- Azure Pipelines -----------------------------------------------------------------------------------------------
    loc("microsoft/azure-pipelines-agent#4813", "local.runner_lost", True,
        "##[error]" + AZURE_LOST.format(agent="agentTFSServer4"),
        raw_is_log=True,
        note="self-hosted Windows agents running ReadyAPI tests in parallel: 'This issue happened multiple times this week', the job stuck at Initialize job until the server gave the agent up; not every run"),
    loc("Azure/azure-sdk-for-python#24143", "local.runner_lost", True,
        "[error]" + AZURE_LOST.format(agent="Azure Pipelines 3"),
        raw_is_log=True,
        note="a docs build on a Microsoft-hosted agent: 'This error appears transient among scheduled builds as we're no longer seeing it' (the blockquote marker dropped)"),
    loc("microsoft/azure-pipelines-agent#4434", "local.disk_full", False,
        "##[section]Starting: Initialize job\nCurrent agent version: '2.153.1'\nPrepare build directory.\nSet build variables.\nDownload all required tasks.\nDownloading task: NuGetToolInstaller\n##[warning]Failed to download task 'NuGetToolInstaller'. Error There is not enough space on the disk.\n\n##[warning]Back off 15.104 seconds before retry.\n##[error]A task was canceled.\n##[section]Finishing: Initialize job",
        raw_is_log=True,
        note="a self-hosted Windows 11 agent: the agent cannot unpack a task into its work folder ('but it exists space', says the reporter; the maintainers asked for the agent log and the issue went stale)"),
    loc("YannickRe/azuredevops-buildagents#79", "local.disk_full", False,
        "error: unable to write file *****************************/variables.tf\nUpdating files:  87% (1364/1554)\nerror: unable to write file *****************************/versions.tf\nfatal: cannot create directory at '*****************************': No space left on device\n##[error]No space left on device : '/agent/_diag/Worker_20240228-003108-utc.log'",
        raw_is_log=True,
        note="scale-set agents built from the runner-images templates fill their disk 'since a few weeks'; the maintainer points at the images' disk space discussions"),
    loc("lightgbm-org/LightGBM#6635", "local.disk_full", False,
        "[Errno 28] No space left on device: '/home/AzDevOps_azpcontainer/miniforge/envs/test-env/.condatmp/a3c4c55f-6f03-4ae9-8a71-6027b1762a56'\n\nNoSpaceLeftError: No space left on devices.",
        raw_is_log=True,
        note="labelled blocking: 'This is happening on all CI jobs' on the project's own hosted Linux pool, with disk warnings on every job (files left behind between jobs)"),
    loc("dependabot/cli#543", "local.disk_full", True,
        "##[error]Error reported in diagnostic logs. Please examine the log for more details.\n    - /home/vsts/actions-runner/cached/_diag/Worker_20251202-081457-utc.log\nSystem.IO.IOException: No space left on device : '/home/vsts/actions-runner/cached/_diag/Worker_20251202-081457-utc.log'\n   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)\n   at System.IO.StreamWriter.Flush(Boolean flushStream, Boolean flushEncoder)",
        raw_is_log=True,
        note="a Dependabot job on Azure DevOps hosted agents: 'intermittently failing with low disk space' (the quote stops at the last whole frame)"),
    loc("odpi/egeria#2779", "local.disk_full", False,
        "[ERROR] failed to register layer: Error processing tar file(exit status 1): write /root/.npm/_cacache/content-v2/sha512/a6/ea/5cf0939f0b3f0d5e211a821870df535c6c229c949cff6a0d7c6fe45589d348a5180cbac7a1e679afe97fdde21cb20c599bb3ce187a065601b4f2fc9cbb8f: no space left on device",
        raw_is_log=True,
        note="an Azure Pipelines hosted VM extracting a ~7 GB build image next to ~1000 Maven dependencies: the maintainers: 'running out of space while trying to extract the odpi/apache-atlas:build image'"),
    # --- Actions Runner Controller and Tekton --------------------------------------------------------------------------
    loc("actions/actions-runner-controller#2996", "local.job_pod_not_started", False,
        " Error: Pod failed to come online with error: Error: Pod <runner pod>-workflow is unhealthy with phase status Failed",
        raw_is_log=True,
        note="containerMode: kubernetes: the workflow pod is rejected by the scheduler ('Pod was rejected: Predicate NodePorts failed'), found only by watching the pods; the job log says no more ('<runner pod>' is the reporter's placeholder)"),
    loc("tektoncd/pipeline#6145", "local.pod_evicted_disk", False,
        "          message: 'Usage of EmptyDir volume \"ws-hdl48\" exceeds the limit \"10Gi\". '\n          reason: Failed\n          status: \"False\"",
        raw_is_log=True, also_ok=["local.disk_full"],
        note="a Task writing more than its emptyDir workspace's sizeLimit (10Gi): the kubelet evicts the TaskRun pod; the same task exceeds it every run"),
]
