"""Dev-set entries, batch 28 (infrastructure failures in the logs of CI systems other than GitHub Actions, in their own
framing: GitLab CI (`Running with gitlab-runner`, `ERROR: Preparation failed`, `WARNING: Failed to pull image with
policy`, `ERROR: Job failed (system failure)`, the runner's cache extraction from S3, artifact uploads to the
coordinator answered 413 or 500, a job timeout), Jenkins (`[Pipeline]` lines, `script returned exit code`), Buildkite
(the docker and docker-compose plugins, artifact uploads to S3), CircleCI (`Spin up environment`, `restore_cache` and
`save_cache`), Azure Pipelines (timestamped task lines), Travis CI (`The command ... failed and exited with 100 during
.`), Drone, Woodpecker, Concourse, Cirrus CI and Tekton (the controller's image lookup, git-init); across registries,
Docker Hub's pull limit, package mirrors, DNS, git, the runner machine and each system's own cache and artifact
services). `err` is verbatim from the source (a GitHub thread found with the search tool's `issues` corpus); where a
thread quoted a log inside Markdown (a code fence glued to the first line, blockquote markers, ** bold, _ italics,
backticks around each quoted line) only that markup was dropped, and the trailing blanks of the runner's padded status
lines were trimmed, never a word of the log; where a quote runs on into a line the thread cut short, the entry stops
at the last whole line. The templates add nothing around these logs (raw_is_log): each keeps only the framing its own
CI system printed in the thread. GitLab's, CircleCI's, Buildkite's and Cirrus's own cache services are labelled with
the CI cache component (gha_cache), their artifact services with the CI platform's (github). Hosts follow the
README's strict rule: a host is given only where a line of the log names it for the failing call; an inferred one
goes in host_alt. Labels were set from the threads before the matcher saw any of these logs."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import Batch, e

PULLS = {"spack/spack#26220", "NixOS/nixpkgs#25726", "clash-lang/clash-compiler#3127", "lightgbm-org/LightGBM#6866",
         "ministryofjustice/cloud-platform-environments#3808", "rails/buildkite-config#127", "okteto/okteto#806"}

B = Batch(PULLS)
src = B.src

HUB = ["docker.io", "registry-1.docker.io"]


def x(family: str, ref: str, component: str, cause: str, retry: bool, blame: str, host: str | None, err: str,
      **kw: Any) -> dict[str, Any]:
    """An entry whose `err` is the whole log as its CI system printed it (no runner lines added)."""
    return e(family, src(ref), component, cause, retry, blame, host, "raw", err, raw_is_log=True, **kw)


E = [
    # --- GitLab CI: the runner's own artifact and cache services --------------------------------------------------------
    x("github", "sameersbn/docker-gitlab#1726", "github", "github.artifact_quota", False, "service", None,
      "ERROR: Uploading artifacts to coordinator... too large archive  id=996 responseStatus=413 Request Entity Too Large status=413 Request Entity Too Large token=WEzVpnfj\nFATAL: Too large\nERROR: Job failed: exit code 1",
      note="the reporter: not nginx after all but a GitLab setting (Admin Area -> Settings, the maximum artifacts size); every upload over it fails until the limit is raised"),
    x("github", "spack/spack#26220", "github", "github.artifact_service_error", True, "service", None,
      "WARNING: Uploading artifacts as \"archive\" to coordinator... failed  id=1059196 responseStatus=500 Internal Server Error status=500 token=A2Ehhxi2\nWARNING: Retrying...                                context=artifacts-uploader error=invalid argument\nWARNING: Uploading artifacts as \"archive\" to coordinator... failed  id=1059196 responseStatus=500 Internal Server Error status=500 token=A2Ehhxi2\nWARNING: Retrying...                                context=artifacts-uploader error=invalid argument\nWARNING: Uploading artifacts as \"archive\" to coordinator... failed  id=1059196 responseStatus=500 Internal Server Error status=500 token=A2Ehhxi2\nFATAL: invalid argument\nCleaning up file based variables\nERROR: Failed to cleanup volumes\nERROR: Job failed: exit code 1",
      note="the contributor: 'a bug with gitlab' (gitlab-runner#27887), nothing in the package; re-runs ('i'll try again!') and the pipeline passed before the merge"),
    x("github", "NixOS/nixpkgs#25726", "github", "github.artifact_service_error", False, "service", None,
      "Uploading artifacts...\ndoc.pdf: found 1 matching files\nWARNING: Uploading artifacts to coordinator... failed  id=116 responseStatus=500 Internal Server Error status=500 Internal Server Error token=9tdcH8zU\nWARNING: Retrying...\nWARNING: Uploading artifacts to coordinator... failed  id=116 responseStatus=500 Internal Server Error status=500 Internal Server Error token=9tdcH8zU\nWARNING: Retrying...\nWARNING: Uploading artifacts to coordinator... failed  id=116 responseStatus=500 Internal Server Error status=500 Internal Server Error token=9tdcH8zU\nFATAL: invalid argument\nERROR: Job failed: exit code 1",
      note="the self-hosted GitLab's workhorse could not exec gitlab-zip-metadata (not on its PATH): every artifact upload of every job 500s until the service package is fixed"),
    x("gha_cache", "cattle-ops/terraform-aws-gitlab-runner#78", "gha_cache", "gha_cache.client_refused", False, "local", None,
      "Checking cache for c994fbe3e8856e65a0408a1299deb49139532944-2...\nFATAL: received: 403 Forbidden\nFailed to extract cache",
      fatal=False, also_ok=["credentials.denied"],
      note="the runner's shared S3 cache bucket refuses the download (uploads work) for every pipeline after the first two; GitLab goes on without the cache"),
    x("gha_cache", "cattle-ops/terraform-aws-gitlab-runner#1282", "gha_cache", "gha_cache.client_refused", False, "local", None,
      "Restoring cache\nChecking cache for default-protected...\nWARNING: received: 403 Forbidden. Request failed with code: AccessDenied, message: User: arn:aws:sts::xxxxxxxxx:assumed-role/xxxxxxxx-eu-west-1-linux-instance/i-055ca2376917ae809 is not authorized to perform: s3:ListBucket on resource: \"arn:aws:s3:::xxxxxxxx-eu-west-1-linux-xxxxxxxxx-gitlab-runner-cache\" because no identity-based policy allows the s3:ListBucket action\nFailed to extract cache",
      fatal=False, also_ok=["credentials.denied"],
      note="the code fence glued to 'Restoring cache' dropped; fixed by adding s3:ListBucket to the module's cache policy, then 'it could now pull from the cache'"),
    x("gha_cache", "clash-lang/clash-compiler#3127", "gha_cache", "gha_cache.client_refused", False, "local", None,
      "WARNING: received: 403 Forbidden. Request failed with code: SignatureDoesNotMatch, message: The request signature we calculated does not match the signature you provided. Check your key and signing method.",
      fatal=False, also_ok=["credentials.denied", "credentials.auth_failed"],
      note="blockquote dropped; only two of the project's four runner machines get this on every cache access (their configured keys look identical); the job goes on without the cache"),
    # --- GitLab CI: the runner machine and its job images -------------------------------------------------------------
    x("local", "cattle-ops/terraform-aws-gitlab-runner#1043", "local", "local.docker_daemon_down", True, "local", "10.0.48.102:2376",
      "Authenticating with credentials from job payload (GitLab Registry)\nPulling docker image registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helper:x86_64-4d1ca121 ...\nWARNING: Failed to pull image with policy \"always\": Cannot connect to the Docker daemon at tcp://10.0.48.102:2376. Is the docker daemon running? (manager.go:237:0s)\nERROR: Job failed (system failure): Cannot connect to the Docker daemon at tcp://10.0.48.102:2376. Is the docker daemon running?",
      host_alt=["10.0.48.102"],
      note="docker+machine: the job's autoscaled instance (its Docker daemon) is gone by the time the helper image is pulled after the script; 'Sometimes I get a runner failure'"),
    x("local", "espressomd/espresso#2742", "local", "local.docker_daemon_broken", True, "local", None,
      "ERROR: Job failed (system failure): Error response from daemon: No such container: 1cfc32f626eb39990824142f4eb00450bca2426532342c880f987140fece7f28 (executor_docker.go:932:1s)",
      note="the maintainer: 'known to occasionally occur in Gitlab Runner' (several gitlab-runner issues), 'simply out of our control'"),
    x("registry", "ros-industrial/docker#13", "registry", "registry.error_response", True, "service", None,
      "Running with gitlab-runner 10.0.0-rc.1 (6331f360)\n  on docker-auto-scale (e11ae361)\nUsing Docker executor with image rosindustrial/noether:kinetic ...\nUsing docker image sha256:08cc132d86188cc7e72b35cc7ace7bd1cd14eab7e514a39c08600844ad12e717 for predefined container...\nPulling docker image rosindustrial/noether:kinetic ...\nERROR: Preparation failed: Error: No such image: rosindustrial/noether:kinetic\nWill be retried in 3s ...",
      host_alt=HUB, also_ok=["registry.server_error"],
      note="the tag exists; 'Seems intermittent ... sometimes GitLab manages to get the image', 'Failed during half an hour and now is working as usual'"),
    x("registry", "rocq-prover/rocq#12402", "registry", "registry.error_response", True, "service", "registry.gitlab.com",
      "ERROR: Preparation failed: Error: No such image: registry.gitlab.com/coq/coq:bionic_coq-V2020-05-19-V33 (docker.go:203:0s)",
      also_ok=["registry.server_error"],
      note="labelled kind: infrastructure; the maintainer first suspected a stale image of an old branch, then: 'bizarre, indeed that docker image is actually OK and available in the registry'"),
    # --- GitLab CI: git and DNS ---------------------------------------------------------------------------------------
    x("net_dns", "DataBiosphere/azul#3462", "dns", "dns.resolve_failed", True, "local", "gitlab.dev.singlecell.gi.ucsc.edu",
      "Running with gitlab-runner 13.10.0 (54944146)\n  on Azul #1 xHQi2x_S\nPreparing the \"docker\" executor 00:02\nUsing Docker executor with image docker.gitlab.dev.singlecell.gi.ucsc.edu/ucsc/azul/dev:7740 ...\nAuthenticating with credentials from job payload (GitLab Registry)\nPulling docker image docker.gitlab.dev.singlecell.gi.ucsc.edu/ucsc/azul/dev:7740 ...\nUsing docker image sha256:cf431f3c006e85e722f389f23ede16fb4968dd105b63680113fa7633e50f061a for docker.gitlab.dev.singlecell.gi.ucsc.edu/ucsc/azul/dev:7740 with digest docker.gitlab.dev.singlecell.gi.ucsc.edu/ucsc/azul/dev@sha256:18fe25d9d60fd7a96f36565d9643b2ebfe500e22692aec5495324d5da03b0db0 ...\nPreparing environment 00:01\nRunning on runner-xhqi2xs-project-1-concurrent-0 via b38647e6b149...\nGetting source from Git repository 00:06\nFetching changes with git depth set to 50...\nReinitialized existing Git repository in /builds/ucsc/azul/.git/\nfatal: unable to access 'https://gitlab.dev.singlecell.gi.ucsc.edu/ucsc/azul.git/': Could not resolve host: gitlab.dev.singlecell.gi.ucsc.edu",
      also_ok=["dns.no_such_host", "dns.temporary_failure"],
      note="the self-hosted GitLab's own name not resolving inside the job container on two retries of one build; the project later tracks 'Sporadic DNS resolution errors on GitLab' (azul#5226): label judgement, a transient resolver failure"),
    x("net_dns", "tarantool/tarantool#5505", "dns", "dns.resolve_failed", True, "service", "gitlab.com",
      "$ /bin/bash -c \"git fetch -p && git checkout -f ${CI_COMMIT_SHORT_SHA}\"\nfatal: «https://gitlab.com/tarantool/tarantool.git/» недоступно: Could not resolve host: gitlab.com",
      also_ok=["dns.no_such_host", "dns.temporary_failure"],
      note="git's Russian locale ('недоступно': 'unreachable'); labelled flaky test; worked around with an /etc/hosts entry on the runner"),
    x("net_dns", "Dynatrace/ace-box#526", "dns", "dns.resolve_failed", True, "local", "gitlab.demo-live.ace-innovation.info",
      "fatal: unable to access 'http://gitlab.demo-live.ace-innovation.info/demo/srg-pipeline.git/': Could not resolve host: gitlab.demo-live.ace-innovation.info",
      also_ok=["dns.no_such_host", "dns.temporary_failure"],
      note="'Sporadically, a GitLab job fails'; the reporter links gitlab-runner#6644; still seen after a GitLab upgrade"),
    x("net_dns", "redhat-developer/mapt#832", "dns", "dns.resolve_failed", True, "local", "github.com",
      "--- Cloning PyTorch repository ---\nCloning into '/pytorch'...\nfatal: unable to access 'https://github.com/pytorch/pytorch/': Could not resolve host: github.com",
      also_ok=["dns.no_such_host", "dns.temporary_failure"],
      note="GitLab runners for s390x: 'The issue is flaky and resolves after a few re-runs. The issue happens 3/5 times.'"),
    x("build", "DataBiosphere/azul#7026", "build", "build.job_timeout", False, "build", None,
      "Terminated\nWARNING: step_script could not run to completion because the timeout was exceeded. For more control over job and script timeouts see: https://docs.gitlab.com/ee/ci/runners/configure_runners.html#set-script-and-after_script-timeouts\nERROR: Job failed: execution took longer than 30s seconds",
      note="the on_success job's own 30s timeout (set in the project's pipeline) ran out; closed wontfix"),
    # --- Jenkins ------------------------------------------------------------------------------------------------------
    x("registry", "QT-DevOps/DevOpsIssues#696", "credentials", "credentials.unauthorized", False, "local", "registry-1.docker.io",
      "Successfully built af74c129c413\nSuccessfully tagged container:1.0\n[Pipeline] }\n[Pipeline] // stage\n[Pipeline] stage\n[Pipeline] { (Docker Push)\n[Pipeline] withCredentials\nMasking supported pattern matches of $dockerpassword\n[Pipeline] {\n[Pipeline] sh\n+ docker login -u devops -p {dockepassword}\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password\n[Pipeline] }\n[Pipeline] // withCredentials\n[Pipeline] }\n[Pipeline] // stage\n[Pipeline] }\n[Pipeline] // node\n[Pipeline] End of Pipeline\nERROR: script returned exit code 1\nFinished: FAILURE",
      also_ok=["credentials.auth_failed"],
      note="** bold around the WARNING line dropped; the script logs in with the literal '{dockepassword}' (a misspelt, unexpanded variable): the pipeline's credentials, every run"),
    x("net_dns", "kubesphere/ks-devops#579", "dns", "dns.resolve_failed", False, "local", "gitee.com",
      "+ git push http://****:****@gitee.com/****/gulimall.git --tags --ipv4\nfatal: unable to access 'http://****:****@gitee.com/****/gulimall.git/': Could not resolve host: gitee.com; Name or service not known\nscript returned exit code 128",
      also_ok=["dns.no_such_host"],
      note="a Jenkinsfile `sh` step in KubeSphere DevOps; the maintainer could not reproduce; the reporter: 'Is it possible that there is a problem with my DNS configuration? How to configure DNS in kubesphere?' (the node's /etc/hosts entry does not reach the agent pod)"),
    # --- Buildkite ----------------------------------------------------------------------------------------------------
    x("registry", "buildkite-plugins/docker-compose-buildkite-plugin#280", "connectivity", "connectivity.tls_handshake_timeout", True, "service", None,
      ":docker: Starting dependencies\n$ docker-compose -f docker-compose.yml -p buildkitea1243 -f docker-compose.buildkite-132600-override.yml up -d --scale test=0 test\nCreating network \"buildkitea1243_default\" with the default driver\nCreating volume \"buildkitea1243_redis-data\" with default driver\nCreating buildkitee371b94f5d54410598a52082c25fa46c_redis_1          ... done\nPulling redis (redis:4.0.5-alpine)...\n4.0.5-alpine: Pulling from library/redis\n1160f4abea84: Pull complete\na8c53d69ca3a: Pull complete\n2dbffccae30e: Pull complete\n8e070aa3b2f1: Pull complete\n3e7d4e53fbda: Pull complete\nc4dd5493c595: Download complete\nERROR: error pulling image configuration: Get https://...... net/http: TLS handshake timeout",
      host_alt=[*HUB, "production.cloudflare.docker.com"],
      note="'Occasionally' a dependency's pull times out; the maintainers added retries for dependency pulls (the URL is elided in the thread)"),
    x("build", "buildkite-plugins/docker-buildkite-plugin#301", "build", "build.tag_not_found", False, "build", None,
      "Error response from daemon: manifest unknown\nExited with 1\nRetrying 2 more times...\nError response from daemon: manifest unknown\nExited with 1\nRetrying 1 more times...\nError response from daemon: manifest unknown\nExited with 1\nFailed 3 retries\n!!! :docker: Pull failed.",
      also_ok=["build.invalid_reference"],
      note="the pipeline named an image that does not exist ('IMAGE THAT DOES NOT EXIST'); the issue is that the step then passed, fixed in plugin v5.12.0"),
    x("registry", "rails/buildkite-config#127", "connectivity", "connectivity.client_timeout", True, "service", "973266071021.dkr.ecr.us-east-1.amazonaws.com",
      "Error response from daemon: Get \"https://973266071021.dkr.ecr.us-east-1.amazonaws.com/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
      also_ok=["connectivity.timeout", "registry.metadata_timeout"],
      note="backticks around the quoted line dropped; 'a surprising number of these', fixed by retrying the docker-compose plugin's pulls in the job ('a transient blip')"),
    x("github", "buildkite/agent#746", "github", "github.artifact_quota", False, "service", "s3.amazonaws.com",
      "2020-08-11 01:31:25 INFO   Uploading artifact d6b2600a-d42c-4bab-8502-98aeee7c8d3f dist/dashboard-api-39.tar (1014027264 bytes)\n  | 2020-08-11 01:32:29 WARN   Post https://s3.amazonaws.com/buildkiteartifacts.com: EOF (Attempt 1/10 Retrying in 5s)\n  | 2020-08-11 01:33:38 WARN   Post https://s3.amazonaws.com/buildkiteartifacts.com: EOF (Attempt 2/10 Retrying in 5s)\n  | 2020-08-11 01:34:48 WARN   Post https://s3.amazonaws.com/buildkiteartifacts.com: EOF (Attempt 3/10 Retrying in 5s)\n  | 2020-08-11 01:35:57 WARN   Post https://s3.amazonaws.com/buildkiteartifacts.com: EOF (Attempt 4/10 Retrying in 5s)\n  | 2020-08-11 01:37:08 WARN   Post https://s3.amazonaws.com/buildkiteartifacts.com: EOF (Attempt 5/10 Retrying in 5s)\n  | 2020-08-11 01:38:18 WARN   Post https://s3.amazonaws.com/buildkiteartifacts.com: EOF (Attempt 6/10 Retrying in 5s)\n  | 2020-08-11 01:39:27 WARN   Post https://s3.amazonaws.com/buildkiteartifacts.com: EOF (Attempt 7/10 Retrying in 5s)\n  | 2020-08-11 01:40:38 WARN   Post https://s3.amazonaws.com/buildkiteartifacts.com: EOF (Attempt 8/10 Retrying in 5s)\n  | 2020-08-11 01:41:47 WARN   Post https://s3.amazonaws.com/buildkiteartifacts.com: EOF (Attempt 9/10 Retrying in 5s)",
      also_ok=["connectivity.eof"],
      note="the '  | ' is Buildkite's log viewer's copy prefix; titled 'Agent should not attempt to upload artifacts that are too large': a 1 GB artifact over the hosted artifact store's limit, refused with an EOF on every attempt"),
    x("github", "buildkite/agent#1511", "connectivity", "connectivity.timeout", True, "service", "s3.amazonaws.com",
      "2021-09-20 07:52:55 DEBUG Waiting for uploads to complete...\n2021-09-20 07:52:55 INFO  Uploading artifact <artifact id> (25372521 bytes)\n2021-09-20 07:52:55 DEBUG POST https://s3.amazonaws.com/buildkiteartifacts.com\n2021-09-20 08:09:38 WARN  Post \"https://s3.amazonaws.com/buildkiteartifacts.com\": write tcp 172.31.8.38:54986->52.216.95.133:443: write: connection timed out (Attempt 1/10 Retrying in 5s)\n2021-09-20 08:09:43 DEBUG POST https://s3.amazonaws.com/buildkiteartifacts.com\n2021-09-20 08:09:45 INFO  Successfully uploaded artifact \"linux-client.tar.gz\"\n2021-09-20 08:09:45 DEBUG Uploads complete, waiting for upload status to be sent to buildkite...\n2021-09-20 08:09:46 DEBUG Artifact `1d417c03-0eee-45c5-b17e-cbda357caded` has state `finished`",
      fatal=False, also_ok=["github.artifact_service_error"],
      note="the upload stalled 17 minutes before the write timed out, then the retry went through: the job did not fail (titled 'Artifact upload retries are far too slow')"),
    # --- CircleCI -----------------------------------------------------------------------------------------------------
    x("local", "bioconda/bioconda-recipes#11723", "local", "local.runner_lost", True, "service", None,
      "Build-agent version 0.1.900-892a9f73 (2018-10-25T15:49:42+0000)\nCreating a dedicated VM with default image\nWe had an unexpected error preparing a VM for this build, potentially due to our infrastructure or cloud provider.  Please retry the build in a few minutes\n\nUnexpected environment preparation error: failed to create host: An internal error occurred when provisioning resources for this job.  Provisioning Service returned status code: 503",
      also_ok=["github.outage"],
      note="the reporter's lines of double quotes around the log dropped; a maintainer reran it on CircleCI and the job got past the VM (then stopped on the recipe itself)"),
    x("registry", "conda-forge/staged-recipes#2653", "registry", "registry.server_error", True, "service", "docker.io",
      "Pulling repository docker.io/condaforge/linux-anvil\nTag latest not found in repository docker.io/condaforge/linux-anvil\n\ndocker pull condaforge/linux-anvil returned exit code 1\n\nAction failed: docker pull condaforge/linux-anvil",
      also_ok=["registry.error_response"],
      note="the tag exists: 'It worked on my other PR just after'; the maintainers: restart the build ('temporary failures of the service')"),
    x("gha_cache", "okteto/okteto#806", "gha_cache", "gha_cache.corrupt_archive", False, "build", None,
      "Failed to unarchive cache\n\nError untarring cache: Error extracting tarball /tmp/cache654176714 : tar: root/.cache/go-build: Cannot mkdir: Permission denied tar: root/.cache/go-build/00: Cannot mkdir: Permission denied tar: root/.cache/go-build/00/00015c315e11d1f90d358fe544c691ecf0b6f1cdb66bb43bd8867bcff3172ad0-d: Cannot open: Permission denied tar: root/.cache/go-build/00/000db332d5a45f0e73a5ec20b3c75f58e527bdd166b65874daadef10a3a39da9-a: Cannot open: Permission denied tar: root/.cache/go-build/00/00336485aa784cd6b99537ac9b57b78b0aa9fcf6f1e31ea3c056ec4e1f7c92c8-d: Cannot open: Permission denied tar: root/.cache/go-build/00/00649c58738016005feb1506cb8d5f223d573b1c46eef1e697eb18e1baa81452-a: Cannot open: Permission denied tar: root/.cache/go-build/00/006ea1e02faff9e74f75b6070e0102b655597bf472956838eecb7fa95de960fc-a: Cannot open: Permission denied tar: root/.cache/go-build/00/0070560b00133ccc41ba731d346828254705b7ed974e5654dee2f74683c58342-a: Cannot open: Permission denied tar: root/.cache/go-build/00/008c2cf220228baf93cdba1ddaeb62a1d9726b470981dbde1e96d538e1f7bbd9-a: Cannot open: Permission denied tar: ro: exit status 2",
      also_ok=["gha_cache.restore_failed"],
      note="titled 'Use a new cache key, old one seems broken': every restore of that key fails the job until the config's key changes"),
    x("gha_cache", "react-native-community/react-native-circleci-orb#151", "gha_cache", "gha_cache.client_refused", False, "build", None,
      "Creating cache archive...\nUploading cache archive...\n\nError uploading archive: cache at :storage/caches/8b2fe39e-367b-4a96-81d5-cf5c5d65471c/yarn-cache-arch1-linux-amd64-6_85-V0oyFA6xNFFMWLP4NWwCl1UwkLH58MwLyBLyqr77fOw=-jpOl+XE_n8YYoe0t2hgqLDuhukjFa8EYCluxpmjlnnk=-1\n.tar.gz failed: cache at :storage/caches/8b2fe39e-367b-4a96-81d5-cf5c5d65471c/yarn-cache-arch1-linux-amd64-6_85-V0oyFA6xNFFMWLP4NWwCl1UwkLH58MwLyBLyqr77fOw=-jpOl+XE_n8YYoe0t2hgqLDuhukjFa8EYCluxpmjlnnk=-1\n.tar.gz failed: an unexpected storage error occurred (operation id: ccaa50b9)",
      also_ok=["gha_cache.bad_response", "gha_cache.service_error"],
      note="'every time'; the orb's `key: |` put a newline into the key (seen in the path), fixed by the orb (PR #154)"),
    # --- Azure Pipelines ----------------------------------------------------------------------------------------------
    x("registry", "lightgbm-org/LightGBM#6866", "registry", "registry.dockerhub_pull_limit", True, "service", None,
      "Error response from daemon: toomanyrequests: You have reached your pull rate limit as '1eshostedagent': dckr_jti_m3ejubTHZ9diqZy6GbB9nt2jvvs=. You may increase the limit by upgrading. https://www.docker.com/increase-rate-limit",
      host_alt=HUB, also_ok=["registry.rate_limited"],
      note="blockquote dropped; Azure DevOps containerized jobs on a new 1ES pool 'all failed like this at startup': the pool's shared Docker Hub account out of pulls"),
    x("registry", "sonic-net/sonic-swss#3634", "registry", "registry.dockerhub_pull_limit", True, "service", None,
      "2025-05-07T01:32:46.9283263Z E       docker.errors.APIError: 500 Server Error for http+docker://localhost/v1.49/images/create?tag=jessie&fromImage=debian: Internal Server Error (\"toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit\")",
      host_alt=HUB, also_ok=["registry.rate_limited"],
      note="the backticks around the quoted line dropped; a pytest fixture's docker-py pull in an Azure Pipelines job; 'This is fixed. New runs are passing now.'"),
    # --- Travis CI ----------------------------------------------------------------------------------------------------
    x("net_apt", "travis-ci/travis-ci#5287", "connectivity", "connectivity.package_mirror", True, "service", "us-central1.gce.archive.ubuntu.com",
      "W: Failed to fetch http://us-central1.gce.archive.ubuntu.com/ubuntu/dists/trusty-updates/main/source/Sources  403  Forbidden [IP: 130.211.168.42 80]\nW: Failed to fetch http://us-central1.gce.archive.ubuntu.com/ubuntu/dists/trusty-updates/universe/source/Sources  403  Forbidden [IP: 130.211.168.42 80]\nW: Failed to fetch http://us-central1.gce.archive.ubuntu.com/ubuntu/dists/trusty-updates/main/binary-amd64/Packages  403  Forbidden [IP: 130.211.168.42 80]\nW: Failed to fetch http://us-central1.gce.archive.ubuntu.com/ubuntu/dists/trusty-updates/universe/binary-amd64/Packages  403  Forbidden [IP: 130.211.168.42 80]\nE: Some index files failed to download. They have been ignored, or old ones used instead.\nThe command \"sudo apt-get update\" failed and exited with 100 during .\nYour build has been stopped.",
      note="the GCE Ubuntu mirror Travis's VMs use answered 403: 'it's currently broken' (a duplicate of the incident travis-ci#5285)"),
    x("net_apt", "travis-ci/travis-ci#9911", "connectivity", "connectivity.package_mirror", True, "service", "packagecloud.io",
      "100.48s$ sudo apt-get update -qq\nW: http://ppa.launchpad.net/couchdb/stable/ubuntu/dists/trusty/Release.gpg: Signature by key 15866BAFD9BCC4F3C1E0DFC7D69548E1C17EAB57 uses weak digest algorithm (SHA1)\nW: The repository 'https://packagecloud.io/computology/apt-backport/ubuntu trusty Release' does not have a Release file.\nW: The repository 'https://packagecloud.io/github/git-lfs/ubuntu trusty Release' does not have a Release file.\nW: Failed to fetch https://packagecloud.io/rabbitmq/rabbitmq-server/ubuntu/dists/trusty/InRelease  Operation too slow. Less than 10 bytes/sec transferred the last 10 seconds\nE: Failed to fetch https://packagecloud.io/computology/apt-backport/ubuntu/dists/trusty/main/source/Sources  500  Internal Server Error\nE: Failed to fetch https://packagecloud.io/computology/apt-backport/ubuntu/dists/trusty/main/binary-amd64/Packages  500  Internal Server Error\nE: Failed to fetch https://packagecloud.io/computology/apt-backport/ubuntu/dists/trusty/main/binary-i386/Packages  500  Internal Server Error\nE: Failed to fetch https://packagecloud.io/github/git-lfs/ubuntu/dists/trusty/main/source/Sources  500  Internal Server Error\nW: Failed to fetch https://packagecloud.io/github/git-lfs/ubuntu/dists/trusty/main/binary-amd64/Packages  500  Internal Server Error",
      also_ok=["connectivity.mirror_out_of_sync"],
      note="'Getting failures without any changes': packagecloud.io, a third-party apt repository preinstalled on Travis's trusty image, answering 500"),
    x("net_apt", "travis-ci/travis-ci#1170", "build", "build.package_version_missing", False, "build", "security.ubuntu.com",
      "sudo apt-get build-dep python-imaging\n...\nFailed to fetch http://security.ubuntu.com/ubuntu/pool/main/d/dbus/libdbus-1-dev_1.4.18-1ubuntu1.3_amd64.deb  404  Not Found [IP: 2001:67c:1360:8c01::23 80]\nE: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\nE: Failed to process build dependencies\nThe command \"sh -x ./tests/travis_configs/before_script.sh\" failed and exited with 100 during before_script.\nYour build has been stopped.",
      also_ok=["connectivity.mirror_out_of_sync"],
      note="the '...' is the reporter's; the image's package lists name a superseded .deb the archive has removed: the script installs without `apt-get update` first, so every run fails the same (apt's own hint)"),
    # --- Drone, Woodpecker, Concourse, Cirrus CI ------------------------------------------------------------------------
    x("build", "drone-plugins/drone-ecr#17", "build", "build.tag_not_found", False, "build", None,
      "[debug] Running Publish and Deploy steps\n[info] Pulling image plugins/drone-erc:latest\n[info] Pulling image plugins/drone-erc:latest\n[error] Error pulling plugins/drone-erc:latest. Error: image plugins/drone-erc not found",
      also_ok=["build.invalid_reference"], host_alt=HUB,
      note="the reporter: 'a typo on my part. `erc` instead of `ecr`' in .drone.yml"),
    x("net_apk", "LemmyNet/joinlemmy-site#138", "connectivity", "connectivity.package_mirror", True, "service", "dl-cdn.alpinelinux.org",
      "Step 2/41 : RUN apk add --no-cache git bash curl\n ---> Running in f654a553c18d\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.17/main/x86_64/APKINDEX.tar.gz\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.17/community/x86_64/APKINDEX.tar.gz\nWARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.17/main: temporary error (try again later)\nWARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.17/community: temporary error (try again later)\nERROR: unable to select packages:\n  bash (no such package):\n    required by: world[bash]\n  curl (no such package):\n    required by: world[curl]\n  git (no such package):\n    required by: world[git]\nThe command '/bin/sh -c apk add --no-cache git bash curl' returned a non-zero code: 3\nexit status 3",
      also_ok=["dns.temporary_failure", "connectivity.request_failed"],
      note="a Woodpecker CI docker build step after moving off Drone; 'Now that seems to have fixed itself' (the next failure was another one)"),
    x("registry", "ministryofjustice/cloud-platform-environments#3808", "registry", "registry.dockerhub_pull_limit", True, "service", None,
      "Pulling ministryofjustice/cloud-platform-pipeline-tools@sha256:b803e267869d642173481673256ad39e99799e5b00e9c9b83a618868e963572e (attempt 3 of 3)...\n\nError response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n\nFailed to pull image ministryofjustice/cloud-platform-pipeline-tools@sha256:b803e267869d642173481673256ad39e99799e5b00e9c9b83a618868e963572e.",
      host_alt=HUB, also_ok=["registry.rate_limited"],
      note="a Concourse `get` of the pipeline's tools image; a later build of the same PR 'worked'"),
    x("registry", "concourse/concourse#274", "connectivity", "connectivity.client_timeout", True, "service", "registry-1.docker.io",
      "Get https://registry-1.docker.io/v2: net/http: request canceled while waiting for connection",
      also_ok=["connectivity.timeout", "registry.metadata_timeout"],
      note="'about one out of every five builds on our external vSphere worker'; the maintainer: better with image_resource and the docker resource's retries"),
    x("gha_cache", "cirruslabs/cirrus-ci-docs#660", "gha_cache", "gha_cache.corrupt_archive", True, "service", None,
      "Downloaded 34Mb.\nCache hit for all_flutter-63d900186d3a60312e13bfde6674e6c916430d346ccad2437a8b19d1c757898c!\nFailed to unarchive all_flutter cache because of /tmp/flutter sdk/bin/cache/artifacts/engine/android-arm64-profile/darwin-x64/gen_snapshot: writing file after 157192 bytes (expected 10830404): unexpected EOF! Retrying...\nDownloaded 50Mb.\nCache hit for all_flutter-63d900186d3a60312e13bfde6674e6c916430d346ccad2437a8b19d1c757898c!\nFailed again to unarchive all_flutter cache because of /tmp/flutter sdk/bin/cache/artifacts/engine/android-x64/flutter.jar: writing file after 789011 bytes (expected 11100217): unexpected EOF!",
      fatal=False, also_ok=["gha_cache.download_stalled", "connectivity.cut_short"],
      note="labelled bug: Cirrus CI's cache downloads arrive cut short (34 then 50 MB of the same entry), and the agent treats it as a miss and repopulates: the task goes on"),
    # --- Tekton -------------------------------------------------------------------------------------------------------
    x("net_git", "tektoncd/catalog#968", "dns", "dns.resolve_failed", False, "local", "github.com",
      "+ /ko-app/git-init '-url=https://github.com/avinashupadhya99/kubegen' '-revision=' '-refspec=' '-path=/workspace/output/' '-sslVerify=true' '-submodules=true' '-depth=1' '-sparseCheckoutDirectories='\n{\"level\":\"error\",\"ts\":1649719197.5870123,\"caller\":\"git/git.go:54\",\"msg\":\"Error running git [fetch --recurse-submodules=yes --depth=1 origin --update-head-ok --force HEAD]: exit status 128\\nfatal: unable to access 'https://github.com/avinashupadhya99/kubegen/': Could not resolve host: github.com\\n\"",
      also_ok=["dns.no_such_host"],
      note="the git-clone task's pod on the reporter's local cluster cannot resolve github.com (closed without a change to the task): the cluster's DNS; the JSON line stops where the thread's excerpt is certain"),
    x("registry", "tektoncd/pipeline#6286", "connectivity", "connectivity.timeout", False, "local", "index.docker.io",
      "failed to create task run pod \"pipelinerun-hello\": translating TaskSpec to Pod: Get \"https://index.docker.io/v2/\": dial tcp 34.205.13.154:443: i/o timeout. Maybe missing or invalid Task default/hello",
      also_ok=["registry.metadata_timeout"],
      note="** and _ markup dropped; the Tekton controller looks up the image's entrypoint in the registry when a step has no script, and only the controller's calls time out ('I am able to pull the exact same kaniko image from the host and from a pod'): the controller's egress, label judgement"),
    x("registry", "tektoncd/pipeline#5225", "dns", "dns.no_such_host", False, "local", "artifactory.company.com",
      "failed to create task run pod \"test1-run-zgnhb\": translating TaskSpec to Pod: Get \"https://artifactory.company.com:17064/v2/\": dial tcp: lookup artifactory.company.com on 10.43.0.10:53: no such host. Maybe missing or invalid Task default/test1'",
      host_alt=["artifactory.company.com:17064"],
      note="k3d's cluster DNS (10.43.0.10) cannot resolve the company's registry that the host machine can; the step's image lookup by the controller fails every time"),
]
