"""Dev-set entries, batch 62 (CI systems other than GitHub Actions meeting registries, caches, DNS and their own
runners, quoted in each CI's own lines. GitLab CI: `ERROR: Preparation failed` and `Job failed (system failure)`
from runners that cannot reach a Docker daemon or whose Kubernetes helper container is gone, artifact uploads a
self-hosted GitLab answers with 500, a runner disk that fills, a Tart executor that hands GitLab's registry
credentials to ghcr.io; Jenkins: `ClosedChannelException`, `Slave went
offline during the build`, agents that drop mid-build or a Kubernetes agent pod that dies, ci.jenkins.io's
artifact caching proxies answering 502 or cutting a download short, Maven Central's name not resolving, a Jenkins
container without a docker CLI; Buildkite: `Exited with Status -1 (Agent Lost)`, a docker-compose teardown that
finds no daemon; CircleCI: `Your build has exceeded the memory limit`; Azure Pipelines: `The agent did not connect
within the alloted time`, `We stopped hearing from agent`, pipeline-cache restores that fail on the service side,
Azure Artifacts feeds degraded for every job; AppVeyor, TeamCity, Travis CI, Drone, Woodpecker and Tekton meeting
NuGet, internal registries, the build cache and gcr.io. About a third are the build's own mistakes that read like
infrastructure: a clone URL on a port GitLab does not serve, registry logins that never reach the step that
needs them (a Concourse key typo, a Drone docker build, a stage that logs out for the others), CircleCI jobs
without a Docker daemon, a branch missing a clone fix, a tag never published, an http repository URL, an image
reference Woodpecker does not substitute. `err` is verbatim from the source (a GitHub thread found with the search
tool's `issues` corpus); where a thread quoted a log inside Markdown (blockquote markers, backticks, link markup)
only that markup was dropped and trailing blanks trimmed, never a word of the log; where a quote runs on into the
reporter's own words or is cut, the entry stops at the last whole log line. Hosts follow the README's strict
rule: a host is given only where a line of the log names it for the failing call; an inferred one goes in
host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from tests.data.dev.common import Batch

PULLS = {"candlepin/candlepin#3070", "EOSIO/eos#10927", "Homebrew/linuxbrew-core#1759",
         "binbashar/le-tf-infra-aws#95", "DGtal-team/DGtal#1530", "jwt-dotnet/jwt#129"}  # fmt: skip

B = Batch(PULLS)
ci = B.family("ci_systems")
bld = B.build("ci_systems")

HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"]
LOST = "local.runner_lost"
DAEMON = "local.docker_daemon_down"
NO_DOCKER = "build.docker_env_misconfigured"

E = [
    # --- GitLab CI: runners and their Docker daemons -------------------------------------------------------------------
    ci("DataBiosphere/azul#6082", "local", DAEMON, True, "local", None,
       "Running with gitlab-runner 16.11.1 (535ced5f)\n  on Azul #2 xHQi2x_S, system ID: r_HXUshJtjLOSP\nPreparing the \"docker\" executor 00:09\nERROR: Failed to remove network for build\nERROR: Preparation failed: Cannot connect to the Docker daemon at tcp://gitlab-dind:2375. Is the docker daemon running? (docker.go:950:0s)\nWill be retried in 3s ...\nERROR: Failed to remove network for build\nERROR: Preparation failed: Cannot connect to the Docker daemon at tcp://gitlab-dind:2375. Is the docker daemon running? (docker.go:950:0s)\nWill be retried in 3s ...\nERROR: Failed to remove network for build\nERROR: Preparation failed: Cannot connect to the Docker daemon at tcp://gitlab-dind:2375. Is the docker daemon running? (docker.go:950:0s)\nWill be retried in 3s ...\nERROR: Job failed (system failure): Cannot connect to the Docker daemon at tcp://gitlab-dind:2375. Is the docker daemon running? (docker.go:950:0s)",
       raw_is_log=True, host_alt=["gitlab-dind:2375", "gitlab-dind"], also_ok=["local.docker_daemon_broken"],
       note="the self-hosted GitLab instance's dind container was not answering in the first job after the team's changes to the instance (a new GitLab AMI); the runner retried preparation three times and gave up; the team could not reproduce it afterwards, so a one-off daemon outage on the runner host"),
    ci("ros-industrial/industrial_ci#367", "local", DAEMON, False, "local", None,
       "Using Docker executor with image docker:git ...\nERROR: Preparation failed: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? (executor_docker.go:1173:0s)\nWill be retried in 3s ...\nUsing Docker executor with image docker:git ...\nERROR: Preparation failed: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? (executor_docker.go:1173:0s)\nWill be retried in 3s ...\nUsing Docker executor with image docker:git ...\nERROR: Preparation failed: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? (executor_docker.go:1173:0s)",
       raw_is_log=True, also_ok=["local.docker_missing", "local.docker_socket_permission", NO_DOCKER],
       note="a new self-hosted runner switched from the shell to the docker executor on a host where the runner cannot reach any Docker daemon (labelled question/document); every job fails in preparation until the runner host is set up"),
    ci("terraform-google-modules/terraform-google-gke-gitlab#69", "local", "local.job_pod_not_started", False, "local", None,
       "ERROR: Job failed (system failure): prepare environment: unable to upgrade connection: container not found (\"helper\"). Check https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information",
       raw_is_log=True, also_ok=["local.runtime_bug", "local.runner_outdated"],
       note="a hello-world job on the module's Kubernetes runner fails before the script: the runner cannot attach to the job pod's helper container; the reporter closed it as a gitlab-runner bug, so every job fails the same until the runner changes (the docs link names no failing host)"),
    ci("sameersbn/docker-gitlab#579", "github", "github.artifact_service_error", False, "service", None,
       "Archiving artifacts...\nINFO[0000] Creating archive artifacts.tgz ...\nINFO[0000] Done!\nUploading artifacts...\n3.4M\tartifacts.tgz\ncurl: (22) The requested URL returned error: 500 Internal Server Error\n\nERROR: Build failed with: exit status 1",
       raw_is_log=True, also_ok=["github.server_error"],
       note="after upgrading the GitLab image to 8.4.0, gitlab-workhorse could not find gitlab-zip-metadata on its PATH, so every artifact upload got a 500 from the coordinator until the image was hotfixed with symlinks"),
    ci("crosscloudci/crosscloudci#219", "local", "local.disk_full", False, "local", None,
       "Error writing to output file - write (28: No space left on device) Error writing to file - write (28: No space left on device) [IP: 2a04:4e42:2e::204 80]",
       raw_is_log=True, host_alt=["2a04:4e42:2e::204"],
       note="CNCF project builds and deploys failing on the shared GitLab runner because its disk was full (the IP is the package mirror being downloaded from, not the failure); resolved by clearing disk space on the runner"),
    # --- Jenkins: agents that go away ----------------------------------------------------------------------------------
    ci("apache/mxnet#11653", "local", LOST, True, "local", None,
       "java.nio.channels.ClosedChannelException\n\nAlso:   hudson.remoting.Channel$CallSiteStackTrace: Remote call to JNLP4-connect connection from ip-172-31-8-62.us-west-2.compute.internal/172.31.8.62:42682\n\n\t\tat hudson.remoting.Channel.attachCallSiteStackTrace(Channel.java:1741)\n\n\t\tat hudson.remoting.Request.call(Request.java:202)\n\n\t\tat hudson.remoting.Channel.call(Channel.java:954)\n\n\t\tat hudson.EnvVars.getRemote(EnvVars.java:408)\n\n\t\tat hudson.model.Computer.getEnvironment(Computer.java:1187)\n\n\t\tat org.jenkinsci.plugins.workflow.support.steps.ExecutorStepExecution$PlaceholderTask$PlaceholderExecutable.run(ExecutorStepExecution.java:662)\n\n\t\tat hudson.model.ResourceController.execute(ResourceController.java:97)\n\n\t\tat hudson.model.Executor.run(Executor.java:429)\n\nCaused: hudson.remoting.RequestAbortedException\n\n\tat hudson.remoting.Request.abort(Request.java:340)",
       raw_is_log=True, host_alt=["ip-172-31-8-62.us-west-2.compute.internal", "172.31.8.62"],
       note="labelled CI: a PR build on the project's Jenkins loses its EC2 agent's JNLP channel while the executor is starting the step; nothing in the PR is involved and a re-run goes to another agent"),
    ci("jenkinsci/docker-plugin#357", "local", LOST, True, "local", None,
       "Slave went offline during the build\nERROR: Connection was broken: java.io.IOException: Unexpected termination of the channel\n    at hudson.remoting.SynchronousCommandTransport$ReaderThread.run(SynchronousCommandTransport.java:50)\nCaused by: java.io.EOFException\n    at java.io.ObjectInputStream$PeekInputStream.readFully(ObjectInputStream.java:2428)\n    at java.io.ObjectInputStream$BlockDataInputStream.readShort(ObjectInputStream.java:2897)\n    at java.io.ObjectInputStream.readStreamHeader(ObjectInputStream.java:883)\n    at java.io.ObjectInputStream.<init>(ObjectInputStream.java:349)\n    at hudson.remoting.ObjectInputStreamEx.<init>(ObjectInputStreamEx.java:40)\n    at hudson.remoting.AbstractSynchronousByteArrayCommandTransport.read(AbstractSynchronousByteArrayCommandTransport.java:34)\n    at hudson.remoting.SynchronousCommandTransport$ReaderThread.run(SynchronousCommandTransport.java:48)\n\nBuild step 'Invoke Gradle script' marked build as failure",
       raw_is_log=True,
       note="'We periodically see builds get aborted mid-run after losing connectivity to the remote slave container via ssh': the docker-plugin agent's ssh channel drops now and then (the issue is about the container left behind); other builds pass"),
    ci("KostyaSha/yet-another-docker-plugin#119", "local", LOST, True, "local", None,
       "09:43:04 Agent went offline during the build\n09:43:04 ERROR: Connection was broken: java.io.IOException: Connection aborted: org.jenkinsci.remoting.nio.NioChannelHub$MonoNioTransport@42824b4c[name=cloud-zeus-62428d7df075]\n09:43:04 \tat org.jenkinsci.remoting.nio.NioChannelHub$NioTransport.abort(NioChannelHub.java:208)\n09:43:04 \tat org.jenkinsci.remoting.nio.NioChannelHub.run(NioChannelHub.java:629)\n09:43:04 \tat jenkins.util.ContextResettingExecutorService$1.run(ContextResettingExecutorService.java:28)\n09:43:04 \tat java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:511)\n09:43:04 \tat java.util.concurrent.FutureTask.run(FutureTask.java:266)\n09:43:04 \tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1142)\n09:43:04 \tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:617)\n09:43:04 \tat java.lang.Thread.run(Thread.java:745)\n09:43:04 Caused by: java.io.IOException: Connection reset by peer",
       raw_is_log=True, also_ok=["connectivity.reset"],
       note="JNLP container agents that 'sometimes' drop midway through continuous builds (connection reset under the remoting channel); the failure is the agent, not the build, and other runs pass"),
    ci("eclipse-openj9/openj9#13133", "local", LOST, False, "local", None,
       "01:15:33  [ 34%] Linking C shared library ../../j9lazyClassLoad.dll\n01:15:33  Cannot contact win2012-x86-11: hudson.remoting.RequestAbortedException: java.io.IOException: Unexpected termination of the channel\n06:09:16  Cancelling nested steps due to timeout\n06:09:16  Could not connect to win2012-x86-11 to send interrupt signal to process\n[Pipeline] sh\n06:09:16  win2012-x86-11 was marked offline: This agent is offline because Jenkins failed to launch the agent process on it.",
       raw_is_log=True, also_ok=["build.job_timeout"],
       note="labelled comp:infra: the Windows build machine dropped off mid-compile and Jenkins could not relaunch its agent; the job hung until its timeout; the machine had to be rebooted by an admin before it came back online"),
    ci("kubesphere/kubesphere#6007", "local", LOST, False, "local", None,
       "Cloning the remote Git repository\nCloning repository http://xxxxx.git\n > git init /home/jenkins/agent/workspace/modelshgwbd/test # timeout=10\nFetching upstream changes from http://xxxxx.git\n > git --version # timeout=10\n > git --version # 'git version 2.30.2'\nusing GIT_ASKPASS to set credentials\n > git fetch --tags --force --progress -- http://xxxxx.git +refs/heads/*:refs/remotes/origin/* # timeout=10\njava.nio.channels.ClosedChannelException",
       raw_is_log=True, also_ok=["local.out_of_memory"],
       note="KubeSphere's Jenkins: 'this happens often, only occasionally deploys'; the maintainer: the controller lost the agent pod, most likely killed for lack of resources; the fix is raising the agent's resources in jenkins-casc-config, not re-running"),
    # --- Jenkins: ci.jenkins.io's proxies and upstreams ----------------------------------------------------------------
    ci("jenkins-infra/helpdesk#4816", "connectivity", "connectivity.package_mirror", True, "service", "artifact-caching-proxy.artifact-caching-proxy.svc.cluster.local",
       "00:19:09  [WARNING] Could not transfer metadata org.bouncycastle:bcprov-jdk18on/maven-metadata.xml from/to artifact-caching-proxy (http://artifact-caching-proxy.artifact-caching-proxy.svc.cluster.local:8080/): status code: 502, reason phrase: Bad Gateway (502)\n00:19:09  [WARNING] Could not transfer metadata org.bouncycastle:bcutil-jdk18on/maven-metadata.xml from/to artifact-caching-proxy (http://artifact-caching-proxy.artifact-caching-proxy.svc.cluster.local:8080/): status code: 502, reason phrase: Bad Gateway (502)\n00:19:10  [INFO] ------------------------------------------------------------------------\n00:19:10  [INFO] BUILD FAILURE\n00:19:10  [INFO] ------------------------------------------------------------------------\n00:19:10  [INFO] Total time:  3.120 s\n00:19:10  [INFO] Finished at: 2025-09-29T21:19:10Z\n00:19:10  [INFO] ------------------------------------------------------------------------\n00:19:10  [ERROR] Failed to execute goal on project explain-error: Could not collect dependencies for project io.jenkins.plugins:explain-error:hpi:86.v06d27966387e",
       raw_is_log=True, host_alt=["artifact-caching-proxy.artifact-caching-proxy.svc.cluster.local:8080", "repo.jenkins-ci.org"], also_ok=["registry.proxy_upstream_failed", "connectivity.server_error"],
       note="a plugin build on ci.jenkins.io: the in-cluster artifact caching proxy answers 502 for metadata, so Maven finds no versions; an infrastructure fault on ci.jenkins.io's side, cleared by its admins"),
    ci("jenkins-infra/helpdesk#3481", "connectivity", "connectivity.cut_short", True, "service", "repo.do.jenkins.io",
       "[2023-03-30T21:32:37.394Z] [ERROR] Failed to execute goal on project script-security: Could not resolve dependencies for project org.jenkins-ci.plugins:script-security:hpi:999999-SNAPSHOT: Could not transfer artifact org.jenkins-ci.main:jenkins-war:war:2.346.1 from/to do-proxy (https://repo.do.jenkins.io/public/): Premature end of Content-Length delimited message body (expected: 91,193,351; received: 45,782,202) -> [Help 1]",
       raw_is_log=True, also_ok=["connectivity.eof", "connectivity.package_mirror"],
       note="'Artifact caching proxy is unreliable': after 90 minutes the BOM build dies when the DigitalOcean caching proxy cuts the jenkins-war download at half its length; intermittent proxy trouble, not the build"),
    ci("jenkins-infra/helpdesk#3422", "connectivity", "connectivity.package_mirror", True, "service", "repo.azure.jenkins.io",
       "Could not transfer artifact org.apache.maven.shared:maven-shared-components:pom:34 from/to azure-proxy (https://repo.azure.jenkins.io/public/): status code: 502, reason phrase: Bad Gateway (502)",
       raw_is_log=True, also_ok=["registry.proxy_upstream_failed"],
       note="the Azure artifact caching proxy answered 502 and the skip-proxy label's code path was broken too ('completely blocked'); an admin took the azure provider out of ci.jenkins.io's configuration the same day, after which the unchanged build could run"),
    ci("jenkins-infra/helpdesk#3532", "dns", "dns.resolve_failed", True, "service", "repo.maven.apache.org",
       "Could not transfer artifact io.jenkins.tools.incrementals:git-changelist-maven-extension:pom:1.5 from/to central (https://repo.maven.apache.org/maven2): repo.maven.apache.org: Name or service not known",
       raw_is_log=True, also_ok=["dns.no_such_host"],
       note="the plugin BOM's master build on ci.jenkins.io: Maven Central's name did not resolve; the infra team tied it to a DNS record problem on Apache's side that day and the next build was started to confirm recovery"),
    ci("jenkins-docs/simple-java-maven-app#286", "local", "local.docker_missing", False, "local", None,
       "/var/jenkins_home/workspace/simple-python-pyinstaller-app@tmp/durable-358c4a38/script.sh: 1: /var/jenkins_home/workspace/simple-python-pyinstaller-app@tmp/durable-358c4a38/script.sh: docker: not found\nscript returned exit code 127",
       t="jenkins", cmd="docker pull python:2-alpine", also_ok=["build.tool_missing", NO_DOCKER],
       note="the tutorial's Jenkins runs from the Jenkins Docker image on Docker Desktop (WSL2), and the container that runs the sh step has no docker CLI; every run fails the same until the Jenkins setup provides docker"),
    # --- TeamCity --------------------------------------------------------------------------------------------------------
    ci("jonnyzzz/TeamCity.Virtual#22", "registry", "registry.server_error", True, "service", "docker-registry.labs.intellij.net",
       "[17:31:51]W:     [Step 2/2] docker: Pulling the image\n[17:31:51] :         [docker] Executing command: docker pull docker-registry.labs.intellij.net/jetbrains/webdriver-java\n[17:31:51] :         [docker] Starting: /home/builduser/buildAgent/temp/agentTmp/custom_script3286697805688716087\n[17:31:51] :         [docker] in directory: /home/builduser/buildAgent/work/9647f0fc8c6750f\n[17:31:52] :         [docker] Pulling repository docker-registry.labs.intellij.net/jetbrains/webdriver-java\n[17:31:52]W:         [docker] 2014/11/30 16:31:52 HTTP code: 502\n[17:31:52]W:         [docker] Process exited with code 1",
       raw_is_log=True, fatal=False, also_ok=["registry.error_response"],
       note="TeamCity's Docker runner: the internal registry answers the pull with 502; the issue is that the runner carried on and TeamCity reported the build successful, so the job survived the error"),
    # --- Buildkite -------------------------------------------------------------------------------------------------------
    ci("buildkite/agent#1099", "local", DAEMON, True, "local", None,
       "- Running docker-compose --project-name dd442944-68a0-47e8-802c-dce44d3907d4 --file .buildkite/docker-compose.yml down 2>&1\n--\n  | Couldn't connect to Docker daemon at http+docker://localhost - is it running?\n  | 🚨 Error: The command exited with status 255",
       raw_is_log=True, also_ok=["local.docker_daemon_broken", LOST],
       note="the agent host's Docker daemon is gone when the hook tears down compose; the team wanted this 255 retried (their retry rule targets it), and the issue is that the artifact upload's exit 1 then hid it from that rule"),
    ci("EOSIO/eos#10927", "local", LOST, True, "local", None,
       "Exited with Status -1 (Agent Lost)",
       raw_is_log=True,
       note="'the buildfleet has been exhibiting a high incidence of the infamous' agent-lost error: the self-hosted Buildkite agents vanish mid-job; the PR only adds code to suspend agents for debugging, and retries of the same job usually land on a healthy agent"),
    # --- CircleCI --------------------------------------------------------------------------------------------------------
    ci("Homebrew/linuxbrew-core#1759", "local", "local.out_of_memory", False, "local", None,
       "Your build has exceeded the memory limit of 4G on 1 container.",
       raw_is_log=True, also_ok=["local.resource_quota_exceeded"],
       note="building the clang-format bottle from source needs more than CircleCI's 4G container (Travis died on its log-length limit instead); a re-run hits the same limit"),
    # --- Azure Pipelines: agents ------------------------------------------------------------------------------------------
    ci("microsoft/vscode#251876", "local", "local.runner_unavailable", True, "service", None,
       "##[error]The agent did not connect within the alloted time of 45 minute(s).\nPool: AcesShared",
       raw_is_log=True, also_ok=[LOST, "local.job_pod_not_started"],
       note="VS Code's build waits 45 minutes for an agent from the shared 1ES pool that never connects; a pool capacity problem the 1ES team planned improvements for, nothing in the change under build"),
    ci("dotnet/dnceng#1886", "local", LOST, True, "service", None,
       "##[error]We stopped hearing from agent Azure Pipelines 32. Verify the agent machine is running and has a healthy network connection. Anything that terminates an agent process, starves it for CPU, or blocks its network access can cause this error. For more information, see: https://go.microsoft.com/fwlink/?linkid=846610",
       raw_is_log=True,
       note="filed as a Known Build Error for dnceng's hosted agents: the Microsoft-hosted agent stops heartbeating mid-job; an infrastructure fault on the hosted pool, and builds re-run"),
    ci("DGtal-team/DGtal#1530", "local", LOST, True, "service", None,
       "DeployLinuxWithDockcross\n2 error(s), 0 warning(s)\n\nWe stopped hearing from agent Hosted Agent.\nVerify the agent machine is running and has a healthy network connection.\nAnything that terminates an agent process, starves it for CPU, or blocks its network access can cause this error.\nFor more information, see:",
       raw_is_log=True,
       note="the Azure Pipelines summary for a dockcross deploy job on a Microsoft-hosted agent: the hosted VM stopped reporting mid-job; nothing in the PR's code is involved (the PR only trims the mock pipeline)"),
    # --- Azure Pipelines: pipeline caching --------------------------------------------------------------------------------
    ci("microsoft/azure-pipelines-tasks#11046", "gha_cache", "gha_cache.service_error", True, "service", None,
       "##[error]Method Not Allowed",
       raw_is_log=True, also_ok=["gha_cache.outage", "gha_cache.restore_failed"],
       note="CacheBeta@0 restores failed across many public projects the same day ('was working ~24 hrs ago'; changing the key did not help); the next day it 'seems to be working again', so a pipeline-caching service fault"),
    ci("microsoft/azure-pipelines-tasks#15518", "gha_cache", "gha_cache.service_error", False, "service", None,
       "Getting a pipeline cache artifact with one of the following fingerprints:\nFingerprint: `nuget|\"Windows_NT\"|GEt1f4kgN5SVFRvSnpeRgsa9GdkzmgwBcOu62XnivLQ=`\nFingerprint: `nuget|\"Windows_NT\"|**`\nFingerprint: `nuget|**`\n[] Try 1/3, retryable exception caught. Retrying in 00:00:01. Microsoft.VisualStudio.Services.WebApi.VssServiceResponseException: TF400898: An Internal Error Occurred. Activity Id: 304f588d-c071-4f3e-9ae9-cb6f5c5756d9.\n ---> System.FormatException: TF400898: An Internal Error Occurred. Activity Id: 304f588d-c071-4f3e-9ae9-cb6f5c5756d9.\n   --- End of inner exception stack trace ---",
       raw_is_log=True, also_ok=["gha_cache.restore_failed", "gha_cache.outage"],
       note="Cache@2 restores hit an internal error in the pipeline-caching service that then surfaced as 'CaptureResult has already been called'; it failed run after run for days, and users disabled the task or set continueOnError until Microsoft fixed the service"),
    ci("microsoft/azure-pipelines-artifact-caching-tasks#51", "gha_cache", "gha_cache.corrupt_archive", True, "service", "004vsblobprodeus2116.vsblob.vsassets.io",
       "Downloading: https://004vsblobprodeus2116.vsblob.vsassets.io/artifacttool/artifacttool-linux-x64-Release_0.2.181.zip?sv=2019-07-07&sr=b&sig=e7oXCKTrMTp2uLwsKJL9In%2F84fmfwNKu9RIm2AN6iTM%3D&spr=https&se=2021-01-26T00%3A02%3A09Z&sp=r&P1=1611619029&P2=11&P3=2&P4=FmRDql35kTtX0YYO6P3yqFewc9Ttt7suhcmJj7mPR8Q%3d\n##[warning]Invalid or unsupported zip format. No END header found\nError initializing artifact tool utility\n##[warning]Issue running universal packages tools\nFinishing: RestoreCache",
       raw_is_log=True, fatal=False, also_ok=["connectivity.cut_short", "gha_cache.restore_failed"],
       note="the RestoreCache task downloads ArtifactTool from Azure blob storage and gets a truncated zip, so the restore is skipped with warnings and the job goes on; it happened on some days and not others"),
    # --- Azure Pipelines and AppVeyor: package feeds ----------------------------------------------------------------------
    ci("dotnet/runtime#44707", "connectivity", "connectivity.package_mirror", True, "service", "pkgs.dev.azure.com",
       "2020-11-15T18:04:39.9313460Z /Users/runner/work/1/s/artifacts/toolset/restore.proj : error : Unable to load the service index for source https://pkgs.dev.azure.com/dnceng/public/_packaging/dotnet-tools/nuget/v3/index.json.\n2020-11-15T18:04:39.9315710Z /Users/runner/work/1/s/artifacts/toolset/restore.proj : error : Unable to load the service index for source https://pkgs.dev.azure.com/dnceng/public/_packaging/dotnet-eng/nuget/v3/index.json.\n2020-11-15T18:04:39.9316820Z /Users/runner/work/1/s/artifacts/toolset/restore.proj : error : Unable to load the service index for source https://pkgs.dev.azure.com/dnceng/public/_packaging/dotnet5/nuget/v3/index.json.",
       raw_is_log=True, also_ok=["connectivity.rate_limited", "connectivity.server_error"],
       note="'All CI jobs failing': Azure Artifacts was degraded that weekend (status.dev.azure.com incident; the team retuned throttling after a load spike), so every restore against the dnceng feeds failed until it recovered"),
    ci("jwt-dotnet/jwt#129", "connectivity", "connectivity.package_mirror", True, "service", "www.nuget.org",
       "dotnet restore src\\System.Linq.Dynamic.Core\\System.Linq.Dynamic.Core.csproj\n  Restoring packages for C:\\projects\\system-linq-dynamic-core\\src\\System.Linq.Dynamic.Core\\System.Linq.Dynamic.Core.csproj...\n  Failed to download package 'NetLegacySupport.Action.1.1.1' from 'https://www.nuget.org/api/v2/package/NetLegacySupport.Action/1.1.1'.",
       raw_is_log=True, also_ok=["connectivity.request_failed", "connectivity.timeout"],
       note="'AppVeyor is having trouble restoring any NuGet package right now': an AppVeyor status-page incident, seen in other projects' AppVeyor builds; the maintainers waited for AppVeyor to recover"),
    # --- Drone, Woodpecker, Travis CI, Tekton ------------------------------------------------------------------------------
    ci("harness/harness#1320", "local", "local.docker_daemon_broken", True, "local", None,
       "[info] Pulling image our.docker.index/org/go:latest\n[info] Pulling image our.docker.index/org/go:latest\n[error] Error pulling our.docker.index/org/go:latest. Error pulling image (latest) from our.docker.index/org/go:latest, Untar re-exec error: exit status 1: output: unexpected EOF",
       raw_is_log=True, host_alt=["our.docker.index"], also_ok=["registry.pull_failed", "connectivity.eof"],
       note="Drone pulls the step image through the agent's Docker daemon, which fails extracting a layer (a daemon-side untar error the maintainer tied to a Docker bug); 'A restart seems to work'"),
    ci("woodpecker-ci/woodpecker#1928", "credentials", "credentials.git_auth", False, "service", "github.com",
       "+ git init -b main\nInitialized empty Git repository in /woodpecker/src/github.com/<removed>\n+ git remote add origin https://github.com/<removed>\n+ git fetch --no-tags --depth=1 --filter=tree:0 origin +refs/heads/main:\nfatal: could not read Username for 'https://github.com': No such device or address\nexit status 128",
       raw_is_log=True, also_ok=["credentials.missing", "github.git_fetch_failed"],
       note="a custom clone step that worked on earlier Woodpecker next builds no longer receives the forge's netrc credentials on next-44b54db4 (closed as a duplicate of that regression), while the default clone still works; every run fails until Woodpecker is fixed or the step removed"),
    ci("travis-ci/travis-ci#9127", "gha_cache", "gha_cache.download_stalled", True, "service", None,
       "5.21sattempting to download cache archive\nfetching pre-dev/cache-linux-trusty-e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855--python-2.7.tgz\nfound cache\n0.00s\nNo output has been received in the last 10m0s, this potentially indicates a stalled build or something wrong with the build itself.\nCheck the details on how to adjust your build configuration on: https://docs.travis-ci.com/user/common-build-problems/#Build-times-out-because-no-output-was-received\nThe build has been terminated",
       raw_is_log=True, also_ok=["build.no_output_timeout", "connectivity.timeout"],
       note="labelled gce/networking issue: on Travis's GCE workers downloads stall (docker pulls, and here the build cache archive) until the 10-minute no-output watchdog kills the job; a Travis-side network problem, runs on other workers pass"),
    ci("tektoncd/pipeline#3082", "registry", "registry.permission_incident", True, "service", "gcr.io",
       "Failed to pull image \"gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/creds-init:v0.11.2@sha256:ced427e48b143bc821aedd4a0936fa2caef3f208d70efe68ccba786c12b2c943\": rpc error: code = Unknown desc = Error response from daemon: pull access denied for gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/creds-init, repository does not exist or may require 'docker login': denied: Permission denied for \"sha256:ced427e48b143bc821aedd4a0936fa2caef3f208d70efe68ccba786c12b2c943\" from request \"/v2/tekton-releases/github.com/tektoncd/pipeline/cmd/creds-init/manifests/sha256:ced427e48b143bc821aedd4a0936fa2caef3f208d70efe68ccba786c12b2c943\".",
       raw_is_log=True, also_ok=["credentials.pull_access_denied", "registry.request_rejected"],
       note="Tekton's own release images and release.yaml on Google storage suddenly answered 403 for everyone (tracked in #3083, which the maintainers worked to resolve); TaskRuns pulling creds-init fail until the project restores public access"),
    # --- the build's own: logins never handed over, wrong endpoints ------------------------------------------------------
    bld("sameersbn/docker-gitlab-ci-multi-runner#42", "build.wrong_host",
        "Running with gitlab-runner 10.3.0 (5cf5e19a)\n  on test-runner (2dac8360)\nUsing Docker executor with image gcc:latest ...\nUsing docker image sha256:dcab2e171cdd88159bb5e61fc71b8b86c9aa00f18b6ce76241c6efcbdaeb4687 for predefined container...\nPulling docker image gcc:latest ...\nUsing docker image gcc:latest ID=sha256:95d81930694ca9e705b71dc141ddd13f466f4989857f74aebaf1d29ba6553775 for build container...\nRunning on runner-2dac8360-project-1-concurrent-0 via 9e70fb5ffd84...\nCloning repository...\nCloning into '/builds/danny18/gitlabsertest'...\nfatal: unable to access 'http://gitlab-ci-token:xxxxxxxxxxxxxxxxxxxx@192.168.138.130:10080/danny18/gitlabsertest.git/': Failed to connect to 192.168.138.130 port 10080: Operation timed out\nERROR: Job failed: exit code 1",
        host="192.168.138.130:10080", raw_is_log=True, host_alt=["192.168.138.130"], also_ok=["connectivity.connect_timeout", "connectivity.timeout"],
        note="a docker-compose GitLab whose configured external port (GITLAB_PORT=10080) is not where the runner's job container can reach it, so the clone URL GitLab hands out times out; the advice was to change the port and restart GitLab (blockquote markers dropped)"),
    ci("cirruslabs/gitlab-tart-executor#28", "credentials", "credentials.token_failed", False, "local", "ghcr.io",
       "Running with gitlab-runner 15.10.1 (dcfb4b66)\n  on tart-on-wrkmac03.local 8v2GZgty\n  feature flags: FF_RESOLVE_FULL_TLS_CHAIN:false\nPreparing the \"custom\" executor\nUsing Custom executor...\n Pulling the latest version of ghcr.io/cirruslabs/macos-ventura-xcode:14.3.1...\n"
       r' tart command returned non-zero exit code: "Error: AuthFailed(why: \"received unexpected HTTP status code 403 while retrieving an authentication token\", details: \"{\\\"errors\\\":[{\\\"code\\\":\\\"DENIED\\\",\\\"message\\\":\\\"denied\\\"}]}\\n\")"'
       "\nWARNING: Cleanup script failed: exit status 1\nERROR: Job failed: exit status 1",
       raw_is_log=True, also_ok=["credentials.pull_access_denied", "credentials.registry_refused", "local.runner_outdated"],
       note="the Tart custom executor handed the GitLab job's registry credentials to the pull of a public ghcr.io image, and ghcr.io refused the token; a manual tart pull works; fixed in executor 1.4.1, which only uses GitLab's credentials for TART_REGISTRY_HOSTNAME"),
    B.entry("ci_systems", "candlepin/candlepin#3070", "credentials", "credentials.stale_login", True, "build", None,
            "ERROR: for candlepin  unauthorized: access to the requested resource is not authorized",
            raw_is_log=True, host_alt=["quay.io"], also_ok=["credentials.unauthorized", "credentials.missing"],
            note="'the very frequent' unauthorized pulls from quay.io in the Jenkins pipeline stages: one stage's docker logout removes the login the other stages on the agent share; the PR stops logging out (a race in the pipeline, so some runs pass)"),
    B.entry("ci_systems", "redpanda-data/redpanda#5664", "credentials", "credentials.git_auth", False, "build", "github.com",
            "Cloning into 'vtools'...\n--\n  | fatal: could not read Username for 'https://github.com': terminal prompts disabled",
            raw_is_log=True, also_ok=["credentials.missing"],
            note="the Buildkite entrypoint step clones the private vtools repo; 'Rebuild wasn't helping', rebasing the PR branch on dev got past it, so the branch lacked the pipeline's clone setup"),
    B.entry("ci_systems", "concourse/docker-image-resource#161", "credentials", "credentials.no_basic_auth", False, "build", None,
            "failed to fetch manifest: Get https://MY_ACCOUNT.dkr.ecr.eu-west-1.amazonaws.com/v2/MY_REPO/manifests/d196e5688d: no basic auth credentials",
            raw_is_log=True, host_alt=["dkr.ecr.eu-west-1.amazonaws.com"], also_ok=["credentials.missing", "credentials.unauthorized"],
            note="the Concourse resource's source misspells aws_secret_access_key as aws_secrey_access_key, so no ECR login is made; the reporter: 'I must've fat-fingered something' and it worked when tried again (the account is a placeholder, so no host)"),
    B.entry("ci_systems", "davidbyttow/drone-ecr-registry-plugin#3", "credentials", "credentials.no_basic_auth", False, "build", None,
            "Step 1/13 : FROM ************.dkr.ecr.ca-central-1.amazonaws.com/***********\n\n--10 | time=\"2021-06-10T17:11:46Z\" level=fatal msg=\"Head https://************.dkr.ecr.ca-central-1.amazonaws.com/v2/************: no basic auth credentials\"",
            raw_is_log=True, host_alt=["dkr.ecr.ca-central-1.amazonaws.com"], also_ok=["credentials.missing"],
            note="the Drone registry extension supplies ECR credentials for pulling step images, not to the docker build inside a step, so a FROM on a private ECR base has no login; every run fails the same"),
    bld("DARIAEngineering/dcaf_case_management#1436", NO_DOCKER,
        "#!/bin/bash -eo pipefail\ndocker build -t colinxfleming/dcaf_case_management -f .docker/Dockerfile . && docker login -e \"$DOCKEREMAIL\" -u \"$DOCKERLOGIN\" -p \"$DOCKERPASS\" && docker push colinxfleming/dcaf_case_management\n\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nExited with code 1",
        raw_is_log=True, also_ok=[DAEMON],
        note="a CircleCI docker-executor job runs docker build/push with no Docker daemon available to it (CircleCI provides one only through setup_remote_docker or a machine executor); fixed by two commits in the repository"),
    bld("CircleCI-Public/aws-ecr-orb#37", NO_DOCKER,
        "$ #!/bin/bash -eo pipefail\ndocker build \\\n   \\\n  -f ./docker/web/Dockerfile \\\n  -t $AWS_ECR_ACCOUNT_URL/qa-repository:${CIRCLE_SHA1} \\\n  ./docker/web\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nExited with code 1",
        raw_is_log=True, also_ok=[DAEMON],
        note="using the orb's build-and-push-image command inside a docker executor without setup_remote_docker; 'By adding setup_remote_docker things will pass'; the maintainer points to the orb's job, which sets up its own executor"),
    bld("binbashar/le-tf-infra-aws#95", "build.no_output_timeout",
        "Too long with no output (exceeded 10m0s): context deadline exceeded",
        raw_is_log=True, also_ok=["build.job_timeout"],
        note="a CircleCI terraform step legitimately runs silent for more than ten minutes; the PR raises no_output_timeout, the same step hits the limit on every run until then"),
    # --- the build's own: references that do not exist -------------------------------------------------------------------
    bld("sameersbn/docker-gitlab#2467", "build.tag_not_found",
        "ERROR: manifest for sameersbn/gitlab:14.4.2 not found: manifest unknown: manifest unknown",
        raw_is_log=True, host_alt=HUB, also_ok=["registry.tag_not_built", "build.invalid_reference"],
        note="the 14.4.2 image was never pushed: the release tag was created as v14.4.2, which the project's CircleCI tag filter excluded; re-pushing the tag without the v built it (latest already carried 14.4.2)"),
    bld("woodpecker-ci/woodpecker#1406", "build.invalid_reference",
        "Proc finished with exitcode 1, Error response from daemon: invalid reference format",
        raw_is_log=True, also_ok=["build.tag_not_found"],
        note="the step's image is <repo>/semantic-release:$CI_COMMIT_SHA, and Woodpecker 0.15 does not substitute that variable in image names as GitLab CI does, so the daemon gets an invalid reference on every run"),
    bld("SAP/jenkins-library#4262", "build.repository_missing",
        "docker: Error response from daemon: pull access denied for rfc-client, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
        raw_is_log=True, host_alt=HUB, also_ok=["credentials.pull_access_denied", "build.image_not_found"],
        note="piper's transportRequestUploadRFC on Azure DevOps with the default dockerImage: 'rfc-client' is not a repository on Docker Hub, so the pull is denied on every run until the pipeline points the step at an image it can pull"),
    bld("thingsboard/thingsboard#5184", "build.https_required",
        "Could not transfer artifact com.sun.winsw:winsw:pom:2.0.1 from/to jenkins (http://repo.jenkins-ci.org/releases): Transfer failed for http://repo.jenkins-ci.org/releases/com/sun/winsw/winsw/2.0.1/winsw-2.0.1.pom 308 Permanent Redirect",
        cmd="mvn clean install -DskipTests", host="repo.jenkins-ci.org", also_ok=["build.http_repository_blocked"],
        note="the module's pom still names the Jenkins repository over http, which now answers with a permanent redirect to https; switching the URL to https fixed it"),
]
